#!/usr/bin/env python3
"""Blind set 755 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean (공문 style, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus receipts,
auto-replies, a bounce and a read receipt.

    python3 tests/corpus/blind755/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the email's meaning alone, before
the reader was run on it. All names, URLs and ids are fictional.
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

SET = "blind755"


def h(s):
    """RFC 2047 encoded header value (UTF-8, base64), as many mailers send."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------------------
# Requests
# ---------------------------------------------------------------------------
TISTORY_KO = "https://nightmarket-kr.tistory.com/entry/무료-이용권-받는법"
TISTORY_KO_ENC = ("https://nightmarket-kr.tistory.com/entry/"
                  "%EB%AC%B4%EB%A3%8C-%EC%9D%B4%EC%9A%A9%EA%B6%8C-%EB%B0%9B%EB%8A%94%EB%B2%95")

N = [  # KCSC-240902-01, NAVER, 12 items (the largest request)
    "https://blog.naver.com/moonlit_ledger/223561204417",
    "https://blog.naver.com/moonlit_ledger/223561388902",
    "https://blog.naver.com/quickcoin_daily/223559017733",
    "https://blog.naver.com/quickcoin_daily/223560442158",
    "https://blog.naver.com/hanbit_outlet77/223557730021",
    "https://cafe.naver.com/pinkrabbitshop/48213",
    "https://cafe.naver.com/pinkrabbitshop/48237",
    "https://cafe.naver.com/toto365zone/10992",
    "https://cafe.naver.com/toto365zone/11004",
    "https://cafe.naver.com/silverdeal2024/3317",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470118236",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38811207&memberNo=51920331",
]
K = [  # KCSC-240903-02, Kakao (Daum cafe, Tistory), 4 items
    "https://cafe.daum.net/bluepier/Zx1k/2841",
    "https://cafe.daum.net/bluepier/Zx1k/2857",
    TISTORY_KO_ENC,
    "https://nightmarket-kr.tistory.com/114",
]
Y = [  # KCSC-240904-03, YouTube, 3 items
    "https://www.youtube.com/watch?v=Qm7rT2xK9pA",
    "https://www.youtube.com/shorts/Lw3nB8vZc1E",
    "https://www.youtube.com/watch?v=Hd4sY0uJ6oF",
]
D = [  # KCSC-240905-04, DC Inside, 5 items
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120388",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=554210",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=554297",
    "https://gall.dcinside.com/mini/board/view/?id=kkeut&no=2210",
]
B = [  # KCSC-240906-05, BAND, 2 items
    "https://band.us/band/81234567/post/1203",
    "https://band.us/band/81234567/post/1219",
]
N6 = "https://blog.naver.com/greenfield_pharm/223566019874"  # KCSC-240909-06, NAVER, 1 item
D7 = "https://gall.dcinside.com/mgallery/board/view/?id=lotto_talk&no=77105"  # KCSC-240910-07, DC, 1 item

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", N, "gambling",
     "불법 도박 홍보 게시물 시정요구 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240903-02", "kakao", "2024-09-03", "2024-09-10", K, "illegal_finance",
     "미등록 대부·불법 금융 광고 (다음 카페·티스토리)"),
    ("KCSC-240904-03", "youtube", "2024-09-04", "2024-09-11", Y, "obscenity",
     "음란·선정 영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05", "2024-09-12", D, "illegal_finance",
     "리딩방·불법 투자 권유 게시물"),
    ("KCSC-240906-05", "band", "2024-09-06", "2024-09-13", B, "drugs",
     "마약류 판매 광고"),
    ("KCSC-240909-06", "naver", "2024-09-09", "2024-09-16", [N6], "medicine",
     "의약품 불법 판매 광고"),
    ("KCSC-240910-07", "dcinside", "2024-09-10", "2024-09-17", [D7], "gambling",
     "불법 복권·도박 홍보"),
]


def msgid(ref):
    return f"{ref}.1@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def rq(ref):
    """reply_to_req value: our request's Message-ID without @kcsc.example."""
    return f"{ref}.1"


# The regulator's own request text, as platforms quote it back.
def request_lines(urls):
    out = ["방송통신심의위원회는 정보통신망법 제44조의7에 따라 아래 정보에 대하여",
           "삭제 또는 접속차단의 시정요구를 결정하였기에 통보합니다.",
           "조치 결과를 7일 이내에 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    return out


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------
C = []


def case(**kw):
    C.append(kw)


# ====================== applied ======================

# A1: the 시정요구 조치결과 table, HTML, all 12 NAVER items.
rows_a1 = [
    (N[0], "게시물 삭제"), (N[1], "게시물 삭제"), (N[2], "블라인드"),
    (N[3], "임시조치(30일)"), (N[4], "해당 게시물 없음(작성자 삭제)"),
    (N[5], "게시물 삭제"), (N[6], "조치 불가 - 운영원칙 위반사항 없어 게시 유지"),
    (N[7], "접근 제한"), (N[8], "게시물 삭제"), (N[9], "블라인드"),
    (N[10], "게시물 삭제"), (N[11], "비공개 처리"),
]
svc = ["블로그", "블로그", "블로그", "블로그", "블로그", "카페", "카페", "카페", "카페", "카페",
       "지식iN", "포스트"]
tr = "\n".join(
    f"<tr><td>{i}</td><td>{svc[i-1]}</td><td><a href=\"{u.replace('&', '&amp;')}\">"
    f"{u.replace('&', '&amp;')}</a></td><td>{st}</td><td>2024.09.04</td></tr>"
    for i, (u, st) in enumerate(rows_a1, 1))
case(
    name="naver-jochi-result-html-table",
    date="Wed, 04 Sep 2024 17:42:05 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject=h("[회신] KCSC-240902-01 시정요구에 대한 조치결과"),
    reply_to_req=rq("KCSC-240902-01"),
    type="html",
    body=f"""<html><body style="font-family:'맑은 고딕',sans-serif;font-size:13px">
<p>방송통신심의위원회 통신심의 담당자님께</p>
<p>안녕하세요. 네이버 정책지원팀입니다.<br>
2024년 9월 2일 통보하신 시정요구(KCSC-240902-01) 12건에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>연번</th><th>서비스</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{tr}
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>을 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table (연번/URL/조치결과) as NAVER sends it, HTML",
    why="trusted NAVER table, one status per row for all 12 items",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted",
           N[4]: "not_found", N[5]: "removed", N[6]: "rejected", N[7]: "restricted",
           N[8]: "removed", N[9]: "removed", N[10]: "removed", N[11]: "removed"},
)

# A3: bare URL, status on the line below.
case(
    name="naver-bare-url-status-below",
    date="Tue, 03 Sep 2024 11:05:40 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 우선 처리된 건의 결과를 안내드립니다.

{N[0]}
→ 처리결과: 삭제 완료 (2024.09.03 10:40)

{N[2]}
→ 처리결과: 블라인드 처리 완료 (2024.09.03 10:41)

{N[5]}
→ 처리결과: 해당 게시글 없음 (작성자가 이미 삭제)

나머지 게시물은 처리되는 대로 별도 회신드리겠습니다.

네이버 권리보호센터
https://right.naver.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 안내, per-URL result line",
    why="each URL is followed by its own result line; the rest are only promised",
    items={N[0]: "removed", N[2]: "removed", N[5]: "not_found"},
)

# A4: 공문 style reply with 가/나/다 headings.
case(
    name="naver-gongmun-ga-na-da",
    date="Thu, 05 Sep 2024 09:30:12 +0900",
    **{"from": "gov-relations@navercorp.com"},
    name_from="네이버 대외협력실",
    subject=h("네이버(주) 대외협력-2024-0917 시정요구 조치결과 회신 (KCSC-240902-01)"),
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 통신심의 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 통보한 시정요구와 관련하여, 당사는 해당 정보를
   검토하여 아래와 같이 조치하였음을 회신합니다.

  가. 삭제 조치 (3건)
    - {N[1]}
    - {N[8]}
    - {N[11]}

  나. 임시조치(30일) (1건)
    - {N[3]}

  다. 조치 불가 (1건)
    - {N[7]}
      (사유: 게시물 내용이 당사 운영원칙 및 관계 법령에 위반된다고 보기 어려워
       게시를 유지함)

3. 나머지 7건은 검토가 끝나는 대로 추가 회신하겠습니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 대외협력실 정책협력팀 박서윤 (031-000-0000)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (수신/참조/제목, 1./2., 가./나./다.) reply to a 시정요구",
    why="statuses given by heading: 가 removed, 나 restricted, 다 rejected with reason; rest promised",
    items={N[1]: "removed", N[8]: "removed", N[11]: "removed", N[3]: "restricted",
           N[7]: "rejected"},
)

# A5: one-item request, the email names no URL.
case(
    name="naver-one-item-no-url",
    date="Tue, 10 Sep 2024 16:20:33 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    subject="RE: [KCSC-240909-06] 의약품 불법 판매 광고 게시물 시정요구",
    reply_to_req=rq("KCSC-240909-06"),
    body="""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물은 확인 결과 네이버 블로그 운영정책(불법 의약품 판매) 위반에 해당하여
2024년 9월 10일 15시 52분에 삭제 처리되었습니다.

협조해 주셔서 감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 완료 안내 without the URL, answering a one-item request",
    why="sole unhedged statement answering a request of one item",
    items={N6: "removed"},
)

# A6: CSV attachment (UTF-8 with BOM, as Excel saves it).
csv_a6 = ("\ufeff번호,URL,조치결과,비고\r\n"
          f"1,{N[0]},삭제,\r\n"
          f"2,{N[1]},삭제,\r\n"
          f"5,{N[4]},게시물 없음,작성자 삭제\r\n"
          f"7,{N[6]},조치 불가,위반 사항 없음\r\n"
          f"10,{N[9]},블라인드,\r\n"
          f"11,\"{N[10]}\",임시조치,30일\r\n")
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 10:12:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject=h("[조치결과] KCSC-240902-01 (6건)"),
    reply_to_req=rq("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_a6_b0"

--=_nv_a6_b0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

담당자님 안녕하세요.

KCSC-240902-01 건 중 처리 완료된 6건의 결과를 첨부 파일로 보내드립니다.
파일은 엑셀에서 바로 여실 수 있습니다.

네이버 정책지원팀

--=_nv_a6_b0
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_a6)}
--=_nv_a6_b0--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (Excel UTF-8 with BOM, CRLF)",
    why="one status per CSV row for six items",
    items={N[0]: "removed", N[1]: "removed", N[4]: "not_found", N[6]: "rejected",
           N[9]: "removed", N[10]: "restricted"},
)

# A7: top-posted over an Outlook-quoted request listing all 12 URLs.
case(
    name="naver-top-posted-outlook-quote",
    date="Wed, 04 Sep 2024 13:58:19 +0900",
    **{"from": "sy.park@navercorp.com"},
    name_from="박서윤",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body="\n".join([
        "안녕하세요, 네이버 정책협력팀 박서윤입니다.",
        "",
        "요청 주신 12건 중 아래 2건 먼저 조치 결과 말씀드립니다.",
        "",
        f"{N[2]} 은 블라인드 처리했습니다.",
        f"{N[3]} 은 임시조치(30일)했습니다.",
        "",
        "나머지는 담당 서비스와 확인 중이라 정리되면 다시 연락드릴게요.",
        "",
        "박서윤 드림",
        "",
        "-----Original Message-----",
        "From: KCSC 통신심의팀 <takedown@kcsc.example>",
        "Sent: Monday, September 2, 2024 3:12 PM",
        "To: policy@navercorp.com",
        "Subject: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
        "",
    ] + request_lines(N)),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a NAVER staff member over the regulator's request",
    why="only the two URLs in the staff member's own lines change; the quoted request is not a statement",
    items={N[2]: "removed", N[3]: "restricted"},
)

# A8: quoted-printable Korean body.
body_a8 = f"""안녕하세요. 네이버 카페 운영팀입니다.

통보해 주신 카페 게시글의 처리 결과를 알려드립니다.

- {N[5]} : 운영자 삭제 완료
- {N[8]} : 작성자가 이미 삭제한 게시글로, 현재 존재하지 않습니다

감사합니다.
네이버 카페 운영팀
"""
case(
    name="naver-cafe-quoted-printable",
    date="Thu, 05 Sep 2024 18:03:51 +0900",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페",
    subject=h("네이버 카페 게시글 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req=rq("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(body_a8)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations notice, quoted-printable UTF-8",
    why="one removed (운영자 삭제), one already deleted by its author (not_found)",
    items={N[5]: "removed", N[8]: "not_found"},
)

# A9: base64 HTML body.
html_a9 = f"""<html><body>
<div>안녕하세요. 네이버 고객센터입니다.</div>
<div><br></div>
<div>신고하신 지식iN 답변 <a href="{N[10].replace('&', '&amp;')}">{N[10].replace('&', '&amp;')}</a> 은(는)
운영원칙 위반으로 삭제되었습니다.</div>
<div><br></div>
<div>신고하신 포스트 <a href="{N[11].replace('&', '&amp;')}">{N[11].replace('&', '&amp;')}</a> 은(는)
비공개 처리되었습니다.</div>
<div><br></div>
<div>더 궁금하신 점은 <a href="https://help.naver.com/">네이버 고객센터</a>로 문의해 주세요.</div>
</body></html>
"""
case(
    name="naver-help-base64-html",
    date="Fri, 06 Sep 2024 14:25:07 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=h("[네이버 고객센터] 신고하신 게시물 처리 결과 안내"),
    reply_to_req=rq("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_a9)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 template 신고하신 게시물 처리 결과 (은(는) placeholder), base64 HTML",
    why="two template sentences, one per URL: deleted, made private",
    items={N[10]: "removed", N[11]: "removed"},
)

# A10: Kakao 임시조치 notice.
case(
    name="kakao-imsi-jochi-notice",
    date="Wed, 04 Sep 2024 10:17:26 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=h("[카카오] 권리침해 신고 게시물 임시조치 안내 (KCSC-240903-02)"),
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라
다음과 같이 임시조치를 하였습니다.

■ 대상 게시물
  1) {K[0]}
  2) {K[1]}

■ 조치 내용: 임시조치 (30일간 게시물 접근 차단)
■ 조치 일시: 2024-09-04 09:55

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 삭제될 수 있습니다.
자세한 절차는 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30일 임시조치 notice",
    why="임시조치 stated for both listed posts (restricted); the later deletion is only possible",
    items={K[0]: "restricted", K[1]: "restricted"},
)

# A11: Tistory, raw Korean path and a URL in parentheses.
case(
    name="kakao-tistory-raw-korean-path",
    date="Thu, 05 Sep 2024 15:40:02 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    subject="Re: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

신고하신 글 {TISTORY_KO} 은(는) 운영정책(불법 금융 광고) 위반으로 게시중단 처리했습니다.
같은 블로그의 두 번째 글(https://nightmarket-kr.tistory.com/114)도 같은 사유로 삭제했습니다.

해당 블로그는 반복 위반으로 이용 제한 여부를 검토하고 있습니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply, Korean-path entry URL written raw",
    why="raw Korean path matches the percent-encoded item; parenthesised URL deleted",
    items={K[2]: "removed", K[3]: "removed"},
)

# A12: Kakao, one rejected with reason and one removed.
case(
    name="kakao-daum-cafe-rejected-and-removed",
    date="Fri, 06 Sep 2024 11:48:39 +0900",
    **{"from": "daumcafe@kakaocorp.com"},
    name_from="Daum 카페",
    subject=h("Daum 카페 신고 게시물 검토 결과 (KCSC-240903-02)"),
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물의 검토 결과를 안내드립니다.

{K[1]}
해당 게시글은 대출 관련 후기이며 운영정책 위반 사항이 확인되지 않아 별도 조치 없이 게시를 유지합니다.

{K[3]}
이 주소는 티스토리 게시물로, 티스토리 운영팀을 통해 삭제 처리되었음을 확인하였습니다.

Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations review result, URL line then its decision",
    why="one refusal with reason (rejected), one stated deleted; both Kakao items",
    items={K[1]: "rejected", K[3]: "removed"},
)

# A14: YouTube Korea, Korean legal outcome.
case(
    name="youtube-kr-legal-outcome-korean",
    date="Thu, 05 Sep 2024 20:11:45 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject=h("YouTube 법적 요청 처리 결과 [0-8812000040219]"),
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""안녕하세요.

방송통신심의위원회에서 보내주신 요청(KCSC-240904-03)을 검토하였습니다.

다음 콘텐츠는 대한민국 법률 위반 소지가 있어 한국에서 해당 콘텐츠에 대한 액세스를 제한했습니다.
- {Y[0]}
- {Y[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[2]}

YouTube의 법적 삭제 요청 처리 방식은 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block vs. guideline removal)",
    why="two blocked in Korea (restricted) and one removed, each under its own heading",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

# A15: YouTube English, angle brackets, config phrase.
case(
    name="youtube-english-angle-brackets",
    date="Fri, 06 Sep 2024 02:33:10 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request to remove obscene videos [1-7392000028851]",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""Hello,

Thank you for your notice. We have reviewed the content you identified.

<{Y[0]}>
We have removed this video from YouTube.

<{Y[1]}>
This content has been actioned under our policies.

<{Y[2]}>
After review, we have determined that this video does not violate our Community
Guidelines or local law, so we are not taking action on it.

If you have new information, you can reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email, URLs in angle brackets",
    why="removed, actioned (the configured removed phrase), and a refusal with reason",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "rejected"},
)

# A16: YouTube age restriction, URL wrapped in brackets on its own line.
case(
    name="youtube-age-restricted-shorts",
    date="Sat, 07 Sep 2024 08:02:51 +0900",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject=h("신고하신 콘텐츠에 대한 조치 안내"),
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""안녕하세요.

신고해 주신 아래 Shorts 동영상을 검토한 결과, 미성년자에게 부적절한 내용이 있어
연령 제한을 적용했습니다. 이제 이 동영상은 로그인한 만 18세 이상 사용자만 볼 수 있습니다.

  <{Y[1]}>

연령 제한 정책: https://support.google.com/youtube/answer/2802167

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (연령 제한 적용)",
    why="age-restricted is restricted; the policy link is not an item",
    items={Y[1]: "restricted"},
)

# A17: DC Inside informal operator reply.
case(
    name="dc-informal-operator",
    date="Fri, 06 Sep 2024 19:22:08 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240905-04] 리딩방 게시물 시정요구",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인했습니다.

{D[0]}
{D[1]}
위 두 건은 삭제 처리했고요,

{D[2]} 은 작성자가 이미 지운 글이라 남아 있는 게 없습니다.

나머지 마이너/미니 갤러리 글은 갤러리 매니저 쪽 확인 후 다시 말씀드릴게요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply (위 두 건은 …, author already deleted)",
    why="two URLs then 'those two deleted'; one already deleted by its author; rest promised",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

# A18: DC Inside bulleted list, all five.
case(
    name="dc-bulleted-all-five",
    date="Mon, 09 Sep 2024 10:05:30 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=h("[디시인사이드] 시정요구 조치결과 회신 - KCSC-240905-04"),
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""방송통신심의위원회 담당자님께

시정요구하신 5건의 조치결과입니다.

 * {D[0]} : 삭제
 * {D[1]} : 삭제
 * {D[2]} : 삭제
 * {D[3]} : 삭제 불가 (투자 관련 일반 토론글로 이용약관 위반 사항 없음)
 * {D[4]} : 존재하지 않는 게시물 (미니 갤러리 폐쇄로 이미 삭제됨)

(주)디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 조치결과 회신, bulleted URL : result",
    why="five bullets, one status each (three removed, one refused with reason, one not found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "rejected",
           D[4]: "not_found"},
)

# A19: DC Inside, bulk wording for a one-item request.
case(
    name="dc-one-item-bulk-wording",
    date="Wed, 11 Sep 2024 09:14:57 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240910-07] 불법 복권 홍보 게시물",
    reply_to_req=rq("KCSC-240910-07"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

신고하신 게시물 모두 삭제 조치 완료하였습니다.
해당 작성자(IP 차단 포함)에 대해서도 이용 제한 조치를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside short 'all deleted' reply",
    why="'all reported posts deleted' answering a request of one item applies",
    items={D7: "removed"},
)

# A20: BAND, one blinded and one kept.
case(
    name="band-blind-and-kept",
    date="Mon, 09 Sep 2024 15:31:18 +0900",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    subject=h("[BAND] 신고 게시글 처리 결과 (KCSC-240906-05)"),
    reply_to_req=rq("KCSC-240906-05"),
    body=f"""안녕하세요, BAND 운영팀입니다.

요청하신 밴드 게시글 2건의 처리 결과를 알려드립니다.

1. {B[0]}
   처리 결과: 운영정책(불법 상품 거래) 위반으로 게시글 블라인드

2. {B[1]}
   처리 결과: 밴드 공지 안내글로 확인되어 운영정책 위반 없음, 게시 유지

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내, numbered URL with 처리 결과 line",
    why="blinded (removed) and kept as not violating (rejected); policy link not an item",
    items={B[0]: "removed", B[1]: "rejected"},
)

# A21: statement first, URLs on the lines below it.
case(
    name="naver-statement-then-urls-below",
    date="Tue, 10 Sep 2024 11:22:36 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구 (추가 회신)",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다. 추가 처리 결과를 안내드립니다.

아래 게시물은 네이버 운영원칙(불법 도박) 위반으로 삭제하였습니다.
{N[4]}
{N[9]}

아래 게시물은 확인 결과 존재하지 않는 게시물입니다.
{N[7]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 추가 회신: sentence then the URLs it covers on the lines below",
    why="two URLs under 'deleted', one under 'does not exist'",
    items={N[4]: "removed", N[9]: "removed", N[7]: "not_found"},
)

# A22: Gmail (Korean) quoting with '>' below the reply.
case(
    name="naver-gmail-korean-quote",
    date="Wed, 11 Sep 2024 17:09:03 +0900",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페",
    subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body="\n".join([
        "안녕하세요. 네이버 카페 운영팀입니다.",
        "",
        f"{N[6]} 게시글은 재검토 결과 블라인드 처리하였습니다.",
        f"{N[10]} 질문은 작성자가 삭제하여 확인할 수 없습니다.",
        "",
        "감사합니다.",
        "",
        "2024년 9월 2일 (월) 오후 3:12, KCSC 통신심의팀 <takedown@kcsc.example>님이 작성:",
    ] + ["> " + l if l else ">" for l in request_lines(N)]),
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply (…님이 작성:) with '>' quoted request",
    why="two statements in the reply; the quoted request (삭제 요구) is not a statement",
    items={N[6]: "removed", N[10]: "not_found"},
)

# A23: plain-text table.
case(
    name="naver-text-table",
    date="Thu, 12 Sep 2024 09:48:27 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject=h("KCSC-240902-01 블로그 게시물 조치결과"),
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""담당자님, 블로그 게시물 4건의 최종 조치결과입니다.

연번 | URL                                                | 조치결과
-----+----------------------------------------------------+---------------------------
1    | {N[0]} | 삭제
2    | {N[1]} | 위반 아님 (게시 유지)
3    | {N[2]} | 임시조치
4    | {N[3]} | 게시물 없음

NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table with | columns",
    why="one status per row: removed, rejected, restricted, not_found",
    items={N[0]: "removed", N[1]: "rejected", N[2]: "restricted", N[3]: "not_found"},
)

# A24: acknowledgement phrase plus an unhedged statement.
case(
    name="kakao-receipt-plus-one-result",
    date="Wed, 04 Sep 2024 08:40:15 +0900",
    **{"from": "noreply@daum.net"},
    name_from="Daum 고객센터",
    subject=h("[Daum] 신고 접수 및 처리 안내 (KCSC-240903-02)"),
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""안녕하세요. Daum 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 K-2409-118273)

접수하신 게시물 중 {K[0]} 은 확인 결과 운영정책 위반으로
삭제 처리가 완료되었습니다.

나머지 게시물은 순차적으로 검토 중이며, 결과는 별도로 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 신고 접수 receipt that also carries one result",
    why="an acknowledgement phrase plus an unhedged deletion of one named item; the rest under review",
    items={K[0]: "removed"},
)

# A25: DC Inside multipart/alternative with an HTML table.
dc_rows = [(D[2], "삭제"), (D[3], "삭제"), (D[4], "성인인증 게시물로 전환")]
dc_tr = "\n".join(f"<tr><td>{u.replace('&', '&amp;')}</td><td>{s}</td></tr>" for u, s in dc_rows)
dc_txt = "\n".join(f"{u}\t{s}" for u, s in dc_rows)
case(
    name="dc-html-table-alternative",
    date="Tue, 10 Sep 2024 14:02:44 +0900",
    **{"from": "gallery-admin@dcinside.com"},
    name_from="디시인사이드 갤러리 관리",
    subject=h("마이너·미니 갤러리 게시물 조치결과 (KCSC-240905-04)"),
    reply_to_req=rq("KCSC-240905-04"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dcalt-25"

--dcalt-25
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

마이너·미니 갤러리 게시물 조치결과입니다.

URL\t조치
{dc_txt}

--dcalt-25
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>마이너·미니 갤러리 게시물 조치결과입니다.</p>
<table border="1"><tr><th>URL</th><th>조치</th></tr>
{dc_tr}
</table></body></html>

--dcalt-25--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside gallery admin result, multipart/alternative (tab text + HTML table)",
    why="two deleted, one switched to adult-verification only (age-restricted)",
    items={D[2]: "removed", D[3]: "removed", D[4]: "restricted"},
)

# A26: NAVER in English.
case(
    name="naver-english-reply",
    date="Fri, 13 Sep 2024 16:55:00 +0900",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Global Policy",
    subject="Re: [KCSC-240902-01] Correction request - remaining cafe posts",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Following up on the remaining cafe posts:

- {N[5]} has been made unavailable on NAVER Cafe.
- We could not locate {N[6]}; the cafe reports no such article.
- {N[7]} was reviewed and does not violate NAVER's operating principles, so it will remain available.

Best regards,
NAVER Global Policy
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English-language policy team reply",
    why="made unavailable (removed), could not locate (not_found), does not violate / remains (rejected)",
    items={N[5]: "removed", N[6]: "not_found", N[7]: "rejected"},
)

# ====================== review ======================

case(
    name="naver-promise-will-delete",
    date="Tue, 03 Sep 2024 09:12:40 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

보내주신 게시물 중
{N[0]}
{N[1]}
두 건은 담당 부서에서 검토 후 금일 중 삭제 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion",
    why="'will delete after review' is a promise; named items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Thu, 05 Sep 2024 12:30:21 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    subject="Re: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""안녕하세요, 티스토리 고객센터입니다.

문의하신 {K[3]} 게시물은 현재 접속해 보면 이미 삭제된 것으로 보입니다.
블로그 운영자가 직접 지운 것인지는 내부 확인이 더 필요하며, 확인되면 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory help desk hedged answer (…것으로 보입니다)",
    why="'appears to be deleted' is a hedge, and the cause is still being checked",
    items={K[3]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Mon, 09 Sep 2024 18:01:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject=h("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req=rq("KCSC-240902-01"),
    body="""담당자님 안녕하세요.

KCSC-240902-01로 요청하신 게시물 12건 전체에 대해 조치를 완료하였습니다.
세부 내역이 필요하시면 말씀해 주세요.

NAVER 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short portal 'all done' reply to a multi-item 시정요구",
    why="one statement covering 12 items without naming any, and 조치 does not say which action",
    items={u: "pending" for u in N},
)

case(
    name="dc-bulk-all-deleted",
    date="Sat, 07 Sep 2024 13:44:50 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240905-04] 리딩방 게시물 시정요구",
    reply_to_req=rq("KCSC-240905-04"),
    body="""네 안녕하세요
요청하신 게시물 전부 삭제했습니다. 작성자 IP도 차단해 두었습니다.
""",
    outcome="review", review="bulk",
    imitates="DC Inside one-line 'all deleted' reply",
    why="'all deleted' for a request of five items without naming them",
    items={u: "pending" for u in D},
)

case(
    name="naver-auth-fail-spoof",
    date="Wed, 04 Sep 2024 22:15:33 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    auth="fail",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

아래 카페 게시글은 확인 결과 운영원칙 위반 사항이 없어 게시를 유지합니다.
- {N[7]}
- {N[8]}
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking rejection failing DMARC",
    why="naver.com From with dkim/dmarc fail: statements are not applied",
    items={N[7]: "pending", N[8]: "pending"},
)

case(
    name="cafe-manager-gmail",
    date="Thu, 05 Sep 2024 23:02:17 +0900",
    **{"from": "pinkrabbit.mgr@gmail.com"},
    name_from="핑크래빗 카페지기",
    subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    body=f"""안녕하세요 저는 핑크래빗샵 카페 매니저입니다.
네이버에서 연락받고 확인해 보니 저희 카페 글이 포함돼 있어서 직접 지웠습니다.

{N[5]}
{N[6]}

두 글 모두 삭제했고 작성자는 강퇴했습니다. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (카페지기) writing from a personal Gmail address",
    why="deletion stated by someone outside any platform's domain",
    items={N[5]: "pending", N[6]: "pending"},
)

case(
    name="kakao-about-naver-url",
    date="Wed, 04 Sep 2024 16:27:45 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 {N[4]} 은 당사 서비스에서 확인되지 않는 게시물입니다.
네이버 블로그 게시물로 보이므로 네이버 측에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request misrouted to it (NAVER blog URL)",
    why="Kakao speaks about a NAVER item; a clerk would not take Kakao's word as NAVER's status",
    items={N[4]: "pending"},
)

case(
    name="naver-asks-documents",
    date="Tue, 03 Sep 2024 14:50:02 +0900",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 건 중 {N[10]} 의 경우 질문글 본문이 아닌 답변 중
어떤 답변이 문제가 되는지 특정되지 않습니다.
문제가 되는 답변의 작성자 ID(일부 마스킹 가능)와 작성 시각을 회신해 주시면 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the answer's author ID and time (지식iN 신고 안내)",
    why="asks for details before acting; no status",
    items={N[10]: "pending"},
)

case(
    name="youtube-under-review",
    date="Thu, 05 Sep 2024 01:10:33 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request to remove obscene videos [1-7392000028851]",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""Hello,

The following video is currently under review by our team:
{Y[2]}

We will notify you once a decision has been made. No further action is needed from you at this time.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'under review' interim reply",
    why="under review names a requested item but states nothing",
    items={Y[2]: "pending"},
)

case(
    name="naver-notice-no-items",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    subject=h("[안내] 추석 연휴 기간 시정요구 접수 및 처리 일정"),
    body="""방송통신심의위원회 담당자님께

추석 연휴(9월 16일~18일) 기간에는 시정요구 접수는 정상적으로 이루어지나,
처리 결과 회신은 9월 19일부터 순차적으로 진행됩니다.
긴급 건은 정책지원팀 대표번호로 연락 주시기 바랍니다.

NAVER 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="NAVER holiday schedule notice to the regulator",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="band-conditional-after-appeal",
    date="Tue, 10 Sep 2024 12:18:09 +0900",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    subject=h("[BAND] 신고 게시글 검토 진행 안내 (KCSC-240906-05)"),
    reply_to_req=rq("KCSC-240906-05"),
    body=f"""안녕하세요, BAND 운영팀입니다.

{B[1]} 게시글은 밴드 리더에게 소명 기회를 부여하였습니다.
7일 이내 소명이 없거나 소명이 받아들여지지 않으면 해당 게시글은 삭제될 예정입니다.
최종 결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice of an appeal period before deletion",
    why="deletion is conditional and future; the item stays pending",
    items={B[1]: "pending"},
)

hwp_bytes = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(
    (i * 37 + 11) % 256 for i in range(900))
case(
    name="naver-hwp-gongmun-attachment",
    date="Fri, 13 Sep 2024 10:31:12 +0900",
    **{"from": "gov-relations@navercorp.com"},
    name_from="네이버 대외협력실",
    subject=h("시정요구 조치결과 회신 공문 송부 (KCSC-240902-01)"),
    reply_to_req=rq("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="hwp-b-13"

--hwp-b-13
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까. 네이버 대외협력실입니다.
KCSC-240902-01 시정요구에 대한 조치결과를 첨부 공문으로 회신드립니다.
확인 부탁드립니다.

--hwp-b-13
Content-Type: application/x-hwp; name="{h('조치결과회신_KCSC-240902-01.hwp')}"
Content-Disposition: attachment; filename="{h('조치결과회신_KCSC-240902-01.hwp')}"
Content-Transfer-Encoding: base64

{b64(hwp_bytes)}
--hwp-b-13--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean 공문 sent as an HWP (한글) attachment",
    why="the result is only in an HWP file",
    items={},
)

# ====================== ignored ======================

case(
    name="naver-chuseok-out-of-office",
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    **{"from": "sy.park@navercorp.com"},
    name_from="박서윤",
    subject=h("[자동응답] 부재중입니다: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=rq("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박서윤입니다.
추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 정책지원팀(policy@navercorp.com)으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over Chuseok",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = "\n".join([
    "Date: Thu, 5 Sep 2024 10:02:11 +0900",
    "From: KCSC 통신심의팀 <takedown@kcsc.example>",
    "To: abuse@dcinside.com",
    "Subject: [KCSC-240905-04] 리딩방 게시물 시정요구",
    f"Message-ID: <{msgid('KCSC-240905-04')}>",
])
case(
    name="dc-dsn-user-unknown",
    date="Thu, 05 Sep 2024 10:02:14 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-0905"

--dsn-dc-0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host mx1.dcinside.com[203.0.113.45] said: 550 5.1.1
    <abuse@dcinside.com>: Recipient address rejected: User unknown

--dsn-dc-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 10:02:12 +0900

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@dcinside.com>: Recipient address rejected: User unknown

--dsn-dc-0905
Content-Type: text/rfc822-headers; charset=utf-8

{dsn_orig}

--dsn-dc-0905--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 550 5.1.1 from the platform's MX",
    why="delivery failure report",
    items={},
)

case(
    name="kakao-read-receipt",
    date="Wed, 04 Sep 2024 09:03:27 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=h("읽음: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구"),
    reply_to_req=rq("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-1"

--mdn-kk-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구
읽은 시간: 2024-09-04 오전 9:03

--mdn-kk-1
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{msgid('KCSC-240903-02')}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) MDN",
    why="read receipt",
    items={},
)

case(
    name="naver-ticket-receipt",
    date="Mon, 02 Sep 2024 15:13:40 +0900",
    **{"from": "noreply@help.naver.com"},
    name_from="네이버 고객센터",
    subject=h("[네이버 고객센터] 문의가 접수되었습니다 - [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=rq("KCSC-240902-01"),
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 · 접수번호: 2024090200418822
 · 접수일시: 2024.09.02 15:13

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역(https://help.naver.com/myinquiry)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="youtube-legal-auto-ack",
    date="Wed, 04 Sep 2024 06:21:55 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[1-7392000028851] Your request has been received",
    reply_to_req=rq("KCSC-240904-03"),
    body="""Hello,

Thanks for contacting YouTube. This is an automatic reply to confirm that we
have received your request. Your reference number is 1-7392000028851.

Please do not reply to this message.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform automatic receipt",
    why="pure acknowledgement with a reference number",
    items={},
)

case(
    name="band-receipt-echoing-urls",
    date="Fri, 06 Sep 2024 11:02:19 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND 고객센터",
    subject=h("[BAND] 신고가 접수되었습니다 (KCSC-240906-05)"),
    reply_to_req=rq("KCSC-240906-05"),
    body=f"""BAND 고객센터입니다. 아래 내용으로 신고가 접수되었습니다.

[접수 내용]
접수번호: BND-20240906-55102
신고 유형: 불법 상품 거래(마약류)
신고 대상:
  {B[0]}
  {B[1]}

검토 후 처리 결과를 이메일로 안내해 드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 신고 접수 receipt echoing the reported URLs",
    why="receipt echoing the report; no item has a status yet",
    items={},
)

case(
    name="kakao-staff-ooo-with-quote",
    date="Tue, 03 Sep 2024 17:45:08 +0900",
    **{"from": "jh.lee@kakaocorp.com"},
    name_from="Jihoon Lee",
    subject="Automatic reply: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구",
    reply_to_req=rq("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="\n".join([
        "I am out of the office until September 9 with limited access to email.",
        "9월 9일까지 휴가 중입니다. 권리침해 관련 문의는 right@kakaocorp.com 으로 보내주세요.",
        "",
        "________________________________",
        "From: KCSC 통신심의팀 <takedown@kcsc.example>",
        "Sent: Tuesday, September 3, 2024 5:44 PM",
        "Subject: [KCSC-240903-02] 미등록 대부 광고 게시물 시정요구",
        "",
    ] + request_lines(K)),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that includes the original message",
    why="out-of-office auto-reply; the quoted request is not a statement",
    items={},
)

HEADER = """# Blind set 755 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written from each email's meaning before the reader was run; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
