#!/usr/bin/env python3
"""Blind set 911 (Korean portals and communities: NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND; 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind911/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind911"


def enc(s):
    """RFC 2047 encoded word for a header value (deterministic)."""
    return Header(s, "utf-8").encode()


def pct(url):
    """The percent-encoded form stored in requests.csv for a Korean path."""
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/:?=&@")


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/lucky_toto77/223560114401",
    "https://blog.naver.com/lucky_toto77/223560118822",
    "https://blog.naver.com/mintslot_kr/223558870015",
    "https://cafe.naver.com/sportspick365/18823",
    "https://cafe.naver.com/sportspick365/18830",
    "https://cafe.naver.com/sportspick365/19002",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60609&docId=471220356",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38551201&memberNo=55102934",
    "https://blog.naver.com/casino_daily/223561771230",
    "https://cafe.naver.com/bettingroom/77120",
    "https://m.blog.naver.com/wintoto_kr/223562004417",
    "https://tv.naver.com/v/58813207",
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12 = N
NS = "https://blog.naver.com/yakpum_direct/223570045512"

# Tistory slugs are Korean: written raw in the emails, stored percent-encoded.
K1 = "https://coinleader.tistory.com/entry/무료-리딩방-입장-안내"
K2 = "https://coinleader.tistory.com/entry/수익-인증-후기-모음"
K3 = "https://cafe.daum.net/stockvip2024/Ab12/331"
K4 = "https://cafe.daum.net/stockvip2024/Ab12/347"
K5 = "https://open.kakao.com/o/gT9xQ2be"
K = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm3vT8aLx2c"
Y2 = "https://www.youtube.com/watch?v=bR7nK0pZs4E"
Y3 = "https://www.youtube.com/shorts/Hx2LmW9q1Tk"
Y4 = "https://www.youtube.com/@jinsil_tv_kr"
Y = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/mgallery/board/view/?id=issuezoom&no=88214"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=issuezoom&no=88230"
D3 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=5120994"
D4 = "https://gall.dcinside.com/mini/board/view/?id=leakinfo&no=1207"
D = [D1, D2, D3, D4]
DS = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9912034"

B1 = "https://band.us/band/81552310/post/412"
B2 = "https://band.us/band/81552310/post/415"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     N, "gambling", "req-240903-01", "불법 도박 홍보 (블로그·카페·지식iN·포스트·TV)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     K, "fraud", "req-240905-02", "주식·코인 리딩방 사기 유인 (티스토리·다음카페·오픈채팅)"),
    ("KCSC-240909-03", "youtube", "2024-09-09T11:00:00+09:00", "2024-09-19T18:00:00+09:00",
     Y, "defamation", "req-240909-03", "허위사실 유포 영상 및 채널"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     D, "privacy", "req-240910-04", "개인정보(신상) 유포 게시글"),
    ("KCSC-240911-05", "band", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [B1, B2], "obscenity", "req-240911-05", "공개 밴드 음란물 게시글"),
    ("KCSC-240912-06", "naver", "2024-09-12T10:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [NS], "drugs", "req-240912-06", "전문의약품 불법 판매 블로그 글"),
    ("KCSC-240913-07", "dcinside", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [DS], "privacy", "req-240913-07", "야구 갤러리 신상 유포 글"),
]


for _u in N + [NS, K3, K4, K5] + Y + D + [DS, B1, B2]:
    assert pct(_u) == _u, _u


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, pct(u), cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(body, ctype="plain"):
    data = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{data}")


def b64_part(body, ctype="plain", extra=""):
    data = base64.encodebytes(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8{extra}\n"
            f"Content-Transfer-Encoding: base64\n\n{data}")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").splitlines())


def our_request(ref, urls, date):
    lines = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return (f"귀사의 서비스에 게재된 아래 정보는 정보통신망법 제44조의7에 따른 불법정보로\n"
            f"심의·의결되었으므로 시정요구(해당 정보의 삭제 또는 접속차단)를 통보합니다.\n"
            f"관리번호: {ref}\n\n{lines}\n\n"
            f"조치 결과를 회신하여 주시기 바랍니다.\n방송통신심의위원회 통신심의국")


FROM_NAVER = enc("네이버 정책지원팀")
FROM_KAKAO = enc("카카오 권리침해신고센터")

cases = []


def case(**kw):
    # expected.toml names items exactly as requests.csv stores them
    # (percent-encoded Korean paths); the emails may write them raw.
    kw["items"] = {pct(u): st for u, st in kw.get("items", {}).items()}
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-result-table-all12",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[공문] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req="req-240903-01",
    body=f"""
네 이 버 주 식 회 사

수신  방송통신심의위원회 위원장 (경유: 통신심의국)
참조  불법정보 시정요구 담당자
제목  시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 통보하신 불법 도박 정보 시정요구와 관련하여
   당사 서비스 내 해당 정보에 대하여 아래와 같이 조치하였음을 회신합니다.

 연번 | 대상 URL | 조치결과 | 비고
 -----+----------+----------+-----
 1 | {N1} | 삭제 |
 2 | {N2} | 삭제 |
 3 | {N3} | 게시중단(블라인드) |
 4 | {N4} | 삭제 | 카페 매니저 경고
 5 | {N5} | 임시조치 | 권리침해 신고 건과 병합
 6 | {N6} | 기삭제 | 작성자 자진 삭제
 7 | {N7} | 삭제 | 질문·답변 일괄
 8 | {N8} | 조치불가 | 도박 홍보 내용 미확인(경기 일정 안내글)
 9 | {N9} | 삭제 |
 10 | {N10} | 국내 접속차단 |
 11 | {N11} | 게시물 없음 | 유효하지 않은 URL
 12 | {N12} | 비공개 처리 |

붙임  없음.  끝.

네이버 주식회사 대표이사 (직인생략)

담당: 정책지원팀 박서윤 / 전화 031-0000-1234
시행: 정책지원-2024-0906-17 (2024. 9. 6.)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 수신/참조/제목 header, numbered paragraphs, 조치결과 table, 끝., 직인생략",
    why="Trusted NAVER 공문 gives an item-level result for all twelve URLs of the request.",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "restricted",
           N11: "not_found", N12: "removed"},
)

html_tbl = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 불법정보 대응 담당자입니다.</p>
<p>관리번호 KCSC-240903-01 건 중 1차 조치가 끝난 게시물의 결과를 아래 표로 알려드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="{N4}">{N4}</a></td><td>임시조치(30일)</td><td>2024.09.04</td></tr>
<tr><td>4</td><td><a href="{N6}">{N6}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N8}">{N8}</a></td><td>위반 소지 없음 (게시 유지)</td><td>2024.09.05</td></tr>
</table>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a></p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-table-qp-partial",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    **{"from": "noreply-policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[네이버] 불법정보 조치 결과 안내 (KCSC-240903-01, 1차)"),
    raw_mime=qp_part(html_tbl, "html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML result notice with a 처리 결과 table, quoted-printable, first of two batches",
    why="HTML table row by row: deleted, 임시조치, non-existent post, no violation (kept); policy link is not an item.",
    items={N1: "removed", N2: "removed", N4: "restricted", N6: "not_found", N8: "rejected"},
)

case(
    name="naver-cafe-blind-prose",
    date="Wed, 04 Sep 2024 17:21:09 +0900",
    **{"from": "cafe_policy@navercorp.com"}, name_from=enc("네이버 카페 운영정책 담당"),
    subject=enc("RE: [KCSC-240903-01] 불법 도박 정보 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

말씀하신 sportspick365 카페 게시글 가운데 {N4} 과
{N5} 은 스포츠 도박 사이트로 회원을 유도하는 홍보 글로 확인되어
오늘 오후 블라인드 처리하였습니다.

{N6} 는 저희가 확인했을 때 이미 작성자가 직접 삭제한 상태였습니다.

카페 측에는 운영원칙 위반 안내를 함께 발송했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply in prose (블라인드 처리, 작성자 삭제)",
    why="Two cafe posts blinded (removed), the third already deleted by its author (not_found).",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

csv_att = "번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{N1},삭제완료,2024-09-05 10:12",
    f"2,{N2},삭제완료,2024-09-05 10:12",
    f"3,{N9},국내 접근제한,2024-09-05 10:40",
    f"4,{N10},삭제완료,2024-09-05 11:05",
    f"5,{N11},게시물 없음,-",
    f"6,{N12},위반사항 없음(게시 유지),2024-09-05 14:30",
]) + "\n"
case(
    name="naver-csv-attachment",
    date="Thu, 05 Sep 2024 15:10:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("KCSC-240903-01 조치결과 송부"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b911_csv_1"

--=_b911_csv_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
시정요구 KCSC-240903-01 건의 게시물별 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀

--=_b911_csv_1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_att.encode("utf-8")).decode("ascii")}
--=_b911_csv_1--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal result sheet sent as a CSV attachment (번호,URL,처리결과,처리일시)",
    why="CSV rows give one result per URL: deleted, restricted in Korea, no post, kept (no violation).",
    items={N1: "removed", N2: "removed", N9: "restricted", N10: "removed", N11: "not_found", N12: "rejected"},
)

case(
    name="naver-single-item-sole-statement",
    date="Fri, 13 Sep 2024 09:48:31 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("Re: [KCSC-240912-06] 전문의약품 불법 판매 게시물 시정요구"),
    reply_to_req="req-240912-06",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물은 약사법 위반 소지가 있는 전문의약품 판매 게시물로 확인되어
2024년 9월 13일 오전 삭제 조치하였습니다.
해당 블로그에는 이용제한 조치도 함께 진행하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short reply to a one-item request, no URL repeated",
    why="Reply in the thread of a one-item request: its only statement (deleted) applies to that item.",
    items={NS: "removed"},
)

case(
    name="naver-topposted-over-original",
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="Han Jiwoo",
    subject="RE: [KCSC-240903-01] " + enc("시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
담당자님 안녕하세요,

문의하신 두 건 결과 공유드립니다.

{N9} -- 삭제 완료
{N10} -- 임시조치(30일) 진행

나머지 건은 지난주 공문으로 회신드린 내용과 같습니다.

한지우 드림
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 5:02 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구

{our_request("KCSC-240903-01", N, "2024-09-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply over the regulator's original request",
    why="Two URLs with results above the quote; the quoted twelve-URL request below -----Original Message----- says nothing.",
    items={N9: "removed", N10: "restricted"},
)

case(
    name="naver-url-below-statement",
    date="Sat, 07 Sep 2024 13:30:55 +0900",
    **{"from": "noreply@naver.com"}, name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 게시물 조치 결과를 알려드립니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물(관리번호 KCSC-240903-01)에 대한 조치 결과입니다.

아래 게시물은 운영정책 위반으로 비공개 처리되었습니다.
{N8}

아래 게시물은 국내 이용자의 접근이 제한되었습니다.
{N11}

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre notice: statement line, URL on the line below",
    why="Each statement line is followed by its URL: post made private (removed), blog restricted in Korea.",
    items={N8: "removed", N11: "restricted"},
)

case(
    name="naver-base64-body-kept-and-deleted",
    date="Tue, 10 Sep 2024 14:05:17 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[KCSC-240903-01] 네이버TV 영상 및 블로그 게시물 검토 결과"),
    raw_mime=b64_part(f"""
안녕하세요. 네이버 정책지원팀입니다.

요청 주신 건 중 두 건의 검토 결과를 말씀드립니다.

1) {N12}
   해당 영상은 스포츠 경기 하이라이트 영상으로, 도박 사이트 홍보나
   링크 게재가 확인되지 않았습니다. 운영정책 위반에 해당하지 않아
   게시를 유지합니다.

2) {N3}
   도박 사이트 가입 코드가 포함된 게시물로 확인되어 삭제 처리했습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER review result in a base64-encoded body: one kept with its reason, one deleted",
    why="Video kept because no rule is broken (rejected with reason); blog post deleted (removed).",
    items={N12: "rejected", N3: "removed"},
)

case(
    name="naver-receipt-plus-results",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[접수 안내] KCSC-240903-01 시정요구 접수 및 1차 조치"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구는 접수번호 NV-20240904-000871 로 정상 접수되었습니다.

아울러 아래 블로그 게시물 2건은 접수 즉시 게시중단 처리를 완료하였음을 알려드립니다.
 - {N1}
 - {N2}

나머지 게시물은 담당 부서 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean receipt notice (접수번호) that also reports a first action",
    why="Receipt wording plus unhedged item-level statements (게시중단 완료) is not a pure acknowledgement.",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-fullwidth-punct-particles",
    date="Thu, 05 Sep 2024 18:44:02 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("회신: KCSC-240903-01 블로그·카페 게시물 조치"),
    body=f"""
수고 많으십니다. 네이버 정책지원팀입니다.

{N3}는 운영정책 위반으로 삭제되었습니다.

그 외 처리 내역：
① {N9}（삭제）
② {N10}（국내 접속 차단）

이상입니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean staff reply with URLs glued to particles (는) and full-width brackets/colon",
    why="Particle and full-width punctuation are not part of the URLs; deleted, deleted, blocked in Korea.",
    items={N3: "removed", N9: "removed", N10: "restricted"},
)

case(
    name="naver-kin-outlook-korean-quote",
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    **{"from": "kin_ops@navercorp.com"}, name_from=enc("네이버 지식iN 운영"),
    subject=enc("회신: [KCSC-240903-01] 시정요구"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 지식iN 운영 담당입니다.

요청하신 건 중 지식iN 질문글
{N7}
은 삭제하였고, 여기에 달린 답변 3건도 함께 비노출 처리했습니다.

감사합니다.

________________________________
보낸 사람: KCSC Takedown <takedown@kcsc.example>
보낸 날짜: 2024년 9월 3일 화요일 오전 10:00
받는 사람: policy@navercorp.com
제목: [KCSC-240903-01] 시정요구

{our_request("KCSC-240903-01", N, "2024-09-03")}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply (보낸 사람/보낸 날짜 block) over the original request",
    why="Only the 지식iN question is stated deleted above the quoted request; quoted URLs are not statements.",
    items={N7: "removed"},
)

# ---------------------------------------------------------------- Kakao
case(
    name="kakao-tistory-imsi-notice",
    date="Fri, 06 Sep 2024 10:03:11 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=FROM_KAKAO,
    subject=enc("[카카오] 게시물 임시조치 결과 안내 (KCSC-240905-02)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래 티스토리 게시물에 대하여 30일간 임시조치(게시물 접근 차단)를 진행하였습니다.

- {K1}
- {K2}

임시조치 기간 동안 게시자의 재게시 요청이 없을 경우 해당 게시물은 삭제됩니다.
임시조치 제도 안내: https://cs.kakao.com/helps?service=tistory

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="Both Tistory posts under 임시조치 now (restricted); the later deletion is conditional, not a statement.",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-daum-cafe-angle-brackets",
    date="Fri, 06 Sep 2024 14:27:50 +0900",
    **{"from": "cafe_cs@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    subject=enc("Re: [KCSC-240905-02] 다음카페 게시글 시정요구"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

<{K3}>은 카페 운영원칙(불법 금융 투자 권유) 위반으로 삭제하였고,
<{K4}>은 확인 결과 이미 삭제된 게시글이라 별도 조치가 필요하지 않았습니다.

해당 카페에는 게시판 운영 경고를 발송했습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with URLs in angle brackets followed by a Korean particle",
    why="One post deleted (removed), the other already gone (not_found).",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-openchat-closed",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    **{"from": "openchat-safety@kakaocorp.com"}, name_from=enc("카카오 오픈채팅 운영"),
    subject=enc("KCSC-240905-02 오픈채팅방 조치 결과"),
    body=f"""
안녕하세요. 카카오 오픈채팅 운영 담당입니다.

요청하신 오픈채팅방({K5})은 투자 사기 유인 목적으로
운영된 것이 확인되어 카카오 운영정책에 따라 영구 이용 제한 및 채팅방 종료 처리되었습니다.
현재 해당 링크로는 입장할 수 없습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao open chat operations notice (영구 이용 제한, 채팅방 종료)",
    why="The open chat room was shut down and cannot be entered: removed. The policy link is not an item.",
    items={K5: "removed"},
)

case(
    name="kakao-numbered-all-five",
    date="Wed, 11 Sep 2024 17:45:00 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=FROM_KAKAO,
    subject=enc("[회신] 시정요구 KCSC-240905-02 조치결과"),
    reply_to_req="req-240905-02",
    body=f"""
방송통신심의위원회 담당자님께,

시정요구 KCSC-240905-02 에 대한 게시물별 조치 결과를 회신드립니다.

1. {K1}
   → 임시조치 기간 중 게시자 소명 없음, 삭제 완료
2. {K2}
   → 삭제 완료
3. {K3}
   → 검토 결과 투자 권유·사기 유인 정황이 확인되지 않아 게시를 유지합니다
4. {K4}
   → 삭제 완료
5. {K5}
   → 해당 오픈채팅방은 존재하지 않습니다 (이미 종료된 방)

문의사항은 본 메일로 회신 부탁드립니다.
카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao numbered result list, status on the line below each URL",
    why="Five URLs each with a result below it: deleted, deleted, kept with reason, deleted, no such room.",
    items={K1: "removed", K2: "removed", K3: "rejected", K4: "removed", K5: "not_found"},
)

case(
    name="kakao-echoed-report-form",
    date="Mon, 09 Sep 2024 09:30:00 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 신고하신 내용의 처리 결과입니다"),
    body=f"""
신고하신 내용에 대한 처리 결과를 안내드립니다.

[신고 내용]
접수번호 : KR-2409-5531842
신고 유형 : 불법정보 > 금융 사기
신고 URL : {K2}
신고인 : 방송통신심의위원회 (KCSC-240905-02)

[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시물 삭제
처리 일시 : 2024-09-08 22:14

카카오는 안전한 서비스 환경을 위해 노력하겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre result mail echoing the report form ([신고 내용]/[처리 결과])",
    why="Echoed report with one URL and its outcome 게시물 삭제.",
    items={K2: "removed"},
)

case(
    name="kakao-gmail-quote-one-of-five",
    date="Fri, 06 Sep 2024 18:02:33 +0900",
    **{"from": "minji.seo@kakaocorp.com"}, name_from="Seo Minji",
    subject="Re: [KCSC-240905-02] " + enc("시정요구"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 카카오 서민지입니다.

문의하신 건 중 3번 다음카페 게시글({K3}) 은
오늘 삭제했습니다. 나머지 건은 담당 부서에서 확인하고 있어서 정리되는 대로 말씀드릴게요.

2024년 9월 5일 (목) 오후 2:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(our_request("KCSC-240905-02", K, "2024-09-05"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
    why="One item stated deleted above the quote; the rest are 'being checked' (pending) and only quoted.",
    items={K3: "removed"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="youtube-kr-legal-korean",
    date="Thu, 12 Sep 2024 20:14:09 +0900",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    subject=enc("[YouTube] 법적 요청 검토 결과 - KCSC-240909-03"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청을 검토했습니다.

검토 결과, 아래 동영상은 대한민국 법률에 따라 대한민국 내에서 액세스를 차단했습니다.
{Y1}

아래 동영상은 YouTube 커뮤니티 가이드(괴롭힘 및 사이버 폭력) 위반으로 삭제되었습니다.
{Y2}

YouTube의 법적 요청 처리 방법은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome in Korean (local-law block in Korea vs. Community Guidelines removal)",
    why="One video blocked in Korea (restricted), one removed for guidelines; the help link is not an item.",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="youtube-channel-terminated-short-geoblocked",
    date="Fri, 13 Sep 2024 03:41:27 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="Re: KCSC-240909-03 - legal removal request",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Thank you for your patience while we reviewed your request.

We have terminated the channel https://www.youtube.com/@jinsil_tv_kr for
repeated violations of our harassment and cyberbullying policy.

The Short at {Y3} has been blocked from view in
South Korea based on local law.

You can learn more about how we handle government requests here:
https://transparencyreport.google.com/government-removals

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team English outcome: channel termination and country-level block",
    why="Channel terminated (removed), Short blocked in South Korea (restricted); transparency link is not an item.",
    items={Y4: "removed", Y3: "restricted"},
)

case(
    name="youtube-age-restricted-and-kept",
    date="Mon, 16 Sep 2024 08:05:51 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="Your request KCSC-240909-03: outcome for two videos",
    body=f"""
Hi,

We've completed our review of the following videos from your request KCSC-240909-03.

- {Y2}
  We've applied an age restriction to this video. It is no longer viewable
  by signed-out users or users under 18.

- {Y1}
  After careful review we did not find that this video violates our
  Community Guidelines or local law, so we are not taking action and it
  remains available on YouTube.

If you have new information, you may submit a new request.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome: age restriction applied; no violation found, content stays up",
    why="Age restriction is restricted; 'did not find ... remains available' is a refusal with its reason (rejected).",
    items={Y2: "restricted", Y1: "rejected"},
)

case(
    name="youtube-invalid-url",
    date="Wed, 11 Sep 2024 06:30:00 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="KCSC-240909-03 - unable to locate content",
    body=f"""
Hello,

We could not locate any content at the following URL from your request:

{Y3}

The video ID is not valid or the video no longer exists on YouTube, so there
is nothing for us to act on. The remaining URLs in your request are still
with our team.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'could not locate content' reply for an invalid video URL",
    why="A clear not-found statement for one named URL; the others are still under review (pending).",
    items={Y3: "not_found"},
)

yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of request <b>KCSC-240909-03</b>.</p>
<table cellspacing="0" cellpadding="6" border="1">
<thead><tr><th>Content</th><th>Action</th></tr></thead>
<tbody>
<tr><td>{Y1}</td><td>Blocked in South Korea</td></tr>
<tr><td>{Y2}</td><td>Removed</td></tr>
<tr><td>{Y3}</td><td>No action &ndash; not in violation of our policies</td></tr>
<tr><td>{Y4}</td><td>Channel terminated</td></tr>
</tbody></table>
<p>See <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">our Community Guidelines</a>.</p>
<p>&mdash; YouTube Trust &amp; Safety</p>
</body></html>"""
yt_txt = f"""Hello,

Below is the outcome of our review of request KCSC-240909-03.

{Y1} : Blocked in South Korea
{Y2} : Removed
{Y3} : No action - not in violation of our policies
{Y4} : Channel terminated

- YouTube Trust & Safety
"""
case(
    name="youtube-html-table-alternative",
    date="Wed, 18 Sep 2024 01:12:44 +0000",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Outcome of your request KCSC-240909-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-b911-alt"

--yt-b911-alt
{qp_part(yt_txt)}
--yt-b911-alt
{qp_part(yt_html, "html")}
--yt-b911-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety outcome mail, multipart/alternative with an HTML table",
    why="Per-URL actions: blocked in Korea, removed, no action (not in violation), channel terminated.",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "removed"},
)

# ---------------------------------------------------------------- DC Inside
case(
    name="dc-operator-informal",
    date="Tue, 10 Sep 2024 13:52:00 +0900",
    **{"from": "master@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    subject=enc("RE: [KCSC-240910-04] 개인정보 유포 게시물"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요 디시인사이드입니다.

보내주신 이슈줌 마이너 갤러리 글 두 개
{D1}
{D2}
둘 다 개인정보 노출 글이라 삭제했고 작성자 IP도 차단해 뒀습니다.

나머지 두 개는 확인 중이에요. 수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Informal DC Inside operator reply (삭제했고, IP 차단)",
    why="Both listed posts deleted; the other two only said to be under check (not named).",
    items={D1: "removed", D2: "removed"},
)

case(
    name="dc-bullets-mixed",
    date="Wed, 11 Sep 2024 11:20:05 +0900",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
    subject=enc("[디시인사이드] KCSC-240910-04 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.
요청하신 게시물의 처리 결과는 다음과 같습니다.

· {D3} : 삭제 완료
· {D4} : 해당 미니 갤러리가 폐쇄되어 게시물이 존재하지 않습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-desk bullet list (삭제 완료 / 게시물이 존재하지 않습니다)",
    why="One post deleted, the other does not exist since its mini gallery was closed.",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="dc-single-item-sole",
    date="Sat, 14 Sep 2024 10:05:00 +0900",
    **{"from": "master@dcinside.com"}, name_from=enc("디시인사이드"),
    subject=enc("RE: [KCSC-240913-07] 시정요구 통보"),
    reply_to_req="req-240913-07",
    body="""
요청 주신 게시물 삭제 처리하였습니다.
추가로 같은 내용 재게시 여부도 모니터링하겠습니다.

디시인사이드 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Two-line DC Inside reply to a one-item request",
    why="Thread reply for a one-item request: the deletion is that item's.",
    items={DS: "removed"},
)

# ---------------------------------------------------------------- BAND
case(
    name="band-result-removed-and-missing",
    date="Fri, 13 Sep 2024 15:33:20 +0900",
    **{"from": "help@band.us"}, name_from=enc("BAND 고객센터"),
    subject=enc("[BAND] 게시글 신고 처리 결과 안내 (KCSC-240911-05)"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글에 대한 처리 결과를 알려드립니다.

■ {B1}
  처리 결과: 게시글 삭제 및 작성자 이용 제한

■ {B2}
  처리 결과: 게시글이 존재하지 않아 조치할 수 없었습니다. (작성자 삭제로 확인)

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre result notice (■ URL / 처리 결과)",
    why="First post deleted; second does not exist (deleted by its author): not_found.",
    items={B1: "removed", B2: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 15:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("Re: [KCSC-240903-01] 시정요구 관련"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 카페 게시물
{N4}
{N5}
{N6}
에 대해서는 카페 매니저 소명 절차를 거친 뒤 순차적으로 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising sequential action (순차적으로 조치할 예정)",
    why="A promise ('조치할 예정') names three items but states nothing: they stay pending.",
    items={N4: "pending", N5: "pending", N6: "pending"},
)

case(
    name="kakao-hedged-probably-deleted",
    date="Mon, 09 Sep 2024 13:40:00 +0900",
    **{"from": "cafe_cs@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    subject=enc("Re: [KCSC-240905-02] 확인 요청 건"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {K3} 는 이미 삭제된 것으로 보입니다.
{K4} 도 삭제되었을 수 있으나, 검색 결과에는 캐시가 한동안 남아 있을 수 있습니다.

정확한 처리 이력은 내부 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe staff reply hedging (삭제된 것으로 보입니다 / 삭제되었을 수 있으나)",
    why="'appears to be deleted' and 'may have been deleted' are hedges, not statements.",
    items={K3: "pending", K4: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[공문] KCSC-240903-01 시정요구 이행 완료 보고"),
    reply_to_req="req-240903-01",
    body="""
수신  방송통신심의위원회
제목  시정요구(KCSC-240903-01) 이행 완료 보고

1. 귀 위원회의 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 통보한 시정요구 대상 게시물 12건 전체에 대하여
   삭제 조치를 완료하였음을 보고합니다.  끝.

네이버 주식회사 대표이사 (직인생략)
""",
    outcome="review", review="bulk",
    imitates="Portal 공문 '이행 완료 보고' covering all items without listing them",
    why="'all 12 items deleted' without naming each, for a twelve-item request: bulk review, items pending.",
    items={u: "pending" for u in N},
)

case(
    name="youtube-bulk-english",
    date="Thu, 19 Sep 2024 02:00:00 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body="""
Hello,

We have removed all of the content identified in your request KCSC-240909-03.

Thank you for helping keep YouTube safe.

The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube one-line 'we removed all the content in your request'",
    why="A blanket statement for a four-item request without naming them: bulk review.",
    items={u: "pending" for u in Y},
)

case(
    name="naver-auth-fail-table",
    auth="fail",
    date="Thu, 05 Sep 2024 08:15:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[네이버] 시정요구 조치 결과 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

 No | URL | 결과
 1 | {N1} | 삭제
 2 | {N2} | 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result table from a message failing DKIM/SPF/DMARC",
    why="Claims from navercorp.com with dmarc=fail are not trusted: review, items pending.",
    items={N1: "pending", N2: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    **{"from": "kim.sy@hangyeol-law.example"}, name_from=enc("법무법인 한결 김서연 변호사"),
    subject=enc("KCSC-240905-02 관련 게시물 자진 삭제 통지"),
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 티스토리 블로그 coinleader 운영자의 대리인입니다.
귀 위원회의 시정요구(KCSC-240905-02)와 관련하여, 의뢰인이 아래 게시물 2건을
2024. 9. 9. 자진 삭제하였음을 알려드립니다.

1. {K1}
2. {K2}

법무법인 한결 담당 변호사 김서연
""",
    outcome="review", review="unknown_sender",
    imitates="Law firm letter on behalf of a blogger announcing self-deletion",
    why="Not the platform: a third party's word changes no status; names our request and URLs.",
    items={K1: "pending", K2: "pending"},
)

case(
    name="band-leader-gmail",
    date="Thu, 12 Sep 2024 22:48:10 +0900",
    **{"from": "haneul.band.leader@gmail.com"}, name_from=enc("하늘"),
    subject=enc("밴드 글 삭제했습니다"),
    body=f"""
안녕하세요 밴드 리더입니다
밴드 고객센터에서 연락받았는데요
말씀하신 글 두개 제가 지웠습니다

{B1}
{B2}

회원이 올린거라 몰랐어요 죄송합니다
""",
    outcome="review", review="unknown_sender",
    imitates="Informal note from a BAND group leader writing from a webmail address",
    why="The group leader is not BAND: an unknown sender naming requested URLs.",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-under-legal-review",
    date="Thu, 12 Sep 2024 18:00:00 +0900",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
    subject=enc("[디시인사이드] KCSC-240910-04 검토 현황"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240910-04 관련 아래 게시물은 현재 법무팀에서 검토 중입니다.
 - {D3}
 - {D4}

검토 결과는 확인되는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside status update: under legal review",
    why="'Under review' is no statement: named items stay pending.",
    items={D3: "pending", D4: "pending"},
)

case(
    name="kakao-asks-for-resolution-copy",
    date="Fri, 06 Sep 2024 09:05:00 +0900",
    **{"from": "right@kakaocorp.com"}, name_from=FROM_KAKAO,
    subject=enc("[카카오] KCSC-240905-02 관련 추가 자료 요청"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구 중 아래 티스토리 게시물에 대한 조치를 진행하기 위하여
심의 의결서 사본과 위반 법령 조항을 회신해 주시기 바랍니다.

- {K1}
- {K2}

자료가 접수되면 검토 후 조치 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for supporting documents (심의 의결서 사본) before acting",
    why="The platform asks for documents before acting: a person must answer; items pending.",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-speaks-for-band",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("BAND 게시글 조치 결과 (KCSC-240911-05)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 담당 부서로부터 전달받은 결과를 안내드립니다.

{B1} : 삭제
{B2} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team relaying results for BAND (a NAVER-group service with its own desk)",
    why="BAND items are stated by navercorp.com, not band.us: wrong platform, items pending (arguable, see NOTES).",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    date="Mon, 23 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("[안내] 불법정보 시정요구 접수 창구 변경"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 불법정보 시정요구 접수 창구가 변경됩니다.
앞으로 시정요구 공문은 아래 주소로 보내 주시기 바랍니다.

 - 접수 메일: kcsc-desk@navercorp.com
 - 긴급 건 연락처: 031-0000-5678 (평일 09~18시)

기존 메일 주소로 보내주신 건도 9월 말까지는 정상 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Portal notice of a changed intake address for 시정요구",
    why="Trusted NAVER mail naming no item and no request: a person should read it.",
    items={},
)

case(
    name="youtube-conditional-and-reviewing",
    date="Tue, 17 Sep 2024 04:20:00 +0000",
    **{"from": "youtube-legal@google.com"}, name_from="YouTube Legal",
    subject="KCSC-240909-03 - update",
    body=f"""
Hello,

Quick update on your request.

We have notified the uploader of {Y2}. If the uploader does not
remove the video within 48 hours, we will restrict it in South Korea.

{Y1} is still being reviewed by our local legal team.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim update: uploader notified, conditional action, still under review",
    why="A condition and 'still being reviewed' are not statements: items pending.",
    items={Y2: "pending", Y1: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    date="Thu, 12 Sep 2024 10:21:00 +0900",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="Han Jiwoo",
    subject=enc("[자동응답] 부재중입니다: [KCSC-240912-06] 전문의약품 불법 판매 게시물 시정요구"),
    reply_to_req="req-240912-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 한지우입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 시정요구 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시면
담당자가 확인 후 처리하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="An out-of-office reply says nothing about items.",
    items={},
)

dsn_orig = our_request("KCSC-240905-02", K, "2024-09-05")
case(
    name="kakao-dsn-user-unknown",
    date="Thu, 05 Sep 2024 14:30:41 +0900",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b911-kakao"

--dsn-b911-kakao
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <abuse-kr@kakaocorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-b911-kakao
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 14:30:39 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-b911-kakao
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@kakaocorp.com
Subject: {enc("[KCSC-240905-02] 시정요구")}
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 14:30:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn-b911-kakao--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="A bounce carrying our own request: its URLs are our text, not statements.",
    items={},
)

case(
    name="youtube-ticket-receipt",
    date="Mon, 09 Sep 2024 02:05:13 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="We've received your request [8-3104000035521]",
    body="""
Hello,

Thanks for contacting YouTube. We've received your legal request and a member
of our team will review it. Your case ID is 8-3104000035521; please keep it in
the subject line of any reply.

Due to the volume of requests, review times may vary. You don't need to
resubmit your request.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal support case-ID receipt",
    why="Pure acknowledgement with a case ID, no statement about any item.",
    items={},
)

case(
    name="dc-mdn-read",
    date="Tue, 10 Sep 2024 09:58:02 +0900",
    **{"from": "master@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    subject=enc("읽음: [KCSC-240910-04] 개인정보 유포 게시물"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b911-dc"

--mdn-b911-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: master@dcinside.com
제목: [KCSC-240910-04] 개인정보 유포 게시물
보낸 날짜: 2024-09-10 09:30

이 확인은 받는 사람의 컴퓨터에 메시지가 표시되었음을 의미합니다.
받는 사람이 메시지를 읽었거나 내용을 이해했다는 보장은 없습니다.

--mdn-b911-dc
Content-Type: message/disposition-notification

Reporting-UA: master@dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;master@dcinside.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b911-dc--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as multipart/report MDN",
    why="A read receipt carries no statement.",
    items={},
)

case(
    name="naver-receipt-only",
    date="Tue, 03 Sep 2024 10:05:30 +0900",
    **{"from": "noreply@naver.com"}, name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240903-01)"),
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 시정요구가 정상적으로 접수되었습니다.
 - 접수번호: NV-20240903-000412
 - 접수일시: 2024-09-03 10:05

담당 부서에서 검토한 뒤 처리 결과를 별도로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre receipt (접수번호) with a promise of a later answer",
    why="Pure receipt; the promise to answer later is no statement about items.",
    items={},
)

case(
    name="band-ooo-english",
    date="Wed, 11 Sep 2024 15:00:40 +0900",
    **{"from": "sophie.lee@band.us"}, name_from="Sophie Lee",
    subject=enc("Automatic reply: [KCSC-240911-05] 음란물 게시글 시정요구"),
    reply_to_req="req-240911-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until Monday, 23 September,
with limited access to email.

For BAND content reports, please contact help@band.us.
지금은 부재중입니다. 급한 건은 help@band.us 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, English and Korean",
    why="Out-of-office auto-reply.",
    items={},
)

case(
    name="naver-mdn-displayed",
    date="Thu, 12 Sep 2024 10:40:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=FROM_NAVER,
    subject=enc("읽음 확인: [KCSC-240912-06] 전문의약품 불법 판매 게시물 시정요구"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b911-nv"

--mdn-b911-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 policy@navercorp.com 님이 2024-09-12 10:40 에 읽었습니다.

--mdn-b911-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240912-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b911-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read confirmation (읽음 확인) MDN",
    why="A read receipt carries no statement.",
    items={},
)

HEADER = """# Blind set 911 (Korean portals and communities; 공문-style replies,
# 임시조치 notices, 시정요구 조치결과 tables, informal operator replies).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    counts = {}
    for c in cases:
        counts[c["outcome"]] = counts.get(c["outcome"], 0) + 1
    print(len(cases), "cases", counts)
