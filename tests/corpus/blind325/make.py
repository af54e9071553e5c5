#!/usr/bin/env python3
"""Blind set 325: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind325/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email is fictional and written for this set; the expected results come from
each email's meaning alone, written before any run of the reader.
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


def kpath(url):
    """Percent-encode the non-ASCII path of a URL, as a browser copies it."""
    scheme, rest = url.split("://", 1)
    host, path = rest.split("/", 1)
    return scheme + "://" + host + "/" + quote(path, safe="/?=&~#")


# ---------------------------------------------------------------- requests
D = "https://dalbitforum.kr/"
DALBIT = [
    D + "free/418822",
    D + "free/418907",
    D + "free/419015",
    D + "humor/77310",
    D + "humor/77352",
    D + "market/205118",
    D + "market/205190",
    D + "market/205243",
    D + "sports/99120",
    D + "sports/99187",
    D + "장터/3301",
    D + "장터/3318",
    D + "member/toto_king88",
    D + "free/419102?comment=88213",
]
(F1, F2, F3, H1, H2, M1, M2, M3, S1, S2, J1, J2, MEM, CMT) = DALBIT
CIRRUS = [
    "https://kr-fastpill.shop/product/11",
    "https://kr-fastpill.shop/product/12",
    "http://203.0.113.45/~mk/order.html",
    "https://seoul-herb-direct.net/menu",
]
(C1, C2, C3, C4) = CIRRUS
EDGE = [
    "https://hotclip-kr.xyz/v/8812",
    "https://hotclip-kr.xyz/v/8840",
    "https://yadong-mirror.top/gallery/20240901",
]
(E1, E2, E3) = EDGE
NAMEP = [
    "https://hanul-bank-secure.info/",
    "https://hanulbank-verify.info/auth",
]
(N1, N2) = NAMEP
HANA = [
    "https://hanachan.net/kr/res/55120.html",
    "https://hanachan.net/kr/res/55164.html",
    "https://hanachan.net/b/res/1093377.html",
    "https://img.hanachan.net/src/1725600143512.jpg",
    "https://img.hanachan.net/src/1725600188003.png",
]
(K1, K2, K3, K4, K5) = HANA
STASH = [
    "https://stashbox.io/f/Qm7Lr2Xa",
    "https://stashbox.io/f/Tz81PkWe",
    "https://stashbox.io/folder/Vb3nA0cd",
]
(X1, X2, X3) = STASH
PASTE = ["https://pastelane.org/p/k3J9wQ"]
(P1,) = PASTE

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id stem, note
    ("KCSC-240902-01", "dalbit", "2024-09-02T10:15:00+09:00", "2024-09-09T18:00:00+09:00",
     DALBIT, "gambling", "req-240902-01", "illegal gambling ads on a community forum"),
    ("KCSC-240903-02", "cirrus", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     CIRRUS, "drugs", "req-240903-02", "drug shop pages on customer sites of a hosting provider"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     EDGE, "obscenity", "req-240904-03", "sites behind a CDN"),
    ("KCSC-240905-04", "namepier", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     NAMEP, "phishing", "req-240905-04", "phishing domains at a registrar"),
    ("KCSC-240906-05", "hanachan", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     HANA, "privacy", "req-240906-05", "doxxing threads and images on an image board"),
    ("KCSC-240909-06", "stashbox", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     STASH, "illegal_filming", "req-240909-06", "file host links and a folder"),
    ("KCSC-240910-07", "pastelane", "2024-09-10T09:05:00+09:00", "2024-09-17T18:00:00+09:00",
     PASTE, "privacy", "req-240910-07", "one paste with personal data"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, kpath(u), cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def plain(text, cte="8bit", charset="utf-8"):
    text = text.strip("\n") + "\n"
    if cte == "base64":
        body = b64(text.encode(charset))
    elif cte == "quoted-printable":
        body = qp(text)
    else:
        body = text.rstrip("\n")
    return (f"Content-Type: text/plain; charset={charset}\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


def html(markup, cte="quoted-printable"):
    markup = markup.strip("\n") + "\n"
    body = qp(markup) if cte == "quoted-printable" else b64(markup.encode("utf-8"))
    return (f"Content-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


def mixed(boundary, *parts):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def attachment(ctype, filename, data, charset=None):
    cs = f"; charset={charset}" if charset else ""
    try:
        filename.encode("ascii")
        disp = f'attachment; filename="{filename}"'
        name = f'; name="{filename}"'
    except UnicodeEncodeError:
        disp = "attachment; filename*=UTF-8''" + quote(filename)
        name = '; name="' + Header(filename, "utf-8").encode() + '"'
    return (f"Content-Type: {ctype}{cs}{name}\nContent-Disposition: {disp}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")


def request_body(ref, lang="en"):
    """The regulator's request as it was sent (for quoting below replies)."""
    r = REQ[ref]
    urls = r[4]
    if lang == "ko":
        lines = ["안녕하세요. 방송통신심의위원회 통신심의국입니다.",
                 f"아래 게시물에 대해 삭제(게시중단)를 요청드립니다. (관리번호 {ref})", ""]
    else:
        lines = ["Dear Sir or Madam,", "",
                 f"The Korea Communications Standards Commission asks you to remove the following "
                 f"content (reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Desk" if lang == "en" else "방송통신심의위원회 드림"]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)



def a1_table():
    rows = [("1", F1, "삭제"), ("2", F2, "삭제"), ("3", F3, "블라인드"),
            ("4", H1, "임시조치(30일)"), ("5", H2, "게시물 없음(작성자 삭제)"),
            ("6", M1, "삭제"), ("7", M2, "삭제"),
            ("8", M3, "유지(일반 중고거래 글, 운영정책 위반 아님)"),
            ("9", S1, "삭제"), ("10", S2, "삭제"), ("11", J1, "블라인드"),
            ("12", J2, "게시물 없음"), ("13", MEM, "계정 영구정지 및 프로필 삭제"),
            ("14", CMT, "댓글 삭제")]
    w = 44
    out = ["번호  " + "게시물 주소".ljust(w - 3) + "  처리 결과",
           "----  " + "-" * w + "  " + "-" * 30]
    for n, u, st in rows:
        out.append(n.ljust(4) + "  " + u.ljust(w - (2 if "장터" in u else 0)) + "  " + st)
    return "\n".join(out)


def stash_table():
    line = "+" + "-" * 38 + "+" + "-" * 11 + "+" + "-" * 18 + "+"
    out = [line, "| " + "Link".ljust(36) + " | " + "Result".ljust(9) + " | " + "Processed (UTC)".ljust(16) + " |", line]
    for u, r, t in [(X1, "Removed", "2024-09-10 02:14"), (X2, "Not found", "-"),
                    (X3, "Removed", "2024-09-10 02:15")]:
        out.append("| " + u.ljust(36) + " | " + r.ljust(9) + " | " + t.ljust(16) + " |")
    out.append(line)
    return "\n".join(out)


CASES = []


def case(**c):
    c.setdefault("classification", {"applied": "confirmation"}.get(c["outcome"]))
    # expected.toml names each item exactly as requests.csv stores it
    c["items"] = {kpath(u): st for u, st in c["items"].items()}
    CASES.append(c)


# ================================================================ dalbit (forum, 14 items)
case(
    name="dalbit-admin-table-korean",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Tue, 03 Sep 2024 17:42:10 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요, 달빛포럼 운영팀입니다.

9월 2일 요청 주신 게시물(관리번호 KCSC-240902-01) 처리 결과를 아래와 같이
알려드립니다.

{a1_table()}

8번 게시물은 확인해 보니 도박 광고가 아닌 일반 거래 글이어서 그대로 두었습니다.
이견이 있으시면 회신 부탁드립니다.

달빛포럼 운영팀 드림
""", cte="base64"),
    outcome="applied",
    imitates="Korean community forum operator's 처리 결과 reply as an aligned plain-text table",
    why="table of all 14 items: 삭제/블라인드/계정 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 유지 with its reason rejected",
    items={F1: "removed", F2: "removed", F3: "removed", H1: "restricted", H2: "not_found",
           M1: "removed", M2: "removed", M3: "rejected", S1: "removed", S2: "removed",
           J1: "removed", J2: "not_found", MEM: "removed", CMT: "removed"},
)

_csv_rows = [
    ["번호", "URL", "처리결과", "비고"],
    ["1", F2, "삭제", ""],
    ["2", F3, "삭제", "동일 작성자 글"],
    ["3", M2, "블라인드", ""],
    ["4", S2, "임시조치", "30일"],
    ["5", kpath(J2), "해당 게시물 없음", "작성자가 9/1 삭제"],
    ["6", MEM, "조치 불가", "정상 회원, 광고 게시 이력 없음"],
]
_csv = io.StringIO()
csv.writer(_csv, lineterminator="\r\n").writerows(_csv_rows)
case(
    name="dalbit-csv-attachment-cp949",
    **{"from": "cs@dalbitforum.kr"},
    name_from=enc("달빛포럼 고객센터"),
    date="Wed, 04 Sep 2024 11:05:31 +0900",
    subject=enc("[달빛포럼] KCSC-240902-01 처리결과 회신"),
    raw_mime=mixed(
        "----=_NextPart_DB_0904_1105",
        plain("""
안녕하세요, 달빛포럼 고객센터입니다.
요청하신 건 중 추가로 확인한 게시물의 처리결과를 첨부 파일(엑셀 CSV)로 보내드립니다.
감사합니다.
""", cte="base64"),
        attachment("text/csv", "처리결과_KCSC-240902-01.csv", _csv.getvalue().encode("cp949"),
                   charset="euc-kr"),
    ),
    outcome="applied",
    imitates="Korean service desk sending an Excel-saved CSV (CP949) of results as an attachment",
    why="CSV rows: 삭제/블라인드 removed, 임시조치 restricted, 해당 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={F2: "removed", F3: "removed", M2: "removed", S2: "restricted", J2: "not_found",
           MEM: "rejected"},
)

case(
    name="dalbit-oneline-admin",
    **{"from": "jihoon.park@dalbitforum.kr"},
    name_from=enc("박지훈"),
    date="Mon, 02 Sep 2024 21:14:02 +0900",
    subject=enc("삭제했습니다"),
    raw_mime=plain(f"""
운영자입니다. {F1} 글 삭제했습니다. 수고하세요.

Sent from my iPhone
"""),
    outcome="applied",
    imitates="forum admin's one-line answer from a phone",
    why="one unhedged statement: the named post was deleted",
    items={F1: "removed"},
)

case(
    name="dalbit-html-table",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Thu, 05 Sep 2024 10:20:44 +0900",
    subject=enc("RE: [KCSC-240902-01] 게시물 조치 결과"),
    reply_to_req="req-240902-01",
    raw_mime=html(f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하세요. 달빛포럼 운영팀입니다.</p>
<p>추가 확인된 3건의 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>번호</th><th>URL</th><th>조치</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{H2}">{H2}</a></td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{M1}">{M1}</a></td><td>임시조치</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{CMT.replace('&', '&amp;')}">{CMT.replace('&', '&amp;')}</a></td><td>해당 댓글 없음</td><td>-</td></tr>
</table>
<p>운영정책은 <a href="https://dalbitforum.kr/policy">https://dalbitforum.kr/policy</a> 에서 보실 수 있습니다.</p>
<p>감사합니다.<br>달빛포럼 운영팀</p>
</body></html>
"""),
    outcome="applied",
    imitates="Korean portal-style 조치 결과 HTML table sent by a forum operator",
    why="게시중단 removed, 임시조치 restricted, 해당 댓글 없음 not_found; the policy link is not an item",
    items={H2: "removed", M1: "restricted", CMT: "not_found"},
)

case(
    name="dalbit-korean-path-particles",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Wed, 04 Sep 2024 15:33:19 +0900",
    subject=enc("Re: [KCSC-240902-01] 장터 게시판 건"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요.

장터 게시판 두 건 말씀드립니다.
{J1} 게시글은 블라인드 처리했고, {J2}은 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

나머지 게시판 건은 정리되는 대로 다시 연락드리겠습니다.

달빛포럼 운영팀
""", cte="quoted-printable"),
    outcome="applied",
    imitates="forum operator prose reply with raw Korean-path URLs followed by particles",
    why="블라인드 removed; a post already deleted by its author not_found; the closing promise names no item",
    items={J1: "removed", J2: "not_found"},
)

case(
    name="dalbit-gmail-toppost",
    **{"from": "sora.kim@dalbitforum.kr"},
    name_from=enc("김소라"),
    date="Tue, 03 Sep 2024 09:02:55 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요, 스포츠 게시판 담당 매니저입니다.

스포츠 게시판 두 글({S1} , {S2}） 모두 삭제 처리했습니다.
다른 게시판은 제 담당이 아니라 운영팀에서 따로 회신드릴 예정입니다.

김소라 드림

2024년 9월 2일 (월) 오전 10:15, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_body("KCSC-240902-01", "ko"))}
""", cte="base64"),
    outcome="applied",
    imitates="Gmail top-posted reply by a board manager over the quoted Korean request",
    why="the two sports posts are stated deleted; the 14 URLs of the quoted request say nothing",
    items={S1: "removed", S2: "removed", F1: "pending", H1: "pending", M1: "pending"},
)

case(
    name="dalbit-outlook-original-message",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Thu, 05 Sep 2024 16:48:07 +0900",
    subject=enc("RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요.

장터 게시판 건 회신드립니다.
{M1}, {M2} 두 건은 비공개 처리하였습니다.
{M3} 는 이미 삭제된 게시물입니다.

달빛포럼 운영팀

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <admin@dalbitforum.kr>
Sent: 2024-09-02 (월) 10:15:00 (GMT+09:00)
Subject: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청

""" + "\n".join(request_body("KCSC-240902-01", "ko")), cte="base64"),
    outcome="applied",
    imitates="Outlook-style Korean reply above an unprefixed -----Original Message----- copy",
    why="비공개 처리 removed for two market posts, 이미 삭제된 게시물 not_found; the unprefixed original below is our own request",
    items={M1: "removed", M2: "removed", M3: "not_found", F1: "pending", S1: "pending"},
)

case(
    name="dalbit-url-below-statement",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Fri, 06 Sep 2024 13:10:40 +0900",
    subject=enc("Re: [KCSC-240902-01] 유머 게시판 처리"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요, 달빛포럼입니다.

다음 게시물은 임시조치(30일) 되었습니다.
{H1}
{H2}

다음 게시물은 삭제되었습니다.
{S1}

감사합니다.
""", cte="quoted-printable"),
    outcome="applied",
    imitates="short Korean notice with the statement line above the URLs it governs",
    why="임시조치 restricted for the two humor posts listed below it, 삭제 removed for the sports post",
    items={H1: "restricted", H2: "restricted", S1: "removed"},
)

case(
    name="dalbit-hedge-appears-deleted",
    **{"from": "admin@dalbitforum.kr"},
    name_from=enc("달빛포럼 운영팀"),
    date="Tue, 03 Sep 2024 14:25:00 +0900",
    subject=enc("Re: [KCSC-240902-01] 확인 중입니다"),
    reply_to_req="req-240902-01",
    raw_mime=plain(f"""
안녕하세요.

확인해 보니 {F3} 글은 작성자가 삭제한 것으로 보입니다.
나머지 게시물은 아직 확인 중이며 처리되는 대로 알려드리겠습니다.

달빛포럼 운영팀
"""),
    outcome="review",
    review="not_understood",
    imitates="forum operator's interim note with a hedge (…것으로 보입니다)",
    why="'appears to have been deleted by its author' is a hedge and the rest is 'still checking': no statement",
    items={F3: "pending"},
)

case(
    name="dalbit-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.dalbitforum.kr"},
    name_from="Mail Delivery Subsystem",
    auth="none",
    date="Mon, 02 Sep 2024 10:15:42 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mixed(
        "DSN.0902.101542",
        plain("""
This is the mail system at host mail.dalbitforum.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<webmaster@dalbitforum.kr>: host mail.dalbitforum.kr[local] said: 550 5.1.1
    <webmaster@dalbitforum.kr>: Recipient address rejected: User unknown
"""),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.dalbitforum.kr\n"
        "Arrival-Date: Mon,  2 Sep 2024 10:15:41 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; webmaster@dalbitforum.kr\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n",
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: webmaster@dalbitforum.kr\n"
        "Subject: [KCSC-240902-01] request\nMessage-ID: <req-240902-01@kcsc.example>\n"
        "Date: Mon, 02 Sep 2024 10:15:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n"
        + "\n".join(request_body("KCSC-240902-01")) + "\n",
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="a delivery failure report; the URLs are in our own returned request",
    items={},
)

# ================================================================ cirrus (hosting, 4 items)
case(
    name="cirrus-abuse-desk-prose",
    **{"from": "abuse@cirrushost.net"},
    name_from="Cirrus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 02:41:18 +0000",
    subject="[Cirrus Abuse #CA-771204] Re: KCSC-240903-02 drug sales pages",
    reply_to_req="req-240903-02",
    raw_mime=plain(f"""
Hello,

Thank you for your report.

We have suspended the hosting account behind kr-fastpill.shop. As a result
{C1} and {C2} are no longer reachable.

Regarding {C3}: that IP address is on our network, but there is no ~mk user
directory on that server and the file you list does not exist there.

Kind regards,
Tomas
Cirrus Hosting - Abuse Desk
https://cirrushost.net/abuse
"""),
    outcome="applied",
    imitates="hosting provider abuse-desk reply after suspending a customer account",
    why="the two shop pages are stated unreachable after suspension (removed); the IP-address file does not exist (not_found)",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="cirrus-ticket-resolved-quoted",
    **{"from": "support@tickets.cirrushost.net"},
    name_from="Cirrus Hosting Support",
    date="Thu, 05 Sep 2024 06:12:09 +0000",
    subject="[Ticket #CH-558213] Resolved: KCSC-240903-02",
    raw_mime=plain(f"""
Ticket #CH-558213 has been updated.
Status: Resolved
Department: Abuse

---- Reply from Marek (Abuse Team) ----

The customer took down the page at {C4} this morning. We
checked it ourselves and it now returns 404.

---- Previous messages ----

On Tue, Sep 3, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body("KCSC-240903-02"))}

You can view this ticket at https://my.cirrushost.net/tickets/CH-558213
""", cte="quoted-printable"),
    outcome="applied",
    imitates="WHMCS-style ticket update with the agent's reply over the quoted thread",
    why="the one page is stated taken down and returning 404 (removed); the other three appear only in the quoted request",
    items={C4: "removed", C1: "pending", C2: "pending", C3: "pending"},
)

case(
    name="cirrus-refusal-with-reason",
    **{"from": "abuse@cirrushost.net"},
    name_from="Cirrus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 08:30:51 +0000",
    subject="Re: KCSC-240903-02 drug sales pages",
    reply_to_req="req-240903-02",
    raw_mime=plain(f"""
Hello KCSC team,

Our abuse desk has reviewed the two pages you reported on kr-fastpill.shop:

1) {C1}
   Removed by the customer at our request on 5 September.

2) {C2}
   No action. This page sells a vitamin supplement that is lawful in the
   countries the shop ships to, and we see no breach of our Acceptable Use
   Policy (https://cirrushost.net/legal/aup). The page stays online.

Regards,
Tomas
Cirrus Hosting - Abuse Desk
"""),
    outcome="applied",
    imitates="hosting abuse desk's numbered outcome list with a reasoned refusal",
    why="item 1 removed; item 2 stays online with a reason (rejected); the AUP link is not an item",
    items={C1: "removed", C2: "rejected"},
)

case(
    name="cirrus-base64-terminated",
    **{"from": "abuse@cirrushost.net"},
    name_from="Cirrus Hosting Abuse Desk",
    date="Sat, 07 Sep 2024 01:05:33 +0000",
    subject="Re: KCSC-240903-02",
    raw_mime=plain(f"""
Hi,

Re your ref KCSC-240903-02: the account that served
{C3} was terminated for a breach of our AUP and the
file has been deleted from the server.

We are still working with our customers on the other URLs and will update
you separately.

Cirrus Hosting Abuse Desk
""", cte="base64"),
    outcome="applied",
    imitates="terse abuse-desk reply sent base64-encoded by a ticketing system",
    why="the file at the IP address is deleted (removed); the promise about the others names no item",
    items={C3: "removed"},
)

case(
    name="cirrus-will-remove-promise",
    **{"from": "abuse@cirrushost.net"},
    name_from="Cirrus Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 09:44:27 +0000",
    subject="[Cirrus Abuse #CA-771204] KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=plain(f"""
Hello,

Thanks for the report. We have opened case CA-771204 and notified our
customer. The pages

  {C1}
  {C2}

will be taken offline within 24 hours if the customer does not respond.

Cirrus Hosting Abuse Desk
"""),
    outcome="review",
    review="not_understood",
    imitates="hosting provider's 'customer notified, 24 hours to respond' reply",
    why="a conditional promise about named items; nothing has happened yet",
    items={C1: "pending", C2: "pending"},
)

case(
    name="cirrus-no-claims-address-change",
    **{"from": "abuse@cirrushost.net"},
    name_from="Cirrus Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 03:00:00 +0000",
    subject="Please use our new abuse reporting form",
    raw_mime=plain("""
Hello,

We noticed that your office has been writing to our old address
abuse-desk@cirrushost.net. That mailbox will be closed at the end of
September. Please send future reports to abuse@cirrushost.net or use the
form at https://cirrushost.net/abuse/report so they reach us faster.

Cirrus Hosting Abuse Desk
"""),
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="hosting provider notice about a changed abuse contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="cirrus-out-of-office",
    **{"from": "marek.novak@cirrushost.net"},
    name_from="Marek Novak",
    date="Tue, 03 Sep 2024 02:00:12 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request to remove content",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    raw_mime=plain("""
I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@cirrushost.net; for anything
urgent call the NOC.

Marek
"""),
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from an abuse-team member",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="unknown-reseller-claims",
    **{"from": "support@bluepine-web.kr"},
    name_from=enc("블루파인웹 고객지원"),
    date="Thu, 05 Sep 2024 14:02:40 +0900",
    subject=enc("Re: [KCSC-240903-02] 삭제 완료 안내"),
    reply_to_req="req-240903-02",
    raw_mime=plain(f"""
안녕하세요, 블루파인웹입니다.
저희는 Cirrus Hosting 서버를 재판매하는 업체입니다.

요청하신 {C4} 페이지는 고객에게 연락하여 삭제 완료했습니다.

감사합니다.
""", cte="base64"),
    outcome="review",
    review="unknown_sender",
    imitates="reseller of a hosting provider answering on its behalf",
    why="a removal statement from a domain that is no platform's",
    items={C4: "pending"},
)

# ================================================================ edgeveil (CDN, 3 items)
case(
    name="edgeveil-defanged-accepted",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Thu, 05 Sep 2024 07:58:03 +0000",
    subject="EdgeVeil abuse report [KCSC-240904-03]: hotclip-kr.xyz",
    raw_mime=plain("""
EdgeVeil received your report regarding: hotclip-kr[.]xyz

EdgeVeil offers a pass-through security and content delivery network. We are
not the hosting provider of this website and cannot remove material from the
origin server. We have, however, disabled delivery of the following URL(s)
through our network for all visitors:

  hxxps://hotclip-kr[.]xyz/v/8812
  hxxps://hotclip-kr[.]xyz/v/8840

Hosting provider:   ORIGIN-NET-AS, NL
Abuse contact:      abuse@origin-net.example

We have also notified our customer of your report.

Reference: EV-AB-5521904
EdgeVeil Trust & Safety
"""),
    outcome="applied",
    imitates="Cloudflare-style CDN abuse response with defanged accepted URLs",
    why="delivery disabled for all visitors = removed; the defanged URLs are plainly the two requested videos",
    items={E1: "removed", E2: "removed"},
)

case(
    name="edgeveil-georestrict-kr",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 03:17:45 +0000",
    subject="Re: [KCSC-240904-03] yadong-mirror.top and hotclip-kr.xyz",
    reply_to_req="req-240904-03",
    raw_mime=plain(f"""
Hello,

Following your request we have restricted access to
{E3} for visitors from the Republic of Korea.

For {E2} we have passed your report to the hosting
provider (abuse@origin-net.example) and to our customer. We do not host that
content.

EdgeVeil Trust & Safety
"""),
    outcome="applied",
    imitates="CDN reply: geo-restriction in one country, report forwarded to the host for another URL",
    why="blocked for Korean visitors = restricted; 'passed your report to the host' is no status",
    items={E3: "restricted", E2: "pending"},
)

_ev_csv = (
    "reported_url,action,action_time_utc,notes\r\n"
    f"{E1},blocked,2024-09-05T08:01:44Z,block page shown to all visitors\r\n"
    f"{E2},blocked,2024-09-05T08:01:44Z,block page shown to all visitors\r\n"
    f"{E3},forwarded_to_host,,report sent to hosting provider\r\n"
)
case(
    name="edgeveil-csv-report",
    **{"from": "noreply@edgeveil.com"},
    name_from="EdgeVeil Abuse Reports",
    date="Sat, 07 Sep 2024 00:00:41 +0000",
    subject="Abuse report outcome EV-AB-5521904 (KCSC-240904-03)",
    raw_mime=mixed(
        "ev-5521904-b",
        plain("""
Hello,

The outcome of your abuse report EV-AB-5521904 is attached as a CSV file.

Meaning of the action column:
  blocked            the URL is blocked on our network for all visitors
  forwarded_to_host  we have passed your report to the hosting provider

EdgeVeil Trust & Safety
"""),
        attachment("text/csv", "EV-AB-5521904.csv", _ev_csv.encode("utf-8"), charset="utf-8"),
    ),
    outcome="applied",
    imitates="CDN abuse portal export sent as a CSV attachment",
    why="'blocked' for all visitors = removed for two rows; forwarded_to_host is no status",
    items={E1: "removed", E2: "removed", E3: "pending"},
)

case(
    name="edgeveil-wrong-platform",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 05:22:10 +0000",
    subject="Re: KCSC-240905-04 phishing domains (forwarded to us by NamePier)",
    raw_mime=plain(f"""
Hello,

NamePier forwarded your phishing report KCSC-240905-04 to us because both
domains use our network.

We have disabled {N1} and {N2} on our
network; visitors now see a phishing warning page.

EdgeVeil Trust & Safety
"""),
    outcome="review",
    review="wrong_platform",
    imitates="CDN answering a registrar's request that was forwarded to it",
    why="EdgeVeil states statuses for items of the NamePier request",
    items={N1: "pending", N2: "pending"},
)

case(
    name="edgeveil-pdf-only",
    **{"from": "abuse@edgeveil.com"},
    name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 02:10:00 +0000",
    subject="Re: [KCSC-240904-03] outcome letter",
    reply_to_req="req-240904-03",
    raw_mime=mixed(
        "ev-letter-0910",
        plain("""
Hello,

Please find the outcome of your report in the attached letter.

EdgeVeil Legal
"""),
        attachment("application/pdf", "EdgeVeil_outcome_KCSC-240904-03.pdf",
                   b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                   b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                   b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]"
                   b"/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>endobj\n"
                   b"4 0 obj<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray"
                   b"/BitsPerComponent 8/Length 1>>stream\n\x00\nendstream endobj\n"
                   b"5 0 obj<</Length 27>>stream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream endobj\n"
                   b"trailer<</Root 1 0 R>>\n%%EOF\n"),
    ),
    outcome="review",
    review="unreadable_attachment",
    imitates="legal team sending the outcome only as a scanned PDF letter",
    why="the answer is only in a scanned (image-only) PDF",
    items={},
)

case(
    name="edgeveil-read-receipt",
    **{"from": "trust@edgeveil.com"},
    name_from="EdgeVeil Trust",
    date="Wed, 04 Sep 2024 01:33:12 +0000",
    subject="Read: [KCSC-240904-03] Request to remove content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0904"

--mdn-0904
Content-Type: text/plain; charset=utf-8

Your message

  To: trust@edgeveil.com
  Subject: [KCSC-240904-03] Request to remove content
  Sent: Wednesday, 4 September 2024 00:30:00 (UTC)

was read on Wednesday, 4 September 2024 01:33:12 (UTC).

--mdn-0904
Content-Type: message/disposition-notification

Reporting-UA: edgeveil.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;trust@edgeveil.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0904--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN, displayed)",
    why="a read receipt",
    items={},
)

# ================================================================ namepier (registrar, 2 items)
case(
    name="namepier-clienthold-domain-only",
    **{"from": "abuse@namepier.com"},
    name_from="NamePier Abuse",
    date="Fri, 06 Sep 2024 04:15:30 +0000",
    subject="[NP-ABU-2209931] KCSC-240905-04 phishing complaint - outcome",
    reply_to_req="req-240905-04",
    raw_mime=plain("""
Dear KCSC,

We have completed our review of complaint NP-ABU-2209931.

Domain:  hanul-bank-secure.info
Action:  clientHold applied 2024-09-06 03:12 UTC. The domain no longer
         resolves.

Domain:  hanulbank-verify.info
Action:  None yet. NamePier is only the registrar of this domain and does not
         host its content. We have notified the registrant and asked for a
         response within 72 hours.

NamePier Abuse Team
https://www.namepier.com/legal/abuse-policy
"""),
    outcome="applied",
    imitates="registrar abuse outcome per domain (clientHold / registrant notified)",
    why="clientHold on the domain of the site takes it down (removed); the other domain has no action yet",
    items={N1: "removed", N2: "pending"},
)

case(
    name="namepier-url-status-below",
    **{"from": "abuse@namepier.com"},
    name_from="NamePier Abuse",
    date="Tue, 10 Sep 2024 09:41:02 +0000",
    subject="[NP-ABU-2209931] Update on KCSC-240905-04",
    reply_to_req="req-240905-04",
    raw_mime=plain(f"""
Dear KCSC,

Update on your complaint:

{N2}
Status: domain suspended (serverHold set by the registry at our request);
it no longer resolves.

{N1}
Status: domain suspended (clientHold) since 6 September.

NamePier Abuse Team
"""),
    outcome="applied",
    imitates="registrar status update: bare URL with its status on the line below",
    why="both domains suspended and no longer resolving: removed",
    items={N1: "removed", N2: "removed"},
)

case(
    name="namepier-asks-court-order",
    **{"from": "legal@namepier.com"},
    name_from="NamePier Legal",
    date="Mon, 09 Sep 2024 11:20:00 +0000",
    subject="[NP-ABU-2209931] KCSC-240905-04 - additional documents required",
    reply_to_req="req-240905-04",
    raw_mime=plain("""
Dear KCSC,

As a domain registrar we are not in a position to judge whether the content
of hanulbank-verify.info is lawful. To act on this domain we need either a
court order or a formal decision of a competent Korean authority naming the
domain and the law it breaches.

Could you please send us that document (PDF on letterhead, signed)? We will
review the domain again once we have it.

NamePier Legal
"""),
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="registrar asking for a court order before acting",
    why="the registrar asks for a formal document; no status is stated",
    items={N2: "pending"},
)

case(
    name="namepier-ticket-opened",
    **{"from": "noreply@namepier.com"},
    name_from="NamePier Support",
    date="Thu, 05 Sep 2024 05:01:12 +0000",
    subject="[NP-ABU-2209931] We have received your abuse complaint",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime=plain("""
Hello,

Abuse ticket NP-ABU-2209931 has been opened for your complaint. Our abuse team
usually replies within two business days. Please keep the ticket number in
the subject line of any further messages about this matter.

This is an automated message. Please do not reply to this email.

NamePier Support
"""),
    outcome="ignored",
    classification="acknowledgement",
    imitates="registrar helpdesk ticket-opened receipt",
    why="a pure acknowledgement: ticket opened, nothing about items",
    items={},
)

# ================================================================ hanachan (image board, 5 items)
case(
    name="hanachan-mod-oneline",
    **{"from": "rin@hanachan.net"},
    name_from="rin",
    date="Fri, 06 Sep 2024 13:48:20 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="req-240906-05",
    raw_mime=plain(f"""
nuked {K1} and {K2}, poster banned 30d

-- rin, /kr/ vol
"""),
    outcome="applied",
    imitates="image-board volunteer moderator's one-line answer",
    why="'nuked' = deleted, for both named threads",
    items={K1: "removed", K2: "removed"},
)

case(
    name="hanachan-image-files-echo",
    **{"from": "admin@hanachan.net"},
    name_from="Hanachan Admin",
    date="Sat, 07 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240906-05] images",
    reply_to_req="req-240906-05",
    raw_mime=plain(f"""
hi,

you reported these two files:
{K4}
{K5}

what we did:
- {K4} : file deleted, hash added to the ban list
- {K5} : not on our servers (404 since 6 Sep, the thread
  was pruned before your mail arrived)

threads are handled by the board vols, they'll answer separately.

admin
"""),
    outcome="applied",
    imitates="image-board admin echoing the report, then a bulleted outcome per file",
    why="first file deleted (removed); second file gone before the request arrived (not_found); the echoed list says nothing",
    items={K4: "removed", K5: "not_found"},
)

case(
    name="hanachan-b-thread-rejected",
    **{"from": "admin@hanachan.net"},
    name_from="Hanachan Admin",
    date="Mon, 09 Sep 2024 10:05:13 +0000",
    subject="Re: [KCSC-240906-05] /b/ thread",
    reply_to_req="req-240906-05",
    raw_mime=plain(f"""
Hello,

We looked at {K3}. It is a discussion of a public news
article, no personal data is posted in it and it breaks none of our rules
(https://hanachan.net/rules.html), so it stays up.

admin
"""),
    outcome="applied",
    imitates="small image board refusing with a reason",
    why="stays up because it breaks no rule: rejected; the rules page is not an item",
    items={K3: "rejected"},
)

case(
    name="hanachan-angle-brackets",
    **{"from": "rin@hanachan.net"},
    name_from="rin",
    date="Sat, 07 Sep 2024 18:12:44 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="req-240906-05",
    raw_mime=plain(f"""
Re <{K2}>: the OP deleted the thread himself before any of
us saw your mail, so there was nothing left to do.

<{K1}> is gone too, I deleted it along with the replies.

rin
"""),
    outcome="applied",
    imitates="informal moderator reply with URLs in angle brackets",
    why="thread deleted by its author before action (not_found); the other deleted by the mod (removed)",
    items={K2: "not_found", K1: "removed"},
)

case(
    name="hanachan-bulk-all-gone",
    **{"from": "admin@hanachan.net"},
    name_from="Hanachan Admin",
    date="Sun, 08 Sep 2024 07:40:09 +0000",
    subject="Re: [KCSC-240906-05] Request to remove content",
    reply_to_req="req-240906-05",
    raw_mime=plain("""
all the stuff in your report (threads + images) has been deleted.

admin
"""),
    outcome="review",
    review="bulk",
    imitates="image-board admin's blanket 'everything deleted' reply",
    why="one statement for a five-item request without naming the items",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending", K5: "pending"},
)

case(
    name="hanachan-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Fri, 06 Sep 2024 14:00:31 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mixed(
        "DLY.0906.1400",
        plain("""
This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<janitors@hanachan.net>: connect to mail.hanachan.net[203.0.113.77]:25:
    Connection timed out
"""),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; janitors@hanachan.net\nAction: delayed\nStatus: 4.4.1\n"
        "Will-Retry-Until: Wed, 11 Sep 2024 10:00:00 +0900 (KST)\n",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: janitors@hanachan.net\n"
        "Subject: [KCSC-240906-05] Request to remove content\n"
        "Message-ID: <req-240906-05@kcsc.example>\n",
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delayed-delivery warning from our own MTA",
    why="a delay DSN, whoever sent it",
    items={},
)

# ================================================================ stashbox (file host, 3 items)
case(
    name="stashbox-text-table",
    **{"from": "abuse@stashbox.io"},
    name_from="StashBox Abuse",
    date="Tue, 10 Sep 2024 02:20:55 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="req-240909-06",
    raw_mime=plain(f"""
Hello,

Here is the result of your report:

{stash_table()}

"Not found": the file ID does not exist; it was deleted by the uploader
before we processed your report.

StashBox Abuse Team
"""),
    outcome="applied",
    imitates="file host abuse reply with an ASCII-art result table",
    why="two rows Removed, one Not found (deleted by uploader)",
    items={X1: "removed", X2: "not_found", X3: "removed"},
)

case(
    name="stashbox-qp-html",
    **{"from": "abuse@stashbox.io"},
    name_from="StashBox Abuse",
    date="Wed, 11 Sep 2024 08:03:17 +0000",
    subject="Your report KCSC-240909-06 has been actioned",
    raw_mime=html(f"""
<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;padding:0;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222222">
<tr><td>
<p>Hello,</p>
<p>Thank you for your report. The file <a href="{X2}" style="color:#1a73e8">{X2}</a> has been made unavailable and its hash has been added to our block list, so it cannot be uploaded again.</p>
<p>If you have questions, visit our <a href="https://help.stashbox.io/hc/en-us/articles/3600-abuse">Help Center</a>.</p>
<p>&mdash; The StashBox Trust &amp; Safety Team</p>
</td></tr></table>
<p style="font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#888888">StashBox Ltd &middot; <a href="https://stashbox.io/legal/terms">Terms</a> &middot; <a href="https://stashbox.io/legal/privacy">Privacy</a></p>
</td></tr></table>
</body></html>
"""),
    outcome="applied",
    imitates="file host's templated HTML outcome notice (quoted-printable, soft-wrapped lines)",
    why="the named file is made unavailable: removed; help/terms links are not items",
    items={X2: "removed"},
)

case(
    name="stashbox-restricted-kr",
    **{"from": "legal@stashbox.io"},
    name_from="StashBox Legal",
    date="Thu, 12 Sep 2024 13:31:00 +0000",
    subject="Re: [KCSC-240909-06] folder Vb3nA0cd",
    reply_to_req="req-240909-06",
    raw_mime=plain(f"""
Dear KCSC,

Following a review under Korean law, we have disabled access to
{X3} from IP addresses in South Korea.

The folder remains available in other countries, as its content does not
violate our Terms of Service.

StashBox Legal
"""),
    outcome="applied",
    imitates="file host withholding a folder in one country",
    why="disabled for South Korea only: restricted",
    items={X3: "restricted"},
)

case(
    name="stashbox-under-review",
    **{"from": "abuse@stashbox.io"},
    name_from="StashBox Abuse",
    date="Tue, 10 Sep 2024 00:45:00 +0000",
    subject="Re: [KCSC-240909-06] Request to remove content",
    reply_to_req="req-240909-06",
    raw_mime=plain(f"""
Hello,

Your report about {X1} and {X2} has
been escalated to our Trust & Safety team and is under review. We will let
you know the outcome.

StashBox Abuse Team
"""),
    outcome="review",
    review="not_understood",
    imitates="file host 'escalated and under review' reply naming the links",
    why="'under review' is no statement about the named files",
    items={X1: "pending", X2: "pending"},
)

case(
    name="stashbox-forged-authfail",
    **{"from": "trust@stashbox.io"},
    name_from="StashBox Trust",
    auth="fail",
    date="Wed, 11 Sep 2024 19:02:11 +0000",
    subject="Re: [KCSC-240909-06] removal done",
    reply_to_req="req-240909-06",
    raw_mime=plain(f"""
Hello,

{X1} has been removed.
{X3} has been removed.

StashBox Trust
"""),
    outcome="review",
    review="untrusted",
    imitates="removal confirmation whose stashbox.io sender fails DKIM/SPF/DMARC",
    why="the sender domain fails authentication",
    items={X1: "pending", X3: "pending"},
)

case(
    name="stashbox-ticket-receipt",
    **{"from": "support@stashbox.io"},
    name_from="StashBox Support",
    date="Mon, 09 Sep 2024 07:21:04 +0000",
    subject="[StashBox] Re: [KCSC-240909-06] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=plain("""
##- Please type your reply above this line -##

Your request (#48213) has been received and will be reviewed by our support
staff. You can add to this request by replying to this email.

StashBox Support
"""),
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style request-received receipt",
    why="a pure acknowledgement naming no item",
    items={},
)

# ================================================================ pastelane (paste site, 1 item)
case(
    name="pastelane-sole-oneline",
    **{"from": "jonas@pastelane.org"},
    name_from="Jonas",
    date="Tue, 10 Sep 2024 12:44:10 +0200",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    raw_mime=plain(f"""
paste removed.

-- j

On Tue, 10 Sep 2024 at 02:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_body("KCSC-240910-07"))}
"""),
    outcome="applied",
    imitates="one-person service owner's two-word reply over the quoted request",
    why="single statement about the one-item request's only item",
    items={P1: "removed"},
)

case(
    name="pastelane-author-deleted",
    **{"from": "jonas@pastelane.org"},
    name_from="Jonas",
    date="Wed, 11 Sep 2024 08:02:37 +0200",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    raw_mime=plain(f"""
Hi,

{P1} was already deleted by its author on 10 Sept, about
three hours after your email came in. There is nothing left of it on our
side.

Jonas
PasteLane (it's just me)
"""),
    outcome="applied",
    imitates="small-service owner reporting the paste deleted by its author",
    why="deleted by its author = not_found",
    items={P1: "not_found"},
)

case(
    name="pastelane-hedge-expiry",
    **{"from": "jonas@pastelane.org"},
    name_from="Jonas",
    date="Tue, 10 Sep 2024 10:15:00 +0200",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    raw_mime=plain(f"""
hm, I think {P1} might already be gone? looks like
it was set to expire after 7 days. will double-check tonight.

j
"""),
    outcome="review",
    review="not_understood",
    imitates="informal owner's guess about an expired paste",
    why="'might already be gone' / 'looks like' are hedges, then a promise to check",
    items={P1: "pending"},
)

case(
    name="pastelane-vacation",
    **{"from": "jonas@pastelane.org"},
    name_from="Jonas",
    date="Tue, 10 Sep 2024 02:05:30 +0200",
    subject="Auto: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
    raw_mime=plain("""
Hi, I'm on holiday until 13 September and only read mail now and then.
PasteLane abuse reports are handled when I'm back.

Jonas
"""),
    outcome="ignored",
    classification="auto_reply",
    imitates="vacation auto-responder of a one-person service",
    why="an out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 325 (hosts, CDNs, registrars, forums, image boards, file
# hosts and small services): written by tests/corpus/blind325/make.py.
# Expected results come from each email's meaning, written before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind325", HEADER, CASES)
    print(len(CASES), "cases")
