#!/usr/bin/env python3
"""Blind set 109: hosting providers, a CDN, a registrar, a Korean forum,
an image board, a file host and a one-person community site answering
informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind109/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was ever run on them.
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def hdr(s):
    """RFC 2047-encode a header value that is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


JU = quote("주식")
CO = quote("코인")

# --- requests ------------------------------------------------------------
G = {
    1: "https://gall.gallnet.example/board/view?id=stockmarket&no=48213",
    2: "https://gall.gallnet.example/board/view?id=stockmarket&no=48377",
    3: "https://gall.gallnet.example/board/view?id=coin&no=120954",
    4: "https://gall.gallnet.example/board/view?id=coin&no=121002",
    5: "https://gall.gallnet.example/mini/board/view?id=toto7&no=88",
    6: "https://gall.gallnet.example/mini/board/view?id=toto7&no=91",
    7: "https://gall.gallnet.example/board/view?id=health&no=7730",
    8: "https://gall.gallnet.example/board/view?id=health&no=7741",
    9: f"https://gallnet.example/m/{JU}/50112",
    10: f"https://gallnet.example/m/{JU}/50118",
    11: "https://gall.gallnet.example/board/view?id=car&no=30021",
    12: "https://gall.gallnet.example/board/view?id=car&no=30045",
    13: "https://img.gallnet.example/viewimage?no=3f8a21c9d0",
    14: f"https://gallnet.example/m/{CO}/99231",
}
# the same Korean paths as a person types them
G9_RAW = "https://gallnet.example/m/주식/50112"
G10_RAW = "https://gallnet.example/m/주식/50118"
G14_RAW = "https://gallnet.example/m/코인/99231"

H = {
    1: "http://sunrise-toto77.example/",
    2: "https://pharm-quickship.example/products/zolp",
    3: "https://pharm-quickship.example/products/diet-k",
    4: "https://hn-user4471.hostnest.example/~leaks/index.html",
}
V = {
    1: "https://mirror-webtoon9.example/ep/1203",
    2: "https://mirror-webtoon9.example/ep/1204",
    3: "https://slotpalace-kr.example/",
}
N = {
    1: "http://casino-bonanza-kr.example/",
    2: "http://fakeid-maker.example/order",
}
P = {
    1: "https://pixchan.example/b/res/88123.html",
    2: "https://pixchan.example/b/res/88410.html",
    3: "https://i.pixchan.example/b/1725012345678.jpg",
    4: "https://pixchan.example/k/res/5521.html",
    5: "https://i.pixchan.example/k/1725230011223.png",
}
B = {
    1: "https://boxdrop.example/f/Ab3xQ9",
    2: "https://boxdrop.example/f/Zk81Lm",
    3: "https://boxdrop.example/f/Qq7Tn2",
    4: "https://boxdrop.example/folder/8HkV2p",
}
D = {1: "https://dongnemadang.example/board/free/2291"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "gallnet", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     G, "gambling", "forum posts, 14 items"),
    ("KCSC-240903-02", "hostnest", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     H, "drugs", "customer sites on a hosting provider"),
    ("KCSC-240904-03", "veilcdn", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     V, "copyright", "sites behind a CDN"),
    ("KCSC-240905-04", "namebay", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     N, "gambling", "domains at a registrar"),
    ("KCSC-240906-05", "pixchan", "2024-09-06T15:10:00+09:00", "2024-09-13T18:00:00+09:00",
     P, "obscenity", "image board threads and files"),
    ("KCSC-240909-06", "boxdrop", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00",
     B, "copyright", "file host links"),
    ("KCSC-240910-07", "dongne", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     D, "defamation", "one post on a small community site"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            lines.append(",".join([ref, plat, sent, due, urls[k], cat,
                                   f"req.{ref}@kcsc.example", note.replace(",", ";")]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request_ko(ref, urls):
    out = ["> 안녕하십니까. 방송통신심의위원회 불법정보 대응팀입니다.",
           f"> 아래 게시물({len(urls)}건)에 대하여 삭제 등 필요한 조치를 요청드립니다. ({ref})",
           ">"]
    for i, k in enumerate(sorted(urls), 1):
        out.append(f"> {i}. {urls[k]}")
    out += [">", "> 조치 결과를 기한 내에 회신하여 주시기 바랍니다."]
    return "\n".join(out)


def request_en(ref, urls, prefix="> "):
    out = [f"{prefix}Dear Sir or Madam,", prefix.rstrip(),
           f"{prefix}The Korea Communications Standards Commission asks you to remove or",
           f"{prefix}disable access to the following content ({ref}):", prefix.rstrip()]
    for k in sorted(urls):
        out.append(f"{prefix}  {urls[k]}")
    out += [prefix.rstrip(), f"{prefix}Please reply with the action taken for each URL.",
            prefix.rstrip(), f"{prefix}KCSC Takedown"]
    return "\n".join(out)


GALL = hdr("갤넷 운영지원팀")
CASES = []


def case(**kw):
    CASES.append(kw)


# =========================================================================
# gallnet (KCSC-240902-01, 14 items)
# =========================================================================
rows = [
    (1, "삭제", "2024-09-04 10:12"),
    (2, "삭제", "2024-09-04 10:12"),
    (3, "블라인드", "2024-09-04 10:15"),
    (4, "게시물 없음 (작성자 삭제)", "-"),
    (5, "게시중단", "2024-09-04 10:20"),
    (6, "삭제", "2024-09-04 10:21"),
    (7, "유지 (운영정책 위반 아님)", "2024-09-04 10:30"),
    (8, "임시조치 (30일)", "2024-09-04 10:31"),
]
trs = "\n".join(
    f'<tr><td align="center">{i}</td><td><a href="{G[k].replace("&", "&amp;")}">{G[k].replace("&", "&amp;")}</a></td>'
    f"<td>{res}</td><td>{when}</td></tr>"
    for i, (k, res, when) in enumerate(rows, 1)
)
case(
    name="gallnet-html-table-results",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Wed, 04 Sep 2024 11:02:40 +0900",
    subject=hdr("[갤넷] 시정요구 조치결과 회신 (KCSC-240902-01)"),
    reply_to_req="req.KCSC-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까. 갤넷 운영지원팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eef2f7"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
{trs}
</table>
<p>나머지 6건은 확인 중이며, 처리 후 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>갤넷 운영지원팀 드림<br>
<a href="https://www.gallnet.example/policy/operation">운영정책</a> | <a href="https://www.gallnet.example/help/report">신고센터</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 with an HTML result table",
    why="HTML table, one row per post: 삭제/게시중단/블라인드 removed, author-deleted not_found, kept (no breach) rejected, 임시조치 restricted",
    items={G[1]: "removed", G[2]: "removed", G[3]: "removed", G[4]: "not_found",
           G[5]: "removed", G[6]: "removed", G[7]: "rejected", G[8]: "restricted"},
)

csv_text = "\ufeff번호,게시물 URL,갤러리,처리결과,처리일시\r\n" + "".join(
    f"{i},{u},{g},{r},{t}\r\n" for i, (u, g, r, t) in enumerate([
        (G9_RAW, "주식", "삭제", "2024-09-05 15:40"),
        (G10_RAW, "주식", "삭제", "2024-09-05 15:41"),
        (G[11], "자동차", "블라인드", "2024-09-05 15:44"),
        (G[12], "자동차", "게시물 없음", "-"),
        (G[13], "이미지", "삭제", "2024-09-05 15:50"),
        (G14_RAW, "코인", "임시조치", "2024-09-05 15:52"),
    ], 9)
)
case(
    name="gallnet-csv-attachment-base64",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    subject=hdr("RE: [KCSC-240902-01] 불법정보 시정요구 2차 처리결과"),
    reply_to_req="req.KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_GN_5f2a91"

------=_GN_5f2a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 갤넷 운영지원팀입니다.

요청번호 KCSC-240902-01 중 남은 6건의 처리결과를 첨부 파일(CSV)로 보내드립니다.
각 게시물의 처리결과 항목을 확인해 주시기 바랍니다.

감사합니다.
''')}

------=_GN_5f2a91
Content-Type: text/csv; charset=utf-8; name="gallnet_result_20240905.csv"
Content-Disposition: attachment; filename="gallnet_result_20240905.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}

------=_GN_5f2a91--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as an Excel-made CSV attachment (UTF-8 BOM, base64)",
    why="CSV rows: 삭제/블라인드 removed, 게시물 없음 not_found, 임시조치 restricted; Korean paths written raw in the sheet",
    items={G[9]: "removed", G[10]: "removed", G[11]: "removed", G[12]: "not_found",
           G[13]: "removed", G[14]: "restricted"},
)

case(
    name="gallnet-plain-text-table",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Tue, 03 Sep 2024 18:05:00 +0900",
    subject="Re: [KCSC-240902-01]",
    reply_to_req="req.KCSC-240902-01",
    body=f"""갤넷 운영지원팀입니다. 오늘까지 처리된 건 먼저 공유드립니다.

No  게시물                                                            결과
--  ----------------------------------------------------------------  ---------------
1   {G[1]}   삭제
2   {G[2]}   삭제
3   {G[3]}         유지(위반 아님)
4   {G[4]}         게시물 없음

나머지는 갤러리 운영자 확인 후 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table pasted by a portal operator",
    why="fixed-width table: two 삭제 removed, 유지(위반 아님) rejected, 게시물 없음 not_found",
    items={G[1]: "removed", G[2]: "removed", G[3]: "rejected", G[4]: "not_found"},
)

case(
    name="gallnet-operator-korean-particles",
    **{"from": "ops.kim@gallnet.example"}, name_from=hdr("김태오"),
    date="Fri, 06 Sep 2024 09:31:22 +0900",
    subject=hdr("자동차 갤러리 요청건"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""요청하신 자동차 갤러리 두 건 확인했습니다.
{G[11]} 글은 삭제했고
{G[12]}은 작성자가 이미 지운 글이라 남아 있지 않습니다.

김태오 / 갤넷 커뮤니티운영
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a forum operator, URL followed directly by a Korean particle",
    why="30021 deleted by the operator (removed); 30045 already deleted by its author (not_found)",
    items={G[11]: "removed", G[12]: "not_found"},
)

case(
    name="gallnet-top-posted-over-korean-quote",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Tue, 03 Sep 2024 10:44:09 +0900",
    subject=hdr("Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240902-01)"),
    reply_to_req="req.KCSC-240902-01",
    body=f"""안녕하세요, 갤넷 운영지원팀입니다.

건강 갤러리 두 건은 확인 후 아래와 같이 조치했습니다.
- {G[7]} : 삭제
- {G[8]} : 블라인드 처리

나머지 게시물은 갤러리별로 확인 중이며 처리되는 대로 다시 회신드리겠습니다.

감사합니다.
갤넷 운영지원팀 드림

2024년 9월 2일 (월) 오후 2:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted_request_ko("KCSC-240902-01", G)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the regulator's quoted request",
    why="two items acted on above the quote (삭제 and 블라인드 both removed); the 14 quoted URLs are not statements",
    items={G[7]: "removed", G[8]: "removed"},
)

case(
    name="gallnet-fullwidth-brackets-raw-korean",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Thu, 05 Sep 2024 09:15:37 +0900",
    subject=hdr("[갤넷] 게시물 조치 결과 안내"),
    body=f"""[갤넷] 게시물 조치 결과 안내

요청번호 : KCSC-240902-01

주식·코인 갤러리 게시물에 대해 아래와 같이 조치하였습니다.

1) {G9_RAW}（삭제）
2) {G10_RAW}（삭제）
3) {G14_RAW}（임시조치 30일）

임시조치된 게시물은 30일 동안 열람이 제한되며, 게시자의 이의제기가 없으면 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal notice with results in full-width brackets after raw Korean URLs",
    why="two posts 삭제 (removed), one 임시조치 (restricted); the follow-up about later deletion is a condition, not a statement",
    items={G[9]: "removed", G[10]: "removed", G[14]: "restricted"},
)

case(
    name="gallnet-kept-and-missing-prose",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Mon, 09 Sep 2024 14:27:50 +0900",
    subject=hdr("KCSC-240902-01 추가 검토 결과"),
    body=f"""안녕하세요. KCSC-240902-01 관련하여 추가 검토 결과를 알려드립니다.

{G[3]}
해당 게시물은 개인 투자 의견을 적은 글로, 검토 결과 불법정보나 운영정책 위반에 해당하지 않아 게시를 유지합니다.

{G[4]}
해당 주소의 게시물은 존재하지 않습니다. 요청 접수 전에 작성자가 직접 삭제한 글입니다.

이견이 있으시면 회신 주십시오.
갤넷 운영지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply explaining a refusal and an author-deleted post, URL above its paragraph",
    why="120954 kept because it breaks no rule (rejected); 121002 does not exist, author deleted it (not_found)",
    items={G[3]: "rejected", G[4]: "not_found"},
)

case(
    name="gallnet-wrapped-angle-urls",
    **{"from": "ops.kim@gallnet.example"}, name_from=hdr("김태오"),
    date="Wed, 04 Sep 2024 17:52:03 +0900",
    subject=hdr("Re: [KCSC-240902-01] 미니갤러리 게시물"),
    reply_to_req="req.KCSC-240902-01",
    body="""미니갤러리 toto7 게시물 두 건은 운영자 권한으로 삭제했습니다.

<https://gall.gallnet.example/mini/board/view?id=toto7&no=88>
<https://gall.gallnet.example/mini/board/view?id=toto7
&no=91>

미니갤 매니저에게는 경고 조치했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply with URLs in angle brackets, one wrapped inside its brackets",
    why="both mini-gallery posts deleted by the operator; the second URL is wrapped inside its angle brackets",
    items={G[5]: "removed", G[6]: "removed"},
)

case(
    name="gallnet-all-deleted-bulk",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Tue, 10 Sep 2024 11:03:18 +0900",
    subject=hdr("RE: [KCSC-240902-01] 시정요구"),
    reply_to_req="req.KCSC-240902-01",
    body="""안녕하세요. 갤넷 운영지원팀입니다.

요청하신 게시물 14건은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-sentence Korean 'all done' reply from a portal",
    why="one statement about all 14 posts without naming any: bulk for a 14-item request",
    items={G[k]: "pending" for k in sorted(G)},
)

case(
    name="gallnet-asks-for-documents",
    **{"from": "report@gallnet.example"}, name_from=GALL,
    date="Tue, 03 Sep 2024 09:12:44 +0900",
    subject=hdr("[KCSC-240902-01] 추가 자료 요청"),
    reply_to_req="req.KCSC-240902-01",
    body="""안녕하세요, 갤넷 운영지원팀입니다.

KCSC-240902-01 요청과 관련하여 내부 검토를 위해 아래 자료를 추가로 보내주실 수 있을까요?

 1. 각 게시물이 해당하는 법령 조항
 2. 심의 의결서 사본

자료를 받는 대로 검토하여 회신드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean portal asking the regulator for the legal basis before acting",
    why="the platform asks for supporting documents; nothing is stated about any post",
    items={},
)

case(
    name="gallnet-mini-manager-personal-mail",
    **{"from": "toto7mgr@mailbox.example"}, name_from=hdr("toto7 매니저"),
    date="Wed, 04 Sep 2024 13:40:27 +0900",
    subject=hdr("갤넷 요청건 관련 (KCSC-240902-01)"),
    body=f"""안녕하세요 toto7 미니갤러리 매니저입니다.
갤넷 운영팀에서 전달받은 요청 건 중 저희 미니갤 글 두 개 지웠습니다.

{G[5]}
{G[6]}

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer board manager answering from a personal mailbox",
    why="statements about two requested posts from a domain that is no platform's",
    items={G[5]: "pending", G[6]: "pending"},
)

case(
    name="gallnet-holiday-auto-reply",
    **{"from": "help@gallnet.example"}, name_from=hdr("갤넷 고객센터"),
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject=hdr("[자동응답] 갤넷 고객센터 추석 연휴 휴무 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""본 메일은 자동으로 발송되었습니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 고객센터 업무를 쉽니다.
연휴 중 접수된 문의와 신고는 9월 19일부터 접수 순서대로 처리됩니다.

갤넷 고객센터
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean customer-centre holiday auto-reply",
    why="auto-reply with Auto-Submitted, says nothing about any item",
    items={},
)

# =========================================================================
# hostnest (KCSC-240903-02, 4 items)
# =========================================================================
HN = "HostNest Abuse Desk"
case(
    name="hostnest-abuse-desk-prose",
    **{"from": "abuse@hostnest.example"}, name_from=HN,
    date="Thu, 05 Sep 2024 10:18:45 +0900",
    subject="[HN-ABUSE #558812] Your report KCSC-240903-02",
    body=f"""Hello,

Thank you for your report. Our findings so far:

sunrise-toto77.example ({H[1]}) is hosted on one of our shared
servers. The customer did not answer our notice within the 24-hour window,
so we suspended the hosting account this morning. The site now shows our
suspension page instead of its content.

The two product pages on pharm-quickship.example were deleted by the
customer after our notice:
{H[2]}
{H[3]}
We checked both and they return 404.

We are still waiting for the owner of hn-user4471.hostnest.example to
respond and will update this ticket when we hear back.

Regards,
Jae-won Lee
HostNest Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk reply after notifying its customer",
    why="account suspended, site offline (removed); two pages deleted by the customer (removed); the fourth still awaited",
    items={H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "pending"},
)

case(
    name="hostnest-one-liner-terminated",
    **{"from": "jh.kim@hostnest.example"}, name_from="JH Kim",
    date="Fri, 06 Sep 2024 22:47:10 +0900",
    subject="Re: [HN-ABUSE #558812] Your report KCSC-240903-02",
    body=f"""{H[4]} is gone, we terminated that account.

--
JH / HostNest abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from an abuse-desk engineer",
    why="the page is gone and its account terminated: removed",
    items={H[4]: "removed"},
)

case(
    name="hostnest-ticket-closed-mixed",
    **{"from": "abuse@hostnest.example"}, name_from=HN,
    date="Mon, 09 Sep 2024 15:02:33 +0900",
    subject="[HN-ABUSE #558812] Status update: Closed",
    body=f"""Ticket: HN-ABUSE #558812
Status: Closed
Your reference: KCSC-240903-02

Outcome by URL
--------------
URL: {H[1]}
Action: hosting account suspended, site offline

URL: {H[2]}
Action: none - no such page on the server (404), there is no file by that
name in the customer's web root

URL: {H[3]}
Action: none - the page lists an over-the-counter dietary supplement. We
found no breach of our Acceptable Use Policy and have left it online.

If you disagree with an outcome, reply to this ticket.
Acceptable Use Policy: https://www.hostnest.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system closing notice listing an action per URL",
    why="suspended and offline (removed); page does not exist (not_found); left online, no breach (rejected)",
    items={H[1]: "removed", H[2]: "not_found", H[3]: "rejected"},
)

hn_html = f"""<html><body>
<p>안녕하세요. 호스트네스트 어뷰즈 대응팀입니다.</p>
<p>접수번호 HN-ABUSE #558812 (귀 위원회 요청번호 KCSC-240903-02) 처리 결과입니다.</p>
<table border="1" cellpadding="5">
<tr><th>URL</th><th>조치</th></tr>
<tr><td>{H[1]}</td><td>호스팅 서비스 정지 (사이트 접속 불가)</td></tr>
<tr><td>{H[4]}</td><td>계정 해지 및 파일 삭제</td></tr>
</table>
<p>호스트네스트 어뷰즈 대응팀 드림</p>
</body></html>"""
case(
    name="hostnest-qp-html-korean-table",
    **{"from": "abuse@hostnest.example"}, name_from=hdr("호스트네스트 어뷰즈팀"),
    date="Sat, 07 Sep 2024 11:30:00 +0900",
    subject=hdr("[HN-ABUSE #558812] 처리 결과 안내"),
    reply_to_req="req.KCSC-240903-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(hn_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's quoted-printable HTML result notice",
    why="hosting suspended, site unreachable (removed); account closed and files deleted (removed)",
    items={H[1]: "removed", H[4]: "removed"},
)

case(
    name="hostnest-done-over-gmail-quote",
    **{"from": "abuse@hostnest.example"}, name_from="Jae-won Lee",
    date="Wed, 04 Sep 2024 19:26:51 +0900",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req.KCSC-240903-02",
    body=f"""Done - the customer deleted both pages after our warning:
{H[2]}
{H[3]}

Both return 404 now. The other two sites are still with the customer team.

Jae-won, HostNest Abuse

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_en("KCSC-240903-02", H)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk top-posted reply over a Gmail-quoted request",
    why="two pages deleted (removed); the two quoted sites are not spoken about beyond 'still with the customer team'",
    items={H[2]: "removed", H[3]: "removed"},
)

case(
    name="hostnest-will-suspend-if",
    **{"from": "abuse@hostnest.example"}, name_from=HN,
    date="Tue, 03 Sep 2024 13:08:19 +0900",
    subject="[HN-ABUSE #558812] Your report KCSC-240903-02",
    body=f"""Hi,

We have forwarded your complaint to the customer who owns
sunrise-toto77.example and given them 24 hours to respond. If the
content is still online after that, we will suspend the account.

{H[1]}

We'll let you know the outcome.

HostNest Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'customer notified, will suspend if' reply",
    why="a conditional promise about a requested URL, no statement of what happened",
    items={H[1]: "pending"},
)

case(
    name="hostnest-ticket-received",
    **{"from": "support@hostnest.example"}, name_from="HostNest Support",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="[HN-ABUSE #558812] Ticket received: KCSC-240903-02",
    body=f"""This is an automated message.

We have received your abuse report and opened ticket HN-ABUSE #558812.

Reported locations:
  {H[1]}
  {H[2]}
  {H[3]}
  {H[4]}

Our abuse team reviews new reports within one business day. Please keep
the ticket number in the subject line when you reply.

HostNest Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt echoing the reported URLs",
    why="pure receipt: ticket opened, the URLs are only echoed",
    items={},
)

case(
    name="hostnest-about-cdn-items",
    **{"from": "abuse@hostnest.example"}, name_from=HN,
    date="Sat, 07 Sep 2024 09:55:12 +0900",
    subject="mirror-webtoon9.example (VeilCDN report VC-7F3A-22019)",
    body=f"""Hello,

VeilCDN forwarded us your complaint about mirror-webtoon9.example, whose
origin server is on our network. We have disabled the customer's site and
the two pages below are no longer served from our server:

{V[1]}
{V[2]}

HostNest Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint a CDN forwarded to it",
    why="HostNest states removals of items requested from VeilCDN: not that items' platform",
    items={V[1]: "pending", V[2]: "pending"},
)

# =========================================================================
# veilcdn (KCSC-240904-03, 3 items)
# =========================================================================
VC = "VeilCDN Trust & Safety"
case(
    name="veilcdn-geo-restricted-kr",
    **{"from": "abuse@veilcdn.example"}, name_from=VC,
    date="Fri, 06 Sep 2024 03:14:27 +0000",
    subject="[VC-7F3A-22019] Abuse report KCSC-240904-03",
    body=f"""Hello,

VeilCDN provides caching and proxy services and does not host the origin
content of mirror-webtoon9.example. Your notice has been passed to the
hosting provider and to the site operator.

In addition, after reviewing the notice against the law you cited, we have
restricted delivery of the following URLs to visitors in the Republic of
Korea. They remain reachable from other countries.

  {V[1]}
  {V[2]}

Report ID: VC-7F3A-22019
VeilCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply: not the host, but geo-blocked in the requesting country",
    why="both URLs restricted for visitors in Korea: restricted",
    items={V[1]: "restricted", V[2]: "restricted"},
)

case(
    name="veilcdn-blocked-everywhere",
    **{"from": "abuse@veilcdn.example"}, name_from=VC,
    date="Mon, 09 Sep 2024 07:40:02 +0000",
    subject="[VC-7F3A-22044] Action taken (KCSC-240904-03)",
    body=f"""Report ID: VC-7F3A-22044
Your reference: KCSC-240904-03

We reviewed slotpalace-kr.example against our Terms of Service.

Action taken:
 * {V[3]} - service terminated; the hostname is blocked on our
   network in all locations and returns error 451.

VeilCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN terms-of-service termination notice",
    why="hostname blocked in all locations: removed",
    items={V[3]: "removed"},
)

case(
    name="veilcdn-statement-of-reasons",
    **{"from": "dsa-notices@veilcdn.example"}, name_from=VC,
    date="Thu, 05 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons - notice KCSC-240904-03",
    body=f"""STATEMENT OF REASONS

Decision:            Restriction of access (geographic)
Territorial scope:   Republic of Korea (KR) only
Content concerned:   {V[1]}
Date of decision:    2024-09-05
Facts relied on:     notice from the Korea Communications Standards
                     Commission, reference KCSC-240904-03
Ground:              content unlawful in the territory concerned
Automated means:     none used in the decision
Redress:             the uploader may contest this decision through
                     https://www.veilcdn.example/appeals

This statement concerns only the URL listed above.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (geo-restriction)",
    why="access restricted in KR only: restricted; the appeals link is no item",
    items={V[1]: "restricted"},
)

case(
    name="veilcdn-not-the-host",
    **{"from": "abuse@veilcdn.example"}, name_from=VC,
    date="Wed, 04 Sep 2024 04:02:55 +0000",
    subject="[VC-7F3A-22019] Abuse report KCSC-240904-03",
    body=f"""Hello,

VeilCDN is a pass-through proxy and content delivery network. We do not
host the websites below and cannot remove content from servers we do not
control. We have forwarded your complaint to the hosting provider of each
site and to the site owner.

{V[1]}  -> hosting provider: Lanternhost (abuse@lanternhost.example)
{V[2]}  -> same as above
{V[3]}  -> hosting provider at 203.0.113.77 (Nordvik Cloud)

You may wish to contact these providers directly.

VeilCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, complaint forwarded' reply",
    why="names all three URLs but states no outcome for them; forwarded to hosts is no status",
    items={V[1]: "pending", V[2]: "pending", V[3]: "pending"},
)

case(
    name="veilcdn-report-receipt",
    **{"from": "no-reply@veilcdn.example"}, name_from="VeilCDN",
    date="Wed, 04 Sep 2024 02:31:07 +0000",
    subject="[VC-7F3A-22019] We received your abuse report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""This message was sent automatically.

We received your abuse report. Report ID: VC-7F3A-22019
Category: Copyright
Reported URLs:
{V[1]}
{V[2]}
{V[3]}

Reports are reviewed in the order received. Do not reply to this address.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt listing the submitted URLs",
    why="automatic receipt; the URLs are only echoed from the form",
    items={},
)

# =========================================================================
# namebay (KCSC-240905-04, 2 items)
# =========================================================================
NB = "NameBay Abuse"
case(
    name="namebay-clienthold-and-not-ours",
    **{"from": "abuse@namebay.example"}, name_from=NB,
    date="Sat, 07 Sep 2024 01:22:09 +0000",
    subject="Re: complaint KCSC-240905-04",
    reply_to_req="req.KCSC-240905-04",
    body=f"""Dear KCSC,

casino-bonanza-kr.example - we verified the complaint and placed the
domain on clientHold on 6 September. It has been taken out of the zone and
no longer resolves.
({N[1]})

fakeid-maker.example ({N[2]}) - this domain is not registered
through NameBay and we have no record of it in our system. WHOIS shows a
different sponsoring registrar, so we cannot act on it.

Kind regards,
NameBay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold, and a domain sponsored elsewhere",
    why="domain on hold, no longer resolves (removed); second domain unknown to this registrar (not_found)",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="namebay-appears-on-hold",
    **{"from": "abuse@namebay.example"}, name_from=NB,
    date="Fri, 06 Sep 2024 02:10:44 +0000",
    subject="Re: complaint KCSC-240905-04",
    reply_to_req="req.KCSC-240905-04",
    body=f"""Hello,

We looked at casino-bonanza-kr.example ({N[1]}). It appears the
registry may already have placed the domain on serverHold, since it does
not resolve from our side. We are checking with the registry and will
confirm.

NameBay Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="registrar reply hedging about a registry-level hold",
    why="'appears ... may already' is a hedge and 'will confirm' a promise: no statement",
    items={N[1]: "pending"},
)

case(
    name="namebay-read-receipt",
    **{"from": "abuse@namebay.example"}, name_from=NB,
    date="Thu, 05 Sep 2024 10:02:13 +0900",
    subject="Read: [KCSC-240905-04] Request for suspension of domains",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-7c1e4b"

--mdn-7c1e4b
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@namebay.example
  Subject: [KCSC-240905-04] Request for suspension of domains
  Sent: Thursday, September 5, 2024 9:40 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 10:02 AM (UTC+09:00) Seoul.

--mdn-7c1e4b
Content-Type: message/disposition-notification

Reporting-UA: mail.namebay.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@namebay.example
Original-Message-ID: <req.KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7c1e4b--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the domains",
    items={},
)

# =========================================================================
# pixchan (KCSC-240906-05, 5 items)
# =========================================================================
case(
    name="pixchan-janitor-one-line",
    **{"from": "mod@pixchan.example"}, name_from="pixchan mod",
    date="Sat, 07 Sep 2024 02:41:19 +0900",
    subject="Re: [KCSC-240906-05] illegal content on /b/",
    reply_to_req="req.KCSC-240906-05",
    body=f"""deleted both threads and banned the poster.
{P[1]}
{P[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's lower-case one-liner",
    why="both threads deleted: removed",
    items={P[1]: "removed", P[2]: "removed"},
)

case(
    name="pixchan-numbered-angle-brackets",
    **{"from": "mod@pixchan.example"}, name_from="pixchan mod team",
    date="Sun, 08 Sep 2024 20:03:55 +0900",
    subject="Re: [KCSC-240906-05] illegal content on /b/",
    reply_to_req="req.KCSC-240906-05",
    body=f"""Hi,

Went through the rest of your list:

1. <{P[3]}> - file deleted and its hash added to the
   ban filter.
2. <{P[4]}> - that thread no longer exists, it was
   pruned off the board before we got to it.
3. <{P[5]}> - we looked at this one and it doesn't
   break our rules, so it stays up.

- pixchan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderators' numbered reply with URLs in angle brackets",
    why="file deleted (removed); thread pruned, no longer exists (not_found); breaks no rule, stays up (rejected)",
    items={P[3]: "removed", P[4]: "not_found", P[5]: "rejected"},
)

case(
    name="pixchan-status-below-url",
    **{"from": "mod@pixchan.example"}, name_from="pixchan mod",
    date="Sat, 07 Sep 2024 23:15:40 +0900",
    subject="mod log for KCSC-240906-05",
    body=f"""mod log for your report (KCSC-240906-05):

{P[1]}
  -> removed, poster banned 30d

{P[4]}
  -> not found (thread was already archived and purged)

others still open.
""",
    outcome="applied", classification="confirmation",
    imitates="moderation-log excerpt, status on the line below each URL",
    why="removed; already purged (not_found); 'others still open' names nothing",
    items={P[1]: "removed", P[4]: "not_found"},
)

case(
    name="pixchan-echoed-report-resolved",
    **{"from": "noreply@pixchan.example"}, name_from="pixchan",
    date="Sat, 07 Sep 2024 08:30:12 +0900",
    subject="Your report on /b/ has been resolved",
    body=f"""Your report has been resolved.

----- Report -----
Board: /b/
Post: {P[3]}
Reason given: Illegal content (KR law) - KCSC-240906-05
Submitted: 2024-09-06 06:12 UTC
------------------

Moderator action: post and file deleted.

Thanks for helping keep pixchan clean.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome email echoing the submitted report",
    why="the echoed report names one file; the moderator action deleted it: removed",
    items={P[3]: "removed"},
)

case(
    name="pixchan-flagged-for-mods",
    **{"from": "rin@pixchan.example"}, name_from="Rin",
    date="Sat, 07 Sep 2024 01:05:31 +0900",
    subject="Re: [KCSC-240906-05] illegal content on /b/",
    reply_to_req="req.KCSC-240906-05",
    body=f"""thanks, flagged {P[5]} for the /k/ mods. they'll look at it when they're on.

rin
""",
    outcome="review", review="not_understood",
    imitates="image-board admin passing a report on to board moderators",
    why="flagged for moderators and a promise to look: no statement, the file stays pending",
    items={P[5]: "pending"},
)

case(
    name="pixchan-auth-fail",
    **{"from": "mod@pixchan.example"}, name_from="pixchan mod", auth="fail",
    date="Sun, 08 Sep 2024 04:12:00 +0900",
    subject="Re: [KCSC-240906-05] illegal content on /b/",
    body=f"""both removed.
{P[1]}
{P[2]}
""",
    outcome="review", review="untrusted",
    imitates="moderator one-liner whose DKIM/SPF/DMARC failed",
    why="statements from the platform's domain, but authentication failed",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="pixchan-out-of-office",
    **{"from": "rin@pixchan.example"}, name_from="Rin",
    date="Fri, 06 Sep 2024 15:10:58 +0900",
    subject="Out of office: [KCSC-240906-05] illegal content on /b/",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""I'm travelling until 15 September with limited access to email.

For reports about posts or files, please write to mod@pixchan.example,
the moderators read it every day.

rin
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from an image-board admin",
    why="out-of-office reply, nothing about the items",
    items={},
)

# =========================================================================
# boxdrop (KCSC-240909-06, 4 items)
# =========================================================================
BD = "BoxDrop Legal"
case(
    name="boxdrop-disabled-and-invalid",
    **{"from": "legal@boxdrop.example"}, name_from=BD,
    date="Wed, 11 Sep 2024 02:30:19 +0000",
    subject="BD-LGL-240909-0042 - notice processed",
    body=f"""Dear Sir or Madam,

We have processed your notice (our reference BD-LGL-240909-0042, your
reference KCSC-240909-06).

The following files have been disabled and can no longer be downloaded:
{B[1]}
{B[2]}

The following link is invalid: no file with this ID exists on BoxDrop.
{B[3]}

The uploader has been informed and may send a counter-notice.

BoxDrop Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host's DMCA-style processing notice with grouped lists",
    why="two files disabled (removed); one ID does not exist (not_found); counter-notice sentence is no statement",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found"},
)

bd_csv = (
    "link,type,status,detail,processed_at_utc\r\n"
    f"{B[1]},file,REMOVED,disabled for all users,2024-09-11 02:14\r\n"
    f"{B[2]},file,REMOVED,disabled for all users,2024-09-11 02:14\r\n"
    f"{B[3]},file,NOT_FOUND,no file with this ID,2024-09-11 02:15\r\n"
    f"{B[4]},folder,GEO_BLOCKED,unavailable in KR only,2024-09-11 02:20\r\n"
)
case(
    name="boxdrop-csv-outcome-sheet",
    **{"from": "legal@boxdrop.example"}, name_from=BD,
    date="Wed, 11 Sep 2024 03:01:44 +0000",
    subject="Outcome of notice KCSC-240909-06",
    reply_to_req="req.KCSC-240909-06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="bd-mixed-0042"

--bd-mixed-0042
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body><p>Hello,</p>
<p>Please find the outcome of your notice KCSC-240909-06 in the attached sheet,
one row per link.</p>
<p>BoxDrop Legal<br><a href="https://boxdrop.example/legal/notices">Notice policy</a></p>
</body></html>

--bd-mixed-0042
Content-Type: text/csv; name="BD-LGL-240909-0042.csv"
Content-Disposition: attachment; filename="BD-LGL-240909-0042.csv"
Content-Transfer-Encoding: 7bit

{bd_csv}
--bd-mixed-0042--
""",
    outcome="applied", classification="confirmation",
    imitates="file host sending its outcome as a CSV attachment",
    why="CSV rows: REMOVED x2 (removed), NOT_FOUND (not_found), GEO_BLOCKED in KR (restricted)",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found", B[4]: "restricted"},
)

case(
    name="boxdrop-folder-over-outlook-quote",
    **{"from": "d.ortiz@boxdrop.example"}, name_from="Daniel Ortiz",
    date="Thu, 12 Sep 2024 17:44:03 +0000",
    subject="RE: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req="req.KCSC-240909-06",
    body=f"""Hi,

We have removed the following folder together with all files inside it:

{B[4]}

Best,
Daniel Ortiz
BoxDrop Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 1:20 AM
To: legal@boxdrop.example
Subject: [KCSC-240909-06] Request for removal of illegal content

{request_en("KCSC-240909-06", B, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply, URL on the line below its statement, request quoted without '>'",
    why="the folder is removed; the other three URLs appear only in the quoted request",
    items={B[4]: "removed"},
)

case(
    name="boxdrop-all-removed-bulk",
    **{"from": "legal@boxdrop.example"}, name_from=BD,
    date="Fri, 13 Sep 2024 08:12:37 +0000",
    subject="Re: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req="req.KCSC-240909-06",
    body="""Hello,

All files listed in your notice KCSC-240909-06 have been removed from
BoxDrop.

BoxDrop Legal
""",
    outcome="review", review="bulk",
    imitates="file host's one-sentence 'all removed' reply",
    why="one statement for a four-item request, naming no link: bulk",
    items={B[k]: "pending" for k in sorted(B)},
)

case(
    name="boxdrop-notice-received",
    **{"from": "legal@boxdrop.example"}, name_from=BD,
    date="Mon, 09 Sep 2024 01:21:05 +0000",
    subject="We received your notice (BD-LGL-240909-0042)",
    body="""Thank you. We have received your legal notice.

Our reference: BD-LGL-240909-0042
Your reference: KCSC-240909-06

Notices are handled in the order they arrive. You will receive a further
email once our team has reviewed it.

BoxDrop Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="file host's automatic notice receipt",
    why="pure receipt with reference numbers, no statement about any link",
    items={},
)

case(
    name="boxdrop-contact-change",
    **{"from": "noreply@boxdrop.example"}, name_from="BoxDrop",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    subject="Changes to how BoxDrop receives legal notices",
    body="""Hello,

From 1 October 2024, BoxDrop will accept legal and copyright notices only
through the web form at https://boxdrop.example/legal/notice-form. Emails
sent to legal@boxdrop.example after that date will receive an automatic
pointer to the form.

Notices already received are not affected.

BoxDrop Legal
""",
    outcome="review", review="no_claims",
    imitates="service announcement sent to everyone who has filed notices",
    why="trusted BoxDrop email naming no item and no request",
    items={},
)

# =========================================================================
# dongne (KCSC-240910-07, 1 item)
# =========================================================================
DN = hdr("동네마당 관리자")
case(
    name="dongne-admin-one-liner",
    **{"from": "admin@dongnemadang.example"}, name_from=DN,
    date="Wed, 11 Sep 2024 08:02:14 +0900",
    subject=hdr("Re: [KCSC-240910-07] 불법정보 삭제 요청"),
    body=f"""네 지웠어요 {D[1]}

iPhone에서 보냄
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a one-person community site's admin, sent from a phone",
    why="'deleted it' with the URL: removed",
    items={D[1]: "removed"},
)

case(
    name="dongne-sole-statement-no-url",
    **{"from": "admin@dongnemadang.example"}, name_from=DN,
    date="Wed, 11 Sep 2024 10:37:52 +0900",
    subject=hdr("Re: [KCSC-240910-07] 불법정보 삭제 요청"),
    reply_to_req="req.KCSC-240910-07",
    body="""안녕하세요, 동네마당 운영자입니다.

말씀하신 게시글은 오늘 오전에 삭제 처리했습니다.
앞으로 비슷한 글이 올라오지 않게 더 주의하겠습니다.

동네마당 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small community site owner's reply to a one-item request",
    why="the only statement, unhedged, answering a one-item request: removed",
    items={D[1]: "removed"},
)

case(
    name="dongne-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Tue, 10 Sep 2024 16:00:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="8A1C23E4F0.1725951631/mx.kcsc.example"

--8A1C23E4F0.1725951631/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<webmaster@dongnemadang.example>: host mail.dongnemadang.example[203.0.113.58]
    said: 550 5.1.1 <webmaster@dongnemadang.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--8A1C23E4F0.1725951631/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 8A1C23E4F0
Arrival-Date: Tue, 10 Sep 2024 16:00:29 +0900 (KST)

Final-Recipient: rfc822; webmaster@dongnemadang.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.dongnemadang.example
Diagnostic-Code: smtp; 550 5.1.1 <webmaster@dongnemadang.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--8A1C23E4F0.1725951631/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: webmaster@dongnemadang.example
Subject: [KCSC-240910-07] BOUNCE_SUBJ
Message-ID: <req.KCSC-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 16:00:00 +0900

--8A1C23E4F0.1725951631/mx.kcsc.example--
""".replace("BOUNCE_SUBJ", hdr("불법정보 삭제 요청")),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="a bounce of our own request; no statement",
    items={},
)


HEADER = """# Blind set 109 (hosting providers, CDN, registrar, forum, image board,
# file host, a one-person community site; CSV attachments and text tables).
# Written by tests/corpus/blind109/make.py from each email's meaning, before
# the reader was run on any of them. Each case is judged alone on a fresh
# ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind109", HEADER, CASES)
    print(f"{len(CASES)} cases")
