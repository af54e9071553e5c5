#!/usr/bin/env python3
"""Blind set 865: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering
informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind865/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. See NOTES.md.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind865"

# ---------------------------------------------------------------- requests
FREE = "자유게시판"
FREE_ENC = quote(FREE)

D = {  # dalbit (Korean forum), the largest request
    "f1": "https://dalbitplaza.kr/free/480112",
    "f2": "https://dalbitplaza.kr/free/480157",
    "f3": "https://dalbitplaza.kr/free/480203",
    "f4": "https://dalbitplaza.kr/free/481090",
    "h1": "https://dalbitplaza.kr/humor/77821",
    "h2": "https://dalbitplaza.kr/humor/77840",
    "s1": "https://dalbitplaza.kr/sports/20931",
    "s2": "https://dalbitplaza.kr/sports/20966",
    "s3": "https://dalbitplaza.kr/sports/21004",
    "k1": f"https://dalbitplaza.kr/board/{FREE_ENC}/5521",
    "k2": f"https://dalbitplaza.kr/board/{FREE_ENC}/5530",
    "g1": "https://dalbitplaza.kr/gallery/view?no=90213",
    "g2": "https://dalbitplaza.kr/gallery/view?no=90288&page=2",
}
K1_RAW = f"https://dalbitplaza.kr/board/{FREE}/5521"
K2_RAW = f"https://dalbitplaza.kr/board/{FREE}/5530"

G = {  # gridhost (hosting provider)
    "zolpi": "http://pill-direct-kr.shop/products/zolpi-30",
    "ice": "http://pill-direct-kr.shop/products/ice-5g",
    "night": "https://nightherb-seoul.net/catalog/blue",
    "green": "https://greenleaf-dm.com/shop/index.html",
}
E = {  # edgeveil (CDN)
    "toto": "https://toto-hanaro77.net/",
    "moa": "https://casino-moa365.com/event",
    "bet": "https://bet-gangnam9.xyz/signup?ref=kr",
}
C = {  # chanbox (image board)
    "t1": "https://chanbox.org/kr/res/88123.html",
    "t2": "https://chanbox.org/kr/res/88410.html",
    "t3": "https://chanbox.org/b/res/1204477.html",
    "img": "https://i.chanbox.org/kr/src/1725501234567.jpg",
    "t5": "https://chanbox.org/kr/res/88502.html",
}
P = {  # parcelshare (file host)
    "a": "https://parcelshare.net/f/Xq7Lm2Ra",
    "b": "https://parcelshare.net/f/bT90pWc1",
    "c": "https://parcelshare.net/f/Hh3kZ8eN",
    "dir": "https://parcelshare.net/folder/KZ81aa0Q",
}
NTS = "https://nts-refund-kr.com/login"  # domainkiln (registrar), one item
L = {  # pastelog (one-person paste service)
    "p": "https://pastelog.dev/p/7fK2mQ",
    "raw": "https://pastelog.dev/raw/9LxA0c",
}

REQUESTS = [
    ("KCSC-240902-01", "dalbit", "2024-09-02", "2024-09-09", list(D.values()), "gambling",
     "req-240902-01@kcsc.example", "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240903-02", "gridhost", "2024-09-03", "2024-09-10", list(G.values()), "drugs",
     "req-240903-02@kcsc.example", "drug sales pages on sites hosted by GridHost"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04", "2024-09-11", list(E.values()), "gambling",
     "req-240904-03@kcsc.example", "gambling sites served through EdgeVeil CDN"),
    ("KCSC-240905-04", "chanbox", "2024-09-05", "2024-09-12", list(C.values()), "obscenity",
     "req-240905-04@kcsc.example", "threads and one image file"),
    ("KCSC-240906-05", "parcelshare", "2024-09-06", "2024-09-13", list(P.values()), "privacy",
     "req-240906-05@kcsc.example", "leaked personal photos, three files and a folder"),
    ("KCSC-240909-06", "domainkiln", "2024-09-09", "2024-09-16", [NTS], "fraud",
     "req-240909-06@kcsc.example", "phishing site imitating the tax refund service"),
    ("KCSC-240910-07", "pastelog", "2024-09-10", "2024-09-17", list(L.values()), "privacy",
     "req-240910-07@kcsc.example", "pastes with personal data"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------ helpers
def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pending(*urls):
    return {u: "pending" for u in urls}


def quoted_request_en(ref, urls, when, prefix="> "):
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"the following content, which violates Korean law (our ref. {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def quoted_request_ko(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        "",
        f"아래 게시물은 불법정보에 해당하므로 삭제 또는 접속차단을 요청드립니다. (요청번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


DALBIT = "달빛광장 운영팀"

# -------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== dalbit: Korean community forum (KCSC-240902-01, 13 items) =========

case(
    name="dalbit-admin-all-deleted-one-line",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Wed, 04 Sep 2024 01:12:40 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    body="""
요청하신 게시물 13건 전부 삭제했습니다. 수고하세요.

달빛광장 운영자
""",
    outcome="review", review="bulk",
    imitates="forum admin's one-line reply to a removal request",
    why="one sentence covers all 13 items of the request without naming any of them",
    items=pending(*D.values()),
)

case(
    name="dalbit-numbered-list-dash-status",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Wed, 04 Sep 2024 11:02:13 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 달빛광장입니다.
KCSC-240902-01 건 1차 처리 결과 보내드립니다.

1. {D['f1']} - 삭제
2. {D['f2']} - 삭제
3. {D['f3']} - 작성자가 먼저 지운 글이라 이미 없음
4. {D['f4']} - 블라인드
5. {D['h1']} - 삭제, 작성자 7일 이용정지

나머지 링크는 담당자가 확인한 뒤 따로 말씀드리겠습니다.

달빛광장 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin answering with a numbered list",
    why="five items named one per line with 삭제 / 이미 없음 / 블라인드; the rest are only promised",
    items={D["f1"]: "removed", D["f2"]: "removed", D["f3"]: "not_found",
           D["f4"]: "removed", D["h1"]: "removed"},
)

case(
    name="dalbit-raw-korean-path-particles",
    **{"from": "support@dalbitplaza.kr"}, name_from=DALBIT,
    date="Thu, 05 Sep 2024 09:47:02 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청 (자유게시판 건)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 달빛광장 운영진입니다.

요청번호 KCSC-240902-01 중 자유게시판 두 건의 처리 결과를 알려드립니다.

{K1_RAW}은 도박 사이트 홍보글이 맞아 운영자 삭제 처리했습니다.
{K2_RAW} 글은 작성자 본인이 이미 지운 글이어서 현재 존재하지 않습니다.

나머지 게시물은 확인 중이며 정리되는 대로 다시 회신드리겠습니다.

{DALBIT} 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator reply with raw Korean-path URLs followed by particles",
    why="운영자 삭제 for 5521 and 작성자가 이미 지운 글 for 5530; URLs written raw (percent-encoded in the request)",
    items={D["k1"]: "removed", D["k2"]: "not_found"},
)

case(
    name="dalbit-html-result-table",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Thu, 05 Sep 2024 16:20:55 +0900",
    subject="[달빛광장] 게시물 조치 결과 회신 (KCSC-240902-01)",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 게시물(요청번호 KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>순번</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{D['s1']}">{D['s1']}</a></td><td>게시중단</td><td>도박 사이트 링크 포함</td></tr>
<tr><td>2</td><td><a href="{D['s2']}">{D['s2']}</a></td><td>접근제한</td><td>국내 IP 접속 차단</td></tr>
<tr><td>3</td><td><a href="{D['s3']}">{D['s3']}</a></td><td>유지</td><td>경기 결과 토론글로 운영정책 위반 없음</td></tr>
<tr><td>4</td><td><a href="{D['g1']}">{D['g1']}</a></td><td>삭제</td><td>-</td></tr>
</table>
<p>문의 사항은 본 메일로 회신 주시기 바랍니다.<br>달빛광장 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as HTML by a forum operator",
    why="table rows: 게시중단 (removed), 접근제한 국내 IP 차단 (restricted), 유지 위반 없음 (rejected), 삭제 (removed)",
    items={D["s1"]: "removed", D["s2"]: "restricted", D["s3"]: "rejected", D["g1"]: "removed"},
)

case(
    name="dalbit-promise-tonight",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Tue, 03 Sep 2024 18:31:09 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
네 확인했습니다.

{D['h1']}
{D['h2']}

위 두 글은 내용 확인했고 오늘 밤 중으로 내릴 예정입니다.
나머지는 내일까지 보고 다시 메일 드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin promising to take posts down later",
    why="내릴 예정 is a promise, not a statement: the two humor posts stay pending",
    items=pending(D["h1"], D["h2"]),
)

_dalbit_csv = "\r\n".join([
    "번호,URL,처리상태,처리일시,비고",
    f"1,{D['f1']},삭제,2024-09-05 14:02,",
    f"2,{D['f2']},삭제,2024-09-05 14:03,",
    f"3,{D['f3']},게시물 없음,,작성자 삭제",
    f"4,{D['f4']},유지,,위반 아님(단순 경기 예측글)",
    f"5,{D['g1']},삭제,2024-09-05 14:10,",
    f"6,\"{D['g2']}\",임시조치,2024-09-05 14:11,30일",
]) + "\r\n"

case(
    name="dalbit-csv-attachment-euckr",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Thu, 05 Sep 2024 14:25:31 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청 - 처리결과 첨부",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DAFF21.6C1B2E40"

This is a multi-part message in MIME format.

------=_NextPart_000_0012_01DAFF21.6C1B2E40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''안녕하세요.
요청하신 게시물 처리결과를 엑셀(CSV) 파일로 첨부합니다.
확인 부탁드립니다.

달빛광장 운영자 드림
''')}
------=_NextPart_000_0012_01DAFF21.6C1B2E40
Content-Type: text/csv; charset="euc-kr"; name="=?UTF-8?B?7LKY66as6rKw6rO8XzA5MDUuY3N2?="
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC_0905.csv

{b64(_dalbit_csv, 'euc-kr')}
------=_NextPart_000_0012_01DAFF21.6C1B2E40--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator exporting a result sheet from Excel as CSV (CP949/EUC-KR)",
    why="CSV rows: 삭제 x3 (removed), 게시물 없음 (not_found), 유지 위반 아님 (rejected), 임시조치 (restricted)",
    items={D["f1"]: "removed", D["f2"]: "removed", D["f3"]: "not_found", D["f4"]: "rejected",
           D["g1"]: "removed", D["g2"]: "restricted"},
)

case(
    name="dalbit-admin-from-gmail",
    **{"from": "dalbit.admin.kim@gmail.com"}, name_from="김운영",
    date="Fri, 06 Sep 2024 22:05:44 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    body=f"""
달빛광장 운영자입니다. 사이트 메일 서버가 말썽이라 개인 메일로 보냅니다.
말씀하신 {D['s1']} 삭제했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin writing from a personal webmail address",
    why="gmail.com is no platform's sender domain; the claim cannot be trusted as dalbit's",
    items=pending(D["s1"]),
)

case(
    name="dalbit-out-of-office-ko",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Mon, 02 Sep 2024 16:10:22 +0900",
    subject="[자동응답] 부재중 안내: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""
안녕하세요. 달빛광장 운영자입니다.
9월 2일부터 9월 9일까지 개인 사정으로 메일 확인이 늦어집니다.
게시물 신고는 게시글 하단의 '신고' 버튼을 이용해 주시면 부운영자가 처리합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
)

case(
    name="dalbit-temporary-measure-notice",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Fri, 06 Sep 2024 10:00:03 +0900",
    subject="[달빛광장] 임시조치 결과 안내 (KCSC-240902-01)",
    body=f"""
방송통신심의위원회 귀중

아래 게시물에 대하여 정보통신망법 제44조의2에 따른 임시조치(30일)를 하였음을 알려드립니다.

대상 게시물
{D['h1']}
{D['h2']}

임시조치 기간 동안 위 게시물은 다른 이용자에게 보이지 않습니다.
기간이 지난 뒤 게시자의 재게시 요청이 없으면 삭제됩니다.

{DALBIT}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER/Daum-style 임시조치 notice from a smaller forum",
    why="임시조치 (30일) on both humor posts is restricted; the later deletion is only conditional",
    items={D["h1"]: "restricted", D["h2"]: "restricted"},
)

_orig_ko = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Monday, September 2, 2024 4:05 PM",
    "To: admin@dalbitplaza.kr",
    "Subject: [KCSC-240902-01] 불법정보 삭제 요청",
    "",
    quoted_request_ko("KCSC-240902-01", list(D.values()), prefix=""),
])

case(
    name="dalbit-outlook-reply-over-request",
    **{"from": "admin@dalbitplaza.kr"}, name_from="달빛광장 관리자",
    date="Sat, 07 Sep 2024 13:44:18 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req="req-240902-01",
    body=f"""
스포츠 게시판 건 답변드립니다.

{D['s1']} → 토토 사이트 홍보 맞아서 삭제했습니다.
{D['s2']} , {D['s3']} → 경기 분석글이고 사이트 링크가 없어서 운영정책 위반이 아니라고 봤습니다. 그대로 둡니다.

{_orig_ko}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's unquoted original",
    why="s1 deleted; s2 and s3 kept as not violating; the other URLs appear only in the Original Message",
    items={D["s1"]: "removed", D["s2"]: "rejected", D["s3"]: "rejected"},
)

case(
    name="dalbit-fullwidth-brackets",
    **{"from": "admin@dalbitplaza.kr"}, name_from=DALBIT,
    date="Mon, 09 Sep 2024 08:58:37 +0900",
    subject="Re: [KCSC-240902-01] 갤러리 게시물",
    reply_to_req="req-240902-01",
    body=f"""
갤러리 건입니다.
{D['g1']}（삭제 완료）
{D['g2']}（삭제 완료）。
이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply typed with full-width punctuation",
    why="each gallery URL is followed by （삭제 완료）",
    items={D["g1"]: "removed", D["g2"]: "removed"},
)

# ===== gridhost: hosting provider abuse desk (KCSC-240903-02, 4 items) ====

case(
    name="gridhost-ticket-receipt",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Tue, 03 Sep 2024 10:41:07 +0000",
    subject="[GH-Abuse #558201] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: 558201"],
    body="""
This is an automated message.

Your report has been received and assigned ticket number #558201. Our abuse
team works through reports in the order they arrive; most are looked at
within two business days.

Please keep "[GH-Abuse #558201]" in the subject line of any reply so that it
is added to the same ticket.

GridHost Abuse Department
https://www.gridhost.net/legal/aup
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting provider's ticket-system receipt",
    why="pure receipt with a ticket number, nothing about any item",
)

case(
    name="gridhost-abuse-desk-prose",
    **{"from": "abuse@gridhost.net"}, name_from="Marta Lindqvist (GridHost Abuse)",
    date="Thu, 05 Sep 2024 15:22:48 +0000",
    subject="[GH-Abuse #558201] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Hello,

Following up on ticket #558201 (your reference KCSC-240903-02).

We contacted the customer responsible for pill-direct-kr.shop. Both pages you
listed, {G['zolpi']} and
{G['ice']}, have been deleted by the customer, and we
checked that they now return 404.

The hosting account behind {G['night']} was suspended by us
this morning for repeated violations of our AUP; the whole site is offline.

As for {G['green']}: that domain does not point to any
GridHost server and we have no customer by that name, so there is nothing
here for us to act on.

Kind regards,
Marta Lindqvist
GridHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk follow-up from a hosting provider",
    why="two pages deleted, one account suspended (site offline), one domain not on their network (not_found)",
    items={G["zolpi"]: "removed", G["ice"]: "removed", G["night"]: "removed", G["green"]: "not_found"},
)

case(
    name="gridhost-forwarded-to-customer-48h",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Wed, 04 Sep 2024 08:15:30 +0000",
    subject="[GH-Abuse #558201] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Hi,

We have passed your complaint about {G['zolpi']} and
{G['ice']} on to our customer and given them 48 hours
to remove the material. If they do not, we will suspend the service.

We will update this ticket once the deadline has passed.

Regards,
GridHost Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="forwarded to the customer with a conditional threat: nothing has happened to either page yet",
    items=pending(G["zolpi"], G["ice"]),
)

case(
    name="gridhost-noc-one-liner-domain",
    **{"from": "m.novak@noc.gridhost.net"}, name_from="Marek Novak",
    date="Fri, 06 Sep 2024 04:51:12 +0000",
    subject="Re: [GH-Abuse #558201] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Account terminated, nightherb-seoul.net is offline.

--
Marek / GridHost NOC

On Tue, Sep 3, 2024 at 9:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_en('KCSC-240903-02', list(G.values()), 'Tue, Sep 3')}
""",
    outcome="applied", classification="confirmation",
    imitates="network engineer's one-line reply over a Gmail-style quote",
    why="names only the domain; the request has one URL on it (catalog/blue), so that item is removed; quoted URLs are not statements",
    items={G["night"]: "removed"},
)

case(
    name="gridhost-dmarc-fail-all-removed",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    auth="fail",
    date="Sat, 07 Sep 2024 02:33:10 +0000",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    body=f"""
Hello,

All four URLs in your request KCSC-240903-02 have been removed:

- {G['zolpi']}
- {G['ice']}
- {G['night']}
- {G['green']}

Regards,
GridHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation arriving with failed DKIM/SPF/DMARC",
    why="gridhost.net domain but authentication failed: no status may change",
    items=pending(*G.values()),
)

case(
    name="gridhost-origin-for-cdn-item",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Mon, 09 Sep 2024 11:07:45 +0000",
    subject="[GH-Abuse #559034] Complaint forwarded by EdgeVeil: casino-moa365.com",
    body=f"""
Hello,

EdgeVeil forwarded us your complaint (your reference KCSC-240904-03) because
the origin server of casino-moa365.com is hosted on our network.

We have disabled the site at the origin; {E['moa']} is no
longer available.

Regards,
GridHost Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint a CDN passed on to it",
    why="GridHost states a status for an EdgeVeil item (request KCSC-240904-03)",
    items=pending(E["moa"]),
)

case(
    name="gridhost-fixed-width-text-table",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Fri, 06 Sep 2024 09:30:00 +0000",
    subject="[GH-Abuse #558201] Status report for KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""
Abuse ticket #558201 - status report

URL                                           ACTION TAKEN            DATE
--------------------------------------------  ----------------------  ----------
{G['zolpi'].ljust(44)}  removed by customer     2024-09-05
{G['ice'].ljust(44)}  removed by customer     2024-09-05
{G['night'].ljust(44)}  service suspended       2024-09-06
{G['green'].ljust(44)}  none - page not found   -

Ticket closed. Reply to this email to reopen it.

GridHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text status table from a hosting ticket system",
    why="three rows removed/suspended, the fourth page not found",
    items={G["zolpi"]: "removed", G["ice"]: "removed", G["night"]: "removed", G["green"]: "not_found"},
)

case(
    name="gridhost-angle-bracket-url",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Thu, 05 Sep 2024 07:02:19 +0000",
    subject="[GH-Abuse #558201] update",
    reply_to_req="req-240903-02",
    body=f"""
Ticket #558201 update.

<{G['zolpi']}>: our customer removed the page and we have
verified that it now returns 404.

The other URLs are still being worked on; we will follow up.

GridHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk partial update with the URL in angle brackets",
    why="one page removed; the rest only promised",
    items={G["zolpi"]: "removed"},
)

case(
    name="gridhost-pipe-table-mixed",
    **{"from": "abuse@gridhost.net"}, name_from="GridHost Abuse",
    date="Sat, 07 Sep 2024 12:12:12 +0000",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""
Hi KCSC team,

Here is where we ended up on the two remaining URLs:

| URL | Result |
|-----|--------|
| {G['ice']} | disabled by GridHost |
| {G['green']} | no action: the shop sells licensed hemp products; we found no breach of our AUP or of Korean law |

If you have information showing otherwise, please send it to this ticket.

GridHost Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse analyst pasting a Markdown-style table into the reply",
    why="ice-5g disabled (removed); greenleaf refused with a reason (rejected)",
    items={G["ice"]: "removed", G["green"]: "rejected"},
)

# ===== edgeveil: CDN (KCSC-240904-03, 3 items) ===========================

case(
    name="edgeveil-not-the-host",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 04 Sep 2024 19:40:02 +0000",
    subject="Re: [KCSC-240904-03] Request for removal of illegal content [EV-8841207]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for your report. EdgeVeil provides caching and security services
for the hostnames below; we do not host the content served from them, and we
are therefore unable to remove it:

  {E['toto']}
  {E['moa']}
  {E['bet']}

We have forwarded your report to the hosting providers of these websites and
to the website operators, who are best placed to act on it. The hosting
provider of casino-moa365.com is GridHost (abuse@gridhost.net).

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we do not host this content' reply from a CDN",
    why="refusal with a reason for each named URL (not the host, cannot remove): rejected; arguable, see NOTES.md",
    items={E["toto"]: "rejected", E["moa"]: "rejected", E["bet"]: "rejected"},
)

case(
    name="edgeveil-geo-block-kr",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 03:18:44 +0000",
    subject="Re: [KCSC-240904-03] action taken [EV-8841207]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Following our review under our policy for content that is illegal in a
specific country, we have blocked access from the Republic of Korea to:

- {E['toto']}
- {E['moa']}

Visitors from other countries are not affected.

We could not find {E['bet']} on our network: no EdgeVeil account
uses that hostname.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country-level block notice",
    why="two hostnames blocked from Korea (restricted); the third not on their network (not_found)",
    items={E["toto"]: "restricted", E["moa"]: "restricted", E["bet"]: "not_found"},
)

case(
    name="edgeveil-read-receipt",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 04 Sep 2024 09:02:51 +0000",
    subject="Read: [KCSC-240904-03] Request for removal of illegal content",
    reply_to_req="req-240904-03",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-7c1f0a"

--mdn-7c1f0a
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@edgeveil.com
  Subject: [KCSC-240904-03] Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 08:30:00 (UTC)

was read on Wednesday, September 4, 2024 09:02:49 (UTC).

--mdn-7c1f0a
Content-Type: message/disposition-notification

Reporting-UA: mail.edgeveil.com; Microsoft Exchange Server
Final-Recipient: rfc822; abuse@edgeveil.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7c1f0a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt",
)

case(
    name="edgeveil-appears-offline",
    **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 05 Sep 2024 22:10:31 +0000",
    subject="Re: [KCSC-240904-03] [EV-8841207]",
    reply_to_req="req-240904-03",
    body=f"""
Hi,

Quick note: {E['toto']} appears to have been taken offline by
its operator; our edge has been getting errors from the origin since
yesterday. We have not taken any action ourselves.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN analyst's informal observation",
    why="'appears to have been taken offline' is a hedge and EdgeVeil took no action: pending",
    items=pending(E["toto"]),
)

# ===== chanbox: image board (KCSC-240905-04, 5 items) ====================

case(
    name="chanbox-janitor-dash-lines",
    **{"from": "janitors@chanbox.org"}, name_from="chanbox janitors",
    date="Thu, 05 Sep 2024 23:58:01 +0000",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="req-240905-04",
    body=f"""
hi,

{C['t1']} - gone, poster banned
{C['t2']} - gone
{C['t3']} - thread had already 404'd (pruned) before we got to it
{C['img']} - purged from the image server

the last one (88502) is with the admin, he'll look at it this weekend.

- jan #4
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer janitor answering informally",
    why="two threads gone, one already pruned (not_found), the image purged; 88502 is only promised",
    items={C["t1"]: "removed", C["t2"]: "removed", C["t3"]: "not_found", C["img"]: "removed",
           C["t5"]: "pending"},
)

case(
    name="chanbox-admin-refuses-drawing",
    **{"from": "admin@chanbox.org"}, name_from="chanbox admin",
    date="Sun, 08 Sep 2024 14:03:27 +0000",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req="req-240905-04",
    body=f"""
{C['t5']} is a hand-drawn piece with no real people in it. it's
within our rules and as far as we can tell it doesn't break korean law either,
so it stays up.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing one item with a reason",
    why="one named item refused with its reason: rejected",
    items={C["t5"]: "rejected"},
)

case(
    name="chanbox-report-queue-blocks",
    **{"from": "noreply@chanbox.org"}, name_from="chanbox report queue",
    date="Fri, 06 Sep 2024 06:00:00 +0000",
    subject="Report results for KCSC-240905-04",
    body=f"""
Report #55119
Post: {C['t1']}
Result: deleted, ban 30d

Report #55120
Post: {C['t2']}
Result: deleted (rule 2)

Report #55121
Post: {C['t5']}
Result: dismissed

--
This message was sent by the chanbox moderation queue.
""",
    outcome="applied", classification="confirmation",
    imitates="moderation-queue digest with the URL on one line and the result below",
    why="deleted, deleted, dismissed (rejected)",
    items={C["t1"]: "removed", C["t2"]: "removed", C["t5"]: "rejected"},
)

case(
    name="chanbox-mailbox-full-bounce",
    **{"from": "MAILER-DAEMON@chanbox.org"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 08:31:15 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B1A2C3D4E5.1725525075/mail.chanbox.org"

--B1A2C3D4E5.1725525075/mail.chanbox.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.chanbox.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<janitors@chanbox.org>: maildir delivery failed: Sorry, the user's maildir
    has overdrawn his diskspace quota, please try again later.

--B1A2C3D4E5.1725525075/mail.chanbox.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.chanbox.org
Arrival-Date: Thu,  5 Sep 2024 08:31:14 +0000 (UTC)

Final-Recipient: rfc822; janitors@chanbox.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildir quota exceeded

--B1A2C3D4E5.1725525075/mail.chanbox.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@chanbox.org
Subject: [KCSC-240905-04] Request for removal of illegal content
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 5 Sep 2024 17:31:02 +0900

--B1A2C3D4E5.1725525075/mail.chanbox.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN, recipient over quota",
    why="delivery failure report",
)

case(
    name="chanbox-html-mod-log",
    **{"from": "admin@chanbox.org"}, name_from="chanbox admin",
    date="Mon, 09 Sep 2024 01:44:50 +0000",
    subject="Re: [KCSC-240905-04] mod log",
    reply_to_req="req-240905-04",
    type="html",
    body=f"""
<div>here's the mod log for your list, copied out of the panel:</div>
<table>
<tr><th>Post</th><th>Action</th><th>By</th></tr>
<tr><td>{C['t1']}</td><td>Deleted</td><td>jan4</td></tr>
<tr><td>{C['t5']}</td><td>Hidden for KR visitors (region filter)</td><td>admin</td></tr>
<tr><td>{C['t3']}</td><td>No such thread</td><td>-</td></tr>
</table>
<div>-- admin</div>
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin pasting a moderation-panel log as HTML",
    why="deleted; hidden for Korean visitors (restricted); no such thread (not_found)",
    items={C["t1"]: "removed", C["t5"]: "restricted", C["t3"]: "not_found"},
)

# ===== parcelshare: file host (KCSC-240906-05, 4 items) ==================

_ps_csv = "\n".join([
    "link,status,action_date,notes",
    f"{P['a']},disabled,2024-09-09,",
    f"{P['b']},not found,,file deleted by the uploader before our review",
    f"{P['c']},disabled,2024-09-09,",
    f"{P['dir']},geo-restricted (KR),2024-09-09,folder unavailable from Korea",
]) + "\n"

case(
    name="parcelshare-csv-attachment",
    **{"from": "abuse@parcelshare.net"}, name_from="ParcelShare Abuse Team",
    date="Mon, 09 Sep 2024 17:05:12 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="ps-mixed-20240909"

--ps-mixed-20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each link in your report
KCSC-240906-05.

ParcelShare Abuse Team

--ps-mixed-20240909
Content-Type: text/csv; charset=utf-8; name="KCSC-240906-05_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240906-05_outcome.csv"
Content-Transfer-Encoding: 7bit

{_ps_csv}
--ps-mixed-20240909--
""",
    outcome="applied", classification="confirmation",
    imitates="file host answering with a CSV outcome sheet",
    why="disabled x2 (removed), not found, geo-restricted (KR) (restricted)",
    items={P["a"]: "removed", P["b"]: "not_found", P["c"]: "removed", P["dir"]: "restricted"},
)

_ps_html = f"""<html><body>
<p>Hello,</p>
<p>Your ticket <b>PS-31877</b> has been updated by our Trust &amp; Safety team.</p>
<p>The following links have been disabled and now show a "file unavailable" page:</p>
<ul>
<li><a href="{P['a']}">{P['a']}</a></li>
<li><a href="{P['c']}">{P['c']}</a></li>
</ul>
<p>You can reply to this email to add information to the ticket.</p>
<p style="color:#888">ParcelShare Support &middot; <a href="https://parcelshare.net/legal/abuse">Abuse policy</a></p>
</body></html>
"""

case(
    name="parcelshare-base64-html-ticket",
    **{"from": "support@parcelshare.net"}, name_from="ParcelShare Support",
    date="Sun, 08 Sep 2024 12:40:09 +0000",
    subject="[PS-31877] Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="=_helpdesk_5e1b"

--=_helpdesk_5e1b
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_ps_html)}
--=_helpdesk_5e1b--
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket update sent as base64 HTML",
    why="two named links disabled; the abuse-policy link is not an item",
    items={P["a"]: "removed", P["c"]: "removed"},
)

_ps_qp_text = (
    "Hello,\n\n"
    f"Regarding your report KCSC-240906-05: we removed the folder {P['dir']} together with all fourteen files that were inside it, and the uploader's account has been closed.\n\n"
    f"The file {P['b']} could not be found on our systems; it is possible that the link was mistyped, but in any case nothing is stored under that address any more.\n\n"
    "ParcelShare Abuse Team\n"
)

case(
    name="parcelshare-quoted-printable-long-lines",
    **{"from": "abuse@parcelshare.net"}, name_from="ParcelShare Abuse Team",
    date="Tue, 10 Sep 2024 09:14:00 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_ps_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-team reply in quoted-printable with soft-wrapped long lines",
    why="folder removed; the file could not be found (not_found)",
    items={P["dir"]: "removed", P["b"]: "not_found"},
)

case(
    name="parcelshare-legal-signoff-pending",
    **{"from": "r.okafor@parcelshare.net"}, name_from="Rita Okafor",
    date="Mon, 09 Sep 2024 10:22:17 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""
Hi,

Thanks, I've had a look at these.

{P['a']} and {P['c']} will be taken down as soon as
our legal team signs off, probably tomorrow. The folder
{P['dir']} is still under review because it is shared by
a business account.

Best,
Rita
Trust & Safety, ParcelShare
""",
    outcome="review", review="not_understood",
    imitates="trust-and-safety staff member's informal status update",
    why="'will be taken down' and 'under review' are not statements: all three stay pending",
    items=pending(P["a"], P["c"], P["dir"]),
)

case(
    name="parcelshare-form-echo-receipt",
    **{"from": "noreply@parcelshare.net"}, name_from="ParcelShare",
    date="Fri, 06 Sep 2024 07:55:40 +0000",
    subject="We received your report (PS-31877)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for contacting ParcelShare.

We have received your report and created ticket PS-31877. A member of our
team will review it. You will receive an email when there is an update.

Summary of your submission
--------------------------
Reporter: KCSC Takedown Team
Reason: Privacy / personal images
Reported links:
  {P['a']}
  {P['b']}
  {P['c']}
  {P['dir']}
Comments: Request KCSC-240906-05

Please do not reply to this automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="web-form receipt echoing the submitted report",
    why="automated receipt; the URLs are only our own submission echoed back",
    items=pending(*P.values()),
)

case(
    name="parcelshare-thanks-plus-deleted",
    **{"from": "abuse@parcelshare.net"}, name_from="ParcelShare Abuse Team",
    date="Sat, 07 Sep 2024 15:31:58 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req="req-240906-05",
    body=f"""
Hello,

Thank you for your report, we have received it.

The file {P['b']} has been deleted. We are still
looking into the remaining links and will write again.

ParcelShare Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="receipt sentence followed by a real item-level statement",
    why="acknowledgement phrase plus an unhedged 'has been deleted' for one named file",
    items={P["b"]: "removed"},
)

case(
    name="parcelshare-dsa-statement-of-reasons",
    **{"from": "dsa-notices@parcelshare.net"}, name_from="ParcelShare DSA Notices",
    date="Tue, 10 Sep 2024 13:00:00 +0000",
    subject="Statement of reasons - decision on notice PS-31877",
    reply_to_req="req-240906-05",
    body=f"""
Statement of reasons (Article 17 Regulation (EU) 2022/2065)

Notice reference:   PS-31877 (submitter reference KCSC-240906-05)
Content:            {P['a']}
Decision:           Disabling access to the content
Territorial scope:  Republic of Korea only
Ground:             Content incompatible with the law of the Republic of
                    Korea (unlawful disclosure of personal images)
Automated means:    No automated means were used in this decision
Redress:            The uploader may appeal via https://parcelshare.net/appeals

ParcelShare B.V.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons with a territorial scope",
    why="access disabled in Korea only: restricted; the appeals page is not an item",
    items={P["a"]: "restricted"},
)

# ===== domainkiln: registrar (KCSC-240909-06, 1 item) ====================

case(
    name="domainkiln-clienthold",
    **{"from": "abuse@domainkiln.com"}, name_from="DomainKiln Abuse",
    date="Tue, 10 Sep 2024 06:21:33 +0000",
    subject="Re: [KCSC-240909-06] Phishing site nts-refund-kr.com [DK-ABU-20931]",
    reply_to_req="req-240909-06",
    body="""
Dear Reporter,

We have reviewed your complaint. The domain name nts-refund-kr.com was
registered through DomainKiln and was being used for phishing in breach of
our registration agreement. We have placed it on clientHold; the domain no
longer resolves.

Regards,
DomainKiln Abuse Team
https://www.domainkiln.com/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="registrar suspending a phishing domain (clientHold)",
    why="one-item request; the domain is on hold and no longer resolves, so the login page is removed",
    items={NTS: "removed"},
)

case(
    name="domainkiln-asks-for-evidence",
    **{"from": "abuse@domainkiln.com"}, name_from="DomainKiln Abuse",
    date="Mon, 09 Sep 2024 14:48:02 +0000",
    subject="Re: [KCSC-240909-06] Phishing site nts-refund-kr.com [DK-ABU-20931]",
    reply_to_req="req-240909-06",
    body=f"""
Dear Reporter,

As a registrar we do not host websites, so before we can act against the
registration we need evidence of the abuse. Please send us:

1. a screenshot of {NTS} showing the phishing page,
2. the date and time (with time zone) you observed it,
3. the brand or service being impersonated.

Once we have these we will investigate.

Regards,
DomainKiln Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking the complainant for evidence",
    why="asks for screenshots and details; nothing done yet",
    items=pending(NTS),
)

case(
    name="domainkiln-locked-pending-verification",
    **{"from": "compliance@domainkiln.com"}, name_from="DomainKiln Compliance",
    date="Wed, 11 Sep 2024 08:09:40 +0000",
    subject="Re: [KCSC-240909-06] [DK-ABU-20931] update",
    reply_to_req="req-240909-06",
    body="""
Hello,

We have locked the domain nts-refund-kr.com against transfer and asked the
registrant to verify their contact details. If the registrant does not
respond within 15 days, the domain will be suspended.

DomainKiln Compliance
""",
    outcome="review", review="not_understood",
    imitates="registrar's WHOIS-verification lock",
    why="a transfer lock does not take the site down, and the suspension is conditional: pending",
    items=pending(NTS),
)

# ===== pastelog: one-person paste service (KCSC-240910-07, 2 items) =======

case(
    name="pastelog-both-gone-top-posted",
    **{"from": "sam@pastelog.dev"}, name_from="Sam (pastelog)",
    date="Tue, 10 Sep 2024 21:13:05 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""
Both gone now, sorry about that.

Sam

On Tue, 10 Sep 2024 at 08:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_en('KCSC-240910-07', list(L.values()), 'Tue, 10 Sep')}
""",
    outcome="review", review="bulk",
    imitates="solo developer's two-word reply over the quoted request",
    why="'both gone' covers the two items without naming either (they are only in the quote)",
    items=pending(*L.values()),
)

case(
    name="pastelog-dev-names-each",
    **{"from": "sam@pastelog.dev"}, name_from="Sam (pastelog)",
    date="Wed, 11 Sep 2024 07:40:51 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    body=f"""
hey,

nuked the paste at {L['p']} and blocked the ip that made it.

{L['raw']} already 404s, that one expired on its own last
week (we keep pastes 30 days max), so nothing for me to do there.

cheers,
sam
""",
    outcome="applied", classification="confirmation",
    imitates="solo developer's informal reply naming each paste",
    why="'nuked' the first paste (removed); the raw link expired by itself and 404s (not_found)",
    items={L["p"]: "removed", L["raw"]: "not_found"},
)

case(
    name="pastelog-out-of-office",
    **{"from": "sam@pastelog.dev"}, name_from="Sam (pastelog)",
    date="Tue, 10 Sep 2024 08:00:41 +0000",
    subject="Auto: Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm travelling until 23 September with limited access to email. Abuse reports
will be handled when I'm back. For anything urgent, use the report button
on the paste page.

- Sam
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a one-person service",
    why="auto-reply",
)


HEADER = """# Blind set 865 (focus 4: hosts, CDN, registrar, forum, image board, file host,
# informal replies, CSV attachments and plain-text tables).
# Written by tests/corpus/blind865/make.py from each email's meaning, before
# any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
