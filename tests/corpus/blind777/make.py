#!/usr/bin/env python3
"""Blind set 777: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, Inven, Clien, Ppomppu; FM Korea and Nate in config only),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

Written without reading the reader (src/) or any other corpus set. Every
expected result comes from the meaning of the email. Deterministic:

    python3 tests/corpus/blind777/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

TISTORY_RAW = "https://wheatlamp.tistory.com/entry/정보-공유-링크모음"
TISTORY_ENC = ("https://wheatlamp.tistory.com/entry/"
               "%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0-%EB%A7%81%ED%81%AC%EB%AA%A8%EC%9D%8C")

DC = {
    1: "https://gall.dcinside.com/board/view/?id=hitwave_x&no=20931",
    2: "https://gall.dcinside.com/board/view/?id=hitwave_x&no=20947",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=moonlit_tarot&no=4410",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=moonlit_tarot&no=4418",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=moonlit_tarot&no=4502",
    6: "https://gall.dcinside.com/mgallery/board/view/?id=paperkite&no=88120",
    7: "https://gall.dcinside.com/mgallery/board/view/?id=paperkite&no=88121",
    8: "https://gall.dcinside.com/mini/board/view/?id=quietbay&no=311",
    9: "https://gall.dcinside.com/mini/board/view/?id=quietbay&no=327",
    10: "https://gall.dcinside.com/board/view/?id=rivergrain&no=1500042",
    11: "https://gall.dcinside.com/board/view/?id=rivergrain&no=1500077",
    12: "https://gall.dcinside.com/board/view/?id=rivergrain&no=1500103",
    13: "https://m.dcinside.com/board/lanternyard/77310",
    14: "https://m.dcinside.com/board/lanternyard/77342",
}
NV = {
    1: "https://blog.naver.com/greyfinch_07/223561100482",
    2: "https://cafe.naver.com/sunnyorchard/51820",
    3: "https://cafe.naver.com/sunnyorchard/51877",
    4: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471203318",
    5: "https://blog.naver.com/ashen_ridge/223570019911",
}
DA = {
    1: "https://cafe.daum.net/mintcorridor/Fx7q/1184",
    2: "https://cafe.daum.net/mintcorridor/Fx7q/1190",
    3: TISTORY_ENC,
    4: "https://m.cafe.daum.net/oakstairs/ZZpe/402",
}
SO = {
    1: "https://vod.sooplive.co.kr/player/131045522",
    2: "https://ch.sooplive.co.kr/velvetcrow99/post/10283377",
    3: "https://vod.sooplive.co.kr/player/131049980",
}
IV = {
    1: "https://www.inven.co.kr/board/lineagem/5019/884301",
    2: "https://www.inven.co.kr/board/maple/5974/2231907",
}
CL = {1: "https://www.clien.net/service/board/park/18788123"}
PP = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120455",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410921",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, items, category, message-id stem, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     DC, "gambling", "req-240902-01", "gallery posts advertising illegal betting"),
    ("KCSC-240903-02", "naver", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NV, "drugs", "req-240903-02", "blog and cafe posts selling controlled substances"),
    ("KCSC-240905-03", "daum", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     DA, "privacy", "req-240905-03", "cafe and tistory posts exposing personal data"),
    ("KCSC-240909-04", "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     SO, "obscenity", "req-240909-04", "VOD and channel post"),
    ("KCSC-240910-05", "inven", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     IV, "gambling", "req-240910-05", "board posts advertising item-betting sites"),
    ("KCSC-240911-06", "clien", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     CL, "defamation", "req-240911-06", "single board post"),
    ("KCSC-240912-07", "ppomppu", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     PP, "fraud", "req-240912-07", "phishing resale posts"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid, note in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

DOW = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon",
       10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon",
       17: "Tue", 18: "Wed", 19: "Thu"}


def d(day, hm, sec=0):
    h, m = hm.split(":")
    return f"{DOW[day]}, {day:02d} Sep 2024 {int(h):02d}:{int(m):02d}:{sec:02d} +0900"


def hdr(s):
    """RFC 2047 encode a header value (display name or subject)."""
    return Header(s, "utf-8").encode()


def b64(s):
    raw = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for head, body in parts:
        out.append(f"--{boundary}")
        out.append(head.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def request_lines(items, prefix=""):
    return "\n".join(f"{prefix}{i}. {items[k]}" for i, k in enumerate(sorted(items), 1))


def quoted_request(ref, items, prefix="> "):
    body = (f"안녕하십니까. 방송통신심의위원회 불법정보 시정요구 담당입니다.\n"
            f"아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n"
            + request_lines(items) + "\n\n감사합니다.")
    return "\n".join((prefix + line).rstrip() for line in body.split("\n"))


CASES = []


def case(**c):
    CASES.append(c)


# ==========================================================================
# DC Inside (KCSC-240902-01, 14 items)
# ==========================================================================

rows = [
    (1, "삭제", "도박 사이트 홍보"),
    (2, "삭제", "도박 사이트 홍보"),
    (3, "삭제", "동일 홍보글 반복 게시"),
    (4, "게시물 없음", "작성자가 신고 접수 전 삭제"),
    (5, "성인인증 게시물 전환", "19세 미만 열람 제한"),
    (6, "삭제", ""),
    (7, "유지", "도박 홍보 내용 없음 (일반 잡담글)"),
    (8, "블라인드", "마이너/미니 갤러리 관리자 권한으로 처리"),
    (9, "삭제", ""),
    (10, "삭제", ""),
    (11, "존재하지 않는 게시물", "번호 확인 불가"),
    (12, "삭제", ""),
    (13, "삭제", "모바일 주소로 접수된 건"),
    (14, "유지", "신고 사유에 해당하는 내용 확인되지 않음"),
]
table = "\n".join(
    f"<tr><td>{n}</td><td>{DC[n].replace('&', '&amp;')}</td><td>{st}</td><td>{note}</td></tr>"
    for n, st, note in rows)
html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240902-01) 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{table}
</table>
<p>'유지' 건은 운영 원칙에 따라 검토한 결과 삭제 사유가 확인되지 않은 게시물입니다.<br>
문의 사항은 본 메일로 회신 주시기 바랍니다.</p>
<p>디시인사이드 운영팀 드림<br>(주)디시인사이드</p>
</body></html>"""
st_of = {"삭제": "removed", "블라인드": "removed", "게시물 없음": "not_found",
         "존재하지 않는 게시물": "not_found", "성인인증 게시물 전환": "restricted", "유지": "rejected"}
case(name="dc-html-table-all-fourteen", date=d(6, "16:42"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240902-01)"),
     reply_to_req="req-240902-01", type="html", body=html,
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table a portal sends back to the regulator",
     why="HTML table naming all 14 items with 삭제/블라인드/게시물 없음/성인인증/유지 and reasons",
     items={DC[n]: st_of[st] for n, st, _ in rows})

case(name="dc-korean-prose-particles", date=d(4, "11:05"),
     **{"from": "cs@dcinside.com"}, name_from=hdr("디시인사이드 고객센터"),
     subject="RE: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     body=f"""안녕하세요. 디시인사이드 고객센터입니다.

보내주신 시정요구 건 일부에 대한 처리 내용을 먼저 알려드립니다.

{DC[10]}에 대해서는 운영자 삭제를 완료했습니다.
{DC[11]} 게시물은 작성자가 스스로 지운 글로, 현재 해당 번호의 글이 존재하지 않습니다.
{DC[3]} 역시 오늘 오전 삭제하였습니다.

그 밖의 게시물은 갤러리별로 확인 중이며, 처리되는 대로 별도 메일 드리겠습니다.

감사합니다.
디시인사이드 고객센터
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside customer-centre reply in Korean prose, partial result",
     why="three URLs followed directly by Korean particles: two 삭제, one deleted by its author",
     items={DC[10]: "removed", DC[11]: "not_found", DC[3]: "removed"})

case(name="dc-url-then-status-line", date=d(5, "09:12"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("Re: KCSC-240902-01 처리 결과 (2차)"),
     reply_to_req="req-240902-01",
     body=f"""담당자님 안녕하세요.
2차 처리 결과입니다.

{DC[8]}
→ 삭제 완료

{DC[9]}
→ 삭제 완료

{DC[7]}
→ 게시물 유지 (신고 사유인 도박 홍보 내용이 없는 일반 게시물입니다)

{DC[4]}
→ 이미 삭제된 게시물입니다

--
디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk status list with the bare URL and the result on the line below",
     why="each URL has its result on the next line: removed, removed, rejected with reason, not_found",
     items={DC[8]: "removed", DC[9]: "removed", DC[7]: "rejected", DC[4]: "not_found"})

case(name="dc-top-posted-gmail-quote", date=d(3, "15:30"),
     **{"from": "jh.park@dcinside.com"}, name_from=hdr("박정훈"),
     subject="Re: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     body=f"""안녕하세요, 디시인사이드 박정훈입니다.

아래 두 건은 방금 삭제 처리했습니다.
{DC[1]}
{DC[2]}

나머지 12건은 해당 갤러리 관리자와 확인 후 회신드리겠습니다.

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240902-01", DC)}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted reply over the quoted Korean request",
     why="two URLs stated deleted above the quote; the rest only promised and quoted",
     items={DC[1]: "removed", DC[2]: "removed", DC[3]: "pending", DC[12]: "pending"})

csv_text = ("게시물 URL,처리 상태,처리일시\n"
            f"{DC[3]},삭제완료,2024-09-05 14:10\n"
            f"{DC[4]},게시물 없음,2024-09-05 14:11\n"
            f"{DC[5]},성인인증 적용(19세 미만 열람 제한),2024-09-05 14:13\n"
            f"{DC[6]},삭제완료,2024-09-05 14:15\n"
            f"{DC[8]},유지(위반사항 없음),2024-09-05 14:20\n")
case(name="dc-csv-attachment", date=d(5, "14:40"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("[디시인사이드] KCSC-240902-01 처리 내역 첨부"),
     reply_to_req="req-240902-01",
     raw_mime=multipart("mixed", "==dc-csv-7701==", [
         ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
          b64("안녕하세요, 디시인사이드 운영팀입니다.\n\n"
              "시정요구 KCSC-240902-01 중 마이너 갤러리 및 미니 갤러리 게시물의 처리 내역을 "
              "첨부 파일로 보내드립니다.\n처리 상태는 첨부 파일을 확인해 주세요.\n\n감사합니다.\n")),
         ('Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
          "Content-Transfer-Encoding: base64\n"
          'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"',
          b64(csv_text)),
     ]),
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a CSV attachment with a short base64 body",
     why="CSV rows: 삭제완료, 게시물 없음, 성인인증 적용, 삭제완료, 유지(위반사항 없음)",
     items={DC[3]: "removed", DC[4]: "not_found", DC[5]: "restricted", DC[6]: "removed",
            DC[8]: "rejected"})

case(name="dc-bilingual-kr-en", date=d(6, "10:02"),
     **{"from": "global@dcinside.com"}, name_from="DCInside Operations",
     subject="[KR/EN] Result of removal request KCSC-240902-01",
     reply_to_req="req-240902-01",
     body=f"""[KR]
요청하신 게시물 중 아래 2건에 대한 조치 결과입니다.
- {DC[6]} : 삭제
- {DC[5]} : 성인인증 필요 게시물로 전환 (미성년자 열람 불가)

[EN]
Below is the outcome for two of the posts in your request.
- {DC[6]} : deleted
- {DC[5]} : converted to an adult-verification post (not viewable by minors)

DCInside Operations
""",
     outcome="applied", classification="confirmation",
     imitates="bilingual Korean/English operations reply",
     why="same two statements in both languages: one deleted, one age-restricted",
     items={DC[6]: "removed", DC[5]: "restricted"})

case(name="dc-mobile-fullwidth-punct", date=d(7, "13:25"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("Re: [KCSC-240902-01] 모바일 주소 게시물 처리"),
     reply_to_req="req-240902-01",
     body="""안녕하세요. 모바일 주소로 접수된 게시물 2건 처리 결과입니다.

① 게시물（https://m.dcinside.com/board/lanternyard/77310）은 블라인드 처리했습니다。
② https://m.dcinside.com/board/lanternyard/77342，해당 글은 경기 결과 토론글로 도박 홍보와 무관하여 삭제하지 않고 유지합니다。

디시인사이드 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Korean reply typed with full-width punctuation around mobile URLs",
     why="full-width parentheses/comma/period around the URLs: one 블라인드, one kept with a reason",
     items={DC[13]: "removed", DC[14]: "rejected"})

case(name="dc-receipt-plus-result", date=d(3, "09:48"),
     **{"from": "noreply@dcinside.com"}, name_from=hdr("디시인사이드"),
     subject=hdr("[디시인사이드] 신고 접수 및 처리 안내"),
     body=f"""[디시인사이드] 신고 접수 및 처리 안내

신고가 정상적으로 접수되었습니다. (접수번호 DCR-240903-00418)

담당자 검토 결과 아래 게시물은 운영 원칙 위반(불법 도박 홍보)으로 삭제 조치되었습니다.
 - {DC[1]}
 - {DC[2]}

본 메일은 발신 전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="ticket-system notice that both confirms receipt and reports the result",
     why="acknowledgement phrase plus an unhedged 삭제 statement for two named URLs",
     items={DC[1]: "removed", DC[2]: "removed"})

case(name="dc-outlook-original-message", date=d(9, "17:03"),
     **{"from": "sy.kim@dcinside.com"}, name_from=hdr("김서연"),
     subject="RE: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     body=f"""담당자님,

paperkite 갤러리 건 확인했습니다.
{DC[6]} 는 삭제했고,
{DC[7]} 는 내용을 다시 봤는데 홍보 링크 없이 경기 일정만 있는 글이라 유지하기로 했습니다.

김서연 드림
디시인사이드 커뮤니티운영팀

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법정보 시정요구

{quoted_request("KCSC-240902-01", DC, prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the original request below '-----Original Message-----'",
     why="one deleted, one kept with its reason; the unprefixed quoted request changes nothing",
     items={DC[6]: "removed", DC[7]: "rejected", DC[8]: "pending", DC[13]: "pending"})

case(name="dc-angle-brackets", date=d(4, "18:20"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject="Re: [KCSC-240902-01] rivergrain 갤러리",
     reply_to_req="req-240902-01",
     body=f"""rivergrain 갤러리 3건 처리했습니다.

<{DC[10]}> 삭제
<{DC[12]}> 삭제
<{DC[11]}> 해당 번호의 게시물은 존재하지 않습니다 (작성자 삭제로 추정되나 로그상 신고 접수 전 이미 없음)

운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="terse operator reply with URLs in angle brackets",
     why="two deleted; third 'does not exist' stated flatly (the 추정 is only about who deleted it)",
     items={DC[10]: "removed", DC[12]: "removed", DC[11]: "not_found"})

# --- DC review / ignored ---

case(name="dc-promise-this-week", date=d(3, "17:45"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject="Re: [KCSC-240902-01] 불법정보 시정요구",
     reply_to_req="req-240902-01",
     body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 3건은 내부 검토를 거쳐 이번 주 안에 삭제될 예정입니다.
{DC[8]}
{DC[9]}
{DC[12]}

처리가 끝나면 다시 알려드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="operator reply promising deletion later in the week",
     why="'삭제될 예정' is a promise, not a statement; the named items stay pending",
     items={DC[8]: "pending", DC[9]: "pending", DC[12]: "pending"})

case(name="dc-bulk-all-done", date=d(10, "10:30"),
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("[디시인사이드] KCSC-240902-01 처리 완료"),
     reply_to_req="req-240902-01",
     body="""안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회 시정요구 KCSC-240902-01 건으로 요청하신 게시물 14건은
모두 삭제 조치 완료하였습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="one-line 'all done' completion notice",
     why="one statement for all 14 items without naming any: bulk, nothing applied",
     items={DC[n]: "pending" for n in DC})

case(name="dc-forged-dmarc-fail", date=d(4, "02:14"), auth="fail",
     **{"from": "report@dcinside.com"}, name_from=hdr("디시인사이드 운영팀"),
     subject=hdr("[디시인사이드] 시정요구 처리 결과"),
     body=f"""시정요구 KCSC-240902-01 처리 결과 안내

아래 게시물은 삭제되었습니다.
{DC[3]}
{DC[4]}
{DC[5]}

처리 내역 상세 확인: http://dcinside-report-center.example/login
""",
     outcome="review", review="untrusted",
     imitates="spoofed portal notice (DMARC fail) with a phishing login link",
     why="claims deletions but the dcinside.com sender fails DKIM/SPF/DMARC",
     items={DC[3]: "pending", DC[4]: "pending", DC[5]: "pending"})

case(name="dc-outsourced-moderator", date=d(5, "19:00"),
     **{"from": "ops@boardguard-partners.example"}, name_from="BoardGuard Moderation Ops",
     subject="FW: KCSC-240902-01 moonlit_tarot gallery",
     body=f"""Hello,

We provide outsourced moderation for several DC Inside minor galleries, including
moonlit_tarot. Regarding your request KCSC-240902-01, our moderators deleted:

{DC[3]}
{DC[5]}

Regards,
BoardGuard Moderation Ops (contractor)
""",
     outcome="review", review="unknown_sender",
     imitates="third-party moderation contractor answering on a platform's behalf",
     why="sender is no platform's domain; its deletion statements are not trusted",
     items={DC[3]: "pending", DC[5]: "pending"})

case(name="dc-out-of-office", date=d(2, "10:01"),
     **{"from": "jh.park@dcinside.com"}, name_from=hdr("박정훈"),
     subject=hdr("[자동응답] 부재중입니다 - Re: [KCSC-240902-01] 불법정보 시정요구"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""안녕하세요. 박정훈입니다.
9월 2일(월)부터 9월 3일(화)까지 휴가로 메일 확인이 어렵습니다.
급한 신고 건은 report@dcinside.com 으로 보내주시면 운영팀에서 처리합니다.

I am on leave until 3 September. For urgent reports please write to report@dcinside.com.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean/English out-of-office auto-reply",
     why="auto-reply with Auto-Submitted header, no statement", items={})

case(name="dc-report-receipt-echo", date=d(2, "10:03"),
     **{"from": "noreply@dcinside.com"}, name_from=hdr("디시인사이드"),
     subject=hdr("[디시인사이드] 신고가 접수되었습니다"),
     body=f"""[디시인사이드] 신고 접수 안내

고객님의 신고가 접수되었습니다.
 - 접수번호: DCR-240902-00377
 - 신고 유형: 불법 정보 (도박)
 - 신고 대상: {DC[1]}

접수된 신고는 순서대로 검토되며 결과는 이 메일 주소로 안내됩니다.
본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt echoing the reported URL",
     why="pure receipt (ticket number, echo of the reported URL), no statement about the item",
     items={})

# ==========================================================================
# NAVER (KCSC-240903-02, 5 items)
# ==========================================================================

case(name="naver-imsi-jochi-notice", date=d(4, "14:00"),
     **{"from": "noreply@navercorp.com"}, name_from=hdr("네이버 권리보호센터"),
     subject=hdr("[네이버] 게시중단 요청 처리 결과 안내"),
     body=f"""[네이버] 게시중단 요청 처리 결과 안내

안녕하세요. 네이버 권리보호센터입니다.
방송통신심의위원회에서 요청하신 건(KCSC-240903-02)에 대하여 다음과 같이 처리하였음을 알려드립니다.

■ 처리 대상
 1) {NV[1]}
 2) {NV[4]}

■ 처리 내용
위 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 차단)되었습니다.
게시자가 30일 이내에 재게시를 요청하지 않으면 게시물은 이후 삭제될 수 있습니다.

권리보호센터 안내: https://right.naver.com/guide/temporary-measure
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 30일 임시조치 notice",
     why="both listed items put under 30-day 임시조치 (access blocked): restricted; later deletion only possible",
     items={NV[1]: "restricted", NV[4]: "restricted"})

case(name="naver-cafe-mixed-rejection", date=d(5, "11:20"),
     **{"from": "cafe_cs@naver.com"}, name_from=hdr("네이버 카페 고객센터"),
     subject=hdr("RE: [KCSC-240903-02] 게시물 조치 요청에 대한 답변"),
     reply_to_req="req-240903-02",
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

1. {NV[2]}
   - 마약류 판매 광고로 확인되어 삭제하였습니다.
2. {NV[3]}
   - 동일 작성자의 판매글로 삭제하였습니다.
3. {NV[1]}
   - 해당 블로그 글은 약물 부작용에 관한 개인 경험담으로, 판매·알선 내용이 없어 운영정책 위반에 해당하지 않습니다. 게시물은 유지됩니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre review result, numbered list with reasons",
     why="two cafe posts deleted, the blog post kept because it breaks no rule",
     items={NV[2]: "removed", NV[3]: "removed", NV[1]: "rejected"})

case(name="naver-english-policy-links", date=d(6, "09:15"),
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240903-02 - outcome",
     reply_to_req="req-240903-02",
     body=f"""Dear KCSC team,

Thank you for your request KCSC-240903-02. After review:

* {NV[2]} -- removed for violating our Operating Policy on illegal goods.
* {NV[5]} -- removed.
* {NV[3]} -- we could not find this post; it does not exist on NAVER Cafe.

Our operating policy is available at https://policy.naver.com/policy/service.html
and you can read about the review process at https://help.naver.com/service/5600/contents/18822.

Kind regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety outcome with links to the policy and help pages",
     why="removed, removed, not_found; the policy and help links are not items",
     items={NV[2]: "removed", NV[5]: "removed", NV[3]: "not_found"})

nv_html = f"""<html><body style="font-family:'Malgun Gothic'">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>문의하신 시정요구(KCSC-240903-02) 중 지식iN 및 블로그 게시물에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{NV[4].replace('&', '&amp;')}">{NV[4].replace('&', '&amp;')}</a> : 질문 글 비공개 처리 완료</li>
<li><a href="{NV[5]}">{NV[5]}</a> : 게시물 삭제 완료</li>
</ul>
<p>더 궁금하신 점은 <a href="https://help.naver.com/inquiry">고객센터 문의하기</a>를 이용해 주세요.</p>
</body></html>
"""
case(name="naver-qp-html", date=d(6, "15:47"),
     **{"from": "help@naver.com"}, name_from=hdr("네이버 고객센터"),
     subject=hdr("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
     reply_to_req="req-240903-02",
     raw_mime=multipart("alternative", "----=_NV_qp_5521", [
         ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
          qp(nv_html)),
     ]),
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre HTML answer in quoted-printable",
     why="kin question made private (비공개 처리) and blog post deleted: both removed",
     items={NV[4]: "removed", NV[5]: "removed"})

case(name="naver-kin-invalid-link", date=d(4, "16:33"),
     **{"from": "kin_help@naver.com"}, name_from="NAVER KnowledgeiN",
     subject="Re: [KCSC-240903-02] KnowledgeiN question",
     reply_to_req="req-240903-02",
     body=f"""Hello,

The link you sent ({NV[4]}) is invalid: no question with that docId exists in
KnowledgeiN, and we have no record of it being posted.

NAVER KnowledgeiN operations
""",
     outcome="applied", classification="confirmation",
     imitates="short English reply that a link is invalid",
     why="invalid link, no such question: not_found",
     items={NV[4]: "not_found"})

case(name="naver-hedge-appears-deleted", date=d(4, "10:10"),
     **{"from": "cafe_cs@naver.com"}, name_from=hdr("네이버 카페 고객센터"),
     subject="RE: [KCSC-240903-02] 게시물 조치 요청",
     reply_to_req="req-240903-02",
     body=f"""안녕하세요, 네이버 카페 고객센터입니다.

말씀하신 {NV[3]} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다.
다만 카페 매니저가 삭제한 것인지 작성자가 삭제한 것인지는 담당 부서 확인이 필요하여,
정확한 처리 이력은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="customer-centre reply hedging on whether a post was already deleted",
     why="'삭제된 것으로 보입니다' is a hedge and the history is still to be confirmed",
     items={NV[3]: "pending"})

case(name="naver-wrong-platform-daum", date=d(5, "13:05"),
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject="Re: KCSC-240905-03 - not a NAVER service",
     body=f"""Dear KCSC team,

We were copied on request KCSC-240905-03. The following addresses do not
exist on any NAVER service; these posts cannot be found on our side:

{DA[1]}
{DA[2]}

Please contact Kakao (Daum Cafe) for these.

NAVER Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="platform reply that the URLs belong to another service",
     why="NAVER states 'cannot be found' for Daum's items: not NAVER's to state",
     items={DA[1]: "pending", DA[2]: "pending"})

case(name="naver-read-receipt", date=d(3, "11:40"),
     **{"from": "policy@navercorp.com"}, name_from=hdr("네이버 정책팀"),
     subject=hdr("읽음: [KCSC-240903-02] 불법정보 시정요구"),
     raw_mime=multipart("report", "mdn_nv_0903", [
         ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
          "보낸 메일을 수신인이 읽었습니다.\n\n제목: [KCSC-240903-02] 불법정보 시정요구\n"
          "읽은 시간: 2024년 9월 3일 화요일 오전 11:40\n"),
         ("Content-Type: message/disposition-notification",
          "Reporting-UA: mail.navercorp.com\nOriginal-Recipient: rfc822;policy@navercorp.com\n"
          "Final-Recipient: rfc822;policy@navercorp.com\n"
          "Original-Message-ID: <req-240903-02@kcsc.example>\n"
          "Disposition: manual-action/MDN-sent-manually; displayed"),
     ], extra="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt",
     imitates="Korean mail client read receipt (MDN)",
     why="MDN 'displayed', no statement", items={})

# ==========================================================================
# Daum / Kakao (KCSC-240905-03, 4 items)
# ==========================================================================

case(name="daum-gesijungdan-notice", date=d(6, "17:10"),
     **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
     subject=hdr("[Daum] 게시중단 처리 결과를 알려드립니다"),
     reply_to_req="req-240905-03",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 게시중단 요청(KCSC-240905-03)의 처리 결과를 알려드립니다.

[게시중단 완료]
{DA[1]}

[처리 불가 - 게시물 없음]
{DA[2]}
  : 작성자에 의해 이미 삭제된 게시물입니다.

나머지 요청 건은 검토가 끝나는 대로 안내드리겠습니다.

카카오 권리침해신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao/Daum 권리침해신고센터 게시중단 result notice with headed sections",
     why="section headings give the status: 게시중단 (removed) and already deleted by its author (not_found)",
     items={DA[1]: "removed", DA[2]: "not_found"})

case(name="daum-tistory-korean-path", date=d(9, "10:45"),
     **{"from": "tistory_cs@kakaocorp.com"}, name_from=hdr("티스토리 고객센터"),
     subject=hdr("RE: [KCSC-240905-03] 티스토리 게시물"),
     reply_to_req="req-240905-03",
     body=f"""안녕하세요, 티스토리 고객센터입니다.

요청하신 게시물 「{TISTORY_RAW}」에 대해
개인정보 노출 부분이 확인되어 국내 이용자의 접근을 제한하였습니다.
(해외 접속 및 블로그 소유자 본인은 열람 가능하며, 소유자가 해당 부분을 수정하면 제한이 해제될 수 있습니다.)

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory customer-centre reply, raw Korean URL path in 「」 brackets",
     why="raw Korean path matches the percent-encoded item; access limited for Korean users: restricted",
     items={DA[3]: "restricted"})

case(name="daum-base64-plain", date=d(10, "14:05"),
     **{"from": "cafe_help@daum.net"}, name_from=hdr("Daum 카페 고객센터"),
     subject=hdr("Re: [KCSC-240905-03] 카페 게시물 처리 결과"),
     reply_to_req="req-240905-03",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
         f"""안녕하세요, Daum 카페 고객센터입니다.

요청하신 카페 게시물 2건의 처리 결과입니다.

- {DA[4]}
  게시물에 포함된 타인의 연락처와 주소를 확인하여 게시물을 삭제했습니다.

- {DA[2]}
  검토 결과 게시물에 개인을 특정할 수 있는 정보가 없어 카페 운영원칙 위반에 해당하지 않습니다.
  게시물은 그대로 유지됩니다.

감사합니다.
Daum 카페 고객센터
""") + "\n",
     outcome="applied", classification="confirmation",
     imitates="Daum Cafe help reply sent base64-encoded",
     why="one deleted, one kept because no personal data found",
     items={DA[4]: "removed", DA[2]: "rejected"})

case(name="daum-asks-more", date=d(6, "10:30"),
     **{"from": "right@kakaocorp.com"}, name_from=hdr("카카오 권리침해신고센터"),
     subject=hdr("[Daum] 추가 자료 요청 (KCSC-240905-03)"),
     reply_to_req="req-240905-03",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중
{DA[4]}
건은 개인정보 침해 여부를 판단하기 위해 추가 자료가 필요합니다.

시정요구 공문(PDF)과 침해 대상이 되는 정보(게시물 내 위치)를 회신으로 보내주시면
검토 후 처리 결과를 안내드리겠습니다.

카카오 권리침해신고센터
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="Kakao request for supporting documents before acting",
     why="asks for the official letter and details; no status stated",
     items={DA[4]: "pending"})

dsn_orig = ("From: " + hdr("방송통신심의위원회") + " <takedown@kcsc.example>\n"
            "To: cafe-report@daum.net\n"
            "Subject: " + hdr("[KCSC-240905-03] 불법정보 시정요구") + "\n"
            "Date: Thu, 05 Sep 2024 09:30:00 +0900\n"
            "Message-ID: <req-240905-03@kcsc.example>\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            + quoted_request("KCSC-240905-03", DA, prefix=""))
case(name="daum-dsn-bounce", date=d(5, "09:31"),
     **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "dsn.daum.0905", [
         ("Content-Type: text/plain; charset=us-ascii\nContent-Description: Notification",
          "This is the mail system at host mx2.daum.net.\n\n"
          "I'm sorry to have to inform you that your message could not\n"
          "be delivered to one or more recipients.\n\n"
          "<cafe-report@daum.net>: host mx2.daum.net said: 550 5.1.1\n"
          "    <cafe-report@daum.net>: Recipient address rejected: User unknown\n"),
         ("Content-Type: message/delivery-status",
          "Reporting-MTA: dns; mx2.daum.net\n\n"
          "Final-Recipient: rfc822; cafe-report@daum.net\n"
          "Action: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: smtp; 550 5.1.1 User unknown"),
         ("Content-Type: message/rfc822", dsn_orig),
     ], extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification returning the request",
     why="DSN; the URLs are only in the returned original", items={})

# ==========================================================================
# SOOP (KCSC-240909-04, 3 items)
# ==========================================================================

case(name="soop-statement-of-reasons", date=d(10, "16:00"),
     **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     subject="Statement of reasons - request KCSC-240909-04",
     reply_to_req="req-240909-04",
     body=f"""Statement of reasons

Request: KCSC-240909-04
Decision date: 10 September 2024

Content: {SO[1]}
Decision: the VOD has been removed from SOOP.
Ground: Community Guidelines, section 4 (sexual content).
Automated means used: no

Content: {SO[2]}
Decision: the post has been restricted to verified adult (19+) users.
Ground: Youth protection policy.
Automated means used: no

Redress: the uploader may appeal at https://www.sooplive.co.kr/help/appeal.

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (content/decision/ground/redress blocks)",
     why="VOD removed, channel post age-restricted; the appeal link is not an item",
     items={SO[1]: "removed", SO[2]: "restricted"})

case(name="soop-url-below-statement", date=d(11, "09:20"),
     **{"from": "cs@sooplive.co.kr"}, name_from=hdr("SOOP 고객센터"),
     subject="Re: [KCSC-240909-04] VOD",
     reply_to_req="req-240909-04",
     body=f"""Hello,

The following VOD has been made unavailable:
{SO[3]}

The following VOD could not be located; the ID does not match any VOD on our service:
{SO[1]}

SOOP Customer Center
""",
     outcome="applied", classification="confirmation",
     imitates="English support reply with each URL on the line below its statement",
     why="statement line then URL: one removed (made unavailable), one not_found",
     items={SO[3]: "removed", SO[1]: "not_found"})

so_rows = [
    (SO[1], "Removed", "Deleted for sexual content"),
    (SO[2], "No action", "Does not violate our Community Guidelines; the post remains available"),
    (SO[3], "Blocked in Korea", "Access from Korea blocked under local law"),
]
so_html = ("<html><body><p>Dear KCSC,</p><p>Please find the results for KCSC-240909-04 below.</p>\n"
           "<table border=\"1\"><tr><th>URL</th><th>Action</th><th>Details</th></tr>\n"
           + "\n".join(f"<tr><td>{u}</td><td>{a}</td><td>{x}</td></tr>" for u, a, x in so_rows)
           + "\n</table><p>SOOP Global Policy Team</p></body></html>")
case(name="soop-html-table-english", date=d(12, "11:00"),
     **{"from": "policy@sooplive.com"}, name_from="SOOP Global Policy",
     subject="KCSC-240909-04 results",
     reply_to_req="req-240909-04", type="html", body=so_html,
     outcome="applied", classification="confirmation",
     imitates="English HTML results table from a global policy team",
     why="Removed / No action (breaks no rule, stays up) / Blocked in Korea",
     items={SO[1]: "removed", SO[2]: "rejected", SO[3]: "restricted"})

case(name="soop-under-review-table", date=d(10, "10:00"),
     **{"from": "cs@sooplive.co.kr"}, name_from=hdr("SOOP 고객센터"),
     subject=hdr("[SOOP] KCSC-240909-04 진행 상황"),
     reply_to_req="req-240909-04",
     body=f"""안녕하세요, SOOP 고객센터입니다.
요청하신 건의 현재 진행 상황을 공유드립니다.

URL | 상태
{SO[1]} | 검토 중
{SO[2]} | 검토 중
{SO[3]} | 조치 예정

최종 결과는 확정되는 대로 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="progress table with 검토 중 / 조치 예정 states",
     why="under review and 'will act' are not statements; all three stay pending",
     items={SO[1]: "pending", SO[2]: "pending", SO[3]: "pending"})

case(name="soop-afreecatv-auth-fail", date=d(9, "23:50"), auth="fail",
     **{"from": "notice@afreecatv.com"}, name_from="AfreecaTV",
     subject=hdr("[아프리카TV] 신고 처리 완료 안내"),
     body=f"""[아프리카TV] 신고 처리 완료 안내

KCSC-240909-04 건의 VOD가 삭제되었습니다.
{SO[1]}
{SO[3]}
""",
     outcome="review", review="untrusted",
     imitates="notice under SOOP's former brand domain failing authentication",
     why="afreecatv.com is a SOOP sender domain but DMARC fails",
     items={SO[1]: "pending", SO[3]: "pending"})

# ==========================================================================
# Inven (KCSC-240910-05, 2 items)
# ==========================================================================

case(name="inven-numbered-echo", date=d(11, "15:15"),
     **{"from": "help@inven.co.kr"}, name_from=hdr("인벤 고객지원"),
     subject=hdr("[인벤] 신고 처리 결과 안내 (KCSC-240910-05)"),
     reply_to_req="req-240910-05",
     body=f"""안녕하세요, 인벤 고객지원팀입니다.

[신고 내용]
 요청번호: KCSC-240910-05
 사유: 불법 도박(아이템 베팅) 사이트 홍보

[처리 결과]
1. {IV[1]}
   - 게시물 삭제 및 작성자 30일 이용 제한
2. {IV[2]}
   - 게시물이 존재하지 않습니다 (작성자 탈퇴로 함께 삭제됨)

인벤 고객지원팀
""",
     outcome="applied", classification="confirmation",
     imitates="game-community result notice echoing the report then a numbered result list",
     why="first post deleted (user also suspended), second does not exist",
     items={IV[1]: "removed", IV[2]: "not_found"})

case(name="inven-bulk-two", date=d(12, "10:40"),
     **{"from": "help@inven.co.kr"}, name_from=hdr("인벤 고객지원"),
     subject="Re: [KCSC-240910-05]",
     reply_to_req="req-240910-05",
     body="""안녕하세요. 인벤입니다.
[KCSC-240910-05] 관련 요청하신 게시물은 모두 삭제 처리 완료하였습니다.
감사합니다.
""",
     outcome="review", review="bulk",
     imitates="one-line completion reply without the URLs",
     why="'모두 삭제' for a two-item request without naming either: bulk",
     items={IV[1]: "pending", IV[2]: "pending"})

# ==========================================================================
# Clien (KCSC-240911-06, 1 item)
# ==========================================================================

case(name="clien-sole-no-url", date=d(12, "09:05"),
     **{"from": "admin@clien.net"}, name_from=hdr("클리앙 운영진"),
     subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
     reply_to_req="req-240911-06",
     body="""안녕하세요, 클리앙 운영진입니다.

요청 번호 KCSC-240911-06 건 관련하여, 신고하신 게시물은 운영진 확인 후 삭제했습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short community-admin reply naming the request, not the URL",
     why="single-item request; unhedged 삭제 statement applies to its only item",
     items={CL[1]: "removed"})

case(name="clien-refusal-reason", date=d(13, "14:30"),
     **{"from": "admin@clien.net"}, name_from=hdr("클리앙 운영진"),
     subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
     reply_to_req="req-240911-06",
     body=f"""안녕하세요.

{CL[1]}
위 게시물을 다시 검토했습니다. 공인의 공개 발언을 인용하고 비판하는 글로,
사실 적시나 허위 사실이 확인되지 않아 이용규칙 위반이 아니라고 판단했습니다.
따라서 게시물은 삭제하지 않고 유지합니다.

법원 결정 등 추가 근거가 있으시면 회신 부탁드립니다.

클리앙 운영진
""",
     outcome="applied", classification="confirmation",
     imitates="community admin refusal with its reasoning",
     why="kept because it breaks no rule, reason given: rejected",
     items={CL[1]: "rejected"})

case(name="clien-ooo-english", date=d(11, "10:02"),
     **{"from": "dana.lee@clien.net"}, name_from="Dana Lee",
     subject="Automatic reply: [KCSC-240911-06] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday 16 September with limited access to email.
For moderation matters please contact admin@clien.net.

Dana Lee
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply", items={})

# ==========================================================================
# Ppomppu (KCSC-240912-07, 2 items)
# ==========================================================================

case(name="ppomppu-bullets", date=d(13, "11:11"),
     **{"from": "master@ppomppu.co.kr"}, name_from=hdr("뽐뿌 운영자"),
     subject=hdr("Re: [KCSC-240912-07] 사기 의심 게시물"),
     reply_to_req="req-240912-07",
     body=f"""안녕하세요, 뽐뿌 운영팀입니다.

• {PP[1]} : 블라인드 처리
• {PP[2]} : 작성자가 먼저 삭제하여 확인 불가

추가로 동일 작성자 계정은 이용 정지하였습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="bulleted operator reply, URL : result",
     why="블라인드 (removed) and already deleted by its author (not_found)",
     items={PP[1]: "removed", PP[2]: "not_found"})

pp_html = f"""<html><body>
<p>안녕하세요. 뽐뿌 운영팀입니다.</p>
<p>요청번호 KCSC-240912-07 처리 결과입니다.</p>
<p>1) <a href="{PP[1].replace('&', '&amp;')}">{PP[1].replace('&', '&amp;')}</a><br>
&nbsp;&nbsp;&rarr; 삭제 완료 (피싱 링크 포함 확인)</p>
<p>2) <a href="{PP[2].replace('&', '&amp;')}">{PP[2].replace('&', '&amp;')}</a><br>
&nbsp;&nbsp;&rarr; 작성자에게 소명 기회를 부여했습니다. 소명 기간(7일)이 지나면 삭제될 예정입니다.</p>
<p>뽐뿌 운영팀 드림</p>
</body></html>
"""
case(name="ppomppu-qp-html-mixed", date=d(13, "18:02"),
     **{"from": "master@ppomppu.co.kr"}, name_from=hdr("뽐뿌 운영자"),
     subject=hdr("[뽐뿌] KCSC-240912-07 처리 결과"),
     reply_to_req="req-240912-07",
     raw_mime=multipart("alternative", "ppomppu_b_18", [
         ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
          qp(f"안녕하세요. 뽐뿌 운영팀입니다.\n요청번호 KCSC-240912-07 처리 결과입니다.\n\n"
             f"1) {PP[1]}\n   -> 삭제 완료 (피싱 링크 포함 확인)\n\n"
             f"2) {PP[2]}\n   -> 작성자에게 소명 기회를 부여했습니다. "
             f"소명 기간(7일)이 지나면 삭제될 예정입니다.\n\n뽐뿌 운영팀 드림\n")),
         ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
          qp(pp_html)),
     ]),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable multipart/alternative reply with soft-wrapped long lines",
     why="first deleted; second only scheduled after a 7-day appeal window (pending)",
     items={PP[1]: "removed", PP[2]: "pending"})

case(name="ppomppu-conditional", date=d(12, "19:30"),
     **{"from": "master@ppomppu.co.kr"}, name_from=hdr("뽐뿌 운영자"),
     subject="Re: [KCSC-240912-07] 사기 의심 게시물",
     reply_to_req="req-240912-07",
     body=f"""안녕하세요.

아래 두 게시물 작성자에게 소명 요청 쪽지를 보냈습니다.
{PP[1]}
{PP[2]}
7일 안에 소명이 없으면 두 게시물 모두 삭제하고, 소명이 있으면 내용을 보고 다시 판단하겠습니다.

뽐뿌 운영팀
""",
     outcome="review", review="not_understood",
     imitates="operator reply making deletion conditional on the author's answer",
     why="conditional future deletion; no statement yet",
     items={PP[1]: "pending", PP[2]: "pending"})

# ==========================================================================
# FM Korea and Nate (platforms without a request in this set)
# ==========================================================================

case(name="fmkorea-contact-change", date=d(9, "13:00"),
     **{"from": "admin@fmkorea.com"}, name_from=hdr("에펨코리아 운영팀"),
     subject=hdr("[에펨코리아] 신고 접수 창구 변경 안내"),
     body="""방송통신심의위원회 담당자님께

에펨코리아 운영팀입니다.
9월 16일부터 기관 요청 및 시정요구 접수 창구가 report@fmkorea.com 으로 변경됩니다.
기존 주소로 보내주신 메일도 당분간 전달되지만, 처리 지연을 막기 위해 새 주소로 보내주시기 바랍니다.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="platform notice of a changed contact address",
     why="trusted platform mail naming no item and no request", items={})

case(name="nate-ticket-receipt", date=d(10, "08:55"),
     **{"from": "helpdesk@nate.com"}, name_from=hdr("네이트 고객센터"),
     subject=hdr("[네이트] 문의가 접수되었습니다 (NT-20240910-3321)"),
     body="""[네이트 고객센터]

문의가 정상적으로 접수되었습니다.
접수번호: NT-20240910-3321
접수일시: 2024-09-10 08:55

답변은 영업일 기준 3일 이내에 메일로 드립니다.
이 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt",
     why="pure receipt with a ticket number", items={})


HEADER = """# Blind set 777 (tests/corpus/blind777/make.py writes this file).
# Korean portals and community sites, Korean/English mixed, with doubtful and
# ignorable mail. Expected results written from each email's meaning before
# any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind777", HEADER, CASES)


if __name__ == "__main__":
    main()
