#!/usr/bin/env python3
"""Blind set 317 (Korean platforms): NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside and BAND replies written in Korean (공문-style
replies, 임시조치 notices, 시정요구 조치결과 tables, informal operator
replies), plus auto-replies, a bounce, a read receipt and receipts.

    python3 tests/corpus/blind317/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.
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

SET = "blind317"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)
MID = {r: "kcsc." + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

N1 = "https://blog.naver.com/moonlit_ferry77/223561204418"
N2 = "https://blog.naver.com/moonlit_ferry77/223561209930"
N3 = "https://cafe.naver.com/greyharborclub/48213"
N4 = "https://cafe.naver.com/greyharborclub/48290"
N5 = "https://m.blog.naver.com/sunpath_arcade/223559870012"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120934"
N7 = "https://blog.naver.com/PostView.naver?blogId=quietreed_04&logNo=223560011287"
N8 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30418822&articleid=9921"
N9 = "https://blog.naver.com/hanbit_lantern/223562001456"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112047&memberNo=55120931"
N11 = "https://cafe.naver.com/greyharborclub/48355"
N12 = "https://in.naver.com/driftwood_k/contents/internal/712049118321088"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bluewillowhouse/Ab3x/1182"
K2 = "https://cafe.daum.net/bluewillowhouse/Ab3x/1190"
K3_RAW = "https://nightowl-memo.tistory.com/entry/주말-특가-안내"
K3 = "https://nightowl-memo.tistory.com/entry/" + quote("주말-특가-안내")
K4 = "https://pf.kakao.com/_xkQmPd/104883921"
K5 = "https://brunch.co.kr/@willowtide/88"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp0c"
Y2 = "https://www.youtube.com/watch?v=hR7_bWk2NsE"
Y3 = "https://youtu.be/Zp4LkA9cV1w"
Y4 = "https://www.youtube.com/shorts/dN8xKe2PqTo"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123344"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coastline_walk&no=77120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coastline_walk&no=77154"

B1 = "https://band.us/band/81230457/post/3311"
B2 = "https://band.us/band/81230457/post/3318"

S6 = "https://blog.naver.com/cheongdo_diary/223570455102"
S7 = "https://cafe.daum.net/redpinegarden/Fq1T/402"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00", NAVER_ALL,
     "illegal_gambling", "12 NAVER blog/cafe/kin/post/influencer items (largest request)"),
    (R2, "kakao", "2024-09-05T11:05:00+09:00", "2024-09-12T23:59:59+09:00", [K1, K2, K3, K4, K5],
     "fraud", "Daum cafe, Tistory (Korean path), Kakao channel, Brunch"),
    (R3, "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00", [Y1, Y2, Y3, Y4],
     "obscenity", "YouTube Korea: two watch URLs, one youtu.be, one Short"),
    (R4, "dcinside", "2024-09-10T14:30:00+09:00", "2024-09-17T23:59:59+09:00", [D1, D2, D3],
     "defamation", "DC Inside main and minor gallery posts"),
    (R5, "band", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", [B1, B2],
     "drugs", "BAND posts"),
    (R6, "naver", "2024-09-12T11:15:00+09:00", "2024-09-19T23:59:59+09:00", [S6],
     "privacy", "single NAVER blog post"),
    (R7, "kakao", "2024-09-13T12:00:00+09:00", "2024-09-20T23:59:59+09:00", [S7],
     "illegal_gambling", "single Daum cafe post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_lines(urls, prefix=""):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== NAVER, applied ====================================================
case(
    name="naver-gongmun-text-table-12",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치 결과 통보",
    reply_to_req=MID[R1],
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 Trust&Safety 정책지원
제목: 시정요구({R1})에 대한 조치 결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3.자로 요청하신 시정요구(총 12건)에 대하여 당사의
   조치 결과를 아래와 같이 회신합니다.

- 아 래 -

연번 | 대상 URL | 조치 결과 | 조치일
1 | {N1} | 게시중단 | 2024.09.04
2 | {N2} | 블라인드 | 2024.09.04
3 | {N3} | 임시조치(30일) | 2024.09.04
4 | {N4} | 임시조치(30일) | 2024.09.04
5 | {N5} | 게시물 없음(존재하지 않는 주소) | -
6 | {N6} | 삭제 | 2024.09.05
7 | {N7} | 게시 유지(위반 사항 없음) | -
8 | {N8} | 삭제 | 2024.09.05
9 | {N9} | 임시조치(30일) | 2024.09.05
10 | {N10} | 작성자 기 삭제 | -
11 | {N11} | 게시중단 | 2024.09.05
12 | {N12} | 게시 유지(위반 사항 없음) | -

3. 연번 7, 12는 관련 법령 및 당사 운영정책을 검토하였으나 위반 사항이 확인되지
   않아 게시를 유지하였음을 알려드립니다.
4. 기타 문의사항은 아래 담당자에게 연락 주시기 바랍니다.  끝.

담당: Trust&Safety 정책지원 한지원 (policy-support@navercorp.com)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치 결과 통보 with a pipe table (NAVER)",
    why="trusted NAVER reply, every item named in a table row with its own result",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "removed", N9: "restricted", N10: "not_found",
           N11: "removed", N12: "rejected"},
)

case(
    name="naver-blog-blind-prose",
    from_="blog_help@naver.com", name_from="네이버 블로그 운영팀",
    date="Wed, 04 Sep 2024 15:08:44 +0900",
    subject=f"Re: [{R1}] 정보통신망 불법정보 시정요구",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청 주신 건 중 블로그 게시물 2건({N1}, {N2})은
운영정책 위반(불법 사행성 홍보)으로 확인되어 금일 블라인드 처리하였습니다.
현재 두 게시물 모두 외부에서 열람할 수 없습니다.

나머지 카페, 지식iN 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply in prose, two URLs in one parenthesis, 블라인드 처리",
    why="블라인드 처리 of two named blog posts = removed; the other items are only promised",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-cafe-temporary-measure-notice",
    from_="cafe_policy@navercorp.com", name_from="네이버 카페",
    date="Wed, 04 Sep 2024 14:15:02 +0900",
    subject=f"[네이버 카페] 게시물 임시조치 안내 ({R1})",
    body=f"""
[네이버 카페] 게시물 임시조치 안내

방송통신심의위원회 담당자님께,

「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래 게시물에 대하여 임시조치를 하였음을 안내드립니다.

■ 카페명: 회색항구 클럽 (greyharborclub)
■ 임시조치 게시물
  - {N3}
  - {N4}
■ 조치 일시: 2024-09-04 14:10
■ 조치 기간: 2024-09-04 ~ 2024-10-04 (30일)

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라
처리되며, 그 결과는 별도로 안내드립니다.

※ 본 메일은 발신 전용이 아니며, 회신하시면 담당자에게 전달됩니다.
네이버 카페 운영정책: https://cafe.naver.com/cafepolicy/rules
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 안내 notice (정보통신망법 제44조의2, 30 days)",
    why="임시조치 of two listed cafe posts = restricted; the policy link is no item",
    items={N3: "restricted", N4: "restricted"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic'">
<p>방송통신심의위원회 귀중</p>
<p>시정요구 <b>{R1}</b> 건 중 아래 5건의 조치결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N5}</td><td>삭제</td><td>불법 도박 사이트 홍보</td></tr>
<tr><td>2</td><td>{N6.replace('&', '&amp;')}</td><td>게시중단</td><td>&nbsp;</td></tr>
<tr><td>3</td><td>{N7.replace('&', '&amp;')}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N8.replace('&', '&amp;')}</td><td>해당 게시물 없음</td><td>주소 확인 불가</td></tr>
<tr><td>5</td><td>{N9}</td><td>조치 불가</td><td>위반 내용 확인되지 않음</td></tr>
</table>
<p>조치 기준은 <a href="https://help.naver.com/policy/removal">네이버 게시물 운영정책</a>을 참고해 주십시오.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>"""

case(
    name="naver-html-table-five",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 10:31:55 +0900",
    subject=f"RE: [{R1}] 시정요구 조치결과 회신",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{HTML_TABLE}
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table (번호/URL/조치결과/비고) from a portal policy team",
    why="HTML table rows give each URL its own result; 조치 불가 with reason = rejected",
    items={N5: "removed", N6: "removed", N7: "restricted", N8: "not_found", N9: "rejected"},
)

CSV_ATT = "\ufeff연번,URL,조치결과,조치일\n" + "\n".join([
    f"1,{N9},삭제,2024-09-06",
    f"2,\"{N10}\",삭제,2024-09-06",
    f"3,{N11},게시물 없음,-",
    f"4,{N12},임시조치,2024-09-06",
]) + "\n"

case(
    name="naver-csv-attachment",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 18:02:37 +0900",
    subject=f"[{R1}] 조치결과 송부 (잔여 4건)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NaverMail_0906_77"

------=_NaverMail_0906_77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하세요. 네이버 정책지원팀입니다.{chr(10)}{chr(10)}{R1} 건의 잔여 4건에 대한 조치결과를 첨부 CSV 파일로 송부드립니다.{chr(10)}확인 부탁드립니다.{chr(10)}{chr(10)}정책지원팀 드림{chr(10)}")}
------=_NaverMail_0906_77
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
------=_NaverMail_0906_77--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (Excel export with BOM), base64 body",
    why="CSV rows state one result per URL; body only points to the attachment",
    items={N9: "removed", N10: "removed", N11: "not_found", N12: "restricted"},
)

case(
    name="naver-single-item-sole-statement",
    from_="rights@navercorp.com", name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 09:47:20 +0900",
    subject=f"RE: [{R6}] 시정요구 통보",
    reply_to_req=MID[R6],
    body="""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 블로그 게시물을 확인하였으며, 개인정보 노출에 해당하여
삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 권리보호센터 reply to a one-URL 시정요구, no URL repeated",
    why="one-item request, thread reply, unhedged 삭제 조치 완료 = removed",
    items={S6: "removed"},
)

case(
    name="naver-quoted-printable-numbered",
    from_="content-policy@navercorp.com", name_from="네이버 콘텐츠정책",
    date="Thu, 05 Sep 2024 11:20:09 +0900",
    subject=f"[{R1}] 일부 처리 결과 안내",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요, 네이버 콘텐츠정책 담당입니다.
{R1} 건 중 3건의 처리 결과를 먼저 알려드립니다.

1) {N6}
   - 질문 및 답변 전체 삭제

2) {N7}
   - 존재하지 않는 게시물입니다. (주소로 조회되는 글이 없습니다)

3) {N8}
   - 검토 결과 운영정책 위반에 해당하지 않아 별도 조치하지 않았습니다.

나머지 게시물은 확인되는 대로 회신드리겠습니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="numbered per-URL result list, quoted-printable Korean body",
    why="each numbered URL has its status on the line below; refusal with reason = rejected",
    items={N6: "removed", N7: "not_found", N8: "rejected"},
)

QUOTED_R1 = "\n".join(["> 네이버 주식회사 귀중", ">",
                       "> 아래 12건의 정보는 불법 사행성 정보에 해당하므로 정보통신망법에 따라",
                       "> 시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ">"]
                      + [f"> {i}. {u}" for i, u in enumerate(NAVER_ALL, 1)]
                      + [">", "> 방송통신심의위원회 통신심의국"])

case(
    name="naver-top-posted-over-gmail-quote",
    from_="seoyun.lee@navercorp.com", name_from="이서윤",
    date="Thu, 05 Sep 2024 20:13:41 +0900",
    subject=f"Re: [{R1}] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
담당자님 안녕하세요.

회신이 늦어 죄송합니다. 요청하신 목록 중 카페 게시물 2건 결과만 먼저 말씀드립니다.

{N3} - 카페 운영원칙 위반으로 삭제했습니다.
{N11} - 작성자가 이미 삭제한 글이라 조회되지 않습니다.

나머지는 확인되는 대로 다시 연락드리겠습니다.

네이버 카페 운영지원 이서윤 드림

2024년 9월 3일 (화) 오전 10:20, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{QUOTED_R1}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the quoted request (Korean Gmail quote header)",
    why="two URLs stated above the quote; the 12 quoted request URLs say nothing",
    items={N3: "removed", N11: "not_found"},
)

case(
    name="naver-url-then-result-line",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Sat, 07 Sep 2024 13:05:00 +0900",
    subject=f"{R1} 추가 회신",
    body=f"""
{R1} 관련 추가 회신드립니다.

{N1}
조치결과: 삭제 완료

{N5}
조치결과: 청소년 유해 게시물로 분류, 성인 인증 후에만 열람 가능하도록 제한

{N10}
조치결과: 조치 불가 - 신고 사유에 해당하는 내용이 확인되지 않음

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with its 조치결과 on the line below (portal policy desk)",
    why="removed; age-gated (restricted); refused with reason (rejected)",
    items={N1: "removed", N5: "restricted", N10: "rejected"},
)

case(
    name="naver-influencer-kept-up",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject=f"[{R1}] 인플루언서 콘텐츠 검토 결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구 대상 중 인플루언서 콘텐츠
({N12})
에 대하여 한국인터넷자율정책기구(KISO) 정책 규정과 당사 운영정책에 비추어
검토한 결과, 불법 사행성 정보를 홍보하는 내용으로 보기 어려워 게시중단
요청을 받아들이지 않기로 결정하였습니다. 해당 콘텐츠는 계속 게시됩니다.

검토 의견에 이견이 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal refusal with KISO-based reasoning for one item of a larger request",
    why="one named item refused with its reason = rejected",
    items={N12: "rejected"},
)

case(
    name="naver-fullwidth-punctuation",
    from_="cafe_policy@navercorp.com", name_from="네이버 카페",
    date="Fri, 06 Sep 2024 09:12:30 +0900",
    subject=f"［처리결과］{R1}",
    body=f"""
［처리결과］ {R1}

①{N2}：게시중단
②{N11}：삭제（운영정책 위반）

위와 같이 처리되었음을 알려드립니다。
""",
    outcome="applied", classification="confirmation",
    imitates="result list pasted from a HWP document, circled numbers and full-width punctuation",
    why="URL directly after a circled number, status after a full-width colon",
    items={N2: "removed", N11: "removed"},
)

B64_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>게시중단 요청({R1})에 대한 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{N4}">{N4}</a> : 게시중단 완료</li>
<li><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a> : 게시중단 완료</li>
</ul>
<p>게시중단 요청 서비스 안내: <a href="https://right.naver.com/report/guide">바로가기</a></p>
</body></html>"""

case(
    name="naver-base64-html-list",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Sat, 07 Sep 2024 10:00:03 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt_0907"

--alt_0907
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_HTML)}
--alt_0907--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 mail, base64 HTML list with linked URLs",
    why="two linked URLs each 게시중단 완료 = removed; guide link is no item",
    items={N4: "removed", N8: "removed"},
)

case(
    name="naver-receipt-plus-results",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 11:55:19 +0900",
    subject=f"[네이버 고객센터] 문의 답변 ({R1})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
보내주신 시정요구({R1})가 정상적으로 접수되었습니다.

접수된 게시물 중 아래 2건은 확인 즉시 처리하였습니다.
- {N7} : 게시물 삭제
- {N9} : 이미 삭제된 게시물(작성자 삭제)

나머지 게시물은 담당 부서 검토 후 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="customer-centre answer that starts like a receipt but carries per-URL results",
    why="receipt phrase plus unhedged item statements is not a pure acknowledgement",
    items={N7: "removed", N9: "not_found"},
)

case(
    name="naver-wrapped-angle-urls",
    from_="kin_policy@navercorp.com", name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 15:33:27 +0900",
    subject=f"Re: [{R1}] 지식iN/포스트 처리 결과",
    body=f"""
다음 두 건 처리 결과 회신합니다.

<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471120934>
  → 지식iN 답변 임시조치(30일)

<https://post.naver.com/viewer/postView.naver?volumeNo=38112047&
 memberNo=55120931>
  → 포스트 삭제

네이버 지식iN 운영 담당
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail with long URLs wrapped inside angle brackets (RFC 3986 appendix C)",
    why="each wrapped URL is closed by '>' and its result follows on the arrow line",
    items={N6: "restricted", N10: "removed"},
)

# ===== Kakao, applied ====================================================
case(
    name="kakao-daum-cafe-blind",
    from_="cafe-policy@kakaocorp.com", name_from="카카오 Daum카페 운영팀",
    date="Fri, 06 Sep 2024 14:22:08 +0900",
    subject=f"[Daum 카페] 시정요구({R2}) 처리 결과",
    body=f"""
안녕하세요. 카카오 Daum 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 건({R2})과 관련하여, 아래 Daum 카페
게시글 2건을 운영정책 위반(사기성 투자 권유)으로 블라인드 처리하였습니다.

· {K1}
· {K2}

아울러 해당 카페에는 운영정책 위반 경고를 발송하였습니다.
그 밖의 카카오 서비스 게시물은 각 서비스 담당 부서에서 회신드릴 예정입니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 result mail from Kakao",
    why="블라인드 of two listed posts = removed",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    from_="tistory-policy@kakaocorp.com", name_from="티스토리",
    date="Fri, 06 Sep 2024 16:48:51 +0900",
    subject=f"[티스토리] 게시글 임시조치 결과 안내 ({R2})",
    body=f"""
[티스토리] 게시글 임시조치 결과 안내

대상 게시글
{K3_RAW}

위 게시글은 시정요구({R2})에 따라 2024년 9월 6일부로 임시조치되어
현재 블로그 방문자의 열람이 제한되어 있습니다. 임시조치 기간은 30일입니다.

티스토리 운영정책 https://www.tistory.com/policy
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 임시조치 결과 안내 with the Korean-path URL written raw",
    why="raw Korean path matches the percent-encoded request URL; 임시조치 = restricted",
    items={K3: "restricted"},
)

K_TABLE = f"""
번호  대상 URL                                                              처리 결과
----  --------------------------------------------------------------------  ------------------------
1     {K1}                      삭제
2     {K2}                      삭제
3     {K3}  임시조치(30일)
4     {K4}                               해당 게시물 없음
5     {K5}                                  조치하지 않음(위반 사항 없음)
"""

case(
    name="kakao-fixed-width-table-five",
    from_="report-center@kakaocorp.com", name_from="카카오 신고센터",
    date="Tue, 10 Sep 2024 10:14:33 +0900",
    subject=f"RE: [{R2}] 시정요구 통보 - 조치결과",
    reply_to_req=MID[R2],
    body=f"""
방송통신심의위원회 담당자님께

{R2} 시정요구 5건의 최종 조치결과를 아래와 같이 회신드립니다.
{K_TABLE}
5번 게시글은 내부 검토 결과 관련 법령 및 카카오 운영정책 위반으로 보기 어려워
게시를 유지하였습니다.

카카오 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고센터 fixed-width 조치결과 table, percent-encoded Tistory URL",
    why="each table row names a URL and its result; 5 is refused with reason",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-single-author-deleted",
    from_="cafe-policy@kakaocorp.com", name_from="카카오 Daum카페 운영팀",
    date="Wed, 18 Sep 2024 10:30:45 +0900",
    subject=f"RE: [{R7}] 시정요구 통보",
    reply_to_req=MID[R7],
    body="""
안녕하세요. 카카오 Daum 카페 운영팀입니다.

요청하신 카페 게시글을 확인하였으나, 작성자가 이미 직접 삭제한 게시글로
현재 존재하지 않습니다. 이에 따라 별도의 조치는 진행하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe reply to a one-URL request: post already deleted by its author",
    why="one-item request, thread reply, author already deleted it = not_found",
    items={S7: "not_found"},
)

case(
    name="kakao-brunch-angle-and-particle",
    from_="brunch@kakaocorp.com", name_from="브런치팀",
    date="Mon, 09 Sep 2024 13:27:16 +0900",
    subject=f"[브런치/카카오톡 채널] {R2} 처리 안내",
    body=f"""
안녕하세요, 카카오 브런치팀입니다.

요청하신 브런치 글 <{K5}>은 작가 계정 이용제한과 함께 비공개 처리되었습니다.
카카오톡 채널 게시물 {K4}의 경우 채널 운영정책에 따라 삭제되었습니다.

문의: 카카오 고객센터 https://cs.kakao.com/helps?service=brunch
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch team notice; URL in angle brackets and a URL with a Korean particle attached",
    why="비공개 처리 and 삭제 = removed; 의 is a particle, not part of the URL",
    items={K5: "removed", K4: "removed"},
)

# ===== YouTube, applied ==================================================
case(
    name="yt-korea-bilingual-geoblock",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:55:02 +0900",
    subject=f"[{R3}] YouTube legal request outcome / 법적 요청 처리 결과",
    body=f"""
Hello,

Thanks for reaching out to us (your reference: {R3}).

After review, we have blocked the following content from view in South Korea
under local law:
- {Y1}
- {Y2}

The following content was removed from YouTube for violating our Community
Guidelines:
- {Y4}

[한국어]
안녕하세요. 위 동영상 2건은 현지 법률에 따라 대한민국에서 볼 수 없도록
차단되었으며, Shorts 1건은 커뮤니티 가이드 위반으로 삭제되었습니다.

Learn more: https://support.google.com/youtube/answer/6154230

- The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome, English with a Korean paragraph, local-law geoblock",
    why="two videos blocked in Korea = restricted; Short removed globally = removed",
    items={Y1: "restricted", Y2: "restricted", Y4: "removed"},
)

case(
    name="yt-age-restricted-and-kept",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 19:21:40 +0900",
    subject=f"Re: [{R3}] 시정요구 통보",
    body=f"""
Hi there,

We reviewed the content you reported.

{Y3}
We've applied an age restriction to this video. It is no longer viewable by
signed-out users or by users under 18.

{Y4}
We did not find a violation of our policies or of local law in this Short, so
we are not taking action on it at this time.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube per-URL outcome blocks: age restriction and no-violation decision",
    why="age restriction = restricted; no violation, no action = rejected",
    items={Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-html-actioned-under-policies",
    from_="noreply-legal@youtube.com", name_from="YouTube",
    date="Wed, 11 Sep 2024 02:10:55 +0900",
    subject="Update on your YouTube report",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Roboto,Arial">
<p>Hi,</p>
<p>Thank you for your report ({R3}). The content listed below has been actioned under our policies.</p>
<p><a href="{Y3}">{Y3}</a></p>
<p>You can find out more about our <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML report-update mail using the 'actioned under our policies' phrase",
    why="configured YouTube phrase for removal, one linked video",
    items={Y3: "removed"},
)

QUOTED_OUTLOOK = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:40 AM
To: legal-kr@google.com
Subject: [{R3}] 시정요구(불법정보) 통보

담당자님께,

아래 동영상 4건은 음란 정보에 해당하여 삭제 또는 접속차단을 요청합니다.

{request_lines([Y1, Y2, Y3, Y4])}

방송통신심의위원회 통신심의국"""

case(
    name="yt-outlook-top-reply",
    from_="jiyoon.park@google.com", name_from="Jiyoon Park",
    date="Thu, 12 Sep 2024 17:05:33 +0900",
    subject=f"RE: [{R3}] 시정요구(불법정보) 통보",
    reply_to_req=MID[R3],
    body=f"""
안녕하세요,

문의하신 건 관련하여 확인 결과 공유드립니다.

- {Y4} : 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y2} : 해당 ID의 동영상이 존재하지 않습니다. 주소를 다시 확인 부탁드립니다.

나머지 2건은 법무팀 검토가 끝나는 대로 회신드리겠습니다.

박지윤 드림
Google Korea | YouTube Legal

{QUOTED_OUTLOOK}
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea staff reply in Outlook style over '-----Original Message-----'",
    why="two URLs stated above the Outlook quote; the four quoted request URLs say nothing",
    items={Y4: "removed", Y2: "not_found"},
)

# ===== DC Inside, applied ================================================
case(
    name="dc-operator-informal",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 15:40:19 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
말씀하신 글 확인했습니다.

{D2}
{D3}
위 두 개는 삭제하고 작성자 IP 차단까지 해뒀습니다.

주식 갤러리 글({D1})은 찾아보니 없는 글로 나옵니다.
번호 한번 확인 부탁드려요.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community operator reply (DC Inside), statement below two bare URLs",
    why="'위 두 개는 삭제' covers both URLs above it; third is not found",
    items={D2: "removed", D3: "removed", D1: "not_found"},
)

case(
    name="dc-gongmun-ga-na-da",
    from_="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date="Fri, 13 Sep 2024 11:02:48 +0900",
    subject=f"시정요구 조치결과 회신({R4})",
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신({R4})

1. 귀 위원회의 시정요구에 대한 당사 조치결과를 다음과 같이 회신합니다.

2. 조치 내역
  가. {D1}
      - 조치: 게시물 삭제 및 작성자 이용 제한
  나. {D2}
      - 조치: 미조치 (당사 검토 결과 법령 및 운영정책 위반 사항 없음)
  다. {D3}
      - 조치: 성인 인증 게시물로 전환 (청소년 접근 제한)

3. 추가 자료가 필요하신 경우 회신 주시기 바랍니다.  끝.

(주)디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="공문 with 가/나/다 items and '- 조치:' lines (Korean community site legal team)",
    why="removed; refused with reason (rejected); adult-only gate (restricted)",
    items={D1: "removed", D2: "rejected", D3: "restricted"},
)

# ===== BAND, applied =====================================================
case(
    name="band-result-arrows",
    from_="help@band.us", name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 14:18:07 +0900",
    subject=f"[BAND] 요청하신 게시글 처리 결과 안내 ({R5})",
    body=f"""
안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 밴드 게시글({R5})에 대한 처리 결과를 안내드립니다.

[처리 결과]
• {B1} → 게시글 삭제 및 작성 멤버 활동 제한
• {B2} → 작성자가 이미 삭제한 게시글로 확인되어 조치할 대상이 없습니다.

감사합니다.
BAND 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 처리 결과 안내 with bullet/arrow lines",
    why="first post deleted; second already deleted by its author = not_found",
    items={B1: "removed", B2: "not_found"},
)

# ===== review ============================================================
case(
    name="naver-promise-under-review",
    from_="blog_help@naver.com", name_from="네이버 블로그 운영팀",
    date="Wed, 04 Sep 2024 09:30:12 +0900",
    subject=f"Re: [{R1}] 정보통신망 불법정보 시정요구",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물
{N1}
{N2}
에 대해서는 현재 내부 검토를 진행하고 있으며, 검토가 완료되는 대로
운영정책에 따라 게시중단 등 필요한 조치를 취할 예정입니다.

처리 결과는 완료 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'under review, action will follow' holding reply",
    why="names two items but only promises action: nothing to record",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    from_="cafe-policy@kakaocorp.com", name_from="카카오 Daum카페 운영팀",
    date="Fri, 06 Sep 2024 10:05:27 +0900",
    subject=f"Re: [{R2}] 시정요구 통보",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

확인해 보니 {K1} 글은 이미 삭제된 것으로 보입니다.
{K2} 글은 담당 부서에서 아직 확인 중입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe holding reply with a hedge ('삭제된 것으로 보입니다') and 'still checking'",
    why="hedge and under-check are not statements; both items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Sun, 08 Sep 2024 21:14:03 +0900",
    subject=f"RE: [{R1}] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구({R1})에 따라 요청하신 게시물 12건 전체에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line bulk completion notice for a whole 시정요구",
    why="all 12 items said removed without naming any: bulk, kept for a person",
    items={u: "pending" for u in NAVER_ALL},
)

case(
    name="yt-bulk-all-videos",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:33:18 +0900",
    subject=f"[{R3}] Outcome of your request",
    body=f"""
Hello,

We have reviewed the videos listed in your notice {R3}. All of them have
been removed from YouTube.

Thank you,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal team bulk outcome ('all of them have been removed')",
    why="four-item request, statement about all without naming each: bulk",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="naver-auth-fail-lookalike",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    auth="fail",
    date="Thu, 05 Sep 2024 03:12:44 +0900",
    subject=f"RE: [{R1}] 시정요구 조치결과 회신",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치되었습니다.
- {N1}
- {N2}

자세한 처리 내역은 아래 링크에서 확인하실 수 있습니다.
https://naver-policy-result.example/view?id=20240905
""",
    outcome="review", review="untrusted",
    imitates="lookalike result mail from the NAVER domain failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing may be applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-cafe-manager-hanmail",
    from_="bluewillow.admin@hanmail.net", name_from="김동하",
    date="Sat, 07 Sep 2024 22:41:09 +0900",
    subject=f"RE: [{R2}] 카페 게시글 관련",
    body=f"""
안녕하세요. 저는 다음 카페 '푸른버드나무집' 매니저 김동하입니다.
카카오에서 연락 받고 말씀하신 글 두 개
{K1}
{K2}
모두 지웠고 작성한 회원은 강퇴 처리했습니다.
앞으로 카페 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (an ordinary user) answering from a personal hanmail.net address",
    why="sender is not Kakao's domain; a person must judge it",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-speaks-for-band",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 15:26:50 +0900",
    subject=f"[네이버 고객센터] BAND 게시글 관련 회신 ({R5})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

BAND 서비스 관련 요청({R5})에 대해 회신드립니다.
{B1} 게시글은 삭제되었고,
{B2} 게시글은 존재하지 않는 게시글입니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate help desk answering about BAND posts",
    why="BAND items are configured with band.us as sender; navercorp.com is another platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-asks-for-documents",
    from_="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date="Wed, 11 Sep 2024 10:12:00 +0900",
    subject=f"Re: [{R4}] 시정요구 통보 - 서류 요청",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, 디시인사이드 법무팀입니다.

보내주신 시정요구({R4})와 관련하여, 당사 내부 절차상 위원회 의결서 사본과
기관장 직인이 날인된 공문이 필요합니다.
해당 서류를 본 메일에 회신으로 첨부해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform legal team asking for the formal decision document before acting",
    why="asks the regulator for documents; no item status",
    items={},
)

case(
    name="dc-informal-promises",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 18:55:31 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    body=f"""
안녕하세요. 디시 운영팀입니다.

보내주신 세 건 중 {D1} 글은 작성자 소명 받는 중이라
결과 나오면 말씀드릴게요.
마이너 갤러리 글 두 개
{D2}
{D3}
는 해당 갤러리 매니저한테 전달했고 내일 중으로 처리될 거예요.
""",
    outcome="review", review="not_understood",
    imitates="informal operator reply with promises only (awaiting the author, handed to gallery manager)",
    why="all three named items are only promised or pending",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-channel-change-notice",
    from_="policy-notice@navercorp.com", name_from="NAVER",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[안내] 공공기관 게시중단 요청 접수 채널 변경 안내",
    body="""
안녕하세요. 네이버입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 공문은 전용 접수 페이지를
통해서만 받게 되어 안내드립니다.

■ 변경 일자: 2024년 10월 1일(화)
■ 접수 페이지: https://right.navercorp.com/gov/request
■ 기존 이메일(policy@navercorp.com) 접수는 10월 31일까지 병행 운영

이용에 참고하시기 바랍니다. 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice to public agencies about a new request intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-conditional-deletion",
    from_="tistory-policy@kakaocorp.com", name_from="티스토리",
    date="Sun, 08 Sep 2024 12:44:21 +0900",
    subject=f"[티스토리] {R2} 관련 진행 상황",
    body=f"""
안녕하세요, 티스토리 운영 담당입니다.

{K3}
게시글에 대해서는 게시자에게 소명 기회를 부여하였습니다.
소명 기간(7일) 내 소명이 없을 경우 해당 게시글은 삭제될 예정입니다.

결과가 확정되면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory progress mail: deletion conditional on the author's reply",
    why="a condition and a future deletion are not a status",
    items={K3: "pending"},
)

# ===== ignored ===========================================================
case(
    name="naver-ooo-vacation",
    from_="jiwon.han@navercorp.com", name_from="한지원",
    date="Mon, 09 Sep 2024 09:00:11 +0900",
    subject=f"[자동회신] RE: [{R1}] 시정요구 통보",
    extra_headers=AUTO + ["X-Autoreply: yes"],
    body="""
안녕하세요. 한지원입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (휴가 부재중)",
    why="auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report-desk@kakaocorp.com
Subject: [{R2}] 시정요구 통보
Message-ID: <{MID[R2]}@kcsc.example>
Date: Thu, 05 Sep 2024 11:05:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카카오 귀중

아래 게시물 5건에 대하여 시정요구(삭제)합니다.
{request_lines([K1, K2, K3, K4, K5])}
"""

case(
    name="kakao-dsn-user-unknown",
    from_="MAILER-DAEMON@mx1.kakaocorp.com", name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:05:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.5521A"

--DSN.5521A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-desk@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <report-desk@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--DSN.5521A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 11:05:02 +0900 (KST)

Final-Recipient: rfc822; report-desk@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--DSN.5521A
Content-Type: message/rfc822

{DSN_ORIG}
--DSN.5521A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the request with its URLs",
    why="bounce; the URLs are in the returned original only",
    items={},
)

case(
    name="naver-mdn-read",
    from_="seoyun.lee@navercorp.com", name_from="이서윤",
    date="Thu, 12 Sep 2024 13:02:44 +0900",
    subject=f"읽음: [{R6}] 시정요구 통보",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0912"

--mdn_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 이서윤 <seoyun.lee@navercorp.com>
제목: [{R6}] 시정요구 통보
보낸 날짜: 2024-09-12 오전 11:15

메시지를 2024-09-12 오후 1:02에 읽었습니다.

--mdn_0912
Content-Type: message/disposition-notification

Reporting-UA: seoyun.lee-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822; seoyun.lee@navercorp.com
Original-Message-ID: <{MID[R6]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="dc-ticket-receipt",
    from_="noreply@dcinside.com", name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 14:31:02 +0900",
    subject="[디시인사이드] 문의 접수 완료 안내 (접수번호 DCQ-2409-10488)",
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: DCQ-2409-10488
문의 유형: 게시물 신고/삭제 요청
문의 제목: [{R4}] 게시물 삭제 요청

답변은 영업일 기준 1~3일 이내에 등록하신 이메일로 발송됩니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수 완료 안내 with 접수번호)",
    why="pure acknowledgement",
    items={},
)

case(
    name="band-auto-receipt",
    from_="noreply@band.us", name_from="BAND",
    date="Wed, 11 Sep 2024 10:00:40 +0900",
    subject="[BAND] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
BAND 고객센터에 문의해 주셔서 감사합니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수 일시: 2024.09.11 10:00
- 문의 제목: [{R5}] 시정요구 통보

담당자가 확인 후 순차적으로 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND customer-centre automatic receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="yt-legal-receipt-korean",
    from_="noreply-legal@google.com", name_from="YouTube",
    date="Fri, 06 Sep 2024 09:41:30 +0900",
    subject=f"Re: [{R3}] 시정요구(불법정보) 통보 - 접수 확인",
    body="""
안녕하세요.

YouTube 법적 신고가 접수되었습니다. (참조번호: 9-4410028117000)

신고해 주셔서 감사합니다. 신고된 콘텐츠를 검토한 후 결과를 이메일로
알려드리겠습니다. 추가 정보가 필요한 경우 별도로 연락드릴 수 있습니다.

YouTube 팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt in Korean with a reference number",
    why="receipt with a ticket number and a generic promise, no item named",
    items={},
)

case(
    name="kakao-ooo-chuseok-with-quote",
    from_="haneul.jung@kakaocorp.com", name_from="정하늘",
    date="Fri, 13 Sep 2024 12:00:31 +0900",
    subject=f"자동 응답: [{R7}] 시정요구 통보",
    extra_headers=AUTO,
    body=f"""
9/14(토)~9/18(수) 추석 연휴로 부재중입니다.
9/19(목)부터 순차적으로 확인 후 회신드리겠습니다.

---- 원본 메시지 ----
보낸 사람: KCSC Takedown <takedown@kcsc.example>
받는 사람: cafe-policy@kakaocorp.com
제목: [{R7}] 시정요구 통보

> 카카오 귀중
> 아래 게시물 1건에 대하여 시정요구(삭제)합니다.
> 1. {S7}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply quoting the request",
    why="auto-reply; the URL is only in the quoted request",
    items={},
)

# ---------------------------------------------------------------- write
def mime_word(text):
    """RFC 2047-encode a header value that is not plain ASCII, as mailers do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


for c in cases:
    c["from"] = c.pop("from_")
    if "name_from" in c:
        c["name_from"] = mime_word(c["name_from"])
    c["subject"] = mime_word(c["subject"])

HEADER = f"""# Blind set 317 (Korean platforms), written from each email's meaning
# before any run of the reader. Generated by make.py; do not edit by hand.
# {len(cases)} cases."""

write_requests()
corpuslib.write_set(HERE, SET, HEADER, cases)
