#!/usr/bin/env python3
"""Blind set 197 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean -- 공문-style answers, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, receipts, bounces.

    python3 tests/corpus/blind197/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader, by a writer who has not read src/ nor the other sets' cases.
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

SET = "blind197"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_trade/223551200101",
    2: "https://blog.naver.com/moonlit_trade/223551200188",
    3: "https://blog.naver.com/haneul_shop77/223560034412",
    4: "https://cafe.naver.com/greyharbor/10452",
    5: "https://cafe.naver.com/greyharbor/10467",
    6: "https://cafe.naver.com/greyharbor/10471",
    7: "https://cafe.naver.com/pinewood2020/88310",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38110245&memberNo=51027733",
    10: "https://blog.naver.com/nightowl_kr/223571188420",
    11: "https://blog.naver.com/PostView.naver?blogId=silverfox_19&logNo=223570019945",
    12: "https://m.blog.naver.com/silverfox_19/223570020077",
    13: "https://cafe.naver.com/saltroad/5521",
}
SLUG = "정품-구매-후기"
K3_RAW = "https://nightferry.tistory.com/entry/" + SLUG
K = {
    1: "https://cafe.daum.net/bluemoonclub/Hw3k/1021",
    2: "https://cafe.daum.net/bluemoonclub/Hw3k/1034",
    3: "https://nightferry.tistory.com/entry/" + quote(SLUG),
    4: "https://brunch.co.kr/@quietriver/57",
    5: "https://pf.kakao.com/_xQzLmb/105223344",
}
Y = {
    1: "https://www.youtube.com/watch?v=Rk4mT8vQz2E",
    2: "https://www.youtube.com/shorts/Lp9XwQ3nB7c",
    3: "https://www.youtube.com/channel/UCx9Fq2bT7mLkP3nW8aZ0v1Q",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8820113",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8820470",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=48211",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=nightmarket&no=48305",
    5: "https://gall.dcinside.com/mini/board/view/?id=greyroom&no=1207",
}
B = {
    1: "https://band.us/band/81234567/post/4410",
    2: "https://band.us/band/81234567/post/4417",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_trade", "NAVER blog/cafe/kin/post (12 items)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[1], K[2], K[3], K[4]], "counterfeit", "Daum cafe; Tistory; Brunch"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[1], Y[2], Y[3]], "fraud", "video; short; channel"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [D[1], D[2], D[3], D[4], D[5]], "privacy", "main; minor and mini galleries"),
    ("KCSC-240911-05", "band", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [B[1], B[2]], "gambling", "public band posts"),
    ("KCSC-240912-06", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [N[13]], "drugs", "one cafe post"),
    ("KCSC-240913-07", "kakao", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [K[5]], "fraud", "one Kakao channel post"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_id(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encoded header text (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_text(ref, urls, prefix=""):
    body = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. (참조번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in body)


def alt(text, html, html_cte="quoted-printable", text_cte="8bit", boundary="=_alt_197"):
    tpart = text if text_cte == "8bit" else (b64(text) if text_cte == "base64" else qp(text))
    hpart = qp(html) if html_cte == "quoted-printable" else b64(html)
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {text_cte}\n\n{tpart}\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: {html_cte}\n\n{hpart}\n"
        f"--{boundary}--\n"
    )


def single(text, cte):
    enc = b64(text) if cte == "base64" else qp(text)
    return f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{enc}\n"


def with_attachment(text, att_type, att_name, att_bytes, boundary="=_mix_197"):
    enc_name = h(att_name) if not att_name.isascii() else att_name
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{text}\n"
        f"--{boundary}\n"
        f'Content-Type: {att_type}; name="{enc_name}"\n'
        f'Content-Disposition: attachment; filename="{enc_name}"\n'
        f"Content-Transfer-Encoding: base64\n\n"
        f"{base64.encodebytes(att_bytes).decode('ascii').rstrip(chr(10))}\n"
        f"--{boundary}--\n"
    )


NAVER_SIG = "네이버 주식회사 | 경기도 성남시 분당구 정자일로 95 (가상 주소)\n게시중단 요청 서비스 안내: https://right.naver.com/help/notice"
KAKAO_SIG = "(주)카카오 권리침해신고센터\n도움말: https://cs.kakao.com/helps?service=daum&category=right"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= NAVER
case(
    name="naver-gongmun-siljeong-result",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=h("[회신] 시정요구에 대한 조치결과 통보 (KCSC-240903-01)"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 대응 담당자
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(참조번호 KCSC-240903-01, 2024. 9. 3.)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

                         - 아    래 -

 연번 | 대상 URL                                          | 조치결과    | 비고
 -----+---------------------------------------------------+-------------+-------------------------------
  1   | {N[1]} | 삭제        |
  2   | {N[2]} | 삭제        |
  3   | {N[4]}          | 임시조치    | 30일간 접근 차단
  4   | {N[5]}          | 게시물 없음 | 요청 접수 전 작성자가 삭제
  5   | {N[6]}          | 조치 불가   | 운영정책 위반 사항 확인되지 않아 게시 유지

3. 위 표에 기재되지 않은 대상에 대해서는 확인이 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원실
게시중단 담당 드림

{NAVER_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 수신/참조/제목 header, numbered paragraphs, '- 아래 -' text table, '끝.'",
    why="Five rows, each naming its URL with 삭제/임시조치/게시물 없음/조치 불가 (유지): removed, removed, restricted, not_found, rejected; the promise about the rest names no item.",
    items={N[1]: "removed", N[2]: "removed", N[4]: "restricted", N[5]: "not_found", N[6]: "rejected"},
)

HTML_ROWS = [
    (N[7], "삭제", "불법 거래 게시물"),
    (N[8], "게시물 없음", "존재하지 않는 질문(작성자 삭제)"),
    (N[9], "비공개 처리", "포스트 운영정책 위반"),
    (N[10], "임시조치", "30일간 접근 차단"),
    (N[11], "유지", "위반 사항 확인되지 않음"),
    (N[12], "블라인드", "청소년 유해 정보"),
]
html_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td><td>{n}</td></tr>'
    for i, (u, s, n) in enumerate(HTML_ROWS, 1)
)
text_rows = "\n".join(f"{i}. {u}\n   조치결과: {s} ({n})" for i, (u, s, n) in enumerate(HTML_ROWS, 1))
case(
    name="naver-html-table-mixed",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("NAVER 게시중단요청서비스"),
    date="Mon, 09 Sep 2024 11:05:44 +0900",
    subject=h("[NAVER] 시정요구 조치결과 안내 - KCSC-240903-01 (2차)"),
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=alt(
        f"""안녕하세요, 네이버 게시중단요청서비스입니다.

KCSC-240903-01 건의 나머지 대상에 대한 조치결과를 안내드립니다.

{text_rows}

문의: https://right.naver.com/help/notice
""",
        f"""<html><body style="font-family:Malgun Gothic,sans-serif">
<p>안녕하세요, 네이버 게시중단요청서비스입니다.</p>
<p>KCSC-240903-01 건의 나머지 대상에 대한 조치결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치결과</th><th>비고</th></tr>
{html_tr}
</table>
<p style="color:#888">문의: <a href="https://right.naver.com/help/notice">게시중단 요청 서비스 도움말</a></p>
</body></html>""",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail with an HTML table (번호/게시물 주소/조치결과/비고) and a plain-text alternative",
    why="Six rows: 삭제 removed, 게시물 없음 not_found, 비공개 처리 removed, 임시조치 restricted, 유지 rejected, 블라인드 removed.",
    items={N[7]: "removed", N[8]: "not_found", N[9]: "removed", N[10]: "restricted", N[11]: "rejected", N[12]: "removed"},
)

case(
    name="naver-cafe-blind-single",
    **{"from": "cafe_policy@navercorp.com"},
    name_from=h("네이버 카페 운영정책 담당"),
    date="Fri, 13 Sep 2024 09:31:02 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240912-06)"),
    reply_to_req=req_id("KCSC-240912-06"),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 게시물({N[13]})은 카페 운영원칙 중 불법 상품 거래 금지 조항 위반으로 블라인드 처리되었습니다.
블라인드 처리된 게시물은 작성자와 카페 멤버를 포함한 누구도 열람할 수 없습니다.

카페 운영원칙: https://cafe.naver.com/rule/policy

감사합니다.
네이버 카페 운영정책 담당 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe operations reply: 블라인드 처리 notice with the URL in parentheses followed by a particle",
    why="The one item of KCSC-240912-06, named, is 블라인드 처리: removed; the rules page is no item.",
    items={N[13]: "removed"},
)

case(
    name="naver-imsijochi-blog-notice",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Wed, 04 Sep 2024 16:12:55 +0900",
    subject=h("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

■ 게시물 주소 : {N[3]}
■ 게시자 : haneul_shop77
■ 조치 일시 : 2024.09.04 15:40
■ 조치 내용 : 임시조치 (정보통신망법 제44조의2에 따라 30일간 접근 차단)

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 없으면
기간 만료 후 게시물은 삭제됩니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 with ■-bulleted fields (게시물 주소/게시자/조치 일시/조치 내용: 임시조치 30일)",
    why="The named blog post is under 임시조치 (30-day access block): restricted; deletion after 30 days is only a conditional future.",
    items={N[3]: "restricted"},
)

case(
    name="naver-kin-post-arrow-lines",
    **{"from": "kin_ops@naver.com"},
    name_from=h("지식iN 운영팀"),
    date="Fri, 06 Sep 2024 14:20:31 +0900",
    subject=h("RE: 시정요구 KCSC-240903-01 지식iN/포스트 건"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
담당자님 안녕하세요. 지식iN 운영팀입니다.
문의주신 지식iN·포스트 게시물 확인 결과 공유드립니다.

{N[8]}
 → 질문 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

{N[9]}
 → 포스트 운영정책 위반으로 비공개 처리하였습니다.

추가 확인이 필요하시면 회신 주세요.
지식iN 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal NAVER operator reply, bare URL lines each followed by an arrow line with the result",
    why="kin question already deleted by its author: not_found; post made 비공개 by NAVER: removed.",
    items={N[8]: "not_found", N[9]: "removed"},
)

case(
    name="naver-top-posted-outlook-quote",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=h("한지우"),
    date="Thu, 05 Sep 2024 10:02:17 +0900",
    subject=h("RE: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원실 한지우입니다.
아래 요청 건 중 먼저 처리된 2건 결과 공유드립니다.

- {N[10]} : 삭제 완료
- {N[11]} : 19세 미만 열람 제한(성인 인증 후 열람) 적용

나머지는 확인 중이며 정리되는 대로 공문으로 회신드리겠습니다.

한지우 | NAVER 정책지원실

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:20 AM
To: right-kr@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240903-01)

{request_text("KCSC-240903-01", [N[i] for i in range(1, 13)])}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply by a NAVER policy staffer over the quoted '-----Original Message-----' request",
    why="Two named items above the quote: 삭제 removed, 19세 미만 열람 제한 restricted; URLs only in the quoted request stay pending.",
    items={N[10]: "removed", N[11]: "restricted", N[1]: "pending", N[2]: "pending"},
)

CSV = (
    "\ufeff번호,게시물 URL,조치결과,조치일자\n"
    f"1,{N[1]},삭제,2024-09-05\n"
    f"2,{N[3]},임시조치(30일),2024-09-05\n"
    f"3,{N[7]},삭제,2024-09-06\n"
    f"4,{N[12]},게시물 없음(작성자 삭제),2024-09-06\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Fri, 06 Sep 2024 18:10:00 +0900",
    subject=h("[회신] KCSC-240903-01 조치결과 (첨부)"),
    reply_to_req=req_id("KCSC-240903-01"),
    raw_mime=with_attachment(
        "안녕하세요.\n\nKCSC-240903-01 건 중 4건의 조치결과를 첨부 파일(CSV)로 송부드립니다.\n확인 부탁드립니다.\n\n네이버 정책지원실 드림\n",
        "text/csv; charset=utf-8",
        "조치결과_KCSC-240903-01.csv",
        CSV.encode("utf-8"),
    ),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER result sheet sent as a UTF-8 (BOM) CSV attachment with 번호/게시물 URL/조치결과/조치일자 columns",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 삭제 removed, 게시물 없음(작성자 삭제) not_found.",
    items={N[1]: "removed", N[3]: "restricted", N[7]: "removed", N[12]: "not_found"},
)

case(
    name="naver-cafe-staff-base64",
    **{"from": "cafe_support@naver.com"},
    name_from=h("네이버 카페 운영지원"),
    date="Thu, 05 Sep 2024 13:47:29 +0900",
    subject=h("greyharbor 카페 게시글 처리 건 (KCSC-240903-01)"),
    raw_mime=single(
        f"""담당자님 안녕하세요.
네이버 카페 운영지원 김서진입니다.

오전에 통화로 말씀드린 greyharbor 카페 글 3건 확인했고, 세 건 모두 운영자 권한으로 삭제했습니다.

{N[4]}
{N[5]}
{N[6]}

해당 카페 매니저에게도 운영원칙 위반 안내를 보냈습니다.
다른 건 있으시면 편하게 연락 주세요.

김서진 드림
""",
        "base64",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="informal NAVER cafe support reply sent as a base64 text/plain body, three bare URLs under one statement",
    why="One unhedged statement (운영자 권한으로 삭제) covering three URLs each listed: all removed.",
    items={N[4]: "removed", N[5]: "removed", N[6]: "removed"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Mon, 09 Sep 2024 15:33:12 +0900",
    subject=h("[KCSC-240903-01] 처리 결과"),
    body=f"""
[KCSC-240903-01] 처리 결과 알려드립니다.

{N[1]}
삭제 완료 (9/5)

{N[7]}
게시물 없음 - 작성자가 이미 삭제한 글

{N[12]}
청소년 유해 게시물로 성인 인증 후에만 열람 가능하도록 연령 제한 적용

이상입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse portal reply: bare URL with the status on the line below",
    why="Each URL then its status line: 삭제 완료 removed, already deleted by author not_found, 연령 제한 restricted.",
    items={N[1]: "removed", N[7]: "not_found", N[12]: "restricted"},
)

case(
    name="naver-mobile-url-variant",
    **{"from": "blog_ops@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    date="Tue, 10 Sep 2024 10:14:40 +0900",
    subject=h("Re: 시정요구 KCSC-240903-01 블로그 게시물"),
    reply_to_req=req_id("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 silverfox_19 블로그 게시물 https://blog.naver.com/silverfox_19/223570020077 은
불법 거래 알선으로 확인되어 운영자 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog operations reply that writes the desktop form of a post requested by its m.blog URL",
    why="blog.naver.com/silverfox_19/223570020077 is the same post as the requested m.blog.naver.com URL; 운영자 삭제: removed.",
    items={N[12]: "removed"},
)

case(
    name="naver-qp-wrapped-kin",
    **{"from": "kin_ops@naver.com"},
    name_from=h("지식iN 운영팀"),
    date="Wed, 11 Sep 2024 09:12:03 +0900",
    subject=h("[지식iN] 게시물 조치 안내 (KCSC-240903-01)"),
    raw_mime=single(
        f"""안녕하세요, 지식iN 운영팀입니다. 방송통신심의위원회 시정요구(KCSC-240903-01)에 따른 조치 내용을 안내드립니다. 대상 게시물 {N[8]} 의 질문과 답변은 불법 의약품 거래 정보에 해당하여 운영자 삭제되었습니다. 함께 요청하신 네이버 포스트 {N[9]} 는 블라인드 처리되어 현재 누구도 열람할 수 없습니다.

지식iN 운영정책: https://kin.naver.com/policy/operation
""",
        "quoted-printable",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN notice as one long quoted-printable paragraph whose URLs are cut by soft line breaks",
    why="kin question 운영자 삭제: removed; post 블라인드: removed (QP soft breaks are undone by decoding).",
    items={N[8]: "removed", N[9]: "removed"},
)

# ================================================================= Kakao
case(
    name="kakao-daum-cafe-imsijochi",
    **{"from": "right@kakaocorp.com"},
    name_from=h("Daum 권리침해신고센터"),
    date="Fri, 06 Sep 2024 17:00:12 +0900",
    subject=h("[Daum] 게시물 임시조치 처리 안내 (KCSC-240905-02)"),
    reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물 2건에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
30일간 임시조치(게시물 접근 차단)를 하였습니다.

 1) {K[1]}
 2) {K[2]}

임시조치 기간 중 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제됩니다.

{KAKAO_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 권리침해신고센터 30-day 임시조치 notice (정보통신망법 제44조의2 제4항) listing the cafe posts",
    why="Both listed Daum cafe posts are under 임시조치 (access blocked): restricted; deletion is conditional.",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-brunch-particles",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 14:41:09 +0900",
    subject=h("Re: 시정요구 조치 결과 (KCSC-240905-02) 티스토리·브런치"),
    reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 <{K3_RAW}>는 위조 상품 판매 게시물로 확인되어 삭제 조치하였습니다.

브런치 글 {K[4]} 은 검토 결과 카카오 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

{KAKAO_SIG}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply on Tistory/Brunch items, raw Korean-slug URL in angle brackets followed by a particle",
    why="Tistory entry (raw Korean path = the percent-encoded request URL) 삭제: removed; Brunch post kept as not violating: rejected.",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-channel-sole-statement",
    **{"from": "channel-policy@kakaocorp.com"},
    name_from=h("카카오톡 채널 운영정책팀"),
    date="Mon, 16 Sep 2024 11:26:45 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240913-07)"),
    reply_to_req=req_id("KCSC-240913-07"),
    body="""
안녕하세요. 카카오톡 채널 운영정책팀입니다.

요청하신 카카오톡 채널 게시물은 확인 후 삭제 처리하였습니다.
해당 채널 운영자에게는 운영정책 위반 안내를 발송하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short Kakao channel-policy reply in the request's thread, naming no URL",
    why="KCSC-240913-07 has one item; an unhedged 삭제 처리하였습니다 in its thread applies to it: removed.",
    items={K[5]: "removed"},
)

box_rows = [
    (K[1], "삭제"),
    (K[2], "삭제"),
    (K[3], "게시물 없음(블로그 폐쇄)"),
    (K[4], "청소년 열람 제한"),
]
box = "┌──┬────────────────────────────────────────────┬──────────────┐\n│번호│ URL │ 조치결과 │\n├──┼────────────────────────────────────────────┼──────────────┤\n"
box += "\n".join(f"│ {i} │ {u} │ {s} │" for i, (u, s) in enumerate(box_rows, 1))
box += "\n└──┴────────────────────────────────────────────┴──────────────┘"
case(
    name="kakao-kcsc-box-table",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 10:03:33 +0900",
    subject=h("시정요구 조치결과 회신 (KCSC-240905-02)"),
    body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240905-02)에 대한 조치결과를 다음과 같이 회신합니다.

■ 시정요구 조치결과
{box}

※ 3번 블로그는 요청 접수 이전에 운영자가 블로그를 폐쇄하여 게시물을 확인할 수 없었습니다.

(주)카카오 권리침해신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table drawn with box characters in a Kakao 회신",
    why="Box table rows: 삭제 removed x2, 게시물 없음(블로그 폐쇄) not_found, 청소년 열람 제한 restricted.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "restricted"},
)

case(
    name="kakao-gmail-quoted-request",
    **{"from": "cafe-ops@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    date="Sat, 07 Sep 2024 09:58:21 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240905-02)"),
    reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

bluemoonclub 카페 글 중 {K[1]} 은 블라인드 처리했습니다.
{K[2]} 은 작성자가 이미 삭제한 글이라 저희 쪽에서는 확인되지 않습니다.
티스토리/브런치 건은 담당 부서에서 따로 회신드릴 예정입니다.

2024년 9월 5일 (목) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240905-02", [K3_RAW, K[4], K[1], K[2]], prefix="> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') from Daum cafe ops above the '>'-quoted request",
    why="K1 블라인드 removed; K2 already deleted by its author not_found; Tistory/Brunch only in the quote and a promise: pending.",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "pending", K[4]: "pending"},
)

# ================================================================= YouTube
case(
    name="yt-kr-legal-mixed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:44:19 +0900",
    subject=h("[9-3318000024816] YouTube 법률 신고 결과 - KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 신고하신 콘텐츠를 검토한 결과를 알려드립니다.

- {Y[1]}
  : 현지 법률에 따라 대한민국에서 이 동영상에 대한 액세스를 제한했습니다.
- {Y[2]}
  : YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

YouTube의 법률 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome mail in Korean (country-restricted vs. removed for Community Guidelines)",
    why="Video restricted in Korea: restricted; Short removed under Community Guidelines: removed; channel not mentioned.",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 19:03:52 +0900",
    subject=h("Re: [9-3318000024816] KCSC-240906-03 채널 관련"),
    reply_to_req=req_id("KCSC-240906-03"),
    body=f"""
안녕하세요.

추가로 검토한 결과, 다음 채널은 스팸, 현혹 행위 및 사기 관련 정책을 심각하게 위반하여 YouTube에서 해지되었습니다:
{Y[3]}

해지된 채널의 모든 콘텐츠는 더 이상 YouTube에서 볼 수 없습니다.

YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'channel terminated' notice, URL on the line after the colon",
    why="Channel terminated (해지) and all its content unavailable: removed.",
    items={Y[3]: "removed"},
)

case(
    name="yt-rejected-and-age-restricted",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 13:22:07 +0900",
    subject=h("[9-3318000024816] 검토 결과 안내 (KCSC-240906-03)"),
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

1. {Y[1]}
검토 결과 이 동영상에서 YouTube 정책 위반이나 현지 법률 위반을 확인할 수 없어 조치를 취하지 않았습니다. 법원 판결 등 추가 자료를 보내주시면 다시 검토하겠습니다.

2. {Y[2]}
이 동영상에는 연령 제한이 적용되어 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal reply declining one video (no violation found) and age-restricting another",
    why="Video 1: no violation, no action taken: rejected (offer to re-review on new material does not undo it); video 2 age-restricted: restricted.",
    items={Y[1]: "rejected", Y[2]: "restricted"},
)

case(
    name="yt-angle-brackets-channel-short",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Fri, 13 Sep 2024 07:15:00 +0900",
    subject=h("YouTube 신고 업데이트: KCSC-240906-03"),
    body=f"""
안녕하세요.

요청하신 내용에 대한 업데이트입니다.

아래 채널은 대한민국 내에서 볼 수 없도록 제한 조치했습니다.
<{Y[3]}>

Shorts 동영상 <{Y[2]}>는 업로더가 이미 삭제한 상태여서 별도의 조치가 필요하지 않았습니다.

- YouTube 팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube ticket update in Korean, URLs in angle brackets (one followed by a particle)",
    why="Channel blocked in Korea: restricted; Short already deleted by the uploader: not_found.",
    items={Y[3]: "restricted", Y[2]: "not_found"},
)

# ================================================================= DC Inside
case(
    name="dc-informal-numbered",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 15:08:41 +0900",
    subject=h("Re: 시정요구 KCSC-240910-04"),
    reply_to_req=req_id("KCSC-240910-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 게시물 처리 결과 알려드립니다.

1. {D[1]} - 삭제
2. {D[2]} - 삭제
3. {D[3]} - 이미 삭제된 게시물 (작성자 삭제)

나머지 2건은 갤러리 확인 후 다시 연락드릴게요.
수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply, numbered 'URL - 결과' lines",
    why="Two 삭제 removed, one already deleted by its author not_found; the other two only promised.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-statement-then-urls-below",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 10:47:19 +0900",
    subject=h("[디시인사이드] 게시물 처리 안내 (KCSC-240910-04)"),
    body=f"""
안녕하세요. 디시인사이드입니다.

아래 게시물은 운영정책(개인정보 노출) 위반으로 삭제 처리되었습니다.
{D[1]}
{D[5]}

아래 게시물은 존재하지 않는 글로 확인됩니다.
{D[2]}

디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside notice with a statement line and the URLs on the lines below it, two groups",
    why="First group 삭제: removed x2; second group does not exist: not_found.",
    items={D[1]: "removed", D[5]: "removed", D[2]: "not_found"},
)

dc_rows = [(D[1], "삭제"), (D[2], "삭제"), (D[3], "삭제"), (D[4], "게시물 없음"), (D[5], "유지 (삭제 사유 해당 없음)")]
dc_html = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(dc_rows, 1)
)
case(
    name="dc-qp-html-table",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 17:55:02 +0900",
    subject=h("시정요구 조치결과 회신 (KCSC-240910-04)"),
    reply_to_req=req_id("KCSC-240910-04"),
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        + qp(
            f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240910-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>No</th><th>URL</th><th>조치결과</th></tr>
{dc_html}
</table>
<p>(주)디시인사이드 운영팀</p>
</body></html>"""
        )
        + "\n"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 조치결과 회신 as a quoted-printable HTML-only table",
    why="Rows: 삭제 x3 removed, 게시물 없음 not_found, 유지 (삭제 사유 해당 없음) rejected.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

case(
    name="dc-minor-gallery-prose",
    **{"from": "jhpark@dcinside.com"},
    name_from=h("박재희"),
    date="Sat, 14 Sep 2024 12:30:44 +0900",
    subject=h("RE: KCSC-240910-04 나머지 2건"),
    reply_to_req=req_id("KCSC-240910-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀 박재희입니다.

지난번에 남은 2건 확인했습니다.
마이너 갤러리 글({D[4]})은 갤러리 매니저 대신 저희 운영팀에서 직접 삭제했고요,
미니 갤러리 글({D[5]})은 확인해 보니 단순 이용 후기라 삭제 사유에 해당하지 않아 그대로 둡니다.

좋은 주말 보내세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside staff follow-up in prose, URLs in parentheses",
    why="Minor-gallery post deleted by the operations team: removed; mini-gallery post kept as not breaking rules: rejected.",
    items={D[4]: "removed", D[5]: "rejected"},
)

# ================================================================= BAND
case(
    name="band-receipt-plus-result",
    **{"from": "support@band.us"},
    name_from=h("BAND 고객센터"),
    date="Thu, 12 Sep 2024 14:02:36 +0900",
    subject=h("[BAND] 신고 처리 결과 안내 (접수번호 BD-2409-55812)"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 접수하신 신고(접수번호 BD-2409-55812, 참조 KCSC-240911-05)가 정상적으로 접수되었으며,
검토 결과 아래와 같이 처리되었습니다.

· {B[1]}
  운영정책(불법 도박 홍보) 위반으로 게시글을 삭제했습니다.
· {B[2]}
  작성자가 이미 삭제한 게시글입니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND help-desk mail that starts like a receipt (접수번호) and then gives per-post results",
    why="The receipt phrase is followed by unhedged per-item results: removed, not_found; not a pure acknowledgement.",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-fullwidth-parens",
    **{"from": "support@band.us"},
    name_from=h("BAND 고객센터"),
    date="Fri, 13 Sep 2024 16:20:11 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240911-05)"),
    reply_to_req=req_id("KCSC-240911-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글（{B[2]}）은 확인 결과 비공개 처리되었습니다.
다른 게시글（{B[1]}）은 현재 검토 중입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND reply with URLs in full-width parentheses followed by Korean particles",
    why="Post 4417 비공개 처리: removed; post 4410 'under review': pending.",
    items={B[2]: "removed", B[1]: "pending"},
)

# ================================================================= review
case(
    name="naver-promises-per-item",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Wed, 04 Sep 2024 09:15:27 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01) 진행 상황"),
    reply_to_req=req_id("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 게시중단 담당입니다.
요청하신 건의 현재 진행 상황을 공유드립니다.

- {N[1]} : 삭제 예정 (9/6 처리 목표)
- {N[2]} : 내부 검토 중
- {N[3]} : 게시자 소명 확인 후 임시조치 여부 결정 예정

확정되는 대로 조치결과를 공문으로 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal progress update listing items with '삭제 예정', '검토 중', '결정 예정'",
    why="Every line is a plan or 'under review', no statement: items pending, the email names items so a person looks.",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedged-appears",
    **{"from": "cafe-ops@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    date="Fri, 06 Sep 2024 11:40:03 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240905-02)"),
    reply_to_req=req_id("KCSC-240905-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

말씀하신 {K[1]} 글은 카페 쪽에서 이미 내린 것으로 보입니다.
{K[2]} 도 지금은 열리지 않는 것 같은데, 정확한 처리 이력은 확인 후 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="hedged Daum cafe operator reply ('…것으로 보입니다', '…것 같은데')",
    why="'appears to have been taken down' and 'seems not to open' are hedges, not statements: pending, review.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject=h("[회신] 시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=req_id("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 통보

1. 귀 위원회의 시정요구(KCSC-240903-01)와 관련입니다.
2. 요청하신 게시물 전체(12건)에 대하여 삭제 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원실
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="short 공문 '조치 완료 통보' that states the whole request done without listing URLs",
    why="'All 12 posts deleted' for a 12-item request without naming any: bulk, items pending.",
    items={},
)

case(
    name="dc-bulk-informal",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 18:22:10 +0900",
    subject=h("Re: 시정요구 KCSC-240910-04"),
    reply_to_req=req_id("KCSC-240910-04"),
    body="""
넵 요청하신 글들 전부 삭제했습니다~
혹시 또 올라오면 알려주세요.

디시인사이드 운영팀 드림
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="one-line informal DC Inside reply in the request thread ('전부 삭제했습니다')",
    why="A five-item request answered 'all deleted' without naming items: bulk, pending.",
    items={},
)

case(
    name="naver-untrusted-auth-fail",
    **{"from": "right-kr@navercorp.com"},
    auth="fail",
    name_from=h("네이버 게시중단 담당"),
    date="Fri, 06 Sep 2024 02:14:09 +0900",
    subject=h("[회신] 시정요구 조치결과 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버 게시중단 담당입니다.

KCSC-240903-01 조치결과:
1. {N[1]} - 삭제
2. {N[2]} - 삭제

네이버 주식회사
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="Sender domain is NAVER's but authentication fails: statements not applied, review untrusted.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "greyharbor.manager@gmail.com"},
    auth="none",
    name_from=h("그레이하버 카페매니저"),
    date="Thu, 05 Sep 2024 22:47:51 +0900",
    subject=h("카페 게시글 삭제했습니다 (KCSC-240903-01 관련)"),
    body=f"""
안녕하세요 그레이하버 카페 매니저입니다.
네이버에서 연락 받고 저희 카페에 올라온 {N[4]} 글은 제가 직접 삭제했습니다.
앞으로 이런 글 안 올라오게 관리 잘 하겠습니다. 죄송합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail account about one of our URLs",
    why="Not a platform domain: the cafe manager's word does not change the item; review unknown_sender.",
    items={N[4]: "pending"},
)

case(
    name="kakao-daum-search-naver-item",
    **{"from": "search-policy@kakaocorp.com"},
    name_from=h("Daum 검색 정책팀"),
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=h("Daum 검색 노출 제한 안내 (KCSC-240903-01 관련)"),
    body=f"""
안녕하세요, Daum 검색 정책팀입니다.

귀 위원회가 네이버에 시정요구한 게시물 중 아래 블로그 글이 Daum 검색 결과에도 노출되어
Daum 검색에서 해당 게시물을 노출 제한 처리하였음을 알려드립니다.

- {N[10]}

원 게시물에 대한 조치는 해당 서비스 제공자에게 문의하시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum search-policy notice about limiting search exposure of a NAVER blog post",
    why="Kakao states a restriction for a NAVER item: not the item's own platform, review wrong_platform, item pending.",
    items={N[10]: "pending"},
)

case(
    name="band-policy-newsletter",
    **{"from": "notice@band.us"},
    name_from="BAND",
    date="Sun, 15 Sep 2024 10:00:00 +0900",
    subject=h("[BAND] 운영정책 개정 안내 (2024년 10월 1일 시행)"),
    extra_headers=["List-Unsubscribe: <https://band.us/settings/email/unsubscribe?u=kcsc>"],
    body="""
안녕하세요, BAND입니다.

BAND 운영정책이 2024년 10월 1일부터 일부 개정되어 안내드립니다.

주요 변경 사항
- 불법 도박 홍보 게시글에 대한 제재 기준 강화
- 신고 처리 결과 알림 방식 개선

자세한 내용은 https://band.us/policy/operation 에서 확인하실 수 있습니다.

감사합니다.
BAND 드림
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="BAND policy-change announcement mailed to all registered reporters",
    why="Trusted BAND mail that names no item and no request: no_claims.",
    items={},
)

case(
    name="dc-asks-for-gongmun",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 16:40:27 +0900",
    subject=h("Re: 시정요구 KCSC-240910-04 - 공문 요청"),
    reply_to_req=req_id("KCSC-240910-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청주신 게시물 5건 확인했습니다. 다만 개인정보 노출 관련 삭제는 내부 규정상
위원회 명의의 공문(심의 의결 내용 포함)을 받은 뒤에 처리하고 있어서,
공문을 PDF로 보내주시면 바로 처리하겠습니다.

대상: {D[1]} 외 4건
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="DC Inside asking for an official 공문 with the deliberation decision before acting",
    why="Asks for a document before acting; nothing done yet: items pending, review asks_more.",
    items={D[1]: "pending"},
)

case(
    name="band-conditional-sobyeong",
    **{"from": "support@band.us"},
    name_from=h("BAND 고객센터"),
    date="Thu, 12 Sep 2024 09:10:58 +0900",
    subject=h("Re: [방송통신심의위원회] 시정요구 (KCSC-240911-05)"),
    reply_to_req=req_id("KCSC-240911-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 {B[1]}, {B[2]} 에 대해 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없으면 두 게시글 모두 삭제될 예정입니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="BAND reply giving the author 7 days to explain before deletion",
    why="Deletion is conditional and in the future: no statement, items pending, review.",
    items={B[1]: "pending", B[2]: "pending"},
)

HWP = b"HWP Document File\x00\x00\x00\x00\x05\x00\x00\x05" + bytes(range(32, 96)) * 4
case(
    name="naver-hwp-gongmun-attachment",
    **{"from": "right-kr@navercorp.com"},
    name_from=h("네이버 게시중단 담당"),
    date="Thu, 12 Sep 2024 18:02:44 +0900",
    subject=h("[공문] 시정요구 조치결과 회신 (KCSC-240912-06)"),
    reply_to_req=req_id("KCSC-240912-06"),
    raw_mime=with_attachment(
        "안녕하세요.\n\nKCSC-240912-06 건의 조치결과는 첨부 공문을 확인하여 주시기 바랍니다.\n\n네이버 주식회사 정책지원실 드림\n",
        "application/x-hwp",
        "조치결과회신_KCSC-240912-06.hwp",
        HWP,
    ),
    outcome="review",
    review="unreadable_attachment",
    imitates="Korean 공문 sent as a 한글 (.hwp) attachment with a one-line cover mail",
    why="The result is only in an HWP attachment that cannot be read; the body says nothing about the item.",
    items={N[13]: "pending"},
)

# ================================================================= ignored
case(
    name="naver-ooo-korean",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=h("한지우"),
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    subject=h("자동 회신: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=req_id("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원실 대표 메일(right-kr@navercorp.com)로 보내주시면 담당자가 확인하겠습니다.

한지우 드림
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook Korean '자동 회신:' out-of-office reply",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

DSN_ORIG = request_text("KCSC-240911-05", [B[1], B[2]])
case(
    name="band-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 16:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_197"

--=_dsn_197
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@band.us>: host mx.band.us[203.0.113.45] said: 550 5.1.1
    <report-kr@band.us>: Recipient address rejected: User unknown

--=_dsn_197
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 16:00:39 +0900

Final-Recipient: rfc822; report-kr@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-kr@band.us>: Recipient address rejected: User unknown

--=_dsn_197
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@band.us
Subject: [KCSC] Correction request KCSC-240911-05
Message-ID: <{req_mid("KCSC-240911-05")}>
Date: Wed, 11 Sep 2024 16:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_ORIG}

--=_dsn_197--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request to a wrong BAND address",
    why="Delivery failure report; the URLs are only in the returned request: ignored, items pending.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="kakao-mdn-read",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 14:32:00 +0900",
    subject=h("읽음: [방송통신심의위원회] 시정요구 (KCSC-240905-02)"),
    reply_to_req=req_id("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_197"

--=_mdn_197
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.

받는 사람: right@kakaocorp.com
제목: [방송통신심의위원회] 시정요구 (KCSC-240905-02)
읽은 시간: 2024-09-05 (목) 오후 2:31

--=_mdn_197
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240905-02")}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_197--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean mail-client read receipt (읽음:) as an RFC 8098 MDN",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="yt-receipt-echo",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Fri, 06 Sep 2024 09:31:12 +0900",
    subject=h("YouTube 법률 신고가 접수되었습니다 [9-3318000024816]"),
    body=f"""
안녕하세요.

YouTube에 법률 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며 검토 후 연락드리겠습니다.

신고 ID: 9-3318000024816
신고 유형: 현지 법률 - 대한민국
신고한 URL:
{Y[1]}
{Y[2]}
{Y[3]}
참조: KCSC-240906-03

이 메일은 자동으로 발송되었습니다. 회신하지 마세요.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal-webform receipt echoing the reported URLs",
    why="Pure receipt that echoes the submitted URLs; says nothing about their status: ignored, pending.",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="dc-receipt-ticket",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    date="Tue, 10 Sep 2024 11:02:05 +0900",
    subject=h("[디시인사이드] 문의가 접수되었습니다 (문의번호 DC240910-0831)"),
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
문의번호: DC240910-0831
접수일시: 2024-09-10 11:02

담당자가 확인 후 순차적으로 답변드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="DC Inside help-desk ticket receipt",
    why="Ticket receipt only: ignored.",
    items={},
)

case(
    name="dc-staff-ooo",
    **{"from": "jhpark@dcinside.com"},
    name_from=h("박재희"),
    date="Wed, 11 Sep 2024 09:00:12 +0900",
    subject=h("[부재중] Re: 시정요구 KCSC-240910-04"),
    reply_to_req=req_id("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
[부재중 자동응답]
9/11(수) 외부 교육으로 부재중입니다. 9/12(목)에 순차적으로 확인하겠습니다.
I am out of the office on 11 September and will reply on 12 September.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual [부재중] auto-reply from a DC Inside staffer",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

NBOUNCE_ORIG = request_text("KCSC-240912-06", [N[13]])
case(
    name="naver-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@naver.com"},
    name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 10:01:30 +0900",
    subject=h("메일 전송 실패 안내 (Delivery Status Notification)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_ndsn_197"

--=_ndsn_197
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 다음 수신자에게 전달되지 못했습니다.

수신자: cafe-legal@naver.com
사유: 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)

--=_ndsn_197
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.naver.com

Final-Recipient: rfc822; cafe-legal@naver.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_ndsn_197
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-legal@naver.com
Subject: [KCSC] Correction request KCSC-240912-06
Message-ID: <{req_mid("KCSC-240912-06")}>
Date: Thu, 12 Sep 2024 10:00:00 +0900

--=_ndsn_197--
""",
    outcome="ignored",
    classification="bounce",
    imitates="NAVER MTA 'mailbox full' DSN in Korean with the returned headers",
    why="Delivery failure report: ignored.",
    items={},
)

HEADER = """# Blind set 197 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND.
# Written by tests/corpus/blind197/make.py -- do not edit by hand.
# Expected results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
