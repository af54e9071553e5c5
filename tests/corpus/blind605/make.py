#!/usr/bin/env python3
"""Blind set 605 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
Band replies written in Korean (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus receipts,
out-of-office replies, a bounce and a read receipt.

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning before any run.
"""
import base64
import csv
import datetime
import hashlib
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm):
    t = datetime.datetime(2024, 9, day, hh, mm, 0, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def h(s):
    """RFC 2047 encoded word for a Korean header value."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_pine77/223555010101",
    "https://blog.naver.com/moonlit_pine77/223555010245",
    "https://cafe.naver.com/harborfleamarket/88213",
    "https://cafe.naver.com/harborfleamarket/88390",
    "https://cafe.naver.com/harborfleamarket/88412",
    "https://blog.naver.com/grey_kettle_09/223561778820",
    "https://m.blog.naver.com/grey_kettle_09/223561779001",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471120938",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=55120931",
    "https://cafe.naver.com/" + quote("새벽시장모임") + "/7731",
    "https://blog.naver.com/dawnfield_3/223570112233",
    "https://cafe.naver.com/nightowlparts/20417",
]
N10_RAW = "https://cafe.naver.com/새벽시장모임/7731"
n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12 = N

K = [
    "https://cafe.daum.net/silverlake_club/Hx3f/1184",
    "https://cafe.daum.net/silverlake_club/Hx3f/1192",
    "https://bluepebble-notes.tistory.com/412",
    "https://brunch.co.kr/@quietriver/57",
]
k1, k2, k3, k4 = K

Y = [
    "https://www.youtube.com/watch?v=Qm7TzK2pLw0",
    "https://www.youtube.com/watch?v=hR4e9XnB1sY",
    "https://www.youtube.com/shorts/Vd8cPq3LmZa",
]
y1, y2, y3 = Y

D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981377",
    "https://gall.dcinside.com/mgallery/board/view/?id=riverfish&no=30214",
    "https://gall.dcinside.com/mgallery/board/view/?id=riverfish&no=30288",
    "https://m.dcinside.com/board/nightsky_m/45120",
]
d1, d2, d3, d4, d5 = D

B = [
    "https://band.us/band/81234567/post/2041",
    "https://band.us/band/81234567/post/2057",
]
b1, b2 = B

T1_RAW = "https://ondo-lab.tistory.com/entry/가을-할인-정리"
t1 = "https://ondo-lab.tistory.com/entry/" + quote("가을-할인-정리")

S1 = "https://blog.naver.com/sunlit_oar/223588001122"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     N, "gambling", "req-240902-01@kcsc.example",
     'sports-betting promotion ring, 12 posts "same operator"'),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     K, "drugs", "req-240903-02@kcsc.example", "Daum cafe, Tistory, brunch"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:00:00+09:00", "2024-09-12T18:00:00+09:00",
     Y, "privacy", "req-240905-03@kcsc.example", "doxxing videos, Korean uploader"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     D, "defamation", "req-240909-04@kcsc.example", "gallery posts, one mobile link"),
    ("KCSC-240910-05", "band", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     B, "fraud", "req-240910-05@kcsc.example", "investment fraud band, 2 posts"),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [t1], "counterfeit", "req-240911-06@kcsc.example", "Tistory post, Korean slug"),
    ("KCSC-240913-07", "naver", "2024-09-13T09:30:00+09:00", "2024-09-20T18:00:00+09:00",
     [S1], "obscenity", "req-240913-07@kcsc.example", "single blog post"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(ref, urls, prefix="> ", raw=None):
    """Our own request, as quoted back by a platform."""
    raw = raw or {}
    out = [
        "안녕하십니까, 방송통신심의위원회 불법정보대응팀입니다.",
        "",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {raw.get(u, u)}")
    out += ["", "방송통신심의위원회 불법정보대응팀 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in out)


NAVER_SIG = """네이버 주식회사 | Trust & Safety 정책지원팀
본 메일은 발신 전용이 아니며, 회신 시 요청번호를 제목에 남겨 주세요."""

cases = []


def case(**kw):
    cases.append(kw)


# ===================================================================== APPLIED
table_rows = [
    (1, n1, "삭제", "2024.09.04", ""),
    (2, n2, "게시중단", "2024.09.04", ""),
    (3, n3, "블라인드", "2024.09.04", "카페 게시글"),
    (4, n4, "임시조치", "2024.09.04", "30일간, 게시자 재게시 요청 가능"),
    (5, n5, "게시물 없음", "-", "작성자 자진 삭제(09.03)"),
    (6, n6, "삭제", "2024.09.05", ""),
    (7, n7, "삭제", "2024.09.05", "모바일 주소, 6번과 다른 글"),
    (8, n8, "비공개 처리", "2024.09.05", "지식iN 질문"),
    (9, n9, "조치 불가", "-", "위법성 미확인, 3항 참조"),
    (10, n10, "삭제", "2024.09.05", ""),
    (11, n11, "접속차단(국내)", "2024.09.05", "해외 이용자 열람 가능"),
    (12, n12, "삭제", "2024.09.05", ""),
]
tbl = "\n".join(f"| {i:>2} | {u} | {r} | {dt} | {note} |" for i, u, r, dt, note in table_rows)
case(
    name="naver-sijeong-result-gongmun-table",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(5, 17, 40),
    subject=h("[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보"),
    reply_to_req="req-240902-01",
    body=f"""수신: 방송통신심의위원회 불법정보대응팀
참조: 통신심의 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 요청한 시정요구(요청번호 KCSC-240902-01)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

- 아    래 -

| 연번 | 대상 URL | 조치결과 | 조치일 | 비고 |
|------|----------|----------|--------|------|
{tbl}

3. 연번 9 게시물은 공공기관이 배포한 보도자료를 출처와 함께 옮긴 글로,
   내부 검토 결과 위법성을 확인할 수 없어 게시를 유지합니다.
4. 조치 내용에 관한 문의는 본 메일로 회신해 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style 시정요구 조치결과 통보 from a Korean portal, text table with 조치결과 column",
    why="each row states one item's result: 삭제/게시중단/블라인드/비공개 -> removed, 임시조치/국내 접속차단 -> restricted, 게시물 없음 -> not_found, 조치 불가 with reason -> rejected",
    items={n1: "removed", n2: "removed", n3: "removed", n4: "restricted", n5: "not_found",
           n6: "removed", n7: "removed", n8: "removed", n9: "rejected", n10: "removed",
           n11: "restricted", n12: "removed"},
)

case(
    name="naver-html-result-table",
    **{"from": "noreply-legal@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    date=d(6, 11, 5),
    subject=h("[NAVER] 요청번호 KCSC-240902-01 처리 결과 안내"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(요청번호 <b>KCSC-240902-01</b>) 중 아래 게시물의 처리 결과를 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{n1}">{n1}</a></td><td>삭제</td><td>2024-09-05 10:12</td></tr>
<tr><td>2</td><td><a href="{n3}">{n3}</a></td><td>블라인드</td><td>2024-09-05 10:15</td></tr>
<tr><td>3</td><td><a href="{n6}">{n6}</a></td><td>임시조치(30일)</td><td>2024-09-05 10:20</td></tr>
<tr><td>4</td><td><a href="{n9}">{n9}</a></td><td>게시물 없음(이미 삭제됨)</td><td>-</td></tr>
<tr><td>5</td><td><a href="{n12}">{n12}</a></td><td>미조치(운영정책 위반 아님)</td><td>-</td></tr>
</table>
<p>나머지 게시물은 확인되는 대로 별도로 안내해 드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p style="color:#888">NAVER 권리보호센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 처리 결과 안내 mail with an HTML result table",
    why="five rows each with a result; 게시물 없음(이미 삭제됨) -> not_found, 미조치(운영정책 위반 아님) -> rejected; the policy link is not an item; the rest are only promised",
    items={n1: "removed", n3: "removed", n6: "restricted", n9: "not_found", n12: "rejected"},
)

csv_text = "\ufeff번호,게시물 URL,조치 내용,조치 일자\n" + "\n".join([
    f"1,{n2},삭제,2024-09-06",
    f"2,{n4},삭제,2024-09-06",
    f"3,{n5},블라인드,2024-09-06",
    f"4,{n7},게시물 없음(작성자 삭제),-",
]) + "\n"
csv_b64 = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii")
case(
    name="naver-csv-attachment-result",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(6, 16, 30),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 - 조치결과 파일 송부"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_0906_b605"

--=_nv_0906_b605
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 한도윤입니다.

KCSC-240902-01 건 중 4건의 조치결과를 첨부 CSV 파일로 송부드립니다.
파일 확인 부탁드리며, 남은 건은 처리되는 대로 회신드리겠습니다.

감사합니다.
한도윤 드림

--=_nv_0906_b605
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--=_nv_0906_b605--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal policy team sending the 조치결과 as a CSV attachment",
    why="the CSV rows state each item's result: 삭제/블라인드 -> removed, 게시물 없음(작성자 삭제) -> not_found",
    items={n2: "removed", n4: "removed", n5: "removed", n7: "not_found"},
)

case(
    name="naver-bare-url-arrow-status",
    **{"from": "han.doyun@navercorp.com"},
    name_from=h("한도윤"),
    date=d(5, 9, 50),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 정책지원팀 한도윤입니다.
어제 요청 주신 건 중 먼저 처리된 두 건 공유드립니다.

{n6}
→ 게시중단 완료 (9/4 18:20)

{n8}
→ 질문 작성자가 9/3에 직접 삭제한 글이라 조치할 대상이 없습니다.

나머지도 정리되는 대로 말씀드리겠습니다.
한도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal policy employee: bare URL, status on the line below",
    why="each URL is followed by its result line: 게시중단 완료 -> removed; deleted by its author beforehand -> not_found",
    items={n6: "removed", n8: "not_found"},
)

case(
    name="naver-raw-korean-path-particles",
    **{"from": "cafe-ops@naver.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d(4, 14, 10),
    subject=h("Re: [KCSC-240902-01] 카페 및 블로그 게시물 관련"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

문의 주신 게시물 확인 결과 말씀드립니다.

{N10_RAW} 게시글은 카페 운영원칙(불법 도박 홍보) 위반으로 오늘 오전 삭제했습니다.
그리고 {n11}은 확인해 보니 블로그 주인이 먼저 지운 글이라 저희가 따로 조치할 것이 없었습니다.

다른 건은 블로그팀에서 따로 회신드릴 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operations reply, raw Korean cafe path and a URL with a Korean particle attached",
    why="raw Korean path equals the percent-encoded request URL, deleted -> removed; the blog post was already deleted by its owner -> not_found (particle 은 is not part of the URL)",
    items={n10: "removed", n11: "not_found"},
)

case(
    name="naver-one-item-request-no-url",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(14, 15, 0),
    subject=h("[회신] 요청번호 KCSC-240913-07 조치 완료"),
    reply_to_req="req-240913-07",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240913-07 관련하여, 요청하신 블로그 게시물은
2024년 9월 14일 14시 30분 블라인드 처리되었음을 알려드립니다.

감사합니다.
{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 블라인드 처리 완료 notice answering a one-item request",
    why="a statement about 'the requested post' for a request of one item applies to that item: 블라인드 -> removed",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-outlook-korean",
    **{"from": "seo.jiwan@navercorp.com"},
    name_from=h("서지완"),
    date=d(4, 18, 25),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 서지완입니다.

아래 두 건은 오늘 삭제 처리했습니다.
{n3}
{n12}

나머지 10건은 담당 부서에서 검토 중이며 결과 나오는 대로 공유드리겠습니다.

서지완 드림
NAVER Trust & Safety

-----Original Message-----
From: "KCSC 불법정보대응팀"<takedown@kcsc.example>
To: "정책지원팀"<policy-support@navercorp.com>;
Sent: 2024-09-02 (월) 14:00:00 (GMT+09:00)
Subject: [KCSC-240902-01] 불법정보 시정요구 (12건)

{quoted_request("KCSC-240902-01", N, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted NAVER Works reply over the quoted request (-----Original Message-----)",
    why="only the two URLs in the top part are stated deleted; the quoted request below repeats all twelve and states nothing; 검토 중 is no statement",
    items={n3: "removed", n12: "removed"},
)

case(
    name="naver-gmail-style-korean-quote",
    **{"from": "cafe-ops@naver.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d(5, 13, 15),
    subject=h("Re: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    body=f"""카페 게시글 3건 결과입니다.

- {n4} : 임시조치(30일) 적용
- {n5} : 삭제
- {n7} : 접속하면 '존재하지 않는 게시글입니다'로 나옵니다. 조치 대상 없음.

2024년 9월 2일 (월) 오후 2:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240902-01", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') with a short dash list over the '>' quoted request",
    why="three list lines state results: 임시조치 -> restricted, 삭제 -> removed, 존재하지 않는 게시글/조치 대상 없음 -> not_found; the quote states nothing",
    items={n4: "restricted", n5: "removed", n7: "not_found"},
)

qp_body = f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 중 지식iN과 포스트 게시물 2건의 검토 결과를 안내드립니다.

1) {n8}
   해당 지식iN 질문은 9월 6일 삭제 조치하였습니다.

2) {n9}
   본 포스트는 공공기관 보도자료를 인용한 글로, 검토 결과 위법성이
   확인되지 않아 게시를 유지합니다(삭제 거부).

감사합니다.
"""
case(
    name="naver-quoted-printable-removed-and-refused",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(6, 19, 2),
    subject=h("[회신] KCSC-240902-01 지식iN/포스트 검토 결과"),
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(qp_body.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean result notice from a portal policy team",
    why="numbered items each with a result: 삭제 조치하였습니다 -> removed; 위법성 미확인, 게시 유지(삭제 거부) -> rejected",
    items={n8: "removed", n9: "rejected"},
)

case(
    name="kakao-daum-gongmun-numbered",
    **{"from": "safety-notice@kakaocorp.com"},
    name_from=h("카카오 세이프티"),
    date=d(5, 10, 40),
    subject=h("[카카오] 시정요구(KCSC-240903-02) 조치결과 회신"),
    reply_to_req="req-240903-02",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240903-02) 조치결과 회신

1. 귀 위원회의 발전을 기원합니다.
2. 2024. 9. 3.자 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.

  가. 대상: {k1}
      조치: 블라인드 (Daum 카페 게시글)
  나. 대상: {k2}
      조치: 블라인드 (Daum 카페 게시글)
  다. 대상: {k3}
      조치: 임시조치 (티스토리, 30일)
  라. 대상: {k4}
      조치: 삭제 (브런치)

3. 블라인드 게시물은 30일 이내 복원 신청이 없으면 영구 삭제됩니다.  끝.

주식회사 카카오 세이프티 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with 가/나/다/라 items (Daum cafe, Tistory, brunch)",
    why="each lettered item states its action: 블라인드 -> removed, 임시조치 -> restricted, 삭제 -> removed",
    items={k1: "removed", k2: "removed", k3: "restricted", k4: "removed"},
)

case(
    name="kakao-tistory-korean-slug-angle",
    **{"from": "tistory-help@kakaocorp.com"},
    name_from=h("티스토리 고객센터"),
    date=d(12, 17, 5),
    subject=h("Re: [KCSC-240911-06] 티스토리 게시글 시정요구"),
    reply_to_req="req-240911-06",
    body=f"""안녕하세요, 티스토리 고객센터입니다.

요청하신 게시글 <{T1_RAW}>은(는)
위조상품 판매 안내에 해당하여 2024년 9월 12일 삭제 처리되었습니다.

티스토리 운영정책: https://www.tistory.com/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) help-centre reply with the URL in angle brackets followed by 은(는)",
    why="the raw Korean slug URL in <> matches the percent-encoded request URL; 삭제 처리되었습니다 -> removed; policy link is not an item",
    items={t1: "removed"},
)

kakao_html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-size:14px">
<p>안녕하세요. 카카오 고객센터입니다.</p>
<p>요청번호 KCSC-240903-02 관련 검토 결과를 안내드립니다.</p>
<ul>
<li><a href="{k1}">{k1}</a><br>
해당 게시글이 존재하지 않습니다. 카페를 탈퇴한 작성자가 탈퇴 전에 삭제한 것으로 확인됩니다.</li>
<li><a href="{k3}">{k3}</a><br>
운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.</li>
</ul>
<p>고맙습니다.<br>카카오 고객센터 드림</p>
</div></body></html>
"""
case(
    name="kakao-base64-html-notfound-rejected",
    **{"from": "cs-reply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(6, 9, 30),
    subject=h("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(kakao_html.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre answer mail, base64 HTML body with a bullet list",
    why="k1: the post does not exist (deleted by its author) -> not_found; k3: no violation, no action -> rejected",
    items={k1: "not_found", k3: "rejected"},
)

case(
    name="kakao-url-on-line-below-statement",
    **{"from": "safety-notice@kakaocorp.com"},
    name_from=h("카카오 세이프티"),
    date=d(6, 14, 45),
    subject=h("RE: [KCSC-240903-02] 추가 조치 안내"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 세이프티 정책팀입니다.

아래 카페 게시글은 당사 운영정책에 따라 영구 삭제되었습니다.
    {k2}

아래 브런치 글은 연령 확인이 필요한 글로 지정하여 청소년의 접근을 제한하였습니다.
    {k4}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety-team reply with each statement followed by its indented URL",
    why="statement then URL on the next line: 영구 삭제 -> removed; age-gated (청소년 접근 제한) -> restricted",
    items={k2: "removed", k4: "restricted"},
)

case(
    name="youtube-korea-legal-bullets",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(9, 16, 20),
    subject=h("[YouTube] 법적 삭제 요청 처리 결과 - KCSC-240905-03"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

방송통신심의위원회에서 제출하신 요청(KCSC-240905-03)을 검토했습니다.
검토 결과는 다음과 같습니다.

* {y1}
  현지 법률에 따라 대한민국에서 이 동영상에 대한 액세스를 제한했습니다.

* {y2}
  YouTube 커뮤니티 가이드(개인 정보 보호) 위반으로 삭제했습니다.

* {y3}
  현지 법률에 따라 대한민국에서 이 Shorts 동영상의 게시를 제한했습니다.

YouTube 법률 지원팀
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law restriction vs community-guidelines removal)",
    why="KR-only access restriction -> restricted (y1, y3); removed for guidelines -> removed (y2)",
    items={y1: "restricted", y2: "removed", y3: "restricted"},
)

case(
    name="youtube-age-restricted-and-kept",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(10, 11, 0),
    subject=h("Re: [KCSC-240905-03] 동영상 검토 결과"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

요청하신 동영상 2건에 대한 검토 결과를 알려드립니다.

{y1} 동영상에는 연령 제한을 적용했습니다. 이제 로그인하여 만 18세 이상임이 확인된 사용자만 시청할 수 있습니다.

{y3} 동영상은 검토했으나 YouTube 정책 위반이나 현지 법률 위반을 확인하지 못했으므로 조치를 취하지 않았습니다.

정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2802008 을 참고하시기 바랍니다.

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction and no-action outcome mail in Korean",
    why="연령 제한 -> restricted; reviewed, no violation found, no action -> rejected; help link is not an item",
    items={y1: "restricted", y3: "rejected"},
)

case(
    name="youtube-actioned-phrase-english",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(11, 8, 12),
    subject="Re: [KCSC-240905-03] Legal removal request - outcome",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thank you for your patience. We have completed our review of the content
you reported under reference KCSC-240905-03.

https://www.youtube.com/shorts/Vd8cPq3LmZa has been actioned under our policies.

We were unable to locate https://www.youtube.com/watch?v=hR4e9XnB1sY. The video
ID does not correspond to any video on YouTube; please check the link.

If you believe we made a mistake, you can reply to this email or visit
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube English legal outcome using 'has been actioned under our policies' and a cannot-locate line",
    why="'has been actioned under our policies' (configured phrase) -> removed; unable to locate / no such video -> not_found",
    items={y3: "removed", y2: "not_found"},
)

case(
    name="dc-operator-informal-list",
    **{"from": "helpdesk@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(10, 13, 33),
    subject=h("Re: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="req-240909-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

보내주신 글들 확인했습니다.

- {d1} 삭제했습니다
- {d2} 삭제했습니다
- {d5} 이건 작성자가 이미 지운 글이에요

미니 갤러리 글 2개는 갤러리 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside helpdesk reply, dash list with short results",
    why="삭제했습니다 -> removed for d1, d2; already deleted by its author -> not_found for d5; the other two are only delayed",
    items={d1: "removed", d2: "removed", d5: "not_found"},
)

dc_rows = [
    (d1, "게시물 삭제"),
    (d2, "게시물 삭제 및 작성자 IP 차단"),
    (d3, "해당 글 없음"),
    (d4, "유지 (명예훼손 해당 안 됨)"),
    (d5, "게시물 삭제"),
]
w = max(len(u) for u, _ in dc_rows)
dc_tbl = "\n".join(f"{u.ljust(w)}   {r}" for u, r in dc_rows)
case(
    name="dc-aligned-text-table",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date=d(11, 18, 0),
    subject=h("[디시인사이드] 시정요구 KCSC-240909-04 처리결과"),
    reply_to_req="req-240909-04",
    body=f"""방송통신심의위원회 담당자님께

시정요구 KCSC-240909-04 건의 처리결과를 회신드립니다.

{'게시물 주소'.ljust(w - 5)}   처리결과
{'-' * (w + 25)}
{dc_tbl}

네 번째 게시물 관련: 특정 인물을 비판하는 의견 글로 판단되어 게시를 유지합니다.

(주)디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 처리결과 with a space-aligned two-column text table",
    why="per-row results: 게시물 삭제 -> removed (also with IP block of the author), 해당 글 없음 -> not_found, 유지(명예훼손 해당 안 됨) -> rejected",
    items={d1: "removed", d2: "removed", d3: "not_found", d4: "rejected", d5: "removed"},
)

case(
    name="band-notice-two-posts",
    **{"from": "report-noreply@band.us"},
    name_from=h("BAND 고객센터"),
    date=d(12, 10, 0),
    subject=h("[BAND] 신고 처리 결과 안내 (KCSC-240910-05)"),
    reply_to_req="req-240910-05",
    body=f"""안녕하세요, BAND 고객센터입니다.

요청번호 KCSC-240910-05로 신고해 주신 게시글의 처리 결과를 안내드립니다.

■ 게시글: {b1}
■ 처리 결과: 운영정책(사기·금전 편취) 위반으로 게시글 삭제 및 작성자 이용 제한

■ 게시글: {b2}
■ 처리 결과: 밴드 리더가 이미 삭제하여 존재하지 않는 게시글입니다.

BAND 운영정책 https://band.us/policy/operation 을 참고해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 안내 with ■ label lines",
    why="b1 deleted -> removed; b2 already deleted by the band leader, does not exist -> not_found; policy link is not an item",
    items={b1: "removed", b2: "not_found"},
)

case(
    name="band-outlook-reply-one-of-two",
    **{"from": "trust@band.us"},
    name_from="BAND Trust & Safety",
    date=d(11, 17, 45),
    subject=h("RE: [KCSC-240910-05] 투자사기 밴드 게시글 시정요구"),
    reply_to_req="req-240910-05",
    body=f"""안녕하세요. BAND Trust & Safety 이나래입니다.

{b1} 게시글은 블라인드 처리하고 작성자 계정을 정지했습니다.
2057번 게시글은 밴드 멤버 공개 글이라 내용 확인 중이고, 내일 중으로 다시 연락드리겠습니다.

이나래 드림

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:00 PM
To: trust@band.us
Subject: [KCSC-240910-05] 투자사기 밴드 게시글 시정요구

{quoted_request("KCSC-240910-05", B, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a BAND safety employee over the quoted request",
    why="b1 블라인드 -> removed; b2 is still being checked (확인 중) -> pending; the quoted request states nothing",
    items={b1: "removed", b2: "pending"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(7, 10, 10),
    subject=h("[회신] KCSC-240902-01 추가 처리 결과"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

추가로 처리된 3건 알려드립니다.

① {n3}：블라인드 처리
② 「{n2}」 게시물은 삭제되었습니다。
③ {n12}（해외 판매처 광고 게시물）은 국내 IP에서의 접근을 제한하였습니다．

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy reply with circled numbers and full-width punctuation around URLs",
    why="full-width ：, 「」, （） and 。 are not part of the URLs: 블라인드/삭제 -> removed, access limited from Korean IPs -> restricted",
    items={n3: "removed", n2: "removed", n12: "restricted"},
)

kin_a = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&"
kin_b = "docId=471120938"
assert kin_a + kin_b == n8
case(
    name="naver-wrapped-angle-url",
    **{"from": "kin-ops@navercorp.com"},
    name_from=h("지식iN 운영팀"),
    date=d(6, 12, 0),
    subject=h("RE: [KCSC-240902-01] 지식iN 및 포스트 게시물"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 지식iN 운영팀입니다.

요청하신 지식iN 질문 <{kin_a}
{kin_b}> 은 운영정책 위반으로 삭제되었습니다.

함께 보내주신 포스트 <{n9}>
도 작성자 확인 후 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-wrapped long URL inside angle brackets (RFC 3986 appendix C style) in a NAVER reply",
    why="the bracketed URL wrapped after '&' is one URL: 삭제 -> removed; the post was made private (비공개 처리) -> removed",
    items={n8: "removed", n9: "removed"},
)

case(
    name="youtube-receipt-plus-outcome",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(6, 10, 5),
    subject=h("[사례 번호 4-2209000031977] YouTube 법적 요청"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

귀하의 요청이 접수되었습니다(사례 번호: 4-2209000031977).

검토 결과, {y1} 동영상은 YouTube 괴롭힘 정책 위반으로 삭제되었습니다.
나머지 동영상은 검토가 끝나는 대로 별도로 알려드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube case-number receipt that already carries an outcome for one video",
    why="receipt phrase plus an unhedged statement: y1 삭제되었습니다 -> removed; not a pure acknowledgement; the rest only promised",
    items={y1: "removed"},
)

case(
    name="kakao-echoed-report-blocks",
    **{"from": "report-result@daum.net"},
    name_from=h("Daum 고객센터"),
    date=d(7, 15, 20),
    subject=h("[Daum] 신고 처리 결과 안내"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. Daum 고객센터입니다.
신고해 주신 내용의 처리 결과를 안내드립니다.

[신고 내용]
신고 URL : {k3}
신고 사유 : 불법 약물 판매 광고
[처리 결과]
블라인드(게시 중단) 처리

[신고 내용]
신고 URL : {k4}
신고 사유 : 불법 약물 판매 광고
[처리 결과]
운영정책 위반 사항 없음 - 게시 유지

처리 결과에 이의가 있으시면 https://cs.daum.net/ 에서 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 신고 처리 결과 mail echoing each report (신고 내용) then its 처리 결과",
    why="each echoed report block ends with its own result: 블라인드(게시 중단) -> removed; 위반 사항 없음, 게시 유지 -> rejected",
    items={k3: "removed", k4: "rejected"},
)

case(
    name="naver-one-done-one-promised",
    **{"from": "seo.jiwan@navercorp.com"},
    name_from=h("서지완"),
    date=d(9, 11, 40),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 서지완입니다.

{n1} 은 오늘 오전 삭제 완료했습니다.

{n6} 은 게시자 소명서가 접수되어 추가 검토 후 조치할 예정입니다.

서지완 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER employee update: one done, one awaiting the poster's 소명",
    why="삭제 완료 -> removed; 추가 검토 후 조치할 예정 is a promise -> pending",
    items={n1: "removed", n6: "pending"},
)

# ===================================================================== REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(3, 17, 0),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 카페 게시물은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.

{n2}
{n3}
{n4}

조치가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising sequential 게시중단",
    why="조치될 예정 is a promise, not a statement; names requested items -> review, all pending",
    items={n2: "pending", n3: "pending", n4: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cs-reply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(4, 11, 20),
    subject=h("[카카오 고객센터] KCSC-240903-02 문의 답변"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 카카오 고객센터입니다.

말씀하신 {k1} 게시글은 이미 삭제된 것으로 보입니다.
정확한 확인을 위해 담당 부서에 전달하였으며, 확인되는 대로 다시 답변드리겠습니다.

고맙습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao help-centre answer hedging ('삭제된 것으로 보입니다') and forwarding internally",
    why="'appears to have been deleted' is a hedge, not a statement; the item stays pending",
    items={k1: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(8, 10, 0),
    subject=h("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 12건은 모두 삭제 조치를 완료하였습니다.

감사합니다.
{NAVER_SIG}
""",
    outcome="review", review="bulk",
    imitates="one-line NAVER 'all 12 posts removed' completion notice",
    why="one statement about all items of a 12-item request without naming each -> review bulk, items pending",
    items={u: "pending" for u in N},
)

case(
    name="kakao-bulk-all-blinded",
    **{"from": "safety-notice@kakaocorp.com"},
    name_from=h("카카오 세이프티"),
    date=d(5, 18, 30),
    subject=h("RE: [KCSC-240903-02] 조치 완료 안내"),
    reply_to_req="req-240903-02",
    body="""안녕하세요. 카카오 세이프티 정책팀입니다.

신고하신 게시물 전체에 대해 블라인드 조치를 완료했습니다.
관련하여 추가 문의사항이 있으시면 회신 부탁드립니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao safety-team 'all reported posts blinded' reply",
    why="a statement about every reported post of a 4-item request, none named -> review bulk",
    items={u: "pending" for u in K},
)

case(
    name="dc-auth-fail",
    **{"from": "helpdesk@dcinside.com"},
    auth="fail",
    name_from=h("디시인사이드 운영팀"),
    date=d(10, 20, 15),
    subject=h("Re: [KCSC-240909-04] 게시물 삭제 요청"),
    reply_to_req="req-240909-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

{d1} 게시물 삭제 완료했습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="DC Inside helpdesk reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails -> review untrusted; nothing applied",
    items={d1: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "office@hanbit-law.example"},
    name_from=h("법무법인 한빛 김선우 변호사"),
    date=d(6, 15, 0),
    subject=h("[KCSC-240902-01] 관련 게시물 삭제 사실 통지"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 블로그 운영자 moonlit_pine77의 대리인입니다.
귀 위원회의 시정요구(KCSC-240902-01)와 관련하여, 의뢰인은 아래 게시물을
2024. 9. 5. 스스로 삭제하였음을 알려드립니다.

1. {n1}
2. {n2}

법무법인 한빛 변호사 김선우
""",
    outcome="review", review="unknown_sender",
    imitates="law-office letter on behalf of a blogger reporting self-deletion",
    why="sender is no platform's domain; it names our request and URLs -> review unknown_sender",
    items={n1: "pending", n2: "pending"},
)

case(
    name="naver-speaks-for-band",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(12, 9, 10),
    subject=h("[회신] 밴드 게시글 시정요구(KCSC-240910-05)"),
    reply_to_req="req-240910-05",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련하여 당 팀으로 함께 접수된 요청에 대해 회신드립니다.

{b1} 게시글은 2024. 9. 11. 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering for a BAND post (group company answering for another service)",
    why="the item belongs to platform band (sender band.us); a navercorp.com mail stating its status -> review wrong_platform",
    items={b1: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(16, 10, 0),
    subject=h("[안내] 유관기관 협조 요청 접수 창구 변경"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 유관기관의 협조 요청 접수 창구가 변경됩니다.
변경 이후에는 기관 전용 접수 페이지를 이용해 주시고, 메일 접수는 보조 수단으로만 운영됩니다.

자세한 내용은 https://policy.naver.com/agency/guide 를 참고해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice to agencies about a changed intake channel",
    why="trusted platform mail naming no item and no request -> review no_claims",
    items={},
)

case(
    name="youtube-asks-court-order",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(7, 9, 0),
    subject=h("Re: [KCSC-240905-03] 추가 정보 요청"),
    reply_to_req="req-240905-03",
    body=f"""안녕하세요.

요청하신 아래 동영상에 대해 검토를 진행하려면 추가 정보가 필요합니다.

- {y1}
- {y2}

각 동영상에서 문제가 되는 개인 정보가 나오는 정확한 시간(타임스탬프)과,
해당 정보가 위법하다고 판단한 근거 법령 또는 결정문 사본을 회신해 주시기 바랍니다.
정보가 확인되면 검토를 계속하겠습니다.

YouTube 법률 지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for timestamps and legal basis before review",
    why="the platform asks for more information about two items; nothing is stated -> review asks_more",
    items={y1: "pending", y2: "pending"},
)

case(
    name="youtube-under-review",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(8, 14, 0),
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req="req-240905-03",
    body=f"""Hello,

This is an update on your request KCSC-240905-03.

The following videos are currently under review by our legal team:
{y2}
{y3}

We may restrict or remove them if they are found to violate local law. We will
contact you again once our review is complete.

The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'currently under review' status update naming the videos",
    why="under review and 'may restrict or remove' are no statements; names requested items -> review not_understood",
    items={y2: "pending", y3: "pending"},
)

hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"".join(
    hashlib.sha256(b"b605-hwp-%d" % i).digest() for i in range(40))
case(
    name="kakao-hwp-attachment",
    **{"from": "safety-notice@kakaocorp.com"},
    name_from=h("카카오 세이프티"),
    date=d(9, 10, 15),
    subject=h("RE: [KCSC-240903-02] 조치결과 공문 송부"),
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kk-b605-hwp"

--kk-b605-hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 카카오 세이프티 정책팀입니다.

시정요구(KCSC-240903-02)에 대한 조치결과 공문을 첨부와 같이 송부합니다.
확인 부탁드립니다.

--kk-b605-hwp
Content-Type: application/x-hwp; name="{h('조치결과_KCSC-240903-02.hwp')}"
Content-Disposition: attachment; filename="{h('조치결과_KCSC-240903-02.hwp')}"
Content-Transfer-Encoding: base64

{base64.encodebytes(hwp).decode('ascii')}
--kk-b605-hwp--
""",
    outcome="review", review="unreadable_attachment",
    imitates="Korean 공문 sent as an HWP (Hangul word processor) attachment",
    why="the results are only in an HWP file that cannot be read; body states nothing -> review unreadable_attachment",
    items={},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "riverfish.manager@gmail.com"},
    name_from=h("강물고기갤 매니저"),
    date=d(10, 22, 40),
    subject=h("디시 강물고기 갤러리 게시물 건 (KCSC-240909-04)"),
    body=f"""안녕하세요. 디시인사이드 강물고기 마이너 갤러리 매니저입니다.
운영팀에서 연락받고 메일 드립니다.

{d3}
{d4}

위 두 글 방금 삭제했습니다. 작성자는 갤러리 차단했어요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="gmail.com is not a platform domain; names our request and URLs -> review unknown_sender",
    items={d3: "pending", d4: "pending"},
)

case(
    name="naver-forwarded-cafe-manager",
    **{"from": "han.doyun@navercorp.com"},
    name_from=h("한도윤"),
    date=d(6, 17, 55),
    subject=h("Fwd: 하버플리마켓 카페 게시글 관련 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""참고로 카페 매니저 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 하버플리마켓 매니저 <harbor.manager@naver.com>
Date: 2024년 9월 6일 (금) 오후 4:12
Subject: 하버플리마켓 카페 게시글 관련
To: <cafe-ops@naver.com>

안녕하세요, 하버플리마켓 카페 매니저입니다.
{n5} 글은 제가 오늘 삭제했습니다.
회원은 강제 탈퇴 처리했습니다.
""",
    outcome="review", review="forwarded",
    imitates="NAVER employee forwarding a cafe manager's reply (Gmail-style Korean forward header)",
    why="the statement is the cafe manager's, inside a forwarded message, not NAVER's own -> review forwarded",
    items={n5: "pending"},
)

# ===================================================================== IGNORED
case(
    name="naver-out-of-office",
    **{"from": "seo.jiwan@navercorp.com"},
    name_from=h("서지완"),
    date=d(9, 8, 0),
    subject=h("[부재중] RE: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 서지완입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 대표 메일(policy-support@navercorp.com)로 보내 주시기 바랍니다.

※ 본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([부재중]) with Auto-Submitted header",
    why="auto-reply -> ignored",
    items={},
)

dsn_quote = quoted_request("KCSC-240903-02", K, prefix="")
case(
    name="daum-bounce-dsn",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date=d(3, 10, 31),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b605-daum"

--dsn-b605-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-old@daum.net>: host mx2.daum.net[203.0.113.44] said: 550 5.1.1
    수신자 계정이 존재하지 않습니다 (User unknown)

--dsn-b605-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: {d(3, 10, 30)}

Final-Recipient: rfc822; safety-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b605-daum
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: safety-old@daum.net
Subject: [KCSC-240903-02] request
Message-ID: <req-240903-02@kcsc.example>
Date: {d(3, 10, 30)}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_quote}

--dsn-b605-daum--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request with its URLs",
    why="a bounce is ignored whoever sent it; the returned request states nothing",
    items={},
)

case(
    name="naver-read-receipt-mdn",
    **{"from": "policy-support@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(2, 14, 40),
    subject=h("읽음: [KCSC-240902-01] 불법정보 시정요구 (12건)"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b605-nv"

--mdn-b605-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: policy-support@navercorp.com
제목: [KCSC-240902-01] 불법정보 시정요구 (12건)
보낸 날짜: 2024-09-02 14:00

위 메시지를 2024-09-02 14:40에 읽었습니다.

--mdn-b605-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS
Final-Recipient: rfc822; policy-support@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b605-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (읽음:) as an MDN",
    why="read receipt -> ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(11, 10, 2),
    subject=h("[카카오 고객센터] 문의가 정상적으로 접수되었습니다"),
    reply_to_req="req-240911-06",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 20240911-0055821
 - 접수일시: 2024.09.11 10:02
 - 문의 제목: [KCSC-240911-06] 티스토리 게시글 시정요구

순차적으로 확인 후 답변드리겠습니다. 답변은 메일로 안내됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-centre ticket receipt (접수번호)",
    why="pure acknowledgement with a ticket number -> ignored",
    items={},
)

case(
    name="youtube-legal-autoack-english",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(5, 9, 3),
    subject="[3-1049000022516] We've received your legal request",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thanks for contacting YouTube. We've received your legal request and assigned
it reference number 3-1049000022516. Our team will review it and get back to
you. Please do not reply to this automated message.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-request automated receipt with a case number",
    why="automated receipt, no statement about any item -> ignored",
    items={},
)

case(
    name="dc-autoreply-subject-only",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date=d(14, 9, 0),
    subject=h("[자동응답] 추석 연휴 기간 신고 처리 지연 안내"),
    reply_to_req="req-240909-04",
    extra_headers=["X-Autoreply: yes"],
    body="""안녕하세요, 디시인사이드 신고센터입니다.

추석 연휴(9월 14일~9월 18일) 기간에는 신고 처리가 지연될 수 있습니다.
접수된 신고는 연휴 이후 순차적으로 처리됩니다.

※ 이 메일은 자동응답 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply from a report desk",
    why="auto-reply -> ignored",
    items={},
)

case(
    name="band-receipt-echoes-urls",
    **{"from": "report-noreply@band.us"},
    name_from=h("BAND 고객센터"),
    date=d(10, 15, 5),
    subject=h("[BAND] 신고가 접수되었습니다"),
    reply_to_req="req-240910-05",
    body=f"""안녕하세요, BAND 고객센터입니다.

아래 내용으로 신고가 접수되었습니다.

접수번호 : BD-240910-77120
신고 대상 : {b1}
           {b2}
신고 사유 : 사기·금전 편취

처리 결과는 영업일 기준 3일 이내에 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND report receipt echoing the reported URLs",
    why="a receipt echoing the reported URLs with no result, only a promise of one -> pure acknowledgement, ignored",
    items={},
)

HEADER = """# Blind set 605 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND.
# Written by tests/corpus/blind605/make.py before any run of the reader;
# expected results come from each email's meaning alone. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind605", HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
