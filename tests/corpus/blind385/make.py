#!/usr/bin/env python3
"""Blind set 385: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (abuse desks, admins
writing one line, ticket systems), plus CSV attachments and plain-text
tables. Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind385/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "pinebox", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscenity", "file host, shared folder and archive parts", [
         "https://pinebox.example/f/7Qm2aXk1",
         "https://pinebox.example/f/Lr83bZp0",
         "https://pinebox.example/f/c9WvN4tE",
         "https://pinebox.example/f/Hd51yRq8",
         "https://pinebox.example/f/uT6kMs2J",
         "https://pinebox.example/f/0pXeG7wB",
         "https://pinebox.example/folder/Zk4n-mirae",
         "https://pinebox.example/f/Yb2rQ9oL",
         "https://pinebox.example/f/Nv8sW3cD",
         "https://pinebox.example/f/eF1gH5jK",
         "https://dl.pinebox.example/s/qW7eR1tY/archive_part1.zip",
         "https://dl.pinebox.example/s/qW7eR1tY/archive_part2.zip",
     ]),
    ("KCSC-240904-02", "dalbit", "2024-09-04T15:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", "Korean community board posts", [
         "https://dalbit.example/board/자유게시판/48213",
         "https://dalbit.example/board/자유게시판/48290",
         "https://dalbit.example/board/유머/1022931",
         "https://dalbit.example/board/view.php?bo=hot&wr_id=5571",
         "https://dalbit.example/board/view.php?bo=hot&wr_id=5590",
     ]),
    ("KCSC-240905-03", "hanulhost", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", "sites of hosting customers", [
         "https://sunny-toto.hanulhost.example/",
         "https://sunny-toto.hanulhost.example/event/bonus.html",
         "https://casino-luna.hanulhost.example/join",
         "https://hanulhost.example/~gamble77/index.php",
     ]),
    ("KCSC-240906-04", "kettlechan", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "image board threads and one image", [
         "https://kettlechan.example/b/res/771203.html",
         "https://kettlechan.example/kr/res/58812.html",
         "https://i.kettlechan.example/src/1725601234567.jpg",
     ]),
    ("KCSC-240909-05", "cirrusedge", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "site behind the CDN", [
         "https://pill-express24.example/shop/sleeping-aid",
         "https://pill-express24.example/shop/order.php?item=44",
     ]),
    ("KCSC-240910-06", "gaondomains", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "whole domains, asked of the registrar", [
         "https://kbet-hub365.example/",
         "https://kbet-hub366.example/",
     ]),
    ("KCSC-240911-07", "pastelet", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "one paste", [
         "https://pastelet.example/p/Ju8Xk2Qw",
     ]),
]


def enc(url):
    """The form stored in requests.csv: non-ASCII path percent-encoded."""
    return quote(url, safe=":/?=&~%#")


ITEMS = {}
for ref, plat, sent, due, cat, note, urls in REQUESTS:
    for i, u in enumerate(urls, 1):
        ITEMS[u] = (ref, plat)

# short names used in the case list (raw form, as written in the emails)
PB = [u for u in REQUESTS[0][6]]
D = REQUESTS[1][6]
H = REQUESTS[2][6]
K = REQUESTS[3][6]
C = REQUESTS[4][6]
G = REQUESTS[5][6]
P = REQUESTS[6][6]


def it(*pairs):
    """items map in requests.csv form."""
    out = {}
    for url, st in pairs:
        assert url in ITEMS, url
        out[enc(url)] = st
    return out


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, enc(u), cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def hdr(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# the regulator's own request text, as it would be quoted back
def request_text(ref, urls, lang="en"):
    if lang == "ko":
        lines = [f"안녕하십니까, 방송통신심의위원회입니다.", "",
                 f"아래 정보는 관련 법령에 따른 불법정보로 심의되어 삭제를 요청드립니다 (요청번호 {ref}).", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 불법정보 삭제요청 담당"]
    else:
        lines = ["Dear Trust & Safety team,", "",
                 f"The Korea Communications Standards Commission asks you to remove the content at the "
                 f"following addresses, found to be illegal under Korean law (our reference {ref}):", ""]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", "Please reply to this address with the action taken for each item.", "",
                  "KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ PineBox (file host)
R1 = "KCSC-240903-01"
S1 = f"Re: [{R1}] Request for removal of illegal content"

case(name="pb-abuse-desk-numbered", **{"from": "abuse@pinebox.example"},
     name_from="PineBox Abuse Team", date="Thu, 05 Sep 2024 09:14:02 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     body=f"""
Hello,

Thank you for your report. Our abuse team has gone through the 12 links. Results below.

 1. {PB[0]} - removed
 2. {PB[1]} - removed
 3. {PB[2]} - removed, uploader account terminated
 4. {PB[3]} - file not found (deleted by the uploader on 02/09)
 5. {PB[4]} - removed
 6. {PB[5]} - removed
 7. {PB[6]} - folder disabled (none of the 31 files inside can be downloaded any more)
 8. {PB[7]} - removed
 9. {PB[8]} - invalid link, no file with this ID has ever existed
10. {PB[9]} - removed
11. {PB[10]} - removed
12. {PB[11]} - removed

Hash blocks were added for the removed files so that re-uploads are refused.

If you need anything else please reply to this email and keep the reference in the subject.

--
PineBox Abuse Team
https://pinebox.example/legal/abuse
""",
     outcome="applied", classification="confirmation",
     imitates="file-host abuse desk reply with one result per numbered link",
     why="each of the 12 links has its own unhedged result; 'file not found (deleted by the uploader)' and 'invalid link' are not_found, 'folder disabled' is removed",
     items=it(*[(u, "removed") for u in PB[:3]], (PB[3], "not_found"), (PB[4], "removed"),
              (PB[5], "removed"), (PB[6], "removed"), (PB[7], "removed"), (PB[8], "not_found"),
              (PB[9], "removed"), (PB[10], "removed"), (PB[11], "removed")))

PB_CSV = f"""url,result,date_utc,comment
{PB[0]},deleted,2024-09-05 02:11,
{PB[1]},deleted,2024-09-05 02:11,
{PB[2]},not_found,,already removed by user
{PB[3]},pending_review,,
{PB[4]},deleted,2024-09-05 02:12,
{PB[5]},no_violation,,"scanned public notice, nothing unlawful"
{PB[6]},disabled,2024-09-05 02:14,folder locked
"""
case(name="pb-csv-result-sheet", **{"from": "legal@pinebox.example"},
     name_from="PineBox Legal", date="Thu, 05 Sep 2024 03:02:40 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_pb_sheet_0905"

--=_pb_sheet_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the result sheet for your request {R1} (first seven
links). Rows marked pending_review are still with our legal team; the other
five links of your list will follow in a separate sheet.

Kind regards,
PineBox Legal

--=_pb_sheet_0905
Content-Type: text/csv; charset=utf-8; name="{R1}_results_part1.csv"
Content-Disposition: attachment; filename="{R1}_results_part1.csv"
Content-Transfer-Encoding: 7bit

{PB_CSV}
--=_pb_sheet_0905--
""",
     outcome="applied", classification="confirmation",
     imitates="spreadsheet of results attached by a file host's legal team (CSV export)",
     why="CSV rows: deleted -> removed, not_found, disabled -> removed, no_violation with its reason -> rejected; pending_review stays pending",
     items=it((PB[0], "removed"), (PB[1], "removed"), (PB[2], "not_found"), (PB[3], "pending"),
              (PB[4], "removed"), (PB[5], "rejected"), (PB[6], "removed")))

case(name="pb-status-below-url", **{"from": "daniel.r@pinebox.example"},
     name_from="Daniel Reyes", date="Fri, 06 Sep 2024 14:40:11 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     body=f"""
Hi,

checked these three today:

{PB[7]}
Status: removed

{PB[8]}
Status: removed

{PB[9]}
Status: not removed - it's a scanned city council notice, doesn't break any of our rules

Rest of your list is with a colleague, you'll hear from her.

Daniel
PineBox support
""",
     outcome="applied", classification="confirmation",
     imitates="support agent's informal reply, bare URL with its status on the line below",
     why="each URL's status is on the line under it; the refusal gives its reason (breaks no rule) -> rejected",
     items=it((PB[7], "removed"), (PB[8], "removed"), (PB[9], "rejected")))

pb_rows = [(PB[0], "Removed"), (PB[1], "Removed"), (PB[2], "Removed"),
           (PB[3], "File does not exist"), (PB[4], "Access disabled")]
html_rows = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>2024-09-06</td></tr>' for u, a in pb_rows)
text_rows = "\n".join(f"{u}    {a}    2024-09-06" for u, a in pb_rows)
case(name="pb-html-table", **{"from": "noreply-abuse@pinebox.example"},
     name_from="PineBox Trust & Safety", date="Fri, 06 Sep 2024 08:00:05 +0000",
     subject=f"Your report {R1}: outcome", reply_to_req=f"req.{R1}",
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="b_pb_tbl"

--b_pb_tbl
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Outcome of your report {R1}

Link    Action    Date
{text_rows}

This message was sent by the PineBox Trust & Safety tool. Replies are read by staff.

--b_pb_tbl
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif">
<p>Outcome of your report <b>{R1}</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action</th><th>Date</th></tr>
{html_rows}
</table>
<p style="color:#777">This message was sent by the PineBox Trust &amp; Safety tool. Replies are read by staff.
<a href="https://pinebox.example/legal/terms">Terms of Service</a></p>
</body></html>
--b_pb_tbl--
""",
     outcome="applied", classification="confirmation",
     imitates="moderation tool's outcome notice with an HTML results table and a plain-text rendering",
     why="one row per link: Removed, 'File does not exist' -> not_found, 'Access disabled' -> removed; the Terms link is no item",
     items=it((PB[0], "removed"), (PB[1], "removed"), (PB[2], "removed"), (PB[3], "not_found"),
              (PB[4], "removed")))

case(name="pb-top-posted-over-gmail-quote", **{"from": "jana.weller@pinebox.example"},
     name_from="Jana Weller", date="Sat, 07 Sep 2024 06:51:30 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     body=f"""
Removed both:
{PB[4]}
{PB[5]}

Still looking at the others.

Sent from my phone

On Tue, Sep 3, 2024 at 3:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(request_text(R1, PB))}
""",
     outcome="applied", classification="confirmation",
     imitates="one-line reply typed on a phone above the Gmail-quoted request",
     why="the two URLs under 'Removed both:' are removed; the 12 URLs in the quoted request are no statements",
     items=it((PB[4], "removed"), (PB[5], "removed")))

PB_QP = f"""Dear Sir or Madam,

Following our review of your notice of 3 September 2024 (your reference {R1}), PineBox has disabled access to the file {PB[4]} and to the file {PB[5]} for users in the Republic of Korea, in accordance with local law. Both files remain available in other jurisdictions, as they do not breach our global Terms of Service.

The file {PB[3]} had already been deleted by its uploader before our review was completed, so no action was needed on our side.

This notice does not waive any of PineBox's rights or defences.

Yours faithfully,
PineBox B.V. - Legal Department
"""
case(name="pb-legal-qp-country-withheld", **{"from": "legal@pinebox.example"},
     name_from="PineBox Legal", date="Mon, 09 Sep 2024 10:20:00 +0000",
     subject=f"{R1} - notice of action taken", reply_to_req=f"req.{R1}",
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(PB_QP)}
""",
     outcome="applied", classification="confirmation",
     imitates="formal legal-department letter, quoted-printable, withholding in one country",
     why="'disabled access ... for users in the Republic of Korea' is restricted (both files); a file already deleted by its uploader is not_found",
     items=it((PB[4], "restricted"), (PB[5], "restricted"), (PB[3], "not_found")))

case(name="pb-outlook-wrapped-angle-urls", **{"from": "m.santos@pinebox.example"},
     name_from="Marta Santos", date="Mon, 09 Sep 2024 01:15:44 +0000",
     subject=f"RE: [{R1}] Request for removal of illegal content", reply_to_req=f"req.{R1}",
     body=f"""
Hello KCSC team,

The two archive links below were taken down this morning (09:40 KST):
<https://dl.pinebox.example/s/qW7eR1tY/
archive_part1.zip>
<https://dl.pinebox.example/s/qW7eR1tY/
archive_part2.zip>

The shared folder <{PB[6]}> has been made private by our moderators; nobody but its owner can open it now.

Best regards,
Marta Santos
Content Moderation Lead | PineBox

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@pinebox.example
Subject: [{R1}] Request for removal of illegal content

{request_text(R1, PB)}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with URLs in angle brackets wrapped after a slash, request below -----Original Message-----",
     why="the two wrapped archive URLs were taken down -> removed; the folder made private -> removed; the request under -----Original Message----- is no statement",
     items=it((PB[10], "removed"), (PB[11], "removed"), (PB[6], "removed")))

case(name="pb-receipt-plus-statement", **{"from": "abuse@pinebox.example"},
     name_from="PineBox Abuse Team", date="Wed, 04 Sep 2024 02:33:09 +0000",
     subject=f"[PB-20931] {S1}", reply_to_req=f"req.{R1}",
     body=f"""
Hello,

Thanks for your report, we've logged it as ticket PB-20931.

The file {PB[1]} has already been removed. The remaining files are being reviewed and we will come back to you on them.

PineBox Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that also reports one file already taken down",
     why="a receipt phrase plus an unhedged item-level statement is not a pure acknowledgement: that file is removed, the rest stay pending",
     items=it((PB[1], "removed")))

case(name="pb-bulk-all-files", **{"from": "abuse@pinebox.example"},
     name_from="PineBox Abuse Team", date="Tue, 10 Sep 2024 07:05:00 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     body=f"""
Hello,

All of the files from your report {R1} have now been removed from PineBox and the uploader has been banned.

Best,
PineBox Abuse Team
""",
     outcome="review", review="bulk",
     imitates="abuse desk closing a whole report in one sentence",
     why="'all of the files' for a 12-item request names none of them: bulk, items stay pending",
     items=it(*[(u, "pending") for u in PB]))

case(name="pb-promise-within-24h", **{"from": "abuse@pinebox.example"},
     name_from="PineBox Abuse Team", date="Wed, 04 Sep 2024 11:47:00 +0000",
     subject=S1, reply_to_req=f"req.{R1}",
     body=f"""
Hi,

We have looked at your request. The following files will be removed within 24 hours, once our legal team has signed off:

- {PB[0]}
- {PB[1]}
- {PB[2]}

We will confirm when this is done.

PineBox Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="abuse desk announcing a removal still waiting for sign-off",
     why="'will be removed ... once legal has signed off' is a conditional promise, not a statement: the named items stay pending",
     items=it((PB[0], "pending"), (PB[1], "pending"), (PB[2], "pending")))

case(name="pb-out-of-office", **{"from": "jana.weller@pinebox.example"},
     name_from="Jana Weller", date="Tue, 03 Sep 2024 01:00:12 +0000",
     subject=f"Automatic reply: [{R1}] Request for removal of illegal content",
     reply_to_req=f"req.{R1}",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your message. I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@pinebox.example, which is monitored every day.

Jana
""",
     outcome="ignored", classification="auto_reply",
     imitates="Exchange out-of-office reply",
     why="an out-of-office auto-reply states nothing about any item",
     items={})

# ================================================================ Dalbit (Korean forum)
R2 = "KCSC-240904-02"
S2 = hdr(f"RE: [{R2}] 불법정보 삭제 요청")

case(name="dalbit-admin-particles", **{"from": "admin@dalbit.example"},
     name_from=hdr("달빛 운영팀"), date="Thu, 05 Sep 2024 10:02:17 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
안녕하세요, 달빛 커뮤니티 운영자입니다.

보내주신 요청 건 확인했습니다.
{D[0]} 는 운영자 권한으로 삭제했습니다.
{D[1]}은 블라인드 처리했습니다.

나머지 세 건은 오늘 중으로 다시 연락드리겠습니다.

달빛 커뮤니티 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="small Korean community's admin answering in two sentences (운영자 삭제, 블라인드)",
     why="운영자 권한으로 삭제 and 블라인드 처리 are both removed; the Korean particle glued to the second URL is not part of it",
     items=it((D[0], "removed"), (D[1], "removed")))

case(name="dalbit-text-table", **{"from": "admin@dalbit.example"},
     name_from=hdr("달빛 운영팀"), date="Fri, 06 Sep 2024 16:30:00 +0900",
     subject=hdr(f"[달빛] 시정요구 조치결과 회신 ({R2})"), reply_to_req=f"req.{R2}",
     body=f"""
[달빛 커뮤니티] 시정요구 조치결과 회신

요청번호: {R2}
처리일: 2024-09-06

번호 | 게시물 주소                                              | 조치결과
-----+----------------------------------------------------------+-------------------------
1    | {D[0]}              | 삭제
2    | {D[1]}              | 임시조치(30일)
3    | {D[2]}                  | 게시물 없음(작성자 삭제)
4    | {D[3]} | 삭제
5    | {D[4]} | 조치 불가(운영정책 위반 아님)

문의: admin@dalbit.example
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text 시정요구 조치결과 table typed by a forum operator",
     why="삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found, 조치 불가(운영정책 위반 아님) -> rejected",
     items=it((D[0], "removed"), (D[1], "restricted"), (D[2], "not_found"), (D[3], "removed"),
              (D[4], "rejected")))

case(name="dalbit-statement-below-urls", **{"from": "byeolbam@dalbit.example"},
     name_from=hdr("별밤"), date="Thu, 05 Sep 2024 23:41:08 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
{D[3]}
{D[4]}
위 두 글 삭제했어요. 작성자는 일주일 활동정지 했습니다.

--
달빛 부운영자 별밤
""",
     outcome="applied", classification="confirmation",
     imitates="volunteer moderator's one-line answer under the two links",
     why="'위 두 글 삭제했어요' (the two posts above deleted) refers to exactly the two URLs just above it",
     items=it((D[3], "removed"), (D[4], "removed")))

DAL_HTML = f"""<html><body>
<h3>게시중단 조치 결과 안내</h3>
<p>요청번호 {R2} 관련하여 아래와 같이 조치하였음을 알려드립니다.</p>
<ul>
<li><a href="{enc(D[0])}">{D[0]}</a> &ndash; 게시중단</li>
<li><a href="{enc(D[2])}">{D[2]}</a> &ndash; 비공개 처리</li>
</ul>
<p>나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.</p>
<p><a href="https://dalbit.example/policy">달빛 운영정책</a> | <a href="https://dalbit.example/help/report">신고센터</a></p>
</body></html>
"""
case(name="dalbit-base64-html-notice", **{"from": "noreply@dalbit.example"},
     name_from=hdr("달빛 커뮤니티"), date="Sat, 07 Sep 2024 09:00:00 +0900",
     subject=hdr("게시중단 조치 결과 안내"), reply_to_req=f"req.{R2}",
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAL_HTML)}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal-style 게시중단 조치 결과 안내 in base64 HTML",
     why="게시중단 -> removed, 비공개 처리 -> removed; the policy and report-centre links are not items",
     items=it((D[0], "removed"), (D[2], "removed")))

case(name="dalbit-fullwidth-punct", **{"from": "admin@dalbit.example"},
     name_from=hdr("달빛 운영팀"), date="Mon, 09 Sep 2024 11:12:40 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
안녕하세요.

요청하신 두 게시물（{D[2]}，{D[1]}）은 임시조치(30일간 열람 제한)하였습니다.
기간 내 작성자의 이의 제기가 없으면 삭제됩니다.

감사합니다.
달빛 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean operator's reply typed with full-width brackets and comma",
     why="임시조치 (access limited for 30 days) is restricted for both URLs; the later deletion is only a condition",
     items=it((D[2], "restricted"), (D[1], "restricted")))

case(name="dalbit-top-reply-over-korean-gmail-quote", **{"from": "admin@dalbit.example"},
     name_from=hdr("달빛 운영팀"), date="Wed, 04 Sep 2024 18:20:55 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
{D[4]} 삭제 완료
{D[2]} 삭제 완료
나머지는 확인 중입니다.

2024년 9월 4일 (수) 오후 3:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{quote_lines(request_text(R2, D, "ko"))}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail (Korean UI) top reply, 'URL 삭제 완료' lines above the quoted request",
     why="two URLs each marked 삭제 완료 -> removed; the quoted request lists all five and states nothing",
     items=it((D[4], "removed"), (D[2], "removed")))

case(name="dalbit-promise-conditional", **{"from": "admin@dalbit.example"},
     name_from=hdr("달빛 운영팀"), date="Thu, 05 Sep 2024 09:10:00 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
안녕하세요, 달빛 운영팀입니다.

{D[0]}, {D[1]} 두 글은 내부 검토를 거쳐 삭제할 예정입니다.
{D[2]} 글은 작성자에게 소명 기회를 준 뒤 처리 여부를 결정하겠습니다.

결과가 나오면 다시 회신드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean operator's interim answer (삭제할 예정, 소명 후 결정)",
     why="삭제할 예정 is a promise and the third post waits on a condition: no statement, the named items stay pending",
     items=it((D[0], "pending"), (D[1], "pending"), (D[2], "pending")))

case(name="dalbit-admin-personal-mailbox", **{"from": "kim.sj.dalbit@freemail.example"},
     name_from=hdr("김수정"), date="Thu, 05 Sep 2024 21:03:00 +0900",
     subject=S2, reply_to_req=f"req.{R2}",
     body=f"""
달빛 커뮤니티 운영자 김수정입니다. 회사 메일 서버가 고장나서 개인 메일로 보냅니다.

{D[0]} 글 삭제했습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="forum admin answering from a personal free-mail address",
     why="freemail.example is no platform's sender domain, whatever the signature says: unknown_sender, nothing applied",
     items=it((D[0], "pending")))

DSN_ORIG = "\n".join([
    "Message-ID: <req.KCSC-240904-02@kcsc.example>",
    "Date: Wed, 4 Sep 2024 15:00:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: report@dalbit.example",
    "Subject: " + hdr(f"[{R2}] 불법정보 삭제 요청"),
])
case(name="dalbit-dsn-mailbox-full", **{"from": "MAILER-DAEMON@mx.dalbit.example"},
     name_from="Mail Delivery System", date="Wed, 04 Sep 2024 15:00:41 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.8F21C3A0.1725429641"

--dsn.8F21C3A0.1725429641
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dalbit.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dalbit.example>: mailbox is full (quota exceeded), try again later

--dsn.8F21C3A0.1725429641
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dalbit.example
Arrival-Date: Wed,  4 Sep 2024 15:00:40 +0900

Final-Recipient: rfc822; report@dalbit.example
Original-Recipient: rfc822;report@dalbit.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full (quota exceeded)

--dsn.8F21C3A0.1725429641
Content-Type: text/rfc822-headers

{DSN_ORIG}

--dsn.8F21C3A0.1725429641--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full)",
     why="a bounce of our own request states nothing about the items",
     items={})

# ================================================================ Hanul Hosting
R3 = "KCSC-240905-03"
S3 = f"Re: [{R3}] Illegal gambling sites hosted on your servers"

case(name="hanul-account-suspended", **{"from": "abuse@hanulhost.example"},
     name_from="Hanul Hosting Abuse Desk", date="Fri, 06 Sep 2024 13:25:00 +0900",
     subject=S3, reply_to_req=f"req.{R3}",
     body=f"""
Hi,

We suspended the hosting account behind {H[3]} for breach of our acceptable use policy. The directory has been wiped and the address now returns 404.

The other sites in your report belong to different customers. We have sent them notices and will update you.

Regards,
Hanul Hosting Abuse Desk
https://hanulhost.example/aup
""",
     outcome="applied", classification="confirmation",
     imitates="shared-hosting abuse desk suspending a customer account",
     why="the account's directory was wiped -> removed; the others are only a promise and stay pending; the AUP link is no item",
     items=it((H[3], "removed")))

case(name="hanul-ticket-staff-reply", **{"from": "support@hanulhost.example"},
     name_from=hdr("하늘호스팅 고객지원"), date="Sat, 07 Sep 2024 10:44:09 +0900",
     subject=hdr(f"[Ticket ID: 482113] [{R3}] 불법 도박 사이트 차단 요청"),
     reply_to_req=f"req.{R3}",
     body=f"""
----------------------------------------------
 티켓 #482113 - 답변 등록 (어뷰즈 담당 박준영)
----------------------------------------------

안녕하세요, 하늘호스팅 어뷰즈 담당입니다.

sunny-toto 계정은 약관 위반으로 정지하였습니다.
  {H[0]} → 접속 불가 (계정 정지, 데이터 삭제)
  {H[1]} → 삭제

casino-luna 서브도메인은 당사 서버에 존재하지 않습니다
({H[2]}).

----------------------------------------------
티켓 보기: https://my.hanulhost.example/viewticket.php?tid=482113&c=Xb3kQ
이 메일에 회신하시면 티켓에 자동으로 등록됩니다.
""",
     outcome="applied", classification="confirmation",
     imitates="WHMCS-style ticket staff reply from a Korean web host",
     why="account suspended and data deleted -> removed for both sunny-toto URLs; a subdomain that does not exist on their servers -> not_found; the ticket link is no item",
     items=it((H[0], "removed"), (H[1], "removed"), (H[2], "not_found")))

HANUL_TEXT = "안녕하세요.\n\n요청하신 건의 조치 결과를 첨부 파일(엑셀 CSV)로 보내드립니다.\n\n하늘호스팅 어뷰즈센터\n"
HANUL_CSV = f"""번호,URL,조치결과,조치일시
1,{H[0]},차단(국내 접속 차단),2024-09-07 14:00
2,{H[1]},차단(국내 접속 차단),2024-09-07 14:00
3,{H[2]},삭제,2024-09-07 14:05
4,{H[3]},해당 없음(페이지 없음),
"""
case(name="hanul-csv-korean-excel", **{"from": "abuse@hanulhost.example"},
     name_from=hdr("하늘호스팅 어뷰즈센터"), date="Sat, 07 Sep 2024 15:10:00 +0900",
     subject=hdr(f"RE: [{R3}] 조치 결과 회신"), reply_to_req=f"req.{R3}",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DB00C1.5A3E2F10"

------=_NextPart_000_0012_01DB00C1.5A3E2F10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(HANUL_TEXT)}

------=_NextPart_000_0012_01DB00C1.5A3E2F10
Content-Type: text/csv; name="=?utf-8?B?7KGw7LmY6rKw6rO8?=.csv"
Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(HANUL_CSV, bom=True)}

------=_NextPart_000_0012_01DB00C1.5A3E2F10--
""",
     outcome="applied", classification="confirmation",
     imitates="Korean host's result sheet exported from Excel as UTF-8 CSV with BOM, Korean column names",
     why="차단(국내 접속 차단) -> restricted, 삭제 -> removed, 해당 없음(페이지 없음) -> not_found",
     items=it((H[0], "restricted"), (H[1], "restricted"), (H[2], "removed"), (H[3], "not_found")))

case(name="hanul-hedged-404", **{"from": "abuse@hanulhost.example"},
     name_from="Hanul Hosting Abuse Desk", date="Fri, 06 Sep 2024 09:02:00 +0900",
     subject=S3, reply_to_req=f"req.{R3}",
     body=f"""
Hello,

It looks like {H[1]} may already have been taken offline by the customer - our quick check got a 404 - but we have not confirmed this with them yet.

We will come back to you on this one and on the rest of the list.

Hanul Hosting Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="abuse desk's hedged first look",
     why="'looks like ... may already have been taken offline', not confirmed: a hedge, the item stays pending",
     items=it((H[1], "pending")))

case(name="hanul-answers-for-registrar-request", **{"from": "abuse@hanulhost.example"},
     name_from="Hanul Hosting Abuse Desk", date="Thu, 12 Sep 2024 17:30:00 +0900",
     subject="Re: [KCSC-240910-06] Gambling domains",
     body=f"""
Hello,

Your request KCSC-240910-06 was forwarded to us by the registrar. Both sites were on one of our shared servers:

{G[0]} - hosting terminated, site files deleted
{G[1]} - hosting terminated, site files deleted

Regards,
Hanul Hosting Abuse Desk
""",
     outcome="review", review="wrong_platform",
     imitates="web host answering about domains asked of the registrar",
     why="the two domains belong to the registrar's request; a statement from the hosting platform about them is wrong_platform, nothing applied",
     items=it((G[0], "pending"), (G[1], "pending")))

case(name="hanul-ticket-receipt", **{"from": "support@hanulhost.example"},
     name_from=hdr("하늘호스팅 고객지원"), date="Thu, 05 Sep 2024 11:00:31 +0900",
     subject=hdr(f"[Ticket ID: 482113] 문의가 접수되었습니다 - [{R3}] 불법 도박 사이트 차단 요청"),
     reply_to_req=f"req.{R3}",
     extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: WHMCS"],
     body="""
고객님, 안녕하세요.

문의가 정상적으로 접수되었습니다. 담당자가 확인한 뒤 순서대로 답변드리겠습니다.

티켓 번호: #482113
분류: 어뷰즈 신고
상태: 접수

티켓 보기: https://my.hanulhost.example/viewticket.php?tid=482113&c=Xb3kQ

하늘호스팅 고객지원센터
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (WHMCS-style 문의 접수 안내)",
     why="a pure receipt: ticket opened, nothing about any item",
     items={})

# ================================================================ Kettlechan (image board)
R4 = "KCSC-240906-04"
S4 = f"Re: [{R4}] Removal of posts exposing personal information"

case(name="kc-mod-one-liner", **{"from": "mod@kettlechan.example"},
     name_from="kettlechan mods", date="Fri, 06 Sep 2024 12:02:00 +0000",
     subject=S4, reply_to_req=f"req.{R4}",
     body=f"""
thread {K[0]} deleted, image {K[2]} purged and hash-banned.
- kc mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator's one-line reply",
     why="thread deleted and image purged: both removed",
     items=it((K[0], "removed"), (K[2], "removed")))

case(name="kc-left-up-not-illegal", **{"from": "mod@kettlechan.example"},
     name_from="kettlechan mods", date="Sat, 07 Sep 2024 03:30:00 +0000",
     subject=S4, reply_to_req=f"req.{R4}",
     body=f"""
re your report: {K[1]}

we read the whole thread. it's people arguing about a news story, nobody posted anyone's address or phone number in it. not deleting it.

- kc mod team
""",
     outcome="applied", classification="confirmation",
     imitates="image-board moderator refusing with a reason",
     why="a refusal with its reason (nothing in the thread breaks the rule) -> rejected",
     items=it((K[1], "rejected")))

case(name="kc-pruned-and-deleted", **{"from": "admin@kettlechan.example"},
     name_from="kettlechan admin", date="Mon, 09 Sep 2024 08:45:00 +0000",
     subject=S4, reply_to_req=f"req.{R4}",
     body=f"""
hi,

58812 on /kr/ fell off the last page and was pruned by the board software before we saw your mail, so there was nothing left to delete ({K[1]} is a 404).
771203 on /b/ we deleted ourselves: {K[0]}

admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin explaining an automatic prune",
     why="the pruned thread no longer existed when they looked -> not_found; the /b/ thread they deleted -> removed",
     items=it((K[1], "not_found"), (K[0], "removed")))

case(name="kc-untrusted-dkim-fail", **{"from": "mod@kettlechan.example"},
     name_from="kettlechan mods", date="Sat, 07 Sep 2024 19:12:00 +0000",
     subject=S4, reply_to_req=f"req.{R4}", auth="fail",
     body=f"""
both gone:
{K[0]}
{K[2]}
""",
     outcome="review", review="untrusted",
     imitates="moderator reply sent through a relay that breaks DKIM and SPF",
     why="kettlechan.example fails DMARC: the statement is not trusted, nothing applied",
     items=it((K[0], "pending"), (K[2], "pending")))

case(name="kc-read-receipt", **{"from": "mod@kettlechan.example"},
     name_from="kettlechan mods", date="Fri, 06 Sep 2024 10:01:00 +0000",
     subject=f"Read: [{R4}] Removal of posts exposing personal information",
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_kc_0906"

--mdn_kc_0906
Content-Type: text/plain; charset=utf-8

This is a Return Receipt for the mail that you sent to mod@kettlechan.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--mdn_kc_0906
Content-Type: message/disposition-notification

Reporting-UA: kettlechan.example; Thunderbird 115.14.0
Final-Recipient: rfc822;mod@kettlechan.example
Original-Message-ID: <req.{R4}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_kc_0906--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird return receipt (MDN)",
     why="a read receipt says the request was displayed, nothing more",
     items={})

# ================================================================ Cirrus Edge (CDN)
R5 = "KCSC-240909-05"
S5 = f"[Cirrus Edge] Abuse report {R5} - pill-express24.example"

case(name="ce-blocked-451", **{"from": "trust-safety@cirrusedge.example"},
     name_from="Cirrus Edge Trust & Safety", date="Tue, 10 Sep 2024 06:15:00 +0000",
     subject=S5, reply_to_req=f"req.{R5}",
     body=f"""
Hello,

After reviewing your report we have blocked the following URLs across our entire network. Requests for them now receive an HTTP 451 response:

- {C[0]}
- {C[1]}

The customer has been informed.

Cirrus Edge Trust & Safety
https://cirrusedge.example/trust/abuse-policy
""",
     outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety notice blocking URLs network-wide (HTTP 451)",
     why="blocked on the whole network = removed, each URL listed under the statement",
     items=it((C[0], "removed"), (C[1], "removed")))

case(name="ce-kr-block-and-origin-404", **{"from": "trust-safety@cirrusedge.example"},
     name_from="Cirrus Edge Trust & Safety", date="Wed, 11 Sep 2024 02:40:00 +0000",
     subject=S5, reply_to_req=f"req.{R5}",
     body=f"""
Hello,

For {C[0]} we have applied a country block: visitors from KR now receive an error page instead of the content.

{C[1]} returns 404 from the customer's origin server; the page does not exist, so there is nothing for us to block.

Regards,
Cirrus Edge Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN geo-blocking one URL for Korea and finding the other gone at origin",
     why="country block for KR -> restricted; a page that does not exist at origin -> not_found",
     items=it((C[0], "restricted"), (C[1], "not_found")))

case(name="ce-pass-through-forwarded", **{"from": "abuse@cirrusedge.example"},
     name_from="Cirrus Edge Abuse", date="Mon, 09 Sep 2024 07:30:00 +0000",
     subject=S5, reply_to_req=f"req.{R5}",
     body=f"""
Hello,

Cirrus Edge is a reverse proxy and content delivery network. We do not host the content at the addresses you reported:

{C[0]}
{C[1]}

and we are not able to remove it. We have forwarded your complaint to the hosting provider of pill-express24.example and to the site owner, who are responsible for the content.

Cirrus Edge Abuse
""",
     outcome="review", review="not_understood",
     imitates="Cloudflare-style 'we are not a hosting provider, report forwarded to the host' answer",
     why="no status for either URL: 'we cannot remove it' is not a judgement that it breaks no rule, and forwarding is no action; items stay pending",
     items=it((C[0], "pending"), (C[1], "pending")))

case(name="ce-echo-both-blocked", **{"from": "trust-safety@cirrusedge.example"},
     name_from="Cirrus Edge Trust & Safety", date="Tue, 10 Sep 2024 22:05:00 +0000",
     subject=S5, reply_to_req=f"req.{R5}",
     body=f"""
Your report
-----------
Reporter: KCSC Takedown Desk <takedown@kcsc.example>
Category: Illegal goods
Reported URLs:
{C[0]}
{C[1]}
Comments: sale of prescription drugs without licence ({R5})

Outcome
-------
Both reported URLs have been blocked on our network.

Cirrus Edge Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="CDN outcome notice echoing the report form, then one outcome sentence",
     why="the outcome sentence names no URL ('both reported URLs') for a two-item request; the echoed URLs are our own report: bulk, items pending",
     items=it((C[0], "pending"), (C[1], "pending")))

case(name="ce-report-received-echo", **{"from": "noreply@cirrusedge.example"},
     name_from="Cirrus Edge", date="Mon, 09 Sep 2024 05:00:09 +0000",
     subject=f"We received your abuse report ({R5})",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Thank you. We have received your abuse report.

Report ID: 9f2c1e7a-44b0-4c1d-9d37-2a1b0c6e5f11
Category: Illegal goods
Reported URLs:
{C[0]}
{C[1]}

Our Trust & Safety team will review the report. You will receive another email when there is an outcome.

Please do not reply to this email.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="abuse-form receipt echoing the reported URLs",
     why="a pure receipt that echoes our own report; nothing is said about what happened to the URLs",
     items={})

# ================================================================ Gaon Domains (registrar)
R6 = "KCSC-240910-06"
S6 = f"Re: [{R6}] Domains used for illegal gambling"

case(name="gaon-clienthold-bare-domains", **{"from": "abuse@gaondomains.example"},
     name_from="Gaon Domains Abuse", date="Wed, 11 Sep 2024 18:20:00 +0900",
     subject=S6, reply_to_req=f"req.{R6}",
     body="""
Dear KCSC,

We have taken the following action under our registration agreement:

Domain name: kbet-hub365.example
Action: clientHold set 2024-09-11 09:12 UTC (suspended, the domain no longer resolves)

Domain name: kbet-hub366.example
Action: clientHold set 2024-09-11 09:12 UTC (suspended, the domain no longer resolves)

The registrant has been notified.

Gaon Domains - Compliance
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse reply suspending domains (clientHold), domains written without https://",
     why="each requested site is named by its domain and suspended so that it no longer resolves -> removed",
     items=it((G[0], "removed"), (G[1], "removed")))

case(name="gaon-one-suspended-one-transferred", **{"from": "abuse@gaondomains.example"},
     name_from="Gaon Domains Abuse", date="Thu, 12 Sep 2024 10:05:00 +0900",
     subject=S6, reply_to_req=f"req.{R6}",
     body=f"""
Hello,

{G[1]} - suspended (clientHold), no longer resolves.

{G[0]} - this name is no longer registered through Gaon Domains. It was transferred to another registrar on 1 September, so we have no control over it. Please contact the current registrar shown in WHOIS.

Gaon Domains Abuse
""",
     outcome="applied", classification="confirmation",
     imitates="registrar answering for one domain and pointing to another registrar for the other",
     why="the suspended domain is removed; 'transferred away, we have no control' is no status, that item stays pending",
     items=it((G[1], "removed"), (G[0], "pending")))

case(name="gaon-asks-legal-basis", **{"from": "abuse@gaondomains.example"},
     name_from="Gaon Domains Abuse", date="Wed, 11 Sep 2024 09:30:00 +0900",
     subject=S6, reply_to_req=f"req.{R6}",
     body=f"""
Dear KCSC,

Before we can act on {G[0]} and {G[1]} under our abuse policy we need the legal basis for your request: a copy of the decision of the Commission, or the statutory provision it relies on, with evidence that the content is reachable under these names.

Please reply to this email with these documents. We will not take action until we have them.

Gaon Domains Abuse
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for the legal basis and evidence before acting",
     why="asks the regulator for documents before any action: asks_more, items pending",
     items=it((G[0], "pending"), (G[1], "pending")))

case(name="gaon-out-of-office-ko", **{"from": "hyun.lee@gaondomains.example"},
     name_from=hdr("이현"), date="Tue, 10 Sep 2024 10:00:20 +0900",
     subject=hdr(f"[부재중] 자동 회신: [{R6}] Domains used for illegal gambling"),
     reply_to_req=f"req.{R6}",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 9월 13일까지 휴가로 부재중입니다.
급한 건은 abuse@gaondomains.example 로 보내주시기 바랍니다.

이현 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (부재중 자동 회신)",
     why="an out-of-office reply states nothing about the domains",
     items={})

# ================================================================ Pastelet (paste site)
R7 = "KCSC-240911-07"
S7 = f"Re: [{R7}] Removal request"

case(name="pastelet-sole-done", **{"from": "mika@pastelet.example"},
     name_from="Mika", date="Wed, 11 Sep 2024 09:12:00 +0000",
     subject=S7, reply_to_req=f"req.{R7}",
     body="""
Done, deleted it and banned the account.

Mika
(Pastelet is run by two people, sorry for the short answer)
""",
     outcome="applied", classification="confirmation",
     imitates="one-person service operator answering in one line, in the request's thread",
     why="a reply in the thread of a one-item request saying it was deleted: the only item is removed",
     items=it((P[0], "removed")))

case(name="pastelet-angle-bracket", **{"from": "abuse@pastelet.example"},
     name_from="Pastelet Abuse", date="Thu, 12 Sep 2024 07:40:00 +0000",
     subject=S7, reply_to_req=f"req.{R7}",
     body=f"""
Hi,

<{P[0]}> has been removed and the uploader's account is suspended.

Pastelet
""",
     outcome="applied", classification="confirmation",
     imitates="paste site's abuse reply with the URL in angle brackets",
     why="the paste named in angle brackets has been removed",
     items=it((P[0], "removed")))

case(name="pastelet-new-abuse-form", **{"from": "abuse@pastelet.example"},
     name_from="Pastelet Abuse", date="Fri, 13 Sep 2024 12:00:00 +0000",
     subject="Change to how Pastelet receives abuse reports",
     body="""
Hello,

From 1 October, abuse reports to Pastelet must be sent through the form at https://pastelet.example/abuse. This mailbox will no longer be read after that date.

Reports already received will still be answered by email.

Thanks,
Pastelet
""",
     outcome="review", review="no_claims",
     imitates="small service's notice about a new abuse-report form",
     why="trusted platform mail naming no item and no request: no_claims; the abuse-form link is no item",
     items={})

case(name="pastelet-bounce-relay", **{"from": "MAILER-DAEMON@relay.mailhost-eu.example"},
     name_from="Mail Delivery System", date="Wed, 11 Sep 2024 07:00:52 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B0B1.1726038052/relay.mailhost-eu.example"

--B0B1.1726038052/relay.mailhost-eu.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.mailhost-eu.example.

Your message could not be delivered to one or more recipients.

<report@pastelet.example>: host mx.pastelet.example[203.0.113.45] said:
    550 5.1.1 <report@pastelet.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--B0B1.1726038052/relay.mailhost-eu.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.mailhost-eu.example

Final-Recipient: rfc822; report@pastelet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pastelet.example
Diagnostic-Code: smtp; 550 5.1.1 <report@pastelet.example>: Recipient address rejected

--B0B1.1726038052/relay.mailhost-eu.example
Content-Type: message/rfc822

Message-ID: <req.{R7}@kcsc.example>
Date: Wed, 11 Sep 2024 16:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: report@pastelet.example
Subject: [{R7}] Removal request
Content-Type: text/plain; charset=utf-8

{request_text(R7, P)}

--B0B1.1726038052/relay.mailhost-eu.example--
""",
     outcome="ignored", classification="bounce",
     imitates="relay's DSN returning our request to a paste site (user unknown)",
     why="a bounce, from whatever domain, says nothing about the paste; the URL is only in our returned request",
     items={})

HEADER = """# Blind set 385 (issue 11): hosting providers, a CDN, a registrar, a Korean
# forum, an image board, a file host and a paste site answering informally,
# plus CSV attachments and plain-text tables. Written by make.py from each
# email's meaning, before the reader was run on it. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind385", HEADER, CASES)


if __name__ == "__main__":
    main()
