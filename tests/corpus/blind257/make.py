#!/usr/bin/env python3
"""Blind set 257: Korean-language replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies.

Deterministic: `python3 tests/corpus/blind257/make.py` rewrites requests.csv,
cases/*.eml and expected.toml. Expected results were written from each
email's meaning alone, before the reader was ever run on them.
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "카카오",
    "daum.net": "Daum",
    "dcinside.com": "디시인사이드",
    "band.us": "BAND",
})

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_ledger/223561100401"
N2 = "https://blog.naver.com/moonlit_ledger/223561100477"
N3 = "https://blog.naver.com/hanul_pick99/223558870012"
N4 = "https://cafe.naver.com/goldenbridgecoin/50231"
N5 = "https://cafe.naver.com/goldenbridgecoin/50232"
N6 = "https://cafe.naver.com/goldenbridgecoin/50298"
N7 = "https://cafe.naver.com/jjangstocktalk/118004"
N8 = "https://blog.naver.com/seoul_nightowl/223549902117"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811402&memberNo=51177203"
N10 = "https://blog.naver.com/dawn_trader_k/223570018890"
N11 = "https://cafe.naver.com/jjangstocktalk/118117"
N12 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=476610233"
N13 = "https://blog.naver.com/PostView.naver?blogId=mintcloud_22&logNo=223566600981"
N14 = "https://cafe.naver.com/goldenbridgecoin/50340"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/redmoonsecret/Kq3r/1021"
K2 = "https://cafe.daum.net/redmoonsecret/Kq3r/1044"
K3 = "https://gamblebox7.tistory.com/88"
K4 = "https://story.kakao.com/_aB9xQ2/Jm4Lt0Zz1a"
K5_RAW = "https://gamblebox7.tistory.com/entry/오늘의-픽-무료공개"
K5 = "https://gamblebox7.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%ED%94%BD-%EB%AC%B4%EB%A3%8C%EA%B3%B5%EA%B0%9C"
KAKAO_ALL = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=qT7mZk2LpXa"
Y2 = "https://www.youtube.com/watch?v=Hb0vRr5NcQe"
Y3 = "https://www.youtube.com/shorts/Uu8fKq1TzWm"
Y4_RAW = "https://www.youtube.com/@밤새토토"
Y4 = "https://www.youtube.com/@%EB%B0%A4%EC%83%88%ED%86%A0%ED%86%A0"

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=4410872"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=koreacoin_lab&no=220915"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=koreacoin_lab&no=220977"

B1 = "https://band.us/band/81234567/post/3301"
B2 = "https://band.us/band/81234567/post/3315"

S1 = "https://blog.naver.com/gold_rabbit_fx/223575500310"
S2 = "https://lucky7-bet.tistory.com/214"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     NAVER_ALL, "illegal-finance", "req-240902-01@kcsc.example", "유사투자자문·리딩방 광고 (블로그·카페·포스트·지식iN)"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     KAKAO_ALL, "illegal-gambling", "req-240903-02@kcsc.example", "불법 도박 홍보 (다음 카페, 티스토리, 카카오스토리)"),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y1, Y2, Y3, Y4], "illegal-gambling", "req-240904-03@kcsc.example", "토토 홍보 영상 및 채널"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T15:20:00+09:00", "2024-09-12T23:59:59+09:00",
     [D1, D2, D3], "illegal-finance", "req-240905-04@kcsc.example", "코인 리딩방 홍보글"),
    ("KCSC-240906-05", "band", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [B1, B2], "illegal-drugs", "req-240906-05@kcsc.example", "마약류 판매 게시글"),
    ("KCSC-240909-06", "naver", "2024-09-09T13:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [S1], "illegal-finance", "req-240909-06@kcsc.example", "FX 마진 불법 중개 광고"),
    ("KCSC-240910-07", "kakao", "2024-09-10T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [S2], "illegal-gambling", "req-240910-07@kcsc.example", "도박 사이트 홍보 글"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encoded subject, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def b64(text, width=76):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + width] for i in range(0, len(data), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_text(ref, urls):
    lines = [
        "수신: 귀사 게시물 관리 담당자",
        f"제목: 불법·유해정보 삭제 요청 ({ref})",
        "",
        "방송통신심의위원회는 아래 정보에 대하여 시정요구를 결정하였으므로",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return lines


def gmail_quote(ref, urls, when):
    head = f"{when} 방송통신심의위원회 <takedown@kcsc.example>님이 작성:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref, urls))


HDR = """# Blind set 257 (tests/corpus/blind257/): Korean replies from NAVER, Kakao/Daum,
# YouTube Korea, DC Inside and BAND. Written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand.
"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NAVER (KCSC-240902-01, 14 items)
table_rows = [
    (N1, "삭제", ""), (N2, "삭제", ""), (N3, "임시조치", "30일"), (N4, "삭제", ""),
    (N5, "삭제", ""), (N6, "게시물 없음", "작성자 자진 삭제"), (N7, "블라인드", ""),
    (N8, "임시조치", "30일"), (N9, "삭제", ""),
    (N10, "미조치", "운영정책 위반 확인 불가, 게시 유지"), (N11, "삭제", ""),
    (N12, "삭제", "질문·답변 모두"), (N13, "비공개 처리", ""), (N14, "삭제", ""),
]
body = """문서번호 네이버정책-2024-0913
수신  방송통신심의위원회 통신심의국장
(경유)
제목  시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01)와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

                              - 아   래 -

 연번 | 대상 URL | 조치결과 | 비고
"""
for i, (u, st, note) in enumerate(table_rows, 1):
    body += f" {i:>2} | {u} | {st} | {note}".rstrip() + "\n"
body += """
3. 미조치 1건(연번 10)은 개인의 매매 후기로서 관련 법령 및 당사 운영정책
   위반이 확인되지 않아 게시를 유지하였음을 알려드립니다.

붙임  없음.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 정책지원팀 윤서진 / 031-000-0000 / policy@navercorp.com
"""
case(name="naver-gongmun-full-table", date="Fri, 6 Sep 2024 17:12:40 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("[네이버] 시정요구(KCSC-240902-01) 조치결과 회신"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="Korean portal 공문 replying to a KCSC 시정요구 with a 조치결과 table (연번/URL/조치결과/비고)",
     why="trusted NAVER 공문 states a result for each of the 14 items in a text table",
     items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
            N6: "not_found", N7: "removed", N8: "restricted", N9: "removed", N10: "rejected",
            N11: "removed", N12: "removed", N13: "removed", N14: "removed"})

html_rows = [(N2, "블라인드 처리"), (N4, "게시중단"), (N7, "국내 접근 제한"), (N11, "게시중단"),
             (N14, "해당 게시물 없음")]
txt = "안녕하세요. 네이버 게시중단 담당자입니다.\n\n요청번호 KCSC-240902-01 중 카페 게시물의 처리 결과입니다.\n\n"
txt += "\n".join(f"- {u} : {s}" for u, s in html_rows)
txt += "\n\n감사합니다.\n네이버 고객센터 게시중단 담당\n"
html = ("<html><body><p>안녕하세요. 네이버 게시중단 담당자입니다.</p>"
        "<p>요청번호 KCSC-240902-01 중 카페 게시물의 처리 결과입니다.</p>\n"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>게시물 주소</th><th>처리 결과</th></tr>\n")
html += "\n".join(f"<tr><td><a href=\"{u}\">{u}</a></td><td>{s}</td></tr>" for u, s in html_rows)
html += ("\n</table><p>운영정책 안내: <a href=\"https://policy.naver.com/rules/service_operation.html\">"
         "네이버 운영정책</a></p><p>감사합니다.<br>네이버 고객센터 게시중단 담당</p></body></html>\n")
case(name="naver-cafe-html-table", date="Thu, 5 Sep 2024 11:03:18 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 게시중단 요청 처리 결과"), reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nv_alt_0905"

--=_nv_alt_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(txt)}
--=_nv_alt_0905
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}
--=_nv_alt_0905--
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단 요청 처리 결과 mail (multipart/alternative, HTML table of 주소/처리 결과)",
     why="five cafe posts each with a result: blinded and taken down, one restricted in Korea, one no longer existing",
     items={N2: "removed", N4: "removed", N7: "restricted", N11: "removed", N14: "not_found"})

csv_rows = [("1", N3, "임시조치", "2024-09-05 10:20", "30일 접근 차단"),
            ("2", N5, "삭제", "2024-09-05 10:22", ""),
            ("3", N8, "삭제", "2024-09-05 10:25", ""),
            ("4", N9, "게시물 없음", "-", "작성자가 이미 삭제"),
            ("5", N10, "미조치", "-", "위반 사항 없음(게시 유지)"),
            ("6", N12, "삭제", "2024-09-05 10:31", ""),
            ("7", N13, "삭제", "2024-09-05 10:33", "")]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "게시물 URL", "조치 결과", "조치 일시", "비고"])
for r in csv_rows:
    cw.writerow(r)
csv_text = "\ufeff" + cbuf.getvalue()
case(name="naver-csv-attachment", date="Thu, 5 Sep 2024 18:40:02 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("[KCSC-240902-01] 조치 결과 송부 (첨부)"), reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_88213_0905"

------=_Part_88213_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

요청하신 KCSC-240902-01 건 중 7건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
------=_Part_88213_0905
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{base64.b64encode('조치결과_KCSC-240902-01.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240902-01.csv
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_Part_88213_0905--
""",
     outcome="applied", classification="confirmation",
     imitates="portal reply sending its 조치결과 as a CSV attachment (번호/URL/조치 결과/조치 일시/비고)",
     why="CSV attachment gives one result per row for seven items; the other seven are promised later",
     items={N3: "restricted", N5: "removed", N8: "removed", N9: "not_found", N10: "rejected",
            N12: "removed", N13: "removed"})

body = f"""안녕하세요, 네이버 게시중단 담당 김도윤입니다.

요청하신 KCSC-240902-01 건 중 아래 두 게시물은 오늘 오전 삭제 처리하였습니다.

{N8}
{N11}

나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.
감사합니다.

{gmail_quote("KCSC-240902-01", NAVER_ALL, "2024년 9월 2일 (월) 오후 2:00,")}
"""
case(name="naver-top-posted-over-quote", date="Wed, 4 Sep 2024 11:48:55 +0900",
     **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
     subject=subj("Re: 불법·유해정보 삭제 요청 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="staff reply top-posted over the Gmail-quoted (Korean '님이 작성:') request",
     why="two URLs stated deleted above the quote; the 14 URLs in the quoted request say nothing",
     items={N8: "removed", N11: "removed"})

body = f"""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물 가운데 아래 3건은 현재 내부 검토를 진행하고 있으며,
검토 결과에 따라 게시중단 여부를 결정할 예정입니다.

 - {N1}
 - {N6}
 - {N10}

결과가 나오는 대로 다시 안내드리겠습니다.
네이버 고객센터 드림
"""
case(name="naver-under-review-promise", date="Tue, 3 Sep 2024 16:05:31 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 게시중단 요청"), reply_to_req="req-240902-01",
     body=body, outcome="review", review="not_understood",
     imitates="portal 'under internal review, will decide' interim reply",
     why="names three requested items but only says they are under review and a decision will follow",
     items={N1: "pending", N6: "pending", N10: "pending"})

body = """안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구 건(KCSC-240902-01)과 관련하여,
요청 게시물 14건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
"""
case(name="naver-bulk-all-fourteen", date="Mon, 9 Sep 2024 09:15:00 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("[네이버] KCSC-240902-01 처리 완료"), reply_to_req="req-240902-01",
     body=body, outcome="review", review="bulk",
     imitates="short 처리 완료 notice covering a whole request without listing posts",
     why="'all 14 posts' taken down without naming any of them, for a request of 14 items",
     items={u: "pending" for u in NAVER_ALL})

body = f"""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물 중 {N3} 은 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

또한 {N9}는 운영정책 위반이 확인되어 비공개 처리되었습니다.

이용에 참고 부탁드립니다.
"""
case(name="naver-author-deleted-and-private", date="Wed, 4 Sep 2024 15:22:10 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 게시물 확인 요청"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre prose reply (author already deleted / 비공개 처리)",
     why="one post already deleted by its author (not found), one made private by NAVER (removed); second URL followed directly by a particle",
     items={N3: "not_found", N9: "removed"})

body = f"""안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01로 요청하신 게시물 중 아래 2건을 검토한 결과, 개인이 본인의 투자
경험을 적은 글로서 유사투자자문 광고에 해당한다고 보기 어렵고, 관련 법령 및
네이버 운영정책(https://policy.naver.com/rules/service_operation.html) 위반 사항이
확인되지 않아 게시중단 요청을 받아들이지 않기로 하였습니다.

1. {N10}
2. {N14}

두 게시물은 게시가 유지됩니다. 추가 자료가 있으시면 회신 주시기 바랍니다.
"""
case(name="naver-rejected-with-reason", date="Fri, 6 Sep 2024 10:41:09 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("Re: [KCSC-240902-01] 검토 결과 안내"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="portal refusal with reasons (운영정책 위반 확인되지 않아 게시 유지)",
     why="two named posts kept up because no law or policy breach was found; policy link is not an item",
     items={N10: "rejected", N14: "rejected"})

text = f"""안녕하세요, 네이버 게시중단 담당입니다.

요청번호 KCSC-240902-01 관련 처리 결과를 안내드립니다.

다음 게시물은 미등록 투자자문 광고로 확인되어 삭제하였습니다.
{N4}

다음 게시물은 청소년 유해 정보로 분류하여 성인 인증을 거친 이용자만 볼 수 있도록 제한하였습니다.
{N10}

감사합니다.
"""
case(name="naver-qp-url-below-statement", date="Thu, 5 Sep 2024 09:30:44 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 처리 결과"), reply_to_req="req-240902-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}""",
     outcome="applied", classification="confirmation",
     imitates="quoted-printable portal reply with each URL on the line below its statement",
     why="one post deleted, one age-restricted (adult verification only); URLs follow their sentences",
     items={N4: "removed", N10: "restricted"})

body = f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 게시물은 삭제 조치되었습니다.
{N1}
{N2}

감사합니다.
"""
case(name="naver-dmarc-fail", date="Thu, 5 Sep 2024 02:14:51 +0900",
     **{"from": "policy@navercorp.com"}, auth="fail",
     subject=subj("Re: [KCSC-240902-01] 처리 완료"),
     body=body, outcome="review", review="untrusted",
     imitates="deletion notice whose NAVER sender fails DKIM/SPF/DMARC",
     why="clear deletion statement but the navercorp.com sender fails authentication",
     items={N1: "pending", N2: "pending"})

body = f"""안녕하세요. 네이버 고객센터 게시중단 담당입니다.

요청하신 게시물의 처리 결과입니다.

<{N6}>：작성자 탈퇴로 게시물이 존재하지 않습니다。

<{N12}>（지식iN 질문 및 답변）은 삭제 완료되었습니다.

<https://blog.naver.com/PostView.naver?blogId=mintcloud_22
&logNo=223566600981> 은 운영정책 위반으로 비공개 처리되었습니다.

고객센터 도움말: <https://help.naver.com/service/5614/contents/19161>
"""
case(name="naver-angle-brackets-fullwidth", date="Fri, 6 Sep 2024 14:02:27 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 게시중단 처리 결과"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="customer-centre reply with URLs in angle brackets, full-width punctuation, one wrapped URL",
     why="cafe post gone with its withdrawn author (not found), 지식iN item deleted, wrapped blog URL made private",
     items={N6: "not_found", N12: "removed", N13: "removed"})

body = """안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-0215-7731
 - 문의유형: 권리보호 > 게시중단 요청

접수된 문의는 순차적으로 확인 후 답변드리겠습니다.
본 메일은 발신 전용입니다.
"""
case(name="naver-cs-receipt", date="Mon, 2 Sep 2024 14:03:10 +0900",
     **{"from": "help_noreply@naver.com"}, name_from="네이버 고객센터",
     subject=subj("[네이버 고객센터] 문의 접수 안내 (Re: KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=body, outcome="ignored", classification="acknowledgement",
     imitates="NAVER 고객센터 automatic 문의 접수 안내 with a 접수번호",
     why="pure receipt with a ticket number, no statement about any item")

body = f"""안녕하세요, 네이버 게시중단 담당 김도윤입니다.

{N7} — 운영정책에 따라 삭제 조치했습니다.

{N13} — 블로그 운영자가 이미 글을 내린 것 같습니다만, 정확한 상태는 확인 후 다시 말씀드리겠습니다.
"""
case(name="naver-one-done-one-hedged", date="Fri, 6 Sep 2024 19:27:03 +0900",
     **{"from": "doyun.kim@navercorp.com"}, name_from="김도윤",
     subject=subj("Re: 불법·유해정보 삭제 요청 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="informal staff reply mixing a clear result with a hedged guess",
     why="first post clearly deleted; for the second the sender only guesses ('것 같습니다') and promises to check",
     items={N7: "removed", N13: "pending"})

body = """안녕하십니까. 네이버 정책지원팀입니다.

요청번호 KCSC-240909-06으로 요청하신 게시물에 대하여 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2에 따라 30일간 임시조치하였습니다.
임시조치 기간 중에는 이용자가 해당 게시물에 접근할 수 없습니다.

감사합니다.
"""
case(name="naver-single-item-temporary-measure", date="Wed, 11 Sep 2024 10:10:10 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("[네이버] 임시조치 완료 안내 (KCSC-240909-06)"), reply_to_req="req-240909-06",
     body=body, outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치(30일) 완료 안내 for a one-post request",
     why="the one-item request's post put under 30-day 임시조치, naming no URL",
     items={S1: "restricted"})

mdn_text = """이 메일은 수신자가 읽었다는 확인입니다.

원본 메일 제목: [KCSC-240909-06] 불법·유해정보 삭제 요청
읽은 시각: 2024-09-09 오후 3:12
"""
case(name="naver-read-receipt", date="Mon, 9 Sep 2024 15:12:44 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("읽음 확인: [KCSC-240909-06] 불법·유해정보 삭제 요청"), reply_to_req="req-240909-06",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_240909_3312"

--mdn_240909_3312
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(mdn_text)}
--mdn_240909_3312
Content-Type: message/disposition-notification

Reporting-UA: worksmobile-mail; NAVER WORKS Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_240909_3312--
""",
     outcome="ignored", classification="read_receipt",
     imitates="MDN read receipt (multipart/report; disposition-notification) from a NAVER mailbox",
     why="read receipt only")

# ================================================================ Kakao (KCSC-240903-02, 5 items; KCSC-240910-07, 1)
body = f"""안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 시정요구(KCSC-240903-02)에 따른 처리 결과를 알려드립니다.

■ 대상 1
- URL: {K1}
- 처리 결과: 임시조치(30일, 게시물 접근 차단)

■ 대상 2
- URL: {K2}
- 처리 결과: 삭제

■ 대상 3
- URL: {K3}
- 처리 결과: 삭제

■ 대상 4
- URL: {K4}
- 처리 결과: 게시물 없음 (신고 전 작성자 삭제)

■ 대상 5
- URL: {K5_RAW}
- 처리 결과: 임시조치(30일)

문의: 카카오 고객센터 https://cs.kakao.com/helps?service=8
감사합니다.
"""
case(name="kakao-rights-center-results", date="Fri, 6 Sep 2024 13:33:20 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("[카카오] 시정요구 처리 결과 안내 (KCSC-240903-02)"), reply_to_req="req-240903-02",
     body=body, outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 처리 결과 안내 (■ 대상 blocks with URL and 처리 결과)",
     why="five items each with a result: two 임시조치, two deleted, one deleted by its author before the report; the Tistory URL is written with its raw Korean slug",
     items={K1: "restricted", K2: "removed", K3: "removed", K4: "not_found", K5: "restricted"})

html = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic'">
<p>안녕하세요, Daum 카페 운영팀입니다.</p>
<p>요청번호 KCSC-240903-02로 전달해 주신 다음 카페 게시글 2건을 운영정책 위반(불법 도박 홍보)으로
<b>블라인드 처리</b>했습니다.</p>
<ul>
<li><a href="{K1}">{K1}</a></li>
<li><a href="{K2}">{K2}</a></li>
</ul>
<p>블라인드 처리된 게시글은 카페 회원을 포함한 누구도 열람할 수 없습니다.</p>
<p>Daum 카페 운영팀 드림</p>
</div></body></html>"""
case(name="kakao-daum-cafe-blind-html", date="Thu, 5 Sep 2024 16:48:12 +0900",
     **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
     subject=subj("[Daum 카페] 게시글 블라인드 처리 안내"), reply_to_req="req-240903-02",
     type="html", body=html, outcome="applied", classification="confirmation",
     imitates="Daum 카페 블라인드 처리 안내 (HTML only)",
     why="two named Daum cafe posts blinded so nobody can read them: removed",
     items={K1: "removed", K2: "removed"})

body = f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 건(KCSC-240910-07)을 확인하였습니다.
{S2}의 글은 불법 도박 사이트 홍보로 확인되어 운영정책에 따라 삭제했습니다.

감사합니다.
"""
case(name="kakao-tistory-url-particle", date="Thu, 12 Sep 2024 11:20:00 +0900",
     **{"from": "tistory_help@kakaocorp.com"}, name_from="티스토리",
     subject=subj("Re: [KCSC-240910-07] 게시물 삭제 요청"), reply_to_req="req-240910-07",
     body=body, outcome="applied", classification="confirmation",
     imitates="Tistory (Kakao) operator reply, URL followed directly by the particle 의",
     why="the requested Tistory post deleted under the operating policy",
     items={S2: "removed"})

body = f"""안녕하세요
티스토리에서 블로그 하는 사람인데요, 카카오에서 메일 받고 연락드립니다.
{K3} 이 글 제가 방금 지웠습니다. 광고인 줄 몰랐어요. 확인 부탁드립니다.
"""
case(name="tistory-blog-owner-gmail", date="Wed, 4 Sep 2024 22:41:37 +0900",
     **{"from": "gamblebox7.owner@gmail.com"}, name_from="박준호",
     subject=subj("블로그 글 삭제했습니다"),
     body=body, outcome="review", review="unknown_sender",
     imitates="blog owner writing from a personal Gmail address after a platform notice",
     why="deletion claim comes from the post's author on gmail.com, not from Kakao",
     items={K3: "pending"})

body = """안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240903-02로 신고해 주신 게시물 5건은 모두 임시조치(30일) 하였습니다.
임시조치 기간이 지난 후의 처리는 관련 법령에 따릅니다.

감사합니다.
"""
case(name="kakao-bulk-five-temporary", date="Wed, 4 Sep 2024 17:00:05 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("[카카오] 임시조치 안내 (KCSC-240903-02)"), reply_to_req="req-240903-02",
     body=body, outcome="review", review="bulk",
     imitates="Kakao 임시조치 안내 covering 'all five' reported posts",
     why="'all 5 posts' put under 임시조치 without naming any, for a 5-item request",
     items={u: "pending" for u in KAKAO_ALL})

body = """[자동회신] 안녕하세요, 카카오 정책팀 이하은입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 right@kakaocorp.com 으로 보내 주시기 바랍니다.
복귀 후 확인하여 답변드리겠습니다.
"""
case(name="kakao-chuseok-out-of-office", date="Fri, 13 Sep 2024 09:00:02 +0900",
     **{"from": "haeun.lee@kakaocorp.com"}, name_from="이하은",
     subject=subj("[자동회신] Re: [KCSC-240910-07] 게시물 삭제 요청"), reply_to_req="req-240910-07",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body=body, outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 자동회신 over the Chuseok holiday",
     why="out-of-office auto-reply")

body = f"""안녕하세요. 카카오 검색 서비스 운영팀입니다.

귀 위원회의 요청에 따라 아래 URL을 Daum 검색 결과에서 노출 제외(검색 차단) 처리하였습니다.

- {S1}

해당 게시물은 네이버 블로그에 게시된 글로, 원문 게시물의 삭제는 해당 서비스 사업자에게
요청하셔야 합니다.
"""
case(name="kakao-search-delisting-naver-url", date="Wed, 11 Sep 2024 14:30:00 +0900",
     **{"from": "search_help@kakaocorp.com"}, name_from="카카오 검색",
     subject=subj("Daum 검색 노출 제외 처리 안내"),
     body=body, outcome="review", review="wrong_platform",
     imitates="search-engine delisting notice (검색 결과 노출 제외) for another portal's URL",
     why="Kakao states an action on a NAVER blog item; only NAVER can speak for its own post",
     items={S1: "pending"})

body = """안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240903-02 건의 처리를 위하여 아래 서류를 추가로 보내 주시기 바랍니다.
 1. 시정요구 결정서 사본(공문)
 2. 게시물별 위반 내용을 확인할 수 있는 자료(캡처 등)

서류가 접수되면 검토 후 처리 결과를 안내드리겠습니다.
"""
case(name="kakao-asks-for-documents", date="Wed, 4 Sep 2024 10:05:40 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=subj("[카카오] 서류 보완 요청 (KCSC-240903-02)"), reply_to_req="req-240903-02",
     body=body, outcome="review", review="asks_more", classification="request_for_info",
     imitates="Kakao 서류 보완 요청 (asks for the 결정서 and evidence before acting)",
     why="asks the regulator for documents before deciding; nothing about any item's status")

html = f"""<html><body>
<p>방송통신심의위원회 담당자님께</p>
<p>시정요구(KCSC-240903-02)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>번호</th><th>정보 위치(URL)</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{K2}</td><td>접속차단(국내)</td><td>2024.09.06</td></tr>
<tr><td>2</td><td>{K3}</td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>3</td><td>{K4}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>주식회사 카카오 / 정책협력팀</p>
</body></html>
"""
case(name="kakao-base64-html-result-table", date="Sat, 7 Sep 2024 08:55:19 +0900",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책협력팀",
     subject=subj("시정요구 조치결과 회신 - KCSC-240903-02"), reply_to_req="req-240903-02",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}""",
     outcome="applied", classification="confirmation",
     imitates="KCSC 시정요구 조치결과 table (번호/정보 위치/조치결과/조치일), base64 HTML body",
     why="three rows: access blocked in Korea (restricted), deleted, no such post (not found)",
     items={K2: "restricted", K3: "removed", K4: "not_found"})

# ================================================================ YouTube (KCSC-240904-03, 4 items)
body = f"""안녕하세요.

YouTube 법무팀에 연락해 주셔서 감사합니다.

신고하신 콘텐츠를 검토한 결과, 대한민국 법률에 따라 다음 동영상에 대한 대한민국 내 액세스를
차단했습니다.
- {Y1}
- {Y2}

또한 아래 Shorts 동영상은 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y3}

YouTube의 법적 삭제 요청 처리 방식은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
"""
case(name="yt-legal-korea-geoblock", date="Fri, 6 Sep 2024 04:12:33 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     subject=subj("[0-4417000035710] KCSC-240904-03 관련 회신"), reply_to_req="req-240904-03",
     body=body, outcome="applied", classification="confirmation",
     imitates="YouTube Legal Korean-language outcome (local-law block in KR plus a Community Guidelines removal)",
     why="two videos blocked in Korea (restricted), one Short removed globally; the help link is not an item",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"})

body = f"""안녕하세요.

신고해 주신 채널을 검토했습니다. 다음 채널은 스팸, 현혹 행위 및 사기에 관한 YouTube 정책을
반복적으로 위반하여 종료되었습니다.

{Y4_RAW}

채널이 종료되면 해당 채널의 모든 동영상도 더 이상 볼 수 없습니다.

YouTube 팀
"""
case(name="yt-channel-terminated-korean-handle", date="Sat, 7 Sep 2024 02:40:00 +0900",
     **{"from": "noreply-legal@youtube.com"}, name_from="YouTube",
     subject=subj("KCSC-240904-03: 채널 검토 결과"), reply_to_req="req-240904-03",
     body=body, outcome="applied", classification="confirmation",
     imitates="YouTube channel termination notice; channel handle written in raw Hangul",
     why="the requested channel terminated: removed (raw @handle matches the percent-encoded item)",
     items={Y4: "removed"})

body = f"""안녕하세요. YouTube 법무팀입니다.

KCSC-240904-03 요청에 대한 검토 결과를 알려드립니다.

{Y2}
: 해당 URL의 동영상은 존재하지 않습니다(유효하지 않은 링크).

{Y1}
: 검토 결과 YouTube 정책 또는 현지 법률 위반이 확인되지 않아 별도 조치를 취하지 않았습니다.
  추가 정보를 제공해 주시면 다시 검토하겠습니다.

감사합니다.
"""
case(name="yt-invalid-link-and-no-action", date="Mon, 9 Sep 2024 05:31:48 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     subject=subj("Re: KCSC-240904-03"), reply_to_req="req-240904-03",
     body=body, outcome="applied", classification="confirmation",
     imitates="YouTube Legal reply: invalid URL / no violation found, no action",
     why="one URL does not exist (not found); one video kept up since no breach was found (rejected)",
     items={Y2: "not_found", Y1: "rejected"})

dsn_text = """This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     dsa-kr@youtube.com

Technical details of permanent failure:
The email account that you tried to reach does not exist.
"""
case(name="yt-dsn-bounce", date="Thu, 12 Sep 2024 09:00:41 +0900",
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Failure)",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="00000000000061a1b2062170dsn1"

--00000000000061a1b2062170dsn1
Content-Type: text/plain; charset=UTF-8

{dsn_text}
--00000000000061a1b2062170dsn1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; dsa-kr@youtube.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000061a1b2062170dsn1
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@youtube.com
Subject: [KCSC-240904-03] 조치 기한 경과 안내
Message-ID: <reminder.KCSC-240904-03.1@kcsc.example>

--00000000000061a1b2062170dsn1--
""",
     outcome="ignored", classification="bounce",
     imitates="Gmail-style Delivery Status Notification for a reminder",
     why="bounce of our own reminder")

body = """안녕하세요.

YouTube 법무 지원팀에 연락해 주셔서 감사합니다. 귀하의 요청이 접수되었습니다.
참조 번호: 5-2217000035721

요청을 검토한 후 연락드리겠습니다. 이 이메일에 회신하지 마세요.

YouTube 법무 지원팀
"""
case(name="yt-ticket-receipt", date="Wed, 4 Sep 2024 11:02:15 +0900",
     **{"from": "legal-noreply@google.com"}, name_from="YouTube 법무 지원팀",
     subject=subj("[5-2217000035721] KCSC-240904-03 요청 접수"), reply_to_req="req-240904-03",
     body=body, outcome="ignored", classification="acknowledgement",
     imitates="YouTube Legal support automatic receipt with a reference number",
     why="pure acknowledgement with a reference number")

body = f"""Hello,

Thanks for reaching out to YouTube. After reviewing your request (KCSC-240904-03), the content at
{Y3} has been actioned under our policies.

Regards,
The YouTube Legal Team
"""
case(name="yt-english-actioned-phrase", date="Thu, 5 Sep 2024 23:18:06 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube Legal",
     subject="Re: KCSC-240904-03", reply_to_req="req-240904-03",
     body=body, outcome="applied", classification="confirmation",
     imitates="YouTube Legal English one-liner 'has been actioned under our policies'",
     why="the Short is actioned under YouTube's policies: removed (config phrase for YouTube)",
     items={Y3: "removed"})

body = f"""안녕하세요. YouTube 팀입니다.

{Y1} 동영상은 업로더가 비공개로 전환한 것으로 보입니다.
추가 확인이 필요하시면 알려 주세요.
"""
case(name="yt-hedged-private", date="Sat, 7 Sep 2024 06:05:00 +0900",
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     subject=subj("Re: KCSC-240904-03"), reply_to_req="req-240904-03",
     body=body, outcome="review", review="not_understood",
     imitates="support reply guessing an uploader made a video private",
     why="'것으로 보입니다' is a guess, not a statement; the video stays pending",
     items={Y1: "pending"})

# ================================================================ DC Inside (KCSC-240905-04, 3 items)
body = f"""안녕하세요 디시인사이드 운영팀입니다
요청주신 글 두 개 지웠어요

{D1}
{D2}

확인 부탁드립니다~
"""
case(name="dc-informal-two-deleted", date="Fri, 6 Sep 2024 13:47:22 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=subj("Re: [KCSC-240905-04] 게시물 삭제 요청"), reply_to_req="req-240905-04",
     body=body, outcome="applied", classification="confirmation",
     imitates="informal community-operator reply ('지웠어요') with bare URLs",
     why="operator says the two listed posts were deleted",
     items={D1: "removed", D2: "removed"})

body = f"""디시인사이드 게시물 관리팀입니다.
KCSC-240905-04 처리 결과 회신드립니다.

{D1}
→ 삭제완료

{D2}
→ 이미 삭제된 글입니다(작성자 삭제)

{D3}
→ 미조치 (갤러리 규정 및 관련 법령 위반 확인 안 됨, 게시 유지)
"""
case(name="dc-url-then-status-line", date="Mon, 9 Sep 2024 10:12:09 +0900",
     **{"from": "manage@dcinside.com"}, name_from="디시인사이드",
     subject=subj("Re: [KCSC-240905-04] 처리 결과"), reply_to_req="req-240905-04",
     body=body, outcome="applied", classification="confirmation",
     imitates="operator reply with each bare URL and its result on the line below (→ 삭제완료)",
     why="deleted; already deleted by its author (not found); kept up, no breach found (rejected)",
     items={D1: "removed", D2: "not_found", D3: "rejected"})

body = f"""안녕하세요 디시인사이드입니다.
{D3} 이 글은 마이너 갤러리 매니저 확인 후 내일 중으로 처리하겠습니다.
"""
case(name="dc-promise-tomorrow", date="Fri, 6 Sep 2024 18:30:40 +0900",
     **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=subj("Re: [KCSC-240905-04] 게시물 삭제 요청"), reply_to_req="req-240905-04",
     body=body, outcome="review", review="not_understood",
     imitates="operator promise ('내일 중으로 처리하겠습니다')",
     why="a promise to act tomorrow is no statement; the post stays pending",
     items={D3: "pending"})

body = f"""안녕하세요. 디시인사이드 게시물 모니터링 위탁업체 갤가드입니다.

요청번호 KCSC-240905-04 중 아래 게시물은 저희가 확인하여 삭제 처리했습니다.
{D3}

문의는 본 메일로 회신 주시면 됩니다.
"""
case(name="dc-outsourced-vendor", date="Tue, 10 Sep 2024 11:11:11 +0900",
     **{"from": "cs@gallguard.co.kr"}, name_from="갤가드",
     subject=subj("KCSC-240905-04 처리 결과"),
     body=body, outcome="review", review="unknown_sender",
     imitates="moderation contractor replying for a platform from its own domain",
     why="deletion claim comes from a contractor's domain, not dcinside.com",
     items={D3: "pending"})

# ================================================================ BAND (KCSC-240906-05, 2 items)
body = f"""안녕하세요. BAND 고객센터입니다.

신고하신 게시글 2건에 대한 처리 결과를 안내드립니다.

1) {B1}
   마약류 판매 게시글로 확인되어 삭제하였습니다.

2) {B2}
   밴드 리더가 이미 삭제한 게시글로, 현재 확인되지 않습니다.

건강한 BAND 이용 환경을 위해 노력하겠습니다.
"""
case(name="band-two-posts-results", date="Mon, 9 Sep 2024 15:03:55 +0900",
     **{"from": "help@band.us"}, name_from="BAND 고객센터",
     subject=subj("[BAND] 신고 처리 결과 안내 (KCSC-240906-05)"), reply_to_req="req-240906-05",
     body=body, outcome="applied", classification="confirmation",
     imitates="BAND 고객센터 신고 처리 결과 안내 (numbered, result under each URL)",
     why="first post deleted by BAND; second already deleted by the band leader (not found)",
     items={B1: "removed", B2: "not_found"})

body = """안녕하세요. BAND 고객센터입니다.

요청하신 게시글은 모두 삭제 처리되었습니다. (KCSC-240906-05)

감사합니다.
"""
case(name="band-bulk-all-deleted", date="Tue, 10 Sep 2024 09:20:30 +0900",
     **{"from": "help@band.us"}, name_from="BAND 고객센터",
     subject=subj("Re: [KCSC-240906-05] 게시글 삭제 요청"), reply_to_req="req-240906-05",
     body=body, outcome="review", review="bulk",
     imitates="one-line 'all requested posts deleted' reply",
     why="'모두 삭제' without naming either post, for a two-item request",
     items={B1: "pending", B2: "pending"})

body = """BAND 고객센터에 문의해 주셔서 감사합니다.

문의가 접수되었습니다. (문의번호: B24090611207)
접수된 순서대로 확인 후 답변드리겠습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
"""
case(name="band-inquiry-receipt", date="Fri, 6 Sep 2024 09:41:02 +0900",
     **{"from": "noreply@band.us"}, name_from="BAND",
     subject=subj("[BAND] 문의가 접수되었습니다"), reply_to_req="req-240906-05",
     body=body, outcome="ignored", classification="acknowledgement",
     imitates="BAND help-desk automatic 문의 접수 receipt",
     why="pure receipt with an inquiry number")

body = f"""안녕하세요. BAND 고객센터입니다.

{B2} 게시글은 청소년 유해 게시물로 지정하여, 성인 인증을 마친 회원만 볼 수 있도록 제한하였습니다.
{B1} 게시글은 아직 검토 중입니다.
"""
case(name="band-age-restricted-one", date="Mon, 9 Sep 2024 11:25:14 +0900",
     **{"from": "help@band.us"}, name_from="BAND 고객센터",
     subject=subj("Re: [KCSC-240906-05] 게시글 삭제 요청"), reply_to_req="req-240906-05",
     body=body, outcome="applied", classification="confirmation",
     imitates="BAND notice of 청소년 유해 지정 (adults-only) for one post, other still under review",
     why="one post age-restricted (restricted); the other still under review (pending)",
     items={B2: "restricted", B1: "pending"})

# ================================================================ more NAVER
body = """안녕하십니까. 네이버 정책지원팀입니다.

2024년 9월 16일부터 불법·유해정보 관련 기관 요청의 접수 창구가 변경됩니다.
앞으로의 요청은 agency_request@navercorp.com 으로 보내 주시기 바랍니다.
기존 주소로 보내신 메일도 당분간은 함께 확인합니다.

감사합니다.
"""
case(name="naver-contact-change-notice", date="Thu, 12 Sep 2024 16:00:00 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("[네이버] 기관 요청 접수 창구 변경 안내"),
     body=body, outcome="review", review="no_claims",
     imitates="platform notice of a changed intake address",
     why="trusted NAVER mail that names no item and no request")

body = f"""KCSC-240902-01 관련 회신드립니다.

1) {N5} — 게시중단(삭제)
2) {N14} — 게시중단(삭제)
3) {N2} — 임시조치(30일)

정책지원팀 한지민 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: 불법·유해정보 삭제 요청 (KCSC-240902-01)

""" + "\n".join(request_text("KCSC-240902-01", NAVER_ALL)) + "\n"
case(name="naver-outlook-original-message", date="Tue, 10 Sep 2024 10:44:31 +0900",
     **{"from": "jimin.han@navercorp.com"}, name_from="한지민",
     subject=subj("RE: 불법·유해정보 삭제 요청 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="Outlook reply above an unquoted '-----Original Message-----' copy of the request",
     why="three items stated above the original message; the 14 URLs of our own request below it say nothing",
     items={N5: "removed", N14: "removed", N2: "restricted"})

body = f"""안녕하세요. 네이버 신고센터입니다.
접수하신 신고의 처리 결과를 안내드립니다.

[신고 내용]
신고 유형: 불법 금융(미등록 투자자문)
신고 URL: {N1}
신고 번호: KCSC-240902-01

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시중단(삭제)
조치 일시: 2024-09-05 16:40
"""
case(name="naver-echoed-report-form", date="Thu, 5 Sep 2024 16:41:10 +0900",
     **{"from": "report_noreply@naver.com"}, name_from="네이버 신고센터",
     subject=subj("[네이버 신고센터] 신고 처리 결과 안내"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="report-centre result mail echoing the report form ([신고 내용] / [처리 결과])",
     why="the echoed report's one URL has 처리 완료, 게시중단(삭제)",
     items={N1: "removed"})

body = f"""{gmail_quote("KCSC-240902-01", NAVER_ALL, "2024년 9월 2일 (월) 오후 2:00,")}
"""
body = "접수되었습니다. 담당 부서에서 검토 후 회신드리겠습니다.\n\n네이버 정책지원팀\n\n" + body
case(name="naver-ack-over-quote", date="Mon, 2 Sep 2024 16:20:45 +0900",
     **{"from": "policy@navercorp.com"},
     subject=subj("Re: 불법·유해정보 삭제 요청 (KCSC-240902-01)"), reply_to_req="req-240902-01",
     body=body, outcome="ignored", classification="acknowledgement",
     imitates="one-line human acknowledgement top-posted over the quoted request",
     why="'received, will reply after review' is an acknowledgement; the URLs are only in the quote")

body = f"""안녕하세요. 네이버 게시중단 담당자입니다.
KCSC-240902-01 중 일부 게시물의 처리 결과입니다.

• {N3} : 삭제
• {N8} : 삭제
• {N7} : 블라인드
• {N12} : 조치 불가 — 요청하신 주소의 게시물이 존재하지 않습니다

감사합니다.
"""
case(name="naver-bulleted-results", date="Wed, 11 Sep 2024 13:58:02 +0900",
     **{"from": "right_help@naver.com"}, name_from="네이버 고객센터",
     subject=subj("Re: [KCSC-240902-01] 게시중단 처리 결과 (2차)"), reply_to_req="req-240902-01",
     body=body, outcome="applied", classification="confirmation",
     imitates="second-round result list with bullets and 'URL : 결과'",
     why="three posts deleted or blinded; the 지식iN address holds no post (not found)",
     items={N3: "removed", N8: "removed", N7: "removed", N12: "not_found"})


def encode_names():
    """Display names go out RFC 2047-encoded, as Korean mailers send them."""
    for d, n in list(corpuslib.DOMAIN_NAMES.items()):
        if not n.isascii():
            corpuslib.DOMAIN_NAMES[d] = subj(n)
    for c in cases:
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = subj(c["name_from"])


if __name__ == "__main__":
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, "blind257", HDR, cases)
