#!/usr/bin/env python3
"""Blind set 859: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind859/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
platform, person, site, URL and id here is fictional. Expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind859"

# ---------------------------------------------------------------- requests
KOR_PATH = "잡담"
M10_RAW = "https://moaboard.co.kr/" + KOR_PATH + "/77120"
M = {
    1: "https://moaboard.co.kr/free/8812034",
    2: "https://moaboard.co.kr/free/8812577",
    3: "https://moaboard.co.kr/humor/2290415",
    4: "https://moaboard.co.kr/humor/2290988",
    5: "https://moaboard.co.kr/gallery/551203",
    6: "https://moaboard.co.kr/gallery/551219",
    7: "https://moaboard.co.kr/bbs/board.php?bo_table=issue&wr_id=40172",
    8: "https://moaboard.co.kr/bbs/board.php?bo_table=issue&wr_id=40188",
    9: "https://moaboard.co.kr/free/8813090",
    10: "https://moaboard.co.kr/" + quote(KOR_PATH) + "/77120",
    11: "https://moaboard.co.kr/user/nightowl_77/posts/3341",
    12: "https://moaboard.co.kr/gallery/551302",
}
F = {
    1: "https://filedrop.io/f/Qm7xT2aa",
    2: "https://filedrop.io/f/Zr4kLp90",
    3: "https://filedrop.io/f/Hh81nWcE",
    4: "https://filedrop.io/folder/ux55Rt",
    5: "https://dl.filedrop.io/f/Bv02yyKs/clip_final.mp4",
}
I = {
    1: "https://imgchan.org/b/thread/1184422",
    2: "https://imgchan.org/kr/thread/90311",
    3: "https://imgchan.org/b/thread/1184790",
    4: "https://i.imgchan.org/b/1725432201553.jpg",
}
C = {
    1: "https://dfk-gallery.example/post/ha-eun-01",
    2: "https://dfk-gallery.example/post/ha-eun-02",
    3: "https://leakvault.example/v/99812",
}
N = {
    1: "https://nudify-kr.example/",
    2: "https://deepswap-gallery.example/album/204",
}
P = {1: "https://pixstash.net/i/Kw93mD1"}
H = {
    1: "http://sori-cafe.example/board/view.php?no=1203",
    2: "http://sori-cafe.example/board/view.php?no=1219",
    3: "https://jjal-bang.example/data/2409/a77.jpg",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid stem, note
    ("KCSC-240902-01", "moaboard", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     [M[k] for k in sorted(M)], "illegal-filming", "req-240902-01", "forum posts, largest request"),
    ("KCSC-240903-02", "filedrop", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [F[k] for k in sorted(F)], "deepfake-sexual-abuse", "req-240903-02", "file host links"),
    ("KCSC-240904-03", "imgchan", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [I[k] for k in sorted(I)], "deepfake-sexual-abuse", "req-240904-03", "image board threads"),
    ("KCSC-240905-04", "cloudveil", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [C[k] for k in sorted(C)], "deepfake-sexual-abuse", "req-240905-04", "sites behind a CDN"),
    ("KCSC-240906-05", "nameharbor", "2024-09-06T16:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [N[k] for k in sorted(N)], "deepfake-sexual-abuse", "req-240906-05", "domains at a registrar"),
    ("KCSC-240909-06", "pixstash", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [P[1]], "deepfake-sexual-abuse", "req-240909-06", "image host, one item"),
    ("KCSC-240910-07", "hanbithost", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [H[k] for k in sorted(H)], "illegal-filming", "req-240910-07", "customer sites of a Korean host"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def q(text):
    """Quote text with '> ' the way mail clients do."""
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def request_text_ko(ref, urls):
    lines = [
        "안녕하십니까. 방송통신심의위원회 디지털성범죄대응팀입니다.",
        "",
        f"아래 게시물은 불법정보에 해당하므로 삭제 등 필요한 조치를 요청합니다. (요청번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다."]
    return "\n".join(lines)


def request_text_en(ref, urls):
    lines = [
        "Dear abuse team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or disable access to "
        f"the following content, which is illegal in the Republic of Korea (our reference {ref}):",
        "",
    ]
    lines += [f"- {u}" for u in urls]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown"]
    return "\n".join(lines)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


MOA = "report@moaboard.co.kr"
FD = "abuse@filedrop.io"
IC = "janitors@imgchan.org"
CV = "abuse@cloudveil.net"
NH = "abuse@nameharbor.com"
PX = "abuse@pixstash.net"
HB = "abuse@hanbithost.co.kr"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="moa-notice-numbered",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 게시중단 처리 결과 안내 with a numbered list, result on the line below each URL",
    why="five posts each named with its result: 삭제 x2, 블라인드, author already deleted, 임시조치; the other seven still under review",
    **{"from": MOA}, name_from="모아보드 운영팀",
    date="Wed, 04 Sep 2024 17:20:11 +0900",
    subject="[모아보드] 게시중단 요청(KCSC-240902-01) 처리 결과 안내",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 모아보드 운영팀입니다.

방송통신심의위원회에서 2024년 9월 2일 요청하신 게시물(요청번호 KCSC-240902-01)에 대한
처리 결과를 아래와 같이 알려드립니다.

1. {M[1]}
   → 삭제 완료
2. {M[2]}
   → 삭제 완료
3. {M[3]}
   → 블라인드 처리
4. {M[4]}
   → 작성자가 이미 삭제한 게시물입니다.
5. {M[5]}
   → 임시조치(30일)

나머지 7건은 담당 부서에서 검토하고 있으며, 결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
모아보드 운영팀 드림
""",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed", M[4]: "not_found", M[5]: "restricted"},
)

case(
    name="moa-html-table",
    outcome="applied", classification="confirmation",
    imitates="Korean board operator's HTML result table (번호/게시물 주소/조치 결과), Korean path shown raw",
    why="seven rows: 삭제, 게시중단, 비공개 처리 (removed); 국내 접속 차단 (restricted); 위반 사항 없음 (rejected); 게시물 없음 (not_found)",
    **{"from": MOA}, name_from="모아보드 운영팀",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject="RE: [KCSC-240902-01] 게시물 삭제 요청 - 2차 처리 결과",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 모아보드 운영팀입니다.</p>
<p>지난 회신에서 남아 있던 7건의 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr>
<tr><td>6</td><td><a href="{M[6]}">{M[6]}</a></td><td>삭제</td></tr>
<tr><td>7</td><td><a href="{M[7].replace('&', '&amp;')}">{M[7].replace('&', '&amp;')}</a></td><td>게시중단</td></tr>
<tr><td>8</td><td><a href="{M[8].replace('&', '&amp;')}">{M[8].replace('&', '&amp;')}</a></td><td>비공개 처리</td></tr>
<tr><td>9</td><td><a href="{M[9]}">{M[9]}</a></td><td>국내 접속 차단</td></tr>
<tr><td>10</td><td><a href="{M[10]}">{M10_RAW}</a></td><td>삭제</td></tr>
<tr><td>11</td><td><a href="{M[11]}">{M[11]}</a></td><td>조치 불가 (운영정책 위반 사항 없음)</td></tr>
<tr><td>12</td><td><a href="{M[12]}">{M[12]}</a></td><td>해당 게시물 없음</td></tr>
</table>
<p>운영정책은 <a href="https://moaboard.co.kr/policy">https://moaboard.co.kr/policy</a> 에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>모아보드 운영팀</p>
</body></html>
""",
    items={M[6]: "removed", M[7]: "removed", M[8]: "removed", M[9]: "restricted",
           M[10]: "removed", M[11]: "rejected", M[12]: "not_found"},
)

case(
    name="moa-admin-one-line",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering with a single line",
    why="the admin's one line: the URL and 지웠습니다 (deleted)",
    **{"from": "admin@moaboard.co.kr"}, name_from="moaboard admin",
    date="Mon, 02 Sep 2024 13:41:09 +0900",
    subject="Re: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
{M[1]} 지웠습니다.

--
모아보드 관리자
""",
    items={M[1]: "removed"},
)

_moa_csv = "\ufeff" + "\r\n".join([
    "번호,게시물 주소,처리결과,처리일",
    f"1,{M[1]},삭제,2024-09-04",
    f"2,{M[2]},삭제,2024-09-04",
    f"3,{M[3]},블라인드,2024-09-04",
    f"4,{M[4]},게시물 없음(작성자 삭제),-",
    f"5,{M[5]},임시조치,2024-09-04",
    f"6,{M[6]},삭제,2024-09-05",
    f"7,\"{M[7]}\",삭제,2024-09-05",
    f"8,\"{M[8]}\",비공개 처리,2024-09-05",
    f"9,{M[9]},접속 차단(국내),2024-09-05",
    f"10,{M[10]},삭제,2024-09-05",
    f"11,{M[11]},위반 아님(게시 유지),-",
    f"12,{M[12]},삭제,2024-09-05",
]) + "\r\n"
case(
    name="moa-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="operator sending an Excel-compatible CSV (UTF-8 BOM, base64) of per-post results",
    why="the CSV gives each of the twelve posts its result: 삭제/블라인드/비공개 (removed), 임시조치/접속 차단 (restricted), 게시물 없음 (not_found), 위반 아님 (rejected)",
    **{"from": MOA}, name_from="모아보드 운영팀",
    date="Thu, 05 Sep 2024 18:30:02 +0900",
    subject="RE: [KCSC-240902-01] 처리결과 파일 송부",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_moa_csv_01"

--=_moa_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 모아보드 운영팀입니다.

요청하신 12건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

모아보드 운영팀

--=_moa_csv_01
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(_moa_csv.encode('utf-8'))}
--=_moa_csv_01--
""",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed", M[4]: "not_found",
           M[5]: "restricted", M[6]: "removed", M[7]: "removed", M[8]: "removed",
           M[9]: "restricted", M[10]: "removed", M[11]: "rejected", M[12]: "removed"},
)

case(
    name="filedrop-prose",
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety agent's prose reply",
    why="two files disabled, one already deleted by its uploader, the folder taken down",
    **{"from": FD}, name_from="FileDrop Trust & Safety",
    date="Wed, 04 Sep 2024 09:15:30 +0000",
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Thanks for flagging these. Here is where things stand.

We disabled {F[1]} and {F[2]} this morning. Both now show a
"file unavailable" page and the uploader's account has been suspended.

{F[3]} had already been deleted by the uploader before our team got to it,
so there was nothing left for us to act on.

The shared folder {F[4]} has been taken down together with the 14 files
inside it.

Best,
Marta
FileDrop Trust & Safety
https://filedrop.io/legal/abuse
""",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed"},
)

case(
    name="filedrop-url-then-status",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket update: bare URL, status on the line below",
    why="clip removed for a terms breach; the other link invalid (not found)",
    **{"from": FD}, name_from="FileDrop Abuse Desk",
    date="Thu, 05 Sep 2024 02:48:12 +0000",
    subject="[FileDrop #FD-22817] Update on your report (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""
Hi KCSC team,

Results for your ticket so far:

{F[5]}
Status: Removed (violates section 4.2 of our Terms)

{F[3]}
Status: Not found. The link is invalid or the file never existed on our service.

Regards,
FileDrop Abuse Desk
""",
    items={F[5]: "removed", F[3]: "not_found"},
)

_fd_qp = (
    "Hello,\n\n"
    f"Files disabled under our usage policy: {F[1]} and {F[4]} "
    "(the folder and everything in it). The uploader has been notified and the file hashes are blocked "
    "from being uploaded again.\n\n"
    "Kind regards,\nJonas\nFileDrop Trust & Safety\n"
)
case(
    name="filedrop-qp-wrapped",
    outcome="applied", classification="confirmation",
    imitates="file host reply sent quoted-printable, one long paragraph soft-wrapped through the URLs",
    why="both named links disabled",
    **{"from": FD}, name_from="FileDrop Trust & Safety",
    date="Wed, 04 Sep 2024 12:03:55 +0000",
    subject="RE: Removal request KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_fd_qp)}""",
    items={F[1]: "removed", F[4]: "removed"},
)

case(
    name="imgchan-janitor-lines",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor replying in two terse lines",
    why="thread deleted; the other thread was already pruned (404) before anyone acted",
    **{"from": IC}, name_from="imgchan janitors",
    date="Wed, 04 Sep 2024 15:22:40 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
{I[1]} - deleted, poster banned 30d
{I[2]} - was already pruned when I looked, 404

-moth
""",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="imgchan-image-gone-thread-kept",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal reply: one removal, one refusal with its reason",
    why="image gone and hash-filtered (removed); thread left up as it breaks no rule (rejected)",
    **{"from": "admin@imgchan.org"}, name_from="imgchan admin",
    date="Thu, 05 Sep 2024 08:10:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""
hey,

The image {I[4]} is gone, and its hash is in our
upload filter now so it can't be reposted.

{I[3]} we're leaving up. It's people arguing about
the news article, there are no images of the person in it and nothing that
breaks our rules.

- imgchan admin
""",
    items={I[4]: "removed", I[3]: "rejected"},
)

case(
    name="cloudveil-geo-and-global",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety case update (edge geo-block vs. service termination)",
    why="two pages blocked for visitors in Korea only (restricted); the third hostname cut off in every region (removed)",
    **{"from": CV}, name_from="CloudVeil Trust & Safety",
    date="Fri, 06 Sep 2024 03:30:00 +0000",
    subject="[CloudVeil Abuse] Case CV-2024-558120 - KCSC-240905-04 update",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

We have completed our review of the URLs in your report.

- {C[1]} : access from the Republic of Korea has been
  blocked at our edge. The page remains reachable from other countries.
- {C[2]} : same as above, geo-blocked for visitors in Korea.
- {C[3]} : we have terminated our service for this hostname.
  Visitors in every region now receive an HTTP 451 page instead of the content.

Please note that CloudVeil does not store the origin files. The site operator and
the hosting provider have been sent a copy of your report.

CloudVeil Trust & Safety
https://cloudveil.net/trust-safety
""",
    items={C[1]: "restricted", C[2]: "restricted", C[3]: "removed"},
)

case(
    name="nameharbor-clienthold",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-team reply: domain put on clientHold, second domain given a deadline",
    why="first domain on hold and unreachable everywhere (removed); second only a 48-hour notice and a promise (pending)",
    **{"from": NH}, name_from="NameHarbor Abuse Team",
    date="Mon, 09 Sep 2024 01:12:33 +0000",
    subject="Re: [KCSC-240906-05] Domain abuse report",
    reply_to_req="req-240906-05",
    body=f"""
Dear Sir or Madam,

Re: your request KCSC-240906-05

The domain nudify-kr.example has been placed on clientHold status. It no longer
resolves, so {N[1]} is unreachable from anywhere.

Regarding {N[2]}: we have contacted the registrant
and given them 48 hours to respond. If they do not, we will suspend that domain
as well.

Kind regards,
NameHarbor Abuse Team
""",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="pixstash-sole-removed",
    outcome="applied", classification="confirmation",
    imitates="one-person image host answering 'Removed.' over the quoted request",
    why="one-item request; the reply's only statement is 'Removed.' (the quoted request below is ours)",
    **{"from": PX}, name_from="Dan at PixStash",
    date="Mon, 09 Sep 2024 06:44:10 +0000",
    subject="Re: Removal request KCSC-240909-06",
    reply_to_req="req-240909-06",
    body=f"""
Removed. Thanks for letting us know.

Dan
PixStash support

On Mon, 9 Sep 2024 at 01:00, KCSC Takedown <takedown@kcsc.example> wrote:
{q(request_text_en("KCSC-240909-06", [P[1]]))}
""",
    items={P[1]: "removed"},
)

case(
    name="hanbithost-customer-and-host",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's abuse team: deletion confirmed at the customer's site, file removed by the host itself",
    why="two posts confirmed deleted by the customer, the image deleted from the server by the host",
    **{"from": HB}, name_from="한빛호스팅 보안관제팀",
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    subject="RE: [KCSC-240910-07] 불법정보 삭제 요청의 건",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요, 한빛호스팅 보안관제팀입니다.

요청하신 건에 대하여 아래와 같이 조치하였음을 알려드립니다.

- {H[1]} , {H[2]}
  : 사이트 운영자(당사 고객)에게 통보하였으며, 9월 11일 두 게시물이 모두 삭제된 것을 확인하였습니다.
- {H[3]}
  : 고객 응답이 없어 당사가 서버에서 해당 파일을 직접 삭제하였습니다.

추가 문의 사항은 본 메일로 회신 부탁드립니다.

한빛호스팅 보안관제팀
""",
    items={H[1]: "removed", H[2]: "removed", H[3]: "removed"},
)

case(
    name="moa-top-posted-korean-particle",
    outcome="applied", classification="confirmation",
    imitates="operator top-posting a short reply over an Outlook '-----Original Message-----' quote; URL glued to a Korean particle",
    why="only humor/2290415 is stated (블라인드 처리); the other eleven URLs appear only in the quoted request",
    **{"from": MOA}, name_from="김하늘 (모아보드 운영팀)",
    date="Tue, 03 Sep 2024 09:58:21 +0900",
    subject="RE: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
말씀하신 게시글 중 {M[3]}는 블라인드 처리했고, 나머지는 확인하는 대로 다시 연락드리겠습니다.

모아보드 운영팀 김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@moaboard.co.kr
Subject: [KCSC-240902-01] 게시물 삭제 요청

{request_text_ko("KCSC-240902-01", [M[k] for k in range(1, 10)] + [M10_RAW, M[11], M[12]])}
""",
    items={M[3]: "removed", M[1]: "pending", M[2]: "pending", M[4]: "pending"},
)

case(
    name="filedrop-gmail-quote-kept-and-removed",
    outcome="applied", classification="confirmation",
    imitates="file host agent's Gmail reply over the '>'-quoted request: one removal, one refusal with reason",
    why="Zr4kLp90 removed; Hh81nWcE kept as a broadcast news clip that breaks no rule; the rest only quoted",
    **{"from": "legal@filedrop.io"}, name_from="FileDrop Legal",
    date="Fri, 06 Sep 2024 16:20:00 +0000",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

Update on two of the links:

{F[2]} - removed.
{F[3]} - we're keeping this one up. It is a clip from a public
broadcast news segment and doesn't break our terms.

The rest are still with our legal team.

Priya
FileDrop Legal

On Tue, Sep 3, 2024 at 5:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{q(request_text_en("KCSC-240903-02", [F[k] for k in sorted(F)]))}
""",
    items={F[2]: "removed", F[3]: "rejected", F[1]: "pending", F[4]: "pending", F[5]: "pending"},
)

case(
    name="imgchan-text-table",
    outcome="applied", classification="confirmation",
    imitates="image-board moderation log pasted as a plain-text table",
    why="three rows deleted, one 'no action (within rules)' which is a refusal with its reason",
    **{"from": IC}, name_from="imgchan janitors",
    date="Fri, 06 Sep 2024 20:00:00 +0000",
    subject="Re: KCSC-240904-03 - mod log",
    reply_to_req="req-240904-03",
    body=f"""
Here's what the mod log says for your list:

URL                                          | Action
---------------------------------------------+---------------------------
{I[1]:<45}| deleted
{I[2]:<45}| deleted
{I[3]:<45}| no action (within rules)
{I[4]:<45}| deleted

-moth
""",
    items={I[1]: "removed", I[2]: "removed", I[3]: "rejected", I[4]: "removed"},
)

case(
    name="pixstash-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from a small image host (territorial restriction)",
    why="the image is withheld for users in the Republic of Korea only",
    **{"from": "noreply@pixstash.net"}, name_from="PixStash",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject="Statement of reasons - PS-SOR-20240911-0042",
    body=f"""
Statement of reasons
Decision reference: PS-SOR-20240911-0042

Content concerned: {P[1]}
Decision: visibility restricted. The image is no longer shown to users
located in the Republic of Korea.
Territorial scope: Republic of Korea
Facts and circumstances: notice received from the Korea Communications Standards
Commission (reference KCSC-240909-06) on 9 September 2024.
Ground: content illegal under the law of the Republic of Korea.
Automated means: none; the decision was taken by a member of staff.
Redress: the uploader may appeal at https://pixstash.net/appeals

PixStash
""",
    items={P[1]: "restricted"},
)

case(
    name="moa-gmail-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="operator's Korean Gmail reply with URLs in angle brackets over a '>'-quoted request",
    why="two gallery posts deleted, each named in angle brackets; the other URLs only quoted",
    **{"from": "haneul.kim@moaboard.co.kr"}, name_from="김하늘",
    date="Mon, 02 Sep 2024 16:40:00 +0900",
    subject="Re: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 모아보드 운영자입니다.

<{M[5]}> 삭제했습니다.
<{M[6]}> 도 같은 사람이 올린 거라 같이 지웠어요.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{q(request_text_ko("KCSC-240902-01", [M[k] for k in range(1, 8)]))}
""",
    items={M[5]: "removed", M[6]: "removed", M[1]: "pending", M[7]: "pending"},
)

case(
    name="hanbithost-fullwidth-punct",
    outcome="applied", classification="confirmation",
    imitates="Korean host's reply with URLs inside full-width parentheses and a full-width period",
    why="post deleted by the customer (removed); image blocked for Korean IPs (restricted)",
    **{"from": HB}, name_from="한빛호스팅 고객지원",
    date="Thu, 12 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240910-07] 조치 결과 회신",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요. 한빛호스팅 고객지원센터입니다.

요청하신 게시물（{H[2]}）은 고객사에서 삭제 완료하였습니다．
이미지（{H[3]}）는 국내 IP에서 접근할 수 없도록 차단하였습니다．

감사합니다.
""",
    items={H[2]: "removed", H[3]: "restricted"},
)

case(
    name="moa-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="forum's automatic report-outcome mail echoing the report form, then the result",
    why="the echoed report names the post; the result section says 게시중단 (removed)",
    **{"from": "noreply@moaboard.co.kr"}, name_from="모아보드",
    date="Tue, 03 Sep 2024 14:00:00 +0900",
    subject="[모아보드] 신고 처리 결과 안내 (MB-2409-00871)",
    body=f"""
[모아보드 신고 처리 결과 안내]

■ 신고 정보
- 신고 번호: MB-2409-00871
- 신고 대상: {M[7]}
- 신고 사유: 불법촬영물 등 (신고자 입력)
- 신고일: 2024-09-02

■ 처리 결과
- 결과: 게시중단
- 처리일: 2024-09-03
- 관련 정책: https://moaboard.co.kr/policy/report

본 메일은 발신 전용입니다.
""",
    items={M[7]: "removed"},
)

_fd_html = f"""<html><body style="font-family:Arial,sans-serif">
<h3>Report FD-22817 &mdash; resolved</h3>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td><b>Reported link</b></td><td><a href="{F[1]}">{F[1]}</a></td></tr>
<tr><td><b>Action taken</b></td><td>File disabled</td></tr>
<tr><td colspan="2"><hr></td></tr>
<tr><td><b>Reported link</b></td><td><a href="{F[4]}">{F[4]}</a></td></tr>
<tr><td><b>Action taken</b></td><td>None &ndash; this folder does not exist</td></tr>
</table>
<p>If you disagree with an outcome you can reply to this email.<br>
FileDrop Abuse Desk &middot; <a href="https://filedrop.io/legal/abuse">Abuse policy</a></p>
</body></html>
"""
case(
    name="filedrop-base64-html-ticket",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-resolution mail in base64 HTML, one block per reported link",
    why="file disabled (removed); folder does not exist (not_found)",
    **{"from": "support@filedrop.io"}, name_from="FileDrop Abuse Desk",
    date="Sat, 07 Sep 2024 04:12:00 +0000",
    subject="[FileDrop #FD-22817] Resolved - KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_fd_html.encode('utf-8'))}
""",
    items={F[1]: "removed", F[4]: "not_found"},
)

case(
    name="imgchan-statement-then-urls",
    outcome="applied", classification="confirmation",
    imitates="janitor's reply with the statement first and the URLs on the lines below it",
    why="two URLs under 'Deleted these two' (removed); the /kr/ thread stays up, breaks no rules (rejected)",
    **{"from": IC}, name_from="imgchan janitors",
    date="Thu, 05 Sep 2024 22:31:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""
Deleted these two, poster banned:
{I[3]}
{I[4]}

{I[2]} stays up, it's a text-only thread and
doesn't break any of our rules.

-moth
""",
    items={I[3]: "removed", I[4]: "removed", I[2]: "rejected"},
)

case(
    name="hanbithost-text-table",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a space-aligned plain-text table",
    why="two posts 삭제 (removed), the image 접속차단(국내) (restricted)",
    **{"from": HB}, name_from="한빛호스팅 보안관제팀",
    date="Fri, 13 Sep 2024 09:10:00 +0900",
    subject="[한빛호스팅] 시정요구 조치결과 회신 (KCSC-240910-07)",
    reply_to_req="req-240910-07",
    body=f"""
방송통신심의위원회 담당자님께

시정요구에 대한 조치 결과를 아래와 같이 회신합니다.

번호  URL                                                 조치결과
----  --------------------------------------------------  ------------
1     {H[1]:<50}  삭제
2     {H[2]:<50}  삭제
3     {H[3]:<50}  접속차단(국내)

한빛호스팅 보안관제팀 드림
""",
    items={H[1]: "removed", H[2]: "removed", H[3]: "restricted"},
)

_fd_csv = "\n".join([
    "report_id,url,action,actioned_at",
    f"FD-22817-1,{F[1]},file_disabled,2024-09-04T02:11:09Z",
    f"FD-22817-2,{F[2]},file_disabled,2024-09-04T02:11:40Z",
    f"FD-22817-3,{F[3]},not_found,",
    f"FD-22817-4,{F[4]},folder_disabled,2024-09-04T02:13:02Z",
    f"FD-22817-5,{F[5]},no_violation,2024-09-04T02:15:55Z",
]) + "\n"
case(
    name="filedrop-csv-export",
    outcome="applied", classification="confirmation",
    imitates="abuse-panel CSV export attached to a short note (machine action codes)",
    why="five rows: file/folder_disabled (removed), not_found, no_violation (rejected)",
    **{"from": FD}, name_from="FileDrop Abuse Desk",
    date="Wed, 04 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240903-02 - export attached",
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fd-export-7731"

--fd-export-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the export from our abuse panel for your report batch.

FileDrop Abuse Desk

--fd-export-7731
Content-Type: text/csv; charset=utf-8; name="FD-22817.csv"
Content-Disposition: attachment; filename="FD-22817.csv"
Content-Transfer-Encoding: 7bit

{_fd_csv}
--fd-export-7731--
""",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "rejected"},
)

case(
    name="cloudveil-ack-plus-action",
    outcome="applied", classification="confirmation",
    imitates="CDN ticket receipt that already reports an action on one URL",
    why="ticket-created wording, but an unhedged statement: access disabled worldwide (removed); the other two still under review",
    **{"from": CV}, name_from="CloudVeil Trust & Safety",
    date="Thu, 05 Sep 2024 07:45:00 +0000",
    subject="[CloudVeil Abuse] Ticket CV-558120 created - KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""
Thank you for your report. Ticket CV-558120 has been created for it.

Our Trust & Safety team has already disabled access worldwide to
{C[3]} - visitors now get an error page instead.

The other two URLs in your report are still being reviewed. We will write
again when that review is finished.

CloudVeil Trust & Safety
""",
    items={C[3]: "removed", C[1]: "pending", C[2]: "pending"},
)

# ================================================================ REVIEW
case(
    name="moa-promise-korean",
    outcome="review", review="not_understood",
    imitates="Korean operator's reply promising deletion after internal review (삭제할 예정)",
    why="삭제할 예정 is a promise, not a statement; the posts stay pending",
    **{"from": MOA}, name_from="모아보드 운영팀",
    date="Mon, 02 Sep 2024 15:12:00 +0900",
    subject="RE: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 모아보드 운영팀입니다.

요청하신 게시물
{M[1]}
{M[2]}
은 내부 검토를 거쳐 순차적으로 삭제할 예정입니다.
처리가 끝나면 다시 안내드리겠습니다.

감사합니다.
""",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="filedrop-hedge",
    outcome="review", review="not_understood",
    imitates="file host agent unsure from its logs ('may have been removed')",
    why="'looks like ... may have been removed' is a hedge; nothing stated",
    **{"from": FD}, name_from="FileDrop Trust & Safety",
    date="Wed, 04 Sep 2024 07:30:00 +0000",
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

It looks like {F[1]} and {F[2]} may have been
removed by the uploader already, but our logs aren't conclusive. I've asked the
storage team to double-check and will confirm once they get back to me.

Marta
FileDrop Trust & Safety
""",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="hanbithost-bulk-korean",
    outcome="review", review="bulk",
    imitates="Korean host's one-sentence 'all N items deleted' reply",
    why="'3건 모두 삭제' covers a three-item request without naming each item",
    **{"from": HB}, name_from="한빛호스팅 보안관제팀",
    date="Wed, 11 Sep 2024 18:00:00 +0900",
    subject="RE: [KCSC-240910-07] 불법정보 삭제 요청의 건",
    reply_to_req="req-240910-07",
    body="""
안녕하세요, 한빛호스팅입니다.

요청번호 KCSC-240910-07 건으로 요청하신 게시물 3건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    items={H[1]: "pending", H[2]: "pending", H[3]: "pending"},
)

case(
    name="imgchan-bulk-informal",
    outcome="review", review="bulk",
    imitates="image-board janitor's one-liner about the whole list",
    why="'everything on your list is nuked' for a four-item request, no item named",
    **{"from": IC}, name_from="imgchan janitors",
    date="Wed, 04 Sep 2024 19:05:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body="""
everything on your list is nuked, threads and the image. poster is banned.

-moth
""",
    items={I[1]: "pending", I[2]: "pending", I[3]: "pending", I[4]: "pending"},
)

case(
    name="filedrop-auth-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="a FileDrop-looking reply whose DKIM/SPF/DMARC fail",
    why="sender domain is FileDrop's but authentication fails; its statements are not applied",
    **{"from": FD}, name_from="FileDrop Trust & Safety",
    date="Thu, 05 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

{F[1]} - removed
{F[2]} - removed

FileDrop Trust & Safety
""",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="moa-operator-personal-gmail",
    outcome="review", review="unknown_sender",
    imitates="forum operator answering from a personal mailbox while the company mail is down",
    why="the statement comes from gmail.com, not moaboard's domain",
    **{"from": "haneul.moa.ops@gmail.com"}, name_from="김하늘",
    date="Wed, 04 Sep 2024 21:13:00 +0900",
    subject="Re: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
모아보드 운영자 김하늘입니다. 회사 메일 서버가 점검 중이라 개인 메일로 보냅니다.

{M[9]} 삭제했습니다.
""",
    items={M[9]: "pending"},
)

case(
    name="nameharbor-asks-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar declining to act without a court order or official letter",
    why="asks for documents before acting on either domain; nothing stated",
    **{"from": NH}, name_from="NameHarbor Abuse Team",
    date="Sat, 07 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240906-05] Domain abuse report",
    reply_to_req="req-240906-05",
    body=f"""
Dear KCSC,

Thank you for your message about {N[1]} and
{N[2]}.

NameHarbor is a domain registrar and does not host either website. Before we can
consider suspending a domain for its content we need one of the following:

  1. a court order naming the domain, or
  2. an official request on your letterhead citing the legal basis.

Please reply to this message with the document attached.

Kind regards,
NameHarbor Abuse Team
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nameharbor-about-hosted-site",
    outcome="review", review="wrong_platform",
    imitates="registrar reporting what the site owner did on a site hosted elsewhere",
    why="NameHarbor states the status of a hanbithost item (sori-cafe.example post)",
    **{"from": NH}, name_from="NameHarbor Abuse Team",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject="Abuse report: sori-cafe.example",
    body=f"""
Hello,

sori-cafe.example is registered through NameHarbor. After we contacted the
registrant, they told us the post {H[1]} has been
deleted, and we checked that it now returns "page not found".

We have taken no action on the domain itself.

NameHarbor Abuse Team
""",
    items={H[1]: "pending"},
)

case(
    name="moa-contact-change",
    outcome="review", review="no_claims",
    imitates="forum operator's notice that the report address is changing",
    why="trusted moaboard mail naming no item and no request",
    **{"from": MOA}, name_from="모아보드 운영팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[모아보드] 신고 접수 창구 변경 안내",
    body="""
안녕하세요. 모아보드 운영팀입니다.

9월 23일부터 기관 요청 접수 메일 주소가 legal@moaboard.co.kr 로 변경됩니다.
기존 주소로 보내신 메일도 당분간은 함께 확인하겠습니다.

감사합니다.
""",
    items={},
)

case(
    name="cloudveil-forwarded-to-host",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, we forwarded your report to the host' reply",
    why="no status for either URL: the CDN only forwarded the report; not a refusal on the merits",
    **{"from": CV}, name_from="CloudVeil Trust & Safety",
    date="Thu, 05 Sep 2024 05:10:00 +0000",
    subject="[CloudVeil Abuse] Case CV-2024-558120",
    reply_to_req="req-240905-04",
    body=f"""
Hello,

CloudVeil provides pass-through CDN and security services for the website at
{C[1]} and
{C[2]}. We are not the hosting provider
and cannot remove content from servers that we do not operate.

We have forwarded your report to the hosting provider (Blue Anchor Hosting,
abuse@blueanchor-hosting.example) and to the website operator.

CloudVeil Trust & Safety
""",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="hanbithost-conditional",
    outcome="review", review="not_understood",
    imitates="Korean host passing the request to its customer with a 48-hour deadline",
    why="customer asked to delete within 48 h, suspension only if not done: a condition, no statement",
    **{"from": HB}, name_from="한빛호스팅 보안관제팀",
    date="Tue, 10 Sep 2024 17:40:00 +0900",
    subject="RE: [KCSC-240910-07] 불법정보 삭제 요청의 건",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요, 한빛호스팅 보안관제팀입니다.

아래 게시물에 대하여 고객사에 48시간 이내 삭제를 요청하였으며,
기한 내 조치되지 않을 경우 해당 호스팅 계정을 이용정지할 예정입니다.

- {H[1]}
- {H[2]}

결과는 확인되는 대로 회신드리겠습니다.
""",
    items={H[1]: "pending", H[2]: "pending"},
)

case(
    name="sori-site-owner-reply",
    outcome="review", review="unknown_sender",
    imitates="the hosted site's own operator writing in after the host passed the request on",
    why="sori-cafe.example is not a configured platform; its statement is not trusted",
    **{"from": "admin@sori-cafe.example"}, name_from="소리카페 운영자",
    date="Wed, 11 Sep 2024 11:00:00 +0900",
    subject="KCSC-240910-07 관련",
    body=f"""
안녕하세요. 소리카페 운영자입니다.
호스팅 업체(한빛호스팅)로부터 연락을 받고 아래 두 게시물을 삭제했습니다.

{H[1]}
{H[2]}

앞으로 게시판 관리에 더 신경쓰겠습니다.
""",
    items={H[1]: "pending", H[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="moa-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답",
    why="an out-of-office auto-reply",
    **{"from": "haneul.kim@moaboard.co.kr"}, name_from="김하늘",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[자동응답] RE: [KCSC-240902-01] 게시물 삭제 요청",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김하늘입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 report@moaboard.co.kr 로 보내주시기 바랍니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    items={},
)

case(
    name="filedrop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt echoing the reported links",
    why="a pure acknowledgement: ticket opened, links echoed, no statement about them",
    **{"from": "support@filedrop.io"}, name_from="FileDrop Support",
    date="Tue, 03 Sep 2024 05:01:10 +0000",
    subject="[FileDrop #FD-22817] We received your report",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello,

We've received your report and opened ticket #FD-22817.

Reported links:
  {F[1]}
  {F[2]}
  {F[3]}
  {F[4]}
  {F[5]}

Ticket status: Open

Our team reviews reports within 72 hours. You will get an email from us when
there is an update. Please keep the ticket number in the subject line if you
write to us about this report.

FileDrop Support
""",
    items={F[1]: "pending", F[2]: "pending", F[3]: "pending", F[4]: "pending", F[5]: "pending"},
)

_dsn_orig = request_text_en("KCSC-240904-03", [I[k] for k in sorted(I)])
case(
    name="imgchan-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) returning the request",
    why="a bounce; the URLs are only in our returned request",
    **{"from": "MAILER-DAEMON@mail.imgchan.org"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 02:00:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7D1C2A0412.1725415212/mail.imgchan.org"

This is a MIME-encapsulated message.

--7D1C2A0412.1725415212/mail.imgchan.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.imgchan.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<janitors@imgchan.org>: mailbox is full (quota exceeded)

--7D1C2A0412.1725415212/mail.imgchan.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.imgchan.org
X-Postfix-Queue-ID: 7D1C2A0412
Arrival-Date: Wed,  4 Sep 2024 02:00:10 +0000 (UTC)

Final-Recipient: rfc822; janitors@imgchan.org
Original-Recipient: rfc822;janitors@imgchan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildir delivery failed: Disk quota exceeded

--7D1C2A0412.1725415212/mail.imgchan.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@imgchan.org
Subject: [KCSC-240904-03] Removal request
Date: Wed, 04 Sep 2024 11:00:00 +0900
Message-ID: <req-240904-03@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{_dsn_orig}

--7D1C2A0412.1725415212/mail.imgchan.org--
""",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="hanbithost-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail 읽음 확인 (MDN)",
    why="a read receipt",
    **{"from": HB}, name_from="한빛호스팅 보안관제팀",
    date="Tue, 10 Sep 2024 16:12:00 +0900",
    subject="읽음 확인: [KCSC-240910-07] 불법정보 삭제 요청의 건",
    reply_to_req="req-240910-07",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_hb_0910"

------=_MDN_hb_0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-07] 불법정보 삭제 요청의 건"을
수신자(abuse@hanbithost.co.kr)가 2024-09-10 오후 4:12에 읽었습니다.

------=_MDN_hb_0910
Content-Type: message/disposition-notification

Reporting-UA: webmail.hanbithost.co.kr; HanbitMail 5.2
Final-Recipient: rfc822; abuse@hanbithost.co.kr
Original-Message-ID: <req-240910-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_hb_0910--
""",
    items={},
)

case(
    name="nameharbor-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply from a registrar staff member",
    why="an out-of-office auto-reply quoting nothing of substance",
    **{"from": "r.okafor@nameharbor.com"}, name_from="Ruth Okafor",
    date="Fri, 06 Sep 2024 07:00:05 +0000",
    subject="Automatic reply: [KCSC-240906-05] Domain abuse report",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. For abuse matters please write to abuse@nameharbor.com,
which is monitored by the whole team.

Ruth
""",
    items={},
)

case(
    name="cloudveil-email-not-processed",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response saying emailed complaints are not processed and pointing to the web form",
    why="an automated reply (Auto-Submitted) with no statement about any URL",
    **{"from": "abuse@cloudveil.net"}, name_from="CloudVeil Abuse",
    date="Thu, 05 Sep 2024 00:30:02 +0000",
    subject="Automatic reply: [KCSC-240905-04] Removal request",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

This mailbox does not process abuse complaints received by email. To make sure
your report reaches the right team, please submit it through our abuse form:
https://cloudveil.net/abuse/report

Law enforcement and government agencies can select "Government request" in the
form to be routed to our legal team.

CloudVeil Trust & Safety
""",
    items={},
)

case(
    name="pixstash-google-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail-hosted domain bounce 'Address not found' from mailer-daemon@googlemail.com",
    why="a bounce from a foreign mailer, ignored whoever sent it",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 01:00:07 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to abuse@pixstash.net because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 01:00:04 +0000

Final-Recipient: rfc822; abuse@pixstash.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pixstash.net
Subject: Removal request KCSC-240909-06
Date: Mon, 09 Sep 2024 10:00:00 +0900
Message-ID: <req-240909-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text_en("KCSC-240909-06", [P[1]])}

--000000000000a1b2c3d4e5f60718--
""",
    items={P[1]: "pending"},
)

HEADER = """# Blind set 859 (tests/corpus/blind859/make.py writes this file; edit make.py).
# Focus: hosting providers, CDNs, registrars, forums, image boards, file hosts
# and small services answering informally; CSV attachments and plain-text tables.
# Expected results written from each email's meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
