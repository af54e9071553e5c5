#!/usr/bin/env python3
"""Blind set 569 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside
and BAND replies written in Korean (and a few in English), in the manner of
공문-style 조치결과 회신, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies.

    python3 tests/corpus/blind569/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind569"

# ---------------------------------------------------------------- requests
TISTORY_TITLE = "비상장주식-리딩방-후기"
K3_RAW = "https://rainfield-note.tistory.com/entry/" + TISTORY_TITLE
K3 = "https://rainfield-note.tistory.com/entry/" + quote(TISTORY_TITLE)

N = {
    1: "https://blog.naver.com/haneul_market77/223561001",
    2: "https://blog.naver.com/haneul_market77/223561002",
    3: "https://blog.naver.com/dalbit_trade/223559870",
    4: "https://cafe.naver.com/jjangstock/48211",
    5: "https://cafe.naver.com/jjangstock/48230",
    6: "https://cafe.naver.com/greenpill2024/1182",
    7: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472211093",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=5512301",
    9: "https://blog.naver.com/sora_flower_k/223570442",
    10: "https://cafe.naver.com/bitcoinsarang/90021",
    11: "https://m.blog.naver.com/gureum_tea/223548800",
    12: "https://tv.naver.com/v/59012233",
    13: "https://blog.naver.com/ppuri_shop/223566120",
}
K = {
    1: "https://cafe.daum.net/moneytree88/Bq1r/2231",
    2: "https://cafe.daum.net/moneytree88/Bq1r/2240",
    3: K3,
    4: "https://hodu-diary.tistory.com/58",
    5: "https://pf.kakao.com/_xkQxbn",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3rT8zLk0A",
    2: "https://www.youtube.com/shorts/Hk2pW9xYv1E",
    3: "https://www.youtube.com/@dokkaebi_tv_official",
    4: "https://www.youtube.com/watch?v=Zx81nYqPo2c",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=1182231",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_minor&no=55012",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_minor&no=55047",
    4: "https://gall.dcinside.com/board/view/?id=dcbest&no=210455",
}
B = {
    1: "https://band.us/band/88123456/post/1021",
    2: "https://band.us/band/88123456/post/1034",
}
S1 = "https://blog.naver.com/yeoreum_shop/223580011"
T1 = "https://www.youtube.com/watch?v=Lp0Ww4sXe7M"

REQ = [
    # ref, platform, sent_at, due_at, category, urls, notes
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_finance", [N[i] for i in range(1, 14)],
     ['불법 투자자문, "리딩방" 홍보'] * 13),
    ("KCSC-240904-02", "kakao", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_finance", [K[i] for i in range(1, 6)],
     ["Daum카페", "Daum카페", "티스토리, 제목 한글", "티스토리 (의약품)", "카카오톡 채널"]),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", [Y[i] for i in range(1, 5)],
     ["video", "shorts", "channel", "video"]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", [D[i] for i in range(1, 5)],
     ["주식갤", "코인 마이너갤", "코인 마이너갤", "실베, 원본 갤러리 미확인"]),
    ("KCSC-240910-05", "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_finance", [B[1], B[2]], ["", ""]),
    ("KCSC-240911-06", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", [S1], ["single item"]),
    ("KCSC-240912-07", "youtube", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", [T1], ["single item"]),
]


def mid(ref):
    return "req." + ref  # In-Reply-To <req.REF@kcsc.example>


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, notes in REQ:
            for url, note in zip(urls, notes):
                w.writerow([ref, plat, sent, due, url, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def req_body_naver():
    lines = ["네이버 정책지원팀 귀중", "",
             "아래 게시물에 대하여 정보통신망법에 따른 시정요구(삭제)를 요청드립니다.",
             "요청번호: KCSC-240902-01", ""]
    for i in range(1, 14):
        lines.append(f"{i}. {N[i]}")
    lines += ["", "처리 결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다.", "",
              "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


def req_body_kakao():
    lines = ["카카오 정책팀 귀중", "", "요청번호: KCSC-240904-02", "아래 게시물의 삭제를 요청드립니다.", ""]
    for i in range(1, 6):
        lines.append(f"- {K[i]}")
    lines += ["", "방송통신심의위원회"]
    return "\n".join(lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


cases = []


def enc(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
rows13 = [
    (1, "게시중단(삭제)", "2024.09.03"),
    (2, "게시중단(삭제)", "2024.09.03"),
    (3, "임시조치(30일)", "2024.09.03"),
    (4, "삭제", "2024.09.03"),
    (5, "게시물 없음(작성자 삭제)", "-"),
    (6, "블라인드", "2024.09.04"),
    (7, "미조치(위반사항 없음)", "-"),
    (8, "삭제", "2024.09.04"),
    (9, "임시조치(30일)", "2024.09.04"),
    (10, "블라인드", "2024.09.04"),
    (11, "게시물 없음(작성자 삭제)", "-"),
    (12, "미조치(위반사항 없음)", "-"),
    (13, "삭제", "2024.09.04"),
]
table13 = "\n".join(f" {i:>2} | {N[i]} | {res} | {day}" for i, res, day in rows13)
case(
    name="naver-gongmun-13-items",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
네이버 주식회사

수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 2024. 9. 2.자 귀 위원회의 시정요구(요청번호 KCSC-240902-01)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

                         - 아   래 -

 연번 | 대상 URL | 조치결과 | 조치일
 -----+----------+----------+--------
{table13}

3. 미조치 건(연번 7, 12)은 당사 운영정책 및 관련 법령에 비추어 검토하였으나
   위반 사항이 확인되지 않아 게시를 유지하였습니다.

4. 임시조치 건은 게시자의 재게시 요청이 있을 경우 별도로 알려 드리겠습니다.

붙임: 없음.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 reply (수신/참조/제목, 아래 table) with a 시정요구 조치결과 per URL",
    why="each of the 13 URLs has its own result: 게시중단/삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치 with reason rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "rejected", N[8]: "removed",
           N[9]: "restricted", N[10]: "removed", N[11]: "not_found", N[12]: "rejected",
           N[13]: "removed"},
)

case(
    name="naver-html-table-five",
    frm="noreply-policy@navercorp.com", name_from="NAVER 정책지원",
    date="Wed, 04 Sep 2024 11:05:42 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. NAVER 정책지원 담당자입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 카페·TV 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>게시물 주소</th><th>처리 상태</th><th>비고</th></tr>
<tr><td>{N[4]}</td><td>삭제 완료</td><td>카페 운영원칙 위반</td></tr>
<tr><td>{N[5]}</td><td>게시물 없음</td><td>작성자가 이미 삭제</td></tr>
<tr><td>{N[6]}</td><td>삭제 완료</td><td>&nbsp;</td></tr>
<tr><td>{N[10]}</td><td>청소년 접근 제한</td><td>성인 인증 후 열람 가능</td></tr>
<tr><td>{N[12]}</td><td>게시 유지</td><td>운영정책 위반 아님 (보도 영상 인용)</td></tr>
</table>
<p>블로그 게시물에 대한 결과는 담당 부서에서 별도로 회신드릴 예정입니다.</p>
<p>운영정책 전문: <a href="https://policy.naver.com/policy/service_policy.html">https://policy.naver.com/policy/service_policy.html</a></p>
<p style="color:#888">NAVER Corp. | 경기도 성남시 분당구 정자일로 95</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice with a 게시물 주소 / 처리 상태 / 비고 table",
    why="five rows, one status each; the policy link is no item",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "removed", N[10]: "restricted",
           N[12]: "rejected"},
)

csv_text = (
    "\ufeff연번,URL,조치결과,조치일자,비고\r\n"
    f"1,{N[1]},삭제,2024-09-04,\r\n"
    f"2,{N[3]},삭제,2024-09-04,\r\n"
    f"3,\"{N[7]}\",미조치,,\"운영정책 위반 아님, 게시 유지\"\r\n"
    f"4,{N[8]},게시물 없음,,작성자 삭제\r\n"
    f"5,{N[9]},임시조치,2024-09-04,30일\r\n"
    f"6,{N[13]},삭제,2024-09-04,\r\n"
)
case(
    name="naver-csv-attachment",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 18:31:07 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청 - 조치결과 송부",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b569_csv_01"

--=_b569_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 블로그·지식iN·포스트 게시물 6건의 조치결과를
첨부 CSV 파일로 송부드립니다. 나머지 게시물은 처리가 끝나는 대로
별도로 회신드리겠습니다.

감사합니다.

--=_b569_csv_01
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_b569_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with the 조치결과 as a CSV attachment (base64, BOM, CRLF)",
    why="six CSV rows with one result each; the body only promises the rest",
    items={N[1]: "removed", N[3]: "removed", N[7]: "rejected", N[8]: "not_found",
           N[9]: "restricted", N[13]: "removed"},
)

case(
    name="naver-sole-one-item-blind",
    frm="help@naver.com", name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject="Re: [KCSC-240911-06] 블로그 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물(요청번호 KCSC-240911-06)을
확인한 결과, 의약품 불법 판매 정보에 해당하여 블라인드 처리를 완료하였습니다.

이용에 불편을 드려 죄송합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 one-paragraph answer (블라인드 처리 완료)",
    why="one-item request, a single unhedged statement naming no URL: the item is removed",
    items={S1: "removed"},
)

case(
    name="naver-informal-cafe-topposted",
    frm="doyoon.kim@navercorp.com", name_from="김도윤",
    date="Tue, 03 Sep 2024 14:12:55 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요 위원회 담당자님,
카페 쪽 건만 먼저 말씀드릴게요.

{N[4]} → 오늘 오전에 삭제했습니다.
{N[5]} → 들어가 보니 글쓴이가 먼저 지웠더라고요. 지금은 없는 글입니다.

블로그 쪽은 담당 부서에서 따로 회신 드릴 거예요.

김도윤 드림
네이버 카페 운영팀

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(req_body_naver())}
""",
    outcome="applied", classification="confirmation",
    imitates="informal top-posted operator reply over a Gmail-style quoted request",
    why="two unquoted statements; the quoted list of 13 URLs says nothing",
    items={N[4]: "removed", N[5]: "not_found"},
)

qp_body = f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청번호 KCSC-240902-01 관련하여 아래 두 게시물은 불법 금융투자 권유
게시물로 확인되어 게시중단(삭제) 처리하였습니다.

  * {N[1]}
  * {N[2]}

해당 블로그(haneul_market77)에는 운영원칙에 따라 글쓰기 제한도 함께
적용하였습니다.

네이버 블로그 운영팀
"""
case(
    name="naver-qp-blog-removed",
    frm="blog_help@navercorp.com", name_from="네이버 블로그",
    date="Tue, 03 Sep 2024 17:48:20 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 게시중단 처리 결과 안내 (KCSC-240902-01)".encode()).decode() + "?=",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice, quoted-printable body, encoded-word subject",
    why="bulleted URLs under an unhedged 게시중단(삭제) 처리하였습니다",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-url-line-then-status",
    frm="noreply@navercorp.com", name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 10:02:31 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    body=f"""
[네이버] 게시중단 요청 처리 결과

요청자: 방송통신심의위원회
요청번호: KCSC-240902-01

{N[9]}
  처리결과: 임시조치 (정보통신망법 제44조의2)

{N[11]}
  처리결과: 삭제 완료

{N[13]}
  처리결과: 게시물 없음 (작성자 삭제)

임시조치 기간은 30일이며, 이 기간 동안 게시자는 재게시를 요청할 수
있습니다. 재게시 요청이 접수되면 별도로 안내드립니다.

본 메일은 발신 전용입니다. 문의는 네이버 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 게시중단요청서비스 result notice: bare URL, 처리결과 on the line below",
    why="each URL with its own 처리결과 line: 임시조치 restricted, 삭제 완료 removed, 게시물 없음 not_found",
    items={N[9]: "restricted", N[11]: "removed", N[13]: "not_found"},
)

case(
    name="naver-statement-then-url-below",
    frm="cafe_policy@navercorp.com", name_from="네이버 카페 정책",
    date="Thu, 05 Sep 2024 13:25:09 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 카페 정책 담당자입니다.

요청하신 게시물 중 아래 2건은 청소년 유해 정보로 분류하여, 성인 인증을
마친 이용자만 열람할 수 있도록 접근을 제한하였습니다.
{N[6]}
{N[10]}

또한 다음 블로그 게시물은 삭제하였습니다.
{N[3]}

카페 운영원칙은 https://help.naver.com/service/5637/contents/19061 에서
확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy reply: statement first, URLs on the lines below it",
    why="two URLs under an age-gate statement (restricted), one under 삭제하였습니다 (removed); the help link is no item",
    items={N[6]: "restricted", N[10]: "restricted", N[3]: "removed"},
)

case(
    name="naver-fullwidth-parens",
    frm="kin_post@navercorp.com", name_from="네이버 지식iN·포스트",
    date="Fri, 06 Sep 2024 15:51:44 +0900",
    subject="회신: KCSC-240902-01 지식iN/포스트 게시물",
    body=f"""
안녕하세요, 네이버 지식iN·포스트 운영 담당입니다.

KCSC-240902-01 요청 건 회신드립니다.
지식iN 질문（{N[7]}）은 운영원칙 위반으로 삭제하였으며、 네이버 포스트 게시물（{N[8]}）은 비공개 처리하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with URLs in full-width parentheses and full-width punctuation",
    why="삭제하였으며 and 비공개 처리 are both removals; the URLs end at the full-width brackets",
    items={N[7]: "removed", N[8]: "removed"},
)

outlook_req = "\n".join(
    ["From: 방송통신심의위원회 <takedown@kcsc.example>",
     "Sent: Monday, September 2, 2024 10:00 AM",
     "To: policy@navercorp.com",
     "Subject: [KCSC-240902-01] 불법정보 삭제 요청", "",
     req_body_naver()])
case(
    name="naver-outlook-quote-mixed",
    frm="rights@navercorp.com", name_from="NAVER 권리보호센터",
    date="Mon, 09 Sep 2024 11:17:03 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요.
네이버 TV·블로그 권리보호 담당입니다.

1) {N[3]}
 - 불법 금융 광고로 확인되어 삭제 조치하였습니다.

2) {N[12]}
 - 뉴스 보도 영상의 일부를 인용한 클립으로, 검토 결과 서비스 운영정책이나
   관련 법령 위반으로 보기 어려워 게시를 유지합니다. 재검토를 원하시면
   근거 자료와 함께 회신해 주십시오.

감사합니다.

-----Original Message-----
{outlook_req}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request unquoted below",
    why="numbered statements: one removed, one kept with its reason (rejected); the request below the separator is not read",
    items={N[3]: "removed", N[12]: "rejected"},
)

case(
    name="naver-temp-measure-r6",
    frm="noreply@navercorp.com", name_from="네이버 게시중단요청서비스",
    date="Thu, 12 Sep 2024 16:45:10 +0900",
    subject="[네이버 게시중단요청서비스] 처리 결과 안내",
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

안녕하세요. 네이버 게시중단요청서비스입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

■ 접수번호: R-2024-0911-55812
■ 요청자: 방송통신심의위원회 (KCSC-240911-06)
■ 대상 게시물: {S1}
■ 처리 결과: 임시조치
■ 처리 일시: 2024.09.12 16:40

임시조치 기간은 30일이며, 기간 중 게시자의 재게시 요청이 있으면 검토 후
결과를 다시 알려 드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 게시중단요청서비스 ■-field notice with 처리 결과: 임시조치",
    why="임시조치 is a restriction (restricted), stated for the one named URL",
    items={S1: "restricted"},
)

case(
    name="kakao-daum-cafe-blind",
    frm="cafe_cs@daum.net", name_from="Daum카페 운영팀",
    date="Thu, 05 Sep 2024 14:03:27 +0900",
    subject="[Daum카페] 게시글 처리 결과 안내 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 Daum카페 운영팀입니다.

방송통신심의위원회에서 요청하신 Daum카페 게시글의 처리 결과를 안내드립니다.

[처리 대상]
- {K[1]}
- {K[2]}

[처리 내용]
위 게시글 2건은 불법 투자권유 정보로 확인되어 블라인드 처리하였습니다.
아울러 해당 카페(moneytree88)에는 카페 운영정책에 따른 경고를 부여하였습니다.

감사합니다.
카카오 Daum카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Daum카페 [처리 대상]/[처리 내용] notice (블라인드)",
    why="both URLs are listed and the statement names 'these 2 posts': each named, so not bulk",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kakao-tistory-particle",
    frm="tistory_policy@kakaocorp.com", name_from="카카오 티스토리",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240904-02] 불법정보 삭제 요청 (티스토리)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 티스토리 운영 담당자입니다.

{K[4]}에 대해서는 운영정책 위반(불법 의약품 판매 광고)이 확인되어
게시글을 삭제하였습니다.

{K3_RAW} 글은 개인의 투자 경험담으로,
확인 결과 관련 법령이나 운영정책 위반 소지가 확인되지 않아 별도 조치하지
않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operator reply; URL glued to a Korean particle (…/58에) and a raw Hangul path",
    why="one deleted, one kept because it breaks no rule (rejected); the raw Korean path matches the encoded request URL",
    items={K[4]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-text-table-all5",
    frm="policy@kakaocorp.com", name_from="카카오 정책팀",
    date="Mon, 09 Sep 2024 15:00:12 +0900",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
(주)카카오
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신 (KCSC-240904-02)

귀 위원회의 2024. 9. 4.자 시정요구에 대한 당사 조치결과를 다음과 같이 회신합니다.

 구분 | URL | 조치결과
 1 | {K[1]} | 삭제
 2 | {K[2]} | 게시글 없음(작성자 삭제)
 3 | {K[3]} | 삭제
 4 | {K[4]} | 존재하지 않는 페이지
 5 | {K[5]} | 채널 영구 제재(비공개 전환)

끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 회신 with a pipe table over all five URLs",
    why="one result per row: 삭제/비공개 전환 removed, 작성자 삭제 and 존재하지 않는 페이지 not_found",
    items={K[1]: "removed", K[2]: "not_found", K[3]: "removed", K[4]: "not_found",
           K[5]: "removed"},
)

html_k = f"""<html><body>
<p>안녕하세요. 카카오 세이프티팀입니다.</p>
<p>요청번호 KCSC-240904-02 중 아래 건의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{K[5]}">{K[5]}</a> : 카카오톡 채널 운영정책 위반으로 채널을 비공개 처리하였습니다.</li>
<li><a href="{K[3]}">티스토리 게시글 (rainfield-note)</a> : 청소년에게 유해한 내용이 포함되어 성인 인증 후에만 열람할 수 있도록 접근을 제한하였습니다.</li>
</ul>
<p>카카오 세이프티팀 드림</p>
</body></html>
"""
case(
    name="kakao-base64-html",
    frm="safety@kakaocorp.com", name_from="카카오 세이프티팀",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_k)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team HTML reply (base64), one link text not being its URL",
    why="channel 비공개 처리 removed; the Tistory post (URL only in href) age-gated, restricted",
    items={K[5]: "removed", K[3]: "restricted"},
)

k3_a = K3[:K3.index("%EB%A6%AC")]
k3_b = K3[len(k3_a):]
case(
    name="kakao-wrapped-angle-url",
    frm="cs@daum.net", name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 17:20:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. Daum 고객센터입니다.

요청주신 게시물 처리 결과입니다.

- Daum카페 게시글 <{K[1]}> : 삭제 완료
- 티스토리 게시글
  <{k3_a}
  {k3_b}> : 삭제 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with URLs in angle brackets, a long percent-encoded one wrapped over two lines",
    why="two '삭제 완료' lines; the wrapped URL in <> is one URL (RFC 3986 appendix C)",
    items={K[1]: "removed", K[3]: "removed"},
)

case(
    name="yt-legal-ko-restricted",
    frm="legal-support@google.com", name_from="YouTube 법무 지원팀",
    date="Tue, 10 Sep 2024 08:55:31 +0900",
    subject="Re: [KCSC-240905-03] 콘텐츠 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요.

YouTube 법무 지원팀에 연락해 주셔서 감사합니다. 방송통신심의위원회의
요청(KCSC-240905-03)을 검토한 결과는 다음과 같습니다.

대한민국 현지 법률에 따라 아래 동영상에 대해 대한민국 내 액세스를
제한했습니다.
- {Y[1]}
- {Y[4]}

아래 채널은 YouTube 커뮤니티 가이드 위반으로 해지되었습니다.
- {Y[3]}

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support Korean reply ('대한민국 내 액세스를 제한했습니다', channel terminated)",
    why="two videos geo-restricted in Korea (restricted), the channel terminated (removed)",
    items={Y[1]: "restricted", Y[4]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-english-mixed",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:14:09 +0000",
    subject="Re: [KCSC-240905-03] Request to remove content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your notice regarding reference KCSC-240905-03. We have
completed our review.

{Y[1]}
We removed this video for violating YouTube's Community Guidelines.

{Y[2]}
This URL does not point to any content on YouTube. Please check the link
and send it again if needed.

{Y[4]}
We reviewed this video and did not find it to violate our policies or the
local laws you cited. It will remain available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email in English, URL then its outcome paragraph",
    why="removed, not_found (no content at that URL), rejected (no violation, stays up)",
    items={Y[1]: "removed", Y[2]: "not_found", Y[4]: "rejected"},
)

case(
    name="yt-sole-one-item",
    frm="trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    date="Fri, 13 Sep 2024 02:40:00 +0000",
    subject="Re: [KCSC-240912-07] Request to remove content",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
Hello,

Following our review of your request KCSC-240912-07, the video you reported
has been removed from YouTube for violating our policy on the sale of
regulated goods.

Best regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short outcome note naming the reference only",
    why="one-item request; a single unhedged removal naming no URL applies to it",
    items={T1: "removed"},
)

case(
    name="yt-actioned-phrase",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:22:18 +0000",
    subject="Update on your request KCSC-240905-03",
    body=f"""
Hi,

Update on your request KCSC-240905-03:

- {Y[2]} has been actioned under our policies.
- {Y[1]} has been age-restricted; it is no longer visible to signed-out
  viewers or to users under 18.

Thanks,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' update with an age restriction",
    why="'actioned' is a removal (config phrase); age-restricted is restricted",
    items={Y[2]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-ack-plus-statement",
    frm="legal-support@google.com", name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 01:05:33 +0000",
    subject="[8-5520000040123] Re: [KCSC-240905-03] Request to remove content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us. Your case number is 8-5520000040123; please
keep it in the subject line of any reply.

Our team has reviewed {Y[4]} and we have blocked this video from being
viewed in South Korea in response to your legal request.

Sincerely,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal support case reply: case-number preamble, then an outcome",
    why="acknowledgement phrases plus an unhedged country block: restricted, not a receipt",
    items={Y[4]: "restricted"},
)

case(
    name="dc-informal-operator",
    frm="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 15:33:02 +0900",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 건 확인해서 처리했습니다.

- {D[1]} → 삭제했습니다
- {D[2]} → 삭제하고 작성자 차단했습니다
- {D[3]} → 이미 작성자가 지운 글이라 현재 없는 글입니다

실베 글({D[4]})은 원본 갤러리 확인이 필요해서 좀 더 보고 말씀드리겠습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal reply with arrows",
    why="three results; the 실베 post is only promised a later answer and stays pending",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending"},
)

box = "\n".join([
    "  ┌────┬──────────────────────────────────────────────────┬──────────────┐",
    "  │번호│ 대상 URL                                          │ 조치결과      │",
    "  ├────┼──────────────────────────────────────────────────┼──────────────┤",
    f"  │ 1  │ {D[1]} │ 삭제 │",
    f"  │ 2  │ {D[2]} │ 삭제 │",
    f"  │ 3  │ {D[3]} │ 삭제 │",
    f"  │ 4  │ {D[4]} │ 미조치(위반 아님) │",
    "  └────┴──────────────────────────────────────────────────┴──────────────┘",
])
case(
    name="dc-gongmun-box-table",
    frm="legal@dcinside.com", name_from="(주)디시인사이드 법무팀",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    subject="시정요구에 대한 조치결과 회신 (KCSC-240909-04)",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
(주)디시인사이드

수신자: 방송통신심의위원회
제  목: 시정요구에 대한 조치결과 회신 (KCSC-240909-04)

1. 관련: 방송통신심의위원회 시정요구 (KCSC-240909-04, 2024. 9. 9.)
2. 위 관련 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.

 가. 조치결과
{box}

 나. 미조치 사유: 4번 게시물은 시사 풍자 게시물로서 당사 이용약관 및 관련
     법령에 위반되지 않는 것으로 판단하여 게시를 유지함.

끝.
""",
    outcome="applied", classification="confirmation",
    imitates="HWP-converted 공문 with a box-drawing 조치결과 table",
    why="three 삭제 rows removed, the fourth kept with a reason (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="band-both",
    frm="help@band.us", name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 14:48:36 +0900",
    subject="Re: [KCSC-240910-05] 밴드 게시글 삭제 요청",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 밴드 게시글의 처리 결과를 안내해 드립니다.

1. {B[1]}
   운영정책 위반(불법 금융상품 홍보)으로 게시글을 삭제하고 작성자에게
   이용 제한 조치를 하였습니다.

2. {B[2]}
   확인 결과 작성자가 이미 삭제한 게시글로, 현재 존재하지 않습니다.

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre numbered result reply",
    why="one deleted, one already deleted by its author (not_found)",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-html-single",
    frm="noreply@band.us", name_from="BAND",
    date="Thu, 12 Sep 2024 11:00:04 +0900",
    subject="[BAND] 신고 처리 결과 안내",
    type="html",
    body=f"""
<html><body>
<div style="max-width:600px;margin:0 auto;font-family:sans-serif">
<h3 style="color:#00c73c">BAND 신고 처리 결과</h3>
<p>방송통신심의위원회(KCSC-240910-05)에서 접수하신 신고에 대한 처리 결과입니다.</p>
<table cellpadding="6">
<tr><td>신고 대상</td><td><a href="{B[2]}">{B[2]}</a></td></tr>
<tr><td>처리 결과</td><td><b>게시글 삭제</b></td></tr>
<tr><td>처리 일시</td><td>2024.09.12 10:58</td></tr>
</table>
<p style="font-size:11px;color:#999">본 메일은 발신 전용입니다. 운영정책: <a href="https://band.us/policy/operation">https://band.us/policy/operation</a></p>
</div>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML report-result card (신고 대상 / 처리 결과)",
    why="one named post, 게시글 삭제: removed; the policy link is no item",
    items={B[2]: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 09:30:00 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01로 요청하신 게시물 중 아래 3건은 현재 내부 검토가
진행 중이며, 검토가 끝나는 대로 순차적으로 게시중단 조치될 예정입니다.

{N[1]}
{N[2]}
{N[13]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: 검토 중, 게시중단 조치될 예정",
    why="a promise ('조치될 예정') is no statement; named items stay pending",
    items={N[1]: "pending", N[2]: "pending", N[13]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    frm="cs@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 16:40:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {K[1]} 게시글은 저희 쪽에서 조회했을 때 이미 삭제된 것으로
보입니다. 다만 카페 운영진이 지운 것인지 작성자가 지운 것인지는 확인이
어려워, 정확한 처리 내역은 담당 부서 확인 후 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao customer-centre hedge ('삭제된 것으로 보입니다')",
    why="a hedge ('…것으로 보입니다') and a promise: the item stays pending",
    items={K[1]: "pending"},
)

case(
    name="yt-conditional-en",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240905-03] Request to remove content",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your request KCSC-240905-03.

We are still assessing {Y[1]} against local law. If we conclude that it is
unlawful in Korea, we will restrict access to it there.

{Y[2]} is currently under review by our policy team.

We will write to you again once our review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with a conditional and 'under review'",
    why="a condition and 'under review' are no statements; both items stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-bulk-all-13",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 삭제 요청 - 조치 완료",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 2일 요청하신 시정요구(KCSC-240902-01)와 관련하여, 요청 대상
게시물 전체에 대해 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line NAVER '요청 대상 게시물 전체 게시중단 완료' reply",
    why="a statement about all 13 items without naming any: bulk review, nothing applied",
    items={N[i]: "pending" for i in range(1, 14)},
)

case(
    name="kakao-bulk-5",
    frm="policy@kakaocorp.com", name_from="카카오 정책팀",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요, 카카오 정책팀입니다.

신고해 주신 게시물 5건 모두 삭제 조치 완료되었습니다.
협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="short Kakao '5건 모두 삭제 조치 완료' reply",
    why="five-item request, one statement covering all without naming them: bulk",
    items={K[i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-untrusted-authfail",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    auth="fail",
    date="Wed, 04 Sep 2024 21:02:19 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요 네이버 정책팀입니다.
KCSC-240902-01 관련 아래 게시물은 삭제되었습니다.

{N[4]}
{N[5]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking reply failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="unknown-sender-blogger",
    frm="haneul.market77@gmail.com", name_from="박하늘",
    date="Wed, 04 Sep 2024 22:47:51 +0900",
    subject="블로그 글 삭제했습니다 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 블로그 haneul_market77 운영자입니다.

위원회에서 삭제 요청하셨다는 글 {N[1]} 과
{N[2]} 는 제가 오늘 직접 삭제했습니다.
(요청번호가 KCSC-240902-01이라고 안내받았습니다.)

앞으로 주의하겠습니다.
박하늘 드림
""",
    outcome="review", review="unknown_sender",
    imitates="the blogger's own email saying they deleted their posts",
    why="sender is no platform: nothing applied, review unknown_sender",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="wrong-platform-naver-for-band",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 15:20:00 +0900",
    subject="BAND 게시글 처리 결과 회신 (KCSC-240910-05)",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

위원회에서 BAND 쪽으로 보내신 요청(KCSC-240910-05)이 저희 팀에도 전달되어
함께 회신드립니다.

{B[1]} — 삭제
{B[2]} — 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group policy team answering for BAND posts",
    why="BAND items are a different configured platform (sender band.us); NAVER's statement about them is wrong_platform",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-no-claims-meeting",
    frm="partners@navercorp.com", name_from="네이버 대외협력팀",
    date="Fri, 13 Sep 2024 11:11:00 +0900",
    subject="9월 정례 실무협의 일정 안내",
    body="""
안녕하세요, 네이버 대외협력팀입니다.

9월 정례 실무협의를 9월 24일(화) 오후 2시, 네이버 그린팩토리 12층
회의실에서 진행하고자 합니다. 참석하실 분의 성함과 연락처를 9월 20일까지
알려주시면 출입 등록을 해 두겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform liaison's meeting notice",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-asks-more",
    frm="policy@kakaocorp.com", name_from="카카오 정책팀",
    date="Thu, 05 Sep 2024 11:45:00 +0900",
    subject="Re: [KCSC-240904-02] 불법정보 삭제 요청 - 자료 요청",
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요. 카카오 정책팀입니다.

요청번호 KCSC-240904-02와 관련하여, 원활한 검토를 위해 아래 자료를
추가로 보내주시기 바랍니다.

 1. 해당 게시물에 대한 심의 의결서 사본
 2. 각 게시물이 위반한 것으로 판단된 법령 조항

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for 심의 의결서 and legal basis before acting",
    why="asks the regulator for documents; states nothing about any item",
    items={},
)

case(
    name="dc-promise-informal",
    frm="manager@dcinside.com", name_from="디시인사이드 운영자",
    date="Mon, 09 Sep 2024 18:02:00 +0900",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
네 담당자님 메일 잘 받았습니다.
{D[4]} 글은 갤러리 매니저랑 확인해서 내일 중으로 삭제하겠습니다.
나머지 세 건은 지금 보고 있어요.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator's informal promise",
    why="'삭제하겠습니다' is a promise and 'still looking' is no statement: all pending",
    items={D[4]: "pending"},
)

case(
    name="forwarded-by-colleague",
    frm="seojun.lee@kcsc.example", name_from="이서준",
    date="Fri, 06 Sep 2024 09:05:00 +0900",
    subject="FW: [회신] 조치결과 (KCSC-240902-01)",
    body=f"""
담당자님, 네이버에서 제 개인 메일로 회신이 와서 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 정책지원팀 <policy@navercorp.com>
Date: 2024년 9월 5일 (목) 오후 3:12
Subject: [회신] 조치결과 (KCSC-240902-01)
To: <seojun.lee@kcsc.example>

요청하신 게시물 중 {N[9]} 은 삭제하였습니다.
""",
    outcome="review", review="forwarded",
    imitates="a colleague forwarding a platform reply (Gmail 'Forwarded message')",
    why="the statement reaches us only forwarded by a non-platform sender: review, nothing applied",
    items={N[9]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    frm="yuna.choi@navercorp.com", name_from="최유나",
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    subject="[자동응답] 부재중입니다 - Re: [KCSC-240902-01] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 네이버 정책지원팀 최유나입니다.

추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply",
    items={},
)

dsn_orig = "\n".join([
    "From: 방송통신심의위원회 <takedown@kcsc.example>",
    "To: report@band.us",
    "Subject: [KCSC-240910-05] 밴드 게시글 삭제 요청",
    f"Message-ID: <{mid('KCSC-240910-05')}@kcsc.example>",
    "Date: Tue, 10 Sep 2024 10:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "BAND 고객센터 귀중",
    "",
    "아래 게시글의 삭제를 요청드립니다. (요청번호 KCSC-240910-05)",
    f"1. {B[1]}",
    f"2. {B[2]}",
])
case(
    name="band-dsn-bounce",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b569-dsn-0910"

--b569-dsn-0910
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host mx1.band.us[203.0.113.25] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--b569-dsn-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; report@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected: User unknown

--b569-dsn-0910
Content-Type: message/rfc822

{dsn_orig}

--b569-dsn-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request to BAND",
    why="bounce; the URLs are only in the returned request",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="kakao-mdn",
    frm="policy@kakaocorp.com", name_from="카카오 정책팀",
    date="Wed, 04 Sep 2024 10:42:00 +0900",
    subject="읽음: [KCSC-240904-02] 불법정보 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b569-mdn-0904"

--b569-mdn-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신인이 읽었습니다.

제목: [KCSC-240904-02] 불법정보 삭제 요청
받는 사람: policy@kakaocorp.com
읽은 시간: 2024-09-04 10:41:58 (KST)

--b569-mdn-0904
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; KakaoWork Mail
Original-Recipient: rfc822;policy@kakaocorp.com
Final-Recipient: rfc822;policy@kakaocorp.com
Original-Message-ID: <{mid('KCSC-240904-02')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b569-mdn-0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    frm="legal-noreply@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 02:03:00 +0000",
    subject="[8-5520000039977] We've received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for your submission. We have received your request (your
reference: KCSC-240905-03) and a member of our team will review it.

Your case ID is 8-5520000039977. Please include it in any further
correspondence about this request.

This is an automated message; replies to this address are not monitored.

- The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal webform receipt with a case ID",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="naver-receipt-echo",
    frm="noreply@navercorp.com", name_from="네이버 게시중단요청서비스",
    date="Mon, 02 Sep 2024 10:05:12 +0900",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.
아래 내용으로 게시중단 요청이 정상 접수되었습니다.

■ 접수번호: R-2024-0902-41177
■ 요청자: 방송통신심의위원회
■ 요청 사유: 불법정보 (KCSC-240902-01)
■ 요청 게시물:
  {N[1]}
  {N[2]}
  {N[3]}

처리 결과는 검토 후 이메일로 안내드립니다. 통상 영업일 기준 1~3일이 소요됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="네이버 게시중단요청서비스 접수 완료 mail echoing the reported URLs",
    why="receipt that echoes the report; no result for any URL",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="dc-autoreply-receipt",
    frm="noreply@dcinside.com", name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 10:00:40 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다",
    reply_to_req=mid("KCSC-240909-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

문의가 정상적으로 접수되었습니다. (문의번호 DC-240909-0371)
답변은 영업일 기준 2~3일 이내에 메일로 드리겠습니다.

※ 본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    imitates="DC Inside helpdesk automatic receipt (문의 접수)",
    why="automatic receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="kakao-ooo-quoted-request",
    frm="minho.jung@kakaocorp.com", name_from="정민호",
    date="Wed, 04 Sep 2024 10:01:15 +0900",
    subject="Automatic reply: [KCSC-240904-02] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minho.jung@kakaocorp.com"],
    body=f"""
I am out of the office until Monday, 9 September, with limited access to email.
9월 9일(월)까지 휴가입니다. 급한 건은 policy@kakaocorp.com 으로 연락 바랍니다.

정민호 / Kakao Policy

-----Original Message-----
{quoted(req_body_kakao())}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange bilingual 'Automatic reply' with the request quoted",
    why="auto-reply; the URLs are only in the quoted request",
    items={K[i]: "pending" for i in range(1, 6)},
)


HEADER = """# Blind set 569 (Korean): expected results, written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""

if __name__ == "__main__":
    write_requests()
    for n, c in enumerate(cases):
        c["from"] = c.pop("frm")
        # Non-ASCII display names always as RFC 2047 words, as mailers send
        # them; subjects alternately encoded and raw UTF-8 (both occur).
        if not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
        if not c["subject"].isascii() and n % 2 == 0:
            c["subject"] = enc(c["subject"])
    corpuslib.write_set(HERE, SET, HEADER, cases)
