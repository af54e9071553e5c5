#!/usr/bin/env python3
"""Blind set 341 (Korean portals and Korean-language replies).

    python3 tests/corpus/blind341/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Every email is fictional and written from scratch in the
manner of the notice named in its `imitates` field; the expected results were
written from each email's meaning before any run of the reader.
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
    """RFC 2047 encoded-word, as real Korean mail carries in headers."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KO_SLUG = "사진-유포-모음"
K4_RAW = "https://bluepebble.tistory.com/entry/" + KO_SLUG
K4 = "https://bluepebble.tistory.com/entry/" + quote(KO_SLUG)

N = {
    1: "https://blog.naver.com/moonlit_fict/223561100101",
    2: "https://blog.naver.com/moonlit_fict/223561100102",
    3: "https://blog.naver.com/sky_tarot77/223561200455",
    4: "https://cafe.naver.com/fictbettingclub/10231",
    5: "https://cafe.naver.com/fictbettingclub/10232",
    6: "https://cafe.naver.com/fictbettingclub/10240",
    7: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1105&docId=470011223",
    8: "https://blog.naver.com/pinecone_lab/223570009876",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38001122&memberNo=5511001",
    10: "https://cafe.naver.com/fictstockroom/88812",
    11: "https://blog.naver.com/greyowl_k/223580014321",
    12: "https://cafe.naver.com/fictstockroom/88830",
}
K = {
    1: "https://cafe.daum.net/fictfan77/Zx1a/3021",
    2: "https://cafe.daum.net/fictfan77/Zx1a/3044",
    3: "https://bluepebble.tistory.com/112",
    4: K4,
    5: "https://brunch.co.kr/@fictwriter/45",
}
Y = {
    1: "https://www.youtube.com/watch?v=Kq7fAbc12xY",
    2: "https://www.youtube.com/watch?v=Lm3pQrs45tU",
    3: "https://youtu.be/Np9zTuv67wZ",
    4: "https://www.youtube.com/shorts/Ab1cDe2fGh3",
    5: "https://www.youtube.com/watch?v=Zz0yXw9vUt8",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=fict_stock&no=781234",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=55120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=55187",
}
B = {
    1: "https://band.us/band/81234567/post/1021",
    2: "https://band.us/band/81234567/post/1033",
}
S1 = "https://blog.naver.com/quietriver_k/223590123456"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_gambling", "<req-240902-01@kcsc.example>",
     "NAVER blog, cafe, 지식iN and post: gambling promotion"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "nonconsensual_images", "<req-240903-02@kcsc.example>",
     "Daum cafe, Tistory, Brunch"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "defamation", "<req-240905-03@kcsc.example>", ""),
    ("KCSC-240906-04", "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "personal_information", "<req-240906-04@kcsc.example>",
     "gallery posts exposing personal data"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [B[1], B[2]], "illegal_drugs", "<req-240909-05@kcsc.example>", ""),
    ("KCSC-240910-06", "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "defamation", "<req-240910-06@kcsc.example>", "single blog post"),
    ("KCSC-240911-07", "youtube", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [Y[5]], "harassment", "<req-240911-07@kcsc.example>", "single video"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ------------------------------------------------------- quoted requests
REQ_DATE_KO = {
    "KCSC-240902-01": "2024년 9월 2일 (월) 오전 10:00",
    "KCSC-240903-02": "2024년 9월 3일 (화) 오전 11:00",
    "KCSC-240905-03": "2024년 9월 5일 (목) 오후 2:00",
    "KCSC-240906-04": "2024년 9월 6일 (금) 오전 9:30",
    "KCSC-240909-05": "2024년 9월 9일 (월) 오전 10:00",
}


def request_body(ref, urls):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 통신심의 결과 시정요구 대상으로 의결되었으므로,",
        "해당 정보를 삭제 또는 접속차단하시고 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def gmail_quote(ref, urls):
    out = [f"{REQ_DATE_KO[ref]}, KCSC Takedown <takedown@kcsc.example>님이 작성:"]
    out += [("> " + l).rstrip() for l in request_body(ref, urls)]
    return "\n".join(out)


def outlook_quote(ref, urls, to):
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Monday, September 2, 2024 10:00 AM",
        f"To: {to}",
        f"Subject: [방송통신심의위원회] 시정요구 {ref}",
        "",
    ]
    return "\n".join(out + request_body(ref, urls))


SUBJ = "[방송통신심의위원회] 시정요구 "

# ------------------------------------------------------------------ cases
cases = []


def case(**kw):
    cases.append(kw)


# ================= APPLIED =================

case(
    name="naver-gongmun-text-table-all",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject=enc("[NAVER] 시정요구(KCSC-240902-01)에 대한 조치결과 회신"),
    reply_to_req="req-240902-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(요청번호 KCSC-240902-01)와
   관련하여 당사의 조치결과를 아래와 같이 회신합니다.

                              - 아   래 -

 연번 | 대상 URL | 조치결과
------+----------+----------------------------------
  1 | {N[1]} | 삭제
  2 | {N[2]} | 삭제
  3 | {N[3]} | 임시조치(30일)
  4 | {N[4]} | 게시중단
  5 | {N[5]} | 게시중단
  6 | {N[6]} | 게시자 자진삭제(기삭제)
  7 | {N[7]} | 블라인드
  8 | {N[8]} | 미조치(운영원칙 위반사항 없음)
  9 | {N[9]} | 비공개 처리
 10 | {N[10]} | 임시조치(30일)
 11 | {N[11]} | 존재하지 않는 게시물
 12 | {N[12]} | 삭제

3. 연번 8의 게시물은 담당 부서에서 내용을 확인하였으나 도박 사이트 홍보 등
   운영원칙 위반사항을 확인하지 못하여 게시를 유지하고 있습니다. 추가 자료를
   주시면 다시 검토하겠습니다.

4. 문의: 네이버 정책지원팀 (policy@navercorp.com)

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 조치결과 회신 from a portal to KCSC, with a text table",
    why="Trusted NAVER reply stating a result for each of the 12 items in a table.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "removed", N[6]: "not_found", N[7]: "removed", N[8]: "rejected",
           N[9]: "removed", N[10]: "restricted", N[11]: "not_found", N[12]: "removed"},
)

html_rows = "".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{r}</td><td>2024-09-05</td></tr>\n'
    for i, (u, r) in enumerate([
        (N[2], "삭제"), (N[5], "게시중단"), (N[6], "해당 게시물 없음(기삭제)"),
        (N[10], "임시조치"), (N[12], "조치 불가(위반사항 없음)")], 1)
)
case(
    name="naver-html-sijeong-result-table",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 18:02:45 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01 (2차 회신)"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 카페·블로그 게시물 5건의 시정요구 조치결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{html_rows}</table>
<p>조치 불가 건은 <a href="https://policy.naver.com/rules/service_group.html">네이버 서비스 운영정책</a>에 비추어 위반 사항을 확인할 수 없었던 건입니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table returned by a portal as an HTML email",
    why="HTML table with one row per item; the policy link is not an item.",
    items={N[2]: "removed", N[5]: "removed", N[6]: "not_found", N[10]: "restricted",
           N[12]: "rejected"},
)

csv_text = "\ufeff번호,URL,처리상태,처리일시,비고\n" + "".join(
    f"{i},{u},{st},2024-09-06 11:{10 + i:02d},{note}\n"
    for i, (u, st, note) in enumerate([
        (N[1], "삭제", ""),
        (N[3], "게시중단", ""),
        (N[7], "삭제", "지식iN 질문 및 답변 전체"),
        (N[8], "임시조치", "30일"),
        (N[9], "기삭제", "작성자가 조치 전 직접 삭제"),
        (N[12], "반려", "위반사항 없음"),
    ], 1)
)
case(
    name="naver-csv-attachment-result",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 11:40:00 +0900",
    subject=enc("[NAVER] KCSC-240902-01 조치결과 송부"),
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_3f1a"

--=_nv_3f1a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건의 조치결과를 첨부 CSV 파일로 송부드립니다.
첨부 파일에 없는 게시물은 아직 확인 중이며 확인되는 대로 추가로 회신드리겠습니다.

감사합니다.
''')}
--=_nv_3f1a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_3f1a--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (처리상태 column)",
    why="CSV rows state each item's result; 반려(위반사항 없음) is a refusal, 기삭제 by author is not_found.",
    items={N[1]: "removed", N[3]: "removed", N[7]: "removed", N[8]: "restricted",
           N[9]: "not_found", N[12]: "rejected"},
)

case(
    name="naver-cafe-operator-informal",
    frm="cafe_support@navercorp.com", name_from=enc("네이버 카페 운영지원"),
    date="Tue, 03 Sep 2024 15:12:30 +0900",
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당 김하린입니다.
보내주신 KCSC-240902-01 건 중 카페 게시글부터 먼저 확인했습니다.

fictbettingclub 카페의 10231번, 10232번 글은 불법 도박 홍보글이 맞아서
오늘 오전에 삭제했습니다.
{N[4]}
{N[5]}

fictstockroom 카페 글 두 건은 카페 매니저 소명을 받고 있어서 결과가 나오면
따로 말씀드릴게요. 블로그와 지식iN 게시물은 담당 부서가 달라서 그쪽에서
회신 드릴 예정입니다.

김하린 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe support operator",
    why="Two cafe posts deleted (URLs listed below the statement); the other two cafe posts only 'being looked at', not named by URL.",
    items={N[4]: "removed", N[5]: "removed", N[10]: "pending", N[12]: "pending"},
)

case(
    name="naver-one-item-no-url",
    frm="noreply-right@navercorp.com", name_from=enc("네이버 게시중단 담당"),
    date="Wed, 11 Sep 2024 10:45:02 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240910-06 처리 완료"),
    reply_to_req="req-240910-06",
    body="""
안녕하세요. 네이버 게시중단 담당자입니다.

요청번호 KCSC-240910-06으로 요청하신 블로그 게시물에 대하여
정보통신망법 및 네이버 블로그 운영정책에 따라 게시중단 조치를 완료하였습니다.

  - 처리일시: 2024-09-11 10:42
  - 처리내용: 게시중단

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 완료 notice answering a one-item request",
    why="No URL, but the request has one item and the statement is plain: 게시중단 -> removed.",
    items={S1: "removed"},
)

case(
    name="naver-url-then-result-line",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 09:31:40 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요.
요청하신 건 중 우선 처리된 3건의 결과입니다.

{N[1]}
→ 처리결과: 삭제 완료

{N[3]}
→ 처리결과: 임시조치(30일)

{N[7]}
→ 처리결과: 해당 게시물 없음 (존재하지 않는 문서)

나머지 게시물은 확인 후 별도 회신드리겠습니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="short portal reply: bare URL with the result on the line below",
    why="Each URL is followed by its own 처리결과 line.",
    items={N[1]: "removed", N[3]: "restricted", N[7]: "not_found"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    frm="post_help@navercorp.com", name_from=enc("네이버 포스트 고객센터"),
    date="Thu, 05 Sep 2024 13:05:19 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그·포스트 고객센터입니다.

요청 목록 중 저희 쪽 두 건 회신드립니다.
- {N[8]} : 운영원칙 위반으로 비공개 처리하였습니다.
- {N[9]} : 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.

{gmail_quote("KCSC-240902-01", [N[i] for i in range(1, 13)])}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail-style reply above the quoted KCSC request",
    why="Two items stated above the quote; the quoted list of 12 URLs says nothing about status.",
    items={N[8]: "removed", N[9]: "not_found"},
)

case(
    name="naver-fullwidth-and-angle-brackets",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 17:48:03 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01 추가 회신"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 관련 추가 조치 결과를 알려드립니다.

지식iN 질문글（{N[7]}）은 블라인드 처리되었고,
블로그 게시물 <{N[11]}>에 대해서는 임시조치(30일)를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with URLs in full-width parentheses and angle brackets",
    why="Two items, each with its own statement: 블라인드 -> removed, 임시조치 -> restricted.",
    items={N[7]: "removed", N[11]: "restricted"},
)

case(
    name="kakao-imsijochi-notice-korean-slug",
    frm="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 10:20:00 +0900",
    subject=enc("[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

■ 처리 대상: {K4_RAW}
■ 처리 내용: 임시조치 (30일간 게시물 접근 차단)
■ 근거: 정보통신망법 제44조의2 제4항

■ 처리 대상: {K[3]}
■ 처리 내용: 삭제
■ 근거: 카카오 운영정책 (불법촬영물 등 유통 금지)

임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.
운영정책 안내: https://www.kakao.com/policy/oppolicy

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 처리 결과 안내",
    why="Tistory item with a raw Korean path is under 임시조치 (restricted); the other is 삭제.",
    items={K4: "restricted", K[3]: "removed"},
)

case(
    name="daum-cafe-numbered-list",
    frm="cafe_cs@daum.net", name_from=enc("Daum 카페 고객센터"),
    date="Wed, 04 Sep 2024 14:33:21 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

요청하신 카페 게시글 2건의 처리 결과를 알려드립니다.

1. {K[1]} - 게시중단 처리 완료
2. {K[2]} - 게시물이 존재하지 않습니다 (이미 삭제된 게시물)

티스토리와 브런치 게시물은 각 서비스 담당자가 회신드릴 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre reply with a numbered list",
    why="Numbered list, status after a dash on each line.",
    items={K[1]: "removed", K[2]: "not_found"},
)

kakao_qp_body = f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240903-02의 게시물 5건에 대한 최종 처리 결과입니다.

[번호] [URL] [처리 결과]
1  {K[1]}  삭제
2  {K[2]}  게시중단
3  {K[3]}  게시물 없음(작성자 삭제)
4  {K[4]}  임시조치
5  {K[5]}  비공개 처리(브런치 운영정책 위반)

처리 결과에 대한 문의는 본 메일에 회신해 주시기 바랍니다.
카카오 권리침해신고센터
"""
case(
    name="kakao-qp-final-result-five",
    frm="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 16:00:44 +0900",
    subject=enc("[카카오] 시정요구 처리 결과 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kakao_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao final result list sent quoted-printable",
    why="Quoted-printable body; every item has a result on its row.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "restricted",
           K[5]: "removed"},
)

case(
    name="youtube-legal-en-mixed",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:14:55 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request - YouTube",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your notice regarding the content listed in KCSC-240905-03.

After reviewing the request, we have blocked the following videos from view
in South Korea under local law:

{Y[1]}
{Y[2]}

The following video was removed from YouTube globally for violating our
Community Guidelines:

{Y[3]}

We have decided not to take action on the following content, as we were
unable to identify a violation of local law or of our policies:

{Y[4]}

You can learn more about our policies at https://support.google.com/youtube/answer/2801973

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (local block / global removal / no action)",
    why="Headed groups: two blocked in Korea, one removed globally, one not actioned.",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "rejected"},
)

case(
    name="youtube-ko-local-block",
    frm="youtube-kr-trust@youtube.com", name_from=enc("YouTube 한국 법무지원"),
    date="Tue, 10 Sep 2024 11:22:09 +0900",
    subject=enc("[YouTube] 법적 요청 검토 결과 안내 - KCSC-240905-03"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. YouTube 법무지원팀입니다.

방송통신심의위원회에서 보내주신 요청(KCSC-240905-03)을 검토하였습니다.

- {Y[4]}
  해당 Shorts 동영상은 대한민국 법률 위반 소지가 확인되어 대한민국에서
  시청할 수 없도록 제한하였습니다.

- {Y[2]}
  해당 동영상은 업로더가 이미 삭제하여 더 이상 YouTube에 존재하지 않습니다.

나머지 동영상에 대한 결과는 별도로 안내드리겠습니다.

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome notice (country restriction)",
    why="Statement under each URL: blocked in Korea -> restricted; deleted by uploader -> not_found.",
    items={Y[4]: "restricted", Y[2]: "not_found"},
)

case(
    name="youtube-one-item-no-url",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:03:37 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""
Hello,

Thanks for reaching out. We've reviewed the video you reported under
reference KCSC-240911-07 and removed it from YouTube for violating our
harassment and cyberbullying policy.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report outcome email (video removed) for a one-item request",
    why="One-item request, plain 'removed it' statement with the reference.",
    items={Y[5]: "removed"},
)

yt_age_plain = f"""안녕하세요, YouTube 팀입니다.

KCSC-240905-03 요청에 대한 검토 결과를 알려드립니다.

{Y[3]}
: 커뮤니티 가이드에 따라 연령 제한을 적용했습니다. 만 18세 미만 및 로그아웃한 사용자는 시청할 수 없습니다.

{Y[1]}
: 검토 결과 정책 위반이 확인되지 않아 동영상이 YouTube에 계속 게시됩니다.

감사합니다.
"""
yt_age_html = f"""<div dir="ltr"><p>안녕하세요, YouTube 팀입니다.</p>
<p>KCSC-240905-03 요청에 대한 검토 결과를 알려드립니다.</p>
<ul>
<li><a href="{Y[3]}">{Y[3]}</a><br>커뮤니티 가이드에 따라 연령 제한을 적용했습니다. 만 18세 미만 및 로그아웃한 사용자는 시청할 수 없습니다.</li>
<li><a href="{Y[1]}">{Y[1]}</a><br>검토 결과 정책 위반이 확인되지 않아 동영상이 YouTube에 계속 게시됩니다.</li>
</ul>
<p>감사합니다.</p></div>
"""
case(
    name="youtube-age-restricted-alternative",
    frm="youtube-kr-trust@youtube.com", name_from="YouTube",
    date="Wed, 11 Sep 2024 19:40:12 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240905-03"),
    reply_to_req="req-240905-03",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="00000000000088a1f70621b3c4d5"

--00000000000088a1f70621b3c4d5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_age_plain)}
--00000000000088a1f70621b3c4d5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_age_html)}
--00000000000088a1f70621b3c4d5--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome (age restriction / no violation), Gmail multipart/alternative",
    why="Age restriction -> restricted; no violation, stays up -> rejected.",
    items={Y[3]: "restricted", Y[1]: "rejected"},
)

case(
    name="dc-operator-informal",
    frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 13:27:50 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240906-04"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 게시물 3건 확인했습니다.

주식 갤러리 글({D[1]})은
개인정보 노출이 맞아 삭제 처리했습니다.

코인 마이너 갤러리 55120번 글({D[2]})은
작성자가 이미 자진 삭제해서 현재 없는 글입니다.

55187번 글({D[3]})은 확인해보니
실명이나 연락처 같은 개인정보가 없어서 삭제하지 않고 유지합니다.

더 필요하신 게 있으면 회신 주세요.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply to a deletion request",
    why="Three items, each with a plain decision: deleted, already deleted by author, kept (no rule broken).",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "rejected"},
)

case(
    name="dc-url-with-korean-particles",
    frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240906-04 처리"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요.

{D[1]} 은 삭제 처리했고,
{D[3]}도 같은 사유(개인정보 노출)로 삭제했습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside reply, URLs followed by Korean particles",
    why="Two deletions; the second URL runs straight into the particle 도.",
    items={D[1]: "removed", D[3]: "removed"},
)

case(
    name="band-notice-two-posts",
    frm="safety@band.us", name_from=enc("BAND 고객센터"),
    date="Wed, 11 Sep 2024 15:50:31 +0900",
    subject=enc("[BAND] 신고 게시글 처리 결과 안내 (KCSC-240909-05)"),
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글 2건에 대해 아래와 같이 조치했습니다.

- {B[1]}
  : 게시글 삭제 및 작성자 이용 제한
- {B[2]}
  : 밴드 리더가 이미 삭제하여 게시글을 확인할 수 없습니다

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome notice",
    why="First post deleted; second already deleted by the band leader and cannot be found.",
    items={B[1]: "removed", B[2]: "not_found"},
)

band_html = f"""<html><body>
<div style="font-size:14px;color:#333">
<p>안녕하세요. BAND 안전센터입니다.</p>
<p>요청번호 KCSC-240909-05에 대한 검토 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<tr><th>게시글</th><th>결과</th></tr>
<tr><td>{B[1]}</td><td>블라인드 처리</td></tr>
<tr><td>{B[2]}</td><td>운영정책 위반 없음 (게시 유지)</td></tr>
</table>
<p>본 메일은 발신 전용입니다.</p>
</div></body></html>
"""
case(
    name="band-html-base64-table",
    frm="noreply@band.us", name_from=enc("BAND 안전센터"),
    date="Thu, 12 Sep 2024 09:10:10 +0900",
    subject=enc("[BAND] 검토 결과 안내"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(band_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-centre HTML notice, base64-encoded",
    why="HTML table: 블라인드 -> removed; no violation, kept -> rejected.",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="naver-outlook-over-original",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 18:30:00 +0900",
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240902-01 관련, 아래 3건은 2024.9.3.자로 게시중단 조치를 완료하였습니다.

▶ {N[1]}
▶ {N[2]}
▶ {N[12]}

나머지 건은 확인되는 대로 회신드리겠습니다.

{outlook_quote("KCSC-240902-01", [N[i] for i in range(1, 13)], "policy@navercorp.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request below",
    why="Three listed URLs under a plain 게시중단 완료 sentence; the request below the separator is ours.",
    items={N[1]: "removed", N[2]: "removed", N[12]: "removed"},
)

n9_head, n9_tail = N[9].split("&", 1)
case(
    name="naver-wrapped-post-url",
    frm="post_help@navercorp.com", name_from=enc("네이버 포스트 고객센터"),
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 고객센터입니다. 요청 건 처리 결과입니다.

1) 네이버 포스트 {n9_head}&
{n9_tail} : 삭제 완료
2) 네이버 카페 {N[10]} : 임시조치(30일, 게시자 이의제기 기간)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="customer-centre reply whose long URL was hard-wrapped by the mail client",
    why="The post URL is broken after '&'; read together it is N9 (삭제). The cafe post is under 임시조치.",
    items={N[9]: "removed", N[10]: "restricted"},
)

case(
    name="kakao-receipt-with-results-echo",
    frm="right@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Fri, 06 Sep 2024 09:55:00 +0900",
    subject=enc("[카카오 고객센터] 신고 처리 완료 안내 (접수번호 KR-20240903-00412)"),
    body=f"""
고객님의 신고가 접수되어 처리가 완료되었습니다.

접수번호: KR-20240903-00412
요청번호: KCSC-240903-02

[신고 URL] {K[1]}
[신고 사유] 불법촬영물 유포
[처리 결과] 게시중단

[신고 URL] {K[2]}
[신고 사유] 불법촬영물 유포
[처리 결과] 임시조치(30일)

카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao CS ticket 'processing completed' mail echoing the report fields",
    why="Receipt wording, but each echoed report carries an unhedged 처리 결과: not a pure acknowledgement.",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="youtube-statement-of-reasons",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 21:00:30 +0900",
    subject="Statement of reasons - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Statement of reasons

Notice reference: KCSC-240905-03
Notifier: Korea Communications Standards Commission

Item 1
  Content: {Y[2]}
  Decision: Restriction of visibility - the video is not available to
            viewers in South Korea
  Ground: Local law (Republic of Korea)
  Automated detection: No

Item 2
  Content: {Y[4]}
  Decision: Removal of content
  Ground: Community Guidelines - violent or graphic content
  Automated detection: No

Redress: the uploader may appeal at https://support.google.com/youtube/answer/185111
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision and ground per item)",
    why="Per-item Decision fields: restriction of visibility in Korea -> restricted; removal -> removed.",
    items={Y[2]: "restricted", Y[4]: "removed"},
)

case(
    name="naver-fact-and-promise",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 10:02:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

- 블로그 게시물 {N[3]} 은 삭제하였습니다.
- 카페 게시물 {N[5]} 은 카페 운영진 의견을 들은 뒤 추가 검토 후 조치할 예정입니다.
- 카페 게시물 {N[6]} 은 확인 결과 작성자가 탈퇴하여 게시물이 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply mixing a result, a promise and a not-found",
    why="One deletion and one not-found applied; the promise for the middle item leaves it pending.",
    items={N[3]: "removed", N[5]: "pending", N[6]: "not_found"},
)

case(
    name="dc-text-table",
    frm="report@dcinside.com", name_from=enc("디시인사이드 신고센터"),
    date="Wed, 11 Sep 2024 17:17:17 +0900",
    subject=enc("[디시인사이드] 게시물 처리결과 회신 (KCSC-240906-04)"),
    body=f"""
방송통신심의위원회 담당자님께

KCSC-240906-04 요청 건의 처리결과를 회신드립니다.

| 번호 | 게시물 주소 | 처리결과 |
|---|---|---|
| 1 | {D[1]} | 삭제 |
| 2 | {D[2]} | 삭제 |
| 3 | {D[3]} | 해당 게시물 없음 |

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result table in plain text",
    why="Markdown-like table, one row per item.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# ================= REVIEW =================

case(
    name="naver-promise-sequential",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 11:00:05 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 건은 내부 검토를 거쳐 순차적으로 게시중단될 예정입니다.

{N[1]}
{N[2]}
{N[4]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="portal 'will be taken down in turn' promise",
    why="Only a promise (~될 예정입니다) about named items: nothing stated, clerk must look.",
    items={N[1]: "pending", N[2]: "pending", N[4]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    frm="cafe_cs@daum.net", name_from=enc("Daum 카페 고객센터"),
    date="Wed, 04 Sep 2024 10:10:10 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

문의하신 게시글을 확인해 보니
{K[1]} 은 이미 삭제된 것으로 보이고,
{K[2]} 도 카페 매니저가 비공개로 돌린 것 같습니다.

정확한 처리 이력은 담당 부서 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="informal Daum cafe CS reply with hedged observations",
    why="'~것으로 보이고' / '~것 같습니다' are hedges, and the writer says the record is still to be checked.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 10:30:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01 조치 완료"),
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01로 요청하신 게시물 12건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line portal 'all done' reply",
    why="One statement covering a 12-item request without naming any item: bulk.",
    items={N[i]: "pending" for i in range(1, 13)},
)

case(
    name="youtube-bulk-all-blocked",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:45:00 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request - YouTube",
    reply_to_req="req-240905-03",
    body="""
Hello,

Following our review, all of the videos identified in your request
KCSC-240905-03 have been blocked from view in South Korea.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="YouTube legal outcome covering a whole notice at once",
    why="'all of the videos' for a 4-item request, no item named: bulk.",
    items={Y[i]: "pending" for i in range(1, 5)},
)

case(
    name="naver-auth-fail",
    frm="policy@naver.com", name_from=enc("네이버 정책지원팀"), auth="fail",
    date="Wed, 04 Sep 2024 22:41:09 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버입니다.

{N[1]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="portal-looking reply failing DKIM/SPF/DMARC",
    why="naver.com sender but DMARC fails: no status may change.",
    items={N[1]: "pending"},
)

case(
    name="cafe-manager-gmail",
    frm="fictbetting.mgr@gmail.com", name_from=enc("카페매니저"),
    date="Thu, 05 Sep 2024 23:02:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    body=f"""
안녕하세요 fictbettingclub 카페 매니저입니다.
네이버에서 연락 받고 말씀하신 글 두 개 제가 삭제했습니다.

{N[4]}
{N[5]}

앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a user, not the platform) writing from a webmail address",
    why="Not from NAVER's domains; a user's word is not the platform's statement.",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="naver-about-band-items",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240909-05"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-05로 요청하신 BAND 게시글은 계열 서비스 담당 부서를 통해
아래와 같이 삭제 조치되었습니다.

- {B[1]} : 삭제
- {B[2]} : 삭제

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="parent-company policy team answering for an affiliate service",
    why="NAVER states results for items of the separate 'band' platform (own sender domain): wrong_platform.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="youtube-asks-timestamps",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240905-03] Legal removal request - YouTube - more information needed",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We need more information to process your request KCSC-240905-03.

For the following videos, please tell us the exact timestamps at which the
content you consider unlawful appears, and the provision of Korean law it
breaches:

{Y[1]}
{Y[2]}

Once we receive this information we will continue our review.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal 'we need more information' reply",
    why="Asks for timestamps and legal basis; nothing decided.",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="dc-contact-change-no-claims",
    frm="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    subject=enc("[디시인사이드] 기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

10월 1일부터 수사기관 및 행정기관의 게시물 삭제 요청은
기관 전용 창구(agency@dcinside.com)로 보내주시기 바랍니다.
기존 주소로 보내신 요청도 당분간은 함께 확인합니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice of a new contact address for agencies",
    why="Trusted DC Inside mail naming no item and no request.",
    items={},
)

case(
    name="kakao-pending-author-reply",
    frm="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Sat, 07 Sep 2024 11:11:00 +0900",
    subject=enc("[카카오] 게시중단 요청 진행 상황 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

아래 게시물은 현재 게시자 소명 절차가 진행 중입니다.
소명이 접수되지 않으면 9월 20일 이후 삭제될 예정이며,
소명이 접수되면 내용을 검토하여 결과를 다시 안내드리겠습니다.

- {K[3]}
- {K[5]}

감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Kakao progress notice (author's explanation pending)",
    why="Conditional future deletion only; the items stay pending.",
    items={K[3]: "pending", K[5]: "pending"},
)

case(
    name="naver-under-review",
    frm="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 12:00:00 +0900",
    subject=enc("Re: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[10]}
{N[11]}

위 두 게시물은 현재 담당 부서에서 검토 중이며, 결과는 확인되는 대로 회신드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="portal 'under review' reply naming items",
    why="'검토 중' about named items is no statement; not a pure receipt either since it answers about specific items.",
    items={N[10]: "pending", N[11]: "pending"},
)

case(
    name="youtube-spoof-auth-fail",
    frm="no-reply@youtube.com", name_from="YouTube", auth="fail",
    date="Sat, 14 Sep 2024 03:12:44 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

The video {Y[5]} has been removed.

YouTube
""",
    outcome="review", review="untrusted",
    imitates="short YouTube-looking notice failing authentication",
    why="youtube.com From but DKIM/SPF/DMARC fail.",
    items={Y[5]: "pending"},
)

# ================= IGNORED =================

case(
    name="naver-ooo-chuseok",
    frm="hj.park@navercorp.com", name_from=enc("박현정"),
    date="Thu, 12 Sep 2024 09:00:02 +0900",
    subject=enc("[자동회신] 부재중: [방송통신심의위원회] 시정요구 KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박현정입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="Auto-reply; says nothing about any item.",
    items={},
)

dsn_orig = "\n".join(request_body("KCSC-240903-02", [K4_RAW if i == 4 else K[i] for i in range(1, 6)]))
case(
    name="kakao-dsn-user-unknown",
    frm="MAILER-DAEMON@mx1.kakaocorp.com", name_from="Mail Delivery System", auth="none",
    date="Tue, 03 Sep 2024 11:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="5C1A2B3D4E.1725328841/mx1.kakaocorp.com"

--5C1A2B3D4E.1725328841/mx1.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-legal@kakaocorp.com>: host mx1.kakaocorp.com said: 550 5.1.1
    <right-legal@kakaocorp.com>: Recipient address rejected: User unknown

--5C1A2B3D4E.1725328841/mx1.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:00:40 +0900 (KST)

Final-Recipient: rfc822; right-legal@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-legal@kakaocorp.com>: Recipient
    address rejected: User unknown

--5C1A2B3D4E.1725328841/mx1.kakaocorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-legal@kakaocorp.com
Subject: {enc(SUBJ + "KCSC-240903-02")}
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 11:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--5C1A2B3D4E.1725328841/mx1.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying the original request",
    why="Delivery failure report; the URLs are only in the returned request.",
    items={},
)

case(
    name="youtube-mdn-read",
    frm="legal-kr@google.com", name_from="YouTube Legal KR",
    date="Thu, 05 Sep 2024 14:32:10 +0900",
    subject=enc("읽음: [방송통신심의위원회] 시정요구 KCSC-240905-03"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f3c21"

--mdn-7f3c21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람 legal-kr@google.com 님이 2024-09-05 오후 2:32에 메시지를 열었습니다.
이 확인은 메시지 내용을 읽거나 이해했음을 보장하지 않습니다.
--mdn-7f3c21
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3c21--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-localised read receipt (MDN)",
    why="Read receipt only.",
    items={},
)

case(
    name="dc-ticket-receipt",
    frm="noreply@dcinside.com", name_from=enc("디시인사이드 고객센터"),
    date="Fri, 06 Sep 2024 09:31:05 +0900",
    subject=enc("[디시인사이드] 신고가 접수되었습니다 (접수번호 DC-2409-11873)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

보내주신 신고(KCSC-240906-04)가 정상적으로 접수되었습니다.
접수번호: DC-2409-11873

처리 결과는 영업일 기준 3일 이내에 메일로 안내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호 issued)",
    why="Pure acknowledgement of receipt.",
    items={},
)

case(
    name="band-inquiry-received",
    frm="help@band.us", name_from=enc("BAND 고객센터"),
    date="Mon, 09 Sep 2024 10:00:50 +0900",
    subject=enc("[BAND] 문의가 접수되었습니다"),
    reply_to_req="req-240909-05",
    body="""
안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (문의번호 #BND-5530217)
담당자가 순서대로 확인하여 답변드리겠습니다.

주말 및 공휴일에는 답변이 늦어질 수 있는 점 양해 부탁드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND customer-centre inquiry receipt",
    why="Pure acknowledgement; nothing about the posts.",
    items={},
)

case(
    name="kakao-ooo-with-quoted-request",
    frm="sy.choi@kakaocorp.com", name_from=enc("최서연"),
    date="Tue, 03 Sep 2024 11:00:55 +0900",
    subject=enc("자동 회신: [방송통신심의위원회] 시정요구 KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
출장으로 9월 6일까지 메일 확인이 어렵습니다.
권리침해 관련 문의는 right@kakaocorp.com 으로 보내주세요.

{gmail_quote("KCSC-240903-02", [K[i] for i in range(1, 6)])}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply that quotes the incoming message",
    why="Auto-reply; the URLs are only in the quoted request.",
    items={},
)

case(
    name="youtube-case-receipt-en",
    frm="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 14:05:12 +0900",
    subject="[8-4410000055577] Re: [KCSC-240905-03] Legal removal request - YouTube",
    reply_to_req="req-240905-03",
    body="""
Hello,

Thanks for contacting YouTube. This is an automated message to confirm that
we have received your request. Your case number is 8-4410000055577; please
keep it in the subject line of any follow-up.

We will review your request and get back to you.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automated case receipt",
    why="Receipt with a case number and a promise to review.",
    items={},
)


# ------------------------------------------------------------------ write
HEADER = """# Blind set 341 (Korean portals, 공문 replies, 임시조치 notices, 시정요구 조치결과 tables).
# Written by tests/corpus/blind341/make.py; expected results written from each
# email's meaning before the reader was run. Requests: requests.csv.
"""


def main():
    write_requests()
    out = []
    for c in cases:
        c = dict(c)
        c["from"] = c.pop("frm")
        out.append(c)
    corpuslib.write_set(HERE, "blind341", HEADER, out)


if __name__ == "__main__":
    main()
