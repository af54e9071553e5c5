#!/usr/bin/env python3
"""Blind set 187: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally (abuse
desks, admins writing one line), plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind187/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of the email alone, before the
reader was run on any of it. All names, domains, URLs and ids are fictional.
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

SET = "blind187"

# ---------------------------------------------------------------- requests
M = {  # KCSC-240903-01, Mokpan Community (forum), 14 items
    1: "https://mokpan.kr/board/free/20411",
    2: "https://mokpan.kr/board/free/20477",
    3: "https://mokpan.kr/board/free/20502",
    4: "https://mokpan.kr/board/humor/8812",
    5: "https://mokpan.kr/board/humor/8830",
    6: "https://mokpan.kr/board/market/3391",
    7: "https://mokpan.kr/board/market/3402",
    8: "https://mokpan.kr/board/market/3415",
    9: "https://mokpan.kr/gallery/%EC%82%AC%EC%A7%84/5512",
    10: "https://mokpan.kr/gallery/%EC%82%AC%EC%A7%84/5540",
    11: "https://mokpan.kr/bbs/view.php?id=qna&no=1187",
    12: "https://mokpan.kr/user/dalbit77",
    13: "https://mokpan.kr/board/stock/6610",
    14: "https://mokpan.kr/board/stock/6644",
}
N = {  # KCSC-240905-02, NimbarraHost (hosting provider), 4 items
    1: "http://hanul-pharm-direct.com/order.html",
    2: "http://hanul-pharm-direct.com/catalog/sleep",
    3: "https://win-jackpot-777.net/",
    4: "https://blog.moonstep-host.net/~kyungho/leak.html",
}
E = {  # KCSC-240906-03, EdgeVeil (CDN + static hosting), 3 items
    1: "https://toto-sunrise.bet/join",
    2: "https://toto-sunrise.bet/event/bonus",
    3: "https://cheap-id-cards.shop/kr",
}
R = {  # KCSC-240909-04, RegBox Domains (registrar), 2 items
    1: "http://kcsc-refund-check.com/",
    2: "http://kr-gov24-login.net/auth",
}
P = {  # KCSC-240910-05, pinchan (image board), 5 items
    1: "https://pinchan.org/kr/res/40112.html",
    2: "https://pinchan.org/kr/res/40187.html",
    3: "https://pinchan.org/b/res/991045.html",
    4: "https://img.pinchan.org/src/1725901123456.jpg",
    5: "https://pinchan.org/kr/res/40220.html",
}
D = {  # KCSC-240911-06 (3 items) and KCSC-240912-07 (1 item), DropCrate (file host)
    1: "https://dropcrate.io/f/Xk29aQ7m",
    2: "https://dropcrate.io/f/Lp04zTr1",
    3: "https://dropcrate.io/folder/9hQ2mWv",
    4: "https://dropcrate.io/f/Ry81cVb3",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, message_id (no <>), note
    ("KCSC-240903-01", "mokpan", "2024-09-03T01:30:00Z", "2024-09-10T14:59:59Z",
     [M[i] for i in range(1, 15)], "gambling/obscenity", "req.240903-01@kcsc.example",
     "forum posts, gallery, user page"),
    ("KCSC-240905-02", "nimbarra", "2024-09-05T01:00:00Z", "2024-09-12T14:59:59Z",
     [N[i] for i in range(1, 5)], "drugs/gambling/privacy", "req.240905-02@kcsc.example",
     "customer sites on a hosting provider"),
    ("KCSC-240906-03", "edgeveil", "2024-09-06T02:00:00Z", "2024-09-13T14:59:59Z",
     [E[i] for i in range(1, 4)], "gambling/forgery", "req.240906-03@kcsc.example",
     "sites behind a CDN"),
    ("KCSC-240909-04", "regbox", "2024-09-09T01:00:00Z", "2024-09-16T14:59:59Z",
     [R[1], R[2]], "phishing", "req.240909-04@kcsc.example",
     "phishing domains at a registrar"),
    ("KCSC-240910-05", "pinchan", "2024-09-10T01:00:00Z", "2024-09-17T14:59:59Z",
     [P[i] for i in range(1, 6)], "obscenity/defamation", "req.240910-05@kcsc.example",
     "image board threads and one image"),
    ("KCSC-240911-06", "dropcrate", "2024-09-11T01:00:00Z", "2024-09-18T14:59:59Z",
     [D[1], D[2], D[3]], "obscenity", "req.240911-06@kcsc.example",
     "file host links"),
    ("KCSC-240912-07", "dropcrate", "2024-09-12T01:00:00Z", "2024-09-19T14:59:59Z",
     [D[4]], "privacy", "req.240912-07@kcsc.example",
     "one file host link"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(subtype, parts, boundary, extra=""):
    out = [f'Content-Type: multipart/{subtype}; {extra}boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.extend(hdrs)
        out.append("")
        out.append(body.strip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="plain"):
    return ([f"Content-Type: text/{ctype}; charset=utf-8", "Content-Transfer-Encoding: 8bit"], body)


def csv_part(name, text, bom=True):
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    return ([f'Content-Type: text/csv; charset=utf-8; name="{name}"',
             f'Content-Disposition: attachment; filename="{name}"',
             "Content-Transfer-Encoding: base64"], b64(data))


def our_request(ref, urls, lang="en"):
    lines = []
    if lang == "ko":
        lines.append("목판 운영자 귀하,")
        lines.append("")
        lines.append("아래 게시물은 정보통신망법상 불법정보에 해당하므로 7일 이내 삭제 또는")
        lines.append(f"접속차단을 요청합니다. (관리번호 {ref})")
    else:
        lines.append("Dear operator,")
        lines.append("")
        lines.append("Please remove or block access to the following content within 7 days")
        lines.append(f"(reference {ref}):")
    lines.append("")
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines.append("")
    lines.append("Korea Communications Standards Commission")
    lines.append("takedown@kcsc.example")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


MOK_ALL = [M[i] for i in range(1, 15)]
MOK_ALL_RAW = [u.replace("%EC%82%AC%EC%A7%84", "사진") for u in MOK_ALL]
NIM_ALL = [N[i] for i in range(1, 5)]

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="mok-joch-result-text-table",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject="[목판] 시정요구(KCSC-240903-01) 조치결과 회신",
    reply_to_req="req.240903-01",
    body=f"""
방송통신심의위원회 담당자님께,

목판 커뮤니티 운영팀입니다. 2024년 9월 3일 접수된 시정요구(KCSC-240903-01)에 대한
1차 조치결과를 아래와 같이 회신드립니다.

 No | 게시물 주소                          | 조치결과
----+--------------------------------------+----------------------------------
  1 | {M[1]}   | 삭제
  2 | {M[2]}   | 삭제
  3 | {M[3]}   | 블라인드 처리
  4 | {M[4]}   | 작성자 자진 삭제(조치 전 이미 삭제됨)
  5 | {M[5]}   | 접근 제한(성인 인증 회원만 열람 가능)
  6 | {M[6]}  | 삭제
  7 | {M[7]}  | 해당 게시물 없음
  8 | {M[8]}  | 검토 중

나머지 6건은 담당 부서 확인이 끝나는 대로 추가로 회신드리겠습니다.

목판 운영팀 드림
report@mokpan.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 with a plain-text table",
    why="eight rows, each with its own result: 삭제/블라인드 removed, author-deleted and 게시물 없음 not_found, 접근 제한 restricted, 검토 중 stays pending",
    items={M[1]: "removed", M[2]: "removed", M[3]: "removed", M[4]: "not_found",
           M[5]: "restricted", M[6]: "removed", M[7]: "not_found", M[8]: "pending"},
)

case(
    name="mok-admin-one-line-rest-checking",
    from_="admin@mokpan.kr", name_from="목판 관리자",
    date="Wed, 04 Sep 2024 09:02:45 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""
{M[1]} 지웠습니다. 나머지는 확인 중이에요.

--
목판 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin answering in one line from a phone",
    why="one URL stated deleted; 'the rest is being checked' names nothing else",
    items={M[1]: "removed"},
)

mok_csv = "\n".join([
    "번호,URL,조치,비고",
    f"9,{M[9]},삭제,",
    f"10,{M[10]},블라인드,",
    f"11,{M[11]},임시조치(30일),권리침해 신고 절차에 따름",
    f"12,{M[12]},회원 이용정지 및 작성글 전체 비공개 처리,",
    f"13,{M[13]},조치하지 않음,투자 의견 게시물로 운영정책 위반 사항 없음",
    f"14,{M[14]},게시물 없음,존재하지 않는 글 번호",
]) + "\n"
case(
    name="mok-csv-attachment-results",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Fri, 06 Sep 2024 11:05:37 +0900",
    subject="[목판] KCSC-240903-01 2차 조치결과 (첨부)",
    reply_to_req="req.240903-01",
    raw_mime=multipart("mixed", [
        text_part("""
안녕하세요, 목판 운영팀입니다.

시정요구 KCSC-240903-01 중 남은 6건(9~14번)의 조치결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

목판 운영팀
"""),
        csv_part("joch_result_KCSC-240903-01.csv", mok_csv),
    ], "mokpan-8f2c1e"),
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator sending its 조치결과 spreadsheet as a CSV attachment (UTF-8 with BOM)",
    why="CSV rows: 삭제/블라인드/비공개 removed, 임시조치 restricted, 조치하지 않음 with a reason rejected, 게시물 없음 not_found",
    items={M[9]: "removed", M[10]: "removed", M[11]: "restricted", M[12]: "removed",
           M[13]: "rejected", M[14]: "not_found"},
)

case(
    name="mok-html-report-table",
    from_="noreply@mokpan.kr", name_from="목판 신고센터",
    date="Thu, 05 Sep 2024 18:40:02 +0900",
    subject="[목판 신고센터] 신고 처리 결과 안내 (KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:sans-serif">
<p>방송통신심의위원회 담당자님, 목판 신고센터입니다.</p>
<p>접수하신 신고(KCSC-240903-01)의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td><a href="{M[2]}">{M[2]}</a></td><td>삭제 완료</td><td>2024-09-05</td></tr>
<tr><td><a href="{M[4]}">{M[4]}</a></td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td><a href="{M[8]}">{M[8]}</a></td><td>연령 제한 (19세 이상)</td><td>2024-09-05</td></tr>
<tr><td><a href="{M[7]}">{M[7]}</a></td><td>작성자가 이미 삭제한 게시물</td><td>-</td></tr>
</table>
<p>운영정책은 <a href="https://mokpan.kr/policy/operation">https://mokpan.kr/policy/operation</a> 에서 확인하실 수 있습니다.</p>
<p>본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="portal report-centre HTML notice (신고 처리 결과 안내) with a results table",
    why="HTML table rows: 삭제 완료/블라인드 removed, 연령 제한 restricted, already deleted by its author not_found; the policy link is not an item",
    items={M[2]: "removed", M[4]: "removed", M[8]: "restricted", M[7]: "not_found"},
)

case(
    name="mok-top-posted-over-original-message",
    from_="seoyun.kim@mokpan.kr", name_from="김서윤",
    date="Thu, 05 Sep 2024 11:31:50 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""
안녕하세요, 목판 운영팀 김서윤입니다.

아래 세 건은 오늘 오전 삭제 완료했습니다.
{M[4]}
{M[5]}
{M[8]}

나머지 건은 확인되는 대로 다시 연락드리겠습니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: report@mokpan.kr
Subject: [KCSC-240903-01] 불법정보 시정요구

{our_request("KCSC-240903-01", MOK_ALL, "ko")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply over an unquoted -----Original Message----- block",
    why="three URLs above the original message are deleted; the 14 URLs below are our own request",
    items={M[4]: "removed", M[5]: "removed", M[8]: "removed"},
)

case(
    name="mok-url-then-arrow-status",
    from_="admin@mokpan.kr", name_from="목판 관리자",
    date="Thu, 05 Sep 2024 22:14:09 +0900",
    subject="Re: [KCSC-240903-01] 장터 게시판 건",
    reply_to_req="req.240903-01",
    body=f"""
운영자입니다. 장터 게시판 건 처리 결과입니다.

{M[6]}
→ 삭제함

{M[7]}
→ 유지. 중고 거래 글로 운영정책 위반이 없어 그대로 둡니다.

{M[8]}
→ 이미 작성자가 지운 글입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's informal reply: bare URL with the result on the line below",
    why="each status sits on the line under its URL: deleted, kept (no rule broken), already deleted by its author",
    items={M[6]: "removed", M[7]: "rejected", M[8]: "not_found"},
)

case(
    name="nim-abuse-desk-prose",
    from_="abuse@nimbarra.net", name_from="NimbarraHost Abuse Desk",
    date="Thu, 05 Sep 2024 17:48:20 +0200",
    subject="Re: [KCSC-240905-02] Illegal content hosted on your network [NH-557301]",
    reply_to_req="req.240905-02",
    body=f"""
Hello,

Thank you for your notice.

We have suspended the hosting account behind hanul-pharm-direct.com. Both pages
you reported, {N[1]} and
{N[2]}, are offline and the site now returns 403
for every path.

{N[3]} is not on our network. The domain resolves to
203.0.113.77, which is not one of our addresses, and we have no customer by that
name, so there is nothing here for us to act on.

Regards,
Petra Lindqvist
NimbarraHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk reply (account suspended, one URL not on our network)",
    why="account suspended and both pages offline: removed; the third site is not hosted there and cannot be found: not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found"},
)

case(
    name="nim-ticket-plaintext-table",
    from_="support@nimbarra.net", name_from="NimbarraHost Support",
    date="Fri, 06 Sep 2024 10:12:44 +0200",
    subject="[NH-557301] Ticket updated: Illegal content hosted on your network (KCSC-240905-02)",
    body=f"""
##- Please type your reply above this line -##

Ticket NH-557301 has been updated by NimbarraHost Abuse.

  Reported URL                                        Action taken                State
  --------------------------------------------------  --------------------------  ------
  {N[2]}         page disabled (HTTP 403)    closed
  {N[4]}   file deleted by our staff   closed

You can view the ticket at https://my.nimbarra.net/tickets/NH-557301

NimbarraHost Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-update notification with a fixed-width results table",
    why="two table rows, both disabled/deleted; the ticket link is the platform's own page",
    items={N[2]: "removed", N[4]: "removed"},
)

case(
    name="nim-gmail-one-liner-angle-brackets",
    from_="jonas@nimbarra.net", name_from="Jonas Weber",
    date="Thu, 05 Sep 2024 14:03:11 +0200",
    subject="Re: [KCSC-240905-02] Illegal content hosted on your network",
    reply_to_req="req.240905-02",
    body=f"""
Done, <{N[4]}> is gone. Customer was warned.

On Thu, 5 Sept 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240905-02", NIM_ALL))}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk engineer's one-line Gmail reply over the quoted request",
    why="one URL in angle brackets is gone; the four quoted URLs are our own request",
    items={N[4]: "removed"},
)

case(
    name="edge-static-hosted-disabled",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Sat, 07 Sep 2024 03:22:19 +0000",
    subject="EdgeVeil abuse report 7F3A-22C1: action taken",
    body=f"""
Hello,

We reviewed the URL in your report:

    {E[3]}

Unlike most sites on our network, the files for this page are stored on
EdgeVeil Static, our hosting product, so we are the origin host in this case.
We have disabled access to the content and the URL now shows an EdgeVeil error
page. The account owner has been told and may send a counter-notice.

Your reference: KCSC-240906-03

EdgeVeil Trust & Safety
https://www.edgeveil.net/trust
""",
    outcome="applied", classification="confirmation",
    imitates="CDN that also hosts content (Cloudflare Pages style) disabling hosted content",
    why="the CDN is the origin host here and disabled access to the one URL: removed",
    items={E[3]: "removed"},
)

case(
    name="edge-country-block-at-edge",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 08:51:30 +0000",
    subject="Re: [KCSC-240906-03] Illegal gambling sites",
    reply_to_req="req.240906-03",
    body=f"""
Hi,

Following your request KCSC-240906-03 we have applied a country block at our
edge: visitors from the Republic of Korea can no longer load

 - {E[1]}
 - {E[2]}

Visitors from other countries are not affected, because we do not host the
site and cannot remove it from its origin server.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking reported URLs for one country",
    why="both URLs blocked for visitors in Korea only: restricted",
    items={E[1]: "restricted", E[2]: "restricted"},
)

case(
    name="reg-clienthold-both-domains",
    from_="abuse@regbox-domains.com", name_from="RegBox Domains Abuse",
    date="Tue, 10 Sep 2024 15:27:05 +0000",
    subject="Case RB-ABU-20240909-114 closed (your ref. KCSC-240909-04)",
    body=f"""
Dear Sir or Madam,

We have completed our investigation of case RB-ABU-20240909-114
(your ref. KCSC-240909-04).

Domain:      kcsc-refund-check.com
Status set:  clientHold
Result:      the domain no longer resolves

Domain:      kr-gov24-login.net (reported URL {R[2]})
Status set:  clientHold
Result:      the domain no longer resolves

Both registrations were used for phishing in breach of our domain abuse
policy (https://www.regbox-domains.com/legal/abuse-policy). The registrant has
been notified.

Kind regards,
RegBox Domains - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-case closure (domains placed on clientHold)",
    why="both domains put on hold and no longer resolve, so both reported URLs are unavailable; the first is named by its bare domain",
    items={R[1]: "removed", R[2]: "removed"},
)

case(
    name="pin-janitor-lowercase",
    from_="mod@pinchan.org", name_from="pinchan mod",
    date="Tue, 10 Sep 2024 23:58:40 +0900",
    subject="Re: KCSC-240910-05",
    reply_to_req="req.240910-05",
    body=f"""
nuked {P[1]} and {P[2]}, poster is banned.
{P[3]} 404s, /b/ prunes old threads so it was gone before i got to it.

- m
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator replying in one lowercase paragraph",
    why="two threads nuked (removed); the third was pruned before the moderator looked: not_found",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="pin-image-purged-thread-kept",
    from_="admin@pinchan.org", name_from="pinchan admin",
    date="Wed, 11 Sep 2024 12:10:03 +0000",
    subject="Re: KCSC-240910-05",
    reply_to_req="req.240910-05",
    body=f"""
Hi KCSC,

The image you reported (img.pinchan.org/src/1725901123456.jpg) is purged from
our storage and from the CDN cache.

About {P[5]}: we read the whole thread. It is people
discussing a news article, no images, and nothing in it breaks our rules, so
we are leaving it up.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="small image-board admin answering in prose",
    why="the image (written without scheme) is purged: removed; the thread is kept because it breaks no rule: rejected",
    items={P[4]: "removed", P[5]: "rejected"},
)

case(
    name="drop-template-disabled-and-invalid",
    from_="compliance@dropcrate.io", name_from="DropCrate Compliance",
    date="Thu, 12 Sep 2024 09:40:00 +0000",
    subject="[DropCrate] Result of your notice DC-88120 (KCSC-240911-06)",
    body=f"""
Hello KCSC Takedown,

We have finished processing your notice DC-88120.

Public links disabled:
  {D[1]}
  {D[2]}

Links we could not act on:
  {D[3]}  (reason: no such folder; the link is invalid
  or was deleted by its owner)

The uploader's account has received a strike under our repeat infringer policy.

DropCrate Compliance
https://dropcrate.io/legal/takedown-policy
""",
    outcome="applied", classification="confirmation",
    imitates="file host takedown-result template (links disabled / could not act on)",
    why="two links disabled: removed; the folder link is invalid or deleted by its owner: not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

drop_qp_text = f"""Hello,

Regarding your notice KCSC-240911-06 (our ticket DC-88120):

The file at {D[1]} was removed from our servers on 12 September 2024 at 09:14 UTC, and the account that shared it has been closed.

We also reviewed {D[2]}. It is a scan of a 1931 government gazette that is in the public domain and it does not contain anything illegal under the provisions you cited, so the link stays active.

Best regards,
Mara Oduya
DropCrate Compliance
"""
case(
    name="drop-quoted-printable-removed-and-kept",
    from_="mara.oduya@dropcrate.io", name_from="Mara Oduya",
    date="Thu, 12 Sep 2024 14:22:51 +0000",
    subject="Re: [KCSC-240911-06] Request for removal",
    reply_to_req="req.240911-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(drop_qp_text) + "\n",
    outcome="applied", classification="confirmation",
    imitates="file host compliance officer's reply, quoted-printable body with soft line breaks",
    why="one file removed; the other reviewed and kept because it is lawful: rejected",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="drop-sole-item-request-no-url",
    from_="support@dropcrate.io", name_from="DropCrate Support",
    date="Thu, 12 Sep 2024 16:05:17 +0000",
    subject="Re: [KCSC-240912-07] Removal request",
    reply_to_req="req.240912-07",
    body="""
Hi,

The reported file has been deleted and its share link no longer works.

Thanks,
DropCrate Support
""",
    outcome="applied", classification="confirmation",
    imitates="file host support's short reply without repeating the link",
    why="request KCSC-240912-07 has one item; 'the reported file has been deleted' can only mean it",
    items={D[4]: "removed"},
)

drop_html = f"""<html><body>
<p>Hello,</p>
<p>Here is the status of the links in notice DC-88120 (your reference KCSC-240911-06).</p>
<table border="1" cellpadding="3">
<tr><th>Link</th><th>Decision</th></tr>
<tr><td>{D[1]}</td><td>Removed</td></tr>
<tr><td>{D[3]}</td><td>Folder disabled, all 37 files inside made unavailable</td></tr>
</table>
<p>If you have questions, reply to this message.<br>DropCrate Compliance</p>
</body></html>
"""
case(
    name="drop-base64-html-table",
    from_="compliance@dropcrate.io", name_from="DropCrate Compliance",
    date="Fri, 13 Sep 2024 07:30:12 +0000",
    subject="[DropCrate] Notice DC-88120 status",
    raw_mime=multipart("alternative", [
        (["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"],
         b64(drop_html.encode("utf-8"))),
    ], "dc-alt-40a9"),
    outcome="applied", classification="confirmation",
    imitates="ticket system HTML status mail, base64-encoded",
    why="two table rows: removed, and folder disabled (made unavailable): removed",
    items={D[1]: "removed", D[3]: "removed"},
)

case(
    name="mok-korean-particles-after-urls",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Fri, 06 Sep 2024 15:12:33 +0900",
    subject="RE: [KCSC-240903-01] 주식 게시판 건",
    reply_to_req="req.240903-01",
    body=f"""
안녕하세요. 목판 운영팀입니다.
{M[13]}은 삭제했고, {M[14]}도 블라인드 처리했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator's two-sentence reply with particles glued to the URLs",
    why="은/도 follow the URLs directly; one deleted, one blinded: both removed",
    items={M[13]: "removed", M[14]: "removed"},
)

case(
    name="mok-fullwidth-raw-korean-path",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Fri, 06 Sep 2024 17:45:00 +0900",
    subject="RE: [KCSC-240903-01] 사진 갤러리 게시물",
    reply_to_req="req.240903-01",
    body=f"""
담당자님 안녕하세요.

사진 갤러리 게시물（{MOK_ALL_RAW[8]}）은 운영자 삭제하였습니다。
{MOK_ALL_RAW[9]} 게시물은 19세 이상 성인 인증 회원만 볼 수 있도록 연령 제한을 적용했습니다.

목판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with raw Hangul paths and full-width punctuation",
    why="raw 사진 path in full-width parentheses is 운영자 삭제 (removed); the other is age-restricted (restricted)",
    items={M[9]: "removed", M[10]: "restricted"},
)

case(
    name="nim-echoed-report-resolution",
    from_="support@nimbarra.net", name_from="NimbarraHost Support",
    date="Mon, 09 Sep 2024 11:02:37 +0200",
    subject="[NH-557301] Resolution of your abuse report",
    body=f"""
Ticket NH-557301 - resolution

Original report (KCSC-240905-02), as submitted:
  Reported URLs:
    {N[1]}
    {N[2]}
    {N[3]}
    {N[4]}
  Category: unlicensed medicine / illegal gambling / privacy

Resolution:
  {N[3]} - the customer removed the site after our
  notice; the domain now shows the default server page.

  {N[1]} and {N[2]}
  - no action. The customer holds a pharmacy licence (documents checked by our
  legal team) and the pages do not breach our acceptable use policy.

  {N[4]} - still with the customer; we will update
  this ticket when they reply.

NimbarraHost Support
""",
    outcome="applied", classification="confirmation",
    imitates="hosting helpdesk resolution that echoes the submitted report before its verdicts",
    why="echoed list is not a statement; resolution: one site removed, two pages kept for no breach (rejected), one still open (pending)",
    items={N[3]: "removed", N[1]: "rejected", N[2]: "rejected", N[4]: "pending"},
)

case(
    name="mok-outlook-english-unquoted-original",
    from_="jiho.park@mokpan.kr", name_from="Ji-ho Park",
    date="Wed, 04 Sep 2024 19:20:48 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req="req.240903-01",
    body=f"""
Hello,

We have taken down the following posts today:
{M[2]}
{M[3]}

Best regards,
Ji-ho Park
Mokpan Community Operations

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30
To: report@mokpan.kr
Subject: [KCSC-240903-01] Request for removal of illegal information

{our_request("KCSC-240903-01", MOK_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original below a line and From:/Sent: header block, no '>'",
    why="two posts taken down above the separator; the 14 URLs below are our own request",
    items={M[2]: "removed", M[3]: "removed"},
)

case(
    name="pin-dsa-statement-of-reasons",
    from_="legal@pinchan.org", name_from="pinchan legal",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="Statement of reasons PC-SOR-2024-0913-0042",
    body=f"""
STATEMENT OF REASONS
(Article 17 of Regulation (EU) 2022/2065)

Decision ID:           PC-SOR-2024-0913-0042
Content concerned:     {P[2]}
Restriction:           visibility - access disabled in one territory
Territorial scope:     Republic of Korea (KR)
Facts relied on:       notice from the Korea Communications Standards
                       Commission, ref. KCSC-240910-05
Ground:                reported as illegal under the law of the Republic of
                       Korea; not incompatible with our terms, so it stays
                       available outside KR
Automated means:       none
Redress:               internal complaint at https://pinchan.org/appeal

pinchan
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons for a territorial restriction",
    why="access disabled in Korea only: restricted; the appeal link is not an item",
    items={P[2]: "restricted"},
)

reg_csv = "\n".join([
    "domain,reported_url,action,reason",
    f"kcsc-refund-check.com,{R[1]},suspended (clientHold),phishing page impersonating KCSC",
    f'kr-gov24-login.net,{R[2]},no action,"registrant verified; no breach of our registration agreement found"',
]) + "\n"
case(
    name="reg-csv-suspended-and-no-action",
    from_="abuse@regbox-domains.com", name_from="RegBox Domains Abuse",
    date="Wed, 11 Sep 2024 09:15:44 +0000",
    subject="Re: [KCSC-240909-04] Phishing domains",
    reply_to_req="req.240909-04",
    raw_mime=multipart("mixed", [
        text_part("""
Hello,

Please find attached the outcome for the two domains in your report.

RegBox Domains - Abuse Team
"""),
        csv_part("RB-ABU-20240909-114.csv", reg_csv, bom=False),
    ], "rb-mix-77d1"),
    outcome="applied", classification="confirmation",
    imitates="registrar abuse outcome as a CSV attachment",
    why="CSV: one domain suspended (removed); the other left alone after review with its reason (rejected)",
    items={R[1]: "removed", R[2]: "rejected"},
)

case(
    name="drop-statement-and-hedge",
    from_="support@dropcrate.io", name_from="DropCrate Support",
    date="Fri, 13 Sep 2024 10:44:26 +0000",
    subject="Re: [KCSC-240911-06] Request for removal",
    reply_to_req="req.240911-06",
    body=f"""
Hi,

{D[2]} has been removed.

{D[3]} appears to have been deleted by the uploader before we
looked at it, but I am checking our logs to confirm and will get back to you.

Ben
DropCrate Support
""",
    outcome="applied", classification="confirmation",
    imitates="file host support reply mixing a plain statement and a hedge",
    why="first link plainly removed; the second only 'appears' deleted and is being checked: pending",
    items={D[2]: "removed", D[3]: "pending"},
)

# ================================================================ REVIEW
case(
    name="mok-promise-will-delete",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""
안녕하세요. 목판입니다.

요청하신 게시물 중 아래 건은 내부 검토 후 순차적으로 삭제할 예정입니다.
- {M[1]}
- {M[4]}

처리가 끝나면 다시 알려드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean operator promising deletion after internal review",
    why="'삭제할 예정' is a promise, not a statement; names requested items",
    items={M[1]: "pending", M[4]: "pending"},
)

case(
    name="nim-customer-given-48h",
    from_="abuse@nimbarra.net", name_from="NimbarraHost Abuse Desk",
    date="Thu, 05 Sep 2024 12:30:09 +0200",
    subject="Re: [KCSC-240905-02] Illegal content hosted on your network [NH-557301]",
    reply_to_req="req.240905-02",
    body=f"""
Hello,

We have passed your report to the customer responsible for
hanul-pharm-direct.com and given them 48 hours to respond. If the pages at
{N[1]} and {N[2]}
are still up when that time runs out, we will suspend the hosting account.

The ticket stays open in the meantime.

NimbarraHost Abuse Desk
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hosting abuse desk forwarding to its customer with a deadline",
    why="forwarded to the customer, a condition and a promise: no statement about either page",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="pin-all-gone-bulk",
    from_="mod@pinchan.org", name_from="pinchan mod",
    date="Wed, 11 Sep 2024 01:12:00 +0900",
    subject="Re: KCSC-240910-05",
    reply_to_req="req.240910-05",
    body="""
yeah all of it is gone, threads and the image. sorry for the wait

- m
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="image-board moderator's one-line 'all gone'",
    why="'all of it is gone' for a five-item request without naming any: bulk",
    items={P[i]: "pending" for i in range(1, 6)},
)

case(
    name="mok-all-14-deleted-bulk",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Mon, 09 Sep 2024 14:00:21 +0900",
    subject="[목판] KCSC-240903-01 조치 완료",
    body="""
방송통신심의위원회 담당자님께,

관리번호 KCSC-240903-01 건으로 요청하신 게시물 14건 모두 삭제 조치 완료하였습니다.

목판 운영팀 드림
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Korean portal one-sentence 조치 완료 notice for a whole request",
    why="all 14 items said deleted without naming any: bulk",
    items={M[i]: "pending" for i in range(1, 15)},
)

case(
    name="drop-forged-dmarc-fail",
    from_="compliance@dropcrate.io", name_from="DropCrate Compliance",
    auth="fail",
    date="Thu, 12 Sep 2024 06:02:10 +0000",
    subject="[DropCrate] Result of your notice (KCSC-240911-06)",
    body=f"""
Hello,

All links in your notice have been disabled:
  {D[1]}
  {D[2]}
  {D[3]}

DropCrate Compliance
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="file host result notice arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="site-owner-from-webmail",
    from_="kyungho.lee@hanmail.net", name_from="Lee Kyungho",
    date="Fri, 06 Sep 2024 21:33:57 +0900",
    subject="complaint NH-557301 / KCSC-240905-02",
    body=f"""
Hello,

I am the owner of hanul-pharm-direct.com. My host NimbarraHost sent me your
complaint. I deleted {N[1]} today, please tell
Nimbarra to close the case so my account is not suspended.

Lee Kyungho
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer (site owner) writing to the regulator from webmail",
    why="not a platform domain; a site owner's own word does not change a status",
    items={N[1]: "pending"},
)

case(
    name="nim-origin-host-answers-for-cdn",
    from_="abuse@nimbarra.net", name_from="NimbarraHost Abuse Desk",
    date="Tue, 10 Sep 2024 09:45:12 +0200",
    subject="Forwarded complaint 7F3A-22C1 (your ref KCSC-240906-03)",
    body=f"""
Hello,

We are the hosting provider of toto-sunrise.bet. EdgeVeil passed your
complaint on to us (their ref 7F3A-22C1, your ref KCSC-240906-03).

We have suspended the account. {E[1]} and
{E[2]} no longer load.

NimbarraHost Abuse Desk
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="origin hosting provider answering a complaint a CDN forwarded to it",
    why="the request went to EdgeVeil; NimbarraHost states statuses for EdgeVeil's items",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="edge-pass-through-forwarded",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 13:30:40 +0000",
    subject="EdgeVeil abuse report 7F3A-22C0: forwarded to hosting provider",
    body=f"""
Hello,

Thank you for your report (KCSC-240906-03) about
{E[1]}.

EdgeVeil provides a pass-through security and CDN service for this site. We
do not host its content and cannot remove material that is stored elsewhere.
We have forwarded your complaint to the website operator and to the hosting
provider, whose contact is abuse@nimbarra.net.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not the host, complaint forwarded' reply",
    why="neither removed nor refused on the merits: the CDN only passed the complaint on",
    items={E[1]: "pending"},
)

case(
    name="reg-asks-for-evidence",
    from_="abuse@regbox-domains.com", name_from="RegBox Domains Abuse",
    date="Mon, 09 Sep 2024 16:20:00 +0000",
    subject="Re: [KCSC-240909-04] Phishing domains - information needed",
    reply_to_req="req.240909-04",
    body=f"""
Dear KCSC,

Thank you for your report regarding kr-gov24-login.net.

Before we can suspend a domain we need evidence of the abuse as it appears on
the domain: please send screenshots of {R[2]} showing the
login form, with the date and time they were taken, and, if available, an
English translation of the legal basis of your request.

We will continue our review once we receive them.

RegBox Domains - Abuse Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar asking for screenshots and legal basis before acting",
    why="asks for evidence; nothing decided",
    items={R[2]: "pending"},
)

case(
    name="mok-deleted-vs-log-kept",
    from_="report@mokpan.kr", name_from="목판 운영팀",
    date="Fri, 06 Sep 2024 14:30:02 +0900",
    subject="RE: [KCSC-240903-01] 20502번 게시물",
    reply_to_req="req.240903-01",
    body=f"""
안녕하세요, 목판 운영팀입니다.

{M[3]} 게시물은 삭제 처리했습니다.

[신고 처리 내역]
대상: {M[3]}
처리 결과: 유지 (운영정책 위반 없음)
처리자: mod_hana / 2024-09-06 14:12
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="operator reply with a pasted moderation log that contradicts it",
    why="the sentence says deleted, the pasted log says kept: the two statements conflict",
    items={M[3]: "pending"},
)

case(
    name="drop-new-portal-no-claims",
    from_="compliance@dropcrate.io", name_from="DropCrate Compliance",
    date="Fri, 13 Sep 2024 12:00:00 +0000",
    subject="DropCrate compliance: new notice portal",
    body="""
Hello,

DropCrate's compliance team has moved to a new case system. From
1 October 2024, please send notices through https://dropcrate.io/legal/notice-form
or to notices@dropcrate.io; the old compliance@ address will no longer be read.

Cases already open are not affected.

DropCrate Compliance
""",
    outcome="review", review="no_claims",
    imitates="platform circular announcing a new notice portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="mok-seems-already-deleted",
    from_="admin@mokpan.kr", name_from="목판 관리자",
    date="Sat, 07 Sep 2024 10:05:55 +0900",
    subject="Re: [KCSC-240903-01] 주식 게시판",
    reply_to_req="req.240903-01",
    body=f"""
{M[14]} 글은 이미 삭제된 것 같습니다. 확인해 보고 다시 말씀드릴게요.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="forum admin's hedged one-liner",
    why="'삭제된 것 같습니다' (seems deleted) is a hedge and a check is promised",
    items={M[14]: "pending"},
)

# ================================================================ IGNORED
case(
    name="mok-out-of-office-korean",
    from_="seoyun.kim@mokpan.kr", name_from="김서윤",
    date="Mon, 09 Sep 2024 09:00:03 +0900",
    subject="[자동응답] 부재중입니다: RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서윤입니다.
9월 9일부터 9월 13일까지 휴가로 자리를 비웁니다.
급한 신고 처리 건은 report@mokpan.kr 로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

case(
    name="nim-ticket-receipt",
    from_="support@nimbarra.net", name_from="NimbarraHost Support",
    date="Thu, 05 Sep 2024 03:01:15 +0200",
    subject="[NH-557301] Abuse report received: Illegal content hosted on your network (KCSC-240905-02)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Hello,

We have received your report and opened ticket NH-557301. A member of our
abuse team will look at it, usually within two business days. Please keep the
ticket number in the subject of any reply.

NimbarraHost Support
https://my.nimbarra.net/tickets/NH-557301
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure acknowledgement of receipt",
    items={},
)

reg_dsn = multipart("report", [
    (["Content-Type: text/plain; charset=us-ascii"], """
This is the mail system at host mx1.regbox-domains.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@regbox-domains.com>: mailbox is full
"""),
    (["Content-Type: message/delivery-status"], """
Reporting-MTA: dns; mx1.regbox-domains.com
Arrival-Date: Mon,  9 Sep 2024 01:00:04 +0000 (UTC)

Final-Recipient: rfc822; abuse-desk@regbox-domains.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
    (["Content-Type: message/rfc822"], f"""
Date: Mon, 9 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@regbox-domains.com
Subject: [KCSC-240909-04] Phishing domains
Message-ID: <req.240909-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_request("KCSC-240909-04", [R[1], R[2]])}
"""),
], "dsn-rb-0c41", 'report-type=delivery-status; ')
case(
    name="reg-bounce-mailbox-full",
    from_="MAILER-DAEMON@mx1.regbox-domains.com", name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 01:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=reg_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) carrying our request",
    why="bounce; the URLs are in our own returned message",
    items={},
)

pin_mdn = multipart("report", [
    (["Content-Type: text/plain; charset=utf-8"], """
This is a receipt for the mail you sent to admin@pinchan.org at 10/09/2024 10:00.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.
"""),
    (["Content-Type: message/disposition-notification"], """
Reporting-UA: pinchan.org; Thunderbird 115.14.0
Original-Recipient: rfc822;admin@pinchan.org
Final-Recipient: rfc822;admin@pinchan.org
Original-Message-ID: <req.240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
], "mdn-pc-51e7", 'report-type=disposition-notification; ')
case(
    name="pin-read-receipt",
    from_="admin@pinchan.org", name_from="pinchan admin",
    date="Tue, 10 Sep 2024 14:31:09 +0000",
    subject="Return Receipt (displayed) - KCSC-240910-05",
    reply_to_req="req.240910-05",
    raw_mime=pin_mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird MDN (message displayed)",
    why="read receipt",
    items={},
)

case(
    name="edge-email-not-accepted-autoreply",
    from_="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 02:00:31 +0000",
    subject="Automatic reply: [KCSC-240906-03] Illegal gambling sites",
    reply_to_req="req.240906-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message.

This mailbox does not process abuse reports sent by email. To make sure your
report reaches the right team, please submit it through our abuse form at
https://www.edgeveil.net/abuse. Law enforcement may write to lawenforcement@edgeveil.net.

EdgeVeil Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response pointing to its abuse form",
    why="auto-reply; its links are the platform's own pages",
    items={},
)

case(
    name="drop-ack-echoes-links",
    from_="compliance@dropcrate.io", name_from="DropCrate Compliance",
    date="Wed, 11 Sep 2024 01:04:40 +0000",
    subject="[DropCrate] We received your notice DC-88120",
    reply_to_req="req.240911-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hello KCSC Takedown,

We have received your notice and logged it as DC-88120.

Links in this notice:
  {D[1]}
  {D[2]}
  {D[3]}

Our compliance team will review them and write to you with the outcome.

DropCrate Compliance
""",
    outcome="ignored", classification="acknowledgement",
    imitates="file host notice receipt that echoes the links",
    why="pure acknowledgement; the links are an echo of our notice and the review is only promised",
    items={},
)


HEADER = """# Blind set 187 (hosting providers, CDN, registrar, forum, image board, file
# host; informal replies, CSV attachments, plain-text tables). Written by
# tests/corpus/blind187/make.py from the meaning of each email, before the
# reader was run on any of it. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""


def rfc2047(text):
    """Encode a header value as a mail client would (B-encoding, UTF-8)."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Non-ASCII headers are B-encoded, as the senders' mail clients do (raw UTF-8
# header values trip check_corpus.py's compat32 parsing).
RAW_HEADERS = set()


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        if c["name"] not in RAW_HEADERS:
            c["subject"] = rfc2047(c["subject"])
            if "name_from" in c:
                c["name_from"] = rfc2047(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
