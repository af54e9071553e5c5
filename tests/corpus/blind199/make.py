#!/usr/bin/env python3
"""Blind set 199: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally, plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind199/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the meaning of the email alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind199"

# ---------------------------------------------------------------- requests
D = {
    1: "https://droplocker.io/f/7GqLp2Xe",
    2: "https://droplocker.io/f/Rk93vTzA",
    3: "https://droplocker.io/f/m0PxY6cW",
    4: "https://droplocker.io/f/Zt5HbN1q",
    5: "https://droplocker.io/f/a8KdUe4J",
    6: "https://droplocker.io/f/Wc2rF9sM",
    7: "https://droplocker.io/folder/Lp88xQvB",
    8: "https://droplocker.io/f/Ny1oT7gH",
    9: "https://droplocker.io/f/b6VjS3kR",
    10: "https://droplocker.io/f/Ue0wC5yD",
    11: "https://droplocker.io/f/Hs4mA2nP",
    12: "https://droplocker.io/f/qX7eG1tL",
    13: "https://dl.droplocker.io/s/9fK2pR0vZc/clip_0412.mp4",
    14: "https://droplocker.io/f/Jd3zB8uY",
}
N = {
    1: "https://hanbit-toto.nimbus-sites.net/",
    2: "https://hanbit-toto.nimbus-sites.net/event/charge.php",
    3: "https://sora-pics.nimbus-sites.net/gallery/2024/08/",
    4: "http://203.0.113.44/bet/index.html",
    5: "https://lotto-cheonha.nimbus-sites.net/join?code=77",
}
E = {
    1: "https://webtoon-haven24.top/series/1182/ep/31",
    2: "https://webtoon-haven24.top/series/1182/ep/32",
    3: "https://manga-moa.xyz/view/55810",
}
R = {
    1: "http://jackpot-hangang.club/",
    2: "https://pill-direct-kr.shop/",
}
F = {
    1: "https://danpung.kr/board/free/48812",
    2: "https://danpung.kr/board/free/48840",
    3: "https://danpung.kr/board/%EC%9E%90%EC%9C%A0/50211",
    4: "https://danpung.kr/board/photo/7713",
}
F3_RAW = "https://danpung.kr/board/자유/50211"
P = {
    1: "https://pixchan.org/kr/res/889123.html",
    2: "https://pixchan.org/kr/res/889577.html",
    3: "https://i.pixchan.org/kr/src/1725412233081.jpg",
}
S1 = "https://pastehan.kr/p/X9aa21"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "droplocker", "2024-09-02T10:20:00+09:00", "2024-09-09T18:00:00+09:00",
     list(D.values()), "obscene content", "file host; largest request"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T09:40:00+09:00", "2024-09-10T18:00:00+09:00",
     list(N.values()), "illegal gambling", "customer sites on a shared host"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T11:05:00+09:00", "2024-09-11T18:00:00+09:00",
     list(E.values()), "copyright infringement", "sites behind a CDN"),
    ("KCSC-240905-04", "namepier", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     list(R.values()), "illegal gambling; drugs", "domains at a registrar"),
    ("KCSC-240906-05", "danpung", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(F.values()), "defamation; privacy", "Korean community forum"),
    ("KCSC-240909-06", "pixchan", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(P.values()), "obscene content", "image board thread and file"),
    ("KCSC-240910-07", "pastehan", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "privacy", "one paste, small service"),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, body, attachments, body_type="plain"):
    parts = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        f"Content-Type: text/{body_type}; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        body.strip("\n"),
        "",
    ]
    for fname, ctype, enc, payload in attachments:
        parts += [
            f"--{boundary}",
            f'Content-Type: {ctype}; name="{fname}"',
            f'Content-Disposition: attachment; filename="{fname}"',
            f"Content-Transfer-Encoding: {enc}",
            "",
            payload.strip("\n"),
            "",
        ]
    parts.append(f"--{boundary}--")
    return "\n".join(parts)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ1_TEXT = "\n".join(
    ["Dear DropLocker Trust & Safety team,", "",
     "The Korea Communications Standards Commission asks you to remove the",
     "following files, which carry content unlawful in the Republic of Korea",
     "(reference KCSC-240902-01):", ""]
    + [f"{i}. {u}" for i, u in D.items()]
    + ["", "Please reply to this address with the action taken for each link.", "",
       "KCSC Takedown desk"])

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

csv_dl = "\n".join([
    "link,action,date_utc,note",
    f"{D[1]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[2]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[3]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[4]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[5]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[6]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[7]},removed,2024-09-04,folder and its 23 files deleted",
    f"{D[8]},removed,2024-09-04,file disabled (ToS 4.2)",
    f"{D[9]},removed,2024-09-05,file disabled (ToS 4.2)",
    f"{D[10]},removed,2024-09-05,file disabled (ToS 4.2)",
    f"{D[11]},not found,,no file with this ID",
    f"{D[12]},removed,2024-09-05,file disabled (ToS 4.2)",
    f"{D[13]},not found,,deleted by the uploader on 2024-08-30",
    f"{D[14]},no action,,\"reviewed, no breach of our Terms; file stays available\"",
])
case(
    name="dl-csv-results-attachment",
    date="Thu, 05 Sep 2024 16:02:11 +0200",
    **{"from": "trust-safety@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=mixed("dl-res-0905", """
Hello,

Please find attached the outcome for every link in your request
KCSC-240902-01. Most of the files were disabled; two links pointed to files
that no longer existed, and one file was reviewed and kept (see the note
column).

Regards,
Jonas Birk
Trust & Safety, DropLocker
""", [("kcsc-240902-01_results.csv", "text/csv; charset=utf-8", "7bit", csv_dl)]),
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety reply with a per-link CSV results sheet",
    why="CSV attachment gives one action per link: 11 removed, 2 not found, 1 kept",
    items={**{D[i]: "removed" for i in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12)},
           D[11]: "not_found", D[13]: "not_found", D[14]: "rejected"},
)

case(
    name="dl-plaintext-table-first-six",
    date="Wed, 04 Sep 2024 11:47:30 +0200",
    **{"from": "support@droplocker.io"},
    name_from="DropLocker Support",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,

Here is where we are with the first six links of KCSC-240902-01:

 #  | Link                                  | Result
----+---------------------------------------+--------------------------
 1  | {D[1]}      | Removed
 2  | {D[2]}      | Removed
 3  | {D[3]}      | Removed
 4  | {D[4]}      | Not found (invalid link)
 5  | {D[5]}      | Removed
 6  | {D[6]}      | Kept - no violation found

The remaining eight are still with the review team. We will write again
once they are done.

DropLocker Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a fixed-width status table from the admin panel",
    why="text table: four removed, one invalid link, one kept; the rest explicitly still in review",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "rejected"},
)

case(
    name="dl-url-then-status-below",
    date="Fri, 06 Sep 2024 09:15:02 +0200",
    **{"from": "tomek@droplocker.io"},
    name_from="Tomek Wrona",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,
update on your ticket (KCSC-240902-01):

{D[8]}
removed

{D[9]}
removed

{D[10]}
removed

{D[11]}
file not found, the link is dead

cheers,
Tomek
DropLocker support
""",
    outcome="applied", classification="confirmation",
    imitates="informal support agent reply, bare URL with the status on the line below",
    why="each URL is followed by its own status line",
    items={D[8]: "removed", D[9]: "removed", D[10]: "removed", D[11]: "not_found"},
)

case(
    name="dl-top-posted-three-deleted",
    date="Thu, 05 Sep 2024 08:31:44 +0200",
    **{"from": "mara@droplocker.io"},
    name_from="Mara Lindqvist",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Done, I deleted these three files and closed the uploader's account:

{D[7]}
{D[9]}
{D[12]}

The rest of your list is still being checked by a colleague.

--
Mara, DropLocker Support

On Mon, 2 Sep 2024 at 03:20, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ1_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the full quoted request",
    why="three URLs deleted above the quote; the other eleven appear only in the quoted request",
    items={D[7]: "removed", D[9]: "removed", D[12]: "removed"},
)

case(
    name="dl-html-table-geo",
    date="Fri, 06 Sep 2024 14:20:00 +0200",
    **{"from": "noreply@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject="Outcome of your notice KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>We have completed our review of part of your notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Status</th><th>Scope</th></tr>
<tr><td><a href="{D[1]}">{D[1]}</a></td><td>Removed</td><td>Worldwide</td></tr>
<tr><td><a href="{D[2]}">{D[2]}</a></td><td>Removed</td><td>Worldwide</td></tr>
<tr><td><a href="{D[3]}">{D[3]}</a></td><td>Access restricted</td><td>South Korea</td></tr>
<tr><td><a href="{D[4]}">{D[4]}</a></td><td>Not found</td><td>-</td></tr>
<tr><td><a href="{D[5]}">{D[5]}</a></td><td>Blocked</td><td>South Korea only</td></tr>
</table>
<p>Decisions on content that is unlawful only in one country are limited to that country.
See <a href="https://droplocker.io/legal/transparency">our transparency page</a>.</p>
<p>DropLocker Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="file host HTML notice with a status/scope table (country-withheld vs removed)",
    why="table rows: two removed worldwide, two limited to Korea, one not found; transparency link is no item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "restricted", D[4]: "not_found", D[5]: "restricted"},
)

case(
    name="nh-account-suspended",
    date="Wed, 04 Sep 2024 15:12:09 +0900",
    **{"from": "abuse@nimbushost.net"},
    name_from="NimbusHost Abuse Department",
    subject="[ABU-30917] Re: KCSC-240903-02 unlawful gambling sites",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello KCSC team,

Regarding KCSC-240903-02 (our reference ABU-30917): the hosting account
serving hanbit-toto.nimbus-sites.net has been suspended for breach of our
Acceptable Use Policy. Both URLs you listed,

  {N[1]}
  {N[2]}

now show our suspension page instead of the customer's site.

The other three addresses in your request are handled in separate tickets;
you will get a separate answer for them.

Kind regards,
NimbusHost Abuse Department
https://www.nimbushost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk reply: customer account suspended",
    why="account suspended, both URLs now show the suspension page: removed; AUP link is no item",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-noc-nullroute-oneliner",
    date="Wed, 04 Sep 2024 14:09:51 +0900",
    **{"from": "noc@nimbushost.net"},
    name_from="NimbusHost NOC",
    subject="Re: KCSC-240903-02",
    body=f"""
{N[4]} - server null-routed 14:05 KST, it is offline.

--
NimbusHost NOC
""",
    outcome="applied", classification="confirmation",
    imitates="network operations one-line reply (null route of a dedicated server)",
    why="the server hosting the URL is taken off the network: removed",
    items={N[4]: "removed"},
)

case(
    name="nh-notfound-and-refusal",
    date="Fri, 06 Sep 2024 10:33:40 +0900",
    **{"from": "abuse@nimbushost.net"},
    name_from="NimbusHost Abuse Department",
    subject="[ABU-30918] Re: KCSC-240903-02 unlawful gambling sites",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Answers for the remaining items of KCSC-240903-02:

1) {N[3]}
   This subdomain does not exist on our platform. The account it belonged
   to was closed in March and the name was never taken again, so there is
   nothing for us to remove.

2) {N[5]}
   We looked at the site. It publishes lottery draw results and has a
   newsletter sign-up form; it takes no bets and no payments. It does not
   breach our Acceptable Use Policy and we are not taking action.

Kind regards,
Hye-jin Park
NimbusHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk numbered reply: subdomain does not exist / no AUP breach",
    why="first URL does not exist (not_found), second kept with a reason (rejected)",
    items={N[3]: "not_found", N[5]: "rejected"},
)

case(
    name="ev-cdn-geoblock-kr",
    date="Thu, 05 Sep 2024 19:44:03 +0000",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    subject="[EdgeVeil #4471920] KCSC-240904-03 webtoon-haven24.top",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

EdgeVeil provides a pass-through CDN service for webtoon-haven24.top. We do
not host the site's files and cannot delete them from the origin server.

Having reviewed your notice under Korean law, we have blocked access through
our network to the following URLs for visitors located in the Republic of
Korea:

- {E[1]}
- {E[2]}

We have also forwarded your notice to the hosting provider (Blue Dune
Hosting, AS64500) and to the site operator.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply (we are not the host) with a country block on our edge",
    why="both URLs blocked for visitors in Korea: restricted",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="ev-pages-deployment-offline",
    date="Fri, 06 Sep 2024 07:02:50 +0000",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    subject="[EdgeVeil #4471921] KCSC-240904-03 manga-moa.xyz",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Hello,

Your notice KCSC-240904-03 also lists <https://manga-moa.xyz/view/55810>.
Unlike the other two addresses, this site is served from EdgeVeil Pages, our
static hosting product, so we do host it. We have taken the deployment
offline; the URL now returns HTTP 404 from our edge.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts static sites: deployment taken offline",
    why="URL in angle brackets; the host took the deployment offline: removed (the 404 is the result, not a not-found)",
    items={E[3]: "removed"},
)

case(
    name="np-clienthold-and-kept",
    date="Sat, 07 Sep 2024 09:20:14 +0000",
    **{"from": "abuse@namepier.com"},
    name_from="NamePier Abuse",
    subject="Re: KCSC-240905-04 - abuse complaint",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Dear Sir or Madam,

We have completed our review of your complaint KCSC-240905-04.

Domain: jackpot-hangang.club
Action: clientHold applied 2024-09-07 08:12 UTC. The domain no longer
resolves.

Domain: pill-direct-kr.shop
Action: none. The registrant supplied a valid pharmacy licence and we found
no breach of our registration agreement. The domain stays active.

NamePier Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse outcome per domain (clientHold / no action)",
    why="registrars speak in domains: one suspended (removed), one kept with a reason (rejected)",
    items={R[1]: "removed", R[2]: "rejected"},
)

case(
    name="np-one-line-suspended",
    date="Sat, 07 Sep 2024 08:30:00 +0000",
    **{"from": "j.okafor@namepier.com"},
    name_from="Jide Okafor",
    subject="Re: KCSC-240905-04",
    body="""
http://jackpot-hangang.club/ -- suspended (clientHold).

J. Okafor
NamePier Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line registrar abuse analyst reply",
    why="domain suspended, the site no longer resolves: removed",
    items={R[1]: "removed"},
)

case(
    name="dp-korean-result-notice",
    date="Mon, 09 Sep 2024 11:10:00 +0900",
    **{"from": "admin@danpung.kr"},
    name_from="단풍 커뮤니티 운영팀",
    subject="[단풍] 게시물 조치 결과 안내 (KCSC-240906-05)",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 단풍 커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이
알려드립니다.

1. {F[1]} : 삭제 완료
2. {F[2]} : 블라인드 처리
3. {F3_RAW} : 임시조치(30일)
4. {F[4]} : 작성자가 이미 삭제한 게시물입니다

문의 사항은 이 메일로 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator 조치 결과 안내 (삭제/블라인드/임시조치)",
    why="numbered list: deleted, blinded, temporary measure, already deleted by its author",
    items={F[1]: "removed", F[2]: "removed", F[3]: "restricted", F[4]: "not_found"},
)

case(
    name="dp-admin-oneliner-parens",
    date="Sat, 07 Sep 2024 01:12:45 +0900",
    **{"from": "bbs-admin@danpung.kr"},
    name_from="단풍 관리자",
    subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
말씀하신 글({F[1]}) 지웠습니다. 늦어서 죄송합니다.

- 단풍 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's volunteer admin",
    why="the post in parentheses was deleted by the admin: removed",
    items={F[1]: "removed"},
)

csv_dp = "\ufeff" + "\n".join([
    "번호,게시물 주소,처리 결과,처리일",
    f"1,{F[1]},삭제,2024-09-09",
    f"2,{F[2]},삭제,2024-09-09",
    f"3,{F[3]},접근 제한,2024-09-09",
    f"4,{F[4]},미조치(운영정책 위반 아님),2024-09-09",
]) + "\n"
case(
    name="dp-csv-base64-korean",
    date="Mon, 09 Sep 2024 17:40:21 +0900",
    **{"from": "admin@danpung.kr"},
    name_from="단풍 커뮤니티 운영팀",
    subject="RE: [KCSC-240906-05] 불법정보 삭제 요청 - 처리결과",
    reply_to_req=req_mid("KCSC-240906-05"),
    raw_mime=mixed("----=_dp_0909_csv", """
안녕하세요.
요청하신 건 처리결과를 엑셀(CSV) 파일로 첨부드립니다.

단풍 커뮤니티 운영팀 드림
""", [("KCSC-240906-05_처리결과.csv", "text/csv; charset=utf-8", "base64", b64(csv_dp))]),
    outcome="applied", classification="confirmation",
    imitates="Korean operator sending a 처리결과 spreadsheet (CSV, base64) as attachment",
    why="CSV rows: two 삭제, one 접근 제한, one 미조치 (no policy breach)",
    items={F[1]: "removed", F[2]: "removed", F[3]: "restricted", F[4]: "rejected"},
)

case(
    name="dp-particles-fullwidth",
    date="Tue, 10 Sep 2024 13:05:00 +0900",
    **{"from": "mod.haneul@danpung.kr"},
    name_from="단풍 모더레이터 하늘",
    subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 자유게시판 담당 모더레이터입니다.

{F[2]}은 블라인드 처리했습니다.
{F3_RAW}（자유게시판）은 작성자 소명 기간 동안 임시조치해 두었습니다.

나머지 두 건은 다른 담당자가 답변드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum moderator reply with particles and full-width brackets after URLs",
    why="은 right after a URL and full-width parentheses; blinded (removed) and temporary measure (restricted)",
    items={F[2]: "removed", F[3]: "restricted"},
)

case(
    name="pc-janitor-thread-and-file",
    date="Mon, 09 Sep 2024 22:41:07 +0000",
    **{"from": "janitors@pixchan.org"},
    name_from="pixchan janitors",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
thread {P[1]} deleted, poster banned 30d.
the image {P[3]} was purged from storage and from the cdn cache.

- janitor team
""",
    outcome="applied", classification="confirmation",
    imitates="image board janitor reply, lower-case and terse",
    why="thread deleted and image purged: both removed",
    items={P[1]: "removed", P[3]: "removed"},
)

case(
    name="pc-thread-pruned",
    date="Tue, 10 Sep 2024 03:17:55 +0000",
    **{"from": "mod-kr@pixchan.org"},
    name_from="pixchan /kr/ mod",
    subject="Re: KCSC-240909-06",
    body=f"""
889577 was already pruned before I got to it (threads on /kr/ fall off
after 250 replies), so {P[2]} no longer exists.
nothing left to delete.
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator: thread already pruned",
    why="the thread no longer exists and nothing was deleted by the board: not_found",
    items={P[2]: "not_found"},
)

case(
    name="ph-sole-deleted-korean",
    date="Tue, 10 Sep 2024 21:30:12 +0900",
    **{"from": "admin@pastehan.kr"},
    name_from="pastehan 운영자",
    subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
삭제했습니다.

--
pastehan 운영자 드림

2024년 9월 10일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물은 개인정보를 노출하고 있어 삭제를 요청드립니다.
> {S1}
> 참조번호: KCSC-240910-07
""",
    outcome="applied", classification="confirmation",
    imitates="one-word reply of a one-person service operator over a Gmail Korean quote",
    why="sole statement 삭제했습니다 answering a one-item request; the URL is only in the quote",
    items={S1: "removed"},
)

case(
    name="ph-everything-taken-down",
    date="Wed, 11 Sep 2024 08:02:00 +0000",
    **{"from": "ops@pastehan.kr"},
    name_from="pastehan ops",
    subject="Re: KCSC-240910-07",
    body="""
Hi,

Everything in your report has been deleted, including the raw and
download versions of the paste. The account that posted it is banned.

pastehan ops
""",
    outcome="applied", classification="confirmation",
    imitates="small paste service admin: everything you reported was deleted",
    why="a statement about 'everything' for a request of one item applies to that item",
    items={S1: "removed"},
)

case(
    name="dl-statement-then-url-below",
    date="Tue, 03 Sep 2024 17:26:40 +0200",
    **{"from": "priya@droplocker.io"},
    name_from="Priya Raman",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

The following file was removed for breaching section 4 of our Terms of
Service:
{D[4]}

The next one could not be found on our servers; the link is invalid or the
file was deleted before your notice arrived:
{D[5]}

Best,
Priya
DropLocker Support

On Mon, Sep 2, 2024 at 3:20 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following files (reference KCSC-240902-01):
> {D[4]}
> {D[5]}
> {D[6]}
""",
    outcome="applied", classification="confirmation",
    imitates="support reply, statement first and the URL on the line below, Gmail quote",
    why="each URL sits under its own sentence: removed, then not found; D6 only quoted",
    items={D[4]: "removed", D[5]: "not_found"},
)

qp_text = f"""Hello KCSC team,

Two updates on KCSC-240902-01 — from our legal team in Köln:

We have restricted access from South Korea to the video file at {D[13]} ; it stays available elsewhere because it is lawful in Germany.

The file {D[6]} has been deleted.

Mit freundlichen Grüßen / Best regards
Lena Vogt
DropLocker Legal
"""
case(
    name="dl-qp-geo-restricted",
    date="Mon, 09 Sep 2024 12:00:33 +0200",
    **{"from": "legal@droplocker.io"},
    name_from="DropLocker Legal",
    subject="KCSC-240902-01: two updates",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_text),
    outcome="applied", classification="confirmation",
    imitates="legal team reply in quoted-printable with soft-wrapped long URL (country withholding)",
    why="one file restricted in Korea only, another deleted",
    items={D[13]: "restricted", D[6]: "removed"},
)

html_ticket = f"""<html><body>
<p>Ticket <b>#NH-55102</b> &mdash; status changed to <b>Resolved</b></p>
<p><i>Agent note (Daniel K.):</i></p>
<p>Our customer deleted the page {N[2]} after our warning; we verified that it now returns 404.</p>
<p>The front page {N[1]} is a discussion forum about sports results. We found nothing unlawful there and it stays online.</p>
<p>You can view the ticket at <a href="https://my.nimbushost.net/tickets/NH-55102">my.nimbushost.net</a>.</p>
<p>NimbusHost Support</p>
</body></html>"""
case(
    name="nh-ticket-html-base64",
    date="Sat, 07 Sep 2024 10:14:00 +0900",
    **{"from": "tickets@nimbushost.net"},
    name_from="NimbusHost Support",
    subject="[Ticket #NH-55102] Resolved: KCSC-240903-02",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_ticket),
    outcome="applied", classification="confirmation",
    imitates="ticket-system status update (HTML, base64) with the agent's note",
    why="page deleted after the host's warning (removed); front page kept as lawful (rejected); ticket link no item",
    items={N[2]: "removed", N[1]: "rejected"},
)

case(
    name="dl-outlook-folder-deleted",
    date="Wed, 04 Sep 2024 13:08:19 +0200",
    **{"from": "sven.aalto@droplocker.io"},
    name_from="Sven Aalto",
    subject="RE: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

The folder {D[7]} and all 31 files inside it have been deleted, and the
owner's account is locked.
We could not find {D[8]} - the ID is not valid on our system.

Regards,
Sven Aalto | DropLocker Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:20 AM
To: abuse@droplocker.io
Subject: [KCSC-240902-01] Removal request - 14 files

{REQ1_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the unquoted request",
    why="folder deleted (removed), one ID invalid (not_found); the request below the separator is ours",
    items={D[7]: "removed", D[8]: "not_found"},
)

case(
    name="dl-echoed-report-outcomes",
    date="Sat, 07 Sep 2024 06:00:05 +0000",
    **{"from": "reports@droplocker.io"},
    name_from="DropLocker Reports",
    subject="Your reports have been reviewed",
    body=f"""
Hello,

We have reviewed the reports you submitted about content on DropLocker.

Report ID: DL-R-770213
Reported URL: {D[9]}
Reason given: Illegal content (Korea) - KCSC-240902-01
Decision: Content removed

Report ID: DL-R-770214
Reported URL: {D[10]}
Reason given: Illegal content (Korea) - KCSC-240902-01
Decision: Content removed

Report ID: DL-R-770215
Reported URL: {D[11]}
Reason given: Illegal content (Korea) - KCSC-240902-01
Decision: No action taken. The file does not violate the DropLocker Terms
of Service.

If you disagree with a decision you can appeal at
https://droplocker.io/help/appeals

DropLocker Reports
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome mail echoing each report (ID, URL, reason, decision)",
    why="two removed, one no action with reason (rejected); appeal link no item",
    items={D[9]: "removed", D[10]: "removed", D[11]: "rejected"},
)

case(
    name="pc-ack-plus-delete",
    date="Mon, 09 Sep 2024 13:51:30 +0000",
    **{"from": "mod-kr@pixchan.org"},
    name_from="pixchan /kr/ mod",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Thanks, we received your report.
Deleted {P[2]} and banned the poster.
The other two are next on my list.
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply starting with an acknowledgement phrase, then an action",
    why="an acknowledgement phrase plus an unhedged deletion is not a pure acknowledgement",
    items={P[2]: "removed"},
)

# ======================= REVIEW =======================

case(
    name="dl-promise-48h",
    date="Mon, 02 Sep 2024 15:30:00 +0200",
    **{"from": "support@droplocker.io"},
    name_from="DropLocker Support",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for the report. Our moderation team will look at the files below
first and will remove anything that breaches our Terms within 48 hours:

{D[1]}
{D[2]}

We will confirm once this is done.

DropLocker Support
""",
    outcome="review", review="not_understood",
    imitates="support reply promising action within 48 hours",
    why="a promise ('will remove anything that breaches') is no statement; names requested URLs",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="nh-hedge-may-have",
    date="Thu, 05 Sep 2024 09:02:11 +0900",
    **{"from": "abuse@nimbushost.net"},
    name_from="NimbusHost Abuse Department",
    subject="[ABU-30917] Re: KCSC-240903-02 unlawful gambling sites",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

It looks like the customer may already have taken down
{N[2]} - we are getting a 404 at the moment, but we have not confirmed
this with them yet. We will let you know.

NimbusHost Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="abuse desk interim reply with a hedge ('may already have taken down')",
    why="hedged and unconfirmed: no statement; item stays pending",
    items={N[2]: "pending"},
)

case(
    name="pc-bulk-all-nuked",
    date="Tue, 10 Sep 2024 18:22:40 +0000",
    **{"from": "janitors@pixchan.org"},
    name_from="pixchan janitors",
    subject="Re: KCSC-240909-06",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
all three posts from your report have been nuked and the poster is banned.

- janitor team
""",
    outcome="review", review="bulk",
    imitates="image board janitor: everything from the report deleted, no links",
    why="a statement about all items of a three-item request without naming each",
    items={P[1]: "pending", P[2]: "pending", P[3]: "pending"},
)

case(
    name="dl-bulk-all-disabled",
    date="Tue, 10 Sep 2024 10:10:10 +0200",
    **{"from": "trust-safety@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
Hello,

We have disabled all of the links in your request KCSC-240902-01 and the
accounts that uploaded them have been terminated.

Regards,
Jonas Birk
Trust & Safety, DropLocker
""",
    outcome="review", review="bulk",
    imitates="file host: all links in your request disabled",
    why="bulk statement for a 14-item request: nothing applied item by item",
    items={u: "pending" for u in D.values()},
)

case(
    name="nh-untrusted-dmarc-fail",
    date="Sat, 07 Sep 2024 02:14:33 +0900",
    **{"from": "abuse@nimbushost.net"},
    auth="fail",
    name_from="NimbusHost Abuse",
    subject="Re: KCSC-240903-02 unlawful gambling sites",
    body=f"""
Hello,

We removed {N[3]} and {N[5]}
today. The customer accounts are closed.

NimbusHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse desk reply whose DKIM/SPF/DMARC fail (relayed or forged)",
    why="platform domain failing authentication: statements not applied",
    items={N[3]: "pending", N[5]: "pending"},
)

case(
    name="reseller-unknown-sender",
    date="Fri, 06 Sep 2024 16:45:00 +0900",
    **{"from": "support@kimhost-reseller.example"},
    name_from="KimHost Support",
    subject="KCSC-240903-02 hanbit-toto",
    body=f"""
Hello,

We are a NimbusHost reseller. The site {N[1]} belonged to one of our
clients and NimbusHost passed your complaint to us. We have removed the
site and closed the client's account.

KimHost Support
""",
    outcome="review", review="unknown_sender",
    imitates="reseller of a hosting provider answering on the host's behalf",
    why="the sender is not the platform's domain: removal claim kept for a person",
    items={N[1]: "pending"},
)

case(
    name="ev-wrong-platform-nimbus-site",
    date="Thu, 05 Sep 2024 05:30:12 +0000",
    **{"from": "trust-safety@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    subject="[EdgeVeil #4471977] copy of KCSC-240903-02",
    body=f"""
Hello,

You copied us on KCSC-240903-02 because hanbit-toto.nimbus-sites.net uses
our CDN. We have blocked {N[2]} for visitors in the Republic of Korea.
The origin is hosted by NimbusHost; please contact them for removal.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a URL whose request went to the hosting provider",
    why="EdgeVeil states a status for an item of NimbusHost's request",
    items={N[2]: "pending"},
)

case(
    name="nh-notice-new-abuse-address",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    **{"from": "notices@nimbushost.net"},
    name_from="NimbusHost",
    subject="Change of our abuse contact address from 1 October",
    body="""
Dear reporter,

From 1 October 2024 abuse reports for NimbusHost should be sent to
report@abuse.nimbushost.net or submitted through our web form at
https://www.nimbushost.net/abuse. The old address will keep working until
the end of the year.

Thank you for helping keep our network safe.
NimbusHost Trust Team
""",
    outcome="review", review="no_claims", classification="other",
    imitates="hosting provider notice to registered reporters (contact change)",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="np-asks-evidence",
    date="Fri, 06 Sep 2024 07:45:00 +0000",
    **{"from": "abuse@namepier.com"},
    name_from="NamePier Abuse",
    subject="Re: KCSC-240905-04 - abuse complaint [more information needed]",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
Dear Sir or Madam,

Thank you for your complaint KCSC-240905-04. To process it regarding
jackpot-hangang.club we need:

  - the specific pages showing the unlawful content,
  - screenshots with the date they were taken,
  - the legal provision the content breaches.

Until we receive this information we cannot take action on the domain.
Please reply to this email keeping the subject line.

NamePier Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the complainant for evidence before acting",
    why="asks for more information; no action stated",
    items={R[1]: "pending"},
)

case(
    name="nh-forwarded-customer-reply",
    date="Mon, 09 Sep 2024 14:12:00 +0900",
    **{"from": "hyejin.park@nimbushost.net"},
    name_from="Hye-jin Park",
    subject="Fwd: Re: [ABU-30918] complaint about your site",
    body=f"""
FYI, see our customer's answer below.

Hye-jin

---------- Forwarded message ---------
From: Minsu Cho <owner@lotto-cheonha.example>
Date: Mon, Sep 9, 2024 at 12:40 PM
Subject: Re: [ABU-30918] complaint about your site
To: NimbusHost Abuse <abuse@nimbushost.net>

Hello, I took down the sign-up page {N[5]}
yesterday. The results pages stay.
Minsu
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk forwarding the hosting customer's own reply",
    why="the only statement is the customer's, inside a forwarded message",
    items={N[5]: "pending"},
)

case(
    name="dp-will-review-korean",
    date="Fri, 06 Sep 2024 18:20:00 +0900",
    **{"from": "admin@danpung.kr"},
    name_from="단풍 커뮤니티 운영팀",
    subject="Re: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 단풍 커뮤니티 운영팀입니다.

접수된 게시물({F[2]}, {F[4]})은 내부 검토 후
운영정책에 따라 조치할 예정입니다. 결과는 추후 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator reply: 검토 후 조치할 예정 (to be reviewed)",
    why="a promise to act after review names two requested URLs: nothing to apply",
    items={F[2]: "pending", F[4]: "pending"},
)

case(
    name="pc-predates-request",
    date="Thu, 05 Sep 2024 20:10:00 +0000",
    **{"from": "mod-kr@pixchan.org"},
    name_from="pixchan /kr/ mod",
    subject="Re: your report via the pixchan contact form",
    body=f"""
{P[1]} was deleted earlier today after several user reports. thanks.
""",
    outcome="review", review="predates_request",
    imitates="moderator answering an earlier contact-form report, before our formal request",
    why="dated 5 Sep, before the request KCSC-240909-06 was sent on 9 Sep",
    items={P[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="dl-ooo-autoreply",
    date="Mon, 02 Sep 2024 03:21:02 +0200",
    **{"from": "priya@droplocker.io"},
    name_from="Priya Raman",
    subject="Automatic reply: [KCSC-240902-01] Removal request - 14 files",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
I am out of the office until 16 September with limited access to email.
For urgent takedown matters please write to abuse@droplocker.io.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="np-dsn-77"

--np-dsn-77
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.namepier.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@namepier.com>: host mailstore.namepier.com[198.51.100.30] said: 550
    5.1.1 <legal@namepier.com>: Recipient address rejected: User unknown

--np-dsn-77
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.namepier.com
Arrival-Date: Thu,  5 Sep 2024 05:30:41 +0000 (UTC)

Final-Recipient: rfc822; legal@namepier.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@namepier.com>: Recipient address
    rejected: User unknown

--np-dsn-77
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@namepier.com
Subject: [KCSC-240905-04] Removal request - 2 domains
Date: Thu, 05 Sep 2024 14:30:00 +0900
Message-ID: <{req_mid("KCSC-240905-04")}@kcsc.example>

Please suspend the following domains (reference KCSC-240905-04):
{R[1]}
{R[2]}

--np-dsn-77--
"""
case(
    name="np-dsn-user-unknown",
    date="Thu, 05 Sep 2024 05:30:42 +0000",
    **{"from": "MAILER-DAEMON@mx2.namepier.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) with the original attached",
    why="bounce; the URLs are only in our returned request",
    items={},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="dp-mdn-01"

--dp-mdn-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 2024-09-06 오전 10:00에 보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240906-05] 불법정보 삭제 요청

--dp-mdn-01
Content-Type: message/disposition-notification

Reporting-UA: danpung.kr; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@danpung.kr
Original-Message-ID: <req.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--dp-mdn-01--
"""
case(
    name="dp-mdn-read",
    date="Fri, 06 Sep 2024 10:48:19 +0900",
    **{"from": "admin@danpung.kr"},
    name_from="단풍 커뮤니티 운영팀",
    subject="읽음 확인: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="nh-ticket-receipt",
    date="Tue, 03 Sep 2024 09:41:12 +0900",
    **{"from": "tickets@nimbushost.net"},
    name_from="NimbusHost Support",
    subject="[Ticket #NH-55102] Opened: KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body="""
Hello,

We have received your abuse report. A ticket has been opened with the
number above; please keep it in the subject line of any reply.

Our abuse team usually answers within two business days.

NimbusHost Support
https://my.nimbushost.net/tickets
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (ticket opened)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="ev-email-not-processed",
    date="Wed, 04 Sep 2024 02:05:31 +0000",
    **{"from": "no-reply@edgeveil.com"},
    name_from="EdgeVeil",
    subject="Re: [KCSC-240904-03] Removal request - 3 URLs",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
This is an automated message.

Abuse reports sent to this mailbox by email are not processed. To report
content on a website that uses EdgeVeil, please use our form at
https://www.edgeveil.com/abuse/report so that your report reaches the
right team.

EdgeVeil Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automated reply: email reports not processed, use the web form",
    why="automated reply pointing to a form; no item, no action",
    items={},
)

case(
    name="dp-ooo-chuseok",
    date="Sat, 14 Sep 2024 09:00:03 +0900",
    **{"from": "admin@danpung.kr"},
    name_from="단풍 커뮤니티 운영팀",
    subject="[자동응답] Re: [KCSC-240906-05] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]
추석 연휴(9월 14일 ~ 9월 18일) 기간에는 운영팀 메일 확인이 어렵습니다.
보내주신 메일은 연휴 이후 순차적으로 확인하여 답변드리겠습니다.

단풍 커뮤니티 운영팀
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dl-helpdesk-receipt-echo",
    date="Mon, 02 Sep 2024 03:20:44 +0200",
    **{"from": "support@droplocker.io"},
    name_from="DropLocker Support",
    subject="[DropLocker] Re: [KCSC-240902-01] Removal request - 14 files",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
##- Please type your reply above this line -##

Your request (88412) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:20 GMT+9

Dear DropLocker Trust & Safety team,

The Korea Communications Standards Commission asks you to remove the
following files (reference KCSC-240902-01):

{D[1]}
{D[2]}
{D[3]}
(and 11 more)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk receipt that echoes the original request below a separator",
    why="pure acknowledgement; the URLs are our own request echoed back",
    items={},
)


HEADER = """# Blind set 199: hosts, CDN, registrar, forum, image board, file host,
# small services. Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 words, as mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(linesep="\n")


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
