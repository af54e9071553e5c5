#!/usr/bin/env python3
"""Blind set 845: Korean-language replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND): 공문-style 조치결과 replies, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, plus receipts, auto-replies,
a bounce and a read receipt.

Written before any run of the reader, from each email's meaning alone.
Deterministic:  python3 tests/corpus/blind845/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind845"


def enc(s):
    """Percent-encode the non-ASCII part of a URL, as requests.csv stores it."""
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.append("".join("%%%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


# ---------------------------------------------------------------- requests
# R1 NAVER (largest, 12 items)
N1 = "https://blog.naver.com/moonlit_trade/223561001"
N2 = "https://blog.naver.com/moonlit_trade/223561044"
N3 = "https://blog.naver.com/jjangbet77/223559870"
N4 = "https://cafe.naver.com/goldpigclub/18822"
N5 = "https://cafe.naver.com/goldpigclub/18830"
N6 = "https://cafe.naver.com/ilsan4989/5521"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60401&docId=470112233"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5120331"
N9 = "https://tv.naver.com/v/58812301"
N10 = "https://m.blog.naver.com/sora_pick/223570512"
N11_RAW = "https://in.naver.com/밤하늘/contents/internal/71220"
N11 = enc(N11_RAW)
N12 = "https://blog.naver.com/moonlit_trade/223562318"
# R2 Kakao (5)
K1 = "https://cafe.daum.net/jusikmaster/Ab1c/3302"
K2 = "https://cafe.daum.net/jusikmaster/Ab1c/3311"
K3 = "https://hanbyeol-note.tistory.com/148"
K4 = "https://hanbyeol-note.tistory.com/152"
K5 = "https://brunch.co.kr/@greyfox/77"
# R3 YouTube (4)
Y1 = "https://www.youtube.com/watch?v=Qm3xR8vTz1k"
Y2 = "https://www.youtube.com/watch?v=b7LpW0dNc4s"
Y3 = "https://www.youtube.com/shorts/Zt9yHq2Ke5M"
Y4_RAW = "https://www.youtube.com/@돈버는삼촌"
Y4 = enc(Y4_RAW)
# R4 DC Inside (4)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9917342"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=228104"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=228119"
D4 = "https://gall.dcinside.com/mini/board/view/?id=nightlife&no=5512"
# R5 BAND (3)
B1 = "https://band.us/band/81234567/post/2201"
B2 = "https://band.us/band/81234567/post/2215"
B3 = "https://band.us/band/80011223/post/57"
# R6 NAVER (1)
M1 = "https://cafe.naver.com/dalbit2030/90412"
# R7 Kakao (2)
K6_RAW = "https://cafe.daum.net/마루터/Fx3k/207"
K6 = enc(K6_RAW)
K7 = "https://tv.kakao.com/v/441238807"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "illegal gambling promotion on NAVER blog/cafe/kin/post/tv",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", "stock-tip fraud on Daum cafe, Tistory, Brunch", [K1, K2, K3, K4, K5]),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "fraud", "investment scam videos and channel", [Y1, Y2, Y3, Y4]),
    ("KCSC-240905-04", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", "personal information exposure in galleries", [D1, D2, D3, D4]),
    ("KCSC-240906-05", "band", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "drug sale posts in BAND groups", [B1, B2, B3]),
    ("KCSC-240909-06", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "one cafe post", [M1]),
    ("KCSC-240910-07", "kakao", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "obscenity", "Daum cafe post and Kakao TV clip", [K6, K7]),
]


def mid(ref):
    return ref + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(text, html, boundary, text_cte="8bit", html_cte="8bit"):
    def body(s, cte):
        if cte == "base64":
            return b64(s)
        if cte == "quoted-printable":
            return qp(s)
        return s
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {text_cte}\n\n"
        f"{body(text, text_cte).rstrip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {html_cte}\n\n"
        f"{body(html, html_cte).rstrip()}\n\n"
        f"--{boundary}--\n"
    )


def h(s):
    """RFC 2047 B-encoded header word."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def gongmun_quote_request(ref, date_line, urls, prefix="> "):
    lines = [
        "수신: 귀사 정책 담당자",
        "제목: 불법정보 삭제 등 시정요구 (" + ref + ")",
        "",
        "1. 아래 정보는 정보통신망법 제44조의7에 해당하는 불법정보로 심의되었기에",
        "   해당 정보의 삭제를 요청합니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"   {i}. {u}")
    lines += ["", "2. 조치 결과를 처리 기한 내에 회신하여 주시기 바랍니다.", "",
              "방송통신심의위원회 통신심의국"]
    return date_line + "\n" + "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER
rows1 = [
    (N1, "삭제", "9.4. 조치"),
    (N2, "삭제", "9.4. 조치"),
    (N3, "해당 게시물 없음", "요청일 이전 작성자 삭제"),
    (N4, "임시조치(30일)", "카페 게시글 접근 제한"),
    (N5, "삭제", ""),
    (N6, "미조치", "불법성 미확인, 게시 유지"),
    (N7, "삭제", ""),
    (N8, "비공개 처리", ""),
    (N9, "삭제", "재생 불가 처리"),
    (N10, "URL 오류", "존재하지 않는 게시물"),
    (N11_RAW, "19세 이상 연령 제한", "청소년 열람 불가"),
    (N12, "삭제", ""),
]
table1 = "\n".join(f" {i:>2} | {u} | {r} | {n}".rstrip(" |") for i, (u, r, n) in enumerate(rows1, 1))
case(
    name="naver-gongmun-full-table",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h("[회신] 시정요구에 대한 조치결과 통보 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 심의 담당
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 노고에 감사드립니다.
2. 관련: 귀 위원회 시정요구 KCSC-240902-01 (2024. 9. 2.)
3. 위 호와 관련하여 당사 서비스 내 정보에 대하여 아래와 같이 조치하였음을
   알려드립니다.

                              - 아    래 -

 순번 | URL | 조치결과 | 비고
{table1}

4. 조치결과에 관하여 문의사항이 있으시면 정책지원 담당자에게 연락하여
   주시기 바랍니다.  끝.

네이버 주식회사
정책지원실 콘텐츠정책팀 (담당: 한도윤)
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a numbered text table",
    why="NAVER's authenticated reply lists every item of the request with its own result",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "restricted", N5: "removed",
           N6: "rejected", N7: "removed", N8: "removed", N9: "removed", N10: "not_found",
           N11: "restricted", N12: "removed"},
)

rows2 = [(N1, "게시중단(삭제)"), (N5, "게시중단(삭제)"), (N9, "삭제"),
         (N12, "임시조치 (30일간 열람 제한)")]
html2 = ("<html><body style=\"font-family:'Malgun Gothic'\">"
         "<p>안녕하세요. 네이버 고객센터 권리보호 담당자입니다.</p>"
         "<p>방송통신심의위원회 요청(KCSC-240902-01) 중 아래 게시물에 대한 처리 결과를 안내드립니다.</p>"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr>"
         + "".join(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{r}</td></tr>"
                   for i, (u, r) in enumerate(rows2, 1))
         + "</table><p>나머지 게시물은 처리 완료 후 별도 회신드리겠습니다.</p>"
         "<p>감사합니다.<br>네이버 고객센터 드림</p></body></html>")
text2 = ("안녕하세요. 네이버 고객센터 권리보호 담당자입니다.\n\n"
         "방송통신심의위원회 요청(KCSC-240902-01) 중 아래 게시물에 대한 처리 결과를 안내드립니다.\n\n"
         + "\n".join(f"{i}. {u}  - {r}" for i, (u, r) in enumerate(rows2, 1))
         + "\n\n나머지 게시물은 처리 완료 후 별도 회신드리겠습니다.\n\n감사합니다.\n네이버 고객센터 드림\n")
case(
    name="naver-html-table-partial",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    subject=h("[네이버 고객센터] 게시중단 요청 처리 결과 안내"),
    raw_mime=alt(text2, html2, "nv-b845-2a"),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre HTML result mail with a results table",
    why="four items named in a table with their results; the rest is a promise about unnamed items",
    items={N1: "removed", N5: "removed", N9: "removed", N12: "restricted"},
)

csv_rows = [
    ["번호", "신고URL", "처리결과", "처리일", "비고"],
    ["1", N3, "삭제", "2024-09-05", ""],
    ["2", N6, "블라인드", "2024-09-05", "카페 매니저 통보"],
    ["3", N7, "기삭제", "", "작성자가 요청 전 삭제"],
    ["4", N10, "유지", "", "운영정책 위반 사항 없음"],
    ["5", N11_RAW, "접근제한(국내)", "2024-09-06", ""],
]
cbuf = io.StringIO()
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8")).decode("ascii")
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 18:15:00 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h("RE: 불법정보 시정요구 (KCSC-240902-01) 처리 결과 회신"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="nv-b845-csv"\n\n'
        "--nv-b845-csv\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "담당자님 안녕하세요.\n\n"
        "KCSC-240902-01 건 중 추가로 처리된 5건의 결과를 첨부 파일로 회신드립니다.\n"
        "파일은 엑셀에서 바로 열 수 있는 CSV 형식입니다.\n\n"
        "네이버 정책지원실 드림\n\n"
        "--nv-b845-csv\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + csv_b64 + "\n--nv-b845-csv--\n"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="portal reply sending an Excel-style CSV 처리결과 list as attachment",
    why="the attached CSV gives each of five items its result (기삭제 = already deleted by author)",
    items={N3: "removed", N6: "removed", N7: "not_found", N10: "rejected", N11: "restricted"},
)

quoted1 = gongmun_quote_request(
    "KCSC-240902-01",
    "2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:",
    [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11_RAW, N12])
case(
    name="naver-top-posted-gmail-quote",
    date="Wed, 04 Sep 2024 09:31:27 +0900",
    **{"from": "rights@navercorp.com"},
    name_from=h("네이버 권리보호센터"),
    subject=h("Re: 불법정보 삭제 등 시정요구 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청 주신 건 중 아래 2건은 오늘 자로 삭제되었습니다.
{N3}
{N10}

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

권리보호센터 윤서하 드림

{quoted1}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted operator reply over the quoted 시정요구",
    why="two items named above the quote are deleted; the quoted request list is not a statement",
    items={N3: "removed", N10: "removed", N1: "pending", N4: "pending", N11: "pending"},
)

outlook_q = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Monday, September 2, 2024 10:00 AM",
    "To: policy-kr@navercorp.com",
    "Subject: 불법정보 삭제 등 시정요구 (KCSC-240902-01)",
    "",
    "아래 정보의 삭제를 요청합니다.",
    "",
] + [u for u in [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11_RAW, N12]] + [
    "", "조치 결과를 처리 기한 내에 회신하여 주시기 바랍니다.",
    "방송통신심의위원회 통신심의국"])
case(
    name="naver-outlook-original-message",
    date="Thu, 05 Sep 2024 15:48:03 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from="NAVER Policy",
    subject="RE: " + h("불법정보 삭제 등 시정요구 (KCSC-240902-01)"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
위원회 담당자님,

카페 게시글 2건 처리 결과 먼저 공유드립니다.

{N4} → 게시중단 완료
{N5} → 게시중단 완료

감사합니다.
NAVER 콘텐츠정책팀 정민재

{outlook_q}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with arrows above an unquoted -----Original Message----- block",
    why="two cafe posts taken down; the original request below the separator states nothing",
    items={N4: "removed", N5: "removed", N1: "pending", N2: "pending", N12: "pending"},
)

case(
    name="naver-receipt-with-one-result",
    date="Tue, 03 Sep 2024 17:20:55 +0900",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    subject=h("[네이버] 신고 접수 및 처리 안내 (KCSC-240902-01)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 신고가 정상적으로 접수되었습니다.
(접수번호: NV-2409-0031877)

이 중 {N1} 게시물은
금일 운영정책 위반으로 삭제 조치되었으며, 나머지 게시물은 담당 부서에서
순차적으로 검토하고 있습니다.

검토가 끝나는 대로 결과를 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticket receipt that also reports one finished item",
    why="an acknowledgement plus an unhedged deletion of one named post is a confirmation",
    items={N1: "removed"},
)

case(
    name="naver-wrapped-post-url",
    date="Mon, 09 Sep 2024 10:05:40 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h("KCSC-240902-01 포스트·지식iN 조치 결과"),
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

KCSC-240902-01 요청 건 가운데 포스트와 지식iN 게시물의 처리 결과입니다.

1) 네이버 포스트
   https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
   memberNo=5120331
   - 포스트 삭제 완료

2) 지식iN 질문
   {N7}
   - 청소년 유해 정보로 지정, 19세 이상 성인 인증 후에만 열람 가능하도록 제한

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER plain-text result mail whose long post URL was wrapped by the mail client",
    why="the post URL wraps onto the next line but is one URL; kin question age-restricted",
    items={N8: "removed", N7: "restricted"},
)

case(
    name="naver-single-request-no-url",
    date="Wed, 11 Sep 2024 14:12:09 +0900",
    **{"from": "cafe-policy@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    subject=h("Re: [KCSC-240909-06] 불법정보 삭제 요청"),
    reply_to_req=mid("KCSC-240909-06"),
    body="""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시글은 카페 운영정책 및 관련 법령 위반으로 확인되어
9월 11일 삭제 처리되었습니다.

추가 문의는 본 메일로 회신 주시기 바랍니다.
네이버 카페 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="short operator reply in the thread of a one-item request",
    why="the request has one item; the reply says the requested post was deleted",
    items={M1: "removed"},
)

case(
    name="naver-imsi-jochi-particle",
    date="Tue, 10 Sep 2024 16:30:00 +0900",
    **{"from": "rights@navercorp.com"},
    name_from=h("네이버 권리보호센터"),
    subject=h("[임시조치 안내] 요청하신 게시물에 대한 조치 결과"),
    body=f"""
방송통신심의위원회 담당자님께

{M1}에 대하여 정보통신망법 제44조의2에 따라
30일간 임시조치(열람 제한)하였습니다.

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라
처리되며, 그 결과는 다시 알려드리겠습니다.

네이버 권리보호센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 44조의2), URL followed by a Korean particle",
    why="임시조치 is a restriction; the URL is followed directly by 에 대하여",
    items={M1: "restricted"},
)

case(
    name="naver-promise-this-week",
    date="Wed, 04 Sep 2024 13:44:18 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h("RE: 시정요구 (KCSC-240902-01) 진행 상황"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 진행 상황 공유드립니다.

{N2} 및
{N12} 게시물은
내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.

조치가 완료되면 공문으로 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="interim progress mail from a portal policy team",
    why="'삭제 조치될 예정' is a promise, not a statement; named items stay pending",
    items={N2: "pending", N12: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Mon, 09 Sep 2024 17:55:31 +0900",
    **{"from": "policy-kr@navercorp.com"},
    name_from=h("네이버 정책지원"),
    subject=h("RE: KCSC-240902-01 조치 완료 보고"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""
담당자님 안녕하세요.

KCSC-240902-01로 요청하신 게시물 12건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원실
""",
    outcome="review",
    review="bulk",
    imitates="one-line 조치 완료 보고 for a whole request",
    why="a statement about all twelve items without naming any: bulk review, nothing applied",
    items={},
)

case(
    name="naver-dmarc-fail",
    date="Thu, 12 Sep 2024 02:14:51 +0900",
    **{"from": "policy-kr@navercorp.com"},
    auth="fail",
    name_from=h("네이버 정책지원"),
    subject=h("[긴급] KCSC-240902-01 처리 완료 확인"),
    body=f"""
안녕하세요.

요청하신 아래 게시물은 삭제되었습니다.
{N9}
{N1}

처리 확인서를 첨부 링크에서 내려받으시기 바랍니다.
http://naver-policy-docs.example/download?id=88213
""",
    outcome="review",
    review="untrusted",
    imitates="spoofed portal mail failing DMARC",
    why="claims from a NAVER domain that fails authentication are not applied",
    items={N9: "pending", N1: "pending"},
)

case(
    name="naver-asks-official-letter",
    date="Wed, 04 Sep 2024 10:22:37 +0900",
    **{"from": "legal@navercorp.com"},
    name_from=h("네이버 법무지원"),
    subject=h("RE: 시정요구 (KCSC-240902-01) 관련 자료 요청"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 법무지원팀입니다.

보내주신 시정요구 중 아래 2건은 게시물 내용만으로는 불법성 판단이 어려워
추가 자료를 요청드립니다.

  - {N6}
  - {N11_RAW}

위원회 심의 의결서 사본과 적용 법령 조항을 회신해 주시면, 자료를 받는
대로 검토하여 조치하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="portal legal team asking for the 심의 의결서 before acting",
    why="asks for documents; nothing is stated about the two items",
    items={N6: "pending", N11: "pending"},
)

case(
    name="naver-out-of-office",
    date="Tue, 03 Sep 2024 08:01:02 +0900",
    **{"from": "minjae.jung@navercorp.com"},
    name_from=h("정민재"),
    subject=h("[자동회신] 부재중입니다: 불법정보 삭제 등 시정요구 (KCSC-240902-01)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 정민재입니다.

9월 2일(월)부터 9월 6일(금)까지 해외 출장으로 메일 확인이 어렵습니다.
급한 용무는 콘텐츠정책팀 대표 메일(policy-kr@navercorp.com)로 보내주시기
바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="an out-of-office auto-reply states nothing",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-daum-cafe-blind-notice",
    date="Fri, 06 Sep 2024 11:40:00 +0900",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    subject=h("[Daum 카페] 권리침해 신고 처리 결과 안내 (KCSC-240903-02)"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 블라인드 처리
  {K1}
  {K2}
  → Daum 카페 운영정책(불법 투자 권유) 위반이 확인되어 블라인드 처리하였습니다.

■ 조치 불가
  {K5}
  → 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

처리 결과에 대한 문의는 카카오 고객센터(cs.kakao.example)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre 권리침해 신고 처리 결과 with grouped headings",
    why="two cafe posts blinded (removed), the Brunch post kept with a reason (rejected)",
    items={K1: "removed", K2: "removed", K5: "rejected"},
)

case(
    name="kakao-tistory-bullets",
    date="Thu, 05 Sep 2024 15:12:44 +0900",
    **{"from": "tistory-safety@kakaocorp.com"},
    name_from=h("티스토리 운영팀"),
    subject=h("Re: 시정요구 KCSC-240903-02 (티스토리)"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글 처리 결과입니다.

• {K3} : 게시글 삭제
• {K4} : 블로그 운영자가 이미 삭제한 글로 확인되어 조치 대상 없음

다른 서비스(Daum 카페, 브런치) 게시물은 담당 부서에서 따로 회신드립니다.

티스토리 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operator reply as a bulleted list",
    why="one post deleted, the other already deleted by its author (not_found)",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-gongmun-raw-korean-path",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책팀"),
    subject=h("[주식회사 카카오] 시정요구 조치결과 회신 (KCSC-240910-07)"),
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(KCSC-240910-07, 2024. 9. 10.)와 관련하여 당사의
   조치 결과를 다음과 같이 회신합니다.

  가. {K6_RAW}
      - 조치: 게시중단 (2024. 9. 12.)
  나. {K7}
      - 조치: 국내 접속 차단 (해외 이용자 대상 노출은 원저작권자 확인 중)

3. 기타 문의사항은 정책팀으로 연락 바랍니다.  끝.

주식회사 카카오 대표이사
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 공문 with 가/나 items; Daum cafe URL written with a raw Hangul path",
    why="cafe post taken down; Kakao TV clip blocked in Korea only (restricted)",
    items={K6: "removed", K7: "restricted"},
)

html_k = ("<div style=\"font-size:13px\"><p>안녕하세요. Daum 고객센터입니다.</p>"
          "<p>KCSC-240903-02 요청 건의 최종 처리 결과를 알려드립니다.</p>"
          "<table border=\"1\" cellspacing=\"0\"><thead><tr><th>게시물</th><th>결과</th><th>사유</th></tr></thead><tbody>"
          f"<tr><td>{K1}</td><td>삭제</td><td>불법 투자자문</td></tr>"
          f"<tr><td>{K2}</td><td>삭제</td><td>불법 투자자문</td></tr>"
          f"<tr><td>{K3}</td><td>삭제</td><td>허위 수익 광고</td></tr>"
          f"<tr><td>{K4}</td><td>정상 게시물</td><td>위반 사항 없음, 조치하지 않음</td></tr>"
          f"<tr><td>{K5}</td><td>게시물 없음</td><td>존재하지 않는 글</td></tr>"
          "</tbody></table><p>감사합니다.</p></div>")
case(
    name="kakao-base64-html-final",
    date="Tue, 10 Sep 2024 09:55:21 +0900",
    **{"from": "cs@daum.net"},
    name_from=h("Daum 고객센터"),
    subject=h("[Daum] 요청하신 게시물 처리 결과 (KCSC-240903-02)"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(html_k),
    outcome="applied",
    classification="confirmation",
    imitates="Daum customer-centre HTML-only mail, base64-encoded, with a results table",
    why="each of the five items has its own row and result",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "rejected", K5: "not_found"},
)

case(
    name="kakao-fullwidth-and-particles",
    date="Mon, 09 Sep 2024 14:33:08 +0900",
    **{"from": "brunch-cs@kakaocorp.com"},
    name_from=h("카카오 브런치팀"),
    subject=h("KCSC-240903-02 관련 회신드립니다"),
    body=f"""
위원회 담당자님 안녕하세요.

말씀하신 건 확인했습니다.

- {K1}（블라인드 처리 완료）
- {K5}의 경우 작가가 이미 글을 삭제하여 현재 존재하지 않습니다.

참고 부탁드립니다.
카카오 브런치팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal Kakao staff reply with full-width brackets and Korean particles after URLs",
    why="cafe post blinded (removed); Brunch post already deleted by its author (not_found)",
    items={K1: "removed", K5: "not_found"},
)

case(
    name="kakao-hedged-author-deleted",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    **{"from": "brunch-cs@kakaocorp.com"},
    name_from=h("카카오 브런치팀"),
    subject=h("RE: KCSC-240903-02 브런치 게시물 문의"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요.

{K5} 는 확인해 보니 작가가 직접 삭제한 것으로 보입니다.
다만 시스템 로그를 아직 확인하지 못해 정확한 처리 경위는 확인 후 다시
말씀드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="informal staff reply hedging on an author deletion",
    why="'삭제한 것으로 보입니다' is a hedge, not a statement",
    items={K5: "pending"},
)

case(
    name="kakao-cafe-manager-gmail",
    date="Fri, 13 Sep 2024 22:47:30 +0900",
    **{"from": "maruteo.manager2024@gmail.com"},
    auth="none",
    name_from=h("마루터 카페지기"),
    subject=h("방심위 요청 건 (KCSC-240910-07) 카페지기입니다"),
    body=f"""
안녕하세요 마루터 카페 매니저입니다.
카카오에서 연락 받고 메일 드립니다.

{K6_RAW}
이 글은 제가 매니저 권한으로 삭제했습니다. 회원 강퇴도 했구요.

앞으로 카페 관리 잘 하겠습니다. 확인 부탁드려요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="Daum cafe manager writing from a personal webmail address",
    why="not from any platform's domain; a person must judge it",
    items={K6: "pending"},
)

case(
    name="kakao-speaks-about-naver-cafe",
    date="Thu, 12 Sep 2024 16:01:59 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책팀"),
    subject=h("문의하신 게시물 관련 (KCSC-240909-06)"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청서에 기재된 {M1} 은
당사 서비스가 아닌 타사 카페 게시물로, 현재 접속 시 '삭제되었거나 존재하지
않는 게시물입니다'라는 안내가 표시됩니다.

당사 서비스의 게시물이 아니므로 별도 조치는 하지 않았습니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="portal answering a request misdirected to it about another portal's post",
    why="Kakao cannot state the status of a NAVER item",
    items={M1: "pending"},
)

case(
    name="kakao-ticket-receipt",
    date="Tue, 03 Sep 2024 10:31:02 +0900",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    subject=h("[카카오 고객센터] 문의가 접수되었습니다."),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 2409-118822
  접수일시 : 2024.09.03 10:31
  문의유형 : 권리침해 신고 > 불법정보

접수된 문의는 순서대로 확인하여 영업일 기준 3일 이내 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-centre 문의 접수 receipt",
    why="a pure receipt with a ticket number",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-ko-legal-outcome",
    date="Mon, 09 Sep 2024 20:03:11 +0900",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=h("YouTube 법률 지원팀"),
    subject=h("[YouTube] 법률 요청 처리 결과 안내 - KCSC-240904-03"),
    body=f"""
안녕하세요.

YouTube에 법률 요청을 보내주셔서 감사합니다. 검토 결과를 다음과 같이
알려드립니다.

대한민국 현지 법률에 따라 다음 동영상에 대한 대한민국 내 액세스를 차단했습니다.
{Y1}
{Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{Y3}

YouTube 법률 지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-request outcome mail in Korean (country block / guideline removal)",
    why="two videos blocked in Korea (restricted), one short removed globally",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated",
    date="Tue, 10 Sep 2024 03:12:40 +0900",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your legal request (KCSC-240904-03)",
    body=f"""
Hello,

Thank you for your report regarding the following channel:
{Y4_RAW}

After review, the channel has been terminated for violating YouTube's Terms of
Service. It is no longer available on YouTube.

You can learn more about our policies at https://support.youtube.example/policies

Sincerely,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube English outcome mail: channel terminated",
    why="the channel (Hangul handle) is terminated, i.e. removed; the policy link is no item",
    items={Y4: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    date="Wed, 11 Sep 2024 06:44:02 +0900",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240904-03] Legal complaint - outcome",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hi,

We've completed our review of the remaining URLs in your complaint.

{Y3}
We have age-restricted this content. It is only viewable by signed-in users
aged 18 or over.

{Y2}
We did not find this content to violate our policies or local law, so we are
not taking action on it at this time.

Regards,
Google Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google legal support English reply, URL line above each statement",
    why="the short is age-restricted (restricted); the video is declined with a reason (rejected)",
    items={Y3: "restricted", Y2: "rejected"},
)

qp_body = f"""안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고하신 동영상 {Y1} 은(는) 사기 및 기만행위에 관한
YouTube 정책 위반이 확인되어 삭제되었습니다.

감사합니다.
"""
case(
    name="yt-quoted-printable-ko",
    date="Thu, 12 Sep 2024 12:00:03 +0900",
    **{"from": "trust-safety-kr@google.com"},
    name_from=h("YouTube 신뢰 및 안전팀"),
    subject=h("신고하신 동영상 처리 결과 (KCSC-240904-03)"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korean removal notice sent as quoted-printable",
    why="one video removed for a policy violation",
    items={Y1: "removed"},
)

case(
    name="yt-notice-of-action-kr",
    date="Fri, 13 Sep 2024 09:20:51 +0900",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Notice of action taken - KCSC-240904-03",
    body=f"""
NOTICE OF ACTION TAKEN

Reference:       KCSC-240904-03
Content:         {Y2}
Decision:        Content blocked in: KR
Legal ground:    Local law (Republic of Korea)
Automated means: No
Date of action:  2024-09-12

The content remains available in other countries. If you have questions about
this decision, reply to this email.
""",
    outcome="applied",
    classification="confirmation",
    imitates="statement-of-reasons style 'Notice of action' with key: value fields",
    why="the video is blocked in Korea only: restricted",
    items={Y2: "restricted"},
)

case(
    name="yt-ko-declined-channel",
    date="Fri, 13 Sep 2024 18:45:00 +0900",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=h("YouTube 법률 지원팀"),
    subject=h("[YouTube] 법률 요청 검토 결과 - KCSC-240904-03"),
    body=f"""
안녕하세요.

요청하신 채널 {Y4_RAW} 에 대해 검토한 결과,
YouTube 커뮤니티 가이드 및 대한민국 현지 법률 위반 사항이 확인되지 않아
해당 채널에 대해서는 조치를 취하지 않았습니다.

추가 정보가 있으시면 법률 요청 양식을 통해 다시 제출해 주세요.

YouTube 법률 지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korean 'no action taken' legal outcome",
    why="the channel is kept with a reason: rejected",
    items={Y4: "rejected"},
)

case(
    name="yt-still-under-review",
    date="Mon, 09 Sep 2024 07:30:19 +0900",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240904-03] Legal complaint - status",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for following up. The following URLs are still under review by our
legal team:

  {Y1}
  {Y2}

We expect to complete our review shortly and will reach out once a decision
has been made.

Regards,
Google Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Google legal 'still under review' status reply",
    why="'under review' is no statement; two items named, nothing to apply",
    items={Y1: "pending", Y2: "pending"},
)

fwd = f"""위원회 담당자님,

아래 결과 메일이 위원회 대표 주소가 아닌 이전 담당자 주소로 발송되어
전달드립니다.

구글코리아 대외협력팀 김하린 드림

---------- Forwarded message ---------
From: YouTube Legal Support <legal-kr-noreply@google.com>
Date: 2024년 9월 10일 (화) 오후 4:02
Subject: [YouTube] 법률 요청 처리 결과 안내 - KCSC-240904-03
To: <old-officer@kcsc.example>

안녕하세요.

다음 동영상은 YouTube 정책 위반으로 삭제되었습니다.
{Y1}

YouTube 법률 지원팀 드림
"""
case(
    name="yt-forwarded-by-staff",
    date="Wed, 11 Sep 2024 10:14:37 +0900",
    **{"from": "harin.kim@google.com"},
    name_from=h("김하린"),
    subject="Fwd: " + h("[YouTube] 법률 요청 처리 결과 안내 - KCSC-240904-03"),
    body=fwd,
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Google Korea staff forwarding an outcome mail sent to an old address",
    why="the statement sits inside a forwarded message; a person confirms it",
    items={Y1: "pending"},
)

case(
    name="yt-legal-receipt",
    date="Wed, 04 Sep 2024 11:03:55 +0900",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="[5-4412000038121] We received your legal request",
    body="""
Hello,

Thanks for contacting YouTube. This is an automated confirmation that we
have received your legal request (reference 5-4412000038121).

Our team will review it and get back to you. Please do not reply to this
message; if you need to add information, use the same form and quote the
reference number above.

Regards,
Google Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal request automated receipt with a case number",
    why="a pure receipt; 'will review' promises nothing about an item",
    items={},
)

# ================================================================ DC Inside
case(
    name="dc-operator-informal-arrows",
    date="Fri, 06 Sep 2024 19:22:10 +0900",
    **{"from": "oper@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("답변) KCSC-240905-04 삭제 요청 건"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 건 처리 결과 알려드립니다.

{D1} → 삭제
{D2} → 삭제
{D3} → 이미 작성자가 지운 글입니다
{D4} → 개인정보 노출 확인 안 되어 유지합니다

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply, one arrow line per URL",
    why="two deleted, one already deleted by its author, one kept with a reason",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

case(
    name="dc-url-then-status-line",
    date="Mon, 09 Sep 2024 11:48:36 +0900",
    **{"from": "oper@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("[디시인사이드] 코인 마이너 갤러리 게시물 처리"),
    body=f"""
KCSC-240905-04 관련입니다.

{D2}
삭제완료

{D3}
삭제완료 (해당 갤러리 매니저에게도 통보함)

이상입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse operator reply, bare URL with the status on the next line",
    why="both gallery posts deleted",
    items={D2: "removed", D3: "removed"},
)

case(
    name="dc-angle-brackets-fullwidth-colon",
    date="Tue, 10 Sep 2024 15:05:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("Re: 개인정보 노출 게시물 삭제 요청 (KCSC-240905-04)"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
위원회 담당자님께,

<{D2}>：삭제 처리하였습니다.
<{D1}>：게시물 내용이 특정인의 개인정보가 아닌 공개된 기업 정보로
판단되어 삭제하지 않습니다.

디시인사이드 신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 신고센터 reply with URLs in angle brackets and full-width colons",
    why="one deleted; one refused with its reason (rejected)",
    items={D2: "removed", D1: "rejected"},
)

dc_tbl = "\n".join([
    "┌────┬──────────────────────────────────────────────────────────────┬─────────────┬──────────┐",
    "│순번│ URL                                                          │ 조치결과    │ 조치일   │",
    "├────┼──────────────────────────────────────────────────────────────┼─────────────┼──────────┤",
    f"│ 1  │ {D1} │ 삭제        │ 9.11.    │",
    f"│ 2  │ {D2} │ 삭제        │ 9.11.    │",
    f"│ 3  │ {D3} │ 삭제        │ 9.11.    │",
    f"│ 4  │ {D4} │ 성인인증 후 열람(접근 제한) │ 9.11. │",
    "└────┴──────────────────────────────────────────────────────────────┴─────────────┴──────────┘",
])
case(
    name="dc-gongmun-box-table",
    date="Wed, 11 Sep 2024 17:00:00 +0900",
    **{"from": "legal@dcinside.com"},
    name_from=h("(주)디시인사이드"),
    subject=h("시정요구에 대한 조치결과 회신 [KCSC-240905-04]"),
    body=f"""
(주)디시인사이드

수신자: 방송통신심의위원회 위원장
제  목: 시정요구에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(KCSC-240905-04)에 따라 아래와 같이 조치하였음을
   회신합니다.

{dc_tbl}

붙임: 없음.  끝.

(주)디시인사이드 대표이사
""",
    outcome="applied",
    classification="confirmation",
    imitates="시정요구 조치결과 회신 공문 with a box-drawing table",
    why="three deletions and one adult-verification restriction, each in its own row",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "restricted"},
)

case(
    name="dc-bulk-all-deleted",
    date="Sat, 07 Sep 2024 01:12:48 +0900",
    **{"from": "oper@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("RE: KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body="""
신고하신 글 모두 삭제했습니다.
감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line operator reply for a whole four-item request",
    why="'모두 삭제' names no item and the request has four: bulk",
    items={},
)

case(
    name="dc-pending-author-explanation",
    date="Sun, 08 Sep 2024 13:27:02 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("Re: 개인정보 노출 게시물 삭제 요청 (KCSC-240905-04)"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 디시인사이드 신고센터입니다.

{D4}
위 게시물은 미니 갤러리 게시물이라 매니저와 작성자에게 소명 기회를
부여한 뒤 삭제 여부를 결정할 예정입니다. 소명이 없으면 7일 후 삭제됩니다.

결정되는 대로 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="community operator replying that a decision awaits the author's explanation",
    why="a conditional future deletion is no statement; item stays pending",
    items={D4: "pending"},
)

mdn = (
    'Content-Type: multipart/report; report-type=disposition-notification;\n'
    '\tboundary="dc-mdn-845"\n\n'
    "--dc-mdn-845\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    "읽음 확인: 다음 메시지를 읽었습니다.\n\n"
    "받는 사람: report@dcinside.com\n"
    "제목: 개인정보 노출 게시물 삭제 요청 (KCSC-240905-04)\n"
    "읽은 시간: 2024-09-05 오전 10:02\n\n"
    "--dc-mdn-845\nContent-Type: message/disposition-notification\n\n"
    "Reporting-UA: dcinside.com; Microsoft Outlook 16.0\n"
    "Final-Recipient: rfc822;report@dcinside.com\n"
    f"Original-Message-ID: <{mid('KCSC-240905-04')}@kcsc.example>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
    "--dc-mdn-845--\n"
)
case(
    name="dc-read-receipt",
    date="Thu, 05 Sep 2024 10:02:30 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("읽음: 개인정보 노출 게시물 삭제 요청 (KCSC-240905-04)"),
    raw_mime=mdn,
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="dc-chuseok-autoreply",
    date="Mon, 16 Sep 2024 00:00:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("[자동응답] 추석 연휴 기간 신고 처리 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 디시인사이드 신고센터입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안에는 신고 처리가 지연될 수 있습니다.
접수된 메일은 연휴 이후 순차적으로 확인하여 처리하겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="holiday (추석) auto-reply from a community's report desk",
    why="an auto-reply announcing holiday delays",
    items={},
)

# ================================================================ BAND
case(
    name="band-report-result",
    date="Wed, 11 Sep 2024 13:30:00 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=h("[BAND] 신고 처리 결과 안내 (KCSC-240906-05)"),
    body=f"""
안녕하세요, BAND 운영팀입니다.

신고해 주신 게시글에 대한 처리 결과를 안내해 드립니다.

[처리 결과]
1. {B1}
   - 마약류 판매 홍보 게시글로 확인되어 삭제하였습니다.
2. {B2}
   - 마약류 판매 홍보 게시글로 확인되어 삭제하였습니다.
3. {B3}
   - 해당 밴드는 이미 폐쇄되어 게시글을 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation
건강한 커뮤니티를 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 신고 처리 결과 notice with numbered items",
    why="two posts deleted, the third's band is already closed (not_found); policy link no item",
    items={B1: "removed", B2: "removed", B3: "not_found"},
)

case(
    name="band-echoed-report",
    date="Thu, 12 Sep 2024 09:08:44 +0900",
    **{"from": "safety@band.us"},
    name_from=h("BAND 안전센터"),
    subject=h("Re: 신고 접수 - 마약류 판매 게시글"),
    body=f"""
안녕하세요. BAND 안전센터입니다.

────────── 신고 내용 ──────────
신고 기관: 방송통신심의위원회 (KCSC-240906-05)
신고 유형: 불법 정보 > 마약류
신고 URL: {B2}
신고 사유: 마약류 판매 광고
──────────────────────────────

[처리 결과] 게시글 삭제 및 작성자 이용 정지

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND safety centre reply echoing the report form above the result",
    why="the echoed report names one post; the result line says it was deleted",
    items={B2: "removed"},
)

case(
    name="band-policy-newsletter",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "notice@band.us"},
    name_from="BAND",
    subject=h("[BAND] 운영정책 개정 안내"),
    body="""
안녕하세요, BAND입니다.

BAND 운영정책이 2024년 10월 1일부로 일부 개정됩니다.

- 불법 촬영물 등 유통 방지를 위한 신고 절차 개선
- 마약류 관련 게시물 제재 기준 명확화
- 공공기관 요청 처리 전담 창구 신설 (gov-request@band.us)

자세한 내용은 https://band.us/policy/notice/2024-10 에서 확인하실 수 있습니다.
""",
    outcome="review",
    review="no_claims",
    imitates="platform policy-change newsletter sent to registered agencies",
    why="trusted BAND mail naming no item and no request",
    items={},
)

case(
    name="band-receipt-echoing-url",
    date="Fri, 06 Sep 2024 14:05:33 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=h("[BAND] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
BAND 고객센터입니다.

아래 게시글에 대한 신고가 접수되었습니다.

 · 접수번호: BR-20240906-00417
 · 신고 대상: {B1}

신고 내용은 운영정책에 따라 검토되며, 처리 결과는 검토 완료 후
메일로 안내드립니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND automated report receipt echoing the reported post",
    why="a receipt that echoes the URL but states no result",
    items={B1: "pending"},
)

# ================================================================ bounce
dsn = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-845-x"

--dsn-845-x
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@kakaocorp.com>: host mx.kakaocorp.com[203.0.113.44] said:
    550 5.1.1 <policy-old@kakaocorp.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn-845-x
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:20:02 +0900

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-845-x
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: =?UTF-8?B?{base64.b64encode("불법정보 삭제 등 시정요구 (KCSC-240910-07)".encode()).decode()}?=
Message-ID: <{mid('KCSC-240910-07')}@kcsc.example>

--dsn-845-x--
"""
case(
    name="bounce-old-kakao-address",
    date="Tue, 10 Sep 2024 15:20:05 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 user unknown) for a request sent to a stale address",
    why="a delivery failure report",
    items={},
)


HEADER = """# blind845: Korean-language replies (NAVER, Kakao/Daum, YouTube Korea,
# DC Inside, BAND). Written by tests/corpus/blind845/make.py before any run of
# the reader; expected results come from each email's meaning alone.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
