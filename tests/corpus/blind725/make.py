#!/usr/bin/env python3
"""Blind set 725 (Korean replies): NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND writing in Korean -- 공문-style replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, receipts,
auto-replies, bounces and read receipts.

Deterministic: `python3 tests/corpus/blind725/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of the email alone, before any run of the reader.
All names, ids and URLs are fictional.
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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07")

# KCSC-240903-01, naver, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_77/223511204417"
N2 = "https://blog.naver.com/PostView.naver?blogId=haneul_store&logNo=223498812034"
N3 = "https://cafe.naver.com/jusikgosu/88213"
N4 = "https://cafe.naver.com/jusikgosu/88240"
N5 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31288410&articleid=5521"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471220915"
N7 = "https://m.blog.naver.com/greenleaf_k/223520077312"
N8 = "https://in.naver.com/%EB%B3%84%EB%B9%9B%EC%83%81%EC%A0%90/contents/internal/681120448"
N8_RAW = "https://in.naver.com/별빛상점/contents/internal/681120448"
N9 = "https://cafe.naver.com/dongnetrade/120455"
N10 = "https://blog.naver.com/silverbell_0923/223530441180"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38771204&memberNo=52190337"
N12 = "https://tv.naver.com/v/58812204"
# KCSC-240905-02, kakao, 5 items
K1 = "https://cafe.daum.net/sunnyhill/Ab3k/1452"
K2 = "https://moonbay.tistory.com/entry/%EA%B3%B5%EB%8F%99%EA%B5%AC%EB%A7%A4-%ED%9B%84%EA%B8%B0"
K2_RAW = "https://moonbay.tistory.com/entry/공동구매-후기"
K3 = "https://open.kakao.com/o/gTz81aQe"
K4 = "https://v.daum.net/v/20240902113045811"
K5 = "https://pf.kakao.com/_xkRbQd/105522341"
# KCSC-240906-03, youtube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qk3vT9mLx2A"
Y2 = "https://youtu.be/Hn7pR2wZc5E"
Y3 = "https://www.youtube.com/shorts/Ld9sK4uYt1M"
Y4 = "https://www.youtube.com/@%EB%8F%88%EB%B2%84%EB%8A%94%EC%A3%BC%EC%8B%9D%ED%8C%81"
Y4_RAW = "https://www.youtube.com/@돈버는주식팁"
# KCSC-240910-04, dcinside, 4 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=551203"
D3 = "https://gall.dcinside.com/mini/board/view/?id=leakinfo&no=3021"
D4 = "https://m.dcinside.com/board/stock_new2/8812399"
# KCSC-240911-05, band, 3 items
B1 = "https://band.us/band/81234567/post/1021"
B2 = "https://band.us/band/81234567/post/1047"
B3 = "https://band.us/band/90011223/post/88"
# KCSC-240912-06, naver, 2 items
M1 = "https://cafe.naver.com/coinmaster2024/45512"
M2 = "https://blog.naver.com/bluewave_kr/223560012277"
# KCSC-240913-07, kakao, 1 item
J1 = "https://cafe.daum.net/hanbitstock/QwE2/877"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "illegal_finance",
     "불법 리딩방·유사투자자문 홍보", [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R2, "kakao", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", "gambling",
     "불법 도박 사이트 홍보", [K1, K2, K3, K4, K5]),
    (R3, "youtube", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00", "fraud",
     "투자사기 광고 영상", [Y1, Y2, Y3, Y4]),
    (R4, "dcinside", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", "privacy",
     "개인정보 유출 게시물", [D1, D2, D3, D4]),
    (R5, "band", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", "drugs",
     "마약류 매매 광고", [B1, B2, B3]),
    (R6, "naver", "2024-09-12T15:10:00+09:00", "2024-09-19T18:00:00+09:00", "fraud",
     "가상자산 투자사기 광고", [M1, M2]),
    (R7, "kakao", "2024-09-13T10:20:00+09:00", "2024-09-20T18:00:00+09:00", "defamation",
     "명예훼손 게시물", [J1]),
]


def mid(ref):
    return "kcsc-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def rfc2231(name):
    return "UTF-8''" + quote(name, safe="")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="naver-gongmun-result-table",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의 담당자
발신: 네이버 주식회사 정책지원팀
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 노고에 깊이 감사드립니다.

2. 귀 위원회가 2024. 9. 3. 요청한 시정요구 대상 정보 12건에 대하여 당사
   운영정책 및 관계 법령에 따라 검토하였으며, 그 조치결과를 아래와 같이
   회신합니다.

 연번 | URL | 조치결과 | 조치일자
 -----+-----+----------+---------
  1 | {N1} | 삭제 | 2024.09.04
  2 | {N2} | 게시중단 | 2024.09.04
  3 | {N3} | 임시조치(30일) | 2024.09.04
  4 | {N4} | 임시조치(30일) | 2024.09.04
  5 | {N5} | 해당 게시물 없음(작성자 삭제) | -
  6 | {N6} | 삭제 | 2024.09.05
  7 | {N7} | 위반사항 없음(게시 유지) | -
  8 | {N8_RAW} | 비공개 처리 | 2024.09.05
  9 | {N9} | 해당 게시물 없음 | -
 10 | {N10} | 블라인드 | 2024.09.05
 11 | {N11} | 위반사항 없음(게시 유지) | -
 12 | {N12} | 19세 이상 시청 제한(연령 제한) | 2024.09.05

3. '임시조치'는 정보통신망법 제44조의2 제4항에 따라 해당 정보에 대한 접근을
   30일간 차단한 건이며, '위반사항 없음'은 당사 운영정책과 관계 법령을 검토한
   결과 위반 사실이 확인되지 않아 게시를 유지한 건입니다.

4. 본 회신과 관련한 문의는 정책지원팀(right@navercorp.com)으로 연락하여
   주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀장 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a 연번/URL/조치결과/조치일자 table",
    why="trusted NAVER reply stating one result per URL for all 12 items of the largest request",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "removed", N9: "not_found", N10: "removed",
           N11: "rejected", N12: "restricted"},
)

_html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시중단 건({R1}) 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>삭제 완료</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td><a href="{N9}">{N9}</a></td><td>게시물이 존재하지 않음</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p>처리 기준은 <a href="https://help.naver.com/service/5640/contents/10042">네이버 게시중단 처리 기준</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
"""
case(
    name="naver-html-table-three",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 18:05:44 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-3a1"

--nv-alt-3a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

본 메일은 HTML 형식으로 작성되었습니다. 처리 결과 표는 HTML 보기에서
확인해 주세요.

--nv-alt-3a1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html)}
--nv-alt-3a1--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 HTML notice (green header table)",
    why="HTML table states a result for three named posts; the promise about the rest names no item",
    items={N3: "removed", N4: "restricted", N9: "not_found"},
)

case(
    name="naver-blind-single-prose",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 10:12:09 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다.",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

네이버를 이용해 주셔서 감사합니다.
방송통신심의위원회에서 신고해 주신 블로그 게시물

{N10}

에 대하여 담당 부서에서 확인한 결과, 유사투자자문 불법 홍보에 해당하여
해당 게시물을 블라인드 처리하였습니다. 현재 해당 게시물은 외부에 노출되지
않습니다.

(요청번호: {R1})

더 궁금하신 점은 고객센터로 문의해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 답변 mail (문의하신 내용에 대한 답변입니다), 블라인드 처리 result",
    why="the statement runs over the URL on its own line: one post blinded, which counts as removed",
    items={N10: "removed"},
)

_csv = "번호,URL,처리결과,비고\n" + "\n".join([
    f"1,{N1},삭제,2024-09-05 처리",
    f"2,\"{N2}\",삭제,2024-09-05 처리",
    f"3,\"{N6}\",삭제,지식iN 답변 삭제",
    f"4,{N7},유지,운영정책 위반사항 없음",
    f"5,\"{N11}\",게시물 없음,작성자가 이미 삭제함",
]) + "\n"
_fname = f"조치결과_{R1}.csv"
case(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 09:31:50 +0900",
    subject=f"RE: [{R1}] 시정요구 조치결과 송부",
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mix-77"

--nv-mix-77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

요청하신 {R1} 건 가운데 5건의 조치결과를 첨부 파일(CSV)로
송부드립니다. 첨부 파일을 확인하여 주시기 바랍니다.

감사합니다.
정책지원팀 드림

--nv-mix-77
Content-Type: text/csv; charset=utf-8; name*={rfc2231(_fname)}
Content-Disposition: attachment; filename*={rfc2231(_fname)}
Content-Transfer-Encoding: base64

{b64(_csv, bom=True)}
--nv-mix-77--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 조치결과 sent as an Excel-exported CSV attachment (UTF-8 with BOM)",
    why="CSV rows give one result per URL: three deleted, one kept (no violation), one already deleted by its author",
    items={N1: "removed", N2: "removed", N6: "removed", N7: "rejected", N11: "not_found"},
)

case(
    name="naver-topposted-gmail-quote",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date="Fri, 13 Sep 2024 11:48:03 +0900",
    subject=f"Re: [{R6}] 가상자산 투자사기 광고 삭제 요청",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.

요청 주신 2건 확인 결과 아래와 같습니다.

1) {M1}
   -> 게시중단 완료 (9/13 10:20)
2) {M2}
   -> 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

추가로 필요하신 사항 있으시면 말씀 부탁드립니다.
김서연 드림

2024년 9월 12일 (목) 오후 3:10, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 네이버 정책지원팀 귀중
>
> 방송통신심의위원회입니다. 아래 정보가 가상자산 투자사기 광고에 해당하여
> 삭제를 요청합니다. (요청번호 {R6}, 처리기한 2024. 9. 19.)
>
> 1. {M1}
> 2. {M2}
>
> 조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff top-posted Gmail-style reply over the quoted 요청 mail",
    why="the reply above the quote states one result per URL; the quoted request itself states nothing",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="naver-url-below-angle",
    **{"from": "right@navercorp.com"}, name_from="네이버 게시중단 담당",
    date="Fri, 13 Sep 2024 17:02:30 +0900",
    subject=f"[{R6}] 처리 결과 안내",
    reply_to_req=mid(R6),
    body=f"""
방송통신심의위원회 담당자님께,

요청번호 {R6} 건의 처리 결과를 알려드립니다.

아래 카페 게시물은 권리침해 여부를 판단하기 어려워 정보통신망법에 따라
30일간 임시조치하였습니다.
<{M1}>

아래 블로그 게시물은 운영정책 위반이 확인되어 삭제 처리하였습니다.
<{M2}>

감사합니다.
네이버 게시중단 담당
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치/삭제 notice, each statement followed by its URL in angle brackets on the next line",
    why="each statement is followed by the URL it is about: cafe post under 임시조치 (restricted), blog post deleted",
    items={M1: "restricted", M2: "removed"},
)

case(
    name="naver-fullwidth-circled",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 13:20:41 +0900",
    subject=f"{R1} 추가 조치 결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
{R1} 건 중 추가로 확인된 3건의 결과를 공유드립니다.

① {N9} ： 삭제
② {N1} ： 게시물 없음(이미 삭제된 글)
③ {N8_RAW} （비공개 처리）

위 3건 외 나머지 건은 앞서 회신드린 내용을 참고 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER follow-up with circled numbers, full-width colons and parentheses, a raw Korean-path URL",
    why="three URLs each with a status after a full-width separator; the raw Korean path matches its percent-encoded item",
    items={N9: "removed", N1: "not_found", N8: "removed"},
)

case(
    name="naver-two-requests-table",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 10:05:00 +0900",
    subject="시정요구 조치결과 회신 (2건의 요청)",
    body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구에 대한 조치결과를 아래와 같이 회신합니다.

 요청번호       | URL                                           | 조치결과
 {R1} | {N12} | 청소년 유해 영상으로 19세 이상 연령 제한 적용
 {R6} | {M1} | 삭제
 {R6} | {M2} | 삭제

 끝.
네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 text table spanning two of the regulator's requests",
    why="one table row per URL across two NAVER requests: one age-restricted video, two deleted posts",
    items={N12: "restricted", M1: "removed", M2: "removed"},
)

case(
    name="kakao-right-center-numbered",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 15:22:10 +0900",
    subject=f"[카카오] 게시물 처리 결과 안내 ({R2})",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물({R2}, 총 5건)에 대한 처리 결과를
다음과 같이 안내드립니다.

1. {K1}
   - 처리결과: 임시조치(30일간 게시물 접근 차단)
2. {K2}
   - 처리결과: 게시중단
3. {K3}
   - 처리결과: 오픈채팅방 운영정책 위반으로 방 폐쇄
4. {K4}
   - 처리결과: 운영정책 위반사항이 확인되지 않아 게시 유지
5. {K5}
   - 처리결과: 이미 삭제된 게시물로 확인 불가

임시조치된 게시물은 게시자의 재게시 요청이 없을 경우 30일 경과 후 삭제됩니다.
처리 결과에 대한 문의는 고객센터(https://cs.kakao.com/helps?service=52)를
이용해 주세요.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 처리 결과 안내 (numbered URLs, 처리결과 on the line below)",
    why="each numbered URL has its result on the next line: 임시조치, 게시중단, room closed, kept, already deleted",
    items={K1: "restricted", K2: "removed", K3: "removed", K4: "rejected", K5: "not_found"},
)

case(
    name="kakao-tistory-paren-particle",
    **{"from": "tistory-notice@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Sat, 07 Sep 2024 11:40:00 +0900",
    subject="[TISTORY] 신고 게시글 처리 안내",
    body=f"""
안녕하세요. TISTORY 운영팀입니다.

방송통신심의위원회({R2})에서 신고하신 게시글({K2_RAW})은
불법 도박 사이트 홍보에 해당하여 블라인드 처리되었습니다.
블라인드 처리된 글은 작성자 본인 외에는 볼 수 없습니다.

TISTORY 운영정책: https://www.tistory.com/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="TISTORY (Kakao) 신고 게시글 블라인드 처리 안내",
    why="raw Korean-slug URL in parentheses followed by the particle 은, blinded (removed); the policy link is no item",
    items={K2: "removed"},
)

case(
    name="daum-cafe-sole-item",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Fri, 13 Sep 2024 16:55:27 +0900",
    subject=f"Re: [{R7}] 명예훼손 게시물 삭제 요청",
    reply_to_req=mid(R7),
    body="""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 카페 게시글 1건은 명예훼손 정보로 판단되어 금일 삭제 조치되었습니다.
해당 카페 운영진에게도 조치 사실을 안내하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 short reply to a one-item 삭제 요청 (no URL repeated)",
    why="threaded reply to a one-item request stating its single post was deleted, applies to that item",
    items={J1: "removed"},
)

_khtml = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body>
<div style="padding:20px;border-top:4px solid #ffe812">
<h3>게시물 처리 결과 안내</h3>
<p>요청번호 <b>{R2}</b> 중 아래 게시물의 처리 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>게시물</th><th>결과</th><th>처리일</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>{K4}</td><td>유지 (위반 사항 없음)</td><td>2024.09.10</td></tr>
<tr><td>{K5}</td><td>삭제</td><td>2024.09.10</td></tr>
</tbody></table>
<p style="font-size:11px;color:#999">Copyright Kakao Corp. 본 메일은 발신전용입니다.</p>
</div></body></html>
"""
case(
    name="kakao-html-base64-table",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 19:14:02 +0900",
    subject=f"[카카오] {R2} 게시물 처리 결과",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_khtml)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao noreply HTML-only notice (yellow border) with a 게시물/결과/처리일 table, base64 body",
    why="HTML table rows: two posts deleted, one kept because no violation was found",
    items={K1: "removed", K4: "rejected", K5: "removed"},
)

case(
    name="kakao-echo-report",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Sun, 08 Sep 2024 09:02:11 +0900",
    subject="[카카오] 신고 접수 건 처리 완료 안내",
    body=f"""
[신고 내용]
- 신고 기관: 방송통신심의위원회
- 요청번호: {R2}
- 신고 URL: {K1}
- 신고 사유: 불법 도박 사이트 홍보

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 임시조치 (30일간 게시물 접근 차단)
- 처리 일시: 2024-09-08 08:51

게시자가 재게시를 요청하지 않으면 30일 후 게시물이 삭제됩니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report echo: [신고 내용] block followed by [처리 결과] with 임시조치",
    why="the echoed report names one URL and the result block says it is under 임시조치 (restricted)",
    items={K1: "restricted"},
)

case(
    name="kakao-opentalk-closed",
    **{"from": "talk-safety@kakao.com"}, name_from="카카오톡 안전팀",
    date="Fri, 06 Sep 2024 20:33:48 +0900",
    subject="오픈채팅방 신고 처리 결과",
    body=f"""
안녕하세요, 카카오톡 안전팀입니다.

신고하신 오픈채팅방 {K3} 은 불법 도박 홍보로 카카오톡 운영정책
위반이 확인되어 영구 이용제한(방 폐쇄) 조치되었습니다. 현재 해당 링크로는
채팅방에 입장할 수 없습니다.

카카오톡 운영정책 안내: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoTalk open chat 신고 처리 결과 (방 폐쇄 / 영구 이용제한)",
    why="the open chat room was closed for good and cannot be entered: removed",
    items={K3: "removed"},
)

case(
    name="yt-legal-korean-outcome",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Tue, 10 Sep 2024 08:10:55 +0900",
    subject=f"[YouTube] 법적 요청 검토 결과 - {R3}",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청({R3})을 검토하였습니다.

다음 콘텐츠는 대한민국 법률에 따라 대한민국 내에서 액세스를 차단하였습니다.
  - {Y1}
  - {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기)를 위반하여
전 세계에서 삭제되었습니다.
  - {Y3}

다음 채널은 반복적인 정책 위반으로 해지되었습니다.
  - {Y4_RAW}

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean (국가별 차단 / 가이드 위반 삭제 / 채널 해지)",
    why="grouped statements with bulleted URLs: two blocked in Korea (restricted), one removed, channel terminated",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "removed"},
)

case(
    name="yt-english-mixed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:41:17 +0900",
    subject=f"Re: {R3} - outcome of your request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your request ({R3}). After review, we have taken the
following actions:

{Y1} - we have restricted access to this video in South Korea based on local law.
{Y2} - we did not find a violation of our policies or of local law; the video remains available.
{Y3} - this Short has been age-restricted.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome mail sent to a Korean regulator",
    why="one line per URL: restricted in Korea, no violation (rejected), age-restricted (restricted)",
    items={Y1: "restricted", Y2: "rejected", Y3: "restricted"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "ts-korea@youtube.com"}, name_from="YouTube 신뢰 및 안전팀",
    date="Wed, 11 Sep 2024 14:25:39 +0900",
    subject=f"{R3} 처리 현황",
    body=f"""
요청번호: {R3}

{Y2}
상태: 전 세계 삭제됨 (커뮤니티 가이드 위반)

{Y4_RAW}
상태: 채널을 찾을 수 없음 (존재하지 않는 핸들)

YouTube 신뢰 및 안전팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety status digest: bare URL, status on the line below",
    why="bare URLs each followed by a status line: removed worldwide; channel handle not found",
    items={Y2: "removed", Y4: "not_found"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-kr@google.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 09:00:03 +0900",
    subject=f"[{R3}] Shorts 신고 건",
    body=f"""
안녕하세요. YouTube입니다.

신고해 주신 Shorts 동영상 {Y3} has been actioned under our policies.
(해당 동영상은 YouTube 정책에 따라 조치되었습니다.)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' template with a Korean gloss",
    why="the configured YouTube phrase 'has been actioned under our policies' is a removal statement about the one URL",
    items={Y3: "removed"},
)

case(
    name="yt-topposted-over-request",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀 이지훈",
    date="Mon, 09 Sep 2024 17:44:21 +0900",
    subject=f"Re: [{R3}] 투자사기 광고 영상 삭제 요청",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, Google 법무팀 이지훈입니다.

우선 1번 동영상({Y1})은 커뮤니티 가이드 위반으로
삭제되었음을 알려드립니다. 나머지 항목은 확인 후 다시 연락드리겠습니다.

이지훈 드림

On Fri, Sep 6, 2024 at 9:15 AM KCSC 통신심의 <takedown@kcsc.example> wrote:
> Google 법무팀 귀중
>
> 아래 영상이 투자사기 광고에 해당하여 삭제를 요청합니다.
> 요청번호 {R3} / 처리기한 2024. 9. 13.
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal staff top-posted reply over the quoted request (On ... wrote:)",
    why="only the first video is stated removed; the others appear only in the quote and a promise",
    items={Y1: "removed"},
)

case(
    name="yt-one-plain-one-hedged",
    **{"from": "ts-korea@youtube.com"}, name_from="YouTube 신뢰 및 안전팀",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject=f"RE: {R3}",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

{Y1} : 정책 위반으로 삭제 완료되었습니다.

{Y2} : 현재 재생되지 않는데, 업로더가 직접 삭제했을 가능성이 있습니다.
시스템상 삭제 주체가 확인되지 않아 추가 확인 중입니다.

YouTube 신뢰 및 안전팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube T&S short reply mixing a plain deletion with a hedged guess",
    why="first URL plainly deleted; the second is only a guess (가능성이 있습니다, 확인 중) and stays pending",
    items={Y1: "removed", Y2: "pending"},
)

case(
    name="dc-informal-list",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 17:12:45 +0900",
    subject=f"Re: [{R4}] 개인정보 유출 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 글 4건 확인했습니다.

- {D1} 삭제했습니다
- {D2} 삭제했습니다
- {D3} 이건 이미 지워진 글이라 확인이 안 됩니다
- {D4} 삭제했습니다

작성자 IP는 차단 처리해 두었습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply, one bullet per post",
    why="each bullet names a URL with a plain result: three deleted, one already gone (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed"},
)

case(
    name="dc-gongmun-two",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject=f"[(주)디시인사이드] 시정요구({R4}) 조치결과 통보",
    body=f"""
수신: 방송통신심의위원회
참조: 통신심의 담당자
제목: 시정요구 조치결과 통보

1. 귀 기관의 발전을 기원합니다.
2. 귀 기관의 시정요구({R4})와 관련하여 아래 정보에 대한 조치결과를
   통보합니다.

   가. {D1}
       - 조치: 삭제 (2024. 9. 11.)
   나. {D2}
       - 조치: 없음. 게시물 내용을 검토한 결과 개인정보가 포함되어 있지
         않아 당사 이용약관 위반사항이 없으므로 게시를 유지함.

3. 기타 문의사항은 법무팀으로 연락 바랍니다.  끝.

(주)디시인사이드 대표이사
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 시정요구 조치결과 통보 with 가/나 items",
    why="one post deleted; the other kept with a stated reason (no personal data, no violation): rejected",
    items={D1: "removed", D2: "rejected"},
)

case(
    name="dc-outlook-quoted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Wed, 11 Sep 2024 10:48:31 +0900",
    subject=f"RE: [{R4}] 개인정보 유출 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
모바일 주소로 주신 글({D4})은 해당 갤러리 매니저가
9월 10일 오후에 삭제한 것으로 확인됩니다. 관리자 로그 기준입니다.

디시인사이드 신고센터

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: report@dcinside.com
Subject: [{R4}] 개인정보 유출 게시물 삭제 요청

디시인사이드 담당자님,
아래 게시물에 개인정보가 유출되어 삭제를 요청합니다.
{D1}
{D2}
{D3}
{D4}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 Outlook reply above -----Original Message-----",
    why="states from the admin log that the mobile-URL post was deleted; the quoted request lists but states nothing",
    items={D4: "removed"},
)

_dcqp = f"""안녕하세요. 디시인사이드 운영팀입니다.

요청번호 {R4} 관련하여 마이너 갤러리 게시물 <{D2}> 을 삭제 처리하였습니다. 미니 갤러리 게시물 {D3} 은 갤러리 운영자가 비공개로 전환하여 현재 외부에서 볼 수 없는 상태입니다.

감사합니다.
"""
case(
    name="dc-qp-soft-wrapped",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 16:21:09 +0900",
    subject=f"[{R4}] 추가 처리 안내",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_dcqp)}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator mail sent quoted-printable (soft line breaks fall inside the long lines)",
    why="after QP decoding: one post deleted, the other made private by its gallery operator (비공개, removed)",
    items={D2: "removed", D3: "removed"},
)

case(
    name="band-mixed",
    **{"from": "safety@band.us"}, name_from="BAND 운영팀",
    date="Thu, 12 Sep 2024 18:40:14 +0900",
    subject=f"[BAND] 신고 게시글 처리 결과 ({R5})",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

요청하신 게시글 3건의 처리 결과를 안내드립니다.

■ 삭제 처리
 · {B1}
 · {B2}

■ 조치 불가
 · {B3}
   해당 게시글은 마약류와 무관한 건강식품 판매 글로 확인되어, 운영정책
   위반사항이 없어 게시를 유지합니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 신고 처리 결과 with ■ section headings and · bullets",
    why="two URLs under the 삭제 heading, the third kept with its reason (rejected)",
    items={B1: "removed", B2: "removed", B3: "rejected"},
)

case(
    name="band-suspended-band",
    **{"from": "safety@band.us"}, name_from="BAND 운영팀",
    date="Fri, 13 Sep 2024 12:02:50 +0900",
    subject=f"Re: [{R5}] 마약류 매매 광고 삭제 요청",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다.

{B3} 게시글이 올라온 밴드는 운영정책 위반으로 밴드 전체가 이용
정지되었습니다. 따라서 해당 게시글을 포함한 밴드 내 모든 게시글에 더 이상
접근할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND notice that a whole band was suspended, making its posts inaccessible",
    why="the post's band was suspended and the post can no longer be reached anywhere: removed",
    items={B3: "removed"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-sequential",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 09:40:18 +0900",
    subject=f"Re: [{R1}] 시정요구 접수 및 처리 일정 안내",
    reply_to_req=mid(R1),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

{R1} 건 12건은 모두 담당 부서로 전달되었으며, 내부 검토를 거쳐
처리기한 내에 순차적으로 조치될 예정입니다.

특히 아래 2건은 우선 검토 대상으로 분류되어 금주 중 게시중단 조치할
계획입니다.
 - {N2}
 - {N3}

결과는 조치 완료 후 별도 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 일정 안내: received, will act within the deadline",
    why="only promises (조치될 예정, 조치할 계획) about named URLs: nothing stated, a person should read it",
    items={N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 11:05:00 +0900",
    subject=f"[{R2}] 문의 답변",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 {K5} 게시물은 현재 조회되지 않는 것으로 보아
작성자가 스스로 삭제한 것으로 보입니다.
{K1} 게시물은 카페 운영진에게 확인을 요청해 두었습니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 권리침해신고센터 inquiry answer with a guess and a pending check",
    why="'삭제한 것으로 보입니다' is a hedge and the other URL is only being checked: nothing applies",
    items={K5: "pending", K1: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 14:18:33 +0900",
    subject=f"[회신] {R1} 조치 완료",
    reply_to_req=mid(R1),
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.

{R1}로 요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였음을
알려드립니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply covering a whole request",
    why="one statement for all items of a 12-item request without naming any: bulk, items stay pending",
    items={},
)

case(
    name="dc-bulk-informal",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 09:12:00 +0900",
    subject=f"Re: [{R4}] 개인정보 유출 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body="""
네 말씀하신 글들 전부 지웠습니다.
확인 부탁드려요.

디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="terse DC Inside operator reply 'all deleted'",
    why="'all the posts you mentioned were deleted' for a 4-item request, no URL named: bulk",
    items={},
)

case(
    name="naver-auth-fail",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Fri, 06 Sep 2024 22:47:05 +0900",
    subject=f"[회신] {R1} 조치결과",
    body=f"""
방송통신심의위원회 담당자님께

요청하신 게시물 중 아래 2건을 삭제하였습니다.
 1. {N1}
 2. {N10}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 조치결과 whose DKIM/SPF/DMARC fail",
    why="plain statements, but the NAVER domain fails authentication: review untrusted, nothing applied",
    items={N1: "pending", N10: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "stockgall.manager@gmail.com"}, name_from="주식갤 매니저",
    date="Wed, 11 Sep 2024 23:15:42 +0900",
    subject=f"Re: [{R4}] 개인정보 유출 게시물",
    body=f"""
안녕하세요 주식 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D1}
{D4}

두 글 모두 매니저 권한으로 삭제했습니다. 앞으로 비슷한 글 올라오면 바로
지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail account",
    why="statements about DC Inside URLs from gmail.com, not a DC Inside domain: unknown_sender",
    items={D1: "pending", D4: "pending"},
)

case(
    name="naver-about-band-items",
    **{"from": "right@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject=f"BAND 게시글 관련 회신 ({R5})",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련 요청이 당사로 접수되어 BAND 운영 조직에 전달하였으며,
아래 게시글은 삭제되었음을 확인하였습니다.

 - {B1}
 - {B2}

이후 BAND 관련 요청은 BAND 고객센터로 보내주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering for BAND posts (group company, separate platform in config)",
    why="a NAVER mail states statuses of BAND items; BAND is its own platform with its own sender domain",
    items={B1: "pending", B2: "pending"},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Mon, 09 Sep 2024 10:20:00 +0900",
    subject=f"[{R3}] 추가 자료 요청",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

요청하신 채널 {Y4_RAW} 전체에 대한 조치를 검토하기 위해서는
추가 자료가 필요합니다. 채널 전체가 위법하다고 판단한 위원회 심의 의결서
또는 법원 결정문 사본을 이 메일에 회신으로 보내주시기 바랍니다.

자료가 접수되면 검토를 계속 진행하겠습니다.

Google 법무팀
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Google legal request for a 심의 의결서 / court order before acting on a channel",
    why="asks for documents before acting on the named channel; no status stated",
    items={Y4: "pending"},
)

case(
    name="kakao-conditional",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 16:00:00 +0900",
    subject=f"[{R2}] 처리 관련 안내",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중
{K2}
{K4}
는 도박 사이트 홍보 여부가 게시물만으로는 명확하지 않습니다. 해당 사이트가
불법 도박 사이트임을 확인할 수 있는 자료가 확인되는 경우 삭제될 수 있습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply making deletion conditional on further evidence",
    why="'확인되는 경우 삭제될 수 있습니다' is a condition, not a result; the named posts stay pending",
    items={K2: "pending", K4: "pending"},
)

case(
    name="naver-policy-notice",
    **{"from": "noreply@naver.com"}, name_from="NAVER",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="[안내] 게시중단 요청 접수 채널 변경 안내",
    body="""
안녕하세요, NAVER입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청은 기관 전용 접수 페이지
(https://right.naver.com/agency)를 통해서만 접수됩니다. 기존 이메일 접수는
2024년 9월 30일까지 운영됩니다.

변경된 접수 방법은 도움말(https://help.naver.com/service/5640/contents/20011)을
참고해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER 접수 채널 변경 안내 (general notice to agencies)",
    why="trusted NAVER mail naming no requested item and no request: no_claims",
    items={},
)

case(
    name="band-under-review",
    **{"from": "safety@band.us"}, name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 19:22:08 +0900",
    subject=f"[BAND] {R5} 검토 현황",
    body=f"""
안녕하세요, BAND 운영팀입니다.

신고하신 게시글 중 아래 2건은 현재 담당자가 검토 중입니다.
{B1}
{B2}

비공개 밴드의 게시글이라 확인에 시간이 다소 걸리고 있습니다. 검토가
끝나는 대로 결과를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND 검토 현황 mail: named posts still under review",
    why="names two requested posts but only says they are under review: not a status, not a pure receipt",
    items={B1: "pending", B2: "pending"},
)

case(
    name="lawfirm-for-poster",
    **{"from": "partner@hangyeol-law.co.kr"}, name_from="법무법인 한결 변호사 최민호",
    date="Tue, 10 Sep 2024 13:33:33 +0900",
    subject=f"{R2} 관련 게시자 측 의견",
    body=f"""
방송통신심의위원회 귀중

본 법무법인은 아래 다음 카페 게시물 게시자의 대리인입니다.
{K1}

의뢰인은 분쟁의 확대를 원하지 않아 2024. 9. 9. 위 게시물을 자진 삭제하였음을
알려드립니다. 향후 연락은 본 법무법인으로 주시기 바랍니다.

법무법인 한결 변호사 최민호
""",
    outcome="review", review="unknown_sender",
    imitates="Korean law firm letter on behalf of the poster",
    why="claims the poster deleted a Kakao item, but the sender is no platform: unknown_sender",
    items={K1: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-receipt-ack",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:02:11 +0900",
    subject=f"[네이버 고객센터] 문의가 정상적으로 접수되었습니다. (Re: {R1})",
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2024090300418
 - 접수일시: 2024-09-03 10:02

담당자가 확인 후 순차적으로 답변드리겠습니다. 문의가 많은 경우 답변이
다소 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 고객센터 문의 접수 완료 receipt",
    why="pure receipt with a ticket number; names no item",
    items={},
)

case(
    name="kakao-chuseok-ooo",
    **{"from": "jiwoo.park@kakaocorp.com"}, name_from="박지우",
    date="Thu, 05 Sep 2024 14:31:00 +0900",
    subject=f"[부재중 자동응답] Re: [{R2}] 불법 도박 사이트 홍보 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 박지우입니다.

9월 5일(목)부터 9월 18일(수)까지 휴가 및 추석 연휴로 부재중입니다.
급한 권리침해 신고 건은 right@kakaocorp.com 으로 보내주시면 담당자가
처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply with Auto-Submitted; states nothing about items",
    items={},
)

_orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: right-report@kakaocorp.com
Subject: [{R2}] 불법 도박 사이트 홍보 게시물 삭제 요청
Message-ID: <{mid(R2)}-a@kcsc.example>
Date: Thu, 05 Sep 2024 14:30:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카카오 담당자님, 아래 게시물의 삭제를 요청합니다.
{K1}
{K2}
{K3}
{K4}
{K5}
"""
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 14:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-501"

--dsn-kk-501
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-report@kakaocorp.com>: host inbound.kakaocorp.com said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--dsn-kk-501
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 14:30:05 +0900 (KST)

Final-Recipient: rfc822; right-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-kk-501
Content-Type: message/rfc822

{_orig}
--dsn-kk-501--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the original request with its URLs",
    why="delivery failure; the URLs are only in the returned original",
    items={},
)

case(
    name="dc-mdn-read",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 14:03:12 +0900",
    subject=f"읽음: [{R4}] 개인정보 유출 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-19"

--mdn-dc-19
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지 "[{R4}] 개인정보 유출 게시물 삭제 요청"을(를)
report@dcinside.com 수신자가 2024-09-10 오후 2:03에 읽었습니다.

--mdn-dc-19
Content-Type: message/disposition-notification

Reporting-UA: report@dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-19--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as a disposition notification",
    why="MDN only says the request was displayed",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date="Fri, 06 Sep 2024 09:16:40 +0900",
    subject="[6-1904000017822] 법적 요청이 접수되었습니다",
    body="""
안녕하세요.

Google에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
참조 번호는 6-1904000017822입니다. 이 요청과 관련하여 문의하실 때에는
제목의 참조 번호를 유지해 주세요.

요청을 검토한 후 필요한 경우 연락드리겠습니다.

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form receipt with a 6-… reference number",
    why="pure receipt; no item, no statement",
    items={},
)

case(
    name="band-auto-ack",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 16:00:31 +0900",
    subject="[BAND 고객센터] 문의 접수 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
BAND 고객센터에 문의해 주셔서 감사합니다.

문의하신 내용이 접수되었습니다. (접수번호 B-20240911-7731)
영업일 기준 1~3일 이내에 답변드리겠습니다.

※ 이 메일은 자동으로 발송되었습니다. 회신하지 마세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 고객센터 automatic 문의 접수 안내",
    why="automatic receipt with a ticket number, nothing about items",
    items={},
)

case(
    name="naver-outlook-ooo",
    **{"from": "hyunwoo.lee@navercorp.com"}, name_from="이현우",
    date="Thu, 12 Sep 2024 15:10:40 +0900",
    subject=f"자동 회신: [{R6}] 가상자산 투자사기 광고 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""
안녕하세요. 이현우입니다.
9/12(목) ~ 9/20(금) 외부 교육으로 메일 확인이 어렵습니다.
게시중단 관련 요청은 right@navercorp.com 으로 부탁드립니다.

I am out of the office until 20 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office) from a NAVER staff member",
    why="out-of-office auto-reply; no statement",
    items={},
)


HEADER = """# blind725: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind725/make.py before any run of the reader;
# each case is ingested alone into a fresh ledger holding requests.csv.
"""


def encode_headers(c):
    """Korean display names and subjects go out RFC 2047-encoded, as the
    platforms' mailers send them (B-encoding, UTF-8)."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8", header_name=key).encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
    corpuslib.write_set(HERE, "blind725", HEADER, CASES)


if __name__ == "__main__":
    main()
