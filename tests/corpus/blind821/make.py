#!/usr/bin/env python3
"""Blind set 821 (focus: Korean portals, 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Deterministic: `python3 tests/corpus/blind821/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before the reader was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind821"


def h(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_pier77/223561120481"
N2 = "https://blog.naver.com/moonlit_pier77/223561120955"
N3 = "https://cafe.naver.com/greenlanetrade/88412"
N4 = "https://cafe.naver.com/greenlanetrade/88430"
N5 = "https://cafe.naver.com/greenlanetrade/88457"
N6 = "https://blog.naver.com/haneul_store_k/223559004712"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203318"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38810274&memberNo=55120931"
N9 = "https://blog.naver.com/haneul_store_k/223559007730"
N10 = "https://cafe.naver.com/greenlanetrade/88501"
N11 = "https://tv.naver.com/v/59120443"
N12 = "https://blog.naver.com/haneul_store_k/223559011268"

K1 = "https://cafe.daum.net/bluefinmarket/Rk3q/2231"
K2 = "https://cafe.daum.net/bluefinmarket/Rk3q/2240"
K3 = "https://pf.kakao.com/_xkRmVd/105223417"
K4 = "https://hanbit-note.tistory.com/41"

Y1 = "https://www.youtube.com/watch?v=Qm7dL2xVt0a"
Y2 = "https://www.youtube.com/watch?v=bR4nKp9Ws3E"
Y3 = "https://www.youtube.com/shorts/Hx2vT8cLm1Q"
Y4 = "https://www.youtube.com/@sallimnews24"
Y5 = "https://www.youtube.com/watch?v=Zt6yUe0Pq5K"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9124518"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=552310"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinfuture&no=552377"

B1 = "https://band.us/band/84120577/post/3310"
B2 = "https://band.us/band/84120577/post/3318"

# 비트코인-리딩방-안내, stored percent-encoded; emails write it raw.
K5_RAW = "https://doyun-diary.tistory.com/entry/비트코인-리딩방-안내"
K5 = "https://doyun-diary.tistory.com/entry/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EC%95%88%EB%82%B4"

M1 = "https://blog.naver.com/sunrise_invest9/223570118842"
M2 = "https://cafe.naver.com/dreamstockclub/15520"
M3 = "https://blog.naver.com/sunrise_invest9/223570119310"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T01:00:00Z", "2024-09-06T14:59:59Z", "gambling",
     "불법 도박 사이트 홍보 게시물", [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    ("KCSC-240905-02", "kakao", "2024-09-05T02:00:00Z", "2024-09-10T14:59:59Z", "fraud",
     "주식 리딩방 사기 유인 게시물", [K1, K2, K3, K4]),
    ("KCSC-240906-03", "youtube", "2024-09-06T01:02:00Z", "2024-09-13T14:59:59Z", "privacy",
     "개인정보 노출 영상", [Y1, Y2, Y3, Y4, Y5]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T05:30:00Z", "2024-09-12T14:59:59Z", "defamation",
     "명예훼손 게시물(심의 의결)", [D1, D2, D3]),
    ("KCSC-240910-05", "band", "2024-09-10T01:15:00Z", "2024-09-13T14:59:59Z", "drugs",
     "마약류 판매 광고", [B1, B2]),
    ("KCSC-240911-06", "kakao", "2024-09-11T06:00:00Z", "2024-09-14T14:59:59Z", "fraud",
     "가상자산 리딩방 안내 글", [K5]),
    ("KCSC-240912-07", "naver", "2024-09-12T00:40:00Z", "2024-09-18T14:59:59Z", "illegal_finance",
     "미등록 투자자문 광고", [M1, M2, M3]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req(ref):
    return f"req.{ref}"


NAVER = h("네이버 정책지원")
KAKAO = h("카카오 권리침해신고센터")
DC = h("디시인사이드 운영팀")
BAND = h("BAND 고객센터")
YT = "YouTube Legal Support"

CASES = []


def case(**kw):
    CASES.append(kw)


def gongmun_table(rows):
    w = max(len(u) for u, _, _ in rows)
    out = [" 연번 | " + "대상 URL".ljust(w) + " | 조치결과 | 조치일자",
           "------+-" + "-" * w + "-+----------+-----------"]
    for i, (u, r, d) in enumerate(rows, 1):
        out.append(f" {i:>3}  | {u.ljust(w)} | {r} | {d}")
    return "\n".join(out)


GONGMUN_TABLE = gongmun_table([
    (N1, "삭제", "2024.09.04"),
    (N2, "삭제", "2024.09.04"),
    (N3, "게시중단", "2024.09.04"),
    (N4, "게시중단", "2024.09.04"),
    (N5, "해당 게시물 없음(작성자 삭제)", "-"),
    (N6, "블라인드", "2024.09.05"),
    (N7, "삭제", "2024.09.05"),
    (N8, "비공개 처리", "2024.09.05"),
    (N9, "접속차단(국내)", "2024.09.05"),
    (N10, "조치 불가(운영정책 위반 없음)", "-"),
    (N11, "19세 이상 연령제한 설정", "2024.09.05"),
    (N12, "삭제", "2024.09.05"),
])

# ============================================================ APPLIED
case(
    name="naver-gongmun-result-table-12",
    date="Thu, 5 Sep 2024 16:42:10 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 (통신심의 담당자)
참조: takedown@kcsc.example
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 3.자로 요구하신 시정요구(KCSC-240903-01)와 관련하여
   당사의 조치 결과를 아래와 같이 통보합니다.

                         - 아    래 -

{GONGMUN_TABLE}

3. 10번 게시물은 당사 운영정책 및 관련 법령 검토 결과 위반 소지가 확인되지 않아
   게시를 유지하였으며, 추가 소명 자료를 주시면 재검토하겠습니다.

붙임 없음.  끝.

네이버 주식회사 정책지원실
경기도 성남시 분당구 (우편 주소 생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치결과 text table (연번/URL/조치결과/조치일자)",
    why="NAVER states a result for each of the 12 items in a text table: 삭제/게시중단/블라인드/비공개=removed, 작성자 삭제=not_found, 국내 접속차단/연령제한=restricted, 위반 없음=rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "restricted", N10: "rejected",
           N11: "restricted", N12: "removed"},
)

HTML_NAVER = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회의 시정요구 <b>KCSC-240903-01</b> 중 처리가 끝난 게시물의 결과를 먼저 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>신고 URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-04 처리</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>2024-09-04 처리</td></tr>
<tr><td>3</td><td><a href="{N5}">{N5}</a></td><td>존재하지 않는 게시물</td><td>신고 시점 이전 삭제</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>임시조치(30일)</td><td>게시자 이의제기 가능</td></tr>
<tr><td>5</td><td><a href="{N10}">{N10}</a></td><td>유지</td><td>위반 사항이 확인되지 않음</td></tr>
</table>
<p>나머지 게시물은 처리가 끝나는 대로 회신드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>NAVER 고객센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-partial-base64",
    date="Wed, 4 Sep 2024 18:05:44 +0900",
    **{"from": "help@navercorp.com"}, name_from=h("네이버 고객센터"),
    subject=h("[네이버 고객센터] 시정요구 KCSC-240903-01 처리 결과 (1차)"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre HTML result mail with a 신고 URL / 처리 결과 table (base64)",
    why="five rows with one result each; the policy link is not an item; the other seven items are promised later",
    items={N1: "removed", N2: "removed", N5: "not_found", N9: "restricted", N10: "rejected"},
)

CSV_NAVER = f"""요청번호,URL,처리결과,처리일시
KCSC-240903-01,{N3},삭제,2024-09-04 11:20
KCSC-240903-01,{N4},삭제,2024-09-04 11:21
KCSC-240903-01,{N6},블라인드,2024-09-04 14:02
KCSC-240903-01,"{N7}",게시물 없음,-
KCSC-240903-01,"{N8}",접근제한(국내),2024-09-05 09:40
KCSC-240903-01,{N11},삭제,2024-09-05 09:42
"""
case(
    name="naver-csv-attachment-results",
    date="Thu, 5 Sep 2024 10:15:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("RE: [KCSC-240903-01] 시정요구 조치결과 송부"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NaverPart_8821_0905"

------=_NaverPart_8821_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원실 이서연입니다.

KCSC-240903-01 건 중 6건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
파일 인코딩은 UTF-8입니다.

감사합니다.
이서연 드림
''')}
------=_NaverPart_8821_0905
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
------=_NaverPart_8821_0905--
""",
    outcome="applied", classification="confirmation",
    imitates="portal staff reply carrying a CSV 조치결과 attachment with Korean column names",
    why="the CSV gives one result per row: 삭제/블라인드=removed, 게시물 없음=not_found, 국내 접근제한=restricted",
    items={N3: "removed", N4: "removed", N6: "removed", N7: "not_found", N8: "restricted", N11: "removed"},
)

case(
    name="naver-blind-notice-single-url",
    date="Fri, 13 Sep 2024 09:31:27 +0900",
    **{"from": "noreply-report@navercorp.com"}, name_from=h("네이버 신고센터"),
    subject=h("[네이버] 신고하신 게시물의 처리 결과를 알려드립니다"),
    reply_to_req=req("KCSC-240912-07"),
    body=f"""
안녕하세요. 네이버 신고센터입니다.

접수하신 신고(접수번호 KCSC-240912-07)에 대한 처리 결과를 안내해 드립니다.

■ 대상 게시물
{M1}

■ 처리 결과
네이버 블로그 운영정책(불법 금융·투자 정보) 위반이 확인되어 해당 게시물을 블라인드 처리하였습니다.

블라인드 처리된 게시물은 작성자 외 다른 이용자에게 노출되지 않습니다.
운영정책 전문은 네이버 고객센터(https://help.naver.com)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 게시중단/블라인드 result notice (대상 게시물 / 처리 결과 blocks)",
    why="one named post, 블라인드 처리 완료 = removed; the help-centre link is not an item",
    items={M1: "removed"},
)

case(
    name="naver-cafe-staff-informal",
    date="Fri, 13 Sep 2024 15:08:51 +0900",
    **{"from": "jihoon.park@navercorp.com"}, name_from=h("박지훈"),
    subject=h("Re: [KCSC-240912-07] 미등록 투자자문 광고 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240912-07"),
    body=f"""
안녕하세요, 네이버 카페 운영지원 박지훈입니다.

보내주신 건 확인했어요.
dreamstockclub 카페 글({M2})은 오늘 오전에 삭제했습니다.

블로그 글 {M3} 은 들어가 보니 작성자가 이미 지운 글이라 저희 쪽에서 조회가 안 됩니다.

나머지 한 건은 블로그 담당 팀에서 따로 회신드릴 예정입니다.

박지훈 드림
네이버 카페 운영지원
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal operator (카페 운영지원 담당자) in plain Korean prose",
    why="cafe post deleted today = removed; blog post already deleted by its author = not_found; the third item is only promised and not named",
    items={M2: "removed", M3: "not_found"},
)

case(
    name="naver-kin-post-quoted-printable",
    date="Thu, 5 Sep 2024 11:47:03 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("[회신] KCSC-240903-01 지식iN·블로그 게시물 조치 결과"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''담당자님 안녕하세요.
네이버 정책지원실입니다.

요청하신 KCSC-240903-01 건 가운데 지식iN 및 블로그 게시물 2건의 조치 결과를 알려드립니다.

1) 지식iN 질문 게시물
   {N7}
   -> 게시물 삭제 완료 (2024.09.05)

2) 블로그 게시물
   {N12}
   -> 국내 IP 대상 노출 제한 (해외 접속에는 노출됨)

그 밖의 게시물은 별도 메일로 회신드리겠습니다.

네이버 정책지원실 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy-team reply in quoted-printable Korean, numbered items with the result on an arrow line",
    why="지식iN post deleted = removed; blog post hidden for Korean IPs only = restricted",
    items={N7: "removed", N12: "restricted"},
)

case(
    name="naver-top-posted-over-quoted-request",
    date="Mon, 16 Sep 2024 10:22:39 +0900",
    **{"from": "blog-policy@navercorp.com"}, name_from=h("네이버 블로그 운영팀"),
    subject=h("Re: [KCSC-240912-07] 미등록 투자자문 광고 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240912-07"),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

{M1} 게시물은 블라인드 처리하였습니다.
{M2} 게시물은 검토 결과 특정 종목 추천이나 유료 자문 유도 내용이 없어 운영정책 위반으로 보기 어려워 게시를 유지하기로 결정하였습니다.

감사합니다.

2024년 9월 12일 (목) 오전 9:40, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 수신: 네이버 주식회사
> 제목: 미등록 투자자문 광고 게시물 삭제 요청 (KCSC-240912-07)
>
> 아래 게시물에 대하여 삭제 등 필요한 조치를 요청합니다.
>
> 1. {M1}
> 2. {M2}
> 3. {M3}
>
> 조치 결과를 2024. 9. 18.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply (…님이 작성:) over the regulator's quoted request",
    why="M1 블라인드 = removed; M2 kept after review as no violation = rejected; M3 appears only in the quoted request and stays pending",
    items={M1: "removed", M2: "rejected", M3: "pending"},
)

case(
    name="kakao-daum-imsijochi-notice",
    date="Fri, 6 Sep 2024 17:30:12 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    subject=h("[Daum 권리침해신고센터] 임시조치 처리 안내 (KCSC-240905-02)"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 신고 건(KCSC-240905-02)에 대하여 정보통신망법 제44조의2 제4항에 따라
아래 게시물에 30일간 임시조치(접근 차단)를 하였음을 알려드립니다.

[임시조치 게시물]
- {K1}
- {K2}

임시조치 기간: 2024.09.06 ~ 2024.10.05
임시조치 기간 중 게시자는 재게시(복원)를 요청할 수 있으며, 요청이 없으면 기간 만료 후 삭제됩니다.

신고하신 나머지 게시물은 검토가 끝나는 대로 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30일 임시조치 notice",
    why="30일 임시조치 (access blocked) is restricted; the later deletion is conditional and does not count",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    date="Thu, 12 Sep 2024 14:03:55 +0900",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from=h("티스토리 고객센터"),
    subject=h("[티스토리] 게시글 조치 결과 안내 - KCSC-240911-06"),
    reply_to_req=req("KCSC-240911-06"),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

요청하신 게시글 {K5_RAW} 는 서비스 이용약관(불법 금융 정보 게시 금지) 위반으로 확인되어 2024년 9월 12일 삭제 처리되었습니다.

이용해 주셔서 감사합니다.
티스토리 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) customer-centre result mail quoting a raw Korean-slug URL",
    why="the only item, written with its raw Korean path, was deleted = removed",
    items={K5: "removed"},
)

case(
    name="kakao-bulleted-mixed-results",
    date="Mon, 9 Sep 2024 11:12:40 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    subject=h("Re: [KCSC-240905-02] 주식 리딩방 사기 유인 게시물 조치 요청"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
KCSC-240905-02 건의 검토 결과를 다음과 같이 회신드립니다.

 · {K1} : 카페 운영정책 위반으로 운영자 삭제
 · {K3} : 채널 게시글 비공개 처리 완료
 · {K4} : 투자 관련 일반 후기로 확인되어 위반 사항 없음, 게시 유지

문의 사항이 있으시면 이 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply listing each URL with its result after a colon",
    why="운영자 삭제 and 비공개 처리 = removed; 위반 사항 없음, 게시 유지 = rejected",
    items={K1: "removed", K3: "removed", K4: "rejected"},
)

case(
    name="kakao-url-on-line-below-statement",
    date="Tue, 10 Sep 2024 16:20:00 +0900",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from=h("Daum 카페 운영팀"),
    subject=h("RE: KCSC-240905-02 조치 결과 (2차)"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

다음 게시물은 국내 접근 제한 조치하였습니다.
{K2}

다음 게시물은 존재하지 않는 게시물로 확인됩니다(주소 오류 또는 삭제된 글).
{K4}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team reply with the statement first and the bare URL on the line below",
    why="국내 접근 제한 = restricted; 존재하지 않는 게시물 = not_found",
    items={K2: "restricted", K4: "not_found"},
)

case(
    name="yt-korean-legal-outcome",
    date="Mon, 9 Sep 2024 08:14:22 +0900",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject=h("[7-1884000033917] 법적 삭제 요청 검토 결과 안내"),
    reply_to_req=req("KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청(KCSC-240906-03)을 검토한 결과를 알려드립니다.

현지 법률 검토에 따라 아래 콘텐츠에 대한 대한민국 내 액세스를 제한했습니다.
- {Y1}
- {Y2}

또한 아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서 삭제되었습니다.
- {Y3}

요청에 포함된 다른 URL은 검토가 계속 진행 중입니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (국가별 액세스 제한 vs 가이드 위반 삭제)",
    why="Y1 and Y2 blocked in Korea = restricted; Y3 removed for guideline violation; the others are still under review and unnamed",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-english-terminated-and-declined",
    date="Wed, 11 Sep 2024 03:55:09 +0000",
    **{"from": "youtube-legal-noreply@google.com"}, name_from=YT,
    subject="Re: Legal removal request KCSC-240906-03 [7-1884000033917]",
    reply_to_req=req("KCSC-240906-03"),
    body=f"""
Hello,

Thanks for your patience while we reviewed the remaining items of your request.

Channel: {Y4}
The channel has been terminated for repeated violations of our Community Guidelines.

Video: {Y5}
After review, we did not find that this content violates our policies or local law, so we have
decided not to take action on it. It remains available on YouTube.

If you obtain a court order concerning this content, you may submit it through our legal
removals form: https://support.google.com/youtube/answer/6154232

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team reply: channel terminated / no action taken",
    why="channel terminated = removed; video kept as not violating policy or law = rejected; the support link is not an item",
    items={Y4: "removed", Y5: "rejected"},
)

HTML_YT = f"""<!DOCTYPE html><html><body>
<div style="font-family:Roboto,Arial,sans-serif;font-size:14px">
<p>안녕하세요,</p>
<p>KCSC-240906-03 요청과 관련하여 YouTube가 취한 조치는 다음과 같습니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>URL</th><th>조치</th></tr></thead>
<tbody>
<tr><td>{Y1}</td><td>지역 차단 (대한민국)</td></tr>
<tr><td>{Y2}</td><td>지역 차단 (대한민국)</td></tr>
<tr><td>{Y3}</td><td>동영상을 찾을 수 없음 (업로더가 삭제함)</td></tr>
<tr><td>{Y5}</td><td>연령 제한 적용</td></tr>
</tbody></table>
<p>YouTube 팀 드림</p>
<p style="color:#888;font-size:11px">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</div></body></html>
"""
case(
    name="yt-html-table-base64",
    date="Tue, 10 Sep 2024 19:40:31 +0900",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    subject=h("KCSC-240906-03 요청에 대한 조치 안내"),
    reply_to_req=req("KCSC-240906-03"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60821"

--000000000000a1b2c3d4e5f60821
Content-Type: text/plain; charset="UTF-8"

This message is best viewed in an HTML-capable mail client.

--000000000000a1b2c3d4e5f60821
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(HTML_YT)}
--000000000000a1b2c3d4e5f60821--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML notification with a URL / 조치 table, base64, multipart/alternative",
    why="지역 차단(대한민국) and 연령 제한 = restricted; 업로더가 삭제해 찾을 수 없음 = not_found",
    items={Y1: "restricted", Y2: "restricted", Y3: "not_found", Y5: "restricted"},
)

case(
    name="yt-actioned-under-policies",
    date="Sat, 7 Sep 2024 02:11:46 +0000",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject="Your YouTube legal request KCSC-240906-03 - update",
    reply_to_req=req("KCSC-240906-03"),
    body=f"""
Hi there,

Thanks for reaching out to YouTube.

We wanted to let you know that the following content has been actioned under our policies:
{Y2}

We are still reviewing the other URLs in your request and will follow up separately.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' outcome mail",
    why="'actioned under our policies' is the configured removed phrase for YouTube; only Y2 is named",
    items={Y2: "removed"},
)

case(
    name="dc-operator-informal-angle-brackets",
    date="Tue, 10 Sep 2024 13:47:02 +0900",
    **{"from": "help@dcinside.com"}, name_from=DC,
    subject=h("Re: [KCSC-240909-04] 명예훼손 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청 주신 코인선물 마이너 갤러리 글 두 개 <{D2}>, <{D3}> 삭제했습니다.
주식 갤러리 글 <{D1}> 은 저희가 확인하기 전에 작성자가 먼저 지운 상태였습니다.

수고하세요.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short informal reply with URLs in angle brackets",
    why="two posts deleted = removed; one already deleted by its author = not_found",
    items={D2: "removed", D3: "removed", D1: "not_found"},
)

case(
    name="dc-numbered-gongmun",
    date="Wed, 11 Sep 2024 10:05:00 +0900",
    **{"from": "legal@dcinside.com"}, name_from=h("(주)디시인사이드"),
    subject=h("[디시인사이드] 시정요구(KCSC-240909-04) 조치결과 회신"),
    reply_to_req=req("KCSC-240909-04"),
    body=f"""
수신 : 방송통신심의위원회
제목 : 시정요구(KCSC-240909-04) 조치결과 회신

1. 귀 위원회의 발전을 기원합니다.
2. 귀 위원회의 시정요구에 대한 당사의 조치 결과를 아래와 같이 회신합니다.

  가. {D1}
      - 조치결과: 삭제 완료(2024.09.10)
  나. {D3}
      - 조치결과: 미조치 - 당사 게시물 운영 원칙 검토 결과 삭제 사유에 해당하지 않아 게시 유지

3. 나목 게시물에 대하여 심의 의결서 등 추가 자료를 보내주시면 다시 검토하겠습니다.  끝.

(주)디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 조치결과 회신 with 가/나 sub-items",
    why="가 deleted = removed; 나 not actioned and kept as no deletion ground = rejected (the offer to re-review is not a promise of removal)",
    items={D1: "removed", D3: "rejected"},
)

case(
    name="band-cs-two-results",
    date="Wed, 11 Sep 2024 15:33:19 +0900",
    **{"from": "help@band.us"}, name_from=BAND,
    subject=h("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240910-05)"),
    reply_to_req=req("KCSC-240910-05"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글의 처리 결과를 안내드립니다.

1. {B1}
   마약류 판매·알선 게시글로 확인되어 삭제하였으며, 작성자에게 이용 제한 조치를 하였습니다.

2. {B2}
   확인 결과 이미 삭제되어 존재하지 않는 게시글입니다.

건강한 BAND 이용 환경을 위해 협조해 주셔서 감사합니다.
BAND 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre numbered report result",
    why="B1 deleted = removed (the user sanction is extra); B2 already deleted, no longer exists = not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-fullwidth-parentheses",
    date="Thu, 12 Sep 2024 09:02:44 +0900",
    **{"from": "safety@band.us"}, name_from=h("BAND 안전센터"),
    subject=h("RE: KCSC-240910-05 추가 처리 결과"),
    reply_to_req=req("KCSC-240910-05"),
    body=f"""
안녕하세요. BAND 안전센터입니다.

요청하신 게시글（{B2}）에 대해서는 블라인드 처리를 완료하였습니다．
해당 밴드에 대해서는 추가 모니터링을 진행하고 있습니다．

BAND 안전센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-team reply typed with full-width brackets and full stops around the URL",
    why="블라인드 처리 완료 = removed; the URL sits inside full-width parentheses",
    items={B2: "removed"},
)

case(
    name="naver-url-with-korean-particles",
    date="Wed, 4 Sep 2024 20:10:18 +0900",
    **{"from": "cafe-policy@navercorp.com"}, name_from=h("네이버 카페 정책팀"),
    subject=h("Re: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 정책팀입니다.

greenlanetrade 카페 게시물 관련 회신드립니다.
{N3}은 삭제하였고, {N4}의 경우 게시중단 처리하였습니다.

나머지 카페 게시물은 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy team prose reply with Korean particles stuck to the URLs",
    why="은/의 are particles after the URLs; 삭제 and 게시중단 = removed",
    items={N3: "removed", N4: "removed"},
)

case(
    name="naver-outlook-original-message",
    date="Fri, 6 Sep 2024 09:48:36 +0900",
    **{"from": "minji.kang@navercorp.com"}, name_from=h("강민지"),
    subject=h("RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
담당자님, 안녕하세요.

요청하신 건 중 아래 두 건은 삭제 완료했습니다.
{N6}
{N9}

나머지 건은 관련 부서에서 확인하고 있습니다.

강민지 | 네이버 정책지원실

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구

아래 불법 도박 홍보 게시물 12건에 대한 삭제 등 시정을 요구합니다.
{N1}
{N2}
{N3}
{N4}
{N5}
{N6}
{N7}
{N8}
{N9}
{N10}
{N11}
{N12}
조치 결과를 2024. 9. 6.까지 회신하여 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' holding the unquoted original request",
    why="two URLs under '삭제 완료했습니다' = removed; the others appear only in the original request below",
    items={N6: "removed", N9: "removed", N1: "pending", N10: "pending"},
)

case(
    name="naver-post-wrapped-url",
    date="Fri, 6 Sep 2024 14:26:00 +0900",
    **{"from": "post-cs@navercorp.com"}, name_from=h("네이버 포스트 고객센터"),
    subject=h("[네이버 포스트] KCSC-240903-01 관련 처리 결과"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 포스트 고객센터입니다.

신고하신 포스트
https://post.naver.com/viewer/postView.naver?volumeNo=38810274&
memberNo=55120931
는 운영원칙 위반이 확인되어 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal help-desk mail whose long query-string URL is hard-wrapped by the mail client",
    why="the wrapped URL is N8 read whole; 비공개 처리 = removed",
    items={N8: "removed"},
)

case(
    name="naver-echoed-report-form",
    date="Thu, 5 Sep 2024 13:00:05 +0900",
    **{"from": "noreply-report@navercorp.com"}, name_from=h("네이버 신고센터"),
    subject=h("[네이버] 불법정보 신고 처리 결과 안내"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
네이버 신고센터에서 알려드립니다.

■ 신고 접수 내용
 - 신고 번호 : KCSC-240903-01
 - 신고 유형 : 불법정보(사행성)
 - 신고 URL : {N7}
 - 처리 결과 : 게시중단

 - 신고 URL : {N11}
 - 처리 결과 : 청소년 이용 제한(19세 이상 시청 가능) 설정

■ 안내
 처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
 본 메일은 발신 전용 메일입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the submitted report form fields",
    why="게시중단 = removed; 19세 이상 시청 제한 = restricted (age-restricted)",
    items={N7: "removed", N11: "restricted"},
)

case(
    name="kakao-sole-item-by-reference",
    date="Fri, 13 Sep 2024 10:40:10 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    subject=h("[카카오] KCSC-240911-06 조치 완료 안내"),
    reply_to_req=req("KCSC-240911-06"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240911-06으로 요청하신 게시물은 확인 후 삭제 조치 완료되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao short completion notice naming only the request number",
    why="the request has one item, so the unnamed statement '요청하신 게시물은 삭제 조치 완료' applies to it",
    items={K5: "removed"},
)

case(
    name="kakao-ack-plus-statement",
    date="Thu, 5 Sep 2024 15:55:31 +0900",
    **{"from": "noreply@kakao.com"}, name_from=h("카카오 고객센터"),
    subject=h("[카카오 고객센터] 신고가 접수되었습니다 (접수번호 R-2409-55812)"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 R-2409-55812, 참조 KCSC-240905-02)

신고하신 게시물 중 {K2} 은 확인 즉시 삭제하였습니다.
나머지 게시물은 검토 후 결과를 별도로 안내드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao ticket receipt that also reports one immediate deletion",
    why="an acknowledgement phrase plus an unhedged deletion of K2 is a confirmation; the rest is a promise",
    items={K2: "removed"},
)

case(
    name="yt-gmail-quoted-request",
    date="Fri, 13 Sep 2024 06:18:52 +0000",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject=h("Re: [KCSC-240906-03] 개인정보 노출 영상 삭제 요청"),
    reply_to_req=req("KCSC-240906-03"),
    body=f"""
안녕하세요.

{Y5} 동영상은 YouTube 개인정보 보호 가이드라인 위반으로 확인되어 삭제되었습니다.

감사합니다.
YouTube 법무팀

2024년 9월 6일 (금) 오전 10:02, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 영상은 개인정보를 노출하고 있어 삭제를 요청합니다.
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> {Y5}
> 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail Korean reply (…님이 작성:) with the quoted request below",
    why="Y5 deleted = removed; Y1-Y4 only in the quoted request stay pending",
    items={Y5: "removed", Y1: "pending", Y4: "pending"},
)

# ============================================================ REVIEW
case(
    name="naver-promise-will-review",
    date="Wed, 4 Sep 2024 17:20:40 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("Re: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 {N10} 과
{N12} 는 담당 부서에서 추가 검토한 뒤 조치할 예정입니다.
처리 결과는 확인되는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply: 검토 후 조치할 예정",
    why="only a promise about two named items; nothing has happened yet",
    items={N10: "pending", N12: "pending"},
)

case(
    name="kakao-hedged-already-deleted",
    date="Mon, 9 Sep 2024 09:10:05 +0900",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from=h("Daum 카페 운영팀"),
    subject=h("Re: [KCSC-240905-02] 조치 요청 관련"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

문의하신 {K1} 게시물은 카페 관리자가 이미 삭제한 것으로 보입니다.
정확한 처리 내역은 카페 운영 기록을 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply hedging that a post seems already deleted (…것으로 보입니다)",
    why="'삭제한 것으로 보입니다' is a hedge and the sender promises to confirm later",
    items={K1: "pending"},
)

case(
    name="naver-bulk-all-three",
    date="Tue, 17 Sep 2024 11:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("[회신] KCSC-240912-07 조치 완료"),
    reply_to_req=req("KCSC-240912-07"),
    body="""
안녕하세요. 네이버 정책지원실입니다.

KCSC-240912-07로 요청하신 게시물 3건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion notice for a whole multi-item request",
    why="'3건 모두 삭제' without naming any URL, for a request of three items",
    items={M1: "pending", M2: "pending", M3: "pending"},
)

case(
    name="yt-bulk-all-blocked-korea",
    date="Thu, 12 Sep 2024 01:30:00 +0000",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject="Re: [KCSC-240906-03] Legal removal request",
    reply_to_req=req("KCSC-240906-03"),
    body="""
Hello,

Following our review, all of the URLs listed in your request KCSC-240906-03 have been blocked
from view in South Korea.

Best regards,
YouTube Legal Support
""",
    outcome="review", review="bulk",
    imitates="YouTube legal outcome covering a whole request without listing URLs",
    why="one statement for all five items of the request, none named",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending", Y5: "pending"},
)

case(
    name="naver-dmarc-fail",
    date="Thu, 5 Sep 2024 22:41:09 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER, auth="fail",
    subject=h("[회신] KCSC-240903-01 조치 결과"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

아래 게시물은 삭제 처리되었습니다.
- {N1}
- {N2}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="claims deletions but the navercorp.com sender fails authentication",
    items={N1: "pending", N2: "pending"},
)

case(
    name="unknown-sender-blogger-hanmail",
    date="Tue, 10 Sep 2024 23:12:47 +0900",
    **{"from": "hanbit.note@hanmail.net"}, name_from=h("한빛"),
    subject=h("글 내렸습니다"),
    body=f"""
안녕하세요.
티스토리에서 연락받고 메일 드립니다. 제 블로그 글 {K4} 지웠습니다.
요청번호가 KCSC-240905-02라고 하던데 더 필요한 게 있으면 알려주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="an uploader writing to the regulator from a personal webmail account",
    why="a statement about K4 from a sender outside any platform's domain",
    items={K4: "pending"},
)

case(
    name="naver-states-band-item",
    date="Thu, 12 Sep 2024 16:45:30 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("Re: [KCSC-240910-05] 마약류 판매 광고 게시글"),
    reply_to_req=req("KCSC-240910-05"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

BAND 서비스 관련 요청이 당사로 전달되어 회신드립니다.
{B1} 게시글은 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy desk answering for a sister service (NAVER for BAND)",
    why="NAVER states a status for a BAND item; only band.us is configured for BAND",
    items={B1: "pending"},
)

case(
    name="yt-asks-for-court-order",
    date="Tue, 10 Sep 2024 05:20:14 +0000",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject=h("[7-1884000033917] 추가 정보 요청"),
    reply_to_req=req("KCSC-240906-03"),
    body=f"""
안녕하세요.

요청하신 채널 {Y4} 에 대한 검토를 진행하려면 추가 정보가 필요합니다.
아래 자료를 이 메일에 회신으로 보내주시기 바랍니다.

 1. 위법성을 판단한 심의 의결서 또는 법원 결정문 사본
 2. 채널 내 문제 되는 동영상의 구체적인 URL과 해당 시간대

자료가 접수되면 검토를 계속하겠습니다.

YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team request for supporting documents (추가 정보 요청)",
    why="the platform asks for documents before acting on Y4",
    items={Y4: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=NAVER,
    subject=h("[안내] 정부기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원실입니다.

2024년 10월 1일부터 정부·공공기관의 게시물 조치 요청 접수 창구가
전용 웹 양식으로 일원화됩니다. 기존 이메일 주소로 보내주신 요청도
당분간은 함께 접수되나, 가급적 새 창구를 이용해 주시기 바랍니다.

새 접수 창구: https://policy.naver.com/gov-request (기관 계정 로그인 필요)

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal circular to public bodies about a changed intake channel",
    why="trusted NAVER mail naming no requested item and no request",
    items={},
)

case(
    name="kakao-conditional-deletion",
    date="Mon, 9 Sep 2024 18:02:33 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    subject=h("Re: [KCSC-240905-02] 카카오톡 채널 게시글 관련"),
    reply_to_req=req("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{K3} 게시글에 대해 채널 운영자에게 소명을 요청하였습니다.
7일 이내에 소명이 접수되지 않으면 해당 게시글은 삭제될 예정입니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice that a post will be deleted unless its author answers (소명 요청)",
    why="deletion is conditional and in the future; K3 is named but has no status yet",
    items={K3: "pending"},
)

case(
    name="band-fwd-internal-result",
    date="Thu, 12 Sep 2024 11:20:09 +0900",
    **{"from": "sujin.han@band.us"}, name_from=h("한수진"),
    subject=h("Fwd: [BAND 운영] 신고 게시글 처리 결과"),
    reply_to_req=req("KCSC-240910-05"),
    body=f"""
담당자님, 내부 처리 결과 전달드립니다.

---------- Forwarded message ---------
보낸사람: BAND 운영 모니터링 <monitoring@band-ops.example>
Date: 2024년 9월 11일 (수) 오후 6:40
Subject: [BAND 운영] 신고 게시글 처리 결과
To: 한수진 <sujin.han@band.us>

수진님, 문의하신 게시글 처리 결과입니다.
{B1} - 삭제 완료 (2024-09-11 18:31)
작성자 계정은 이용 정지했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal moderation note (Gmail '---------- Forwarded message')",
    why="the statement is in the forwarded internal note, not the BAND employee's own words",
    items={B1: "pending"},
)

# ============================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    date="Tue, 3 Sep 2024 10:00:41 +0900",
    **{"from": "sohee.choi@navercorp.com"}, name_from=h("최소희"),
    subject=h("[자동회신] Re: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
[자동 회신 메일입니다]

안녕하세요. 최소희입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 정책지원실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook/Naver Works out-of-office auto-reply (자동회신, 휴가)",
    why="out-of-office auto-reply",
    items={},
)

DSN_TEXT = f"""From: {h("방송통신심의위원회")} <takedown@kcsc.example>
To: report@dcinside.com
Subject: {h("[KCSC-240909-04] 명예훼손 게시물 삭제 요청")}
Date: Mon, 9 Sep 2024 14:30:00 +0900
Message-ID: <req.KCSC-240909-04@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{D1}
{D2}
{D3}
"""
case(
    name="dc-dsn-user-unknown",
    date="Mon, 9 Sep 2024 14:30:07 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.9124.1725859807/mx1.dcinside.com"

--DSN.9124.1725859807/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[198.51.100.44] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--DSN.9124.1725859807/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 14:30:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--DSN.9124.1725859807/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{DSN_TEXT}
--DSN.9124.1725859807/mx1.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (Undelivered Mail Returned to Sender) carrying the original request",
    why="a delivery failure report; the URLs are in the returned original only",
    items={D1: "pending", D2: "pending"},
)

case(
    name="kakao-mdn-read-receipt",
    date="Thu, 5 Sep 2024 11:31:08 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    subject=h("읽음: [KCSC-240905-02] 주식 리딩방 사기 유인 게시물 조치 요청"),
    reply_to_req=req("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="----=_MDN_20240905113108_8821"

------=_MDN_20240905113108_8821
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보낸 메일을 수신자가 읽었습니다.

받는 사람: right@kakaocorp.com
제목: [KCSC-240905-02] 주식 리딩방 사기 유인 게시물 조치 요청
읽은 시간: 2024-09-05 11:31

이 확인은 메일이 수신자의 화면에 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 보장은 아닙니다.
''')}
------=_MDN_20240905113108_8821
Content-Type: message/disposition-notification

Reporting-UA: right.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <req.KCSC-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_20240905113108_8821--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as a disposition-notification report",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="yt-case-id-receipt",
    date="Fri, 6 Sep 2024 01:10:55 +0000",
    **{"from": "legal-kr@google.com"}, name_from=YT,
    subject=h("[7-1884000033917] 요청이 접수되었습니다"),
    reply_to_req=req("KCSC-240906-03"),
    body="""
안녕하세요.

YouTube에 법적 요청을 보내 주셔서 감사합니다. 요청이 접수되었으며 사례 ID 7-1884000033917이 부여되었습니다.
이 사례에 관해 연락하실 때에는 제목의 사례 ID를 그대로 유지해 주세요.

참조: KCSC-240906-03

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal case-ID receipt (요청이 접수되었습니다)",
    why="a pure receipt with a case id; nothing about any item",
    items={},
)

case(
    name="band-inquiry-received",
    date="Tue, 10 Sep 2024 10:16:02 +0900",
    **{"from": "noreply@band.us"}, name_from=BAND,
    subject=h("[BAND] 문의가 접수되었습니다 (문의번호 2409100417)"),
    reply_to_req=req("KCSC-240910-05"),
    body="""
안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 문의번호: 2409100417
 - 문의 제목: [KCSC-240910-05] 마약류 판매 광고 게시글 조치 요청
 - 접수 일시: 2024-09-10 10:16

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
문의 내역은 BAND 고객센터 > 내 문의 내역에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk ticket receipt (문의가 접수되었습니다)",
    why="ticket receipt referencing the request, no statement about items",
    items={},
)

case(
    name="kakao-auto-reply-quoting-request",
    date="Thu, 5 Sep 2024 11:00:09 +0900",
    **{"from": "jaewon.lee@kakaocorp.com"}, name_from=h("이재원"),
    subject=h("자동 응답: [KCSC-240905-02] 주식 리딩방 사기 유인 게시물 조치 요청"),
    reply_to_req=req("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요, 이재원입니다. 9/9(월)까지 출장 중이라 답신이 늦어질 수 있습니다.
신고 관련 문의는 right@kakaocorp.com 으로 부탁드립니다.

> 아래 게시물에 대한 조치를 요청합니다.
> {K1}
> {K2}
> {K3}
> {K4}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office (자동 응답:) that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={K1: "pending", K3: "pending"},
)

case(
    name="yt-dsn-delayed",
    date="Fri, 6 Sep 2024 14:02:10 +0900",
    **{"from": "mailer-daemon@google.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000077aa88bb99cc0821"

--00000000000077aa88bb99cc0821
Content-Type: text/plain; charset="UTF-8"

** 메일 전송 지연 **

legal-removals-kr@google.com(으)로 보낸 메일의 전송이 지연되고 있습니다.
Gmail에서 계속 재시도합니다. 전송에 실패하면 알려드리겠습니다.

--00000000000077aa88bb99cc0821
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Sep 2024 10:02:05 +0900

Final-Recipient: rfc822; legal-removals-kr@google.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Mon, 09 Sep 2024 10:02:05 +0900

--00000000000077aa88bb99cc0821
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: legal-removals-kr@google.com
Subject: [KCSC-240906-03] privacy request
Date: Fri, 6 Sep 2024 10:02:00 +0900
Message-ID: <req.KCSC-240906-03@kcsc.example>

--00000000000077aa88bb99cc0821--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)' DSN",
    why="a transient delivery delay report",
    items={},
)


HEADER = """# blind821: Korean set (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
# BAND): 공문-style replies, 임시조치 notices, 조치결과 tables, informal
# operator replies. Written by tests/corpus/blind821/make.py from each
# email's meaning, before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
