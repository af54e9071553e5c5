#!/usr/bin/env python3
"""Blind set 181: hosting providers, a CDN, a registrar, a Korean forum,
an image board and a file host answering the regulator, often informally
(abuse desks, admins writing one line), plus CSV attachments and plain-text
tables.

    python3 tests/corpus/blind181/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was run on any of them. Everything here is fictional.
"""
import base64
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, tzinfo=KST))


# --------------------------------------------------------------- requests
# (ref, platform, sent day/hour, due day, category, message_id local part, note, urls)
D1 = "https://dalbit.co.kr/bbs/free/88123"
D2 = "https://dalbit.co.kr/bbs/free/88140"
D3 = "https://dalbit.co.kr/bbs/free/88177"
D4 = "https://dalbit.co.kr/bbs/humor/20411"
D5 = "https://dalbit.co.kr/bbs/humor/20459"
D6 = "https://dalbit.co.kr/bbs/market/7730"
D7 = "https://dalbit.co.kr/bbs/market/7741"
D8 = "https://dalbit.co.kr/bbs/market/7802"
D9 = "https://dalbit.co.kr/bbs/%EC%9E%A1%EB%8B%B4/5512"
D9R = "https://dalbit.co.kr/bbs/잡담/5512"
D10 = "https://dalbit.co.kr/bbs/%EC%9E%A1%EB%8B%B4/5530"
D10R = "https://dalbit.co.kr/bbs/잡담/5530"
D11 = "https://dalbit.co.kr/gallery/view.php?no=33019"
D12 = "https://dalbit.co.kr/gallery/view.php?no=33102"
D13 = "https://dalbit.co.kr/user/%EB%B0%94%EB%8B%A4%EC%A7%80%EA%B8%B0"
D13R = "https://dalbit.co.kr/user/바다지기"
DALL = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13]
DALL_RAW = [D1, D2, D3, D4, D5, D6, D7, D8, D9R, D10R, D11, D12, D13R]

K1 = "http://mool-yak24.shop/item/4471"
K2 = "https://cheonsa-bet.xyz/"
K3 = "https://kkotbat-toto.club/event/"
K4 = "http://198.51.100.77/~sunny/promo.html"
K7 = "https://haebyeon-casino.site/landing"

E1 = "https://toto-haneul.win/"
E2 = "https://toto-haneul.win/join?code=KX12"
E3 = "https://live-pado.tv/stream/88"

N1 = "http://slot-byeol.com/"
N2 = "http://slot-byeol2.com/"

H1 = "https://hanachan.org/kr/res/55012.html"
H2 = "https://hanachan.org/kr/res/55088.html"
H3 = "https://hanachan.org/b/res/301777.html"
H4 = "https://img.hanachan.org/src/1725930011204.jpg"
H5 = "https://img.hanachan.org/src/1725930118875.png"

V1 = "https://dropvault.io/f/Xk29aQ"
V2 = "https://dropvault.io/f/Pm7LrT"
V3 = "https://dropvault.io/f/bb04Zu"
V4 = "https://dropvault.io/folder/Q1w2E3"

REQUESTS = [
    ("KCSC-240902-01", "dalbit", (2, 10, 0), 9, "obscene", "forum posts and one member profile", DALL),
    ("KCSC-240903-02", "kumohost", (3, 14, 0), 10, "illegal_gambling", "customer sites on shared hosting", [K1, K2, K3, K4]),
    ("KCSC-240905-03", "edgeveil", (5, 11, 0), 12, "illegal_gambling", "sites behind the CDN", [E1, E2, E3]),
    ("KCSC-240909-04", "namehaven", (9, 9, 30), 16, "illegal_gambling", "domains registered with the registrar", [N1, N2]),
    ("KCSC-240910-05", "hanachan", (10, 16, 0), 17, "defamation", "image board threads and images", [H1, H2, H3, H4, H5]),
    ("KCSC-240911-06", "dropvault", (11, 10, 0), 18, "obscene", "shared files and a folder", [V1, V2, V3, V4]),
    ("KCSC-240913-07", "kumohost", (13, 15, 0), 20, "illegal_gambling", "one landing page", [K7]),
]


def req_mid(ref):
    return "kcsc-" + ref[5:].lower() + ".req"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, (day, hh, mm), due, cat, note, urls in REQUESTS:
        sent = f"2024-09-{day:02d}T{hh:02d}:{mm:02d}:00+09:00"
        due_at = f"2024-09-{due:02d}T18:00:00+09:00"
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due_at},{u},{cat},{req_mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart_with_csv(boundary, body, filename_hdr, csv_bytes, body_cte="8bit"):
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {body_cte}\n\n"
        f"{body.strip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/csv; charset=utf-8; name=\"{filename_hdr[0]}\"\n"
        f"Content-Disposition: attachment; {filename_hdr[1]}\n"
        f"Content-Transfer-Encoding: base64\n\n"
        f"{b64(csv_bytes)}\n"
        f"--{boundary}--\n"
    )


DALBIT_REQUEST_KO = """안녕하십니까, 방송통신심의위원회입니다.
귀 사이트에 게시된 아래 정보에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」에
따라 시정요구(해당 정보의 삭제)를 결정하였기에 통보하오니, 조치 후 그 결과를
2024. 9. 9.까지 회신하여 주시기 바랍니다.

[시정요구 대상 정보] (13건)
""" + "\n".join(f"{i}. {u}" for i, u in enumerate(DALL_RAW, 1)) + """

방송통신심의위원회 통신심의국
takedown@kcsc.example"""


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


CASES = []
_ENC_SUBJECT = {"dalbit-plaintext-result-table", "dalbit-html-table-qp", "dalbit-outlook-original-message",
                "dalbit-market-kept-with-reason", "dalbit-bulk-all-done", "dalbit-out-of-office-ko"}


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value (as mail clients send)."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    if kw["name"] in _ENC_SUBJECT:
        kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="dalbit-admin-two-lines",
    date=d(3, 9, 12), **{"from": "admin@dalbit.co.kr"}, name_from="달빛커뮤니티 운영자",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 통보", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요 달빛커뮤니티 운영자입니다.

{D1} 삭제했습니다
{D2} 도 삭제했고요
나머지는 게시판 담당자가 확인하고 있습니다.

운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="a small Korean forum admin answering a 시정요구 in two lines",
    why="two URLs each followed by 삭제했습니다; 'the rest is being checked' names nothing",
    items={D1: "removed", D2: "removed"},
)

table_rows = [
    (D1, "삭제"), (D2, "삭제"), (D3, "블라인드"), (D4, "임시조치(30일)"), (D5, "임시조치(30일)"),
    (D6, "게시물 없음(작성자 삭제)"), (D7, "삭제"), (D8, "위반 아님 - 게시 유지"),
    (D9R, "비공개 처리"), (D10R, "삭제"), (D11, "국내 접속 차단"), (D12, "삭제"),
    (D13R, "강제 탈퇴, 작성글 삭제"),
]
case(
    name="dalbit-plaintext-result-table",
    date=d(6, 17, 40), **{"from": "cs@dalbit.co.kr"}, name_from="달빛커뮤니티 고객센터",
    subject="[달빛커뮤니티] 시정요구 조치결과 회신 (KCSC-240902-01)", reply_to_req=req_mid("KCSC-240902-01"),
    body="""
방송통신심의위원회 담당자님께,

2024. 9. 2.자 시정요구(KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신합니다.

No  대상 URL                                           조치 결과
--  -------------------------------------------------  -----------------------
""" + "\n".join(f"{i:<3} {u:<50} {s}" for i, (u, s) in enumerate(table_rows, 1)) + """

8번 게시물은 중고거래 게시판의 일반 판매글로, 내부 검토 결과 운영정책 및
관련 법령 위반 사항이 확인되지 않아 게시를 유지하였습니다.
6번 게시물은 요청 접수 전 작성자가 직접 삭제한 글입니다.

문의: cs@dalbit.co.kr / 달빛커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 written as a fixed-width plain-text table",
    why="every one of the 13 items has its own row and result (삭제/블라인드/임시조치/작성자 삭제/유지/국내 접속 차단/비공개)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "restricted", D5: "restricted",
           D6: "not_found", D7: "removed", D8: "rejected", D9: "removed", D10: "removed",
           D11: "restricted", D12: "removed", D13: "removed"},
)

csv_dalbit = ("\ufeff번호,URL,조치내용,조치일시\r\n"
              f"3,{D3},삭제,2024-09-04 14:02\r\n"
              f"4,{D4},블라인드,2024-09-04 14:05\r\n"
              f"7,{D7},삭제,2024-09-04 14:07\r\n"
              f"8,{D8},삭제 불가(위반사항 없음),2024-09-04 14:10\r\n"
              f"12,{D12},해당 게시물 없음,2024-09-04 14:11\r\n").encode("utf-8")
case(
    name="dalbit-csv-attachment-bom",
    date=d(4, 15, 3), **{"from": "cs@dalbit.co.kr"}, name_from="달빛커뮤니티 고객센터",
    subject="RE: KCSC-240902-01 조치 결과 송부", reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=multipart_with_csv(
        "=_dalbit_0904_1503",
        """안녕하세요. 달빛커뮤니티 고객센터입니다.

요청하신 건 중 오늘까지 처리한 5건의 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 건은 처리되는 대로 다시 회신드리겠습니다.

감사합니다.""",
        ("KCSC-240902-01_result.csv",
         "filename*=UTF-8''KCSC-240902-01_%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv"),
        csv_dalbit),
    outcome="applied", classification="confirmation",
    imitates="Korean portal CS desk sending results as an Excel 'CSV UTF-8' attachment (BOM, CRLF)",
    why="attached CSV gives one result per URL; 삭제 불가(위반사항 없음) is a refusal with its reason",
    items={D3: "removed", D4: "removed", D7: "removed", D8: "rejected", D12: "not_found"},
)

html_dalbit = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'맑은 고딕'">
<p>안녕하십니까. 달빛커뮤니티 운영팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 따른 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>순번</th><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{D9}">{D9R}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{D10}">{D10R}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{D5}">{D5}</a></td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{D13}">{D13R}</a></td><td>회원 이용정지, 프로필 삭제</td><td>2024-09-05</td></tr>
</table>
<p>자세한 운영정책은 <a href="https://dalbit.co.kr/policy/operation">운영정책 안내</a>를 참고해 주십시오.</p>
<p>달빛커뮤니티 운영팀 드림</p>
</body></html>
"""
case(
    name="dalbit-html-table-qp",
    date=d(5, 18, 20), **{"from": "cs@dalbit.co.kr"}, name_from="달빛커뮤니티 운영팀",
    subject="[회신] KCSC-240902-01 시정요구 조치 결과", reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_dalbit),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table sent from a webmail editor (quoted-printable)",
    why="four rows, each a requested URL with its result; the policy link is not an item",
    items={D9: "removed", D10: "removed", D5: "restricted", D13: "removed"},
)

case(
    name="dalbit-top-posted-gmail-quote",
    date=d(4, 11, 45), **{"from": "moderator.han@dalbit.co.kr"}, name_from="한지수",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 통보", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
갤러리 게시판 두 건 처리했습니다.

- {D11} : 삭제
- {D12} : 비공개 처리

다른 게시판 글은 각 게시판 운영자가 따로 회신드릴 예정입니다.

한지수 / 달빛커뮤니티 갤러리 운영

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote_gt(DALBIT_REQUEST_KO)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a board moderator over the quoted 시정요구",
    why="only the two gallery items are stated above the quote; the quoted request lists all 13 but is ours",
    items={D11: "removed", D12: "removed"},
)

case(
    name="dalbit-outlook-original-message",
    date=d(5, 10, 8), **{"from": "lee.board@dalbit.co.kr"}, name_from="이보람",
    subject="RE: [KCSC-240902-01] 시정요구(삭제) 통보", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 잡담/장터 게시판 담당 이보람입니다.

잡담 게시판 {D9R}, {D10R} 두 글은 블라인드 처리했습니다.
장터 게시판 {D6}은 확인해 보니 이미 작성자가 지운 글입니다.

감사합니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: admin@dalbit.co.kr
Subject: [KCSC-240902-01] 시정요구(삭제) 통보

{DALBIT_REQUEST_KO}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the whole request pasted unquoted below '-----Original Message-----'",
    why="three items stated above the original message (블라인드 x2, already deleted by its author); the pasted request is not a statement",
    items={D9: "removed", D10: "removed", D6: "not_found"},
)

case(
    name="dalbit-interim-measure-urls-below",
    date=d(3, 16, 30), **{"from": "humor@dalbit.co.kr"}, name_from="달빛 유머게시판",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 통보", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
유머게시판 관리자입니다.
요청하신 유머게시판 게시물 2건은 30일간 임시조치(열람 제한)하였습니다.

{D4}
{D5}

임시조치 기간 중 작성자 이의제기가 없으면 기간 만료 후 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board admin notice of 임시조치 with the URLs listed on the lines below",
    why="임시조치(열람 제한) done now is restricted; the later deletion is only conditional",
    items={D4: "restricted", D5: "restricted"},
)

case(
    name="dalbit-market-kept-with-reason",
    date=d(5, 14, 0), **{"from": "market@dalbit.co.kr"}, name_from="달빛 장터게시판",
    subject="Re: [KCSC-240902-01] 장터게시판 건 회신", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
장터게시판 담당입니다.

1) {D7}
   → 삭제 완료 (9/5 13:40)

2) {D8}
   → 게시 유지. 중고 카메라 판매글이며 저희 운영정책이나 관련 법령상
     삭제 사유가 확인되지 않았습니다. 추가 자료가 있으시면 알려주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board moderator reply, numbered list with the result on the line below each URL",
    why="7741 deleted; 7802 kept with a reason (no rule broken), so rejected; the offer to look at more material is not a request",
    items={D7: "removed", D8: "rejected"},
)

case(
    name="dalbit-profile-fullwidth",
    date=d(6, 9, 55), **{"from": "admin@dalbit.co.kr"}, name_from="달빛커뮤니티 운영자",
    subject="Re: [KCSC-240902-01] 회원 계정 관련", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
운영자입니다.

회원 바다지기（{D13R}）는 오늘 오전 강제 탈퇴 처리하여 프로필과 작성글이 모두 삭제되었습니다.
같은 회원이 쓴 자유게시판 글（{D3}）도 함께 삭제되었습니다。

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin note about a banned member, URLs inside full-width parentheses",
    why="the member profile and the free-board post are each stated deleted",
    items={D13: "removed", D3: "removed"},
)

case(
    name="kumohost-abuse-ticket-mixed",
    date=d(4, 20, 15), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88213] Re: KCSC-240903-02 removal request", reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for the report. Status of the URLs you sent us:

{K1}
The customer's hosting account has been suspended and the site is offline.

{K4}
We deleted this file from the shared server ourselves.

{K2}
This domain no longer points to our network (it moved to another provider
last month); there is nothing on our servers for it.

We are still looking into the remaining URL and will write again.

Regards,
Daniel
Kumo Hosting - Abuse Desk
https://kumohost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse desk ticket reply, status on the line below each URL",
    why="K1 suspended/offline, K4 deleted, K2 not hosted there (nothing found); K3 is the 'remaining URL', still pending",
    items={K1: "removed", K4: "removed", K2: "not_found"},
)

case(
    name="kumohost-one-liner",
    date=d(5, 8, 31), **{"from": "minsu@kumohost.net"}, name_from="Minsu Park",
    subject="Re: KCSC-240903-02 removal request", reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
removed {K4} this morning.

--
minsu / kumo noc
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting company's NOC engineer",
    why="one unhedged statement naming one URL",
    items={K4: "removed"},
)

case(
    name="kumohost-single-item-no-url",
    date=d(14, 11, 2), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88420] Re: KCSC-240913-07", reply_to_req=req_mid("KCSC-240913-07"),
    body="""
Hello,

The website reported in your notice has been taken offline and the
customer's contract terminated for breach of our Acceptable Use Policy.

Kind regards,
Kumo Hosting - Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse desk closing a ticket about one site",
    why="request KCSC-240913-07 has a single item; 'the website reported ... taken offline' is its status",
    items={K7: "removed"},
)

case(
    name="kumohost-aup-refusal",
    date=d(6, 13, 20), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88213] Re: KCSC-240903-02 removal request", reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Following up on the remaining URL, {K3}

The customer holds a gaming licence in the jurisdiction where we operate and
the page does not breach our Acceptable Use Policy, so we will not take any
action against it. If a court in our jurisdiction orders otherwise we will
of course comply.

Regards,
Daniel
Kumo Hosting - Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk declining a foreign regulator's request (no AUP breach)",
    why="a refusal with its reason: rejected; the court-order sentence is a condition about the future",
    items={K3: "rejected"},
)

csv_kumo = ("url,action,date,comment\n"
            f"{K1},content removed,2024-09-06,account suspended\n"
            f"{K2},not found,2024-09-06,domain not hosted on our network\n"
            f"{K3},no action,2024-09-06,no AUP violation found\n"
            f"{K4},content removed,2024-09-05,file deleted by staff\n").encode("utf-8")
case(
    name="kumohost-csv-outcome",
    date=d(6, 19, 0), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88213] Outcome - KCSC-240903-02", reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=multipart_with_csv(
        "----=_KH88213_outcome",
        """Hello,

Please find the outcome for each URL of your request in the attached
spreadsheet. This ticket is now closed.

Kumo Hosting - Abuse Desk""",
        ("KH-88213.csv", 'filename="KH-88213.csv"'),
        csv_kumo),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket closure with a per-URL outcome spreadsheet (CSV)",
    why="CSV rows: two removed, one not found, one 'no action - no AUP violation' (rejected)",
    items={K1: "removed", K2: "not_found", K3: "rejected", K4: "removed"},
)

case(
    name="edgeveil-kr-geoblock",
    date=d(9, 3, 40), **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report EV-2024-31877 (KCSC-240905-03)", reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Dear Korea Communications Standards Commission,

We have reviewed your request (our reference EV-2024-31877).

Based on the local law you cited, EdgeVeil has restricted access from the
Republic of Korea to the following URLs. Visitors from other countries are
not affected.

  <{E1}>
  <{E2}>

The site operator has been notified and may contest this decision through
our appeals form (https://www.edgeveil.com/trust/appeals).

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of a country-level block (DSA/Cloudflare-style wording)",
    why="both URLs blocked for Korea only: restricted; the appeals page is not an item",
    items={E1: "restricted", E2: "restricted"},
)

case(
    name="edgeveil-pages-disabled",
    date=d(9, 22, 5), **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report EV-2024-31902 (KCSC-240905-03)", reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

Unlike the other sites in your report, live-pado.tv is hosted on EdgeVeil
Pages, so we are the hosting provider in this case.

We have disabled the deployment; <{E3}> has been
taken down and now returns an HTTP 451 page on every network.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN notice for content it hosts itself (Pages/edge hosting), disabled globally",
    why="the URL in angle brackets is stated taken down everywhere: removed",
    items={E3: "removed"},
)

case(
    name="namehaven-hold-and-expired",
    date=d(11, 2, 10), **{"from": "abuse@namehaven.com"}, name_from="NameHaven Abuse",
    subject="Re: KCSC-240909-04 - abuse complaint [NH-2024-77120]", reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Hello,

Regarding your complaint NH-2024-77120:

Domain:        slot-byeol.com
Reported URL:  {N1}
Action:        Domain suspended (clientHold). The name no longer resolves.

Domain:        slot-byeol2.com
Reported URL:  {N2}
Action:        None possible. The registration expired on 2024-08-20 and the
               name was deleted from the registry; it does not exist any more.

NameHaven Registrar - Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team reply in key-value blocks (clientHold; expired domain)",
    why="slot-byeol.com suspended and no longer resolves (removed); slot-byeol2.com no longer exists (not_found)",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="namehaven-serverhold-one",
    date=d(12, 6, 0), **{"from": "compliance@namehaven.com"}, name_from="NameHaven Compliance",
    subject="[NH-2024-77121] KCSC-240909-04", reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Dear Sir or Madam,

Following our review, the domain slot-byeol2.com ({N2}) has been locked
and placed on hold. It no longer resolves and the website is unreachable.

Our review of slot-byeol.com is ongoing.

Sincerely,
NameHaven Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance letter placing a domain on hold",
    why="slot-byeol2.com on hold and unreachable (removed); slot-byeol.com 'ongoing' stays pending",
    items={N2: "removed", N1: "pending"},
)

case(
    name="hanachan-admin-informal",
    date=d(10, 23, 48), **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-05", reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
nuked both threads, images in them purged too

{H1}
{H2}

the other stuff i'll look at tomorrow
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin replying in one lowercase line",
    why="'nuked both threads' followed by exactly those two URLs: removed",
    items={H1: "removed", H2: "removed"},
)

case(
    name="hanachan-janitor-bullets",
    date=d(11, 21, 15), **{"from": "janitor@hanachan.org"}, name_from="hanachan janitors",
    subject="Re: KCSC-240910-05 report", reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
hi, went through your list:

* {H1} - deleted
* {H2} - deleted, poster banned 30 days
* {H3} - staying up. it's a political cartoon about a public figure, not
  against our rules or the law where we are
* {H4} - already gone before we got to it, the poster deleted it himself
* {H5} - purged from storage and cache

- j.
""",
    outcome="applied", classification="confirmation",
    imitates="image board janitor answering a report item by item in a bullet list",
    why="five bullets, one status each: deleted x2, kept with a reason (rejected), deleted by its poster (not_found), purged (removed)",
    items={H1: "removed", H2: "removed", H3: "rejected", H4: "not_found", H5: "removed"},
)

case(
    name="hanachan-headings-lists",
    date=d(12, 1, 30), **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-05", reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
ok here's where we are

Deleted:
{H5}
{H2}

Left up (no rule broken, it's satire):
{H3}
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin sorting the reported URLs under two headings",
    why="heading 'Deleted:' covers the two URLs below it; 'Left up (no rule broken)' covers 301777",
    items={H5: "removed", H2: "removed", H3: "rejected"},
)

qp_hana = f"""This is an automated copy of the moderation log entry for your report.

Report ID:      #4471
Board:          /kr/
Reported URL:   {H1}
Report reason:  Defamation (KCSC-240910-05)
Resolution:     Thread deleted, poster banned for 30 days. Moderator: yuki
Resolved at:    2024-09-11 02:14 UTC

Report ID:      #4472
Board:          /kr/ (image)
Reported URL:   {H4}
Report reason:  Defamation (KCSC-240910-05)
Resolution:     Image deleted together with its post. Moderator: yuki
Resolved at:    2024-09-11 02:15 UTC

You received this because you asked to be notified about the outcome of your report. Please do not reply to this message; write to admin@hanachan.org instead.
"""
case(
    name="hanachan-modlog-echo-qp",
    date=d(11, 11, 16), **{"from": "noreply@hanachan.org"}, name_from="hanachan",
    subject="[hanachan] Your report #4471 has been resolved",
    extra_headers=["Auto-Submitted: auto-generated"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_hana),
    outcome="applied", classification="confirmation",
    imitates="image board report-resolution notification echoing the report fields (quoted-printable)",
    why="machine-generated but an outcome notice, not an auto-reply: each entry names a URL and its resolution",
    items={H1: "removed", H4: "removed"},
)

case(
    name="dropvault-ack-plus-status",
    date=d(12, 4, 22), **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    subject="Re: KCSC-240911-06 [Ticket #DV-55120]", reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Hello,

Thank you for your report. Ticket #DV-55120 has been created for it.

Our team has already reviewed it and the following files have been disabled
for violating our Terms of Service:

{V1}
{V2}

{V3}: this link is invalid - no file has ever been stored under this ID.

Best regards,
DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse ticket receipt that already carries the outcome",
    why="the receipt phrase is followed by unhedged item statements: two disabled (removed), one invalid link (not_found)",
    items={V1: "removed", V2: "removed", V3: "not_found"},
)

html_dv = f"""<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Here is the result of our review of report <b>DV-55120</b> (your reference KCSC-240911-06).</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Link</th><th>Result</th><th>Note</th></tr></thead>
<tbody>
<tr><td>{V1}</td><td>Removed</td><td>ToS &sect;4.2</td></tr>
<tr><td>{V3}</td><td>Removed</td><td>ToS &sect;4.2</td></tr>
<tr><td>{V4}</td><td>Blocked in South Korea</td><td>Local law</td></tr>
<tr><td>{V2}</td><td>File not found</td><td>-</td></tr>
</tbody></table>
<p>You can follow your reports at <a href="https://dropvault.io/abuse/dashboard">https://dropvault.io/abuse/dashboard</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dropvault-base64-html-table",
    date=d(13, 9, 0), **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    subject="Report DV-55120 - review completed", reply_to_req=req_mid("KCSC-240911-06"),
    raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_dv),
    outcome="applied", classification="confirmation",
    imitates="file host's templated review-completed email, HTML table, base64 body",
    why="four rows: removed x2, blocked in Korea (restricted), file not found; the dashboard link is not an item",
    items={V1: "removed", V3: "removed", V4: "restricted", V2: "not_found"},
)

case(
    name="dropvault-informal-one",
    date=d(11, 22, 37), **{"from": "tom@dropvault.io"}, name_from="Tom Reiner",
    subject="Re: KCSC-240911-06", reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
hey, Pm7LrT is gone ({V2}) and the uploader's account is closed too.
looking at the others next.

tom
""",
    outcome="applied", classification="confirmation",
    imitates="file-host staffer writing a short informal reply",
    why="'is gone' with the URL in parentheses: removed; the others are still being looked at",
    items={V2: "removed"},
)

case(
    name="dropvault-folder-country-block",
    date=d(12, 17, 10), **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    subject="Re: KCSC-240911-06 [Ticket #DV-55120] shared folder", reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Hello,

The shared folder {V4} is now restricted:
visitors from South Korea get a "not available in your country" page.
The folder stays reachable elsewhere because it does not break our Terms.

Best regards,
DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file host applying a country-level restriction to a shared folder",
    why="blocked for Korea only: restricted (not rejected: action was taken for Korea)",
    items={V4: "restricted"},
)

# ================================================================= REVIEW
case(
    name="dalbit-promise-and-checking",
    date=d(3, 13, 0), **{"from": "cs@dalbit.co.kr"}, name_from="달빛커뮤니티 고객센터",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 통보", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 달빛커뮤니티 고객센터입니다.

요청하신 게시물 중 {D3} 는 내부 검토를 거쳐 금주 중 삭제될 예정입니다.
{D4} 는 게시판 운영자가 현재 확인 중입니다.

처리가 완료되면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean CS desk interim reply (삭제 예정 / 확인 중)",
    why="a promise (삭제될 예정) and 'being checked' are not statements; both named items stay pending",
    items={D3: "pending", D4: "pending"},
)

case(
    name="kumohost-hedged",
    date=d(4, 9, 30), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88213] Re: KCSC-240903-02 removal request", reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

The page at {K1} appears to have been taken down by the
customer already - we get a 404 when we request it, but we have not yet heard
back from them. We'll confirm once they reply.

Daniel
Kumo Hosting - Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk hedging about a page the customer may have removed",
    why="'appears to have been taken down' and 'we'll confirm' are hedges/promises: pending",
    items={K1: "pending"},
)

case(
    name="dalbit-bulk-all-done",
    date=d(7, 10, 10), **{"from": "admin@dalbit.co.kr"}, name_from="달빛커뮤니티 운영자",
    subject="Re: [KCSC-240902-01] 처리 완료", reply_to_req=req_mid("KCSC-240902-01"),
    body="""
안녕하세요.
요청하신 게시물 13건 모두 삭제 조치 완료하였습니다.
앞으로도 모니터링 강화하겠습니다.

달빛커뮤니티 운영자
""",
    outcome="review", review="bulk",
    imitates="Korean forum admin reporting 'all 13 done' without listing them",
    why="one statement about all items of a 13-item request without naming each: bulk",
    items={u: "pending" for u in DALL},
)

case(
    name="hanachan-bulk-english",
    date=d(12, 20, 0), **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-05", reply_to_req=req_mid("KCSC-240910-05"),
    body="""
all the reported threads and images have been removed. sorry for the delay.
""",
    outcome="review", review="bulk",
    imitates="image board admin one-line 'all removed' reply",
    why="a statement about all five items of the request without naming any: bulk",
    items={H1: "pending", H2: "pending", H3: "pending", H4: "pending", H5: "pending"},
)

case(
    name="dropvault-auth-fail",
    date=d(12, 3, 3), **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    auth="fail",
    subject="Re: KCSC-240911-06 [Ticket #DV-55120]", reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Hello,

We removed {V1} and {V3} today.

DropVault Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="file-host reply whose DKIM/SPF/DMARC checks failed",
    why="the platform's domain fails authentication: nothing applies",
    items={V1: "pending", V3: "pending"},
)

case(
    name="dalbit-admin-personal-gmail",
    date=d(3, 23, 20), **{"from": "dalbit.sysop@gmail.com"}, name_from="달빛 운영자",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 통보",
    body=f"""
달빛커뮤니티 운영자입니다. 회사 메일이 안 돼서 개인 메일로 보냅니다.

{D1} 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="small-site admin answering from a personal webmail address",
    why="gmail.com is no platform's domain, however plausible the story: unknown_sender",
    items={D1: "pending"},
)

case(
    name="kumohost-about-customer-forum",
    date=d(4, 12, 0), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="[KH-88230] Re: KCSC-240902-01", reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

dalbit.co.kr is hosted with us. We passed your notice to the site's
operator, who tells us that {D2} has been deleted.
For the other posts please contact the operator directly at admin@dalbit.co.kr.

Kumo Hosting - Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider relaying its customer's action on a forum it hosts",
    why="Kumo Hosting states a status for an item of the Dalbit request: another platform's item",
    items={D2: "pending"},
)

case(
    name="edgeveil-not-the-host",
    date=d(6, 1, 25), **{"from": "abuse@edgeveil.com"}, name_from="EdgeVeil Abuse",
    subject="EdgeVeil abuse report EV-2024-31877 (KCSC-240905-03)", reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Hello,

EdgeVeil provides a pass-through proxy and caching service for
{E1} and {E2}. We do not host these websites and are not
able to remove content stored by others.

We have forwarded your complaint to the hosting provider and to the
website owner. The hosting provider is Kumo Hosting (abuse@kumohost.net).

EdgeVeil Abuse
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through proxy, we forwarded your report' reply",
    why="names both URLs but states no status for them (not a refusal on the merits, no action taken): pending, for a clerk",
    items={E1: "pending", E2: "pending"},
)

case(
    name="namehaven-asks-court-order",
    date=d(10, 4, 0), **{"from": "abuse@namehaven.com"}, name_from="NameHaven Abuse",
    subject="Re: KCSC-240909-04 - abuse complaint [NH-2024-77120]", reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
Hello,

Thank you for your complaint about slot-byeol.com ({N1}).

Content-related complaints fall outside the DNS abuse categories we act on
without a legal order. To proceed, please send us a court order or an official
decision translated into English, together with evidence that the content is
unlawful in the registrant's country.

NameHaven Registrar - Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order before acting on a content complaint",
    why="asks the regulator for documents before acting; no status for the domain",
    items={N1: "pending"},
)

case(
    name="kumohost-which-contact",
    date=d(8, 15, 0), **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    subject="Contact person for your notices",
    body="""
Hello,

We have received several notices from this address recently. Could you tell us
whether we should send our answers to takedown@kcsc.example or to a named
officer? Also, future notices can be filed through https://kumohost.net/abuse,
which gives you a tracking number straight away.

Kumo Hosting - Abuse Desk
""",
    outcome="review", review="no_claims",
    imitates="hosting abuse desk writing about process, not about any notice",
    why="trusted, names no item and no request (the abuse-form link is their own page)",
    items={},
)

case(
    name="hanachan-conditional",
    date=d(11, 9, 40), **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Re: KCSC-240910-05", reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
told the OP of {H3} to take it down himself.
if it's still up in 48h we'll delete it.
""",
    outcome="review", review="not_understood",
    imitates="image board admin giving the poster a deadline",
    why="a condition and a promise, nothing done yet: pending",
    items={H3: "pending"},
)

case(
    name="dropvault-under-review",
    date=d(11, 18, 0), **{"from": "abuse@dropvault.io"}, name_from="DropVault Abuse Team",
    subject="Re: KCSC-240911-06 [Ticket #DV-55120] update", reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Hello,

A quick update on your report: {V1} and {V3} are currently under
review by our Trust & Safety team. We usually decide within five business days.

Best regards,
DropVault Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="file host's interim 'under review' update",
    why="'under review' is not a statement about the two named files: pending",
    items={V1: "pending", V3: "pending"},
)

# ================================================================ IGNORED
case(
    name="dalbit-out-of-office-ko",
    date=d(2, 10, 1), **{"from": "market@dalbit.co.kr"}, name_from="달빛 장터게시판",
    subject="[자동응답] 부재중입니다: [KCSC-240902-01] 시정요구(삭제) 통보",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 장터게시판 담당자는 9월 2일부터 9월 6일까지 휴가로 부재중입니다.
급한 용무는 cs@dalbit.co.kr 로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kumohost-ticket-receipt",
    date=d(3, 14, 1), **{"from": "support@kumohost.net"}, name_from="Kumo Hosting Support",
    subject="[KH-88213] Ticket received: KCSC-240903-02 removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your message and opened ticket KH-88213 for it.
Our abuse team usually answers within two business days. Please keep the
ticket number in the subject line when you write to us about this matter.

View your ticket: https://kumohost.net/support/ticket/KH-88213

Kumo Hosting Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (WHMCS-style) ticket-opened receipt",
    why="pure receipt: ticket opened, no statement about any item",
    items={},
)

dsn_dv = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.dv.0911"

--DSN.dv.0911
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dropvault.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dropvault.io>: mailbox is disabled; please write to abuse@dropvault.io

--DSN.dv.0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dropvault.io
Arrival-Date: Wed, 11 Sep 2024 01:00:04 +0000 (UTC)

Final-Recipient: rfc822; legal@dropvault.io
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled

--DSN.dv.0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dropvault.io
Subject: [KCSC-240911-06] Request for removal of content
Message-ID: <{req_mid("KCSC-240911-06")}@kcsc.example>

--DSN.dv.0911--
"""
case(
    name="dropvault-dsn-mailbox-disabled",
    date=d(11, 10, 1), **{"from": "MAILER-DAEMON@mx1.dropvault.io"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_dv,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report)",
    why="bounce of our request to a disabled mailbox",
    items={},
)

mdn_hana = f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-hana-0910"

--mdn-hana-0910
Content-Type: text/plain; charset=utf-8

The message sent on 2024-09-10 16:00 to admin@hanachan.org with subject
"[KCSC-240910-05] Request for removal of content" has been displayed.
This is no guarantee that the message has been read or understood.

--mdn-hana-0910
Content-Type: message/disposition-notification

Reporting-UA: hanachan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@hanachan.org
Original-Message-ID: <{req_mid("KCSC-240910-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-hana-0910--
"""
case(
    name="hanachan-read-receipt",
    date=d(10, 19, 2), **{"from": "admin@hanachan.org"}, name_from="hanachan admin",
    subject="Return Receipt (displayed) - [KCSC-240910-05] Request for removal of content",
    reply_to_req=req_mid("KCSC-240910-05"),
    raw_mime=mdn_hana,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="namehaven-auto-ack",
    date=d(9, 9, 31), **{"from": "no-reply@namehaven.com"}, name_from="NameHaven Abuse",
    subject="Your complaint has been logged [NH-2024-77120]",
    reply_to_req=req_mid("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

Your complaint regarding slot-byeol.com has been logged under case
NH-2024-77120. A member of our abuse team will review it and contact you if
more information is needed. Please do not reply to this message.

NameHaven Registrar
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar automatic 'complaint logged' receipt",
    why="pure acknowledgement: case number, 'will review', no statement",
    items={},
)

case(
    name="edgeveil-out-of-office",
    date=d(5, 11, 2), **{"from": "j.okafor@edgeveil.com"}, name_from="Jane Okafor",
    subject="Automatic reply: [KCSC-240905-03] Request for removal of content",
    reply_to_req=req_mid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: j.okafor@edgeveil.com"],
    body="""
I am out of the office until Monday 16 September with limited access to email.
For abuse reports please write to abuse@edgeveil.com, which is monitored 24/7.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange/Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

dsn_kcsc = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.kcsc.0910"

--DSN.kcsc.0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

Your message could not be delivered to one or more recipients. It has been
delayed for 48 hours and the mail system has given up.

<mods@hanachan.org>: connect to mx.hanachan.org[203.0.113.45]:25:
    Connection timed out

--DSN.kcsc.0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; mods@hanachan.org
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.hanachan.org[203.0.113.45]:25:
    Connection timed out

--DSN.kcsc.0910
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: mods@hanachan.org
Subject: [KCSC-240910-05] Request for removal of content
Message-ID: <{req_mid("KCSC-240910-05")}@kcsc.example>

The Korea Communications Standards Commission asks you to remove:
{H1}
{H2}
{H3}
{H4}
{H5}

--DSN.kcsc.0910--
"""
case(
    name="kcsc-postmaster-dsn-timeout",
    date=d(12, 16, 5), **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_kcsc,
    outcome="ignored", classification="bounce",
    imitates="our own MTA's Postfix DSN after a 48-hour delivery timeout, original message attached",
    why="bounce; the attached original is our own request listing the URLs",
    items={},
)


HEADER = """# Blind set 181 (hosts, CDN, registrar, forum, image board, file host;
# informal replies, CSV attachments, plain-text tables). Written by
# tests/corpus/blind181/make.py before the reader was run on any case.
"""


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind181", HEADER, CASES)
