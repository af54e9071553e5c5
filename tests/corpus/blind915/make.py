#!/usr/bin/env python3
"""Blind set 915: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind915/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoding of a header text (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_TITLE = "코인-리딩방-안내"
TISTORY_RAW = "https://hanbit-note.tistory.com/entry/" + TISTORY_TITLE
TISTORY = "https://hanbit-note.tistory.com/entry/" + quote(TISTORY_TITLE)

D = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=7712034",
    "https://gall.dcinside.com/board/view/?id=stockus&no=7712188",
    "https://gall.dcinside.com/board/view/?id=stockus&no=7713902",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=441207",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=441355",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=442019",
    "https://gall.dcinside.com/mgallery/board/view/?id=pharmaqna&no=90231",
    "https://gall.dcinside.com/mgallery/board/view/?id=pharmaqna&no=90277",
    "https://gall.dcinside.com/mini/board/view/?id=darkroom7&no=1532",
    "https://gall.dcinside.com/mini/board/view/?id=darkroom7&no=1540",
    "https://gall.dcinside.com/board/view/?id=hit&no=330912",
    "https://gall.dcinside.com/board/view/?id=tvboard&no=2219450",
    "https://gall.dcinside.com/board/view/?id=tvboard&no=2219811",
]
N = [
    "https://blog.naver.com/moonlit_pharm77/223561204418",
    "https://cafe.naver.com/jejusecondhand/884512",
    "https://cafe.naver.com/jejusecondhand/884630",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471203958",
    "https://blog.naver.com/PostView.naver?blogId=greenhill_k&logNo=223570018823",
]
K = [
    "https://cafe.daum.net/stockdream21/Kx7R/10442",
    "https://cafe.daum.net/stockdream21/Kx7R/10467",
    TISTORY,
]
S = [
    "https://vod.sooplive.co.kr/player/131802457",
    "https://vod.sooplive.co.kr/player/131805590",
    "https://ch.sooplive.co.kr/nightowl0321/post/88120431",
    "https://www.sooplive.co.kr/station/lucky7bet",
]
F = [
    "https://www.fmkorea.com/7301245588",
    "https://www.fmkorea.com/7301319902",
]
P = ["https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9182734"]
I = [
    "https://www.inven.co.kr/board/lostark/5355/1120334",
    "https://www.inven.co.kr/board/lostark/5355/1120398",
    "https://www.inven.co.kr/board/maple/5974/3308812",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240909-01", "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", D,
     "illegal-investment-advice", "DC Inside galleries: stock/coin leading rooms, drug sales, doxxing"),
    ("KCSC-240910-02", "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", N,
     "illegal-drug-sale", "NAVER blog, cafe and Knowledge iN"),
    ("KCSC-240910-03", "daum", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", K,
     "illegal-investment-advice", "Daum cafe and Tistory (Kakao)"),
    ("KCSC-240911-04", "soop", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00", S,
     "gambling", "SOOP VODs, a channel post and a station"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00", F,
     "defamation", "FM Korea posts"),
    ("KCSC-240912-06", "ppomppu", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00", P,
     "fraud", "Ppomppu free board post"),
    ("KCSC-240913-07", "inven", "2024-09-13T11:00:00+09:00", "2024-09-20T23:59:59+09:00", I,
     "account-trading-fraud", "Inven boards"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req." + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_text(ref, urls=None, raw_korean=False):
    r = REQ[ref]
    urls = urls or r[4]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에 따라 아래 정보에 대한",
        "시정요구(삭제 또는 접속차단)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
        "요청번호: " + ref,
        "조치기한: " + r[3][:10],
        "대상 정보:",
    ]
    for n, u in enumerate(urls, 1):
        if raw_korean and u == TISTORY:
            u = TISTORY_RAW
        lines.append(f"{n}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def quoted(ref, prefix="> ", **kw):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref, **kw))


def alt_html(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{b64(text)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{b64(html)}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ DC Inside
dc_rows = [
    (D[0], "삭제 완료", "09-11 10:02"), (D[1], "삭제 완료", "09-11 10:02"),
    (D[2], "삭제 완료", "09-11 10:03"), (D[3], "삭제 완료", "09-11 10:15"),
    (D[4], "게시물 없음 (작성자 삭제)", "-"), (D[5], "삭제 완료", "09-11 10:16"),
    (D[6], "삭제 완료", "09-11 10:20"),
    (D[7], "유지 (갤러리 규정 및 관계 법령 위반 사항 확인되지 않음)", "-"),
    (D[8], "삭제 완료", "09-11 10:31"), (D[9], "삭제 완료", "09-11 10:31"),
    (D[10], "게시물 없음 (이미 삭제됨)", "-"),
    (D[11], "삭제 완료", "09-11 10:40"), (D[12], "삭제 완료", "09-11 10:40"),
]
dc_html = (
    "<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">"
    "<p>안녕하세요. 디시인사이드 운영팀입니다.</p>"
    "<p>방송통신심의위원회 시정요구 <b>KCSC-240909-01</b> 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
    "<tr style=\"background:#eef\"><th>번호</th><th>URL</th><th>처리 결과</th><th>처리 일시</th></tr>"
    + "".join(
        f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{res}</td><td>{t}</td></tr>"
        for n, (u, res, t) in enumerate(dc_rows, 1)
    )
    + "</table>"
    "<p>유지 처리된 게시물에 대해 추가 자료가 있으시면 회신 부탁드립니다.</p>"
    "<p>디시인사이드 운영팀 드림<br>report@dcinside.com</p></body></html>"
)
case(
    name="dc-result-table-html",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 11:05:12 +0900",
    subject=enc("[디시인사이드] 시정요구(KCSC-240909-01) 조치 결과 회신"),
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=alt_html("본 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.",
                      dc_html, "==dc_tbl_0911"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 as an HTML table (번호/URL/처리 결과/처리 일시)",
    why="all 13 rows stated: ten 삭제 완료, two 게시물 없음 (not_found), one 유지 with its reason (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed",
           D[4]: "not_found", D[5]: "removed", D[6]: "removed", D[7]: "rejected",
           D[8]: "removed", D[9]: "removed", D[10]: "not_found", D[11]: "removed",
           D[12]: "removed"},
)

case(
    name="dc-stock-three-bulleted",
    **{"from": "clean@dcinside.com"},
    name_from=enc("디시인사이드 클린센터"),
    date="Tue, 10 Sep 2024 11:42:30 +0900",
    subject=enc("Re: [KCSC-240909-01] 시정요구 통보 - 주식 갤러리 처리 결과"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""안녕하세요, 디시인사이드 클린센터입니다.

KCSC-240909-01 건으로 요청하신 게시물 중 주식 갤러리 게시물 3건의 처리 결과를
먼저 알려드립니다.

 - {D[0]}
 - {D[1]}
 - {D[2]}

위 3건은 오늘(9월 10일) 오전 갤러리 운영원칙 위반(유사투자자문 불법 홍보)으로
삭제 처리되었으며, 작성자에게는 7일간 글쓰기 제한이 적용되었습니다.
나머지 게시물은 확인이 끝나는 대로 따로 회신드리겠습니다.

디시인사이드 클린센터
""",
    outcome="applied", classification="confirmation",
    imitates="community-site clean-centre reply answering part of a request in a bulleted list",
    why="three named posts deleted; the rest only mentioned as to be answered later",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed"},
)

dc_csv = "\ufeff" + "\n".join([
    "번호,URL,처리결과,비고",
    f"1,{D[3]},삭제,불법 리딩방 홍보",
    f"2,{D[4]},삭제,",
    f"3,{D[5]},게시물 없음,작성자가 9/9 자진 삭제",
    f"4,{D[6]},삭제,전문의약품 불법 판매",
    f"5,{D[7]},게시 유지,관계 법령 위반 소지 확인되지 않음",
]) + "\n"
case(
    name="dc-mgallery-csv-attachment",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Report",
    date="Thu, 12 Sep 2024 15:20:44 +0900",
    subject=enc("KCSC-240909-01 마이너 갤러리 처리결과 (첨부)"),
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="----=_Part_8812_dc"\n\n'
        "------=_Part_8812_dc\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "안녕하세요.\n\nKCSC-240909-01 관련 마이너 갤러리 게시물 5건의 처리 결과를 첨부 파일(CSV)로\n"
        "보내드립니다. 확인 부탁드립니다.\n\n디시인사이드 신고센터\n"
        "------=_Part_8812_dc\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"\n\n'
        f"{b64(dc_csv)}\n"
        "------=_Part_8812_dc--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="result sheet exported from a ticket system and attached as CSV (UTF-8 with BOM)",
    why="CSV rows: 441207, 441355, 90231 삭제; 442019 게시물 없음 (author deleted); 90277 게시 유지 with reason",
    items={D[3]: "removed", D[4]: "removed", D[5]: "not_found", D[6]: "removed", D[7]: "rejected"},
)

case(
    name="dc-minigall-gmail-toppost",
    **{"from": "dohyun.kim@dcinside.com"},
    name_from=enc("김도현"),
    date="Tue, 10 Sep 2024 17:08:03 +0900",
    subject=enc("Re: [KCSC-240909-01] 시정요구 통보"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀 김도현입니다.

요청하신 목록 중 미니 갤러리 게시물 두 건
{D[8]}
{D[9]}
은 블라인드 처리 후 영구 삭제했습니다. 해당 미니 갤러리 매니저 권한도 회수했습니다.
다른 게시물은 담당 부서에서 따로 답변드릴 예정입니다.

김도현 드림

2024년 9월 9일 (월) 오후 2:05, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240909-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail top-posted reply over the quoted 시정요구 (Korean Gmail attribution line)",
    why="two URLs on their own lines, statement begins on the next line with the particle 은; quoted request names all 13 but states nothing",
    items={D[8]: "removed", D[9]: "removed"},
)

case(
    name="dc-receipt-plus-urgent-deletion",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Tue, 10 Sep 2024 09:12:55 +0900",
    subject=enc("[접수완료] KCSC-240909-01 신고가 접수되었습니다"),
    body=f"""신고가 정상적으로 접수되었습니다. (접수번호 DCR-240910-77812)

긴급 처리 대상으로 분류된 아래 게시물은 접수 즉시 삭제하였습니다.
{D[10]}

나머지 게시물은 순차적으로 검토한 뒤 결과를 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 report@dcinside.com 으로 보내 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt ('신고가 접수되었습니다') that also reports an immediate deletion",
    why="acknowledgement phrase plus an unhedged deletion of one named post: not a pure acknowledgement",
    items={D[10]: "removed"},
)

dc_qp_text = (
    "안녕하세요. 디시인사이드 운영팀입니다.\n\n"
    f"요청번호 KCSC-240909-01 중 TV 갤러리 게시물 {D[11]} 및 {D[12]} 두 건은 특정인에 대한 명예훼손성 게시물로 판단되어 9월 12일 오후 삭제 처리를 완료하였습니다.\n\n"
    "감사합니다.\n"
)
case(
    name="dc-tvgall-quoted-printable",
    **{"from": "ops@dcinside.com"},
    name_from="DC Inside Operations",
    date="Thu, 12 Sep 2024 18:31:09 +0900",
    subject=enc("RE: KCSC-240909-01 TV갤러리 게시물 처리"),
    raw_mime=(
        "Content-Type: text/plain; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(dc_qp_text) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply sent quoted-printable, long lines with soft breaks inside the URLs",
    why="two URLs (their '=' encoded as =3D, soft-wrapped) both deleted",
    items={D[11]: "removed", D[12]: "removed"},
)

case(
    name="dc-curly-quoted-urls",
    **{"from": "clean@dcinside.com"},
    name_from=enc("디시인사이드 클린센터"),
    date="Wed, 11 Sep 2024 14:47:20 +0900",
    subject=enc("Re: [KCSC-240909-01] 추가 확인 결과"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""안녕하세요, 클린센터입니다.

“{D[2]}”는 오늘 오후 삭제했습니다.
“{D[10]}”는 작성자가 이미 지운 글이라 저희 쪽에서 조치할 게시물이 남아 있지 않습니다（조회 시 '삭제된 게시물입니다' 표시）.

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short staff reply with URLs in Korean curly quotes followed by particles and full-width parentheses",
    why="7713902 deleted today; hit/330912 already deleted by its author (not_found)",
    items={D[2]: "removed", D[10]: "not_found"},
)

# ---- DC Inside review / ignored
case(
    name="dc-promise-delete-today",
    **{"from": "clean@dcinside.com"},
    name_from=enc("디시인사이드 클린센터"),
    date="Tue, 10 Sep 2024 10:05:41 +0900",
    subject=enc("Re: [KCSC-240909-01] 시정요구 통보"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""안녕하세요, 디시인사이드 클린센터입니다.

요청하신 아래 게시물은 내부 확인 후 금일 중 삭제 예정입니다.
- {D[3]}
- {D[4]}

처리가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="clean-centre holding reply promising deletion later the same day",
    why="'삭제 예정' is a promise, not a statement: both items stay pending",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Fri, 13 Sep 2024 09:30:00 +0900",
    subject=enc("[디시인사이드] KCSC-240909-01 처리 완료"),
    body="""안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240909-01로 요청하신 게시물은 모두 삭제 조치 완료하였습니다.
협조 요청에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' closing notice from a portal's report desk",
    why="'모두 삭제' for a 13-item request without naming each item: bulk, nothing applied",
    items={u: "pending" for u in D},
)

case(
    name="dc-chuseok-out-of-office",
    **{"from": "seoyeon.lee@dcinside.com"},
    name_from=enc("이서연"),
    date="Sat, 14 Sep 2024 08:00:02 +0900",
    subject=enc("[자동응답] Re: [KCSC-240909-01] 시정요구 통보"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes",
                   f"In-Reply-To: <{mid('KCSC-240909-01')}@kcsc.example>"],
    body="""안녕하세요. 이서연입니다.

추석 연휴(9/14~9/18) 기간 동안 부재중입니다. 9월 19일부터 순차적으로 확인하겠습니다.
긴급한 신고 건은 report@dcinside.com 으로 보내 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over the Chuseok holidays",
    why="auto-reply (Auto-Submitted: auto-replied), says nothing about items",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-numbered-status-below",
    **{"from": "inoti@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 16:40:11 +0900",
    subject=enc("Re: [KCSC-240910-02] 시정요구 조치결과 안내"),
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240910-02로 접수된 게시물 5건의 처리 결과를 안내드립니다.

1. {N[0]}
   → 게시중단(블라인드) 처리
2. {N[1]}
   → 임시조치(30일) – 게시자 재게시 요청 기간 동안 비공개
3. {N[2]}
   → 삭제
4. {N[3]}
   → 질문 및 답변 삭제
5. {N[4]}
   → 게시물 없음 (작성자가 이미 삭제)

임시조치된 게시물은 30일 안에 재게시 요청이 없으면 삭제됩니다.
관련 정책: https://policy.naver.com/policy/protection.html

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 / 임시조치 result notice with a numbered list, result on the line below each URL",
    why="N1 blind (removed), N2 임시조치 (restricted), N3 and N4 deleted, N5 already deleted by its author (not_found); policy link is no item",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-temporary-measure-notice",
    **{"from": "noreply-right@navercorp.com"},
    name_from=enc("네이버"),
    date="Wed, 11 Sep 2024 16:05:37 +0900",
    subject=enc("[네이버] 게시물 임시조치 결과 통지 (KCSC-240910-02)"),
    body=f"""[네이버] 게시물 임시조치 결과 통지

신고번호: R-2024091100311 (요청기관 번호 KCSC-240910-02)

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
아래 게시물에 대한 접근을 30일간 임시로 차단(임시조치)하였음을 알려드립니다.

대상 게시물
 · {N[1]}
 · {N[2]}

조치 일시: 2024-09-11 16:02

게시자는 임시조치 기간 중 재게시를 요청할 수 있습니다.
고객센터: https://help.naver.com/service/5632/contents/18903
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 통지 citing article 44-2(4) of the Network Act",
    why="임시조치 (access blocked for 30 days) is restricted for both named cafe posts; help link is no item",
    items={N[1]: "restricted", N[2]: "restricted"},
)

case(
    name="naver-english-keep-and-private",
    **{"from": "ts-global@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 13 Sep 2024 10:22:48 +0900",
    subject="Re: KCSC-240910-02 correction request",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""Dear KCSC team,

Regarding your request KCSC-240910-02, here are the results for two of the five URLs.

The Knowledge iN question at
{N[3]}
was reviewed by our policy team. It is a user asking whether a medicine can be
imported for personal use; it contains no sales offer or contact details, so it
does not breach our operating policy or Korean law and we are keeping it up.

The blog post {N[0]} has been switched to private (비공개 처리)
by our operations team and is no longer visible to anyone; the author's account
has been suspended.

We are still looking at the remaining three.

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a portal's trust-and-safety desk: one refusal with reasons, one post made private",
    why="N4 kept because it breaks no rule (rejected); N1 made private by the operator (removed)",
    items={N[3]: "rejected", N[0]: "removed"},
)

case(
    name="naver-blog-adult-only",
    **{"from": "blog_help@naver.com"},
    name_from="NAVER Blog Team",
    date="Sat, 14 Sep 2024 13:10:00 +0900",
    subject="[NAVER Blog] Decision on KCSC-240910-02",
    body=f"""Hello,

Decision on item {N[0]} (request KCSC-240910-02):

We have applied an adult-only restriction (성인 인증 후 열람) to this post. It is no
longer shown to users under 19 or to visitors who are not logged in.

If you need anything further, reply to this email.

NAVER Blog Team
""",
    outcome="applied", classification="confirmation",
    imitates="blog service decision notice: age restriction rather than removal",
    why="adult-only (19+) restriction is restricted",
    items={N[0]: "restricted"},
)

case(
    name="naver-cafe-blinded",
    **{"from": "cafe_cs@naver.com"},
    name_from=enc("네이버 카페 고객센터"),
    date="Wed, 11 Sep 2024 10:30:15 +0900",
    subject=enc("Re: [KCSC-240910-02] 시정요구 통보"),
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

카페 운영원칙 위반이 확인되어 아래 게시글 2건을 블라인드 처리하였습니다.

{N[1]} (중고 의약품 판매글)
{N[2]} (동일 작성자 재게시글)

블라인드 처리된 게시글은 작성자를 포함하여 누구도 열람할 수 없습니다.

{quoted("KCSC-240910-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe customer-centre 블라인드 notice, request quoted with '>' below",
    why="both named cafe posts blinded for everyone (removed); the quoted request's other URLs are not stated",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-legal-review-pending",
    **{"from": "inoti@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 09:48:02 +0900",
    subject=enc("Re: [KCSC-240910-02] 시정요구 통보 - 검토 중 안내"),
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

KCSC-240910-02 요청 건은 현재 법무 검토가 진행 중입니다. 특히 아래 게시물은
게시자의 소명이 접수되어 판단에 시간이 조금 더 필요합니다.

  {N[1]}

검토가 끝나는 대로 결과를 회신드리겠습니다. 양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="portal's 'under legal review' holding reply naming one post",
    why="under review and a promise to answer later: no statement, N2 stays pending",
    items={N[1]: "pending"},
)

case(
    name="naver-forged-dkim-fail",
    **{"from": "inoti@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    auth="fail",
    date="Thu, 12 Sep 2024 02:14:51 +0900",
    subject=enc("[KCSC-240910-02] 조치 완료 통보"),
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 5건 모두 삭제 완료했습니다.

{N[0]} - 삭제
{N[1]} - 삭제
{N[2]} - 삭제
{N[3]} - 삭제
{N[4]} - 삭제

처리 확인서는 아래 링크에서 내려받으세요.
http://naver-notice-center.example/download?id=KCSC-240910-02
""",
    outcome="review", review="untrusted",
    imitates="spoofed portal notice with failing DKIM/SPF/DMARC and a download link",
    why="claims from navercorp.com but authentication fails: nothing applied",
    items={u: "pending" for u in N},
)

case(
    name="naver-inquiry-receipt",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 10 Sep 2024 11:01:30 +0900",
    subject=enc("[네이버 고객센터] 문의 접수 완료 안내 (KCSC-240910-02)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-1011-55120

답변은 접수 순서대로 진행되며 영업일 기준 1~3일 정도 걸릴 수 있습니다.
답변이 등록되면 메일로 알려드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre inquiry receipt with a 접수번호",
    why="pure acknowledgement: received, ticket number, answer to come",
    items={},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean-url",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 10:52:19 +0900",
    subject=enc("[카카오] 시정요구 처리 결과 안내 (KCSC-240910-03)"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회 시정요구(KCSC-240910-03) 중 티스토리 게시물의 처리 결과를 알려드립니다.

게시물 주소: {TISTORY_RAW}
처리 결과: 게시 중단(삭제)
처리 일시: 2024.09.11 10:40

해당 블로그 운영자에게는 운영정책 위반 안내가 발송되었습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice (게시물 주소 / 처리 결과 / 처리 일시 fields)",
    why="the Tistory post, written with a raw Korean path that matches the percent-encoded request URL, was taken down",
    items={TISTORY: "removed"},
)

case(
    name="daum-cafe-particles",
    **{"from": "cafe_admin@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Thu, 12 Sep 2024 14:03:27 +0900",
    subject=enc("Re: [KCSC-240910-03] 시정요구 통보"),
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 {K[0]}의 게시글은 카페 운영정책 위반(불법 투자자문 홍보)으로 삭제 조치되었습니다.
{K[1]}은 확인 결과 존재하지 않는 게시글입니다. 작성자가 탈퇴하면서 함께 삭제되었습니다.

티스토리 게시물은 별도 부서에서 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply in prose, URLs directly followed by Korean particles (의, 은)",
    why="10442 deleted (removed); 10467 does not exist (not_found); Tistory only announced",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="daum-status-line-below",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 13 Sep 2024 15:15:00 +0900",
    subject=enc("RE: [KCSC-240910-03] 시정요구 통보"),
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""안녕하십니까. 카카오 권리침해신고센터입니다.
KCSC-240910-03 요청 3건에 대한 최종 처리 결과입니다.

{K[0]}
  처리결과: 삭제
{K[1]}
  처리결과: 삭제
{K[2]}
  처리결과: 임시조치(30일)

임시조치 게시물은 기간 만료 후 게시자 소명이 없으면 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result list: URL line, then '처리결과:' line beneath",
    why="two cafe posts deleted, the Tistory post (percent-encoded this time) under 임시조치 (restricted)",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted"},
)

case(
    name="daum-appears-taken-down",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao Rights Protection",
    date="Wed, 11 Sep 2024 18:20:41 +0900",
    subject="Re: [KCSC-240910-03] correction request",
    reply_to_req=mid("KCSC-240910-03"),
    body=f"""Hello,

The cafe post {K[0]} appears to have been taken down by the cafe
manager before our team got to it. We are confirming this with the Daum Cafe
operations team and will update you once we know more.

Kind regards,
Kakao Rights Protection Center
""",
    outcome="review", review="not_understood",
    imitates="English holding reply with a hedge ('appears to have been') and a promise to confirm",
    why="'appears to have been taken down' is a hedge, still being confirmed: K1 stays pending",
    items={K[0]: "pending"},
)

case(
    name="daum-about-naver-cafe-urls",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=enc("Re: 시정요구 대상 URL 확인 요청 건"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

전달해 주신 목록 중 아래 두 URL은 확인 결과 당사 서비스에서 해당 게시물을 찾을 수 없습니다.

{N[1]} → 게시물 없음 (당사 서비스 아님)
{N[2]} → 게시물 없음 (당사 서비스 아님)

네이버 카페 게시물로 보이니 네이버 측에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about two URLs that belong to NAVER Cafe",
    why="Kakao states 'not found' for NAVER items: a platform cannot state another platform's items",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-ticket-ack-english",
    **{"from": "no-reply@kakaocorp.com"},
    name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 15:02:09 +0900",
    subject="[Kakao] We received your report (KCSC-240910-03)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting Kakao.

We have received your report. Ticket number: KS-20240910-88123

Our team reviews reports in the order they arrive. You will get an email when
there is an update on this ticket. Please do not reply to this message.

Kakao Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system auto-acknowledgement in English",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

# ================================================================ SOOP
case(
    name="soop-english-text-table",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 13 Sep 2024 11:45:30 +0900",
    subject="Re: KCSC-240911-04 correction request - result",
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""Hello KCSC,

Ref: KCSC-240911-04

 #  URL                                                   Result
 1  {S[0]:<52}  Deleted (VOD removed)
 2  {S[1]:<52}  Deleted (VOD removed)
 3  {S[2]:<52}  Not found - post no longer exists
 4  {S[3]:<52}  Station closed permanently, no longer accessible

The lucky7bet account was terminated for repeated promotion of an illegal
gambling site. Appeals: https://www.sooplive.co.kr/policy/appeal

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="platform T&S reply with a fixed-width plain-text result table",
    why="two VODs deleted, channel post not found, station closed permanently (removed); appeal link is no item",
    items={S[0]: "removed", S[1]: "removed", S[2]: "not_found", S[3]: "removed"},
)

soop_qp_text = f"""안녕하세요. 숲(SOOP) 고객센터입니다.

요청번호 KCSC-240911-04 관련하여, 아래 VOD 2건은 불법 도박 사이트 홍보 영상으로 확인되어 비공개 처리 후 삭제를 완료하였습니다.

- {S[0]}
- {S[1]}

나머지 2건은 확인 중이며 결과가 나오는 대로 안내드리겠습니다.

감사합니다.
"""
case(
    name="soop-vods-quoted-printable",
    **{"from": "cs@sooplive.co.kr"},
    name_from=enc("숲 고객센터"),
    date="Thu, 12 Sep 2024 10:18:40 +0900",
    subject=enc("[SOOP] KCSC-240911-04 처리 결과 안내"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(soop_qp_text) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="customer-centre notice encoded quoted-printable (Korean body)",
    why="both named VODs deleted; the other two said to be still under check (not named, pending)",
    items={S[0]: "removed", S[1]: "removed"},
)

case(
    name="soop-post-age-restricted",
    **{"from": "policy@sooplive.com"},
    name_from=enc("SOOP 콘텐츠정책팀"),
    date="Fri, 13 Sep 2024 17:02:55 +0900",
    subject=enc("Re: [KCSC-240911-04] 채널 게시글 조치 결과"),
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""안녕하세요, SOOP 콘텐츠정책팀입니다.

{S[2]} 게시글은 삭제 대상에는 해당하지 않으나, 선정적인 이미지가 포함되어 있어
19세 이상 이용자만 볼 수 있도록 연령 제한을 적용했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="content-policy reply refusing deletion but applying an age restriction",
    why="not deleted but limited to users 19+: restricted (the stronger, actual measure, not rejected)",
    items={S[2]: "restricted"},
)

case(
    name="soop-echoed-report",
    **{"from": "report@sooplive.co.kr"},
    name_from=enc("SOOP 신고센터"),
    date="Sat, 14 Sep 2024 09:05:13 +0900",
    subject=enc("[SOOP 신고센터] 신고 처리 결과 안내"),
    body=f"""[SOOP 신고센터] 신고 처리 결과 안내

[접수 내용]
신고 대상: {S[3]}
신고 사유: 불법 도박 사이트 홍보
신고 기관: 방송통신심의위원회 (KCSC-240911-04)

[처리 결과]
방송국 영구 정지 – 해당 방송국과 방송국 내 게시물 전체를 접근 불가 처리하였습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result notice echoing the report form ([접수 내용] / [처리 결과])",
    why="station permanently suspended and made inaccessible: removed",
    items={S[3]: "removed"},
)

case(
    name="soop-asks-timecode",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 세이프티팀"),
    date="Thu, 12 Sep 2024 13:37:00 +0900",
    subject=enc("Re: [KCSC-240911-04] 추가 자료 요청"),
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""안녕하세요, SOOP 세이프티팀입니다.

KCSC-240911-04 건 중 {S[1]} 영상은 재생 시간이 3시간이 넘어
문제 구간을 특정하기 어렵습니다.

해당 부분의 타임코드(예: 01:12:30~01:15:00)와 심의 의결서 사본을 회신해 주시면
검토 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking the regulator for timecodes and the decision document before acting",
    why="asks for more information before any action; S2 stays pending",
    items={S[1]: "pending"},
)

case(
    name="soop-gmail-lookalike",
    **{"from": "soop.cs.kr@gmail.com"},
    name_from=enc("SOOP 고객지원"),
    date="Fri, 13 Sep 2024 21:40:19 +0900",
    subject=enc("RE: KCSC-240911-04 처리완료"),
    body=f"""안녕하세요 SOOP 고객지원입니다.

요청하신 영상 두 개 삭제했습니다.
{S[0]}
{S[1]}

확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="reply claiming to be SOOP support but sent from a free-mail account",
    why="gmail.com is not a SOOP sender domain: the deletion claims cannot be applied",
    items={S[0]: "pending", S[1]: "pending"},
)

soop_mdn_report = f"""Reporting-UA: mail.sooplive.co.kr; SOOP Webmail
Final-Recipient: rfc822; report@sooplive.co.kr
Original-Message-ID: <{mid('KCSC-240911-04')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="soop-read-receipt",
    **{"from": "report@sooplive.co.kr"},
    name_from=enc("SOOP 신고센터"),
    date="Wed, 11 Sep 2024 10:47:02 +0900",
    subject=enc("읽음 확인: [KCSC-240911-04] 시정요구 통보"),
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification;\n'
        '\tboundary="mdn_soop_0911"\n\n'
        "--mdn_soop_0911\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "보내신 메일 \"[KCSC-240911-04] 시정요구 통보\"을(를) 2024-09-11 10:47에 수신자가 읽었습니다.\n"
        "이 확인은 메일이 화면에 표시되었음을 뜻하며, 내용을 읽었거나 이해했거나 동의했음을 뜻하지는 않습니다.\n"
        "\n--mdn_soop_0911\n"
        "Content-Type: message/disposition-notification\n\n"
        + soop_mdn_report +
        "\n--mdn_soop_0911--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, multipart/report disposition-notification) in Korean",
    why="read receipt: the request was displayed, nothing about items",
    items={},
)

# ================================================================ FM Korea
case(
    name="fmk-both-removed-commas",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    date="Thu, 12 Sep 2024 20:11:08 +0900",
    subject=enc("Re: [KCSC-240912-05] 시정요구 통보"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물 {F[0]} , {F[1]} 두 건 모두 운영자 삭제 처리했고,
작성자는 영구 이용정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply naming both posts inline, separated by ' , '",
    why="both named posts deleted by the operator",
    items={F[0]: "removed", F[1]: "removed"},
)

case(
    name="fmk-outlook-numbers-only",
    **{"from": "jw.park@fmkorea.com"},
    name_from="Park Jiwon",
    date="Fri, 13 Sep 2024 14:26:37 +0900",
    subject=enc("RE: [KCSC-240912-05] 시정요구 통보"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""안녕하세요, 에펨코리아 박지원입니다.

7301245588번 글은 삭제했습니다.
7301319902번 글은 확인해 보니 언론사 기사 링크를 공유한 글이라 신고 사유(불법정보)에
해당하지 않아 삭제하지 않고 유지합니다.

-----Original Message-----
From: KCSC 통신심의국 <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 9:40 AM
To: admin@fmkorea.com
Subject: [KCSC-240912-05] 시정요구 통보

{quoted("KCSC-240912-05", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply naming posts by document number, request below '-----Original Message-----'",
    why="document numbers identify the two requested posts: 7301245588 deleted; 7301319902 kept with a reason (rejected)",
    items={F[0]: "removed", F[1]: "rejected"},
)

case(
    name="fmk-not-found-english",
    **{"from": "support@fmkorea.com"},
    name_from="FMKorea Support",
    date="Sat, 14 Sep 2024 11:00:45 +0900",
    subject="Re: KCSC-240912-05",
    body=f"""Hi,

We could not locate {F[1]} - that document number does not exist
on our site. The neighbouring document numbers belong to unrelated posts.

The other link is being handled by our admin team.

FMKorea Support
""",
    outcome="applied", classification="confirmation",
    imitates="English support reply: document does not exist",
    why="F2 cannot be located / does not exist: not_found; F1 only mentioned as being handled",
    items={F[1]: "not_found"},
)

case(
    name="fmk-lawfirm-unknown-sender",
    **{"from": "office@hanul-law.example"},
    name_from=enc("법무법인 한울"),
    date="Sun, 15 Sep 2024 10:14:00 +0900",
    subject=enc("[KCSC-240912-05] 관련 의견서 제출"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 에펨코리아 이용자 A씨를 대리합니다.
의뢰인이 작성한 {F[0]} 게시물은 의뢰인이 9월 13일 스스로 삭제하였으므로
본 건을 종결 처리하여 주시기 바랍니다.

법무법인 한울 담당 변호사 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm's letter on behalf of a poster, claiming self-deletion",
    why="sender is not FM Korea: its claim about F1 cannot change the item",
    items={F[0]: "pending"},
)

case(
    name="fmk-autoreply-with-quote",
    **{"from": "jw.park@fmkorea.com"},
    name_from="Park Jiwon",
    date="Thu, 12 Sep 2024 09:40:31 +0900",
    subject=enc("자동 회신: [KCSC-240912-05] 시정요구 통보"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jw.park@fmkorea.com"],
    body=f"""9월 13일(금)까지 휴가로 메일 확인이 어렵습니다. 급한 건은 admin@fmkorea.com 으로 보내 주세요.
I am on leave until 13 September with limited access to email.

{quoted("KCSC-240912-05")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that quotes the original request below it",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

# ================================================================ Ppomppu
case(
    name="ppomppu-sole-statement",
    **{"from": "help@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date="Fri, 13 Sep 2024 10:02:33 +0900",
    subject=enc("RE: [KCSC-240912-06] 시정요구 통보"),
    reply_to_req=mid("KCSC-240912-06"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 확인 즉시 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse reply in the thread of a one-item request, no URL repeated",
    why="single unhedged statement answering a one-item request: P1 removed",
    items={P[0]: "removed"},
)

pp_html = (
    "<html><body><div style=\"font-size:12px\">"
    "<p>안녕하세요. 뽐뿌 고객센터입니다.</p>"
    f"<p>문의하신 게시물(<a href=\"{P[0].replace('&', '&amp;')}\">{P[0].replace('&', '&amp;')}</a>)은 "
    "작성자가 9월 11일에 직접 삭제하여 현재 존재하지 않는 게시물입니다.</p>"
    "<p>따라서 별도 조치할 내용이 없음을 알려드립니다.</p>"
    "<p>뽐뿌 고객센터 드림</p></div></body></html>"
)
case(
    name="ppomppu-base64-html-not-found",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=enc("뽐뿌 고객센터"),
    date="Thu, 12 Sep 2024 17:55:10 +0900",
    subject=enc("[뽐뿌] 문의하신 내용에 대한 답변입니다 (KCSC-240912-06)"),
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(pp_html) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="help-desk answer sent as base64 HTML, URL in a link (& written &amp;)",
    why="the post was deleted by its author and does not exist: not_found",
    items={P[0]: "not_found"},
)

case(
    name="ppomppu-channel-change",
    **{"from": "help@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date="Mon, 16 Sep 2024 14:30:00 +0900",
    subject=enc("뽐뿌 신고 접수 창구 변경 안내"),
    body="""안녕하세요. 뽐뿌 운영팀입니다.

10월 1일부터 관계 기관의 게시물 조치 요청은 전용 메일 report@ppomppu.co.kr 로
보내 주시면 더 빠르게 처리됩니다. 기존 주소로 보내신 메일도 당분간 함께 확인합니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice changing its report address",
    why="trusted platform mail that names no item and no request",
    items={},
)

case(
    name="ppomppu-1to1-receipt",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=enc("뽐뿌 고객센터"),
    date="Thu, 12 Sep 2024 16:25:40 +0900",
    subject=enc("[뽐뿌] 1:1 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""[뽐뿌] 1:1 문의가 접수되었습니다.

문의 제목: [KCSC-240912-06] 시정요구 통보
접수 일시: 2024-09-12 16:25

담당자가 확인한 뒤 답변을 드리겠습니다. 답변은 마이페이지 > 1:1 문의에서도 확인할 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="community site 1:1 inquiry receipt",
    why="pure receipt, no statement",
    items={},
)

# ================================================================ Inven
inv_html = (
    "<html><body>"
    "<p>안녕하세요. 인벤 운영팀입니다.<br>KCSC-240913-07 요청 건의 처리 결과입니다.</p>"
    "<table border=1 cellpadding=3>"
    "<thead><tr><th>게시판</th><th>게시물 주소</th><th>조치</th></tr></thead><tbody>"
    f"<tr><td>로스트아크 거래</td><td><a href=\"{I[0]}\">{I[0]}</a></td><td>삭제</td></tr>"
    f"<tr><td>로스트아크 거래</td><td><a href=\"{I[1]}\">{I[1]}</a></td><td>삭제</td></tr>"
    f"<tr><td>메이플 자유</td><td><a href=\"{I[2]}\">{I[2]}</a></td><td>해당 글 없음</td></tr>"
    "</tbody></table>"
    "<p>계정 거래 사기 관련 작성자는 인벤 이용이 제한되었습니다.</p>"
    "<p>인벤 운영팀</p></body></html>"
)
case(
    name="inven-html-table",
    **{"from": "webmaster@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    date="Sat, 14 Sep 2024 12:40:08 +0900",
    subject=enc("Re: [KCSC-240913-07] 시정요구 통보"),
    reply_to_req=mid("KCSC-240913-07"),
    raw_mime=alt_html(
        "인벤 운영팀입니다. KCSC-240913-07 처리 결과는 HTML 본문의 표를 확인해 주세요.",
        inv_html, "inven_alt_0914"),
    outcome="applied", classification="confirmation",
    imitates="HTML result table (게시판 / 게시물 주소 / 조치) with a text part pointing to it",
    why="two Lost Ark posts deleted; the Maple post does not exist (not_found)",
    items={I[0]: "removed", I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-angle-brackets-english",
    **{"from": "community@inven.co.kr"},
    name_from="Inven Community Team",
    date="Fri, 13 Sep 2024 19:33:21 +0900",
    subject="Re: [KCSC-240913-07] correction request",
    reply_to_req=mid("KCSC-240913-07"),
    body=f"""Hello,

<{I[2]}>: removed by our moderators (운영자 삭제) on 13 Sep.

<{I[0]}>: reviewed, no rule broken. It is an ordinary guild
recruitment post with no trading offer, so it stays online.

We will come back to you on the third link.

Inven Community Team
""",
    outcome="applied", classification="confirmation",
    imitates="English moderator reply with URLs in angle brackets followed by a colon",
    why="I3 removed; I1 reviewed and kept for a stated reason (rejected); I2 only announced",
    items={I[2]: "removed", I[0]: "rejected"},
)

case(
    name="inven-bulk-english",
    **{"from": "community@inven.co.kr"},
    name_from="Inven Community Team",
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240913-07] correction request",
    reply_to_req=mid("KCSC-240913-07"),
    body="""Hello,

All the posts you reported have been removed and the authors banned from
the trading boards.

Inven Community Team
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all removed' closing reply",
    why="statement about all reported posts without naming them, for a three-item request: bulk",
    items={u: "pending" for u in I},
)

inven_dsn_report = """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4Wb2kQ1x9Zz
Arrival-Date: Fri, 13 Sep 2024 11:00:04 +0900

Final-Recipient: rfc822; abuse@inven.co.kr
Original-Recipient: rfc822;abuse@inven.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.inven.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <abuse@inven.co.kr>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
case(
    name="inven-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 11:00:06 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status;\n'
        '\tboundary="4Wb2kQ1x9Zz.1726192806/mx.kcsc.example"\n\n'
        "--4Wb2kQ1x9Zz.1726192806/mx.kcsc.example\n"
        "Content-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<abuse@inven.co.kr>: host mx1.inven.co.kr[203.0.113.44] said: 550 5.1.1\n"
        "    <abuse@inven.co.kr>: Recipient address rejected: User unknown in virtual\n"
        "    mailbox table (in reply to RCPT TO command)\n\n"
        "--4Wb2kQ1x9Zz.1726192806/mx.kcsc.example\n"
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        + inven_dsn_report +
        "\n--4Wb2kQ1x9Zz.1726192806/mx.kcsc.example\n"
        "Content-Description: Undelivered Message\n"
        "Content-Type: message/rfc822\n\n"
        "From: KCSC <takedown@kcsc.example>\n"
        "To: abuse@inven.co.kr\n"
        "Subject: [KCSC-240913-07] =?utf-8?b?7Iuc7KCV7JqU6rWsIO2GteuztA==?=\n"
        f"Message-ID: <{mid('KCSC-240913-07')}@kcsc.example>\n"
        "Date: Fri, 13 Sep 2024 11:00:00 +0900\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + "\n".join(request_text("KCSC-240913-07")) + "\n"
        "\n--4Wb2kQ1x9Zz.1726192806/mx.kcsc.example--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning the request",
    why="bounce; the URLs are only in the returned original",
    items={},
)

HEADER = """# Blind set 915 (tests/corpus/blind915/): Korean portals and community sites
# (NAVER, Daum/Kakao, DC Inside, SOOP, FM Korea, Ppomppu, Inven), Korean and
# English mixed, plus the doubtful and ignorable mail a regulator receives.
# Written by make.py from each email's meaning, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind915", HEADER, CASES)
    print(f"{len(CASES)} cases written")
