#!/usr/bin/env python3
"""Blind set blind929: Korean platforms (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND) answering the regulator in Korean: 공문-style 조치결과 회신,
임시조치 notices, 시정요구 result tables, informal operator replies.

    python3 tests/corpus/blind929/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime as dt
import io
import os
import quopri
import sys
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))


def d(s):
    """'2024-09-05 14:22' -> RFC 5322 date in +0900."""
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def enc(s):
    """Encoded-word subject, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def tistory(slug):
    return "https://ondal-notes.tistory.com/entry/" + slug


def pct(url):
    return quote(url, safe=":/?&=@%")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/haneul_dal77/223561001234"
N2 = "https://blog.naver.com/haneul_dal77/223561004455"
N3 = "https://blog.naver.com/misty_orchard/223559870012"
N4 = "https://cafe.naver.com/bluecreekmarket/88213"
N5 = "https://cafe.naver.com/bluecreekmarket/88240"
N6 = "https://cafe.naver.com/bluecreekmarket/88301"
N7 = "https://cafe.naver.com/quietlanternclub/4410"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230981"
N9 = "https://blog.naver.com/sora_windmill/223562220019"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=55123001"
N11 = "https://blog.naver.com/PostView.naver?blogId=greenpine_k&logNo=223563301777"
N12 = "https://cafe.naver.com/quietlanternclub/4437"
N13 = "https://m.blog.naver.com/sora_windmill/223562229981"
NS = "https://blog.naver.com/cloverhill_j/223570045678"

K1 = "https://cafe.daum.net/moonlit-trade/Zk3P/1187"
K2 = "https://cafe.daum.net/moonlit-trade/Zk3P/1192"
K3_RAW = tistory("공구-인증-후기")
K4_RAW = tistory("정리-목록-2편")
K3 = pct(K3_RAW)
K4 = pct(K4_RAW)
K5 = "https://open.kakao.com/o/gHx7Qa2b"
KS = "https://cafe.daum.net/nightmarket-kr/Ab9Q/402"

Y1 = "https://www.youtube.com/watch?v=Qm7dT2xLk9A"
Y2 = "https://www.youtube.com/watch?v=bR4nW8zYp0c"
Y3 = "https://www.youtube.com/shorts/Hx2vK7aPq1E"
Y4 = "https://www.youtube.com/@byeolbit_tv_kr"
Y5 = "https://www.youtube.com/watch?v=Zc8uJ1fTq5o"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_kr&no=331208"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_kr&no=331274"
D4 = "https://gall.dcinside.com/mini/board/view/?id=dalbam&no=5521"

B1 = "https://band.us/band/81234567/post/1204"
B2 = "https://band.us/band/81234567/post/1219"

NAVER_BIG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]
KAKAO = [K1, K2, K3, K4, K5]
YT = [Y1, Y2, Y3, Y4, Y5]
DC = [D1, D2, D3, D4]
BAND = [B1, B2]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal-finance", NAVER_BIG, "NAVER blog/cafe/kin/post, 13 items (largest)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "gambling", KAKAO, "Daum cafe, Tistory (Korean slugs), open chat"),
    ("KCSC-240905-03", "youtube", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal-finance", YT, "YouTube videos, a Short and a channel"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", DC, "DC Inside gallery posts"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "illegal-finance", BAND, "BAND posts"),
    ("KCSC-240910-06", "naver", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [NS], "one NAVER blog post"),
    ("KCSC-240911-07", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", [KS], "one Daum cafe post"),
]


def mid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=""):
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    h = f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n"
    return h + extra + "\n" + body.strip("\n") + "\n"


def multipart(sub, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted_request(ref, urls, prefix="> "):
    lines = [f"[{ref}] 불법정보 시정요구(삭제 요청)", "",
             "방송통신심의위원회입니다. 아래 정보에 대하여 시정요구하오니",
             "조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


NAVER_POLICY = "policy@navercorp.com"

# ============================== APPLIED ==============================

case(
    name="naver-gongmun-text-table",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-09 17:20"),
    subject=enc("[회신] 시정요구에 대한 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 시정요구 담당자
제목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(관리번호 KCSC-240903-01, 2024. 9. 3.)와 관련하여
   당사가 취한 조치 결과를 아래와 같이 회신합니다.

  가. 조치 내역

  번호 | 대상 URL | 조치 결과 | 비고
  -----+----------+-----------+-----
  1  | {N1} | 삭제 |
  2  | {N2} | 삭제 |
  3  | {N3} | 임시조치(30일) | 권리침해 여부 판단 곤란
  4  | {N4} | 삭제 |
  5  | {N5} | 게시물 없음 | 작성자 자진 삭제
  6  | {N6} | 삭제 |
  7  | {N7} | 조치 불가 | 운영원칙 위반 사항 없음
  8  | {N8} | 삭제 |
  9  | {N9} | 국내 접근 제한 |
  10 | {N10} | 삭제 |
  11 | {N11} | 삭제 |
  12 | {N12} | 게시물 없음 | 존재하지 않는 주소
  13 | {N13} | 삭제 |

  나. 문의: 정책지원팀 {NAVER_POLICY}

끝.

네이버 주식회사 대표이사 (직인생략)
""",
    outcome="applied",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a numbered result table",
    why="item-level table from NAVER: 삭제, 임시조치, 게시물 없음, 조치 불가(위반 없음), 국내 접근 제한",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "removed", N9: "restricted", N10: "removed",
           N11: "removed", N12: "not_found", N13: "removed"},
)

_html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240903-01 건 중 처리가 완료된 게시물의 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 URL</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>블라인드</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>게시중단</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>임시조치</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>해당 게시물 없음</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
_text = f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 처리가 완료된 게시물의 결과를 안내드립니다.

1. {N1} : 블라인드
2. {N4} : 게시중단
3. {N6} : 임시조치
4. {N9} : 삭제
5. {N12} : 해당 게시물 없음

나머지 게시물은 확인이 끝나는 대로 회신드리겠습니다.

네이버 정책지원팀 드림"""
case(
    name="naver-html-table-partial",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-06 11:05"),
    subject=enc("RE: [KCSC-240903-01] 불법정보 시정요구 - 1차 처리 결과"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=multipart("alternative", "----=_NAVER_alt_7f3a", [
        part("text/plain", _text, "quoted-printable"),
        part("text/html", _html, "quoted-printable"),
    ]),
    outcome="applied",
    imitates="NAVER policy team partial result mail, HTML table with a plain-text alternative",
    why="five named items: 블라인드/게시중단/삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found; the rest is a promise about unnamed items",
    items={N1: "removed", N4: "removed", N6: "restricted", N9: "removed", N12: "not_found"},
)

_csv = "\ufeff" + "\r\n".join([
    "번호,게시물 URL,처리결과,처리일시",
    f"1,{N2},삭제,2024-09-05 14:10",
    f"2,{N3},삭제,2024-09-05 14:12",
    f"3,{N5},임시조치,2024-09-05 14:20",
    f"4,{N8},삭제,2024-09-05 15:02",
    f"5,{N10},해당 게시물 없음,2024-09-05 15:05",
    f"6,{N11},위반 아님(게시 유지),2024-09-05 15:30",
]) + "\r\n"
case(
    name="naver-csv-attachment",
    **{"from": "cs-policy@navercorp.com"}, name_from="NAVER 정책지원", date=d("2024-09-05 16:02"),
    subject=enc("[네이버] KCSC-240903-01 1차 조치 결과 송부"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "----=_Part_55210_881.1725519720", [
        part("text/plain", """안녕하세요, 네이버 정책지원 담당자입니다.

요청하신 KCSC-240903-01 건 중 1차로 처리된 6건의 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 7건은 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.""", "base64"),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_result.csv\"\n"
        "Content-Transfer-Encoding: base64\n"
        "Content-Disposition: attachment; filename=\"KCSC-240903-01_result.csv\"\n\n"
        + base64.encodebytes(_csv.encode("utf-8")).decode("ascii"),
    ]),
    outcome="applied",
    imitates="portal result sheet sent as a CSV attachment (Excel export, UTF-8 with BOM)",
    why="CSV rows per item: 삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found, 위반 아님(게시 유지) rejected",
    items={N2: "removed", N3: "removed", N5: "restricted", N8: "removed", N10: "not_found",
           N11: "rejected"},
)

case(
    name="naver-single-blind",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 운영팀", date=d("2024-09-11 10:42"),
    subject=enc("[네이버 블로그] 요청하신 게시물 처리 결과 안내"),
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 {NS} 에 대해 검토한 결과,
블로그 운영정책(불법 의약품 판매·알선) 위반이 확인되어 블라인드 처리하였습니다.

블라인드 처리된 게시물은 작성자를 포함한 모든 이용자에게 노출되지 않습니다.

네이버 블로그 운영팀 드림
""",
    outcome="applied",
    imitates="NAVER blog 운영팀 블라인드 처리 안내",
    why="one named post, 블라인드 처리 = removed",
    items={NS: "removed"},
)

case(
    name="naver-single-no-url",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-12 09:15"),
    subject=enc("Re: [KCSC-240910-06] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240910-06"),
    body="""
안녕하세요.

요청하신 게시물 1건에 대하여 금일 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀 김하윤 드림
""",
    outcome="applied",
    imitates="short NAVER staff reply naming only the request",
    why="reply to a one-item request; 게시중단 완료 for that one post = removed",
    items={NS: "removed"},
)

case(
    name="naver-top-posted-outlook",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 정책", date=d("2024-09-04 18:31"),
    subject=enc("RE: [KCSC-240903-01] 불법정보 시정요구(삭제 요청)"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 카페 정책 담당입니다.

아래 3건은 금일 카페 운영원칙에 따라 삭제 조치 완료했습니다.
- {N4}
- {N5}
- {N6}

나머지 건은 담당 부서별로 확인 중입니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Sent: 2024-09-03 (화) 10:00:00 (GMT+09:00)
Subject: [KCSC-240903-01] 불법정보 시정요구(삭제 요청)

{quoted_request("KCSC-240903-01", NAVER_BIG, prefix="")}
""",
    outcome="applied",
    imitates="NAVER staff top-posted reply over an Outlook/Works '-----Original Message-----' quote",
    why="three bulleted cafe posts removed above the quote; the quoted request below names all 13 but states nothing",
    items={N4: "removed", N5: "removed", N6: "removed"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "kin_help@navercorp.com"}, name_from="네이버 지식iN", date=d("2024-09-06 14:47"),
    subject=enc("[지식iN] 게시물 조치 안내 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 지식iN 운영 담당자입니다.

문의하신 질문글
<https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
docId=471230981>
은 지식iN 운영정책에 따라 삭제되었습니다.

또한 모바일 주소로 접수된 블로그 게시물
https://m.blog.naver.com/sora_windmill/223562229981
은 블로그 운영팀 확인 후 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER 지식iN reply with a long URL wrapped inside angle brackets (RFC 3986 App. C style)",
    why="wrapped kin URL deleted, mobile blog URL 비공개 처리 = removed; each statement on the line after its URL",
    items={N8: "removed", N13: "removed"},
)

case(
    name="naver-cafe-particles-brackets",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 정책", date=d("2024-09-07 11:20"),
    subject=enc("RE: [KCSC-240903-01] 카페 게시물 관련 회신"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 정책 담당자입니다.

요청 주신 카페 게시글({N7})은 작성자가 이미 삭제한 게시물로 확인되어 별도 조치할 대상이 없습니다.

또한 「{N12}」 게시글은 카페 운영원칙 위반으로 게시중단 처리하였습니다.

참고로 카페 운영원칙은 https://cafe.naver.com/cafepolicy 에서 확인하실 수 있습니다.
""",
    outcome="applied",
    imitates="NAVER cafe policy reply, URLs in parentheses/「」 brackets followed by Korean particles",
    why="author already deleted = not_found; 게시중단 = removed; the policy page is not an item",
    items={N7: "not_found", N12: "removed"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply_report@navercorp.com"}, name_from="네이버 신고센터", date=d("2024-09-05 16:41"),
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
    body=f"""
[네이버 신고센터] 신고 처리 결과 안내

신고하신 내용에 대한 처리 결과를 알려드립니다.

■ 신고 접수번호: R-2409-7781302
■ 신고 유형: 불법정보 (불법 금융)
■ 신고 대상: {N3}
■ 신고 일시: 2024.09.03 10:12
■ 처리 결과: 게시중단
■ 처리 일시: 2024.09.05 16:40

게시중단된 게시물은 게시자 및 다른 이용자에게 노출되지 않습니다.
본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="NAVER 신고센터 result notice echoing the report form fields",
    why="the echoed report names one requested post; 처리 결과: 게시중단 = removed",
    items={N3: "removed"},
)

case(
    name="naver-mixed-with-promise",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-10 15:03"),
    subject=enc("RE: [KCSC-240903-01] 2차 조치 결과"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다. 2차 조치 결과 안내드립니다.

1) {N9}
   - 삭제 완료 (9/10)
2) {N10}
   - 임시조치 (30일간 접근 차단)
3) {N11}
   - 게시자 소명 접수되어 검토 후 조치 예정

3번 게시물은 결과가 나오는 대로 다시 연락드리겠습니다.
""",
    outcome="applied",
    imitates="NAVER staff numbered status list, one item still awaiting review",
    why="삭제 완료 removed, 임시조치 restricted; '검토 후 조치 예정' is a promise, item stays pending",
    items={N9: "removed", N10: "restricted", N11: "pending"},
)

case(
    name="kakao-tistory-korean-slugs",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date=d("2024-09-06 13:30"),
    subject=enc("[카카오] 게시중단 요청(KCSC-240904-02) 처리 결과 안내"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물에 대한 처리 결과를 안내드립니다.

티스토리 게시물 {K3_RAW} 에 대하여는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
{K4_RAW}은 티스토리 운영정책 위반이 확인되어 삭제되었습니다.

처리 결과에 대한 문의는 본 메일로 회신 주시기 바랍니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 안내 for Tistory posts",
    why="raw Korean Tistory slugs (one followed directly by the particle 은): 임시조치 restricted, 삭제 removed",
    items={K3: "restricted", K4: "removed"},
)

case(
    name="kakao-daum-url-below-statement",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀", date=d("2024-09-05 17:55"),
    subject=enc("Re: [KCSC-240904-02] Daum 카페 게시글 삭제 요청"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

아래 게시글은 Daum 카페 운영정책(불법 사행성 정보) 위반으로 삭제 처리되었습니다.
{K1}

아래 게시글은 작성자가 이미 삭제하여 조치할 게시물이 존재하지 않습니다.
{K2}

감사합니다.
""",
    outcome="applied",
    imitates="Daum 카페 운영팀 reply, statement line first and the URL on the line below",
    why="first post removed; second already deleted by its author = not_found",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-openchat-closed",
    **{"from": "openchat_safety@kakaocorp.com"}, name_from="카카오톡 오픈채팅 운영팀", date=d("2024-09-06 09:12"),
    subject=enc("[카카오톡] 신고하신 오픈채팅방 조치 결과"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오톡 오픈채팅 운영팀입니다.

신고하신 오픈채팅방({K5})은 운영정책 위반(불법 도박 홍보)이 확인되어 채팅방을 폐쇄하였습니다.
현재 해당 링크로는 입장할 수 없습니다.

방장 계정에는 오픈채팅 서비스 이용제한 조치가 함께 적용되었습니다.
운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied",
    imitates="KakaoTalk open-chat safety team notice of a room closed for policy violation",
    why="open chat room 폐쇄 (cannot be entered) = removed; the account restriction and policy link are not items",
    items={K5: "removed"},
)

case(
    name="kakao-single-all-removed",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀", date=d("2024-09-12 16:20"),
    subject=enc("Re: [KCSC-240911-07] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240911-07"),
    body="""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 KCSC-240911-07 건의 신고 게시물은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum 카페 운영팀 one-line 'all removed' reply",
    why="'모두 삭제' names no URL, but the request has a single item, so it applies to it",
    items={KS: "removed"},
)

_khtml = f"""<div style="font-family:dotum,sans-serif">
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>게시중단 요청(KCSC-240904-02)에 대한 처리 내역입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상 게시물</th><th>서비스</th><th>조치</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>Daum 카페</td><td>삭제</td></tr>
<tr><td>{K3_RAW}</td><td>티스토리</td><td>임시조치(30일)</td></tr>
<tr><td>{K4_RAW}</td><td>티스토리</td><td>삭제</td></tr>
</tbody></table>
<p>감사합니다.</p></div>"""
case(
    name="kakao-base64-html-table",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date=d("2024-09-07 10:05"),
    subject=enc("[카카오] 처리 내역 안내 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=part("text/html", _khtml, "base64"),
    outcome="applied",
    imitates="Kakao result table sent as a base64-encoded HTML-only body",
    why="HTML table rows: 삭제 removed, 임시조치 restricted; Korean slugs raw in the cells",
    items={K1: "removed", K3: "restricted", K4: "removed"},
)

case(
    name="yt-korean-legal-geo-and-removed",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-09 03:14"),
    subject=enc("YouTube 법률 요청 처리 결과 [KCSC-240905-03]"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요,

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토했습니다.

검토 결과, 아래 콘텐츠는 대한민국 현지 법률에 따라 한국 내에서 액세스가 차단되었습니다.
- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

YouTube 법률 지원팀 드림

© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied",
    imitates="YouTube legal support Korean outcome mail (local-law block vs. guideline removal)",
    why="two videos blocked in Korea = restricted; the Short removed for guideline violation",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-english-gmail-quote",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support", date=d("2024-09-10 08:47"),
    subject="Re: [KCSC-240905-03] Request to remove unlawful content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your patience while we reviewed your request.

We have removed {Y5} globally for violating our Community Guidelines.

We have reviewed {Y1} and are not taking action at this time: it does not
violate our Community Guidelines, and based on the information provided we
were unable to determine that it is unlawful in South Korea.

Regards,
The YouTube Legal Support Team

On Thu, Sep 5, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240905-03", YT)}
""",
    outcome="applied",
    imitates="YouTube legal support English outcome with a Gmail 'On … wrote:' quote",
    why="one video removed globally, one refused with its reason (rejected); the quoted request states nothing",
    items={Y5: "removed", Y1: "rejected"},
)

case(
    name="yt-channel-terminated",
    **{"from": "noreply-legal@youtube.com"}, name_from="YouTube", date=d("2024-09-08 22:10"),
    subject=enc("요청하신 YouTube 채널에 대한 조치 안내"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요.

요청하신 채널 {Y4} 은(는) 스팸, 현혹 행위 및 사기에 관한 YouTube 정책을
심각하게 위반하여 해지되었습니다.

관련 정책은 https://support.google.com/youtube/answer/2801973?hl=ko 에서 확인하실 수 있습니다.

- YouTube 팀
""",
    outcome="applied",
    imitates="YouTube channel termination notice in Korean",
    why="channel terminated = removed; the help-centre link is not an item",
    items={Y4: "removed"},
)

case(
    name="yt-qp-age-restricted",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-07 05:33"),
    subject=enc("YouTube Shorts 검토 결과 안내"),
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=part("text/plain", f"""안녕하세요,

신고하신 Shorts 동영상 {Y3} 을 검토했습니다.

해당 동영상에는 연령 제한이 적용되었습니다. 만 18세 미만 사용자 또는 로그아웃한 사용자는 이 동영상을 시청할 수 없습니다.

YouTube 법률 지원팀 드림""", "quoted-printable"),
    outcome="applied",
    imitates="YouTube age-restriction outcome, quoted-printable Korean body",
    why="연령 제한 applied to the Short = restricted",
    items={Y3: "restricted"},
)

case(
    name="yt-uploader-deleted",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-09 04:02"),
    subject=enc("Re: [KCSC-240905-03] 검토 결과"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요,

요청하신 URL 중 아래 동영상에 대해 안내드립니다.

* {Y2}
  업로더가 이미 삭제한 동영상으로, 현재 YouTube에 존재하지 않습니다.

나머지 URL에 대한 검토 결과는 별도로 안내드리겠습니다.

YouTube 법률 지원팀 드림
""",
    outcome="applied",
    imitates="YouTube legal support 'video no longer available / removed by uploader' reply",
    why="deleted by its uploader, no longer exists = not_found",
    items={Y2: "not_found"},
)

case(
    name="yt-structured-decision",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-11 02:25"),
    subject="YouTube legal request outcome - ref KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

We have completed our review of the content below.

Content URL:   {Y5}
Decision:      Access restricted in South Korea
Ground:        Local law (Republic of Korea)
Scope:         The video remains available outside South Korea

If you have further questions, reply to this email.

The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube/Google structured decision block in the manner of a statement of reasons",
    why="decision field: access restricted in South Korea = restricted",
    items={Y5: "restricted"},
)

case(
    name="dc-informal-operator",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀", date=d("2024-09-07 20:18"),
    subject=enc("Re: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 건 확인했습니다.

{D2}
→ 삭제완료

{D3}
→ 삭제완료 (작성자 IP 차단 포함)

미니갤 글({D4})은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

수고하세요.
""",
    outcome="applied",
    imitates="informal DC Inside operator reply, bare URL with the status on the line below",
    why="two gallery posts 삭제완료 = removed; the mini-gallery post was already deleted by its author = not_found",
    items={D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="dc-gongmun-tab-table",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀", date=d("2024-09-10 11:40"),
    subject=enc("[디시인사이드] 시정요구 조치결과 회신의 건 (KCSC-240906-04)"),
    reply_to_req=mid("KCSC-240906-04"),
    body="\n".join([
        "문서번호: 디시법무-2024-0917",
        "수    신: 방송통신심의위원회",
        "제    목: 시정요구 조치결과 회신의 건",
        "",
        "1. 귀 기관의 시정요구(KCSC-240906-04)에 대한 당사의 조치 결과를 다음과 같이 회신합니다.",
        "",
        "순번\t게시물 주소\t조치 내용\t조치 일자",
        f"1\t{D1}\t삭제\t2024.09.09",
        f"2\t{D2}\t삭제\t2024.09.07",
        f"3\t{D3}\t삭제\t2024.09.07",
        f"4\t{D4}\t게시물 없음\t-",
        "",
        "2. 4번 게시물은 시정요구 접수 이전에 작성자가 삭제한 것으로 확인되었습니다.  끝.",
        "",
        "(주)디시인사이드 법무팀",
    ]),
    outcome="applied",
    imitates="DC Inside 공문 (문서번호/수신/제목) with a tab-separated result table",
    why="table: 삭제 for three posts, 게시물 없음 (deleted by its author before the request) = not_found",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="dc-receipt-with-result",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드", date=d("2024-09-08 13:02"),
    subject=enc("[디시인사이드] 신고 접수 및 처리 안내 (접수번호 DC2409-0331)"),
    body=f"""
[디시인사이드] 신고 접수 및 처리 안내

접수번호: DC2409-0331
고객님의 신고가 정상적으로 접수되었습니다.

확인 결과 신고하신 게시물 {D1} 은
갤러리 이용 규칙 위반(명예훼손)으로 삭제되었습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside report receipt that also carries the outcome",
    why="acknowledgement phrase plus an unhedged statement about a named post: removed, not a pure receipt",
    items={D1: "removed"},
)

case(
    name="band-numbered-mixed",
    **{"from": "policy@band.us"}, name_from="BAND 운영팀", date=d("2024-09-11 14:26"),
    subject=enc("Re: [KCSC-240909-05] BAND 게시글 조치 요청"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요, BAND 운영팀입니다.

요청하신 게시글 2건에 대한 검토 결과입니다.

1. {B1}
   BAND 운영정책(불법 금융 정보 게시) 위반으로 삭제하였습니다.

2. {B2}
   검토 결과 운영정책에 위반되는 내용이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
BAND 운영팀 드림
""",
    outcome="applied",
    imitates="BAND operations team numbered outcome list",
    why="first post removed; second refused because no policy violation was found = rejected",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-angle-brackets",
    **{"from": "help@band.us"}, name_from="BAND 고객센터", date=d("2024-09-12 10:08"),
    subject=enc("[BAND] 문의하신 게시글 처리 결과"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 <{B2}>에 대해 비공개 처리를 완료했습니다.
<{B1}>은 밴드 리더가 이미 삭제하여 존재하지 않는 글입니다.

더 궁금하신 점은 고객센터(https://band.us/cs)로 문의해 주세요.
""",
    outcome="applied",
    imitates="BAND customer centre reply with URLs in angle brackets followed by particles",
    why="비공개 처리 = removed; a post no longer existing (deleted by the band leader before any action) = not_found",
    items={B2: "removed", B1: "not_found"},
)

# ============================== REVIEW ==============================

case(
    name="naver-promise-will-act",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-04 15:50"),
    subject=enc("RE: [KCSC-240903-01] 조치 일정 안내"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 순차적으로 조치될 예정입니다.

1. {N1}
2. {N2}
3. {N7}

조치가 완료되면 별도로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER staff 'will be actioned in turn' scheduling reply",
    why="names three items but only promises action (조치될 예정): nothing to apply",
    items={N1: "pending", N2: "pending", N7: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페 운영팀", date=d("2024-09-12 11:31"),
    subject=enc("Re: [KCSC-240911-07] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {KS} 게시글은 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe staff tentative reply ('삭제된 것으로 보입니다')",
    why="hedged ('appears to have been deleted') and a promise to confirm: not a statement",
    items={KS: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", date=d("2024-09-05 14:00"),
    subject=enc("[카카오] 게시자 소명 절차 안내 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물에 대해 게시자에게 소명 기회를 부여하였습니다.
게시자가 7일 이내에 소명하지 않을 경우 아래 게시물은 삭제될 예정입니다.

- {K3_RAW}
- {K4_RAW}

처리 결과는 기간 만료 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice of a pending 소명 (author's explanation) period",
    why="deletion is conditional on the author not answering within 7 days: no status yet",
    items={K3: "pending", K4: "pending"},
)

case(
    name="naver-bulk-all-13",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-10 17:45"),
    subject=enc("[회신] 시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신

1. 귀 위원회의 시정요구(KCSC-240903-01)와 관련입니다.
2. 위 시정요구 대상 정보 13건 전체에 대하여 삭제 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review", review="bulk",
    imitates="NAVER 공문 one-paragraph 'all N items done' reply",
    why="a statement about all 13 items of a multi-item request without naming any: bulk, nothing applied",
    items={u: "pending" for u in NAVER_BIG},
)

case(
    name="dc-bulk-informal",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀", date=d("2024-09-07 23:05"),
    subject=enc("Re: [KCSC-240906-04] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240906-04"),
    body="""
네 요청주신 글 4개 다 지웠습니다.
추가로 보이는 거 있으면 또 말씀 주세요.

디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="terse DC Inside operator reply",
    why="'all four deleted' for a four-item request with no URL named: bulk",
    items={u: "pending" for u in DC},
)

case(
    name="naver-untrusted-dmarc-fail",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", auth="fail", date=d("2024-09-05 12:12"),
    subject=enc("RE: [KCSC-240903-01] 조치 결과"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N1} - 삭제
{N2} - 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="From navercorp.com but authentication failed: cannot be trusted",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hanmail-cafe-manager",
    **{"from": "moonlit.manager@hanmail.net"}, name_from="문릿트레이드 카페매니저", date=d("2024-09-05 21:40"),
    subject=enc("Re: [KCSC-240904-02] Daum 카페 게시글 삭제 요청"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요 다음카페 문릿트레이드 매니저입니다.
위원회에서 요청하신 글 {K1} 제가 매니저 권한으로 삭제했어요.
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Daum cafe manager (a user) replying from a personal hanmail.net address",
    why="hanmail.net is not a Kakao sender domain; a cafe manager is not the platform",
    items={K1: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-11 16:00"),
    subject=enc("BAND 게시글 관련 회신 (KCSC-240909-05)"),
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 관련 요청 건(KCSC-240909-05)에 대해 회신드립니다.

{B1} 게시글은 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate policy team answering for BAND (a NAVER-run service)",
    why="NAVER mail stating the status of a BAND item; BAND answers from band.us in our config",
    items={B1: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 정책", date=d("2024-09-04 11:18"),
    subject=enc("RE: [KCSC-240903-01] 추가 자료 요청"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 정책 담당자입니다.

요청하신 게시물 중 {N7} 은
카페 운영원칙상 즉시 조치 대상으로 판단하기 어려워,
귀 위원회의 심의 의결서 사본 또는 시정요구서 원본(PDF)을 보내주시면
검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the 심의 의결서 / official 시정요구서 before acting",
    why="asks for documents before acting on a named post; no status",
    items={N7: "pending"},
)

case(
    name="yt-conflicting-summary-table",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-12 06:40"),
    subject=enc("YouTube 법률 요청 검토 결과 [KCSC-240905-03]"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요,

요청하신 동영상 {Y1} 은 삭제되었습니다.

[세부 검토 결과]
URL | 결과
{Y1} | 조치 없음 (정책 위반 아님)

YouTube 법률 지원팀 드림
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube template mail whose summary line and detail table disagree",
    why="one sentence says removed, the detail table says no action: conflicting statements about the same video",
    items={Y1: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", date=d("2024-09-13 10:00"),
    subject=enc("[안내] 시정요구 회신 담당 창구 변경 안내"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 9월 23일부터 시정요구 관련 회신은 새로운 담당 창구에서 발송됩니다.
기존과 같이 본 주소로 요청을 보내주셔도 자동으로 전달됩니다.

업무에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER administrative notice (contact change)",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="yt-under-legal-review",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀", date=d("2024-09-06 07:55"),
    subject=enc("Re: [KCSC-240905-03] 검토 진행 상황"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요,

요청하신 내용 중 아래 URL은 현재 법률 검토가 진행 중입니다.

{Y3}
{Y4}

검토가 완료되면 결과를 이메일로 알려드리겠습니다.

YouTube 법률 지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal progress update ('검토 진행 중')",
    why="names two items that are only under review: pending, and not a pure receipt",
    items={Y3: "pending", Y4: "pending"},
)

# ============================== IGNORED ==============================

case(
    name="naver-ticket-receipt",
    **{"from": "help_noreply@navercorp.com"}, name_from="네이버 고객센터", date=d("2024-09-03 10:02"),
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: #2409031002417
- 문의 제목: [KCSC-240903-01] 불법정보 시정요구(삭제 요청)

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 receipt",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="kakao-out-of-office",
    **{"from": "jiwoo.park@kakaocorp.com"}, name_from="박지우", date=d("2024-09-13 09:01"),
    subject=enc("[자동응답] 부재중입니다: [KCSC-240904-02] 게시중단 요청"),
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지우입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 권리침해 신고 건은 right@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holidays",
    why="auto-reply",
    items={},
)

case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System", auth="none",
    date=d("2024-09-06 11:01"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "8F1C2A0B7E.1725588060/mail.dcinside.com", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.dcinside.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<report@dcinside.com>: host mx1.dcinside.com[203.0.113.25] said: 550 5.1.1\n"
        "    <report@dcinside.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.dcinside.com\n"
        "Arrival-Date: Fri,  6 Sep 2024 11:00:58 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; report@dcinside.com\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: <report@dcinside.com>\n"
        "Subject: " + enc("[KCSC-240906-04] 게시물 삭제 요청") + "\n"
        "Message-ID: <kcsc-req-240906-04@kcsc.example>\n"
        "Date: Fri, 06 Sep 2024 11:00:00 +0900\n",
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the returned headers",
    why="delivery status notification",
    items={},
)

case(
    name="naver-mdn-read",
    **{"from": "minseo.lee@navercorp.com"}, name_from="이민서", date=d("2024-09-03 13:27"),
    subject=enc("읽음: [KCSC-240903-01] 불법정보 시정요구(삭제 요청)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=multipart("report", "----=_NextPart_MDN_0001", [
        part("text/plain", "보낸 메시지\n\n받는 사람: 이민서\n제목: [KCSC-240903-01] 불법정보 시정요구(삭제 요청)\n"
             "보낸 날짜: 2024-09-03 (화) 오전 10:00\n\n"
             "위 메시지를 2024-09-03 (화) 오후 1:27에 읽었습니다.", "base64"),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: minseo.lee-pc; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;minseo.lee@navercorp.com\n"
        "Original-Message-ID: <kcsc-req-240903-01@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) MDN",
    why="read receipt",
    items={},
)

case(
    name="band-inquiry-autoack",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터", date=d("2024-09-09 10:01"),
    subject=enc("[BAND] 문의가 정상적으로 접수되었습니다 (문의번호 B-240909-5512)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, BAND 고객센터입니다.

보내주신 문의(KCSC-240909-05)가 정상적으로 접수되었습니다.
문의번호: B-240909-5512

답변까지 영업일 기준 1~3일이 소요될 수 있습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND customer-centre automatic inquiry receipt",
    why="pure receipt quoting our reference and a ticket number",
    items={},
)

case(
    name="kakao-dsn-delayed",
    **{"from": "postmaster@mx2.daum.net"}, name_from="Mail Delivery Subsystem", auth="none",
    date=d("2024-09-04 14:31"),
    subject="Delivery Status Notification (Delay)",
    raw_mime=multipart("report", "000000000000dsn7e41a", [
        "Content-Type: text/plain; charset=UTF-8\n\n"
        "** 메일 전송이 지연되고 있습니다 **\n\n"
        "right-report@daum.net 에게 보낸 메일이 아직 전송되지 않았습니다.\n"
        "서버에서 계속 재시도하며, 48시간 안에 전송되지 않으면 알려드립니다.\n",
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.daum.net\n\n"
        "Final-Recipient: rfc822; right-report@daum.net\n"
        "Action: delayed\nStatus: 4.4.1\n"
        "Will-Retry-Until: Fri, 06 Sep 2024 10:30:00 +0900\n",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "Subject: [KCSC-240904-02] Daum\n"
        "Message-ID: <kcsc-req-240904-02@kcsc.example>\n",
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, 4.4.1) in Korean",
    why="delivery status notification (delay warning)",
    items={},
)

HEADER = """# Blind set blind929: Korean platforms (NAVER, Kakao/Daum, YouTube Korea,
# DC Inside, BAND), 공문-style replies, 임시조치 notices, 시정요구 result tables,
# informal operator replies. Generated by make.py; expected results written
# from each email's meaning before any run of the reader. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind929", HEADER, CASES)
    print("%d cases" % len(CASES))
