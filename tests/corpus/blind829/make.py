#!/usr/bin/env python3
"""Blind set 829: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a one-person paste site answering (often informally),
plus CSV attachments and plain-text tables. All names, domains, ids and URLs
are fictional. Deterministic: rewrites requests.csv, cases/ and expected.toml.

    python3 tests/corpus/blind829/make.py

Expected results were written from each email's meaning alone, before the
reader was ever run on this set.
"""
import base64
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
F = {i: u for i, u in enumerate([
    "https://filedrop.cc/f/Qm7xT2",
    "https://filedrop.cc/f/Zr8pL4",
    "https://filedrop.cc/f/Kd3wN9",
    "https://filedrop.cc/f/Hy6cV1",
    "https://filedrop.cc/f/Bn2sR5",
    "https://filedrop.cc/f/Wt9gJ7",
    "https://filedrop.cc/f/Lp4eM8",
    "https://filedrop.cc/f/Uc5yD3",
    "https://filedrop.cc/f/Ex1oK6",
    "https://filedrop.cc/f/Sv7hA2",
    "https://filedrop.cc/f/Gj8uP0",
    "https://filedrop.cc/f/Ni3bX4",
    "https://filedrop.cc/d/Ro6qF9/album",
    "https://filedrop.cc/f/Yk2zC7",
], start=1)}
D3_RAW = "https://www.ddforum.kr/board/장터/9120"
D = {
    1: "https://www.ddforum.kr/board/free/48213",
    2: "https://www.ddforum.kr/board/free/48377",
    3: "https://www.ddforum.kr/board/" + quote("장터") + "/9120",
    4: "https://www.ddforum.kr/board/stock/20551",
    5: "https://www.ddforum.kr/member/profile/coinking77",
}
N = {
    1: "https://luckyspin-kr.net/event/free-chips",
    2: "https://luckyspin-kr.net/join",
    3: "http://198.51.100.77/~pills/order.php",
    4: "https://hanok-loan.site/apply",
}
K = {
    1: "https://kimchan.net/b/res/77123.html",
    2: "https://kimchan.net/b/res/77190.html#p77201",
    3: "https://img.kimchan.net/src/1725880011234.jpg",
}
R = {1: "https://fast-kr-loan.shop/", 2: "https://tax-refund-gov.kr.com/"}
E = {1: "https://streamfree-tv.xyz/live/kbs1", 2: "https://streamfree-tv.xyz/live/sbs"}
T = {1: "https://tinypaste.io/p/8fK2mQ"}

REQUESTS = [
    ("KCSC-240902-01", "filedrop", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     list(F.values()), "obscenity", "req-240902-01@kcsc.example", "file host; 14 files"),
    ("KCSC-240903-02", "ddforum", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     list(D.values()), "fraud", "req-240903-02@kcsc.example", "forum posts and one member profile"),
    ("KCSC-240904-03", "nimbus", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00",
     list(N.values()), "gambling", "req-240904-03@kcsc.example", "customer sites on the host"),
    ("KCSC-240905-04", "kimchan", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     list(K.values()), "defamation", "req-240905-04@kcsc.example", "image board threads and image"),
    ("KCSC-240906-05", "hanbit", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(R.values()), "fraud", "req-240906-05@kcsc.example", "phishing domains at the registrar"),
    ("KCSC-240909-06", "edgeshield", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(E.values()), "copyright", "req-240909-06@kcsc.example", "pirate streams behind the CDN"),
    ("KCSC-240910-07", "tinypaste", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     list(T.values()), "privacy", "req-240910-07@kcsc.example", "leaked personal data in a paste"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def h2047(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def single(ctype, cte, body):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}\n"


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", filename=None):
    hdr = [f"Content-Type: {ctype}" + ("" if "charset" in ctype or not ctype.startswith("text") else "; charset=utf-8")]
    if filename:
        hdr[0] += f'; name="{filename}"'
        hdr.append(f'Content-Disposition: attachment; filename="{filename}"')
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return "\n".join(hdr) + "\n\n" + body.strip("\n") + "\n"


def quoted_request(ref, urls, prefix="> "):
    lines = ["Dear abuse team,", "",
             f"The Korea Communications Standards Commission asks you to remove the",
             f"following content (our reference {ref}):", ""]
    lines += urls
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= APPLIED =======================

case(name="fd-csv-attachment-results", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team",
     date="Wed, 04 Sep 2024 08:12:40 +0000",
     subject="Re: [KCSC-240902-01] Removal request - 14 files", reply_to_req="req-240902-01",
     raw_mime=multipart("mixed", "fd-b1-0001", [
         part("text/plain", """Hello,

Please find the outcome for the first batch of links in the attached
spreadsheet. Files marked "deleted" can no longer be downloaded and their
hashes were added to our upload block list. We will send the rest separately.

Regards,
Marta
Filedrop Trust & Safety"""),
         part("text/csv", f"""link,file_name,outcome,note
{F[1]},clip_0412.mp4,deleted,
{F[2]},pack2.zip,deleted,uploader banned
{F[3]},,not found,no file with this id in our storage
{F[4]},readme.pdf,no action,document is a news article - no violation of our terms
""", cte="base64", filename="KCSC-240902-01_batch1.csv"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="file host abuse desk reply with a per-link CSV outcome export",
     why="CSV attachment states deleted / not found / no action with reason per link",
     items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected", F[5]: "pending"})

case(name="fd-plain-text-table-all", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team",
     date="Fri, 06 Sep 2024 02:40:03 +0000",
     subject="Re: [KCSC-240902-01] status of reported files", reply_to_req="req-240902-01",
     body=f"""Hi KCSC team,

Status as of today for your ref KCSC-240902-01:

  #  URL                                  STATUS
  -- ------------------------------------ ----------------------
  1  {F[1]}         deleted
  2  {F[2]}         deleted
  3  {F[3]}         not found
  4  {F[4]}         kept (no violation)
  5  {F[5]}         deleted
  6  {F[6]}         deleted
  7  {F[7]}         blocked in KR
  8  {F[8]}         not found
  9  {F[9]}         deleted
 10  {F[10]}         deleted
 11  {F[11]}         blocked in KR
 12  {F[12]}         deleted
 13  {F[13]}   deleted (whole album)
 14  {F[14]}         kept (no violation)

"Blocked in KR" means the file returns 451 to visitors from Korean IP
addresses; it is still reachable from other countries.

--
Filedrop abuse desk""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk status table pasted as fixed-width plain text",
     why="every row states a status for its URL",
     items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected",
            F[5]: "removed", F[6]: "removed", F[7]: "restricted", F[8]: "not_found",
            F[9]: "removed", F[10]: "removed", F[11]: "restricted", F[12]: "removed",
            F[13]: "removed", F[14]: "rejected"})

case(name="fd-one-liner-from-phone", from_="jonas@filedrop.cc", name_from="Jonas Brandt",
     date="Tue, 03 Sep 2024 19:02:11 +0200",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req="req-240902-01",
     body=f"""{F[6]} deleted, uploader account closed.

J.

Sent from my phone""",
     outcome="applied", classification="confirmation",
     imitates="one-line reply from a file host's admin",
     why="one URL, one unhedged 'deleted'",
     items={F[6]: "removed"})

case(name="fd-url-then-status-below", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team",
     date="Thu, 05 Sep 2024 11:30:00 +0000",
     subject="Re: [KCSC-240902-01] Removal request - 14 files", reply_to_req="req-240902-01",
     body=f"""Following up on your request of 2 September.

{F[5]}
-> removed

{F[6]}
-> removed

{F[7]}
-> removed, together with the other 40 files of the same uploader

{F[8]}
-> no such file (probably a mistyped link, the id was never issued)

Marta / Filedrop T&S""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk reply: bare URL with its result on the next line",
     why="each URL has its result on the line below; 'no such file' is a plain not_found",
     items={F[5]: "removed", F[6]: "removed", F[7]: "removed", F[8]: "not_found"})

HTML_FD = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Dear Korea Communications Standards Commission,</p>
<p>We have completed our review of your notice <b>KCSC-240902-01</b> for the links below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th></tr>
<tr><td><a href="{F[9]}">{F[9]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[10]}">{F[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>File not found</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>Declined &ndash; the uploader holds a licence for this material, no breach of our terms</td></tr>
</table>
<p>More about how we handle notices: <a href="https://filedrop.cc/legal/notice-policy">https://filedrop.cc/legal/notice-policy</a></p>
<p>Filedrop Legal</p>
</body></html>"""
case(name="fd-html-table-qp", from_="legal@filedrop.cc", name_from="Filedrop Legal",
     date="Mon, 09 Sep 2024 07:45:10 +0000",
     subject="Filedrop - decision on your notice KCSC-240902-01",
     raw_mime=single("text/html", "quoted-printable", qp(HTML_FD)),
     outcome="applied", classification="confirmation",
     imitates="file host legal team decision sent as an HTML table",
     why="HTML table gives removed, not found and a reasoned refusal; the policy link is no item",
     items={F[9]: "removed", F[10]: "removed", F[11]: "not_found", F[12]: "rejected"})

case(name="fd-top-post-over-gmail-quote", from_="jonas@filedrop.cc", name_from="Jonas Brandt",
     date="Sat, 07 Sep 2024 09:14:52 +0200",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req="req-240902-01",
     body=f"""Both are down now:
{F[13]}
{F[14]}

Still going through the others, sorry for the delay.

Jonas

On Mon, 2 Sep 2024 at 03:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", list(F.values()))}""",
     outcome="applied", classification="confirmation",
     imitates="informal top-posted reply above a Gmail-quoted request",
     why="two URLs 'down now' above the quote; the 14 quoted URLs say nothing",
     items={F[13]: "removed", F[14]: "removed", F[1]: "pending", F[2]: "pending", F[7]: "pending"})

case(name="fd-outlook-original-message", from_="support@filedrop.cc", name_from="Filedrop Support",
     date="Wed, 04 Sep 2024 15:20:33 +0000",
     subject="RE: [KCSC-240902-01] Removal request", reply_to_req="req-240902-01",
     body=f"""Hello,

The files {F[3]} and {F[4]} have been deleted.

Kind regards,
Tomasz
Filedrop Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:00 AM
To: abuse@filedrop.cc
Subject: [KCSC-240902-01] Removal request

{quoted_request("KCSC-240902-01", list(F.values()), prefix="")}""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the request quoted under -----Original Message----- without '>'",
     why="two files deleted above the quote; the unprefixed quoted list changes nothing",
     items={F[3]: "removed", F[4]: "removed", F[1]: "pending", F[5]: "pending", F[14]: "pending"})

FD_QP_TEXT = (
    "Dear KCSC,\n\nOutcome of our review (your ref. KCSC-240902-01):\n\n"
    f"* {F[1]} =E2=80=93 removed\n"
    f"* {F[2]} =E2=80=93 removed\n"
    f"* {F[10]} =E2=80=93 access disabled for users in South Korea only, the file r=\nemains available elsewhere\n"
    f"* Uploader deleted this one himself before we got to it: https://filedrop.cc/f/Gj8u=\nP0\n"
    f"* {F[12]} =E2=80=93 no action, the file is a public-interest news report and =\ndoes not break our terms\n"
    "\nFiledrop Trust & Safety\n"
)
case(name="fd-bullets-qp-soft-breaks", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team",
     date="Tue, 10 Sep 2024 06:05:00 +0000",
     subject="Re: [KCSC-240902-01] Removal request - 14 files", reply_to_req="req-240902-01",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + FD_QP_TEXT,
     outcome="applied", classification="confirmation",
     imitates="bulleted abuse desk reply, quoted-printable with soft line breaks (one inside a URL)",
     why="bullets: removed, removed, blocked in KR, deleted by uploader, refused with reason",
     items={F[1]: "removed", F[2]: "removed", F[10]: "restricted", F[11]: "not_found", F[12]: "rejected"})

case(name="dd-korean-numbered-results", from_="admin@ddforum.kr", name_from=h2047("대동포럼 운영자"),
     date="Wed, 04 Sep 2024 14:22:09 +0900",
     subject=h2047("RE: [KCSC-240903-02] 불법정보 삭제 요청에 대한 처리 결과"), reply_to_req="req-240903-02",
     body=f"""안녕하세요, 대동포럼 운영팀입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 블라인드 처리
3. {D3_RAW} - 작성자가 이미 삭제한 게시물입니다.

나머지 2건은 확인 후 다시 회신드리겠습니다.
감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="Korean community operator's numbered 처리 결과 reply",
     why="삭제 완료 / 블라인드 처리 / 작성자 삭제 per URL (raw Korean path matches the encoded one); the other two only promised",
     items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending", D[5]: "pending"})

case(name="dd-english-one-line", from_="kim@ddforum.kr", name_from="Kim (ddforum admin)",
     date="Thu, 05 Sep 2024 01:13:44 +0900",
     subject="Re: [KCSC-240903-02]", reply_to_req="req-240903-02",
     body=f"""deleted {D[4]} and terminated the account {D[5]} (his other posts are wiped too).

- kim""",
     outcome="applied", classification="confirmation",
     imitates="forum admin's one-line English reply",
     why="post deleted, account terminated: both removed",
     items={D[4]: "removed", D[5]: "removed"})

DD_B64 = f"""KCSC 담당자님께,

접수번호 KCSC-240903-02 건 검토 결과를 회신드립니다.

- {D[1]} : 임시조치(30일)하였습니다.
- {D[2]} : 게시중단하였습니다.
- {D[4]} : 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지합니다.

문의사항은 본 메일로 회신 부탁드립니다.
대동포럼 운영자 드림"""
case(name="dd-base64-korean-mixed", from_="admin@ddforum.kr", name_from=h2047("대동포럼"),
     date="Fri, 06 Sep 2024 10:40:00 +0900",
     subject=h2047("[대동포럼] KCSC-240903-02 검토 결과 회신"), reply_to_req="req-240903-02",
     raw_mime=single("text/plain", "base64", b64(DD_B64)),
     outcome="applied", classification="confirmation",
     imitates="Korean forum 임시조치/게시중단 result, base64-encoded body",
     why="임시조치 = restricted, 게시중단 = removed, 게시 유지 with reason = rejected",
     items={D[1]: "restricted", D[2]: "removed", D[4]: "rejected"})

case(name="dd-statement-then-url-lists", from_="admin@ddforum.kr", name_from="ddforum admin",
     date="Mon, 09 Sep 2024 16:05:27 +0900",
     subject=h2047("Re: [KCSC-240903-02] 삭제 요청"), reply_to_req="req-240903-02",
     body=f"""안녕하세요.

다음 게시물은 운영정책 위반으로 삭제되었습니다:
{D[1]}
{D[2]}

다음 게시물은 신고 내용을 확인한 결과 위반 사항이 없어 그대로 유지합니다:
{D3_RAW}

감사합니다.
대동포럼 운영자""",
     outcome="applied", classification="confirmation",
     imitates="Korean operator reply: statement line, then the URLs it covers",
     why="two URLs under a 'deleted' heading, one raw-Korean URL under a reasoned 'kept' heading",
     items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"})

case(name="dd-particles-fullwidth", from_="admin@ddforum.kr", name_from="ddforum admin",
     date="Tue, 10 Sep 2024 09:00:12 +0900",
     subject=h2047("RE: [KCSC-240903-02] 처리 결과"), reply_to_req="req-240903-02",
     body=f"""안녕하세요, 대동포럼입니다．

{D[2]}의 게시물은 블라인드 처리되었습니다．
{D[5]}（해당 회원）은 영구 이용정지 및 작성글 일괄 삭제 조치했습니다．

좋은 하루 되세요．""",
     outcome="applied", classification="confirmation",
     imitates="Korean admin reply with particles glued to URLs and full-width punctuation",
     why="블라인드 = removed; permanent ban with all posts deleted = removed",
     items={D[2]: "removed", D[5]: "removed"})

case(name="nh-ticket-resolved", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Thu, 05 Sep 2024 08:00:41 +0000",
     subject="[NH-88213] Resolved: KCSC-240904-03", reply_to_req="req-240904-03",
     body=f"""Hello,

Our customer has removed the following pages after our notice:
  {N[1]}
  {N[2]}

The server behind {N[3]} has been suspended for breach of our
Acceptable Use Policy and no longer serves any content.

We are closing ticket NH-88213. If the content comes back, reply to this
ticket and we will reopen it.

Nimbus Hosting - Abuse Department
https://www.nimbushost.net/legal/aup""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider abuse ticket 'resolved' notice",
     why="two pages removed by the customer (statement above the list), server suspended",
     items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "pending"})

case(name="nh-not-our-network", from_="priya.n@nimbushost.net", name_from="Priya Nair",
     date="Fri, 06 Sep 2024 13:48:19 +0000",
     subject="Re: [KCSC-240904-03] Abuse report", reply_to_req="req-240904-03",
     body=f"""Hi,

hanok-loan.site ({N[4]}) does not resolve to any address in our
network, and our records show it has never been hosted with Nimbus. There is
nothing on our servers we could take down for that one.

Best,
Priya
Nimbus Hosting Abuse""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider 'not our customer / not in our network' reply",
     why="the host states the content does not exist on its network: not_found",
     items={N[4]: "not_found"})

case(name="nh-removed-and-refused", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Sat, 07 Sep 2024 10:10:10 +0000",
     subject="[NH-88213] Update on KCSC-240904-03", reply_to_req="req-240904-03",
     body=f"""Hello,

{N[1]} has been taken down by the customer.

Regarding {N[2]}: this is a plain sign-up form with no gambling
content on it. It does not breach our AUP and we will not ask the customer
to remove it.

Nimbus Hosting - Abuse Department""",
     outcome="applied", classification="confirmation",
     imitates="hosting provider update: one takedown, one reasoned refusal",
     why="taken down = removed; 'does not breach our AUP, will not ask to remove' = rejected",
     items={N[1]: "removed", N[2]: "rejected"})

case(name="nh-csv-ticket-export", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Mon, 09 Sep 2024 07:31:00 +0000",
     subject="[NH-88213] Ticket export for KCSC-240904-03", reply_to_req="req-240904-03",
     raw_mime=multipart("mixed", "nh-b2-7731", [
         part("text/plain", """Hello,

As asked, the current state of each URL in your report is in the attached
export from our abuse system.

Nimbus Hosting - Abuse Department"""),
         part("text/csv", f"""Ticket;URL;Status;Comment
NH-88213-1;{N[1]};Closed;content removed by customer
NH-88213-2;{N[2]};Open;waiting for customer reply
NH-88213-3;{N[3]};Closed;server suspended
NH-88213-4;{N[4]};Closed;not our network - domain not hosted with us
""", filename="NH-88213.csv"),
     ]),
     outcome="applied", classification="confirmation",
     imitates="hosting abuse system CSV export (semicolon-separated) attached to a short note",
     why="rows state removed, removed (server suspended), not hosted here; the open row stays pending",
     items={N[1]: "removed", N[2]: "pending", N[3]: "removed", N[4]: "not_found"})

case(name="kc-admin-one-line", from_="admin@kimchan.net", name_from="admin",
     date="Fri, 06 Sep 2024 03:33:03 +0900",
     subject="Re: KCSC-240905-04",
     body=f"""nuked {K[1]} (whole thread) and {K[3]}
{K[2]} was already deleted by the poster before i got to it

-admin""",
     outcome="applied", classification="confirmation",
     imitates="image board admin's terse reply",
     why="nuked = removed (two URLs); deleted by its poster = not_found",
     items={K[1]: "removed", K[3]: "removed", K[2]: "not_found"})

case(name="kc-kr-geoblock", from_="legal@kimchan.net", name_from="Kimchan Legal",
     date="Mon, 09 Sep 2024 12:00:00 +0000",
     subject="Your request KCSC-240905-04", reply_to_req="req-240905-04",
     body=f"""Hello.

We do not remove content at the request of foreign authorities unless it
breaks our own rules. However, the threads below are now unavailable to
visitors from South Korea (Korean IP ranges receive HTTP 451):

- {K[1]}
- {K[2]}

Kimchan""",
     outcome="applied", classification="confirmation",
     imitates="offshore image board geo-blocking notice (HTTP 451 for one country)",
     why="unavailable from Korea only = restricted for both threads",
     items={K[1]: "restricted", K[2]: "restricted"})

case(name="kc-korean-particle-wrapped", from_="mod@kimchan.net", name_from=h2047("김찬 관리자"),
     date="Tue, 10 Sep 2024 22:15:00 +0900",
     subject=h2047("Re: [KCSC-240905-04] 게시물 삭제 요청"), reply_to_req="req-240905-04",
     body=f"""안녕하세요.

{K[1]}은 스레드째 삭제했습니다. 이미지 파일
<https://img.kimchan.net/src/
1725880011234.jpg>도 서버에서 지웠습니다.

관리자 드림""",
     outcome="applied", classification="confirmation",
     imitates="Korean image board moderator reply; URL in angle brackets wrapped by the mailer",
     why="particle glued to the first URL; the bracketed URL is broken across lines but clearly one; both deleted",
     items={K[1]: "removed", K[3]: "removed"})

case(name="hb-registrar-suspended-not-ours", from_="abuse@hanbitdomain.co.kr", name_from="Hanbit Domain Abuse",
     date="Mon, 09 Sep 2024 10:20:00 +0900",
     subject="Re: [KCSC-240906-05] Abuse report - fast-kr-loan.shop, tax-refund-gov.kr.com",
     reply_to_req="req-240906-05",
     body="""Dear KCSC,

Domain: fast-kr-loan.shop
Action: we verified the phishing evidence and suspended the domain (EPP
status clientHold). It no longer resolves.

Domain: tax-refund-gov.kr.com
Action: none. This domain is not registered through Hanbit Domain; our
registration database has no record of it. Please check WHOIS for the
sponsoring registrar.

Hanbit Domain - Abuse Team""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse reply naming domains (clientHold; not our registration)",
     why="domain suspended = removed; 'no record of it' at the registrar = not_found",
     items={R[1]: "removed", R[2]: "not_found"})

case(name="hb-korean-gongmun-table", from_="abuse@hanbitdomain.co.kr", name_from=h2047("한빛도메인 고객센터"),
     date="Wed, 11 Sep 2024 15:02:00 +0900",
     subject=h2047("[회신] 불법정보 시정요구(KCSC-240906-05)에 대한 조치 결과"),
     reply_to_req="req-240906-05",
     body=f"""1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(KCSC-240906-05)와 관련하여 아래와 같이 조치 결과를 알려드립니다.

| 번호 | 대상                          | 조치 결과                                  |
|------|-------------------------------|--------------------------------------------|
| 1    | {R[1]}    | 도메인 사용정지 (clientHold) 완료           |
| 2    | {R[2]} | 등록정보 확인 결과 위반사항 없음, 도메인 유지 |

3. 문의: 한빛도메인 어뷰즈 대응팀 (abuse@hanbitdomain.co.kr)

한빛도메인 주식회사""",
     outcome="applied", classification="confirmation",
     imitates="Korean 공문-style 시정요구 조치 결과 with a plain-text pipe table",
     why="사용정지 = removed; no violation found, domain kept = rejected",
     items={R[1]: "removed", R[2]: "rejected"})

HTML_HB = f"""<html><body>
<p>Dear Sir or Madam,</p>
<p>Regarding your report <b>KCSC-240906-05</b>: the domain <b>fast-kr-loan.shop</b>
(<a href="{R[1]}">{R[1]}</a>) has been placed on hold and removed from the zone. The
site is no longer reachable under this name.</p>
<p>Our abuse handling policy: <a href="https://www.hanbitdomain.co.kr/policy/abuse">https://www.hanbitdomain.co.kr/policy/abuse</a></p>
<p>Best regards,<br>Hanbit Domain Abuse Team</p>
</body></html>"""
case(name="hb-html-qp-hold", from_="abuse@hanbitdomain.co.kr", name_from="Hanbit Domain Abuse",
     date="Tue, 10 Sep 2024 09:45:00 +0900",
     subject="Hanbit Domain: action taken on KCSC-240906-05",
     raw_mime=single("text/html", "quoted-printable", qp(HTML_HB)),
     outcome="applied", classification="confirmation",
     imitates="registrar HTML notice (quoted-printable) that a domain was put on hold",
     why="domain on hold and removed from the zone = removed; the policy link is no item; the other domain not mentioned",
     items={R[1]: "removed", R[2]: "pending"})

case(name="es-pages-disabled-and-geoblock", from_="abuse@edgeshield.io", name_from="EdgeShield Trust & Safety",
     date="Wed, 11 Sep 2024 04:18:27 +0000",
     subject="EdgeShield abuse report #ES-5521093 (KCSC-240909-06)", reply_to_req="req-240909-06",
     body=f"""Hello,

Thank you for your report. We reviewed both URLs.

{E[1]}
This content is stored on EdgeShield Pages, which we host. We have
disabled the deployment and the URL now returns 404.

{E[2]}
This content is proxied by us from a third-party origin. In response to
the KCSC order we have restricted access to it from the Republic of Korea.

EdgeShield Trust & Safety
https://edgeshield.io/trust/abuse-policy""",
     outcome="applied", classification="confirmation",
     imitates="CDN abuse reply distinguishing hosted content from proxied content",
     why="hosted deployment disabled = removed; proxied URL blocked in Korea = restricted",
     items={E[1]: "removed", E[2]: "restricted"})

case(name="tp-sole-statement", from_="hello@tinypaste.io", name_from="tinypaste",
     date="Wed, 11 Sep 2024 23:50:00 +0000",
     subject="Re: [KCSC-240910-07] Takedown request", reply_to_req="req-240910-07",
     body="""Hey - paste removed, sorry it took a while. I also added a filter so the
same text can't be pasted again.

Dan
tinypaste (one person, one server)""",
     outcome="applied", classification="confirmation",
     imitates="one-person service's informal reply",
     why="one-item request; its only statement, unhedged, says the paste was removed",
     items={T[1]: "removed"})

case(name="tp-angle-not-found", from_="hello@tinypaste.io", name_from="tinypaste",
     date="Thu, 12 Sep 2024 07:02:00 +0000",
     subject="Re: [KCSC-240910-07] Takedown request", reply_to_req="req-240910-07",
     body=f"""Hi,

The paste <{T[1]}> doesn't exist on my side. Pastes are purged
after 7 days, so it is gone either way.

Dan""",
     outcome="applied", classification="confirmation",
     imitates="small paste site reply: URL in angle brackets, item does not exist",
     why="'doesn't exist' = not_found (the 'purged after 7 days' is only an explanation)",
     items={T[1]: "not_found"})

# ======================= REVIEW =======================

case(name="fd-promise-within-24h", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team",
     date="Tue, 03 Sep 2024 08:00:00 +0000",
     subject="Re: [KCSC-240902-01] Removal request - 14 files", reply_to_req="req-240902-01",
     body=f"""Hello,

Thanks for the report. We will remove {F[1]} and
{F[2]} within 24 hours, once our legal team signs off.
The remaining links are being checked.

Filedrop Trust & Safety""",
     outcome="review", review="not_understood", classification="confirmation",
     imitates="abuse desk promise to remove after sign-off",
     why="'we will remove ... once' is a promise with a condition, not a statement",
     items={F[1]: "pending", F[2]: "pending"})

case(name="fd-under-legal-review", from_="legal@filedrop.cc", name_from="Filedrop Legal",
     date="Thu, 05 Sep 2024 12:12:12 +0000",
     subject="KCSC-240902-01 - files under review",
     body=f"""Dear KCSC,

The files {F[7]} and {F[8]} are currently under review by
our legal team, as the uploader has disputed the notice. They remain
online for now. We will inform you of the decision.

Filedrop Legal""",
     outcome="review", review="not_understood",
     imitates="file host 'under review, counter-notice received' message",
     why="under review, no decision: items stay pending",
     items={F[7]: "pending", F[8]: "pending"})

case(name="fd-forged-auth-fail", from_="abuse@filedrop.cc", name_from="Filedrop Abuse Team", auth="fail",
     date="Wed, 04 Sep 2024 21:00:00 +0000",
     subject="Re: [KCSC-240902-01] Removal request", reply_to_req="req-240902-01",
     body=f"""Hello,

{F[1]} - deleted
{F[2]} - deleted
{F[3]} - deleted

Filedrop""",
     outcome="review", review="untrusted",
     imitates="abuse desk list reply that fails DKIM/SPF/DMARC",
     why="filedrop.cc sender failing DMARC: its statements cannot be applied",
     items={F[1]: "pending", F[2]: "pending", F[3]: "pending"})

case(name="dd-hedge-korean", from_="admin@ddforum.kr", name_from="ddforum admin",
     date="Wed, 04 Sep 2024 09:30:00 +0900",
     subject=h2047("RE: [KCSC-240903-02] 삭제 요청 건"), reply_to_req="req-240903-02",
     body=f"""안녕하세요.

말씀하신 {D[1]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 내용은 로그 확인 후 다시 안내드리겠습니다.

대동포럼 운영자""",
     outcome="review", review="not_understood",
     imitates="Korean operator's hedged answer (…것으로 보입니다)",
     why="'appears to have been deleted' is a hedge; a firm answer is promised later",
     items={D[1]: "pending"})

case(name="dd-admin-from-gmail", from_="dd.forum.admin@gmail.com", name_from="ddforum admin",
     date="Thu, 05 Sep 2024 22:41:00 +0900",
     subject="Re: [KCSC-240903-02]",
     body=f"""Hello, I run ddforum.kr. Our company mail is down this week so I write
from my own address.

{D[1]} deleted.
{D[2]} deleted.

Kim""",
     outcome="review", review="unknown_sender",
     imitates="small-site admin writing from a personal webmail address",
     why="gmail.com is no platform's domain; names our request and URLs",
     items={D[1]: "pending", D[2]: "pending"})

case(name="nh-bulk-all-offline", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Fri, 06 Sep 2024 06:06:06 +0000",
     subject="[NH-88213] Resolved: KCSC-240904-03", reply_to_req="req-240904-03",
     body="""Hello,

All URLs listed in your report KCSC-240904-03 have been taken offline by
our customer. Ticket NH-88213 is now closed.

Nimbus Hosting - Abuse Department""",
     outcome="review", review="bulk",
     imitates="hosting ticket closure covering the whole report",
     why="'all URLs ... taken offline' for a four-item request without naming them",
     items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"})

case(name="nh-wrong-platform-origin-host", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Thu, 12 Sep 2024 09:09:09 +0000",
     subject="[NH-90117] Forwarded complaint: streamfree-tv.xyz",
     body=f"""Hello,

EdgeShield forwarded your complaint to us as the hosting provider of the
origin server for streamfree-tv.xyz. We have suspended that server, so
{E[1]} and {E[2]} are offline.

Nimbus Hosting - Abuse Department""",
     outcome="review", review="wrong_platform",
     imitates="origin host answering a complaint forwarded by a CDN",
     why="Nimbus states statuses for URLs requested from EdgeShield",
     items={E[1]: "pending", E[2]: "pending"})

case(name="kc-bulk-all-gone", from_="admin@kimchan.net", name_from="admin",
     date="Sat, 07 Sep 2024 02:02:02 +0900",
     subject="Re: [KCSC-240905-04] Removal request", reply_to_req="req-240905-04",
     body="""all done, everything you listed is gone.

-admin""",
     outcome="review", review="bulk",
     imitates="image board admin's one-line 'all done'",
     why="one statement for a three-item request without naming the items",
     items={K[1]: "pending", K[2]: "pending", K[3]: "pending"})

case(name="kc-conditional-prune", from_="mod@kimchan.net", name_from="mod",
     date="Sun, 08 Sep 2024 13:13:13 +0900",
     subject="Re: [KCSC-240905-04] Removal request", reply_to_req="req-240905-04",
     body=f"""{K[2]} is on a slow board. If the thread is still up after the
nightly prune it will be deleted automatically, nothing for us to do by hand.

mod""",
     outcome="review", review="not_understood",
     imitates="image board moderator's conditional answer",
     why="'if still up ... it will be deleted' is a condition and a forecast",
     items={K[2]: "pending"})

case(name="hb-asks-for-evidence", from_="abuse@hanbitdomain.co.kr", name_from="Hanbit Domain Abuse",
     date="Mon, 09 Sep 2024 11:00:00 +0900",
     subject="Re: [KCSC-240906-05] Abuse report - additional information required",
     reply_to_req="req-240906-05",
     body=f"""Dear KCSC,

Before we can act on {R[2]} we need evidence that the
domain itself is used for phishing: a screenshot of the page with the date
shown, or the phishing email with full headers. A request letter alone is not
enough under our registration agreement.

Please reply to this email with the material.

Hanbit Domain - Abuse Team""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking the reporter for evidence before acting",
     why="asks for more evidence; no status",
     items={R[2]: "pending"})

case(name="es-not-the-host", from_="abuse@edgeshield.io", name_from="EdgeShield Trust & Safety",
     date="Tue, 10 Sep 2024 05:55:00 +0000",
     subject="EdgeShield abuse report #ES-5519870 (KCSC-240909-06)", reply_to_req="req-240909-06",
     body=f"""Hello,

EdgeShield provides a pass-through proxy and CDN for
{E[1]} and {E[2]}. We are not the hosting
provider of this website and cannot remove material that is hosted by others.

We have forwarded your complaint to the website operator and to the hosting
provider. The hosting provider is Nimbus Hosting (abuse@nimbushost.net), whom
you may contact directly.

EdgeShield Trust & Safety""",
     outcome="review", review="not_understood",
     imitates="CDN 'we are not the host, complaint forwarded' reply",
     why="no action on the items and no decision on the merits: a clerk keeps them pending and reads it",
     items={E[1]: "pending", E[2]: "pending"})

case(name="tp-abuse-address-changed", from_="hello@tinypaste.io", name_from="tinypaste",
     date="Fri, 13 Sep 2024 10:00:00 +0000",
     subject="tinypaste abuse contact",
     body="""Hi,

Just so you know: from now on please send abuse reports for tinypaste to
abuse@tinypaste.io rather than this address. The old one is a shared inbox
and things get lost.

Thanks,
Dan""",
     outcome="review", review="no_claims",
     imitates="small service telling reporters its new abuse address",
     why="trusted platform mail naming no item and no request",
     items={})

# ======================= IGNORED =======================

case(name="nh-ticket-receipt", from_="abuse@nimbushost.net", name_from="Nimbus Hosting Abuse",
     date="Wed, 04 Sep 2024 00:25:40 +0000",
     subject="[NH-88213] Abuse report received: KCSC-240904-03", reply_to_req="req-240904-03",
     body="""This is an automatic confirmation.

Your abuse report has been received and ticket NH-88213 was created. Our
abuse department handles reports in the order they arrive, usually within
two business days. Please keep the ticket number in the subject of any reply.

Nimbus Hosting - Abuse Department""",
     outcome="ignored", classification="acknowledgement",
     imitates="hosting ticket-system receipt",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="es-report-received-echo", from_="no-reply@edgeshield.io", name_from="EdgeShield",
     date="Mon, 09 Sep 2024 01:01:30 +0000",
     subject="We received your abuse report #ES-5519870",
     body=f"""Thank you for contacting EdgeShield Trust & Safety.

We have received your report and assigned it the number ES-5519870.

Reported URLs:
{E[1]}
{E[2]}

Report type: Copyright
Reporter: takedown@kcsc.example

You will receive a further email once the report has been processed. Please
do not reply to this message.""",
     outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse form receipt echoing the reported URLs",
     why="a receipt listing what was reported, no status",
     items={E[1]: "pending", E[2]: "pending"})

case(name="fd-out-of-office", from_="marta@filedrop.cc", name_from="Marta Kowalska",
     date="Mon, 02 Sep 2024 02:05:00 +0000",
     subject="Automatic reply: [KCSC-240902-01] Removal request - 14 files",
     reply_to_req="req-240902-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until 9 September with no access to email.
For urgent abuse matters please write to abuse@filedrop.cc.

Marta""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="auto-reply",
     items={})

case(name="hb-korean-ooo", from_="jh.park@hanbitdomain.co.kr", name_from=h2047("박정훈"),
     date="Fri, 06 Sep 2024 14:01:00 +0900",
     subject=h2047("[자동응답] 부재중입니다: [KCSC-240906-05] Abuse report"),
     reply_to_req="req-240906-05",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""안녕하세요. 박정훈입니다.
9월 6일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 업무는 abuse@hanbitdomain.co.kr 로 연락 부탁드립니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동응답",
     why="auto-reply",
     items={})

DSN_TEXT = """This is the mail system at host mail.kimchan.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reports@kimchan.net>: host mail.kimchan.net[192.0.2.44] said: 550 5.1.1
    <reports@kimchan.net>: Recipient address rejected: User unknown in
    local recipient table"""
DSN_STATUS = """Reporting-MTA: dns; mail.kimchan.net
X-Postfix-Queue-ID: 4WzT1k0Qy5z9sWN
Arrival-Date: Thu,  5 Sep 2024 02:00:05 +0000 (UTC)

Final-Recipient: rfc822; reports@kimchan.net
Original-Recipient: rfc822;reports@kimchan.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <reports@kimchan.net>: Recipient address
    rejected: User unknown in local recipient table"""
DSN_ORIG = f"""Date: Thu, 05 Sep 2024 11:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: reports@kimchan.net
Subject: [KCSC-240905-04] Removal request
Message-ID: <req-240905-04@kcsc.example>

Dear abuse team,

Please remove the following content (our reference KCSC-240905-04):

{K[1]}
{K[2]}
{K[3]}

KCSC Takedown Desk"""
case(name="kc-dsn-user-unknown", from_="MAILER-DAEMON@mail.kimchan.net", name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 02:00:06 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "4WzT1k0Qy5z9sWN.1725501606/mail.kimchan.net", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n" + DSN_TEXT,
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + DSN_STATUS,
         "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + DSN_ORIG,
     ], extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 user unknown) with the request attached",
     why="bounce; the URLs are only in the returned request",
     items={K[1]: "pending", K[2]: "pending", K[3]: "pending"})

case(name="fd-dsn-mailbox-full", from_="postmaster@filedrop.cc", name_from="Mail Delivery Subsystem",
     date="Mon, 02 Sep 2024 01:01:20 +0000",
     subject="Delivery Status Notification (Failure)",
     raw_mime=multipart("report", "dsn-fd-20240902", [
         part("text/plain", """** Message not delivered **

Your message to legal@filedrop.cc could not be delivered: the recipient's
mailbox is full (552 5.2.2 Quota exceeded). Try again later."""),
         "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.filedrop.cc\n\n"
         "Final-Recipient: rfc822; legal@filedrop.cc\nAction: failed\nStatus: 5.2.2\n"
         "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
         "Content-Type: message/rfc822\n\nDate: Mon, 02 Sep 2024 10:00:00 +0900\n"
         "From: KCSC Takedown <takedown@kcsc.example>\nTo: legal@filedrop.cc\n"
         "Subject: [KCSC-240902-01] Removal request - 14 files\n"
         "Message-ID: <req-240902-01@kcsc.example>\n\n"
         + quoted_request("KCSC-240902-01", list(F.values()), prefix=""),
     ], extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="DSN for a full mailbox",
     why="bounce",
     items={F[1]: "pending"})

case(name="dd-mdn-read", from_="admin@ddforum.kr", name_from="ddforum admin",
     date="Tue, 03 Sep 2024 12:44:00 +0900",
     subject=h2047("읽음: [KCSC-240903-02] 불법정보 삭제 요청"),
     raw_mime=multipart("report", "mdn-dd-0903", [
         part("text/plain", """This is a receipt for the mail you sent to admin@ddforum.kr at
2024-09-03 10:30 +0900.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood."""),
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: ddforum.kr; Thunderbird 115.14.0\n"
         "Final-Recipient: rfc822;admin@ddforum.kr\n"
         "Original-Message-ID: <req-240903-02@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed",
     ], extra="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (MDN)",
     why="read receipt",
     items={})


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
    header = """# blind829: hosting providers, CDN, registrar, forum, image board, file host,
# paste site; informal replies, CSV attachments, plain-text tables.
# Written from each email's meaning before any run of the reader."""
    corpuslib.write_set(HERE, "blind829", header, C)


if __name__ == "__main__":
    main()
