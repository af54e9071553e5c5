#!/usr/bin/env python3
"""Blind set 167 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus a few English
YouTube legal replies, auto-replies, a DSN, an MDN and ticket receipts.

    python3 tests/corpus/blind167/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind167"

# ---------------------------------------------------------------- requests
HANDLE = "한밤주식리딩"
HANDLE_URL_RAW = "https://www.youtube.com/@" + HANDLE
HANDLE_URL = "https://www.youtube.com/@" + quote(HANDLE)

N = {
    1: "https://blog.naver.com/lucky7_mart/223560011201",
    2: "https://blog.naver.com/lucky7_mart/223560011388",
    3: "https://blog.naver.com/sunrise_bet77/223561204455",
    4: "https://cafe.naver.com/fxtraderclub/88412",
    5: "https://cafe.naver.com/fxtraderclub/88419",
    6: "https://cafe.naver.com/dongnesports/150233",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60204&docId=471120355",
    8: "https://blog.naver.com/moonpark_0412/223559870021",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38820117&memberNo=55120934",
    10: "https://cafe.naver.com/dongnesports/150240",
    11: "https://blog.naver.com/sunrise_bet77/223561209910",
    12: "https://in.naver.com/goldtip_kr/contents/internal/720033415519872",
}
K = {
    1: "https://cafe.daum.net/gwangjutrade/Hk2p/3311",
    2: "https://cafe.daum.net/gwangjutrade/Hk2p/3318",
    3: "https://brunch.co.kr/@pinkmoon42/57",
    4: "https://sweetdeal24.tistory.com/118",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT7vLp2A",
    2: "https://www.youtube.com/watch?v=bN8cR1wZk0E",
    3: "https://www.youtube.com/shorts/Zt4Wm8nYc1Q",
    4: HANDLE_URL,
    5: "https://www.youtube.com/watch?v=Lr6pE2uVa8S",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=1183320",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=40215",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=40222",
}
B = {
    1: "https://band.us/band/81234567/post/1520",
    2: "https://band.us/band/81234567/post/1534",
}
S1 = "https://blog.naver.com/healthy_papa88/223571100452"
TV1 = "https://tv.kakao.com/channel/3920118/cliplink/448120337"

# ref, platform, sent_at, due_at, category, note, urls
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "불법 도박 홍보", "NAVER 블로그·카페·지식iN·포스트·인플루언서 12건", [N[i] for i in range(1, 13)]),
    ("KCSC-240904-02", "kakao", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "개인정보 노출", "Daum 카페 2건, 브런치 1건, 티스토리 1건", [K[i] for i in range(1, 5)]),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "불법 금융투자 권유(리딩방)", "영상 3건, 쇼츠 1건, 채널 1건", [Y[i] for i in range(1, 6)]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "성매매 알선", "갤러리·마이너 갤러리 게시물 3건", [D[i] for i in range(1, 4)]),
    ("KCSC-240910-05", "band", "2024-09-10T15:20:00+09:00", "2024-09-20T18:00:00+09:00",
     "불법 식의약품 판매", "BAND 게시글 2건", [B[1], B[2]]),
    ("KCSC-240911-06", "naver", "2024-09-11T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "불법 의약품 판매", "블로그 1건", [S1]),
    ("KCSC-240912-07", "kakao", "2024-09-12T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "불법 촬영물 유포 의심", "카카오TV 클립 1건", [TV1]),
]


def mid(ref):
    """Local part of our request's Message-ID (corpuslib adds @kcsc.example)."""
    return "req." + ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def dt(day, hh, mm, ss=0):
    d = datetime.datetime(2024, 9, day, hh, mm, ss)
    return d.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pend(*urls):
    return {u: "pending" for u in urls}


REQ_QUOTE_NAVER = "\n".join("> %d. %s" % (i, N[i]) for i in range(1, 13))

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NAVER (KCSC-240903-01, 12 items)
case(
    name="naver-gongmun-result-table-text",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(9, 17, 12, 40),
    subject="[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
발신: 네이버(주) 정책지원팀
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(KCSC-240903-01)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

연번 | 대상 URL | 조치결과 | 조치일
---- | -------- | -------- | ------
1 | {N[1]} | 삭제 | 2024.09.05
2 | {N[2]} | 삭제 | 2024.09.05
3 | {N[3]} | 게시중단 | 2024.09.05
4 | {N[4]} | 임시조치(30일) | 2024.09.06
5 | {N[5]} | 해당 게시물 없음(작성자 자진 삭제) | -
6 | {N[6]} | 조치 불가(위반 사항 확인되지 않음, 게시 유지) | -
7 | {N[7]} | 삭제(지식iN 답변) | 2024.09.06
8 | {N[8]} | 블라인드 | 2024.09.06
9 | {N[9]} | 비공개 처리 | 2024.09.06
10 | {N[10]} | 임시조치(30일) | 2024.09.06
11 | {N[11]} | 존재하지 않는 게시물(URL 오류) | -
12 | {N[12]} | 삭제 | 2024.09.09

3. 조치 불가 건(연번 6)은 도박 사이트 주소나 홍보 문구가 확인되지 않아
   운영원칙상 게시를 유지하였음을 알려드립니다.
4. 기타 문의사항은 정책지원팀(policy-support@navercorp.com)으로 연락 주시기
   바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (우) 13561
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 style 시정요구 조치결과 회신 (수신/참조/발신 header, 아래 table, 끝.)",
    why="authenticated NAVER reply stating one result per requested URL in a text table",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "not_found",
           N[6]: "rejected", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "restricted",
           N[11]: "not_found", N[12]: "removed"},
)

case(
    name="naver-html-result-table",
    **{"from": "noreply-right@naver.com"},
    name_from="네이버 고객센터",
    date=dt(5, 19, 3, 11),
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물의 처리 결과를 아래와 같이 안내해 드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>게시중단 완료</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>게시중단 완료</td></tr>
<tr><td>3</td><td><a href="{N[8]}">{N[8]}</a></td><td>블라인드 처리</td></tr>
<tr><td>4</td><td><a href="{N[11]}">{N[11]}</a></td><td>게시물을 확인할 수 없음(삭제되었거나 존재하지 않는 주소)</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 다시 안내해 드리겠습니다.</p>
<p style="font-size:12px;color:#888">게시중단 요청 서비스 운영원칙은 <a href="https://right.naver.com/guide/policy">게시중단 요청 서비스 안내</a>에서 확인하실 수 있습니다.<br>
본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/service/5600/category">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 result mail (HTML table, green header, 발신 전용 footer)",
    why="HTML table with one result per URL; help/policy links are not items; rest promised later",
    items={N[1]: "removed", N[2]: "removed", N[8]: "removed", N[11]: "not_found"},
)

CSV_TEXT = "\ufeff" + "\n".join([
    "번호,URL,처리결과,처리일시",
    f"1,{N[3]},게시중단,2024-09-06 11:20",
    f"2,{N[4]},임시조치(30일),2024-09-06 11:24",
    f"3,{N[6]},조치불가(위반 미확인),",
    f"4,{N[7]},삭제,2024-09-06 13:02",
    f"5,{N[10]},임시조치(30일),2024-09-06 13:05",
    f"6,{N[12]},삭제,2024-09-06 13:10",
]) + "\n"
CSV_NAME = quote("조치결과_KCSC-240903-01.csv")
case(
    name="naver-csv-attachment",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(6, 14, 31, 5),
    subject="RE: [방송통신심의위원회] 시정요구 요청 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_2409061431"

--=_nv_2409061431
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 이도현입니다.

요청하신 건 중 6건의 처리 결과를 첨부 파일로 송부드립니다.
나머지 건은 확인이 끝나는 대로 추가로 회신드리겠습니다.

감사합니다.
이도현 드림

--=_nv_2409061431
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{CSV_NAME}
Content-Disposition: attachment; filename*=UTF-8''{CSV_NAME}
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--=_nv_2409061431--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply with the 조치결과 as a CSV attachment (UTF-8 with BOM, RFC 2231 filename)",
    why="results are in the CSV attachment, one row per URL; the body only introduces it",
    items={N[3]: "removed", N[4]: "restricted", N[6]: "rejected", N[7]: "removed",
           N[10]: "restricted", N[12]: "removed"},
)

case(
    name="naver-cafe-informal-blind",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    date=dt(4, 16, 48, 22),
    subject="Re: 카페 게시글 관련 문의 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당 김서윤입니다.

말씀 주신 카페 게시글 두 건 확인했습니다.
fxtraderclub 카페의 {N[4]} 글과
{N[5]} 글 모두 오늘 오후 블라인드 처리했습니다.

해당 카페 매니저에게도 운영원칙 위반 안내를 별도로 전달했습니다.
추가로 필요하신 사항 있으시면 편하게 연락 주세요.

김서윤 드림
NAVER Cafe 운영정책
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER Cafe policy staffer",
    why="staffer says both named cafe posts were blinded today (블라인드 = removed)",
    items={N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "blog-policy@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=dt(5, 10, 2, 51),
    subject="KCSC-240903-01 처리 결과",
    body=f"""
안녕하세요. 네이버 블로그·카페 운영팀입니다.
요청하신 게시물 중 확인이 끝난 건을 먼저 회신드립니다.

{N[3]}
→ 게시중단 처리 완료

{N[11]}
→ 게시중단 처리 완료

{N[6]}
→ 운영정책 위반 사항 없음, 게시 유지

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply listing bare URLs with the result on the line below (→ arrow)",
    why="each bare URL is followed by its result on the next line",
    items={N[3]: "removed", N[11]: "removed", N[6]: "rejected"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date=dt(6, 9, 15, 3),
    subject="Re: [방송통신심의위원회] 불법 도박 홍보 게시물 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 한지우입니다.

요청 주신 건 중 지식iN 답변({N[7]})은 삭제했고,
네이버 포스트 글 {N[9]} 은 비공개 처리했습니다.
나머지 건은 확인 중이며 완료되는 대로 별도로 회신드리겠습니다.

한지우 드림

2024년 9월 3일 (화) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
>
> 아래 게시물은 불법 도박 홍보 정보로 심의 의결되어 시정요구(삭제)를 요청드립니다.
>
{REQ_QUOTE_NAVER}
>
> 조치 결과를 2024. 9. 10.까지 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted 시정요구 (2024년 9월 3일 (화) … 님이 작성:)",
    why="two items stated above the quote; the quoted request list says nothing about the others",
    items={N[7]: "removed", N[9]: "removed", N[1]: "pending", N[2]: "pending", N[12]: "pending"},
)

case(
    name="naver-author-deleted-not-found",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(10, 11, 40, 9),
    subject="[네이버] KCSC-240903-01 추가 회신",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
지난번 회신에서 누락된 건에 대해 추가로 안내드립니다.

확인 결과 아래 2건은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
 - {N[5]}
 - {N[11]}

아래 1건은 당사 운영정책에 따라 삭제하였습니다.
 - {N[12]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up reply grouping items under headed bullet lists",
    why="two posts already deleted by their author (not_found), one deleted by NAVER",
    items={N[5]: "not_found", N[11]: "not_found", N[12]: "removed"},
)

QP_BODY = f"""안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치하였음을 알려드립니다.

■ {N[4]}
■ {N[10]}

또한 아래 게시물은 운영원칙 위반이 명백하여 블라인드 처리하였습니다.

■ {N[8]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

네이버 게시중단 요청 서비스 드림
"""
case(
    name="naver-qp-imsijochi-notice",
    **{"from": "right@navercorp.com"},
    name_from="네이버 게시중단 요청 서비스",
    date=dt(6, 18, 22, 47),
    subject="[네이버] 임시조치 결과 안내 - KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice under 정보통신망법 제44조의2, quoted-printable body",
    why="two posts under 30-day 임시조치 (restricted), one blinded (removed); deletion later is a condition",
    items={N[4]: "restricted", N[10]: "restricted", N[8]: "removed"},
)

case(
    name="naver-wrapped-url-in-brackets",
    **{"from": "post-help@navercorp.com"},
    name_from="네이버 포스트 운영팀",
    date=dt(5, 15, 7, 30),
    subject="Re: KCSC-240903-01 네이버 포스트 게시물 확인 요청",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 포스트 운영팀입니다.

문의하신 네이버 포스트 게시물
<https://post.naver.com/viewer/postView.naver?volumeNo=38820117&
 memberNo=55120934>
에 대해서는 운영원칙 위반으로 삭제 조치하였습니다.

작성자에게는 이용 제한 안내가 발송되었습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply with a long URL wrapped inside angle brackets",
    why="the wrapped URL in <> is the requested 포스트 post; it was deleted",
    items={N[9]: "removed"},
)

case(
    name="naver-gongmun-html",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(11, 13, 55, 0),
    subject="[공문] 시정요구 조치결과 통보 (네이버-정책-2024-0911)",
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body>
<table width="640" style="font-family:Batang,serif">
<tr><td align="center"><h2>네 이 버 주 식 회 사</h2></td></tr>
<tr><td>문서번호: 네이버-정책-2024-0911<br>시행일자: 2024. 9. 11.<br>
수신: 방송통신심의위원회 위원장 (통신심의국)<br>제목: 시정요구 조치결과 통보 (귀 위원회 KCSC-240903-01 관련)</td></tr>
<tr><td><p>1. 귀 위원회의 시정요구와 관련하여 아래 게시물의 조치결과를 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>서비스</th><th>URL</th><th>조치내용</th></tr>
<tr><td>1</td><td>카페</td><td>{N[6]}</td><td>삭제</td></tr>
<tr><td>2</td><td>지식iN</td><td>{N[7]}</td><td>삭제</td></tr>
<tr><td>3</td><td>블로그</td><td>{N[8]}</td><td>비공개 전환</td></tr>
<tr><td>4</td><td>인플루언서</td><td>{N[12]}</td><td>게시중단</td></tr>
</table>
<p>2. 연번 1은 재검토 결과 도박 사이트 홍보 댓글이 확인되어 삭제하였습니다. 끝.</p></td></tr>
<tr><td align="center"><b>네이버 주식회사 대표이사</b> (직인생략)</td></tr>
</table>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (문서번호/시행일자/수신/제목, 직인생략) rendered as HTML with a 조치내용 table",
    why="formal HTML letter with one 조치내용 per URL: 삭제, 삭제, 비공개 전환, 게시중단",
    items={N[6]: "removed", N[7]: "removed", N[8]: "removed", N[12]: "removed"},
)

case(
    name="naver-receipt-plus-immediate-action",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=dt(3, 15, 2, 18),
    subject="[네이버 고객센터] 문의 접수 및 1차 처리 안내 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 정상적으로 접수되었습니다. (접수번호 NV-20240903-118233)

접수 건 중 아래 2건은 긴급 건으로 분류되어 즉시 게시중단 조치하였습니다.
- {N[1]}
- {N[2]}

나머지 게시물은 검토 후 순차적으로 안내드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also reports a first batch of actions",
    why="receipt wording, but it states plainly that two listed posts were taken down",
    items={N[1]: "removed", N[2]: "removed"},
)

# ---------------------------------------------------------------- NAVER single item (KCSC-240911-06)
case(
    name="naver-single-item-no-url",
    **{"from": "blog-policy@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=dt(12, 10, 20, 44),
    subject="RE: [방송통신심의위원회] 불법 의약품 판매 게시물 시정요구 (KCSC-240911-06)",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물에 대해 확인 후 삭제 조치 완료하였습니다.
해당 블로그에는 운영원칙에 따라 이용 제한이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line NAVER blog team reply in the request's thread",
    why="one-item request, in thread and with its reference; the sole statement is unhedged deletion",
    items={S1: "removed"},
)

# ================================================================ Kakao / Daum (KCSC-240904-02)
case(
    name="kakao-daum-cafe-imsijochi",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(5, 16, 10, 2),
    subject="[Daum 카페] 게시물 임시조치 안내 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

신고해 주신 Daum 카페 게시물에 대하여 아래와 같이 조치하였습니다.

[대상 게시물 1]
주소: {K[1]}
조치: 임시조치(30일)

[대상 게시물 2]
주소: {K[2]}
조치: 임시조치(30일)

임시조치 기간 동안 게시물은 외부에 노출되지 않으며, 게시자는 30일 이내에
재게시를 요청할 수 있습니다.

카카오 고객센터: https://cs.kakao.com/helps?service=21
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 안내 with 주소/조치 blocks",
    why="both Daum cafe posts placed under 30-day 임시조치 (restricted)",
    items={K[1]: "restricted", K[2]: "restricted"},
)

OUTLOOK_BODY = f"""안녕하세요, 카카오 정책팀 오민준입니다.

브런치 글({K[3]})은 운영정책 위반으로 삭제 처리했습니다.

티스토리 글 {K[4]} 의 경우 검토 결과 개인을 특정할 수 있는
정보가 포함되어 있지 않아 게시를 유지합니다.

다음 카페 게시물 2건은 권리침해신고센터에서 별도로 회신드릴 예정입니다.

오민준 드림

-----Original Message-----
From: "방송통신심의위원회"<takedown@kcsc.example>
To: "policy@kakaocorp.com"<policy@kakaocorp.com>
Sent: 2024-09-04 (수) 14:00:00 (GMT+09:00)
Subject: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240904-02)

안녕하십니까. 아래 게시물에 대하여 시정요구(삭제)를 요청드립니다.

1. {K[1]}
2. {K[2]}
3. {K[3]}
4. {K[4]}

조치 결과를 2024. 9. 11.까지 회신해 주시기 바랍니다.
"""
case(
    name="kakao-outlook-cp949-reply",
    **{"from": "policy@kakaocorp.com"},
    name_from="오민준",
    date=dt(6, 11, 3, 37),
    subject="RE: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/plain; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{b64(OUTLOOK_BODY, "cp949")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (ks_c_5601-1987, base64) over -----Original Message-----",
    why="brunch post deleted, tistory post kept (rejected); the quoted request below says nothing",
    items={K[3]: "removed", K[4]: "rejected", K[1]: "pending", K[2]: "pending"},
)

B64_TEXT = f"""[카카오] 신고 처리 결과 안내

안녕하세요, 카카오 고객센터입니다.
접수번호 2409-C-441907 신고 건의 처리 결과를 알려드립니다.

- {K[1]} : 블라인드 처리
- {K[2]} : 게시물 삭제

이용해 주셔서 감사합니다.
"""
B64_HTML = f"""<html><body style="font-family:'Apple SD Gothic Neo',sans-serif">
<div style="background:#fee500;padding:10px"><b>[카카오] 신고 처리 결과 안내</b></div>
<p>안녕하세요, 카카오 고객센터입니다.<br>접수번호 2409-C-441907 신고 건의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> : 블라인드 처리</li>
<li><a href="{K[2]}">{K[2]}</a> : 게시물 삭제</li>
</ul>
<p><a href="https://cs.kakao.com/helps?service=21&category=155">운영정책 보기</a> | 이용해 주셔서 감사합니다.</p>
</body></html>
"""
case(
    name="kakao-base64-alternative",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=dt(9, 20, 41, 16),
    subject="[카카오] 신고 처리 결과 안내 (KCSC-240904-02)",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kakao-alt-2409092041"

--kakao-alt-2409092041
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(B64_TEXT)}
--kakao-alt-2409092041
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(B64_HTML)}
--kakao-alt-2409092041--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 result mail, multipart/alternative with base64 text and HTML parts",
    why="Daum cafe post 1 blinded, post 2 deleted; the policy link is not an item",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-echoed-report-form",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=dt(6, 17, 45, 0),
    subject="[카카오 고객센터] 신고 처리 결과 (접수번호 2409-K-553120)",
    body=f"""
[카카오 고객센터] 신고 처리 결과

신고하신 내용의 처리가 완료되었습니다.

접수번호 : 2409-K-553120
신고 서비스 : 티스토리
신고 URL : {K[4]}
신고 사유 : 개인정보 노출 (방송통신심의위원회 KCSC-240904-02)
처리 결과 : 게시물 삭제
처리 일시 : 2024-09-06 17:42

본 메일은 발신 전용이며 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao ticket system result mail echoing the report form fields",
    why="the echoed report form carries an unhedged result line for the one URL",
    items={K[4]: "removed"},
)

# ---------------------------------------------------------------- Kakao TV single item (KCSC-240912-07)
case(
    name="kakaotv-single-angle-brackets",
    **{"from": "tv-policy@kakaocorp.com"},
    name_from="카카오TV 운영팀",
    date=dt(13, 9, 58, 12),
    subject="Re: 카카오TV 클립 시정요구 (KCSC-240912-07)",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
안녕하세요, 카카오TV 운영팀입니다.

요청하신 영상 <{TV1}>은
비공개 처리되었으며, 채널 운영자에게 운영정책 위반 경고를 부과했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Kakao TV operator reply, URL in angle brackets followed by a particle",
    why="the clip was made private (비공개 처리 = removed)",
    items={TV1: "removed"},
)

# ================================================================ YouTube (KCSC-240905-03)
case(
    name="youtube-legal-en-kr-block",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=dt(10, 3, 12, 55),
    subject="[7-2843000031524] Your request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following URLs from view
in South Korea on the basis of local law:

- {Y[1]}
- {Y[2]}

In addition, we have removed the following content globally for violating
YouTube's Community Guidelines:

- {Y[3]}

For more information about how YouTube handles government requests, please
see https://support.google.com/youtube/answer/6154218.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals reply: blocked in a country vs removed globally",
    why="two videos blocked in South Korea (restricted), one Short removed globally",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="youtube-ko-numbered-channel-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date=dt(11, 16, 30, 8),
    subject="[4-1193000028811] KCSC-240905-03 요청에 대한 회신",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요.

YouTube에 문의해 주셔서 감사합니다. 요청하신 건에 대해 아래와 같이
조치하였음을 알려드립니다.

1. {Y[4]}
   커뮤니티 가이드 위반(사기 및 현혹 행위)으로 채널이 해지되었습니다.

2. {Y[5]}
   검토 결과 YouTube 정책 또는 현지 법률 위반을 확인할 수 없어 별도의
   조치를 취하지 않았습니다.

추가 정보가 있으시면 본 메일에 회신해 주시기 바랍니다.

YouTube 법무지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal reply, numbered list with the result indented below each URL",
    why="channel terminated (removed); the other video left up, no violation found (rejected)",
    items={Y[4]: "removed", Y[5]: "rejected"},
)

case(
    name="youtube-age-restricted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=dt(9, 22, 4, 19),
    subject="Re: [7-2843000031524] Your request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hi there,

We've reviewed the following video against our Community Guidelines and
applied an age restriction to it:

{Y[2]}

The video is no longer visible to viewers who are signed out or under 18.
We will follow up separately on the remaining URLs in your request.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice, URL on the line below its statement",
    why="the one named video was age-restricted (restricted); the rest is a promise",
    items={Y[2]: "restricted"},
)

case(
    name="youtube-actioned-phrase",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=dt(7, 1, 22, 40),
    subject="[7-2843000031524] Update on your request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your patience. The following content has been actioned under
our policies:

  {Y[3]}
  {Y[1]}

We have nothing further to report on the other URLs at this time.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' update",
    why="the configured YouTube phrase 'actioned under our policies' means removed for both listed URLs",
    items={Y[3]: "removed", Y[1]: "removed"},
)

case(
    name="youtube-korean-handle-raw",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date=dt(12, 14, 5, 33),
    subject="KCSC-240905-03 채널 관련 회신",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

{HANDLE_URL_RAW} 채널은 대한민국 현지 법률에 따라 한국 내에서
볼 수 없도록 제한(국가별 차단) 조치되었습니다. 다른 국가에서는 계속
볼 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean reply naming a channel by its raw Korean @handle",
    why="the channel (raw Korean handle = the percent-encoded requested URL) is blocked in Korea only",
    items={Y[4]: "restricted"},
)

# ================================================================ DC Inside (KCSC-240909-04)
case(
    name="dc-informal-particles",
    **{"from": "master@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(10, 13, 27, 51),
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영자입니다.

요청하신 게시물 중 {D[1]}은 삭제했고요,
{D[2]}는 작성자가 이미 지운 글이라 확인이 안 됩니다.

나머지 하나는 갤러리 매니저 쪽에 확인 요청해둔 상태입니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, URLs followed directly by Korean particles (은/는)",
    why="first post deleted, second already deleted by its author (not_found); third only being checked",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "pending"},
)

case(
    name="dc-numbered-fullwidth",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date=dt(11, 10, 0, 2),
    subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240909-04)",
    body=f"""
디시인사이드 신고센터입니다．
시정요구 KCSC-240909-04 건의 처리 결과입니다．

1） {D[1]}　（삭제 완료）
2） {D[2]}　（삭제 완료）
3） {D[3]}　（성인 인증 게시물로 전환，청소년 접근 제한）

문의：report@dcinside.com
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside numbered result list with full-width punctuation and ideographic spaces",
    why="two posts deleted, the third switched to adult-verification only (age-restricted = restricted)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "restricted"},
)

case(
    name="dc-url-below-statement",
    **{"from": "master@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(12, 17, 8, 14),
    subject="RE: 시정요구 KCSC-240909-04 추가 회신",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

아래 게시물은 삭제 처리되었습니다.
{D[3]}

아래 게시물은 게시자 소명을 검토한 결과 성매매 알선으로 보기 어려워
게시를 유지합니다.
{D[1]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with each statement followed by its URL on the next line",
    why="third post deleted; first post kept after review (rejected)",
    items={D[3]: "removed", D[1]: "rejected"},
)

# ================================================================ BAND (KCSC-240910-05)
case(
    name="band-informal-removed-notfound",
    **{"from": "help@band.us"},
    name_from="BAND 운영팀",
    date=dt(12, 11, 16, 25),
    subject="Re: [방송통신심의위원회] BAND 게시글 시정요구 (KCSC-240910-05)",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
안녕하세요. BAND 운영팀입니다.

{B[1]} 게시글은 삭제하고, 작성자의 BAND 이용을 정지했습니다.

{B[2]} 는 해당 게시글을 찾을 수 없습니다. 이미 삭제되었거나 잘못된
주소로 보입니다.

감사합니다.
BAND 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations reply, one paragraph per URL",
    why="first post deleted; second cannot be found (not_found)",
    items={B[1]: "removed", B[2]: "not_found"},
)

# ================================================================ REVIEW cases
case(
    name="naver-promise-under-review",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(4, 10, 5, 0),
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물은 현재 담당 부서에서 검토 중입니다.
특히 아래 게시물은 도박 사이트 홍보로 보여 이번 주 내로 삭제될 예정입니다.

- {N[1]}
- {N[3]}
- {N[8]}

조치가 완료되면 결과를 정리하여 회신드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER interim reply: under review, deletion scheduled",
    why="'검토 중' and '삭제될 예정' are a status report and a promise, no statement",
    items=pend(N[1], N[3], N[8]),
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(10, 17, 30, 0),
    subject="[네이버] 시정요구 KCSC-240903-01 조치 완료",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240903-01) 대상 게시물 12건에 대하여
전부 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-sentence 조치 완료 reply covering the whole request",
    why="'12건 전부 삭제' names no URL for a 12-item request: bulk statement",
    items=pend(*N.values()),
)

case(
    name="naver-cafe-manager-gmail",
    **{"from": "dongnesports.manager@gmail.com"},
    name_from="동네스포츠 카페 매니저",
    date=dt(6, 22, 14, 9),
    subject="카페 게시글 삭제했습니다 (KCSC-240903-01)",
    body=f"""
안녕하세요, 네이버 카페 '동네스포츠' 매니저입니다.
네이버 쪽에서 연락받고 메일 드립니다.

말씀하신 두 게시글
{N[6]}
{N[10]}
둘 다 제가 삭제했고 작성자는 강퇴 처리했습니다.
앞으로 카페 관리 더 신경 쓰겠습니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail address",
    why="statements come from a gmail.com address, not NAVER's sender domain",
    items=pend(N[6], N[10]),
)

case(
    name="naver-no-claims-contact-change",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(9, 9, 0, 0),
    subject="[안내] 네이버 시정요구 접수 담당자 변경",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 9일부로 시정요구 접수 담당자가 변경되었음을 알려드립니다.
앞으로 공문 및 시정요구 요청은 policy-support@navercorp.com 으로
보내주시면 신속하게 처리하겠습니다.

항상 협조해 주셔서 감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER contact-change notice to the regulator",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-wrong-platform-band",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(13, 15, 40, 0),
    subject="BAND 게시글 처리 결과 (KCSC-240910-05)",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
BAND 서비스 관련 시정요구 건을 대신 회신드립니다.

아래 게시글 2건은 삭제 처리되었습니다.
- {B[1]}
- {B[2]}

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER corporate policy team answering for the BAND service",
    why="the items belong to the BAND platform (band.us); NAVER's domain is another platform",
    items=pend(B[1], B[2]),
)

case(
    name="kakao-untrusted-dmarc-fail",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    auth="fail",
    date=dt(7, 8, 11, 29),
    subject="RE: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240904-02)",
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 Daum 카페 게시물 2건은 모두 삭제 처리했습니다.
{K[1]}
{K[2]}

감사합니다.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Kakao policy reply whose DKIM/SPF/DMARC all fail",
    why="Kakao sender domain but authentication failed",
    items=pend(K[1], K[2]),
)

case(
    name="kakao-asks-more-documents",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(5, 10, 40, 12),
    subject="[카카오] 시정요구 관련 추가 자료 요청 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 브런치 글({K[3]})의 검토를 위해 아래 자료를 추가로
회신해 주시기 바랍니다.

1. 심의 의결서 사본
2. 개인정보가 노출된 부분을 표시한 화면 캡처

자료가 접수되는 대로 검토를 진행하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for supporting documents before acting",
    why="Kakao asks for the decision and screenshots; nothing has been done",
    items=pend(K[3]),
)

case(
    name="kakao-bulk-imsijochi",
    **{"from": "rights@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=dt(6, 9, 2, 44),
    subject="[카카오] 시정요구 KCSC-240904-02 임시조치 완료 안내",
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 다음 카페, 브런치, 티스토리 게시물 4건 모두에 대하여
30일간 임시조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Kakao 임시조치 완료 notice for a whole request without listing posts",
    why="'4건 모두 임시조치' names no URL for a 4-item request: bulk",
    items=pend(*K.values()),
)

case(
    name="youtube-hedge-uploader-may-have-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=dt(8, 4, 47, 10),
    subject="[7-2843000031524] Your request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your report. It appears that the video at
{Y[5]} may have been removed by the uploader, but we are
not able to confirm its current state at this time.

We'll get back to you once our review of the remaining URLs is complete.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube legal reply hedging about an uploader deletion",
    why="'appears … may have been removed … not able to confirm' is a hedge, not a statement",
    items=pend(Y[5]),
)

case(
    name="youtube-conditional-local-law",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date=dt(6, 15, 18, 2),
    subject="KCSC-240905-03 검토 안내",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

보내주신 영상
{Y[1]}
{Y[5]}
에 대해 현지 법률 검토를 진행하고 있습니다. 검토 결과 현지 법률 위반으로
판단되는 경우 해당 영상은 한국 내에서 접속이 제한될 수 있습니다.

검토가 끝나면 다시 안내해 드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="YouTube Korean interim reply: legal review in progress, conditional geo-block",
    why="'판단되는 경우 … 제한될 수 있습니다' is a condition and a possibility, no statement",
    items=pend(Y[1], Y[5]),
)

case(
    name="dc-conditional-after-appeal-period",
    **{"from": "master@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=dt(10, 9, 35, 40),
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

아래 두 게시물은 작성자에게 소명 기회를 부여하였습니다.
{D[2]}
{D[3]}

7일 이내에 소명이 없을 경우 삭제 처리할 예정이며, 결과는 추후 알려드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="DC Inside reply giving the author an appeal period before deletion",
    why="deletion is conditional on no appeal within 7 days: a promise, nothing done yet",
    items=pend(D[2], D[3]),
)

case(
    name="dc-lookalike-domain",
    **{"from": "help@dcinside-support.com"},
    name_from="디시인사이드 고객지원",
    date=dt(10, 2, 3, 17),
    subject="[디시인사이드] 시정요구 KCSC-240909-04 처리 완료",
    body=f"""
안녕하세요 디시인사이드 고객지원입니다.

요청하신 게시물 {D[1]} 삭제 처리 완료되었습니다.
처리 내역 확인을 위해 아래 링크에서 기관 계정으로 로그인해 주세요.
https://dcinside-support.com/agency/login

감사합니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="lookalike-domain mail posing as DC Inside support",
    why="dcinside-support.com is not DC Inside's sender domain (dcinside.com)",
    items=pend(D[1]),
)

# ================================================================ IGNORED cases
case(
    name="naver-ooo-chuseok",
    **{"from": "jihoon.park@navercorp.com"},
    name_from="박지훈",
    date=dt(13, 18, 30, 2),
    subject="[자동회신] 부재중입니다: [방송통신심의위원회] 불법 의약품 판매 게시물 시정요구 (KCSC-240911-06)",
    reply_to_req=mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 박지훈입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로
보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply over Chuseok",
    why="automatic 부재중 reply, says nothing about the item",
    items={},
)

DSN_ORIG = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: old-policy@kakaocorp.com
Subject: [방송통신심의위원회] 개인정보 노출 게시물 시정요구 (KCSC-240904-02)
Message-ID: <{mid("KCSC-240904-02")}@kcsc.example>
Date: Wed, 04 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=utf-8

안녕하십니까. 아래 게시물에 대하여 시정요구(삭제)를 요청드립니다.

1. {K[1]}
2. {K[2]}
3. {K[3]}
4. {K[4]}
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=dt(4, 14, 0, 31),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.2409041400.mx2"

--DSN.2409041400.mx2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old-policy@kakaocorp.com>: host mx2.kakaocorp.com said: 550 5.1.1
    <old-policy@kakaocorp.com>: Recipient address rejected: User unknown

--DSN.2409041400.mx2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 14:00:29 +0900 (KST)

Final-Recipient: rfc822; old-policy@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <old-policy@kakaocorp.com>: Recipient address rejected: User unknown

--DSN.2409041400.mx2
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{DSN_ORIG}
--DSN.2409041400.mx2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning our request",
    why="delivery failure report; the URLs are in our own returned request",
    items=pend(*K.values()),
)

MDN_ORIG_ID = mid("KCSC-240903-01") + "@kcsc.example"
case(
    name="naver-mdn-read",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=dt(3, 11, 2, 5),
    subject="읽음: [방송통신심의위원회] 불법 도박 홍보 게시물 시정요구 (KCSC-240903-01)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-nv-0903"

--mdn-nv-0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy-support@navercorp.com
제목: [방송통신심의위원회] 불법 도박 홍보 게시물 시정요구 (KCSC-240903-01)
읽은 시간: 2024-09-03 (화) 11:02

--mdn-nv-0903
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; policy-support@navercorp.com
Original-Message-ID: <{MDN_ORIG_ID}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-nv-0903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음:) as an RFC 8098 MDN",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "noreply-legal@google.com"},
    name_from="Google Legal Support",
    date=dt(5, 11, 1, 12),
    subject="[7-2843000031524] We've received your request KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

This is an automated confirmation that we've received your legal request
KCSC-240905-03. Your case number is 7-2843000031524.

Please keep this number in the subject line of any future correspondence.
Our team will review your request and get back to you as soon as possible.

Regards,
Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automated case-number receipt",
    why="pure receipt with a case number; promises review, states nothing",
    items={},
)

case(
    name="dc-report-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드",
    date=dt(9, 9, 41, 3),
    subject="[디시인사이드] 신고가 접수되었습니다 (접수번호 DC-240909-0471)",
    body="""
디시인사이드 신고센터입니다.

방송통신심의위원회에서 보내주신 시정요구(KCSC-240909-04)가 정상적으로
접수되었습니다.

접수번호: DC-240909-0471
접수일시: 2024-09-09 09:41

처리 결과는 영업일 기준 3일 이내에 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside 신고 접수 receipt with 접수번호",
    why="receipt only; the result is promised later",
    items={},
)

case(
    name="band-ooo-bilingual",
    **{"from": "sora.jung@band.us"},
    name_from="Sora Jung",
    date=dt(13, 10, 0, 40),
    subject="Automatic reply: [방송통신심의위원회] BAND 게시글 시정요구 (KCSC-240910-05)",
    reply_to_req=mid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I am out of the office until Thursday, 19 September (Chuseok holidays),
with limited access to email.

9월 19일(목)까지 추석 연휴로 부재중입니다. 긴급한 건은 help@band.us 로
연락 부탁드립니다.

Sora Jung | BAND Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply' from a BAND staffer",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-helpdesk-ticket-receipt",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=dt(11, 10, 1, 30),
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 접수되었습니다.

■ 접수번호: NV-20240911-204417
■ 문의 제목: 불법 의약품 판매 게시물 시정요구 (KCSC-240911-06)
■ 접수 일시: 2024-09-11 10:01

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 내 문의내역에서도 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt",
    why="automatic receipt naming the request, with no statement about the item",
    items={},
)

HEADER = """# Blind set 167 (Korean): expected results, one [[case]] per email, each
# ingested alone into a fresh ledger holding requests.csv. Written by
# make.py from the meaning of each email before the reader was run on it.
# Do not edit by hand: python3 tests/corpus/blind167/make.py
"""


def encode_headers(c):
    """Korean display names and subjects as RFC 2047 encoded-words, as real
    mail sends them (Outlook/Works Mail use B encoding)."""
    for key, hname in (("name_from", "From"), ("subject", "Subject")):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8", header_name=hname).encode(linesep="\n")


def main():
    write_requests()
    for c in cases:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
