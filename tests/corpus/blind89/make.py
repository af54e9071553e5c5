#!/usr/bin/env python3
"""Blind set 89 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea and
DCInside replies written in Korean: 공문-style 조치결과 회신, 임시조치
notices, 시정요구 조치결과 tables (text, HTML, CSV), informal operator
replies, receipts, bounces, read receipts and out-of-office replies.

    python3 tests/corpus/blind89/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml here.
Every expected result was written from the meaning of the email alone,
before any run of the reader. All names, URLs and ids are fictional.
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

SET = "blind89"

# ---------------------------------------------------------------- requests
N = {  # KCSC-240902-01, naver, 12 items (the largest request)
    1: "https://blog.naver.com/moonlit_dalgom/223561000101",
    2: "https://blog.naver.com/moonlit_dalgom/223561000188",
    3: "https://cafe.naver.com/jungo4989/771204",
    4: "https://cafe.naver.com/jungo4989/771233",
    5: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471100231",
    6: "https://blog.naver.com/hanbit_sori77/223570044512",
    7: "https://post.naver.com/viewer/postView.naver?volumeNo=38112047&memberNo=55102931",
    8: "https://blog.naver.com/hanbit_sori77/223570044590",
    9: "https://cafe.naver.com/jungo4989/771301",
    10: "https://tv.naver.com/v/59012377",
    11: "https://blog.naver.com/PostView.naver?blogId=gold_quokka&logNo=223574100023",
    12: "https://cafe.naver.com/ArticleRead.nhn?clubid=31088412&articleid=90215",
}
TISTORY_KO_RAW = "https://sonagi-diary.tistory.com/entry/주식-리딩방-무료체험"
TISTORY_KO = ("https://sonagi-diary.tistory.com/entry/"
              "%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C%EC%B2%B4%ED%97%98")
K = {  # KCSC-240903-02, kakao, 5 items
    1: "https://cafe.daum.net/bamgil_market/Ab3x/1893",
    2: "https://cafe.daum.net/bamgil_market/Ab3x/1907",
    3: TISTORY_KO,
    4: "https://sonagi-diary.tistory.com/412",
    5: "https://tv.kakao.com/v/449102233",
}
Y = {  # KCSC-240905-03, youtube, 4 items
    1: "https://www.youtube.com/watch?v=Qm7tLx2PaW0",
    2: "https://www.youtube.com/watch?v=hR4nB81cZsE",
    3: "https://youtu.be/Vd0kXq93JmU",
    4: "https://www.youtube.com/shorts/Pz6Wc2aLnT4",
}
D = {  # KCSC-240909-04, dcinside, 3 items
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=3390112",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=881204",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=881377",
}
M = {  # KCSC-240910-05, naver, 2 items
    1: "https://blog.naver.com/daon_chaek/223580012345",
    2: "https://cafe.naver.com/dietbox2/552019",
}
P1 = "https://cafe.daum.net/lovepet119/Zx9p/3310"  # KCSC-240911-06, kakao, 1 item
Y7 = "https://www.youtube.com/watch?v=bK2fW8uYt1s"  # KCSC-240912-07, youtube, 1 item

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal-finance", "불법 금융투자 권유·불법 대부 광고"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "illegal-finance", "주식 리딩방 유인"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "defamation", "허위사실 유포 영상"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "gambling", "불법 도박사이트 홍보"),
    ("KCSC-240910-05", "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [M[1], M[2]], "drugs", "의약품 불법 판매"),
    ("KCSC-240911-06", "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [P1], "animal-abuse", "동물 학대 영상 게시"),
    ("KCSC-240912-07", "youtube", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [Y7], "obscenity", "음란 썸네일 영상"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # req-240902-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


REQ_SUBJ = {r[0]: f"[방송통신심의위원회] 불법정보 시정요구 ({r[0]})" for r in REQUESTS}


def request_text(ref):
    """Our own request email, as a platform quotes it back."""
    r = next(x for x in REQUESTS if x[0] == ref)
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        "위원회는 아래 정보에 대하여 「방송통신위원회의 설치 및 운영에 관한 법률」",
        "제21조제4호에 따라 시정요구(해당 정보의 삭제 또는 접속차단)를 결정하였으므로",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"위반내용: {r[6]}",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치기한: {r[3][:10].replace('-', '. ')}.", "",
              "방송통신심의위원회 통신심의국 드림"]
    return lines


def quoted(ref):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def rows_html(rows, head):
    th = "".join(f"<th>{h}</th>" for h in head)
    out = [f"<tr>{th}</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    return "\n".join(out)


cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= NAVER
case(
    name="naver-gongmun-text-table-first-half",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 16:42:10 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 통보하신 시정요구(KCSC-240902-01)와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

- 아   래 -

| 연번 | URL | 조치결과 | 비고 |
|------|-----|----------|------|
| 1 | {N[1]} | 삭제 | 9.3. 조치 |
| 2 | {N[2]} | 삭제 | 9.3. 조치 |
| 3 | {N[3]} | 임시조치 | 30일 |
| 4 | {N[4]} | 조치 불요 | 작성자 삭제로 게시물 부존재 |
| 5 | {N[5]} | 삭제 | 9.4. 조치 |
| 6 | {N[6]} | 미조치 | 운영정책 위반 사항 확인되지 않아 게시 유지 |

3. 나머지 6건은 현재 서비스별로 확인 중이며, 조치가 완료되는 대로 별도로
   회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상주소) | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 (조치결과 회신 with a 연번/URL/조치결과 table)",
    why="six rows each with an unhedged result: 삭제, 임시조치, author-deleted, 게시 유지; the other six are only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected"},
)

html_rows = rows_html([
    ("7", N[7], "비공개 처리", "2024-09-05 10:12"),
    ("8", N[8], "블라인드", "2024-09-05 10:14"),
    ("9", N[9], "접근 제한 (청소년 이용 불가)", "2024-09-05 10:20"),
    ("10", N[10], "운영자 삭제", "2024-09-05 11:02"),
    ("11", N[11], "게시물 없음 (존재하지 않는 게시물)", "-"),
    ("12", N[12], "조치하지 않음 - 위반 사항 없어 게시 유지", "-"),
], ("번호", "신고 URL", "처리 상태", "처리 일시"))
html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 고객센터 권리보호팀입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240902-01</b> 중 7번~12번 게시물의 처리 결과를 아래 표와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
{html_rows}
</table>
<p>처리 기준은 <a href="https://policy.naver.com/rules/service_op.html">네이버 서비스 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-qp-second-half",
    **{"from": "rights_help@navercorp.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 13:05:44 +0900",
    subject="[네이버] 시정요구 처리 결과 안내 (KCSC-240902-01, 7~12번)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 처리 결과 안내 mail with an HTML result table (quoted-printable)",
    why="HTML table: 비공개 처리/블라인드/운영자 삭제 removed, 접근 제한 restricted, 게시물 없음 not_found, 게시 유지 rejected; the policy link is not an item",
    items={N[7]: "removed", N[8]: "removed", N[9]: "restricted", N[10]: "removed",
           N[11]: "not_found", N[12]: "rejected"},
)

csv_rows = [
    ("1", N[1], "삭제", "2024-09-03"),
    ("2", N[2], "삭제", "2024-09-03"),
    ("3", N[3], "임시조치(30일)", "2024-09-03"),
    ("4", N[4], "게시물 없음", ""),
    ("5", N[5], "삭제", "2024-09-04"),
    ("6", N[6], "위반사항 없음(게시 유지)", ""),
    ("7", N[7], "비공개 처리", "2024-09-05"),
    ("8", N[8], "블라인드", "2024-09-05"),
    ("9", N[9], "접속 차단(국내)", "2024-09-05"),
    ("10", N[10], "삭제", "2024-09-05"),
    ("11", N[11], "작성자 삭제", ""),
    ("12", N[12], "검토 중", ""),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "조치결과", "조치일자"])
for r in csv_rows:
    cw.writerow(r)
csv_bytes = b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8")
case(
    name="naver-csv-attachment-all-rows",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 09:31:02 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b89_csv"

--=_nv_b89_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 12건에 대한 조치 현황을 첨부 파일(CSV)로
송부드립니다. 검토 중인 건은 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
네이버 정책지원팀 드림

--=_nv_b89_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename*=UTF-8''KCSC-240902-01_%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(csv_bytes)}
--=_nv_b89_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal's 조치 현황 spreadsheet exported as CSV (UTF-8 with BOM, Korean filename) attached to a short cover note",
    why="one row per URL with a result; row 12 says 검토 중, which is no statement, so it stays pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "removed",
           N[9]: "restricted", N[10]: "removed", N[11]: "not_found", N[12]: "pending"},
)

case(
    name="naver-imsijochi-notice-one-of-two",
    **{"from": "right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 11:20:31 +0900",
    subject="[NAVER] 게시물 임시조치 안내",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회(요청번호 KCSC-240910-05)에서 요청하신 게시물에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래와 같이 임시조치를 하였음을 안내드립니다.

■ 대상 게시물: {M[1]}
■ 조치 내용: 임시조치 (30일간 게시 중단, 게시자 외 접근 제한)
■ 조치 일시: 2024.09.11 11:02

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 접수되면
그 결과를 별도로 안내드립니다.

본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com/)를
이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 '게시물 임시조치 안내' notice under 정보통신망법 제44조의2",
    why="one of the two items of the request was put under 임시조치 (restricted); the other is not spoken about",
    items={M[1]: "restricted"},
)

case(
    name="naver-informal-cafe-operator", raw_subject=True,
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Wed, 11 Sep 2024 17:48:09 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240910-05"], reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""안녕하세요~ 네이버 카페·블로그 운영팀 김서연입니다.

말씀 주신 두 건 확인해 봤는데요,
블로그 글({M[1]})은 오늘 오전에 삭제 처리했습니다.
카페 글 {M[2]} 은 들어가 보니 작성자가 이미 지운 글이라
저희 쪽에서 따로 조치할 게 없었어요.

혹시 추가로 보실 URL 있으면 편하게 보내주세요!

김서연 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal operator (블로그·카페 운영팀) to a regulator's desk officer",
    why="blog post deleted (removed); cafe post already deleted by its author (not_found)",
    items={M[1]: "removed", M[2]: "not_found"},
)

case(
    name="naver-url-then-arrow-status",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 18:15:27 +0900",
    subject="[1차 회신] 시정요구 KCSC-240902-01 처리결과",
    body=f"""방송통신심의위원회 담당자님께,

시정요구 KCSC-240902-01 건 중 우선 처리된 3건 결과 공유드립니다.

{N[1]}
→ 처리결과: 게시중단 완료

{N[3]}
→ 처리결과: 블라인드 처리

{N[10]}
→ 처리결과: 국내 접속 차단

나머지 건은 확인되는 대로 2차 회신드리겠습니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="first partial 회신 listing each bare URL with its 처리결과 on the line below",
    why="게시중단 and 블라인드 are removals; 국내 접속 차단 is a restriction in Korea",
    items={N[1]: "removed", N[3]: "removed", N[10]: "restricted"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jh.lee@navercorp.com"}, name_from="이재혁",
    date="Tue, 03 Sep 2024 20:02:51 +0900",
    subject="Re: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""요청하신 건 중 아래 2건은 삭제 완료했습니다.

{N[2]}
{N[4]}

나머지는 담당 부서에서 따로 회신 예정입니다.

이재혁 | NAVER 정책지원

2024년 9월 2일 (월) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply (Korean attribution line '…님이 작성:') over the quoted request",
    why="two URLs above the quote were deleted; the quoted request lists all twelve and states nothing",
    items={N[2]: "removed", N[4]: "removed"},
)

case(
    name="naver-prose-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 15:27:33 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[2]}은 운영정책 위반으로 삭제되었으며,
{N[4]} 의 경우 작성자가 이미 삭제하여 해당 게시물이 존재하지 않습니다.
또한 네이버TV 영상（{N[10]}）은 채널 운영자에게 통보 후 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="prose 회신 in Korean with URLs followed by particles (은, 의 경우) and full-width parentheses",
    why="one deleted, one already deleted by its author, the NAVER TV video deleted",
    items={N[2]: "removed", N[4]: "not_found", N[10]: "removed"},
)

b64_body = f"""방송통신심의위원회 귀중

시정요구(KCSC-240902-01) 11번, 12번 게시물에 대한 검토 결과를 회신합니다.

가. {N[11]}
   - 검토 결과: 게시물의 내용이 불법정보에 해당한다고 보기 어려워
     조치하지 않고 게시를 유지합니다.

나. {N[12]}
   - 검토 결과: 카페 운영정책 위반으로 확인되어 2024. 9. 6. 삭제하였습니다.

이의가 있으시면 회신 주시기 바랍니다.

네이버 주식회사 정책지원팀
"""
case(
    name="naver-base64-gongmun-rejected-and-removed",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 17:40:00 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("시정요구 검토결과 회신 (KCSC-240902-01)".encode()).decode() + "?=",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(b64_body),
    outcome="applied", classification="confirmation",
    imitates="공문-style 검토결과 회신 sent as a base64 body with an encoded-word subject",
    why="item 11 kept up because not illegal (rejected, with reason); item 12 deleted",
    items={N[11]: "rejected", N[12]: "removed"},
)

case(
    name="naver-outlook-wrapped-angle-urls",
    **{"from": "minji.choi@navercorp.com"}, name_from="Choi Minji (최민지)",
    date="Thu, 05 Sep 2024 10:09:12 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""담당자님 안녕하세요,

지식iN 질문글 <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101
&docId=471100231> 은 지식iN 운영원칙에 따라 삭제했습니다.

블로그 글 <{N[11]}> 은
게시자 계정을 포함해 비공개 처리하였습니다.

최민지 드림
NAVER 정책지원 | 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with angle-bracketed URLs, one hard-wrapped at the '&' inside its brackets",
    why="the wrapped 지식iN URL (rejoined inside <>) was deleted; the blog post was made private (비공개 처리 = removed)",
    items={N[5]: "removed", N[11]: "removed"},
)

case(
    name="naver-gongmun-r5-kept-and-age-limited",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 14:00:05 +0900",
    subject="시정요구(KCSC-240910-05) 조치결과 회신",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240910-05) 조치결과 회신

1. 관련: 방송통신심의위원회 시정요구(KCSC-240910-05, 2024. 9. 10.)
2. 위 관련 건에 대한 당사 조치결과를 다음과 같이 회신합니다.

  가. {M[1]}
      ○ 조치결과: 미조치
      ○ 사유: 의약품 정보 안내 글로, 판매 또는 알선 내용이 확인되지 않음

  나. {M[2]}
      ○ 조치결과: 접근 제한 (19세 미만 이용자 열람 제한)

끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 조치결과 회신 with 가./나. items and ○ result lines",
    why="first item refused with its reason (rejected); second age-restricted (restricted)",
    items={M[1]: "rejected", M[2]: "restricted"},
)

# ---- NAVER review / ignored
case(
    name="naver-promise-this-week",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:11:45 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 카페 운영정책 검토를 거쳐 금주 중 삭제될 예정입니다.

- {N[3]}
- {N[9]}

조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising removal after internal review ('삭제될 예정입니다')",
    why="a promise of deletion this week is not a statement; both items stay pending",
    items={N[3]: "pending", N[9]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 09:05:10 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하십니까.

귀 위원회에서 시정요구(KCSC-240902-01)로 요청하신 게시물 12건 전체에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

네이버 주식회사 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="short 공문 reply stating all requested posts were taken down, without listing them",
    why="a statement about all twelve items without naming one; bulk_confirmations = review",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-auth-fail-both-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Wed, 11 Sep 2024 09:14:02 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240910-05"], reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""안녕하세요.

요청하신 2건 모두 삭제 완료되었습니다.

1. {M[1]} - 삭제
2. {M[2]} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="reply in the form of a NAVER 회신 whose DKIM/SPF/DMARC all fail",
    why="navercorp.com sender failing DMARC: nothing applies",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 14:33:50 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 2건은 게시물 내용만으로는 위반 여부를 판단하기 어렵습니다.

  {N[6]}
  {N[9]}

조치 검토를 위해 해당 건의 심의 의결서 사본과 적용 법 조항을 보내주시면
확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking the regulator for the 심의 의결서 before acting",
    why="asks for documents; no decision is stated on either item",
    items={N[6]: "pending", N[9]: "pending"},
)

case(
    name="naver-search-delists-tistory-url",
    **{"from": "search_help@navercorp.com"}, name_from="네이버 검색 고객센터",
    date="Thu, 05 Sep 2024 16:20:19 +0900",
    subject="[네이버 검색] 검색 노출 제한 처리 결과 (KCSC-240903-02 관련)",
    body=f"""안녕하세요. 네이버 검색 고객센터입니다.

위원회에서 참고로 공유해 주신 티스토리 게시물
{K[4]}
은 네이버가 운영하는 서비스가 아니어서 게시물 자체에 대한 조치는 어렵습니다.

다만 네이버 통합검색 결과에서는 위 URL이 노출되지 않도록 검색 노출 제한 처리하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search 'not our service, delisted from search results' reply about a Kakao-hosted URL",
    why="NAVER states a restriction for a Tistory (Kakao) item of the Kakao request; only Kakao can change it",
    items={K[4]: "pending"},
)

case(
    name="naver-hedge-appears-deleted",
    **{"from": "jh.lee@navercorp.com"}, name_from="이재혁",
    date="Wed, 04 Sep 2024 12:40:03 +0900",
    subject="Re: " + REQ_SUBJ["KCSC-240902-01"], reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 이재혁입니다.

{N[8]} 건은 확인해 보니 게시자가 이미 삭제한 것으로 보입니다.
정확한 내역은 블로그팀 확인 후 다시 말씀드리겠습니다.

이재혁 드림
""",
    outcome="review", review="not_understood",
    imitates="informal operator reply hedging ('…삭제한 것으로 보입니다') pending a team check",
    why="'appears to have been deleted' and a promise to confirm later: no statement, item stays pending",
    items={N[8]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[네이버] 시정요구 공문 수신 창구 변경 안내",
    body="""방송통신심의위원회 담당자님께

2024년 9월 23일부터 시정요구 및 협조 요청 공문의 수신 창구가 아래와 같이
변경됨을 안내드립니다.

  - 변경 전: policy@navercorp.com
  - 변경 후: kcsc-desk@navercorp.com

변경 이후에도 기존 주소로 발송된 메일은 당분간 자동으로 전달됩니다.

네이버 주식회사 정책지원팀 드림
""",
    outcome="review", review="no_claims",
    imitates="portal administrative notice of a changed contact address",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 10:31:40 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  - 접수번호: 20240902-0118823
  - 문의 제목: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240902-01)
  - 접수 일시: 2024.09.02 10:31

답변은 영업일 기준 1~3일 이내에 이메일로 보내드립니다.
문의 내역은 네이버 고객센터 > 내 문의내역(https://help.naver.com/myinquiry)에서
확인하실 수 있습니다.

본 메일은 발신 전용 메일입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 완료 receipt",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    subject="자동 회신: " + REQ_SUBJ["KCSC-240910-05"], reply_to_req=req_mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 김서연입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴 및 휴가로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.

급한 시정요구 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (Chuseok holiday out-of-office)",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================= Kakao
case(
    name="kakao-daum-cafe-blind-notice",
    **{"from": "clean_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 14:31:09 +0900",
    subject="[Daum 카페] 신고 게시물 처리 결과 안내 (KCSC-240903-02)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 대상
 - {K[1]}
 - {K[2]}

■ 처리 결과: 블라인드 처리 (게시물 열람 불가)
■ 처리 일시: 2024-09-04 14:20
■ 처리 근거: Daum 카페 운영정책 (불법정보 게시 금지)

블라인드 처리된 게시물은 게시자의 소명이 없으면 30일 후 삭제됩니다.
운영정책: https://cafe.daum.net/_c21_/notice_policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 결과 안내 (■ 처리 대상 / ■ 처리 결과 block)",
    why="both listed cafe posts blinded now (removed); the 30-day deletion is a later consequence, the policy link is not an item",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory_ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Wed, 04 Sep 2024 17:05:51 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240903-02"], reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청번호 KCSC-240903-02 중 티스토리 블로그 게시물 2건에 대한 조치 내용입니다.

{TISTORY_KO_RAW}
 → 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다. (게시물 접근 제한)

https://sonagi-diary.tistory.com/412
 → 운영정책 위반으로 삭제하였습니다.

나머지 Daum 카페·카카오TV 건은 해당 서비스에서 회신드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operator reply with a raw (undecoded) Korean entry slug URL",
    why="the raw Korean path is the percent-encoded requested URL: 임시조치 (restricted); /412 deleted",
    items={K[3]: "restricted", K[4]: "removed"},
)

k_html_rows = rows_html([
    ("1", K[1], "블라인드"),
    ("2", K[2], "삭제"),
    ("3", K[3], "임시조치(30일)"),
    ("4", K[4], "게시물 없음(게시자 삭제)"),
    ("5", K[5], "미조치 - 운영정책 위반 아님"),
], ("No.", "URL", "조치결과"))
k_html = f"""<html><body style="font-family:'Malgun Gothic'">
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>카카오 정책협력팀입니다.</p>
<p>시정요구 KCSC-240903-02 (5건)에 대한 조치결과를 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
{k_html_rows}
</table>
<p>문의사항은 회신 주시기 바랍니다.<br>카카오 정책협력팀 드림</p>
</body></html>
"""
k_text = "\n".join([
    "방송통신심의위원회 담당자님, 안녕하세요. 카카오 정책협력팀입니다.",
    "시정요구 KCSC-240903-02 (5건) 조치결과는 HTML 본문의 표를 확인해 주세요.",
    "",
    "카카오 정책협력팀 드림",
])
case(
    name="kakao-html-table-five-rows",
    **{"from": "policy_coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Fri, 06 Sep 2024 11:22:37 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240903-02"], reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kk-b89-alt"

--kk-b89-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{k_text}
--kk-b89-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(k_html)}
--kk-b89-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책협력 조치결과 회신 as multipart/alternative whose plain part only points to the HTML table",
    why="the HTML table gives a result per item; the text part says nothing itself",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found", K[5]: "rejected"},
)

case(
    name="kakao-sole-item-no-url",
    **{"from": "cafe_cs@kakaocorp.com"}, name_from="Daum 카페 고객센터",
    date="Thu, 12 Sep 2024 10:40:22 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240911-06"], reply_to_req=req_mid("KCSC-240911-06"),
    body="""안녕하세요. 카카오 Daum 카페 담당자입니다.

요청하신 게시물은 금일 오전 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator reply to a one-item request, threaded on our request",
    why="the request has one item; 'the requested post was deleted' is about it",
    items={P1: "removed"},
)

case(
    name="kakao-tv-reply-over-korean-gmail-quote",
    **{"from": "kakaotv_ops@kakaocorp.com"}, name_from="카카오TV 운영",
    date="Thu, 05 Sep 2024 09:58:14 +0900",
    subject="Re: " + REQ_SUBJ["KCSC-240903-02"], reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""카카오TV 영상은 채널 운영자에게 고지 후 비공개 처리했습니다.
{K[5]}

나머지 카페/블로그 건은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

카카오TV 운영 담당 드림

2024년 9월 3일 (화) 오전 11:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240903-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted operator reply, URL on the line below its statement, over a Korean Gmail quote",
    why="the kakaoTV video was made private by the operator (removed); the quoted list states nothing",
    items={K[5]: "removed"},
)

case(
    name="kakao-echoed-request-with-results",
    **{"from": "policy_coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Thu, 05 Sep 2024 18:30:00 +0900",
    subject="시정요구 조치결과 회신 - KCSC-240903-02",
    body=f"""안녕하세요, 카카오 정책협력팀입니다.
요청 내역별 조치 결과를 아래와 같이 정리하여 회신드립니다.

[요청 내역 및 조치 결과]

1) 요청 URL: {K[1]}
   요청 사유: 불법 금융투자 권유
   조치 결과: 삭제

2) 요청 URL: {K[3]}
   요청 사유: 주식 리딩방 유인
   조치 결과: 임시조치 (30일)

3) 요청 URL: {K[4]}
   요청 사유: 주식 리딩방 유인
   조치 결과: 해당 게시물 없음 (게시자 삭제)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="platform echoing the regulator's request lines (요청 URL / 요청 사유) and adding 조치 결과 to each",
    why="each echoed request line carries its own unhedged result",
    items={K[1]: "removed", K[3]: "restricted", K[4]: "not_found"},
)

case(
    name="kakao-cafe-manager-gmail",
    **{"from": "lovepet119.cafe@gmail.com"}, name_from="러브펫119 카페지기",
    date="Wed, 11 Sep 2024 21:07:45 +0900",
    subject="방심위 요청 게시글 삭제했습니다",
    body=f"""안녕하세요. 다음 카페 '러브펫119' 카페지기입니다.

카카오 쪽에서 연락받았는데 방심위에서 요청하셨다는 글
{P1}
제가 방금 카페에서 삭제했습니다. 회원 관리 더 신경쓰겠습니다.

카페지기 드림
""",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe manager writing from a personal webmail address",
    why="a cafe manager on gmail.com is not Kakao; the claim needs a person to check",
    items={P1: "pending"},
)

case(
    name="kakao-conditional-will-blind",
    **{"from": "clean_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 09:20:13 +0900",
    subject="[Daum 카페] 신고 접수 및 검토 안내 (KCSC-240903-02)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고하신 게시물({K[2]})은 현재 검토 중입니다.
검토 결과 불법정보에 해당하는 것으로 확인되면 블라인드 처리될 예정이며,
처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao '검토 중, 확인되면 블라인드 처리 예정' notice",
    why="under review plus a conditional future blind: no statement; names a requested item so not a pure receipt",
    items={K[2]: "pending"},
)

case(
    name="kakao-daum-korean-bounce",
    **{"from": "mailer-daemon@daum.net"}, name_from="Mail Delivery Subsystem",
    date="Tue, 03 Sep 2024 11:00:41 +0900",
    subject="[전송실패] 메일이 전달되지 않았습니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""보내신 메일이 아래 수신자에게 전달되지 못했습니다.

  수신자: cafe_legal_old@daum.net
  실패 사유: 수신자 주소를 찾을 수 없습니다.
  서버 응답: 550 5.1.1 <cafe_legal_old@daum.net>: Recipient address rejected: User unknown

----- 원본 메일 헤더 -----
From: KCSC Takedown <takedown@kcsc.example>
To: cafe_legal_old@daum.net
Subject: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240903-02)
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 11:00:00 +0900
""",
    outcome="ignored", classification="bounce",
    imitates="Daum mailer's Korean-language 전송실패 notice (plain text, not multipart/report)",
    why="delivery failure report for our own request; says nothing about any item",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "policy_coop@kakaocorp.com"}, name_from="카카오 정책협력팀",
    date="Tue, 03 Sep 2024 13:47:02 +0900",
    subject="읽음: " + REQ_SUBJ["KCSC-240903-02"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b89-kk"

--mdn-b89-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

  제목: {REQ_SUBJ["KCSC-240903-02"]}
  읽은 시간: 2024-09-03 (화) 13:47

--mdn-b89-kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; policy_coop@kakaocorp.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b89-kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN '읽음:' read receipt (multipart/report; disposition-notification)",
    why="read receipt",
    items={},
)

# ================================================================= YouTube
case(
    name="yt-korean-legal-restricted-and-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube 법무 지원팀",
    date="Mon, 09 Sep 2024 16:10:29 +0900",
    subject="[4-8812000031533] 법적 삭제 요청 검토 결과 (KCSC-240905-03)",
    body=f"""안녕하세요.

YouTube 법무 지원팀입니다. 방송통신심의위원회에서 2024년 9월 5일 보내주신 요청
(KCSC-240905-03)을 검토했습니다.

검토 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국에서의 액세스를 제한했습니다.
- {Y[1]}
- {Y[2]}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서 삭제되었습니다.
- {Y[3]}

요청서의 나머지 URL은 검토가 끝나는 대로 별도로 회신드리겠습니다.

YouTube의 법적 삭제 절차에 관한 자세한 내용은
https://support.google.com/youtube/answer/9988776 에서 확인하실 수 있습니다.

YouTube 법무 지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome (Korean): locally restricted in KR vs removed globally under Community Guidelines",
    why="two videos restricted in Korea, one removed globally; the shorts item is only promised; help link not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-actioned-under-policies-bilingual",
    **{"from": "legal-noreply@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:44:00 +0900",
    subject="Re: " + REQ_SUBJ["KCSC-240912-07"] + " [2-7702000045120]",
    reply_to_req=req_mid("KCSC-240912-07"),
    body=f"""Hello,

Thanks for contacting YouTube. We have reviewed your request (KCSC-240912-07).
The content at {Y7} has been actioned under our policies.

안녕하세요. 요청(KCSC-240912-07)을 검토한 결과, 위 URL의 콘텐츠는 YouTube 정책에 따라
조치되었습니다.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'has been actioned under our policies' reply, English with a Korean paragraph",
    why="the configured YouTube phrase for removal, about the one named URL",
    items={Y7: "removed"},
)

case(
    name="yt-age-restriction-and-no-action",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube 법무 지원팀",
    date="Tue, 10 Sep 2024 15:02:44 +0900",
    subject="[4-8812000031533] 추가 검토 결과 안내 (KCSC-240905-03)",
    body=f"""안녕하세요.

요청번호 KCSC-240905-03 관련 추가 검토 결과를 안내드립니다.

{Y[4]}
이 Shorts 동영상에는 연령 제한을 적용했습니다. 이제 로그인한 만 18세 이상
사용자만 시청할 수 있습니다.

{Y[2]}
검토 결과 이 동영상은 커뮤니티 가이드나 현지 법률을 위반하지 않는 것으로 판단되어
삭제하지 않기로 결정했습니다. 법원 판결 등 추가 자료가 있으시면 새 요청을 제출해 주세요.

YouTube 법무 지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: age restriction applied / 'we have decided not to take action'",
    why="shorts age-restricted (restricted); second video kept up because it breaks no rule (rejected), the new-request hint is no ask",
    items={Y[4]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-uploader-deleted-and-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube 법무 지원팀",
    date="Wed, 11 Sep 2024 10:15:38 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240905-03"], reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""안녕하세요.

요청하신 동영상 2개의 확인 결과입니다.

• {Y[3]} — 이 동영상은 업로더가 직접 삭제하여 더 이상 YouTube에 존재하지 않습니다.
• {Y[2]} — 스팸, 현혹 행위 및 사기 정책 위반으로 삭제되었습니다.

감사합니다.
YouTube 법무 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with bullet lines 'URL — outcome' (uploader deleted / removed for policy)",
    why="one video deleted by its uploader (not_found), one removed for policy",
    items={Y[3]: "not_found", Y[2]: "removed"},
)

case(
    name="yt-receipt-plus-outcome",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube 법무 지원팀",
    date="Fri, 06 Sep 2024 19:55:03 +0900",
    subject="요청이 접수되었습니다 [7-1302000041188] (KCSC-240905-03)",
    body=f"""안녕하세요.

YouTube에 문의해 주셔서 감사합니다. 요청이 접수되었습니다 (접수번호: 7-1302000041188).

신속한 처리가 필요한 건으로 분류되어 검토를 마쳤으며, 아래 동영상 2개는
YouTube에서 삭제되었습니다.

  {Y[1]}
  {Y[4]}

YouTube 법무 지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube receipt wording ('요청이 접수되었습니다') followed by an outcome in the same mail",
    why="receipt phrase plus unhedged removals of two named videos: not a pure acknowledgement",
    items={Y[1]: "removed", Y[4]: "removed"},
)

case(
    name="yt-legal-ticket-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google 법률 지원팀",
    date="Thu, 12 Sep 2024 09:01:15 +0900",
    subject="Google 법률 지원: 요청 접수 확인 [2-7702000045120] (KCSC-240912-07)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

Google 법률 지원팀에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었습니다.

  참조 번호: 2-7702000045120

요청 내용을 검토한 뒤 이메일로 답변을 드리겠습니다. 이 메일에 회신하지 마세요.
요청 진행 상황은 https://support.google.com/legal/dashboard 에서 확인할 수 있습니다.

Google 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal support automatic receipt with a reference number and dashboard link",
    why="pure acknowledgement; the dashboard link is not an item",
    items={},
)

case(
    name="yt-under-review-will-inform",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube 법무 지원팀",
    date="Fri, 06 Sep 2024 10:33:21 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240905-03"], reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""안녕하세요.

보내주신 URL 중 아래 2건은 현재 담당팀에서 검토 중입니다.

{Y[1]}
{Y[2]}

검토가 완료되면 결과를 이메일로 안내드리겠습니다. 양해 부탁드립니다.

YouTube 법무 지원팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'currently under review, we will let you know' interim reply",
    why="'under review' names two requested videos but states nothing about them",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-lookalike-domain",
    **{"from": "legal-kr@yt-legalsupport.com"}, name_from="YouTube Legal Korea",
    date="Thu, 12 Sep 2024 22:18:09 +0900",
    subject="[YouTube] 삭제 완료 안내 (KCSC-240912-07)",
    body=f"""안녕하세요, YouTube Korea 법무팀입니다.

요청하신 동영상 {Y7} 은 삭제 완료되었습니다.
처리 확인서 발급을 원하시면 아래 링크에서 기관 계정으로 로그인해 주세요.
https://yt-legalsupport.com/kr/confirm?case=KCSC-240912-07

YouTube Korea 법무팀
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike-domain mail in the form of a YouTube Korea legal notice (phishing-style login link)",
    why="yt-legalsupport.com is not a YouTube/Google domain; the removal claim cannot be trusted",
    items={Y7: "pending"},
)

case(
    name="yt-staff-out-of-office",
    **{"from": "jiwoo.park@google.com"}, name_from="Jiwoo Park",
    date="Thu, 05 Sep 2024 14:00:30 +0900",
    subject="Automatic reply: " + REQ_SUBJ["KCSC-240905-03"],
    reply_to_req=req_mid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 16 September with limited access to email.
9월 16일까지 부재중이며 메일 확인이 어렵습니다.

For urgent legal requests from Korean authorities, please write to
legal-kr@google.com. 긴급한 법적 요청은 legal-kr@google.com 으로 보내주세요.

Jiwoo Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Gmail/Workspace out-of-office from a Google staffer",
    why="auto-reply",
    items={},
)

# ================================================================= DCInside
case(
    name="dc-operator-numbered-list", raw_subject=True,
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 13:12:59 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240909-04"], reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
방심위 시정요구(KCSC-240909-04) 3건 처리 결과 알려드립니다.

1. {D[1]} - 삭제 완료
2. {D[2]} - 삭제 완료
3. {D[3]} - 작성자가 먼저 삭제한 글이라 확인 불가

해당 작성자 IP/계정은 갤러리 이용 차단 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator's short numbered reply 'URL - 결과'",
    why="two deleted, one already deleted by its author (not_found); the user ban is not about an item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-statement-then-url-below",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 11:45:00 +0900",
    subject="[디시인사이드] 게시물 처리 결과 (KCSC-240909-04)",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 불법 도박 홍보로 확인되어 갤러리 운영 원칙에 따라 삭제 처리하였습니다.
{D[1]}

아래 게시물은 도박사이트 주소나 가입 유도 내용이 없어 신고 사유에 해당하지 않아
게시를 유지합니다.
{D[3]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each statement followed by its URL on the line below",
    why="first deleted, second kept up with its reason (rejected)",
    items={D[1]: "removed", D[3]: "rejected"},
)

case(
    name="dc-outlook-korean-original-message",
    **{"from": "sumin.yoon@dcinside.com"}, name_from="윤수민",
    date="Tue, 10 Sep 2024 10:02:17 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240909-04"], reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""담당자님, 마이너 갤러리 글 한 건 먼저 처리했습니다.

<{D[2]}> 삭제 완료했습니다.
나머지 두 건은 확인 후 말씀드릴게요.

윤수민 / 디시인사이드 운영지원

-----원본 메시지-----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 9일 월요일 오전 9:30
받는 사람: help@dcinside.com
제목: {REQ_SUBJ["KCSC-240909-04"]}

{chr(10).join(request_text("KCSC-240909-04"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply with '-----원본 메시지-----' and the unquoted original request below",
    why="one URL in angle brackets deleted; the original request below the separator states nothing",
    items={D[2]: "removed"},
)

case(
    name="dc-auth-fail-all-deleted",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Mon, 09 Sep 2024 23:51:40 +0900",
    subject="RE: " + REQ_SUBJ["KCSC-240909-04"], reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 3건 전부 삭제했습니다.
{D[1]}
{D[2]}
{D[3]}
""",
    outcome="review", review="untrusted",
    imitates="reply in the form of the DCInside operator reply, failing DKIM/SPF/DMARC",
    why="dcinside.com sender failing authentication: nothing applies",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-postfix-dsn",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 09:30:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="B89DC.1725841812/mx2.dcinside.com"

--B89DC.1725841812/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report_old@dcinside.com>: host mx2.dcinside.com[203.0.113.44] said: 550 5.1.1
    <report_old@dcinside.com>: Recipient address rejected: User unknown

--B89DC.1725841812/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 09:30:11 +0900 (KST)

Final-Recipient: rfc822; report_old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report_old@dcinside.com>: Recipient address rejected: User unknown

--B89DC.1725841812/mx2.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report_old@dcinside.com
Subject: =?UTF-8?B?W+uwqeyGoe2GteyLoOyLrOydmOychOybkO2ajF0g67aI67KV7KCV67O0IOyLnOygleyalOq1rCAoS0NTQy0yNDA5MDktMDQp?=
Message-ID: <req-240909-04@kcsc.example>
Date: Mon, 09 Sep 2024 09:30:00 +0900

--B89DC.1725841812/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN (multipart/report)",
    why="bounce of our request to an old address",
    items={},
)

# ----------------------------------------------------------------- write
HEADER = """# Blind set 89 (Korean): expected results, written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
"""

def encode_headers(c):
    """Korean display names and subjects as RFC 2047 encoded words, as the
    platforms' mailers send them (two cases keep a raw UTF-8 subject)."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if key == "subject" and c.get("raw_subject"):
            continue
        if v and not v.isascii() and not v.startswith("=?"):
            c[key] = Header(v, "utf-8").encode(maxlinelen=76)


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
