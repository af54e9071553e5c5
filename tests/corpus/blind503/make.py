#!/usr/bin/env python3
"""Blind set 503: Korean platform replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND) in 공문 style, 임시조치 notices, 시정요구
조치결과 tables and informal operator replies.

Written without reading the reader (src/) nor any other corpus set. Every
expected result below comes from the meaning of the email alone.

    python3 tests/corpus/blind503/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.header
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
# R1 NAVER, the largest request (12 items)
N1 = "https://blog.naver.com/moonlit_ledger/223401100001"
N2 = "https://blog.naver.com/moonlit_ledger/223401100002"
N3 = "https://blog.naver.com/moonlit_ledger/223401100003"
N4 = "https://blog.naver.com/greyharbor77/223398765432"
N5 = "https://blog.naver.com/greyharbor77/223398765433"
N6 = "https://cafe.naver.com/quietpine/18823"
N7 = "https://cafe.naver.com/quietpine/18824"
N8 = "https://cafe.naver.com/quietpine/18830"
N9 = "https://cafe.naver.com/bluetidefan/5521"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"
N11 = "https://m.blog.naver.com/softrain_dal/223377001122"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38011223&memberNo=5512001"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2 Kakao (Daum cafe, Tistory), 4 items; K3 has a Korean path, stored
# percent-encoded, written raw in the emails (K3_RAW).
K1 = "https://cafe.daum.net/sunsetvalley/Kx9a/311"
K2 = "https://cafe.daum.net/sunsetvalley/Kx9a/312"
K3_RAW = "https://paperkite.tistory.com/entry/중고-거래-후기"
K3 = "https://paperkite.tistory.com/entry/" + quote("중고-거래-후기")
K4 = "https://paperkite.tistory.com/58"
R2 = [K1, K2, K3, K4]

# R3 YouTube, 5 items
Y1 = "https://www.youtube.com/watch?v=Qk7dLm2Zx9A"
Y2 = "https://www.youtube.com/watch?v=Hr3pW8sNe1T"
Y3 = "https://www.youtube.com/shorts/Vb6yTq0Lw4E"
Y4 = "https://www.youtube.com/@han_river_rumors"
Y5 = "https://youtu.be/Zp0aXc5Rk2M"
R3 = [Y1, Y2, Y3, Y4, Y5]

# R4 DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stockfree&no=884201"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcoin&no=12045"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcoin&no=12051"
R4 = [D1, D2, D3]

# R5 BAND, 2 items
B1 = "https://band.us/band/81234567/post/402"
B2 = "https://band.us/band/81234567/post/415"
R5 = [B1, B2]

# R6 NAVER, 1 item
V1 = "https://blog.naver.com/velvetcrow/223455009988"
# R7 Kakao (Daum cafe), 1 item
C1 = "https://cafe.daum.net/olivebranch22/ZZp1/77"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     R1, "illegal_gambling_promotion", "<req-240903-01@kcsc.example>", "1차 요청"),
    ("KCSC-240905-02", "kakao", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     R2, "privacy_exposure", "<req-240905-02@kcsc.example>", "2차 요청, 1차(8/27) 미회신"),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     R3, "defamation", "<req-240906-03@kcsc.example>", ""),
    ("KCSC-240909-04", "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     R4, "drug_trade", "<req-240909-04@kcsc.example>", 'gallery "nightcoin" manager unknown'),
    ("KCSC-240910-05", "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     R5, "illegal_gambling_promotion", "<req-240910-05@kcsc.example>", ""),
    ("KCSC-240911-06", "naver", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [V1], "defamation", "<req-240911-06@kcsc.example>", "urgent, victim report"),
    ("KCSC-240912-07", "kakao", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [C1], "drug_trade", "<req-240912-07@kcsc.example>", ""),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request_gt(ref, urls, when):
    lines = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:",
             f"> [{ref}] 불법정보 시정요구",
             ">",
             "> 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청합니다.",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


NAVER_POLICY = "네이버 정책지원팀"
KAKAO_RIGHT = "카카오 권리침해신고센터"

CASES = []


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def case(**c):
    # Display names are always encoded; subjects of every other case too
    # (the rest keep raw UTF-8, as some Korean mailers send them).
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    if len(CASES) % 2 == 0 and "=?" not in c["subject"]:
        c["subject"] = enc(c["subject"])
    CASES.append(c)


# ===================================================================== APPLIED

# a1: 공문 with a text table for all 12 items of the largest request.
rows = [
    (N1, "삭제"),
    (N2, "게시중단"),
    (N3, "임시조치(30일)"),
    (N4, "게시물 없음(작성자 삭제)"),
    (N5, "미조치(위반 사항 확인되지 않음)"),
    (N6, "블라인드"),
    (N7, "삭제"),
    (N8, "접근 제한(성인 인증)"),
    (N9, "삭제"),
    (N10, "비공개 처리"),
    (N11, "존재하지 않는 게시물"),
    (N12, "미조치(위반 사항 확인되지 않음)"),
]
table = "\n".join(f" {i:>2}  | {u:<80} | {s}" for i, (u, s) in enumerate(rows, 1))
case(
    name="naver-gongmun-text-table-12",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(6, 17, 42, 5), reply_to_req="req-240903-01",
    subject="[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신",
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당
발신: 네이버 주식회사 정책지원팀
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

                                - 아    래 -

 연번 | 대상 URL                                                                         | 조치결과
------+----------------------------------------------------------------------------------+------------------------------
{table}

3. 연번 5 및 12의 게시물은 당사 운영원칙과 관계 법령에 비추어 검토하였으나
   위반 사항이 확인되지 않아 게시를 유지하고 있음을 알려드립니다.
   추가 소명 자료를 보내주시면 다시 검토하겠습니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치결과 table (연번/URL/조치결과)",
    why="trusted NAVER 공문, one result per item: 삭제/게시중단/블라인드/비공개 removed, 임시조치/성인 인증 restricted, 없음 not_found, 미조치 rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected",
           N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "removed",
           N11: "not_found", N12: "rejected"},
)

# a2: HTML table, first partial result; rows still 처리 중 stay pending.
case(
    name="naver-html-table-first-batch",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(4, 15, 8, 40), reply_to_req="req-240903-01", type="html",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 (1차 회신)",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>KCSC-240903-01 시정요구 건 중 카페·지식iN 게시물에 대한 1차 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>No.</th><th>서비스</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>카페</td><td><a href="{N6}">{N6}</a></td><td>블라인드 완료</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>카페</td><td><a href="{N7}">{N7}</a></td><td>블라인드 완료</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>카페</td><td><a href="{N8}">{N8}</a></td><td>처리 중</td><td>-</td></tr>
<tr><td>4</td><td>카페</td><td><a href="{N9}">{N9}</a></td><td>삭제 완료</td><td>2024-09-04</td></tr>
<tr><td>5</td><td>지식iN</td><td><a href="{N10.replace('&', '&amp;')}">{N10.replace('&', '&amp;')}</a></td><td>처리 중</td><td>-</td></tr>
</table>
<p>처리 중인 건과 블로그·포스트 게시물은 검토가 끝나는 대로 2차로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 partial reply as an HTML table with 처리 중 rows",
    why="three rows state 블라인드/삭제 완료; the two 처리 중 rows are not statements and stay pending",
    items={N6: "removed", N7: "removed", N8: "pending", N9: "removed", N10: "pending"},
)

# a3: CSV attachment, base64.
csv_text = ("연번,URL,조치결과,조치일시\r\n"
            f"1,{N1},삭제,2024-09-05 10:12\r\n"
            f"2,{N2},삭제,2024-09-05 10:12\r\n"
            f"3,{N3},삭제,2024-09-05 10:14\r\n"
            f"4,{N4},해당 게시물 없음,-\r\n"
            f"5,{N5},게시중단,2024-09-05 10:20\r\n")
case(
    name="naver-csv-attachment-blogs",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(5, 11, 3, 27), reply_to_req="req-240903-01",
    subject="[KCSC-240903-01] 블로그 게시물 조치결과 송부",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv503_csv_01"

--=_nv503_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 시정요구 대상 중 블로그 게시물 5건의 조치결과를
첨부 파일(CSV)로 송부드립니다. 나머지 게시물은 별도로 회신드리겠습니다.

감사합니다.

--=_nv503_csv_01
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01_blog.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01_blog.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv503_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal sending its 조치결과 as a CSV attachment (연번,URL,조치결과,조치일시)",
    why="each CSV row states the result for one item; 해당 게시물 없음 is not_found",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "removed"},
)

# a4: NAVER 임시조치 notice for the one-item request.
case(
    name="naver-temporary-measure-notice",
    **{"from": "noreply-right@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(12, 14, 25, 10), reply_to_req="req-240911-06",
    subject="[네이버] 게시중단 요청에 대한 처리결과 안내",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2 제4항에 따라 아래와 같이 임시조치(30일간 접근 차단)하였음을
알려드립니다.

  · 대상 게시물 : {V1}
  · 조치 일시   : 2024.09.12 14:20
  · 조치 내용   : 임시조치

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라
처리되며, 그 결과를 다시 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 처리결과 안내 mail",
    why="임시조치 (30일간 접근 차단) is restricted by the issue's rules",
    items={V1: "restricted"},
)

# a5: one-item request, statement names no URL.
case(
    name="naver-sole-item-no-url",
    **{"from": "blog_cs@naver.com"}, name_from="네이버 블로그 운영팀",
    date=d(12, 10, 2, 51), reply_to_req="req-240911-06",
    subject="RE: [KCSC-240911-06] 게시물 삭제 요청의 건",
    body="""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 건(KCSC-240911-06) 확인하였고, 해당 블로그 게시물은
금일 오전 운영원칙 위반으로 삭제 조치하였습니다.

추가로 필요하신 사항이 있으시면 회신 부탁드립니다.
감사합니다.

네이버 블로그 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER operator reply on a one-item request",
    why="trusted, references a one-item request, plain 삭제 조치하였습니다: applies to its only item",
    items={V1: "removed"},
)

# a6: top-posted informal reply over an Outlook-quoted request; particles glued to URLs.
case(
    name="naver-top-posted-outlook-quote",
    **{"from": "jiho.han@navercorp.com"}, name_from="한지호",
    date=d(5, 9, 48, 2), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    body=f"""
담당자님 안녕하세요, 네이버 블로그 운영 한지호입니다.

문의하신 건 중 {N4}는 작성자가 이미 지운 글이라 저희 쪽에서도 조회가 되지 않고,
{N5}은 오늘 오전에 블라인드 처리했습니다.
나머지 건은 정리되는 대로 따로 말씀드릴게요.

한지호 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청합니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff top-posting a short Korean reply over an Outlook '-----Original Message-----' quote",
    why="two items stated above the quote (URL glued to 는/은); the other three appear only in our quoted request and a 'will tell you later'",
    items={N4: "not_found", N5: "removed", N1: "pending", N2: "pending", N3: "pending"},
)

# a7: statement line, URLs on the lines below it.
case(
    name="naver-cafe-statement-then-urls",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(4, 18, 11, 33), reply_to_req="req-240903-01",
    subject="[네이버 카페] KCSC-240903-01 요청 게시물 처리 안내",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

아래 게시물은 카페 운영원칙(불법 도박 홍보) 위반으로 삭제되었습니다.
{N6}
{N7}

아래 게시물은 해당 카페에서 찾을 수 없습니다(이미 삭제되었거나 존재하지 않는 게시물).
{N8}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations notice: heading sentence, affected URLs on the lines below",
    why="each sentence covers the URLs listed under it: two removed, one not_found",
    items={N6: "removed", N7: "removed", N8: "not_found"},
)

# a8: bare URL, status on the line below.
case(
    name="naver-bare-url-arrow-status",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(6, 9, 15, 0), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 조치결과",
    body=f"""
위원회 담당자님께,

요청 건 조치결과 공유드립니다.

{N1}
 → 게시중단 완료
{N2}
 → 게시중단 완료
{N11}
 → 검토 결과 위반 아님, 조치하지 않음

네이버 정책지원팀 박소윤
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply: bare URL, arrow and status on the next line",
    why="status line under each URL; 위반 아님, 조치하지 않음 is a refusal",
    items={N1: "removed", N2: "removed", N11: "rejected"},
)

# a9: Kakao 공문 with 가/나/다/라 list; raw Korean Tistory path.
case(
    name="kakao-gongmun-ganada-list",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date=d(9, 16, 30, 12), reply_to_req="req-240905-02",
    subject="[카카오] 시정요구(KCSC-240905-02) 처리 결과 회신",
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240905-02) 처리 결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 요청(KCSC-240905-02)에 대한 당사 처리 결과를 다음과 같이 알려드립니다.

  가. {K1} : 게시중단(블라인드) 처리
  나. {K2} : 임시조치(30일)
  다. {K3_RAW} : 삭제
  라. {K4} : 이미 삭제된 게시물로 확인되어 별도 조치 없음

3. 기타 문의 사항은 권리침해신고센터(right@kakaocorp.com)로 연락 주시기 바랍니다.  끝.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 공문-style reply with a 가/나/다/라 list",
    why="one result per item; the Tistory URL is written with its raw Korean path",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found"},
)

# a10: one-item Kakao request, URL in angle brackets followed by a particle.
case(
    name="kakao-daum-cafe-angle-particle",
    **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(13, 11, 47, 9), reply_to_req="req-240912-07",
    subject="[Daum 카페] 신고 게시글 처리 안내 (KCSC-240912-07)",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 카페 게시글 <{C1}>을
운영정책 위반(불법정보 게시)으로 영구 삭제하였으며, 게시자의 카페 이용을
제한하였습니다.

깨끗한 카페 환경을 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice of a permanent deletion",
    why="URL in angle brackets followed by 을, stated 영구 삭제",
    items={C1: "removed"},
)

# a11: Kakao refusal with reason plus one deletion.
case(
    name="kakao-refusal-with-reason",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date=d(10, 13, 5, 44), reply_to_req="req-240905-02",
    subject="RE: [KCSC-240905-02] 게시물 처리 결과 안내",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 검토 결과를 안내드립니다.

■ {K2}
  운영정책 위반이 확인되어 삭제 처리되었습니다.

■ {K4}
  검토 결과 해당 게시물은 관련 법령 및 카카오 운영정책에 위반되는 내용이
  확인되지 않아 게시 상태를 유지합니다. 법원 판결문 등 위법성을 소명할 수 있는
  자료를 보내주시면 다시 검토하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result mail with a refusal and its reason",
    why="one deletion, one refusal (게시 상태를 유지); the offer to re-examine on new evidence does not undo the refusal",
    items={K2: "removed", K4: "rejected"},
)

# a12: quoted-printable Korean body.
qp_body = f"""안녕하세요. Daum 카페 신고센터입니다.

신고하신 게시글 2건에 대해 블라인드 처리를 완료하였습니다.

- {K1}
- {K2}

블라인드된 게시글은 30일 이내 소명이 없으면 삭제됩니다.
감사합니다.
"""
case(
    name="kakao-qp-blind-two",
    **{"from": "report@daum.net"}, name_from="Daum 카페 신고센터",
    date=d(6, 20, 14, 3), reply_to_req="req-240905-02",
    subject="=?UTF-8?B?" + base64.b64encode("[Daum] 신고 게시글 처리 완료 (KCSC-240905-02)".encode()).decode() + "?=",
    raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 신고센터 blind notice, quoted-printable, RFC 2047 subject",
    why="블라인드 처리를 완료 for two listed URLs, each named",
    items={K1: "removed", K2: "removed"},
)

# a13: YouTube legal, Korean.
case(
    name="yt-legal-korean-geo-and-global",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date=d(10, 8, 2, 19), reply_to_req="req-240906-03",
    subject="YouTube 법적 삭제 요청 검토 결과 [KCSC-240906-03]",
    body=f"""
안녕하세요.

Google은 귀하가 제출한 법적 삭제 요청(참조 번호: KCSC-240906-03)을 검토했습니다.

검토 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국에서 액세스가 차단되었습니다.
- {Y1}
- {Y5}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y3}

요청에 포함된 나머지 URL에 대해서는 검토가 완료되면 별도로 알려드리겠습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome mail in Korean (local-law block vs global removal)",
    why="two videos blocked in Korea (restricted), one removed globally; the rest only promised",
    items={Y1: "restricted", Y5: "restricted", Y3: "removed", Y2: "pending", Y4: "pending"},
)

# a14: YouTube in English, em-dash list.
case(
    name="yt-english-channel-terminated",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(11, 2, 37, 50), reply_to_req="req-240906-03",
    subject="Re: [KCSC-240906-03] Request to remove content - Republic of Korea",
    body=f"""
Hello,

Thanks for reaching out. We've reviewed the content you reported and taken
the following actions:

 - {Y4} — This channel has been terminated for repeated violations of our
   Community Guidelines.
 - {Y3} — We have blocked access to this content in South Korea.
 - {Y5} — We were unable to locate this video. It may have been removed by
   the uploader before our review.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome mail (channel termination, country block, cannot locate)",
    why="terminated channel removed, country block restricted, 'unable to locate' not_found (the hedge is only about the cause)",
    items={Y4: "removed", Y3: "restricted", Y5: "not_found"},
)

# a15: YouTube, Korean, age restriction and refusal.
case(
    name="yt-korean-age-restriction-refusal",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date=d(12, 7, 55, 1), reply_to_req="req-240906-03",
    subject="Re: [KCSC-240906-03] 검토 결과 안내",
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

보고하신 콘텐츠를 검토한 결과를 알려드립니다.

{Y2} 동영상에는 연령 제한을 적용했습니다.

{Y1} 은(는) 검토 결과 YouTube 정책 또는 현지 법률에 위반되지 않는 것으로
판단되어 별도의 조치를 취하지 않았습니다.

결정에 동의하지 않는 경우 추가 정보를 포함하여 새 요청을 제출하실 수 있습니다:
https://support.google.com/legal/answer/3110420

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal outcome (age restriction; no action taken) with a link to the legal help page",
    why="연령 제한 restricted, 조치를 취하지 않았습니다 rejected; the help-page link is no item",
    items={Y2: "restricted", Y1: "rejected"},
)

# a16: HTML Gmail reply over a gmail_quote.
yt_quote_html = "<br>\n".join(f"{i}. {u}" for i, u in enumerate(R3, 1))
yt_quote_txt = "\n".join(f"> {i}. {u}" for i, u in enumerate(R3, 1))
case(
    name="yt-gmail-html-over-quote",
    **{"from": "jiwon.park@google.com"}, name_from="Jiwon Park",
    date=d(9, 10, 20, 33), reply_to_req="req-240906-03",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6503"

--000000000000a1b2c3d4e5f6503
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi KCSC team,

Following up on the request below: the video {Y2} has been removed from
YouTube for violating our harassment and cyberbullying policy.

Best,
Jiwon
YouTube Legal Support (Korea)

On Fri, Sep 6, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> 아래 정보에 대하여 시정요구를 요청합니다.
{yt_quote_txt}

--000000000000a1b2c3d4e5f6503
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<div dir="ltr">Hi KCSC team,<div><br></div><div>Following up on the request below: the video <a href="{Y2}">{Y2}</a> has been removed from YouTube for violating our harassment and cyberbullying policy.</div><div><br></div><div>Best,<br>Jiwon<br>YouTube Legal Support (Korea)</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, Sep 6, 2024 at 11:00 AM KCSC Takedown &lt;<a href="mailto:takedown@kcsc.example">takedown@kcsc.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">아래 정보에 대하여 시정요구를 요청합니다.<br>
{yt_quote_html}</blockquote></div>

--000000000000a1b2c3d4e5f6503--
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail HTML reply by a YouTube legal staffer above a gmail_quote of our request",
    why="one video stated removed above the quote; the other four appear only in our quoted request",
    items={Y2: "removed", Y1: "pending", Y3: "pending", Y4: "pending", Y5: "pending"},
)

# a17: informal DC Inside operator reply.
case(
    name="dc-operator-informal-all-deleted",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, 17, 3, 26), reply_to_req="req-240909-04",
    subject="RE: [KCSC-240909-04] 게시물 삭제 요청",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 게시물 3건 확인했고 처리 결과 아래와 같습니다.

{D1} 삭제
{D2} 삭제
{D3} 삭제

동일 작성자(IP 대역) 글쓰기 차단도 함께 걸어두었습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="short informal DC Inside helpdesk reply, URL followed by 삭제 on the same line",
    why="each URL is followed by 삭제 on its line",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

# a18: DC Inside with circled numbers and full-width punctuation.
case(
    name="dc-fullwidth-punctuation-mixed",
    **{"from": "helpdesk@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(10, 11, 29, 58), reply_to_req="req-240909-04",
    subject="RE: [KCSC-240909-04] 처리 결과 회신",
    body=f"""
안녕하세요. 디시인사이드입니다.
요청하신 글 처리 결과입니다.

① {D1}。 작성자가 자진 삭제하여 현재 존재하지 않는 글입니다.
② （{D2}） 운영자 삭제 완료.
③ {D3} — 해당 글은 신고 사유(마약류 거래)에 해당하지 않아 삭제하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with circled numbers and full-width punctuation around URLs",
    why="deleted by its author = not_found, 운영자 삭제 = removed, 삭제하지 않았습니다 with reason = rejected",
    items={D1: "not_found", D2: "removed", D3: "rejected"},
)

# a19: BAND customer centre result with ■ blocks.
case(
    name="band-result-blocks",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(11, 15, 40, 7), reply_to_req="req-240910-05",
    subject="[BAND] 신고하신 게시글 검토 결과 안내 (KCSC-240910-05)",
    body=f"""
안녕하세요. BAND 고객센터입니다.
신고해 주신 게시글에 대한 검토 결과를 안내해 드립니다.

■ {B1}
  - 처리 결과: 운영정책 위반(불법 도박 홍보)으로 게시글 삭제

■ {B2}
  - 처리 결과: 작성자가 이미 삭제한 게시글로, 조회되지 않습니다.

BAND는 안전한 커뮤니티를 위해 계속 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result mail with one block per post",
    why="one post deleted by BAND, one already deleted by its author",
    items={B1: "removed", B2: "not_found"},
)

# a20: BAND, one of two items, 비공개 처리.
case(
    name="band-single-post-private",
    **{"from": "safety@band.us"}, name_from="BAND 안전센터",
    date=d(12, 9, 12, 44), reply_to_req="req-240910-05",
    subject="RE: [KCSC-240910-05] 게시글 조치 안내",
    body=f"""
안녕하세요, BAND 안전센터입니다.

해당 게시글({B2})은 비공개 처리되었으며,
게시자에게는 운영정책에 따른 이용 제한이 적용되었습니다.

다른 게시글에 대해서는 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety team reply on one post of a two-post request",
    why="비공개 처리 of the named post is removed; the other post is only promised",
    items={B2: "removed"},
)

# a21: base64 multipart/alternative (text + HTML list).
nv_txt = f"""안녕하세요. 네이버 카페 운영팀입니다.

KCSC-240903-01 요청 게시물 중 아래 3건의 처리 결과를 안내드립니다.

* {N6} : 블라인드
* {N8} : 삭제
* {N9} : 블라인드

감사합니다.
"""
nv_html = f"""<html><body><p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>KCSC-240903-01 요청 게시물 중 아래 3건의 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{N6}">{N6}</a> : 블라인드</li>
<li><a href="{N8}">{N8}</a> : 삭제</li>
<li><a href="{N9}">{N9}</a> : 블라인드</li>
</ul>
<p>감사합니다.</p></body></html>
"""
case(
    name="naver-base64-alt-list",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(5, 14, 30, 0), reply_to_req="req-240903-01",
    subject="[네이버 카페] 요청 게시물 처리 결과",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="----=_NvMail_503_b64"

------=_NvMail_503_b64
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(nv_txt)}
------=_NvMail_503_b64
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(nv_html)}
------=_NvMail_503_b64--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER mailer output: base64 text and HTML alternatives with a bulleted result list",
    why="three cafe posts, each with 블라인드 or 삭제",
    items={N6: "removed", N8: "removed", N9: "removed"},
)

# a22: receipt phrase plus an unhedged statement.
case(
    name="naver-receipt-plus-urgent-deletion",
    **{"from": "noreply-report@navercorp.com"}, name_from="네이버 신고센터",
    date=d(3, 10, 41, 15), reply_to_req="req-240903-01",
    subject="[네이버 신고센터] 요청이 접수되었습니다 (접수번호 2024-0903-88812)",
    body=f"""
[접수 완료]
방송통신심의위원회의 요청(KCSC-240903-01)이 정상적으로 접수되었습니다.
접수번호: 2024-0903-88812

요청하신 게시물 중 아래 1건은 긴급 사안으로 분류되어 접수 즉시 삭제하였습니다.
{N12}

나머지 게시물은 담당 부서 검토 후 순차적으로 회신드릴 예정입니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre receipt that also reports an immediate deletion",
    why="a receipt, but with an unhedged 삭제하였습니다 about one named item: not a pure acknowledgement",
    items={N12: "removed"},
)

# a23: wrapped URL in angle brackets (RFC 3986 appendix C) and a 임시조치.
case(
    name="naver-wrapped-angle-url",
    **{"from": "kin_cs@navercorp.com"}, name_from="네이버 지식iN 운영팀",
    date=d(6, 13, 22, 8), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 지식iN 및 블로그 게시물 처리",
    body="""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 게시물
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471122334>
은 운영정책 위반으로 삭제 처리되었음을 알려드립니다.

또한 블로그 게시물 https://blog.naver.com/moonlit_ledger/223401100003 은
블로그팀 확인 후 임시조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply whose long kin URL is wrapped inside angle brackets by the mail client",
    why="the wrapped angle-bracket URL is the kin item (removed); the blog post is 임시조치 (restricted)",
    items={N10: "removed", N3: "restricted"},
)

# a24: DSA-style statement of reasons from YouTube.
case(
    name="yt-statement-of-reasons-style",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date=d(13, 1, 15, 22), reply_to_req="req-240906-03",
    subject="Decision on your notice KCSC-240906-03",
    body=f"""
Hello,

We have reached a decision on the notice you submitted. Details for each
item are below.

Content: {Y1}
Decision: Content removed (all countries)
Ground: Violation of YouTube Community Guidelines (harassment)
Facts relied on: notice from a public authority; manual review
Automated means used: No

Content: {Y2}
Decision: Access restricted in the Republic of Korea
Ground: Local law (Republic of Korea, Information and Communications Network Act)
Facts relied on: notice from a public authority; manual review
Automated means used: No

You can learn more about how we handle legal requests at
https://support.google.com/legal/answer/3110420

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / automated means) from Google",
    why="global removal = removed, Korea-only restriction = restricted; help link is no item",
    items={Y1: "removed", Y2: "restricted"},
)

# a25: echoed report blocks.
case(
    name="naver-echoed-report-blocks",
    **{"from": "noreply-report@navercorp.com"}, name_from="네이버 신고센터",
    date=d(7, 9, 0, 3), reply_to_req="req-240903-01",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 신고센터입니다.
접수하신 신고의 처리 결과를 안내드립니다.

[신고 정보]
신고 번호 : 88120455
신고 URL  : {N11}
신고 사유 : 불법정보 (정보통신망법 제44조의7)
[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시중단

[신고 정보]
신고 번호 : 88120456
신고 URL  : {N12}
신고 사유 : 불법정보 (정보통신망법 제44조의7)
[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 조치 없음 (운영원칙 위반 사항 없음)

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result mail echoing each report (신고 정보 / 처리 결과)",
    why="first block 게시중단 (removed), second 조치 없음, no violation (rejected)",
    items={N11: "removed", N12: "rejected"},
)

# ====================================================================== REVIEW

case(
    name="naver-promise-will-delete",
    **{"from": "cafe_admin@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(4, 11, 6, 30), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 카페 게시물 관련",
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물 {N8} , {N9} 은
현재 검토 중이며, 위반 사항이 확인되는 경우 지체 없이 삭제 조치할 예정입니다.

결과는 확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER cafe 'under review, will delete if a violation is found' reply",
    why="names two items but only promises a conditional deletion",
    items={N8: "pending", N9: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "cafe-policy@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(12, 17, 20, 5), reply_to_req="req-240912-07",
    subject="RE: [KCSC-240912-07] 게시글 확인 요청",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

말씀하신 게시글 {C1} 은
카페 운영자가 이미 삭제한 것으로 보입니다. 정확한 처리 이력은 내부 확인 후
다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Daum cafe reply hedging about a deletion",
    why="'삭제한 것으로 보입니다' is a hedge, not a statement; item stays pending",
    items={C1: "pending"},
)

case(
    name="naver-gongmun-bulk-all-12",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(6, 18, 0, 0), reply_to_req="req-240903-01",
    subject="[네이버] 시정요구(KCSC-240903-01) 조치 완료 통보",
    body="""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240903-01) 조치 완료 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구(KCSC-240903-01)에 따른 대상 게시물 12건 전부에 대하여
   2024. 9. 6.자로 삭제 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short 공문 stating that all items of a 시정요구 were removed, without listing them",
    why="a statement about all 12 items naming none of them",
    items={u: "pending" for u in R1},
)

case(
    name="band-both-posts-bulk",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(11, 10, 10, 10), reply_to_req="req-240910-05",
    subject="RE: [KCSC-240910-05] 게시글 신고 처리",
    body="""
안녕하세요. BAND 고객센터입니다.

KCSC-240910-05 건으로 신고하신 게시글 2건 모두 운영정책 위반으로
삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND customer-centre reply: 'both reported posts deleted'",
    why="'2건 모두' covers a two-item request without naming each post",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-spoofed-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, auth="fail",
    date=d(5, 3, 14, 55), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 조치결과 회신",
    body=f"""
안녕하세요 네이버 정책지원팀입니다.

요청하신 카페 게시물 처리 결과입니다.
{N6} - 삭제 완료
{N7} - 삭제 완료

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails",
    items={N6: "pending", N7: "pending"},
)

case(
    name="band-leader-from-gmail",
    **{"from": "hangyeol.bandleader@gmail.com"}, name_from="이한결",
    date=d(10, 22, 31, 40), reply_to_req="req-240910-05",
    subject="Re: [KCSC-240910-05] 게시글 관련",
    body=f"""
안녕하세요 밴드 리더 이한결입니다.
밴드 알림 보고 연락드려요. 말씀하신 글
{B1}
제가 방금 지웠습니다. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a BAND group leader answering from a personal Gmail address",
    why="not BAND's sender domain: a user's own word, not the platform's",
    items={B1: "pending"},
)

case(
    name="dc-gallery-manager-from-naver-mail",
    **{"from": "nightcoin.mgr@naver.com"}, name_from="nightcoin 갤러리 매니저",
    date=d(10, 1, 2, 17), reply_to_req="req-240909-04",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    body=f"""
마이너 갤러리 nightcoin 매니저입니다.
{D2}
{D3}
두 글 제가 삭제했고 작성자 차단했습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a DC Inside minor-gallery manager replying from a personal naver.com mailbox",
    why="sender authenticates as naver.com (NAVER) but states statuses for DC Inside items",
    items={D2: "pending", D3: "pending"},
)

case(
    name="naver-asks-more-documents",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(4, 9, 30, 0), reply_to_req="req-240903-01",
    subject="RE: [KCSC-240903-01] 추가 자료 요청",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240903-01) 처리를 위하여 아래 자료를 추가로 회신하여 주시기
바랍니다.

  1) 시정요구 공문 원본(직인 날인본)
  2) 대상 게시물별 위반 법령 조항

자료가 확인되는 대로 검토를 진행하겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking the regulator for the sealed 공문 and legal grounds before acting",
    why="a request for documents, no statement about any item",
    items={},
)

case(
    name="yt-conditional-promise",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(7, 4, 12, 0), reply_to_req="req-240906-03",
    subject="Re: [KCSC-240906-03] Your legal request",
    body=f"""
Hello,

We will review the following URLs against local law:

{Y1}
{Y5}

If we determine that the content is unlawful in the Republic of Korea, we
will restrict access to it in that country and let you know.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal 'we will review, and restrict if unlawful' reply",
    why="promise with a condition about two named items: no statement",
    items={Y1: "pending", Y5: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY,
    date=d(13, 9, 0, 0),
    subject="[네이버] 정책협력 담당자 변경 안내",
    body="""
방송통신심의위원회 담당자님께,

9월 23일부터 네이버 정책지원팀의 시정요구 회신 담당자가 변경됩니다.
향후 시정요구 공문은 기존과 같이 policy@navercorp.com 으로 보내주시면
새 담당자(김다은 매니저)가 확인하여 회신드리겠습니다.

그동안 협조해 주셔서 감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal notice that its contact person for 시정요구 changes",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

fw_inner = f"""---------- Forwarded message ---------
보낸사람: 카카오 권리침해신고센터 <noreply-right@kakaocorp.com>
Date: 2024년 9월 9일 (월) 오후 3:12
Subject: [카카오] 권리침해 신고 처리 결과 안내
To: <right-old@kcsc.example>

요청하신 게시물의 처리 결과를 안내드립니다.
{K1} : 블라인드 처리 완료
{K3_RAW} : 삭제 완료
"""
case(
    name="kakao-staff-forward",
    **{"from": "doyun.lee@kakaocorp.com"}, name_from="이도윤",
    date=d(10, 9, 45, 12), reply_to_req="req-240905-02",
    subject="Fwd: [카카오] 권리침해 신고 처리 결과 안내 (KCSC-240905-02)",
    body=f"""
위원회 담당자님, 안녕하세요.
예전 주소로 발송된 처리 결과 메일이 반송되어 아래와 같이 전달드립니다.

{fw_inner}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staff forwarding a 권리침해신고센터 result mail that went to an old address",
    why="the statements are inside a forwarded message; a person must confirm them",
    items={K1: "pending", K3: "pending"},
)

case(
    name="yt-hedge-no-longer-available",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(8, 6, 30, 45), reply_to_req="req-240906-03",
    subject="Re: [KCSC-240906-03] Follow-up",
    body=f"""
Hi,

It appears that the video at {Y5} is no longer available on YouTube; it may
have been removed by the uploader. We're still checking our records and will
confirm once we know more.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support follow-up hedging that a video 'appears' to be gone",
    why="'appears' / 'may have been' hedges; nothing stated",
    items={Y5: "pending"},
)

# ===================================================================== IGNORED

case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    date=d(14, 8, 0, 2), reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    subject="[자동회신] 부재중입니다: [KCSC-240903-01] 불법정보 시정요구",
    body="""
안녕하세요. 김서연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="auto-reply (Auto-Submitted), says nothing about items",
    items={},
)

dsn_orig = "\n".join(f"{i}. {u}" for i, u in enumerate(R2, 1))
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(5, 9, 30, 41),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="DSN.503.kakao.0905"

--DSN.503.kakao.0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<right-old@kakaocorp.com>: host mailstore.kakaocorp.com said:
    550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected:
    User unknown in local recipient table

--DSN.503.kakao.0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 09:30:38 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Original-Recipient: rfc822;right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address
    rejected: User unknown in local recipient table

--DSN.503.kakao.0905
Content-Type: message/rfc822

Date: Thu, 05 Sep 2024 09:30:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [KCSC-240905-02] request
Message-ID: <req-240905-02@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청합니다.
{dsn_orig}

--DSN.503.kakao.0905--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning our request to an old Kakao address",
    why="a bounce; the URLs are only in our returned request",
    items={},
)

case(
    name="yt-mdn-read-receipt",
    **{"from": "jiwon.park@google.com"}, name_from="Jiwon Park",
    date=d(6, 11, 42, 9), reply_to_req="req-240906-03",
    subject="읽음: [KCSC-240906-03] 불법정보 시정요구",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-503-yt"

--mdn-503-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자가 메시지를 읽었습니다.

    제목: [KCSC-240906-03] 불법정보 시정요구
    읽은 시간: 2024년 9월 6일 금요일 오전 11:42

--mdn-503-yt
Content-Type: message/disposition-notification

Reporting-UA: jiwon.park.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwon.park@google.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-503-yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=d(9, 14, 1, 3), reply_to_req="req-240909-04",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240909-5531)",
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : DC-240909-5531
  문의유형 : 게시물 삭제 요청(기관)
  접수일시 : 2024-09-09 14:01

담당자 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside helpdesk ticket receipt",
    why="pure acknowledgement with a ticket number, nothing about items",
    items={},
)

case(
    name="band-auto-receipt-bilingual",
    **{"from": "no-reply@band.us"}, name_from="BAND",
    date=d(10, 10, 0, 21), reply_to_req="req-240910-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    subject="[BAND] 신고가 접수되었습니다 / Your report has been received",
    body="""
신고가 정상적으로 접수되었습니다. (신고번호 BR-7730192)
검토 후 결과를 이메일로 안내해 드리겠습니다.

Your report has been received (report no. BR-7730192).
We will let you know the outcome by email once it has been reviewed.

- BAND
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic report receipt in Korean and English",
    why="automatic receipt, no statement about items",
    items={},
)

case(
    name="naver-ooo-english-quoted-request",
    **{"from": "daniel.cho@navercorp.com"}, name_from="Daniel Cho",
    date=d(3, 10, 0, 40), reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    subject="Automatic reply: [KCSC-240903-01] 불법정보 시정요구",
    body=f"""
Thank you for your email. I am out of the office on a business trip until
9 September with limited access to email. For urgent takedown matters please
contact policy@navercorp.com.

Daniel Cho | NAVER Trust & Safety

{quoted_request_gt("KCSC-240903-01", R1[:6], "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

case(
    name="relay-dsn-delayed",
    **{"from": "postmaster@mx2.hanbit-relay.example"}, name_from="Mail Delivery Subsystem",
    date=d(9, 18, 5, 0),
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="dly-503-relay"

--dly-503-relay
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     helpdesk@dcinside.com

Message will be retried for 4 more day(s).

--dly-503-relay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hanbit-relay.example

Final-Recipient: rfc822; helpdesk@dcinside.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 connection timed out
Will-Retry-Until: Fri, 13 Sep 2024 14:00:00 +0900

--dly-503-relay
Content-Type: text/rfc822-headers

Date: Mon, 09 Sep 2024 14:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: helpdesk@dcinside.com
Subject: [KCSC-240909-04] request
Message-ID: <req-240909-04@kcsc.example>

--dly-503-relay--
""",
    outcome="ignored", classification="bounce",
    imitates="Delay DSN (4.4.1) from an intermediate relay",
    why="delivery-delay notice, ignored whoever sends it",
    items={},
)


HEADER = """# Blind set 503 (tests/corpus/blind503/): Korean platform replies
# (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND), written by
# make.py from the meaning of each email before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind503", HEADER, CASES)


if __name__ == "__main__":
    main()
