#!/usr/bin/env python3
"""Blind corpus set 673: hosting providers, a CDN, a registrar, a Korean
forum, an image board, a file host and a small image host answering
removal requests, often informally, plus CSV attachments and plain-text
tables.

    python3 tests/corpus/blind673/make.py

Writes requests.csv, cases/*.eml and expected.toml beside this script.
Deterministic: no clock, no random boundaries. Expected results were
written from each email's meaning alone, before any run of the reader.
All names, hosts, ids and URLs are fictional.
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

SET = "blind673"

# ---------------------------------------------------------------- requests
JANGTEO = "장터"
JANGTEO_ENC = quote(JANGTEO)

FS = [
    "https://fileshelf.io/f/Qm7Tz2Lp",
    "https://fileshelf.io/f/Hx4Wn8Ke",
    "https://fileshelf.io/f/Ra9Cv1Ud",
    "https://fileshelf.io/f/Jb2Ys6Mo",
    "https://fileshelf.io/f/Pk5Gd3Xi",
    "https://fileshelf.io/f/Wc8Nf0Ta",
    "https://fileshelf.io/f/Lu1Ej7Bq",
    "https://fileshelf.io/f/Zs6Ho4Vy",
    "https://fileshelf.io/folder/Tn3Ka9Rw",
    "https://fileshelf.io/folder/Gd0Mb5Pe",
    "https://fileshelf.io/f/Yv2Qc8Lh",
    "https://fileshelf.io/f/Ei7Xs1Nz",
    "https://dl.fileshelf.io/f/Oa4Wt6Jc",
    "https://dl.fileshelf.io/f/Fm9Rb2Us",
]
(QM, HX, RA, JB, PK, WC, LU, ZS, TN, GD, YV, EI, OA, FM) = FS

TT_88231 = "https://ttukbbs.co.kr/free/88231"
TT_88307 = "https://ttukbbs.co.kr/free/88307"
TT_41022 = "https://ttukbbs.co.kr/humor/41022"
TT_5120 = "https://ttukbbs.co.kr/%s/5120" % JANGTEO_ENC
TT_5120_RAW = "https://ttukbbs.co.kr/%s/5120" % JANGTEO
TT_88415 = "https://ttukbbs.co.kr/free/88415?page=2"
TT = [TT_88231, TT_88307, TT_41022, TT_5120, TT_88415]

DH_INDEX = "http://cheongsan77.daramweb.kr/index.html"
DH_PAY = "http://cheongsan77.daramweb.kr/pay/step2.php"
DH_LUCKY = "https://lucky-pick.daramweb.kr/"
DH = [DH_INDEX, DH_PAY, DH_LUCKY]

NP_LOTTO = "http://gwanak-lotto-win.top/"
NP_AIRDROP = "https://sejong-airdrop-claim.xyz/claim"
NP = [NP_LOTTO, NP_AIRDROP]

HC_552190 = "https://hanachan.org/b/res/552190.html"
HC_98812 = "https://hanachan.org/pol/res/98812.html"
HC_IMG = "https://img.hanachan.org/src/1725412290331.jpg"
HC_552301 = "https://hanachan.org/b/res/552301.html"
HC = [HC_552190, HC_98812, HC_IMG, HC_552301]

EV_TOTO = "https://haneul-toto88.bet/join"

DP_IMG = "https://dotoripic.com/i/8fK2qA"
DP_ALBUM = "https://dotoripic.com/a/m3Rt9w"
DP = [DP_IMG, DP_ALBUM]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "fileshelf", "2024-09-02T10:02:00+09:00", "2024-09-09T23:59:59+09:00",
     FS, "copyright", "file host; largest request"),
    ("KCSC-240903-02", "ttukbbs", "2024-09-03T11:20:00+09:00", "2024-09-10T23:59:59+09:00",
     TT, "defamation", "Korean community forum"),
    ("KCSC-240904-03", "daramhost", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     DH, "phishing", "shared web host, customer sites"),
    ("KCSC-240905-04", "namepost", "2024-09-05T14:05:00+09:00", "2024-09-12T23:59:59+09:00",
     NP, "fraud", "registrar of the two domains"),
    ("KCSC-240906-05", "hanachan", "2024-09-06T16:30:00+09:00", "2024-09-13T23:59:59+09:00",
     HC, "illegal_content", "image board"),
    ("KCSC-240909-06", "edgeveil", "2024-09-09T10:15:00+09:00", "2024-09-16T23:59:59+09:00",
     [EV_TOTO], "gambling", "CDN in front of the site"),
    ("KCSC-240910-07", "dotoripic", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00",
     DP, "privacy", "small image host"),
]


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def enc(text):
    """RFC 2047 encoded-word for a non-ASCII display name or subject."""
    return Header(text, "utf-8").encode()


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed_with_csv(boundary, body, csv_name, csv_text, encode_csv=False):
    part = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body.strip("\n"),
        "",
        f"--{boundary}",
    ]
    if encode_csv:
        part += [
            f'Content-Type: text/csv; charset=utf-8; name="{csv_name}"',
            f'Content-Disposition: attachment; filename="{csv_name}"',
            "Content-Transfer-Encoding: base64",
            "",
            b64(csv_text.encode("utf-8")),
        ]
    else:
        part += [
            f'Content-Type: text/csv; charset=utf-8; name="{csv_name}"',
            f'Content-Disposition: attachment; filename="{csv_name}"',
            "Content-Transfer-Encoding: 8bit",
            "",
            csv_text.strip("\n"),
        ]
    part += ["", f"--{boundary}--", ""]
    return "\n".join(part)


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


REQ_FS_LINES = [
    "Dear FileShelf Trust & Safety team,",
    "",
    "Under Article 44-7 of the Network Act, the Korea Communications",
    "Standards Commission asks you to remove the following content",
    "(our reference KCSC-240902-01):",
    "",
] + ["%2d. %s" % (i + 1, u) for i, u in enumerate(FS)] + [
    "",
    "Please tell us the action taken for each link by 9 September 2024.",
    "",
    "KCSC Takedown desk",
]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

CSV_FULL = "\n".join([
    "link,action,date_actioned,notes",
    f"{QM},File deleted,2024-09-04,",
    f"{HX},File deleted,2024-09-04,",
    f"{RA},File deleted,2024-09-04,",
    f'{JB},Not found,,"No file with this ID exists on our storage"',
    f"{PK},File deleted,2024-09-04,",
    f'{WC},No action,,"Reviewed: does not break our Terms, the file stays available"',
    f"{LU},File deleted,2024-09-05,",
    f"{ZS},File deleted,2024-09-05,",
    f'{TN},Folder disabled,2024-09-05,"folder and all files in it"',
    f"{GD},Folder disabled,2024-09-05,",
    f'{YV},Already deleted by uploader,,"deleted by the uploader on 2024-08-30"',
    f"{EI},File deleted,2024-09-05,",
    f"{OA},File deleted,2024-09-05,",
    f'{FM},Access blocked in KR,2024-09-05,"Geo-restricted: not served to Korean IP addresses"',
])
case(
    name="fs-csv-result-sheet-full",
    **{"from": "abuse@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Thu, 05 Sep 2024 17:41:09 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=mixed_with_csv("=_fs_result_01", """
Hello,

We have finished reviewing the 14 links of your request KCSC-240902-01.
The action taken on each link is listed in the attached sheet
(result_KCSC-240902-01.csv).

Files we delete under our Terms cannot be restored by the uploader. The
uploaders concerned have been told which of their files were affected.

Regards,
Mina Seo
FileShelf Trust & Safety
""", "result_KCSC-240902-01.csv", CSV_FULL),
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk sending a per-link result spreadsheet (CSV) for a bulk notice",
    why="CSV names all 14 links with an action each: deleted/disabled, not found, uploader-deleted, no violation, KR geo-block",
    items={QM: "removed", HX: "removed", RA: "removed", JB: "not_found", PK: "removed",
           WC: "rejected", LU: "removed", ZS: "removed", TN: "removed", GD: "removed",
           YV: "not_found", EI: "removed", OA: "removed", FM: "restricted"},
)

TEXT_TABLE = "\n".join(
    [" # | %-38s | Result" % "Link", "---+-" + "-" * 38 + "-+-----------------"]
    + [" %d | %-38s | %s" % (i + 1, u, r) for i, (u, r) in enumerate([
        (QM, "deleted"), (HX, "deleted"), (RA, "file not found"),
        (TN, "folder disabled"), (EI, "deleted"), (OA, "deleted")])])
case(
    name="fs-plain-text-table-partial",
    **{"from": "legal@fileshelf.io"}, name_from="FileShelf Legal",
    date="Wed, 04 Sep 2024 15:12:44 +0900",
    subject="KCSC-240902-01 - partial update",
    body=f"""
Hello KCSC,

Ref: KCSC-240902-01 (partial update)

{TEXT_TABLE}

The other links are still with our legal team. We will write again when
they are done.

FileShelf Legal
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a hand-made plain-text table of links and results",
    why="six links in a text table, each with a result; the rest explicitly still open",
    items={QM: "removed", HX: "removed", RA: "not_found", TN: "removed", EI: "removed", OA: "removed"},
)

case(
    name="fs-ops-one-liner",
    **{"from": "jae@fileshelf.io"}, name_from="Jae",
    date="Tue, 03 Sep 2024 23:58:02 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
took down {LU} and {ZS}, uploader banned. rest tomorrow

--
jae / fileshelf ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's operator",
    why="informal but unhedged: the two links were taken down",
    items={LU: "removed", ZS: "removed"},
)

case(
    name="fs-top-posted-over-quoted-request",
    **{"from": "olivia.park@fileshelf.io"}, name_from="Olivia Park",
    date="Wed, 04 Sep 2024 09:03:51 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Done for these three, they are deleted from our storage:

{PK}
{WC}
{YV}

Still looking at the others.

Best,
Olivia

On Mon, 2 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_FS_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="three links deleted above the quote; the 14 quoted links say nothing",
    items={PK: "removed", WC: "removed", YV: "removed"},
)

case(
    name="fs-bare-url-result-below",
    **{"from": "abuse@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Fri, 06 Sep 2024 11:27:30 +0900",
    subject="Results for KCSC-240902-01",
    body=f"""
Hello,

Results for KCSC-240902-01:

{JB}
-> no such file (this ID was never issued)

{WC}
-> removed, uploader account terminated

{GD}
-> removed (whole folder, 37 files)

{FM}
-> removed

FileShelf Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk listing each URL with its result on the line below",
    why="each bare URL is followed by its result line",
    items={JB: "not_found", WC: "removed", GD: "removed", FM: "removed"},
)

HTML_FS = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC,</p>
<p>Please find below the status of the links from your notice
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Status</th><th>Date</th></tr>
<tr><td><a href="{HX}">{HX}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{RA}">{RA}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{PK}">{PK}</a></td><td>Not available in Korea</td><td>2024-09-05</td></tr>
<tr><td><a href="{ZS}">{ZS}</a></td><td>Not found</td><td>-</td></tr>
<tr><td><a href="{YV}">{YV}</a></td><td>Removed</td><td>2024-09-05</td></tr>
</table>
<p>Uploaders may appeal through <a href="https://fileshelf.io/help/appeals">https://fileshelf.io/help/appeals</a>.</p>
<p>FileShelf Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fs-html-table-base64",
    **{"from": "noreply-legal@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Thu, 05 Sep 2024 19:02:15 +0900",
    subject="Status of your notice KCSC-240902-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b64(HTML_FS.encode("utf-8")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="templated HTML status table from a trust-and-safety tool, base64-encoded",
    why="HTML table rows: removed, not available in Korea, not found; appeals link is no item",
    items={HX: "removed", RA: "removed", PK: "restricted", ZS: "not_found", YV: "removed"},
)

case(
    name="fs-folder-disabled-ids-missing",
    **{"from": "abuse@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Thu, 05 Sep 2024 10:14:40 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Regarding your notice KCSC-240902-01: we have disabled the folder
{TN} together with every file in it.

The two links {QM} and {EI} do not exist on our storage.
Perhaps the IDs were mistyped when the list was put together; if you have
the correct links, send them and we will look again.

Kind regards,
Mina Seo
FileShelf Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply: folder disabled, two IDs unknown",
    why="folder disabled (removed); two links plainly do not exist (not_found); the guess about typos is about the cause only",
    items={TN: "removed", QM: "not_found", EI: "not_found"},
)

case(
    name="ttuk-admin-deleted-three",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Wed, 04 Sep 2024 13:05:12 +0900",
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
안녕하세요, 뚝딱게시판 운영자입니다.

요청하신 게시물 가운데 아래 3건은 운영자 권한으로 삭제했습니다.

- {TT_88231}
- {TT_88307}
- {TT_5120_RAW}

나머지 2건은 확인하는 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin's short reply: 운영자 권한으로 삭제",
    why="three posts deleted by the admin (one with a raw Korean path); the other two still being checked",
    items={TT_88231: "removed", TT_88307: "removed", TT_5120: "removed"},
)

case(
    name="ttuk-blind-and-keep",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Thu, 05 Sep 2024 10:41:00 +0900",
    subject=enc("[뚝딱게시판] KCSC-240903-02 처리 결과"),
    body=f"""
방송통신심의위원회 담당자님께

보내주신 KCSC-240903-02 건의 처리 결과를 알려드립니다.

1. {TT_88307} : 블라인드 처리 완료
2. {TT_41022} : 유머 게시판 운영 기준에 비추어 검토했으나 위반 사항이 없어 게시물을 그대로 유지합니다.

더 궁금하신 점은 이 메일로 회신해 주세요.

뚝딱게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 처리 결과 notice: 블라인드 처리 and 유지 with reason",
    why="one post blinded (removed), one kept because no rule is broken (rejected)",
    items={TT_88307: "removed", TT_41022: "rejected"},
)

case(
    name="ttuk-url-with-particles",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Fri, 06 Sep 2024 21:16:45 +0900",
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
{TT_88415}의 글은 작성자가 스스로 지워서 지금은 없는 글입니다.
{TT_41022}는 30일간 임시조치했습니다.

- 뚝딱 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin writing URLs directly followed by particles (의, 는)",
    why="post already deleted by its author (not_found); other post under 임시조치 for 30 days (restricted)",
    items={TT_88415: "not_found", TT_41022: "restricted"},
)

HTML_TT = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하십니까. 뚝딱게시판입니다.</p>
<p>KCSC-240903-02 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td>{TT_88231}</td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>2</td><td>{TT_88307}</td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>3</td><td>{TT_41022}</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{TT_5120}">{TT_5120_RAW}</a></td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{TT_88415}</td><td>삭제</td><td>2024-09-05</td></tr>
</table>
<p>감사합니다.<br>뚝딱게시판 운영팀 드림</p>
</body></html>
"""
case(
    name="ttuk-qp-html-result-table",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판"),
    date="Thu, 05 Sep 2024 18:30:22 +0900",
    subject=enc("시정요구 조치결과 회신 (KCSC-240903-02)"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(HTML_TT),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a quoted-printable HTML table",
    why="all five posts with 삭제 / 임시조치 / 해당 게시물 없음",
    items={TT_88231: "removed", TT_88307: "removed", TT_41022: "restricted",
           TT_5120: "not_found", TT_88415: "removed"},
)

case(
    name="ttuk-statement-then-url-below",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Sat, 07 Sep 2024 09:55:31 +0900",
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
안녕하세요.

아래 게시물은 운영정책 위반으로 삭제하였습니다.
{TT_88307}

그리고 다음 글은 작성자 본인이 이미 지운 글이라 저희가 따로 조치할 것이 없었습니다.
{TT_88231}

뚝딱게시판 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with each statement on one line and its URL on the line below",
    why="first post deleted (removed); second already deleted by its author (not_found)",
    items={TT_88307: "removed", TT_88231: "not_found"},
)

case(
    name="ttuk-wrapped-url-angle-brackets",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Mon, 09 Sep 2024 14:02:09 +0900",
    subject="RE: [KCSC-240903-02] 게시물 삭제 요청",
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
KCSC-240903-02 관련하여, 장터 게시판의 아래 글은 삭제했습니다.
<https://ttukbbs.co.kr/{JANGTEO_ENC}/
5120>

운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style plain-text reply where a long percent-encoded URL in angle brackets was wrapped",
    why="the wrapped URL inside <> is the market post; it was deleted",
    items={TT_5120: "removed"},
)

case(
    name="daram-account-suspended",
    **{"from": "abuse@daramhost.kr"}, name_from="Daram Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 16:48:03 +0900",
    subject="[Abuse #DH-55120] KCSC-240904-03",
    body=f"""
Hello,

Thank you for the report.

We confirmed phishing content on the hosting account that serves
cheongsan77.daramweb.kr. The account has been suspended, and both of the
following now return our suspension page; nothing of the customer's site
is served any more:

  {DH_INDEX}
  {DH_PAY}

We could not find any hosting account for lucky-pick.daramweb.kr
({DH_LUCKY}). That hostname is not configured anywhere on our platform.

--
Daram Hosting Abuse Desk
https://www.daramhost.kr/policy/aup
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk: account suspended, hostname unknown",
    why="two URLs of the suspended account no longer served (removed); third hostname not on their platform (not_found)",
    items={DH_INDEX: "removed", DH_PAY: "removed", DH_LUCKY: "not_found"},
)

case(
    name="daram-ticket-resolved-echo",
    **{"from": "support@daramhost.kr"}, name_from="Daram Hosting Support",
    date="Fri, 06 Sep 2024 11:09:57 +0900",
    subject="[Ticket #DH-55187] Resolved: KCSC-240904-03",
    body=f"""
Ticket #DH-55187 has been updated.

Status: Resolved
Department: Abuse

---- Your original report ----
Reference: KCSC-240904-03
URLs:
 {DH_INDEX}
 {DH_PAY}
 {DH_LUCKY}
Category: phishing

---- Reply from Hyun-woo (Abuse Team) ----
The page {DH_LUCKY} was a copy of a bank login page. We deleted it from
the customer's web space and warned the customer. The other two addresses
belong to a different account and are still being checked.

You can view this ticket at https://support.daramhost.kr/ticket/DH-55187
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket update echoing the original report above the staff reply",
    why="staff reply deletes the lucky-pick page; the echoed report is not a statement; other two still being checked",
    items={DH_LUCKY: "removed", DH_INDEX: "pending", DH_PAY: "pending"},
)

case(
    name="namepost-clienthold",
    **{"from": "abuse@namepost.com"}, name_from="NamePost Abuse",
    date="Fri, 06 Sep 2024 08:22:19 +0900",
    subject="Re: KCSC-240905-04 abuse report",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""
Dear Reporter,

We have reviewed your complaint.

Domain name:  gwanak-lotto-win.top
Reported URL: {NP_LOTTO}
Action:       the domain has been suspended (status clientHold) and no
              longer resolves.

Regards,
NamePost Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain placed on clientHold",
    why="the domain was suspended and no longer resolves: the reported site is unavailable (removed)",
    items={NP_LOTTO: "removed"},
)

case(
    name="namepost-no-dns-abuse",
    **{"from": "abuse@namepost.com"}, name_from="NamePost Abuse",
    date="Mon, 09 Sep 2024 07:51:40 +0900",
    subject="Re: KCSC-240905-04 abuse report",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""
Dear Reporter,

Regarding {NP_AIRDROP} : we looked at the site and found no phishing,
malware or other DNS abuse as defined in our Registration Agreement. We
are therefore not suspending the domain, and it stays active.

Questions about the content itself should go to the hosting provider of
the site.

Regards,
NamePost Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend a domain for lack of DNS abuse",
    why="refusal with its reason (no abuse under their agreement); the site stays up: rejected",
    items={NP_AIRDROP: "rejected"},
)

case(
    name="hana-mod-deleted-two",
    **{"from": "mod@hanachan.org"}, name_from="hanachan mod",
    date="Sat, 07 Sep 2024 02:13:55 +0900",
    subject="Re: KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""
deleted both, poster banned for 30d:
{HC_552190}
{HC_IMG}

- m
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's terse reply",
    why="the thread and the image were deleted",
    items={HC_552190: "removed", HC_IMG: "removed"},
)

case(
    name="hana-keep-and-op-deleted",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    date="Sun, 08 Sep 2024 20:40:12 +0900",
    subject="Re: KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""
hi,

{HC_98812} stays. it's a political argument thread, rough but within our
rules, we don't delete it.

{HC_552301} is not there anymore, the OP deleted it himself with his post
password before we got to it. link is a 404.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering informally, one paragraph per thread",
    why="political thread kept as within the rules (rejected); other thread deleted by its poster (not_found)",
    items={HC_98812: "rejected", HC_552301: "not_found"},
)

case(
    name="hana-fullwidth-punctuation",
    **{"from": "admin@hanachan.org"}, name_from=enc("하나짱 운영진"),
    date="Mon, 09 Sep 2024 01:05:44 +0900",
    subject="Re: KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    body=f"""
운영진입니다。
{HC_552301}，{HC_552190} 두 스레드 모두 삭제했습니다．
이미지 {HC_IMG} 도 함께 지웠습니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean image-board operator typing with full-width punctuation",
    why="two threads and the image deleted; URLs followed by full-width comma and stops",
    items={HC_552301: "removed", HC_552190: "removed", HC_IMG: "removed"},
)

case(
    name="edgeveil-pages-disabled",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 15:33:27 +0900",
    subject="EdgeVeil abuse report 24-0909-7731 [KCSC-240909-06]",
    body=f"""
Hello,

We reviewed {EV_TOTO}.

This content was stored on EdgeVeil Pages, our static hosting product, so
in this case we are its host. We have disabled access to it; visitors now
get an HTTP 451 page instead.

The site operator has been told and may file a counter-notice at
https://edgeveil.net/legal/counter-notice.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN acting as host for content on its edge-hosting product, access disabled",
    why="access disabled (HTTP 451): removed; the counter-notice page is no item",
    items={EV_TOTO: "removed"},
)

case(
    name="edgeveil-sole-item-no-url",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 10:02:51 +0900",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_id("KCSC-240909-06"),
    body="""
Hello,

About your report KCSC-240909-06: we have taken the reported content down
and suspended the project that hosted it on EdgeVeil Pages.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="short CDN/host reply naming the report but not the URL",
    why="one-item request: 'the reported content taken down' applies to its only item",
    items={EV_TOTO: "removed"},
)

case(
    name="dotori-geo-block-and-delete",
    **{"from": "support@dotoripic.com"}, name_from="Dotori Pic",
    date="Wed, 11 Sep 2024 12:18:36 +0900",
    subject="Re: [KCSC-240910-07] Request to remove images",
    reply_to_req=req_id("KCSC-240910-07"),
    body=f"""
Hello,

The image {DP_IMG} is now geo-blocked: visitors from South Korea see a
notice instead of the picture. It stays visible in other countries.

The album {DP_ALBUM} was deleted in full.

Dotori Pic support
""",
    outcome="applied", classification="confirmation",
    imitates="small image host: one image geo-blocked for Korea, one album deleted",
    why="geo-block for Korea is restricted; album deleted is removed",
    items={DP_IMG: "restricted", DP_ALBUM: "removed"},
)

case(
    name="dotori-receipt-plus-result",
    **{"from": "support@dotoripic.com"}, name_from="Dotori Pic",
    date="Thu, 12 Sep 2024 09:40:03 +0900",
    subject="[Dotori Pic #DP-3391] Your report",
    body=f"""
Thank you for contacting Dotori Pic. We have received your report
(ticket #DP-3391).

After review, the image {DP_IMG} has been removed for breaking our
content policy.

The album {DP_ALBUM} contains only landscape photos and does not break
our rules, so it remains online.

Dotori Pic Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt wording followed by the decision on each link",
    why="acknowledgement phrase plus unhedged decisions: image removed, album kept with a reason (rejected)",
    items={DP_IMG: "removed", DP_ALBUM: "rejected"},
)

case(
    name="fs-gmail-angle-brackets",
    **{"from": "olivia.park@fileshelf.io"}, name_from="Olivia Park",
    date="Tue, 10 Sep 2024 10:31:18 +0900",
    subject="Re: KCSC-240902-01 two links still online",
    body=f"""
Hi,

Both are removed now: <{JB}> and <{LU}>.

Olivia

On Tue, Sep 10, 2024 at 9:14 AM KCSC Takedown <takedown@kcsc.example> wrote:

> Dear FileShelf team,
>
> Following up on KCSC-240902-01, these two links are still online:
> {JB}
> {LU}
>
> Kind regards,
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply to a follow-up, URLs in angle brackets, quote below",
    why="both links stated removed above the quote",
    items={JB: "removed", LU: "removed"},
)

case(
    name="fs-outlook-original-message",
    **{"from": "daeho.kim@fileshelf.io"}, name_from="Kim Daeho",
    date="Wed, 04 Sep 2024 17:20:05 +0900",
    subject="RE: [KCSC-240902-01] Removal request - 14 links",
    body="\n".join([
        "Hello,",
        "",
        f"Removed: {RA}",
        f"Not found (no such file on our side): {ZS}",
        "",
        "The rest of your list is still in our queue.",
        "",
        "Kim Daeho",
        "FileShelf Legal",
        "",
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Monday, September 2, 2024 10:02 AM",
        "To: abuse@fileshelf.io",
        "Subject: [KCSC-240902-01] Removal request - 14 links",
        "",
    ] + REQ_FS_LINES),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unquoted '-----Original Message-----' copy of the request",
    why="two statements above the original message; the 14 links below it are our own request",
    items={RA: "removed", ZS: "not_found"},
)

CSV_SEMI = "\r\n".join([
    "\ufeffURL;Status;Comment",
    f"{HX};removed;",
    f"{PK};removed;",
    f"{WC};restricted;blocked for KR IP ranges",
    f"{GD};removed;folder and 12 files",
    "",
])
case(
    name="fs-csv-semicolon-partial",
    **{"from": "legal@fileshelf.io"}, name_from="FileShelf Legal",
    date="Fri, 06 Sep 2024 16:55:48 +0900",
    subject="KCSC-240902-01 results (part 2)",
    raw_mime=mixed_with_csv("----=_Part_7731_2209", """
Hello,

see attached, results for four more links of your notice.

FileShelf Legal
""", "KCSC-240902-01_part2.csv", CSV_SEMI, encode_csv=True),
    outcome="applied", classification="confirmation",
    imitates="Excel export (semicolon separator, BOM, CRLF) attached base64 to a one-line email",
    why="CSV rows: three removed, one blocked for Korea (restricted)",
    items={HX: "removed", PK: "removed", WC: "restricted", GD: "removed"},
)

# ======================= REVIEW =======================

case(
    name="fs-promise-within-48h",
    **{"from": "abuse@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Tue, 03 Sep 2024 14:47:30 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Dear KCSC,

Thank you for your notice KCSC-240902-01. Our team has checked the list.
The files at {QM} and {HX} will be removed within 48 hours, once the
uploader's notice period has passed. The remaining links will be reviewed
this week.

FileShelf Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal after a notice period",
    why="'will be removed' is a promise, not a statement; names items, so review",
    items={QM: "pending", HX: "pending"},
)

case(
    name="ttuk-hedge-and-checking",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Wed, 04 Sep 2024 22:10:14 +0900",
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-02"),
    body=f"""
안녕하세요.

{TT_88231} 글은 이미 지워진 것 같습니다만, 서버 기록을 확인한 뒤 다시 알려드리겠습니다.
{TT_41022} 는 내부 검토 중입니다.

운영자 드림
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin hedging ('지워진 것 같습니다') and saying 검토 중",
    why="a hedge and an 'under review' are no statements; items named, so review",
    items={TT_88231: "pending", TT_41022: "pending"},
)

case(
    name="fs-bulk-all-removed",
    **{"from": "abuse@fileshelf.io"}, name_from="FileShelf Trust & Safety",
    date="Sat, 07 Sep 2024 10:00:12 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
Hello,

All of the files and folders listed in KCSC-240902-01 have been removed
from FileShelf, and the uploader's account has been closed.

FileShelf Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a multi-link notice with one sentence",
    why="a statement about all 14 items without naming them: bulk, items stay pending",
    items={u: "pending" for u in FS},
)

case(
    name="hana-bulk-all-gone",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    date="Tue, 10 Sep 2024 03:31:08 +0900",
    subject="Re: KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    body="""
everything from your mail is gone now, threads and the image.

admin
""",
    outcome="review", review="bulk",
    imitates="image-board admin's one-line 'all gone' reply",
    why="four-item request, statement covers all without naming any: bulk",
    items={u: "pending" for u in HC},
)

case(
    name="daram-dkim-fail",
    **{"from": "abuse@daramhost.kr"}, name_from="Daram Hosting Abuse Desk",
    auth="fail",
    date="Sat, 07 Sep 2024 13:44:20 +0900",
    subject="[Abuse #DH-55120] KCSC-240904-03 closed",
    body=f"""
Hello,

All three reported sites were removed from our servers:

{DH_INDEX}
{DH_PAY}
{DH_LUCKY}

Daram Hosting Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="host's abuse reply whose DKIM/SPF/DMARC failed at our MX",
    why="platform domain but authentication failed: no status changes",
    items={DH_INDEX: "pending", DH_PAY: "pending", DH_LUCKY: "pending"},
)

case(
    name="site-owner-gmail",
    **{"from": "cheongsan77.shop@gmail.com"}, name_from="cheongsan77",
    date="Sat, 07 Sep 2024 18:02:33 +0900",
    subject="about my site cheongsan77.daramweb.kr",
    body=f"""
Hello,

I am the owner of cheongsan77.daramweb.kr. I deleted
{DH_PAY} myself yesterday. Please tell Daram Hosting to
unsuspend my account, the shop has nothing illegal now.

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer writing to the regulator from a free-mail address",
    why="not the platform's domain; claims about a requested item go to review",
    items={DH_PAY: "pending"},
)

case(
    name="edgeveil-cdn-blocks-fileshelf-url",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 09:12:44 +0900",
    subject="EdgeVeil abuse report 24-0906-6120",
    body=f"""
Hello,

The URL {OA} is delivered through our CDN on behalf of our customer
FileShelf. We have purged it from our cache and blocked it at our edge,
so it can no longer be reached through EdgeVeil.

We have also told FileShelf about your report.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reporting an edge block of a URL its customer hosts",
    why="EdgeVeil states a status for a FileShelf item: wrong platform",
    items={OA: "pending"},
)

case(
    name="edgeveil-not-the-host",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 11:45:09 +0900",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_id("KCSC-240909-06"),
    body=f"""
Hello,

EdgeVeil acts as a reverse proxy for {EV_TOTO} and does not host it.
We cannot remove material that is stored with another provider.

We have forwarded your report to the site's hosting provider and to the
site owner. The origin is hosted in 203.0.113.0/24; the abuse contact is
in the WHOIS record of that range.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, we forwarded your report' reply",
    why="no status: not a refusal on the merits and not removed; names the item, so review (arguable)",
    items={EV_TOTO: "pending"},
)

case(
    name="namepost-asks-evidence",
    **{"from": "abuse@namepost.com"}, name_from="NamePost Abuse",
    date="Fri, 06 Sep 2024 10:03:29 +0900",
    subject="Re: KCSC-240905-04 abuse report [more information needed]",
    reply_to_req=req_id("KCSC-240905-04"),
    body=f"""
Dear Reporter,

To act on your complaint KCSC-240905-04 about {NP_AIRDROP} and
{NP_LOTTO}, we need evidence of the abuse: screenshots that show the
phishing content with date and time, and the full path where it appears.

Please reply to this message with that material.

Regards,
NamePost Compliance
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the reporter for screenshots before acting",
    why="request for evidence: nothing done yet, a person must answer",
    items={NP_AIRDROP: "pending", NP_LOTTO: "pending"},
)

case(
    name="dotori-terms-update",
    **{"from": "support@dotoripic.com"}, name_from="Dotori Pic",
    date="Fri, 13 Sep 2024 08:00:00 +0900",
    subject="Dotori Pic: changes to our Terms of Service",
    body="""
Hello from Dotori Pic,

We are updating our Terms of Service on 1 October 2024. The main changes:

- albums without activity for two years will be archived;
- reports about personal information now get an answer within 3 days;
- the upload size limit goes up to 30 MB.

You can read the new terms at https://dotoripic.com/terms.

The Dotori Pic team
""",
    outcome="review", review="no_claims",
    imitates="small service's terms-of-service change notice sent to every contact",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="fs-conditional-counter-notice",
    **{"from": "legal@fileshelf.io"}, name_from="FileShelf Legal",
    date="Mon, 09 Sep 2024 15:36:58 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    body=f"""
Hello,

Unless the uploader sends a counter-notice within 10 business days, the
file {WC} will be deleted. Until then the case remains under review.

FileShelf Legal
""",
    outcome="review", review="not_understood",
    imitates="file host describing a conditional removal after a counter-notice window",
    why="a condition and 'under review': no statement; item named, so review",
    items={WC: "pending"},
)

# ======================= IGNORED =======================

case(
    name="fs-out-of-office",
    **{"from": "olivia.park@fileshelf.io"}, name_from="Olivia Park",
    date="Mon, 02 Sep 2024 10:02:40 +0900",
    subject="Automatic reply: [KCSC-240902-01] Removal request - 14 links",
    reply_to_req=req_id("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 9 September with limited access to email.
For urgent abuse matters please write to abuse@fileshelf.io.

Olivia Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: compliance@namepost.com",
    "Subject: KCSC-240905-04 abuse report",
    "Date: Thu, 05 Sep 2024 14:05:00 +0900",
    "Message-ID: <req-240905-04@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Dear NamePost,",
    "",
    "Please suspend the following domains used for fraud (KCSC-240905-04):",
    "",
    NP_LOTTO,
    NP_AIRDROP,
    "",
    "KCSC Takedown desk",
])
case(
    name="namepost-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 05 Sep 2024 14:05:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B7E12C0A41.1725512709/mx.kcsc.example"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--B7E12C0A41.1725512709/mx.kcsc.example",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx.kcsc.example.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        "<compliance@namepost.com>: host mx1.namepost.com[198.51.100.25] said:",
        "    550 5.1.1 <compliance@namepost.com>: Recipient address rejected:",
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)",
        "",
        "--B7E12C0A41.1725512709/mx.kcsc.example",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.kcsc.example",
        "X-Postfix-Queue-ID: B7E12C0A41",
        "Arrival-Date: Thu,  5 Sep 2024 14:05:00 +0900 (KST)",
        "",
        "Final-Recipient: rfc822; compliance@namepost.com",
        "Original-Recipient: rfc822;compliance@namepost.com",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx1.namepost.com",
        "Diagnostic-Code: smtp; 550 5.1.1 <compliance@namepost.com>: Recipient address",
        "    rejected: User unknown in virtual mailbox table",
        "",
        "--B7E12C0A41.1725512709/mx.kcsc.example",
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822",
        "",
        DSN_ORIG,
        "",
        "--B7E12C0A41.1725512709/mx.kcsc.example--",
        "",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the request attached",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="ttuk-read-receipt",
    **{"from": "admin@ttukbbs.co.kr"}, name_from=enc("뚝딱게시판 운영자"),
    date="Tue, 03 Sep 2024 11:48:02 +0900",
    subject=enc("읽음: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=req_id("KCSC-240903-02"),
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-ttuk-0903"',
        "",
        "--mdn-ttuk-0903",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "보내신 메일을 수신자가 읽었습니다.",
        "",
        "제목: [KCSC-240903-02] 게시물 삭제 요청",
        "읽은 시간: 2024-09-03 오전 11:48",
        "",
        "--mdn-ttuk-0903",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: ttukbbs.co.kr; Thunderbird 115.14.0",
        "Original-Recipient: rfc822;admin@ttukbbs.co.kr",
        "Final-Recipient: rfc822;admin@ttukbbs.co.kr",
        "Original-Message-ID: <req-240903-02@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn-ttuk-0903--",
        "",
    ]),
    outcome="ignored", classification="read_receipt",
    imitates="Korean-localized MDN read receipt (읽음)",
    why="read receipt only",
    items={},
)

case(
    name="daram-ticket-receipt",
    **{"from": "support@daramhost.kr"}, name_from="Daram Hosting Support",
    date="Wed, 04 Sep 2024 09:41:15 +0900",
    subject="[Ticket #DH-55120] Received: KCSC-240904-03",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
Dear customer,

Your message has been received and ticket #DH-55120 was opened in our
Abuse department. A member of the team will reply as soon as possible.

Please keep the ticket number in the subject line of any reply.

Daram Hosting Support
https://support.daramhost.kr
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure acknowledgement: ticket opened, nothing about any item",
    items={},
)

case(
    name="hana-weekly-autoresponder",
    **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    date="Fri, 06 Sep 2024 16:30:31 +0900",
    subject="Re: KCSC-240906-05",
    reply_to_req=req_id("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic answer.

The admin mailbox of hanachan is read about once a week. Takedown
reports are handled in the order they arrive; please do not send them
twice.
""",
    outcome="ignored", classification="auto_reply",
    imitates="small site's vacation-style autoresponder",
    why="auto-reply",
    items={},
)

case(
    name="edgeveil-report-received",
    **{"from": "noreply@edgeveil.net"}, name_from="EdgeVeil",
    date="Mon, 09 Sep 2024 10:16:02 +0900",
    subject="Abuse report received - 24-0909-7731",
    body=f"""
Thank you. Your abuse report has been received and given the ID
24-0909-7731.

URL(s) reported:
{EV_TOTO}

Where appropriate we will pass the report on to the responsible parties.
You do not need to reply to this message.

EdgeVeil Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URL",
    why="pure receipt: the URL is only echoed, no statement about it",
    items={},
)

case(
    name="fs-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 02 Sep 2024 14:02:31 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="\n".join([
        'Content-Type: multipart/report; report-type=delivery-status; boundary="4A1F3C2B90.1725253351/mx.kcsc.example"',
        "",
        "--4A1F3C2B90.1725253351/mx.kcsc.example",
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx.kcsc.example.",
        "",
        "####################################################################",
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
        "####################################################################",
        "",
        "Your message could not be delivered for more than 4 hour(s).",
        "It will be retried until it is 5 day(s) old.",
        "",
        "<legal@fileshelf.io>: connect to mx.fileshelf.io[203.0.113.40]:25:",
        "    Connection timed out",
        "",
        "--4A1F3C2B90.1725253351/mx.kcsc.example",
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.kcsc.example",
        "X-Postfix-Queue-ID: 4A1F3C2B90",
        "Arrival-Date: Mon,  2 Sep 2024 10:02:00 +0900 (KST)",
        "",
        "Final-Recipient: rfc822; legal@fileshelf.io",
        "Action: delayed",
        "Status: 4.4.1",
        "Diagnostic-Code: X-Postfix; connect to mx.fileshelf.io[203.0.113.40]:25:",
        "    Connection timed out",
        "Will-Retry-Until: Sat,  7 Sep 2024 10:02:00 +0900 (KST)",
        "",
        "--4A1F3C2B90.1725253351/mx.kcsc.example",
        "Content-Description: Undelivered Message Headers",
        "Content-Type: text/rfc822-headers",
        "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: legal@fileshelf.io",
        "Subject: [KCSC-240902-01] Removal request - 14 links",
        "Date: Mon, 02 Sep 2024 10:02:00 +0900",
        "Message-ID: <req-240902-01@kcsc.example>",
        "",
        "--4A1F3C2B90.1725253351/mx.kcsc.example--",
        "",
    ]),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning DSN",
    why="delivery status notification (delayed); nothing from the platform",
    items={},
)

HEADER = """# Blind corpus set 673 (hosts, CDN, registrar, forum, image board, file
# host, small image host; CSV attachments and plain-text tables).
# Written by tests/corpus/blind673/make.py; do not edit by hand.
# Expected results come from each email's meaning, written before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
