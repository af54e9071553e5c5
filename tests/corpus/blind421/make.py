#!/usr/bin/env python3
"""Blind set 421: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus spreadsheets (CSV
attachments) and plain-text tables.

    python3 tests/corpus/blind421/make.py

Writes requests.csv, cases/*.eml and expected.toml beside this script.
Deterministic: running it twice changes nothing. Expected results were
written from each email's meaning alone, before any run of the reader.
All platforms, people, sites, files and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

# FileHaven (file host), 14 items: the largest request.
F = [
    "https://filehaven.to/f/Qm7tR2aX",
    "https://filehaven.to/f/Lp4wZ8cN",
    "https://filehaven.to/f/Hx9bV3kD",
    "https://filehaven.to/f/Tn2yG6sE",
    "https://filehaven.to/f/Wc5jK1pF",
    "https://filehaven.to/f/Bz8nM4qH",
    "https://filehaven.to/f/Rd3uF7vJ",
    "https://filehaven.to/f/Ys6eP9tL",
    "https://filehaven.to/folder/Kk2aD5wQ",
    "https://filehaven.to/folder/Gv7hS3xR",
    "https://filehaven.to/f/Nf1cX8zT",
    "https://filehaven.to/f/Jq4mB2rU",
    "https://dl3.filehaven.to/get/Ua9kE6yV/archive_0912.zip",
    "https://filehaven.to/f/Pe5sW7nY",
]
# GallBoard (Korean forum), 5 items; the last is stored percent-encoded.
G = [
    "https://gallboard.co.kr/board/view/?id=stockfree&no=884213",
    "https://gallboard.co.kr/board/view/?id=stockfree&no=884290",
    "https://gallboard.co.kr/mini/view/?id=coinhub&no=10472",
    "https://m.gallboard.co.kr/board/stockfree/884355",
    "https://gallboard.co.kr/%EA%B0%A4%EB%9F%AC%EB%A6%AC/%EC%9E%90%EC%9C%A0/55120",
]
G5_RAW = "https://gallboard.co.kr/갤러리/자유/55120"
# VaultHost (web hosting), 3 items.
V = [
    "http://kr-lucky7slot.com/event/join.php",
    "https://vaulthost.net/~minjae88/gallery/",
    "http://203.0.113.45/drop/pay.html",
]
# Pixchan (image board), 4 items.
P = [
    "https://pixchan.org/kr/res/77120.html",
    "https://pixchan.org/kr/res/77134.html#p77139",
    "https://pixchan.org/b/res/301552.html",
    "https://img.pixchan.org/src/1725612345678.jpg",
]
# EdgeShield (CDN), 2 items.
E = [
    "https://sportslive-hd24.com/watch/epl",
    "https://cdn.edgeshield.io/assets/u/88ab31/stream.m3u8",
]
# NamePilot (registrar), 1 item.
N = ["http://toto-kingdom365.com/"]
# Pastebox (two-person paste site), 1 item.
B = ["https://pastebox.dev/p/x8Kd2LqA"]

REQUESTS = [
    ("KCSC-242103-01", "filehaven", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     F, "illegal_distribution", "req-242103-01@kcsc.example", "file host; 12 files and 2 folders"),
    ("KCSC-242104-02", "gallboard", "2024-09-04T14:00:00+09:00", "2024-09-11T23:59:59+09:00",
     G, "defamation", "req-242104-02@kcsc.example", "forum posts; one Korean path"),
    ("KCSC-242105-03", "vaulthost", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     V, "gambling", "req-242105-03@kcsc.example", "hosted sites"),
    ("KCSC-242106-04", "pixchan", "2024-09-06T16:45:00+09:00", "2024-09-13T23:59:59+09:00",
     P, "obscene", "req-242106-04@kcsc.example", "image board threads and one image"),
    ("KCSC-242109-05", "edgeshield", "2024-09-09T11:10:00+09:00", "2024-09-16T23:59:59+09:00",
     E, "copyright", "req-242109-05@kcsc.example", "CDN customer site and a CDN storage object"),
    ("KCSC-242110-06", "namepilot", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     N, "gambling", "req-242110-06@kcsc.example", "registrar; whole domain"),
    ("KCSC-242111-07", "pastebox", "2024-09-11T15:30:00+09:00", "2024-09-18T23:59:59+09:00",
     B, "personal_data", "req-242111-07@kcsc.example", "paste site"),
]

DOW = {11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon", 17: "Tue", 18: "Wed",
       19: "Thu", 20: "Fri", 23: "Mon", 24: "Tue"}


def d(day, hm, tz="+0900"):
    return f"{DOW[day]}, {day} Sep 2024 {hm}:00 {tz}"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def gmail_quote(when, urls, intro):
    lines = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:", "> Dear Sir or Madam,", ">",
             f"> {intro}", ">"]
    lines += [f"> {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [">", "> Please let us know the action taken for each URL.", ">",
              "> Korea Communications Standards Commission", "> takedown@kcsc.example"]
    return "\n".join(lines)


# ------------------------------------------------------------------- cases
cases = []


def case(**c):
    cases.append(c)


FH = "filehaven.to"

# ---- FileHaven (file host) -------------------------------------------------

case(
    name="fh-gmail-top-posted-list",
    date=d(12, "09:41"), frm="abuse@filehaven.to", name_from="Dmitri at FileHaven Abuse",
    subject="Re: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    reply_to_req="req-242103-01",
    body=f"""Hi,

Done for these, files deleted and their hashes blocked from re-upload:

- {F[0]}
- {F[1]}
- {F[2]}
- {F[3]}
- {F[4]}

Rest of the list I'll get to tomorrow.

Dmitri
FileHaven abuse desk

{gmail_quote("Tue, Sep 3, 2024 at 10:20 AM", F, "Under the Act on the Establishment and Operation of the Korea Communications Standards Commission we request the removal of the following files:")}
""",
    outcome="applied",
    imitates="abuse-desk reply from a one-click file host, top-posted over a Gmail-quoted request",
    why="five named files deleted; the quoted request lists all 14 but quoted text states nothing; 'rest tomorrow' names no item",
    items={u: "removed" for u in F[:5]},
)

CSV_ROWS = [
    ("link", "status", "date_actioned", "comment"),
    (F[0], "Deleted", "2024-09-12", ""),
    (F[1], "Deleted", "2024-09-12", ""),
    (F[2], "Deleted", "2024-09-12", ""),
    (F[3], "Deleted", "2024-09-12", ""),
    (F[4], "Deleted", "2024-09-12", ""),
    (F[5], "Deleted", "2024-09-13", ""),
    (F[6], "Not found", "", "no file with this ID"),
    (F[7], "Deleted", "2024-09-13", ""),
    (F[8], "Deleted", "2024-09-13", "folder and 9 files inside"),
    (F[9], "Deleted", "2024-09-13", "folder and 3 files inside"),
    (F[10], "Not found", "", "removed by the uploader before our review"),
    (F[11], "Deleted", "2024-09-13", ""),
    (F[12], "Deleted", "2024-09-13", "direct link of file Ua9kE6yV"),
    (F[13], "Deleted", "2024-09-13", ""),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(CSV_ROWS)
case(
    name="fh-csv-attachment-results",
    date=d(13, "18:02", "+0000"), frm="trust@filehaven.to", name_from="FileHaven Trust & Safety",
    subject="Outcome of your report KCSC-242103-01",
    reply_to_req="req-242103-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fh_5521"

--=_fh_5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each link in your request
KCSC-242103-01.

Regards,
FileHaven Trust & Safety

--=_fh_5521
Content-Type: text/csv; charset=utf-8; name="KCSC-242103-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-242103-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
--=_fh_5521--
""",
    outcome="applied",
    imitates="trust-and-safety desk returning a spreadsheet (CSV) of per-link outcomes",
    why="CSV row per link: 12 Deleted, 2 Not found (one 'removed by the uploader' = not_found)",
    items={r[0]: ("removed" if r[1] == "Deleted" else "not_found") for r in CSV_ROWS[1:]},
)

case(
    name="fh-url-then-status-line",
    date=d(14, "11:15", "+0200"), frm="support@filehaven.to", name_from="FileHaven Support",
    subject="Re: KCSC-242103-01",
    reply_to_req="req-242103-01",
    body=f"""Hello KCSC team,

Results of our check:

{F[5]}
Status: removed (illegal content policy)

{F[6]}
Status: file does not exist

{F[7]}
Status: removed

{F[8]}
Status: removed, folder owner account terminated

Kind regards,
Anna K.
FileHaven Support
""",
    outcome="applied",
    imitates="helpdesk agent pasting each link with a status line underneath",
    why="bare URL then 'Status:' on the next line: three removed, one does not exist",
    items={F[5]: "removed", F[6]: "not_found", F[7]: "removed", F[8]: "removed"},
)

case(
    name="fh-admin-one-liner",
    date=d(15, "02:37", "+0000"), frm="jonas@filehaven.to", name_from="Jonas",
    subject="Re: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    reply_to_req="req-242103-01",
    body=f"""Killed both and banned the uploader:
{F[9]}
{F[10]}

--
J.
sent from my phone
""",
    outcome="applied",
    imitates="site admin answering from his phone in one line",
    why="'killed both' is the admin's word for deleting the two listed links",
    items={F[9]: "removed", F[10]: "removed"},
)

case(
    name="fh-html-table",
    date=d(16, "10:05", "+0000"), frm="trust@filehaven.to", name_from="FileHaven Trust & Safety",
    subject="Re: Outcome of your report KCSC-242103-01 (update)",
    reply_to_req="req-242103-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Update on the links that were still open in your report:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Result</th><th>Date</th></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>Removed</td><td>2024-09-16</td></tr>
<tr><td><a href="{F[13]}">{F[13]}</a></td><td>Removed</td><td>2024-09-16</td></tr>
<tr><td><a href="{F[6]}">{F[6]}</a></td><td>Not found</td><td>-</td></tr>
</table>
<p>You can read about how we handle reports at <a href="https://filehaven.to/help/abuse">filehaven.to/help/abuse</a>.</p>
<p>FileHaven Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied",
    imitates="HTML-only results table from a file host's trust-and-safety tool",
    why="table rows: two Removed, one Not found; the help link is not an item",
    items={F[11]: "removed", F[13]: "removed", F[6]: "not_found"},
)

case(
    name="fh-base64-disabled",
    date=d(16, "18:40", "+0100"), frm="legal@filehaven.to", name_from="FileHaven Legal",
    subject="Your notice KCSC-242103-01",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Dear KCSC,

Access to the two files below has been disabled for all users as of
16 September 2024, 17:40 UTC:

{F[11]}
{F[13]}

The uploader was notified under section 7 of our terms
(https://filehaven.to/legal/terms#s7) and may file a counter-notice.

FileHaven Legal
"""),
    outcome="applied",
    imitates="legal team notice of disabled files, body sent base64-encoded",
    why="access to both named files disabled for all users = removed; the terms link is not an item",
    items={F[11]: "removed", F[13]: "removed"},
)

case(
    name="fh-outlook-original-message",
    date=d(17, "08:55", "+0200"), frm="m.weber@filehaven.to", name_from="Martin Weber",
    subject="AW: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    body=f"""Good morning,

the following three were removed this morning:
{F[3]}
{F[4]}
{F[8]}

We are still looking at the others and will come back to you.

Best regards
Martin Weber
Content Compliance | FileHaven Ltd.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: abuse@filehaven.to
Subject: [KCSC-242103-01] Removal request - 14 files on filehaven.to

Dear Sir or Madam,

We request the removal of the following files, which are illegal under
Korean law:

""" + "\n".join(F) + """

Please reply with the action taken for each URL.

Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Outlook reply (German client, 'AW:') over an unquoted -----Original Message----- block",
    why="three named files removed above the original message; the request text below states nothing",
    items={F[3]: "removed", F[4]: "removed", F[8]: "removed"},
)

case(
    name="fh-notice-angle-brackets-wrapped",
    date=d(18, "13:20", "+0000"), frm="legal@filehaven.to", name_from="FileHaven Legal",
    subject="Notice of action taken - FH-TS-0918-2207",
    body=f"""Dear Sir or Madam,

Further to your notice KCSC-242103-01, FileHaven has disabled access to the
following material:

  1. <https://dl3.filehaven.to/get/Ua9kE6yV/
     archive_0912.zip>
  2. <{F[2]}>

The folder <{F[9]}> could not be located on our
systems; it does not exist under that identifier.

Yours faithfully,
FileHaven Legal
Reference: FH-TS-0918-2207
""",
    outcome="applied",
    imitates="formal 'notice of action taken' from a file host's legal desk, URLs in angle brackets, one wrapped",
    why="two links disabled (one URL wrapped inside <>), the folder could not be located = not_found",
    items={F[12]: "removed", F[2]: "removed", F[9]: "not_found"},
)

# ---- GallBoard (Korean forum) ---------------------------------------------

case(
    name="gb-result-text-table",
    date=d(12, "11:20"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="[갤보드] 게시중단 요청(KCSC-242104-02) 처리 결과 안내",
    body=f"""안녕하세요, 갤보드 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 알려드립니다.

번호 | 게시물 주소 | 처리 결과
1 | {G[0]} | 삭제
2 | {G[1]} | 삭제
3 | {G[2]} | 임시조치(30일)
4 | {G[3]} | 해당 게시물 없음(작성자 삭제)
5 | {G5_RAW} | 블라인드

처리 일시: 2024-09-12 11:00
문의: report@gallboard.co.kr

감사합니다.
""",
    outcome="applied",
    imitates="Korean community's 게시중단 처리 결과 안내 with a pipe-separated plain-text table",
    why="삭제 x2 = removed, 임시조치 = restricted, 작성자 삭제로 없음 = not_found, 블라인드 = removed (raw Korean path)",
    items={G[0]: "removed", G[1]: "removed", G[2]: "restricted", G[3]: "not_found", G[4]: "removed"},
)

case(
    name="gb-admin-one-line-kr",
    date=d(13, "23:48"), frm="admin@gallboard.co.kr", name_from="갤보드 관리자",
    subject="Re: 게시중단 요청 KCSC-242104-02",
    reply_to_req="req-242104-02",
    body=f"""{G[1]} 글 삭제했습니다.

갤보드 관리자 드림
""",
    outcome="applied",
    imitates="forum administrator's one-line Korean reply",
    why="one named post 삭제했습니다 = removed",
    items={G[1]: "removed"},
)

case(
    name="gb-fullwidth-paren-korean-path",
    date=d(14, "10:02"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="Re: 게시중단 요청 KCSC-242104-02 관련 회신",
    reply_to_req="req-242104-02",
    body=f"""안녕하세요. 갤보드 운영팀입니다.

요청하신 게시물 중 자유갤러리 글（{G5_RAW}）은 운영원칙 위반으로 블라인드 처리하였고,
코인허브 미니갤러리 글 {G[2]} 는 권리침해 신고 절차에 따라 30일간 임시조치하였습니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean forum operator's prose reply with full-width parentheses around a Korean-path URL",
    why="블라인드 = removed for the Korean-path post, 임시조치 = restricted; 'the rest later' names nothing",
    items={G[4]: "removed", G[2]: "restricted"},
)

case(
    name="gb-rejected-with-reason",
    date=d(16, "15:30"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="[갤보드] 게시중단 요청(KCSC-242104-02) 검토 결과",
    body=f"""안녕하세요, 갤보드 운영팀입니다.

1) {G[0]}
검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
(사유: 특정 종목에 대한 개인 의견 표현으로 판단됨)

2) {G[1]}
운영정책 위반으로 삭제 처리되었습니다.

이의가 있으시면 https://gallboard.co.kr/help/report 에서 재신고하실 수 있습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean forum review result: one post kept with its reason, one deleted",
    why="게시 유지 with a reason = rejected; 삭제 처리 = removed; help link not an item",
    items={G[0]: "rejected", G[1]: "removed"},
)

GB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-242104-02)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{G[0].replace("&", "&amp;")}</td><td>삭제</td><td>2024.09.17</td></tr>
<tr><td>2</td><td>{G[1].replace("&", "&amp;")}</td><td>삭제</td><td>2024.09.17</td></tr>
<tr><td>3</td><td>{G[2].replace("&", "&amp;")}</td><td>접속차단(국내)</td><td>2024.09.17</td></tr>
</table>
<p>갤보드 운영팀 드림</p>
</body></html>
"""
case(
    name="gb-html-qp-sijeong-result",
    date=d(18, "09:10"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("[갤보드] 시정요구 조치결과 회신".encode()).decode() + "?=",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(GB_HTML)}
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table, quoted-printable, encoded subject",
    why="삭제 x2 = removed, 접속차단(국내) = restricted",
    items={G[0]: "removed", G[1]: "removed", G[2]: "restricted"},
)

case(
    name="gb-author-already-deleted",
    date=d(19, "14:44"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="Re: 게시중단 요청 KCSC-242104-02",
    reply_to_req="req-242104-02",
    body=f"""안녕하세요.

문의하신 {G[3]} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않는 글입니다.
별도 조치가 필요하지 않은 점 양해 부탁드립니다.

갤보드 운영팀
""",
    outcome="applied",
    imitates="Korean forum reply that the post was already deleted by its author",
    why="작성자가 이미 삭제, 존재하지 않음 = not_found",
    items={G[3]: "not_found"},
)

# ---- VaultHost (web hosting) ------------------------------------------------

case(
    name="vh-suspended-and-nothing-there",
    date=d(12, "16:25", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55821] Re: KCSC-242105-03",
    body=f"""Hello,

We looked into your report.

{V[0]} -> the hosting account behind this site has been suspended,
the whole site is offline.

{V[2]} -> the IP is ours (shared web server), but there is no /drop/
directory on it and no file of that name in any account. Nothing to remove.

Regards,
VaultHost Abuse Team
""",
    outcome="applied",
    imitates="hosting provider abuse desk reply, arrow-style notes per URL",
    why="account suspended, site offline = removed; no such file in any account = not_found",
    items={V[0]: "removed", V[2]: "not_found"},
)

case(
    name="vh-ticket-solved-customer-removed",
    date=d(13, "15:02"), frm="support@vaulthost.net", name_from="Keiko (VaultHost Support)",
    subject="[VaultHost] Re: Abuse report KCSC-242105-03 [#55822]",
    body=f"""##- Please type your reply above this line -##

Your request (#55822) has been solved. To reopen it, reply to this email.

Keiko (VaultHost Support)

Sep 13, 2024, 15:02 KST

Hi,

Our customer has taken the gallery down: {V[1]} now returns
404 and we checked that the files are gone from the server.

Thanks,
Keiko

This email is a service from VaultHost Support.
[R4KD2M-7X1L]
""",
    outcome="applied",
    imitates="helpdesk (Zendesk-style) 'your request has been solved' mail carrying the agent's comment",
    why="ticket wrapper, but the agent states the named page is taken down = removed",
    items={V[1]: "removed"},
)

case(
    name="vh-rejected-aup",
    date=d(17, "10:30", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55822] Re: KCSC-242105-03",
    body=f"""Hello,

We reviewed {V[1]} again after your follow-up.

It contains photographs of public buildings with commentary. We could not
identify anything that breaches our acceptable use policy
(https://vaulthost.net/aup) or the law of our jurisdiction, so we will not
take action and the page stays online unless we receive a court order.

Regards,
VaultHost Abuse Team
""",
    outcome="applied",
    imitates="hosting provider declining to act, citing its acceptable use policy",
    why="stays online, no breach found = rejected; the AUP link is not an item",
    items={V[1]: "rejected"},
)

case(
    name="vh-plain-text-table",
    date=d(19, "07:12", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55821] Final status - KCSC-242105-03",
    body=f"""Hello,

Final status of your report:

URL                                        ACTION      DATE (UTC)
-----------------------------------------  ----------  ----------
{V[0]:<41}  suspended   2024-09-18
{V[1]:<41}  removed     2024-09-18
{V[2]:<41}  not found   -

This ticket is now closed.

VaultHost Abuse Team
""",
    outcome="applied",
    imitates="abuse desk's fixed-width plain-text status table",
    why="suspended = removed, removed, not found",
    items={V[0]: "removed", V[1]: "removed", V[2]: "not_found"},
)

# ---- Pixchan (image board) --------------------------------------------------

case(
    name="px-admin-oneliner",
    date=d(12, "03:14", "+0000"), frm="admin@pixchan.org", name_from="pixchan admin",
    subject="Re: KCSC-242106-04",
    reply_to_req="req-242106-04",
    body=f"""both threads deleted, poster banned 30d

{P[0]}
{P[1]}

-- admin
""",
    outcome="applied",
    imitates="image-board admin's lowercase one-line reply",
    why="both named threads deleted = removed",
    items={P[0]: "removed", P[1]: "removed"},
)

case(
    name="px-image-deleted-thread-pruned",
    date=d(14, "21:05", "+0000"), frm="mod-kr@pixchan.org", name_from="Pixchan /kr/ mod",
    subject="Re: KCSC-242106-04",
    reply_to_req="req-242106-04",
    body=f"""Hi,

The image {P[3]} has been deleted and its hash added to the filter.

The thread {P[2]} was already gone when I looked. /b/ prunes threads
after 200 replies, so it fell off the board before your mail arrived.

- volunteer mod
""",
    outcome="applied",
    imitates="volunteer moderator of an image board explaining deletion and thread pruning",
    why="image deleted = removed; thread already gone (pruned) before action = not_found",
    items={P[3]: "removed", P[2]: "not_found"},
)

case(
    name="px-numbered-mixed",
    date=d(18, "19:40", "+0000"), frm="admin@pixchan.org", name_from="pixchan admin",
    subject="Re: KCSC-242106-04 - all four",
    body=f"""hi, answers in order:

1. {P[0]} - deleted
2. {P[1]} - the post itself (No.77139) deleted, rest of the thread stays
3. {P[2]} - doesn't exist, 404 on our side too
4. {P[3]} - not removing this one. it's a crop of a published news photo and doesn't break board rules or the law here.

-- admin
""",
    outcome="applied",
    imitates="image-board admin answering a numbered list item by item",
    why="deleted, the reported post deleted, doesn't exist = not_found, refusal with a reason = rejected",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found", P[3]: "rejected"},
)

# ---- EdgeShield (CDN) -------------------------------------------------------

case(
    name="es-cdn-storage-removed-proxy-refused",
    date=d(13, "02:18", "+0000"), frm="abuse@edgeshield.io", name_from="EdgeShield Trust & Safety",
    subject="Re: KCSC-242109-05 [ES-ABU-88412]",
    reply_to_req="req-242109-05",
    body=f"""Hello,

Thank you for your report. We have reviewed both URLs.

{E[1]}
This file was stored on EdgeShield Storage by our customer. We have deleted
the object and purged it from all edge caches.

{E[0]}
EdgeShield only provides pass-through CDN and DDoS protection for this
website and does not host its content, so we are not able to remove it.
We have forwarded your complaint to the website's hosting provider,
NorthRiver Datacenter (abuse@northriver-dc.example).

Regards,
EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN abuse reply: removes what it stores, declines what it only proxies ('we are not the host')",
    why="storage object deleted = removed; proxied site: refusal with its reason = rejected (arguable, see NOTES)",
    items={E[1]: "removed", E[0]: "rejected"},
)

case(
    name="es-geo-restricted-kr",
    date=d(17, "06:00", "+0000"), frm="abuse@edgeshield.io", name_from="EdgeShield Trust & Safety",
    subject="KCSC-242109-05: geo-restriction applied [ES-ABU-88412]",
    body=f"""Hello,

Following your notice KCSC-242109-05 we have applied a geo-restriction at
our edge: {E[0]} is now blocked for visitors connecting from the Republic
of Korea (they receive HTTP 451). The site remains reachable from other
countries.

Regards,
EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN applying a country block (HTTP 451) for one URL",
    why="blocked for visitors from Korea only = restricted",
    items={E[0]: "restricted"},
)

# ---- NamePilot (registrar) --------------------------------------------------

case(
    name="np-clienthold-domain-only",
    date=d(13, "20:31", "-0700"), frm="abuse@namepilot.com", name_from="NamePilot Abuse",
    subject="Re: [KCSC-242110-06] toto-kingdom365.com",
    reply_to_req="req-242110-06",
    body="""Hello,

Regarding the domain name toto-kingdom365.com:

The registrant did not respond to our notice within the required period.
The domain has been placed on clientHold status as of 13 September 2024 and
no longer resolves.

Please note that as the registrar we do not host the website's content.

NamePilot Domain Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse reply placing a domain on clientHold",
    why="one-item request: the domain on hold and no longer resolving = removed, though only the domain name is written",
    items={N[0]: "removed"},
)

# ---- Pastebox (small service) ----------------------------------------------

case(
    name="pb-ref-only-removed",
    date=d(12, "22:47", "+0100"), frm="sam@pastebox.dev", name_from="Sam from Pastebox",
    subject="Re: [KCSC-242111-07] Removal request - pastebox.dev",
    reply_to_req="req-242111-07",
    body="""Hey,

removed the paste and blocked the account that made it. Thanks for the heads-up.

Sam
(Pastebox is just two of us, sorry for the slow reply)
""",
    outcome="applied",
    imitates="two-person side project's informal reply naming no URL",
    why="reply in the thread of a one-item request: 'removed the paste' = removed",
    items={B[0]: "removed"},
)

case(
    name="pb-paste-does-not-exist",
    date=d(16, "09:05", "+0100"), frm="lena@pastebox.dev", name_from="Lena (Pastebox)",
    subject="Re: [KCSC-242111-07] Removal request - pastebox.dev",
    reply_to_req="req-242111-07",
    body=f"""Hi,

that paste doesn't exist on our side: {B[0]} gives a 404
and there is nothing in the database under x8Kd2LqA. Probably it expired
(pastes default to a 7-day expiry) before we saw your email.

Lena
""",
    outcome="applied",
    imitates="small service reply that the reported paste does not exist",
    why="'doesn't exist' is unhedged = not_found; 'probably expired' only guesses why",
    items={B[0]: "not_found"},
)

# ---- review cases -----------------------------------------------------------

case(
    name="fh-promise-within-24h",
    date=d(12, "08:02", "+0000"), frm="abuse@filehaven.to", name_from="FileHaven Abuse",
    subject="Re: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    reply_to_req="req-242103-01",
    body=f"""Hi,

thanks for the report. We'll have these removed within 24 hours:

{F[5]}
{F[7]}
{F[13]}

FileHaven Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal",
    why="'will have these removed' is a promise, not a statement: items stay pending",
    items={F[5]: "pending", F[7]: "pending", F[13]: "pending"},
)

case(
    name="fh-bulk-all-deleted",
    date=d(19, "12:00", "+0000"), frm="trust@filehaven.to", name_from="FileHaven Trust & Safety",
    subject="Re: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    reply_to_req="req-242103-01",
    body="""Hello,

All files listed in your request have now been deleted and the uploaders'
accounts closed.

Regards,
FileHaven Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host's blanket 'all listed files deleted' reply",
    why="statement about all 14 items of a multi-item request without naming each = bulk",
    items={u: "pending" for u in F},
)

case(
    name="fh-untrusted-dkim-fail",
    date=d(14, "05:33", "+0000"), frm="abuse@filehaven.to", name_from="FileHaven Abuse",
    auth="fail",
    subject="Re: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    reply_to_req="req-242103-01",
    body=f"""Hello,

{F[8]} and {F[9]} deleted, both folders.

FileHaven Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse desk reply whose DKIM/DMARC check failed",
    why="platform domain but authentication failed: nothing applied",
    items={F[8]: "pending", F[9]: "pending"},
)

case(
    name="vh-forwarded-to-customer",
    date=d(12, "14:10", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55821] Re: KCSC-242105-03",
    body=f"""Hello,

We have forwarded your complaint about {V[0]} to our
customer and given them 48 hours to remove the material. If they fail to
do so, we will suspend the service.

Regards,
VaultHost Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider passing the complaint to its customer with a deadline",
    why="forwarded to customer, a deadline and a conditional suspension: no status",
    items={V[0]: "pending"},
)

case(
    name="vh-asks-legal-basis",
    date=d(16, "11:45", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55823] More information needed - KCSC-242105-03",
    body=f"""Hello,

To process your report about {V[2]} we need:

  - a screenshot or archived copy showing the material you are reporting, and
  - the legal basis (the article of the Korean statute) it breaches.

Please reply to this email with the above. We cannot act on the report until
we receive it.

VaultHost Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="hosting provider asking for evidence and the legal basis before acting",
    why="asks for more information; no status",
    items={V[2]: "pending"},
)

case(
    name="vh-unknown-sender-site-owner",
    date=d(14, "17:20"), frm="lucky7slot.kr@gmail.com", name_from="lucky7 admin",
    subject="Re: KCSC-242105-03 complaint about my site",
    body=f"""Hello,

I got a notice from my hosting company. I deleted the page
{V[0]} yesterday, please withdraw the complaint
so they unsuspend my account.

Thanks
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing from a free-mail address after the host's notice",
    why="not the platform: a customer's claim from gmail.com changes nothing",
    items={V[0]: "pending"},
)

case(
    name="px-hedge-maybe-deleted",
    date=d(13, "01:02", "+0000"), frm="admin@pixchan.org", name_from="pixchan admin",
    subject="Re: KCSC-242106-04",
    reply_to_req="req-242106-04",
    body=f"""hmm, {P[0]} looks like it might have been deleted by one of
the janitors already? will double-check tonight

-- admin
""",
    outcome="review", review="not_understood",
    imitates="image-board admin unsure whether a janitor already deleted the thread",
    why="'looks like it might have been deleted' is a hedge; will check later",
    items={P[0]: "pending"},
)

case(
    name="px-conditional-delete",
    date=d(15, "16:30", "+0000"), frm="mod-b@pixchan.org", name_from="Pixchan /b/ mod",
    subject="Re: KCSC-242106-04",
    reply_to_req="req-242106-04",
    body=f"""warned the OP of {P[2]} - the thread will be deleted if they don't
take the image down within 24h.
""",
    outcome="review", review="not_understood",
    imitates="board moderator's conditional warning",
    why="deletion only on a condition: not a statement",
    items={P[2]: "pending"},
)

case(
    name="gb-bulk-all-kr",
    date=d(20, "10:00"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="Re: 게시중단 요청 KCSC-242104-02",
    reply_to_req="req-242104-02",
    body="""안녕하세요, 갤보드 운영팀입니다.

요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum's one-sentence 'all N posts deleted' reply",
    why="all five posts of a five-item request, none named = bulk",
    items={u: "pending" for u in G},
)

case(
    name="gb-under-review-kr",
    date=d(13, "09:30"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="Re: 게시중단 요청 KCSC-242104-02",
    reply_to_req="req-242104-02",
    body=f"""안녕하세요.

요청하신 게시물 {G[2]} 은 현재 내부 검토 중이며,
검토가 끝나는 대로 결과를 회신드리겠습니다.

갤보드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean forum's 검토 중 reply naming one post",
    why="under review is not a statement, and the post is named: not_understood, pending",
    items={G[2]: "pending"},
)

case(
    name="es-wrong-platform-host-item",
    date=d(18, "04:12", "+0000"), frm="abuse@edgeshield.io", name_from="EdgeShield Trust & Safety",
    subject="KCSC-242105-03 - action on our network [ES-ABU-88630]",
    body=f"""Hello,

VaultHost passed us your report KCSC-242105-03, as the site also uses our
CDN. We have disabled {V[0]} on our network;
visitors now see an EdgeShield block page.

Regards,
EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a report addressed to the site's hosting provider",
    why="EdgeShield states a status for a VaultHost item",
    items={V[0]: "pending"},
)

case(
    name="es-process-announcement",
    date=d(20, "15:00", "+0000"), frm="noreply@edgeshield.io", name_from="EdgeShield Trust & Safety",
    subject="Changes to how EdgeShield handles abuse reports",
    body="""Hello,

You are receiving this email because you filed an abuse report with
EdgeShield in the last 12 months.

From 1 October 2024, reports sent by email to abuse@edgeshield.io will no
longer be processed. Please use the form at https://edgeshield.io/abuse
instead; government agencies can request a dedicated portal account at
https://edgeshield.io/abuse/gov.

Thank you,
EdgeShield Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="CDN's announcement mailed to past reporters",
    why="trusted platform mail naming no item and no request; its links are the platform's own pages",
    items={},
)

# ---- ignored ----------------------------------------------------------------

case(
    name="fh-out-of-office",
    date=d(12, "01:05", "+0200"), frm="m.weber@filehaven.to", name_from="Martin Weber",
    subject="Automatische Antwort: [KCSC-242103-01] Removal request - 14 files on filehaven.to",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message. I am out of the office until 23 September
with limited access to email.

For abuse matters please write to abuse@filehaven.to.

Martin Weber
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="gb-out-of-office-kr",
    date=d(13, "08:00"), frm="jhpark@gallboard.co.kr", name_from="박지훈",
    subject="[부재중] Re: 게시중단 요청 KCSC-242104-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 박지훈입니다.

9월 13일부터 9월 19일까지 휴가로 부재중입니다.
게시물 신고 관련 문의는 report@gallboard.co.kr 로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="pb-bounce-dsn",
    date=d(11, "06:31", "+0000"), frm="MAILER-DAEMON@mx1.pastebox.dev", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B7C1E2.1726036291/mx1.pastebox.dev"

--B7C1E2.1726036291/mx1.pastebox.dev
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pastebox.dev.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@pastebox.dev>: unknown user: "abuse"

--B7C1E2.1726036291/mx1.pastebox.dev
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pastebox.dev
Arrival-Date: Wed, 11 Sep 2024 06:31:30 +0000

Final-Recipient: rfc822; abuse@pastebox.dev
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "abuse"

--B7C1E2.1726036291/mx1.pastebox.dev
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastebox.dev
Subject: [KCSC-242111-07] Removal request - pastebox.dev
Message-ID: <req-242111-07@kcsc.example>
Date: Wed, 11 Sep 2024 15:30:00 +0900
Content-Type: text/plain; charset=utf-8

Dear Sir or Madam,

We request the removal of the following paste:

{B[0]}

Korea Communications Standards Commission

--B7C1E2.1726036291/mx1.pastebox.dev--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (unknown user) carrying the request",
    why="bounce; the URL is only in the returned request",
    items={},
)

case(
    name="gb-mdn-read-receipt",
    date=d(12, "09:14"), frm="report@gallboard.co.kr", name_from="갤보드 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("읽음 확인: 게시중단 요청 KCSC-242104-02".encode()).decode() + "?=",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-gb-0912"

--mdn-gb-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-12 09:14 에 수신자가 읽었습니다.
제목: 게시중단 요청 KCSC-242104-02

--mdn-gb-0912
Content-Type: message/disposition-notification

Reporting-UA: gallboard.co.kr; Webmail 7.2
Final-Recipient: rfc822; report@gallboard.co.kr
Original-Message-ID: <req-242104-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-gb-0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail 읽음 확인 (MDN)",
    why="read receipt",
    items={},
)

case(
    name="vh-ticket-receipt",
    date=d(12, "10:02", "+0000"), frm="abuse@vaulthost.net", name_from="VaultHost Abuse",
    subject="[VH-ABUSE #55821] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting VaultHost Abuse. Your report has been received and
ticket #55821 has been created. Our team reviews reports in the order they
arrive, usually within two business days.

Please do not open a new ticket for the same matter; reply to this email
instead to add information.

This is an automated message.
VaultHost Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting helpdesk automatic ticket receipt",
    why="pure acknowledgement: ticket created, nothing about items",
    items={},
)

case(
    name="es-receipt-echoes-urls",
    date=d(12, "02:40", "+0000"), frm="noreply@edgeshield.io", name_from="EdgeShield Trust & Safety",
    subject="Abuse report received [ES-ABU-88412]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This is an automated confirmation that EdgeShield has received your abuse
report. Please keep the reference ES-ABU-88412 for any correspondence.

--- Your submission ---
Reporter: KCSC Takedown <takedown@kcsc.example>
Category: Copyright
Reported URLs:
  {E[0]}
  {E[1]}
Comments: KCSC-242109-05. Illegal streaming of sports broadcasts.
--- End of submission ---

We will contact you if we need more information.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the submitted report",
    why="automatic receipt; the URLs are only the echo of our own submission (arguable, see NOTES)",
    items={},
)

case(
    name="px-noreply-autoreply",
    date=d(12, "00:05", "+0000"), frm="noreply@pixchan.org", name_from="Pixchan",
    subject="Auto: Re: KCSC-242106-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This address is not read by a human.

To report a post, use the [Report] button next to it. Legal requests go to
the form at https://pixchan.org/legal.
""",
    outcome="ignored", classification="auto_reply",
    imitates="image board's unattended-mailbox auto-reply",
    why="auto-reply pointing to the report button; its link is the board's own page",
    items={},
)

# --------------------------------------------------------------- write set

HEADER = """# Blind set 421 (tests/corpus/blind421/make.py writes this file).
# Hosting providers, CDNs, registrars, forums, image boards, file hosts and
# small services answering informally, plus CSV attachments and plain-text
# tables. Expected results written from each email's meaning alone, before
# any run of the reader. Each case is judged alone on a fresh ledger."""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def main():
    for c in cases:
        c["from"] = c.pop("frm")
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nf.encode()).decode() + "?="
        if not c["subject"].isascii():
            c["subject"] = "=?UTF-8?B?" + base64.b64encode(c["subject"].encode()).decode() + "?="
        if nf and "(" in nf:
            c["name_from"] = '"' + nf + '"'
    # remove stale case files so that the set is exactly the case list
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        wanted = {c["name"] + ".eml" for c in cases}
        for f in os.listdir(cdir):
            if f.endswith(".eml") and f not in wanted:
                os.remove(os.path.join(cdir, f))
    write_requests()
    corpuslib.write_set(HERE, "blind421", HEADER, cases)


if __name__ == "__main__":
    main()
