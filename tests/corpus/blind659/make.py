#!/usr/bin/env python3
"""Blind set 659: Korean-language replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and BAND (공문-style replies, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, receipts, auto-replies).

Deterministic: `python3 tests/corpus/blind659/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning before the reader was ever run on this set.
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


def h(s):
    """RFC 2047-encode a header value (what real Korean mail does)."""
    return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

N1 = "https://blog.naver.com/moonlit_deal/223560114201"
N2 = "https://blog.naver.com/moonlit_deal/223560118877"
N3 = "https://cafe.naver.com/quickcashzone/48211"
N4 = "https://cafe.naver.com/quickcashzone/48230"
N5 = "https://cafe.naver.com/quickcashzone/48302"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40205&docId=471188203"
N7 = "https://blog.naver.com/hanbit_trade77/223571900412"
N8 = "https://in.naver.com/%EB%B0%A4%EB%B9%9B%EC%83%81%ED%9A%8C/contents/internal/771203"
N8_RAW = "https://in.naver.com/밤빛상회/contents/internal/771203"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811902&memberNo=51200877"
N10 = "https://blog.naver.com/hanbit_trade77/223572004519"
N11 = "https://cafe.naver.com/goldpill2024/1190"
N12 = "https://tv.naver.com/v/59011234"
K1 = "https://cafe.daum.net/darkmarket77/Aq3K/215"
K2 = "https://cafe.daum.net/darkmarket77/Aq3K/219"
K3 = "https://blackriver-note.tistory.com/88"
K4 = "https://brunch.co.kr/@inkfield/31"
Y1 = "https://www.youtube.com/watch?v=Qx7Lm2Zp0aK"
Y2 = "https://www.youtube.com/watch?v=bT4nWc81Rre"
Y3 = "https://www.youtube.com/shorts/Hn4KpT9wQzE"
D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=3381204"
D2 = "https://gall.dcinside.com/board/view/?id=stockus&no=3381377"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinside&no=45120"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinside&no=45188"
D5 = "https://gall.dcinside.com/mini/board/view/?id=hwaseong_cam&no=902"
B1 = "https://band.us/band/81234567/post/1203"
B2 = "https://band.us/band/81234567/post/1217"
K5 = "https://cafe.daum.net/sinbi-shop/Pq9r/77"
N13 = "https://blog.naver.com/greenleaf_o/223588771020"
N14 = "https://m.blog.naver.com/greenleaf_o/223588790144"

R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "naver", "2024-09-02T11:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal_drugs", "마약류 판매 광고 게시물 일괄 시정요구", R1_URLS),
    (R2, "kakao", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling", "불법 도박 사이트 홍보", [K1, K2, K3, K4]),
    (R3, "youtube", "2024-09-04T14:05:00+09:00", "2024-09-11T23:59:59+09:00",
     "fraud", "투자 사기 유도 영상", [Y1, Y2, Y3]),
    (R4, "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "privacy", "개인정보 유출 게시물", [D1, D2, D3, D4, D5]),
    (R5, "band", "2024-09-06T16:30:00+09:00", "2024-09-13T23:59:59+09:00",
     "fraud", "리딩방 사기 홍보", [B1, B2]),
    (R6, "kakao", "2024-09-09T10:10:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_goods", "의약품 불법 판매", [K5]),
    (R7, "naver", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscene", "음란 정보", [N13, N14]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request_gt(ref, date_line, urls):
    """Our own request as a Gmail-style '>' quote."""
    lines = [date_line, ">", "> 안녕하십니까, 방송통신심의위원회 통신심의국입니다.", ">",
             f"> 아래 정보에 대하여 시정요구(삭제)를 통보하오니 조치 후 결과를 회신하여 주시기 바랍니다. ({ref})", ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


def outlook_request(ref, sent, subject, urls):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             f"Sent: {sent}",
             "To: policy@navercorp.com",
             f"Subject: {subject}",
             "",
             "안녕하십니까. 방송통신심의위원회입니다.",
             "",
             "정보통신망법 제44조의7 및 방송통신위원회의 설치 및 운영에 관한 법률 제21조에 따라",
             "아래 정보에 대한 시정요구(삭제)를 통보합니다.",
             ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i:>2}. {u}")
    lines += ["", "조치 결과는 2024. 9. 9.까지 회신하여 주시기 바랍니다."]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied

case(
    name="naver-gongmun-result-table-12",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=MID[R1],
    outcome="applied",
    imitates="공문-style 시정요구 조치결과 회신 from a Korean portal (NAVER), pipe table of 연번/URL/조치결과/비고",
    why="all 12 items of the largest request, each with its own 조치결과: 삭제/게시중단/비공개 = removed, 임시조치/접속차단 = restricted, 게시물 없음/존재하지 않는 URL = not_found, 조치 불가 with reason = rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "restricted", N9: "removed", N10: "removed",
           N11: "not_found", N12: "removed"},
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보심의팀
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 관련: 방송통신심의위원회 시정요구 통보(2024. 9. 2., {R1})

3. 위 호와 관련하여 귀 위원회에서 시정요구하신 정보 12건에 대하여
   아래와 같이 조치하였음을 회신합니다.

                              - 아    래 -

연번 | 정보 URL                                                   | 조치결과     | 비고
-----+------------------------------------------------------------+--------------+-----------------------------
 1   | {N1} | 삭제         |
 2   | {N2} | 삭제         |
 3   | {N3} | 게시중단     | 카페 매니저 통보
 4   | {N4} | 임시조치     | 30일, 게시자 이의제기 접수
 5   | {N5} | 게시물 없음  | 작성자 자진 삭제(9.3.)
 6   | {N6} | 삭제         |
 7   | {N7} | 조치 불가    | 판매 광고가 아닌 보도자료 인용으로 확인됨
 8   | {N8_RAW} | 접속차단     | 국내 이용자 대상
 9   | {N9} | 비공개 처리  |
10   | {N10} | 삭제         |
11   | {N11} | 확인 불가    | 존재하지 않는 URL
12   | {N12} | 삭제         | 동영상 및 채널 내 재업로드본 포함

4. 7번 항목은 내부 검토 결과 불법정보로 판단하기 어려워 게시를 유지하였으며,
   추가 자료를 주시면 재검토하겠습니다.  끝.

네이버 주식회사 정책지원팀
담당: 이하은 매니저 (policy@navercorp.com)
""",
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 건({R1}) 중 카페&middot;블로그 게시물 5건의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>신고 URL</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-04 10:12</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>블라인드</td><td>2024-09-04 10:15</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td><td>2024-09-04 11:02</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>조치하지 않음 &ndash; 카페 운영원칙 및 관련 법령 위반 사항 확인되지 않음</td><td>2024-09-04 11:40</td></tr>
</table>
<p>나머지 게시물은 처리가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 운영정책은 <a href="https://policy.naver.com/policy/service.html">네이버 서비스 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 게시중단 요청 서비스</p>
</body></html>
"""

case(
    name="naver-html-table-qp-five",
    date="Wed, 04 Sep 2024 12:05:33 +0900",
    **{"from": "right-noreply@naver.com"},
    name_from=h("네이버 게시중단 요청 서비스"),
    subject=h(f"[NAVER] 게시중단 요청 처리 결과 안내 ({R1})"),
    outcome="applied",
    imitates="NAVER 게시중단 요청 서비스 result mail, HTML table in quoted-printable",
    why="five items each with a result: 삭제 and 블라인드 = removed, 임시조치(30일) = restricted, 게시물 없음 (작성자 삭제) = not_found, 조치하지 않음 with reason = rejected; the policy link is no item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_TABLE)}
""",
)

CSV_ROWS = [
    ["번호", "URL", "조치결과", "조치일시", "비고"],
    ["1", N6, "삭제", "2024-09-05 14:20", ""],
    ["2", N7, "삭제", "2024-09-05 14:22", ""],
    ["3", N8, "접근제한(대한민국)", "2024-09-05 15:01", "해외 접속은 유지"],
    ["4", N9, "삭제", "2024-09-05 15:03", ""],
    ["5", N10, "게시물 없음", "-", "작성자가 이미 삭제"],
    ["6", N11, "삭제", "2024-09-05 15:30", ""],
    ["7", N12, "반려", "2024-09-05 16:10", "운영정책 위반 사항 없음"],
]
_cbuf = io.StringIO()
csv.writer(_cbuf, lineterminator="\r\n").writerows(CSV_ROWS)
CSV_BYTES = b"\xef\xbb\xbf" + _cbuf.getvalue().encode("utf-8")

case(
    name="naver-csv-attachment-seven",
    date="Thu, 05 Sep 2024 17:20:00 +0900",
    **{"from": "lee.haeun@navercorp.com"},
    name_from=h("이하은"),
    subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})"),
    reply_to_req=MID[R1],
    outcome="applied",
    imitates="portal staff reply carrying an Excel-exported CSV (UTF-8 with BOM) of 조치결과",
    why="CSV rows name seven items: 삭제 = removed, 접근제한(대한민국) = restricted, 게시물 없음 = not_found, 반려 with 위반 사항 없음 = rejected",
    items={N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "not_found",
           N11: "removed", N12: "rejected"},
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NaverMail_0905_7731"

------=_NaverMail_0905_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 이하은입니다.

시정요구하신 건 가운데 지식iN/포스트/인플루언서/TV 등 7건의 조치 결과를
첨부 파일(조치결과_{R1}.csv)로 정리하여 보내드립니다.
확인 부탁드립니다.

이하은 드림
------=_NaverMail_0905_7731
Content-Type: text/csv; charset=utf-8; name="=?utf-8?b?7KGw7LmY6rKw6rO8?=_{R1}.csv"
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Transfer-Encoding: base64

{b64(CSV_BYTES)}
------=_NaverMail_0905_7731--
""",
)

case(
    name="naver-temporary-measure-notice",
    date="Wed, 11 Sep 2024 09:31:47 +0900",
    **{"from": "right-noreply@naver.com"},
    name_from=h("네이버 권리보호센터"),
    subject=h("[NAVER] 요청하신 게시물에 대한 임시조치 안내"),
    outcome="applied",
    imitates="NAVER 임시조치 (정보통신망법 제44조의2) notice to the requester",
    why="one named post put under a 30-day 임시조치 (access blocked for 30 days) = restricted",
    items={N13: "restricted"},
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 접수하신 요청(접수번호 {R7})과 관련하여
아래 게시물에 대해 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2 제4항에 따라 30일간 임시조치를 하였음을 알려드립니다.

  ■ 대상 게시물: {N13}
  ■ 조치 일시: 2024.09.11 09:28
  ■ 조치 내용: 임시조치(30일간 게시물 접근 차단)

임시조치 기간 중 게시자가 재게시를 요청하는 경우, 관련 절차에 따라
다시 안내드릴 수 있습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
)

case(
    name="naver-blog-informal-two",
    date="Thu, 12 Sep 2024 15:08:19 +0900",
    **{"from": "blog_cs@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    subject=h(f"Re: 시정요구 통보 ({R7})"),
    reply_to_req=MID[R7],
    outcome="applied",
    imitates="informal operator reply from a NAVER blog operations desk",
    why="first post blinded (블라인드 처리 = removed); the mobile-URL post was already deleted by its author (= not_found)",
    items={N13: "removed", N14: "not_found"},
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

보내주신 두 건 확인했습니다.

{N13} 은 음란성 게시물로 확인되어 오늘 오전에 블라인드 처리했습니다.
{N14} 은 저희가 확인했을 때 이미 작성자가 글을 삭제한 상태여서 게시물이 남아 있지 않았습니다.

더 필요하신 내용 있으시면 회신 주세요.
감사합니다.

네이버 블로그 운영팀 드림
""",
)

case(
    name="kakao-right-center-bullets",
    date="Fri, 06 Sep 2024 11:14:02 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h(f"[카카오] 시정요구 조치 결과 안내 ({R2})"),
    reply_to_req=MID[R2],
    outcome="applied",
    imitates="Kakao/Daum 권리침해신고센터 result notice, bulleted list with 'URL : result'",
    why="four named items: 삭제 = removed, 임시조치(30일) = restricted, 비공개 처리 = removed, 게시 유지 with its reason = rejected",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "rejected"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 검토 결과를 안내해 드립니다.

 • {K1} : 삭제
 • {K2} : 임시조치 (30일)
 • {K3} : 비공개 처리 (티스토리 운영정책 위반)
 • {K4} : 게시 유지 – 도박 사이트 홍보 내용이 확인되지 않음

처리 결과에 이견이 있으시면 회신 메일로 알려 주시기 바랍니다.

카카오 권리침해신고센터 드림
(본 메일은 Daum·티스토리·브런치 서비스 공통 안내입니다.)
""",
)

case(
    name="kakao-single-item-no-url",
    date="Tue, 10 Sep 2024 16:45:51 +0900",
    **{"from": "cafe_help@daum.net"},
    name_from=h("다음카페 운영팀"),
    subject=h(f"Re: [{R6}] 시정요구 통보 - 의약품 불법 판매 게시물"),
    reply_to_req=MID[R6],
    outcome="applied",
    imitates="short Daum cafe operations reply to a one-item 시정요구",
    why="request has a single item; an unhedged 'deletion completed' for 요청하신 게시물 applies to it",
    items={K5: "removed"},
    body="""
안녕하세요, 다음카페 운영팀입니다.

요청하신 다음카페 게시물은 약사법 위반 소지가 확인되어 금일 삭제 조치를 완료하였습니다.
게시한 회원에게는 이용제한 조치가 함께 적용되었습니다.

감사합니다.
""",
)

case(
    name="kakao-url-then-status-line",
    date="Mon, 09 Sep 2024 10:02:36 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from=h("카카오 세이프티팀"),
    subject=h(f"RE: 시정요구 ({R2}) 처리 내역"),
    outcome="applied",
    imitates="Kakao safety desk reply with each URL on its own line and the result on the line below",
    why="K1 deleted (removed); the Tistory blog is closed so the post cannot be found (not_found)",
    items={K1: "removed", K3: "not_found"},
    body=f"""
담당자님 안녕하세요.
{R2} 건 중 처리된 내역 먼저 공유드립니다.

{K1}
→ 게시물 삭제 완료 (9/6)

{K3}
→ 해당 블로그가 폐쇄되어 게시물이 존재하지 않음

나머지 건은 확인 후 따로 말씀드릴게요.

카카오 세이프티팀 정민준
""",
)

case(
    name="youtube-en-three-outcomes",
    date="Sat, 07 Sep 2024 03:12:44 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Legal removal request - KCSC Korea [7-3390000031877]",
    reply_to_req=MID[R3],
    outcome="applied",
    imitates="YouTube legal support outcome mail (English, sent to a Korean regulator) with one line per URL",
    why="Y1 removed globally; Y2 blocked in South Korea (restricted); Y3 no violation, no action (rejected)",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
    body=f"""
Hello,

Thanks for reaching out to us about the content listed in your request.

After reviewing it, we have taken the following actions:

- {Y1}
  We removed this video from YouTube globally for violating our Community Guidelines.

- {Y2}
  We have blocked this video from view in South Korea based on local law.

- {Y3}
  We reviewed this Short and did not find it to violate our policies or local law, so we have not taken action on it.

If you have further questions, please reply to this email.

Regards,
The YouTube Team
""",
)

case(
    name="youtube-ko-restricted-age",
    date="Mon, 09 Sep 2024 18:20:05 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무지원팀"),
    subject=h(f"[{R3}] 요청하신 콘텐츠 검토 결과"),
    outcome="applied",
    imitates="YouTube Korea legal team reply in Korean: local block and age restriction",
    why="Y2 access restricted in Korea (restricted); Y3 age restriction applied (restricted)",
    items={Y2: "restricted", Y3: "restricted"},
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

방송통신심의위원회에서 보내주신 요청을 검토한 결과를 알려드립니다.

1) {Y2}
   현지 법률에 따라 대한민국 내에서 이 동영상에 대한 액세스를 제한했습니다.

2) {Y3}
   커뮤니티 가이드를 검토한 결과 이 Shorts 동영상에 연령 제한을 적용했습니다.

YouTube의 정책은 https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무지원팀 드림
""",
)

case(
    name="youtube-actioned-top-posted",
    date="Thu, 05 Sep 2024 22:41:18 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal",
    subject=f"Re: [{R3}] 시정요구 통보",
    reply_to_req=MID[R3],
    outcome="applied",
    imitates="top-posted YouTube legal reply over the Gmail-quoted request, using the 'has been actioned' template",
    why="only Y2 is named above the quote and 'has been actioned under our policies' is a removal; the three URLs in the '>' quote are our own request",
    items={Y2: "removed"},
    body=f"""
Hi,

The content at {Y2} has been actioned under our policies.

We are still looking at the other videos in your request and will reply separately.

Best,
YouTube Legal

{quoted_request_gt(R3, "On Wed, Sep 4, 2024 at 2:05 PM KCSC Takedown <takedown@kcsc.example> wrote:", [Y1, Y2, Y3])}
""",
)

case(
    name="youtube-ko-removed-and-terminated",
    date="Tue, 10 Sep 2024 10:55:12 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무지원팀"),
    subject=h(f"Re: [{R3}] 추가 조치 결과"),
    reply_to_req=MID[R3],
    outcome="applied",
    imitates="YouTube Korea follow-up: video removed, channel terminated",
    why="Y3 deleted for guideline violation (removed); Y1 unavailable because its channel was terminated (removed)",
    items={Y3: "removed", Y1: "removed"},
    body=f"""
안녕하세요.

추가로 검토한 결과를 알려드립니다.

요청하신 Shorts 동영상({Y3})은 YouTube 커뮤니티 가이드의 사기 관련 정책 위반으로 삭제되었습니다.

또한 {Y1} 동영상을 게시한 채널은 반복적인 정책 위반으로 해지되어, 해당 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 법무지원팀
""",
)

case(
    name="dc-operator-informal-particles",
    date="Fri, 06 Sep 2024 14:03:27 +0900",
    **{"from": "operator@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"Re: [{R4}] 개인정보 유출 게시물 시정요구"),
    reply_to_req=MID[R4],
    outcome="applied",
    imitates="informal DC Inside operator reply, URLs followed by Korean particles",
    why="D1 deleted (removed); D2 already deleted by its author (not_found); D3 deleted (removed), its URL followed directly by the particle 은",
    items={D1: "removed", D2: "not_found", D3: "removed"},
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청 주신 건 확인했습니다.

{D1} 글은 개인정보(전화번호, 주소) 노출 확인되어 삭제했습니다.
{D2} 글은 저희가 보기 전에 작성자가 먼저 지워서 이미 없는 글입니다.
그리고 마이너 갤러리 쪽 {D3}은 오늘 오후 1시쯤 삭제 완료했습니다.

나머지 두 건은 갤러리 매니저 확인 중이라 정리되면 다시 연락드리겠습니다.

수고하세요.
디시인사이드 운영팀
""",
)

case(
    name="dc-numbered-list-five",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    subject=h(f"[디시인사이드] 시정요구 조치결과 회신 ({R4})"),
    reply_to_req=MID[R4],
    outcome="applied",
    imitates="DC Inside customer centre 조치결과 reply as a numbered list",
    why="five numbered items: three 삭제 (removed), one 미조치 with reason (rejected), one 검색 및 열람 제한 (restricted)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "rejected", D5: "restricted"},
    body=f"""
안녕하십니까. 디시인사이드 고객센터입니다.

귀 위원회에서 요청하신 게시물 5건에 대한 조치결과를 아래와 같이 회신드립니다.

1. {D1} - 삭제
2. {D2} - 삭제
3. {D3} - 삭제
4. {D4} - 미조치 (게시물 내용 확인 결과 개인정보가 포함되어 있지 않음)
5. {D5} - 검색 및 열람 제한 (성인 인증 후 열람)

기타 문의사항은 본 메일로 회신 주시기 바랍니다.
감사합니다.

(주)디시인사이드 고객센터
""",
)

case(
    name="dc-statement-then-urls",
    date="Mon, 09 Sep 2024 16:12:40 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    subject=h(f"RE: 시정요구 통보 {R4}"),
    outcome="applied",
    imitates="DC Inside reply with a statement line and the URLs on the lines below it",
    why="statement 'the following posts were deleted' followed by D3 and D4 (removed); 'the following is an address that does not exist' followed by D5 (not_found)",
    items={D3: "removed", D4: "removed", D5: "not_found"},
    body=f"""
안녕하세요. 디시인사이드입니다.

다음 게시물들은 삭제 처리되었습니다.
{D3}
{D4}

다음 게시물은 존재하지 않는 주소로 확인됩니다.
{D5}

감사합니다.
""",
)

case(
    name="band-cs-two-results",
    date="Tue, 10 Sep 2024 13:47:09 +0900",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h(f"[BAND] 요청하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=MID[R5],
    outcome="applied",
    imitates="BAND customer centre result notice",
    why="B1 deleted for policy violation (removed); B2 no policy violation, no action (rejected)",
    items={B1: "removed", B2: "rejected"},
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글에 대한 확인 결과를 안내드립니다.

첫 번째 게시글({B1})은 투자 사기 유도 등 BAND 운영정책 위반이 확인되어 삭제하였습니다.

두 번째 게시글({B2})은 일반적인 주식 정보 공유 글로, 운영정책에 위배되는 내용이 확인되지 않아 별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
)

BAND_HTML = f"""<div style="font-family:Apple SD Gothic Neo,Malgun Gothic,sans-serif">
<p>안녕하세요. BAND 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구({R5}) 처리 결과입니다.</p>
<ul>
<li><a href="{B1}">{B1}</a><br>&rarr; 게시글 삭제 및 작성자 이용 제한</li>
<li><a href="{B2}">{B2}</a><br>&rarr; 작성자가 밴드를 탈퇴하면서 게시글이 삭제되어 확인되지 않음</li>
</ul>
<p>감사합니다.</p>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다. &copy; NAVER Corp. BAND</p>
</div>
"""

case(
    name="band-html-qp-status-below",
    date="Wed, 11 Sep 2024 09:02:55 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=h(f"[BAND] 시정요구 처리 결과 ({R5})"),
    outcome="applied",
    imitates="BAND HTML notice (quoted-printable), list items with the result under each URL",
    why="B1 deleted (removed); B2 gone because its author left and the post was deleted with it (not_found)",
    items={B1: "removed", B2: "not_found"},
    raw_mime=f"""Content-Type: multipart/alternative; boundary="band_alt_20240911"

--band_alt_20240911
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BAND_HTML)}
--band_alt_20240911--
""",
)

case(
    name="naver-outlook-top-posted-two",
    date="Wed, 04 Sep 2024 18:33:02 +0900",
    **{"from": "kim.doyun@navercorp.com"},
    name_from=h("김도윤"),
    subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 ({R1})"),
    reply_to_req=MID[R1],
    outcome="applied",
    imitates="Outlook top-posted reply from portal staff over the full quoted request (-----Original Message-----)",
    why="only N7 (삭제 완료 = removed) and N10 (already deleted by author = not_found) are stated above the quoted request",
    items={N7: "removed", N10: "not_found"},
    body=f"""
안녕하세요, 네이버 김도윤입니다.

블로그 건 중 먼저 확인된 두 건 공유드립니다.

- {N7} : 삭제 완료
- {N10} : 작성자가 이미 삭제한 게시물이라 조치 대상 없음

나머지는 확인되는 대로 회신드리겠습니다.

김도윤 | NAVER 정책지원팀

{outlook_request(R1, "Monday, September 2, 2024 11:00 AM", f"[방송통신심의위원회] 시정요구 통보 ({R1})", R1_URLS)}
""",
)

case(
    name="naver-gmail-quote-angle-url",
    date="Thu, 05 Sep 2024 09:14:41 +0900",
    **{"from": "cafe_manager@navercorp.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 ({R1})"),
    reply_to_req=MID[R1],
    outcome="applied",
    imitates="Gmail-style reply with the URL in angle brackets above the '>' quoted request",
    why="one named cafe post deleted (removed); the quoted '>' list is our own request",
    items={N11: "removed"},
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

<{N11}> 게시글은 카페 운영원칙 및 관련 법령 위반으로 삭제하였습니다.
해당 카페에는 운영자 경고가 함께 발송되었습니다.

감사합니다.

{quoted_request_gt(R1, "2024년 9월 2일 (월) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:", R1_URLS)}
""",
)

case(
    name="naver-raw-korean-path-fullwidth",
    date="Fri, 06 Sep 2024 10:27:30 +0900",
    **{"from": "influencer_ops@navercorp.com"},
    name_from=h("네이버 인플루언서 운영팀"),
    subject=h(f"Re: 시정요구 통보 ({R1}) - 인플루언서/TV 콘텐츠"),
    outcome="applied",
    imitates="NAVER operations reply writing the Korean path raw and a URL inside full-width parentheses",
    why="the raw Korean-path URL (= the percent-encoded item) was 게시중단 (removed); the TV clip in full-width parentheses was deleted (removed)",
    items={N8: "removed", N12: "removed"},
    body=f"""
안녕하세요, 네이버 인플루언서 운영팀입니다.

요청하신 인플루언서 콘텐츠 {N8_RAW} 의 게시물은 게시중단 처리되었습니다。
네이버TV 클립（{N12}）도 동영상 삭제를 완료하였습니다。

감사합니다.
""",
)

B64_TEXT = f"""안녕하세요. 네이버 고객센터입니다.

시정요구({R1})하신 게시물 중 아래 2건의 처리 결과를 알려드립니다.

■ {N2}
  처리결과: 게시중단

■ {N9}
  처리결과: 국내 접속 차단 (해외 IP에서는 열람 가능)

감사합니다.
네이버 고객센터 드림
"""

case(
    name="naver-base64-two",
    date="Thu, 05 Sep 2024 13:50:12 +0900",
    **{"from": "helpdesk@navercorp.com"},
    name_from=h("네이버 고객센터"),
    subject=h(f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R1})"),
    outcome="applied",
    imitates="NAVER customer centre answer mail, base64-encoded plain text",
    why="N2 게시중단 (removed); N9 blocked for domestic access only (국내 접속 차단 = restricted)",
    items={N2: "removed", N9: "restricted"},
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_TEXT.encode("utf-8"))}
""",
)

case(
    name="dc-angle-url-wrapped",
    date="Wed, 11 Sep 2024 10:06:55 +0900",
    **{"from": "operator@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"RE: [{R4}] 추가 처리"),
    outcome="applied",
    imitates="plain-text reply whose client wrapped a long URL inside angle brackets (RFC 3986 appendix C style)",
    why="one post, its URL in <> broken over two lines at '&', deleted (removed)",
    items={D4: "removed"},
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

지난번 메일에서 확인 중이라고 말씀드린 게시물
<https://gall.dcinside.com/mgallery/board/view/?id=coinside&
no=45188> 은 갤러리 매니저 확인 후 삭제 처리하였습니다.

감사합니다.
""",
)

case(
    name="naver-echoed-report-result",
    date="Wed, 04 Sep 2024 08:40:09 +0900",
    **{"from": "right-noreply@naver.com"},
    name_from=h("네이버 게시중단 요청 서비스"),
    subject=h("[NAVER] 게시중단 요청 처리 완료 안내"),
    outcome="applied",
    imitates="NAVER 게시중단 요청 서비스 completion notice echoing the submitted report",
    why="the echoed report names one cafe post and its 처리 결과 is 게시중단 (removed)",
    items={N3: "removed"},
    body=f"""
[NAVER 게시중단 요청 서비스]

요청하신 게시중단 건의 처리가 완료되었습니다.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━
[요청 정보]
 요청번호 : RQ-20240902-118822
 요청기관 : 방송통신심의위원회 ({R1})
 대상 URL : {N3}
 요청 사유 : 불법정보(마약류 판매 광고)

[처리 결과]
 처리 상태 : 게시중단
 처리 일시 : 2024.09.03 17:55
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

처리 내역은 게시중단 요청 서비스 마이페이지(https://right.naver.com/mypage)에서도 확인하실 수 있습니다.
본 메일은 발신 전용입니다.
""",
)

case(
    name="kakao-receipt-plus-already-removed",
    date="Tue, 03 Sep 2024 15:31:20 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h(f"[카카오] 신고 접수 안내 ({R2})"),
    reply_to_req=MID[R2],
    outcome="applied",
    imitates="Kakao receipt notice that also states one item already removed by the cafe staff",
    why="an acknowledgement, but it states unhedged that K2 was already deleted by the cafe operators (removed); the rest is a promise",
    items={K2: "removed"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 보내주신 시정요구가 정상적으로 접수되었습니다.
(접수번호: DK-2409-0031552)

참고로, 요청하신 게시물 중 {K2} 는
카페 운영진에 의해 이미 삭제 처리된 상태입니다.

나머지 게시물은 검토 후 처리 결과를 안내해 드리겠습니다.

감사합니다.
""",
)

case(
    name="dc-manager-deleted-gallery-closed",
    date="Sat, 07 Sep 2024 12:19:44 +0900",
    **{"from": "operator@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"Re: [{R4}] 개인정보 유출 게시물 시정요구"),
    reply_to_req=MID[R4],
    outcome="applied",
    imitates="DC Inside operator follow-up: 운영자 삭제 and a closed mini gallery",
    why="D2 removed by the gallery operator (운영자 삭제 = removed); D5's mini gallery was closed so the post does not exist (not_found)",
    items={D2: "removed", D5: "not_found"},
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

추가 확인 결과 알려드립니다.

· {D2}
  갤러리 운영자 삭제 처리되었습니다.

· {D5}
  해당 미니 갤러리가 폐쇄되어 게시물이 존재하지 않습니다.

감사합니다.
""",
)

case(
    name="naver-kcsc-style-result-table-r7",
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구 조치결과 보고 ({R7})"),
    reply_to_req=MID[R7],
    outcome="applied",
    imitates="시정요구 조치결과 table in the regulator's own column layout (번호/정보 URL/조치결과/조치일)",
    why="N13 삭제 (removed); N14 접근제한(성인인증) = age-restricted (restricted)",
    items={N13: "removed", N14: "restricted"},
    body=f"""
방송통신심의위원회 귀중

시정요구 조치결과를 아래와 같이 보고합니다.

[시정요구 번호] {R7}
[사업자명] 네이버 주식회사

번호  정보 URL                                             조치결과            조치일
 1    {N13}     삭제                2024-09-12
 2    {N14}   접근제한(성인인증)  2024-09-12

담당자: 네이버 정책지원팀 박서연 (policy@navercorp.com)
""",
)

# ================================================================ review

case(
    name="naver-promise-not-understood",
    date="Thu, 05 Sep 2024 11:05:10 +0900",
    **{"from": "cafe_manager@navercorp.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h(f"Re: [방송통신심의위원회] 시정요구 통보 ({R1})"),
    reply_to_req=MID[R1],
    outcome="review",
    review="not_understood",
    imitates="portal reply saying the cafe operator has been asked for an explanation and action will follow",
    why="only promises (조치 예정, 결과가 나오는 대로) about two named posts: no statement, both stay pending",
    items={N4: "pending", N5: "pending"},
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

{N4}
{N5}

위 두 게시물은 현재 카페 매니저에게 소명을 요청한 상태이며,
소명 결과가 나오는 대로 운영원칙에 따라 조치할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
)

case(
    name="kakao-hedge-seems-deleted",
    date="Wed, 04 Sep 2024 17:22:08 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from=h("카카오 세이프티팀"),
    subject=h(f"RE: 시정요구 ({R2}) 문의"),
    outcome="review",
    review="not_understood",
    imitates="informal Kakao staff reply that only guesses the post is gone",
    why="'이미 삭제된 것으로 보입니다' (appears to have been deleted) is a hedge, and the exact history is promised later: K1 stays pending",
    items={K1: "pending"},
    body=f"""
안녕하세요, 카카오 세이프티팀 정민준입니다.

문의하신 {K1} 게시물은
제가 확인해 보니 이미 삭제된 것으로 보입니다.
다만 운영자 삭제인지 작성자 삭제인지는 아직 확인이 안 되어서,
정확한 처리 이력은 추가로 확인한 뒤 말씀드리겠습니다.

감사합니다.
""",
)

case(
    name="youtube-counter-notice-condition",
    date="Fri, 06 Sep 2024 06:48:31 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Legal removal request - KCSC Korea [7-3390000031877]",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal reply with a conditional removal (pending a counter notification) and an 'under review' line",
    why="Y2 'will be removed if no counter notification' is a condition and Y1 is 'under review': nothing stated, both pending",
    items={Y2: "pending", Y1: "pending"},
    body=f"""
Hello,

Thank you for your request.

Regarding {Y2}: we have notified the uploader. If they do not submit a valid counter notification within 10 business days, the video will be removed from YouTube.

{Y1} is currently under review by our team. We will follow up once our review is complete.

Regards,
The YouTube Team
""",
)

case(
    name="naver-under-internal-review",
    date="Tue, 03 Sep 2024 16:58:22 +0900",
    **{"from": "kim.doyun@navercorp.com"},
    name_from=h("김도윤"),
    subject=h(f"RE: [방송통신심의위원회] 시정요구 통보 ({R1}) - 진행 상황"),
    outcome="review",
    review="not_understood",
    imitates="portal staff progress update: items under internal review",
    why="'검토 중' and '조치가 필요할 수 있어' are no statements: N6 and N12 stay pending",
    items={N6: "pending", N12: "pending"},
    body=f"""
안녕하세요, 네이버 김도윤입니다.

진행 상황 공유드립니다.

지식iN 게시물({N6})은 조치가 필요할 수 있어
관련 부서에서 내부 검토를 진행하고 있습니다.

네이버TV 영상 {N12} 은 현재 TV 운영팀에서 검토 중입니다.

검토가 끝나는 대로 결과 회신드리겠습니다.
감사합니다.
""",
)

case(
    name="dc-bulk-all-five-deleted",
    date="Thu, 12 Sep 2024 10:15:37 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    subject=h(f"RE: [{R4}] 시정요구 통보"),
    reply_to_req=MID[R4],
    outcome="review",
    review="bulk",
    imitates="short community-site reply confirming everything at once",
    why="'요청하신 게시물 5건 전부 삭제' names no item, for a request of five items: bulk, items pending",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

요청하신 게시물 5건 전부 삭제 처리 완료했습니다.
작성자 IP에 대해서는 7일 이용 차단 조치하였습니다.

감사합니다.
""",
)

case(
    name="naver-bulk-both-gongmun",
    date="Fri, 13 Sep 2024 09:10:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구({R7}) 조치 완료"),
    reply_to_req=MID[R7],
    outcome="review",
    review="bulk",
    imitates="one-paragraph 공문 reply: all requested items actioned",
    why="'2건에 대하여 모두 게시중단' covers a two-item request without naming either: bulk, both pending",
    items={N13: "pending", N14: "pending"},
    body=f"""
1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구({R7}, 2024. 9. 10.)와 관련하여, 시정요구하신 정보 2건에 대하여 모두 게시중단 조치를 완료하였음을 회신합니다.  끝.

네이버 주식회사 정책지원팀
""",
)

case(
    name="naver-dmarc-fail-deleted",
    auth="fail",
    date="Wed, 04 Sep 2024 20:11:45 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구({R1}) 조치결과"),
    outcome="review",
    review="untrusted",
    imitates="result mail claiming to be from NAVER whose DKIM/SPF/DMARC fail",
    why="sender domain is NAVER's but authentication fails: the 삭제 statement is not trusted, N1 stays pending",
    items={N1: "pending"},
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구하신 게시물 {N1} 은 삭제 완료되었습니다.

감사합니다.
""",
)

case(
    name="kakao-lawfirm-for-poster",
    date="Wed, 11 Sep 2024 15:40:03 +0900",
    **{"from": "kim.js@hanul-law.kr"},
    name_from=h("법무법인 한울 김재성 변호사"),
    subject=h(f"게시물 자진 삭제 통지 ({R2} 관련)"),
    outcome="review",
    review="unknown_sender",
    imitates="Korean law firm letter on behalf of a blogger announcing self-deletion",
    why="a law firm is no platform: its statement that the Tistory post was deleted is not the platform's; K3 stays pending",
    items={K3: "pending"},
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 티스토리 블로그 'blackriver-note' 운영자의 대리인입니다.

귀 위원회의 시정요구({R2})와 관련하여, 의뢰인은 2024. 9. 9. 문제가 된
게시물({K3})을 자진 삭제하였음을 알려드립니다.

의뢰인은 향후 유사한 게시물을 게시하지 않을 것임을 확인합니다.

법무법인 한울
변호사 김재성
""",
)

case(
    name="dc-gallery-manager-gmail",
    date="Sun, 08 Sep 2024 23:12:51 +0900",
    **{"from": "coinside.manager@gmail.com"},
    name_from=h("코인사이드갤 매니저"),
    subject=h(f"{R4} 관련 갤러리 매니저입니다"),
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail account",
    why="a gallery manager on gmail.com is not DC Inside's domain: the deletions of D3 and D4 stay pending",
    items={D3: "pending", D4: "pending"},
    body=f"""
안녕하세요 코인사이드 마이너 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D3}
{D4}

이 두 글은 제가 어제 밤에 지웠습니다. 글쓴이도 차단해놨어요.
확인 부탁드립니다.
""",
)

case(
    name="naver-answers-for-band-post",
    date="Wed, 11 Sep 2024 17:05:14 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] BAND 게시글 조치 결과 ({R5})"),
    outcome="review",
    review="wrong_platform",
    imitates="NAVER group policy team answering for a BAND post (BAND is operated within the NAVER group)",
    why="the BAND item belongs to platform band (sender band.us); a navercorp.com statement about it is another platform's: B1 stays pending",
    items={B1: "pending"},
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련하여 요청하신 게시글 {B1} 은
투자 사기 유도 게시물로 확인되어 삭제 조치하였습니다.

BAND 관련 문의는 앞으로 BAND 고객센터(help@band.us)로 보내주시면 더 빠르게 처리됩니다.

감사합니다.
""",
)

case(
    name="kakao-asks-official-letter",
    date="Thu, 05 Sep 2024 10:47:36 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h(f"[카카오] 시정요구 관련 추가 자료 요청 ({R2})"),
    reply_to_req=MID[R2],
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao request for supporting documents (심의 의결서 / 공문 원본) before acting",
    why="asks for the decision document before deciding on the Brunch post: request for information, K4 pending",
    items={K4: "pending"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 브런치 게시글({K4})은
도박 사이트 홍보 여부가 명확하지 않아, 조치 여부 판단을 위해
아래 자료를 추가로 보내 주시기를 요청드립니다.

  1. 해당 정보에 대한 심의 의결서 사본
  2. 시정요구 공문 원본(PDF)

자료를 회신해 주시면 검토 후 결과를 안내해 드리겠습니다.

감사합니다.
""",
)

case(
    name="dc-contact-change-notice",
    date="Mon, 16 Sep 2024 15:00:00 +0900",
    **{"from": "cs@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    subject=h("[디시인사이드] 청소년보호책임자 및 기관 협조 담당자 변경 안내"),
    outcome="review",
    review="no_claims",
    imitates="DC Inside notice to partner institutions about a change of contact persons",
    why="trusted platform mail that names no item and references no request",
    items={},
    body="""
안녕하십니까. 디시인사이드입니다.

2024년 9월 16일부로 당사 청소년보호책임자 및 유관기관 협조 담당자가
아래와 같이 변경되었음을 안내드립니다.

  - 청소년보호책임자: 운영본부 한지민 이사
  - 유관기관 협조 담당: 운영팀 최우석 팀장 (cs@dcinside.com)

앞으로 시정요구 및 협조 요청은 위 담당자 앞으로 보내주시면 감사하겠습니다.

(주)디시인사이드 드림
""",
)

# ================================================================ ignored

case(
    name="naver-out-of-office-korean",
    date="Mon, 02 Sep 2024 11:00:42 +0900",
    **{"from": "lee.haeun@navercorp.com"},
    name_from=h("이하은"),
    subject=h(f"[자동회신] [방송통신심의위원회] 시정요구 통보 ({R1})"),
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office (부재중 자동회신)",
    why="out-of-office auto-reply",
    items={},
    body="""
안녕하세요. 이하은입니다.

9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
)

DSN_TEXT = """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com[203.0.113.45] said: 552 5.2.2
    Mailbox full: report@dcinside.com (in reply to RCPT TO command)
"""

case(
    name="dsn-dcinside-mailbox-full",
    date="Thu, 05 Sep 2024 09:41:07 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for our request to DC Inside",
    why="delivery failure report of our own request",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A7B21E0C5.1725496867/mx.kcsc.example"

--4A7B21E0C5.1725496867/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--4A7B21E0C5.1725496867/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4A7B21E0C5
Arrival-Date: Thu,  5 Sep 2024 09:40:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Original-Recipient: rfc822;report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: report@dcinside.com

--4A7B21E0C5.1725496867/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Date: Thu, 05 Sep 2024 09:40:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: {h(f"[방송통신심의위원회] 시정요구 통보 ({R4})")}
Message-ID: <{MID[R4]}@kcsc.example>

--4A7B21E0C5.1725496867/mx.kcsc.example--
""",
)

case(
    name="kakao-read-receipt",
    date="Tue, 03 Sep 2024 10:47:15 +0900",
    **{"from": "jung.minjun@kakaocorp.com"},
    name_from=h("정민준"),
    subject=h(f"읽음: [방송통신심의위원회] 시정요구 통보 ({R2})"),
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook MDN read receipt in Korean (읽음:)",
    why="message disposition notification: our request was displayed",
    items={},
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_kakao_0903"

------=_MDN_kakao_0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

    받는 사람: jung.minjun@kakaocorp.com
    제목: [방송통신심의위원회] 시정요구 통보 ({R2})
    보낸 날짜: 2024-09-03 오전 10:20

를 2024-09-03 오전 10:47에 읽었습니다.

------=_MDN_kakao_0903
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jung.minjun@kakaocorp.com
Original-Message-ID: <{MID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_kakao_0903--
""",
)

case(
    name="band-ticket-receipt",
    date="Fri, 06 Sep 2024 16:31:02 +0900",
    **{"from": "noreply@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h("[BAND] 문의가 접수되었습니다 (접수번호 2409061631-0458)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND help desk ticket receipt",
    why="pure receipt: ticket number and a promise to answer, no statement",
    items={},
    body=f"""
안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호: 2409061631-0458
  문의 제목: [방송통신심의위원회] 시정요구 통보 ({R5})
  접수 일시: 2024.09.06 16:31

담당자가 확인 후 순차적으로 답변드리겠습니다.
주말 및 공휴일에는 답변이 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
)

case(
    name="youtube-legal-receipt",
    date="Wed, 04 Sep 2024 14:06:30 +0900",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"[7-3390000031877] We received your legal request ({R3})",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal request auto-acknowledgement with a case number",
    why="automatic receipt of our request, nothing about any item",
    items={},
    body=f"""
Hello,

Thank you for contacting YouTube. We've received your legal request ({R3}) and our team will review it.

Your case number is 7-3390000031877. Please keep it in the subject line of any further correspondence about this request.

Please note that we may not be able to respond to every message individually.

Regards,
The YouTube Team
""",
)

case(
    name="naver-receipt-r7",
    date="Tue, 10 Sep 2024 13:02:18 +0900",
    **{"from": "right-noreply@naver.com"},
    name_from=h("네이버 게시중단 요청 서비스"),
    subject=h("[NAVER] 게시중단 요청이 접수되었습니다"),
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단 요청 서비스 receipt (접수 완료 안내)",
    why="pure receipt naming our reference; review of the posts is only promised",
    items={},
    body=f"""
[NAVER 게시중단 요청 서비스]

게시중단 요청이 정상적으로 접수되었습니다.

 - 요청번호 : RQ-20240910-120377
 - 요청기관 : 방송통신심의위원회 ({R7})
 - 접수일시 : 2024.09.10 13:02

접수된 요청은 담당자 검토 후 처리되며, 처리 결과는 메일로 안내해 드립니다.
진행 상황은 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
)

case(
    name="dc-vacation-auto-reply",
    date="Thu, 05 Sep 2024 09:45:31 +0900",
    **{"from": "choi.ws@dcinside.com"},
    name_from=h("최우석"),
    subject=h(f"자동 응답: [방송통신심의위원회] 시정요구 통보 ({R4})"),
    extra_headers=["Auto-Submitted: auto-replied"],
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean vacation auto-reply (자동 응답) from a community-site staff member",
    why="out-of-office auto-reply to our request",
    items={},
    body="""
안녕하세요, 디시인사이드 운영팀 최우석입니다.

9월 5일부터 9월 8일까지 하계휴가로 메일 확인이 어렵습니다.
시정요구 등 긴급한 건은 cs@dcinside.com 으로 보내주시면 처리됩니다.

감사합니다.
""",
)


HEADER = """# Blind set 659 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind659/make.py before the reader was run on it.
# Each case is ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind659", HEADER, CASES)


if __name__ == "__main__":
    main()
