#!/usr/bin/env python3
"""Blind set 775: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering removal requests, often
informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind775/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was run on any of them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "filecrate.io": "FileCrate",
    "nimbushost.net": "Nimbus Hosting",
    "veilcdn.com": "VeilCDN",
    "gaondomains.co.kr": "Gaon Domains",
    "talkpark.co.kr": "TalkPark",
    "hanachan.net": "hanachan",
    "pastely.dev": "Pastely",
})

# ---------------------------------------------------------------- requests
F = [
    "https://filecrate.io/f/7Qm2xKp9",
    "https://filecrate.io/f/Rb41nWz0",
    "https://filecrate.io/f/Hh8sTe3L",
    "https://filecrate.io/f/u0PcYd62",
    "https://filecrate.io/f/LmN5aQ7v",
    "https://filecrate.io/f/9tGkWx1B",
    "https://filecrate.io/f/Zq3eRj8s",
    "https://filecrate.io/f/cV6oPb2M",
    "https://filecrate.io/d/kr-leak-pack-01",
    "https://filecrate.io/d/kr-leak-pack-02",
    "https://filecrate.io/f/Ye7Nw4Ku",
    "https://filecrate.io/f/Jx2Ls9Dq",
    "https://filecrate.io/f/Pw0Fz5Ht",
    "https://filecrate.io/f/Ea3Mc8Vg",
]
H = [
    "https://drugmart-kr24.shop/products/zolpi",
    "https://drugmart-kr24.shop/order.php?id=118",
    "http://198.51.100.77/~sunmall/rx/index.html",
    "https://gwangjang-pill.site/",
]
V = [
    "https://toto-majesty.bet/join",
    "https://toto-majesty.bet/event/0905",
    "https://sportslive-free.tv/kbo/",
]
G = [
    "http://slotking-777.kr/",
    "https://myeongpum-replica.co.kr/",
]
T = [
    "https://talkpark.co.kr/board/free/88213",
    "https://talkpark.co.kr/board/free/88240",
    "https://talkpark.co.kr/board/stock/5107",
    "https://talkpark.co.kr/board/%EC%9E%90%EC%9C%A0/31077",
    "https://talkpark.co.kr/board/humor/77102",
]
T4_RAW = "https://talkpark.co.kr/board/자유/31077"
C = [
    "https://hanachan.net/kr/res/40211.html",
    "https://hanachan.net/b/res/918774.html",
    "https://img.hanachan.net/src/1725941002113.jpg",
]
P = ["https://pastely.dev/p/qz81Lxe"]

REQUESTS = [
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", F,
     "obscenity", "req-240902-01@kcsc.example", "file host; largest request"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", H,
     "illegal_drugs", "req-240903-02@kcsc.example", "web host of the shops"),
    ("KCSC-240905-03", "veilcdn", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", V,
     "gambling", "req-240905-03@kcsc.example", "CDN in front of the sites"),
    ("KCSC-240906-04", "gaondomains", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", G,
     "counterfeit", "req-240906-04@kcsc.example", "registrar of the domains"),
    ("KCSC-240909-05", "talkpark", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", T,
     "defamation", "req-240909-05@kcsc.example", "forum posts"),
    ("KCSC-240910-06", "hanachan", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", C,
     "privacy", "req-240910-06@kcsc.example", "image board threads and one image"),
    ("KCSC-240911-07", "pastely", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", P,
     "privacy", "req-240911-07@kcsc.example", "one paste"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, prefix="> ", korean=False):
    if korean:
        lines = ["안녕하십니까, 방송통신심의위원회입니다.",
                 f"아래 게시물에 대한 삭제를 요청드립니다 (요청번호 {ref}).", ""]
    else:
        lines = ["Dear abuse team,", "",
                 f"Under our reference {ref} we ask you to remove the following content,",
                 "which breaches Korean law:", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Korea Communications Standards Commission" if not korean else "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
case(
    name="fc-csv-attachment-full",
    outcome="applied", classification="confirmation",
    imitates="file-host Trust & Safety reply with a per-link results spreadsheet (CSV) attached",
    why="the CSV gives one outcome per link: 11 removed, 2 not found, 1 kept online for no breach (rejected)",
    date="Wed, 04 Sep 2024 16:42:10 +0900",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req="req-240902-01",
    raw_mime=multipart("mixed", "=_fc_8812a", [
        part("text/plain; charset=utf-8", """
Hello,

We have gone through the 14 links in your request KCSC-240902-01. The
outcome for every link is in the attached spreadsheet
(results_KCSC-240902-01.csv). In short: most files were removed, two links
did not lead to any file on FileCrate, and one file was reviewed and kept
online.

If you disagree with an outcome, reply to this email and name the link.

Regards,
Mateo Ruiz
FileCrate Trust & Safety
"""),
        part('text/csv; charset=utf-8; name="results_KCSC-240902-01.csv"', b64(
            "link,file_name,action,date_actioned,note\n"
            f"{F[0]},archive_0412.zip,Removed,2024-09-04,\n"
            f"{F[1]},clip_a.mp4,Removed,2024-09-04,\n"
            f"{F[2]},clip_b.mp4,Removed,2024-09-04,\n"
            f"{F[3]},,Not found,,no file with this ID\n"
            f"{F[4]},set_02.rar,Removed,2024-09-04,uploader terminated\n"
            f"{F[5]},set_03.rar,Removed,2024-09-04,uploader terminated\n"
            f"{F[6]},img_pack.zip,Removed,2024-09-04,\n"
            f"{F[7]},,Not found,,deleted by uploader before review\n"
            f"{F[8]},(folder 38 files),Removed,2024-09-04,whole folder\n"
            f"{F[9]},(folder 12 files),Removed,2024-09-04,whole folder\n"
            f"{F[10]},v_0903.mp4,Removed,2024-09-04,\n"
            f"{F[11]},v_0904.mp4,Removed,2024-09-04,\n"
            f"{F[12]},notes.pdf,No action,,no breach of the FileCrate Terms found\n"
            f"{F[13]},v_0905.mp4,Removed,2024-09-04,\n"),
            cte="base64",
            extra=['Content-Disposition: attachment; filename="results_KCSC-240902-01.csv"']),
    ]),
    items={F[0]: "removed", F[1]: "removed", F[2]: "removed", F[3]: "not_found",
           F[4]: "removed", F[5]: "removed", F[6]: "removed", F[7]: "not_found",
           F[8]: "removed", F[9]: "removed", F[10]: "removed", F[11]: "removed",
           F[12]: "rejected", F[13]: "removed"},
)

case(
    name="fc-plaintext-table-top-posted",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent pasting a fixed-width status table above the quoted request (Gmail quoting)",
    why="table rows: 3 deleted, 1 no such file, 1 folder deleted, 1 still under review; quoted request lines change nothing",
    date="Tue, 03 Sep 2024 18:05:33 +0900",
    **{"from": "hana.lee@filecrate.io"}, name_from="Hana Lee",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

First batch is done, the rest is still with the review team. Where the
links below stand as of today:

 #  Link                                      Status
 1  {F[0]:<42}deleted
 2  {F[1]:<42}deleted
 3  {F[2]:<42}deleted
 4  {F[3]:<42}no such file
 5  {F[8]:<42}folder deleted
 6  {F[9]:<42}still under review

--
Hana Lee, FileCrate abuse desk

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", [F[4], F[5], F[8], F[9]])}
""",
    items={F[0]: "removed", F[1]: "removed", F[2]: "removed", F[3]: "not_found",
           F[8]: "removed", F[9]: "pending", F[4]: "pending", F[5]: "pending"},
)

case(
    name="fc-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving each bare link with its outcome on the line below",
    why="four links each followed by its outcome: removed, removed, invalid ID (not found), no breach so stays (rejected)",
    date="Fri, 06 Sep 2024 11:20:05 +0900",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    subject="Re: KCSC-240902-01 follow-up on four links",
    body=f"""
Hello KCSC team,

Results for the four links you chased on 5 September:

{F[4]}
File removed, uploader account terminated.

{F[5]}
File removed.

{F[6]}
We could not find this file. The ID is not valid on our service.

{F[7]}
Reviewed; it does not breach our Terms, so it remains available.

Best,
FileCrate Trust & Safety
""",
    items={F[4]: "removed", F[5]: "removed", F[6]: "not_found", F[7]: "rejected"},
)

_rows = [(F[9], "File disabled", "2024-09-05"), (F[10], "File disabled", "2024-09-05"),
         (F[11], "Not found", "-"), (F[12], "Disabled (blocked in all regions)", "2024-09-05"),
         (F[13], "No violation found &ndash; file remains online", "-")]
case(
    name="fc-html-table",
    outcome="applied", classification="confirmation", type="html",
    imitates="HTML outcome notice from a file host's case-management system with a link/action/date table",
    why="HTML table: two disabled, one not found, one disabled in all regions (removed), one kept (rejected); the transparency link is no item",
    date="Thu, 05 Sep 2024 14:02:47 +0900",
    **{"from": "noreply@filecrate.io"}, name_from="FileCrate",
    subject="Outcome of your report KCSC-240902-01",
    body="""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir or Madam,</p>
<p>Please find below the outcome of our review for your reference <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th><th>Date</th></tr>
""" + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{d}</td></tr>' for u, a, d in _rows) + """
</table>
<p>We publish figures on the notices we receive in our
<a href="https://filecrate.io/legal/transparency">transparency report</a>.</p>
<p>FileCrate Trust &amp; Safety<br>This mailbox is not monitored. To reply, write to abuse@filecrate.io.</p>
</body></html>
""",
    items={F[9]: "removed", F[10]: "removed", F[11]: "not_found", F[12]: "removed", F[13]: "rejected"},
)

case(
    name="fc-qp-bullets-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="short Trust & Safety confirmation in quoted-printable with links in angle brackets",
    why="three links listed under 'we removed the following files'; the policy link is no item",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req="req-240902-01",
    raw_mime=part("text/plain; charset=utf-8", qp(f"""Dear KCSC,

Following your notice KCSC-240902-01 we removed the following files from FileCrate on 4 September 2024 (KST), after checking each of them against our Terms of Service:

  * <{F[0]}>
  * <{F[2]}>
  * <{F[8]}>

Removing the folder also removed every file that was stored in it. Both uploaders received a strike under our repeat-infringer policy (https://filecrate.io/legal/repeat-policy).

Kind regards,
Trust & Safety — FileCrate
"""), cte="quoted-printable"),
    items={F[0]: "removed", F[2]: "removed", F[8]: "removed"},
)

case(
    name="nh-ticket-resolved-account-suspended",
    outcome="applied", classification="confirmation",
    imitates="web host abuse-desk ticket update: hosting account suspended, pages offline",
    why="the two listed pages are offline because the hosting account was suspended (removed); the other links are only said to be in other tickets",
    date="Wed, 04 Sep 2024 13:44:00 +0900",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    subject="[NH-55821] Resolved: KCSC-240903-02 drugmart-kr24.shop",
    body=f"""
Hello,

This is an update on abuse ticket NH-55821.

We have suspended the hosting account that served drugmart-kr24.shop. The two
pages you listed are offline, and the web server now shows our suspension
page for the whole site:

- {H[0]}
- {H[1]}

The remaining links in your request are handled in separate tickets.

Nimbus Hosting Abuse Team
abuse@nimbushost.net | https://nimbushost.net/legal/aup
""",
    items={H[0]: "removed", H[1]: "removed"},
)

case(
    name="nh-admin-one-liner",
    outcome="applied", classification="confirmation",
    imitates="sysadmin's one-line reply from a phone",
    why="'<url> - removed, the directory is gone from the server' is an unhedged removal of that item",
    date="Wed, 04 Sep 2024 22:17:41 +0900",
    **{"from": "t.kwon@nimbushost.net"}, name_from="Kwon Taeyang",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="req-240903-02",
    body=f"""
{H[2]} - removed, the whole ~sunmall directory is gone from the server.

TK
--
Sent from my phone
""",
    items={H[2]: "removed"},
)

case(
    name="nh-deleted-and-not-ours",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk reply: one page deleted, one site not on their network",
    why="order page deleted (removed); for the other site the host finds nothing of it on its servers (not_found)",
    date="Thu, 05 Sep 2024 10:12:09 +0900",
    **{"from": "p.natarajan@nimbushost.net"}, name_from="Priya Natarajan",
    subject="Re: KCSC-240903-02 status",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

One of the two links is done, the other is not ours:

1) {H[1]} — deleted together with
   the rest of the shop.
2) {H[3]} — we do not host this site. The domain does not
   point to any of our servers and we have no account for it, so there is
   nothing on our side we could find or act on.

Regards,
Priya Natarajan
Abuse & Compliance, Nimbus Hosting
""",
    items={H[1]: "removed", H[3]: "not_found"},
)

case(
    name="vc-geoblock-korea",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety reply: URLs blocked for visitors from one country (HTTP 451), complaint passed to the host",
    why="access from Korea restricted for two URLs, still reachable elsewhere: restricted",
    date="Fri, 06 Sep 2024 17:25:51 +0900",
    **{"from": "abuse@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    subject="VeilCDN abuse report 24-0906-KR-0031 (KCSC-240905-03)",
    body=f"""
Hello,

Regarding your complaint KCSC-240905-03.

VeilCDN is a reverse proxy and does not host the origin of these websites.
However, after reviewing your complaint under Korean law we have restricted
access from the Republic of Korea to the following URLs on our network:

{V[0]}
{V[1]}

Visitors from Korea now receive an HTTP 451 page. The content is still
reachable from other countries.

We have also passed your complaint on to the hosting provider of the site.

VeilCDN Trust & Safety
""",
    items={V[0]: "restricted", V[1]: "restricted"},
)

case(
    name="vc-korean-block-angle-particle",
    outcome="applied", classification="confirmation",
    imitates="CDN's Korean support team reply: 대한민국 내 접속 차단 완료, URL in angle brackets followed by a particle",
    why="접속 차단 within Korea for the one URL named: restricted; the other two are not named",
    date="Mon, 09 Sep 2024 11:03:27 +0900",
    **{"from": "kr-support@veilcdn.com"}, name_from="VeilCDN",
    subject=enc("[VeilCDN] 신고 처리 결과 안내 (KCSC-240905-03)"),
    body=f"""
안녕하세요, VeilCDN 신뢰안전팀입니다.

귀 위원회에서 요청하신 URL 중 아래 건에 대하여 대한민국 내 접속 차단 조치를 완료하였습니다.

<{V[2]}>에 국내에서 접속하면 451 안내 페이지가 표시됩니다.

나머지 2건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
VeilCDN 신뢰안전팀 드림
""",
    items={V[2]: "restricted"},
)

case(
    name="vc-blocked-all-regions-url-below",
    outcome="applied", classification="confirmation",
    imitates="CDN reply: URL blocked on the network in all regions (HTTP 451), URL on the line below the statement",
    why="blocked for every visitor in all regions = made unavailable globally: removed",
    date="Tue, 10 Sep 2024 15:40:18 +0900",
    **{"from": "abuse@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    subject="Re: VeilCDN abuse report 24-0906-KR-0031",
    body=f"""
Hello,

Following our review, the URL below has been blocked on the VeilCDN network in
all regions and now returns an HTTP 451 error to every visitor:
{V[1]}

No action was taken on the other URLs in this report at this time.

VeilCDN Trust & Safety
Report ID 24-0906-KR-0031
""",
    items={V[1]: "removed"},
)

case(
    name="gd-bare-domain-clienthold",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-desk notice in key/value form: domain placed on clientHold, no longer resolves",
    why="the domain (named without scheme) no longer resolves anywhere: removed; the other domain only gets a promise",
    date="Sat, 07 Sep 2024 15:02:44 +0900",
    **{"from": "abuse@gaondomains.co.kr"}, name_from="Gaon Domains Abuse",
    subject="Re: KCSC-240906-04 Domain abuse complaint",
    reply_to_req="req-240906-04",
    body="""
Dear KCSC,

Domain:           slotking-777.kr
Registrar action: clientHold applied 2024-09-07 14:10 KST
Result:           the domain no longer resolves; the website cannot be
                  reached from anywhere.

Our review of myeongpum-replica.co.kr is not finished yet; we will report
back separately.

Gaon Domains Abuse Desk
""",
    items={G[0]: "removed", G[1]: "pending"},
)

case(
    name="gd-pipe-table-declined",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance reply with a pipe-separated table: one domain suspended, one complaint declined as a content matter",
    why="slotking suspended (removed); the other declined with its reason, stays up: rejected",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    **{"from": "compliance@gaondomains.co.kr"}, name_from="Gaon Domains Compliance",
    subject="Outcome of complaint KCSC-240906-04",
    body=f"""
Hello,

Outcome of complaint KCSC-240906-04:

Domain                            | Action    | Comment
----------------------------------+-----------+---------------------------------
{G[0]}           | Suspended | clientHold, DNS removed 2024-09-07
{G[1]}  | Declined  | content complaint, not DNS abuse;
                                  |           | no action by the registrar

For complaints about the content of a website please contact the hosting
provider of that website.

Best regards,
Gaon Domains Compliance
""",
    items={G[0]: "removed", G[1]: "rejected"},
)

case(
    name="gd-korean-domain-suspended",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar 불법이용 대응 notice: 도메인 사용 정지(네임서버 해제) 완료",
    why="domain use suspended, site no longer reachable: removed",
    date="Mon, 09 Sep 2024 16:48:21 +0900",
    **{"from": "abuse@gaondomains.co.kr"}, name_from=enc("가온도메인"),
    subject=enc("RE: [KCSC-240906-04] 도메인 불법이용 신고 처리 결과"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 가온도메인 불법이용 대응팀입니다.

요청하신 도메인 myeongpum-replica.co.kr ({G[1]})에 대하여 2024-09-09 자로
도메인 사용 정지(네임서버 해제) 조치를 완료하였습니다. 현재 해당 사이트는 접속되지 않습니다.

감사합니다.
가온도메인 드림
""",
    items={G[1]: "removed"},
)

case(
    name="tp-admin-one-liner-korean",
    outcome="applied", classification="confirmation",
    imitates="small forum operator's one-line Korean reply (삭제했습니다)",
    why="'<url> 글 삭제했습니다' is an unhedged deletion of that post",
    date="Mon, 09 Sep 2024 13:15:02 +0900",
    **{"from": "admin@talkpark.co.kr"}, name_from=enc("토크파크 운영자"),
    subject=enc("RE: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""
{T[0]} 글 삭제했습니다.

토크파크 운영자 드림
""",
    items={T[0]: "removed"},
)

case(
    name="tp-korean-numbered-results",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 시정요구 조치결과 회신: numbered list of 블라인드 / 임시조치 / 작성자 삭제 / 삭제",
    why="블라인드 -> removed, 임시조치(30일) -> restricted, already deleted by its author -> not_found, 삭제 -> removed; raw Korean path matches the encoded one",
    date="Tue, 10 Sep 2024 10:21:44 +0900",
    **{"from": "help@talkpark.co.kr"}, name_from=enc("토크파크 운영팀"),
    subject=enc("[토크파크] 시정요구 조치결과 회신 (KCSC-240909-05)"),
    body=f"""
안녕하세요. 토크파크 운영팀입니다.
요청하신 게시물에 대한 조치 결과를 알려드립니다.

1. {T[1]} : 블라인드 처리 완료
2. {T[2]} : 임시조치(30일) 완료
3. {T4_RAW} : 작성자가 이미 삭제한 게시물입니다
4. {T[4]} : 삭제 완료

문의사항은 이 메일로 회신 주시기 바랍니다.
토크파크 운영팀
""",
    items={T[1]: "removed", T[2]: "restricted", T[3]: "not_found", T[4]: "removed"},
)

case(
    name="tp-top-posted-over-korean-quote",
    outcome="applied", classification="confirmation",
    imitates="forum admin's Gmail reply top-posted over the quoted Korean request, URLs on the lines below the statement",
    why="two posts deleted (URLs below the sentence); the other three are only 'being checked' or in the quoted request",
    date="Mon, 09 Sep 2024 15:47:30 +0900",
    **{"from": "admin@talkpark.co.kr"}, name_from=enc("토크파크 운영자"),
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""
88213번, 88240번 글은 방금 삭제했습니다.
{T[0]}
{T[1]}
나머지 세 건은 확인 중이에요.

2024년 9월 9일 (월) 오전 10:00, KCSC 게시물 삭제 요청 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240909-05", [T[0], T[1], T[2], T4_RAW, T[4]], korean=True)}
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "pending", T[3]: "pending", T[4]: "pending"},
)

case(
    name="tp-html-korean-result-table",
    outcome="applied", classification="confirmation", type="html",
    imitates="Korean 시정요구 조치결과 HTML table (번호 / URL / 조치결과 / 조치일자)",
    why="삭제, 삭제, 접근제한(국내) -> restricted, 게시물 없음(작성자 삭제) -> not_found, 조치불가(위반사항 없음) -> rejected",
    date="Wed, 11 Sep 2024 09:58:13 +0900",
    **{"from": "help@talkpark.co.kr"}, name_from=enc("토크파크 운영팀"),
    subject=enc("[토크파크] 시정요구(KCSC-240909-05) 조치결과"),
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>귀 위원회의 시정요구(KCSC-240909-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{T[0]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{T[1]}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>{T[2]}</td><td>접근제한(국내)</td><td>2024-09-10</td></tr>
<tr><td>4</td><td><a href="{T[3]}">{T4_RAW}</a></td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>{T[4]}</td><td>조치불가 (운영정책 위반사항 없음)</td><td>-</td></tr>
</table>
<p>토크파크 운영팀 드림</p>
</body></html>
""",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="hc-admin-deleted-all-three-listed",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal lower-case reply listing each link with what was done",
    why="each of the three links is named with 'thread deleted' / 'file purged': removed",
    date="Tue, 10 Sep 2024 23:51:07 +0900",
    **{"from": "admin@hanachan.net"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
hi,

deleted all three:
{C[0]} (thread deleted)
{C[1]} (thread deleted, poster banned)
{C[2]} (file purged from storage and cache)

- admin
""",
    items={C[0]: "removed", C[1]: "removed", C[2]: "removed"},
)

case(
    name="hc-mod-gone-and-stays",
    outcome="applied", classification="confirmation",
    imitates="volunteer moderator's terse reply: one thread gone, one kept with a reason",
    why="40211 is gone (removed); 918774 stays because it breaks no rule (rejected)",
    date="Wed, 11 Sep 2024 02:14:55 +0900",
    **{"from": "mod@hanachan.net"}, name_from="hanachan mods",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
40211 is gone ( {C[0]} ).
918774 stays up. it's a repost of a news article and breaks none of our rules: {C[1]}
--
hanachan volunteer mod team
""",
    items={C[0]: "removed", C[1]: "rejected"},
)

case(
    name="hc-korean-fullwidth-parens",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's Korean reply typed with full-width punctuation around the URL",
    why="the image URL inside full-width parentheses was deleted from server and cache: removed; the threads are still under review and not named",
    date="Wed, 11 Sep 2024 12:30:40 +0900",
    **{"from": "admin@hanachan.net"}, name_from=enc("하나짱 관리자"),
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
안녕하세요．

요청하신 이미지（{C[2]}）는 서버와 캐시에서 모두 삭제했습니다．
스레드 2개는 아직 검토 중입니다．

하나짱 관리자
""",
    items={C[2]: "removed"},
)

case(
    name="ps-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="small paste service's friendly support reply without the link",
    why="'the paste has been removed' answers a one-item request by thread and reference: applies to that item",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    **{"from": "support@pastely.dev"}, name_from="Pastely Support",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req="req-240911-07",
    body="""
Hi there,

Thanks for the report. The paste has been removed and the account that
created it is suspended.

Cheers,
Olu from Pastely
""",
    items={P[0]: "removed"},
)

case(
    name="ps-expired-not-found",
    outcome="applied", classification="confirmation",
    imitates="paste service reply: the reported paste had already expired",
    why="the paste no longer exists (expired before review): not_found",
    date="Thu, 12 Sep 2024 09:05:36 +0900",
    **{"from": "support@pastely.dev"}, name_from="Pastely Support",
    subject="Re: [KCSC-240911-07] Removal request",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

We looked for {P[0]} but it no longer exists: its author had set
it to expire after 24 hours, and it expired on 11 September before we got
to it. There is nothing left for us to remove.

Best,
Olu
Pastely Support
""",
    items={P[0]: "not_found"},
)

case(
    name="fc-echoed-report-decision",
    outcome="applied", classification="confirmation",
    imitates="web-form report outcome notice that echoes the submitted report (report ID, link, reason) above the decision",
    why="the echoed report names the link; the decision 'File disabled / no longer available' is the platform's own: removed",
    date="Thu, 05 Sep 2024 08:12:59 +0900",
    **{"from": "noreply@filecrate.io"}, name_from="FileCrate",
    subject="Your report #FC-R-208841 has been resolved",
    body=f"""
Hello,

A decision has been made on the report you submitted.

---- Your report ----
Report ID:       FC-R-208841
Reported link:   {F[12]}
Reason:          Illegal content (Republic of Korea)
Your reference:  KCSC-240902-01
Submitted:       2024-09-02 10:04 KST

---- Decision ----
Outcome: File disabled
The file is no longer available for download.

You can follow all your reports in the dashboard: https://filecrate.io/reports

FileCrate Trust & Safety
""",
    items={F[12]: "removed"},
)

case(
    name="fc-korean-base64",
    outcome="applied", classification="confirmation",
    imitates="file host's Korean support team reply, base64-encoded body, with 삭제 and 존재하지 않는 파일 lists",
    why="three files 삭제 (removed), one 존재하지 않는 파일/잘못된 링크 (not_found)",
    date="Fri, 06 Sep 2024 14:33:02 +0900",
    **{"from": "kr-support@filecrate.io"}, name_from=enc("FileCrate 한국 지원팀"),
    subject=enc("RE: [KCSC-240902-01] 삭제 요청 처리 결과"),
    reply_to_req="req-240902-01",
    raw_mime=part("text/plain; charset=utf-8", b64(f"""안녕하세요, FileCrate 한국 지원팀입니다.

KCSC-240902-01 요청 건 중 아래 파일을 삭제했습니다.
- {F[10]}
- {F[11]}
- {F[13]}

아래 링크는 존재하지 않는 파일입니다(잘못된 링크).
- {F[3]}

감사합니다.
FileCrate 한국 지원팀 드림
"""), cte="base64"),
    items={F[10]: "removed", F[11]: "removed", F[13]: "removed", F[3]: "not_found"},
)

case(
    name="nh-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a host's abuse desk over '-----Original Message-----' with the request quoted unprefixed",
    why="the site was removed by the customer at the host's request and the host verified it: removed; the other three are only in the quoted request or 'still looking'",
    date="Fri, 06 Sep 2024 10:40:00 +0900",
    **{"from": "d.okafor@nimbushost.net"}, name_from="Daniel Okafor",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

The content at {H[3]} has been removed by our customer after we
contacted them. We checked this morning and the domain now shows only our
default holding page.

We are still looking into the other three links from your message and will
come back to you.

Kind regards,
Daniel Okafor
Abuse Desk | Nimbus Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@nimbushost.net
Subject: [KCSC-240903-02] Request to remove illegal content

{quoted_request("KCSC-240903-02", H, prefix="")}
""",
    items={H[3]: "removed", H[0]: "pending", H[1]: "pending", H[2]: "pending"},
)

# ================================================================= REVIEW
case(
    name="nh-promise-will-suspend",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="hosting abuse desk forwarding the complaint to its customer with a 24-hour deadline",
    why="only a request to the customer and a conditional promise to suspend: nothing has happened to the named pages",
    date="Tue, 03 Sep 2024 15:10:44 +0900",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    subject="[NH-55821] KCSC-240903-02 forwarded to customer",
    body=f"""
Hello,

Thank you for your report. We have forwarded it to the customer responsible
for drugmart-kr24.shop and asked them to take the following pages down within
24 hours:

{H[0]}
{H[1]}

If the pages are still online after that, we will suspend the account. We
will let you know the outcome.

Nimbus Hosting Abuse Team (ticket NH-55821)
""",
    items={H[0]: "pending", H[1]: "pending"},
)

case(
    name="fc-hedge-appear-removed",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="abuse-desk agent's hedged interim reply ('appear to have been taken down ... can't confirm')",
    why="'appear to have been taken down ... can't confirm it yet' is a hedge, not a statement",
    date="Wed, 04 Sep 2024 12:00:18 +0900",
    **{"from": "hana.lee@filecrate.io"}, name_from="Hana Lee",
    subject="Re: [KCSC-240902-01] two links",
    body=f"""
Hi,

We checked these two links from KCSC-240902-01:
{F[1]}
{F[3]}

They appear to have been taken down by the uploader already, but our logs
for that storage node are incomplete, so we can't confirm it yet. I'll
update you once the storage team gets back to me.

Hana Lee
FileCrate abuse desk
""",
    items={F[1]: "pending", F[3]: "pending"},
)

case(
    name="fc-bulk-all-disabled",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-paragraph 'all files in your request have been disabled' reply",
    why="one statement about all 14 links without naming any: bulk, for a person to confirm",
    date="Thu, 05 Sep 2024 19:26:31 +0900",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - 14 files",
    reply_to_req="req-240902-01",
    body="""
Hello,

All files listed in your request have been disabled and can no longer be
downloaded. The uploaders have been notified.

Thank you,
FileCrate Trust & Safety
""",
    items={u: "pending" for u in F},
)

case(
    name="vc-not-host-forwarded",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="CDN 'we are not the hosting provider, complaint forwarded to host and site owner' reply",
    why="the CDN says what it cannot do and that it forwarded the complaint; nothing about the item's state (arguable: see NOTES)",
    date="Sat, 07 Sep 2024 09:15:00 +0900",
    **{"from": "abuse@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    subject="VeilCDN abuse report 24-0907-KR-0044 (KCSC-240905-03)",
    body=f"""
Hello,

VeilCDN provides pass-through security and caching for sportslive-free.tv.
We are not the hosting provider of this website, and we cannot remove
material that is stored on someone else's server.

We have forwarded your complaint about
{V[2]}
to the website operator and to its hosting provider. The hosting provider
for this site is Nimbus Hosting (abuse@nimbushost.net); you may contact them
directly.

VeilCDN Trust & Safety
""",
    items={V[2]: "pending"},
)

case(
    name="tp-untrusted-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="forum-style Korean deletion notice arriving with failing DKIM/SPF/DMARC",
    why="From the forum's domain but authentication fails: nothing applied",
    date="Tue, 10 Sep 2024 08:02:10 +0900",
    auth="fail",
    **{"from": "admin@talkpark.co.kr"}, name_from=enc("토크파크 운영자"),
    subject=enc("RE: [KCSC-240909-05] 게시물 삭제 요청"),
    body=f"""
요청하신 게시물 5건 모두 삭제 처리했습니다.

{T[0]}
{T[1]}
{T[2]}
{T4_RAW}
{T[4]}

토크파크 운영자
""",
    items={u: "pending" for u in T},
)

case(
    name="hc-admin-personal-gmail",
    outcome="review", review="unknown_sender",
    imitates="image-board admin answering from a personal webmail address",
    why="gmail.com is no platform's domain, however plausible the text",
    date="Wed, 11 Sep 2024 01:03:22 +0900",
    **{"from": "hanachan.admin@gmail.com"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
yo, removed {C[0]} and the jpg
({C[2]}).

- hanachan admin (writing from my personal address, the site mail is down)
""",
    items={C[0]: "pending", C[2]: "pending"},
)

case(
    name="nh-wrong-platform-origin-vps",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="origin host's abuse desk acting on a complaint the CDN passed on",
    why="Nimbus states a status for an item of the VeilCDN request: wrong_platform",
    date="Mon, 09 Sep 2024 14:22:19 +0900",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    subject="[NH-56010] Complaint KCSC-240905-03 passed on by VeilCDN",
    body=f"""
Hello,

We received your complaint about sportslive-free.tv through VeilCDN. The
origin server of this site is a VPS on our network. We have suspended the
VPS, so the page below is no longer served:

{V[2]}

Nimbus Hosting Abuse Team
""",
    items={V[2]: "pending"},
)

case(
    name="ps-no-claims-address-change",
    outcome="review", review="no_claims", classification="other",
    imitates="small service's notice to past reporters about a new abuse address",
    why="trusted Pastely mail naming no item and no request",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    **{"from": "support@pastely.dev"}, name_from="Pastely",
    subject="Pastely: new address for abuse reports",
    body="""
Hello,

You are receiving this because you have sent reports to Pastely in the
past. From 1 October 2024 abuse reports should go to abuse@pastely.dev or
through the form at https://pastely.dev/report. The support@ address will no
longer handle reports.

Thanks,
The Pastely team
""",
    items={},
)

case(
    name="gd-asks-more-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar compliance asking for legal basis and evidence before acting",
    why="asks for documents before any action: a person must answer",
    date="Mon, 09 Sep 2024 09:12:45 +0900",
    **{"from": "compliance@gaondomains.co.kr"}, name_from="Gaon Domains Compliance",
    subject="Re: KCSC-240906-04 Domain abuse complaint",
    reply_to_req="req-240906-04",
    body=f"""
Dear KCSC,

Thank you for complaint KCSC-240906-04. Before we can act against a
registered domain because of its content we need:

1. the statutory provision the content breaches;
2. screenshots or archived copies showing the content at
   {G[0]} and {G[1]};
3. confirmation that the hosting provider was contacted first.

Please reply to this email with the documents. The complaint stays open
for 14 days.

Gaon Domains Compliance
""",
    items={G[0]: "pending", G[1]: "pending"},
)

case(
    name="tp-korean-conditional-deletion",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean forum reply: 소명 요청, 7일 내 소명 없으면 삭제 예정 / 내부 검토 중",
    why="a conditional future deletion and 'under review': nothing has happened yet",
    date="Tue, 10 Sep 2024 17:35:50 +0900",
    **{"from": "help@talkpark.co.kr"}, name_from=enc("토크파크 운영팀"),
    subject=enc("RE: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 토크파크 운영팀입니다.

요청하신 {T[2]} 게시물은 작성자에게 소명을 요청하였으며,
7일 이내에 소명이 없을 경우 삭제할 예정입니다.
{T[4]} 게시물은 현재 내부 검토 중입니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    items={T[2]: "pending", T[4]: "pending"},
)

case(
    name="fc-forwarded-by-colleague",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague at the regulator forwarding a platform reply that reached a personal mailbox (Gmail-style forward)",
    why="the statement reaches us only inside a forward from our own staff: a person must check it",
    date="Fri, 06 Sep 2024 09:02:11 +0900",
    **{"from": "jiyoon.park@kcsc.example"}, name_from="Park Jiyoon",
    subject="Fwd: Re: KCSC-240902-01",
    body=f"""
FYI - FileCrate answered to my own address instead of the takedown box.

---------- Forwarded message ---------
From: FileCrate Trust & Safety <abuse@filecrate.io>
Date: Thu, 5 Sep 2024 at 17:40
Subject: Re: KCSC-240902-01
To: Park Jiyoon <jiyoon.park@kcsc.example>

Hello,

The following files have been removed:
{F[5]}
{F[6]}

FileCrate Trust & Safety
""",
    items={F[5]: "pending", F[6]: "pending"},
)

case(
    name="hc-bulk-all-three-over-quote",
    outcome="review", review="bulk", classification="confirmation",
    imitates="image-board admin's one-line 'all three are gone' top-posted over the quoted request",
    why="'all three are gone' names no link; the links appear only in the quoted request (3-item request): bulk",
    date="Tue, 10 Sep 2024 21:40:03 +0900",
    **{"from": "admin@hanachan.net"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""
all three are gone now. cheers

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240910-06", C)}
""",
    items={u: "pending" for u in C},
)

# ================================================================= IGNORED
case(
    name="nh-ticket-auto-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-system receipt (ticket created, queue, priority, status)",
    why="automatic receipt only",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    **{"from": "support@nimbushost.net"}, name_from="Nimbus Hosting Support",
    subject="[NH-55821] Ticket received: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automatic message.

Thank you for contacting Nimbus Hosting. Your message has been received and
ticket NH-55821 was created in the Abuse queue. An agent will look at it
within 48 hours on working days.

Please keep the ticket number in the subject line of any reply.

Ticket:   NH-55821
Queue:    Abuse
Priority: Normal
Status:   Open

View your ticket: https://support.nimbushost.net/tickets/NH-55821
""",
    items={},
)

_orig = f"""Message-ID: <req-240902-01-legal@kcsc.example>
Date: Mon, 02 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@filecrate.io
Subject: [KCSC-240902-01] Removal request - 14 files
Content-Type: text/plain; charset=us-ascii

{quoted_request("KCSC-240902-01", F[:2], prefix="")}
"""
case(
    name="fc-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning the request",
    why="a bounce; the URLs are in the returned original",
    date="Mon, 02 Sep 2024 10:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.filecrate.io"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "9A1C23F0.1725238809/mx1.filecrate.io", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx1.filecrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<legal@filecrate.io>: host store2.filecrate.io[203.0.113.25] said: 550 5.1.1
    <legal@filecrate.io>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)
""", cte="7bit", extra=["Content-Description: Notification"]),
        part("message/delivery-status", """
Reporting-MTA: dns; mx1.filecrate.io
Arrival-Date: Mon,  2 Sep 2024 10:00:05 +0900 (KST)

Final-Recipient: rfc822; legal@filecrate.io
Action: failed
Status: 5.1.1
Remote-MTA: dns; store2.filecrate.io
Diagnostic-Code: smtp; 550 5.1.1 <legal@filecrate.io>: Recipient address
    rejected: User unknown
""", cte="7bit", extra=["Content-Description: Delivery report"]),
        part("message/rfc822", _orig, cte="7bit",
             extra=["Content-Description: Undelivered Message"]),
    ], params="; report-type=delivery-status"),
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="tp-korean-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over a holiday",
    why="out-of-office auto-reply",
    date="Mon, 09 Sep 2024 10:00:20 +0900",
    **{"from": "admin@talkpark.co.kr"}, name_from=enc("토크파크 운영자"),
    subject=enc("[자동응답] 부재중입니다 (RE: [KCSC-240909-05] 게시물 삭제 요청)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요.

9월 9일부터 9월 18일까지 추석 연휴로 부재중입니다.
게시물 신고는 사이트 내 '신고하기' 버튼을 이용해 주시기 바랍니다.
복귀 후 순차적으로 확인하겠습니다.

토크파크 운영자
""",
    items={},
)

case(
    name="gd-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (read receipt) from a registrar mailbox",
    why="read receipt only",
    date="Fri, 06 Sep 2024 10:31:05 +0900",
    **{"from": "abuse@gaondomains.co.kr"}, name_from="Gaon Domains Abuse",
    subject="Read: KCSC-240906-04 Domain abuse complaint",
    raw_mime=multipart("report", "----=_MDN_5521_gd", [
        part("text/plain; charset=utf-8", """
This is a receipt for the mail you sent to
<abuse@gaondomains.co.kr> at 2024-09-06 10:00 +0900.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.
""", cte="7bit"),
        part("message/disposition-notification", """
Reporting-UA: mail.gaondomains.co.kr; Webmail 7.2
Final-Recipient: rfc822; abuse@gaondomains.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte="7bit"),
    ], params="; report-type=disposition-notification"),
    items={},
)

case(
    name="ps-ticket-ack-names-url",
    outcome="ignored", classification="acknowledgement",
    imitates="small-service helpdesk receipt that repeats the reported link",
    why="pure acknowledgement: the link is only repeated as what was received",
    date="Wed, 11 Sep 2024 10:01:12 +0900",
    **{"from": "support@pastely.dev"}, name_from="Pastely Support",
    subject="[Pastely #4410] We got your report",
    reply_to_req="req-240911-07",
    body=f"""
Hi,

Thanks for writing in! We received your report about
{P[0]} and a member of our team will take a look.
Most reports are handled within two working days.

Your ticket number is #4410.

Pastely Support
""",
    items={P[0]: "pending"},
)

case(
    name="fc-out-of-office-english",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    date="Mon, 02 Sep 2024 10:00:30 +0900",
    **{"from": "hana.lee@filecrate.io"}, name_from="Hana Lee",
    subject="Automatic reply: [KCSC-240902-01] Removal request - 14 files",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 3 September with limited access to email.
For urgent abuse matters please write to abuse@filecrate.io.

Hana
""",
    items={},
)

case(
    name="vc-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt listing the reported URLs and 'what happens next'",
    why="receipt listing what was reported and what will happen: no statement about any item",
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    **{"from": "noreply@veilcdn.com"}, name_from="VeilCDN",
    subject="VeilCDN abuse report received: 24-0906-KR-0031",
    body=f"""
We have received your abuse report.

Report ID:      24-0906-KR-0031
Category:       General
Reported URLs:  {V[0]}
                {V[1]}
                {V[2]}

What happens next: we will pass your report on to the hosting provider and
the website owner, and may contact you for more information. You do not
need to reply to this message.

VeilCDN Trust & Safety
""",
    items={V[0]: "pending", V[1]: "pending", V[2]: "pending"},
)

HEADER = """# Blind set 775: hosting providers, a CDN, a registrar, a forum, an image
# board, a file host and a paste service (see NOTES.md). Written from each
# email's meaning alone, before the reader was run. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind775", HEADER, CASES)


if __name__ == "__main__":
    main()
