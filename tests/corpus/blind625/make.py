#!/usr/bin/env python3
"""Blind set 625: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind625/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))


def d(s, offset_hours=0):
    """RFC 5322 date from 'YYYY-MM-DD HH:MM:SS' in the given UTC offset."""
    tz = dt.timezone(dt.timedelta(hours=offset_hours))
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    return email.utils.format_datetime(t)


def enc(url):
    """Percent-encode the non-ASCII path of a URL, as stored in requests.csv."""
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/" + quote(path, safe="/")


# ---------------------------------------------------------------- requests
PF_IDS = ["7Qm2xA9", "Lp40cRt", "9hZkW3e", "Ty8uVb1", "m3NqX0s", "Ra5eJd2", "Wc71oPz",
          "k9Ffs4H", "Ub2yGt6/kr_pack_0903.zip", "Xe0aLq8", "h4DvN5r", "Pz6iMc3",
          "s8KjB2w", "Gn3tYo7/scan_0902.pdf"]
PF = ["https://parcelfiles.example/f/" + i for i in PF_IDS]

GJ_RAW = [
    "https://gwangjang.example/board/free/18231",
    "https://gwangjang.example/board/자유/55120",
    "https://gwangjang.example/board/humor/90441",
    "https://gwangjang.example/u/바람돌이/posts/7",
    "https://gwangjang.example/board/free/18302",
]
GJ = [enc(u) for u in GJ_RAW]

NH = [
    "http://lucky-spin77.example.net/",
    "https://bestodds-kr.example.org/promo/index.html",
    "https://cheap-rx-store.example.com/ko/",
    "https://mirae-files.example.net/gallery/2024/",
]
ES = [
    "https://streamzone-tv.example.cc/live/ch3",
    "https://streamzone-tv.example.cc/vod/88123",
    "https://kr-toto-pick.example.io/",
]
RZ = ["http://toto-365win.example/", "http://casino-hangang.example/join"]
PB = ["https://pastebox.example/raw/b7Xq2LmN"]
HC = [
    "https://hanachan.example/b/res/448812.html",
    "https://hanachan.example/kr/res/20155.html",
    "https://img.hanachan.example/src/1725871234567.jpg",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "parcelfiles", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     PF, "obscenity", 'files listed in "Annex A", batch 1'),
    ("KCSC-240903-02", "gwangjang", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     GJ, "defamation", "forum posts, 5 items"),
    ("KCSC-240904-03", "nimbushost", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     NH, "gambling", "customer sites on Nimbus IP space"),
    ("KCSC-240905-04", "edgeshield", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     ES, "copyright", "CDN-fronted, origin unknown"),
    ("KCSC-240906-05", "regzone", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     RZ, "gambling", "registrar, domains registered 2024"),
    ("KCSC-240909-06", "pastebox", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     PB, "privacy", "one paste"),
    ("KCSC-240910-07", "hanachan", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     HC, "obscenity", "image board thread, post and file"),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


def our_request(ref, when):
    """The regulator's request text (for quoting in replies)."""
    urls = next(r[4] for r in REQUESTS if r[0] == ref)
    urls = [u if "%" not in u else GJ_RAW[GJ.index(u)] for u in urls]
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"Korea Communications Standards Commission (KCSC), reference {ref}.",
        "We request the removal of, or the blocking of access from Korea to,",
        "the following content, which violates Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def multipart(text, attachments, boundary):
    """multipart/mixed: a text/plain part and (filename, ctype, bytes) attachments."""
    parts = [
        f"Content-Type: multipart/mixed; boundary=\"{boundary}\"",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        text.strip("\n"),
        "",
    ]
    for fname, ctype, data in attachments:
        if fname.isascii():
            ct = f"Content-Type: {ctype}; name=\"{fname}\""
            cd = f"Content-Disposition: attachment; filename=\"{fname}\""
        else:  # RFC 2231, as mail clients write non-ASCII file names
            q = quote(fname, safe="")
            ct = f"Content-Type: {ctype}; name*=UTF-8''{q}"
            cd = f"Content-Disposition: attachment; filename*=UTF-8''{q}"
        parts += [
            f"--{boundary}",
            ct,
            cd,
            "Content-Transfer-Encoding: base64",
            "",
            base64.encodebytes(data).decode("ascii").rstrip("\n"),
            "",
        ]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


def b64_single(ctype, text):
    return "\n".join([
        f"Content-Type: {ctype}; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n"),
    ])


def qp_single(text):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return "\n".join([
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        body.rstrip("\n"),
    ])


def csv_bytes(rows, bom=False):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ ParcelFiles (file host, 14 items)

case(
    name="pf-csv-attachment-all-files",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-05 08:12:44"),
    subject=f"Re: [{R1}] Removal request - 14 files",
    reply_to_req=msgid(R1),
    raw_mime=multipart(
        f"""Hello,

Please find attached the outcome for every link in your notice {R1}.
Deleted files are gone from our storage and their share links now return
HTTP 410. One file was left online after review and one was only blocked
for visitors from Korea; see the detail column.

Regards,
ParcelFiles Trust & Safety
https://parcelfiles.example/legal/terms
""",
        [("kcsc-240902-01_results.csv", "text/csv; charset=utf-8", csv_bytes([
            ["url", "action", "detail"],
            [PF[0], "removed", "ToS 3.1"],
            [PF[1], "removed", ""],
            [PF[2], "not found", "no file with this ID"],
            [PF[3], "removed", ""],
            [PF[4], "removed", ""],
            [PF[5], "no action", "does not breach our terms (public court document)"],
            [PF[6], "removed", ""],
            [PF[7], "blocked in KR", "geo-restriction applied, lawful elsewhere"],
            [PF[8], "removed", "ToS 3.1"],
            [PF[9], "removed", ""],
            [PF[10], "not found", "already deleted by uploader"],
            [PF[11], "removed", ""],
            [PF[12], "removed", ""],
            [PF[13], "removed", "ToS 3.4"],
        ]))],
        "pf-b1-7c21e0",
    ),
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety reply with a per-link results spreadsheet (CSV) attached",
    why="trusted file host gives one result per URL in an attached CSV",
    items={PF[0]: "removed", PF[1]: "removed", PF[2]: "not_found", PF[3]: "removed",
           PF[4]: "removed", PF[5]: "rejected", PF[6]: "removed", PF[7]: "restricted",
           PF[8]: "removed", PF[9]: "removed", PF[10]: "not_found", PF[11]: "removed",
           PF[12]: "removed", PF[13]: "removed"},
)

case(
    name="pf-plain-text-table-first-five",
    **{"from": "support@parcelfiles.example"},
    name_from="ParcelFiles Support",
    date=d("2024-09-06 03:40:02"),
    subject=f"Re: {R1} Removal request",
    reply_to_req=msgid(R1),
    body=f"""Hi KCSC team,

Results for the first five links of {R1}:

 #  Link                                     Result
 -- ---------------------------------------- -------------------
 1  {PF[0]:<40} deleted
 2  {PF[1]:<40} deleted
 3  {PF[2]:<40} not found
 4  {PF[3]:<40} deleted
 5  {PF[4]:<40} kept (no violation)

We'll send the rest separately.

Mina
ParcelFiles Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a fixed-width plain-text results table into a ticket reply",
    why="plain-text table, one result per row; 'kept (no violation)' is a refusal",
    items={PF[0]: "removed", PF[1]: "removed", PF[2]: "not_found", PF[3]: "removed",
           PF[4]: "rejected"},
)

case(
    name="pf-admin-one-liner-two-links",
    **{"from": "jonas@parcelfiles.example"},
    name_from="Jonas Berg",
    date=d("2024-09-07 22:03:51", 2),
    subject=f"Re: {R1}",
    reply_to_req=msgid(R1),
    body=f"""deleted both, links are dead now:
{PF[5]}
{PF[6]}

--
Jonas
sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="small-service admin answering from a phone in one line",
    why="informal but unhedged: 'deleted both' covers the two URLs listed under it",
    items={PF[5]: "removed", PF[6]: "removed"},
)

case(
    name="pf-bare-url-status-below",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-06 11:15:30"),
    subject=f"Status update - {R1}",
    reply_to_req=msgid(R1),
    body=f"""Status update on your notice {R1}

{PF[7]}
Status: Removed

{PF[8]}
Status: Removed

{PF[9]}
Status: File not found

The remaining links are still being reviewed.

ParcelFiles Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system status digest: bare URL with its status on the next line",
    why="status stands on the line below each URL; the rest is 'still being reviewed' (no item)",
    items={PF[7]: "removed", PF[8]: "removed", PF[9]: "not_found"},
)

case(
    name="pf-top-posted-over-gmail-quote",
    **{"from": "lea@parcelfiles.example"},
    name_from="Lea Thorsen",
    date=d("2024-09-04 14:27:09", 2),
    subject=f"Re: {R1} Request for removal",
    reply_to_req=msgid(R1),
    body=f"""Both removed:
{PF[10]}
{PF[11]}

The uploader's account is banned as well. The others are with my
colleagues.

Lea / ParcelFiles abuse

On Mon, 2 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_request(R1, ""))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two URLs named above the quote are removed; the 14 quoted URLs are the regulator's own text",
    items={PF[10]: "removed", PF[11]: "removed"},
)

case(
    name="pf-base64-html-table",
    **{"from": "trust-safety@parcelfiles.example"},
    name_from="ParcelFiles",
    date=d("2024-09-09 07:02:18"),
    subject=f"Outcome of your report {R1}",
    reply_to_req=msgid(R1),
    raw_mime=b64_single("text/html", f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have completed our review of the following files reported under {R1}:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Outcome</th></tr>
<tr><td><a href="{PF[12]}">{PF[12]}</a></td><td>Removed</td></tr>
<tr><td><a href="{PF[13]}">{PF[13]}</a></td><td>Removed</td></tr>
<tr><td><a href="{PF[1]}">{PF[1]}</a></td><td>Unavailable in South Korea</td></tr>
<tr><td><a href="{PF[2]}">{PF[2]}</a></td><td>No such file</td></tr>
</table>
<p>If the uploader files a counter-notice we will let you know.</p>
<p>ParcelFiles Trust &amp; Safety &middot; <a href="https://parcelfiles.example/help/abuse">Abuse help</a></p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="HTML notification with a results table, base64 transfer encoding",
    why="HTML table: two removed, one blocked in Korea, one does not exist; help link is no item",
    items={PF[12]: "removed", PF[13]: "removed", PF[1]: "restricted", PF[2]: "not_found"},
)

case(
    name="pf-receipt-phrase-then-numbered-results",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-05 19:44:00"),
    subject=f"[PF-88340] {R1}",
    reply_to_req=msgid(R1),
    body=f"""Thank you for your report, which we received under ticket PF-88340.
Our team has completed the review:

1. {PF[0]} - removed (violates section 4.2 of our Terms)
2. {PF[5]} - removed
3. {PF[8]} - this file does not exist on our servers
4. {PF[13]} - we reviewed this file and found no violation of our
   Terms; it remains available

Kind regards,
ParcelFiles Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply opening with a receipt sentence followed by numbered per-link results",
    why="receipt phrase plus unhedged item results is a confirmation, not an acknowledgement",
    items={PF[0]: "removed", PF[5]: "removed", PF[8]: "not_found", PF[13]: "rejected"},
)

case(
    name="pf-url-on-line-below-statement",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-07 09:20:11"),
    subject=f"Re: [{R1}] Removal request - 14 files",
    reply_to_req=msgid(R1),
    body=f"""Hello,

The following file has been made unavailable to visitors from the Republic
of Korea (geo-restriction), as it is lawful in the uploader's country:
{PF[6]}

The following files have been deleted:
{PF[3]}
{PF[4]}

Best regards,
ParcelFiles Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply grouping URLs under the sentence stating their outcome",
    why="each URL stands on the line(s) below the statement that covers it",
    items={PF[6]: "restricted", PF[3]: "removed", PF[4]: "removed"},
)

case(
    name="pf-promise-within-24h",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-03 05:31:47"),
    subject=f"Re: [{R1}] Removal request - 14 files",
    reply_to_req=msgid(R1),
    body=f"""Hello,

Thank you for the notice. We have checked the links below; they will be
removed within 24 hours once our storage team has processed the queue:

{PF[9]}
{PF[10]}
{PF[11]}

We will confirm once this is done.

ParcelFiles Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising removal after a processing queue",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={PF[9]: "pending", PF[10]: "pending", PF[11]: "pending"},
)

case(
    name="pf-bulk-all-removed",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-04 02:10:05"),
    subject=f"Closed: [PF-88213] {R1}",
    reply_to_req=msgid(R1),
    body=f"""Hello,

All files listed in your notice {R1} have been removed from ParcelFiles
and the uploader's account has been terminated.

Ticket PF-88213 is now closed.

ParcelFiles Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="ticket-closing note stating that all reported files were removed",
    why="one statement covering a 14-item request without naming the items",
    items={u: "pending" for u in PF},
)

case(
    name="pf-auth-fail-claims-removed",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    auth="fail",
    date=d("2024-09-08 13:00:41"),
    subject=f"Re: [{R1}] Removal request - 14 files",
    reply_to_req=msgid(R1),
    body=f"""Hello,

The following files were removed today:
{PF[0]}
{PF[1]}
{PF[2]}

ParcelFiles Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="file-host removal confirmation that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={PF[0]: "pending", PF[1]: "pending", PF[2]: "pending"},
)

case(
    name="pf-ticket-receipt",
    **{"from": "abuse@parcelfiles.example"},
    name_from="ParcelFiles Trust & Safety",
    date=d("2024-09-02 01:00:30"),
    subject="[PF-88213] We received your report",
    reply_to_req=msgid(R1),
    body="""This is an automated confirmation.

Your report has been received and assigned ticket number PF-88213.
Reports are reviewed in the order they arrive. You will hear from us when
the review is complete. To add information, reply to this email and keep
the ticket number in the subject line.

ParcelFiles Trust & Safety
https://parcelfiles.example/help/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (ticket system) receipt sent when a report arrives",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

# ================================================================ 모두의광장 (Korean forum, 5 items)

case(
    name="gj-korean-notice-mixed",
    ek=True,
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장 운영팀",
    date=d("2024-09-04 16:05:12", 9),
    subject=f"[모두의광장] 게시물 조치 결과 안내 ({R2})",
    reply_to_req=msgid(R2),
    body=f"""안녕하세요, 모두의광장 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이 알려드립니다.

1) {GJ_RAW[0]} : 게시중단(삭제) 처리 완료
2) {GJ_RAW[1]} 게시물은 임시조치(30일간 접근 제한)하였습니다.
3) {GJ_RAW[2]}은 운영자 삭제 처리되었습니다.

나머지 2건은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
모두의광장 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community portal 게시물 조치 결과 안내 notice",
    why="게시중단 and 운영자 삭제 are removals, 임시조치 a restriction; a raw Korean path and a URL followed by 은",
    items={GJ[0]: "removed", GJ[1]: "restricted", GJ[2]: "removed"},
)

case(
    name="gj-korean-plaintext-table",
    ek_from=True,  # From encoded, Subject left as raw UTF-8 (SMTPUTF8 style)
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장 운영팀",
    date=d("2024-09-05 10:30:00", 9),
    subject=f"RE: {R2} 게시물 삭제 요청",
    reply_to_req=msgid(R2),
    body=f"""{R2} 건 조치 결과입니다.

[조치 결과]
번호 | 게시물 주소 | 조치
1 | {GJ_RAW[4]} | 블라인드
2 | {GJ_RAW[3]} | 게시물 없음 (작성자 삭제)
3 | {GJ_RAW[0]} | 삭제

문의사항은 회신 주시기 바랍니다.
모두의광장 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator's plain-text table (번호 | 주소 | 조치) pasted into a reply",
    why="블라인드 and 삭제 are removals; 게시물 없음 (작성자 삭제) is not_found",
    items={GJ[4]: "removed", GJ[3]: "not_found", GJ[0]: "removed"},
)

case(
    name="gj-korean-removed-and-kept",
    ek=True,
    **{"from": "cs@gwangjang.example"},
    name_from="모두의광장 고객센터",
    date=d("2024-09-06 14:12:40", 9),
    subject=f"Re: [{R2}] 게시물 조치 요청에 대한 회신",
    reply_to_req=msgid(R2),
    body=f"""안녕하세요. 모두의광장 고객센터입니다.

요청하신 게시물 중 아래 2건에 대한 처리 결과를 안내드립니다.

- {GJ_RAW[2]} : 삭제했습니다.
- {GJ_RAW[4]} : 검토 결과 당사 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply removing one post and refusing another for lack of violation",
    why="one removal, one refusal with its reason (no violation found, post kept)",
    items={GJ[2]: "removed", GJ[4]: "rejected"},
)

case(
    name="gj-html-notice-table",
    ek=True,
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장",
    date=d("2024-09-05 17:48:03", 9),
    subject=f"[모두의광장] 시정요구 조치결과 회신 ({R2})",
    reply_to_req=msgid(R2),
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 모두의광장입니다.</p>
<p>시정요구({R2})에 대한 조치결과를 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>순번</th><th>게시물 URL</th><th>조치 내용</th><th>조치 일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>{GJ[1]}</td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>2</td><td>{GJ_RAW[3]}</td><td>접근 제한(국내)</td><td>2024-09-05</td></tr>
</tbody></table>
<p>자세한 운영정책은 <a href="https://gwangjang.example/policy">운영정책 안내</a>를 참고해 주세요.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table (순번 / URL / 조치 내용 / 조치 일자)",
    why="게시중단 is a removal, 접근 제한(국내) a restriction; the policy link is no item",
    items={GJ[1]: "removed", GJ[3]: "restricted"},
)

case(
    name="gj-csv-attachment-with-bom",
    ek=True,
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장 운영팀",
    date=d("2024-09-06 09:05:55", 9),
    subject=f"{R2} 처리 결과 송부",
    reply_to_req=msgid(R2),
    raw_mime=multipart(
        f"""안녕하세요.

{R2} 건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.

모두의광장 운영팀
""",
        [("처리결과_0906.csv", "text/csv; charset=utf-8", csv_bytes([
            ["순번", "URL", "처리결과", "비고"],
            ["1", GJ[0], "삭제", ""],
            ["2", GJ[2], "비공개 처리", "게시자 계정 이용정지"],
            ["3", GJ[4], "해당 게시물 없음", "URL 확인 불가"],
        ], bom=True))],
        "gj-csv-0906",
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean operator sending an Excel-saved CSV (UTF-8 with BOM) of 처리결과",
    why="CSV rows: 삭제 and 비공개 처리 are removals, 해당 게시물 없음 is not_found",
    items={GJ[0]: "removed", GJ[2]: "removed", GJ[4]: "not_found"},
)

case(
    name="gj-temporary-measure-wrapped-url",
    ek=True,
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장 운영팀",
    date=d("2024-09-04 11:11:11", 9),
    subject=f"[모두의광장] 임시조치 안내 ({R2})",
    reply_to_req=msgid(R2),
    body=f"""안녕하세요. 모두의광장 운영팀입니다.

요청번호 {R2} 관련, 아래 게시물에 대해 정보통신망법 제44조의2에 따라
임시조치(30일)를 하였습니다.

<https://gwangjang.example/u/%EB%B0%94%EB%9E%8C%EB%8F%8C%EC%9D%B4/
posts/7>

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice under 정보통신망법 제44조의2",
    why="임시조치 is done (restricted); the later deletion is only a plan; the URL is wrapped inside angle brackets",
    items={GJ[3]: "restricted"},
)

case(
    name="gj-bulk-all-deleted-korean",
    ek=True,
    **{"from": "report@gwangjang.example"},
    name_from="모두의광장 운영팀",
    date=d("2024-09-04 09:00:20", 9),
    subject=f"Re: {R2} 게시물 삭제 요청",
    reply_to_req=msgid(R2),
    body=f"""안녕하세요.

{R2} 건으로 요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
모두의광장 운영팀
""",
    outcome="review", review="bulk",
    imitates="short Korean operator reply: 요청하신 게시물 모두 삭제 완료",
    why="all five posts stated removed without naming any of them",
    items={u: "pending" for u in GJ},
)

case(
    name="gj-under-review-korean",
    ek=True,
    **{"from": "cs@gwangjang.example"},
    name_from="모두의광장 고객센터",
    date=d("2024-09-03 17:30:00", 9),
    subject=f"Re: [{R2}] 게시물 조치 요청",
    reply_to_req=msgid(R2),
    body=f"""안녕하세요. 모두의광장 고객센터입니다.

요청하신 게시물 {GJ_RAW[0]}, {GJ_RAW[4]} 에 대해 내부 검토 중이며,
검토 후 조치할 예정입니다. 조치 결과는 영업일 기준 3일 이내에 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean customer-centre reply: 검토 중, 검토 후 조치 예정",
    why="under review and a plan to act: no status for the two named posts",
    items={GJ[0]: "pending", GJ[4]: "pending"},
)

case(
    name="gj-report-received-korean",
    ek=True,
    **{"from": "noreply@gwangjang.example"},
    name_from="모두의광장",
    date=d("2024-09-03 11:02:09", 9),
    subject="[모두의광장] 신고가 접수되었습니다",
    reply_to_req=msgid(R2),
    body="""안녕하세요. 모두의광장입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: GJ-20240903-0117

담당자가 검토한 후 처리 결과를 이메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal automatic 신고 접수 안내 with a receipt number",
    why="receipt only: 접수되었습니다, nothing about any post",
    items={},
)

case(
    name="gj-read-receipt-mdn",
    ek=True,
    **{"from": "park.j@gwangjang.example"},
    name_from="박지훈",
    date=d("2024-09-03 13:24:51", 9),
    subject=f"읽음: {R2} 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-gj-3a9"

--mdn-gj-3a9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 2024-09-03 오후 1:24에 받는 사람이 읽었습니다.

--mdn-gj-3a9
Content-Type: message/disposition-notification

Reporting-UA: mail.gwangjang.example; Webmail 7.2
Final-Recipient: rfc822;park.j@gwangjang.example
Original-Message-ID: <req.KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-gj-3a9--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about any post",
    items={},
)

# ================================================================ Nimbus Hosting (hosting provider, 4 items)

case(
    name="nh-abuse-desk-prose",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse Desk",
    date=d("2024-09-05 16:44:20", 1),
    subject=f"[ABU-240904-5521] {R3} Request for removal",
    reply_to_req=msgid(R3),
    body=f"""Hello,

Thanks for your report (our reference ABU-240904-5521). We have looked
into the sites listed in {R3}.

The hosting account behind {NH[0]} has been suspended for breach of our
Acceptable Use Policy, and the site is offline.

Our customer removed the page {NH[1]} after receiving our notice.

We could not find any hosting service on our network for
{NH[2]}: the hostname does not point to our IP space and no account of
ours lists it.

Kind regards,
Ravi
Nimbus Hosting Abuse Desk
AUP: https://nimbushost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="web-hosting abuse desk reply after suspending a customer account",
    why="account suspended and site offline (removed), page removed by customer, host not found on the network (not_found)",
    items={NH[0]: "removed", NH[1]: "removed", NH[2]: "not_found"},
)

case(
    name="nh-quoted-printable-update",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse Desk",
    date=d("2024-09-06 10:02:37", 1),
    subject=f"Re: [ABU-240904-5521] {R3} Request for removal",
    reply_to_req=msgid(R3),
    raw_mime=qp_single(f"""Hello,

Update on your ticket: our customer has deleted the gallery directory at {NH[3]} and it now returns a 404 error from our servers.

Regarding {NH[2]}, we’ve given the customer 48 hours to respond; if the content is not removed by then we’ll suspend the account.

Kind regards,
Nimbus Hosting Abuse Desk
"""),
    outcome="applied", classification="confirmation",
    imitates="hosting abuse ticket update, quoted-printable with soft line breaks",
    why="gallery deleted (removed); the other site only has a deadline and a conditional suspension (pending)",
    items={NH[3]: "removed", NH[2]: "pending"},
)

case(
    name="nh-outlook-original-message",
    **{"from": "t.nowak@nimbushost.example"},
    name_from="Tomasz Nowak",
    date=d("2024-09-05 08:15:00", 2),
    subject=f"RE: {R3} Request for removal",
    reply_to_req=msgid(R3),
    body=f"""Hi,

The customer has taken down {NH[1]}, it returns 404 now.

Regards,
Tomasz Nowak
Abuse Team | Nimbus Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 2:30 AM
To: abuse@nimbushost.example
Subject: {R3} Request for removal

""" + "\n".join(our_request(R3, "")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unquoted -----Original Message----- block",
    why="one page taken down; the four URLs below Original Message are our own request",
    items={NH[1]: "removed"},
)

case(
    name="nh-hedged-appears-down",
    **{"from": "ravi@nimbushost.example"},
    name_from="Ravi Menon",
    date=d("2024-09-04 18:20:45", 1),
    subject=f"Re: {R3} Request for removal",
    reply_to_req=msgid(R3),
    body=f"""Hi,

I had a quick look at {NH[0]} and {NH[3]}
- it appears the customer may have taken both down already, I'm getting
errors on each. I'll confirm with our systems team tomorrow.

Ravi
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk staffer's informal first look, hedged",
    why="'appears ... may have' is a hedge and confirmation is promised: both stay pending",
    items={NH[0]: "pending", NH[3]: "pending"},
)

case(
    name="nh-out-of-office",
    **{"from": "ravi@nimbushost.example"},
    name_from="Ravi Menon",
    date=d("2024-09-04 02:31:02", 1),
    subject=f"Automatic reply: {R3} Request for removal",
    reply_to_req=msgid(R3),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 16 September with no access to email.

For abuse matters please write to abuse@nimbushost.example, which is
monitored around the clock.

Ravi
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nh-use-our-form-no-claims",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse Desk",
    date=d("2024-09-12 09:00:00", 1),
    subject="Abuse reports to Nimbus Hosting",
    body="""Hello,

We noticed that your organisation sends abuse notices to several of our
staff addresses. To make sure your reports are handled quickly, please
send them to abuse@nimbushost.example only, or use our form at
https://nimbushost.example/abuse.

Each report should include the full URL, the IP address the site resolves
to and the law or policy it breaches.

Thank you,
Nimbus Hosting Abuse Desk
""",
    outcome="review", review="no_claims",
    imitates="hosting provider's general note about how to send abuse reports",
    why="trusted platform mail naming no item and no request: a person should read it",
    items={},
)

case(
    name="nh-states-pastebox-item",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse Desk",
    date=d("2024-09-11 15:35:10", 1),
    subject="pastebox.example - complaint passed to customer",
    body=f"""Hello,

pastebox.example runs on one of our virtual servers. We passed your
complaint to the operator and they have deleted the paste
{PB[0]}.

Kind regards,
Nimbus Hosting Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="upstream host reporting what its customer (another service) did",
    why="Nimbus Hosting states a status for an item requested from Pastebox",
    items={PB[0]: "pending"},
)

case(
    name="site-owner-says-removed",
    **{"from": "webmaster@bestodds-kr.example.org"},
    name_from="bestodds webmaster",
    date=d("2024-09-06 01:12:12", 9),
    subject=f"Re: {R3} Request for removal",
    body=f"""Hello,

My hosting company told me about your complaint. I removed the promo page
{NH[1]} yesterday.
Please tell Nimbus to unlock my account.
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing to the regulator after a host forwarded the complaint",
    why="sender is not any platform's domain: nothing applied",
    items={NH[1]: "pending"},
)

# ================================================================ EdgeShield (CDN, 3 items)

case(
    name="es-geo-restricted-angle-brackets",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d("2024-09-06 21:05:00"),
    subject=f"EdgeShield report ES-7731204 ({R4})",
    reply_to_req=msgid(R4),
    body=f"""Dear KCSC,

Regarding report ES-7731204 (your reference {R4}):

EdgeShield has restricted access from the Republic of Korea to the
following URLs, in accordance with local law:

  <{ES[0]}>
  <{ES[1]}>

The content remains reachable from other countries.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block",
    why="access restricted from Korea for both URLs, written in angle brackets",
    items={ES[0]: "restricted", ES[1]: "restricted"},
)

case(
    name="es-hosted-disabled-other-forwarded",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d("2024-09-07 04:40:19"),
    subject=f"Re: {R4} Request for removal",
    reply_to_req=msgid(R4),
    body=f"""Hello,

We reviewed the URLs in your report.

- {ES[1]} is stored on EdgeShield Pages, our hosting product. We have
  disabled access to this content.

- {ES[2]} uses only our pass-through CDN service. We are not the host of
  this website and cannot remove its content. We have forwarded your
  complaint to the hosting provider (Example Cloud Ltd.,
  abuse@example-cloud.example) and to the website operator.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply distinguishing content it hosts from pass-through sites",
    why="hosted content disabled (removed); the pass-through site was only forwarded (pending)",
    items={ES[1]: "removed", ES[2]: "pending"},
)

case(
    name="es-dsa-statement-of-reasons",
    **{"from": "sor-noreply@edgeshield.example"},
    name_from="EdgeShield",
    date=d("2024-09-08 12:00:00"),
    subject=f"Statement of reasons ES-SOR-2024-0091173 ({R4})",
    reply_to_req=msgid(R4),
    body=f"""Statement of reasons

Reference:            ES-SOR-2024-0091173
Your notice:          {R4}
Content:              {ES[0]}
Decision:             Removal of the content (access disabled)
Territorial scope:    Worldwide
Facts and circumstances: notice from a competent authority
Ground:               incompatible with EdgeShield Terms of Service, section 5
                      (unlawful content)
Automated means used: No

The uploader may appeal this decision at https://edgeshield.example/appeals.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent to the notifier",
    why="decision field states removal, worldwide; the appeals link is no item",
    items={ES[0]: "removed"},
)

case(
    name="es-forwarded-to-host-only",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d("2024-09-05 23:59:01"),
    subject=f"EdgeShield report ES-7731204 ({R4})",
    reply_to_req=msgid(R4),
    body=f"""Hello,

EdgeShield provides pass-through security and CDN services for the
websites below. We do not host their content and cannot remove it.

{ES[0]}
{ES[1]}
{ES[2]}

We have forwarded your report to the website operators and to their
hosting providers, and their contact details are listed below so that
you can follow up directly:

  streamzone-tv.example.cc  ->  abuse@hostnorth.example
  kr-toto-pick.example.io   ->  abuse@example-cloud.example

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN standard 'we are not the host, complaint forwarded' reply",
    why="names the three URLs but gives no status for any: forwarded to others, nothing done",
    items={ES[0]: "pending", ES[1]: "pending", ES[2]: "pending"},
)

case(
    name="es-mailbox-not-monitored",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield",
    date=d("2024-09-05 05:00:44"),
    subject=f"Re: {R4} Request for removal",
    reply_to_req=msgid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated response.

Abuse reports sent by email are not processed. Please submit your report
through our web form at https://edgeshield.example/abuse/form so that it
reaches the right team.

EdgeShield
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response pointing email reporters to the abuse web form",
    why="automated reply; the form link is no item",
    items={},
)

# ================================================================ RegZone (registrar, 2 items)

case(
    name="rz-domain-suspended",
    **{"from": "abuse@regzone.example"},
    name_from="RegZone Abuse Team",
    date=d("2024-09-09 07:30:00"),
    subject=f"Re: {R5} Abuse complaint",
    reply_to_req=msgid(R5),
    body=f"""Hello,

Following your complaint {R5} we contacted both registrants.

Reported URL: {RZ[0]}
Action taken: the domain toto-365win.example has been suspended
(status clientHold) and no longer resolves.

Reported URL: {RZ[1]}
Action taken: the registrant removed the page after our notice; the URL
now returns 404.

RegZone Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="domain registrar abuse reply (clientHold suspension)",
    why="domain on clientHold no longer resolves (removed); page removed by the registrant (removed)",
    items={RZ[0]: "removed", RZ[1]: "removed"},
)

case(
    name="rz-declines-not-dns-abuse",
    **{"from": "compliance@regzone.example"},
    name_from="RegZone Compliance",
    date=d("2024-09-10 02:15:33"),
    subject=f"Re: {R5} Abuse complaint",
    reply_to_req=msgid(R5),
    body=f"""Dear KCSC,

RegZone is a domain registrar; we do not host websites.

We reviewed {RZ[0]} and {RZ[1]}
and found no DNS abuse (phishing, malware, botnets, pharming or spam) as
defined in our registration agreement. We have therefore declined to
suspend either domain. Questions about the content of these sites should
be sent to their hosting provider.

RegZone Compliance
https://regzone.example/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal: content complaint is not DNS abuse",
    why="refusal with its reason for both named URLs: rejected",
    items={RZ[0]: "rejected", RZ[1]: "rejected"},
)

case(
    name="rz-forwards-registrant-reply",
    **{"from": "abuse@regzone.example"},
    name_from="RegZone Abuse Team",
    date=d("2024-09-09 15:48:20"),
    subject=f"Fwd: Re: Abuse complaint casino-hangang.example ({R5})",
    reply_to_req=msgid(R5),
    body=f"""FYI, see the registrant's reply below.

RegZone Abuse Team

---------- Forwarded message ---------
From: Kim Doyun <admin@casino-hangang.example>
Date: Mon, Sep 9, 2024 at 11:02 PM
Subject: Re: Abuse complaint casino-hangang.example
To: abuse@regzone.example

I deleted the join page {RZ[1]} already, please don't suspend my
domain.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="registrar forwarding the registrant's own answer",
    why="the only statement is the registrant's, inside a forwarded message",
    items={RZ[1]: "pending"},
)

case(
    name="rz-bounce-dsn",
    **{"from": "MAILER-DAEMON@relay.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date=d("2024-09-06 10:00:41", 9),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-rz-6f10"

--dsn-rz-6f10
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@regzone.example>: host mx1.regzone.example[203.0.113.25] said:
    550 5.1.1 <abuse-desk@regzone.example>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn-rz-6f10
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 10:00:39 +0900 (KST)

Final-Recipient: rfc822; abuse-desk@regzone.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.regzone.example
Diagnostic-Code: smtp; 550 5.1.1 <abuse-desk@regzone.example>: Recipient
    address rejected: User unknown

--dsn-rz-6f10
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@regzone.example
Subject: {R5} Abuse complaint
Date: Fri, 6 Sep 2024 10:00:00 +0900
Message-ID: <req.{R5}@kcsc.example>
Content-Type: text/plain; charset=us-ascii

""" + "\n".join(our_request(R5, "")) + """

--dsn-rz-6f10--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) returning our request",
    why="bounce: the URLs are in our own returned message",
    items={},
)

# ================================================================ Pastebox (one-person service, 1 item)

case(
    name="pb-admin-one-line",
    **{"from": "admin@pastebox.example"},
    name_from="pastebox admin",
    date=d("2024-09-09 23:41:08", 2),
    subject=f"Re: {R6} removal request",
    reply_to_req=msgid(R6),
    body="""Deleted it, thanks for the heads up.

--
d.
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service admin replying in one line",
    why="sole unhedged statement answering a one-item request",
    items={PB[0]: "removed"},
)

case(
    name="pb-echoed-report-resolved",
    **{"from": "noreply@pastebox.example"},
    name_from="Pastebox",
    date=d("2024-09-10 06:00:12"),
    subject="Your abuse report has been resolved",
    body=f"""Hi,

The abuse report you submitted has been resolved.

--- Your report ---
Paste:     {PB[0]}
Reason:    Illegal content ({R6})
Submitted: 2024-09-09 16:02 KST

--- Outcome ---
The paste has been removed and is no longer accessible.

Thanks for helping keep Pastebox clean.
""",
    outcome="applied", classification="confirmation",
    imitates="small service's report-resolved notification echoing the report",
    why="echoed report names the paste; outcome says removed",
    items={PB[0]: "removed"},
)

case(
    name="pb-away-auto-reply",
    **{"from": "admin@pastebox.example"},
    name_from="pastebox admin",
    date=d("2024-09-09 09:00:30"),
    subject=f"Auto: Re: {R6} removal request",
    reply_to_req=msgid(R6),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Travelling until 18 Sep, replies will be slow. I still look at abuse
mail once a day.

d.
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply of a one-person service",
    why="auto-reply, says nothing about the paste",
    items={},
)

# ================================================================ hanachan (image board, 3 items)

case(
    name="hc-janitor-reply",
    **{"from": "janitor@hanachan.example"},
    name_from="hanachan janitor",
    date=d("2024-09-11 03:17:00"),
    subject=f"Re: {R7}",
    reply_to_req=msgid(R7),
    body=f"""hi,

thread {HC[0]} deleted, and the image
{HC[2]} purged from disk and from the cache.

{HC[1]} was already 404 when I checked, the OP deleted it
himself before your mail came in.

- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's informal reply",
    why="thread deleted, file purged (removed); the other thread was deleted by its poster (not_found)",
    items={HC[0]: "removed", HC[2]: "removed", HC[1]: "not_found"},
)

case(
    name="hc-moved-behind-age-gate",
    **{"from": "mod@hanachan.example"},
    name_from="hanachan mod",
    date=d("2024-09-12 18:22:10"),
    subject=f"Re: {R7}",
    reply_to_req=msgid(R7),
    body=f"""Hello,

We moved {HC[1]} to the 18+ section. It now sits behind the age
verification gate and cannot be viewed without passing it. It has not
been deleted.

hanachan moderation
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator moving a thread behind an age gate",
    why="age-gated, not deleted: restricted",
    items={HC[1]: "restricted"},
)

case(
    name="hc-asks-which-posts",
    **{"from": "janitor@hanachan.example"},
    name_from="hanachan janitor",
    date=d("2024-09-10 13:55:42"),
    subject=f"Re: {R7}",
    reply_to_req=msgid(R7),
    body=f"""Hi,

the thread {HC[0]} has over 300 replies from many posters.
Can you tell us which post numbers contain the content you consider
unlawful? We don't want to delete the whole thread if only a few posts
are the problem.

- mod team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="image-board moderator asking which posts of a thread are meant",
    why="asks for more information before acting; thread stays pending",
    items={HC[0]: "pending"},
)


HEADER = """# Blind set 625 (tests/corpus/blind625/make.py writes this file).
# Hosting providers, a CDN, a registrar, a Korean forum, an image board, a
# file host and a one-person paste service; CSV attachments and plain-text
# tables. Expected results written from each email's meaning, before any run.
"""


def ek(s):
    """RFC 2047 encoded-word, as most Korean mail clients write headers."""
    return email.header.Header(s, "utf-8").encode()


def main():
    for c in CASES:
        if c.pop("ek", False):
            c["subject"] = ek(c["subject"])
            c["name_from"] = ek(c["name_from"])
        if c.pop("ek_from", False):
            c["name_from"] = ek(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, "blind625", HEADER, CASES)


if __name__ == "__main__":
    main()
