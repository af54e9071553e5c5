#!/usr/bin/env python3
"""Blind corpus set 277: hosting providers, a CDN, a registrar, a Korean
forum, an image board, a file host and a paste site answering the
regulator, often informally, plus CSV attachments and plain-text tables.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind277/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
F = {
    1: "https://fileboxx.io/f/Qm7rT2kd",
    2: "https://fileboxx.io/f/Lp3xW9aa",
    3: "https://fileboxx.io/f/Zt8nB4qe",
    4: "https://fileboxx.io/f/Hc2vK6ms",
    5: "https://fileboxx.io/f/Rw5jD1op",
    6: "https://fileboxx.io/f/Ye9uG3tc",
    7: "https://fileboxx.io/f/Nb4sF7lx",
    8: "https://fileboxx.io/f/Ua6kP0wz",
    9: "https://fileboxx.io/d/Vg1hM8rn",
    10: "https://fileboxx.io/d/Ki3oC5ye",
    11: "https://fileboxx.io/f/Xs0qJ2bv",
    12: "https://fileboxx.io/f/Ej7mT4gu",
    13: "https://fileboxx.io/f/Oa9wR6hk",
    14: "https://fileboxx.io/f/Td2lZ8pf",
}
M = {
    1: "https://mokbo.kr/board/free/58213",
    2: "https://mokbo.kr/board/free/58240",
    3: "https://mokbo.kr/board/%EC%9E%A5%ED%84%B0/1102",  # /board/장터/1102
    4: "https://mokbo.kr/gallery/view?id=77120",
    5: "https://mokbo.kr/board/humor/90031",
}
M3_RAW = "https://mokbo.kr/board/장터/1102"
P = {
    1: "https://pinchan.org/b/res/88123.html",
    2: "https://pinchan.org/b/res/88140.html",
    3: "https://pinchan.org/kr/res/40512.html",
    4: "https://pinchan.org/kr/res/40577.html",
}
H = {
    1: "http://lucky-slot77.kr/event/bonus.php",
    2: "https://daebak-toto.co.kr/",
    3: "https://mall.greenpill-kr.com/products/view/31",
}
E = {
    1: "https://casino-royal99.net/",
    2: "https://pillsnow-kr.com/shop/item?id=42",
}
D = {
    1: "http://bet-heaven365.com/",
    2: "http://fake-idcards.net/order",
}
K = {1: "https://pastenook.com/p/8Jd2Lx0Q"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "filebox", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [F[i] for i in range(1, 15)], "obscenity", "file host, 12 files and 2 folders"),
    ("KCSC-240904-02", "mokbo", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [M[i] for i in range(1, 6)], "defamation", "Korean forum posts"),
    ("KCSC-240905-03", "pinchan", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [P[i] for i in range(1, 5)], "privacy", "image board threads"),
    ("KCSC-240906-04", "hanbit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [H[i] for i in range(1, 4)], "gambling", "customer sites on a Korean host"),
    ("KCSC-240909-05", "edgeveil", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [E[i] for i in range(1, 3)], "drugs", "sites behind a CDN"),
    ("KCSC-240910-06", "dotline", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [D[i] for i in range(1, 3)], "illegal_goods", "domains at a registrar"),
    ("KCSC-240911-07", "pastenook", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[1]], "privacy", "one paste"),
]


def msgid(ref):
    return f"req-{ref}"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def request_text_en(ref, urls, to_name):
    lines = [
        f"Dear {to_name},",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"the following content, which is illegal under Korean law (ref {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us what action you have taken within seven days.", "",
              "KCSC Takedown Desk"]
    return lines


def request_text_ko(ref, urls):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        f"아래 게시물은 관련 법령에 위반되는 정보로 판단되어 삭제를 요청드립니다 ({ref}).",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


FB_REQ = request_text_en("KCSC-240903-01", [F[i] for i in range(1, 15)], "Filebox team")
MK_REQ = request_text_ko("KCSC-240904-02", [M3_RAW if i == 3 else M[i] for i in range(1, 6)])

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ====================== Filebox (file host, KCSC-240903-01, 14 items)
case(
    name="fb-abuse-desk-numbered-mixed",
    **{"from": "abuse@fileboxx.io"}, name_from="Filebox Abuse Team",
    date="Wed, 04 Sep 2024 16:42:10 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your notice. Our abuse team has gone through the first part
of your list. Results for the links handled so far:

1. {F[1]} - file deleted, uploader account suspended
2. {F[2]} - file deleted
3. {F[3]} - no file exists under this link (the ID was never issued)
4. {F[4]} - file deleted
5. {F[5]} - reviewed; this is a public-domain document and does not
   break our Terms of Service, so the file stays online

A colleague is still checking the remaining links and will write to you
separately.

Regards,
Tomas
Filebox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a numbered per-link result list",
    why="five links each with an unhedged result: three deleted, one never existed, one kept as no violation",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "rejected"},
)

FB_CSV = "\n".join([
    "reported_url,file_id,status,processed_at_utc",
    f"{F[6]},Ye9uG3tc,REMOVED,2024-09-05 02:14",
    f"{F[7]},Nb4sF7lx,REMOVED,2024-09-05 02:14",
    f"{F[8]},Ua6kP0wz,NOT_FOUND,",
    f"{F[9]},Vg1hM8rn,GEOBLOCK_KR,2024-09-05 02:20",
    f"{F[10]},Ki3oC5ye,REMOVED,2024-09-05 02:21",
    f"{F[11]},Xs0qJ2bv,NO_ACTION,",
]) + "\n"
case(
    name="fb-csv-attachment-status-codes",
    **{"from": "compliance@fileboxx.io"}, name_from="Filebox Compliance",
    date="Thu, 05 Sep 2024 04:30:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - outcome",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "=_fbx_5521", [
        single("text/plain; charset=utf-8", "8bit", """Hi,

Please find attached the outcome for the links from your request
KCSC-240903-01 that our team processed overnight.

Status codes in the file:
  REMOVED      the file or folder was deleted
  GEOBLOCK_KR  the file can no longer be downloaded from South Korea
  NOT_FOUND    the link is invalid or the uploader had already deleted it
  NO_ACTION    we found no violation of our terms; the file stays up

Filebox Compliance
"""),
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(FB_CSV),
    ]),
    outcome="applied", classification="confirmation",
    imitates="compliance team reply with a CSV outcome sheet and a legend of status codes",
    why="the CSV states one result per link; the codes are defined in the body",
    items={F[6]: "removed", F[7]: "removed", F[8]: "not_found", F[9]: "restricted",
           F[10]: "removed", F[11]: "rejected"},
)

case(
    name="fb-plain-text-table",
    **{"from": "noreply-abuse@fileboxx.io"}, name_from="Filebox Abuse",
    date="Fri, 06 Sep 2024 09:05:44 +0000",
    subject="[FBX-88410] Processing report (your ref KCSC-240903-01)",
    body=f"""
Processing report for ticket FBX-88410 (your reference KCSC-240903-01)

Link                             | Action         | Date (UTC)
---------------------------------+----------------+-----------
{F[12]}   | Removed        | 2024-09-06
{F[13]}   | Removed        | 2024-09-06
{F[14]}   | Not found      | -
{F[1]}   | Removed        | 2024-09-05
{F[4]}   | Blocked (KR)   | 2024-09-06

"Blocked (KR)" means the file is unavailable to visitors from South Korea
only.

This report was generated by the Filebox abuse system. Replies to this
address are read by the abuse team.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system processing report laid out as a plain-text table",
    why="one row per link with an action; Blocked (KR) is explained as Korea-only",
    items={F[12]: "removed", F[13]: "removed", F[14]: "not_found", F[1]: "removed",
           F[4]: "restricted"},
)

FB_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown Desk,</p>
<p>Regarding your notice KCSC-240903-01, please see the results below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Result</th></tr>
<tr><td>{F[2]}</td><td>Access disabled</td></tr>
<tr><td>{F[3]}</td><td>Access disabled</td></tr>
<tr><td>{F[5]}</td><td>Already deleted by the uploader before our review</td></tr>
<tr><td>{F[6]}</td><td>Access disabled</td></tr>
</table>
<p>Our transparency report is published at
<a href="https://fileboxx.io/legal/transparency">fileboxx.io/legal/transparency</a>.</p>
<p>Kind regards,<br>Filebox Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fb-html-table-qp",
    **{"from": "trust@fileboxx.io"}, name_from="Filebox Trust & Safety",
    date="Fri, 06 Sep 2024 13:20:00 +0200",
    subject="RE: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=single("text/html; charset=utf-8", "quoted-printable", qp(FB_HTML)),
    outcome="applied", classification="confirmation",
    imitates="HTML results table sent by a trust & safety team, quoted-printable",
    why="table rows give a result per link; the transparency page link is not an item",
    items={F[2]: "removed", F[3]: "removed", F[5]: "not_found", F[6]: "removed"},
)

case(
    name="fb-bare-url-status-below",
    **{"from": "min.support@fileboxx.io"}, name_from="Min (Filebox support)",
    date="Sat, 07 Sep 2024 11:02:19 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Update on your request:

{F[7]}
-> taken down

{F[8]}
-> taken down

{F[10]}
-> folder not found (its owner emptied and deleted it last week)

Cheers,
Min
Filebox support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's informal update, bare URL with the result on the line below",
    why="each URL is followed by its own result line",
    items={F[7]: "removed", F[8]: "removed", F[10]: "not_found"},
)

case(
    name="fb-top-posted-over-quote",
    **{"from": "min.support@fileboxx.io"}, name_from="Min (Filebox support)",
    date="Mon, 09 Sep 2024 08:47:03 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hi,

{F[2]} and {F[5]} are gone now.
{F[6]} was already deleted by the uploader before we got to it.
The rest of your list is still with our legal team.

Min

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(FB_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="three links get a status in the new text; the quoted list changes nothing",
    items={F[2]: "removed", F[5]: "removed", F[6]: "not_found", F[1]: "pending", F[14]: "pending"},
)

FB_B64 = f"""Hello,

As requested, the two shared folders below have been disabled and can no
longer be opened by anyone:

{F[9]}
{F[10]}

The single file {F[11]} is still being reviewed and remains online
for now.

Filebox Trust & Safety
"""
case(
    name="fb-base64-body",
    **{"from": "trust@fileboxx.io"}, name_from="Filebox Trust & Safety",
    date="Mon, 09 Sep 2024 15:10:00 +0200",
    subject="Re: [KCSC-240903-01] folders",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(FB_B64)),
    outcome="applied", classification="confirmation",
    imitates="plain reply sent base64-encoded by a webmail client",
    why="two folders disabled for everyone; the third link is explicitly still under review",
    items={F[9]: "removed", F[10]: "removed", F[11]: "pending"},
)

case(
    name="fb-receipt-plus-outcome",
    **{"from": "abuse@fileboxx.io"}, name_from="Filebox Abuse Team",
    date="Tue, 10 Sep 2024 10:12:45 +0200",
    subject="[FBX-88415] Your report has been processed",
    body=f"""
Thank you for contacting Filebox. Your report has been received and
assigned ticket FBX-88415 (your reference KCSC-240903-01).

Outcome: the following links have been disabled for breaching section 4
of our Terms (https://fileboxx.io/terms#s4):

  * {F[12]}
  * {F[13]}
  * {F[14]}

This ticket is now closed. To appeal, visit https://fileboxx.io/appeal.

Filebox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt wording followed by a real outcome list",
    why="receipt phrase plus unhedged 'have been disabled' for three named links; terms/appeal links are not items",
    items={F[12]: "removed", F[13]: "removed", F[14]: "removed"},
)

case(
    name="fb-outlook-geo-and-refusal",
    **{"from": "anna.lindqvist@fileboxx.io"}, name_from="Anna Lindqvist",
    date="Tue, 10 Sep 2024 17:31:12 +0200",
    subject="RE: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Dear Sir or Madam,

Following our legal review, downloads of {F[11]} and
{F[12]} are now blocked for users in the Republic of Korea.
The files remain accessible elsewhere, as they are lawful in the
uploader's country.

{F[13]} will stay up: it is a news report and does not
violate our rules.

Kind regards,
Anna Lindqvist
Legal Counsel, Filebox AB

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:00 AM
To: abuse@fileboxx.io
Subject: [KCSC-240903-01] Removal request - 14 links

""" + "\n".join(FB_REQ),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from legal counsel with the original message below",
    why="two links withheld in Korea, one kept as lawful news; the original request below changes nothing",
    items={F[11]: "restricted", F[12]: "restricted", F[13]: "rejected", F[1]: "pending"},
)

case(
    name="fb-echoed-report-decisions",
    **{"from": "noreply-abuse@fileboxx.io"}, name_from="Filebox Abuse",
    date="Wed, 11 Sep 2024 06:00:00 +0000",
    subject="Decisions on your reports (KCSC-240903-01)",
    body=f"""
Decisions on reports submitted by: KCSC

Report ID:     FBX-R-20931
Reported URL:  {F[1]}
Reason given:  Illegal content (Korean law)
Decision:      Content removed

Report ID:     FBX-R-20932
Reported URL:  {F[3]}
Reason given:  Illegal content (Korean law)
Decision:      Content removed

Report ID:     FBX-R-20933
Reported URL:  {F[4]}
Reason given:  Illegal content (Korean law)
Decision:      No violation found - content remains available

You can see all your reports at https://fileboxx.io/reports.
""",
    outcome="applied", classification="confirmation",
    imitates="report-decision digest that echoes each report's fields",
    why="each echoed report carries its own decision line",
    items={F[1]: "removed", F[3]: "removed", F[4]: "rejected"},
)

case(
    name="fb-bulk-all-removed",
    **{"from": "abuse@fileboxx.io"}, name_from="Filebox Abuse Team",
    date="Thu, 05 Sep 2024 12:00:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""
Hello,

All files listed in your notice KCSC-240903-01 have been removed from
Filebox.

Regards,
Filebox Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-sentence blanket confirmation from an abuse desk",
    why="one statement for a 14-item request without naming any link: bulk, nothing applied",
    items={F[i]: "pending" for i in range(1, 15)},
)

case(
    name="fb-promise-within-24h",
    **{"from": "abuse@fileboxx.io"}, name_from="Filebox Abuse Team",
    date="Wed, 04 Sep 2024 09:15:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Hello,

We have your request. The following links will be taken down within the
next 24 hours:

{F[1]}
{F[2]}

We will confirm once this is done.

Filebox Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within a deadline",
    why="'will be taken down' is a promise, not a statement; named links stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fb-counter-notice-condition",
    **{"from": "legal@fileboxx.io"}, name_from="Filebox Legal",
    date="Thu, 05 Sep 2024 18:40:00 +0200",
    subject="Re: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""
Dear KCSC,

The uploader of {F[6]} and {F[8]} has been
notified of your complaint. If we receive no counter-notice within ten
days, both files will be permanently deleted. Until then they remain
available.

Filebox Legal
""",
    outcome="review", review="not_understood",
    imitates="notice-and-counter-notice hold message from a file host",
    why="deletion is conditional and in the future; nothing has happened yet",
    items={F[6]: "pending", F[8]: "pending"},
)

case(
    name="fb-out-of-office",
    **{"from": "anna.lindqvist@fileboxx.io"}, name_from="Anna Lindqvist",
    date="Tue, 03 Sep 2024 03:00:41 +0200",
    subject="Automatic reply: [KCSC-240903-01] Removal request - 14 links",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent takedown matters please write to
abuse@fileboxx.io, where the team will handle your request.

Anna Lindqvist
Legal Counsel, Filebox AB
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ====================== Mokbo (Korean forum, KCSC-240904-02, 5 items)
case(
    name="mokbo-admin-one-line",
    **{"from": "admin@mokbo.kr"}, name_from="목보 운영자",
    date="Wed, 04 Sep 2024 22:13:51 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
{M[1]} 삭제했습니다.

--
목보 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin's one-line reply",
    why="one named post, '삭제했습니다' (deleted)",
    items={M[1]: "removed"},
)

case(
    name="mokbo-numbered-result-list",
    **{"from": "help@mokbo.kr"}, name_from="목보 커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 14:00:00 +0900",
    subject="[목보] 게시물 조치 결과 안내 (KCSC-240904-02)",
    body=f"""
안녕하세요, 목보 커뮤니티 운영팀입니다.
요청하신 게시물(KCSC-240904-02)에 대한 조치 결과를 아래와 같이 알려드립니다.

1. {M[1]} : 게시중단
2. {M[2]} : 블라인드 처리
3. {M3_RAW} : 작성자가 이미 삭제한 게시물로 확인됨
4. {M[4]} : 임시조치(30일)
5. {M[5]} : 검토 결과 운영정책 위반 사항이 없어 게시 유지

문의 사항은 이 메일로 회신해 주십시오.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 조치 결과 안내 with a numbered list",
    why="게시중단/블라인드 removed, author-deleted not_found, 임시조치 restricted, 게시 유지 rejected",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found", M[4]: "restricted", M[5]: "rejected"},
)

case(
    name="mokbo-url-korean-particle",
    **{"from": "admin@mokbo.kr"}, name_from="목보 운영자",
    date="Fri, 06 Sep 2024 01:44:09 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
위원회 담당자님께,

{M[4]} 게시물은 운영자 삭제 처리했고요, {M[5]}에 대해서는 접근 제한 조치했습니다.
나머지는 내일 확인해 보겠습니다.

목보 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's informal Korean reply, URL glued to a particle",
    why="운영자 삭제 removed; '…90031에 대해서는 접근 제한' restricted (the particle is not part of the URL)",
    items={M[4]: "removed", M[5]: "restricted"},
)

case(
    name="mokbo-fullwidth-punctuation",
    **{"from": "moderator.hana@mokbo.kr"}, name_from="목보 모더레이터 하나",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
요청 건 처리 결과입니다．

자유게시판 글（{M[2]}）은 블라인드 처리했습니다．
또한 {M[1]} 글은 비공개 처리되었습니다。

목보 모더레이터 하나
""",
    outcome="applied", classification="confirmation",
    imitates="moderator's Korean reply typed with full-width punctuation",
    why="블라인드 and 비공개 처리 both removed; the full-width brackets are not part of the URL",
    items={M[2]: "removed", M[1]: "removed"},
)

case(
    name="mokbo-gmail-quote-korean",
    **{"from": "moderator.hana@mokbo.kr"}, name_from="목보 모더레이터 하나",
    date="Sat, 07 Sep 2024 20:05:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
장터 글 {M3_RAW} 은 블라인드했습니다.
유머게시판 {M[5]} 는 이미 글쓴이가 지운 상태라 남아있는 글이 없습니다.

2024년 9월 4일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(MK_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply over the quoted request",
    why="new text: 장터 post blinded (removed), humor post already deleted by its author (not_found); quoted list changes nothing",
    items={M[3]: "removed", M[5]: "not_found", M[1]: "pending"},
)

case(
    name="mokbo-hedged-and-planned",
    **{"from": "help@mokbo.kr"}, name_from="목보 커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 09:20:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
안녕하세요, 목보 운영팀입니다.

문의하신 {M[2]} 글은 확인해 보니 이미 삭제된 것 같습니다.
나머지 게시물은 내부 검토 후 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum team reply with a hedge and a plan",
    why="'삭제된 것 같습니다' is a hedge, '조치할 예정' a plan: nothing applied",
    items={M[2]: "pending"},
)

case(
    name="mokbo-asks-for-decision-copy",
    **{"from": "help@mokbo.kr"}, name_from="목보 커뮤니티 운영팀",
    date="Fri, 06 Sep 2024 15:00:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    body=f"""
안녕하세요.

요청하신 {M[4]} 게시물의 경우 게시자가 이의를 제기하였습니다.
조치 근거가 되는 심의 의결서 사본을 보내주시면 검토 후 처리하겠습니다.

목보 커뮤니티 운영팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean operator asking for the decision document before acting",
    why="asks for a copy of the deliberation decision; the post stays pending",
    items={M[4]: "pending"},
)

case(
    name="mokbo-forwarded-by-colleague",
    **{"from": "jiwoo.kim@kcsc.example"}, name_from="김지우",
    date="Mon, 09 Sep 2024 09:12:00 +0900",
    subject="Fwd: Re: [KCSC-240904-02] 불법정보 삭제 요청",
    body=f"""
제 개인 메일함으로 회신이 와서 전달합니다.

---------- Forwarded message ---------
보낸사람: 목보 운영자 <admin@mokbo.kr>
Date: 2024년 9월 8일 (일) 오후 11:02
Subject: Re: [KCSC-240904-02] 불법정보 삭제 요청
To: 김지우 <jiwoo.kim@kcsc.example>

{M[2]} 글 삭제 완료했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform reply from a personal mailbox",
    why="the platform's statement arrives only inside a forward from a KCSC address: not the platform's authenticated mail",
    items={M[2]: "pending"},
)

case(
    name="mokbo-korean-out-of-office",
    **{"from": "help@mokbo.kr"}, name_from="목보 커뮤니티 운영팀",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    subject="[자동응답] Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 목보 커뮤니티입니다.
추석 연휴(9월 14일~18일) 동안 운영팀이 휴무입니다.
보내주신 메일은 연휴 이후 순차적으로 확인하겠습니다.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (추석 연휴 휴무 안내)",
    why="holiday auto-reply with no statement",
    items={},
)

# ====================== Pinchan (image board, KCSC-240905-03, 4 items)
case(
    name="pinchan-sysop-informal",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    date="Thu, 05 Sep 2024 23:51:07 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
hey,

deleted {P[1]} and {P[2]}, poster banned.
{P[3]} had already been pruned off the board before
your mail came in, there is nothing left there to delete.

- sysop
""",
    outcome="applied", classification="confirmation",
    imitates="image-board sysop's lower-case reply",
    why="two threads deleted; the third no longer existed when the request arrived",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="pinchan-bullets-keep-one",
    **{"from": "mods@pinchan.org"}, name_from="pinchan mod team",
    date="Fri, 06 Sep 2024 07:12:00 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Re: KCSC-240905-03

* {P[3]} - thread removed by the mod team
* {P[4]} - leaving this one up. it is people discussing a news
  article; it breaks neither our rules nor any law we know of

-- pinchan mods
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with a bulleted per-thread result",
    why="one thread removed, one kept with a reason (rejected)",
    items={P[3]: "removed", P[4]: "rejected"},
)

case(
    name="pinchan-angle-brackets",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    date="Sat, 07 Sep 2024 02:20:00 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    reply_to_req=msgid("KCSC-240905-03"),
    body=f"""
Thread <{P[4]}> does not exist. /kr/ never got to that
post number, maybe a typo on your side.

<{P[2]}> has been deleted.

- sysop
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets",
    why="one thread never existed (not_found), one deleted",
    items={P[4]: "not_found", P[2]: "removed"},
)

case(
    name="pinchan-dkim-fail",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    auth="fail",
    date="Sat, 07 Sep 2024 05:00:00 +0000",
    subject="Re: [KCSC-240905-03] Removal request",
    body=f"""
all done, deleted {P[1]} and {P[4]}.

- sysop
""",
    outcome="review", review="untrusted",
    imitates="image-board admin reply that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails: statements kept for review, not applied",
    items={P[1]: "pending", P[4]: "pending"},
)

case(
    name="pinchan-report-received",
    **{"from": "noreply@pinchan.org"}, name_from="pinchan",
    date="Thu, 05 Sep 2024 01:00:12 +0000",
    subject="[pinchan] report received (#PC-2231)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Your report has been received and queued for the moderation team.

Ticket: #PC-2231
Subject: [KCSC-240905-03] Removal request

You do not need to reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt with a ticket number",
    why="pure receipt, no statement about any thread",
    items={},
)

# ====================== Hanbit Hosting (KCSC-240906-04, 3 items)
case(
    name="hanbit-ticket-resolved",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="Hanbit Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="[Ticket #HB-2024-0917] Resolved - KCSC-240906-04",
    body=f"""
Ticket #HB-2024-0917
Status: RESOLVED

Summary of actions on the reported resources:

- {H[1]}
  Our customer deleted the page after our notice; we checked that it
  now returns 404.
- {H[2]}
  Hosting account suspended by Hanbit for breach of our AUP. The site is
  offline.
- {H[3]}
  Product page removed by the customer at our request.

If you believe the content has reappeared, reply to this ticket.

Hanbit Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed as resolved",
    why="all three resources taken down (by the customer on the host's notice, or by account suspension)",
    items={H[1]: "removed", H[2]: "removed", H[3]: "removed"},
)

case(
    name="hanbit-korean-notice",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="한빛호스팅 어뷰즈대응팀",
    date="Tue, 10 Sep 2024 16:20:00 +0900",
    subject="[한빛호스팅] 불법정보 조치 결과 회신 (KCSC-240906-04)",
    body=f"""
안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.

귀 위원회의 요청(KCSC-240906-04)에 따라 아래와 같이 조치하였음을 알려드립니다.

■ {H[2]}
  - 조치: 호스팅 서비스 이용정지 (현재 접속 불가)
■ {H[3]}
  - 조치 불가: 해당 주소는 당사 서버에 존재하지 않는 페이지입니다 (404)

감사합니다.
한빛호스팅 어뷰즈 대응팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's 조치 결과 회신",
    why="service suspended, site unreachable (removed); the other page does not exist (not_found)",
    items={H[2]: "removed", H[3]: "not_found"},
)

HB_QP = (
    'Dear KCSC,\n'
    '\n'
    'We contacted the customer who runs the site hosted with us. The page http:/=\n'
    "/lucky-slot77.kr/event/bonus.php has been taken offline and the site's web =\n"
    'root is now disabled.\n'
    '\n'
    'Hanbit Hosting Abuse Desk\n'
)
case(
    name="hanbit-qp-soft-break-in-url",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="Hanbit Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 14:45:00 +0900",
    subject="Re: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", HB_QP),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable reply whose soft line break falls inside the URL",
    why="after decoding, one named page taken offline",
    items={H[1]: "removed"},
)

case(
    name="hanbit-site-owner-writes",
    **{"from": "owner@lucky-slot77.kr"}, name_from="lucky-slot77 operator",
    date="Sun, 08 Sep 2024 19:30:00 +0900",
    subject="Re: KCSC-240906-04",
    body=f"""
Hello,

I run lucky-slot77.kr. My hosting company passed your complaint on to me.
I deleted the page {H[1]} today. Please close the case.
""",
    outcome="review", review="unknown_sender",
    imitates="website operator answering the regulator directly after the host forwarded the complaint",
    why="sender is the site owner, not the hosting platform's domain",
    items={H[1]: "pending"},
)

case(
    name="hanbit-notice-no-claims",
    **{"from": "notice@hanbithost.co.kr"}, name_from="한빛호스팅",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="[공지] 한빛호스팅 어뷰즈 신고 접수 창구 변경 안내",
    body="""
안녕하세요, 한빛호스팅입니다.

2024년 10월 1일부터 불법정보 및 어뷰즈 신고는 이메일 대신
https://www.hanbithost.co.kr/abuse/report 에서 접수받습니다.
기존 이메일 주소(abuse@hanbithost.co.kr)는 12월 31일까지만 운영됩니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="hosting company service notice about a new abuse-report form",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="hanbit-read-receipt",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="Hanbit Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 10:41:00 +0900",
    subject="읽음: [KCSC-240906-04] Request for removal of illegal content",
    reply_to_req=msgid("KCSC-240906-04"),
    raw_mime=multipart("report", "=_mdn_hb01", [
        single("text/plain; charset=utf-8", "8bit",
               "메시지를 받는 사람이 읽었습니다.\n\n"
               "받는 사람: abuse@hanbithost.co.kr\n"
               "제목: [KCSC-240906-04] Request for removal of illegal content\n"
               "읽은 시간: 2024-09-06 오전 10:41\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: hanbithost.co.kr; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;abuse@hanbithost.co.kr\n"
        f"Original-Message-ID: <{msgid('KCSC-240906-04')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

# ====================== EdgeVeil (CDN, KCSC-240909-05, 2 items)
case(
    name="edgeveil-hosted-vs-passthrough",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 03:15:00 +0000",
    subject="[EV-771203] Abuse report outcome (KCSC-240909-05)",
    body=f"""
EdgeVeil Trust & Safety
Case EV-771203 / your reference KCSC-240909-05

{E[2]}
This page is stored on EdgeVeil Pages, which we host. We have disabled
it; the URL now returns an error to every visitor.

{E[1]}
This website uses only our pass-through CDN service. EdgeVeil is not its
hosting provider and cannot remove content from the origin server. We
have forwarded your complaint to the hosting provider.

More about how we handle abuse: https://www.edgeveil.net/trust/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply distinguishing hosted content from pass-through customers",
    why="the hosted page is disabled (removed); the pass-through site gets no status",
    items={E[2]: "removed", E[1]: "pending"},
)

case(
    name="edgeveil-geo-block-korea",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240909-05] Request for removal",
    reply_to_req=msgid("KCSC-240909-05"),
    body=f"""
Hello,

Access to {E[1]} through our network is now blocked for
visitors connecting from South Korea, following the order of a Korean
authority. The site remains reachable from other countries.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country-level block notice",
    why="blocked for Korea only: restricted",
    items={E[1]: "restricted"},
)

case(
    name="edgeveil-passthrough-only",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject="[EV-771190] We have forwarded your report (KCSC-240909-05)",
    body=f"""
Thank you for your report about:

  {E[1]}
  {E[2]}

Both websites use EdgeVeil's pass-through security and CDN services.
EdgeVeil does not host the content of these websites and cannot remove
it. We have passed your complaint to the website operators and to their
hosting providers, who are best placed to act on it.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we do not host this, complaint forwarded to the host' reply",
    why="names both URLs but states no removal, restriction or refusal on the merits: a clerk must redirect",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="edgeveil-auto-ack",
    **{"from": "noreply@edgeveil.net"}, name_from="EdgeVeil",
    date="Mon, 09 Sep 2024 01:00:30 +0000",
    subject="Abuse report received [EV-771190]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
We have received your abuse report.

Reference:      EV-771190
Your reference: KCSC-240909-05
Reported URLs:  2
Category:       Illegal content

You will receive a further message when the report has been handled.
Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic abuse-report receipt from a CDN",
    why="pure receipt with a reference number",
    items={},
)

# ====================== Dotline (registrar, KCSC-240910-06, 2 items)
case(
    name="dotline-suspend-and-decline",
    **{"from": "abuse@dotline-registrar.com"}, name_from="Dotline Registrar Abuse",
    date="Thu, 12 Sep 2024 14:00:00 +0000",
    subject="Re: [KCSC-240910-06] Domains used for illegal trade",
    reply_to_req=msgid("KCSC-240910-06"),
    body=f"""
Dear KCSC,

1) bet-heaven365.com ({D[1]})
   The domain was placed on clientHold on 11 September and no longer
   resolves. It remains suspended.

2) {D[2]}
   We reviewed the registration and found no breach of our Registration
   Agreement. The domain remains active. As a registrar we do not host
   the website; please contact its hosting provider.

Dotline Registrar - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: one domain suspended (clientHold), one declined",
    why="clientHold makes the site unreachable (removed); the other domain is kept as no breach (rejected)",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="dotline-speaks-for-cdn-item",
    **{"from": "abuse@dotline-registrar.com"}, name_from="Dotline Registrar Abuse",
    date="Fri, 13 Sep 2024 09:00:00 +0000",
    subject="Re: [KCSC-240909-05] Request for removal",
    body=f"""
Dear KCSC,

You copied us on your request to EdgeVeil. We are the registrar of
pillsnow-kr.com as well, and we have suspended that domain:
{E[2]} no longer resolves.

Dotline Registrar - Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="registrar answering about a site the regulator asked the CDN to act on",
    why="Dotline states a status for an EdgeVeil request's item",
    items={E[2]: "pending"},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@dotline-registrar.com",
    "Subject: [KCSC-240910-06] Domains used for illegal trade",
    "Date: Tue, 10 Sep 2024 10:00:00 +0900",
    f"Message-ID: <{msgid('KCSC-240910-06')}@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_text_en("KCSC-240910-06", [D[1], D[2]], "Dotline Registrar"))
case(
    name="dotline-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.dotline-registrar.com"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "=_dsn_dl01", [
        single("text/plain; charset=us-ascii", "7bit",
               "This is the mail system at host mx1.dotline-registrar.com.\n\n"
               "I'm sorry to have to inform you that your message could not\n"
               "be delivered to one or more recipients.\n\n"
               "<legal@dotline-registrar.com>: host store2.dotline-registrar.com said:\n"
               "    552 5.2.2 Mailbox full\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.dotline-registrar.com\n"
        "Arrival-Date: Tue, 10 Sep 2024 01:00:02 +0000\n\n"
        "Final-Recipient: rfc822; legal@dotline-registrar.com\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
        "Content-Type: message/rfc822\n\n" + DSN_ORIG + "\n",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the original request",
    why="delivery failure; the returned request's URLs are ours, not statements",
    items={},
)

# ====================== PasteNook (paste site, KCSC-240911-07, 1 item)
case(
    name="pastenook-done-one-line",
    **{"from": "jae@pastenook.com"}, name_from="Jae",
    date="Wed, 11 Sep 2024 21:03:00 +0900",
    subject="Re: [KCSC-240911-07] Request to remove a paste",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""
Done, removed it.

Jae
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner's one-line reply",
    why="unhedged statement answering a one-item request by thread",
    items={K[1]: "removed"},
)

case(
    name="pastenook-html-anchor",
    **{"from": "support@pastenook.com"}, name_from="PasteNook Support",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-240911-07] Request to remove a paste",
    reply_to_req=msgid("KCSC-240911-07"),
    type="html",
    body=f"""
<div dir="ltr"><p>Hi,</p>
<p>The paste <a href="{K[1]}">8Jd2Lx0Q</a> was deleted by our moderators this morning.</p>
<p>Thanks,<br>PasteNook Support</p></div>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only webmail reply with the URL only in a link",
    why="the linked paste was deleted",
    items={K[1]: "removed"},
)

case(
    name="pastenook-bounce-unknown-user",
    **{"from": "postmaster@pastenook.com"}, name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 01:00:09 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "=_dsn_pn01", [
        single("text/plain; charset=us-ascii", "7bit",
               "Your message to abuse@pastenook.com could not be delivered.\n"
               "The address does not exist on this server.\n\n"
               "Remote server said: 550 5.1.1 <abuse@pastenook.com>: Recipient address rejected: User unknown\n"),
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.pastenook.com\n\n"
        "Final-Recipient: rfc822; abuse@pastenook.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: abuse@pastenook.com\n"
        "Subject: [KCSC-240911-07] Request to remove a paste\n"
        f"Message-ID: <{msgid('KCSC-240911-07')}@kcsc.example>\n",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="DSN 550 user unknown with returned headers only",
    why="delivery failure",
    items={},
)

HEADER = """# Blind set 277 (hosts, CDN, registrar, forum, image board, file host,
# paste site; informal replies, CSV attachment, text tables). Written from
# each email's meaning before any run of the reader. Generated by make.py.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as
    real mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind277", HEADER, CASES)
