#!/usr/bin/env python3
"""Blind set 127: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste site answering informally,
plus spreadsheets (CSV attachments) and plain-text tables.

Written from each email's meaning before any run of the reader. Deterministic:

    python3 tests/corpus/blind127/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
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

DS = "KCSC-240903-01"   # dropsack, 12 items (largest)
MA = "KCSC-240904-02"   # maru forum, 5 items
HB = "KCSC-240905-03"   # hanbit hosting, 4 items
BB = "KCSC-240906-04"   # bamboard image board, 3 items
ES = "KCSC-240909-05"   # edgeshield CDN, 2 items
DN = "KCSC-240910-06"   # dotname registrar, 1 item
BP = "KCSC-240911-07"   # binpaste, 1 item

D = {
    "Ab3xQ9": "https://dropsack.io/f/Ab3xQ9",
    "Kp7Lm2": "https://dropsack.io/f/Kp7Lm2",
    "Zr8Tn4": "https://dropsack.io/f/Zr8Tn4",
    "Qw2Ey6": "https://dropsack.io/f/Qw2Ey6",
    "Hn5Vb1": "https://dropsack.io/f/Hn5Vb1",
    "Ju9Cx3": "https://dropsack.io/f/Ju9Cx3",
    "Mt4Rs8": "https://dropsack.io/f/Mt4Rs8",
    "Pl6Od0": "https://dropsack.io/f/Pl6Od0",
    "Yg3Uk7": "https://dropsack.io/folder/Yg3Uk7",
    "Wd1Fa5": "https://dropsack.io/folder/Wd1Fa5",
    "Xe2Ni9": "https://dl.dropsack.io/f/Xe2Ni9/clip_0912.mp4",
    "Bv7Gh2": "https://dropsack.io/f/Bv7Gh2",
}
M1 = "https://marucommunity.kr/free/1203344"
M2 = "https://marucommunity.kr/free/1203391"
M3 = "https://marucommunity.kr/humor/88120"
M4 = "https://marucommunity.kr/board.php?bo_table=market&wr_id=55102"
M5 = "https://marucommunity.kr/%EC%9E%A5%ED%84%B0/7781"
M5_RAW = "https://marucommunity.kr/장터/7781"
H1 = "http://sunny-pharm24.kr/shop/item.php?id=301"
H2 = "http://sunny-pharm24.kr/shop/item.php?id=302"
H3 = "https://gamble-lucky7.com/"
H4 = "https://blog.moonriver-shop.kr/post/2024/09/diet-pill"
B1 = "https://bamboard.org/b/res/88123.html"
B2 = "https://bamboard.org/b/res/88170.html"
B3 = "https://bamboard.org/k/res/4410.html"
E1 = "https://toonpirate-kr.com/"
E2 = "https://toonpirate-kr.com/series/9981"
N1 = "http://rx-cheap-kr.com/"
P1 = "https://binpaste.kr/p/7fk2qz"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (DS, "dropsack", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(D.values()), "copyright", "pirated broadcast files and folders"),
    (MA, "maru", "2024-09-04T14:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [M1, M2, M3, M4, M5], "illegal_goods", "forum posts selling prescription drugs"),
    (HB, "hanbit", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [H1, H2, H3, H4], "illegal_goods", "customer sites on the host's servers"),
    (BB, "bamboard", "2024-09-06T16:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [B1, B2, B3], "privacy", "threads exposing personal data"),
    (ES, "edgeshield", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [E1, E2], "copyright", "webtoon piracy site behind the CDN"),
    (DN, "dotname", "2024-09-10T09:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [N1], "illegal_goods", "domain of an online pharmacy"),
    (BP, "binpaste", "2024-09-11T15:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [P1], "privacy", "paste with leaked personal data"),
]


def msgid(ref):
    return ref + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission asks you to remove the",
        f"following content (reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(text, bom=False):
    data = ("\ufeff" if bom else "") + text
    return base64.encodebytes(data.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ dropsack

csv_rows = [
    ("url", "file_name", "action", "handled_utc"),
    (D["Ab3xQ9"], "EP12_1080p.mkv", "Deleted", "2024-09-04 02:11"),
    (D["Kp7Lm2"], "EP13_1080p.mkv", "Deleted", "2024-09-04 02:11"),
    (D["Zr8Tn4"], "EP14_720p.mp4", "Deleted", "2024-09-04 02:12"),
    (D["Qw2Ey6"], "", "Not found - removed by the uploader before review", "2024-09-04 02:12"),
    (D["Hn5Vb1"], "special_live.ts", "Deleted", "2024-09-04 02:14"),
    (D["Ju9Cx3"], "ost_full.zip", "Deleted", "2024-09-04 02:14"),
    (D["Mt4Rs8"], "behind_scenes.mp4", "Download blocked for IPs in South Korea", "2024-09-04 02:20"),
    (D["Pl6Od0"], "teaser_official.mp4", "No action - official trailer, no violation of our terms", "2024-09-04 02:21"),
    (D["Yg3Uk7"], "[folder] season2 (14 files)", "Deleted (folder and contents)", "2024-09-04 02:25"),
    (D["Wd1Fa5"], "[folder] extras (6 files)", "Deleted (folder and contents)", "2024-09-04 02:25"),
    (D["Xe2Ni9"], "", "Not found - invalid link", "2024-09-04 02:26"),
    (D["Bv7Gh2"], "EP15_1080p.mkv", "Deleted", "2024-09-04 02:27"),
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
case(
    name="ds-csv-attachment-all-items",
    from_="abuse@dropsack.io", name_from="Dropsack Trust & Safety",
    date="Wed, 04 Sep 2024 02:40:12 +0000",
    subject=f"Re: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="ds-mix-01"

--ds-mix-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have reviewed the links in your notice {DS}. The outcome for each link
is in the attached spreadsheet (one row per link).

Kind regards,
Dropsack Trust & Safety
https://dropsack.io/legal/abuse

--ds-mix-01
Content-Type: text/csv; charset=utf-8; name="DS-T-40917_outcome.csv"
Content-Disposition: attachment; filename="DS-T-40917_outcome.csv"
Content-Transfer-Encoding: 7bit

{_b.getvalue().rstrip()}
--ds-mix-01--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse-desk reply with a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows: 8 deleted, 2 not found (uploader removed / invalid link), 1 blocked in Korea, 1 kept (no violation)",
    items={D["Ab3xQ9"]: "removed", D["Kp7Lm2"]: "removed", D["Zr8Tn4"]: "removed",
           D["Qw2Ey6"]: "not_found", D["Hn5Vb1"]: "removed", D["Ju9Cx3"]: "removed",
           D["Mt4Rs8"]: "restricted", D["Pl6Od0"]: "rejected", D["Yg3Uk7"]: "removed",
           D["Wd1Fa5"]: "removed", D["Xe2Ni9"]: "not_found", D["Bv7Gh2"]: "removed"},
)

case(
    name="ds-plain-text-table-partial",
    from_="abuse@dropsack.io", name_from="Dropsack Trust & Safety",
    date="Thu, 05 Sep 2024 07:03:44 +0000",
    subject=f"[DS-T-40917] Partial outcome for {DS}",
    body=f"""Hello KCSC team,

First batch of results for your report. The remaining links are still with
the team and we will write again.

Report  : {DS}
Ticket  : DS-T-40917

 # | Link                                 | Result
---+--------------------------------------+---------------------------
 1 | {D['Ab3xQ9']:<36} | removed
 2 | {D['Kp7Lm2']:<36} | removed
 3 | {D['Qw2Ey6']:<36} | file not found
 4 | {D['Pl6Od0']:<36} | kept online - no violation
 5 | {D['Yg3Uk7']:<36} | removed (whole folder)

Regards,
Min-seo
Dropsack Trust & Safety
""",
    outcome="applied",
    imitates="abuse ticket update pasted as a fixed-width text table",
    why="five rows each with an unhedged result; the other seven links are said to be still in progress",
    items={D["Ab3xQ9"]: "removed", D["Kp7Lm2"]: "removed", D["Qw2Ey6"]: "not_found",
           D["Pl6Od0"]: "rejected", D["Yg3Uk7"]: "removed"},
)

case(
    name="ds-ops-one-liner",
    from_="jaehyun@dropsack.io", name_from="Jaehyun Park",
    date="Wed, 04 Sep 2024 13:22:05 +0900",
    subject=f"Re: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    body=f"""{D['Zr8Tn4']} gone. uploader banned.

--
Jaehyun / dropsack ops
""",
    outcome="applied",
    imitates="one-line reply from an operations engineer of a small file host",
    why="'gone' next to the URL, from the platform's domain: removed",
    items={D["Zr8Tn4"]: "removed"},
)

case(
    name="ds-top-posted-folders-over-gmail-quote",
    from_="support@dropsack.io", name_from="Dropsack Support",
    date="Wed, 04 Sep 2024 09:15:30 +0000",
    subject=f"Re: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    body=f"""Removed these two folders along with everything inside them:

{D['Yg3Uk7']}
{D['Wd1Fa5']}

Still going through the single files.

Hana
Dropsack Support

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(DS, list(D.values()))}
""",
    outcome="applied",
    imitates="support agent's top-posted Gmail reply above the quoted request",
    why="two folders stated removed above the quote; the twelve quoted URLs are our own text",
    items={D["Yg3Uk7"]: "removed", D["Wd1Fa5"]: "removed"},
)

case(
    name="ds-html-table-three-rows",
    from_="noreply-legal@dropsack.io", name_from="Dropsack Legal",
    date="Fri, 06 Sep 2024 01:10:00 +0000",
    subject=f"Notice outcome - {DS}",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear reporter,</p>
<p>We have completed our review of part of notice <b>{DS}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th></tr>
<tr><td><a href="{D['Hn5Vb1']}">{D['Hn5Vb1']}</a></td><td>Removed</td></tr>
<tr><td><a href="{D['Ju9Cx3']}">{D['Ju9Cx3']}</a></td><td>Removed</td></tr>
<tr><td><a href="{D['Xe2Ni9']}">{D['Xe2Ni9']}</a></td><td>Link invalid &ndash; no such file on our service</td></tr>
</table>
<p>If you disagree with a decision you can reply to this message.
See <a href="https://dropsack.io/legal/copyright">our copyright policy</a>.</p>
<p>Dropsack Legal</p>
</body></html>""",
    outcome="applied",
    imitates="HTML notice-outcome email with a decision table (file host legal team)",
    why="table rows: two removed, one invalid link (not_found); the policy link is not an item",
    items={D["Hn5Vb1"]: "removed", D["Ju9Cx3"]: "removed", D["Xe2Ni9"]: "not_found"},
)

case(
    name="ds-quoted-printable-geoblock",
    from_="abuse@dropsack.io", name_from="Dropsack Trust & Safety",
    date="Sat, 07 Sep 2024 04:51:19 +0000",
    subject=f"Re: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hi,

Following your notice {DS}, the file at {D['Bv7Gh2']} has been taken down and the uploader's account was terminated for repeat infringement (this is the account's third strike on our service).

The file at {D['Mt4Rs8']} is now geo-blocked: it can no longer be viewed or downloaded from Korean IP addresses.

Best,
Dropsack Trust & Safety — team@dropsack.io
"""),
    outcome="applied",
    imitates="abuse desk reply sent quoted-printable with long unwrapped lines",
    why="one file taken down (removed), one geo-blocked for Korea (restricted)",
    items={D["Bv7Gh2"]: "removed", D["Mt4Rs8"]: "restricted"},
)

case(
    name="ds-outlook-original-message",
    from_="k.lee@dropsack.io", name_from="Kyungmin Lee",
    date="Mon, 09 Sep 2024 10:02:47 +0900",
    subject=f"RE: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    body=f"""Hello,

Update from our side on your request:

{D['Hn5Vb1']} – removed
{D['Ju9Cx3']} – removed, account terminated
{D['Mt4Rs8']} – there is no file with this ID on our system (invalid link)

Kyungmin Lee | Content Compliance | Dropsack

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@dropsack.io
Subject: [{DS}] Removal request - 12 links

{quoted_request(DS, list(D.values()), prefix="")}
""",
    outcome="applied",
    imitates="Outlook reply with the request under -----Original Message-----",
    why="three statements above the Outlook quote; the unquoted request below is our own text",
    items={D["Hn5Vb1"]: "removed", D["Ju9Cx3"]: "removed", D["Mt4Rs8"]: "not_found"},
)

case(
    name="ds-promise-within-24h",
    from_="abuse@dropsack.io", name_from="Dropsack Trust & Safety",
    date="Tue, 03 Sep 2024 05:30:00 +0000",
    subject=f"Re: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    body=f"""Hello,

Thank you for your notice {DS}. Our abuse team has verified the report and
the listed files will be removed within 24 hours. We will confirm once done.

Dropsack Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promise to act within a deadline",
    why="'will be removed' is a promise, not a statement; names the request",
    items={},
)

case(
    name="ds-bulk-all-deleted",
    from_="abuse@dropsack.io", name_from="Dropsack Trust & Safety",
    date="Thu, 05 Sep 2024 23:48:02 +0000",
    subject=f"Closed: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    body=f"""Hello,

All of the files and folders listed in your report {DS} have been deleted
and the uploading account has been closed. This ticket is now closed.

Dropsack Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="ticket-closure note covering every reported link at once",
    why="one statement for a 12-item request without naming the items",
    items={},
)

case(
    name="ds-ticket-receipt",
    from_="noreply@dropsack.io", name_from="Dropsack Support",
    date="Tue, 03 Sep 2024 01:00:41 +0000",
    subject=f"[DS-T-40917] We received your request: [{DS}] Removal request - 12 links",
    reply_to_req=msgid(DS),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

Your request has been received and ticket DS-T-40917 has been created.
Our abuse team usually responds within 48 hours. To add information, reply
to this email and keep the ticket number in the subject.

This is an automated message.
Dropsack Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket-creation auto-reply",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

# ================================================================ maru forum

case(
    name="maru-admin-prose-two-items",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 10:21:09 +0900",
    subject=f"RE: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    body=f"""안녕하세요, 마루커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 건({MA})에 대해 말씀드립니다.

{M1} 게시물은 운영 정책 위반으로 삭제하였습니다.
{M2} 은 확인 결과 작성자가 이미 스스로 삭제한 글이라 남아 있지 않습니다.

나머지 게시물은 검토 중이며 처리되는 대로 다시 연락드리겠습니다.

감사합니다.
마루커뮤니티 운영팀 드림
""",
    outcome="applied",
    imitates="small Korean forum operator's reply to a 시정요구 (prose)",
    why="one post 삭제 (removed), one already deleted by its author (not_found); the rest 검토 중",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="maru-numbered-blind-and-temp-measure",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Fri, 06 Sep 2024 17:40:55 +0900",
    subject=f"RE: [{MA}] 게시물 삭제 요청 - 장터 게시판 처리",
    reply_to_req=msgid(MA),
    body=f"""장터 게시판 건 처리 결과입니다.

1. {M5_RAW}을 블라인드 처리했습니다.
2. {M4} → 임시조치(30일) 하였습니다.

운영자 드림
""",
    outcome="applied",
    imitates="forum admin's numbered list; raw Korean path followed by a particle",
    why="블라인드 처리 = removed; 임시조치 = restricted",
    items={M5: "removed", M4: "restricted"},
)

maru_csv = "\r\n".join([
    "번호,URL,조치결과,비고",
    f"1,{M1},삭제,",
    f"2,{M2},해당 게시물 없음,작성자 자진 삭제",
    f"3,{M3},삭제 불가,\"위반 사항 확인되지 않음(풍자 게시물)\"",
    f"4,\"{M4}\",임시조치,30일",
    f"5,{M5},게시중단,",
]) + "\r\n"
case(
    name="maru-csv-base64-result-sheet",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Mon, 09 Sep 2024 11:05:33 +0900",
    subject=f"[{MA}] 시정요구 조치결과 회신",
    reply_to_req=msgid(MA),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="maru-csv-9"

--maru-csv-9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요." + chr(10) + chr(10) + f"요청하신 {MA} 건의 시정요구 조치결과를 첨부 파일로 회신드립니다." + chr(10) + "문의 사항은 이 메일로 답장 주십시오." + chr(10) + chr(10) + "마루커뮤니티 운영팀" + chr(10))}

--maru-csv-9
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?7KGw7LmY6rKw6rO8LmNzdg==?="
Content-Disposition: attachment; filename="result_{MA}.csv"
Content-Transfer-Encoding: base64

{b64(maru_csv, bom=True)}
--maru-csv-9--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 sheet sent as a base64 CSV attachment (UTF-8 BOM)",
    why="삭제 / 해당 게시물 없음 / 삭제 불가(위반 없음) / 임시조치 / 게시중단, one row per item",
    items={M1: "removed", M2: "not_found", M3: "rejected", M4: "restricted", M5: "removed"},
)

case(
    name="maru-one-line-angle-brackets",
    from_="sysop@marucommunity.kr", name_from="마루 관리자",
    date="Sat, 07 Sep 2024 23:12:40 +0900",
    subject=f"Re: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    body=f"""<{M3}> 지웠습니다.

-- 마루 관리자
""",
    outcome="applied",
    imitates="one-line admin reply, URL in angle brackets",
    why="지웠습니다 (deleted) about the URL: removed",
    items={M3: "removed"},
)

case(
    name="maru-gmail-korean-quote",
    from_="mod.yuna@marucommunity.kr", name_from="유나 (마루 운영진)",
    date="Thu, 05 Sep 2024 20:31:02 +0900",
    subject=f"Re: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    body=f"""자유게시판 글（{M1}）은 비공개 처리했습니다. 나머지는 관리자님이 보실 예정이에요.

2024년 9월 4일 (수) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(MA, [M1, M2, M3, M4, M5_RAW])}
""",
    outcome="applied",
    imitates="moderator's Gmail reply in Korean above the quoted request; full-width parenthesis after the sentence",
    why="비공개 처리 = removed for one post; the quoted list is our own text",
    items={M1: "removed"},
)

case(
    name="maru-hedge-seems-deleted",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Fri, 06 Sep 2024 09:14:27 +0900",
    subject=f"RE: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    body=f"""안녕하세요.

확인해 보니 {M3} 글은 이미 삭제된 것 같습니다.
서버 기록을 다시 확인한 뒤 정확히 말씀드리겠습니다.

마루커뮤니티 운영팀
""",
    outcome="review", review="not_understood",
    imitates="forum operator's hedged first answer",
    why="'삭제된 것 같습니다' (seems deleted) is a hedge, and a check is promised",
    items={M3: "pending"},
)

case(
    name="maru-conditional-deletion",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 15:02:11 +0900",
    subject=f"RE: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    body=f"""안녕하세요, 마루커뮤니티입니다.

{M1} 작성자에게 소명 요청 쪽지를 보냈습니다.
7일 안에 소명이 없으면 해당 글은 삭제할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="forum operator announcing a deletion conditional on the author's answer",
    why="'삭제할 예정' under a condition: a promise, item stays pending",
    items={M1: "pending"},
)

case(
    name="maru-out-of-office",
    from_="admin@marucommunity.kr", name_from="마루커뮤니티 운영팀",
    date="Wed, 04 Sep 2024 14:00:20 +0900",
    subject=f"[자동응답] RE: [{MA}] 게시물 삭제 요청",
    reply_to_req=msgid(MA),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답 메일입니다]

운영자 휴가로 9월 4일(수)부터 9월 8일(일)까지 메일 확인이 늦어질 수 있습니다.
긴급한 신고는 사이트 내 신고 게시판을 이용해 주십시오.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail vacation auto-reply ([자동응답])",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ hanbit hosting

case(
    name="hanbit-korean-abuse-desk-list",
    from_="abuse@hanbithost.co.kr", name_from="한빛호스팅 Abuse",
    date="Fri, 06 Sep 2024 16:20:00 +0900",
    subject=f"RE: [{HB}] 불법정보 삭제 요청 (접수번호 HB-55821)",
    reply_to_req=msgid(HB),
    body=f"""안녕하세요. 한빛호스팅 abuse 담당자입니다. (접수번호 HB-55821)

요청하신 URL은 당사 웹호스팅을 이용하는 고객의 사이트로, 해당 고객에게
통보하였습니다.

 - {H1}
 - {H2}

위 두 페이지는 고객이 삭제하여 현재 접속되지 않습니다.

{H3} 은 이용약관 위반으로 호스팅 서비스를 중지하였습니다.

감사합니다.
한빛호스팅 고객지원센터 abuse 담당
""",
    outcome="applied",
    imitates="Korean web-hosting abuse desk relaying its customer's action",
    why="two listed pages deleted by the customer (removed); hosting of the third site stopped (removed); fourth not mentioned",
    items={H1: "removed", H2: "removed", H3: "removed"},
)

case(
    name="hanbit-not-on-our-servers",
    from_="abuse@hanbithost.co.kr", name_from="한빛호스팅 Abuse",
    date="Mon, 09 Sep 2024 10:44:18 +0900",
    subject=f"RE: [{HB}] 불법정보 삭제 요청 (접수번호 HB-55821)",
    reply_to_req=msgid(HB),
    body=f"""안녕하세요, 한빛호스팅입니다.

blog.moonriver-shop.kr 은 2024년 8월에 타 호스팅사로 이전되어 현재 당사
서버에 존재하지 않습니다. 따라서 아래 페이지는 당사에서 확인되지 않습니다.
{H4}

나머지 건은 앞서 회신드린 내용을 참고해 주십시오.
""",
    outcome="applied",
    imitates="hosting provider replying that the site is not (or no longer) on its servers",
    why="the page does not exist on this platform: not_found",
    items={H4: "not_found"},
)

case(
    name="hanbit-english-url-below-statement",
    from_="noc@hanbithost.co.kr", name_from="Hanbit Hosting NOC",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    subject=f"Re: [{HB}] Request to remove illegal content",
    reply_to_req=msgid(HB),
    body=f"""Dear KCSC,

Regarding your request {HB}:

The following page has been disabled by our abuse team and now returns
HTTP 403 to all visitors:
{H2}

The following page remains online. Our customer showed that the product is
a registered over-the-counter item and the page does not breach our AUP:
{H1}

Regards,
Hanbit Hosting NOC
""",
    outcome="applied",
    imitates="hosting NOC reply with each URL on the line below its statement",
    why="one page disabled for all visitors (removed); one kept with a reason (rejected)",
    items={H2: "removed", H1: "rejected"},
)

case(
    name="hanbit-ticket-resolved-note",
    from_="helpdesk@hanbithost.co.kr", name_from="Hanbit Hosting Helpdesk",
    date="Sat, 07 Sep 2024 03:12:55 +0000",
    subject=f"[HB-55821] Ticket resolved - {HB}",
    body=f"""Ticket #HB-55821 has been marked RESOLVED.

Resolution note (agent: Kim D.)
------------------------------
{H3} - hosting account suspended, site offline since 2024-09-07 02:10 KST.
------------------------------

You can view the ticket at https://support.hanbithost.co.kr/tickets/HB-55821
""",
    outcome="applied",
    imitates="ticket-system 'resolved' notification carrying the agent's note",
    why="hosting account suspended, site offline: removed; the ticket link is not an item",
    items={H3: "removed"},
)

case(
    name="hanbit-korean-bulk-all-done",
    from_="abuse@hanbithost.co.kr", name_from="한빛호스팅 Abuse",
    date="Wed, 11 Sep 2024 13:00:00 +0900",
    subject=f"RE: [{HB}] 불법정보 삭제 요청 (접수번호 HB-55821)",
    reply_to_req=msgid(HB),
    body="""안녕하세요.

요청하신 4건 모두 조치 완료하였습니다.

한빛호스팅 abuse 담당
""",
    outcome="review", review="bulk",
    imitates="one-sentence Korean '모두 조치 완료' reply",
    why="one statement for all four items without naming them",
    items={},
)

case(
    name="hanbit-spoofed-auth-fail",
    from_="abuse@hanbithost.co.kr", name_from="한빛호스팅 Abuse",
    auth="fail",
    date="Sun, 08 Sep 2024 02:01:45 +0900",
    subject=f"RE: [{HB}] 불법정보 삭제 요청",
    body=f"""아래 페이지는 모두 삭제되었습니다.

{H1}
{H2}
{H3}
{H4}
""",
    outcome="review", review="untrusted",
    imitates="hosting reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={H1: "pending", H2: "pending", H3: "pending", H4: "pending"},
)

case(
    name="hanbit-customer-writes-directly",
    from_="owner@sunny-pharm24.kr", name_from="써니팜 대표",
    date="Sat, 07 Sep 2024 12:33:10 +0900",
    subject=f"Re: [{HB}] 호스팅사에서 전달받은 건",
    body=f"""안녕하세요. 써니팜 쇼핑몰 운영자입니다.

호스팅 업체에서 전달받고 아래 상품 페이지 두 개 내렸습니다.
{H1}
{H2}

확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer (site owner) answering the regulator himself",
    why="sender is the site owner, not a platform domain",
    items={H1: "pending", H2: "pending"},
)

case(
    name="hanbit-mailbox-full-dsn",
    from_="MAILER-DAEMON@hanbithost.co.kr", name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hb-1"

--dsn-hb-1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hanbithost.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@hanbithost.co.kr>: mailbox is full (quota exceeded)

--dsn-hb-1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hanbithost.co.kr
Arrival-Date: Thu,  5 Sep 2024 11:00:04 +0900

Final-Recipient: rfc822; abuse-kr@hanbithost.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-hb-1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@hanbithost.co.kr
Subject: [{HB}] 불법정보 삭제 요청
Message-ID: <{msgid(HB)}@kcsc.example>
Date: Thu, 5 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=us-ascii

Please remove the following (reference {HB}):
{H1}
{H2}
{H3}
{H4}

--dsn-hb-1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) carrying our request",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# ================================================================ bamboard

case(
    name="bamboard-janitor-dash-list",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Sat, 07 Sep 2024 01:14:00 +0000",
    subject=f"Re: [{BB}] personal data on your board",
    reply_to_req=msgid(BB),
    body=f"""{B1} - deleted
{B3} - deleted, thread pruned and images purged from cache

-mod team
""",
    outcome="applied",
    imitates="image-board moderator's terse dash list",
    why="two threads deleted; the third request item is not mentioned",
    items={B1: "removed", B3: "removed"},
)

case(
    name="bamboard-bare-url-status-below",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Sun, 08 Sep 2024 06:40:31 +0000",
    subject=f"Re: [{BB}] personal data on your board",
    reply_to_req=msgid(BB),
    body=f"""hi,

{B2}
status: 404, the thread had already fallen off the board (auto-pruned) before we got your mail

{B1}
status: removed by janitor, poster banned 30d

admin
""",
    outcome="applied",
    imitates="board admin's reply, bare URL with its status on the line below",
    why="already pruned and 404 (not_found); removed by janitor (removed)",
    items={B2: "not_found", B1: "removed"},
)

case(
    name="bamboard-leaves-thread-up",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Mon, 09 Sep 2024 12:00:10 +0000",
    subject=f"Re: [{BB}] personal data on your board",
    reply_to_req=msgid(BB),
    body=f"""Hello,

We looked at {B3}. It is a discussion thread about a public figure's
published statements; there is no address, phone number or other private data
in it and nothing in it breaks our rules. We are leaving it up.

Rules: https://bamboard.org/rules.html

bamboard admin
""",
    outcome="applied",
    imitates="image-board admin refusing with a reason",
    why="refusal with its reason: rejected; the rules link is not an item",
    items={B3: "rejected"},
)

case(
    name="bamboard-moved-to-adult-board",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Tue, 10 Sep 2024 15:25:00 +0000",
    subject=f"Re: [{BB}] personal data on your board",
    reply_to_req=msgid(BB),
    body=f"""Thread {B2} was moved to the 18+ section. It is now hidden from
guests and only shown to logged-in members who confirmed their age.

admin
""",
    outcome="applied",
    imitates="board admin moving a thread behind an age gate; URL inside a wrapped sentence",
    why="age-gated and hidden from guests: restricted",
    items={B2: "restricted"},
)

case(
    name="bamboard-all-three-gone",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Sat, 07 Sep 2024 19:02:00 +0000",
    subject=f"Re: [{BB}] personal data on your board",
    reply_to_req=msgid(BB),
    body="""all three threads are gone now, banned the poster too.

admin
""",
    outcome="review", review="bulk",
    imitates="informal one-line admin reply covering the whole request",
    why="'all three threads' for a three-item request, none named",
    items={},
)

case(
    name="bamboard-read-receipt",
    from_="admin@bamboard.org", name_from="bamboard admin",
    date="Fri, 06 Sep 2024 16:45:00 +0900",
    subject=f"Read: [{BB}] personal data on your board",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-bb-2"

--mdn-bb-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to admin@bamboard.org.

Note: This Return Receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read
or understood the message contents.

--mdn-bb-2
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: admin-pc; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@bamboard.org
Original-Message-ID: <{msgid(BB)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-bb-2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ edgeshield CDN

case(
    name="edge-geoblock-and-not-host",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 02:17:00 +0000",
    subject=f"[ES-20240909-4471] Re: {ES}",
    reply_to_req=msgid(ES),
    body=f"""Hello,

Thank you for your report {ES}.

EdgeShield provides pass-through security and caching for toonpirate-kr.com
and does not host its content. For {E1} we have forwarded your complaint
to the hosting provider and the site operator, who are best placed to act.

Because the material at the address below is unlawful in the Republic of
Korea, we have restricted access to it for visitors from Korea:
{E2}

EdgeShield Trust & Safety
https://edgeshield.net/abuse
""",
    outcome="applied",
    imitates="CDN abuse reply: not the host, forwarded to host; one URL blocked for one country",
    why="one URL restricted in Korea; the homepage only forwarded (no status)",
    items={E2: "restricted", E1: "pending"},
)

case(
    name="edge-451-worldwide",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject=f"[ES-20240909-4471] Re: {ES}",
    reply_to_req=msgid(ES),
    body=f"""Hello,

Following a further review, the two addresses below now serve an HTTP 451
block page to all visitors worldwide; the content is no longer delivered
through our network.

  * {E1}
  * {E2}

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN reply after blocking the URLs globally (HTTP 451 page)",
    why="blocked for all visitors worldwide: removed, both named",
    items={E1: "removed", E2: "removed"},
)

case(
    name="edge-forwarded-to-host-only",
    from_="abuse@edgeshield.net", name_from="EdgeShield Trust & Safety",
    date="Mon, 09 Sep 2024 06:05:00 +0000",
    subject=f"[ES-20240909-4471] Re: {ES}",
    reply_to_req=msgid(ES),
    body=f"""Hello,

EdgeShield is not the hosting provider for {E1} and cannot remove
content from the Internet that it does not host. We have forwarded your report
to the hosting provider (Hanbit Hosting, abuse@hanbithost.co.kr) and to the
website operator. You may wish to contact the hosting provider directly.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not the host, report forwarded' reply",
    why="names a requested URL but states no status for it",
    items={E1: "pending"},
)

case(
    name="edge-report-received",
    from_="no-reply@edgeshield.net", name_from="EdgeShield Abuse",
    date="Mon, 09 Sep 2024 01:31:02 +0000",
    subject="EdgeShield abuse report received [ES-20240909-4471]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""We have received your abuse report.

Report ID: ES-20240909-4471
Category: Copyright
Reported URLs:
  {E1}
  {E2}

Our team will review the report and, where appropriate, forward it to the
hosting provider and the website owner. Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URLs",
    why="pure acknowledgement; the URLs only echo our report",
    items={},
)

case(
    name="hanbit-acts-on-cdn-item",
    from_="abuse@hanbithost.co.kr", name_from="Hanbit Hosting Abuse",
    date="Wed, 11 Sep 2024 09:09:09 +0900",
    subject="Re: EdgeShield forwarded complaint ES-20240909-4471",
    body=f"""Hello KCSC,

EdgeShield forwarded us your complaint about toonpirate-kr.com, whose origin
server is on our network. We have suspended that server, and
{E2} is no longer available.

Hanbit Hosting Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="the origin's hosting provider answering a complaint the CDN forwarded",
    why="the item belongs to the EdgeShield request; Hanbit is another platform",
    items={E2: "pending"},
)

# ================================================================ dotname registrar

case(
    name="dotname-clienthold",
    from_="abuse@dotnamereg.com", name_from="Dotname Abuse Team",
    date="Thu, 12 Sep 2024 07:45:00 +0000",
    subject=f"Re: [{DN}] Abuse report - rx-cheap-kr.com",
    reply_to_req=msgid(DN),
    body="""Dear Reporter,

The domain name rx-cheap-kr.com has been placed on clientHold and suspended
for violation of our registration agreement. It no longer resolves.

Dotname Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team suspending a domain (clientHold)",
    why="domain suspended and no longer resolving; one-item request",
    items={N1: "removed"},
)

case(
    name="dotname-out-of-scope-refusal",
    from_="compliance@dotnamereg.com", name_from="Dotname Compliance",
    date="Fri, 13 Sep 2024 02:10:00 +0000",
    subject=f"Re: [{DN}] Abuse report - rx-cheap-kr.com",
    reply_to_req=msgid(DN),
    body="""Hello,

We have reviewed your report about rx-cheap-kr.com. We found no evidence that
the domain is used for DNS abuse (malware, botnets, phishing, pharming or
spam). Website content is outside the scope of action by the registrar, so
the domain remains active. Please contact the hosting provider of the site.

Dotname Compliance
""",
    outcome="applied",
    imitates="registrar declining to act on website content (DNS-abuse scope)",
    why="refusal with its reason; the domain stays up: rejected",
    items={N1: "rejected"},
)

case(
    name="dotname-asks-for-documents",
    from_="abuse@dotnamereg.com", name_from="Dotname Abuse Team",
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject=f"Re: [{DN}] Abuse report - rx-cheap-kr.com",
    reply_to_req=msgid(DN),
    body="""Dear Reporter,

To process your complaint we need the following:

1. the decision of your authority as an official letter, in English;
2. evidence of the unlawful sales on the website (screenshots with dates).

Please reply to this email with the documents attached.

Dotname Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for an official letter and evidence",
    why="asks for documents, no statement about the item",
    items={},
)

case(
    name="dotname-otrs-receipt-echo",
    from_="support@dotnamereg.com", name_from="Dotname Support",
    date="Tue, 10 Sep 2024 00:00:31 +0000",
    subject=f"[Ticket#2024091010000123] RE: [{DN}] Abuse report - rx-cheap-kr.com",
    extra_headers=["Auto-Submitted: auto-replied", "X-OTRS-Loop: true"],
    body=f"""This is an automatically generated reply.

Your message has been received and was assigned ticket number
2024091010000123. An agent will reply as soon as possible.

Your message:
> The Korea Communications Standards Commission asks you to remove the
> following content (reference {DN}):
> 1. {N1}

Dotname Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="OTRS auto answer quoting the first lines of the customer's mail",
    why="auto receipt; the URL is only our own echoed text",
    items={},
)

# ================================================================ binpaste

case(
    name="binpaste-removed-thanks",
    from_="min@binpaste.kr", name_from="Min",
    date="Wed, 11 Sep 2024 22:03:00 +0900",
    subject=f"Re: [{BP}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=msgid(BP),
    body="""removed, thanks.

- min (binpaste)
""",
    outcome="applied",
    imitates="one-person service operator's two-word reply in the request thread",
    why="unhedged 'removed' answering a one-item request",
    items={P1: "removed"},
)

case(
    name="binpaste-paste-expired",
    from_="min@binpaste.kr", name_from="Min",
    date="Thu, 12 Sep 2024 08:15:00 +0900",
    subject=f"Re: [{BP}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=msgid(BP),
    body=f"""Hi,

That paste had already expired (7-day expiry) before I saw your mail, so
there is nothing left to delete: {P1} returns 404 and the data is gone
from the database.

min
""",
    outcome="applied",
    imitates="paste-site operator: content expired before action",
    why="no longer exists, 404: not_found",
    items={P1: "not_found"},
)

case(
    name="binpaste-new-abuse-contact",
    from_="min@binpaste.kr", name_from="Min",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="Abuse contact for binpaste.kr",
    body="""Hello,

I run binpaste.kr on my own. From now on please send notices to
abuse@binpaste.kr rather than my personal address; that mailbox is checked
every day.

Thanks,
Min
""",
    outcome="review", review="no_claims",
    imitates="small-service operator registering an abuse contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="binpaste-vacation-responder",
    from_="min@binpaste.kr", name_from="Min",
    date="Wed, 11 Sep 2024 15:00:30 +0900",
    subject=f"Re: [{BP}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=msgid(BP),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    body="""I'm travelling until 13 September with limited access to email.
I'll deal with your message when I'm back.

- min
""",
    outcome="ignored", classification="auto_reply",
    imitates="webmail vacation responder",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 127 (hosting providers, CDN, registrar, forum, image board,
# file host, one-person paste site; CSV attachments and plain-text tables).
# Written by tests/corpus/blind127/make.py from each email's meaning, before
# any run of the reader. Each case is ingested alone into a fresh ledger."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
    corpuslib.write_set(HERE, "blind127", HEADER, CASES)


if __name__ == "__main__":
    main()
