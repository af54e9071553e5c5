#!/usr/bin/env python3
"""Blind set 637: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering takedown requests, often informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind637/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, domains and ids are invented.
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

corpuslib.DOMAIN_NAMES.update({
    "nimbus-hosting.net": "Nimbus Hosting Abuse Desk",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "namecraft.co.kr": "NameCraft Abuse",
    "haneulbbs.kr": "haneulbbs admin",
    "pinchan.org": "pinchan moderation",
    "dropcrate.io": "DropCrate Trust & Safety",
})

# ---------------------------------------------------------------- requests
H_REF, N_REF, E_REF, R_REF, P_REF, D_REF, D1_REF = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07")

H11_RAW = "https://haneulbbs.kr/갤러리/자유/8812"
H11 = "https://haneulbbs.kr/%EA%B0%A4%EB%9F%AC%EB%A6%AC/%EC%9E%90%EC%9C%A0/8812"
H = [None,
     "https://haneulbbs.kr/board/free/10231",
     "https://haneulbbs.kr/board/free/10247",
     "https://haneulbbs.kr/board/free/10302",
     "https://haneulbbs.kr/board/humor/55012",
     "https://haneulbbs.kr/board/humor/55098",
     "https://haneulbbs.kr/board/market/7741",
     "https://haneulbbs.kr/board/market/7759",
     "https://haneulbbs.kr/board/market/7760",
     "https://haneulbbs.kr/gallery/photo/3321",
     "https://haneulbbs.kr/gallery/photo/3345",
     H11,
     "https://haneulbbs.kr/view.php?bo=free&wr_id=20481",
     "https://haneulbbs.kr/view.php?bo=free&wr_id=20499",
     "https://haneulbbs.kr/member/profile/nightowl88"]
N = [None,
     "http://luckyseven-bet.com/landing/kr",
     "http://luckyseven-bet.com/join?code=kc77",
     "https://pharma-quick.shop/products/diet-pill-x",
     "https://files.starlit-vps.net/leak/archive_0904.zip"]
E = [None,
     "https://toto-harbor.com/",
     "https://toto-harbor.com/event/welcome-bonus",
     "https://mirror.webtoon-free.net/series/4471"]
R = [None, "http://bet-jackpot77.kr/", "https://freewebtoon-zone.kr/"]
P = [None,
     "https://pinchan.org/b/res/448812.html",
     "https://pinchan.org/kr/res/90211.html",
     "https://i.pinchan.org/src/1725881234567.jpg",
     "https://i.pinchan.org/src/1725881299001.png",
     "https://pinchan.org/kr/res/90240.html"]
D = [None,
     "https://dropcrate.io/f/Xk29QpLm",
     "https://dropcrate.io/f/a8RtY2vB",
     "https://dropcrate.io/folder/9f3e1c/leaked-pack",
     "https://dropcrate.io/f/Zz71NwQe"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (H_REF, "haneul", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", H[1:],
     "gambling", 'largest request; forum "하늘게시판", posts and one member profile'),
    (N_REF, "nimbus", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", N[1:],
     "gambling, drugs", "customer sites hosted at Nimbus"),
    (E_REF, "edgeveil", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", E[1:],
     "gambling", "sites behind the EdgeVeil CDN"),
    (R_REF, "namecraft", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", R[1:],
     "gambling", "domains registered through NameCraft"),
    (P_REF, "pinchan", "2024-09-10T10:15:00+09:00", "2024-09-17T18:00:00+09:00", P[1:],
     "obscenity", "threads and image files"),
    (D_REF, "dropcrate", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", D[1:4],
     "copyright", "shared files and a folder"),
    (D1_REF, "dropcrate", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", D[4:],
     "copyright", "one file"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}\n")


def with_csv(boundary, text, filename, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(buf.getvalue())}\n"
            f"--{boundary}--\n")


def quoted_request(ref, urls, prefix="> "):
    lines = [f"Subject: [{ref}] 불법정보 삭제 요청 / Removal request",
             "",
             "안녕하십니까, 방송통신심의위원회입니다.",
             "아래 정보에 대해 삭제 등 필요한 조치를 요청드립니다.",
             "We request the removal of the following content:",
             ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    kw.setdefault("subject", "Re: removal request")
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ================================================================= APPLIED
case(name="nimbus-abuse-desk-prose",
     **{"from": "abuse@nimbus-hosting.net"},
     date="Fri, 6 Sep 2024 15:12:40 +0900",
     subject=f"[Nimbus Abuse #NB-552019] Re: {N_REF} removal request",
     reply_to_req=req_mid(N_REF),
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse-desk reply after contacting its customer (shared-hosting abuse ticket)",
     why="prose naming three hosted URLs: two pages deleted, one site offline after account suspension",
     items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
     body=f"""
Hello KCSC team,

Thank you for your report regarding {N_REF}.

We contacted the owner of the luckyseven-bet.com hosting account. The pages
{N[1]} and {N[2]} have been deleted from the
server and now return 404.

The customer behind {N[3]} did not reply within
our deadline, so the hosting account was suspended and the whole site is
offline.

We are still looking into the archive on the storage box and will write
separately about it.

Best regards,
Tomasz K.
Nimbus Hosting - Abuse Department
https://nimbus-hosting.net/legal/aup
""")

case(name="nimbus-one-liner-over-gmail-quote",
     **{"from": "marek@nimbus-hosting.net"}, name_from="Marek Wolny",
     date="Sat, 7 Sep 2024 08:03:11 +0900",
     subject=f"Re: [{N_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(N_REF),
     outcome="applied", classification="confirmation",
     imitates="one-line reply typed by a hosting admin on top of the quoted request (Gmail quoting)",
     why="only the top line is the platform's: the zip is deleted; the quoted request below lists all four URLs",
     items={N[4]: "removed", N[1]: "pending", N[2]: "pending", N[3]: "pending"},
     body=f"""
archive_0904.zip deleted from the customer's storage box ({N[4]}), gone for good.

Marek

On Thu, 5 Sep 2024 at 09:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(N_REF, N[1:])}
""")

case(name="nimbus-rejected-and-gone",
     **{"from": "abuse@nimbus-hosting.net"},
     date="Tue, 10 Sep 2024 11:40:00 +0900",
     subject=f"Re: {N_REF} - outcome for remaining URLs",
     reply_to_req=req_mid(N_REF),
     outcome="applied", classification="confirmation",
     imitates="abuse desk closing a ticket: one complaint declined with reasons, one target already gone",
     why="refusal with its reason for the shop page, and the file reported as not existing on the server",
     items={N[3]: "rejected", N[4]: "not_found"},
     body=f"""
Dear Sir or Madam,

Please find our outcome for the two URLs still open under {N_REF}:

{N[3]}
We reviewed the shop. The product is a food supplement that is registered
and lawfully sold in the country where the server is located, and the page
does not breach our Acceptable Use Policy. We will not take action and the
page stays online.

{N[4]}
There is no such file on our storage servers; the path returns 404 and our
logs show no object under that name.

Kind regards,
Nimbus Hosting Abuse Department
""")

case(name="nimbus-dsa-statement-of-reasons",
     **{"from": "dsa-notices@nimbus-hosting.net"},
     date="Mon, 9 Sep 2024 17:05:33 +0200",
     subject=f"Statement of reasons - your notice {N_REF}",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons sent by an EU hosting provider",
     why="two statements of reasons: access disabled for Korea only (restricted) and removal worldwide (removed)",
     items={N[1]: "restricted", N[2]: "removed"},
     body=f"""
STATEMENT OF REASONS (Article 17 Regulation (EU) 2022/2065)
Your notice reference: {N_REF}

-- Decision 1 --
Content: {N[1]}
Type of restriction: disabling of access
Territorial scope: Republic of Korea
Facts and circumstances: notice received from the Korea Communications
Standards Commission; the content is illegal under Korean law.
Automated means used: no

-- Decision 2 --
Content: {N[2]}
Type of restriction: removal of content
Territorial scope: worldwide
Ground: incompatible with our terms of service (section 4.2, gambling).
Automated means used: no

Redress: the affected customer may use our internal complaint system,
out-of-court dispute settlement or judicial redress.

Nimbus Hosting GmbH, Legal Department
""")

case(name="edgeveil-geoblock-kr",
     **{"from": "trust-safety@edgeveil.com"},
     date="Mon, 9 Sep 2024 02:14:09 +0000",
     subject=f"[EV-T&S] Re: {E_REF}",
     reply_to_req=req_mid(E_REF),
     outcome="applied", classification="confirmation",
     imitates="CDN trust & safety reply about a country block applied at the edge",
     why="both toto-harbor.com URLs blocked for visitors from Korea only: restricted",
     items={E[1]: "restricted", E[2]: "restricted"},
     body=f"""
Hello,

Following your request {E_REF}, EdgeVeil has blocked requests from Korean
IP addresses to the following URLs at our edge:

  - {E[1]}
  - {E[2]}

Visitors in the Republic of Korea now receive an HTTP 451 page. The sites
remain reachable from other countries, as the content is not unlawful in
the jurisdiction of the site operator.

EdgeVeil Trust & Safety
""")

case(name="edgeveil-html-table",
     **{"from": "noreply-abuse@edgeveil.com"},
     date="Wed, 11 Sep 2024 06:30:00 +0000",
     subject=f"Abuse report update: {E_REF}",
     outcome="applied", classification="confirmation",
     imitates="CDN abuse portal update rendered as an HTML table of reported URLs and actions",
     why="HTML table: the webtoon mirror blocked in all regions (removed), toto-harbor.com home blocked in KR only (restricted)",
     items={E[3]: "removed", E[1]: "restricted"},
     raw_mime=single("text/html", "8bit", f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Our team has finished reviewing report <b>{E_REF}</b>. The actions taken are listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{E[3]}">{E[3]}</a></td><td>Blocked</td><td>All regions</td></tr>
<tr><td><a href="{E[1]}">{E[1]}</a></td><td>Blocked</td><td>KR only</td></tr>
</table>
<p>You can check the status of your reports at <a href="https://abuse.edgeveil.com/reports">abuse.edgeveil.com/reports</a>.</p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>"""))

case(name="edgeveil-blocked-all-visitors-url-below",
     **{"from": "trust-safety@edgeveil.com"},
     date="Thu, 12 Sep 2024 09:02:44 +0000",
     subject=f"Re: {E_REF} webtoon mirror",
     reply_to_req=req_mid(E_REF),
     outcome="applied", classification="confirmation",
     imitates="CDN reply stating a global block, with the URL on the line below the statement",
     why="blocked on the whole network for all visitors: removed",
     items={E[3]: "removed"},
     body=f"""
Hi,

The following resource is now blocked on our network for all visitors,
whatever their location:

    {E[3]}

Requests to it return an HTTP 451 page. Cached copies were purged.

Regards,
Jonas
EdgeVeil Trust & Safety
""")

case(name="namecraft-clienthold-and-refusal",
     **{"from": "abuse@namecraft.co.kr"},
     date="Thu, 12 Sep 2024 16:45:00 +0900",
     subject=f"RE: [{R_REF}] Domain abuse complaint",
     reply_to_req=req_mid(R_REF),
     outcome="applied", classification="confirmation",
     imitates="registrar abuse team reply: one domain put on clientHold, one complaint declined",
     why="the gambling domain no longer resolves (removed); the other stays registered with a stated reason (rejected)",
     items={R[1]: "removed", R[2]: "rejected"},
     body=f"""
Dear KCSC,

Regarding your complaint {R_REF}:

1) bet-jackpot77.kr ({R[1]})
   The domain has been placed on clientHold as of 12 Sep 2024. It has been
   removed from the zone and no longer resolves anywhere.

2) freewebtoon-zone.kr ({R[2]})
   The registrant answered our inquiry and the registration data is
   verified. As a registrar we only act on abuse of the domain registration
   itself, and we found no breach of our registration agreement. The
   domain remains active; please address the content to its hosting provider.

Sincerely,
NameCraft Abuse Team
""")

case(name="namecraft-korean-deregistered",
     **{"from": "abuse@namecraft.co.kr"}, name_from="네임크래프트 고객센터",
     date="Fri, 13 Sep 2024 10:20:00 +0900",
     subject=f"[네임크래프트] {R_REF} 도메인 조치 결과 안내",
     outcome="applied", classification="confirmation",
     imitates="Korean registrar notice (도메인 등록 말소 처리 안내)",
     why="Korean: the domain registration was cancelled (말소/삭제): removed",
     items={R[2]: "removed"},
     body=f"""
안녕하세요, 네임크래프트 고객센터입니다.

요청번호 {R_REF} 관련하여 재검토 결과를 알려드립니다.

{R[2]} 도메인은 등록자 정보 재확인 과정에서 허위 정보로 확인되어
2024년 9월 13일자로 등록 말소(삭제) 처리되었습니다.
현재 해당 도메인으로는 접속되지 않습니다.

감사합니다.
네임크래프트 도메인 고객센터
""")

case(name="haneul-admin-one-line-over-korean-quote",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 관리자",
     date="Tue, 3 Sep 2024 21:47:02 +0900",
     subject=f"Re: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(H_REF),
     outcome="applied", classification="confirmation",
     imitates="small-forum admin's one-line reply above the quoted request (Korean Gmail quoting)",
     why="one post named in the admin's own line is deleted; the other 13 URLs are only in the quote",
     items={H[1]: "removed", H[2]: "pending", H[12]: "pending"},
     body=f"""
말씀하신 글 중 {H[1]} 먼저 삭제했습니다. 나머지는 주말에 확인할게요.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(H_REF, [H[i] if i != 11 else H11_RAW for i in range(1, 15)])}
""")

case(name="haneul-numbered-list-korean",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Thu, 5 Sep 2024 13:10:55 +0900",
     subject=f"[{H_REF}] 요청 게시물 처리 결과",
     outcome="applied", classification="confirmation",
     imitates="Korean forum operator listing its action per post (삭제 / 블라인드 / 게시물 없음 / 자진 삭제 / 임시조치)",
     why="numbered list, one status per URL: 2 deleted, 1 blinded, 1 no such post, 1 deleted by its author, 1 temporary measure",
     items={H[2]: "removed", H[3]: "removed", H[4]: "not_found", H[5]: "not_found", H[6]: "restricted"},
     body=f"""
안녕하세요. 하늘게시판 운영팀입니다.
{H_REF} 요청 건 중 확인된 게시물의 처리 결과입니다.

1. {H[2]} - 삭제 완료
2. {H[3]} - 블라인드 처리
3. {H[4]} - 해당 게시물 없음
4. {H[5]} - 작성자가 이미 자진 삭제한 글입니다
5. {H[6]} - 임시조치(30일)

나머지 게시물은 확인되는 대로 다시 회신드리겠습니다.
감사합니다.
""")

CSV_ROWS = [["번호", "URL", "처리결과", "처리일"],
            ["1", H[1], "삭제", "2024-09-06"],
            ["2", H[2], "삭제", "2024-09-06"],
            ["3", H[3], "블라인드", "2024-09-06"],
            ["4", H[4], "게시물 없음", "-"],
            ["5", H[5], "삭제", "2024-09-06"],
            ["6", H[6], "임시조치", "2024-09-06"],
            ["7", H[7], "임시조치", "2024-09-06"],
            ["8", H[8], "삭제", "2024-09-07"],
            ["9", H[9], "삭제", "2024-09-07"],
            ["10", H[10], "게시물 없음", "-"],
            ["11", H11_RAW, "블라인드", "2024-09-07"],
            ["12", H[12], "삭제", "2024-09-07"],
            ["13", H[13], "유지 (규정 위반 없음)", "2024-09-07"],
            ["14", H[14], "검토 중", ""]]
case(name="haneul-csv-attachment-all",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Sat, 7 Sep 2024 18:22:31 +0900",
     subject=f"[{H_REF}] 처리 결과 엑셀(CSV) 송부",
     reply_to_req=req_mid(H_REF),
     outcome="applied", classification="confirmation",
     imitates="forum operator sending the per-post outcome as a CSV spreadsheet attachment",
     why="CSV with one row per requested URL; 유지 (no rule broken) is rejected, 검토 중 leaves the profile pending",
     items={H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "not_found", H[5]: "removed",
            H[6]: "restricted", H[7]: "restricted", H[8]: "removed", H[9]: "removed",
            H[10]: "not_found", H11: "removed", H[12]: "removed", H[13]: "rejected", H[14]: "pending"},
     raw_mime=with_csv("hb-7f3a91", f"""
안녕하세요, 하늘게시판 운영팀입니다.

{H_REF} 요청 게시물 14건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
13번 글은 검토 결과 규정 위반이 아니어서 유지하기로 했고,
14번 회원 프로필은 아직 검토 중입니다.

감사합니다.
""", "haneulbbs_KCSC-240903-01.csv", CSV_ROWS))

case(name="haneul-plaintext-table",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Mon, 9 Sep 2024 09:15:00 +0900",
     subject=f"Re: [{H_REF}] 추가 처리 결과",
     reply_to_req=req_mid(H_REF),
     outcome="applied", classification="confirmation",
     imitates="plain-text fixed-width result table pasted into a forum admin's reply",
     why="text table: two market posts deleted, one photo under temporary measure, one photo not found",
     items={H[7]: "removed", H[8]: "removed", H[9]: "restricted", H[10]: "not_found"},
     body=f"""
추가로 처리한 게시물입니다.

No  URL                                       결과
--  ----------------------------------------  ------------
1   {H[7]}     삭제
2   {H[8]}     삭제
3   {H[9]}    임시조치
4   {H[10]}    해당 글 없음

-- 
하늘게시판 운영팀
""")

case(name="haneul-bare-url-status-below",
     **{"from": "jinho@haneulbbs.kr"}, name_from="박진호",
     date="Wed, 4 Sep 2024 23:58:12 +0900",
     subject=f"Re: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(H_REF),
     outcome="applied", classification="confirmation",
     imitates="volunteer moderator's terse reply: bare URL, then the result on the next line",
     why="each URL followed by its result on the line below: one deleted, one no such post",
     items={H[12]: "removed", H[13]: "not_found"},
     body=f"""
{H[12]}
-> 삭제했습니다

{H[13]}
-> 없는 글입니다

부운영자 박진호
""")

case(name="haneul-temporary-measure-urls-below",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Fri, 6 Sep 2024 11:00:00 +0900",
     subject=enc(f"[하늘게시판] 임시조치 안내 ({H_REF})"),
     outcome="applied", classification="confirmation",
     imitates="Korean 임시조치 notice (정보통신망법 제44조의2), statement first and the URLs below it",
     why="임시조치 with access limited for 30 days: restricted for both URLs listed under the statement",
     items={H[6]: "restricted", H[7]: "restricted"},
     body=f"""
안녕하세요. 하늘게시판입니다.

요청하신 게시물 중 아래 2건에 대해 정보통신망법 제44조의2에 따라
30일간 임시조치(접근 제한)를 하였습니다.

  {H[6]}
  {H[7]}

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.
""")

case(name="haneul-korean-path-particle",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 관리자",
     date="Sun, 8 Sep 2024 20:31:47 +0900",
     subject=f"Re: {H_REF} 갤러리 글",
     reply_to_req=req_mid(H_REF),
     outcome="applied", classification="confirmation",
     imitates="forum admin's casual Korean reply with a raw Korean-path URL followed by a particle, and an angle-bracketed URL",
     why="the Korean-path gallery post (raw in the mail, percent-encoded in the request) was blinded; the free-board post deleted",
     items={H11: "removed", H[1]: "removed"},
     body=f"""
안녕하세요~ 관리자입니다.

신고하신 {H11_RAW} 는 블라인드 처리했습니다.
<{H[1]}>도 어제 삭제했고요.

확인 부탁드립니다。
""")

QP_TEXT = f"""안녕하세요. 하늘게시판 운영팀입니다.

{H_REF} 건 운영자 삭제 처리 결과를 알려드립니다.

- {H[12]} : 운영자 삭제
- {H[13]} : 운영자 삭제
- 회원 nightowl88 ({H[14]}) : 활동 정지, 프로필 비공개 처리

감사합니다.
"""
case(name="haneul-qp-operator-deleted",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Tue, 10 Sep 2024 14:44:00 +0900",
     subject=f"[{H_REF}] 운영자 삭제 처리 결과",
     outcome="applied", classification="confirmation",
     imitates="Korean operator-deletion notice sent quoted-printable (query-string URLs carry =3D and soft breaks)",
     why="quoted-printable body: two posts 운영자 삭제, the profile made private (비공개): all removed",
     items={H[12]: "removed", H[13]: "removed", H[14]: "removed"},
     raw_mime=single("text/plain", "quoted-printable", qp(QP_TEXT)))

case(name="haneul-html-notice-table",
     **{"from": "notice@haneulbbs.kr"}, name_from="하늘게시판",
     date="Wed, 11 Sep 2024 10:05:00 +0900",
     subject=f"[하늘게시판] 게시중단 요청 처리 결과 안내 ({H_REF})",
     outcome="applied", classification="confirmation",
     imitates="Korean portal-style HTML notice 게시중단 요청 처리 결과 with a result table",
     why="HTML table: 게시중단 (removed), 임시조치 (restricted), 게시물 없음 (not_found)",
     items={H[1]: "removed", H[9]: "restricted", H[10]: "not_found"},
     raw_mime=single("text/html", "base64", b64(f"""<html><body>
<h3>게시중단 요청 처리 결과 안내</h3>
<p>요청번호: {H_REF}<br>요청기관: 방송통신심의위원회</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>게시물 URL</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{H[1]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{H[9]}</td><td>임시조치</td></tr>
<tr><td>3</td><td>{H[10]}</td><td>게시물 없음</td></tr>
</tbody></table>
<p>문의: <a href="https://haneulbbs.kr/help/report">https://haneulbbs.kr/help/report</a></p>
</body></html>""")))

case(name="pinchan-janitor-informal",
     **{"from": "janitor.kiri@pinchan.org"}, name_from="kiri",
     date="Wed, 11 Sep 2024 03:12:44 +0000",
     subject=f"re: {P_REF}",
     reply_to_req=req_mid(P_REF),
     outcome="applied", classification="confirmation",
     imitates="image-board janitor's informal lowercase reply",
     why="thread deleted, two image files purged on one line, one thread already deleted by its poster; the fifth URL not named",
     items={P[1]: "removed", P[3]: "removed", P[4]: "removed", P[2]: "not_found", P[5]: "pending"},
     body=f"""
hi, janitor here. took care of most of it

{P[1]} - thread deleted
{P[3]} and {P[4]} - files purged
{P[2]} - doesn't exist anymore, OP deleted it before we got to it

the last one on your list is with the admin, he'll decide.

kiri
""")

case(name="pinchan-base64-region-filter",
     **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
     date="Fri, 13 Sep 2024 12:00:00 +0000",
     subject=f"Re: {P_REF} /kr/ thread",
     reply_to_req=req_mid(P_REF),
     outcome="applied", classification="confirmation",
     imitates="image-board admin reply sent base64-encoded by a webmail client, region filter applied",
     why="thread hidden from Korean visitors only: restricted",
     items={P[5]: "restricted"},
     raw_mime=single("text/plain", "base64", b64(f"""Hello,

I looked at {P[5]} myself.
A region filter is now applied to it: the thread can no longer be viewed
from Korean IP ranges. It stays visible elsewhere.

-- admin, pinchan.org
""")))

case(name="pinchan-outlook-topposted",
     **{"from": "hiro@pinchan.org"}, name_from="Hiro Tanabe",
     date="Sat, 14 Sep 2024 07:31:02 +0000",
     subject=f"RE: [{P_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(P_REF),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply with the request below -----Original Message-----",
     why="90211 thread removed, 90240 kept with a reason (news discussion within the rules); the quoted request lists all five",
     items={P[2]: "removed", P[5]: "rejected", P[1]: "pending", P[3]: "pending", P[4]: "pending"},
     body=f"""
Hello,

{P[2]} has been removed.

{P[5]} stays up. It is a discussion of a news article and does not break
any of our rules.

Hiro Tanabe
pinchan.org

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 1:15 AM
To: abuse@pinchan.org
{quoted_request(P_REF, P[1:], prefix="")}
""")

case(name="dropcrate-csv-attachment",
     **{"from": "legal@dropcrate.io"},
     date="Thu, 12 Sep 2024 19:40:00 +0000",
     subject=f"DropCrate takedown results - {D_REF}",
     reply_to_req=req_mid(D_REF),
     outcome="applied", classification="confirmation",
     imitates="file host's takedown result export attached as CSV (action codes per URL)",
     why="CSV rows: file deleted (removed), no such file (not_found), folder disabled (removed)",
     items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
     raw_mime=with_csv("dc-0b12ee", f"""
Hello,

Please find attached the results for your notice {D_REF}.

DropCrate Legal
""", "dropcrate_results_2024-09-12.csv",
         [["report_id", "url", "action", "action_date"],
          ["DC-88410", D[1], "FILE_DELETED", "2024-09-12"],
          ["DC-88411", D[2], "NO_SUCH_FILE", "2024-09-12"],
          ["DC-88412", D[3], "FOLDER_DISABLED", "2024-09-12"]]))

case(name="dropcrate-sole-item-one-request",
     **{"from": "support@dropcrate.io"},
     date="Fri, 13 Sep 2024 08:10:00 +0000",
     subject=f"Re: [{D1_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(D1_REF),
     outcome="applied", classification="confirmation",
     imitates="file host support reply that names no URL, answering a one-file request",
     why="the request has one item; 'the file you reported has been deleted' settles it",
     items={D[4]: "removed"},
     body="""
Hello,

The file you reported has been deleted, and the uploader's account has been
closed for repeated violations of our terms.

Regards,
DropCrate Support
""")

case(name="dropcrate-ticket-plus-disabled",
     **{"from": "support@dropcrate.io"},
     date="Thu, 12 Sep 2024 02:05:00 +0000",
     subject=f"[Ticket #DC-88123] {D_REF}",
     outcome="applied", classification="confirmation",
     imitates="ticket-system receipt that already carries an outcome for one file",
     why="the acknowledgement phrase is followed by an unhedged statement that one named file is disabled",
     items={D[2]: "removed"},
     body=f"""
Thanks for your report. We've logged it as ticket #DC-88123 ({D_REF}).

Our team already checked one of the links: the file
{D[2]} has been disabled and can no longer be downloaded.

DropCrate Support
""")

case(name="dropcrate-angle-wrapped",
     **{"from": "legal@dropcrate.io"},
     date="Sun, 15 Sep 2024 14:30:00 +0000",
     subject=f"Re: {D_REF} update",
     reply_to_req=req_mid(D_REF),
     outcome="applied", classification="confirmation",
     imitates="file host legal reply with URLs in angle brackets, one long URL wrapped inside its brackets",
     why="one file restricted for Korea; the folder, whose URL wraps inside <>, disabled in full",
     items={D[1]: "restricted", D[3]: "removed"},
     body=f"""
Hello,

Access to the file below is now restricted for users in South Korea:
  <{D[1]}>

The shared folder
  <https://dropcrate.io/folder/9f3e1c/
  leaked-pack>
has been disabled in full.

DropCrate Legal
""")

# ================================================================= REVIEW
case(name="nimbus-forwarded-to-customer-promise",
     **{"from": "abuse@nimbus-hosting.net"},
     date="Thu, 5 Sep 2024 14:02:00 +0900",
     subject=f"[Nimbus Abuse #NB-552019] {N_REF}",
     reply_to_req=req_mid(N_REF),
     outcome="review", review="not_understood",
     imitates="hosting abuse desk forwarding the complaint to its customer with a deadline",
     why="only a promise to suspend if the customer does not act: no status",
     items={N[1]: "pending", N[2]: "pending"},
     body=f"""
Hello,

We have forwarded your complaint about {N[1]} and
{N[2]} to our customer. The customer has 48 hours to
remove the content. If they fail to do so, we will suspend the service.

Nimbus Hosting Abuse Department
""")

case(name="haneul-appears-deleted-hedge",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 관리자",
     date="Wed, 4 Sep 2024 09:30:00 +0900",
     subject=f"Re: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(H_REF),
     outcome="review", review="not_understood",
     imitates="forum admin's uncertain Korean reply ('이미 삭제된 것 같습니다')",
     why="hedge ('seems already deleted', 'tell us if still visible'): not a statement",
     items={H[2]: "pending", H[3]: "pending"},
     body=f"""
확인해 보니 {H[2]} 과
{H[3]} 는 이미 삭제된 것 같습니다.
혹시 아직 보이면 다시 알려주세요.
""")

case(name="pinchan-bulk-all-removed",
     **{"from": "mods@pinchan.org"},
     date="Thu, 12 Sep 2024 05:00:00 +0000",
     subject=f"Re: [{P_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(P_REF),
     outcome="review", review="bulk",
     imitates="image-board moderation team's one-sentence 'all removed' reply",
     why="statement about all five items without naming any: bulk",
     items={P[1]: "pending", P[5]: "pending"},
     body=f"""
All posts and files listed in your request {P_REF} have been removed.

- pinchan moderation
""")

case(name="haneul-auth-fail",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 관리자", auth="fail",
     date="Fri, 6 Sep 2024 02:11:00 +0900",
     subject=f"Re: [{H_REF}] 처리 완료",
     reply_to_req=req_mid(H_REF),
     outcome="review", review="untrusted",
     imitates="forum admin reply that fails DKIM/SPF/DMARC (sent through an unauthorised relay)",
     why="platform domain but authentication fails: nothing applied",
     items={H[1]: "pending", H[2]: "pending", H[3]: "pending"},
     body=f"""
요청하신 게시물 처리 완료했습니다.

{H[1]} 삭제
{H[2]} 삭제
{H[3]} 삭제
""")

case(name="haneul-admin-from-gmail",
     **{"from": "haneul.admin.kim@gmail.com"}, name_from="김하늘",
     date="Sat, 7 Sep 2024 00:40:00 +0900",
     subject=f"하늘게시판 운영자입니다 ({H_REF})",
     outcome="review", review="unknown_sender",
     imitates="small-forum operator answering from a personal Gmail account",
     why="not the platform's sender domain: a person must check it",
     items={H[6]: "pending"},
     body=f"""
안녕하세요. 하늘게시판 운영자입니다. 사이트 메일이 고장나서 개인 메일로 답장드려요.

{H[6]} 삭제했습니다.

김하늘 드림
""")

case(name="nimbus-actions-pinchan-items",
     **{"from": "abuse@nimbus-hosting.net"},
     date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject=f"[Nimbus Abuse #NB-553870] pinchan.org / {P_REF}",
     outcome="review", review="wrong_platform",
     imitates="upstream hosting provider acting on a customer's (image board's) files",
     why="Nimbus states statuses for items of the pinchan request",
     items={P[3]: "pending", P[4]: "pending"},
     body=f"""
Hello,

pinchan.org is a customer of ours. Your request {P_REF} was copied to us.
We have removed the following files from the customer's server:

{P[3]}
{P[4]}

Nimbus Hosting Abuse Department
""")

case(name="dropcrate-asks-legal-basis",
     **{"from": "legal@dropcrate.io"},
     date="Wed, 11 Sep 2024 22:15:00 +0000",
     subject=f"Re: [{D_REF}] additional information needed",
     reply_to_req=req_mid(D_REF),
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="file host asking for the rights holder and legal basis before acting on a copyright notice",
     why="asks for more information, no status stated",
     items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
     body=f"""
Hello,

To process your notice {D_REF} we need the following:

  1. the name of the copyright holder you act for;
  2. the legal provision under which the removal is requested;
  3. a statement that the information is accurate.

Please reply to this email with these details. We will not act on the notice
until we receive them.

DropCrate Legal
""")

case(name="nimbus-abuse-address-change",
     **{"from": "noreply@nimbus-hosting.net"}, name_from="Nimbus Hosting",
     date="Mon, 16 Sep 2024 08:00:00 +0200",
     subject="Change of our abuse contact address",
     outcome="review", review="no_claims",
     imitates="hosting provider's circular about a new abuse contact address",
     why="trusted platform mail naming no item and no request",
     items={},
     body="""
Dear partner,

From 1 October 2024 our abuse desk can be reached at
abuse-team@nimbus-hosting.net. The old address will keep working until the
end of the year. Reports can also be filed at
https://nimbus-hosting.net/abuse/report

Nimbus Hosting GmbH
""")

case(name="edgeveil-not-the-host",
     **{"from": "abuse@edgeveil.com"},
     date="Fri, 6 Sep 2024 01:00:00 +0000",
     subject=f"Re: {E_REF} - EdgeVeil is not the hosting provider",
     reply_to_req=req_mid(E_REF),
     outcome="review", review="not_understood",
     imitates="CDN's 'we do not host this content, your report was forwarded to the host' reply",
     why="no status: the CDN neither removes nor judges the content, it passes the report on",
     items={E[1]: "pending", E[2]: "pending"},
     body=f"""
Hello,

EdgeVeil provides pass-through security and caching; we do not host the
content at {E[1]} or {E[2]}, and we cannot remove material from a website
hosted by others.

We have forwarded your report to the hosting provider of the site
(Brightbyte Servers, abuse@brightbyte.example) and to the site owner.

EdgeVeil Trust & Safety
https://edgeveil.com/abuse-policy
""")

case(name="namecraft-under-review",
     **{"from": "abuse@namecraft.co.kr"},
     date="Tue, 10 Sep 2024 09:05:00 +0900",
     subject=f"RE: [{R_REF}] Domain abuse complaint",
     reply_to_req=req_mid(R_REF),
     outcome="review", review="not_understood",
     imitates="registrar reply saying the complaint is under review by compliance",
     why="'under review', a promise to update: no status",
     items={R[1]: "pending", R[2]: "pending"},
     body=f"""
Dear KCSC,

Your complaint regarding {R[1]} and {R[2]}
is under review by our compliance team. We have contacted the registrants
and will update you within five business days.

NameCraft Abuse Team
""")

case(name="dropcrate-counter-notice-conditional",
     **{"from": "legal@dropcrate.io"},
     date="Sat, 14 Sep 2024 11:11:00 +0000",
     subject=f"Re: {D_REF}",
     reply_to_req=req_mid(D_REF),
     outcome="review", review="not_understood",
     imitates="file host's counter-notice waiting period notice",
     why="a condition: the file is deleted only if no counter-notice arrives; for now nothing happened",
     items={D[1]: "pending"},
     body=f"""
Hello,

The uploader of {D[1]} has been notified of your notice and may file a
counter-notice. If no counter-notice is received within 10 business days,
the file will be permanently deleted.

DropCrate Legal
""")

case(name="haneul-bulk-korean-all-deleted",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 운영팀",
     date="Thu, 12 Sep 2024 17:00:00 +0900",
     subject=f"Re: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     reply_to_req=req_mid(H_REF),
     outcome="review", review="bulk",
     imitates="Korean forum reply: '요청하신 게시물 14건 모두 삭제 조치하였습니다'",
     why="all fourteen items stated at once without naming any: bulk",
     items={H[1]: "pending", H[14]: "pending"},
     body=f"""
안녕하세요. 하늘게시판 운영팀입니다.

{H_REF} 건으로 요청하신 게시물 14건은 모두 삭제 조치하였습니다.

감사합니다.
""")

# ================================================================= IGNORED
case(name="nimbus-out-of-office",
     **{"from": "tomasz.k@nimbus-hosting.net"}, name_from="Tomasz K.",
     date="Thu, 5 Sep 2024 02:31:00 +0200",
     subject=f"Automatic reply: [{N_REF}] Removal request",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook automatic reply (out of office)",
     why="out-of-office auto-reply",
     items={},
     body="""
I am out of the office until Monday 16 September with limited access to email.
For urgent abuse matters please write to abuse@nimbus-hosting.net.

Tomasz
""")

case(name="pinchan-dsn-bounce",
     **{"from": "MAILER-DAEMON@mx1.pinchan.org"}, name_from="Mail Delivery System",
     date="Tue, 10 Sep 2024 01:16:05 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full)",
     why="DSN bounce, whatever the quoted request says",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B7C1A2F03E.1725930965/mx1.pinchan.org"

This is a MIME-encapsulated message.

--B7C1A2F03E.1725930965/mx1.pinchan.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pinchan.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@pinchan.org>: mailbox full, quota exceeded

--B7C1A2F03E.1725930965/mx1.pinchan.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pinchan.org
Arrival-Date: Tue, 10 Sep 2024 01:16:04 +0000

Final-Recipient: rfc822; abuse@pinchan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox full

--B7C1A2F03E.1725930965/mx1.pinchan.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pinchan.org
Subject: [{P_REF}] Removal request
Message-ID: <{req_mid(P_REF)}@kcsc.example>
Date: Tue, 10 Sep 2024 10:15:00 +0900
Content-Type: text/plain; charset=us-ascii

We request the removal of the following content:
1. {P[1]}
2. {P[2]}
3. {P[3]}
4. {P[4]}
5. {P[5]}

--B7C1A2F03E.1725930965/mx1.pinchan.org--
""")

case(name="haneul-mdn-read-receipt",
     **{"from": "admin@haneulbbs.kr"}, name_from="하늘게시판 관리자",
     date="Tue, 3 Sep 2024 12:20:00 +0900",
     subject=f"읽음: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     outcome="ignored", classification="read_receipt",
     imitates="message disposition notification (read receipt) from a Korean mail client",
     why="MDN: the request was displayed, nothing else",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-5f0c2b"

--mdn-5f0c2b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{H_REF}] 불법정보 삭제 요청 / Removal request"을(를)
수신인 admin@haneulbbs.kr 님이 2024-09-03 12:20 에 읽었습니다.

--mdn-5f0c2b
Content-Type: message/disposition-notification

Reporting-UA: haneulbbs.kr; WebMail 3.2
Final-Recipient: rfc822; admin@haneulbbs.kr
Original-Message-ID: <{req_mid(H_REF)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5f0c2b--
""")

case(name="dropcrate-ticket-receipt",
     **{"from": "support@dropcrate.io"},
     date="Wed, 11 Sep 2024 07:01:00 +0000",
     subject=f"[Ticket #DC-90211] We received your request",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt (Zendesk-style)",
     why="pure acknowledgement with a ticket number; no statement",
     items={},
     body="""
Hello,

We've received your request. Your ticket number is #DC-90211.
A member of our Trust & Safety team will review it and get back to you,
usually within 72 hours.

To add information, simply reply to this email.

DropCrate Support
https://help.dropcrate.io
""")

case(name="edgeveil-auto-ack-echoed-report",
     **{"from": "noreply-abuse@edgeveil.com"},
     date="Thu, 5 Sep 2024 02:00:10 +0000",
     subject="Your abuse report [EV-2024-0905-5531] has been received",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse-form receipt echoing the submitted report",
     why="automatic receipt; the URLs are only an echo of our own submission",
     items={},
     body=f"""
Thank you. Your abuse report has been received and assigned the number
EV-2024-0905-5531. Our Trust & Safety team will review it.

A copy of your submission follows.

Reporter: KCSC Takedown <takedown@kcsc.example>
Reference: {E_REF}
Category: General
Reported URLs:
{E[1]}
{E[2]}
{E[3]}
Comments: illegal gambling and copyright-infringing content

This is an automated message; replies to this address are not read.
""")

case(name="haneul-korean-auto-reply",
     **{"from": "jinho@haneulbbs.kr"}, name_from="박진호",
     date="Tue, 3 Sep 2024 10:00:40 +0900",
     subject=f"[자동응답] Re: [{H_REF}] 불법정보 삭제 요청 / Removal request",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean webmail 부재중 자동응답",
     why="out-of-office auto-reply in Korean",
     items={},
     body="""
[자동응답] 9월 3일부터 9월 9일까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 admin@haneulbbs.kr 로 연락 부탁드립니다.
""")

HEADER = """# Blind set 637 (tests/corpus/blind637/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board and a file host, answering
# informally; CSV attachments and plain-text tables. Written from each
# email's meaning, before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind637", HEADER, CASES)


if __name__ == "__main__":
    main()
