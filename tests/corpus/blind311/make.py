#!/usr/bin/env python3
"""Blind set 311 (Korean replies: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND). Deterministic: rewrites requests.csv, cases/*.eml and
expected.toml from the lists below.

    python3 tests/corpus/blind311/make.py

Every email is fictional and written for this set; expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DCInside",
    "band.us": "BAND",
})

KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def enc(s):
    """RFC 2047 encoded header value, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/sunny_gil77/223540011201",
    "https://blog.naver.com/sunny_gil77/223540011388",
    "https://blog.naver.com/moonlit_pier/223551230077",
    "https://cafe.naver.com/dalbitmarket/58213",
    "https://cafe.naver.com/dalbitmarket/58240",
    "https://cafe.naver.com/ohmokjari/1204",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471220385",
    "https://blog.naver.com/gray_owl_93/223560004412",
    "https://cafe.naver.com/ohmokjari/1207",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38011254&memberNo=51230981",
    "https://blog.naver.com/moonlit_pier/223551230190",
    "https://cafe.naver.com/dalbitmarket/58302",
    "https://blog.naver.com/gray_owl_93/223560004590",
    "https://tv.naver.com/v/59012377",
]
K_PATH_RAW = "https://haneul-note.tistory.com/entry/비밀-공유-자료실"
K = [
    "https://cafe.daum.net/byeolbitsijang/Xq2e/311",
    "https://cafe.daum.net/byeolbitsijang/Xq2e/318",
    "https://haneul-note.tistory.com/entry/%EB%B9%84%EB%B0%80-%EA%B3%B5%EC%9C%A0-%EC%9E%90%EB%A3%8C%EC%8B%A4",
    "https://cafe.daum.net/gureumpark/Ab9Z/77",
    "https://haneul-note.tistory.com/142",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8xLp2A",
    "https://www.youtube.com/watch?v=Zr7kN1wEb5c",
    "https://www.youtube.com/shorts/Hd4pW9sYq0U",
    "https://www.youtube.com/@haemul_tv_kr",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331",
    "https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40512",
    "https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40519",
]
B = [
    "https://band.us/band/81234567/post/402",
    "https://band.us/band/81234567/post/417",
]
S1 = "https://blog.naver.com/pado_seoul/223571100345"
S2 = "https://cafe.daum.net/saebyeokgil/Jk3P/905"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", N,
     "illegal-gambling", "largest request: gambling promotion on blogs, cafes, KnowledgeiN, Post, TV"),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", K,
     "illegal-drugs-food", "Daum cafes and Tistory"),
    ("KCSC-240906-03", "youtube", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00", Y,
     "obscenity", "three videos and one channel"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", D,
     "privacy", "gallery posts"),
    ("KCSC-240910-05", "band", "2024-09-10T09:40:00+09:00", "2024-09-17T23:59:59+09:00", B,
     "fraud", "BAND posts"),
    ("KCSC-240911-06", "naver", "2024-09-11T15:10:00+09:00", "2024-09-18T23:59:59+09:00", [S1],
     "defamation", "one blog post"),
    ("KCSC-240912-07", "kakao", "2024-09-12T13:25:00+09:00", "2024-09-19T23:59:59+09:00", [S2],
     "illegal-gambling", "one Daum cafe post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ01_TEXT = (
    "정보통신망법 제44조의7에 따른 불법정보(불법 도박 홍보)에 대하여 아래 14건의 삭제를 요청드립니다.\n"
    "참조 번호: KCSC-240903-01 / 처리 기한: 2024. 9. 10.\n\n"
    + "\n".join("%d. %s" % (i + 1, u) for i, u in enumerate(N))
    + "\n\n방송통신심의위원회 통신심의국"
)

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        kw["name_from"] = enc(nf)
    C.append(kw)


NAVER_POLICY = "policy@navercorp.com"

# ---- applied --------------------------------------------------------------
case(
    name="naver-gongmun-text-table",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a plain-text table",
    why="five rows, each URL with its own result: 삭제/게시중단 removed, 성인 인증 접근 제한 restricted, 해당 게시물 없음 not_found",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-05 17:42:10"), subject=enc("[회신] 시정요구에 대한 조치결과 통보 (KCSC-240903-01)"),
    reply_to_req="req-240903-01",
    body="""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01)와 관련하여
   당사가 조치한 결과를 아래와 같이 회신합니다.

                              - 아   래 -

 번호 | 대상 URL                                          | 조치결과
------+---------------------------------------------------+---------------------------
  1   | https://blog.naver.com/sunny_gil77/223540011201   | 삭제
  2   | https://blog.naver.com/sunny_gil77/223540011388   | 삭제
  3   | https://blog.naver.com/moonlit_pier/223551230077  | 접근 제한(성인 인증 필요)
  4   | https://cafe.naver.com/dalbitmarket/58213         | 게시중단
  5   | https://cafe.naver.com/dalbitmarket/58240         | 해당 게시물 없음

3. 나머지 9건은 서비스별 검토가 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (우) 13561 | policy@navercorp.com
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-html-result-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 HTML mail with a result table (블라인드, 임시조치, 게시 유지)",
    why="HTML table: 블라인드 and 비공개 처리 removed, author-deleted not_found, 임시조치 restricted, 게시 유지 rejected; policy link is no item",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d("2024-09-06 11:05:44"), subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 - KCSC-240903-01"),
    type="html",
    body="""
<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(참조 KCSC-240903-01) 중 5건의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>서비스</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td>카페</td><td><a href="https://cafe.naver.com/ohmokjari/1204">https://cafe.naver.com/ohmokjari/1204</a></td><td>블라인드</td></tr>
<tr><td>2</td><td>지식iN</td><td><a href="https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=80101&amp;docId=471220385">https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=80101&amp;docId=471220385</a></td><td>작성자가 이미 삭제한 게시물(게시물 없음)</td></tr>
<tr><td>3</td><td>블로그</td><td><a href="https://blog.naver.com/gray_owl_93/223560004412">https://blog.naver.com/gray_owl_93/223560004412</a></td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td>카페</td><td><a href="https://cafe.naver.com/ohmokjari/1207">https://cafe.naver.com/ohmokjari/1207</a></td><td>조치 불가 &ndash; 위법성이 확인되지 않아 게시 유지</td></tr>
<tr><td>5</td><td>포스트</td><td><a href="https://post.naver.com/viewer/postView.naver?volumeNo=38011254&amp;memberNo=51230981">포스트 보기</a></td><td>비공개 처리</td></tr>
</table>
<p>게시중단 관련 정책은 <a href="https://policy.naver.com/policy/service_group.html">NAVER 정책 및 약관</a>에서 확인하실 수 있습니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아니며, 회신 시 담당자에게 전달됩니다.</p>
</body></html>
""",
    items={N[5]: "removed", N[6]: "not_found", N[7]: "restricted", N[8]: "rejected", N[9]: "removed"},
)

CSV_RESULT = (
    "\ufeff번호,URL,조치결과,조치일시\n"
    "11,https://blog.naver.com/moonlit_pier/223551230190,삭제,2024-09-06 14:10\n"
    "12,https://cafe.naver.com/dalbitmarket/58302,임시조치(30일),2024-09-06 14:12\n"
    "13,https://blog.naver.com/gray_owl_93/223560004590,게시물 없음(작성자 삭제),-\n"
    "14,https://tv.naver.com/v/59012377,삭제,2024-09-06 14:20\n"
)
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="portal reply that sends the 조치결과 as a spreadsheet export (CSV, UTF-8 with BOM)",
    why="CSV rows give each URL its result: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-06 15:03:29"), subject=enc("RE: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    raw_mime="""
Content-Type: multipart/mixed; boundary="----=_NaverPart_311_03"

------=_NaverPart_311_03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("안녕하세요. 네이버 정책지원팀입니다.\n\nKCSC-240903-01 건 중 11~14번 게시물의 조치 결과를 첨부 파일로 회신드립니다.\n확인 부탁드립니다.\n\n네이버 정책지원팀 드림\n") + """
------=_NaverPart_311_03
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(CSV_RESULT) + """
------=_NaverPart_311_03--
""",
    items={N[10]: "removed", N[11]: "restricted", N[12]: "not_found", N[13]: "removed"},
)

case(
    name="naver-cafe-informal",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal cafe operations staffer",
    why="one post deleted today, the other already deleted by its author: removed and not_found",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀 박서진",
    date=d("2024-09-04 10:20:05"), subject=enc("문의하신 카페 게시글 건 (KCSC-240903-01)"),
    body="""
안녕하세요, 네이버 카페 운영팀 박서진입니다.

말씀하신 달빛마켓 카페 글 두 건 확인했습니다.
https://cafe.naver.com/dalbitmarket/58213 글은 오늘 오전에 저희 쪽에서 삭제했고요,
https://cafe.naver.com/dalbitmarket/58240 는 작성자가 먼저 지운 상태라 따로 조치할 게 없었습니다.

나머지 블로그 건은 블로그팀에서 따로 연락드릴 거예요.
수고 많으십니다.

박서진 드림
""",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-gmail-top-post",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over the regulator's request quoted Gmail-style (> lines)",
    why="two URLs above the quote stated 게시중단; the quoted request below lists all 14 and changes nothing",
    **{"from": "blog_safety@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date=d("2024-09-04 16:31:52"), subject=enc("Re: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물 중 아래 2건 조치 완료했습니다.

https://blog.naver.com/gray_owl_93/223560004412 - 게시중단
https://blog.naver.com/gray_owl_93/223560004590 - 게시중단

나머지 건은 검토 중이며 결과 나오는 대로 따로 안내드리겠습니다.

2024년 9월 3일 (화) 오후 2:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
""" + quoted(REQ01_TEXT),
    items={N[7]: "removed", N[12]: "removed"},
)

case(
    name="naver-single-sole",
    outcome="applied", classification="confirmation",
    imitates="short portal 게시중단 완료 notice answering a one-item request without repeating the URL",
    why="reply in the thread of a one-item request states 게시중단(삭제) completed: applies to that item",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-13 09:50:31"), subject=enc("RE: [KCSC-240911-06] 불법정보 삭제 요청"),
    reply_to_req="req-240911-06",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물 1건에 대하여 2024년 9월 13일 09시 30분부로
게시중단(삭제) 조치를 완료하였습니다.

감사합니다.
""",
    items={S1: "removed"},
)

case(
    name="naver-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 partial result: statement sentence with the URL on the next line",
    why="임시조치(접근 차단) for the first URL, 게시 유지 (no violation) for the second: restricted and rejected",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d("2024-09-06 18:02:17"), subject=enc("KCSC-240903-01 요청 건 1차 처리 결과"),
    body="""
안녕하세요, 네이버 권리보호센터입니다.

KCSC-240903-01 요청 건 중 2건에 대한 처리 결과를 먼저 안내드립니다.

다음 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(게시물 접근 차단)하였습니다.
<https://blog.naver.com/moonlit_pier/223551230077>

다음 게시물은 검토 결과 관련 법령 및 당사 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
https://cafe.naver.com/ohmokjari/1207

감사합니다.
""",
    items={N[2]: "restricted", N[8]: "rejected"},
)

case(
    name="naver-qp-bullets",
    outcome="applied", classification="confirmation",
    imitates="service-team reply sent quoted-printable, bullets with 'URL : result'",
    why="KnowledgeiN question deleted and TV clip deleted: both removed",
    **{"from": "kin_tv@navercorp.com"}, name_from="네이버 지식iN·TV 운영",
    date=d("2024-09-07 10:14:40"), subject=enc("[지식iN/TV] KCSC-240903-01 조치 내역"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""안녕하십니까. 네이버 지식iN·TV 운영 담당입니다.
KCSC-240903-01 건 중 아래 2건 조치 내역입니다.

• https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471220385 : 질문 및 답변 삭제 완료
• https://tv.naver.com/v/59012377 : 영상 삭제 완료(재생 불가)

이외 건은 해당 서비스 담당 부서에서 회신 예정입니다.
"""),
    items={N[6]: "removed", N[13]: "removed"},
)

case(
    name="naver-outlook-quoted",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (unprefixed quote)",
    why="블라인드 처리 removed; 청소년 이용 제한(성인 인증) restricted; the 14 URLs under Original Message are our own request",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영지원",
    date=d("2024-09-09 14:22:03"), subject=enc("RE: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요.
카페 게시글 2건 조치 결과 회신드립니다.

https://cafe.naver.com/ohmokjari/1204 → 블라인드 처리 완료
https://cafe.naver.com/dalbitmarket/58302 → 청소년 이용 제한 적용(성인 인증 후에만 열람 가능)

네이버 카페 운영지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 삭제 요청 (14건)

""" + REQ01_TEXT,
    items={N[5]: "removed", N[11]: "restricted"},
)

case(
    name="naver-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 안내 echoing the report fields (접수번호, 신고 대상 URL, 처리 결과)",
    why="each echoed report block ends with its result: 게시중단(삭제) removed; 존재하지 않아 조치 불가 not_found",
    **{"from": "noreply@help.naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-05 09:12:55"), subject=enc("[네이버 고객센터] 신고 처리 결과 안내"),
    body="""
[네이버 고객센터] 신고 처리 결과 안내

안녕하세요. 네이버 고객센터입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

■ 접수번호: 2409-0387-1152
■ 신고 유형: 불법 도박 홍보
■ 신고 내용: KCSC-240903-01 요청 대상 게시물

■ 신고 대상 URL
   https://blog.naver.com/sunny_gil77/223540011201
■ 처리 결과: 게시중단(삭제)

■ 신고 대상 URL
   https://blog.naver.com/sunny_gil77/223540011388
■ 처리 결과: 해당 게시물이 존재하지 않아 조치할 수 없습니다. (작성자가 이미 삭제)

더 궁금하신 사항은 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
※ 본 메일은 발신 전용입니다.
""",
    items={N[0]: "removed", N[1]: "not_found"},
)

case(
    name="naver-wrapped-url",
    outcome="applied", classification="confirmation",
    imitates="short team reply whose mail client wrapped a long URL after '&'",
    why="the Post URL, wrapped over two lines, is stated deleted: removed",
    **{"from": "post_ops@navercorp.com"}, name_from="네이버 포스트 운영팀",
    date=d("2024-09-10 11:40:26"), subject=enc("KCSC-240903-01 포스트 게시물 처리"),
    body="""
안녕하세요, 네이버 포스트 운영팀입니다.

요청하신 포스트
https://post.naver.com/viewer/postView.naver?volumeNo=38011254&
memberNo=51230981
는 운영원칙 위반(불법 도박 홍보)으로 확인되어 오늘 삭제되었습니다.

감사합니다.
""",
    items={N[9]: "removed"},
)

FULL = [
    ("삭제", "removed"), ("삭제", "removed"), ("임시조치(30일)", "restricted"),
    ("게시중단", "removed"), ("게시물 없음(작성자 삭제)", "not_found"), ("블라인드", "removed"),
    ("삭제", "removed"), ("삭제", "removed"), ("게시 유지(위반 사항 확인되지 않음)", "rejected"),
    ("비공개 처리", "removed"), ("삭제", "removed"), ("임시조치(30일)", "restricted"),
    ("존재하지 않는 게시물", "not_found"), ("삭제", "removed"),
]
case(
    name="naver-numbered-full-list",
    outcome="applied", classification="confirmation",
    imitates="final 시정요구 조치결과 for a whole request: numbered list, result on the line below each URL",
    why="all 14 items, each with its own result on the following line",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-10 17:30:09"), subject=enc("[최종회신] KCSC-240903-01 시정요구 조치결과"),
    reply_to_req="req-240903-01",
    body="안녕하세요. 네이버 정책지원팀입니다.\n\nKCSC-240903-01 시정요구 14건에 대한 최종 조치결과를 회신드립니다.\n\n"
    + "\n\n".join("%d. %s\n   → 조치결과: %s" % (i + 1, N[i], FULL[i][0]) for i in range(14))
    + "\n\n이상입니다. 감사합니다.\n",
    items={N[i]: FULL[i][1] for i in range(14)},
)

case(
    name="naver-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="help-centre 접수 안내 that also reports one post deleted on receipt",
    why="receipt wording, but it states plainly that one URL was deleted at once: removed; the rest only promised",
    **{"from": "noreply@help.naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-06 08:55:12"), subject=enc("[네이버 고객센터] 문의 접수 및 처리 안내 (KCSC-240903-01)"),
    body="""
안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 2409-0412-0093)

아울러 문의하신 내용 중 아래 게시물은 운영정책 위반이 명백하여 접수 즉시 삭제하였습니다.
https://blog.naver.com/moonlit_pier/223551230190

나머지 게시물은 담당 부서 검토 후 순차적으로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
    items={N[10]: "removed"},
)

case(
    name="kakao-imsijochi-notice",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 안내 (30일 접근 차단, 정보통신망법 제44조의2)",
    why="two Daum cafe URLs placed under 30-day 임시조치 (access blocked): restricted; 'may be deleted later' is only a possibility",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-06 15:00:48"), subject=enc("[Daum] 게시물 임시조치 안내 (KCSC-240905-02)"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2 제4항에 따라 아래와 같이 임시조치하였음을 알려드립니다.

[임시조치 대상]
- 다음카페 > 별빛시장 > 자유게시판 : https://cafe.daum.net/byeolbitsijang/Xq2e/311
- 다음카페 > 별빛시장 > 자유게시판 : https://cafe.daum.net/byeolbitsijang/Xq2e/318

[임시조치 내용]
- 조치일: 2024. 9. 6.
- 조치 기간: 30일 (해당 기간 동안 게시물에 대한 접근이 차단됩니다)

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 기간 만료 후 삭제될 수 있습니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/95/7580.html)을 참고해 주세요.

카카오 권리침해신고센터
""",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-tistory-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply with a raw Korean entry path and a particle glued to a URL",
    why="raw Korean path (stored percent-encoded) deleted: removed; '/142는' already deleted by the blogger: not_found",
    **{"from": "tistory_ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date=d("2024-09-07 13:48:21"), subject=enc("티스토리 게시글 처리 결과 안내"),
    body="""
안녕하세요, 티스토리 운영팀입니다.
방송통신심의위원회에서 요청하신 티스토리 게시글 2건의 처리 결과를 알려드립니다.

1) """ + K_PATH_RAW + """ 은 이용약관 제9조 위반으로 삭제하였습니다.
2) https://haneul-note.tistory.com/142는 블로그 운영자가 이미 삭제한 글로, 현재 존재하지 않습니다.

요청번호 KCSC-240905-02 의 나머지 게시물은 다음카페 담당에서 별도로 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    items={K[2]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-rejected-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal: no violation found, post kept up, with the reason",
    why="the reviewed post is kept (게시 유지) because no rule or law is broken: rejected; the closing invitation is optional, not a request for information",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-09 16:05:37"), subject=enc("[Daum] KCSC-240905-02 검토 결과 안내"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-02 요청 건 중 아래 게시물에 대한 검토 결과를 회신드립니다.

대상: https://cafe.daum.net/gureumpark/Ab9Z/77

해당 게시물은 개인 간 중고 거래 후기로, 요청서에 기재된 불법 식의약품 판매 정보는
포함되어 있지 않은 것으로 확인되었습니다. 이에 관계 법령 및 당사 운영정책 위반 사항이
없어 별도 조치 없이 게시를 유지합니다.

추가 자료가 있으시면 언제든지 다시 요청해 주시기 바랍니다.
""",
    items={K[3]: "rejected"},
)

case(
    name="kakao-single-cafe",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply: post deleted by operator authority",
    why="the one requested Daum cafe post deleted with operator authority: removed",
    **{"from": "cafe_help@daum.net"}, name_from="다음카페 운영팀",
    date=d("2024-09-13 10:02:14"), subject=enc("Re: [KCSC-240912-07] 불법정보 삭제 요청"),
    reply_to_req="req-240912-07",
    body="""
안녕하세요. 다음카페 운영팀입니다.

요청 주신 게시글(https://cafe.daum.net/saebyeokgil/Jk3P/905)은 확인 후 운영자 권한으로 삭제하였습니다.
해당 카페에는 운영원칙 위반 경고를 함께 부여하였습니다.

감사합니다.
""",
    items={S2: "removed"},
)

KAKAO_ROWS = [
    (K[0], K[0], "삭제 (임시조치 기간 중 재게시 요청 없음)", "removed"),
    (K[1], K[1], "삭제", "removed"),
    (K[2], K_PATH_RAW, "삭제", "removed"),
    (K[3], K[3], "게시 유지 (위반 사항 없음)", "rejected"),
    (K[4], K[4], "게시물 없음", "not_found"),
]
KAKAO_HTML = (
    '<html><body style="font-family:sans-serif">\n<p>안녕하세요. 카카오 정책팀입니다.</p>\n'
    "<p>귀 위원회의 시정요구(KCSC-240905-02) 5건에 대한 조치결과를 아래와 같이 회신합니다.</p>\n"
    '<table border="1" cellspacing="0" cellpadding="5">\n'
    "<thead><tr><th>순번</th><th>URL</th><th>조치결과</th></tr></thead>\n<tbody>\n"
    + "".join('<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td></tr>\n' % (i + 1, h, t, r)
              for i, (h, t, r, _) in enumerate(KAKAO_ROWS))
    + "</tbody></table>\n<p>카카오 정책팀 드림</p>\n</body></html>\n"
)
case(
    name="kakao-base64-html",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 as a base64-encoded HTML table",
    why="five rows: 삭제 removed (x3), 게시 유지 rejected, 게시물 없음 not_found",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-12 18:30:00"), subject=enc("[카카오] 시정요구 조치결과 회신 (KCSC-240905-02)"),
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(KAKAO_HTML),
    items={h: s for h, _, _, s in KAKAO_ROWS},
)

case(
    name="kakao-gongmun-list",
    outcome="applied", classification="confirmation",
    imitates="Korean company 공문 (문서번호, 시행일자, 수신, 제목, 가/나/다 items, 끝.)",
    why="가/나 삭제 removed, 다 (percent-encoded Tistory URL) 임시조치 restricted; the other two only 'under review'",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-09 10:30:00"), subject=enc("불법정보 시정요구(KCSC-240905-02)에 대한 조치결과 회신"),
    body="""
주식회사 카카오
문서번호: 카카오정책-2024-0909-17
시행일자: 2024. 9. 9.
수    신: 방송통신심의위원회
제    목: 불법정보 시정요구(KCSC-240905-02)에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구와 관련하여 당사의 조치결과를 다음과 같이 회신합니다.
  가. https://cafe.daum.net/byeolbitsijang/Xq2e/311 — 삭제
  나. https://cafe.daum.net/byeolbitsijang/Xq2e/318 — 삭제
  다. https://haneul-note.tistory.com/entry/%EB%B9%84%EB%B0%80-%EA%B3%B5%EC%9C%A0-%EC%9E%90%EB%A3%8C%EC%8B%A4 — 임시조치(30일)
3. 나머지 2건은 검토 중이며, 결과가 나오는 대로 회신하겠습니다.  끝.

주식회사 카카오 대표이사 (직인생략)
""",
    items={K[0]: "removed", K[1]: "removed", K[2]: "restricted"},
)

case(
    name="yt-korean-legal-geoblock",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome in Korean: country-blocked under local law vs removed globally for guidelines",
    why="two videos blocked in Korea: restricted; the Short removed worldwide: removed; 'remaining items under review' changes nothing",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d("2024-09-09 19:12:45"), subject=enc("Re: [KCSC-240906-03] 삭제 요청 - YouTube"),
    reply_to_req="req-240906-03",
    body="""
안녕하세요.

방송통신심의위원회의 요청(참조 번호 KCSC-240906-03)을 검토한 결과를 알려드립니다.

다음 동영상은 대한민국 법률에 따라 한국 내에서 차단되었습니다(국가별 콘텐츠 차단).
  - https://www.youtube.com/watch?v=Qm3vT8xLp2A
  - https://www.youtube.com/watch?v=Zr7kN1wEb5c

다음 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
  - https://www.youtube.com/shorts/Hd4pW9sYq0U

나머지 항목은 계속 검토 중입니다.

YouTube 법무팀
Google LLC
""",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-terminated-age",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice of channel termination and an age restriction, in Korean, with a help-centre link",
    why="channel terminated: removed; video age-restricted: restricted; support.google.com link is no item",
    **{"from": "youtube-trust@google.com"}, name_from="YouTube 팀",
    date=d("2024-09-11 08:40:19"), subject=enc("KCSC-240906-03 추가 조치 안내"),
    body="""
안녕하세요, YouTube 팀입니다.

KCSC-240906-03 요청에 대한 추가 조치 내역입니다.

• 채널 https://www.youtube.com/@haemul_tv_kr : 스팸, 현혹 행위 및 사기 정책을 반복 위반하여
  채널이 해지되었습니다. 이 채널의 동영상은 더 이상 YouTube에서 볼 수 없습니다.
• 동영상 https://www.youtube.com/watch?v=Zr7kN1wEb5c : 연령 제한이 적용되었습니다.
  로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2801973 를 참고하세요.

YouTube 드림
""",
    items={Y[3]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-english-status-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome in English, each URL followed by its action line",
    why="first URL blocked in South Korea: restricted; channel 'No action taken', no violation: rejected",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 03:15:08", UTC), subject="Re: [KCSC-240906-03] Removal request - YouTube",
    reply_to_req="req-240906-03",
    body="""
Hello,

Thank you for your notice regarding KCSC-240906-03. After review, we have taken
the following action:

https://www.youtube.com/watch?v=Qm3vT8xLp2A
Content blocked in South Korea on the basis of local law.

https://www.youtube.com/@haemul_tv_kr
No action taken. Based on the information provided, we did not find this channel
to violate our Community Guidelines or local law.

Regards,
The YouTube Legal Support Team
""",
    items={Y[0]: "restricted", Y[3]: "rejected"},
)

case(
    name="dc-informal-three",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 informal reply, URL then a dash line with the result",
    why="two posts deleted: removed; third already deleted by its writer, shows as missing: not_found",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-10 15:44:30"), subject=enc("RE: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="req-240909-04",
    body="""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 3건 확인했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331
- 삭제했습니다. 작성 IP는 해당 갤러리 이용 차단했습니다.

https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40512
- 삭제했습니다.

https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40519
- 저희가 확인했을 때 이미 작성자가 지운 글이라 없는 글로 나옵니다.

수고하세요.
""",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-angle-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply: URLs in angle brackets followed by a full-width colon",
    why="<URL>：삭제 완료 removed; <URL>：열람 제한(성인 인증) restricted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-09 20:10:02"), subject=enc("KCSC-240909-04 마이너 갤러리 글 처리 결과"),
    body="""
방심위 담당자님 안녕하세요.
요청 주신 마이너 갤러리 글 2건 1차 처리 결과입니다.

<https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40512>：삭제 완료
<https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40519>：열람 제한(성인 인증 후 열람 가능하도록 변경)

주식 갤러리 글은 내일 중으로 확인해서 말씀드리겠습니다.

디시인사이드 운영팀 드림
""",
    items={D[1]: "removed", D[2]: "restricted"},
)

case(
    name="band-policy-notice",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 안내: 게시글 / 처리 결과 pairs",
    why="first post deleted for policy violation: removed; second not a violation, no action: rejected; policy link no item",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-11 17:05:33"), subject=enc("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240910-05)"),
    body="""
안녕하세요. BAND 고객센터입니다.
방송통신심의위원회에서 요청하신 게시글에 대한 처리 결과를 안내드립니다.

게시글: https://band.us/band/81234567/post/402
처리 결과: 운영정책 위반(불법 상품 판매)으로 삭제

게시글: https://band.us/band/81234567/post/417
처리 결과: 신고 사유에 해당하는 내용이 확인되지 않아 별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    items={B[0]: "removed", B[1]: "rejected"},
)

case(
    name="band-informal-top-post",
    outcome="applied", classification="confirmation",
    imitates="BAND staffer's top-posted reply over the regulator's re-review request (Gmail > quote)",
    why="417 re-reviewed and deleted today: removed; the quoted request below changes nothing",
    **{"from": "help@band.us"}, name_from="BAND 운영팀 이수민",
    date=d("2024-09-13 14:02:51"), subject=enc("Re: [KCSC-240910-05] 게시글 재검토 요청"),
    reply_to_req="req-240910-05",
    body="""
안녕하세요, BAND 운영팀 이수민입니다.

417번 게시글(https://band.us/band/81234567/post/417) 재검토 요청 주셔서 다시 확인했는데요,
첨부 이미지에서 판매 연락처가 확인되어 오늘 오후에 삭제했습니다.

좋은 하루 보내세요.

2024년 9월 12일 (목) 오전 10:15, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
> BAND 담당자님께,
>
> KCSC-240910-05 건 중 아래 게시글은 이미지에 판매 연락처가 포함되어 있어
> 재검토를 요청드립니다.
>
> https://band.us/band/81234567/post/417
>
> 방송통신심의위원회 통신심의국
""",
    items={B[1]: "removed"},
)

# ---- review ---------------------------------------------------------------
case(
    name="naver-promise-sequential",
    outcome="review", review="not_understood",
    imitates="portal reply promising deletion 'this week' after internal review",
    why="'순차적으로 삭제될 예정' is a promise: items stay pending, the named URLs need a person",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-04 11:00:27"), subject=enc("RE: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물은 잘 전달받았습니다. 아래 게시물은 담당 서비스 부서의 검토를 거쳐
이번 주 내로 순차적으로 삭제될 예정입니다.

https://blog.naver.com/sunny_gil77/223540011201
https://blog.naver.com/sunny_gil77/223540011388

조치가 완료되면 다시 안내드리겠습니다.
""",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    outcome="review", review="not_understood",
    imitates="cafe operations reply hedging that a post 'seems' already cleaned up",
    why="'이미 정리한 것으로 보입니다' is a hedge and they will check again: pending",
    **{"from": "cafe_help@daum.net"}, name_from="다음카페 운영팀",
    date=d("2024-09-06 10:10:11"), subject=enc("Re: [KCSC-240905-02] 불법정보 삭제 요청 (5건)"),
    reply_to_req="req-240905-02",
    body="""
안녕하세요, 다음카페 운영팀입니다.

확인해 보니 https://cafe.daum.net/byeolbitsijang/Xq2e/311 게시글은 카페 운영자가 이미 정리한 것으로 보입니다.
정확한 처리 여부는 카페 측에 다시 확인해 보고 말씀드리겠습니다.

감사합니다.
""",
    items={K[0]: "pending"},
)

case(
    name="naver-bulk-all",
    outcome="review", review="bulk",
    imitates="one-line 게시중단 완료 for a whole multi-item request, no URLs",
    why="'14건 전체 게시중단 완료' names no item of a 14-item request: bulk, items pending",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-10 10:00:41"), subject=enc("RE: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01로 요청하신 게시물 14건 전체에 대하여 게시중단 조치를 완료하였습니다.
협조에 감사드립니다.

네이버 정책지원팀 드림
""",
    items={u: "pending" for u in N},
)

case(
    name="band-bulk-both",
    outcome="review", review="bulk",
    imitates="BAND short reply: both posts deleted, not named",
    why="'2건은 모두 삭제' for a two-item request without naming them: bulk",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-12 09:20:15"), subject=enc("[BAND] KCSC-240910-05 처리 완료"),
    body="""
안녕하세요 BAND 고객센터입니다.

KCSC-240910-05 건으로 요청하신 게시글 2건은 모두 운영정책 위반으로 삭제 처리하였습니다.

감사합니다.
""",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-dkim-fail",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: statements not trusted",
    auth="fail",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-08 22:47:36"), subject=enc("[회신] KCSC-240903-01 조치결과"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건 처리 결과입니다.

https://cafe.naver.com/dalbitmarket/58213 - 삭제
https://cafe.naver.com/ohmokjari/1204 - 삭제

감사합니다.
""",
    items={N[3]: "pending", N[5]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager writing from a personal webmail address",
    why="gmail.com is no platform's sender domain, whatever the writer's role",
    **{"from": "jaetaek.mgr@gmail.com"}, name_from="재택갤 매니저",
    date=d("2024-09-10 01:12:09"), subject=enc("재택 마이너갤 글 삭제했습니다"),
    body="""
방심위에서 연락받았다고 운영팀에서 전달받았습니다.
재택 마이너갤 매니저입니다.

https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40512
https://gall.dcinside.com/mgallery/board/view/?id=jaetaek&no=40519

두 글 제가 매니저 권한으로 삭제했고 작성자는 갤러리 차단했습니다.
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="navercorp-about-band",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy team answering for a service it operates (BAND)",
    why="authenticated NAVER mail stating statuses of BAND items: BAND's own sender domain is band.us",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-11 10:45:50"), subject=enc("RE: [KCSC-240910-05] 밴드 게시글 삭제 요청"),
    reply_to_req="req-240910-05",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스는 당사 계열에서 운영하고 있어 정책지원팀에서 함께 회신드립니다.

https://band.us/band/81234567/post/402 : 삭제
https://band.us/band/81234567/post/417 : 삭제

감사합니다.
""",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="kakao-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 asking for screenshots or the 의결서 before acting",
    why="processing on hold until the regulator sends evidence: a request for information, item pending",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d("2024-09-06 09:30:58"), subject=enc("[Daum] KCSC-240905-02 자료 보완 요청"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-02 요청 건 중 아래 게시물은 요청 사유(불법 식의약품 판매)를 확인하기 어려워
처리를 보류하고 있습니다.

https://cafe.daum.net/gureumpark/Ab9Z/77

해당 게시물의 어느 부분이 문제가 되는지 캡처 화면 또는 심의 의결서 사본을
회신 메일로 보내주시면 확인 후 조치하겠습니다.

감사합니다.
""",
    items={K[3]: "pending"},
)

case(
    name="yt-promise-and-review",
    outcome="review", review="not_understood",
    imitates="YouTube progress note: block 'will follow' legal review, another video still under review",
    why="'차단 조치될 예정' is a promise and '추가 검토 중' is under review: both pending",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d("2024-09-08 12:00:03"), subject=enc("KCSC-240906-03 진행 상황 안내"),
    body="""
안녕하세요.
KCSC-240906-03 요청 관련하여 진행 상황을 안내드립니다.

https://www.youtube.com/watch?v=Qm3vT8xLp2A 은 현지 법률 검토가 끝나는 대로 한국 내 차단 조치될 예정입니다.
https://www.youtube.com/shorts/Hd4pW9sYq0U 은 정책팀에서 추가 검토 중입니다.

최종 결과는 검토 완료 후 회신드리겠습니다.

YouTube 법무팀
""",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="naver-conditional-sole",
    outcome="review", review="not_understood",
    imitates="portal notice that the poster was given a chance to explain (소명) before 게시중단",
    why="게시중단 only if the poster sends nothing within 3 days: a condition, the one item stays pending",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-11 18:00:22"), subject=enc("RE: [KCSC-240911-06] 불법정보 삭제 요청"),
    reply_to_req="req-240911-06",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물과 관련하여 게시자에게 소명 기회를 안내하였습니다.
게시자가 3일 이내에 소명 자료를 제출하지 않을 경우 게시중단 조치할 예정이며,
소명 자료가 제출되면 그 내용을 함께 검토하겠습니다.

감사합니다.
""",
    items={S1: "pending"},
)

case(
    name="naver-contact-change",
    outcome="review", review="no_claims",
    imitates="platform notice that its reply address changes (no request, no item)",
    why="trusted NAVER mail that names no item and references no request",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date=d("2024-09-13 15:00:00"), subject=enc("[안내] 불법정보 협조 회신 주소 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 관련 회신은
새 담당 주소(kcsc-reply@navercorp.com)에서 발송됩니다.
기존 주소로 보내주시는 요청도 당분간 함께 확인하오니 참고 부탁드립니다.

감사합니다.
""",
)

case(
    name="naver-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="result notice from a look-alike domain (naver-corp-support.com) passing its own authentication",
    why="the domain is not NAVER's, even though it authenticates: unknown sender",
    **{"from": "policy@naver-corp-support.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-09 08:15:44"), subject=enc("[NAVER] KCSC-240903-01 조치결과 통보"),
    body="""
안녕하세요. NAVER 정책지원입니다.

KCSC-240903-01 시정요구에 대한 조치결과입니다.

1. https://blog.naver.com/sunny_gil77/223540011201 - 삭제
2. https://blog.naver.com/sunny_gil77/223540011388 - 삭제
3. https://blog.naver.com/moonlit_pier/223551230077 - 삭제

감사합니다.
""",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

# ---- ignored --------------------------------------------------------------
case(
    name="naver-chuseok-ooo",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동 회신 over the Chuseok holiday",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied), even though its subject carries our reference",
    **{"from": "jiyoung.kim@navercorp.com"}, name_from="김지영",
    date=d("2024-09-13 18:05:00"), subject=enc("자동 회신: [KCSC-240903-01] 불법정보 삭제 요청 (14건)"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김지영입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
""",
)

DSN_ORIG_BODY = (
    "카카오 권리침해신고센터 담당자님께,\n\n"
    "KCSC-240905-02 건의 처리 기한(2024. 9. 12.)이 지났으나 아래 게시물의 조치 결과를 받지 못했습니다.\n"
    + "\n".join(K) + "\n\n방송통신심의위원회 통신심의국\n"
)
case(
    name="kakao-dsn-reminder",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN (multipart/report delivery-status) for a reminder to a retired address",
    why="delivery failure report; the returned reminder lists our URLs but states nothing",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d("2024-09-13 09:01:12"), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.311.kakao"

--DSN.311.kakao
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host store3.kakaocorp.com said: 550 5.1.1
    <right-old@kakaocorp.com>: Recipient address rejected: User unknown

--DSN.311.kakao
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: """ + d("2024-09-13 09:01:10") + """

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address
    rejected: User unknown

--DSN.311.kakao
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: """ + enc("[독촉] KCSC-240905-02 조치 결과 회신 요청") + """
Date: """ + d("2024-09-13 09:00:58") + """
Message-ID: <reminder.KCSC-240905-02.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + DSN_ORIG_BODY + """
--DSN.311.kakao--
""",
)

case(
    name="band-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN 읽음 확인 (message/disposition-notification) from the BAND help desk",
    why="read receipt only: says the request was displayed, nothing about items",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-10 13:12:40"), subject=enc("읽음 확인: [KCSC-240910-05] 게시글 삭제 요청 (2건)"),
    reply_to_req="req-240910-05",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN-311-band"

--MDN-311-band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

받는 사람: help@band.us
제목: [KCSC-240910-05] 게시글 삭제 요청 (2건)
읽은 시각: 2024년 9월 10일 (화) 오후 1:12

--MDN-311-band
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; BAND Webmail
Final-Recipient: rfc822; help@band.us
Original-Message-ID: <req-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-311-band--
""",
)

case(
    name="naver-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내 (접수번호, 문의 제목, 답변 예정)",
    why="pure receipt: a ticket number and our subject, no statement about any item",
    **{"from": "noreply@help.naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-03 14:02:31"), subject=enc("[네이버 고객센터] 문의가 접수되었습니다."),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 · 접수번호: 2409-0301-4471
 · 문의 제목: [KCSC-240903-01] 불법정보 삭제 요청 (14건)
 · 접수일시: 2024.09.03 14:02

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변이 등록되면 메일로 알려드립니다.

※ 본 메일은 발신 전용입니다.
""",
)

case(
    name="yt-auto-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals auto-acknowledgement with a reference number",
    why="automatic receipt of the request; nothing decided",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-06 07:21:05", UTC), subject="[3-1864000029313] Your legal request - KCSC-240906-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for reaching out. We have received your request and assigned it the
reference number 3-1864000029313. Please keep this number in the subject line of
any future correspondence about this request.

We review every request carefully and will get back to you once our review is
complete. Because of the number of requests we receive, this may take some time.

Regards,
The Google Legal Support Team

안녕하세요. 요청이 접수되었습니다(참조 번호 3-1864000029313). 검토가 완료되면 다시 연락드리겠습니다.
""",
)

case(
    name="dc-after-hours-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside 고객센터 운영시간 외 자동응답",
    why="auto-reply announcing office hours; nothing about the request's items",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d("2024-09-09 11:00:40"), subject=enc("[자동응답] 디시인사이드 고객센터입니다"),
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
본 메일은 자동으로 발송되었습니다.

디시인사이드 고객센터 운영시간은 평일 10:00 ~ 18:00 (점심시간 12:30 ~ 13:30)입니다.
현재 문의량이 많아 답변이 늦어질 수 있으며, 접수된 순서대로 답변드리겠습니다.

※ 게시물 신고는 각 게시물 하단의 '신고' 버튼을 이용하시면 더 빠르게 처리됩니다.
""",
)

case(
    name="kakao-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 완료 안내",
    why="receipt with a 접수번호 and an expected answer time; no item statement",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-12 13:27:18"), subject=enc("[카카오] 권리침해 신고가 접수되었습니다 (KCSC-240912-07)"),
    body="""
안녕하세요. 카카오 고객센터입니다.

권리침해 신고가 접수되었습니다.

접수번호: RV-20240912-003318
신고 서비스: 다음카페
접수일시: 2024-09-12 13:27

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
)

HEADER = """# Blind set 311 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind311/make.py from each email's meaning, before any
# run of the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv; [case.items] gives the status of every requested item the email
# speaks about (all others stay pending)."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind311", HEADER, C)


if __name__ == "__main__":
    main()
