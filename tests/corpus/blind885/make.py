#!/usr/bin/env python3
"""Blind set 885: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind885/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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
DC = "https://gall.dcinside.com"
dc1 = DC + "/board/view/?id=baseball_new11&no=6620381"
dc2 = DC + "/board/view/?id=baseball_new11&no=6620517"
dc3 = DC + "/board/view/?id=stockus&no=4410922"
dc4 = DC + "/mgallery/board/view/?id=coin_toto&no=18822"
dc5 = DC + "/mgallery/board/view/?id=coin_toto&no=18840"
dc6 = DC + "/mgallery/board/view/?id=coin_toto&no=18857"
dc7 = DC + "/mgallery/board/view/?id=sportstoto_free&no=30291"
dc8 = DC + "/mgallery/board/view/?id=sportstoto_free&no=30304"
dc9 = DC + "/mini/board/view/?id=bettingroom&no=771"
dc10 = DC + "/mini/board/view/?id=bettingroom&no=783"
dc11 = DC + "/board/view/?id=lotto&no=2290157"
dc12 = DC + "/board/view/?id=lotto&no=2290188"
DCS = [dc1, dc2, dc3, dc4, dc5, dc6, dc7, dc8, dc9, dc10, dc11, dc12]

nv1 = "https://blog.naver.com/ice_garden_22/223560118842"
nv2 = "https://blog.naver.com/ice_garden_22/223560127705"
nv3 = "https://cafe.naver.com/gangnamnight/88123"
nv4 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471882310"
nv5 = "https://cafe.naver.com/%EC%95%BC%EA%B0%84%EB%B9%84%ED%96%89/5512"
nv5_raw = "https://cafe.naver.com/야간비행/5512"

dm1 = "https://cafe.daum.net/leadingroom777/Xk2P/1184"
dm2 = "https://cafe.daum.net/leadingroom777/Xk2P/1190"
dm3 = "https://gosuda88.tistory.com/214"
dm4 = "https://cafe.daum.net/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9/Qw9a/77"
dm4_raw = "https://cafe.daum.net/주식리딩/Qw9a/77"

sp1 = "https://vod.sooplive.co.kr/player/131880245"
sp2 = "https://vod.sooplive.co.kr/player/131884019"
sp3 = "https://ch.sooplive.co.kr/nightbj0707/post/102233418"

fm1 = "https://www.fmkorea.com/7318820411"
fm2 = "https://www.fmkorea.com/7318829155"

pp1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9130455"

iv1 = "https://www.inven.co.kr/board/lostark/5355/1049921"
iv2 = "https://www.inven.co.kr/board/maple/5974/5512088"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     DCS, "gambling", "req-240902-01@kcsc.example", "불법 도박 사이트 홍보 게시물 12건"),
    ("KCSC-240903-02", "naver", "2024-09-03T09:15:00+09:00", "2024-09-10T18:00:00+09:00",
     [nv1, nv2, nv3, nv4, nv5], "drugs", "req-240903-02@kcsc.example", "마약류 판매 광고"),
    ("KCSC-240905-03", "daum", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [dm1, dm2, dm3, dm4], "fraud", "req-240905-03@kcsc.example", "불법 주식 리딩방 유인"),
    ("KCSC-240906-04", "soop", "2024-09-06T13:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [sp1, sp2, sp3], "gambling", "req-240906-04@kcsc.example", "방송 중 도박 사이트 홍보"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [fm1, fm2], "gambling", "req-240909-05@kcsc.example", "토토 사이트 홍보"),
    ("KCSC-240910-06", "ppomppu", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00",
     [pp1], "fraud", "req-240910-06@kcsc.example", "대포통장 매매 광고"),
    ("KCSC-240911-07", "inven", "2024-09-11T16:20:00+09:00", "2024-09-18T18:00:00+09:00",
     [iv1, iv2], "illegal_trade", "req-240911-07@kcsc.example", "게임 계정 불법 거래·작업장 광고"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, title):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구({title})를 하오니 조치 후 결과를 회신하여",
        "주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


def hdr_subject_b(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="dc-result-table-all-twelve",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 11:05:33 +0900",
    subject="[디시인사이드] 시정요구(KCSC-240902-01) 조치 결과 회신",
    reply_to_req="req-240902-01",
    body=f"""
방송통신심의위원회 통신심의 담당자님께,

안녕하세요. 디시인사이드 운영팀입니다.
9월 2일 요청하신 시정요구(KCSC-240902-01, 불법 도박 광고 12건)에 대한
조치 결과를 아래와 같이 회신드립니다.

번호 | 게시물 URL | 조치 결과
1 | {dc1} | 삭제
2 | {dc2} | 삭제
3 | {dc3} | 삭제
4 | {dc4} | 게시물 없음 (작성자 자진 삭제)
5 | {dc5} | 삭제
6 | {dc6} | 삭제
7 | {dc7} | 삭제
8 | {dc8} | 삭제
9 | {dc9} | 삭제
10 | {dc10} | 삭제
11 | {dc11} | 유지 (당첨번호 통계 글로 도박 광고 아님)
12 | {dc12} | 삭제 및 작성자 IP 차단

추가 문의는 본 메일로 회신 주시기 바랍니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's 시정요구 조치 결과 reply as a pipe-separated table",
    why="Each of the twelve rows names its URL and an unhedged result: 삭제, author-deleted (게시물 없음), kept as not an ad (유지).",
    items={dc1: "removed", dc2: "removed", dc3: "removed", dc4: "not_found", dc5: "removed",
           dc6: "removed", dc7: "removed", dc8: "removed", dc9: "removed", dc10: "removed",
           dc11: "rejected", dc12: "removed"},
)

case(
    name="dc-html-table-five",
    **{"from": "safety@dcinside.com"}, name_from="DCinside Safety",
    date="Thu, 05 Sep 2024 16:48:02 +0900",
    subject="Re: KCSC-240902-01 불법 도박 광고 게시물 처리 결과(1차)",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 세이프티팀입니다.</p>
<p>KCSC-240902-01 요청 건 중 1차로 확인이 끝난 게시물의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>게시물 주소</th><th>처리 상태</th><th>비고</th></tr>
<tr><td><a href="{dc1}">{dc1}</a></td><td>삭제 완료</td><td>도박 사이트 주소 포함</td></tr>
<tr><td><a href="{dc2}">{dc2}</a></td><td>삭제 완료</td><td>동일 작성자</td></tr>
<tr><td><a href="{dc3}">{dc3}</a></td><td>삭제 완료</td><td>&nbsp;</td></tr>
<tr><td><a href="{dc7}">{dc7}</a></td><td>존재하지 않는 게시물</td><td>확인 시점에 이미 없음</td></tr>
<tr><td><a href="{dc9}">{dc9}</a></td><td>19세 미만 열람 제한</td><td>성인 인증 게시물로 전환</td></tr>
</table>
<p>나머지 7건은 갤러리 관리자 확인 후 별도로 회신드리겠습니다.</p>
<p>디시인사이드 세이프티팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table of a community site's safety team (partial first answer)",
    why="Five rows with unhedged results: three deleted, one does not exist, one made adults-only (age restriction = restricted); the rest is only promised.",
    items={dc1: "removed", dc2: "removed", dc3: "removed", dc7: "not_found", dc9: "restricted",
           dc4: "pending", dc11: "pending"},
)

dc_csv = f"""no,url,action,detail
5,{dc5},deleted,gambling site banner
6,{dc6},deleted,gambling site banner
8,{dc8},kept,no violation found - match result discussion without links
10,{dc10},deleted,
12,{dc12},not found,post had already been deleted by its author
"""
case(
    name="dc-csv-attachment-second-batch",
    **{"from": "safety@dcinside.com"}, name_from="DCinside Safety",
    date="Mon, 09 Sep 2024 10:12:40 +0900",
    subject="Re: KCSC-240902-01 불법 도박 광고 게시물 처리 결과(2차)",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_dc_2nd_batch"

--=_dc_2nd_batch
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 세이프티팀입니다.

KCSC-240902-01 건의 2차 처리 결과를 첨부 파일(CSV)로 보내드립니다.
파일의 action 열이 최종 처리 결과입니다.

감사합니다.

--=_dc_2nd_batch
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--=_dc_2nd_batch--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety result sheet sent as a CSV attachment",
    why="The CSV gives one row per URL: three deleted, one kept with its reason (no violation), one not found (author-deleted).",
    items={dc5: "removed", dc6: "removed", dc8: "rejected", dc10: "removed", dc12: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 05 Sep 2024 09:31:17 +0900",
    subject="RE: [KCSC-240902-01] 코인토토 마이너 갤러리 게시물",
    reply_to_req="req-240902-01",
    body=f"""
KCSC 담당자님 안녕하세요.
코인토토 마이너 갤러리 세 건 처리 결과 공유드립니다.

{dc4}
→ 작성자가 이미 삭제한 게시물입니다.

{dc5}
→ 삭제 조치 완료

{dc6}
→ 삭제 조치 완료 (작성자 30일 이용 차단 병행)

신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each bare URL followed by its result on the next line",
    why="Each URL is followed by its own unhedged result line: author-deleted (not_found), deleted, deleted.",
    items={dc4: "not_found", dc5: "removed", dc6: "removed"},
)

case(
    name="dc-top-posted-over-gmail-quote",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 03 Sep 2024 18:02:55 +0900",
    subject="Re: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
담당자님, 요청 주신 12건 중 아래 두 건은 오늘 삭제했습니다.

- {dc2}
- {dc3}

나머지 건은 갤러리별로 확인 중이며 정리되는 대로 다시 연락드리겠습니다.

운영팀 박서연 드림

2024년 9월 2일 (월) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240902-01", DCS, "불법 도박 광고"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply (Korean quote header) over the regulator's quoted request",
    why="Two URLs above the quote are stated deleted; the twelve URLs in the quoted request say nothing and stay pending.",
    items={dc2: "removed", dc3: "removed", dc1: "pending", dc11: "pending", dc12: "pending"},
)

case(
    name="naver-imsijochi-and-delete",
    **{"from": "right@navercorp.com"}, name_from="NAVER 게시중단 요청 서비스",
    date="Thu, 05 Sep 2024 15:20:08 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-02)의 처리 결과를 안내드립니다.

■ 처리 결과
- {nv1} : 임시조치 (30일간 접근 차단)
- {nv2} : 임시조치 (30일간 접근 차단)
- {nv3} : 삭제

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.
나머지 요청 건은 해당 서비스 담당 부서에서 검토 후 별도 안내드리겠습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 처리 결과 notice (임시조치 30일)",
    why="임시조치 (access blocked 30 days) is restricted for the two blog posts; the cafe post is stated deleted; the later deletion is a condition, not a statement.",
    items={nv1: "restricted", nv2: "restricted", nv3: "removed", nv4: "pending", nv5: "pending"},
)

case(
    name="naver-english-kin-angle-brackets",
    **{"from": "safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 10:44:21 +0900",
    subject="Your request KCSC-240903-02 - Knowledge iN",
    body=f"""
Dear KCSC team,

Regarding your request KCSC-240903-02: the Knowledge iN question
<{nv4}>
has been deleted for breaching our Q&A operating policy (sale of controlled
substances).

The other four URLs in your request sit with the Blog and Cafe teams, who
will reply to you directly.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal, URL in angle brackets on its own line",
    why="The Knowledge iN URL is stated deleted; the other four are only handed to other teams.",
    items={nv4: "removed"},
)

case(
    name="naver-cafe-korean-path-raw",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Fri, 06 Sep 2024 17:05:44 +0900",
    subject="Re: KCSC-240903-02 게시물 조치 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.
요청하신 게시물 중 카페·블로그 두 건의 처리 결과입니다.

1) {nv5_raw} — 카페 운영원칙 위반(마약류 거래 알선)으로 블라인드 처리되었습니다.
2) {nv2}의 경우 게시자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations reply with a raw Korean cafe path and a URL followed by a Korean particle",
    why="The raw Korean-path URL (same as the percent-encoded request URL) is blinded (removed); the blog post was already deleted by its author (not_found).",
    items={nv5: "removed", nv2: "not_found"},
)

case(
    name="naver-html-notice-three-rows",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER",
    date="Mon, 09 Sep 2024 14:10:00 +0900",
    subject="[NAVER] 요청하신 게시물에 대한 조치 결과를 알려드립니다",
    type="html",
    body=f"""
<html><body>
<div style="max-width:640px;font-family:Dotum,sans-serif">
<h3 style="color:#03c75a">게시물 조치 결과 안내</h3>
<p>요청번호 KCSC-240903-02 에 대한 조치 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상 게시물</th><th>조치 내용</th><th>조치 일시</th></tr></thead>
<tbody>
<tr><td>{nv1}</td><td>블라인드</td><td>2024.09.06 11:02</td></tr>
<tr><td>{nv3}</td><td>비공개 처리</td><td>2024.09.06 11:05</td></tr>
<tr><td>{nv5_raw}</td><td>조치하지 않음 (운영정책 위반 사항이 확인되지 않음)</td><td>2024.09.06 11:09</td></tr>
</tbody></table>
<p style="font-size:11px;color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/">네이버 고객센터</a>를 이용해 주세요.</p>
</div></body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER-style HTML 조치 결과 notice from a no-reply address",
    why="블라인드 and 비공개 처리 are removed; 'not actioned, no policy breach found' is a reasoned refusal (rejected); the help-centre link is no item.",
    items={nv1: "removed", nv3: "removed", nv5: "rejected"},
)

case(
    name="daum-rights-center-four",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 13:33:09 +0900",
    subject="[카카오] 권리침해 신고 처리 결과 안내 (접수번호 KR-2409-03317)",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

접수번호: KR-2409-03317
요청번호: KCSC-240905-03

처리 결과
• {dm1} — 게시중단
• {dm2} — 임시조치(30일)
• {dm3} — 삭제
• {dm4_raw} — 해당 게시물이 존재하지 않습니다.

처리 결과에 이의가 있으신 경우 고객센터(https://cs.kakao.com)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 처리 결과 mail (게시중단, 임시조치)",
    why="게시중단 and 삭제 are removed, 임시조치 is restricted, 'does not exist' is not_found; the customer-centre link is no item.",
    items={dm1: "removed", dm2: "restricted", dm3: "removed", dm4: "not_found"},
)

case(
    name="daum-tistory-english-private",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 09:58:31 +0900",
    subject="KCSC-240905-03 / Tistory post",
    body=f"""
Hello,

Following your request KCSC-240905-03, Tistory operations switched the post
{dm3} to private (비공개) on 10 September 2024 under Kakao's operating policy
on financial fraud. It can no longer be viewed by anyone other than its
author, and the author cannot make it public again.

The Daum Cafe posts in the same request are handled by the Cafe team.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English Kakao trust-and-safety reply about a Tistory post made private",
    why="A post made private by the operator for everyone but its author is made unavailable (removed); the Cafe posts are not spoken about.",
    items={dm3: "removed"},
)

case(
    name="soop-numbered-three-results",
    **{"from": "op_report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Mon, 09 Sep 2024 11:27:45 +0900",
    subject="[SOOP] KCSC-240906-04 요청 건 조치 결과",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP 운영팀입니다.
요청하신 3건에 대한 조치 결과를 전달드립니다.

1. VOD {sp1}
   불법 도박 사이트 홍보 확인 → VOD 삭제, 해당 BJ 방송 7일 정지
2. VOD {sp2}
   19세 이상 시청 가능 콘텐츠로 등급 변경(연령 제한)
3. 게시글 {sp3}
   확인 결과 도박 홍보 내용이 없는 일상 게시글로 운영정책 위반에 해당하지 않아 유지됩니다.

감사합니다.
SOOP 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 운영팀 result list for VODs and channel posts",
    why="VOD deleted (removed), VOD age-restricted 19+ (restricted), channel post kept with its reason (rejected).",
    items={sp1: "removed", sp2: "restricted", sp3: "rejected"},
)

case(
    name="soop-english-over-quote",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Global Trust",
    date="Tue, 10 Sep 2024 08:15:02 +0900",
    subject="Re: KCSC-240906-04 gambling promotion on SOOP",
    reply_to_req="req-240906-04",
    body=f"""
Hi,

The channel post you flagged ({sp3}) has been removed for promoting an
unlicensed betting site. Our Korean operations team will answer separately
about the two VODs.

Thanks,
Jiho
SOOP Global Trust

On Fri, Sep 6, 2024 at 1:40 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240906-04", [sp1, sp2, sp3], "도박 사이트 홍보"))}
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a global trust team, top-posted over the quoted request",
    why="Only the channel post (in parentheses) is stated removed; the VOD URLs appear only in the quoted request.",
    items={sp3: "removed", sp1: "pending", sp2: "pending"},
)

case(
    name="fmkorea-both-deleted-prose",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 10:03:19 +0900",
    subject="Re: [KCSC-240909-05] 토토 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물 2건({fm1}, {fm2}) 모두 삭제하고
작성자 계정은 영구 이용정지 처리했습니다.

앞으로도 협조하겠습니다. 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community site admin's short prose reply naming both posts in parentheses",
    why="Both URLs are named and stated deleted.",
    items={fm1: "removed", fm2: "removed"},
)

case(
    name="fmkorea-fullwidth-one-kept",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Wed, 11 Sep 2024 14:41:50 +0900",
    subject="KCSC-240909-05 처리 결과",
    body=f"""
방심위 담당자님께

KCSC-240909-05 처리 결과 알려드립니다.

① {fm1}：삭제 완료
② {fm2}：스포츠 토토 결과 공유 글로 홍보 링크나 가입 유도가 없어 삭제하지 않고 유지합니다。

에펨코리아 신고처리팀
""",
    outcome="applied", classification="confirmation",
    imitates="community site reply with circled numbers and full-width colons after each URL",
    why="First post deleted; second kept with a reason (no promotion link) = rejected.",
    items={fm1: "removed", fm2: "rejected"},
)

case(
    name="ppomppu-sole-statement-no-url",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Tue, 10 Sep 2024 15:55:12 +0900",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body="""
안녕하세요, 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 확인 즉시 삭제하였고,
작성자는 이용 정지 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean admin reply in the request's thread, naming no URL",
    why="A reply to a one-item request stating that 'the requested post' was deleted applies to its only item.",
    items={pp1: "removed"},
)

case(
    name="ppomppu-qp-author-deleted",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    date="Wed, 11 Sep 2024 09:12:03 +0900",
    subject="[뽐뿌] KCSC-240910-06 확인 결과",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 뽐뿌 고객센터입니다.

KCSC-240910-06 으로 요청하신 게시물
{pp1}
은 저희가 확인했을 때 이미 작성자가 삭제한 상태였습니다(존재하지 않는 게시물).
별도로 조치할 내용이 없음을 알려드립니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean customer-centre reply",
    why="The post was already deleted by its author when checked: not_found.",
    items={pp1: "not_found"},
)

case(
    name="inven-mixed-korean-english",
    **{"from": "help@inven.co.kr"}, name_from="인벤 운영팀",
    date="Thu, 12 Sep 2024 11:20:37 +0900",
    subject="Re: [KCSC-240911-07] 게임 계정 거래 게시물",
    reply_to_req="req-240911-07",
    body=f"""
Dear KCSC,

re KCSC-240911-07, 처리 결과입니다.

- {iv1} : 삭제 (deleted, account trading ad)
- {iv2} : invalid link – 해당 번호의 게시물이 존재하지 않습니다.

인벤 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual community-site reply, one line per URL",
    why="First URL deleted; second is an invalid link / no such post (not_found).",
    items={iv1: "removed", iv2: "not_found"},
)

case(
    name="inven-base64-one-done-one-checking",
    **{"from": "gm@inven.co.kr"}, name_from="인벤 GM",
    date="Fri, 13 Sep 2024 17:45:58 +0900",
    subject=hdr_subject_b("인벤 게시물 조치 안내 (KCSC-240911-07)"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요, 인벤 GM입니다.

KCSC-240911-07 관련입니다.
메이플스토리 게시판 글({iv2})은 작업장 홍보로 확인되어 운영자 삭제 처리했습니다.

로스트아크 게시판 글({iv1})은 게시판 담당자가 아직 확인 중입니다.
확인되는 대로 다시 알려드리겠습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded Korean reply from a game community GM",
    why="The Maple post is stated 운영자 삭제 (removed); the Lost Ark post is still being checked (pending).",
    items={iv2: "removed", iv1: "pending"},
)

case(
    name="dc-outlook-original-message",
    **{"from": "dy.kim@dcinside.com"}, name_from="김도윤",
    date="Fri, 06 Sep 2024 14:02:26 +0900",
    subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
담당자님, 미니 갤러리 두 건 처리했습니다.

{dc9} 삭제
{dc10} 삭제

감사합니다.
김도윤 드림
디시인사이드 서비스운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: cs@dcinside.com
Subject: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구

{our_request("KCSC-240902-01", DCS, "불법 도박 광고")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a named staff member above '-----Original Message-----'",
    why="The two mini-gallery URLs above the original message are deleted; the unprefixed request below the separator is our own text.",
    items={dc9: "removed", dc10: "removed", dc1: "pending", dc12: "pending"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 19:40:15 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

신고가 정상적으로 접수되었습니다(요청번호 KCSC-240903-02).
검토 결과 {nv3} 게시물은
마약류 판매 광고로 확인되어 삭제되었습니다.

그 밖의 게시물은 검토가 끝나는 대로 안내드리겠습니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer that opens with a receipt line and then gives a result",
    why="The receipt phrase is followed by an unhedged deletion of the cafe post, so it is no mere acknowledgement.",
    items={nv3: "removed"},
)

case(
    name="dc-heading-then-urls",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 10:18:49 +0900",
    subject="[디시인사이드] KCSC-240902-01 추가 처리 결과",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
KCSC-240902-01 건 추가 처리 결과입니다.

다음 게시물은 도박 사이트 홍보로 확인되어 삭제했습니다:
{dc7}
{dc11}

다음 게시물은 요청 시점에 이미 삭제된 상태였습니다:
{dc12}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="reply grouping URLs under result headings ending in ':'",
    why="The two URLs under the deletion heading are removed; the one under 'already deleted at the time of the request' is not_found.",
    items={dc7: "removed", dc11: "removed", dc12: "not_found"},
)

soop_csv = f"""URL,조치,비고
{sp1},삭제,도박 사이트 배너 노출
{sp2},연령 제한(19세 이상),선정성 및 홍보 문구 일부 편집 요청
"""
case(
    name="soop-csv-base64-two-vods",
    **{"from": "op_report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Wed, 11 Sep 2024 16:30:11 +0900",
    subject="[SOOP] VOD 조치 결과 첨부 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="soop-result-0911"

--soop-result-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. SOOP 운영팀입니다.
VOD 2건 조치 결과를 첨부 파일로 송부드립니다.

--soop-result-0911
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="soop_vod_result_0911.csv"
Content-Transfer-Encoding: base64

{b64(soop_csv)}
--soop-result-0911--
""",
    outcome="applied", classification="confirmation",
    imitates="result CSV (Korean headers) attached to a short cover note",
    why="CSV rows: first VOD deleted (removed), second age-restricted 19+ (restricted).",
    items={sp1: "removed", sp2: "restricted"},
)

case(
    name="daum-url-on-own-line-mid-sentence",
    **{"from": "cafe_op@daum.net"}, name_from="Daum 카페 운영팀",
    date="Tue, 10 Sep 2024 17:22:05 +0900",
    subject="Re: KCSC-240905-03 리딩방 유인 게시물",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 카페 게시물 가운데 주식리딩 카페의 아래 게시물
<{dm4}>
에 대해서는 30일간 임시조치를 하였습니다.

리딩방777 카페의 게시물 {dm1} 은 게시중단되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations reply whose sentence wraps around a URL on its own line",
    why="The percent-encoded cafe post on its own line is inside the 임시조치 sentence (restricted); the other cafe post is 게시중단 (removed).",
    items={dm4: "restricted", dm1: "removed"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Thu, 05 Sep 2024 16:41:00 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""
디시인사이드 신고 처리 결과를 안내드립니다.

[신고 정보]
신고자: 방송통신심의위원회 (KCSC-240902-01)
신고 일시: 2024-09-02 10:30
신고 게시물: {dc8}
신고 사유: 불법 도박 광고

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시물 삭제
처리 일시: 2024-09-05 16:40

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome notice echoing the report form fields",
    why="The echoed report names one post and the outcome block says it was deleted.",
    items={dc8: "removed"},
)

case(
    name="naver-youth-harmful-age-restricted",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그팀",
    date="Sat, 07 Sep 2024 13:05:30 +0900",
    subject="Re: [KCSC-240903-02] 블로그 게시물",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 네이버 블로그팀입니다.

{nv2} 게시물은 청소년 유해 게시물로 지정하여
19세 미만 이용자의 접근을 제한하였습니다. (age-restricted)

블로그팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog team reply designating a post youth-harmful (age restriction)",
    why="Access limited for under-19 users is an age restriction: restricted.",
    items={nv2: "restricted"},
)

# ================================================================ REVIEW
case(
    name="dc-promise-sequential-delete",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 03 Sep 2024 11:10:42 +0900",
    subject="Re: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 3건은 담당 갤러리 확인 후 순차적으로 삭제될 예정입니다.
- {dc1}
- {dc2}
- {dc3}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Korean reply promising deletion 'in turn' after a check",
    why="'삭제될 예정' is a promise, not a statement; the named items stay pending.",
    items={dc1: "pending", dc2: "pending", dc3: "pending"},
)

case(
    name="naver-hedge-may-have-been",
    **{"from": "safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 12:30:19 +0900",
    subject="RE: KCSC-240903-02",
    body=f"""
Hello,

We looked into the two blog posts below from request KCSC-240903-02.

{nv1}
{nv2}

It appears that they may already have been taken down by the blogger, but
we need to confirm this with the Blog team before we can give you a final
answer. We will follow up.

NAVER Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="English trust-and-safety interim reply with a hedge ('appears', 'may have been')",
    why="A hedged guess awaiting confirmation is no statement; the two posts stay pending.",
    items={nv1: "pending", nv2: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 17:50:03 +0900",
    subject="Re: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구",
    reply_to_req="req-240902-01",
    body="""
담당자님 안녕하세요.

KCSC-240902-01로 요청하신 게시물은 모두 삭제 조치 완료되었습니다.
작성자들에 대해서는 IP 차단도 함께 진행했습니다.

디시인사이드 운영팀 드림
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all requested posts deleted' reply to a 12-item request",
    why="A statement about all items of a twelve-item request without naming each: bulk, items pending.",
    items={u: "pending" for u in DCS},
)

case(
    name="daum-bulk-english-actioned",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 10:05:47 +0900",
    subject="Outcome of your report KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""
Hello,

Thank you for your report. All of the content listed in your request
KCSC-240905-03 has been actioned under Kakao's operating policy.

For more information on how we handle reports, please see
https://www.kakao.com/policy/oppolicy

Kakao Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="English outcome notice stating 'all of the content ... has been actioned'",
    why="'All of the content' for a four-item request names no item: bulk; the policy link is no item.",
    items={dm1: "pending", dm2: "pending", dm3: "pending", dm4: "pending"},
)

case(
    name="dc-auth-fail-forged",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Wed, 04 Sep 2024 02:14:51 +0900",
    subject="[디시인사이드] KCSC-240902-01 처리 완료",
    body=f"""
KCSC-240902-01 처리 완료 안내

{dc1} 삭제 완료
{dc2} 삭제 완료

디시인사이드 운영팀
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="message claiming DC Inside's address that fails DKIM/SPF/DMARC",
    why="Sender domain is DC Inside's but authentication fails: untrusted, nothing applied.",
    items={dc1: "pending", dc2: "pending"},
)

case(
    name="naver-lookalike-domain",
    **{"from": "notice@naver-helpdesk.com"}, name_from="NAVER 고객센터",
    date="Thu, 05 Sep 2024 21:03:12 +0900",
    subject="[NAVER] 게시중단 처리 완료 (KCSC-240903-02)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 KCSC-240903-02 건의 게시물이 아래와 같이 삭제되었습니다.
- {nv1}
- {nv3}

처리 내역 확인: https://naver-helpdesk.com/check?id=2409-7781
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="look-alike domain posing as NAVER's customer centre",
    why="naver-helpdesk.com is not a NAVER sender domain: unknown sender, nothing applied.",
    items={nv1: "pending", nv3: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "cointoto.mgr@gmail.com"}, name_from="코인토토 갤러리 매니저",
    date="Wed, 04 Sep 2024 23:41:08 +0900",
    subject="코인토토 갤러리 글 삭제했습니다",
    body=f"""
안녕하세요 방심위 담당자님
코인토토 마이너 갤러리 매니저입니다.
디시 쪽에서 연락받고 제가 매니저 권한으로 아래 글 지웠습니다.

{dc4}
{dc5}

혹시 더 지워야 할 글 있으면 이 메일로 알려주세요.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="A gallery manager on gmail.com is not DC Inside's sender domain: unknown sender, items pending.",
    items={dc4: "pending", dc5: "pending"},
)

case(
    name="daum-search-exclusion-naver-item",
    **{"from": "search_policy@kakaocorp.com"}, name_from="Daum 검색 정책팀",
    date="Fri, 06 Sep 2024 15:37:22 +0900",
    subject="KCSC-240903-02 관련 Daum 검색 조치 안내",
    body=f"""
안녕하세요, Daum 검색 정책팀입니다.

KCSC-240903-02 요청이 당사로도 전달되어 확인했습니다.
아래 주소는 Daum이 아닌 네이버 블로그 게시물이라 당사가 삭제할 수는 없으나,
Daum 검색 결과에 노출되지 않도록 검색 차단 처리했습니다.

{nv1}

원 게시물의 삭제는 네이버에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="search engine's notice that it de-indexed another portal's post",
    why="Kakao states a search-block of a NAVER item: a statement about another platform's item, not NAVER's own status.",
    items={nv1: "pending"},
)

case(
    name="naver-asks-official-letter",
    **{"from": "right@navercorp.com"}, name_from="NAVER 게시중단 요청 서비스",
    date="Wed, 04 Sep 2024 14:55:40 +0900",
    subject="[NAVER] KCSC-240903-02 관련 추가 자료 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

요청하신 지식iN 게시물({nv4})에 대해 검토하려면
심의 의결서 사본과 기관 명의의 공문이 필요합니다.
자료를 본 메일에 회신으로 보내주시면 접수 후 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the decision document and an official letter before review",
    why="The platform asks for documents before it reviews the post; nothing is stated about its status.",
    items={nv4: "pending"},
)

case(
    name="soop-contact-change-notice",
    **{"from": "partner@sooplive.co.kr"}, name_from="SOOP 대외협력팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[SOOP] 관계기관 협조 요청 접수 창구 변경 안내",
    body="""
관계기관 담당자님께

SOOP 대외협력팀입니다.
10월 1일부터 관계기관의 게시물 조치 요청 접수 창구가
op_report@sooplive.co.kr 에서 gov_request@sooplive.co.kr 로 변경됩니다.

기존 주소로 보내주신 요청은 10월 31일까지 자동 전달됩니다.
업무에 참고 부탁드립니다.

SOOP 대외협력팀 드림
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice to authorities about a changed contact address",
    why="Trusted SOOP mail naming no item and no request: no claims, for a person to note the new address.",
    items={},
)

case(
    name="fmkorea-conditional-appeal-window",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea",
    date="Tue, 10 Sep 2024 13:16:28 +0900",
    subject="Re: [KCSC-240909-05] 토토 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 에펨코리아 신고처리팀입니다.

{fm1}
작성자에게 소명 기회를 부여했으며, 24시간 안에 소명이 없으면 삭제됩니다.

{fm2}
현재 운영진이 검토 중입니다.

결과가 나오면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="community site reply giving the author an appeal window before deletion",
    why="A deletion conditional on no appeal and an 'under review' are no statements; both posts stay pending.",
    items={fm1: "pending", fm2: "pending"},
)

case(
    name="naver-forwarded-cafe-manager",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Sat, 07 Sep 2024 09:48:36 +0900",
    subject="Fwd: 게시글 삭제 완료 (KCSC-240903-02)",
    body=f"""
담당자님, 카페 매니저에게서 받은 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 강남나이트 카페 매니저 <gnnight_mgr@naver.com>
Date: 2024년 9월 6일 (금) 오후 11:20
Subject: 게시글 삭제 완료
To: 네이버 카페 운영팀 <cafe_help@navercorp.com>

안녕하세요, 말씀하신 글 확인하고 바로 삭제했습니다.
{nv3}
작성자도 카페에서 강제 탈퇴시켰습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="portal staff forwarding a cafe manager's reply",
    why="The statement is inside a forwarded message from the cafe manager, not NAVER's own statement: review forwarded.",
    items={nv3: "pending"},
)

# ================================================================ IGNORED
case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Mon, 02 Sep 2024 10:31:12 +0900",
    subject="[디시인사이드 고객센터] 문의가 접수되었습니다 (접수번호 2409020113)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409020113
제목: [KCSC-240902-01] 불법 도박 광고 게시물 시정요구
접수일시: 2024-09-02 10:30

담당자가 확인한 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt echoing the request's subject",
    why="A pure receipt with a ticket number; it says nothing about any post.",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "minji.lee@navercorp.com"}, name_from="이민지",
    date="Mon, 16 Sep 2024 09:00:04 +0900",
    subject="[자동회신] 추석 연휴 부재 안내 (Re: KCSC-240903-02)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 이민지입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 메일 확인이 어렵습니다.
급한 건은 right@navercorp.com 으로 보내주시면 담당자가 처리합니다.

I am away for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply for the Chuseok holidays",
    why="Out-of-office auto-reply: ignored whatever it mentions.",
    items={},
)

case(
    name="fmkorea-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@fmkorea.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 11:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-fm-0909"

--dsn-fm-0909
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@fmkorea.com>: host mx1.fmkorea.com said: 550 5.1.1 User unknown

--dsn-fm-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.fmkorea.com
Arrival-Date: Mon,  9 Sep 2024 11:00:38 +0900

Final-Recipient: rfc822; abuse@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-fm-0909
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@fmkorea.com
Subject: [KCSC-240909-05] {hdr_subject_b("토토 사이트 홍보 게시물 삭제 요청")}
Message-ID: <req-240909-05-copy@kcsc.example>
Date: Mon, 09 Sep 2024 11:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{our_request("KCSC-240909-05", [fm1, fm2], "토토 사이트 홍보")}

--dsn-fm-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request (user unknown)",
    why="A bounce carrying our own request: ignored; the URLs are our own text.",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "op_report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 14:05:10 +0900",
    subject="읽음 확인: [KCSC-240906-04] 방송 중 도박 사이트 홍보",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0906"

--mdn-soop-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-06 오후 1:40에 보낸 메시지
"[KCSC-240906-04] 방송 중 도박 사이트 홍보"를
2024-09-06 오후 2:05에 수신자가 읽었습니다.

--mdn-soop-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Hiworks
Final-Recipient: rfc822;op_report@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (message/disposition-notification)",
    why="A read receipt says nothing about any item.",
    items={},
)

case(
    name="kakao-english-case-receipt",
    **{"from": "no-reply@kakao.com"}, name_from="Kakao Support",
    date="Thu, 05 Sep 2024 14:02:33 +0900",
    subject="[Kakao] We received your report (Case 2409-KK-88120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting Kakao. We have received your report about
KCSC-240905-03 and opened case 2409-KK-88120.

Our team will review it and get back to you. You do not need to send it
again. Please keep the case number for any follow-up.

Kakao Support
https://cs.kakao.com
""",
    outcome="ignored", classification="acknowledgement",
    imitates="English automated case receipt from a portal's support desk",
    why="Pure acknowledgement with a case number and a promise to review; no item status.",
    items={},
)

case(
    name="inven-english-out-of-office",
    **{"from": "sj.park@inven.co.kr"}, name_from="Park Seungjun",
    date="Wed, 11 Sep 2024 16:21:07 +0900",
    subject="Automatic reply: [KCSC-240911-07] 게임 계정 불법 거래 게시물",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""
I am out of the office on a business trip until Friday 20 September with
limited access to email. For report handling please write to
help@inven.co.kr.

출장 중으로 9월 20일(금)까지 메일 확인이 늦어질 수 있습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office in English and Korean",
    why="Out-of-office auto-reply: ignored.",
    items={},
)

case(
    name="ppomppu-dsn-mailbox-full",
    **{"from": "postmaster@ppomppu.co.kr"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:06:02 +0900",
    subject=hdr_subject_b("메일 전송 실패 안내 (Delivery failure)"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="pp-dsn-0910"

--pp-dsn-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 수신자의 메일함 용량 초과로 전달되지 못했습니다.
Your message could not be delivered: the recipient's mailbox is full.

수신자: abuse@ppomppu.co.kr
제목: [KCSC-240910-06] 게시물 삭제 요청

--pp-dsn-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; abuse@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--pp-dsn-0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@ppomppu.co.kr
Subject: [KCSC-240910-06] {hdr_subject_b("게시물 삭제 요청")}
Message-ID: <req-240910-06-copy@kcsc.example>
Date: Tue, 10 Sep 2024 10:05:00 +0900

--pp-dsn-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual Korean MTA bounce (mailbox full) with the original headers",
    why="A delivery failure report: ignored.",
    items={},
)

HEADER = """# Blind set 885 (Korean portals and community sites): expected results
# written from each email's meaning before the reader was run.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind885", HEADER, CASES)
    print("%d cases" % len(CASES))
