#!/usr/bin/env python3
"""Blind set 671 (Korean portals and their replies): writes requests.csv,
cases/*.eml and expected.toml. Deterministic. Expected results were written
from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind671/make.py
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


def pct(url):
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/-@?&=.:_")


# ---------------------------------------------------------------- requests
# R1 NAVER, 12 items (largest): illegal gambling adverts
N1 = "https://blog.naver.com/luckyseven_bet/223571000101"
N2 = "https://blog.naver.com/luckyseven_bet/223571000102"
N3 = "https://blog.naver.com/sportstoto_king/223569874410"
N4 = "https://cafe.naver.com/moneytalk2024/58812"
N5 = "https://cafe.naver.com/moneytalk2024/58830"
N6 = "https://cafe.naver.com/jackpotzone/1204"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=472210331"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=472219876"
N9 = "https://blog.naver.com/PostView.naver?blogId=hwangkeum_slot&logNo=223580012345"
N10 = "https://m.blog.naver.com/casino_review77/223575550001"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120477&memberNo=51234890"
N12 = "https://blog.naver.com/sportstoto_king/223569874477"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
# R2 Kakao/Daum, 5 items: drug sale adverts
K1 = "https://cafe.daum.net/greenleaf420/Ktr2/311"
K2 = "https://cafe.daum.net/greenleaf420/Ktr2/315"
K3 = "https://ice-delivery.tistory.com/12"
K4_RAW = "https://ice-delivery.tistory.com/entry/텔레그램-구매-방법"
K4 = pct(K4_RAW)
K5 = "https://brunch.co.kr/@sodamnight/48"
R2 = [K1, K2, K3, K4, K5]
# R3 YouTube, 4 items: investment fraud
Y1 = "https://www.youtube.com/watch?v=Qm7dL2xPzR4"
Y2 = "https://www.youtube.com/watch?v=bT9sK0wHn3E"
Y3 = "https://www.youtube.com/shorts/Zx81RtpLwQa"
Y4 = "https://www.youtube.com/@rich_uncle_kim77"
R3 = [Y1, Y2, Y3, Y4]
# R4 DC Inside, 4 items: personal data exposure
D1 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9871234"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=stockus&no=552310"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=stockus&no=552388"
D4 = "https://gall.dcinside.com/board/view/?id=stream1&no=301877"
R4 = [D1, D2, D3, D4]
# R5 Band, 3 items: illegal medicine sales
B1 = "https://band.us/band/82736451/post/1043"
B2 = "https://band.us/band/82736451/post/1051"
B3 = "https://band.us/band/90011722/post/77"
R5 = [B1, B2, B3]
# R6 NAVER, 2 items: obscene content
M1 = "https://blog.naver.com/nightpeach_0/223590441100"
M2 = "https://cafe.naver.com/pinkroom19/3377"
R6 = [M1, M2]
# R7 Kakao (Tistory), 1 item: gambling promotion
T1_RAW = "https://totosite-rank.tistory.com/entry/2024년-안전놀이터-순위"
T1 = pct(T1_RAW)
R7 = [T1]

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T01:00:00Z", "2024-09-09T09:00:00Z", R1, "illegal_gambling", "불법 도박 광고 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T01:00:00Z", "2024-09-10T09:00:00Z", R2, "drugs", "마약류 판매 광고 (Daum 카페·티스토리·브런치)"),
    ("KCSC-240904-03", "youtube", "2024-09-04T01:00:00Z", "2024-09-11T09:00:00Z", R3, "fraud", "투자 사기 유도 영상 및 채널"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T01:00:00Z", "2024-09-12T09:00:00Z", R4, "privacy", "개인정보 노출 게시물"),
    ("KCSC-240906-05", "band", "2024-09-06T01:00:00Z", "2024-09-13T09:00:00Z", R5, "illegal_medicine", "의약품 불법 판매 게시글"),
    ("KCSC-240909-06", "naver", "2024-09-09T01:00:00Z", "2024-09-16T09:00:00Z", R6, "obscenity", "음란 정보"),
    ("KCSC-240910-07", "kakao", "2024-09-10T01:00:00Z", "2024-09-17T09:00:00Z", R7, "illegal_gambling", "도박 사이트 홍보 (티스토리)"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b_hdr(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def qp_part(body, ctype="plain"):
    enc = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=UTF-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_part(body, ctype="plain", extra=""):
    enc = base64.encodebytes(body.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=UTF-8\n" + extra +
            "Content-Transfer-Encoding: base64\n\n" + enc)


def b64_bytes(data):
    return base64.encodebytes(data).decode("ascii")


def hardwrap(text, width):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, what):
    lines = ["안녕하십니까, 방송통신심의위원회 통신심의국입니다.", "",
             f"아래 게시물은 {what}에 해당하여 정보통신망법에 따라 삭제 등 시정을 요구합니다.",
             f"(요청번호 {ref}, 조치 기한 7일)", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER R1
case(name="naver-gongmun-result-table", from_="policy-support@navercorp.com",
     name_from=b_hdr("NAVER 정책지원팀"), date="Thu, 05 Sep 2024 16:40:12 +0900",
     subject="[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
제목: 시정요구에 대한 조치결과 회신 (요청번호 KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 불법 도박 광고 게시물 12건에 대하여
   당사에서 확인한 후 조치한 결과를 아래와 같이 회신합니다.

 연번 | URL | 조치결과 | 비고
 -----+-----+----------+-----
 1 | {N1} | 삭제 |
 2 | {N2} | 삭제 |
 3 | {N3} | 삭제 |
 4 | {N4} | 삭제 |
 5 | {N5} | 삭제 |
 6 | {N6} | 삭제 | 카페 활동정지 병행
 7 | {N7} | 게시물 없음 | 작성자 삭제
 8 | {N8} | 게시물 없음 | 작성자 삭제
 9 | {N9} | 삭제 |
 10 | {N10} | 임시조치 | 30일간 접근 제한
 11 | {N11} | 미조치 | 아래 3항 참조
 12 | {N12} | 삭제 |

3. 연번 11의 게시물은 해외 스포츠 경기 결과를 정리한 글로, 도박 사이트 안내나
   링크가 포함되어 있지 않아 운영정책 위반으로 보기 어려워 게시를 유지합니다.
4. 기타 문의사항은 정책지원팀(policy-support@navercorp.com)으로 연락 주시기 바랍니다.

네이버 주식회사 정책지원팀. 끝.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean 공문 reply (수신/참조/제목, numbered 항, 끝.) to a KCSC 시정요구 with a 조치결과 table",
     why="trusted NAVER reply with a status for each of the 12 URLs: 9 삭제, 2 게시물 없음 (author deleted), 1 임시조치, 1 미조치 with a reason",
     items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed", N6: "removed",
            N7: "not_found", N8: "not_found", N9: "removed", N10: "restricted", N11: "rejected", N12: "removed"})

case(name="naver-gmail-toppost-blog-part", from_="seoyeon.kim@navercorp.com",
     name_from=b_hdr("김서연"), date="Mon, 02 Sep 2024 17:05:44 +0900",
     subject="Re: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 블로그 운영팀 김서연입니다.

보내주신 목록 중 블로그 건부터 먼저 회신드립니다.

아래 두 글은 오늘 오후 삭제했습니다.
{N1}
{N2}

{N3} 은 블라인드 처리했습니다.

카페, 지식iN, 포스트 건은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
김서연 드림

2024년 9월 2일 (월) 오전 10:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{quote_gt(request_text("KCSC-240902-01", R1, "불법 도박 광고"))}
""",
     outcome="applied", classification="confirmation",
     imitates="informal operator reply top-posted over the Gmail-quoted (Korean '님이 작성:') request",
     why="three blog posts stated deleted/blinded above the quote; the 12 quoted URLs carry no statement; the rest is a promise about unnamed items",
     items={N1: "removed", N2: "removed", N3: "removed"})

case(name="naver-html-result-table", from_="noreply-report@navercorp.com",
     name_from="NAVER", date="Wed, 04 Sep 2024 11:20:03 +0900",
     subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)", type="html",
     body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 게시중단요청 서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01) 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>7</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>8</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>9</td><td><a href="{N9.replace('&', '&amp;')}">{N9.replace('&', '&amp;')}</a></td><td>임시조치(30일)</td><td>2024-09-03</td></tr>
<tr><td>11</td><td><a href="{N11.replace('&', '&amp;')}">{N11.replace('&', '&amp;')}</a></td><td>게시중단</td><td>2024-09-04</td></tr>
</table>
<p>임시조치된 게시물은 30일간 접근이 제한되며, 게시자는 이 기간 동안 재게시를 요청할 수 있습니다.
게시중단 절차는 <a href="https://help.naver.com/service/5645/contents/19020">네이버 고객센터 도움말</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청 서비스 result mail with an HTML table (번호/URL/처리 결과/처리일)",
     why="HTML table, one row per URL (&amp; in the links): two 삭제, one 임시조치, one 게시중단; the help link is not an item",
     items={N7: "removed", N8: "removed", N9: "restricted", N11: "removed"})

_csv1 = ("번호,URL,처리결과,비고\n"
         f"4,{N4},삭제,\n5,{N5},삭제,\n6,{N6},게시물 없음,작성자가 이미 삭제\n12,{N12},삭제,\n")
_csv1_b64 = b64_bytes(b'\xef\xbb\xbf' + _csv1.encode('utf-8'))
case(name="naver-cafe-csv-attachment", from_="cafe-policy@navercorp.com",
     name_from="NAVER Cafe", date="Wed, 04 Sep 2024 18:02:51 +0900",
     subject=b_hdr("[네이버 카페] KCSC-240902-01 처리 결과 송부"), reply_to_req=mid("KCSC-240902-01"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_5521_1077"

------=_Part_5521_1077
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 카페 운영정책팀입니다.

요청번호 KCSC-240902-01 중 카페·블로그 게시물 4건의 처리 결과를
첨부 파일(CSV)로 송부드립니다.

감사합니다.

------=_Part_5521_1077
Content-Type: text/csv; charset=UTF-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename*=UTF-8''KCSC-240902-01_%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{_csv1_b64}
------=_Part_5521_1077--
""",
     outcome="applied", classification="confirmation",
     imitates="result sheet sent as a UTF-8 (BOM) CSV attachment, as Korean ops teams export from Excel",
     why="CSV rows name four URLs: three 삭제, one 게시물 없음 (작성자가 이미 삭제)",
     items={N4: "removed", N5: "removed", N6: "not_found", N12: "removed"})

case(name="naver-promise-under-review", from_="help@help.naver.com",
     name_from=b_hdr("네이버 고객센터"), date="Tue, 03 Sep 2024 09:31:17 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240902-01 건과 관련하여 안내드립니다.

요청하신 게시물은 현재 담당 부서에서 운영원칙 위반 여부를 검토하고 있으며,
위반이 확인되는 게시물은 영업일 기준 3일 이내에 게시중단 조치될 예정입니다.

특히 아래 게시물은 우선 검토 대상으로 분류되었습니다.
- {N4}
- {N5}

처리 결과는 완료되는 대로 다시 안내드리겠습니다.
감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER 고객센터 interim reply: under review, will be actioned",
     why="only promises ('검토하고 있으며', '조치될 예정') about two named URLs: nothing stated, items stay pending",
     items={N4: "pending", N5: "pending"})

case(name="naver-bulk-all-done", from_="policy-support@navercorp.com",
     name_from=b_hdr("NAVER 정책지원팀"), date="Fri, 06 Sep 2024 10:12:40 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 요청 건에 포함된 게시물 전체에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="short 'all items actioned' reply from a portal's policy desk",
     why="one statement covering all 12 items of the request without naming any: bulk, nothing applied",
     items={u: "pending" for u in R1})

case(name="naver-forged-phishy", from_="noreply@naver.com", auth="fail",
     name_from="NAVER", date="Tue, 03 Sep 2024 02:14:09 +0900",
     subject="[NAVER] 신고 게시물 처리 완료 (KCSC-240902-01)",
     body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 {N1} 은 삭제 처리가 완료되었습니다.

처리 내역 확인을 위해 아래 링크에서 기관 계정으로 로그인해 주세요.
http://naver-report-check.example/login

NAVER Corp.
""",
     outcome="review", review="untrusted",
     imitates="phishing-style mail spoofing a NAVER result notice (DMARC fail)",
     why="claims a deletion from naver.com but fails DKIM/SPF/DMARC: untrusted, nothing applied",
     items={N1: "pending"})

case(name="naver-out-of-office", from_="junho.park@navercorp.com",
     name_from=b_hdr("박준호"), date="Mon, 02 Sep 2024 10:00:31 +0900",
     subject=b_hdr("자동 회신: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     reply_to_req=mid("KCSC-240902-01"),
     body="""
안녕하세요, 박준호입니다.

9월 6일(금)까지 외부 교육으로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 대표 메일(policy-support@navercorp.com)로 보내 주시기 바랍니다.

감사합니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean '자동 회신' out-of-office reply",
     why="auto-reply (Auto-Submitted: auto-replied), says nothing about any item")

case(name="naver-cs-ticket-receipt", from_="help@help.naver.com",
     name_from=b_hdr("네이버 고객센터"), date="Mon, 02 Sep 2024 10:03:02 +0900",
     subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 20240902-0048812)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 20240902-0048812
 - 문의 제목: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청
 - 접수일시: 2024.09.02 10:02

문의하신 내용은 담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 내 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 문의 접수 완료 receipt",
     why="pure ticket receipt: a number and 'will answer in turn', no statement")

case(name="naver-blind-and-author-deleted", from_="cafe-policy@navercorp.com",
     name_from="NAVER Cafe", date="Tue, 03 Sep 2024 15:47:26 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
KCSC-240902-01 관련 회신드립니다.

다음 게시물은 카페 운영원칙(불법 도박 홍보) 위반으로 블라인드 처리하였습니다.
{N4}
{N5}

다음 게시물은 확인 당시 이미 작성자에 의해 삭제된 상태였습니다.
{N10}

네이버 카페 운영정책팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe policy team reply, statement sentence followed by its URLs",
     why="two URLs under a 블라인드 sentence, one under 'already deleted by its author'",
     items={N4: "removed", N5: "removed", N10: "not_found"})

case(name="naver-arrow-status-below", from_="blog-ops@navercorp.com",
     name_from="NAVER Blog", date="Wed, 04 Sep 2024 13:08:55 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.
요청하신 블로그 게시물의 조치 결과를 알려드립니다.

1) {N3}
   → 조치결과: 게시중단(블라인드)

2) {N12}
   → 조치결과: 해당 없음 (이미 삭제된 게시물)

3) {N9}
   → 조치결과: 비공개 처리

문의: blog-ops@navercorp.com
""",
     outcome="applied", classification="confirmation",
     imitates="numbered list, bare URL with '→ 조치결과:' on the line below",
     why="each URL has its result on the next line: 게시중단, already deleted (not found), 비공개 처리",
     items={N3: "removed", N12: "not_found", N9: "removed"})

case(name="naver-qp-cafe-kin", from_="cs-ops@navercorp.com",
     name_from="NAVER", date="Thu, 05 Sep 2024 10:55:40 +0900",
     subject=b_hdr("[KCSC-240902-01] 카페/지식iN 게시물 조치 결과"), reply_to_req=mid("KCSC-240902-01"),
     raw_mime=qp_part(f"""
안녕하세요, 네이버 카페·지식iN 운영지원입니다.

요청번호 KCSC-240902-01 중 저희 담당 게시물에 대한 결과입니다.

{N6} 게시글은 카페 운영원칙에 따라 삭제되었으며, 해당 카페는 활동이 정지되었습니다.
{N8} 질문은 확인 결과 존재하지 않는 게시물입니다(작성자 자진 삭제).

감사합니다.
"""),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable Korean reply with long URLs broken by soft line breaks (=3D in query strings)",
     why="cafe post deleted; 지식iN question does not exist (deleted by its author)",
     items={N6: "removed", N8: "not_found"})

case(name="naver-hedge-appears-private", from_="cs-ops@navercorp.com",
     name_from="NAVER", date="Tue, 03 Sep 2024 16:21:09 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
안녕하세요, 네이버 고객센터 운영지원 담당입니다.

문의하신 {N9}
게시물은 현재 조회 시 '비공개 게시물'로 표시되는 것으로 보아 작성자가 비공개로 전환한 것 같습니다.
정확한 상태는 블로그팀 확인 후 다시 알려드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="first-line CS agent guessing at a post's state before the owning team answers",
     why="hedged ('것으로 보아 … 것 같습니다') and deferred to the blog team: no statement, item pending",
     items={N9: "pending"})

case(name="naver-kin-hidden-brief", from_="kin-ops@navercorp.com",
     name_from=b_hdr("네이버 지식iN"), date="Wed, 04 Sep 2024 09:40:18 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
지식iN 운영자입니다.
요청 주신 질문 두 건 모두 비노출(삭제) 처리했습니다.

* {N7}
* {N8}

이상입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="terse informal operator reply with a bulleted URL list",
     why="'두 건 모두 비노출(삭제) 처리' followed by both URLs, each named: item-level",
     items={N7: "removed", N8: "removed"})

case(name="naver-hardwrapped-urls", from_="post-ops@navercorp.com",
     name_from="NAVER", date="Fri, 06 Sep 2024 14:33:02 +0900",
     subject="RE: [KCSC-240902-01] 불법 도박 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240902-01"),
     body=hardwrap(f"""
안녕하세요. 네이버 지식iN·포스트 운영 담당입니다.
KCSC-240902-01 요청 건 중 두 건 결과 회신드립니다.

1. 지식iN 질문
{N7}
→ 질문자가 이미 삭제한 질문으로, 현재 존재하지 않습니다.

2. 네이버 포스트
{N11}
→ 운영정책 위반(불법 도박 홍보)으로 게시 중단 처리했습니다.
""", 64),
     outcome="applied", classification="confirmation",
     imitates="ticket-system reply hard-wrapped at 64 characters, breaking long URLs mid-query",
     why="both URLs are broken across two lines by the sender's wrap; rejoined, one is gone (author deleted), the other 게시 중단",
     items={N7: "not_found", N11: "removed"})

case(name="naver-forwarded-cafe-manager", from_="cafe-policy@navercorp.com",
     name_from="NAVER Cafe", date="Thu, 05 Sep 2024 11:48:30 +0900",
     subject="Fwd: jackpotzone 카페 게시글 관련", reply_to_req=mid("KCSC-240902-01"),
     body=f"""
KCSC-240902-01 건 관련하여 카페 매니저 답변을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 잭팟존 매니저 <jackpotzone_mgr@example.net>
Date: 2024년 9월 5일 (목) 오전 9:12
Subject: Re: jackpotzone 카페 게시글 관련
To: <cafe-policy@navercorp.com>

안녕하세요 매니저입니다.
말씀하신 {N6} 글은 제가 지웠습니다.
앞으로 홍보글 관리 잘 하겠습니다.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="NAVER cafe team forwarding the cafe manager's own reply",
     why="the only statement is the cafe manager's, inside a forwarded message; NAVER itself states nothing",
     items={N6: "pending"})

case(name="naver-contact-change-notice", from_="policy-support@navercorp.com",
     name_from=b_hdr("NAVER 정책지원팀"), date="Mon, 09 Sep 2024 09:00:00 +0900",
     subject="[네이버] 시정요구 공문 접수 창구 변경 안내",
     body="""
방송통신심의위원회 담당자님께

항상 협조해 주셔서 감사합니다.
2024년 9월 23일부터 시정요구 공문 접수 창구가 아래와 같이 변경됨을 안내드립니다.

 - 변경 전: policy-support@navercorp.com
 - 변경 후: kcsc-desk@navercorp.com

변경일 이전에 접수된 건은 기존 담당자가 계속 처리합니다.

네이버 정책지원팀 드림
""",
     outcome="review", review="no_claims",
     imitates="portal policy desk notice about a changed contact address",
     why="trusted NAVER mail naming no item and no request")

# ================================================================ NAVER R6
case(name="naver-r6-angle-brackets-particles", from_="policy-support@navercorp.com",
     name_from=b_hdr("NAVER 정책지원팀"), date="Tue, 10 Sep 2024 15:20:44 +0900",
     subject="RE: [KCSC-240909-06] 음란 정보 삭제 요청", reply_to_req=mid("KCSC-240909-06"),
     body=f"""
요청 주신 KCSC-240909-06 건 처리 결과입니다.

 • <{M1}>은 청소년 유해 게시물로 삭제했습니다.
 • <{M2}>는 해당 카페 전체에 블라인드 조치를 적용하여 더 이상 열람되지 않습니다.

네이버 정책지원팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="bulleted Korean reply, URLs in angle brackets followed by particles 은/는",
     why="one post deleted, the other made unviewable by a cafe-wide 블라인드",
     items={M1: "removed", M2: "removed"})

case(name="naver-r6-read-receipt", from_="jiwoo.lee@navercorp.com",
     name_from=b_hdr("이지우"), date="Mon, 09 Sep 2024 10:31:47 +0900",
     subject=b_hdr("읽음: [KCSC-240909-06] 음란 정보 삭제 요청"),
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_7f31"

--mdn_7f31
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

 받는 사람: 이지우 <jiwoo.lee@navercorp.com>
 제목: [KCSC-240909-06] 음란 정보 삭제 요청
 읽은 시간: 2024-09-09 (월) 오전 10:31

--mdn_7f31
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.lee@navercorp.com
Original-Message-ID: <req.KCSC-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7f31--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음:) as an MDN",
     why="message disposition notification: the request was displayed, nothing else")

case(name="naver-r6-asks-documents", from_="policy-support@navercorp.com",
     name_from=b_hdr("NAVER 정책지원팀"), date="Mon, 09 Sep 2024 16:02:13 +0900",
     subject="RE: [KCSC-240909-06] 음란 정보 삭제 요청", reply_to_req=mid("KCSC-240909-06"),
     body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240909-06 요청 건 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 시정요구 결정서 사본 (위원회 직인 날인본)
 2. 해당 정보를 음란 정보로 판단한 심의 의결 번호

자료가 확인되는 대로 {M2} 등
요청 게시물에 대한 조치를 진행하겠습니다.

감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal asking for the sealed 결정서 and decision number before acting",
     why="asks for documents and promises action afterwards; nothing stated",
     items={M1: "pending", M2: "pending"})

case(name="naver-r6-fullwidth-punct", from_="cafe-policy@navercorp.com",
     name_from="NAVER Cafe", date="Wed, 11 Sep 2024 11:04:39 +0900",
     subject="RE: [KCSC-240909-06] 음란 정보 삭제 요청", reply_to_req=mid("KCSC-240909-06"),
     body=f"""
[처리결과]
{M1}（삭제 완료）
{M2}：해당 게시글 없음 — 작성자가 이미 삭제함

[참고] 게시중단 관련 정책: https://help.naver.com/service/5645/contents/18412
""",
     outcome="applied", classification="confirmation",
     imitates="terse result block with full-width parenthesis and colon glued to the URLs",
     why="blog post deleted; cafe post already deleted by its author; the help link is not an item",
     items={M1: "removed", M2: "not_found"})

# ================================================================ Kakao R2 / R7
case(name="kakao-gongmun-ganada", from_="right@kakaocorp.com",
     name_from=b_hdr("카카오 권리보호센터"), date="Fri, 06 Sep 2024 17:30:00 +0900",
     subject="[카카오] 불법정보 시정요구(KCSC-240903-02) 조치 결과 통보", reply_to_req=mid("KCSC-240903-02"),
     body=f"""
수신: 방송통신심의위원회
발신: ㈜카카오 권리보호센터
제목: 불법정보 시정요구(KCSC-240903-02)에 대한 조치 결과 통보

1. 귀 위원회의 시정요구에 따라 아래 5건의 게시물을 검토하여 조치하였기에
   그 결과를 통보합니다.

  가. {K1}
      - 게시물 삭제
  나. {K2}
      - 임시조치 (30일간 접근 차단)
  다. {K3}
      - 게시물 삭제 및 블로그 이용 제한
  라. {K4_RAW}
      - 게시물 삭제
  마. {K5}
      - 조치 불가 (마약류 판매·알선 정황이 확인되지 않음, 치료 경험 수기)

2. "마"항 게시물에 대해 추가 자료를 제출하시는 경우 재검토하겠습니다.

㈜카카오 권리보호센터. 끝.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문-style 조치 결과 통보 with 가/나/다 items and results on the line below",
     why="each of the five URLs (one raw Korean path) has its result below it: 3 삭제, 1 임시조치, 1 조치 불가 with a reason",
     items={K1: "removed", K2: "restricted", K3: "removed", K4: "removed", K5: "rejected"})

case(name="kakao-html-base64", from_="safety@kakaocorp.com",
     name_from="Kakao Safety", date="Thu, 05 Sep 2024 14:15:27 +0900",
     subject=b_hdr("[카카오] 신고하신 게시물 처리 결과 안내 (KCSC-240903-02)"),
     raw_mime=b64_part(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="max-width:640px;margin:0 auto;font-size:14px">
<h3>신고 게시물 처리 결과 안내</h3>
<p>안녕하세요, 카카오 세이프티팀입니다.<br>
방송통신심의위원회 요청번호 <b>KCSC-240903-02</b>에 대한 처리 결과를 안내해 드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>대상 URL</th><th>처리 상태</th></tr></thead>
<tbody>
<tr><td><a href="{K1}">{K1}</a></td><td>삭제</td></tr>
<tr><td><a href="{K2}">{K2}</a></td><td>삭제</td></tr>
<tr><td><a href="{K5}">{K5}</a></td><td>비공개 전환 (운영자 조치)</td></tr>
</tbody></table>
<p>카카오 운영정책은 <a href="https://www.kakao.com/policy/oppolicy">여기</a>에서 확인하실 수 있습니다.</p>
<p style="font-size:12px;color:#999">본 메일은 발신전용 메일입니다.</p>
</div></body></html>
""", ctype="html"),
     outcome="applied", classification="confirmation",
     imitates="Kakao notice mail: base64-encoded HTML with a two-column result table",
     why="three URLs in table rows: two 삭제, one 비공개 전환 by the operator; the policy link is not an item",
     items={K1: "removed", K2: "removed", K5: "removed"})

case(name="kakao-tistory-outlook-quote", from_="tistory-help@kakaocorp.com",
     name_from=b_hdr("티스토리 운영팀"), date="Wed, 04 Sep 2024 11:22:16 +0900",
     subject="RE: [KCSC-240903-02] 마약류 판매 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
     body=f"""
안녕하세요, 티스토리 운영팀입니다.

말씀하신 티스토리 게시물 2건 확인 결과 알려드립니다.
{K3} 는 블로그 폐쇄 조치로 더 이상 접근되지 않습니다.
{K4_RAW} 은 저희가 확인했을 때 이미 작성자가 삭제한 상태였습니다.

나머지 카페·브런치 건은 해당 서비스에서 회신드릴 예정입니다.

-----Original Message-----
From: "KCSC 삭제요청" <takedown@kcsc.example>
To: <right@kakaocorp.com>
Sent: 2024-09-03 (화) 10:00:00
Subject: [KCSC-240903-02] 마약류 판매 광고 게시물 삭제 요청

{request_text("KCSC-240903-02", [K1, K2, K3, K4_RAW, K5], "마약류 판매 광고")}
""",
     outcome="applied", classification="confirmation",
     imitates="Daum/Outlook-style reply above '-----Original Message-----' with the unquoted request below",
     why="two Tistory URLs above the separator: blog closed (removed) and already deleted by author (not found); the request below is ours",
     items={K3: "removed", K4: "not_found"})

case(name="kakao-cafe-manager-hanmail", from_="greenleaf_mgr@hanmail.net",
     name_from=b_hdr("초록잎 카페지기"), date="Wed, 04 Sep 2024 21:47:05 +0900",
     subject="Re: [KCSC-240903-02] 마약류 판매 광고 게시물 삭제 요청",
     body=f"""
안녕하세요 초록잎 카페 카페지기입니다.
다음 고객센터에서 방심위 요청이 있었다고 연락받아서 메일 드립니다.

{K1}
{K2}

위 두 글 제가 카페지기 권한으로 삭제했고 글쓴 회원은 강퇴했습니다.
카페 폐쇄만은 안 되게 부탁드립니다.
""",
     outcome="review", review="unknown_sender",
     imitates="Daum cafe manager (a user) answering from a personal hanmail.net address",
     why="hanmail.net is not a configured Kakao sender domain and the writer is a cafe user, not Kakao",
     items={K1: "pending", K2: "pending"})

case(name="kakao-not-our-service-naver-url", from_="right@kakaocorp.com",
     name_from=b_hdr("카카오 권리보호센터"), date="Tue, 10 Sep 2024 13:10:51 +0900",
     subject="[카카오] 요청 URL 확인 결과 안내",
     body=f"""
안녕하세요, 카카오 권리보호센터입니다.

귀 위원회에서 보내주신 메일에 포함된 아래 URL은 당사 서비스(Daum, 티스토리, 브런치)에서
확인되지 않는 주소입니다.

 - {M1}

네이버 블로그 주소로 보이니 해당 사업자에게 요청해 주시기 바랍니다.
""",
     outcome="review", review="wrong_platform",
     imitates="portal telling the regulator a URL belongs to another company's service",
     why="Kakao states 'not found on our services' about a NAVER item: a platform speaking for another's item",
     items={M1: "pending"})

case(name="kakao-cafe-blind-two-posts", from_="cafe-help@daum.net",
     name_from=b_hdr("Daum 카페 운영팀"), date="Thu, 05 Sep 2024 10:06:33 +0900",
     subject="RE: [KCSC-240903-02] 마약류 판매 광고 게시물 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
     body=f"""
안녕하세요, Daum 카페 운영팀입니다.

신고하신 초록잎 카페(greenleaf420)는 운영정책(불법 약물 거래) 위반이 확인되어
카페 블라인드 조치되었습니다. 이에 따라 아래 게시글은 더 이상 열람할 수 없습니다.

  {K1}
  {K2}

카페 블라인드 후 30일 이내에 소명이 없으면 카페는 폐쇄됩니다.

Daum 카페 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe 블라인드 notice (cafe blinded, closed after 30 days without 소명)",
     why="both named posts can no longer be viewed because the whole cafe was blinded: removed",
     items={K1: "removed", K2: "removed"})

case(name="kakao-dsn-user-unknown", from_="MAILER-DAEMON@kakaocorp.com",
     name_from="Mail Delivery System", date="Tue, 03 Sep 2024 10:00:22 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime="""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A41C21E0B3.1725325222/mx1.kakaocorp.com"

--A41C21E0B3.1725325222/mx1.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-report@kakaocorp.com>: host mbox3.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <right-report@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--A41C21E0B3.1725325222/mx1.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
X-Postfix-Queue-ID: A41C21E0B3
Arrival-Date: Tue,  3 Sep 2024 10:00:20 +0900 (KST)

Final-Recipient: rfc822; right-report@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox3.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <right-report@kakaocorp.com>: Recipient
    address rejected: User unknown in virtual mailbox table

--A41C21E0B3.1725325222/mx1.kakaocorp.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: right-report@kakaocorp.com
Subject: [KCSC-240903-02] Removal request / =?UTF-8?B?7IKt7KCcIOyalOyyrQ==?=
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <req.KCSC-240903-02@kcsc.example>

--A41C21E0B3.1725325222/mx1.kakaocorp.com--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 user unknown) with the returned request headers",
     why="delivery status notification for our own request: a bounce")

case(name="kakao-r7-sole-item", from_="tistory-help@kakaocorp.com",
     name_from=b_hdr("티스토리 운영팀"), date="Wed, 11 Sep 2024 10:18:44 +0900",
     subject="RE: [KCSC-240910-07] 불법 도박 사이트 홍보 게시물 삭제 요청", reply_to_req=mid("KCSC-240910-07"),
     body="""
안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물은 운영정책 위반(불법 도박 사이트 홍보)으로
삭제 조치되었습니다.

협조에 감사드립니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short Tistory reply in the request's thread without repeating the URL",
     why="one unhedged 삭제 statement answering a one-item request (thread and reference): applies to its only item",
     items={T1: "removed"})

case(name="kakao-r7-encoded-url-particle", from_="right@kakaocorp.com",
     name_from=b_hdr("카카오 권리보호센터"), date="Thu, 12 Sep 2024 09:41:20 +0900",
     subject="[카카오] KCSC-240910-07 조치 결과",
     body=f"""
안녕하세요, 카카오 권리보호센터입니다.

{T1}는 블로그 이용제한과 함께 게시물 비공개 처리를 완료했습니다.

카카오 권리보호센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao reply quoting the percent-encoded Tistory URL, Korean particle 는 glued to it",
     why="the percent-encoded URL ends where the Hangul particle begins; 비공개 처리 = removed",
     items={T1: "removed"})

# ================================================================ YouTube R3
case(name="yt-legal-kr-restricted-removed", from_="legal-support@google.com",
     name_from="Google Legal Support", date="Mon, 09 Sep 2024 08:12:30 +0000",
     subject="[3-2938000012345] KCSC-240904-03 관련 YouTube 법적 요청 결과", reply_to_req=mid("KCSC-240904-03"),
     body=f"""
안녕하세요.

Google에 연락해 주셔서 감사합니다. 귀하의 요청(참조 KCSC-240904-03)을 검토한 결과를 알려드립니다.

현지 법률에 따라 아래 동영상에 대한 액세스를 대한민국에서 제한했습니다.
{Y1}
{Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기) 위반으로 YouTube에서 삭제되었습니다.
{Y3}

아래 채널은 같은 정책 위반으로 해지되었습니다.
{Y4}

YouTube의 법적 삭제 요청 처리에 관한 자세한 내용은 https://support.google.com/youtube/answer/6154232 를 참고하세요.

감사합니다.
Google 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals reply in Korean: local-law geo-restriction vs global guideline removal",
     why="two videos restricted in Korea, one short removed, the channel terminated; the support link is not an item",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "removed"})

case(name="yt-legal-receipt", from_="legal-noreply@google.com",
     name_from="Google Legal", date="Wed, 04 Sep 2024 01:03:11 +0000",
     subject="[4-1187000029361] 요청 접수 확인 - KCSC-240904-03",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요.

Google에서 귀하의 법적 삭제 요청을 접수했습니다.
참조 번호: 4-1187000029361

요청을 검토하는 데 시간이 걸릴 수 있습니다. 검토가 끝나면 이 참조 번호로 다시 연락드리겠습니다.
이 이메일에는 회신하지 마세요.

Google 법무팀
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal request receipt with a reference number",
     why="receipt only: no statement about any item")

case(name="yt-english-age-terminated", from_="trust-safety@youtube.com",
     name_from="YouTube Trust & Safety", date="Fri, 06 Sep 2024 19:44:05 +0000",
     subject="Re: KCSC-240904-03 - update on reported content", reply_to_req=mid("KCSC-240904-03"),
     body=f"""
Hello,

Thanks for your patience. Here is an update on part of your request.

{Y2}
We have age-restricted this video. It remains available to signed-in viewers 18 and over.

{Y4}
This channel has been terminated for repeated violations of our spam, deceptive practices and scams policies.

The remaining items in your request are still being reviewed and we will follow up separately.

Best regards,
YouTube Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube T&S English update: URL line then outcome sentence, rest 'still being reviewed'",
     why="one video age-restricted (restricted), the channel terminated (removed); the rest is unnamed and still under review",
     items={Y2: "restricted", Y4: "removed"})

case(name="yt-report-echo-outcomes", from_="no-reply@youtube.com",
     name_from="YouTube", date="Thu, 05 Sep 2024 06:30:48 +0000",
     subject=b_hdr("YouTube 신고 검토 결과 안내"),
     body=f"""
신고해 주셔서 감사합니다.

YouTube 신고 검토 결과를 알려드립니다. (요청 참조: KCSC-240904-03)

──────────────
신고하신 콘텐츠
  동영상: {Y3}
  신고 사유: 스팸 또는 사기
결과: 검토 결과 이 콘텐츠가 커뮤니티 가이드를 위반하여 YouTube에서 삭제했습니다.
──────────────
신고하신 콘텐츠
  동영상: {Y1}
  신고 사유: 스팸 또는 사기
결과: 검토 결과 이 콘텐츠는 커뮤니티 가이드를 위반하지 않는 것으로 확인되어 게시 상태가 유지됩니다.
──────────────

커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube report-outcome mail echoing each report (content, reason) with its result",
     why="thanks phrase plus unhedged outcomes: the short removed, the other video kept as not violating (rejected)",
     items={Y3: "removed", Y1: "rejected"})

case(name="yt-forged-channel-removed", from_="no-reply@youtube.com", auth="fail",
     name_from="YouTube", date="Sat, 07 Sep 2024 03:15:00 +0000",
     subject="Your report: channel removed",
     body=f"""
안녕하세요,

신고하신 채널 {Y4} 이(가) 삭제되었습니다.
YouTube를 안전하게 지켜주셔서 감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="spoofed YouTube report-outcome notice (DMARC fail)",
     why="youtube.com sender failing authentication: nothing applied",
     items={Y4: "pending"})

# ================================================================ DC Inside R4
case(name="dc-informal-arrows", from_="help@dcinside.com",
     name_from=b_hdr("디시인사이드 운영팀"), date="Fri, 06 Sep 2024 15:02:41 +0900",
     subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청", reply_to_req=mid("KCSC-240905-04"),
     body=f"""
안녕하세요 디시인사이드 운영팀입니다.
말씀하신 글들 확인해서 아래처럼 처리했습니다.

- {D1} → 삭제
- {D2} → 이미 작성자가 지운 글이라 남아있는 게 없습니다
- {D3} → 위와 같음 (작성자 삭제)
- {D4} → 실명이나 연락처 같은 개인정보는 안 보여서 삭제 안 하고 둡니다

더 필요하신 거 있으면 말씀 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply, one URL per line with '→ result'",
     why="D1 deleted, two already deleted by their authors, D4 kept because no personal data is visible",
     items={D1: "removed", D2: "not_found", D3: "not_found", D4: "rejected"})

case(name="dc-minor-gallery-manager-gmail", from_="stockus.mgr@gmail.com",
     name_from=b_hdr("주식 미갤 매니저"), date="Thu, 05 Sep 2024 22:19:03 +0900",
     subject="Re: [KCSC-240905-04] 개인정보 노출 게시물 삭제 요청",
     body=f"""
미국주식 마이너 갤러리 매니저입니다. 디시 쪽에서 전달받았습니다.

{D2}
{D3}

두 글 매니저 권한으로 삭제했고 작성자는 차단했습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="minor-gallery manager (a user) answering from a personal gmail.com address",
     why="gmail.com is no platform's sender domain; a gallery manager is not DC Inside",
     items={D2: "pending", D3: "pending"})

case(name="dc-html-base64-links", from_="help@dcinside.com",
     name_from=b_hdr("디시인사이드 고객센터"), date="Mon, 09 Sep 2024 11:35:12 +0900",
     subject=b_hdr("[디시인사이드] 게시물 조치 결과 안내"), reply_to_req=mid("KCSC-240905-04"),
     raw_mime=b64_part(f"""<html><body>
<p>안녕하세요. 디시인사이드 고객센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240905-04) 건 중 아래 게시물을 조치하였습니다.</p>
<ol>
<li><a href="{D1.replace('&', '&amp;')}">야구 갤러리 9871234번 게시물</a> : 삭제 및 작성자 IP 차단</li>
<li><a href="{D4.replace('&', '&amp;')}">인터넷방송 갤러리 301877번 게시물</a> : 삭제</li>
</ol>
<p>나머지 게시물은 확인 중이며 결과가 나오는 대로 알려드리겠습니다.</p>
<p>디시인사이드 고객센터 드림</p>
</body></html>
""", ctype="html"),
     outcome="applied", classification="confirmation",
     imitates="base64 HTML notice whose links carry the URLs only in href, with Korean link text",
     why="the two hrefs are requested URLs, each with 삭제; 'the rest is being checked' names nothing",
     items={D1: "removed", D4: "removed"})

case(name="dc-chuseok-autoreply", from_="help@dcinside.com",
     name_from=b_hdr("디시인사이드 고객센터"), date="Sat, 14 Sep 2024 09:00:05 +0900",
     subject=b_hdr("[자동응답] 추석 연휴 고객센터 휴무 안내"),
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     reply_to_req=mid("KCSC-240905-04"),
     body="""
안녕하세요. 디시인사이드 고객센터입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간에는 고객센터 운영을 쉽니다.
접수된 문의는 9월 19일(목)부터 순서대로 답변드리겠습니다.

즐거운 명절 보내세요.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean holiday (추석 연휴) closure auto-reply",
     why="auto-reply about the help desk's holiday, no statement")

case(name="dc-qp-gongmun", from_="legal@dcinside.com",
     name_from=b_hdr("㈜디시인사이드 법무팀"), date="Wed, 11 Sep 2024 16:40:00 +0900",
     subject=b_hdr("시정요구(KCSC-240905-04)에 대한 조치결과 알림"), reply_to_req=mid("KCSC-240905-04"),
     raw_mime=qp_part(f"""
수신: 방송통신심의위원회 위원장
제목: 시정요구에 대한 조치결과 알림

1. 관련: 귀 위원회 시정요구 KCSC-240905-04 (2024. 9. 5.)
2. 위 관련 시정요구에 따라 당사가 조치한 결과를 다음과 같이 알려드립니다.

  가. 대상: {D1}
      결과: 삭제
  나. 대상: {D2}
      결과: 삭제
  다. 대상: {D3}
      결과: 삭제
  라. 대상: {D4}
      결과: 게시물 없음 (확인 시점에 이미 삭제됨)

㈜디시인사이드 대표이사. 끝.
"""),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable 공문 '조치결과 알림' with 가/나/다/라 대상·결과 pairs",
     why="four 대상/결과 pairs: three 삭제, one 게시물 없음 (already gone)",
     items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"})

# ================================================================ Band R5
_csv2 = ("No,게시글 URL,처리 결과,처리 일시\n"
         f"1,{B1},게시글 삭제,2024-09-09 14:10\n"
         f"2,{B2},게시글 삭제,2024-09-09 14:11\n"
         f"3,{B3},확인 불가(밴드 삭제됨),2024-09-09 14:15\n")
case(name="band-csv-report", from_="report@band.us",
     name_from="BAND", date="Mon, 09 Sep 2024 15:00:07 +0900",
     subject="[BAND] KCSC-240906-05 신고 처리 결과", reply_to_req=mid("KCSC-240906-05"),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_band_3c9e1a"

--=_band_3c9e1a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요, 밴드 운영팀입니다.
요청하신 게시글 3건의 처리 결과를 첨부 파일로 보내드립니다.

--=_band_3c9e1a
Content-Type: text/csv; charset=UTF-8; name="band_result_20240909.csv"
Content-Disposition: attachment; filename="band_result_20240909.csv"
Content-Transfer-Encoding: base64

{b64_bytes(_csv2.encode('utf-8'))}
--=_band_3c9e1a--
""",
     outcome="applied", classification="confirmation",
     imitates="BAND ops result sent as a base64 CSV attachment",
     why="CSV: two posts deleted, the third cannot be checked because the band itself was deleted",
     items={B1: "removed", B2: "removed", B3: "not_found"})

case(name="band-bulk-three", from_="report@band.us",
     name_from="BAND", date="Tue, 10 Sep 2024 10:20:31 +0900",
     subject="Re: [KCSC-240906-05] 의약품 불법 판매 게시글 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
     body="""
안녕하세요, 밴드 운영팀입니다.

신고하신 게시글 3건 모두 운영정책 위반으로 삭제 조치하였습니다.
앞으로도 건전한 밴드 환경을 위해 노력하겠습니다.

감사합니다.
""",
     outcome="review", review="bulk",
     imitates="BAND one-line 'all N reported posts deleted' reply",
     why="'3건 모두 삭제' for a three-item request without naming any post: bulk",
     items={B1: "pending", B2: "pending", B3: "pending"})

case(name="band-url-then-result", from_="report@band.us",
     name_from="BAND", date="Mon, 09 Sep 2024 18:45:50 +0900",
     subject="Re: [KCSC-240906-05] 의약품 불법 판매 게시글 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
     body=f"""
안녕하세요, 밴드 운영팀입니다.

{B3}
→ 해당 게시글은 삭제되었으며, 게시한 멤버는 밴드 이용이 정지되었습니다.

{B1}
{B2}
→ 두 게시글 모두 전문의약품 불법 판매 게시물로 확인되어 삭제했습니다.

밴드 운영정책: https://band.us/policy/operation
""",
     outcome="applied", classification="confirmation",
     imitates="BAND reply with URLs first and the result on the line below",
     why="one URL with its own result, then two named URLs sharing one 삭제 result; each is named, so not bulk",
     items={B3: "removed", B1: "removed", B2: "removed"})

case(name="band-angle-mixed-kept", from_="report@band.us",
     name_from="BAND", date="Wed, 11 Sep 2024 13:12:09 +0900",
     subject="Re: [KCSC-240906-05] 의약품 불법 판매 게시글 삭제 요청", reply_to_req=mid("KCSC-240906-05"),
     body=f"""
안녕하세요. 밴드 운영팀입니다. 요청하신 게시글 검토 결과입니다.

<{B3}> : 게시글 삭제
<{B2}> : 신고 사유(의약품 불법 판매)에 해당하지 않아 게시글을 유지합니다.
  (건강기능식품 섭취 후기이며 판매·구매 안내가 없습니다.)

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="BAND reply, URLs in angle brackets with ' : result'",
     why="one post deleted, the other kept with its reason (rejected)",
     items={B3: "removed", B2: "rejected"})

corpuslib_header = """# Blind set 671 (Korean portals: NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
# DC Inside, BAND). Written from each email's meaning before any run of the
# reader; generated by make.py. See NOTES.md."""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        if c.get("reply_to_req"):
            c["reply_to_req"] = c["reply_to_req"]
        cases.append(c)
    corpuslib.write_set(HERE, "blind671", corpuslib_header, cases)


if __name__ == "__main__":
    main()
