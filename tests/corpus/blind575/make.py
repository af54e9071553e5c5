#!/usr/bin/env python3
"""Blind set 575 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
Band replies written in Korean (공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus a few English
ones from the same platforms.

    python3 tests/corpus/blind575/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it. All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind575"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240916-05", "KCSC-240917-06", "KCSC-240918-07",
)
MID = {r: "req." + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

# R1 NAVER, 12 items (illegal gambling advertising)
N1 = "https://blog.naver.com/bluewave_kr88/223561104471"
N2 = "https://blog.naver.com/bluewave_kr88/223561109830"
N3 = "https://blog.naver.com/moonlit_cafe21/223558870012"
N4 = "https://cafe.naver.com/sportsbettingtalk/51207"
N5 = "https://cafe.naver.com/sportsbettingtalk/51233"
N6 = "https://cafe.naver.com/jackpotlounge/9981"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=470881234"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5521987"
N9 = "https://in.naver.com/%EC%9D%B8%EC%83%9D%EC%97%AD%EC%A0%84/contents/7712045"
N9_RAW = "https://in.naver.com/인생역전/contents/7712045"
N10 = "https://blog.naver.com/lucky7_seoul/223562001188"
N11 = "https://cafe.naver.com/jackpotlounge/10022"
N12 = "https://blog.naver.com/moonlit_cafe21/223559012344"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2 Kakao (Daum cafe, Tistory, Brunch), 5 items (drug sales)
K1 = "https://cafe.daum.net/greenleaf_trade/Hk3p/412"
K2 = "https://cafe.daum.net/greenleaf_trade/Hk3p/418"
K3 = "https://ice-crystal-shop.tistory.com/37"
K4 = "https://cafe.daum.net/nightmarket77/Xq1T/2051"
K5 = "https://brunch.co.kr/@smokeyhaze/14"
R2_ITEMS = [K1, K2, K3, K4, K5]

# R3 YouTube, 4 items (obscene live streams)
Y1 = "https://www.youtube.com/watch?v=kR7vQ2mZp0A"
Y2 = "https://www.youtube.com/watch?v=Tb9cWx41LsE"
Y3 = "https://www.youtube.com/shorts/u3Nf8aYqJ2k"
Y4 = "https://www.youtube.com/@hanbam_live_tv"
R3_ITEMS = [Y1, Y2, Y3, Y4]

# R4 DC Inside, 4 items (personal information exposure)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912045"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlifeinfo&no=33871"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlifeinfo&no=33904"
D4 = "https://gall.dcinside.com/mini/board/view/?id=sinsangtalk&no=1207"
R4_ITEMS = [D1, D2, D3, D4]

# R5 Band, 3 items (fraudulent investment solicitation)
B1 = "https://band.us/band/84417702/post/215"
B2 = "https://band.us/band/84417702/post/219"
B3 = "https://band.us/band/90126655/post/48"
R5_ITEMS = [B1, B2, B3]

# R6 NAVER, 2 items (unapproved diet pills)
M1 = "https://blog.naver.com/forest_pharm/223580440019"
M2 = "https://cafe.naver.com/dietpillmarket/3391"
R6_ITEMS = [M1, M2]

# R7 Kakao (Tistory), 1 item
S1 = "https://pillbox-direct.tistory.com/112"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", R1_ITEMS,
     "gambling", "시정요구 (불법 도박 광고), 12건"),
    (R2, "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", R2_ITEMS,
     "drugs", "마약류 판매 광고, Daum 카페·티스토리·브런치"),
    (R3, "youtube", "2024-09-09T09:00:00+09:00", "2024-09-16T18:00:00+09:00", R3_ITEMS,
     "obscenity", 'live streams, one channel "한밤라이브"'),
    (R4, "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", R4_ITEMS,
     "privacy", "개인정보 노출 (신상), 갤러리 3곳"),
    (R5, "band", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", R5_ITEMS,
     "fraud", "투자 리딩방 모집, 밴드 2곳"),
    (R6, "naver", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", R6_ITEMS,
     "medicine", "미허가 다이어트 의약품 판매"),
    (R7, "kakao", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00", [S1],
     "medicine", "전문의약품 판매, 1건"),
]
ITEM_REF = {u: r[0] for r in REQUESTS for u in r[4]}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0, tz="+0900"):
    dt = datetime.datetime(2024, 9, day, hh, mm, ss)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def subj(ref, text):
    return f"Re: [{ref}] {text}"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n")


def alternative(boundary, text, html, cte="8bit"):
    enc = (lambda s: s) if cte == "8bit" else (qp if cte == "quoted-printable" else b64)
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            f"{enc(text.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}\n"
            f"Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n"
            f"{enc(html.strip(chr(10)) + chr(10))}\n"
            f"--{boundary}--\n")


def quoted_request(ref, urls, style="gmail", when="2024년 9월 3일 (화) 오전 10:00"):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(삭제)를 요청드리오니 조치 후 결과를 회신하여 주시기 바랍니다. (관리번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    if style == "gmail":
        head = f"{when}, KCSC 통신심의 <takedown@kcsc.example>님이 작성:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    head = ("-----Original Message-----\n"
            "From: KCSC 통신심의 <takedown@kcsc.example>\n"
            "Sent: Tuesday, September 3, 2024 10:00 AM\n"
            "To: 게시물 신고 담당 <naver_report@navercorp.com>\n"
            f"Subject: [{ref}] 시정요구 요청\n")
    return head + "\n" + "\n".join(lines)


NAVER_FROM = "naver_report@navercorp.com"
KAKAO_FROM = "cleanreport@kakaocorp.com"
YT_FROM = "legal-support-kr@google.com"
DC_FROM = "operation@dcinside.com"
BAND_FROM = "report@band.us"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table-all12",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(6, 16, 41), subject=subj(R1, "시정요구 조치결과 회신"), reply_to_req=MID[R1],
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 통신심의 담당자
제목: 시정요구에 대한 조치결과 회신 ({R1})

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회에서 2024. 9. 3. 요청하신 불법 도박 광고 정보 12건에 대하여
   당사 운영정책 및 관련 법령에 따라 검토하였으며, 그 결과를 아래와 같이 회신합니다.

 연번 | URL | 조치결과
-----+-----------------------------------------------------------------------------+------------------------
 1    | {N1} | 삭제
 2    | {N2} | 삭제
 3    | {N3} | 게시중단
 4    | {N4} | 블라인드
 5    | {N5} | 게시물 없음 (작성자 삭제)
 6    | {N6} | 임시조치 (30일)
 7    | {N7} | 삭제
 8    | {N8} | 조치 불가 (위반 사항 미확인)
 9    | {N9} | 청소년 유해 표시 (성인 인증 후 열람)
 10   | {N10} | 삭제
 11   | {N11} | 존재하지 않는 게시물
 12   | {N12} | 비공개 처리

3. 8번 게시물은 스포츠 경기 분석 글로서 도박 사이트로의 유도 문구나 링크가
   확인되지 않아 게시를 유지하였습니다.

4. 문의 사항은 본 메일로 회신 주시기 바랍니다.  끝.

네이버 주식회사 Trust & Safety 게시물 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a pipe table (연번/URL/조치결과)",
    why="trusted NAVER reply listing every item of the request with its own outcome",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found",
           N6: "restricted", N7: "removed", N8: "rejected", N9: "restricted",
           N10: "removed", N11: "not_found", N12: "removed"},
)

html2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시물 신고센터입니다.</p>
<p>{R1} 시정요구 건 중 1차 처리분의 조치 결과를 아래 표로 안내드립니다.<br>
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>2024-09-05 15:10</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>블라인드</td><td>2024-09-05 15:12</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>접속차단 (국내)</td><td>2024-09-05 15:20</td></tr>
<tr><td>4</td><td><a href="{N8}">{N8}</a></td><td>검토 중</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N10}">{N10}</a></td><td>게시중단</td><td>2024-09-05 15:31</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>감사합니다.<br>네이버 Trust &amp; Safety</p>
</body></html>"""
text2 = f"""안녕하세요. 네이버 게시물 신고센터입니다.

{R1} 시정요구 건 중 1차 처리분의 조치 결과입니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

1. {N2} - 삭제 (2024-09-05 15:10)
2. {N4} - 블라인드 (2024-09-05 15:12)
3. {N6} - 접속차단 (국내) (2024-09-05 15:20)
4. {N8} - 검토 중
5. {N10} - 게시중단 (2024-09-05 15:31)

운영정책 안내: https://policy.naver.com/policy/service_group.html

감사합니다.
네이버 Trust & Safety"""
case(
    name="naver-html-table-first-batch",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(5, 15, 48), subject=subj(R1, "시정요구 1차 조치결과"), reply_to_req=MID[R1],
    raw_mime=alternative("==nv575b2==", text2, html2),
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 HTML table (1차 처리분) with a plain-text alternative",
    why="four items with a stated outcome; the one marked 검토 중 (under review) stays pending; the policy link is no item",
    items={N2: "removed", N4: "removed", N6: "restricted", N8: "pending", N10: "removed"},
)

csv3 = ("\ufeff번호,게시물 URL,조치결과,조치일자\n"
        f"1,{N1},삭제,2024-09-04\n"
        f"2,{N3},삭제,2024-09-04\n"
        f"3,{N5},게시물 없음(작성자 삭제),2024-09-04\n"
        f"4,{N7},삭제,2024-09-04\n"
        f"5,{N9},임시조치,2024-09-04\n"
        f"6,{N11},삭제,2024-09-04\n")
case(
    name="naver-csv-attachment",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(4, 18, 2), subject=subj(R1, "조치결과 송부 (첨부)"), reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv575b3=="

--==nv575b3==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 게시물 신고센터입니다.

요청하신 건({R1})에 대한 게시물별 조치 결과를 첨부 파일(CSV)로 송부드립니다.
첨부 파일에 없는 게시물은 현재 확인 중입니다.

감사합니다.

--==nv575b3==
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv3)}
--==nv575b3==--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending a per-URL result sheet as a CSV attachment (UTF-8 with BOM)",
    why="the CSV states an outcome for six items; 게시물 없음(작성자 삭제) is not_found, 임시조치 restricted",
    items={N1: "removed", N3: "removed", N5: "not_found", N7: "removed", N9: "restricted", N11: "removed"},
)

case(
    name="naver-prose-blog-and-cafe",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(18, 14, 5), subject=subj(R6, "게시물 조치 결과 안내"), reply_to_req=MID[R6],
    body=f"""
안녕하세요. 네이버 게시물 신고센터 담당자입니다.

요청하신 블로그 게시물 {M1} 은(는)
의약품 불법 판매에 해당하여 운영정책에 따라 삭제 조치하였습니다.

함께 요청하신 카페 게시글 {M2} 의 경우,
저희가 확인했을 때 이미 작성자가 글을 지운 상태여서 별도의 조치를 하지 못했습니다.

추가로 확인이 필요하신 부분이 있으면 이 메일로 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 prose reply (블로그 삭제, 카페 글은 작성자가 이미 삭제)",
    why="two items named, one deleted by NAVER, the other already deleted by its author",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "kim.jiwoo@navercorp.com"}, name_from="김지우",
    date=d(18, 17, 26), subject=subj(R6, "다이어트 의약품 판매 게시물"), reply_to_req=MID[R6],
    body=f"""
안녕하세요, 네이버 김지우입니다.

말씀하신 두 건 처리 결과 공유드립니다.

- 블로그 글 {M1}
  : 권리침해/불법정보 검토 절차에 따라 임시조치(30일)했습니다.
- 카페 글 {M2}
  : 카페 매니저 확인 후 삭제 완료되었습니다.

감사합니다.
김지우 드림

{quoted_request(R6, R6_ITEMS, when="2024년 9월 17일 (화) 오전 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER employee top-posted over the regulator's Gmail-quoted request",
    why="each URL gets its own outcome above the quote; the quoted request below repeats them without status",
    items={M1: "restricted", M2: "removed"},
)

case(
    name="naver-url-then-status-below",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(9, 11, 15), subject=subj(R1, "추가 처리 결과"), reply_to_req=MID[R1],
    body=f"""
안녕하세요.
{R1} 건 중 남아 있던 게시물의 처리 결과입니다.

{N10}
→ 삭제 완료

{N11}
→ 카페 운영진을 통해 게시글 삭제 조치 완료

{N12}
→ 작성자가 탈퇴하여 이미 없어진 글입니다 (조치 대상 없음)

이상입니다.
네이버 게시물 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each bare URL followed by an arrow line giving the result",
    why="status on the line below each URL; the third post was already gone before NAVER acted",
    items={N10: "removed", N11: "removed", N12: "not_found"},
)

qp7 = f"""안녕하세요. 네이버 게시물 신고센터입니다.

요청번호 {R1} 관련하여 지식iN과 포스트 게시물 검토 결과를 알려드립니다.

1) 지식iN 답변 {N7}
   도박 사이트 홍보 문구가 확인되어 해당 답변을 삭제하였습니다.

2) 포스트 {N8}
   내용을 확인한 결과 경기 결과 분석 글로서 도박 광고에 해당하지 않는다고
   판단하였습니다. 이에 따라 게시를 유지합니다.

판단에 이견이 있으시면 근거 자료와 함께 다시 요청해 주시기 바랍니다.
감사합니다."""
case(
    name="naver-quoted-printable-kin-and-post",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(6, 10, 3), subject=subj(R1, "지식iN/포스트 검토 결과"), reply_to_req=MID[R1],
    raw_mime=single("text/plain", "quoted-printable", qp(qp7)),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in a quoted-printable UTF-8 body (removal plus a refusal with its reason)",
    why="the KiN answer is deleted; the Post is kept because NAVER judged it not to be gambling advertising",
    items={N7: "removed", N8: "rejected"},
)

html8 = f"""<html><body>
<div>안녕하세요, 네이버 게시물 신고센터입니다.</div>
<div><br></div>
<div>{R1} 건 가운데 아래 두 건의 조치 결과를 안내드립니다.</div>
<ul>
<li><a href="{N9_RAW}">{N9_RAW}</a> &ndash; 청소년 유해 콘텐츠로 지정하여 만 19세 미만 이용자의 열람을 제한하였습니다.</li>
<li><a href="{N3}">{N3}</a> &ndash; 게시중단 처리하였습니다.</li>
</ul>
<div>감사합니다.</div>
</body></html>"""
case(
    name="naver-base64-html-korean-path",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(7, 9, 40), subject=subj(R1, "조치 결과 안내"), reply_to_req=MID[R1],
    raw_mime=single("text/html", "base64", b64(html8)),
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice sent base64-encoded, with the influencer URL written with its raw Korean path",
    why="raw Korean path matches the percent-encoded item; age-gating is restricted, 게시중단 removed",
    items={N9: "restricted", N3: "removed"},
)

case(
    name="kakao-imsi-notice",
    **{"from": KAKAO_FROM}, name_from="카카오 권리침해신고센터",
    date=d(6, 13, 12), subject=subj(R2, "게시물 임시조치 및 삭제 결과 안내"), reply_to_req=MID[R2],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 건({R2})에 대하여 아래와 같이 처리하였음을 알려드립니다.

■ 임시조치 (30일간 접근 차단)
  - {K1}
  - {K2}
  위 게시물은 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
  30일간 다른 이용자가 볼 수 없도록 임시조치되었습니다.

■ 삭제
  - {K3}
  티스토리 운영정책(불법 의약품·마약류 거래 금지) 위반이 명백하여 게시물을 삭제하였습니다.

임시조치 기간 동안 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
자세한 내용은 고객센터 도움말(https://cs.kakao.com/helps?service=7)을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치(30일) notice with a separate deletion section",
    why="two posts under 임시조치 (access blocked for 30 days: restricted), one deleted; the note on later deletion is a condition, not a statement",
    items={K1: "restricted", K2: "restricted", K3: "removed"},
)

case(
    name="kakao-daum-numbered-list",
    **{"from": "cafe_operation@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(9, 10, 50), subject=subj(R2, "Daum 카페 / 브런치 게시물 처리 결과"), reply_to_req=MID[R2],
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물 중 아래 두 건의 결과를 전달드립니다.

1. {K4}
   카페 운영원칙 위반(불법 상품 거래)으로 운영자 삭제하였습니다.
2. {K5}
   해당 주소로는 글이 조회되지 않습니다. 존재하지 않는 글로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations team numbered-list reply (운영자 삭제 / 존재하지 않는 글)",
    why="daum.net is a Kakao sender domain; one post deleted by the operator, the Brunch post does not exist",
    items={K4: "removed", K5: "not_found"},
)

case(
    name="kakao-tistory-sole-statement",
    **{"from": KAKAO_FROM}, name_from="카카오 권리침해신고센터",
    date=d(19, 11, 2), subject=subj(R7, "티스토리 게시물 조치 완료"), reply_to_req=MID[R7],
    body=f"""
안녕하세요. 카카오입니다.

요청번호 {R7} 로 접수된 티스토리 게시글을 확인하였으며,
전문의약품 판매 게시물에 해당하여 삭제 처리를 완료하였습니다.

감사합니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="short Kakao completion notice that names the request number but not the URL",
    why="one-item request: an unhedged 'deleted' naming the request applies to its only item",
    items={S1: "removed"},
)

case(
    name="kakao-tistory-refusal",
    **{"from": KAKAO_FROM}, name_from="카카오 권리침해신고센터",
    date=d(19, 15, 44), subject=subj(R7, "검토 결과 안내"), reply_to_req=MID[R7],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 {S1} 게시글을 검토하였습니다.
해당 글은 본인이 처방받은 약의 복용 후기로, 판매나 구매를 유도하는 내용은 확인되지 않았습니다.
따라서 운영정책상 삭제 대상에 해당하지 않아 별도 조치 없이 게시를 유지합니다.

추가 근거가 있으시면 다시 요청해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal explaining why a Tistory post stays up",
    why="explicit refusal with its reason for the only item",
    items={S1: "rejected"},
)

case(
    name="yt-legal-outcome-english",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date=d(11, 8, 20, tz="+0000"), subject=f"Re: [{R3}] Legal removal request - outcome",
    reply_to_req=MID[R3],
    body=f"""
Hello,

Thank you for your request regarding the content listed below ({R3}).

After review, we have blocked the following videos from view in South Korea
based on local law:

{Y1}
{Y2}

In addition, the following Short was removed from YouTube globally for
violating our Community Guidelines:

{Y3}

For more information about our policies, see
https://support.google.com/youtube/answer/2801939

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email (local-law block in KR plus a Community Guidelines removal)",
    why="two videos geo-blocked in Korea (restricted), one removed worldwide; the help link is no item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-korean-mixed-outcomes",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date=d(12, 16, 5), subject=f"[{R3}] 신고하신 콘텐츠 검토 결과", reply_to_req=MID[R3],
    body=f"""
안녕하세요.

YouTube에 신고해 주신 콘텐츠를 검토한 결과를 알려드립니다.

• 아래 Shorts 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.
  {Y3}

• 아래 채널은 커뮤니티 가이드를 반복적으로 위반하여 종료되었습니다.
  {Y4}

• 아래 동영상은 검토 결과 커뮤니티 가이드 또는 현지 법률 위반 사항이 확인되지 않아
  조치하지 않았습니다.
  {Y1}

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language review outcome with bullet groups (삭제 / 채널 종료 / 조치하지 않음)",
    why="Short removed, channel terminated (removed), one video found not violating (rejected)",
    items={Y3: "removed", Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-age-restriction-and-gone",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date=d(13, 2, 11, tz="+0000"), subject=f"Re: [{R3}] Follow-up on remaining URLs", reply_to_req=MID[R3],
    body=f"""
Hi there,

Following up on the remaining URLs from your request {R3}:

- {Y2} : we have applied an age restriction to this video. It is no longer
  viewable by signed-out users or users under 18.
- {Y1} : this video had already been deleted by the uploader before our review,
  so no further action was needed.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up: age restriction applied, video already deleted by the uploader",
    why="age-restricted is restricted; deleted by its uploader before review is not_found",
    items={Y2: "restricted", Y1: "not_found"},
)

case(
    name="dc-operator-informal",
    **{"from": DC_FROM}, name_from="디시인사이드 운영팀",
    date=d(12, 19, 33), subject=subj(R4, "신상 노출 게시물 건"), reply_to_req=MID[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 확인해서 아래 두 개는 삭제했습니다~
{D1}
{D2}

그리고 {D3} 글은 작성자가 먼저 지워서 지금은 남아있지 않습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply (삭제했습니다~ / 작성자가 먼저 지움)",
    why="two posts deleted by the operator, one already deleted by its author",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-numbered",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d(13, 10, 0), subject=f"[회신] {R4} 시정요구 조치결과 통보", reply_to_req=MID[R4],
    body=f"""
문서번호: 디시-법무-2024-0913-02
수    신: 방송통신심의위원회
제    목: 시정요구 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 ({R4}, 2024. 9. 11.)
3. 위 호와 관련하여 당사는 아래와 같이 조치하였음을 통보합니다.

  가. {D1} : 삭제
  나. {D2} : 삭제
  다. {D3} : 삭제
  라. {D4} : 해당 미니 갤러리 게시물 접근 제한 (국내)

붙임: 없음.  끝.

(주)디시인사이드 법무팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (문서번호/수신/제목, 1. 2. 3., 가. 나. 다. 라.) 조치결과 통보",
    why="each item given its own result; 접근 제한 (국내) is restricted",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "restricted"},
)

case(
    name="dc-angle-brackets-particles",
    **{"from": DC_FROM}, name_from="디시인사이드 운영팀",
    date=d(14, 9, 12), subject=subj(R4, "처리 결과"), reply_to_req=MID[R4],
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

<{D2}>은 개인정보 노출로 확인되어 삭제하였습니다.
<{D4}>는 게시물이 존재하지 않습니다. 주소를 다시 한 번 확인 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with URLs in angle brackets followed directly by Korean particles",
    why="one post deleted, one does not exist",
    items={D2: "removed", D4: "not_found"},
)

case(
    name="band-report-result",
    **{"from": BAND_FROM}, name_from="BAND 고객센터",
    date=d(17, 14, 30), subject=subj(R5, "신고하신 게시글 처리 결과"), reply_to_req=MID[R5],
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글을 확인한 결과를 안내해 드립니다.

{B1}
{B2}
위 두 게시글은 밴드 운영정책(사기·불법 금융 행위)을 위반하여 삭제하였습니다.

{B3}
위 게시글은 밴드 리더 확인 후 비공개 처리하였습니다.

건강한 밴드 문화를 위해 협조해 주셔서 감사합니다.
BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 report result (URLs first, then the statement for them)",
    why="statement below two URLs covers both; 비공개 처리 of the third is removed; the policy link is no item",
    items={B1: "removed", B2: "removed", B3: "removed"},
)

case(
    name="band-fullwidth-punctuation",
    **{"from": BAND_FROM}, name_from="BAND 고객센터",
    date=d(18, 10, 5), subject=subj(R5, "처리 결과 안내"), reply_to_req=MID[R5],
    body=f"""
안녕하세요。BAND 고객센터입니다。

요청번호：{R5}

・{B1}：게시글 삭제 완료。
・{B3}：운영정책 위반 사항이 확인되지 않아 게시글을 유지합니다（조치 없음）。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="BAND reply typed with full-width punctuation (：、。（）) after each URL",
    why="one post deleted; one kept because no policy breach was found (rejected)",
    items={B1: "removed", B3: "rejected"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "park.seoyeon@navercorp.com"}, name_from="박서연",
    date=d(4, 11, 20), subject=f"RE: [{R1}] 시정요구 요청", reply_to_req=MID[R1],
    body=f"""
위원회 담당자님 안녕하세요.

먼저 확인된 두 건 우선 회신드립니다.
{N1} 블로그 글은 삭제했고,
{N4} 카페 글은 블라인드 처리했습니다.

나머지는 확인되는 대로 정리해서 다시 보내드리겠습니다.

박서연 | NAVER Trust & Safety

{quoted_request(R1, R1_ITEMS, style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER employee above '-----Original Message-----' with the full request below",
    why="two items named above the quote with their result; the other ten appear only in the quoted request",
    items={N1: "removed", N4: "removed"},
)

case(
    name="kakao-english-trust-safety",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(10, 17, 2), subject=f"RE: {R2} - result of review", reply_to_req=MID[R2],
    body=f"""
Dear KCSC team,

Please find below the result of our review for request {R2}.

1. {K1} - removed (Daum Cafe post deleted by Kakao)
2. {K2} - removed (Daum Cafe post deleted by Kakao)
3. {K3} - temporarily blocked for 30 days (임시조치) pending the blog owner's response

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply with a numbered result list",
    why="two removals, one 임시조치 (restricted)",
    items={K1: "removed", K2: "removed", K3: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(17, 18, 10), subject=subj(R6, "접수 및 처리 안내"), reply_to_req=MID[R6],
    body=f"""
안녕하세요. 네이버 게시물 신고센터입니다.

보내주신 요청은 접수번호 NV-20240917-55102 로 접수되었습니다.

접수와 동시에 확인된 블로그 게시물 {M1} 은 삭제되었습니다.
카페 게시글 {M2} 은 카페 매니저 소명 절차를 거친 뒤 조치할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice (접수번호) that also reports one result and one promise",
    why="acknowledgement phrase plus an unhedged deletion is not a pure receipt; the cafe post is only promised",
    items={M1: "removed", M2: "pending"},
)

case(
    name="yt-statement-of-reasons",
    **{"from": "noreply-dsa@google.com"}, name_from="Google Legal",
    date=d(14, 5, 30, tz="+0000"), subject=f"Decision on your notice [{R3}] - Ref 8-4417002651",
    reply_to_req=MID[R3],
    body=f"""
Statement of reasons

Notice reference: 8-4417002651
Your reference: {R3}

Content: {Y4}
Decision: Access to this channel has been restricted in South Korea.
Ground: Local law (Republic of Korea)
Automated detection used: No

Content: {Y2}
Decision: No action taken. We did not find that this content violates our
policies or local law.
Ground: Not applicable
Automated detection used: No

You may have other options, including redress through the courts:
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube DSA-style statement of reasons, one block per piece of content",
    why="the channel is restricted in Korea; the other video is refused with a reason (rejected)",
    items={Y4: "restricted", Y2: "rejected"},
)

case(
    name="naver-echoed-report-blocks",
    **{"from": "noreply_report@naver.com"}, name_from="NAVER 신고센터",
    date=d(8, 13, 0), subject=f"[NAVER] 신고하신 게시물의 처리 결과를 알려드립니다 ({R1})",
    reply_to_req=MID[R1],
    body=f"""
신고하신 게시물의 처리 결과를 알려드립니다.

────────────────────────
[신고 내용]
신고 URL : {N3}
신고 사유 : 불법 도박 광고
신고 일시 : 2024.09.03 10:00

[처리 결과]
게시중단
────────────────────────
[신고 내용]
신고 URL : {N6}
신고 사유 : 불법 도박 광고
신고 일시 : 2024.09.03 10:00

[처리 결과]
운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.
────────────────────────

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER automatic report-result mail echoing each report block (신고 내용 / 처리 결과)",
    why="echoed report blocks each end with the platform's own result: 게시중단 and a refusal",
    items={N3: "removed", N6: "rejected"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "lee.hyunsu@navercorp.com"}, name_from="이현수",
    date=d(5, 10, 21), subject=subj(R1, "지식iN, 블로그 건"), reply_to_req=MID[R1],
    body=f"""
안녕하세요, NAVER 이현수입니다.

요청 건 중 아래 두 개는 삭제 처리 끝났습니다.

{N2}
https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=
470881234

나머지 건은 담당 부서별로 확인 후 따로 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="employee reply whose mail client hard-wrapped a long KiN URL after 'docId='",
    why="the wrapped URL is the KiN item to a human reader; both named posts are deleted",
    items={N2: "removed", N7: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-delete",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(4, 9, 5), subject=subj(R1, "처리 예정 안내"), reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 게시물 신고센터입니다.

요청하신 게시물 중
{N2}
{N5}
위 두 건은 내부 검토를 마치는 대로 삭제 조치될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER '삭제 조치될 예정입니다' promise naming two URLs",
    why="a promise is no statement: the named items stay pending and a person must look",
    items={N2: "pending", N5: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": KAKAO_FROM}, name_from="카카오 권리침해신고센터",
    date=d(6, 9, 55), subject=subj(R2, "문의 건 회신"), reply_to_req=MID[R2],
    body=f"""
안녕하세요, 카카오입니다.

{K1} 게시물은 저희가 확인할 당시 이미 삭제된 것으로 보입니다만,
카페 운영자 측 기록을 아직 받지 못해 정확한 처리 경위는 확인 중입니다.
{K2} 게시물도 함께 확인하고 있으며, 확인되는 대로 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao hedged reply ('삭제된 것으로 보입니다', '확인 중')",
    why="hedge and 'checking' are no statements; named items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(10, 17, 45), subject=subj(R1, "조치 완료"), reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 게시물 신고센터입니다.

{R1} 으로 요청하신 게시물 12건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line '요청하신 게시물 12건 전체 게시중단 완료' without the list",
    why="statement about all items of a twelve-item request without naming each: bulk review",
    items={u: "pending" for u in R1_ITEMS},
)

case(
    name="band-bulk-all-reported",
    **{"from": BAND_FROM}, name_from="BAND 고객센터",
    date=d(19, 9, 20), subject=subj(R5, "처리 완료 안내"), reply_to_req=MID[R5],
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청번호 {R5} 로 신고하신 게시글은 모두 확인 후 삭제 처리했습니다.
이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND '신고하신 게시글은 모두 삭제' completion notice",
    why="three-item request, one statement covering all without naming them: bulk",
    items={B1: "pending", B2: "pending", B3: "pending"},
)

case(
    name="dc-auth-fail",
    **{"from": DC_FROM}, name_from="디시인사이드 운영팀", auth="fail",
    date=d(12, 8, 41), subject=subj(R4, "처리 결과"), reply_to_req=MID[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D1} 삭제 완료
{D2} 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result mail whose DKIM/SPF/DMARC fail",
    why="sender domain is the platform's but authentication fails: no status changes",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-blog-author-gmail",
    **{"from": "forest.pharm.owner@gmail.com"}, name_from="숲속약방",
    date=d(18, 22, 14), subject=f"Re: [{R6}] 블로그 게시물 관련", reply_to_req=MID[R6],
    body=f"""
안녕하세요 블로그 운영자입니다.
네이버에서 연락받고 말씀하신 글 {M1} 제가 직접 지웠습니다.
앞으로 이런 글 올리지 않겠습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a blog owner writing from a personal webmail account to say they deleted the post",
    why="not a platform domain: the author's word does not change the status",
    items={M1: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": KAKAO_FROM}, name_from="카카오 권리침해신고센터",
    date=d(18, 16, 0), subject=f"Re: [{R6}] 게시물 삭제 요청", reply_to_req=MID[R6],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 요청({R6})의 게시물은 당사 서비스가 아닌 네이버 서비스의 게시물입니다.
참고로 당사에서 확인해 보니 {M1} 은 현재 존재하지 않는 게시물로 나타납니다.
해당 서비스 운영사로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a misdirected request, commenting on a NAVER blog URL",
    why="Kakao states a status for a NAVER item: wrong platform, item stays pending",
    items={M1: "pending"},
)

case(
    name="naver-asks-legal-basis",
    **{"from": NAVER_FROM}, name_from="네이버 게시물 신고센터",
    date=d(5, 14, 30), subject=subj(R1, "추가 자료 요청"), reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 게시물 신고센터입니다.

요청하신 건 중 카페 게시글
{N4}
{N5}
에 대해서는 해당 게시물이 도박 사이트 광고에 해당한다고 판단하신 근거(심의 의결서 또는
관련 캡처 자료)를 보내주시면 검토를 진행하겠습니다.

자료 회신 전까지 위 두 건은 처리가 보류됩니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결서/캡처) before acting",
    why="the platform asks for documents; nothing is stated about the items",
    items={N4: "pending", N5: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "public_cooperation@navercorp.com"}, name_from="NAVER 대외협력",
    date=d(16, 10, 0), subject="[안내] 공공기관 협조 요청 접수 창구 변경 안내",
    body="""
안녕하세요. 네이버 대외협력 담당입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: 이메일 접수
 - 변경 후: 공공기관 전용 접수 페이지 (https://help.naver.com/public-request)

기존에 접수된 건은 종전과 같이 이메일로 회신드립니다.
이용에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER 대외협력 notice announcing a new intake channel for public bodies",
    why="trusted NAVER mail that names no item and refers to no request",
    items={},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": YT_FROM}, name_from="YouTube Legal Support",
    date=d(10, 7, 5, tz="+0000"), subject=f"Re: [{R3}] Update on your request", reply_to_req=MID[R3],
    body=f"""
Hello,

We have notified the uploader of {Y1} about your request. If the uploader
does not respond within 10 business days, the video will be removed.

{Y2} is still under review by our team and we will get back to you once a
decision has been made.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube update giving a conditional removal and 'still under review'",
    why="a condition and 'under review' are no statements; both named items stay pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="kakao-contradicting-itself",
    **{"from": "cafe_operation@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(10, 11, 30), subject=subj(R2, "처리 결과"), reply_to_req=MID[R2],
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

[처리 결과]
{K4} : 삭제

[상세 안내]
{K4} 게시글은 검토 결과 운영원칙 위반 사항이 없어 게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="Daum cafe result mail whose summary line and detail paragraph disagree",
    why="the same post is called deleted and kept in one email: a person must decide",
    items={K4: "pending"},
)

case(
    name="yt-uploader-lawyer",
    **{"from": "kim.counsel@hanbit-law.example"}, name_from="법무법인 한빛 김도윤 변호사",
    date=d(12, 13, 15), subject=f"[{R3}] 관련 동영상 처리 경과 (의뢰인 대리)",
    body=f"""
방송통신심의위원회 담당자님께

저희 법무법인은 유튜브 채널 한밤라이브 운영자를 대리하고 있습니다.
의뢰인은 귀 위원회의 요청({R3})을 전달받고 아래 영상을 스스로 삭제하였습니다.

- {Y1}
- {Y3}

채널({Y4})은 운영을 계속할 예정이며, 이에 관하여는 의견을 제출하고자 합니다.

법무법인 한빛 변호사 김도윤 드림
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's law firm reporting self-deletion",
    why="a law firm is not the platform: nothing changes, the claims need a person",
    items={Y1: "pending", Y3: "pending", Y4: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    **{"from": "park.seoyeon@navercorp.com"}, name_from="박서연",
    date=d(3, 10, 1), subject=f"[자동회신] 부재중입니다 (Re: [{R1}] 시정요구 요청)",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박서연입니다.

9월 3일(화)부터 9월 5일(목)까지 휴가로 부재중입니다.
급한 건은 Trust & Safety 공용 메일(naver_report@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply from a NAVER employee",
    why="auto-reply: nothing about items",
    items={},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(5, 11, 31), subject=f"Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn575=="

--==dsn575==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<rights-old@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1 User unknown

--==dsn575==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: {d(5, 11, 30)}

Final-Recipient: rfc822; rights-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--==dsn575==
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: rights-old@kakaocorp.com
Subject: [{R2}] 시정요구 요청
Message-ID: <{MID[R2]}@kcsc.example>
Date: {d(5, 11, 30)}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구(삭제)를 요청드립니다. ({R2})

1. {K1}
2. {K2}
3. {K3}
4. {K4}
5. {K5}

--==dsn575==--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN (550 user unknown) returning the regulator's request",
    why="a bounce of our own request; the URLs are ours",
    items={},
)

case(
    name="band-mdn-read-receipt",
    **{"from": BAND_FROM}, name_from="BAND 고객센터",
    date=d(16, 10, 44), subject=f"읽음: [{R5}] 시정요구 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn575=="

--==mdn575==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [{R5}] 시정요구 요청
읽은 시각: 2024-09-16 10:44

--==mdn575==
Content-Type: message/disposition-notification

Reporting-UA: band.us; Webmail
Final-Recipient: rfc822; report@band.us
Original-Message-ID: <{MID[R5]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn575==--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, displayed) for the request",
    why="read receipt: says nothing about items",
    items={},
)

case(
    name="yt-ticket-acknowledgement",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date=d(9, 1, 2, tz="+0000"), subject=f"[{R3}] We received your request - Ref 8-4417002651",
    reply_to_req=MID[R3],
    body="""
Hello,

Thanks for reaching out to us. We have received your legal request and
assigned it the reference number 8-4417002651. Please keep this number for
any follow-up.

Our team will review the request and contact you if we need more information.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal webform receipt with a reference number",
    why="pure acknowledgement: no item, no result",
    items={},
)

case(
    name="dc-receipt-korean",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d(11, 14, 5), subject=f"[디시인사이드] 문의가 접수되었습니다 ({R4})",
    reply_to_req=MID[R4],
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: DC-0911-30417

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
본 메일은 발신 전용이므로 회신하셔도 답변을 받으실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside helpdesk ticket receipt (문의가 접수되었습니다, 접수번호)",
    why="pure receipt: nothing about items",
    items={},
)

case(
    name="yt-ooo-english",
    **{"from": "jhan@google.com"}, name_from="Jiho Han",
    date=d(9, 0, 5, tz="+0000"), subject=f"Automatic reply: [{R3}] 시정요구 요청",
    reply_to_req=MID[R3],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until September 16 with
limited access to email. For urgent legal requests please use the
YouTube legal webform. I will respond when I return.

Jiho
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style English automatic reply from a Google employee",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 575 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, Band.
# Written by tests/corpus/blind575/make.py from each email's meaning, before
# the reader was run on it. Each case is ingested alone into a fresh ledger
# holding requests.csv.
"""


def encode_headers(c):
    """Korean display names and subjects as RFC 2047 encoded-words, as
    Korean webmail sends them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    for c in CASES:
        for u in c.get("items", {}):
            assert u in ITEM_REF, u
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
