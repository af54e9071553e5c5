#!/usr/bin/env python3
"""Blind set 241: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a tiny paste service answering (often
informally), plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind241/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the email's meaning alone, before any run of the reader.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind241"

# ---------------------------------------------------------------- requests
JANGTEO = "%EC%9E%A5%ED%84%B0"  # 장터
DONBEORI = "%EB%8F%88%EB%B2%8C%EC%9D%B4%EC%99%95"  # 돈벌이왕

M = {  # KCSC-240903-01, madang (13 items, the largest)
    1: "https://madang.kr/free/881204",
    2: "https://madang.kr/free/881377",
    3: "https://madang.kr/free/881390",
    4: "https://madang.kr/stock/220915",
    5: "https://madang.kr/stock/220988",
    6: "https://madang.kr/humor/554012",
    7: "https://madang.kr/humor/554101",
    8: "https://madang.kr/bbs/view.php?id=market&no=30412",
    9: "https://madang.kr/bbs/view.php?id=market&no=30418",
    10: "https://madang.kr/" + JANGTEO + "/7781",
    11: "https://madang.kr/" + JANGTEO + "/7790",
    12: "https://madang.kr/user/" + DONBEORI,
    13: "https://madang.kr/free/881455",
}
M_RAW = {10: "https://madang.kr/장터/7781", 11: "https://madang.kr/장터/7790",
         12: "https://madang.kr/user/돈벌이왕"}
H = {  # KCSC-240904-02, hostpier (4)
    1: "https://lucky-hanul.hostpier.site/",
    2: "https://lucky-hanul.hostpier.site/event/bonus.html",
    3: "https://daebak-slot.hostpier.site/join",
    4: "https://mint-pharma.hostpier.site/shop/item?id=44",
}
E = {  # KCSC-240905-03, edgeveil (3)
    1: "https://toto-byeol.example/",
    2: "https://toto-byeol.example/signup?ref=kr77",
    3: "https://img.toto-byeol.example/banner/777.gif",
}
N = {  # KCSC-240906-04, namebarn (2)
    1: "https://hanbit-casino.example/",
    2: "https://moa-pill.example/buy",
}
P = {  # KCSC-240909-05, pixboard (5)
    1: "https://pixboard.org/kr/res/48213.html",
    2: "https://pixboard.org/kr/res/48377.html",
    3: "https://i.pixboard.org/kr/src/1725861200114.jpg",
    4: "https://i.pixboard.org/kr/src/1725861544870.png",
    5: "https://pixboard.org/b/res/991020.html",
}
F = {  # KCSC-240910-06, filecrate (3)
    1: "https://filecrate.io/f/Qm7xT2aa",
    2: "https://filecrate.io/f/Zr41pLw9",
    3: "https://filecrate.io/d/8HkV03nd/leak_2024.zip",
}
S = {1: "https://ssakbin.kr/p/h7Rk2n"}  # KCSC-240911-07, ssakbin (1)

REQUESTS = [
    ("KCSC-240903-01", "madang", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     M, "req-240903-01", ["illegal_gambling"] * 3 + ["securities_fraud"] * 2 + ["obscenity"] * 2
     + ["drug_trade"] * 4 + ["illegal_gambling", "illegal_gambling"]),
    ("KCSC-240904-02", "hostpier", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     H, "req-240904-02", ["illegal_gambling"] * 3 + ["drug_trade"]),
    ("KCSC-240905-03", "edgeveil", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00",
     E, "req-240905-03", ["illegal_gambling"] * 3),
    ("KCSC-240906-04", "namebarn", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     N, "req-240906-04", ["illegal_gambling", "drug_trade"]),
    ("KCSC-240909-05", "pixboard", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     P, "req-240909-05", ["obscenity"] * 5),
    ("KCSC-240910-06", "filecrate", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     F, "req-240910-06", ["privacy_violation"] * 3),
    ("KCSC-240911-07", "ssakbin", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     S, "req-240911-07", ["privacy_violation"]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, mid, cats in REQUESTS:
        for i, k in enumerate(sorted(urls)):
            lines.append(f"{ref},{plat},{sent},{due},{urls[k]},{cats[i]},<{mid}@kcsc.example>,")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encode a subject holding non-ASCII text, as mail clients do."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def req_ko(ref, urls, raw=None):
    raw = raw or {}
    out = ["운영자님께,", "",
           f"방송통신심의위원회는 아래 게시물에 대하여 시정요구(삭제)를 통보합니다 (접수번호 {ref}).",
           "조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, k in enumerate(sorted(urls), 1):
        out.append(f"{i}. {raw.get(k, urls[k])}")
    out += ["", "방송통신심의위원회 불법정보 대응팀"]
    return out


def req_en(ref, urls):
    out = ["Dear Abuse Team,", "",
           f"The Korea Communications Standards Commission requests the removal of the content at the",
           f"addresses below, which is illegal under the law of the Republic of Korea (our reference {ref}).", ""]
    for k in sorted(urls):
        out.append(f"- {urls[k]}")
    out += ["", "Please reply to this address with the action taken for each URL.", "",
            "KCSC Illegal Content Response Team"]
    return out


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{payload}\n"


def mixed_with_csv(boundary, text, csv_name, csv_bytes, text_cte="8bit"):
    body = text if text_cte == "8bit" else b64(text.encode("utf-8"))
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"This is a multi-part message in MIME format.\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {text_cte}\n\n"
        f"{body}\n\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{csv_name}"\n'
        f"Content-Transfer-Encoding: base64\n"
        f'Content-Disposition: attachment; filename="{csv_name}"\n\n'
        f"{b64(csv_bytes)}\n\n"
        f"--{boundary}--\n"
    )


AUTO = ["Auto-Submitted: auto-replied"]
SUBJ_M = "[KCSC-240903-01] 시정요구 통보 (불법정보 게시물 삭제 요청)"
SUBJ_H = "[KCSC-240904-02] Removal request: illegal gambling and drug sale sites (4 URLs)"
SUBJ_E = "[KCSC-240905-03] Removal request: illegal gambling site (3 URLs)"
SUBJ_N = "[KCSC-240906-04] Abuse complaint: illegal gambling / drug sale domains"
SUBJ_P = "[KCSC-240909-05] Removal request: illegal content on /kr/ and /b/ (5 URLs)"
SUBJ_F = "[KCSC-240910-06] Takedown notice: leaked personal data (3 links)"
SUBJ_S = "[KCSC-240911-07] 개인정보 노출 게시물 삭제 요청"

ALL_M_PENDING = {M[k]: "pending" for k in sorted(M)}
ALL_P_PENDING = {P[k]: "pending" for k in sorted(P)}

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ madang (KCSC-240903-01, 13 items)
rows = [
    (1, "삭제", "-"), (2, "삭제", "-"),
    (3, "게시물 없음", "작성자가 9/2 자진 삭제"),
    (4, "블라인드", "-"), (5, "삭제", "-"),
    (6, "임시조치(30일)", "권리침해 신고 절차에 따름"),
    (7, "삭제", "-"), (8, "삭제", "-"),
    (9, "미조치", "정상 중고거래 게시물로 확인되어 위반사항 없음"),
    (10, "게시중단", "-"), (11, "삭제", "-"),
    (12, "회원 이용정지 및 작성글 비공개", "-"),
    (13, "삭제", "-"),
]
trs = "\n".join(
    f'<tr><td>{k}</td><td><a href="{M[k].replace("&", "&amp;")}">{M_RAW.get(k, M[k]).replace("&", "&amp;")}</a></td>'
    f"<td>{a}</td><td>{b}</td></tr>" for k, a, b in rows)
case(
    name="madang-kcsc-result-table-html",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 운영팀"),
    date="Fri, 06 Sep 2024 11:02:40 +0900",
    subject=subj("Re: " + SUBJ_M), reply_to_req="req-240903-01", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>2024년 9월 3일자 시정요구(접수번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{trs}
</table>
<p>추가 문의사항은 마당포럼 운영정책팀(cs@madang.kr)으로 연락 주시기 바랍니다.</p>
<p>마당포럼 운영정책팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (연번/URL/조치결과/비고)",
    why="item-level table: 삭제/블라인드/게시중단/작성글 비공개 are removals, 임시조치 restricts, 게시물 없음 (author deleted) is not_found, 미조치 with 위반사항 없음 is a reasoned refusal",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found", M[4]: "removed", M[5]: "removed",
           M[6]: "restricted", M[7]: "removed", M[8]: "removed", M[9]: "rejected", M[10]: "removed",
           M[11]: "removed", M[12]: "removed", M[13]: "removed"},
)

case(
    name="madang-admin-topposted-particles",
    **{"from": "admin@madang.kr"}, name_from=subj("마당 운영자"),
    date="Wed, 04 Sep 2024 09:41:05 +0900",
    subject=subj("Re: " + SUBJ_M), reply_to_req="req-240903-01",
    body=f"""안녕하세요 마당 운영자입니다.

{M[1]} 랑 {M[2]} 은 방금 삭제했습니다.
{M[3]} 는 작성자가 먼저 지운 글이라 이미 없네요.
나머지는 오늘 중으로 확인해서 다시 연락드릴게요.

2024년 9월 3일 (화) 오후 2:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted(req_ko("KCSC-240903-01", M, M_RAW))}
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin replying from Gmail in two lines above the quoted request",
    why="two posts deleted, one already deleted by its author (not_found); the rest is a promise about unnamed posts and the quoted request states nothing",
    items={M[1]: "removed", M[2]: "removed", M[3]: "not_found"},
)

csv_m = ("\ufeff연번,URL,조치결과,조치일시\r\n"
         f"4,{M[4]},삭제,2024-09-05 10:12\r\n"
         f"5,{M[5]},블라인드,2024-09-05 10:13\r\n"
         f"6,{M[6]},임시조치,2024-09-05 10:20\r\n"
         f"7,{M[7]},삭제,2024-09-05 10:21\r\n"
         f"8,{M[8]},\"조치 불가(위반사항 없음, 일반 판매글)\",2024-09-05 10:30\r\n").encode("utf-8")
case(
    name="madang-csv-partial-result",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"),
    date="Thu, 05 Sep 2024 10:45:12 +0900",
    subject=subj("Re: " + SUBJ_M + " - 1차 처리결과"), reply_to_req="req-240903-01",
    raw_mime=mixed_with_csv(
        "----=_Part_5512_20240905", """안녕하세요, 마당포럼 고객센터입니다.

시정요구 KCSC-240903-01 건 중 5건의 처리결과를 첨부 파일(CSV)로 보내드립니다.
나머지 8건은 확인 후 별도로 회신드리겠습니다.

감사합니다.
마당포럼 고객센터""", "KCSC-240903-01_1차.csv", csv_m, text_cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean service desk sending an Excel-exported CSV of 조치결과 (BOM, CRLF)",
    why="CSV rows: 삭제 and 블라인드 removed, 임시조치 restricted, 조치 불가 with its reason rejected; the other 8 items are only promised",
    items={M[4]: "removed", M[5]: "removed", M[6]: "restricted", M[7]: "removed", M[8]: "rejected"},
)

case(
    name="madang-review-promise",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"),
    date="Thu, 05 Sep 2024 16:20:00 +0900",
    subject=subj("RE: " + SUBJ_M), reply_to_req="req-240903-01",
    body=f"""안녕하세요, 마당포럼 고객센터입니다.

요청하신 게시물 중 아래 3건은 현재 운영정책팀에서 검토 중이며,
검토가 끝나는 대로 삭제 조치할 예정입니다.

- {M[7]}
- {M[9]}
- {M[13]}

처리가 완료되면 다시 안내드리겠습니다.
감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Korean customer-centre interim reply (검토 중, 조치할 예정)",
    why="under review and a promise to delete: nothing has happened to the three named posts yet",
    items={M[7]: "pending", M[9]: "pending", M[13]: "pending"},
)

case(
    name="madang-bulk-all-deleted",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"),
    date="Sat, 07 Sep 2024 13:05:44 +0900",
    subject=subj("Re: " + SUBJ_M), reply_to_req="req-240903-01",
    body="""담당자님 안녕하세요.

시정요구(KCSC-240903-01)하신 게시물 13건 모두 삭제 처리 완료하였습니다.
확인 부탁드립니다.

마당포럼 고객센터 드림""",
    outcome="review", review="bulk",
    imitates="one-sentence 일괄 처리 완료 reply from a Korean forum",
    why="'all 13 deleted' names no post; a 13-item request needs item-level statements, so bulk review",
    items=ALL_M_PENDING,
)

case(
    name="madang-base64-korean-paths",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"),
    date="Fri, 06 Sep 2024 17:31:09 +0900",
    subject=subj("Re: " + SUBJ_M + " (장터 게시판)"), reply_to_req="req-240903-01",
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(f"""안녕하세요.
요청하신 장터 게시판 게시물 처리 결과입니다.

{M_RAW[10]} → 삭제 완료
{M_RAW[11]} → 판매자가 직접 삭제한 글로, 현재 존재하지 않는 게시물입니다.

마당포럼 운영정책팀
""".encode("utf-8"))),
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply sent base64-encoded, Korean path URLs pasted raw",
    why="raw Korean paths match the percent-encoded items: one deleted, one deleted by its author before (not_found)",
    items={M[10]: "removed", M[11]: "not_found"},
)

case(
    name="madang-member-suspended-qp",
    **{"from": "policy@madang.kr"}, name_from=subj("마당포럼 운영정책팀"),
    date="Mon, 09 Sep 2024 10:12:33 +0900",
    subject=subj("Re: " + SUBJ_M + " - 회원 조치 안내"), reply_to_req="req-240903-01",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(
        f"안녕하세요. 마당포럼 운영정책팀입니다.\n\n"
        f"신고하신 회원({M_RAW[12]})은 운영정책 위반(마약류 판매 홍보)으로 영구 이용정지되었으며, "
        f"해당 회원의 프로필과 작성한 게시물은 모두 비공개 처리되었습니다.\n\n감사합니다.\n")),
    outcome="applied", classification="confirmation",
    imitates="Korean forum 회원 영구 이용정지 notice, quoted-printable with soft line breaks",
    why="the member profile URL (raw Korean, inside parentheses) is suspended and made private: removed",
    items={M[12]: "removed"},
)

case(
    name="madang-holiday-autoreply",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"),
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject=subj("[자동응답] Re: " + SUBJ_M), reply_to_req="req-240903-01", extra_headers=AUTO,
    body="""안녕하세요. 마당포럼 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴 기간에는 고객센터 운영을 쉽니다.
접수하신 문의는 연휴 이후 순서대로 답변드리겠습니다.

※ 본 메일은 발신 전용 자동응답 메일입니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean customer-centre 추석 연휴 자동응답",
    why="holiday auto-reply, says nothing about any post",
    items={},
)

case(
    name="madang-forged-dmarc-fail",
    **{"from": "cs@madang.kr"}, name_from=subj("마당포럼 고객센터"), auth="fail",
    date="Wed, 04 Sep 2024 22:14:51 +0900",
    subject=subj("Re: " + SUBJ_M),
    body=f"""요청하신 게시물 모두 삭제했습니다.

{M[1]}
{M[2]}
{M[4]}

마당포럼""",
    outcome="review", review="untrusted",
    imitates="spoofed forum reply (DMARC fail) claiming deletions",
    why="claims from madang.kr failing DKIM/SPF/DMARC cannot change statuses",
    items={M[1]: "pending", M[2]: "pending", M[4]: "pending"},
)

orig_m = "\n".join(req_ko("KCSC-240903-01", M, M_RAW))
case(
    name="madang-outlook-original-message",
    **{"from": "jh.kim@madang.kr"}, name_from=subj("김지현"),
    date="Tue, 10 Sep 2024 14:47:19 +0900",
    subject=subj("RE: " + SUBJ_M), reply_to_req="req-240903-01",
    body=f"""담당자님, 아래 게시물은 게시중단 처리했습니다.
{M[13]}

김지현 드림 | 마당포럼 운영정책팀

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: cs@madang.kr
Subject: {SUBJ_M}

{orig_m}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original request under -----Original Message-----",
    why="statement line followed by the URL on the next line; the original request below lists all 13 URLs but states nothing",
    items={M[13]: "removed"},
)

case(
    name="madang-list-status-next-line",
    **{"from": "admin@madang.kr"}, name_from=subj("마당 운영자"),
    date="Thu, 05 Sep 2024 08:15:00 +0900",
    subject=subj("Re: " + SUBJ_M), reply_to_req="req-240903-01",
    body=f"""확인 결과 공유드립니다.

- {M[3]}
  → 작성자 탈퇴로 이미 삭제된 글입니다
- {M[5]}
  → 블라인드 처리했습니다

-- 
마당 운영자""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's bulleted list, status on the line under each URL",
    why="post already deleted with its author's account (not_found); the other blinded (removed)",
    items={M[3]: "not_found", M[5]: "removed"},
)

# ================================================================ hostpier (KCSC-240904-02, 4 items)
case(
    name="hostpier-ticket-receipt",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Wed, 04 Sep 2024 10:31:27 +0900",
    subject="[HP-558120] Re: " + SUBJ_H, reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated message.

Your report has been logged as ticket HP-558120. Our abuse team handles
reports in the order they are received and an agent will reply to you once
the report has been reviewed. Please keep the ticket number in the subject
line of any follow-up and do not open duplicate tickets.

HostPier Abuse Desk
https://hostpier.net/legal/aup""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting abuse desk ticket-creation receipt",
    why="pure receipt with a ticket number; the AUP link is the provider's own page",
    items={},
)

case(
    name="hostpier-outcome-per-url",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Fri, 06 Sep 2024 15:02:48 +0900",
    subject="[HP-558120] Re: " + SUBJ_H, reply_to_req="req-240904-02",
    body=f"""Hi,

Thanks for the report. Outcome per URL:

{H[1]} and {H[2]} - the hosting account
was suspended for breach of our AUP (gambling). Both addresses now return
410 Gone.

{H[3]} - the customer took the page down after our
notice; we checked and it is no longer served.

{H[4]} - there is no such path on that account.
The site is an empty placeholder and no /shop directory has ever existed
on it according to our logs.

Regards,
Marta
HostPier Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse agent reply with one paragraph per URL",
    why="account suspended (two URLs gone), page taken down after notice (removed), path never existed (not_found)",
    items={H[1]: "removed", H[2]: "removed", H[3]: "removed", H[4]: "not_found"},
)

case(
    name="hostpier-forwarded-to-customer",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Thu, 05 Sep 2024 09:12:10 +0900",
    subject="[HP-558120] Re: " + SUBJ_H, reply_to_req="req-240904-02",
    body=f"""Hello,

We have forwarded your complaint about the following URLs to our customer
and asked them to respond within 48 hours:

  {H[3]}
  {H[4]}

If the content is still online after that deadline we will suspend the
service. We'll let you know the outcome.

HostPier Abuse Desk""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'forwarded to customer, 48 hours to respond' reply",
    why="forwarding and a conditional promise to suspend; nothing has been done to the two URLs",
    items={H[3]: "pending", H[4]: "pending"},
)

case(
    name="hostpier-noc-oneliner-angle",
    **{"from": "noc@hostpier.net"}, name_from=subj("Dev Patel"),
    date="Thu, 05 Sep 2024 23:48:02 +0900",
    subject="Re: " + SUBJ_H, reply_to_req="req-240904-02",
    body=f"""both lucky-hanul urls are gone, whole site suspended.
<{H[1]}>
<{H[2]}>

-- 
Dev / HostPier NOC""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small host's NOC engineer, URLs in angle brackets",
    why="the site is suspended and both named URLs are gone",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="hostpier-rejected-and-removed",
    **{"from": "compliance@hostpier.net"}, name_from=subj("HostPier Compliance"),
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject="[HP-558120] Re: " + SUBJ_H, reply_to_req="req-240904-02",
    body=f"""Hello,

Regarding the two remaining URLs in your report:

{H[3]}
Reviewed by our compliance team. This is a sign-up page for a free-to-play
social casino that pays no cash prizes, which our AUP allows. We will not
take action on it.

{H[4]}
Removed. Our staff deleted the product listing on 6 September and the
customer has received a formal warning.

Kind regards,
HostPier Compliance""",
    outcome="applied", classification="confirmation",
    imitates="hosting compliance team decision, URL line then decision paragraph",
    why="one URL kept with a reason (rejected), the other deleted by staff (removed)",
    items={H[3]: "rejected", H[4]: "removed"},
)

case(
    name="hostpier-resolution-html-table",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Tue, 10 Sep 2024 16:40:05 +0900",
    subject="[HP-558120] Resolved: " + SUBJ_H, reply_to_req="req-240904-02", type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC team,</p>
<p>Abuse case <b>HP-558120</b> has been resolved. Summary of the actions taken:</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Reported URL</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{H[1]}</td><td>Suspended (hosting account terminated)</td></tr>
<tr><td>{H[2]}</td><td>Suspended (hosting account terminated)</td></tr>
<tr><td>{H[3]}</td><td>No action &ndash; no breach of our Acceptable Use Policy found</td></tr>
<tr><td>{H[4].replace("&", "&amp;")}</td><td>Content removed by customer</td></tr>
</tbody></table>
<p>If you believe this outcome is wrong you can reply to this ticket.
Our policy: <a href="https://hostpier.net/legal/aup">https://hostpier.net/legal/aup</a></p>
<p>HostPier Abuse Desk</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system 'case resolved' HTML summary from a hosting abuse desk",
    why="table rows: two suspended (removed), one no breach found (rejected), one removed by customer (removed); the AUP link is not an item",
    items={H[1]: "removed", H[2]: "removed", H[3]: "rejected", H[4]: "removed"},
)

case(
    name="hostpier-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.hostpier.net"}, name_from=subj("Mail Delivery System"),
    date="Wed, 04 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="B2C41A0C9F.1725413441/mx1.hostpier.net"

This is a MIME-encapsulated message.

--B2C41A0C9F.1725413441/mx1.hostpier.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hostpier.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@hostpier.net>: host mbox.hostpier.net[203.0.113.25] said: 550 5.1.1
    <legal@hostpier.net>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)

--B2C41A0C9F.1725413441/mx1.hostpier.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hostpier.net
X-Postfix-Queue-ID: B2C41A0C9F
Arrival-Date: Wed,  4 Sep 2024 10:30:40 +0900 (KST)

Final-Recipient: rfc822; legal@hostpier.net
Original-Recipient: rfc822;legal@hostpier.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.hostpier.net
Diagnostic-Code: smtp; 550 5.1.1 <legal@hostpier.net>: Recipient address
    rejected: User unknown in local recipient table

--B2C41A0C9F.1725413441/mx1.hostpier.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@hostpier.net
Subject: [KCSC-240904-02] Removal request: illegal gambling and drug sale sites (4 URLs)
Date: Wed, 04 Sep 2024 10:30:00 +0900
Message-ID: <req-240904-02@kcsc.example>

--B2C41A0C9F.1725413441/mx1.hostpier.net--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the request's headers",
    why="delivery failure report for our own request",
    items={},
)

case(
    name="hostpier-contact-change-no-claims",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="Change of abuse contact for HostPier services",
    body="""Hello,

Please note that from 1 October 2024 abuse reports concerning HostPier
services should be filed through https://hostpier.net/abuse/report or sent
to abuse@hostpier.net. The address legal@hostpier.net will no longer be
monitored.

Kind regards,
HostPier Abuse Desk""",
    outcome="review", review="no_claims",
    imitates="hosting provider notice of a changed abuse contact",
    why="trusted HostPier mail naming no item and no request: a person should see it (contact change) but no status changes",
    items={},
)

case(
    name="hostpier-answers-for-cdn-items",
    **{"from": "abuse@hostpier.net"}, name_from=subj("HostPier Abuse"),
    date="Mon, 09 Sep 2024 13:33:00 +0900",
    subject="[HP-558377] Complaint forwarded by EdgeVeil (your ref KCSC-240905-03)",
    body=f"""Hello,

EdgeVeil passed your complaint (their report EV-77120, your reference
KCSC-240905-03) on to us, as the origin server for toto-byeol.example is on
our network. We have suspended the customer's account, and

{E[1]}
{E[2]}

no longer load.

HostPier Abuse Desk""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider answering a complaint a CDN forwarded to it",
    why="HostPier states statuses for items of the EdgeVeil request: a person decides, nothing applied",
    items={E[1]: "pending", E[2]: "pending"},
)

# ================================================================ edgeveil (KCSC-240905-03, 3 items)
case(
    name="edgeveil-passthrough-not-host",
    **{"from": "abuse@edgeveil.com"}, name_from=subj("EdgeVeil Trust & Safety"),
    date="Thu, 05 Sep 2024 12:10:09 +0900",
    subject="[EV-77120] Re: " + SUBJ_E, reply_to_req="req-240905-03",
    body=f"""Hello,

Thank you for your report (EV-77120).

EdgeVeil provides reverse proxy and content delivery services to the website
at the URLs below. We do not host that website and cannot remove content
stored on our customer's origin server.

  {E[1]}
  {E[2]}
  {E[3]}

We have forwarded your complaint to the website operator and to the hosting
provider, HostPier (abuse@hostpier.net), who are best placed to act on it.

For more information see https://edgeveil.com/trust/abuse-approach

EdgeVeil Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="CDN pass-through reply ('we are not the host, complaint forwarded')",
    why="no status for any URL: not a removal, and not a refusal on the merits (the CDN did not judge the content); a person decides what to do next",
    items={E[1]: "pending", E[2]: "pending", E[3]: "pending"},
)

case(
    name="edgeveil-geoblock-html-list",
    **{"from": "abuse@edgeveil.com"}, name_from=subj("EdgeVeil Trust & Safety"),
    date="Tue, 10 Sep 2024 18:22:31 +0900",
    subject="[EV-77120] Action taken: " + SUBJ_E, reply_to_req="req-240905-03", type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>Following our review of report EV-77120 under the law of the Republic of Korea,
we have taken the following action:</p>
<ul>
<li><a href="{E[1]}">{E[1]}</a> &mdash; access from the Republic of Korea blocked at our edge</li>
<li><a href="{E[2]}">{E[2]}</a> &mdash; access from the Republic of Korea blocked at our edge</li>
<li><a href="{E[3]}">{E[3]}</a> &mdash; the origin returns 404 for this file and we hold no cached copy; there is no such object</li>
</ul>
<p>The site remains reachable from other countries.</p>
<p>EdgeVeil Trust &amp; Safety</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-block notice (access blocked from one country) as an HTML list",
    why="two URLs blocked for Korea only (restricted); the image does not exist (not_found)",
    items={E[1]: "restricted", E[2]: "restricted", E[3]: "not_found"},
)

case(
    name="edgeveil-lookalike-domain",
    **{"from": "trust@edgeveil-support.com"}, name_from=subj("EdgeVeil Trust & Safety"),
    date="Sat, 07 Sep 2024 02:41:17 +0900",
    subject="[EV-77120] Case closed - " + SUBJ_E,
    body=f"""Hello,

We have removed all reported content:

{E[1]}
{E[2]}
{E[3]}

Case EV-77120 is now closed.

EdgeVeil Trust & Safety""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as a CDN's trust & safety team",
    why="edgeveil-support.com is not EdgeVeil's sender domain; its statements change nothing",
    items={E[1]: "pending", E[2]: "pending", E[3]: "pending"},
)

case(
    name="edgeveil-image-purged",
    **{"from": "abuse@edgeveil.com"}, name_from=subj("EdgeVeil Trust & Safety"),
    date="Wed, 11 Sep 2024 10:05:55 +0900",
    subject="[EV-77120] Update: " + SUBJ_E, reply_to_req="req-240905-03",
    body=f"""Hello,

Update on EV-77120: the image {E[3]} has
been purged from our cache and is now blocked on our network in all regions.

EdgeVeil Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="CDN update: object purged and blocked network-wide",
    why="blocked globally is a removal of the one named URL",
    items={E[3]: "removed"},
)

# ================================================================ namebarn (KCSC-240906-04, 2 items)
case(
    name="namebarn-clienthold-and-refusal",
    **{"from": "abuse@namebarn.com"}, name_from=subj("NameBarn Domain Abuse"),
    date="Mon, 09 Sep 2024 07:55:10 +0900",
    subject="Re: " + SUBJ_N + " [NB-ABUSE-30917]", reply_to_req="req-240906-04",
    body=f"""Dear Sir or Madam,

Regarding your complaint KCSC-240906-04:

1) hanbit-casino.example ({N[1]})
   Action: domain suspended (clientHold, nameservers removed). The domain no
   longer resolves.

2) moa-pill.example ({N[2]})
   Action: none. The registrant's contact details were verified and the
   complaint concerns website content rather than DNS abuse; as registrar we
   do not act on content. Please contact the hosting provider.

NameBarn Domain Abuse Team
https://namebarn.com/legal/abuse-policy""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply (clientHold for one domain, refusal for content complaint)",
    why="one domain suspended so its URL is gone (removed); the other refused with its reason (rejected)",
    items={N[1]: "removed", N[2]: "rejected"},
)

case(
    name="namebarn-read-receipt",
    **{"from": "abuse@namebarn.com"}, name_from=subj("NameBarn Domain Abuse"),
    date="Fri, 06 Sep 2024 11:40:00 +0900",
    subject="Read: " + SUBJ_N,
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f31c2"

--mdn-7f31c2
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@namebarn.com
  Subject: [KCSC-240906-04] Abuse complaint: illegal gambling / drug sale domains
  Sent: Friday, 6 September 2024 11:00 (UTC+09:00)

was read on Friday, 6 September 2024 11:39 (UTC+09:00).

--mdn-7f31c2
Content-Type: message/disposition-notification

Reporting-UA: namebarn.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@namebarn.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f31c2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, displayed)",
    why="read receipt for our complaint",
    items={},
)

case(
    name="namebarn-asks-for-order",
    **{"from": "abuse@namebarn.com"}, name_from=subj("NameBarn Domain Abuse"),
    date="Sat, 07 Sep 2024 03:12:40 +0900",
    subject="Re: " + SUBJ_N + " [NB-ABUSE-30917]", reply_to_req="req-240906-04",
    body=f"""Hello,

Before we can act on hanbit-casino.example ({N[1]}) we need a copy of the
decision or order issued under Korean law, with an English translation and
the name of the issuing authority. Please reply to this ticket with the
document attached.

NameBarn Domain Abuse Team""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order / authority decision before acting",
    why="asks for a document; no action taken",
    items={N[1]: "pending"},
)

case(
    name="namebarn-korean-support-suspended",
    **{"from": "support.kr@namebarn.com"}, name_from=subj("네임반 고객지원"),
    date="Tue, 10 Sep 2024 14:00:21 +0900",
    subject=subj("Re: " + SUBJ_N), reply_to_req="req-240906-04",
    body=f"""안녕하세요, 네임반 한국 고객지원팀입니다.

요청하신 {N[2]} 건과 관련하여 안내드립니다.
해당 도메인(moa-pill.example)은 9월 9일부로 등록 정지(Suspended) 처리되어
현재 접속되지 않습니다.

감사합니다.
네임반 고객지원팀""",
    outcome="applied", classification="confirmation",
    imitates="registrar's Korean-language support desk reply (도메인 등록 정지)",
    why="the domain is suspended and the named URL no longer loads: removed",
    items={N[2]: "removed"},
)

# ================================================================ pixboard (KCSC-240909-05, 5 items)
case(
    name="pixboard-mod-deleted-list",
    **{"from": "mod@pixboard.org"}, name_from=subj("pixboard mod"),
    date="Mon, 09 Sep 2024 21:03:44 +0900",
    subject="Re: " + SUBJ_P, reply_to_req="req-240909-05",
    body=f"""deleted:
{P[1]}
{P[3]}
{P[4]}

already gone before your mail came in (thread was pruned):
{P[2]}

/b/ one is with the admin.
-- mod""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator's terse list reply",
    why="three deleted; one no longer existed when the mail arrived (not_found); the /b/ thread is not named by URL and is only passed on",
    items={P[1]: "removed", P[3]: "removed", P[4]: "removed", P[2]: "not_found"},
)

case(
    name="pixboard-admin-keeps-thread",
    **{"from": "admin@pixboard.org"}, name_from=subj("pixboard admin"),
    date="Tue, 10 Sep 2024 02:17:09 +0900",
    subject="Re: " + SUBJ_P, reply_to_req="req-240909-05",
    body=f"""{P[5]} - looked at it, it's a drawing thread,
nothing in it breaks our rules. leaving it up.

- admin""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin one-line refusal",
    why="kept because it breaks no rule: rejected",
    items={P[5]: "rejected"},
)

case(
    name="pixboard-hedge-away",
    **{"from": "admin@pixboard.org"}, name_from=subj("pixboard admin"),
    date="Tue, 10 Sep 2024 08:40:00 +0900",
    subject="Re: " + SUBJ_P, reply_to_req="req-240909-05",
    body=f"""hey, the kr threads ({P[1]} and 48377) might
already have been pruned by the janitors. I'm travelling until the weekend
and can't check from here, will look on sunday.""",
    outcome="review", review="not_understood",
    imitates="image-board admin's hedged reply from travel",
    why="'might already have been pruned' is a hedge and 'will look on sunday' a promise; nothing stated",
    items={P[1]: "pending", P[2]: "pending"},
)

case(
    name="pixboard-unmonitored-autoreply",
    **{"from": "noreply@pixboard.org"}, name_from=subj("pixboard"),
    date="Mon, 09 Sep 2024 15:00:09 +0900",
    subject="Auto: " + SUBJ_P, extra_headers=AUTO,
    body="""This address is not read by anyone.

To report a post use the [report] button next to it, or the form at
https://pixboard.org/contact . This message was sent automatically.""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' auto-reply from a small site",
    why="automatic reply pointing to the site's own contact form",
    items={},
)

case(
    name="pixboard-gmail-all-five",
    **{"from": "admin@pixboard.org"}, name_from=subj("pixboard admin"),
    date="Wed, 11 Sep 2024 19:26:31 +0900",
    subject="Re: " + SUBJ_P, reply_to_req="req-240909-05",
    body=f"""done, all five removed.

On Mon, Sep 9, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req_en("KCSC-240909-05", P))}
""",
    outcome="review", review="bulk",
    imitates="Gmail top-posted 'done, all removed' over the quoted request",
    why="one sentence about all five items without naming them; the URLs only appear in the quoted request",
    items=ALL_P_PENDING,
)

case(
    name="pixboard-modlog-html",
    **{"from": "admin@pixboard.org"}, name_from=subj("pixboard admin"),
    date="Thu, 12 Sep 2024 00:05:12 +0900",
    subject="Re: " + SUBJ_P + " (mod log)", reply_to_req="req-240909-05", type="html",
    body=f"""<html><body>
<p>here's the mod log for your links:</p>
<table border="1">
<tr><th>post</th><th>action</th><th>reason</th><th>by</th></tr>
<tr><td>{P[2]}</td><td>thread deleted</td><td>rule 2</td><td>mod3</td></tr>
<tr><td>{P[4]}</td><td>file deleted</td><td>rule 2</td><td>mod3</td></tr>
<tr><td>{P[5]}</td><td>no action</td><td>not against rules</td><td>admin</td></tr>
</table>
<p>rules: <a href="https://pixboard.org/rules">https://pixboard.org/rules</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderation-log export pasted as an HTML table",
    why="two deleted (removed), one no action because it breaks no rule (rejected); the rules link is not an item",
    items={P[2]: "removed", P[4]: "removed", P[5]: "rejected"},
)

case(
    name="pixboard-report-closed-echo",
    **{"from": "reports@pixboard.org"}, name_from=subj("pixboard reports"),
    date="Wed, 11 Sep 2024 12:44:00 +0900",
    subject="Report #2291 closed",
    body=f"""Report #2291 status changed: OPEN -> CLOSED (content removed)

Your report:
  URL:      {P[5]}
  Category: illegal content
  Details:  KCSC-240909-05 - request from the Korea Communications Standards
            Commission, see email of 9 Sep.

Moderator note: thread deleted.

You can view your reports at https://pixboard.org/reports/mine""",
    outcome="applied", classification="confirmation",
    imitates="help-desk status-change notification echoing the submitted report",
    why="the closed report concerns exactly one URL and says its content was removed (thread deleted)",
    items={P[5]: "removed"},
)

# ================================================================ filecrate (KCSC-240910-06, 3 items)
csv_f = ("url,status,action_date\n"
         f"{F[1]},removed,2024-09-11\n"
         f"{F[2]},not_found,2024-09-11\n"
         f"{F[3]},disabled,2024-09-11\n").encode("utf-8")
case(
    name="filecrate-csv-outcome",
    **{"from": "legal@filecrate.io"}, name_from=subj("FileCrate Legal"),
    date="Wed, 11 Sep 2024 16:30:00 +0900",
    subject="Re: " + SUBJ_F, reply_to_req="req-240910-06",
    raw_mime=mixed_with_csv("=_fc_8a1e44b0", """Hello,

Attached is the outcome for each link in your notice KCSC-240910-06.

FileCrate Legal""", "kcsc-240910-06-outcome.csv", csv_f),
    outcome="applied", classification="confirmation",
    imitates="file host answering with a machine-made CSV attachment",
    why="CSV: removed, not_found, disabled (a removal)",
    items={F[1]: "removed", F[2]: "not_found", F[3]: "removed"},
)

case(
    name="filecrate-helpdesk-receipt",
    **{"from": "support@filecrate.io"}, name_from=subj("FileCrate Support"),
    date="Tue, 10 Sep 2024 10:00:48 +0900",
    subject="[FileCrate] Re: " + SUBJ_F, reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (40021) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

FileCrate Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-like) request received notification",
    why="pure receipt with a request number",
    items={},
)

case(
    name="filecrate-text-table",
    **{"from": "legal@filecrate.io"}, name_from=subj("FileCrate Legal"),
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject="Re: " + SUBJ_F, reply_to_req="req-240910-06",
    body=f"""Hello,

Result of our review:

URL                                            | Result
-----------------------------------------------+----------------------------------
{F[1]:<47}| File deleted, uploader banned
{F[2]:<47}| Downloads blocked for visitors from South Korea
{F[3]:<47}| Kept - the archive holds public documents only

FileCrate Legal""",
    outcome="applied", classification="confirmation",
    imitates="plain-text table typed into a file host's reply",
    why="deleted (removed), blocked for Korea (restricted), kept with a reason (rejected)",
    items={F[1]: "removed", F[2]: "restricted", F[3]: "rejected"},
)

case(
    name="filecrate-dsa-statement-of-reasons",
    **{"from": "dsa@filecrate.io"}, name_from=subj("FileCrate DSA Team"),
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject="Statements of reasons - your notice KCSC-240910-06",
    body=f"""Dear notifier,

We have taken the decisions below on your notice KCSC-240910-06.

Statement of reasons 1
  Content:            {F[3]}
  Decision:           access to the file disabled
  Territorial scope:  Republic of Korea only
  Ground:             illegal content under the law of the Republic of Korea
                      (not incompatible with our Terms of Service)
  Automated means:    no

Statement of reasons 2
  Content:            {F[1]}
  Decision:           file removed
  Territorial scope:  worldwide
  Ground:             incompatible with our Terms of Service, section 4
  Automated means:    no

You may contest these decisions through https://filecrate.io/appeals

FileCrate DSA Team""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (decision, territorial scope, ground)",
    why="disabled in Korea only (restricted); removed worldwide (removed); the appeals link is not an item",
    items={F[3]: "restricted", F[1]: "removed"},
)

case(
    name="filecrate-ack-with-removal",
    **{"from": "support@filecrate.io"}, name_from=subj("FileCrate Support"),
    date="Wed, 11 Sep 2024 08:02:30 +0900",
    subject="[FileCrate] Re: " + SUBJ_F + " (#40022)", reply_to_req="req-240910-06",
    body=f"""Hi,

Thanks, we received your report (ticket #40022). The file
{F[2]} has been removed and the uploader's account closed.

Best,
Ana, FileCrate Support""",
    outcome="applied", classification="confirmation",
    imitates="support agent reply opening with a receipt phrase and then a removal",
    why="a receipt phrase plus an unhedged removal of a named file is a confirmation",
    items={F[2]: "removed"},
)

# ================================================================ ssakbin (KCSC-240911-07, 1 item)
case(
    name="ssakbin-one-word-reply",
    **{"from": "admin@ssakbin.kr"}, name_from=subj("싹빈"),
    date="Wed, 11 Sep 2024 13:27:05 +0900",
    subject=subj("Re: " + SUBJ_S), reply_to_req="req-240911-07",
    body=f"""지웠습니다.

2024년 9월 11일 (수) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted(req_ko("KCSC-240911-07", S))}
""",
    outcome="applied", classification="confirmation",
    imitates="one-word reply from a one-person paste service over the quoted request",
    why="'deleted' answering a one-item request in its thread: the item is removed; the quoted URL states nothing itself",
    items={S[1]: "removed"},
)

case(
    name="ssakbin-expired-fullwidth",
    **{"from": "admin@ssakbin.kr"}, name_from=subj("싹빈"),
    date="Thu, 12 Sep 2024 09:03:00 +0900",
    subject=subj("Re: " + SUBJ_S), reply_to_req="req-240911-07",
    body="""안녕하세요.
문의하신 글（https://ssakbin.kr/p/h7Rk2n）은 보관 기간 7일이 지나 자동으로 만료된 글이라 이미 존재하지 않습니다.
싹빈 운영자 드림""",
    outcome="applied", classification="confirmation",
    imitates="paste-service operator reply, URL inside full-width parentheses",
    why="the paste had already expired and no longer exists: not_found",
    items={S[1]: "not_found"},
)

case(
    name="ssakbin-out-of-office",
    **{"from": "admin@ssakbin.kr"}, name_from=subj("싹빈"),
    date="Wed, 11 Sep 2024 10:00:31 +0900",
    subject="Out of office: " + subj(SUBJ_S), reply_to_req="req-240911-07", extra_headers=AUTO,
    body="""I'm out of the office until 16 September with limited access to email.
I will reply when I'm back.

/ 9월 16일까지 부재중입니다. 복귀 후 답장드리겠습니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 241: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste service, many answering informally;
# CSV attachments and plain-text tables. Written by make.py from each email's
# meaning alone, before any run of the reader. Each case runs on a fresh ledger."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
