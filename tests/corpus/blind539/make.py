#!/usr/bin/env python3
"""Blind set blind539 (Korean portals and communities).

NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea, DC Inside and BAND replying
in Korean (공문-style 조치결과 회신, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies), plus a few English replies, auto-replies,
bounces, read receipts and ticket receipts. Every expected result was
written from the meaning of the email alone, before any run of the reader.

    python3 tests/corpus/blind539/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind539"

# ---------------------------------------------------------------- requests
# R1 NAVER (12 items, the largest)
N1 = "https://blog.naver.com/sunnyfield77/223561004512"
N2 = "https://blog.naver.com/sunnyfield77/223561118830"
N3 = "https://blog.naver.com/dalbit_house/223559870021"
N4 = "https://cafe.naver.com/greenmarket24/88213"
N5 = "https://cafe.naver.com/greenmarket24/88240"
N6 = "https://cafe.naver.com/joonggo_plaza/1530672"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230556"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=5512093"
N9 = "https://blog.naver.com/moonriver_kr/223562230119"
N10 = "https://cafe.naver.com/greenmarket24/88301"
N11 = "https://tv.naver.com/v/58213406"
N12 = "https://blog.naver.com/dalbit_house/223560015577"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
# R2 Kakao (5 items); K3 has a Korean path, stored percent-encoded
K1 = "https://cafe.daum.net/haneul-sarang/Qx8e/1123"
K2 = "https://cafe.daum.net/haneul-sarang/Qx8e/1187"
K3_RAW = "https://mellowday.tistory.com/entry/여름-할인-후기"
K3 = "https://mellowday.tistory.com/entry/" + quote("여름-할인-후기", safe="-")
K4 = "https://brunch.co.kr/@inkpotter/214"
K5 = "https://tv.kakao.com/v/448120037"
R2 = [K1, K2, K3, K4, K5]
# R3 YouTube (4 items)
Y1 = "https://www.youtube.com/watch?v=Hk3vR9pLq2w"
Y2 = "https://www.youtube.com/watch?v=Zt7mN0aXe4c"
Y3 = "https://www.youtube.com/shorts/bQ5yW8uKd1s"
Y4 = "https://www.youtube.com/watch?v=Lp2cD6fGh8J"
R3 = [Y1, Y2, Y3, Y4]
# R4 DC Inside (3 items)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpan_m&no=441208"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpan_m&no=441377"
R4 = [D1, D2, D3]
# R5 BAND (2 items)
B1 = "https://band.us/band/87123345/post/512"
B2 = "https://band.us/band/87123345/post/530"
R5 = [B1, B2]
# R6 NAVER (1 item), R7 Kakao (1 item)
N13 = "https://blog.naver.com/rosequartz_b/223565512090"
K6 = "https://hyangnamu.tistory.com/98"

REQ_MID = {
    "KCSC-240903-01": "KCSC-240903-01.r1725325920",
    "KCSC-240905-02": "KCSC-240905-02.r1725500410",
    "KCSC-240910-03": "KCSC-240910-03.r1725931800",
    "KCSC-240911-04": "KCSC-240911-04.r1726018260",
    "KCSC-240912-05": "KCSC-240912-05.r1726102500",
    "KCSC-240913-06": "KCSC-240913-06.r1726190700",
    "KCSC-240917-07": "KCSC-240917-07.r1726534830",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", 'blogs, cafe, 지식iN, post and tv; "먹튀" promotion network', R1),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:40:10+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "Daum cafe, Tistory, Brunch, Kakao TV", R2),
    ("KCSC-240910-03", "youtube", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "YouTube Korea, legal-kr", R3),
    ("KCSC-240911-04", "dcinside", "2024-09-11T10:31:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "gallery posts, incl. minor gallery 'coinpan_m'", R4),
    ("KCSC-240912-05", "band", "2024-09-12T09:55:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscene", "one open band, two posts", R5),
    ("KCSC-240913-06", "naver", "2024-09-13T10:25:00+09:00", "2024-09-20T18:00:00+09:00",
     "defamation", "single blog post", [N13]),
    ("KCSC-240917-07", "kakao", "2024-09-17T10:00:30+09:00", "2024-09-24T18:00:00+09:00",
     "gambling", "single Tistory post", [K6]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, REQ_MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- MIME helpers
def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(text, ctype):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def alternative(plain, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{plain.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{html.strip()}\n\n"
            f"--{boundary}--\n")


def with_csv(text, rows, filename, boundary):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = base64.encodebytes(("\ufeff" + buf.getvalue()).encode("utf-8")).decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip()}\n\n"
            f"--{boundary}\nContent-Type: text/csv; charset=utf-8; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{data}\n"
            f"--{boundary}--\n")


def quoted_request(ref, urls, lead):
    """The regulator's own request as a Gmail-style quote ('>' lines)."""
    lines = [lead, "> 안녕하세요. 방송통신심의위원회 통신심의국입니다.", ">",
             f"> 아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 방송통신심의위원회 드림"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
NAVER_SIG = "네이버 주식회사 | 정책지원팀\n경기도 성남시 분당구 정자일로 95 (가상 주소)\n"
KAKAO_SIG = "주식회사 카카오 | 이용자보호실\n"

cases = []


def case(**kw):
    cases.append(kw)


# ======================== APPLIED ========================

case(name="naver-gongmun-full-table",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Fri, 06 Sep 2024 16:20:11 +0900",
     subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

- 아 래 -

 연번 | URL                                                                   | 조치결과                        | 조치일
 1    | {N1} | 삭제                            | 2024.09.04
 2    | {N2} | 삭제                            | 2024.09.04
 3    | {N3} | 게시중단                        | 2024.09.04
 4    | {N4} | 삭제                            | 2024.09.05
 5    | {N5} | 임시조치                        | 2024.09.05
 6    | {N6} | 게시물 없음(작성자 삭제)        | -
 7    | {N7} | 삭제                            | 2024.09.05
 8    | {N8} | 비공개 처리                     | 2024.09.05
 9    | {N9} | 미조치(위반사항 확인되지 않음)  | -
 10   | {N10} | 삭제                            | 2024.09.06
 11   | {N11} | 연령 제한(19세 이상 인증) 적용  | 2024.09.06
 12   | {N12} | 블라인드                        | 2024.09.06

※ 9번 게시물은 검토 결과 불법정보에 해당한다고 보기 어려운 일반 후기 글로 확인되어 게시를 유지합니다.

끝.

{NAVER_SIG}(직인생략)
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 공문 style 시정요구 조치결과 통보 with a pipe text table (연번/URL/조치결과/조치일)",
     why="every item of the 12-item request has its own line and result; 게시물 없음(작성자 삭제) is not_found, 미조치 with its reason is rejected, 연령 제한 is restricted",
     items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
            N6: "not_found", N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
            N11: "restricted", N12: "removed"})

case(name="naver-html-table-partial",
     **{"from": "noreply-policy@navercorp.com"}, name_from="NAVER 정책지원",
     date="Thu, 05 Sep 2024 11:02:45 +0900",
     subject="시정요구 조치결과 회신 - KCSC-240903-01 (1차)",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     type="html",
     body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240903-01 시정요구 건 중 검토가 끝난 게시물의 조치결과를 1차로 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>No.</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>존재하지 않는 게시물</td><td>URL 확인 불가</td></tr>
<tr><td>4</td><td><a href="{N10}">{N10}</a></td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>5</td><td><a href="{N11}">{N11}</a></td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항 없음</td></tr>
</table>
<p>나머지 게시물은 검토가 완료되는 대로 2차 회신드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER first-batch 조치결과 reply as an HTML table (No./대상 URL/조치결과/비고)",
     why="five items with results in a table; 존재하지 않는 게시물 is not_found, 조치 불가 with 위반 사항 없음 is rejected; the promise about the rest names nothing; policy link is not an item",
     items={N2: "removed", N5: "restricted", N7: "not_found", N10: "removed", N11: "rejected"})

case(name="naver-csv-attachment",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Fri, 06 Sep 2024 09:41:02 +0900",
     subject="RE: [KCSC-240903-01] 시정요구 - 조치결과 첨부",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     raw_mime=with_csv(
         "안녕하세요, 네이버 정책지원팀입니다.\n\n"
         "KCSC-240903-01 건의 조치결과를 첨부 파일(CSV)로 송부드립니다.\n"
         "확인 부탁드립니다.\n\n감사합니다.\n" + NAVER_SIG,
         [["번호", "URL", "처리결과", "처리일시"],
          ["1", N1, "삭제", "2024-09-04 15:10"],
          ["3", N3, "게시중단", "2024-09-04 15:12"],
          ["4", N4, "삭제", "2024-09-05 10:03"],
          ["6", N6, "게시물 없음", ""],
          ["8", N8, "비공개 처리", "2024-09-05 10:40"],
          ["12", N12, "블라인드", "2024-09-06 09:20"]],
         "KCSC-240903-01_result.csv", "=_nv_4f1a9c"),
     outcome="applied", classification="confirmation",
     imitates="NAVER reply sending the result table as a CSV attachment (UTF-8 with BOM, CRLF)",
     why="the CSV rows give one result per URL; 게시물 없음 is not_found, the rest are removal wordings",
     items={N1: "removed", N3: "removed", N4: "removed", N6: "not_found", N8: "removed", N12: "removed"})

case(name="naver-blind-informal",
     **{"from": "blog_cs@naver.com"}, name_from="네이버 블로그 고객센터",
     date="Fri, 13 Sep 2024 15:08:33 +0900",
     subject="RE: 블로그 게시물 삭제 요청 (KCSC-240913-06)",
     reply_to_req=REQ_MID["KCSC-240913-06"],
     body=f"""
안녕하세요, 네이버 블로그 운영팀 김하늘입니다.

요청주신 {N13} 게시물은
오늘 오후 블라인드 처리 완료했습니다.

추가로 확인이 필요하신 부분 있으시면 회신 주세요.
감사합니다.

김하늘 드림
""",
     outcome="applied", classification="confirmation",
     imitates="informal NAVER blog operator reply (블라인드 처리 완료)",
     why="the one item is named and stated blinded, which is removal",
     items={N13: "removed"})

case(name="naver-sole-threaded",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Mon, 16 Sep 2024 10:15:50 +0900",
     subject="RE: [KCSC-240913-06] 게시물 삭제 요청",
     reply_to_req=REQ_MID["KCSC-240913-06"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물은 당사 운영정책 위반이 확인되어 삭제 조치되었습니다.

감사합니다.
{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="short NAVER threaded reply without the URL (요청하신 게시물은 삭제 조치되었습니다)",
     why="reply in the thread of a one-item request with one unhedged removal statement",
     items={N13: "removed"})

case(name="naver-imsijochi-notice",
     **{"from": "right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
     date="Wed, 04 Sep 2024 18:30:05 +0900",
     subject="[네이버] 임시조치 결과 안내 (KCSC-240903-01)",
     body=f"""
[네이버 게시중단요청서비스] 임시조치 결과 안내

방송통신심의위원회 귀중

접수번호 R-2409-0031877 (요청 번호 KCSC-240903-01) 로 요청하신 건과 관련하여,
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래 게시물에 대해 임시조치를 하였음을 알려드립니다.

  · {N3}
  · {N9}

임시조치 기간은 30일이며, 기간 중 게시자는 재게시를 요청할 수 있습니다.
재게시 요청이 접수되면 별도로 안내드립니다.

게시중단요청서비스 안내: https://right.naver.com/guide
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단요청서비스 임시조치 notice under 정보통신망법 제44조의2",
     why="two named items under 임시조치, which the rules map to restricted; the re-post possibility is information, not a hedge",
     items={N3: "restricted", N9: "restricted"})

case(name="naver-top-posted-over-quote",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Wed, 04 Sep 2024 14:55:19 +0900",
     subject="Re: [KCSC-240903-01] 시정요구 안내",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 요청 건 중 처리가 끝난 2건을 먼저 안내드립니다.

- {N6} : 삭제
- {N7} : 삭제

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", R1, ">")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-posted NAVER reply over the quoted 시정요구 email",
     why="two items removed above the quote; the quoted request lists all twelve and changes nothing",
     items={N6: "removed", N7: "removed"})

case(name="kakao-gongmun-full",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 이용자보호실",
     date="Mon, 09 Sep 2024 17:12:40 +0900",
     subject="시정요구 조치결과 통보 (KCSC-240905-02)",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보 (KCSC-240905-02)

1. 평소 당사 서비스에 관심을 가져 주셔서 감사합니다.
2. 귀 위원회의 시정요구(KCSC-240905-02, 2024. 9. 5.)에 따라 아래와 같이 조치하였음을 알려드립니다.

  가. {K1} - 삭제
  나. {K2} - 게시중단
  다. {K3_RAW} - 비공개 처리
  라. {K4} - 작성자가 이미 삭제하여 확인 불가
  마. {K5} - 대한민국 내 접근 제한

3. 기타 문의사항은 이용자보호실로 연락 주시기 바랍니다.  끝.

{KAKAO_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 공문 style 시정요구 조치결과 통보 with 가/나/다 items",
     why="five named items: 삭제/게시중단/비공개 are removed, already deleted by the author is not_found, 국내 접근 제한 is restricted; the Tistory URL is written with its raw Korean path",
     items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "restricted"})

case(name="kakao-tistory-fullwidth-paren",
     **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 고객센터",
     date="Fri, 06 Sep 2024 13:27:09 +0900",
     subject="[티스토리] 신고 게시글 처리 결과 안내",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     body=f"""
안녕하세요. 티스토리 고객센터입니다.

신고하신 티스토리 게시글（{K3_RAW}）은
운영정책 위반이 확인되어 삭제되었습니다.

티스토리 운영정책: https://www.tistory.com/policy
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory customer-centre 처리 결과 안내 (Kakao)",
     why="one named item of a multi-item request, stated deleted; the URL has a Korean path and sits in full-width parentheses",
     items={K3: "removed"})

case(name="kakao-removed-and-rejected",
     **{"from": "cafe-report@daum.net"}, name_from="Daum 카페 운영팀",
     date="Fri, 06 Sep 2024 10:05:37 +0900",
     subject="RE: [KCSC-240905-02] Daum 카페 게시글 조치 결과",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     body=f"""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 Daum 카페 게시글 2건에 대한 검토 결과를 안내드립니다.

1) {K1}
   카페 운영정책 및 관련 법령 위반이 확인되어 해당 게시글을 삭제하였습니다.

2) {K2}
   검토 결과 운영정책 및 관련 법령에 위배되는 내용이 확인되지 않아
   별도 조치하지 않았습니다. 추가 근거 자료가 있으시면 회신 부탁드립니다.

감사합니다.
Daum 카페 운영팀
""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operations reply with one removal and one refusal with its reason",
     why="K1 deleted; K2 not actioned because no violation was found (refusal with reason = rejected); the offer to look at more evidence is not a request for it",
     items={K1: "removed", K2: "rejected"})

case(name="kakao-qp-brunch-kakaotv",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 이용자보호실",
     date="Tue, 10 Sep 2024 11:48:22 +0900",
     subject="[KCSC-240905-02] 브런치/카카오TV 조치 결과",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     raw_mime=qp_plain(f"""
안녕하세요. 카카오 이용자보호실입니다.

KCSC-240905-02 시정요구 건 중 브런치와 카카오TV 게시물의 조치 결과입니다.

- 브런치 글 {K4} 은 발행 취소(비공개) 처리하였습니다.
- 카카오TV 영상 {K5} 은 대한민국에서 재생되지 않도록 접근을 제한하였습니다.

감사합니다.
{KAKAO_SIG}
"""),
     outcome="applied", classification="confirmation",
     imitates="Kakao reply in quoted-printable UTF-8 with an RFC 2047 encoded subject",
     why="Brunch post unpublished (비공개) is removed; Kakao TV video access-limited in Korea is restricted",
     items={K4: "removed", K5: "restricted"})

case(name="kakao-tistory-angle-particle",
     **{"from": "tistory-cs@kakaocorp.com"}, name_from="티스토리 고객센터",
     date="Wed, 18 Sep 2024 14:02:51 +0900",
     subject="RE: [KCSC-240917-07] 티스토리 게시물 삭제 요청",
     reply_to_req=REQ_MID["KCSC-240917-07"],
     body=f"""
안녕하세요, 티스토리 고객센터입니다.

<{K6}>은 불법 도박 홍보 게시물로 확인되어 운영자 권한으로 삭제 처리했습니다.
블로그 운영자에게는 이용 제한 안내가 발송되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Tistory operator reply (운영자 권한으로 삭제) with the URL in angle brackets followed by a particle",
     why="the one item is named and deleted by the operator",
     items={K6: "removed"})

case(name="yt-korea-legal-ko-headings",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
     date="Fri, 13 Sep 2024 08:14:30 +0900",
     subject="YouTube 법적 요청 처리 결과 [KCSC-240910-03]",
     reply_to_req=REQ_MID["KCSC-240910-03"],
     body=f"""
안녕하세요.

YouTube 법무팀입니다. 귀 위원회의 요청(KCSC-240910-03)을 검토한 결과를 알려드립니다.

현지 법률에 따라 대한민국에서 액세스를 차단한 콘텐츠:
{Y1}
{Y2}

커뮤니티 가이드 위반으로 YouTube에서 삭제한 콘텐츠:
{Y3}

YouTube의 법적 요청 처리 방식은 https://support.google.com/youtube/answer/6154232 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Korean legal-removal outcome grouped under headings (국가 차단 / 가이드 위반 삭제)",
     why="Y1 and Y2 blocked in Korea (restricted), Y3 removed globally; the help link is not an item",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"})

case(name="yt-english-age-and-no-action",
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     date="Thu, 12 Sep 2024 02:40:18 +0000",
     subject="Re: [KCSC-240910-03] Legal request - Republic of Korea",
     reply_to_req=REQ_MID["KCSC-240910-03"],
     body=f"""
Hello,

Thanks for reaching out to YouTube Legal Support. We have reviewed the content
you reported and wanted to let you know the outcome.

- {Y4}
  We have age-restricted this video. It is no longer available to viewers
  who are signed out or under 18.

- {Y2}
  After careful review, we have determined that this content does not violate
  our Community Guidelines or local law, and we are not taking action on it.

Regards,
The YouTube Legal Support Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support English outcome email (age restriction and no action)",
     why="Y4 age-restricted is restricted; Y2 no violation, no action is rejected",
     items={Y4: "restricted", Y2: "rejected"})

case(name="yt-base64-html",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Mon, 16 Sep 2024 05:03:44 +0000",
     subject="Update on your legal request KCSC-240910-03",
     raw_mime=b64(f"""
<html><body>
<p>Hi,</p>
<p>We have an update on your legal request <b>KCSC-240910-03</b>.</p>
<p>The following content has been removed from YouTube:</p>
<ul><li><a href="{Y3}">{Y3}</a></li></ul>
<p>We were unable to locate the following video. It does not exist on YouTube or the link is invalid:</p>
<ul><li><a href="{Y1}">{Y1}</a></li></ul>
<p>Learn more about <a href="https://www.youtube.com/howyoutubeworks/policies/legal-removals/">legal removals</a>.</p>
<p>&mdash; The YouTube Team</p>
</body></html>
""", "text/html"),
     outcome="applied", classification="confirmation",
     imitates="YouTube system update email, base64-encoded HTML with lists",
     why="Y3 removed; Y1 cannot be located / does not exist is not_found; the policy page is not an item",
     items={Y3: "removed", Y1: "not_found"})

case(name="yt-url-next-line-rest-pending",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal (Korea)",
     date="Thu, 12 Sep 2024 16:22:09 +0900",
     subject="RE: [KCSC-240910-03] 명예훼손 영상 삭제 요청",
     reply_to_req=REQ_MID["KCSC-240910-03"],
     body=f"""
Hello,

Thank you for your legal request. We have removed the following video from
YouTube globally for violating our harassment and cyberbullying policy:

    {Y4}

The other videos in your notice remain under review; we will write to you
once a decision has been made.

Best regards,
Google Legal Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal team reply with the URL on the line below its statement",
     why="Y4 removed; the rest are only under review and unnamed",
     items={Y4: "removed"})

case(name="dc-operator-informal-bullets",
     **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Wed, 11 Sep 2024 19:47:03 +0900",
     subject="RE: [KCSC-240911-04] 개인정보 노출 게시물 삭제 요청",
     reply_to_req=REQ_MID["KCSC-240911-04"],
     body=f"""
안녕하세요 디시인사이드 운영팀입니다.
신고해주신 게시물 확인했습니다.

· {D1} → 삭제했습니다
· {D2} → 삭제 및 작성자 IP 차단했습니다
· {D3} → 이미 작성자가 지운 글이라 확인되지 않습니다

추가 건 있으시면 언제든 메일 주세요~
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply with bulleted URL → result lines",
     why="D1 and D2 deleted; D3 already deleted by its author is not_found; the IP block is about the user, not the item",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-bare-url-status-below",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드",
     date="Thu, 12 Sep 2024 11:30:26 +0900",
     subject="[디시인사이드] 게시물 신고 처리 결과",
     body=f"""
[디시인사이드] 신고 처리 결과 안내 (요청번호 KCSC-240911-04)

{D1}
→ 게시물 삭제 완료

{D3}
→ 존재하지 않는 게시물입니다 (번호 오류 또는 작성자 삭제)

본 메일은 발신 전용입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside report-result mail with bare URL lines and the result on the line below",
     why="D1 removed; D3 does not exist is not_found",
     items={D1: "removed", D3: "not_found"})

case(name="dc-removed-and-refused",
     **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Fri, 13 Sep 2024 14:18:55 +0900",
     subject="RE: [KCSC-240911-04] 마이너 갤러리 게시물 관련",
     reply_to_req=REQ_MID["KCSC-240911-04"],
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{D2} 은 개인정보 노출이 확인되어 삭제 처리하였습니다.

{D3} 은 검토 결과 갤러리 이용 규칙 및 관련 법령을
위반하는 게시물로 보기 어려워 삭제하지 않았습니다.
게시물에 실명이나 연락처 등 개인을 특정할 수 있는 정보는 포함되어 있지 않습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="DC Inside operator reply refusing one post with its reason",
     why="D2 deleted; D3 not deleted because it breaks no rule (reason given) is rejected",
     items={D2: "removed", D3: "rejected"})

case(name="band-removed-and-gone",
     **{"from": "help@band.us"}, name_from="BAND 운영팀",
     date="Fri, 13 Sep 2024 10:44:12 +0900",
     subject="RE: [KCSC-240912-05] 밴드 게시글 신고 처리 결과",
     reply_to_req=REQ_MID["KCSC-240912-05"],
     body=f"""
안녕하세요. BAND 운영팀입니다.

요청하신 게시글에 대한 처리 결과를 안내드립니다.

1. {B1}
   - 운영정책(음란물 게시 금지) 위반으로 게시글을 삭제했습니다.
2. {B2}
   - 작성자가 이미 삭제하여 해당 게시글을 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operating

감사합니다.
BAND 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="BAND operations team reply with a numbered list",
     why="B1 deleted; B2 already deleted by its author is not_found",
     items={B1: "removed", B2: "not_found"})

case(name="naver-kin-wrapped-url",
     **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 고객센터",
     date="Thu, 05 Sep 2024 17:51:30 +0900",
     subject="RE: [KCSC-240903-01] 지식iN / 포스트 게시물 조치 결과",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 지식iN 고객센터입니다.

요청하신 게시물 중 지식iN, 포스트 게시물의 조치 결과입니다.

1) {N7.split('docId')[0]}
docId=471230556 : 답변 포함 게시물 삭제
2) {N8.split('memberNo')[0]}
memberNo=5512093 : 포스트 삭제

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 지식iN reply whose mail client hard-wrapped the long URLs after '&'",
     why="both long URLs are broken across two lines by the client; a clerk reads them whole and both posts are deleted",
     items={N7: "removed", N8: "removed"})

case(name="naver-echoed-report",
     **{"from": "cs_noreply@naver.com"}, name_from="네이버 고객센터",
     date="Thu, 05 Sep 2024 09:12:14 +0900",
     subject="[네이버 고객센터] 신고 처리 결과 안내",
     body=f"""
[네이버 고객센터] 신고 처리 결과 안내

■ 신고 내용
 - 신고 번호 : 20240904-118273
 - 신고 기관 : 방송통신심의위원회 (KCSC-240903-01)
 - 신고 대상 : {N10}
 - 신고 사유 : 불법 도박 홍보

■ 처리 결과
 신고하신 게시물은 카페 운영정책 위반이 확인되어 삭제되었습니다.

본 메일은 발신 전용으로 회신되지 않습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre report-result mail echoing the report (신고 내용 / 처리 결과)",
     why="the echoed report names one item and the result block says the reported post was deleted",
     items={N10: "removed"})

case(name="naver-tv-age-and-post",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Mon, 09 Sep 2024 15:33:48 +0900",
     subject="RE: [KCSC-240903-01] 네이버TV/블로그 조치결과",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 아래 2건의 조치결과를 회신드립니다.

1. {N11}은 청소년 유해 정보로 판단되어 19세 미만 이용자의 시청을 제한하였습니다.
2. {N1}은 불법 도박 사이트 홍보 글로 확인되어 삭제하였습니다.

감사합니다.
{NAVER_SIG}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER numbered reply with URLs directly followed by the particle 은",
     why="N11 age-restricted is restricted; N1 deleted",
     items={N11: "restricted", N1: "removed"})

case(name="kakao-ack-plus-statement",
     **{"from": "cs@kakao.com"}, name_from="카카오 고객센터",
     date="Mon, 09 Sep 2024 09:06:27 +0900",
     subject="[카카오 고객센터] 문의 답변 (접수번호 5120933)",
     body=f"""
안녕하세요. 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 5120933)

확인 결과, 신고하신 {K2} 게시글은
카페 운영정책 위반으로 블라인드 처리되었습니다.

더 궁금하신 점은 고객센터 도움말(https://cs.kakao.com/helps)을 참고해 주세요.
감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao customer-centre answer that opens with the receipt sentence and then gives the result",
     why="a receipt phrase plus an unhedged blind statement about a named item is a confirmation, not an acknowledgement",
     items={K2: "removed"})

KAKAO_OUTLOOK_QUOTE = f"""
-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:40 AM
To: policy@kakaocorp.com
Subject: [KCSC-240905-02] 시정요구

아래 정보에 대하여 시정요구(KCSC-240905-02)를 합니다.
1. {K1}
2. {K2}
3. {K3}
4. {K4}
5. {K5}
"""

case(name="kakao-outlook-html-table",
     **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우 (Kakao 이용자보호실)",
     date="Wed, 11 Sep 2024 16:58:02 +0900",
     subject="RE: [KCSC-240905-02] 시정요구",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     raw_mime=alternative(
         f"""
안녕하세요, 카카오 이용자보호실 한지우입니다.
조치 결과 아래 표로 정리해 드립니다.

대상 URL	조치 결과
{K1}	삭제
{K3_RAW}	삭제
{K5}	접근 제한(국내)

감사합니다.
한지우 드림
{KAKAO_OUTLOOK_QUOTE}""",
         f"""
<html><body>
<div style="font-family:'맑은 고딕';font-size:10pt">
<p>안녕하세요, 카카오 이용자보호실 한지우입니다.<br>조치 결과 아래 표로 정리해 드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><td><b>대상 URL</b></td><td><b>조치 결과</b></td></tr>
<tr><td>{K1}</td><td>삭제</td></tr>
<tr><td><a href="{K3}">{K3_RAW}</a></td><td>삭제</td></tr>
<tr><td>{K5}</td><td>접근 제한(국내)</td></tr>
</table>
<p>감사합니다.<br>한지우 드림</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0">
<p><b>From:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br><b>Sent:</b> Thursday, September 5, 2024 10:40 AM<br>
<b>To:</b> policy@kakaocorp.com<br><b>Subject:</b> [KCSC-240905-02] 시정요구</p>
<p>아래 정보에 대하여 시정요구(KCSC-240905-02)를 합니다.<br>1. {K1}<br>2. {K2}<br>3. {K3}<br>4. {K4}<br>5. {K5}</p>
</div></div></body></html>
""", "=_kk_alt_77c1"),
     outcome="applied", classification="confirmation",
     imitates="Outlook reply (multipart/alternative, HTML table) over the quoted original request",
     why="three items with results above the quoted request; 접근 제한(국내) is restricted; the quoted five URLs change nothing",
     items={K1: "removed", K3: "removed", K5: "restricted"})

case(name="naver-global-gmail-quote",
     **{"from": "global-policy@navercorp.com"}, name_from="NAVER Global Policy",
     date="Tue, 10 Sep 2024 10:21:37 +0900",
     subject="Re: [KCSC-240903-01] Correction request",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
Dear KCSC team,

We have disabled the following blog post: {N12} .

The post {N9} was reviewed and does not violate NAVER's
policies or Korean law, so it will remain available.

Kind regards,
NAVER Global Policy Team

On Tue, Sep 3, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", [N9, N12], ">")}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER English reply with Gmail 'On … wrote:' quoting",
     why="N12 disabled is removed; N9 does not violate policy and stays is rejected; the quote changes nothing",
     items={N12: "removed", N9: "rejected"})

# ======================== REVIEW ========================

case(name="naver-promise-will-act",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Wed, 04 Sep 2024 11:20:40 +0900",
     subject="RE: [KCSC-240903-01] 시정요구 관련 회신",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중
{N4}
{N5}
에 대해서는 내부 검토 후 조치할 예정입니다.

처리 결과는 영업일 기준 3일 이내에 회신드리겠습니다.
감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="NAVER interim reply promising action (조치할 예정)",
     why="names two items but only promises action; nothing has happened to them yet",
     items={N4: "pending", N5: "pending"})

case(name="kakao-hedged-appears",
     **{"from": "policy@kakaocorp.com"}, name_from="카카오 이용자보호실",
     date="Mon, 09 Sep 2024 12:03:15 +0900",
     subject="RE: [KCSC-240905-02] 문의 주신 게시물 확인",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     body=f"""
안녕하세요. 카카오 이용자보호실입니다.

확인해 보니 {K4} 글은
작성자가 스스로 삭제한 것으로 보입니다.
{K5} 영상은 국내 접근 제한이 적용되었을 수 있으나
시스템 반영에 시간이 걸리고 있어 정확한 상태는 다시 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Kakao operator reply with hedges (것으로 보입니다 / 적용되었을 수 있으나)",
     why="both named items are only hedged about ('appears', 'may have'), which are not statements",
     items={K4: "pending", K5: "pending"})

case(name="yt-conditional-restrict",
     **{"from": "legal-kr@google.com"}, name_from="Google Legal (Korea)",
     date="Wed, 11 Sep 2024 09:40:00 +0900",
     subject="RE: [KCSC-240910-03] 명예훼손 영상",
     reply_to_req=REQ_MID["KCSC-240910-03"],
     body=f"""
Hello,

Regarding {Y1}: we have notified the uploader of your
request. If the video is not taken down by the uploader within 7 days, we will
restrict access to it in South Korea.

We will let you know the final outcome.

Best regards,
Google Legal Team
""",
     outcome="review", review="not_understood",
     imitates="Google legal reply with a conditional future action (uploader notified)",
     why="a condition and a promise about a named item; no present status",
     items={Y1: "pending"})

case(name="naver-bulk-whole-request",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Thu, 05 Sep 2024 18:05:12 +0900",
     subject="RE: [KCSC-240903-01] 조치 완료",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 요청 건에 포함된 게시물 전체에 대해 게시중단 처리를 완료하였습니다.

감사합니다.
{NAVER_SIG}
""",
     outcome="review", review="bulk",
     imitates="NAVER one-line completion reply for a whole request",
     why="one statement about all items of a 12-item request without naming any",
     items={u: "pending" for u in R1})

case(name="band-bulk-two-posts",
     **{"from": "help@band.us"}, name_from="BAND 운영팀",
     date="Thu, 12 Sep 2024 17:26:41 +0900",
     subject="RE: [KCSC-240912-05] 밴드 게시글 신고",
     reply_to_req=REQ_MID["KCSC-240912-05"],
     body="""
안녕하세요 BAND 운영팀입니다.
신고해 주신 게시글 2건 모두 삭제 조치 완료했습니다.
감사합니다.
""",
     outcome="review", review="bulk",
     imitates="BAND short completion reply (2건 모두 삭제)",
     why="a statement about both items of a two-item request without naming either",
     items={B1: "pending", B2: "pending"})

case(name="naver-dmarc-fail",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     auth="fail",
     date="Mon, 16 Sep 2024 21:44:09 +0900",
     subject="RE: [KCSC-240913-06] 게시물 삭제 요청",
     reply_to_req=REQ_MID["KCSC-240913-06"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N13} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
     outcome="review", review="untrusted",
     imitates="NAVER-looking reply whose DKIM/SPF/DMARC fail",
     why="the From domain is NAVER's but authentication fails, so the statement cannot change the item",
     items={N13: "pending"})

case(name="lawfirm-unknown-sender",
     **{"from": "office@hangyeol-law.example"}, name_from="법무법인 한결",
     date="Thu, 05 Sep 2024 13:10:00 +0900",
     subject="[법무법인 한결] KCSC-240903-01 관련 게시물 삭제 통지",
     body=f"""
방송통신심의위원회 귀중

당 법인은 블로그 운영자 박OO의 대리인입니다.
귀 위원회의 시정요구(KCSC-240903-01)와 관련하여, 의뢰인 소유 블로그의 게시물
{N1} 및 {N2} 는
의뢰인이 2024. 9. 4. 직접 삭제하였음을 알려드립니다.

법무법인 한결 담당 변호사 이정민
""",
     outcome="review", review="unknown_sender",
     imitates="law firm writing for a blogger about the blogger's own deletion",
     why="not from any platform's domain; names the request and two items",
     items={N1: "pending", N2: "pending"})

case(name="kakao-daum-search-naver-urls",
     **{"from": "search-policy@kakaocorp.com"}, name_from="Daum 검색 정책팀",
     date="Fri, 06 Sep 2024 15:37:22 +0900",
     subject="[Daum 검색] 검색 결과 제외 처리 안내",
     body=f"""
안녕하세요. Daum 검색 정책팀입니다.

방송통신심의위원회(KCSC-240903-01)에서 요청하신 아래 게시물은
Daum 검색 결과에서 삭제(노출 제외) 처리하였습니다.

- {N3}
- {N4}

원문 게시물의 삭제는 해당 서비스 운영사에 요청하셔야 합니다.
감사합니다.
""",
     outcome="review", review="wrong_platform",
     imitates="Daum search de-indexing notice about NAVER-hosted posts",
     why="Kakao states a removal for items that belong to the NAVER request; only NAVER can change them",
     items={N3: "pending", N4: "pending"})

case(name="naver-asks-documents",
     **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
     date="Wed, 04 Sep 2024 16:02:33 +0900",
     subject="RE: [KCSC-240903-01] 추가 자료 요청",
     reply_to_req=REQ_MID["KCSC-240903-01"],
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물에 대한 정확한 검토를 위해 심의 의결서 사본 또는
위반 근거 자료를 추가로 보내주시기 바랍니다.

- {N8}
- {N11}

자료를 받는 대로 검토를 진행하겠습니다.
감사합니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for supporting documents (심의 의결서 사본 요청)",
     why="asks for more documents about two named items; nothing has been done to them",
     items={N8: "pending", N11: "pending"})

case(name="dc-contact-change-notice",
     **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
     date="Fri, 20 Sep 2024 10:00:00 +0900",
     subject="[디시인사이드] 기관 협조 요청 접수 창구 변경 안내",
     body="""
안녕하세요. 디시인사이드 운영팀입니다.

2024년 10월 1일부터 기관 협조 요청(삭제·차단 요청 등)의 접수 창구가
report@dcinside.com 으로 일원화됩니다.
기존 담당자 메일로 보내시는 요청은 처리가 지연될 수 있으니 참고 부탁드립니다.

감사합니다.
""",
     outcome="review", review="no_claims",
     imitates="DC Inside notice about a new address for agency requests",
     why="trusted platform mail that names no item and references no request",
     items={})

case(name="kakao-conflicting-same-item",
     **{"from": "cafe-report@daum.net"}, name_from="Daum 카페 운영팀",
     date="Tue, 10 Sep 2024 15:12:48 +0900",
     subject="RE: [KCSC-240905-02] Daum 카페 게시글 조치 결과",
     reply_to_req=REQ_MID["KCSC-240905-02"],
     body=f"""
안녕하세요. Daum 카페 운영팀입니다.

[조치 결과]
{K1} : 삭제 완료

[검토 의견]
요청하신 게시글 {K1} 은 검토 결과
운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.

감사합니다.
""",
     outcome="review", review="conflicting_statements",
     imitates="Daum cafe reply whose result line and review note contradict each other",
     why="the same item is stated deleted and stated not actioned in one email",
     items={K1: "pending"})

# ======================== IGNORED ========================

case(name="naver-out-of-office",
     **{"from": "minji.oh@navercorp.com"}, name_from="오민지",
     date="Mon, 09 Sep 2024 10:00:05 +0900",
     subject="자동 회신: [KCSC-240903-01] 시정요구 안내",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
[자동응답] 9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
부재 기간 중 시정요구 관련 문의는 policy-support@navercorp.com 으로 보내 주시면
담당자가 확인 후 처리해 드리겠습니다.

오민지 드림
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean Outlook out-of-office auto-reply (자동 회신 / 부재중)",
     why="auto-reply; the promise is about handling mail in general",
     items={})

case(name="kakao-dsn-user-unknown",
     **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 10:40:31 +0900",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_0905"

--=_dsn_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-team@kakaocorp.com>: host mailstore.kakaocorp.com said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--=_dsn_0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 10:40:30 +0900 (KST)

Final-Recipient: rfc822; policy-team@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_dsn_0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-team@kakaocorp.com
Subject: [KCSC-240905-02] 시정요구
Message-ID: <{REQ_MID["KCSC-240905-02"]}@kcsc.example>
Date: Thu, 05 Sep 2024 10:40:10 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구(KCSC-240905-02)를 합니다.
1. {K1} 삭제
2. {K2} 삭제
3. {K4} 삭제

--=_dsn_0905--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 5.1.1 User unknown) returning the request with its URLs",
     why="delivery failure report; the returned request's own words change nothing",
     items={})

case(name="naver-read-receipt",
     **{"from": "sora.lee@navercorp.com"}, name_from="이소라",
     date="Fri, 13 Sep 2024 11:02:16 +0900",
     subject="읽음: [KCSC-240913-06] 게시물 삭제 요청",
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0913"

--=_mdn_0913
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 이소라
제목: [KCSC-240913-06] 게시물 삭제 요청
보낸 날짜: 2024-09-13 오전 10:25

위 메시지를 2024-09-13 오전 11:02에 읽었습니다.

--=_mdn_0913
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;sora.lee@navercorp.com
Original-Message-ID: <{REQ_MID["KCSC-240913-06"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_0913--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook Korean read receipt (읽음: … 위 메시지를 … 읽었습니다)",
     why="read receipt only",
     items={})

case(name="yt-ticket-receipt-ko",
     **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
     date="Tue, 10 Sep 2024 10:31:12 +0900",
     subject="YouTube 법적 요청 접수 확인 [KCSC-240910-03]",
     body="""
안녕하세요.

YouTube에 보내주신 법적 요청(KCSC-240910-03)이 정상적으로 접수되었습니다.
참조 번호: 7-3098812200

요청을 검토하는 데 시간이 걸릴 수 있으며, 이 메일에 회신하실 필요는 없습니다.
추가 문의 시 위 참조 번호를 기재해 주세요.

YouTube 법무팀
""",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube legal request receipt in Korean (접수 확인, reference number)",
     why="pure receipt with a reference number, no statement about items",
     items={})

case(name="kakao-cs-receipt",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     date="Tue, 17 Sep 2024 10:01:05 +0900",
     subject="[카카오 고객센터] 문의 접수 완료 안내",
     body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 접수되었습니다.
 - 접수번호: 5138820
 - 접수일시: 2024-09-17 10:01
 - 문의 제목: [KCSC-240917-07] 티스토리 게시물 삭제 요청

순차적으로 확인 후 답변드리겠습니다. 감사합니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt (문의 접수 완료)",
     why="ticket receipt only; 'we will answer' is about the ticket",
     items={})

case(name="dc-auto-reply-hours",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드",
     date="Wed, 11 Sep 2024 22:31:40 +0900",
     subject="[자동응답] 디시인사이드 신고 센터",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
본 메일은 자동응답 메일입니다.

현재는 운영 시간(평일 10:00~18:00)이 아니므로 보내주신 메일은
다음 영업일에 순차적으로 확인됩니다.

디시인사이드 운영팀
""",
     outcome="ignored", classification="auto_reply",
     imitates="DC Inside after-hours auto-reply",
     why="auto-reply",
     items={})

case(name="band-ticket-receipt",
     **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
     date="Thu, 12 Sep 2024 09:56:10 +0900",
     subject="[BAND] 문의가 접수되었습니다",
     body="""
BAND 고객센터에 문의해 주셔서 감사합니다.

문의 번호 #BD-20240912-40917 로 접수되었습니다.
담당자가 확인 후 이메일로 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="BAND help-desk receipt",
     why="ticket receipt only",
     items={})

HEADER = """# blind539: Korean portals and communities (NAVER, Kakao/Daum/Tistory/Brunch,
# YouTube Korea, DC Inside, BAND). Written by tests/corpus/blind539/make.py;
# expected results written from each email's meaning before any run."""


def encode_headers():
    """Korean display names and subjects as RFC 2047 encoded-words, as most
    Korean mail systems send them; DC Inside's mails keep a raw UTF-8
    Subject (RFC 6532), which some Korean web mailers send."""
    for c in cases:
        for key in ("name_from", "subject"):
            if key == "subject" and c["name"].startswith("dc-"):
                continue
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8", maxlinelen=76).encode()


def main():
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
