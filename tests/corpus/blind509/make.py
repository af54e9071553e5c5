#!/usr/bin/env python3
"""Blind set 509: Korean-language replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND): 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables and informal operator replies.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind509/make.py
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
KO_K3 = "대출-후기-정리"
KO_T1 = "비밀-리딩방-안내"
ENC_K3 = "%EB%8C%80%EC%B6%9C-%ED%9B%84%EA%B8%B0-%EC%A0%95%EB%A6%AC"
ENC_T1 = "%EB%B9%84%EB%B0%80-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4"

N = {
    1: "https://blog.naver.com/lucky_hwan77/223561001201",
    2: "https://blog.naver.com/lucky_hwan77/223561001388",
    3: "https://blog.naver.com/sunny_bet_kr/223558720045",
    4: "https://blog.naver.com/sunny_bet_kr/223559004417",
    5: "https://cafe.naver.com/toto2424/10452",
    6: "https://cafe.naver.com/toto2424/10461",
    7: "https://cafe.naver.com/toto2424/10489",
    8: "https://cafe.naver.com/mintcasinofan/3317",
    9: "https://cafe.naver.com/mintcasinofan/3320",
    10: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471203385",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38512207&memberNo=51822013",
    12: "https://blog.naver.com/jinu_slot/223560117790",
    13: "https://blog.naver.com/jinu_slot/223560118012",
    14: "https://cafe.naver.com/toto2424/10502",
}
K = {
    1: "https://cafe.daum.net/moneyrich88/Ab3K/1021",
    2: "https://cafe.daum.net/moneyrich88/Ab3K/1034",
    3: "https://hanbit-review.tistory.com/entry/" + ENC_K3,
    4: "https://hanbit-review.tistory.com/152",
    5: "https://pf.kakao.com/_xkQmzb/104223311",
}
K3_RAW = "https://hanbit-review.tistory.com/entry/" + KO_K3
Y = {
    1: "https://www.youtube.com/watch?v=kR3mP0xLq7A",
    2: "https://www.youtube.com/watch?v=Zt8nW2yHc5E",
    3: "https://www.youtube.com/shorts/pQ1vB7dJx9s",
    4: "https://www.youtube.com/@moktak_tv_kr",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812043",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=kimchiwar&no=55120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=kimchiwar&no=55187",
}
B = {
    1: "https://band.us/band/84120331/post/2207",
    2: "https://band.us/band/84120331/post/2215",
}
S1 = "https://blog.naver.com/mamsori_diary/223571204455"
T1 = "https://lotus-days.tistory.com/entry/" + ENC_T1
T1_RAW = "https://lotus-days.tistory.com/entry/" + KO_T1

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_gambling", "req-240902-01@kcsc.example",
     "불법 도박 홍보 블로그·카페 게시물, 14건"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "illegal_loan", "req-240903-02@kcsc.example",
     "미등록 대부업 광고 (Daum 카페, 티스토리, 카카오톡 채널)"),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "drugs", "req-240905-03@kcsc.example",
     "마약류 판매 광고 영상 3건, 채널 1건"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "privacy", "req-240906-04@kcsc.example",
     "개인정보(신상) 노출 게시물, \"갤러리\" 2곳"),
    ("KCSC-240909-05", "band", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [B[1], B[2]], "fraud", "req-240909-05@kcsc.example",
     "투자 사기 권유 게시글, 2건"),
    ("KCSC-240910-06", "naver", "2024-09-10T13:15:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "defamation", "req-240910-06@kcsc.example",
     "명예훼손 블로그 글, 1건"),
    ("KCSC-240911-07", "kakao", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [T1], "fraud", "req-240911-07@kcsc.example",
     "유사투자자문 리딩방 홍보 글, 1건"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


NAVER_SIG = """
네이버 주식회사 | 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소 표기)
문의: https://help.naver.com/service/5600/contents/19079
"""

KAKAO_SIG = """
--
주식회사 카카오 | 서비스보호팀
본 메일은 발신 전용이 아닙니다. 회신 시 접수번호를 유지해 주세요.
운영정책: https://www.kakao.com/policy/oppolicy
"""

DC_SIG = """
디시인사이드 운영팀
https://gall.dcinside.com/board/lists/?id=dcinside_notice
"""

QUOTED_R1 = "\n".join("> " + N[i] for i in range(1, 15))

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-html-table-all14",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 17:42:10 +0900",
    subject="[회신] 시정요구 조치결과 통보 (귀 위원회 KCSC-240902-01 관련)",
    reply_to_req="req-240902-01", type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>수신: 방송통신심의위원회 통신심의국<br>
발신: 네이버 주식회사 정책지원팀<br>
문서번호: NV-정책-2024-09-0412<br>
제목: 시정요구 조치결과 통보</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.<br>
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01)와 관련하여, 당사의 조치결과를 아래와 같이 통보합니다.</p>
<p style="text-align:center">- 아 래 -</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>2024-09-04</td><td></td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td><td>2024-09-04</td><td></td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>2024-09-04</td><td>30일</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치</td><td>2024-09-04</td><td>30일</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>삭제</td><td>2024-09-05</td><td>카페 게시글</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>삭제</td><td>2024-09-05</td><td>카페 게시글</td></tr>
<tr><td>7</td><td>{N[7]}</td><td>-</td><td>-</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>8</td><td>{N[8]}</td><td>삭제</td><td>2024-09-05</td><td></td></tr>
<tr><td>9</td><td>{N[9]}</td><td>조치 불가</td><td>-</td><td>도박 중독 예방 안내글로 위반사항 없음</td></tr>
<tr><td>10</td><td>{N[10].replace('&', '&amp;')}</td><td>운영자 삭제</td><td>2024-09-05</td><td>지식iN 답변</td></tr>
<tr><td>11</td><td>{N[11].replace('&', '&amp;')}</td><td>비공개 처리</td><td>2024-09-06</td><td></td></tr>
<tr><td>12</td><td>{N[12]}</td><td>블라인드</td><td>2024-09-06</td><td></td></tr>
<tr><td>13</td><td>{N[13]}</td><td>블라인드</td><td>2024-09-06</td><td></td></tr>
<tr><td>14</td><td>{N[14]}</td><td>-</td><td>-</td><td>존재하지 않는 게시물</td></tr>
</table>
<p>3. 기타 문의사항은 당사 정책지원팀(담당: 한지수 매니저)으로 연락 주시기 바랍니다.&nbsp; 끝.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with an HTML result table (NAVER)",
    why="trusted NAVER 공문, one row per URL: 게시중단/삭제/운영자 삭제/비공개/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "restricted",
           N[5]: "removed", N[6]: "removed", N[7]: "not_found", N[8]: "removed",
           N[9]: "rejected", N[10]: "removed", N[11]: "removed", N[12]: "removed",
           N[13]: "removed", N[14]: "not_found"},
)

case(
    name="naver-numbered-list-first-five",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 4 Sep 2024 11:05:31 +0900",
    subject="RE: [방송통신심의위원회] 불법 도박 홍보 게시물 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 우선 처리가 끝난 5건의 결과를 먼저 회신드립니다.

1. {N[1]}
   → 게시중단 완료
2. {N[2]}
   → 게시중단 완료
3. {N[3]}
   → 임시조치 (30일간 게시 제한)
4. {N[4]}
   → 해당 게시물은 이미 작성자가 삭제하여 확인되지 않습니다.
5. {N[5]}
   → 카페 게시글 삭제 완료

나머지 9건은 확인 중이며 처리되는 대로 별도 회신드리겠습니다.

감사합니다.
{NAVER_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team partial result reply, numbered list with the outcome on the line below each URL",
    why="five URLs each with an unhedged outcome on the next line; the remaining nine are only promised and stay pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "removed"},
)

CSV_N = "\ufeff순번,URL,조치결과,비고\n" + "\n".join([
    f"1,{N[6]},삭제,",
    f"2,{N[7]},삭제,",
    f"3,{N[8]},임시조치,30일 경과 후 재검토",
    f"4,{N[9]},조치불가,위반사항 없음(예방 캠페인 글)",
    f"5,\"{N[10]}\",게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="naver-csv-attachment-results",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 6 Sep 2024 16:20:44 +0900",
    subject="RE: 시정요구 KCSC-240902-01 조치결과 (2차)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv509csv=="

--==nv509csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 건의 2차 조치결과를 첨부 파일로 송부드립니다.
(첨부: result_KCSC-240902-01_2.csv, 5건)

확인 부탁드립니다.
{NAVER_SIG}
--==nv509csv==
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01_2.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01_2.csv"
Content-Transfer-Encoding: base64

{b64(CSV_N)}--==nv509csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (UTF-8 with BOM, Excel export)",
    why="CSV rows state 삭제 (removed), 임시조치 (restricted), 조치불가 with reason (rejected), 게시물 없음 (not_found)",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "rejected", N[10]: "not_found"},
)

case(
    name="naver-single-item-blind-no-url",
    from_="right@navercorp.com", name_from="NAVER 권리보호센터",
    date="Wed, 11 Sep 2024 10:02:09 +0900",
    subject="Re: [KCSC-240910-06] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body=f"""방송통신심의위원회 담당자님께,

안녕하세요. NAVER 권리보호센터입니다.
요청하신 블로그 게시물은 검토 결과 명예훼손 소지가 확인되어 2024년 9월 11일 09시 40분부로 블라인드 처리되었습니다.
해당 게시물은 현재 작성자 본인 외에는 열람할 수 없습니다.

권리보호센터 운영 기준은 아래 페이지에서 확인하실 수 있습니다.
https://right.naver.com/guide/process

감사합니다.
NAVER 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 블라인드 처리 결과 안내 (answer naming no URL)",
    why="one-item request KCSC-240910-06, unhedged 블라인드 처리되었습니다 about 'the requested post': the sole item is removed; the right.naver.com guide link is not an item",
    items={S1: "removed"},
)

case(
    name="naver-angle-bracket-url-particle",
    from_="right@navercorp.com", name_from="NAVER 권리보호센터",
    date="Thu, 12 Sep 2024 14:31:50 +0900",
    subject="[NAVER] 임시조치 처리 결과 안내",
    reply_to_req="req-240910-06",
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

귀 위원회에서 신고하신 게시물
<{S1}>에 대하여 정보통신망법 제44조의2에 따른 임시조치(30일)를 완료하였습니다.

임시조치 기간 동안 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 완료 안내 (정보통신망법 제44조의2), URL in angle brackets followed by a Korean particle",
    why="임시조치 completed on the named URL: restricted; the deletion after 30 days is only conditional and does not count",
    items={S1: "restricted"},
)

body_qp = f"""KCSC 담당자님 안녕하세요.

지식iN/네이버 포스트 담당 운영자입니다.
시정요구 KCSC-240902-01 가운데 저희 서비스 소관 2건 처리 결과 알려드립니다.

- 지식iN 답변: {N[10]}
  운영정책 위반(불법 사행성 사이트 홍보)으로 운영자 삭제하였습니다.
- 네이버 포스트: {N[11]}
  해당 포스트는 비공개 처리되어 현재 외부에서 볼 수 없습니다.

감사합니다.
네이버 지식iN 운영팀 드림
"""
case(
    name="naver-kin-post-quoted-printable",
    from_="kin_admin@navercorp.com", name_from="네이버 지식iN 운영팀",
    date="Fri, 6 Sep 2024 09:48:02 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("RE: 시정요구 KCSC-240902-01 지식iN/포스트 처리 결과".encode()).decode() + "?=",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(body_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-operator reply (지식iN/포스트) in quoted-printable with an encoded-word subject",
    why="two named URLs: 운영자 삭제 (removed) and 비공개 처리 (removed); QP soft breaks must be decoded first",
    items={N[10]: "removed", N[11]: "removed"},
)

case(
    name="naver-top-posted-gmail-quote",
    from_="soyeon.park@navercorp.com", name_from="박소연 (NAVER)",
    date="Tue, 10 Sep 2024 08:55:17 +0900",
    subject="Re: [방송통신심의위원회] 불법 도박 홍보 게시물 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""담당자님, 남은 건 정리해서 말씀드려요.

{N[12]}은 블로그 게시글 삭제 조치했고요,
{N[13]}도 같은 작성자 글이라 함께 삭제했습니다.
{N[14]}은 확인해보니 작성자가 9/3에 이미 지운 글이라 저희가 따로 조치할 게 없었습니다.

나머지는 이전 회신 참고 부탁드립니다.
박소연 드림

2024년 9월 2일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 주식회사 귀중
>
> 아래 게시물은 불법 도박 사이트를 홍보하는 정보로서 정보통신망법 제44조의7에
> 해당하므로 삭제 등 시정을 요구합니다. (심의번호 KCSC-240902-01)
>
{QUOTED_R1}
>
> 조치결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal top-posted reply by a NAVER staff member over the Korean-Gmail quoted request",
    why="three URLs named in the new text with Korean particles attached (removed, removed, not_found); the 14 URLs below are only our quoted request",
    items={N[12]: "removed", N[13]: "removed", N[14]: "not_found"},
)

case(
    name="naver-siljeong-text-table",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 5 Sep 2024 18:10:00 +0900",
    subject="시정요구 조치결과 회신 [KCSC-240902-01]",
    reply_to_req="req-240902-01",
    body=f"""수    신 : 방송통신심의위원회
참    조 : 통신심의국 불법정보팀
제    목 : 시정요구에 대한 조치결과 회신

1. 관련: 방송통신심의위원회 시정요구(KCSC-240902-01, 2024.9.2.)
2. 위 관련 시정요구에 대한 당사 조치결과를 다음과 같이 회신합니다.

+----+----------------------------------------------+------------+------------+
| 순번 | 대상 URL                                      | 조치내용     | 조치일자     |
+----+----------------------------------------------+------------+------------+
| 1  | {N[3]}   | 삭제        | 2024.09.05 |
| 2  | {N[4]}   | 삭제        | 2024.09.05 |
| 3  | {N[5]}             | 삭제        | 2024.09.05 |
| 4  | {N[6]}             | 접근 제한     | 2024.09.05 |
+----+----------------------------------------------+------------+------------+

3. 나머지 대상에 대해서는 검토가 끝나는 대로 추가 회신하겠습니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 공문 with a plain-text box table (순번/대상 URL/조치내용/조치일자)",
    why="text table rows: 삭제 removed for three, 접근 제한 restricted for one; the rest are only promised",
    items={N[3]: "removed", N[4]: "removed", N[5]: "removed", N[6]: "restricted"},
)

html_b64 = f"""<html><body>
<div>안녕하세요, 네이버 카페 운영지원 담당입니다.</div>
<div><br></div>
<div>KCSC-240902-01 관련하여 카페 게시글 3건 확인 결과입니다.</div>
<ul>
<li><a href="{N[7]}">{N[7]}</a> : 운영정책 위반으로 <b>삭제</b> 처리</li>
<li><a href="{N[8]}">{N[8]}</a> : 운영정책 위반으로 <b>삭제</b> 처리</li>
<li><a href="{N[9]}">{N[9]}</a> : 이미 삭제된 게시물로 확인됩니다 (카페 매니저가 9/4 삭제)</li>
</ul>
<div>카페 운영원칙: <a href="https://cafe.naver.com/cafesupport/policy">https://cafe.naver.com/cafesupport/policy</a></div>
<div><br></div>
<div>네이버 카페 운영지원</div>
</body></html>
"""
case(
    name="naver-cafe-base64-html-list",
    from_="cafe_support@navercorp.com", name_from="네이버 카페 운영지원",
    date="Sat, 7 Sep 2024 13:27:45 +0900",
    subject="Re: KCSC-240902-01 카페 게시글 조치 결과",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html_b64)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe support reply, base64 HTML with a bulleted list of linked URLs",
    why="two URLs deleted (removed); the third already deleted by the cafe manager before any action, a post that no longer exists (not_found); policy link is not an item",
    items={N[7]: "removed", N[8]: "removed", N[9]: "not_found"},
)

case(
    name="naver-received-plus-done",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 09:12:33 +0900",
    subject="RE: 시정요구 KCSC-240902-01 접수 및 처리 안내",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 공문은 정상적으로 접수되었습니다.
접수와 함께 아래 2건은 즉시 처리하였음을 알려드립니다.

 · {N[12]} : 게시중단
 · {N[13]} : 임시조치 (국내 접근 제한, 30일)

감사합니다.
{NAVER_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="receipt phrase followed by item results in the same NAVER reply",
    why="'정상적으로 접수되었습니다' plus unhedged per-URL statements is not a pure acknowledgement: removed and restricted",
    items={N[12]: "removed", N[13]: "restricted"},
)

case(
    name="kakao-gongmun-daum-cafe",
    from_="protect@kakaocorp.com", name_from="카카오 서비스보호팀",
    date="Fri, 6 Sep 2024 15:03:12 +0900",
    subject="[카카오] 시정요구(KCSC-240903-02) 조치결과 회신",
    reply_to_req="req-240903-02",
    body=f"""수신  방송통신심의위원회 위원장
(경유)
제목  시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(KCSC-240903-02)에 따라 Daum 카페 게시물에 대하여 아래와 같이 조치하였음을 회신합니다.

  가. 조치 대상 및 결과
     ① {K[1]}  - 게시중단
     ② {K[2]}  - 게시중단
  나. 조치 일시: 2024. 9. 5. 17:30

3. 티스토리 및 카카오톡 채널 게시물은 담당 부서 확인 후 별도 회신 예정입니다.  끝.
{KAKAO_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 시정요구 조치결과 회신 (가./나. outline, circled numbers)",
    why="two Daum cafe URLs with 게시중단 (removed); the other three are only promised",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-tistory-raw-korean-path",
    from_="tistory-cs@kakaocorp.com", name_from="티스토리 고객센터",
    date="Mon, 9 Sep 2024 11:41:27 +0900",
    subject="RE: [KCSC-240903-02] 티스토리 게시글 시정요구",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 티스토리 고객센터입니다.

요청하신 티스토리 게시글 2건에 대한 처리 결과를 안내드립니다.

{K3_RAW} 게시글은 국내 접근 제한 조치하였습니다.
{K[4]} 게시글은 운영정책(불법 금융 광고) 위반으로 삭제하였습니다.

티스토리 운영정책: https://www.tistory.com/policy/operation

감사합니다.
티스토리 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) customer-centre result reply with a raw Hangul slug URL",
    why="raw Korean path matches the percent-encoded request URL: 국내 접근 제한 restricted; the numeric post deleted: removed",
    items={K[3]: "restricted", K[4]: "removed"},
)

case(
    name="kakao-channel-rejected",
    from_="protect@kakaocorp.com", name_from="카카오 서비스보호팀",
    date="Tue, 10 Sep 2024 16:55:03 +0900",
    subject="RE: 시정요구 KCSC-240903-02 카카오톡 채널 게시물 검토 결과",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 서비스보호팀입니다.

요청하신 카카오톡 채널 게시물({K[5]})은
등록 대부업체(금융위원회 등록번호 확인)의 금리 안내 게시물로 확인되어,
운영정책 및 관련 법령 위반 사항이 없다고 판단하였습니다.
이에 따라 해당 게시물은 별도 조치 없이 게시를 유지합니다.

추가 자료가 있으시면 회신 주시기 바랍니다. 재검토하겠습니다.
{KAKAO_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal with its reason (registered lender, no violation)",
    why="clear refusal with a reason: the item stays up, rejected; the offer to re-examine on new material does not hedge the decision",
    items={K[5]: "rejected"},
)

case(
    name="kakao-html-table-all-five",
    from_="protect@kakaocorp.com", name_from="카카오 서비스보호팀",
    date="Wed, 11 Sep 2024 10:20:40 +0900",
    subject="[카카오] KCSC-240903-02 최종 조치결과",
    reply_to_req="req-240903-02", type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>KCSC-240903-02 시정요구 대상 5건의 최종 조치결과를 아래 표로 정리하여 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>서비스</th><th>URL</th><th>결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>Daum 카페</td><td><a href="{K[1]}">{K[1]}</a></td><td>게시중단</td></tr>
<tr><td>2</td><td>Daum 카페</td><td><a href="{K[2]}">{K[2]}</a></td><td>게시중단</td></tr>
<tr><td>3</td><td>티스토리</td><td><a href="{K[3]}">{K3_RAW}</a></td><td>임시조치(접근 제한)</td></tr>
<tr><td>4</td><td>티스토리</td><td><a href="{K[4]}">{K[4]}</a></td><td>게시물 없음 (블로그 운영자 탈퇴)</td></tr>
<tr><td>5</td><td>카카오톡 채널</td><td><a href="{K[5]}">{K[5]}</a></td><td>삭제</td></tr>
</tbody></table>
<p>감사합니다.<br>카카오 서비스보호팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao final result table in HTML (서비스/URL/결과 columns)",
    why="five rows: 게시중단 removed x2, 임시조치(접근 제한) restricted, 게시물 없음 not_found, 삭제 removed",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found", K[5]: "removed"},
)

case(
    name="kakao-tistory-one-item-paren",
    from_="tistory-cs@kakaocorp.com", name_from="티스토리 고객센터",
    date="Thu, 12 Sep 2024 17:08:19 +0900",
    subject="RE: [KCSC-240911-07] 게시글 삭제 요청",
    reply_to_req="req-240911-07",
    body=f"""안녕하세요. 티스토리 고객센터입니다.

요청하신 게시물({T1_RAW})은 유사투자자문 홍보 게시물로 확인되어
2024년 9월 12일 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Tistory deletion notice with the URL in parentheses",
    why="the one requested URL, raw Hangul slug inside parentheses, deleted: removed",
    items={T1: "removed"},
)

case(
    name="kakao-outlook-top-over-original",
    from_="jh.lee@kakaocorp.com", name_from="이재훈",
    date="Thu, 5 Sep 2024 20:14:55 +0900",
    subject="RE: [방송통신심의위원회] 미등록 대부업 광고 시정요구 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 서비스보호팀 이재훈입니다.

요청 건 중 티스토리 2건 먼저 조치 완료했습니다.
- {K[4]} : 게시중단
- {K3_RAW} : 게시중단

나머지는 확인 후 말씀드리겠습니다.

이재훈 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <protect@kakaocorp.com>
Sent: 2024-09-03 (화) 10:30:00 (GMT+09:00)
Subject: [방송통신심의위원회] 미등록 대부업 광고 시정요구 (KCSC-240903-02)

주식회사 카카오 귀중

아래 정보는 미등록 대부업 광고에 해당하여 삭제를 요청합니다.

{K[1]}
{K[2]}
{K3_RAW}
{K[4]}
{K[5]}

조치결과를 9. 10.까지 회신하여 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Daum-mail style reply above an unprefixed -----Original Message----- block",
    why="two URLs named above the original message with 게시중단 (removed); the five URLs below the separator are our own request",
    items={K[4]: "removed", K[3]: "removed"},
)

case(
    name="yt-legal-english-mixed",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 03:22:41 -0700",
    subject="Re: [KCSC-240905-03] Request for removal of drug sale content",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thank you for your notice regarding the content listed in KCSC-240905-03.

After review, we have taken the following actions:

{Y[1]} - removed from YouTube for violating our Community Guidelines on the sale of regulated goods.
{Y[2]} - removed from YouTube for the same reason.
{Y[3]} - restricted: this Short is no longer available to viewers in South Korea, based on local law.

We are still reviewing the channel you reported and will follow up separately.

For more information on how we handle government requests, see https://support.google.com/youtube/answer/7255326

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome email (removed globally vs. locally restricted in KR)",
    why="two videos removed, the Short blocked in South Korea (restricted); the channel is only 'still reviewing' and stays pending",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "pending"},
)

case(
    name="yt-korean-channel-kr-blocked",
    from_="youtube-kr-legal@google.com", name_from="YouTube 법무지원팀",
    date="Thu, 12 Sep 2024 14:40:00 +0900",
    subject="[YouTube] 신고하신 콘텐츠에 대한 조치 안내 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

방송통신심의위원회에서 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

■ 채널: {Y[4]}
  현지 법률에 따라 대한민국 내에서 이 채널에 대한 액세스를 차단했습니다.

■ 동영상: {Y[1]}
  커뮤니티 가이드 위반(규제 상품 판매)으로 YouTube에서 삭제되었습니다.

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea Korean-language legal outcome (채널 국내 차단, 동영상 삭제)",
    why="channel blocked in Korea (restricted), video deleted (removed)",
    items={Y[4]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-age-restriction-and-keep",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:15:18 -0700",
    subject="Re: KCSC-240905-03 - outcome of our review",
    reply_to_req="req-240905-03",
    body=f"""Hi there,

We reviewed the remaining items of your request KCSC-240905-03.

* {Y[3]}
  We've placed an age restriction on this Short. It can no longer be viewed by signed-out users or users under 18.

* {Y[2]}
  We did not find that this video violates our policies or local law: it is a news report about a police investigation. We will not be taking action on it.

Best regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email with an age restriction and a 'no action' decision with reason",
    why="age-restricted Short: restricted; news report left up with its reason: rejected",
    items={Y[3]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-echoed-report-korean",
    from_="noreply-legal@google.com", name_from="YouTube",
    date="Fri, 6 Sep 2024 22:03:07 +0900",
    subject="YouTube 법적 요청 처리 결과 [KCSC-240905-03]",
    reply_to_req="req-240905-03",
    body=f"""YouTube에 법적 요청을 제출해 주셔서 감사합니다.

제출하신 신고 내용
----------------------------------------
신고 기관: 방송통신심의위원회
참조 번호: KCSC-240905-03
신고 대상 URL: {Y[2]}
신고 사유: 마약류 판매 광고
----------------------------------------

처리 결과
검토 결과 해당 동영상이 YouTube 정책을 위반하는 것으로 확인되어 삭제했습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-form result echoing the submitted report, then the outcome",
    why="echoed report names one URL; the outcome below states that video was deleted: removed",
    items={Y[2]: "removed"},
)

case(
    name="dc-operator-informal",
    from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 9 Sep 2024 13:33:02 +0900",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 3건 확인했습니다.

{D[1]}
→ 삭제했습니다.

{D[2]}
→ 삭제했고 작성 IP 차단했습니다.

{D[3]}
→ 이건 글쓴이가 이미 지운 상태라 따로 할 게 없었어요.

수고하세요.
{DC_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply with arrows under each URL",
    why="two posts deleted (removed), one already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-status-then-url-below",
    from_="report@dcinside.com", name_from="dcinside 신고센터",
    date="Tue, 10 Sep 2024 10:48:26 +0900",
    subject="[디시인사이드] 신고 처리 결과 - KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""[디시인사이드 신고센터 처리 결과]

■ 삭제 완료
{D[1]}

■ 게시물 없음 (삭제된 게시물입니다)
{D[3]}

처리일: 2024-09-10
{DC_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre result with headings and the URL on the line below its status",
    why="heading '삭제 완료' over the first URL (removed), '게시물 없음' over the other (not_found)",
    items={D[1]: "removed", D[3]: "not_found"},
)

case(
    name="dc-gallery-blind",
    from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
    date="Sat, 7 Sep 2024 11:20:09 +0900",
    subject="RE: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요.
요청하신 마이너 갤러리 게시물 {D[2]} 은 운영자 권한으로 블라인드 처리하였습니다.
해당 게시물에는 더 이상 접근할 수 없습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="one-line DC Inside operator 블라인드 notice",
    why="블라인드 by the operator on the named URL: removed",
    items={D[2]: "removed"},
)

case(
    name="band-two-deleted-listed",
    from_="safety@band.us", name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 15:16:43 +0900",
    subject="[BAND] 신고 게시글 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글 2건을 확인하였으며,
투자 사기 권유로 운영정책을 위반하여 아래와 같이 삭제하였습니다.

  1) {B[1]}  삭제
  2) {B[2]}  삭제

작성자에게는 이용제한 조치가 함께 적용되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result listing each post",
    why="both requested posts named, each 삭제: removed",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="band-one-kept-one-deleted",
    from_="safety@band.us", name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 09:30:58 +0900",
    subject="RE: [KCSC-240909-05] 게시글 재검토 결과",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요. BAND 고객센터입니다.

{B[2]} 게시글은 운영정책 위반이 확인되어 삭제되었습니다.

{B[1]} 게시글은 밴드 리더가 회원들에게 사기 주의를 안내하는 공지로 확인되었습니다.
운영정책 위반에 해당하지 않아 게시글은 그대로 유지됩니다.

감사합니다.
BAND 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="BAND result with one removal and one refusal with reason",
    why="one post deleted (removed); the other a warning notice kept because it breaks no rule (rejected)",
    items={B[2]: "removed", B[1]: "rejected"},
)

case(
    name="naver-mobile-urls-fullwidth",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 19:44:12 +0900",
    subject="RE: KCSC-240902-01 긴급 처리 건",
    reply_to_req="req-240902-01",
    body=f"""담당자님 안녕하세요.

긴급 요청 주신 블로그 글 두 건 처리 결과입니다.
· {N[1]}：게시중단 완료
· {N[2]}：게시중단 완료

나머지는 정식 공문으로 회신드리겠습니다。

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER urgent-handling reply with full-width colons after the URLs",
    why="full-width colon ends each URL; both 게시중단 완료: removed",
    items={N[1]: "removed", N[2]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 10:02:55 +0900",
    subject="RE: 시정요구 KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]}, {N[2]} 등 블로그 게시물은
내부 검토 후 이번 주 중 게시중단 조치할 예정입니다.
조치가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER reply promising action (조치할 예정입니다)",
    why="names two items but only promises future action: nothing stated, items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    from_="protect@kakaocorp.com", name_from="카카오 서비스보호팀",
    date="Wed, 4 Sep 2024 14:12:08 +0900",
    subject="RE: KCSC-240903-02 관련 문의",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 서비스보호팀입니다.

확인해 보니 {K[1]} 게시물은 카페 매니저가 이미 정리한 것으로 보입니다.
{K[2]}도 현재 접속이 안 되는 것 같은데, 정확한 상태는 카페 쪽에 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="hedged Kakao operator reply ('~한 것으로 보입니다', '~것 같은데')",
    why="hedges only ('appears to', 'seems'), with a promise to confirm: not statements, items pending",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 18:30:21 +0900",
    subject="[회신] 시정요구 KCSC-240902-01 조치 완료",
    reply_to_req="req-240902-01",
    body="""방송통신심의위원회 담당자님께

귀 위원회에서 요청하신 시정요구(KCSC-240902-01) 대상 게시물 14건에 대하여
모두 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="portal one-paragraph 조치 완료 notice covering the whole request",
    why="'14건 모두 게시중단' without naming each URL for a 14-item request: bulk, items pending",
    items={},
)

case(
    name="band-bulk-all-deleted",
    from_="safety@band.us", name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 17:05:50 +0900",
    subject="[BAND] 신고하신 게시글 처리 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body="""안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글은 모두 운영정책 위반으로 확인되어 삭제되었습니다.
앞으로도 안전한 BAND 이용 환경을 위해 노력하겠습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND generic report-result template ('신고해 주신 게시글은 모두 ~ 삭제')",
    why="'all the reported posts deleted' for a two-item request, no URL named: bulk",
    items={},
)

case(
    name="kakao-spoofed-auth-fail",
    from_="protect@kakaocorp.com", name_from="카카오 서비스보호팀",
    auth="fail",
    date="Thu, 5 Sep 2024 02:11:40 +0900",
    subject="RE: KCSC-240903-02 처리 완료",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요 카카오입니다.

{K[1]} 삭제 완료
{K[2]} 삭제 완료
{K[5]} 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="result email from the Kakao domain failing DKIM/SPF/DMARC",
    why="statements look clear but authentication fails: untrusted, nothing applied",
    items={K[1]: "pending", K[2]: "pending", K[5]: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    from_="lucky.hwan77@gmail.com", name_from="김환",
    date="Thu, 5 Sep 2024 21:48:30 +0900",
    subject="블로그 글 지웠습니다 (KCSC-240902-01)",
    body=f"""안녕하세요 블로그 운영자입니다.
네이버에서 연락 받고 제 글 두 개 바로 지웠습니다.
{N[1]}
{N[2]}
다시는 안 올리겠습니다. 선처 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the blog author writing in from a personal mailbox",
    why="sender is no platform's domain: a blogger's word is not the platform's statement",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="navercorp-about-band-posts",
    from_="band_ops@navercorp.com", name_from="NAVER BAND 운영",
    date="Wed, 11 Sep 2024 11:02:37 +0900",
    subject="RE: [KCSC-240909-05] BAND 게시글",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요. NAVER BAND 운영 담당입니다.

요청하신 BAND 게시글 2건은 아래와 같이 삭제 처리하였습니다.
- {B[1]}
- {B[2]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate mailbox answering for BAND posts",
    why="BAND items are registered under the band platform (band.us); a navercorp.com sender is NAVER's: wrong_platform (arguable, see NOTES)",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-asks-documents",
    from_="right@navercorp.com", name_from="NAVER 권리보호센터",
    date="Wed, 4 Sep 2024 15:27:14 +0900",
    subject="[NAVER] 추가 자료 요청 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, NAVER 권리보호센터입니다.

요청하신 카페 게시물 {N[5]} 관련하여,
해당 게시물이 불법 도박 사이트 홍보에 해당한다는 심의 의결서 사본 또는 공문 원본을 보내주시면
검토를 진행하겠습니다.

자료는 본 메일에 회신으로 첨부해 주시기 바랍니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결서 사본/공문 원본)",
    why="the platform asks for documents before reviewing: asks_more, item pending",
    items={N[5]: "pending"},
)

case(
    name="naver-forwards-cafe-manager",
    from_="cafe_support@navercorp.com", name_from="네이버 카페 운영지원",
    date="Fri, 6 Sep 2024 12:40:00 +0900",
    subject="FW: 카페 게시글 삭제 관련 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""참고로 카페 매니저 회신 전달드립니다.

---------- 전달된 메시지 ----------
보낸 사람: 민트카지노팬 카페매니저 <mintmgr@cafe-owner.example>
날짜: 2024년 9월 6일 (금) 오전 11:52
제목: Re: 게시글 관련

운영지원팀님, 말씀하신 글 {N[8]} 제가 삭제했습니다.
{N[9]} 글도 내렸습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER Cafe support forwarding a cafe manager's message",
    why="the statements are the cafe manager's, only forwarded by NAVER: review forwarded, items pending",
    items={N[8]: "pending", N[9]: "pending"},
)

case(
    name="naver-meeting-invite-no-claims",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="자율규제 실무협의회 일정 안내",
    body="""방송통신심의위원회 담당자님께

안녕하세요. 네이버 정책지원팀입니다.
하반기 자율규제 실무협의회를 9월 27일(금) 14시에 개최하고자 합니다.
참석 가능 여부를 9월 20일까지 회신 부탁드립니다.

장소: 네이버 1784 (회의실은 추후 안내)

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform policy team's meeting invitation to the regulator",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="yt-conditional-restrict",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 6 Sep 2024 08:30:12 -0700",
    subject="Re: [KCSC-240905-03] Request for removal of drug sale content",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for your request. Our team is reviewing {Y[1]} and {Y[4]}.
If we find that the content violates local law, we will restrict access to it in South Korea.
We'll get back to you once our review is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we are reviewing / if it violates local law we will restrict' reply",
    why="named items with only a conditional future action: not a statement, pending",
    items={Y[1]: "pending", Y[4]: "pending"},
)

case(
    name="dc-conditional-seven-days",
    from_="report@dcinside.com", name_from="dcinside 신고센터",
    date="Mon, 9 Sep 2024 09:05:44 +0900",
    subject="[디시인사이드] 신고 접수 건 진행 상황 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

{D[1]} 게시물은 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 삭제될 예정이며, 소명이 있는 경우 추가 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside progress notice with a conditional deletion",
    why="deletion only conditional on the author not answering within 7 days: pending",
    items={D[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-helpdesk-receipt",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Mon, 2 Sep 2024 14:03:11 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-558120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-558120
접수일시: 2024-09-02 14:03

순차적으로 확인 후 답변드리겠습니다. 답변은 영업일 기준 최대 3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic receipt (접수번호)",
    why="pure receipt with a ticket number: ignored",
    items={},
)

case(
    name="kakao-out-of-office-chuseok",
    from_="jh.lee@kakaocorp.com", name_from="이재훈",
    date="Sat, 14 Sep 2024 09:00:02 +0900",
    subject="[자동회신] RE: KCSC-240911-07 게시글 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req="req-240911-07",
    body="""[부재중 자동회신]
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 서비스보호팀 대표 메일(protect@kakaocorp.com)로 보내주세요.

이재훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply over the 추석 holidays",
    why="auto-reply: ignored",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: safety@band.us
Subject: [방송통신심의위원회] 투자 사기 게시글 시정요구 (KCSC-240909-05)
Message-ID: <req-240909-05@kcsc.example>
Date: Mon, 9 Sep 2024 09:40:00 +0900
"""
case(
    name="band-dsn-bounce",
    from_="mailer-daemon@band.us", name_from="Mail Delivery System",
    date="Mon, 9 Sep 2024 09:41:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn509band"

--dsn509band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety@band.us>: mailbox is full (quota exceeded)

--dsn509band
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.band.us
Arrival-Date: Mon, 9 Sep 2024 09:40:05 +0900

Final-Recipient: rfc822; safety@band.us
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn509band
Content-Type: text/rfc822-headers

{dsn_orig}
--dsn509band--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for our BAND request",
    why="delivery failure report: ignored",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 13:20:45 +0900",
    subject="읽음: [방송통신심의위원회] 명예훼손 게시물 삭제 요청 (KCSC-240910-06)",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn509nv"

--mdn509nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: [방송통신심의위원회] 명예훼손 게시물 삭제 요청 (KCSC-240910-06)
읽은 시간: 2024-09-10 (화) 13:20

--mdn509nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn509nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style Korean read receipt (읽음:) as an MDN",
    why="read receipt: ignored",
    items={},
)

case(
    name="yt-legal-form-receipt",
    from_="legal-noreply@google.com", name_from="Google Legal",
    date="Thu, 5 Sep 2024 11:02:30 +0900",
    subject="[6-3051000029817] 법적 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요.

Google에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었습니다.
사례 ID: 6-3051000029817
참조: KCSC-240905-03

검토에는 시간이 걸릴 수 있으며, 이 사례 ID로 진행 상황을 문의하실 수 있습니다.

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal form receipt with a case ID",
    why="pure acknowledgement of our request with a case ID: ignored",
    items={},
)

case(
    name="dc-helpdesk-autoreply",
    from_="report@dcinside.com", name_from="dcinside 신고센터",
    date="Fri, 6 Sep 2024 16:21:03 +0900",
    subject="[자동응답] 디시인사이드 신고센터입니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req="req-240906-04",
    body="""안녕하세요. 디시인사이드 신고센터 자동응답 메일입니다.

보내주신 메일은 잘 받았습니다. 접수된 순서대로 처리하며,
처리 결과는 담당자가 별도로 회신드립니다.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside report-desk auto-response",
    why="automatic reply, no statement: ignored",
    items={},
)

case(
    name="kakao-report-received-echo-url",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 15:00:40 +0900",
    subject="[카카오 고객센터] 신고가 정상 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: KK-20240912-004417
신고 URL: {T1_RAW}
신고 유형: 불법 금융/투자 사기

담당자 확인 후 운영정책에 따라 처리되며, 처리 결과는 이메일로 안내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre report receipt echoing the reported URL",
    why="receipt only; the echoed URL carries no statement and 'will be handled' is a promise: ignored",
    items={},
)

HEADER = """# Blind set 509 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind509/make.py from each email's meaning alone,
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv.
"""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
        nm = c.get("name_from")
        if nm and not nm.isascii():
            # display names are RFC 2047 encoded, as Korean mailers send them
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nm.encode("utf-8")).decode("ascii") + "?="
    corpuslib.write_set(HERE, "blind509", HEADER, cases)


if __name__ == "__main__":
    main()
