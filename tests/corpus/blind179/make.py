#!/usr/bin/env python3
"""Blind set 179 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean (공문-style 조치결과 회신,
임시조치 notices, 시정요구 result tables, informal operator replies).

Written from each email's meaning before any run of the reader. Every
email, name, URL and id is fictional. Deterministic:

    python3 tests/corpus/blind179/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind179"

# ---------------------------------------------------------------- requests
TISTORY_KO = "https://pinecone-notes.tistory.com/entry/주식-리딩방-무료체험"
TISTORY_ENC = "https://pinecone-notes.tistory.com/entry/" + quote("주식-리딩방-무료체험")

A = [
    "https://blog.naver.com/moonlit_harbor77/223560011201",
    "https://blog.naver.com/moonlit_harbor77/223560011348",
    "https://blog.naver.com/greyfinch_09/223561204455",
    "https://cafe.naver.com/quietriverbet/18842",
    "https://cafe.naver.com/quietriverbet/18907",
    "https://cafe.naver.com/quietriverbet/19015",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40505&docId=471230558",
    "https://blog.naver.com/tealpine_lab/223563390012",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38811204&memberNo=55120931",
    "https://blog.naver.com/PostView.naver?blogId=ssal_gage&logNo=223564100077",
    "https://in.naver.com/sunbeam_kor/contents/internal/661203349912",
    "https://m.blog.naver.com/greyfinch_09/223561298830",
]
B = [
    "https://cafe.daum.net/hanbit_tradeclub/Jx3b/1288",
    "https://cafe.daum.net/hanbit_tradeclub/Jx3b/1302",
    TISTORY_ENC,
    "https://pinecone-notes.tistory.com/88",
]
C = [
    "https://www.youtube.com/watch?v=q7Rb2LmXo4k",
    "https://www.youtube.com/watch?v=Zt03hVnPe1s",
    "https://www.youtube.com/shorts/Kd8wP1xYq2M",
    "https://www.youtube.com/watch?v=mB5uN0rE7tA",
    "https://www.youtube.com/@haneul_signal_tv",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk_kr&no=448812",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk_kr&no=449027",
]
E = [
    "https://band.us/band/81234567/post/2211",
    "https://band.us/band/81234567/post/2254",
]
F = ["https://blog.naver.com/silverkite_22/223570044581"]
G = ["https://cafe.daum.net/bluewhale_fx/LmQe/560"]

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", A, "gambling"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", B, "investment_fraud"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", C, "scam"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T14:05:00+09:00", "2024-09-16T23:59:59+09:00", D, "illegal_finance"),
    ("KCSC-240910-05", "band", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00", E, "illegal_drugs"),
    ("KCSC-240911-06", "naver", "2024-09-11T10:10:00+09:00", "2024-09-18T23:59:59+09:00", F, "gambling"),
    ("KCSC-240912-07", "kakao", "2024-09-12T13:30:00+09:00", "2024-09-19T23:59:59+09:00", G, "illegal_finance"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req-{ref}@kcsc.example", "blind179"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded word for a Korean header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part_b64(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text)}")


def part_qp(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}")


def multipart(sub, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def request_text(ref, urls, due):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 「정보통신에 관한 심의규정」에 따라 불법정보로 심의·의결되었으므로",
        f"시정요구(해당 정보의 삭제 또는 접속차단)하오니, {due}까지 조치하고",
        "그 결과를 이 메일로 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 (takedown@kcsc.example)"]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


NAVER_POLICY = "https://policy.naver.com/rules/service.html"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
# 1. 공문-style full result table for the 12-item NAVER request.
rows = [
    ("삭제", A[0]), ("삭제", A[1]), ("게시물 없음(작성자 삭제)", A[2]),
    ("게시중단", A[3]), ("임시조치(30일)", A[4]), ("조치불가(위반사항 미확인)", A[5]),
    ("삭제", A[6]), ("블라인드", A[7]), ("해당 URL 없음", A[8]),
    ("삭제", A[9]), ("국내 접속 제한", A[10]), ("비공개 처리", A[11]),
]
table = [" 연번 | URL | 조치결과", "------+-----+---------"]
for i, (st, u) in enumerate(rows, 1):
    table.append(f" {i:>3}  | {u} | {st}")
case(
    name="naver-gongmun-full-result-table",
    date="Fri, 06 Sep 2024 17:12:40 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보"),
    reply_to_req="req-KCSC-240902-01",
    body="\n".join([
        "수  신: 방송통신심의위원회 통신심의국",
        "제  목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신",
        "",
        "1. 귀 위원회의 무궁한 발전을 기원합니다.",
        "2. 귀 위원회가 2024. 9. 2. 요청한 시정요구(요청번호 KCSC-240902-01)와 관련하여",
        "   당사의 조치결과를 아래와 같이 회신합니다.",
        "",
        "                          - 아  래 -",
        "",
        *table,
        "",
        "3. 연번 6은 게시물 내용을 확인하였으나 도박 사이트 홍보나 연결 링크가 확인되지",
        "   않아 게시를 유지하였습니다.",
        f"4. 당사 운영정책은 {NAVER_POLICY} 에서 확인하실 수 있습니다.  끝.",
        "",
        "네이버 주식회사 정책지원팀",
        "담당: 김서윤 매니저 (policy@navercorp.com)",
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 회신 with a 연번/URL/조치결과 text table",
    why="every row names its URL and a result; 삭제/게시중단/블라인드/비공개 removed, 임시조치/국내 접속 제한 restricted, 조치불가 rejected, 작성자 삭제/URL 없음 not_found",
    items={A[0]: "removed", A[1]: "removed", A[2]: "not_found", A[3]: "removed",
           A[4]: "restricted", A[5]: "rejected", A[6]: "removed", A[7]: "removed",
           A[8]: "not_found", A[9]: "removed", A[10]: "restricted", A[11]: "removed"},
)

# 2. NAVER help-centre HTML table, quoted-printable, first five items.
html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01) 중 먼저 확인이 끝난 건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td><a href="{A[0]}">{A[0]}</a></td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td><a href="{A[1]}">{A[1]}</a></td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td><a href="{A[2]}">{A[2]}</a></td><td>작성자가 이미 삭제한 게시물</td><td>-</td></tr>
<tr><td><a href="{A[3]}">{A[3]}</a></td><td>임시조치 (30일간 접근 제한)</td><td>2024.09.04</td></tr>
<tr><td><a href="{A[4]}">{A[4]}</a></td><td>조치하지 않음 (카페 운영원칙 위반 아님)</td><td>2024.09.04</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>네이버 고객센터 드림<br><a href="https://help.naver.com/">https://help.naver.com/</a></p>
</body></html>
"""
case(
    name="naver-help-html-table-qp",
    date="Wed, 04 Sep 2024 18:03:11 +0900",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    raw_mime=part_qp(html, "html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 요청 처리 결과 HTML notice (quoted-printable)",
    why="HTML table row per URL: two 삭제, one already deleted by the author, one 임시조치, one kept as not violating",
    items={A[0]: "removed", A[1]: "removed", A[2]: "not_found", A[3]: "restricted", A[4]: "rejected"},
)

# 3. CSV attachment with the remaining seven rows.
csvbuf = io.StringIO()
cw = csv.writer(csvbuf, lineterminator="\r\n")
cw.writerow(["연번", "URL", "조치결과", "조치일시"])
for i, (u, st, t) in enumerate([
    (A[5], "게시 유지(위반 아님)", "2024-09-05 11:02"),
    (A[6], "삭제", "2024-09-05 11:05"),
    (A[7], "블라인드", "2024-09-05 11:07"),
    (A[8], "게시물 없음", "-"),
    (A[9], "19세 이상 열람 제한", "2024-09-05 11:15"),
    (A[10], "국내 접속 차단", "2024-09-05 11:20"),
    (A[11], "게시중단", "2024-09-05 11:22"),
], 6):
    cw.writerow([i, u, st, t])
csv_bytes = ("\ufeff" + csvbuf.getvalue()).encode("utf-8")
case(
    name="naver-result-csv-attachment",
    date="Thu, 05 Sep 2024 13:40:27 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01 - 2차 조치결과"),
    reply_to_req="req-KCSC-240902-01",
    raw_mime=multipart("mixed", "==NV_20240905_b3f1==", [
        part_b64("안녕하세요, 네이버 정책지원팀입니다.\n\n"
                 "요청번호 KCSC-240902-01 건 중 남은 7건(연번 6~12)의 조치결과를\n"
                 "첨부 파일로 보내드립니다. 확인 부탁드립니다.\n\n"
                 "네이버 정책지원팀 드림\n"),
        "Content-Type: text/csv; charset=utf-8; name=\"result_KCSC-240902-01.csv\"\n"
        "Content-Disposition: attachment; filename=\"result_KCSC-240902-01.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(csv_bytes).decode("ascii"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment (UTF-8 with BOM, Excel export)",
    why="one CSV row per URL: 게시 유지 rejected, 삭제/블라인드/게시중단 removed, 게시물 없음 not_found, 19세 이상 열람 제한 and 국내 접속 차단 restricted",
    items={A[5]: "rejected", A[6]: "removed", A[7]: "removed", A[8]: "not_found",
           A[9]: "restricted", A[10]: "restricted", A[11]: "removed"},
)

# 4. Prose: two posts blinded, the rest "being checked" without naming them.
case(
    name="naver-blog-two-blinded-prose",
    date="Tue, 03 Sep 2024 16:25:09 +0900",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-KCSC-240902-01",
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청번호 KCSC-240902-01 관련하여 먼저 확인이 끝난 2건을 안내드립니다.

아래 두 게시물은 블로그 운영정책(불법 도박 홍보) 위반으로 블라인드 처리하였습니다.

- {A[2]}
- {A[7]}

나머지 게시물은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
네이버 블로그 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team informal reply: 블라인드 처리 for part of a request, rest still being checked",
    why="two listed URLs blinded (removed); the unnamed rest stays pending and is not bulk-applied",
    items={A[2]: "removed", A[7]: "removed"},
)

# 5. 임시조치 notice for the one-item request.
case(
    name="naver-temporary-measure-notice",
    date="Thu, 12 Sep 2024 15:48:00 +0900",
    **{"from": "noreply_right@naver.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    subject=enc("[네이버] 게시물 임시조치 처리 안내 (KCSC-240911-06)"),
    body=f"""방송통신심의위원회 담당자님, 안녕하세요.
네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 아래와 같이 임시조치하였음을 알려드립니다.

■ 요청번호 : KCSC-240911-06
■ 대상 게시물 : {F[0]}
■ 조치 내용 : 임시조치 (게시물 접근 차단, 30일)
■ 조치 기간 : 2024.09.12 ~ 2024.10.11

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리되며,
그 결과는 다시 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="a trusted statement that the one requested post is under 임시조치 (30-day access block): restricted",
    items={F[0]: "restricted"},
)

# 6. One-item request, no URL: the sole statement applies.
case(
    name="naver-sole-statement-no-url",
    date="Fri, 13 Sep 2024 09:21:44 +0900",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240911-06"),
    reply_to_req="req-KCSC-240911-06",
    body="""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물은 운영정책에 따라 오늘 오전 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER operator reply in the request's thread without repeating the URL",
    why="reply to a one-item request stating the post was deleted: applies to its only item",
    items={F[0]: "removed"},
)

# 7. Base64 공문 with 가/나/다 items.
case(
    name="naver-gongmun-base64-second-reply",
    date="Sat, 07 Sep 2024 10:02:51 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("시정요구 조치결과 회신(2차) - KCSC-240902-01"),
    raw_mime=part_b64(f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신(2차)

1. 관련: 귀 위원회 시정요구(요청번호 KCSC-240902-01, 2024. 9. 2.)
2. 위 시정요구 중 아래 3건에 대한 당사의 조치결과를 회신합니다.

  가. {A[6]}
      : 지식iN 질문 및 답변 삭제 완료 (2024. 9. 6.)
  나. {A[8]}
      : 해당 포스트가 존재하지 않습니다 (URL 확인 결과 게시물 없음)
  다. {A[10]}
      : 국내 IP에서의 접근 차단 조치 (2024. 9. 6.)

3. 기타 문의사항은 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀 김서윤
"""),
    outcome="applied", classification="confirmation",
    imitates="공문-style 조치결과 회신 (2차) with 가/나/다 items, base64 text/plain",
    why="each lettered item gives its URL and result on the next line: 삭제 removed, 존재하지 않음 not_found, 국내 접근 차단 restricted",
    items={A[6]: "removed", A[8]: "not_found", A[10]: "restricted"},
)

# 8. Top-posted Gmail-style reply over the quoted request.
req_a = request_text("KCSC-240902-01", A, "2024. 9. 9.")
case(
    name="naver-cafe-top-posted-over-request",
    date="Wed, 04 Sep 2024 11:47:30 +0900",
    **{"from": "cafe_safety@naver.com"},
    name_from=enc("네이버 카페 운영팀 이하은"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-KCSC-240902-01",
    body=f"""담당자님 안녕하세요.
카페 게시물 3건 확인 결과 공유드립니다.

{A[3]} , {A[4]} 두 건은 카페 운영원칙(사행성 홍보) 위반으로 삭제했습니다.
{A[5]} 는 일반 경기 후기 글이어서 위반 사항이 없어 그대로 두었습니다.

블로그·지식iN 등 그 외 건은 각 서비스 담당자가 따로 회신드릴 예정입니다.

이하은 드림
네이버 카페 운영팀

2024년 9월 2일 (월) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(req_a)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a NAVER Cafe operator over the quoted 시정요구",
    why="own lines: two cafe posts deleted, one kept as not violating; the other URLs appear only in the quoted request and stay pending",
    items={A[3]: "removed", A[4]: "removed", A[5]: "rejected", A[0]: "pending", A[11]: "pending"},
)

# 9. Kakao 권리침해신고센터 임시조치 notice for two Daum cafe posts.
case(
    name="kakao-daum-cafe-temporary-measure",
    date="Wed, 04 Sep 2024 14:10:05 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    subject=enc("[Daum 카페] 게시물 임시조치 안내 (KCSC-240903-02)"),
    reply_to_req="req-KCSC-240903-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240903-02)에 대해
아래와 같이 임시조치하였습니다. 임시조치된 게시물은 30일간 다른 이용자에게
보이지 않으며, 게시물 자리에 임시조치 사실이 표시됩니다.

1) {B[0]}
2) {B[1]}

조치일: 2024년 9월 4일

요청 게시물 중 티스토리 게시글은 티스토리 운영팀에서 확인 후 회신할 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30일 임시조치 notice",
    why="both listed cafe posts put under 임시조치 (30-day access block): restricted; Tistory items only promised",
    items={B[0]: "restricted", B[1]: "restricted"},
)

# 10. Tistory reply: raw Korean path, full-width brackets, particle after URL.
case(
    name="kakao-tistory-korean-path-particles",
    date="Thu, 05 Sep 2024 10:33:58 +0900",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240903-02 (티스토리)"),
    reply_to_req="req-KCSC-240903-02",
    body=f"""안녕하세요, 티스토리 운영팀입니다.
요청하신 티스토리 게시글 2건의 처리 결과를 알려드립니다.

1) 첫 번째 글
   {TISTORY_KO}
   → 운영정책(불법 금융투자 권유) 위반으로 비공개 처리하였습니다.

2) 두 번째 글（{B[3]}）은 블로그 운영자가 이미 삭제하여 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply with a raw Hangul path and full-width brackets",
    why="the raw Korean path matches the percent-encoded item (비공개 처리: removed); the second post was already deleted by its author: not_found",
    items={B[2]: "removed", B[3]: "not_found"},
)

# 11. Daum 고객센터 numbered list, all four items.
case(
    name="kakao-numbered-list-four-results",
    date="Fri, 06 Sep 2024 15:20:13 +0900",
    **{"from": "cs@daum.net"},
    name_from=enc("Daum 고객센터"),
    subject=enc("[Daum] 요청하신 게시물 처리 결과 안내"),
    body=f"""안녕하세요. Daum 고객센터입니다.
방송통신심의위원회 요청번호 KCSC-240903-02의 처리 결과를 안내드립니다.

1. {B[0]}
   - 처리결과: 게시물 블라인드

2. {B[1]}
   - 처리결과: 게시물 삭제 및 작성자 이용제한

3. {B[2]}
   - 처리결과: 조치 불가 - 주식 투자 경험을 공유한 글로, 운영정책 위반 사항이 확인되지 않았습니다.

4. {B[3]}
   - 처리결과: 존재하지 않는 게시물

더 궁금하신 점은 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 처리 결과 안내 with a numbered list and '- 처리결과:' lines",
    why="each numbered URL has its result line: 블라인드 and 삭제 removed, 조치 불가 with reason rejected, 존재하지 않는 게시물 not_found",
    items={B[0]: "removed", B[1]: "removed", B[2]: "rejected", B[3]: "not_found"},
)

# 12. Kakao 공문: one-item request, deleted.
case(
    name="kakao-gongmun-single-deleted",
    date="Fri, 13 Sep 2024 17:55:31 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 대외협력팀"),
    subject=enc("시정요구 조치결과 회신 (KCSC-240912-07)"),
    reply_to_req="req-KCSC-240912-07",
    body=f"""수신: 방송통신심의위원회 통신심의국
제목: 시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(2024. 9. 12., 요청번호 KCSC-240912-07)와 관련입니다.
3. 당사는 요청하신 Daum 카페 게시물
   ({G[0]})을 2024. 9. 13. 삭제하였으며,
   해당 카페에 대해서도 운영정책에 따른 이용제한 조치를 하였음을 회신합니다.  끝.

주식회사 카카오 대외협력팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 시정요구 조치결과 회신",
    why="names the one requested post (in brackets, followed by the particle 을) and states it was deleted",
    items={G[0]: "removed"},
)

# 13. Kakao informal: one-item request kept with its reason.
case(
    name="kakao-single-kept-with-reason",
    date="Fri, 13 Sep 2024 11:08:16 +0900",
    **{"from": "cafe_cs@kakaocorp.com"},
    name_from=enc("Daum 카페 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240912-07"),
    reply_to_req="req-KCSC-240912-07",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 {G[0]} 을 검토하였습니다.
해당 글은 환율 흐름에 대한 개인 의견을 적은 글로, 불법 금융 영업이나 유사수신
권유로 보기 어려워 운영정책상 게시물을 유지하기로 하였습니다.

판단에 참고할 다른 자료가 있으시면 언제든지 알려주세요.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator refusal with reason (게시물 유지)",
    why="a reasoned decision to keep the named post up: rejected; the closing offer to look at more material is no request for information",
    items={G[0]: "rejected"},
)

# 14. YouTube Korea legal outcome in Korean, two headings.
case(
    name="yt-korean-legal-outcome-two-headings",
    date="Mon, 09 Sep 2024 08:14:37 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 법적 요청 처리 결과 - KCSC-240905-03"),
    body=f"""안녕하세요.

방송통신심의위원회의 요청(KCSC-240905-03)을 검토했습니다.

검토 결과, 다음 콘텐츠는 현지 법률 위반으로 판단되어 대한민국 내에서
액세스를 차단했습니다.

- {C[0]}
- {C[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드(사기, 현혹 행위 및 스팸) 위반으로
삭제되었습니다.

- {C[2]}

요청하신 나머지 URL은 검토가 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (Korean localisation): local block vs. guideline removal",
    why="two videos blocked in Korea (restricted), one Short removed under the guidelines; the rest only promised",
    items={C[0]: "restricted", C[1]: "restricted", C[2]: "removed"},
)

# 15. YouTube in English: geo-block and channel termination; policy link is no item.
case(
    name="yt-english-geoblock-and-termination",
    date="Tue, 10 Sep 2024 02:41:09 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240905-03 - Legal request outcome",
    reply_to_req="req-KCSC-240905-03",
    body=f"""Hello,

Thank you for your notice regarding KCSC-240905-03.

After review, we have restricted access to the following video in South Korea
based on local law:
{C[3]}

In addition, the channel {C[4]} has been terminated for repeated
violations of our Spam, deceptive practices and scams policies.

You can read more about these policies at
https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome in English (local-law restriction, channel termination)",
    why="video withheld in South Korea (restricted, URL on the line below), channel terminated (removed); the help link is not an item",
    items={C[3]: "restricted", C[4]: "removed"},
)

# 16. YouTube age restriction, one item of five.
case(
    name="yt-age-restriction-korean",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 요청하신 동영상에 대한 조치 안내 (KCSC-240905-03)"),
    body=f"""안녕하세요.

요청하신 동영상 {C[1]} 에 연령 제한을 적용했습니다.
이 동영상은 이제 로그아웃한 사용자와 만 18세 미만 사용자에게 표시되지 않습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (Korean)",
    why="age restriction on one named video: restricted",
    items={C[1]: "restricted"},
)

# 17. YouTube quoted-printable: kept, and already deleted by the uploader.
case(
    name="yt-qp-not-violating-and-uploader-deleted",
    date="Thu, 12 Sep 2024 07:55:22 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 법적 요청 검토 결과 - KCSC-240905-03"),
    raw_mime=part_qp(f"""안녕하세요.

KCSC-240905-03 요청에 대한 검토 결과를 아래와 같이 알려드립니다.

• {C[3]} — 콘텐츠를 검토했으나 YouTube 정책이나 현지 법률을 위반하는 것으로 확인되지 않아 별도의 조치를 취하지 않았습니다.

• {C[0]} — 업로더가 이미 삭제하여 더 이상 YouTube에서 볼 수 없는 동영상입니다.

감사합니다.
YouTube 법무팀
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal review outcome: no action (not violating) and video already removed by uploader; quoted-printable",
    why="one video kept as not violating (rejected), one already deleted by its uploader (not_found)",
    items={C[3]: "rejected", C[0]: "not_found"},
)

# 18. DC Inside operator, informal.
case(
    name="dc-operator-informal-three",
    date="Tue, 10 Sep 2024 13:02:47 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240909-04"),
    reply_to_req="req-KCSC-240909-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

보내주신 3건 확인했습니다.

주식 갤러리 글({D[0]})하고
코인 마이너 갤러리 448812번 글({D[1]})은 삭제했고요,

{D[2]}
이건 들어가 보니 작성자가 이미 지운 상태였습니다.

작성 IP는 차단해 두었습니다. 수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply to a 시정요구",
    why="two posts deleted, the third already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

# 19. DC Inside bare URLs with the status on the line below.
case(
    name="dc-bare-urls-arrow-status",
    date="Wed, 11 Sep 2024 10:17:05 +0900",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드"),
    subject=enc("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240909-04)"),
    body=f"""[디시인사이드] 게시물 삭제 요청 처리 결과

요청번호: KCSC-240909-04

{D[0]}
→ 삭제 완료

{D[1]}
→ 삭제 완료

{D[2]}
→ 미삭제 (갤러리 운영 규정 및 이용약관 위반 사항 없음)

처리일: 2024-09-11
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 게시물 삭제 요청 처리 결과 (bare URL, arrow status below)",
    why="status on the line under each URL: two 삭제 완료, one 미삭제 with its reason (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
)

# 20. DC Inside, URL in angle brackets, Outlook-quoted request below.
req_d = request_text("KCSC-240909-04", D, "2024. 9. 16.")
case(
    name="dc-angle-bracket-outlook-quote",
    date="Tue, 10 Sep 2024 09:44:51 +0900",
    **{"from": "manager@dcinside.com"},
    name_from=enc("디시인사이드 관리자"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240909-04"),
    reply_to_req="req-KCSC-240909-04",
    body=f"""안녕하세요.

<{D[1]}> 게시물은 운영자 권한으로 삭제하였습니다.
나머지 두 건은 확인 후 다시 말씀드리겠습니다.

디시인사이드 관리자 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:05 PM
To: cs@dcinside.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240909-04

{chr(10).join(req_d)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and a URL in angle brackets",
    why="own line: the bracketed post was deleted by the operator (운영자 삭제); the two others appear only in the quoted request and stay pending",
    items={D[1]: "removed", D[0]: "pending", D[2]: "pending"},
)

# 21. BAND: both posts named, both deleted.
case(
    name="band-two-posts-deleted-listed",
    date="Wed, 11 Sep 2024 14:36:29 +0900",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc("[BAND] 신고하신 게시글 처리 결과 안내"),
    body=f"""안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 신고해 주신 밴드 게시글(KCSC-240910-05)을 확인하였으며,
아래 두 게시글 모두 운영정책(불법 상품 판매) 위반으로 삭제 처리하였습니다.

- {E[0]}
- {E[1]}

해당 밴드의 리더에게도 운영정책 위반 사실을 안내하였습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 안내 listing each post",
    why="'both deleted' with each URL listed under the statement: item-level, both removed",
    items={E[0]: "removed", E[1]: "removed"},
)

# 22. BAND: colon lines, mixed.
case(
    name="band-colon-lines-mixed",
    date="Thu, 12 Sep 2024 10:05:44 +0900",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 운영정책팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240910-05"),
    reply_to_req="req-KCSC-240910-05",
    body=f"""안녕하세요. BAND 운영정책팀입니다.
요청하신 게시글의 처리 결과입니다.

{E[0]} : 게시글 삭제 및 작성 멤버 이용 제한
{E[1]} : 이미 삭제되었거나 존재하지 않는 게시글입니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영정책팀 short result list 'URL : 결과'",
    why="one post deleted, the other already gone / not existing: not_found",
    items={E[0]: "removed", E[1]: "not_found"},
)

# 23. NAVER: statement first, URL on the line below.
case(
    name="naver-statement-then-url-below",
    date="Thu, 05 Sep 2024 19:12:02 +0900",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버] 요청하신 게시물 처리 결과 (KCSC-240902-01)"),
    body=f"""안녕하세요. 네이버 고객센터입니다.
요청번호 KCSC-240902-01 중 2건에 대한 처리 결과를 안내드립니다.

아래 게시물은 게시중단 처리되었습니다.
{A[11]}

아래 게시물은 청소년에게 유해한 내용이 포함되어 있어 19세 미만 이용자의 열람을 제한하였습니다.
{A[9]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 result notice with '아래 게시물은 …' sentences above each URL",
    why="게시중단 (removed) for the mobile blog URL; 19세 미만 열람 제한 is an age restriction (restricted)",
    items={A[11]: "removed", A[9]: "restricted"},
)

# 24. Receipt phrase plus an unhedged statement about one item.
case(
    name="naver-receipt-plus-one-deleted",
    date="Mon, 02 Sep 2024 15:31:20 +0900",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의 접수 안내"),
    reply_to_req="req-KCSC-240902-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호: 2409-NV-558120)

참고로 요청하신 게시물 중 {A[1]} 은
이미 삭제 조치가 완료된 상태입니다.
나머지 게시물은 담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 문의 접수 안내 that also reports one item already deleted",
    why="an acknowledgement phrase plus an unhedged item-level statement (삭제 조치 완료): not a pure acknowledgement",
    items={A[1]: "removed"},
)

# 25. Angle-bracketed URLs wrapped over two lines.
case(
    name="naver-wrapped-angle-urls",
    date="Fri, 06 Sep 2024 09:58:36 +0900",
    **{"from": "kin_help@naver.com"},
    name_from=enc("네이버 지식iN 운영팀"),
    subject=enc("RE: 시정요구 KCSC-240902-01 (지식iN/포스트)"),
    reply_to_req="req-KCSC-240902-01",
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 게시물과 네이버 포스트 게시물, 아래 두 건을 삭제하였습니다.

  <https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40505&
  docId=471230558>
  <https://post.naver.com/viewer/postView.naver?volumeNo=38811204&
  memberNo=55120931>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose client wrapped long URLs inside angle brackets",
    why="both wrapped URLs, rejoined inside their brackets, are the requested items; statement '삭제하였습니다' covers the two listed",
    items={A[6]: "removed", A[8]: "removed"},
)

# 26. YouTube HTML: channel terminated, Short not found.
case(
    name="yt-html-channel-closed-short-missing",
    date="Fri, 13 Sep 2024 06:20:48 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 법적 요청 처리 결과 - KCSC-240905-03"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요.</p>
<p>KCSC-240905-03 요청과 관련하여 추가 결과를 알려드립니다.</p>
<p>YouTube 채널 <a href="{C[4]}">{C[4]}</a> 은(는) 사기, 현혹 행위 및 스팸에 관한 정책을 반복적으로 위반하여 폐쇄되었습니다.</p>
<p>요청하신 Shorts 동영상 <a href="{C[2]}">{C[2]}</a> 은(는) 찾을 수 없습니다. 존재하지 않는 동영상입니다.</p>
<p>자세한 내용은 <a href="https://support.google.com/youtube/answer/2802168">YouTube 고객센터</a>를 참고하세요.</p>
<p>YouTube 법무팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome (Korean): channel terminated, video not found",
    why="channel closed (removed); Short cannot be found (not_found); help link is no item",
    items={C[4]: "removed", C[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-after-review",
    date="Tue, 03 Sep 2024 10:44:19 +0900",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-KCSC-240902-01",
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 아래 게시물은 현재 내부 검토 중이며, 운영정책 위반이 확인되면
삭제 조치할 예정입니다.

- {A[0]}
- {A[1]}

검토가 끝나면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER operator interim reply: 검토 중, 위반 확인 시 삭제 예정",
    why="names two items but only says they are under review and will be deleted if a violation is found: a promise, no status",
    items={A[0]: "pending", A[1]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Thu, 05 Sep 2024 16:02:33 +0900",
    **{"from": "cafe_cs@kakaocorp.com"},
    name_from=enc("Daum 카페 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    reply_to_req="req-KCSC-240903-02",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {B[1]} 게시물은
이미 삭제된 것으로 보입니다. 정확한 처리 내역은 권리침해신고센터에 확인 중이니
확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator's tentative reply ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' is a hedge, and the operator says the record is still being checked",
    items={B[1]: "pending"},
)

case(
    name="naver-bulk-all-twelve-done",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("시정요구 조치 완료 안내 (KCSC-240902-01)"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 12건에 대하여 모두 삭제 조치를
완료하였음을 알려드립니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line completion notice for a whole 시정요구",
    why="one statement about all 12 items of a multi-item request without naming any: bulk, nothing applied",
    items={u: "pending" for u in A},
)

case(
    name="band-bulk-all-reported-deleted",
    date="Thu, 12 Sep 2024 18:11:52 +0900",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc("[BAND] 신고 처리 완료 안내 (KCSC-240910-05)"),
    body="""안녕하세요, BAND 고객센터입니다.

KCSC-240910-05 신고 건으로 접수된 게시글은 모두 삭제 처리하였습니다.
앞으로도 건강한 밴드 문화를 위해 노력하겠습니다.

BAND 고객센터 드림
""",
    outcome="review", review="bulk",
    imitates="BAND 신고 처리 완료 안내 without the posts listed",
    why="'all reported posts deleted' for a two-item request, no URL named: bulk",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="naver-auth-fail-deleted",
    date="Wed, 04 Sep 2024 20:48:13 +0900",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    subject=enc("RE: 시정요구 KCSC-240902-01 조치결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {A[0]} 은 삭제 조치가 완료되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="a clear statement, but the navercorp.com sender fails authentication",
    items={A[0]: "pending"},
)

case(
    name="blog-owner-gmail-took-down",
    date="Thu, 05 Sep 2024 22:05:41 +0900",
    **{"from": "moonharbor77.blog@gmail.com"},
    name_from=enc("달빛항구"),
    subject=enc("블로그 게시물 관련 (KCSC-240902-01)"),
    body=f"""안녕하세요. 네이버 블로그 '달빛항구' 운영자입니다.

네이버에서 연락을 받고 문제가 된 글
{A[0]}
은 제가 직접 내렸습니다. 앞으로 주의하겠습니다.
블로그 제재는 풀어주실 수 있는지 문의드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="blog author writing to the regulator from a personal mailbox",
    why="names a requested item and the request, but the sender is no platform",
    items={A[0]: "pending"},
)

case(
    name="kakao-outsourced-cs-vendor",
    date="Fri, 06 Sep 2024 12:19:27 +0900",
    **{"from": "daum_cs@cspartners.co.kr"},
    name_from=enc("Daum 고객센터 (위탁운영)"),
    subject=enc("Daum 카페 게시물 삭제 완료 안내 (KCSC-240903-02)"),
    body=f"""안녕하세요. Daum 고객센터 위탁운영사입니다.

요청하신 Daum 카페 게시물 {B[0]} 은
2024년 9월 6일 삭제 처리되었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced customer-service vendor replying on a portal's behalf",
    why="a clear statement, but from a vendor domain that is not among Kakao's sender domains",
    items={B[0]: "pending"},
)

case(
    name="naver-states-band-results",
    date="Thu, 12 Sep 2024 13:27:39 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("밴드 게시글 조치 결과 (KCSC-240910-05)"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

계열 서비스인 밴드 관련 요청도 함께 확인하였습니다.
{E[0]}, {E[1]} 두 게시글은 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy desk answering for the BAND service",
    why="navercorp.com states statuses for items of the 'band' platform, whose configured sender is band.us",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="dc-asks-official-letter",
    date="Mon, 09 Sep 2024 17:40:11 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240909-04"),
    reply_to_req="req-KCSC-240909-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

{D[0]} 등 요청하신 게시물 처리를 위해서는
기관 명의의 공문(직인 날인)과 시정요구 근거 조항을 PDF로 보내 주셔야 합니다.
자료를 받는 대로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean community site asking for an official letter with seal before acting",
    why="asks for a sealed official letter before acting; no status",
    items={D[0]: "pending"},
)

case(
    name="yt-terms-update-no-claims",
    date="Tue, 10 Sep 2024 03:00:00 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=enc("YouTube 서비스 약관 변경 안내"),
    body="""안녕하세요.

YouTube 서비스 약관이 2024년 10월 10일부터 변경됩니다.
주요 변경 사항은 다음과 같습니다.

- 약관 위반 시 조치 절차에 관한 설명을 보완했습니다.
- 법적 요청 제출 방법 안내를 새 고객센터 페이지로 옮겼습니다.

전체 약관은 https://www.youtube.com/t/terms 에서 확인하실 수 있습니다.

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    outcome="review", review="no_claims",
    imitates="YouTube terms-of-service change notice",
    why="trusted YouTube mail naming no item and no request",
    items={},
)

case(
    name="yt-under-review-three",
    date="Fri, 06 Sep 2024 04:12:55 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 법적 요청 진행 상황 - KCSC-240905-03"),
    body=f"""안녕하세요.

요청하신 다음 콘텐츠는 현재 검토 중입니다.

{C[0]}
{C[1]}
{C[2]}

검토가 완료되면 결과를 이메일로 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal request status update ('현재 검토 중')",
    why="names three items, all only under review",
    items={C[0]: "pending", C[1]: "pending", C[2]: "pending"},
)

case(
    name="kakao-tistory-conditional",
    date="Wed, 04 Sep 2024 17:26:03 +0900",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    reply_to_req="req-KCSC-240903-02",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

{TISTORY_KO} 게시글은
블로그 운영자에게 소명 기회를 준 뒤, 위반이 확인되면 비공개 처리할 예정입니다.
소명 기한은 9월 6일까지입니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory operator reply: 소명 기회 후 위반 시 비공개 예정",
    why="a conditional promise about one named item: no status",
    items={B[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-staff-out-of-office",
    date="Mon, 09 Sep 2024 08:00:12 +0900",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from=enc("김서윤"),
    subject=enc("[자동회신] 부재중입니다: [방송통신심의위원회] 시정요구 KCSC-240902-01 회신 요청"),
    reply_to_req="req-KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김서윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
시정요구 관련 급한 건은 policy@navercorp.com 으로 보내 주시면
다른 담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office auto-reply ([자동회신] 부재중)",
    why="out-of-office auto-reply",
    items={},
)

reminder_lines = [
    "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
    "",
    "2024. 9. 9. 요청드린 시정요구(KCSC-240909-04)의 조치 결과가 아직 회신되지 않아",
    "다시 안내드립니다. 아래 게시물의 조치 결과를 회신해 주시기 바랍니다.",
    "",
    *[f"{i}. {u}" for i, u in enumerate(D, 1)],
]
case(
    name="dc-reminder-bounce-dsn",
    date="Fri, 13 Sep 2024 09:00:41 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "B7C3A1F09.1726185641/mx1.dcinside.com", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx1.dcinside.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<help@dcinside.com>: mailbox full: quota exceeded (552 5.2.2)\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.dcinside.com\n"
        "Arrival-Date: Fri, 13 Sep 2024 09:00:40 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; help@dcinside.com\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: help@dcinside.com\n"
        f"Subject: {enc('[방송통신심의위원회] 조치 결과 회신 요청 (KCSC-240909-04)')}\n"
        "Date: Fri, 13 Sep 2024 09:00:38 +0900\n"
        "Message-ID: <reminder.KCSC-240909-04.1@kcsc.example>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + "\n".join(reminder_lines) + "\n",
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our reminder with its item list",
    why="a bounce: the URLs are in our own returned reminder",
    items={D[0]: "pending", D[1]: "pending", D[2]: "pending"},
)

case(
    name="kakao-read-receipt-mdn",
    date="Tue, 03 Sep 2024 13:22:08 +0900",
    **{"from": "jihoon.park@kakaocorp.com"},
    name_from=enc("박지훈"),
    subject=enc("읽음: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    raw_mime=multipart("report", "----=_MDN_20240903132208_55", [
        part_b64("귀하가 2024-09-03 오전 11:00에 보낸 메일\n"
                 "'[방송통신심의위원회] 시정요구 KCSC-240903-02'을(를)\n"
                 "수신자가 2024-09-03 오후 1:22에 읽었습니다.\n"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.kakaocorp.com; Kakao Work Mail\n"
        "Original-Recipient: rfc822;jihoon.park@kakaocorp.com\n"
        "Final-Recipient: rfc822;jihoon.park@kakaocorp.com\n"
        "Original-Message-ID: <req-KCSC-240903-02@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="a read receipt",
    items={},
)

case(
    name="band-ticket-receipt",
    date="Tue, 10 Sep 2024 16:21:30 +0900",
    **{"from": "noreply@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc("[BAND] 문의가 접수되었습니다 (접수번호 #B2409-10-77312)"),
    reply_to_req="req-KCSC-240910-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #B2409-10-77312

영업일 기준 3일 이내에 등록하신 이메일로 답변드리겠습니다.
답변 전 추가로 문의하실 내용은 이 메일에 회신해 주세요.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk ticket receipt (문의 접수 안내)",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="yt-legal-support-receipt",
    date="Thu, 05 Sep 2024 09:41:57 +0900",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc("[YouTube] 법적 요청이 접수되었습니다 - KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

YouTube 법적 지원팀에 연락해 주셔서 감사합니다.
귀하의 요청(KCSC-240905-03)이 접수되었습니다.
참조 번호: 8-1924000031880

요청을 처리하는 데 시간이 걸릴 수 있으며, 처리가 완료되면 이메일로 알려드리겠습니다.
추가로 문의하실 때는 위 참조 번호를 함께 적어 주세요.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal support automatic receipt (Korean)",
    why="receipt with a reference number; no statement about any item",
    items={},
)

req_b = request_text("KCSC-240903-02", [TISTORY_KO if u == TISTORY_ENC else u for u in B], "2024. 9. 10.")
case(
    name="kakao-receipt-echoing-request",
    date="Tue, 03 Sep 2024 11:02:14 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (2409031102577)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. 카카오 고객센터입니다.
문의가 접수되었습니다. 순차적으로 확인 후 답변드리겠습니다.

접수번호: 2409031102577
접수일시: 2024-09-03 11:02

---------- 접수 내용 ----------
제목: [방송통신심의위원회] 시정요구 KCSC-240903-02

{chr(10).join(req_b)}
-------------------------------

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 automatic receipt that echoes the submitted request",
    why="receipt; the URLs and the word 삭제 are only in the echoed request",
    items={u: "pending" for u in B},
)

case(
    name="naver-noreply-autoreply-echo",
    date="Wed, 11 Sep 2024 10:11:03 +0900",
    **{"from": "noreply@navercorp.com"},
    name_from=enc("네이버"),
    subject=enc("[자동응답] 발신 전용 주소입니다"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""이 메일 주소는 발신 전용으로 받은 메일을 처리하지 않습니다.
문의는 네이버 고객센터(https://help.naver.com)를 이용해 주시기 바랍니다.

> 보낸 사람: KCSC Takedown <takedown@kcsc.example>
> 제목: [방송통신심의위원회] 시정요구 KCSC-240911-06
>
{quoted(request_text("KCSC-240911-06", F, "2024. 9. 18."))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER no-reply address auto-response quoting the incoming mail",
    why="an automatic reply; the item appears only in the quoted request",
    items={F[0]: "pending"},
)

HEADER = """# Blind set 179 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside and BAND replies. Written by tests/corpus/blind179/make.py
# from each email's meaning, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
