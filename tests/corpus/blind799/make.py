#!/usr/bin/env python3
"""Blind set 799: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind799/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind799"


def dt(day, h, m, s=0, tz=9):
    return format_datetime(datetime(2024, 9, day, h, m, s, tzinfo=timezone(timedelta(hours=tz))))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
PB = "https://pinebox.to/f/"
R1 = [PB + x for x in ("k7Qm2Xa", "p3Lz8Rt", "w9Bn4Hc", "d2Vf6Ks", "m5Tq1Jy", "r8Gx3Pe", "b4Nc7Wu",
                        "h6Yd9Lo", "t1Kp5Zr", "e3Mw2Qv", "s7Jr8Bn", "c9Hf4Dx", "u2Lx6Ta", "g5Pv3Ne")]
(K7, P3, W9, D2, M5, R8, B4, H6, T1, E3, S7, C9, U2, G5) = R1

FREE_RAW = "자유게시판"
HUMOR_RAW = "유머"
FREE = quote(FREE_RAW)
HUMOR = quote(HUMOR_RAW)
HM1 = f"https://hanmaru.kr/bbs/{FREE}/88213"
HM2 = f"https://hanmaru.kr/bbs/{FREE}/88240"
HM3 = f"https://hanmaru.kr/bbs/{HUMOR}/301557"
HM4 = "https://hanmaru.kr/bbs/board.php?bo_table=market&wr_id=7712"
HM1_RAW = f"https://hanmaru.kr/bbs/{FREE_RAW}/88213"
HM2_RAW = f"https://hanmaru.kr/bbs/{FREE_RAW}/88240"
HM3_RAW = f"https://hanmaru.kr/bbs/{HUMOR_RAW}/301557"

NB1 = "https://nekoboard.org/b/thread/441872"
NB2 = "https://nekoboard.org/b/thread/441903"
NB3 = "https://nekoboard.org/kr/thread/90211"
NB4 = "https://i.nekoboard.org/b/1725581123401.jpg"
NB5 = "https://i.nekoboard.org/kr/1725581899772.png"

DC1 = "https://cheap-rx-kr.shop/order"
DC2 = "https://bitsignal-pro.click/join"
DC3 = "https://moa-apk.site/download/moa_v3.apk"

RD1 = "http://toto-gold77.com/"
RD2 = "http://kr-casino-vip.net/"

KH1 = "https://seoul-herbshop.kr/goods/view.php?no=57"

PB7A = PB + "Zx81qRm"
PB7B = PB + "Vn27eLk"

REQUESTS = [
    ("KCSC-240903-01", "pinebox", "2024-09-03", "2024-09-10", R1, "obscenity",
     "req-240903-01@kcsc.example", "file host, 14 files"),
    ("KCSC-240905-02", "hanmaru", "2024-09-05", "2024-09-12", [HM1, HM2, HM3, HM4], "illegal_drugs",
     "req-240905-02@kcsc.example", "forum posts"),
    ("KCSC-240906-03", "nekoboard", "2024-09-06", "2024-09-13", [NB1, NB2, NB3, NB4, NB5], "defamation",
     "req-240906-03@kcsc.example", "image board threads and images"),
    ("KCSC-240909-04", "driftcdn", "2024-09-09", "2024-09-16", [DC1, DC2, DC3], "fraud",
     "req-240909-04@kcsc.example", "sites behind the CDN"),
    ("KCSC-240910-05", "regidot", "2024-09-10", "2024-09-17", [RD1, RD2], "gambling",
     "req-240910-05@kcsc.example", "domains at the registrar"),
    ("KCSC-240911-06", "kumohost", "2024-09-11", "2024-09-18", [KH1], "illegal_drugs",
     "req-240911-06@kcsc.example", "hosted shop page"),
    ("KCSC-240912-07", "pinebox", "2024-09-12", "2024-09-19", [PB7A, PB7B], "obscenity",
     "req-240912-07@kcsc.example", "file host, 2 files"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


R1_LIST = "\n".join(R1)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied
case(
    name="pinebox-abuse-desk-numbered-14",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk answering a multi-URL notice with a numbered list, one verdict per line",
    why="each of the 14 files has its own verdict: deleted, never existed, already removed by uploader, left online as lawful",
    **{"from": "abuse@pinebox.to"}, name_from="Pinebox Abuse",
    date=dt(5, 17, 42), subject="Re: [KCSC-240903-01] Removal request (14 URLs)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We went through the 14 links from your request. Results below.

 1. {K7} - deleted
 2. {P3} - deleted
 3. {W9} - deleted
 4. {D2} - no such file (this ID never existed on our side)
 5. {M5} - deleted
 6. {R8} - deleted
 7. {B4} - deleted, uploader account closed
 8. {H6} - deleted
 9. {T1} - left online: it is a scanned public court ruling, we see nothing against our terms
10. {E3} - deleted
11. {S7} - already removed by the uploader before your mail arrived
12. {C9} - deleted
13. {U2} - deleted
14. {G5} - deleted

Hash bans are in place for the deleted files, so identical re-uploads get
rejected at upload time.

--
Marek
Pinebox abuse desk
""",
    items={K7: "removed", P3: "removed", W9: "removed", D2: "not_found", M5: "removed", R8: "removed",
           B4: "removed", H6: "removed", T1: "rejected", E3: "removed", S7: "not_found", C9: "removed",
           U2: "removed", G5: "removed"},
)

CSV_TEXT = f"""file_url,result,date_utc,notes
{K7},removed,2024-09-05,
{P3},removed,2024-09-05,
{W9},not found,2024-09-05,invalid id
{T1},no action,2024-09-05,does not violate ToS
{E3},removed,2024-09-06,
{C9},pending,,waiting for legal
"""
case(
    name="pinebox-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="trust & safety team sending a results spreadsheet (CSV export of their ticket queue) with a one-line cover note",
    why="CSV rows give removed x3, not found, no action (rejected); the 'pending' row changes nothing",
    **{"from": "trust@pinebox.to"}, name_from="Pinebox Trust & Safety",
    date=dt(6, 11, 3), subject="KCSC-240903-01 results",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_pbx_7731"

--=_pbx_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi, results for the files we have looked at so far are in the attached sheet.

Pinebox T&S

--=_pbx_7731
Content-Type: text/csv; charset=utf-8; name="kcsc_240903_01_results.csv"
Content-Disposition: attachment; filename="kcsc_240903_01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--=_pbx_7731--
""",
    items={K7: "removed", P3: "removed", W9: "not_found", T1: "rejected", E3: "removed", C9: "pending"},
)

case(
    name="pinebox-deleted-both-one-liner",
    outcome="applied", classification="confirmation",
    imitates="admin of a small file host replying in two words with the links pasted below",
    why="'deleted both' followed by the two URLs of the two-item request: both removed",
    **{"from": "jonas@pinebox.to"}, name_from="Jonas",
    date=dt(13, 1, 12), subject="Re: [KCSC-240912-07] 2 files",
    reply_to_req="req-240912-07",
    body=f"""
deleted both

{PB7A}
{PB7B}

-j
""",
    items={PB7A: "removed", PB7B: "removed"},
)

case(
    name="pinebox-ticket-status-below-url",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket update listing each reported link with a Status line under it",
    why="two files removed, one not found, one still open waiting on the uploader (pending)",
    **{"from": "support@pinebox.to"}, name_from="Pinebox Support",
    date=dt(6, 9, 30), subject="[PBX-20931] Update on your report KCSC-240903-01",
    body=f"""
Ticket PBX-20931 has a new update.

{M5}
Status: file removed

{R8}
Status: file removed

{B4}
Status: not found

{H6}
Status: open - waiting for the uploader's response

You can reply to this email to add a comment to the ticket.
""",
    items={M5: "removed", R8: "removed", B4: "not_found", H6: "pending"},
)

HTML5 = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Please find the outcome of your notice KCSC-240903-01 for the files below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Outcome</th></tr>
<tr><td><a href="{U2}">{U2}</a></td><td>Removed</td></tr>
<tr><td><a href="{G5}">{G5}</a></td><td>Removed</td></tr>
<tr><td><a href="{D2}">{D2}</a></td><td>File does not exist</td></tr>
<tr><td><a href="{S7}">{S7}</a></td><td>Access disabled</td></tr>
</table>
<p>Our transparency report is published at <a href="https://pinebox.to/legal/transparency">pinebox.to/legal/transparency</a>.</p>
<p>Kind regards,<br>Pinebox Trust &amp; Safety</p>
</body></html>
"""
case(
    name="pinebox-html-table-qp",
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table from a file host's trust & safety tool, quoted-printable",
    why="table rows: two removed, one does not exist, one access disabled (removed); transparency link is no item",
    **{"from": "trust@pinebox.to"}, name_from="Pinebox Trust & Safety",
    date=dt(7, 14, 20), subject="Outcome of notice KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML5)}
""",
    items={U2: "removed", G5: "removed", D2: "not_found", S7: "removed"},
)

case(
    name="pinebox-angle-bracket-disabled",
    outcome="applied", classification="confirmation",
    imitates="legal team prose reply with URLs in angle brackets, files quarantined but not downloadable",
    why="'disabled public access' to both named files; quarantine for law enforcement does not keep them online",
    **{"from": "legal@pinebox.to"}, name_from="Pinebox Legal",
    date=dt(6, 16, 55), subject="Your notice of 3 September 2024 (KCSC-240903-01)",
    body=f"""
Dear KCSC team,

We have disabled public access to <{E3}> and
<{K7}> following your notice of 3 September. The
files are kept in quarantine for 90 days in case law enforcement asks for
them, but nobody can download them any more.

If the uploader appeals, you will hear from us again.
Appeals policy: <https://pinebox.to/help/appeals>

Pinebox Legal
""",
    items={E3: "removed", K7: "removed"},
)

case(
    name="hanmaru-admin-numbered-korean",
    outcome="applied", classification="confirmation",
    imitates="Korean community forum operator (그누보드-style board) replying to a 시정요구 with a numbered 처리 결과 list",
    why="삭제 완료, 블라인드 처리, 작성자가 이미 삭제, 게시중단: removed, removed, not_found, removed",
    **{"from": "admin@hanmaru.kr"}, name_from="한마루 운영자",
    date=dt(6, 13, 8), subject="RE: [KCSC-240905-02] 불법정보 게시물 삭제 요청",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 한마루 운영자입니다.
보내주신 4건 처리 결과 알려드립니다.

1. {HM1_RAW} - 삭제 완료
2. {HM2_RAW} - 블라인드 처리
3. {HM3_RAW} - 작성자가 이미 삭제한 글입니다
4. {HM4} - 게시중단

해당 작성자 계정에는 7일 글쓰기 정지를 적용했습니다.
감사합니다.
""",
    items={HM1: "removed", HM2: "removed", HM3: "not_found", HM4: "removed"},
)

case(
    name="hanmaru-one-done-rest-later",
    outcome="applied", classification="confirmation",
    imitates="forum admin's short informal reply: one post deleted at once, the others after a staff meeting",
    why="the percent-encoded 88213 URL is deleted; the 'other three' are only promised and unnamed",
    **{"from": "admin@hanmaru.kr"}, name_from="한마루 운영자",
    date=dt(6, 22, 47), subject="RE: [KCSC-240905-02] 불법정보 게시물 삭제 요청",
    body=f"""
{HM1} 글은 바로 삭제했습니다.
나머지 세 건은 운영진 회의 후에 처리할 예정입니다.

한마루 운영자 드림
""",
    items={HM1: "removed"},
)

BODY9 = f"""한마루 커뮤니티 운영팀입니다.

시정요구하신 게시물에 대한 조치 결과를 회신드립니다.

- 대상: {HM4}
  조치: 국내 IP 접근 제한 (해외 접속 허용 여부는 작성자 소명 후 판단)
- 대상: {HM2_RAW}
  조치: 게시중단

문의: https://hanmaru.kr/help/report
"""
case(
    name="hanmaru-base64-field-pairs",
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style 조치 결과 회신 with 대상/조치 field pairs, base64-encoded body",
    why="market post 국내 IP 접근 제한 (restricted), 88240 게시중단 (removed); help link is no item",
    **{"from": "help@hanmaru.kr"}, name_from="한마루 운영팀",
    date=dt(9, 10, 15), subject="[한마루] 시정요구 조치 결과 안내 (KCSC-240905-02)",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BODY9)}
""",
    items={HM4: "restricted", HM2: "removed"},
)

case(
    name="nekoboard-janitor-one-line",
    outcome="applied", classification="confirmation",
    imitates="image board moderator's one-line lower-case reply",
    why="thread deleted, image purged: both removed",
    **{"from": "mod@nekoboard.org"}, name_from="nekoboard mod",
    date=dt(7, 3, 51, tz=0), subject="Re: KCSC-240906-03",
    body=f"""
thread {NB1} deleted, image {NB4} purged (cdn cache too). poster range-banned.
""",
    items={NB1: "removed", NB4: "removed"},
)

case(
    name="nekoboard-plain-text-table",
    outcome="applied", classification="confirmation",
    imitates="janitor log pasted as a plain-text table with a pipe column",
    why="deleted (removed), kept as no rule broken (rejected), 404 already pruned (not_found)",
    **{"from": "janitors@nekoboard.org"}, name_from="Nekoboard Janitors",
    date=dt(8, 12, 0, tz=0), subject="Re: [KCSC-240906-03] Request for removal",
    reply_to_req="req-240906-03",
    body=f"""
Hi KCSC,

Janitor log for your report KCSC-240906-03:

  post / file                                    | action
  -----------------------------------------------+-------------------------------------
  {NB2}          | deleted
  {NB3}          | kept - news discussion, no rule broken
  {NB5}   | 404, already pruned by board rotation

That's all we got from your list.
""",
    items={NB2: "removed", NB3: "rejected", NB5: "not_found"},
)

case(
    name="nekoboard-kr-geoblock",
    outcome="applied", classification="confirmation",
    imitates="offshore image board refusing deletion but geo-blocking posts for one country",
    why="both named items geo-blocked for South Korea: restricted",
    **{"from": "admin@nekoboard.org"}, name_from="Nekoboard Admin",
    date=dt(9, 20, 14, tz=0), subject="Re: KCSC-240906-03",
    body=f"""
We don't delete content on /kr/ because a foreign agency asks, but we have
geo-blocked the following for visitors from South Korea:

{NB3}
{NB5}

They stay visible from elsewhere.

- admin
""",
    items={NB3: "restricted", NB5: "restricted"},
)

case(
    name="driftcdn-passthrough-and-storage",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply (Cloudflare-style): pass-through sites forwarded to the host, its own storage product actioned",
    why="the APK on the CDN's own storage is deleted; the two proxied sites were only forwarded to their host (pending)",
    **{"from": "abuse@driftcdn.net"}, name_from="DriftCDN Trust & Safety",
    date=dt(10, 18, 2, tz=0), subject="Re: [KCSC-240909-04] Fraudulent sites - DriftCDN case DC-7741203",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

Thank you for your report (DriftCDN case DC-7741203).

{DC1}
DriftCDN only provides pass-through caching for this site. We are not its
hosting provider and cannot remove it; we have passed your report to the
site owner and to the hosting provider (Hostwise, abuse@hostwise.example).

{DC3}
This file was stored on DriftCDN Object Storage. We have deleted it and
suspended the bucket it was served from.

{DC2}
Same as the first one: proxied only, your report was forwarded to the
hosting provider.

Regards,
DriftCDN Trust & Safety
""",
    items={DC1: "pending", DC3: "removed", DC2: "pending"},
)

case(
    name="driftcdn-korea-ip-restriction",
    outcome="applied", classification="confirmation",
    imitates="CDN restricting access by country to comply with a local order",
    why="access from South Korean IPs restricted for the APK: restricted",
    **{"from": "legal@driftcdn.net"}, name_from="DriftCDN Legal",
    date=dt(11, 8, 40, tz=0), subject="KCSC-240909-04",
    body=f"""
Hi,

To comply with Korean law we have restricted access from South Korean IP
addresses to {DC3}. The file is still reachable from other countries.

DriftCDN Legal
""",
    items={DC3: "restricted"},
)

case(
    name="regidot-clienthold-and-expired",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reply with Domain/Outcome pairs (clientHold, domain deleted at expiry)",
    why="toto-gold77.com on clientHold, no longer resolves (removed); kr-casino-vip.net no longer registered (not_found)",
    **{"from": "abuse@regidot.com"}, name_from="Regidot Abuse",
    date=dt(12, 9, 5, tz=0), subject="Re: [KCSC-240910-05] Illegal gambling domains",
    reply_to_req="req-240910-05",
    body="""
Hello,

Domain: toto-gold77.com
Outcome: Suspended. We set clientHold on 11 September 2024 at 14:02 UTC and
the domain no longer resolves.

Domain: kr-casino-vip.net
Outcome: This domain expired and was deleted on 2 September 2024. It is not
registered at the moment, so there is nothing left for us to act on.

Regidot Abuse Team
""",
    items={RD1: "removed", RD2: "not_found"},
)

case(
    name="regidot-ticket-resolved",
    outcome="applied", classification="confirmation",
    imitates="registrar helpdesk ticket notification (status Resolved, agent reply quoted in the update)",
    why="kr-casino-vip.net suspended and no longer resolving (removed); toto-gold77.com handed to another ticket (pending)",
    **{"from": "support@regidot.com"}, name_from="Regidot Support",
    date=dt(13, 15, 31, tz=0), subject="[Ticket #RD-58812] Status changed to Resolved",
    body="""
Ticket #RD-58812 has been updated.

Status: Resolved
Subject: Abuse report KCSC-240910-05 - kr-casino-vip.net

Agent reply (Dana K.):
The registrant did not answer our verification request within the deadline.
kr-casino-vip.net is now suspended (clientHold) and has stopped resolving.

toto-gold77.com is being handled in a separate ticket.

View the ticket: https://support.regidot.com/tickets/RD-58812
""",
    items={RD2: "removed", RD1: "pending"},
)

case(
    name="kumohost-korean-access-blocked",
    outcome="applied", classification="confirmation",
    imitates="Korean web hosting company's support reply: customer notified, page 접속 차단",
    why="접속 차단 of the one requested page: restricted (the issue's mapping for 접속 차단)",
    **{"from": "support@kumohost.co.kr"}, name_from="쿠모호스팅 고객지원",
    date=dt(12, 14, 22), subject="RE: [KCSC-240911-06] 불법 의약품 판매 페이지 조치 요청",
    body=f"""
안녕하세요. 쿠모호스팅 고객지원팀입니다.

KCSC-240911-06 건으로 요청하신 {KH1} 페이지는
고객사에 통보한 뒤 당사에서 접속 차단 조치하였습니다.

감사합니다.
""",
    items={KH1: "restricted"},
)

case(
    name="kumohost-account-suspended-sole",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk suspending the customer's whole hosting account, no URL repeated",
    why="one-item request, threaded reply: the site no longer opens at all (removed)",
    **{"from": "abuse@kumohost.co.kr"}, name_from="쿠모호스팅 어뷰즈팀",
    date=dt(13, 10, 2), subject="RE: [KCSC-240911-06] 불법 의약품 판매 페이지 조치 요청",
    reply_to_req="req-240911-06",
    body="""
요청 건 확인하였고, 해당 고객의 호스팅 계정을 정지했습니다.
현재 사이트 전체가 열리지 않습니다.

쿠모호스팅 어뷰즈팀
""",
    items={KH1: "removed"},
)

case(
    name="pinebox-gmail-top-post",
    outcome="applied", classification="confirmation",
    imitates="support agent top-posting over a Gmail-quoted request",
    why="Vn27eLk removed; Zx81qRm already deleted by its uploader (not_found); quoted request is ignored",
    **{"from": "lena@pinebox.to"}, name_from="Lena (Pinebox Support)",
    date=dt(13, 11, 48), subject="Re: [KCSC-240912-07] 2 files",
    reply_to_req="req-240912-07",
    body=f"""
Hi,

{PB7B} is removed now. The other one, {PB7A},
had already been deleted by the person who uploaded it, so there was nothing
left for us to do.

Best,
Lena | Pinebox Support

On Thu, 12 Sep 2024 at 10:04, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Pinebox,
>
> Please remove the following files (ref. KCSC-240912-07):
> {PB7A}
> {PB7B}
>
> Please tell us the result for each file by 19 September 2024.
>
> KCSC
""",
    items={PB7B: "removed", PB7A: "not_found"},
)

case(
    name="pinebox-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with two short lists (taken down / could not find) above an unprefixed -----Original Message----- block",
    why="three taken down, one not found; the 14 URLs in the quoted request change nothing",
    **{"from": "trust@pinebox.to"}, name_from="Pinebox Trust & Safety",
    date=dt(4, 19, 5), subject="RE: [KCSC-240903-01] Removal request (14 URLs)",
    body=f"""
Hello,

The following have been taken down:
{W9}
{D2}
{S7}

We could not find this one on our servers:
{U2}

We are still working through the rest.

Regards,
Pinebox Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:10 PM
To: abuse@pinebox.to
Subject: [KCSC-240903-01] Removal request (14 URLs)

Dear Sir or Madam,

The Korea Communications Standards Commission asks you to remove the
following files, which are illegal under Korean law:

{R1_LIST}

Please reply with the result for each file by 10 September 2024.

KCSC Takedown team
""",
    items={W9: "removed", D2: "removed", S7: "removed", U2: "not_found"},
)

HTML21 = f"""<html><body>
<p>안녕하세요. 한마루 커뮤니티입니다.</p>
<p>KCSC-240905-02 요청 건의 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{HM2_RAW}</td><td>임시조치 (30일)</td></tr>
<tr><td>2</td><td>{HM4.replace('&', '&amp;')}</td><td>삭제</td></tr>
</table>
<p>임시조치 기간 중 작성자의 재게시 요청이 있으면 별도로 알려드리겠습니다.</p>
</body></html>
"""
case(
    name="hanmaru-html-table-korean",
    outcome="applied", classification="confirmation",
    imitates="Korean 조치 결과 table (번호 / 게시물 주소 / 조치 결과) in an HTML mail",
    why="88240 임시조치 (restricted), market post 삭제 (removed)",
    **{"from": "admin@hanmaru.kr"}, name_from="한마루 커뮤니티",
    date=dt(10, 16, 40), subject="[한마루] KCSC-240905-02 조치 결과",
    type="html", body=HTML21,
    items={HM2: "restricted", HM4: "removed"},
)

case(
    name="nekoboard-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="board report system echoing the submitted report form with the moderator decision below",
    why="the echoed report names one post; decision 'post deleted': removed",
    **{"from": "noreply@nekoboard.org"}, name_from="Nekoboard",
    date=dt(7, 22, 9, tz=0), subject="Your report #88121 has been processed",
    body=f"""
Your report has been processed.

---- your report ----
Board: /b/
Post: {NB2}
Reason: illegal content (KCSC-240906-03)
Submitted: 2024-09-06 08:14 UTC
---------------------

Decision: post deleted by a moderator (rule 1, illegal content).

This mailbox is not monitored.
""",
    items={NB2: "removed"},
)

case(
    name="driftcdn-no-aup-violation",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety refusal: content on its edge storage breaks no acceptable-use rule",
    why="the page stays online because it breaks no AUP rule: rejected; AUP link is no item",
    **{"from": "abuse@driftcdn.net"}, name_from="DriftCDN Trust & Safety",
    date=dt(12, 7, 26, tz=0), subject="DriftCDN case DC-7741203 - KCSC-240909-04",
    body=f"""
Hello,

We reviewed {DC2}, which is served from our edge
storage. The page is a sign-up form for a trading newsletter. We found
nothing in it that breaches our Acceptable Use Policy, so it will stay
online.

Our AUP: https://driftcdn.net/legal/aup

DriftCDN Trust & Safety
""",
    items={DC2: "rejected"},
)

case(
    name="pinebox-korean-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support desk of a foreign file host, URLs followed by full-width punctuation",
    why="three listed files deleted (full-width colon, brackets and 、 around the URLs); the rest under review, unnamed",
    **{"from": "kr-support@pinebox.to"}, name_from="Pinebox 고객지원",
    date=dt(8, 10, 11), subject="Re: [KCSC-240903-01] 삭제 요청",
    body=f"""
안녕하세요, Pinebox 고객지원팀입니다.

요청하신 파일 중 아래 세 건은 삭제되었습니다：
{M5}（업로더 계정 정지）
{R8}、{H6}

나머지 파일은 계속 검토 중입니다.
""",
    items={M5: "removed", R8: "removed", H6: "removed"},
)

case(
    name="nekoboard-moved-behind-age-gate",
    outcome="applied", classification="confirmation",
    imitates="image board admin moving a thread to an 18+ board instead of deleting it",
    why="thread now behind the 18+ age gate, explicitly not deleted: restricted",
    **{"from": "admin@nekoboard.org"}, name_from="Nekoboard Admin",
    date=dt(8, 2, 37, tz=0), subject="re: KCSC-240906-03",
    body=f"""
moved {NB1} to /nsfw/ -- it's behind the 18+ age gate now. not deleting it.
""",
    items={NB1: "restricted"},
)

BODY26 = f"""Dear KCSC,

Regarding your request KCSC-240903-01 of 3 September, our team has completed its review of two remaining files. The file at {T1} has been removed for violating section 4.2 of our Terms of Service. The file at {C9} is an open-source software installer; we did not find the content you describe in it, so we have left it available.

Yours sincerely,
Pinebox Trust & Safety
"""
case(
    name="pinebox-qp-long-lines-mixed",
    outcome="applied", classification="confirmation",
    imitates="formal legal-team letter in long unwrapped lines, sent quoted-printable with soft line breaks",
    why="t1Kp5Zr removed; c9Hf4Dx left available, content not found in it (rejected)",
    **{"from": "legal@pinebox.to"}, name_from="Pinebox Legal",
    date=dt(9, 15, 17), subject="KCSC-240903-01: review completed",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BODY26)}
""",
    items={T1: "removed", C9: "rejected"},
)

# ================================================================ review
case(
    name="pinebox-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="abuse desk acknowledging and promising removal after an engineer confirms",
    why="'will be removed within 24 hours once ... confirms' is a conditional promise: both pending",
    **{"from": "abuse@pinebox.to"}, name_from="Pinebox Abuse",
    date=dt(4, 23, 2), subject="Re: [KCSC-240903-01] Removal request (14 URLs)",
    body=f"""
Thanks for the notice. The files below will be removed within 24 hours once
our on-call engineer confirms the hashes:

  {G5}
  {E3}

Marek
""",
    items={G5: "pending", E3: "pending"},
)

case(
    name="hanmaru-hedged-already-gone",
    outcome="review", review="not_understood",
    imitates="forum admin guessing a post is already gone (것 같습니다) and asking to be told if it is still visible",
    why="'이미 지워진 것 같습니다' is a hedge, not a statement: pending",
    **{"from": "admin@hanmaru.kr"}, name_from="한마루 운영자",
    date=dt(7, 9, 12), subject="RE: [KCSC-240905-02] 불법정보 게시물 삭제 요청",
    body=f"""
말씀하신 {HM3_RAW} 글은 확인해 보니 이미 지워진 것 같습니다.
혹시 아직 보이면 다시 알려주세요.
""",
    items={HM3: "pending"},
)

case(
    name="nekoboard-all-gone-bulk",
    outcome="review", classification="confirmation", review="bulk",
    imitates="image board mod answering a five-item notice with one sentence about everything",
    why="'all the stuff in your list is gone' for a five-item request, no item named: bulk",
    **{"from": "mod@nekoboard.org"}, name_from="nekoboard mod",
    date=dt(7, 6, 30, tz=0), subject="Re: [KCSC-240906-03] Request for removal",
    reply_to_req="req-240906-03",
    body="""
all the stuff in your list is gone, threads and images. -mod team
""",
    items={NB1: "pending", NB2: "pending", NB3: "pending", NB4: "pending", NB5: "pending"},
)

case(
    name="pinebox-both-removed-bulk",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short support reply naming the request reference but not the files",
    why="'both files ... removed' for a two-item request without naming either: bulk",
    **{"from": "support@pinebox.to"}, name_from="Pinebox Support",
    date=dt(13, 8, 15), subject="KCSC-240912-07",
    body="""
Hello, both files from your request KCSC-240912-07 have been removed.

Pinebox Support
""",
    items={PB7A: "pending", PB7B: "pending"},
)

case(
    name="driftcdn-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="CDN removal confirmation whose DKIM/SPF/DMARC all fail (spoofed or broken relay)",
    why="platform domain but authentication fails: untrusted, nothing applied",
    **{"from": "abuse@driftcdn.net"}, name_from="DriftCDN Trust & Safety", auth="fail",
    date=dt(10, 4, 12, tz=0), subject="Re: [KCSC-240909-04] Fraudulent sites",
    body=f"""
Hello,

We have removed {DC1} and {DC2} from our
network. Both hostnames now return an error page.

DriftCDN Trust & Safety
""",
    items={DC1: "pending", DC2: "pending"},
)

case(
    name="reseller-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering for the upstream host it resells",
    why="sender domain belongs to no configured platform: unknown_sender, nothing applied",
    **{"from": "help@hostnest.kr"}, name_from="호스트네스트",
    date=dt(12, 17, 3), subject="KCSC-240911-06 관련 회신",
    body=f"""
안녕하세요. 저희는 쿠모호스팅 리셀러 호스트네스트입니다.
KCSC-240911-06 건의 {KH1} 페이지는 저희가 고객 계정에서 직접 삭제했습니다.
""",
    items={KH1: "pending"},
)

case(
    name="kumohost-about-hosted-forum",
    outcome="review", review="wrong_platform",
    imitates="hosting company answering for a forum that runs on its servers",
    why="kumohost states a status for a hanmaru item: wrong_platform, nothing applied",
    **{"from": "abuse@kumohost.co.kr"}, name_from="쿠모호스팅 어뷰즈팀",
    date=dt(9, 11, 20), subject="한마루 커뮤니티 게시물 관련",
    body=f"""
안녕하세요, 쿠모호스팅입니다.

한마루 커뮤니티(hanmaru.kr)는 저희 서버를 사용하는 고객사입니다.
고객사 요청에 따라 저희가 직접 {HM3_RAW} 게시물을 삭제했습니다.

쿠모호스팅 어뷰즈팀
""",
    items={HM3: "pending"},
)

case(
    name="regidot-investigation-open",
    outcome="review", review="not_understood",
    imitates="registrar abuse team telling the reporter the registrant has 48 hours to respond",
    why="names the domain but only says an investigation is open: pending",
    **{"from": "abuse@regidot.com"}, name_from="Regidot Abuse",
    date=dt(11, 10, 44, tz=0), subject="Re: [KCSC-240910-05] Illegal gambling domains",
    body="""
Hello,

We have opened an investigation into toto-gold77.com and notified the
registrant, who has 48 hours to respond. We will update you once the
investigation is closed.

Regidot Abuse Team
""",
    items={RD1: "pending"},
)

case(
    name="driftcdn-asks-for-documents",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="CDN legal team asking for the legal basis and evidence before acting",
    why="asks for the decision number and a screenshot; no status: asks_more",
    **{"from": "legal@driftcdn.net"}, name_from="DriftCDN Legal",
    date=dt(10, 13, 9, tz=0), subject="Re: [KCSC-240909-04] Fraudulent sites",
    body=f"""
Hello,

Before we can act on {DC3} we need:

- the decision number of the Commission's order and a copy of it, and
- a screenshot showing the content at that address.

Please reply to this email with the documents attached.

DriftCDN Legal
""",
    items={DC3: "pending"},
)

case(
    name="nekoboard-abuse-address-change",
    outcome="review", review="no_claims",
    imitates="small site admin telling a reporter to use a new abuse address",
    why="trusted platform mail naming no item and no request: no_claims",
    **{"from": "admin@nekoboard.org"}, name_from="Nekoboard Admin",
    date=dt(14, 9, 0, tz=0), subject="abuse contact",
    body="""
Hi,

your office still writes to our old contact address. Please send reports
to janitors@nekoboard.org from now on; the old inbox closes on 30 September.

- admin
""",
    items={},
)

case(
    name="pinebox-conditional-counter-notice",
    outcome="review", review="not_understood",
    imitates="file host notice-and-counter-notice step: deletion only if the uploader does not object",
    why="deletion depends on no counter-notice within 10 days: a condition, pending",
    **{"from": "legal@pinebox.to"}, name_from="Pinebox Legal",
    date=dt(7, 12, 12), subject="KCSC-240903-01 - uploader notified",
    body=f"""
Dear KCSC,

The uploader has been notified of your notice. If we receive no
counter-notice within 10 days, {H6} will be deleted
permanently.

Pinebox Legal
""",
    items={H6: "pending"},
)

# ================================================================ ignored
case(
    name="pinebox-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="personal out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="out-of-office reply: ignored",
    **{"from": "marek@pinebox.to"}, name_from="Marek Dvorak",
    date=dt(3, 16, 11), subject="Automatic reply: [KCSC-240903-01] Removal request (14 URLs)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am away until 16 September with limited access to email.
Abuse reports go to abuse@pinebox.to, which is read every day.

Marek
""",
    items={},
)

case(
    name="kumohost-chuseok-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Korean company holiday auto-reply (추석 연휴 자동응답)",
    why="holiday auto-reply: ignored",
    **{"from": "support@kumohost.co.kr"}, name_from="쿠모호스팅 고객지원",
    date=dt(14, 8, 0), subject="[자동응답] RE: [KCSC-240911-06] 불법 의약품 판매 페이지 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
본 메일은 자동응답 메일입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 고객지원 업무를 쉽니다.
접수된 문의는 9월 19일부터 순서대로 답변드리겠습니다.

쿠모호스팅 고객지원팀
""",
    items={},
)

ORIG40 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@hanmaru.kr
Subject: [KCSC-240905-02] 불법정보 게시물 삭제 요청
Date: {dt(5, 15, 2)}
Message-ID: <req-240905-02@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

한마루 운영자님께,

아래 게시물의 삭제를 요청합니다.
{HM1_RAW}
{HM2_RAW}
{HM3_RAW}
{HM4}
"""
case(
    name="hanmaru-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning the original request",
    why="delivery failure report: ignored, even though the returned request lists the URLs",
    **{"from": "MAILER-DAEMON@hanmaru.kr"}, name_from="Mail Delivery System",
    date=dt(5, 15, 2, 31), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B1.hm.4410"

--B1.hm.4410
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.hanmaru.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@hanmaru.kr>: host mail.hanmaru.kr[203.0.113.40] said: 550 5.1.1
    <report@hanmaru.kr>: Recipient address rejected: User unknown

--B1.hm.4410
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hanmaru.kr
Arrival-Date: {dt(5, 15, 2, 29)}

Final-Recipient: rfc822; report@hanmaru.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@hanmaru.kr>: Recipient address
    rejected: User unknown

--B1.hm.4410
Content-Type: message/rfc822

{ORIG40}
--B1.hm.4410--
""",
    items={},
)

case(
    name="nekoboard-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; report-type=disposition-notification)",
    why="read receipt: ignored",
    **{"from": "janitors@nekoboard.org"}, name_from="Nekoboard Janitors",
    date=dt(6, 10, 22, tz=0), subject="Read: [KCSC-240906-03] Request for removal",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0906-nb"

--mdn-0906-nb
Content-Type: text/plain; charset=utf-8

The message sent to janitors@nekoboard.org with subject
"[KCSC-240906-03] Request for removal" was displayed.
This does not mean that it has been read or understood.

--mdn-0906-nb
Content-Type: message/disposition-notification

Reporting-UA: Thunderbird 115.14.0
Final-Recipient: rfc822;janitors@nekoboard.org
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0906-nb--
""",
    items={},
)

case(
    name="regidot-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar helpdesk auto-acknowledgement: ticket created, response within two business days",
    why="pure acknowledgement, no statement about any domain: ignored",
    **{"from": "support@regidot.com"}, name_from="Regidot Support",
    date=dt(10, 7, 1, tz=0), subject="[Ticket #RD-58812] Abuse report received: KCSC-240910-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting Regidot.

We have received your abuse report and created ticket #RD-58812.
Our abuse team answers within two business days. Please keep the ticket
number in the subject line if you write to us about this report.

Regidot Support
https://support.regidot.com
""",
    items={},
)

case(
    name="driftcdn-report-received-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URLs, promising an update",
    why="automatic receipt listing what was reported, no action stated: a pure acknowledgement (arguable, see NOTES)",
    **{"from": "noreply@driftcdn.net"}, name_from="DriftCDN Abuse",
    date=dt(9, 7, 3, tz=0), subject="We received your abuse report [DC-7741203]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Your abuse report has been received.

Report ID: DC-7741203
Category: Fraud / phishing
Reported URLs:
  {DC1}
  {DC2}
  {DC3}

You will receive another email once our team has reviewed the report.
Please do not reply to this message.
""",
    items={},
)

case(
    name="pinebox-relay-delay-notice",
    outcome="ignored", classification="bounce",
    imitates="third-party mail filter's 'delivery delayed' DSN for a message to the file host",
    why="delay DSN from a relay: ignored",
    **{"from": "MAILER-DAEMON@mx-filter.mailshield.example"}, name_from="Mail Delivery Subsystem",
    date=dt(12, 14, 30), subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dly-5521"

--dly-5521
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     abuse@pinebox.to

We will keep trying for 4 more days.

--dly-5521
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-filter.mailshield.example

Final-Recipient: rfc822; abuse@pinebox.to
Action: delayed
Status: 4.4.1
Will-Retry-Until: {dt(16, 10, 5)}

--dly-5521
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pinebox.to
Subject: [KCSC-240912-07] 2 files
Message-ID: <req-240912-07@kcsc.example>
Date: {dt(12, 10, 4)}

--dly-5521--
""",
    items={},
)

HEADER = """# Blind set 799 (hosts, CDNs, registrars, forums, image boards, file hosts;
# informal replies, CSV attachments, plain-text tables). Generated by make.py;
# expected results written from each email's meaning before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
