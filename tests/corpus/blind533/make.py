#!/usr/bin/env python3
"""Blind set 533: Korean-language replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and NAVER Band (공문 style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Deterministic: `python3 tests/corpus/blind533/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
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

SET = "blind533"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N1 = "https://blog.naver.com/moonlit_ferry/223551870114"
N2 = "https://blog.naver.com/moonlit_ferry/223551902387"
N3 = "https://blog.naver.com/grey_tide_07/223548810256"
N4 = "https://cafe.naver.com/sunnyalley2020/48213"
N5 = "https://cafe.naver.com/sunnyalley2020/48230"
N6 = "https://cafe.naver.com/pinecone_market/9917"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120388"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120445&memberNo=55102871"
N9 = "https://blog.naver.com/hayan_bam/223560014471"
N10 = "https://m.blog.naver.com/hayan_bam/223560019902"
N11 = "https://cafe.naver.com/sunnyalley2020/48302"
N12 = "https://tv.naver.com/v/58120937"
N13 = "https://blog.naver.com/grey_tide_07/223549001578"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

K1 = "https://cafe.daum.net/dalbit2024/Ab3x/152"
K2 = "https://cafe.daum.net/dalbit2024/Ab3x/167"
K3 = "https://moonwatch77.tistory.com/entry/%EC%82%AC%EC%A7%84-%EC%9C%A0%EC%B6%9C-%EC%A0%95%EB%A6%AC"
K3_RAW = "https://moonwatch77.tistory.com/entry/사진-유출-정리"
K4 = "https://moonwatch77.tistory.com/88"
K5 = "https://pf.kakao.com/_xkQbLd/105228331"
KAKAO_ALL = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm7TfRz2LcA"
Y2 = "https://www.youtube.com/watch?v=b8KdN0wXeP4"
Y3 = "https://www.youtube.com/shorts/Vh2LpQ9sJxU"
Y4 = "https://www.youtube.com/@%EB%B0%A4%EA%B8%B8%EC%A0%9C%EB%B3%B4"
Y4_RAW = "https://www.youtube.com/@밤길제보"
YT_ALL = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120387"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=haneulmarket&no=30418"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=haneulmarket&no=30422"
DC_ALL = [D1, D2, D3]

B1 = "https://band.us/band/88120543/post/1044"
B2 = "https://band.us/band/88120543/post/1051"

S1 = "https://cafe.naver.com/joonggonara/1083346671"
S2 = "https://cafe.daum.net/sooyoungfam/Ko1z/2207"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "naver", "2024-09-03", "2024-09-10", NAVER_ALL, "deepfake-sexual-abuse",
     "largest request: blogs, cafes, KnowledgeiN, Post, NAVER TV"),
    (R2, "kakao", "2024-09-04", "2024-09-11", KAKAO_ALL, "privacy-infringement",
     "Daum cafe, Tistory (Korean slug), Kakao channel"),
    (R3, "youtube", "2024-09-05", "2024-09-12", YT_ALL, "deepfake-sexual-abuse",
     "videos, a Short and a channel with a Korean handle"),
    (R4, "dcinside", "2024-09-06", "2024-09-13", DC_ALL, "illegal-gambling",
     "DC Inside main and minor gallery posts"),
    (R5, "band", "2024-09-09", "2024-09-16", [B1, B2], "non-consensual-imagery",
     'two posts of one band, "public band"'),
    (R6, "naver", "2024-09-10", "2024-09-17", [S1], "fraud", "one cafe post"),
    (R7, "kakao", "2024-09-11", "2024-09-18", [S2], "youth-harmful", "one Daum cafe post"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ------------------------------------------------------------------ helpers
def h(s):
    """RFC 2047 encode a header value holding Korean text."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64b(data):
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def request_text(ref, urls, date_ko):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의지원팀입니다.",
        "",
        f"위원회는 {date_ko} 아래 정보에 대하여 정보통신망법 제44조의7에 따른",
        f"시정요구(삭제 또는 접속차단)를 의결하였기에 조치를 요청드립니다. (문서번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과는 이 메일로 회신하여 주시기 바랍니다.", "", "KCSC 통신심의지원팀 드림"]
    return "\n".join(lines)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


SIG_NAVER = """
--
네이버 주식회사 | 정책지원팀
경기도 성남시 분당구 (가상 주소) | policy@navercorp.com
"""

cases = []


def add(**c):
    cases.append(c)


# ===================================================================== APPLIED
# 1. 공문 style reply with a pipe text table covering all 13 items
add(
    name="naver-gongmun-text-table",
    date="Tue, 10 Sep 2024 17:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"[회신] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=mid(R1),
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 (통신심의지원팀)
참조  디지털성범죄 대응 담당자
제목  시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구와 관련하여 당사의 조치결과를
   아래와 같이 회신합니다.

                           - 아    래 -

| 연번 | 서비스 | URL | 조치결과 | 비고 |
|---|---|---|---|---|
| 1 | 블로그 | {N1} | 삭제 | 9/4 조치 |
| 2 | 블로그 | {N2} | 삭제 | 9/4 조치 |
| 3 | 블로그 | {N3} | 임시조치 | 30일, 정보통신망법 제44조의2 |
| 4 | 카페 | {N4} | 블라인드 | 카페 게시글 노출 중단 |
| 5 | 카페 | {N5} | 기삭제 | 게시자 자진 삭제(요청 접수 전) |
| 6 | 카페 | {N6} | 조치 불가 | 운영원칙 위반 사항 없음, 게시 유지 |
| 7 | 지식iN | {N7} | 삭제 | |
| 8 | 포스트 | {N8} | 비공개 처리 | |
| 9 | 블로그 | {N9} | 삭제 | |
| 10 | 블로그(모바일) | {N10} | 삭제 | |
| 11 | 카페 | {N11} | 접근 제한 | 국내 접속 차단 |
| 12 | 네이버TV | {N12} | 삭제 | 채널 이용정지 병행 |
| 13 | 블로그 | {N13} | 해당 없음 | 존재하지 않는 게시물 |

3. 6번 게시물은 당사 운영원칙에 따른 검토 결과 위반 사항이 확인되지 않아 게시를
   유지하였으며, 추가 자료를 주시면 재검토하겠습니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 정책지원팀 한서윤 / policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 reply to a KCSC 시정요구 with a 조치결과 table (연번/URL/조치결과/비고)",
    why="trusted NAVER 공문 table states a result per URL: 삭제/블라인드/비공개 removed, 임시조치/접근 제한 restricted, 기삭제/없음 not_found, 조치 불가 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "removed", N10: "removed",
           N11: "restricted", N12: "removed", N13: "not_found"},
)

# 2. HTML table (quoted-printable) with plain alternative, 5 items
_html2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>{R1} 시정요구 건 중 1차 조치 결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f0f0f0"><th>번호</th><th>게시물 주소</th><th>조치 내용</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>게시물 삭제</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>게시물 삭제</td></tr>
<tr><td>3</td><td><a href="{N4}">{N4}</a></td><td>블라인드 처리</td></tr>
<tr><td>4</td><td><a href="{N6}">{N6}</a></td><td>미조치 (운영원칙상 삭제 사유에 해당하지 않음)</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>19세 이상 연령 제한 적용</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>
운영원칙: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
</body></html>"""
_plain2 = f"""안녕하세요. 네이버 정책지원팀입니다.

{R1} 시정요구 건 중 1차 조치 결과를 아래 표와 같이 알려드립니다.

1  {N1}  게시물 삭제
2  {N2}  게시물 삭제
3  {N4}  블라인드 처리
4  {N6}  미조치 (운영원칙상 삭제 사유에 해당하지 않음)
5  {N12}  19세 이상 연령 제한 적용

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

네이버 정책지원팀 드림
운영원칙: https://policy.naver.com/policy/service_group.html
"""
add(
    name="naver-html-table-qp",
    date="Thu, 05 Sep 2024 11:20:33 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 1차 조치 결과"),
    reply_to_req=mid(R1),
    raw_mime=multipart("alternative", "----=_NvAlt_0905_1120", [
        part("text/plain; charset=UTF-8", qp(_plain2), "quoted-printable"),
        part("text/html; charset=UTF-8", qp(_html2), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team HTML results table in a multipart/alternative, quoted-printable",
    why="table rows state 삭제/블라인드 (removed), 미조치 with reason (rejected), 연령 제한 (restricted); the policy link is no item; the rest is a promise",
    items={N1: "removed", N2: "removed", N4: "removed", N6: "rejected", N12: "restricted"},
)

# 3. CSV attachment (UTF-8 with BOM, base64), short Korean body
_csv3 = ("\ufeff번호,URL,조치내용,처리일시\n"
         f"1,{N1},삭제,2024-09-06 10:12\n"
         f"2,{N2},삭제,2024-09-06 10:12\n"
         f"3,{N3},임시조치(30일),2024-09-06 10:40\n"
         f"4,{N5},게시물 없음(작성자 삭제),2024-09-06 10:41\n"
         f"5,{N6},유지(위반사항 없음),2024-09-06 11:05\n"
         f"6,{N9},비공개 처리,2024-09-06 11:20\n")
add(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 14:03:51 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 처리결과 (엑셀 첨부)"),
    reply_to_req=mid(R1),
    raw_mime=multipart("mixed", "----=_NvMix_0906_1403", [
        part("text/plain; charset=UTF-8",
             f"안녕하세요, 네이버입니다.\n\n{R1} 건 처리 결과를 첨부 파일로 보내드립니다.\n"
             "첨부 파일에 없는 게시물은 아직 확인 중입니다.\n\n감사합니다.\n네이버 정책지원팀"),
        part('text/csv; charset=UTF-8; name="result_KCSC-240903-01.csv"',
             b64b(_csv3.encode("utf-8")), "base64",
             'Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported from Excel (CSV UTF-8 with BOM) attached to a one-line reply",
    why="each CSV row states a result for one URL; rows not in the file stay pending",
    items={N1: "removed", N2: "removed", N3: "restricted", N5: "not_found", N6: "rejected", N9: "removed"},
)

# 4. informal cafe-policy reply with arrows
add(
    name="naver-cafe-informal-arrows",
    date="Wed, 04 Sep 2024 19:55:02 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=h("네이버 카페 운영정책"),
    subject=h(f"Re: [시정요구] {R1}"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 카페 운영정책 담당 오지훈입니다.
요청 주신 카페 글 3건 먼저 확인해서 처리했습니다.

{N4} → 블라인드 처리 완료
{N5} → 블라인드 처리 완료
{N6} → 작성자가 이미 지운 글이라 현재 존재하지 않습니다

블로그 쪽은 담당 부서에서 따로 회신드릴 거예요.
수고하세요~
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply by a NAVER cafe policy operator, URL → result per line",
    why="블라인드 is removed; a post its author already deleted and that no longer exists is not_found",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

# 5. top-posted over a Korean-Gmail quote of the whole request
add(
    name="naver-top-posted-gmail-quote",
    date="Thu, 05 Sep 2024 09:14:27 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"Re: [시정요구] {R1} 정보 삭제 요청"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요.

요청하신 건 중 아래 2건은 삭제 조치하였습니다.
{N3}
{N13}

나머지 건은 검토 중이며 결과가 나오는 대로 회신드리겠습니다.

네이버 정책지원팀 드림

2024년 9월 3일 (화) 오후 4:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt(request_text(R1, NAVER_ALL, "2024. 9. 3."))}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply (Korean locale) over the quoted request",
    why="two URLs listed under '아래 2건은 삭제 조치하였습니다'; the rest is under review; quoted request lines are no statements",
    items={N3: "removed", N13: "removed"},
)

# 6. bare numbered URL, status on the line below
add(
    name="naver-url-then-status-line",
    date="Mon, 09 Sep 2024 10:31:45 +0900",
    **{"from": "blog_safety@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    subject=h(f"[네이버 블로그] {R1} 관련 조치 안내"),
    body=f"""
방송통신심의위원회 담당자님께,

요청번호 {R1} 중 블로그 게시물 2건에 대한 조치 결과입니다.

1) {N9}
   → 게시중단(임시조치 30일)
2) {N10}
   → 게시글 삭제 완료

임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.

네이버 블로그 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice, numbered bare URL with the measure on the next line",
    why="임시조치 (access blocked for 30 days) is restricted; 삭제 완료 is removed; the 30-day note is about the future",
    items={N9: "restricted", N10: "removed"},
)

# 7. prose with URLs in full-width parentheses followed by particles
add(
    name="naver-fullwidth-parens-prose",
    date="Mon, 09 Sep 2024 16:08:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 지식iN·포스트 게시물"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버입니다.

지식iN 질문글（{N7}）은 운영원칙 위반으로 어제 삭제 처리되었고,
네이버 포스트 게시물（{N8}）은 작성자 계정 제재와 함께 비공개 처리되었습니다。

감사합니다.
네이버 정책지원팀 배민아
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply typed with an IME: URLs inside full-width parentheses followed by particles",
    why="삭제 처리되었고 and 비공개 처리되었습니다 are done statements about the two URLs",
    items={N7: "removed", N8: "removed"},
)

# 8. one-item request, no URL in the reply
add(
    name="naver-single-sole",
    date="Wed, 11 Sep 2024 15:22:09 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=h("네이버 카페 운영정책"),
    subject=h(f"RE: [시정요구] {R6} 중고거래 사기 게시물"),
    reply_to_req=mid(R6),
    body="""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물은 금일(9/11) 운영원칙에 따라 삭제 조치를 완료하였으며,
해당 회원은 카페 활동이 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER cafe team reply to a one-item request, naming no URL",
    why="one-item request, threaded and referenced; '삭제 조치를 완료' is a done statement about its only item",
    items={S1: "removed"},
)

# 9. Daum 임시조치 notice
add(
    name="kakao-imsi-notice",
    date="Fri, 06 Sep 2024 10:02:40 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("Daum 권리침해신고센터"),
    subject=h(f"[Daum] 게시물 임시조치 안내 ({R2})"),
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2 제4항에 따라 아래와 같이 임시조치(30일간
접근 차단)하였음을 알려드립니다.

[임시조치 게시물]
- {K1}
- {K2}

임시조치 기간: 2024.09.06 ~ 2024.10.05

임시조치 중인 게시물은 게시자 외에는 볼 수 없으며, 기간 내 재게시 요청이
없으면 삭제됩니다.

자주 묻는 질문: https://cs.daum.net/faq/95/7580.html

Daum 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice (30-day access block under 정보통신망법 44조의2)",
    why="임시조치 (접근 차단) of the two listed cafe posts is restricted; the FAQ link is no item",
    items={K1: "restricted", K2: "restricted"},
)

# 10. bulleted mixed results, raw Korean Tistory slug
add(
    name="kakao-tistory-raw-korean-slug",
    date="Mon, 09 Sep 2024 13:45:18 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from=h("카카오 세이프티팀"),
    subject=h(f"RE: [시정요구] {R2} 조치 결과"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.
요청하신 티스토리 및 카카오톡 채널 게시물에 대한 확인 결과를 안내드립니다.

• {K3_RAW}
  : 불법촬영물 유통으로 확인되어 게시글 삭제 및 블로그 이용제한
• {K4}
  : 게시자가 이미 삭제한 글로, 현재 존재하지 않는 페이지입니다
• {K5}
  : 카카오 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다

Daum 카페 게시물 2건은 임시조치 안내를 별도로 드렸습니다.

감사합니다.
카카오 세이프티팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team bulleted reply; Tistory URL written with its raw Korean slug",
    why="삭제 (removed), already deleted by its author (not_found), no policy breach so kept (rejected); the raw Korean slug is the percent-encoded item",
    items={K3: "removed", K4: "not_found", K5: "rejected"},
)

# 11. 공문 style HTML table, base64 body
_html11 = f"""<html><head><meta charset="utf-8"></head><body>
<p><b>주식회사 카카오</b></p>
<p>수신: 방송통신심의위원회<br>제목: 시정요구 조치결과 회신 ({R2})</p>
<p>1. 귀 위원회의 시정요구(2024. 9. 4.)에 대한 당사 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>순번</th><th>서비스</th><th>대상 URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>Daum 카페</td><td>{K1}</td><td>삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>Daum 카페</td><td>{K2}</td><td>임시조치</td><td>2024-09-06</td></tr>
<tr><td>3</td><td>티스토리</td><td>{K3}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>4</td><td>티스토리</td><td>{K4}</td><td>게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>카카오톡 채널</td><td>{K5}</td><td>삭제</td><td>2024-09-10</td></tr>
</tbody></table>
<p>2. 4번 게시물은 요청 접수 시점에 이미 게시자가 삭제한 상태였습니다. 끝.</p>
<p>주식회사 카카오 대외정책팀 (담당 윤다은)</p>
</body></html>"""
add(
    name="kakao-gongmun-html-base64",
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    **{"from": "policy-kr@kakaocorp.com"},
    name_from=h("카카오 대외정책팀"),
    subject=h(f"[회신] 시정요구 조치결과 회신 ({R2})"),
    reply_to_req=mid(R2),
    raw_mime=part("text/html; charset=UTF-8", b64(_html11), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style HTML reply with a 조치결과 table, sent base64-encoded",
    why="table row per URL: 삭제 removed, 임시조치 restricted, 게시물 없음 (author deleted before the request) not_found",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "removed"},
)

# 12. one-item Daum request, no URL
add(
    name="kakao-single-sole",
    date="Thu, 12 Sep 2024 11:10:05 +0900",
    **{"from": "cafe-report@daum.net"},
    name_from=h("Daum 카페 신고센터"),
    subject=h(f"[Daum 카페] 신고 처리 결과 안내 ({R7})"),
    reply_to_req=mid(R7),
    body="""
안녕하세요. Daum 카페 신고센터입니다.

신고해 주신 카페 게시물을 확인한 결과, 청소년에게 유해한 내용이 포함되어 있어
운영정책에 따라 해당 게시물을 삭제하였습니다.

앞으로도 건강한 카페 문화를 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-result notice answering a one-item request",
    why="one-item request referenced in the subject and thread; '해당 게시물을 삭제하였습니다' applies to its only item",
    items={S2: "removed"},
)

# 13. one-item Daum request, URL in angle brackets followed by a particle
add(
    name="kakao-single-angle-notfound",
    date="Thu, 12 Sep 2024 09:48:31 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("Daum 권리침해신고센터"),
    subject=h(f"Re: [시정요구] {R7}"),
    reply_to_req=mid(R7),
    body="""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 <https://cafe.daum.net/sooyoungfam/Ko1z/2207>은 존재하지 않는 게시물입니다.
확인해 보니 게시자가 9월 10일에 직접 삭제한 것으로 기록되어 있어 별도 조치는 하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum rights centre reply: URL in angle brackets directly followed by a Korean particle",
    why="the post does not exist, deleted by its author before the request: not_found",
    items={S2: "not_found"},
)

# 14. YouTube Korea legal team, headings with URL lists
add(
    name="yt-ko-legal-headings",
    date="Mon, 09 Sep 2024 20:15:44 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"[YouTube] 법적 삭제 요청 검토 결과 - {R3}"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 요청 번호 {R3}에 대한 검토 결과를 안내드립니다.

[대한민국 내 접근 차단]
다음 동영상은 현지 법률에 따라 대한민국에서 시청할 수 없도록 차단되었습니다.
- {Y1}
- {Y2}

[전체 삭제]
다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

채널 URL에 대해서는 아직 검토가 진행 중입니다.

YouTube의 법적 요청 처리 방식: https://support.google.com/youtube/answer/6154230

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email in Korean, grouped under headings",
    why="two videos blocked in Korea (restricted), one Short deleted for a guideline breach (removed); the channel is still under review",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "pending"},
)

# 15. channel terminated (raw Korean handle) + one rejected
add(
    name="yt-channel-terminated-korean-handle",
    date="Wed, 11 Sep 2024 08:40:19 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"Re: [시정요구] {R3} 추가 검토 결과"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

아래 채널은 YouTube 서비스 약관을 반복적으로 위반하여 해지되었습니다.
{Y4_RAW}

다음 동영상은 검토 결과 커뮤니티 가이드나 현지 법률을 위반하는 사항이 확인되지
않아 별도 조치를 취하지 않았습니다.
{Y1}

추가로 제공하실 정보가 있으면 이 메일에 회신해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team follow-up: channel termination and a declined video",
    why="the channel (raw Korean handle = percent-encoded item) was terminated: removed; the video was reviewed and left up: rejected",
    items={Y4: "removed", Y1: "rejected"},
)

# 16. English, config phrase 'actioned under our policies', plus not_found
add(
    name="yt-english-actioned",
    date="Fri, 06 Sep 2024 03:12:55 +0000",
    **{"from": "removals@google.com"},
    name_from="Google Legal Support",
    subject=f"Re: [{R3}] Legal removal request - YouTube",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thanks for reaching out to Google about request {R3}.

After review, the following content has been actioned under our policies:
{Y2}

Regarding {Y3}: this Short was deleted by its uploader before our
review was completed, so no action from our side was needed.

We are still reviewing the remaining URLs in your notice and will follow up
separately.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals English outcome ('actioned under our policies')",
    why="'has been actioned under our policies' is removed (configured phrase); a Short its uploader deleted is not_found",
    items={Y2: "removed", Y3: "not_found"},
)

# 17. DC Inside informal, URL on the line below its statement
add(
    name="dc-informal-url-below",
    date="Mon, 09 Sep 2024 11:05:27 +0900",
    **{"from": "ops@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"RE: [시정요구] {R4} 게시물 처리 결과"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 건({R4}) 처리 결과 안내드립니다.

주식 갤러리 게시글은 삭제 후 작성자 IP 차단까지 완료했습니다.
{D1}

하늘마켓 마이너 갤러리 글 하나는 삭제했습니다.
{D2}

나머지 한 건은 저희가 확인하기 전에 작성자가 스스로 지운 글이라 현재 존재하지 않습니다.
{D3}

수고하십시오.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operations reply, each statement followed by its URL on the next line",
    why="two posts deleted (removed), the third deleted by its author and gone (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

# 18. DC Inside 공문 style, quoted-printable
_dc18 = f"""
(주)디시인사이드

수신  방송통신심의위원회
제목  시정요구 조치결과 통보 ({R4})

1. 관련: 방송통신심의위원회 시정요구 (2024. 9. 6.)
2. 위 호와 관련하여 당사의 조치결과를 다음과 같이 통보합니다.

  가. 조치 대상 및 결과
    1) {D1} : 삭제 (2024. 9. 9.)
    2) {D2} : 삭제 (2024. 9. 9.)
    3) {D3} : 삭제 (2024. 9. 9.)
  나. 조치 내용: 해당 게시물 삭제 및 게시자 이용제한 7일

끝.

(주)디시인사이드 서비스운영본부
"""
add(
    name="dc-gongmun-qp",
    date="Mon, 09 Sep 2024 17:20:03 +0900",
    **{"from": "legal@dcinside.com"},
    name_from=h("(주)디시인사이드"),
    subject=h(f"시정요구 조치결과 통보 ({R4})"),
    raw_mime=part("text/plain; charset=UTF-8", qp(_dc18), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 '시정요구 조치결과 통보' (가./나. outline), quoted-printable",
    why="each numbered URL carries ': 삭제' with a date",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

# 19. DC Inside base64 plain, one rejected with reason, one removed
_dc19 = f"""
디시인사이드 고객지원입니다.
하늘마켓 갤러리 관련 요청({R4}) 중 2건에 대한 결과를 회신드립니다.

- {D2}
  신고 내용만으로는 불법정보 해당 여부를 판단하기 어렵고 당사 게시물 운영 기준에도
  위반되지 않아 게시물을 유지합니다. 심의 의결서 등 자료를 보내주시면 다시 검토하겠습니다.

- {D3}
  삭제 처리했습니다.

디시인사이드 고객지원팀
"""
add(
    name="dc-base64-mixed",
    date="Tue, 10 Sep 2024 10:44:50 +0900",
    **{"from": "support@dcinside.com"},
    name_from=h("디시인사이드 고객지원"),
    subject=h(f"Re: [시정요구] {R4}"),
    reply_to_req=mid(R4),
    raw_mime=part("text/plain; charset=UTF-8", b64(_dc19), "base64"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside support reply, base64 plain text, a refusal with its reason and a deletion",
    why="the post kept up because it breaks no rule (with an offer to re-review) is rejected; the other was deleted",
    items={D2: "rejected", D3: "removed"},
)

# 20. Band echoed report then results
add(
    name="band-echoed-report",
    date="Tue, 10 Sep 2024 14:30:12 +0900",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h("[BAND] 신고 처리 결과 안내"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 밴드 고객센터입니다.
접수하신 신고 내용과 처리 결과를 알려드립니다.

■ 신고 내용
 - 신고 유형: 불법촬영물 등 유통
 - 신고 대상: {B1}
 - 신고 대상: {B2}
 - 신고 일시: 2024.09.09 14:03
 - 신고자: 방송통신심의위원회 ({R5})

■ 처리 결과
 - {B1} : 게시글 삭제
 - {B2} : 게시글 삭제 및 작성자 밴드 이용 정지

밴드 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-centre result notice that echoes the report before the results",
    why="the results section states 삭제 for each URL; the echoed report lines are no statements; policy link is no item",
    items={B1: "removed", B2: "removed"},
)

# 21. Band mixed
add(
    name="band-author-deleted-and-private",
    date="Wed, 11 Sep 2024 16:52:38 +0900",
    **{"from": "policy@band.us"},
    name_from=h("밴드 운영정책 담당"),
    subject=h(f"RE: [시정요구] {R5} 밴드 게시글"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. 네이버 밴드 운영정책 담당입니다.
{R5} 건 확인 결과입니다.

1044번 글({B1})은 작성자가 이미 삭제하여 확인되지 않습니다.
1051번 글 {B2} 은 비공개 처리하고 해당 밴드 리더에게 경고를 발송했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Band policy reply in prose, post numbers with URLs in parentheses",
    why="a post its author already deleted is not_found; 비공개 처리 is removed",
    items={B1: "not_found", B2: "removed"},
)

# 22. Outlook top reply over -----Original Message-----
add(
    name="naver-outlook-original-message",
    date="Wed, 11 Sep 2024 10:02:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 정보 삭제 요청"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀 한서윤입니다.
카페 게시물 2건 추가 회신드립니다.

1. {N5} ： 게시물 없음 (작성자가 9/2에 삭제)
2. {N11} ： 임시조치 (30일간 접근 제한)

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:12 PM
To: policy@navercorp.com
Subject: [시정요구] {R1} 정보 삭제 요청

{request_text(R1, NAVER_ALL, "2024. 9. 3.")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top reply with full-width colons over '-----Original Message-----'",
    why="two numbered URLs with 게시물 없음 (not_found) and 임시조치 (restricted); the original request below is quoted",
    items={N5: "not_found", N11: "restricted"},
)

# 23. English NAVER trust & safety, wrapped URL in angle brackets
add(
    name="naver-english-wrapped-angle",
    date="Thu, 12 Sep 2024 18:25:40 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"RE: [{R1}] Removal request - results",
    reply_to_req=mid(R1),
    body=f"""
Dear KCSC team,

Please find our results for three of the items in {R1}.

- {N6}
  We reviewed this cafe post and found that it does not violate our
  operating principles or Korean law; it remains available.
- {N12}
  The video has been removed and the channel suspended.
- <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101
  &docId=471120388>
  This question has been deleted.

Our operating principles: https://policy.naver.com/policy/service_group.html

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English NAVER trust & safety reply; a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="kept up because it breaks no rule (rejected), removed, deleted; the angle-bracketed wrapped URL is one item",
    items={N6: "rejected", N12: "removed", N7: "removed"},
)

# 24. YouTube Korean: age restriction + removal
add(
    name="yt-age-restricted-ko",
    date="Tue, 10 Sep 2024 13:33:02 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"RE: [시정요구] {R3}"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

{Y2} — 연령 제한이 적용되어 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.
{Y1} — 괴롭힘 및 사이버 폭력 정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea reply with one line per URL (URL — measure)",
    why="age restriction is restricted; deletion for a policy breach is removed",
    items={Y2: "restricted", Y1: "removed"},
)

# 25. acknowledgement phrase plus a result
add(
    name="kakao-receipt-plus-result",
    date="Wed, 04 Sep 2024 22:17:05 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    subject=h(f"[카카오 고객센터] 문의 접수 및 처리 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의가 접수되었습니다. (접수번호 240904-0312-88)

요청하신 게시물 중 카카오톡 채널 게시물은 즉시 확인하여 삭제 조치를 완료하였습니다.
- {K5}

다른 게시물은 담당 부서에서 확인 후 회신드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre receipt that also reports one completed deletion",
    why="receipt wording plus an unhedged '삭제 조치를 완료' about one URL: not a pure acknowledgement",
    items={K5: "removed"},
)

# 26. YouTube HTML table in Korean
_yt26 = f"""<html><body>
<p>안녕하세요, YouTube 법무팀입니다.</p>
<p>요청 번호 <b>{R3}</b>의 최종 처리 결과입니다.</p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>조치</th><th>사유</th></tr>
<tr><td>{Y1}</td><td>삭제됨</td><td>커뮤니티 가이드 위반</td></tr>
<tr><td>{Y2}</td><td>대한민국에서 차단됨</td><td>현지 법률</td></tr>
<tr><td>{Y3}</td><td>삭제됨</td><td>커뮤니티 가이드 위반</td></tr>
<tr><td>{Y4_RAW}</td><td>대한민국에서 채널 제한</td><td>현지 법률</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
add(
    name="yt-html-table-ko",
    date="Fri, 13 Sep 2024 12:00:48 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"[YouTube] {R3} 최종 처리 결과"),
    reply_to_req=mid(R3),
    type="html",
    body=_yt26,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal final-result HTML table (URL / 조치 / 사유)",
    why="삭제됨 removed; 대한민국에서 차단/제한 restricted; the channel row uses the raw Korean handle",
    items={Y1: "removed", Y2: "restricted", Y3: "removed", Y4: "restricted"},
)

# ====================================================================== REVIEW
add(
    name="naver-promise-will-delete",
    date="Wed, 04 Sep 2024 10:11:52 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 관련 1차 회신"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
{R1} 관련하여 먼저 회신드립니다.

아래 두 게시물은 내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.
- {N1}
- {N2}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER first reply announcing a coming deletion",
    why="'삭제 조치될 예정' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

add(
    name="kakao-hedge-appears",
    date="Thu, 05 Sep 2024 15:40:21 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from=h("Daum 권리침해신고센터"),
    subject=h(f"Re: [시정요구] {R2} 1차 확인 결과"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.
요청하신 카페 게시글 관련 1차 확인 결과를 전달드립니다.

{K1} 는 이미 카페 안에서 삭제된 것으로 보이나, 삭제 주체와 시점은 확인 중입니다.
{K2} 는 담당 부서에서 검토하고 있습니다.

최종 결과는 확인되는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum rights centre interim reply with hedged findings",
    why="'삭제된 것으로 보이나' is a hedge and '검토하고 있습니다' is under review: nothing stated",
    items={K1: "pending", K2: "pending"},
)

add(
    name="naver-bulk-all-13",
    date="Fri, 13 Sep 2024 09:05:14 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R1} 조치 완료"),
    reply_to_req=mid(R1),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 13건 전부 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all done' reply from a portal",
    why="a statement about all thirteen items without naming any: bulk, items stay pending",
    items={u: "pending" for u in NAVER_ALL},
)

add(
    name="band-bulk-both",
    date="Wed, 11 Sep 2024 09:12:44 +0900",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h(f"Re: [시정요구] {R5}"),
    reply_to_req=mid(R5),
    body="""
안녕하세요, 밴드 고객센터입니다.
신고해 주신 게시글 2건 모두 삭제 조치 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short Band help-centre reply covering both reported posts",
    why="two-item request, statement names neither post: bulk",
    items={B1: "pending", B2: "pending"},
)

add(
    name="dc-auth-fail",
    date="Mon, 09 Sep 2024 12:30:19 +0900",
    **{"from": "ops@dcinside.com"},
    auth="fail",
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"RE: [시정요구] {R4}"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드입니다.
요청하신 주식갤 글 삭제 완료했습니다.
{D1}
""",
    outcome="review", review="untrusted",
    imitates="DC Inside operator reply whose DKIM/SPF/DMARC fail (e.g. relayed through a list)",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={D1: "pending"},
)

add(
    name="cafe-manager-gmail",
    date="Thu, 05 Sep 2024 23:41:09 +0900",
    **{"from": "sunnyalley.manager@gmail.com"},
    name_from=h("써니앨리 카페 매니저"),
    subject=h(f"{R1} 관련 카페 글 삭제했습니다"),
    body=f"""
안녕하세요 써니앨리 카페 매니저입니다.
네이버에서 연락 받고 말씀하신 글 두 개 제가 지웠어요.

{N4}
{N5}

혹시 더 있으면 알려주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer cafe manager writing from a personal Gmail account",
    why="sender is no platform's domain: unknown_sender, items stay pending",
    items={N4: "pending", N5: "pending"},
)

add(
    name="naver-about-band-item",
    date="Tue, 10 Sep 2024 11:58:02 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    subject=h(f"RE: [시정요구] {R5} 밴드 게시글"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
밴드 담당 부서를 대신해 회신드립니다.

밴드 게시글 {B1} 는 삭제 조치했습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate policy team answering for its Band service",
    why="navercorp.com is the naver platform's domain; the item belongs to the band request: wrong_platform",
    items={B1: "pending"},
)

add(
    name="yt-asks-more-ko",
    date="Sat, 07 Sep 2024 02:19:36 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"[YouTube] 추가 정보 요청 - {R3}"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

아래 동영상에 대한 검토를 진행하려면 추가 정보가 필요합니다.
- {Y1}
- {Y2}

각 동영상이 위반하는 대한민국 법률 조항과 해당 부분의 타임스탬프, 그리고
위원회 심의 의결서 사본을 이 메일에 회신으로 보내주시기 바랍니다.
정보를 받기 전까지 이 요청은 보류됩니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal request for additional information (law article, timestamps, decision copy)",
    why="asks for more information before acting; nothing stated about the videos",
    items={Y1: "pending", Y2: "pending"},
)

add(
    name="naver-contact-change",
    date="Fri, 13 Sep 2024 16:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책협력팀"),
    subject=h("[안내] 시정요구 회신 발신 주소 변경"),
    body="""
안녕하세요. 네이버 정책협력팀입니다.

2024년 9월 23일부터 방송통신심의위원회 시정요구에 대한 회신은
policy-reply@navercorp.com 주소에서 발송됩니다.
기존 주소로 보내주시는 요청도 당분간 자동으로 전달됩니다.

업무에 참고 부탁드립니다.
네이버 정책협력팀
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a change of reply address",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

add(
    name="dc-after-appeal-period",
    date="Tue, 10 Sep 2024 15:16:27 +0900",
    **{"from": "ops@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h(f"RE: [시정요구] {R4} 하늘마켓 갤러리"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{D2}
위 게시물은 게시자에게 소명 기회를 부여하였으며, 소명 기간(7일) 안에 소명이
없으면 삭제될 예정입니다.

결과는 기간 종료 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply announcing a conditional deletion after the poster's appeal period",
    why="a conditional future deletion is no statement: pending",
    items={D2: "pending"},
)

add(
    name="naver-typo-unmatched",
    date="Thu, 12 Sep 2024 14:47:33 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=h("네이버 카페 운영정책"),
    subject=h(f"Re: [시정요구] {R1}"),
    reply_to_req=mid(R1),
    body="""
안녕하세요, 카페 운영정책 담당 오지훈입니다.
요청하신 카페 게시물 추가 처리 결과입니다.

https://cafe.naver.com/sunnyalley2020/48312 → 삭제 완료

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="NAVER cafe operator reply quoting a post number that is not in the request (likely a typo of 48302)",
    why="the only stated URL matches no requested item; a clerk must check whether 48302 was meant",
    items={},
)

# ===================================================================== IGNORED
add(
    name="naver-help-receipt",
    date="Tue, 03 Sep 2024 16:13:02 +0900",
    **{"from": "help@navercorp.com"},
    name_from=h("네이버 고객센터"),
    subject=h("[네이버 고객센터] 문의가 접수되었습니다"),
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 2409-0316-5521
  접수일시 : 2024.09.03 16:12
  문의제목 : [시정요구] {R1} 정보 삭제 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre automatic receipt (접수번호, 접수일시, 문의제목)",
    why="pure receipt: a ticket number and a promise to answer, no statement about any item",
    items={},
)

add(
    name="kakao-ooo-chuseok",
    date="Mon, 16 Sep 2024 09:00:12 +0900",
    **{"from": "dahye.yoon@kakaocorp.com"},
    name_from=h("윤다혜"),
    subject=h(f"[자동회신] 부재중입니다 (Re: [시정요구] {R2})"),
    reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 윤다혜입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 권리침해 관련 문의는 right@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="auto-reply, states nothing",
    items={},
)

_dc_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: =?UTF-8?B?{base64.b64encode(f"[시정요구] {R4} 게시물 삭제 요청".encode()).decode()}?=
Date: Fri, 06 Sep 2024 15:02:11 +0900
Message-ID: <{mid(R4)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{request_text(R4, DC_ALL, "2024. 9. 6.")}
"""
add(
    name="dc-dsn-mailbox-full",
    date="Fri, 06 Sep 2024 15:02:40 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "7E3C21A04F.1725602560/mx.dcinside.com", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@dcinside.com>: host store1.dcinside.com[198.51.100.44] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
""", "7bit", "Content-Description: Notification"),
        part("message/delivery-status", """
Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 15:02:38 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; store1.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", "7bit", "Content-Description: Delivery report"),
        part("message/rfc822", _dc_orig, "8bit", "Content-Description: Undelivered Message"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (552 mailbox full) returning our request with its URLs",
    why="delivery failure report; the URLs are only in our returned request",
    items={},
)

add(
    name="yt-mdn-read",
    date="Fri, 06 Sep 2024 09:30:05 +0900",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    subject=h(f"읽음: [시정요구] {R3} 동영상 삭제 요청"),
    raw_mime=multipart("report", "mdn_0906_0930_yt", [
        part("text/plain; charset=UTF-8",
             f"보낸 메시지\n\n  받는 사람: legal-kr@google.com\n  제목: [시정요구] {R3} 동영상 삭제 요청\n"
             "  보낸 날짜: 2024-09-05 오후 3:02\n\n을(를) 2024-09-06 오전 9:30에 읽었습니다."),
        part("message/disposition-notification", f"""
Reporting-UA: mail.google.com; Gmail
Original-Recipient: rfc822;legal-kr@google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean-locale read receipt (읽음: …) as multipart/report disposition-notification",
    why="read receipt, states nothing",
    items={},
)

add(
    name="band-ticket-receipt",
    date="Mon, 09 Sep 2024 14:04:10 +0900",
    **{"from": "noreply@band.us"},
    name_from=h("BAND 고객센터"),
    subject=h("[BAND] 문의가 접수되었습니다 (BND-240909-77120)"),
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 밴드 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: BND-240909-77120

담당자 확인 후 순서대로 답변드리겠습니다. 답변은 등록하신 이메일로 보내드립니다.

Your inquiry has been received (ticket BND-240909-77120). We will reply by email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND bilingual ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

add(
    name="naver-ooo-english",
    date="Wed, 04 Sep 2024 08:01:33 +0900",
    **{"from": "seoyun.han@navercorp.com"},
    name_from="Han Seoyun",
    subject=f"Automatic reply: [{R1}] Removal request",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: seoyun.han@navercorp.com"],
    body="""
Thank you for your email. I am out of the office until Monday, September 9,
with limited access to email. For urgent policy matters please contact
policy@navercorp.com.

9월 9일(월)까지 외근 및 휴가로 메일 확인이 늦어질 수 있습니다.
급한 건은 policy@navercorp.com 으로 연락 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' out-of-office, English and Korean",
    why="out-of-office auto-reply",
    items={},
)

_kk_orig_hdr = f"""From: KCSC Takedown <takedown@kcsc.example>
To: right@kakaocorp.com
Subject: [KCSC-240904-02] removal request
Date: Wed, 04 Sep 2024 14:20:09 +0900
Message-ID: <{mid(R2)}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
"""
add(
    name="kakao-dsn-policy-reject",
    date="Wed, 04 Sep 2024 14:20:31 +0900",
    **{"from": "postmaster@kakaocorp.com"},
    name_from="Mail Delivery Subsystem",
    subject=h("Delivery Status Notification (Failure) / 메일 전송 실패"),
    raw_mime=multipart("report", "dsn-kakao-0904-1420", [
        part("text/plain; charset=UTF-8", f"""
메일을 전송하지 못했습니다. / Your message could not be delivered.

받는 사람: right@kakaocorp.com
사유: 수신 서버가 메일을 거부했습니다 (550 5.7.1 정책에 의해 거부됨).

원본 메일 내용 일부:
  {R2} 게시물 삭제 요청
  1. {K1}
  2. {K2}
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mx2.kakaocorp.com

Final-Recipient: rfc822; right@kakaocorp.com
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by content policy
""", "7bit"),
        part("text/rfc822-headers", _kk_orig_hdr, "7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Korean/English DSN (550 5.7.1 policy reject) echoing part of our request",
    why="bounce; the URLs echoed are from our own undelivered request",
    items={},
)


HEADER = f"""# Blind set 533 (Korean portals and communities), written from each
# email's meaning before any run of the reader. Generated by make.py.
# Requests: {", ".join(f"{r[0]} ({r[1]}, {len(r[4])})" for r in REQUESTS)}.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        c.setdefault("auth", "pass")
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
