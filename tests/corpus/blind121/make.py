#!/usr/bin/env python3
"""Blind set 121: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering the regulator, often
informally, plus spreadsheets (CSV attachments) and plain-text tables.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind121/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind121"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

KD = {k: "https://kumodrop.io/f/" + k for k in
      ["7Qm2xLp9", "Rt5vW1nA", "Hc8jK3sD", "Zp4yB6eQ", "Lw9tN2cX", "Ge3uM7rV", "Ya6dP8kS"]}
KD["Bn2hF5wT"] = "https://kumodrop.io/folder/Bn2hF5wT"
KD["Xs1qJ4gU"] = "https://kumodrop.io/f/Xs1qJ4gU"
KD["Vk7oC9mE"] = "https://kumodrop.io/f/Vk7oC9mE"
KD["part1"] = "https://dl.kumodrop.io/f/Pe5rT3zH/archive_part1.zip"
KD["part2"] = "https://dl.kumodrop.io/f/Pe5rT3zH/archive_part2.zip"
KD_ORDER = ["7Qm2xLp9", "Rt5vW1nA", "Hc8jK3sD", "Zp4yB6eQ", "Lw9tN2cX", "Ge3uM7rV",
            "Ya6dP8kS", "Bn2hF5wT", "Xs1qJ4gU", "Vk7oC9mE", "part1", "part2"]

PB = {
    "481207": "https://www.pinecone-bbs.net/board/free/481207",
    "481355": "https://www.pinecone-bbs.net/board/free/481355",
    "90214": "https://www.pinecone-bbs.net/board/stock/90214",
    "77031": "https://www.pinecone-bbs.net/board/humor/77031",
    "dalbit": "https://www.pinecone-bbs.net/u/dalbit_99",
}
PB_ORDER = ["481207", "481355", "90214", "77031", "dalbit"]

TC = {
    "lucky": "https://lucky-seven-bet.win/",
    "hanaro": "https://cdn-mirror.hanaro-toto.xyz/live",
    "pill": "https://pill-express-kr.shop/order",
}
NB = {
    "ace88": "http://jackpot-ace88.top/",
    "ace89": "http://jackpot-ace89.top/",
    "kbank": "http://kbank-secure-login.online/",
    "pharm": "http://daehan-pharm24.click/",
}
GZ = {
    "88123": "https://ggulzzal.kr/b/humor/88123",
    "88140": "https://ggulzzal.kr/b/humor/88140",
    "5512": "https://ggulzzal.kr/b/%EC%97%B0%EC%98%88/5512",
    "img": "https://ggulzzal.kr/img/20240905/a81f2c.jpg",
}
GZ_RAW_5512 = "https://ggulzzal.kr/b/연예/5512"
HB = {
    "casino": "http://sobaek-casino.kr/",
    "shop": "http://ojingeo-shop.co.kr/%EC%A0%9C%ED%92%88/12",
}
HB_RAW_SHOP = "http://ojingeo-shop.co.kr/제품/12"
PX = "https://pastebox.dev/p/k9Wq2ZrT"

REQUESTS = [
    (R1, "kumodrop", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     [KD[k] for k in KD_ORDER], "obscenity", "file host: uploads of one account"),
    (R2, "pinebbs", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [PB[k] for k in PB_ORDER], "defamation", "forum posts and the posting account"),
    (R3, "tesselcdn", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00",
     list(TC.values()), "illegal_gambling", "sites proxied by the CDN"),
    (R4, "namebarn", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     list(NB.values()), "illegal_gambling", "domains registered with the registrar"),
    (R5, "ggulzzal", "2024-09-06T15:10:00+09:00", "2024-09-13T23:59:59+09:00",
     list(GZ.values()), "obscenity", "image board threads and one image file"),
    (R6, "hanbyeol", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(HB.values()), "drug_trade", "customer sites on shared hosting"),
    (R7, "pastebox", "2024-09-10T16:40:00+09:00", "2024-09-17T23:59:59+09:00",
     [PX], "privacy", "paste with personal data"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed(boundary, body, att_name, att_type, att_text, body_cte="8bit"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: {body_cte}

{body.strip()}

--{boundary}
Content-Type: {att_type}; charset=utf-8; name="{att_name}"
Content-Disposition: attachment; filename="{att_name}"
Content-Transfer-Encoding: base64

{b64(att_text)}
--{boundary}--
"""


def alternative(boundary, text, html):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{boundary}--
"""


def quoted_request(ref, urls):
    lines = [f"> Subject: [{ref}] Request for removal of illegal information",
             ">", "> Dear Sir or Madam,", ">",
             "> The Korea Communications Standards Commission asks you to remove",
             "> the following information, which is illegal under Korean law:", ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please reply to this address with the action taken for each item.",
              ">", "> KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ KumoDrop (R1, 12 items)
case(
    name="kd-abuse-desk-dash-list",
    date="Tue, 03 Sep 2024 11:42:10 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Hello,

Thanks for the report. Our abuse desk went through the first links of your
list this morning (KST):

{KD['7Qm2xLp9']} - deleted, uploader account terminated
{KD['Rt5vW1nA']} - deleted
{KD['Hc8jK3sD']} - no such file (the uploader removed it on 1 Sep, before your notice arrived)
{KD['Zp4yB6eQ']} - deleted

We are still working through the rest and will write again.

Regards,
Mira Okonkwo
KumoDrop Abuse Team
""",
    outcome="applied",
    imitates="file host abuse desk reply listing each link with a dash and its result",
    why="each URL carries its own result on its line; the uploader's earlier self-deletion is not_found",
    items={KD["7Qm2xLp9"]: "removed", KD["Rt5vW1nA"]: "removed",
           KD["Hc8jK3sD"]: "not_found", KD["Zp4yB6eQ"]: "removed"},
)

KD_CSV = f"""url,action_taken,actioned_at_utc,notes
{KD['Lw9tN2cX']},file_removed,2024-09-04 02:11,
{KD['Ge3uM7rV']},file_removed,2024-09-04 02:12,
{KD['Ya6dP8kS']},no_action,,"reviewed: no ToS violation, public domain film"
{KD['Bn2hF5wT']},folder_disabled,2024-09-04 02:15,41 files inside
{KD['Xs1qJ4gU']},not_found,,id never existed on our storage
{KD['Vk7oC9mE']},geo_blocked_KR,2024-09-04 02:20,still reachable outside KR
"""
case(
    name="kd-moderation-export-csv",
    date="Wed, 04 Sep 2024 11:31:05 +0900",
    **{"from": "daniel.ruiz@kumodrop.io"}, name_from="Daniel Ruiz (KumoDrop)",
    subject=f"RE: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    raw_mime=mixed("kd-exp-0904", f"""
Hi,

Results for the remaining links of {R1} are in the attached sheet (straight
export from our moderation tool, one row per link). Let me know if anything
is unclear.

Daniel
KumoDrop Trust & Safety
""", "kcsc_240902_results.csv", "text/csv", KD_CSV),
    outcome="applied",
    imitates="trust & safety reply with a moderation-tool CSV export attached",
    why="the CSV gives one action per URL: removed, removed, kept (no violation), folder disabled, not found, KR geo-block",
    items={KD["Lw9tN2cX"]: "removed", KD["Ge3uM7rV"]: "removed", KD["Ya6dP8kS"]: "rejected",
           KD["Bn2hF5wT"]: "removed", KD["Xs1qJ4gU"]: "not_found", KD["Vk7oC9mE"]: "restricted"},
)

case(
    name="kd-phone-one-liner-zip-parts",
    date="Tue, 03 Sep 2024 22:05:47 +0900",
    **{"from": "jun@kumodrop.io"}, name_from="Jun",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
both parts are gone now
{KD['part1']}
{KD['part2']}

jun
--
sent from my phone
""",
    outcome="applied",
    imitates="admin answering from a phone in one line",
    why="'gone now' is an unhedged statement that the two listed files were taken down",
    items={KD["part1"]: "removed", KD["part2"]: "removed"},
)

case(
    name="kd-top-posted-over-quoted-list",
    date="Thu, 05 Sep 2024 09:14:22 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Removed {KD['Zp4yB6eQ']} just now, sorry, that one slipped through our
first pass. The other links on your list were answered in ticket KD-88213.

Mira

On Mon, 2 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, [KD[k] for k in KD_ORDER])}
""",
    outcome="applied",
    imitates="top-posted abuse desk reply over the quoted request (Gmail-style quoting)",
    why="only the unquoted line states a result; the twelve quoted URLs say nothing",
    items={KD["Zp4yB6eQ"]: "removed"},
)

KD_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Your notice <b>{R1}</b> (our case KD-88213) has been processed. Outcome per link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>#</th><th>Reported link</th><th>Result</th></tr>
<tr><td>1</td><td><a href="{KD['Hc8jK3sD']}">{KD['Hc8jK3sD']}</a></td><td>Not found</td></tr>
<tr><td>2</td><td><a href="{KD['Vk7oC9mE']}">{KD['Vk7oC9mE']}</a></td><td>Access restricted in South Korea</td></tr>
<tr><td>3</td><td><a href="{KD['Ya6dP8kS']}">{KD['Ya6dP8kS']}</a></td><td>No violation &ndash; stays online</td></tr>
<tr><td>4</td><td><a href="{KD['7Qm2xLp9']}">{KD['7Qm2xLp9']}</a></td><td>Disabled</td></tr>
</table>
<p>Our rules are at <a href="https://kumodrop.io/legal/acceptable-use">kumodrop.io/legal/acceptable-use</a>.
Uploaders may appeal at <a href="https://kumodrop.io/appeal">kumodrop.io/appeal</a>.</p>
<p>KumoDrop Trust &amp; Safety<br>This message was sent from our case system; replies reach the case owner.</p>
</body></html>"""
KD_HTML_TEXT = f"""Dear KCSC team,

Your notice {R1} (our case KD-88213) has been processed. Outcome per link:

1  {KD['Hc8jK3sD']}  Not found
2  {KD['Vk7oC9mE']}  Access restricted in South Korea
3  {KD['Ya6dP8kS']}  No violation - stays online
4  {KD['7Qm2xLp9']}  Disabled

Our rules: https://kumodrop.io/legal/acceptable-use
Appeals: https://kumodrop.io/appeal

KumoDrop Trust & Safety"""
case(
    name="kd-case-system-html-table",
    date="Fri, 06 Sep 2024 16:02:48 +0900",
    **{"from": "cases@trust.kumodrop.io"}, name_from="KumoDrop Trust & Safety",
    subject=f"[KD-88213] Outcome of your notice {R1}",
    raw_mime=alternative("kd-case-88213-alt", KD_HTML_TEXT, KD_HTML),
    outcome="applied",
    imitates="case-management system outcome mail with an HTML table (quoted-printable)",
    why="table rows give not found, KR restriction, kept, disabled; policy and appeal links are not items",
    items={KD["Hc8jK3sD"]: "not_found", KD["Vk7oC9mE"]: "restricted",
           KD["Ya6dP8kS"]: "rejected", KD["7Qm2xLp9"]: "removed"},
)

case(
    name="kd-status-line-below-url",
    date="Wed, 04 Sep 2024 18:20:00 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Hello again,

Update on three more of your links:

{KD['Lw9tN2cX']}
Status: Removed

{KD['Bn2hF5wT']}
Status: Removed (the folder and the 38 files in it)

{KD['Ya6dP8kS']}
Status: No violation found, the file stays available

Best,
KumoDrop Abuse Team
""",
    outcome="applied",
    imitates="ticket reply giving each URL with a Status line below it",
    why="each status line belongs to the URL just above it",
    items={KD["Lw9tN2cX"]: "removed", KD["Bn2hF5wT"]: "removed", KD["Ya6dP8kS"]: "rejected"},
)

case(
    name="kd-url-below-its-statement",
    date="Thu, 05 Sep 2024 13:47:31 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Hi,

The following file has been disabled for breach of our Terms of Service:

    {KD['Xs1qJ4gU']}

We could not find anything at the address below; the id does not exist in
our storage:

    {KD['Ge3uM7rV']}

Kind regards,
Mira Okonkwo
""",
    outcome="applied",
    imitates="abuse desk reply putting each URL on an indented line under the sentence about it",
    why="the sentence above each URL gives its result: disabled, then does not exist",
    items={KD["Xs1qJ4gU"]: "removed", KD["Ge3uM7rV"]: "not_found"},
)

case(
    name="kd-base64-case-update",
    date="Fri, 06 Sep 2024 10:05:13 +0900",
    **{"from": "trust-safety@kumodrop.io"}, name_from="KumoDrop Trust & Safety",
    subject=f"Case KD-88213 update ({R1})",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Two further results for your notice {R1}:

{KD['Hc8jK3sD']}: we hold no file under this link. Its owner deleted it
before your notice reached us.

{KD['Vk7oC9mE']}: access from the Republic of Korea has been blocked. The
file remains available in other countries.

KumoDrop Trust & Safety
''')}
""",
    outcome="applied",
    imitates="case update from a ticketing system whose body is base64-encoded",
    why="owner's prior deletion = not_found; blocked for Korea only = restricted",
    items={KD["Hc8jK3sD"]: "not_found", KD["Vk7oC9mE"]: "restricted"},
)

case(
    name="kd-korean-fullwidth-colon",
    date="Thu, 05 Sep 2024 17:30:00 +0900",
    **{"from": "support-kr@kumodrop.io"}, name_from="쿠모드롭 고객지원",
    subject=f"RE: [{R1}] 불법정보 삭제 요청",
    reply_to_req=thread(R1),
    body=f"""
안녕하세요. 쿠모드롭 한국 고객지원팀입니다.

요청하신 건의 처리 결과를 안내드립니다.

대상：{KD['7Qm2xLp9']}、{KD['Zp4yB6eQ']}
조치：파일 삭제 완료（2024.09.05）

감사합니다.
""",
    outcome="applied",
    imitates="Korean support-desk reply with full-width colon, comma and brackets",
    why="'조치：파일 삭제 완료' applies to both targets listed on the line above",
    items={KD["7Qm2xLp9"]: "removed", KD["Zp4yB6eQ"]: "removed"},
)

case(
    name="kd-angle-brackets-wrapped",
    date="Fri, 06 Sep 2024 08:55:40 +0900",
    **{"from": "jun@kumodrop.io"}, name_from="Jun",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Morning,

I have disabled the folder <{KD['Bn2hF5wT']}> and both archive parts
<{KD['part1']}> and <https://dl.kumodrop.io/f/Pe5rT3zH/
archive_part2.zip>, all three are offline for everyone now.

jun
""",
    outcome="applied",
    imitates="admin reply with URLs in angle brackets, one wrapped by the mail client",
    why="three URLs disabled in one sentence; the second archive URL is wrapped inside its angle brackets",
    items={KD["Bn2hF5wT"]: "removed", KD["part1"]: "removed", KD["part2"]: "removed"},
)

# ================================================================ Pinecone BBS (R2, 5 items)
case(
    name="pb-admin-numbered-korean",
    date="Wed, 04 Sep 2024 10:12:00 +0900",
    **{"from": "admin@pinecone-bbs.net"}, name_from="솔방울게시판 운영진",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=thread(R2),
    body=f"""
안녕하세요, 솔방울게시판 운영진입니다.
{R2} 관련하여 요청하신 게시물 처리 결과를 알려드립니다.

1. {PB['481207']} - 삭제
2. {PB['481355']} - 블라인드 처리
3. {PB['90214']} - 게시물 없음 (작성자가 9월 2일에 직접 삭제)

나머지 두 건은 확인 후 다시 연락드리겠습니다.

솔방울게시판 운영진 드림
""",
    outcome="applied",
    imitates="small Korean forum admin listing numbered results",
    why="삭제 and 블라인드 are removed; deleted by its author before the request is not_found; the other two are only promised",
    items={PB["481207"]: "removed", PB["481355"]: "removed", PB["90214"]: "not_found"},
)

case(
    name="pb-one-line-tilde",
    date="Tue, 03 Sep 2024 19:48:02 +0900",
    **{"from": "mod.sol@pinecone-bbs.net"}, name_from="솔방울 모더",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=thread(R2),
    body=f"""
{PB['481207']} 지웠습니다~
""",
    outcome="applied",
    imitates="forum moderator answering in one casual line",
    why="'지웠습니다' (I deleted it) is a plain statement about the URL",
    items={PB["481207"]: "removed"},
)

case(
    name="pb-kept-and-temporary-measure",
    date="Thu, 05 Sep 2024 15:25:19 +0900",
    **{"from": "admin@pinecone-bbs.net"}, name_from="솔방울게시판 운영진",
    subject=f"Re: [{R2}] 불법정보 삭제 요청 (2차 회신)",
    reply_to_req=thread(R2),
    body=f"""
안녕하세요. 남은 건에 대한 검토 결과입니다.

- {PB['90214']}
  특정 종목에 대한 이용자 개인의 의견으로, 게시판 운영정책이나 관련 법령을
  위반한다고 보기 어려워 게시를 유지합니다.

- {PB['77031']}
  정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

운영정책: https://www.pinecone-bbs.net/policy
""",
    outcome="applied",
    imitates="Korean forum second reply: one post kept with reason, one put under 임시조치",
    why="kept because it breaks no rule = rejected; 임시조치 = restricted; the policy link is no item",
    items={PB["90214"]: "rejected", PB["77031"]: "restricted"},
)

PB_HTML = f"""<html><body>
<p>안녕하세요. 솔방울게시판입니다.</p>
<p>귀 위원회의 시정요구({R2})에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{PB['481207']}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>{PB['481355']}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>{PB['90214']}</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>4</td><td>{PB['77031']}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{PB['dalbit']}</td><td>회원 이용정지, 작성글 전체 비공개</td><td>2024-09-05</td></tr>
</table>
<p>솔방울게시판 운영책임자 한지후</p>
</body></html>"""
case(
    name="pb-correction-result-html-table",
    date="Fri, 06 Sep 2024 11:00:00 +0900",
    **{"from": "admin@pinecone-bbs.net"}, name_from="솔방울게시판",
    subject=f"[{R2}] 시정요구 조치결과 회신",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(PB_HTML)}
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply as an HTML table (quoted-printable, HTML only)",
    why="삭제, 삭제, 임시조치, 게시물 없음, account suspended and all its posts made private",
    items={PB["481207"]: "removed", PB["481355"]: "removed", PB["90214"]: "restricted",
           PB["77031"]: "not_found", PB["dalbit"]: "removed"},
)

case(
    name="pb-receipt-plus-statement",
    date="Tue, 03 Sep 2024 16:31:44 +0900",
    **{"from": "help@pinecone-bbs.net"}, name_from="솔방울게시판 고객센터",
    subject=f"[접수번호 PB-0931] Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=thread(R2),
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 PB-0931)

참고로 확인해 보니 {PB['481355']} 글은
오늘 오전에 운영자 권한으로 이미 삭제했습니다.
나머지 게시물은 담당자가 순서대로 검토합니다.

솔방울게시판 고객센터
""",
    outcome="applied",
    imitates="forum helpdesk receipt that also states one post was already deleted by the operator",
    why="an acknowledgement line plus an unhedged 운영자 삭제 statement about one URL: not a pure receipt",
    items={PB["481355"]: "removed"},
)

# ================================================================ Tessel CDN (R3, 3 items)
case(
    name="tc-per-hostname-actions",
    date="Thu, 05 Sep 2024 03:12:09 +0000",
    **{"from": "abuse@tesselcdn.net"}, name_from="Tessel CDN Abuse",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=thread(R3),
    body=f"""
Hello,

We reviewed the three addresses in your request {R3}.

  * {TC['lucky']} -- the customer's account has been suspended; the
    hostname now returns an HTTP 451 page to every visitor.
  * {TC['hanaro']} -- requests from South Korea are now blocked at our
    edge (country block: KR). Visitors elsewhere are not affected.
  * {TC['pill']} -- we could not identify a breach of our terms, so no
    action was taken on this hostname.

Tessel CDN Trust & Safety
abuse@tesselcdn.net | https://tesselcdn.net/abuse
""",
    outcome="applied",
    imitates="CDN trust & safety reply with one action per hostname (suspended, country block, no action)",
    why="served as 451 to everyone = removed; KR country block = restricted; no breach, no action = rejected",
    items={TC["lucky"]: "removed", TC["hanaro"]: "restricted", TC["pill"]: "rejected"},
)

case(
    name="tc-not-the-host",
    date="Fri, 06 Sep 2024 01:40:55 +0000",
    **{"from": "abuse@tesselcdn.net"}, name_from="Tessel CDN Abuse",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=thread(R3),
    body=f"""
Hello,

Tessel CDN is a pass-through proxy and is not the hosting provider for
{TC['pill']}. We are unable to remove material stored on servers we do
not operate, so we will not act on this hostname ourselves.

We have forwarded your complaint to the site's hosting provider and to the
site owner. The origin is hosted by Example Origin Hosting (AS64500,
203.0.113.45); you may contact them directly.

Tessel CDN Trust & Safety
""",
    outcome="applied",
    imitates="Cloudflare-style 'we do not host this content, complaint forwarded to the host' reply",
    why="an explicit refusal to act with its reason (not the host): rejected; arguable, see NOTES.md",
    items={TC["pill"]: "rejected"},
)

# ================================================================ NameBarn (R4, 4 items)
case(
    name="nb-bare-domains-clienthold",
    date="Fri, 06 Sep 2024 02:18:33 +0000",
    **{"from": "abuse@namebarn.com"}, name_from="NameBarn Abuse",
    subject=f"Re: [{R4}] Request for removal of illegal information",
    reply_to_req=thread(R4),
    body=f"""
Hello,

Following our review, the domains jackpot-ace88.top and jackpot-ace89.top
have been placed on clientHold for violation of our Registration Agreement.
Neither name resolves any more.

We are still looking into the other two domains of your report.

NameBarn Domain Abuse
""",
    outcome="applied",
    imitates="registrar abuse reply naming bare domains placed on clientHold",
    why="clientHold takes the whole domain off the internet = removed; the request's URLs are the domains' roots",
    items={NB["ace88"]: "removed", NB["ace89"]: "removed"},
)

NB_TABLE = "\n".join(
    f"{a:<36}{b:<28}{c}" for a, b, c in [
        ("Domain / URL", "Action taken", "Date (UTC)"),
        ("-" * 34, "-" * 26, "-" * 10),
        (NB["kbank"], "serverHold (via registry)", "2024-09-06"),
        (NB["pharm"], "none - no abuse found", "-"),
        (NB["ace88"], "clientHold", "2024-09-06"),
    ])
case(
    name="nb-plain-text-table",
    date="Mon, 09 Sep 2024 06:02:11 +0000",
    **{"from": "abuse@namebarn.com"}, name_from="NameBarn Abuse",
    subject=f"Re: [{R4}] Request for removal of illegal information - results",
    reply_to_req=thread(R4),
    body=f"""
Results for {R4}:

{NB_TABLE}

The phishing domain was also reported to the registry.

NameBarn Domain Abuse
""",
    outcome="applied",
    imitates="registrar results as a fixed-width plain-text table",
    why="serverHold and clientHold = removed; 'none - no abuse found' = rejected",
    items={NB["kbank"]: "removed", NB["pharm"]: "rejected", NB["ace88"]: "removed"},
)

# ================================================================ Ggulzzal (R5, 4 items)
case(
    name="gz-janitor-korean-list",
    date="Sat, 07 Sep 2024 01:15:30 +0900",
    **{"from": "janitor@ggulzzal.kr"}, name_from="꿀짤보드 관리자",
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    reply_to_req=thread(R5),
    body=f"""
신고하신 짤 처리했습니다.

{GZ['88123']} 삭제
{GZ['88140']} 삭제
{GZ['img']} 이미지 서버에서도 삭제

연예 게시판 글은 내일 보겠습니다.
""",
    outcome="applied",
    imitates="image board janitor replying late at night with a bare list",
    why="three URLs each followed by 삭제 on the same line; the 연예 post is only promised",
    items={GZ["88123"]: "removed", GZ["88140"]: "removed", GZ["img"]: "removed"},
)

case(
    name="gz-raw-korean-path-particle",
    date="Sat, 07 Sep 2024 14:03:12 +0900",
    **{"from": "janitor@ggulzzal.kr"}, name_from="꿀짤보드 관리자",
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    reply_to_req=thread(R5),
    body=f"""
{GZ_RAW_5512}는 블라인드 처리했습니다.
{GZ['88123']} 은 글쓴이가 이미 지운 글이라 따로 조치할 게 없었어요.
""",
    outcome="applied",
    imitates="image board admin writing a raw Korean path followed by a particle",
    why="블라인드 = removed (raw 연예 path matches its percent-encoded form); already deleted by its author = not_found",
    items={GZ["5512"]: "removed", GZ["88123"]: "not_found"},
)

case(
    name="gz-gmail-quoted-korean",
    date="Sat, 07 Sep 2024 09:40:00 +0900",
    **{"from": "owner@ggulzzal.kr"}, name_from="꿀짤보드",
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    reply_to_req=thread(R5),
    body=f"""
{GZ['88140']} 삭제했습니다.
나머지 글들은 아직 확인 중입니다.

2024년 9월 6일 (금) 오후 3:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R5, [GZ['88123'], GZ['88140'], GZ_RAW_5512, GZ['img']])}
""",
    outcome="applied",
    imitates="Gmail (Korean UI) reply above the quoted request",
    why="one URL deleted; '나머지는 확인 중' leaves the others pending; quoted URLs say nothing",
    items={GZ["88140"]: "removed", GZ["88123"]: "pending", GZ["5512"]: "pending", GZ["img"]: "pending"},
)

GZ_CSV = "\ufeff" + f"""URL,처리결과,처리일시
{GZ['88123']},삭제,2024-09-07 11:02
{GZ['5512']},블라인드,2024-09-07 11:05
{GZ['img']},해당 없음(존재하지 않는 파일),
"""
case(
    name="gz-csv-korean-headers",
    date="Sat, 07 Sep 2024 11:20:00 +0900",
    **{"from": "owner@ggulzzal.kr"}, name_from="꿀짤보드",
    subject=f"[{R5}] 처리 결과 엑셀 보내드립니다",
    reply_to_req=thread(R5),
    raw_mime=mixed("gz-csv-0907", """
처리 결과 첨부합니다. (엑셀에서 CSV로 저장했습니다)
""", "처리결과_0907.csv", "text/csv", GZ_CSV),
    outcome="applied",
    imitates="small-site owner sending a spreadsheet saved as CSV (BOM, Korean headers)",
    why="CSV rows: 삭제, 블라인드 = removed; 존재하지 않는 파일 = not_found",
    items={GZ["88123"]: "removed", GZ["5512"]: "removed", GZ["img"]: "not_found"},
)

# ================================================================ Hanbyeol hosting (R6, 2 items)
case(
    name="hb-korean-hosting-suspension",
    date="Tue, 10 Sep 2024 14:22:05 +0900",
    **{"from": "abuse@hanbyeolhost.co.kr"}, name_from="한별호스팅 보안팀",
    subject=f"RE: [{R6}] 불법정보 삭제 요청에 대한 회신",
    reply_to_req=thread(R6),
    body=f"""
안녕하십니까, 한별호스팅 보안팀입니다.

요청하신 건에 대하여 아래와 같이 조치하였음을 알려드립니다.

 ■ {HB['casino']}
   → 호스팅 계정 이용정지 (사이트 전체 접속 불가)
 ■ {HB_RAW_SHOP}
   → 고객사에 통보하여 해당 상품 페이지 삭제 완료

감사합니다.
한별호스팅 보안팀 | 1588-0000
""",
    outcome="applied",
    imitates="Korean web-hosting company reply with ■ bullets and arrows",
    why="hosting account suspended, whole site unreachable = removed; product page deleted = removed",
    items={HB["casino"]: "removed", HB["shop"]: "removed"},
)

case(
    name="hb-outlook-kept",
    date="Wed, 11 Sep 2024 10:47:51 +0900",
    **{"from": "kim.sy@hanbyeolhost.co.kr"}, name_from="김서영 (한별호스팅)",
    subject=f"RE: [{R6}] 불법정보 삭제 요청",
    reply_to_req=thread(R6),
    body=f"""
안녕하세요.

{HB_RAW_SHOP} 건은 고객사가 식약처 허가 서류를 제출하였고,
검토 결과 위법 사항이 확인되지 않아 게시를 유지합니다.

김서영 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: abuse@hanbyeolhost.co.kr
Subject: [{R6}] 불법정보 삭제 요청

귀사가 호스팅하는 아래 정보의 삭제를 요청합니다.

1. {HB['casino']}
2. {HB['shop']}

조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Outlook reply over an '-----Original Message-----' block",
    why="kept after review, no violation found = rejected; the quoted request below says nothing",
    items={HB["shop"]: "rejected"},
)

# ================================================================ Pastebox (R7, 1 item)
case(
    name="px-one-word-sole",
    date="Tue, 10 Sep 2024 21:03:00 +0900",
    **{"from": "sam@pastebox.dev"}, name_from="Sam (pastebox)",
    subject=f"Re: [{R7}] Request for removal of illegal information",
    reply_to_req=thread(R7),
    body="""
nuked. thx for the heads up

-- sam, pastebox.dev (it's just me)
""",
    outcome="applied",
    imitates="one-person service answering in one word",
    why="a plain statement about the only item of a one-item request, in its thread",
    items={PX: "removed"},
)

# ================================================================ review
case(
    name="kd-promise-within-24h",
    date="Tue, 03 Sep 2024 09:02:00 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Hello,

Thank you. We will remove {KD['Lw9tN2cX']} and
{KD['Ge3uM7rV']} within 24 hours, once our team has verified them.

KumoDrop Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promise to act later",
    why="'will remove ... once verified' is a promise, not a statement",
    items={KD["Lw9tN2cX"]: "pending", KD["Ge3uM7rV"]: "pending"},
)

case(
    name="pb-hedge-seems-deleted",
    date="Wed, 04 Sep 2024 18:33:27 +0900",
    **{"from": "mod.sol@pinecone-bbs.net"}, name_from="솔방울 모더",
    subject=f"Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=thread(R2),
    body=f"""
{PB['77031']} 글은 확인해 보니 이미 삭제된 것 같습니다.
정확한 건 내일 담당자가 다시 확인해서 알려드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="moderator's hedged answer (…것 같습니다)",
    why="'seems already deleted', to be confirmed tomorrow: a hedge, not a statement",
    items={PB["77031"]: "pending"},
)

case(
    name="kd-bulk-all-files",
    date="Sat, 07 Sep 2024 12:00:00 +0900",
    **{"from": "abuse@kumodrop.io"}, name_from="KumoDrop Abuse",
    subject=f"Re: [{R1}] Request for removal of illegal information",
    reply_to_req=thread(R1),
    body=f"""
Hello,

All of the files in your notice {R1} have been removed from our service and
the uploader's account is closed. We consider this matter resolved.

KumoDrop Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a ticket with one sentence about all reported files",
    why="one statement about all twelve items without naming any",
    items={KD[k]: "pending" for k in KD_ORDER},
)

case(
    name="tc-bulk-all-hostnames",
    date="Thu, 05 Sep 2024 23:50:10 +0000",
    **{"from": "abuse@tesselcdn.net"}, name_from="Tessel CDN Abuse",
    subject=f"Re: [{R3}] Request for removal of illegal information",
    reply_to_req=thread(R3),
    body=f"""
Hi,

We have terminated service for every hostname listed in your report
(ref. {R3}). The sites are no longer reachable through Tessel.

Tessel CDN Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="CDN abuse reply covering every reported hostname at once",
    why="a statement about all three items of a three-item request, none named",
    items={u: "pending" for u in TC.values()},
)

case(
    name="gz-untrusted-auth-fail",
    date="Sun, 08 Sep 2024 02:11:09 +0900",
    **{"from": "admin@ggulzzal.kr"}, name_from="꿀짤보드 관리자",
    auth="fail",
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    reply_to_req=thread(R5),
    body=f"""
요청하신 게시물 모두 처리했습니다.

{GZ['88123']} - 삭제 완료
{GZ['88140']} - 삭제 완료
{GZ_RAW_5512} - 삭제 완료
{GZ['img']} - 삭제 완료
""",
    outcome="review", review="untrusted",
    imitates="board admin mail whose DKIM/SPF/DMARC fail",
    why="item statements from the platform's domain, but authentication failed",
    items={u: "pending" for u in GZ.values()},
)

case(
    name="kd-uploader-writes-in",
    date="Wed, 04 Sep 2024 20:15:44 +0900",
    **{"from": "haru.uploads@gmail.com"}, name_from="Haru",
    subject=f"Re: [{R1}] about my files",
    body=f"""
Hello,

I am the owner of the KumoDrop account. I deleted
{KD['7Qm2xLp9']} and {KD['Rt5vW1nA']} myself today.
Please close the complaint against me.

Haru
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal address",
    why="statements about KumoDrop items from a sender outside any platform domain",
    items={KD["7Qm2xLp9"]: "pending", KD["Rt5vW1nA"]: "pending"},
)

case(
    name="hb-host-speaks-for-forum",
    date="Thu, 05 Sep 2024 13:05:00 +0900",
    **{"from": "abuse@hanbyeolhost.co.kr"}, name_from="한별호스팅 보안팀",
    subject="[한별호스팅] 솔방울게시판 관련 신고 건 회신",
    body=f"""
안녕하십니까, 한별호스팅 보안팀입니다.

당사 서버를 이용하는 솔방울게시판(pinecone-bbs.net) 운영자에게
위원회의 요청({R2})을 전달하였으며, 운영자로부터
{PB['481207']} 게시물이 삭제되었다는 답변을 받았습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider relaying what its customer, the forum, did",
    why="the host states a status for an item of another platform (pinebbs)",
    items={PB["481207"]: "pending"},
)

case(
    name="pb-contact-change-no-claims",
    date="Mon, 09 Sep 2024 09:30:00 +0900",
    **{"from": "admin@pinecone-bbs.net"}, name_from="솔방울게시판 운영진",
    subject="[솔방울게시판] 공문 수신 담당자 변경 안내",
    body="""
안녕하세요, 솔방울게시판 운영진입니다.

9월 9일부터 기관 공문 및 삭제 요청 수신 담당자가 변경되었습니다.
앞으로는 legal@pinecone-bbs.net 으로 보내주시면 더 빨리 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="forum notice of a new contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="nb-asks-for-court-order",
    date="Fri, 06 Sep 2024 07:44:19 +0000",
    **{"from": "legal@namebarn.com"}, name_from="NameBarn Legal",
    subject=f"Re: [{R4}] Request for removal of illegal information",
    reply_to_req=thread(R4),
    body=f"""
Dear KCSC,

NameBarn is a registrar and does not host website content. Before we can
consider suspending any domain in {R4}, please send us either a court
order or a written determination identifying the law breached for each
domain, together with evidence captured from the live sites.

Once we receive this we will review your request again.

NameBarn Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order and evidence before acting",
    why="asks the regulator for more documents; no statement about any domain",
    items={},
)

case(
    name="hb-conditional-suspension",
    date="Tue, 10 Sep 2024 09:20:00 +0900",
    **{"from": "abuse@hanbyeolhost.co.kr"}, name_from="한별호스팅 보안팀",
    subject=f"RE: [{R6}] 불법정보 삭제 요청",
    reply_to_req=thread(R6),
    body=f"""
안녕하십니까, 한별호스팅 보안팀입니다.

{HB['casino']} 운영 고객에게 48시간 이내 자진 삭제를 요청하였으며,
기한 내 조치되지 않을 경우 호스팅 서비스를 정지할 예정입니다.
결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="hosting provider warning its customer, suspension conditional",
    why="a condition and a plan, not a statement: the site stays pending",
    items={HB["casino"]: "pending"},
)

case(
    name="kd-colleague-forward",
    date="Fri, 06 Sep 2024 09:02:33 +0900",
    **{"from": "park.mj@kcsc.example"}, name_from="Park Minji",
    subject="Fwd: KumoDrop answer on the file links",
    body=f"""
FYI, this came to my own address, please record it.

---------- Forwarded message ---------
From: KumoDrop Abuse <abuse@kumodrop.io>
Date: Thu, 5 Sep 2024 at 18:11
Subject: Re: [{R1}] Request for removal of illegal information
To: <park.mj@kcsc.example>

Hello,

{KD['Xs1qJ4gU']} - deleted
{KD['Vk7oC9mE']} - deleted

KumoDrop Abuse Team
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding a platform answer received at a personal address (Gmail forward)",
    why="a forwarded platform statement is not the platform's own authenticated mail",
    items={KD["Xs1qJ4gU"]: "pending", KD["Vk7oC9mE"]: "pending"},
)

# ================================================================ ignored
case(
    name="kd-ticket-receipt",
    date="Mon, 02 Sep 2024 10:31:12 +0900",
    **{"from": "noreply@trust.kumodrop.io"}, name_from="KumoDrop Support",
    subject=f"[KD-88213] We received your report: [{R1}] Request for removal",
    reply_to_req=thread(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for getting in touch. Your report has been received and ticket
KD-88213 has been created. Our Trust & Safety team usually replies within
72 hours.

Please keep the ticket number in the subject line of any follow-up.

This is an automated message. https://kumodrop.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (Zendesk/Freshdesk-style)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="pb-out-of-office-korean",
    date="Tue, 03 Sep 2024 14:00:40 +0900",
    **{"from": "legal@pinecone-bbs.net"}, name_from="한지후",
    subject=f"[자동응답] Re: [{R2}] 불법정보 삭제 요청",
    reply_to_req=thread(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지후입니다.
9월 2일부터 9월 6일까지 휴가로 부재중입니다.
급한 게시물 신고는 admin@pinecone-bbs.net 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

case(
    name="nb-dsn-bounce",
    date="Thu, 05 Sep 2024 02:00:21 +0000",
    **{"from": "MAILER-DAEMON@mx1.namebarn.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nb-dsn-7781"
Auto-Submitted: auto-replied

--nb-dsn-7781
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namebarn.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<compliance@namebarn.com>: unknown user: "compliance"

--nb-dsn-7781
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namebarn.com
Arrival-Date: Thu,  5 Sep 2024 02:00:20 +0000 (UTC)

Final-Recipient: rfc822; compliance@namebarn.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "compliance"

--nb-dsn-7781
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: compliance@namebarn.com
Subject: [{R4}] Request for removal of illegal information
Message-ID: <{msgid(R4)}>
Date: Thu, 05 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please suspend the following domains:
1. {NB['ace88']}
2. {NB['ace89']}
3. {NB['kbank']}
4. {NB['pharm']}

--nb-dsn-7781--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the request attached",
    why="bounce of our own request; the URLs are in the returned message",
    items={},
)

case(
    name="gz-mdn-read-receipt",
    date="Fri, 06 Sep 2024 18:22:00 +0900",
    **{"from": "owner@ggulzzal.kr"}, name_from="꿀짤보드",
    subject=f"읽음 확인: [{R5}] 불법정보 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="gz-mdn-0906"

--gz-mdn-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 2024-09-06 오후 6:22에 읽었습니다.

--gz-mdn-0906
Content-Type: message/disposition-notification

Reporting-UA: ggulzzal.kr; Webmail 3.2
Final-Recipient: rfc822; owner@ggulzzal.kr
Original-Message-ID: <{msgid(R5)}>
Disposition: manual-action/MDN-sent-manually; displayed

--gz-mdn-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, Korean text part)",
    why="read receipt",
    items={},
)

case(
    name="tc-autoreply-use-the-form",
    date="Wed, 04 Sep 2024 00:15:02 +0000",
    **{"from": "no-reply@tesselcdn.net"}, name_from="Tessel CDN",
    subject=f"Automatic reply: [{R3}] Request for removal of illegal information",
    reply_to_req=thread(R3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox is not monitored for abuse reports.

Tessel CDN handles abuse complaints only through our online form at
https://tesselcdn.net/abuse/report so that they reach the right team.
Law enforcement and government agencies may use
https://tesselcdn.net/abuse/authorities.

This is an automated reply.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-reply pointing to its abuse web form",
    why="auto-reply; the form links are not items",
    items={},
)

case(
    name="hb-ticket-receipt-korean",
    date="Mon, 09 Sep 2024 10:01:30 +0900",
    **{"from": "helpdesk@hanbyeolhost.co.kr"}, name_from="한별호스팅 고객센터",
    subject=f"[한별호스팅] 문의가 접수되었습니다 (접수번호 #20240909-0412)",
    reply_to_req=thread(R6),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호 : #20240909-0412
 - 접수일시 : 2024-09-09 10:01
 - 분류 : 불법/유해 콘텐츠 신고

담당 부서에서 확인 후 영업일 기준 2일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean hosting helpdesk ticket receipt (접수 완료)",
    why="pure receipt with a ticket number",
    items={},
)


HEADER = f"""# Blind set 121 (hosts, CDN, registrar, forum, image board, file host, paste
# service; informal answers, CSV attachments, plain-text tables).
# Generated by make.py: do not edit by hand. Expected results written from each
# email's meaning before the reader was run.
"""


def encode_headers():
    """RFC 2047 display names (as real mailers send them); Korean subjects
    encoded too, except the image board's webmail, which sends raw UTF-8."""
    for c in CASES:
        nf = c.get("name_from", "")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
        if not c["subject"].isascii() and not c["name"].startswith("gz-"):
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    encode_headers()
    casesdir = os.path.join(HERE, "cases")
    if os.path.isdir(casesdir):
        for f in os.listdir(casesdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(casesdir, f))
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
