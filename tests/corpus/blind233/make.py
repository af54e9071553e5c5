#!/usr/bin/env python3
"""Blind set 233: Korean-language replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies.

Deterministic: `python3 tests/corpus/blind233/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
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

SET = "blind233"


def pct(path):
    return quote(path, safe="/-_.~")


# ---------------------------------------------------------------- requests
# NAVER, KCSC-240902-01 (largest, 12 items, 불법 도박 광고)
N1 = "https://blog.naver.com/lucky_moon77/223561040101"
N2 = "https://blog.naver.com/lucky_moon77/223561040188"
N3 = "https://blog.naver.com/spin_hana/223560998812"
N4 = "https://cafe.naver.com/bettingtalk2024/4417"
N5 = "https://cafe.naver.com/bettingtalk2024/4420"
N6 = "https://cafe.naver.com/bettingtalk2024/4432"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70112&docId=471230556"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=55012871"
N9 = "https://blog.naver.com/toto_guide_kr/223559871204"
N10 = "https://m.blog.naver.com/toto_guide_kr/223559871377"
N11 = "https://cafe.naver.com/ArticleRead.nhn?clubid=31188420&articleid=902"
N12 = "https://blog.naver.com/PostView.naver?blogId=casino_nara&logNo=223562200415"
# Kakao, KCSC-240903-02 (5 items, 마약류 판매 광고)
K1 = "https://cafe.daum.net/greenleaf420/Ax1B/233"
K2 = "https://cafe.daum.net/greenleaf420/Ax1B/241"
K3_RAW = "https://ganjanote.tistory.com/entry/제품-구매-방법"
K3 = "https://ganjanote.tistory.com" + pct("/entry/제품-구매-방법")
K4 = "https://ganjanote.tistory.com/58"
K5 = "https://story.kakao.com/_aB3dEf/9Kq2LmN0pQ1"
# YouTube, KCSC-240905-03 (4 items, 불법 촬영물 유포 협박·명예훼손 영상)
Y1 = "https://www.youtube.com/watch?v=Qm7rT2xKp9c"
Y2 = "https://www.youtube.com/watch?v=b8LwN3vZs0E"
Y3 = "https://www.youtube.com/shorts/Hx4kPq2RtYw"
Y4 = "https://www.youtube.com/@dorosi_tv_official"
# DC Inside, KCSC-240909-04 (3 items, 개인정보 노출)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551203"
D3 = "https://gall.dcinside.com/mini/board/view/?id=hiddenroom&no=3381"
# BAND, KCSC-240910-05 (2 items, 불법 도박 홍보)
B1 = "https://band.us/band/81234567/post/1142"
B2 = "https://band.us/band/81234567/post/1157"
# NAVER, KCSC-240911-06 (1 item, 개인정보 노출)
N13 = "https://cafe.naver.com/mamsquare88/1290331"
# Kakao, KCSC-240912-07 (1 item, 마약류 거래 안내)
K6_RAW = "https://nightmarket24.tistory.com/entry/텔레그램-거래-안내"
K6 = "https://nightmarket24.tistory.com" + pct("/entry/텔레그램-거래-안내")

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], "gambling", "불법 도박 사이트 광고 12건"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [K1, K2, K3, K4, K5], "drugs", "마약류 판매 광고"),
    ("KCSC-240905-03", "youtube", "2024-09-05T15:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y1, Y2, Y3, Y4], "defamation", "명예훼손·협박 영상"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     [D1, D2, D3], "privacy", "개인정보 노출 게시물"),
    ("KCSC-240910-05", "band", "2024-09-10T14:10:00+09:00", "2024-09-19T18:00:00+09:00",
     [B1, B2], "gambling", "불법 도박 홍보 게시글"),
    ("KCSC-240911-06", "naver", "2024-09-11T10:20:00+09:00", "2024-09-19T18:00:00+09:00",
     [N13], "privacy", "개인정보 노출 카페 게시글"),
    ("KCSC-240912-07", "kakao", "2024-09-12T16:45:00+09:00", "2024-09-20T18:00:00+09:00",
     [K6], "drugs", "마약류 거래 안내 게시물"),
]


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_body(ref, raw=False):
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            lines = [
                "안녕하십니까, 방송통신심의위원회입니다.",
                "",
                f"「정보통신망법」 제44조의7에 따라 아래 정보({note})에 대한 시정요구를 통보하오니,",
                f"조치 후 그 결과를 회신하여 주시기 바랍니다. (문서번호 {ref})",
                "",
            ]
            for i, u in enumerate(urls, 1):
                shown = u
                if raw and u == K3:
                    shown = K3_RAW
                if raw and u == K6:
                    shown = K6_RAW
                lines.append(f"{i}. {shown}")
            lines += ["", "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
            return lines
    raise KeyError(ref)


def quoted(ref):
    return "\n".join("> " + l if l else ">" for l in request_body(ref))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


NAVER_POLICY = "policy@navercorp.com"
NAVER_RIGHT = "noreply-right@naver.com"
KAKAO_POLICY = "policy@kakaocorp.com"
KAKAO_CS = "cs-noreply@kakao.com"
YT_LEGAL = "legal-kr@google.com"
YT_NOREPLY = "no-reply@youtube.com"
DC_HELP = "help@dcinside.com"
BAND_HELP = "help@band.us"

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================== APPLIED
case(
    name="naver-gongmun-text-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 '시정요구에 대한 조치결과 회신' with a fixed-width 연번/URL/조치결과 table",
    why="공문 table, one row per item: 삭제/비공개 처리 -> removed, 임시조치 -> restricted, 게시자 자진 삭제·존재하지 않음 -> not_found, 불법정보 미해당 미조치 -> rejected",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:12:40 +0900",
    subject="[회신] 시정요구에 대한 조치결과 알림 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
수신  방송통신심의위원회 통신심의국장
참조  불법정보대응팀
제목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구(KCSC-240902-01, 2024. 9. 2.)
3. 위 호와 관련하여 당사 서비스에 게재된 불법정보(도박)에 대하여
   아래와 같이 조치하였음을 회신합니다.

                         - 아    래 -

 연번 | 대상 URL                                                                  | 조치결과
 -----+---------------------------------------------------------------------------+------------------------------
   1  | {N1:<73} | 삭제
   2  | {N2:<73} | 삭제
   3  | {N3:<73} | 삭제
   4  | {N4:<73} | 삭제
   5  | {N5:<73} | 임시조치(30일)
   6  | {N6:<73} | 삭제
   7  | {N7:<73} | 게시물 없음(게시자 자진 삭제)
   8  | {N8:<73} | 비공개 처리
   9  | {N9:<73} | 미조치(불법정보 미해당, 단순 이용후기)
  10  | {N10:<73} | 삭제
  11  | {N11:<73} | 존재하지 않는 게시물
  12  | {N12:<73} | 삭제

4. 미조치 건에 대하여 의견이 있으시면 회신하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당 김서윤 | policy@navercorp.com
""",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "removed", N7: "not_found", N8: "removed", N9: "rejected", N10: "removed",
           N11: "not_found", N12: "removed"},
)

html_rows = [(N1, "블라인드"), (N2, "삭제"), (N3, "위반사항 없음(게시 유지)"), (N4, "삭제"), (N5, "삭제"),
             (N6, "이미 삭제되어 존재하지 않는 게시물")]
plain_alt = "\n".join(
    ["안녕하세요. 네이버 게시중단 담당자입니다.",
     "KCSC-240902-01 시정요구 건 중 1차 처리 결과를 알려드립니다.", ""]
    + [f"{i}. {u} - {s}" for i, (u, s) in enumerate(html_rows, 1)]
    + ["", "나머지 6건은 검토가 끝나는 대로 회신드리겠습니다.", "", "네이버 정책지원팀 드림"])
html_alt = (
    "<html><body><p>안녕하세요. 네이버 게시중단 담당자입니다.<br>"
    "KCSC-240902-01 시정요구 건 중 1차 처리 결과를 알려드립니다.</p>\n"
    '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
    "<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>\n"
    + "".join(f'<tr><td>{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{s}</td></tr>\n'
              for i, (u, s) in enumerate(html_rows, 1))
    + "</table>\n<p>나머지 6건은 검토가 끝나는 대로 회신드리겠습니다.</p>\n<p>네이버 정책지원팀 드림</p></body></html>")
case(
    name="naver-html-table-first-batch",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 담당자 reply, multipart/alternative with an HTML 처리 결과 table (first batch of a large request)",
    why="six rows with their result: 블라인드/삭제 -> removed, 위반사항 없음(게시 유지) -> rejected, 이미 삭제되어 존재하지 않음 -> not_found; the promise for the other six names none of them",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 18:03:11 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 1차 처리 결과",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="==alt233a=="

--==alt233a==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(plain_alt)}
--==alt233a==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_alt)}
--==alt233a==--
""",
    items={N1: "removed", N2: "removed", N3: "rejected", N4: "removed", N5: "removed", N6: "not_found"},
)

csv_rows = [("7", N7, "삭제", ""), ("8", N8, "삭제", ""), ("9", N9, "임시조치", "30일 후 재검토"),
            ("10", N10, "삭제", ""), ("11", N11, "게시물 없음", "해당 주소에 게시물이 존재하지 않음"),
            ("12", N12, "미조치", "불법정보 미해당(도박 관련성 없음)")]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["연번", "URL", "조치결과", "비고"])
for r in csv_rows:
    cw.writerow(r)
csv_bytes = ("\ufeff" + cbuf.getvalue()).encode("utf-8")
csv_b64 = base64.encodebytes(csv_bytes).decode("ascii").rstrip("\n")
case(
    name="naver-csv-attachment-second-batch",
    outcome="applied", classification="confirmation",
    imitates="NAVER 2차 조치결과 회신 with a UTF-8 (BOM) CSV 조치결과 attachment",
    why="the attached CSV gives each of items 7-12 its 조치결과: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 미조치(불법정보 미해당) -> rejected",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 11:20:54 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 2차 조치결과 회신",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==mix233b=="

--==mix233b==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 건의 나머지 6건(연번 7~12)에 대한 조치결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

네이버 정책지원팀 김서윤 드림
--==mix233b==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result2.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--==mix233b==--
""",
    items={N7: "removed", N8: "removed", N9: "restricted", N10: "removed", N11: "not_found", N12: "rejected"},
)

case(
    name="naver-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 담당자 prose reply: a statement sentence followed by the URLs it covers",
    why="'아래 게시물은 … 게시중단(삭제)' covers the two URLs under it -> removed; '운영정책 위반 사항이 확인되지 않아 게시를 유지' covers the third -> rejected",
    **{"from": NAVER_POLICY}, name_from="네이버 게시중단 담당자",
    date="Wed, 04 Sep 2024 10:41:02 +0900",
    subject="Re: [KCSC-240902-01] 블로그 게시물 처리 결과",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 게시중단 담당자입니다.
KCSC-240902-01 건 중 블로그 게시물 3건의 처리 결과를 안내드립니다.

아래 게시물은 사행성 광고로 확인되어 게시중단(삭제) 처리하였습니다.
{N1}
{N2}

아래 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
{N3}

나머지 게시물은 확인 후 별도로 회신드리겠습니다.
감사합니다.

네이버 게시중단 담당자 드림
""",
    items={N1: "removed", N2: "removed", N3: "rejected"},
)

case(
    name="naver-cafe-bare-url-arrow-status",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영 담당 reply: bare URL, status on the line below after an arrow",
    why="each bare URL is followed by its own '→' line: 삭제 완료 -> removed, 작성자가 이미 삭제한 글(조회되지 않음) -> not_found",
    **{"from": "cafe-help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 09:15:37 +0900",
    subject="Re: [KCSC-240902-01] 카페 게시물 처리 현황",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

[카페 게시물 처리 현황]
{N4}
 → 카페 운영원칙(불법 도박 홍보) 위반, 게시글 삭제 완료
{N5}
 → 게시글 삭제 완료
{N6}
 → 작성자가 이미 삭제한 글로 확인됩니다 (조회되지 않음)

해당 카페에 대해서는 운영원칙에 따라 추가 모니터링을 진행하고 있습니다.
감사합니다.
""",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

case(
    name="naver-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply from a NAVER staff member over the Gmail-quoted (>) request",
    why="the top text gives three items their result (삭제 -> removed x2, 카페 운영자가 이미 삭제하여 존재하지 않음 -> not_found); the other URLs appear only in the > quote",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Fri, 06 Sep 2024 14:02:19 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 김서윤입니다.

요청 주신 건 중
{N9} ,
{N10} 은 오늘 삭제하였고,
{N11} 은 카페 운영자가 이미 삭제하여 존재하지 않는 게시물입니다.
나머지는 확인되는 대로 다시 말씀드리겠습니다.

김서윤 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240902-01")}
""",
    items={N9: "removed", N10: "removed", N11: "not_found"},
)

orig = "\n".join(request_body("KCSC-240902-01"))
case(
    name="naver-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply ('-----Original Message-----') from NAVER staff, request quoted without > markers",
    why="top text: 블로그 게시물 비공개 처리 -> removed, 포스트 운영정책 위반으로 삭제 -> removed; the unmarked original request below 'Original Message' is not a statement",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 17:48:05 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
방송통신심의위원회 담당자님께,

{N12}
위 블로그 게시물은 오늘 오후 비공개 처리하였습니다.

{N8}
위 포스트는 네이버 포스트 운영정책 위반으로 삭제하였습니다.

감사합니다.
네이버 정책지원팀 이도현

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구

{orig}
""",
    items={N12: "removed", N8: "removed"},
)

qp_text = f"""안녕하세요. 네이버 지식iN·포스트 운영 담당입니다.

KCSC-240902-01 건 관련하여 아래와 같이 조치 결과를 알려드립니다.

- 지식iN 질문 게시물: 불법 도박 사이트 홍보로 확인되어 삭제하였습니다.
  {N7}

- 네이버 포스트: 작성자 탈퇴로 해당 포스트가 존재하지 않습니다.
  {N8}

감사합니다.
네이버 지식iN 운영팀
"""
case(
    name="naver-qp-long-urls",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/포스트 운영 담당 reply in quoted-printable, long query-string URLs split by soft line breaks",
    why="statement line then indented URL: 삭제 -> removed; 작성자 탈퇴로 존재하지 않음 -> not_found",
    **{"from": NAVER_POLICY}, name_from="네이버 지식iN 운영팀",
    date="Sat, 07 Sep 2024 10:05:44 +0900",
    subject="Re: [KCSC-240902-01] 지식iN, 포스트 조치 결과",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_text)}
""",
    items={N7: "removed", N8: "not_found"},
)

case(
    name="naver-circled-numbers-fullwidth-colon",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply pasted from a Korean word processor: ①②③ numbering and full-width colons",
    why="each circled line gives its URL a result after '：': 삭제 완료 -> removed, 임시조치(30일) -> restricted, 해당 게시글 없음 -> not_found",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject="[네이버] KCSC-240902-01 조치 결과 (3건)",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.
귀 위원회 시정요구(KCSC-240902-01) 중 아래 3건의 조치 결과를 알려드립니다.

① {N9} ： 삭제 완료
② {N10} ： 임시조치(30일)
③ {N11} ： 해당 게시글 없음

이상입니다. 감사합니다.
""",
    items={N9: "removed", N10: "restricted", N11: "not_found"},
)

case(
    name="naver-right-temp-measure-one-item",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 automatic 임시조치 결과 안내 notice",
    why="처리결과 임시조치(30일간 게시물 접근 차단) for the one requested cafe post -> restricted; the later deletion is only conditional",
    **{"from": NAVER_RIGHT}, name_from="네이버 게시중단요청서비스",
    date="Fri, 13 Sep 2024 09:02:10 +0900",
    subject="[네이버 게시중단요청서비스] 요청하신 게시물의 처리 결과를 안내드립니다",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.
요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 요청번호 : R-20240911-004127
■ 요청인 메모 : KCSC-240911-06
■ 대상 게시물 : {N13}
■ 처리 결과 : 임시조치 (30일간 게시물 접근 차단)
■ 처리 일시 : 2024.09.12 17:40

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제됩니다.
게시자가 재게시를 요청하는 경우 요청인께 별도로 안내드립니다.

※ 본 메일은 발신 전용입니다. 문의는 게시중단요청서비스 고객센터를 이용해 주세요.
  https://right.naver.com/help/faq
""",
    items={N13: "restricted"},
)

case(
    name="kakao-gongmun-prose",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 '시정요구 조치결과 통보' with 가./나./다. prose items",
    why="가. two Daum cafe URLs 삭제 -> removed; 나. Tistory post (raw Korean path in angle brackets) 블라인드 -> removed; 다. already deleted by the blog owner -> not_found; 라. 관계법령 위반으로 보기 어려워 조치하지 않음 -> rejected",
    **{"from": KAKAO_POLICY}, name_from="카카오 정책협력팀",
    date="Fri, 06 Sep 2024 13:25:33 +0900",
    subject="[카카오] 시정요구(KCSC-240903-02)에 대한 조치결과 통보",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 시정요구(KCSC-240903-02)와 관련입니다.
2. 당사는 요청하신 정보에 대하여 아래와 같이 조치하였음을 알려드립니다.

  가. 다음카페 게시물
      {K1}, {K2}
      : 카페 운영정책 및 관계법령 위반으로 삭제
  나. 티스토리 게시물 <{K3_RAW}>
      : 게시물 블라인드 처리
  다. 티스토리 게시물 {K4}
      : 블로그 운영자가 요청 이전에 이미 삭제하여 존재하지 않음
  라. 카카오스토리 게시물 {K5}
      : 검토 결과 관계법령 위반으로 보기 어려워 별도 조치하지 않음

3. 라.항과 관련하여 추가 자료가 있으시면 송부하여 주시기 바랍니다.  끝.

주식회사 카카오 정책협력팀
""",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-particles",
    outcome="applied", classification="confirmation",
    imitates="informal Tistory 운영팀 reply sent from Kakao, URLs followed directly by Korean particles",
    why="<raw Korean URL>의 게시글 … 삭제 -> removed; '…/58은 블로그 운영자가 먼저 삭제한 글' -> not_found",
    **{"from": "tistory-ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 11:47:28 +0900",
    subject="Re: [KCSC-240903-02] 티스토리 게시물 관련",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

<{K3_RAW}>의 게시글은 마약류 판매 알선 정보로 확인되어 오늘 오전 삭제했습니다.
{K4}은 블로그 운영자가 먼저 삭제한 글이라 현재 존재하지 않습니다.

다음카페, 카카오스토리 건은 담당 부서에서 따로 회신드릴 예정입니다.
감사합니다.
""",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-daum-cafe-blind-notice",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 notice (■ 처리 대상 / ■ 처리 결과 blocks)",
    why="the two listed cafe posts share one 처리 결과: 블라인드 처리(게시물 비노출) -> removed",
    **{"from": KAKAO_CS}, name_from="Daum 고객센터",
    date="Wed, 04 Sep 2024 20:14:09 +0900",
    subject="[Daum 카페] 신고하신 게시물의 처리 결과 안내 (KCSC-240903-02)",
    body=f"""
안녕하세요. Daum 고객센터입니다.
신고하신 게시물에 대한 처리 결과를 알려드립니다.

■ 처리 대상
 - {K1}
 - {K2}

■ 처리 결과
 위 게시물 2건은 Daum 카페 운영정책(불법 거래 알선) 위반으로 블라인드 처리되어
 더 이상 카페에 노출되지 않습니다.

■ 처리 일시
 2024.09.04 19:52

Daum을 이용해 주셔서 감사합니다.
※ 이 메일은 발신 전용입니다.
""",
    items={K1: "removed", K2: "removed"},
)

k_rows = [(K1, K1, "삭제", "09.05"), (K2, K2, "삭제", "09.05"), (K3, K3_RAW, "임시조치(30일)", "09.05"),
          (K4, K4, "게시물 없음(작성자 삭제)", "-"), (K5, K5, "삭제", "09.06")]
k_html = (
    "<html><head><meta charset=\"utf-8\"></head><body>\n"
    "<p>수신: 방송통신심의위원회<br>제목: 시정요구(KCSC-240903-02) 조치결과 회신</p>\n"
    "<p>귀 위원회의 시정요구에 대한 조치결과를 아래 표와 같이 회신합니다.</p>\n"
    "<table border=\"1\">\n<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>\n"
    + "".join(f"<tr><td>{i}</td><td><a href=\"{h}\">{t}</a></td><td>{s}</td><td>{d}</td></tr>\n"
              for i, (h, t, s, d) in enumerate(k_rows, 1))
    + "</table>\n<p>끝.</p>\n<p>주식회사 카카오 정책협력팀</p>\n</body></html>")
case(
    name="kakao-html-only-table",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치결과 회신 sent as HTML only, 연번/URL/조치결과/조치일 table, Tistory link text shown in Korean",
    why="one row per item: 삭제 -> removed, 임시조치(30일) -> restricted, 게시물 없음(작성자 삭제) -> not_found",
    **{"from": KAKAO_POLICY}, name_from="카카오 정책협력팀",
    date="Mon, 09 Sep 2024 10:08:51 +0900",
    subject="RE: [KCSC-240903-02] 시정요구 조치결과 회신",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(k_html)}
""",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "removed"},
)

case(
    name="kakao-receipt-plus-action",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 '문의 접수 및 처리 안내' that also reports one action taken",
    why="receipt wording plus an unhedged statement: the 카카오스토리 post 확인 즉시 삭제 조치 -> removed; the rest is a promise naming no URL",
    **{"from": KAKAO_CS}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 09:31:17 +0900",
    subject="[카카오 고객센터] 문의 접수 및 처리 안내 (KCSC-240903-02)",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 접수되었습니다. (접수번호 #2409-118832)

요청하신 게시물 중 카카오스토리 게시물
{K5}
은 확인 즉시 삭제 조치하였습니다.

나머지 게시물은 담당 부서에서 검토 후 회신드리겠습니다.
감사합니다.
""",
    items={K5: "removed"},
)

case(
    name="kakao-one-item-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="short Kakao staff reply in the request's thread, no URL, about a one-item request",
    why="thread reply and reference to a one-item request; '해당 티스토리 게시물은 … 삭제 처리' is its only statement -> removed",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Fri, 13 Sep 2024 11:05:00 +0900",
    subject="Re: [KCSC-240912-07] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
안녕하세요, 카카오 정책협력팀 박지훈입니다.

보내주신 시정요구 건(KCSC-240912-07) 관련하여, 해당 티스토리 게시물은
9월 13일 오전 삭제 처리하였습니다.

감사합니다.
박지훈 드림

2024년 9월 12일 (목) 오후 4:45, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted("KCSC-240912-07")}
""",
    items={K6: "removed"},
)

case(
    name="kakao-one-item-raw-korean-brackets",
    outcome="applied", classification="confirmation",
    imitates="Tistory 임시조치 안내 to the requester, raw Korean path inside 「」 brackets",
    why="「raw Korean URL」 게시물 … 임시조치(30일간 접근 차단) -> restricted",
    **{"from": "tistory-ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Sat, 14 Sep 2024 10:40:12 +0900",
    subject="[티스토리] 게시물 임시조치 안내 (KCSC-240912-07)",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 「{K6_RAW}」 게시물에 대하여
정보통신망법에 따른 임시조치(30일간 접근 차단)를 하였습니다.

임시조치 기간 동안 해당 게시물은 블로그 방문자에게 보이지 않습니다.
감사합니다.
""",
    items={K6: "restricted"},
)

case(
    name="yt-korea-legal-korean",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법무지원팀 Korean-language legal outcome (local-law restriction plus Community Guidelines removal)",
    why="two videos 대한민국 내 액세스 차단 -> restricted; the Short 커뮤니티 가이드 위반으로 삭제 -> removed",
    **{"from": YT_LEGAL}, name_from="YouTube 법무지원팀",
    date="Tue, 10 Sep 2024 08:55:21 +0900",
    subject="YouTube: KCSC-240905-03 요청 처리 결과",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요,

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

현지 법률에 따라 아래 동영상에 대한 대한민국 내 액세스를 차단했습니다.
- {Y1}
- {Y2}

아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

채널 {Y4} 에 대한 요청은 계속 검토 중이며 결과가 나오면 다시 연락드리겠습니다.

감사합니다.
YouTube 법무지원팀
""",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "pending"},
)

case(
    name="yt-english-mixed-outcome",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome email (geo-restriction granted for one URL, declined for another)",
    why="channel blocked from view in South Korea -> restricted; video 'not in violation… we are not taking action' -> rejected",
    **{"from": YT_LEGAL}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:14:36 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your notice regarding content on YouTube.

After review, we have blocked the following channel from view in South Korea
under local law:
{Y4}

We reviewed the following video and determined that it does not violate our
policies or local law as presented. We are not taking action on it at this time:
{Y1}

If you have additional information, you may reply to this email.

Regards,
The YouTube Legal Support Team
""",
    items={Y4: "restricted", Y1: "rejected"},
)

case(
    name="yt-channel-terminated-video-gone",
    outcome="applied", classification="confirmation",
    imitates="YouTube English reply: channel terminated for Community Guidelines, second video removed by its uploader",
    why="channel terminated -> removed; video 'no longer available because it was removed by the uploader' -> not_found",
    **{"from": YT_LEGAL}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:40:02 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request - update",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hi there,

Following up on your request:

- The channel {Y4} has been terminated for
  violating YouTube's Community Guidelines.
- The video at {Y2} is no longer
  available because it was removed by the uploader before we reviewed it.

Best regards,
YouTube Legal Support
""",
    items={Y4: "removed", Y2: "not_found"},
)

case(
    name="yt-statement-of-reasons-age",
    outcome="applied", classification="confirmation",
    imitates="YouTube DSA-style statement of reasons (Content / Decision / Ground / Redress fields)",
    why="Decision field: age restriction applied to the Short -> restricted",
    **{"from": YT_NOREPLY}, name_from="YouTube",
    date="Fri, 13 Sep 2024 03:22:47 +0000",
    subject="Statement of reasons: decision on content you reported (KCSC-240905-03)",
    body=f"""
Statement of reasons

Reference: KCSC-240905-03
Content: {Y3}
Decision: Age restriction applied. The content is only visible to signed-in
  users aged 18 or over.
Ground: YouTube Community Guidelines - violent or graphic content
Facts relied on: notice submitted by the Korea Communications Standards Commission
Automated means: not used for the decision
Redress: the uploader may appeal this decision in YouTube Studio.

Learn more: https://support.google.com/youtube/answer/2802167
""",
    items={Y3: "restricted"},
)

case(
    name="yt-actioned-phrase-list",
    outcome="applied", classification="confirmation",
    imitates="YouTube short English confirmation using the 'actioned under our policies' template wording",
    why="'has been actioned under our policies' (configured removed phrase) heading the two listed URLs -> removed",
    **{"from": YT_LEGAL}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 01:09:15 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your patience. Each of the following items has been actioned under our policies:

  * {Y2}
  * {Y3}

Kind regards,
YouTube Legal Support
""",
    items={Y2: "removed", Y3: "removed"},
)

case(
    name="dc-informal-operator",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply in casual Korean (갤러리 글 삭제 안내)",
    why="'둘 다 삭제했고요' covers the two named gallery posts -> removed; mini-gallery post 작성자가 먼저 지워서 지금은 없는 글 -> not_found",
    **{"from": DC_HELP}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 13:17:45 +0900",
    subject="Re: [KCSC-240909-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인했습니다~

주식갤 글 {D1} 이랑
코인 마이너갤 글 {D2} 둘 다 삭제했고요,
미니갤 글({D3})은 작성자가 먼저 지워서 지금은 없는 글입니다.

혹시 같은 내용 또 올라오면 말씀 주세요. 수고하세요!

디시인사이드 운영팀
""",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

dc_qp = f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신 (KCSC-240909-04)

귀 위원회의 시정요구에 대하여 다음과 같이 조치하였습니다.

1. {D1}
   - 조치결과: 삭제
2. {D2}
   - 조치결과: 미조치 (개인정보 포함 여부 확인 결과 해당 사항 없음, 단순 시세 전망 글)
3. {D3}
   - 조치결과: 삭제 및 작성자 IP 차단

(주)디시인사이드 고객지원팀
"""
case(
    name="dc-gongmun-qp-numbered",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 고객지원팀 공문-style 조치결과 회신, quoted-printable, numbered URL with '- 조치결과:' line below",
    why="삭제 -> removed; 미조치 with reason (개인정보 해당 사항 없음) -> rejected; 삭제 및 작성자 IP 차단 -> removed",
    **{"from": DC_HELP}, name_from="디시인사이드 고객지원팀",
    date="Wed, 11 Sep 2024 10:26:03 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신",
    reply_to_req=mid("KCSC-240909-04"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dc_qp)}
""",
    items={D1: "removed", D2: "rejected", D3: "removed"},
)

case(
    name="band-reply-removed-and-gone",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 reply on two posts in a band",
    why="first post 운영정책 위반으로 삭제 -> removed; second post 작성자가 삭제하여 확인되지 않음 -> not_found",
    **{"from": BAND_HELP}, name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 16:50:30 +0900",
    subject="Re: [KCSC-240910-05] 불법 도박 홍보 게시글",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글에 대한 확인 결과를 안내드립니다.

{B1}
- BAND 운영정책(불법 도박 홍보) 위반으로 게시글을 삭제하였습니다.

{B2}
- 작성자가 게시글을 삭제하여 현재 확인되지 않습니다.

해당 밴드는 추가 위반이 확인되면 이용이 제한될 수 있습니다.
감사합니다.
""",
    items={B1: "removed", B2: "not_found"},
)

band_b64 = f"""안녕하세요, BAND 운영팀입니다.

KCSC-240910-05 관련하여 말씀하신 게시글을 확인하였습니다.

{B1}
{B2}

위 2건의 게시글은 모두 비공개 처리하였으며, 게시한 멤버는 해당 밴드에서 내보내기 조치하였습니다.

감사합니다.
BAND 운영팀
"""
case(
    name="band-base64-two-listed",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 reply in a base64 body: URLs listed first, then '위 2건 … 비공개 처리'",
    why="both URLs are named and the sentence under them covers exactly those two: 비공개 처리 -> removed",
    **{"from": "ops@band.us"}, name_from="BAND 운영팀",
    date="Fri, 13 Sep 2024 10:12:09 +0900",
    subject="[BAND] 게시글 처리 결과 안내",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(band_b64)}
""",
    items={B1: "removed", B2: "removed"},
)

# ====================================================================== REVIEW
case(
    name="naver-promise-this-week",
    outcome="review", review="not_understood",
    imitates="NAVER reply acknowledging a 공문 and promising deletion within the week",
    why="names one item and the request, but '삭제 예정' is a promise: nothing applied",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 17:20:00 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240902-01) 12건을 접수하였습니다.
이 중 {N1} 등 블로그 게시물은
담당 부서 검토를 거쳐 금주 내 삭제 예정이며, 카페 게시물은 카페 운영진 확인 후
순차적으로 조치할 계획입니다.

조치가 완료되면 결과를 정리하여 회신드리겠습니다.
""",
    items={N1: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    outcome="review", review="not_understood",
    imitates="informal Kakao staff reply that guesses the cafe posts are already gone",
    why="'이미 삭제된 것 같습니다 … 확인 중' is a hedge about two named items: they stay pending",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Wed, 04 Sep 2024 15:44:52 +0900",
    subject="Re: [KCSC-240903-02] 마약류 판매 광고 시정요구",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 카카오 박지훈입니다.

말씀하신 다음카페 글 {K1}, {K2} 는
제가 들어가 보니 이미 삭제된 것 같습니다. 다만 누가 언제 삭제했는지는
카페팀에 확인 중이라, 정확한 처리 이력은 확인되면 다시 알려드릴게요.

박지훈 드림
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="NAVER 공문 reply stating the whole 12-item request was handled without listing the URLs",
    why="'요청하신 게시물 전체에 대해 삭제 조치를 완료' for a 12-item request, no URL named: bulk",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:00:12 +0900",
    subject="[회신] KCSC-240902-01 시정요구 조치 완료",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신

1. 관련: 귀 위원회 시정요구(KCSC-240902-01)
2. 위 호와 관련하여 요청하신 게시물 전체에 대해 삭제 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    items={N1: "pending", N12: "pending"},
)

case(
    name="yt-bulk-all-restricted",
    outcome="review", review="bulk",
    imitates="YouTube Legal Support English reply covering 'all of the content' of a notice",
    why="'all of the content listed in your notice' restricted in South Korea, four-item request, no URL named: bulk",
    **{"from": YT_LEGAL}, name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 00:30:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=mid("KCSC-240905-03"),
    body="""
Hello,

Thank you for your request. We have restricted all of the content listed in
your notice from view in South Korea based on local law.

Regards,
The YouTube Legal Support Team
""",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="dc-untrusted-auth-fail",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking 조치결과 reply whose DKIM/SPF/DMARC fail",
    why="From dcinside.com but authentication fails: statements not trusted, items stay pending",
    **{"from": DC_HELP}, name_from="디시인사이드 운영팀", auth="fail",
    date="Tue, 10 Sep 2024 22:03:51 +0900",
    subject="Re: [KCSC-240909-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 게시물 3건 모두 확인 후 삭제하였습니다.
{D1}
{D2}
{D3}

감사합니다.
""",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="hanmail-cafe-manager",
    outcome="review", review="unknown_sender",
    imitates="Daum 카페 카페지기 writing from a personal hanmail.net address",
    why="a cafe manager's personal mailbox is no platform domain: review unknown_sender, nothing applied",
    **{"from": "greenleaf_jigi@hanmail.net"}, name_from="그린리프 카페지기",
    date="Thu, 05 Sep 2024 23:18:40 +0900",
    subject="카페 게시글 삭제했습니다 (KCSC-240903-02)",
    body=f"""
안녕하세요. 다음카페 그린리프 카페지기입니다.
Daum 쪽에서 연락 받고 메일 드립니다.

말씀하신 글 두 개
{K1}
{K2}
카페에서 삭제했고 작성자는 강퇴했습니다.
앞으로 관리 더 잘 하겠습니다.
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-answers-for-band",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team replying on behalf of BAND (a NAVER-run service) about BAND posts",
    why="sender is the naver platform, the items belong to the band request: wrong_platform (arguable, see NOTES)",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 14:35:18 +0900",
    subject="[네이버] BAND 게시글 시정요구(KCSC-240910-05) 조치결과",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.
BAND 서비스도 당사가 운영하고 있어 함께 회신드립니다.

1. {B1} : 삭제
2. {B2} : 삭제

감사합니다.
""",
    items={B1: "pending", B2: "pending"},
)

case(
    name="yt-asks-timestamps",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube Legal Support 'we need more information' reply (timestamps and legal basis)",
    why="asks for specific videos, timestamps and the legal provision before acting on the channel: nothing stated",
    **{"from": YT_LEGAL}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:12:44 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request - additional information needed",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your notice. To process your request regarding the channel
{Y4}, we need additional information:

1. The specific videos on the channel that you believe are unlawful;
2. The timestamps within each video where the content appears;
3. The provision of Korean law that the content violates.

Please reply to this email with the information above so that we can proceed.

Regards,
YouTube Legal Support
""",
    items={Y4: "pending"},
)

case(
    name="naver-contact-change-notice",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a change of the contact address for 시정요구 공문",
    why="trusted NAVER mail that names no item and no request",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[안내] 시정요구 공문 접수 창구 변경 안내",
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 시정요구 공문 접수 창구가 아래와 같이 변경됨을 안내드립니다.

- 변경 전: policy@navercorp.com
- 변경 후: kr-regulator@navercorp.com

기존 주소로 보내주시는 공문도 10월 말까지는 자동 전달됩니다.
협조에 감사드립니다.
""",
)

case(
    name="band-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="BAND reply describing a 소명 (explanation) period before deletion",
    why="'소명이 없을 경우 … 삭제될 예정' is conditional, '검토 중' is no outcome: both named items stay pending",
    **{"from": BAND_HELP}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240910-05] 불법 도박 홍보 게시글",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

{B1} 게시글은 작성자에게 소명 기회를 부여하였으며,
7일 이내에 소명이 없을 경우 삭제될 예정입니다.

{B2} 게시글은 현재 검토 중입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    items={B1: "pending", B2: "pending"},
)

case(
    name="kakao-forwarded-internal",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staff forwarding an internal Tistory team message to the regulator",
    why="the statement sits inside a forwarded internal message, not written to us by the platform: review forwarded",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Fri, 06 Sep 2024 09:58:27 +0900",
    subject="Fwd: [티스토리] 게시물 조치 완료",
    body=f"""
참고하시라고 내부 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 티스토리 운영팀 <tistory-ops@kakaocorp.com>
Date: 2024년 9월 5일 (목) 오후 6:02
Subject: [티스토리] 게시물 조치 완료
To: 박지훈 <jihoon.park@kakaocorp.com>

지훈님, 위원회 요청 건 처리했습니다.
{K3_RAW} -> 삭제
{K4} -> 이미 없는 글
""",
    items={K3: "pending", K4: "pending"},
)

# ====================================================================== IGNORED
case(
    name="naver-chuseok-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER staff 추석 연휴 부재중 자동회신",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied), no statement",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject="[자동회신] 부재중: Re: [KCSC-240902-01] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서윤입니다.
추석 연휴(9월 14일~9월 18일) 기간 동안 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
)

case(
    name="kakao-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 automatic 문의 접수 완료 receipt",
    why="pure receipt with a ticket number, no statement about any item",
    **{"from": KAKAO_CS}, name_from="카카오 고객센터",
    date="Tue, 03 Sep 2024 11:31:40 +0900",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호 : #2409-118832
 - 문의 제목 : [KCSC-240903-02] 마약류 판매 광고 시정요구
 - 접수 일시 : 2024.09.03 11:31

담당자가 확인 후 순서대로 답변드리겠습니다.
답변은 고객센터 '내 문의내역'에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
)

dsn_orig = "\n".join(request_body("KCSC-240909-04"))
case(
    name="dc-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from DC Inside's mail server: 550 5.1.1 user unknown, original returned",
    why="delivery status notification; the URLs are in our own returned request",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 09:40:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn233c"

--dsn233c
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[local] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn233c
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 09:40:29 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dsn233c
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: 방송통신심의위원회 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240909-04] 개인정보 노출 게시물 삭제 요청
Message-ID: <kcsc-240909-04.req@kcsc.example>
Date: Mon, 09 Sep 2024 09:40:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn233c--
""",
)

case(
    name="kakao-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN, disposition-notification) from a Kakao staff member",
    why="message disposition notification only",
    **{"from": "jihoon.park@kakaocorp.com"}, name_from="박지훈",
    date="Thu, 12 Sep 2024 17:02:44 +0900",
    subject="읽음: [KCSC-240912-07] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn233d"

--mdn233d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

  받는 사람: jihoon.park@kakaocorp.com
  제목: [KCSC-240912-07] 불법정보 시정요구
  보낸 날짜: 2024-09-12 오후 4:45

를 2024-09-12 오후 5:02에 읽었습니다.

--mdn233d
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jihoon.park@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240912-07")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn233d--
""",
)

case(
    name="yt-legal-auto-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube Legal Support automated confirmation of a submitted legal notice (case ID)",
    why="automated receipt with a case ID; no item status",
    **{"from": YT_NOREPLY}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 06:01:12 +0000",
    subject="We've received your legal request [KCSC-240905-03]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for reaching out to the YouTube Legal Support team. This is an automated
confirmation that we have received your submission.

Case ID: 8-2409000531127

Our team will review your request and get back to you. Please do not reply to
this message; to add information, use the link in your original confirmation.

- The YouTube Legal Support Team
""",
)

band_orig = "\n".join(request_body("KCSC-240910-05"))
case(
    name="band-ooo-with-original",
    outcome="ignored", classification="auto_reply",
    imitates="BAND staff out-of-office auto-reply that returns the original message below",
    why="auto-reply (vacation); the URLs are only in our original request appended under '원본 메일'",
    **{"from": "minji.choi@band.us"}, name_from="최민지",
    date="Tue, 10 Sep 2024 14:10:40 +0900",
    subject="자동 회신: [KCSC-240910-05] 불법 도박 홍보 게시글",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요, BAND 운영팀 최민지입니다.
현재 휴가 중으로 9월 13일(금)에 복귀합니다.
게시물 신고 관련 문의는 help@band.us 로 보내주시면 빠르게 처리됩니다.

----- 원본 메일 -----
보낸 사람: 방송통신심의위원회 <takedown@kcsc.example>
받는 사람: minji.choi@band.us
보낸 날짜: 2024-09-10 14:10
제목: [KCSC-240910-05] 불법 도박 홍보 게시글

{band_orig}
""",
)

case(
    name="naver-gongmun-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 공문 접수 확인 reply (received, results to follow)",
    why="confirms receipt of the 공문 and says results will follow: a receipt, no item statement (arguable, see NOTES)",
    **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Mon, 02 Sep 2024 13:45:09 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 - 접수 확인",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

귀 위원회의 시정요구 공문(KCSC-240902-01)을 정상적으로 접수하였습니다.
처리 결과는 확인 후 별도로 회신드리겠습니다.

감사합니다.
""",
)

HEADER = """# Blind set 233 (tests/corpus/blind233/): Korean-language platform replies
# (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND), 공문 style.
# Written by make.py; expected results from each email's meaning alone,
# before any run of the reader. Each case is ingested alone into a fresh
# ledger holding requests.csv."""

RAW_UTF8_SUBJECT = {"dc-informal-operator"}  # one 8-bit (unencoded) Subject, as some Korean webmail sends


def encode_headers(cs):
    """RFC 2047-encode non-ASCII display names and subjects (B encoding, as
    Korean webmail and Outlook do), except the one case kept 8-bit."""
    for c in cs:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()
        if not c["subject"].isascii() and c["name"] not in RAW_UTF8_SUBJECT:
            c["subject"] = Header(c["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
