#!/usr/bin/env python3
"""Blind set 783: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind783/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was run on it. All names, ids and URLs are fictional.
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

SET = "blind783"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

N1 = "https://blog.naver.com/goldbull_lead/223567100101"
N2 = "https://blog.naver.com/goldbull_lead/223567100245"
N3 = "https://blog.naver.com/sky_signal77/223568804412"
N4 = "https://blog.naver.com/sky_signal77/223569011873"
N5 = "https://blog.naver.com/profit_master_kr/223570226690"
N6 = "https://blog.naver.com/profit_master_kr/223570339015"
N7 = "https://cafe.naver.com/stockleaders2024/18842"
N8 = "https://cafe.naver.com/stockleaders2024/18907"
N9 = "https://cafe.naver.com/coinroom365/5521"
N10 = "https://cafe.naver.com/coinroom365/5604"
N11 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471122334"
N12 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471198765"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/jumsin-talk/Fq3x/2214"
D2 = "https://cafe.daum.net/jumsin-talk/Fq3x/2290"
D3_RAW = "https://haneul-diary.tistory.com/entry/동네-사건-정리"
D3 = "https://haneul-diary.tistory.com/entry/" + quote("동네-사건-정리")
D4 = "https://bluefox-note.tistory.com/418"

C1 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=14820031"
C2 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=14820577"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=toto_pick&no=33018"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=toto_pick&no=33102"
C5 = "https://gall.dcinside.com/mini/board/view/?id=winbet&no=912"

S1 = "https://vod.sooplive.co.kr/player/131552087"
S2 = "https://vod.sooplive.co.kr/player/131560412"
S3 = "https://ch.sooplive.co.kr/nightowl93/post/88123411"

F1 = "https://www.fmkorea.com/7412305518"
F2 = "https://www.fmkorea.com/7412889044"

I1 = "https://www.inven.co.kr/board/lineagem/5019/1834412"
I2 = "https://www.inven.co.kr/board/maple/5974/902177"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123456"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R1, "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_finance", "주식·코인 리딩방 불법 금융투자 정보", NAVER),
    (R2, "daum", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", "개인정보 노출 (카페, 티스토리)", [D1, D2, D3, D4]),
    (R3, "dcinside", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", "불법 스포츠토토 홍보", [C1, C2, C3, C4, C5]),
    (R4, "soop", "2024-09-09T11:05:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "음란 VOD 및 방송국 게시글", [S1, S2, S3]),
    (R5, "fmkorea", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "마약류 매매 광고", [F1, F2]),
    (R6, "inven", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_trade", "게임 계정 현금 거래 알선", [I1, I2]),
    (R7, "ppomppu", "2024-09-12T16:45:00+09:00", "2024-09-19T18:00:00+09:00",
     "fraud", "중고거래 사기 유도 게시물", [P1]),
]


def mid(ref):
    return "req-" + ref


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
def h(s):
    """RFC 2047 encoded word (UTF-8, base64) for a Korean header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, title):
    lines = [
        "안녕하십니까. 방송통신심의위원회 전자심의팀입니다.",
        f"아래 정보에 대하여 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다. ({ref})",
        "",
        f"위반 유형: {title}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "회신 기한: 요구일로부터 7일 이내", "KCSC 전자심의팀 드림"]
    return "\n".join(lines)


NAVER_FOOT = "네이버 운영정책: https://policy.naver.com/policy/service.html"

cases = []


def add(**c):
    cases.append(c)


# ================================================================ APPLIED

add(
    name="naver-result-table-html",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[NAVER] 시정요구({R1}) 조치 결과 회신 (1차)"),
    reply_to_req=mid(R1),
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R1})에 대한 블로그 게시물 조치 결과를 아래와 같이 회신드립니다.
카페 및 지식iN 게시물은 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>불법 금융투자 정보</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>불법 금융투자 정보</td></tr>
<tr><td>3</td><td>{N3}</td><td>블라인드</td><td>게시물 비공개 전환</td></tr>
<tr><td>4</td><td>{N4}</td><td>해당 게시물 없음</td><td>9/4 작성자 직접 삭제</td></tr>
<tr><td>5</td><td>{N5}</td><td>임시조치(30일)</td><td>게시자 소명 기간 중 접근 차단</td></tr>
<tr><td>6</td><td>{N6}</td><td>조치 불가</td><td>일반 시황 정보로 위반 소지 확인되지 않음</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>을 참고하여 주십시오.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치 결과 table (삭제/블라인드/임시조치/조치 불가)",
    why="trusted NAVER table, one status per blog post; 임시조치 is restricted, 조치 불가 with a reason is rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "restricted", N6: "rejected"},
)

add(
    name="naver-cafe-prose-korean",
    date="Fri, 06 Sep 2024 11:03:44 +0900",
    **{"from": "cafe-operation@navercorp.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h(f"RE: [{R1}] 불법 금융투자 정보 시정요구 - 카페 게시물"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 카페 게시물 가운데 https://cafe.naver.com/stockleaders2024/18842 와
https://cafe.naver.com/stockleaders2024/18907 두 건은 유료 리딩방 회원 모집
글로 확인되어 카페 운영정책에 따라 게시중단 처리하였습니다.

https://cafe.naver.com/coinroom365/5521 은 확인 결과 작성자가 이미 삭제한
게시물이어서 별도로 조치할 대상이 없었습니다.

문의 사항이 있으시면 회신 주십시오.
네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations desk prose reply (게시중단 처리 / 작성자 삭제)",
    why="two posts stated 게시중단 (removed), one already deleted by its author (not_found)",
    items={N7: "removed", N8: "removed", N9: "not_found"},
)

add(
    name="naver-kin-english",
    date="Mon, 09 Sep 2024 09:15:02 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"Re: Correction request {R1} - Knowledge iN",
    reply_to_req=mid(R1),
    body=f"""Dear KCSC team,

Thank you for your request {R1}. Our findings for the two Knowledge iN
questions are as follows.

The question at {N11} was
deleted on 6 September for promoting an unregistered investment advisory
service.

We could not locate the question at
{N12}
- no question with that docId exists in our system.

For our general policy see https://help.naver.com/service/5627/category/bookmark.

Kind regards,
Yuna Seo
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English trust-and-safety reply to a regulator (deleted / could not locate)",
    why="one question deleted, the other cannot be located; the help link is not an item",
    items={N11: "removed", N12: "not_found"},
)

csv_rows = [
    ("1", N1, "삭제", "2024-09-05"),
    ("2", N2, "삭제", "2024-09-05"),
    ("3", N3, "블라인드", "2024-09-05"),
    ("4", N4, "게시물 없음(작성자 삭제)", "-"),
    ("5", N5, "임시조치", "2024-09-05"),
    ("6", N6, "조치 불가(위반 아님)", "-"),
    ("7", N7, "게시중단", "2024-09-06"),
    ("8", N8, "게시중단", "2024-09-06"),
    ("9", N9, "게시물 없음(작성자 삭제)", "-"),
    ("10", N10, "블라인드", "2024-09-06"),
    ("11", N11, "삭제", "2024-09-06"),
    ("12", N12, "존재하지 않는 URL", "-"),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["순번", "URL", "처리결과", "처리일"])
for r in csv_rows:
    cw.writerow(r)
add(
    name="naver-csv-attachment-all",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[NAVER] {R1} 최종 조치 결과 (첨부)"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7731_b"

--=_nv_7731_b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하십니까, 네이버 정책지원팀입니다.

시정요구 {R1} 12건에 대한 최종 조치 결과를 첨부 파일(CSV)로 회신드립니다.
처리결과 항목을 확인하여 주시기 바랍니다.

네이버 정책지원팀 드림
''')}

--=_nv_7731_b
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(cbuf.getvalue())}

--=_nv_7731_b--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER bulk result sheet sent as a CSV attachment to a 시정요구",
    why="one row per requested URL with its result in the CSV attachment",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "restricted",
           N6: "rejected", N7: "removed", N8: "removed", N9: "not_found", N10: "removed",
           N11: "removed", N12: "not_found"},
)

add(
    name="naver-top-posted-gmail-quote",
    date="Wed, 04 Sep 2024 10:48:31 +0900",
    **{"from": "seoyoon.park@navercorp.com"},
    name_from=h("박서윤"),
    subject=h(f"Re: [{R1}] 불법 금융투자 정보 시정요구"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 카페 운영지원 박서윤입니다.

말씀하신 coinroom365 카페의 5604번 글(https://cafe.naver.com/coinroom365/5604)은
오늘 오전 블라인드 처리했습니다. 나머지 건은 담당 부서에서 따로 회신드릴 예정입니다.

박서윤 드림

2024년 9월 3일 (화) 오전 10:12, KCSC 전자심의팀 <takedown@kcsc.example>님이 작성:
{quote_gt(our_request(R1, NAVER, "불법 금융투자 정보(유사투자자문 리딩방)"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a NAVER staff member over the quoted 시정요구",
    why="only the cafe post named in the reply is 블라인드 (removed); the URLs in the quoted request are not statements",
    items={N10: "removed"},
)

add(
    name="naver-qp-blog-two",
    date="Thu, 05 Sep 2024 13:20:55 +0900",
    **{"from": "blog-help@naver.com"},
    name_from=h("네이버 블로그팀"),
    subject=h(f"[네이버 블로그] 게시물 처리 결과 안내 ({R1})"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 블로그팀입니다.

시정요구 {R1} 관련 블로그 게시물 2건의 처리 결과를 알려드립니다.

- https://blog.naver.com/sky_signal77/223568804412 : 블라인드 처리 완료(외부 노출 중단)
- https://blog.naver.com/profit_master_kr/223570226690 : 임시조치(30일간 접근 제한, 게시자 이의제기 기간 중)

그 밖의 게시물은 정책지원팀에서 일괄 회신할 예정입니다.

네이버 블로그팀 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog team notice (블라인드 / 임시조치) in a quoted-printable body",
    why="블라인드 is removed, 임시조치 with access restricted is restricted",
    items={N3: "removed", N5: "restricted"},
)

add(
    name="naver-wrapped-kin-url",
    date="Tue, 10 Sep 2024 10:02:13 +0900",
    **{"from": "kin-operation@navercorp.com"},
    name_from=h("네이버 지식iN 운영"),
    subject=h(f"[지식iN] 질문 삭제 안내 - {R1}"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 지식iN 운영 담당자입니다.

{R1} 중 지식iN 질문 1건을 운영정책(불법 금융 정보)에 따라 삭제하였습니다.

  https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&
  docId=471198765

해당 질문에 달린 답변도 함께 삭제되었습니다.

네이버 지식iN 운영 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Knowledge iN deletion notice with the question link wrapped by the mailer",
    why="the wrapped link is the requested question docId=471198765, stated deleted",
    items={N12: "removed"},
)

add(
    name="naver-ack-plus-statement",
    date="Wed, 04 Sep 2024 09:01:12 +0900",
    **{"from": "noreply-report@navercorp.com"},
    name_from=h("네이버 신고센터"),
    subject=h(f"[NAVER] 신고 접수 및 처리 결과 안내 ({R1})"),
    reply_to_req=mid(R1),
    body=f"""[NAVER 신고센터]

접수번호 NV-2409-558812로 귀 기관의 신고({R1})가 접수되었습니다.

접수된 게시물 중 아래 2건은 접수 즉시 삭제 조치되었습니다.
 - {N1}
 - {N2}

나머지 게시물은 담당자 확인 후 순차적으로 처리 결과를 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 receipt that also reports immediate deletions",
    why="an acknowledgement phrase plus two unhedged deletions: not a pure acknowledgement",
    items={N1: "removed", N2: "removed"},
)

add(
    name="naver-echoed-report",
    date="Fri, 06 Sep 2024 15:27:40 +0900",
    **{"from": "right@navercorp.com"},
    name_from=h("네이버 게시중단요청서비스"),
    subject=h("[네이버] 게시중단 요청 처리 결과 안내"),
    reply_to_req=mid(R1),
    body=f"""네이버 게시중단요청서비스 처리 결과를 안내해 드립니다.

■ 요청 번호 : {R1}

■ 신고 내역 (1)
  신고 URL  : {N7}
  신고 사유 : 불법 금융투자 정보
  처리 결과 : 게시중단

■ 신고 내역 (2)
  신고 URL  : {N8}
  신고 사유 : 불법 금융투자 정보
  처리 결과 : 게시물 없음 (작성자 삭제)

처리 결과에 이견이 있으시면 https://right.naver.com 에서 재요청하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice echoing the report fields",
    why="each echoed report has its own result: 게시중단 removed, 게시물 없음 not_found",
    items={N7: "removed", N8: "not_found"},
)

add(
    name="naver-cafe-age-restricted-english",
    date="Sat, 07 Sep 2024 12:40:00 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"[{R1}] Cafe post 5521 - outcome",
    reply_to_req=mid(R1),
    body=f"""Hello,

Following your request {R1}: the post at {N9}
has been restricted to members who have passed adult (19+) verification
and no longer appears in search results. The cafe manager has been
warned.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER English outcome note for an age-restricted cafe post",
    why="restricted to verified adults: restricted",
    items={N9: "restricted"},
)

add(
    name="daum-tistory-korean-slug",
    date="Mon, 09 Sep 2024 14:05:33 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h(f"[Kakao] 시정요구 {R2} 처리 결과 안내 (티스토리)"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

시정요구 번호: {R2}

1) 게시물 주소
{D3_RAW}
처리 결과: 임시조치(30일간 게시물 접근 차단)

2) https://bluefox-note.tistory.com/418은 블로그 운영자가 이미 삭제한 글로, 현재 존재하지 않습니다.

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 법령에 따라 처리됩니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice for Tistory posts (Korean-path URL)",
    why="raw Korean path matches the percent-encoded item (임시조치: restricted); the other post no longer exists (not_found)",
    items={D3: "restricted", D4: "not_found"},
)

add(
    name="daum-cafe-blind-and-kept",
    date="Fri, 06 Sep 2024 17:11:20 +0900",
    **{"from": "cafe-help@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    subject=h(f"Re: [{R2}] 개인정보 노출 게시물 시정요구"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

Daum 카페 jumsin-talk의 게시물 {D1} 는
특정인의 연락처와 주소가 노출되어 블라인드 처리되었습니다.

반면 {D2} 은 검토 결과 특정인을
식별할 수 있는 정보가 포함되어 있지 않아 별도의 조치를 하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations reply (블라인드 / 조치하지 않음)",
    why="one post 블라인드 (removed), the other left up with a reason (rejected)",
    items={D1: "removed", D2: "rejected"},
)

add(
    name="daum-english-statement-of-reasons",
    date="Tue, 10 Sep 2024 08:55:09 +0900",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject=f"Statement of reasons - your request {R2}",
    reply_to_req=mid(R2),
    body=f"""Statement of reasons

Request reference: {R2}
Service: Daum Cafe

Item 1: {D1}
Decision: content removed
Ground: disclosure of personal information (Kakao Operation Policy 3.2)

Item 2: {D2}
Decision: access temporarily blocked for 30 days (temporary measure under
Article 44-2 of the Network Act); the poster may request reposting.
Ground: alleged infringement of privacy, not yet determined

Automated means used: none
Redress: https://cs.kakao.com/requests?service=8

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons as sent by a Korean portal (Kakao) in English",
    why="item 1 removed; item 2 temporarily blocked (임시조치): restricted; the redress link is not an item",
    items={D1: "removed", D2: "restricted"},
)

add(
    name="dc-numbered-list",
    date="Mon, 09 Sep 2024 18:22:47 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"[디시인사이드] 요청 번호 {R3} 처리 결과 안내"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청 번호 {R3} 처리 결과를 안내드립니다.

1. {C1} - 삭제
2. {C2} - 삭제
3. {C3} - 이미 삭제된 게시물입니다 (작성자 삭제)
4. {C4} - 삭제 및 작성자 IP 차단
5. {C5} - 유지 (도박 사이트 홍보가 아닌 경기 예측 글로 판단)

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside helpdesk numbered result list (삭제 / 이미 삭제 / 유지)",
    why="each numbered link has its own result; 유지 with its reason is rejected",
    items={C1: "removed", C2: "removed", C3: "not_found", C4: "removed", C5: "rejected"},
)

add(
    name="dc-bare-url-status-below",
    date="Sat, 07 Sep 2024 13:14:09 +0900",
    **{"from": "cleanbot@dcinside.com"},
    name_from=h("디시인사이드 클린센터"),
    subject=h(f"Re: {R3} 불법 스포츠토토 홍보 게시물"),
    reply_to_req=mid(R3),
    body=f"""{C1}
→ 게시물 삭제 완료

{C2}
→ 게시물 삭제 완료, 작성자 30일 차단

{C3}
→ 존재하지 않는 글입니다

나머지 두 건은 마이너/미니 갤러리 매니저 확인 후 별도로 회신하겠습니다.

- 디시인사이드 클린센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside clean-centre reply: bare URL with its result on the next line",
    why="status on the line below each URL; the two other posts are only promised a later reply",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

add(
    name="dc-outlook-original-message",
    date="Mon, 09 Sep 2024 11:36:02 +0900",
    **{"from": "jh.kim@dcinside.com"},
    name_from=h("김재현"),
    subject=h(f"RE: [{R3}] 불법 스포츠토토 홍보 게시물 시정요구"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요, 디시인사이드 운영팀 김재현입니다.

5번 링크 {C5} 는 작성자가 이미 삭제한 글이라
저희 쪽에서도 확인되지 않습니다. 나머지 4건은 처리 중입니다.

김재현 드림

-----Original Message-----
From: KCSC 전자심의팀 <takedown@kcsc.example>
Sent: Friday, September 6, 2024 9:40 AM
To: helpdesk@dcinside.com
Subject: [{R3}] 불법 스포츠토토 홍보 게시물 시정요구

{our_request(R3, [C1, C2, C3, C4, C5], "불법 스포츠토토 홍보")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a DC Inside staff member over the quoted request (-----Original Message-----)",
    why="only link 5 is stated (deleted by its author: not_found); 'processing' covers the other four; the quoted request is not a statement",
    items={C5: "not_found", C1: "pending", C2: "pending", C3: "pending", C4: "pending"},
)

add(
    name="soop-english-vod",
    date="Thu, 12 Sep 2024 10:25:18 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject=f"Re: {R4} - outcome of your request",
    reply_to_req=mid(R4),
    body=f"""Dear KCSC,

We have reviewed the three items in {R4}.

- VOD {S1}: deleted for violating our adult
  content policy; the streamer's broadcasting rights are suspended for 7 days.
- VOD {S2}: set to private by SOOP operations
  and no longer viewable by anyone other than staff.
- Station post {S3}: still under review by
  our policy team.

Best regards,
SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) English trust-and-safety outcome list",
    why="deleted and set private by the operator are both removed; 'still under review' leaves the post pending",
    items={S1: "removed", S2: "removed", S3: "pending"},
)

add(
    name="soop-korean-age-restriction",
    date="Fri, 13 Sep 2024 14:50:37 +0900",
    **{"from": "cs@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    subject=h(f"[SOOP] {R4} 처리 결과 안내"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청하신 건({R4}) 처리 결과를 알려드립니다.

· {S3} 게시글은 성인 인증을 마친 이용자만
  볼 수 있도록 19세 연령 제한을 적용하였습니다.
· {S1} VOD는 운영정책 위반으로 삭제되었습니다.

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 notice (19세 연령 제한 / VOD 삭제)",
    why="age restriction is restricted, deletion is removed",
    items={S3: "restricted", S1: "removed"},
)

add(
    name="soop-text-table",
    date="Sat, 14 Sep 2024 09:12:44 +0900",
    **{"from": "policy@sooplive.com"},
    name_from="SOOP Policy",
    subject=h(f"RE: [{R4}] 음란 VOD 시정요구 조치결과"),
    reply_to_req=mid(R4),
    body=f"""시정요구 {R4} 조치결과

| No | URL                                                | 처리 결과                     |
|----|----------------------------------------------------|-------------------------------|
| 1  | {S1}        | 삭제                          |
| 2  | {S2}        | 확인 불가 (존재하지 않는 VOD) |
| 3  | {S3} | 유지 (운영정책 위반 아님)     |

SOOP 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in plain text from SOOP",
    why="one row per URL: deleted, nonexistent VOD (not_found), kept as not violating (rejected)",
    items={S1: "removed", S2: "not_found", S3: "rejected"},
)

add(
    name="fmkorea-base64-body",
    date="Wed, 11 Sep 2024 21:04:15 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    subject=h(f"{R5} 건 회신"),
    reply_to_req=mid(R5),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''{R5} 건 회신드립니다.

 {F1} — 마약류 매매 광고로 확인되어 삭제했습니다.
 {F2} — 같은 작성자의 글로 함께 삭제하고 해당 계정은 영구 정지했습니다.

에펨코리아 운영팀
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply in a base64 UTF-8 body",
    why="both posts stated deleted, each named",
    items={F1: "removed", F2: "removed"},
)

add(
    name="fmkorea-fullwidth-punctuation",
    date="Thu, 12 Sep 2024 08:30:00 +0900",
    **{"from": "report@fmkorea.com"},
    name_from=h("에펨코리아 신고센터"),
    subject=h(f"[에펨코리아] 신고 처리 결과 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""처리 결과：{F1}（삭제）、{F2}（작성자 탈퇴로 게시물 없음）

문의：report@fmkorea.com
""",
    outcome="applied", classification="confirmation",
    imitates="terse FM Korea report-desk result line with full-width punctuation",
    why="first post deleted; second gone because its author left (not_found)",
    items={F1: "removed", F2: "not_found"},
)

add(
    name="inven-html-link-text",
    date="Thu, 12 Sep 2024 16:18:51 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    subject=h(f"[인벤] 요청하신 게시물 처리 결과 안내 ({R6})"),
    reply_to_req=mid(R6),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 인벤 고객지원팀입니다.</p>
<p>요청하신 게시물({R6}) 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{I1}">리니지M 거래 게시판 글 (1834412)</a> : 운영정책 위반(계정 현금 거래)으로 삭제</li>
<li><a href="{I2}">메이플스토리 자유게시판 글 (902177)</a> : 존재하지 않는 게시물</li>
</ul>
<p>인벤 운영정책: <a href="https://www.inven.co.kr/common/policy/">https://www.inven.co.kr/common/policy/</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support HTML notice with linked post titles",
    why="each link (href) has its result: deleted, does not exist",
    items={I1: "removed", I2: "not_found"},
)

add(
    name="inven-url-below-statement",
    date="Fri, 13 Sep 2024 10:44:06 +0900",
    **{"from": "gm@inven.co.kr"},
    name_from=h("인벤 게시판 관리자"),
    subject=h(f"Re: [{R6}] 게임 계정 현금 거래 알선 게시물"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요. 인벤 게시판 관리자입니다.

아래 게시물은 계정 거래 알선으로 판단하여 삭제 처리했습니다.

{I1}

아래 게시물은 게임 내 아이템 시세 문의 글로, 현금 거래 유도 정황이 없어 유지합니다.

{I2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven board admin reply with the URL on the line below its statement",
    why="statement above each URL: deleted, kept with a reason (rejected)",
    items={I1: "removed", I2: "rejected"},
)

add(
    name="ppomppu-sole-item",
    date="Fri, 13 Sep 2024 19:03:27 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영진"),
    subject=h(f"Re: [{R7}] 중고거래 사기 유도 게시물 시정요구"),
    reply_to_req=mid(R7),
    body="""안녕하세요, 뽐뿌 운영진입니다.

요청하신 자유게시판 게시물은 확인 후 삭제 조치하였고, 작성자는 이용 정지되었습니다.

감사합니다.
뽐뿌 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operator's short reply in the request's thread",
    why="a one-item request answered in its thread: the single post is stated deleted",
    items={P1: "removed"},
)

add(
    name="ppomppu-angle-brackets-kept",
    date="Sat, 14 Sep 2024 11:21:40 +0900",
    **{"from": "cs@ppomppu.co.kr"},
    name_from=h("뽐뿌 고객센터"),
    subject=h(f"[뽐뿌] {R7} 검토 결과"),
    reply_to_req=mid(R7),
    body=f"""<{P1}>은 거래 후기 글로, 사기 정황이 확인되지 않아 게시물을 유지합니다.
수사기관의 요청이 있으면 다시 검토하겠습니다.

뽐뿌 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu customer-centre refusal with the URL in angle brackets followed by a Korean particle",
    why="the post stays up because no fraud was found: rejected (a possible later review does not hedge the decision)",
    items={P1: "rejected"},
)

# ================================================================ REVIEW

add(
    name="naver-promise-will-delete",
    date="Wed, 04 Sep 2024 15:10:00 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"Re: [{R1}] 불법 금융투자 정보 시정요구"),
    reply_to_req=mid(R1),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 {N1}, {N2}
게시물은 내부 검토를 거쳐 삭제될 예정입니다. 처리가 완료되면 다시 안내드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion after internal review",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

add(
    name="naver-under-review-english",
    date="Thu, 05 Sep 2024 18:45:12 +0900",
    **{"from": "legal-kr@navercorp.com"},
    name_from="NAVER Legal",
    subject=f"RE: {R1} Knowledge iN items",
    reply_to_req=mid(R1),
    body=f"""Dear KCSC team,

The Knowledge iN questions
{N11} and
{N12}
are currently under review by our legal team. We expect to update you by
20 September.

Regards,
NAVER Legal
""",
    outcome="review", review="not_understood",
    imitates="NAVER legal team interim 'under review' reply",
    why="under review is not a status; named items stay pending",
    items={N11: "pending", N12: "pending"},
)

add(
    name="naver-bulk-all-twelve",
    date="Tue, 10 Sep 2024 19:00:41 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"Re: {R1}",
    reply_to_req=mid(R1),
    body=f"""Hello,

All twelve links reported under {R1} have now been actioned and are
no longer accessible on NAVER.

NAVER Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line bulk confirmation for a multi-item request",
    why="a statement about all items without naming each, for a 12-item request: bulk review",
    items={u: "pending" for u in NAVER},
)

add(
    name="naver-contact-change-no-claims",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h("[NAVER] 시정요구 접수 창구 변경 안내"),
    body="""안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 기관 시정요구 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy-support@navercorp.com
 - 변경 후: gov-request@navercorp.com

기존 주소로 보내주신 요청도 10월 31일까지는 자동으로 전달됩니다.
자세한 내용은 https://policy.naver.com/policy/gov_request.html 을 참고해 주십시오.

네이버 정책지원팀 드림
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice changing the contact address for authority requests",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

add(
    name="daum-hedge-appears",
    date="Wed, 11 Sep 2024 13:33:09 +0900",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject=f"Re: {R2} Tistory post 418",
    reply_to_req=mid(R2),
    body=f"""Hello,

It appears that the post at {D4} may have been
removed by the blog owner, but we are still confirming this with the
Tistory team. We will write again once we have a definite answer.

Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedged status",
    why="'appears ... may have been removed' is a hedge: pending",
    items={D4: "pending"},
)

add(
    name="daum-wrong-platform-dc-links",
    date="Fri, 06 Sep 2024 10:20:30 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    subject=h("[Kakao] 보내주신 링크 관련 안내"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 링크 중 아래 2건은 Daum 또는 카카오 서비스의 게시물이 아니어서
저희가 조치할 수 없으며, 저희 시스템에서도 확인되지 않습니다.

 - {C1}
 - {C2}

해당 사이트(디시인사이드)에 직접 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply that links sent to it belong to another site",
    why="Kakao speaks about DC Inside items; it cannot give their status",
    items={C1: "pending", C2: "pending"},
)

add(
    name="dc-untrusted-auth-fail",
    date="Sun, 08 Sep 2024 02:14:55 +0900",
    **{"from": "helpdesk@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"[디시인사이드] {R3} 처리 완료"),
    auth="fail",
    body=f"""{R3} 요청 처리 완료 안내

{C1} - 삭제
{C2} - 삭제

디시인사이드 운영팀
""",
    outcome="review", review="untrusted",
    imitates="DC Inside result list arriving with failed DKIM/SPF/DMARC",
    why="sender domain is DC Inside's but authentication failed",
    items={C1: "pending", C2: "pending"},
)

add(
    name="soop-unknown-sender-gmail",
    date="Wed, 11 Sep 2024 22:48:03 +0900",
    **{"from": "soop.cs.team@gmail.com"},
    name_from=h("SOOP 운영팀"),
    subject=h(f"Re: {R4} 처리 결과"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요 SOOP 운영팀입니다.
{S1} VOD는 삭제 처리되었습니다.
감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="reply claiming to be SOOP operations from a free-mail address",
    why="gmail.com is not a SOOP sender domain",
    items={S1: "pending"},
)

add(
    name="soop-conditional-deletion",
    date="Tue, 10 Sep 2024 16:02:19 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject=f"Re: {R4} station post",
    reply_to_req=mid(R4),
    body=f"""안녕하세요, SOOP 세이프티팀입니다.

{S3} 게시글에 대해 게시자에게 소명 요청을 보냈습니다.
게시자가 7일 이내에 소명하지 않으면 해당 게시글은 삭제됩니다.
""",
    outcome="review", review="not_understood",
    imitates="SOOP notice of a conditional deletion pending the poster's explanation",
    why="deletion depends on a condition: no status",
    items={S3: "pending"},
)

add(
    name="fmkorea-bulk-all-deleted",
    date="Wed, 11 Sep 2024 09:40:22 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영팀"),
    subject=h(f"Re: [{R5}] 마약류 매매 광고 시정요구"),
    reply_to_req=mid(R5),
    body="""요청하신 게시물 모두 삭제 처리했습니다. 작성자 계정도 정지했습니다.

에펨코리아 운영팀
""",
    outcome="review", review="bulk",
    imitates="FM Korea one-line 'all deleted' reply",
    why="'모두 삭제' for a two-item request without naming each: bulk",
    items={F1: "pending", F2: "pending"},
)

add(
    name="inven-asks-official-letter",
    date="Wed, 11 Sep 2024 15:55:00 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    subject=h(f"[인벤] {R6} 관련 자료 요청"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

{I1} 게시물 조치를 위해 위원회 시정요구서(공문) 사본과
위반 근거 법령을 회신해 주시기 바랍니다. 자료 확인 후 처리하겠습니다.

인벤 고객지원팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Inven request for the official letter before acting",
    why="the platform asks for documents; nothing is stated about the post",
    items={I1: "pending"},
)

add(
    name="ppomppu-forwarded-moderator",
    date="Sun, 15 Sep 2024 20:12:33 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영진"),
    subject=h(f"Fwd: 자유게시판 9123456 처리 ({R7})"),
    body=f"""자유게시판 모더레이터의 회신을 전달드립니다.

---------- Forwarded message ---------
From: 자유게시판 모더레이터 <freeboard.mod77@gmail.com>
Date: 2024년 9월 15일 (일) 오후 7:58
Subject: 자유게시판 9123456 처리
To: <admin@ppomppu.co.kr>

{P1} 글 삭제했습니다.
작성자는 30일 정지 걸어뒀어요.
""",
    outcome="review", review="forwarded",
    imitates="Ppomppu admin forwarding a volunteer moderator's note",
    why="the statement is the moderator's, inside a forwarded message, not the platform's own",
    items={P1: "pending"},
)

# ================================================================ IGNORED

add(
    name="naver-out-of-office-chuseok",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=h("한지우"),
    subject=h(f"[자동회신] Re: [{R1}] 미처리 건 확인 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로 연락 부탁드립니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply during Chuseok",
    why="auto-reply: ignored",
    items={},
)

dsn_headers = f"""Return-Path: <takedown@kcsc.example>
From: KCSC <takedown@kcsc.example>
To: report@dcinside.com
Subject: [{R3}] =?UTF-8?B?{base64.b64encode('불법 스포츠토토 홍보 게시물 시정요구'.encode()).decode()}?=
Date: Fri, 06 Sep 2024 09:40:00 +0900
Message-ID: <{mid(R3)}-cc@kcsc.example>"""
add(
    name="dc-dsn-user-unknown",
    date="Fri, 06 Sep 2024 09:40:21 +0900",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"},
    name_from="Mail Delivery System",
    subject=f"Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.6Q2kz"

This is a MIME-encapsulated message.

--dsn.6Q2kz
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx.dcinside.com[local] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn.6Q2kz
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 09:40:19 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dsn.6Q2kz
Content-Type: message/rfc822

{dsn_headers}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{our_request(R3, [C1, C2, C3, C4, C5], "불법 스포츠토토 홍보")}

--dsn.6Q2kz--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="bounce: ignored; the URLs are in the returned request",
    items={},
)

add(
    name="soop-read-receipt",
    date="Mon, 09 Sep 2024 11:30:47 +0900",
    **{"from": "minseo.lee@sooplive.co.kr"},
    name_from=h("이민서"),
    subject=h(f"읽음 확인: [{R4}] 음란 VOD 및 방송국 게시글 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_91b0"

--mdn_91b0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀하가 보낸 메시지를 수신자가 읽었습니다.

받는 사람: minseo.lee@sooplive.co.kr
제목: [{R4}] 음란 VOD 및 방송국 게시글 시정요구
읽은 시간: 2024-09-09 오전 11:30

--mdn_91b0
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Outlook
Final-Recipient: rfc822; minseo.lee@sooplive.co.kr
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_91b0--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음 확인) as an MDN",
    why="read receipt: ignored",
    items={},
)

add(
    name="daum-ticket-receipt",
    date="Thu, 05 Sep 2024 14:31:12 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    subject=h(f"[카카오 고객센터] 문의가 접수되었습니다 (접수번호 #2409-77120) - {R2}"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호: #2409-77120
 - 문의 제목: [{R2}] 개인정보 노출 게시물 시정요구

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 걸릴 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure acknowledgement: ticket created, nothing stated",
    items={},
)

add(
    name="inven-ack-received",
    date="Wed, 11 Sep 2024 10:00:40 +0900",
    **{"from": "no-reply@inven.co.kr"},
    name_from=h("인벤"),
    subject=h(f"[인벤] 요청이 접수되었습니다 - {R6}"),
    body=f"""인벤 고객지원에 요청해 주셔서 감사합니다.

접수 번호: INV-240911-0392
요청 제목: [{R6}] 게임 계정 현금 거래 알선 게시물

담당자가 내용을 확인한 뒤 3영업일 이내에 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Inven support ticket receipt",
    why="pure acknowledgement naming the request only",
    items={},
)

add(
    name="nate-noreply-auto",
    date="Tue, 10 Sep 2024 12:00:05 +0900",
    **{"from": "noreply@nate.com"},
    name_from="Nate",
    subject="Auto-reply: KCSC correction request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated message. This mailbox is not monitored.
이 메일 주소는 발신 전용으로 회신이 확인되지 않습니다.
Please use the Nate customer centre (https://helpdesk.nate.com) for enquiries.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Nate no-reply mailbox auto-response",
    why="auto-reply from an unmonitored mailbox: ignored",
    items={},
)

add(
    name="ppomppu-ooo-with-quote",
    date="Mon, 16 Sep 2024 09:05:00 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영진"),
    subject=h(f"[부재중] Re: [{R7}] 중고거래 사기 유도 게시물 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""[자동 응답] 추석 연휴(9/14~9/18) 동안 운영진 메일 응대가 중단됩니다.
연휴 이후 순차적으로 답변드리겠습니다.

-----원본 메시지-----
{quote_gt(our_request(R7, [P1], "중고거래 사기 유도"))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Ppomppu holiday auto-reply quoting the request",
    why="auto-reply; the URL is only in the quoted request",
    items={},
)

HEADER = f"""# Blind set 783 (tests/corpus/blind783/): Korean portals and community sites,
# Korean and English mixed. Generated by make.py; expected results written from
# each email's meaning before any run of the reader. Largest request: {R1}.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
