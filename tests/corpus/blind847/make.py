#!/usr/bin/env python3
"""Blind corpus set blind847: hosting providers, a CDN, a registrar, forums,
an image board and a file host answering (often informally), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind847/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Expected results were written
from each email's meaning alone, before any run of the reader.
"""
import base64
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind847"


def pct(url):
    """Percent-encode a URL's path the way it is stored in requests.csv."""
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/" + urllib.parse.quote(path, safe="/?=&%")


# --- requests -------------------------------------------------------------

F = {
    1: "https://fileriver.io/f/Qm7tXa21",
    2: "https://fileriver.io/f/Zp40rKe8",
    3: "https://fileriver.io/f/Lc93vBn0",
    4: "https://fileriver.io/f/Hd28wYq5",
    5: "https://fileriver.io/f/Te61jMu3",
    6: "https://fileriver.io/f/Ry05sPk7",
    7: "https://fileriver.io/f/Wn82cGd4",
    8: "https://fileriver.io/f/Bx17eLo9",
    9: "https://fileriver.io/folder/Kv3Uq8Ns",
    10: "https://fileriver.io/f/Mj56aTz2",
    11: "https://fileriver.io/f/Ug44hRw6",
    12: "https://fileriver.io/f/Pe09nXc1",
    13: "https://fileriver.io/d/Sa72bVy0/archive.zip",
    14: "https://fileriver.io/f/Nq38kFj5",
}
B_RAW3 = "https://boardnet.kr/board/자유게시판/77120"
B_RAW6 = "https://boardnet.kr/gallery/사진/20931"
B = {
    1: "https://boardnet.kr/free/482133",
    2: "https://boardnet.kr/free/482190",
    3: pct(B_RAW3),
    4: "https://boardnet.kr/humor/119054",
    5: "https://boardnet.kr/market/30417",
    6: pct(B_RAW6),
}
C = {
    1: "https://chanbox.org/kr/thread/550871",
    2: "https://chanbox.org/kr/thread/550902",
    3: "https://i.chanbox.org/kr/1725431188204.jpg",
    4: "https://chanbox.org/b/thread/9123377",
}
H = {
    1: "http://dalbit-bet.kr/",
    2: "https://dalbit-bet.kr/bbs/board.php?bo_table=event&wr_id=20417",
    3: "https://hwarang-slot.com/join",
}
D = {
    1: "http://moonbay-casino7.com/",
    2: "https://lucky7-toto-kr.net/",
}
N = {
    1: "https://cdn-x41.brightcdn.net/u/7a91f/promo/bet_banner.gif",
    2: "https://cdn-x41.brightcdn.net/u/7a91f/promo/landing.html",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "fileriver", "2024-09-02T10:00:00+09:00", "2024-09-09",
     "obscenity", "file host; uploads shared in a gambling forum", [F[i] for i in range(1, 15)]),
    ("KCSC-240903-02", "boardnet", "2024-09-03T11:30:00+09:00", "2024-09-10",
     "defamation", "community forum posts", [B[i] for i in range(1, 6)]),
    ("KCSC-240904-03", "chanbox", "2024-09-04T09:15:00+09:00", "2024-09-11",
     "privacy", "image board threads and one image file", [C[i] for i in range(1, 5)]),
    ("KCSC-240905-04", "hanbithost", "2024-09-05T14:00:00+09:00", "2024-09-12",
     "illegal_gambling", "customer sites on a Korean hosting provider", [H[i] for i in range(1, 4)]),
    ("KCSC-240906-05", "dotline", "2024-09-06T10:40:00+09:00", "2024-09-13",
     "illegal_gambling", "domains registered with the registrar", [D[1], D[2]]),
    ("KCSC-240909-06", "brightcdn", "2024-09-09T16:20:00+09:00", "2024-09-16",
     "illegal_gambling", "objects in a CDN customer's storage", [N[1], N[2]]),
    ("KCSC-240910-07", "boardnet", "2024-09-10T10:05:00+09:00", "2024-09-17",
     "obscenity", "one gallery post", [B[6]]),
]


def req_mid(ref):
    return f"req-{ref}"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --- MIME helpers (fixed boundaries, deterministic) -------------------------

def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def with_attachment(body, filename, ctype, payload, boundary):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body.strip()}\n"
        "\n"
        f"--{boundary}\n"
        f'Content-Type: {ctype}; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n"
        "\n"
        f"{b64(payload)}\n"
        f"--{boundary}--\n"
    )


def quoted_request(ref, urls, when="Mon, 2 Sep 2024 at 10:00"):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Trust & Safety team,",
             ">",
             f"> Under our request {ref} we ask you to remove or disable access to",
             "> the following content, which is illegal under Korean law:",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Korea Communications Standards Commission"]
    return "\n".join(lines)


FR_SIG = """--
FileRiver Trust & Safety
Abuse policy: https://fileriver.io/legal/abuse-policy
Appeals: https://fileriver.io/help/appeals"""

BN_SIG = """--
보드넷 운영팀 | Boardnet Community Operations
운영정책: https://boardnet.kr/policy/operation
고객센터: https://boardnet.kr/help"""

HB_SIG = """--
한빛호스팅 어뷰즈 대응팀 (abuse@hanbithost.co.kr)
이용약관: https://www.hanbithost.co.kr/terms"""

# --- cases -----------------------------------------------------------------

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== FileRiver (file host), KCSC-240902-01, 14 items =====================

case(
    name="fr-abuse-numbered-list",
    date="Tue, 3 Sep 2024 15:12:40 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

We went through the first links of your notice KCSC-240902-01. Results:

1. {F[1]} - removed
2. {F[2]} - removed
3. {F[3]} - no such file, it was deleted by the uploader on 29 August
   (before your notice reached us)
4. {F[4]} - removed

The remaining links are still being checked, we'll write again.

Regards,
Mira
{FR_SIG}
""",
    outcome="applied",
    imitates="file-host abuse desk reply with a numbered per-link result list",
    why="four requested files each given an unhedged result; the rest announced as still being checked",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed"},
)

FR_CSV = "\r\n".join([
    "link,file_id,action,action_time_utc,notes",
    f"{F[1]},Qm7tXa21,Removed,2024-09-04 02:10,",
    f"{F[2]},Zp40rKe8,Removed,2024-09-04 02:10,",
    f"{F[3]},Lc93vBn0,Not found,,deleted by uploader before notice",
    f"{F[4]},Hd28wYq5,Removed,2024-09-04 02:11,",
    f"{F[5]},Te61jMu3,Disabled,2024-09-04 02:11,download disabled; file kept for law enforcement",
    f"{F[6]},Ry05sPk7,Removed,2024-09-04 02:12,",
    f"{F[7]},Wn82cGd4,Removed,2024-09-04 02:12,",
    f"{F[8]},Bx17eLo9,Removed,2024-09-04 02:13,",
    f"{F[9]},Kv3Uq8Ns,No action,,folder holds the uploader's own lecture recordings; no breach of our terms",
    f"{F[10]},Mj56aTz2,Removed,2024-09-04 02:14,",
    f"{F[11]},Ug44hRw6,Disabled,2024-09-04 02:14,",
    f"{F[12]},Pe09nXc1,Removed,2024-09-04 02:15,",
    f"{F[13]},Sa72bVy0,Not found,,invalid link - no archive with this id",
    f"{F[14]},Nq38kFj5,Removed,2024-09-04 02:15,",
]) + "\r\n"

case(
    name="fr-csv-attachment-all",
    date="Wed, 4 Sep 2024 11:31:05 +0900",
    **{"from": "legal@fileriver.io"},
    name_from="FileRiver Legal",
    subject="Re: KCSC-240902-01 - outcome",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=with_attachment(
        f"""Dear KCSC,

Our review of request KCSC-240902-01 is complete. The action taken on
each of the 14 links is in the attached spreadsheet (one row per link).

Kind regards,
FileRiver Legal
{FR_SIG}""",
        "KCSC-240902-01_outcome.csv", "text/csv; charset=utf-8", FR_CSV, "=_fr_outcome_0904"),
    outcome="applied",
    imitates="hosting/legal team sending the outcome as a CSV spreadsheet, one row per link",
    why="CSV attachment gives an action for every link: Removed/Disabled, Not found / invalid link, No action (no breach) = rejected",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed",
           F[5]: "removed", F[6]: "removed", F[7]: "removed", F[8]: "removed",
           F[9]: "rejected", F[10]: "removed", F[11]: "removed", F[12]: "removed",
           F[13]: "not_found", F[14]: "removed"},
)

case(
    name="fr-url-then-status-line",
    date="Tue, 3 Sep 2024 18:02:11 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="[FR-ABUSE-30817] KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Ticket FR-ABUSE-30817 - update

{F[5]}
Status: removed (legal request)

{F[6]}
Status: removed (legal request)

{F[7]}
Status: not found - the link id is not valid on our service

This ticket stays open for the other links of your notice.
{FR_SIG}
""",
    outcome="applied",
    imitates="ticket-system update listing each URL with a Status: line below it",
    why="status on the line below each URL; two removed, one invalid id = not_found",
    items={F[5]: "removed", F[6]: "removed", F[7]: "not_found"},
)

case(
    name="fr-plaintext-table",
    date="Thu, 5 Sep 2024 09:44:52 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01 removal request (batch 2)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hi,

second batch of your notice, checked by hand this morning:

FILE ID    LINK                                     RESULT
---------  ---------------------------------------  ---------------------------
Bx17eLo9   {F[8]:<39}  DELETED
Kv3Uq8Ns   {F[9]:<39}  KEPT - no breach found
Mj56aTz2   {F[10]:<39}  DELETED
Ug44hRw6   {F[11]:<39}  GEO-BLOCKED (KR only)
Pe09nXc1   {F[12]:<39}  NOT FOUND

The folder Kv3Uq8Ns only holds the owner's own course videos, which do not
break our terms, so it stays up. Ug44hRw6 cannot be opened from Korea anymore.

Mira / FileRiver T&S
{FR_SIG}
""",
    outcome="applied",
    imitates="abuse desk pasting a fixed-width plain-text result table",
    why="text table: deleted x2, kept with reason = rejected, geo-blocked in KR = restricted, not found",
    items={F[8]: "removed", F[9]: "rejected", F[10]: "removed", F[11]: "restricted", F[12]: "not_found"},
)

case(
    name="fr-admin-one-line",
    date="Tue, 3 Sep 2024 23:51:30 +0900",
    **{"from": "tomas@fileriver.io"},
    name_from="Tomas Varga",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Both taken down: {F[5]} {F[6]}

--
Tomas, FileRiver ops
""",
    outcome="applied",
    imitates="one-line reply from a small service's admin",
    why="one line, unhedged, both named URLs taken down",
    items={F[5]: "removed", F[6]: "removed"},
)

case(
    name="fr-folder-rejected-prose",
    date="Fri, 6 Sep 2024 10:20:00 +0900",
    **{"from": "legal@fileriver.io"},
    name_from="FileRiver Legal",
    subject="Re: KCSC-240902-01 - folder Kv3Uq8Ns",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Dear Sir or Madam,

Regarding the shared folder {F[9]} from your request KCSC-240902-01: we
reviewed every file in it. The folder contains recorded lectures uploaded by
their author and nothing in it violates our Terms of Service or the law as
far as we can tell. We have therefore decided not to take it down.

The single file {F[10]} that was linked from the same forum post is a
different matter: it has been deleted and the account that uploaded it has
been closed.

If you have additional information on the folder, you can send it to us and
we will look again.

FileRiver Legal
{FR_SIG}
""",
    outcome="applied",
    imitates="legal team explaining a refusal in prose (DSA-style statement of reasons, informal)",
    why="folder refused with a reason = rejected; the second file deleted = removed; the offer to look again is no promise about status",
    items={F[9]: "rejected", F[10]: "removed"},
)

case(
    name="fr-topposted-gmail",
    date="Wed, 4 Sep 2024 08:03:47 +0900",
    **{"from": "mira.k@fileriver.io"},
    name_from="Mira Kovac",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Done -- {F[7]} and {F[8]} have been removed.

Mira

{quoted_request("KCSC-240902-01", [F[i] for i in range(1, 15)])}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="two files removed in the author's line; the 14 URLs in the quoted request below say nothing",
    items={F[7]: "removed", F[8]: "removed"},
)

FR_HTML = f"""<html><body>
<p>Hello KCSC team,</p>
<p>Please see below what we did with the remaining links of request KCSC-240902-01.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Link</th><th>Action taken</th><th>Date (UTC)</th></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>File disabled</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>File removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{F[13]}">{F[13]}</a></td><td>Link invalid (no file with this ID)</td><td>-</td></tr>
</table>
<p>Kind regards,<br>FileRiver Trust &amp; Safety<br>
<a href="https://fileriver.io/legal/abuse-policy">Abuse policy</a></p>
</body></html>
"""

case(
    name="fr-qp-html-table",
    date="Thu, 5 Sep 2024 16:40:19 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01 remaining links",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n" + qp(FR_HTML) + "\n"),
    outcome="applied",
    imitates="helpdesk HTML reply with a result table, quoted-printable",
    why="HTML table: disabled = removed, removed, invalid link = not_found",
    items={F[11]: "removed", F[12]: "removed", F[13]: "not_found"},
)

case(
    name="fr-base64-plain",
    date="Fri, 6 Sep 2024 13:05:33 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n"
        "\n" + b64(f"""Hello,

The files below were deleted from our storage today and their links now
return "file not available":

  * {F[14]}
  * {F[1]}

Best,
FileRiver abuse desk
{FR_SIG}
""") + "\n"),
    outcome="applied",
    imitates="plain-text abuse reply sent base64-encoded by a web mailer",
    why="base64 body; two files deleted",
    items={F[14]: "removed", F[1]: "removed"},
)

case(
    name="fr-echoed-report",
    date="Thu, 5 Sep 2024 12:00:08 +0900",
    **{"from": "noreply-legal@fileriver.io"},
    name_from="FileRiver Legal Requests",
    subject="Decision on your legal request (ref. KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Decision on your legal request

Your report
-----------
Submitted by: Korea Communications Standards Commission
Your reference: KCSC-240902-01
Legal ground given: Korean law (obscene content)
Content reported:
  Item A: {F[2]}
  Item B: {F[3]}
  Item C: {F[4]}

Our decision
------------
Item A: The file was removed from FileRiver.
Item B: We could not locate this file. It does not exist on our service.
Item C: We did not remove this file. It is a scanned public notice and
        does not break our Terms or local law as we read it.

You may ask for a second review at https://fileriver.io/help/appeals within
six months.

FileRiver Legal Requests team
""",
    outcome="applied",
    imitates="form-generated decision email echoing the report (Google/Meta legal-removal style) with per-item decisions",
    why="per-item decisions keyed by the labels of the echoed report: A removed, B not found, C refused with reason = rejected",
    items={F[2]: "removed", F[3]: "not_found", F[4]: "rejected"},
)

case(
    name="fr-url-next-line",
    date="Fri, 6 Sep 2024 17:26:41 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01 two more links",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello again,

The following file was removed for breaching our Terms:
{F[14]}

The following link is not valid - there is no archive with that ID and
there never was one as far as our logs go:
{F[13]}

Regards,
FileRiver abuse desk
""",
    outcome="applied",
    imitates="abuse desk writing the statement first and the URL on the next line",
    why="statement then URL below it: one removed, one not found",
    items={F[14]: "removed", F[13]: "not_found"},
)

case(
    name="fr-ack-plus-statement",
    date="Wed, 4 Sep 2024 19:15:02 +0900",
    **{"from": "support@fileriver.io"},
    name_from="FileRiver Support",
    subject="[FR-77120] Your report has been received",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Thank you for contacting FileRiver. Your report has been received and
ticket FR-77120 has been created.

Update from our team: the file {F[10]} has been deleted and the
uploader's account suspended.

Please keep the ticket number in the subject if you write to us again.

FileRiver Support
https://fileriver.io/help
""",
    outcome="applied",
    imitates="ticket receipt that also carries a team update (Zendesk-style)",
    why="acknowledgement wording plus an unhedged item statement: not a pure acknowledgement",
    items={F[10]: "removed"},
)

case(
    name="fr-promise-24h",
    date="Tue, 3 Sep 2024 12:48:15 +0900",
    **{"from": "abuse@fileriver.io"},
    name_from="FileRiver Abuse",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hi,

Thanks for the notice. We have queued {F[1]} and
{F[2]} for removal; they will be gone within 24 hours.
The other links are waiting for review by our legal team.

FileRiver abuse desk
""",
    outcome="review",
    review="not_understood",
    imitates="abuse desk promising removal within a time frame",
    why="'queued for removal, will be gone' is a promise, not a statement; items stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fr-bulk-all-disabled",
    date="Sat, 7 Sep 2024 10:10:10 +0900",
    **{"from": "legal@fileriver.io"},
    name_from="FileRiver Legal",
    subject="Re: KCSC-240902-01 - closed",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""Dear KCSC,

All 14 links listed in your notice KCSC-240902-01 have been disabled and the
ticket is now closed.

Regards,
FileRiver Legal
""",
    outcome="review",
    review="bulk",
    imitates="closing note covering a whole multi-link notice without listing it",
    why="one statement about all items of a 14-item request without naming them: bulk",
    items={},
)

case(
    name="fr-pdf-attachment",
    date="Mon, 9 Sep 2024 09:30:00 +0900",
    **{"from": "legal@fileriver.io"},
    name_from="FileRiver Legal",
    subject="Re: KCSC-240902-01 - our response",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=with_attachment(
        """Dear KCSC,

Please find our formal response to request KCSC-240902-01, with the action
taken on each link, in the attached PDF.

FileRiver Legal""",
        "KCSC-240902-01_response.pdf", "application/pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n"
        + bytes(range(40, 84)) + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        "=_fr_pdf_0909"),
    outcome="review",
    review="unreadable_attachment",
    imitates="legal department answering with a PDF letter attached",
    why="the results are only in a PDF the reader does not read; a person must open it",
    items={},
)

# ===== Boardnet (Korean forum), KCSC-240903-02 (5) and KCSC-240910-07 (1) ===

case(
    name="bn-korean-notice",
    date="Wed, 4 Sep 2024 14:20:31 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] 시정요구(KCSC-240903-02) 조치 결과 안내",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

귀 위원회의 시정요구(KCSC-240903-02)에 대한 조치 결과를 아래와 같이 안내드립니다.

- {B[1]}은 게시중단 처리되었습니다.
- {B[2]} : 게시중단 완료
- {B_RAW3} : 해당 게시물은 요청 접수 전 작성자가 직접 삭제하여 존재하지 않습니다.

나머지 2건은 검토 후 별도로 회신드리겠습니다.

감사합니다.
{BN_SIG}
""",
    outcome="applied",
    imitates="Korean forum operator's 시정요구 조치 결과 안내 with a bulleted list",
    why="게시중단 x2 = removed (one URL with a particle attached); post deleted by its author before the request = not_found; raw Korean path matches its percent-encoded form",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found"},
)

case(
    name="bn-admin-oneliner",
    date="Wed, 4 Sep 2024 22:03:09 +0900",
    **{"from": "jhpark@boardnet.kr"},
    name_from="박지훈",
    subject="RE: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""{B[4]} 이 글 블라인드 처리했습니다.

박지훈 드림
""",
    outcome="applied",
    imitates="forum admin's one-line Korean reply",
    why="블라인드 처리했습니다 = removed, one named post",
    items={B[4]: "removed"},
)

case(
    name="bn-tempmeasure-and-keep",
    date="Thu, 5 Sep 2024 10:47:55 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] KCSC-240903-02 추가 조치 결과",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

1) {B[5]}
   → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.

2) {B[4]}
   → 검토 결과 특정인을 지목한 내용이 확인되지 않아 운영정책 위반에 해당하지 않습니다.
     따라서 게시물은 유지됩니다.

문의 사항은 회신 주시기 바랍니다.
{BN_SIG}
""",
    outcome="applied",
    imitates="Korean portal 임시조치 notice with a second post kept and its reason",
    why="임시조치(접근 제한) = restricted; kept because no policy breach = rejected",
    items={B[5]: "restricted", B[4]: "rejected"},
)

case(
    name="bn-one-item-request",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="Re: 게시물 삭제 요청 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

요청번호 KCSC-240910-07로 요청하신 게시물은 운영정책 위반으로 확인되어 삭제 조치를 완료하였습니다.

감사합니다.
{BN_SIG}
""",
    outcome="applied",
    imitates="Korean forum reply confirming deletion of 'the requested post' without repeating its URL",
    why="answer to a one-item request; a statement about the requested post applies to its only item",
    items={B[6]: "removed"},
)

case(
    name="bn-fullwidth-paren",
    date="Fri, 6 Sep 2024 15:33:21 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] 요청하신 게시물 처리 안내",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요.

신고하신 게시물（{B_RAW3}）은 운영자 권한으로 비공개 처리하였습니다.
현재 다른 이용자는 해당 글을 열람할 수 없습니다.

보드넷 운영팀 드림
""",
    outcome="applied",
    imitates="Korean operator notice with the URL inside full-width parentheses and a particle",
    why="비공개 처리 = removed; URL ends at the full-width parenthesis",
    items={B[3]: "removed"},
)

case(
    name="bn-outlook-quote",
    date="Thu, 5 Sep 2024 17:58:02 +0900",
    **{"from": "sykim@boardnet.kr"},
    name_from="김서연",
    subject="RE: [KCSC] 시정요구 KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 보드넷 김서연입니다.

{B[4]} 게시물은 오늘 오후 삭제 완료했습니다.
나머지 게시물은 법무 검토 중이며 결과 나오는 대로 회신드리겠습니다.

김서연 / 보드넷 커뮤니티운영파트

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:30 AM
To: report@boardnet.kr
Subject: [KCSC] 시정요구 KCSC-240903-02

보드넷 담당자님께,

아래 게시물에 대해 삭제 또는 접속차단 조치를 요청합니다.

1. {B[1]}
2. {B[2]}
3. {B[3]}
4. {B[4]}
5. {B[5]}

방송통신심의위원회
""",
    outcome="applied",
    imitates="Outlook reply over '-----Original Message-----' with the request below",
    why="one post deleted in the author's text; 'under legal review' for the rest is no statement; the quoted request says nothing",
    items={B[4]: "removed", B[1]: "pending", B[2]: "pending", B[3]: "pending", B[5]: "pending"},
)

BN_CSV = "\ufeff" + "\r\n".join([
    "번호,URL,처리결과,처리일시,비고",
    f"1,{B[1]},삭제,2024-09-06 10:00,",
    f"2,{B[2]},삭제,2024-09-06 10:02,",
    f"3,{B[3]},게시물 없음,,작성자 삭제",
    f"4,{B[4]},블라인드,2024-09-06 10:05,",
    f"5,{B[5]},임시조치,2024-09-06 10:07,30일",
]) + "\r\n"

case(
    name="bn-csv-korean",
    date="Fri, 6 Sep 2024 11:15:47 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] KCSC-240903-02 처리 결과 회신 (첨부)",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=with_attachment(
        f"""안녕하세요, 보드넷 운영팀입니다.

KCSC-240903-02 요청 5건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.

감사합니다.
{BN_SIG}""",
        "KCSC-240903-02_result.csv", "text/csv; charset=utf-8", BN_CSV, "=_bn_csv_0906"),
    outcome="applied",
    imitates="Korean operator sending a 처리결과 spreadsheet (CSV, UTF-8 with BOM)",
    why="CSV rows: 삭제 x2 = removed, 게시물 없음 = not_found, 블라인드 = removed, 임시조치 = restricted",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found", B[4]: "removed", B[5]: "restricted"},
)

case(
    name="bn-hedge-appears-deleted",
    date="Wed, 4 Sep 2024 16:05:12 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="Re: [KCSC] 시정요구 KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

문의하신 {B[2]} 게시물은 확인해 보니 이미 삭제된 것 같습니다.
정확한 처리 내역은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean operator's tentative first answer",
    why="'이미 삭제된 것 같습니다' is a hedge, not a statement; the item stays pending",
    items={B[2]: "pending"},
)

case(
    name="bn-bulk-korean",
    date="Sat, 7 Sep 2024 13:40:00 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] 시정요구 처리 완료 안내",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 보드넷 운영팀입니다.

요청번호 KCSC-240903-02로 요청하신 게시물 5건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
{BN_SIG}
""",
    outcome="review",
    review="bulk",
    imitates="Korean 처리 완료 안내 covering all posts of a request at once",
    why="all five posts of a five-item request in one sentence without naming them: bulk",
    items={},
)

case(
    name="bn-no-claims-contact-change",
    date="Mon, 9 Sep 2024 10:00:00 +0900",
    **{"from": "report@boardnet.kr"},
    name_from="보드넷 운영팀",
    subject="[보드넷] 기관 요청 접수 창구 변경 안내",
    body=f"""안녕하세요, 보드넷 운영팀입니다.

9월 23일부터 수사기관 및 행정기관의 게시물 관련 요청은
legal@boardnet.kr 로 접수해 주시기 바랍니다.
기존 주소로 보내주신 메일도 당분간 함께 확인합니다.

감사합니다.
{BN_SIG}
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice about a changed contact address for authorities",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ===== Chanbox (image board), KCSC-240904-03, 4 items ========================

case(
    name="cb-janitor-list",
    date="Thu, 5 Sep 2024 02:14:09 +0900",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    subject="Re: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""hi,

{C[1]} - deleted
{C[2]} - moved to /nsfw/, only viewable after the 18+ age gate now
{C[3]} - purged from the image server and the cache, returns 404

poster of the first thread got a permanent ban.

-- admin
""",
    outcome="applied",
    imitates="image-board admin's terse reply, one URL per line with the action after a dash",
    why="deleted, age-gated = restricted, purged = removed",
    items={C[1]: "removed", C[2]: "restricted", C[3]: "removed"},
)

case(
    name="cb-pruned-not-found",
    date="Thu, 5 Sep 2024 03:02:44 +0900",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    subject="Re: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""about the last one: {C[4]} doesn't exist anymore. threads
on /b/ are pruned automatically after 48 hours and that one fell off the
board before your mail came in. nothing left on our side to remove.

-- admin
""",
    outcome="applied",
    imitates="image-board admin explaining an auto-pruned thread",
    why="thread no longer exists (pruned before the request arrived) = not_found",
    items={C[4]: "not_found"},
)

case(
    name="cb-untrusted-authfail",
    date="Thu, 5 Sep 2024 07:30:00 +0900",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    subject="Re: KCSC-240904-03",
    auth="fail",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""Deleted {C[1]} and {C[2]}.

-- admin
""",
    outcome="review",
    review="untrusted",
    imitates="short admin reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: not trusted, nothing applied",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="cb-volunteer-gmail",
    date="Thu, 5 Sep 2024 21:18:36 +0900",
    **{"from": "kr.janitor.lee@gmail.com"},
    name_from="Lee (chanbox /kr/ janitor)",
    subject="about your KCSC-240904-03 mail",
    body=f"""hello, i'm one of the volunteer janitors for /kr/ on chanbox.
the admin shared your request in our staff chat. i deleted
{C[2]} myself an hour ago, the other one on /kr/ is
the admin's call.

lee
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="names our request and a URL but comes from no platform's domain",
    items={C[2]: "pending"},
)

# ===== Hanbit Hosting (Korean hosting provider), KCSC-240905-04, 3 items =====

case(
    name="hb-korean-service-suspended",
    date="Fri, 6 Sep 2024 16:22:18 +0900",
    **{"from": "abuse@hanbithost.co.kr"},
    name_from="한빛호스팅 어뷰즈팀",
    subject="[한빛호스팅] 불법정보 신고(KCSC-240905-04) 처리 결과",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.

신고해 주신 건에 대한 처리 결과입니다.

■ 대상: {H[1]}
  결과: 고객사에 통보 후 소명이 없어 웹호스팅 서비스를 정지하였습니다. (현재 접속 불가)

■ 대상: {H[2]}
  결과: 위와 동일한 계정의 게시판으로, 함께 정지되었습니다.

■ 대상: {H[3]}
  결과: 해당 도메인은 당사에서 호스팅하고 있지 않습니다. 당사 서버에서 확인되지 않습니다.

감사합니다.
{HB_SIG}
""",
    outcome="applied",
    imitates="Korean web-hosting abuse team's 처리 결과 with ■ blocks",
    why="hosting suspended, site unreachable = removed (x2); not hosted here, cannot be found on their servers = not_found",
    items={H[1]: "removed", H[2]: "removed", H[3]: "not_found"},
)

H2_LONG = H[2]
HB_QP_TEXT = f"""Hello,

Update on KCSC-240905-04 from the Hanbit Hosting abuse desk:

<{H[2]}>
The board directory was disabled on our server and now returns 403.

<{H[1]}>
The customer's main page is kept online for now, but access from Korean IP
ranges has been blocked at our firewall at your request.

Best regards,
Hanbit Hosting abuse desk
"""

case(
    name="hb-angle-brackets-qp",
    date="Sat, 7 Sep 2024 11:03:29 +0900",
    **{"from": "abuse@hanbithost.co.kr"},
    name_from="Hanbit Hosting Abuse",
    subject="RE: KCSC-240905-04",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n" + qp(HB_QP_TEXT) + "\n"),
    outcome="applied",
    imitates="English abuse-desk update with URLs in angle brackets, quoted-printable (URL with '=' escaped)",
    why="directory disabled = removed; site blocked for Korean IPs only = restricted",
    items={H[2]: "removed", H[1]: "restricted"},
)

case(
    name="hb-conditional-suspend",
    date="Fri, 6 Sep 2024 10:11:50 +0900",
    **{"from": "abuse@hanbithost.co.kr"},
    name_from="한빛호스팅 어뷰즈팀",
    subject="[한빛호스팅] KCSC-240905-04 진행 상황",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.

{H[1]} 건은 현재 고객사에 소명을 요청한 상태입니다.
9월 9일까지 고객사가 조치하지 않으면 서비스를 정지할 예정입니다.

처리되는 대로 다시 안내드리겠습니다.
{HB_SIG}
""",
    outcome="review",
    review="not_understood",
    imitates="hosting provider's interim update with a conditional suspension",
    why="a condition and a plan ('조치하지 않으면 정지할 예정'), no statement; item stays pending",
    items={H[1]: "pending"},
)

case(
    name="hb-asks-more",
    date="Thu, 5 Sep 2024 17:45:00 +0900",
    **{"from": "abuse@hanbithost.co.kr"},
    name_from="한빛호스팅 어뷰즈팀",
    subject="[한빛호스팅] KCSC-240905-04 관련 추가 자료 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.

KCSC-240905-04 건과 관련하여, 신고하신 사이트가 당사 고객의 서비스인지 확인하려면
접속 시 확인된 IP 주소와 화면 캡처가 필요합니다.
해당 자료를 회신해 주시면 확인 후 조치하겠습니다.

감사합니다.
{HB_SIG}
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="hosting provider asking for IP address and screenshots before acting",
    why="asks the regulator for more information; no status",
    items={},
)

case(
    name="hb-ticket-receipt",
    date="Thu, 5 Sep 2024 14:01:12 +0900",
    **{"from": "helpdesk@hanbithost.co.kr"},
    name_from="한빛호스팅 고객센터",
    subject="[한빛호스팅 고객센터] 문의가 접수되었습니다 (#HB-559120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 한빛호스팅 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: HB-559120
제목: [KCSC] 불법정보 신고 KCSC-240905-04

담당 부서 배정 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    imitates="Korean helpdesk auto-generated 접수 안내 (ticket receipt)",
    why="pure receipt with a ticket number",
    items={},
)

# ===== Dotline Registrar, KCSC-240906-05, 2 domains ==========================

case(
    name="dr-clienthold",
    date="Mon, 9 Sep 2024 04:12:33 +0900",
    **{"from": "abuse@dotline-registrar.com"},
    name_from="Dotline Abuse Team",
    subject="[DL-ABU-88213] Abuse report resolved - moonbay-casino7.com",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""Hello,

Case: DL-ABU-88213
Domain: moonbay-casino7.com
Reported URL: {D[1]}
Action: Domain suspended (clientHold). The domain no longer resolves.

The registrant has been informed and may contact us to dispute the
suspension.

Dotline Registrar - Abuse Team
https://dotline-registrar.com/legal/abuse
""",
    outcome="applied",
    imitates="registrar abuse-case resolution with a key: value block (clientHold)",
    why="domain suspended, no longer resolves = removed",
    items={D[1]: "removed"},
)

case(
    name="dr-refusal-court-order",
    date="Tue, 10 Sep 2024 01:55:00 +0900",
    **{"from": "abuse@dotline-registrar.com"},
    name_from="Dotline Abuse Team",
    subject="[DL-ABU-88214] lucky7-toto-kr.net",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""Hello,

Regarding {D[2]} (your ref. KCSC-240906-05):

As the registrar we do not host this website and we only act on domains for
DNS abuse (phishing, malware, botnets, spam) or on a court order from a
competent court. The content complaint you sent does not fall under our
abuse policy, so we will not suspend the domain; it remains active.
We suggest contacting the hosting provider of the site.

Dotline Registrar - Abuse Team
https://dotline-registrar.com/legal/abuse
""",
    outcome="applied",
    imitates="registrar refusing a content complaint (DNS-abuse-only policy)",
    why="explicit refusal with its reason, the domain stays active = rejected",
    items={D[2]: "rejected"},
)

case(
    name="dr-abuse-case-ack",
    date="Fri, 6 Sep 2024 10:41:12 +0900",
    **{"from": "no-reply@dotline-registrar.com"},
    name_from="Dotline Registrar",
    subject="Abuse report received [DL-ABU-88213]",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Your abuse report has been received.

Case ID: DL-ABU-88213
Our abuse team reviews reports within 2 business days. Please do not
reply to this message.

{quoted_request("KCSC-240906-05", [D[1], D[2]], "Fri, 6 Sep 2024 at 10:40")}
""",
    outcome="ignored",
    imitates="registrar ticket-system receipt quoting the report",
    why="pure acknowledgement; the URLs are only in the quoted request",
    items={},
)

# ===== BrightCDN, KCSC-240909-06, 2 objects =================================

case(
    name="bc-cdn-purged",
    date="Tue, 10 Sep 2024 20:04:51 +0900",
    **{"from": "trust-safety@brightcdn.net"},
    name_from="BrightCDN Trust & Safety",
    subject="Re: Abuse report KCSC-240909-06 (#40211)",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""Hello,

We have reviewed the two objects in your report.

Object: {N[1]}
The object was deleted from the customer's storage bucket and purged from
all edge caches.

Object: {N[2]}
Requests for this object originating in the Republic of Korea are now
blocked; it remains reachable from other countries.

See our policy at https://brightcdn.net/trust/abuse-policy for details.

BrightCDN Trust & Safety
""",
    outcome="applied",
    imitates="CDN trust-and-safety outcome, one 'Object:' block per URL",
    why="object deleted and purged = removed; blocked for KR requests only = restricted",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="bc-forwarded-to-customer",
    date="Tue, 10 Sep 2024 09:30:20 +0900",
    **{"from": "trust-safety@brightcdn.net"},
    name_from="BrightCDN Trust & Safety",
    subject="Re: Abuse report KCSC-240909-06 (#40211)",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""Hello,

The objects
  {N[1]}
  {N[2]}
belong to one of our customers' accounts. We have forwarded your report to
the customer and asked them to remove the material within 24 hours. If they
do not, we will take action ourselves and let you know.

BrightCDN Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="CDN reply saying the complaint was forwarded to the customer (Cloudflare-style)",
    why="forwarded to the customer plus a conditional promise; no statement, both items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="bc-wrong-platform",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    **{"from": "trust-safety@brightcdn.net"},
    name_from="BrightCDN Trust & Safety",
    subject="Re: KCSC-240902-01 (copy to BrightCDN)",
    body=f"""Hello,

You copied us on a notice about a file on FileRiver. FileRiver uses our
edge network, so for completeness: the cached copy of
{F[12]} has been purged from our caches and the origin object
was deleted by FileRiver.

BrightCDN Trust & Safety
""",
    outcome="review",
    review="wrong_platform",
    imitates="CDN reporting on a file host customer's item",
    why="BrightCDN states a status for a FileRiver item: not that item's own platform",
    items={F[12]: "pending"},
)

case(
    name="bc-zendesk-receipt",
    date="Mon, 9 Sep 2024 16:21:40 +0900",
    **{"from": "support@brightcdn.net"},
    name_from="BrightCDN Support",
    subject="[BrightCDN Support] Re: Abuse report KCSC-240909-06 (#40211)",
    reply_to_req=req_mid("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#40211) has been received and is being reviewed by our
Trust & Safety staff.

To add additional comments, reply to this email.

BrightCDN Support
""",
    outcome="ignored",
    imitates="Zendesk-style 'your request has been received' receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ===== Auto-replies, bounces, read receipts =================================

case(
    name="fr-out-of-office",
    date="Mon, 2 Sep 2024 10:00:41 +0900",
    **{"from": "tomas@fileriver.io"},
    name_from="Tomas Varga",
    subject="Automatic reply: KCSC-240902-01 removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@fileriver.io, which is monitored
every day.

Tomas
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="bn-korean-ooo",
    date="Tue, 10 Sep 2024 10:05:30 +0900",
    **{"from": "sykim@boardnet.kr"},
    name_from="김서연",
    subject="[자동응답] 부재중 안내: 게시물 삭제 요청 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 김서연입니다.

추석 연휴로 9월 13일부터 9월 18일까지 부재중입니다.
급한 용무는 report@boardnet.kr 로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

BN_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_bn_dsn_0903"

--=_bn_dsn_0903
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.boardnet.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cs-old@boardnet.kr>: host mail.boardnet.kr[local] said: 550 5.1.1
    <cs-old@boardnet.kr>: Recipient address rejected: User unknown

--=_bn_dsn_0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.boardnet.kr
Arrival-Date: Tue, 3 Sep 2024 11:30:04 +0900

Final-Recipient: rfc822; cs-old@boardnet.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_bn_dsn_0903
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cs-old@boardnet.kr
Subject: [KCSC] 시정요구 KCSC-240903-02
Message-ID: <{req_mid("KCSC-240903-02")}@kcsc.example>
Date: Tue, 3 Sep 2024 11:30:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물에 대해 삭제 또는 접속차단 조치를 요청합니다.
1. {B[1]}
2. {B[2]}

--=_bn_dsn_0903--
"""

case(
    name="bn-dsn-bounce",
    date="Tue, 3 Sep 2024 11:30:05 +0900",
    **{"from": "MAILER-DAEMON@mail.boardnet.kr"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=BN_DSN,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (multipart/report)",
    why="bounce of our request to an old address; the returned request names URLs but says nothing",
    items={},
)

CB_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_cb_mdn_0904"

--=_cb_mdn_0904
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <admin@chanbox.org> at
Wed, 4 Sep 2024 09:15:00 +0900.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--=_cb_mdn_0904
Content-Type: message/disposition-notification

Reporting-UA: mail.chanbox.org; Thunderbird
Final-Recipient: rfc822;admin@chanbox.org
Original-Message-ID: <{req_mid("KCSC-240904-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_cb_mdn_0904--
"""

case(
    name="cb-mdn-read-receipt",
    date="Wed, 4 Sep 2024 23:40:02 +0900",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    subject="Return Receipt (displayed) - KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    raw_mime=CB_MDN,
    outcome="ignored",
    classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt",
    items={},
)

HEADER = f"""# Blind corpus set blind847 (hosting providers, CDN, registrar, forums,
# image board, file host; informal replies, CSV attachments, text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case runs alone on a fresh ledger
# holding requests.csv. {len(CASES)} cases."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
