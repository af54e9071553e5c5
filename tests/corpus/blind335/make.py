#!/usr/bin/env python3
"""Blind set 335 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND). Writes requests.csv, cases/*.eml and expected.toml deterministically.

    python3 tests/corpus/blind335/make.py

Every email is fictional and written in our own sentences; expected results
were written from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def enc(url):
    return quote(url, safe=":/?&=@%-._~")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/lucky_seven77/223540118201",
    2: "https://blog.naver.com/lucky_seven77/223540118355",
    3: "https://blog.naver.com/moonbet_kr/223538870012",
    4: "https://cafe.naver.com/sportstoto2024/1187",
    5: "https://cafe.naver.com/sportstoto2024/1192",
    6: "https://cafe.naver.com/sportstoto2024/1204",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60601&docId=471220385",
    8: "https://blog.naver.com/hanbit_casino/223541002984",
    9: "https://blog.naver.com/hanbit_casino/223541003117",
    10: "https://cafe.naver.com/minitoto/30551",
    11: "https://in.naver.com/bettingking/contents/internal/714420119844416",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5530127",
    13: "https://blog.naver.com/gold_slot_kr/223544871200",
    14: "https://cafe.naver.com/minitoto/30560",
    15: "https://blog.naver.com/seoul_daily_k/223552210047",
}
K1_RAW = "https://gyeol-note.tistory.com/entry/판매-안내"
K = {
    1: enc(K1_RAW),
    2: "https://cafe.daum.net/blueharbor22/Lq8f/412",
    3: "https://cafe.daum.net/blueharbor22/Lq8f/419",
    4: "https://tv.kakao.com/v/448120937",
    5: "https://pf.kakao.com/_xkQzVb/105882211",
    6: "https://brunch.co.kr/@mintleaf/87",
}
Y4_RAW = "https://www.youtube.com/@밤마실TV"
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2xLp0c",
    2: "https://www.youtube.com/watch?v=b8KfN3wZ1sA",
    3: "https://www.youtube.com/shorts/Hx4Vd9ePq2M",
    4: enc(Y4_RAW),
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551027",
    3: "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3318",
}
B = {
    1: "https://band.us/band/81234567/post/2211",
    2: "https://band.us/band/81234567/post/2230",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "gambling", "req-240902-01@kcsc.example",
     "불법 도박 홍보 게시물 (블로그/카페/지식iN/인플루언서/포스트)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "drugs", "req-240904-02@kcsc.example",
     "티스토리/다음 카페/카카오TV/카카오 채널"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "fraud", "req-240905-03@kcsc.example",
     "투자 사기 홍보 영상 및 채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T15:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "privacy", "req-240906-04@kcsc.example",
     "개인정보 노출 게시물"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [B[1], B[2]], "gambling", "req-240909-05@kcsc.example", "밴드 게시글"),
    ("KCSC-240910-06", "naver", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [N[15]], "defamation", "req-240910-06@kcsc.example", "블로그 게시물 1건"),
    ("KCSC-240911-07", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [K[6]], "obscenity", "req-240911-07@kcsc.example", "브런치 글 1건"),
]
REQ = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single_b64(text, ctype="plain", charset="utf-8"):
    return (f"Content-Type: text/{ctype}; charset={charset}\n"
            f"Content-Transfer-Encoding: base64\n\n{b64(text, charset)}\n")


def single_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(text)}\n")


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def original_request(ref, urls, action="삭제"):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 {action}를 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"(요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER (R1, R6)
R1_ROWS = [
    (1, "삭제", "2024.09.04"),
    (2, "삭제", "2024.09.04"),
    (3, "임시조치(30일)", "2024.09.04"),
    (4, "게시중단", "2024.09.05"),
    (5, "블라인드", "2024.09.05"),
    (6, "게시물 없음(기삭제)", "-"),
    (7, "삭제", "2024.09.04"),
    (8, "작성자 자진 삭제", "-"),
    (9, "삭제", "2024.09.05"),
    (10, "삭제", "2024.09.05"),
    (11, "비공개 처리", "2024.09.05"),
    (12, "삭제", "2024.09.04"),
    (13, "조치 불가(위반 사항 미확인)", "-"),
    (14, "삭제", "2024.09.05"),
]
R1_STATUS = {
    "삭제": "removed", "임시조치(30일)": "restricted", "게시중단": "removed",
    "블라인드": "removed", "게시물 없음(기삭제)": "not_found", "작성자 자진 삭제": "not_found",
    "비공개 처리": "removed", "조치 불가(위반 사항 미확인)": "rejected",
}
table = "\n".join(f"{i:>2} | {N[i]} | {res} | {day}" for i, res, day in R1_ROWS)
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(5, 17, 42), subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req=REQ["KCSC-240902-01"],
    body=f"""
수    신: 방송통신심의위원회 통신심의국장
참    조: 불법정보 모니터링 담당
발    신: 네이버주식회사 정책지원팀
제    목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(불법 도박 정보 14건)와 관련하여
   당사의 조치결과를 아래와 같이 통보합니다.

- 아    래 -

연번 | 대상 URL | 조치결과 | 조치일
{table}

3. 연번 13은 게시물 내용을 검토하였으나 도박 사이트 홍보로 볼 만한 내용이 확인되지
   않아 게시를 유지하였습니다. 추가 소명 자료를 보내주시면 다시 검토하겠습니다.
4. 연번 6, 8은 요청 접수 시점에 이미 게시물이 존재하지 않았습니다.  끝.

네이버주식회사 정책지원팀 (담당: 한지우)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 통보 with a pipe table (NAVER policy team)",
    why="fourteen rows, each URL with its own result: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 기삭제/작성자 삭제 not_found, 조치 불가 rejected",
    items={N[i]: R1_STATUS[res] for i, res, _ in R1_ROWS},
)

html_rows = [(4, "게시중단", "removed"), (5, "블라인드 처리", "removed"),
             (6, "접근 제한(임시조치)", "restricted"), (10, "삭제", "removed")]
html_tr = "\n".join(
    f'<tr><td>{k}</td><td><a href="{N[i]}">{N[i]}</a></td><td>{r}</td></tr>'
    for k, (i, r, _) in enumerate(html_rows, 1))
case(
    name="naver-cafe-html-table",
    **{"from": "cafe_safety@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(6, 10, 15), subject="네이버 카페 게시글 조치 결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 카페 게시글 중 아래 4건의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>No</th><th>게시글 주소</th><th>처리 결과</th></tr>
{html_tr}
</table>
<p>카페 운영정책은 <a href="https://cafe.naver.com/policy/operation.html">카페 운영정책 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영팀 HTML notice with a result table",
    why="HTML table, each row a URL and a result; the policy link is no item",
    items={N[i]: s for i, _, s in html_rows},
)

csv_rows = [(7, "삭제", "removed"), (8, "삭제", "removed"), (9, "게시물 없음", "not_found"),
            (11, "블라인드", "removed"), (12, "삭제", "removed"), (13, "임시조치", "restricted"),
            (14, "삭제", "removed")]
csv_text = "번호,URL,처리결과,처리일시\n" + "".join(
    f'{k},"{N[i]}",{r},2024-09-06 1{k % 6}:0{k}\n' for k, (i, r, _) in enumerate(csv_rows, 1))
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(6, 19, 5), subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req=REQ["KCSC-240902-01"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_240906_a1"

--=_nv_240906_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 한지우입니다.

요청하신 건 중 9월 6일까지 처리된 7건의 결과를 첨부 파일
(조치결과_KCSC-240902-01.csv)로 보내드립니다.
나머지 건은 처리되는 대로 별도 회신드리겠습니다.

감사합니다.

--=_nv_240906_a1
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_240906_a1--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply carrying a CSV result sheet as an attachment",
    why="CSV attachment with one row per URL and a result column; the body only points to it",
    items={N[i]: s for i, _, s in csv_rows},
)

case(
    name="naver-cafe-informal-qp",
    **{"from": "doyoon.kim@navercorp.com"}, name_from="김도윤",
    date=d(4, 11, 27), subject="Re: 카페 게시글 삭제 요청 건",
    reply_to_req=REQ["KCSC-240902-01"],
    raw_mime=single_qp(f"""
안녕하세요, 네이버 카페 운영정책 담당 김도윤입니다.

말씀하신 카페 게시글 두 건 확인했습니다.
sportstoto2024 카페 1192번 글({N[5]})은 오늘 오전에 삭제했고요,
minitoto 카페 30560번 글은 들어가 보니 작성자가 이미 지운 상태라 저희 쪽에서도 찾을 수가 없었습니다.
{N[14]}

혹시 다른 주소로 다시 올라온 게 보이면 편하게 알려주세요.

김도윤 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe policy operator (quoted-printable UTF-8)",
    why="one post deleted today (URL in brackets after the 글); the other already deleted by its author, URL on the line after",
    items={N[5]: "removed", N[14]: "not_found"},
)

case(
    name="naver-url-status-below",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date=d(5, 9, 48), subject="[네이버 블로그] 게시중단 요청 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.
방송통신심의위원회 시정요구(KCSC-240902-01)와 관련하여 블로그 게시물의 처리 결과를 URL별로 안내드립니다.

{N[2]}
→ 게시중단 처리 완료

{N[3]}
→ 해당 게시물을 찾을 수 없습니다 (잘못된 주소이거나 이미 삭제됨)

{N[4]}
→ 블라인드 처리

더 궁금하신 점은 고객센터(https://help.naver.com/service/blog)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre 게시중단 처리 결과 notice, one URL per block with an arrow line",
    why="each bare URL is followed by its result on the next line",
    items={N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-sole-blind",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date=d(11, 14, 3), subject="Re: [방송통신심의위원회] 시정요구 KCSC-240910-06",
    reply_to_req=REQ["KCSC-240910-06"],
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-06)과 관련하여,
해당 블로그 게시물을 블라인드 처리하였음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER blog 블라인드 처리 notice answering a one-item request",
    why="request of one item, named by reference; the single unhedged statement (블라인드) applies to it",
    items={N[15]: "removed"},
)

case(
    name="naver-top-posted-imsijochi",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(12, 9, 20), subject="Re: [시정요구] KCSC-240910-06 블로그 게시물 1건",
    reply_to_req=REQ["KCSC-240910-06"],
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

보내주신 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
게시자가 재게시를 요청하는 경우 별도로 안내드리겠습니다.

권리보호센터 드림

2024년 9월 10일 (화) 오후 4:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote_lines(original_request("KCSC-240910-06", [N[15]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice, top-posted over the Gmail-style quoted request",
    why="one-item request: 임시조치(30일) is restricted; the URL itself appears only in the quoted request",
    items={N[15]: "restricted"},
)

case(
    name="naver-kcsc-columns-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(4, 18, 30), subject="시정요구 조치결과 (1차) - KCSC-240902-01",
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240902-01 시정요구 중 1차 처리분의 결과를 아래 표와 같이 알려드립니다.
('시정요구' 열은 위원회 요구 내용, '조치결과' 열은 당사 처리 결과입니다.)

연번  정보 URL                                             시정요구   조치결과
1     {N[1]}   삭제       삭제 완료
2     {N[2]}   삭제       해당 게시물 없음
3     {N[3]}     접속차단   접속차단 완료

나머지 11건은 확인 중이며 2차 결과와 함께 회신드리겠습니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 table with separate 'demanded' and 'result' columns",
    why="the 조치결과 column gives the status; the 시정요구 column only repeats what was demanded; the other 11 are not named",
    items={N[1]: "removed", N[2]: "not_found", N[3]: "restricted"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "sumin.lee@navercorp.com"}, name_from="이수민",
    date=d(9, 16, 12), subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req=REQ["KCSC-240902-01"],
    body=f"""
안녕하세요, 정책지원팀 이수민입니다.
9월 2일 요청 건 중 금일까지 추가로 처리된 내역 공유드립니다.

 - {N[9]} : 삭제
 - {N[10]} : 삭제
 - {N[14]} : 게시물 없음 (작성자 삭제)

이수민 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법 도박 정보 시정요구

{original_request("KCSC-240902-01", [N[i] for i in range(1, 15)])}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with a short bullet list above '-----Original Message-----'",
    why="three bullets above the quoted request, each URL with its result; the 14 URLs below the Original Message line are our own request",
    items={N[9]: "removed", N[10]: "removed", N[14]: "not_found"},
)

kin_a, kin_b = N[7].split("dirId=60601&")
case(
    name="naver-angle-wrapped-kin",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date=d(5, 13, 55), subject="[지식iN/인플루언서] 시정요구 KCSC-240902-01 처리 안내",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

지식iN 질문 게시물 <{kin_a}dirId=60601&
{kin_b}> 는 운영원칙 위반으로 삭제하였습니다.

또한 인플루언서 콘텐츠
<{N[11]}>
역시 비공개 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN notice with URLs in angle brackets, one wrapped over two lines (RFC 3986 appendix C style)",
    why="the wrapped kin URL (joined inside its angle brackets) was deleted; the influencer post on its own line was made private by the operator",
    items={N[7]: "removed", N[11]: "removed"},
)

case(
    name="naver-english-legal",
    **{"from": "legal@navercorp.com"}, name_from="NAVER Legal",
    date=d(10, 8, 40), subject="Your request KCSC-240902-01 - outcome",
    body=f"""
Dear KCSC team,

Further to your correction request KCSC-240902-01, please find the outcome for
three of the URLs below.

1) {N[12]}
   The post has been deleted.
2) {N[13]}
   We could not locate this post; the link appears to be invalid.
3) {N[6]}
   Having reviewed the post, we found no breach of our operating policy or of
   Korean law, so it remains published.

Kind regards,
NAVER Corp. Legal
""",
    outcome="applied", classification="confirmation",
    imitates="English-language reply from a Korean portal's legal team",
    why="deleted -> removed; could not locate / invalid link -> not_found; no breach, remains published -> rejected",
    items={N[12]: "removed", N[13]: "not_found", N[6]: "rejected"},
)

# ================================================================ Kakao (R2, R7)
case(
    name="kakao-tistory-raw-korean",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(6, 15, 31), subject="[카카오] 시정요구(KCSC-240904-02) 검토 결과 안내",
    reply_to_req=REQ["KCSC-240904-02"],
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
방송통신심의위원회의 시정요구(KCSC-240904-02) 건에 대한 검토 결과를 알려드립니다.

■ 티스토리
{K1_RAW} 게시물은 정보통신망법에 따라 임시조치(30일)되었습니다.

■ 다음 카페
다음 카페 게시글（{K[2]}）과（{K[3]}）은 카페 운영정책 위반으로 삭제되었습니다.

나머지 요청 건은 검토가 끝나는 대로 안내드리겠습니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 검토 결과 notice (Tistory 임시조치, Daum cafe 삭제)",
    why="raw Korean Tistory path matches the percent-encoded request URL: 임시조치 restricted; two cafe URLs in full-width brackets deleted",
    items={K[1]: "restricted", K[2]: "removed", K[3]: "removed"},
)

case(
    name="kakao-daum-numbered",
    **{"from": "daumcafe_cs@kakaocorp.com"}, name_from="Daum 고객센터",
    date=d(9, 11, 2), subject="[Daum] 요청하신 게시물 처리 결과입니다 (KCSC-240904-02)",
    body=f"""
안녕하세요. Daum 고객센터입니다.

요청하신 게시물의 처리 결과를 안내해 드립니다.

1. {K[2]} - 삭제 완료
2. {K[3]} - 이미 삭제된 게시물입니다.
3. {K[4]} - 영상 삭제 및 채널 이용 제한
4. {K[5]} - 검토 결과 운영정책 위반 사항이 확인되지 않아 조치하지 않았습니다.

Daum 서비스를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 numbered result list",
    why="numbered list, one URL and result per line: removed, already deleted (not_found), video deleted (removed), no violation (rejected)",
    items={K[2]: "removed", K[3]: "not_found", K[4]: "removed", K[5]: "rejected"},
)

kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 운영정책팀입니다.</p>
<p>시정요구 <b>KCSC-240904-02</b>에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>서비스</th><th>URL</th><th>조치</th></tr></thead>
<tbody>
<tr><td>티스토리</td><td><a href="{K[1]}">{K1_RAW}</a></td><td>삭제</td></tr>
<tr><td>카카오TV</td><td><a href="{K[4]}">{K[4]}</a></td><td>삭제</td></tr>
<tr><td>카카오톡 채널</td><td><a href="{K[5]}">{K[5]}</a></td><td>게시중단</td></tr>
</tbody></table>
<p>운영정책 전문: <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a></p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
"""
case(
    name="kakao-base64-html",
    **{"from": "noreply-policy@kakaocorp.com"}, name_from="카카오 운영정책팀",
    date=d(10, 17, 45), subject="[카카오] 시정요구 조치 결과 안내",
    reply_to_req=REQ["KCSC-240904-02"],
    raw_mime=single_b64(kakao_html, "html"),
    outcome="applied", classification="confirmation",
    imitates="Kakao no-reply HTML notice, base64-encoded, with a 서비스/URL/조치 table",
    why="base64 HTML table: Tistory post and Kakao TV video deleted, channel post 게시중단; the policy link is no item",
    items={K[1]: "removed", K[4]: "removed", K[5]: "removed"},
)

case(
    name="kakao-brunch-single",
    **{"from": "brunch_cs@kakaocorp.com"}, name_from="브런치팀",
    date=d(12, 10, 30), subject="Re: [KCSC-240911-07] 브런치 게시글 시정요구",
    reply_to_req=REQ["KCSC-240911-07"],
    body=f"""
안녕하세요, 브런치팀입니다.

요청해 주신 브런치 글 {K[6]} 은 운영정책에 따라 비공개 처리하였습니다.
작가에게도 조치 사실을 안내하였습니다.

브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch team reply on a single post",
    why="the operator made the post private: removed",
    items={K[6]: "removed"},
)

case(
    name="kakao-echoed-report",
    **{"from": "cs_noreply@kakao.com"}, name_from="카카오 고객센터",
    date=d(6, 14, 20), subject="[카카오 고객센터] 신고 처리 결과 안내 (RC-20240905-00731)",
    body=f"""
[카카오 고객센터] 신고하신 내용의 처리 결과를 안내해 드립니다.

[신고 접수 내용]
- 접수번호 : RC-20240905-00731
- 신고 대상 URL : {K[2]}
- 신고 사유 : 불법정보 (방송통신심의위원회 시정요구 KCSC-240904-02)

[처리 결과]
- 처리 상태 : 처리 완료
- 조치 내용 : 임시조치 (30일간 게시물 접근 차단)
- 처리 일시 : 2024-09-06 14:12

본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre report-outcome mail that echoes the report form",
    why="echoed report names one URL; its result block says 임시조치 (access blocked for 30 days): restricted",
    items={K[2]: "restricted"},
)

# ================================================================ YouTube (R3)
case(
    name="youtube-legal-en",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 3, 14), subject="Re: KCSC-240905-03 [ref:_8NqL2:ref]",
    reply_to_req=REQ["KCSC-240905-03"],
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240905-03.

After review, we have removed the following video for violating YouTube's
Community Guidelines:
{Y[1]}

We have also restricted access to the following content in South Korea, in
accordance with local law:
{Y[2]}

For more on how we handle government requests, please see
https://support.google.com/youtube/answer/9000123.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome mail (removed / restricted in country)",
    why="each URL stands on the line below its statement: removed globally, restricted in South Korea; help link is no item",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="youtube-korean-notice",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date=d(10, 10, 5), subject="[YouTube] 요청 KCSC-240905-03 검토 결과",
    body=f"""
안녕하세요. YouTube 법무지원팀입니다.
KCSC-240905-03 요청에 대한 검토 결과를 안내드립니다.

・{Y[3]} ：현지 법률에 따라 대한민국 내에서 해당 동영상에 대한 액세스를 차단했습니다.
・{Y[4]} ：커뮤니티 가이드 위반으로 채널이 해지되었습니다.

감사합니다.
YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea 법무지원팀 Korean notice with full-width bullets and colons",
    why="Shorts video blocked in Korea: restricted; channel terminated: removed",
    items={Y[3]: "restricted", Y[4]: "removed"},
)

case(
    name="youtube-age-and-keep",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 2, 50), subject="Update on KCSC-240905-03",
    body=f"""
Hi there,

We reviewed the content you reported under reference KCSC-240905-03.

- {Y[1]} — we applied an age restriction to this video. It can no longer be
  viewed by signed-out users or by users under 18.
- {Y[2]} — after careful review we did not find a violation of our policies
  or of local law, so the video will remain available on YouTube.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome mail: age restriction and no-action decision",
    why="age-restricted -> restricted; no violation found, stays available -> rejected",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="youtube-raw-korean-handle",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date=d(12, 7, 33), subject="신고하신 채널에 대한 조치 안내",
    reply_to_req=REQ["KCSC-240905-03"],
    body=f"""
안녕하세요.

신고하신 채널 {Y4_RAW} 은(는) 스팸, 현혹 행위 및 사기에 관한 YouTube 정책을
위반하여 YouTube에서 삭제되었습니다.

YouTube 커뮤니티의 안전을 위해 신고해 주셔서 감사합니다.

© 2024 Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome notice in Korean naming a Korean channel handle",
    why="raw Korean @handle matches the percent-encoded request URL; channel deleted: removed",
    items={Y[4]: "removed"},
)

# ================================================================ DC Inside (R4)
case(
    name="dc-url-above-status",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, 13, 40), subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=REQ["KCSC-240906-04"],
    body=f"""
디시인사이드 운영팀입니다.
요청 주신 게시물 처리 결과입니다.

{D[1]}
삭제 처리 완료했습니다.

{D[2]}
이미 삭제된 글입니다(작성자 삭제).

{D[3]}
삭제 및 작성자 IP 차단 처리했습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operator reply, URL then result",
    why="each URL followed by its result: deleted, already deleted by its author (not_found), deleted",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
)

dc_euckr = f"""
방송통신심의위원회 귀중

(주)디시인사이드 운영팀입니다. 시정요구 KCSC-240906-04에 대하여 아래와 같이 회신합니다.

<{D[1]}> 게시물은 삭제하였습니다.
<{D[2]}> 게시물 역시 삭제하였습니다.
<{D[3]}> 게시물은 검토하였으나 갤러리 삭제 기준에 해당하지 않아 게시를 유지합니다.

(주)디시인사이드 운영팀
"""
case(
    name="dc-angle-brackets-euckr",
    **{"from": "admin@dcinside.com"}, name_from="DCinside",
    date=d(10, 11, 11), subject="시정요구 KCSC-240906-04 회신",
    raw_mime=single_b64(dc_euckr, "plain", "euc-kr"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside formal reply in EUC-KR (base64), URLs in angle brackets",
    why="two posts deleted; the third reviewed and kept because it meets no deletion criterion: rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

case(
    name="dc-gmail-quoted-partial",
    **{"from": "gallery_ops@dcinside.com"}, name_from="디시 갤러리 운영",
    date=d(7, 20, 8), subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=REQ["KCSC-240906-04"],
    body=f"""
말씀하신 3건 중 코인 마이너 갤러리 글 {D[2]} 은 삭제했습니다.
나머지 2건은 갤러리 관리자와 확인 후 따로 회신드리겠습니다.

2024년 9월 6일 (금) 오후 3:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quote_lines(original_request("KCSC-240906-04", [D[1], D[2], D[3]]))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply over the quoted request, one item done",
    why="only the coin gallery post is stated deleted; the other two are promised a later answer and are named only in the quote",
    items={D[2]: "removed", D[1]: "pending", D[3]: "pending"},
)

# ================================================================ BAND (R5)
case(
    name="band-two-results",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(11, 16, 0), subject="[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req=REQ["KCSC-240909-05"],
    body=f"""
안녕하세요, BAND 고객센터입니다.
신고해 주신 게시글에 대한 처리 결과를 안내해 드립니다.

- 게시글: {B[1]}
  처리 결과: 운영정책 위반(불법 정보)으로 게시글 삭제

- 게시글: {B[2]}
  처리 결과: 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않음

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre result notice (게시글/처리 결과 pairs)",
    why="first post deleted; second: no violation found, no action -> rejected",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-url-below-statement",
    **{"from": "safety@band.us"}, name_from="BAND 안전팀",
    date=d(12, 11, 25), subject="Re: KCSC-240909-05",
    body=f"""
안녕하세요. BAND 안전팀입니다.

다음 게시글은 BAND 운영정책에 따라 삭제되었습니다.
{B[2]}

나머지 1건({B[1]})은 아직 검토 중이며 결과가 나오는 대로 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-team short reply, URL on the line below its statement",
    why="2230 deleted (URL on the next line); 2211 still under review: pending",
    items={B[2]: "removed", B[1]: "pending"},
)

case(
    name="band-receipt-plus-statement",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(9, 15, 44), subject="[BAND] 문의 접수 안내 (B-240909-55821)",
    reply_to_req=REQ["KCSC-240909-05"],
    body=f"""
안녕하세요, BAND 고객센터입니다.
문의가 정상적으로 접수되었습니다. (접수번호 B-240909-55821)

참고로 신고하신 게시글 중 {B[1]} 은 이미 작성자가 삭제한 게시글입니다.
나머지 게시글은 담당 부서 확인 후 답변드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND ticket receipt that also states one post's status",
    why="receipt wording plus an unhedged statement: 2211 already deleted by its author -> not_found; not a pure acknowledgement",
    items={B[1]: "not_found"},
)

# ================================================================ review
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(4, 10, 10), subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req=REQ["KCSC-240902-01"],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[8]}
{N[9]}
위 두 게시물은 내부 검토를 거쳐 금주 중 삭제 조치될 예정입니다.
조치가 완료되면 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER interim reply promising deletion",
    why="'삭제 조치될 예정' is a promise, not a statement: items stay pending",
    items={N[8]: "pending", N[9]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(5, 16, 50), subject="RE: 시정요구 KCSC-240904-02 문의",
    reply_to_req=REQ["KCSC-240904-02"],
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

문의하신 다음 카페 게시글 {K[3]} 은 확인해 보니 이미 삭제된 것으로 보이나,
정확한 삭제 경위는 카페 측 확인이 필요합니다.
카카오TV 영상({K[4]})은 담당 부서로 이관하여 검토 중입니다.

확인되는 대로 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Kakao interim reply with a hedge ('삭제된 것으로 보이나') and 'under review'",
    why="'것으로 보이나' is a hedge and '검토 중' no statement: nothing applies",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(10, 18, 0), subject="[완료] KCSC-240902-01 시정요구 조치 완료 보고",
    reply_to_req=REQ["KCSC-240902-01"],
    body="""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 건의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.
개별 처리 내역이 필요하시면 말씀해 주세요.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 'all done' completion report without per-URL results",
    why="statement about all items of a 14-item request without naming any: bulk, items pending",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="band-bulk-all-deleted",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(13, 9, 30), subject="[BAND] KCSC-240909-05 처리 완료",
    body="""
안녕하세요, BAND 고객센터입니다.
KCSC-240909-05 건으로 신고하신 게시글은 모두 삭제 조치하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND one-line completion notice",
    why="'모두 삭제' for a two-item request, no URL named: bulk",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    date=d(6, 2, 17), subject="RE: [KCSC-240902-01] 조치결과",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
요청하신 건 중 아래 게시물은 삭제 완료되었습니다.

{N[1]}
{N[2]}
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="From a NAVER domain but authentication fails: untrusted, nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-author-gmail",
    **{"from": "nightowl.user88@gmail.com"}, name_from="밤올빼미",
    date=d(8, 23, 41), subject="제 글 지웠습니다",
    body=f"""
안녕하세요.
위원회에서 디시 쪽에 삭제 요청하셨다는 글
{D[3]}
제가 쓴 건데 방금 직접 지웠습니다. 확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="message from the post's author, not from the platform",
    why="a private Gmail sender is no platform: unknown_sender, the item stays pending",
    items={D[3]: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(11, 13, 13), subject="BAND 게시글 조치 안내 (KCSC-240909-05)",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
BAND 서비스 관련 요청을 대신 회신드립니다.

{B[1]} : 삭제
{B[2]} : 삭제
""",
    outcome="review", review="wrong_platform",
    imitates="group-company team answering for a sister service",
    why="NAVER-domain mail states statuses for BAND items; BAND's configured sender is band.us only",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="youtube-conditional",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 1, 22), subject="Re: KCSC-240905-03",
    reply_to_req=REQ["KCSC-240905-03"],
    body=f"""
Hello,

We have notified the uploader of {Y[1]} and
{Y[2]} that the content may violate local law.
If the uploader does not remove the videos within 7 days, we will restrict
access to them in South Korea. We will update you once this is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="YouTube interim notice: uploader notified, conditional restriction",
    why="condition and promise only ('if ... we will restrict'): nothing applies",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="dc-asks-official-letter",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(7, 10, 0), subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=REQ["KCSC-240906-04"],
    body="""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 3건과 관련하여, 처리를 위해 위원회 시정요구 공문(기관 직인 날인본, PDF)을
이 메일로 회신해 주시기 바랍니다. 공문 확인 후 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside request for the official stamped letter",
    why="the platform asks for documents before acting; no statement",
    items={},
)

case(
    name="naver-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(3, 9, 0), subject="[안내] 시정요구 공문 수신 담당자 변경",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

9월 9일부터 시정요구 공문 수신 담당자가 변경됩니다.
앞으로 공문은 policy-kr@navercorp.com 으로 보내 주시기 바랍니다.
기존 주소로 보내신 건도 당분간 함께 확인하겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal notice of a changed contact address",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="kakao-forwarded-internal",
    **{"from": "jiho.park@kakaocorp.com"}, name_from="박지호",
    date=d(6, 18, 2), subject="Fwd: [다음카페] KCSC-240904-02 게시글 처리",
    body=f"""
위원회 담당자님, 카페 운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 다음카페 운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 6일 (금) 오후 5:40
Subject: [다음카페] KCSC-240904-02 게시글 처리
To: 박지호 <jiho.park@kakaocorp.com>

지호님, 요청 건 처리했습니다.
{K[2]} 삭제 완료입니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao staff forwarding an internal team's result",
    why="the only statement is inside a forwarded message: forwarded, nothing applied",
    items={K[2]: "pending"},
)

# ================================================================ ignored
case(
    name="naver-ooo-chuseok",
    **{"from": "sumin.lee@navercorp.com"}, name_from="이수민",
    date=d(13, 18, 5), subject="[자동응답] Re: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req=REQ["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[부재중 자동응답]
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 시정요구 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="youtube-ooo-en",
    **{"from": "minjun.choi@google.com"}, name_from="Minjun Choi",
    date=d(13, 9, 1), subject="Automatic reply: KCSC-240905-03 reminder",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until Monday, September 23,
with limited access to email. For urgent legal requests please write to
legal-kr@google.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [독촉] KCSC-240906-04 개인정보 노출 게시물 삭제 요청
Date: {d(14, 9, 0)}
Message-ID: <reminder.KCSC-240906-04.1@kcsc.example>"""
case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(14, 9, 3), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND.dsn.0914"

--B0UND.dsn.0914
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--B0UND.dsn.0914
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(14, 9, 0)}

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--B0UND.dsn.0914
Content-Type: text/rfc822-headers; charset=utf-8

{dsn_orig}

--B0UND.dsn.0914--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder to DC Inside (mailbox full)",
    why="delivery status notification",
    items={},
)

ndr_orig = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: old-right@kakaocorp.com
Subject: [KCSC-240904-02] 불법정보 시정요구
Date: {d(4, 11, 0)}
Message-ID: <req-240904-02b@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{original_request("KCSC-240904-02", [K1_RAW, K[2], K[3], K[4], K[5]])}
"""
case(
    name="kakao-ndr-with-original",
    **{"from": "postmaster@kakaocorp.com"}, name_from="Postmaster",
    date=d(4, 11, 2), subject="배달되지 않음: [KCSC-240904-02] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr_kk_0904"

--ndr_kk_0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 수신자에게 메시지를 배달하지 못했습니다.

old-right@kakaocorp.com
받는 사람의 주소를 찾을 수 없습니다. 주소를 확인한 후 다시 보내 주세요.

--ndr_kk_0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kakaocorp.com

Final-Recipient: rfc822; old-right@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--ndr_kk_0904
Content-Type: message/rfc822

{ndr_orig}
--ndr_kk_0904--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean-language NDR carrying the original request with its URLs",
    why="non-delivery report; the URLs are only in our own returned request",
    items={},
)

case(
    name="kakao-mdn",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(4, 13, 9), subject="읽음 확인: [KCSC-240904-02] 불법정보 시정요구",
    reply_to_req=REQ["KCSC-240904-02"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_0904_kk"

--mdn_0904_kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC-240904-02] 불법정보 시정요구
읽은 시간: 2024-09-04 오후 1:09

--mdn_0904_kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0904_kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) in Korean",
    why="message disposition notification",
    items={},
)

case(
    name="youtube-case-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal",
    date=d(5, 9, 41), subject="[5-1234000008215] We received your request (KCSC-240905-03)",
    body="""
Hello,

Thanks for reaching out. We have received your request and created case
5-1234000008215. Our team will review it and get back to you.

Please keep the case number in the subject line of any reply.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal case-ID receipt",
    why="pure acknowledgement: case created, nothing said about any item",
    items={},
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date=d(9, 10, 4), subject="[BAND] 문의 접수 완료 안내",
    body="""
안녕하세요, BAND 고객센터입니다.
고객님의 문의가 접수되었습니다.

접수번호: B-240909-55790
접수일시: 2024-09-09 10:04

답변은 영업일 기준 3~5일 이내에 이메일로 보내드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

HEADER = """# Blind set 335 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from its case list; expected results come from each
# email's meaning alone, written before any run of the reader."""

def ew(text):
    """RFC 2047 encoded word for a non-ASCII header value, as Korean mailers send."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Subjects a few mailers leave as raw UTF-8 (SMTPUTF8-style); all others encoded.
RAW_SUBJECTS = {"dc-url-above-status", "naver-cafe-informal-qp", "dc-author-gmail"}
for c in CASES:
    c["name_from"] = ew(c["name_from"])
    if c["name"] not in RAW_SUBJECTS:
        c["subject"] = ew(c["subject"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind335", HEADER, CASES)
