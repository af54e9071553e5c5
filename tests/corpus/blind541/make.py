#!/usr/bin/env python3
"""Blind set 541: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a one-person paste service answering informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind541/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the email's meaning alone, before
the reader was ever run on these emails. All names, domains and ids are
fictional.
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

# ---------------------------------------------------------------- requests

FY = "KCSC-240903-01"
HB = "KCSC-240904-02"
DF = "KCSC-240905-03"
KC = "KCSC-240906-04"
DN = "KCSC-240909-05"
VX = "KCSC-240910-06"
PN = "KCSC-240911-07"

f = {i + 1: "https://fileyard.example/f/" + s for i, s in enumerate(
    ["Ab3kQ9x", "Bq7LmZ2", "C4nWv8R", "D9xTe1K", "E2pHs6J", "F5gYu3M",
     "G8rKd0N", "H1sQa7P", "J6tXb4L", "K3vNc9T", "L0wMf2S",
     "M7yPg5V/archive_part2.rar"])}
f[13] = "https://fileyard.example/folder/uR8e"
f[14] = "https://fileyard.example/folder/kT2w"

H3_RAW = "https://www.gwangjang-shop.example/상품/12"
h = {
    1: "http://bet-moa77.example/",
    2: "https://hanbit-free.example/~jinu/board/view.php?no=88",
    3: "https://www.gwangjang-shop.example/" + quote("상품") + "/12",
    4: "http://203.0.113.45/promo/index.html",
}
D3_RAW = "https://dalgonaforum.example/잡담/77120"
d = {
    1: "https://dalgonaforum.example/bbs/free/118204",
    2: "https://dalgonaforum.example/bbs/free/118377",
    3: "https://dalgonaforum.example/" + quote("잡담") + "/77120",
    4: "https://dalgonaforum.example/bbs/market/5521?page=2",
    5: "https://dalgonaforum.example/member/profile/toto_king",
}
k = {
    1: "https://kchan.example/b/res/55120.html",
    2: "https://kchan.example/pol/res/9001.html",
    3: "https://i.kchan.example/b/1725612345678.webm",
}
r = {1: "http://casino-jackpot-kr.example/", 2: "https://toto-verify.example/join"}
v = {
    1: "https://stream-korea-free.example/live/ch7",
    2: "https://stream-korea-free.example/vod/8812",
    3: "https://mangadrop.example/read/oneshot-441",
}
p = {1: "https://pastenest.example/p/q8Zr2LmA"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, message id, note
    (FY, "fileyard", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [f[i] for i in range(1, 15)], "copyright", "req.20240903.01@kcsc.example",
     'uploader "pk_share", 14 links, mirrors of one pack'),
    (HB, "hanbithost", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [h[i] for i in range(1, 5)], "illegal_gambling", "req.20240904.02@kcsc.example",
     "customer sites; one is a bare IP, one a Korean path"),
    (DF, "dalgonaforum", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [d[i] for i in range(1, 6)], "drug_trade", "req.20240905.03@kcsc.example",
     "posts, a market listing and a member profile"),
    (KC, "kchan", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [k[i] for i in range(1, 4)], "obscene", "req.20240906.04@kcsc.example",
     "two threads, one media file"),
    (DN, "dotnamu", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [r[1], r[2]], "illegal_gambling", "req.20240909.05@kcsc.example",
     "registrar, whole domains"),
    (VX, "veloxcdn", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [v[1], v[2], v[3]], "copyright", "req.20240910.06@kcsc.example",
     "sites behind the CDN, origin unknown"),
    (PN, "pastenest", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [p[1]], "privacy", "req.20240911.07@kcsc.example",
     "doxxing paste, one item"),
]
REQ = {ref: (urls, mid) for ref, _, _, _, urls, _, mid, _ in REQUESTS}
SUBJ = {
    FY: "[KCSC-240903-01] Removal request (14 links)",
    HB: "[KCSC-240904-02] 시정요구 (4건)",
    DF: "[KCSC-240905-03] 게시물 삭제 요청 (5건)",
    KC: "[KCSC-240906-04] Removal request (3 URLs)",
    DN: "[KCSC-240909-05] Domain abuse report (2 domains)",
    VX: "[KCSC-240910-06] Removal request (3 URLs)",
    PN: "[KCSC-240911-07] Removal request (1 URL)",
}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def thread(ref):
    return REQ[ref][1].split("@")[0]


def request_text(ref, korean=True):
    urls = REQ[ref][0]
    if korean:
        out = ["안녕하십니까. 방송통신심의위원회 통신심의 담당입니다.", "",
               f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (참조번호 {ref})", ""]
    else:
        out = ["Dear Sir or Madam,", "",
               f"The Korea Communications Standards Commission asks you to remove the content below (reference {ref}).", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "조치 결과를 회신하여 주시기 바랍니다." if korean else "Please tell us what action you took on each address.",
            "", "KCSC Takedown Desk"]
    return out


def quoted(ref, korean=True):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref, korean))


def mixed(body, att_name, att_text, encode_b64=True, boundary="=_b541_part"):
    if encode_b64:
        enc = "base64"
        payload = base64.encodebytes(att_text.encode("utf-8")).decode("ascii").rstrip("\n")
    else:
        enc = "7bit"
        payload = att_text.rstrip("\n")
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body.strip(chr(10))}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{att_name}"
Content-Disposition: attachment; filename="{att_name}"
Content-Transfer-Encoding: {enc}

{payload}
--{boundary}--
"""


def single_encoded(body, ctype, enc):
    raw = body.strip("\n").encode("utf-8") + b"\n"
    if enc == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = quopri.encodestring(raw).decode("ascii")
    return f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{payload}"


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ FileYard (file host, 14 items)

case(
    name="fy-csv-attachment-all-links",
    date="Mon, 09 Sep 2024 16:40:12 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Trust & Safety",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    raw_mime=mixed(
        """Hello,

Please find attached the outcome for each link in your request KCSC-240903-01.
Files marked "Removed" are deleted from our storage and their links now show
an error page. Our policy is at https://fileyard.example/legal/abuse-policy.

Regards,
Marta Kowalczyk
FileYard Trust & Safety""",
        "KCSC-240903-01_outcome.csv",
        "link,result,comment,processed_utc\n"
        + "".join(
            f"{f[i]},{res},{com},2024-09-09 13:{10 + i:02d}\n"
            for i, res, com in [
                (1, "Removed", "uploader banned"), (2, "Removed", ""), (3, "Removed", ""),
                (4, "Removed", ""), (5, "Removed", ""), (6, "Not found", "no file under this id"),
                (7, "Removed", ""), (8, "Removed", "hash blocklisted"), (9, "Removed", ""),
                (10, "No violation - left up", "public-domain scan"), (11, "Removed", ""),
                (12, "Removed", "\"part 2 of 2, part 1 already gone\""), (13, "Removed", "folder disabled"),
                (14, "Removed", "folder disabled")]),
    ),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk replying with a per-link CSV export of its moderation tool",
    why="CSV attachment gives an unhedged result per link: 11 removed, 1 not found, 1 left up with reason, folders disabled",
    items={**{f[i]: "removed" for i in range(1, 15)}, f[6]: "not_found", f[10]: "rejected"},
)

case(
    name="fy-plaintext-table-first-five",
    date="Fri, 06 Sep 2024 11:05:44 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Abuse Desk",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Hi KCSC team,

Results for the first five links of KCSC-240903-01. The rest are still with
the reviewers and we will write again.

LINK                                  STATUS        NOTE
------------------------------------------------------------------------
https://fileyard.example/f/Ab3kQ9x    DELETED       uploader banned
https://fileyard.example/f/Bq7LmZ2    DELETED
https://fileyard.example/f/C4nWv8R    NOT FOUND     id never existed
https://fileyard.example/f/D9xTe1K    DELETED
https://fileyard.example/f/E2pHs6J    KEPT          no violation of our terms found

-- 
FileYard Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width status table from its ticket tool",
    why="plain-text table: 3 deleted, 1 not found, 1 kept with a reason; the other nine are only promised",
    items={f[1]: "removed", f[2]: "removed", f[3]: "not_found", f[4]: "removed", f[5]: "rejected"},
)

case(
    name="fy-bulk-all-deleted-account-closed",
    date="Wed, 04 Sep 2024 09:12:03 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Abuse Desk",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Hello,

Following your notice KCSC-240903-01 we deleted all of the reported files
and closed the account that uploaded them (pk_share). Nothing from that
account can be downloaded any more.

Kind regards,
FileYard Abuse Desk""",
    outcome="review", review="bulk",
    imitates="file host one-paragraph 'all reported files removed' reply",
    why="one statement covers all 14 links without naming any: bulk, items stay pending",
    items={f[i]: "pending" for i in range(1, 15)},
)

case(
    name="fy-verification-queue-promise",
    date="Wed, 04 Sep 2024 15:30:51 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Abuse Desk",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Hello,

Thank you for the report. Two of the links,
https://fileyard.example/f/D9xTe1K and https://fileyard.example/f/J6tXb4L,
are now in our verification queue and will be taken down within 48 hours
if the check confirms your description. We will write again once that is
done.

FileYard Abuse Desk""",
    outcome="review", review="not_understood",
    imitates="abuse desk reply announcing a conditional takedown after verification",
    why="a conditional promise ('will be taken down ... if the check confirms'), no status",
    items={f[4]: "pending", f[9]: "pending"},
)

case(
    name="fy-url-then-status-below",
    date="Tue, 10 Sep 2024 08:47:19 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Abuse Desk",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Status update on KCSC-240903-01:

https://fileyard.example/f/G8rKd0N
  -> removed

https://fileyard.example/f/H1sQa7P
  -> removed, hash added to our blocklist

https://fileyard.example/f/J6tXb4L
  -> no such file; the link is invalid and never existed on our side

https://fileyard.example/f/K3vNc9T
  -> removed

-- 
FileYard Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk listing each URL with its result on the line below",
    why="each URL has its own unhedged result on the next line",
    items={f[7]: "removed", f[8]: "removed", f[9]: "not_found", f[10]: "removed"},
)

case(
    name="fy-base64-html-table",
    date="Thu, 12 Sep 2024 10:02:37 +0200",
    **{"from": "compliance@fileyard.example"}, name_from="FileYard Compliance",
    subject="Outcome of notice KCSC-240903-01 (part 3)",
    raw_mime=single_encoded("""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC,</p>
<p>Below is the outcome for three further links from your notice <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action taken</th></tr>
<tr><td>https://fileyard.example/f/L0wMf2S</td><td>File removed</td></tr>
<tr><td>https://fileyard.example/f/M7yPg5V/archive_part2.rar</td><td>Blocked for visitors from South Korea; available elsewhere</td></tr>
<tr><td>https://fileyard.example/folder/uR8e</td><td>Folder disabled</td></tr>
</table>
<p>For questions please see <a href="https://fileyard.example/help/authorities">our page for authorities</a>.</p>
<p>FileYard Compliance</p>
</body></html>""", "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="compliance team HTML mail (base64 body) with a two-column action table",
    why="HTML table: one removed, one geo-blocked in Korea, one folder disabled",
    items={f[11]: "removed", f[12]: "restricted", f[13]: "removed"},
)

case(
    name="fy-out-of-office",
    date="Tue, 03 Sep 2024 10:01:05 +0200",
    **{"from": "marta.kowalczyk@fileyard.example"}, name_from="Marta Kowalczyk",
    subject="Automatic reply: " + SUBJ[FY], reply_to_req=thread(FY),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 23 September with limited access to
email. Abuse reports are handled by abuse@fileyard.example in the meantime.

Marta""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fy-ticket-receipt",
    date="Tue, 03 Sep 2024 10:02:48 +0200",
    **{"from": "support@fileyard.example"}, name_from="FileYard Support",
    subject="[FileYard Support] Request received (#FY-88213)",
    body="""Hi,

Thanks for contacting FileYard. Your request "[KCSC-240903-01] Removal
request (14 links)" has been logged as ticket #FY-88213 and an agent will
get back to you. You can add information by replying to this email.

This is an automated message.
FileYard Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket creation receipt",
    why="pure acknowledgement: ticket created, nothing about any link",
    items={},
)

case(
    name="fy-top-posted-over-quoted-request",
    date="Thu, 05 Sep 2024 18:21:00 +0200",
    **{"from": "jonas.berg@fileyard.example"}, name_from="Jonas Berg",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Hi,

Took care of the first three on your list:

https://fileyard.example/f/Ab3kQ9x - deleted
https://fileyard.example/f/Bq7LmZ2 - deleted
https://fileyard.example/f/C4nWv8R - already gone, the uploader had removed it himself before I looked

Working through the others tomorrow.

Jonas

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(FY, korean=False),
    outcome="applied", classification="confirmation",
    imitates="staff member's short top-posted reply over the Gmail-quoted request",
    why="three items stated above the quote; the other eleven appear only in the quoted request",
    items={f[1]: "removed", f[2]: "removed", f[3]: "not_found"},
)

case(
    name="fy-quoted-printable-korean",
    date="Mon, 09 Sep 2024 17:15:00 +0900",
    **{"from": "korea@fileyard.example"}, name_from="FileYard 한국 지원팀",
    subject="RE: " + SUBJ[FY],
    raw_mime=single_encoded(f"""안녕하세요, FileYard 한국 지원팀입니다.

요청번호 {FY} 관련하여 두 건의 처리 결과를 알려드립니다.

- https://fileyard.example/f/E2pHs6J : 파일 삭제 완료
- https://fileyard.example/f/F5gYu3M : 대한민국 IP에서의 접근을 제한하였습니다(다른 국가에서는 권리자 확인 전까지 유지됩니다).

나머지 링크는 확인되는 대로 따로 회신드리겠습니다.

감사합니다.
FileYard 한국 지원팀""", "plain", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Korean support team reply sent quoted-printable",
    why="one file deleted, one access-restricted from Korean IPs; the rest promised",
    items={f[5]: "removed", f[6]: "restricted"},
)

case(
    name="fy-angle-brackets-url-below-statement",
    date="Fri, 13 Sep 2024 09:58:30 +0200",
    **{"from": "abuse@fileyard.example"}, name_from="FileYard Abuse Desk",
    subject="Re: " + SUBJ[FY], reply_to_req=thread(FY),
    body="""Hello again,

The two shared folders below were disabled this morning and now show
"folder unavailable":
<https://fileyard.example/folder/uR8e>
<https://fileyard.example/folder/kT2w>

The single file
https://fileyard.example/f/K3vNc9T
was left online: it is a scan of a public-domain book and breaks none of
our terms.

FileYard Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk prose with URLs in angle brackets on the lines after the statement",
    why="two folders disabled (statement above the URLs), one file left up with a reason",
    items={f[13]: "removed", f[14]: "removed", f[10]: "rejected"},
)

case(
    name="fy-echoed-report-outcome",
    date="Sat, 07 Sep 2024 03:44:10 +0000",
    **{"from": "reports@fileyard.example"}, name_from="FileYard Reports",
    subject="Update on your report FY-R-551907",
    body="""Hello,

We have reviewed the report you submitted.

--- Your report ---
Reported link: https://fileyard.example/f/H1sQa7P
Reason: Illegal content
Reference you gave: KCSC-240903-01
Submitted: 2024-09-03 01:12 UTC
-------------------

Outcome: the file violated our Terms of Service and has been removed. The
uploader has received a strike.

If you disagree with this decision you can appeal at
https://fileyard.example/help/appeals .

FileYard Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome notice that echoes the submitted report",
    why="the echoed report names one link; the outcome says it was removed",
    items={f[8]: "removed"},
)

# ================================================================ Hanbit Hosting (web host, 4 items)

case(
    name="hb-korean-notice-particle-fullwidth",
    date="Fri, 06 Sep 2024 14:20:00 +0900",
    **{"from": "abuse@hanbithost.example"}, name_from="한빛호스팅 고객지원센터",
    subject="Re: " + SUBJ[HB], reply_to_req=thread(HB),
    body=f"""안녕하십니까, 한빛호스팅 고객지원센터입니다.

귀 위원회에서 요청하신 시정요구({HB}) 건에 대하여 다음과 같이 조치하였음을 알려드립니다.

1. http://bet-moa77.example/는 당사 호스팅 이용약관 제14조 위반으로 계정 서비스를 중지하고 사이트를 게시중단 처리하였습니다.
2. 쇼핑몰 상품 페이지（{H3_RAW}）는 고객 소명 기간 동안 임시조치(30일)하였습니다.

나머지 2건은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

한빛호스팅 고객지원센터 드림
☎ 1588-0000 | https://hanbithost.example/support""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company 시정요구 조치 결과 notice",
    why="게시중단 (removed) for the site, 임시조치 (restricted) for the shop page; two others only under check",
    items={h[1]: "removed", h[3]: "restricted"},
)

case(
    name="hb-outlook-reply-kept-and-deleted",
    date="Mon, 09 Sep 2024 11:32:15 +0900",
    **{"from": "doyoon.kim@hanbithost.example"}, name_from="Kim Doyoon",
    subject="RE: " + SUBJ[HB],
    body=f"""Dear KCSC,

We checked the remaining two addresses from your request.

- https://hanbit-free.example/~jinu/board/view.php?no=88: this is a personal
  community board on our free plan. Our abuse team read the post; it does not
  break our acceptable use policy, so we are leaving it in place.
- http://203.0.113.45/promo/index.html: the customer deleted the /promo
  directory after our notice; the address now returns 404.

Best regards,
Doyoon Kim | Abuse Handling, Hanbit Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: abuse@hanbithost.example
Subject: {SUBJ[HB]}

""" + "\n".join(request_text(HB)),
    outcome="applied", classification="confirmation",
    imitates="abuse handler's Outlook reply above an '-----Original Message-----' block",
    why="one page kept because it breaks no rule (rejected), one deleted; the quoted request names all four",
    items={h[2]: "rejected", h[4]: "removed"},
)

case(
    name="hb-forged-all-deleted",
    auth="fail",
    date="Thu, 05 Sep 2024 22:03:41 +0900",
    **{"from": "abuse@hanbithost.example"}, name_from="한빛호스팅",
    subject="[KCSC-240904-02] 조치 완료 안내",
    body=f"""요청하신 4건 모두 삭제 완료하였습니다.

http://bet-moa77.example/ 삭제 완료
https://hanbit-free.example/~jinu/board/view.php?no=88 삭제 완료
{H3_RAW} 삭제 완료
http://203.0.113.45/promo/index.html 삭제 완료

한빛호스팅""",
    outcome="review", review="untrusted",
    imitates="Korean hosting 조치 완료 notice, but DMARC fails",
    why="claims from the platform's domain with failed authentication",
    items={h[1]: "pending", h[2]: "pending", h[3]: "pending", h[4]: "pending"},
)

case(
    name="hb-hedge-customer-seems-to-have",
    date="Sat, 07 Sep 2024 10:11:09 +0900",
    **{"from": "abuse@hanbithost.example"}, name_from="한빛호스팅 보안관제팀",
    subject="Re: " + SUBJ[HB], reply_to_req=thread(HB),
    body=f"""안녕하세요, 한빛호스팅 보안관제팀입니다.

{HB} 관련하여 문의 주신 http://bet-moa77.example/ 및
https://hanbit-free.example/~jinu/board/view.php?no=88 두 건은 고객사에 삭제 요청을 전달하였습니다.
현재 접속해 보면 고객이 자체적으로 내린 것으로 보이나, 당사에서 최종 확인한 것은 아닙니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk passing the complaint to the customer",
    why="'looks like the customer took it down' but not confirmed: a hedge, no status",
    items={h[1]: "pending", h[2]: "pending"},
)

case(
    name="hb-dsn-user-unknown",
    date="Wed, 04 Sep 2024 10:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.hanbithost.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b541-hb"

--dsn-b541-hb
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hanbithost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-old@hanbithost.example>: host mbox.hanbithost.example[192.0.2.31]
    said: 550 5.1.1 <abuse-old@hanbithost.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-b541-hb
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hanbithost.example
Arrival-Date: Wed,  4 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; abuse-old@hanbithost.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-b541-hb
Content-Type: message/rfc822

Message-ID: <{REQ[HB][1]}>
Date: Wed, 04 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@hanbithost.example
Subject: {SUBJ[HB]}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(request_text(HB)) + """

--dsn-b541-hb--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce carrying our own request; nothing from the platform",
    items={},
)

case(
    name="hb-followup-author-deleted-and-server-closed",
    date="Thu, 12 Sep 2024 16:45:00 +0900",
    **{"from": "abuse@hanbithost.example"}, name_from="한빛호스팅 보안관제팀",
    subject="Re: " + SUBJ[HB], reply_to_req=thread(HB),
    body=f"""추가 확인 결과 회신드립니다.

- 쇼핑몰 상품 페이지 {H3_RAW} : 확인 당시 이미 판매자가 직접 삭제한 상태로, 해당 페이지는 존재하지 않습니다.
- http://203.0.113.45/promo/index.html : 해당 서버는 이용계약 해지로 서비스가 중단되었습니다.

한빛호스팅 보안관제팀""",
    outcome="applied", classification="confirmation",
    imitates="hosting desk follow-up in Korean, dash list with ' : '",
    why="page already deleted by its seller (not_found); server contract ended and service stopped (removed)",
    items={h[3]: "not_found", h[4]: "removed"},
)

case(
    name="hb-korean-result-table",
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    **{"from": "abuse@hanbithost.example"}, name_from="한빛호스팅 고객지원센터",
    subject=f"[한빛호스팅] 시정요구 조치결과 회신 ({HB})",
    body=f"""시정요구 조치결과 회신

요청번호 : {HB}
회신일자 : 2024-09-13

번호 | 대상 URL | 조치결과 | 비고
1 | http://bet-moa77.example/ | 삭제 | 계정 해지
2 | https://hanbit-free.example/~jinu/board/view.php?no=88 | 조치불가 | 약관 위반 아님으로 판단
3 | {h[3]} | 게시중단 |
4 | http://203.0.113.45/promo/index.html | 삭제 | 서버 반납

문의: https://hanbithost.example/support""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in plain text with pipes",
    why="pipe table: 삭제, 조치불가 with reason (rejected), 게시중단, 삭제",
    items={h[1]: "removed", h[2]: "rejected", h[3]: "removed", h[4]: "removed"},
)

# ================================================================ Dalgona Forum (forum, 5 items)

case(
    name="df-admin-one-line-post-numbers",
    date="Fri, 06 Sep 2024 23:14:52 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="달고나포럼 운영자",
    subject="Re: " + SUBJ[DF], reply_to_req=thread(DF),
    body="""자유게시판 118204, 118377번 글 블라인드 처리했습니다.
-- 
달고나포럼 운영자""",
    outcome="applied", classification="confirmation",
    imitates="forum admin answering in one line, by post number",
    why="both free-board posts named by their numbers are blinded (removed), in the request's thread",
    items={d[1]: "removed", d[2]: "removed"},
)

case(
    name="df-bulleted-mixed-korean",
    date="Sat, 07 Sep 2024 13:02:27 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="달고나포럼 운영팀",
    subject="Re: " + SUBJ[DF], reply_to_req=thread(DF),
    body=f"""안녕하세요, 달고나포럼 운영팀입니다. 요청 주신 건 처리 결과입니다.

* https://dalgonaforum.example/bbs/free/118204 → 블라인드 처리
* {D3_RAW} → 작성자가 이미 삭제한 글이라 남아 있는 게 없습니다
* https://dalgonaforum.example/bbs/market/5521?page=2 → 중고거래 규정 위반 사항이 없어 그대로 둡니다
* https://dalgonaforum.example/member/profile/toto_king → 회원 이용정지, 프로필 및 작성글 비공개 처리

118377번 글은 내일 확인해서 다시 말씀드릴게요.""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's bulleted Korean reply with arrows",
    why="blinded, already deleted by author, kept (no rule broken), profile made private; 118377 only promised",
    items={d[1]: "removed", d[3]: "not_found", d[4]: "rejected", d[5]: "removed"},
)

case(
    name="df-promise-over-gmail-korean-quote",
    date="Fri, 06 Sep 2024 09:40:00 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="달고나포럼 운영자",
    subject="Re: " + SUBJ[DF], reply_to_req=thread(DF),
    body="""118377번 글(https://dalgonaforum.example/bbs/free/118377)은 오늘 중으로 삭제할 예정이고,
장터 글 https://dalgonaforum.example/bbs/market/5521?page=2 은 판매자 소명 받고 검토하겠습니다.

2024년 9월 5일 (목) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quoted(DF),
    outcome="review", review="not_understood",
    imitates="forum admin's Gmail reply with promises above the Korean Gmail quote line",
    why="'삭제할 예정' and '검토하겠습니다' are promises; the quoted request is not a statement",
    items={d[2]: "pending", d[4]: "pending"},
)

case(
    name="df-moderator-from-gmail",
    date="Sat, 07 Sep 2024 20:18:33 +0900",
    **{"from": "haneul.mod@gmail.com"}, name_from="하늘 (달고나포럼 부운영자)",
    subject="Re: " + SUBJ[DF], reply_to_req=thread(DF),
    body="""안녕하세요, 달고나포럼 부운영자입니다. 운영자님이 바쁘셔서 대신 연락드려요.
https://dalgonaforum.example/bbs/free/118204 글은 제가 지웠습니다.""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator writing from a personal webmail address",
    why="statement from a sender outside the forum's domain",
    items={d[1]: "pending"},
)

case(
    name="df-html-only-result-table",
    date="Tue, 10 Sep 2024 15:05:00 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="달고나포럼",
    subject="[달고나포럼] 게시물 조치 결과 안내 (KCSC-240905-03)",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 게시물에 대한 조치 결과를 아래와 같이 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="https://dalgonaforum.example/bbs/free/118377">https://dalgonaforum.example/bbs/free/118377</a></td><td>삭제</td><td>2024-09-09 18:20</td></tr>
<tr><td>2</td><td><a href="{d[3]}">{D3_RAW}</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>3</td><td><a href="https://dalgonaforum.example/member/profile/toto_king">https://dalgonaforum.example/member/profile/toto_king</a></td><td>회원 이용정지 및 프로필 비공개</td><td>2024-09-07 12:55</td></tr>
</table>
<p>달고나포럼 운영팀 드림 · <a href="https://dalgonaforum.example/rules">운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's HTML notice with a 조치 결과 table",
    why="HTML table: 삭제 (removed), 게시물 없음 by its author (not_found), 이용정지 및 프로필 비공개 (removed)",
    items={d[2]: "removed", d[3]: "not_found", d[5]: "removed"},
)

case(
    name="df-english-top-post-market-removed",
    date="Wed, 11 Sep 2024 08:03:19 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="Dalgona Forum Admin",
    subject="Re: " + SUBJ[DF], reply_to_req=thread(DF),
    body="""Hi,

I removed the market post https://dalgonaforum.example/bbs/market/5521?page=2 and
banned the seller account. Sorry for the delay.

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(DF),
    outcome="applied", classification="confirmation",
    imitates="short English Gmail top-post over the quoted Korean request",
    why="one item removed above the quote; the quoted list is not a statement",
    items={d[4]: "removed"},
)

case(
    name="df-chuseok-auto-reply",
    date="Sat, 14 Sep 2024 00:05:10 +0900",
    **{"from": "admin@dalgonaforum.example"}, name_from="달고나포럼 운영자",
    subject="[자동응답] 추석 연휴 부재 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""안녕하세요. 추석 연휴(9월 14일~18일) 동안은 메일 확인이 어렵습니다.
19일부터 받은 순서대로 답변드리겠습니다. 급한 신고는 사이트 내 신고 버튼을 이용해 주세요.

달고나포럼 운영자""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) absence auto-reply",
    why="auto-reply",
    items={},
)

# ================================================================ kchan (image board, 3 items)

case(
    name="kc-janitor-terse-angle-brackets",
    date="Sat, 07 Sep 2024 04:12:55 +0000",
    **{"from": "janny@kchan.example"}, name_from="kchan janitor",
    subject="Re: " + SUBJ[KC], reply_to_req=thread(KC),
    body="""done.

<https://kchan.example/b/res/55120.html> - thread deleted, poster banned
<https://i.kchan.example/b/1725612345678.webm> - file deleted and hash-banned
<https://kchan.example/pol/res/9001.html> - leaving this one. it's a political
argument, nothing in it breaks the global rules.

- j""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lowercase terse reply",
    why="thread and file deleted; the /pol/ thread kept because it breaks no rule",
    items={k[1]: "removed", k[3]: "removed", k[2]: "rejected"},
)

case(
    name="kc-hedge-probably-pruned",
    date="Fri, 06 Sep 2024 19:30:02 +0000",
    **{"from": "admin@kchan.example"}, name_from="kchan admin",
    subject="Re: " + SUBJ[KC], reply_to_req=thread(KC),
    body="""the /b/ thread https://kchan.example/b/res/55120.html has probably 404'd by
now, threads there get pruned within a few hours. the webm
https://i.kchan.example/b/1725612345678.webm might still sit on the image
server for a while, not sure. will look when I'm home.""",
    outcome="review", review="not_understood",
    imitates="image-board admin guessing at pruning instead of checking",
    why="'probably 404'd', 'might still sit', 'will look': hedges and a promise, no status",
    items={k[1]: "pending", k[3]: "pending"},
)

case(
    name="kc-noreply-auto-response",
    date="Fri, 06 Sep 2024 01:00:04 +0000",
    **{"from": "noreply@kchan.example"}, name_from="kchan",
    subject="Re: " + SUBJ[KC],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This address does not accept mail and nobody reads it.

Reports go through the [Report] button next to each post, or the contact
form at https://kchan.example/contact .""",
    outcome="ignored", classification="auto_reply",
    imitates="unattended noreply mailbox auto-response",
    why="automatic reply from an unmonitored address",
    items={},
)

case(
    name="kc-about-fileyard-link",
    date="Sun, 08 Sep 2024 12:44:19 +0000",
    **{"from": "admin@kchan.example"}, name_from="kchan admin",
    subject="Re: " + SUBJ[KC], reply_to_req=thread(KC),
    body="""Not ours to answer, but FYI: the fileyard link that was being spammed in
the thread, https://fileyard.example/f/D9xTe1K, has been taken down by
FileYard. I just checked.""",
    outcome="review", review="wrong_platform",
    imitates="image-board admin reporting on a link hosted by another service",
    why="kchan states the status of a FileYard item",
    items={f[4]: "pending"},
)

case(
    name="kc-html-modlog-link-text",
    date="Sat, 07 Sep 2024 03:20:41 +0000",
    **{"from": "mod@kchan.example"}, name_from="kchan moderation",
    subject=f"mod log excerpt for your report {KC}",
    type="html",
    body="""<html><body>
<p>Relevant entries from our public mod log:</p>
<table>
<tr><th>Time (UTC)</th><th>Action</th><th>Target</th><th>Reason</th></tr>
<tr><td>2024-09-07 03:12</td><td>delete thread</td><td><a href="https://kchan.example/b/res/55120.html">/b/res/55120</a></td><td>Global 1 (illegal content)</td></tr>
<tr><td>2024-09-07 03:13</td><td>delete file</td><td><a href="https://i.kchan.example/b/1725612345678.webm">1725612345678.webm</a></td><td>Global 1 (illegal content)</td></tr>
</table>
<p>Full log: <a href="https://kchan.example/modlog">kchan.example/modlog</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="image-board mod-log excerpt where the URL is only in the link's href",
    why="thread and file deleted per the log rows; targets given as links",
    items={k[1]: "removed", k[3]: "removed"},
)

# ================================================================ dotnamu (registrar, 2 items)

case(
    name="dn-clienthold-and-no-such-domain",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    **{"from": "abuse@dotnamu.example"}, name_from="dotnamu Abuse Team",
    subject="Re: " + SUBJ[DN], reply_to_req=thread(DN),
    body="""Regarding KCSC-240909-05:

casino-jackpot-kr.example (http://casino-jackpot-kr.example/)
Status set to clientHold on 2024-09-11. The domain no longer resolves.

toto-verify.example (https://toto-verify.example/join)
This domain expired on 2024-08-02 and is no longer registered; it does not
exist at present, so there is nothing for us to suspend.

dotnamu Abuse Team""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain put on clientHold / domain not registered",
    why="one domain on hold and no longer resolving (removed); the other does not exist (not_found)",
    items={r[1]: "removed", r[2]: "not_found"},
)

case(
    name="dn-korean-registrant-notice-promise",
    date="Tue, 10 Sep 2024 11:00:00 +0900",
    **{"from": "abuse@dotnamu.example"}, name_from="도트나무 Abuse팀",
    subject="Re: " + SUBJ[DN], reply_to_req=thread(DN),
    body=f"""안녕하세요, 도트나무 Abuse팀입니다.

요청하신 도메인 casino-jackpot-kr.example, toto-verify.example 에 대하여 등록인에게 소명을 요청하였습니다.
7일 이내 소명이 없을 경우 해당 도메인은 일시정지(clientHold) 처리될 예정입니다.

참조: {DN}""",
    outcome="review", review="not_understood",
    imitates="Korean registrar notice that the registrant has been asked to respond",
    why="a conditional future suspension; no status now",
    items={r[1]: "pending", r[2]: "pending"},
)

case(
    name="dn-read-receipt",
    date="Mon, 09 Sep 2024 10:47:00 +0900",
    **{"from": "abuse@dotnamu.example"}, name_from="도트나무 Abuse팀",
    subject="읽음: " + SUBJ[DN],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b541-dn"

--mdn-b541-dn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "{SUBJ[DN]}"을(를) 수신자가 2024-09-09 10:47에 읽었습니다.

--mdn-b541-dn
Content-Type: message/disposition-notification

Reporting-UA: webmail.dotnamu.example
Final-Recipient: rfc822;abuse@dotnamu.example
Original-Message-ID: <{REQ[DN][1]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b541-dn--""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="dn-csv-attachment-7bit",
    date="Thu, 12 Sep 2024 18:05:33 +0900",
    **{"from": "abuse@dotnamu.example"}, name_from="dotnamu Abuse Team",
    subject=f"Abuse case result - {DN}",
    raw_mime=mixed(
        """Hello,

The result of our review for your report is in the attached file.

dotnamu Abuse Team
https://dotnamu.example/policy/abuse""",
        "abuse_result_20240912.csv",
        "domain,reported_url,action,date,remark\n"
        "casino-jackpot-kr.example,http://casino-jackpot-kr.example/,SUSPENDED,2024-09-12,clientHold applied\n"
        "toto-verify.example,https://toto-verify.example/join,NO ACTION,2024-09-12,"
        "\"registrant verified; no DNS abuse found, content complaints go to the hosting provider\"\n",
        encode_b64=False, boundary="=_dn_csv_541"),
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk result CSV attached in plain 7bit",
    why="one domain suspended (removed); the other left with a reason (rejected)",
    items={r[1]: "removed", r[2]: "rejected"},
)

# ================================================================ VeloxCDN (CDN, 3 items)

case(
    name="vx-not-the-host-forwarded",
    date="Tue, 10 Sep 2024 13:22:08 +0000",
    **{"from": "abuse@veloxcdn.example"}, name_from="VeloxCDN Trust & Safety",
    subject="Re: " + SUBJ[VX], reply_to_req=thread(VX),
    body="""Hello,

VeloxCDN provides caching and DDoS protection. We are not the hosting
provider for the sites below and cannot remove material stored on them:

https://stream-korea-free.example/live/ch7
https://stream-korea-free.example/vod/8812

We have passed your complaint to the site operator and to the hosting
provider, whose abuse contact is abuse@originhost.example. Please direct any
follow-up to them.

VeloxCDN Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through, we forwarded your report to the host' reply",
    why="no decision about the content: referral to the host, not a rejection on the merits",
    items={v[1]: "pending", v[2]: "pending"},
)

case(
    name="vx-geo-restricted-and-451",
    date="Thu, 12 Sep 2024 07:55:40 +0000",
    **{"from": "abuse@veloxcdn.example"}, name_from="VeloxCDN Trust & Safety",
    subject="Re: " + SUBJ[VX], reply_to_req=thread(VX),
    body="""Hello,

We have restricted access to the following URLs for visitors in the
Republic of Korea, in line with local law:

  https://stream-korea-free.example/live/ch7
  https://stream-korea-free.example/vod/8812

In addition, we terminated service for mangadrop.example after confirming
the account was dedicated to infringing material.
https://mangadrop.example/read/oneshot-441 now returns HTTP 451 to every
visitor in all regions.

VeloxCDN Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply: country block for two URLs, service termination for a third",
    why="two URLs restricted in Korea; the third blocked for everyone (removed)",
    items={v[1]: "restricted", v[2]: "restricted", v[3]: "removed"},
)

case(
    name="vx-dsa-statement-of-reasons",
    date="Thu, 12 Sep 2024 08:10:00 +0000",
    **{"from": "dsa-notices@veloxcdn.example"}, name_from="VeloxCDN Transparency",
    subject="Statement of reasons - decision DEC-2024-0912-7741",
    body=f"""Statement of reasons

Decision reference:        DEC-2024-0912-7741
Your notice:               {VX}
Content concerned:         https://mangadrop.example/read/oneshot-441
Type of restriction:       disabling of access
Territorial scope:         all territories
Facts and circumstances:   notice from a public authority; the hosting
                           account was found to serve infringing material
Ground:                    Terms of Service, section 4.2 (infringing material)
Automated detection:       no
Automated decision:        no

Redress: you may lodge a complaint through https://veloxcdn.example/appeals
or turn to a certified out-of-court dispute settlement body.""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons in key/value form",
    why="access disabled in all territories for the one URL named",
    items={v[3]: "removed"},
)

case(
    name="vx-report-received",
    date="Tue, 10 Sep 2024 01:00:31 +0000",
    **{"from": "abuse-noreply@veloxcdn.example"}, name_from="VeloxCDN Abuse",
    subject="We received your abuse report [VX-ABU-40021]",
    body="""Thank you. We have received your abuse report (reference VX-ABU-40021)
concerning 3 URLs.

Our team reviews reports in the order received. We may not reply to every
report individually. You can read how we handle abuse at
https://veloxcdn.example/abuse.""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt",
    why="pure acknowledgement with its own reference number",
    items={},
)

case(
    name="vx-outlook-not-found-and-licensed",
    date="Mon, 16 Sep 2024 09:14:27 +0000",
    **{"from": "priya.raman@veloxcdn.example"}, name_from="Priya Raman",
    subject="RE: " + SUBJ[VX],
    body=f"""Hello,

Follow-up on the two stream-korea-free links.

The VOD link https://stream-korea-free.example/vod/8812 cannot be found on
our network: that path was never served through our edge and the zone
holds no such object.

The live channel https://stream-korea-free.example/live/ch7 stays available.
The operator sent us a broadcasting licence from the rights holder that
covers Korea, and we see no breach of our terms.

Priya Raman
Trust & Safety, VeloxCDN

From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00
To: abuse@veloxcdn.example
Subject: {SUBJ[VX]}

""" + "\n".join(request_text(VX, korean=False)),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a From:/Sent:/To: header block above the request",
    why="one URL not found on the network, one kept with a licence as reason (rejected)",
    items={v[2]: "not_found", v[1]: "rejected"},
)

case(
    name="vx-policy-change-newsletter",
    date="Wed, 18 Sep 2024 15:00:00 +0000",
    **{"from": "news@veloxcdn.example"}, name_from="VeloxCDN",
    subject="Changes to how we handle abuse reports from 1 October",
    body="""Hello,

From 1 October 2024 VeloxCDN will accept abuse reports only through the web
form at https://veloxcdn.example/abuse/report. Reports sent by email to our
abuse address will receive an automatic pointer to the form.

Reports from public authorities can still be sent to
authorities@veloxcdn.example.

The VeloxCDN team""",
    outcome="review", review="no_claims",
    imitates="CDN service announcement about its abuse process",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ================================================================ PasteNest (one-person service, 1 item)

case(
    name="pn-one-line-in-thread",
    date="Wed, 11 Sep 2024 22:31:09 +0900",
    **{"from": "ed@pastenest.example"}, name_from="Ed",
    subject="Re: " + SUBJ[PN], reply_to_req=thread(PN),
    body="""deleted it, thanks for the heads up.

Ed
pastenest.example""",
    outcome="applied", classification="confirmation",
    imitates="one-person service operator's one-line reply",
    why="sole statement in the thread of a one-item request",
    items={p[1]: "removed"},
)

case(
    name="pn-operator-from-other-address",
    date="Thu, 12 Sep 2024 07:02:00 +0900",
    **{"from": "pastenest.ed@fastpost.example"}, name_from="Ed (PasteNest)",
    subject="Re: " + SUBJ[PN],
    body="""Hi, I run PasteNest. The paste https://pastenest.example/p/q8Zr2LmA is
removed now. Writing from my personal address, the pastenest mail server is
being moved.

Ed""",
    outcome="review", review="unknown_sender",
    imitates="small-service operator answering from a personal mailbox",
    why="statement from a domain that is no platform's",
    items={p[1]: "pending"},
)

case(
    name="pn-author-deleted-first",
    date="Wed, 11 Sep 2024 19:48:51 +0900",
    **{"from": "ed@pastenest.example"}, name_from="Ed",
    subject="Re: " + SUBJ[PN], reply_to_req=thread(PN),
    body="""That paste (https://pastenest.example/p/q8Zr2LmA) was deleted by the person
who posted it before I even opened your mail. Nothing left on our end.

Ed""",
    outcome="applied", classification="confirmation",
    imitates="operator reply: content already deleted by its author",
    why="already deleted by its author: not_found",
    items={p[1]: "not_found"},
)

HEADER = """# Blind set 541 (hosts, CDN, registrar, forum, image board, file host,
# one-person service). Written from each email's meaning before any run.
# Generated by make.py; do not edit by hand."""


def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047 encoded, as
    mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            val = c.get(key)
            if val and not val.isascii():
                c[key] = Header(val, "utf-8").encode()


def main():
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind541", HEADER, CASES)


if __name__ == "__main__":
    main()
