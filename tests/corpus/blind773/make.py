#!/usr/bin/env python3
"""Blind set 773 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside
and BAND replies written in Korean -- 공문-style 조치결과 replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, receipts,
auto-replies, a DSN and an MDN.

Deterministic: `python3 tests/corpus/blind773/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning before the reader was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)
MID = {R1: "req-240902-01", R2: "req-240905-02", R3: "req-240906-03", R4: "req-240909-04",
       R5: "req-240910-05", R6: "req-240911-06", R7: "req-240912-07"}

N = {
    1: "https://blog.naver.com/moonriver_k/223561100041",
    2: "https://blog.naver.com/moonriver_k/223561100587",
    3: "https://blog.naver.com/gray_teapot/223558823310",
    4: "https://cafe.naver.com/hanbitstock/58213",
    5: "https://cafe.naver.com/hanbitstock/58240",
    6: "https://cafe.naver.com/sunnyside2020/1177",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120935",
    8: "https://blog.naver.com/jjang_ga99/223549900012",
    9: "https://blog.naver.com/jjang_ga99/223549900278",
    10: "https://cafe.naver.com/sunnyside2020/1203",
    11: "https://blog.naver.com/paper_owl77/223570004455",
    12: "https://tv.naver.com/v/59312877",
    13: "https://blog.naver.com/paper_owl77/223570004901",
    14: "https://blog.naver.com/dawn_walker/223575550019",
}
K3_RAW = "https://nightowl-note.tistory.com/entry/주식-리딩방-후기"
K5_RAW = "https://kiwi-lab.tistory.com/entry/비공개-자료-공유"


def pct(u):
    out = []
    for ch in u:
        if ord(ch) < 128:
            out.append(ch)
        else:
            out.extend("%%%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


K = {
    1: "https://cafe.daum.net/silverfox77/Kz3a/4412",
    2: "https://cafe.daum.net/silverfox77/Kz3a/4419",
    3: pct(K3_RAW),
    4: "https://pf.kakao.com/_xgHqbG/104822",
    5: pct(K5_RAW),
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2xKp0A",
    2: "https://www.youtube.com/watch?v=bN4sLw9Zc1E",
    3: "https://www.youtube.com/shorts/Xa3PdL8vQ2k",
    4: "https://www.youtube.com/@haneul_invest_tv",
    5: "https://www.youtube.com/watch?v=T0pZu6Yh9cM",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=302117",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=302240",
}
B = {
    1: "https://band.us/band/80231145/post/1942",
    2: "https://band.us/band/80231145/post/1957",
}

REQUESTS = [
    (R1, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 14)], "illegal-finance", "유사투자자문 불법 리딩방 홍보 (블로그·카페·지식iN·TV)"),
    (R2, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[1], K[2], K[3], K[4]], "illegal-finance", "다음 카페·티스토리·카카오채널"),
    (R3, "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 6)], "illegal-finance", "YouTube 영상·쇼츠·채널"),
    (R4, "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[1], D[2], D[3]], "defamation", "디시인사이드 갤러리 게시글"),
    (R5, "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [B[1], B[2]], "privacy", "BAND 게시글"),
    (R6, "kakao", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[5]], "privacy", "티스토리 게시글 1건"),
    (R7, "naver", "2024-09-12T09:10:00+09:00", "2024-09-19T18:00:00+09:00",
     [N[14]], "defamation", "네이버 블로그 1건"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def d(day, hm):
    wd = {3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 9: "Mon", 10: "Tue", 11: "Wed",
          12: "Thu", 13: "Fri", 14: "Sat", 16: "Mon", 17: "Tue", 18: "Wed", 19: "Thu"}[day]
    return f"{wd}, {day:02d} Sep 2024 {hm}:00 +0900"


def quoted_request(ref, urls, prefix="> "):
    lines = ["방송통신심의위원회 통신심의국입니다.",
             f"아래 게시물에 대하여 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다. (관리번호 {ref})",
             ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


OUTLOOK_QUOTE = """-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구 (13건)
"""

CASES = []


def case(**kw):
    CASES.append(kw)


ALL_R1 = [N[i] for i in range(1, 14)]

# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table-all13",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(5, "16:20"), reply_to_req=MID[R1],
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style reply to a KCSC 시정요구 with a 연번/URL/조치결과 text table",
    why="Authenticated NAVER letter, one row per requested URL with an unhedged result",
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 송부하신 시정요구(KCSC-240902-01, 총 13건)에 대하여
   당사의 조치 결과를 아래와 같이 통보합니다.

                              - 아    래 -

 연번 | 대상 URL                                             | 조치결과
 -----+------------------------------------------------------+------------------------------
  1   | {N[1]}      | 게시중단
  2   | {N[2]}      | 임시조치(30일)
  3   | {N[3]}      | 작성자가 이미 삭제한 게시물
  4   | {N[4]}             | 블라인드
  5   | {N[5]}             | 블라인드
  6   | {N[6]}            | 미조치(운영정책 위반 아님)
  7   | {N[7]} | 삭제
  8   | {N[8]}       | 임시조치(30일)
  9   | {N[9]}       | 임시조치(30일)
  10  | {N[10]}            | 존재하지 않는 게시물
  11  | {N[11]}      | 게시중단
  12  | {N[12]}                      | 국내 접근 제한
  13  | {N[13]}      | 게시중단

3. 연번 6은 특정 종목에 대한 이용자 개인의 의견 게시로 확인되어 카페 운영정책상
   삭제 사유에 해당하지 않는 것으로 판단하였음을 알려 드립니다.
4. 조치 결과에 대한 문의는 아래 담당자에게 연락하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당: 한서윤 매니저 (policy-support@navercorp.com)
""",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "removed",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "restricted",
           N[9]: "restricted", N[10]: "not_found", N[11]: "removed", N[12]: "restricted",
           N[13]: "removed"},
)

case(
    name="naver-html-table-first-reply",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(4, "11:05"), reply_to_req=MID[R1],
    subject="시정요구 조치결과 (KCSC-240902-01) - 1차 회신",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table (번호/게시물 주소/조치내용/조치일자), partial first reply",
    why="HTML table rows give a result for five URLs; the rest are only promised a second reply",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240902-01 시정요구 건 가운데 검토가 끝난 5건의 조치 결과를 먼저 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>게시물 주소</th><th>조치내용</th><th>조치일자</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024.09.03</td></tr>
<tr><td>2</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>2024.09.03</td></tr>
<tr><td>3</td><td><a href="{N[6]}">{N[6]}</a></td><td>미조치 (위반사항 없음)</td><td>2024.09.03</td></tr>
<tr><td>4</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>게시물 없음</td><td>2024.09.03</td></tr>
<tr><td>5</td><td><a href="{N[12]}">{N[12]}</a></td><td>접속차단 (국내)</td><td>2024.09.04</td></tr>
</table>
<p>나머지 8건은 검토가 끝나는 대로 2차로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    items={N[1]: "removed", N[5]: "removed", N[6]: "rejected", N[7]: "not_found",
           N[12]: "restricted", N[2]: "pending", N[13]: "pending"},
)

CSV_R1 = f"""연번,URL,처리결과,처리일
8,{N[8]},게시중단,2024-09-06
9,{N[9]},게시중단,2024-09-06
10,{N[10]},작성자 삭제(게시물 없음),2024-09-06
11,{N[11]},임시조치(30일),2024-09-06
12,{N[12]},미조치(위반 아님),2024-09-06
13,{N[13]},게시중단,2024-09-06
"""
case(
    name="naver-csv-attachment-second-reply",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(6, "17:42"), reply_to_req=MID[R1],
    subject="RE: [KCSC-240902-01] 2차 조치결과 송부",
    outcome="applied", classification="confirmation",
    imitates="Portal reply sending a 처리결과 CSV attachment (base64) with a one-line cover note",
    why="CSV rows state a result for six URLs of the large request",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_773_csv"

--=_nv_773_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
KCSC-240902-01 건 중 남은 게시물의 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--=_nv_773_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_R1)}
--=_nv_773_csv--
""",
    items={N[8]: "removed", N[9]: "removed", N[10]: "not_found", N[11]: "restricted",
           N[12]: "rejected", N[13]: "removed"},
)

case(
    name="naver-blog-single-prose",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    date=d(13, "14:02"), reply_to_req=MID[R7],
    subject="Re: 불법정보 게시중단 요청 (KCSC-240912-07)",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk prose reply with the '은(는)' template particle after the URL",
    why="One URL, one unhedged 게시중단 statement from NAVER",
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물
{N[14]} 은(는) 2024년 9월 13일자로 게시중단 처리되었음을 안내드립니다.

게시자는 정보통신망법에 따라 재게시를 요청할 수 있으며, 재게시 요청이 접수되는 경우
별도로 알려드리겠습니다.

감사합니다.
네이버 블로그 고객센터 드림
""",
    items={N[14]: "removed"},
)

case(
    name="naver-one-item-thread-no-url",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(13, "09:37"), reply_to_req=MID[R7],
    subject="Re: [KCSC-240912-07] 게시물 삭제 요청",
    outcome="applied", classification="confirmation",
    imitates="Short in-thread operator reply that names no URL, answering a one-item request",
    why="Request KCSC-240912-07 has one item; '요청하신 게시물 1건은 블라인드 처리' is a done statement",
    body="""안녕하세요.

요청해 주신 게시물 1건은 확인 후 블라인드 처리하였습니다.
추가로 필요하신 사항 있으시면 회신 주세요.

감사합니다.
한서윤 드림 | 네이버 정책지원팀
""",
    items={N[14]: "removed"},
)

QP_BODY = f"""방송통신심의위원회 담당자님께,

KCSC-240902-01 건 중 아래 게시물에 대한 처리 내역을 공유드립니다.

 • {N[2]} : 임시조치 (30일간 게시 제한)
 • {N[3]} : 비공개 처리
 • {N[5]} : 해당 게시글을 찾을 수 없습니다 (이미 삭제되었거나 잘못된 주소)

나머지 게시물은 확인되는 대로 별도로 알려드리겠습니다.

네이버 정책지원팀
"""
case(
    name="naver-qp-bullets",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(4, "18:11"),
    subject="[KCSC-240902-01] 처리 내역 공유",
    outcome="applied", classification="confirmation",
    imitates="Quoted-printable Korean bullet list 'URL : 조치내용' from a portal's policy team",
    why="Three bullets, each a URL with an unhedged status",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    items={N[2]: "restricted", N[3]: "removed", N[5]: "not_found"},
)

case(
    name="naver-cafe-top-posted-outlook",
    from_="dohyun.kim@navercorp.com", name_from="김도현",
    date=d(3, "11:48"), reply_to_req=MID[R1],
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 (13건)",
    outcome="applied", classification="confirmation",
    imitates="Informal operator reply top-posted over an Outlook '-----Original Message-----' quote of the request",
    why="Reply above the quote: two posts deleted, one already gone by its author; the quoted list changes nothing",
    body=f"""안녕하세요 위원회 담당자님,

카페·블로그 쪽 확인 결과 먼저 공유드려요.

{N[11]} 하고
{N[13]} 두 건은 오늘 오전에 삭제했습니다.
{N[4]} 은 작성자가 먼저 지워서 이미 없는 글이었습니다.

나머지는 블로그팀에서 따로 회신드릴 예정입니다.

김도현 드림
NAVER 카페 운영팀

{OUTLOOK_QUOTE}
{quoted_request(R1, ALL_R1, prefix="")}
""",
    items={N[11]: "removed", N[13]: "removed", N[4]: "not_found",
           N[1]: "pending", N[6]: "pending"},
)

case(
    name="kakao-right-center-mixed-notice",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(9, "10:15"), reply_to_req=MID[R2],
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 with ○ bullets, full-width brackets and a raw Korean Tistory path",
    why="Four named posts, four unhedged results (삭제, 블라인드, 임시조치, 게시 유지)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 다음과 같이 안내해 드립니다.

■ 처리 결과
 ○ 다음 카페 게시글（{K[1]}）: 카페 운영원칙 위반으로 삭제
 ○ 다음 카페 게시글（{K[2]}）: 블라인드 처리
 ○ 티스토리 게시글 <{K3_RAW}>는 정보통신망법 제44조의2 제2항에 따라 30일간 임시조치하였습니다.
 ○ 카카오채널 게시물 {K[4]} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
관련 정책은 https://www.kakao.com/policy/right 에서 확인하실 수 있습니다.

카카오 권리침해신고센터 드림
""",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "rejected"},
)

case(
    name="daum-url-below-statement",
    from_="cafe_cs@daum.net", name_from="Daum 고객센터",
    date=d(10, "15:30"), reply_to_req=MID[R2],
    subject="Re: [KCSC-240905-02] 게시물 조치 요청",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 reply: statement sentence first, the URLs on the lines below it",
    why="'다음 게시글은 … 삭제되었습니다' covers the two cafe URLs below it; the channel post was already gone",
    body=f"""안녕하세요, Daum 고객센터입니다.

다음 게시글은 카페 운영원칙 위반으로 삭제되었습니다.
{K[1]}
{K[2]}

다음 게시물은 이미 삭제되어 확인이 불가합니다.
{K[4]}

티스토리 게시글은 담당 부서에서 별도로 안내드릴 예정입니다.

감사합니다.
""",
    items={K[1]: "removed", K[2]: "removed", K[4]: "not_found", K[3]: "pending"},
)

case(
    name="tistory-percent-url-own-line",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(12, "16:48"),
    subject="게시중단 요청 처리 결과 (KCSC-240911-06)",
    outcome="applied", classification="confirmation",
    imitates="Kakao notice with the percent-encoded Tistory URL on its own line and the predicate on the next",
    why="The one requested post was made private (비공개 처리) after notice to the blogger",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시글
{K[5]}
은 블로그 운영자에게 소명 기회를 안내한 뒤 비공개 처리하였습니다.

감사합니다.
""",
    items={K[5]: "removed"},
)

HTML_R6 = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청하신 게시물 <a href="{K[5]}">{K5_RAW}</a> 에 대하여 정보통신망법 제44조의2에 따른
<b>임시조치(30일)</b>를 완료하였습니다.</p>
<p>임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://cs.kakao.com/helps">고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="tistory-html-base64-temporary",
    from_="noreply@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(13, "10:02"), reply_to_req=MID[R6],
    subject="[카카오] 임시조치 완료 안내",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML-only 임시조치 완료 notice, base64 encoded, link text in raw Korean",
    why="임시조치 (30-day block) of the one requested post: restricted",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_R6)}
""",
    items={K[5]: "restricted"},
)

case(
    name="tistory-thread-sole-deleted",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(12, "11:20"), reply_to_req=MID[R6],
    subject="Re: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청",
    outcome="applied", classification="confirmation",
    imitates="In-thread Kakao reply with no URL for a one-item request",
    why="One-item request; '요청하신 게시물은 … 삭제 처리하였습니다' is unhedged",
    body="""안녕하세요.

요청하신 게시물은 개인정보 노출이 확인되어 삭제 처리하였습니다.
게시자에게도 처리 사실을 안내하였습니다.

카카오 권리침해신고센터 드림
""",
    items={K[5]: "removed"},
)

case(
    name="youtube-kr-legal-outcome-korean",
    from_="legal-support-kr@google.com", name_from="YouTube 법무지원팀",
    date=d(10, "08:55"), reply_to_req=MID[R3],
    subject="[8-3519000427] 콘텐츠 삭제 요청 관련 (KCSC-240906-03)",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removal outcome in Korean: local block / guideline removal / no action sections",
    why="Heading sentences each followed by their URLs: two blocked in Korea, one removed, one refused",
    body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다. 보내 주신 요청을 검토한 결과를 알려드립니다.

현지 법률 위반을 이유로 다음 콘텐츠에 대해 대한민국 내 접근을 제한했습니다.
- {Y[1]}
- {Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제했습니다.
- {Y[3]}

다음 콘텐츠는 삭제하거나 차단하지 않기로 결정했습니다. 해당 콘텐츠는 YouTube 정책을
위반하지 않으며, 제공해 주신 정보만으로는 현지 법률 위반을 확인할 수 없었습니다.
- {Y[5]}

법적 삭제 요청에 관한 안내는 https://support.google.com/legal/answer/3110420 에서 보실 수 있습니다.

감사합니다.
YouTube 법무지원팀
""",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[5]: "rejected",
           Y[4]: "pending"},
)

case(
    name="youtube-bilingual-channel-terminated",
    from_="no-reply@youtube.com", name_from="YouTube",
    date=d(11, "02:14"), reply_to_req=MID[R3],
    subject="Update on your report / 신고 처리 결과 (KCSC-240906-03)",
    outcome="applied", classification="confirmation",
    imitates="YouTube bilingual (English/Korean) report outcome: channel terminated, video age-restricted",
    why="Channel terminated (removed) and a video age-restricted (restricted), both named",
    body=f"""Hello,

Following our review, the channel {Y[4]} has been terminated for violating
YouTube's spam, deceptive practices and scams policy.

The video {Y[1]} has been age-restricted.

안녕하세요.

검토 결과 채널 {Y[4]} 은(는) 스팸, 현혹 행위 및 사기 정책 위반으로 해지되었습니다.
동영상 {Y[1]} 에는 연령 제한이 적용되었습니다.

- The YouTube Team / YouTube 팀
""",
    items={Y[4]: "removed", Y[1]: "restricted"},
)

case(
    name="youtube-actioned-and-uploader-deleted",
    from_="legal-support-kr@google.com", name_from="Google Legal Support",
    date=d(11, "19:26"),
    subject="Re: [8-3519000427] KCSC-240906-03",
    outcome="applied", classification="confirmation",
    imitates="Google legal support English reply using the 'actioned under our policies' template",
    why="One video actioned (configured removed phrase), one deleted by its uploader before review (not_found)",
    body=f"""Hello,

Thanks for reaching out to us.

The content at {Y[2]} has been actioned under our policies.

The video {Y[5]} had already been removed by the uploader before our
review, so no further action was taken on it.

Regards,
The Google Team
""",
    items={Y[2]: "removed", Y[5]: "not_found"},
)

case(
    name="youtube-angle-bracket-wrapped",
    from_="legal-support-kr@google.com", name_from="Google Legal Support",
    date=d(12, "07:40"), reply_to_req=MID[R3],
    subject="Re: Legal removal request KCSC-240906-03",
    outcome="applied", classification="confirmation",
    imitates="English local-law block notice whose angle-bracketed URL was wrapped by the mail client",
    why="Video blocked in South Korea (restricted); the Short removed under Community Guidelines",
    body=f"""Hi,

Thank you for your notice regarding KCSC-240906-03. After review, we have blocked
the following video from view in South Korea based on the local law you cited:
<https://www.youtube.com/watch?
v=T0pZu6Yh9cM>

The Short <{Y[3]}> was removed for violating our Community Guidelines.

Best,
Google Legal Support
""",
    items={Y[5]: "restricted", Y[3]: "removed"},
)

CSV_YT = f"""URL,조치,적용 지역,처리일
{Y[1]},삭제,전 세계,2024-09-12
{Y[2]},국가별 차단,KR,2024-09-12
{Y[3]},찾을 수 없음,,2024-09-12
{Y[4]},채널 해지,전 세계,2024-09-12
{Y[5]},조치 안 함(정책 위반 아님),,2024-09-12
"""
case(
    name="youtube-csv-base64-korean",
    from_="legal-support-kr@google.com", name_from="YouTube 법무지원팀",
    date=d(12, "13:05"), reply_to_req=MID[R3],
    subject="[8-3519000427] 처리 결과 첨부 (KCSC-240906-03)",
    outcome="applied", classification="confirmation",
    imitates="Legal team reply with a Korean-headed CSV result sheet attached in base64",
    why="CSV gives one result per requested YouTube URL",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt773boundary"

--yt773boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
요청하신 5건의 처리 결과를 첨부 파일(CSV)로 전달드립니다.
YouTube 법무지원팀

--yt773boundary
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="result_8-3519000427.csv"
Content-Transfer-Encoding: base64

{b64(CSV_YT)}
--yt773boundary--
""",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "not_found", Y[4]: "removed",
           Y[5]: "rejected"},
)

case(
    name="dc-informal-operator",
    from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
    date=d(10, "13:22"), reply_to_req=MID[R4],
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    outcome="applied", classification="confirmation",
    imitates="Informal community-operator reply, one URL per line with a casual Korean predicate",
    why="Two posts deleted, one already deleted by its writer",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
말씀하신 글 확인했습니다.

{D[1]} 삭제했습니다.
{D[2]} 도 삭제 완료요.
{D[3]} 는 작성자가 이미 지운 글이라 남아있는 게 없네요.

수고하세요~
""",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-url-then-arrow-status",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date=d(10, "17:50"), reply_to_req=MID[R4],
    subject="[처리결과] KCSC-240909-04",
    outcome="applied", classification="confirmation",
    imitates="Bare URL with the result on the line below after an arrow (→)",
    why="Both mgallery posts deleted; the status line sits under each URL",
    body=f"""[처리 결과]

{D[2]}
 → 게시물 삭제 및 작성자 IP 차단

{D[3]}
 → 게시물 삭제

주식 갤러리 게시물은 법무팀 검토 후 별도 회신드리겠습니다.
""",
    items={D[2]: "removed", D[3]: "removed", D[1]: "pending"},
)

case(
    name="dc-gongmun-ga-na-da",
    from_="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date=d(11, "15:00"), reply_to_req=MID[R4],
    subject="시정요구에 대한 조치결과 회신 (디시-법무-2024-0911)",
    outcome="applied", classification="confirmation",
    imitates="공문-style 조치결과 회신 with 가./나./다. items and a reasoned refusal",
    why="Two deleted; the third kept with a stated reason (rejected)",
    body=f"""문서번호: 디시-법무-2024-0911
수    신: 방송통신심의위원회
제    목: 시정요구에 대한 조치결과 회신

1. 관련: 방송통신심의위원회 시정요구(KCSC-240909-04, 2024. 9. 9.)
2. 위 관련 문서에 의거하여 요청하신 게시물에 대한 조치 결과를 다음과 같이 회신합니다.

  가. {D[1]}
      - 삭제 완료 (2024. 9. 10.)
  나. {D[2]}
      - 삭제 완료 (2024. 9. 10.)
  다. {D[3]}
      - 게시 유지: 특정 코인의 시세 전망에 관한 이용자 의견으로, 당사는 해당 게시물이
        불법정보에 해당하지 않는다고 판단하였습니다.

붙임: 없음.  끝.

(주)디시인사이드 법무팀
""",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

BAND_B64 = f"""안녕하세요, BAND 운영정책팀입니다.

요청하신 {B[1]} 게시글은 운영정책 위반으로 삭제하였으며,
작성자에게는 이용 제한 조치를 적용했습니다.

{B[2]} 게시글은 작성자가 직접 삭제하여 현재 존재하지 않습니다.

BAND 운영정책팀 드림
"""
case(
    name="band-prose-base64",
    from_="help@band.us", name_from="BAND 운영정책팀",
    date=d(11, "10:12"), reply_to_req=MID[R5],
    subject="Re: [KCSC-240910-05] 게시글 삭제 요청",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team prose reply, base64 text/plain",
    why="One post deleted, the other deleted by its writer beforehand",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BAND_B64)}
""",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-numbered-list",
    from_="policy@band.us", name_from="BAND",
    date=d(12, "09:01"),
    subject="[BAND] 게시물 처리 결과 안내 - KCSC-240910-05",
    outcome="applied", classification="confirmation",
    imitates="Numbered 1)/2) list 'URL - 처리 결과' from a group-service policy desk",
    why="One post hidden from view (비공개), the other kept with no violation found",
    body=f"""안녕하세요. BAND 운영팀입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

1) {B[1]} - 게시글 비공개 처리 완료
2) {B[2]} - 검토 결과 운영정책 위반 사항 없음 (게시 유지)

감사합니다.
""",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="naver-echoed-report-with-result",
    from_="noreply_right@naver.com", name_from="네이버 게시중단요청서비스",
    date=d(6, "09:14"),
    subject="[네이버] 게시중단 요청 처리 결과 안내 (접수번호 RPT-2409-0773-118)",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 system mail echoing the submitted report, then a 처리 결과 section",
    why="The echoed 접수 내용 lists URLs without status; the 처리 결과 section states one per URL",
    body=f"""[네이버 게시중단 요청 처리 결과 안내]

접수번호: RPT-2409-0773-118
접수일시: 2024-09-02 10:41

■ 접수 내용
  요청 기관: 방송통신심의위원회 (KCSC-240902-01)
  요청 사유: 불법정보 (유사투자자문 홍보)
  대상 게시물:
    {N[8]}
    {N[9]}

■ 처리 결과
  {N[8]} : 게시중단
  {N[9]} : 임시조치(30일)

처리 결과는 마이페이지(https://right.naver.com/mypage)에서도 확인하실 수 있습니다.
본 메일은 발신 전용입니다.
""",
    items={N[8]: "removed", N[9]: "restricted"},
)

case(
    name="naver-gmail-quote-one-done",
    from_="cafe_ops@navercorp.com", name_from="네이버 카페 운영팀",
    date=d(4, "14:30"), reply_to_req=MID[R1],
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (13건)",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="Only the line above the quote is a statement (one cafe post deleted); quoted URLs stay pending",
    body=f"""안녕하세요.

{N[6]} 게시글은 카페 운영진 확인 후 오늘 삭제 처리되었습니다.
다른 건은 담당 부서에서 회신 예정입니다.

2024년 9월 2일 (월) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R1, ALL_R1)}
""",
    items={N[6]: "removed", N[1]: "pending", N[4]: "pending", N[10]: "pending"},
)

case(
    name="naver-receipt-phrase-plus-result",
    from_="help@naver.com", name_from="네이버 고객센터",
    date=d(9, "16:03"),
    subject="[네이버 고객센터] 문의 답변 드립니다 (KCSC-240902-01)",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer that opens with the 접수번호 line and then gives a result",
    why="Receipt phrase plus an unhedged 삭제 statement about a named video: not a pure acknowledgement",
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 내용은 접수번호 [20240909-77231]로 접수되었습니다.

확인 결과 {N[12]} 동영상은 운영정책 위반으로 삭제 조치되었습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
    items={N[12]: "removed"},
)

case(
    name="naver-statement-then-url-below",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    date=d(5, "10:20"), reply_to_req=MID[R1],
    subject="Re: [KCSC-240902-01] 블로그·카페 게시물 검토 결과",
    outcome="applied", classification="confirmation",
    imitates="Korean '아래 게시물은 …' statement with the URL on the next line, two blocks",
    why="First block: 게시중단; second block: kept, no violation (rejected)",
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

아래 게시물은 게시중단 처리하였습니다.
{N[1]}

아래 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
{N[10]}

감사합니다.
""",
    items={N[1]: "removed", N[10]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-under-review",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(3, "17:05"), reply_to_req=MID[R1],
    subject="Re: [KCSC-240902-01] 진행 상황 안내",
    outcome="review", review="not_understood",
    imitates="Portal progress note: items under internal review, action promised",
    why="'검토 중 … 조치할 예정입니다' is a promise, not a statement; the named items stay pending",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[2]}, {N[3]} 은
현재 내부 검토 중이며, 검토가 완료되는 대로 게시중단 조치할 예정입니다.

처리가 끝나면 다시 연락드리겠습니다.
""",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedged-seems-private",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(9, "18:40"), reply_to_req=MID[R2],
    subject="Re: [KCSC-240905-02] 문의하신 게시물 관련",
    outcome="review", review="not_understood",
    imitates="Informal Kakao staff reply with hedged '… 것 같습니다' and a 확인 중 note",
    why="'비공개로 돌린 것 같습니다' is a hedge and '확인 중' is under review: nothing to apply",
    body=f"""안녕하세요.

{K3_RAW} 는 확인해 보니 블로그 운영자가
이미 비공개로 돌린 것 같습니다.
{K[4]} 는 채널 담당 부서에 전달하여 확인 중입니다.

정확한 결과는 정리되는 대로 공식 회신으로 드리겠습니다.
""",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="naver-bulk-all-thirteen",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(6, "11:11"), reply_to_req=MID[R1],
    subject="Re: [KCSC-240902-01] 조치 완료",
    outcome="review", review="bulk",
    imitates="Short '전부 조치 완료' reply without per-item results",
    why="A statement about all 13 items of a multi-item request, naming none",
    body="""안녕하세요.

KCSC-240902-01로 요청하신 게시물 13건 전부 게시중단 처리를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""",
    items={u: "pending" for u in ALL_R1},
)

case(
    name="dc-bulk-all-deleted",
    from_="admin@dcinside.com", name_from="디시인사이드 운영팀",
    date=d(10, "09:58"), reply_to_req=MID[R4],
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    outcome="review", review="bulk",
    imitates="One-line community-operator 'all deleted' reply",
    why="Three-item request, 'all deleted' without naming each",
    body="""네 요청하신 게시물 모두 삭제 처리했습니다.
디시인사이드 운영팀
""",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="naver-dmarc-fail",
    from_="policy@navercorp.com", name_from="네이버 정책지원팀", auth="fail",
    date=d(4, "20:47"), reply_to_req=MID[R1],
    subject="RE: [KCSC-240902-01] 조치결과",
    outcome="review", review="untrusted",
    imitates="A NAVER-looking 조치결과 reply that fails DKIM/SPF/DMARC",
    why="Platform domain but authentication failed: statements kept for a person, not applied",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[1]} : 게시중단 완료
{N[2]} : 게시중단 완료

감사합니다.
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    from_="jslee@hanul-law.example", name_from="법무법인 한울 이정수 변호사",
    date=d(16, "10:30"),
    subject="KCSC-240912-07 관련 게시물 자진 삭제 통지",
    outcome="review", review="unknown_sender",
    imitates="Law-firm letter on behalf of the blogger announcing self-deletion",
    why="Not a platform domain: names our request and URL, so a person looks at it",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 네이버 블로그 운영자(dawn_walker)를 대리하여 아래와 같이 통지합니다.

귀 위원회의 요청(KCSC-240912-07)과 관련된 게시물
{N[14]}
은 의뢰인이 2024. 9. 14. 자진 삭제하였습니다.

향후 연락은 본 법무법인으로 하여 주시기 바랍니다.

법무법인 한울 변호사 이정수
""",
    items={N[14]: "pending"},
)

case(
    name="naver-speaks-for-band",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(12, "15:15"),
    subject="[KCSC-240910-05] BAND 게시글 처리 결과",
    outcome="review", review="wrong_platform",
    imitates="Parent-company policy team answering for a sister service (BAND is run by NAVER)",
    why="Statements about band items from a naver sender; BAND is configured as its own platform",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND는 네이버가 운영하는 서비스로, 밴드 담당 부서 확인 결과를 대신 전달드립니다.

{B[1]} : 삭제
{B[2]} : 삭제

감사합니다.
""",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="youtube-hedge-possible-self-delete",
    from_="legal-support-kr@google.com", name_from="YouTube 법무지원팀",
    date=d(9, "17:20"), reply_to_req=MID[R3],
    subject="Re: [8-3519000427] KCSC-240906-03 진행 상황",
    outcome="review", review="not_understood",
    imitates="Korean progress update with a possibility ('… 가능성이 있습니다') and 검토 중",
    why="Possibility and under-review statements only: y3 stays pending",
    body=f"""안녕하세요.

{Y[3]} 는 업로더가 자진 삭제했을 가능성이 있습니다.
나머지 URL에 대해서는 관련 팀에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

YouTube 법무지원팀
""",
    items={Y[3]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(17, "10:00"),
    subject="[안내] 기관 요청 접수 창구 변경",
    outcome="review", review="no_claims",
    imitates="Portal notice to authorities about a new intake address (no request, no item)",
    why="Trusted NAVER mail that names no item and no request",
    body="""안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 23일부터 관계 기관의 게시물 조치 요청은 전용 창구로 접수받습니다.
앞으로는 https://help.naver.com/agency 를 통해 요청해 주시기 바랍니다.
기존 메일 주소도 당분간 함께 운영합니다.

감사합니다.
""",
    items={},
)

case(
    name="kakao-asks-for-documents",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date=d(6, "13:40"), reply_to_req=MID[R2],
    subject="[카카오] 추가 자료 요청 (KCSC-240905-02)",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 request for supporting documents before acting",
    why="Asks for a decision copy and legal basis before any action; nothing applied",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건(KCSC-240905-02)의 처리를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

 1. 시정요구 결정서 사본
 2. 대상 게시물별 위반 법령 및 해당 조항

[대상 게시물]
 - {K[1]}
 - {K[2]}
 - {K[3]}
 - {K[4]}

자료가 접수되면 바로 검토를 시작하겠습니다.
""",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending", K[4]: "pending"},
)

case(
    name="band-conditional-deletion",
    from_="help@band.us", name_from="BAND 운영정책팀",
    date=d(11, "17:30"), reply_to_req=MID[R5],
    subject="Re: [KCSC-240910-05] 처리 안내",
    outcome="review", review="not_understood",
    imitates="BAND notice that a post will be deleted unless the writer answers within 7 days",
    why="Deletion is conditional on the writer's silence: a promise, not a statement",
    body=f"""안녕하세요, BAND 운영정책팀입니다.

{B[1]} 게시글은 작성자에게 소명 요청을 보냈으며,
7일 이내에 소명이 없을 경우 삭제 처리됩니다.

결과는 다시 안내드리겠습니다.
""",
    items={B[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    from_="seoyun.han@navercorp.com", name_from="한서윤",
    date=d(13, "18:01"), reply_to_req=MID[R7],
    subject="[자동회신] 부재중입니다 (Re: [KCSC-240912-07] 게시물 삭제 요청)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="Out-of-office auto-reply",
    body="""안녕하세요. 한서윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy-support@navercorp.com 으로 보내 주시면 담당자가 확인하겠습니다.

감사합니다.
""",
    items={},
)

DSN_TEXT = """이 메시지는 자동으로 생성된 전송 실패 보고서입니다.
This is an automatically generated Delivery Status Notification.

다음 수신자에게 메일을 전달하지 못했습니다:
Delivery to the following recipient failed permanently:

    right-desk@kakaocorp.com

사유: 수신자 주소를 찾을 수 없습니다 (550 5.1.1 User unknown).
"""
case(
    name="kakao-dsn-user-unknown",
    from_="MAILER-DAEMON@kakaocorp.com", name_from="Mail Delivery System",
    date=d(5, "11:01"),
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN (multipart/report delivery-status) with the returned request headers",
    why="Delivery status notification for our own request",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn773.kk"

--dsn773.kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_TEXT}
--dsn773.kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 5 Sep 2024 11:00:58 +0900

Final-Recipient: rfc822; right-desk@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-desk@kakaocorp.com>: Recipient address rejected: User unknown

--dsn773.kk
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

From: KCSC Takedown <takedown@kcsc.example>
To: right-desk@kakaocorp.com
Subject: [KCSC-240905-02] 불법정보 시정요구 (4건)
Date: Thu, 5 Sep 2024 11:00:00 +0900
Message-ID: <req-240905-02@kcsc.example>

--dsn773.kk--
""",
    items={},
)

case(
    name="naver-mdn-read",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(2 + 1, "09:02"),
    subject="읽음: [KCSC-240902-01] 불법정보 시정요구 (13건)",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (read receipt) in Korean",
    why="MDN: says only that the request was displayed",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn773nv"

--mdn773nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

  받는 사람: policy-support@navercorp.com
  제목: [KCSC-240902-01] 불법정보 시정요구 (13건)
  읽은 시간: 2024-09-03 09:02

--mdn773nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy-support@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn773nv--
""",
    items={},
)

case(
    name="dc-report-receipt",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date=d(9, "14:05"), reply_to_req=MID[R4],
    subject="[디시인사이드] 신고 접수 완료 안내 (KCSC-240909-04)",
    outcome="ignored", classification="acknowledgement",
    imitates="Community site ticket receipt with a 접수번호",
    why="Pure receipt: report received, result to follow",
    body="""안녕하세요. 디시인사이드 신고센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
  - 접수번호: DC-R-20240909-5512
  - 접수일시: 2024-09-09 14:05

담당자가 확인한 후 처리 결과를 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="youtube-ack-echoes-urls",
    from_="legal-support-kr@google.com", name_from="Google Legal Support",
    date=d(6, "09:52"), reply_to_req=MID[R3],
    subject="[8-3519000427] We've received your request (KCSC-240906-03)",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal 'we've received your request' receipt echoing the reported URLs",
    why="Receipt with a case id; the echoed URLs carry no status",
    body=f"""Hello,

Thanks for contacting Google. We've received your legal request and assigned it
the reference number 8-3519000427. Please keep this number in the subject line of
any further correspondence.

You reported the following content:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}
{Y[5]}

We will review your request and get back to you.

Regards,
The Google Team
""",
    items={},
)

case(
    name="band-ooo-bilingual",
    from_="minji.park@band.us", name_from="Park Minji",
    date=d(10, "10:01"), reply_to_req=MID[R5],
    subject="Automatic reply: [KCSC-240910-05] 게시글 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English and Korean",
    why="Out-of-office auto-reply",
    body="""I am out of the office until Friday, 13 September, with limited access to email.
For urgent policy matters, please contact help@band.us.

9월 13일(금)까지 외근으로 메일 확인이 어렵습니다.
급한 건은 help@band.us 로 연락 부탁드립니다.

Minji Park
""",
    items={},
)

case(
    name="naver-gongmun-receipt",
    from_="policy-support@navercorp.com", name_from="네이버 정책지원팀",
    date=d(2 + 1, "08:40"), reply_to_req=MID[R1],
    subject="[접수] 시정요구 공문 접수 안내 (KCSC-240902-01)",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean 공문 접수 안내 receipt promising a later result",
    why="Pure acknowledgement with a receipt number; the result is only promised",
    body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구 공문(KCSC-240902-01, 13건)이 정상적으로 접수되었습니다.
  - 접수번호: NV-POL-2409-00318

처리 결과는 검토 완료 후 회신드리겠습니다.

감사합니다.
""",
    items={},
)


HEADER = """# Blind set 773 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND.
# Written by tests/corpus/blind773/make.py; expected results from each
# email's meaning, before any run of the reader."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, "blind773", HEADER, cases)


if __name__ == "__main__":
    main()
