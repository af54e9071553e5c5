#!/usr/bin/env python3
"""Blind set 171: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Ppomppu, FM Korea; Clien only as a sender) with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind171/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. Everything is fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind171"

# ---------------------------------------------------------------- requests
D = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9120334",
    2: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9120871",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552190",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552207",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=dieting_m&no=77014",
    6: "https://gall.dcinside.com/board/view/?id=hit&no=20455",
    7: "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3318",
    8: "https://m.dcinside.com/board/tree/1180452",
    9: "https://m.dcinside.com/board/tree/1180519",
    10: "https://gall.dcinside.com/mgallery/board/view/?id=loanpro&no=10442",
    11: "https://gall.dcinside.com/mgallery/board/view/?id=loanpro&no=10447",
    12: "https://gall.dcinside.com/board/view/?id=etc_entertainment1&no=633871",
    13: "https://gall.dcinside.com/board/view/?id=etc_entertainment1&no=634002",
    14: "https://gall.dcinside.com/mgallery/board/view/?id=sideproject&no=2911",
}
N = {
    1: "https://blog.naver.com/moonlit_fox22/223560014482",
    2: "https://cafe.naver.com/joonggomarket7/884213",
    3: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471220915",
    4: "https://blog.naver.com/seaside_ledger/223561907735",
}
S = {
    1: "https://vod.sooplive.co.kr/player/128840217",
    2: "https://vod.sooplive.co.kr/player/128851904",
    3: "https://ch.sooplive.co.kr/nightbroker99/post/117732045",
}
K1_RAW = "https://cafe.daum.net/블루마켓/Kx9P/3307"
K = {
    1: "https://cafe.daum.net/" + quote("블루마켓") + "/Kx9P/3307",
    2: "https://cafe.daum.net/healthsecret/2Lmq/10218",
    3: "https://harbor-notes.tistory.com/412",
    4: "https://pinetree-log.tistory.com/88",
    5: "https://cafe.daum.net/healthsecret/2Lmq/10230",
}
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9023311",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410982",
}
F = {1: "https://www.fmkorea.com/7345120981"}
T = {
    1: "https://pann.nate.com/talk/372201845",
    2: "https://pann.nate.com/talk/372209930",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, message_id, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [D[i] for i in range(1, 15)], "illegal_gambling_and_loans", "req-240903-01@kcsc.example",
     "gallery posts, largest request"),
    ("KCSC-240905-02", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [N[i] for i in range(1, 5)], "privacy", "req-240905-02@kcsc.example", "blog, cafe, kin"),
    ("KCSC-240906-03", "soop", "2024-09-06T14:05:00+09:00", "2024-09-13T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240906-03@kcsc.example", "VODs and a station post"),
    ("KCSC-240909-04", "daum", "2024-09-09T11:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "drugs", "req-240909-04@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240910-05", "ppomppu", "2024-09-10T10:30:00+09:00", "2024-09-20T18:00:00+09:00",
     [P[1], P[2]], "fraud", "req-240910-05@kcsc.example", ""),
    ("KCSC-240911-06", "fmkorea", "2024-09-11T16:10:00+09:00", "2024-09-20T18:00:00+09:00",
     [F[1]], "defamation", "req-240911-06@kcsc.example", "one post"),
    ("KCSC-240912-07", "nate", "2024-09-12T09:15:00+09:00", "2024-09-23T18:00:00+09:00",
     [T[1], T[2]], "privacy", "req-240912-07@kcsc.example", "Pann posts"),
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


# ---------------------------------------------------------------- MIME helpers
def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=()):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def kcsc_request_text(ref, urls, platform_name, date_line):
    lines = [
        f"{platform_name} 담당자님께,",
        "",
        "방송통신심의위원회는 아래 게시물이 정보통신망법상 불법정보에 해당한다고 판단하여",
        f"삭제 또는 접속차단을 요청합니다. 처리 결과를 {date_line}까지 회신하여 주십시오.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"요청번호: {ref}", "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


def dsn_mime():
    orig = "\n".join([
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: report-desk@dcinside.com",
        "Subject: [KCSC-240903-01] 불법정보 삭제 요청 (재송부)",
        "Date: Wed, 04 Sep 2024 09:00:00 +0900",
        "Message-ID: <req-240903-01-resend@kcsc.example>",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        kcsc_request_text("KCSC-240903-01", [D[1], D[2], D[3]], "디시인사이드", "2024년 9월 10일"),
    ])
    human = (
        "This is the mail system at host mx1.dcinside.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<report-desk@dcinside.com>: host mailstore2.dcinside.com[192.0.2.45] said:\n"
        "    550 5.1.1 <report-desk@dcinside.com>: Recipient address rejected:\n"
        "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n"
    )
    status = (
        "Reporting-MTA: dns; mx1.dcinside.com\n"
        "X-Postfix-Queue-ID: 4WzQ7k2Lp1z9t\n"
        "Arrival-Date: Wed,  4 Sep 2024 09:00:03 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; report-desk@dcinside.com\n"
        "Original-Recipient: rfc822;report-desk@dcinside.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mailstore2.dcinside.com\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <report-desk@dcinside.com>: Recipient address\n"
        "    rejected: User unknown in virtual mailbox table\n"
    )
    return multipart("report", "4WzQ7k2Lp1z9t.1725408003/mx1.dcinside.com", [
        part("text/plain; charset=us-ascii", human, "7bit",
             ["Content-Description: Notification"]),
        part("message/delivery-status", status, "7bit",
             ["Content-Description: Delivery report"]),
        part("message/rfc822", orig, "8bit",
             ["Content-Description: Undelivered Message"]),
    ], "; report-type=delivery-status")


def mdn_mime():
    human = (
        "귀하가 2024-09-06 14:05 (KST)에 보낸 메시지\n"
        "  제목: [KCSC-240906-03] 음란정보 삭제 요청\n"
        "을(를) 수신자가 2024-09-06 15:31 (KST)에 열람하였습니다.\n\n"
        "이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 것만 의미하며,\n"
        "수신자가 내용을 읽었거나 이해했거나 동의했다는 뜻은 아닙니다.\n"
    )
    status = (
        "Reporting-UA: mail.sooplive.co.kr; SOOP Webmail\n"
        "Original-Recipient: rfc822;safety@sooplive.co.kr\n"
        "Final-Recipient: rfc822;safety@sooplive.co.kr\n"
        "Original-Message-ID: <req-240906-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )
    return multipart("report", "----=_MDN_20240906153112_77", [
        part("text/plain; charset=utf-8", human, "8bit"),
        part("message/disposition-notification", status, "7bit"),
    ], "; report-type=disposition-notification")


def csv_attachment_mime(text, csv_text, filename, boundary):
    return multipart("mixed", boundary, [
        part("text/plain; charset=utf-8", text, "8bit"),
        part(f"text/csv; charset=utf-8; name=\"{filename}\"", b64("\ufeff" + csv_text), "base64",
             [f"Content-Disposition: attachment; filename=\"{filename}\""]),
    ])


def fake_pdf():
    stream = zlib.compress(
        "BT /F1 10 Tf 72 720 Td (KCSC-240910-05 result) Tj ET\n".encode("ascii") * 6, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    for i, o in enumerate(objs, 1):
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    out += b"trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n"
    return out


# ---------------------------------------------------------------- cases
DC_FROM = "report@dcinside.com"
DC_NAME = "디시인사이드 운영팀"

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== DC Inside (KCSC-240903-01, 14 items) =====
case(
    name="dc-kr-text-table-first-batch",
    from_=DC_FROM, name_from=DC_NAME,
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청 처리 결과 (1차)",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)의 1차 처리 결과를
아래와 같이 회신드립니다.

 번호 | 게시물 주소 | 처리 결과
------+-------------+--------------------------------
  1   | {D[1]} | 삭제
  2   | {D[2]} | 삭제
  3   | {D[3]} | 삭제 및 작성자 이용 차단
  4   | {D[4]} | 게시물 없음 (작성자 본인 삭제)
  5   | {D[5]} | 삭제
  6   | {D[6]} | 유지 (아래 사유 참고)

6번 게시물은 담당자가 내용을 검토하였으나 언론 기사를 인용한 게시물로,
당사 운영원칙과 관련 법령상 삭제 사유에 해당하지 않는다고 판단하여 게시를
유지합니다.

7번부터 14번까지는 갤러리별 확인이 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations-team reply with a numbered plain-text result table (삭제 / 게시물 없음 / 유지)",
    why="trusted item-level table: four deleted, one already deleted by its author, one kept with a reason",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "rejected"},
)

case(
    name="dc-html-table-second-batch",
    from_=DC_FROM, name_from=DC_NAME,
    date="Mon, 09 Sep 2024 14:18:37 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청 처리 결과 (2차)",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 KCSC-240903-01 중 나머지 8건의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#3b4890;color:#fff"><th>No.</th><th>URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>7</td><td><a href="{D[7]}">{D[7]}</a></td><td>삭제</td><td>미니 갤러리 매니저 통보</td></tr>
<tr><td>8</td><td><a href="{D[8]}">{D[8]}</a></td><td>19세 미만 열람 제한</td><td>성인 인증 후 열람</td></tr>
<tr><td>9</td><td><a href="{D[9]}">{D[9]}</a></td><td>게시물 없음</td><td>요청 전 작성자 삭제</td></tr>
<tr><td>10</td><td><a href="{D[10]}">{D[10]}</a></td><td>삭제</td><td>작성자 IP 차단</td></tr>
<tr><td>11</td><td><a href="{D[11]}">{D[11]}</a></td><td>유지</td><td>등록 대부업체의 정상 광고로 확인</td></tr>
<tr><td>12</td><td><a href="{D[12]}">{D[12]}</a></td><td>삭제</td><td></td></tr>
<tr><td>13</td><td><a href="{D[13]}">{D[13]}</a></td><td>삭제</td><td></td></tr>
<tr><td>14</td><td><a href="{D[14]}">{D[14]}</a></td><td>삭제</td><td></td></tr>
</table>
<p>운영원칙은 <a href="https://www.dcinside.com/policy/operation">이곳</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML result table for the rest of a batch, with a 비고 column and a policy link",
    why="HTML table row by row: deleted, age-gated, not found, kept (registered lender), deleted; the policy link is not an item",
    items={D[7]: "removed", D[8]: "restricted", D[9]: "not_found", D[10]: "removed",
           D[11]: "rejected", D[12]: "removed", D[13]: "removed", D[14]: "removed"},
)

_dc_csv = "번호,URL,처리결과,처리일시\n" + "\n".join(
    f"{i},{D[i]},{r},2024-09-{day} {hh}"
    for i, r, day, hh in [
        (1, "삭제", "04", "15:10"), (2, "삭제", "04", "15:11"), (3, "삭제", "04", "15:20"),
        (4, "게시물 없음(작성자 삭제)", "04", "15:22"), (5, "삭제", "05", "10:02"),
        (6, "유지(삭제 사유 없음)", "05", "10:40"), (7, "삭제", "06", "11:15"),
        (8, "19세 미만 열람 제한", "06", "11:30"), (9, "게시물 없음", "06", "11:31"),
        (10, "삭제", "04", "10:50"), (11, "유지(정상 광고)", "06", "13:05"),
        (12, "삭제", "05", "09:01"), (13, "삭제", "05", "09:02"), (14, "삭제", "04", "10:52"),
    ]) + "\n"
case(
    name="dc-csv-attachment-final",
    from_=DC_FROM, name_from=DC_NAME,
    date="Tue, 10 Sep 2024 10:05:44 +0900",
    subject="[디시인사이드] KCSC-240903-01 최종 처리 결과 송부",
    reply_to_req="req-240903-01",
    raw_mime=csv_attachment_mime(
        "안녕하세요. 디시인사이드 운영팀입니다.\n\n"
        "KCSC-240903-01 요청 14건의 최종 처리 결과를 첨부 CSV 파일로 보내드립니다.\n"
        "게시물별 처리 결과와 처리 일시는 파일에서 확인 부탁드립니다.\n\n"
        "감사합니다.\n디시인사이드 운영팀",
        _dc_csv, "KCSC-240903-01_result.csv", "=_dc_20240910_5c1e"),
    outcome="applied", classification="confirmation",
    imitates="portal sending the regulator a per-URL result sheet as a CSV attachment (Korean header row, UTF-8 with BOM)",
    why="CSV row per requested URL with a Korean result; every one of the 14 items gets its status",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed",
           D[6]: "rejected", D[7]: "removed", D[8]: "restricted", D[9]: "not_found",
           D[10]: "removed", D[11]: "rejected", D[12]: "removed", D[13]: "removed",
           D[14]: "removed"},
)

case(
    name="dc-bare-url-status-below",
    from_="cs@dcinside.com", name_from="디시인사이드 신고센터",
    date="Wed, 04 Sep 2024 11:05:20 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.
오늘 오전까지 처리된 게시물부터 먼저 알려드립니다.

{D[7]}
→ 삭제 완료

{D[10]}
→ 삭제 완료 (미등록 대부 광고), 작성자 IP 차단

{D[14]}
→ 삭제 완료

그 외 게시물은 확인되는 대로 다시 연락드리겠습니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="community-site report desk listing bare URLs with an arrow status on the line below",
    why="each bare URL is followed by its own '삭제 완료' line; the remaining items are only promised",
    items={D[7]: "removed", D[10]: "removed", D[14]: "removed"},
)

case(
    name="dc-top-posted-over-outlook-original",
    from_="doyun.kim@dcinside.com", name_from="김도윤",
    date="Thu, 05 Sep 2024 09:12:03 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
담당자님 안녕하세요.

KCSC-240903-01 건 중 연예 갤러리 게시물 2건은 오늘 오전에 삭제했습니다.
 - {D[12]}
 - {D[13]}

나머지 12건은 각 갤러리 관리자와 확인 중이며 처리되는 대로 알려드리겠습니다.

김도윤 | 디시인사이드 운영지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법정보 삭제 요청

{kcsc_request_text("KCSC-240903-01", [D[i] for i in range(1, 15)], "디시인사이드", "2024년 9월 10일")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply above the regulator's original request (-----Original Message-----)",
    why="two URLs stated deleted above the quote; the 14 URLs below -----Original Message----- are our own request, not statements",
    items={D[12]: "removed", D[13]: "removed", D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-gmail-kr-statement-then-url",
    from_="gallery-admin@dcinside.com", name_from="디시인사이드 갤러리 관리팀",
    date="Wed, 04 Sep 2024 17:48:51 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 갤러리 관리팀입니다.

다음 게시물은 코인 마이너 갤러리 규정과 당사 운영원칙에 따라 삭제되었습니다.
<{D[3]}>

다음 게시물은 요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않습니다.
<{D[4]}>

감사합니다.

2024년 9월 3일 (화) 오전 10:20, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 디시인사이드 담당자님께,
>
> 방송통신심의위원회는 아래 게시물이 정보통신망법상 불법정보에 해당한다고 판단하여
> 삭제 또는 접속차단을 요청합니다.
>
> 3. {D[3]}
> 4. {D[4]}
> 5. {D[5]}
> 6. {D[6]}
>
> 요청번호: KCSC-240903-01
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') where each statement sentence comes first and its URL on the next line in angle brackets",
    why="statement line then URL line below it, twice; the '>' quoted request below adds nothing",
    items={D[3]: "removed", D[4]: "not_found", D[5]: "pending", D[6]: "pending"},
)

case(
    name="dc-wrapped-url-in-brackets",
    from_="cs@dcinside.com", name_from="디시인사이드 신고센터",
    date="Thu, 05 Sep 2024 13:27:40 +0900",
    subject="Re: [KCSC-240903-01] 처리 결과 안내",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 중 아래 2건은 금일 삭제 조치하였습니다.

1) 야구 갤러리 게시물
   <{D[1]}>
2) 다이어트 마이너 갤러리 게시물
   <https://gall.dcinside.com/mgallery/board/view/
   ?id=dieting_m&no=77014>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail whose client hard-wrapped a long URL inside its angle brackets (RFC 3986 appendix C style)",
    why="both listed posts were deleted today; the second URL is wrapped inside <...> and a clerk reads it whole",
    items={D[1]: "removed", D[5]: "removed"},
)

case(
    name="dc-mobile-urls-age-gate-and-gone",
    from_=DC_FROM, name_from=DC_NAME,
    date="Fri, 06 Sep 2024 12:02:15 +0900",
    subject="Re: [KCSC-240903-01] 모바일 게시물 2건 처리 결과",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

모바일 주소로 요청하신 2건의 처리 결과입니다.

{D[8]} 게시물은 성인 인증을 마친 이용자만 볼 수 있도록
19세 미만 열람 제한 조치를 적용했습니다.

{D[9]} 게시물은 확인 결과 작성자가 이미 삭제한 게시물로,
현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply in prose about m.dcinside.com URLs: adult-verification gate and a post already deleted by its author",
    why="age restriction is restricted; already deleted by its author is not_found",
    items={D[8]: "restricted", D[9]: "not_found"},
)

# ===== NAVER (KCSC-240905-02, 4 items) =====
case(
    name="naver-blind-and-temporary-measure",
    from_="noreply-right@navercorp.com", name_from="NAVER 게시중단요청서비스",
    date="Fri, 06 Sep 2024 18:30:09 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

안녕하세요. 네이버 게시중단요청서비스 담당자입니다.
방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

■ 블로그 게시물
  - 대상: {N[1]}
  - 결과: 블라인드 처리 (게시물 비노출)

■ 카페 게시물
  - 대상: {N[2]}
  - 결과: 임시조치 (30일간 게시 중단, 정보통신망법 제44조의2)

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청할 수 있으며,
재게시 요청이 없으면 기간 경과 후 삭제됩니다.

이용 관련 문의: https://help.naver.com/service/5633
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (블라인드 처리 / 임시조치 30일) with a help-centre link",
    why="블라인드 처리 is removed; 임시조치 is restricted by the rules; the after-30-days deletion is only a future condition",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-english-deleted-and-invalid",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 10:14:52 +0900",
    subject="RE: [KCSC-240905-02] Removal request - NAVER Blog",
    reply_to_req="req-240905-02",
    body=f"""
Dear KCSC team,

Thank you for your request KCSC-240905-02. Our review of the two blog posts
is complete:

* {N[1]} - The post has been deleted for violating the NAVER Blog
  operation policy (disclosure of personal information).
* {N[4]} - We could not find this post. The address returns an
  invalid-page notice and no post with this number exists on the blog.

The cafe and KnowledgeiN items are handled by a separate team.

Best regards,
Jiwoo Han
NAVER Trust & Safety | Seongnam
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English reply with a bulleted URL - outcome list",
    why="one post deleted, one cannot be found / invalid address; the other items are only said to be handled elsewhere",
    items={N[1]: "removed", N[4]: "not_found", N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-kin-kept-with-reason",
    from_="kin-policy@navercorp.com", name_from="네이버 지식iN 운영팀",
    date="Tue, 10 Sep 2024 15:55:30 +0900",
    subject="Re: [KCSC-240905-02] 지식iN 게시물 검토 결과",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문
{N[3]}
에 대해 검토한 결과, 해당 질문에는 특정인을 식별할 수 있는 정보가
포함되어 있지 않고 일반적인 법률 상담 내용으로 확인되어 지식iN
운영정책 위반 사항이 없다고 판단하였습니다. 이에 따라 게시물은 현재
상태로 유지됩니다.

추가 자료가 있으시면 회신해 주시기 바랍니다.
지식iN 운영정책: https://kin.naver.com/policy/index.naver
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KnowledgeiN (지식iN) policy-team decision keeping a question with its reason",
    why="a reasoned refusal: no policy violation, the question stays up; the policy link is not an item",
    items={N[3]: "rejected"},
)

case(
    name="naver-receipt-plus-immediate-blind",
    from_="cafe-report@naver.com", name_from="네이버 카페 신고센터",
    date="Thu, 05 Sep 2024 11:02:44 +0900",
    subject="[네이버 카페] 신고 접수 및 긴급 조치 안내",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 네이버 카페 신고센터입니다.

보내주신 요청(KCSC-240905-02)이 정상적으로 접수되었습니다.
접수번호: CAFE-20240905-118842

개인정보 노출이 확인된 아래 카페 게시물은 접수 즉시 블라인드 처리하였습니다.
  {N[2]}

그 밖의 요청 게시물은 순차적으로 검토하여 결과를 안내드리겠습니다.

네이버 카페 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe report-centre receipt that also states an immediate blind of one post",
    why="an acknowledgement phrase plus an unhedged item-level statement is not a mere receipt",
    items={N[2]: "removed"},
)

case(
    name="naver-echoed-report-result",
    from_="noreply-right@navercorp.com", name_from="NAVER 게시중단요청서비스",
    date="Wed, 11 Sep 2024 09:20:17 +0900",
    subject="[네이버] 신고하신 게시물 처리 결과",
    body=f"""
네이버 게시중단요청서비스입니다. 신고 내용과 처리 결과를 알려드립니다.

------------------------------------------------
신고 번호   : R-2409-0537712
신고자      : 방송통신심의위원회 (KCSC-240905-02)
신고 사유   : 개인정보 노출
신고 URL    : {N[4]}
신고 내용   : 게시물 본문에 특정인의 연락처와 주소가 기재되어 있음
------------------------------------------------
처리 결과   : 게시물 없음 (존재하지 않는 게시물입니다)
처리 일시   : 2024.09.11 09:18
------------------------------------------------

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report form echoed back with a 처리 결과 line (신고 URL / 신고 내용 / 처리 결과)",
    why="the echoed report names the URL and the platform's own 처리 결과 says the post does not exist",
    items={N[4]: "not_found"},
)

# ===== SOOP (KCSC-240906-03, 3 items) =====
_soop_kr = f"""안녕하세요. SOOP 서비스 운영팀입니다.

방송통신심의위원회의 요청(KCSC-240906-03)에 대한 조치 결과를 안내드립니다.

1. {S[1]}
   - 조치: VOD 삭제 및 해당 스트리머 방송 7일 정지

2. {S[3]}
   - 조치: 없음. 방송국 게시글은 방송 일정 공지로, 음란성 내용이
     확인되지 않아 게시를 유지합니다.

{S[2]} 에 대해서는 별도 메일로 안내드리겠습니다.

SOOP 서비스 운영팀 드림
"""
case(
    name="soop-base64-vod-deleted-post-kept",
    from_="safety@sooplive.co.kr", name_from="SOOP 서비스 운영팀",
    date="Mon, 09 Sep 2024 16:40:02 +0900",
    subject="Re: [KCSC-240906-03] 음란정보 삭제 요청 조치 결과",
    reply_to_req="req-240906-03",
    raw_mime=part("text/plain; charset=utf-8", b64(_soop_kr), "base64"),
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) operations reply, base64 body, VOD 삭제 plus broadcast suspension, station post kept",
    why="VOD deleted; the station post kept with a reason; the third URL is only promised a later mail",
    items={S[1]: "removed", S[3]: "rejected", S[2]: "pending"},
)

case(
    name="soop-en-19plus-restriction",
    from_="global-safety@sooplive.com", name_from="SOOP Safety Team",
    date="Tue, 10 Sep 2024 20:11:45 +0900",
    subject="[SOOP] Outcome of request KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

This is the SOOP Safety Team following up on request KCSC-240906-03.

VOD {S[1]}
Removed. The replay breached our adult-content rules and is no longer available.

VOD {S[2]}
Restricted. The replay is now age-restricted (19+ only) and can be played only by
viewers who have completed adult verification.

For our community guidelines see https://www.sooplive.co.kr/policy/guide

Kind regards,
SOOP Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP Safety Team English outcome mail with a heading per VOD and a one-word result line",
    why="one VOD removed, the other age-restricted (19+) which is restricted",
    items={S[1]: "removed", S[2]: "restricted"},
)

case(
    name="soop-html-bilingual-table",
    from_="safety@sooplive.co.kr", name_from="SOOP 서비스 운영팀",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject="[SOOP] KCSC-240906-03 조치 결과 / Action report",
    reply_to_req="req-240906-03",
    raw_mime=multipart("alternative", "soop-alt-240912", [
        part("text/plain; charset=utf-8",
             "KCSC-240906-03 조치 결과는 HTML 본문의 표를 참고해 주십시오.\n"
             "Please see the table in the HTML part.", "8bit"),
        part("text/html; charset=utf-8", qp(f"""<html><body>
<p>KCSC-240906-03 조치 결과 / Action report</p>
<table border="1">
<tr><th>대상 URL / URL</th><th>조치 결과 / Action</th></tr>
<tr><td>{S[1]}</td><td>삭제 / Removed</td></tr>
<tr><td>{S[2]}</td><td>19세 이상 시청 제한 / Age-restricted (19+)</td></tr>
<tr><td>{S[3]}</td><td>유지 (위반 없음) / No violation found, kept</td></tr>
</table>
<p>SOOP 서비스 운영팀 / SOOP Safety</p>
</body></html>"""), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English HTML action table (multipart/alternative, quoted-printable HTML)",
    why="a table row per URL: removed, age-restricted, kept with 'no violation found'",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

# ===== Daum / Kakao (KCSC-240909-04, 5 items) =====
case(
    name="daum-raw-korean-path-with-particles",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 14:08:19 +0900",
    subject="Re: [KCSC-240909-04] 마약류 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

Daum 카페 게시물 {K1_RAW}은 게시중단 처리하였습니다.
또한 {K[2]}의 경우, 이미 작성자에 의해 삭제되어 게시물이 확인되지 않습니다.

나머지 티스토리 게시물은 검토가 끝나는 대로 회신드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 Korean prose with a raw Korean cafe path and URLs followed directly by particles (은, 의)",
    why="게시중단 is removed; already deleted by its author is not_found; the Korean path matches its percent-encoded form",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="daum-tistory-qp-html-private-and-temp",
    from_="tistory-safety@kakaocorp.com", name_from="티스토리 운영팀",
    date="Thu, 12 Sep 2024 17:45:33 +0900",
    subject="[티스토리] 불법정보 조치 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    raw_mime=part("text/html; charset=utf-8", qp(f"""<html><body>
<div style="max-width:600px;font-size:14px">
<h3>티스토리 불법정보 조치 결과</h3>
<p>요청번호 KCSC-240909-04에 포함된 티스토리 게시물의 조치 결과입니다.</p>
<ul>
<li><a href="{K[3]}">{K[3]}</a> : 운영정책 위반(마약류 판매 광고)으로 <b>비공개 처리</b>되었습니다.</li>
<li><a href="{K[4]}">{K[4]}</a> : 정보통신망법 제44조의2에 따라 <b>임시조치</b>(30일 접근 차단)되었습니다.</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. 문의: <a href="https://cs.kakao.com/helps?service=175">티스토리 고객센터</a></p>
</div></body></html>"""), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) HTML notice in quoted-printable: 비공개 처리 and 임시조치 per post",
    why="비공개 처리 by the operator is removed; 임시조치 (30-day access block) is restricted; the help link is not an item",
    items={K[3]: "removed", K[4]: "restricted"},
)

case(
    name="daum-angle-bracket-numbered-list",
    from_="cafe-safety@daum.net", name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 10:01:12 +0900",
    subject="Re: [KCSC-240909-04] 처리 결과",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.
요청번호 KCSC-240909-04 중 아래 게시물의 처리 결과를 알려드립니다.

1. <{K[5]}> : 운영자 삭제
2. <{K[3]}> : 비공개 처리 완료

감사합니다.
Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team numbered list with URLs in angle brackets and a colon status",
    why="운영자 삭제 and 비공개 처리 are both removed",
    items={K[5]: "removed", K[3]: "removed"},
)

_daum_csv = "URL,처리결과,조치일\n" + "".join([
    f"{K1_RAW},게시중단,2024-09-11\n",
    f"{K[2]},게시물 없음(작성자 삭제),2024-09-11\n",
    f"{K[3]},비공개 처리,2024-09-12\n",
    f"{K[4]},임시조치(30일),2024-09-12\n",
    f"{K[5]},삭제,2024-09-13\n",
])
case(
    name="daum-csv-attachment-all-five",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 16 Sep 2024 09:30:00 +0900",
    subject="[카카오] KCSC-240909-04 처리결과 회신 (첨부)",
    reply_to_req="req-240909-04",
    raw_mime=csv_attachment_mime(
        "안녕하세요. 카카오 권리침해신고센터입니다.\n\n"
        "KCSC-240909-04 요청 5건에 대한 처리결과를 첨부파일로 회신드립니다.\n\n"
        "카카오 권리침해신고센터",
        _daum_csv, "KCSC-240909-04.csv", "=_kakao_0916_a81"),
    outcome="applied", classification="confirmation",
    imitates="Kakao result sheet as a CSV attachment, one row per URL (a raw Korean cafe path in the sheet)",
    why="CSV gives each of the five items its result: 게시중단, 게시물 없음, 비공개, 임시조치, 삭제",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "removed", K[4]: "restricted",
           K[5]: "removed"},
)

# ===== Ppomppu (KCSC-240910-05, 2 items) =====
case(
    name="ppomppu-prose-deleted-and-kept",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영진",
    date="Wed, 11 Sep 2024 13:22:05 +0900",
    subject="Re: [KCSC-240910-05] 사기 게시물 삭제 요청",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요. 뽐뿌 운영진입니다.

자유게시판 글({P[1]})은 허위 판매 유도 게시물로 확인되어 삭제했고,
작성자 계정도 이용 정지했습니다.

휴대폰포럼 글({P[2]})은 통신사 요금제 비교 정보를 공유한 게시물로,
사기 또는 불법 판매를 유도하는 내용이 없어 삭제하지 않고 유지합니다.

감사합니다.
뽐뿌 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu admin prose reply, URLs in ASCII parentheses inside Korean sentences",
    why="one post deleted; the other kept with its reason (no fraud), which is rejected",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="ppomppu-fullwidth-punctuation",
    from_="report@ppomppu.co.kr", name_from="뽐뿌 신고처리팀",
    date="Thu, 12 Sep 2024 09:48:40 +0900",
    subject="[뽐뿌] 신고 처리 결과 안내 － KCSC-240910-05",
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요，뽐뿌 신고처리팀입니다．

① {P[1]}：삭제 처리 완료．
② {P[2]}：게시 유지（요금제 비교 정보로 운영규정 위반 아님）．

감사합니다．
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width punctuation (，．：（）) and circled numbers",
    why="full-width colon right after each URL, then deleted / kept with a reason",
    items={P[1]: "removed", P[2]: "rejected"},
)

# ===== FM Korea (KCSC-240911-06, 1 item) =====
case(
    name="fmkorea-sole-statement-no-url",
    from_="help@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Thu, 12 Sep 2024 15:03:27 +0900",
    subject="Re: [KCSC-240911-06] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    body="""
안녕하세요. 에펨코리아 운영팀입니다.

요청하신 게시물(요청번호 KCSC-240911-06)은 운영정책에 따라 삭제 처리되었습니다.

감사합니다.
에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea one-line operator reply naming only the request number",
    why="request of one item: the sole unhedged statement about 'the requested post' applies to it",
    items={F[1]: "removed"},
)

case(
    name="fmkorea-minors-restriction",
    from_="help@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Fri, 13 Sep 2024 18:20:50 +0900",
    subject="Re: [KCSC-240911-06] 게시물 조치 결과",
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요. 에펨코리아 운영팀입니다.

{F[1]} 게시물은 삭제 대신 성인 인증 회원만 열람할 수 있도록
접근 제한(19세 미만 열람 불가) 조치했습니다.

관련 문의는 이 메일로 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator restricting a post to adult-verified members instead of deleting it",
    why="접근 제한 / 19세 미만 열람 불가 is restricted",
    items={F[1]: "restricted"},
)

# ===== Nate (KCSC-240912-07, 2 items) =====
case(
    name="nate-pann-bulleted-kr",
    from_="pann-admin@nate.com", name_from="네이트판 운영자",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240912-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요, 네이트판 운영자입니다.

요청 주신 게시물 처리 결과입니다.

• {T[1]}
  → 블라인드 처리했습니다. 글 본문과 댓글 모두 노출되지 않습니다.
• {T[2]}
  → 해당 글은 작성자가 이미 삭제한 상태라 조치할 게시물이 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator bulleted reply with arrow status lines",
    why="블라인드 is removed; already deleted by the author is not_found",
    items={T[1]: "removed", T[2]: "not_found"},
)

case(
    name="nate-en-outlook-quoted-request",
    from_="abuse@skcomms.co.kr", name_from="SK Communications Abuse Desk",
    date="Mon, 16 Sep 2024 10:42:00 +0900",
    subject="RE: [KCSC-240912-07] Removal request (Nate Pann)",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

Regarding KCSC-240912-07: the first post below has been deleted by our moderators.
{T[1]}

We were unable to locate the second one; the post number does not exist in Pann.
{T[2]}

Regards,
Abuse Desk, SK Communications

From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:15 AM
To: abuse@skcomms.co.kr
Subject: [KCSC-240912-07] Removal request (Nate Pann)

{kcsc_request_text("KCSC-240912-07", [T[1], T[2]], "네이트", "2024년 9월 23일")}
""",
    outcome="applied", classification="confirmation",
    imitates="SK Communications (Nate) abuse desk English reply above an Outlook header-block quote",
    why="each statement sentence is followed by its URL on the next line; the quoted request below the From:/Sent: block is ours",
    items={T[1]: "removed", T[2]: "not_found"},
)

# ===== review =====
case(
    name="dc-promise-to-delete",
    from_="cs@dcinside.com", name_from="디시인사이드 신고센터",
    date="Wed, 04 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 내부 검토를 거쳐 금일 중 삭제될 예정입니다.
 - {D[6]}
 - {D[11]}

삭제가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="report desk promising deletion later the same day",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items={D[6]: "pending", D[11]: "pending"},
)

case(
    name="naver-hedged-author-deletion",
    from_="trustsafety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 16:05:41 +0900",
    subject="RE: [KCSC-240905-02] Removal request - follow-up",
    reply_to_req="req-240905-02",
    body=f"""
Dear KCSC team,

A quick update. The blog post {N[4]} appears to have been deleted by the
blogger shortly after your request, but our logs are still being checked.
The post at {N[1]} may already be hidden from search; we will confirm once
the blog team replies.

Best regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="NAVER Trust & Safety interim update with hedged wording ('appears to', 'may already')",
    why="hedges are not statements; both URLs named, nothing readable about them",
    items={N[4]: "pending", N[1]: "pending"},
)

case(
    name="soop-conditional-and-under-review",
    from_="safety@sooplive.co.kr", name_from="SOOP 서비스 운영팀",
    date="Mon, 09 Sep 2024 10:00:12 +0900",
    subject="Re: [KCSC-240906-03] 처리 진행 상황",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요. SOOP 서비스 운영팀입니다.

{S[1]} VOD는 스트리머에게 소명 기회를 부여하였으며, 7일 이내에 소명이
없을 경우 삭제할 예정입니다.
{S[2]} VOD는 현재 검토 중입니다.

결과가 나오는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="SOOP progress note: deletion conditional on the streamer's appeal window, another VOD under review",
    why="a conditional future deletion and 'under review' are not statements",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="dc-bulk-all-fourteen",
    from_=DC_FROM, name_from=DC_NAME,
    date="Fri, 06 Sep 2024 19:02:10 +0900",
    subject="Re: [KCSC-240903-01] 처리 완료",
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240903-01로 요청하신 게시물 14건에 대해 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all N posts deleted' completion note",
    why="a statement about the whole 14-item request without naming any post is bulk",
    items={D[1]: "pending", D[8]: "pending", D[14]: "pending"},
)

case(
    name="daum-bulk-english",
    from_="right@kakaocorp.com", name_from="Kakao Rights Protection Center",
    date="Tue, 17 Sep 2024 08:55:00 +0900",
    subject="RE: [KCSC-240909-04] Request completed",
    reply_to_req="req-240909-04",
    body="""
Hello,

All of the content reported under your request KCSC-240909-04 has been taken down
from Daum Cafe and Tistory.

Kakao Rights Protection Center
""",
    outcome="review", review="bulk",
    imitates="Kakao English 'all reported content taken down' note",
    why="five-item request, no item named: bulk",
    items={K[1]: "pending", K[4]: "pending"},
)

case(
    name="soop-auth-fail-claims",
    from_="safety@sooplive.co.kr", name_from="SOOP 서비스 운영팀",
    auth="fail",
    date="Sat, 07 Sep 2024 02:13:55 +0900",
    subject="Re: [KCSC-240906-03] 조치 완료",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요. SOOP입니다.

{S[1]}
{S[2]}
위 VOD 2건은 모두 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="SOOP-looking reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: statements cannot be trusted",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="ppomppu-lawfirm-unknown-sender",
    from_="office@hanbit-law.example", name_from="법무법인 한빛",
    date="Thu, 12 Sep 2024 16:40:00 +0900",
    subject="[KCSC-240910-05] 게시물 자진 삭제 통지",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 뽐뿌 게시물 작성자를 대리하여 다음과 같이 통지합니다.

의뢰인은 귀 위원회의 요청(KCSC-240910-05)과 관련된 게시물
{P[1]}
을 2024년 9월 12일 자진 삭제하였습니다.

법무법인 한빛 담당 변호사 올림
""",
    outcome="review", review="unknown_sender",
    imitates="a law firm writing for the poster to say the post was deleted",
    why="not the platform's domain; a third party's word does not change a status",
    items={P[1]: "pending"},
)

case(
    name="dc-gallery-manager-from-navermail",
    from_="coinmkt_manager@naver.com", name_from="코인마켓갤 매니저",
    date="Thu, 05 Sep 2024 22:47:31 +0900",
    subject="Re: [KCSC-240903-01] 코인 마이너 갤러리 게시물",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 디시인사이드 코인 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 요청 건 중 저희 갤러리 글 2개는 제가 삭제했습니다.

{D[3]}
{D[4]}

확인 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a DC Inside minor-gallery volunteer manager replying from a personal naver.com mailbox",
    why="the sender domain is NAVER's while the items are DC Inside's; a clerk must look (wrong_platform)",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="naver-asks-for-official-letter",
    from_="cafe-report@naver.com", name_from="네이버 카페 신고센터",
    date="Fri, 06 Sep 2024 10:33:18 +0900",
    subject="Re: [KCSC-240905-02] 추가 자료 요청",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 네이버 카페 신고센터입니다.

요청하신 카페 게시물 {N[2]} 의 처리를 위해 아래 자료를 추가로 보내주시기
바랍니다.

 1) 시정요구 공문 (기관 직인 날인본)
 2) 해당 게시물이 불법정보에 해당한다고 판단한 근거 법령 및 조항

자료가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER asking for the sealed official letter and the legal basis before acting",
    why="the platform asks for documents; nothing is stated about the post",
    items={N[2]: "pending"},
)

case(
    name="dc-policy-newsletter-no-claims",
    from_="notice@dcinside.com", name_from="디시인사이드",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[디시인사이드] 갤러리 운영정책 개정 안내 (2024.09.23 시행)",
    body="""
안녕하세요. 디시인사이드입니다.

갤러리 운영정책이 아래와 같이 개정되어 2024년 9월 23일부터 시행됩니다.

 - 불법 도박·대부 광고 게시물 신고 시 처리 기준 명확화
 - 19세 미만 열람 제한 게시물의 표시 방식 변경
 - 매니저 권한으로 삭제된 게시물의 이의신청 절차 신설

자세한 내용: https://www.dcinside.com/policy/operation
이전 정책 보기: https://www.dcinside.com/policy/operation/20230301

본 메일은 협력 기관 담당자 주소로 발송되었습니다.
""",
    outcome="review", review="no_claims",
    imitates="DC Inside policy-change newsletter sent to partner institutions",
    why="trusted platform mail naming no requested item and no request; policy links are not items",
    items={},
)

case(
    name="ppomppu-pdf-result-attachment",
    from_="report@ppomppu.co.kr", name_from="뽐뿌 신고처리팀",
    date="Fri, 13 Sep 2024 14:14:14 +0900",
    subject="[뽐뿌] KCSC-240910-05 처리결과 송부",
    reply_to_req="req-240910-05",
    raw_mime=multipart("mixed", "=_ppom_0913_77", [
        part("text/plain; charset=utf-8",
             "안녕하세요. 뽐뿌 신고처리팀입니다.\n\n"
             "KCSC-240910-05 요청 건의 처리결과를 첨부 PDF 문서로 송부드립니다.\n"
             "확인 부탁드립니다.\n", "8bit"),
        part("application/pdf; name=\"KCSC-240910-05_result.pdf\"", b64(fake_pdf()), "base64",
             ["Content-Disposition: attachment; filename=\"KCSC-240910-05_result.pdf\""]),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="result sent only as a PDF attachment",
    why="the statements are in a PDF (compressed content stream) the mail text does not repeat",
    items={},
)

# ===== ignored =====
case(
    name="naver-ooo-chuseok-kr",
    from_="minseo.park@navercorp.com", name_from="박민서",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동응답] 추석 연휴 부재 안내 (Re: [KCSC-240905-02] 처리 결과 문의)",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박민서입니다.

추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
9월 19일(목)부터 순차적으로 확인하여 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="an out-of-office auto-reply is ignored",
    items={},
)

case(
    name="dc-dsn-recipient-unknown",
    from_="MAILER-DAEMON@mx1.dcinside.com", name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 09:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn_mime(),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, delivery-status) returning our re-sent request with its URLs",
    why="a bounce is ignored; the URLs are in our own returned request",
    items={D[1]: "pending"},
)

case(
    name="soop-mdn-displayed",
    from_="safety@sooplive.co.kr", name_from="SOOP 서비스 운영팀",
    date="Fri, 06 Sep 2024 15:31:12 +0900",
    subject="읽음 확인: [KCSC-240906-03] 음란정보 삭제 요청",
    reply_to_req="req-240906-03",
    raw_mime=mdn_mime(),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (message/disposition-notification, displayed)",
    why="a read receipt is ignored",
    items={},
)

case(
    name="daum-ticket-receipt",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 11:00:41 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-0911-3381)",
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2409-0911-3381
 - 문의 제목: [KCSC-240909-04] 마약류 불법정보 삭제 요청
 - 접수일시: 2024.09.09 11:00

담당자가 확인 후 순서대로 답변드리겠습니다.
답변은 이 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호, 접수일시)",
    why="a pure receipt naming our request and a ticket number, nothing about items",
    items={},
)

case(
    name="nate-en-out-of-office",
    from_="jh.lee@skcomms.co.kr", name_from="Jihoon Lee",
    date="Thu, 12 Sep 2024 09:15:40 +0900",
    subject="Automatic reply: [KCSC-240912-07] Removal request (Nate Pann)",
    reply_to_req="req-240912-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jh.lee@skcomms.co.kr"],
    body="""
Thank you for your email. I am out of the office until Thursday 19 September
with limited access to email. For Pann content reports please write to
abuse@skcomms.co.kr.

이지훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Nate staff member",
    why="an out-of-office auto-reply is ignored",
    items={},
)

case(
    name="fmkorea-report-received",
    from_="help@fmkorea.com", name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 16:12:09 +0900",
    subject="[에펨코리아] 신고가 접수되었습니다",
    reply_to_req="req-240911-06",
    body="""
안녕하세요. 에펨코리아입니다.

보내주신 신고(KCSC-240911-06)가 접수되었습니다. 접수번호는 FM-240911-0442입니다.
담당자 확인 후 처리 결과를 안내드리겠습니다.

에펨코리아 운영팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="community-site automatic report receipt with a ticket number",
    why="receipt with a ticket number, no statement about the post",
    items={},
)


HEADER = """# Blind set 171 (tests/corpus/blind171/): Korean portals and community sites
# (NAVER, Daum/Kakao, DC Inside, SOOP, Nate, Ppomppu, FM Korea) in Korean and
# English, with the doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind171/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger holding
# requests.csv. See NOTES.md.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII display names and subjects go out as RFC 2047 encoded-words,
        # as real mailers send them.
        if not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8", maxlinelen=900).encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8", header_name="Subject").encode()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
