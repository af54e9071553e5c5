#!/usr/bin/env python3
"""Blind set 811: hosting providers, a CDN, a registrar, a Korean forum, an
image board, file hosts and a one-person image host answering informally,
plus CSV attachments and plain-text / HTML tables.

    python3 tests/corpus/blind811/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was run on it.
"""
import base64
import csv
import io
import os
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind811"


def dt(s, tz=9):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(d)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
FD = [
    "https://filedrop.example/f/Qm7xT2ka",
    "https://filedrop.example/f/Zp4Lw9rd",
    "https://filedrop.example/f/Hc8Nv3ey",
    "https://filedrop.example/f/Rt2Bq6um",
    "https://filedrop.example/f/Wy5Kd1so",
    "https://filedrop.example/f/Jn9Fx4ap",
    "https://filedrop.example/f/Lb3Gs8ic",
    "https://filedrop.example/f/Ue6Mh2tw",
    "https://filedrop.example/f/Xo1Pz7gn",
    "https://filedrop.example/f/Dv4Ya5qe",
    "https://filedrop.example/f/Ki8Cr3lb",
    "https://filedrop.example/f/Ps2Ej9hx",
    "https://filedrop.example/f/Ga7Tw6nz",
    "https://filedrop.example/folder/Nk5Vu0mo",
]
D3_RAW = "https://dalbit.example/장터/45512"
DB = [
    "https://dalbit.example/board/free/318820",
    "https://dalbit.example/board/humor/77104",
    "https://dalbit.example/" + quote("장터") + "/45512",
    "https://m.dalbit.example/board/free/319002",
    "https://dalbit.example/board/photo?no=22871",
]
HB = [
    "http://kr-pharm-outlet.example/products/sleep-aid",
    "https://198.51.100.77/~mirror/vod/ep12.html",
    "https://lotto-pick-kr.example/",
    "https://blog.sunny-garden.example/2024/08/post-31.html",
]
PC = [
    "https://pinechan.example/kr/thread/884120",
    "https://pinechan.example/kr/thread/884377",
    "https://i.pinechan.example/kr/1725170012345.jpg",
]
NK = [
    "http://kcsc-verify-login.example/",
    "http://portal-secure-check.example/login",
]
ES = [
    "https://toto-streams.example/live/ch3",
    "https://webtoon-free-zone.example/comic/4410/ep88",
]
IS = ["https://imgsnap.example/i/7fKq2Lx.png"]

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "filedrop", "2024-09-02", "2024-09-09", "copyright", FD,
     "pirated broadcast episodes shared as file links"),
    ("KCSC-240903-02", "dalbit", "2024-09-03", "2024-09-10", "defamation", DB,
     "forum posts; one in the market board with a Korean path"),
    ("KCSC-240904-03", "hostbay", "2024-09-04", "2024-09-11", "drugs", HB,
     "customer sites on a hosting provider"),
    ("KCSC-240905-04", "pinechan", "2024-09-05", "2024-09-12", "obscenity", PC,
     "image board threads and one image file"),
    ("KCSC-240906-05", "namekeeper", "2024-09-06", "2024-09-13", "phishing", NK,
     "phishing domains at a registrar"),
    ("KCSC-240909-06", "edgeshield", "2024-09-09", "2024-09-16", "gambling", ES,
     "sites behind a CDN"),
    ("KCSC-240910-07", "imgsnap", "2024-09-10", "2024-09-17", "obscenity", IS,
     "one image on a one-person image host"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_of(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, greeting):
    lines = [
        greeting,
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "following information to be illegal under Korean law and requests that",
        "it be removed or access to it be blocked within 7 days:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"Reference: {ref}", "", "KCSC Takedown Team", "takedown@kcsc.example"]
    return lines


def gmail_quote(when, ref, urls, greeting, intro="On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"):
    out = [intro.format(when=when)]
    out += [("> " + l).rstrip() for l in request_text(ref, urls, greeting)]
    return "\n".join(out)


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


FD_SUBJ = "[KCSC-240902-01] Request for removal of illegal information"
DB_SUBJ = "[KCSC-240903-02] 불법정보 삭제 요청"
HB_SUBJ = "[KCSC-240904-03] Request for removal of illegal information"
PC_SUBJ = "[KCSC-240905-04] Request for removal of illegal information"
NK_SUBJ = "[KCSC-240906-05] Phishing domains - request for action"
ES_SUBJ = "[KCSC-240909-06] Request for removal of illegal information"
IS_SUBJ = "[KCSC-240910-07] 불법정보 삭제 요청"

# ======================= APPLIED =======================

# A1 filedrop CSV attachment covering all 14 items
csv_rows = [
    "url,action,reason,date",
    f"{FD[0]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[1]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[2]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[3]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[4]},file not found,no file with this id,2024-09-05",
    f"{FD[5]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[6]},kept,no violation found - footage is public domain,2024-09-05",
    f"{FD[7]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[8]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[9]},file not found,already deleted by the uploader,2024-09-05",
    f"{FD[10]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[11]},deleted,ToS 3.1 illegal content,2024-09-05",
    f"{FD[12]},kept,no violation found - licensed news clip,2024-09-05",
    f"{FD[13]},folder disabled,ToS 3.1 illegal content,2024-09-05",
]
case(
    name="fd-csv-attachment-all-links",
    **{"from": "abuse@filedrop.example"}, name_from="FileDrop Abuse",
    date=dt("2024-09-05 16:40:02", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fd-7731"

--fd-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have processed your notice KCSC-240902-01. The outcome for each link is
in the attached spreadsheet (one row per link).

Kind regards,
Marta / FileDrop abuse team

--fd-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(chr(10).join(csv_rows) + chr(10))}
--fd-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk returning a per-link results spreadsheet (CSV attachment) after a takedown notice",
    why="CSV rows state, link by link, deleted / file not found / kept with a reason / folder disabled",
    items={FD[0]: "removed", FD[1]: "removed", FD[2]: "removed", FD[3]: "removed", FD[4]: "not_found",
           FD[5]: "removed", FD[6]: "rejected", FD[7]: "removed", FD[8]: "removed", FD[9]: "not_found",
           FD[10]: "removed", FD[11]: "removed", FD[12]: "rejected", FD[13]: "removed"},
)

# A2 plain-text fixed-width table
case(
    name="fd-plain-text-table",
    **{"from": "support@filedrop.example"}, name_from="FileDrop Support",
    date=dt("2024-09-06 09:12:44", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hi,

first batch from our side:

URL                                   | Result
--------------------------------------+---------------------------
{FD[2]}   | removed
{FD[3]}   | removed
{FD[4]}   | not found (link invalid)
{FD[5]}   | disabled
{FD[6]}   | kept - no ToS violation

The other links are still being looked at.

Tom
FileDrop Support
""",
    outcome="applied",
    imitates="small file host support agent pasting a plain-text results table",
    why="each row names one link and its result; the rest is explicitly still being looked at",
    items={FD[2]: "removed", FD[3]: "removed", FD[4]: "not_found", FD[5]: "removed", FD[6]: "rejected"},
)

# A3 prose, folder emptied by its owner
case(
    name="fd-prose-folder-emptied-by-owner",
    **{"from": "marta@filedrop.example"}, name_from="Marta Ilić",
    date=dt("2024-09-04 11:03:19", 2), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hi there,

The two files you flagged, {FD[0]} and {FD[1]}, are deleted and the
uploader account is banned. The folder {FD[13]}
had already been emptied by its owner before we got to it, so there was
nothing left for us to remove there.

Best,
Marta
""",
    outcome="applied",
    imitates="file host abuse agent answering informally in prose",
    why="two files deleted; the folder was already emptied by its owner (already deleted by its author)",
    items={FD[0]: "removed", FD[1]: "removed", FD[13]: "not_found"},
)

# A4 bare URL with status on the line below
case(
    name="fd-url-then-status-line",
    **{"from": "abuse@filedrop.example"}, name_from="FileDrop Abuse",
    date=dt("2024-09-03 22:51:07", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""{FD[2]}
-> removed (ToS 3.1)

{FD[3]}
-> removed (ToS 3.1)

{FD[4]}
-> link invalid, no such file on our servers

-- 
FileDrop abuse desk
""",
    outcome="applied",
    imitates="terse abuse-desk reply listing bare URLs with an arrow status on the next line",
    why="status given on the line under each URL: removed, removed, no such file",
    items={FD[2]: "removed", FD[3]: "removed", FD[4]: "not_found"},
)

# A5 top-posted over Gmail-quoted request
case(
    name="fd-top-posted-over-gmail-quote",
    **{"from": "tom@filedrop.example"}, name_from="Tom Brandt",
    date=dt("2024-09-04 08:30:55", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hi, these two are down now, both removed and the uploader suspended:
{FD[5]}
{FD[6]}

Rest of your list is still with the review team.

Tom

{gmail_quote("Mon, 2 Sep 2024 at 17:05", "KCSC-240902-01", FD, "Dear FileDrop Trust & Safety,")}
""",
    outcome="applied",
    imitates="Gmail top-posted reply above the quoted removal request",
    why="two links removed in the reply; the other twelve appear only in the quoted request",
    items={FD[5]: "removed", FD[6]: "removed"},
)

# A6 base64 HTML bulleted list
html6 = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Regarding notice KCSC-240902-01, here is the status of the links we have handled so far:</p>
<ul>
<li><a href="{FD[7]}">{FD[7]}</a> &mdash; Removed</li>
<li><a href="{FD[8]}">{FD[8]}</a> &mdash; Removed</li>
<li><a href="{FD[9]}">{FD[9]}</a> &mdash; Could not be found: the uploader deleted this file on 2 September.</li>
</ul>
<p>You can read our policy at <a href="https://filedrop.example/legal/terms">filedrop.example/legal/terms</a>.</p>
<p>Regards,<br>FileDrop Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fd-base64-html-list",
    **{"from": "trust@filedrop.example"}, name_from="FileDrop Trust & Safety",
    date=dt("2024-09-06 14:20:00", 0), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html6)}
""",
    outcome="applied",
    imitates="HTML notice from a file host's trust & safety tool, base64-encoded, with a bulleted list",
    why="three list items: removed, removed, deleted by the uploader (not found); the terms link is no item",
    items={FD[7]: "removed", FD[8]: "removed", FD[9]: "not_found"},
)

# A7 angle brackets, wrapped
case(
    name="fd-angle-bracket-urls",
    **{"from": "abuse@filedrop.example"}, name_from="FileDrop Abuse",
    date=dt("2024-09-05 10:02:31", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hello,

Files <{FD[7]}>, <{FD[10]}> and
<{FD[12]}> have been taken down today.

Regards,
FileDrop abuse
""",
    outcome="applied",
    imitates="plain-text abuse reply with URLs in angle brackets, sentence wrapped across lines",
    why="one sentence states three named files taken down",
    items={FD[7]: "removed", FD[10]: "removed", FD[12]: "removed"},
)

# A8 acknowledgement phrase plus unhedged statements
case(
    name="fd-ticket-created-and-two-disabled",
    **{"from": "abuse@filedrop.example"}, name_from="FileDrop Abuse",
    date=dt("2024-09-02 19:44:12", 1), subject="[FD-88213] " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Thanks for your report, ticket #FD-88213 has been created.

We have already disabled downloads for {FD[10]} and
{FD[11]}, as both were previously flagged by our
hash matching. The remaining links are queued for manual review.

FileDrop abuse team
""",
    outcome="applied",
    imitates="ticket receipt that also reports actions already taken",
    why="acknowledgement wording, but two named files are stated disabled; the rest only queued",
    items={FD[10]: "removed", FD[11]: "removed"},
)

# A9 invalid link, one still being checked
case(
    name="fd-invalid-link-folder-checking",
    **{"from": "support@filedrop.example"}, name_from="FileDrop Support",
    date=dt("2024-09-07 12:15:40", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hi,

{FD[12]} is not a valid link: there has never been a
file with that id on our servers. Maybe a character got lost when it was
copied?

The folder {FD[13]} still works, we are checking its
contents now.

Tom
""",
    outcome="applied",
    imitates="support agent replying that a link does not exist",
    why="one link never existed (not found); the folder is only being checked (pending)",
    items={FD[12]: "not_found", FD[13]: "pending"},
)

# A10 dalbit one-line admin
case(
    name="dalbit-admin-one-line",
    **{"from": "admin@dalbit.example"}, name_from="달빛 운영자",
    date=dt("2024-09-04 01:12:09"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""요청하신 게시물 {DB[0]} 삭제했습니다.

- 달빛 커뮤니티 운영자
""",
    outcome="applied",
    imitates="small Korean forum admin answering in one line",
    why="one named post deleted (삭제했습니다)",
    items={DB[0]: "removed"},
)

# A11 numbered list with a raw Korean path
case(
    name="dalbit-numbered-list-korean-path",
    **{"from": "cs@dalbit.example"}, name_from="달빛 커뮤니티 고객센터",
    date=dt("2024-09-05 15:30:00"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""안녕하세요, 달빛 커뮤니티 운영팀입니다.
요청하신 건에 대한 처리 결과를 알려드립니다.

1. {D3_RAW}
   → 게시중단 처리 완료
2. {DB[1]}
   → 작성자가 이미 삭제한 게시물입니다.
3. {DB[3]}
   → 블라인드 처리

감사합니다.
""",
    outcome="applied",
    imitates="Korean forum operator notice listing posts with 게시중단 / 블라인드 results",
    why="게시중단 and 블라인드 are removals; a post already deleted by its author is not found; Korean path written raw",
    items={DB[2]: "removed", DB[1]: "not_found", DB[3]: "removed"},
)

# A12 HTML table of 시정요구 조치결과
rows = [
    (1, DB[0], DB[0], "삭제", "2024-09-05"),
    (2, DB[1], DB[1], "임시조치(30일)", "2024-09-05"),
    (3, DB[2], D3_RAW, "접속차단(국내)", "2024-09-06"),
    (4, DB[3], DB[3], "해당 게시물 없음", "-"),
    (5, DB[4], DB[4].replace("&", "&amp;"), "유지 (운영정책 위반사항 없음)", "2024-09-06"),
]
trs = "\n".join(
    f'<tr><td>{n}</td><td><a href="{h}">{t}</a></td><td>{r}</td><td>{d}</td></tr>' for n, h, t, r, d in rows
)
case(
    name="dalbit-html-result-table",
    **{"from": "policy@dalbit.example"}, name_from="달빛 커뮤니티 정책팀",
    date=dt("2024-09-06 17:02:11"), subject="[조치결과] KCSC-240903-02 시정요구 조치결과 회신",
    reply_to_req=req_of("KCSC-240903-02"), type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>2024년 9월 3일 요청하신 시정요구(KCSC-240903-02)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{trs}
</table>
<p>문의: <a href="https://dalbit.example/help/policy">달빛 운영정책</a></p>
<p>달빛 커뮤니티 정책팀 드림</p>
</body></html>""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply with an HTML table (번호/URL/조치결과/조치일)",
    why="삭제 removed; 임시조치 and 접속차단(국내) restricted; 해당 게시물 없음 not found; 유지 (위반사항 없음) rejected",
    items={DB[0]: "removed", DB[1]: "restricted", DB[2]: "restricted", DB[3]: "not_found", DB[4]: "rejected"},
)

# A13 Korean particles glued to URLs
case(
    name="dalbit-korean-particles-after-urls",
    **{"from": "admin@dalbit.example"}, name_from="달빛 운영자",
    date=dt("2024-09-05 23:48:30"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""담당자님 안녕하세요.

{DB[4]} 게시물은 운영정책 위반으로 삭제하였고,
{DB[0]}은 확인 결과 위반 사항이 없어 게시물을 그대로 유지합니다.
{DB[3]} 게시물도 비공개 처리했습니다.

추가 문의는 이 메일로 회신 주세요.
운영자 드림
""",
    outcome="applied",
    imitates="Korean forum admin writing in prose with particles right after the URLs",
    why="one post deleted, one kept because no rule is broken (rejected), one made private (removed)",
    items={DB[4]: "removed", DB[0]: "rejected", DB[3]: "removed"},
)

# A14 URL on the line below its statement
case(
    name="dalbit-statement-then-url-below",
    **{"from": "cs@dalbit.example"}, name_from="달빛 커뮤니티 고객센터",
    date=dt("2024-09-04 10:20:14"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""안녕하세요.

아래 게시물은 임시조치(30일) 하였습니다.
{DB[1]}

아래 게시물은 삭제 처리했습니다.
{D3_RAW}

나머지 건은 검토 중입니다.
""",
    outcome="applied",
    imitates="Korean portal-style notice with the statement above each URL",
    why="임시조치 is restricted; 삭제 removed; the rest only under review",
    items={DB[1]: "restricted", DB[2]: "removed"},
)

# A15 Korean CSV attachment, base64, with BOM
KBODY = "안녕하세요. 요청하신 건의 조치 결과를 첨부 파일로 보내드립니다.\n확인 부탁드립니다.\n\n달빛 커뮤니티 정책팀\n"
kcsv = "\ufeff번호,URL,처리결과,처리일자\n" + "\n".join([
    f"1,{DB[0]},삭제,2024-09-06",
    f"2,{DB[3]},게시물 없음,2024-09-06",
    f"3,{DB[4]},블라인드,2024-09-06",
]) + "\n"
case(
    name="dalbit-csv-attachment-korean",
    **{"from": "policy@dalbit.example"}, name_from="달빛 커뮤니티 정책팀",
    date=dt("2024-09-06 18:11:42"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dalbit-b2"

--dalbit-b2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KBODY)}

--dalbit-b2
Content-Type: text/csv; charset=utf-8; name="result_0906.csv"
Content-Disposition: attachment; filename="result_0906.csv"
Content-Transfer-Encoding: base64

{b64(kcsv)}
--dalbit-b2--
""",
    outcome="applied",
    imitates="Korean operator sending an Excel-exported CSV (with BOM) of 처리결과",
    why="CSV rows: 삭제 removed, 게시물 없음 not found, 블라인드 removed",
    items={DB[0]: "removed", DB[3]: "not_found", DB[4]: "removed"},
)

# A16 hosting abuse ticket resolved
case(
    name="hb-abuse-ticket-resolved",
    **{"from": "abuse@hostbay.example"}, name_from="Hostbay Abuse Department",
    date=dt("2024-09-06 07:14:51", 0), subject="[HB-ABUSE-55120] Resolved: " + HB_SUBJ,
    reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hello,

Ticket HB-ABUSE-55120 has been set to RESOLVED.

Our customer has removed the content at
{HB[0]}
We checked the page ourselves and it now returns 404 Not Found.

If you see the material again, reply to this ticket keeping the ticket id
in the subject.

Hostbay Abuse Department
https://hostbay.example/legal/aup
""",
    outcome="applied",
    imitates="hosting provider abuse ticket closed after the customer removed the page",
    why="the named page was removed (customer acted after the complaint, provider verified 404); AUP link is no item",
    items={HB[0]: "removed"},
)

# A17 hosting prose, mixed
case(
    name="hb-prose-suspended-and-refused",
    **{"from": "j.okafor@hostbay.example"}, name_from="James Okafor",
    date=dt("2024-09-09 13:40:08", 0), subject="RE: " + HB_SUBJ, reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hi,

An update on your complaint.

We suspended the VPS behind {HB[1]} on Friday; the IP address is
null-routed and nothing on it is reachable any more. The account behind
{HB[2]} has been terminated for AUP violations and the site is down.

For {HB[3]} the customer disputed the complaint. We reviewed the post
and consider it lawful commentary that does not breach our AUP, so it
stays online. You are welcome to pursue this with the site owner directly.

Regards,
James Okafor
Abuse Handling, Hostbay Networks
""",
    outcome="applied",
    imitates="hosting provider abuse handler's prose update: server suspended, account terminated, one refusal",
    why="two sites made unreachable (removed); one post kept because it breaks no rule (rejected)",
    items={HB[1]: "removed", HB[2]: "removed", HB[3]: "rejected"},
)

# A18 Outlook top-post over -----Original Message-----
case(
    name="hb-outlook-original-message",
    **{"from": "noc@hostbay-noc.example"}, name_from="Hostbay NOC",
    date=dt("2024-09-05 09:05:33", 0), subject="RE: " + HB_SUBJ, reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hello,

Please be advised that the following has been actioned:

{HB[0]} - website suspended
{HB[1]} - customer deleted the directory, confirmed 404

Kind regards,
Hostbay NOC

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:02 AM
To: abuse@hostbay.example
Subject: {HB_SUBJ}

""" + "\n".join(request_text("KCSC-240904-03", HB, "Dear Hostbay Abuse Team,")),
    outcome="applied",
    imitates="Outlook reply from a hosting NOC above the original request (-----Original Message-----)",
    why="two items stated actioned above the quote; the other two appear only in the quoted request",
    items={HB[0]: "removed", HB[1]: "removed"},
)

# A19 pinechan janitor list
case(
    name="pc-janitor-dash-list",
    **{"from": "mods@pinechan.example"}, name_from="pinechan mods",
    date=dt("2024-09-06 03:33:03", -5), subject="Re: " + PC_SUBJ, reply_to_req=req_of("KCSC-240905-04"),
    body=f"""{PC[0]} - deleted
{PC[1]} - not deleting, it's a news discussion thread, breaks none of our rules
{PC[2]} - file no longer exists, it was pruned with its thread before your mail arrived

- pine (mod team)
""",
    outcome="applied",
    imitates="image board moderator one-line-per-link reply",
    why="deleted; refused with a reason (rejected); file gone before our notice (not found)",
    items={PC[0]: "removed", PC[1]: "rejected", PC[2]: "not_found"},
)

# A20 ticket system echoing our report
case(
    name="pc-echoed-report-resolution",
    **{"from": "reports@pinechan.example"}, name_from="pinechan reports",
    date=dt("2024-09-07 11:00:00", 0), subject="Report #40017 closed",
    body=f"""Report #40017 has been closed.

--- Your report ---
Reporter: takedown@kcsc.example
Reference: KCSC-240905-04
Message: Please remove the following illegal content within 7 days:
{PC[0]}
{PC[1]}
{PC[2]}
-------------------

Resolution:
{PC[1]} - removed, poster banned for 30 days.

This message was sent by the pinechan report system.
""",
    outcome="applied",
    imitates="forum report-system closure mail that echoes the original report above the resolution",
    why="only the resolution line is a statement (one thread removed); the echoed report asks, it states nothing",
    items={PC[1]: "removed"},
)

# A21 registrar
case(
    name="nk-registrar-suspend-and-decline",
    **{"from": "abuse@namekeeper.example"}, name_from="NameKeeper Abuse",
    date=dt("2024-09-10 16:27:45", 0), subject="[NK-ABU-2024-0917] " + NK_SUBJ,
    reply_to_req=req_of("KCSC-240906-05"),
    body=f"""Dear Reporter,

Thank you for your report. After investigation:

Domain:       kcsc-verify-login.example
Reported URL: {NK[0]}
Action:       Domain suspended (clientHold). It no longer resolves.

Domain:       portal-secure-check.example
Reported URL: {NK[1]}
Action:       No action. The registrant showed that the page is a
              security-awareness training exercise run for their own
              staff; we found no violation of our registration agreement.

NameKeeper Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team result: clientHold for one domain, no action for the other",
    why="domain suspended worldwide (removed); no action because no violation (rejected)",
    items={NK[0]: "removed", NK[1]: "rejected"},
)

# A22 CDN that hosts one item
case(
    name="es-cdn-hosted-disabled-other-forwarded",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=dt("2024-09-11 20:09:14", 0), subject="Re: " + ES_SUBJ, reply_to_req=req_of("KCSC-240909-06"),
    body=f"""Hello,

{ES[1]} is stored on our edge storage product, so we are the
hosting provider for it. We have disabled access to that content.

For {ES[0]} we provide only pass-through proxy
services and do not host the content. We have forwarded your report to the
hosting provider and the website operator.

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN abuse reply: hosted content disabled, proxied site forwarded to the host",
    why="one item disabled (removed); the proxied one was only forwarded (pending)",
    items={ES[1]: "removed", ES[0]: "pending"},
)

# A23 CDN pipe table with geo restriction
case(
    name="es-pipe-table-blocked-and-kr-only",
    **{"from": "legal@edgeshield.example"}, name_from="EdgeShield Legal",
    date=dt("2024-09-12 08:44:00", 0), subject="Re: " + ES_SUBJ, reply_to_req=req_of("KCSC-240909-06"),
    body=f"""Hello KCSC,

Outcome of your notice KCSC-240909-06:

| URL                                               | Action                         |
|---------------------------------------------------|--------------------------------|
| {ES[1]} | Access disabled (all regions)  |
| {ES[0]}             | Blocked for visitors in KR     |

Regards,
EdgeShield Legal
""",
    outcome="applied",
    imitates="CDN legal team answer as a markdown-style pipe table",
    why="disabled everywhere (removed); blocked for Korea only (restricted)",
    items={ES[1]: "removed", ES[0]: "restricted"},
)

KO_INTRO = "{when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"
# A24 one-person image host, sole statement
case(
    name="is-admin-removed-it",
    **{"from": "minjun@imgsnap.example"}, name_from="Minjun",
    date=dt("2024-09-10 22:31:07"), subject="Re: " + IS_SUBJ, reply_to_req=req_of("KCSC-240910-07"),
    body=f"""removed it. sorry about that

--
Minjun / imgsnap

{gmail_quote("2024년 9월 10일 (화) 오후 3:12", "KCSC-240910-07", IS, "imgsnap 운영자님께,", KO_INTRO)}
""",
    outcome="applied",
    imitates="sole operator of a tiny image host replying in one line above the quoted request",
    why="'removed it' answers a request of one item (the URL is only in the quote)",
    items={IS[0]: "removed"},
)

# A25 quoted-printable with a soft break inside the URL
case(
    name="is-qp-soft-break-in-url",
    **{"from": "admin@imgsnap.example"}, name_from="imgsnap admin",
    date=dt("2024-09-11 09:00:12"), subject="Re: " + IS_SUBJ, reply_to_req=req_of("KCSC-240910-07"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hello KCSC team,

The picture you asked about, the one at https://imgsnap.example/i/7fKq=
2Lx.png, has been deleted from our storage and its hash added to our blockl=
ist, so it cannot be uploaded again. The uploader's page
https://imgsnap.example/u/lazycat99 is closed as well.

Regards,
imgsnap admin
""",
    outcome="applied",
    imitates="quoted-printable plain text from a small image host's admin",
    why="the requested image is deleted; the uploader profile URL is not a requested item",
    items={IS[0]: "removed"},
)

# ======================= REVIEW =======================

case(
    name="fd-promise-within-24h",
    **{"from": "abuse@filedrop.example"}, name_from="FileDrop Abuse",
    date=dt("2024-09-03 10:10:10", 1), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body=f"""Hi,

thanks. We will take down {FD[0]} and {FD[1]} within
24 hours, once the uploader's notice period has run out.

FileDrop abuse
""",
    outcome="review", review="not_understood",
    imitates="file host promising a takedown after a notice period",
    why="a promise ('will take down') is not a statement; named items stay pending",
    items={FD[0]: "pending", FD[1]: "pending"},
)

case(
    name="dalbit-hedged-already-deleted",
    **{"from": "cs@dalbit.example"}, name_from="달빛 커뮤니티 고객센터",
    date=dt("2024-09-04 14:05:51"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""안녕하세요.

{DB[0]} 글은 확인해 보니 이미 삭제된 것으로 보입니다.
다른 주소로 다시 올라왔을 수도 있어 계속 확인하고 있습니다.

달빛 고객센터
""",
    outcome="review", review="not_understood",
    imitates="Korean forum helpdesk answering with a hedge (~것으로 보입니다)",
    why="'appears to be already deleted' is a hedge, not a statement",
    items={DB[0]: "pending"},
)

case(
    name="hb-forwarded-to-customer-48h",
    **{"from": "abuse@hostbay.example"}, name_from="Hostbay Abuse Department",
    date=dt("2024-09-04 18:31:20", 0), subject="[HB-ABUSE-55120] " + HB_SUBJ, reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hello,

We have forwarded your complaint about
{HB[0]} and {HB[2]}
to our customer and asked them to respond within 48 hours. If the content
is not removed by then, we will suspend the service.

Hostbay Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer with a deadline",
    why="forwarded to the customer plus a conditional promise: no status for the named items",
    items={HB[0]: "pending", HB[2]: "pending"},
)

case(
    name="es-cdn-not-hosting-provider",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date=dt("2024-09-10 02:55:47", 0), subject="Re: " + ES_SUBJ, reply_to_req=req_of("KCSC-240909-06"),
    body=f"""Hello,

EdgeShield is a reverse proxy and CDN. We are not the hosting provider for
{ES[0]} or {ES[1]}, and we cannot remove
material that other providers host.

We have passed your report on to the respective hosting providers and
website operators. The hosting provider of both sites is Blue Quarry
Servers (abuse@bluequarry.example).

EdgeShield Trust & Safety
https://edgeshield.example/abuse
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we do not host this content' reply naming the origin host",
    why="not a removal, not a refusal on the merits, not a not-found: the items stay pending for a person to redirect",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="pc-both-threads-and-image",
    **{"from": "mods@pinechan.example"}, name_from="pinechan mods",
    date=dt("2024-09-05 21:14:00", -5), subject="Re: " + PC_SUBJ, reply_to_req=req_of("KCSC-240905-04"),
    body="""both threads nuked and the image purged from the cdn. poster is banned.

- pine
""",
    outcome="review", review="bulk",
    imitates="image board moderator's one-line reply without links",
    why="a statement about all three items of the request without naming each",
    items={PC[0]: "pending", PC[1]: "pending", PC[2]: "pending"},
)

case(
    name="fd-all-links-disabled",
    **{"from": "trust@filedrop.example"}, name_from="FileDrop Trust & Safety",
    date=dt("2024-09-08 12:00:00", 0), subject="Re: " + FD_SUBJ, reply_to_req=req_of("KCSC-240902-01"),
    body="""Dear KCSC,

All 14 links listed in your notice KCSC-240902-01 have been disabled and
the uploading accounts have been closed.

FileDrop Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host's blanket 'all links disabled' confirmation",
    why="one statement about all fourteen items of a multi-item request, none named",
    items={u: "pending" for u in FD},
)

case(
    name="hb-dmarc-fail-claims-removal",
    **{"from": "abuse@hostbay.example"}, name_from="Hostbay Abuse Department", auth="fail",
    date=dt("2024-09-06 11:11:11", 0), subject="RE: " + HB_SUBJ, reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hello,

The following content has been removed:
{HB[0]}
{HB[1]}

Hostbay Abuse Department
""",
    outcome="review", review="untrusted",
    imitates="hosting provider removal notice whose authentication fails",
    why="platform domain but DKIM/SPF/DMARC fail: nothing applied",
    items={HB[0]: "pending", HB[1]: "pending"},
)

case(
    name="dalbit-admin-personal-mailbox",
    **{"from": "dalbit.admin.kr@mailbox.example"}, name_from="dalbit_admin",
    date=dt("2024-09-04 00:40:02"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""달빛 커뮤니티 관리자입니다. 개인 메일로 답장드려요.
{DB[0]} 글 삭제했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="small forum admin replying from a personal webmail address",
    why="sender is not a dalbit domain, whatever it says",
    items={DB[0]: "pending"},
)

case(
    name="nk-registrar-suspends-hostbay-site",
    **{"from": "abuse@namekeeper.example"}, name_from="NameKeeper Abuse",
    date=dt("2024-09-07 09:30:00", 0), subject="Re: " + HB_SUBJ, reply_to_req=req_of("KCSC-240904-03"),
    body=f"""Hello,

We were copied on this complaint. We are the registrar of
lotto-pick-kr.example: the domain {HB[2]} has been
placed on clientHold and no longer resolves.

NameKeeper Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar copied on a complaint to a hosting provider, acting on the domain",
    why="the registrar states a status for an item of the Hostbay request",
    items={HB[2]: "pending"},
)

case(
    name="dalbit-asks-for-legal-basis",
    **{"from": "policy@dalbit.example"}, name_from="달빛 커뮤니티 정책팀",
    date=dt("2024-09-04 16:22:09"), subject="Re: " + DB_SUBJ, reply_to_req=req_of("KCSC-240903-02"),
    body=f"""안녕하세요, 달빛 커뮤니티 정책팀입니다.

요청하신 {DB[1]} 등 5건에 대해, 삭제 조치의 근거가 되는
심의 의결서 사본과 해당 법령 조항을 보내주시면 검토 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean operator asking for the decision document before acting",
    why="asks for supporting documents; nothing is stated about any item",
    items={DB[1]: "pending"},
)

case(
    name="fd-abuse-contact-change",
    **{"from": "marta@filedrop.example"}, name_from="Marta Ilić",
    date=dt("2024-09-12 10:00:00", 2), subject="Change of our abuse contact",
    body="""Hello,

just a heads-up: from 1 October please send notices to
trust@filedrop.example instead of abuse@filedrop.example. The old address
will keep working for a few months.

Best,
Marta
FileDrop
""",
    outcome="review", review="no_claims",
    imitates="file host telling complainants about a new abuse address",
    why="trusted platform mail naming no item and no request",
)

# ======================= IGNORED =======================

case(
    name="fd-out-of-office",
    **{"from": "jonas.weber@filedrop.example"}, name_from="Jonas Weber",
    date=dt("2024-09-02 17:06:01", 2), subject="Automatic reply: " + FD_SUBJ,
    reply_to_req=req_of("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@filedrop.example.

Jonas
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

case(
    name="dalbit-auto-receipt-korean",
    **{"from": "noreply@dalbit.example"}, name_from="달빛 커뮤니티",
    date=dt("2024-09-03 17:06:40"), subject="[자동응답] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""고객님의 문의가 정상적으로 접수되었습니다.

접수번호: DB-240903-1182
담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    imitates="Korean helpdesk automatic receipt (접수 안내)",
    why="automatic receipt with a ticket number, nothing about any item",
)

bounce_orig = "\n".join(request_text("KCSC-240906-05", NK, "Dear NameKeeper Abuse Team,"))
case(
    name="nk-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx2.namekeeper.example"}, name_from="Mail Delivery System",
    date=dt("2024-09-06 10:05:12", 0), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5520"

--dsn-5520
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.namekeeper.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@namekeeper.example>: mailbox full, message rejected

--dsn-5520
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.namekeeper.example
Arrival-Date: Fri, 6 Sep 2024 10:05:10 +0000 (UTC)

Final-Recipient: rfc822; legal-old@namekeeper.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-5520
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@namekeeper.example
Subject: {NK_SUBJ}
Date: Fri, 6 Sep 2024 19:05:00 +0900
Message-ID: <{msgid("KCSC-240906-05")}>

{bounce_orig}

--dsn-5520--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the request attached",
    why="a bounce; the URLs are only in our returned request",
)

case(
    name="hb-read-receipt",
    **{"from": "j.okafor@hostbay.example"}, name_from="James Okafor",
    date=dt("2024-09-04 11:20:00", 0), subject="Read: " + HB_SUBJ,
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-31"

--mdn-31
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@hostbay.example
  Subject: {HB_SUBJ}
  Sent: Wednesday, September 4, 2024 10:02 AM

was read on Wednesday, September 4, 2024 11:19 AM.

--mdn-31
Content-Type: message/disposition-notification

Reporting-UA: mail.hostbay.example; Microsoft Exchange Server
Final-Recipient: rfc822; j.okafor@hostbay.example
Original-Message-ID: <{msgid("KCSC-240904-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-31--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
)

case(
    name="hb-ticket-opened-receipt",
    **{"from": "abuse@hostbay.example"}, name_from="Hostbay Abuse Department",
    date=dt("2024-09-04 01:03:40", 0), subject="[HB-ABUSE-55120] Abuse report received",
    reply_to_req=req_of("KCSC-240904-03"),
    body="""Hello,

We have received your abuse report. Ticket HB-ABUSE-55120 has been opened
for it. Please keep the ticket id in the subject line of any further
correspondence about this matter.

Hostbay Abuse Department
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting provider ticket-system receipt",
    why="pure acknowledgement: ticket opened, nothing about any item",
)

case(
    name="es-report-id-receipt",
    **{"from": "no-reply@edgeshield.example"}, name_from="EdgeShield",
    date=dt("2024-09-09 08:01:02", 0), subject="EdgeShield abuse report received (ES-2409-77731)",
    body="""Thank you for your report.

Report ID: ES-2409-77731
Category: General

We have received your submission. You will get further e-mail about this
report as it is processed.

EdgeShield Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form submission receipt with a report id",
    why="pure acknowledgement naming no item",
)

case(
    name="is-admin-vacation-korean",
    **{"from": "minjun@imgsnap.example"}, name_from="Minjun",
    date=dt("2024-09-10 15:13:00"), subject="[부재중] Re: " + IS_SUBJ,
    reply_to_req=req_of("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 13일까지 휴가 중이라 메일 확인이 늦습니다.
돌아와서 바로 답장드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean vacation auto-reply (부재중)",
    why="out-of-office auto-reply",
)

HEADER = """# Blind set 811 (focus 4: hosting providers, CDNs, registrars, forums,
# image boards, file hosts and small services answering informally, plus
# CSV attachments and plain-text tables). Written by make.py; expected
# results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
