#!/usr/bin/env python3
"""Blind set 401 (Korean replies): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

Every email is fictional and written in our own sentences, in the manner of
Korean portal replies (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
BAND): 공문-style 조치결과 회신, 임시조치 notices, 시정요구 result tables,
informal operator replies, receipts, auto-replies, DSNs and MDNs.
Expected results were written from each email's meaning alone, before any
run of the reader.
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


def h(s):
    """RFC 2047-encode a header value (Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def tistory(host, slug):
    return f"https://{host}/entry/" + quote(slug, safe="-")


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/luckyday_777/223561204881",
    "https://blog.naver.com/luckyday_777/223561209934",
    "https://blog.naver.com/toto_gwan/223560018872",
    "https://cafe.naver.com/sportspicksclub/18823",
    "https://cafe.naver.com/sportspicksclub/18841",
    "https://cafe.naver.com/sportspicksclub/18907",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60901&docId=471120385",
    "https://blog.naver.com/bigwin_pick/223559901127",
    "https://cafe.naver.com/casinoroomkr/5521",
    "https://cafe.naver.com/casinoroomkr/5530",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38812004&memberNo=5120331",
    "https://blog.naver.com/bigwin_pick/223560077410",
]
K3_RAW = "https://midnight-lab.tistory.com/entry/캔디-직거래-안내"
K = [
    "https://cafe.daum.net/icecrystal22/Xk9P/118",
    "https://cafe.daum.net/icecrystal22/Xk9P/121",
    tistory("midnight-lab.tistory.com", "캔디-직거래-안내"),
    "https://midnight-lab.tistory.com/42",
    "https://cafe.daum.net/greenleaf_talk/Bq1r/77",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xLpA4",
    "https://www.youtube.com/watch?v=Hc0vW9nKe3s",
    "https://www.youtube.com/shorts/ZpL4uYw8Rb1",
    "https://www.youtube.com/@coinmaster_kr_official",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=44102",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=44117",
]
B = [
    "https://band.us/band/81234567/post/311",
    "https://band.us/band/81234567/post/318",
]
S1 = "https://blog.naver.com/hwajang_pick/223567712093"
T1_RAW = "https://goldrush-info.tistory.com/entry/비상장-코인-리딩방"
T1 = tistory("goldrush-info.tistory.com", "비상장-코인-리딩방")

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "illegal_gambling", "req-240903-01@kcsc.example", "불법 도박 홍보 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", K,
     "drugs", "req-240904-02@kcsc.example", "마약류 매매 (Daum 카페, 티스토리)"),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", Y,
     "illegal_finance", "req-240905-03@kcsc.example", "유사수신 코인 리딩 영상·채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", D,
     "privacy", "req-240906-04@kcsc.example", "개인정보 유출 게시글"),
    ("KCSC-240909-05", "band", "2024-09-09T14:00:00+09:00", "2024-09-20T18:00:00+09:00", B,
     "illegal_gambling", "req-240909-05@kcsc.example", "밴드 내 사행성 홍보글"),
    ("KCSC-240910-06", "naver", "2024-09-10T10:00:00+09:00", "2024-09-20T18:00:00+09:00", [S1],
     "medicine", "req-240910-06@kcsc.example", "의약품 불법 판매 블로그"),
    ("KCSC-240911-07", "kakao", "2024-09-11T15:00:00+09:00", "2024-09-20T18:00:00+09:00", [T1],
     "illegal_finance", "req-240911-07@kcsc.example", "비상장 코인 리딩방 홍보"),
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


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


NV_SIG = """네이버㈜ 정책지원팀
policy@navercorp.com
본 메일에 회신하시면 담당자에게 전달됩니다."""

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table", outcome="applied", classification="confirmation",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 16:40:12 +0900", reply_to_req="req-240903-01",
    subject=h("Re: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)"),
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 통신심의국 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3.자 귀 위원회의 시정요구(불법 도박 관련 정보 12건)에 대하여
   당사의 조치 결과를 아래와 같이 회신합니다.

                               - 아   래 -

 연번 | URL                                                        | 조치결과
------+------------------------------------------------------------+----------------------
  1   | {N[0]}           | 게시중단
  2   | {N[1]}           | 게시중단
  3   | {N[2]}              | 게시중단
  4   | {N[3]}               | 삭제
  5   | {N[4]}               | 삭제
  6   | {N[5]}               | 임시조치(30일)
  7   | {N[6]} | 비공개 처리
  8   | {N[7]}            | 게시중단
  9   | {N[8]}                   | 게시물 삭제 및 카페 이용정지
 10   | {N[9]}                   | 게시물 없음(작성자 삭제)
 11   | {N[10]} | 위반사항 없음
 12   | {N[11]}            | 게시중단

3. 연번 11의 게시물은 스포츠 경기 기록을 정리한 글로, 도박 사이트 홍보 문구나
   연결 링크가 확인되지 않아 당사 운영정책상 조치 대상에 해당하지 않는 것으로
   판단하였습니다.
4. 연번 6은 권리침해 신고 절차에 따라 임시조치 중이며, 기간 만료 후 재검토할
   예정입니다.  끝.

{NV_SIG}
""",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a text table (수신/참조/제목, - 아래 -, 끝.)",
    why="trusted NAVER table, one status per requested URL: 게시중단/삭제/비공개 removed, 임시조치 restricted, 작성자 삭제 not_found, 위반사항 없음 rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "restricted", N[6]: "removed", N[7]: "removed", N[8]: "removed",
           N[9]: "not_found", N[10]: "rejected", N[11]: "removed"},
)

case(
    name="naver-html-table-first-batch", outcome="applied", classification="confirmation",
    **{"from": "cafe-policy@navercorp.com"}, name_from=h("네이버 카페 운영정책팀"),
    date="Thu, 05 Sep 2024 11:02:45 +0900", reply_to_req="req-240903-01",
    subject=h("[네이버 카페] KCSC-240903-01 1차 처리 결과 안내"), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페 운영정책팀입니다.</p>
<p>요청번호 KCSC-240903-01 가운데 카페 게시물 5건의 1차 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일자</th></tr>
<tr><td>1</td><td><a href="{N[3]}">{N[3]}</a></td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td><a href="{N[4]}">{N[4]}</a></td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>2024.09.05</td></tr>
<tr><td>4</td><td><a href="{N[8]}">{N[8]}</a></td><td>임시조치</td><td>2024.09.05</td></tr>
<tr><td>5</td><td><a href="{N[9]}">{N[9]}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
</table>
<p>블로그·지식iN·포스트 게시물 7건은 담당 부서에서 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>카페 운영정책은 <a href="https://help.naver.com/service/5637/category/bookmark">네이버 카페 고객센터</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영정책팀 드림</p>
</body></html>""",
    imitates="NAVER Cafe 처리 결과 안내 in an HTML table (partial batch, rest promised)",
    why="five cafe posts each with a status in an HTML table; the seven others are only promised and no help link is an item",
    items={N[3]: "removed", N[4]: "removed", N[5]: "removed", N[8]: "restricted", N[9]: "not_found",
           N[0]: "pending"},
)

csv_rows = [
    ("요청번호", "URL", "조치결과", "조치일시"),
    ("KCSC-240903-01", N[0], "게시중단", "2024-09-06 14:10"),
    ("KCSC-240903-01", N[1], "게시중단", "2024-09-06 14:12"),
    ("KCSC-240903-01", N[2], "게시중단", "2024-09-06 14:15"),
    ("KCSC-240903-01", N[7], "임시조치", "2024-09-06 15:01"),
    ("KCSC-240903-01", N[11], "게시중단", "2024-09-06 15:03"),
    ("KCSC-240903-01", N[6], "비공개", "2024-09-06 16:20"),
    ("KCSC-240903-01", N[10], "해당없음(정상 게시물)", "2024-09-06 16:25"),
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(csv_rows)
CSV_ATT = "\ufeff" + _cb.getvalue()
case(
    name="naver-csv-attachment", outcome="applied", classification="confirmation",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 17:31:09 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 조치결과 송부 (첨부)"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==NV_b401_csv=="

--==NV_b401_csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하십니까, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 중 블로그·지식iN·포스트 게시물 7건의 조치 결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

감사합니다.
네이버 정책지원팀
''')}
--==NV_b401_csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==NV_b401_csv==--
""",
    imitates="NAVER 정책지원팀 reply sending the result as a CSV attachment (Excel export with BOM)",
    why="CSV rows give one status per URL: 게시중단/비공개 removed, 임시조치 restricted, 해당없음(정상 게시물) rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[7]: "restricted", N[11]: "removed",
           N[6]: "removed", N[10]: "rejected"},
)

case(
    name="naver-blog-operator-informal", outcome="applied", classification="confirmation",
    **{"from": "blog_help@naver.com"}, name_from=h("네이버 블로그 운영자"),
    date="Tue, 10 Sep 2024 15:48:30 +0900",
    subject=h("Re: 의약품 불법판매 블로그 게시물 조치 요청 (KCSC-240910-06)"),
    body=f"""안녕하세요, 네이버 블로그 운영자입니다.

요청주신 게시물 확인했습니다. 오늘 오후에 블라인드 처리했고요,
게시자에게도 운영정책 위반 안내 나갔습니다.

{S1}

혹시 다른 주소로 같은 글이 다시 올라오면 알려주세요~
수고하세요.
""",
    imitates="informal NAVER blog operator reply (블라인드 처리했습니다)",
    why="trusted NAVER operator says the one requested post was blinded (블라인드 = removed)",
    items={S1: "removed"},
)

case(
    name="naver-sole-no-url", outcome="applied", classification="confirmation",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 09:12:55 +0900", reply_to_req="req-240910-06",
    subject=h("RE: [KCSC-240910-06] 의약품 불법 판매 정보 시정요구"),
    body=f"""안녕하십니까.

귀 위원회에서 요청하신 게시물 1건에 대해 2024. 9. 10. 18:20 게시중단 조치를
완료하였습니다. 게시자에게는 관련 법령 및 운영정책 위반 사실을 통지하였습니다.

감사합니다.

{NV_SIG}
""",
    imitates="short NAVER 게시중단 완료 notice naming no URL, in the thread of a one-item request",
    why="one-item request referenced by thread and subject; the single unhedged statement (게시중단 완료) covers its only item",
    items={S1: "removed"},
)

case(
    name="naver-kin-private-post-gone", outcome="applied", classification="confirmation",
    **{"from": "kin_help@navercorp.com"}, name_from=h("네이버 지식iN"),
    date="Sat, 07 Sep 2024 10:05:00 +0900",
    subject=h("[KCSC-240903-01] 지식iN·포스트 게시물 처리 결과"),
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 글({N[6]})은
도박 사이트 가입을 유도하는 내용이 확인되어 작성자 계정 이용제한과 함께 비공개 처리하였습니다.

네이버 포스트 글 {N[10]} 의 경우
저희가 확인했을 때 이미 작성자가 스스로 삭제한 상태였습니다.

감사합니다.
""",
    imitates="NAVER 지식iN 운영팀 prose reply (비공개 처리; 작성자가 이미 삭제)",
    why="비공개 처리 is removed; a post already deleted by its author is not_found",
    items={N[6]: "removed", N[10]: "not_found"},
)

_top = f"""요청하신 건 중 아래 블로그 글 2건 우선 게시중단 처리했습니다.

{N[0]}
{N[1]}

나머지는 확인 후 다시 말씀드릴게요.

네이버 블로그팀 이지은 드림

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted_request('KCSC-240903-01', N)}
"""
case(
    name="naver-qp-top-posted-over-quote", outcome="applied", classification="confirmation",
    **{"from": "jieun.lee@navercorp.com"}, name_from=h("이지은"),
    date="Wed, 04 Sep 2024 18:22:41 +0900", reply_to_req="req-240903-01",
    subject=h("Re: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)"),
    raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_top)}""",
    imitates="Gmail-style top-posted reply (quoted-printable) over the quoted Korean request (…님이 작성:)",
    why="only the two URLs above the quote are stated 게시중단; the quoted request lines change nothing",
    items={N[0]: "removed", N[1]: "removed", N[2]: "pending", N[11]: "pending"},
)

case(
    name="naver-status-then-url-lines", outcome="applied", classification="confirmation",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    subject=h("[KCSC-240903-01] 블로그 게시물 조치 결과"),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 관련하여 블로그 게시물의 조치 결과를 알려드립니다.

아래 게시물 2건은 임시조치되었습니다(30일간 열람 제한).
{N[2]}
{N[7]}

아래 게시물은 삭제되었습니다.
{N[11]}

감사합니다.
""",
    imitates="NAVER notice with the status sentence first and the URLs on the lines below it",
    why="임시조치 heading covers the two URLs under it (restricted); 삭제 heading covers the last (removed)",
    items={N[2]: "restricted", N[7]: "restricted", N[11]: "removed"},
)

case(
    name="daum-cafe-result-notice", outcome="applied", classification="confirmation",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from=h("Daum 고객센터"),
    date="Fri, 06 Sep 2024 13:44:20 +0900",
    subject=h("[Daum 카페] 신고하신 게시물 처리 결과 안내 (KCSC-240904-02)"),
    body=f"""안녕하세요, Daum 고객센터입니다.
신고하신 게시물에 대한 처리 결과를 안내해 드립니다.

[처리 결과]
▶ 게시물 주소 : {K[0]}
▶ 처리 내용 : 게시물 삭제 (운영정책 – 불법 정보)

▶ 게시물 주소 : {K[1]}
▶ 처리 내용 : 게시물 삭제 및 작성자 카페 활동 정지

▶ 게시물 주소 : {K[4]}
▶ 처리 내용 : 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.
               (식물 재배 정보 공유 글로 판단됨)

처리 결과에 대한 문의는 고객센터(https://cs.daum.net/faq/15.html)를 이용해 주세요.
고맙습니다.
""",
    imitates="Daum 고객센터 신고 처리 결과 안내 (▶ 게시물 주소 / ▶ 처리 내용 blocks)",
    why="two cafe posts deleted (removed), the third kept because it breaks no rule, with a reason (rejected)",
    items={K[0]: "removed", K[1]: "removed", K[4]: "rejected"},
)

case(
    name="tistory-paren-particle", outcome="applied", classification="confirmation",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=h("티스토리 운영팀"),
    date="Mon, 09 Sep 2024 10:20:14 +0900", reply_to_req="req-240904-02",
    subject=h("RE: [KCSC-240904-02] 마약류 매매 정보 시정요구"),
    body=f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글({K3_RAW})은 블라인드 처리되었으며,
해당 블로그 운영자에게 이용제한 조치를 안내하였습니다.

{K[3]} 는 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
티스토리 드림
""",
    imitates="Tistory 운영팀 reply with a raw Korean-path URL in parentheses followed by a particle (…)은",
    why="raw Korean slug matches its percent-encoded request URL; 블라인드 is removed; deleted by its author is not_found",
    items={K[2]: "removed", K[3]: "not_found"},
)

case(
    name="tistory-base64-temporary-measure", outcome="applied", classification="confirmation",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=h("티스토리 운영팀"),
    date="Thu, 12 Sep 2024 16:03:37 +0900", reply_to_req="req-240911-07",
    subject=h("RE: [KCSC-240911-07] 비상장 코인 리딩방 홍보 게시글"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 티스토리 운영팀입니다.

요청하신 게시글 {T1_RAW} 에 대하여
정보통신망법 제44조의2에 따른 임시조치를 하였습니다.

임시조치 기간(30일) 동안 해당 게시글은 열람이 제한되며, 기간 내 게시자의
재게시 요청이 없으면 게시글은 삭제됩니다.

감사합니다.
''')}""",
    imitates="Tistory 임시조치 notice (정보통신망법 제44조의2), base64 body",
    why="임시조치 of the single requested post is restricted; the sentence about what happens after 30 days is not a second status",
    items={T1: "restricted"},
)

case(
    name="daum-html-bullets-five", outcome="applied", classification="confirmation",
    **{"from": "safety@kakaocorp.com"}, name_from=h("카카오 안전정책팀"),
    date="Tue, 10 Sep 2024 17:15:00 +0900", reply_to_req="req-240904-02",
    subject=h("[카카오] KCSC-240904-02 시정요구 조치결과"), type="html",
    body=f"""<div style="font-family:Apple SD Gothic Neo,sans-serif">
<p>안녕하세요, 카카오 안전정책팀입니다.</p>
<p>요청번호 <b>KCSC-240904-02</b>(5건)에 대한 조치 결과입니다.</p>
<ul>
<li><a href="{K[0]}">{K[0]}</a> : 삭제</li>
<li><a href="{K[1]}">{K[1]}</a> : 삭제</li>
<li><a href="{K[2]}">{K3_RAW}</a> : 블라인드</li>
<li><a href="{K[3]}">{K[3]}</a> : 게시물 없음</li>
<li><a href="{K[4]}">{K[4]}</a> : 임시조치</li>
</ul>
<p>운영정책 안내: <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a></p>
<p>고맙습니다.</p>
</div>""",
    imitates="Kakao 안전정책팀 HTML reply with a bulleted result list (href percent-encoded, text raw Korean)",
    why="each bullet gives one URL and its status; the policy link is not an item",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[3]: "not_found", K[4]: "restricted"},
)

case(
    name="yt-kr-legal-geoblock", outcome="applied", classification="confirmation",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:41:02 +0900",
    subject=h("[KCSC-240905-03] YouTube 법률 검토 결과 안내"),
    body=f"""안녕하세요.

방송통신심의위원회에서 요청하신 콘텐츠(요청번호 KCSC-240905-03)를 검토하였습니다.

다음 콘텐츠는 대한민국 현지 법률에 따라 검토한 결과, 대한민국에서 해당 콘텐츠에
대한 액세스를 차단했습니다.
- {Y[0]}
- {Y[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드(사기 및 현혹 행위)를 위반하여 YouTube에서
삭제되었습니다.
- {Y[2]}

YouTube의 법적 삭제 절차에 대해서는 https://support.google.com/youtube/answer/6154230 에서
자세히 알아보실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    imitates="YouTube Legal Korean outcome email (국가별 액세스 차단 vs 커뮤니티 가이드 위반 삭제)",
    why="blocked in Korea is restricted for two videos; the Shorts removed under the guidelines; the help link is not an item",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed", Y[3]: "pending"},
)

case(
    name="yt-channel-terminated-bilingual", outcome="applied", classification="confirmation",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 09:15:48 +0900", reply_to_req="req-240905-03",
    subject="Re: [KCSC-240905-03] Request regarding YouTube content",
    body=f"""(English follows Korean)

안녕하세요.
신고하신 채널 {Y[3]} 은(는) 스팸, 현혹 행위 및 사기 정책을
반복적으로 위반하여 해지되었습니다. 해당 채널의 모든 동영상은 더 이상 YouTube에서
볼 수 없습니다.

Hello,
The channel {Y[3]} has been terminated for repeated
violations of our spam, deceptive practices and scams policy.

Regards,
The YouTube Legal Team
""",
    imitates="YouTube bilingual (Korean/English) channel termination notice",
    why="the requested channel was terminated (removed); the other requested videos are not named",
    items={Y[3]: "removed", Y[0]: "pending"},
)

case(
    name="yt-declined-with-reason", outcome="applied", classification="confirmation",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 14:27:33 +0900", reply_to_req="req-240905-03",
    subject=h("Re: [KCSC-240905-03] YouTube 콘텐츠 관련 요청"),
    body=f"""안녕하세요.

요청하신 콘텐츠를 검토한 결과를 알려드립니다.

{Y[2]}
- 커뮤니티 가이드 위반으로 삭제되었습니다.

{Y[0]}
- 이 동영상은 암호화폐 시세 전망에 관한 개인 의견으로, 제공해 주신 정보만으로는
  현지 법률 위반을 확인할 수 없어 조치를 취하지 않기로 결정했습니다.
  법원 판결 등 추가 자료가 확보되면 새로 요청해 주시기 바랍니다.

감사합니다.
YouTube 법무팀
""",
    imitates="YouTube Legal reply declining one video with its reason and removing another",
    why="URL line then its outcome below: Shorts removed; video kept with a stated reason (rejected); the invitation to resend is not a request for info about a pending item",
    items={Y[2]: "removed", Y[0]: "rejected"},
)

case(
    name="dc-operator-informal", outcome="applied", classification="confirmation",
    **{"from": "help@dcinside.com"}, name_from=h("디시인사이드"),
    date="Fri, 06 Sep 2024 17:52:10 +0900", reply_to_req="req-240906-04",
    subject=h("Re: [KCSC-240906-04] 개인정보 유출 게시글 삭제 요청"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

보내주신 3건 확인했습니다.

- 나이트라이프 마이너 갤러리 44102번, 44117번 글은 삭제처리 했습니다.
  {D[1]}
  {D[2]}

- 주식 갤러리 글({D[0]})은
  작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

추가로 확인 필요한 글 있으시면 회신 주세요.
감사합니다.
""",
    imitates="informal DC Inside 운영팀 reply (삭제처리 했습니다 / 작성자가 이미 지운 글)",
    why="two gallery posts deleted (removed); the third already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[0]: "not_found"},
)

_dc_body = f"""수    신 : 방송통신심의위원회
발    신 : (주)디시인사이드 운영팀
제    목 : 시정요구 조치결과 회신 (KCSC-240906-04)

1. 귀 기관의 발전을 기원합니다.
2. 귀 기관의 시정요구(2024.09.06)에 대한 조치 결과를 아래와 같이 회신합니다.

  ■ 연번 1
    - URL : {D[0]}
    - 조치결과 : 삭제
    - 조치일 : 2024.09.09

  ■ 연번 2
    - URL : {D[1]}
    - 조치결과 : 삭제
    - 조치일 : 2024.09.09

  ■ 연번 3
    - URL : {D[2]}
    - 조치결과 : 해당 게시물 없음
    - 조치일 : -

3. 향후에도 불법정보 유통 방지를 위해 노력하겠습니다.  끝.
"""
case(
    name="dc-gongmun-ks-c-5601", outcome="applied", classification="confirmation",
    **{"from": "legal@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 15:05:51 +0900", reply_to_req="req-240906-04",
    subject=h("RE: [KCSC-240906-04] 시정요구 조치결과 회신"),
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    raw_mime=f"""Content-Type: text/plain; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{b64(_dc_body, 'cp949')}""",
    imitates="Outlook Korean 공문 reply in ks_c_5601-1987 (base64) with ■ 연번 blocks",
    why="per-item blocks: 삭제 removed, 해당 게시물 없음 not_found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="band-result-keep-and-delete", outcome="applied", classification="confirmation",
    **{"from": "policy@band.us"}, name_from=h("BAND 운영정책팀"),
    date="Wed, 11 Sep 2024 11:11:40 +0900", reply_to_req="req-240909-05",
    subject=h("[BAND] KCSC-240909-05 신고 게시글 처리 결과"),
    body=f"""안녕하세요, BAND 운영정책팀입니다.

요청하신 게시글 2건에 대한 처리 결과를 알려드립니다.

1. {B[0]}
   → 불법 사행성 사이트 홍보가 확인되어 게시글을 삭제했습니다.

2. {B[1]}
   → 밴드 멤버 간 경기 일정 공지 글로, 운영정책 위반 사항이 확인되지 않아
     게시글을 유지합니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    imitates="BAND 운영정책팀 numbered result notice (삭제 / 위반 없음 유지)",
    why="numbered list: first post deleted (removed), second kept with a reason (rejected)",
    items={B[0]: "removed", B[1]: "rejected"},
)

case(
    name="naver-outlook-numbered-angle", outcome="applied", classification="confirmation",
    **{"from": "sh.choi@navercorp.com"}, name_from=h("최수현"),
    date="Thu, 05 Sep 2024 19:40:02 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)"),
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsBv2e4kL1kYQb401"],
    body=f"""KCSC-240903-01 관련하여 스포츠픽 카페 게시물 1차 조치결과 회신드립니다.

1) <{N[3]}> - 삭제 완료
2) <{N[4]}> - 삭제 완료
3) <{N[5]}> - 임시조치

나머지 게시물은 확인 중입니다.

최수현 | 네이버 정책지원팀

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)

{quoted_request('KCSC-240903-01', N, prefix='')}
""",
    imitates="Outlook reply with a numbered list of <URL> - status above -----Original Message-----",
    why="three numbered items above the original message get their statuses; the unquoted original request below changes nothing",
    items={N[3]: "removed", N[4]: "removed", N[5]: "restricted", N[0]: "pending", N[8]: "pending"},
)

case(
    name="naver-receipt-plus-urgent-action", outcome="applied", classification="confirmation",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 14:26:19 +0900", reply_to_req="req-240903-01",
    subject=h("[접수완료] KCSC-240903-01 시정요구 접수 및 긴급 조치 안내"),
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회의 시정요구가 정상적으로 접수되었습니다. (접수번호 NV-2024-0903-5517)

이 중 긴급 처리 대상으로 분류된 아래 카페 게시물 2건은 접수 즉시 게시중단
조치하였습니다.
 - {N[8]}
 - {N[9]}

나머지 10건은 검토 후 회신드리겠습니다.

감사합니다.
""",
    imitates="NAVER 접수완료 receipt that also reports an immediate 게시중단 of two items",
    why="an acknowledgement phrase plus unhedged item-level statements is a confirmation: the two posts are removed, the rest stay pending",
    items={N[8]: "removed", N[9]: "removed", N[0]: "pending"},
)

K3_ENC = K[2]
_cut = K3_ENC.index("%EC%A7%81")
case(
    name="daum-wrapped-angle-url", outcome="applied", classification="confirmation",
    **{"from": "safety@kakaocorp.com"}, name_from=h("카카오 안전정책팀"),
    date="Thu, 05 Sep 2024 16:58:00 +0900", reply_to_req="req-240904-02",
    subject=h("RE: [KCSC-240904-02] 마약류 매매 정보 시정요구"),
    body=f"""안녕하세요, 카카오 안전정책팀입니다.

아래 게시물은 삭제 조치하였습니다.

<{K3_ENC[:_cut]}
{K3_ENC[_cut:]}>
<{K[0]}>

나머지 건은 처리되는 대로 별도로 안내드리겠습니다.
고맙습니다.
""",
    imitates="Kakao reply whose long percent-encoded Tistory URL is wrapped inside angle brackets by the mail client",
    why="both URLs under '삭제 조치하였습니다' are removed; the wrapped one is one URL inside <> (RFC 3986 appendix C)",
    items={K[2]: "removed", K[0]: "removed", K[1]: "pending"},
)

case(
    name="yt-statement-of-reasons-ko", outcome="applied", classification="confirmation",
    **{"from": "noreply-sor@youtube.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 02:10:44 +0900",
    subject=h("YouTube 조치 이유 통지 – 참조 KCSC-240905-03"),
    body=f"""YouTube 조치 이유 통지

신고자: 방송통신심의위원회 (참조 KCSC-240905-03)

[1]
콘텐츠: {Y[2]}
조치 유형: 콘텐츠 삭제
근거: 커뮤니티 가이드 – 사기 및 현혹 행위
자동화 수단 사용: 아니요

[2]
콘텐츠: {Y[1]}
조치 유형: 국가별 이용 제한 (대한민국)
근거: 현지 법률 (자본시장법 관련 신고)
자동화 수단 사용: 아니요

이의 제기 방법은 https://support.google.com/youtube/answer/185111 을 참고하세요.
""",
    imitates="DSA-style statement of reasons rendered in Korean (콘텐츠 / 조치 유형 / 근거 fields)",
    why="field blocks: 콘텐츠 삭제 removed, 국가별 이용 제한 restricted; the appeal help link is not an item",
    items={Y[2]: "removed", Y[1]: "restricted"},
)

case(
    name="naver-fullwidth-punct", outcome="applied", classification="confirmation",
    **{"from": "cafe-policy@navercorp.com"}, name_from=h("네이버 카페 운영정책팀"),
    date="Fri, 06 Sep 2024 09:33:27 +0900",
    subject=h("[KCSC-240903-01] 카지노룸 카페 게시물 조치 안내"),
    body=f"""안녕하세요, 네이버 카페 운영정책팀입니다.

카지노룸 카페 게시글 2건（{N[8]}，{N[9]}）은
권리침해 신고 절차에 따라 임시조치하여 현재 접근이 제한된 상태입니다．

감사합니다．
""",
    imitates="NAVER Cafe notice typed with full-width punctuation right after the URLs",
    why="both URLs (ending at full-width comma / parenthesis) are under 임시조치 / 접근 제한: restricted",
    items={N[8]: "restricted", N[9]: "restricted"},
)

case(
    name="band-echoed-report", outcome="applied", classification="confirmation",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date="Tue, 10 Sep 2024 20:04:12 +0900",
    subject=h("[BAND] 신고 처리 결과 안내"),
    body=f"""안녕하세요. BAND입니다.
접수하신 신고에 대한 처리 결과를 안내드립니다.

[신고 내용]
- 신고 번호 : BR-20240910-00731
- 신고 대상 : {B[1]}
- 신고 사유 : 불법 정보(사행성)
- 신고 메모 : KCSC-240909-05

[처리 결과]
- 게시글 삭제 및 작성자 밴드 이용 제한(30일)

BAND를 이용해 주셔서 감사합니다.
""",
    imitates="BAND 신고 처리 결과 notice echoing the report ([신고 내용] / [처리 결과])",
    why="the echoed report names one post and the result block says it was deleted: removed",
    items={B[1]: "removed", B[0]: "pending"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential", outcome="review", review="not_understood",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 10:17:33 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)"),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 글은 내부 검토를 거쳐 순차적으로 게시중단
조치할 예정입니다.

{N[0]}
{N[1]}

조치가 완료되면 결과를 다시 회신드리겠습니다.
감사합니다.
""",
    imitates="NAVER reply promising 순차적으로 게시중단 조치할 예정",
    why="a promise (할 예정) about named items is no statement: items stay pending, the email needs a person",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="daum-under-review", outcome="review", review="not_understood",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from=h("Daum 고객센터"),
    date="Thu, 05 Sep 2024 09:01:58 +0900", reply_to_req="req-240904-02",
    subject=h("RE: [KCSC-240904-02] 마약류 매매 정보 시정요구"),
    body=f"""안녕하세요, Daum 고객센터입니다.

보내주신 아래 게시물은 현재 담당 부서에서 검토하고 있습니다.

 · {K[0]}
 · {K[1]}
 · {K3_RAW}

검토 결과는 영업일 기준 3일 이내에 안내해 드리겠습니다.
고맙습니다.
""",
    imitates="Daum 고객센터 '검토 중' reply listing the reported posts",
    why="'under review' about named requested items is no status: pending, not_understood",
    items={K[0]: "pending", K[1]: "pending", K[2]: "pending"},
)

case(
    name="yt-hedged-appears-deleted", outcome="review", review="not_understood",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 13:13:13 +0900", reply_to_req="req-240905-03",
    subject=h("Re: [KCSC-240905-03] YouTube 콘텐츠 관련 요청"),
    body=f"""안녕하세요.

요청하신 동영상 {Y[1]} 은 업로더가 이미 삭제한 것으로
보입니다. 다만 시스템상 확인이 끝나지 않아 확정적으로 말씀드리기는 어렵습니다.

{Y[0]} 은 검토가 진행 중입니다.

감사합니다.
YouTube 법무팀
""",
    imitates="YouTube Legal reply with a hedge (…한 것으로 보입니다) and 'under review'",
    why="'appears to be deleted' and 'under review' are no statements: both stay pending",
    items={Y[1]: "pending", Y[0]: "pending"},
)

case(
    name="naver-bulk-all-twelve", outcome="review", review="bulk",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 17:55:00 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 불법 도박 정보 시정요구 (12건)"),
    body=f"""안녕하십니까.

귀 위원회에서 요청하신 게시물 12건 모두 게시중단 조치를 완료하였습니다.

감사합니다.

{NV_SIG}
""",
    imitates="NAVER one-line 전부 게시중단 완료 reply to a 12-item request",
    why="a statement about all items of a multi-item request without naming each: bulk review, items pending",
    items={N[0]: "pending", N[5]: "pending", N[11]: "pending"},
)

case(
    name="band-bulk-both", outcome="review", review="bulk",
    **{"from": "policy@band.us"}, name_from=h("BAND 운영정책팀"),
    date="Thu, 12 Sep 2024 10:40:10 +0900", reply_to_req="req-240909-05",
    subject=h("RE: [KCSC-240909-05] 밴드 내 사행성 홍보글 삭제 요청"),
    body="""안녕하세요, BAND 운영정책팀입니다.

요청하신 밴드 게시글 2건 모두 확인 후 삭제 처리했습니다.
해당 밴드 리더에게도 운영정책 안내를 전달했습니다.

감사합니다.
""",
    imitates="BAND short reply '2건 모두 삭제 처리했습니다' without URLs",
    why="both items of a two-item request covered by one unnamed statement: bulk review",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-dmarc-fail", outcome="review", review="untrusted", auth="fail",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 03:12:44 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 조치결과 회신"),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

아래 카페 게시물은 삭제 처리되었습니다.
{N[3]}

감사합니다.
""",
    imitates="NAVER-looking 조치결과 회신 failing DKIM/SPF/DMARC",
    why="clear statement but the navercorp.com sender fails authentication: untrusted, nothing applied",
    items={N[3]: "pending"},
)

case(
    name="dc-admin-personal-gmail", outcome="review", review="unknown_sender",
    **{"from": "dc.ops.kimjh@gmail.com"}, name_from=h("김정훈"),
    date="Sat, 07 Sep 2024 22:30:05 +0900", reply_to_req="req-240906-04",
    subject=h("Re: [KCSC-240906-04] 개인정보 유출 게시글 삭제 요청"),
    body=f"""안녕하세요, 디시인사이드 운영팀 김정훈입니다.
주말이라 회사 메일 접속이 안 돼서 개인 메일로 먼저 회신드립니다.

{D[0]}
{D[1]}
위 두 건은 방금 삭제했습니다.

월요일에 회사 메일로 정식 회신 드리겠습니다.
""",
    imitates="DC Inside staff member replying from a personal Gmail account",
    why="statements name requested items but come from gmail.com, not a platform domain: unknown_sender",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-speaks-for-band", outcome="review", review="wrong_platform",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 18:05:31 +0900",
    subject=h("[KCSC-240909-05] BAND 게시글 조치 결과 (네이버 정책지원팀 대리 회신)"),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

BAND 서비스 관련 요청(KCSC-240909-05)을 전달받아 대신 회신드립니다.

{B[0]} - 삭제
{B[1]} - 삭제

감사합니다.
""",
    imitates="NAVER corporate policy team answering for BAND (a NAVER-group service with its own sender domain)",
    why="navercorp.com states statuses for items requested from the band platform: wrong_platform review, nothing applied",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-policy-newsletter", outcome="review", review="no_claims", classification="other",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=h("[안내] 게시중단 요청 접수 창구 변경 안내 (2024년 10월 1일부터)"),
    body="""안녕하십니까, 네이버 정책지원팀입니다.

2024년 10월 1일부터 행정기관의 게시중단 요청 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com (이메일 접수)
 - 변경 후: 네이버 권리보호센터 기관 전용 접수 페이지
   https://right.naver.com/agency/report

변경 이후 이메일로 접수된 요청도 당분간 처리되지만, 처리 현황 조회는 접수
페이지에서만 가능합니다. 자세한 내용은 https://help.naver.com/notice/12033 을
참고해 주시기 바랍니다.

감사합니다.
""",
    imitates="NAVER notice to agencies about a new 게시중단 요청 channel",
    why="trusted NAVER email naming no requested item and no request: no_claims review (links are NAVER's own pages)",
    items={},
)

case(
    name="yt-asks-court-order", outcome="review", review="asks_more", classification="request_for_info",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 16:44:19 +0900", reply_to_req="req-240905-03",
    subject=h("Re: [KCSC-240905-03] 추가 정보 요청"),
    body=f"""안녕하세요.

요청하신 아래 동영상을 검토하기 위해 추가 정보가 필요합니다.

{Y[0]}
{Y[1]}

해당 동영상이 위반한다고 판단하신 대한민국 법률 조항과, 가능하다면 관련 심의
의결서 또는 법원 명령 사본을 이 메일에 회신으로 보내 주시기 바랍니다.
자료가 확인되면 검토를 계속 진행하겠습니다.

감사합니다.
YouTube 법무팀
""",
    imitates="YouTube Legal request for the legal basis / court order before acting",
    why="the platform asks us for more information about named items: asks_more, items pending",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="naver-unmatched-url", outcome="review", review="unmatched_claims",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원팀"),
    date="Sun, 08 Sep 2024 11:21:07 +0900", reply_to_req="req-240903-01",
    subject=h("RE: [KCSC-240903-01] 블로그 게시물 조치 결과"),
    body="""안녕하십니까, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 중 아래 글을 게시중단하였습니다.

https://blog.naver.com/luckyday_777/223561204888

감사합니다.
""",
    imitates="NAVER reply stating a status for a URL that is not in the request (digits differ from ours)",
    why="trusted statement about a URL matching no requested item (…888 vs …881): unmatched_claims, nothing applied",
    items={N[0]: "pending"},
)

case(
    name="kcsc-colleague-forward", outcome="review", review="forwarded", classification="forwarded",
    **{"from": "jh.park@kcsc.example"}, name_from=h("박지현"),
    date="Mon, 09 Sep 2024 09:30:11 +0900",
    subject=h("Fwd: [Daum 카페] 신고하신 게시물 처리 결과 안내"),
    body=f"""개인 메일함으로 온 회신이라 공용 메일함으로 전달합니다. 확인 부탁드려요.

---------- Forwarded message ---------
보낸사람: Daum 고객센터 <cs_noreply@kakaocorp.com>
날짜: 2024년 9월 6일 (금) 오후 5:02
제목: [Daum 카페] 신고하신 게시물 처리 결과 안내 (KCSC-240904-02)
받는사람: 박지현 <jh.park@kcsc.example>

안녕하세요, Daum 고객센터입니다.

▶ 게시물 주소 : {K[0]}
▶ 처리 내용 : 게시물 삭제

고맙습니다.
""",
    imitates="a KCSC colleague forwarding a Daum result notice from her own mailbox (Gmail-style forward)",
    why="the statement is inside a forward from our own domain, not authenticated platform mail: forwarded review",
    items={K[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok", outcome="ignored", classification="auto_reply",
    **{"from": "minsu.kim@navercorp.com"}, name_from=h("김민수"),
    date="Sat, 14 Sep 2024 08:00:03 +0900", reply_to_req="req-240903-01",
    subject=h("자동 회신: [KCSC-240903-01] 시정요구 이행 독촉"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""추석 연휴(9월 14일 ~ 9월 18일) 기간 동안 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.

급한 시정요구 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

김민수 드림
""",
    imitates="Outlook Korean 자동 회신 (추석 연휴 부재중)",
    why="out-of-office auto-reply: ignored whatever its subject references",
    items={},
)

_orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: {h("[KCSC-240904-02] 마약류 매매 정보 시정요구")}
Message-ID: <req-240904-02-copy@kcsc.example>
Date: Wed, 04 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request('KCSC-240904-02', [K[0], K[1], K3_RAW, K[3], K[4]], prefix='')}
"""
case(
    name="kakao-dsn-bounce", outcome="ignored", classification="bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="b401-dsn-KK"

--b401-dsn-KK
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@kakaocorp.com>: user unknown (주소 없음)

--b401-dsn-KK
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 10:30:40 +0900 (KST)

Final-Recipient: rfc822; policy-old@kakaocorp.com
Original-Recipient: rfc822;policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@kakaocorp.com>: Recipient address rejected

--b401-dsn-KK
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{_orig}
--b401-dsn-KK--
""",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request with its URLs",
    why="a bounce: the returned request's URLs are ours, not the platform's statements; ignored",
    items={K[0]: "pending"},
)

case(
    name="band-mdn-read", outcome="ignored", classification="read_receipt",
    **{"from": "policy@band.us"}, name_from=h("BAND 운영정책팀"),
    date="Mon, 09 Sep 2024 14:21:09 +0900",
    subject=h("읽음: [KCSC-240909-05] 밴드 내 사행성 홍보글 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="b401-mdn-BD"

--b401-mdn-BD
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보낸 메일을 수신인이 읽었습니다.

받는 사람: policy@band.us
제목: [KCSC-240909-05] 밴드 내 사행성 홍보글 삭제 요청
읽은 시간: 2024년 9월 9일 월요일 오후 2:21
''')}
--b401-mdn-BD
Content-Type: message/disposition-notification

Reporting-UA: band.us; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@band.us
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b401-mdn-BD--
""",
    imitates="Outlook Korean 읽음 확인 (MDN, disposition-notification)",
    why="a read receipt says nothing about items: ignored",
    items={},
)

case(
    name="naver-cs-ticket-receipt", outcome="ignored", classification="acknowledgement",
    **{"from": "help_noreply@navercorp.com"}, name_from=h("네이버 고객센터"),
    date="Tue, 10 Sep 2024 10:00:41 +0900",
    subject=h("[네이버 고객센터] 문의가 접수되었습니다"),
    type="html",
    body="""<div style="font-family:'Nanum Gothic',sans-serif">
<h3>문의가 접수되었습니다.</h3>
<p>고객님의 문의가 정상적으로 접수되었습니다.<br>
접수번호: <b>2409-1000-73341</b><br>
접수일시: 2024.09.10 10:00</p>
<p>답변은 영업일 기준 1~3일 이내에 메일로 보내드리며,
<a href="https://help.naver.com/myinquiry">나의 문의 내역</a>에서도 확인하실 수 있습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</div>""",
    imitates="NAVER 고객센터 문의 접수 완료 receipt (HTML, 접수번호)",
    why="pure acknowledgement: nothing about items, ignored",
    items={},
)

case(
    name="yt-case-receipt-ref", outcome="ignored", classification="acknowledgement",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 11:03:20 +0900", reply_to_req="req-240905-03",
    subject=h("[KCSC-240905-03] 요청이 접수되었습니다 [7-2291000034512]"),
    body="""안녕하세요.

YouTube에 법적 요청을 보내 주셔서 감사합니다. 요청이 접수되었으며 케이스 ID는
7-2291000034512입니다.

제출하신 내용은 담당 팀에서 검토한 뒤 이 메일 주소로 결과를 알려드리겠습니다.
추가 문의 시 케이스 ID를 제목에 포함해 주세요.

감사합니다.
YouTube 법무팀
""",
    imitates="YouTube legal request receipt with a case id (Korean)",
    why="a receipt referencing our request, with no item statement: pure acknowledgement, ignored",
    items={Y[0]: "pending"},
)

case(
    name="dc-after-hours-autoreply", outcome="ignored", classification="auto_reply",
    **{"from": "help@dcinside.com"}, name_from=h("디시인사이드 고객센터"),
    date="Fri, 06 Sep 2024 21:40:00 +0900", reply_to_req="req-240906-04",
    subject=h("[자동응답] 디시인사이드 고객센터입니다"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""디시인사이드 고객센터입니다.

지금은 고객센터 운영시간(평일 10:00~18:00)이 아닙니다.
보내주신 메일은 다음 영업일에 순서대로 확인하겠습니다.

※ 이 메일은 자동으로 발송되었습니다.
""",
    imitates="DC Inside 고객센터 after-hours 자동응답",
    why="an auto-reply: ignored",
    items={},
)

case(
    name="kakao-cs-ticket-receipt", outcome="ignored", classification="acknowledgement",
    **{"from": "cs_noreply@kakao.com"}, name_from=h("카카오 고객센터"),
    date="Wed, 11 Sep 2024 15:01:12 +0900",
    subject=h("[카카오 고객센터] 문의 접수 완료 안내 (문의번호 #2409-118273)"),
    body="""안녕하세요, 카카오 고객센터입니다.

남겨주신 문의가 접수되었습니다.
 - 문의번호 : #2409-118273
 - 서비스 : 티스토리
 - 접수일시 : 2024-09-11 15:01

확인 후 순차적으로 답변드리겠습니다. 답변은 카카오 고객센터 '문의내역'
(https://cs.kakao.com/requests)에서도 보실 수 있습니다.

고맙습니다.
""",
    imitates="Kakao 고객센터 문의 접수 완료 receipt (문의번호)",
    why="pure acknowledgement with a ticket number; its link is Kakao's own page: ignored",
    items={},
)


HEADER = """# blind401: blind set (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND). Written from each email's meaning, before any run of the
# reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind401", HEADER, CASES)
