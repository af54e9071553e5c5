#!/usr/bin/env python3
"""Blind set 239: Korean portals (NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND) answering the regulator in Korean: 공문-style replies,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies.

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind239/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240910-07",
)
MID = {r: "sr." + r[5:].lower() + "@kcsc.example" for r in (R1, R2, R3, R4, R5, R6, R7)}
REPLY = {r: MID[r].split("@")[0] for r in MID}

# NAVER, illegal gambling, 12 items (the largest request)
N1 = "https://blog.naver.com/lucky_jade77/223550101"
N2 = "https://blog.naver.com/lucky_jade77/223550188"
N3 = "https://blog.naver.com/sbt_winline/223561420"
N4 = "https://cafe.naver.com/totohub24/3381"
N5 = "https://cafe.naver.com/totohub24/3402"
N6 = "https://cafe.naver.com/totohub24/3415"
N7 = "https://cafe.naver.com/bettingroom9/771"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=470112233"
N9 = "https://blog.naver.com/night_casino_k/223570008"
N10 = "https://in.naver.com/pokerking_ko/contents/internal/712200331"
N11 = "https://m.blog.naver.com/slotmania_88/223580117"
N12 = "https://cafe.naver.com/bettingroom9/802"
# Kakao: Daum cafe, Tistory (Korean slug), Kakao channel; obscene content
K1 = "https://cafe.daum.net/nightview21/Ab3k/118"
K2 = "https://cafe.daum.net/nightview21/Ab3k/131"
K3_RAW = "https://redmoon-archive.tistory.com/entry/신작-유출-모음"
K3 = "https://redmoon-archive.tistory.com/entry/" + quote("신작-유출-모음")
K4 = "https://redmoon-archive.tistory.com/52"
K5 = "https://pf.kakao.com/_xgLmTb/104522199"
# YouTube, illegal gambling promotion
Y1 = "https://www.youtube.com/watch?v=Qm3xT8pLw2A"
Y2 = "https://www.youtube.com/watch?v=h7RzK0vNc5E"
Y3 = "https://www.youtube.com/shorts/b9WdL4yTq1M"
Y4 = "https://www.youtube.com/@slotking_kr7"
# DC Inside, disclosure of personal information
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinstreet&no=558120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinstreet&no=558177"
D4 = "https://gall.dcinside.com/mini/board/view/?id=leakroom&no=3310"
# BAND, illegal medicine sales
B1 = "https://band.us/band/80112233/post/1042"
B2 = "https://band.us/band/80112233/post/1057"
# NAVER, one item, illegal diet medicine
S1 = "https://blog.naver.com/herbal_diet_shop/223590045"
# Kakao, one item, drugs
S2 = "https://cafe.daum.net/icecrystal77/Rq9F/45"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", "illegal_gambling",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], "도박 사이트 홍보 게시물 (블로그, 카페, 지식iN)"),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", "obscene",
     [K1, K2, K3, K4, K5], "음란물 유통 (다음 카페, 티스토리, 카카오 채널)"),
    (R3, "youtube", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00", "illegal_gambling",
     [Y1, Y2, Y3, Y4], "불법 슬롯 사이트 홍보 영상 및 채널"),
    (R4, "dcinside", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", "privacy",
     [D1, D2, D3, D4], "개인정보 노출 게시물"),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_food_drug",
     [B1, B2], "전문의약품 불법 판매 게시글"),
    (R6, "naver", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", "illegal_food_drug",
     [S1], "부정 다이어트 의약품 판매"),
    (R7, "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", "drugs",
     [S2], "마약류 판매 광고"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref], note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, raw=None):
    """The regulator's own request, as platforms quote it back."""
    raw = raw or {}
    lines = [
        "방송통신심의위원회 통신심의국",
        f"문서번호: {ref}",
        "제목: 불법정보에 대한 시정요구",
        "",
        "아래 정보는 「정보통신에 관한 심의규정」에 위반되므로 해당 정보의 삭제 또는",
        "접속차단을 요구합니다. 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw.get(u, u)}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def quote_gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== APPLIED (26)

case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 16:20:05 +0900",
    subject=f"[회신] 시정요구에 대한 조치결과 통보 ({R1})",
    reply_to_req=REPLY[R1],
    body=f"""
네이버 주식회사

수신: 방송통신심의위원회 통신심의국
(경유)
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 문서번호 {R1}(2024.9.3.)와 관련하여, 당사 서비스에 게시된
   정보에 대한 조치결과를 아래와 같이 통보합니다.

  - 아 래 -

 연번 | URL                                              | 조치결과
 -----+--------------------------------------------------+------------------------------
  1   | {N1}    | 삭제
  2   | {N2}    | 삭제
  3   | {N3}    | 게시중단
  4   | {N4}           | 임시조치(접근제한 30일)
  5   | {N5}           | 게시물 없음(작성자 삭제)
  6   | {N6}           | 미조치(위반사항 확인되지 않음)

3. 나머지 게시물(연번 7~12)은 확인 후 별도로 회신드리겠습니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 정책지원팀 윤서진 / 전화 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (수신/제목/아래) 조치결과 통보 with a pipe text table",
    why="one row per URL: 삭제/게시중단 removed, 임시조치 restricted, 작성자 삭제 not found, 미조치 rejected; rows 7-12 only promised",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "rejected"},
)

case(
    name="naver-html-result-table",
    **{"from": "noreply-kcsc@navercorp.com"},
    name_from="NAVER 게시물 신고센터",
    date="Wed, 11 Sep 2024 10:05:44 +0900",
    subject=f"[NAVER] 시정요구 조치결과 안내 - {R1}",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 게시물 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구({R1}) 중 남은 6건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>대상 URL</th><th>서비스</th><th>처리결과</th><th>처리일</th></tr>
<tr><td>7</td><td><a href="{N7}">{N7}</a></td><td>카페</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>8</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>지식iN</td><td>답변 삭제</td><td>2024-09-10</td></tr>
<tr><td>9</td><td><a href="{N9}">{N9}</a></td><td>블로그</td><td>블라인드</td><td>2024-09-10</td></tr>
<tr><td>10</td><td><a href="{N10}">{N10}</a></td><td>인플루언서</td><td>비공개 처리</td><td>2024-09-11</td></tr>
<tr><td>11</td><td><a href="{N11}">{N11}</a></td><td>블로그</td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td>12</td><td><a href="{N12}">{N12}</a></td><td>카페</td><td>임시조치</td><td>2024-09-11</td></tr>
</table>
<p>처리 기준은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>을 참고하시기 바랍니다.</p>
<p>감사합니다.<br>NAVER 게시물 신고센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시물 신고센터 HTML result table (처리결과 column)",
    why="HTML table rows: 삭제, 답변 삭제, 블라인드, 비공개 removed; 존재하지 않는 not found; 임시조치 restricted; policy link is no item",
    items={N7: "removed", N8: "removed", N9: "removed", N10: "removed", N11: "not_found", N12: "restricted"},
)

_csv_rows = [
    ("1", N1, "삭제", "2024-09-06", ""),
    ("2", N2, "삭제", "2024-09-06", ""),
    ("3", N3, "게시중단", "2024-09-06", ""),
    ("4", N4, "임시조치", "2024-09-06", "30일"),
    ("5", N5, "게시물 없음", "", "작성자가 이미 삭제"),
    ("6", N6, "유지", "", "도박 관련 내용 확인되지 않음"),
    ("7", N7, "삭제", "2024-09-10", ""),
    ("8", N8, "삭제", "2024-09-10", "지식iN 답변"),
    ("9", N9, "블라인드", "2024-09-10", ""),
    ("10", N10, "비공개", "2024-09-11", ""),
    ("11", N11, "게시물 없음", "", "존재하지 않는 URL"),
    ("12", N12, "임시조치", "2024-09-11", ""),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "조치일자", "비고"])
for _r in _csv_rows:
    _w.writerow(_r)
case(
    name="naver-csv-attachment-all",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 09:12:30 +0900",
    subject=f"RE: [{R1}] 불법정보에 대한 시정요구 - 조치결과 최종 회신",
    reply_to_req=REPLY[R1],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_7f3a21"

--=_nv_7f3a21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요, 네이버 정책지원팀입니다.

{R1} 시정요구 건 12건에 대한 최종 조치결과를 첨부 파일(CSV)로 송부드립니다.
조치결과 항목을 확인해 주시기 바랍니다.

감사합니다.
윤서진 드림
''')}

--=_nv_7f3a21
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
--=_nv_7f3a21--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply with a CSV result sheet attached (base64)",
    why="CSV row per URL: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not found, 유지 rejected",
    items={r[1]: {"삭제": "removed", "게시중단": "removed", "블라인드": "removed", "비공개": "removed",
                  "임시조치": "restricted", "게시물 없음": "not_found", "유지": "rejected"}[r[2]] for r in _csv_rows},
)

case(
    name="naver-one-item-sole",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 15:40:02 +0900",
    subject=f"RE: [{R6}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R6],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물 1건은 의약품 불법 판매에 해당하여
2024년 9월 11일 14시경 삭제 조치하였습니다.

감사합니다.

--
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER reply to a one-item 시정요구",
    why="one unhedged statement (삭제 조치하였습니다) naming no URL, answering a request of one item",
    items={S1: "removed"},
)

case(
    name="naver-temporary-measure-notice",
    **{"from": "noreply-kcsc@navercorp.com"},
    name_from="NAVER 게시물 신고센터",
    date="Tue, 10 Sep 2024 11:02:19 +0900",
    subject="[NAVER] 게시물 임시조치 안내",
    body=f"""
[임시조치 안내]

방송통신심의위원회(접수번호 {R1})의 요청에 따라 아래 카페 게시글에 대하여
정보통신망법 제44조의2에 근거한 임시조치(30일간 접근 제한)를 하였습니다.

■ 대상 게시물
 {N12}

■ 조치 내용: 임시조치 (2024.09.10 ~ 2024.10.09)

게시자가 재게시를 요청하지 않는 경우 임시조치 기간 종료 후 삭제될 수 있습니다.
자세한 내용은 https://help.naver.com/service/5609/contents/2031 에서 확인하세요.

NAVER 게시물 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 notice (정보통신망법 제44조의2)",
    why="임시조치 (접근 제한) of the one named cafe post: restricted; the possible later deletion is only conditional; help link is no item",
    items={N12: "restricted"},
)

case(
    name="naver-top-posted-outlook",
    **{"from": "seojin.yoon@navercorp.com"},
    name_from="윤서진",
    date="Fri, 6 Sep 2024 17:55:10 +0900",
    subject=f"RE: [{R1}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R1],
    body="""
안녕하세요, 윤서진입니다.

우선 블로그 게시물 2건 처리 결과 공유드립니다.
""" + N3 + """ 삭제 완료
""" + N9 + """ 삭제 완료

나머지 건은 카페 운영팀 확인 후 회신드리겠습니다.

윤서진 | 네이버 정책지원팀

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-03 (화) 10:30:00 (GMT+09:00)
Subject: [""" + R1 + """] 불법정보에 대한 시정요구

""" + "\n".join(request_text(R1, [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12])) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top-posted reply over the quoted 시정요구 (-----Original Message-----)",
    why="two lines 'URL 삭제 완료' above the quote; the quoted request's 삭제 wording and URLs are not statements",
    items={N3: "removed", N9: "removed"},
)

case(
    name="naver-statement-then-url-lines",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 13:31:47 +0900",
    subject=f"[{R1}] 조치 결과 (2차)",
    body=f"""
방송통신심의위원회 담당자님께

{R1} 건 관련 2차 조치 결과입니다.

아래 게시물은 블라인드 처리되었습니다.

{N2}
{N10}

아래 게시물은 확인 결과 존재하지 않는 게시물입니다(URL 오류 또는 이미 삭제됨).

{N11}

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply grouping bare URLs under a status sentence",
    why="statement line ending in '.' then bare URLs: 블라인드 removed; 존재하지 않는 게시물 not found",
    items={N2: "removed", N10: "removed", N11: "not_found"},
)

case(
    name="kakao-gongmun-numbered",
    **{"from": "cs-kcsc@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    date="Tue, 10 Sep 2024 14:08:33 +0900",
    subject=f"[카카오] 시정요구({R2}) 조치결과 회신",
    reply_to_req=REPLY[R2],
    body=f"""
주식회사 카카오

수신  방송통신심의위원회 위원장
제목  시정요구 조치결과 회신

1. 관련: 방송통신심의위원회 시정요구({R2}, 2024.9.4.)
2. 위 호와 관련하여 당사가 운영하는 다음 카페, 티스토리 및 카카오톡 채널에 게시된
   정보에 대한 조치결과를 다음과 같이 회신합니다.

  가. {K1} 은 운영정책 위반으로 삭제하였습니다.
  나. {K2} 은 운영정책 위반으로 삭제하였습니다.
  다. 「{K3_RAW}」 게시글은 게시중단 처리하였습니다.
  라. {K4} 은 작성자가 블로그에서 이미 삭제하여 존재하지 않습니다.
  마. {K5} 은 검토 결과 위반 사항이 확인되지 않아 게시물을 유지합니다.

붙임  없음.  끝.

주식회사 카카오 고객보호팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (관련/위 호와 관련하여/가.나.다.) with URLs followed by particles and 「」",
    why="가-나 삭제 removed, 다 (raw Korean Tistory slug in 「」) 게시중단 removed, 라 author-deleted not found, 마 유지 rejected",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-quoted-printable",
    **{"from": "noreply-tistory@kakaocorp.com"},
    name_from="티스토리",
    date="Thu, 5 Sep 2024 18:22:09 +0900",
    subject="[티스토리] 신고하신 게시글 처리 결과 안내",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회({R2})에서 신고하신 티스토리 게시글의 처리 결과를 알려드립니다.

- {K3_RAW}
  → 운영정책(음란물) 위반으로 비공개 처리되었습니다.
- {K4}
  → 해당 주소의 글은 존재하지 않습니다. 블로그 주인이 이미 삭제한 것으로 확인됩니다.

운영정책 안내: https://www.tistory.com/policy/operation

티스토리 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) report result notice, quoted-printable body",
    why="raw Korean slug URL matches its percent-encoded form: 비공개 처리 removed; 존재하지 않습니다 not found",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-one-item-sole",
    **{"from": "cafe-safety@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 10:15:00 +0900",
    subject=f"Re: [{R7}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R7],
    body="""
안녕하세요. Daum 카페 운영팀입니다.

요청주신 카페 게시글은 마약류 판매 광고로 확인되어 운영자 권한으로 삭제하였으며,
해당 회원은 카페 이용이 영구 제한되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations team reply to a one-item request",
    why="one-item request, unhedged '삭제하였으며' without URL: removed (the member restriction is about the account, not the item)",
    items={S2: "removed"},
)

case(
    name="kakao-cafe-angle-brackets-blind",
    **{"from": "cafe-safety@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Wed, 11 Sep 2024 19:48:51 +0900",
    subject=f"[Daum 카페] 게시물 블라인드 처리 안내 ({R7})",
    body=f"""
방송통신심의위원회 담당자님, 안녕하세요.

<{S2}>은(는) 마약류 매매 정보에 해당하여 2024.09.11 블라인드 처리되었습니다.
블라인드된 게시물은 카페 회원을 포함한 누구에게도 노출되지 않습니다.

Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 안내",
    why="URL in angle brackets followed by 은(는): 블라인드 (shown to nobody) is removed",
    items={S2: "removed"},
)

case(
    name="yt-legal-outcome-english",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 05:41:12 -0700",
    subject=f"Re: [{R3}] Correction request from KCSC [7-3391000036214]",
    reply_to_req=REPLY[R3],
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we have blocked the following content from view on YouTube in
South Korea, in response to your request under local law:

{Y1}
{Y2}

In addition, we removed the following video for violating our Community
Guidelines:

{Y3}

We are still reviewing the remaining item in your notice and will follow up.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome (local-law block vs Community Guidelines removal)",
    why="blocked in South Korea: restricted; removed for Community Guidelines: removed; the remaining item is only under review",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-korean-notice",
    **{"from": "youtube-kr-legal@google.com"},
    name_from="YouTube 법무지원팀",
    date="Tue, 10 Sep 2024 16:03:27 +0900",
    subject=f"[{R3}] YouTube 조치 결과 안내",
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회의 요청({R3})을 검토한 결과를 아래와 같이 알려드립니다.

1) {Y1}
   현지 법률에 따라 대한민국에서 해당 동영상에 대한 접근을 제한했습니다.

2) {Y4}
   해당 채널은 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기)를 반복적으로
   위반하여 해지되었습니다.

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team outcome in Korean",
    why="접근을 제한했습니다 (in Korea) restricted; channel 해지 removed; guidelines link is no item",
    items={Y1: "restricted", Y4: "removed"},
)

case(
    name="yt-html-base64-table",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:17:55 -0700",
    subject=f"[{R3}] 요청 처리 결과 / Outcome of your request",
    raw_mime="""
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5"

--000000000000a1b2c3d4e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

""" + b64(f"""<div dir="ltr"><p>안녕하세요,</p>
<p>요청하신 {R3} 건의 최종 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>콘텐츠</th><th>조치</th></tr></thead>
<tbody>
<tr><td>{Y1}</td><td>대한민국 내 차단 (현지 법률)</td></tr>
<tr><td>{Y2}</td><td>대한민국 내 차단 (현지 법률)</td></tr>
<tr><td>{Y3}</td><td>삭제 (커뮤니티 가이드 위반)</td></tr>
<tr><td>{Y4}</td><td>채널 해지</td></tr>
</tbody></table>
<p>YouTube 법무팀 드림</p></div>
""") + """
--000000000000a1b2c3d4e5--
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-built HTML-only reply (base64) with a result table",
    why="table rows: 대한민국 내 차단 restricted; 삭제 and 채널 해지 removed",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "removed"},
)

case(
    name="dc-informal-operator",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 6 Sep 2024 18:41:02 +0900",
    subject=f"Re: [{R4}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R4],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다~

보내주신 글들 확인했습니다.
{D1}
{D2}
위 두 개는 방금 삭제했고요,

{D3} 이건 작성자가 벌써 지운 글이라 지금은 없는 글로 나옵니다.

마지막 미니갤 글은 담당자 출근하면 보고 다시 연락드릴게요.
수고하세요!
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="'위 두 개는 방금 삭제했고요' covers the two URLs above it; D3 already deleted by its author: not found; D4 only promised",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-bulleted-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Mon, 9 Sep 2024 11:26:40 +0900",
    subject=f"[디시인사이드] {R4} 처리 결과",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물의 처리 결과입니다.

- {D4} : 삭제 완료
- {D1} : 삭제 완료 (작성자 IP 30일 차단 병행)

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-desk bulleted result list",
    why="'URL : 삭제 완료' per bullet: removed; the IP block concerns the writer, not a status",
    items={D4: "removed", D1: "removed"},
)

case(
    name="dc-gongmun-text-table",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject=f"시정요구 조치결과 회신의 건 ({R4})",
    reply_to_req=REPLY[R4],
    body=f"""
(주)디시인사이드

수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신의 건

1. 귀 위원회의 시정요구({R4})와 관련입니다.
2. 시정요구 대상 게시물 4건에 대하여 아래와 같이 조치하였음을 알려드립니다.

[번호] [URL] [조치내용]
 1  {D1}  삭제
 2  {D2}  삭제
 3  {D3}  게시물 없음(작성자 삭제)
 4  {D4}  삭제(미니 갤러리 폐쇄)

끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 조치결과 회신 with a whitespace text table",
    why="rows: 삭제 removed; 게시물 없음(작성자 삭제) not found",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed"},
)

case(
    name="band-partial-informal",
    **{"from": "policy@band.us"},
    name_from="BAND 운영팀",
    date="Tue, 10 Sep 2024 15:12:34 +0900",
    subject=f"Re: [{R5}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R5],
    body=f"""
안녕하세요, 밴드 운영팀입니다.

{B1} 글은 전문의약품 판매글이 맞아서 삭제했습니다.
나머지 한 건({B2})은 밴드 리더에게 소명 요청해 둔 상태라 확인 중이에요.
결과 나오면 다시 말씀드릴게요.

밴드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal BAND operations reply",
    why="B1 삭제했습니다 removed; B2 확인 중 is no statement and stays pending",
    items={B1: "removed", B2: "pending"},
)

case(
    name="band-removed-and-kept",
    **{"from": "policy@band.us"},
    name_from="BAND 운영팀",
    date="Fri, 13 Sep 2024 11:47:20 +0900",
    subject=f"[BAND] {R5} 조치 결과 안내",
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글 2건에 대한 조치 결과를 안내드립니다.

1. {B1}
   조치: 삭제 (전문의약품 불법 판매, 운영정책 위반)

2. {B2}
   조치: 유지
   사유: 실제 판매글이 아닌 복용 후기 글로, 운영정책 위반 사항이 확인되지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND result notice (조치/사유 lines under each URL)",
    why="삭제 removed; 유지 with reason (no policy breach) rejected",
    items={B1: "removed", B2: "rejected"},
)

_gmail_quote = quote_gt(request_text(R1, [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]))
case(
    name="naver-gmail-quoted-reply",
    **{"from": "cafe-ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Mon, 9 Sep 2024 10:02:51 +0900",
    subject=f"Re: [{R1}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R1],
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

totohub24 카페 게시글 관련 회신드립니다.
- {N4} 는 임시조치(30일) 하였습니다.
- {N6} 는 스포츠 경기 결과 공유글로, 도박 홍보에 해당하지 않아 조치하지 않았습니다.

2024년 9월 3일 (화) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{_gmail_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="임시조치 restricted; not gambling promotion, not actioned: rejected; the quoted URLs are not statements",
    items={N4: "restricted", N6: "rejected"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin-ops@navercorp.com"},
    name_from="네이버 지식iN 운영팀",
    date="Tue, 10 Sep 2024 17:33:08 +0900",
    subject=f"[지식iN] {R1} 관련 답변 처리 결과",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&
 docId=470112233>
에 달린 도박 사이트 홍보 답변 및 질문 본문을 모두 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operations reply with a long URL wrapped inside angle brackets",
    why="URL wrapped across two lines inside <> (RFC 3986 App. C) is the kin item; 모두 삭제하였습니다 removed",
    items={N8: "removed"},
)

case(
    name="kakao-echoed-report-form",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 9 Sep 2024 13:20:45 +0900",
    subject="[카카오 고객센터] 신고 처리 결과 안내",
    body=f"""
안녕하세요, 카카오 고객센터입니다.
접수하신 신고에 대한 처리 결과를 안내해 드립니다.

──────────────────────
[신고 접수 내용]
신고자: 방송통신심의위원회 ({R2})
신고 URL: {K2}
신고 사유: 음란물
[처리 결과]
게시물 삭제 및 게시자 이용제한
──────────────────────
[신고 접수 내용]
신고자: 방송통신심의위원회 ({R2})
신고 URL: {K5}
신고 사유: 음란물
[처리 결과]
운영정책 위반 사항 없음 (게시물 유지)
──────────────────────

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 report-result mail echoing the report form",
    why="each echoed block ends in its own 처리 결과: 게시물 삭제 removed; 위반 사항 없음 (유지) rejected",
    items={K2: "removed", K5: "rejected"},
)

case(
    name="kakao-html-only-notice",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오",
    date="Tue, 10 Sep 2024 09:55:13 +0900",
    subject=f"[카카오] 다음 카페 게시물 조치 안내 ({R2})",
    type="html",
    body=f"""
<html><body>
<div style="max-width:600px;margin:0 auto;font-size:14px">
<h2 style="color:#3c1e1e">게시물 조치 안내</h2>
<p>방송통신심의위원회 담당자님, 요청하신 다음 카페 게시물에 대해 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{K1}">{K1}</a> &ndash; 게시물 삭제</li>
<li><a href="{K2}">{K2}</a> &ndash; 게시물 삭제</li>
</ul>
<p><a href="https://cs.daum.net/faq/15.html" style="display:inline-block;padding:8px 16px;background:#fee500;color:#000">운영정책 자세히 보기</a></p>
<p style="color:#888;font-size:12px">본 메일은 발신 전용입니다. 문의는 카카오 고객센터를 이용해 주세요.</p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML notice mail with a button-style policy link",
    why="two list items 'URL – 게시물 삭제': removed; the help-centre button is no item",
    items={K1: "removed", K2: "removed"},
)

case(
    name="yt-notice-of-action-kr",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 08:14:36 +0900",
    subject="YouTube 조치 알림: 국가별 콘텐츠 제한",
    body=f"""
YouTube 조치 알림

요청 참조: {R3}
콘텐츠: {Y2}

결정: 콘텐츠 제한 (지역)
적용 지역: 대한민국
근거: 현지 법률 (도박 관련 규정)
결정 방식: 검토자 판단

이 결정은 대한민국 이외 지역에서의 콘텐츠 이용에는 영향을 미치지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice of action / statement of reasons style (decision, territorial scope)",
    why="decision: content restricted in Korea only: restricted",
    items={Y2: "restricted"},
)

case(
    name="kakao-receipt-plus-statement",
    **{"from": "cafe-safety@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Wed, 11 Sep 2024 09:03:27 +0900",
    subject=f"[접수완료] {R7} 신고 건",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.
보내주신 요청은 정상적으로 접수되었습니다. (접수번호 CF-20240911-00417)

다만 확인 결과, 요청하신 게시글
{S2}
은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
이에 따라 별도 조치 없이 본 건을 종결합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum receipt that already carries the result",
    why="receipt phrase plus an unhedged statement: already deleted by its author, not found",
    items={S2: "not_found"},
)

case(
    name="dc-url-then-arrow-status",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 20:05:19 +0900",
    subject=f"코인 마이너 갤러리 건 ({R4})",
    body=f"""
담당자님 안녕하세요. 코인 마이너갤 글 두 건 처리 결과입니다.

{D2}
→ 삭제

{D3}
→ 글 없음 (작성자가 이미 삭제)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply: bare URL, status on the line below",
    why="status on the line after each URL: 삭제 removed; 글 없음 (author deleted) not found",
    items={D2: "removed", D3: "not_found"},
)


# ======================================================== REVIEW (12)

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 4 Sep 2024 14:10:00 +0900",
    subject=f"RE: [{R1}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 블로그 게시물
{N1}
{N2}
는 내부 검토를 거쳐 순차적으로 조치할 예정입니다.
조치가 완료되는 대로 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action",
    why="'조치할 예정입니다' is a promise: items named, nothing stated",
    items={N1: "pending", N2: "pending"},
)

case(
    name="yt-hedge-appears-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 6 Sep 2024 03:30:41 -0700",
    subject=f"Re: [{R3}] Correction request from KCSC [7-3391000036214]",
    reply_to_req=REPLY[R3],
    body=f"""
Hello,

Thank you for your report. Our initial check suggests that the video at
{Y3} may already have been taken down by the uploader, and the channel
{Y4} appears to be inactive.

We are continuing to review the other URLs and will update you once a
decision has been made.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply with hedged wording",
    why="'may already have been taken down', 'appears to be inactive' are hedges, not statements",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="kakao-bulk-all-five",
    **{"from": "cs-kcsc@kakaocorp.com"},
    name_from="카카오 고객보호팀",
    date="Mon, 9 Sep 2024 17:44:02 +0900",
    subject=f"Re: [{R2}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R2],
    body="""
안녕하세요, 카카오 고객보호팀입니다.

귀 위원회에서 시정요구하신 게시물 5건은 모두 삭제 조치를 완료하였습니다.

감사합니다.
카카오 고객보호팀 드림
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line bulk confirmation",
    why="'5건은 모두 삭제' for a five-item request without naming each item: bulk",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending", K5: "pending"},
)

case(
    name="dc-bulk-informal",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 22:10:55 +0900",
    subject=f"Re: [{R4}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R4],
    body="""
네 말씀하신 글 전부 지웠습니다. 늦어서 죄송해요.

-- 디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="very short informal DC Inside operator reply",
    why="'글 전부 지웠습니다' for a four-item request, no item named: bulk",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date="Sat, 7 Sep 2024 02:14:09 +0900",
    subject=f"RE: [{R1}] 조치결과 회신",
    body=f"""
안녕하세요, 네이버입니다.

{N5} 와 {N7} 는 삭제 처리되었습니다.

자세한 내역은 아래 링크에서 확인해 주세요.
https://naver-policy-report.example/view?case=2409
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER that fails DMARC",
    why="NAVER From domain but dkim/spf/dmarc fail: nothing applied",
    items={N5: "pending", N7: "pending"},
)

case(
    name="kakao-cafe-manager-hanmail",
    **{"from": "nightview_mgr@hanmail.net"},
    name_from="밤풍경 카페지기",
    date="Sat, 7 Sep 2024 23:02:44 +0900",
    subject=f"Re: [{R2}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R2],
    body=f"""
안녕하세요 nightview21 카페 카페지기입니다.
카카오에서 연락받고 메일 드립니다.

{K1}
{K2}
두 글 제가 매니저 권한으로 삭제했습니다. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Daum cafe manager writing from a personal hanmail.net address",
    why="hanmail.net is no platform's sender domain; the cafe manager is not Kakao",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-law-firm-unknown-sender",
    **{"from": "legal@hanbit-law.example"},
    name_from="법무법인 한빛 (Hanbit Law)",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=f"[{R3}] 채널 운영자 대리인 회신",
    body=f"""
방송통신심의위원회 귀중

당 법인은 YouTube 채널 {Y4} 운영자의 대리인입니다.
의뢰인은 귀 위원회의 요청에 따라 {Y3} 영상을 스스로 삭제하였음을 알려드립니다.
다만 채널 자체는 적법한 콘텐츠를 포함하고 있으므로 유지를 요청드립니다.

법무법인 한빛 변호사 오재민
""",
    outcome="review", review="unknown_sender",
    imitates="uploader's law firm writing to the regulator",
    why="a third party (the channel's lawyer) names our items; not YouTube's domain",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="band-about-naver-cafe",
    **{"from": "policy@band.us"},
    name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 16:30:02 +0900",
    subject=f"[BAND] 문의하신 게시물 관련 ({R1})",
    body=f"""
안녕하세요, BAND 운영팀입니다.

같은 그룹사 서비스 건으로 함께 문의주신
{N7}
게시글은 네이버 카페 쪽에서 삭제된 것으로 전달받았습니다.
BAND에는 해당 게시물이 없습니다.

BAND 운영팀 드림
""",
    outcome="review", review="wrong_platform",
    imitates="BAND replying about a NAVER cafe post (same corporate group)",
    why="BAND states the status of a NAVER item: wrong platform, nothing applied",
    items={N7: "pending"},
)

case(
    name="naver-asks-more-documents",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 5 Sep 2024 11:20:38 +0900",
    subject=f"RE: [{R1}] 추가 자료 요청",
    reply_to_req=REPLY[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N10}
은 인플루언서 검색에 노출되는 콘텐츠로, 게시자가 도박 사이트를 홍보한다고 판단할 근거가
본문만으로는 부족합니다. 심의 의결서 또는 해당 사이트 주소 등 추가 자료를 보내주시면
검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for supporting documents before acting",
    why="asks for the decision document / site address before acting; no status",
    items={N10: "pending"},
)

case(
    name="band-conditional-deletion",
    **{"from": "policy@band.us"},
    name_from="BAND 운영팀",
    date="Tue, 10 Sep 2024 10:44:00 +0900",
    subject=f"Re: [{R5}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R5],
    body=f"""
안녕하세요. 밴드 운영팀입니다.

{B2}
위 게시글 작성자에게 소명 요청 메시지를 보냈습니다.
7일 이내에 소명이 없으면 해당 게시글은 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice of a pending explanation request (소명 요청)",
    why="deletion only if no explanation arrives within 7 days: a condition, not a statement",
    items={B2: "pending"},
)

case(
    name="naver-partner-newsletter",
    **{"from": "partner-news@navercorp.com"},
    name_from="NAVER 파트너센터",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 기관 신고 채널 운영 시간 변경 안내",
    body="""
안녕하세요, NAVER 파트너센터입니다.

추석 연휴 기간(9월 16일~9월 18일) 동안 기관 신고 채널의 처리 시간이 아래와 같이 변경됩니다.

- 긴급 건(아동·청소년 성착취물 등): 24시간 처리
- 일반 건: 9월 19일부터 순차 처리

기관 신고 가이드: https://help.naver.com/service/5609/category/11037

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER partner-centre holiday notice sent to agencies",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-under-review",
    **{"from": "noreply-tistory@kakaocorp.com"},
    name_from="티스토리",
    date="Wed, 4 Sep 2024 16:55:21 +0900",
    subject=f"[티스토리] 신고 검토 중 안내 ({R2})",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고하신 아래 게시글은 현재 운영정책 위반 여부를 검토하고 있습니다.

· {K3_RAW}
· {K4}

검토에는 영업일 기준 3~5일이 소요될 수 있으며, 결과는 메일로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory 'under review' notice naming the reported posts",
    why="under review names the items but states nothing",
    items={K3: "pending", K4: "pending"},
)


# ======================================================== IGNORED (7)

case(
    name="naver-out-of-office",
    **{"from": "seojin.yoon@navercorp.com"},
    name_from="윤서진",
    date="Tue, 3 Sep 2024 10:30:41 +0900",
    subject=f"[자동회신] [{R1}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 윤서진입니다.
9월 2일부터 9월 6일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date="Fri, 6 Sep 2024 10:00:18 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4XbQ2k1Zz"

--dsn.4XbQ2k1Zz
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: host mail.dcinside.com said: 550 5.1.1
    <abuse-kr@dcinside.com>: Recipient address rejected: User unknown

--dsn.4XbQ2k1Zz
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Fri, 6 Sep 2024 10:00:16 +0900

Final-Recipient: rfc822; abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.4XbQ2k1Zz
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: [{R4}] 불법정보에 대한 시정요구
Message-ID: <{MID[R4]}>
Date: Fri, 6 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(request_text(R4, [D1, D2, D3, D4])) + """

--dsn.4XbQ2k1Zz--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request with its text",
    why="delivery failure report; the returned request's 삭제 wording is ours",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 11:02:00 +0900",
    subject=f"읽음: [{R1}] 불법정보에 대한 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-88a1"

--mdn-88a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

  받는 사람: policy@navercorp.com
  제목: [{R1}] 불법정보에 대한 시정요구
  보낸 날짜: 2024-09-03 (화) 오전 10:30

를 2024-09-03 (화) 오전 11:02에 읽었습니다.

--mdn-88a1
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{MID[R1]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-88a1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) MDN",
    why="read receipt",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 4 Sep 2024 11:01:12 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #2409-0447812
접수 제목: [{R2}] 불법정보에 대한 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 최대 3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-centre ticket receipt",
    why="pure receipt with a ticket number; no statement about any item",
    items={},
)

case(
    name="yt-receipt-echoes-urls",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 5 Sep 2024 15:04:09 +0900",
    subject=f"[7-3391000036214] Re: [{R3}] Correction request from KCSC",
    reply_to_req=REPLY[R3],
    body=f"""
Hello,

Thanks for contacting YouTube. We have received your request and assigned it
reference number 7-3391000036214. Please keep this number in the subject line
of any future correspondence.

Content reported:
{Y1}
{Y2}
{Y3}
{Y4}

We will review your request and get back to you as soon as possible.

Sincerely,
The YouTube Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt echoing the reported URLs",
    why="receipt echoing the reported URLs without any statement about them",
    items={},
)

case(
    name="dc-auto-reply-weekend",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Sat, 7 Sep 2024 09:00:03 +0900",
    subject=f"[자동응답] Re: [{R4}] 불법정보에 대한 시정요구",
    reply_to_req=REPLY[R4],
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
디시인사이드 신고센터 자동응답 메일입니다.

주말 및 공휴일에는 신고 메일 확인이 어렵습니다.
보내주신 메일은 다음 영업일에 순서대로 확인하겠습니다.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside weekend auto-response",
    why="auto-reply (Auto-Submitted) with no statement",
    items={},
)

case(
    name="band-report-receipt",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 9 Sep 2024 10:01:30 +0900",
    subject="[BAND] 신고가 접수되었습니다",
    body=f"""
안녕하세요, BAND입니다.

신고해 주신 내용이 정상적으로 접수되었습니다. (접수번호 BR-8831207)
신고 내용: {R5} 불법정보에 대한 시정요구

운영정책에 따라 검토 후 처리 결과를 알려드리겠습니다.
BAND를 이용해 주셔서 감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND report receipt",
    why="pure receipt naming the request; nothing stated about the items",
    items={},
)


HEADER = """# Blind set 239 (Korean portals; 공문-style replies, 임시조치 notices,
# 시정요구 조치결과 tables, informal operator replies). Written by
# tests/corpus/blind239/make.py from each email's meaning, before any run.
"""


def encode_headers(c):
    """Korean display names and subjects travel RFC 2047-encoded, as real
    Korean mail clients and notice systems send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8", maxlinelen=76, header_name=key).encode(linesep="\n")


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        for f in os.listdir(cases_dir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cases_dir, f))
    corpuslib.write_set(HERE, "blind239", HEADER, CASES)


if __name__ == "__main__":
    main()
