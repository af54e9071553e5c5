#!/usr/bin/env python3
"""Blind set blind521 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind521/make.py

Deterministic: every date, boundary and encoding is fixed. The expected
results were written from each email's meaning alone, before any run of the
reader.
"""
import base64
import csv
import datetime
import email.header
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
MID = {r: "req-" + r[5:].lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

# NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/luckyseven_789/223561104521"
N2 = "https://blog.naver.com/luckyseven_789/223561187730"
N3 = "https://blog.naver.com/sunny_bet2024/223548830912"
N4 = "https://cafe.naver.com/totojungbo/15230"
N5 = "https://cafe.naver.com/totojungbo/15244"
N6 = "https://cafe.naver.com/greenfield77/8812"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60216&docId=471128830"
N8 = "https://m.blog.naver.com/PostView.naver?blogId=casino_moa&logNo=223570011245"
N9 = "https://blog.naver.com/casino_moa/223570092214"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=55120934"
N11 = "https://cafe.naver.com/totojungbo/15302"
N12 = "https://blog.naver.com/sunny_bet2024/223549901177"
NAVER12 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# Kakao (Daum cafe, Tistory, Kakao channel), 5 items
K1 = "https://cafe.daum.net/icecrystal22/Ab3k/41"
K2 = "https://cafe.daum.net/icecrystal22/Ab3k/57"
K3_RAW = "https://hanbam-note.tistory.com/entry/직거래-안내"
K3 = "https://hanbam-note.tistory.com/entry/" + urllib.parse.quote("직거래-안내")
K4 = "https://hanbam-note.tistory.com/112"
K5 = "https://pf.kakao.com/_xbQkLd/104552871"
KAKAO5 = [K1, K2, K3, K4, K5]

# YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Rk7vQ2mXe0A"
Y2 = "https://www.youtube.com/watch?v=bT4nL8sWq1c"
Y3 = "https://www.youtube.com/shorts/Zp3Wd9Kx7aE"
Y4 = "https://www.youtube.com/watch?v=m2Hc8VtR5yQ"

# DC Inside, 3 items + 1 item
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10284411"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=jusik_hint&no=77120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=jusik_hint&no=77163"
DS = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=3390218"

# BAND, 2 items
B1 = "https://band.us/band/80442117/post/311"
B2 = "https://band.us/band/80442117/post/318"

# NAVER, 1 item
NS = "https://blog.naver.com/dal_bit_gil/223580044102"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NAVER12,
     "불법 도박", "blog, cafe, 지식iN and post; \"toto\" ring"),
    (R2, "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", KAKAO5,
     "마약류 판매 광고", "Daum cafe, Tistory, Kakao channel"),
    (R3, "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", [Y1, Y2, Y3, Y4],
     "불법 금융(리딩방)", "investment-scam videos"),
    (R4, "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", [D1, D2, D3],
     "개인정보 노출", "doxxing, two galleries"),
    (R5, "band", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", [B1, B2],
     "불법 의약품 판매", ""),
    (R6, "naver", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", [NS],
     "개인정보 노출", "single blog post"),
    (R7, "dcinside", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [DS],
     "명예훼손", "single post, baseball gallery"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted_request(ref, urls, title):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구({ref})하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"심의 사유: {title}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---- NAVER, KCSC-240902-01 (12 items)
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(6, 16, 42), subject=f"[네이버] 시정요구에 대한 조치결과 회신 ({R1})",
    reply_to_req=MID[R1],
    body=f"""수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책지원팀
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 요청한 불법 도박 정보 시정요구({R1})와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL | 조치결과 | 비고
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 블라인드 |
4 | {N4} | 게시중단 |
5 | {N5} | 게시물 없음 | 9.1. 작성자 삭제
6 | {N6} | 미조치 | 경기 결과 정리글, 운영정책 위반 아님
7 | {N7} | 삭제 |
8 | {N8} | 비공개 처리 |
9 | {N9} | 삭제 |
10 | {N10} | 국내 접근 제한 | 해외 게시자
11 | {N11} | 임시조치(30일) |
12 | {N12} | 삭제 |

3. 조치결과에 대하여 문의사항이 있으시면 정책지원팀(policy@navercorp.com)으로
   연락하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀장 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 회신 with a pipe table",
    why="trusted NAVER 공문, every row names a URL and a result",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "removed", N10: "restricted",
           N11: "restricted", N12: "removed"},
)


def html_table(rows, head):
    out = ["<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
           "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for r in rows:
        cells = []
        for c in r:
            if c.startswith("https://"):
                e = c.replace("&", "&amp;")
                cells.append(f"<td><a href=\"{e}\">{e}</a></td>")
            else:
                cells.append(f"<td>{c}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


case(
    name="naver-html-table-partial",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(4, 11, 5), subject=f"RE: [{R1}] 불법 도박 게시물 시정요구",
    reply_to_req=MID[R1], type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>요청하신 게시물 가운데 현재까지 처리된 내역을 먼저 안내드립니다.</p>
{html_table([["1", N1, "삭제 완료"], ["2", N2, "삭제 완료"], ["3", N3, "검토 중"],
             ["4", N4, "블라인드 처리"], ["5", N5, "존재하지 않는 게시물"]],
            ["번호", "게시물 주소", "처리 상태"])}
<p>나머지 게시물은 처리가 끝나는 대로 추가로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML reply with a result table, partial",
    why="HTML table: four rows with results, one row still 검토 중 stays pending",
    items={N1: "removed", N2: "removed", N3: "pending", N4: "removed", N5: "not_found"},
)

CSV_ATT = "\ufeff연번,게시물 URL,조치결과,조치일\n" + "\n".join([
    f"6,{N6},삭제,2024-09-05",
    f"7,{N7},삭제,2024-09-05",
    f"8,{N8},게시중단,2024-09-05",
    f"9,{N9},게시물 없음,",
    f"10,{N10},삭제,2024-09-06",
    f"11,{N11},삭제,2024-09-06",
    f"12,{N12},블라인드,2024-09-06",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(6, 17, 10), subject=f"[{R1}] 조치결과 (6~12번)",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b521_csv"

--=_nv_b521_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
{R1} 건 중 6번부터 12번까지의 조치결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--=_nv_b521_csv
Content-Type: text/csv; charset=utf-8; name="조치결과_6-12.csv"
Content-Disposition: attachment; filename="result_6-12.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_nv_b521_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply carrying the result sheet as a CSV attachment (UTF-8 with BOM)",
    why="CSV rows name each URL and its result; 게시물 없음 is not_found",
    items={N6: "removed", N7: "removed", N8: "removed", N9: "not_found", N10: "removed",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-cafe-url-status-below",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(5, 9, 48), subject=f"Re: [{R1}] 카페 게시글 처리 결과",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.
요청 주신 카페 게시글 처리 결과 전달드립니다.

{N4}
→ 게시글 삭제

{N5}
→ 작성자가 이미 삭제한 글이라 확인되지 않습니다

{N11}
→ 게시글 삭제, 작성 회원 카페 활동 정지

{N6}
→ 스포츠 뉴스 스크랩 게시판의 경기 결과 글로, 도박 사이트 홍보 내용이 없어 카페 운영원칙 위반에 해당하지 않습니다. 게시글은 유지됩니다.

카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply, bare URL with the result on the line below",
    why="each URL is followed by its own result line",
    items={N4: "removed", N5: "not_found", N11: "removed", N6: "rejected"},
)

case(
    name="naver-kin-topposted-gmail",
    **{"from": "kin_admin@naver.com"}, name_from="지식iN 운영자",
    date=d(3, 14, 20), subject=f"Re: [{R1}] 불법 도박 게시물 시정요구",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, 지식iN 운영자입니다.

말씀하신 지식iN 답변 {N7} 은(는) 불법 도박 사이트 홍보 글로 확인되어 삭제했습니다.
같은 메일에 있던 블로그·카페 주소들은 저희 소관이 아니어서 각 서비스 담당 부서로 전달해 두었습니다.

지식iN 운영자 드림

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(quoted_request(R1, NAVER12, "불법 도박 정보"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted 시정요구",
    why="one unquoted statement about the 지식iN item; the quoted list below is ours",
    items={N7: "removed"},
)

case(
    name="naver-post-restricted-cafe-kept",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(9, 10, 15), subject=f"[{R1}] 추가 회신",
    reply_to_req=MID[R1],
    body=f"""{R1} 관련하여 추가로 회신드립니다.

네이버 포스트 {N10} 는 해외 사업자가 게시한 광고성 글로, 대한민국 내에서의 접근을 제한하였습니다.

카페 게시글 {N6} 는 스포츠 경기 결과를 정리한 글로서 도박 사이트로 유도하거나 홍보하는 문구가 확인되지 않아 게시를 유지하기로 하였습니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team prose reply: geo-restriction and a refusal with its reason",
    why="one item restricted in Korea, one kept with a stated reason",
    items={N10: "restricted", N6: "rejected"},
)

case(
    name="naver-report-center-echo",
    **{"from": "report@naver.com"}, name_from="네이버 신고센터",
    date=d(4, 18, 2), subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

안녕하세요. 네이버 신고센터입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

■ 접수번호: RPT-0902-55871
■ 신고 대상: {N3}
■ 신고 사유: 불법 정보(도박)
■ 처리 결과: 게시중단

■ 접수번호: RPT-0902-55872
■ 신고 대상: {N12}
■ 신고 사유: 불법 정보(도박)
■ 처리 결과: 게시중단

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/)로 문의해 주세요.
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result mail echoing each report (접수번호, 대상, 사유, 결과)",
    why="echoed report blocks, each with its URL and 게시중단; help link is not an item",
    items={N3: "removed", N12: "removed"},
)

BLOG_B64 = f"""네이버 블로그 고객센터입니다.

요청하신 casino_moa 블로그 게시물 2건의 처리 결과를 안내드립니다.

- {N8} : 삭제
- {N9} : 임시조치

임시조치된 게시물은 30일 동안 게시가 중단되며, 게시자가 재게시를 요청하지 않으면 이후 삭제됩니다.

감사합니다.
"""
case(
    name="naver-blog-base64",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 고객센터",
    date=d(5, 15, 33), subject=f"[네이버 블로그] 게시물 처리 결과 안내 ({R1})",
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(BLOG_B64)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer-centre notice, base64-encoded plain text",
    why="two bulleted URLs: 삭제 and 임시조치",
    items={N8: "removed", N9: "restricted"},
)

case(
    name="naver-cafe-blind-notice",
    **{"from": "cafe_noreply@naver.com"}, name_from="네이버 카페",
    date=d(4, 9, 12), subject="[네이버 카페] 게시글 블라인드 처리 안내",
    body=f"""[네이버 카페] 게시글 블라인드 처리 안내

방송통신심의위원회의 시정요구({R1})에 따라
'토토정보' 카페(cafe.naver.com/totojungbo)의 아래 게시글을 블라인드 처리하였습니다.

  · 게시글 주소: <{N4}>
  · 게시글 주소: <{N11}>

블라인드 처리된 게시글은 카페 회원을 포함한 누구에게도 노출되지 않습니다.
카페 운영원칙: https://cafe.naver.com/cafeguide/rule
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 notice, URLs in angle brackets",
    why="two URLs under one statement that names both; the cafe address and the rules link are not items",
    items={N4: "removed", N11: "removed"},
)

# ---- NAVER, KCSC-240909-06 (1 item)
case(
    name="naver-single-no-url",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 고객센터",
    date=d(10, 16, 5), subject=f"Re: [{R6}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R6],
    body="""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물 1건은 개인정보(휴대전화번호, 거주지 주소) 노출이 확인되어
2024년 9월 10일 15시경 게시중단 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short blog customer-centre reply in the request's thread, no URL",
    why="answers a one-item request with one unhedged statement (sole)",
    items={NS: "removed"},
)

case(
    name="naver-single-rejected",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(11, 10, 40), subject=f"Re: [{R6}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R6],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{NS} 게시물을 확인하였습니다.
게시물에 기재된 연락처와 주소는 게시자가 운영하는 공방의 사업자 정보로, 사업자등록 정보로 이미 공개된 내용이어서
개인정보 침해에 해당하지 않는다고 판단하였습니다. 따라서 게시중단 요청은 받아들이지 않았으며 게시물은 유지됩니다.

추가 자료가 있으시면 다시 요청해 주시기 바랍니다.

네이버 정책지원팀 드림

2024년 9월 9일 (월) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(quoted_request(R6, [NS], "개인정보 노출"))}
""",
    outcome="applied", classification="confirmation",
    imitates="portal refusal with its reason, over the Gmail-quoted request",
    why="the item is kept and the reason given; the closing invitation is not a request for information",
    items={NS: "rejected"},
)

# ---- Kakao, KCSC-240903-02 (5 items)
case(
    name="kakao-gongmun-result",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(9, 14, 0), subject=f"시정요구({R2})에 대한 조치결과 통보",
    reply_to_req=MID[R2],
    body=f"""문서번호: 카카오정책-2024-0911
수    신: 방송통신심의위원회 위원장
참    조: 통신심의국
제    목: 시정요구({R2})에 대한 조치결과 통보

1. 관련: 방송통신심의위원회 시정요구 (2024. 9. 3.)
2. 위 호와 관련하여 귀 위원회가 시정을 요구한 정보에 대하여 다음과 같이 조치하였음을 통보합니다.

  가. {K1} — 게시물 삭제 및 카페 이용제한
  나. {K2} — 게시물 삭제
  다. {K3_RAW} — 게시글 삭제
  라. {K4} — 조치 전 작성자 삭제(게시물 없음)
  마. {K5} — 채널 게시물 삭제 및 채널 운영 중지

붙임: 없음.  끝.

주식회사 카카오 대표이사 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문: 시정요구에 대한 조치결과 통보, 가나다 list, raw Korean Tistory path",
    why="five lettered lines, each with a URL and its result; the raw Korean path matches its encoded form",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "removed"},
)

case(
    name="tistory-informal-particles",
    **{"from": "cs@tistory.com"}, name_from="티스토리 운영팀",
    date=d(5, 17, 25), subject=f"Re: [{R2}] 마약류 판매 광고 게시물",
    reply_to_req=MID[R2],
    body=f"""안녕하세요, 티스토리 운영팀입니다.

보내 주신 티스토리 두 건 확인했습니다.
{K3_RAW} 글은 마약류 거래를 유도하는 글이라 블라인드 처리했고,
{K4}은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.
해당 블로그는 이용 제한도 걸어 두었습니다.

다른 주소들(다음 카페, 카카오톡 채널)은 카카오 권리침해신고센터에서 따로 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Tistory operator reply, URL followed directly by a Korean particle (은)",
    why="blind → removed for the Korean-path post; the numbered post was already deleted by its author",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="daum-cafe-temporary-measure",
    **{"from": "cs_notice@daum.net"}, name_from="Daum 고객센터",
    date=d(4, 13, 30), subject="[Daum] 게시물 임시조치 안내",
    body=f"""[Daum] 게시물 임시조치 안내

안녕하세요. Daum 고객센터입니다.
아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
30일간 임시조치(접근 차단)하였음을 알려드립니다.

게시물 주소: {K1}
게시물 주소: {K2}
관련 요청: {R2}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은 삭제됩니다.
임시조치 안내: https://cs.daum.net/faq/95/7580.html
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 notice under 정보통신망법 제44조의2",
    why="임시조치 (30-day access block) is restricted; the later deletion is only a condition",
    items={K1: "restricted", K2: "restricted"},
)

DAUM_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R2})의 처리 결과를 안내드립니다.</p>
{html_table([[K1, "삭제"], [K2, "삭제"],
             [K5, "조치 불가 - 의약품 효능 안내 글로 판매 목적이 확인되지 않아 운영정책 위반에 해당하지 않음"]],
            ["게시물", "처리 결과"])}
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
"""
case(
    name="daum-html-qp-table",
    **{"from": "cs_notice@daum.net"}, name_from="Daum 고객센터",
    date=d(6, 10, 55), subject=f"[Daum] 요청하신 게시물 처리 결과 안내 ({R2})",
    raw_mime=f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(DAUM_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre HTML result table, quoted-printable",
    why="two rows 삭제, one row refused with its reason",
    items={K1: "removed", K2: "removed", K5: "rejected"},
)

case(
    name="kakao-receipt-plus-statement",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(3, 15, 12), subject=f"[카카오] 신고 접수 안내 ({R2})",
    reply_to_req=MID[R2],
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구가 정상적으로 접수되었습니다. (접수번호: KR-20240903-1182)

참고로 접수하신 게시물 중 {K2} 은
작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물은 담당자 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also states one item's status",
    why="an acknowledgement phrase plus an unhedged not_found statement is not a pure receipt",
    items={K2: "not_found"},
)

# ---- YouTube, KCSC-240904-03 (4 items)
case(
    name="youtube-kr-legal-headings",
    **{"from": "youtube-legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d(9, 9, 30), subject=f"[{R3}] 법적 요청 검토 결과",
    reply_to_req=MID[R3],
    body=f"""안녕하세요.

YouTube에 법적 요청을 보내 주셔서 감사합니다. 요청({R3})을 검토한 결과를 알려드립니다.

현지 법률에 따라 아래 콘텐츠의 대한민국 내 접근을 차단했습니다.
{Y1}
{Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기)를 위반하여 YouTube에서 삭제했습니다.
{Y3}

YouTube의 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801973 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean, grouped under headings",
    why="two URLs under a Korea-block heading, one under a global removal heading; help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-en-removed-and-kept",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 8, 14), subject=f"Re: Legal request {R3}",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thanks for reaching out. We have reviewed the content you reported under reference {R3}.

{Y1}
This video was removed for violating our policy on spam, deceptive practices and scams.

{Y4}
After review, we did not find this content to be in violation of our Community Guidelines, and we have not
taken action on it under local law. The video remains available on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-team English outcome, URL followed by its decision",
    why="one removal, one refusal with reason",
    items={Y1: "removed", Y4: "rejected"},
)

YT_QP = f"""YouTube 신고 처리 결과

신고하신 동영상 2개에 대한 처리 내역입니다.

1) {Y2}
   처리 결과: 동영상을 게시한 채널이 서비스 약관 위반으로 해지되어 더 이상 시청할 수 없습니다.

2) {Y4}
   처리 결과: 연령 제한 적용 (로그인한 만 18세 이상 사용자만 시청 가능)

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""
case(
    name="youtube-qp-numbered",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date=d(11, 21, 3), subject=f"신고 처리 결과 안내 - {R3}",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome mail in Korean, quoted-printable, numbered",
    why="channel terminated → video unavailable (removed); age restriction → restricted",
    items={Y2: "removed", Y4: "restricted"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of our review of legal request {R3}.</p>
{html_table([[Y1, "Removed - Community Guidelines violation"],
             [Y2, "Blocked in South Korea (local law)"],
             [Y3, "No action - not in violation of our policies"],
             [Y4, "Not found - video was deleted by the uploader before our review"]],
            ["URL", "Action taken"])}
<p>Learn more about how we handle legal requests: <a href="https://support.google.com/legal/answer/3110420">Legal help</a></p>
<p>The YouTube Legal Team</p>
</body></html>"""
case(
    name="youtube-html-table-en",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 7, 50), subject=f"Outcome of legal request {R3}",
    reply_to_req=MID[R3], type="html", body=YT_HTML,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as an HTML table",
    why="four rows, four different statuses",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found"},
)

# ---- DC Inside, KCSC-240905-04 (3 items) and KCSC-240910-07 (1 item)
case(
    name="dc-operator-dash-list",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 13, 8), subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물 확인 후 아래와 같이 처리했습니다.

{D1} - 삭제
{D2} - 삭제 (작성자 IP 30일 차단)
{D3} - 이미 삭제된 게시물 (작성자 본인 삭제)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, URL - result per line",
    why="three lines, each a URL and its result",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-angle-brackets-refusal",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, 11, 2), subject=f"Re: [{R4}] 처리 결과",
    reply_to_req=MID[R4],
    body=f"""디시인사이드 운영팀입니다.

<{D2}> 게시물은 삭제하였고 작성자 IP도 차단 조치하였습니다.

<{D1}> 의 경우 검토 결과 개인을 특정할 수 있는 정보가 확인되지 않아 삭제하지 않았습니다.
(본문에 언급된 이름은 커뮤니티 닉네임으로 실명이 아닙니다.)

문의 사항은 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply with URLs in angle brackets and a refusal",
    why="one deletion, one refusal with reason",
    items={D2: "removed", D1: "rejected"},
)

case(
    name="dc-outlook-toppost",
    **{"from": "support@dcinside.com"}, name_from="디시인사이드 운영지원팀",
    date=d(6, 18, 40), subject=f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body=f"""위원회 담당자님께,

77120번 글 {D2} 은 삭제했습니다.
77163번 {D3} 은 존재하지 않는 게시물로 나옵니다.
주식 갤러리 10284411번은 아직 확인 중입니다.

디시인사이드 운영지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: support@dcinside.com
Subject: [{R4}] 개인정보 노출 게시물 삭제 요청

""" + "\n".join(quoted_request(R4, [D1, D2, D3], "개인정보 노출")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over -----Original Message-----",
    why="two items stated above the quoted request; 10284411 is still being checked",
    items={D2: "removed", D3: "not_found", D1: "pending"},
)

case(
    name="dc-fullwidth-paren",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(11, 15, 20), subject=f"Re: [{R7}] 명예훼손 게시물",
    reply_to_req=MID[R7],
    body=f"""안녕하세요. 디시인사이드입니다.

요청하신 게시물（{DS}）은 운영자 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line DC Inside reply, URL inside full-width parentheses",
    why="운영자 삭제 of the one requested post",
    items={DS: "removed"},
)

# ---- BAND, KCSC-240906-05 (2 items)
case(
    name="band-both-deleted-list",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(9, 16, 44), subject=f"[BAND] 신고 처리 결과 안내 ({R5})",
    reply_to_req=MID[R5],
    body=f"""안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글 2건 모두 불법 의약품 판매 게시물로 확인되어 삭제 조치하였습니다.
- {B1}
- {B2}

해당 밴드는 운영정책에 따라 이용이 정지되었습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre result notice with a bulleted URL list",
    why="'2건 모두' but each URL is listed under the statement, so not a bulk statement",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-statement-then-url",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(10, 10, 5), subject=f"Re: [{R5}] 불법 의약품 판매 게시글",
    reply_to_req=MID[R5],
    body=f"""BAND 고객센터입니다.

아래 게시글은 불법 의약품 판매 게시물로 확인되어 삭제하였습니다.
{B1}

아래 게시글은 작성자가 이미 삭제하여 확인되지 않습니다.
{B2}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND reply with each URL on the line below its statement",
    why="statement first, URL on the next line, twice",
    items={B1: "removed", B2: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-this-week",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(3, 17, 30), subject=f"Re: [{R1}] 불법 도박 게시물 시정요구",
    reply_to_req=MID[R1],
    body=f"""{R1} 건 관련 안내드립니다.

요청하신 게시물 중 {N1} , {N2} 는
담당 부서 검토 후 금주 중 게시중단 조치될 예정입니다.
조치가 완료되면 별도로 회신드리겠습니다.

네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising action later",
    why="'조치될 예정' is a promise, not a statement",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-hedge-seems-deleted",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(3, 19, 2), subject=f"Re: [{R1}] 카페 게시글 문의",
    reply_to_req=MID[R1],
    body=f"""안녕하세요, 카페 운영팀입니다.

확인해 보니 {N5} 게시글은 작성자가 이미 삭제한 것으로 보입니다.
정확한 내역은 카페 담당자 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal operator reply with a hedge (것으로 보입니다)",
    why="'삭제한 것으로 보입니다' is a hedge; confirmation promised later",
    items={N5: "pending"},
)

case(
    name="youtube-under-review-en",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 6, 21), subject=f"Re: Legal request {R3}",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thank you for your patience. The following videos are currently under review by our legal team:

{Y1}
{Y2}

If we determine that this content violates local law, we will restrict access to it in South Korea.
We will follow up once our review is complete.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'under review' interim reply with a condition",
    why="under review plus a conditional promise: no status",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-all-twelve-bulk",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(9, 18, 0), subject=f"[{R1}] 조치 완료 회신",
    reply_to_req=MID[R1],
    body=f"""수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 회신

귀 위원회가 시정을 요구한 게시물 12건 전부에 대하여 2024. 9. 9.자로 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="terse 공문 stating every item done without listing them",
    why="one statement covers twelve items without naming any",
    items={u: "pending" for u in NAVER12},
)

case(
    name="kakao-bulk-gongmun",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(6, 11, 0), subject=f"시정요구({R2}) 조치 결과",
    reply_to_req=MID[R2],
    body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구({R2})와 관련하여, 대상 정보 전체에 대하여 삭제 조치를 완료하였음을 알려드립니다.

주식회사 카카오 권리침해신고센터
""",
    outcome="review", review="bulk",
    imitates="Kakao 공문-style one-line bulk completion",
    why="'대상 정보 전체' for a five-item request, no item named",
    items={u: "pending" for u in KAKAO5},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    date=d(5, 2, 14), subject=f"[{R1}] 조치결과 안내",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물 삭제 완료되었습니다.
{N9}
{N12}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails",
    items={N9: "pending", N12: "pending"},
)

case(
    name="band-auth-fail",
    **{"from": "help@band.us"}, name_from="BAND 고객센터", auth="fail",
    date=d(7, 23, 40), subject=f"[BAND] 신고 처리 결과 ({R5})",
    body=f"""BAND 고객센터입니다.
{B1} 게시글은 삭제되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="BAND notice failing authentication",
    why="band.us From with dmarc=fail",
    items={B1: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "jusikhint.manager@gmail.com"}, name_from="주식힌트갤 매니저",
    date=d(6, 22, 15), subject=f"[{R4}] 관련 연락드립니다",
    body=f"""안녕하세요.
주식힌트 마이너 갤러리 매니저입니다. 디시 운영팀에서 위원회 요청이 있었다고 전달받아 연락드립니다.

{D2} 글은 제가 매니저 권한으로 삭제했습니다.
나머지 글은 제 갤러리가 아니라 어떻게 할 수가 없네요.
""",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager (volunteer) replying from a personal Gmail",
    why="not a DC Inside domain; a volunteer moderator's word is not the platform's",
    items={D2: "pending"},
)

case(
    name="naver-speaks-for-band",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(10, 14, 30), subject=f"Re: [{R5}] 밴드 게시글",
    reply_to_req=MID[R5],
    body=f"""안녕하세요. 네이버 고객센터입니다.

문의하신 밴드 게시글 {B1} 는 삭제 조치되었습니다.
밴드 관련 문의는 앞으로 BAND 고객센터(help@band.us)로 보내 주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER customer centre answering for a BAND post",
    why="BAND is configured as its own platform; NAVER's word on its item is another platform's",
    items={B1: "pending"},
)

case(
    name="kakao-transparency-report",
    **{"from": "news@kakaocorp.com"}, name_from="카카오",
    date=d(12, 10, 0), subject="[카카오] 2024년 상반기 투명성 리포트 발간 안내",
    body="""안녕하세요, 카카오입니다.

2024년 상반기 카카오 투명성 리포트가 발간되었습니다.
이번 리포트에는 수사기관 요청, 게시물 삭제·임시조치 처리 현황과 방송통신심의위원회 시정요구 처리 통계가 포함되어 있습니다.

리포트 보기: https://privacy.kakao.com/transparency/2024h1

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform newsletter/transparency-report announcement",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-documents",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(5, 16, 50), subject=f"Re: [{R4}] 추가 자료 요청",
    reply_to_req=MID[R4],
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 아래 2건은 처리를 위해 추가 자료가 필요합니다.
{D1}
{D3}

노출된 개인정보가 피해 당사자의 것임을 확인할 수 있도록 게시물 캡처본과 당사자의 위임장을 보내 주시면
확인 후 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="operator request for supporting documents (캡처본, 위임장)",
    why="asks for more information before acting; no status",
    items={D1: "pending", D3: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "kim.jiyeon@navercorp.com"}, name_from="김지연",
    date=d(2, 10, 1), subject=f"[자동응답] Re: [{R1}] 불법 도박 게시물 시정요구",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답]
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

김지연 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="auto-reply, no statement",
    items={},
)

DSN_TEXT = """This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-desk@daum.net>: host mailstore.daum.net[203.0.113.45] said:
    550 5.1.1 <report-desk@daum.net>: Recipient address rejected: User unknown
"""
case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date=d(3, 10, 31), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b521"

--=_dsn_b521
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

{DSN_TEXT}
--=_dsn_b521
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Tue,  3 Sep 2024 10:30:12 +0900 (KST)

Final-Recipient: rfc822; report-desk@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_b521
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-desk@daum.net
Subject: [{R2}] 마약류 판매 광고 게시물 시정요구
Message-ID: <{MID[R2]}@kcsc.example>
Date: Tue, 03 Sep 2024 10:30:00 +0900

--=_dsn_b521--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for our request to a dead Daum address",
    why="delivery failure report",
    items={},
)

case(
    name="youtube-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date=d(4, 11, 20), subject=f"읽음: [{R3}] 불법 금융 영상 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b521_yt"

--=_mdn_b521_yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-04 오전 11:20에 열어 보았습니다.

--=_mdn_b521_yt
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com; Gmail
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b521_yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) for our request",
    why="read receipt",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d(5, 11, 2), subject=f"[디시인사이드] 문의 접수 완료 안내 - Re: [{R4}]",
    reply_to_req=MID[R4],
    body=f"""[디시인사이드] 문의 접수 완료 안내

고객님의 문의가 정상적으로 접수되었습니다.
  · 접수번호: DC2409050113
  · 문의 제목: [{R4}] 개인정보 노출 게시물 삭제 요청
  · 접수일시: 2024-09-05 11:02

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure acknowledgement with ticket number",
    items={},
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date=d(6, 14, 3), subject="[BAND] 문의가 접수되었습니다 #88124471",
    reply_to_req=MID[R5],
    body="""BAND 고객센터에 문의해 주셔서 감사합니다.

문의가 접수되었습니다. (문의번호 #88124471)
담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
주말 및 공휴일에는 답변이 늦어질 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk receipt",
    why="receipt only; the answer is promised with no item",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 고객센터",
    date=d(9, 15, 40), subject=f"읽음 확인: [{R6}] 개인정보 노출 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b521_nv"

--=_mdn_b521_nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024년 9월 9일 오후 3:00에 보낸 메일 "[{R6}] 개인정보 노출 게시물 삭제 요청"을
수신자가 2024년 9월 9일 오후 3:40에 읽었습니다.

--=_mdn_b521_nv
Content-Type: message/disposition-notification

Reporting-UA: outlook.navercorp.com
Final-Recipient: rfc822; blog_help@navercorp.com
Original-Message-ID: <{MID[R6]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b521_nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-language read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="youtube-legal-ack-en",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal Support",
    date=d(4, 11, 6), subject=f"Your legal request has been received [{R3}]",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thanks for contacting Google. We've received your legal request ({R3}) concerning YouTube.
Your reference number is 7-2419000031457.

We will review the request and contact you if we need additional information.
You can check the status of your request in the Legal Help dashboard: https://support.google.com/legal/dashboard

Regards,
Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request receipt with reference number",
    why="pure acknowledgement; dashboard link is not an item",
    items={},
)


HEADER = """# blind521: Korean set (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by make.py from the meaning of each email, before any run of the reader."""

def mime_word(s):
    """RFC 2047-encode a non-ASCII header value, as Korean mail clients do."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode(maxlinelen=998)


def encode_headers(cases):
    for c in cases:
        if "name_from" in c:
            c["name_from"] = mime_word(c["name_from"])
        c["subject"] = mime_word(c["subject"])


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind521", HEADER, CASES)
    print(len(CASES), "cases")
