#!/usr/bin/env python3
"""Blind set 853: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a small image host answering informally, plus
CSV attachments and plain-text tables.

Every email is fictional and written for this set; the expected result of
each case was written from the email's meaning before any run of the reader.

    python3 tests/corpus/blind853/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind853"

# ---------------------------------------------------------------- requests
JANGTEO = quote("장터")  # 장터 = the forum's market board, percent-encoded

T = {  # TalkPark forum, the largest request (13 items)
    1: "https://talkpark.co.kr/bbs/board.php?bo_table=free&wr_id=48213",
    2: "https://talkpark.co.kr/bbs/board.php?bo_table=free&wr_id=48227",
    3: "https://talkpark.co.kr/bbs/board.php?bo_table=free&wr_id=48302",
    4: "https://talkpark.co.kr/bbs/board.php?bo_table=humor&wr_id=9917",
    5: "https://talkpark.co.kr/bbs/board.php?bo_table=humor&wr_id=9940",
    6: "https://talkpark.co.kr/bbs/board.php?bo_table=market&wr_id=3051",
    7: "https://talkpark.co.kr/bbs/board.php?bo_table=market&wr_id=3064",
    8: "https://talkpark.co.kr/bbs/board.php?bo_table=market&wr_id=3107",
    9: "https://talkpark.co.kr/bbs/board.php?bo_table=qna&wr_id=120455",
    10: f"https://talkpark.co.kr/{JANGTEO}/51022",
    11: f"https://talkpark.co.kr/{JANGTEO}/51088",
    12: "https://talkpark.co.kr/member/night_owl77",
    13: "https://talkpark.co.kr/bbs/board.php?bo_table=free&wr_id=48390",
}
# the same two market URLs as a Korean mail client shows them
T10_RAW = "https://talkpark.co.kr/장터/51022"
T11_RAW = "https://talkpark.co.kr/장터/51088"

N = {  # Nimbus Hosting (sites of its customers)
    1: "https://hanbit-slot.site/",
    2: "https://hanbit-slot.site/event/welcome-bonus",
    3: "http://203.0.113.45/~rxshop/index.html",
    4: "https://moa-pharm24.shop/products/zolp-10",
}
B = {  # Boxdrop file host
    1: "https://boxdrop.io/f/Qx7Lm2Pa",
    2: "https://boxdrop.io/f/Hk3Zr9Tw",
    3: "https://boxdrop.io/f/Vn8Ce1Yd",
    4: "https://boxdrop.io/folder/kRt55aMz",
    5: "https://dl.boxdrop.io/f/Bw4Nq6Js/sample.zip",
}
P = {  # Pinechan image board
    1: "https://pinechan.org/kr/res/118273.html",
    2: "https://pinechan.org/kr/res/118301.html",
    3: "https://pinechan.org/b/res/2290417.html",
}
V = {  # VeilEdge CDN (sites it proxies)
    1: "https://seoul-escort-vip.club/",
    2: "https://seoul-escort-vip.club/gallery/page/3",
}
D = {1: "http://toto-palace88.com/"}  # DotNara registrar
S = {  # Snapbin image host
    1: "https://snapbin.net/i/7fK2pQ.jpg",
    2: "https://snapbin.net/a/Lm93xR",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "talkpark", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     T, "gambling_ads", "forum posts advertising illegal betting and drug sales"),
    ("KCSC-240905-02", "nimbushost", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     N, "illegal_pharmacy", "hosted sites: betting and unlicensed pharmacy"),
    ("KCSC-240906-03", "boxdrop", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     B, "obscenity", "file links shared on a messenger channel"),
    ("KCSC-240909-04", "pinechan", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     P, "privacy", "threads posting personal data"),
    ("KCSC-240910-05", "veiledge", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     V, "prostitution", "site behind the CDN"),
    ("KCSC-240911-06", "dotnara", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     D, "gambling", "domain of an illegal betting site"),
    ("KCSC-240912-07", "snapbin", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     S, "obscenity", "image and album"),
]


def req_mid(ref):
    return "req." + ref  # Message-ID of our request, without @kcsc.example


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for _, u in sorted(urls.items()):
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines.strip("\n").split("\n"))


def request_text_ko(ref, urls):
    body = [f"안녕하세요. 방송통신심의위원회 불법정보대응팀입니다.",
            f"아래 게시물에 대해 시정요구(삭제)를 통지합니다. (관리번호 {ref})", ""]
    for i, (_, u) in enumerate(sorted(urls.items()), 1):
        body.append(f"{i}. {u}")
    body += ["", "조치 결과를 회신하여 주시기 바랍니다."]
    return "\n".join(body)


def request_text_en(ref, urls):
    body = ["Dear Trust & Safety team,", "",
            f"The Korea Communications Standards Commission requests the removal of the",
            f"following content (our reference {ref}):", ""]
    for i, (_, u) in enumerate(sorted(urls.items()), 1):
        body.append(f"{i}. {u}")
    body += ["", "Please reply with the action taken for each URL.", "", "KCSC Takedown team"]
    return "\n".join(body)


def t_raw(i):
    """TalkPark URL as written in mail (Korean paths raw)."""
    return {10: T10_RAW, 11: T11_RAW}.get(i, T[i])


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ TalkPark (Korean forum)
case(
    name="tp-admin-reply-list-over-gmail-quote",
    outcome="applied",
    imitates="small Korean forum admin answering a 시정요구 in Gmail, dash list over the quoted request",
    why="trusted forum admin states per URL: two deleted, one already gone with its author's withdrawal; quoted request below is not a statement",
    **{"from": "admin@talkpark.co.kr"}, name_from="토크파크 운영자",
    date="Wed, 04 Sep 2024 13:22:05 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 토크파크 운영자입니다.

보내주신 글들 확인해서 우선 아래 세 개 처리했습니다.

- {T[1]} : 삭제
- {T[2]} : 삭제
- {T[3]} : 글쓴이가 이미 탈퇴하면서 글도 같이 지워져서 남아있는 게시물이 없습니다

나머지는 오늘 저녁에 마저 보고 따로 연락드릴게요.
수고하세요.

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(request_text_ko("KCSC-240903-01", T))}
""",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

table_rows = [
    (1, "삭제", ""), (2, "삭제", ""), (3, "게시물 없음", "작성자 삭제(9/2)"),
    (4, "블라인드", ""), (5, "미조치", "유머글, 위반사항 없음"), (6, "삭제", ""),
    (7, "삭제", "판매자 이용정지"), (8, "19세 이상 열람제한", "성인인증 후 열람"),
    (9, "삭제", ""), (10, "게시중단", ""), (11, "게시물 없음", "존재하지 않는 글번호"),
    (12, "이용정지", "작성글 전체 비공개"), (13, "삭제", ""),
]
tbl = ["no | 게시물 주소 | 조치결과 | 비고", "---+------------+----------+-----"]
for i, st, note in table_rows:
    tbl.append(f"{i:>2} | {t_raw(i)} | {st} | {note}".rstrip())
case(
    name="tp-plain-text-result-table-13",
    outcome="applied",
    imitates="시정요구 조치결과 회신 written by a forum operator as a pipe table in plain text",
    why="one row per requested post: 삭제/블라인드/게시중단/비공개 are removed, 게시물 없음 not_found, 미조치 with its reason rejected, 19세 열람제한 restricted",
    **{"from": "cs@talkpark.co.kr"}, name_from="토크파크 고객지원",
    date="Fri, 06 Sep 2024 17:40:11 +0900",
    subject="[토크파크] 시정요구 조치결과 회신 (KCSC-240903-01)",
    body="방송통신심의위원회 담당자님께\n\n"
         "관리번호 KCSC-240903-01 건에 대한 조치결과를 아래와 같이 회신드립니다.\n\n"
         + "\n".join(tbl) +
         "\n\n5번 게시물은 내부 검토 결과 운영정책 및 관계 법령 위반 사항이 확인되지 않아 게시를 유지합니다.\n"
         "추가 문의는 본 메일로 회신 주십시오.\n\n토크파크 고객지원팀 드림\n",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "removed",
           T[5]: "rejected", T[6]: "removed", T[7]: "removed", T[8]: "restricted",
           T[9]: "removed", T[10]: "removed", T[11]: "not_found", T[12]: "removed",
           T[13]: "removed"},
)

csv_tp = "\ufeff번호,게시물 URL,처리상태,처리일시\n" + "".join(
    f"{i},{T[k]},{st},{when}\n" for i, (k, st, when) in enumerate([
        (6, "삭제완료", "2024-09-05 14:10"), (7, "삭제완료", "2024-09-05 14:11"),
        (8, "삭제완료", "2024-09-05 14:12"), (9, "게시물 없음(작성자 삭제)", "-")], 1))
case(
    name="tp-csv-attachment-market-board",
    outcome="applied",
    imitates="forum staff attaching a spreadsheet export (CSV, UTF-8 with BOM) instead of writing the results in the mail",
    why="the CSV's rows give a status per URL: three 삭제완료 (removed), one already deleted by its author (not_found)",
    **{"from": "cs@talkpark.co.kr"}, name_from="토크파크 고객지원",
    date="Thu, 05 Sep 2024 15:02:44 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 통지 - 장터 게시판 처리결과",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_tp_csv_0905"

--=_tp_csv_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
장터 게시판 건 처리결과를 첨부파일(CSV)로 보내드립니다.
엑셀에서 열어보시면 됩니다.

토크파크 고객지원팀

--=_tp_csv_0905
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01_market.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01_market.csv"
Content-Transfer-Encoding: base64

{b64(csv_tp)}
--=_tp_csv_0905--
""",
    items={T[6]: "removed", T[7]: "removed", T[8]: "removed", T[9]: "not_found"},
)

case(
    name="tp-html-table-with-amp-links",
    outcome="applied",
    imitates="HTML result mail from a forum's help desk (hrefs carry &amp; in query strings)",
    why="table rows: 블라인드 처리 and 삭제 are removed; 위반 아님(게시 유지) is a refusal with its reason",
    **{"from": "help@talkpark.co.kr"}, name_from="토크파크 헬프데스크",
    date="Mon, 09 Sep 2024 11:05:00 +0900",
    subject="[토크파크] 요청하신 게시물 처리 안내 (KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:Malgun Gothic,sans-serif">
<p>안녕하세요. 토크파크 헬프데스크입니다.</p>
<p>요청하신 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물</th><th>처리 결과</th><th>사유</th></tr>
<tr><td><a href="{T[4].replace('&', '&amp;')}">{T[4].replace('&', '&amp;')}</a></td><td>블라인드 처리</td><td>불법 도박 홍보</td></tr>
<tr><td><a href="{T[5].replace('&', '&amp;')}">{T[5].replace('&', '&amp;')}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td><a href="{T[13].replace('&', '&amp;')}">{T[13].replace('&', '&amp;')}</a></td><td>위반 아님(게시 유지)</td><td>스포츠 경기 결과 토론글로 홍보 내용 없음</td></tr>
</table>
<p>운영정책은 <a href="https://talkpark.co.kr/help/policy">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    items={T[4]: "removed", T[5]: "removed", T[13]: "rejected"},
)

case(
    name="tp-bare-url-status-below",
    outcome="applied",
    imitates="operator's short note: bare URL on one line, arrow and status on the next",
    why="each raw Korean-path URL is followed by '→ 게시중단 처리 완료' on the line below: both removed",
    **{"from": "ops@talkpark.co.kr"}, name_from="토크파크 운영팀",
    date="Thu, 05 Sep 2024 15:30:12 +0900",
    subject="Re: [KCSC-240903-01] 장터 판매글",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
운영팀입니다.

{T10_RAW}
→ 게시중단 처리 완료 (9/5 15:20)

{T11_RAW}
→ 게시중단 처리 완료 (9/5 15:21)

장터 판매글은 보통 신고가 쌓이면 자동으로 숨김되는데 이번 두 건은 직접 내렸습니다.
""",
    items={T[10]: "removed", T[11]: "removed"},
)

case(
    name="tp-urls-with-particles-fullwidth",
    outcome="applied",
    imitates="forum admin's prose answer, raw Korean URLs glued to particles and inside full-width brackets",
    why="51088 was deleted by its author (not_found); the member is banned and all posts made private (removed); 51022 deleted with them (removed)",
    **{"from": "admin@talkpark.co.kr"}, name_from="토크파크 운영자",
    date="Sat, 07 Sep 2024 09:12:40 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요.

{T11_RAW}은 글쓴이가 지난주에 스스로 지운 글이라 저희 쪽에서 따로 할 게 없었습니다.

{T[12]} 회원은 영구 이용정지했고 이 회원이 쓴 글은 전부 비공개 처리했습니다。 요청하신 장터 글（{T10_RAW}）도 같은 회원 글이라 함께 삭제되었습니다.

토크파크 운영자 드림
""",
    items={T[11]: "not_found", T[12]: "removed", T[10]: "removed"},
)

case(
    name="tp-one-deleted-one-guessed",
    outcome="applied",
    imitates="forum admin's two-line reply: one firm deletion, one guess",
    why="48390 is stated deleted; for 120455 the admin only guesses ('아마 … 지운 것 같습니다') and promises to confirm, so it stays pending",
    **{"from": "admin@talkpark.co.kr"}, name_from="토크파크 운영자",
    date="Tue, 10 Sep 2024 22:48:03 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
{T[13]} 삭제했습니다.
{T[9]} 는 검색이 안 되는데 아마 작성자가 지운 것 같습니다. 확인되면 다시 말씀드릴게요.
""",
    items={T[13]: "removed", T[9]: "pending"},
)

case(
    name="tp-report-result-notification",
    outcome="applied",
    imitates="forum's automatic 신고 처리 결과 안내 mail echoing the report form fields",
    why="system mail from the forum's domain echoes the reported URL and gives 처리 결과: 삭제; the help-centre link is not an item",
    **{"from": "noreply@talkpark.co.kr"}, name_from="토크파크",
    date="Wed, 04 Sep 2024 09:41:27 +0900",
    subject="[토크파크] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""
[토크파크] 신고 처리 결과 안내

신고해 주셔서 감사합니다. 접수하신 신고의 처리 결과를 알려드립니다.

신고 번호 : R-2024090311
신고 사유 : 불법 도박 홍보
신고 대상 : {T[2]}
신고 일시 : 2024-09-03 10:15
처리 결과 : 삭제 (운영정책 제7조 위반)
처리 일시 : 2024-09-04 09:40

본 메일은 발신 전용입니다. 문의는 고객센터(https://talkpark.co.kr/help/qna)를 이용해 주세요.
""",
    items={T[2]: "removed"},
)

case(
    name="tp-temporary-measure-30-days",
    outcome="applied",
    imitates="임시조치 notice under 정보통신망법 제44조의2 from a forum operator",
    why="30-day 임시조치 (열람 제한) is restricted; the promise to convert to deletion later does not change that",
    **{"from": "cs@talkpark.co.kr"}, name_from="토크파크 고객지원",
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    subject="[토크파크] 임시조치 결과 통지 - KCSC-240903-01",
    body=f"""
방송통신심의위원회 귀중

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
아래 게시물에 대하여 2024. 9. 9.부터 30일간 임시조치(열람 제한)를 하였습니다.

  · {T[5]}
  · {T[1]}

임시조치 기간 중 위법성이 확인되면 삭제로 전환하겠습니다.

토크파크 고객지원팀
""",
    items={T[5]: "restricted", T[1]: "restricted"},
)

case(
    name="tp-promise-this-week",
    outcome="review", review="not_understood",
    imitates="forum operator promising deletion after internal review",
    why="only promises ('삭제 조치할 예정') and a post 'awaiting the seller's explanation'; nothing is done yet, items stay pending",
    **{"from": "cs@talkpark.co.kr"}, name_from="토크파크 고객지원",
    date="Wed, 04 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 토크파크 고객지원팀입니다.

통지하신 게시물 13건은 내부 검토를 거쳐 이번 주 안으로 삭제 조치할 예정입니다.
다만 {T[6]} 등 장터 게시판 글 일부는 판매자 소명을 받는 중이라 조금 늦어질 수 있는 점 양해 부탁드립니다.

처리가 끝나면 결과를 정리해서 회신드리겠습니다.
""",
    items={T[6]: "pending"},
)

case(
    name="tp-softfail-webmail",
    outcome="review", review="untrusted",
    imitates="small forum answering through its web host's webmail, so SPF/DKIM/DMARC fail for its own domain",
    why="the statement is clear but the mail fails authentication for talkpark.co.kr: review, nothing applied",
    **{"from": "admin@talkpark.co.kr"}, name_from="토크파크 운영자", auth="fail",
    date="Thu, 05 Sep 2024 08:03:19 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
말씀하신 글 두 개 지웠습니다.
{T[1]}
{T[2]}
""",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="tp-admin-from-personal-gmail",
    outcome="review", review="unknown_sender",
    imitates="forum admin writing from a personal Gmail account because the domain mail is down",
    why="gmail.com is no platform's sender domain; a claimed deletion from there is only reviewable",
    **{"from": "talkpark.master@gmail.com"}, name_from="토크파크 운영자",
    date="Wed, 04 Sep 2024 23:51:08 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
도메인 메일이 지금 고장이라 개인 메일로 보냅니다.
{T[1]} 지웠습니다. 나머지도 보는 대로 지울게요.
""",
    items={T[1]: "pending"},
)

case(
    name="tp-out-of-office-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean groupware 부재중 자동응답",
    why="an auto-reply with Auto-Submitted: auto-replied says nothing about items",
    **{"from": "jh.kim@talkpark.co.kr"}, name_from="김지훈",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김지훈입니다.
9월 3일부터 9월 9일까지 휴가로 자리를 비웁니다.
급한 신고 처리는 help@talkpark.co.kr 로 보내주시면 담당자가 확인합니다.
감사합니다.
""",
)

case(
    name="tp-noted-will-reply",
    outcome="ignored", classification="acknowledgement",
    imitates="one-line '확인했습니다' reply over a Gmail-quoted request",
    why="'확인했습니다, 처리되면 회신드릴게요' only acknowledges; the URLs are all in the quoted request",
    **{"from": "admin@talkpark.co.kr"}, name_from="토크파크 운영자",
    date="Tue, 03 Sep 2024 12:31:55 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 통지",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
네 확인했습니다. 처리되면 회신드릴게요.

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(request_text_ko("KCSC-240903-01", T))}
""",
)

# ================================================================ Nimbus Hosting
case(
    name="nh-abuse-desk-followup-prose",
    outcome="applied",
    imitates="hosting provider abuse desk follow-up on a ticket: account suspended, customer deleted a page",
    why="suspension takes both hanbit-slot URLs offline (removed); the pharmacy page was deleted and verified 404 (removed); the remaining URL is not named",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Sat, 07 Sep 2024 09:15:33 +0000",
    subject="Re: [NH-ABUSE #558120] KCSC-240905-02 betting and pharmacy sites",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

Following up on the ticket above.

The hosting account behind hanbit-slot.site was suspended this morning for
repeated breaches of our Acceptable Use Policy, so both {N[1]} and
{N[2]} are offline.

Our customer running moa-pharm24.shop deleted the product page
{N[4]} after our notice, and we confirmed that it now returns a 404.

We are still waiting on the customer for the remaining URL and will update
this ticket once we hear back.

Regards,
Daniel Okafor
Abuse Desk, Nimbus Hosting
https://nimbushost.net/legal/aup
""",
    items={N[1]: "removed", N[2]: "removed", N[4]: "removed"},
)

case(
    name="nh-noc-null-route",
    outcome="applied",
    imitates="NOC one-liner from a hosting provider after null-routing a server",
    why="the page on the null-routed server is stated disabled: removed",
    **{"from": "noc@nimbushost.net"}, name_from="Nimbus Hosting NOC",
    date="Fri, 06 Sep 2024 02:44:10 +0000",
    subject="Re: KCSC-240905-02",
    body=f"""
203.0.113.45 null-routed, customer service terminated. {N[3]} has been disabled.

--
Nimbus Hosting NOC
""",
    items={N[3]: "removed"},
)

case(
    name="nh-refuses-without-court-order",
    outcome="applied",
    imitates="hosting abuse desk declining a foreign authority's request: no AUP breach, local law",
    why="the host reviewed the page and keeps it up because it breaks neither its AUP nor local law: rejected",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 14:02:00 +0000",
    subject="Re: [NH-ABUSE #558120] KCSC-240905-02 betting and pharmacy sites",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

We have reviewed {N[4]}.

The page offers a herbal sleep supplement. It does not breach our Acceptable
Use Policy, nor the law of the country where the server is located (Germany),
so we will not take action on this URL unless we receive an order from a
competent court.

Kind regards,
Nimbus Hosting Abuse Desk
""",
    items={N[4]: "rejected"},
)

case(
    name="nh-indented-urls-under-headings",
    outcome="applied",
    imitates="hosting ticket update with indented URLs under 'disabled' / 'could not find' headings",
    why="the URL under 'has been disabled at the server level' is removed; the one under 'could not find … on any of our servers' is not_found",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    subject="[NH-ABUSE #558120] Update",
    body=f"""
Update on abuse case NH-558120 (your reference KCSC-240905-02):

The following page has been disabled at the server level:

    {N[3]}

We could not find the following on any of our servers; the domain has pointed
to a different provider since 2 September:

    {N[4]}

This case is now closed.
""",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="nh-customer-confirms-all-removed",
    outcome="review", review="bulk",
    imitates="hosting provider closing a ticket with one sentence for everything",
    why="'all of the reported material has been removed' for a four-item request names no URL: bulk",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 11 Sep 2024 07:55:12 +0000",
    subject="Re: [NH-ABUSE #558120] KCSC-240905-02 betting and pharmacy sites",
    reply_to_req=req_mid("KCSC-240905-02"),
    body="""
Hello,

Our customer has confirmed that all of the reported material has been removed.
We are closing ticket NH-558120.

Regards,
Nimbus Hosting Abuse Desk
""",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="nh-forwarded-to-customer-48h",
    outcome="review", review="not_understood",
    imitates="hosting provider's standard 'forwarded to our customer, 48 hours to comply' reply",
    why="names two URLs but only says the complaint was passed on and what will happen if the customer does not act: promises, items pending",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 11:20:45 +0000",
    subject="Re: [NH-ABUSE #558120] KCSC-240905-02 betting and pharmacy sites",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

Thank you for your report. We have forwarded the complaint about
{N[1]} and {N[2]} to our customer
and asked them to remove the content within 48 hours. If they fail to do so,
we will suspend the service.

Regards,
Nimbus Hosting Abuse Desk
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nh-origin-host-answers-cdn-request",
    outcome="review", review="wrong_platform",
    imitates="origin host answering a complaint the CDN passed on to it",
    why="Nimbus states statuses for the site requested from VeilEdge: wrong platform, nothing applied",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject="Abuse report via VeilEdge: seoul-escort-vip.club (KCSC-240910-05)",
    body=f"""
Hello,

VeilEdge passed your complaint on to us as the origin host of
seoul-escort-vip.club. We have suspended the customer's account, and
{V[1]} and {V[2]} have been
removed from our servers.

Regards,
Nimbus Hosting Abuse Desk
""",
    items={V[1]: "pending", V[2]: "pending"},
)

case(
    name="nh-relays-customer-reply",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="abuse desk pasting the customer's answer under a forwarded-message separator without its own finding",
    why="the only statements are the site owner's, forwarded; the host adds none of its own",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse Desk",
    date="Sun, 08 Sep 2024 10:01:00 +0000",
    subject="Fwd: Re: Abuse notice NH-558120",
    body=f"""
Hello,

Please see our customer's reply below. Ticket NH-558120 stays open until you
confirm.

---------- Forwarded message ---------
From: webmaster <admin@hanbit-slot.site>
Date: Sat, 7 Sep 2024 at 22:13
Subject: Re: Abuse notice NH-558120
To: Nimbus Hosting Abuse Desk <abuse@nimbushost.net>

hi, i deleted the event page {N[2]}
the main page is only a landing page, nothing illegal there. pls close ticket
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nh-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="automated abuse ticket receipt from a hosting provider's ticket system",
    why="'we have received your report and created ticket' and nothing about items",
    **{"from": "noreply-abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 01:00:37 +0000",
    subject="[NH-ABUSE #558120] Your report has been received (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

We have received your abuse report and created ticket #558120. Our abuse team
reviews reports within two business days. To add information, reply to this
email and keep the ticket number in the subject line.

Nimbus Hosting Abuse Department
https://nimbushost.net/abuse
""",
)

# ================================================================ Boxdrop (file host)
case(
    name="bd-numbered-outcomes",
    outcome="applied",
    imitates="file host trust & safety reply with one numbered line per link",
    why="per link: removed, no such file (deleted by uploader before notice), removed, folder emptied and link disabled, download link disabled",
    **{"from": "trust@boxdrop.io"}, name_from="Boxdrop Trust & Safety",
    date="Sun, 08 Sep 2024 03:12:09 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hi KCSC team,

Thanks for the report (ref KCSC-240906-03). Outcome per link:

1. {B[1]} - removed, uploader account terminated
2. {B[2]} - no such file on our side (the uploader deleted it before your notice reached us)
3. {B[3]} - removed
4. {B[4]} - folder emptied and share link disabled
5. {B[5]} - direct download link disabled

Best,
Mira
Boxdrop Trust & Safety
""",
    items={B[1]: "removed", B[2]: "not_found", B[3]: "removed", B[4]: "removed", B[5]: "removed"},
)

csv_bd = """link,status,action,notes
{0},actioned,file deleted,
{1},not found,,file id does not exist
{2},actioned,file deleted,
{3},geo-blocked,access blocked from KR,owner disputes the notice
{4},no action,,archive contains public-domain e-books only
""".format(B[1], B[2], B[3], B[4], B[5])
case(
    name="bd-csv-takedown-log",
    outcome="applied",
    imitates="file host sending its takedown log as a CSV attachment",
    why="CSV rows: actioned (removed), not found, geo-blocked from KR (restricted), no action with a reason (rejected)",
    **{"from": "trust@boxdrop.io"}, name_from="Boxdrop Trust & Safety",
    date="Mon, 09 Sep 2024 05:40:00 +0000",
    subject="Re: [KCSC-240906-03] Removal request - takedown log",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="bd-log-20240909"

--bd-log-20240909
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

Please find our takedown log for your request attached.

Boxdrop Trust & Safety

--bd-log-20240909
Content-Type: text/csv; name="takedown_log_20240909.csv"
Content-Disposition: attachment; filename="takedown_log_20240909.csv"
Content-Transfer-Encoding: base64

{b64(csv_bd)}
--bd-log-20240909--
""",
    items={B[1]: "removed", B[2]: "not_found", B[3]: "removed", B[4]: "restricted", B[5]: "rejected"},
)

bd_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>Hello,</p>
<p>Here is the result of our review for request KCSC-240906-03:</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th style="text-align:left">Link</th><th style="text-align:left">Decision</th></tr></thead>
<tbody>
<tr><td>{B[1]}</td><td>Removed</td></tr>
<tr><td>{B[2]}</td><td>Unable to locate</td></tr>
<tr><td>{B[4]}</td><td>Disabled</td></tr>
</tbody></table>
<p>For appeals by uploaders, see <a href="https://boxdrop.io/help/appeals">boxdrop.io/help/appeals</a>.</p>
<p>Boxdrop Trust &amp; Safety</p>
</body></html>
"""
case(
    name="bd-qp-html-decision-table",
    outcome="applied",
    imitates="HTML decision table from a file host, quoted-printable encoded",
    why="rows: Removed (removed), Unable to locate (not_found), Disabled (removed); the appeals link is not an item",
    **{"from": "trust@boxdrop.io"}, name_from="Boxdrop Trust & Safety",
    date="Sat, 07 Sep 2024 18:22:50 +0000",
    subject="Your report KCSC-240906-03: decision",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(bd_html)}
""",
    items={B[1]: "removed", B[2]: "not_found", B[4]: "removed"},
)

case(
    name="bd-angle-bracket-wrapped-url",
    outcome="applied",
    imitates="abuse desk reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped <…> URL is the sample.zip download link, stated taken down",
    **{"from": "abuse@boxdrop.io"}, name_from="Boxdrop Abuse",
    date="Sat, 07 Sep 2024 07:07:07 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req=req_mid("KCSC-240906-03"),
    body="""
Hello,

The file at <https://dl.boxdrop.io/f/Bw4Nq6Js/
sample.zip> has been taken down and its hash added to our blocklist, so it
cannot be uploaded again.

Regards,
Boxdrop Abuse
""",
    items={B[5]: "removed"},
)

case(
    name="bd-prose-disabled-and-not-located",
    outcome="applied",
    imitates="short prose reply from a file host's support agent",
    why="two links disabled (removed) in one sentence, one could not be located (not_found)",
    **{"from": "support@boxdrop.io"}, name_from="Boxdrop Support",
    date="Fri, 06 Sep 2024 15:33:00 +0000",
    subject="Re: [KCSC-240906-03] Removal request",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hi,

We disabled {B[3]} and {B[4]} today.
We could not locate {B[2]} in our system, so there was nothing to remove.

Cheers,
Alex - Boxdrop Support
""",
    items={B[3]: "removed", B[4]: "removed", B[2]: "not_found"},
)

case(
    name="bd-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (disposition-notification) sent by the file host's mail client",
    why="a read receipt says nothing about items",
    **{"from": "trust@boxdrop.io"}, name_from="Boxdrop Trust & Safety",
    date="Fri, 06 Sep 2024 02:05:00 +0000",
    subject="Read: [KCSC-240906-03] Removal request",
    reply_to_req=req_mid("KCSC-240906-03"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-bd-1"

--mdn-bd-1
Content-Type: text/plain; charset=utf-8

Your message

  To: trust@boxdrop.io
  Subject: [KCSC-240906-03] Removal request
  Sent: Fri, 6 Sep 2024 01:00:00 +0000

was displayed on Fri, 6 Sep 2024 02:05:00 +0000.

--mdn-bd-1
Content-Type: message/disposition-notification

Reporting-UA: mail.boxdrop.io; Webmail
Final-Recipient: rfc822;trust@boxdrop.io
Original-Message-ID: <{req_mid("KCSC-240906-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-bd-1--
""",
)

case(
    name="bd-dsn-unknown-mailbox",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request with the URLs inside",
    why="a bounce; the URLs are only in the returned copy of our own request",
    **{"from": "MAILER-DAEMON@boxdrop.io"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-bd-7731"

--dsn-bd-7731
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.boxdrop.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@boxdrop.io>: host mx1.boxdrop.io said: 550 5.1.1 User unknown

--dsn-bd-7731
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.boxdrop.io
Arrival-Date: Fri,  6 Sep 2024 01:00:05 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@boxdrop.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-bd-7731
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@boxdrop.io
Subject: [KCSC-240906-03] Removal request
Message-ID: <{req_mid("KCSC-240906-03")}@kcsc.example>
Date: Fri, 6 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=us-ascii

{request_text_en("KCSC-240906-03", B)}

--dsn-bd-7731--
""",
)

case(
    name="bd-transparency-newsletter",
    outcome="review", review="no_claims",
    imitates="platform newsletter announcing its transparency report",
    why="trusted mail from the file host that names no requested item and no request",
    **{"from": "news@boxdrop.io"}, name_from="Boxdrop",
    date="Tue, 10 Sep 2024 16:00:00 +0000",
    subject="Boxdrop Transparency Report: first half of 2024",
    extra_headers=["List-Unsubscribe: <https://boxdrop.io/unsubscribe?u=kcsc>", "Precedence: bulk"],
    body="""
Hello from Boxdrop,

Our transparency report for January to June 2024 is now online. In that
period we received 18,204 notices from rights holders and authorities and
disabled access to 41,390 files. Government requests came from 23 countries.

Read the full report: https://boxdrop.io/transparency/2024-h1

You are receiving this because you have filed reports with Boxdrop.
""",
)

# ================================================================ Pinechan (image board)
case(
    name="pc-admin-oneliners",
    outcome="applied",
    imitates="image board admin's lower-case one-liners",
    why="'nuked' and 'deleted too' are deletions (removed); the /b/ thread 'already 404'd' after pruning is not_found",
    **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
    date="Mon, 09 Sep 2024 19:48:00 +0000",
    subject="Re: KCSC-240909-04",
    body=f"""
nuked {P[1]} and banned the poster
{P[2]} deleted too
{P[3]} already 404'd, /b/ prunes threads after ~6h so it was gone before i saw your mail

- admin
""",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

case(
    name="pc-one-removed-one-kept",
    outcome="applied",
    imitates="image board moderator removing one thread and defending another",
    why="118273 removed; 118301 'staying up' because it breaks no rule: rejected",
    **{"from": "mods@pinechan.org"}, name_from="Pinechan Moderation",
    date="Tue, 10 Sep 2024 04:20:00 +0000",
    subject="Re: [KCSC-240909-04] Request to remove threads",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
hi,

{P[1]} has been removed.

{P[2]} is staying up. it is a thread of hand-drawn fan art and nothing in it
breaks our rules or, as far as we can tell, korean law. if you think a specific
post in there is a problem, tell us which one.

pinechan mod team
""",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="pc-inline-answers-under-quotes",
    outcome="applied",
    imitates="admin answering inline under each quoted line of the request",
    why="unquoted answers under each quoted URL: deleted, deleted, thread number does not exist (not_found); the statements are the admin's own, the quoted lines only say which URL",
    **{"from": "admin@pinechan.org"}, name_from="pinechan admin",
    date="Mon, 09 Sep 2024 23:02:00 +0000",
    subject="Re: [KCSC-240909-04] Request to remove threads",
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
On Mon, 9 Sep 2024 at 11:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Please remove the following threads:
>
> 1. {P[1]}

deleted

> 2. {P[2]}

deleted

> 3. {P[3]}

that thread number does not exist on /b/, ids there don't go that high yet.
double check the link

--
pc admin
""",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found"},
)

# ================================================================ VeilEdge (CDN)
case(
    name="ve-restricted-in-korea",
    outcome="applied",
    imitates="CDN trust & safety geo-restricting URLs for one country after an authority's notice",
    why="both URLs restricted for visitors from Korea only: restricted; the host-lookup link is the CDN's own page",
    **{"from": "abuse@veiledge.com"}, name_from="VeilEdge Trust & Safety",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject="[VeilEdge Abuse #VE-20240911-3381] KCSC-240910-05",
    body=f"""
Hello,

VeilEdge is a reverse proxy and content delivery network; we do not host the
content of seoul-escort-vip.club. Having reviewed your notice as a request from
a Korean authority, we have restricted access to the following URLs for
visitors connecting from the Republic of Korea:

{V[1]}
{V[2]}

Visitors from other countries are not affected. We have also passed your
notice to the hosting provider; its details are at
https://veiledge.com/abuse/host-lookup?case=VE-20240911-3381

VeilEdge Trust & Safety
""",
    items={V[1]: "restricted", V[2]: "restricted"},
)

case(
    name="ve-not-a-hosting-provider",
    outcome="review", review="not_understood",
    imitates="CDN's 'we are a pass-through network, not a hosting provider; forwarded to the host' reply",
    why="the CDN neither removes nor refuses on the merits: it forwarded the report; the item stays pending",
    **{"from": "abuse@veiledge.com"}, name_from="VeilEdge Trust & Safety",
    date="Tue, 10 Sep 2024 03:31:00 +0000",
    subject="[VeilEdge Abuse #VE-20240910-3327] Report received regarding seoul-escort-vip.club",
    body=f"""
VeilEdge received an abuse report regarding:

  {V[2]}

Please be aware that VeilEdge is a network provider offering a reverse proxy
and pass-through security service. We are not a hosting provider and cannot
remove material from the internet. We have forwarded your report to the
hosting provider of the website and to the site owner, who are able to act
on it.

VeilEdge Trust & Safety
""",
    items={V[2]: "pending"},
)

case(
    name="ve-automatic-report-id",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse form's automatic confirmation with a report ID",
    why="pure receipt: report ID and an unmonitored-mailbox notice",
    **{"from": "no-reply@veiledge.com"}, name_from="VeilEdge",
    date="Tue, 10 Sep 2024 01:00:22 +0000",
    subject="We received your abuse report (VE-20240910-3327)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for submitting an abuse report to VeilEdge.

Your report ID is VE-20240910-3327. Keep this ID for any follow-up.

This mailbox is not monitored. Reports are handled in the order they arrive.
""",
)

# ================================================================ DotNara (registrar)
case(
    name="dn-domain-server-hold",
    outcome="applied",
    imitates="Korean registrar's notice of a domain service suspension (serverHold)",
    why="the only requested item is the domain; its service is suspended and it no longer resolves: removed",
    **{"from": "abuse@dotnara.co.kr"}, name_from="닷나라 도메인",
    date="Thu, 12 Sep 2024 14:30:00 +0900",
    subject="RE: [KCSC-240911-06] 불법 도박 사이트 도메인 이용 정지 요청",
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""
안녕하세요. 닷나라 도메인 관리팀입니다.

요청하신 toto-palace88.com 도메인은 등록약관 제12조에 따라
2024년 9월 12일 14시부로 도메인 서비스를 정지(serverHold)하였습니다.
이에 따라 해당 도메인으로는 더 이상 사이트에 접속되지 않습니다.

등록자가 이의를 제기하는 경우 별도로 안내드리겠습니다.

닷나라 도메인 관리팀
""",
    items={D[1]: "removed"},
)

case(
    name="dn-asks-for-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for the official letter with seal and evidence before acting",
    why="asks for documents before any action; the domain stays pending",
    **{"from": "abuse@dotnara.co.kr"}, name_from="닷나라 도메인",
    date="Wed, 11 Sep 2024 15:10:00 +0900",
    subject="RE: [KCSC-240911-06] 불법 도박 사이트 도메인 이용 정지 요청",
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""
안녕하세요. 닷나라 도메인 관리팀입니다.

도메인 이용 정지를 진행하려면 아래 자료가 필요합니다.

1. 시정요구 공문(기관장 직인 날인본) 스캔 파일
2. 해당 사이트의 위법성을 확인할 수 있는 화면 캡처

자료를 회신해 주시면 확인 후 바로 처리하겠습니다.
""",
    items={D[1]: "pending"},
)

case(
    name="dn-out-of-office-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' during the Chuseok holiday",
    why="out-of-office auto-reply",
    **{"from": "sy.park@dotnara.co.kr"}, name_from="Park Sooyoung",
    date="Wed, 11 Sep 2024 10:00:30 +0900",
    subject="Automatic reply: [KCSC-240911-06] 불법 도박 사이트 도메인 이용 정지 요청",
    reply_to_req=req_mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sy.park@dotnara.co.kr"],
    body="""
I am out of the office until 18 September (Chuseok holiday) with limited access
to email. For urgent abuse matters please write to abuse@dotnara.co.kr.

추석 연휴로 9월 18일까지 부재중입니다. 급한 건은 abuse@dotnara.co.kr 로 보내주세요.
""",
)

# ================================================================ Snapbin (image host)
case(
    name="sb-removed-and-age-gated",
    outcome="applied",
    imitates="small image host's support reply: one image removed, one album marked mature",
    why="the image is removed; the album is hidden from logged-out and under-19 visitors: restricted",
    **{"from": "support@snapbin.net"}, name_from="Snapbin Support",
    date="Fri, 13 Sep 2024 02:15:00 +0000",
    subject="Re: [KCSC-240912-07] Removal request",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""
Hey there,

The image {S[1]} has been removed.

The album {S[2]} has been flagged as mature, so it is now hidden from
logged-out visitors and from anyone under 19 in Korea.

Snapbin Support
""",
    items={S[1]: "removed", S[2]: "restricted"},
)

sb_ko = f"""안녕하세요, 스냅빈 지원팀입니다.

요청하신 이미지 {S[1]}는 삭제되었습니다.
앨범 {S[2]}의 경우 앨범 전체를 비공개로 전환했습니다.

감사합니다.
스냅빈 지원팀
"""
case(
    name="sb-base64-korean-particles",
    outcome="applied",
    imitates="Korean reply from a small image host, base64-encoded body",
    why="URL followed by the particle 는 stated 삭제 (removed); album 비공개 전환 (removed)",
    **{"from": "support@snapbin.net"}, name_from="Snapbin Support",
    date="Fri, 13 Sep 2024 11:40:00 +0900",
    subject="Re: [KCSC-240912-07] 삭제 요청",
    reply_to_req=req_mid("KCSC-240912-07"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(sb_ko)}
""",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="sb-outlook-top-post-both-removed",
    outcome="applied",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="'Both links are removed now' followed by both URLs listed in the reply's own text",
    **{"from": "support@snapbin.net"}, name_from="Jordan (Snapbin Support)",
    date="Thu, 12 Sep 2024 08:05:00 +0000",
    subject="RE: [KCSC-240912-07] Removal request",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""
Hi,

Both links are removed now:
{S[1]}
{S[2]}

Thanks,
Jordan
Snapbin Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 10:00 AM
To: support@snapbin.net
Subject: [KCSC-240912-07] Removal request

{request_text_en("KCSC-240912-07", S)}
""",
    items={S[1]: "removed", S[2]: "removed"},
)

case(
    name="sb-done-over-quote",
    outcome="review", review="bulk",
    imitates="one-word 'done.' reply over a Gmail-quoted request",
    why="'done.' names no URL and the request has two items: bulk, items pending",
    **{"from": "support@snapbin.net"}, name_from="Snapbin Support",
    date="Thu, 12 Sep 2024 06:44:00 +0000",
    subject="Re: [KCSC-240912-07] Removal request",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""
done.

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text_en("KCSC-240912-07", S))}
""",
    items={S[1]: "pending", S[2]: "pending"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 853 (hosting providers, CDN, registrar, forum, image board,
# file host, small image host; informal replies, CSV attachments, text tables).
# Written by tests/corpus/blind853/make.py before any run of the reader; each
# expected result comes from the email's meaning alone.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
