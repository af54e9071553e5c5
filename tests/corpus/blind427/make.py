#!/usr/bin/env python3
"""Blind set 427: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste site answering the
regulator, often informally, plus CSV attachments and plain-text tables.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind427/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

P = [
    "https://pikupload.net/f/Qm7rT2xa",
    "https://pikupload.net/f/Lp4Wn8cE",
    "https://pikupload.net/f/Zt9Kb3Vy",
    "https://pikupload.net/f/Rc2Hd6Uj",
    "https://pikupload.net/f/Yw5Ns1Gq",
    "https://pikupload.net/f/Bv8Mx4Ta",
    "https://pikupload.net/f/Dn3Pq7Lk",
    "https://pikupload.net/f/Gs6Ye2Fo",
    "https://pikupload.net/f/Jk1Uz9Wr",
    "https://pikupload.net/f/Ne7Ci5Hb",
    "https://pikupload.net/folder/Tx4Ra8Mv",
    "https://pikupload.net/folder/Wq2Lo6Sd",
    "https://dl.pikupload.net/f/Hx82LpQe/clip_0912.mp4",
    "https://dl.pikupload.net/f/Ua37KmWz/set_b.zip",
]
P = dict(enumerate(P, 1))
M = {
    1: "https://moraeal.kr/bbs/free/10231",
    2: "https://moraeal.kr/bbs/free/10244",
    3: "https://moraeal.kr/bbs/humor/5530",
    4: "https://moraeal.kr/%EC%9E%90%EB%A3%8C%EC%8B%A4/7781",  # 자료실/7781
    5: "https://moraeal.kr/u/%EB%B0%94%EB%9E%8C%EA%B3%A8",  # u/바람골
}
M4RAW = "https://moraeal.kr/자료실/7781"
M5RAW = "https://moraeal.kr/u/바람골"
D = {
    1: "http://hanbit-toto77.kr/",
    2: "http://sori-archive.kr/gallery/2291",
    3: "http://sori-archive.kr/gallery/2304",
    4: "http://mintcandy-shop.kr/products/44",
}
I = {
    1: "https://imgyard.net/b/res/88213.html",
    2: "https://imgyard.net/v/res/40121.html",
    3: "https://i.imgyard.net/b/1725941102331.jpg",
}
N = {1: "https://dalbit-casino.net/", 2: "https://dalbit-casino2.net/"}
G1 = "https://nightowl-stream.tv/live/kr-09"
T1 = "https://pastenook.io/p/k3Vd9sQ2"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-242702-01", "pikupload", "2024-09-02", "2024-09-09", list(P.values()),
     "non-consensual-imagery", "file host; largest request"),
    ("KCSC-242703-02", "moraeal", "2024-09-03", "2024-09-10", list(M.values()),
     "privacy-exposure", "Korean community forum; two Korean paths"),
    ("KCSC-242703-03", "dodamhost", "2024-09-03", "2024-09-10", list(D.values()),
     "illegal-gambling", "Korean web host; customer sites"),
    ("KCSC-242705-04", "imgyard", "2024-09-05", "2024-09-12", list(I.values()),
     "deepfake-sexual-abuse", "image board"),
    ("KCSC-242706-05", "namewell", "2024-09-06", "2024-09-13", list(N.values()),
     "illegal-gambling", "registrar; whole domains"),
    ("KCSC-242709-06", "gravelcdn", "2024-09-09", "2024-09-16", [G1],
     "illegal-streaming", "CDN with a streaming product"),
    ("KCSC-242710-07", "pastenook", "2024-09-10", "2024-09-17", [T1],
     "personal-data-leak", "one-person paste site"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # req-242702-01


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            rows.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def request_text(ref, name, urls, due):
    lines = [
        f"Dear {name} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "disable access to the content below, which it found unlawful under",
        "Korean law. Please tell us what you did with each link.",
        "",
        f"Reference: {ref}",
        f"Deadline: {due}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def quoted(ref, name, urls, due, intro):
    return intro + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref, name, urls, due))


def outlook(ref, name, to, urls, due, sent):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] Removal request",
        "",
    ]
    return "\n".join(head + request_text(ref, name, urls, due))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.encodebytes(s).decode("ascii")


def alternative(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{boundary}--
"""


def with_csv(text, csv_text, filename, boundary):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


AUTO = ["Auto-Submitted: auto-replied"]
PIK_ALL = {u: "pending" for u in P.values()}
DODAM_ALL = {u: "pending" for u in D.values()}

# ------------------------------------------------------------------- cases

CASES = []


def case(**c):
    # Non-ASCII display names are RFC 2047-encoded, as mail clients send them.
    name = c.get("name_from")
    if name and not name.isascii():
        c["name_from"] = Header(name, "utf-8").encode()
    CASES.append(c)


# ============================ Pikupload (file host, 14 items)

case(
    name="pik-abuse-desk-url-then-status",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply, each link on its own line with the action below it",
    why="four links each followed by its outcome line: three deleted, one already deleted by the uploader",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Wed, 04 Sep 2024 11:42:10 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""Hello,

We went through the links from your notice. First results:

{P[1]}
deleted, uploader account closed

{P[2]}
deleted

{P[3]}
nothing for us to do here, the uploader had deleted this file himself
before your mail reached us

{P[4]}
deleted

The other ten are still with the team. We'll write again when they
are done.

Regards,
Daniel K.
Pikupload Abuse Desk
""",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found", P[4]: "removed"},
)

PIK_CSV = f"""file_id,url,status,action_utc,note
Yw5Ns1Gq,{P[5]},DELETED,2024-09-04 02:11,
Bv8Mx4Ta,{P[6]},DELETED,2024-09-04 02:11,
Dn3Pq7Lk,{P[7]},NOT_FOUND,,no file with this id in storage
Gs6Ye2Fo,{P[8]},DELETED,2024-09-04 02:13,
Jk1Uz9Wr,{P[9]},KEPT,,recorded lecture audio; nothing matching the report
Ne7Ci5Hb,{P[10]},DELETED,2024-09-04 02:15,hash added to block list
"""
case(
    name="pik-csv-attachment-batch",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply sending an exported spreadsheet (CSV) of per-file outcomes",
    why="CSV with a legend in the body: DELETED=removed, NOT_FOUND=not_found, KEPT=reviewed and no violation (rejected)",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Wed, 04 Sep 2024 14:03:55 +0000",
    subject="Re: [KCSC-242702-01] Removal request - batch 2", reply_to_req=req_mid("KCSC-242702-01"),
    raw_mime=with_csv(
        """Hi,

The outcome for the next six links is in the attached sheet.

Status column:
DELETED   - file removed from our storage
NOT_FOUND - there is no such file on our side
KEPT      - we reviewed it and it does not break our terms, so it stays

Daniel
Pikupload Abuse Desk""", PIK_CSV, "kcsc-242702-01_batch2.csv", "=_pik_b2_7781"),
    items={P[5]: "removed", P[6]: "removed", P[7]: "not_found", P[8]: "removed",
           P[9]: "rejected", P[10]: "removed"},
)

case(
    name="pik-folders-one-liner",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin",
    why="both folder links named in one sentence: taken down with all files deleted",
    **{"from": "marta@pikupload.net"}, name_from="Marta (Pikupload)",
    date="Thu, 05 Sep 2024 07:18:02 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""both folders are down ({P[11]}, {P[12]}), every file inside them deleted.

m.
""",
    items={P[11]: "removed", P[12]: "removed"},
)

case(
    name="pik-top-posted-geoblock-and-filename",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply over the quoted request (file host trust & safety)",
    why="clip_0912.mp4 blocked for Korean visitors (restricted); set_b.zip, named by its file name only, deleted (removed); quoted request changes nothing",
    **{"from": "jun@pikupload.net"}, name_from="Jun (Pikupload Trust & Safety)",
    date="Thu, 05 Sep 2024 09:30:41 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""Hi KCSC team,

{P[13]} is now geo-blocked: visitors from South Korea get a 451 page. We had no other complaint about it and the uploader is outside Korea, so that is what we did for this one.

The other dl link (set_b.zip) has been deleted from storage.

Jun
Pikupload Trust & Safety

""" + quoted("KCSC-242702-01", "Pikupload", list(P.values()), "2024-09-09",
             "On Mon, 2 Sep 2024 at 17:05, KCSC Takedown <takedown@kcsc.example> wrote:"),
    items={P[13]: "restricted", P[14]: "removed"},
)

case(
    name="pik-plain-text-table",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply with a fixed-width plain-text table and a footnote",
    why="table rows: two removed, one blocked in KR (restricted), one 'no action' explained by footnote as breaking no rule (rejected), one removed",
    **{"from": "support@pikupload.net"}, name_from="Pikupload Support",
    date="Thu, 05 Sep 2024 12:00:09 +0000",
    subject="[PU-20240902-118] Update on your report KCSC-242702-01",
    body=f"""Ticket PU-20240902-118 / your reference KCSC-242702-01

 #  | link                                              | action        | date
----+---------------------------------------------------+---------------+-----------
 1  | {P[1]}                  | removed       | 2024-09-04
 2  | {P[2]}                  | removed       | 2024-09-04
 5  | {P[5]}                  | blocked in KR | 2024-09-05
 6  | {P[6]}                  | no action (1) | -
 13 | {P[13]} | removed       | 2024-09-05

(1) Reviewed by two staff members. The file is a trailer of an old
public-domain film; it does not break our terms and stays online.

--
Pikupload Support
""",
    items={P[1]: "removed", P[2]: "removed", P[5]: "restricted", P[6]: "rejected", P[13]: "removed"},
)

PIK_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Below is the status of the remaining links from request KCSC-242702-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Status</th><th>Comment</th></tr>
<tr><td><a href="{P[7]}">{P[7]}</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="{P[8]}">{P[8]}</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="{P[11]}">{P[11]}</a></td><td>Disabled</td><td>folder and its 23 files</td></tr>
<tr><td><a href="{P[12]}">{P[12]}</a></td><td>Not found</td><td>invalid link, no folder with this id</td></tr>
</table>
<p>To appeal a decision, the uploader can use <a href="https://pikupload.net/help/appeals">https://pikupload.net/help/appeals</a>.</p>
<p>Pikupload Abuse Desk</p>
</body></html>"""
PIK_PLAIN = f"""Hello,

Below is the status of the remaining links from request KCSC-242702-01.

Link | Status | Comment
{P[7]} | Removed |
{P[8]} | Removed |
{P[11]} | Disabled | folder and its 23 files
{P[12]} | Not found | invalid link, no folder with this id

To appeal a decision, the uploader can use https://pikupload.net/help/appeals.

Pikupload Abuse Desk"""
case(
    name="pik-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="HTML status table from a helpdesk, quoted-printable, with an appeals link",
    why="table: two removed, folder disabled (removed), folder not found (invalid link); the appeals help page is not an item",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Fri, 06 Sep 2024 08:15:30 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    raw_mime=alternative(PIK_PLAIN, PIK_HTML, "=_pik_tbl_0906"),
    items={P[7]: "removed", P[8]: "removed", P[11]: "removed", P[12]: "not_found"},
)

case(
    name="pik-korean-fullwidth-comma",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support reply from a foreign file host",
    why="two URLs joined by a full-width comma, deleted (removed); a third, with 의 attached, already deleted by the uploader (not_found)",
    **{"from": "support-kr@pikupload.net"}, name_from="픽업로드 고객지원",
    date="Fri, 06 Sep 2024 10:02:11 +0900",
    subject="Re: [KCSC-242702-01] 삭제 요청 처리 결과", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""안녕하세요, 픽업로드 고객지원팀입니다.

요청번호 KCSC-242702-01 관련하여 아래와 같이 처리하였습니다.

{P[9]}，{P[10]} 두 파일은 9월 5일 자로 삭제되었습니다.
{P[8]}의 경우 업로더가 먼저 지운 파일이라 저희 쪽에 남아 있는 것이 없습니다.

감사합니다.
픽업로드 고객지원팀 드림
""",
    items={P[9]: "removed", P[10]: "removed", P[8]: "not_found"},
)

case(
    name="pik-outlook-url-below-heading",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal inbox: statement line ending in ':' with the URL on the next line, original message below",
    why="set_b.zip disabled (removed); Rc2Hd6Uj could not be located (not_found); the request below -----Original Message----- changes nothing",
    **{"from": "legal@pikupload.net"}, name_from="Pikupload Legal",
    date="Mon, 09 Sep 2024 06:44:00 +0000",
    subject="RE: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""Hello,

The following file has been disabled and can no longer be downloaded:
{P[14]}

The following file could not be located on our servers:
{P[4]}

Best regards,
Pikupload Legal

""" + outlook("KCSC-242702-01", "Pikupload", "abuse@pikupload.net", list(P.values()), "2024-09-09",
              "Monday, September 2, 2024 5:05 PM"),
    items={P[14]: "removed", P[4]: "not_found"},
)

case(
    name="pik-bulk-all-removed",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short abuse-desk closing note covering the whole report",
    why="'all 14 files ... removed' names none of them, for a 14-item request: bulk, items stay pending",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Tue, 10 Sep 2024 03:20:45 +0000",
    subject="Re: [KCSC-242702-01] Removal request - closed", reply_to_req=req_mid("KCSC-242702-01"),
    body="""Hi,

All 14 files listed in your request KCSC-242702-01 have now been removed and
the uploader's account has been terminated. We are closing the ticket.

Daniel
Pikupload Abuse Desk
""",
    items=PIK_ALL,
)

case(
    name="pik-queued-for-purge",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse-desk reply promising deletion at the next purge run",
    why="'queued for deletion ... will be removed' is a promise, not a statement: items stay pending",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Tue, 03 Sep 2024 16:10:00 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""Thanks for the report.

We have queued {P[1]} and {P[2]} for deletion. They will be removed in the
next purge run, normally within 24 hours, and we will confirm once that
has happened.

Daniel
Pikupload Abuse Desk
""",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="pik-helpdesk-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="helpdesk SaaS reply sent in the platform's name without aligned DKIM/SPF",
    why="From pikupload.net but DMARC fails: statements are not applied",
    **{"from": "support@pikupload.net"}, name_from="Pikupload Support", auth="fail",
    date="Wed, 04 Sep 2024 05:55:21 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    body=f"""Hello,

The following links have been removed:

- {P[1]}
- {P[2]}
- {P[3]}

Kind regards,
Pikupload Support
Sent via Deskly
""",
    items={P[1]: "pending", P[2]: "pending", P[3]: "pending"},
)

case(
    name="pik-policy-announcement",
    outcome="review", review="no_claims",
    imitates="notice from a file host to reporters about a new abuse web form",
    why="trusted platform mail naming no requested item and no request",
    **{"from": "noreply@pikupload.net"}, name_from="Pikupload",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject="Changes to how Pikupload handles abuse reports",
    body="""Hello,

You are receiving this because you have sent abuse reports to Pikupload in
the last twelve months.

From 1 October 2024, please file reports through the form at
https://pikupload.net/abuse/report. The form lets you list up to 500 links
at once and shows the status of each report at https://pikupload.net/abuse/status.

Reports sent by email will still be read, but more slowly.

The Pikupload team
""",
    items={},
)

PIK_CSV_REVIEW = f"""url,state,updated
{P[11]},IN_REVIEW,2024-09-04
{P[12]},IN_REVIEW,2024-09-04
{P[13]},ESCALATED_TO_LEGAL,2024-09-04
"""
case(
    name="pik-csv-still-in-review",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="export of open abuse cases attached to an interim reply",
    why="the CSV says IN_REVIEW / ESCALATED for three named links: no status, items pending",
    **{"from": "abuse@pikupload.net"}, name_from="Pikupload Abuse",
    date="Wed, 04 Sep 2024 09:12:40 +0000",
    subject="Re: [KCSC-242702-01] Removal request", reply_to_req=req_mid("KCSC-242702-01"),
    raw_mime=with_csv("""Hi,

Current state of three of the links is in the attached export. We have
not decided on them yet.

Pikupload Abuse Desk""", PIK_CSV_REVIEW, "open_cases.csv", "=_pik_open_0904"),
    items={P[11]: "pending", P[12]: "pending", P[13]: "pending"},
)

case(
    name="pik-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-acknowledgement: ticket opened",
    why="automatic receipt with a ticket number, no statement about any item",
    **{"from": "support@pikupload.net"}, name_from="Pikupload Support",
    date="Mon, 02 Sep 2024 08:05:31 +0000",
    subject="[PU-20240902-118] We received your message: [KCSC-242702-01] Removal request",
    reply_to_req=req_mid("KCSC-242702-01"), extra_headers=AUTO,
    body="""##- Please type your reply above this line -##

This is an automatic confirmation that we received your message and opened
ticket PU-20240902-118.

Our abuse team answers most reports within three business days. To add
information, reply to this email and keep the ticket number in the subject.

Pikupload Support
""",
    items={},
)

# ============================ 모래알 커뮤니티 (Korean forum, 5 items)

case(
    name="moraeal-admin-one-line",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small Korean forum's administrator",
    why="one URL, '글 삭제했습니다' (removed); the rest 'being checked' names nothing",
    **{"from": "admin@moraeal.kr"}, name_from="모래알 운영자",
    date="Wed, 04 Sep 2024 22:47:13 +0900",
    subject="Re: [KCSC-242703-02] 게시물 삭제 요청", reply_to_req=req_mid("KCSC-242703-02"),
    body=f"""{M[1]} 글 삭제했습니다.
나머지는 확인 중이에요.

-- 모래알 운영자 드림
""",
    items={M[1]: "removed"},
)

case(
    name="moraeal-numbered-korean",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operations team's 처리 결과 notice, numbered",
    why="게시중단 (removed), 작성자가 이미 삭제 (not_found), 블라인드 (removed), 게시 유지 with reason (rejected) for a raw Korean path",
    **{"from": "help@moraeal.kr"}, name_from="모래알 커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    subject="[모래알] 게시물 조치 결과 안내 (KCSC-242703-02)", reply_to_req=req_mid("KCSC-242703-02"),
    body=f"""안녕하세요. 모래알 커뮤니티 운영팀입니다.
요청하신 게시물의 처리 결과를 알려드립니다.

1. {M[1]} - 게시중단
2. {M[2]} - 작성자가 이미 삭제한 게시물입니다
3. {M[3]} - 블라인드 처리
4. {M4RAW} - 신고 사유에 해당하지 않는다고 판단하여 게시를 유지합니다 (공개된 행사 안내글이며 개인정보가 포함되어 있지 않습니다)

운영정책은 https://moraeal.kr/policy 에서 보실 수 있습니다.
추가 문의는 이 메일로 회신해 주세요.
""",
    items={M[1]: "removed", M[2]: "not_found", M[3]: "removed", M[4]: "rejected"},
)

case(
    name="moraeal-member-suspended",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin reply about a member's profile page",
    why="member at the raw-Korean profile URL suspended and every post made private (비공개): removed",
    **{"from": "admin@moraeal.kr"}, name_from="모래알 운영자",
    date="Fri, 06 Sep 2024 13:05:44 +0900",
    subject="Re: [KCSC-242703-02] 게시물 삭제 요청", reply_to_req=req_mid("KCSC-242703-02"),
    body=f"""안녕하세요.

{M5RAW} 회원은 오늘부로 이용정지했고, 이 회원이 쓴 글은 전부 비공개 처리했습니다.
프로필 페이지도 이제 열리지 않습니다.

모래알 운영자
""",
    items={M[5]: "removed"},
)

MOR_HTML = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-242703-02)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{M[2]}">{M[2]}</a></td><td>임시조치(30일)</td><td>2024.09.06</td></tr>
<tr><td>2</td><td><a href="{M[3]}">{M[3]}</a></td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>3</td><td><a href="{M[5]}">{M5RAW}</a></td><td>이용해지</td><td>2024.09.06</td></tr>
</table>
<p>모래알 커뮤니티 운영팀</p>
</body></html>
"""
case(
    name="moraeal-html-table-base64",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, HTML sent base64-encoded",
    why="임시조치 (restricted), 삭제 (removed), 이용해지 of the member (removed)",
    **{"from": "help@moraeal.kr"}, name_from="모래알 커뮤니티 운영팀",
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    subject="시정요구 조치결과 회신 (KCSC-242703-02)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(MOR_HTML),
    items={M[2]: "restricted", M[3]: "removed", M[5]: "removed"},
)

case(
    name="moraeal-done-and-promise",
    outcome="applied", classification="confirmation",
    imitates="informal Korean admin reply, particle attached to the URL",
    why="자료실/7781 삭제 완료 (removed, URL followed by 은); free/10244 only to be handled after hearing the author (pending)",
    **{"from": "admin@moraeal.kr"}, name_from="모래알 운영자",
    date="Sat, 07 Sep 2024 09:11:20 +0900",
    subject="Re: [KCSC-242703-02] 게시물 삭제 요청", reply_to_req=req_mid("KCSC-242703-02"),
    body=f"""안녕하세요, 모래알 운영자입니다.

{M4RAW}은 삭제 완료했습니다.
{M[2]} 는 작성자 소명을 들어 본 뒤에 조치할 예정입니다. 다음 주 중에 다시 알려드릴게요.
""",
    items={M[4]: "removed", M[2]: "pending"},
)

case(
    name="moraeal-admin-personal-gmail",
    outcome="review", review="unknown_sender",
    imitates="small-forum admin answering from a personal webmail address",
    why="statements about two requested URLs from gmail.com, not a platform domain",
    **{"from": "moraeal.admin@gmail.com"}, name_from="모래알 관리자",
    date="Thu, 05 Sep 2024 23:58:01 +0900",
    subject="Re: [KCSC-242703-02] 게시물 삭제 요청",
    body=f"""사이트 메일이 잠깐 안 돼서 개인 메일로 답장드립니다.

요청하신 다섯 개 중 {M[1]}, {M[3]} 두 개는 삭제했습니다.
""",
    items={M[1]: "pending", M[3]: "pending"},
)

case(
    name="moraeal-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    **{"from": "admin@moraeal.kr"}, name_from="모래알 운영자",
    date="Tue, 03 Sep 2024 18:00:02 +0900",
    subject="[자동응답] 부재중입니다 Re: [KCSC-242703-02] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-242703-02"), extra_headers=AUTO,
    body="""안녕하세요. 자동응답 메일입니다.

9월 3일부터 9월 4일까지 개인 사정으로 메일 확인이 어렵습니다.
급한 게시물 신고는 사이트의 신고 게시판(https://moraeal.kr/bbs/report)을 이용해 주세요.
""",
    items={},
)

# ============================ 도담호스팅 (Korean web host, 4 items)

case(
    name="dodam-korean-suspend-and-promise",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting provider abuse team's 회신, ' : ' after each URL",
    why="hosting account of hanbit-toto77.kr suspended, site unreachable (removed); mintcandy page only to be blocked if the customer does not act (pending)",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="도담호스팅 어뷰즈대응팀",
    date="Wed, 04 Sep 2024 15:22:10 +0900",
    subject="Re: [KCSC-242703-03] 불법정보 삭제 요청", reply_to_req=req_mid("KCSC-242703-03"),
    body=f"""안녕하세요, 도담호스팅 어뷰즈 대응 담당자입니다.
귀 위원회의 요청(KCSC-242703-03)에 대해 다음과 같이 회신드립니다.

- {D[1]} : 약관 위반(불법 도박)으로 호스팅 계정을 정지하였으며, 현재 해당 사이트는 접속되지 않습니다.
- {D[4]} : 고객사에 삭제를 요청하였고, 48시간 안에 조치되지 않으면 당사가 직접 차단할 예정입니다.

sori-archive.kr 두 건은 확인 후 별도로 회신드리겠습니다.

도담호스팅 어뷰즈대응팀
""",
    items={D[1]: "removed", D[4]: "pending"},
)

case(
    name="dodam-english-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply with URLs in angle brackets on their own lines",
    why="customer removed both named gallery pages, now 404 (removed)",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="Dodam Hosting Abuse",
    date="Thu, 05 Sep 2024 14:31:00 +0900",
    subject="Re: [KCSC-242703-03] Removal request", reply_to_req=req_mid("KCSC-242703-03"),
    body=f"""Hi,

Our customer has removed the two gallery pages you reported:

<{D[2]}>
<{D[3]}>

Both now return 404 from our server; we checked at 14:20 KST.

Kind regards,
Minho Seo
Abuse desk, Dodam Hosting
""",
    items={D[2]: "removed", D[3]: "removed"},
)

DODAM_QP = f"""안녕하세요. 도담호스팅입니다.

sori-archive.kr 관련 처리 결과입니다.

{D[2]} → 삭제 완료 (9/5 11:02)
{D[3]} → 해당 경로가 서버에 존재하지 않음 (404, 고객 확인 결과 애초에 업로드된 적 없는 주소)

감사합니다.
"""
case(
    name="dodam-qp-korean-arrows",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting reply sent quoted-printable, '→' between URL and result",
    why="2291 삭제 완료 (removed); 2304 path does not exist, never uploaded (not_found)",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="도담호스팅 어뷰즈대응팀",
    date="Thu, 05 Sep 2024 16:05:09 +0900",
    subject="Re: [KCSC-242703-03] 불법정보 삭제 요청", reply_to_req=req_mid("KCSC-242703-03"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(DODAM_QP),
    items={D[2]: "removed", D[3]: "not_found"},
)

DODAM_B64 = f"""Thank you for your report, ticket DH-55102 has been opened for it.

{D[4]} -- the product page was taken down by the site owner after our
notice. We confirmed it offline on 2024-09-06 at 10:05 KST.

Dodam Hosting Abuse Desk
"""
case(
    name="dodam-base64-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with an acknowledgement sentence and a result, base64 body",
    why="acknowledgement phrase plus an unhedged statement: the product page was taken down (removed)",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="Dodam Hosting Abuse",
    date="Fri, 06 Sep 2024 10:40:12 +0900",
    subject="[DH-55102] Re: [KCSC-242703-03] Removal request", reply_to_req=req_mid("KCSC-242703-03"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(DODAM_B64),
    items={D[4]: "removed"},
)

case(
    name="dodam-asks-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean host asking for an official letter (공문) before acting",
    why="asks for a sealed official letter before acting; no status",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="도담호스팅 어뷰즈대응팀",
    date="Wed, 04 Sep 2024 09:15:00 +0900",
    subject="Re: [KCSC-242703-03] 불법정보 삭제 요청", reply_to_req=req_mid("KCSC-242703-03"),
    body="""안녕하세요, 도담호스팅입니다.

요청하신 4건과 관련하여, 당사 정책상 고객 사이트에 대한 조치에는 기관 직인이 날인된
공문 사본이 필요합니다. 공문을 첨부하여 이 메일로 회신해 주시면 확인 후 조치하겠습니다.

도담호스팅 어뷰즈대응팀
""",
    items={},
)

case(
    name="dodam-korean-bulk",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-sentence Korean completion notice for the whole request",
    why="'요청하신 게시물 모두 삭제' names no item, for a 4-item request: bulk",
    **{"from": "abuse@dodamhosting.co.kr"}, name_from="도담호스팅 어뷰즈대응팀",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-242703-03] 불법정보 삭제 요청", reply_to_req=req_mid("KCSC-242703-03"),
    body="""안녕하세요.

요청하신 게시물은 모두 삭제 조치 완료하였습니다.
감사합니다.

도담호스팅 어뷰즈대응팀
""",
    items=DODAM_ALL,
)

DSN_B = "=_dsn_dodam_0903"
case(
    name="dodam-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report), user unknown",
    why="a bounce of our request to an old abuse address",
    **{"from": "MAILER-DAEMON@mail.dodamhosting.co.kr"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{DSN_B}"

--{DSN_B}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dodamhosting.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dodamhosting.co.kr>: unknown user: "abuse-kr"

--{DSN_B}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dodamhosting.co.kr
Arrival-Date: Tue,  3 Sep 2024 10:01:11 +0900

Final-Recipient: rfc822; abuse-kr@dodamhosting.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-kr"

--{DSN_B}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dodamhosting.co.kr
Subject: [KCSC-242703-03] Removal request
Message-ID: <{req_mid("KCSC-242703-03")}@kcsc.example>
Date: Tue, 3 Sep 2024 10:00:58 +0900

--{DSN_B}--
""",
    items={},
)

# ============================ ImgYard (image board, 3 items)

case(
    name="imgyard-janitor-one-line",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's one-line answer",
    why="thread URL deleted and poster banned (removed)",
    **{"from": "janitors@imgyard.net"}, name_from="janny",
    date="Thu, 05 Sep 2024 20:14:51 +0000",
    subject="Re: [KCSC-242705-04] Removal request", reply_to_req=req_mid("KCSC-242705-04"),
    body=f"""deleted {I[1]} and banned the poster for 30 days
""",
    items={I[1]: "removed"},
)

case(
    name="imgyard-purged-and-kept",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator reply: one file purged, one thread left up with reasons",
    why="image purged and hash-banned (removed); /v/ thread left up as it breaks no rule (rejected)",
    **{"from": "mods@imgyard.net"}, name_from="ImgYard mod team",
    date="Fri, 06 Sep 2024 02:40:33 +0000",
    subject="Re: [KCSC-242705-04] Removal request", reply_to_req=req_mid("KCSC-242705-04"),
    body=f"""Hi,

{I[3]} - file purged and hash-banned.

{I[2]} - we looked at it and are leaving it up. It's a discussion of a
news article, there are no images of the person and no personal info
in it. Doesn't break any rule here.

-- mod team
""",
    items={I[3]: "removed", I[2]: "rejected"},
)

case(
    name="imgyard-thread-pruned",
    outcome="applied", classification="confirmation",
    imitates="image-board admin explaining a thread fell off the board",
    why="thread no longer exists, pruned before the request arrived: not_found",
    **{"from": "admin@imgyard.net"}, name_from="ImgYard admin",
    date="Fri, 06 Sep 2024 11:09:00 +0000",
    subject="Re: [KCSC-242705-04] Removal request", reply_to_req=req_mid("KCSC-242705-04"),
    body=f"""Thread {I[2]} doesn't exist anymore. /v/ only keeps 150
threads, it fell off the last page and was pruned before your mail came in.
There's nothing left on our side to remove.

admin
""",
    items={I[2]: "not_found"},
)

case(
    name="imgyard-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="board software's closed-report notification echoing the report fields",
    why="Resolution: deleted, file purged, for the named post (removed)",
    **{"from": "reports@imgyard.net"}, name_from="ImgYard reports",
    date="Fri, 06 Sep 2024 04:02:17 +0000",
    subject="Report #5521 closed",
    body=f"""Report #5521 has been closed.

----------------------------------------
Board:        /b/
Post:         {I[3]}
Reported by:  takedown@kcsc.example
Reason:       illegal content (KCSC-242705-04)
Resolution:   deleted, file purged
Handled by:   janny_07
----------------------------------------

This is a notification from the ImgYard report queue.
""",
    items={I[3]: "removed"},
)

case(
    name="imgyard-moved-behind-age-gate",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator moving a thread to an 18+ gated board",
    why="thread moved behind the 18+ gate, not visible without age verification: restricted",
    **{"from": "mods@imgyard.net"}, name_from="ImgYard mod team",
    date="Sat, 07 Sep 2024 15:30:00 +0000",
    subject="Re: [KCSC-242705-04] Removal request", reply_to_req=req_mid("KCSC-242705-04"),
    body=f"""hello,
we moved {I[2]} to /hv/, which is behind our 18+ gate.
it's no longer visible to anyone who hasn't passed age verification.
-- mods
""",
    items={I[2]: "restricted"},
)

case(
    name="imgyard-hedged-maybe-pruned",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="casual janitor reply guessing at what happened",
    why="'might already be gone, probably pruned?' and 'will check' are hedges: items pending",
    **{"from": "janitors@imgyard.net"}, name_from="janny",
    date="Thu, 05 Sep 2024 18:22:00 +0000",
    subject="Re: [KCSC-242705-04] Removal request", reply_to_req=req_mid("KCSC-242705-04"),
    body=f"""looks like both threads might already be gone, probably pruned?
{I[1]}
{I[2]}
will check with the other jannies and get back to you
""",
    items={I[1]: "pending", I[2]: "pending"},
)

MDN_B = "=_mdn_imgyard_0905"
case(
    name="imgyard-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird-style message disposition notification",
    why="read receipt (MDN) for our request",
    **{"from": "janitors@imgyard.net"}, name_from="janny",
    date="Thu, 05 Sep 2024 12:40:00 +0000",
    subject="Read: [KCSC-242705-04] Removal request",
    reply_to_req=req_mid("KCSC-242705-04"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{MDN_B}"

--{MDN_B}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to janitors@imgyard.net.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--{MDN_B}
Content-Type: message/disposition-notification

Reporting-UA: janny-laptop; Thunderbird 115.14.0
Final-Recipient: rfc822;janitors@imgyard.net
Original-Message-ID: <{req_mid("KCSC-242705-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{MDN_B}--
""",
    items={},
)

# ============================ Namewell (registrar, 2 items)

case(
    name="namewell-clienthold-and-unregistered",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reply per domain: clientHold / not registered",
    why="dalbit-casino.net on clientHold, no longer resolves (removed); dalbit-casino2.net not registered at all (not_found)",
    **{"from": "abuse@namewell.com"}, name_from="Namewell Domain Abuse",
    date="Mon, 09 Sep 2024 02:15:40 +0000",
    subject="Re: [KCSC-242706-05] Removal request", reply_to_req=req_mid("KCSC-242706-05"),
    body=f"""Dear Sir or Madam,

Thank you for your report concerning the domain names below.

dalbit-casino.net ({N[1]})
Action taken: the domain has been placed on clientHold and no longer
resolves.

dalbit-casino2.net ({N[2]})
Action taken: none possible. This name is not registered at present;
there is no registration record for it with us or at the registry.

Namewell Domain Abuse Team
""",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="namewell-both-suspended",
    outcome="applied", classification="confirmation",
    imitates="registrar suspension notice listing each domain in angle brackets",
    why="both domains, each named, suspended (removed)",
    **{"from": "compliance@namewell.com"}, name_from="Namewell Compliance",
    date="Wed, 11 Sep 2024 07:00:00 +0000",
    subject="Domain suspension - your reference KCSC-242706-05",
    body=f"""Hello,

Following your complaint, both domains below were suspended today under
section 7 of our registration agreement (illegal gambling). They no
longer resolve.

<{N[1]}>
<{N[2]}>

The registrant has been informed and may contest the suspension through
https://namewell.com/legal/disputes.

Namewell Compliance
""",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="namewell-about-cdn-item",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="registrar answering about a domain whose content request went to a CDN",
    why="Namewell states a status for the URL of the Gravel CDN request",
    **{"from": "abuse@namewell.com"}, name_from="Namewell Domain Abuse",
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject="Re: [KCSC-242709-06] nightowl-stream.tv", reply_to_req=req_mid("KCSC-242709-06"),
    body=f"""Hello,

Regarding {G1}: the domain nightowl-stream.tv is registered
through Namewell. We have suspended it and it no longer resolves.

Namewell Domain Abuse Team
""",
    items={G1: "pending"},
)

case(
    name="namewell-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply",
    why="out-of-office auto-reply",
    **{"from": "r.ivers@namewell.com"}, name_from="Rachel Ivers",
    date="Fri, 06 Sep 2024 09:00:12 +0000",
    subject="Automatic reply: [KCSC-242706-05] Removal request",
    reply_to_req=req_mid("KCSC-242706-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

For urgent abuse matters please write to abuse@namewell.com.
""",
    items={},
)

# ============================ Gravel CDN (1 item)

case(
    name="gravel-geoblocked-korea",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety reply for content on its own streaming product",
    why="access from Korea blocked at the edge, available elsewhere: restricted",
    **{"from": "trust-safety@gravelcdn.com"}, name_from="Gravel CDN Trust & Safety",
    date="Tue, 10 Sep 2024 18:05:00 +0000",
    subject="Re: [KCSC-242709-06] Removal request", reply_to_req=req_mid("KCSC-242709-06"),
    body=f"""Hello,

We have reviewed your report. The URL {G1} is served
from our Gravel Stream product. Access to it from the Republic of Korea
has been blocked at our edge since 2024-09-10 09:00 UTC, in line with local
law. It remains reachable from other countries.

Gravel CDN Trust & Safety
""",
    items={G1: "restricted"},
)

case(
    name="gravel-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="CDN closing note answering a one-item request without repeating the URL",
    why="one-item request; 'the stream you reported ... has been disabled' names it unambiguously: removed",
    **{"from": "trust-safety@gravelcdn.com"}, name_from="Gravel CDN Trust & Safety",
    date="Fri, 13 Sep 2024 06:25:00 +0000",
    subject="Re: [KCSC-242709-06] Removal request", reply_to_req=req_mid("KCSC-242709-06"),
    body="""Hello,

The live stream you reported under KCSC-242709-06 has been disabled on our
network worldwide and the customer's streaming account has been suspended.

Gravel CDN Trust & Safety
""",
    items={G1: "removed"},
)

case(
    name="gravel-not-the-host",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, complaint forwarded to the host' reply",
    why="no status: the CDN only forwarded the complaint to the hosting provider",
    **{"from": "abuse@gravelcdn.com"}, name_from="Gravel CDN Abuse",
    date="Mon, 09 Sep 2024 23:10:00 +0000",
    subject="Re: [KCSC-242709-06] Removal request", reply_to_req=req_mid("KCSC-242709-06"),
    body=f"""Hello,

Gravel CDN is a pass-through network for this website and does not host
{G1}. We cannot remove content that is stored elsewhere.

We have forwarded your complaint to the hosting provider (Hexaport
Hosting, abuse@hexaport.example) and to the website owner. You may also
contact the host directly.

More on how we handle reports: https://gravelcdn.com/trust/abuse

Gravel CDN Abuse
""",
    items={G1: "pending"},
)

# ============================ PasteNook (1 item)

case(
    name="pastenook-sole-informal",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner's two-line reply over the quoted request",
    why="one-item request; 'Removed it and banned the account' (removed); the URL only in the quoted request",
    **{"from": "theo@pastenook.io"}, name_from="Theo",
    date="Wed, 11 Sep 2024 01:12:00 +0000",
    subject="Re: [KCSC-242710-07] Removal request", reply_to_req=req_mid("KCSC-242710-07"),
    body="""Removed it and banned the account. Sorry it took a day.

Theo

""" + quoted("KCSC-242710-07", "PasteNook", [T1], "2024-09-17",
             "On Tue, 10 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:"),
    items={T1: "removed"},
)

case(
    name="pastenook-conditional",
    outcome="review", review="not_understood",
    imitates="one-person service owner's conditional promise",
    why="'if the paste is still up I'll pull it tonight' is a condition and a promise: pending",
    **{"from": "theo@pastenook.io"}, name_from="Theo",
    date="Tue, 10 Sep 2024 14:40:00 +0000",
    subject="Re: [KCSC-242710-07] Removal request", reply_to_req=req_mid("KCSC-242710-07"),
    body=f"""hey, saw this late. {T1} right? if it's still up I'll pull it tonight.

Theo
""",
    items={T1: "pending"},
)

BNC_B = "=_dsn_kcsc_0912"
case(
    name="pastenook-our-mta-gave-up",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's delayed-then-failed DSN for the request to the paste site",
    why="bounce from our own mail system; the quoted request is not a statement",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Thu, 12 Sep 2024 11:00:30 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{BNC_B}"

--{BNC_B}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

Your message could not be delivered after 2 days of attempts.

<abuse@pastenook.io>: host mx.pastenook.io[203.0.113.44] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--{BNC_B}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 11:00:01 +0900

Final-Recipient: rfc822; abuse@pastenook.io
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.pastenook.io
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--{BNC_B}
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastenook.io
Subject: [KCSC-242710-07] Removal request
Message-ID: <{req_mid("KCSC-242710-07")}@kcsc.example>
Date: Tue, 10 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_text("KCSC-242710-07", "PasteNook", [T1], "2024-09-17")) + f"""

--{BNC_B}--
""",
    items={},
)

HEADER = """# Blind set 427 (tests/corpus/blind427/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a one-person
# paste site, often answering informally; CSV attachments and plain-text
# tables. Generated by make.py; expected results written from each email's
# meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind427", HEADER, CASES)


if __name__ == "__main__":
    main()
