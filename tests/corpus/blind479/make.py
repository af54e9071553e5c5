#!/usr/bin/env python3
"""Blind set 479: Korean platforms writing in Korean (NAVER, Kakao/Daum,
YouTube Korea, DC Inside, BAND): 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, receipts, bounces.

    python3 tests/corpus/blind479/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before any
run of the reader. All names, ids and URLs are fictional.
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

SET = "blind479"

# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # naver, 12 items (largest)
R2 = "KCSC-240904-02"  # kakao, 5 items
R3 = "KCSC-240905-03"  # youtube, 4 items
R4 = "KCSC-240906-04"  # dcinside, 3 items
R5 = "KCSC-240909-05"  # band, 2 items
R6 = "KCSC-240910-06"  # naver, 1 item
R7 = "KCSC-240911-07"  # kakao (brunch), 1 item

N1 = "https://blog.naver.com/haneul_dal77/223501100"
N2 = "https://blog.naver.com/haneul_dal77/223501187"
N3 = "https://blog.naver.com/moonpie_kr/223498822"
N4 = "https://cafe.naver.com/greenvalley2024/58812"
N5 = "https://cafe.naver.com/greenvalley2024/58830"
N6 = "https://cafe.naver.com/jusik_talk99/120447"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60102&docId=471230998"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812204&memberNo=55102931"
N9 = "https://m.blog.naver.com/sunny_gold_03/223477001"
N10 = "https://in.naver.com/%EB%B3%84%EB%B9%9B%EC%97%AC%ED%96%89/contents/internal/71022991"
N10_RAW = "https://in.naver.com/별빛여행/contents/internal/71022991"
N11 = "https://cafe.naver.com/jusik_talk99/120502"
N12 = "https://blog.naver.com/moonpie_kr/223499010"
S1 = "https://blog.naver.com/quietlake_22/223512345"

K1 = "https://cafe.daum.net/moonlitroad/Ab3x/1207"
K2 = "https://cafe.daum.net/moonlitroad/Ab3x/1219"
K3 = "https://cafe.daum.net/ssul-box/9Kq2/88410"
K4 = "https://sorang-note.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0"
K4_RAW = "https://sorang-note.tistory.com/entry/주식-리딩방-후기"
K5 = "https://cafe.daum.net/ssul-box/9Kq2/88433"
B7 = "https://brunch.co.kr/@walnut-ink/57"

Y1 = "https://www.youtube.com/watch?v=Qk7rT2mZp4A"
Y2 = "https://www.youtube.com/watch?v=bN0x9LwE3sU"
Y3 = "https://www.youtube.com/shorts/Hc5vPq1LmZ8"
Y4 = "https://www.youtube.com/@%EB%B0%A4%EA%B8%B8%EC%A3%BC%EC%8B%9D%EB%B0%A9"
Y4_RAW = "https://www.youtube.com/@밤길주식방"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=445120"
D3 = "https://gall.dcinside.com/mini/board/view/?id=yeouido_night&no=3311"

B1 = "https://band.us/band/81234567/post/1021"
B2 = "https://band.us/band/81234567/post/1034"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], "illegal_finance",
     'stock "리딩방" promotion network, blogs, cafés, 지식iN and Post'),
    (R2, "kakao", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [K1, K2, K3, K4, K5], "defamation",
     "Daum cafés and a Tistory blog, one victim, same allegations"),
    (R3, "youtube", "2024-09-05T14:05:00+09:00", "2024-09-12T18:00:00+09:00",
     [Y1, Y2, Y3, Y4], "illegal_finance",
     "investment-fraud channel, videos, a short, the channel itself"),
    (R4, "dcinside", "2024-09-06T11:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [D1, D2, D3], "privacy",
     "personal data posted in three galleries (main, minor, mini)"),
    (R5, "band", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [B1, B2], "illegal_gambling",
     "gambling promotion posts in one open band"),
    (R6, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [S1], "obscene", "single blog post, re-upload of an earlier request"),
    (R7, "kakao", "2024-09-11T13:15:00+09:00", "2024-09-18T18:00:00+09:00",
     [B7], "defamation", "Brunch essay, named person, 1 item"),
]


def msgid(ref):
    return ref + ".1@kcsc.example"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


def rq(ref):
    """The In-Reply-To/References token of our request email."""
    return ref + ".1"


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


KCSC_QUOTE_R1 = f"""\
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 정보는 「정보통신망법」 제44조의7에 따른 불법정보로 심의·의결되어
> 시정요구(해당 정보의 삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
> 요청번호: {R1}
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
> 6. {N6}
> 7. {N7}
> 8. {N8}
> 9. {N9}
> 10. {N10}
> 11. {N11}
> 12. {N12}
> 방송통신심의위원회 통신심의국 드림"""

NAVER_SIG = """\
네이버 주식회사
정책지원실 게시물 대응 담당
경기도 성남시 분당구 (가상 주소)  |  policy@navercorp.com"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ NAVER (R1, R6)
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    date="Wed, 04 Sep 2024 15:21:07 +0900",
    subject=f"[네이버] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=rq(R1),
    body=f"""
수    신 : 방송통신심의위원회 (통신심의국)
참    조 : 불법정보 삭제요청 담당자
제    목 : 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(요청번호 {R1})와
   관련된 내용입니다.
3. 당사는 요청받은 정보 중 아래 6건에 대하여 다음과 같이 조치하였음을
   회신합니다.

 순번 | URL                                            | 조치결과
 -----+------------------------------------------------+--------------------------
  1   | {N1}  | 삭제
  2   | {N2}  | 삭제
  3   | {N3}    | 임시조치(30일)
  4   | {N4}   | 블라인드
  5   | {N5}   | 게시물 없음(작성자 삭제)
  6   | {N6}     | 미조치(위법성 불인정)

※ 나머지 6건은 검토가 끝나는 대로 별도 회신드리겠습니다.   끝.

{NAVER_SIG}
""",
    outcome="applied",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치결과 text table (수신/참조/제목, 끝.)",
    why="six rows, one status each: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치(위법성 불인정) rejected; the other six are only promised",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "pending", N12: "pending"},
)

_html_rows = [
    (N7, "삭제", "2024-09-05"),
    (N8, "국내 접근 제한", "2024-09-05"),
    (N9, "해당 게시물 없음 (작성자 자진 삭제)", "-"),
    (N10_RAW, "비공개 처리", "2024-09-05"),
    (N11, "블라인드", "2024-09-05"),
    (N12, "현행 유지 &ndash; 정당한 비평으로 판단", "-"),
]
_html_tr = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{d}</td></tr>"
    for i, (u, r, d) in enumerate(_html_rows, 7))
case(
    name="naver-html-table-second-half",
    **{"from": "policy@navercorp.com"},
    date="Thu, 05 Sep 2024 17:02:44 +0900",
    subject=f"[네이버] 시정요구({R1}) 조치결과 회신 (2차)",
    reply_to_req=rq(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원실입니다.</p>
<p>지난 9월 4일 1차 회신에 이어, 시정요구({R1}) 중 남은 6건의 조치결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>순번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{_html_tr}
</table>
<p>조치 내용에 대한 문의는 본 메일에 회신해 주시기 바랍니다.<br>
운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>네이버 주식회사 정책지원실 드림</p>
</body></html>
""",
    outcome="applied",
    imitates="NAVER 2차 조치결과 회신 as an HTML table (순번/URL/조치결과/조치일), Korean path written raw",
    why="six rows: 삭제, 비공개 처리, 블라인드 removed; 국내 접근 제한 restricted; 작성자 자진 삭제 not_found; 현행 유지 with a reason rejected; the policy link is no item",
    items={N7: "removed", N8: "restricted", N9: "not_found", N10: "removed", N11: "removed",
           N12: "rejected"},
)

_csv_rows = [
    ("1", N1, "삭제", "2024-09-06 10:11"),
    ("2", N2, "삭제", "2024-09-06 10:11"),
    ("3", N3, "임시조치", "2024-09-06 10:14"),
    ("4", N4, "게시중단", "2024-09-06 10:20"),
    ("5", N5, "게시물 없음", ""),
    ("6", N6, "조치불가(권리침해 소명 부족)", ""),
    ("7", N7, "삭제", "2024-09-06 10:31"),
    ("8", N8, "삭제", "2024-09-06 10:33"),
    ("9", N9, "게시물 없음", ""),
    ("10", N10, "비공개", "2024-09-06 10:40"),
    ("11", N11, "검토중", ""),
    ("12", N12, "임시조치", "2024-09-06 10:44"),
]
_csv_buf = ["순번,URL,조치결과,조치일시"]
for r in _csv_rows:
    _csv_buf.append(",".join(('"%s"' % x) if ("," in x or "&" in x) else x for x in r))
_csv_bytes = ("\ufeff" + "\r\n".join(_csv_buf) + "\r\n").encode("utf-8")
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 11:05:30 +0900",
    subject=f"[네이버] {R1} 조치결과 일괄 회신 (첨부 참조)",
    reply_to_req=rq(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NV_0906_8812"

------=_NV_0906_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원실입니다.

요청번호 {R1} 12건에 대한 조치결과를 첨부 파일(CSV)로 보내드립니다.
11번은 아직 검토 중이며 결과가 나오는 대로 다시 알려드리겠습니다.

감사합니다.
네이버 정책지원실 드림

------=_NV_0906_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_bytes)}
------=_NV_0906_8812--
""",
    outcome="applied",
    imitates="portal 조치결과 sent as an Excel-saved CSV (UTF-8 BOM, CRLF) attachment",
    why="one row per item: 삭제/게시중단/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 조치불가 with its reason rejected, 검토중 stays pending",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "not_found", N10: "removed",
           N11: "pending", N12: "restricted"},
)

case(
    name="naver-single-youth-restricted",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    date="Wed, 11 Sep 2024 09:48:12 +0900",
    subject=f"Re: [{R6}] 불법정보 삭제 요청",
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물을 확인하였습니다.

{S1}

위 게시물은 청소년유해 게시물로 지정하여 19세 미만 이용자 및 비로그인
이용자의 접근을 제한하였습니다.

이용에 참고 부탁드립니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER blog help-desk reply: post designated 청소년유해, access limited to adults",
    why="access restricted to logged-in adults is a restriction, not a removal",
    items={S1: "restricted"},
)

case(
    name="naver-imsijochi-notice",
    **{"from": "noreply-right@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    subject="[네이버 권리보호센터] 게시중단(임시조치) 처리 결과 안내",
    body=f"""
[네이버 권리보호센터] 게시중단(임시조치) 처리 결과 안내

안녕하세요. 네이버 권리보호센터입니다.
방송통신심의위원회(요청번호 {R1})에서 접수하신 게시중단 요청에 따라,
아래 게시물에 대해 정보통신망법 제44조의2에 따른 임시조치를 하였습니다.

  - {N3}
  - {N12}

임시조치 기간(30일) 동안 해당 게시물은 게시자 외에는 볼 수 없으며, 기간 내
게시자의 재게시 요청이 없으면 삭제됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30일)",
    why="임시조치 applied to two named posts: restricted (the later deletion is only conditional)",
    items={N3: "restricted", N12: "restricted"},
)

case(
    name="naver-cafe-topposted-korean-gmail-quote",
    **{"from": "cafe_op@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 11:42:19 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=rq(R1),
    body=f"""
안녕하세요, 네이버 카페 운영지원팀 윤서진입니다.

카페 게시물 2건 먼저 처리 결과 말씀드립니다.
{N4} -> 운영자 삭제 완료
{N11} -> 이미 삭제된 글입니다 (작성자 탈퇴로 게시물 없음)

블로그, 지식iN 건은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

윤서진 드림

2024년 9월 3일 (화) 오전 10:12, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{KCSC_QUOTE_R1}
""",
    outcome="applied",
    imitates="informal top-posted operator reply over the quoted KCSC request (Korean Gmail 작성: header)",
    why="two café posts stated above the quote; the twelve URLs in the quoted request are not statements",
    items={N4: "removed", N11: "not_found", N1: "pending", N5: "pending", N6: "pending",
           N7: "pending"},
)

case(
    name="naver-single-all-blinded",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    date="Thu, 12 Sep 2024 14:03:55 +0900",
    subject=f"Re: [{R6}] 불법정보 삭제 요청 - 처리 완료",
    reply_to_req=rq(R6),
    body="""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물은 모두 운영정책 위반(음란물)으로 확인되어 블라인드 처리
완료하였습니다. 블라인드 처리된 게시물은 작성자를 포함하여 누구도 열람할
수 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER blog help-desk short 처리 완료 reply without the URL",
    why="\"모두 블라인드\" without naming the URL, but the request has a single item: removed",
    items={S1: "removed"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 16:20:41 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호 2024090533812)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
문의하신 내용은 접수번호 2024090533812로 접수되었습니다.

방송통신심의위원회 {R1} 관련 문의에 답변드립니다.
확인 결과, 아래 카페 게시물은 카페 운영원칙 위반으로 삭제되었습니다.

{N5}

나머지 게시물은 담당 부서에서 확인 중입니다.

※ 추가 문의는 고객센터 > 문의하기를 이용해 주세요.
https://help.naver.com/inquiry/input.help
""",
    outcome="applied",
    imitates="NAVER 고객센터 답변 mail carrying a 접수번호 plus a result",
    why="a receipt number plus an unhedged removal of a named post is no pure acknowledgement; the help link is no item",
    items={N5: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "jh.kang@navercorp.com"},
    name_from="강지훈",
    date="Mon, 09 Sep 2024 10:15:02 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구",
    reply_to_req=rq(R1),
    body=f"""
위원회 담당자님께,

카페 게시물 관련 추가 회신입니다.

- {N4} : 카페 운영원칙 위반으로 삭제하였습니다.
- {N6} : 게시글이 특정 종목에 대한 개인 의견에 해당하여 위법성을
  판단하기 어려워 게시중단하지 않았습니다. 법원 판결 등 추가 자료를
  주시면 재검토하겠습니다.

강지훈 | 네이버 카페 정책
-----Original Message-----
From: KCSC 불법정보 삭제요청 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:12 AM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

아래 정보에 대한 시정요구(삭제)를 요청드립니다.
{N1}
{N4}
{N6}
{N11}
(이하 생략)
""",
    outcome="applied",
    imitates="Outlook reply above -----Original Message----- (NAVER staff, 게시중단 refused with reason)",
    why="N4 removed; N6 refused with its reason (an offer to re-examine on new evidence is no promise about the item); quoted URLs untouched",
    items={N4: "removed", N6: "rejected", N1: "pending", N11: "pending"},
)

case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@navercorp.com"},
    name_from="네이버 지식iN",
    date="Fri, 06 Sep 2024 13:37:00 +0900",
    subject=f"[지식iN] {R1} 관련 처리 결과",
    body="""
안녕하세요, 네이버 지식iN 운영팀입니다.

요청하신 질문 글 <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60102&
docId=471230998> 은 불법 투자 권유에 해당하여 질문과 답변 전체를
삭제하였습니다.

지식iN 운영팀 드림
""",
    outcome="applied",
    imitates="NAVER 지식iN operator reply, long URL wrapped inside angle brackets",
    why="the bracketed URL wraps onto the next line (RFC 3986 appendix C style); the statement is unhedged deletion",
    items={N7: "removed"},
)

# ================================================================ Kakao (R2, R7)
case(
    name="kakao-daum-cafe-prose",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:02:33 +0900",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R2})",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 다음 카페 게시물 2건은 카카오 운영정책
(명예훼손) 위반이 확인되어 삭제 처리되었습니다.

{K1}
{K2}

이외 게시물에 대해서는 확인 후 안내드리겠습니다.
고맙습니다.

카카오 권리침해신고센터
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 처리 결과 안내, statement followed by the two URLs",
    why="the sentence speaks of exactly the two URLs listed under it: both removed",
    items={K1: "removed", K2: "removed", K3: "pending"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Fri, 06 Sep 2024 15:44:10 +0900",
    subject=f"Re: [{R2}] 명예훼손 게시물 삭제 요청",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

요청하신 {K4_RAW} 게시물은 블라인드 처리하였습니다.
함께 요청하신 {K3}은 이미 삭제된 게시물로 확인됩니다.

고맙습니다.
""",
    outcome="applied",
    imitates="Tistory (Kakao) help-desk reply with a raw Korean path and a particle glued to a URL",
    why="블라인드 = removed for the Tistory post; \"이미 삭제된 게시물로 확인됩니다\" is a finding (not a hedge): not_found",
    items={K4: "removed", K3: "not_found"},
)

_kakao_qp = f"""안녕하세요. 다음카페 운영팀입니다.

{R2} 관련 처리 결과를 알려드립니다.

1) {K3}
   -> 게시물 삭제 및 작성자 카페 활동 정지 7일

2) {K5}
   -> 검토 결과 특정인을 알아볼 수 있는 내용이 없어 정상 게시물로
      판단하였으며, 별도 조치하지 않았습니다.

다음카페 운영팀 드림
"""
case(
    name="kakao-daum-qp-numbered",
    **{"from": "cafe-help@daum.net"},
    name_from="다음카페 운영팀",
    date="Fri, 06 Sep 2024 18:10:27 +0900",
    subject=f"[다음카페] {R2} 처리 결과",
    reply_to_req=rq(R2),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_kakao_qp)}
""",
    outcome="applied",
    imitates="Daum café operations reply, numbered list with status on the line below, quoted-printable body",
    why="1) deleted: removed; 2) judged a normal post, no action, with the reason: rejected",
    items={K3: "removed", K5: "rejected"},
)

case(
    name="kakao-brunch-author-deleted",
    **{"from": "brunch-help@kakaocorp.com"},
    name_from="브런치팀",
    date="Thu, 12 Sep 2024 11:26:48 +0900",
    subject=f"Re: [{R7}] 게시물 삭제 요청",
    reply_to_req=rq(R7),
    body=f"""
안녕하세요. 브런치팀입니다.

말씀하신 글({B7})을 확인해 보았으나, 작가님이 9월 11일 오후에 직접
삭제하여 현재 존재하지 않는 글입니다. 따라서 별도로 조치할 내용이 없음을
알려드립니다.

브런치팀 드림
""",
    outcome="applied",
    imitates="Brunch (Kakao) team reply: writer deleted the piece before review",
    why="deleted by its author before the platform acted: not_found",
    items={B7: "not_found"},
)

_kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>방송통신심의위원회 요청({R2})에 대한 조치 내역입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>대상 URL</th><th>조치</th><th>비고</th></tr></thead>
<tbody>
<tr><td><a href="{K1}">{K1}</a></td><td>임시조치</td><td>30일 게시 중단 후 재게시 요청 없으면 삭제</td></tr>
<tr><td><a href="{K4}">{K4_RAW}</a></td><td>삭제</td><td>운영정책 위반</td></tr>
</tbody></table>
<p>자세한 운영정책은 <a href="https://www.kakao.com/policy/oppolicy">카카오 운영정책</a>을 참고해 주세요.</p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 09:12:05 +0900",
    subject=f"[카카오] 조치 내역 안내 ({R2})",
    reply_to_req=rq(R2),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kakao-alt-0909"

--kakao-alt-0909
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kakao_html.encode('utf-8'))}
--kakao-alt-0909--
""",
    outcome="applied",
    imitates="Kakao 조치 내역 HTML table in a base64 body (임시조치 row, 삭제 row, policy link)",
    why="임시조치 restricted, 삭제 removed; the Tistory URL is percent-encoded in href and raw in text; the policy link is no item",
    items={K1: "restricted", K4: "removed"},
)

case(
    name="kakao-echoed-report",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 08:55:00 +0900",
    subject="[카카오 고객센터] 신고 처리 결과 안내",
    body=f"""
카카오 고객센터 신고 처리 결과 안내

■ 신고 접수 내용
 - 접수번호 : KC240904-55120
 - 신고 URL : {K2}
 - 신고 사유 : 명예훼손 (요청기관: 방송통신심의위원회, {R2})

■ 처리 결과
 - 게시물 삭제 (2024.09.09)

본 메일은 발신 전용 메일입니다.
""",
    outcome="applied",
    imitates="Kakao CS result notice echoing the report (■ 신고 접수 내용 / ■ 처리 결과)",
    why="the echoed report names the URL, the result block states 게시물 삭제 for it",
    items={K2: "removed"},
)

case(
    name="kakao-fullwidth-punctuation",
    **{"from": "cafe-help@daum.net"},
    name_from="다음카페 운영팀",
    date="Tue, 10 Sep 2024 17:31:12 +0900",
    subject=f"[다음카페] {R2} 추가 처리 결과",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 다음카페 운영팀입니다. 추가 처리 결과 알려드립니다.

① {K2}：삭제 완료
② 청소년 접근 제한 조치（{K5}）

감사합니다.
""",
    outcome="applied",
    imitates="Daum café operator list with circled numbers and full-width colon/parentheses",
    why="full-width ： and （） end the URLs; ① removed, ② 청소년 접근 제한 = restricted",
    items={K2: "removed", K5: "restricted"},
)

# ================================================================ YouTube (R3)
case(
    name="yt-legal-restricted-in-korea",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:14:27 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission [7-3390000041882]",
    reply_to_req=rq(R3),
    body=f"""
Hello,

Thank you for your request. After review, we have restricted access to the
following content in South Korea based on local law:

{Y1}
{Y2}

In addition, the following content was removed from YouTube for violating
our Community Guidelines:

{Y3}

We have not yet completed our review of the remaining item and will follow
up separately.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="YouTube Legal Support reply: local-law geo-restriction in KR plus a Community Guidelines removal",
    why="two URLs under the KR restriction sentence, one under the removal sentence; the channel is still open",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed", Y4: "pending"},
)

case(
    name="yt-korean-review-result",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 12:40:00 +0900",
    subject=f"YouTube 검토 결과 안내 - {R3}",
    body=f"""
안녕하세요.
방송통신심의위원회에서 신고하신 콘텐츠에 대한 검토 결과를 안내해 드립니다.

[채널] {Y4_RAW}
 → 스팸, 현혹 행위 및 사기 정책을 반복적으로 위반하여 채널이 해지되었습니다.

[동영상] {Y2}
 → 검토 결과 커뮤니티 가이드 위반이 확인되지 않아 게시 상태를 유지합니다.

정책 자세히 알아보기: https://support.google.com/youtube/answer/2801973

© 2024 Google LLC
""",
    outcome="applied",
    imitates="YouTube Korean-language review result (채널 해지 / 게시 상태 유지) with a help-centre link",
    why="terminated channel = removed (Korean handle written raw); video kept up because no violation = rejected",
    items={Y4: "removed", Y2: "rejected"},
)

case(
    name="yt-age-restricted-and-missing",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 06:02:10 +0000",
    subject=f"[{R3}] Outcome of your request [7-3390000041882]",
    reply_to_req=rq(R3),
    body=f"""
Hi there,

We've reviewed the content you reported.

- {Y3} : age-restricted. Viewers must be signed in and 18 or older to watch it.
- {Y1} : we could not find this video. The video ID does not exist on YouTube.

Best,
YouTube Legal Support
""",
    outcome="applied",
    imitates="YouTube Legal outcome: age restriction and a video id that does not exist",
    why="age restriction = restricted; nonexistent video = not_found",
    items={Y3: "restricted", Y1: "not_found"},
)

case(
    name="yt-url-then-outcome-blocks",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Removals",
    date="Thu, 12 Sep 2024 02:30:55 +0000",
    subject=f"Re: [{R3}] Removal request - final outcome",
    reply_to_req=rq(R3),
    body=f"""
Hello,

Please find the final outcome for each URL in your request below.

URL: {Y1}
Outcome: Removed - Community Guidelines (scams)

URL: {Y2}
Outcome: Blocked in KR - local law

URL: {Y3}
Outcome: No action taken - the content does not violate our policies or local law

URL: {Y4}
Outcome: Not found - we were unable to locate this channel

If you disagree with an outcome you may reply to this email.

Google Legal Removals
""",
    outcome="applied",
    imitates="Google legal-removals per-URL outcome blocks (URL: / Outcome:)",
    why="each URL followed by its own outcome line: removed, restricted, rejected, not_found",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-gmail-quote-reply",
    **{"from": "legal-kr@google.com"},
    name_from="Minji Seo (YouTube Legal)",
    date="Fri, 13 Sep 2024 01:05:41 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission",
    reply_to_req=rq(R3),
    body=f"""
Hello KCSC team,

Quick update: {Y2} has now been removed globally following a
second review.

Minji

On Thu, Sep 5, 2024 at 2:05 PM KCSC 불법정보 삭제요청 <takedown@kcsc.example> wrote:

> Dear YouTube Legal team,
> Please remove the following content (request {R3}):
> {Y1}
> {Y2}
> {Y3}
> {Y4}
> Thank you.
""",
    outcome="applied",
    imitates="YouTube Legal staff Gmail reply with the request quoted under \"On ... wrote:\"",
    why="one item stated above the quote; the quoted list is no statement",
    items={Y2: "removed", Y1: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-korean-handle-raw-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Fri, 13 Sep 2024 15:22:09 +0900",
    subject=f"[{R3}] 채널 조치 결과",
    reply_to_req=rq(R3),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 채널 {Y4_RAW} 은(는) 커뮤니티 가이드 위반으로 해지되어 더 이상
YouTube에서 볼 수 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="YouTube KR legal-team short reply about a terminated channel, handle in Hangul",
    why="terminated and no longer viewable = removed; the raw Korean handle matches its percent-encoded form",
    items={Y4: "removed"},
)

# ================================================================ DC Inside (R4)
case(
    name="dc-operator-informal",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 17:45:33 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 글 확인했습니다.

{D1}
{D2}
위 두 글은 개인정보 노출로 삭제했고 작성자 IP는 차단해 두었습니다.

{D3}
이건 저희가 확인하기 전에 작성자가 먼저 지운 상태였습니다.

수고하세요.
""",
    outcome="applied",
    imitates="DC Inside operations informal reply (URLs first, statement on the line below)",
    why="the statement below two URLs covers both (removed); the third was deleted by its author: not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-url-below-statement",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject=f"[디시인사이드] 시정요구({R4}) 조치결과 회신",
    reply_to_req=rq(R4),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R4}) 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구에 대하여 아래와 같이 조치결과를 회신합니다.

  가. 삭제
      {D1}
  나. 미조치 (게시물 내용상 개인을 특정할 수 있는 정보가 확인되지 않음)
      {D2}
  다. 삭제
      {D3}

(주)디시인사이드 법무팀.  끝.
""",
    outcome="applied",
    imitates="DC Inside 공문 조치결과 회신 with 가/나/다 headings and the URL under each",
    why="each URL sits under its own heading: 삭제 removed, 미조치 with reason rejected",
    items={D1: "removed", D2: "rejected", D3: "removed"},
)

_dc_rows = "\n".join(
    f"<tr><td>{u.replace('&', '&amp;')}</td><td>{s}</td></tr>" for u, s in [
        (D2, "삭제 (마이너 갤러리 매니저 권한 회수)"),
        (D3, "해당 게시물 없음"),
    ])
case(
    name="dc-html-table",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 13:20:18 +0900",
    subject=f"[디시인사이드] {R4} 처리 내역",
    type="html",
    body=f"""
<div>안녕하세요 디시인사이드 운영팀입니다.<br>요청번호 {R4} 처리 내역 보내드립니다.</div>
<table border="1"><tr><th>게시물 주소</th><th>처리 내역</th></tr>
{_dc_rows}
</table>
<div>감사합니다.</div>
""",
    outcome="applied",
    imitates="DC Inside operations HTML 처리 내역 table (&amp; in gallery URLs)",
    why="removed and not_found from the two rows; D1 not mentioned",
    items={D2: "removed", D3: "not_found"},
)

# ================================================================ BAND (R5)
case(
    name="band-prose-leader-deleted",
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=f"Re: [{R5}] 불법 도박 홍보 게시글 삭제 요청",
    reply_to_req=rq(R5),
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글({B1})은 운영정책(불법 도박) 위반으로 삭제되었으며,
해당 밴드는 검색에 노출되지 않도록 조치하였습니다.

다른 게시글({B2})은 밴드 리더가 이미 삭제하여 확인되지 않습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
""",
    outcome="applied",
    imitates="BAND customer-service reply, URLs in parentheses followed by Korean particles",
    why="first post removed by BAND; second already deleted by the band leader before review, cannot be found: not_found",
    items={B1: "removed", B2: "not_found"},
)

# ================================================================ review
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    date="Wed, 04 Sep 2024 09:30:12 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=rq(R1),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

요청하신 블로그 게시물 중 아래 2건은 내부 검토를 거쳐 순차적으로 삭제
조치될 예정입니다. 조치가 완료되면 다시 안내드리겠습니다.

  {N1}
  {N2}

{NAVER_SIG}
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply promising sequential deletion (순차적으로 삭제 조치될 예정)",
    why="a promise, not a statement: the items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "cafe-help@daum.net"},
    name_from="다음카페 운영팀",
    date="Thu, 05 Sep 2024 14:48:00 +0900",
    subject=f"Re: [{R2}] 명예훼손 게시물 삭제 요청",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 다음카페 운영팀입니다.

{K3} 게시물은 작성자에 의해 삭제된 것으로 보입니다. 다만 카페가 비공개로
전환되어 있어 정확한 확인에는 시간이 조금 더 걸릴 수 있습니다. 확인되는
대로 다시 연락드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Daum café operator hedged answer (삭제된 것으로 보입니다, not yet verified)",
    why="\"seems to have been deleted\" plus \"not yet verified\" is a hedge: pending",
    items={K3: "pending"},
)

case(
    name="band-bulk-all-deleted",
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 09:02:40 +0900",
    subject=f"Re: [{R5}] 불법 도박 홍보 게시글 삭제 요청",
    reply_to_req=rq(R5),
    body="""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글은 모두 운영정책 위반으로 삭제 처리되었습니다.
건강한 밴드 환경을 위해 협조해 주셔서 감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="BAND short 처리 완료 reply without URLs",
    why="\"all reported posts deleted\" without naming them, for a two-item request: bulk",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-bulk-twelve-done",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 18:00:00 +0900",
    subject=f"[네이버] 시정요구({R1}) 조치 완료 회신",
    reply_to_req=rq(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 정보 12건에 대하여 모두 게시중단 조치를 완료
   하였음을 알려드립니다.  끝.

{NAVER_SIG}
""",
    outcome="review",
    review="bulk",
    imitates="portal 조치 완료 공문 covering all items at once (12건 모두 게시중단)",
    why="a statement about twelve items without naming one: bulk, items pending",
    items={N1: "pending", N6: "pending", N12: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    date="Wed, 04 Sep 2024 20:14:52 +0900",
    subject=f"Re: [{R1}] 조치결과",
    reply_to_req=rq(R1),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

{N1} 게시물은 삭제 조치하였습니다.

{NAVER_SIG}
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking reply whose DKIM/SPF/DMARC all fail",
    why="the sender domain fails authentication: nothing applied",
    items={N1: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coin.talk.manager@gmail.com"},
    name_from="코인톡갤 매니저",
    date="Sat, 07 Sep 2024 01:12:09 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요 코인톡 마이너 갤러리 매니저입니다.
운영팀에서 연락 받고 보니 저희 갤 글이라서요

{D2}

이 글은 매니저 권한으로 삭제했습니다. 작성자도 차단했어요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="minor-gallery volunteer manager replying from a personal Gmail account",
    why="not DC Inside's domain (a user moderator on Gmail): unknown sender, nothing applied",
    items={D2: "pending"},
)

case(
    name="band-about-naver-cafe",
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    date="Thu, 05 Sep 2024 10:40:00 +0900",
    subject="Re: 게시물 삭제 요청 문의",
    body=f"""
안녕하세요, BAND 고객센터입니다.

문의하신 {N4} 은 BAND가 아닌 네이버 카페 게시물입니다.
참고로 확인해 보니 해당 게시물은 이미 삭제되어 존재하지 않습니다.
네이버 카페 관련 요청은 네이버 고객센터로 보내 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="BAND help desk answering about a NAVER café post (same group, different service)",
    why="BAND states a status for a NAVER item: wrong platform",
    items={N4: "pending"},
)

case(
    name="yt-conditional-local-law",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission [7-3390000041882]",
    reply_to_req=rq(R3),
    body=f"""
Hello,

We are reviewing the following videos against local law:

{Y1}
{Y2}

If our review finds that the content is unlawful in South Korea, we will
restrict access to it in that country. We will let you know the outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube Legal interim reply: under review, conditional geo-restriction",
    why="under review and a conditional promise: no statement, items pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="kakao-policy-newsletter",
    **{"from": "notice@kakaocorp.com"},
    name_from="카카오",
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject="[안내] 카카오 권리침해신고센터 기관 전용 접수 창구 변경 안내",
    body="""
안녕하세요. 카카오입니다.

2024년 10월 1일부터 공공기관의 게시물 삭제·임시조치 요청은 기관 전용 접수
창구(https://cs.kakao.com/requests/agency)로만 접수됩니다. 기존 이메일
접수는 9월 30일까지 운영됩니다.

자세한 내용은 카카오 운영정책(https://www.kakao.com/policy/oppolicy)을
참고해 주세요.

고맙습니다.
""",
    outcome="review",
    review="no_claims",
    imitates="Kakao service notice to agencies (intake channel change), no request, no item",
    why="trusted Kakao mail naming no item and no request: no_claims; the links are Kakao's own pages",
)

case(
    name="dc-asks-for-gongmun",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date="Fri, 06 Sep 2024 15:02:00 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rq(R4),
    body=f"""
안녕하세요. 디시인사이드 법무팀입니다.

요청번호 {R4} 건 처리를 위해 기관 직인이 날인된 공문 원본(PDF)과 피해자
본인의 동의서 사본을 이 메일로 보내 주시기 바랍니다. 서류 확인 후 바로
처리하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="DC Inside legal team asking for a sealed 공문 and consent form before acting",
    why="a request for documents about our request: asks_more, nothing changes",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="kakao-forwarded-cafe-manager",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=f"Fwd: 카페 게시물 관련 회신 ({R2})",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
카페 매니저에게서 받은 회신을 참고로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 달빛길 카페 매니저 <moonlitroad.mgr@hanmail.net>
Date: 2024년 9월 6일 (금) 오후 9:31
Subject: Re: 게시물 확인 요청
To: 카카오 권리침해신고센터 <right@kakaocorp.com>

매니저입니다. 말씀하신 글 두 개
{K1}
{K2}
카페에서 삭제했습니다.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Kakao forwarding a café manager's (user's) reply",
    why="the statement is the café manager's, only forwarded by Kakao: review forwarded, items pending",
    items={K1: "pending", K2: "pending"},
)

# ================================================================ ignored
case(
    name="naver-out-of-office",
    **{"from": "jh.kang@navercorp.com"},
    name_from="강지훈",
    date="Tue, 03 Sep 2024 10:12:31 +0900",
    subject=f"[자동회신] 부재중입니다: [{R1}] 불법정보 시정요구",
    reply_to_req=rq(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 강지훈입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원실 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office auto-reply in Korean (자동회신, 부재중)",
    why="an auto-reply says nothing about items",
)

_dsn_orig = f"""From: KCSC 불법정보 삭제요청 <takedown@kcsc.example>
To: old-report@daum.net
Subject: [{R2}] 명예훼손 게시물 삭제 요청
Message-ID: <{msgid(R2)}>
Date: Wed, 04 Sep 2024 09:40:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청드립니다.
{K1}
{K2}
{K3}
"""
case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 09:40:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.0904.9K2Q"

--DSN.0904.9K2Q
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old-report@daum.net>: host mx2.daum.net said: 550 5.1.1 해당 계정이
    존재하지 않습니다 (user unknown)

--DSN.0904.9K2Q
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Wed,  4 Sep 2024 09:40:18 +0900 (KST)

Final-Recipient: rfc822; old-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--DSN.0904.9K2Q
Content-Type: message/rfc822

{_dsn_orig}
--DSN.0904.9K2Q--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN from a Daum mail host returning our request (original with URLs attached)",
    why="a bounce: the URLs are our own request returned",
)

case(
    name="naver-read-receipt",
    **{"from": "sy.park@navercorp.com"},
    name_from="박소영",
    date="Tue, 10 Sep 2024 10:31:02 +0900",
    subject=f"읽음: [{R6}] 불법정보 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_0910_PSY"

--MDN_0910_PSY
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-10 오전 10:31에 읽혔습니다.

받는 사람: 박소영 <sy.park@navercorp.com>
제목: [{R6}] 불법정보 삭제 요청

--MDN_0910_PSY
Content-Type: message/disposition-notification

Reporting-UA: sy.park-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822; sy.park@navercorp.com
Original-Message-ID: <{msgid(R6)}>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_0910_PSY--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt in Korean (읽음:) as multipart/report disposition-notification",
    why="a read receipt says nothing about items",
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 09:41:05 +0900",
    subject="[카카오 고객센터] 문의가 정상적으로 접수되었습니다.",
    reply_to_req=rq(R2),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호 : KC240904-55120
 - 접수일시 : 2024.09.04 09:41
 - 제목 : [{R2}] 명예훼손 게시물 삭제 요청

담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
답변은 영업일 기준 3일 정도 걸릴 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao CS ticket receipt (접수번호, 접수일시)",
    why="a pure receipt: nothing about any item",
)

case(
    name="yt-legal-auto-ack",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 05:06:12 +0000",
    subject=f"[7-3390000041882] Re: [{R3}] Request from Korea Communications Standards Commission",
    reply_to_req=rq(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for reaching out to YouTube Legal Support. This is an automated
message to confirm that we've received your request. Your case number is
7-3390000041882. Please keep this number in the subject line of any reply.

We review requests in the order received and will contact you if we need
more information.

The YouTube Legal Support Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal automated case-number acknowledgement",
    why="an automatic receipt with a case number, no statement",
)

case(
    name="band-ticket-receipt",
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 16:21:30 +0900",
    subject="[BAND] 문의 접수 완료 안내",
    reply_to_req=rq(R5),
    body=f"""
BAND 고객센터에 문의해 주셔서 감사합니다.

문의하신 내용이 접수되었습니다. (문의번호 B-20240909-00731)
확인 후 빠른 시일 내에 답변드리겠습니다.

문의 제목: [{R5}] 불법 도박 홍보 게시글 삭제 요청
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND help-desk 문의 접수 완료 receipt",
    why="a pure receipt",
)

_naver_dsn_orig = f"""From: KCSC 불법정보 삭제요청 <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [{R6}] 불법정보 삭제 요청
Message-ID: <{msgid(R6)}>
Date: Tue, 10 Sep 2024 10:00:00 +0900

아래 게시물의 삭제를 요청드립니다.
{S1}
"""
case(
    name="naver-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:00:42 +0900",
    subject=f"Delivery Status Notification (Failure) - [{R6}] 불법정보 삭제 요청",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="nv-dsn-0910"

--nv-dsn-0910
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     policy-old@navercorp.com

Technical details of permanent failure:
552 5.2.2 The recipient's mailbox is full and cannot accept messages now.

--nv-dsn-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.navercorp.com

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.2.2

--nv-dsn-0910
Content-Type: message/rfc822

{_naver_dsn_orig}
--nv-dsn-0910--
""",
    outcome="ignored",
    classification="bounce",
    imitates="DSN (mailbox full) returning our one-item request with its URL",
    why="a bounce quoting our own request is ignored, URL or not",
)

HEADER = f"""# Blind set 479: Korean platforms (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
# BAND) writing in Korean: 공문-style replies, 임시조치 notices, 조치결과 tables,
# informal operator replies. Written by tests/corpus/blind479/make.py from each
# email's meaning alone, before any run of the reader. Each case is ingested
# alone into a fresh ledger holding requests.csv. Config: ./config.toml.
"""


# Most Korean mail systems send RFC 2047 encoded-words in From and Subject;
# a few (webmail with SMTPUTF8) leave the Subject as raw UTF-8.
RAW_SUBJECT = {"dc-operator-informal", "dc-gallery-manager-gmail", "band-prose-leader-deleted"}


def encode_headers(c):
    name = c.get("name_from")
    if name and not name.isascii():
        c["name_from"] = Header(name, "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        c["subject"] = Header(c["subject"], "utf-8", header_name="Subject").encode(linesep="\n")


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
