#!/usr/bin/env python3
"""Blind set 495: Korean portals and community sites (DC Inside, NAVER, Daum,
SOOP, FM Korea, Inven, Nate Pann), Korean and English mixed, with the doubtful
and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind495/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone, before
any run of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def date(day, hh, mm, ss=0):
    d = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded word for a header holding Korean text."""
    return Header(s, "utf-8").encode()


def pct(url):
    scheme, rest = url.split("://", 1)
    host, path = rest.split("/", 1)
    return scheme + "://" + host + "/" + quote(path, safe="/")


# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812031",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812277",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8813904",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=441208",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=441315",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=441602",
    "https://gall.dcinside.com/mgallery/board/view/?id=jusik_lab&no=20077",
    "https://gall.dcinside.com/mgallery/board/view/?id=jusik_lab&no=20131",
    "https://gall.dcinside.com/mini/board/view/?id=leadingroom7&no=1502",
    "https://gall.dcinside.com/mini/board/view/?id=leadingroom7&no=1519",
    "https://gall.dcinside.com/board/view/?id=tree&no=3390817",
    "https://gall.dcinside.com/board/view/?id=tree&no=3391055",
    "https://m.dcinside.com/board/stock_new2/8815520",
    "https://m.dcinside.com/board/coinmarket/442010",
]
N5_RAW = "https://in.naver.com/소문난가게/contents/internal/771802"
N = [
    "https://blog.naver.com/moonlit_ledger/223561204877",
    "https://blog.naver.com/moonlit_ledger/223562990115",
    "https://cafe.naver.com/quietorchard/58812",
    "https://cafe.naver.com/quietorchard/58840",
    pct(N5_RAW),
]
M3_RAW = "https://cafe.daum.net/은빛자작나무/Rk3a/1231"
M = [
    "https://cafe.daum.net/silverbirch77/Rk3a/1204",
    "https://cafe.daum.net/silverbirch77/Rk3a/1219",
    pct(M3_RAW),
]
S = [
    "https://vod.sooplive.co.kr/player/136204551",
    "https://vod.sooplive.co.kr/player/136210987",
    "https://ch.sooplive.co.kr/nightowl_bj/post/98211044",
    "https://ch.sooplive.co.kr/nightowl_bj/post/98211390",
]
F = [
    "https://www.fmkorea.com/7345120981",
    "https://www.fmkorea.com/index.php?mid=stock&document_srl=7345188230",
]
I = ["https://www.inven.co.kr/board/lostark/6271/144032"]
T = [
    "https://pann.nate.com/talk/372811045",
    "https://pann.nate.com/talk/372811190",
]

REQUESTS = [
    # ref, platform, sent day, urls, category, note
    ("KCSC-240903-01", "dcinside", 3, D, "illegal_investment_solicitation",
     'leading-room promotion, "guaranteed return" wording; 14 posts'),
    ("KCSC-240904-02", "naver", 4, N, "illegal_investment_solicitation",
     "blog + cafe, one in.naver.com page with a Korean path"),
    ("KCSC-240905-03", "daum", 5, M, "defamation", "Daum cafe posts, 명예훼손"),
    ("KCSC-240906-04", "soop", 6, S, "obscenity", "VODs and channel posts"),
    ("KCSC-240909-05", "fmkorea", 9, F, "illegal_investment_solicitation", ""),
    ("KCSC-240910-06", "inven", 10, I, "illegal_gambling", "single post"),
    ("KCSC-240911-07", "nate", 11, T, "privacy_exposure", "Pann posts, \"신상\" exposure"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            mid = "<req-" + ref[5:] .lower() + "@kcsc.example>"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def rid(ref):
    return "req-" + ref[5:].lower()


def request_text(ref, urls, raw=None):
    raw = raw or {}
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 요청드립니다. 요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw.get(u, u)}")
    lines += ["", "처리 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 디지털성범죄·불법정보 대응팀"]
    return lines


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(body, ctype="plain", cte="base64"):
    data = body.strip("\n") + "\n"
    if cte == "base64":
        payload = b64(data.encode("utf-8"))
    else:
        payload = qp(data)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{payload}")


def alternative(text, html, boundary, cte="quoted-printable"):
    enc_ = qp if cte == "quoted-printable" else (lambda s: b64(s.encode("utf-8")))
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc_(text.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{enc_(html.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}--\n")


def with_attachment(text, filename, data, ctype, boundary):
    fname = enc(filename) if not filename.isascii() else filename
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64((text.strip(chr(10)) + chr(10)).encode('utf-8'))}\n"
            f"--{boundary}\nContent-Type: {ctype}; name=\"{fname}\"\n"
            f"Content-Disposition: attachment; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n"
            f"--{boundary}--\n")


def csv_bytes(rows, bom=True):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


DC = enc("디시인사이드 고객센터")
NAVER = enc("네이버 권리보호센터")
DAUM = enc("카카오 권리침해신고센터")
SOOP = "SOOP Trust & Safety"
FM = enc("에펨코리아 운영진")
INVEN = enc("인벤 운영팀")
NATE = enc("네이트 고객센터")

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="dc-numbered-result-ko",
    **{"from": "help@dcinside.com"}, name_from=DC, date=date(5, 16, 12),
    subject=enc("RE: [KCSC-240903-01] 불법 투자권유 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01)에 대한
1차 처리 결과를 아래와 같이 안내드립니다.

1. {D[0]}
   - 처리 결과: 삭제 완료
2. {D[1]}
   - 처리 결과: 삭제 완료
3. {D[2]}
   - 처리 결과: 삭제 완료
4. {D[3]}
   - 처리 결과: 작성자가 이미 삭제한 게시물로, 별도 조치 대상이 없습니다.
5. {D[4]}
   - 처리 결과: 삭제 완료
6. {D[5]}
   - 처리 결과: 게시물 내용을 검토하였으나 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.

나머지 게시물은 갤러리 관리자 확인 후 별도로 회신드리겠습니다.

감사합니다.
디시인사이드 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply with a numbered per-post result list",
    why="six posts each with its own result line; the rest is a promise about unnamed posts",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found",
           D[4]: "removed", D[5]: "rejected"},
)

A = [u.replace("&", "&amp;") for u in D]
html_dc = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 <b>KCSC-240903-01</b> 건의 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>7</td><td><a href="{A[6]}">{A[6]}</a></td><td>삭제</td></tr>
<tr><td>8</td><td><a href="{A[7]}">{A[7]}</a></td><td>삭제</td></tr>
<tr><td>9</td><td><a href="{A[8]}">{A[8]}</a></td><td>성인 인증 게시물로 전환(연령 제한)</td></tr>
<tr><td>10</td><td><a href="{A[9]}">{A[9]}</a></td><td>해당 게시물 없음(존재하지 않는 글 번호)</td></tr>
<tr><td>11</td><td><a href="{A[10]}">{A[10]}</a></td><td>삭제</td></tr>
<tr><td>12</td><td><a href="{A[11]}">{A[11]}</a></td><td>위반 사항 없음 &ndash; 게시 유지</td></tr>
</table>
<p>문의 사항은 <a href="https://www.dcinside.com/help/policy">운영원칙 안내</a>를 참고해 주세요.</p>
<p>디시인사이드 운영팀</p>
</body></html>"""
case(
    name="dc-html-table-qp",
    **{"from": "operation@dcinside.com"}, name_from=enc("디시인사이드 운영팀"), date=date(6, 11, 40),
    subject=enc("[디시인사이드] KCSC-240903-01 처리 결과 (2차)"),
    raw_mime=single(html_dc, "html", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team HTML result table, quoted-printable",
    why="HTML table: four deletions or their equivalents, one age gate, one missing post, one kept",
    items={D[6]: "removed", D[7]: "removed", D[8]: "restricted", D[9]: "not_found",
           D[10]: "removed", D[11]: "rejected"},
)

dc_csv = [["no", "url", "status", "처리결과", "processed_at"]]
dc_status = ["removed"] * 10 + ["not_found", "rejected", "removed", "pending"]
dc_ko = {"removed": "삭제", "not_found": "게시물 없음", "rejected": "위반 아님(유지)", "pending": "검토중"}
for i, (u, st) in enumerate(zip(D, dc_status), 1):
    dc_csv.append([str(i), u, st, dc_ko[st], "" if st == "pending" else f"2024-09-09 1{i % 6}:0{i % 10}"])
case(
    name="dc-csv-attachment",
    **{"from": "help@dcinside.com"}, name_from=DC, date=date(9, 18, 5),
    subject=enc("RE: [KCSC-240903-01] 처리 결과 파일 송부"),
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=with_attachment(
        """
안녕하세요. 디시인사이드 고객센터입니다.

KCSC-240903-01 건 전체 14건의 처리 결과를 첨부 CSV 파일로 송부드립니다.
검토중으로 표기된 건은 처리 완료 후 다시 안내드리겠습니다.

감사합니다.
""", "KCSC-240903-01_result.csv", csv_bytes(dc_csv), "text/csv; charset=utf-8", "=_dc_csv_7f31"),
    outcome="applied", classification="confirmation",
    imitates="ticket-system export of per-URL results as a CSV attachment",
    why="CSV row per post: ten removed, one not found, one kept, one removed, one still under review",
    items={**{u: s for u, s in zip(D, dc_status)}},
)

case(
    name="dc-english-support",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Support", date=date(10, 9, 20),
    subject="Re: Removal request KCSC-240903-01",
    body=f"""
Hello,

Thank you for contacting DC Inside. Regarding your request KCSC-240903-01,
our moderation team has taken the following action.

The following posts were deleted:
{D[12]}
{D[13]}

The following post had already been deleted by its author before we
reviewed it, so there was nothing left for us to remove:
{D[11]}

Kind regards,
DC Inside Support
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply grouping URLs under result headings",
    why="two mobile URLs under 'were deleted', one under 'already deleted by its author'",
    items={D[12]: "removed", D[13]: "removed", D[11]: "not_found"},
)

case(
    name="naver-headings-angle-brackets",
    **{"from": "right@navercorp.com"}, name_from=NAVER, date=date(6, 14, 2),
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

KCSC-240904-02 건으로 요청하신 게시물의 처리 결과를 알려드립니다.

■ 블라인드 처리
 <{N[0]}>
 <{N[1]}>

■ 임시조치(30일)
 <{N[2]}>

■ 조치 불가 - 게시물이 존재하지 않음
 <{N[3]}>

임시조치된 게시물은 30일간 게시가 중단되며, 게시자의 재게시 요청이 없으면
삭제됩니다. 자세한 절차는 https://help.naver.com/service/5632/category/right 에서
확인하실 수 있습니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice, URLs grouped under result headings",
    why="two blinded, one 임시조치, one not found; the help link is not an item",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "hanul.kim@navercorp.com"}, name_from=enc("김하늘 (NAVER Trust & Safety)"), date=date(6, 17, 45),
    subject=enc("Re: 게시물 삭제 요청의 건"),
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
안녕하세요, NAVER Trust & Safety 김하늘입니다.

요청하신 건 중 {N[3]}의 게시글은 카페 운영정책 위반으로 삭제되었습니다.
또한 {N5_RAW} 콘텐츠는 비공개 처리되었습니다（2024.09.06 기준）.

나머지 건은 담당 부서에서 확인 중이며 결과가 나오는 대로 말씀드리겠습니다.

김하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff member's personal reply, URL glued to a Korean particle, raw Korean path",
    why="cafe post deleted (URL followed by 의), in.naver.com page made private (raw Korean path)",
    items={N[3]: "removed", N[4]: "removed"},
)

case(
    name="naver-english-rejected-with-reason",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy", date=date(9, 10, 30),
    subject="RE: [KCSC-240904-02] Request for removal",
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
Dear KCSC team,

We reviewed the two blog posts below.

- {N[0]} : removed for violating the NAVER Blog operation policy
  (unregistered investment advisory advertising).
- {N[1]} : after review, this post does not violate Korean law or
  NAVER's policies; it is a personal review with no solicitation. The post
  remains available.

Our policy: https://policy.naver.com/policy/service_blog.html

Best regards,
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team English reply with a refusal and its reason",
    why="one post removed, the other kept with a stated reason; the policy URL is no item",
    items={N[0]: "removed", N[1]: "rejected"},
)

case(
    name="daum-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from=DAUM, date=date(6, 15, 10),
    subject=enc("[Daum] 게시물 처리 결과 안내 - 신고번호 2409-RT-33817"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 요청(KCSC-240905-03)에 대한 처리 결과를 안내드립니다.

- 대상 게시물: {M[0]}
  조치 내용: 임시조치 (30일간 접근 차단)

- 대상 게시물: {M[1]}
  조치 내용: 삭제

임시조치에 대한 안내는 https://cs.daum.net/faq/95/7580.html 을 참고해 주시기 바랍니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 notice (임시조치 30일)",
    why="one 임시조치 (restricted), one deleted",
    items={M[0]: "restricted", M[1]: "removed"},
)

case(
    name="daum-base64-korean-path",
    **{"from": "cafe_admin@daum.net"}, name_from=enc("Daum 카페 운영지원"), date=date(9, 13, 55),
    subject=enc("Re: [KCSC-240905-03] 카페 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240905-03"),
    raw_mime=single(f"""
안녕하세요. Daum 카페 운영지원 담당입니다.

카페 운영진 확인 결과 아래 게시물은 삭제되었습니다.
{M3_RAW}

감사합니다.
""", "plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe support short reply, base64 body, raw Korean cafe path",
    why="one post deleted, its Korean path written raw (stored percent-encoded)",
    items={M[2]: "removed"},
)

case(
    name="daum-status-line-below",
    **{"from": "right@kakaocorp.com"}, name_from=DAUM, date=date(10, 10, 5),
    subject=enc("[Daum] 요청번호 KCSC-240905-03 처리 결과"),
    body=f"""
요청번호: KCSC-240905-03
처리일: 2024-09-10

{M[0]}
→ 처리결과: 게시중단

{M[1]}
→ 처리결과: 해당 게시물 없음

{M[2]}
→ 처리결과: 위반사항 없음 (게시 유지)

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum result list with the status on the line under each URL",
    why="게시중단, 게시물 없음, kept for no violation",
    items={M[0]: "removed", M[1]: "not_found", M[2]: "rejected"},
)

case(
    name="soop-english-bullets",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from=SOOP, date=date(9, 11, 15),
    subject="[SOOP] Result of your request KCSC-240906-04",
    body=f"""
Hello,

This is the SOOP Trust & Safety team. Following your request (KCSC-240906-04)
we have reviewed the content and taken the following actions:

• VOD {S[0]} — deleted. The streamer's VOD upload permission has also been
  suspended for 7 days.
• VOD {S[1]} — deleted.
• Post {S[2]} — set to 19+ (adult verification is now required to view it).

We are still reviewing the remaining post and will update you separately.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) Trust & Safety English result bullets",
    why="two VODs deleted, one post age-gated; the fourth is still under review",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted", S[3]: "pending"},
)

case(
    name="soop-korean-kept",
    **{"from": "cs@sooplive.co.kr"}, name_from=enc("SOOP 운영팀"), date=date(10, 16, 40),
    subject=enc("Re: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
안녕하세요. SOOP 운영팀입니다.

방송국 게시글 {S[2]} 는 운영정책 위반으로 삭제 조치하였습니다.

{S[3]} 는 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지
않았습니다. 게시물은 현재 그대로 유지되고 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영팀 Korean reply, one post deleted and one refused",
    why="one deleted, one kept for no violation",
    items={S[2]: "removed", S[3]: "rejected"},
)

soop_quote = "\n".join(request_text("KCSC-240906-04", S))
case(
    name="soop-outlook-top-posted",
    **{"from": "jiwoo.han@sooplive.co.kr"}, name_from="Jiwoo Han", date=date(11, 9, 5),
    subject="RE: [KCSC-240906-04] 삭제 요청",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
Hi,

{S[0]} has been removed from SOOP.
The second link ({S[1]}) is invalid: there is no VOD with that number on our service.

I will come back to you on the two channel posts.

Regards,
Jiwoo Han | Content Policy, SOOP Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: report@sooplive.co.kr
Subject: [KCSC-240906-04] 삭제 요청

{soop_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request",
    why="top text: one removed, one invalid link; the channel posts appear only in the quoted request",
    items={S[0]: "removed", S[1]: "not_found", S[2]: "pending", S[3]: "pending"},
)

case(
    name="fmkorea-colon-list",
    **{"from": "admin@fmkorea.com"}, name_from=FM, date=date(10, 12, 30),
    subject=enc("[에펨코리아] 게시물 처리 결과 안내 (KCSC-240909-05)"),
    body=f"""
안녕하세요. 에펨코리아 운영진입니다.
요청하신 게시물 2건에 대하여 처리 결과 알려드립니다.

- {F[0]} : 운영자 삭제
- {F[1]} : 작성자 본인이 이미 삭제한 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea moderator reply with URL : result lines",
    why="one 운영자 삭제, one already deleted by its author",
    items={F[0]: "removed", F[1]: "not_found"},
)

fm_quote = "\n".join("> " + l if l else ">" for l in request_text("KCSC-240909-05", F))
case(
    name="fmkorea-gmail-quoted",
    **{"from": "mod.seojun@fmkorea.com"}, name_from=enc("에펨코리아 서준"), date=date(9, 15, 20),
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240909-05"),
    body=f"""
말씀하신 {F[1]}（주식 게시판 글）은 블라인드 처리했습니다.
다른 한 건은 아직 확인 중입니다.

2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{fm_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply over a '>'-quoted request",
    why="stock-board post blinded (URL followed by a full-width bracket); the other is only quoted",
    items={F[1]: "removed", F[0]: "pending"},
)

case(
    name="inven-sole-statement",
    **{"from": "webmaster@inven.co.kr"}, name_from=INVEN, date=date(11, 14, 0),
    subject=enc("[인벤] 요청하신 게시물 처리 안내"),
    body="""
안녕하세요. 인벤 운영팀입니다.

방송통신심의위원회 요청(KCSC-240910-06)에 따라 해당 게시물을 삭제하였습니다.

감사합니다.
인벤 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven one-line deletion notice naming the request, not the URL",
    why="one-item request: 'the post' deleted, naming the reference",
    items={I[0]: "removed"},
)

case(
    name="inven-wrapped-angle-url",
    **{"from": "report@inven.co.kr"}, name_from=INVEN, date=date(12, 10, 10),
    subject=enc("Re: [KCSC-240910-06] 불법 도박 홍보 게시물"),
    reply_to_req=rid("KCSC-240910-06"),
    body="""
안녕하세요. 요청하신 게시물
<https://www.inven.co.kr/board/lostark/6271/
144032>
은 로스트아크 게시판 운영정책(불법 사이트 홍보) 위반으로 삭제 처리되었습니다.

인벤 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with a URL wrapped inside angle brackets",
    why="the single post deleted; its URL is broken over two lines inside <>",
    items={I[0]: "removed"},
)

case(
    name="nate-pann-kept-with-reason",
    **{"from": "pann@nate.com"}, name_from=enc("네이트 판 운영팀"), date=date(12, 16, 25),
    subject=enc("[네이트 판] 신고 게시물 처리 결과 (KCSC-240911-07)"),
    body=f"""
안녕하세요. 네이트 판 운영팀입니다.

1) {T[0]}
   개인정보 노출로 확인되어 삭제하였습니다.
2) {T[1]}
   게시물에 특정인을 식별할 수 있는 정보가 포함되어 있지 않아 게시물을 유지합니다.

네이트 판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 운영팀 result list with a refusal and its reason",
    why="one deleted, one kept because nobody is identifiable",
    items={T[0]: "removed", T[1]: "rejected"},
)

nate_text = f"""
[네이트 고객센터] 게시물 조치 결과 안내

요청번호: KCSC-240911-07

{T[0]}
- 조치: 임시조치 (30일간 접근 제한, 게시자 이의제기 가능)

{T[1]}
- 조치: 삭제

SK커뮤니케이션즈 네이트 고객센터
"""
nate_html = f"""<html><body>
<h3>[네이트 고객센터] 게시물 조치 결과 안내</h3>
<p>요청번호: KCSC-240911-07</p>
<ul>
<li><a href="{T[0]}">{T[0]}</a><br>조치: 임시조치 (30일간 접근 제한, 게시자 이의제기 가능)</li>
<li><a href="{T[1]}">{T[1]}</a><br>조치: 삭제</li>
</ul>
<p>SK커뮤니케이션즈 네이트 고객센터</p>
</body></html>"""
case(
    name="nate-multipart-qp",
    **{"from": "help@skcomms.co.kr"}, name_from=NATE, date=date(13, 11, 0),
    subject=enc("[네이트] 게시물 조치 결과 안내"),
    raw_mime=alternative(nate_text, nate_html, "----=_NextPart_nate_2409"),
    outcome="applied", classification="confirmation",
    imitates="Nate customer-centre multipart/alternative notice, quoted-printable",
    why="one 임시조치, one deleted",
    items={T[0]: "restricted", T[1]: "removed"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"), date=date(9, 15, 40),
    subject=enc("[디시인사이드] 신고 처리 결과 안내"),
    body=f"""
[신고 접수 내용]
신고자: 방송통신심의위원회
요청번호: KCSC-240903-01
신고 사유: 불법 투자 권유(유사투자자문)
신고 URL: {D[10]}

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시물 삭제 및 작성자 IP 30일 이용 제한
처리 일시: 2024-09-09 15:31

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form system mail echoing the report and then the result",
    why="the echoed report names one URL; the result block says it was deleted",
    items={D[10]: "removed"},
)

case(
    name="dc-receipt-plus-action",
    **{"from": "help@dcinside.com"}, name_from=DC, date=date(4, 10, 20),
    subject=enc("RE: [KCSC-240903-01] 접수 안내"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 디시인사이드입니다.

보내주신 요청(KCSC-240903-01)은 정상적으로 접수되었습니다.
이 중 아래 2건은 확인 즉시 삭제 조치하였습니다.

- {D[2]}
- {D[7]}

나머지 게시물은 순차적으로 검토 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="receipt that also reports immediate deletions",
    why="an acknowledgement phrase plus an unhedged deletion of two named posts",
    items={D[2]: "removed", D[7]: "removed"},
)

naver_csv = [["요청URL", "조치결과", "조치일"],
             [N[0], "블라인드", "2024-09-11"],
             [N[1], "블라인드", "2024-09-11"],
             [N[2], "게시중단", "2024-09-11"],
             [N[3], "임시조치", "2024-09-11"],
             [N[4], "게시물 없음(작성자 삭제)", "-"]]
case(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"}, name_from=NAVER, date=date(11, 17, 30),
    subject="[NAVER] Results for request KCSC-240904-02",
    raw_mime=with_attachment("""
Dear KCSC,

Please find attached the results for request KCSC-240904-02.
첨부 파일을 참고 부탁드립니다.

NAVER 권리보호센터
""", "조치결과_KCSC-240904-02.csv", csv_bytes(naver_csv), "text/csv; charset=utf-8", "=_naver_csv_0911"),
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet as a Korean-headed CSV attachment",
    why="CSV: two blinded, one 게시중단, one 임시조치, one already deleted by its author",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

soop_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Below is the outcome of our review for request <b>KCSC-240906-04</b>.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Content</th><th>Action</th></tr></thead>
<tbody>
<tr><td>{S[0]}</td><td>Removed</td></tr>
<tr><td>{S[1]}</td><td>Removed</td></tr>
<tr><td>{S[2]}</td><td>Age-restricted (19+)</td></tr>
<tr><td>{S[3]}</td><td>No violation found &ndash; content remains</td></tr>
</tbody></table>
<p>You can read our community guidelines at
<a href="https://www.sooplive.co.kr/policy/guideline">sooplive.co.kr/policy/guideline</a>.</p>
<p>SOOP Trust &amp; Safety</p>
</body></html>"""
case(
    name="soop-html-table-base64",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from=SOOP, date=date(12, 13, 15),
    subject="[SOOP] Review outcome - KCSC-240906-04",
    raw_mime=single(soop_html, "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="SOOP English HTML outcome table, base64 body",
    why="two removed, one age-restricted, one kept for no violation",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

case(
    name="dc-mini-gallery-closed",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Support", date=date(11, 11, 50),
    subject="Re: Removal request KCSC-240903-01 (mini gallery)",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

The mini gallery "leadingroom7" was used only to promote a paid leading room,
so we have closed the gallery. 갤러리 폐쇄와 함께 아래 게시물 모두 삭제되었습니다:

{D[8]}
{D[9]}

Best regards,
DC Inside Support
""",
    outcome="applied", classification="confirmation",
    imitates="English/Korean reply about closing a whole mini gallery",
    why="both named posts deleted together with the gallery",
    items={D[8]: "removed", D[9]: "removed"},
)

case(
    name="fmkorea-circled-numbers",
    **{"from": "admin@fmkorea.com"}, name_from=FM, date=date(12, 9, 45),
    subject=enc("[에펨코리아] KCSC-240909-05 조치 결과"),
    body=f"""
안녕하세요. 에펨코리아 운영진입니다.

① {F[0]} ： 삭제 완료
② {F[1]} ： 성인 인증 회원만 열람할 수 있도록 제한

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea result with circled numbers and full-width colons",
    why="one deleted, one limited to age-verified members",
    items={F[0]: "removed", F[1]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="dc-promise-ko",
    **{"from": "help@dcinside.com"}, name_from=DC, date=date(4, 15, 30),
    subject=enc("RE: [KCSC-240903-01] 불법 투자권유 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청하신 게시물 중
{D[0]}
{D[1]}
두 건은 갤러리 관리자 확인 후 금일 중 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="customer-centre reply announcing a deletion still to come",
    why="'삭제될 예정' is a promise, not a statement; the posts stay pending",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-hedge-ko",
    **{"from": "right@navercorp.com"}, name_from=NAVER, date=date(5, 11, 10),
    subject=enc("Re: [KCSC-240904-02] 게시중단 요청"),
    reply_to_req=rid("KCSC-240904-02"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

{N[0]} 게시물은 작성자에 의해 이미 비공개로 전환된 것으로 보입니다.
{N[2]} 은 카페 매니저에게 확인을 요청해 두었습니다.

확인되는 대로 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER reply hedging ('~인 것으로 보입니다') and deferring",
    why="'appears to have been made private' is a hedge; the cafe post is only being checked",
    items={N[0]: "pending", N[2]: "pending"},
)

case(
    name="soop-hedge-english",
    **{"from": "trustsafety@sooplive.co.kr"}, name_from=SOOP, date=date(7, 10, 0),
    subject="Re: [KCSC-240906-04] Removal request",
    reply_to_req=rid("KCSC-240906-04"),
    body=f"""
Hello,

It looks like the VOD {S[0]} may already have been taken down by the
streamer. Our team will review {S[1]} within 3 business days and let you
know the outcome.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="English Trust & Safety reply with a hedge and a promise",
    why="'may already have been taken down' and 'will review' are no statements",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "help@dcinside.com"}, name_from=DC, date=date(13, 17, 0),
    subject=enc("RE: [KCSC-240903-01] 처리 완료 안내"),
    reply_to_req=rid("KCSC-240903-01"),
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

KCSC-240903-01 건으로 요청하신 게시물은 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all deleted' reply to a fourteen-post request",
    why="one statement about all fourteen posts, none named",
    items={},
)

case(
    name="naver-bulk-english",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy", date=date(12, 18, 20),
    subject="RE: [KCSC-240904-02] Request for removal",
    reply_to_req=rid("KCSC-240904-02"),
    body="""
Dear KCSC team,

All of the content reported in your request KCSC-240904-02 has now been
blinded on NAVER Blog and NAVER Cafe.

Best regards,
NAVER Policy Team
""",
    outcome="review", review="bulk",
    imitates="English 'all of the reported content' reply",
    why="statement about all five items without naming any",
    items={},
)

case(
    name="fmkorea-bulk-count",
    **{"from": "admin@fmkorea.com"}, name_from=FM, date=date(11, 20, 10),
    subject=enc("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req=rid("KCSC-240909-05"),
    body="""
안녕하세요. 에펨코리아 운영진입니다.
신고하신 2건 모두 삭제 조치 완료하였습니다.
""",
    outcome="review", review="bulk",
    imitates="short moderator reply counting the posts instead of naming them",
    why="'both posts deleted' for a two-item request names neither",
    items={},
)

case(
    name="daum-auth-fail",
    **{"from": "right@kakaocorp.com"}, name_from=DAUM, date=date(8, 2, 14), auth="fail",
    subject=enc("[Daum] 게시물 처리 결과 안내"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240905-03 건의 게시물 2건을 삭제하였습니다.
- {M[0]}
- {M[1]}
""",
    outcome="review", review="untrusted",
    imitates="Kakao-looking result notice failing DKIM/SPF/DMARC",
    why="kakaocorp.com From with dmarc=fail: statements not applied",
    items={M[0]: "pending", M[1]: "pending"},
)

case(
    name="daum-cafe-manager-hanmail",
    **{"from": "birch_manager@hanmail.net"}, name_from=enc("은빛자작나무 카페지기"), date=date(7, 21, 33),
    auth="none",
    subject=enc("카페 글 삭제했습니다"),
    body=f"""
안녕하세요 silverbirch77 카페 매니저입니다.
카카오에서 연락받고 말씀하신 글 {M[0]} 제가 지웠습니다.
다른 글도 확인해서 정리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal hanmail.net address",
    why="hanmail.net is not a configured Daum sender domain; the manager's word is not the platform's",
    items={M[0]: "pending"},
)

case(
    name="ppomppu-not-our-site",
    **{"from": "admin@ppomppu.co.kr"}, name_from=enc("뽐뿌 운영팀"), date=date(12, 14, 40),
    subject=enc("Re: 게시물 삭제 요청"),
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다.

신고하신 게시물 {T[0]} 은 저희 뽐뿌에서 확인되지 않는,
존재하지 않는 게시물입니다. 주소를 다시 확인 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misdirected request answered by another community site",
    why="Ppomppu states 'does not exist' about a Nate Pann item",
    items={T[0]: "pending"},
)

case(
    name="nate-policy-newsletter",
    **{"from": "notice@nate.com"}, name_from=enc("네이트"), date=date(13, 9, 0),
    subject=enc("[네이트] 청소년보호정책 개정 안내"),
    body="""
안녕하세요. 네이트입니다.

네이트 청소년보호정책이 2024년 10월 1일자로 개정될 예정입니다.
주요 변경 사항은 청소년유해정보 신고 절차 개선 및 보호책임자 연락처 변경입니다.

자세한 내용은 https://www.nate.com/policy/youth 에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="review", review="no_claims",
    imitates="platform policy-change notice sent to every registered contact",
    why="trusted Nate mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-documents",
    **{"from": "legal@dcinside.com"}, name_from=enc("디시인사이드 법무팀"), date=date(5, 14, 0),
    subject=enc("RE: [KCSC-240903-01] 추가 자료 요청"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 디시인사이드 법무팀입니다.

요청하신 게시물 중
{D[6]}
{D[7]}
에 대해서는 처리 검토를 위하여 심의 의결서 사본과 적용 법령 근거를 회신
메일로 보내주시기 바랍니다. 자료 확인 후 조치 여부를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the decision document before acting",
    why="asks for documents about two posts; nothing decided",
    items={D[6]: "pending", D[7]: "pending"},
)

case(
    name="inven-hwp-attachment",
    **{"from": "webmaster@inven.co.kr"}, name_from=INVEN, date=date(12, 17, 0),
    subject=enc("[인벤] KCSC-240910-06 처리 결과 회신"),
    raw_mime=with_attachment("""
안녕하세요. 인벤 운영팀입니다.

KCSC-240910-06 건 처리 결과는 첨부한 한글 파일을 확인 부탁드립니다.

감사합니다.
""", "처리결과_KCSC-240910-06.hwp",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes((i * 37 + 11) % 256 for i in range(600)),
        "application/x-hwp", "=_inven_hwp_12"),
    outcome="review", review="unreadable_attachment",
    imitates="Korean reply putting the result in an HWP (Hangul) attachment",
    why="the result is only in an .hwp file that cannot be read",
    items={I[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    **{"from": "sora.park@navercorp.com"}, name_from=enc("박소라"), date=date(13, 18, 30),
    subject=enc("[자동응답] 부재중입니다: RE: [KCSC-240904-02] Request for removal"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박소라입니다.
추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.

I am out of the office for the Chuseok holidays until September 18.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply for the Chuseok holidays",
    why="auto-reply naming the request only in its subject",
    items={},
)

dc_orig = "\n".join(request_text("KCSC-240903-01", D[:4]))
SUBJ_B64 = base64.b64encode("삭제 요청".encode()).decode()
dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_dc_0903"

--=_dsn_dc_0903
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: user unknown (mailbox no longer in use)

--=_dsn_dc_0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue, 03 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@dcinside.com>: Recipient address rejected

--=_dsn_dc_0903
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: [KCSC-240903-01] =?UTF-8?B?{SUBJ_B64}?=
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <req-240903-01-cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dc_orig.encode("utf-8"))}

--=_dsn_dc_0903--
"""
case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System", date=date(3, 10, 0, 4),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) carrying the original request with its URLs",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_kakao_0906"

--=_mdn_kakao_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 받는 사람이 2024-09-06 오전 9:12에 읽었습니다.
The message sent to right@kakaocorp.com was displayed on 2024-09-06.

--=_mdn_kakao_0906
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_kakao_0906--
"""
case(
    name="daum-read-receipt",
    **{"from": "right@kakaocorp.com"}, name_from=DAUM, date=date(6, 9, 12),
    subject=enc("읽음: [KCSC-240905-03] 카페 게시물 삭제 요청"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (message/disposition-notification)",
    why="read receipt, no statement",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "no-reply@sooplive.co.kr"}, name_from=enc("SOOP 고객센터"), date=date(6, 10, 2),
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (Ticket #SP-240906-55812)"),
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: SP-240906-55812
  - 문의 제목: [KCSC-240906-04] 게시물 삭제 요청
  - 접수일시: 2024-09-06 10:01

담당자가 확인 후 순차적으로 답변드리겠습니다.
Your inquiry has been received and will be answered in order.

본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="receipt with a ticket number, nothing about any item",
    items={},
)

fm_ooo_quote = "\n".join("> " + l if l else ">" for l in request_text("KCSC-240909-05", F))
case(
    name="fmkorea-ooo-english",
    **{"from": "jiho.lee@fmkorea.com"}, name_from="Jiho Lee", date=date(9, 10, 1),
    subject="Automatic reply: [KCSC-240909-05] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
Thank you for your email. I am away until September 19 with limited access
to email. For urgent moderation matters please write to admin@fmkorea.com.

{fm_ooo_quote}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' quoting the original message",
    why="out-of-office reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="nate-receipt-ko",
    **{"from": "help@skcomms.co.kr"}, name_from=NATE, date=date(11, 10, 5),
    subject=enc("[네이트 고객센터] 문의 접수 완료 안내"),
    body="""
안녕하세요. 네이트 고객센터입니다.

보내주신 문의(KCSC-240911-07)가 접수되었습니다.
접수번호: NT-2409-118732

영업일 기준 3일 이내에 답변드리겠습니다. 감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre '문의 접수 완료' receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="hosted-mail-qmail-bounce",
    **{"from": "MAILER-DAEMON@smtp.hiworks-relay.example"}, name_from="MAILER-DAEMON",
    date=date(10, 10, 0, 9), auth="none",
    subject="failure notice",
    body=f"""
Hi. This is the qmail-send program at smtp.hiworks-relay.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<cs-team@inven.co.kr>:
552 5.2.2 mailbox full

--- Below this line is a copy of the message.

From: KCSC Takedown <takedown@kcsc.example>
To: cs-team@inven.co.kr
Subject: [KCSC-240910-06] =?UTF-8?B?{base64.b64encode("불법 도박 홍보 게시물".encode()).decode()}?=

안녕하십니까. 방송통신심의위원회입니다.
아래 정보에 대하여 시정요구(삭제)를 요청드립니다. 요청번호: KCSC-240910-06
1. {I[0]}
""",
    outcome="ignored", classification="bounce",
    imitates="qmail-style plain-text bounce from a third-party hosted relay",
    why="bounce from a foreign relay, ignored whoever sent it",
    items={},
)


HEADER = """# Blind set 495 (tests/corpus/blind495/make.py writes this file).
# Korean portals and community sites; expected results written from each
# email's meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind495", HEADER, CASES)


if __name__ == "__main__":
    main()
