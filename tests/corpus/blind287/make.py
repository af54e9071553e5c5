#!/usr/bin/env python3
"""Blind set 287: Korean-language replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and BAND (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

    python3 tests/corpus/blind287/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind287"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

# R1 NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/haneul_moon77/223561100201"
N2 = "https://blog.naver.com/haneul_moon77/223561100388"
N3 = "https://blog.naver.com/bluetide_shop/223559872014"
N4 = "https://cafe.naver.com/jumokcafe/48213"
N5 = "https://cafe.naver.com/jumokcafe/48290"
N6 = "https://cafe.naver.com/ca-fe/cafes/30115522/articles/7781"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388"
N8 = "https://m.blog.naver.com/sunset_ryu/223560014477"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38011204&memberNo=51230987"
N10 = "https://blog.naver.com/PostView.naver?blogId=dalbit_jjang&logNo=223562203119"
N11 = "https://cafe.naver.com/jumokcafe/48302"
N12 = "https://tv.naver.com/v/58120347"
# R2 Kakao/Daum, 5 items (K3 stored percent-encoded; its slug is 오늘의-추천-종목)
K1 = "https://cafe.daum.net/moneytalk2024/Rk7q/3391"
K2 = "https://cafe.daum.net/moneytalk2024/Rk7q/3402"
K3 = "https://moonlight-diary.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%B6%94%EC%B2%9C-%EC%A2%85%EB%AA%A9"
K3_RAW = "https://moonlight-diary.tistory.com/entry/오늘의-추천-종목"
K4 = "https://brunch.co.kr/@jinu_writes/58"
K5 = "https://pf.kakao.com/_xkQxbT/103952771"
# R3 YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=kR4tq9Zm2Lw"
Y2 = "https://www.youtube.com/watch?v=Hx08pQe7vNc"
Y3 = "https://www.youtube.com/shorts/Tb5uW1aQy3E"
Y4 = "https://www.youtube.com/@jusik_kingdom_tv"
# R4 DC Inside, 4 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10482211"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10482390"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=772301"
D4 = "https://gall.dcinside.com/mini/board/view/?id=rumorhouse&no=5120"
# R5 BAND, 3 items
B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/419"
B3 = "https://band.us/band/79001234/post/88"
# R6 NAVER, 2 items
M1 = "https://blog.naver.com/goldfinch_kr/223570118842"
M2 = "https://cafe.naver.com/healthdeal/120455"
# R7 Kakao/Daum, 1 item
S1 = "https://cafe.daum.net/luckyzone77/ZxQ1/5518"

REQUESTS = [
    (R1, "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", "불법 금융투자 광고",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    (R2, "kakao", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", "불법 금융투자 광고", [K1, K2, K3, K4, K5]),
    (R3, "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", "불법 금융투자 광고", [Y1, Y2, Y3, Y4]),
    (R4, "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", "명예훼손", [D1, D2, D3, D4]),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-19T23:59:59+09:00", "불법 도박", [B1, B2, B3]),
    (R6, "naver", "2024-09-10T15:00:00+09:00", "2024-09-20T23:59:59+09:00", "불법 의약품 판매", [M1, M2]),
    (R7, "kakao", "2024-09-11T10:00:00+09:00", "2024-09-20T23:59:59+09:00", "불법 도박", [S1]),
]


def rid(ref):
    return "req." + ref


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            note = "largest request" if ref == R1 and i == 1 else ""
            rows.append(f"{ref},{plat},{sent},{due},{u},{cat},{rid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------- MIME helpers
def enc(s):
    """An RFC 2047 header value (what most Korean mail systems send)."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}
--{boundary}--
"""


# ---------------------------------------------------------------- texts
NAVER_SIG = """
네이버 주식회사 정책지원실
경기도 성남시 분당구 정자일로 95 (가상의 담당부서)
※ 본 메일은 발신 전용이 아닙니다. 회신 시 관리번호를 제목에 남겨 주십시오.
"""

GONGMUN_TABLE = f"""수신: 방송통신심의위원회 (통신심의국 불법정보팀)
참조: 시정요구 담당자
제목: 시정요구에 대한 조치결과 회신 (관리번호 {R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3.자로 요청하신 시정요구(관리번호 {R1}, 총 12건)와 관련하여
당사 조치결과를 아래와 같이 회신합니다.

                                - 아 래 -

연번 | 대상 URL | 조치결과 | 비고
-----+----------+----------+-----
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 게시중단 |
4 | {N4} | 블라인드 | 카페 게시글
5 | {N5} | 임시조치 | 30일
6 | {N6} | 삭제 |
7 | {N7} | 게시물 없음 | 작성자 자진 삭제
8 | {N8} | 삭제 |
9 | {N9} | 조치 불가 | 위법성 확인 불가, 게시 유지
10 | {N10} | 비공개 처리 |
11 | {N11} | 접근 제한 | 국내 접근 제한
12 | {N12} | 삭제 |

3. 9번 건은 관련 법령 및 당사 운영정책 검토 결과 위반 사항이 확인되지 않아
게시를 유지하였음을 알려드립니다. 끝.

{NAVER_SIG}"""

NAVER_HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 요청 처리 담당자입니다.</p>
<p>방송통신심의위원회 시정요구 <b>{R1}</b> 중 아래 5건의 처리 결과를 먼저 회신드립니다.
나머지 건은 처리되는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>URL</th><th>처리 결과</th><th>처리 일자</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>블라인드</td><td>2024-09-04</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>임시조치(30일)</td><td>2024-09-04</td></tr>
<tr><td>7</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td>9</td><td><a href="{N9.replace('&', '&amp;')}">{N9.replace('&', '&amp;')}</a></td><td>게시 유지 (법령·운영정책 위반 사항 없음)</td><td>2024-09-05</td></tr>
</table>
<p>게시중단 처리 기준은 <a href="https://help.naver.com/policy/takedown-guide">네이버 게시중단 안내</a>를 참고해 주십시오.</p>
<p>감사합니다.<br>네이버 정책지원실 드림</p>
</body></html>
"""

NAVER_CSV_TEXT = f"""안녕하세요, 네이버 정책지원실입니다.

시정요구({R1}) 관련하여 추가로 처리된 4건의 결과를 첨부 파일로 보내드립니다.
첨부 파일(CSV)에 URL별 조치결과와 조치일시가 정리되어 있습니다.

확인 부탁드립니다.
{NAVER_SIG}"""

NAVER_CSV = "\ufeff" + f"""연번,URL,조치결과,조치일시
3,{N3},삭제,2024-09-05 10:12
5,{N5},블라인드,2024-09-05 10:15
11,{N11},게시물 없음(작성자 삭제),2024-09-05 10:20
12,{N12},국내 접속 차단,2024-09-05 11:02
"""

YT_QP_TEXT = f"""안녕하세요.

YouTube 법무팀입니다. 방송통신심의위원회에서 보내주신 요청({R3})을 검토하였습니다.

- {Y1}
  이 동영상은 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

- {Y4}
  이 채널은 스팸, 현혹 행위 및 사기 정책을 반복 위반하여 해지되었습니다.

요청하신 나머지 URL에 대해서는 별도의 메일로 안내해 드리겠습니다.
정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2801973 을 참고하시기 바랍니다.

감사합니다.
YouTube 법무팀
Google LLC
"""

KAKAO_B64_TEXT = f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 시정요구({R2})에 따른 처리 결과를 안내드립니다.

■ 처리 결과
 1) {K2}
    → 다음카페 운영정책 위반으로 게시글 삭제
 2) {K3_RAW}
    → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)

임시조치된 게시물은 게시자의 재게시 요청이 없을 경우 기간 만료 후 삭제됩니다.

카카오 권리침해신고센터 드림
"""

# -------------------------------------------------------------- the cases
CASES = [
    # ================================================= applied: NAVER (R1, R6)
    dict(
        name="naver-gongmun-12-item-table",
        date="Thu, 05 Sep 2024 17:40:12 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
        reply_to_req=rid(R1),
        body=GONGMUN_TABLE,
        outcome="applied", classification="confirmation",
        imitates="Korean portal 공문 reply: 시정요구에 대한 조치결과 회신 with a 연번/URL/조치결과/비고 table",
        why="one row per URL with an unhedged result: 삭제/게시중단/블라인드/비공개 removed, 임시조치 and 국내 접근 제한 restricted, 게시물 없음 not_found, 조치 불가 (게시 유지) rejected",
        items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted", N6: "removed",
               N7: "not_found", N8: "removed", N9: "rejected", N10: "removed", N11: "restricted", N12: "removed"},
    ),
    dict(
        name="naver-html-table-first-five",
        date="Wed, 04 Sep 2024 19:05:44 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R1} 1차 처리 결과"),
        reply_to_req=rid(R1),
        type="html",
        body=NAVER_HTML_TABLE,
        outcome="applied", classification="confirmation",
        imitates="NAVER 게시중단 요청 처리 결과 HTML mail with a result table; help-centre link in the footer",
        why="five rows each with a result; 'the rest will follow' only concerns items not listed; the help link is no item",
        items={N1: "removed", N2: "removed", N4: "restricted", N7: "not_found", N9: "rejected"},
    ),
    dict(
        name="naver-csv-attachment-four",
        date="Thu, 05 Sep 2024 11:30:00 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"[{R1}] 시정요구 조치결과 (2차, 첨부)"),
        reply_to_req=rid(R1),
        raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_0905_att"

--=_nv_0905_att
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{NAVER_CSV_TEXT}
--=_nv_0905_att
Content-Type: text/csv; charset=utf-8; name*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--=_nv_0905_att--
""",
        outcome="applied", classification="confirmation",
        imitates="portal result sheet sent as a CSV attachment (Excel-style UTF-8 BOM, Korean RFC 2231 file name)",
        why="CSV rows: 삭제 and 블라인드 removed, 게시물 없음(작성자 삭제) not_found, 국내 접속 차단 restricted",
        items={N3: "removed", N5: "removed", N11: "not_found", N12: "restricted"},
    ),
    dict(
        name="naver-url-then-status-below",
        date="Fri, 06 Sep 2024 10:02:31 +0900",
        **{"from": "cafe-policy@naver.com"},
        name_from=enc("네이버 카페 운영정책팀"),
        subject=enc(f"Re: 시정요구 {R1} - 카페/블로그 게시물 처리 안내"),
        reply_to_req=rid(R1),
        body=f"""안녕하세요, 네이버 카페 운영정책팀입니다.
요청하신 건 중 저희 팀 소관 게시물의 처리 내용을 공유드립니다.

{N6}
→ 게시중단(블라인드) 완료

{N8}
→ 해당 게시물 없음 (작성자가 이미 삭제)

{N10}
→ 정보통신망법에 따른 임시조치 (30일)

감사합니다.
네이버 카페 운영정책팀
""",
        outcome="applied", classification="confirmation",
        imitates="portal operator reply: bare URL with an arrow and the result on the line below",
        why="each result line belongs to the URL just above it",
        items={N6: "removed", N8: "not_found", N10: "restricted"},
    ),
    dict(
        name="naver-heading-statement-urls-below",
        date="Wed, 04 Sep 2024 16:20:05 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"시정요구({R1}) 일부 조치 안내"),
        body=f"""방송통신심의위원회 담당자님께,

관리번호 {R1} 관련 일부 게시물의 조치 내용을 안내드립니다.

다음 게시물은 정보통신망법 제44조의2에 따라 임시조치하였습니다.
  {N1}
  {N2}

다음 게시물은 운영정책 위반으로 삭제되었습니다.
  {N3}

그 밖의 게시물은 검토가 끝나는 대로 회신드리겠습니다.

네이버 정책지원실 드림
""",
        outcome="applied", classification="confirmation",
        imitates="NAVER 임시조치 notice grouping URLs under a statement line",
        why="the statement line above each group governs the URLs indented below it; the closing promise names no item",
        items={N1: "restricted", N2: "restricted", N3: "removed"},
    ),
    dict(
        name="naver-angle-wrapped-and-particle",
        date="Mon, 09 Sep 2024 09:14:50 +0900",
        **{"from": "kin-policy@naver.com"},
        name_from=enc("네이버 지식iN 운영팀"),
        subject=enc(f"[{R1}] 지식iN 및 네이버TV 게시물 처리 결과"),
        body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

아래 지식iN 질문은 불법 금융투자 광고로 확인되어 삭제 처리되었습니다.
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471203388>

또한 {N12}은 네이버TV 운영원칙에 따라 삭제되었습니다.

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="portal operator mail with a long URL wrapped inside angle brackets and a URL followed directly by a Korean particle",
        why="the wrapped <...> URL is the kin.naver.com item (removed); '…58120347은 … 삭제되었습니다' removes the NAVER TV item",
        items={N7: "removed", N12: "removed"},
    ),
    dict(
        name="naver-informal-two-items",
        date="Wed, 11 Sep 2024 13:48:09 +0900",
        **{"from": "jiwoo.han@navercorp.com"},
        name_from=enc("한지우"),
        subject=enc(f"Re: [KCSC] 불법 의약품 판매 게시물 삭제 요청 ({R6})"),
        reply_to_req=rid(R6),
        body=f"""안녕하세요 담당자님, 네이버 한지우입니다.

말씀하신 두 건 확인했습니다.
블로그 글({M1})은 오늘 오전에 삭제했고요,
카페 글({M2})은 들어가 보니 작성자가 이미 지운 상태라 따로 조치할 게 없었습니다.

혹시 같은 판매자가 다른 글을 올리면 알려주세요.
한지우 드림
""",
        outcome="applied", classification="confirmation",
        imitates="informal reply from a named NAVER employee",
        why="blog post deleted today (removed); cafe post already deleted by its author (not_found); URLs in parentheses",
        items={M1: "removed", M2: "not_found"},
    ),
    dict(
        name="naver-top-posted-over-original",
        date="Thu, 12 Sep 2024 10:31:27 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"RE: [{R6}] 시정요구 통보"),
        reply_to_req=rid(R6),
        body=f"""담당자님 안녕하세요.

blog.naver.com/goldfinch_kr/223570118842 건은 비공개 처리 완료했습니다.
카페 게시물은 카페 매니저와 확인 중이라 회신이 조금 늦어질 것 같습니다.

네이버 정책지원실

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Sent: 2024-09-10 (화) 15:00:00 (GMT+09:00)
Subject: [{R6}] 시정요구 통보

방송통신심의위원회는 아래 정보에 대하여 시정요구를 결정하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.
1. {M1}
2. {M2}
""",
        outcome="applied", classification="confirmation",
        imitates="NAVER Works/Outlook top-posted reply above '-----Original Message-----' with our request quoted",
        why="the blog post (written without scheme) is 비공개 처리 완료 = removed; the cafe post is only 확인 중, and the quoted request says nothing",
        items={M1: "removed", M2: "pending"},
    ),
    dict(
        name="naver-outlook-numbered-reply",
        date="Fri, 13 Sep 2024 15:02:40 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"회신: [{R6}] 시정요구 통보"),
        reply_to_req=rid(R6),
        body=f"""안녕하세요.
요청 주신 건 조치 결과 회신드립니다.

1) {M1} - 삭제 완료
2) {M2} - 카페 매니저 확인 후 블라인드 처리

감사합니다.

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 10일 화요일 오후 3:00
받는 사람: policy@navercorp.com
제목: [{R6}] 시정요구 통보

아래 정보에 대하여 시정요구를 결정하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.
1. {M1}
2. {M2}
""",
        outcome="applied", classification="confirmation",
        imitates="Korean Outlook reply (보낸 사람/보낸 날짜 header block) with a numbered result list",
        why="both numbered lines give an unhedged result; the request below the separator is quoted",
        items={M1: "removed", M2: "removed"},
    ),
    # ================================================= applied: Kakao/Daum (R2, R7)
    dict(
        name="kakao-imsijochi-notice",
        date="Thu, 05 Sep 2024 14:10:00 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"[카카오] 게시물 임시조치 안내 ({R2})"),
        body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물({R2})에 대하여 아래와 같이 임시조치하였음을 알려드립니다.

[임시조치 게시물]
- 다음카페 > 머니토크 > {K1}
- 다음카페 > 머니토크 > {K2}

[임시조치 기간] 2024.09.05 ~ 2024.10.04 (30일)

임시조치는 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
해당 게시물에 대한 접근을 30일간 차단하는 조치입니다.
자세한 사항은 카카오 고객센터(https://cs.kakao.com/helps?service=52)에서 확인하실 수 있습니다.

카카오 권리침해신고센터 드림
""",
        outcome="applied", classification="confirmation",
        imitates="Kakao/Daum 권리침해신고센터 30일 임시조치 안내 mail",
        why="both listed cafe posts are under 임시조치 (access blocked for 30 days) = restricted; the help-centre link is no item",
        items={K1: "restricted", K2: "restricted"},
    ),
    dict(
        name="kakao-tistory-raw-korean-slug",
        date="Fri, 06 Sep 2024 09:55:21 +0900",
        **{"from": "tistory-policy@kakaocorp.com"},
        name_from=enc("티스토리 운영팀"),
        subject=enc(f"[티스토리] 신고 게시물 처리 결과 안내 - {R2}"),
        body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 아래 게시물은 티스토리 운영정책(불법 금융 광고) 위반으로 확인되어 삭제 처리되었습니다.

 {K3_RAW}

앞으로도 건강한 블로그 환경을 위해 노력하겠습니다.
감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Tistory (Kakao) policy-team result mail quoting the post URL with its Korean slug unencoded",
        why="the raw Korean slug is the percent-encoded K3 item; 삭제 처리되었습니다 = removed",
        items={K3: "removed"},
    ),
    dict(
        name="kakao-numbered-mixed",
        date="Mon, 09 Sep 2024 11:12:13 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"Re: 시정요구 {R2} 조치결과"),
        reply_to_req=rid(R2),
        body=f"""안녕하세요. 카카오 권리침해신고센터입니다.
시정요구 건 중 아래 3건의 검토 결과를 회신드립니다.

1. {K4}
   브런치 운영정책 위반으로 글을 삭제하였습니다.
2. {K5}
   해당 채널 게시물은 게시자가 이미 삭제하여 확인할 수 없습니다.
3. {K1}
   검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
   (카페 내 토론 글로, 특정 상품의 매수를 권유하는 내용이 없습니다.)

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Kakao reply with a numbered list mixing removal, author-deleted and refusal with its reason",
        why="brunch post deleted (removed); channel post already deleted by its poster (not_found); cafe post kept as no rule is broken (rejected)",
        items={K4: "removed", K5: "not_found", K1: "rejected"},
    ),
    dict(
        name="kakao-base64-two-results",
        date="Tue, 10 Sep 2024 16:45:09 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"[카카오] 시정요구 처리 결과 안내 ({R2})"),
        raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(KAKAO_B64_TEXT)}""",
        outcome="applied", classification="confirmation",
        imitates="Kakao notice sent base64-encoded, raw Korean tistory slug, arrow result lines",
        why="K2 deleted (removed); K3 (raw slug) put under 30-day 임시조치 (restricted); the deletion after expiry is only a condition",
        items={K2: "removed", K3: "restricted"},
    ),
    dict(
        name="kakao-gmail-style-quote",
        date="Wed, 11 Sep 2024 10:20:00 +0900",
        **{"from": "cafe-ops@daum.net"},
        name_from=enc("다음카페 운영지원"),
        subject=enc(f"Re: [{R2}] 시정요구 통보"),
        reply_to_req=rid(R2),
        body=f"""안녕하세요, 다음카페 운영지원입니다.

머니토크 카페 게시글 두 건({K1}, {K2}) 모두 확인 후 삭제했습니다.
티스토리/브런치/채널 건은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

2024년 9월 4일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 방송통신심의위원회입니다. 아래 정보에 대한 시정요구를 통보합니다.
> 1. {K1}
> 2. {K2}
> 3. {K3}
> 4. {K4}
> 5. {K5}
> 조치 후 결과를 회신하여 주시기 바랍니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Daum reply in Gmail style over a '>'-quoted request ('…님이 작성:')",
        why="'두 건(K1, K2) 모두 … 삭제했습니다' names both items; the other three are only quoted or promised",
        items={K1: "removed", K2: "removed"},
    ),
    dict(
        name="kakao-single-item-no-url",
        date="Thu, 12 Sep 2024 15:33:18 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"[다음카페] 게시중단 처리 완료 안내 ({R7})"),
        reply_to_req=rid(R7),
        body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(관리번호 {R7})에 대하여
다음카페 운영정책에 따라 게시중단 조치를 완료하였습니다.

감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Daum 게시중단 처리 완료 안내 naming the request but not the URL",
        why="the request has a single item, so a statement about 'the requested post' applies to it: removed",
        items={S1: "removed"},
    ),
    dict(
        name="kakao-receipt-and-result",
        date="Thu, 12 Sep 2024 09:05:00 +0900",
        **{"from": "noreply-right@kakao.com"},
        name_from=enc("카카오 고객센터"),
        subject=enc(f"[카카오] 신고 접수 및 처리 결과 안내 - {R7}"),
        body=f"""[카카오] 신고 접수 및 처리 결과 안내

접수번호: RT-20240911-004417
접수일시: 2024-09-11 10:02

방송통신심의위원회 명의로 접수된 신고가 정상적으로 접수되었으며, 검토가 완료되었습니다.

신고 게시물: {S1}
처리 결과: 임시조치 (30일간 게시물 접근 차단)

본 메일은 발신 전용입니다.
""",
        outcome="applied", classification="confirmation",
        imitates="Kakao ticket mail that combines the receipt with the outcome",
        why="an acknowledgement phrase plus an unhedged result for the named post: 임시조치 = restricted",
        items={S1: "restricted"},
    ),
    # ================================================= applied: YouTube (R3)
    dict(
        name="yt-kr-legal-geo-block-and-removal",
        date="Fri, 06 Sep 2024 18:22:40 +0900",
        **{"from": "legal-kr@google.com"},
        name_from="YouTube Legal Support",
        subject=enc(f"[{R3}] YouTube 법적 요청 처리 결과"),
        reply_to_req=rid(R3),
        body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 보내주신 요청({R3})을 검토한 결과를 알려드립니다.

{Y1}
현지 법률 위반 신고에 따라 한국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

{Y2}
이 콘텐츠는 YouTube 커뮤니티 가이드를 위반하여 YouTube에서 삭제되었습니다.

YouTube의 법적 삭제 절차는 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube legal removal outcome in Korean: local-law geo-block vs Community Guidelines removal",
        why="Y1 blocked in Korea only (restricted); Y2 removed globally; the support link is no item",
        items={Y1: "restricted", Y2: "removed"},
    ),
    dict(
        name="yt-age-restriction-and-no-action",
        date="Mon, 09 Sep 2024 08:40:02 +0900",
        **{"from": "legal-kr@google.com"},
        name_from="YouTube Legal Support",
        subject=enc(f"Re: [{R3}] YouTube 법적 요청 처리 결과 (2)"),
        reply_to_req=rid(R3),
        body=f"""안녕하세요.

나머지 URL에 대한 검토 결과입니다.

* {Y3} : 연령 제한이 적용되었습니다. 로그인하지 않았거나 만 18세 미만인 사용자는 이 Shorts를 볼 수 없습니다.
* {Y4} : 채널을 검토했으나 커뮤니티 가이드 또는 현지 법률 위반 사항이 확인되지 않아 조치를 취하지 않았습니다.

결정에 이의가 있으시면 관련 법원 명령이나 추가 자료를 보내주시기 바랍니다.

YouTube 법무팀
""",
        outcome="applied", classification="confirmation",
        imitates="YouTube outcome mail with an age restriction and a 'no action taken' decision",
        why="age restriction = restricted; channel reviewed and no violation found = rejected; the invitation to appeal is not a request for info",
        items={Y3: "restricted", Y4: "rejected"},
    ),
    dict(
        name="yt-quoted-printable-removal-termination",
        date="Tue, 10 Sep 2024 12:00:41 +0900",
        **{"from": "legal-kr@google.com"},
        name_from="YouTube Legal Support",
        subject=enc(f"[{R3}] 콘텐츠 삭제 및 채널 해지 안내"),
        raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}""",
        outcome="applied", classification="confirmation",
        imitates="Google-sent quoted-printable Korean notice: worldwide removal and channel termination",
        why="Y1 removed worldwide; channel Y4 terminated = removed; the policy link is no item",
        items={Y1: "removed", Y4: "removed"},
    ),
    dict(
        name="yt-html-result-table",
        date="Wed, 11 Sep 2024 20:15:33 +0900",
        **{"from": "no-reply@youtube.com"},
        name_from="YouTube",
        subject=enc(f"YouTube 신고 결과 업데이트 ({R3})"),
        raw_mime=alt(
            f"""YouTube 신고 결과 업데이트

참조 번호: {R3}

{Y2} - 삭제됨 (커뮤니티 가이드 위반)
{Y3} - 찾을 수 없음 (업로더가 동영상을 삭제함)

YouTube 팀
""",
            f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<h3>YouTube 신고 결과 업데이트</h3>
<p>참조 번호: {R3}</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">콘텐츠</th><th align="left">결과</th></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>삭제됨 (커뮤니티 가이드 위반)</td></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>찾을 수 없음 (업로더가 동영상을 삭제함)</td></tr>
</table>
<p><a href="https://www.youtube.com/reportingdashboard">신고 기록 보기</a></p>
<p>YouTube 팀</p>
</body></html>
""",
            "yt_alt_0911",
        ),
        outcome="applied", classification="confirmation",
        imitates="YouTube reporting-history update mail (multipart/alternative, HTML table, dashboard link)",
        why="Y2 removed; Y3 cannot be found because its uploader deleted it = not_found; the reporting dashboard is no item",
        items={Y2: "removed", Y3: "not_found"},
    ),
    dict(
        name="yt-echoed-report-geo-block",
        date="Thu, 12 Sep 2024 07:58:10 +0900",
        **{"from": "legal-kr@google.com"},
        name_from="YouTube Legal Support",
        subject=enc("[8-3302000041227] 법적 요청 결과"),
        body=f"""안녕하세요.

아래 신고에 대한 처리 결과를 알려드립니다.

---- 제출하신 신고 내용 ----
신고자: 방송통신심의위원회 ({R3})
신고 URL: {Y2}
신고 사유: 자본시장법 위반(미등록 투자자문) 광고
---------------------------

결과: 위 콘텐츠는 현지 법률에 따라 대한민국 내에서 차단되었습니다.
다른 국가에서는 계속 이용 가능합니다.

YouTube 법무팀
""",
        outcome="applied", classification="confirmation",
        imitates="Google legal-request result mail that echoes the submitted report above the outcome",
        why="the echoed report names one URL and the result line says it is blocked in Korea only = restricted",
        items={Y2: "restricted"},
    ),
    # ================================================= applied: DC Inside (R4)
    dict(
        name="dc-informal-operator-arrows",
        date="Fri, 06 Sep 2024 22:41:07 +0900",
        **{"from": "dcadmin@dcinside.com"},
        name_from=enc("디시인사이드 운영팀"),
        subject=enc(f"Re: 명예훼손 게시물 삭제 요청 건 ({R4})"),
        reply_to_req=rid(R4),
        body=f"""안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 처리했습니다.

{D1} → 삭제
{D2} → 삭제
{D3} → 작성자가 자삭해서 이미 없는 글입니다

미니갤 글은 내일 확인해서 다시 연락드릴게요.
수고하세요.
""",
        outcome="applied", classification="confirmation",
        imitates="informal DC Inside operator reply with URL → result lines",
        why="two posts deleted (removed); the minor-gallery post deleted by its own author (not_found); mini-gallery only promised",
        items={D1: "removed", D2: "removed", D3: "not_found"},
    ),
    dict(
        name="dc-gongmun-four-rows",
        date="Tue, 10 Sep 2024 14:00:00 +0900",
        **{"from": "legal@dcinside.com"},
        name_from=enc("(주)디시인사이드"),
        subject=enc(f"[디시인사이드] 시정요구 조치결과 회신 ({R4})"),
        reply_to_req=rid(R4),
        body=f"""문서번호: 디시-법무-2024-0917
수    신: 방송통신심의위원회 위원장
제    목: 시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(관리번호 {R4})에 대한 당사의 조치결과를 다음과 같이 회신합니다.

  가. {D1} : 삭제
  나. {D2} : 삭제
  다. {D3} : 삭제
  라. {D4} : 미조치 (게시물 내용이 공익 목적의 의견 표명으로 판단되어 게시 유지)

3. 라.항에 대하여는 법원의 판단 등 추가 근거가 확인되는 경우 재검토하겠습니다.  끝.

(주)디시인사이드 법무팀
""",
        outcome="applied", classification="confirmation",
        imitates="DC Inside 공문 (문서번호/수신/제목, 가.나.다.라. items) 시정요구 조치결과 회신",
        why="가–다 삭제 = removed; 라 미조치, kept as opinion in the public interest = rejected (a refusal with its reason; the later re-examination is only conditional)",
        items={D1: "removed", D2: "removed", D3: "removed", D4: "rejected"},
    ),
    dict(
        name="dc-angle-url-fullwidth-stop",
        date="Sat, 07 Sep 2024 13:27:55 +0900",
        **{"from": "dcadmin@dcinside.com"},
        name_from=enc("디시인사이드 운영팀"),
        subject=enc(f"Re: Re: 명예훼손 게시물 삭제 요청 건 ({R4})"),
        reply_to_req=rid(R4),
        body=f"""안녕하세요, 어제 말씀드린 미니 갤러리 글 건입니다.

<{D4}>（루머하우스 미니갤）은 오늘 오전 삭제 처리 완료되었습니다。

이상입니다.
디시인사이드 운영팀
""",
        outcome="applied", classification="confirmation",
        imitates="follow-up operator reply with the URL in angle brackets followed by full-width punctuation",
        why="the mini-gallery post is deleted = removed",
        items={D4: "removed"},
    ),
    # ================================================= applied: BAND (R5)
    dict(
        name="band-notice-two-posts",
        date="Tue, 10 Sep 2024 11:11:11 +0900",
        **{"from": "noreply@band.us"},
        name_from=enc("BAND 고객센터"),
        subject=enc(f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})"),
        body=f"""안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 신고하신 게시글에 대한 처리 결과를 안내드립니다.

■ 처리 대상
  {B1}
  {B2}
■ 처리 결과: 운영정책(불법 도박 홍보) 위반으로 게시글 삭제

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
        outcome="applied", classification="confirmation",
        imitates="BAND 고객센터 신고 처리 결과 안내 (처리 대상 / 처리 결과 blocks)",
        why="the result line covers the two URLs listed by name under 처리 대상: both removed; the policy link is no item",
        items={B1: "removed", B2: "removed"},
    ),
    dict(
        name="band-suspended-band-and-gone-post",
        date="Wed, 11 Sep 2024 17:03:29 +0900",
        **{"from": "help@band.us"},
        name_from=enc("BAND 고객센터"),
        subject=enc(f"Re: [{R5}] 불법 도박 밴드 게시글 조치 요청"),
        reply_to_req=rid(R5),
        body=f"""안녕하세요, BAND 고객센터 담당자 박서연입니다.

1) {B3}
해당 게시글이 있던 밴드는 운영정책 위반으로 이용이 정지되어 게시글을 포함한 밴드 전체가 더 이상 노출되지 않습니다.

2) {B1}
작성자가 이미 삭제한 게시글이라 별도 조치할 내용이 없습니다.

추가로 확인이 필요하시면 회신 주세요.
박서연 드림
""",
        outcome="applied", classification="confirmation",
        imitates="BAND support agent reply: whole band suspended, one post already deleted by its author",
        why="B3's band suspended and no longer shown = removed; B1 already deleted by its author = not_found",
        items={B3: "removed", B1: "not_found"},
    ),
    # ================================================= review
    dict(
        name="naver-promise-sequential",
        date="Wed, 04 Sep 2024 10:10:10 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"RE: [{R1}] 시정요구 통보 - 카페 게시물"),
        reply_to_req=rid(R1),
        body=f"""안녕하세요.

요청하신 카페 게시물
{N4}
{N5}
두 건은 카페 매니저에게 전달하였으며, 내부 검토를 거쳐 순차적으로 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

네이버 정책지원실
""",
        outcome="review", review="not_understood", classification="confirmation",
        imitates="portal holding reply: passed to the cafe manager, will act after internal review",
        why="only a promise ('조치할 예정'): the named items stay pending",
        items={N4: "pending", N5: "pending"},
    ),
    dict(
        name="kakao-hedged-appears-private",
        date="Fri, 06 Sep 2024 15:44:00 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"Re: 시정요구 {R2} 관련 문의"),
        reply_to_req=rid(R2),
        body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K4} 글은 작성자가 이미 비공개로 전환한 것으로 보입니다.
{K5} 게시물은 채널 운영 부서에서 확인 중입니다.

확인되는 대로 다시 말씀드리겠습니다.
""",
        outcome="review", review="not_understood",
        imitates="Kakao interim reply with a hedge ('…한 것으로 보입니다') and 'being checked'",
        why="'appears to have been made private' is a hedge and '확인 중' is no result: both items stay pending",
        items={K4: "pending", K5: "pending"},
    ),
    dict(
        name="kakao-asks-for-decision-copy",
        date="Thu, 05 Sep 2024 16:02:51 +0900",
        **{"from": "right@kakaocorp.com"},
        name_from=enc("카카오 권리침해신고센터"),
        subject=enc(f"[카카오] 추가 자료 요청 ({R2})"),
        reply_to_req=rid(R2),
        body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건 중 카카오톡 채널 게시물({K5})은 채널 운영 정책상 공공기관의 요청이라도
해당 결정의 근거 문서가 있어야 조치할 수 있습니다.

번거로우시겠지만 심의 의결서 사본(또는 시정요구 공문)을 회신으로 보내주시면 검토 후 처리하겠습니다.

감사합니다.
""",
        outcome="review", review="asks_more", classification="request_for_info",
        imitates="Kakao 추가 자료 요청 asking for the decision document before acting",
        why="the platform asks for a document before it acts; the item stays pending",
        items={K5: "pending"},
    ),
    dict(
        name="yt-under-review",
        date="Sat, 07 Sep 2024 09:00:00 +0900",
        **{"from": "legal-kr@google.com"},
        name_from="YouTube Legal Support",
        subject=enc(f"Re: [{R3}] YouTube 법적 요청 처리 결과"),
        reply_to_req=rid(R3),
        body=f"""안녕하세요.

다음 URL은 현재 검토가 진행 중입니다.
{Y3}
{Y4}

현지 법률 검토에는 시간이 더 걸릴 수 있으며, 결정이 내려지면 이 스레드로 알려드리겠습니다.

YouTube 법무팀
""",
        outcome="review", review="not_understood",
        imitates="YouTube 'still under review' follow-up on a legal request",
        why="'under review' is no status: both named items stay pending",
        items={Y3: "pending", Y4: "pending"},
    ),
    dict(
        name="yt-spoofed-dmarc-fail",
        date="Sun, 08 Sep 2024 02:13:44 +0900",
        **{"from": "legal-kr@google.com"},
        auth="fail",
        name_from="YouTube Legal Support",
        subject=enc(f"[{R3}] 처리 완료"),
        body=f"""안녕하세요.

{Y1} 동영상은 삭제되었습니다.

YouTube
""",
        outcome="review", review="untrusted",
        imitates="mail claiming to be Google's legal team that fails DKIM/SPF/DMARC",
        why="the sender domain is YouTube's but authentication fails: nothing is applied",
        items={Y1: "pending"},
    ),
    dict(
        name="dc-bulk-all-four",
        date="Mon, 09 Sep 2024 18:30:00 +0900",
        **{"from": "dcadmin@dcinside.com"},
        name_from=enc("디시인사이드 운영팀"),
        subject=enc(f"Re: 명예훼손 게시물 삭제 요청 건 ({R4})"),
        reply_to_req=rid(R4),
        body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{R4} 관련하여 신고된 게시글 4건 모두 삭제 조치 완료했습니다.

감사합니다.
""",
        outcome="review", review="bulk", classification="confirmation",
        imitates="short operator reply: 'all 4 reported posts deleted'",
        why="a statement about all items of a four-item request without naming each: bulk review, items pending",
        items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
    ),
    dict(
        name="dc-contact-change-notice",
        date="Tue, 10 Sep 2024 10:00:00 +0900",
        **{"from": "legal@dcinside.com"},
        name_from=enc("(주)디시인사이드"),
        subject=enc("[디시인사이드] 공문 접수 창구 변경 안내"),
        body="""수신: 관계 기관 담당자
제목: 공문 접수 창구 변경 안내

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 당사 법무팀 이전에 따라 2024. 10. 1.부터 공문 및 시정요구 접수 창구가 아래와 같이 변경됩니다.
   - 이메일: legal@dcinside.com (변경 없음)
   - 팩스: 02-0000-1234 (신규)
3. 기존 팩스 번호로 접수된 문서는 2024. 10. 31.까지 순차 이관됩니다.  끝.

(주)디시인사이드 법무팀
""",
        outcome="review", review="no_claims",
        imitates="DC Inside 공문 announcing a change of the office receiving official letters",
        why="trusted platform mail naming no item and referencing no request",
        items={},
    ),
    dict(
        name="band-leader-from-gmail",
        date="Tue, 10 Sep 2024 21:47:02 +0900",
        **{"from": "lucky7leader@gmail.com"},
        auth="none",
        name_from=enc("밴드 리더"),
        subject=enc("밴드 게시글 지웠습니다"),
        body=f"""안녕하세요 제가 해당 밴드 리더입니다.
밴드 고객센터에서 연락 받고 {B1} 글은 제가 지웠습니다.
다른 글도 정리하고 있으니 밴드 정지만은 말아주세요 ㅠㅠ
""",
        outcome="review", review="unknown_sender",
        imitates="a band leader writing from a personal webmail account",
        why="not the platform's domain: a claim from an unknown sender is not applied",
        items={B1: "pending"},
    ),
    dict(
        name="band-item-from-naver-policy",
        date="Thu, 12 Sep 2024 11:40:00 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc("밴드 게시글 조치 안내"),
        body=f"""안녕하세요. 네이버 정책지원실입니다.

BAND 서비스로 접수된 신고 게시글 {B2}은 운영정책 위반으로 삭제되었습니다.
BAND 관련 문의는 앞으로 BAND 고객센터로 보내주시면 더 빠르게 처리됩니다.

감사합니다.
""",
        outcome="review", review="wrong_platform", classification="confirmation",
        imitates="NAVER group policy office answering about a BAND post (BAND is a NAVER service with its own mail domain)",
        why="NAVER's domain states a status for an item of the BAND request: wrong platform, item pending",
        items={B2: "pending"},
    ),
    dict(
        name="band-will-delete",
        date="Mon, 09 Sep 2024 17:20:00 +0900",
        **{"from": "help@band.us"},
        name_from=enc("BAND 고객센터"),
        subject=enc(f"Re: [{R5}] 불법 도박 밴드 게시글 조치 요청"),
        reply_to_req=rid(R5),
        body=f"""안녕하세요, BAND 고객센터입니다.

보내주신 게시글
- {B1}
- {B2}
은 운영정책 검토 후 위반이 확인되면 삭제될 예정입니다.
결과는 확인되는 대로 안내드리겠습니다.
""",
        outcome="review", review="not_understood",
        imitates="BAND holding reply with a conditional promise to delete",
        why="a condition and a promise ('위반이 확인되면 삭제될 예정'): no status",
        items={B1: "pending", B2: "pending"},
    ),
    dict(
        name="naver-fwd-cafe-manager",
        date="Fri, 13 Sep 2024 09:12:00 +0900",
        **{"from": "policy@navercorp.com"},
        name_from=enc("네이버 정책지원실"),
        subject=enc(f"FW: 카페 게시글 처리 관련 ({R6})"),
        body=f"""담당자님, 카페 매니저에게서 받은 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 건강딜 카페 매니저 <healthdeal_mgr@naver.com>
Date: 2024년 9월 12일 (목) 오후 8:05
Subject: Re: 게시글 확인 요청
To: <policy@navercorp.com>

네이버 담당자님 안녕하세요,
{M2} 글은 제가 방금 카페에서 삭제했습니다.
""",
        outcome="review", review="forwarded", classification="forwarded",
        imitates="NAVER staff forwarding a cafe manager's reply (Gmail 'Forwarded message' block)",
        why="the statement is the cafe manager's, only forwarded by the platform: review, item pending",
        items={M2: "pending"},
    ),
    # ================================================= ignored
    dict(
        name="naver-chuseok-out-of-office",
        date="Mon, 16 Sep 2024 00:00:07 +0900",
        **{"from": "jiwoo.han@navercorp.com"},
        name_from=enc("한지우"),
        subject=enc(f"[부재중] Re: [KCSC] 불법 의약품 판매 게시물 삭제 요청 ({R6})"),
        reply_to_req=rid(R6),
        extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
        body="""[자동 회신]
추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 건은 정책지원실 대표 메일(policy@navercorp.com)로 보내주세요.
""",
        outcome="ignored", classification="auto_reply",
        imitates="Korean out-of-office auto-reply over the Chuseok holiday",
        why="an automatic out-of-office reply states nothing",
        items={},
    ),
    dict(
        name="kakao-dsn-bounce",
        date="Wed, 04 Sep 2024 10:00:09 +0900",
        **{"from": "MAILER-DAEMON@mx.kcsc.example"},
        auth="none",
        name_from="Mail Delivery System",
        subject="Undelivered Mail Returned to Sender",
        extra_headers=["Auto-Submitted: auto-replied"],
        raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.0904.K2"

--dsn.0904.K2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<rights@kakaocorp.com>: host mx1.kakaocorp.com[203.0.113.25] said: 550 5.1.1
    <rights@kakaocorp.com>: Recipient address rejected: User unknown

--dsn.0904.K2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; rights@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <rights@kakaocorp.com>: Recipient address rejected: User unknown

--dsn.0904.K2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: rights@kakaocorp.com
Subject: [{R2}] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Message-ID: <{rid(R2)}.copy@kcsc.example>
Date: Wed, 04 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구를 결정하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.
1. {K1}
2. {K2}
3. {K4}

--dsn.0904.K2--
""",
        outcome="ignored", classification="bounce",
        imitates="Postfix DSN (multipart/report delivery-status) returning a copy of our request",
        why="a delivery failure report: the URLs are in our own returned message",
        items={},
    ),
    dict(
        name="dc-mdn-read-receipt",
        date="Fri, 06 Sep 2024 09:41:00 +0900",
        **{"from": "legal@dcinside.com"},
        name_from=enc("(주)디시인사이드"),
        subject=enc(f"읽음: [{R4}] 시정요구 통보"),
        raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0906"

--mdn_dc_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 시정요구 통보"을(를) 2024-09-06 오전 9:41에 수신자가 읽었습니다.

--mdn_dc_0906
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; legal@dcinside.com
Original-Message-ID: <{rid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_0906--
""",
        outcome="ignored", classification="read_receipt",
        imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
        why="a read receipt says nothing about the items",
        items={},
    ),
    dict(
        name="yt-legal-ticket-receipt",
        date="Thu, 05 Sep 2024 11:04:12 +0900",
        **{"from": "legal-kr-noreply@google.com"},
        name_from="Google Legal Support",
        subject=enc(f"[8-3302000041227] 법적 요청이 접수되었습니다 ({R3})"),
        reply_to_req=rid(R3),
        body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다. 보내주신 법적 요청이 접수되었으며 참조 번호는 8-3302000041227 입니다.
향후 이 요청과 관련하여 연락하실 때는 이 번호를 제목에 포함해 주세요.

요청을 검토하는 데 시간이 걸릴 수 있습니다. 검토가 끝나면 이메일로 알려드리겠습니다.

Google 법무팀
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Google legal-removals ticket receipt with an 8-… reference number",
        why="a pure receipt: request received, a ticket number, nothing about any item",
        items={},
    ),
    dict(
        name="kakao-receipt-only",
        date="Thu, 05 Sep 2024 10:01:30 +0900",
        **{"from": "noreply-right@kakao.com"},
        name_from=enc("카카오 고객센터"),
        subject=enc(f"[카카오] 권리침해 신고 접수 완료 안내 - {R2}"),
        body="""[카카오] 권리침해 신고 접수 완료 안내

접수번호: RT-20240904-001982
접수일시: 2024-09-04 10:03

신고가 정상적으로 접수되었습니다.
담당자 검토 후 처리 결과를 메일로 안내해 드리겠습니다. (영업일 기준 3~5일 소요)

본 메일은 발신 전용입니다.
""",
        outcome="ignored", classification="acknowledgement",
        imitates="Kakao 고객센터 접수 완료 ticket receipt",
        why="a pure acknowledgement with a ticket number; no item is mentioned",
        items={},
    ),
    dict(
        name="band-after-hours-auto-reply",
        date="Sun, 15 Sep 2024 03:12:00 +0900",
        **{"from": "help@band.us"},
        name_from=enc("BAND 고객센터"),
        subject=enc(f"[자동응답] Re: [{R5}] 불법 도박 밴드 게시글 조치 요청"),
        reply_to_req=rid(R5),
        extra_headers=["Auto-Submitted: auto-replied"],
        body="""[자동응답 메일입니다]

지금은 BAND 고객센터 운영시간이 아닙니다.
운영시간: 평일 10:00 ~ 18:00 (주말·공휴일 휴무, 추석 연휴 9/16~9/18 휴무)

보내주신 메일은 운영시간에 순서대로 확인하여 답변드리겠습니다.
""",
        outcome="ignored", classification="auto_reply",
        imitates="support-desk after-hours auto-reply (Auto-Submitted: auto-replied)",
        why="an automatic reply about opening hours states nothing",
        items={},
    ),
    dict(
        name="naver-receipt-echoing-urls",
        date="Tue, 10 Sep 2024 15:02:00 +0900",
        **{"from": "noreply-right@naver.com"},
        name_from=enc("네이버 권리보호센터"),
        subject=enc(f"[네이버] 게시중단 요청 접수 안내 ({R6})"),
        body=f"""[네이버] 게시중단 요청 접수 안내

방송통신심의위원회님, 게시중단 요청이 정상적으로 접수되었습니다.

접수번호: NV-RP-2409100377
접수 URL:
 - {M1}
 - {M2}

요청 내용을 검토한 뒤 처리 결과를 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
        outcome="ignored", classification="acknowledgement",
        imitates="NAVER 권리보호센터 게시중단 요청 접수 안내 that lists the received URLs",
        why="a pure receipt: the URLs are only echoed as received, no statement about them",
        items={},
    ),
]


HEADER = f"""# Blind set 287 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind287/make.py before the reader was run on it.
# Every case is judged alone on a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
