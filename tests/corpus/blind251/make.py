#!/usr/bin/env python3
"""Blind set 251: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND) in 공문 style, 임시조치 notices, 시정요구 조치결과 tables and informal
operator replies.

    python3 tests/corpus/blind251/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind251"


def tistory(host, slug):
    return f"https://{host}/entry/" + quote(slug, safe="-")


# --- requests -------------------------------------------------------------
N = [
    "https://blog.naver.com/haneul_memo/223519004411",
    "https://blog.naver.com/haneul_memo/223519087702",
    "https://blog.naver.com/dalbit_diary77/223544120935",
    "https://cafe.naver.com/greenmarket24/88213",
    "https://cafe.naver.com/greenmarket24/88390",
    "https://cafe.naver.com/tonight_stock/4417",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471208331",
    "https://blog.naver.com/moonlit_shop/223551276004",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38122907&memberNo=55120394",
    "https://cafe.naver.com/tonight_stock/4452",
    "https://blog.naver.com/PostView.naver?blogId=sora_note&logNo=223560010877",
    "https://tv.naver.com/v/58120447",
]
K1_RAW = "https://quietbook.tistory.com/entry/주식-리딩방-후기"
K5_RAW = "https://sunnyday-log.tistory.com/entry/해외-카지노-가입-안내"
K = [
    tistory("quietbook.tistory.com", "주식-리딩방-후기"),
    "https://cafe.daum.net/moneyclub88/Fz1x/3321",
    "https://cafe.daum.net/moneyclub88/Fz1x/3340",
    "https://brunch.co.kr/@pinewalk/57",
    tistory("sunnyday-log.tistory.com", "해외-카지노-가입-안내"),
]
Y = [
    "https://www.youtube.com/watch?v=kR7tQ2mX9bE",
    "https://www.youtube.com/watch?v=Zp4LwN8cV1s",
    "https://www.youtube.com/shorts/Qa9Xe3Lm0Tw",
]
Y7 = "https://www.youtube.com/watch?v=Lm3Nq8Rt2Wd"
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918273",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=552310",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=552388",
    "https://gall.dcinside.com/mini/board/view/?id=moonnight&no=1204",
]
B = [
    "https://band.us/band/81234567/post/1093",
    "https://band.us/band/81234567/post/1121",
]
S1 = "https://blog.naver.com/golden_leaf22/223570041190"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "financial_fraud", "stock-leading rooms and fake investment ads"),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", K,
     "gambling", "Daum cafe, Tistory and Brunch"),
    ("KCSC-240909-03", "youtube", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", Y,
     "financial_fraud", "YouTube Korea"),
    ("KCSC-240911-04", "dcinside", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", D,
     "defamation", "gallery posts"),
    ("KCSC-240912-05", "band", "2024-09-12T09:30:00+09:00", "2024-09-19T18:00:00+09:00", B,
     "obscenity", "BAND posts"),
    ("KCSC-240913-06", "naver", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00", [S1],
     "gambling", "single blog post"),
    ("KCSC-240918-07", "youtube", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00", [Y7],
     "financial_fraud", "single video"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{ref}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        f"[{ref}] 정보통신망 불법정보 시정요구",
        "",
        "귀사의 무궁한 발전을 기원합니다.",
        "우리 위원회는 아래 정보가 정보통신에 관한 심의규정에 위반된다고",
        "판단하여 시정요구(해당 정보의 삭제 또는 접속차단)를 결정하였으니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ NAVER (KCSC-240903-01, 12 items) ============
case(
    name="naver-gongmun-text-table",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 17:20:41 +0900",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req="KCSC-240903-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 통신심의국 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 시정요구 KCSC-240903-01(2024.09.03.)과 관련입니다.
3. 당사는 위 시정요구 대상 정보 중 아래 6건에 대하여 다음과 같이
   조치하였음을 통보합니다.

 연번 | 대상 URL                                           | 조치결과
 -----+----------------------------------------------------+---------------------------
  1   | {N[0]}    | 삭제
  2   | {N[1]}    | 삭제
  3   | {N[2]} | 임시조치(30일)
  4   | {N[3]}         | 해당 게시물 없음(작성자 삭제)
  5   | {N[4]}         | 삭제
  6   | {N[5]}          | 조치 불가(운영원칙 위반 없음, 게시 유지)

4. 나머지 6건은 확인이 끝나는 대로 별도 회신 드리겠습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (우 13561)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply (수신/참조/제목, numbered paragraphs) with a 시정요구 조치결과 text table",
    why="trusted NAVER table, one status per URL; the other six are a promise",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
           N[4]: "removed", N[5]: "rejected"},
)

html_tbl = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 <b>KCSC-240903-01</b> 대상 정보 중 잔여 6건의 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>서비스</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>7</td><td>지식iN</td><td>{N[6].replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>8</td><td>블로그</td><td>{N[7]}</td><td>임시조치(게시중단 30일)</td><td>2024-09-06</td></tr>
<tr><td>9</td><td>포스트</td><td>{N[8].replace('&', '&amp;')}</td><td>비공개 처리</td><td>2024-09-06</td></tr>
<tr><td>10</td><td>카페</td><td>{N[9]}</td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td>11</td><td>블로그</td><td>{N[10].replace('&', '&amp;')}</td><td>조치하지 않음 (위반 사항 확인되지 않음)</td><td>-</td></tr>
<tr><td>12</td><td>네이버TV</td><td>{N[11]}</td><td>블라인드</td><td>2024-09-06</td></tr>
</table>
<p>문의: 네이버 정책지원팀 (policy@navercorp.com)</p>
<p style="color:#888">본 메일은 회신용 메일이며, 운영원칙은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>에서 확인하실 수 있습니다.</p>
</body></html>"""
case(
    name="naver-html-table-remaining-six",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 18:02:10 +0900",
    subject="RE: [KCSC-240903-01] 정보통신망 불법정보 시정요구 - 잔여 건 조치결과",
    reply_to_req="KCSC-240903-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(html_tbl),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team HTML 조치결과 table (번호/서비스/URL/조치결과/조치일), quoted-printable",
    why="one cell per URL: 삭제, 임시조치, 비공개 처리, 존재하지 않는 게시물, 조치하지 않음, 블라인드; policy link is not an item",
    items={N[6]: "removed", N[7]: "restricted", N[8]: "removed", N[9]: "not_found",
           N[10]: "rejected", N[11]: "removed"},
)

csv_att = "\ufeff번호,URL,조치결과,비고\n" + "\n".join([
    f"1,{N[0]},삭제,",
    f"2,{N[1]},삭제,",
    f"3,{N[2]},삭제,임시조치 기간 만료 후 삭제",
    f"4,{N[3]},임시조치,카페 게시글 30일 게시중단",
]) + "\n"
case(
    name="naver-csv-attachment",
    frm="noreply-right@naver.com", name_from="NAVER 게시중단요청서비스",
    date="Mon, 09 Sep 2024 09:41:55 +0900",
    subject="[NAVER] KCSC-240903-01 조치결과 파일 송부",
    reply_to_req="KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7Q2c"

--=_nv_7Q2c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 게시중단요청서비스입니다.

KCSC-240903-01 시정요구 건 중 블로그·카페 게시물 4건의 최종 조치결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

네이버 게시중단요청서비스 드림

--=_nv_7Q2c
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_7Q2c--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result sent as a CSV attachment (UTF-8 with BOM)",
    why="CSV rows give one status per URL: three 삭제, one 임시조치",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted"},
)

case(
    name="naver-cafe-informal-particles",
    frm="cafe_cs@navercorp.com", name_from="네이버 카페 고객지원",
    date="Fri, 06 Sep 2024 11:15:02 +0900",
    subject="Re: [KCSC-240903-01] 카페 게시글 관련",
    reply_to_req="KCSC-240903-01",
    body=f"""
안녕하세요, 네이버 카페 고객지원 담당 김하린입니다.

요청 주신 건 중 카페 게시글 두 건 먼저 확인해서 말씀드려요.

{N[3]}은 카페 운영정책(불법 금융 광고) 위반으로 오늘 오전에 삭제했습니다.
{N[4]}는 작성자가 이미 지운 글이라 저희 쪽에서는 더 이상 확인되지 않습니다.

tonight_stock 카페 글들은 다른 담당자가 보고 있어서 따로 연락드릴게요.

감사합니다.
김하린 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal cafe support agent, URLs followed by Korean particles 은/는",
    why="88213 deleted by NAVER; 88390 already deleted by its author (not_found); the tonight_stock posts are only a promise",
    items={N[3]: "removed", N[4]: "not_found", N[5]: "pending", N[9]: "pending"},
)

case(
    name="naver-top-posted-over-outlook-quote",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 19:48:30 +0900",
    subject="RE: [KCSC-240903-01] 정보통신망 불법정보 시정요구",
    reply_to_req="KCSC-240903-01",
    body=f"""
담당자님 안녕하세요.

우선 아래 두 건은 블라인드 처리 완료했습니다.
 - {N[5]}
 - {N[9]}

나머지 건은 서비스별로 확인 중이며, 결과 나오는 대로 공문으로 회신드리겠습니다.

정책지원팀 박서준 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 정보통신망 불법정보 시정요구

{quoted_request("KCSC-240903-01", N, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's unquoted original request (-----Original Message-----)",
    why="two URLs blinded above the original; the twelve URLs in the original request below are the regulator's own text",
    items={N[5]: "removed", N[9]: "removed", N[0]: "pending", N[6]: "pending", N[11]: "pending"},
)

case(
    name="naver-status-above-url-blocks",
    frm="noreply-right@naver.com", name_from="NAVER 게시중단요청서비스",
    date="Sat, 07 Sep 2024 08:05:12 +0900",
    subject="[NAVER 게시중단요청서비스] 요청하신 게시물의 처리 결과를 알려드립니다 (KCSC-240903-01)",
    reply_to_req="KCSC-240903-01",
    body=f"""
[NAVER 게시중단요청서비스]

방송통신심의위원회 님, 요청하신 게시물에 대한 처리 결과를 알려드립니다.

■ 처리결과: 게시중단(임시조치)
■ 대상 게시물:
{N[7]}
■ 게시중단 기간: 2024.09.07 ~ 2024.10.06 (30일)

■ 처리결과: 삭제
■ 대상 게시물:
{N[11]}

게시자가 재게시를 요청하는 경우 관련 법령에 따라 다시 안내해 드립니다.
처리 내역은 게시중단요청서비스 > 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice with ■ headings, the URL on the line below its result",
    why="each URL stands under its own 처리결과 heading: 게시중단(임시조치) restricted, 삭제 removed; mypage link is not an item",
    items={N[7]: "restricted", N[11]: "removed"},
)

case(
    name="naver-promise-to-review",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240903-01] 정보통신망 불법정보 시정요구",
    reply_to_req="KCSC-240903-01",
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

보내주신 시정요구 12건은 잘 받았습니다. 서비스별 담당 부서에서 내부 검토를
거쳐 이번 주 중 조치할 예정이며, 특히 아래 게시물은 우선적으로 삭제 여부를
검토하겠습니다.

{N[0]}
{N[1]}

조치가 완료되면 결과를 공문으로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal policy team holding reply: 검토 예정 / 조치할 예정",
    why="names two URLs but only promises to review and act; nothing is stated as done",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="naver-bulk-all-done",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 16:45:00 +0900",
    subject="[회신] KCSC-240903-01 시정요구 조치 완료",
    reply_to_req="KCSC-240903-01",
    body="""
수신: 방송통신심의위원회
제목: KCSC-240903-01 시정요구 조치 완료 통보

1. 귀 위원회의 시정요구(KCSC-240903-01)와 관련입니다.
2. 당사는 위 시정요구 대상 정보 전체에 대하여 게시중단 조치를 완료하였음을
   알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short 공문 stating all targets of a 시정요구 were actioned, no list",
    why="one statement for a twelve-item request without naming any item",
    items={N[0]: "pending", N[11]: "pending"},
)

case(
    name="naver-auth-fail-spoof",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀", auth="fail",
    date="Thu, 05 Sep 2024 02:13:44 +0900",
    subject="RE: [KCSC-240903-01] 조치결과",
    reply_to_req="KCSC-240903-01",
    body=f"""
안녕하세요.

요청하신 게시물 {N[1]} 은 삭제 처리되었습니다.
{N[2]} 역시 삭제되었습니다.

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking reply whose DKIM/SPF/DMARC fail",
    why="plain deletion statements, but the sender domain fails authentication",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-single-request-sole-statement",
    frm="noreply-right@naver.com", name_from="NAVER 게시중단요청서비스",
    date="Tue, 17 Sep 2024 14:22:09 +0900",
    subject="[NAVER] 게시중단 요청(KCSC-240913-06) 처리 결과 안내",
    reply_to_req="KCSC-240913-06",
    body="""
안녕하세요. NAVER 게시중단요청서비스입니다.

요청번호 KCSC-240913-06 으로 접수하신 게시물 1건에 대하여 검토한 결과,
불법 도박 홍보 게시물로 확인되어 삭제 조치를 완료하였습니다.

이용해 주셔서 감사합니다.
※ 본 메일은 발신전용 메일입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice naming the request number but not the URL",
    why="the request has one item, so the unhedged 삭제 조치 완료 applies to it",
    items={S1: "removed"},
)

case(
    name="naver-helpdesk-receipt",
    frm="help@navercorp.com", name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:02:31 +0900",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다. (접수번호 20240903-0047211)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 20240903-0047211
 - 접수일시: 2024.09.03 10:02
 - 문의유형: 권리침해/게시중단

순차적으로 확인 후 답변 드리겠습니다. 답변은 고객센터 > 나의 문의내역
(https://help.naver.com/inquiry/list.help)에서도 확인하실 수 있습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 auto-receipt with a 접수번호",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="naver-kin-one-done-one-hedged",
    frm="kin_help@navercorp.com", name_from="네이버 지식iN 운영팀",
    date="Fri, 06 Sep 2024 15:31:12 +0900",
    subject="Re: [KCSC-240903-01] 지식iN/포스트 게시물 확인",
    reply_to_req="KCSC-240903-01",
    body=f"""
안녕하세요, 지식iN 운영팀입니다.

지식iN 질문 {N[6]}
은 운영정책 위반(불법 투자 권유)으로 삭제했습니다.

함께 문의 주신 포스트 게시물
{N[8]}
은 저희 팀 소관이 아니어서 확인해 보니, 작성자가 비공개로 돌린 것으로 보입니다.
정확한 상태는 포스트 운영팀에서 다시 안내드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER service team, one definite deletion and one hedged guess about another service",
    why="the 지식iN question is deleted; the post is only 'seems to' have been made private by its author, so it stays pending",
    items={N[6]: "removed", N[8]: "pending"},
)

case(
    name="naver-echoed-report-arrows",
    frm="noreply-right@naver.com", name_from="NAVER 게시중단요청서비스",
    date="Sun, 08 Sep 2024 10:10:10 +0900",
    subject="[NAVER] 신고하신 게시물의 검토가 완료되었습니다",
    reply_to_req="KCSC-240903-01",
    body=f"""
[신고 내역]
신고자: 방송통신심의위원회 (takedown@kcsc.example)
요청번호: KCSC-240903-01
신고 사유: 불법 금융 광고

[검토 결과]
1) {N[2]}
   → 정상 게시물로 판단되어 조치하지 않았습니다.
2) {N[10]}
   → 삭제

검토 결과에 이의가 있으시면 게시중단요청서비스(https://right.naver.com)에서
재요청하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report outcome that echoes the report details, then a numbered result per URL with → lines",
    why="echoed report header is not a status; 1) rejected with reason, 2) deleted",
    items={N[2]: "rejected", N[10]: "removed"},
)

case(
    name="naver-mdn-read",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 13:44:02 +0900",
    subject="읽음: [KCSC-240903-01] 정보통신망 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_51x"

--mdn_51x
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240903-01] 정보통신망 불법정보 시정요구"을(를)
받는 사람 policy@navercorp.com 님이 2024-09-03 오후 1:44에 읽었습니다.

--mdn_51x
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <KCSC-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_51x--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt only",
    items={},
)

case(
    name="naver-angle-brackets-wrapped",
    frm="post_help@navercorp.com", name_from="네이버 포스트 운영팀",
    date="Mon, 09 Sep 2024 17:03:51 +0900",
    subject="Re: [KCSC-240903-01] 포스트/블로그 게시물 조치 결과",
    reply_to_req="KCSC-240903-01",
    body=f"""
안녕하세요. 네이버 포스트 운영팀입니다.

문의하신 포스트 게시물 <https://post.naver.com/viewer/postView.naver?volumeNo=
38122907&memberNo=55120394> 에 대해 정보통신망법 제44조의2에 따른
임시조치(30일)를 적용했습니다.

블로그 게시물 <{N[1]}>은 확인 결과 존재하지 않는 게시물입니다
(블로그 주인이 글을 삭제한 상태).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service team reply with URLs in angle brackets, one wrapped inside its brackets",
    why="the wrapped post URL is under 임시조치 (restricted); the blog post no longer exists (not_found)",
    items={N[8]: "restricted", N[1]: "not_found"},
)

case(
    name="naver-base64-gongmun",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("[회신] 시정요구 조치결과 (KCSC-240903-01) 추가분".encode()).decode() + "?=",
    reply_to_req="KCSC-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""수신  방송통신심의위원회
제목  시정요구 조치결과 회신(추가분)

1. 관련: 귀 위원회 시정요구 KCSC-240903-01
2. 위 시정요구 대상 정보 중 카페 및 블로그 게시물 2건의 조치결과를
   다음과 같이 회신합니다.

  가. {N[9]}
      - 조치결과: 삭제(2024.09.10.)
  나. {N[10]}
      - 조치결과: 임시조치(접근 제한 30일)

붙임  없음.  끝.

네이버 주식회사 정책지원팀장
"""),
    outcome="applied", classification="confirmation",
    imitates="공문 with 가./나. items and 조치결과 sub-lines, base64 body and encoded-word subject",
    why="가. deleted, 나. 임시조치 (restricted)",
    items={N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-forwarded-cafe-manager",
    frm="cafe_cs@navercorp.com", name_from="네이버 카페 고객지원",
    date="Sat, 07 Sep 2024 12:40:19 +0900",
    subject="Fwd: 카페 게시글 삭제 관련 (KCSC-240903-01)",
    reply_to_req="KCSC-240903-01",
    body=f"""
참고하시라고 카페 매니저 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 초록장터 매니저 <greenmarket24.manager@naver.com>
Date: 2024년 9월 7일 (토) 오전 11:58
Subject: Re: 카페 게시글 삭제 요청
To: <cafe_cs@navercorp.com>

안녕하세요 초록장터 카페 매니저입니다.
말씀하신 {N[3]} 글은 제가 방금 지웠고 작성자는 강퇴했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="portal support agent forwarding a cafe manager's (user's) reply",
    why="the only statement is the forwarded cafe manager's, not NAVER's own",
    items={N[3]: "pending"},
)

case(
    name="naver-dsn-delay",
    frm="MAILER-DAEMON@navercorp.com", name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 03:15:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_Q81"

--dsn_Q81
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<policy@navercorp.com>: connect to store3.navercorp.com[203.0.113.41]:25:
    Connection timed out

--dsn_Q81
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Wed, 11 Sep 2024 23:14:58 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to store3.navercorp.com[203.0.113.41]:25:
    Connection timed out
Will-Retry-Until: Mon, 16 Sep 2024 23:14:58 +0900

--dsn_Q81
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [Reminder] KCSC-240903-01 조치결과 회신 요청
Message-ID: <reminder-KCSC-240903-01-1@kcsc.example>

--dsn_Q81--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay DSN (Action: delayed) returning a reminder's headers",
    why="delivery delay notice only",
    items={},
)

# ============================ Kakao / Daum (KCSC-240905-02, 5 items) ======
case(
    name="kakao-gongmun-imsi-and-delete",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    subject="[카카오] 시정요구(KCSC-240905-02) 조치결과 회신",
    reply_to_req="KCSC-240905-02",
    body=f"""
수신자: 방송통신심의위원회 위원장
(경유)
제목: 시정요구(KCSC-240905-02) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 요청하신 시정요구와 관련하여 당사의 조치결과를 아래와 같이
   회신합니다.

 가. 삭제
   - {K1_RAW}
 나. 임시조치(30일, 정보통신망법 제44조의2제4항)
   - {K[1]}
   - {K[2]}

3. 임시조치된 게시물은 30일 이내 게시자의 재게시 요청이 없는 경우 삭제됩니다.  끝.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 reply grouping URLs under 가. 삭제 / 나. 임시조치 headings; Tistory URL written with its raw Korean path",
    why="raw Korean Tistory path matches its percent-encoded form; the two Daum cafe posts are under 임시조치 (restricted)",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-fullwidth-brackets",
    frm="tistory_help@kakaocorp.com", name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 11:48:27 +0900",
    subject="Re: [KCSC-240905-02] 티스토리 게시글 처리 안내",
    reply_to_req="KCSC-240905-02",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글 2건의 처리 결과를 안내드립니다.

「{K5_RAW}」 게시글은 불법 도박 홍보로 확인되어 삭제 처리했습니다.
「{K1_RAW}」 게시글은 블로그 운영자가 이미 삭제하여 존재하지 않습니다.

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations team reply with raw Korean URLs inside full-width 「」 brackets",
    why="casino post deleted by Kakao; stock post already deleted by its author (not_found)",
    items={K[4]: "removed", K[0]: "not_found"},
)

case(
    name="kakao-brunch-rejected-with-policy-link",
    frm="brunch@kakaocorp.com", name_from="브런치팀",
    date="Tue, 10 Sep 2024 14:05:33 +0900",
    subject="[브런치] 신고 게시물 검토 결과 안내 (KCSC-240905-02)",
    reply_to_req="KCSC-240905-02",
    body=f"""
안녕하세요. 브런치팀입니다.

신고해 주신 글 {K[3]} 을 검토하였습니다.
해당 글은 작가 본인의 투자 경험을 담은 에세이로, 브런치 운영정책
(https://brunch.co.kr/policy)에 위반되는 내용을 확인하지 못하여 게시를 유지하기로
결정하였습니다.

추가로 위반 근거를 보내주시면 다시 검토하겠습니다.

고맙습니다.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) report review result: no violation found, post kept, policy link",
    why="a refusal with its reason: rejected; the policy link is not an item; the offer to re-review is no status",
    items={K[3]: "rejected"},
)

case(
    name="kakao-wrong-platform-naver-url",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 10:10:41 +0900",
    subject="Re: 카페 게시물 조치 결과",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 목록에 포함된 카페 게시물
{N[4]}
은 확인 결과 삭제 조치되었음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a portal's reply stating a result for a URL of another portal (mis-sorted list)",
    why="Kakao states a deletion of a NAVER cafe post; not Kakao's item to report on",
    items={N[4]: "pending"},
)

case(
    name="kakao-hanmail-blogger",
    frm="quietbook77@hanmail.net", name_from="조용한책방",
    date="Sat, 07 Sep 2024 21:33:12 +0900",
    subject="티스토리 글 삭제했습니다",
    body=f"""
안녕하세요. 티스토리 블로그 운영하는 사람입니다.
방심위에서 연락 받았다고 들어서 메일 드립니다.

{K1_RAW}
이 글 오늘 제가 직접 삭제했습니다. 문제 될 줄 몰랐습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a blogger writing from a Daum mail (hanmail.net) address that is not the platform",
    why="hanmail.net is a user mailbox, not a Kakao sender domain; names a requested URL",
    items={K[0]: "pending"},
)

case(
    name="kakao-out-of-office-chuseok",
    frm="policy@kakaocorp.com", name_from="이도윤",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject="[자동회신] 부재중입니다: [Reminder] KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 이도윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 권리침해 신고 건은 right@kakaocorp.com 으로 보내주시면
당직자가 확인합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-asks-for-documents",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:25:17 +0900",
    subject="Re: [KCSC-240905-02] 추가 자료 요청",
    reply_to_req="KCSC-240905-02",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 건 중 Daum 카페 게시물
 - {K[1]}
 - {K[2]}
에 대한 조치를 진행하기 위해, 시정요구 의결서 사본(또는 공문 원본 PDF)을
회신 메일로 보내주시기 바랍니다.

자료가 확인되는 대로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 asking for the decision document before acting",
    why="asks for a document before processing two named posts; nothing done yet",
    items={K[1]: "pending", K[2]: "pending"},
)

daum_qp_body = f"""Daum 카페 운영팀입니다.

KCSC-240905-02 관련 Daum 카페 게시물 조치결과입니다.

- {K[1]} : 게시중단(삭제)
- {K[2]} : 해당 카페가 폐쇄되어 게시물을 찾을 수 없음

Daum 카페 운영팀 드림
"""
case(
    name="kakao-daum-cafe-qp-list",
    frm="cafe_op@daum.net", name_from="Daum 카페 운영팀",
    date="Wed, 11 Sep 2024 13:58:02 +0900",
    subject="[Daum 카페] KCSC-240905-02 조치결과",
    reply_to_req="KCSC-240905-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(daum_qp_body),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team bullet list 'URL : 결과', quoted-printable body",
    why="3321 게시중단(삭제) removed; 3340 cannot be found (cafe closed) not_found",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 18:30:45 +0900",
    subject="[카카오 고객센터] 문의 답변 드립니다 (접수번호 DA-20240905-771)",
    reply_to_req="KCSC-240905-02",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 내용은 접수번호 DA-20240905-771 로 접수되었으며, 처리 결과를
아래와 같이 안내드립니다.

확인 결과 {K[1]} 게시물은 운영정책 위반으로 삭제 조치를 완료하였습니다.

다른 궁금하신 점은 고객센터(https://cs.kakao.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre answer that opens with a 접수번호 receipt line, then states a result",
    why="receipt wording plus an unhedged deletion of a named post: not a pure acknowledgement",
    items={K[1]: "removed"},
)

# ============================ YouTube (KCSC-240909-03, 3; KCSC-240918-07, 1)
case(
    name="yt-korea-legal-korean-three-outcomes",
    frm="legal-kr@google.com", name_from="YouTube 법률지원팀",
    date="Thu, 12 Sep 2024 20:14:09 +0900",
    subject="[KCSC-240909-03] YouTube 콘텐츠 검토 결과",
    reply_to_req="KCSC-240909-03",
    body=f"""
안녕하세요,

방송통신심의위원회에서 보내주신 요청(KCSC-240909-03)을 검토하였습니다.

현지 법률 검토 결과, 아래 동영상은 대한민국 내에서 접근을 제한했습니다.
{Y[0]}

아래 동영상은 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.
{Y[1]}

아래 Shorts 동영상은 검토 결과 YouTube 정책 또는 현지 법률 위반을 확인하지
못하여 별도 조치를 취하지 않았습니다.
{Y[2]}

YouTube 법률 지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome in Korean: local block, global removal, no action",
    why="each URL under its own sentence: restricted in Korea, removed, no action (rejected)",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-bare-url-status-below",
    frm="no-reply@youtube.com", name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 06:40:00 +0900",
    subject="Update on your request KCSC-240909-03",
    reply_to_req="KCSC-240909-03",
    body=f"""
Hello,

Here is an update on the content you reported to YouTube.

{Y[0]}
Status: Blocked in South Korea (KR)

{Y[2]}
Status: Age-restricted

You can follow other requests in your Legal Dashboard:
https://support.google.com/legal/dashboard

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal dashboard style update: bare URL, 'Status:' on the line below",
    why="KR block is restricted; age restriction is restricted; dashboard link is not an item",
    items={Y[0]: "restricted", Y[2]: "restricted"},
)

case(
    name="yt-single-item-uploader-deleted",
    frm="legal-kr@google.com", name_from="YouTube 법률지원팀",
    date="Thu, 19 Sep 2024 11:02:55 +0900",
    subject="Re: [KCSC-240918-07] 동영상 삭제 요청",
    reply_to_req="KCSC-240918-07",
    body="""
안녕하세요.

요청하신 동영상을 확인하였으나, 업로더가 이미 해당 동영상을 삭제하여
현재 YouTube에서 찾을 수 없습니다. 따라서 YouTube 측에서 취한 조치는 없습니다.

감사합니다.
YouTube 법률지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply that the reported video was already deleted by the uploader",
    why="one-item request; the sole statement says the uploader already deleted it: not_found",
    items={Y7: "not_found"},
)

case(
    name="yt-hedged-may-be-removed",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:19:30 +0900",
    subject="RE: [KCSC-240909-03] request",
    reply_to_req="KCSC-240909-03",
    body=f"""
Hi there,

Thanks for your patience. From our initial look it appears that the video at
{Y[1]} may already have been taken down, but we are still confirming this with
the relevant team. The other items are still under review.

We'll follow up once we have a final decision.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support interim reply with hedges ('appears', 'may already have been')",
    why="hedged and 'still confirming': no statement; names a requested URL",
    items={Y[1]: "pending", Y[0]: "pending"},
)

case(
    name="yt-case-id-receipt",
    frm="no-reply@google.com", name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 11:03:12 +0900",
    subject="[8-2291000034712] YouTube 법률 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

Google에 연락해 주셔서 감사합니다. 요청이 접수되었으며 사례 ID는
[8-2291000034712] 입니다. 담당 팀에서 검토한 후 연락드리겠습니다.

본 메일에 직접 회신하지 마세요.
Google LLC
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal request receipt with a case ID",
    why="pure receipt; no item, no outcome",
    items={},
)

case(
    name="yt-sor-restriction-english",
    frm="legal-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 22:05:00 +0900",
    subject="Statement of reasons - KCSC-240909-03",
    reply_to_req="KCSC-240909-03",
    body=f"""
Statement of reasons

Content: {Y[1]}
Decision: Visibility restriction. The content has been blocked for viewers in
the Republic of Korea. It remains available in other countries.
Ground: Alleged violation of local law (Republic of Korea).
Automated detection: No.
Redress: The uploader may appeal via https://support.google.com/youtube/answer/2802168

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress) for a local block",
    why="blocked for Korea only: restricted; the appeal help link is not an item",
    items={Y[1]: "restricted"},
)

yt_text = f"""YouTube 법률지원팀입니다.

요청 KCSC-240909-03 검토 결과:
- {Y[0]} : 삭제됨
- {Y[1]} : 국가별 차단(대한민국)
"""
yt_html = f"""<html><body><p>YouTube 법률지원팀입니다.</p>
<p>요청 KCSC-240909-03 검토 결과:</p>
<ul><li><a href="{Y[0]}">{Y[0]}</a> : 삭제됨</li>
<li><a href="{Y[1]}">{Y[1]}</a> : 국가별 차단(대한민국)</li></ul></body></html>"""
case(
    name="yt-multipart-alternative-list",
    frm="legal-kr@google.com", name_from="YouTube 법률지원팀",
    date="Sun, 15 Sep 2024 10:00:10 +0900",
    subject="[KCSC-240909-03] 검토 결과",
    reply_to_req="KCSC-240909-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt_yt51"

--alt_yt51
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(yt_text)}
--alt_yt51
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}
--alt_yt51--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative YouTube result, base64 text part and quoted-printable HTML list",
    why="first video deleted, second blocked in Korea",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

# ============================ DC Inside (KCSC-240911-04, 4 items) =========
case(
    name="dc-informal-arrow-lines",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 16:44:20 +0900",
    subject="Re: [KCSC-240911-04] 게시물 삭제 요청",
    reply_to_req="KCSC-240911-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 글 확인하고 처리했습니다.

{D[0]}  → 삭제
{D[1]}  → 삭제 및 작성자 IP 차단
{D[2]}  → 이미 삭제된 글입니다(작성자 삭제)

미니 갤러리 글은 갤러리 매니저 확인이 필요해서 조금 늦어질 것 같습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply, 'URL → 결과' lines",
    why="two deleted by the site, one already deleted by its author; the mini gallery post is a promise",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "pending"},
)

case(
    name="dc-mini-gallery-kept",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 16 Sep 2024 11:20:00 +0900",
    subject="Re: [KCSC-240911-04] 미니 갤러리 게시물 검토 결과",
    reply_to_req="KCSC-240911-04",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

미니 갤러리 게시물({D[3]})은 갤러리 매니저와 함께 검토한 결과,
특정인을 지칭하는 내용이 확인되지 않아 디시인사이드 이용약관
(https://www.dcinside.com/policy/terms) 위반으로 보기 어려워 삭제하지 않았습니다.

법원 판결 등 추가 자료가 있으시면 보내주세요.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator refusal with reason, URL in parentheses followed by 은",
    why="not deleted because no violation: rejected; terms link is not an item",
    items={D[3]: "rejected"},
)

case(
    name="dc-promise-sequential",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 09:05:00 +0900",
    subject="Re: [KCSC-240911-04] 게시물 삭제 요청",
    reply_to_req="KCSC-240911-04",
    body=f"""
안녕하세요 디시인사이드입니다.

{D[0]}
{D[1]}

위 글들 포함해서 요청 건은 확인 후 순차적으로 삭제 예정입니다.
주말 포함 2~3일 정도 걸릴 수 있는 점 양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="community-site operator holding reply: 순차적으로 삭제 예정",
    why="promise to delete, nothing done; names requested URLs",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dc-bounce-mailbox-full",
    frm="MAILER-DAEMON@dcinside.com", name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 15:00:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="bnc_dc1"

--bnc_dc1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: mailbox full (quota exceeded)

--bnc_dc1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--bnc_dc1
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240911-04] 게시물 삭제 요청
Message-ID: <KCSC-240911-04-copy2@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240911-04", D, prefix="")}

--bnc_dc1--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix bounce (mailbox full) carrying the returned request with its URLs",
    why="bounce; the URLs are in the returned original",
    items={D[0]: "pending"},
)

case(
    name="dc-gmail-quoted-request",
    frm="gallery_admin@dcinside.com", name_from="디시 갤러리 관리자",
    date="Fri, 13 Sep 2024 14:12:00 +0900",
    subject="Re: [KCSC-240911-04] 게시물 삭제 요청",
    reply_to_req="KCSC-240911-04",
    body=f"""
코인 마이너 갤러리 글 두 건
{D[1]} ,
{D[2]}
삭제 완료했습니다.

2024년 9월 11일 (수) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240911-04", D)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="two named posts deleted; the other two appear only in the quoted request",
    items={D[1]: "removed", D[2]: "removed", D[0]: "pending", D[3]: "pending"},
)

case(
    name="dc-auth-fail",
    frm="report@dcinside.com", name_from="디시인사이드 운영팀", auth="fail",
    date="Sat, 14 Sep 2024 01:02:03 +0900",
    subject="Re: [KCSC-240911-04] 처리 완료",
    reply_to_req="KCSC-240911-04",
    body=f"""
{D[0]} 글 삭제 처리 완료했습니다.
디시인사이드 운영팀
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking reply failing DMARC",
    why="unhedged deletion but the sender fails authentication",
    items={D[0]: "pending"},
)

# ============================ BAND (KCSC-240912-05, 2 items) ==============
case(
    name="band-notice-two-results",
    frm="help@band.us", name_from="BAND 고객센터",
    date="Mon, 16 Sep 2024 17:35:10 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240912-05)",
    reply_to_req="KCSC-240912-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글에 대해 아래와 같이 조치했음을 안내드립니다.

1. {B[0]}
   처리 결과: 게시글 삭제 및 해당 멤버 밴드 이용 제한

2. {B[1]}
   처리 결과: 비공개 밴드 내 게시글로, 확인 결과 운영정책 위반이 확인되지 않아
   별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result, numbered URLs with 처리 결과 lines",
    why="1 deleted (user restriction is about the member, not the post); 2 no violation, no action: rejected",
    items={B[0]: "removed", B[1]: "rejected"},
)

case(
    name="band-bulk-both-deleted",
    frm="help@band.us", name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240912-05] 게시글 신고",
    reply_to_req="KCSC-240912-05",
    body="""
안녕하세요, BAND 고객센터입니다.

KCSC-240912-05 로 신고하신 게시글 2건은 모두 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short BAND reply: 'N건 모두 삭제 처리'",
    why="one statement for a two-item request, no item named",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="band-noreply-auto-answer",
    frm="noreply@band.us", name_from="BAND",
    date="Thu, 12 Sep 2024 09:31:02 +0900",
    subject="[자동응답] BAND 고객센터 메일 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
본 메일은 자동응답 메일입니다.

BAND 고객센터는 이메일로 접수된 문의에 회신하지 않습니다.
게시글 신고 및 권리침해 신고는 BAND 고객센터 웹페이지
(https://band.us/cs/help)를 이용해 주시기 바랍니다.

BAND
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-answer pointing to the web help centre",
    why="automatic reply, nothing about any item",
    items={},
)


HEADER = """# Blind set 251 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND;
# 공문 style replies, 임시조치 notices, 조치결과 tables, informal operator replies).
# Written by tests/corpus/blind251/make.py from each email's meaning, before any
# run of the reader. Each case is judged alone on a fresh ledger."""


# Subjects left as raw 8-bit UTF-8 (as some Korean webmail sends them); the
# others are RFC 2047 encoded-words, like the display names.
RAW_SUBJECTS = {"naver-cafe-informal-particles", "dc-informal-arrow-lines"}


def enc(s):
    if s.isascii() or s.startswith("=?"):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        c["name_from"] = enc(c["name_from"])
        if c["name"] not in RAW_SUBJECTS:
            c["subject"] = enc(c["subject"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
