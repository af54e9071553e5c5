#!/usr/bin/env python3
"""Blind set 157: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste service answering the regulator, often
informally, plus CSV attachments and plain-text tables.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind157/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind157"

# ---------------------------------------------------------------- requests
# DropVault (file host): the largest request, 14 links.
D = [
    "https://dropvault.io/f/a8KqT2m",  # 0
    "https://dropvault.io/f/b3XnW9p",  # 1
    "https://dropvault.io/f/c7RzL4d",  # 2
    "https://dropvault.io/f/d1VfH6s",  # 3
    "https://dropvault.io/f/e5MgJ8k",  # 4
    "https://dropvault.io/f/f2PwQ3t",  # 5
    "https://dropvault.io/f/g9YcN7r",  # 6
    "https://dropvault.io/f/h4BtK1x",  # 7
    "https://dropvault.io/f/j6LsD5v",  # 8
    "https://dropvault.io/f/k8HuZ2q",  # 9
    "https://dropvault.io/d/m3EoA7w",  # 10 (folder)
    "https://dropvault.io/d/n5GiR4y",  # 11 (folder)
    "https://dropvault.io/f/p7JaS9c",  # 12
    "https://dropvault.io/f/q2TxF6n",  # 13
]
# HostFarm (hosting provider): customer sites.
H = [
    "http://gold-spin77.kr/event/join.php",
    "https://mintcasino-ko.com/bbs/board.php?bo_table=free&wr_id=311",
    "https://yaksa-direct.kr/shop/item/9021",
    "https://yaksa-direct.kr/shop/item/9044",
]
# EdgeShield (CDN / reverse proxy, also a small static hosting product).
E = [
    "https://bamboo-toon.net/comic/4412",
    "https://bamboo-toon.net/comic/4413",
    "https://luckyrain-bet.com/",
]
# NamePost (registrar).
N = [
    "http://sejong-pill.com/",
    "http://fastpay-hwan.net/",
]
# Maru BBS (Korean forum). M[3] is stored percent-encoded; RAW_M3 is how
# the forum writes it.
M = [
    "https://marubbs.kr/free/88231",
    "https://marubbs.kr/free/88240",
    "https://marubbs.kr/humor/10294",
    "https://marubbs.kr/%EC%A0%95%EB%B3%B4/5521",
    "https://marubbs.kr/free/88302",
]
RAW_M3 = "https://marubbs.kr/정보/5521"
# pinchan (image board).
P = [
    "https://pinchan.org/b/res/440912.html",
    "https://pinchan.org/b/res/440977.html",
    "https://i.pinchan.org/src/1725600112345.jpg",
]
# QuickPaste (paste service): a request of one item.
Q = ["https://qpaste.net/r/k3Vz9pL"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "dropvault", "2024-09-02T10:12:00+09:00", "2024-09-09T23:59:59+09:00", D,
     "obscene", "file host; largest request"),
    ("KCSC-240903-02", "hostfarm", "2024-09-03T11:05:00+09:00", "2024-09-10T23:59:59+09:00", H,
     "gambling", "customer sites hosted by HostFarm"),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T14:20:00+09:00", "2024-09-11T23:59:59+09:00", E,
     "copyright", "sites behind the EdgeShield CDN"),
    ("KCSC-240905-04", "namepost", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", N,
     "drugs", "domains registered through NamePost"),
    ("KCSC-240906-05", "marubbs", "2024-09-06T16:30:00+09:00", "2024-09-13T23:59:59+09:00", M,
     "defamation", "forum posts"),
    ("KCSC-240909-06", "pinchan", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", P,
     "obscene", "image board threads and one image file"),
    ("KCSC-240910-07", "qpaste", "2024-09-10T13:45:00+09:00", "2024-09-17T23:59:59+09:00", Q,
     "personal_info", "one paste"),
]


def req_mid(ref):
    return ref.lower() + ".b157"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


REQ = {r[0]: r for r in REQUESTS}


def request_text(ref, name, raw_urls=None):
    r = REQ[ref]
    urls = raw_urls or r[4]
    return (
        f"Dear {name} team,\n\n"
        f"The Korea Communications Standards Commission asks you to remove or\n"
        f"disable the following content, found to be illegal information under\n"
        f"Korean law (our reference {ref}):\n\n"
        + "\n".join(urls)
        + f"\n\nPlease tell us the action taken for each URL by {r[3][:10]}.\n\n"
        "KCSC Takedown desk\ntakedown@kcsc.example\n"
    )


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(parts, subtype="mixed", boundary="b157-boundary", extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + body.strip("\n") + "\n")


def csv_part(filename, csvtext):
    return (f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(csvtext.encode("utf-8")))


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================= APPLIED: DropVault

case(
    name="dv-csv-results-attachment",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    date="Thu, 05 Sep 2024 09:14:22 +0000",
    subject="Re: [KCSC-240902-01] Removal request - results",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=multipart([
        text_part(
            "Hello,\n\nWe have processed every link of your notice KCSC-240902-01. The outcome\n"
            "for each link is in the attached spreadsheet (one row per link).\n\n"
            "Kind regards,\nDropVault Abuse Team\nhttps://dropvault.io/legal/abuse\n"),
        csv_part("dropvault_KCSC-240902-01.csv",
                 "link,action,note\n"
                 f"{D[0]},deleted,uploader account terminated\n"
                 f"{D[1]},deleted,\n"
                 f"{D[2]},deleted,\n"
                 f"{D[3]},not found,no such file (deleted by the uploader before our review)\n"
                 f"{D[4]},deleted,\n"
                 f"{D[5]},deleted,uploader account terminated\n"
                 f"{D[6]},deleted,\n"
                 f"{D[7]},no action,reviewed - no violation of our terms found\n"
                 f"{D[8]},deleted,hash blocked\n"
                 f"{D[9]},deleted,\n"
                 f"{D[10]},folder disabled,all 23 files in the folder\n"
                 f"{D[11]},not found,invalid folder link\n"
                 f"{D[12]},deleted,\n"
                 f"{D[13]},deleted,\n"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk reply with a per-link CSV export from its ticket tool",
    why="CSV attachment states an action for all 14 links: deleted/disabled, not found, one kept after review",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[5]: "removed", D[6]: "removed", D[7]: "rejected", D[8]: "removed", D[9]: "removed",
           D[10]: "removed", D[11]: "not_found", D[12]: "removed", D[13]: "removed"},
)

case(
    name="dv-plain-text-table",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Wed, 04 Sep 2024 16:40:03 +0000",
    subject="KCSC-240902-01: first batch processed",
    body=f"""
Hello KCSC,

First batch of your notice. Ref: KCSC-240902-01

 File                               Status
 ---------------------------------  -----------------
 {D[0]}     Removed
 {D[1]}     Removed
 {D[2]}     Removed
 {D[3]}     Not found
 {D[4]}     Removed
 {D[10]}     Removed (folder)

The remaining links are still with our reviewers; we will write again
once they are done.

DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with a fixed-width plain-text status table",
    why="six rows with an unhedged status each; the remaining links are not named and stay pending",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed",
           D[10]: "removed"},
)

case(
    name="dv-numbered-list-informal",
    **{"from": "pavel@dropvault.io"}, name_from="Pavel Novak",
    date="Tue, 03 Sep 2024 08:02:51 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,

handled these three this morning:

1. {D[5]} - deleted, account terminated
2. {D[6]} - deleted
3. {D[7]} - same file as #2 uploaded again under another name, removed
   together with it

Pavel
DropVault ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-person ops reply from a small file host, numbered list",
    why="each numbered line states the file was deleted/removed",
    items={D[5]: "removed", D[6]: "removed", D[7]: "removed"},
)

case(
    name="dv-url-then-status-line",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    date="Fri, 06 Sep 2024 11:27:40 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Update on the remaining links of KCSC-240902-01:

{D[8]}
  -> disabled, hash blocked from re-upload

{D[9]}
  -> file does not exist (invalid link)

{D[11]}
  -> folder removed

{D[12]}
  -> reviewed, no violation of our Terms found; the file remains available

{D[13]}
  -> disabled

Regards,
DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply, bare URL with its status on the line below",
    why="status on the line under each URL: disabled/removed, does not exist, kept after review",
    items={D[8]: "removed", D[9]: "not_found", D[11]: "removed", D[12]: "rejected", D[13]: "removed"},
)

case(
    name="dv-top-posted-gmail-quote",
    **{"from": "jonas@dropvault.io"}, name_from="Jonas Berg",
    date="Tue, 03 Sep 2024 14:55:12 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hi,

we removed these two today: <{D[0]}> <{D[4]}>.

{D[3]} and {D[9]} were not on our storage
anymore, the uploader had deleted them before your notice came in.

Br,
Jonas

On Mon, 2 Sep 2024 at 03:12, KCSC Takedown <takedown@kcsc.example> wrote:
{gt_quote(request_text("KCSC-240902-01", "DropVault"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two removed, two already deleted by the uploader (not found); the quoted request says nothing",
    items={D[0]: "removed", D[4]: "removed", D[3]: "not_found", D[9]: "not_found"},
)

case(
    name="dv-one-liner",
    **{"from": "mirek@dropvault.io"}, name_from="Mirek Hanak",
    date="Mon, 02 Sep 2024 22:31:09 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""
Deleted {D[2]} and banned the uploader.

--
Mirek / DropVault ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a file host admin",
    why="one unhedged sentence: the file was deleted",
    items={D[2]: "removed"},
)

case(
    name="dv-ack-plus-disabled",
    **{"from": "support@dropvault.io"}, name_from="DropVault Support",
    date="Mon, 02 Sep 2024 03:20:44 +0000",
    subject="[DV-88123] Your report has been received",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Thank you for your report. A ticket has been created: DV-88123.

We have already disabled the following files while we review the rest
of your notice:

- {D[1]}
- {D[12]}

You will receive a further update on this ticket.

DropVault Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt that also reports a first action",
    why="receipt wording, but it states two files were disabled: not a pure acknowledgement",
    items={D[1]: "removed", D[12]: "removed"},
)

# ======================================================= APPLIED: HostFarm

case(
    name="hf-abuse-desk-prose",
    **{"from": "abuse@hostfarm.net"}, name_from="HostFarm Abuse Desk",
    date="Thu, 05 Sep 2024 07:48:30 +0000",
    subject="Re: [KCSC-240903-02] Removal request [HF-ABU-20417]",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Dear KCSC team,

Regarding your notice KCSC-240903-02 (our abuse ticket HF-ABU-20417):

We contacted the customer responsible for gold-spin77.kr. The page
{H[0]} has been removed by the customer and we have
verified that it now returns 404.

For mintcasino-ko.com we suspended the hosting account on 4 September for
repeated breaches of our Acceptable Use Policy, so
{H[1]} is no longer served from our network.

Regarding {H[2]} and {H[3]}: the customer
sent us import licences for the products shown, and after review we did not
find a breach of our Acceptable Use Policy. We are taking no action on these
two pages. Should you hold a court order concerning them, please send it to
legal@hostfarm.net.

Our policy: https://www.hostfarm.net/legal/aup

Regards,
HostFarm Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk reply after contacting its customer",
    why="one page removed by the customer, one site's account suspended, two pages kept after review",
    items={H[0]: "removed", H[1]: "removed", H[2]: "rejected", H[3]: "rejected"},
)

_hf_html = f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir or Madam,</p>
<p>Please find below the result of our investigation for your reference
<b>KCSC-240903-02</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Result</th></tr>
<tr><td>1</td><td><a href="{H[0]}">{H[0]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{H[1].replace('&', '&amp;')}">{H[1].replace('&', '&amp;')}</a></td><td>Removed (account suspended)</td></tr>
<tr><td>3</td><td><a href="{H[2]}">{H[2]}</a></td><td>Access from Korea blocked by the customer (geo-restriction)</td></tr>
<tr><td>4</td><td><a href="{H[3]}">{H[3]}</a></td><td>Not found &ndash; no such page on our server</td></tr>
</table>
<p>Best regards,<br>HostFarm Network Operations</p>
</body></html>
"""
case(
    name="hf-html-table",
    **{"from": "noc@hostfarm.net"}, name_from="HostFarm NOC",
    date="Fri, 06 Sep 2024 02:12:05 +0000",
    subject="Abuse report KCSC-240903-02 - investigation result",
    raw_mime=multipart([
        text_part(
            f"Dear Sir or Madam,\n\nResult of our investigation for KCSC-240903-02:\n\n"
            f"1. {H[0]} - Removed\n"
            f"2. {H[1]} - Removed (account suspended)\n"
            f"3. {H[2]} - Access from Korea blocked by the customer (geo-restriction)\n"
            f"4. {H[3]} - Not found - no such page on our server\n\n"
            "Best regards,\nHostFarm Network Operations\n"),
        text_part(_hf_html, "html"),
    ], subtype="alternative", boundary="hf-alt-2041"),
    outcome="applied", classification="confirmation",
    imitates="hosting NOC result mail, HTML table with a plain-text alternative",
    why="table rows: removed, removed, geo-blocked in Korea (restricted), no such page (not found)",
    items={H[0]: "removed", H[1]: "removed", H[2]: "restricted", H[3]: "not_found"},
)

case(
    name="hf-korean-notice",
    **{"from": "abuse@hostfarm.co.kr"}, name_from="호스트팜 고객지원팀",
    date="Wed, 04 Sep 2024 17:03:44 +0900",
    subject="[호스트팜] KCSC-240903-02 처리 결과 안내",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
안녕하십니까, 호스트팜 고객지원팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-02)의 처리 결과를 안내드립니다.

1) {H[0]} : 해당 페이지 삭제 완료
2) {H[1]} : 고객 계정 이용정지로 사이트 서비스 중단(전체 접속 불가)

나머지 2건(yaksa-direct.kr 상품 페이지)은 고객이 제출한 소명 자료를 검토
중이며, 결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
호스트팜 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company 처리 결과 안내 mail",
    why="page deleted, site suspended for everyone; the two pages under review stay pending",
    items={H[0]: "removed", H[1]: "removed", H[2]: "pending", H[3]: "pending"},
)

case(
    name="hf-outlook-wrapped-url",
    **{"from": "jiwoo.kim@hostfarm.co.kr"}, name_from="Kim Jiwoo",
    date="Wed, 04 Sep 2024 10:21:37 +0900",
    subject="RE: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The page
<https://mintcasino-ko.com/bbs/board.php?bo_table=free&
wr_id=311>
has been taken down; the customer's hosting account is suspended.

I will write separately about the other pages.

Best regards
Kim Jiwoo | Abuse Handling | HostFarm Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:05 AM
To: abuse@hostfarm.net
Subject: [KCSC-240903-02] Removal request

{request_text("KCSC-240903-02", "HostFarm")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request quoted under -----Original Message-----, URL wrapped inside angle brackets",
    why="the wrapped URL in <> is taken down; the request quoted below says nothing",
    items={H[1]: "removed"},
)

case(
    name="hf-csv-attachment",
    **{"from": "abuse@hostfarm.net"}, name_from="HostFarm Abuse Desk",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240903-02] Removal request [HF-ABU-20417]",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=multipart([
        text_part("Hello,\n\nAttached is the status export of ticket HF-ABU-20417.\n\n"
                  "HostFarm Abuse Desk\n"),
        csv_part("HF-ABU-20417.csv",
                 "URL,Result,Date\n"
                 f"{H[0]},removed,2024-09-04\n"
                 f"\"{H[1]}\",removed - account suspended,2024-09-04\n"
                 f"{H[2]},content deleted by customer,2024-09-08\n"
                 f"{H[3]},content deleted by customer,2024-09-08\n"),
    ], boundary="hf-mixed-20417"),
    outcome="applied", classification="confirmation",
    imitates="hosting ticket-tool status export attached as CSV",
    why="every row states the content was removed or deleted",
    items={H[0]: "removed", H[1]: "removed", H[2]: "removed", H[3]: "removed"},
)

# ======================================================= APPLIED: EdgeShield

case(
    name="es-ko-geo-block-fullwidth",
    **{"from": "support@edgeshield.net"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 13:10:02 +0900",
    subject="Re: [KCSC-240904-03] 저작권 침해 콘텐츠 조치 요청",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
안녕하세요, 엣지실드 Trust & Safety 팀입니다.

요청번호 KCSC-240904-03 관련하여 아래 URL에 대해 대한민국 IP에서의 접속 차단을 적용했습니다。
{E[0]}，{E[1]}

당사는 해당 웹사이트의 호스팅 사업자가 아니므로 원본 서버의 콘텐츠 삭제는 호스팅
사업자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="CDN's Korean-language reply applying a country block",
    why="blocked from Korean IPs = restricted, for both URLs (full-width comma and full stop)",
    items={E[0]: "restricted", E[1]: "restricted"},
)

case(
    name="es-pages-statement-html",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Abuse",
    date="Fri, 06 Sep 2024 01:44:19 +0000",
    subject="Statement of reasons - KCSC-240904-03",
    type="html",
    body=f"""
<html><body>
<h3>Statement of reasons</h3>
<p>Your report KCSC-240904-03 concerned a website deployed on EdgeShield Pages,
our static hosting product. We therefore act as the hosting provider for it.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td><b>URL</b></td><td>{E[2]}</td></tr>
<tr><td><b>Decision</b></td><td>Deployment disabled. The hostname returns an error page to all visitors worldwide.</td></tr>
<tr><td><b>Ground</b></td><td>Illegal content (notice from a national authority)</td></tr>
<tr><td><b>Automated means</b></td><td>No</td></tr>
</table>
<p>The site owner was informed and may appeal at
<a href="https://dash.edgeshield.net/appeals">https://dash.edgeshield.net/appeals</a>.</p>
<p>EdgeShield Abuse Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from a CDN's own hosting product",
    why="the deployment is disabled worldwide; the appeals page is no item",
    items={E[2]: "removed"},
)

# ======================================================= APPLIED: NamePost

case(
    name="np-clienthold-ko",
    **{"from": "abuse@namepost.co.kr"}, name_from="네임포스트 도메인 관리팀",
    date="Fri, 06 Sep 2024 15:30:11 +0900",
    subject="[네임포스트] 도메인 정지 조치 완료 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네임포스트 도메인 관리팀입니다.

요청하신 도메인 sejong-pill.com ({N[0]}) 에 대하여 당사 등록약관에 따라
clientHold 설정(도메인 정지)을 완료하였습니다. 현재 네임서버 응답이 중단되어
해당 사이트는 어디에서도 접속되지 않습니다.

fastpay-hwan.net 건은 등록인 소명을 받는 중이며 별도로 회신드리겠습니다.

네임포스트 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar notice of a clientHold domain suspension",
    why="domain on hold, site unreachable everywhere = removed; the other domain is still open",
    items={N[0]: "removed", N[1]: "pending"},
)

case(
    name="np-english-mixed",
    **{"from": "abuse@namepost.co.kr"}, name_from="NamePost Abuse",
    date="Tue, 10 Sep 2024 04:05:55 +0000",
    subject="Re: [KCSC-240905-04] Domain abuse report",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hello,

Outcome of your report KCSC-240905-04:

1. {N[0]} - the domain was placed on serverHold by the registry at our
   request and no longer resolves.

2. {N[1]} - we reviewed the site and the registrant's reply. The site is
   an exchange-rate information page and we found no abuse under our
   registration agreement. We are not taking action on this domain.

NamePost Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team outcome, one domain suspended, one refused",
    why="serverHold = removed; no abuse found, no action = rejected",
    items={N[0]: "removed", N[1]: "rejected"},
)

# ======================================================= APPLIED: Maru BBS

case(
    name="maru-admin-oneliner", raw_subject=True,
    **{"from": "admin@marubbs.kr"}, name_from="마루게시판 운영자",
    date="Fri, 06 Sep 2024 21:12:40 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
{M[0]} 글 삭제했습니다.

마루게시판 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's admin",
    why="one post deleted by the admin",
    items={M[0]: "removed"},
)

case(
    name="maru-ko-list-particles",
    **{"from": "admin@marubbs.kr"}, name_from="마루게시판 운영자",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 마루게시판 운영자입니다. 요청하신 5건 처리 결과입니다.

- {M[0]} : 운영자 삭제
- {M[1]}은 블라인드 처리했습니다.
- {M[2]} : 임시조치(30일)
- {RAW_M3} : 작성자가 이미 삭제한 글입니다.
- {M[4]} : 검토 결과 운영정책 및 관련 법령 위반 사항이 없어 게시물을 유지합니다.

문의 사항은 이 메일로 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin's list of results, a particle glued to one URL, a raw Korean path",
    why="운영자 삭제, 블라인드 = removed; 임시조치 = restricted; deleted by its author = not_found; kept = rejected",
    items={M[0]: "removed", M[1]: "removed", M[2]: "restricted", M[3]: "not_found", M[4]: "rejected"},
)

case(
    name="maru-quoted-printable",
    **{"from": "admin@marubbs.kr"}, name_from="마루게시판 운영자",
    date="Sat, 07 Sep 2024 09:41:18 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        "안녕하세요.\n\n"
        f"{M[2]} 게시글은 게시중단 처리하였고,\n"
        f"{M[4]} 게시글은 성인인증 후에만 열람할 수 있도록 접근 제한을 걸었습니다.\n\n"
        "나머지 글은 확인 후 회신드리겠습니다.\n마루게시판 운영자\n"),
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin reply sent quoted-printable",
    why="게시중단 = removed; viewable only after adult verification = restricted",
    items={M[2]: "removed", M[4]: "restricted"},
)

case(
    name="maru-echoed-report",
    **{"from": "noreply@marubbs.kr"}, name_from="마루게시판",
    date="Mon, 09 Sep 2024 11:20:31 +0900",
    subject="[마루게시판] 신고 처리 결과 안내",
    body=f"""
[마루게시판] 신고 처리 결과 안내

신고번호 : R-2024-0909-0077
신고 대상 : {M[1]}
신고 사유 : 불법정보 (KCSC-240906-05)
처리 결과 : 게시중단(블라인드)
처리 일시 : 2024-09-09 11:20

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum's automatic report-result mail echoing the report form",
    why="the result field states 게시중단(블라인드) for the reported post; a send-only notice, not an auto-reply",
    items={M[1]: "removed"},
)

# ======================================================= APPLIED: pinchan

case(
    name="pin-mod-informal",
    **{"from": "mod@pinchan.org"}, name_from="pinchan mods",
    date="Mon, 09 Sep 2024 18:02:09 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
hi.

440912 pruned and its files purged ({P[0]}).
{P[1]} was already 404 when I got to it, the board
auto-prunes old threads.
image {P[2]} deleted + hash banned.

- pinchan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator's terse reply",
    why="thread pruned/purged = removed; already gone before they acted = not_found; image deleted = removed",
    items={P[0]: "removed", P[1]: "not_found", P[2]: "removed"},
)

case(
    name="pin-base64-body",
    **{"from": "janitor@pinchan.org"}, name_from="pinchan janitor",
    date="Tue, 10 Sep 2024 02:15:44 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=req_mid("KCSC-240909-06"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64((
        "Hello,\n\n"
        f"The file {P[2]} has been deleted from our server and its MD5\n"
        "added to the ban list so it cannot be posted again.\n\n"
        "pinchan janitor\n").encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="image board reply sent with a base64 body",
    why="the image file was deleted",
    items={P[2]: "removed"},
)

case(
    name="pin-kept-and-deleted",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    date="Wed, 11 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Hello,

I looked at {P[1]} myself. It is a drawn image and the thread
breaks none of our rules nor the law where we are hosted, so it stays up.

The other two were deleted yesterday:
{P[0]}
{P[2]}

admin, pinchan.org
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin refusing one item and confirming two",
    why="stays up as it breaks no rule = rejected; the two listed under 'deleted yesterday' = removed",
    items={P[1]: "rejected", P[0]: "removed", P[2]: "removed"},
)

# ======================================================= APPLIED: QuickPaste

case(
    name="qp-sole-removed",
    **{"from": "support@qpaste.net"}, name_from="QuickPaste Support",
    date="Tue, 10 Sep 2024 08:50:13 +0000",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""
Hi,

The paste you reported has been removed.

Thanks,
QuickPaste support
""",
    outcome="applied", classification="confirmation",
    imitates="one-sentence reply from a small paste service",
    why="one-item request; 'the paste you reported has been removed' applies to its only item",
    items={Q[0]: "removed"},
)

case(
    name="qp-made-private",
    **{"from": "abuse@qpaste.net"}, name_from="QuickPaste Abuse",
    date="Wed, 11 Sep 2024 03:05:27 +0000",
    subject="Your report KCSC-240910-07",
    body=f"""
Hello,

We have set the paste <{Q[0]}> to private. It can no longer be
viewed by anyone except its author.

QuickPaste Abuse
https://qpaste.net/terms
""",
    outcome="applied", classification="confirmation",
    imitates="paste service making a paste private",
    why="made private, viewable by nobody but the author = removed (비공개 처리); terms link is no item",
    items={Q[0]: "removed"},
)

# ======================================================= REVIEW

case(
    name="dv-promise-within-24h",
    **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    date="Mon, 02 Sep 2024 12:40:00 +0000",
    subject="Re: [KCSC-240902-01] Removal request",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for the notice. The following files will be removed within 24
hours once our team has verified them:

{D[6]}
{D[7]}

DropVault Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal",
    why="'will be removed ... once verified' is a promise: nothing happened yet",
    items={D[6]: "pending", D[7]: "pending"},
)

case(
    name="hf-hedge-appears",
    **{"from": "abuse@hostfarm.net"}, name_from="HostFarm Abuse Desk",
    date="Wed, 04 Sep 2024 05:11:50 +0000",
    subject="Re: [KCSC-240903-02] Removal request [HF-ABU-20417]",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

It appears the customer has already taken down {H[0]};
we are waiting for their confirmation and will update you.

HostFarm Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk hedged interim reply",
    why="'it appears' and 'waiting for confirmation' are a hedge, not a statement",
    items={H[0]: "pending"},
)

case(
    name="dv-bulk-all-removed",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="KCSC-240902-01 closed",
    body="""
Hello,

All files listed in your notice KCSC-240902-01 have been removed from
DropVault. We consider this matter closed.

DropVault Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host closing a multi-link notice with one sentence",
    why="one statement for a 14-link request without naming any link",
    items={u: "pending" for u in D},
)

case(
    name="maru-bulk-ko", raw_subject=True,
    **{"from": "admin@marubbs.kr"}, name_from="마루게시판 운영자",
    date="Tue, 10 Sep 2024 14:22:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
안녕하세요.
요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.

마루게시판 운영자
""",
    outcome="review", review="bulk",
    imitates="Korean forum admin's one-sentence completion notice",
    why="'all five deleted' for a five-item request without naming them",
    items={u: "pending" for u in M},
)

case(
    name="hf-forged-auth-fail",
    **{"from": "abuse@hostfarm.net"}, name_from="HostFarm Abuse Desk", auth="fail",
    date="Thu, 05 Sep 2024 23:59:01 +0000",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Dear KCSC,

All four pages are removed:
{H[0]} - removed
{H[1]} - removed
{H[2]} - removed
{H[3]} - removed

HostFarm Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse desk reply whose DKIM/SPF/DMARC fail",
    why="From the platform's domain but authentication fails",
    items={H[0]: "pending", H[1]: "pending", H[2]: "pending", H[3]: "pending"},
)

case(
    name="site-owner-unknown-sender",
    **{"from": "webmaster@yaksa-direct.kr"}, name_from="yaksa-direct 관리자",
    date="Sat, 07 Sep 2024 20:14:33 +0900",
    subject="KCSC-240903-02 관련 상품 페이지 삭제했습니다",
    body=f"""
안녕하세요. 호스팅 업체(호스트팜)로부터 KCSC-240903-02 건 연락을 받았습니다.

문제가 된 상품 페이지 {H[2]}, {H[3]}
두 개 모두 삭제했습니다. 확인 부탁드립니다.

yaksa-direct 관리자
""",
    outcome="review", review="unknown_sender",
    imitates="the hosted site's owner writing directly after the host forwarded the notice",
    why="the customer's own domain is no platform's sender domain",
    items={H[2]: "pending", H[3]: "pending"},
)

case(
    name="hf-answers-for-cdn-items",
    **{"from": "abuse@hostfarm.net"}, name_from="HostFarm Abuse Desk",
    date="Mon, 09 Sep 2024 03:33:03 +0000",
    subject="Forwarded complaint KCSC-240904-03 (bamboo-toon.net)",
    body=f"""
Hello,

EdgeShield forwarded us your complaint KCSC-240904-03, as bamboo-toon.net
is hosted on our servers behind their CDN. We have suspended the
customer's account; {E[0]} and
{E[1]} are removed.

HostFarm Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint forwarded by a CDN",
    why="HostFarm states statuses for items requested from EdgeShield",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="es-not-host-forwarded",
    **{"from": "abuse@edgeshield.net"}, name_from="EdgeShield Abuse",
    date="Wed, 04 Sep 2024 06:01:12 +0000",
    subject="Re: [KCSC-240904-03] Abuse report",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

EdgeShield is a reverse proxy and CDN. We do not host the content at
{E[2]} and cannot remove material from the hosting
server. We have forwarded your report to the hosting provider
(Example Hosting, origin IP 203.0.113.45) and to the website owner.

For more on how we handle reports: https://www.edgeshield.net/abuse-policy

EdgeShield Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, report forwarded to the host' reply",
    why="names the item but states no status: forwarding is no removal, and not a refusal on the merits",
    items={E[2]: "pending"},
)

case(
    name="np-asks-court-order",
    **{"from": "abuse@namepost.co.kr"}, name_from="NamePost Abuse",
    date="Mon, 09 Sep 2024 01:45:36 +0000",
    subject="Re: [KCSC-240905-04] Domain abuse report",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hello,

To act on {N[1]} we need either a court order or an official
document identifying the specific illegal content, with screenshots and the
date you observed it. Please reply to this email with these documents.

NamePost Abuse Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar asking for a court order / evidence before acting",
    why="asks for documents before acting; no status",
    items={N[1]: "pending"},
)

case(
    name="qp-contact-change-no-claims",
    **{"from": "support@qpaste.net"}, name_from="QuickPaste Support",
    date="Thu, 12 Sep 2024 09:00:00 +0000",
    subject="Change to our abuse contact",
    body="""
Dear partner,

From 1 October 2024 abuse and legal reports should be sent through our
report form at https://qpaste.net/report instead of by email. Reports sent
by email after that date may be answered late.

Thank you,
QuickPaste Support
""",
    outcome="review", review="no_claims",
    imitates="small service's notice of a new abuse reporting channel",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="pin-conditional-hedge",
    **{"from": "mod@pinchan.org"}, name_from="pinchan mods",
    date="Mon, 09 Sep 2024 12:20:45 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
hey,

if {P[1]} is still up after tonight's janitor sweep
it'll be deleted then. not sure about {P[2]}, it might
have been purged with its thread already.

- mods
""",
    outcome="review", review="not_understood",
    imitates="image board moderator's conditional, unsure answer",
    why="a condition and a hedge: neither is a statement",
    items={P[1]: "pending", P[2]: "pending"},
)

# ======================================================= IGNORED

case(
    name="dv-ticket-receipt",
    **{"from": "noreply@dropvault.io"}, name_from="DropVault",
    date="Mon, 02 Sep 2024 01:13:02 +0000",
    subject="We received your report [DV-88301]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report (reference DV-88301) about KCSC-240902-01.
Our team reviews reports in the order they arrive.

Please do not reply to this email.

DropVault
""",
    outcome="ignored", classification="acknowledgement",
    imitates="file host ticket receipt",
    why="a pure receipt: no item status",
    items={},
)

case(
    name="hf-out-of-office",
    **{"from": "jiwoo.kim@hostfarm.co.kr"}, name_from="Kim Jiwoo",
    date="Tue, 03 Sep 2024 02:05:10 +0000",
    subject="Automatic reply: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 9 September with limited access to email.
For abuse matters please write to abuse@hostfarm.net.

Kim Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

_es_dsn = multipart([
    text_part("This is the mail system at host mx1.edgeshield.net.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients.\n\n"
              "<abuse-kr@edgeshield.net>: host mailstore.edgeshield.net[192.0.2.25] said:\n"
              "    550 5.1.1 <abuse-kr@edgeshield.net>: Recipient address rejected:\n"
              "    User unknown in virtual mailbox table\n"),
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx1.edgeshield.net\n"
    "Arrival-Date: Wed,  4 Sep 2024 05:20:03 +0000 (UTC)\n\n"
    "Final-Recipient: rfc822; abuse-kr@edgeshield.net\n"
    "Action: failed\nStatus: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table\n",
    "Content-Type: message/rfc822\n\n"
    "From: KCSC Takedown <takedown@kcsc.example>\n"
    "To: abuse-kr@edgeshield.net\n"
    "Subject: [KCSC-240904-03] Removal request\n"
    f"Message-ID: <{req_mid('KCSC-240904-03')}@kcsc.example>\n"
    "Date: Wed, 04 Sep 2024 14:20:00 +0900\n\n"
    + request_text("KCSC-240904-03", "EdgeShield"),
], subtype="report", boundary="dsn-es-0904", extra="; report-type=delivery-status")
case(
    name="es-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.edgeshield.net"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 05:20:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=_es_dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN with the request attached",
    why="a bounce; the URLs are in the returned request only",
    items={},
)

case(
    name="np-mdn-read-receipt",
    **{"from": "abuse@namepost.co.kr"}, name_from="NamePost Abuse",
    date="Thu, 05 Sep 2024 01:02:03 +0000",
    subject="읽음 확인: [KCSC-240905-04] Domain abuse report",
    raw_mime=multipart([
        text_part("귀하가 abuse@namepost.co.kr(으)로 보낸 메일의 수신 확인입니다.\n\n"
                  "이 확인은 메시지가 수신자의 컴퓨터에 표시되었음을 뜻할 뿐, 내용을 읽거나\n"
                  "이해했음을 보장하지는 않습니다.\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.namepost.co.kr; Webmail 5.2\n"
        "Final-Recipient: rfc822;abuse@namepost.co.kr\n"
        f"Original-Message-ID: <{req_mid('KCSC-240905-04')}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], subtype="report", boundary="mdn-np-0905", extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="a read receipt",
    items={},
)

case(
    name="maru-out-of-office-ko",
    **{"from": "admin@marubbs.kr"}, name_from="마루게시판 운영자",
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject="[자동회신] Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동회신] 추석 연휴(9/14~9/18) 기간에는 메일 확인이 어렵습니다.
연휴 이후 순차적으로 답변드리겠습니다.

마루게시판 운영자
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (부재중 자동회신)",
    why="auto-reply",
    items={},
)

case(
    name="qp-helpdesk-receipt",
    **{"from": "support@qpaste.net"}, name_from="QuickPaste Support",
    date="Tue, 10 Sep 2024 04:46:10 +0000",
    subject="[QuickPaste] Re: [KCSC-240910-07] Removal request (#5512)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""
##- Please type your reply above this line -##

Your request (#5512) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-style) request receipt",
    why="a pure receipt of the request",
    items={},
)

case(
    name="hf-ticket-receipt-ko",
    **{"from": "helpdesk@hostfarm.co.kr"}, name_from="호스트팜 헬프데스크",
    date="Tue, 03 Sep 2024 11:06:02 +0900",
    subject="[호스트팜] 문의가 접수되었습니다 (접수번호 HF-20240903-0412)",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : HF-20240903-0412
제목 : [KCSC-240903-02] Removal request

담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean hosting helpdesk 접수 안내 receipt",
    why="a pure receipt",
    items={},
)


HEADER = """# Blind set 157 (hosting providers, CDN, registrar, forum, image board,
# file host, paste service; informal answers, CSV and plain-text tables).
# Written by tests/corpus/blind157/make.py from each email's meaning, before
# any run of the reader. Do not edit by hand.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    mail clients send them; cases marked raw_subject keep an 8-bit subject."""
    from email.header import Header
    if not c.get("name_from", "").isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and not c.get("raw_subject"):
        c["subject"] = Header(c["subject"], "utf-8").encode(maxlinelen=76 - len("Subject: "))


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
