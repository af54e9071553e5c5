#!/usr/bin/env python3
"""Blind set 265: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally) the
regulator's removal requests, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind265/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader; see NOTES.md.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind265"

# ---------------------------------------------------------------- requests
JT = quote("장터")
D = {
    1: "https://dalbitcommunity.kr/board/free/10452",
    2: "https://dalbitcommunity.kr/board/free/10457",
    3: "https://dalbitcommunity.kr/board/free/10461",
    4: "https://dalbitcommunity.kr/board/humor/7730",
    5: "https://dalbitcommunity.kr/board/humor/7734",
    6: "https://dalbitcommunity.kr/board/market/3301",
    7: "https://dalbitcommunity.kr/board/market/3315",
    8: "https://dalbitcommunity.kr/board/market/3322",
    9: f"https://dalbitcommunity.kr/board/{JT}/5120",
    10: f"https://dalbitcommunity.kr/board/{JT}/5126",
    11: "https://dalbitcommunity.kr/bbs/view.php?id=photo&no=991",
    12: "https://dalbitcommunity.kr/bbs/view.php?id=photo&no=994",
    13: "https://dalbitcommunity.kr/u/moonwalker77",
    14: "https://dalbitcommunity.kr/board/free/10470",
}
# The Korean-path items as a person writes them in a mail (raw Hangul).
D9_RAW = "https://dalbitcommunity.kr/board/장터/5120"
D10_RAW = "https://dalbitcommunity.kr/board/장터/5126"
N = {
    1: "https://lucky-toto.norrvik.site/",
    2: "https://lucky-toto.norrvik.site/join.html",
    3: "https://bluefin-store.norrvik.site/products/rx-12",
    4: "http://203.0.113.45/~kdeal/index.php",
}
E = {
    1: "https://files.edgeveil.net/u/kd88/promo01.mp4",
    2: "https://files.edgeveil.net/u/kd88/promo02.mp4",
    3: "https://casino-wave77.com/",
}
R = {
    1: "http://totojackpot-kr365.com/",
    2: "http://kr-pharmdirect-24.net/",
    3: "http://bet-moa365.co/",
}
P = {
    1: "https://pinewall.io/k/res/40112.html",
    2: "https://pinewall.io/k/res/40118.html",
    3: "https://i.pinewall.io/k/src/1725001234567.jpg",
    4: "https://i.pinewall.io/k/src/1725001299881.png",
    5: "https://pinewall.io/int/res/88120.html",
}
S = {
    1: "https://sendbox.cloud/f/Xa93kLm2",
    2: "https://sendbox.cloud/f/Qw7TzP0e",
    3: "https://sendbox.cloud/f/Lm44RrVb",
    4: "https://sendbox.cloud/folder/8hJk2Ns1",
}
T = {1: "https://pastehut.io/r/Ky8pQ2"}

REQUESTS = [
    # ref, platform, day, category, urls, note, addressee
    ("KCSC-240902-01", "dalbit", 2, "drug sales", D, "forum posts and one member profile", "Dalbit Community"),
    ("KCSC-240903-02", "norrvik", 3, "illegal gambling", N, "sites on customer subdomains and a shared server", "Norrvik Hosting"),
    ("KCSC-240904-03", "edgeveil", 4, "illegal gambling", E, "two stored files and one proxied site", "EdgeVeil"),
    ("KCSC-240905-04", "hanbit", 5, "illegal gambling and drugs", R, "domains registered with Hanbit Domains", "Hanbit Domains"),
    ("KCSC-240906-05", "pinewall", 6, "obscenity", P, "threads and images", "Pinewall"),
    ("KCSC-240909-06", "sendbox", 9, "copyright piracy", S, "shared files and a folder", "Sendbox"),
    ("KCSC-240910-07", "pastehut", 10, "personal information", T, "one paste", "Pastehut"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, urls, note, _ in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, f"2024-09-{day:02d}T10:00:00+09:00",
                            f"2024-09-{day + 7:02d}T18:00:00+09:00", urls[k], cat,
                            mid(ref) + "@kcsc.example", note])


def request_text(ref, raw_korean=True):
    """Our request email's body, as it is quoted back to us."""
    _, _, day, cat, urls, _, who = REQ[ref]
    lines = [
        f"Dear {who} team,",
        "",
        "The Korea Communications Standards Commission has found that the",
        f"content at the addresses below is illegal under Korean law ({cat}).",
        "We ask you to remove it or block access to it.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        u = urls[k]
        if raw_korean and u in (D[9], D[10]):
            u = D9_RAW if u == D[9] else D10_RAW
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Please tell us what you did with each address by 2024-09-{day + 7:02d}.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def gmail_quote(ref, when):
    body = request_text(ref)
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n" + "\n".join(
        ("> " + l) if l else ">" for l in body.split("\n"))


def outlook_quote(ref, sent, to):
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {sent}\n"
        f"To: {to}\n"
        f"Subject: [{ref}] Removal request\n\n" + request_text(ref)
    )


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def _enc(s):
    """RFC 2047 encoded-word for non-ASCII display names and subjects, as mailers send them."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    kw["subject"] = _enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = _enc(kw["name_from"])
    cases.append(kw)


# ================================================================ Dalbit forum
case(
    name="dalbit-admin-one-line-ko",
    **{"from": "admin@dalbitcommunity.kr"}, name_from="달빛커뮤니티 운영자",
    date="Tue, 3 Sep 2024 09:12:44 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
{D[1]} 글 운영자 권한으로 삭제했습니다.
나머지는 하나씩 확인하고 있습니다.

달빛커뮤니티 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin answering in one line (운영자 삭제)",
    why="One post named and deleted by the operator; the rest is 'being checked', nothing named",
    items={D[1]: "removed"},
)

case(
    name="dalbit-numbered-list-ko",
    **{"from": "help@dalbitcommunity.kr"}, name_from="달빛커뮤니티 운영팀",
    date="Wed, 4 Sep 2024 16:40:02 +0900",
    subject="[달빛커뮤니티] 불법정보 처리 결과 회신 (KCSC-240902-01)",
    body=f"""
안녕하세요, 달빛커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01)에 대한 처리 결과를
아래와 같이 알려드립니다.

1. {D[2]}
   → 삭제 완료
2. {D[3]}
   → 블라인드 처리
3. {D[4]}
   → 작성자가 이미 삭제한 게시물로 확인됩니다
4. {D[5]}
   → 검토 결과 운영정책 위반 사항이 없어 게시물을 유지합니다
5. {D[6]}
   → 임시조치(30일) 적용

나머지 게시물은 이번 주 안으로 처리하여 다시 회신드리겠습니다.

감사합니다.
달빛커뮤니티 운영팀 / help@dalbitcommunity.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 처리 결과 회신 with a numbered list, status on the line below each URL",
    why="Five posts, five statuses: deleted, blinded, already deleted by its author, kept (no violation), 임시조치",
    items={D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected", D[6]: "restricted"},
)

case(
    name="dalbit-korean-path-particles",
    **{"from": "admin@dalbitcommunity.kr"}, name_from="김하람",
    date="Thu, 5 Sep 2024 11:03:19 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
위원회 담당자님께,

장터 게시판 건 회신드립니다.
{D9_RAW}은 판매글이라 바로 삭제 처리했고,
{D10_RAW} 는 존재하지 않는 게시물입니다.

운영자 김하람
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's informal Korean reply with raw Hangul URLs and particles glued to them",
    why="Raw Korean paths match the percent-encoded request URLs; 5120 deleted, 5126 does not exist",
    items={D[9]: "removed", D[10]: "not_found"},
)

TABLE_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하십니까. 달빛커뮤니티입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>게시물 주소</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{D[6]}">{D[6]}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{D[7]}">{D[7]}</a></td><td>국내 IP 접근 제한</td><td>2024-09-05</td></tr>
<tr><td>3</td><td>{D[8]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td><a href="{D[11].replace('&', '&amp;')}">{D[11].replace('&', '&amp;')}</a></td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td>5</td><td><a href="{D[12].replace('&', '&amp;')}">{D[12].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-06</td></tr>
</table>
<p>기타 문의사항은 회신 주시기 바랍니다.<br>달빛커뮤니티 운영팀 드림</p>
</body></html>
"""
case(
    name="dalbit-html-table-qp",
    **{"from": "help@dalbitcommunity.kr"}, name_from="달빛커뮤니티 운영팀",
    date="Fri, 6 Sep 2024 10:20:00 +0900",
    subject="시정요구 조치결과 회신 - 달빛커뮤니티",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(TABLE_HTML),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (quoted-printable), &amp; in links",
    why="Five rows: deleted, access limited for Korean IPs, no such post, blinded, deleted",
    items={D[6]: "removed", D[7]: "restricted", D[8]: "not_found", D[11]: "removed", D[12]: "removed"},
)

CSV_ROWS = [
    ("번호", "URL", "처리결과", "처리일시"),
    ("1", D[1], "삭제", "2024-09-05 14:02"),
    ("2", D[2], "삭제", "2024-09-05 14:02"),
    ("3", D[3], "블라인드", "2024-09-05 14:05"),
    ("4", D[4], "게시물 없음(작성자 삭제)", ""),
    ("5", D[5], "유지(위반 아님)", "2024-09-05 14:10"),
    ("6", D[6], "임시조치", "2024-09-05 14:11"),
    ("7", D[7], "삭제", "2024-09-05 14:12"),
    ("8", D[8], "삭제", "2024-09-05 14:12"),
    ("9", D9_RAW, "삭제", "2024-09-05 14:15"),
    ("10", D10_RAW, "게시물 없음", ""),
    ("11", D[11], "삭제", "2024-09-05 14:20"),
    ("12", D[12], "블라인드", "2024-09-05 14:20"),
    ("13", D[13], "이용정지(프로필 비공개)", "2024-09-05 14:25"),
    ("14", D[14], "삭제", "2024-09-05 14:25"),
]


def csv_text(rows):
    out = []
    for r in rows:
        out.append(",".join(('"' + c + '"') if ("," in c or "&" in c) else c for c in r))
    return "\r\n".join(out) + "\r\n"


case(
    name="dalbit-csv-attachment",
    **{"from": "help@dalbitcommunity.kr"}, name_from="달빛커뮤니티 운영팀",
    date="Fri, 6 Sep 2024 15:31:48 +0900",
    subject="Re: [KCSC-240902-01] Removal request - 처리결과 첨부",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dalbit-b265-csv"

--dalbit-b265-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 달빛커뮤니티 운영팀입니다.
요청하신 14건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

--dalbit-b265-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(CSV_ROWS))}
--dalbit-b265-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal exporting its moderation log as a CSV attachment (base64), Korean status words",
    why="All 14 items with a status each; raw Hangul paths in rows 9 and 10",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected",
           D[6]: "restricted", D[7]: "removed", D[8]: "removed", D[9]: "removed", D[10]: "not_found",
           D[11]: "removed", D[12]: "removed", D[13]: "removed", D[14]: "removed"},
)

case(
    name="dalbit-member-banned-fullwidth",
    **{"from": "admin@dalbitcommunity.kr"}, name_from="달빛커뮤니티 운영진",
    date="Sat, 7 Sep 2024 22:14:05 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
담당자님 안녕하세요.

회원 moonwalker77（{D[13]}）은 영구 이용정지했고 프로필도 비공개로 돌렸습니다.
이 회원이 쓴 {D[14]} 도 삭제했습니다.

달빛커뮤니티 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin reporting a member ban, URL inside full-width parentheses",
    why="Profile made private (비공개 = removed) and the member's post deleted",
    items={D[13]: "removed", D[14]: "removed"},
)

case(
    name="dalbit-moderator-gmail-quoted-en",
    **{"from": "jun.moderator@dalbitcommunity.kr"}, name_from="Jun (Dalbit Community)",
    date="Mon, 9 Sep 2024 01:12:40 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

I've set {D[5]} to private, so only the
author can see it now. I'll go through the rest of your list tonight.

Jun (volunteer moderator, Dalbit Community)

{gmail_quote("KCSC-240902-01", "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer moderator's English reply over a Gmail-quoted request",
    why="Only humor/7734 is stated (made private = removed); the quoted list must not apply",
    items={D[5]: "removed"},
)

case(
    name="dalbit-bulk-all-deleted-ko",
    **{"from": "help@dalbitcommunity.kr"}, name_from="달빛커뮤니티",
    date="Tue, 10 Sep 2024 09:05:00 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
안녕하세요. 달빛커뮤니티입니다.
KCSC-240902-01 건으로 요청하신 게시물은 모두 삭제 조치하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-sentence Korean 'all requested posts deleted' reply",
    why="Statement about all 14 items without naming any: bulk, nothing applied",
    items={u: "pending" for u in D.values()},
)

case(
    name="dalbit-admin-personal-gmail",
    **{"from": "haram.dalbit@gmail.com"}, name_from="김하람",
    date="Wed, 4 Sep 2024 23:48:11 +0900",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 달빛커뮤니티 운영자 김하람입니다.
사이트 메일 서버가 말썽이라 개인 메일로 회신드립니다.

KCSC-240902-01 건 중
{D[1]}
{D[2]}
두 글은 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum operator answering from a personal webmail address",
    why="Claims from gmail.com, not the forum's domain: a person must check",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dalbit-out-of-office-ko",
    **{"from": "help@dalbitcommunity.kr"}, name_from="달빛커뮤니티 고객센터",
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject="[자동응답] Re: [KCSC-240902-01] Removal request",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 달빛커뮤니티 고객센터입니다.

9월 14일(토)부터 18일(수)까지 추석 연휴로 고객센터를 운영하지 않습니다.
보내주신 메일은 연휴가 끝난 뒤 접수 순서대로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply from a help desk",
    why="Auto-reply, nothing about the posts",
    items={},
)

# ================================================================ Norrvik hosting
case(
    name="norrvik-suspension-prose",
    **{"from": "abuse@norrvik-hosting.net"}, name_from="Norrvik Hosting Abuse Desk",
    date="Wed, 4 Sep 2024 08:22:10 +0200",
    subject="[NVK-ABUSE #58213] KCSC-240903-02 gambling sites on norrvik.site",
    body=f"""
Hello,

Thank you for your report. We investigated the subdomain lucky-toto.norrvik.site
and found that it violates section 4.2 of our Acceptable Use Policy
(https://norrvik-hosting.net/legal/aup). The hosting account has been suspended;
{N[1]} and {N[2]}
now return our suspension page instead of the customer's content.

Kind regards,
Mikael Strand
Abuse Desk, Norrvik Hosting AB
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk: account suspended after an AUP violation",
    why="Both lucky-toto URLs now show the suspension page (removed); the AUP link is no item",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="norrvik-status-line-below-url",
    **{"from": "abuse@norrvik-hosting.net"}, name_from="Norrvik Hosting Abuse Desk",
    date="Thu, 5 Sep 2024 13:55:41 +0200",
    subject="[NVK-ABUSE #58214] Update",
    body=f"""
Hi,

Update on ticket #58214 (your ref KCSC-240903-02):

{N[3]}
Status: removed. The customer deleted the product page after our notice; we
checked it at 11:40 UTC.

{N[4]}
Status: not found. There is no user directory "kdeal" on the server behind
that address and the page returns 404.

Best,
Norrvik Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket update, bare URL with a Status: line below it",
    why="Product page removed; ~kdeal does not exist on the server",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="norrvik-top-posted-over-request",
    **{"from": "sara.lind@norrvik-hosting.net"}, name_from="Sara Lind",
    date="Thu, 5 Sep 2024 17:02:09 +0200",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi, the product page {N[3]} has been taken down by us today. The other addresses are with the customers, we'll write again once we hear back.

/Sara
Norrvik Hosting abuse team

{gmail_quote("KCSC-240903-02", "Tue, 3 Sep 2024 10:00:00 +0900")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line top-posted reply from an abuse-desk employee over the quoted request",
    why="Only rx-12 is stated; the other three are a promise and appear only in the quote",
    items={N[3]: "removed", N[1]: "pending", N[2]: "pending", N[4]: "pending"},
)

case(
    name="norrvik-outlook-original-message",
    **{"from": "compliance@norrvik-hosting.net"}, name_from="Norrvik Hosting Compliance",
    date="Fri, 6 Sep 2024 09:30:00 +0200",
    subject="RE: [KCSC-240903-02] Removal request",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Dear KCSC,

The user directory on our shared server 203.0.113.45 has been disabled.
{N[4]} now returns 403 Forbidden for everyone, and the account owner has been informed.

Regards,
Norrvik Hosting - Abuse & Compliance

{outlook_quote("KCSC-240903-02", "Tuesday, September 3, 2024 3:00 AM", "abuse@norrvik-hosting.net")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="~kdeal disabled for everyone (removed); the unquoted request below the separator must not apply",
    items={N[4]: "removed"},
)

case(
    name="norrvik-promise-customer-deadline",
    **{"from": "abuse@norrvik-hosting.net"}, name_from="Norrvik Hosting Abuse Desk",
    date="Wed, 4 Sep 2024 10:05:00 +0200",
    subject="[NVK-ABUSE #58213] KCSC-240903-02 gambling sites on norrvik.site",
    body=f"""
Hello,

We have passed your notice on to the customer who runs
{N[1]} and given them 24 hours to take the site down.
If they do not, we will suspend the service ourselves and let you know.

Norrvik Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="Forwarded to the customer plus a conditional promise: no status",
    items={N[1]: "pending"},
)

case(
    name="norrvik-spoofed-dmarc-fail",
    **{"from": "abuse@norrvik-hosting.net"}, name_from="Norrvik Hosting Abuse Desk",
    auth="fail",
    date="Thu, 5 Sep 2024 03:14:00 +0200",
    subject="KCSC-240903-02 completed",
    body=f"""
Hello,

Your request KCSC-240903-02 has been completed. The following sites were removed:

{N[1]}
{N[2]}
{N[3]}
{N[4]}

Norrvik Hosting
""",
    outcome="review", review="untrusted",
    imitates="forged abuse-desk completion notice failing DMARC",
    why="Platform domain but DKIM/SPF/DMARC fail: nothing applied",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="norrvik-speaks-for-registrar-item",
    **{"from": "abuse@norrvik-hosting.net"}, name_from="Norrvik Hosting Abuse Desk",
    date="Mon, 9 Sep 2024 14:40:00 +0200",
    subject="Re: [KCSC-240905-04] Domain abuse (cc hosting provider)",
    body=f"""
Hello,

You copied us on your complaint about totojackpot-kr365.com. The website
was hosted with us on a VPS. That VPS has been terminated and
{R[1]} no longer serves any content from our network.
The domain registration itself is a matter for the registrar.

Norrvik Hosting Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider answering a complaint addressed to the registrar (cc)",
    why="The item belongs to the registrar's request; a host's statement about it is for a person",
    items={R[1]: "pending"},
)

case(
    name="norrvik-ticket-receipt",
    **{"from": "noreply@norrvik-hosting.net"}, name_from="Norrvik Hosting Support",
    date="Tue, 3 Sep 2024 10:01:12 +0200",
    subject="[NVK-ABUSE #58213] KCSC-240903-02 gambling sites on norrvik.site",
    body="""
This is an automated message.

We have received your report and opened ticket #58213. Our abuse team
reviews new tickets within one business day. You can reply to this email
to add information to the ticket; please keep the ticket number in the
subject line.

Norrvik Hosting AB - Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting ticket-system receipt (ticket opened)",
    why="Pure receipt, no statement about any site",
    items={},
)

# ================================================================ EdgeVeil CDN
case(
    name="edgeveil-stash-disabled-proxy-forwarded",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 6 Sep 2024 02:11:45 +0000",
    subject="EdgeVeil abuse report EV-2024-0906-3381 [KCSC-240904-03]",
    body=f"""
Hello,

Thank you for your report regarding the following URLs.

EdgeVeil Stash (content stored by EdgeVeil):
  {E[1]} - access disabled
  {E[2]} - access disabled

Pass-through service (content not stored by EdgeVeil):
  {E[3]}
  EdgeVeil is not the hosting provider for this website and cannot remove
  material from it. We have forwarded your complaint to the website's hosting
  provider, Lindqvist Datacenter, and to the site owner.

EdgeVeil Trust & Safety
Report ID: EV-2024-0906-3381
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply splitting hosted storage from pass-through (Cloudflare-style)",
    why="Two stored files disabled; the proxied site was only forwarded, stays pending",
    items={E[1]: "removed", E[2]: "removed", E[3]: "pending"},
)

case(
    name="edgeveil-plain-text-table",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    subject="Outcome of report EV-2024-0911-0412 (KCSC-240904-03)",
    body=f"""
Report EV-2024-0911-0412 - outcome

URL                                             Outcome
----------------------------------------------  ------------------------------
{E[1]}   Removed (customer deleted)
{E[2]}   Not found (no such object)
{E[3]}                      Forwarded to hosting provider

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN outcome summary as a fixed-width plain-text table",
    why="promo01 removed, promo02 not found; 'forwarded' is no status",
    items={E[1]: "removed", E[2]: "not_found", E[3]: "pending"},
)

case(
    name="edgeveil-pass-through-forwarded-only",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 5 Sep 2024 05:30:00 +0000",
    subject="EdgeVeil abuse report EV-2024-0905-1177 [KCSC-240904-03]",
    body=f"""
Hello,

EdgeVeil provides a reverse proxy and CDN for {E[3]}. We do not
host the website's files, so removal has to come from the hosting provider.
We have passed your complaint to them together with the origin IP address.

If you need the hosting provider's contact details, reply to this message.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not the host, complaint forwarded' reply",
    why="Names the item but states no status (not a refusal on the merits either)",
    items={E[3]: "pending"},
)

case(
    name="edgeveil-use-the-form-autoresponse",
    **{"from": "no-reply@edgeveil.com"}, name_from="EdgeVeil",
    date="Wed, 4 Sep 2024 01:00:40 +0000",
    subject="Automatic reply: [KCSC-240904-03] Removal request",
    reply_to_req=mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox does not process abuse reports sent by email.

To report content on a website that uses EdgeVeil, please use the abuse
form at https://www.edgeveil.com/abuse. Reports sent through the form reach
our Trust & Safety team faster.

This is an automated reply. Replies to this address are not read.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-response directing e-mailed complaints to its web form",
    why="Automated reply; the form link is no item",
    items={},
)

# ================================================================ Hanbit registrar
case(
    name="hanbit-clienthold-bare-domains",
    **{"from": "abuse@hanbitdomains.co.kr"}, name_from="Hanbit Domains Abuse Team",
    date="Fri, 6 Sep 2024 10:30:00 +0900",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=mid("KCSC-240905-04"),
    body="""
Dear Sir or Madam,

Hanbit Domains has reviewed the abuse complaint KCSC-240905-04.
Results per domain:

Domain: totojackpot-kr365.com
Action: registrar hold (clientHold) applied 2024-09-06 10:15 KST.
        The domain no longer resolves.

Domain: kr-pharmdirect-24.net
Action: registrar hold (clientHold) applied 2024-09-06 10:16 KST.
        The domain no longer resolves.

The third domain in your complaint is still being reviewed with its registrant.

Hanbit Domains Abuse Team
abuse@hanbitdomains.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold per domain, bare domain names",
    why="Registrars name domains, not URLs; both held domains stop resolving (removed); third unnamed, pending",
    items={R[1]: "removed", R[2]: "removed", R[3]: "pending"},
)

case(
    name="hanbit-hold-done-ko",
    **{"from": "abuse@hanbitdomains.co.kr"}, name_from="한빛도메인",
    date="Mon, 9 Sep 2024 16:12:00 +0900",
    subject="[한빛도메인] 불법도메인 신고 처리 결과 안내 (KCSC-240905-04)",
    body=f"""
안녕하세요, 한빛도메인 불법도메인 신고 담당입니다.

위원회에서 요청하신 {R[3]} 도메인에 대하여 2024년 9월 9일
등록정지(Hold) 조치를 완료하였습니다. 현재 해당 도메인은 네임서버 응답이
중단되어 접속되지 않습니다.

한빛도메인 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar 처리 결과 안내: 등록정지(Hold)",
    why="Domain put on hold and unreachable everywhere: removed",
    items={R[3]: "removed"},
)

case(
    name="hanbit-promise-ko",
    **{"from": "abuse@hanbitdomains.co.kr"}, name_from="한빛도메인",
    date="Fri, 6 Sep 2024 17:45:00 +0900",
    subject="[한빛도메인] 신고 건 진행 상황 안내 (KCSC-240905-04)",
    body=f"""
안녕하세요, 한빛도메인입니다.

{R[3]} 도메인의 등록자에게 소명을 요청하였습니다.
9월 12일까지 소명이 없을 경우 해당 도메인의 등록을 정지할 예정입니다.

한빛도메인 드림
""",
    outcome="review", review="not_understood",
    imitates="registrar progress notice: registrant asked to explain, suspension planned",
    why="A conditional plan (정지할 예정), no status",
    items={R[3]: "pending"},
)

case(
    name="hanbit-receipt-ko",
    **{"from": "noreply@hanbitdomains.co.kr"}, name_from="한빛도메인",
    date="Thu, 5 Sep 2024 10:02:30 +0900",
    subject="[한빛도메인] 신고 접수 안내",
    body="""
[한빛도메인] 신고 접수 안내

고객님의 신고가 정상적으로 접수되었습니다.
접수번호: HB-240905-0192
접수내용: 불법정보 유통 도메인 신고 (3건)

담당 부서에서 검토 후 처리 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar ticket receipt (신고 접수 안내)",
    why="Receipt only",
    items={},
)

# ================================================================ Pinewall image board
case(
    name="pinewall-mod-one-liner",
    **{"from": "k@pinewall.io"}, name_from="k",
    date="Sat, 7 Sep 2024 04:51:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
nuked {P[1]} and {P[2]}, images purged from the cdn too. poster range-banned.

- k (pinewall global mod)
""",
    outcome="applied", classification="confirmation",
    imitates="image-board global moderator answering in one lowercase line",
    why="Both threads deleted ('nuked'); the image files are not named, so they stay pending",
    items={P[1]: "removed", P[2]: "removed", P[3]: "pending", P[4]: "pending"},
)

case(
    name="pinewall-images-angle-brackets",
    **{"from": "staff@pinewall.io"}, name_from="Pinewall Staff",
    date="Sat, 7 Sep 2024 09:02:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

The two images you listed,
<{P[3]}> and
<{P[4]}>,
have been deleted and their file hashes added to our upload filter.

Pinewall Staff
""",
    outcome="applied", classification="confirmation",
    imitates="image-board staff reply, URLs in angle brackets across lines",
    why="Both image files deleted",
    items={P[3]: "removed", P[4]: "removed"},
)

case(
    name="pinewall-pruned-and-kept",
    **{"from": "mods@pinewall.io"}, name_from="pinewall mods",
    date="Sun, 8 Sep 2024 20:10:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
hi,

{P[1]} - that thread had already been pruned off the board (404) before
your mail arrived, nothing for us to delete.

{P[5]} - we read it through. it's a discussion thread about the news
story, no illegal content under our rules or US law, so it stays up.

pinewall mods
""",
    outcome="applied", classification="confirmation",
    imitates="image-board mods: thread already pruned, other thread kept with a reason",
    why="40112 no longer exists (not_found); 88120 stays up, no violation (rejected)",
    items={P[1]: "not_found", P[5]: "rejected"},
)

case(
    name="pinewall-geoblock-kr",
    **{"from": "staff@pinewall.io"}, name_from="Pinewall Staff",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello KCSC,

Regarding {P[5]}: we don't think it breaks our global
rules, but as a courtesy we have geo-blocked this thread for visitors from
South Korea. It remains visible elsewhere.

Pinewall Staff
""",
    outcome="applied", classification="confirmation",
    imitates="foreign board withholding a thread in Korea only",
    why="Geo-blocked for Korea: restricted (the 'no global violation' remark explains why not removed)",
    items={P[5]: "restricted"},
)

case(
    name="pinewall-echoed-report",
    **{"from": "reports@pinewall.io"}, name_from="Pinewall Reports",
    date="Sat, 7 Sep 2024 03:00:00 +0000",
    subject="Your report PW-77812 has been resolved",
    body=f"""
Report outcome - Pinewall

Report ID:     PW-77812
Submitted:     2024-09-06 01:00 UTC
Reported URL:  {P[2]}
Reason given:  Illegal content (Korea)
Your message:  "Removal request KCSC-240906-05, see attached list"

Outcome: Post deleted by a global volunteer on 2024-09-07.

Thanks for helping keep Pinewall clean.
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome mail echoing the submitted report fields",
    why="Echoed report names one URL; outcome: deleted",
    items={P[2]: "removed"},
)

case(
    name="pinewall-hedge-maybe-pruned",
    **{"from": "k@pinewall.io"}, name_from="k",
    date="Sat, 7 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
hey, looks like {P[1]} may have been pruned already? it
doesn't show up in the catalog for me. will ask the board owner to confirm.

- k
""",
    outcome="review", review="not_understood",
    imitates="moderator's unsure one-liner",
    why="'may have been pruned', to be confirmed: a hedge, no status",
    items={P[1]: "pending"},
)

case(
    name="pinewall-asks-post-numbers",
    **{"from": "staff@pinewall.io"}, name_from="Pinewall Staff",
    date="Mon, 9 Sep 2024 15:20:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

{P[5]} is a thread with over 300 replies. Could you tell us
which post numbers contain the content you are reporting? We do not remove
whole threads because of a single post.

Pinewall Staff
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="image-board staff asking which posts in a thread are meant",
    why="Asks for post numbers before acting",
    items={P[5]: "pending"},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="pw-mdn-265"

--pw-mdn-265
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to staff@pinewall.io at 2024-09-06 10:00 +0900.
It confirms only that the message was displayed on the recipient's computer.

--pw-mdn-265
Content-Type: message/disposition-notification

Reporting-UA: mail.pinewall.io; Thunderbird 115.14.0
Original-Recipient: rfc822;staff@pinewall.io
Final-Recipient: rfc822;staff@pinewall.io
Original-Message-ID: <{mid("KCSC-240906-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--pw-mdn-265--
"""
case(
    name="pinewall-read-receipt",
    **{"from": "staff@pinewall.io"}, name_from="Pinewall Staff",
    date="Fri, 6 Sep 2024 11:12:00 +0000",
    subject="Read: [KCSC-240906-05] Removal request",
    reply_to_req=mid("KCSC-240906-05"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="Displayed notification only",
    items={},
)

# ================================================================ Sendbox file host
case(
    name="sendbox-bulleted-per-link",
    **{"from": "abuse@sendbox.cloud"}, name_from="Sendbox Abuse",
    date="Tue, 10 Sep 2024 06:18:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hello,

Re: KCSC-240909-06. Here is what we did with each link:

- {S[1]} - file deleted, uploader account closed
- {S[2]} - file deleted
- {S[3]} - the uploader had deleted this file himself before we
  looked at it; it no longer exists
- {S[4]} - shared folder disabled, the link now shows
  "This folder is unavailable"

Sendbox Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse reply, one bullet per link",
    why="Two files deleted, one already gone (deleted by its uploader), folder disabled",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed"},
)

GEO_TEXT = (
    "Hello,\n\n"
    "Following your request KCSC-240909-06, access to the shared folder " + S[4] + " has been "
    "blocked for visitors from the Republic of Korea. The folder remains reachable from other "
    "countries.\n"
    "요청하신 폴더는 한국 내에서 접속이 차단되었습니다.\n\n"
    "Sendbox Legal\n"
)
case(
    name="sendbox-qp-geoblock-korea",
    **{"from": "legal@sendbox.cloud"}, name_from="Sendbox Legal",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject="KCSC-240909-06: access restricted in Korea",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(GEO_TEXT),
    outcome="applied", classification="confirmation",
    imitates="file host legal team withholding a folder in Korea, quoted-printable with soft breaks",
    why="Folder blocked in Korea only: restricted",
    items={S[4]: "restricted"},
)

B64_TEXT = f"""Hello,

We have reviewed the two files from your request KCSC-240909-06:

{S[1]}
This file was removed on 10 September 2024 for violating our Terms of Use.

{S[2]}
We are keeping this file available. It is the publicly distributed
installer of a media player, it matches the vendor's published checksum,
and we found nothing in it that breaks our Terms or the law.

Sendbox Trust & Safety
"""
case(
    name="sendbox-base64-removed-and-kept",
    **{"from": "trust@sendbox.cloud"}, name_from="Sendbox Trust & Safety",
    date="Wed, 11 Sep 2024 14:30:00 +0000",
    subject="Your request KCSC-240909-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(B64_TEXT),
    outcome="applied", classification="confirmation",
    imitates="file host decision mail (base64 body): one removal, one refusal with reasons",
    why="Xa93 removed; Qw7T kept because it breaks no rule (rejected)",
    items={S[1]: "removed", S[2]: "rejected"},
)

case(
    name="sendbox-receipt-plus-removal",
    **{"from": "support@sendbox.cloud"}, name_from="Sendbox Support",
    date="Mon, 9 Sep 2024 18:45:00 +0000",
    subject="[SB-20931] Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Thank you for contacting Sendbox. Your report has been received and logged
as ticket #SB-20931.

The file {S[3]} has been removed and the link now returns
"File not found".

Sendbox Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt wording followed by an actual removal statement",
    why="Acknowledgement phrase plus an unhedged removal: not a mere receipt",
    items={S[3]: "removed"},
)

case(
    name="sendbox-under-review",
    **{"from": "support@sendbox.cloud"}, name_from="Sendbox Support",
    date="Mon, 9 Sep 2024 12:10:00 +0000",
    subject="[SB-20930] Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hi,

The files {S[1]} and {S[2]} are
under review by our Trust & Safety team. Reviews are usually finished
within 72 hours.

Sendbox Support
""",
    outcome="review", review="not_understood",
    imitates="file host 'under review' update",
    why="Under review is no status",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="sendbox-should-be-dead-by-now",
    **{"from": "tomas@sendbox.cloud"}, name_from="Tomas",
    date="Tue, 10 Sep 2024 22:05:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
hey, those two links ({S[1]}, {S[4]}) should be dead by now, the cleanup job runs every night. ping me if they still load.

- Tomas, Sendbox
""",
    outcome="review", review="not_understood",
    imitates="developer at a small file host answering informally",
    why="'should be dead by now' is a hedge, not a statement",
    items={S[1]: "pending", S[4]: "pending"},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="sb-dsn-265"

--sb-dsn-265
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.sendbox.cloud.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca@sendbox.cloud>: mailbox unavailable: this address is no longer in use,
    please write to abuse@sendbox.cloud

--sb-dsn-265
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.sendbox.cloud
Arrival-Date: Mon, 9 Sep 2024 01:00:05 +0000 (UTC)

Final-Recipient: rfc822; dmca@sendbox.cloud
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dmca@sendbox.cloud>: Recipient address rejected

--sb-dsn-265
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@sendbox.cloud
Subject: [KCSC-240909-06] Removal request
Message-ID: <{mid("KCSC-240909-06")}@kcsc.example>
Date: Mon, 9 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240909-06")}

--sb-dsn-265--
"""
case(
    name="sendbox-bounce-old-address",
    **{"from": "MAILER-DAEMON@mx1.sendbox.cloud"}, name_from="Mail Delivery System",
    date="Mon, 9 Sep 2024 01:00:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request with its URLs",
    why="Bounce; the URLs are in our own returned request",
    items={},
)

# ================================================================ Pastehut
case(
    name="pastehut-all-reported-removed-one-item",
    **{"from": "abuse@pastehut.io"}, name_from="Pastehut Abuse",
    date="Wed, 11 Sep 2024 03:20:00 +0000",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req=mid("KCSC-240910-07"),
    body="""
Hello,

All the content you reported has been removed from Pastehut.

Regards,
Pastehut Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small service's generic 'all reported content removed' reply",
    why="General statement, but the request has a single item",
    items={T[1]: "removed"},
)

case(
    name="pastehut-statement-then-url",
    **{"from": "ops@pastehut.io"}, name_from="Pastehut Ops",
    date="Thu, 12 Sep 2024 08:08:00 +0000",
    subject="paste removed",
    body=f"""
Removed this paste and blocked the account that posted it:
{T[1]}

(ref KCSC-240910-07)
""",
    outcome="applied", classification="confirmation",
    imitates="one-line ops reply, URL on the line after the statement",
    why="The paste is named on the line after the removal statement",
    items={T[1]: "removed"},
)

case(
    name="pastehut-address-change-notice",
    **{"from": "hello@pastehut.io"}, name_from="Pastehut",
    date="Mon, 16 Sep 2024 10:00:00 +0000",
    subject="Change of our abuse contact address",
    body="""
Hello,

Please note that from 1 October 2024 Pastehut handles abuse notices only at
abuse@pastehut.io. The old address legal@pastehut.io will stop accepting
mail. Our updated abuse policy is at https://pastehut.io/legal/abuse.

Thanks,
Pastehut
""",
    outcome="review", review="no_claims",
    imitates="service notice about a changed abuse contact",
    why="Trusted platform mail naming no item and no request",
    items={},
)

case(
    name="pastehut-out-of-office-en",
    **{"from": "legal@pastehut.io"}, name_from="Pastehut Legal",
    date="Tue, 10 Sep 2024 01:00:10 +0000",
    subject="Automatic reply: [KCSC-240910-07] Removal request",
    reply_to_req=mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until 16 September with limited access to email.
For urgent abuse matters please write to abuse@pastehut.io.

Lea
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style out-of-office reply",
    why="Out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 265 (tests/corpus/blind265/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site.
# Written by make.py from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
