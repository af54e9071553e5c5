#!/usr/bin/env python3
"""Blind set blind893: Korean-language replies (NAVER, Kakao/Daum/Tistory/
Brunch, YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies.

Written from the meaning of each email, before any run of the reader.
Deterministic: `python3 tests/corpus/blind893/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind893"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

# R1 NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_fict01/223561000101"
N2 = "https://blog.naver.com/moonlit_fict01/223561000188"
N3 = "https://blog.naver.com/sunhae_fict/223559004410"
N4 = "https://cafe.naver.com/fictbetclub/88213"
N5 = "https://cafe.naver.com/fictbetclub/88240"
N6 = "https://cafe.naver.com/fictbetclub/88302"
N7 = "https://cafe.naver.com/jungo_fict/515077"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51230071"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470012345"
N10 = "https://blog.naver.com/PostView.naver?blogId=gray_fict22&logNo=223540077712"
N11 = "https://tv.naver.com/v/58123400"
N12 = "https://blog.naver.com/gray_fict22/223540079901"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2 Kakao (Tistory with Korean slugs, Daum cafe, Brunch), 5 items
K1_RAW = "https://fict-story77.tistory.com/entry/무료-충전-이벤트"
K2_RAW = "https://fict-story77.tistory.com/entry/가입-코드-안내"
K1 = "https://fict-story77.tistory.com/entry/" + quote("무료-충전-이벤트")
K2 = "https://fict-story77.tistory.com/entry/" + quote("가입-코드-안내")
K3 = "https://cafe.daum.net/fictjunggo/Ab3x/1204"
K4 = "https://cafe.daum.net/fictjunggo/Ab3x/1219"
K5 = "https://brunch.co.kr/@fictwriter9/41"
R2_URLS = [K1, K2, K3, K4, K5]

# R3 YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qx7fKt2Lm0a"
Y2 = "https://www.youtube.com/watch?v=Rb4nWp8Zc1d"
Y3 = "https://www.youtube.com/shorts/Tk9vHs3Jq2e"
Y4 = "https://www.youtube.com/@fict_live_kr"
R3_URLS = [Y1, Y2, Y3, Y4]

# R4 DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=fict_stock&no=2210345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=98812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=98830"
R4_URLS = [D1, D2, D3]

# R5 BAND, 2 items
B1 = "https://band.us/band/81234567/post/1021"
B2 = "https://band.us/band/81234567/post/1034"

# R6 NAVER, 1 item; R7 YouTube, 1 item
S1 = "https://cafe.naver.com/fictpill/3391"
T1 = "https://www.youtube.com/watch?v=Zp3cLw5Ye8f"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:05:00+09:00", "2024-09-09T18:00:00+09:00", R1_URLS,
     "gambling", "불법 도박 광고 (블로그·카페·포스트·지식iN·TV)"),
    (R2, "kakao", "2024-09-05T14:10:00+09:00", "2024-09-12T18:00:00+09:00", R2_URLS,
     "gambling", "Tistory/Daum cafe/Brunch"),
    (R3, "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", R3_URLS,
     "drugs", "videos, a Short and a channel"),
    (R4, "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", R4_URLS,
     "privacy", "gallery posts"),
    (R5, "band", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00", [B1, B2],
     "illegal_trade", "band posts"),
    (R6, "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [S1],
     "drugs", "one cafe post"),
    (R7, "youtube", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", [T1],
     "gambling", "one video"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def subj(s):
    """RFC 2047 encoded word, as most Korean mailers send it."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def b64body(s):
    raw = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qpbody(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def numbered(urls):
    return "\n".join(f"> {i}. {u}" for i, u in enumerate(urls, 1))


def pending(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    kw["from"] = kw.pop("frm")
    CASES.append(kw)


# ================================================================ APPLIED
# --- NAVER, R1 (12 items) -------------------------------------------------
case(
    name="naver-gongmun-text-table-all",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 '시정요구에 대한 조치결과 통보' with a plain-text 연번/URL/조치결과 table",
    why="trusted NAVER 공문 with one row per URL: 삭제/게시중단/비공개 처리 removed, 임시조치 restricted, 게시물 없음/존재하지 않는 URL not_found",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(5, 16, 40),
    subject=subj("[회신] 시정요구에 대한 조치결과 통보 (KCSC-240902-01)"), reply_to_req=mid(R1),
    body=f"""
수    신 : 방송통신심의위원회 통신심의국
참    조 : 게시물 삭제요청 담당자
발    신 : 네이버 주식회사 정책협력실
문서번호 : NPC-2024-0917
제    목 : 시정요구에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회의 시정요구(요청번호 KCSC-240902-01, 2024. 9. 2.)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

                              - 아    래 -

 연번 | 게시물 URL                                          | 조치결과
------+-----------------------------------------------------+--------------------------
   1  | {N1}  | 삭제
   2  | {N2}  | 삭제
   3  | {N3}      | 임시조치 (30일)
   4  | {N4}            | 게시중단
   5  | {N5}            | 게시중단
   6  | {N6}            | 게시물 없음 (작성자 삭제)
   7  | {N7}            | 삭제
   8  | {N8} | 비공개 처리
   9  | {N9} | 삭제
  10  | {N10} | 임시조치 (30일)
  11  | {N11}                     | 삭제
  12  | {N12}     | 존재하지 않는 URL

3. 임시조치된 게시물은 게시자의 재게시 요청이 없는 경우 30일 경과 후 삭제될 수
   있으며, 재게시 요청이 접수되면 별도로 알려드리겠습니다.

4. 기타 문의사항은 정책협력실(policy@navercorp.com)로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책협력실장
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "removed", N9: "removed", N10: "restricted",
           N11: "removed", N12: "not_found"},
)

case(
    name="naver-blind-prose-partial",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 담당자 reply: '블라인드 처리하였습니다' for a bulleted subset, the rest still being checked",
    why="three blog posts named one per bullet under '블라인드 처리하였습니다'; the unnamed rest is 확인 중 and not spoken about item by item",
    frm="right_help@naver.com", name_from="네이버 고객센터", date=date(4, 11, 12),
    subject="Re: [KCSC-240902-01] 시정요구 (불법 도박 광고 12건)", reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 게시중단 요청 담당자입니다.

9월 2일 보내주신 요청(KCSC-240902-01) 관련하여 먼저 처리된 부분을 안내드립니다.

블로그 게시물 중 아래 3건은 불법 사행성 광고로 확인되어 블라인드 처리하였습니다.

 - {N1}
 - {N2}
 - {N3}

카페·포스트·지식iN 게시물은 각 서비스 담당 부서에서 확인하고 있으며,
결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    items={N1: "removed", N2: "removed", N3: "removed"},
)

case(
    name="naver-cafe-kin-html-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/지식iN customer-centre HTML result mail with a 번호/대상 게시물/처리 결과/처리 일자 table",
    why="HTML table: 게시중단 removed, 임시조치 restricted, 해당 게시물 없음 not_found, 삭제 removed, 게시 유지(위반 없음) rejected; policy link is no item",
    frm="cafe_help@navercorp.com", name_from="네이버 카페 고객센터", date=date(6, 17, 5),
    subject=subj("[네이버 카페] 게시물 처리 결과 안내 - KCSC-240902-01"), reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 카페 및 지식iN 게시물에 대한 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>번호</th><th>대상 게시물</th><th>처리 결과</th><th>처리 일자</th></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시중단</td><td>2024-09-06</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>임시조치</td><td>2024-09-06</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>7</td><td><a href="{N7}">{N7}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>9</td><td><a href="{N9.replace('&', '&amp;')}">{N9.replace('&', '&amp;')}</a></td><td>게시 유지 (운영원칙 위반 사항 확인되지 않음)</td><td>-</td></tr>
</table>
<p>처리 결과에 대한 문의는 이 메일에 회신해 주세요.<br>
※ 참고: <a href="https://policy.naver.com/rules/service_cafe.html">네이버 카페 운영원칙</a></p>
<p style="color:#888">본 메일은 네이버 카페 고객센터에서 발송되었습니다.</p>
</body></html>
""",
    items={N4: "removed", N5: "restricted", N6: "not_found", N7: "removed", N9: "rejected"},
)

CSV_ATT = "\ufeff" + "\n".join([
    "연번,URL,조치결과,비고",
    f"1,{N1},삭제,",
    f"2,{N2},삭제,",
    f"3,{N3},임시조치,권리침해 신고 건과 병합 처리",
    f"10,{N10},게시중단,",
    f"11,{N11},삭제,",
    f"12,{N12},게시물 없음,작성자 자진 삭제",
]) + "\n"
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책협력 reply sending the 조치결과 as a CSV attachment (UTF-8 with BOM, base64)",
    why="body points to the attachment; the CSV has one row per URL with 삭제/임시조치/게시중단/게시물 없음",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(9, 10, 20),
    subject=subj("RE: [KCSC-240902-01] 조치결과 송부"), reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NextPart_b893_csv"

------=_NextPart_b893_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책협력실입니다.

요청번호 KCSC-240902-01 중 블로그 및 네이버TV 게시물의 조치결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.

------=_NextPart_b893_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64body(CSV_ATT)}
------=_NextPart_b893_csv--
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N10: "removed", N11: "removed",
           N12: "not_found"},
)

case(
    name="naver-top-posted-outlook-quote",
    outcome="applied", classification="confirmation",
    imitates="Trust & Safety staff reply top-posted over an Outlook '-----Original Message-----' copy of our request",
    why="only the two URLs above the quoted request carry statements (삭제 완료; 이미 삭제된 게시물 = author deleted); the quoted list of 12 is ours",
    frm="doyun.kim@navercorp.com", name_from="김도윤", date=date(13, 9, 47),
    subject="RE: [KCSC-240902-01] 시정요구 (불법 도박 광고 12건)", reply_to_req=mid(R1),
    body=f"""
담당자님, 문의하신 건 중 두 건 먼저 회신드립니다.

{N7} → 삭제 완료 (9/13)
{N8} → 이미 삭제된 게시물로 확인됩니다. (작성자 직접 삭제)

나머지는 확인 후 별도로 안내드리겠습니다.

김도윤 / 네이버 Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 (불법 도박 광고 12건)

안녕하십니까. 방송통신심의위원회입니다.
아래 정보는 「정보통신망법」 제44조의7에 따른 불법정보로 심의·의결되어
시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(R1_URLS, 1)) + """

회신 기한: 2024. 9. 9.
""",
    items={N7: "removed", N8: "not_found"},
)

case(
    name="naver-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply whose long URLs in angle brackets were wrapped by the mailer",
    why="two URLs in <...> broken over two lines by line wrapping, under '게시중단(삭제) 처리하였습니다'",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(10, 14, 2),
    subject="RE: [KCSC-240902-01] 포스트/블로그 게시물 조치 결과", reply_to_req=mid(R1),
    body="""
안녕하세요.

요청하신 게시물 중 아래 두 건은 금일 게시중단(삭제) 처리하였습니다.

<https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=51230071>
<https://blog.naver.com/PostView.naver?blogId=gray_fict22&
logNo=223540077712>

감사합니다.
네이버 정책협력실 드림
""",
    items={N8: "removed", N10: "removed"},
)

case(
    name="naver-fullwidth-punct-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operator reply typed with full-width punctuation and particles glued to URLs",
    why="two URLs joined by a full-width comma then '두 건은 게시중단 처리하였습니다。'; a third URL with '의 경우' glued on is author-deleted",
    frm="cafe_help@navercorp.com", name_from="네이버 카페 고객센터", date=date(6, 13, 31),
    subject="Re: [KCSC-240902-01] 카페 게시글 관련", reply_to_req=mid(R1),
    body=f"""
요청하신 건 관련 회신드립니다。

{N3}，{N4} 두 건은 게시중단 처리하였습니다。
{N5}의 경우 작성자가 이미 삭제하여 존재하지 않는 게시글입니다。

이상입니다。
네이버 카페 고객센터
""",
    items={N3: "removed", N4: "removed", N5: "not_found"},
)

case(
    name="naver-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply that opens with a 접수번호 but also states one result",
    why="acknowledgement phrase plus an unhedged '확인 즉시 삭제하였으며' about one named URL: not a pure acknowledgement",
    frm="help@naver.com", name_from="네이버 고객센터", date=date(13, 15, 8),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240902-01)", reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청은 접수번호 NV-20240913-5521로 접수되었습니다.

접수된 게시물 중 {N11} 동영상은 확인 즉시 삭제하였으며,
나머지 게시물은 순차적으로 검토하고 있습니다.

더 궁금하신 점은 고객센터(https://help.naver.com)를 이용해 주세요.
감사합니다.
""",
    items={N11: "removed"},
)

case(
    name="naver-kin-tv-text-table-age",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 reply with a 구분/게시물 주소/처리내용 text table, including a 19세 이상 연령 제한",
    why="지식iN question and answers deleted (removed); NAVER TV clip given an adult-verification age limit (restricted)",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(11, 18, 15),
    subject="RE: [KCSC-240902-01] 지식iN / 네이버TV 조치결과", reply_to_req=mid(R1),
    body=f"""
안녕하십니까, 네이버 정책협력실입니다.
요청번호 KCSC-240902-01 중 지식iN과 네이버TV 게시물의 처리내용을 알려드립니다.

구분     | 게시물 주소 | 처리내용
---------+-------------+----------------------------------------------
지식iN   | {N9} | 질문 및 답변 삭제
네이버TV | {N11} | 19세 이상 연령 제한 적용 (성인 인증 후 시청 가능)

감사합니다.
""",
    items={N9: "removed", N11: "restricted"},
)

# --- NAVER, R6 (1 item) ---------------------------------------------------
case(
    name="naver-cafe-single-deleted-paren",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영정책팀 notice: the reported cafe post deleted, with a link to the cafe rules",
    why="the one requested URL, in parentheses followed by '은', stated 삭제 조치; the policy link is no item",
    frm="cafe_policy@navercorp.com", name_from="네이버 카페 운영정책팀", date=date(12, 16, 0),
    subject=subj("[네이버 카페] 요청하신 게시글 처리 안내"), reply_to_req=mid(R6),
    body=f"""
방송통신심의위원회 담당자님께

요청하신 카페 게시글({S1})은 카페 운영원칙 및 관련 법령 위반이
확인되어 2024년 9월 12일 삭제 조치하였습니다. 해당 카페에는 운영 제한 조치도
함께 진행하였습니다.

카페 운영원칙: https://policy.naver.com/rules/service_cafe.html

네이버 카페 운영정책팀 드림
""",
    items={S1: "removed"},
)

case(
    name="naver-sole-no-url-temp-measure",
    outcome="applied", classification="confirmation",
    imitates="short 정책협력 담당자 reply naming only the request: '임시조치(30일간 접근 제한)'",
    why="no URL, but the request KCSC-240911-06 has one item and the reply states 임시조치 for 'the post': restricted",
    frm="seojin.lee@navercorp.com", name_from="이서진", date=date(12, 10, 44),
    subject="[회신] KCSC-240911-06 시정요구 조치 결과", reply_to_req=mid(R6),
    body="""
안녕하세요. 네이버 정책협력 담당 이서진입니다.

9월 11일 보내주신 시정요구 건(KCSC-240911-06) 관련하여, 해당 게시물은 금일
임시조치(30일간 접근 제한)하였음을 알려드립니다.

감사합니다.
이서진 드림
""",
    items={S1: "restricted"},
)

# --- Kakao, R2 (5 items) --------------------------------------------------
case(
    name="kakao-tistory-temp-measure-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory 권리보호센터 임시조치 안내 (정보통신망법 제44조의2, 30일) with raw Korean entry slugs",
    why="both Tistory posts named with raw Hangul paths (match the percent-encoded request URLs) and stated 30일간 임시조치: restricted",
    frm="noreply-right@tistory.com", name_from="티스토리 권리보호센터", date=date(7, 9, 15),
    subject=subj("[티스토리] 게시물 임시조치 안내 (KCSC-240905-02)"), reply_to_req=mid(R2),
    body=f"""
안녕하세요. 티스토리 권리보호센터입니다.

방송통신심의위원회에서 요청하신 아래 게시물에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
2024년 9월 7일부터 30일간 임시조치하였음을 안내드립니다.

■ 임시조치 게시물
  1) {K1_RAW}
  2) {K2_RAW}

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리되며,
그 결과는 별도로 안내드리겠습니다.

티스토리 드림
""",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-daum-cafe-bare-url-status-below-qp",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 result mail, quoted-printable, bare URL with '처리:' on the line below",
    why="블라인드 (운영정책 위반) removed; '대상 없음 (요청 전 작성자가 삭제한 게시글)' not_found",
    frm="cafe_notice@daum.net", name_from="Daum 카페 운영팀", date=date(9, 13, 55),
    subject=subj("[Daum 카페] 게시글 처리 결과 안내"), reply_to_req=mid(R2),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qpbody(f"""안녕하세요, Daum 카페 운영팀입니다.
요청하신 Daum 카페 게시글(KCSC-240905-02)의 처리 결과입니다.

■ {K3}
  처리: 블라인드 (운영정책 위반 - 불법 거래 유도)

■ {K4}
  처리: 대상 없음 (요청 전 작성자가 삭제한 게시글)

문의: Daum 고객센터 https://cs.daum.net/faq/43.html
"""),
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-brunch-rejected-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Brunch team refusal (게시 유지, 제재 사유 아님) over a Gmail-style '님이 작성:' quote of our request",
    why="the Brunch post named above the quote is kept because it breaks no rule (rejected); the quoted '>' list is ours",
    frm="brunch_help@kakaocorp.com", name_from="브런치팀", date=date(10, 11, 30),
    subject="Re: [KCSC-240905-02] 시정요구 (5건)", reply_to_req=mid(R2),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 글 {K5} 에 대해 내부 검토를 진행하였습니다.
해당 글은 작가 본인의 경험을 다룬 에세이로, 도박 사이트 홍보나 링크가 포함되어
있지 않아 브런치 운영정책상 제재 사유에 해당하지 않는다고 판단하였습니다.
이에 따라 게시를 유지하기로 하였음을 알려드립니다.

나머지 티스토리·Daum 카페 건은 각 서비스에서 따로 회신드릴 예정입니다.

브런치팀 드림

2024년 9월 5일 (목) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물 5건에 대하여 시정요구(삭제)하오니 조치 후 회신 바랍니다.
>
{numbered(R2_URLS)}
>
> 회신 기한: 2024. 9. 12.
""",
    items={K5: "rejected"},
)

case(
    name="kakao-html-gongmun-all-five",
    outcome="applied", classification="confirmation",
    imitates="카카오 정책팀 공문-style HTML 조치결과 회신 with raw Hangul link text and encoded hrefs",
    why="HTML table, one row per URL: 삭제, 삭제, 임시조치, 게시물 없음(작성자 삭제), 조치하지 않음(위반 아님)",
    frm="policy-kr@kakaocorp.com", name_from="카카오 정책팀", date=date(11, 17, 20),
    subject=subj("시정요구에 대한 조치결과 회신 (KCSC-240905-02)"), reply_to_req=mid(R2),
    type="html",
    body=f"""
<html><body>
<p>수신: 방송통신심의위원회<br>발신: 주식회사 카카오 정책팀<br>제목: 시정요구에 대한 조치결과 회신</p>
<p>1. 귀 위원회의 노고에 감사드립니다.</p>
<p>2. 귀 위원회의 시정요구(KCSC-240905-02)에 대하여 아래와 같이 조치하였음을 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>연번</th><th>서비스</th><th>URL</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>1</td><td>티스토리</td><td><a href="{K1}">{K1_RAW}</a></td><td>삭제</td></tr>
<tr><td>2</td><td>티스토리</td><td><a href="{K2}">{K2_RAW}</a></td><td>삭제</td></tr>
<tr><td>3</td><td>Daum 카페</td><td><a href="{K3}">{K3}</a></td><td>임시조치</td></tr>
<tr><td>4</td><td>Daum 카페</td><td><a href="{K4}">{K4}</a></td><td>게시물 없음 (작성자 삭제)</td></tr>
<tr><td>5</td><td>브런치</td><td><a href="{K5}">{K5}</a></td><td>조치하지 않음 (운영정책 위반 아님)</td></tr>
</tbody></table>
<p>3. 끝.</p>
<p>주식회사 카카오 정책팀</p>
</body></html>
""",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "rejected"},
)

# --- YouTube, R3 (4 items) and R7 (1 item) --------------------------------
case(
    name="yt-kr-bilingual-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support (Korea) bilingual outcome mail: URL then '조치:' line with English gloss",
    why="video 1 removed globally; video 2 blocked in South Korea under local law (restricted)",
    frm="legal-kr-noreply@google.com", name_from="YouTube 법무지원팀", date=date(10, 8, 12),
    subject="Re: [KCSC-240906-03] YouTube 콘텐츠 삭제 요청", reply_to_req=mid(R3),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과 다음과 같이
조치했습니다.

{Y1}
조치: 삭제 (Removed globally for violating our Community Guidelines)

{Y2}
조치: 대한민국 내 액세스 제한 (Blocked in South Korea based on local law)

그 밖의 URL에 대해서는 검토가 끝나는 대로 별도로 안내해 드리겠습니다.

감사합니다.
YouTube 법무지원팀
""",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-actioned-channel-and-age-restricted-short",
    outcome="applied", classification="confirmation",
    imitates="YouTube English outcome mail ('has been actioned under our policies', age-restricted Short)",
    why="channel 'has been actioned under our policies and is no longer available' removed; Short age-restricted: restricted",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support", date=date(11, 3, 41),
    subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your report. After review, we've taken the following action:

- The channel {Y4} has been actioned under our policies and is no longer
  available on YouTube.
- The Short {Y3} has been age-restricted. It can only be viewed by signed-in
  users aged 18 or over.

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/

Regards,
The YouTube Team
""",
    items={Y4: "removed", Y3: "restricted"},
)

case(
    name="yt-single-video-policy-links",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean removal notice for one video, with help-centre and policy links",
    why="the requested video stated 삭제되었습니다; support.google.com and policy links are no items",
    frm="legal-kr-noreply@google.com", name_from="YouTube", date=date(13, 19, 25),
    subject=subj("[YouTube] 신고하신 동영상 처리 결과 (KCSC-240912-07)"), reply_to_req=mid(R7),
    body=f"""
안녕하세요.

신고하신 동영상({T1})은 YouTube의 불법 도박 관련
정책을 위반하여 삭제되었습니다.

자세한 정책 안내:
https://support.google.com/youtube/answer/2802008?hl=ko
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube를 이용해 주셔서 감사합니다.
© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
    items={T1: "removed"},
)

case(
    name="yt-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement-of-reasons style decision blocks (Content / Decision / Territorial scope)",
    why="Short: visibility restricted (age restriction) = restricted; video 2: 'No action', does not violate policies or local law = rejected",
    frm="noreply-sor@youtube.com", name_from="YouTube Trust & Safety", date=date(12, 6, 2),
    subject="Decision on your notice - KCSC-240906-03", reply_to_req=mid(R3),
    body=f"""
Statement of reasons

Notice reference: KCSC-240906-03

Content: {Y3}
Decision: Restriction of visibility (age restriction)
Territorial scope: All territories
Ground: Incompatible with our Community Guidelines (harmful or dangerous content)
Automated detection: No

Content: {Y2}
Decision: No action. The content was reviewed and does not violate our
policies or applicable local law.
Automated detection: No

You may have redress options, including our internal complaint system:
https://support.google.com/youtube/answer/185111
""",
    items={Y3: "restricted", Y2: "rejected"},
)

case(
    name="yt-korean-base64-body",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea reply whose Korean body arrives base64-encoded",
    why="base64 text: video 1 삭제되었습니다; the channel address 존재하지 않는 채널 = not_found",
    frm="legal-kr-noreply@google.com", name_from="YouTube 법무지원팀", date=date(9, 17, 3),
    subject=subj("Re: [KCSC-240906-03] 요청 처리 결과"), reply_to_req=mid(R3),
    raw_mime="""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64body(f"""안녕하세요. YouTube 법무지원팀입니다.

요청하신 항목 중 다음 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y1}

다음 채널 주소는 확인한 결과 존재하지 않는 채널입니다. 주소를 다시 확인해 주세요.
{Y4}

감사합니다.
"""),
    items={Y1: "removed", Y4: "not_found"},
)

case(
    name="yt-sole-no-url-blocked-in-korea",
    outcome="applied", classification="confirmation",
    imitates="short YouTube Korea legal reply on a one-video request: '대한민국에서 볼 수 없도록 차단'",
    why="no URL, request KCSC-240912-07 has one item; blocked in Korea only = restricted",
    frm="legal-kr@google.com", name_from="YouTube 법무지원팀", date=date(14, 9, 6),
    subject="Re: [KCSC-240912-07] 불법 도박 홍보 동영상 삭제 요청", reply_to_req=mid(R7),
    body="""
안녕하세요.

요청하신 동영상은 현지 법률 검토 결과에 따라 대한민국에서 볼 수 없도록 차단 조치했습니다.
다른 국가에서는 계속 게시됩니다.

감사합니다.
YouTube 법무지원팀
""",
    items={T1: "restricted"},
)

# --- DC Inside, R4 (3 items) ----------------------------------------------
case(
    name="dc-operator-informal",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply: '말씀하신 글 두 개 지웠습니다', one already deleted by its author",
    why="two URLs listed under '지웠습니다' removed; third 'already deleted by the writer, no such post' not_found",
    frm="cs@dcinside.com", name_from="디시인사이드 운영팀", date=date(10, 16, 48),
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청", reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 두 개는 확인하고 바로 지웠습니다.
{D1}
{D2}

그리고 {D3} 이 글은
저희가 보기 전에 작성자가 이미 삭제해서 없는 글이었습니다.

수고하세요.
""",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-html-all-deleted",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style HTML 조치결과 회신 (게시물 삭제 및 작성자 이용차단)",
    why="each of the three rows says 삭제; the 작성자 이용차단 is about the writer, not the post",
    frm="legal@dcinside.com", name_from="(주)디시인사이드", date=date(11, 14, 30),
    subject=subj("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240909-04)"), reply_to_req=mid(R4),
    type="html",
    body=f"""
<html><body>
<p><b>수신</b> 방송통신심의위원회 &nbsp; <b>발신</b> (주)디시인사이드</p>
<p>귀 위원회의 시정요구(KCSC-240909-04)에 따라 아래와 같이 조치하였음을 알려드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>No</th><th>갤러리 게시물</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{D1.replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>2</td><td>{D2.replace('&', '&amp;')}</td><td>삭제 및 작성자 이용차단(7일)</td></tr>
<tr><td>3</td><td>{D3.replace('&', '&amp;')}</td><td>삭제 및 작성자 이용차단(7일)</td></tr>
</table>
<p>감사합니다.<br>(주)디시인사이드 법무팀</p>
</body></html>
""",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

case(
    name="dc-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply with each statement line followed by its URL on the next line",
    why="'아래 게시글은 삭제 처리하였습니다' + URL removed; '아래 게시글은 조회되지 않는 글입니다' + URL not_found",
    frm="help@dcinside.com", name_from="디시인사이드 고객센터", date=date(12, 11, 5),
    subject="[디시인사이드 고객센터] 문의 답변 (KCSC-240909-04)", reply_to_req=mid(R4),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

아래 게시글은 삭제 처리하였습니다.
{D1}

아래 게시글은 조회되지 않는 글입니다(삭제되었거나 존재하지 않는 글번호).
{D3}

이용해 주셔서 감사합니다.
""",
    items={D1: "removed", D3: "not_found"},
)

# --- BAND, R5 (2 items) ---------------------------------------------------
case(
    name="band-both-deleted-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 reply: both reported posts deleted, URLs in angle brackets",
    why="'게시글 2건 모두 ... 삭제하였습니다' followed by both URLs named individually, so no bulk",
    frm="help@band.us", name_from="BAND 고객센터", date=date(11, 10, 10),
    subject=subj("[BAND] 신고하신 게시글 처리 안내"), reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 2건 모두 BAND 운영정책(불법 상품 거래) 위반으로 삭제하였습니다.
<{B1}>
<{B2}>

해당 밴드의 리더에게도 운영정책 안내를 전달하였습니다.
BAND 운영정책: https://band.us/policy/operation

BAND 드림
""",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-numbered-removed-and-kept",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 numbered result list: one post deleted, one kept (위반 사항 확인되지 않아 유지)",
    why="1. 삭제 완료 removed; 2. no violation found, post kept = rejected",
    frm="ops@band.us", name_from="BAND 운영팀", date=date(13, 14, 50),
    subject="Re: [KCSC-240910-05] 밴드 게시글 시정요구", reply_to_req=mid(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다. 요청하신 건 처리 결과 안내드립니다.

1. {B1} : 삭제 완료
2. {B2} : 신고 내용을 검토하였으나 운영정책 위반 사항이 확인되지 않아
   게시글을 유지합니다. (중고 물품 판매 글로, 판매 금지 품목 아님)

감사합니다.
""",
    items={B1: "removed", B2: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    outcome="review", review="not_understood",
    imitates="NAVER reply promising 순차적으로 게시중단 처리할 예정, naming two cafe posts '이번 주 중 조치될 예정'",
    why="promises only (예정입니다): named items stay pending and the email goes to review",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(3, 17, 30),
    subject="RE: [KCSC-240902-01] 시정요구 (불법 도박 광고 12건)", reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책협력실입니다.

요청하신 12건은 법무 검토를 거쳐 순차적으로 게시중단 처리할 예정입니다.
특히 아래 카페 게시물 2건은 이번 주 중 조치될 예정입니다.

- {N4}
- {N5}

처리가 완료되면 결과를 정리하여 회신드리겠습니다.
감사합니다.
""",
    items=pending([N4, N5]),
)

case(
    name="naver-bulk-all-blinded",
    outcome="review", review="bulk",
    imitates="one-line NAVER reply: '요청하신 게시물 12건 전체에 대하여 블라인드 처리를 완료'",
    why="a statement about all 12 items of a 12-item request without naming any: bulk, items pending",
    frm="right_help@naver.com", name_from="네이버 고객센터", date=date(9, 9, 2),
    subject="Re: [KCSC-240902-01] 시정요구 (불법 도박 광고 12건)", reply_to_req=mid(R1),
    body="""
안녕하세요. 네이버 게시중단 담당자입니다.

요청하신 게시물 12건 전체에 대하여 블라인드 처리를 완료하였습니다.

감사합니다.
""",
    items=pending(R1_URLS),
)

case(
    name="naver-auth-fail-untrusted",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 조치 결과 mail whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: statements not applied, review untrusted",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", auth="fail", date=date(4, 22, 13),
    subject="RE: [KCSC-240902-01] 조치 결과", reply_to_req=mid(R1),
    body=f"""
안녕하세요. 요청하신 게시물 처리 결과입니다.

{N1} - 삭제 완료
{N2} - 삭제 완료

감사합니다.
""",
    items=pending([N1, N2]),
)

case(
    name="naver-partner-vendor-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="outsourced customer-support vendor answering on a portal's behalf from its own domain",
    why="sender domain navercorp-partners.co.kr is no platform's domain: review unknown_sender",
    frm="cs-support@navercorp-partners.co.kr", name_from="네이버 고객지원 파트너센터", date=date(5, 10, 33),
    subject="[답변] KCSC-240902-01 카페 게시물 처리 결과",
    body=f"""
안녕하세요. 네이버 고객지원 파트너센터입니다.

요청하신 카페 게시물 {N6} 은(는) 삭제 완료되었습니다.

본 메일은 네이버 고객센터 업무 위탁사에서 발송되었습니다.
""",
    items=pending([N6]),
)

case(
    name="naver-answers-for-band-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="NAVER 정책협력실 answering for BAND posts (a NAVER group service) on the BAND request",
    why="a NAVER-domain email stating statuses for BAND items: review wrong_platform, nothing applied",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(12, 13, 13),
    subject="Re: [KCSC-240910-05] 밴드 게시글 시정요구", reply_to_req=mid(R5),
    body=f"""
안녕하세요, 네이버 정책협력실입니다.

밴드 서비스 관련 요청은 당사 정책협력실에서 함께 회신드립니다.

{B1} : 삭제
{B2} : 삭제

감사합니다.
""",
    items=pending([B1, B2]),
)

case(
    name="naver-contact-change-no-claims",
    outcome="review", review="no_claims",
    imitates="portal notice to regulators announcing a new 정책협력 contact address",
    why="trusted NAVER mail naming no item and no request: review no_claims",
    frm="policy@navercorp.com", name_from="네이버 정책협력실", date=date(16, 10, 0),
    subject=subj("[안내] 네이버 정책협력 담당 창구 변경 안내"),
    body="""
안녕하십니까, 네이버 정책협력실입니다.

2024년 9월 23일부터 유관기관 요청 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: gov-request@navercorp.com

기존 주소로 보내주신 메일도 10월 말까지는 자동으로 전달됩니다.
앞으로도 많은 협조 부탁드립니다.

네이버 정책협력실 드림
""",
)

case(
    name="kcsc-colleague-forwards-naver",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="colleague forwarding (Gmail '---------- Forwarded message ---------') a NAVER reply sent to a personal address",
    why="the statement is inside a forward from our own staff, not a platform email: review forwarded, nothing applied",
    frm="haeun.lee@kcsc.example", name_from="이하은", date=date(9, 11, 40),
    subject="Fwd: [회신] KCSC-240902-01 지식iN 게시물 처리 결과",
    body=f"""
네이버에서 제 개인 메일로 회신이 와서 전달드립니다. 반영 부탁드려요.

---------- Forwarded message ---------
보낸사람: 네이버 지식iN 운영팀 <kin_help@navercorp.com>
Date: 2024년 9월 9일 (월) 오전 11:02
Subject: [회신] KCSC-240902-01 지식iN 게시물 처리 결과
To: 이하은 <haeun.lee@kcsc.example>

안녕하세요, 네이버 지식iN 운영팀입니다.
요청하신 지식iN 게시물 {N9} 은 삭제 처리되었습니다.
감사합니다.
""",
    items=pending([N9]),
)

case(
    name="kakao-daum-hedged-maybe-deleted",
    outcome="review", review="not_understood",
    imitates="Daum 카페 operator reply guessing that posts 'seem to be' already deleted, still checking",
    why="hedges (가능성이 있습니다, 것으로 보이나, 확인 중): no statement, items pending",
    frm="cafe_notice@daum.net", name_from="Daum 카페 운영팀", date=date(6, 15, 20),
    subject="Re: [KCSC-240905-02] 시정요구 (5건)", reply_to_req=mid(R2),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K3} 게시글은 현재 조회되지 않는 것으로 보아
이미 삭제되었을 가능성이 있습니다.
{K4} 역시 작성자가 직접 지운 것으로 보이나,
정확한 이력은 확인 중입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    items=pending([K3, K4]),
)

case(
    name="kakao-bulk-five-deleted",
    outcome="review", review="bulk",
    imitates="Daum 고객센터 short reply: '게시물 5건 모두 삭제 조치 완료'",
    why="all five items of a five-item request stated removed without naming them: bulk",
    frm="cs_reply@daum.net", name_from="Daum 고객센터", date=date(8, 10, 5),
    subject="Re: [KCSC-240905-02] 시정요구 (5건)", reply_to_req=mid(R2),
    body="""
안녕하세요. Daum 고객센터입니다.

요청하신 KCSC-240905-02 건의 게시물 5건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    items=pending(R2_URLS),
)

case(
    name="kakao-asks-for-official-document",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="카카오 정책팀 asking for the 심의 의결서 / 시정요구 공문 before acting",
    why="the platform asks for a document before it will act: review asks_more",
    frm="policy-kr@kakaocorp.com", name_from="카카오 정책팀", date=date(6, 9, 50),
    subject="RE: [KCSC-240905-02] 시정요구 (5건)", reply_to_req=mid(R2),
    body="""
안녕하세요, 카카오 정책팀입니다.

보내주신 요청 건은 처리를 위해 위원회 의결서 사본(또는 시정요구 공문 PDF)이
필요합니다. 해당 문서를 이 메일에 회신으로 첨부해 주시면 확인 후 조치하겠습니다.

감사합니다.
""",
)

case(
    name="dc-operator-will-delete",
    outcome="review", review="not_understood",
    imitates="informal DC Inside reply: passed to the gallery manager, '확인되는 대로 삭제하겠습니다'",
    why="a promise about a named post, nothing done yet: pending, review not_understood",
    frm="cs@dcinside.com", name_from="디시인사이드 운영팀", date=date(9, 18, 2),
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청", reply_to_req=mid(R4),
    body=f"""
네 확인했습니다.

말씀하신 {D2} 글은
갤러리 매니저한테도 전달해놨고, 확인되는 대로 삭제하겠습니다.
나머지도 오늘 중으로 보겠습니다.
""",
    items=pending([D2]),
)

case(
    name="yt-guidelines-ok-local-law-pending",
    outcome="review", review="not_understood",
    imitates="YouTube two-stage reply: no Community Guidelines violation, passed on for local-law review",
    why="the first-stage 'no violation' is not a final refusal while the legal review is still open: pending",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support", date=date(9, 2, 18),
    subject="Re: [KCSC-240906-03] Legal removal request", reply_to_req=mid(R3),
    body=f"""
Hello,

Thanks for your patience. We reviewed the following videos against our
Community Guidelines and did not find a violation:

{Y1}
{Y2}

Because your request was submitted under Korean law, the videos have been
passed to our legal team for a separate local-law review. We'll let you know
the outcome.

Regards,
The YouTube Team
""",
    items=pending([Y1, Y2]),
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (추석 연휴) from a NAVER staff mailbox",
    why="auto-reply (Auto-Submitted: auto-replied) with no statement: ignored",
    frm="jimin.park@navercorp.com", name_from="박지민", date=date(13, 18, 1),
    subject=subj("[자동응답] 부재중입니다: RE: [KCSC-240902-01] 시정요구"), reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박지민입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책협력실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
)

case(
    name="daum-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Daum mail server delivery-status notification (550 5.1.1 user unknown) returning our request",
    why="a bounce (multipart/report delivery-status) carrying our own request with all five URLs: ignored",
    frm="mailer-daemon@daum.net", name_from="Mail Delivery Subsystem", date=date(5, 14, 11),
    subject=subj("메일 전송 실패 안내 (Undelivered Mail Returned to Sender)"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b893-daum"

--dsn-b893-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

  <report-old@kakaocorp.com>: 수신자 주소를 찾을 수 없습니다 (550 5.1.1 user unknown)

수신자 주소를 확인하신 후 다시 보내 주십시오.

--dsn-b893-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.daum.net
Arrival-Date: Thu, 05 Sep 2024 14:10:44 +0900

Final-Recipient: rfc822; report-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@kakaocorp.com>: user unknown

--dsn-b893-daum
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@kakaocorp.com
Subject: [KCSC-240905-02] Correction request (5 items)
Date: Thu, 05 Sep 2024 14:10:00 +0900
Message-ID: <req.KCSC-240905-02.copy@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물 5건에 대하여 시정요구(삭제)하오니 조치 후 회신 바랍니다.
""" + "\n".join(f"{i}. {u}" for i, u in enumerate(R2_URLS, 1)) + """

--dsn-b893-daum--
""",
)

case(
    name="band-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, message/disposition-notification) from a BAND staff mail client",
    why="a read receipt says nothing about items: ignored",
    frm="ops@band.us", name_from="BAND 운영팀", date=date(10, 16, 2),
    subject=subj("읽음 확인: [KCSC-240910-05] 밴드 게시글 시정요구"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b893-band"

--mdn-b893-band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-05] 밴드 게시글 시정요구"을(를) 수신자가
2024-09-10 16:02에 읽었습니다.

--mdn-b893-band
Content-Type: message/disposition-notification

Reporting-UA: band.us; Webmail
Final-Recipient: rfc822; ops@band.us
Original-Message-ID: <req.KCSC-240910-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b893-band--
""",
)

case(
    name="dc-ticket-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk ticket receipt (접수번호) echoing the submitted report",
    why="pure acknowledgement (문의가 정상적으로 접수되었습니다); the URLs are only our report echoed back",
    frm="noreply@dcinside.com", name_from="디시인사이드 고객센터", date=date(9, 11, 2),
    subject=subj("[디시인사이드] 문의가 정상적으로 접수되었습니다"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.
문의가 정상적으로 접수되었습니다.

접수번호 : DC-240909-00172
문의유형 : 게시물 삭제 요청
접수내용 :
  [KCSC-240909-04] 아래 게시물 3건 삭제 요청
  {D1}
  {D2}
  {D3}

영업일 기준 1~3일 이내에 답변 드리겠습니다.
본 메일은 발신 전용입니다.
""",
)

case(
    name="yt-case-id-acknowledgement",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt ('We've received your request ... case ID')",
    why="receipt with a case ID only, no statement about any item: ignored",
    frm="youtube-legal-support@google.com", name_from="YouTube Legal Support", date=date(6, 9, 33),
    subject="[8-4410000027731] Your legal request to YouTube",
    body="""
Hello,

Thanks for reaching out to the YouTube Legal team. We've received your request
(KCSC-240906-03) and assigned it case ID 8-4410000027731.

Please keep this case ID for your records. You don't need to reply to this
message; we'll contact you if we need more information.

Regards,
The YouTube Team
""",
)

case(
    name="kakao-out-of-office-html",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook-style '자동 회신: Out of Office' (multipart/alternative) from a Kakao staff mailbox",
    why="automatic out-of-office reply: ignored",
    frm="minho.choi@kakaocorp.com", name_from="최민호", date=date(5, 14, 12),
    subject=subj("자동 회신: [KCSC-240905-02] 시정요구 (5건)"), reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    raw_mime="""
Content-Type: multipart/alternative; boundary="alt-b893-ooo"

--alt-b893-ooo
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

9월 9일까지 해외 출장 중으로 메일 확인이 늦어질 수 있습니다.
I am out of the office until 9 September with limited access to email.

--alt-b893-ooo
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><p>9월 9일까지 해외 출장 중으로 메일 확인이 늦어질 수 있습니다.</p>
<p>I am out of the office until 9 September with limited access to email.</p></body></html>

--alt-b893-ooo--
""",
)

case(
    name="naver-receipt-base64-html",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 '문의 접수 완료' HTML receipt, base64-encoded",
    why="pure receipt (접수번호, 답변 예정), no item statement: ignored",
    frm="help@naver.com", name_from="네이버 고객센터", date=date(11, 10, 3),
    subject=subj("[네이버 고객센터] 문의가 접수되었습니다"),
    raw_mime="""
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64body("""<html><body>
<h3>문의가 접수되었습니다</h3>
<p>접수번호: <b>2409110042</b><br>접수일시: 2024.09.11 10:03</p>
<p>문의하신 내용(KCSC-240911-06)은 담당자 확인 후 순차적으로 답변 드리겠습니다.<br>
답변은 이메일과 <a href="https://help.naver.com/mypage">나의 문의내역</a>에서 확인하실 수 있습니다.</p>
<p style="color:#999">본 메일은 발신 전용입니다.</p>
</body></html>
"""),
)


HEADER = """# Blind set blind893 (Korean: NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
# DC Inside, BAND; 공문-style replies, 임시조치 notices, 조치결과 tables,
# informal operator replies). Written by tests/corpus/blind893/make.py from the
# meaning of each email, before any run of the reader. Each case is one email
# ingested into a fresh ledger holding requests.csv; [case.items] lists every
# requested item the email speaks about."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    # report
    from collections import Counter
    print(len(CASES), "cases", dict(Counter(c["outcome"] for c in CASES)))
