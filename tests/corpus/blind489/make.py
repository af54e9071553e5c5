#!/usr/bin/env python3
"""Blind set 489: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven, Clien), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind489/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before the
reader was ever run on this set. All names, URLs and ids are invented.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind489"

# ---------------------------------------------------------------- requests
K3_RAW = "https://blueferry.tistory.com/entry/대출-상담-안내"
K3 = "https://blueferry.tistory.com/entry/%EB%8C%80%EC%B6%9C-%EC%83%81%EB%8B%B4-%EC%95%88%EB%82%B4"

DC = "https://gall.dcinside.com"
D = {
    1: DC + "/board/view/?id=stock_new2&no=8812345",
    2: DC + "/board/view/?id=stock_new2&no=8812391",
    3: DC + "/board/view/?id=dcbest&no=240117",
    4: DC + "/mgallery/board/view/?id=coin_talk&no=551203",
    5: DC + "/mgallery/board/view/?id=coin_talk&no=551288",
    6: DC + "/mgallery/board/view/?id=nightlife_kr&no=30912",
    7: DC + "/mgallery/board/view/?id=nightlife_kr&no=30977",
    8: DC + "/mini/board/view/?id=hwasan_pix&no=4410",
    9: DC + "/board/view/?id=baseball_new11&no=17720456",
    10: DC + "/board/view/?id=baseball_new11&no=17720502",
    11: DC + "/mgallery/board/view/?id=loan_info&no=1203",
    12: DC + "/mgallery/board/view/?id=loan_info&no=1219",
    13: DC + "/board/view/?id=hit&no=19554",
}
N = {
    1: "https://blog.naver.com/moonlit_harbor88/223571104532",
    2: "https://cafe.naver.com/jjangstock/884120",
    3: "https://blog.naver.com/gray_pebble_07/223569981247",
    4: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471203388",
}
K = {
    1: "https://cafe.daum.net/pinkrabbit77/Fk3a/1182",
    2: "https://cafe.daum.net/pinkrabbit77/Fk3a/1190",
    3: K3,
    4: "https://blueferry.tistory.com/214",
    5: "https://cafe.daum.net/sunset_mart/Ab9x/52",
}
S = {
    1: "https://vod.sooplive.co.kr/player/132448901",
    2: "https://vod.sooplive.co.kr/player/132451777",
    3: "https://ch.sooplive.co.kr/nightowl_bj/post/105882314",
}
F = {
    1: "https://www.fmkorea.com/7281044512",
    2: "https://www.fmkorea.com/index.php?mid=humor&document_srl=7281099023",
}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9124477"
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/1120334",
    2: "https://www.inven.co.kr/board/maple/5974/3390128",
    3: "https://m.inven.co.kr/board/webzine/2097/1873345",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [D[i] for i in range(1, 14)], "illegal_lending",
     "req-240903-01@kcsc.example", "갤러리 게시물 13건, 대부광고·음란물 혼재"),
    ("KCSC-240904-02", "naver", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [N[i] for i in range(1, 5)], "defamation",
     "req-240904-02@kcsc.example", "blog, cafe and KnowledgeiN; \"urgent\" per 2nd committee"),
    ("KCSC-240905-03", "daum", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [K[i] for i in range(1, 6)], "illegal_lending",
     "req-240905-03@kcsc.example", "Daum cafe 3, Tistory 2"),
    ("KCSC-240906-04", "soop", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [S[i] for i in range(1, 4)], "obscenity",
     "req-240906-04@kcsc.example", "VOD 2, channel post 1"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:20:00+09:00", "2024-09-16T23:59:59+09:00",
     [F[1], F[2]], "gambling",
     "req-240909-05@kcsc.example", "도박 사이트 홍보, 2건"),
    ("KCSC-240910-06", "ppomppu", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [P1], "privacy",
     "req-240910-06@kcsc.example", "개인정보 노출 1건"),
    ("KCSC-240911-07", "inven", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [I[1], I[2], I[3]], "illegal_trade",
     "req-240911-07@kcsc.example", "계정 거래, 3건"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def ew(s):
    """RFC 2047 encode a header value (deterministic)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8", maxlinelen=76).encode()


def qp_part(body, ctype="plain"):
    enc = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=UTF-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_part(body, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=UTF-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(body.strip("\n") + "\n"))


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_DC_TEXT = """안녕하세요. 방송통신심의위원회 전자심의팀입니다.
아래 게시물은 정보통신망법상 불법정보에 해당하여 시정요구(삭제)합니다.
요청번호: KCSC-240903-01
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(name="dc-kr-numbered-first-batch",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     date="Wed, 04 Sep 2024 16:42:10 +0900",
     subject=ew("Re: [KCSC-240903-01] 불법정보 삭제 요청 (시정요구)"),
     reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 2024년 9월 3일 요청하신 건(KCSC-240903-01)에 대하여
1차 처리 결과를 아래와 같이 회신드립니다.

1. {D[1]}
   - 처리 결과: 삭제
2. {D[2]}
   - 처리 결과: 삭제
3. {D[3]}
   - 처리 결과: 삭제 (운영자 삭제, 작성자 IP 차단)
4. {D[4]}
   - 처리 결과: 요청 접수 전에 작성자가 스스로 삭제한 게시물입니다.
5. {D[5]}
   - 처리 결과: 해당 번호의 게시물이 존재하지 않습니다. 주소를 다시 확인 부탁드립니다.
6. {D[6]}
   - 처리 결과: 삭제

나머지 7건은 마이너 갤러리 매니저 확인 절차가 남아 있어, 처리되는 대로
별도로 안내드리겠습니다.

감사합니다.
디시인사이드 운영팀 드림
""",
     outcome="applied",
     imitates="Korean community site operator's numbered 처리 결과 reply to a 시정요구",
     why="six DC URLs each with an unhedged result: 삭제 x4, author-deleted and nonexistent = not_found; the other 7 are only promised",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
            D[5]: "not_found", D[6]: "removed"})

_rows = [
    (D[1], "삭제", ""), (D[2], "삭제", ""), (D[3], "삭제", ""),
    (D[4], "게시물 없음", "작성자 삭제"), (D[5], "게시물 없음", "존재하지 않는 글 번호"),
    (D[6], "삭제", ""), (D[7], "삭제", ""),
    (D[8], "접근 제한", "성인 인증 후 열람 (청소년 접근 제한)"),
    (D[9], "유지", "위반 사항 없음"), (D[10], "유지", "위반 사항 없음"),
    (D[11], "삭제", "갤러리 폐쇄"), (D[12], "삭제", "갤러리 폐쇄"), (D[13], "삭제", ""),
]
_tr = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{m}</td></tr>"
    for n, (u, r, m) in enumerate(_rows, 1))
case(name="dc-html-result-table-all13",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     date="Mon, 09 Sep 2024 18:05:44 +0900",
     subject=ew("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240903-01)"),
     type="html",
     body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240903-01)에 대한 최종 조치결과를 아래 표와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr></thead>
<tbody>
{_tr}
</tbody></table>
<p>유지 건은 게시판 성격상 정보 공유 목적의 글로 판단하였습니다.</p>
<p>디시인사이드 운영팀 | <a href="https://www.dcinside.com/policy">운영정책</a></p>
</body></html>
""",
     outcome="applied",
     imitates="Korean 시정요구 조치결과 table sent back as HTML by a portal",
     why="all 13 items in a table: 8 removed, 2 not_found, 1 age-gated (restricted), 2 kept with a reason (rejected)",
     items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
            D[5]: "not_found", D[6]: "removed", D[7]: "removed", D[8]: "restricted",
            D[9]: "rejected", D[10]: "rejected", D[11]: "removed", D[12]: "removed",
            D[13]: "removed"})

_csv = ("no,url,result,memo\n"
        f"1,{D[7]},삭제,\n"
        f"2,{D[8]},삭제,미니갤러리 운영자 확인\n"
        f"3,{D[9]},유지,운영정책 위반 아님\n"
        f"4,{D[10]},게시물 없음,작성자 삭제\n"
        f"5,{D[13]},삭제,\n")
_csv_b64 = b64(b"\xef\xbb\xbf" + _csv.encode("utf-8"))
case(name="dc-csv-attachment-second-batch",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     date="Fri, 06 Sep 2024 11:20:03 +0900",
     subject=ew("Re: [KCSC-240903-01] 2차 처리 결과"),
     reply_to_req="req-240903-01",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="dc-b489-mixed"

--dc-b489-mixed
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영팀입니다.

요청번호 KCSC-240903-01 건의 2차 처리 결과를 첨부 CSV 파일로 보내드립니다.
(엑셀에서 열 수 있도록 UTF-8 BOM으로 저장했습니다.)

감사합니다.

--dc-b489-mixed
Content-Type: text/csv; charset=UTF-8; name="KCSC-240903-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result_2.csv"
Content-Transfer-Encoding: base64

{_csv_b64}
--dc-b489-mixed--
""",
     outcome="applied",
     imitates="portal operator attaching an Excel-exported CSV of results (UTF-8 with BOM)",
     why="CSV rows: 3 removed, 1 kept (rejected), 1 deleted by its author (not_found)",
     items={D[7]: "removed", D[8]: "removed", D[9]: "rejected", D[10]: "not_found",
            D[13]: "removed"})

case(name="dc-bilingual-url-then-arrow",
     **{"from": "global@dcinside.com"}, name_from="DCInside Global Support",
     date="Thu, 05 Sep 2024 10:11:37 +0900",
     subject="Re: [KCSC-240903-01] Request for removal / 삭제 요청",
     reply_to_req="req-240903-01",
     body=f"""
Dear KCSC team / 담당자님께,

Please find below the result for three of the posts in your request
KCSC-240903-01. 아래와 같이 처리되었습니다.

{D[1]}
→ 삭제 완료 / Deleted

{D[2]}
→ 삭제 완료 / Deleted

{D[3]}
→ 게시 유지 / Not removed: this post quotes a published news article and
  does not break our posting rules or Korean law as far as we can see.

Kind regards,
DCInside Global Support
""",
     outcome="applied",
     imitates="bilingual support-desk reply with each URL and its result on the line below",
     why="two URLs deleted, the third kept with a reason (rejected)",
     items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"})

case(name="dc-top-posted-over-gmail-quote",
     **{"from": "hj.lee@dcinside.com"}, name_from=ew("이현정"),
     date="Wed, 04 Sep 2024 09:58:21 +0900",
     subject=ew("Re: [KCSC-240903-01] 불법정보 삭제 요청 (시정요구)"),
     reply_to_req="req-240903-01",
     body=f"""
담당자님 안녕하세요.

아래 2건은 오늘 오전에 삭제했습니다.
{D[4]}
{D[5]}

{D[6]} 는 작성자가 먼저 지운 글이라 현재 존재하지 않습니다.
나머지 건은 아직 확인 중입니다.

이현정 드림
디시인사이드 운영팀

2024년 9월 3일 (화) 오전 10:05, KCSC 전자심의팀 <takedown@kcsc.example>님이 작성:
{quote(REQ_DC_TEXT + chr(10).join([D[4], D[5], D[6], D[7], D[8]]) + chr(10) + "처리 결과를 9월 10일까지 회신해 주십시오.")}
""",
     outcome="applied",
     imitates="Gmail top-posted reply by a staff member over the quoted request",
     why="top part: two URLs deleted, one gone (not_found); the quoted request's other URLs are ours, not statements",
     items={D[4]: "removed", D[5]: "removed", D[6]: "not_found", D[7]: "pending",
            D[8]: "pending"})

case(name="naver-gesijungdan-notice-two",
     **{"from": "noreply_rights@navercorp.com"}, name_from=ew("네이버 권리보호센터"),
     date="Thu, 05 Sep 2024 14:31:09 +0900",
     subject=ew("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

■ 요청번호: KCSC-240904-02
■ 처리일시: 2024.09.05 14:20

[처리 내역]
- 대상 게시물: {N[1]}
  처리 결과: 게시중단(블라인드)
- 대상 게시물: {N[2]}
  처리 결과: 임시조치(30일)

임시조치된 게시물은 게시자가 재게시를 요청하지 않으면 30일이 지난 뒤 삭제됩니다.
나머지 2건은 검토가 끝나는 대로 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com/)를 이용해 주세요.
""",
     outcome="applied",
     imitates="NAVER 게시중단 요청 처리 결과 notice (블라인드 / 임시조치 30일)",
     why="blog post 게시중단(블라인드) = removed; cafe post 임시조치 = restricted (its later deletion is only conditional)",
     items={N[1]: "removed", N[2]: "restricted"})

case(name="naver-en-private-and-author-deleted",
     **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
     date="Fri, 06 Sep 2024 17:02:55 +0900",
     subject="Re: KCSC-240904-02 - removal request (NAVER Blog / KnowledgeiN)",
     body=f"""
Hello,

Thank you for your request. Regarding the remaining two items:

  * {N[3]} - our operations team has switched the post to private
    (비공개 처리). Nobody other than the author can view it any more.
  * {N[4]} - this question no longer exists. It was deleted by its
    author on 4 September, before our review.

Our content rules are published at https://policy.naver.com/rules/service.html
if you need them for your records.

Best regards,
Jiwon Seo
NAVER Trust & Safety
""",
     outcome="applied",
     imitates="English trust-and-safety reply from a Korean portal, one bullet per URL",
     why="operator's 비공개 처리 = removed; question deleted by its author = not_found; policy link is not an item",
     items={N[3]: "removed", N[4]: "not_found"})

case(name="naver-qp-final-four",
     **{"from": "policy@navercorp.com"}, name_from=ew("네이버 정책지원팀"),
     date="Tue, 10 Sep 2024 09:15:40 +0900",
     subject=ew("[네이버] 시정요구 조치 결과 회신 - KCSC-240904-02"),
     raw_mime=qp_part(f"""
방송통신심의위원회 담당자님께

요청하신 4건에 대한 최종 조치 결과를 알려드립니다.

1) {N[1]} : 게시중단 완료
2) {N[2]} : 카페 운영원칙 위반으로 삭제
3) {N[3]} : 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지합니다 (시사 비평 글)
4) {N[4]} : 존재하지 않는 게시물 (작성자 삭제)

이의가 있으시면 이 메일로 회신해 주시기 바랍니다.

네이버 정책지원팀 드림
"""),
     outcome="applied",
     imitates="NAVER final 조치 결과 reply, quoted-printable Korean body",
     why="four numbered URLs: removed, removed, kept as commentary (rejected), author-deleted (not_found)",
     items={N[1]: "removed", N[2]: "removed", N[3]: "rejected", N[4]: "not_found"})

case(name="naver-kin-angle-bracket-particle",
     **{"from": "kin_help@naver.com"}, name_from=ew("지식iN 운영팀"),
     date="Fri, 06 Sep 2024 11:47:12 +0900",
     subject=ew("Re: [KCSC-240904-02] 지식iN 게시물 삭제 요청"),
     reply_to_req="req-240904-02",
     body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문글 <{N[4]}>은
청소년 유해정보에 해당하여 2024년 9월 6일 삭제 조치하였습니다.

감사합니다.
""",
     outcome="applied",
     imitates="short operator reply, URL in angle brackets followed by a Korean particle",
     why="one named URL, deleted",
     items={N[4]: "removed"})

case(name="daum-tistory-raw-korean-path",
     **{"from": "cs_notice@kakaocorp.com"}, name_from=ew("카카오 고객센터"),
     date="Fri, 06 Sep 2024 15:22:48 +0900",
     subject=ew("[티스토리] 게시물 조치 결과 안내 (KCSC-240905-03)"),
     body=f"""
안녕하세요, 카카오 티스토리 운영 담당자입니다.

요청하신 티스토리 게시물 2건에 대한 조치 결과를 알려드립니다.

{K3_RAW} 게시물은 불법 대부 광고로 확인되어 블라인드 처리되었습니다.
{K[4]} 게시물은 삭제되었으며, 해당 블로그는 운영정책에 따라 이용이 제한되었습니다.

Daum 카페 게시물 3건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
카카오 고객센터
""",
     outcome="applied",
     imitates="Kakao/Tistory 조치 결과 notice with a raw Korean-path URL",
     why="raw Korean path matches the percent-encoded request URL: 블라인드 = removed; second post deleted (the blog restriction is about the account)",
     items={K3: "removed", K[4]: "removed"})

case(name="daum-cafe-imsijochi-and-closed",
     **{"from": "cafe_admin@daum.net"}, name_from=ew("Daum 카페 운영팀"),
     date="Mon, 09 Sep 2024 10:03:27 +0900",
     subject=ew("Daum 카페 게시물 처리 결과 (요청번호 KCSC-240905-03)"),
     body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청번호 KCSC-240905-03 관련 Daum 카페 게시물 처리 결과를 안내드립니다.

• {K[1]} — 임시조치 (30일간 접근 차단)
• {K[2]} — 임시조치 (30일간 접근 차단)
• {K[5]} — 확인 불가: 해당 카페가 2024년 8월 폐쇄되어 게시물이 존재하지 않습니다.

임시조치 기간이 끝난 뒤의 처리는 게시자 소명 여부에 따라 결정됩니다.

Daum 카페 운영팀 드림
""",
     outcome="applied",
     imitates="Daum cafe 임시조치 notice (30-day block) with a closed-cafe item",
     why="two 임시조치 (restricted) and one post that no longer exists (not_found)",
     items={K[1]: "restricted", K[2]: "restricted", K[5]: "not_found"})

_k_html = f"""
<html><body>
<p>안녕하세요, 카카오 콘텐츠정책팀입니다.</p>
<p>요청번호 <b>KCSC-240905-03</b>의 Daum 카페 게시물에 대한 최종 조치 결과입니다.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>게시물 주소</th><th>조치</th><th>조치일</th></tr>
<tr><td><a href="{K[1]}">{K[1]}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td><a href="{K[2]}">{K[2]}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td><a href="{K[5]}">{K[5]}</a></td><td>게시물 없음 (카페 폐쇄)</td><td>-</td></tr>
</table>
<p>카카오 운영정책은 <a href="https://www.kakao.com/policy/oppolicy">여기</a>에서 보실 수 있습니다.</p>
</body></html>
"""
case(name="daum-base64-html-final",
     **{"from": "contentpolicy@kakaocorp.com"}, name_from=ew("카카오 콘텐츠정책팀"),
     date="Wed, 11 Sep 2024 16:40:00 +0900",
     subject=ew("[카카오] Daum 카페 게시물 최종 조치 결과 (KCSC-240905-03)"),
     raw_mime=b64_part(_k_html, "html"),
     outcome="applied",
     imitates="Kakao final result table, HTML body sent base64-encoded",
     why="table: two cafe posts deleted, the third gone with the closed cafe (not_found); policy link is not an item",
     items={K[1]: "removed", K[2]: "removed", K[5]: "not_found"})

case(name="soop-en-three-actions",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date="Mon, 09 Sep 2024 13:18:06 +0900",
     subject="[SOOP] Result of your request KCSC-240906-04",
     body=f"""
Dear Korea Communications Standards Commission,

We have reviewed the three items in your request KCSC-240906-04.

1. VOD {S[1]}
   Action: deleted. The VOD is no longer available on SOOP.

2. VOD {S[2]}
   Action: set to 19+ (age-restricted). Viewers must complete adult
   verification before they can watch it.

3. Channel post {S[3]}
   Action: removed. The streamer has also received a 7-day broadcasting
   suspension.

If you have any question, simply reply to this email.

SOOP Trust & Safety Team
""",
     outcome="applied",
     imitates="streaming platform trust-and-safety result letter, one action per item",
     why="VOD deleted, VOD age-restricted (restricted), channel post removed",
     items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"})

case(name="soop-kr-statement-then-url",
     **{"from": "policy@sooplive.co.kr"}, name_from=ew("SOOP 운영정책팀"),
     date="Tue, 10 Sep 2024 10:44:31 +0900",
     subject=ew("Re: [KCSC-240906-04] 불법정보 시정요구"),
     reply_to_req="req-240906-04",
     body=f"""
안녕하세요. SOOP 운영정책팀입니다.

요청하신 건 중 아래 VOD는 음란물 유포로 확인되어 삭제하였습니다.
{S[1]}

아래 방송국 게시글은 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다.
{S[3]}

감사합니다.
""",
     outcome="applied",
     imitates="Korean operator reply with the statement on one line and the URL on the next",
     why="VOD deleted; channel post kept for lack of a violation (rejected)",
     items={S[1]: "removed", S[3]: "rejected"})

case(name="fmkorea-short-admin-reply",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영진"),
     date="Tue, 10 Sep 2024 22:07:15 +0900",
     subject=ew("Re: [KCSC-240909-05] 게시물 삭제 요청"),
     reply_to_req="req-240909-05",
     body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F[1]} 삭제했습니다.
{F[2]} 은 작성자가 이미 지운 글입니다.

수고하세요.
""",
     outcome="applied",
     imitates="terse community admin reply, one line per URL",
     why="one URL deleted, the other already deleted by its author (not_found)",
     items={F[1]: "removed", F[2]: "not_found"})

case(name="fmkorea-fullwidth-punctuation",
     **{"from": "report@fmkorea.com"}, name_from=ew("에펨코리아 신고처리"),
     date="Wed, 11 Sep 2024 09:30:52 +0900",
     subject=ew("[에펨코리아] 요청하신 게시물 처리 결과"),
     body=f"""
방송통신심의위원회 담당자님께,

요청번호 KCSC-240909-05로 요청하신 게시물 {F[1]}，{F[2]} 두 건은
불법 도박 사이트 홍보글로 확인되어 각각 삭제 조치하였습니다。

작성자 2명은 영구 이용정지 처리하였습니다.

에펨코리아 신고처리 담당 드림
""",
     outcome="applied",
     imitates="Korean reply typed with full-width comma and full stop after URLs",
     why="both URLs are named in the sentence that says they were deleted",
     items={F[1]: "removed", F[2]: "removed"})

case(name="ppomppu-sole-statement-one-item",
     **{"from": "admin@ppomppu.co.kr"}, name_from=ew("뽐뿌 운영팀"),
     date="Wed, 11 Sep 2024 08:55:19 +0900",
     subject=ew("Re: [KCSC-240910-06] 개인정보 노출 게시물 삭제 요청"),
     reply_to_req="req-240910-06",
     body="""
안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 확인 즉시 삭제 처리하였습니다.
작성자 계정도 이용 정지하였음을 알려드립니다.

감사합니다.
""",
     outcome="applied",
     imitates="operator's one-line confirmation answering a one-item request",
     why="the request has one item; 'the requested post was deleted' is its status",
     items={P1: "removed"})

case(name="ppomppu-rejected-url-below",
     **{"from": "report@ppomppu.co.kr"}, name_from=ew("뽐뿌 신고센터"),
     date="Thu, 12 Sep 2024 14:12:33 +0900",
     subject=ew("[뽐뿌] 게시물 검토 결과 안내 (KCSC-240910-06)"),
     body=f"""
안녕하세요. 뽐뿌 신고센터입니다.

검토 결과, 아래 게시물은 자유게시판의 개인 의견 글로 개인정보가 포함되어
있지 않은 것으로 확인되어 삭제하지 않고 유지합니다.

{P1}

재검토가 필요하시면 근거 자료와 함께 다시 요청해 주시기 바랍니다.

뽐뿌 신고센터
""",
     outcome="applied",
     imitates="community site refusal with its reason, URL on its own line below",
     why="post kept because it holds no personal data (rejected); the invitation to resubmit asks nothing now",
     items={P1: "rejected"})

case(name="inven-bulleted-mixed",
     **{"from": "community@inven.co.kr"}, name_from=ew("인벤 커뮤니티운영팀"),
     date="Fri, 13 Sep 2024 11:09:47 +0900",
     subject=ew("[인벤] 게시물 조치 결과 회신 (KCSC-240911-07)"),
     body=f"""
안녕하세요, 인벤 커뮤니티운영팀입니다.
요청하신 게시물 3건의 조치 결과입니다.

- {I[1]} : 삭제
- {I[2]} : 블라인드 처리
- {I[3]}는 이미 삭제되어 존재하지 않는 글입니다.

계정 거래 게시물은 앞으로도 모니터링하겠습니다.
""",
     outcome="applied",
     imitates="game community bulleted result list, one URL followed directly by a Korean particle",
     why="deleted, blinded (removed), already deleted / does not exist (not_found)",
     items={I[1]: "removed", I[2]: "removed", I[3]: "not_found"})

case(name="inven-outlook-original-message",
     **{"from": "jh.park@inven.co.kr"}, name_from=ew("박준호"),
     date="Thu, 12 Sep 2024 17:26:02 +0900",
     subject=ew("RE: [KCSC-240911-07] 불법정보 시정요구"),
     reply_to_req="req-240911-07",
     body=f"""
안녕하세요.

로스트아크 게시판 글({I[1]})은 삭제 완료했습니다.
메이플 게시판 글 {I[2]} 은 신고 사유에 해당하지 않아 유지하기로 했습니다.

박준호 / 인벤 커뮤니티운영팀

-----Original Message-----
From: KCSC 전자심의팀 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 11:02 AM
To: community@inven.co.kr
Subject: [KCSC-240911-07] 불법정보 시정요구

아래 게시물 3건에 대해 시정요구합니다.
{I[1]}
{I[2]}
{I[3]}
처리 결과를 2024년 9월 18일까지 회신해 주십시오.
""",
     outcome="applied",
     imitates="Outlook reply over '-----Original Message-----' with the request unquoted below",
     why="i1 deleted, i2 kept (rejected); i3 appears only in our own request below the separator",
     items={I[1]: "removed", I[2]: "rejected", I[3]: "pending"})

case(name="dc-en-notice-of-action",
     **{"from": "legal@dcinside.com"}, name_from="DCInside Legal",
     date="Sat, 07 Sep 2024 12:00:31 +0900",
     subject="Notice of action taken - KCSC-240903-01",
     body=f"""
Notice of action taken

Reference: KCSC-240903-01
Service:   DCInside minor gallery "loan_info"

Content:  {D[11]}
Decision: content removed
Ground:   illegal advertising of unregistered lending

Content:  {D[12]}
Decision: content removed
Ground:   same as above

The gallery itself has also been closed. The decision was taken by a human
reviewer; no automated means were used.

DCInside Legal
""",
     outcome="applied",
     imitates="statement-of-reasons style notice (content / decision / ground)",
     why="two named posts, each 'content removed'",
     items={D[11]: "removed", D[12]: "removed"})

case(name="naver-receipt-with-statement",
     **{"from": "help_reply@navercorp.com"}, name_from=ew("네이버 고객센터"),
     date="Sat, 07 Sep 2024 09:12:40 +0900",
     subject=ew("[네이버 고객센터] 문의 접수 안내 (접수번호 2409-55120)"),
     body=f"""
안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 2409-55120)

참고로, 문의하신 블로그 게시물 {N[1]} 은
9월 5일 이미 게시중단 처리되었습니다.
나머지 게시물은 담당 부서에서 검토한 뒤 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="applied",
     imitates="NAVER customer-centre receipt that also states one item's result",
     why="an acknowledgement plus an unhedged statement: blog post 게시중단 = removed; the rest is a promise",
     items={N[1]: "removed"})

case(name="dc-echoed-report-form",
     **{"from": "noreply@dcinside.com"}, name_from=ew("디시인사이드 신고센터"),
     date="Wed, 04 Sep 2024 09:33:05 +0900",
     subject=ew("[디시인사이드] 신고 처리 결과 안내"),
     body=f"""
[디시인사이드] 신고 처리 결과 안내

신고 접수번호 : DC-R-20240903-77812
신고 대상     : {D[13]}
신고 사유     : 음란물 / 불법촬영물 의심
신고 일시     : 2024-09-03 10:14
처리 상태     : 처리 완료
처리 결과     : 게시물 삭제 및 작성자 차단
처리 일시     : 2024-09-04 09:31

본 메일은 발신 전용입니다. 운영정책: https://www.dcinside.com/policy
""",
     outcome="applied",
     imitates="report-centre system mail echoing the report form with its outcome",
     why="the echoed reported URL with 처리 결과: 게시물 삭제 = removed (matched by URL, no reference)",
     items={D[13]: "removed"})

case(name="soop-global-geoblock",
     **{"from": "global_cs@sooplive.com"}, name_from="SOOP Global CS",
     date="Wed, 11 Sep 2024 19:47:14 +0900",
     subject="Re: KCSC-240906-04",
     body=f"""
Hi,

Regarding KCSC-240906-04:

- {S[1]} has been blocked for viewers
  connecting from Korea (국내 접속 차단). It stays visible in other regions.
- {S[2]} was removed globally.

Best,
SOOP Global CS
""",
     outcome="applied",
     imitates="global support desk reply: country block vs global removal",
     why="blocked in Korea only = restricted; removed globally = removed",
     items={S[1]: "restricted", S[2]: "removed"})

_req_k = ("방송통신심의위원회입니다. 아래 게시물에 대하여 시정요구합니다 (KCSC-240905-03).\n"
          + "\n".join(K[i] for i in range(1, 6)))
case(name="daum-gmail-quote-one-done-one-promised",
     **{"from": "tistory_help@kakaocorp.com"}, name_from=ew("티스토리 운영팀"),
     date="Fri, 06 Sep 2024 10:25:58 +0900",
     subject=ew("Re: [KCSC-240905-03] 불법정보 시정요구"),
     reply_to_req="req-240905-03",
     body=f"""
안녕하세요.

{K[4]} 게시물은 삭제 처리했습니다.
다른 티스토리 게시물(대출-상담-안내)은 법무 검토 후 조치할 예정입니다.

티스토리 운영팀

2024년 9월 5일 (목) 오후 2:10, KCSC 전자심의팀 <takedown@kcsc.example>님이 작성:
{quote(_req_k)}
""",
     outcome="applied",
     imitates="Gmail reply: one item done, one promised, request quoted with '>'",
     why="k4 deleted; the other Tistory post is only promised; the quoted URLs are ours",
     items={K[4]: "removed", K3: "pending", K[1]: "pending", K[2]: "pending",
            K[5]: "pending"})

# ================================================================ REVIEW

case(name="dc-promise-sequential-deletion",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     date="Wed, 04 Sep 2024 11:02:17 +0900",
     subject=ew("Re: [KCSC-240903-01] 불법정보 삭제 요청 (시정요구)"),
     reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 디시인사이드입니다.

요청하신 KCSC-240903-01 건 중 아래 게시물은 확인 후 순차적으로 삭제할 예정입니다.
{D[1]}
{D[2]}

처리가 완료되면 다시 알려드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="operator's interim reply promising deletion",
     why="'will delete in turn' is a promise, not a statement; named items stay pending",
     items={D[1]: "pending", D[2]: "pending"})

case(name="naver-hedge-seems-deleted",
     **{"from": "cafe_support@navercorp.com"}, name_from=ew("네이버 카페 고객지원"),
     date="Fri, 06 Sep 2024 13:40:25 +0900",
     subject=ew("Re: [KCSC-240904-02] 카페 게시물 관련"),
     reply_to_req="req-240904-02",
     body=f"""
안녕하세요, 네이버 카페 고객지원입니다.

확인해 보니 {N[2]} 게시물은
카페 매니저가 이미 삭제한 것으로 보입니다.
시스템 로그를 추가로 확인한 뒤 정확한 결과를 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="support reply hedging ('~한 것으로 보입니다') pending a log check",
     why="'appears to have been deleted' is a hedge; the item stays pending",
     items={N[2]: "pending"})

case(name="soop-conditional-court-ruling",
     **{"from": "legal@sooplive.co.kr"}, name_from="SOOP Legal",
     date="Thu, 12 Sep 2024 16:05:09 +0900",
     subject="Re: [KCSC-240906-04] VOD 132451777",
     reply_to_req="req-240906-04",
     body=f"""
Dear KCSC,

Regarding the VOD {S[2]}: if the court ruling you
mentioned is confirmed as final, we will disable the VOD for all viewers.
Until then the case stays with our legal team.

Regards,
SOOP Legal
""",
     outcome="review", review="not_understood",
     imitates="legal team reply making action conditional on a final ruling",
     why="a condition and a promise; no statement of status",
     items={S[2]: "pending"})

case(name="dc-bulk-all-deleted",
     **{"from": "report@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
     date="Tue, 10 Sep 2024 09:01:44 +0900",
     subject=ew("Re: [KCSC-240903-01] 불법정보 삭제 요청 (시정요구)"),
     reply_to_req="req-240903-01",
     body="""
안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240903-01로 요청하신 게시물은 모두 삭제 처리되었습니다.
협조해 주셔서 감사합니다.
""",
     outcome="review", review="bulk",
     imitates="blanket 'all removed' reply to a many-item request",
     why="'all the requested posts were deleted' for a 13-item request names none of them",
     items={D[i]: "pending" for i in range(1, 14)})

case(name="fmkorea-bulk-both",
     **{"from": "admin@fmkorea.com"}, name_from=ew("에펨코리아 운영진"),
     date="Tue, 10 Sep 2024 12:33:50 +0900",
     subject=ew("Re: [KCSC-240909-05] 게시물 삭제 요청"),
     reply_to_req="req-240909-05",
     body="""
요청하신 게시물 2건 모두 지웠습니다.
에펨코리아 운영진
""",
     outcome="review", review="bulk",
     imitates="two-line admin reply covering a two-item request without URLs",
     why="'both posts deleted' without naming each, for a request with two items",
     items={F[1]: "pending", F[2]: "pending"})

case(name="naver-dmarc-fail",
     **{"from": "rights@navercorp.com"}, name_from="NAVER", auth="fail",
     date="Sat, 07 Sep 2024 02:14:09 +0900",
     subject=ew("[NAVER] 게시중단 완료 안내 KCSC-240904-02"),
     body=f"""
안녕하세요 NAVER입니다.

아래 게시물은 게시중단(삭제) 처리가 완료되었습니다.
- {N[1]}
- {N[2]}

Content listed above has been removed.
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking result notice whose DKIM/DMARC fail",
     why="platform domain but authentication failed: statements are not applied",
     items={N[1]: "pending", N[2]: "pending"})

case(name="dc-gallery-manager-gmail",
     **{"from": "cointalk.mgr77@gmail.com"}, name_from=ew("코인톡 갤러리 매니저"),
     date="Thu, 05 Sep 2024 21:18:36 +0900",
     subject=ew("코인 갤러리 글 삭제했습니다 (KCSC-240903-01)"),
     body=f"""
안녕하세요, 코인톡 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받아서 아래 글 두 개 지웠습니다.

{D[4]}
{D[5]}

혹시 더 지울 글 있으면 알려주세요.
""",
     outcome="review", review="unknown_sender",
     imitates="volunteer gallery manager writing from a personal webmail address",
     why="not a platform domain: the claims about DC items are not applied",
     items={D[4]: "pending", D[5]: "pending"})

case(name="kakao-about-naver-url",
     **{"from": "cs_notice@kakaocorp.com"}, name_from=ew("카카오 고객센터"),
     date="Thu, 05 Sep 2024 18:50:12 +0900",
     subject=ew("Re: [KCSC-240904-02] 게시물 삭제 요청"),
     body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240904-02 요청 메일이 저희 쪽으로도 전달되어 확인하였습니다.
{N[2]} 주소는 Daum 카페가 아닌 네이버 카페 주소로,
당사 서비스에서는 해당 게시물을 찾을 수 없습니다.

네이버 측으로 문의해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="a portal answering a request meant for a competitor",
     why="Kakao says it cannot find a NAVER item: not Kakao's item, not a NAVER statement",
     items={N[2]: "pending"})

case(name="dc-asks-official-letter",
     **{"from": "legal@dcinside.com"}, name_from=ew("디시인사이드 법무팀"),
     date="Fri, 06 Sep 2024 14:27:03 +0900",
     subject=ew("Re: [KCSC-240903-01] 자료 요청"),
     reply_to_req="req-240903-01",
     body=f"""
안녕하세요, 디시인사이드 법무팀입니다.

요청하신 게시물 중 아래 2건은 야구 갤러리 이용자 간 논쟁 글로,
불법정보 여부 판단을 위해 심의 의결서 사본(또는 공문)이 필요합니다.

{D[9]}
{D[10]}

자료를 보내 주시면 확인 후 처리하겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="platform legal team asking for the committee's decision document",
     why="asks for a document before acting; named items stay pending",
     items={D[9]: "pending", D[10]: "pending"})

case(name="clien-channel-change-notice",
     **{"from": "admin@clien.net"}, name_from=ew("클리앙 운영팀"),
     date="Mon, 09 Sep 2024 10:00:00 +0900",
     subject=ew("[클리앙] 공공기관 요청 접수 창구 변경 안내"),
     body="""
안녕하세요, 클리앙 운영팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 policy@clien.net 으로
보내 주시기 바랍니다. 기존 주소(admin@clien.net)로 보내신 요청은
10월 중까지만 함께 확인합니다.

자세한 내용은 https://www.clien.net/service/board/rule 을 참고해 주세요.
""",
     outcome="review", review="no_claims", classification="other",
     imitates="community site's general notice about a new contact address",
     why="trusted platform mail that names no item and no request; its rule link is not an item",
     items={})

case(name="inven-conflicting-template",
     **{"from": "community@inven.co.kr"}, name_from=ew("인벤 커뮤니티운영팀"),
     date="Sat, 14 Sep 2024 10:18:29 +0900",
     subject=ew("[인벤] 게시물 조치 안내 (KCSC-240911-07)"),
     body=f"""
안녕하세요, 인벤 커뮤니티운영팀입니다.

메이플 게시판 글({I[2]})은 블라인드 처리했습니다.

[처리 현황]
게시물: {I[2]}
상태: 정상 게시 (조치 없음)
""",
     outcome="review", review="conflicting_statements",
     imitates="hand-written line over a status template that was not updated",
     why="the same URL is said to be blinded and to be up with no action",
     items={I[2]: "pending"})

case(name="kakao-en-may-have-been",
     **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date="Tue, 10 Sep 2024 11:55:42 +0900",
     subject="Re: KCSC-240905-03 Daum cafe post",
     body=f"""
Hello,

Our records indicate that the post at {K[5]} may
have been removed when the cafe was closed by its owner. We are
confirming this with the cafe team and will update you.

Kakao Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="English trust-and-safety interim reply with a hedge",
     why="'may have been removed' is a hedge; the item stays pending",
     items={K[5]: "pending"})

# ================================================================ IGNORED

case(name="dc-ooo-chuseok",
     **{"from": "sy.kim@dcinside.com"}, name_from=ew("김서연"),
     date="Fri, 13 Sep 2024 08:00:12 +0900",
     subject=ew("[자동회신] Re: [KCSC-240903-01] 불법정보 삭제 요청 (시정요구)"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""
안녕하세요. 김서연입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
게시물 신고 관련 급한 용무는 report@dcinside.com 으로 보내 주세요.

I am out of the office until 18 September and will reply after I return.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday (추석) out-of-office auto-reply",
     why="auto-reply; says nothing about items",
     items={})

_naver_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [KCSC-240904-02] =?UTF-8?B?6rKM7Iuc7KSR64uoIOyalOyyrQ==?=
Date: Wed, 04 Sep 2024 11:30:00 +0900
Message-ID: <req-240904-02@kcsc.example>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

아래 게시물에 대해 게시중단을 요청합니다.
{N[1]}
{N[2]}
{N[3]}
{N[4]}
"""
case(name="naver-dsn-user-unknown",
     **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery Subsystem",
     date="Wed, 04 Sep 2024 11:30:41 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b489-nv"

--dsn-b489-nv
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다. / Your message could not be delivered.

<policy-old@navercorp.com>: 수신자 주소가 존재하지 않습니다.
550 5.1.1 <policy-old@navercorp.com>: Recipient address rejected: User unknown

--dsn-b489-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Wed, 04 Sep 2024 11:30:40 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b489-nv
Content-Type: message/rfc822

{_naver_orig}
--dsn-b489-nv--
""",
     outcome="ignored", classification="bounce",
     imitates="MTA delivery status notification returning our request",
     why="bounce; the URLs are in our own returned request",
     items={})

case(name="soop-mdn-read",
     **{"from": "policy@sooplive.co.kr"}, name_from=ew("SOOP 운영정책팀"),
     date="Fri, 06 Sep 2024 15:02:30 +0900",
     subject=ew("읽음 확인: [KCSC-240906-04] 불법정보 시정요구"),
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b489-sp"

--mdn-b489-sp
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-04] 불법정보 시정요구"을(를)
2024-09-06 15:02에 수신자가 읽었습니다.

--mdn-b489-sp
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; policy@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b489-sp--
""",
     outcome="ignored", classification="read_receipt",
     imitates="webmail read receipt (MDN) in Korean",
     why="read receipt",
     items={})

case(name="kakao-cs-ticket-receipt",
     **{"from": "noreply_cs@kakaocorp.com"}, name_from=ew("카카오 고객센터"),
     date="Thu, 05 Sep 2024 14:02:11 +0900",
     subject=ew("[카카오 고객센터] 문의가 접수되었습니다"),
     body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409051182334
문의 제목 : [KCSC-240905-03] 불법정보 시정요구
접수 일시 : 2024-09-05 14:02

문의 내용을 확인한 뒤 순서대로 답변드리겠습니다.
답변까지 영업일 기준 3~5일이 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt",
     why="pure receipt with a ticket number; no item statement",
     items={})

case(name="fmkorea-ooo-english",
     **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
     date="Mon, 09 Sep 2024 10:20:45 +0900",
     subject="Automatic reply: [KCSC-240909-05] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your email.

Our admin team is away until 16 September. Reports about posts will be
handled after we return. 9월 16일 이후 순차적으로 답변드립니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook-style 'Automatic reply' from a shared admin mailbox",
     why="auto-reply; the promise is part of the auto-reply",
     items={})

case(name="inven-report-receipt",
     **{"from": "noreply@inven.co.kr"}, name_from=ew("인벤 고객지원"),
     date="Wed, 11 Sep 2024 11:03:58 +0900",
     subject=ew("[인벤] 신고가 접수되었습니다 (접수번호 INV-240911-0093)"),
     body="""
방송통신심의위원회님, 안녕하세요.

보내주신 신고(KCSC-240911-07)가 정상 접수되었습니다.
접수번호: INV-240911-0093

담당자 검토 후 결과를 회신드리겠습니다.
인벤 고객지원
""",
     outcome="ignored", classification="acknowledgement",
     imitates="game community report receipt naming our reference",
     why="pure acknowledgement with a ticket number",
     items={})

_dc_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@dcinside.com
Subject: [KCSC-240903-01] reminder
Date: Mon, 09 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240903-01-1@kcsc.example>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

아래 게시물의 처리 결과를 아직 받지 못했습니다.
{D[1]}
{D[2]}
{D[3]}
"""
case(name="dc-postfix-bounce",
     **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
     date="Mon, 09 Sep 2024 09:00:07 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b489-dc"

--dsn-b489-dc
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-old@dcinside.com>: host mailstore.dcinside.com[192.0.2.44] said: 550
    5.1.1 <abuse-old@dcinside.com>: Recipient address rejected: User unknown

--dsn-b489-dc
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
X-Postfix-Queue-ID: 4WZk1m2Q7Hz9s
Arrival-Date: Mon,  9 Sep 2024 09:00:05 +0900 (KST)

Final-Recipient: rfc822; abuse-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-old@dcinside.com>: Recipient address
    rejected: User unknown

--dsn-b489-dc
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_dc_orig}
--dsn-b489-dc--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning our reminder with its URLs",
     why="bounce; the URLs are only in our returned reminder",
     items={})


HEADER = """# Blind set 489 (tests/corpus/blind489/): Korean portals and community sites.
# Written by tests/corpus/blind489/make.py before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
