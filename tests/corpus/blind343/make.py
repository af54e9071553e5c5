#!/usr/bin/env python3
"""Blind set 343: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind343/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of the email before the reader
was ever run on it. All names, domains, ids and URLs are fictional.
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

SET = "blind343"

# ---------------------------------------------------------------- requests
KOR_PATH = "/mgallery/주식갤/51230"

H1 = "https://moonlit-deals.example/shop/item-7731"
H2 = "https://moonlit-deals.example/shop/item-7732"
H3 = "https://cheapmeds-kr.example/index.html"
H4 = "https://cheapmeds-kr.example/order.php?id=55"
E1 = "https://sunbet-777.example/"
E2 = "https://sunbet-777.example/join"
E3 = "https://lotto-win.example/app"
N1 = "https://fakebank-login.example/"
N2 = "https://kr-pharma-direct.example/"
G1 = "https://gall.gallnet.example/board/view?id=stock&no=88121"
G2 = "https://gall.gallnet.example/board/view?id=stock&no=88140"
G3_RAW = "https://gall.gallnet.example" + KOR_PATH
G3 = "https://gall.gallnet.example" + quote(KOR_PATH)
G4 = "https://gall.gallnet.example/board/view?id=coin&no=30277"
G5 = "https://gall.gallnet.example/board/view?id=coin&no=30301"
C1 = "https://chanbox.example/kr/thread/402211"
FIDS = ["aB3kQ9", "Tz81Lm", "Qm7PzT", "Xc4Rv2", "pL0oK5", "Hn6Wy3",
        "Gd2Fs8", "kE9Jq1", "Vb5Nt7", "Ru3Ye4", "Mw8Zx6", "Ys1Hc0"]
F = ["https://fileden.example/f/" + i for i in FIDS]  # F[0] .. F[11]
S1 = "https://sorimadang.example/bbs/free/10021"
S2 = "https://sorimadang.example/bbs/free/10022"
S3 = "https://sorimadang.example/bbs/photo/3310"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "hostbay", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_drugs", "req-240902-01.hostbay@kcsc.example",
     "two customer shops on a shared host", [H1, H2, H3, H4]),
    ("KCSC-240903-02", "edgeveil", "2024-09-03T11:02:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "req-240903-02.edgeveil@kcsc.example",
     "sites proxied by a CDN", [E1, E2, E3]),
    ("KCSC-240904-03", "nameport", "2024-09-04T09:45:00+09:00", "2024-09-11T18:00:00+09:00",
     "phishing", "req-240904-03.nameport@kcsc.example",
     "registrar of the two domains", [N1, N2]),
    ("KCSC-240905-04", "gallnet", "2024-09-05T10:15:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", "req-240905-04.gallnet@kcsc.example",
     "Korean forum posts", [G1, G2, G3, G4, G5]),
    ("KCSC-240906-05", "chanbox", "2024-09-06T14:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "req-240906-05.chanbox@kcsc.example",
     "image board thread", [C1]),
    ("KCSC-240909-06", "fileden", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-06.fileden@kcsc.example",
     "file host links (largest request)", F),
    ("KCSC-240910-07", "sorimadang", "2024-09-10T13:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "req-240910-07.sorimadang@kcsc.example",
     "small community board", [S1, S2, S3]),
]


def thread(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[5].split("@", 1)[0]
    raise KeyError(ref)


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def b64_plain(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def qp_html(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html))


def with_csv(boundary, text, filename, csv_text, bom=False, encode="base64"):
    data = ("\ufeff" if bom else "") + csv_text
    if encode == "base64":
        payload = b64(data)
        cte = "base64"
    else:
        payload = data.rstrip("\n")
        cte = "7bit"
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: {cte}

{payload}

--{boundary}--
"""


def quote_block(lines):
    return "\n".join((">" + (" " + l if l else "")) for l in lines)


REQ_HB = [
    "Dear HostBay abuse team,",
    "",
    "Under reference KCSC-240902-01 the Korea Communications Standards Commission",
    "asks you to remove the following content hosted on your network, which offers",
    "prescription drugs for sale without a licence:",
    "",
    "1. " + H1,
    "2. " + H2,
    "3. " + H3,
    "4. " + H4,
    "",
    "Please tell us the outcome for each URL by 9 September 2024.",
    "",
    "KCSC Takedown desk",
]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ applied ============================

case(name="hb-oneliner-two-removed",
     **{"from": "marek.novak@hostbay.example"}, name_from="Marek Novak",
     date="Wed, 11 Sep 2024 09:12:40 +0200",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=thread("KCSC-240902-01"),
     outcome="applied", classification="confirmation",
     imitates="abuse-desk engineer of a small hosting provider answering in one line",
     why="the host says both named shop pages were deleted by its customer and now 404",
     items={H1: "removed", H2: "removed"},
     body=f"""
{H1} and {H2} are gone, the customer deleted both pages this morning. Checked from outside, 404 on both.

Marek
HostBay abuse desk
""")

case(name="hb-ticket-closed-account-suspended",
     **{"from": "support@hostbay.example"}, name_from="HostBay Support",
     date="Thu, 12 Sep 2024 16:03:11 +0000",
     subject="[HostBay #HB-558201] Ticket closed: abuse report cheapmeds-kr.example",
     outcome="applied", classification="confirmation",
     imitates="WHMCS-style ticket-closed notice from a shared-hosting abuse queue",
     why="ticket closed with the account suspended; both listed pages are stated disabled; AUP link is no item",
     items={H3: "removed", H4: "removed"},
     body=f"""
Hello,

Ticket HB-558201 has been closed by our Trust & Safety staff.

Reporter reference:  KCSC-240902-01
Service:             shared hosting, customer no. 40719
Outcome:             account suspended for breach of the Acceptable Use Policy

Pages in the report:
  {H3}
  {H4}

Both pages are disabled: the whole site now shows our suspension notice and
none of its files are served any more.

Acceptable Use Policy: https://hostbay.example/legal/aup
You can reopen the ticket by replying to this email within 14 days.

--
HostBay Support | https://hostbay.example/support
""")

case(name="hb-numbered-mixed",
     **{"from": "abuse@hostbay.example"}, name_from="HostBay Abuse Team",
     date="Fri, 13 Sep 2024 11:47:02 +0200",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=thread("KCSC-240902-01"),
     outcome="applied", classification="confirmation",
     imitates="hosting abuse team reporting per URL after contacting its customers",
     why="four numbered URLs: removed, kept up for lack of AUP breach, no such file, removed",
     items={H1: "removed", H2: "rejected", H3: "not_found", H4: "removed"},
     body=f"""
Hi,

Update on KCSC-240902-01 after talking to both customers:

1. {H1} - removed by the customer.
2. {H2} - not removed. The customer sent us the import licence for this product and we see no breach of our AUP, so the page stays online.
3. {H3} - there is no such file on that server; the site has no index.html at all (it runs on index.php). Nothing to remove.
4. {H4} - removed, the order script was taken down yesterday.

Regards,
Jana Kral
HostBay Abuse Team
""")

case(name="hb-top-posted-one-of-four",
     **{"from": "marek.novak@hostbay.example"}, name_from="Marek Novak",
     date="Tue, 10 Sep 2024 17:30:55 +0200",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=thread("KCSC-240902-01"),
     outcome="applied", classification="confirmation",
     imitates="top-posted Gmail reply from an abuse engineer over the quoted request",
     why="only item-7731 is stated removed; the other three are 'still with the customers' (pending); the quoted list states nothing",
     items={H1: "removed", H2: "pending", H3: "pending", H4: "pending"},
     body=f"""
Done - {H1} has been removed.
The other three are still with the customers, I'll write again when I hear back.

Marek

On Mon, 2 Sep 2024 at 03:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quote_block(REQ_HB)}
""")

case(name="hb-base64-geoblock-kr",
     **{"from": "legal@hostbay.example"}, name_from="HostBay Legal & Abuse",
     date="Mon, 16 Sep 2024 08:20:00 +0000",
     subject="Your reference KCSC-240902-01 - cheapmeds-kr.example",
     outcome="applied", classification="confirmation",
     imitates="hosting provider's legal team reporting that the customer geo-blocked Korea (base64 body)",
     why="both pages unreachable from Korean IP addresses while online elsewhere: restricted",
     items={H3: "restricted", H4: "restricted"},
     raw_mime=b64_plain(f"""Dear KCSC,

Regarding your reference KCSC-240902-01 (cheapmeds-kr.example):

Our customer says the shop operates lawfully in its home country and has
chosen to block visitors from the Republic of Korea. Since 14 September 2024
the following pages are not reachable from Korean IP addresses (they answer
403 to visitors from Korea), while they remain online elsewhere:

- {H3}
- {H4}

We consider the matter closed on our side.

Kind regards,
HostBay Legal & Abuse
"""))

case(name="ev-cdn-not-host-declined",
     **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     date="Wed, 11 Sep 2024 02:14:09 +0000",
     subject="EdgeVeil abuse report EV-77120 [KCSC-240903-02]",
     outcome="applied", classification="confirmation",
     imitates="CDN 'we are a pass-through proxy, not the host' reply (Cloudflare-style abuse policy)",
     why="the CDN states it takes no action on the two named URLs and gives its reason: a refusal, recorded as rejected (arguable, see NOTES)",
     items={E1: "rejected", E2: "rejected"},
     body=f"""
Hello,

Thank you for your report concerning:

{E1}
{E2}

EdgeVeil provides a pass-through proxy and caching service for this website.
We are not its hosting provider and we cannot remove material from the
server where it is stored, so we are taking no action on these two URLs.

We have forwarded your complaint to the website operator and to the hosting
provider. Hosting provider: Ferro Cloud Ltd, abuse contact
abuse@ferrocloud.example (origin IP 203.0.113.58).

How we handle reports: https://edgeveil.example/trust/abuse-policy

EdgeVeil Trust & Safety
""")

case(name="ev-html-table-mixed",
     **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     date="Fri, 13 Sep 2024 07:55:31 +0000",
     subject="Action summary for report EV-77120 [KCSC-240903-02]",
     type="html",
     outcome="applied", classification="confirmation",
     imitates="CDN action summary sent as an HTML table (per-URL action and scope)",
     why="table rows: sunbet root blocked for all locations, /join restricted to KR only, lotto app blocked everywhere",
     items={E1: "removed", E2: "restricted", E3: "removed"},
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Following our review of report EV-77120 (your reference KCSC-240903-02), we applied the measures below on our network.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{E1}</td><td>Service terminated, edge serves a block page</td><td>All locations</td></tr>
<tr><td>{E2}</td><td>Access restricted</td><td>Republic of Korea only</td></tr>
<tr><td>{E3}</td><td>Blocked</td><td>All locations</td></tr>
</table>
<p>Questions about this decision: <a href="https://edgeveil.example/trust/appeals">https://edgeveil.example/trust/appeals</a></p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>
""")

case(name="ev-outlook-original-message",
     **{"from": "t.wrona@edgeveil.example"}, name_from="Tomasz Wrona",
     date="Thu, 12 Sep 2024 13:09:44 +0200",
     subject="RE: [KCSC-240903-02] Removal request - illegal gambling",
     reply_to_req=thread("KCSC-240903-02"),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply from a CDN analyst above '-----Original Message-----'",
     why="only the lotto app page is stated taken down; sunbet case 'still working' (pending); the original message below states nothing",
     items={E3: "removed", E1: "pending", E2: "pending"},
     body=f"""
Hi,

The app download page {E3} has been taken down by our customer after our notice; it now returns 404 from the origin and we purged it from our cache.

We are still working on the sunbet-777 case.

Best,
Tomasz Wrona
EdgeVeil Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:02 AM
To: abuse@edgeveil.example
Subject: [KCSC-240903-02] Removal request - illegal gambling

Dear EdgeVeil,

Please remove or disable access to the following illegal gambling content:

{E1}
{E2}
{E3}

Reference: KCSC-240903-02. Please reply with the outcome for each URL.

KCSC Takedown desk
""")

case(name="np-clienthold-echoed-report",
     **{"from": "abuse@nameport.example"}, name_from="NamePort Abuse Team",
     date="Mon, 9 Sep 2024 21:40:12 +0000",
     subject="Abuse report NP-449120 resolved",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse-desk resolution echoing the report, domain put on clientHold",
     why="domain on clientHold no longer resolves, so the reported URL is unavailable: removed",
     items={N1: "removed"},
     body=f"""
Dear Reporter,

Your abuse report has been reviewed by the NamePort Abuse Team.

---- Your report ----
Reference:     KCSC-240904-03
Reported URL:  {N1}
Type:          Phishing
---------------------

Result: the domain name fakebank-login.example has been placed on clientHold.
It no longer resolves, so {N1} is unavailable.

The registrant has been informed and may contact us to dispute the decision.

NamePort Abuse Team
https://nameport.example/abuse
""")

case(name="np-declined-licensed-pharmacy",
     **{"from": "compliance@nameport.example"}, name_from="NamePort Compliance",
     date="Wed, 11 Sep 2024 15:05:27 +0000",
     subject="Re: [KCSC-240904-03] kr-pharma-direct.example",
     reply_to_req=thread("KCSC-240904-03"),
     outcome="applied", classification="confirmation",
     imitates="registrar compliance declining to suspend a domain, with its reason",
     why="the registrar found no breach of its agreement and declines to act on the named URL: rejected",
     items={N2: "rejected"},
     body=f"""
Hello,

We looked into kr-pharma-direct.example (your reference KCSC-240904-03).

The registrant provided a valid pharmacy licence, and we found no phishing,
malware or other DNS abuse at {N2}. The site does not breach our
registration agreement, so we decline to suspend the domain. Complaints about
the content of the site should go to its operator or hosting provider.

NamePort Compliance
""")

case(name="gn-korean-deleted-particles",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 운영팀",
     date="Tue, 10 Sep 2024 14:22:05 +0900",
     subject="[갤러리넷] 게시물 삭제 요청 처리 결과 안내 (KCSC-240905-04)",
     outcome="applied", classification="confirmation",
     imitates="Korean forum operator's 처리 결과 안내 with URLs followed by particles",
     why="two posts stated deleted by the operator (one raw Korean path glued to 의, full-width period); the rest 'will reply later'",
     items={G1: "removed", G3: "removed"},
     body=f"""
안녕하세요, 갤러리넷 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려 드립니다.

{G1} 은 운영자가 삭제하였습니다.
{G3_RAW}의 게시물도 같은 날 삭제 처리되었습니다．

나머지 게시물은 확인 후 다시 회신드리겠습니다.

갤러리넷 운영팀 드림
""")

case(name="gn-blind-and-temp-measure",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 신고센터",
     date="Wed, 11 Sep 2024 10:02:48 +0900",
     subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240905-04"),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 블라인드 / 임시조치 (정보통신망법 제44조의2) notice",
     why="one post blinded (removed), one under 30-day 임시조치 (restricted)",
     items={G2: "removed", G4: "restricted"},
     body=f"""
담당자님 안녕하세요.
갤러리넷 신고센터입니다.

요청번호 KCSC-240905-04 관련 조치 내역입니다.

- {G2}
  → 블라인드 처리 완료 (게시물 열람 불가)
- {G4}
  → 정보통신망법 제44조의2에 따라 임시조치(30일)하였습니다.

감사합니다.
""")

case(name="gn-text-table",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷",
     date="Fri, 13 Sep 2024 18:31:00 +0900",
     subject="[갤러리넷] 시정요구 조치결과 회신 (KCSC-240905-04)",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 reply as a plain-text table",
     why="five rows: deleted, deleted, already deleted by author, no violation kept, 임시조치",
     items={G1: "removed", G2: "removed", G3: "not_found", G4: "rejected", G5: "restricted"},
     body=f"""
안녕하세요. 갤러리넷입니다.
요청하신 5건의 처리 결과는 아래 표와 같습니다.

번호 | 게시물 주소                                                  | 처리 결과
-----+--------------------------------------------------------------+---------------------------
1    | {G1}   | 삭제
2    | {G2}   | 삭제
3    | {G3_RAW}             | 작성자 삭제 (요청 전 이미 삭제됨)
4    | {G4}    | 위반 사항 없음, 게시 유지
5    | {G5}    | 임시조치 (30일)

문의: https://gallnet.example/help/report
""")

GN_CSV = "\r\n".join([
    "요청번호,게시물URL,처리결과,처리일",
    f"KCSC-240905-04,{G1},삭제,2024-09-11",
    f"KCSC-240905-04,{G2},블라인드,2024-09-11",
    f"KCSC-240905-04,{G3},게시물 없음,2024-09-11",
    f"KCSC-240905-04,{G4},접근 제한(국내),2024-09-12",
    f"KCSC-240905-04,{G5},삭제,2024-09-12",
]) + "\r\n"

case(name="gn-csv-attachment-base64",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 운영팀",
     date="Fri, 13 Sep 2024 09:10:33 +0900",
     subject="[갤러리넷] KCSC-240905-04 처리결과 송부",
     outcome="applied", classification="confirmation",
     imitates="Korean operator sending an Excel-exported CSV (UTF-8 BOM, CRLF) of 처리결과",
     why="CSV rows: 삭제, 블라인드, 게시물 없음, 접근 제한(국내), 삭제",
     items={G1: "removed", G2: "removed", G3: "not_found", G4: "restricted", G5: "removed"},
     raw_mime=with_csv("=_gn_8812", "안녕하세요, 갤러리넷 운영팀입니다.\n\n"
                       "요청번호 KCSC-240905-04의 처리결과를 첨부 파일(CSV)로 보내드립니다.\n"
                       "확인 부탁드립니다.\n",
                       "KCSC-240905-04_result.csv", GN_CSV, bom=True))

GN_QUOTED = [
    "안녕하세요. 방송통신심의위원회입니다.",
    "아래 게시물에 대한 삭제를 요청드립니다 (요청번호 KCSC-240905-04).",
    "",
    "1. " + G1,
    "2. " + G2,
    "3. " + G3,
    "4. " + G4,
    "5. " + G5,
    "",
    "조치 결과를 9월 12일까지 회신해 주시기 바랍니다.",
]

case(name="gn-gmail-quote-numbers",
     **{"from": "admin@gallnet.example"}, name_from="갤러리넷 운영자",
     date="Mon, 9 Sep 2024 20:47:19 +0900",
     subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240905-04"),
     outcome="applied", classification="confirmation",
     imitates="Korean forum admin answering by item number above a Gmail-quoted request",
     why="'1번, 3번 게시물은 삭제' refers to the numbered list of the quoted request: posts 1 and 3 removed, 2 pending (arguable, see NOTES)",
     items={G1: "removed", G3: "removed", G2: "pending"},
     body=f"""
1번, 3번 게시물은 삭제했습니다.
2번은 작성자 소명을 받는 중이라 며칠 더 걸릴 것 같습니다.

--
갤러리넷 운영자 드림

2024년 9월 5일 (목) 오전 10:15, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_block(GN_QUOTED)}
""")

case(name="cb-janitor-one-line",
     **{"from": "janitor@chanbox.example"}, name_from="ChanBox mods",
     date="Sat, 7 Sep 2024 03:51:10 +0000",
     subject="Re: [KCSC-240906-05] removal request /kr/ thread",
     reply_to_req=thread("KCSC-240906-05"),
     outcome="applied", classification="confirmation",
     imitates="image-board janitor answering in one lower-case line",
     why="thread pruned, URL now 404: removed",
     items={C1: "removed"},
     body=f"""
pruned thread 402211 and banned the poster. {C1} is 404 now

- mod team
""")

case(name="cb-one-item-sole-statement",
     **{"from": "admin@chanbox.example"}, name_from="ChanBox admin",
     date="Sun, 8 Sep 2024 11:15:00 +0000",
     subject="Re: [KCSC-240906-05] Request to remove content",
     reply_to_req=thread("KCSC-240906-05"),
     outcome="applied", classification="confirmation",
     imitates="small-site admin replying 'Deleted.' in the thread of a one-URL request",
     why="unhedged 'Deleted' answering a request of one item, in its thread with its reference: applies to that item",
     items={C1: "removed"},
     body="""
Hi,

Deleted, together with all the replies. Thanks for the heads-up.

ChanBox admin
""")

FD_CSV = "\n".join([
    "file_url,file_name,action,processed_at_utc",
    f"{F[0]},sept_pack1.zip,REMOVED,2024-09-11 02:14",
    f"{F[1]},sept_pack2.zip,REMOVED,2024-09-11 02:14",
    f"{F[2]},,NOT_FOUND,2024-09-11 02:15",
    f"{F[3]},vid_0412.mp4,REMOVED,2024-09-11 02:15",
    f"{F[4]},vid_0413.mp4,UPLOADER_DELETED,2024-09-11 02:15",
    f"{F[5]},album_k.rar,REMOVED,2024-09-11 02:16",
    f"{F[6]},clip_88.mp4,GEO_KR,2024-09-11 02:16",
    f"{F[7]},clip_89.mp4,REMOVED,2024-09-11 02:16",
    f"{F[8]},old_film_1931.mkv,NO_ACTION,2024-09-11 02:17",
    f"{F[9]},set_b.7z,REMOVED,2024-09-11 02:17",
    f"{F[10]},set_c.7z,REMOVED,2024-09-11 02:17",
    f"{F[11]},,NOT_FOUND,2024-09-11 02:18",
]) + "\n"

case(name="fd-csv-attachment-all-12",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Wed, 11 Sep 2024 02:30:00 +0000",
     subject="Outcome of notice KCSC-240909-06 (12 links)",
     outcome="applied", classification="confirmation",
     imitates="file host's moderation-tool CSV export with a legend of action codes",
     why="CSV with a legend: REMOVED x8, NOT_FOUND x2, UPLOADER_DELETED (not_found), GEO_KR (restricted), NO_ACTION (rejected)",
     items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "removed",
            F[4]: "not_found", F[5]: "removed", F[6]: "restricted", F[7]: "removed",
            F[8]: "rejected", F[9]: "removed", F[10]: "removed", F[11]: "not_found"},
     raw_mime=with_csv("fd-b1-20240911", """Hello,

Please find the outcome of your notice KCSC-240909-06 in the attached CSV
export from our moderation tool. Action codes:

  REMOVED           file deleted and download link disabled
  NOT_FOUND         no file exists under this link
  UPLOADER_DELETED  the uploader had already deleted the file before review
  GEO_KR            file unavailable from South Korea only
  NO_ACTION         no breach of our terms found, file stays online

FileDen Abuse
""", "notice_KCSC-240909-06.csv", FD_CSV, encode="7bit"))

case(name="fd-plain-text-table",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Tue, 10 Sep 2024 19:02:13 +0000",
     subject="Re: [KCSC-240909-06] Removal notice - first batch",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="applied", classification="confirmation",
     imitates="file-host abuse desk's plain-text fixed-width status table",
     why="five rows: removed, removed, invalid link, removed, deleted by uploader before review",
     items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "removed", F[4]: "not_found"},
     body=f"""
Hello KCSC team,

Status of the files in your notice KCSC-240909-06 (first batch):

  Link                                Status
  ----------------------------------  ----------------------------------
  {F[0]}    removed
  {F[1]}    removed
  {F[2]}    not found (invalid link)
  {F[3]}    removed
  {F[4]}    deleted by uploader before review

Second batch to follow.

FileDen Abuse
""")

case(name="fd-bare-url-status-below",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Thu, 12 Sep 2024 08:44:50 +0000",
     subject="KCSC-240909-06 second batch",
     outcome="applied", classification="confirmation",
     imitates="terse abuse-desk reply: bare URL, status on the line below",
     why="four URLs each followed by '->' status: deleted, deleted, no such file, left online (no violation)",
     items={F[5]: "removed", F[6]: "removed", F[7]: "not_found", F[8]: "rejected"},
     body=f"""
KCSC-240909-06

{F[5]}
-> deleted, uploader account closed

{F[6]}
-> deleted

{F[7]}
-> no such file

{F[8]}
-> left online, it is a 1931 public-domain film, no violation of our terms

FileDen abuse
""")

case(name="fd-qp-html-list",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Fri, 13 Sep 2024 10:05:00 +0000",
     subject="Re: [KCSC-240909-06] Removal notice - remaining links",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="applied", classification="confirmation",
     imitates="help-desk HTML reply (quoted-printable, soft line breaks inside links)",
     why="three list items: removed and hash-blocked, unavailable in South Korea, link disabled",
     items={F[9]: "removed", F[10]: "restricted", F[11]: "removed"},
     raw_mime=qp_html(f"""<html><head><meta charset="utf-8"></head><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222222">
<p>Hello,</p>
<p>Here is the result for the remaining links of your notice KCSC-240909-06:</p>
<ul>
<li><a href="{F[9]}" target="_blank">{F[9]}</a> – file removed and its hash added to our block list</li>
<li><a href="{F[10]}" target="_blank">{F[10]}</a> – unavailable in South Korea (blocked for Korean IP addresses)</li>
<li><a href="{F[11]}" target="_blank">{F[11]}</a> – link disabled</li>
</ul>
<p>Kind regards,<br>FileDen Abuse<br><a href="https://fileden.example/legal/terms">Terms of Service</a></p>
</div></body></html>
"""))

case(name="fd-statement-then-url-below",
     **{"from": "lena@fileden.example"}, name_from="Lena (FileDen)",
     date="Wed, 11 Sep 2024 13:37:21 +0000",
     subject="Re: [KCSC-240909-06] Removal notice",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="applied", classification="confirmation",
     imitates="abuse agent writing the statement first and the URL on the line below",
     why="one file disabled for a ToS breach, one link with no file behind it",
     items={F[1]: "removed", F[2]: "not_found"},
     body=f"""
Hello,

The following file was disabled for breach of our Terms of Service (section 4, unlawful content):
{F[1]}

We could not find any file under this link; it was probably mistyped or never existed:
{F[2]}

Regards,
Lena
FileDen Abuse
""")

case(name="fd-angle-brackets-wrapped",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Thu, 12 Sep 2024 22:18:06 +0000",
     subject="Re: [KCSC-240909-06] Removal notice",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="applied", classification="confirmation",
     imitates="plain-text reply with URLs in angle brackets, one wrapped inside the brackets",
     why="both files taken down; the second URL is wrapped inside its angle brackets",
     items={F[3]: "removed", F[6]: "removed"},
     body=f"""
Hi,

Re your notice KCSC-240909-06: both files below have been taken down, and the links now show "File removed for abuse".

<{F[3]}>
<{F[6][:26]}
 {F[6][26:]}>

-- FileDen abuse desk
""")

case(name="fd-ack-plus-statements",
     **{"from": "support@fileden.example"}, name_from="FileDen Support",
     date="Tue, 10 Sep 2024 06:12:44 +0000",
     subject="[FD-88213] Your report has been received",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that already carries per-URL outcomes",
     why="acknowledgement phrase plus unhedged statements: one file removed, one id never existed; the rest 'being reviewed'",
     items={F[0]: "removed", F[11]: "not_found"},
     body=f"""
Thank you for your report (KCSC-240909-06). Your ticket number is FD-88213.

We have already processed part of it:
- {F[0]} has been removed.
- {F[11]} does not exist on FileDen (no file was ever uploaded under this id).

The remaining links are being reviewed by our team.

FileDen Support
""")

case(name="sm-admin-korean-oneliner",
     **{"from": "admin@sorimadang.example"}, name_from="소리마당 관리자",
     date="Wed, 11 Sep 2024 23:05:51 +0900",
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240910-07"),
     outcome="applied", classification="confirmation",
     imitates="one-person community admin replying in two informal Korean lines",
     why="10021 deleted; 10022 checked and kept because it is a factual review, not defamation (rejected)",
     items={S1: "removed", S2: "rejected"},
     body=f"""
관리자입니다.
{S1} 지웠습니다.
{S2} 는 내용 확인해 봤는데 비방이 아니라 사실대로 쓴 이용 후기라서 그대로 둡니다.
""")

case(name="sm-photo-private-fullwidth",
     **{"from": "admin@sorimadang.example"}, name_from="소리마당 운영진",
     date="Thu, 12 Sep 2024 11:20:09 +0900",
     subject="[소리마당] 요청하신 게시물 처리 안내 (KCSC-240910-07)",
     outcome="applied", classification="confirmation",
     imitates="Korean small-community notice with the URL in full-width parentheses",
     why="photo post made private (비공개 처리): removed",
     items={S3: "removed"},
     body=f"""
안녕하세요, 소리마당 운영진입니다.
요청하신 사진 게시물（{S3}）은 비공개 처리하였습니다。
작성자에게는 3일간 글쓰기 제한이 적용되었습니다.

소리마당 드림
""")

# ============================ review ============================

case(name="hb-promise-within-48h",
     **{"from": "abuse@hostbay.example"}, name_from="HostBay Abuse",
     date="Tue, 10 Sep 2024 08:02:30 +0200",
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     reply_to_req=thread("KCSC-240902-01"),
     outcome="review", classification="confirmation", review="not_understood",
     imitates="hosting abuse desk promising removal within a deadline",
     why="'will be removed within 48 hours' is a promise, not a statement: both named pages stay pending",
     items={H1: "pending", H2: "pending"},
     body=f"""
Hello,

We have passed your complaint KCSC-240902-01 to the customer. The pages

{H1}
{H2}

will be removed within 48 hours. If the customer does not act by then, we
will suspend the account ourselves.

HostBay Abuse
""")

case(name="hb-forwarded-customer-reply",
     **{"from": "abuse@hostbay.example"}, name_from="HostBay Abuse Team",
     date="Thu, 12 Sep 2024 10:05:17 +0200",
     subject="Fwd: Re: Abuse notice HB-558190 [KCSC-240902-01]",
     outcome="review", classification="forwarded", review="forwarded",
     imitates="abuse desk forwarding its customer's own answer with an FYI line",
     why="the statement is the customer's, inside a forwarded message; the host itself states nothing",
     items={H2: "pending"},
     body=f"""
FYI, see the customer's answer below.

Jana / HostBay Abuse

---------- Forwarded message ---------
From: Moonlit Deals <owner@moonlit-deals.example>
Date: Thu, 12 Sep 2024 at 09:41
Subject: Re: Abuse notice HB-558190
To: HostBay Abuse <abuse@hostbay.example>

Hello, I have deleted the product page {H2} as you asked.
Regards, D. Park
""")

case(name="unknown-site-owner-gmail",
     **{"from": "d.park.moonlit@gmail.com"}, name_from="D Park",
     date="Thu, 12 Sep 2024 12:30:02 +0900",
     subject="KCSC-240902-01 my shop page",
     outcome="review", review="unknown_sender",
     imitates="site owner writing to the regulator from a webmail address",
     why="a removal statement from someone who is not any platform: unknown sender",
     items={H2: "pending"},
     body=f"""
Hello,

My hosting company told me about your complaint. I removed {H2} yesterday. Please tell HostBay to close the case, my shop is down.

D. Park
""")

case(name="np-registrar-acts-on-host-items",
     **{"from": "abuse@nameport.example"}, name_from="NamePort Abuse Team",
     date="Fri, 13 Sep 2024 04:11:39 +0000",
     subject="Domain suspension: moonlit-deals.example (your ref KCSC-240902-01)",
     outcome="review", classification="confirmation", review="wrong_platform",
     imitates="registrar notice about a domain whose pages were requested from the host",
     why="NamePort states statuses for two items of the HostBay request",
     items={H1: "pending", H2: "pending"},
     body=f"""
Dear Sir or Madam,

HostBay passed us your complaint KCSC-240902-01, as we are the registrar of
moonlit-deals.example.

The domain has been suspended for breach of our registration agreement.
{H1} and {H2} no longer resolve.

NamePort Abuse Team
""")

case(name="ev-no-claims-api-notice",
     **{"from": "noreply@edgeveil.example"}, name_from="EdgeVeil",
     date="Mon, 16 Sep 2024 15:00:00 +0000",
     subject="Changes to the EdgeVeil abuse reporting API",
     outcome="review", classification="other", review="no_claims",
     imitates="CDN service announcement sent to registered abuse reporters",
     why="trusted EdgeVeil mail naming no item and no request",
     items={},
     body="""
Hello,

You are receiving this message because your address is registered as an
abuse reporter with EdgeVeil.

From 1 October 2024 the abuse reporting API moves to version 3. Version 2
requests will be accepted until 31 December 2024. Reports sent by email are
not affected.

Documentation: https://edgeveil.example/docs/abuse-api/v3

EdgeVeil Trust & Safety
""")

case(name="fd-hedge-appear-deleted",
     **{"from": "lena@fileden.example"}, name_from="Lena (FileDen)",
     date="Tue, 10 Sep 2024 15:48:03 +0000",
     subject="Re: [KCSC-240909-06] Removal notice",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="review", classification="confirmation", review="not_understood",
     imitates="abuse agent hedging while logs are incomplete",
     why="'appear to have been deleted ... can't confirm it yet' is a hedge: both pending",
     items={F[4]: "pending", F[5]: "pending"},
     body=f"""
Hi,

Re KCSC-240909-06: the two links below appear to have been deleted already, possibly by the uploader, but our logs for that storage node are incomplete so I can't confirm it yet.

{F[4]}
{F[5]}

I'll get back to you once the storage team answers.

Lena
""")

case(name="fd-bulk-all-removed",
     **{"from": "abuse@fileden.example"}, name_from="FileDen Abuse",
     date="Sat, 14 Sep 2024 09:00:12 +0000",
     subject="Re: [KCSC-240909-06] Removal notice",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="review", classification="confirmation", review="bulk",
     imitates="file host's one-sentence 'all reported files removed' reply",
     why="one statement covering a 12-item request without naming the files",
     items={},
     body="""
Hello,

All files listed in your notice KCSC-240909-06 have been removed from FileDen and their links disabled.

FileDen Abuse
""")

case(name="fd-asks-more-authorisation",
     **{"from": "legal@fileden.example"}, name_from="FileDen Legal",
     date="Tue, 10 Sep 2024 11:26:40 +0000",
     subject="Re: [KCSC-240909-06] Removal notice - information needed",
     reply_to_req=thread("KCSC-240909-06"),
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="file host legal team asking for the legal basis before acting",
     why="asks for the legal basis and an official letter before acting; no item status",
     items={},
     body="""
Dear KCSC,

Before we can act on notice KCSC-240909-06 we need:

1. the provision of Korean law under which each file is considered unlawful;
2. an official letter on your letterhead, signed by an authorised officer.

Please reply to this email with these documents. We will process the notice once they are received.

FileDen Legal
""")

case(name="gn-untrusted-dmarc-fail",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 운영팀", auth="fail",
     date="Wed, 11 Sep 2024 16:40:00 +0900",
     subject="[갤러리넷] 게시물 삭제 완료 (KCSC-240905-04)",
     outcome="review", classification="confirmation", review="untrusted",
     imitates="갤러리넷 notice whose DKIM/SPF/DMARC fail",
     why="platform domain in From but authentication fails: untrusted, nothing applied",
     items={G1: "pending", G2: "pending"},
     body=f"""
안녕하세요, 갤러리넷 운영팀입니다.

요청번호 KCSC-240905-04 건 중 아래 게시물을 삭제 완료하였습니다.

- {G1}
- {G2}

감사합니다.
""")

case(name="gn-bulk-korean-all-deleted",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 신고센터",
     date="Sat, 14 Sep 2024 09:30:27 +0900",
     subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240905-04"),
     outcome="review", classification="confirmation", review="bulk",
     imitates="Korean portal's one-line '모두 삭제 조치' answer",
     why="'신고하신 게시물 5건은 모두 삭제' covers a 5-item request without naming them",
     items={},
     body="""
안녕하세요. 갤러리넷 신고센터입니다.

요청번호 KCSC-240905-04로 신고하신 게시물 5건은 모두 삭제 조치하였습니다.

감사합니다.
""")

case(name="cb-conditional-if-rule",
     **{"from": "janitor@chanbox.example"}, name_from="ChanBox mods",
     date="Fri, 6 Sep 2024 22:03:18 +0000",
     subject="Re: [KCSC-240906-05] removal request /kr/ thread",
     reply_to_req=thread("KCSC-240906-05"),
     outcome="review", classification="confirmation", review="not_understood",
     imitates="volunteer moderator answering with a condition",
     why="deletion is conditional and in the future: the thread stays pending",
     items={C1: "pending"},
     body=f"""
hi, got it. if the thread at {C1} breaks rule 2 (nothing illegal) the board vol will delete it when they're back on. no promises on timing

- mod team
""")

case(name="sm-korean-scheduled",
     **{"from": "admin@sorimadang.example"}, name_from="소리마당 관리자",
     date="Wed, 11 Sep 2024 09:14:00 +0900",
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240910-07"),
     outcome="review", classification="confirmation", review="not_understood",
     imitates="small Korean community admin saying deletion is 예정",
     why="'삭제할 예정' is a promise: both named posts stay pending",
     items={S1: "pending", S3: "pending"},
     body=f"""
안녕하세요, 소리마당 관리자입니다.

말씀하신 게시물({S1}, {S3})은 이번 주 안에 삭제할 예정입니다.
운영진 회의 후 처리하고 다시 연락드리겠습니다.
""")

# ============================ ignored ============================

case(name="hb-out-of-office",
     **{"from": "marek.novak@hostbay.example"}, name_from="Marek Novak",
     date="Mon, 16 Sep 2024 07:00:03 +0200",
     subject="Automatic reply: [KCSC-240902-01] Reminder: request for removal",
     reply_to_req=thread("KCSC-240902-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="automatic out-of-office reply",
     items={},
     body="""
I am out of the office until 23 September with limited access to email.
For abuse matters please write to abuse@hostbay.example.

Marek Novak
""")

case(name="fd-dsn-mailbox-unknown",
     **{"from": "MAILER-DAEMON@fileden.example"}, name_from="Mail Delivery System",
     date="Mon, 16 Sep 2024 09:00:41 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN for a reminder sent to an old address",
     why="delivery status notification; the quoted original is our own reminder",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1B2C3D.1726477241/mx1.fileden.example"
Content-Description: Notification
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--4A1B2C3D.1726477241/mx1.fileden.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.fileden.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dmca@fileden.example>: host mail.fileden.example[198.51.100.77] said: 550
    5.1.1 <dmca@fileden.example>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--4A1B2C3D.1726477241/mx1.fileden.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.fileden.example
Arrival-Date: Mon, 16 Sep 2024 09:00:40 +0000

Final-Recipient: rfc822; dmca@fileden.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dmca@fileden.example>: Recipient address
    rejected: User unknown

--4A1B2C3D.1726477241/mx1.fileden.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@fileden.example
Subject: [KCSC-240909-06] Reminder: removal notice
Date: Mon, 16 Sep 2024 18:00:00 +0900
Message-ID: <reminder.KCSC-240909-06.1@kcsc.example>

Dear FileDen,

We have not yet received the outcome for these links:

{F[4]}
{F[5]}
{F[8]}

KCSC Takedown desk

--4A1B2C3D.1726477241/mx1.fileden.example--
""")

case(name="gn-mdn-read-receipt",
     **{"from": "report@gallnet.example"}, name_from="갤러리넷 신고센터",
     date="Thu, 5 Sep 2024 11:02:09 +0900",
     subject="읽음: [KCSC-240905-04] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240905-04"),
     outcome="ignored", classification="read_receipt",
     imitates="Korean mail client's read receipt (MDN)",
     why="message disposition notification: only says our request was displayed",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_gn_0905"

--mdn_gn_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024년 9월 5일 오전 11:02에 읽었습니다.
제목: [KCSC-240905-04] 게시물 삭제 요청

--mdn_gn_0905
Content-Type: message/disposition-notification

Reporting-UA: mail.gallnet.example; GallMail 4.2
Final-Recipient: rfc822; report@gallnet.example
Original-Message-ID: <req-240905-04.gallnet@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_gn_0905--
""")

case(name="ev-ticket-receipt",
     **{"from": "noreply@edgeveil.example"}, name_from="EdgeVeil Abuse",
     date="Tue, 3 Sep 2024 02:02:55 +0000",
     subject="We received your abuse report EV-77120",
     extra_headers=["Auto-Submitted: auto-generated"],
     outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse-portal receipt",
     why="pure acknowledgement: report id, no statement about any item",
     items={},
     body="""
Hello,

We have received your abuse report.

Report ID:  EV-77120
Subject:    [KCSC-240903-02] Removal request - illegal gambling

You will receive further emails as the report is processed. Please do not
reply to this message; this mailbox is not monitored.

EdgeVeil Trust & Safety
""")

case(name="np-autoack-ticket",
     **{"from": "abuse@nameport.example"}, name_from="NamePort Abuse",
     date="Wed, 4 Sep 2024 00:46:12 +0000",
     subject="[NP-449120] Re: [KCSC-240904-03] Phishing domains",
     reply_to_req=thread("KCSC-240904-03"),
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="acknowledgement",
     imitates="registrar help-desk auto-acknowledgement opening a ticket",
     why="ticket opened, typical response time given; nothing about any item",
     items={},
     body="""
Thank you for contacting NamePort Abuse.

A ticket (#NP-449120) has been opened for your message. Our typical response
time is two business days. Please keep the ticket number in the subject line
of any further correspondence.

NamePort Abuse Team
https://nameport.example/abuse
""")

case(name="sm-korean-auto-reply",
     **{"from": "admin@sorimadang.example"}, name_from="소리마당 관리자",
     date="Tue, 10 Sep 2024 13:40:20 +0900",
     subject="[자동응답] Re: [KCSC-240910-07] 게시물 삭제 요청",
     reply_to_req=thread("KCSC-240910-07"),
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean webmail 부재중 자동응답",
     why="vacation auto-reply",
     items={},
     body="""
안녕하세요. 소리마당 관리자입니다.
9월 13일까지 휴가 중이라 메일 확인이 늦어질 수 있습니다.
복귀 후 순서대로 답변드리겠습니다.
""")

case(name="cb-dsn-quota",
     **{"from": "postmaster@chanbox.example"}, name_from="Mail Delivery Subsystem",
     date="Sat, 7 Sep 2024 00:10:05 +0000",
     subject="Delivery Status Notification (Failure)",
     extra_headers=["Auto-Submitted: auto-replied"],
     outcome="ignored", classification="bounce",
     imitates="DSN for a mailbox over quota",
     why="bounce for a full mailbox; the returned headers are our own",
     items={},
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-cb-0907"

--dsn-cb-0907
Content-Type: text/plain; charset=us-ascii

Your message to janitor@chanbox.example could not be delivered.
The recipient's mailbox is full and cannot accept messages now.

--dsn-cb-0907
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.chanbox.example

Final-Recipient: rfc822; janitor@chanbox.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-cb-0907
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: janitor@chanbox.example
Subject: [KCSC-240906-05] Request to remove content
Message-ID: <req-240906-05.chanbox@kcsc.example>
Date: Fri, 6 Sep 2024 14:20:00 +0900

--dsn-cb-0907--
""")


HEADER = """# Blind set 343 (tests/corpus/blind343/make.py writes this file).
# Hosting providers, CDNs, registrars, forums, image boards, file hosts and
# small services answering informally, plus CSV attachments and plain-text
# tables. Expected results written from each email's meaning before any run
# of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv."""


def encode_words(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_words(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
