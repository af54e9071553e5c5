#!/usr/bin/env python3
"""Blind set 419 (Korean platforms): writes requests.csv, cases/*.eml and
expected.toml.

    python3 tests/corpus/blind419/make.py

Every email imitates a kind of notice Korean platforms send (NAVER, Kakao/
Daum, YouTube Korea, DC Inside, BAND): 공문-style 시정요구 조치결과 replies,
임시조치 notices, result tables, informal operator replies, receipts,
auto-replies, bounces and read receipts. All text is our own; names, ids and
URLs are fictional. Expected results were written from each email's meaning
alone, before the reader was ever run on this set. Deterministic: no
randomness, fixed MIME boundaries.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind419"

# --- requests -------------------------------------------------------------

STORE_KO = "해외직구약방"
ENTRY_KO = "신상-정리"

R1 = "KCSC-240902-01"  # NAVER, 12 items (largest)
N1 = "https://blog.naver.com/luckyseven_vip/223561000101"
N2 = "https://blog.naver.com/luckyseven_vip/223561000188"
N3 = "https://blog.naver.com/toto_gosu77/223559870042"
N4 = "https://cafe.naver.com/moonriverbet/5512"
N5 = "https://cafe.naver.com/moonriverbet/5517"
N6 = "https://cafe.naver.com/moonriverbet/5530"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40201&docId=471100235"
N8 = "https://m.blog.naver.com/haneul_casino/223560004411"
N9 = "https://blog.naver.com/haneul_casino/223560004590"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38001122&memberNo=55120987"
N11 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31100457&articleid=208"
N12 = "https://blog.naver.com/PostView.naver?blogId=bada_slot&logNo=223562221007"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

R2 = "KCSC-240903-02"  # Kakao, 4 items
K1 = "https://cafe.daum.net/bluefox2019/Ab3x/1042"
K2 = "https://cafe.daum.net/bluefox2019/Ab3x/1057"
K3 = "https://gyeongsan-diary.tistory.com/entry/" + quote(ENTRY_KO)
K3_RAW = "https://gyeongsan-diary.tistory.com/entry/" + ENTRY_KO
K4 = "https://brunch.co.kr/@mintleaf/77"

R3 = "KCSC-240905-03"  # DC Inside, 5 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123456"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=hiphop_new1&no=448812"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=hiphop_new1&no=448830"
D4 = "https://gall.dcinside.com/mini/board/view/?id=icequeen&no=2051"
D5 = "https://m.dcinside.com/board/hiphop_new1/448901"

R4 = "KCSC-240906-04"  # YouTube, 3 items
Y1 = "https://www.youtube.com/watch?v=Kq7dR2mXw0a"
Y2 = "https://www.youtube.com/shorts/Zp3LmN8vT1c"
Y3 = "https://www.youtube.com/@jeonmun_leading_kr"

R5 = "KCSC-240909-05"  # BAND, 2 items
B1 = "https://band.us/band/87012345/post/1204"
B2 = "https://band.us/band/87012345/post/1211"

R6 = "KCSC-240910-06"  # Kakao, 1 item
P1 = "https://pf.kakao.com/_xhQpLd/105338211"

R7 = "KCSC-240911-07"  # NAVER, 1 item (Korean path)
S1 = "https://smartstore.naver.com/" + quote(STORE_KO) + "/products/9012345678"
S1_RAW = "https://smartstore.naver.com/" + STORE_KO + "/products/9012345678"

REQUESTS = [
    (R1, "naver", 2, "gambling", R1_URLS, "불법 도박 홍보 게시물"),
    (R2, "kakao", 3, "privacy", [K1, K2, K3, K4], "개인정보 노출(신상 공개)"),
    (R3, "dcinside", 5, "drugs", [D1, D2, D3, D4, D5], "마약류 판매 광고"),
    (R4, "youtube", 6, "illegal_finance", [Y1, Y2, Y3], "미신고 유사투자자문 홍보"),
    (R5, "band", 9, "fraud", [B1, B2], "투자 사기 권유"),
    (R6, "kakao", 10, "gambling", [P1], "불법 도박 홍보 채널 게시물"),
    (R7, "naver", 11, "drugs", [S1], "전문의약품 불법 판매"),
]


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, urls, note in REQUESTS:
        sent = f"2024-09-{day:02d}T10:05:00+09:00"
        due = f"2024-09-{day + 7:02d}T23:59:59+09:00"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# --- helpers --------------------------------------------------------------


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded word, as most Korean mailers write headers."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, subject):
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(참조번호 {ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의 담당"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


# --- cases ----------------------------------------------------------------

CASES = []


def case(**c):
    CASES.append(c)


# ===== NAVER, KCSC-240902-01 (12 items) =====

rows = [
    (N1, "블로그", "삭제", ""),
    (N2, "블로그", "삭제", ""),
    (N3, "블로그", "게시중단", ""),
    (N4, "카페", "블라인드", ""),
    (N5, "카페", "블라인드", ""),
    (N6, "카페", "게시물 없음", "작성자 기 삭제"),
    (N7, "지식iN", "삭제", ""),
    (N8, "블로그", "임시조치", "30일간 접근 제한"),
    (N9, "블로그", "국내 접속 제한", ""),
    (N10, "포스트", "미조치", "도박 홍보와 무관한 여행 후기로 확인되어 게시 유지"),
    (N11, "카페", "게시물 없음", "존재하지 않는 URL"),
    (N12, "블로그", "삭제", ""),
]
trs = "\n".join(
    f'<tr><td align="center">{i}</td><td>{u.replace("&", "&amp;")}</td><td>{s}</td>'
    f"<td>{r}</td><td>{n}</td><td>2024.09.04</td></tr>"
    for i, (u, s, r, n) in enumerate(rows, 1)
)
case(
    name="naver-gongmun-html-table",
    date=d(4, 17, 12),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 통보",
    reply_to_req=mid(R1),
    type="html",
    body=f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>수신: 방송통신심의위원회 통신심의 담당자<br>
제목: 시정요구에 대한 조치결과 회신</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.</p>
<p>2. 귀 위원회의 시정요구({R1}, 2024. 9. 2.)와 관련하여 당사의 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>서비스</th><th>조치결과</th><th>비고</th><th>조치일자</th></tr>
{trs}
</table>
<p>3. 기타 문의사항은 담당자(정책지원팀 02-0000-0000)에게 연락 주시기 바랍니다.&nbsp; 끝.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="공문-style 시정요구 조치결과 회신 with an HTML result table (portal to KCSC)",
    why="per-row results: 삭제/게시중단/블라인드 removed, 임시조치 and 국내 접속 제한 restricted, 미조치 with reason rejected, 게시물 없음 not_found",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "restricted", N9: "restricted",
           N10: "rejected", N11: "not_found", N12: "removed"},
)

case(
    name="naver-numbered-partial",
    date=d(3, 15, 40),
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 정책지원팀 김서연입니다.

{R1} 건 중 먼저 처리된 내용부터 공유드립니다.

1. {N1} - 삭제 완료
2. {N2} - 삭제 완료
3. {N4} - 블라인드 처리
4. {N5} - 카페 운영진 확인 중 (확인 후 추가 회신 예정)

나머지 건은 확인되는 대로 다시 회신드리겠습니다.

감사합니다.
김서연 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal portal staff reply with a numbered interim result list",
    why="three items stated done (삭제 완료, 블라인드); the fourth is only being checked and stays pending",
    items={N1: "removed", N2: "removed", N4: "removed", N5: "pending"},
)

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join(
    f'{i},"{u}",{r},2024-09-05 11:{10 + i:02d}'
    for i, (u, r) in enumerate(
        [(N3, "게시중단"), (N7, "삭제"), (N8, "임시조치(30일)"), (N9, "삭제"),
         (N10, "게시물 없음"), (N12, "위반사항 없음(게시 유지)")], 1)
) + "\n"
case(
    name="naver-csv-attachment",
    date=d(5, 13, 2),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=enc(f"[네이버] {R1} 조치 결과 송부"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NaverPart_419_0003"

------=_NaverPart_419_0003
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 네이버 정책지원팀입니다.

{R1} 시정요구 건 중 블로그/지식iN/포스트 게시물의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
카페 게시물은 별도로 회신드렸습니다.

감사합니다.
''')}
------=_NaverPart_419_0003
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_NaverPart_419_0003--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal reply carrying a CSV export of its takedown console (Excel-style UTF-8 with BOM)",
    why="CSV rows: 게시중단/삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 위반사항 없음(게시 유지) rejected",
    items={N3: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "not_found", N12: "rejected"},
)

q = quoted_request(R1, R1_URLS, "")
case(
    name="naver-top-posted-outlook",
    date=d(3, 18, 21),
    **{"from": "junho.park@navercorp.com"},
    name_from="박준호",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid(R1),
    body=f"""카페 글 세 건 처리했습니다.

{N4} 블라인드
{N5} 블라인드
{N6} 은 작성자가 이미 지운 글이라 저희 쪽에서 조치할 게 없었습니다.

블로그 건들은 블로그 담당 쪽에서 따로 회신 드릴 겁니다.

박준호 / 네이버 카페 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: policy@navercorp.com
Subject: [{R1}] 불법 도박 홍보 게시물 시정요구

""" + "\n".join(q) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply from a portal operator over the regulator's quoted list",
    why="two cafe posts blinded, one already deleted by its author; the 12 quoted URLs below the Original Message line say nothing",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

case(
    name="naver-url-below-heading",
    date=d(6, 9, 30),
    **{"from": "right-noreply@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R1})",
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

아래 게시물은 임시조치(30일) 되었습니다.
{N8}
{N9}

아래 게시물은 확인 결과 존재하지 않는 게시물입니다.
{N12}

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청할 수 있으며, 재게시 요청이 없으면 삭제됩니다.
자세한 절차는 https://right.naver.com/guide/temporary 를 참고해 주세요.

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice with URLs under group headings",
    why="two blog posts under the 임시조치 heading are restricted; the third does not exist (not_found); the guide link is not an item",
    items={N8: "restricted", N9: "restricted", N12: "not_found"},
)

case(
    name="naver-kin-echoed-report",
    date=d(4, 11, 5),
    **{"from": "kin_report@naver.com"},
    name_from="네이버 지식iN",
    subject="[지식iN] 신고하신 게시물의 처리 결과입니다",
    body=f"""네이버 지식iN 신고 처리 결과를 알려드립니다.

[신고 접수 내용]
신고 대상: {N7}
신고 사유: 불법 사행성 도박 홍보
신고 기관: 방송통신심의위원회 ({R1})
접수 일시: 2024.09.02 10:05

[처리 결과]
처리 상태: 처리 완료
처리 내용: 해당 질문 및 답변 삭제, 작성자 지식iN 이용 제한(7일)

깨끗한 지식iN을 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal report-outcome mail echoing the report form, then the result block",
    why="the echoed report names the item; the result block says it was deleted",
    items={N7: "removed"},
)

case(
    name="naver-angle-brackets-wrapped",
    date=d(6, 16, 48),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 포스트/카페 게시물 조치 결과",
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청 주신 건 중 남아 있던 두 건의 결과 안내드립니다.

1) <https://post.naver.com/viewer/postView.naver?volumeNo=38001122&
   memberNo=55120987>
   포스트 게시물은 운영정책 위반으로 비공개 처리되었습니다.

2) <{N11}>
   해당 카페는 카페 운영자가 자진 폐쇄하여 게시물을 확인할 수 없습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal staff reply with URLs in angle brackets, one wrapped by the mail client",
    why="the wrapped post URL was made private (비공개 처리: removed); the cafe article cannot be found because its cafe closed (not_found)",
    items={N10: "removed", N11: "not_found"},
)

q = quoted_request(R1, R1_URLS, "")
case(
    name="naver-gmail-quote",
    date=d(4, 9, 14),
    **{"from": "minjae.jung@navercorp.com"},
    name_from="정민재",
    subject=f"Re: [{R1}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid(R1),
    body=f"""안녕하세요.

문의하신 블로그 두 건은 모두 게시중단 처리되어 지금은 외부에서 열람되지 않습니다.
- {N1}
- {N3}

감사합니다.
정민재 드림

2024년 9월 2일 (월) 오전 10:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + gt(q) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
    why="two listed posts stated 게시중단; the other quoted URLs (lines starting with '>') are untouched",
    items={N1: "removed", N3: "removed"},
)

case(
    name="naver-bulk-all-done",
    date=d(9, 10, 20),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=f"[회신] {R1} 조치 완료 안내",
    reply_to_req=mid(R1),
    body=f"""수신: 방송통신심의위원회

1. 귀 위원회의 시정요구({R1})와 관련입니다.
2. 요청하신 게시물 총 12건에 대하여 전건 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="one-paragraph 공문 stating all items of the request were actioned",
    why="a statement about all twelve items without naming any: bulk review, nothing applied",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="naver-promise-this-week",
    date=d(3, 14, 2),
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 정책지원팀 김서연입니다.

보내주신 목록 잘 받았습니다. 아래 게시물은 내부 검토를 거쳐 이번 주 중으로 조치될 예정입니다.

{N1}
{N2}

조치가 끝나면 결과를 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal staff reply promising action within the week",
    why="'조치될 예정' is a promise, not a statement: items stay pending, the email names items so it goes to review",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-hedge-seems-deleted",
    date=d(5, 10, 44),
    **{"from": "junho.park@navercorp.com"},
    name_from="박준호",
    subject=f"RE: [{R1}] 블로그 게시물 확인",
    reply_to_req=mid(R1),
    body=f"""안녕하세요.

확인해 보니 아래 두 게시물은 이미 삭제된 것으로 보입니다.
{N3}
{N8}

정확한 처리 이력은 블로그팀에 확인한 뒤 다시 말씀드리겠습니다.

박준호
""",
    outcome="review",
    review="not_understood",
    imitates="operator's hedged first look before checking the history",
    why="'삭제된 것으로 보입니다' is a hedge ('appears to'), and the sender says it will confirm later",
    items={N3: "pending", N8: "pending"},
)

case(
    name="naver-dmarc-fail",
    date=d(4, 22, 51),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    subject=f"[회신] {R1} 조치결과",
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 요청하신 게시물 조치 결과입니다.

{N1} - 삭제 완료
{N2} - 삭제 완료
{N4} - 삭제 완료

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="result list claiming to come from the portal, failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={N1: "pending", N2: "pending", N4: "pending"},
)

case(
    name="naver-contact-change-notice",
    date=d(10, 9, 0),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[안내] 게시중단 요청 접수 창구 변경 안내",
    body="""안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 및 시정요구 공문 접수 창구가 변경됩니다.
변경 이후에는 기관 전용 접수 페이지(https://right.naver.com/agency)를 이용해 주시기 바랍니다.
기존 메일 주소로 보내주신 요청은 9월 30일까지 정상 처리됩니다.

이용에 참고해 주시기 바랍니다.
감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal circular to agencies about a change of intake address",
    why="trusted NAVER mail that names no requested item and no request",
    items={},
)

case(
    name="naver-read-receipt",
    date=d(2, 10, 31),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject=enc(f"읽음 확인: [{R1}] 불법 도박 홍보 게시물 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_419_0009"

--mdn_419_0009
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 읽었습니다.

받는 사람: policy@navercorp.com
제목: [{R1}] 불법 도박 홍보 게시물 시정요구
읽은 시간: 2024년 9월 2일 월요일 오전 10:31

--mdn_419_0009
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_419_0009--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="mail-client read receipt (MDN, 읽음 확인) for the request",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="naver-chuseok-ooo",
    date=d(16, 8, 2),
    **{"from": "junho.park@navercorp.com"},
    name_from="박준호",
    subject=f"[자동회신] RE: [{R1}] 미조치 게시물 확인 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid(R1),
    body="""추석 연휴(9월 14일 ~ 9월 18일)로 부재중입니다.
9월 19일부터 순차적으로 확인 후 회신드리겠습니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office reply over the Chuseok holiday",
    why="automatic reply, no statement",
    items={},
)

# ===== NAVER, KCSC-240911-07 (1 item, Korean path) =====

case(
    name="naver-smartstore-sole-statement",
    date=d(12, 14, 25),
    **{"from": "smartstore-policy@navercorp.com"},
    name_from="네이버 스마트스토어 운영팀",
    subject=f"RE: [{R7}] 전문의약품 불법 판매 시정요구",
    reply_to_req=mid(R7),
    body=f"""안녕하세요. 네이버 스마트스토어 운영팀입니다.

요청하신 스토어의 해당 상품은 약사법 위반 상품으로 확인되어 판매중지 및 상품 비노출 처리하였습니다.
판매자에게도 위반 사실과 재등록 금지를 안내하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="marketplace operator's one-line result for a one-item request",
    why="one-item request; the product was taken off sale and hidden (made unavailable: removed)",
    items={S1: "removed"},
)

case(
    name="naver-smartstore-raw-korean-url",
    date=d(13, 10, 10),
    **{"from": "smartstore-policy@navercorp.com"},
    name_from="네이버 스마트스토어 운영팀",
    subject=f"[스마트스토어] 신고 상품 처리 결과 ({R7})",
    body=f"""안녕하세요.

신고 주신 상품 페이지 {S1_RAW} 는 9월 12일자로 삭제되었습니다.
해당 스토어는 이용정지 상태입니다.

네이버 스마트스토어 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="marketplace result mail quoting the product URL with its raw Hangul store name",
    why="the raw-Hangul URL is the percent-encoded requested item; stated deleted",
    items={S1: "removed"},
)

# ===== Kakao, KCSC-240903-02 (4 items) =====

case(
    name="kakao-imsijochi-notice",
    date=d(5, 16, 0),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=enc(f"[카카오] 게시물 조치 결과 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 처리 내역
- 대상: {K1}
  조치: 임시조치 (30일간 접근 차단)
- 대상: {K2}
  조치: 임시조치 (30일간 접근 차단)
- 대상: {K3}
  조치: 삭제
- 대상: {K4}
  조치: 해당 게시물 없음 (작성자 삭제)

임시조치된 게시물은 게시자의 이의제기가 없으면 30일 경과 후 삭제됩니다.
관련 안내: https://cs.kakao.com/helps?service=rights

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 result notice",
    why="two cafe posts 임시조치 (restricted), the tistory post deleted, the brunch post gone (deleted by its author: not_found)",
    items={K1: "restricted", K2: "restricted", K3: "removed", K4: "not_found"},
)

case(
    name="kakao-tistory-korean-url-parens",
    date=d(4, 13, 37),
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject=f"Re: [{R2}] 개인정보 노출 게시물 시정요구",
    reply_to_req=mid(R2),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물({K3_RAW})은 개인정보 노출 게시물로 확인되어 삭제 조치하였습니다.
블로그 운영자에게는 운영정책 위반 사실을 안내하였습니다.

나머지 다음 카페, 브런치 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="blog-service reply naming the URL in parentheses followed by a Korean particle",
    why="the tistory post (raw Hangul slug inside '(…)은') was deleted; the other items are only said to get a later reply",
    items={K3: "removed", K1: "pending", K2: "pending", K4: "pending"},
)

case(
    name="kakao-rejected-with-reason",
    date=d(9, 11, 18),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"[카카오] {R2} 추가 조치 결과",
    reply_to_req=mid(R2),
    body=f"""안녕하세요, 카카오입니다.

추가로 검토한 게시물의 결과를 알려드립니다.

1) {K4}
   검토 결과 특정인을 알아볼 수 있는 정보가 포함되어 있지 않아 운영정책 위반에 해당하지 않습니다. 게시물은 유지됩니다.

2) {K1}
   카페 운영정책 위반으로 게시물을 삭제하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao follow-up result: one refusal with its reason, one deletion",
    why="brunch post kept because it breaks no rule (rejected); cafe post deleted",
    items={K4: "rejected", K1: "removed"},
)

case(
    name="kakao-cafe-manager-gmail",
    date=d(4, 21, 3),
    **{"from": "bluefox.cafejigi@gmail.com"},
    name_from="블루폭스 카페지기",
    subject=f"Re: [{R2}] 개인정보 노출 게시물 시정요구",
    body=f"""안녕하세요. 다음카페 bluefox2019 카페지기입니다.
카카오 쪽에서 연락받고 메일 드립니다.

말씀하신 글 두 개 제가 직접 삭제했어요.
{K1}
{K2}

앞으로 회원들 글 더 신경 써서 관리하겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="community manager answering the regulator from a personal webmail address",
    why="the cafe manager writes from gmail.com, not a Kakao domain: a person must check",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-daum-search-naver-items",
    date=d(6, 15, 9),
    **{"from": "search-policy@kakaocorp.com"},
    name_from="다음 검색 정책 담당",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 검색 노출 관련",
    body=f"""안녕하세요. 카카오 다음 검색 정책 담당입니다.

요청하신 아래 URL은 네이버 블로그 게시물로 원문 삭제는 당사 권한 밖의 사항이나,
다음 검색 결과에서는 노출 제외 처리하였습니다.

{N1}
{N2}

원문 조치는 네이버 측에 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="search portal de-indexing another portal's posts from its results",
    why="Kakao states an action on NAVER's items; only NAVER can change their status",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-cs-receipt",
    date=d(3, 10, 7),
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=enc("[카카오 고객센터] 문의 접수 완료 안내"),
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: 2409-0312-5581
- 접수일시: 2024.09.03 10:07

접수된 순서대로 확인 후 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료)",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ===== Kakao, KCSC-240910-06 (1 item) =====

case(
    name="kakao-channel-sole-statement",
    date=d(11, 17, 45),
    **{"from": "kakaotalk-policy@kakaocorp.com"},
    name_from="카카오톡 운영정책팀",
    subject=f"Re: [{R6}] 불법 도박 홍보 채널 게시물 시정요구",
    reply_to_req=mid(R6),
    body="""안녕하세요. 카카오톡 운영정책팀입니다.

요청하신 카카오톡 채널 게시물은 운영정책 위반(사행성 도박 홍보)으로 확인되어 삭제하였으며,
해당 채널은 영구 이용 제한 조치하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="messenger operator's result for a one-item request, naming no URL",
    why="one-item request, the post stated deleted",
    items={P1: "removed"},
)

case(
    name="kakao-channel-imsijochi-condition",
    date=d(12, 9, 55),
    **{"from": "kakaotalk-policy@kakaocorp.com"},
    name_from="카카오톡 운영정책팀",
    subject=f"[카카오톡 채널] {R6} 조치 안내",
    body=f"""안녕하세요.

{P1} 에 대해 국내 이용자의 접근을 제한하는 임시조치를 하였습니다.
채널 관리자가 30일 이내에 소명하지 않으면 게시물은 영구 삭제됩니다.

카카오톡 운영정책팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="임시조치 notice with a conditional later deletion",
    why="access in Korea restricted now (임시조치); the deletion is only conditional and is not a statement",
    items={P1: "restricted"},
)

# ===== DC Inside, KCSC-240905-03 (5 items) =====

case(
    name="dc-operator-informal",
    date=d(6, 11, 31),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R3}] 마약류 판매 광고 게시물 시정요구",
    reply_to_req=mid(R3),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 목록 확인했고요, 아래처럼 처리했습니다.

{D1} 삭제했습니다
{D2} 삭제 + 작성자 IP 차단
{D3} 이건 작성자가 먼저 지운 글이라 남아있는 게 없습니다

나머지 두 개는 미니갤 매니저랑 얘기 중이라 조금 걸릴 것 같아요.
처리되면 다시 메일 드릴게요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="community-site operator's informal reply, status after each URL",
    why="two deleted, one already deleted by its author (not_found); the other two are only being discussed",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending", D5: "pending"},
)

case(
    name="dc-status-line-below",
    date=d(9, 14, 12),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    subject=f"[디시인사이드] 게시물 처리 결과 안내 ({R3})",
    reply_to_req=mid(R3),
    body=f"""[디시인사이드] 게시물 처리 결과 안내

1. {D4}
   → 삭제 완료

2. {D5}
   → 삭제 완료 (모바일 주소, 원글 동일)

3. {D1}
   → 해당 글 없음

문의: 디시인사이드 고객센터 https://www.dcinside.com/help
""",
    outcome="applied",
    classification="confirmation",
    imitates="numbered result list with the status on the line below each URL",
    why="two deletions and one post that no longer exists",
    items={D4: "removed", D5: "removed", D1: "not_found"},
)

case(
    name="dc-mini-gallery-rejected",
    date=d(10, 16, 3),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R3}] 미니 갤러리 게시물 확인 결과",
    reply_to_req=mid(R3),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

미니 갤러리 icequeen의 2051번 게시물({D4})은 확인해 보니 판매 광고가 아니라 관련 뉴스 기사를 인용한 글이어서, 저희 삭제 기준에 해당하지 않습니다. 게시물은 유지하겠습니다.

모바일 주소로 주신 {D5} 은 삭제했습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="operator refusal with a reason plus one deletion, in prose",
    why="the mini-gallery post is kept as it breaks no rule (rejected); the mobile-URL post deleted",
    items={D4: "rejected", D5: "removed"},
)

dc_table = f"""안녕하세요. 디시인사이드 운영팀입니다.
{R3} 건 처리 결과 정리해서 보내드립니다.

번호 | 게시물 주소 | 처리
1 | {D1} | 삭제
2 | {D2} | 삭제
3 | {D3} | 삭제
4 | {D4} | 미삭제(위반 아님)
5 | {D5} | 삭제

감사합니다.
"""
case(
    name="dc-qp-text-table",
    date=d(11, 10, 26),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=enc(f"[디시인사이드] {R3} 처리 결과"),
    reply_to_req=mid(R3),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dc_table)}""",
    outcome="applied",
    classification="confirmation",
    imitates="pipe-separated result table in a quoted-printable body",
    why="four deletions and one refusal (미삭제, 위반 아님: rejected)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "rejected", D5: "removed"},
)

case(
    name="dc-fullwidth-colon",
    date=d(7, 13, 58),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R3}] 힙합 갤러리 게시물",
    reply_to_req=mid(R3),
    body=f"""힙합 마이너 갤러리 쪽 처리 결과입니다.

① {D2}：삭제
② {D3}：삭제
③ {D5}：이미 삭제된 게시물（작성자 삭제）

디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="operator list typed with a Korean IME: circled numbers, full-width colon right after the URL",
    why="two deletions, one post already deleted by its author (not_found)",
    items={D2: "removed", D3: "removed", D5: "not_found"},
)

case(
    name="dc-dmarc-fail",
    date=d(6, 23, 40),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    auth="fail",
    subject=f"Re: [{R3}] 처리 완료",
    body=f"""요청하신 게시물 삭제 완료했습니다. 확인 부탁드립니다.

{D1}
{D2}
""",
    outcome="review",
    review="untrusted",
    imitates="short completion note claiming the site's domain, failing authentication",
    why="DC Inside domain but DMARC fails: nothing applied",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-asks-for-gongmun",
    date=d(5, 17, 20),
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R3}] 마약류 판매 광고 게시물 시정요구",
    reply_to_req=mid(R3),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리를 위해 귀 위원회의 시정요구 공문(기관 직인 날인본)과
담당자 연락처를 회신해 주시기 바랍니다.
공문 확인 후 처리를 진행하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="operator asking for the stamped official letter before acting",
    why="the site asks for documents; a person must answer, nothing is stated",
    items={},
)

dsn_text = """This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mailstore2.dcinside.com[192.0.2.44] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)
"""
case(
    name="dc-bounce-mailbox-full",
    date=d(12, 10, 1),
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_419_0031"

--dsn_419_0031
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--dsn_419_0031
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: {d(12, 10, 0)}

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn_419_0031
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: {enc(f"[{R3}] 미조치 게시물 확인 요청")}
Message-ID: <reminder.{R3}.1@kcsc.example>
Date: {d(12, 10, 0)}

--dsn_419_0031--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (mailbox full) for our reminder",
    why="delivery failure report, no statement from the site",
    items={},
)

# ===== YouTube, KCSC-240906-04 (3 items) =====

case(
    name="yt-korean-legal-outcome",
    date=d(10, 19, 22),
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    subject=f"Re: [{R4}] 미신고 유사투자자문 홍보 콘텐츠",
    reply_to_req=mid(R4),
    body=f"""안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

- {Y1}
  현지 법률에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

- {Y2}
  YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

- {Y3}
  YouTube 서비스 약관 위반으로 채널이 해지되었습니다.

YouTube의 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/0000000 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-team outcome in Korean (local block, guideline removal, channel termination)",
    why="video blocked in Korea (restricted), short removed, channel terminated (removed); the help link is not an item",
    items={Y1: "restricted", Y2: "removed", Y3: "removed"},
)

case(
    name="yt-english-restricted-and-no-action",
    date=d(9, 8, 47),
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [{R4}] Unregistered investment advisory promotion",
    reply_to_req=mid(R4),
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we have restricted access to the following video for viewers in South Korea, in line with local law:
{Y1}

We did not find a violation of our Community Guidelines or of local law in the following content, so we have not taken action on it at this time:
{Y2}

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in English: country block plus a no-action decision",
    why="the video is restricted in Korea; the short stays up, no violation found (rejected)",
    items={Y1: "restricted", Y2: "rejected"},
)

yt_plain = f"""YouTube 콘텐츠 조치 결과 ({R4})

{Y3} : 채널 종료
{Y2} : 삭제됨

본 메일은 발신 전용입니다.
"""
yt_html = f"""<html><body>
<p>안녕하세요. 요청하신 콘텐츠({R4})의 조치 결과입니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>콘텐츠</th><th>조치</th></tr>
<tr><td><a href="{Y3}">{Y3}</a></td><td>채널 종료</td></tr>
<tr><td><a href="{Y2}">{Y2}</a></td><td>삭제됨</td></tr>
</table>
<p style="color:#606060;font-size:12px">본 메일은 발신 전용입니다. &copy; 2024 Google LLC</p>
</body></html>
"""
case(
    name="yt-html-base64-table",
    date=d(11, 7, 15),
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=enc(f"[YouTube] 요청하신 콘텐츠의 조치 결과 ({R4})"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000yt4190023"

--000000000000yt4190023
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_plain)}
--000000000000yt4190023
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(yt_html)}
--000000000000yt4190023--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google-generated multipart/alternative notice, base64 text and HTML table",
    why="channel terminated and short deleted: both removed",
    items={Y3: "removed", Y2: "removed"},
)

case(
    name="yt-age-restricted",
    date=d(10, 13, 3),
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    subject=f"Re: [{R4}] 동영상 조치 결과",
    reply_to_req=mid(R4),
    body=f"""안녕하세요.

신고하신 동영상({Y1})에는 연령 제한이 적용되었습니다.
이제 로그인한 만 18세 이상 사용자만 이 동영상을 시청할 수 있습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction outcome in Korean",
    why="age restriction is a restriction",
    items={Y1: "restricted"},
)

case(
    name="yt-staff-under-review",
    date=d(7, 11, 50),
    **{"from": "doyun.kim@google.com"},
    name_from="김도윤",
    subject=f"RE: [{R4}] 미신고 유사투자자문 홍보 콘텐츠",
    reply_to_req=mid(R4),
    body=f"""안녕하세요, 구글코리아 김도윤입니다.

보내주신 세 건은 모두 담당 팀에서 검토 중이며, 검토가 끝나는 대로 조치 결과를 공유드리겠습니다.
{Y1}
{Y2}
{Y3}

개인적으로 보기에는 쇼츠 영상은 삭제될 가능성이 높아 보입니다.

김도윤 드림
""",
    outcome="review",
    review="not_understood",
    imitates="platform staffer's courtesy update: under review, with a guess",
    why="'검토 중' and a likely outcome are not statements; items named, so review",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="yt-staff-ooo-chuseok",
    date=d(14, 0, 12),
    **{"from": "doyun.kim@google.com"},
    name_from="김도윤",
    subject=f"Automatic reply: [{R4}] 조치 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=mid(R4),
    body="""I am out of the office for the Chuseok holidays and will be back on September 19.
추석 연휴로 9월 19일까지 부재중입니다. 급한 용무는 legal-kr@google.com 으로 보내주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual out-of-office auto-reply",
    why="automatic reply",
    items={},
)

case(
    name="yt-legal-request-receipt",
    date=d(6, 10, 30),
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject=f"[9-3157000042987] Your legal request - {R4}",
    body="""Hello,

We have received your legal request. Your reference number is 9-3157000042987.

Our team will review the request and get back to you. Please keep the reference
number in the subject line of any further correspondence about this request.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal web-form receipt with a case number",
    why="pure receipt: the request was received, nothing about the items",
    items={},
)

# ===== BAND, KCSC-240909-05 (2 items) =====

case(
    name="band-help-arrow-list",
    date=d(11, 15, 33),
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject=f"Re: [{R5}] 투자 사기 권유 게시글 시정요구",
    reply_to_req=mid(R5),
    body=f"""안녕하세요, BAND 고객센터입니다.
신고해 주신 게시글의 처리 결과를 안내드립니다.

{B1} → 운영정책 위반(사기 의심 투자 권유)으로 게시글 삭제
{B2} → 작성자가 이미 삭제하여 확인되지 않는 게시글입니다.

해당 밴드의 리더에게는 경고 조치하였습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND help-centre reply, status after an arrow",
    why="one deleted, one already deleted by its author (not_found)",
    items={B1: "removed", B2: "not_found"},
)

band_text = f"""[BAND] 시정요구 조치결과 ({R5})

대상 게시글 1: {B1}
조치 결과: 게시글 비공개 처리 및 작성자 이용 정지

대상 게시글 2: {B2}
조치 결과: 게시글 비공개 처리

BAND 운영정책 안내: https://band.us/policy/operation
"""
case(
    name="band-base64-result",
    date=d(12, 18, 6),
    **{"from": "safety@band.us"},
    name_from="BAND 안전센터",
    subject=enc(f"[BAND] 시정요구 조치결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(band_text)}""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND safety-centre result notice, base64 body, label/value pairs",
    why="both posts made private by the platform (비공개 처리: removed); the policy link is not an item",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-bulk-all-deleted",
    date=d(10, 12, 0),
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject=f"Re: [{R5}] 투자 사기 권유 게시글 시정요구",
    reply_to_req=mid(R5),
    body="""안녕하세요, BAND 고객센터입니다.

요청하신 게시글은 모두 삭제 처리 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-sentence help-desk completion note",
    why="'모두 삭제' for a two-item request without naming either: bulk review",
    items={B1: "pending", B2: "pending"},
)

case(
    name="band-noreply-autoresponse",
    date=d(13, 9, 1),
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=f"Re: [{R5}] 조치 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""이 메일 주소는 발신 전용으로, 보내주신 메일은 확인되지 않습니다.
문의는 BAND 고객센터(https://band.us/cs)를 이용해 주세요.

This is a send-only address. Replies to this address are not read.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="no-reply mailbox auto-response",
    why="automatic reply from a send-only mailbox",
    items={},
)

# ===== other senders =====

case(
    name="lawfirm-for-blogger",
    date=d(5, 14, 50),
    **{"from": "jh.yoon@hangyeol-law.example"},
    name_from="법무법인 한결 윤정훈 변호사",
    subject=f"[{R1}] 관련 게시물 자진 삭제 안내",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 네이버 블로그 'luckyseven_vip' 운영자를 대리합니다.
의뢰인은 귀 위원회의 시정요구 사항을 확인하고, 아래 게시물을 자진 삭제하였음을 알려드립니다.

{N1}
{N2}

법무법인 한결 변호사 윤정훈 드림
""",
    outcome="review",
    review="unknown_sender",
    imitates="lawyer for the poster reporting a voluntary deletion",
    why="not from any platform's domain: the claim must be checked by a person",
    items={N1: "pending", N2: "pending"},
)


HEADER = """# Blind set 419 (Korean platforms): NAVER, Kakao/Daum, YouTube Korea,
# DC Inside, BAND. Written from each email's meaning before any run of the
# reader; generated by make.py (do not edit by hand). See NOTES.md.
"""

def encode_names(cases):
    """Display names in From are RFC 2047-encoded, as Korean mailers send them."""
    for c in cases:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = enc(n)


if __name__ == "__main__":
    encode_names(CASES)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
