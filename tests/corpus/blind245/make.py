#!/usr/bin/env python3
"""Blind set 245: Korean platforms (NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside, BAND) answering in Korean: 공문-style replies,
임시조치 notices, 시정요구 조치결과 tables and informal operator replies.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind245/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_trade/223561104481"
N2 = "https://blog.naver.com/moonlit_trade/223561109932"
N3 = "https://cafe.naver.com/greenstockclub/184402"
N4 = "https://cafe.naver.com/greenstockclub/184517"
N5 = "https://cafe.naver.com/greenstockclub/185006"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=472210385"
N7 = "https://tv.naver.com/v/61022418"
N8 = "https://blog.naver.com/sori_invest/223570021145"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38421907&memberNo=55120341"
N10 = "https://cafe.naver.com/greenstockclub/185233"
N11 = "https://blog.naver.com/sori_invest/223570044810"
N12 = "https://m.blog.naver.com/sori_invest/223570051127"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2: Kakao (Daum cafe, Tistory, Brunch), 4 items
K1 = "https://cafe.daum.net/haneul-coin/Ab3F/1182"
K2 = "https://cafe.daum.net/haneul-coin/Ab3F/1190"
K3_SLUG = "코인-리딩방-무료-입장"
K3_RAW = "https://fictmoney88.tistory.com/entry/" + K3_SLUG
K3 = "https://fictmoney88.tistory.com/entry/" + quote(K3_SLUG, safe="-")
K4 = "https://brunch.co.kr/@coinmaster77/45"

# R3: YouTube, 3 items
Y1 = "https://www.youtube.com/watch?v=Qm7TzR2vK8a"
Y2 = "https://www.youtube.com/watch?v=bX04LpnW3sE"
Y3 = "https://www.youtube.com/shorts/Hk2mPq9Wz1c"

# R4: DC Inside, 5 items
D1 = "https://gall.dcinside.com/mgallery/board/view/?id=fictstock&no=55012"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=fictstock&no=55098"
D3 = "https://gall.dcinside.com/board/view/?id=fictleague&no=2901174"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=fictstock&no=55131"
D5 = "https://m.dcinside.com/board/fictleague/2901388"
R4_ITEMS = [D1, D2, D3, D4, D5]

# R5: BAND, 2 items
B1 = "https://band.us/band/81122045/post/3301"
B2 = "https://band.us/band/81122045/post/3317"

# R6: NAVER, 1 item
N13 = "https://blog.naver.com/hwaseong_lee42/223580077310"

# R7: Kakao (Daum cafe), 1 item
K5 = "https://cafe.daum.net/jjambbong-talk/Qw1R/640"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R1, "naver", "2024-09-02T01:00:00Z", "2024-09-09T14:59:59Z", "illegal_investment_advice",
     R1_ITEMS, "리딩방 홍보 블로그·카페·지식iN·TV·포스트 (largest request)"),
    (R2, "kakao", "2024-09-03T02:00:00Z", "2024-09-10T14:59:59Z", "fraud",
     [K1, K2, K3, K4], "코인 리딩방: Daum 카페, Tistory, Brunch"),
    (R3, "youtube", "2024-09-04T01:30:00Z", "2024-09-11T14:59:59Z", "fraud",
     [Y1, Y2, Y3], "사칭 투자 광고 영상"),
    (R4, "dcinside", "2024-09-05T00:40:00Z", "2024-09-12T14:59:59Z", "defamation_privacy",
     R4_ITEMS, "갤러리 신상공개 게시물"),
    (R5, "band", "2024-09-06T03:10:00Z", "2024-09-13T14:59:59Z", "gambling",
     [B1, B2], "불법 도박 홍보 밴드 게시글"),
    (R6, "naver", "2024-09-09T01:20:00Z", "2024-09-16T14:59:59Z", "privacy",
     [N13], "개인정보 노출 블로그 글"),
    (R7, "kakao", "2024-09-10T02:05:00Z", "2024-09-17T14:59:59Z", "drugs",
     [K5], "마약류 판매 광고 카페 글"),
]


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


def rq(ref):
    return "req." + ref


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, date_ko):
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        f"요청번호 {ref} ({date_ko})와 관련하여 아래 정보에 대한 시정요구를 통보합니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    return "\n".join(lines)


NAVER_SIG = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 (가상 주소)
문의: policy@navercorp.com"""

KAKAO_SIG = """주식회사 카카오 서비스보호팀
safety-report@kakaocorp.com"""

DC_SIG = """디시인사이드 운영팀
helpdesk@dcinside.com"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-pipe-table-all12",
    date="Thu, 05 Sep 2024 17:32:08 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[네이버] 시정요구({R1})에 대한 조치 결과 회신",
    reply_to_req=rq(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 대응 담당
제목: 시정요구({R1})에 대한 조치 결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 통보하신 시정요구(요청번호 {R1})와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | 대상 URL | 조치 결과 | 비고
1 | {N1} | 게시중단 |
2 | {N2} | 게시중단 |
3 | {N3} | 임시조치(30일) | 권리침해 신고 건과 병합
4 | {N4} | 삭제 |
5 | {N5} | 해당 게시물 없음 | 작성자가 조치 전 자진 삭제
6 | {N6} | 게시중단 |
7 | {N7} | 미조치 | 운영정책 위반 사항 확인되지 않음
8 | {N8} | 게시중단 |
9 | {N9} | 비공개 처리 |
10 | {N10} | 임시조치(30일) |
11 | {N11} | 미조치 | 불법정보 해당 여부에 대한 법원 판단 필요, 게시 유지
12 | {N12} | 게시중단 |

3. 기타 문의사항은 아래 담당자에게 연락 주시기 바랍니다.  끝.

{NAVER_SIG}
담당: 김서윤 매니저
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치 결과 회신 with a pipe table (연번/URL/조치 결과/비고)",
    why="Trusted NAVER reply naming all twelve items in a table: 게시중단/삭제/비공개 removed, 임시조치 restricted, 미조치 with reason rejected, 게시물 없음 not_found",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "removed", N9: "removed", N10: "restricted",
           N11: "rejected", N12: "removed"},
)

case(
    name="naver-html-table-five",
    date="Wed, 04 Sep 2024 11:05:40 +0900",
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 고객센터",
    subject=f"[NAVER] 게시물 처리 결과 안내 ({R1})",
    type="html",
    body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R1}) 중 아래 5건의 처리 결과를 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>대상 URL</th><th>처리 결과</th><th>사유</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>블라인드</td><td>불법 금융투자 권유</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>삭제</td><td>불법 금융투자 권유</td></tr>
<tr><td>3</td><td><a href="{N6.replace('&', '&amp;')}">{N6.replace('&', '&amp;')}</a></td><td>확인 불가</td><td>존재하지 않는 게시물입니다</td></tr>
<tr><td>4</td><td><a href="{N7}">{N7}</a></td><td>연령 제한</td><td>19세 미만 이용자 시청 제한 설정</td></tr>
<tr><td>5</td><td><a href="{N10}">{N10}</a></td><td>조치 불가</td><td>운영정책상 위반 사항이 확인되지 않아 게시를 유지합니다</td></tr>
</table>
<p>처리 기준은 <a href="https://help.naver.com/service/5600/contents/19220">네이버 게시물 운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML 처리 결과 안내 with a result table",
    why="HTML table, one row per item: 블라인드/삭제 removed, 존재하지 않는 게시물 not_found, 연령 제한 restricted, 조치 불가 (no violation) rejected; the help link is no item",
    items={N3: "removed", N4: "removed", N6: "not_found", N7: "restricted", N10: "rejected"},
)

CSV_TEXT = f"""번호,URL,조치결과,조치일시,비고
1,{N1},게시중단,2024-09-05 14:10,
2,{N2},게시중단,2024-09-05 14:12,
3,{N5},게시물 없음,-,작성자 삭제
4,{N8},임시조치,2024-09-05 14:20,30일
5,{N11},삭제,2024-09-05 14:22,
6,{N12},삭제,2024-09-05 14:25,
"""
CSV_NAME = "조치결과_" + R1 + ".csv"
case(
    name="naver-csv-attachment-six",
    date="Thu, 05 Sep 2024 15:02:51 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"RE: [방심위] 시정요구 통보 ({R1}) - 조치결과 송부",
    reply_to_req=rq(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-b245-csv"

--nv-b245-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

{R1} 건 중 6건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
{NAVER_SIG}

--nv-b245-csv
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{quote(CSV_NAME)}
Content-Disposition: attachment; filename*=UTF-8''{quote(CSV_NAME)}
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--nv-b245-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal policy team sending 조치결과 as a CSV attachment",
    why="CSV rows each name an item and a result: 게시중단/삭제 removed, 임시조치 restricted, 게시물 없음 not_found; the rest is promised later",
    items={N1: "removed", N2: "removed", N5: "not_found", N8: "restricted", N11: "removed", N12: "removed"},
)

case(
    name="naver-url-then-result-below",
    date="Wed, 04 Sep 2024 16:47:13 +0900",
    **{"from": "cafe-help@naver.com"},
    name_from="네이버 카페 고객센터",
    subject=f"[네이버 카페] 신고 게시물 처리 결과 ({R1})",
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

{R1} 건 중 카페 게시물의 처리 결과를 안내드립니다.

{N3}
→ 처리 결과: 게시중단(블라인드)

{N4}
→ 처리 결과: 게시중단(블라인드)

{N5}
→ 처리 결과: 해당 게시물은 이미 삭제되어 확인되지 않습니다.

{N10}
→ 처리 결과: 임시조치 (30일간 게시 제한)

블라인드 처리된 게시물은 카페 회원에게도 노출되지 않습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 카페 고객센터 신고 처리 결과 with a bare URL and '→ 처리 결과' on the line below",
    why="Each bare URL is followed by its own result line: two 블라인드 removed, already deleted not_found, 임시조치 restricted",
    items={N3: "removed", N4: "removed", N5: "not_found", N10: "restricted"},
)

case(
    name="naver-r6-single-blind-prose",
    date="Tue, 10 Sep 2024 18:20:04 +0900",
    **{"from": "blog-help@naver.com"},
    name_from="네이버 블로그 고객센터",
    subject=f"[네이버 블로그] 요청하신 게시물 처리 안내 ({R6})",
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

귀 위원회에서 개인정보 노출을 사유로 요청하신 블로그 게시물
({N13})은
2024년 9월 10일 자로 블라인드 처리되었음을 알려드립니다.

블라인드 처리된 게시물은 작성자 외 다른 이용자에게 노출되지 않습니다.

감사합니다.
네이버 블로그 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 블로그 블라인드 처리 안내 (prose, one item)",
    why="One-item request; the URL in parentheses is stated 블라인드 처리되었음 = removed",
    items={N13: "removed"},
)

case(
    name="naver-r6-author-deleted",
    date="Wed, 11 Sep 2024 10:12:37 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"Re: [방송통신심의위원회] 시정요구 {R6}",
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N13} 은
당사가 확인한 시점에 작성자 본인이 이미 삭제하여 현재 존재하지 않습니다.
따라서 별도의 조치는 진행되지 않았습니다.

감사합니다.
{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply: post already deleted by its author (작성자 본인 삭제)",
    why="Deleted by the author before any action = not_found",
    items={N13: "not_found"},
)

REQ1_QUOTE = quoted(request_text(R1, R1_ITEMS, "2024. 9. 2."))
case(
    name="naver-topposted-over-gmail-quote",
    date="Fri, 06 Sep 2024 09:41:22 +0900",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    subject=f"Re: [{R1}] 불법정보 시정요구 통보",
    reply_to_req=rq(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀 김서윤입니다.

아래 3건 처리 완료되어 먼저 회신드립니다.

- {N8} : 삭제
- {N9} : 삭제
- {N11} : 임시조치

나머지 건은 아직 검토 중이며 완료되면 다시 연락드리겠습니다.

김서윤 드림

2024년 9월 2일 (월) 오전 10:04, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{REQ1_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Top-posted staff reply over a Gmail-quoted request (Korean '님이 작성:' header)",
    why="Three items stated above the quote (삭제, 삭제, 임시조치); the other nine appear only in the quoted request and stay pending",
    items={N8: "removed", N9: "removed", N11: "restricted", N1: "pending", N10: "pending"},
)

case(
    name="kakao-gongmun-four-items",
    date="Fri, 06 Sep 2024 14:00:19 +0900",
    **{"from": "safety-report@kakaocorp.com"},
    name_from="카카오 서비스보호팀",
    subject=f"[카카오] 시정요구 조치결과 회신 ({R2})",
    reply_to_req=rq(R2),
    body=f"""
카카오 제2024-0906-117호

수    신: 방송통신심의위원회
제    목: 불법정보 시정요구({R2})에 대한 조치결과 회신

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관의 시정요구({R2}, 2024. 9. 3.)에 대하여 당사는 다음과 같이 조치하였음을 회신합니다.

  가. {K1}
      - 조치결과: 게시물 삭제 (2024. 9. 5.)
  나. {K2}
      - 조치결과: 임시조치 (30일간 열람 제한)
  다. {K3}
      - 조치결과: 게시중단
  라. {K4}
      - 조치결과: 미조치
      - 사유: 관련 법령 및 브런치 운영정책 위반 사항이 확인되지 않음

3. 조치결과에 이의가 있으시면 회신 바랍니다.  끝.

{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (문서번호, 수신/제목, 가나다라 items) 시정요구 조치결과 회신",
    why="Four items each with its own 조치결과: 삭제 removed, 임시조치 restricted, 게시중단 (percent-encoded Tistory URL) removed, 미조치 with reason rejected",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "rejected"},
)

case(
    name="kakao-tistory-raw-korean-angle",
    date="Thu, 05 Sep 2024 13:27:45 +0900",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    subject=f"[티스토리] 게시중단 요청 처리 결과 안내 ({R2})",
    body=f"""
안녕하세요. 티스토리 고객센터입니다.

방송통신심의위원회에서 요청하신 {R2} 건 중 티스토리 게시물에 대한 처리 결과를 안내드립니다.

<{K3_RAW}>의 게시물은 관계 법령 위반(미등록 투자자문업 광고)으로 확인되어 2024년 9월 5일 삭제 조치되었습니다.

Daum 카페 및 브런치 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
티스토리 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="티스토리 고객센터 게시중단 처리 결과 with a raw Korean-path URL in angle brackets followed by a particle",
    why="The raw Korean Tistory URL (percent-encoded in the request) is stated 삭제 조치되었습니다 = removed; the other services are promised later",
    items={K3: "removed"},
)

case(
    name="kakao-r7-sole-no-url",
    date="Wed, 11 Sep 2024 16:35:09 +0900",
    **{"from": "safety-report@kakaocorp.com"},
    name_from="카카오 서비스보호팀",
    subject=f"[카카오] 요청번호 {R7} 처리 결과",
    reply_to_req=rq(R7),
    body=f"""
안녕하세요. 카카오 서비스보호팀입니다.

귀 위원회에서 요청하신 Daum 카페 게시물(요청번호 {R7})에 대하여
마약류 판매 광고로 확인되어 국내 접근 제한 조치를 완료하였습니다.

감사합니다.
{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 서비스보호팀 one-line result for a one-item request, no URL",
    why="One-item request named by its reference; 국내 접근 제한 조치를 완료 is restricted",
    items={K5: "restricted"},
)

KAKAO_QP = f"""안녕하세요. 카카오 Daum 카페 운영팀입니다.

요청번호 {R2} 관련하여 Daum 카페 게시물 2건의 처리 결과를 알려드립니다.

1) {K1}
   운영정책(불법 금융 정보) 위반으로 게시물을 삭제하였습니다.

2) {K2}
   해당 게시물은 작성자의 카페 탈퇴와 함께 이미 삭제되어 존재하지 않습니다.

감사합니다.
Daum 카페 운영팀 드림
"""
case(
    name="kakao-daum-cafe-quoted-printable",
    date="Thu, 05 Sep 2024 10:18:33 +0900",
    **{"from": "cafe-operation@kakaocorp.com"},
    name_from="Daum 카페 운영팀",
    subject=f"Re: {R2} Daum 카페 게시물 처리 결과",
    reply_to_req=rq(R2),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 result notice, quoted-printable body",
    why="Quoted-printable Korean: item 1 삭제 removed, item 2 already deleted with the author's withdrawal not_found",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="yt-korean-legal-three",
    date="Sat, 07 Sep 2024 02:14:50 +0900",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject=f"[YouTube] 법적 요청 검토 결과 안내 - {R3}",
    reply_to_req=rq(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

방송통신심의위원회에서 제출하신 요청({R3})을 검토하였으며, 결과는 다음과 같습니다.

• {Y1}
  대한민국 내에서 해당 콘텐츠에 대한 액세스를 차단했습니다.

• {Y2}
  YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기) 위반으로 삭제되었습니다.

• {Y3}
  검토 결과 YouTube 정책 또는 현지 법률 위반이 확인되지 않아 조치를 취하지 않았습니다.

YouTube 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801973 를 참고하시기 바랍니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Korean-language outcome notice (local-law block / guideline removal / no action)",
    why="Bulleted URLs with their outcome on the next line: blocked in Korea restricted, removed for guidelines removed, no violation rejected; the help link is no item",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-english-geo-and-age",
    date="Fri, 06 Sep 2024 07:55:02 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: Legal request {R3} - outcome",
    reply_to_req=rq(R3),
    body=f"""
Hello,

Thanks for your patience. We have completed our review of part of your
request {R3}.

Video: {Y1}
Action taken: Blocked in South Korea (KR) under local law

Video: {Y2}
Action taken: Age-restricted (viewers must be signed in and 18+)

We are still looking into the remaining URL and will follow up separately.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome e-mail (Video:/Action taken: blocks)",
    why="Geo-block in KR and age restriction are both restricted; the third item is promised later and stays pending",
    items={Y1: "restricted", Y2: "restricted", Y3: "pending"},
)

YT_B64 = f"""안녕하세요. YouTube 신뢰 및 안전팀입니다.

{R3} 요청과 관련하여 추가 검토가 완료된 항목을 안내드립니다.

Shorts 동영상 {Y3} 은(는) 스팸, 현혹 행위 및 사기 정책 위반으로 삭제되었습니다.

나머지 2건은 계속 검토 중이며, 결과가 나오는 대로 알려드리겠습니다.

감사합니다.
"""
case(
    name="yt-base64-shorts-removed",
    date="Mon, 09 Sep 2024 11:30:26 +0900",
    **{"from": "trust-safety-kr@google.com"},
    name_from="YouTube",
    subject=f"YouTube 검토 결과 ({R3})",
    reply_to_req=rq(R3),
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(YT_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google-generated Korean notice, base64-encoded body",
    why="Base64 body: the Shorts URL 삭제되었습니다 removed; 'the other two still under review' changes nothing",
    items={Y3: "removed"},
)

case(
    name="dc-operator-informal",
    date="Fri, 06 Sep 2024 13:09:58 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드",
    subject=f"Re: [방심위 {R4}] 게시물 삭제 요청",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청 주신 글 확인했습니다.

{D1} 삭제했습니다.
{D2} 이것도 삭제했고요.
{D3} 는 확인해보니 작성자가 이미 지운 글이네요.

나머지 두 건은 마이너 갤러리 매니저 쪽 확인하고 다시 말씀드릴게요.

수고하세요.
{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply (삭제했습니다 / 작성자가 이미 지운 글)",
    why="Informal but unhedged: two deleted, one already deleted by its author (not_found); the last two promised later stay pending",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending", D5: "pending"},
)

case(
    name="dc-numbered-list-five",
    date="Mon, 09 Sep 2024 15:44:11 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"[디시인사이드] 요청번호 {R4} 처리 결과",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건의 처리 결과입니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 삭제 불가 (신고 사유에 해당하지 않는 게시물로 판단되어 유지)
4. {D4} - 블라인드 처리
5. {D5} - 존재하지 않는 게시물

문의사항은 회신 주세요.
{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside helpdesk numbered result list",
    why="Numbered list, one result per item: 삭제 removed ×2, 삭제 불가 with reason rejected, 블라인드 removed, 존재하지 않는 게시물 not_found",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed", D5: "not_found"},
)

case(
    name="dc-statement-above-urls",
    date="Tue, 10 Sep 2024 10:02:40 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject=f"Re: {R4} 추가 회신",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요, 디시인사이드 신고센터입니다.

아래 게시물은 운영자 권한으로 삭제 처리하였습니다.
{D4}
{D5}

아래 게시물은 해당 주소로 조회되는 글이 없습니다.
{D2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 reply with the statement on the line above its URLs",
    why="'아래 게시물은 … 삭제 처리' governs the next two URLs (removed); '조회되는 글이 없습니다' the last (not_found)",
    items={D4: "removed", D5: "removed", D2: "not_found"},
)

case(
    name="band-both-deleted-named",
    date="Mon, 09 Sep 2024 17:16:55 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject=f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})",
    reply_to_req=rq(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글에 대한 처리 결과를 안내해 드립니다.

■ 게시글: {B1}
■ 처리 결과: 불법 도박 홍보로 확인되어 게시글을 삭제했습니다.

■ 게시글: {B2}
■ 처리 결과: 불법 도박 홍보로 확인되어 게시글을 삭제했습니다.

해당 밴드의 리더에게도 운영정책 위반 안내가 발송되었습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 (■ 게시글 / ■ 처리 결과)",
    why="Each URL has its own 처리 결과: both deleted",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-one-removed-one-kept",
    date="Tue, 10 Sep 2024 09:03:17 +0900",
    **{"from": "policy@band.us"},
    name_from="BAND 운영정책팀",
    subject=f"Re: [{R5}] 밴드 게시글 시정요구",
    reply_to_req=rq(R5),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

요청하신 두 게시글을 확인했습니다.

{B1} 게시글은 밴드 운영정책(불법 사행성 정보) 위반으로 삭제했습니다.

{B2} 게시글은 도박 사이트 주소나 홍보 문구가 포함되어 있지 않아
운영정책 위반 사항이 확인되지 않았으므로 별도 조치 없이 유지됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team reply: one post removed, one kept with a reason",
    why="First URL deleted (removed); second kept because no rule is broken (rejected)",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-sijung-result-tab-table",
    date="Mon, 09 Sep 2024 14:25:31 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"시정요구 조치결과 보고 ({R1}) - 2차",
    reply_to_req=rq(R1),
    body=f"""
방송통신심의위원회 귀중

시정요구 조치결과 보고 (2차)

요청번호: {R1}
사 업 자: 네이버 주식회사

연번\t정보 URL\t조치결과\t조치일
1\t{N1}\t삭제\t2024-09-06
2\t{N2}\t삭제\t2024-09-06
3\t{N7}\t삭제\t2024-09-06
4\t{N9}\t미처리(해당 게시물 없음)\t-

위와 같이 조치결과를 보고합니다.

2024. 9. 9.
네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 보고 form (연번/정보 URL/조치결과/조치일), tab-separated",
    why="Four rows: three 삭제 removed, 미처리(해당 게시물 없음) not_found",
    items={N1: "removed", N2: "removed", N7: "removed", N9: "not_found"},
)

case(
    name="naver-fullwidth-punct",
    date="Thu, 05 Sep 2024 19:50:08 +0900",
    **{"from": "cafe-help@naver.com"},
    name_from="네이버 카페 고객센터",
    subject=f"[네이버 카페] {R1} 관련 처리 결과",
    body=f"""
안녕하세요。네이버 카페 고객센터입니다。

요청하신 카페 게시글（{N4}）은 게시중단 처리하였습니다。

또한 {N10}，{N3} 두 건은 권리침해 신고가 함께 접수되어 임시조치(30일)되었습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean cafe help-desk notice typed with full-width punctuation （ ）， 。",
    why="Full-width brackets and commas end the URLs: one 게시중단 removed, two named 임시조치 restricted",
    items={N4: "removed", N10: "restricted", N3: "restricted"},
)

case(
    name="naver-kin-wrapped-angle-and-tv",
    date="Fri, 06 Sep 2024 12:12:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[네이버] {R1} 지식iN·TV 게시물 처리 결과",
    reply_to_req=rq(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

지식iN 질문글
<{N6.split('&docId=')[0]}&
docId={N6.split('&docId=')[1]}>
은 게시중단되었습니다.

네이버TV 영상 {N7} 는 청소년 유해 콘텐츠로 지정하여
19세 미만 이용자의 시청을 제한하였습니다.

감사합니다.
{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C) and a 19세 시청 제한",
    why="The wrapped kin URL is 게시중단 (removed); the TV video is age-restricted (restricted)",
    items={N6: "removed", N7: "restricted"},
)

YT_ORIG = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:30 AM
To: legal-kr@google.com
Subject: [{R3}] Request to remove illegal content

Dear YouTube Legal team,

Under reference {R3} we request the removal of the following content:

{Y1}
{Y2}
{Y3}

Korea Communications Standards Commission"""
case(
    name="yt-outlook-original-message",
    date="Thu, 05 Sep 2024 16:03:44 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    subject=f"RE: [{R3}] Request to remove illegal content",
    reply_to_req=rq(R3),
    body=f"""
Hello,

Following up on your request: the video {Y2} has been removed from YouTube
for violating our harassment and cyberbullying policy.

We will reply separately about the other items.

Best regards,
Google Legal Support

{YT_ORIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support reply over an Outlook '-----Original Message-----' quote",
    why="Only Y2 is stated above the quote (removed); Y1 and Y3 appear only in the quoted request",
    items={Y2: "removed", Y1: "pending", Y3: "pending"},
)

REQ2_QUOTE = quoted(request_text(R2, [K1, K2, K3, K4], "2024. 9. 3."))
case(
    name="kakao-brunch-kept-gmail-quote",
    date="Mon, 09 Sep 2024 11:48:29 +0900",
    **{"from": "brunch-cs@kakaocorp.com"},
    name_from="브런치팀",
    subject=f"Re: [{R2}] 불법정보 시정요구 통보",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 브런치팀입니다.

요청하신 브런치 글 {K4} 은
검토 결과 운영정책 및 관련 법령 위반으로 보기 어려워 게시를 유지합니다.
(특정 종목 추천이 아닌 개인의 투자 경험담으로 판단하였습니다.)

감사합니다.
브런치팀 드림

2024년 9월 3일 (화) 오전 11:02, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{REQ2_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch team refusal with reason, top-posted over a Gmail-quoted request",
    why="The Brunch post stays up because it breaks no rule (rejected); the other three URLs are only in the quote",
    items={K4: "rejected", K1: "pending", K3: "pending"},
)

DC_HTML = f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 <b>{R4}</b> 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>URL</th><th>결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{D1.replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>2</td><td>{D2.replace('&', '&amp;')}</td><td>해당 글 없음</td></tr>
<tr><td>3</td><td>{D3.replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>4</td><td>{D5}</td><td>삭제 및 작성자 IP 차단</td></tr>
</tbody></table>
<p>디시인사이드 운영팀</p>
</body></html>
"""
case(
    name="dc-html-table-base64",
    date="Wed, 11 Sep 2024 09:27:03 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"[디시인사이드] {R4} 처리 결과",
    reply_to_req=rq(R4),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dc-b245-alt"

--dc-b245-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_HTML)}
--dc-b245-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML result table, base64 inside multipart/alternative",
    why="Table rows: 삭제 removed ×2, 해당 글 없음 not_found, 삭제 및 작성자 IP 차단 removed (the IP block is about the author, not a geo-restriction)",
    items={D1: "removed", D2: "not_found", D3: "removed", D5: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    date="Tue, 03 Sep 2024 15:20:11 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] 문의 접수 및 처리 안내 ({R1})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다. (접수번호 #2409-55812)

아울러 요청하신 게시물 중 {N1} 은
블라인드 처리가 완료되었음을 안내드립니다.

나머지 게시물은 순차적으로 검토 후 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 접수 안내 that also reports one finished item",
    why="A receipt phrase plus an unhedged 블라인드 처리가 완료 for one named item: not a mere acknowledgement",
    items={N1: "removed"},
)

case(
    name="naver-echoed-report-form",
    date="Sat, 07 Sep 2024 10:40:52 +0900",
    **{"from": "right-report@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject=f"[네이버 권리보호센터] 게시중단 요청 처리 결과 ({R1})",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.
접수하신 게시중단 요청의 처리 결과를 알려드립니다.

[요청 내역 1]
요청번호: {R1}
신고 대상 URL: {N8}
신고 사유: 불법 금융투자 리딩방 홍보
[처리 결과]
게시중단

[요청 내역 2]
요청번호: {R1}
신고 대상 URL: {N11}
신고 사유: 불법 금융투자 리딩방 홍보
[처리 결과]
게시중단 요건(권리침해 소명)이 충족되지 않아 게시물이 유지됩니다.

처리 결과에 대한 문의는 https://right.naver.com/help 를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 권리보호센터 echoed request form with [처리 결과] blocks",
    why="Each echoed record carries its own result: 게시중단 removed; kept because the conditions are not met rejected",
    items={N8: "removed", N11: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    date="Wed, 04 Sep 2024 09:15:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"Re: [{R1}] 불법정보 시정요구 통보",
    reply_to_req=rq(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 {R1} 건 중 아래 카페 게시물은 담당 부서 검토 후 조치될 예정입니다.

- {N3}
- {N4}
- {N10}

조치가 완료되면 결과를 다시 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action (조치될 예정입니다)",
    why="A promise about three named items is no statement: they stay pending and a person reads it",
    items={N3: "pending", N4: "pending", N10: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date="Wed, 04 Sep 2024 17:58:10 +0900",
    **{"from": "cafe-operation@kakaocorp.com"},
    name_from="Daum 카페 운영팀",
    subject=f"Re: {R2} 문의",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

문의하신 {K2} 게시물은
현재 목록에서 보이지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 경위는 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator's tentative reply (삭제된 것으로 보입니다)",
    why="'appears to have been deleted' is a hedge, not a statement: the item stays pending",
    items={K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Tue, 10 Sep 2024 18:03:27 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[네이버] {R1} 조치 완료 회신",
    reply_to_req=rq(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 회신

1. 귀 위원회의 시정요구({R1})와 관련입니다.
2. 요청하신 게시물 12건에 대하여 모두 게시중단 조치를 완료하였음을 회신합니다.  끝.

{NAVER_SIG}
""",
    outcome="review", review="bulk",
    imitates="NAVER 공문 one-line completion notice for a whole request (12건 모두 게시중단)",
    why="A statement about all twelve items of a multi-item request without naming them: bulk, items stay pending",
    items={u: "pending" for u in R1_ITEMS},
)

case(
    name="dc-bulk-all-deleted",
    date="Fri, 06 Sep 2024 20:31:05 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from="디시인사이드",
    subject=f"Re: [방심위 {R4}] 게시물 삭제 요청",
    reply_to_req=rq(R4),
    body="""
안녕하세요.
요청하신 글 전부 삭제 처리했습니다.
감사합니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="DC Inside operator's two-line 'all deleted' reply",
    why="'All requested posts deleted' for a five-item request, none named: bulk",
    items={u: "pending" for u in R4_ITEMS},
)

case(
    name="band-auth-fail-untrusted",
    date="Sun, 08 Sep 2024 03:22:19 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    auth="fail",
    subject=f"[BAND] 신고 게시글 삭제 완료 ({R5})",
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 {B1} 및 {B2} 은
모두 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="BAND result notice arriving with failed DKIM/SPF/DMARC",
    why="Claims from band.us that fail authentication change nothing: untrusted",
    items={B1: "pending", B2: "pending"},
)

case(
    name="unknown-sender-blogger",
    date="Wed, 11 Sep 2024 22:47:36 +0900",
    **{"from": "hwaseong.lee42@hanmail.net"},
    name_from="이화성",
    subject=f"블로그 글 블라인드 관련 문의 ({R6})",
    body=f"""
안녕하세요.

네이버에서 제 블로그 글({N13})이
방송통신심의위원회 요청(요청번호 {R6})으로 블라인드 처리되었다는 안내를 받았습니다.

개인정보가 들어간 부분은 이미 모자이크 처리했는데 왜 블라인드가 된 건지
설명을 듣고 싶습니다. 이의신청 방법도 알려주시면 감사하겠습니다.

이화성 드림
""",
    outcome="review", review="unknown_sender",
    imitates="Blog author writing to the regulator from a webmail address about his blinded post",
    why="Not a platform domain; the blogger's report of the 블라인드 is no platform statement",
    items={N13: "pending"},
)

case(
    name="naver-about-band-wrong-platform",
    date="Tue, 10 Sep 2024 13:36:48 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[네이버] BAND 게시글 처리 결과 ({R5})",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련 요청({R5})을 대신 회신드립니다.

{B1}
{B2}

위 게시글 2건은 BAND 운영정책에 따라 삭제되었습니다.

{NAVER_SIG}
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy team answering for its affiliate BAND",
    why="navercorp.com is NAVER's domain, the items belong to the band platform in config: wrong_platform, items pending",
    items={B1: "pending", B2: "pending"},
)

case(
    name="yt-asks-court-order",
    date="Thu, 05 Sep 2024 08:09:30 +0900",
    **{"from": "youtube-legal-kr@google.com"},
    name_from="YouTube 법무팀",
    subject=f"[YouTube] 추가 정보 요청 - {R3}",
    reply_to_req=rq(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

제출하신 요청({R3})을 처리하기 위해 추가 정보가 필요합니다.

- {Y1}
- {Y3}

위 콘텐츠가 위반하는 구체적인 법률 조항과, 가능하다면 관련 결정문 또는
법원 명령 사본을 이 이메일에 회신으로 보내 주시기 바랍니다.
추가 정보를 받은 후 검토를 계속 진행하겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube Legal request for more information (법률 조항·법원 명령 사본)",
    why="The platform asks for the legal basis and a court order before reviewing: asks_more, items pending",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="naver-policy-notice-no-claims",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[네이버] 기관 게시중단 요청 접수 채널 변경 안내",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청은 전용 접수 채널로만 받습니다.
기존 이메일 접수는 9월 30일까지 운영되며, 이후에는 아래 페이지를 이용해 주시기 바랍니다.

https://right.naver.com/agency/request

접수 양식과 첨부 서류 안내는 https://help.naver.com/service/5600/contents/20011 에서 확인하실 수 있습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice to public agencies about a new intake channel",
    why="Trusted NAVER mail naming no requested item and no request: no_claims (its links are help pages)",
    items={},
)

case(
    name="kakao-conditional-delete",
    date="Sat, 07 Sep 2024 15:12:01 +0900",
    **{"from": "safety-report@kakaocorp.com"},
    name_from="카카오 서비스보호팀",
    subject=f"Re: [{R2}] 시정요구 관련 중간 회신",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요. 카카오 서비스보호팀입니다.

{K1} 게시물에 대하여 게시자에게 소명 요청을 하였으며,
7일 이내에 소명이 없을 경우 해당 게시물을 삭제할 예정입니다.

결과는 확정되는 대로 다시 안내드리겠습니다.

{KAKAO_SIG}
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply: deletion conditional on the poster's response",
    why="A conditional future deletion is no statement: the item stays pending",
    items={K1: "pending"},
)

case(
    name="yt-still-under-review",
    date="Mon, 09 Sep 2024 19:21:40 +0900",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: Legal request {R3}",
    reply_to_req=rq(R3),
    body=f"""
안녕하세요.

요청하신 항목 중 {Y1} 및
{Y3} 은 현재 관련 팀에서 검토 중입니다.

검토가 끝나면 결과를 알려드리겠습니다. 양해 부탁드립니다.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal status update: items still under review (검토 중)",
    why="'Under review' is no statement about the two named items: they stay pending",
    items={Y1: "pending", Y3: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-korean",
    date="Mon, 02 Sep 2024 10:05:12 +0900",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    subject=f"[자동회신] 부재중입니다 (Re: [{R1}] 불법정보 시정요구 통보)",
    reply_to_req=rq(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서윤입니다.

9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시면
담당자가 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신] 부재중입니다)",
    why="Auto-Submitted out-of-office reply: ignored",
    items={},
)

DSN_SUBJ = Header("[재요청] " + R5 + " 게시글 조치 요청", "utf-8").encode()
DSN_TEXT = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host mx1.band.us[203.0.113.40] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
case(
    name="band-dsn-bounce",
    date="Fri, 13 Sep 2024 09:00:41 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b245"

--dsn-b245
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--dsn-b245
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; report@band.us
Original-Recipient: rfc822;report@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-b245
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@band.us
Subject: {DSN_SUBJ}
Message-ID: <reminder.KCSC-240906-05.1@kcsc.example>
References: <req.KCSC-240906-05@kcsc.example>
Date: Fri, 13 Sep 2024 09:00:37 +0900

--dsn-b245--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for a reminder to BAND",
    why="A delivery failure report: ignored",
    items={},
)

case(
    name="kakao-mdn-read",
    date="Tue, 03 Sep 2024 13:44:09 +0900",
    **{"from": "jihoon.park@kakaocorp.com"},
    name_from="박지훈",
    subject=f"읽음: [{R2}] 불법정보 시정요구 통보",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b245"

--mdn-b245
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 박지훈 <jihoon.park@kakaocorp.com>
제목: [{R2}] 불법정보 시정요구 통보

2024-09-03 오후 1:44에 메시지를 읽었습니다.

--mdn-b245
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jihoon.park@kakaocorp.com
Original-Message-ID: <{msgid(R2)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b245--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as multipart/report disposition-notification",
    why="A read receipt says nothing about the items: ignored",
    items={},
)

case(
    name="dc-ticket-receipt",
    date="Thu, 05 Sep 2024 09:41:20 +0900",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 문의가 정상적으로 접수되었습니다 (접수번호 DC240905-0072)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: DC240905-0072
- 문의 유형: 게시물 신고 / 권리침해
- 제목: [방심위 {R4}] 게시물 삭제 요청

문의 내용은 영업일 기준 3일 이내에 답변드릴 예정입니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside helpdesk ticket receipt (접수번호, 발신 전용)",
    why="A pure receipt with a ticket number and no statement about any item: ignored",
    items={},
)

case(
    name="yt-english-auto-ack",
    date="Wed, 04 Sep 2024 10:31:58 +0900",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal",
    subject=f"Re: [{R3}] Request to remove illegal content [8-2271004411]",
    reply_to_req=rq(R3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thank you for contacting YouTube. We've received your request and a member
of our team will review it. Your reference number is 8-2271004411; please
keep it in the subject line of any follow-up.

Please note that this mailbox is not monitored.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal auto-acknowledgement with a case number",
    why="An automatic receipt promising review, nothing about any item: ignored",
    items={},
)

case(
    name="kakao-ooo-bilingual",
    date="Tue, 10 Sep 2024 11:06:02 +0900",
    **{"from": "minji.choi@kakaocorp.com"},
    name_from="최민지",
    subject=f"[Out of Office] 부재 중 자동 응답: [{R7}] 불법정보 시정요구 통보",
    reply_to_req=rq(R7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 최민지입니다.
9/10~9/13 해외 출장으로 메일 확인이 늦어질 수 있습니다.
긴급한 요청은 safety-report@kakaocorp.com 으로 부탁드립니다.

I am out of the office on a business trip from 10 to 13 September with
limited access to e-mail. For urgent matters please write to
safety-report@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual Korean/English Exchange out-of-office reply",
    why="Out-of-office auto-reply: ignored",
    items={},
)

REQ6_QUOTE = quoted(request_text(R6, [N13], "2024. 9. 9."))
case(
    name="naver-receipt-over-quoted-request",
    date="Mon, 09 Sep 2024 10:22:50 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=f"Re: [{R6}] 불법정보 시정요구 통보",
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 접수되었습니다. (접수번호 #2409-60371)
담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

감사합니다.

2024년 9월 9일 (월) 오전 10:20, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{REQ6_QUOTE}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 receipt (접수번호) top-posted over the quoted request",
    why="Pure acknowledgement; the only URL is in the quoted request: ignored",
    items={},
)


HEADER = """# Blind set 245 (Korean platforms: NAVER, Kakao/Daum/Tistory/Brunch,
# YouTube Korea, DC Inside, BAND; 공문-style replies, 임시조치 notices,
# 시정요구 조치결과 tables, informal operator replies). Written by
# tests/corpus/blind245/make.py from each email's meaning, before any run of
# the reader. Every case is judged alone on a fresh ledger holding
# requests.csv."""

def encode_headers(c):
    """Non-ASCII display names and subjects go out as RFC 2047 encoded
    words, as real mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind245", HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
