#!/usr/bin/env python3
"""Blind set 941: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND) in 공문 style, 임시조치 notices, 시정요구 조치결과 tables and informal
operator replies.

    python3 tests/corpus/blind941/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it.
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

SET = "blind941"

# ---------------------------------------------------------------- requests
K3_RAW = "https://hanbit-memo.tistory.com/entry/투자-리딩방-안내"
K3 = "https://hanbit-memo.tistory.com/entry/" + quote("투자-리딩방-안내")

N1 = "https://blog.naver.com/moonlit_trader77/223561040112"
N2 = "https://blog.naver.com/moonlit_trader77/223561048830"
N3 = "https://blog.naver.com/greenpeak_info/223559912045"
N4 = "https://cafe.naver.com/jjangstockclub/88412"
N5 = "https://cafe.naver.com/jjangstockclub/88415"
N6 = "https://cafe.naver.com/haneulbet2024/1203"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40401&docId=471205583"
N8 = "https://blog.naver.com/sora_daily_log/223560077194"
N9 = "https://cafe.naver.com/haneulbet2024/1219"
N10 = "https://blog.naver.com/greenpeak_info/223560101367"
N11 = "https://m.blog.naver.com/bitgoldsignal/223562300451"
N12 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31044721&articleid=5521"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/goldwave77/Ab3k/152"
K2 = "https://cafe.daum.net/goldwave77/Ab3k/157"
K4 = "https://brunch.co.kr/@ondal-story/41"
K5 = "https://hanbit-memo.tistory.com/88"
K6 = "https://cafe.daum.net/sunnyhill2020/Ld9p/3021"

Y1 = "https://www.youtube.com/watch?v=Qm4tR8vLx2c"
Y2 = "https://www.youtube.com/watch?v=bN7kPz0aW3e"
Y3 = "https://www.youtube.com/shorts/hY2dLq9sX0w"
Y4 = "https://www.youtube.com/@jusik_oppa_tv"

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=3381207"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=772014"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=772031"

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/419"

R7 = "https://blog.naver.com/yeouido_whisper/223570011820"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T01:00:00Z", "2024-09-10T14:59:59Z", NAVER_ALL,
     "illegal_finance", "불법 투자 리딩방·도박 홍보 (블로그, 카페, 지식iN)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T02:00:00Z", "2024-09-12T14:59:59Z", [K1, K2, K3, K4, K5],
     "illegal_finance", "Daum 카페, 티스토리, 브런치"),
    ("KCSC-240906-03", "youtube", "2024-09-06T01:30:00Z", "2024-09-13T14:59:59Z", [Y1, Y2, Y3, Y4],
     "fraud", "투자 사기 동영상과 채널"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T00:40:00Z", "2024-09-16T14:59:59Z", [D1, D2, D3],
     "fraud", "주식·코인 갤러리 게시글"),
    ("KCSC-240910-05", "band", "2024-09-10T05:00:00Z", "2024-09-17T14:59:59Z", [B1, B2],
     "illegal_finance", "BAND 게시글"),
    ("KCSC-240911-06", "kakao", "2024-09-11T01:00:00Z", "2024-09-18T14:59:59Z", [K6],
     "gambling", "Daum 카페 도박 홍보"),
    ("KCSC-240912-07", "naver", "2024-09-12T01:00:00Z", "2024-09-19T14:59:59Z", [R7],
     "defamation", "블로그 게시물 1건"),
]


def req_mid(ref):
    return ref.lower()  # message_id kcsc-240903-01@kcsc.example


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encode a header text (subject or display name)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def original_request(ref, urls, date_line):
    lines = [date_line,
             "수신: 귀사 정책 담당자",
             "제목: [%s] 불법정보 시정요구" % ref,
             "",
             "방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니",
             "조치 후 그 결과를 회신하여 주시기 바랍니다.",
             ""]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "방송통신심의위원회 불법정보대응팀"]
    return lines


SIG_NAVER = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 (도로명 주소 생략)
운영정책: https://policy.naver.com/rules/service.html"""

cases = []


def add(**c):
    cases.append(c)


# ================================================================ APPLIED
add(
    name="naver-gongmun-text-table-first",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 17:42:10 +0900",
    subject=h("[회신] 시정요구 조치결과 통보 (KCSC-240903-01) - 1차"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
수신  방송통신심의위원회 (통신심의국 불법정보대응팀)
참조  시정요구 담당자
제목  시정요구에 대한 조치결과 회신 (1차)

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회 시정요구(관리번호 KCSC-240903-01, 2024. 9. 3.)와 관련하여 당사
   서비스 내 대상 게시물에 대한 1차 조치 결과를 다음과 같이 회신합니다.

  연번  대상 URL                                                조치 내용         조치 일자
  ----  ------------------------------------------------------  ----------------  ----------
  1     {N1}    삭제              2024.09.04
  2     {N2}    삭제              2024.09.04
  3     {N3}      게시중단          2024.09.04
  4     {N4}             임시조치(30일)    2024.09.04
  5     {N5}             해당 게시물 없음  -
  6     {N6}               삭제              2024.09.04

3. 나머지 6건은 서비스별 담당 부서에서 확인 중이며, 조치가 끝나는 대로 2차로
   회신드리겠습니다.

4. 연번 5는 요청 접수 시점에 이미 존재하지 않는 게시물(작성자 삭제 또는 주소
   오류)로 확인되었습니다.

붙임  없음.  끝.

{SIG_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 with a fixed-width text table (NAVER)",
    why="trusted NAVER reply, one row per URL: 삭제/게시중단 removed, 임시조치 restricted, 해당 게시물 없음 not_found; the other six are only 'being checked'",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "removed"},
)

_rows = [(N7, "삭제", "불법 금융 광고"), (N8, "조치 전 게시자 자진 삭제", "-"),
         (N9, "블라인드", "도박 사이트 홍보"), (N10, "위반 사항 없음 (게시 유지)", "투자 관련 개인 의견으로 판단"),
         (N11, "국내 접속 차단", "해외 서버 이미지 포함"), (N12, "삭제", "불법 도박 홍보")]
_html = ["<html><body style=\"font-family:'맑은 고딕',sans-serif;font-size:13px\">",
         "<p>방송통신심의위원회 담당자님께,</p>",
         "<p>시정요구(KCSC-240903-01) 대상 중 1차 회신에서 제외되었던 6건의 조치 결과를 아래 표와 같이 알려드립니다.</p>",
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
         "<tr style=\"background:#03c75a;color:#fff\"><th>연번</th><th>URL</th><th>조치결과</th><th>사유</th></tr>"]
for i, (u, r, why) in enumerate(_rows, 7):
    _html.append(f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td><td>{r}</td><td>{why}</td></tr>")
_html += ["</table>",
          "<p>본 건으로 시정요구 12건에 대한 회신을 모두 마칩니다.</p>",
          "<p>네이버 주식회사 정책지원팀 드림<br>"
          "<a href=\"https://policy.naver.com/rules/service.html\">네이버 운영정책</a></p>",
          "</body></html>"]
_html_text_qp = qp("본 메일은 HTML 형식으로 작성되었습니다. 조치 결과 표는 HTML 본문에서 확인해 주십시오.\n네이버 주식회사 정책지원팀\n")
_html_qp = qp("\n".join(_html) + "\n")
add(
    name="naver-html-table-second",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 11:05:44 +0900",
    subject=h("[회신] 시정요구 조치결과 통보 (KCSC-240903-01) - 2차"),
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nv941_alt"

--=_nv941_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_html_text_qp}
--=_nv941_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{_html_qp}
--=_nv941_alt--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 결과 HTML table (multipart/alternative, text part only points to the HTML)",
    why="HTML table states each of the remaining six: 삭제/블라인드 removed, 자진 삭제 not_found, 위반 사항 없음 rejected, 국내 접속 차단 restricted",
    items={N7: "removed", N8: "not_found", N9: "removed", N10: "rejected", N11: "restricted", N12: "removed"},
)

add(
    name="naver-right-center-blind-single",
    **{"from": "right_noreply@navercorp.com"},
    name_from=h("네이버 권리보호센터"),
    date="Fri, 13 Sep 2024 11:31:02 +0900",
    subject=h("[네이버] 게시중단 요청 처리 결과 안내"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 검토를 마쳐 결과를 안내드립니다.

■ 요청 번호 : KCSC-240912-07
■ 대상 게시물 : {R7}
■ 처리 결과 : 블라인드 처리 완료 (2024.09.13 11:20)

블라인드 처리된 게시물은 게시자 본인을 제외한 이용자에게 노출되지 않으며,
게시자는 처리일로부터 30일 이내에 소명 자료를 제출할 수 있습니다.

자세한 기준은 네이버 게시중단요청서비스 안내 페이지
(https://right.naver.com/guide/process)를 참고해 주세요.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notification (■ field layout)",
    why="one-item request; '블라인드 처리 완료' for the named URL is removed; the guide link is not an item",
    items={R7: "removed"},
)

add(
    name="naver-temp-measure-two-blogs",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 10:14:37 +0900",
    subject=h("RE: [KCSC-240903-01] 불법정보 시정요구 - 블로그 임시조치 안내"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 건 중 greenpeak_info 블로그의 게시물 2건은 작성자가 명예훼손 여부를
다투고 있어, 정보통신망법 제44조의2 제4항에 따라 30일간 임시조치(접근 차단)하였습니다.
  - {N3}
  - {N10}

임시조치 기간 중 게시자가 재게시를 요청하면 그 결과를 별도로 알려드리겠습니다.

감사합니다.

{SIG_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 (정보통신망법 제44조의2) notice, URLs listed below the statement",
    why="임시조치 (30-day access block) is restricted for both listed URLs; the re-posting remark is about the future",
    items={N3: "restricted", N10: "restricted"},
)

_q = original_request("KCSC-240903-01", NAVER_ALL, "")[1:]
add(
    name="naver-cafe-toppost-over-gmail-quote",
    **{"from": "dohyun.kim@navercorp.com"},
    name_from=h("김도현"),
    date="Wed, 04 Sep 2024 09:12:55 +0900",
    subject="Re: [KCSC-240903-01] " + h("불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도현입니다.

말씀하신 짱주식클럽 카페 글 2건은 오늘 오전에 삭제했습니다.
{N4}
{N5}

카페 매니저에게도 운영원칙 위반 경고를 함께 보냈습니다.
나머지 건은 정책지원팀에서 따로 회신드릴 예정입니다.

김도현 드림

2024년 9월 3일 (화) 오전 10:02, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(chr(10).join(_q))}
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operator reply top-posted over a Korean Gmail quote ('…님이 작성:')",
    why="the two cafe posts are named under 'deleted'; the quoted request below lists all 12 but quoted text states nothing",
    items={N4: "removed", N5: "removed"},
)

_csv = "\ufeff관리번호,연번,URL,조치결과,비고\n" + "".join(
    f"KCSC-240903-01,{i},{u},{r},{n}\n" for i, (u, r, n) in enumerate([
        (N1, "삭제", ""), (N2, "삭제", ""),
        (N3, "조치불가", "위반사항 없음(시사 논평)"), (N4, "게시물 없음", "작성자 삭제")], 1))
_csv_cover = b64("안녕하십니까, 네이버 정책지원팀입니다.\n\n시정요구(KCSC-240903-01) 중 4건의 조치결과를 첨부 파일(CSV)로 송부합니다.\n확인 부탁드립니다.\n\n네이버 주식회사 정책지원팀\n")
_csv_name_b64 = base64.b64encode("조치결과_KCSC-240903-01.csv".encode()).decode()
_csv_name_q = quote("조치결과_KCSC-240903-01.csv")
add(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 16:20:00 +0900",
    subject=h("[네이버] 시정요구 조치결과 송부 (KCSC-240903-01)"),
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_941_77120"

------=_Part_941_77120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_csv_cover}
------=_Part_941_77120
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{_csv_name_b64}?="
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''{_csv_name_q}

{b64(_csv)}
------=_Part_941_77120--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 CSV export (UTF-8 with BOM, as Excel saves it) attached to a short cover note",
    why="CSV rows: 삭제 removed, 조치불가 (no violation) rejected, 게시물 없음 (author deleted) not_found",
    items={N1: "removed", N2: "removed", N3: "rejected", N4: "not_found"},
)

add(
    name="kakao-gongmun-five-items",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책협력팀"),
    date="Fri, 06 Sep 2024 18:03:21 +0900",
    subject=h("시정요구 이행 결과 회신 [KCSC-240905-02]"),
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
주식회사 카카오

수신  방송통신심의위원회 위원장
제목  시정요구 이행 결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.

2. 관련: 방송통신심의위원회 시정요구(KCSC-240905-02, 2024. 9. 5.)

3. 위 관련 호에 따라 당사가 운영하는 서비스 내 정보에 대하여 아래와 같이
   조치하였음을 알려드립니다.

  가. {K1} : 삭제 (2024. 9. 6.)
  나. {K2} : 삭제 (2024. 9. 6.)
  다. {K3_RAW} : 임시조치 (2024. 9. 6.부터 30일)
  라. {K4} : 조치 불가
      - 사유: 특정 투자상품의 위험성을 알리는 글로, 불법정보에 해당하지 않는 것으로 판단함
  마. {K5} : 게시물 미존재 (작성자가 2024. 9. 5. 삭제)

끝.

주식회사 카카오 대표이사 (직인생략)
담당: 정책협력팀 오세린
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (가/나/다 list) 시정요구 이행 결과 회신, tistory URL written in raw Hangul",
    why="each of the five URLs has its own result: 삭제 removed, 임시조치 restricted, 조치 불가 with reason rejected, 미존재 not_found",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected", K5: "not_found"},
)

add(
    name="daum-cafe-blind-one-item",
    **{"from": "cafe_notice@daum.net"},
    name_from=h("Daum 카페"),
    date="Thu, 12 Sep 2024 14:47:09 +0900",
    subject=h("[Daum 카페] 신고 게시물 처리 결과 안내"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

방송통신심의위원회에서 신고하신 게시글
{K6}
은 Daum 카페 운영정책 위반(불법 사행성 사이트 홍보)으로 확인되어 블라인드 처리되었습니다.

게시글을 작성한 회원에게는 운영정책에 따른 이용 제한이 함께 적용되었습니다.
운영정책 전문: https://cs.daum.net/faq/cafe/policy.html

감사합니다.
Daum 카페 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 게시물 블라인드 처리 안내",
    why="trusted daum.net (Kakao) notice; the one requested post is 블라인드 처리 = removed; the member restriction is not an item",
    items={K6: "removed"},
)

add(
    name="tistory-particle-after-url",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from=h("티스토리 고객센터"),
    date="Sat, 07 Sep 2024 10:26:48 +0900",
    subject=h("RE: [KCSC-240905-02] 티스토리 게시물 처리 내역"),
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

문의하신 hanbit-memo 블로그 게시물 처리 내역을 안내드립니다.

{K3_RAW} 는 위원회 시정요구에 따라 국내 IP에서의 접근을 제한하였습니다.
같은 블로그의 {K5}은 저희가 확인했을 때 이미 작성자가 삭제한 글이어서 별도로 조치하지 않았습니다.

추가로 궁금하신 점은 이 메일로 회신 주세요.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) help-desk reply in prose, Korean particles right after the URLs",
    why="raw-Hangul URL: 국내 접근 제한 restricted; '/88은' (particle glued to the URL): already deleted by the author, not_found",
    items={K3: "restricted", K5: "not_found"},
)

add(
    name="brunch-kept-with-reason",
    **{"from": "brunch@kakaocorp.com"},
    name_from=h("브런치팀"),
    date="Mon, 09 Sep 2024 15:10:33 +0900",
    subject=h("[브런치] 신고하신 글에 대한 검토 결과"),
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 브런치팀입니다.

방송통신심의위원회에서 요청하신 브런치 글에 대한 검토 결과를 알려드립니다.

대상 글: {K4}
검토 결과: 게시 유지
사유: 작성자가 직접 겪은 리딩방 피해 사례를 알리는 후기로, 브런치 운영정책과
관련 법령상 삭제 사유에 해당하지 않는다고 판단했습니다.

판단에 이의가 있으시면 이 메일에 회신해 주세요.

고맙습니다.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) 검토 결과: 게시 유지 reply",
    why="a refusal with its reason for one named item of a five-item request: rejected",
    items={K4: "rejected"},
)

add(
    name="youtube-kr-legal-geo-and-removed",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:55:12 +0000",
    subject=h("[5-0419000038829] 방송통신심의위원회 요청 처리 결과 (KCSC-240906-03)"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 방송통신심의위원회에서 보내주신 요청(KCSC-240906-03)을
검토했습니다.

검토 결과, 아래 콘텐츠는 대한민국 현지 법률 위반으로 판단되어 한국 내에서
액세스를 제한했습니다.
- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y3}

YouTube가 법적 요청을 처리하는 방식은
https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean (local-law geo-block + Community Guidelines removal)",
    why="two videos restricted in Korea (restricted), one Short removed globally (removed); the support link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

add(
    name="youtube-channel-terminated",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 02:14:50 +0000",
    subject=h("신고하신 채널에 대한 조치 안내"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요.

귀하가 신고한 채널 {Y4} 은(는) 스팸, 현혹 행위 및 사기에 관한 YouTube 정책을
반복적으로 위반하여 해지되었습니다. 해지된 채널의 동영상은 더 이상 YouTube에서
시청할 수 없습니다.

YouTube 커뮤니티를 안전하게 지키는 데 도움을 주셔서 감사합니다.

- YouTube 팀

© 2024 Google LLC (가상 주소)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'channel terminated' report outcome, Korean localisation",
    why="the named channel was terminated: removed",
    items={Y4: "removed"},
)

add(
    name="youtube-age-restricted-and-uploader-deleted",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무 지원"),
    date="Wed, 11 Sep 2024 06:41:18 +0000",
    subject=h("RE: [KCSC-240906-03] 동영상 검토 결과"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요, YouTube 법무 지원팀입니다.

요청하신 동영상 중 두 건에 대한 결과를 알려드립니다.

1) {Y3}
   커뮤니티 가이드를 위반하지는 않지만 일부 시청자에게 적합하지 않은 것으로
   판단되어 연령 제한을 적용했습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

2) {Y1}
   검토 시점에 업로더가 이미 동영상을 삭제하여 확인할 수 없었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reviewer reply: age restriction applied / video already deleted by its uploader",
    why="age restriction is restricted; a video already deleted by its uploader is not_found",
    items={Y3: "restricted", Y1: "not_found"},
)

add(
    name="dcinside-informal-bullets",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 13:08:40 +0900",
    subject=h("Re: [KCSC-240909-04] 불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
안녕하세요~ 디시인사이드 운영팀입니다.
요청 주신 건 확인했습니다.

- {D1} : 삭제했습니다
- {D2} : 삭제했습니다
- {D3} : 이미 작성자가 지운 글이라 따로 처리할 건 없었습니다

글 쓴 유동 IP는 갤러리 이용 차단해 뒀습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, bulleted 'URL : result'",
    why="two posts deleted (removed), the third already deleted by its author (not_found); the IP block is no item",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

add(
    name="dcinside-url-then-status-line",
    **{"from": "report@dcinside.com"},
    name_from="DCInside",
    date="Wed, 11 Sep 2024 16:33:05 +0900",
    subject=h("[디시인사이드] 게시물 처리결과 (KCSC-240909-04)"),
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
[처리결과]

{D1}
→ 삭제 완료 (9/10 14:30)

{D3}
→ 삭제 불가. 특정 코인 시세 전망에 대한 개인 의견 글로, 불법정보로 보기 어려워 유지합니다.

문의: 디시인사이드 고객센터 (https://www.dcinside.com/help)
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside 처리결과 with the status on the line under each bare URL",
    why="status line under each URL: 삭제 완료 removed; 삭제 불가 with reason, kept up: rejected",
    items={D1: "removed", D3: "rejected"},
)

add(
    name="band-removed-and-later",
    **{"from": "policy@band.us"},
    name_from=h("BAND 운영정책팀"),
    date="Wed, 11 Sep 2024 11:52:27 +0900",
    subject=h("Re: [KCSC-240910-05] BAND 게시글 시정요구"),
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

BAND 게시글 {B1} 은 불법 금융 광고로 확인되어 삭제 처리되었습니다.

{B2} 건은 게시글에 첨부된 파일 확인이 필요하여 이번 주 안으로 검토를 마친 뒤
다시 연락드리겠습니다.

감사합니다.
BAND 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team reply: one post deleted, the other promised for later",
    why="B1 deleted: removed; B2 is only a promise to review: pending",
    items={B1: "removed", B2: "pending"},
)

_qp_body = f"""안녕하세요. 네이버 블로그 운영팀입니다.

시정요구(KCSC-240903-01) 관련하여 블로그 게시물 2건의 처리 결과를 알려드립니다.

{N8}
: 운영자 삭제 (불법 금융 상품 광고)

{N11}
: 청소년 유해 게시물로 분류하여 성인 인증 후에만 볼 수 있도록 접근을 제한했습니다.

감사합니다.
네이버 블로그 운영팀
"""
add(
    name="naver-blog-quoted-printable",
    **{"from": "blog_cs@navercorp.com"},
    name_from=h("네이버 블로그"),
    date="Thu, 05 Sep 2024 13:30:19 +0900",
    subject=h("[네이버 블로그] 게시물 처리 결과 안내"),
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시물 처리 결과 (quoted-printable body, result on the line under the URL)",
    why="운영자 삭제 is removed; adult-verification-only access (age restriction) is restricted",
    items={N8: "removed", N11: "restricted"},
)

_b64_body = f"""안녕하세요, 네이버 카페 고객센터입니다.

위원회에서 요청하신 카페 게시글 중 2건의 처리 결과입니다.

1. {N12}
   처리: 삭제 (불법 도박 홍보)
2. {N9}
   처리: 없음 - 존재하지 않는 게시글입니다. (주소를 다시 확인해 주세요)

네이버 카페 고객센터
"""
add(
    name="naver-cafe-base64-body",
    **{"from": "cafe_cs@navercorp.com"},
    name_from=h("네이버 카페 고객센터"),
    date="Fri, 06 Sep 2024 09:48:02 +0900",
    subject=h("[네이버 카페] 요청하신 게시글 처리 결과 (KCSC-240903-01)"),
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(_b64_body)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre reply with a base64 text body",
    why="삭제 removed; 'does not exist' not_found",
    items={N12: "removed", N9: "not_found"},
)

add(
    name="naver-kin-wrapped-angle-url",
    **{"from": "kin_help@navercorp.com"},
    name_from=h("네이버 지식iN"),
    date="Thu, 05 Sep 2024 20:02:11 +0900",
    subject=h("RE: [KCSC-240903-01] 지식iN 게시물 관련"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

문의 주신 지식iN 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40401&
docId=471205583>
은 불법 금융 광고로 확인되어 질문과 답변을 모두 삭제하였습니다.

지식iN 운영정책: https://kin.naver.com/policy/
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply with the URL in angle brackets wrapped over two lines",
    why="the wrapped <…> URL is the requested kin URL; question and answers deleted: removed",
    items={N7: "removed"},
)

add(
    name="naver-fullwidth-punctuation-list",
    **{"from": "cafe_cs@navercorp.com"},
    name_from=h("네이버 카페 고객센터"),
    date="Wed, 04 Sep 2024 19:15:36 +0900",
    subject=h("RE: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
담당자님 안녕하세요.
요청하신 게시물 중 아래 3건 처리 결과입니다.

1. {N6}（불법 도박 홍보）→ 삭제
2. {N9}，{N1} → 블라인드

나머지는 확인되는 대로 회신드리겠습니다.
네이버 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply typed with a Korean IME: full-width parentheses and comma glued to URLs",
    why="N6 deleted (removed); N9 and N1 both named on the 블라인드 line (removed each)",
    items={N6: "removed", N9: "removed", N1: "removed"},
)

add(
    name="kakao-echoed-report-blocks",
    **{"from": "report_noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 16:05:59 +0900",
    subject=h("[카카오] 신고 처리 결과 안내 (접수번호 RT-20240905-118204)"),
    body=f"""
[카카오 권리침해신고센터] 신고 처리 결과 안내

안녕하세요. 접수하신 신고의 처리 결과를 안내드립니다.

■ 접수번호: RT-20240905-118204
■ 신고자: 방송통신심의위원회
■ 신고 유형: 불법정보(불법 금융)
■ 신고 URL: {K1}
■ 처리 결과: 게시중단
■ 처리 일시: 2024-09-06 15:58

■ 신고 URL: {K2}
■ 처리 결과: 게시중단
■ 처리 일시: 2024-09-06 15:59

※ 본 메일은 발신 전용입니다. 문의는 카카오 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result mail echoing the report fields (■ 신고 URL / 처리 결과)",
    why="echoed report blocks, each with its own 처리 결과 게시중단: both removed",
    items={K1: "removed", K2: "removed"},
)

add(
    name="youtube-statement-of-reasons-kr",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 07:22:31 +0000",
    subject=h("YouTube 조치 사유 설명서"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
조치 사유 설명서

신고해 주신 콘텐츠에 대해 YouTube가 취한 조치와 그 사유를 알려드립니다.

콘텐츠: {Y2}
조치: 전 세계에서 동영상 삭제
근거: 스팸, 현혹 행위 및 사기 정책
자동화된 수단 사용 여부: 아니요 (검토자가 판단)
이의 제기: 업로더는 https://support.google.com/youtube/answer/185111 에서 이의를 제기할 수 있습니다.

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (YouTube), Korean",
    why="worldwide removal of the named video: removed; appeal link is not an item",
    items={Y2: "removed"},
)

add(
    name="naver-removed-and-still-reviewing",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 11:40:03 +0900",
    subject=h("RE: [KCSC-240903-01] 블로그 게시물 조치 현황"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N2} 게시물은 오늘 오전 삭제 조치를 완료했습니다.

{N3} 게시물은 게시자가 이의를 제기하여 검토 중이며, 결과는 추후 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER status update: one item done, another under review",
    why="N2 삭제 완료: removed; N3 '검토 중' is no statement: pending",
    items={N2: "removed", N3: "pending"},
)

_orig = "\n".join(original_request("KCSC-240909-04", [D1, D2, D3], "")[1:])
add(
    name="dcinside-outlook-original-message",
    **{"from": "jh.lee@dcinside.com"},
    name_from=h("이정훈"),
    date="Mon, 09 Sep 2024 17:25:48 +0900",
    subject="RE: [KCSC-240909-04] " + h("불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
안녕하세요. 디시인사이드 이정훈입니다.

{D1} 삭제처리 완료했습니다.
나머지 마이너 갤러리 게시글 2건은 해당 갤러리 매니저 확인 후 처리 예정입니다.

이정훈 드림
(주)디시인사이드 운영팀

-----Original Message-----
From: "KCSC 불법정보대응팀"<takedown@kcsc.example>
To: <help@dcinside.com>
Sent: 2024-09-09 (월) 09:40:11 (GMT+09:00)
Subject: [KCSC-240909-04] 불법정보 시정요구

{_orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply over '-----Original Message-----' (DC Inside staff)",
    why="only D1 is stated (삭제처리 완료); the other two are a promise and appear by URL only in the original message",
    items={D1: "removed"},
)

add(
    name="daum-one-item-all-temp-measure",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책협력팀"),
    date="Thu, 12 Sep 2024 10:02:44 +0900",
    subject=h("RE: [KCSC-240911-06] Daum 카페 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""
안녕하세요, 카카오 정책협력팀입니다.

시정요구(KCSC-240911-06) 관련하여 요청하신 게시물은 모두 30일간 임시조치하였습니다.
임시조치 이후의 처리 결과는 필요 시 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao short reply: 'all requested posts' put under 임시조치",
    why="'all requested posts' names no URL, but the request has one item, so it applies: 임시조치 restricted",
    items={K6: "restricted"},
)

add(
    name="youtube-receipt-plus-removed",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:03:27 +0000",
    subject=h("[2-9981000031772] 법적 요청이 접수되었습니다"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube에 법적 요청을 보내주셔서 감사합니다. 요청이 접수되었으며 참조 번호는
2-9981000031772입니다.

접수 즉시 검토한 결과, 아래 Shorts 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y3}

나머지 콘텐츠는 검토가 끝나면 이메일로 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-request receipt that already states one result",
    why="acknowledgement phrase plus an unhedged removal of a named URL: not a pure acknowledgement; Y3 removed",
    items={Y3: "removed"},
)

# ================================================================ REVIEW
add(
    name="naver-promise-sequential-delete",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 10:05:12 +0900",
    subject=h("RE: [KCSC-240903-01] 불법정보 시정요구 (처리 예정 안내)"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구(KCSC-240903-01)와 관련하여 아래 게시물은 현재 담당 부서에서 확인하고
있으며, 확인되는 대로 순차적으로 삭제 조치할 예정입니다.

{N1}
{N2}

조치가 완료되면 별도로 회신드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 예정 안내 (promise to delete)",
    why="'삭제 조치할 예정' is a promise about named URLs, no statement",
    items={N1: "pending", N2: "pending"},
)

add(
    name="daum-hedge-seems-cleaned",
    **{"from": "cafe_notice@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    date="Fri, 06 Sep 2024 10:22:40 +0900",
    subject=h("RE: [KCSC-240905-02] 카페 게시글 관련"),
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {K1} 와
{K2} 두 글은 카페 매니저가 이미 정리한 것으로 보입니다.
정확한 처리 이력은 내부 확인 후 다시 안내드리겠습니다.

Daum 카페 운영팀 드림
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator first reply with a hedge ('…한 것으로 보입니다')",
    why="'정리한 것으로 보입니다' is a hedge, not a statement; both named items stay pending",
    items={K1: "pending", K2: "pending"},
)

add(
    name="naver-bulk-twelve-done",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject=h("[회신] 시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
수신  방송통신심의위원회
제목  시정요구 조치 완료 회신

1. 귀 위원회의 시정요구(KCSC-240903-01)와 관련입니다.
2. 위 시정요구 대상 게시물 12건에 대하여 모두 삭제 조치를 완료하였음을 회신합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="one-paragraph 공문 '대상 12건 모두 삭제 조치 완료'",
    why="a statement about all twelve items without naming one, for a multi-item request: bulk",
    items={u: "pending" for u in NAVER_ALL},
)

add(
    name="band-bulk-both-deleted",
    **{"from": "policy@band.us"},
    name_from=h("BAND 운영정책팀"),
    date="Thu, 12 Sep 2024 09:17:38 +0900",
    subject=h("RE: [KCSC-240910-05] BAND 게시글 시정요구"),
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""
안녕하세요, BAND 운영정책팀입니다.
요청하신 게시글 2건 모두 운영정책 위반으로 삭제했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND short reply 'both posts deleted'",
    why="'2건 모두 삭제' names neither post of a two-item request: bulk",
    items={B1: "pending", B2: "pending"},
)

add(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 03:12:09 +0900",
    subject=h("RE: [KCSC-240903-01] 조치 결과"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N1} 게시물은 삭제 처리되었습니다.
관련 서류는 아래 링크에서 내려받으실 수 있습니다.
https://naver-docs-share.example/download?id=88213

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be from navercorp.com that fails DKIM/SPF/DMARC",
    why="from a NAVER domain but authentication failed: untrusted, nothing applied",
    items={N1: "pending"},
)

add(
    name="vendor-unknown-sender-blind",
    **{"from": "monitor@cleanweb-ops.co.kr"},
    auth="none",
    name_from=h("클린웹 모니터링센터"),
    date="Thu, 05 Sep 2024 14:44:21 +0900",
    subject=h("[네이버 카페 모니터링] KCSC-240903-01 처리 현황"),
    body=f"""
안녕하세요. 네이버 카페 모니터링 위탁업체 클린웹입니다.

KCSC-240903-01 건 중 아래 카페 게시글은 블라인드 처리되었습니다.
- {N4}
- {N5}

문의사항은 본 메일로 회신 부탁드립니다.
클린웹 모니터링센터
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor reporting on a portal's behalf",
    why="sender domain belongs to no configured platform: unknown_sender, nothing applied",
    items={N4: "pending", N5: "pending"},
)

add(
    name="law-firm-unknown-sender",
    **{"from": "legal@hanul-law.co.kr"},
    name_from=h("법무법인 한울"),
    date="Tue, 10 Sep 2024 15:02:33 +0900",
    subject=h("[KCSC-240909-04] 게시물 자진 삭제 통지"),
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 디시인사이드 이용자 ○○○의 대리인으로서 아래와 같이 통지합니다.

의뢰인이 게시한 {D2} 게시물은 2024. 9. 10. 의뢰인이 자진하여 삭제하였습니다.
이에 위 게시물에 대한 시정요구 절차를 종결하여 주실 것을 요청드립니다.

법무법인 한울 담당변호사 (가명)
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a poster",
    why="a third party (no platform domain) states a status for a requested item: unknown_sender",
    items={D2: "pending"},
)

add(
    name="kakao-search-block-naver-url",
    **{"from": "search_policy@kakaocorp.com"},
    name_from=h("카카오 검색정책팀"),
    date="Wed, 04 Sep 2024 16:36:52 +0900",
    subject=h("Daum 검색 결과 노출 차단 안내"),
    body=f"""
안녕하세요, 카카오 검색정책팀입니다.

위원회에서 참조로 보내주신 요청과 관련하여, Daum 검색에서 아래 게시물의
검색 결과 노출을 차단하였습니다.
{N8}

원 게시물은 타사 서비스(네이버 블로그)에 있어 당사가 게시물 자체를 삭제할 수는 없습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search de-indexing notice about another portal's post",
    why="Kakao states a (search) block for a NAVER item: wrong_platform",
    items={N8: "pending"},
)

add(
    name="naver-kin-asks-author-id",
    **{"from": "kin_help@navercorp.com"},
    name_from=h("네이버 지식iN"),
    date="Wed, 04 Sep 2024 14:10:26 +0900",
    subject=h("RE: [KCSC-240903-01] 지식iN 게시물 확인 요청"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

요청하신 {N7} 게시물에는 답변이 여러 개 달려 있어, 어느 답변이 문제인지
확인하기 어렵습니다.

문제가 되는 답변의 작성자 ID(일부 마스킹 가능)와 작성 일시를 회신해 주시면
확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the author ID and time of a comment/answer (as the help centre asks for comments)",
    why="the platform asks for more information before acting; nothing stated",
    items={N7: "pending"},
)

add(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject=h("[네이버] 시정요구 회신 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 기관 시정요구 관련 회신은 policy-kr@navercorp.com 에서
발송됩니다. 기존 주소로 보내주신 요청도 당분간 함께 처리되오니 참고 부탁드립니다.

관련 안내: https://policy.naver.com/notice/2024/contact

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER notice of a changed reply address",
    why="trusted platform mail that names no item and references no request: no_claims",
    items={},
)

add(
    name="dcinside-manager-condition",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 10:31:17 +0900",
    subject=h("Re: [KCSC-240909-04] 마이너 갤러리 게시글"),
    reply_to_req=req_mid("KCSC-240909-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{D2} 글은 마이너 갤러리 매니저 관리 게시판 글이라 먼저 매니저에게 삭제를 요청해 두었습니다.
매니저가 24시간 안에 처리하지 않으면 본사에서 직접 삭제할 예정입니다.

수고하세요.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply deferring to a minor-gallery manager, with a condition",
    why="a condition and a promise about a named post, no statement: pending",
    items={D2: "pending"},
)

add(
    name="youtube-under-review",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무 지원"),
    date="Mon, 09 Sep 2024 01:48:09 +0000",
    subject=h("RE: [KCSC-240906-03] 검토 진행 상황"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요, YouTube 법무 지원팀입니다.

요청하신 {Y1} 및 {Y4} 는 현재 검토 중입니다.
채널 단위 검토는 최대 2주가 걸릴 수 있으며, 결정이 내려지면 바로 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'still under review' progress reply",
    why="'현재 검토 중' about named items is no statement: pending",
    items={Y1: "pending", Y4: "pending"},
)

# ================================================================ IGNORED
add(
    name="naver-ooo-chuseok",
    **{"from": "jisu.han@navercorp.com"},
    name_from=h("한지수"),
    date="Fri, 13 Sep 2024 18:02:40 +0900",
    subject=h("[자동회신] 부재중입니다 (9/14~9/18 추석 연휴)"),
    reply_to_req=req_mid("KCSC-240912-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 한지수입니다.

추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
보내주신 메일은 9월 19일(목)부터 순차적으로 확인하여 회신드리겠습니다.

긴급한 시정요구 건은 policy@navercorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the Chuseok holiday",
    why="auto-reply (Auto-Submitted), no statement",
    items={},
)

_dsn_subj = h("BAND 게시글 시정요구")
add(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 14:00:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A1B2C3D4E5.1725944431/mx.kcsc.example"

--A1B2C3D4E5.1725944431/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<notice@band.us>: host mx1.band.us[203.0.113.45] said: 550 5.1.1
    <notice@band.us>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--A1B2C3D4E5.1725944431/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: A1B2C3D4E5
Arrival-Date: Tue, 10 Sep 2024 14:00:28 +0900 (KST)

Final-Recipient: rfc822; notice@band.us
Original-Recipient: rfc822;notice@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <notice@band.us>: Recipient address rejected:
    User unknown

--A1B2C3D4E5.1725944431/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: notice@band.us
Subject: [KCSC-240910-05] {_dsn_subj}
Message-ID: <kcsc-240910-05@kcsc.example>
Date: Tue, 10 Sep 2024 14:00:00 +0900

--A1B2C3D4E5.1725944431/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for the request sent to BAND",
    why="delivery status notification: ignored",
    items={},
)

_mdn_id = "<kcsc-240905-02@kcsc.example>"
add(
    name="kakao-mdn-read",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책협력팀"),
    date="Thu, 05 Sep 2024 11:31:50 +0900",
    subject=h("읽음: [KCSC-240905-02] 불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-941-kakao"

--mdn-941-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: policy@kakaocorp.com
제목: [KCSC-240905-02] 불법정보 시정요구
보낸 날짜: 2024-09-05 (목) 오전 11:00

위 메시지를 2024-09-05 (목) 오전 11:31에 읽었습니다.

--mdn-941-kakao
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@kakaocorp.com
Original-Message-ID: {_mdn_id}
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-941-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean ('읽음:')",
    why="message disposition notification: ignored",
    items={},
)

add(
    name="youtube-legal-receipt-echo",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 01:35:14 +0000",
    subject=h("[5-0419000038829] 법적 요청 접수 확인"),
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube에 법적 요청을 보내주셔서 감사합니다. 요청이 접수되었으며 참조 번호는
5-0419000038829입니다. 추가 문의 시 이 번호를 알려주세요.

접수된 URL:
{Y1}
{Y2}

요청을 검토한 뒤 이메일로 결과를 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt echoing the submitted URLs",
    why="pure receipt with a reference number; the echoed URLs carry no status",
    items={},
)

add(
    name="dcinside-inquiry-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from="DCInside",
    date="Mon, 09 Sep 2024 09:41:02 +0900",
    subject=h("[디시인사이드] 고객 문의가 접수되었습니다 (문의번호 #DC-240909-5521)"),
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

문의번호: #DC-240909-5521
접수일시: 2024-09-09 09:40

순차적으로 확인 후 답변드리겠습니다. 답변은 문의하신 이메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside helpdesk ticket receipt",
    why="ticket receipt only",
    items={},
)

add(
    name="kakao-right-center-receipt",
    **{"from": "report_noreply@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 10:05:37 +0900",
    subject=h("[카카오] 권리침해 신고 접수 안내 (KCSC-240911-06)"),
    reply_to_req=req_mid("KCSC-240911-06"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다.
■ 접수번호: RT-20240911-120977
■ 접수일시: 2024-09-11 10:05

처리 결과는 영업일 기준 3~5일 이내에 이메일로 안내드립니다.
신고 처리 절차: https://cs.kakao.com/helps?service=right

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해신고센터 접수 안내",
    why="pure acknowledgement with a receipt number",
    items={},
)

add(
    name="band-ooo-english-korean",
    **{"from": "j.park@band.us"},
    name_from="Jiwon Park",
    date="Tue, 10 Sep 2024 14:01:12 +0900",
    subject="Automatic reply: [KCSC-240910-05] " + h("BAND 게시글 시정요구"),
    reply_to_req=req_mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: j.park@band.us"],
    body="""
I am out of the office until Friday 20 September with limited access to email.
For urgent policy matters please contact policy@band.us.

9월 20일(금)까지 휴가입니다. 급한 건은 policy@band.us 로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, English and Korean",
    why="auto-reply, no statement",
    items={},
)

HEADER = """# Blind set 941 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind941/make.py; expected results written from
# each email's meaning before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("%d cases" % len(cases))
