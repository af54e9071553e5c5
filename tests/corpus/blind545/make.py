#!/usr/bin/env python3
"""Blind set 545 (Korean platforms): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind545/make.py

Every email is fictional and written in our own sentences; the expected
results were written from each email's meaning before any run of the reader.
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

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/lucky_tiger88/223561100421",
    2: "https://blog.naver.com/lucky_tiger88/223561100587",
    3: "https://blog.naver.com/hwajeong_bet/223549870012",
    4: "https://cafe.naver.com/sportstoto365/48213",
    5: "https://cafe.naver.com/sportstoto365/48377",
    6: "https://cafe.naver.com/moneyfarm2024/1502",
    7: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=471230598",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=61927734",
    9: "https://blog.naver.com/goldslot_k/223570011234",
    10: "https://cafe.naver.com/sportstoto365/48402",
    11: "https://m.blog.naver.com/casino_daily/223571234500",
    12: "https://in.naver.com/jackpotking/contents/internal/712345678901234",
    13: "https://blog.naver.com/PostView.naver?blogId=betmaster_k&logNo=223580001122",
}
K = {
    1: "https://cafe.daum.net/jibsaengjw/Xa1B/2231",
    # stored percent-encoded; written raw (실명-공개-정리) in some emails
    2: "https://fakeview7.tistory.com/entry/%EC%8B%A4%EB%AA%85-%EA%B3%B5%EA%B0%9C-%EC%A0%95%EB%A6%AC",
    3: "https://brunch.co.kr/@pageturner9/114",
    4: "https://cafe.daum.net/jibsaengjw/Xa1B/2240",
    5: "https://story.kakao.com/_AbC12x/FgHh7YtR3a0",
    6: "https://pf.kakao.com/_xkTqaG/104882211",
}
K2_RAW = "https://fakeview7.tistory.com/entry/실명-공개-정리"
Y = {
    1: "https://www.youtube.com/watch?v=Qm4tR8zLx2A",
    2: "https://www.youtube.com/shorts/Hn7vB1kP0sE",
    3: "https://www.youtube.com/watch?v=Zp3cW9aNf6U",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123456",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=335120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=335188",
    4: "https://gall.dcinside.com/mini/board/view/?id=hotdeal_s&no=4410",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9124001",
}
B = {
    1: "https://band.us/band/81234567/post/55",
    2: "https://band.us/band/81234567/post/61",
}
S1 = "https://blog.naver.com/yakpum_shop/223590044100"

# ref, platform, sent_at, due_at, category, message id (no <>), note, urls
REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "req-240902-01@kcsc.example",
     "불법 도박 홍보: 블로그, 카페, 지식iN, 포스트 (13건)", [N[i] for i in range(1, 14)]),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "privacy", "req-240903-02@kcsc.example",
     "개인정보 노출, \"실명 공개\" 게시물", [K[1], K[2], K[3], K[4]]),
    ("KCSC-240905-03", "youtube", "2024-09-05T16:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-03@kcsc.example",
     "마약류 거래 안내 영상", [Y[1], Y[2], Y[3]]),
    ("KCSC-240909-04", "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-04@kcsc.example",
     "갤러리 게시글, 음란물 링크", [D[i] for i in range(1, 6)]),
    ("KCSC-240910-05", "band", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-05@kcsc.example",
     "밴드 게시글, 마약류 판매", [B[1], B[2]]),
    ("KCSC-240911-06", "naver", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "drugs", "req-240911-06@kcsc.example",
     "의약품 불법 판매 블로그 (1건)", [S1]),
    ("KCSC-240912-07", "kakao", "2024-09-12T13:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscenity", "req-240912-07@kcsc.example",
     "카카오스토리, 카카오톡 채널", [K[5], K[6]]),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def enc(s):
    return Header(s, "utf-8").encode()


def name(s):
    return enc(s)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alt_qp(text, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(text)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    CASES.append(kw)


NV = "policy@navercorp.com"

# ============================================================ APPLIED (NAVER)

case(
    name="naver-gongmun-result-table-13",
    **{"from": NV},
    name_from=name("네이버 정책지원팀"),
    date="Mon, 9 Sep 2024 17:42:10 +0900",
    subject=enc("[회신] 시정요구(KCSC-240902-01)에 대한 조치 결과 통보"),
    reply_to_req="req-240902-01",
    body=f"""
수    신 : 방송통신심의위원회 (통신심의국 불법정보 담당)
발    신 : 네이버 주식회사 정책지원팀
제    목 : 시정요구(KCSC-240902-01)에 대한 조치 결과 통보

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회가 2024. 9. 2. 요청한 불법정보(도박) 시정요구 13건에 대하여
   당사가 조치한 결과를 아래와 같이 알려드립니다.

                               - 아   래 -

 번호 | 대상 URL                                                              | 조치 결과
 -----+-----------------------------------------------------------------------+---------------------------
   1  | {N[1]}                     | 삭제
   2  | {N[2]}                     | 삭제
   3  | {N[3]}                     | 삭제
   4  | {N[4]}                          | 삭제
   5  | {N[5]}                          | 삭제
   6  | {N[6]}                          | 삭제
   7  | {N[7]} | 삭제
   8  | {N[8]} | 삭제
   9  | {N[9]}                       | 임시조치(30일)
  10  | {N[10]}                          | 게시물 없음(작성자 삭제)
  11  | {N[11]}                   | 삭제
  12  | {N[12]}    | 미조치(위반 사항 없음)
  13  | {N[13]} | 삭제

 ※ 12번: 도박 사이트 홍보물이 아니라 언론 보도를 요약한 글로 확인되어 게시를
    유지합니다. 추가 자료가 있으시면 재검토하겠습니다.

3. 기타 문의는 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당 박서연 / 02-0000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 style 시정요구 조치 결과 통보 with a numbered text table",
    why="Trusted NAVER reply stating a result for every one of the 13 items, one per table row.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "removed", N[6]: "removed", N[7]: "removed", N[8]: "removed",
           N[9]: "restricted", N[10]: "not_found", N[11]: "removed", N[12]: "rejected",
           N[13]: "removed"},
)

_html2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01) 중 아래 5건의 처리 결과를 먼저 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No</th><th>서비스</th><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td>블로그</td><td><a href="{N[1]}">{N[1]}</a></td><td>블라인드 처리</td></tr>
<tr><td>2</td><td>블로그</td><td><a href="{N[2]}">{N[2]}</a></td><td>블라인드 처리</td></tr>
<tr><td>3</td><td>블로그</td><td><a href="{N[3]}">{N[3]}</a></td><td>비공개 처리</td></tr>
<tr><td>4</td><td>카페</td><td><a href="{N[4]}">{N[4]}</a></td><td>국내 접근 제한</td></tr>
<tr><td>5</td><td>카페</td><td><a href="{N[5]}">{N[5]}</a></td><td>게시물이 존재하지 않음</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>게시중단 절차 안내: <a href="https://right.naver.com/guide/process">https://right.naver.com/guide/process</a></p>
<p>NAVER 권리보호센터 드림</p>
</body></html>
"""
_text2 = f"""안녕하세요. 네이버 게시중단요청 담당자입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01) 중 아래 5건의 처리 결과를 먼저 안내드립니다.

1. 블로그 {N[1]} - 블라인드 처리
2. 블로그 {N[2]} - 블라인드 처리
3. 블로그 {N[3]} - 비공개 처리
4. 카페 {N[4]} - 국내 접근 제한
5. 카페 {N[5]} - 게시물이 존재하지 않음

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

게시중단 절차 안내: https://right.naver.com/guide/process

NAVER 권리보호센터 드림
"""
case(
    name="naver-html-table-qp-five",
    **{"from": "right@navercorp.com"},
    name_from=name("NAVER 권리보호센터"),
    date="Thu, 5 Sep 2024 11:03:27 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (1차)"),
    reply_to_req="req-240902-01",
    raw_mime=alt_qp(_text2, _html2, "=_nv2_alt_01"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result notice with a table (quoted-printable, text alternative)",
    why="Five rows each with an explicit result; the help link is not an item; the rest is a promise for unnamed items.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[5]: "not_found"},
)

_csv3 = (
    "\ufeff번호,게시물 URL,처리결과,처리일시\n"
    f"1,{N[6]},삭제,2024-09-06 11:20\n"
    f"2,\"{N[7]}\",비공개 전환,2024-09-06 11:24\n"
    f"3,\"{N[8]}\",해당 게시물 없음,2024-09-06 11:31\n"
)
_text3 = """방송통신심의위원회 담당자님께,

요청번호 KCSC-240902-01 건 중 카페·지식iN·포스트 게시물 3건의 처리 결과를
첨부한 CSV 파일로 보내드립니다. 확인 부탁드립니다.

네이버 정책지원팀 이도윤 드림
"""
case(
    name="naver-csv-attachment-three",
    **{"from": "doyun.lee@navercorp.com"},
    name_from=name("이도윤"),
    date="Fri, 6 Sep 2024 13:15:02 +0900",
    subject=enc("RE: [KCSC-240902-01] 불법정보 시정요구 - 처리결과 첨부"),
    reply_to_req="req-240902-01",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="----=_NV3_MIX"\n\n'
        "------=_NV3_MIX\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{_text3}\n"
        "------=_NV3_MIX\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(_csv3)}\n"
        "------=_NV3_MIX--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Staff reply carrying an Excel-exported CSV (UTF-8 with BOM) of 처리결과",
    why="The CSV gives one result per URL: deleted, made private, no such post.",
    items={N[6]: "removed", N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "right@navercorp.com"},
    name_from=name("NAVER 권리보호센터"),
    date="Fri, 13 Sep 2024 10:20:45 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-06)"),
    reply_to_req="req-240911-06",
    body="""
안녕하세요, NAVER 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240911-06)을 검토한 결과,
의약품을 불법으로 판매하는 게시물로 확인되어 2024년 9월 12일 자로 삭제
조치하였습니다.

게시중단 관련 정책은 아래 고객센터 페이지에서 확인하실 수 있습니다.
https://help.naver.com/service/5607/contents/19118

감사합니다.
NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 for a single-post request, no URL repeated",
    why="One-item request; the unhedged 삭제 statement about '요청하신 게시물' applies to its only item.",
    items={S1: "removed"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "blog_help@naver.com"},
    name_from=name("네이버 블로그팀"),
    date="Tue, 10 Sep 2024 15:48:09 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그·카페 운영 담당입니다.
요청하신 게시물 가운데 아래 3건의 결과를 알려드립니다.

■ 처리 결과

{N[9]}
→ 게시중단 완료

{N[10]}
→ 게시중단 완료

{N[11]}
→ 이미 작성자가 삭제한 게시물이라 확인되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply with a bare URL and its result on the line below",
    why="Each bare URL is followed by its own result line.",
    items={N[9]: "removed", N[10]: "removed", N[11]: "not_found"},
)

_quoted_req = "\n".join("> %d. %s" % (i, N[i]) for i in range(1, 14))
case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "blog_help@naver.com"},
    name_from=name("네이버 블로그팀"),
    date="Wed, 4 Sep 2024 09:12:55 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 목록 중 블로그 게시물 두 건
({N[2]}, {N[3]})은
도박 사이트 홍보로 확인되어 삭제했습니다.
카페와 지식iN 게시물은 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.

2024년 9월 2일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물은 불법정보(도박)에 해당하여 정보통신망법 제44조의7에 따라
> 삭제 등 시정을 요구합니다. (요청번호 KCSC-240902-01, 기한 9월 9일)
>
{_quoted_req}
>
> 조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="Two URLs named in the new text are deleted; the quoted list below is our own request.",
    items={N[2]: "removed", N[3]: "removed", N[1]: "pending", N[4]: "pending"},
)

case(
    name="naver-urls-with-korean-particles",
    **{"from": "cafe_help@naver.com"},
    name_from=name("네이버 카페 고객센터"),
    date="Sat, 7 Sep 2024 20:05:31 +0900",
    subject=enc("[네이버 카페] 요청 게시물 처리 안내 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    body=f"""
담당자님 안녕하세요.

{N[1]}은 9월 4일 삭제했고, {N[4]}는
정보통신망법에 따른 임시조치(30일)를 했습니다.
카페 게시글({N[6]})도 운영원칙 위반으로 삭제되었습니다。

확인 부탁드립니다.
네이버 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Informal operator prose with URLs glued to Korean particles and full-width punctuation",
    why="Three statements, each about the URL directly before its verb: deleted, 임시조치, deleted.",
    items={N[1]: "removed", N[4]: "restricted", N[6]: "removed"},
)

_b64_10 = f"""방송통신심의위원회 귀중

요청번호 KCSC-240902-01 관련 재검토 결과를 알려드립니다.

- {N[12]}
  확인 결과 언론 기사를 인용·요약한 글로, 도박 사이트로 연결되는 링크나
  홍보 문구가 없어 네이버 운영정책 위반에 해당하지 않습니다. 게시를 유지합니다.

- {N[6]}
  불법 도박 홍보 글로 확인되어 삭제했습니다.

네이버 정책지원팀
"""
case(
    name="naver-base64-rejected-and-removed",
    **{"from": NV},
    name_from=name("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 14:33:18 +0900",
    subject=enc("[회신] KCSC-240902-01 재검토 결과"),
    reply_to_req="req-240902-01",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(_b64_10)}"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply body sent base64-encoded, refusal with its reason plus a deletion",
    why="One post kept with a reason (rejected), one deleted.",
    items={N[12]: "rejected", N[6]: "removed"},
)

case(
    name="naver-angle-bracket-urls",
    **{"from": "cafe_help@naver.com"},
    name_from=name("네이버 카페 고객센터"),
    date="Fri, 6 Sep 2024 16:40:00 +0900",
    subject=enc("Re: [KCSC-240902-01] 카페 게시글 처리"),
    reply_to_req="req-240902-01",
    body="""
안녕하세요. 네이버 카페 고객센터입니다.

<https://blog.naver.com/hwajeong_bet/223549870012> - 삭제 완료
<https://cafe.naver.com/sportstoto365/48377> - 존재하지 않는 게시글입니다(주소 오류 또는 삭제된 글)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short helpdesk reply with URLs in angle brackets",
    why="One URL deleted, the other does not exist.",
    items={N[3]: "removed", N[5]: "not_found"},
)

_outlook_body = f"""박 주무관님, 안녕하세요.

말씀하신 블로그 게시물 두 건
{N[9]}
{N[11]}
은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

네이버 블로그팀 최민준 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: "네이버 정책지원팀"<policy@navercorp.com>;
Sent: 2024-09-02 (월) 14:00:00 (GMT+09:00)
Subject: [KCSC-240902-01] 불법정보(도박) 시정요구

안녕하십니까. 방송통신심의위원회입니다.
아래 게시물에 대한 삭제 등 시정을 요구합니다.

{N[1]}
{N[2]}
{N[3]}
{N[4]}
{N[9]}
{N[11]}
"""
case(
    name="naver-outlook-euckr-over-original",
    **{"from": "minjun.choi@navercorp.com"},
    name_from=name("최민준"),
    date="Thu, 12 Sep 2024 10:02:44 +0900",
    subject=enc("RE: [KCSC-240902-01] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    raw_mime=(
        "Content-Type: text/plain; charset=\"ks_c_5601-1987\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(_outlook_body.encode('euc-kr'))}"
    ),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply in ks_c_5601-1987 with '-----Original Message-----' and the unquoted request below",
    why="Two URLs above the original message are restricted (임시조치); the request below is ours.",
    items={N[9]: "restricted", N[11]: "restricted", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "kin_help@naver.com"},
    name_from=name("네이버 지식iN"),
    date="Mon, 9 Sep 2024 11:11:11 +0900",
    subject=enc("[지식iN] 게시물 조치 결과 안내 - KCSC-240902-01"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

아래 게시물은 운영정책 위반(불법 도박 홍보)으로 삭제 처리되었습니다.
{N[2]}

아래 게시물은 확인 결과 존재하지 않는 질문입니다(잘못된 주소).
{N[7]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice with the statement line first and the URL on the line below",
    why="Each statement points down to the one URL under it.",
    items={N[2]: "removed", N[7]: "not_found"},
)

case(
    name="naver-receipt-plus-one-statement",
    **{"from": "right@navercorp.com"},
    name_from=name("NAVER 권리보호센터"),
    date="Tue, 3 Sep 2024 09:30:12 +0900",
    subject=enc("[NAVER] 게시중단 요청 접수 안내 (접수번호 NV-2409-55812)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.

방송통신심의위원회의 게시중단 요청(KCSC-240902-01)이 접수번호 NV-2409-55812로
접수되었습니다.

참고로 목록의 {N[13]} 게시물은
다른 신고 건으로 이미 삭제 조치된 게시물입니다.

나머지 12건은 검토를 마치는 대로 회신드리겠습니다.

NAVER 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 접수 안내 that also states one item's result",
    why="A receipt, but it states without hedge that one listed post was already deleted by NAVER.",
    items={N[13]: "removed"},
)

case(
    name="naver-wrapped-post-url",
    **{"from": "post_help@naver.com"},
    name_from=name("네이버 포스트"),
    date="Tue, 10 Sep 2024 18:25:40 +0900",
    subject=enc("Re: [KCSC-240902-01] 네이버 포스트 게시물"),
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 포스트 담당자입니다.

요청하신 포스트
https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=61927734
는 불법 도박 홍보로 확인되어 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Hard-wrapped plain-text reply whose long URL breaks after '&'",
    why="The URL is split by the mail client's line wrap; joined it is the requested post, deleted.",
    items={N[8]: "removed"},
)

# ============================================================ APPLIED (KAKAO)

case(
    name="kakao-imsijochi-notice-raw-korean-path",
    **{"from": "noreply_right@kakaocorp.com"},
    name_from=name("카카오 권리침해신고센터"),
    date="Thu, 5 Sep 2024 14:02:19 +0900",
    subject=enc("[카카오] 게시물 임시조치 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
방송통신심의위원회 담당자님께

카카오 권리침해신고센터입니다.
요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2 제4항에 따라 30일간 임시조치(접근 차단)하였음을 알려드립니다.

[임시조치 대상]
1. 다음카페 : {K[1]}
2. 티스토리 : {K2_RAW}

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 기간이 끝난 뒤의
처리는 관련 법령과 카카오 운영정책을 따릅니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 안내 (정보통신망법 44조의2)",
    why="Two posts under 30-day 임시조치 (access blocked, restricted); the tistory URL is written raw in Hangul.",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-gongmun-result",
    **{"from": "right@kakaocorp.com"},
    name_from=name("주식회사 카카오"),
    date="Mon, 9 Sep 2024 16:30:00 +0900",
    subject=enc("[공문] 시정요구에 따른 조치 결과 회신 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
주식회사 카카오

수신자  방송통신심의위원회 위원장
(경유)
제  목  시정요구에 따른 조치 결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(KCSC-240903-02)와 관련하여 당사의 조치 결과를 다음과
   같이 회신합니다.

  가. 브런치 {K[3]}
      : 개인정보 노출 게시물로 확인되어 삭제 완료(2024. 9. 6.)
  나. 다음카페 {K[4]}
      : 작성자가 이미 삭제한 게시물로, 현재 존재하지 않음

3. 나머지 대상 게시물은 별도 회신한 바와 같습니다.  끝.

주식회사 카카오 대외협력실
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (수신자/제목/가·나 items) replying to a 시정요구",
    why="가. deleted; 나. already deleted by its author (not_found).",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="kakao-tistory-kept-with-reason",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from=name("티스토리 운영팀"),
    date="Wed, 11 Sep 2024 10:45:09 +0900",
    subject=enc("Re: [KCSC-240903-02] 티스토리 게시물 검토 결과"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물
{K[2]}
을 다시 검토하였습니다.

해당 글은 공인의 공적 활동에 관한 내용으로, 주민등록번호·연락처 등 개인을
식별할 수 있는 정보가 포함되어 있지 않아 카카오 운영정책상 삭제 대상에
해당하지 않습니다. 따라서 게시를 유지합니다.

운영정책: https://www.kakao.com/policy/oppolicy

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory refusal with its reason",
    why="The post stays up because it breaks no rule, reason given: rejected. The policy link is not an item.",
    items={K[2]: "rejected"},
)

case(
    name="kakao-story-deleted-channel-age-limited",
    **{"from": "safety@kakao.com"},
    name_from=name("카카오 세이프티"),
    date="Thu, 19 Sep 2024 13:55:48 +0900",
    subject=enc("[카카오] 요청번호 KCSC-240912-07 처리 결과"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요. 카카오 세이프티팀입니다.

KCSC-240912-07 건 처리 결과를 안내드립니다.

- 카카오스토리 게시물 {K[5]} :
  음란 정보 게시로 운영정책을 위반하여 삭제하였습니다.
- 카카오톡 채널 게시물 {K[6]} :
  청소년유해정보로 판단되어 성인 인증을 마친 이용자에게만 보이도록
  연령 제한을 적용하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team result list (deletion and age restriction)",
    why="Story post deleted; channel post age-restricted (restricted).",
    items={K[5]: "removed", K[6]: "restricted"},
)

case(
    name="daum-cafe-blind",
    **{"from": "cafe_help@daum.net"},
    name_from=name("Daum 카페"),
    date="Fri, 6 Sep 2024 09:05:00 +0900",
    subject=enc("[Daum 카페] 게시글 블라인드 처리 안내"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

신고하신 카페 게시글 {K[1]} 을
블라인드 처리하였습니다. 블라인드된 게시글은 카페 회원을 포함해 누구도
열람할 수 없습니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 안내",
    why="블라인드 = nobody can view it: removed.",
    items={K[1]: "removed"},
)

# ============================================================ APPLIED (YOUTUBE)

case(
    name="yt-legal-english-kr-block-and-removal",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 03:14:22 +0000",
    subject="Re: [KCSC-240905-03] Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thank you for your notice (your reference KCSC-240905-03).

After review, we have blocked the following content from view in South Korea
in response to your request:

{Y[1]}

In addition, the following video was removed from YouTube globally for
violating our Community Guidelines:

{Y[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal country-block notice with a guideline removal",
    why="First video blocked in Korea only (restricted); second removed globally.",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-korean-three-results",
    **{"from": "legal-kr@google.com"},
    name_from=name("YouTube 법무팀"),
    date="Wed, 11 Sep 2024 08:40:10 +0000",
    subject=enc("[YouTube] KCSC-240905-03 요청에 대한 결과"),
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. YouTube 법무팀입니다.

요청(KCSC-240905-03)을 검토한 결과는 다음과 같습니다.

아래 동영상은 현지 법률에 따라 대한민국에서 접근이 제한되었습니다：
- {Y[3]}

아래 동영상은 YouTube 커뮤니티 가이드라인 위반으로 삭제되었습니다：
- {Y[1]}

아래 Shorts 동영상에는 연령 제한이 적용되었습니다：
- {Y[2]}

감사합니다.
YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal outcome with headings ending in full-width colons",
    why="Heading statements over one URL each: KR restriction, removal, age restriction.",
    items={Y[3]: "restricted", Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-actioned-and-declined",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:01:39 +0000",
    subject="[KCSC-240905-03] Outcome of your request",
    reply_to_req="req-240905-03",
    body=f"""
Hi there,

We have reviewed the content you reported.

{Y[3]} has been actioned under our policies.

Regarding {Y[2]}: after careful review we did not find it to
violate our Community Guidelines or local law, so we are not taking action on
it at this time.

You can find more about our policies at https://www.youtube.com/howyoutubeworks/policies/

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email: 'actioned' plus a decline with its reason",
    why="'has been actioned under our policies' (configured removed phrase); the other is declined as not violating.",
    items={Y[3]: "removed", Y[2]: "rejected"},
)

# ============================================================ APPLIED (DC INSIDE)

case(
    name="dc-operator-informal",
    **{"from": "help@dcinside.com"},
    name_from=name("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 22:17:03 +0900",
    subject=enc("Re: [KCSC-240909-04] 갤러리 게시물 삭제 요청"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다~

보내주신 건 확인했습니다.
주식 갤러리 글 {D[1]} 삭제했고요,
코인 마이너 갤러리 글 두 개 중에
{D[2]} 는 삭제,
{D[3]} 는 작성자가 먼저 지운 상태였습니다.

나머지 두 건은 내일 중으로 보고 말씀드릴게요.
수고하세요!
""",
    outcome="applied", classification="confirmation",
    imitates="Informal gallery-operator reply from DC Inside",
    why="Two posts deleted, one already deleted by its author; the last sentence promises about unnamed posts.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-numbered-fullwidth-colon",
    **{"from": "help@dcinside.com"},
    name_from=name("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 14:20:00 +0900",
    subject=enc("Re: [KCSC-240909-04] 나머지 게시물 처리 결과"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 어제 말씀드린 나머지 2건 결과입니다.

1) {D[4]} ： 삭제 완료
2) {D[5]} ： 삭제 불가 - 신고 사유(음란물)에 해당하는 내용이 없는 일반 시황 글입니다.

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Numbered list with full-width colons",
    why="One deleted; one refused with its reason (rejected).",
    items={D[4]: "removed", D[5]: "rejected"},
)

_html23 = f"""<div style="font-size:12px">
<p>방송통신심의위원회 귀하</p>
<p>시정요구(KCSC-240909-04) 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>연번</th><th>갤러리</th><th>URL</th><th>조치 결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>주식</td><td>{D[1]}</td><td>삭제</td><td>작성자 IP 차단</td></tr>
<tr><td>2</td><td>코인(마이너)</td><td>{D[2]}</td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>3</td><td>코인(마이너)</td><td>{D[3]}</td><td>게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td>핫딜(미니)</td><td>{D[4]}</td><td>삭제</td><td>&nbsp;</td></tr>
<tr><td>5</td><td>주식</td><td>{D[5]}</td><td>미조치</td><td>위반 내용 없음(일반 게시글)</td></tr>
</tbody></table>
<p>(주)디시인사이드 운영팀</p>
</div>
"""
case(
    name="dc-html-table-five",
    **{"from": "help@dcinside.com"},
    name_from=name("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 11:00:27 +0900",
    subject=enc("[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    type="html",
    body=_html23,
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table (연번/URL/조치 결과/비고)",
    why="Every row has a result: three deleted, one no longer exists, one not actioned because it breaks no rule.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

# ============================================================ APPLIED (BAND)

case(
    name="band-removed-and-missing",
    **{"from": "help@band.us"},
    name_from=name("BAND 운영팀"),
    date="Fri, 13 Sep 2024 17:09:33 +0900",
    subject=enc("[BAND] 요청하신 게시글 처리 결과 (KCSC-240910-05)"),
    reply_to_req="req-240910-05",
    body=f"""
안녕하세요, BAND 운영팀입니다.

요청하신 게시글 2건의 처리 결과입니다.

· {B[1]}
  마약류 판매 광고로 확인되어 게시글을 삭제하고, 작성 멤버의 BAND 이용을 정지했습니다.
· {B[2]}
  존재하지 않는 게시글입니다. 주소가 올바르지 않거나 이미 삭제된 글입니다.

BAND 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations reply with bulleted results",
    why="First post deleted; second does not exist.",
    items={B[1]: "removed", B[2]: "not_found"},
)

_qp24 = f"""[BAND] 게시글 비공개 처리 안내

방송통신심의위원회 담당자님, 안녕하세요.

요청번호 KCSC-240910-05 로 접수된 게시글 중
{B[2]}
게시글을 운영정책 위반(마약류 거래 유도)으로 비공개 처리하였습니다.
비공개 처리된 게시글은 밴드 멤버를 포함해 누구에게도 보이지 않습니다.

본 메일은 발신 전용입니다.
"""
case(
    name="band-subdomain-qp-private",
    **{"from": "noreply@notice.band.us"},
    name_from="BAND",
    date="Thu, 12 Sep 2024 08:00:05 +0900",
    subject=enc("[BAND] 게시글 비공개 처리 안내"),
    reply_to_req="req-240910-05",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(_qp24)}"
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND system notice (notice.band.us, quoted-printable, 발신 전용)",
    why="Sent from a subdomain of band.us with DMARC pass; the post was made private for everyone: removed.",
    items={B[2]: "removed"},
)

# ============================================================ REVIEW

case(
    name="naver-promise-will-delete",
    **{"from": "blog_help@naver.com"},
    name_from=name("네이버 블로그팀"),
    date="Wed, 4 Sep 2024 18:10:10 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법정보(도박) 시정요구"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그팀입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
두 건은 내부 검토를 거쳐 이번 주 중 삭제될 예정입니다.
처리가 끝나면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator promise ('삭제될 예정') before any action",
    why="A promise is not a statement; the items stay pending and a person should see the email.",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-private",
    **{"from": "cafe_help@daum.net"},
    name_from=name("Daum 카페"),
    date="Thu, 5 Sep 2024 11:47:30 +0900",
    subject=enc("Re: [KCSC-240903-02] 다음카페 게시글 문의"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

문의하신 게시글 {K[1]} 은
카페 운영자에 의해 이미 비공개 처리된 것으로 보입니다.
정확한 상태는 담당 부서 확인 후 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum helpdesk hedge ('…된 것으로 보입니다')",
    why="'appears to be' is a hedge, not a statement; pending.",
    items={K[1]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": NV},
    name_from=name("네이버 정책지원팀"),
    date="Mon, 9 Sep 2024 09:00:41 +0900",
    subject=enc("[회신] KCSC-240902-01 조치 완료"),
    reply_to_req="req-240902-01",
    body="""
방송통신심의위원회 담당자님께

KCSC-240902-01 건으로 요청하신 게시물 전부에 대해 게시중단 조치를
완료하였습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="One-line 공문-style completion notice covering the whole request",
    why="'All requested posts' for a 13-item request without naming them: bulk, nothing applied.",
    items={N[i]: "pending" for i in range(1, 14)},
)

case(
    name="dc-bulk-five-done",
    **{"from": "help@dcinside.com"},
    name_from=name("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 12:30:00 +0900",
    subject=enc("Re: [KCSC-240909-04] 갤러리 게시물 삭제 요청"),
    reply_to_req="req-240909-04",
    body="""
안녕하세요, 디시인사이드입니다.
요청하신 5건 모두 삭제 처리 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Terse operator reply 'all 5 deleted'",
    why="Statement about all items of a 5-item request without naming any: bulk.",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="naver-dmarc-fail",
    **{"from": "right@navercorp.com"},
    auth="fail",
    name_from=name("NAVER 권리보호센터"),
    date="Sat, 7 Sep 2024 02:13:59 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.

요청하신 카페 게시물 2건을 삭제 처리하였습니다.
- {N[4]}
- {N[5]}

처리 내역 확인: https://right-naver-check.example/login

NAVER 권리보호센터
""",
    outcome="review", review="untrusted",
    imitates="Look-alike NAVER result notice failing DKIM/SPF/DMARC",
    why="navercorp.com From with dmarc=fail: statements are not applied.",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="unknown-monitoring-agency",
    **{"from": "report@cleanweb-monitor.co.kr"},
    auth="none",
    name_from=name("클린웹모니터링"),
    date="Tue, 10 Sep 2024 16:02:12 +0900",
    subject=enc("KCSC-240902-01 네이버 카페 게시물 삭제 확인"),
    body=f"""
안녕하세요, 클린웹모니터링 김태호입니다.

네이버 측에서 {N[10]} 게시물을 삭제 완료했다고
전달받아 공유드립니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Third-party monitoring contractor relaying a platform's result",
    why="Not a platform domain: a second-hand claim about a requested URL.",
    items={N[10]: "pending"},
)

case(
    name="naver-about-daum-urls",
    **{"from": NV},
    name_from=name("네이버 정책지원팀"),
    date="Thu, 5 Sep 2024 15:21:07 +0900",
    subject=enc("Re: [KCSC-240903-02] 개인정보 노출 게시물 시정요구"),
    body=f"""
방송통신심의위원회 담당자님께

보내주신 요청서에 적힌 게시물
{K[1]}
{K[3]}
은 네이버가 운영하는 서비스의 주소가 아니어서 당사에서는 확인되지 않으며,
조치할 수 없습니다. 해당 서비스 운영사로 요청해 주시기 바랍니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Portal replying to a mis-routed request for another portal's posts",
    why="NAVER speaks about Kakao items ('not found at NAVER'): not a status for those items.",
    items={K[1]: "pending", K[3]: "pending"},
)

case(
    name="kakao-asks-for-gongmun",
    **{"from": "right@kakaocorp.com"},
    name_from=name("카카오 권리침해신고센터"),
    date="Wed, 4 Sep 2024 13:40:00 +0900",
    subject=enc("[카카오] 추가 자료 요청 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 중 브런치 글 {K[3]} 의 조치를 위해
아래 자료를 추가로 보내주시기 바랍니다.

 1) 시정요구 공문 원본(PDF, 직인 포함)
 2) 개인정보 노출 부분을 표시한 게시물 캡처

자료를 받는 대로 검토를 진행하겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the official letter and screenshots before acting",
    why="The platform asks for documents; nothing was done to the item.",
    items={K[3]: "pending"},
)

case(
    name="band-general-inquiry-redirect",
    **{"from": "help@band.us"},
    name_from=name("BAND 고객센터"),
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject=enc("[BAND 고객센터] 문의 답변 드립니다"),
    body="""
안녕하세요, BAND 고객센터입니다.

보내주신 메일은 일반 이용자 문의 창구로 들어왔습니다.
공공기관의 요청은 기관 전용 접수 페이지에서 접수해 주시면 더 빠르게
처리됩니다.

기관 전용 접수: https://band.us/cs/agency

감사합니다.
BAND 고객센터
""",
    outcome="review", review="no_claims",
    imitates="BAND helpdesk redirect to its agency intake form",
    why="Trusted BAND mail naming no item and no request: a person should read it.",
    items={},
)

case(
    name="yt-hedge-uploader-may-have-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:22:51 +0000",
    subject="Re: [KCSC-240905-03] Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Thanks for your patience. Regarding {Y[2]}, it appears that
the video may have already been taken down by the uploader, but we were not
able to confirm its current state. We will follow up once we know more.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support hedge ('appears… may have')",
    why="Hedged and unconfirmed: pending.",
    items={Y[2]: "pending"},
)

case(
    name="dc-contradicting-same-post",
    **{"from": "help@dcinside.com"},
    name_from=name("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 09:41:20 +0900",
    subject=enc("Re: [KCSC-240909-04] 코인 갤러리 게시물"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

처리 결과: {D[2]} - 삭제 처리 완료

비고: 위 게시물은 신고 사유에 해당하는 내용이 없어 게시를 유지합니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="Template reply whose result line and remark contradict each other",
    why="Same post called deleted and kept in one email: a person must decide.",
    items={D[2]: "pending"},
)

# ============================================================ IGNORED

case(
    name="naver-out-of-office-chuseok",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from=name("박서연"),
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject=enc("[자동회신] RE: [KCSC-240902-01] 불법정보(도박) 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박서연입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="Auto-reply; says nothing about items.",
    items={},
)

_orig25 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: help@band.us
Subject: {enc("[KCSC-240910-05] 불법정보 시정요구")}
Message-ID: <req-240910-05@kcsc.example>
Date: Tue, 10 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글의 삭제를 요구합니다. 삭제되었으면 회신 바랍니다.
{B[1]}
{B[2]}
"""
case(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.band.us"},
    auth="none",
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 09:40:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.band.0910"\n\n'
        "--DSN.band.0910\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx1.band.us.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<help@band.us>: host mbox.band.us[203.0.113.25] said: 550 5.1.1\n"
        "    mailbox unavailable (in reply to RCPT TO command)\n\n"
        "--DSN.band.0910\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.band.us\n"
        "Arrival-Date: Tue, 10 Sep 2024 09:40:29 +0900\n\n"
        "Final-Recipient: rfc822; help@band.us\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable\n\n"
        "--DSN.band.0910\n"
        "Content-Type: message/rfc822\n\n"
        f"{_orig25}\n"
        "--DSN.band.0910--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request, original attached",
    why="Bounce; the URLs and 'deleted' wording are our own returned request.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-read-receipt",
    **{"from": "minsu.jung@dcinside.com"},
    name_from=name("정민수"),
    date="Mon, 9 Sep 2024 13:02:11 +0900",
    subject=enc("읽음: [KCSC-240909-04] 불법정보 시정요구"),
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0909"\n\n'
        "--mdn_dc_0909\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "받는 사람: minsu.jung@dcinside.com\n"
        "제목: [KCSC-240909-04] 불법정보 시정요구\n"
        "보낸 날짜: 2024-09-09 (월) 오전 11:00\n\n"
        "2024-09-09 (월) 오후 1:02에 읽었습니다.\n\n"
        "--mdn_dc_0909\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: dcinside.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;minsu.jung@dcinside.com\n"
        "Original-Message-ID: <req-240909-04@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn_dc_0909--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as multipart/report MDN",
    why="Read receipt.",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from=name("카카오 고객센터"),
    date="Tue, 3 Sep 2024 10:31:02 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호 : 2409-118822
 - 접수일시 : 2024.09.03 10:31

담당자가 확인한 뒤 순서대로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 ticket receipt",
    why="Pure acknowledgement with a ticket number.",
    items={},
)

case(
    name="yt-legal-auto-ack",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 5 Sep 2024 07:05:44 +0000",
    subject="[0-4419283000123] Re: [KCSC-240905-03] Request to remove content",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hello,

Thanks for reaching out to YouTube Legal Support. We have received your
request and created case [0-4419283000123]. Please keep this number in the
subject line of any further correspondence about it.

Sincerely,
The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube Legal automatic case-number receipt",
    why="Receipt only.",
    items={},
)

case(
    name="kakao-dsn-delayed",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 17:00:09 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DLY.kcsc.0912"\n\n'
        "--DLY.kcsc.0912\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        "<safety@kakao.com>: connect to mx.kakao.com[192.0.2.44]:25: Connection timed out\n\n"
        "--DLY.kcsc.0912\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n\n"
        "Final-Recipient: rfc822; safety@kakao.com\n"
        "Action: delayed\n"
        "Status: 4.4.1\n"
        "Will-Retry-Until: Tue, 17 Sep 2024 13:00:00 +0900\n\n"
        "--DLY.kcsc.0912\n"
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: safety@kakao.com\n"
        "Subject: [KCSC-240912-07] obscenity\n"
        "Message-ID: <req-240912-07@kcsc.example>\n\n"
        "--DLY.kcsc.0912--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN from our own MTA",
    why="Delivery-status warning; nothing about items.",
    items={},
)

_quoted27 = "\n".join("> - " + N[i] for i in (1, 2, 3, 4, 5))
case(
    name="naver-receipt-over-quoted-request",
    **{"from": "right@navercorp.com"},
    name_from=name("NAVER 권리보호센터"),
    date="Mon, 2 Sep 2024 14:05:30 +0900",
    subject=enc("[NAVER] 게시중단 요청이 접수되었습니다 (R-20240902-00771)"),
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. NAVER 권리보호센터입니다.

게시중단 요청이 정상적으로 접수되었습니다. (접수번호 R-20240902-00771)
처리 결과는 영업일 기준 3~5일 안에 메일로 안내드립니다.

----- 접수 내용 -----
> 요청번호: KCSC-240902-01
> 요청 사유: 불법정보(도박) - 삭제 요청
> 대상 게시물:
{_quoted27}
> (외 8건)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 접수 안내 echoing the submitted request as quoted lines",
    why="Pure receipt; the URLs and '삭제 요청' appear only in the quoted echo of our request.",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

HEADER = """# Blind set 545 (Korean platforms: NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND). Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind545", HEADER, CASES)


if __name__ == "__main__":
    main()
