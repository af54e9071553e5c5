#!/usr/bin/env python3
"""Blind corpus set 713 (Korean portals: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND).

    python3 tests/corpus/blind713/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, fixed dates, no randomness. Expected results were written
from the meaning of each email before the reader was ever run on them.
All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind713"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST)
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/haneul_dal77/223551000101"
N2 = "https://blog.naver.com/haneul_dal77/223551000102"
N3 = "https://blog.naver.com/mintcocoa_k/223551000215"
N4 = "https://cafe.naver.com/jungomarket99/48120"
N5 = "https://cafe.naver.com/jungomarket99/48133"
N6 = "https://cafe.naver.com/jungomarket99/48157"
N7 = "https://blog.naver.com/sora_gil/223551000388"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230551"
N9 = "https://blog.naver.com/PostView.naver?blogId=bluepine_0&logNo=223551000420"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30112233&articleid=9051"
N11 = "https://blog.naver.com/sora_gil/223551000399"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120045&memberNo=5512001"
NALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
NS = "https://blog.naver.com/ujeong_life/223560004411"

K1 = "https://cafe.daum.net/hwanggeum_jip/Dq7K/1204"
K2 = "https://cafe.daum.net/hwanggeum_jip/Dq7K/1219"
K3 = "https://ddalgi-note.tistory.com/entry/%EC%B6%94%EC%84%9D-%ED%8A%B9%EA%B0%80-%EC%95%88%EB%82%B4"
K3_RAW = "https://ddalgi-note.tistory.com/entry/추석-특가-안내"
K4 = "https://ddalgi-note.tistory.com/88"
K5 = "https://brunch.co.kr/@pinecone7/41"
KALL = [K1, K2, K3, K4, K5]
KS = "https://cafe.daum.net/sangga_info/ZxP3/77"

Y1 = "https://www.youtube.com/watch?v=Qm3xT8bKd2A"
Y2 = "https://www.youtube.com/watch?v=Lp0vR7wNz5E"
Y3 = "https://youtu.be/Hs9cJ4yTa1U"
Y4 = "https://www.youtube.com/shorts/Zk2nW6eQp8M"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812045"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinnara7&no=302118"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinnara7&no=302140"

B1 = "https://band.us/band/81234567/post/1045"
B2 = "https://band.us/band/81234567/post/1061"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     NALL, "illegal_finance", "req-240902-01@kcsc.example", "불법 금융 광고 게시물 12건"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     KALL, "gambling", "req-240903-02@kcsc.example", "도박 홍보 게시물"),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y1, Y2, Y3, Y4], "drugs", "req-240904-03@kcsc.example", "마약류 판매 광고 영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     [D1, D2, D3], "illegal_finance", "req-240905-04@kcsc.example", "리딩방 사기 홍보 글"),
    ("KCSC-240906-05", "band", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [B1, B2], "privacy", "req-240906-05@kcsc.example", "개인정보 노출 게시글"),
    ("KCSC-240909-06", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [NS], "obscenity", "req-240909-06@kcsc.example", "단건"),
    ("KCSC-240910-07", "kakao", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [KS], "gambling", "req-240910-07@kcsc.example", "단건"),
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


def original_request(ref, urls, quote=None):
    """Our own request text, as a platform's reply would quote it."""
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구({ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 불법정보 삭제요청 담당"]
    if quote:
        return "\n".join((quote + l) if l else quote.rstrip() for l in lines)
    return "\n".join(lines)


def ew(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


NAVER_POLICY = "네이버 정책지원팀"
CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-06 16:12:40"),
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req="req-240902-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 2024. 9. 2.자 시정요구(KCSC-240902-01)와 관련하여 당사가
   취한 조치결과를 아래와 같이 회신합니다.

                         - 아    래 -

 연번 | 대상 URL | 조치결과 | 비고
 -----+----------+----------+------
  1 | {N1} | 삭제 |
  2 | {N2} | 삭제 |
  3 | {N3} | 임시조치(30일) | 게시자 소명 대기
  4 | {N4} | 게시중단 |
  5 | {N5} | 게시중단 |
  6 | {N6} | 해당 게시물 없음 | 작성자 자진삭제(9.1.)
  7 | {N7} | 비공개 처리 |
  8 | {N8} | 삭제 |
  9 | {N9} | 조치 불가 | 운영원칙 위반사항 확인되지 않음
 10 | {N10} | 게시중단 |
 11 | {N11} | 비공개 처리 |
 12 | {N12} | 블라인드 |

3. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 (우) 00000
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 공문-style reply to a KCSC 시정요구, 연번/URL/조치결과/비고 text table",
    why="every row states one item's result: 삭제/게시중단/비공개/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
           N11: "removed", N12: "removed"},
)

_html2 = f"""<html><body style="font-family:'맑은 고딕',sans-serif">
<p>방송통신심의위원회 귀중</p>
<p>시정요구 번호 <b>KCSC-240902-01</b> 건의 조치 결과를 다음과 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 주소</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4}</a></td><td>블라인드</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>임시조치</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{N8}">{N8}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{N10}">{N10}</a></td><td>게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>미조치 (위반 사항 없음, 게시 유지)</td><td>2024-09-05</td></tr>
</table>
<p>나머지 게시물은 처리 완료 후 회신드리겠습니다.</p>
<p>네이버 주식회사 정책지원팀 드림<br>
<a href="https://help.naver.com/support/alias/policy">운영정책 안내</a></p>
</body></html>
"""
_plain2 = f"""방송통신심의위원회 귀중

시정요구 번호 KCSC-240902-01 건의 조치 결과를 다음과 같이 알려드립니다.

1. {N4} - 블라인드 (2024-09-04)
2. {N5} - 임시조치 (2024-09-04)
3. {N8} - 삭제 (2024-09-05)
4. {N10} - 게시물 없음
5. {N12} - 미조치 (위반 사항 없음, 게시 유지)

나머지 게시물은 처리 완료 후 회신드리겠습니다.

네이버 주식회사 정책지원팀 드림
"""
case(
    name="naver-html-table-partial",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-05 18:40:02"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b713-html2"

--b713-html2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_plain2)}
--b713-html2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html2)}
--b713-html2--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal 시정요구 조치결과 HTML table (multipart/alternative, quoted-printable) covering part of a request",
    why="five rows each with a result: 블라인드/삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치 with reason rejected; the rest is only promised and not named",
    items={N4: "removed", N5: "restricted", N8: "removed", N10: "not_found", N12: "rejected"},
)

_csv3 = (
    "번호,URL,처리결과,처리일\r\n"
    f"1,{N1},삭제,2024-09-04\r\n"
    f"2,{N2},삭제,2024-09-04\r\n"
    f"3,{N3},임시조치,2024-09-04\r\n"
    f"4,{N6},게시물 없음(작성자 삭제),-\r\n"
    f"5,{N7},삭제,2024-09-05\r\n"
    f"6,{N11},삭제,2024-09-05\r\n"
).encode("euc-kr")
case(
    name="naver-csv-euckr-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-05 10:05:51"),
    subject="[네이버] KCSC-240902-01 조치결과 송부",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b713-csv3"

--b713-csv3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240902-01 중 처리가 끝난 6건의 결과를 첨부 파일(CSV)로
송부드립니다. 확인 부탁드립니다.

감사합니다.
이서진 드림

--b713-csv3
Content-Type: text/csv; charset=euc-kr; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv3)}
--b713-csv3--
""",
    outcome="applied",
    classification="confirmation",
    imitates="result spreadsheet exported from a Korean back office as an EUC-KR CSV attachment",
    why="the CSV gives one result per URL (삭제 removed, 임시조치 restricted, 게시물 없음 not_found); the body only introduces it",
    items={N1: "removed", N2: "removed", N3: "restricted", N6: "not_found", N7: "removed", N11: "removed"},
)

case(
    name="naver-cafe-informal-bullets",
    **{"from": "cafe_ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date=d("2024-09-04 13:27:09"),
    subject="RE: KCSC-240902-01 카페 게시글 건",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도윤입니다.
말씀하신 카페 글들 확인했습니다.

- {N4} : 삭제 완료
- {N5} : 삭제 완료
- {N6} : 이미 작성자가 지운 글이라 저희 쪽에서 조치할 게 없었습니다
- {N10} : 블라인드 처리했습니다

블로그 건은 블로그팀에서 따로 회신드릴 예정입니다.
수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal operator reply from a portal's cafe team, bulleted URL : result lines",
    why="each bullet names one URL and an unhedged result; the author-deleted post is not_found",
    items={N4: "removed", N5: "removed", N6: "not_found", N10: "removed"},
)

case(
    name="naver-url-then-status-line",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그팀",
    date=d("2024-09-05 15:02:44"),
    subject="[블로그] 시정요구 KCSC-240902-01 처리 결과",
    body=f"""
안녕하세요. 네이버 블로그팀입니다.
요청하신 블로그 게시물의 처리 결과를 알려드립니다.

{N2}
→ 게시중단 완료 (9/5 14:10)

{N3}
→ 임시조치 (권리침해 신고 절차에 따라 30일간 게시 제한)

{N9}
→ 검토 결과 운영원칙 위반을 확인할 수 없어 게시 유지

문의는 고객센터로 부탁드립니다.
https://help.naver.com/service/5622/contents/18817
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog team reply with bare URL lines and the result on the line below",
    why="each URL is followed by its own result line; the help-centre link is no item",
    items={N2: "removed", N3: "restricted", N9: "rejected"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-10 11:31:18"),
    subject="Re: [KCSC-240909-06] 불법정보 시정요구",
    reply_to_req="req-240909-06",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물은 청소년유해 및 음란 정보로 확인되어 블라인드 처리되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line NAVER 블라인드 confirmation to a one-item request",
    why="the request has one item; an unhedged 블라인드 statement about 'the requested post' settles it",
    items={NS: "removed"},
)

case(
    name="naver-top-posted-gmail-quote",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그팀",
    date=d("2024-09-03 17:55:30"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 아래 메일 관련 1차 처리 결과입니다.

{N7} 게시중단
{N11} 게시중단
{N8} 지식iN 글은 질문자가 이미 삭제하여 존재하지 않습니다.

나머지 건은 확인 후 별도로 회신드리겠습니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{original_request("KCSC-240902-01", NALL, quote="> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted reply (Korean quote header '님이 작성:') over the quoted request",
    why="three URLs with results on top; the twelve URLs in the quoted request below are our own text",
    items={N7: "removed", N11: "removed", N8: "not_found"},
)

_qp8 = f"""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 관련하여 아래와 같이 처리하였음을 알려드립니다.

1) {N1} 게시물은 불법 금융 광고로 확인되어 삭제 조치하였습니다.
2) {N3} 게시물은 게시자의 소명이 접수되어 현재 임시조치 상태를 유지하고 있습니다.

감사합니다.
"""
case(
    name="naver-qp-prose",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-07 09:14:26"),
    subject=ew("[네이버] 시정요구 처리 안내"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp8)}""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER notice in quoted-printable with an encoded-word subject",
    why="two numbered sentences, each naming its URL: 삭제 removed, 임시조치 maintained restricted",
    items={N1: "removed", N3: "restricted"},
)

_b64_9 = f"""안녕하세요. 네이버 포스트 운영 담당입니다.

시정요구(KCSC-240902-01) 대상 중 포스트 게시물
{N12}
은 운영정책 위반으로 비공개 처리되었습니다.

함께 요청하신 블로그 게시물({N9})은
게시자가 이미 삭제하여 현재 확인되지 않습니다.

네이버 포스트 운영팀
"""
case(
    name="naver-base64-post",
    **{"from": "post_help@navercorp.com"},
    name_from="네이버 포스트",
    date=d("2024-09-06 10:48:03"),
    subject="[네이버 포스트] 게시물 조치 결과",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_9)}""",
    outcome="applied",
    classification="confirmation",
    imitates="base64-encoded portal notice, URL on its own line inside the sentence",
    why="the post is 비공개 처리 (removed); the blog post in parentheses was already deleted by its author (not_found)",
    items={N12: "removed", N9: "not_found"},
)

case(
    name="kakao-daum-imsi-notice",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from="Daum 고객센터",
    date=d("2024-09-04 11:26:55"),
    subject="[Daum 카페] 게시물 임시조치 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. Daum 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을 안내드립니다.

■ 대상 게시물: {K1}
■ 조치 내용: 임시조치 (게시물 접근 차단)
■ 조치 일시: 2024.09.04 11:20

■ 대상 게시물: {K2}
■ 조치 내용: 임시조치 (게시물 접근 차단)
■ 조치 일시: 2024.09.04 11:20

임시조치 기간 중 게시자의 이의제기가 있을 경우 관련 절차에 따라 처리됩니다.
※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://cs.kakao.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 카페 임시조치 안내 notice with ■ field blocks",
    why="two blocks, each naming one post and 임시조치 (restricted); the objection sentence is a general procedure, not a hedge",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-korean-path-particles",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=d("2024-09-05 14:07:12"),
    subject="Re: [KCSC-240903-02] 도박 홍보 게시물 시정요구",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 티스토리 운영팀입니다.

요청하신 건 검토 결과를 알려드립니다.

「{K3_RAW}」 글은 불법 도박 사이트 홍보로 확인되어 삭제하였습니다.
같은 블로그의 {K4}은 카지노 관련 일반 정보글로, 운영정책상 제재 사유가 확인되지 않아 게시를 유지합니다.

브런치 건은 브런치팀에서 별도 회신 예정입니다.

감사합니다.
티스토리 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operator reply with a raw Hangul-path URL in 「」 and a URL followed directly by a Korean particle",
    why="the raw Hangul path matches the percent-encoded request URL (removed); '…/88은' keeps its status sentence (rejected, with reason)",
    items={K3: "removed", K4: "rejected"},
)

case(
    name="kakao-numbered-mixed",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-09 16:33:47"),
    subject="[카카오] 시정요구(KCSC-240903-02) 조치 결과 회신",
    body=f"""
방송통신심의위원회 담당자님께,

시정요구(KCSC-240903-02) 5건에 대한 조치 결과를 회신드립니다.

1. {K1} — 삭제
2. {K2} — 삭제
3. {K3} — 블로그 운영자 탈퇴로 존재하지 않는 페이지입니다
4. {K4} — 삭제
5. {K5} — 브런치 운영정책상 제재 사유에 해당하지 않아 게시 유지

감사합니다.
카카오 정책팀 박하은
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao policy team numbered result list after a 시정요구",
    why="five numbered lines, each with its own result: 삭제 removed, page does not exist not_found, 게시 유지 with reason rejected",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "removed", K5: "rejected"},
)

case(
    name="kakao-single-item-no-url",
    **{"from": "cs-notice@kakaocorp.com"},
    name_from="Daum 고객센터",
    date=d("2024-09-11 09:02:31"),
    subject="Re: [KCSC-240910-07] 불법정보 시정요구",
    reply_to_req="req-240910-07",
    body="""
안녕하세요. Daum 고객센터입니다.

요청하신 다음 카페 게시글은 카페 운영원칙 위반(불법 도박 홍보)으로 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short Daum 고객센터 deletion confirmation to a one-item request",
    why="a one-item request and an unhedged 삭제 처리되었습니다 about the requested post",
    items={KS: "removed"},
)

case(
    name="youtube-korean-legal-mixed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date=d("2024-09-09 20:15:08"),
    subject="[YouTube] 법적 요청 검토 결과 안내 - KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 방송통신심의위원회의 요청(KCSC-240904-03)을 검토한 결과를 알려드립니다.

- {Y1}: 현지 법률에 근거하여 대한민국 내 액세스를 차단했습니다.
- {Y2}: 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- https://www.youtube.com/watch?v=Hs9cJ4yTa1U: 대한민국 내 액세스를 차단했습니다.
- {Y4}: 추가 검토가 진행 중이며 결과는 별도로 안내드리겠습니다.

YouTube의 법적 삭제 절차에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154218 을 참고하시기 바랍니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law block in Korea vs. guideline removal)",
    why="Korea-only blocks are restricted, guideline removal removed; the youtu.be item is written as watch?v=; the fourth is still under review (pending)",
    items={Y1: "restricted", Y2: "removed", Y3: "restricted", Y4: "pending"},
)

case(
    name="youtube-english-geo-block",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d("2024-09-10 03:41:19"),
    subject="Re: KCSC-240904-03 [0-8817000034512]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we have blocked access to the following content in South Korea
under local law:

{Y1}
{Y4}

We did not take action on the following content, as it does not appear to us
to be unlawful in South Korea based on the information provided:

{Y2}

The following video is no longer available on YouTube because it was removed
by the uploader:

{Y3}

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Legal Support outcome email with headed URL groups (blocked in country / no action / removed by uploader)",
    why="each group heading states the status of the URLs under it; 'did not take action … does not appear to be unlawful' is a refusal with reason",
    items={Y1: "restricted", Y4: "restricted", Y2: "rejected", Y3: "not_found"},
)

case(
    name="dc-operator-informal-all-named",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-05 22:18:40"),
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 글 확인했고 처리했습니다.

{D1} 삭제
{D2} 삭제
{D3} 삭제

해당 작성자 IP는 갤러리 차단 조치도 같이 들어갔습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse DC Inside operator reply, URL then 삭제 on each line",
    why="each URL is named with 삭제; the IP block is about the writer, not an item",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

case(
    name="dc-mixed-author-deleted",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-06 19:50:11"),
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 디시인사이드입니다.

{D2} 글은 삭제하였고, {D3} 글은 작성자가 먼저 지워서 이미 없는 글입니다.

{D1} 은 주식 갤러리 일반 토론글로, 특정 리딩방 홍보나 유인 내용이 확인되지 않아 삭제 대상이 아닌 것으로 판단했습니다.

추가 자료가 있으시면 보내주세요. 다시 검토하겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operator prose reply: one deleted, one gone already, one refused with reason",
    why="one sentence holds two URLs with their own clauses (removed, not_found); the third is refused with a reason (rejected); the offer to re-check is no request for information",
    items={D2: "removed", D3: "not_found", D1: "rejected"},
)

case(
    name="band-report-result",
    **{"from": "policy@band.us"},
    name_from="BAND 운영정책팀",
    date=d("2024-09-09 14:44:36"),
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240906-05)",
    body=f"""
안녕하세요. BAND 운영정책팀입니다.
신고하신 게시글에 대한 처리 결과를 안내드립니다.

[처리 결과]
게시글: {B1}
결과: 개인정보 노출로 운영정책을 위반하여 게시글을 삭제하였습니다.

게시글: {B2}
결과: 운영정책 위반 사항이 확인되지 않아 별도의 조치를 하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 with 게시글/결과 pairs",
    why="each 게시글 line is followed by its 결과: deleted (removed) and no violation, no action (rejected); the policy link is no item",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-echoed-report",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-04 17:21:09"),
    subject="[처리결과] KCSC-240902-01",
    body=f"""
[요청번호] KCSC-240902-01
[신고 URL] {N3}
[신고 사유] 불법 금융 광고
[처리 결과] 게시중단

[요청번호] KCSC-240902-01
[신고 URL] {N6}
[신고 사유] 불법 금융 광고
[처리 결과] 게시물 없음 (이미 삭제된 게시물)

[요청번호] KCSC-240902-01
[신고 URL] {N7}
[신고 사유] 불법 금융 광고
[처리 결과] 게시중단

- 네이버 신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="report-centre result that echoes each reported field with [처리 결과]",
    why="each echoed block ends with its own result: 게시중단 removed, 게시물 없음 not_found",
    items={N3: "removed", N6: "not_found", N7: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "cafe_ops@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date=d("2024-09-05 09:36:12"),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
요청 건 회신드립니다.

{N4} 와 {N5} 는 카페 게시글 삭제 완료했습니다.
{N10} 은 해당 카페가 폐쇄되어 게시물이 존재하지 않습니다.

네이버 카페 운영팀 드림

-----Original Message-----
From: "KCSC 불법정보 삭제요청"<takedown@kcsc.example>
To: <policy@navercorp.com>;
Sent: 2024-09-02 (월) 10:00:00 (GMT+09:00)
Subject: [KCSC-240902-01] 불법정보 시정요구

{original_request("KCSC-240902-01", NALL)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook/NAVER Works reply over an unprefixed '-----Original Message-----' block",
    why="two URLs deleted and one not_found (cafe closed) above the quote; the unprefixed original request below lists all twelve and is ours",
    items={N4: "removed", N5: "removed", N10: "not_found"},
)

case(
    name="naver-angle-brackets-age-gate",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그팀",
    date=d("2024-09-06 13:59:58"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 블로그팀입니다.

요청하신 게시물 <{N1}>, <{N2}> 은(는) 게시중단 처리하였습니다.

<{N11}> 는 청소년 유해 게시물로 분류하여, 성인 인증을 한 이용자만 볼 수 있도록 제한하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog reply with URLs in angle brackets and an adult-verification (age) restriction",
    why="two named URLs share one 게시중단 sentence (removed); the third is age-gated (restricted)",
    items={N1: "removed", N2: "removed", N11: "restricted"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그팀",
    date=d("2024-09-07 11:11:21"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body="""
안녕하세요.

아래 두 게시물은 운영원칙 위반으로 삭제했습니다.

<https://blog.naver.com/PostView.naver?blogId=bluepine_0&
 logNo=223551000420>
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
 docId=471230551>

네이버 블로그팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="mail client wrapping long URLs inside angle brackets across lines (RFC 3986 appendix C style)",
    why="'아래 두 게시물은 … 삭제했습니다' heads two URLs, each wrapped inside <>; both removed",
    items={N9: "removed", N8: "removed"},
)

case(
    name="youtube-statement-of-reasons",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date=d("2024-09-12 02:27:43"),
    subject="Notice of action taken on content you reported (KCSC-240904-03)",
    body=f"""
Notice of action

Reference: KCSC-240904-03

Content: {Y4}
Decision: Removal of the content
Territorial scope: Worldwide
Ground: Violation of the Community Guidelines (Spam, deceptive practices and scams)
Detection: Notice submitted by a trusted flagger
Automated decision: No

You can learn more about how we enforce our policies at
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

YouTube, Google LLC
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons / notice of action with Content/Decision fields",
    why="one Content URL with Decision: removal, worldwide (removed); the policy page is no item",
    items={Y4: "removed"},
)

_html25 = f"""<html><head><meta charset="utf-8"></head><body>
<p>문서번호: 카카오정책-2024-0912<br>수신: 방송통신심의위원회<br>
제목: 시정요구(KCSC-240903-02) 조치결과 회신</p>
<p>귀 위원회의 시정요구에 대하여 당사의 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<thead><tr><td>연번</td><td>URL</td><td>조치결과</td><td>비고</td></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>삭제</td><td></td></tr>
<tr><td>2</td><td>{K2}</td><td>삭제</td><td></td></tr>
<tr><td>3</td><td>{K3}</td><td>삭제</td><td></td></tr>
<tr><td>4</td><td>{K4}</td><td>게시물 없음</td><td>게시자 삭제</td></tr>
<tr><td>5</td><td>{K5}</td><td>조치 불가</td><td>위반 내용 확인 불가</td></tr>
</tbody></table>
<p>끝.</p>
<p>주식회사 카카오 정책팀</p>
</body></html>
"""
case(
    name="kakao-html-gongmun-base64",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-12 10:20:00"),
    subject="시정요구(KCSC-240903-02) 조치결과 회신",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html25)}""",
    outcome="applied",
    classification="confirmation",
    imitates="공문 rendered as a base64 HTML-only table (문서번호/수신/제목, 연번/URL/조치결과/비고)",
    why="five table rows: 삭제 removed, 게시물 없음(게시자 삭제) not_found, 조치 불가(위반 내용 확인 불가) rejected",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="naver-imsi-with-later-deletion",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-04 15:40:27"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N3}
{N5}
위 두 게시물은 금일 임시조치하였습니다. 임시조치 기간(30일) 내 게시자의 재게시 요청이 없으면 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 임시조치 notice with the 30-day re-posting window, URLs above the statement",
    why="'위 두 게시물은 … 임시조치하였습니다' points back at the two URLs (restricted); the later deletion is only a promise",
    items={N3: "restricted", N5: "restricted"},
)

case(
    name="youtube-age-restricted-korean",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date=d("2024-09-08 21:05:16"),
    subject="Re: [KCSC-240904-03] 법적 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

요청하신 동영상 {Y3} 에는 연령 제한을 적용했습니다.
로그인하지 않았거나 만 18세 미만인 사용자는 이 동영상을 시청할 수 없습니다.

나머지 동영상은 검토가 끝나는 대로 안내드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction outcome in Korean",
    why="연령 제한 적용 on one named video is a restriction; the rest are only promised and unnamed",
    items={Y3: "restricted"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-03 11:02:09"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구 중 아래 게시물은 내부 검토 후 조치할 예정입니다.
{N1}
{N2}

처리가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply promising action after internal review",
    why="'검토 후 조치할 예정' is a promise: named items stay pending and the email goes to a person",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-08 10:00:45"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-sentence portal confirmation covering a whole request",
    why="a twelve-item request answered with 'all requested posts' and no URL: bulk, items stay pending",
    items={u: "pending" for u in NALL},
)

case(
    name="kakao-bulk-five-done",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date=d("2024-09-06 18:12:33"),
    subject="Re: [KCSC-240903-02] 도박 홍보 게시물 시정요구",
    reply_to_req="req-240903-02",
    body="""
담당자님 안녕하세요.
접수해주신 5건 모두 삭제 처리 완료되었습니다. 확인 부탁드립니다.

카카오 정책팀 드림
""",
    outcome="review",
    review="bulk",
    imitates="short Kakao operator reply counting the items ('5건 모두') without naming them",
    why="statement about all five items without naming each: bulk, items stay pending",
    items={u: "pending" for u in KALL},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=NAVER_POLICY,
    date=d("2024-09-05 02:17:38"),
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N4} 게시물은 삭제되었습니다.

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied, review untrusted",
    items={N4: "pending"},
)

case(
    name="blogger-gmail-self-deleted",
    **{"from": "sora.gil.writes@gmail.com"},
    name_from="길소라",
    date=d("2024-09-04 23:48:10"),
    subject="네이버에서 연락받았습니다 (KCSC-240902-01)",
    body=f"""
안녕하세요. 블로그 운영자 길소라입니다.
네이버를 통해 제 글이 신고되었다고 들었는데요,
{N7} 글은 제가 방금 직접 삭제했습니다.
혹시 추가로 필요한 게 있으면 연락 주세요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="blog author writing to the regulator from a personal webmail address",
    why="not a platform domain: the author's claim cannot change the item",
    items={N7: "pending"},
)

case(
    name="dc-outsourced-vendor",
    **{"from": "report@safeboard-ops.co.kr"},
    name_from="세이프보드 모니터링센터",
    date=d("2024-09-06 12:30:05"),
    subject="[디시인사이드 위탁] KCSC-240905-04 처리 결과",
    body=f"""
안녕하세요. 디시인사이드 게시물 모니터링 위탁업체 세이프보드입니다.

요청하신 게시물 3건 처리 결과 공유드립니다.
{D1} - 삭제
{D2} - 삭제
{D3} - 삭제
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor reporting on a portal's behalf from its own domain",
    why="the vendor's domain is not DC Inside's: unknown sender, nothing applied",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="youtube-hedge-seems-deleted",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date=d("2024-09-07 07:30:52"),
    subject="Re: [KCSC-240904-03] 법적 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

확인해 보니 {Y2} 동영상은 이미 삭제된 것으로 보입니다.
정확한 상태는 담당 부서 확인 후 다시 안내드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="review",
    review="not_understood",
    imitates="hedged interim answer ('삭제된 것으로 보입니다') from a legal support agent",
    why="'것으로 보입니다' is a hedge and the agent says the exact state is still to be confirmed: pending",
    items={Y2: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": "policy@navercorp.com"},
    name_from=NAVER_POLICY,
    date=d("2024-09-09 17:03:22"),
    subject="Re: [KCSC-240906-05] 개인정보 노출 게시글",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드 서비스 관련 요청을 전달받아 확인하였습니다.
{B1} 게시글은 삭제되었습니다.

밴드 관련 문의는 앞으로 밴드 고객센터로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="group-company policy desk answering for a sister service (BAND) from its own domain",
    why="the BAND item is stated by a NAVER domain, not BAND's: wrong_platform, nothing applied",
    items={B1: "pending"},
)

case(
    name="dc-asks-official-letter",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-06 10:10:10"),
    subject="RE: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물({D1} 외 2건) 처리를 위해
기관 명의의 공문(PDF)과 담당자 연락처를 보내주시기 바랍니다.
자료 확인 후 바로 처리하겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="community-site operator asking for an official letter before acting",
    why="asks for documents and states no result: asks_more, items pending",
    items={D1: "pending"},
)

case(
    name="naver-policy-newsletter",
    **{"from": "noreply@naver.com"},
    name_from="NAVER",
    date=d("2024-09-12 09:00:00"),
    subject="[NAVER] 운영정책 개정 안내",
    body="""
안녕하세요, NAVER입니다.

NAVER 서비스 운영정책이 2024년 10월 1일자로 일부 개정될 예정이어서 안내드립니다.

주요 개정 내용
- 불법촬영물 등 유통 방지 조치 관련 조항 정비
- 게시중단 요청 서비스 처리 절차 안내 문구 수정

자세한 내용은 https://policy.naver.com/policy/service.html 에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal policy-change newsletter reaching the takedown mailbox",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="youtube-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date=d("2024-09-05 04:12:37"),
    subject="Re: [KCSC-240904-03] 법적 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

문의하신 아래 동영상은 현재 관련 팀에서 검토 중입니다.
  {Y1}
  {Y4}
검토가 끝나는 대로 결과를 알려드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support 'under review' update naming URLs",
    why="'검토 중' about named items is no status: pending, to a person",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="naver-typo-urls-unmatched",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그팀",
    date=d("2024-09-06 16:44:09"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body="""
안녕하세요, 네이버 블로그팀입니다.

https://blog.naver.com/haneul_dal77/223551000109 게시중단
https://blog.naver.com/haneul_dal77/223551000110 게시중단

감사합니다.
""",
    outcome="review",
    review="unmatched_claims",
    imitates="portal reply whose URLs do not match the request (mistyped post numbers)",
    why="both stated URLs are not in the request: the claims are unmatched, nothing applied",
    items={},
)

# ================================================================ IGNORED

case(
    name="naver-ooo-korean",
    **{"from": "seojin.lee@navercorp.com"},
    name_from="이서진",
    date=d("2024-09-02 10:00:31"),
    subject="[자동회신] [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 이서진입니다.
9월 2일(월)부터 9월 4일(수)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동회신 (out-of-office)",
    why="auto-reply: ignored",
    items={},
)

case(
    name="youtube-ooo-english",
    **{"from": "minji.kang@google.com"},
    name_from="Minji Kang",
    date=d("2024-09-04 11:00:12"),
    subject="Automatic reply: [KCSC-240904-03] 마약류 판매 광고 영상",
    reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

I'm out of the office until Monday, September 9, with limited access to email.
For urgent legal matters please contact legal-kr@google.com.

Thanks,
Minji
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="English out-of-office from a platform employee",
    why="auto-reply: ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-03 10:31:04"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 24090312345)",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 24090312345
 - 문의 제목: [KCSC-240903-02] 도박 홍보 게시물 시정요구
 - 접수 일시: 2024.09.03 10:31

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신되지 않습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="pure receipt with a ticket number: acknowledgement, ignored",
    items={},
)

case(
    name="band-report-received",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=d("2024-09-06 14:02:18"),
    subject="[BAND] 신고가 접수되었습니다",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
BAND 신고 접수 안내

신고하신 게시글이 정상적으로 접수되었습니다.
 - 신고 게시글: {B1} 외 1건
 - 접수 번호: BR-20240906-77215

운영정책에 따라 검토 후 처리 결과를 이메일로 안내해 드리겠습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND report-received receipt echoing the reported post",
    why="a receipt echoing the reported URL with no result: acknowledgement, ignored",
    items={},
)

_dsn_orig = original_request("KCSC-240905-04", [D1, D2, D3])
case(
    name="dc-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    auth="none",
    date=d("2024-09-05 09:40:22"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b713-dsn5"

--b713-dsn5
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[203.0.113.25] said:
    550 5.1.1 <report@dcinside.com>: Recipient address rejected: User
    unknown in local recipient table

--b713-dsn5
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 09:40:20 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b713-dsn5
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240905-04] {ew("게시물 삭제 요청")}
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 05 Sep 2024 09:40:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dsn_orig}

--b713-dsn5--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with its URLs",
    why="delivery failure report: ignored whatever the URLs in the returned message",
    items={},
)

case(
    name="kakao-bounce-korean",
    **{"from": "postmaster@kakaocorp.com"},
    name_from="메일 시스템",
    auth="none",
    date=d("2024-09-10 15:20:40"),
    subject=ew("메일 발송 실패 안내: [KCSC-240910-07] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b713-dsn7"

--b713-dsn7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

 - 수신자: cafe-report@kakaocorp.com
 - 사유: 수신자의 메일함 용량이 초과되었습니다 (452 4.2.2 Mailbox full)
 - 원본 제목: [KCSC-240910-07] 불법정보 시정요구

본 메일은 발신 전용입니다.

--b713-dsn7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com

Final-Recipient: rfc822; cafe-report@kakaocorp.com
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--b713-dsn7
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: cafe-report@kakaocorp.com
Subject: [KCSC-240910-07] {ew("불법정보 시정요구")}
Message-ID: <req-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 15:20:00 +0900

--b713-dsn7--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Korean-language bounce (메일 발송 실패 안내, mailbox full) as multipart/report",
    why="delivery failure report: ignored",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "hana.choi@navercorp.com"},
    name_from="최하나",
    date=d("2024-09-02 10:42:17"),
    subject=ew("읽음: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req="req-240902-01",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b713-mdn"

--b713-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: 최하나
  제목: [KCSC-240902-01] 불법정보 시정요구
  보낸 날짜: 2024-09-02 (월) 오전 10:00

위 메시지를 2024-09-02 (월) 오전 10:42에 읽었습니다.

--b713-mdn
Content-Type: message/disposition-notification

Reporting-UA: hana.choi@navercorp.com; NAVER WORKS
Final-Recipient: rfc822; hana.choi@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b713-mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean read receipt (읽음:) as a disposition-notification report",
    why="read receipt: ignored",
    items={},
)


HEADER = """# Blind set 713 (Korean portals): expected results written from each email's
# meaning before the reader was run. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = ew(nf)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
