#!/usr/bin/env python3
"""Blind set 851: Korean-language replies (NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, receipts, bounces.

Deterministic: `python3 tests/corpus/blind851/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning, before any run of the reader.
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

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N1 = "https://blog.naver.com/moonlit_kite/223560011201"
N2 = "https://blog.naver.com/moonlit_kite/223560011388"
N3 = "https://blog.naver.com/greyheron77/223561904512"
N4 = "https://cafe.naver.com/lowtidemarket/88213"
N5 = "https://cafe.naver.com/lowtidemarket/88240"
N6 = "https://cafe.naver.com/sunroomtalk/51077"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203356"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811207&memberNo=5520193"
N9 = "https://blog.naver.com/paper_lantern_9/223563310045"
N10 = "https://cafe.naver.com/sunroomtalk/51102"
N11 = "https://blog.naver.com/greyheron77/223562200917"
N12 = "https://m.blog.naver.com/tidalnote/223564008821"
N13 = "https://cafe.naver.com/lowtidemarket/88311"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

Q1 = "https://blog.naver.com/quietorchard/223571145590"

K1 = "https://cafe.daum.net/blueferry/Zx1p/3021"
K2 = "https://cafe.daum.net/blueferry/Zx1p/3044"
K3_RAW = "https://hanbyeol-notes.tistory.com/entry/오늘의-이벤트-안내"
K3 = ("https://hanbyeol-notes.tistory.com/entry/"
      "%EC%98%A4%EB%8A%98%EC%9D%98-%EC%9D%B4%EB%B2%A4%ED%8A%B8-%EC%95%88%EB%82%B4")
K4 = "https://brunch.co.kr/@sandpiper/41"
K5 = "https://hanbyeol-notes.tistory.com/118"
K6 = "https://cafe.daum.net/nightmarket22/aB3k/771"
K7 = "https://pf.kakao.com/_xkQbNd/104522871"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8kLp2A"
Y2 = "https://www.youtube.com/watch?v=h7RxW0cNe5s"
Y3 = "https://www.youtube.com/shorts/Zt4pL9wQa1M"
Y4 = "https://www.youtube.com/@hanriver_deals_tv"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=402218"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=402297"
D4 = "https://gall.dcinside.com/mini/board/view/?id=kkachi&no=15530"

B1 = "https://band.us/band/80123456/post/1021"
B2 = "https://band.us/band/80123456/post/1034"
B3 = "https://band.us/band/71550042/post/388"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling", NAVER_ALL),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", "defamation", [K1, K2, K3, K4, K5]),
    (R3, "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", "fraud", [Y1, Y2, Y3, Y4]),
    (R4, "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", "privacy", [D1, D2, D3, D4]),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "drugs", [B1, B2, B3]),
    (R6, "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "obscenity", [Q1]),
    (R7, "kakao", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", "gambling", [K6, K7]),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", f"item {i}/{len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word subject (as most Korean mailers send it)."""
    return Header(s, "utf-8").encode()


def b64_part(text, ctype="text/plain"):
    data = base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{data}\n")


def qp_part(text, ctype="text/plain"):
    data = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{data}\n")


def numbered_request(urls, prefix=""):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


ALL_PENDING = {u: "pending" for u in NAVER_ALL}

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

table_rows = [
    (N1, "게시중단(삭제)", "09.05"), (N2, "게시중단(삭제)", "09.05"),
    (N3, "임시조치(30일)", "09.05"), (N4, "게시물 삭제", "09.06"),
    (N5, "게시물 없음(작성자 삭제)", "-"), (N6, "위반사항 미확인, 게시 유지", "-"),
    (N7, "게시중단", "09.06"), (N8, "게시중단", "09.06"),
    (N9, "임시조치(30일)", "09.06"), (N10, "블라인드 처리", "09.06"),
    (N11, "존재하지 않는 게시물", "-"), (N12, "게시중단", "09.06"),
    (N13, "검토 중(추후 회신)", "-"),
]
case(
    name="naver-gongmun-text-table-13",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 06 Sep 2024 17:40:12 +0900",
    subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=mid(R1),
    body=f"""수신: 방송통신심의위원회 통신심의지원팀
참조: 담당 주무관
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024년 9월 3일자 귀 위원회의 시정요구({R1}, 총 13건)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

- 아    래 -

 번호 | 대상 URL | 조치결과 | 조치일
""" + "\n".join(f" {i:>2} | {u} | {s} | {d}" for i, (u, s, d) in enumerate(table_rows, 1)) + """

3. 13번 게시물은 게시자 소명 내용을 확인 중이며, 확인이 끝나는 대로 별도 회신드리겠습니다.
4. 조치 내역 관련 문의는 정책지원 담당(policy@navercorp.com)으로 연락 주시기 바랍니다.
   게시자의 재게시 요청 절차: https://right.naver.com/guide/repost

끝.

네이버 주식회사 정책지원실
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a plain-text pipe table (번호|URL|조치결과|조치일)",
    why="every row is an item-level result from NAVER; 13th row is still under review",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "restricted", N10: "removed",
           N11: "not_found", N12: "removed", N13: "pending"},
)

csv_text = "\ufeff순번,요청URL,처리결과,처리일시,비고\n" + "\n".join([
    f"1,{N2},게시중단,2024-09-06 14:20,",
    f"2,{N4},삭제,2024-09-06 14:22,",
    f"3,{N6},게시중단,2024-09-06 14:25,",
    f"4,{N8},임시조치,2024-09-06 14:31,30일",
    f"5,{N11},해당 게시물 없음,-,작성자 자진 삭제",
    f"6,{N13},조치하지 않음,-,위반 내용 확인되지 않음",
]) + "\n"
csv_b64 = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii").strip("\n")
body_csv = f"""안녕하세요, 네이버 정책지원팀입니다.

시정요구 {R1} 중 처리가 완료된 6건의 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 건은 확인 후 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
"""
case(
    name="naver-csv-attachment-six",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Sat, 07 Sep 2024 10:05:44 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 처리결과 (1차)"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7f3a91"

--=_nv_7f3a91
{b64_part(body_csv)}
--=_nv_7f3a91
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}

--=_nv_7f3a91--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply sending a 처리결과 spreadsheet exported as CSV (UTF-8 with BOM)",
    why="CSV rows give item-level results; 조치하지 않음 with 위반 내용 확인되지 않음 is a refusal",
    items={N2: "removed", N4: "removed", N6: "removed", N8: "restricted", N11: "not_found",
           N13: "rejected"},
)

case(
    name="naver-blog-single-prose",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date="Wed, 11 Sep 2024 16:52:03 +0900",
    subject=enc(f"[네이버 블로그] 요청하신 게시물 처리 결과 안내 ({R6})"),
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

대상 게시물: {Q1}
처리 결과: 게시중단 완료 (2024.09.11 16:40)

게시자에게는 운영정책에 따른 게시중단 사실이 별도로 통지되었습니다.
블로그 운영정책 안내: https://blog.naver.com/BlogHelp/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog customer-centre 처리 결과 안내 (대상 게시물 / 처리 결과 layout)",
    why="one named post, 게시중단 완료",
    items={Q1: "removed"},
)

case(
    name="naver-sole-reply-no-url",
    **{"from": "doyoon.kim@navercorp.com"}, name_from="김도윤",
    date="Thu, 12 Sep 2024 09:31:40 +0900",
    subject=enc(f"RE: [{R6}] 게시물 시정요구 (1건)"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요. 네이버 정책지원팀 김도윤입니다.

보내주신 시정요구 건({R6}) 관련하여, 해당 게시물 1건은 오늘 오전 삭제 조치를 완료하였습니다.

감사합니다.
김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short personal reply from a NAVER policy staffer in the request thread",
    why="answers a one-item request: 'the post' deleted applies to its only item",
    items={Q1: "removed"},
)

case(
    name="naver-cafe-operator-particles",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페팀",
    date="Thu, 05 Sep 2024 15:18:27 +0900",
    subject=enc("문의하신 카페 게시글 건 답변드립니다"),
    body=f"""안녕하세요 네이버 카페팀입니다~

문의주신 로우타이드마켓 카페 글 관련해서 말씀드리면,
{N4} 글은 블라인드 처리했고요,
{N5}은 저희가 확인했을 때 이미 작성자가 삭제한 상태여서 따로 조치할 게 없었습니다.

추가로 궁금하신 점 있으시면 편하게 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER Cafe team reply, URLs running into Korean particles (…/88240은)",
    why="blind on one post, the other already deleted by its author",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-top-posted-over-original",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 04 Sep 2024 18:03:55 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 (13건)"),
    reply_to_req=mid(R1),
    body=f"""심의지원팀 담당자님께,

아래 요청 중 2건 먼저 처리 결과 알려드립니다.

- {N9} : 게시중단 완료
- {N10} : 위반사항이 확인되지 않아 게시 유지

나머지 11건은 검토가 끝나는 대로 회신드리겠습니다.

네이버 정책지원실 드림

-----Original Message-----
From: KCSC 통신심의지원팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 시정요구 (13건)

안녕하세요. 방송통신심의위원회입니다.
아래 정보는 심의 결과 불법정보에 해당하여 삭제를 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.

{numbered_request(NAVER_ALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the quoted request (-----Original Message-----)",
    why="two items answered above the quote; the quoted list below is our own request",
    items={N9: "removed", N10: "rejected", N1: "pending", N13: "pending"},
)

case(
    name="naver-temporary-measure-notice",
    **{"from": "noreply_right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Thu, 05 Sep 2024 11:07:31 +0900",
    subject=enc("[네이버] 게시물 임시조치 안내"),
    body=f"""[네이버] 임시조치 안내

네이버는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래 게시물에 대하여 30일간 임시조치(게시 임시중단)를 하였음을 알려드립니다.

■ 요청 번호: {R1}
■ 대상 게시물
  {N3}
  {N11}
■ 조치 일시: 2024년 9월 5일 11:02
■ 조치 기간: 2024.09.05 ~ 2024.10.04

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라 처리됩니다.
자세한 안내: https://right.naver.com/guide/temporary

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 안내 (정보통신망법 제44조의2, 30일)",
    why="임시조치 of two named posts is a restriction, not a removal",
    items={N3: "restricted", N11: "restricted"},
)

case(
    name="naver-urls-below-headings",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 06 Sep 2024 10:12:09 +0900",
    subject=enc(f"[{R1}] 처리 결과 안내 (2차)"),
    body=f"""안녕하세요.

요청하신 건 중 아래 게시물은 삭제되었습니다.

{N1}
{N2}

아래 게시물은 확인 결과 존재하지 않는 게시물입니다. (주소 오류 또는 이미 삭제)

{N7}

나머지 게시물에 대해서는 추가로 안내드리겠습니다.

네이버 정책지원실
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply grouping bare URLs under a statement line ending in a period",
    why="two URLs under 'deleted', one under 'does not exist'",
    items={N1: "removed", N2: "removed", N7: "not_found"},
)

body_qp = f"""방송통신심의위원회 담당자님께

위원회에서 요청하신 게시물({R1}) 중 아래 두 건은 당사 운영정책과 관련 법령을 검토한 결과
삭제 사유에 해당하지 않는다고 판단하여 게시를 유지합니다.

1) {N6}
   사유: 개인 의견을 표현한 글로, 특정인을 식별할 수 있는 내용이 없음
2) {N8}
   사유: 게시자가 이미 글을 수정하여 문제 된 표현이 남아 있지 않음

판단에 다른 의견이 있으시면 회신해 주시기 바랍니다.

네이버 정책지원실 드림
"""
case(
    name="naver-qp-kept-with-reasons",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Mon, 09 Sep 2024 14:44:18 +0900",
    subject=enc(f"[{R1}] 게시 유지 결정 안내"),
    raw_mime=qp_part(body_qp),
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal with per-item reasons, quoted-printable body",
    why="two named posts kept up because they break no rule",
    items={N6: "rejected", N8: "rejected"},
)

case(
    name="naver-gmail-quoted-followup",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Tue, 10 Sep 2024 11:26:50 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 (13건)"),
    reply_to_req=mid(R1),
    body=f"""네, 말씀하신 두 건 처리했습니다.

{N12} → 삭제
{N13} → 국내 접속 차단(임시조치)

확인 부탁드립니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의지원팀 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물 13건에 대해 시정요구 드립니다.
>
{numbered_request(NAVER_ALL, "> ")}
>
> 조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) with '>' quoted request",
    why="two items answered with arrows; the '>' list is quoted",
    items={N12: "removed", N13: "restricted", N2: "pending", N5: "pending"},
)

html_rows = [
    (N3, "임시조치", "30일"), (N5, "삭제", ""), (N7, "게시중단", ""),
    (N9, "접속차단", "국내 IP"), (N10, "-", "작성자 자진 삭제로 게시물 없음"),
]
html_body = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 정책지원실입니다.</p>
<p>시정요구 <b>{R1}</b> 관련 조치결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>URL</th><th>조치내용</th><th>비고</th></tr>
""" + "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td><td>{n}</td></tr>'.replace("&", "&amp;")
    for i, (u, s, n) in enumerate(html_rows, 1)
) + """
</table>
<p>문의: <a href="https://help.naver.com/support/contact">네이버 고객센터</a></p>
</body></html>
"""
case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Sun, 08 Sep 2024 20:15:36 +0900",
    subject=enc(f"[{R1}] 시정요구 조치결과"),
    type="html", body=html_body,
    outcome="applied", classification="confirmation",
    imitates="KCSC-style 시정요구 조치결과 HTML table (번호|URL|조치내용|비고)",
    why="table rows: 임시조치/접속차단 restricted, 삭제/게시중단 removed, author-deleted not_found",
    items={N3: "restricted", N5: "removed", N7: "removed", N9: "restricted", N10: "not_found"},
)

case(
    name="naver-english-trust-safety",
    **{"from": "ts-global@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 09:02:14 +0900",
    subject=f"Your request {R1}: update on two items",
    body=f"""Dear KCSC team,

Following your request {R1}, please find our update on two of the listed items.

The post at {N11} has been taken down.

Access to {N4} has been restricted for users in Korea.

We will follow up on the remaining items separately.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English-language update from a NAVER global trust-and-safety desk",
    why="one taken down, one restricted in Korea",
    items={N11: "removed", N4: "restricted"},
)

kakao_gongmun = f"""문서번호: 카카오정책-2024-0912
수    신: 방송통신심의위원회 (통신심의지원팀)
제    목: 시정요구에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구({R2})와 관련하여 아래와 같이 조치하였음을 회신합니다.

  가. {K1} : 게시물 삭제
  나. {K2} : 게시물 삭제
  다. {K3} : 임시조치(30일)
  라. {K4} : 게시자 자진 삭제로 해당 게시물 없음
  마. {K5} : 국내 접속 제한

3. 기타 문의사항은 카카오 정책팀(policy@kakaocorp.com)으로 연락 주시기 바랍니다.  끝.

주식회사 카카오
"""
case(
    name="kakao-gongmun-base64",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Thu, 12 Sep 2024 13:20:05 +0900",
    subject=enc(f"[카카오] 시정요구 조치결과 회신 ({R2})"),
    reply_to_req=mid(R2),
    raw_mime=b64_part(kakao_gongmun),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (문서번호/수신/제목, 가.나.다. list), base64 text body",
    why="five lettered lines each with a result",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 16:33:12 +0900",
    subject=enc(f"[티스토리] 요청하신 글 처리 안내 ({R2})"),
    body=f"""안녕하세요, 티스토리입니다.

요청 주신 글 {K3_RAW} 은(는) 운영정책 위반이 확인되어 비공개 처리하였습니다.
해당 블로그 운영자에게는 별도로 안내 메일이 발송되었습니다.

티스토리 운영정책: https://www.tistory.com/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply with the Korean entry path written raw (not percent-encoded)",
    why="비공개 처리 of the named entry counts as removed; raw path matches the encoded request URL",
    items={K3: "removed"},
)

kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 정책팀입니다.</p>
<p>{R7} 요청 건 처리 결과입니다.</p>
<table border="1">
<tr><th>URL</th><th>결과</th></tr>
<tr><td>{K6}</td><td>게시물 삭제</td></tr>
<tr><td>{K7}</td><td>존재하지 않는 게시물</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 10:40:00 +0900",
    subject=enc(f"[{R7}] 처리 결과"),
    raw_mime=b64_part(kakao_html, "text/html"),
    outcome="applied", classification="confirmation",
    imitates="Kakao two-row HTML result table sent base64-encoded",
    why="one deleted, one does not exist",
    items={K6: "removed", K7: "not_found"},
)

k3_a = K3[: K3.index("%ED%8A%B8-") + len("%ED%8A%B8-")]
k3_b = K3[len(k3_a):]
case(
    name="kakao-flowed-wrapped-url",
    **{"from": "jiho.han@kakaocorp.com"}, name_from="한지호",
    date="Mon, 09 Sep 2024 17:05:29 +0900",
    subject=enc(f"Re: [{R2}] 시정요구"),
    reply_to_req=mid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes
Content-Transfer-Encoding: 8bit

안녕하세요, 카카오 한지호입니다.

티스토리 건 두 개 처리 결과 공유드립니다.

{k3_a} 
{k3_b} : 삭제 처리

{K5} : 삭제 처리

나머지 다음 카페/브런치 건은 담당 부서에서 별도 회신 예정입니다.

한지호 드림
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply in format=flowed; delsp=yes where the long encoded URL is soft-wrapped",
    why="RFC 3676 soft break joins the URL; both Tistory entries deleted",
    items={K3: "removed", K5: "removed"},
)

case(
    name="kakao-daum-cafe-blind-channel-kept",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀",
    date="Sat, 14 Sep 2024 12:11:43 +0900",
    subject=enc(f"[Daum 카페] 신고 게시물 처리 결과 ({R7})"),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

nightmarket22 카페의 게시글({K6})은 카페 운영정책 위반으로 블라인드 처리되었습니다.

함께 요청하신 카카오톡 채널 게시물 {K7} 은 채널 운영정책 검토 결과 위반 사항이 확인되지 않아 게시가 유지됩니다.

처리 결과에 대한 문의는 https://cs.daum.net/faq/cafe 를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe operations 신고 처리 결과 (블라인드) plus a Kakao channel refusal",
    why="blind = removed; the channel post stays up for lack of violation",
    items={K6: "removed", K7: "rejected"},
)

case(
    name="youtube-ko-legal-outcome",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 08:14:22 +0900",
    subject=enc(f"[{R3}] YouTube 콘텐츠 검토 결과"),
    body=f"""안녕하세요.

YouTube에 보내주신 요청({R3})을 검토했습니다.

현지 법률에 따라 다음 콘텐츠에 대한 대한민국 내 액세스를 제한했습니다.
- {Y1}
- {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

YouTube의 법적 요청 처리 방식은 https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law geo-restriction vs guideline removal)",
    why="two blocked in Korea, one removed worldwide",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-bilingual-channel-terminated",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:40:09 +0900",
    subject=f"Re: {R3} / YouTube",
    body=f"""Hello,

Thank you for contacting YouTube.

The channel {Y4} has been terminated for violating our spam, deceptive practices and scams policies.

For {Y2}, we did not find a violation of our Community Guidelines or local law, and the video remains available.

안녕하세요. 위 내용을 한국어로 안내드립니다.
채널 {Y4} 은 스팸·사기 정책 위반으로 해지되었습니다.
동영상 {Y2} 은 검토 결과 위반 사항이 없어 게시가 유지됩니다.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support English reply followed by a Korean translation",
    why="channel terminated = removed; video stays up = rejected (said twice, consistently)",
    items={Y4: "removed", Y2: "rejected"},
)

case(
    name="youtube-age-restricted",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 05:21:37 +0900",
    subject=f"YouTube: update on your request {R3}",
    body=f"""Hello,

After reviewing your request, we have age-restricted the following video:

{Y1}

Viewers must now be signed in and 18 or older to watch it.

Learn more about age restrictions: https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice",
    why="age-restricted is restricted",
    items={Y1: "restricted"},
)

case(
    name="youtube-angle-bracket-urls",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
    date="Fri, 13 Sep 2024 03:02:51 +0900",
    subject=f"[{R3}] Outcome",
    body=f"""Hello,

Thanks for reaching out. Regarding your request:

<{Y1}> has been actioned under our policies.

<{Y3}> is no longer available on YouTube because the uploader removed it before our review.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply with URLs in angle brackets",
    why="'actioned' = removed (config phrase); removed by its uploader = not_found",
    items={Y1: "removed", Y3: "not_found"},
)

case(
    name="dc-operator-grouped-list",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 15:47:03 +0900",
    subject=enc(f"RE: [{R4}] 게시물 삭제 요청"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

위원회에서 보내주신 요청 건 확인했습니다. 결과 정리해서 드립니다.

[삭제 처리]
- {D1}
- {D2}
- {D4}

[조치 불요 - 작성자 삭제]
- {D3}
  (요청 접수 전에 작성자가 직접 지운 글입니다)

추가로 해당 갤러리 관리자에게도 공지 조치 요청해 두었습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply grouping URLs under [삭제 처리] / [조치 불요] headings",
    why="three deleted, one already deleted by its author",
    items={D1: "removed", D2: "removed", D4: "removed", D3: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "report@dcinside.com"}, name_from="DCinside",
    date="Mon, 09 Sep 2024 10:20:31 +0900",
    subject=enc(f"{R4} 처리 결과"),
    body=f"""{R4} 처리 결과

{D1}
→ 삭제 완료 (9/9 10:12)

{D4}
→ 법령 위반 소지 확인 안 됨, 게시물 유지

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside reply: bare URL, status on the next line after an arrow",
    why="one deleted, one kept for no violation",
    items={D1: "removed", D4: "rejected"},
)

case(
    name="dc-fullwidth-brackets",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:02:18 +0900",
    subject=enc(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요.

말씀하신 「{D2}」 게시물은 오늘 오전에 삭제했습니다。

나머지 건들은 갤러리 쪽 확인되는 대로 다시 연락드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with the URL in 「」 corner brackets and a full-width period",
    why="one named post deleted; the rest only promised",
    items={D2: "removed"},
)

case(
    name="band-numbered-removed",
    **{"from": "help@band.us"}, name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 14:09:55 +0900",
    subject=enc(f"[BAND] 신고 게시글 처리 결과 안내 ({R5})"),
    body=f"""안녕하세요, BAND 운영팀입니다.

아래 게시글 3건은 BAND 운영정책(불법 정보 게시 금지) 위반으로 삭제 조치되었습니다.

1. {B1}
2. {B2}
3. {B3}

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations 신고 게시글 처리 결과 with a numbered list",
    why="each of the three posts is listed under the deletion sentence",
    items={B1: "removed", B2: "removed", B3: "removed"},
)

case(
    name="band-closed-band-and-missing-post",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 16:30:12 +0900",
    subject=enc(f"RE: [{R5}] 시정요구"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요. BAND 고객센터입니다.

신고하신 밴드 게시글 관련하여 안내드립니다.

{B3}
해당 밴드는 운영정책 위반으로 이용 정지(폐쇄)되어 소속 게시글 전체가 더 이상 노출되지 않습니다.

{B1}
존재하지 않는 게시글입니다. 이미 삭제되었거나 주소가 잘못되었을 수 있으니 확인 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre reply: URL on its own line, its statement on the line below",
    why="band closed = its post removed; the other post does not exist",
    items={B3: "removed", B1: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 04 Sep 2024 11:20:40 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 (13건)"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중
{N1}
{N2}
{N3}
은 내부 검토를 거쳐 순차적으로 게시중단될 예정입니다.

처리가 완료되면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising 순차적 게시중단",
    why="'will be taken down' is a promise, not a statement",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-brunch-hedge",
    **{"from": "brunch_help@kakaocorp.com"}, name_from="브런치팀",
    date="Sat, 07 Sep 2024 13:55:20 +0900",
    subject=enc(f"[브런치] 문의 답변 ({R2})"),
    body=f"""안녕하세요, 브런치팀입니다.

문의하신 {K4} 글은 조회해 보니 이미 삭제된 것으로 보입니다.
정확한 삭제 이력은 확인 후 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Brunch team reply hedging (…삭제된 것으로 보입니다)",
    why="'appears to have been deleted' is a hedge, item stays pending",
    items={K4: "pending"},
)

case(
    name="naver-bulk-all-thirteen",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject=enc(f"[{R1}] 조치 완료 보고"),
    body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치 완료 보고

귀 위원회에서 {R1}로 요청하신 게시물 13건 전부에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

끝.
네이버 주식회사
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 보고 covering the whole request",
    why="'all 13' without naming each item, request has 13 items",
    items=dict(ALL_PENDING),
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 09:05:00 +0900",
    subject=enc(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=mid(R4),
    body="""네 요청하신 게시물 모두 삭제 처리했습니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-line operator reply 'all deleted' in the request thread",
    why="four-item request, no item named",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="band-auth-fail",
    **{"from": "help@band.us"}, name_from="BAND 운영팀", auth="fail",
    date="Wed, 11 Sep 2024 22:41:09 +0900",
    subject=enc(f"[BAND] 처리 결과 안내 ({R5})"),
    body=f"""안녕하세요, BAND 운영팀입니다.

{B1} 게시글과
{B2} 게시글은 삭제 조치되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="BAND-looking result notice that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={B1: "pending", B2: "pending"},
)

case(
    name="gmail-blog-owner-deleted",
    **{"from": "greyheron77@gmail.com"}, name_from="greyheron77",
    date="Sat, 07 Sep 2024 21:14:06 +0900",
    subject=enc("블로그 글 삭제했습니다"),
    body=f"""안녕하세요.
네이버에서 연락 받고 제 블로그 글 두 개 삭제했습니다.

{N3}
{N11}

확인해 주세요. 앞으로 주의하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="blog author writing from a personal Gmail account",
    why="not a platform domain",
    items={N3: "pending", N11: "pending"},
)

case(
    name="band-about-naver-blog-post",
    **{"from": "help@band.us"}, name_from="BAND 운영팀",
    date="Fri, 13 Sep 2024 15:22:31 +0900",
    subject=enc("네이버 블로그 게시물 관련 전달 사항"),
    body=f"""안녕하세요, BAND 운영팀입니다.

지난주 위원회에서 밴드 쪽으로 함께 보내주신 네이버 블로그 게시물
{Q1}
은 블로그 서비스 담당 부서에서 삭제 조치했다고 전달받아 알려드립니다.

밴드 게시글 건은 별도로 회신드렸습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND (a NAVER group service) passing on the status of a NAVER Blog post",
    why="BAND's domain stating a status for a NAVER item",
    items={Q1: "pending"},
)

case(
    name="naver-asks-for-decision-copy",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 05 Sep 2024 14:02:47 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 관련 자료 요청"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 2건은 권리침해 여부 판단을 위해 추가 자료가 필요합니다.

- {N5}
- {N6}

해당 건에 대한 심의 의결서 사본과 침해 부분을 특정한 자료를 보내주시면 검토 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결서 사본)",
    why="asks the regulator for documents before acting",
    items={N5: "pending", N6: "pending"},
)

case(
    name="youtube-ko-promise-after-review",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date="Sat, 07 Sep 2024 07:45:12 +0900",
    subject=enc(f"[{R3}] 진행 상황 안내"),
    body=f"""안녕하세요.

요청하신 콘텐츠 중 {Y2} 는 추가 검토 후 조치될 예정이며,
{Y3} 역시 정책팀 검토가 끝나는 대로 삭제될 것으로 예상됩니다.

결과가 확정되면 다시 연락드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim progress note in Korean",
    why="promises and expectations only",
    items={Y2: "pending", Y3: "pending"},
)

case(
    name="dc-conditional-deletion",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 18:30:50 +0900",
    subject=enc(f"[{R4}] 소명 절차 안내"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D3}
게시물은 작성자에게 소명 기회를 부여했으며, 7일 이내에 소명이 없으면 삭제될 예정입니다.

진행되는 대로 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside notice of a pending author-appeal window",
    why="deletion is conditional and in the future",
    items={D3: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "right_notice@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 04 Sep 2024 10:00:00 +0900",
    subject=enc("[네이버] 권리보호센터 담당자 및 연락처 변경 안내"),
    body="""안녕하세요. 네이버 권리보호센터입니다.

2024년 9월 9일부터 기관 요청 접수 창구가 아래와 같이 변경됩니다.

- 기관 전용 접수: https://right.naver.com/agency
- 담당 메일: policy@navercorp.com

기존 메일 주소로 보내주신 요청도 당분간 함께 접수됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER contact-change circular to agencies",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="lawfirm-for-cafe-operator",
    **{"from": "lee.minjae@hangyeol-law.example"}, name_from="법무법인 한결 이민재 변호사",
    date="Tue, 10 Sep 2024 10:48:31 +0900",
    subject=enc(f"{R2} 관련 의뢰인 조치 사실 통지"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 다음 카페 'blueferry'의 운영자를 대리하고 있습니다.
의뢰인은 귀 위원회의 요청({R2})에 따라 아래 게시물을 2024. 9. 9. 삭제하였음을 알려드립니다.

1. {K1}
2. {K2}

법무법인 한결 변호사 이민재
""",
    outcome="review", review="unknown_sender",
    imitates="law firm notice on behalf of a Daum cafe operator",
    why="third party, not Kakao's domain",
    items={K1: "pending", K2: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office",
    **{"from": "doyoon.kim@navercorp.com"}, name_from="김도윤",
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    subject=enc(f"[자동응답] 부재중입니다 (Re: [{R1}] 시정요구)"),
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김도윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
게시중단 관련 급한 문의는 policy@navercorp.com 으로 보내주시면 담당자가 확인합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Wq2.1725843612"

--dsn.4Wq2.1725843612
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@band.us>: host mx1.band.us[203.0.113.44] said: 550 5.1.1
    <report-kr@band.us>: Recipient address rejected: User unknown

--dsn.4Wq2.1725843612
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WqK2C19x
Arrival-Date: Mon,  9 Sep 2024 10:00:07 +0900 (KST)

Final-Recipient: rfc822; report-kr@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report-kr@band.us>: Recipient address
    rejected: User unknown

--dsn.4Wq2.1725843612
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@band.us
Subject: {enc("["+R5+"] 시정요구")}
Message-ID: <{mid(R5)}@kcsc.example>
Date: Mon, 09 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글 3건에 대해 삭제를 요청합니다.
{numbered_request([B1, B2, B3])}

--dsn.4Wq2.1725843612--
"""
case(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Mon, 09 Sep 2024 10:00:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1) with the original request attached",
    why="bounce; the URLs are in our own returned request",
    items={B1: "pending", B2: "pending", B3: "pending"},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_8c1d"

--mdn_8c1d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R2}] 시정요구"을(를) 수신자가 2024-09-05 09:12 에 읽었습니다.

--mdn_8c1d
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;policy@kakaocorp.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_8c1d--
"""
case(
    name="kakao-read-receipt",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    subject=enc(f"읽음: [{R2}] 시정요구"),
    reply_to_req=mid(R2),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a Korean webmail",
    why="read receipt",
    items={},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "noreply-legal@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 14:03:10 +0900",
    subject=enc("[3-4418200871633] 요청이 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요.

YouTube에 요청을 보내주셔서 감사합니다. 요청이 정상적으로 접수되었습니다.

접수 번호: 3-4418200871633
참조: {R3}

이 메일에 회신하실 때는 제목의 접수 번호를 유지해 주세요.

YouTube 법무 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal ticket receipt with a 3-… case number",
    why="pure acknowledgement, no item named",
    items={},
)

case(
    name="naver-receipt-number",
    **{"from": "noreply_right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Tue, 03 Sep 2024 10:04:31 +0900",
    subject=enc("[네이버] 게시중단 요청이 접수되었습니다"),
    body=f"""게시중단 요청이 정상적으로 접수되었습니다.

■ 접수번호: R2024090300183
■ 요청기관 참조번호: {R1}
■ 접수일시: 2024.09.03 10:04

검토 결과는 처리 완료 후 요청하신 메일 주소로 안내됩니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="receipt only",
    items={},
)

case(
    name="dc-out-of-office-quoting-request",
    **{"from": "jaewon.seo@dcinside.com"}, name_from="서재원",
    date="Fri, 06 Sep 2024 09:31:02 +0900",
    subject=enc(f"자동 회신: [{R4}] 게시물 삭제 요청"),
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""지금은 외근 중이라 메일 확인이 늦어질 수 있습니다. 9/9(월) 복귀 후 답변드리겠습니다.
급한 건은 cs@dcinside.com 으로 보내주세요.

> 아래 게시물의 삭제를 요청합니다. ({R4})
{numbered_request([D1, D2, D3, D4], "> ")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 that quotes the incoming request",
    why="auto-reply; URLs only in the quoted request",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="kakao-cs-auto-ack-echo",
    **{"from": "noreply@kakao.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 10:31:20 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""카카오 고객센터에 문의해 주셔서 감사합니다.
아래 내용으로 문의가 접수되었으며, 담당자가 확인 후 답변드리겠습니다.

[접수번호] 7712094
[문의 유형] 권리침해 신고 > 기관 요청

[문의 내용]
{R7} 시정요구
1. {K6}
2. {K7}
위 게시물에 대한 조치를 요청합니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre auto-acknowledgement echoing the submitted inquiry",
    why="pure receipt; the URLs are our own echoed inquiry",
    items={K6: "pending", K7: "pending"},
)

HEADER = """# Blind set 851 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind851/make.py from the meaning of each email,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind851", HEADER, cases)
    print(f"{len(cases)} cases")
