#!/usr/bin/env python3
"""Blind set 607: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally, plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind607/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on this set. All names, URLs and ids are
fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind607"


def pe(url):
    """Percent-encode the non-ASCII path of a URL as it is stored in requests.csv."""
    return quote(url, safe=":/?&=#%")


# ---------------------------------------------------------------- requests
Y = "https://bbs.yeoul.example"
Y_FREE1 = Y + "/free/104221"
Y_FREE2 = Y + "/free/104388"
Y_FREE3 = Y + "/free/104902"
Y_HUM1 = Y + "/humor/55310"
Y_HUM2 = Y + "/humor/55372"
Y_MKT1 = Y + "/market/20917"
Y_MKT2 = Y + "/market/20955"
Y_KO1_RAW = Y + "/게시판/자유/7781"
Y_KO2_RAW = Y + "/중고장터/3309"
Y_KO1 = pe(Y_KO1_RAW)
Y_KO2 = pe(Y_KO2_RAW)
Y_GAL1 = Y + "/bbs/board.php?bo_table=gallery&wr_id=8812"
Y_GAL2 = Y + "/bbs/board.php?bo_table=gallery&wr_id=8840"
Y_MOB = "https://m.yeoul.example/free/105120"
Y_USER = Y + "/user/darkmoon77"
YEOUL = [Y_FREE1, Y_FREE2, Y_FREE3, Y_HUM1, Y_HUM2, Y_MKT1, Y_MKT2, Y_KO1, Y_KO2,
         Y_GAL1, Y_GAL2, Y_MOB, Y_USER]

C_TOTO = "https://toto-king88.cirrusweb.example/"
C_BONUS = "https://toto-king88.cirrusweb.example/event/bonus"
C_PILL = "https://pill-direct.cirrusweb.example/shop/item/42"
C_IP = "http://203.0.113.57/bet/index.html"
C_IMG = "https://files.cirrusweb.example/u/77813/promo.jpg"
CIRRUS = [C_TOTO, C_BONUS, C_PILL, C_IP, C_IMG]
C_LOAN = "https://loan-fast24.cirrusweb.example/apply"

B_F1 = "https://boxdrop.example/f/Qm7TzK2a"
B_F2 = "https://boxdrop.example/f/Qm7TzL9c"
B_DIR = "https://boxdrop.example/folder/h88KdPq1"
B_DL = "https://dl.boxdrop.example/f/Rr40XxWe/video_part1.mp4"
BOXDROP = [B_F1, B_F2, B_DIR, B_DL]

H_T1 = "https://hanachan.example/kr/res/88123.html"
H_T2 = "https://hanachan.example/kr/res/88470.html"
H_T3 = "https://hanachan.example/b/res/301122.html"
HANA = [H_T1, H_T2, H_T3]

N_D1 = "http://best-toto-site.example/"
N_D2 = "https://korea-sports-bet.example/"
NAMEP = [N_D1, N_D2]

E_CAT = "https://drugs-market-kr.example/catalog"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "yeoul", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     YEOUL, "gambling", "req-240903-01@kcsc.example", "forum posts, one user profile"),
    ("KCSC-240904-02", "cirrus", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     CIRRUS, "gambling", "req-240904-02@kcsc.example",
     'site "TOTO KING", customer sites on Cirrus, one bare IP'),
    ("KCSC-240905-03", "boxdrop", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00",
     BOXDROP, "obscenity", "req-240905-03@kcsc.example", "mirrors, same uploader"),
    ("KCSC-240906-04", "hanachan", "2024-09-06T11:20:00+09:00", "2024-09-13T18:00:00+09:00",
     HANA, "defamation", "req-240906-04@kcsc.example", "image board threads"),
    ("KCSC-240909-05", "namepoint", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     NAMEP, "gambling", "req-240909-05@kcsc.example", "registrar: whole domains"),
    ("KCSC-240910-06", "edgeshield", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00",
     [E_CAT], "drugs", "req-240910-06@kcsc.example", "CDN in front of the site"),
    ("KCSC-240912-07", "cirrus", "2024-09-12T09:05:00+09:00", "2024-09-19T18:00:00+09:00",
     [C_LOAN], "illegal_finance", "req-240912-07@kcsc.example", "loan phishing page"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part_plain(text, cte="8bit"):
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text.encode("utf-8"))
    else:
        body = text.strip("\n")
    return (f"Content-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


def part_html(html, cte="base64"):
    if cte == "base64":
        body = b64(html.encode("utf-8"))
    elif cte == "quoted-printable":
        body = qp(html)
    else:
        body = html.strip("\n")
    return (f"Content-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}\n")


def part_attachment(name, ctype, data):
    return (f'Content-Type: {ctype}; name="{name}"\n'
            f'Content-Disposition: attachment; filename="{name}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}\n")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(text_part):
    return text_part


# ---------------------------------------------------------------- quoted request texts
REQ_YEOUL_QUOTE = "\n".join(
    ["안녕하세요. 방송통신심의위원회입니다.",
     "아래 게시물 13건은 불법 도박 홍보 정보로 심의 결과 삭제가 필요합니다.",
     "조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 KCSC-240903-01)", ""]
    + [f"{i}. {u}" for i, u in enumerate([Y_FREE1, Y_FREE2, Y_FREE3, Y_HUM1, Y_HUM2, Y_MKT1,
                                           Y_MKT2, Y_KO1_RAW, Y_KO2_RAW, Y_GAL1, Y_GAL2,
                                           Y_MOB, Y_USER], 1)]
    + ["", "방송통신심의위원회 통신심의국"])


def enc(s):
    """RFC 2047 encoded-word, as most Korean mail clients send non-ASCII headers."""
    from email.header import Header
    return Header(s, "utf-8").encode()


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


YSUBJ = "[KCSC-240903-01] 불법정보 게시물 삭제 요청"

# ---- yeoul (Korean forum)
case(name="yeoul-admin-one-liner", **{"from": "admin@yeoul.example"}, name_from="여울 운영자",
     date="Wed, 04 Sep 2024 08:41:09 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     body=f"""
{Y_FREE1} 삭제했습니다.

--
여울 운영자 드림
""",
     outcome="applied", imitates="small forum admin answering in one line",
     why="one unhedged Korean sentence: the post was deleted",
     items={Y_FREE1: "removed"})

case(name="yeoul-numbered-result-list", **{"from": "policy@yeoul.example"}, name_from="여울 정책팀",
     date="Thu, 05 Sep 2024 15:20:44 +0900",
     subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치 결과", reply_to_req="req-240903-01",
     body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신합니다.

1. {Y_FREE2} — 삭제
2. {Y_FREE3} — 블라인드
3. {Y_HUM1} — 게시물 없음(작성자 자진 삭제)
4. {Y_HUM2} — 유지 (운영정책 위반 사항 없음)

나머지 게시물에 대해서는 확인이 끝나는 대로 별도로 회신드리겠습니다.

주식회사 여울커뮤니티 정책팀 드림
""",
     outcome="applied", imitates="Korean 시정요구 조치결과 reply as a numbered list",
     why="four items, each with its own result: deleted, blinded, gone by author, kept (no breach)",
     items={Y_FREE2: "removed", Y_FREE3: "removed", Y_HUM1: "not_found", Y_HUM2: "rejected"})

Y_HTML = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 여울 커뮤니티 운영팀입니다.</p>
<p>요청번호 KCSC-240903-01 관련하여 아래 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>No</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{Y_MKT1}">{Y_MKT1}</a></td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{Y_MKT2}">{Y_MKT2}</a></td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{Y_KO1}">{Y_KO1_RAW}</a></td><td>비공개 처리</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{Y_KO2}">{Y_KO2_RAW}</a></td><td>작성자 삭제로 확인 불가</td><td>-</td></tr>
<tr><td>5</td><td><a href="{Y_GAL1.replace('&', '&amp;')}">{Y_GAL1.replace('&', '&amp;')}</a></td><td>접근 제한(국내)</td><td>2024-09-06</td></tr>
</table>
<p>처리 기준은 <a href="https://bbs.yeoul.example/notice/policy">운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>여울 커뮤니티 운영팀</p>
</body></html>"""
case(name="yeoul-html-result-table", **{"from": "cs@yeoul.example"}, name_from="여울 고객센터",
     date="Fri, 06 Sep 2024 11:03:27 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     raw_mime=multipart("alternative", "=_yeoul_tbl_01", [
         part_plain("HTML 메일입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.\n"),
         part_html(Y_HTML, cte="base64")]),
     outcome="applied", imitates="Korean portal 게시중단/임시조치 result table in an HTML notice",
     why="five rows: 게시중단, 임시조치, 비공개, gone by author, access limited in Korea",
     items={Y_MKT1: "removed", Y_MKT2: "restricted", Y_KO1: "removed", Y_KO2: "not_found",
            Y_GAL1: "restricted"})

Y_CSV_ROWS = [
    (Y_FREE1, "삭제", "2024-09-06 10:10"), (Y_FREE2, "삭제", "2024-09-06 10:11"),
    (Y_FREE3, "블라인드", "2024-09-06 10:12"), (Y_HUM1, "게시물 없음(작성자 삭제)", ""),
    (Y_HUM2, "유지(위반사항 없음)", ""), (Y_MKT1, "삭제", "2024-09-06 10:20"),
    (Y_MKT2, "임시조치(30일)", "2024-09-06 10:21"), (Y_KO1, "처리중", ""), (Y_KO2, "처리중", ""),
    (Y_GAL1, "삭제", "2024-09-06 10:30"), (Y_GAL2, "게시물 없음", ""),
    (Y_MOB, "임시조치(30일)", "2024-09-06 10:33"), (Y_USER, "처리중", ""),
]


def yeoul_csv():
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["번호", "URL", "처리결과", "처리일시"])
    for i, (u, r, t) in enumerate(Y_CSV_ROWS, 1):
        w.writerow([i, u, r, t])
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


case(name="yeoul-csv-attachment-all-items", **{"from": "policy@yeoul.example"}, name_from="여울 정책팀",
     date="Fri, 06 Sep 2024 17:45:02 +0900", subject="RE: " + YSUBJ + " (처리결과 첨부)",
     reply_to_req="req-240903-01",
     raw_mime=multipart("mixed", "----=_Part_66120_1409", [
         part_plain("안녕하세요.\n\nKCSC-240903-01 건 13개 게시물의 처리 결과를 첨부 파일(CSV)로 보내드립니다.\n"
                    "'처리중'으로 표시된 3건은 다음 주 중 결과를 다시 알려드리겠습니다.\n\n여울 정책팀\n"),
         part_attachment("KCSC-240903-01_result.csv", "text/csv", yeoul_csv())]),
     outcome="applied", imitates="Korean platform sending its result sheet as an Excel-saved CSV (UTF-8 BOM)",
     why="CSV row per item; 처리중 rows are still in progress and stay pending",
     items={Y_FREE1: "removed", Y_FREE2: "removed", Y_FREE3: "removed", Y_HUM1: "not_found",
            Y_HUM2: "rejected", Y_MKT1: "removed", Y_MKT2: "restricted", Y_KO1: "pending",
            Y_KO2: "pending", Y_GAL1: "removed", Y_GAL2: "not_found", Y_MOB: "restricted",
            Y_USER: "pending"})

case(name="yeoul-raw-korean-paths-qp", **{"from": "cs@yeoul.example"}, name_from="여울 고객센터",
     date="Sat, 07 Sep 2024 09:12:40 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     raw_mime=part_plain(
         "안녕하세요, 여울 운영팀입니다.\n\n"
         f"{Y_KO1_RAW}은 블라인드 처리하였고,\n"
         f"{Y_KO2_RAW}（판매글）는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다。\n\n"
         "감사합니다.\n", cte="quoted-printable"),
     outcome="applied", imitates="Korean CS agent writing raw Korean paths with particles and full-width punctuation",
     why="raw Korean paths match the percent-encoded request URLs; blinded, and deleted by author",
     items={Y_KO1: "removed", Y_KO2: "not_found"})

case(name="yeoul-top-posted-over-quoted-request", **{"from": "jh.park@yeoul.example"}, name_from="박지훈",
     date="Wed, 04 Sep 2024 13:55:18 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     body=f"""
요청하신 13건 중 아래 2건은 삭제 완료했습니다.

- {Y_MKT1}
- {Y_MKT2}

나머지 게시물은 담당 부서에서 확인 중이며 결과 나오는 대로 회신드리겠습니다.

박지훈 / 여울 운영팀

2024년 9월 3일 (화) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote_lines(REQ_YEOUL_QUOTE)}
""",
     outcome="applied", imitates="Gmail (Korean UI) top-posted reply over the quoted request",
     why="two bulleted URLs deleted; the rest are still being checked; the quoted list says nothing",
     items={Y_MKT1: "removed", Y_MKT2: "removed"})

case(name="yeoul-temporary-measure-and-ban", **{"from": "notice@yeoul.example"}, name_from="여울 커뮤니티",
     date="Mon, 09 Sep 2024 10:02:51 +0900", subject="[여울] 불법정보 신고 처리 결과 안내 (KCSC-240903-01)",
     body=f"""
[여울] 불법정보 신고 처리 결과 안내

■ 대상: {Y_MOB}
■ 조치: 임시조치 (30일간 게시물 열람 제한)

■ 대상: {Y_USER}
■ 조치: 회원 영구 이용정지 — 프로필 및 작성글 전체 비공개 처리

본 메일은 발신 전용입니다. 문의는 고객센터(https://bbs.yeoul.example/help)를 이용해 주세요.
""",
     outcome="applied", imitates="Korean portal 임시조치 notice with ■ fields",
     why="임시조치 on the mobile post (restricted); the banned user's profile made private (removed)",
     items={Y_MOB: "restricted", Y_USER: "removed"})

case(name="yeoul-gmail-quote-gallery", **{"from": "mod.sora@yeoul.example"}, name_from="Sora",
     date="Thu, 05 Sep 2024 22:14:09 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     body=f"""
gallery 두 건 처리했습니다.

{Y_GAL1} → 운영자 삭제
{Y_GAL2} → 이미 삭제된 글이라 조회되지 않습니다

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote_lines(REQ_YEOUL_QUOTE)}
""",
     outcome="applied", imitates="volunteer moderator replying from Gmail (English quote header)",
     why="operator deletion; the other post was already deleted and cannot be viewed",
     items={Y_GAL1: "removed", Y_GAL2: "not_found"})

case(name="yeoul-outlook-original-message", **{"from": "policy@yeoul.example"}, name_from="여울 정책팀 김하늘",
     date="Mon, 09 Sep 2024 16:30:00 +0900", subject="RE: " + YSUBJ, reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 김하늘입니다.

{Y_HUM1} 는 삭제하였고,
{Y_HUM2} 는 단순 유머글로 판단되어 게시를 유지합니다.

김하늘 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: policy@yeoul.example
Subject: {YSUBJ}

{REQ_YEOUL_QUOTE}
""",
     outcome="applied", imitates="Outlook reply with -----Original Message----- block",
     why="one deleted, one kept as a plain joke post (rejected); the unquoted original below says nothing",
     items={Y_HUM1: "removed", Y_HUM2: "rejected"})

case(name="yeoul-receipt-plus-result", **{"from": "cs@yeoul.example"}, name_from="여울 고객센터",
     date="Wed, 04 Sep 2024 18:20:33 +0900", subject="[여울 고객센터] 문의 답변 드립니다 (접수번호 Y-20240904-0112)",
     reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 여울 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 Y-20240904-0112)

담당자 확인 결과 {Y_FREE2} 게시물은 불법 도박 홍보물로 확인되어 삭제 조치하였습니다.

이용해 주셔서 감사합니다.
""",
     outcome="applied", imitates="Korean help-desk answer that opens like a ticket receipt",
     why="receipt phrase plus an unhedged deletion statement: not a mere acknowledgement",
     items={Y_FREE2: "removed"})

case(name="yeoul-promise-and-hedge", **{"from": "cs@yeoul.example"}, name_from="여울 고객센터",
     date="Wed, 04 Sep 2024 11:48:15 +0900", subject="Re: " + YSUBJ, reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 여울 고객센터입니다.

요청하신 게시물 중 {Y_FREE3} 는 이미 삭제된 것으로 보이며,
{Y_HUM2} 는 내부 검토 후 삭제될 예정입니다.

확정되면 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood", imitates="Korean CS reply with 보이며 / 예정입니다",
     why="'seems already deleted' is a hedge and 'will be deleted after review' a promise",
     items={Y_FREE3: "pending", Y_HUM2: "pending"})

case(name="yeoul-dmarc-fail", **{"from": "cs@yeoul.example"}, name_from="여울 고객센터", auth="fail",
     date="Thu, 05 Sep 2024 02:11:47 +0900", subject="[여울] 게시물 삭제 완료 안내 KCSC-240903-01",
     body=f"""
방송통신심의위원회 담당자님께

요청하신 게시물을 모두 삭제 완료하였습니다.

{Y_FREE1} 삭제 완료
{Y_FREE2} 삭제 완료
{Y_FREE3} 삭제 완료

여울 고객센터
""",
     outcome="review", review="untrusted", imitates="Korean deletion notice failing DMARC (relay or forgery)",
     why="yeoul.example sender but dkim/spf/dmarc fail: nothing may change",
     items={Y_FREE1: "pending", Y_FREE2: "pending", Y_FREE3: "pending"})

case(name="yeoul-policy-newsletter", **{"from": "notice@yeoul.example"}, name_from="여울 커뮤니티",
     date="Tue, 10 Sep 2024 09:00:00 +0900", subject="[여울] 운영정책 개정 안내 (10월 1일 시행)",
     body="""
안녕하세요, 여울 커뮤니티입니다.

불법 도박·불법 금융 광고에 대한 대응을 강화하기 위해 운영정책이 아래와 같이 개정됩니다.

- 시행일: 2024년 10월 1일
- 주요 내용: 홍보성 게시물 신고 시 즉시 블라인드, 반복 게시자 이용정지 기간 확대
- 전문 보기: https://bbs.yeoul.example/notice/policy-2024

제휴 기관 담당자님께 참고용으로 안내드립니다.

여울 커뮤니티 드림
""",
     outcome="review", review="no_claims", imitates="Korean portal 운영정책 개정 안내 sent to partner contacts",
     why="trusted platform mail naming no requested item and no request", items={})

case(name="yeoul-out-of-office", **{"from": "jh.park@yeoul.example"}, name_from="박지훈",
     date="Tue, 03 Sep 2024 10:12:31 +0900", subject="[자동응답] 부재중: " + YSUBJ,
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요. 박지훈입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 cs@yeoul.example 으로 연락 부탁드립니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply", imitates="Korean Outlook/Works 부재중 자동응답",
     why="out-of-office auto-reply", items={})

# ---- cirrus (hosting provider)
CSUBJ = "[KCSC-240904-02] Removal request: gambling sites on your network"
case(name="cirrus-ticket-resolved", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Thu, 05 Sep 2024 04:18:55 +0000", subject="[Cirrus Abuse #CH-448812] Resolved - " + CSUBJ,
     reply_to_req="req-240904-02",
     body=f"""
Hello,

Ticket CH-448812 has been marked Resolved.

We suspended the hosting account behind toto-king88.cirrusweb.example. As a
result the following URLs are offline:

  {C_TOTO}
  {C_BONUS}

If you have further reports, reply to this email keeping the ticket number
in the subject.

Cirrus Hosting - Abuse Department
https://cirrushost.example/legal/aup

---- Your original report ----
Reference: KCSC-240904-02
URLs reported: 5
{C_TOTO}
{C_BONUS}
{C_PILL}
{C_IP}
{C_IMG}
""",
     outcome="applied", imitates="hosting abuse ticket 'Resolved' mail with the report echoed below",
     why="account suspended, the two named URLs offline; the echoed report list says nothing",
     items={C_TOTO: "removed", C_BONUS: "removed"})

case(name="cirrus-status-below-url", **{"from": "noc@cirrushost.example"}, name_from="Cirrus NOC",
     date="Thu, 05 Sep 2024 11:40:02 +0000", subject="Re: " + CSUBJ, reply_to_req="req-240904-02",
     body=f"""
Hi,

Two of the items on your list were on unmanaged servers, handled as below.

{C_IP}
The VPS on 203.0.113.57 was null-routed at 09:40 UTC and the service terminated.

{C_IMG}
File deleted from object storage, cache purged.

-- 
Marek V., Network Operations, Cirrus Hosting
""",
     outcome="applied", imitates="NOC engineer's short note: URL, then what was done on the line below",
     why="null-routed and terminated; file deleted",
     items={C_IP: "removed", C_IMG: "removed"})

case(name="cirrus-refusal-licensed-shop", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Fri, 06 Sep 2024 08:05:19 +0000", subject="[Cirrus Abuse #CH-448812] " + CSUBJ,
     reply_to_req="req-240904-02",
     body=f"""
Hello KCSC team,

We looked at {C_PILL} together with our
customer. The page sells a registered dietary supplement, the customer
provided the import licence, and we found nothing on it that breaches our
Acceptable Use Policy. We are therefore not taking action on this URL and
it will stay online.

If you hold a Korean court order or an administrative decision covering
this page, please send it and we will reconsider.

Regards,
Jonas Berg
Abuse Department, Cirrus Hosting
""",
     outcome="applied", imitates="hosting abuse desk declining a report with its reason",
     why="no AUP breach found, stays online: rejected (the offer to reconsider is conditional)",
     items={C_PILL: "rejected"})

case(name="cirrus-one-item-request-no-url", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Fri, 13 Sep 2024 02:30:44 +0000", subject="Re: [KCSC-240912-07] Removal request: loan phishing page",
     reply_to_req="req-240912-07",
     body="""
Hello,

The reported site was a loan "application" page on a free trial account.
We have taken it down and closed the account.

Regards,
Daniel Roe
Cirrus Hosting Abuse Team
""",
     outcome="applied", imitates="abuse desk one-paragraph answer naming no URL",
     why="one-item request, referenced by number and thread: 'taken it down' applies to its only item",
     items={C_LOAN: "removed"})

C_TABLE = f"""
Ref: KCSC-240904-02    Ticket: CH-448812    Closed: 2024-09-09

#  URL                                                 Result
-- --------------------------------------------------- -----------------------------------
1  {C_TOTO:<51} Suspended (account terminated)
2  {C_BONUS:<51} Suspended (account terminated)
3  {C_PILL:<51} No action - no AUP violation found
4  {C_IP:<51} Not in use - nothing hosted on this IP
5  {C_IMG:<51} Removed
"""
case(name="cirrus-fixed-width-table", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Mon, 09 Sep 2024 07:12:00 +0000", subject="[Cirrus Abuse #CH-448812] Closed - " + CSUBJ,
     reply_to_req="req-240904-02",
     body=f"""
Hello,

Summary of the actions taken on your report:
{C_TABLE}
Please note that 203.0.113.57 has not been assigned to any customer since
August; the address does not answer.

Cirrus Hosting - Abuse Department
""",
     outcome="applied", imitates="hosting ticket system's plain-text closing summary table",
     why="five rows: two suspended, one refused (no violation), one IP hosting nothing, one removed",
     items={C_TOTO: "removed", C_BONUS: "removed", C_PILL: "rejected", C_IP: "not_found",
            C_IMG: "removed"})

case(name="cirrus-appears-offline", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Wed, 04 Sep 2024 06:55:10 +0000", subject="[Cirrus Abuse #CH-448812] " + CSUBJ,
     reply_to_req="req-240904-02",
     body=f"""
Hi,

Looks like the customer may already have taken the site down:
{C_TOTO} appears to show a parking page now.
We've asked them to confirm and will update the ticket once we hear back.

Thanks,
Cirrus Abuse
""",
     outcome="review", review="not_understood", imitates="abuse desk first look with 'appears to' and a promise",
     why="'may have', 'appears to' and 'will update': no statement",
     items={C_TOTO: "pending"})

case(name="cirrus-forwarded-customer-answer", **{"from": "abuse@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Thu, 05 Sep 2024 01:02:33 +0000", subject="Fwd: Re: Abuse report CH-448812 (KCSC-240904-02)",
     body=f"""
FYI, our customer's answer is below. We have not verified it yet.

---------- Forwarded message ---------
From: Toto King Support <admin@totoking-support.example>
Date: Thu, Sep 5, 2024 at 9:41 AM
Subject: Re: Abuse report CH-448812
To: Cirrus Hosting Abuse <abuse@cirrushost.example>

Hello, we deleted {C_BONUS} and the home
page no longer links to any betting service. Please do not suspend us.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="abuse desk forwarding the customer's own reply",
     why="the only statement is the customer's, inside a forwarded message; Cirrus adds it is unverified",
     items={C_BONUS: "pending"})

case(name="site-operator-writes-directly", **{"from": "totoking88.help@mailbox.example"}, name_from="TOTO KING",
     date="Thu, 05 Sep 2024 10:26:41 +0900", subject="About KCSC-240904-02 - please restore hosting",
     body=f"""
Hello,

I am the operator of the site. Cirrus told me your reference number.
I have removed the page {C_BONUS} and there is no
more betting content on {C_TOTO}

Please tell Cirrus that we are compliant so they restore our account.
""",
     outcome="review", review="unknown_sender", imitates="site operator writing to the regulator from a webmail address",
     why="not a platform domain, yet names our request and its URLs",
     items={C_BONUS: "pending", C_TOTO: "pending"})

case(name="cirrus-ticket-receipt", **{"from": "noreply@cirrushost.example"}, name_from="Cirrus Hosting Abuse",
     date="Wed, 04 Sep 2024 00:31:07 +0000", subject="[Cirrus Abuse #CH-448812] Ticket opened - " + CSUBJ,
     reply_to_req="req-240904-02",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Thank you for contacting Cirrus Hosting Abuse.

Your report has been received and ticket CH-448812 was opened. Please keep
[Cirrus Abuse #CH-448812] in the subject line of any reply. Tickets are
handled in the order they arrive.

Summary of your report
  From:    takedown@kcsc.example
  Type:    Illegal content
  URL(s):  {C_TOTO}
           {C_BONUS}
           (3 more)

This is an automated message.
""",
     outcome="ignored", classification="acknowledgement", imitates="WHMCS-style abuse ticket receipt echoing the report",
     why="pure receipt: ticket opened, the echoed URLs carry no result", items={})

# ---- boxdrop (file host)
BSUBJ = "[KCSC-240905-03] Removal request: files on Boxdrop"
case(name="boxdrop-status-line-below-url", **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
     date="Fri, 06 Sep 2024 03:22:19 +0000", subject="Re: " + BSUBJ + " - report #BD-55120",
     reply_to_req="req-240905-03",
     body=f"""
Hello,

Outcome of report #BD-55120:

{B_F1}
  status: deleted
{B_F2}
  status: deleted
{B_DIR}
  status: not found (the owner deleted the folder before our review)

The uploader has received a strike under our repeat-infringer policy, see
https://boxdrop.example/legal/abuse-policy

Boxdrop Trust & Safety
""",
     outcome="applied", imitates="file host report outcome with a status line under each URL",
     why="two deleted, the folder already gone (owner deleted it): not_found; policy link is no item",
     items={B_F1: "removed", B_F2: "removed", B_DIR: "not_found"})

case(name="boxdrop-angle-bracket-url-below", **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
     date="Fri, 06 Sep 2024 09:50:03 +0000", subject="Re: " + BSUBJ, reply_to_req="req-240905-03",
     body=f"""
Hello,

After review, the following file was disabled for all users:

<{B_DL}>

The uploader's account has also been closed.

Boxdrop Trust & Safety
""",
     outcome="applied", imitates="file host notice with the URL in angle brackets below the sentence",
     why="disabled for all users: removed",
     items={B_DL: "removed"})

B_HTML = f"""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">
<h3 style="color:#1a5fb4">Boxdrop &mdash; Takedown outcome</h3>
<p>Report: <b>#BD-55120</b> &middot; Your reference: <b>KCSC-240905-03</b></p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Reported link</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{B_F1}</td><td>Removed</td></tr>
<tr><td>{B_F2}</td><td>Removed</td></tr>
<tr><td>{B_DIR}</td><td>Removed (folder and 12 files)</td></tr>
<tr><td>{B_DL}</td><td>Link invalid &ndash; no such file</td></tr>
</tbody></table>
<p style="font-size:11px;color:#777">Manage notices in your <a href="https://boxdrop.example/dashboard/reports">reporter dashboard</a>.</p>
</body></html>"""
case(name="boxdrop-base64-html-table", **{"from": "no-reply@boxdrop.example"}, name_from="Boxdrop",
     date="Sat, 07 Sep 2024 12:00:41 +0000", subject="Takedown outcome for report #BD-55120",
     raw_mime=multipart("alternative", "bd_alt_55120", [
         part_plain("Boxdrop - Takedown outcome\nView this message in an HTML-capable mail client.\n",
                    cte="7bit"),
         part_html(B_HTML, cte="base64")]),
     outcome="applied", imitates="file host's templated HTML outcome mail, base64 encoded",
     why="three removed, one link invalid (not_found); dashboard link is no item",
     items={B_F1: "removed", B_F2: "removed", B_DIR: "removed", B_DL: "not_found"})

case(name="boxdrop-wrapped-url", **{"from": "mina.cho@boxdrop.example"}, name_from="Mina Cho",
     date="Fri, 06 Sep 2024 00:15:27 +0000", subject="Re: " + BSUBJ, reply_to_req="req-240905-03",
     body="""
Hi,

the file at https://dl.boxdrop.example/f/Rr40XxWe/
video_part1.mp4 was removed this morning. I'll let my colleague
answer about the other links in your list.

Mina
Boxdrop support
""",
     outcome="applied", imitates="support agent's hand-wrapped plain-text reply",
     why="the URL is wrapped by the mail client after its last slash; removed; the rest is a promise naming nothing",
     items={B_DL: "removed"})

case(name="boxdrop-conditional-72h", **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
     date="Thu, 05 Sep 2024 23:05:44 +0000", subject="Re: " + BSUBJ, reply_to_req="req-240905-03",
     body=f"""
Hello,

We have notified the uploader of
{B_F1}
{B_F2}
If they do not file a counter-notice within 72 hours, both files will be
disabled.

Boxdrop Trust & Safety
""",
     outcome="review", review="not_understood", imitates="file host notice-and-wait reply",
     why="a condition and a future action: nothing has happened yet",
     items={B_F1: "pending", B_F2: "pending"})

case(name="boxdrop-all-removed-no-urls", **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
     date="Sat, 07 Sep 2024 06:41:30 +0000", subject="Re: " + BSUBJ, reply_to_req="req-240905-03",
     body="""
Hi, all files listed in your notice KCSC-240905-03 have been removed from
Boxdrop. Thanks for the report.

-- Boxdrop Trust & Safety
""",
     outcome="review", review="bulk", imitates="one-line abuse desk confirmation covering a whole notice",
     why="'all files' for a four-item request without naming each: bulk",
     items={B_F1: "pending", B_F2: "pending", B_DIR: "pending", B_DL: "pending"})

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 64>>stream\nx\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\xa2\xd4\x82\xfc\xa2\x12\x00"
            b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
            b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\n"
            b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(name="boxdrop-pdf-report", **{"from": "legal@boxdrop.example"}, name_from="Boxdrop Legal",
     date="Mon, 09 Sep 2024 14:10:10 +0000", subject="Re: " + BSUBJ, reply_to_req="req-240905-03",
     raw_mime=multipart("mixed", "bd_mixed_pdf_0909", [
         part_plain("Dear KCSC,\n\nPlease find attached our takedown report for your notice KCSC-240905-03.\n\n"
                    "Kind regards,\nBoxdrop Legal\n"),
         part_attachment("BD-55120_takedown_report.pdf", "application/pdf", FAKE_PDF)]),
     outcome="review", review="unreadable_attachment", imitates="legal team sending the outcome only as a PDF",
     why="the result is only in a PDF; the body names no item", items={})

case(name="boxdrop-dsn-unknown-user", **{"from": "MAILER-DAEMON@mail.boxdrop.example"},
     name_from="Mail Delivery System",
     date="Thu, 12 Sep 2024 09:00:12 +0000", subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "7A1C33E0B2.1726131612/mail.boxdrop.example", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mail.boxdrop.example.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n"
         "<abuse-kr@boxdrop.example>: host mail.boxdrop.example said: 550 5.1.1\n"
         "    <abuse-kr@boxdrop.example>: Recipient address rejected: User unknown\n",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mail.boxdrop.example\n"
         "Arrival-Date: Thu, 12 Sep 2024 09:00:11 +0000 (UTC)\n\n"
         "Final-Recipient: rfc822; abuse-kr@boxdrop.example\n"
         "Original-Recipient: rfc822;abuse-kr@boxdrop.example\n"
         "Action: failed\nStatus: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@boxdrop.example>: Recipient address\n"
         "    rejected: User unknown\n",
         "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: abuse-kr@boxdrop.example\n"
         "Subject: [KCSC-240905-03] Reminder: removal request overdue\n"
         "Date: Thu, 12 Sep 2024 18:00:05 +0900\n"
         "Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>\n"],
         extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce", imitates="Postfix DSN (550 5.1.1 user unknown)",
     why="delivery failure report for our reminder", items={})

# ---- hanachan (image board)
HSUBJ = "[KCSC-240906-04] Request to remove threads"
case(name="hanachan-admin-lowercase", **{"from": "admin@hanachan.example"}, name_from="hana (admin)",
     date="Sat, 07 Sep 2024 02:31:50 +0000", subject="Re: " + HSUBJ, reply_to_req="req-240906-04",
     body=f"""
both /kr/ threads nuked:
{H_T1}
{H_T2}

the /b/ one ({H_T3}) was already gone when i
looked, board prunes old threads after ~3 days so it 404s.

- hana
""",
     outcome="applied", imitates="image board admin's terse lowercase answer",
     why="'nuked' = deleted by the admin; the /b/ thread was already pruned before they looked: not_found",
     items={H_T1: "removed", H_T2: "removed", H_T3: "not_found"})

case(name="hanachan-qp-geoblock", **{"from": "mod@hanachan.example"}, name_from="Hanachan Moderation",
     date="Sat, 07 Sep 2024 13:45:12 +0000", subject="Re: " + HSUBJ, reply_to_req="req-240906-04",
     raw_mime=part_plain(
         "Hello,\n\nFollowing your request we reviewed thread " + H_T2 + " and the thread is now geo-blocked: "
         "visitors connecting from South Korea get an HTTP 451 page. It stays visible in other countries "
         "because the posts are lawful where our servers are.\n\nRegards,\nHanachan moderation team\n",
         cte="quoted-printable"),
     outcome="applied", imitates="image board moderator reply, quoted-printable with soft line breaks",
     why="blocked for Korea only: restricted (the URL is split by a QP soft break)",
     items={H_T2: "restricted"})


def hana_csv():
    rows = [["thread", "board", "action", "timestamp_utc"],
            [H_T1, "kr", "deleted", "2024-09-07 02:14"],
            [H_T2, "kr", "moved to /nsfw/ (18+ only, age gate)", "2024-09-07 02:15"],
            [H_T3, "b", "not found (pruned)", ""]]
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


case(name="hanachan-csv-modlog", **{"from": "admin@hanachan.example"}, name_from="hana (admin)",
     date="Sun, 08 Sep 2024 04:02:37 +0000", subject="Re: " + HSUBJ, reply_to_req="req-240906-04",
     raw_mime=multipart("mixed", "hc-modlog-0908", [
         part_plain("log of what we did for KCSC-240906-04 attached (export from the mod panel).\n\n- hana\n",
                    cte="7bit"),
         part_attachment("modlog_KCSC-240906-04.csv", "text/csv", hana_csv())]),
     outcome="applied", imitates="small-site admin attaching a mod-panel CSV export",
     why="deleted; moved behind an 18+ age gate (restricted); pruned (not_found)",
     items={H_T1: "removed", H_T2: "restricted", H_T3: "not_found"})

case(name="hanachan-not-monitored-autoreply", **{"from": "contact@hanachan.example"}, name_from="Hanachan",
     date="Fri, 06 Sep 2024 02:20:45 +0000", subject="Auto: " + HSUBJ, reply_to_req="req-240906-04",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
This mailbox is not read by a person.

To report a post, use the [Report] button under it, or the form at
https://hanachan.example/contact. Legal requests may be sent to
admin@hanachan.example.
""",
     outcome="ignored", classification="auto_reply", imitates="'this address is not monitored' autoresponder",
     why="automatic reply, no statement", items={})

case(name="kcsc-mta-delay-notice", **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
     date="Fri, 06 Sep 2024 15:20:00 +0900", subject="Delayed Mail (still being retried)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=multipart("report", "D8E2F1A0C4.1725603600/mx.kcsc.example", [
         "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
         "This is the mail system at host mx.kcsc.example.\n\n"
         "####################################################################\n"
         "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
         "####################################################################\n\n"
         "Your message could not be delivered for more than 4 hour(s).\n"
         "It will be retried until it is 5 day(s) old.\n\n"
         "<admin@hanachan.example>: connect to mx.hanachan.example[192.0.2.44]:25:\n"
         "    Connection timed out\n",
         "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
         "Reporting-MTA: dns; mx.kcsc.example\n"
         "Arrival-Date: Fri, 06 Sep 2024 11:20:04 +0900 (KST)\n\n"
         "Final-Recipient: rfc822; admin@hanachan.example\n"
         "Action: delayed\nStatus: 4.4.1\n"
         "Will-Retry-Until: Wed, 11 Sep 2024 11:20:04 +0900 (KST)\n",
         "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: admin@hanachan.example\n"
         f"Subject: {HSUBJ}\n"
         "Message-ID: <req-240906-04@kcsc.example>\n"],
         extra="; report-type=delivery-status"),
     outcome="ignored", classification="bounce", imitates="Postfix delay warning DSN (4.4.1)",
     why="our own MTA's delay notice about the request", items={})

# ---- namepoint (registrar)
NSUBJ = "[KCSC-240909-05] Request to suspend domains"
case(name="namepoint-clienthold-and-refusal", **{"from": "abuse@namepoint.example"}, name_from="NamePoint Abuse Desk",
     date="Wed, 11 Sep 2024 16:04:22 +0000", subject="RE: " + NSUBJ + " - Case NP-ABU-20931",
     reply_to_req="req-240909-05",
     body=f"""
Dear KCSC team,

We have completed our review of the two domains in your notice.

Domain: best-toto-site.example
Reported URL: {N_D1}
Action: clientHold applied on 2024-09-10. The domain no longer resolves.

Domain: korea-sports-bet.example
Reported URL: {N_D2}
Action: none. The registrant answered our inquiry and we found no breach of
our Registration Agreement. As a registrar we do not decide whether website
content is lawful; please contact the hosting provider or obtain a court
order. The domain remains active.

Kind regards,
NamePoint Abuse Desk
""",
     outcome="applied", imitates="registrar abuse desk outcome per domain (clientHold / no action)",
     why="one domain put on hold and no longer resolving (removed); the other kept with reasons (rejected)",
     items={N_D1: "removed", N_D2: "rejected"})

case(name="namepoint-both-suspended", **{"from": "abuse@namepoint.example"}, name_from="NamePoint Abuse Desk",
     date="Thu, 12 Sep 2024 01:10:09 +0000", subject="RE: " + NSUBJ, reply_to_req="req-240909-05",
     body="""
Hi,

Both domains in your request KCSC-240909-05 have been suspended.

Regards,
NamePoint Abuse Desk
""",
     outcome="review", review="bulk", imitates="registrar one-line confirmation for a two-domain notice",
     why="'both domains' without naming either, two-item request: bulk",
     items={N_D1: "pending", N_D2: "pending"})

case(name="namepoint-asks-legal-basis", **{"from": "compliance@namepoint.example"}, name_from="NamePoint Compliance",
     date="Tue, 10 Sep 2024 08:33:40 +0000", subject="RE: " + NSUBJ + " - Case NP-ABU-20931",
     reply_to_req="req-240909-05",
     body=f"""
Dear Sir or Madam,

Before we can act on {N_D1} and
{N_D2} we need the following:

 1. the legal provision the content breaches;
 2. screenshots or archived copies showing the content;
 3. confirmation that you have contacted the hosting provider first.

We are a domain registrar and do not host either website. Once we have the
above we will review the domains under our abuse policy.

NamePoint Compliance
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for legal basis and evidence before acting",
     why="asks for documents; nothing decided",
     items={N_D1: "pending", N_D2: "pending"})

case(name="namepoint-read-receipt", **{"from": "abuse@namepoint.example"}, name_from="NamePoint Abuse Desk",
     date="Mon, 09 Sep 2024 02:15:51 +0000", subject="Read: " + NSUBJ,
     raw_mime=multipart("report", "----=_NextPart_MDN_0909", [
         "Content-Type: text/plain; charset=utf-8\n\n"
         "Your message\n\n  To: abuse@namepoint.example\n  Subject: " + NSUBJ + "\n"
         "  Sent: Monday, September 9, 2024 1:00:00 AM (UTC)\n\n"
         "was read on Monday, September 9, 2024 2:15:49 AM (UTC).\n",
         "Content-Type: message/disposition-notification\n\n"
         "Reporting-UA: mail.namepoint.example; Microsoft Outlook 16.0\n"
         "Final-Recipient: rfc822;abuse@namepoint.example\n"
         "Original-Message-ID: <req-240909-05@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n"],
         extra="; report-type=disposition-notification"),
     outcome="ignored", classification="read_receipt", imitates="Outlook read receipt (MDN)",
     why="read receipt for our request", items={})

# ---- edgeshield (CDN)
ESUBJ = "[KCSC-240910-06] Removal request: drugs-market-kr.example"
case(name="edgeshield-not-the-host", **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     date="Wed, 11 Sep 2024 19:22:05 +0000", subject="Re: " + ESUBJ + " [EDG-77120]",
     reply_to_req="req-240910-06",
     body=f"""
Hello,

EdgeShield provides reverse-proxy and CDN services for the reported
website. We do not host {E_CAT} and
are not able to remove content from the origin server. We will not
terminate our service for this domain on the basis of this report.

We have forwarded your report to the website's hosting provider and to the
site owner. Hosting provider: Cirrus Hosting (abuse@cirrushost.example).

Learn more about how we handle reports: https://edgeshield.example/trust/abuse

EdgeShield Trust & Safety
""",
     outcome="applied", imitates="CDN 'we do not host this content, forwarded to host' answer",
     why="explicit refusal with its reason (pass-through service, no action): rejected; arguable, see NOTES",
     items={E_CAT: "rejected"})

case(name="edgeshield-csv-korea-block", **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     date="Fri, 13 Sep 2024 05:40:00 +0000", subject="Re: " + ESUBJ + " [EDG-77120] action log",
     reply_to_req="req-240910-06",
     raw_mime=multipart("mixed", "edg-77120-log", [
         part_plain("Hello,\n\nAttached is the action log for EDG-77120.\n\nEdgeShield Trust & Safety\n",
                    cte="7bit"),
         part_attachment("EDG-77120_actions.csv", "text/csv",
                         ("url,action,scope,effective_utc\n"
                          f"{E_CAT},blocked,KR only,2024-09-13T05:31:00Z\n").encode("utf-8"))]),
     outcome="applied", imitates="CDN action log exported as CSV",
     why="blocked with scope 'KR only': restricted",
     items={E_CAT: "restricted"})

case(name="edgeshield-about-cirrus-items", **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     date="Sat, 07 Sep 2024 07:12:48 +0000", subject="Re: [KCSC-240904-02] Removal request (copy to EdgeShield) [EDG-77004]",
     body=f"""
Hello,

toto-king88.cirrusweb.example is proxied by EdgeShield. Following our
notice to the origin host, {C_TOTO} and
{C_BONUS} are no longer served; both
now return 404 from the origin.

EdgeShield Trust & Safety
""",
     outcome="review", review="wrong_platform", imitates="CDN reporting the state of a site hosted by another provider",
     why="the items belong to the Cirrus request; EdgeShield cannot settle them",
     items={C_TOTO: "pending", C_BONUS: "pending"})

case(name="edgeshield-receipt", **{"from": "no-reply@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     date="Tue, 10 Sep 2024 07:46:02 +0000", subject="Abuse report received [EDG-77120]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Thank you. We have received your abuse report regarding drugs-market-kr.example
(reference EDG-77120, your reference KCSC-240910-06).

You will receive a further email once the report has been processed.
Please do not reply to this message.
""",
     outcome="ignored", classification="acknowledgement", imitates="CDN abuse form receipt",
     why="pure receipt with a reference number", items={})


HEADER = """# blind607: hosts, CDN, registrar, forum, image board and file host
# (written by tests/corpus/blind607/make.py, before any run of the reader).
# Each case is ingested alone into a fresh ledger holding requests.csv."""


# Most Korean mail systems send non-ASCII headers as RFC 2047 encoded-words;
# these two keep a raw UTF-8 Subject, as some webmail and SMTPUTF8 relays send it.
RAW_HEADERS = {"yeoul-admin-one-liner", "yeoul-gmail-quote-gallery"}


def main():
    write_requests()
    for c in CASES:
        for key in ("subject", "name_from"):
            if key == "subject" and c["name"] in RAW_HEADERS:
                continue
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = enc(v)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
