#!/usr/bin/env python3
"""Blind set 249: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written before any run of the reader. Every email is fictional; the expected
result of each case comes from the email's meaning alone.

    python3 tests/corpus/blind249/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind249"


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KO_CAFE = "토토정보방"
N = {
    1: "https://blog.naver.com/lucky_wave77/223560011201",
    2: "https://blog.naver.com/lucky_wave77/223560011388",
    3: "https://blog.naver.com/moonpine_slot/223561470022",
    4: "https://cafe.naver.com/bettinghanbang/48211",
    5: "https://cafe.naver.com/bettinghanbang/48236",
    6: "https://cafe.naver.com/bettinghanbang/48302",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471120335",
    8: "https://m.blog.naver.com/sunrise_toto/223559987410",
    9: "https://blog.naver.com/PostView.naver?blogId=gold_dice9&logNo=223562200417",
    10: "https://cafe.naver.com/" + quote(KO_CAFE) + "/1207",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38211044&memberNo=5521907",
    12: "https://blog.naver.com/redline_casino/223563015577",
    13: "https://cafe.naver.com/sportspick24/30918",
    14: "https://tv.naver.com/v/58120447",
}
N10_RAW = "https://cafe.naver.com/" + KO_CAFE + "/1207"
D = {
    1: "https://cafe.daum.net/jackpotland/Zk3P/1540",
    2: "https://cafe.daum.net/jackpotland/Zk3P/1562",
    3: "https://cafe.daum.net/sunnybet/aB9x/88",
    4: "https://m.cafe.daum.net/sunnybet/aB9x/91",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10882015",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=45120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=slotmachine&no=45133",
    4: "https://gall.dcinside.com/mini/board/view/?id=totoinfo&no=2281",
    5: "https://m.dcinside.com/board/stock_new2/8812340",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131774520",
    2: "https://vod.sooplive.co.kr/player/131779311",
    3: "https://ch.sooplive.co.kr/luckyboy777/post/120558431",
}
F = {
    1: "https://www.fmkorea.com/7311204558",
    2: "https://www.fmkorea.com/7311290017",
}
L1 = "https://www.clien.net/service/board/park/18770231"
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/99120",
    2: "https://www.inven.co.kr/board/maple/5974/3381220",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", [N[k] for k in sorted(N)]),
    ("KCSC-240903-02", "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", [D[k] for k in sorted(D)]),
    ("KCSC-240904-03", "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", [C[k] for k in sorted(C)]),
    ("KCSC-240905-04", "soop", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", [S[k] for k in sorted(S)]),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", [F[k] for k in sorted(F)]),
    ("KCSC-240909-06", "clien", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", [L1]),
    ("KCSC-240910-07", "inven", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "fraud", [I[k] for k in sorted(I)]),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example",
                        "item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ applied ============================

rows = [
    (1, "블로그", "삭제", ""),
    (2, "블로그", "삭제", ""),
    (3, "블로그", "게시중단", "불법 도박 사이트 홍보"),
    (4, "카페", "삭제", ""),
    (5, "카페", "게시물 없음", "작성자가 요청 접수 전 삭제"),
    (6, "카페", "임시조치", "30일간 접근 제한"),
    (7, "지식iN", "삭제", ""),
    (8, "블로그", "삭제", ""),
    (9, "블로그", "게시물 없음", "존재하지 않는 게시물 번호"),
    (10, "카페", "삭제", ""),
    (11, "포스트", "조치 불가", "경기 분석글로 불법성이 확인되지 않음"),
    (12, "블로그", "삭제", ""),
    (13, "카페", "국내 접속 차단", ""),
    (14, "TV", "삭제", "채널 경고 1회"),
]
tr = []
for n, svc, res, note in rows:
    href = N[n].replace("&", "&amp;")
    text = (N10_RAW if n == 10 else N[n]).replace("&", "&amp;")
    tr.append(f'<tr><td>{n}</td><td><a href="{href}">{text}</a></td><td>{svc}</td>'
              f'<td>{res}</td><td>{note}</td></tr>')
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 16:42:10 +0900",
    subject=enc("[회신] 시정요구 조치 결과 (KCSC-240902-01)"),
    reply_to_req=req_mid("KCSC-240902-01"),
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 통신심의 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 네이버의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
""" + "\n".join(tr) + """
</table>
<p>조치 결과에 관한 문의는 본 메일에 회신하여 주시기 바랍니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table as a portal's policy team sends it (HTML)",
    why="per-row results for all 14 items: 삭제/게시중단 removed, 게시물 없음 not_found, 임시조치 and 국내 접속 차단 restricted, 조치 불가 with reason rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "restricted", N[7]: "removed", N[8]: "removed",
           N[9]: "not_found", N[10]: "removed", N[11]: "rejected", N[12]: "removed",
           N[13]: "restricted", N[14]: "removed"},
)

csv_a = "\n".join([
    "no,url,result,detail",
    f"1,{N[1]},삭제,게시중단 완료",
    f"2,{N[2]},임시조치,30일 접근 제한",
    f"3,{N[3]},삭제,",
    f"4,{N[4]},게시물 없음,작성자 삭제",
    f"5,{N[5]},유지,위반 사항 미확인",
    f"6,{N[6]},삭제,",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=enc("NAVER 정책지원팀"),
    date="Fri, 06 Sep 2024 11:05:33 +0900",
    subject="RE: KCSC-240902-01 partial results / 1차 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-01"

--nv-csv-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC,

Please find attached the first batch of results for request KCSC-240902-01
(items 1 to 6). 첨부 파일에서 항목별 조치 결과를 확인하실 수 있습니다.

The remaining items are still with the reviewing team and will be reported
in a separate email.

Best regards,
NAVER Policy Support

--nv-csv-01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_1.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_1.csv"
Content-Transfer-Encoding: base64

{b64(csv_a)}
--nv-csv-01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with a CSV result sheet attached (base64)",
    why="the CSV gives one result per row: 삭제 removed, 임시조치 restricted, 게시물 없음 (작성자 삭제) not_found, 유지 (위반 사항 미확인) rejected; the body's 'remaining items' names none",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed"},
)

case(
    name="naver-blog-blind-prose-ko",
    **{"from": "blog_help@naver.com"},
    name_from=enc("네이버 블로그 운영팀"),
    date="Wed, 04 Sep 2024 17:20:00 +0900",
    subject=enc("[네이버 블로그] 요청하신 게시물 처리 안내 (KCSC-240902-01)"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 중 블로그 게시물 2건에 대한
처리 결과를 먼저 안내드립니다.

{N[3]} 게시물은 불법 사행성 도박 사이트를 홍보하는 내용으로 확인되어 블라인드 처리하였습니다.
또한 {N[12]} 게시물은 운영정책 위반으로 비공개 처리되었으며, 해당 블로그에는 이용 제한 조치가 함께 적용되었습니다.

나머지 게시물에 대한 결과는 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 블로그 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드/비공개 처리 notice in Korean prose",
    why="블라인드 처리 and 비공개 처리 are both removals; the closing promise names no item",
    items={N[3]: "removed", N[12]: "removed"},
)

case(
    name="naver-cafe-particles",
    **{"from": "cafe_op@navercorp.com"},
    name_from=enc("네이버 카페 운영지원"),
    date="Thu, 05 Sep 2024 10:12:45 +0900",
    subject=enc("카페 게시물 시정요구 처리 결과"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""KCSC 담당자님 안녕하세요. 네이버 카페 운영지원 담당입니다.
요청하신 bettinghanbang 카페 게시물 3건의 처리 결과를 알려드립니다.

- {N[4]} 은 삭제 완료되었습니다.
- {N[5]}는 작성자가 요청 접수 전에 이미 삭제하여 현재 존재하지 않는 게시물입니다.
- {N[6]}의 경우 국내 접속 제한(임시조치)이 적용되어 있습니다.

카페 매니저에게도 운영 원칙 위반 경고를 전달하였습니다.

네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operator's reply, URLs followed directly by Korean particles",
    why="삭제 완료 removed; already deleted by its author, does not exist: not_found; 국내 접속 제한(임시조치) restricted",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "restricted"},
)

case(
    name="naver-kin-url-line-below-en",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 15:31:02 +0900",
    subject="Your request KCSC-240902-01: Knowledge iN and blog",
    body=f"""Hello,

This is NAVER Trust & Safety writing about your request KCSC-240902-01.

The following Knowledge iN question was removed for promoting an illegal
gambling site:
{N[7]}

We could not take action on the following blog post because its author had
already deleted it before we reviewed it:
{N[8]}

Our operating principles are available at https://policy.naver.com/policy/service.html.
If you have questions about this decision, you may reply to this email.

Regards,
Jiwon Park
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety decision mail, statement above the URL it concerns",
    why="the Knowledge iN question was removed; the blog post was deleted by its author before review: not_found; the policy link is not an item",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-korean-path-toppost",
    **{"from": "minseo.kang@navercorp.com"},
    name_from=enc("강민서"),
    date="Tue, 03 Sep 2024 18:02:11 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 강민서입니다.

문의주신 카페 게시물 두 건 확인하여 조치했습니다.

{N10_RAW} → 게시중단 완료
{N[13]} → 국내 접근 제한 적용

나머지 건은 담당 부서에서 따로 회신드릴 예정입니다.
감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 네이버 정책지원팀 귀중
>
> 아래 게시물에 대하여 시정요구(삭제)를 요청드립니다. (KCSC-240902-01)
> 1. {N[1]}
> 2. {N[2]}
> 10. {N[10]}
> 13. {N[13]}
> (이하 10건 생략)
>
> 처리 결과를 9월 9일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail top-posted reply over the quoted request; raw Korean cafe path",
    why="raw Korean path matches the percent-encoded item: 게시중단 완료 removed; 국내 접근 제한 restricted; quoted request lines change nothing",
    items={N[10]: "removed", N[13]: "restricted", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-post-tv-mixed-lang",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Fri, 06 Sep 2024 19:40:00 +0900",
    subject="KCSC-240902-01 - NAVER Post / NAVER TV",
    body=f"""Dear KCSC team,

Following our review of request KCSC-240902-01, please see the outcome for
two items below.

1) NAVER Post - {N[11]}
   결과: 조치하지 않음. The post is a match preview with an odds comparison.
   It does not link to or advertise an unlicensed betting service, and we
   found no violation of law or of our operating policy, so it remains
   published.

2) NAVER TV - {N[14]}
   결과: 삭제. The clip has been deleted and the channel received a strike.

Kind regards,
NAVER Policy
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual decision mail, numbered items with a 결과 line each",
    why="the Post item is refused with a reason (rejected); the TV clip was deleted (removed)",
    items={N[11]: "rejected", N[14]: "removed"},
)

qp_body = f"""[네이버] 게시중단 요청 처리 결과 안내

요청번호: KCSC-240902-01

■ {N[9]}
  - 처리 결과: 게시중단(삭제)
■ {N[2]}
  - 처리 결과: 19세 미만 이용 제한(연령 제한) 적용
    (성인 인증을 거친 이용자만 열람할 수 있도록 변경되었습니다)

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
"""
case(
    name="naver-qp-notice-age-limit",
    **{"from": "noreply@naver.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date="Sat, 07 Sep 2024 09:15:20 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice, quoted-printable",
    why="게시중단(삭제) removed; 19세 미만 이용 제한 (age restriction) restricted",
    items={N[9]: "removed", N[2]: "restricted"},
)

case(
    name="daum-temp-measure-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("Daum 권리침해신고센터"),
    date="Fri, 06 Sep 2024 14:03:55 +0900",
    subject=enc("[Daum] 게시물 임시조치 결과 안내"),
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 Daum 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 KCSC-240903-02 건의 처리 결과를 알려드립니다.

대상 게시물: {D[1]}
처리 내용: 임시조치(30일간 게시물 접근 차단)

대상 게시물: {D[2]}
처리 내용: 임시조치(30일간 게시물 접근 차단)

대상 게시물: {D[3]}
처리 내용: 삭제

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후 삭제됩니다.

카카오 Daum 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 result notice",
    why="임시조치 (30-day access block) restricted for two posts, 삭제 removed for the third; the closing sentence is a general condition, not a statement",
    items={D[1]: "restricted", D[2]: "restricted", D[3]: "removed"},
)

case(
    name="daum-english-bulleted",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 10:48:30 +0900",
    subject="Re: KCSC-240903-02 Daum Cafe posts",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hello,

Thank you for contacting Kakao. Here is the result of our review of your
request KCSC-240903-02:

* {D[1]} - removed for violating our operating policy on illegal gambling.
* {D[2]} - not removed. This post is a user complaint about a gambling site
  and does not promote it; it does not violate our policies.
* {D[4]} - we could not find this post. The cafe was closed by its manager
  on 1 September and its posts no longer exist.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English review-outcome mail with a bulleted list",
    why="removed; refused with a reason (rejected); cafe closed and post gone before the request: not_found",
    items={D[1]: "removed", D[2]: "rejected", D[4]: "not_found"},
)

case(
    name="dc-operator-numbered",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 16:25:00 +0900",
    subject=enc("Re: [KCSC-240904-03] 시정요구 요청의 건"),
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
KCSC-240904-03 시정요구 건 처리 결과를 회신드립니다.

1. {C[1]}
   → 삭제 완료 (작성자 IP 차단 병행)
2. {C[2]}
   → 삭제 완료
3. {C[3]}
   → 해당 글 없음 (작성자 자진 삭제)
4. {C[4]}
   → 삭제 완료
5. {C[5]}
   → 유지 (주식 관련 일반 토론글로, 불법정보에 해당하지 않는다고 판단했습니다)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community operator's numbered result list with arrows, query-string URLs",
    why="삭제 완료 removed (x3); 해당 글 없음 (작성자 자진 삭제) not_found; 유지 with reason rejected",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "removed", C[5]: "rejected"},
)

case(
    name="dc-html-entities",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Thu, 05 Sep 2024 20:11:09 +0900",
    subject=enc("마이너 갤러리 게시물 조치 결과 (KCSC-240904-03)"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 디시인사이드 신고센터입니다.</p>
<p>요청하신 마이너 갤러리 게시물에 대한 조치 결과입니다.</p>
<ul>
<li><a href="{C[2].replace('&', '&amp;')}">{C[2].replace('&', '&amp;')}</a> : 삭제 처리되었습니다.</li>
<li><a href="{C[3].replace('&', '&amp;')}">{C[3].replace('&', '&amp;')}</a> : 삭제 처리되었습니다.</li>
</ul>
<p>해당 <a href="https://gall.dcinside.com/mgallery/board/lists/?id=slotmachine">마이너 갤러리</a>는
불법 도박 홍보 글이 반복되어 갤러리 전체에 대한 운영 중단 여부를 검토하고 있습니다.</p>
<p>디시인사이드 신고센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML report-centre reply, &amp; inside hrefs and link text",
    why="both named posts 삭제 처리되었습니다 (removed); the gallery list link is not an item and the review of the gallery is about no requested item",
    items={C[2]: "removed", C[3]: "removed"},
)

case(
    name="dc-angle-wrapped",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무"),
    date="Mon, 09 Sep 2024 13:37:41 +0900",
    subject=enc("RE: [KCSC-240904-03] 시정요구 요청의 건"),
    body=f"""KCSC 담당자님께

요청하신 게시물 중 아래 2건을 처리하였습니다.

<https://gall.dcinside.com/mini/board/view/
?id=totoinfo&no=2281>
위 게시물은 미니 갤러리 매니저 확인 후 운영팀에서 삭제하였습니다.

<{C[1]}>
위 게시물은 검토 결과 야구 경기 결과에 관한 잡담으로 불법 도박과의 연관성이 확인되지 않아
삭제하지 않았습니다.

디시인사이드 법무 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply, URLs in angle brackets (one wrapped), statement on the line below",
    why="wrapped <...> URL is the mini-gallery post: removed; the baseball post is refused with a reason: rejected",
    items={C[4]: "removed", C[1]: "rejected"},
)

case(
    name="soop-vod-en",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 11:22:18 +0900",
    subject="Re: Request KCSC-240905-04",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Hello KCSC team,

Regarding request KCSC-240905-04:

- VOD {S[1]} has been deleted, and the streamer's channel has been
  suspended for 30 days.
- VOD {S[2]} has been deleted.
- The channel post {S[3]} does not exist. The streamer deleted it
  on 6 September, before our review.

Thank you,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform English enforcement reply (VOD deleted, channel suspended)",
    why="two VODs deleted (removed); the post does not exist, deleted by its author: not_found",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

case(
    name="soop-korean-age-limit",
    **{"from": "soop_cs@sooplive.co.kr"},
    name_from=enc("SOOP 운영팀"),
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject=enc("[SOOP] 시정요구 처리 결과 회신 (KCSC-240905-04)"),
    body=f"""[SOOP] 시정요구 처리 결과 회신

■ 대상: {S[1]}
■ 조치: 19세 이상 시청 가능으로 등급 변경 (연령 제한)

■ 대상: {S[2]}
■ 조치: VOD 삭제 및 BJ 방송 정지 7일

SOOP 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) 처리 결과 notice with ■ 대상/조치 lines",
    why="등급 변경 to 19+ is an age restriction (restricted); VOD 삭제 removed",
    items={S[1]: "restricted", S[2]: "removed"},
)

case(
    name="fmkorea-fullwidth-comma",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    date="Sun, 08 Sep 2024 22:14:03 +0900",
    subject=enc("게시물 삭제 요청 건 (KCSC-240906-05) 답변"),
    body=f"""에펨코리아 운영진입니다.

말씀하신 게시물 {F[1]}，{F[2]} 두 건 모두 불법 토토 홍보글로 확인되어 삭제하였고,
작성자 계정은 영구 이용 정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short Korean reply, two URLs joined by a full-width comma",
    why="both posts are named and both deleted: removed, removed",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fmkorea-fullwidth-parens",
    **{"from": "report@fmkorea.com"},
    name_from=enc("에펨코리아"),
    date="Tue, 10 Sep 2024 09:30:27 +0900",
    subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요, 에펨코리아입니다.
KCSC-240906-05 관련 처리 결과입니다.

첫 번째 게시물（{F[1]}）은 해외 축구 경기 배당률을 언급한 잡담글로,
사이트 홍보나 링크가 없어 운영 규정 위반이 아니라고 판단하여 그대로 두었습니다.

두 번째 게시물（{F[2]}）은 삭제했습니다.

에펨코리아 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community reply with URLs in full-width parentheses",
    why="first post left up because it breaks no rule (rejected); second deleted (removed)",
    items={F[1]: "rejected", F[2]: "removed"},
)

case(
    name="clien-sole-statement",
    **{"from": "clien@clien.net"},
    name_from=enc("클리앙 운영팀"),
    date="Tue, 10 Sep 2024 14:55:00 +0900",
    subject=enc("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""안녕하세요. 클리앙 운영팀입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.
해당 회원은 이용 규칙에 따라 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply answering a one-item request without repeating the URL",
    why="one-item request referenced by subject and thread; an unhedged 삭제 조치하였습니다 applies to its only item",
    items={L1: "removed"},
)

case(
    name="clien-outlook-url-below",
    **{"from": "clien@clien.net"},
    name_from=enc("클리앙 운영팀"),
    date="Wed, 11 Sep 2024 10:03:44 +0900",
    subject=enc("RE: [KCSC-240909-06] 게시물 삭제 요청"),
    body=f"""요청하신 건 확인 결과입니다.

{L1}
→ 해당 게시물 없음 (작성자가 9월 8일에 직접 삭제하였습니다)

클리앙 운영팀 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:00 AM
To: clien@clien.net
Subject: [KCSC-240909-06] 게시물 삭제 요청

클리앙 운영팀 귀중

아래 게시물은 개인정보 노출 정보로 판단되어 삭제를 요청합니다.
{L1}

처리 결과를 회신하여 주십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----', bare URL with result on the next line",
    why="post does not exist, deleted by its author: not_found (the quoted request below changes nothing)",
    items={L1: "not_found"},
)

case(
    name="inven-mixed-en-ko",
    **{"from": "webmaster@inven.co.kr"},
    name_from="Inven Operations",
    date="Thu, 12 Sep 2024 16:08:00 +0900",
    subject="Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""Hello, this is the Inven operations team.

In response to KCSC-240910-07:

{I[1]} - 게시물 삭제 및 작성자 30일 활동 정지.
{I[2]} - 아이템 거래에 관한 일반 문의글로 확인되어, 규정 위반이 아니므로 삭제하지 않았습니다.

Regards,
Inven
""",
    outcome="applied", classification="confirmation",
    imitates="game community's mixed English/Korean reply, one line per URL",
    why="삭제 removed; a general question breaking no rule, not deleted: rejected",
    items={I[1]: "removed", I[2]: "rejected"},
)

case(
    name="daum-ack-plus-statement",
    **{"from": "noreply-right@kakaocorp.com"},
    name_from=enc("카카오 신고센터"),
    date="Thu, 05 Sep 2024 08:47:12 +0900",
    subject=enc("[카카오] 신고 접수 및 처리 결과 안내"),
    body=f"""[카카오] 신고 접수 및 처리 결과 안내

접수번호: RC-20240905-118342
신고 내용이 정상적으로 접수되었습니다.

검토 결과, 신고하신 게시물 {D[3]} 은(는) 운영정책 위반으로 삭제되었습니다.

본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report-centre receipt that also carries the result",
    why="acknowledgement phrase plus an unhedged item statement is not an acknowledgement: removed",
    items={D[3]: "removed"},
)

case(
    name="naver-statement-of-reasons-en",
    **{"from": "moderation@navercorp.com"},
    name_from="NAVER Content Moderation",
    date="Wed, 11 Sep 2024 12:00:05 +0900",
    subject="Statement of reasons - KCSC-240902-01",
    body=f"""Statement of reasons - NAVER Corp.

Reference: KCSC-240902-01

Content: {N[12]}
Decision: access disabled for users in the Republic of Korea (the post remains
visible outside Korea)
Ground: illegal content - unlicensed online gambling
Automated means used: no

Content: {N[13]}
Decision: removed
Ground: violation of the Cafe operating policy (promotion of illegal gambling)
Automated means used: no

Redress: the uploader may appeal through https://help.naver.com/alias/contents2/appeal.naver
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision/ground/automated means)",
    why="access disabled in Korea only: restricted; removed; the appeal link is not an item",
    items={N[12]: "restricted", N[13]: "removed"},
)

csv_dc = "\ufeff" + "\r\n".join([
    '"게시물 주소","처리 결과","처리 일시"',
    f'"{C[1]}","삭제","2024-09-06 14:10"',
    f'"{C[2]}","임시조치(30일)","2024-09-06 14:12"',
    f'"{C[3]}","게시물 없음(작성자 삭제)","-"',
    f'"{C[4]}","블라인드","2024-09-06 14:20"',
    f'"{C[5]}","유지(위반 없음)","-"',
]) + "\r\n"
case(
    name="dc-csv-attachment-bom",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 10:20:00 +0900",
    subject=enc("[디시인사이드] KCSC-240904-03 처리 결과 (첨부)"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==dc_csv_7731=="

--==dc_csv_7731==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 디시인사이드 운영팀입니다." + chr(10) + "KCSC-240904-03 건의 처리 결과를 첨부한 파일로 회신드립니다." + chr(10))}
--==dc_csv_7731==
Content-Type: application/octet-stream; name="dc_result_0907.csv"
Content-Disposition: attachment; filename="dc_result_0907.csv"
Content-Transfer-Encoding: base64

{b64(csv_dc)}
--==dc_csv_7731==--
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with an Excel-exported CSV (BOM, CRLF, quoted fields) sent as octet-stream",
    why="삭제 and 블라인드 removed; 임시조치 restricted; 게시물 없음(작성자 삭제) not_found; 유지(위반 없음) rejected",
    items={C[1]: "removed", C[2]: "restricted", C[3]: "not_found", C[4]: "removed", C[5]: "rejected"},
)

case(
    name="naver-echoed-report",
    **{"from": "report_result@naver.com"},
    name_from=enc("네이버 신고센터"),
    date="Wed, 04 Sep 2024 21:36:50 +0900",
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

귀하께서 접수하신 신고 내용
----------------------------------------
신고 번호: NV-24-0903-77120
신고 사유: 불법 도박(사행성) 정보
신고 대상:
{N[1]}
{N[2]}
{N[3]}
신고 내용: 방송통신심의위원회 시정요구 KCSC-240902-01에 따른 삭제 요청
----------------------------------------

처리 결과
- {N[1]} : 삭제
- {N[2]} : 삭제
- {N[3]} : 위반 사항 없음(게시 유지)

네이버 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail that echoes the filed report before the results",
    why="the echoed list is not a statement; the result list gives 삭제 removed (x2) and 위반 사항 없음(게시 유지) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected"},
)

case(
    name="naver-cafe-heading-lists-en",
    **{"from": "cafe_support@navercorp.com"},
    name_from="NAVER Cafe Support",
    date="Tue, 10 Sep 2024 15:15:15 +0900",
    subject="Update on KCSC-240902-01 (cafe posts)",
    body=f"""Hi,

Update on KCSC-240902-01 (cafe posts).

Deleted by NAVER for illegal gambling promotion:
- {N[4]}
- {N[5]}

Could not be found (deleted by the author before we received your request):
- {N[6]}

Thanks,
NAVER Cafe Support
""",
    outcome="applied", classification="confirmation",
    imitates="support reply grouping URLs under result headings",
    why="the two posts under 'Deleted by NAVER' are removed; the one under 'Could not be found' is not_found",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

# ============================ review ============================

case(
    name="naver-promise-ko",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 11:11:11 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 관련하여 아래 게시물은 내부 검토를 거쳐 이번 주 중으로 삭제될 예정입니다.
{N[1]}
{N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="interim reply promising removal later this week",
    why="'삭제될 예정입니다' is a promise, not a statement: the named items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-hedge-en",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Thu, 05 Sep 2024 18:30:00 +0900",
    subject="Re: KCSC-240903-02 Daum Cafe posts",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hello,

We looked into {D[2]} from your request KCSC-240903-02.
It seems the post may already have been hidden by the cafe manager, but we
have not been able to confirm this in our systems yet. We will let you know
once we have verified its status.

Best regards,
Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="hedged interim reply ('it seems ... may have been')",
    why="a hedge, explicitly unconfirmed: no statement, the item stays pending",
    items={D[2]: "pending"},
)

case(
    name="dc-conditional-ko",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 12:40:00 +0900",
    subject=enc("Re: [KCSC-240904-03] 시정요구 요청의 건"),
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 {C[1]} 와
{C[5]} 은 작성자에게 소명 기회를 부여한 상태입니다.
9월 13일까지 소명이 없으면 삭제할 예정이며, 결과는 추후 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply: author given a chance to respond, removal conditional",
    why="conditional future removal; nothing has happened yet, both items stay pending",
    items={C[1]: "pending", C[5]: "pending"},
)

case(
    name="naver-bulk-all-14",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 09:05:00 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법 도박 게시물 시정요구 - 처리 완료"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 14건 모두 게시중단(삭제) 처리를 완료하였습니다.
협조해 주셔서 감사합니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' reply to a multi-item request",
    why="a statement about all 14 items without naming any: bulk review, items stay pending",
    items={N[k]: "pending" for k in sorted(N)},
)

case(
    name="inven-bulk-both-en",
    **{"from": "webmaster@inven.co.kr"},
    name_from="Inven Operations",
    date="Fri, 13 Sep 2024 11:45:00 +0900",
    subject="Re: KCSC-240910-07",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""Hello,

Both posts you reported under KCSC-240910-07 have been removed and the
authors' accounts have been restricted.

Regards,
Inven
""",
    outcome="review", review="bulk",
    imitates="short English 'both removed' reply",
    why="a statement about the two items of the request without naming either: bulk review",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="naver-forged-untrusted",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    auth="fail",
    date="Sat, 07 Sep 2024 03:12:40 +0900",
    subject=enc("[네이버] 게시중단 완료 안내"),
    body=f"""[네이버] 게시중단 완료 안내

요청하신 게시물의 게시중단이 완료되었습니다.

- {N[1]} : 게시중단 완료
- {N[2]} : 게시중단 완료

자세한 내용은 네이버 고객센터에서 확인하실 수 있습니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking notice from naver.com failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: statements are not applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="blogger-gmail-unknown-sender",
    **{"from": "gold.dice9.blog@gmail.com"},
    name_from=enc("골드다이스"),
    date="Sun, 08 Sep 2024 23:58:01 +0900",
    subject=enc("블로그 글 지웠습니다"),
    body=f"""네이버에서 게시중단 연락 받았는데요
제 블로그 글 {N[9]}
지웠습니다. 요청번호 KCSC-240902-01 이라고 써있던데 이제 처리된 걸로 해주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="blog author writing from a personal Gmail address",
    why="not a platform domain: a claim from an unknown sender about a requested item goes to review",
    items={N[9]: "pending"},
)

case(
    name="nate-wrong-platform",
    **{"from": "helpdesk@nate.com"},
    name_from=enc("네이트 고객센터"),
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    subject=enc("문의하신 게시물 관련 안내"),
    body=f"""안녕하세요, 네이트 고객센터입니다.

보내주신 메일에 기재된 게시물 {C[2]} 은
네이트 판이 아닌 디시인사이드의 게시물입니다.
참고로 저희가 확인했을 때 해당 게시물은 이미 삭제되어 있었습니다.

네이트 판 게시물이 아닌 경우 해당 사이트에 직접 요청해 주시기 바랍니다.

네이트 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="portal helpdesk answering a misdirected request about another site's post",
    why="Nate states a status for a DC Inside item: wrong platform, nothing applied",
    items={C[2]: "pending"},
)

case(
    name="ppomppu-contact-change",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject=enc("[뽐뿌] 게시물 삭제 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 뽐뿌 운영팀입니다.

9월 16일부터 게시물 삭제 요청 및 수사기관 협조 요청을 받는 창구가 변경되었습니다.
앞으로 시정요구 공문은 legal@ppomppu.co.kr 로 보내주시기 바랍니다.
기존 주소로 보내신 요청도 당분간은 함께 확인하겠습니다.

감사합니다.
뽐뿌 운영팀
""",
    outcome="review", review="no_claims",
    imitates="community site's notice of a new takedown contact address",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

case(
    name="soop-asks-for-letter",
    **{"from": "soop_legal@sooplive.co.kr"},
    name_from=enc("SOOP 법무팀"),
    date="Fri, 06 Sep 2024 15:20:00 +0900",
    subject=enc("Re: [KCSC-240905-04] 시정요구"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요, SOOP 법무팀입니다.

보내주신 요청(KCSC-240905-04)을 처리하기 위해서는 위원회 의결서 또는 시정요구 공문 사본이
필요합니다. 공문을 첨부하여 회신해 주시면 검토 후 조치하겠습니다.

또한 {S[3]} 은 게시글 본문과 댓글 중 어느 부분이 문제인지 알려주시기 바랍니다.

SOOP 법무팀 드림
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="platform legal team asking for the official letter before acting",
    why="asks for documents and details; no status for any item",
    items={S[3]: "pending"},
)

case(
    name="daum-internal-forward",
    **{"from": "kim.hyunwoo@kakaocorp.com"},
    name_from=enc("김현우"),
    date="Fri, 06 Sep 2024 15:30:00 +0900",
    subject=enc("Fwd: [권리침해센터] 처리 결과 공유"),
    body=f"""KCSC 담당자님, 내부 처리 결과를 전달드립니다.

---------- Forwarded message ---------
보낸사람: 권리침해신고센터 <right-ops@kakaocorp.com>
Date: 2024년 9월 6일 (금) 오후 3:12
Subject: [권리침해센터] 처리 결과 공유
To: 김현우 <kim.hyunwoo@kakaocorp.com>

KCSC-240903-02 처리 결과
{D[1]} 삭제
{D[2]} 삭제
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="staff member forwarding an internal team's result mail",
    why="the statements are only in the forwarded message; the forwarder states nothing himself",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="clien-untrusted",
    **{"from": "clien@clien.net"},
    name_from=enc("클리앙 운영팀"),
    auth="fail",
    date="Thu, 12 Sep 2024 02:44:09 +0900",
    subject=enc("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    body=f"""요청하신 게시물 {L1} 은 삭제되었습니다.

클리앙 운영팀
""",
    outcome="review", review="untrusted",
    imitates="short reply from clien.net failing authentication",
    why="platform domain failing DMARC: not trusted, the item stays pending",
    items={L1: "pending"},
)

# ============================ ignored ============================

case(
    name="naver-ooo-chuseok",
    **{"from": "sujin.lee@navercorp.com"},
    name_from=enc("이수진"),
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    subject=enc("[부재중] Re: [KCSC-240902-01] 불법 도박 게시물 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[자동 응답]
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

dsn_orig = f"""From: {enc("KCSC 통신심의")} <takedown@kcsc.example>
To: takedown-daum@kakaocorp.com
Subject: {enc("[KCSC-240903-02] 시정요구")}
Date: Tue, 03 Sep 2024 10:30:00 +0900
Message-ID: <{req_mid("KCSC-240903-02")}.retry@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다. (KCSC-240903-02)
{D[1]}
{D[2]}
{D[3]}
{D[4]}
"""
case(
    name="daum-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wz0bq1Kc"

--DSN.4Wz0bq1Kc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<takedown-daum@kakaocorp.com>: host aspmx.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <takedown-daum@kakaocorp.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--DSN.4Wz0bq1Kc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 10:30:01 +0900 (KST)

Final-Recipient: rfc822; takedown-daum@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <takedown-daum@kakaocorp.com>: Recipient
    address rejected: User unknown

--DSN.4Wz0bq1Kc
Content-Type: message/rfc822

{dsn_orig}
--DSN.4Wz0bq1Kc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request with its URL list",
    why="a bounce: the URLs are only in the returned request",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="dc-mdn-read",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Wed, 04 Sep 2024 13:20:31 +0900",
    subject=enc("읽음 확인: [KCSC-240904-03] 시정요구 요청의 건"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b_3391"

--mdn_b_3391
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 '[KCSC-240904-03] 시정요구 요청의 건'을(를) 수신자가 2024-09-04 13:20에 읽었습니다.
이 확인은 메시지가 수신자의 화면에 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 보장은 없습니다.

--mdn_b_3391
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; DCMail 3.2
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <{req_mid("KCSC-240904-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b_3391--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, message/disposition-notification)",
    why="a read receipt says nothing about any item",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date="Thu, 05 Sep 2024 09:41:02 +0900",
    subject=enc("[SOOP] 문의 접수 완료 안내"),
    body="""[SOOP] 문의 접수 완료 안내

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-0551287
문의 제목: [KCSC-240905-04] 시정요구
접수 일시: 2024-09-05 09:41

답변은 영업일 기준 3일 이내에 등록하신 이메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호, 답변 예정 안내)",
    why="pure acknowledgement of receipt, no item statement",
    items={},
)

case(
    name="fmkorea-ooo-en",
    **{"from": "jh.yoon@fmkorea.com"},
    name_from="Junho Yoon",
    date="Fri, 06 Sep 2024 14:00:40 +0900",
    subject=enc("Automatic reply: [KCSC-240906-05] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 16 September with limited access to email.
Requests about posts will be handled after I return. For urgent matters
please contact admin@fmkorea.com.

Junho Yoon
""",
    outcome="ignored", classification="auto_reply",
    imitates="English Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply; the future handling it mentions is no statement",
    items={},
)

case(
    name="inven-helpdesk-receipt-en",
    **{"from": "support@inven.co.kr"},
    name_from="Inven Support",
    date="Tue, 10 Sep 2024 15:21:30 +0900",
    subject="[Inven Support] Request received: KCSC-240910-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#48812) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Inven Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' receipt",
    why="ticket receipt; 'being reviewed' names no item",
    items={},
)

case(
    name="naver-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery Subsystem",
    date="Mon, 16 Sep 2024 09:02:14 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nv-dsn-0916"

--nv-dsn-0916
Content-Type: text/plain; charset=us-ascii

Your message to jy.choi@navercorp.com could not be delivered.
The recipient's mailbox is full and cannot accept messages now.

--nv-dsn-0916
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.navercorp.com

Final-Recipient: rfc822; jy.choi@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--nv-dsn-0916
Content-Type: text/rfc822-headers

From: {enc("KCSC 통신심의")} <takedown@kcsc.example>
To: jy.choi@navercorp.com
Subject: [KCSC-240902-01] Reminder: overdue items
Date: Mon, 16 Sep 2024 09:00:00 +0900
Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>

--nv-dsn-0916--
""",
    outcome="ignored", classification="bounce",
    imitates="platform MTA bounce (552 mailbox full) of our reminder",
    why="a bounce, whoever sends it, changes nothing",
    items={},
)


def main():
    write_requests()
    header = (
        "# blind249: Korean portals and community sites. Generated by make.py; "
        "expected results written from each email's meaning before any run.\n"
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
