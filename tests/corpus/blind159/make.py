#!/usr/bin/env python3
"""Blind set 159: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu, Clien), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind159/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on this set. All names, URLs and ids are invented.
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

SET = "blind159"


def h(s):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_deal/223501234567"
N2 = "https://blog.naver.com/moonlit_deal/223501239980"
N3 = "https://blog.naver.com/PostView.naver?blogId=sky_toto88&logNo=223487710021"
N4 = "https://cafe.naver.com/quietriver77/18842"
N5 = "https://cafe.naver.com/quietriver77/18903"
N6 = "https://cafe.naver.com/greenbetclub/5521"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471234567"
N8_RAW = "https://in.naver.com/달빛거래/contents/internal/712345678901234"
N8 = "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EA%B1%B0%EB%9E%98/contents/internal/712345678901234"
N9 = "https://blog.naver.com/jade_harbor21/223510045512"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31234567&articleid=2291"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567"
N12 = "https://blog.naver.com/jade_harbor21/223510047700"
N13 = "https://m.cafe.naver.com/greenbetclub/5634"

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=8812345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440123"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440187"
D4 = "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=2231"
D5 = "https://m.dcinside.com/board/baseball_new11/9912345"

K1 = "https://cafe.daum.net/pinehill/Ab3x/512"
K2 = "https://cafe.daum.net/pinehill/Ab3x/537"
K3 = "https://cafe.daum.net/silvercoin88/ZzQ1/98"
K4 = "https://cafe.daum.net/_c21_/bbs_read?grpid=1LmNo&fldid=Kd7&datanum=204"

S1 = "https://vod.sooplive.co.kr/player/131234567"
S2 = "https://vod.sooplive.co.kr/player/131240012"
S3 = "https://ch.sooplive.co.kr/ghostfox77/post/99812345"

F1 = "https://www.fmkorea.com/7301234567"
F2 = "https://www.fmkorea.com/7301298811"

I1 = "https://www.inven.co.kr/board/lostark/4811/123456"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8812233"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4451290"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", "kcsc-req-240902-01@kcsc.example", "도박 홍보 블로그·카페·지식iN",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]),
    ("KCSC-240903-02", "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_finance", "kcsc-req-240903-02@kcsc.example", "리딩방·코인 사기 홍보 갤러리 글",
     [D1, D2, D3, D4, D5]),
    ("KCSC-240904-03", "daum", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", "kcsc-req-240904-03@kcsc.example", "Daum 카페 게시글",
     [K1, K2, K3, K4]),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "kcsc-req-240905-04@kcsc.example", "VOD 2건, 방송국 게시글 1건",
     [S1, S2, S3]),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "kcsc-req-240906-05@kcsc.example", "",
     [F1, F2]),
    ("KCSC-240909-06", "inven", "2024-09-09T15:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "illegal_gambling", "kcsc-req-240909-06@kcsc.example", "게임 아이템 사설 도박 홍보",
     [I1]),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T14:10:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_finance", "kcsc-req-240910-07@kcsc.example", "",
     [P1, P2]),
]

REQ_NAVER = "kcsc-req-240902-01"
REQ_DC = "kcsc-req-240903-02"
REQ_DAUM = "kcsc-req-240904-03"
REQ_SOOP = "kcsc-req-240905-04"
REQ_FM = "kcsc-req-240906-05"
REQ_INVEN = "kcsc-req-240909-06"
REQ_PP = "kcsc-req-240910-07"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = h(kw["name_from"])
    CASES.append(kw)


# ======================= applied =======================

case(
    name="naver-result-table-html",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with an HTML 조치결과 table (연번/URL/서비스/조치결과/조치일)",
    why="trusted NAVER table, one row per URL with 삭제/비공개/게시중단/임시조치/블라인드/게시물 없음/국내 접속 차단/위반사항 없음",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 조치결과 회신"),
    reply_to_req=REQ_NAVER,
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>2024. 9. 2. 요청하신 시정요구(KCSC-240902-01) 건 중 아래 8건의 조치 결과를 회신드립니다.
나머지 게시물은 확인이 끝나는 대로 따로 말씀드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>서비스</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>블로그</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>블로그</td><td>비공개 처리(운영자)</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{N3.replace('&', '&amp;')}">{N3.replace('&', '&amp;')}</a></td><td>블로그</td><td>위반사항 없음(게시 유지)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>카페</td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>카페</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>카페</td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td>7</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>지식iN</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>8</td><td><a href="{N8}">{N8_RAW}</a></td><td>인플루언서</td><td>국내 접속 차단</td><td>2024-09-05</td></tr>
</table>
<p>네이버 운영정책은 <a href="https://policy.naver.com/rules/service_operation.html">https://policy.naver.com/rules/service_operation.html</a> 에서 보실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>""",
    items={N1: "removed", N2: "removed", N3: "rejected", N4: "removed", N5: "restricted",
           N6: "removed", N7: "not_found", N8: "restricted"},
)

_csv_naver = "\ufeff" + "\r\n".join([
    "no,url,result,detail,processed_at",
    f"1,{N9},삭제,운영정책 위반(불법 도박 홍보),2024-09-06 11:20",
    f"2,\"{N10}\",게시중단,,2024-09-06 11:24",
    f"3,\"{N11}\",접근제한(국내),국내 IP 접속 차단,2024-09-06 11:31",
    f"4,{N12},유지,위반 사항 확인되지 않음,",
    f"5,{N13},게시물 없음,이미 삭제된 게시물,",
]) + "\r\n"
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER bulk reply with the per-URL result sheet as a UTF-8 (BOM) CSV attachment",
    why="trusted NAVER mail whose CSV gives one result per URL for the remaining five items",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 13:05:44 +0900",
    subject=h("RE: [KCSC-240902-01] 잔여 게시물 처리 결과 (첨부)"),
    reply_to_req=REQ_NAVER,
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7f3a11"

--=_nv_7f3a11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 지난 회신에 포함되지 않은 게시물 5건의 처리 결과를
첨부한 CSV 파일로 보내드립니다. 열람에 문제가 있으면 알려주세요.

감사합니다.

--=_nv_7f3a11
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(_csv_naver)}
--=_nv_7f3a11--
""",
    items={N9: "removed", N10: "removed", N11: "restricted", N12: "rejected", N13: "not_found"},
)

case(
    name="naver-en-prose-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal, one prose sentence per URL",
    why="removed, rejected with its reason, and not found because the author deleted it, each naming its URL",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 09:18:02 +0900",
    subject="Re: KCSC-240902-01 - request to remove illegal content",
    reply_to_req=REQ_NAVER,
    body=f"""Dear KCSC team,

Thank you for your request of 2 September. We have now completed our review
of three of the URLs.

We removed the blog post {N2} because it promoted an
unlicensed betting site, which our operating policy prohibits.

We did not remove {N3}. The post is a
personal review of a sports match and we found no gambling promotion or other
breach of our policy or of Korean law in it; it remains available.

The Knowledge iN question at
{N7}
no longer exists. Its author deleted it before our review started.

Kind regards,
Trust & Safety, NAVER Corp.
https://help.naver.com/service/5614/contents/19221
""",
    items={N2: "removed", N3: "rejected", N7: "not_found"},
)

case(
    name="naver-influencer-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-team notice with 대상/조치/일시 fields, URL with an unencoded Korean path",
    why="single field-style statement: the raw Korean path is the percent-encoded request URL, 국내 접속 차단 is restricted",
    **{"from": "influencer-ops@navercorp.com"},
    name_from="네이버 인플루언서 운영팀",
    date="Thu, 05 Sep 2024 15:10:37 +0900",
    subject=h("[네이버] KCSC-240902-01 인플루언서 콘텐츠 조치 안내"),
    reply_to_req=REQ_NAVER,
    body=f"""안녕하세요, 네이버 인플루언서 검색 운영팀입니다.

시정요구 KCSC-240902-01 가운데 인플루언서 콘텐츠 1건에 대한 결과를 알려드립니다.

대상: {N8_RAW}
조치: 국내 접속 차단 (해외 IP에서는 계속 노출될 수 있습니다)
일시: 2024.09.05 14:00

이 메일은 발신 전용이 아니므로 회신하셔도 됩니다.
""",
    items={N8: "restricted"},
)

case(
    name="dc-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply: numbered URL list with 삭제 완료 / 존재하지 않는 게시물",
    why="three numbered URL lines with their results; the last line's promise about two others names no URL",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Wed, 04 Sep 2024 18:22:51 +0900",
    subject=h("[디시인사이드] [KCSC-240903-02] 게시물 조치 결과 안내"),
    reply_to_req=REQ_DC,
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료 (작성자 IP 차단 병행)
3. {D3} - 작성자가 먼저 삭제하여 존재하지 않는 게시물입니다

나머지 2건은 갤러리 관리자 확인 후 다시 안내드리겠습니다.

디시인사이드 고객센터 드림
""",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-url-then-status-below",
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up: bare URL on one line, arrow and result on the next",
    why="two URL blocks, each followed by its result line: 게시 유지 (no breach) and 삭제 처리 완료",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Fri, 06 Sep 2024 10:03:19 +0900",
    subject=h("Re: [KCSC-240903-02] 추가 회신"),
    reply_to_req=REQ_DC,
    body=f"""지난번 말씀드린 남은 2건의 처리 결과입니다.

{D4}
→ 검토 결과 게시 유지 (신고 사유에 해당하는 내용이 확인되지 않았습니다)

{D5}
→ 삭제 처리 완료

문의 사항은 이 메일로 회신 주세요.
""",
    items={D4: "rejected", D5: "removed"},
)

case(
    name="daum-imsi-jochi-notice",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="임시조치 (30-day access block) of two listed cafe posts is restricted; deletion after the period is only a future possibility",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Thu, 05 Sep 2024 11:47:00 +0900",
    subject=h("[Daum] 요청하신 게시물의 임시조치 결과 안내 (KCSC-240904-03)"),
    reply_to_req=REQ_DAUM,
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 아래와 같이 임시조치(30일간 게시물 접근 차단)하였음을
알려드립니다.

■ 임시조치 게시물
 - {K1}
 - {K2}

■ 임시조치 기간: 2024.09.05 ~ 2024.10.04

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은
삭제됩니다. 임시조치에 관한 자세한 내용은 아래 도움말을 참고해 주세요.
https://cs.daum.net/faq/95/7580.html

감사합니다.
""",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="daum-en-deleted-and-missing",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety-centre English reply: one URL deleted, one cannot be located",
    why="deleted under policy, and a link that leads to no existing article is not_found",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Safety Center",
    date="Fri, 06 Sep 2024 16:30:12 +0900",
    subject="Re: [KCSC-240904-03] Removal request - Daum Cafe",
    reply_to_req=REQ_DAUM,
    body=f"""Hello,

This is Kakao Safety Center replying about your request KCSC-240904-03.

- {K3}
  This cafe article was deleted under the Daum Cafe operating policy on
  6 September 2024, and the cafe received a warning.

- {K4}
  We were unable to locate this article. The link does not lead to any
  existing post in that cafe.

If you need anything else, please reply to this email.

Kakao Safety Center
""",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="soop-en-bullets-one-pending",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety English reply with one bullet per VOD/station post",
    why="VOD deleted, VOD set to 19+ viewing (age-restricted), station post still under review (stays pending)",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 19:55:08 +0900",
    subject="Re: KCSC-240905-04 Removal request (VOD / station)",
    reply_to_req=REQ_SOOP,
    body=f"""Dear KCSC,

Regarding the three items in your request:

* VOD 131234567 ({S1}): deleted. The
  broadcaster has also received a 7-day broadcast suspension.
* VOD 131240012 ({S2}): not deleted, but
  we have set it to 19+ viewing, so it is no longer available to minors or to
  viewers who are not logged in.
* Station post {S3}: our station policy
  team is still reviewing it. We will write to you again.

SOOP Trust & Safety
""",
    items={S1: "removed", S2: "restricted", S3: "pending"},
)

case(
    name="soop-station-blind-ko",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 Korean notice: station post 블라인드 처리, URL in parentheses followed by a particle",
    why="블라인드 처리 of the station post is removed; the URL in parentheses is followed by 은",
    **{"from": "helpdesk@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 10:12:40 +0900",
    subject=h("[SOOP] 방송국 게시글 처리 결과 안내 (KCSC-240905-04)"),
    reply_to_req=REQ_SOOP,
    body=f"""안녕하세요, SOOP 고객센터입니다.

지난 회신에서 검토 중이라고 말씀드린 ghostfox77 방송국 게시글({S3})은
운영정책 위반(청소년 유해 게시물)으로 확인되어 블라인드 처리되었습니다.
게시자에게는 방송국 글쓰기 7일 제한 조치가 함께 적용되었습니다.

SOOP 운영정책: https://www.sooplive.co.kr/policy/operation
""",
    items={S3: "removed"},
)

case(
    name="fmkorea-outlook-top-post-ids",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the quoted request (-----Original Message-----), items named by post id",
    why="top text names each post by its document number (the whole URL path): 운영자 삭제 and 이미 작성자가 지운 글; quoted request is not a statement",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Fri, 06 Sep 2024 17:31:26 +0900",
    subject=h("RE: [KCSC-240906-05] 불법정보 삭제 요청"),
    reply_to_req=REQ_FM,
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

요청하신 2건 확인했습니다.
7301234567 글은 운영자 삭제했고 작성자는 영구 이용정지 처리했습니다.
7301298811 글은 이미 작성자가 지운 글이라 저희 쪽에서도 확인되지 않습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:00 AM
To: admin@fmkorea.com
Subject: [KCSC-240906-05] 불법정보 삭제 요청

아래 게시물 2건은 마약류 판매 광고로 심의 결과 시정요구 대상입니다.
1. {F1}
2. {F2}
조치 결과를 9월 13일까지 회신해 주시기 바랍니다.
""",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="inven-sole-statement-ko",
    outcome="applied", classification="confirmation",
    imitates="Inven 고객센터 short Korean reply to a one-item request, no URL repeated",
    why="one-item request referenced in subject and thread; '요청하신 게시물은 삭제 처리' is its sole statement",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Tue, 10 Sep 2024 11:02:33 +0900",
    subject=h("RE: [KCSC-240909-06] 게시물 삭제 요청의 건"),
    reply_to_req=REQ_INVEN,
    body="""안녕하세요, 인벤 고객센터입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
작성자 계정에는 커뮤니티 이용 제한이 함께 적용되었습니다.

감사합니다.
인벤 고객센터
""",
    items={I1: "removed"},
)

case(
    name="ppomppu-gmail-fullwidth-colon",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') above the '>'-quoted request, URLs followed by a full-width colon",
    why="top text: freeboard post 삭제 완료, phone-forum post kept because it breaks no rule (rejected); the quote below is the request",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영진",
    date="Wed, 11 Sep 2024 09:41:57 +0900",
    subject=h("Re: [KCSC-240910-07] 게시물 시정요구"),
    reply_to_req=REQ_PP,
    body=f"""안녕하세요, 뽐뿌 운영진입니다.

{P1}：삭제 완료
{P2}：단순 기기 사용 후기로 운영규정 위반 사항이 없어 게시 유지합니다.

감사합니다.

2024년 9월 10일 (화) 오후 2:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물에 대하여 시정요구합니다. (KCSC-240910-07)
> {P1}
> {P2}
> 조치 후 결과를 회신해 주십시오.
""",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="naver-qp-cafe-list",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영정책팀 notice sent quoted-printable, 'URL : 결과' bullet list",
    why="quoted-printable Korean body: 게시중단 (removed), 임시조치 (restricted), 블라인드 (removed)",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영정책팀",
    date="Wed, 04 Sep 2024 14:26:05 +0900",
    subject=h("[네이버 카페] KCSC-240902-01 카페 게시글 처리 결과"),
    reply_to_req=REQ_NAVER,
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''네이버 카페 운영정책팀입니다.

KCSC-240902-01 관련하여 카페 게시글 3건의 처리 결과를 안내드립니다.

- {N4} : 게시중단
- {N5} : 임시조치 (30일)
- {N6} : 블라인드 처리 및 카페 매니저 경고

카페 운영정책 안내: https://cafe.naver.com/cafesupport/policy
''')}
""",
    items={N4: "removed", N5: "restricted", N6: "removed"},
)

case(
    name="inven-en-all-content-one-item",
    outcome="applied", classification="confirmation",
    imitates="English community-team reply: 'all of the content you reported has been removed'",
    why="statement about all reported content, but the referenced request has one item, so it applies",
    **{"from": "community@inven.co.kr"},
    name_from="Inven Community Team",
    date="Wed, 11 Sep 2024 16:08:14 +0900",
    subject="Re: KCSC-240909-06",
    reply_to_req=REQ_INVEN,
    body="""Hello,

All of the content you reported in KCSC-240909-06 has been removed from Inven.
The member's posting rights have also been suspended for 30 days.

Best regards,
Inven Community Team
""",
    items={I1: "removed"},
)

_dc_html = f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.<br>
KCSC-240903-02 건 전체 처리 현황을 표로 정리해 드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>처리결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{D1.replace('&', '&amp;')}</td><td>삭제</td><td>IP 차단</td></tr>
<tr><td>2</td><td>{D2.replace('&', '&amp;')}</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>{D3.replace('&', '&amp;')}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>4</td><td>{D4.replace('&', '&amp;')}</td><td>유지</td><td>규정 위반 아님</td></tr>
<tr><td>5</td><td>{D5}</td><td>삭제</td><td></td></tr>
</tbody></table>
<p>디시인사이드 운영팀</p>
</body></html>
"""
case(
    name="dc-html-table-base64",
    outcome="applied", classification="confirmation",
    imitates="DC Inside status table (번호/게시물 주소/처리결과/비고) in a base64 HTML part",
    why="all five items in one table: 삭제, 삭제, 게시물 없음(작성자 삭제), 유지(규정 위반 아님), 삭제",
    **{"from": "ops@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 09:15:00 +0900",
    subject=h("[KCSC-240903-02] 처리 현황 정리"),
    reply_to_req=REQ_DC,
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dc_html)}
""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed"},
)

case(
    name="soop-en-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Short English update from a streaming platform, URLs in angle brackets",
    why="VOD removed; second VOD age-restricted (19+) and kept for verified adults",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 12:00:41 +0900",
    subject="Update: KCSC-240905-04",
    reply_to_req=REQ_SOOP,
    body=f"""Hi,

A short update on your request KCSC-240905-04.

The VOD <{S1}> was removed on 6 September.
The VOD <{S2}> has been age-restricted (19+);
it stays on the service for verified adult users only.

Thanks,
SOOP Trust & Safety
""",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="naver-particles-and-fullwidth-parens",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team Korean reply: URLs directly followed by particles (은/는) and full-width parentheses",
    why="게시중단 (removed), 비공개 처리 완료 (removed), 이미 삭제된 게시물 (not_found)",
    **{"from": "blog-policy@navercorp.com"},
    name_from="네이버 블로그팀",
    date="Thu, 05 Sep 2024 10:44:29 +0900",
    subject=h("RE: [KCSC-240902-01] 블로그·카페 게시물 처리 결과"),
    reply_to_req=REQ_NAVER,
    body=f"""안녕하세요. 네이버 블로그팀입니다.

요청 주신 게시물 가운데 3건의 처리 결과입니다.

1) {N1}은 게시중단 처리했습니다.
2) {N9}（비공개 처리 완료）
3) {N13}는 이미 삭제된 게시물입니다.

감사합니다.
""",
    items={N1: "removed", N9: "removed", N13: "not_found"},
)

case(
    name="daum-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고센터 result mail echoing each report form ([신고 접수 내용] / [처리 결과])",
    why="each echoed report gives its URL and 조치 내용: 게시물 삭제 (removed), 게시물이 존재하지 않음 (not_found)",
    **{"from": "noreply-report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date="Sat, 07 Sep 2024 08:30:00 +0900",
    subject=h("[카카오 신고센터] 신고하신 내용의 처리 결과를 알려드립니다"),
    body=f"""카카오 신고센터입니다. 신고하신 내용의 처리 결과를 알려드립니다.

[신고 접수 내용]
접수번호: R-2409-0071823
신고 유형: 권리침해(명예훼손)
신고 대상: {K2}
신고인: 방송통신심의위원회 (KCSC-240904-03)

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시물 삭제 및 작성자 카페 활동 정지

-------------------------------------------

[신고 접수 내용]
접수번호: R-2409-0071824
신고 유형: 권리침해(명예훼손)
신고 대상: {K4}
신고인: 방송통신심의위원회 (KCSC-240904-03)

[처리 결과]
처리 상태: 처리 완료
조치 내용: 해당 게시물이 존재하지 않아 조치할 수 없음

본 메일은 발신 전용입니다. 문의는 카카오 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    items={K2: "removed", K4: "not_found"},
)

case(
    name="naver-dsa-style-sor-wrapped",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Content/Decision/Ground/Redress) from a Korean portal, one URL wrapped in angle brackets",
    why="N11 disabled for users in Korea (restricted; URL wrapped inside <...>), N10 removed; the redress link is the platform's own",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 21:03:55 +0900",
    subject="Statement of reasons - KCSC-240902-01",
    reply_to_req=REQ_NAVER,
    body=f"""Statement of reasons

1.
Content:  <https://post.naver.com/viewer/postView.naver?volumeNo=38123456&
           memberNo=51234567>
Decision: Visibility restricted - the post is disabled for users in the
          Republic of Korea.
Ground:   Illegal content under Article 44-7 of the Network Act
          (KCSC request KCSC-240902-01).
Automated means used: No

2.
Content:  {N10}
Decision: Removal of the content.
Ground:   Illegal content and violation of the NAVER Cafe operating policy.
Automated means used: No

Redress: the uploader may object at https://help.naver.com/inquiry/objection
""",
    items={N11: "restricted", N10: "removed"},
)

case(
    name="naver-receipt-plus-results",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 완료 mail that also carries results for two URLs",
    why="acknowledgement phrase, but it also states 게시 유지 (rejected) and 작성자 삭제 (not_found) for named URLs",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 03 Sep 2024 16:50:08 +0900",
    subject=h("[접수완료] KCSC-240902-01 시정요구 접수 안내"),
    reply_to_req=REQ_NAVER,
    body=f"""요청이 정상적으로 접수되었습니다. (접수번호 NV-2409-55123)

아울러 먼저 확인이 끝난 2건의 결과를 함께 알려드립니다.

- {N12}
  확인 결과 운영정책 및 관련 법령 위반 사항이 없어 게시 유지 결정되었습니다.
- {N7}
  이미 작성자가 삭제한 질문으로, 현재 존재하지 않습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.
""",
    items={N12: "rejected", N7: "not_found"},
)

case(
    name="dc-bilingual-bullets",
    outcome="applied", classification="confirmation",
    imitates="Bilingual (English/Korean) abuse-desk reply with '- URL : status / 상태' bullets",
    why="not found / 존재하지 않는 게시물 and removed / 삭제 완료, each on its URL's line",
    **{"from": "abuse@dcinside.com"},
    name_from="DC Inside Abuse Desk",
    date="Thu, 05 Sep 2024 13:37:21 +0900",
    subject="Re: [KCSC-240903-02] response / 회신",
    reply_to_req=REQ_DC,
    body=f"""Dear KCSC,

Please find our response (회신) below:

- {D3} : not found / 존재하지 않는 게시물
- {D5} : removed / 삭제 완료

Regards,
DC Inside Abuse Desk
""",
    items={D3: "not_found", D5: "removed"},
)

case(
    name="ppomppu-text-table",
    outcome="applied", classification="confirmation",
    imitates="Plain-text pipe table (No | URL | 처리결과) from a community site's moderators",
    why="two table rows: 삭제 (removed), 유지 - 규정 위반 아님 (rejected)",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="Ppomppu",
    date="Thu, 12 Sep 2024 15:20:30 +0900",
    subject=h("[뽐뿌] KCSC-240910-07 처리 결과"),
    reply_to_req=REQ_PP,
    body=f"""KCSC-240910-07 처리 결과입니다.

No | {'URL':<66}| 처리결과
---+{'-' * 67}+------------------------
1  | {P1:<66}| 삭제
2  | {P2:<66}| 유지 (규정 위반 아님)

뽐뿌 운영진
""",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="naver-en-statement-then-url",
    outcome="applied", classification="confirmation",
    imitates="English reply where each statement line ends with ':' and the URL follows on the next line",
    why="statement line then indented URL: cafe article taken down (removed), Knowledge iN link invalid (not_found)",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 08:12:44 +0900",
    subject="Re: KCSC-240902-01 - further results",
    reply_to_req=REQ_NAVER,
    body=f"""Hello,

Two more results on KCSC-240902-01.

The following cafe article has been taken down:
    {N10}

The following link is invalid; no question with this document id exists:
    {N7}

Regards,
NAVER Trust & Safety
""",
    items={N10: "removed", N7: "not_found"},
)

case(
    name="daum-en-status-line-below",
    outcome="applied", classification="confirmation",
    imitates="Kakao English result list: URL line, then 'Status:' line",
    why="temporary measure (30-day access block) is restricted; article number that does not exist is not_found",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Safety Center",
    date="Mon, 09 Sep 2024 14:05:58 +0900",
    subject="Re: [KCSC-240904-03] results",
    reply_to_req=REQ_DAUM,
    body=f"""Results for your request KCSC-240904-03:

{K3}
Status: Temporary measure applied (access blocked for 30 days)

{K4}
Status: Not found - the article number does not exist in this cafe

Kakao Safety Center
""",
    items={K3: "restricted", K4: "not_found"},
)

# ======================= review =======================

case(
    name="naver-promise-will-act",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: 검토 중이며 조치할 예정입니다",
    why="names two URLs but only promises action after review; nothing happened yet",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 11:09:13 +0900",
    subject=h("RE: [KCSC-240902-01] 진행 상황 안내"),
    reply_to_req=REQ_NAVER,
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 요청 건 중 아래 게시물은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 삭제 등 필요한 조치를 취할 예정입니다.

- {N2}
- {N9}

처리가 완료되면 다시 연락드리겠습니다.
""",
    items={N2: "pending", N9: "pending"},
)

case(
    name="dc-hedge-may-have-been",
    outcome="review", review="not_understood",
    imitates="Abuse-desk reply that can only guess ('may already have been removed')",
    why="hedged: the post may have been removed by the gallery manager, not confirmed",
    **{"from": "abuse@dcinside.com"},
    name_from="DC Inside Abuse Desk",
    date="Wed, 04 Sep 2024 20:41:02 +0900",
    subject="Re: [KCSC-240903-02] first item",
    reply_to_req=REQ_DC,
    body=f"""Hello,

It looks like {D1} may already
have been removed by the gallery manager, but we could not confirm this from
our logs yet. We will check again and let you know.

DC Inside Abuse Desk
""",
    items={D1: "pending"},
)

case(
    name="fmkorea-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="Short Korean moderator reply: 신고해주신 게시물은 모두 삭제",
    why="'all reported posts deleted' without naming each, for a request of two items",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Sat, 07 Sep 2024 09:20:17 +0900",
    subject=h("RE: [KCSC-240906-05] 불법정보 삭제 요청"),
    reply_to_req=REQ_FM,
    body="""안녕하세요. 에펨코리아 운영팀입니다.

신고해주신 게시물은 모두 삭제 조치 완료했습니다.
감사합니다.
""",
    items={F1: "pending", F2: "pending"},
)

case(
    name="naver-en-bulk-actioned",
    outcome="review", review="bulk",
    imitates="English 'all URLs have been actioned' reply to a large request",
    why="one blanket statement for a 13-item request, no URL named",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 12 Sep 2024 10:00:03 +0900",
    subject="Re: KCSC-240902-01 - closed",
    reply_to_req=REQ_NAVER,
    body="""Dear KCSC,

All URLs listed in your request KCSC-240902-01 have been actioned in
accordance with our policies. We consider this request closed.

NAVER Trust & Safety
""",
    items={N1: "pending", N5: "pending", N13: "pending"},
)

case(
    name="daum-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="Daum 권리침해신고센터 style result mail whose DKIM/SPF/DMARC fail",
    why="claims deletions of two requested URLs, but the Kakao sender domain fails authentication",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    auth="fail",
    date="Fri, 06 Sep 2024 02:14:51 +0900",
    subject=h("[Daum] KCSC-240904-03 처리 완료 안내"),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물의 처리 결과입니다.
- {K1} : 삭제 완료
- {K2} : 삭제 완료

감사합니다.
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="hanmail-gallery-manager",
    outcome="review", review="unknown_sender",
    imitates="Mail from a user (mini-gallery manager) writing from a personal webmail address",
    why="the gallery manager is not DC Inside; a hanmail.net user is not the platform's sender domain",
    **{"from": "nightowl_2231@hanmail.net"},
    name_from="박지후",
    date="Sat, 07 Sep 2024 23:48:10 +0900",
    subject=h("나이트아울 미니갤 게시물 관련"),
    body=f"""안녕하세요. 디시 미니갤러리 '나이트아울' 매니저입니다.
운영팀에서 전달받은 요청을 보고 연락드립니다.

{D4} 글은 제가 오늘 삭제했습니다.
앞으로 비슷한 글은 바로 정리하겠습니다.
""",
    items={D4: "pending"},
)

case(
    name="naver-search-delisted-daum-url",
    outcome="review", review="wrong_platform",
    imitates="NAVER search team reply about limiting a third-party page in its search results",
    why="NAVER states a restriction (search exposure) for a Daum cafe item; it is not NAVER's item",
    **{"from": "search-policy@navercorp.com"},
    name_from="네이버 검색 정책팀",
    date="Fri, 06 Sep 2024 15:33:02 +0900",
    subject=h("RE: [KCSC-240904-03] 검색 노출 제한 요청"),
    body=f"""안녕하세요. 네이버 검색 정책팀입니다.

참조로 보내주신 요청과 관련하여 알려드립니다.
{K1} 는 네이버 검색 결과에서 노출이 제한되었습니다.
원문 게시물의 삭제 여부는 해당 서비스(Daum 카페)에 문의해 주시기 바랍니다.
""",
    items={K1: "pending"},
)

case(
    name="soop-asks-for-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="SOOP 고객센터 asking for the official 공문 and timestamps before acting",
    why="asks for documents before it will act; no status for the two VODs",
    **{"from": "helpdesk@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 17:02:47 +0900",
    subject=h("[SOOP] 추가 자료 요청 (KCSC-240905-04)"),
    reply_to_req=REQ_SOOP,
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD 2건에 대해 조치를 진행하려면 아래 자료가 필요합니다.
 - {S1}
 - {S2}

1) 위원회 시정요구 공문 사본(PDF)
2) 각 영상의 문제 구간(재생 시간)

자료를 회신해 주시면 확인 후 결과를 안내드리겠습니다.
""",
    items={S1: "pending", S2: "pending"},
)

case(
    name="clien-policy-notice",
    outcome="review", review="no_claims",
    imitates="Community site's operating-policy change notice sent to registered contacts",
    why="trusted Clien mail naming no requested item and no request",
    **{"from": "admin@clien.net"},
    name_from="Clien",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject=h("[클리앙] 운영정책 개정 안내 (2024.09.23 시행)"),
    body="""안녕하세요, 클리앙 운영진입니다.

클리앙 운영정책이 개정되어 2024년 9월 23일부터 시행됩니다.
주요 변경 사항은 불법 도박·리딩방 홍보 게시물의 즉시 삭제 기준 명확화,
신고 처리 결과 안내 방식 개선입니다.

개정 전문: https://www.clien.net/service/board/rule/policy-2024

감사합니다.
""",
    items={},
)

case(
    name="dc-under-legal-review",
    outcome="review", review="not_understood",
    imitates="DC Inside interim notice: 법무 검토 중, results promised by a date",
    why="two URLs named, 'under review' with a promised date; no status",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 09:58:36 +0900",
    subject=h("Re: [KCSC-240903-02] 진행 상황"),
    reply_to_req=REQ_DC,
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

요청 건(KCSC-240903-02) 중 아래 게시물은 현재 법무 검토 중입니다.
{D2}
{D4}

검토 결과는 9월 13일까지 회신드리겠습니다.
""",
    items={D2: "pending", D4: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="Community moderators' notice: deletion conditional on the author's 소명",
    why="deletion only if the author does not answer by a date; both items still up",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영진",
    date="Wed, 11 Sep 2024 18:12:09 +0900",
    subject=h("Re: [KCSC-240910-07] 처리 절차 안내"),
    reply_to_req=REQ_PP,
    body=f"""안녕하세요, 뽐뿌 운영진입니다.

{P1} 게시물은 작성자에게 소명 기회를 주었으며,
9월 15일까지 소명이 없으면 삭제될 예정입니다.
{P2} 도 같은 절차로 진행 중입니다.
""",
    items={P1: "pending", P2: "pending"},
)

case(
    name="soop-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="Look-alike 'SOOP' notice from a domain that is not SOOP's",
    why="authenticated, but soop-safety.com is not a SOOP sender domain; claims removal of both VODs",
    **{"from": "notice@soop-safety.com"},
    name_from="SOOP 고객센터",
    date="Sun, 08 Sep 2024 03:27:45 +0900",
    subject=h("[SOOP] 요청하신 VOD 삭제 완료 (KCSC-240905-04)"),
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 VOD가 모두 삭제되었습니다.
 - {S1} : 삭제
 - {S2} : 삭제

처리 내역은 아래 페이지에서 로그인 후 확인하실 수 있습니다.
https://soop-safety.com/report/status?id=KCSC-240905-04
""",
    items={S1: "pending", S2: "pending"},
)

# ======================= ignored =======================

case(
    name="naver-ooo-chuseok",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (부재중 자동회신) quoting the request",
    why="auto-reply for the Chuseok holiday; the quoted request URLs are not statements",
    **{"from": "haneul.kim@navercorp.com"},
    name_from="김하늘",
    date="Mon, 16 Sep 2024 08:00:12 +0900",
    subject=h("[자동회신] 부재중: RE: [KCSC-240902-01] 진행 상황 확인 요청"),
    reply_to_req=REQ_NAVER,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""추석 연휴(9월 16일~18일)로 부재중입니다. 9월 19일부터 순차적으로 확인하겠습니다.
급한 건은 policy@navercorp.com 으로 보내주세요.

> 9월 2일 요청드린 KCSC-240902-01 건의 진행 상황을 알려주십시오.
> {N1}
> {N4}
""",
    items={},
)

_dsn_orig = f"""Message-ID: <kcsc-req-240903-02-r2@kcsc.example>
Date: Fri, 13 Sep 2024 10:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240903-02] reminder

Reminder of the request KCSC-240903-02:
{D1}
{D4}
"""
case(
    name="dc-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix multipart/report delivery-status notification (550 5.1.1) with the original reminder attached",
    why="delivery failure; the attached reminder's URLs are ours, not statements",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 10:00:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="9A2C1E0B45.1726189204/mx1.dcinside.com"

This is a MIME-encapsulated message.

--9A2C1E0B45.1726189204/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: host mailstore.dcinside.com[192.0.2.44] said:
    550 5.1.1 <legal@dcinside.com>: Recipient address rejected: User unknown

--9A2C1E0B45.1726189204/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri, 13 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address
    rejected: User unknown

--9A2C1E0B45.1726189204/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_dsn_orig}
--9A2C1E0B45.1726189204/mx1.dcinside.com--
""",
    items={},
)

case(
    name="daum-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="Read receipt (MDN, multipart/report disposition-notification) in Korean",
    why="the recipient only opened the request",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    date="Wed, 04 Sep 2024 10:02:11 +0900",
    subject=h("읽음: [KCSC-240904-03] 게시물 삭제 요청"),
    reply_to_req=REQ_DAUM,
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_mdn_20240904100211"

------=_mdn_20240904100211
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 2024-09-04 10:02에 읽었습니다.
제목: [KCSC-240904-03] 게시물 삭제 요청

------=_mdn_20240904100211
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <kcsc-req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_20240904100211--
""",
    items={},
)

case(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 고객센터 helpdesk auto-receipt: 문의가 정상 접수되었습니다 (접수번호)",
    why="pure receipt with a ticket number and the usual answer time",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 14:00:39 +0900",
    subject=h("[SOOP 고객센터] 문의가 정상 접수되었습니다 (접수번호 20240905-004512)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 20240905-004512
 - 문의 제목: [KCSC-240905-04] 불법정보 삭제 요청
 - 접수 일시: 2024-09-05 14:00

담당자가 확인한 뒤 순서대로 답변드리겠습니다. 답변까지 영업일 기준 3~5일이
걸릴 수 있습니다. 이 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="fmkorea-en-holiday-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="English 'Automatic reply' for a Chuseok office closure",
    why="out-of-office auto-reply; promises handling later, says nothing about items",
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea",
    date="Mon, 16 Sep 2024 09:14:00 +0900",
    subject="Automatic reply: [KCSC-240906-05] reminder",
    reply_to_req=REQ_FM,
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email.

Our office is closed for the Chuseok holidays from 16 to 18 September.
Your message will be handled after we return on 19 September.

FM Korea Operations
""",
    items={},
)

case(
    name="ppomppu-en-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="English report receipt with a reference number",
    why="we received your report, reference number, will review: nothing about items",
    **{"from": "report@ppomppu.co.kr"},
    name_from="Ppomppu Report Desk",
    date="Tue, 10 Sep 2024 14:11:20 +0900",
    subject="We received your report (PP-240910-0091)",
    reply_to_req=REQ_PP,
    body="""Hello,

We have received your report. Your reference number is PP-240910-0091.
Our moderation team will review it and reply to this address.

Ppomppu Report Desk
""",
    items={},
)

case(
    name="naver-ko-bounce-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="NAVER Mail Korean 발송 실패 안내 (plain text bounce quoting the original)",
    why="non-delivery notice (mailbox full); the original request it quotes is ours",
    **{"from": "mailer-daemon@naver.com"},
    name_from="네이버 메일",
    date="Mon, 02 Sep 2024 10:31:07 +0900",
    subject=h("[발송실패 안내] [KCSC-240902-01] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""보내신 메일이 아래 사유로 전달되지 않았습니다.

받는 사람: naver-policy-desk@naver.com
실패 사유: 받는 사람의 메일함 용량이 가득 차서 메일을 받을 수 없습니다. (552 5.2.2)

----- 원본 메일 -----
제목: [KCSC-240902-01] 불법정보 시정요구
보낸 날짜: 2024-09-02 10:30
{N1}
{N2}
{N3}
""",
    items={},
)


HEADER = """# Blind set 159: Korean portals and community sites, Korean and English
# mixed, with the doubtful and ignorable mail of a regulator's mailbox.
# Written by tests/corpus/blind159/make.py; expected results written from
# each email's meaning before the reader was run. Each case is ingested
# alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
