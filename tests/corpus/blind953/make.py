#!/usr/bin/env python3
"""Blind set 953: Korean platforms (NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND) replying in Korean: 공문-style letters, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies.

    python3 tests/corpus/blind953/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on it.
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

SET = "blind953"


def enc(s):
    """RFC 2047 encoded-word for a Korean header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pct(url):
    """Percent-encode the non-ASCII part of a URL the way requests.csv stores it."""
    return quote(url, safe=":/?&=#%@~-._")


# ---------------------------------------------------------------- requests
KO_SLUG = "https://moonlit-cider.tistory.com/entry/단타-종목-무료-추천"

A = [
    "https://blog.naver.com/haneul_trade77/223561204418",
    "https://blog.naver.com/haneul_trade77/223561209952",
    "https://blog.naver.com/dalbit_moneylab/223558817730",
    "https://cafe.naver.com/stockhanmaeum/58213",
    "https://cafe.naver.com/stockhanmaeum/58240",
    "https://cafe.naver.com/coinsarangbang/1204477",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471203385",
    "https://m.blog.naver.com/sori_invest/223560011284",
    "https://blog.naver.com/sori_invest/223560017745",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=61208814",
    "https://tv.naver.com/v/58120734",
    "https://cafe.naver.com/coinsarangbang/1204590",
]
B = [
    "https://cafe.daum.net/jusikgo/Rk7a/3312",
    "https://cafe.daum.net/jusikgo/Rk7a/3315",
    pct(KO_SLUG),
    "https://moonlit-cider.tistory.com/91",
]
C = [
    "https://www.youtube.com/watch?v=Qm3vR8tLx2A",
    "https://www.youtube.com/watch?v=h7JpW0nKc4E",
    "https://www.youtube.com/shorts/Zx81bTqYw5M",
    "https://youtu.be/Lp4sD2fGh9K",
    "https://www.youtube.com/watch?v=bN6cT1uVe0R",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120488",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=33017",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=33021",
]
E = [
    "https://band.us/band/87120345/post/112",
    "https://band.us/band/87120345/post/118",
]
F = ["https://blog.naver.com/mirae_signal/223570034561"]
G = ["https://cafe.daum.net/leading-sikgu/Xa9Q/771"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", A,
     "illegal_finance", "유사투자자문 리딩방 홍보 게시물 (블로그, 카페, 지식iN, 포스트, TV)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", B,
     "illegal_finance", "다음 카페 및 티스토리 종목 추천 사기 게시물"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", C,
     "illegal_finance", "코인 리딩 영상 및 쇼츠"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", D,
     "gambling", "갤러리 도박 사이트 홍보글"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-13T18:00:00+09:00", E,
     "illegal_finance", "밴드 리딩방 모집 게시글"),
    ("KCSC-240910-06", "naver", "2024-09-10T15:00:00+09:00", "2024-09-19T18:00:00+09:00", F,
     "illegal_finance", "블로그 1건"),
    ("KCSC-240911-07", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-19T18:00:00+09:00", G,
     "gambling", "다음 카페 1건"),
]
MID = {r[0]: r[0] + ".req" for r in REQUESTS}  # In-Reply-To local part


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 요청드립니다. (관리번호 {ref})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "조치 후 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


cases = []


def case(**kw):
    cases.append(kw)


NAVER_POLICY = "네이버 정책지원팀"

# ============================================================ APPLIED (NAVER)
case(
    name="naver-gongmun-full-table",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject=enc("[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 담당 주무관
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 3. 요청한 시정요구와 관련하여, 당사의 조치결과를
   아래와 같이 회신합니다.

                            - 아    래 -

 연번 | 대상 URL                                                   | 조치결과
------+------------------------------------------------------------+------------------------
  1   | {A[0]} | 게시중단
  2   | {A[1]} | 게시중단
  3   | {A[2]} | 임시조치(30일)
  4   | {A[3]} | 삭제
  5   | {A[4]} | 게시물 없음(작성자 삭제)
  6   | {A[5]} | 삭제
  7   | {A[6]} | 조치불가(운영원칙 위반 사항 없음)
  8   | {A[7]} | 게시중단
  9   | {A[8]} | 블라인드
 10   | {A[9]} | 비공개 처리
 11   | {A[10]} | 19세 이상 연령제한
 12   | {A[11]} | 존재하지 않는 게시물

3. 조치불가 건(연번 7)은 금융투자 관련 일반 질문으로 판단되어 게시를 유지하였으며,
   추가 소명자료를 주시면 재검토하겠습니다.  끝.

네이버 주식회사 정책지원팀
※ 본 메일은 발신 전용이 아니며, 회신 시 관리번호를 유지해 주십시오.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 조치결과 회신 with a plain-text table (연번/URL/조치결과)",
    why="Trusted NAVER letter stating a status for each of the 12 items of the largest request",
    items={A[0]: "removed", A[1]: "removed", A[2]: "restricted", A[3]: "removed",
           A[4]: "not_found", A[5]: "removed", A[6]: "rejected", A[7]: "removed",
           A[8]: "removed", A[9]: "removed", A[10]: "restricted", A[11]: "not_found"},
)

case(
    name="naver-siseong-html-table",
    frm="kcsc-reply@navercorp.com", name_from=enc("네이버 대외협력"),
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject=enc("시정요구 조치결과 (KCSC-240903-01, 1차)"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 대외협력실입니다.</p>
<p>귀 위원회의 시정요구 건 중 우선 확인된 5건의 조치결과를 아래 표와 같이 알려드립니다.
나머지 건은 확인되는 대로 2차로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>번호</th><th>시정요구 URL</th><th>조치내용</th><th>조치일자</th></tr>
<tr><td>1</td><td><a href="{A[0]}">{A[0]}</a></td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{A[1]}">{A[1]}</a></td><td>접속차단</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{A[2]}">{A[2]}</a></td><td>조치불가 - 이미 삭제된 게시물</td><td>-</td></tr>
<tr><td>4</td><td><a href="{A[3]}">{A[3]}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>5</td><td><a href="{A[4]}">{A[4]}</a></td><td>삭제</td><td>2024-09-05</td></tr>
</table>
<p>감사합니다.<br>네이버 주식회사 대외협력실 드림</p>
<p style="color:#888;font-size:11px">운영원칙 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table sent by a portal's external-affairs desk",
    why="HTML table: two deletions, one 접속차단 (restricted), one 'cannot act - already deleted' (not_found); policy link is no item; later batch is only a promise",
    items={A[0]: "removed", A[1]: "restricted", A[2]: "not_found", A[3]: "removed", A[4]: "removed"},
)

csv_rows = [
    ["번호", "URL", "처리결과", "처리일시"],
    ["6", A[5], "게시중단", "2024-09-06 10:12"],
    ["7", A[6], "삭제", "2024-09-06 10:15"],
    ["8", A[7], "임시조치", "2024-09-06 10:20"],
    ["9", A[8], "유지(위반사항 없음)", "2024-09-06 11:02"],
    ["10", A[9], "게시중단", "2024-09-06 11:05"],
    ["11", A[10], "국내 접속 제한", "2024-09-06 11:30"],
    ["12", A[11], "확인불가(삭제된 게시물)", "-"],
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(csv_rows)
CSV_ATTACH = base64.b64encode(("\ufeff" + _cb.getvalue()).encode("utf-8")).decode("ascii")
CSV_ATTACH = "\n".join(CSV_ATTACH[i:i + 76] for i in range(0, len(CSV_ATTACH), 76))
case(
    name="naver-csv-attachment",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Fri, 06 Sep 2024 14:21:09 +0900",
    subject=enc("RE: [KCSC-240903-01] 불법정보 시정요구 처리결과 송부"),
    reply_to_req=MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7731a"

--=_nv_7731a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. 네이버 정책지원팀입니다.

요청하신 건 중 6번~12번 게시물의 처리결과를 첨부 파일(CSV)로 송부드립니다.
1번~5번은 지난 회신으로 갈음합니다.

감사합니다.
네이버 정책지원팀 드림
''')}

--=_nv_7731a
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{CSV_ATTACH}

--=_nv_7731a--""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with a CSV result sheet attached (번호/URL/처리결과/처리일시)",
    why="CSV attachment gives one status per row for items 6-12",
    items={A[5]: "removed", A[6]: "removed", A[7]: "restricted", A[8]: "rejected",
           A[9]: "removed", A[10]: "restricted", A[11]: "not_found"},
)

case(
    name="naver-single-item-blind-sole",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Wed, 11 Sep 2024 09:48:30 +0900",
    subject=enc("Re: [KCSC-240910-06] 블로그 게시물 시정요구"),
    reply_to_req=MID["KCSC-240910-06"],
    body="""안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물은 확인 후 블라인드 처리를 완료하였습니다.
게시자에게는 운영원칙에 따른 이용제한 안내가 발송되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER blog 블라인드 처리 완료 reply to a one-item request",
    why="Unhedged 블라인드 statement, no URL, answering a request of one item: applies to it",
    items={F[0]: "removed"},
)

case(
    name="naver-url-then-status-below",
    frm="blog-safety@naver.com", name_from=enc("네이버 블로그 운영팀"),
    date="Wed, 04 Sep 2024 18:05:51 +0900",
    subject=enc("블로그 게시물 조치 안내 (KCSC-240903-01)"),
    body=f"""방송통신심의위원회 담당자님께,

블로그 운영팀입니다. 요청하신 블로그 게시물 3건의 처리 내용입니다.

{A[0]}
→ 게시중단 완료

{A[1]}
→ 임시조치(30일)

{A[2]}
→ 삭제 불가: 블로그 운영정책상 위반 사항이 확인되지 않아 게시 유지

문의 사항은 본 메일로 회신 부탁드립니다.
네이버 블로그 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply: bare URL line with an arrow status on the line below",
    why="Each URL's status is on the line under it: removed, restricted (임시조치), rejected with reason",
    items={A[0]: "removed", A[1]: "restricted", A[2]: "rejected"},
)

case(
    name="naver-statement-then-url-below",
    frm="cafe-support@naver.com", name_from=enc("네이버 카페 고객센터"),
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject=enc("Re: 카페 게시글 시정요구 관련"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

아래 게시글은 작성자가 이미 삭제하여 현재 존재하지 않습니다.
{A[3]}

아래 게시글은 카페 운영원칙에 따라 비공개 처리하였습니다.
{A[4]}

더 나은 카페 환경을 위해 노력하겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre reply, statement line followed by the URL below it",
    why="Statement precedes each URL: first not_found (author deleted), second 비공개 = removed",
    items={A[3]: "not_found", A[4]: "removed"},
)

case(
    name="naver-cafe-informal-qp-particles",
    frm="cafe-ops@naver.com", name_from=enc("카페 운영지원"),
    date="Fri, 06 Sep 2024 10:11:27 +0900",
    subject=enc("문의하신 카페 글 건"),
    reply_to_req=MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요 카페 운영지원 담당 박서진입니다.

말씀하신 주식한마음 카페 글 2건 확인했습니다.
{A[3]} 글은 오늘 오전에 삭제했고요,
{A[4]}은 확인해 보니 작성자가 먼저 지운 글이라 남아 있는 게 없습니다.

혹시 같은 작성자 글이 더 보이면 알려주세요.
박서진 드림''')}""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations staffer, quoted-printable, URLs followed by Korean particles",
    why="Plain first-person statements: first deleted (removed), second already deleted by its author (not_found; '은' particle glued to the URL)",
    items={A[3]: "removed", A[4]: "not_found"},
)

case(
    name="naver-top-posted-over-quote",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Sat, 07 Sep 2024 09:15:40 +0900",
    subject=enc("Re: [KCSC-240903-01] 시정요구 (금융투자 사기 게시물)"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""코인사랑방 카페 게시글 2건은 게시중단 조치 완료했습니다.
{A[5]}
{A[11]}

나머지 건은 앞서 회신드린 내용을 참고 부탁드립니다.
네이버 정책지원팀

2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", A)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the regulator's quoted request",
    why="Only the two cafe URLs in the reply text are stated removed; the quoted request below counts for nothing",
    items={A[5]: "removed", A[11]: "removed"},
)

case(
    name="naver-outlook-original-message",
    frm="kin-ops@navercorp.com", name_from=enc("지식iN 운영팀"),
    date="Tue, 10 Sep 2024 13:44:02 +0900",
    subject=enc("RE: 시정요구 요청 (KCSC-240903-01)"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""안녕하세요, 지식iN 운영팀 이도윤입니다.

지식iN 질문글({A[6]})은 검토 결과 삭제 조치하였습니다.
함께 주신 모바일 블로그 주소({A[7]})는 존재하지 않는 게시물로 확인됩니다.

감사합니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: 시정요구 요청 (KCSC-240903-01)

{quoted_request("KCSC-240903-01", A, prefix="")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
    why="Reply states kin question deleted and mobile blog URL nonexistent; the unquoted original request below is ignored",
    items={A[6]: "removed", A[7]: "not_found"},
)

case(
    name="naver-base64-post-tv",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Sun, 08 Sep 2024 20:31:15 +0900",
    subject=enc("[KCSC-240903-01] 포스트/TV 조치 결과"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''방송통신심의위원회 귀중

네이버 포스트 및 네이버TV 게시물의 조치 결과입니다.

1) 네이버 포스트
   {A[9]}
   - 비공개 처리 완료 (일반 이용자 열람 불가)

2) 네이버TV 영상
   {A[10]}
   - 19세 이상 연령 제한 설정 (성인 인증 이용자만 시청 가능)

네이버 정책지원팀
''')}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER numbered result list in a base64-encoded body",
    why="Post made private (removed); TV clip age-restricted (restricted)",
    items={A[9]: "removed", A[10]: "restricted"},
)

case(
    name="naver-ack-plus-statement",
    frm="report@naver.com", name_from=enc("네이버 고객센터"),
    date="Wed, 04 Sep 2024 08:55:00 +0900",
    subject=enc("[네이버 고객센터] 신고가 접수되었습니다"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 신고가 접수되었습니다. (접수번호 2409040081)

이 중 아래 게시물은 긴급 건으로 분류되어 확인 즉시 게시중단하였습니다.
 - {A[0]}

그 외 게시물은 담당 부서에서 검토 후 별도로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre receipt that also reports an urgent takedown",
    why="Receipt wording plus an unhedged item-level statement is not a pure acknowledgement",
    items={A[0]: "removed"},
)

case(
    name="naver-echoed-report-numbered",
    frm="noreply-report@naver.com", name_from=enc("네이버 신고센터"),
    date="Sat, 07 Sep 2024 12:00:03 +0900",
    subject=enc("[네이버 신고센터] 신고하신 게시물의 처리결과 안내"),
    body=f"""네이버 신고센터 처리결과 안내

[신고 접수 내역]
 접수번호 : NV-20240907-0031877
 관리번호 : KCSC-240903-01
 신고 게시물 1 : {A[2]}
 신고 게시물 2 : {A[8]}
 신고 사유 : 불법정보(금융투자 사기)

[처리 결과]
 신고 게시물 1 : 게시중단
 신고 게시물 2 : 임시조치 (30일)

처리결과에 이의가 있으시면 고객센터(https://help.naver.com/support/report.help)로 문의해 주세요.
본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre result notice echoing the report, results keyed by 게시물 번호",
    why="Echoed report lists the URLs as 게시물 1/2; results section gives 게시중단 (removed) and 임시조치 (restricted) for them",
    items={A[2]: "removed", A[8]: "restricted"},
)

case(
    name="naver-wrapped-post-url",
    frm="post-ops@navercorp.com", name_from=enc("네이버 포스트 운영"),
    date="Mon, 09 Sep 2024 10:20:44 +0900",
    subject=enc("Re: KCSC-240903-01 포스트 건"),
    reply_to_req=MID["KCSC-240903-01"],
    body="""안녕하세요, 포스트 운영 담당자입니다.

다음 포스트는 관련 법령에 따라 국내에서 접근 제한 조치하였습니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=61208814

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="reply whose long URL was hard-wrapped at '&' by the sender's mail client",
    why="The wrapped URL is the requested post; 국내 접근 제한 is restricted",
    items={A[9]: "restricted"},
)

# ============================================================ APPLIED (Kakao)
KAKAO_TEXT = f"""안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(관리번호 KCSC-240904-02)에 대하여
정보통신망법 제44조의2에 따라 아래와 같이 임시조치하였음을 알려드립니다.

  - {B[0]}
  - {B[1]}

임시조치된 게시물은 30일간 접근이 차단되며, 게시자의 재게시 요청이 없으면
기간 만료 후 삭제됩니다.

카카오 권리침해신고센터 드림"""
KAKAO_HTML = f"""<html><body><div style="font-size:14px">
<p>안녕하세요. <b>Daum 권리침해신고센터</b>입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(관리번호 KCSC-240904-02)에 대하여
정보통신망법 제44조의2에 따라 아래와 같이 임시조치하였음을 알려드립니다.</p>
<ul><li>{B[0]}</li><li>{B[1]}</li></ul>
<p>임시조치된 게시물은 30일간 접근이 차단되며, 게시자의 재게시 요청이 없으면
기간 만료 후 삭제됩니다.</p>
<p>카카오 권리침해신고센터 드림</p></div></body></html>"""
case(
    name="kakao-daum-imsi-notice-alternative",
    frm="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 17:12:33 +0900",
    subject=enc("[Daum] 임시조치 처리 안내"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kko-alt-20240905"

--kko-alt-20240905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_TEXT)}
--kko-alt-20240905
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_HTML)}
--kko-alt-20240905--""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice (30-day access block), multipart/alternative",
    why="임시조치 (30-day access block) of both named cafe posts is restricted; deletion after expiry is only a future condition",
    items={B[0]: "restricted", B[1]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    frm="tistory-safety@kakaocorp.com", name_from=enc("티스토리 운영팀"),
    date="Fri, 06 Sep 2024 11:40:20 +0900",
    subject=enc("[티스토리] 요청 게시글 처리 결과 (KCSC-240904-02)"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글 2건에 대한 처리 결과를 안내드립니다.

{KO_SLUG} 게시글은 유사투자자문 불법 홍보에 해당하여 게시중단하였습니다.

{B[3]} 게시글은 검토 결과 개인의 투자 일기로 운영정책 위반으로 보기 어려워
게시를 유지합니다.

감사합니다.
티스토리 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations reply with a raw Korean-path URL",
    why="Korean slug written raw matches its percent-encoded form: removed; the second post is kept with a reason: rejected",
    items={B[2]: "removed", B[3]: "rejected"},
)

case(
    name="kakao-single-cafe-brackets",
    frm="cafe-report@daum.net", name_from=enc("다음카페 고객센터"),
    date="Thu, 12 Sep 2024 14:05:19 +0900",
    subject=enc("[다음카페] 시정요구 조치 회신 (KCSC-240911-07)"),
    reply_to_req=MID["KCSC-240911-07"],
    body=f"""방송통신심의위원회 담당자님 안녕하세요.
다음카페 고객센터입니다.

요청하신 게시글 「{G[0]}」은 카페 운영정책(불법 도박 홍보)에 따라 삭제 조치되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre reply; URL inside 「」 corner brackets followed by a particle",
    why="Unhedged deletion of the single requested cafe post",
    items={G[0]: "removed"},
)

case(
    name="kakao-numbered-angle-brackets",
    frm="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 15:55:48 +0900",
    subject=enc("RE: [KCSC-240904-02] 시정요구 처리결과"),
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
시정요구 4건에 대한 최종 처리결과를 안내드립니다.

1. <{B[0]}>
   : 삭제
2. <{B[1]}>
   : 해당 게시글 없음 (카페 폐쇄로 확인 불가)
3. <{B[2]}>
   : 국내 접근 제한
4. <{B[3]}>
   : 유지 (운영정책 위반 아님)

기타 문의는 회신 메일로 부탁드립니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao numbered final result list, URLs in angle brackets, percent-encoded Tistory slug",
    why="Four items, four statuses: removed, not_found, restricted, rejected",
    items={B[0]: "removed", B[1]: "not_found", B[2]: "restricted", B[3]: "rejected"},
)

case(
    name="kakao-gmail-quote-not-found",
    frm="cafe-report@daum.net", name_from=enc("다음카페 고객센터"),
    date="Fri, 06 Sep 2024 09:10:00 +0900",
    subject=enc("Re: [KCSC-240904-02] 다음카페 게시물 시정요구"),
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""안녕하세요, 다음카페 고객센터입니다.

{B[1]} 게시글은 신고 접수 전에 작성자가 카페를 탈퇴하면서 함께 삭제되어
현재 조치할 게시글이 존재하지 않습니다.

2024년 9월 4일 (수) 오전 11:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240904-02", B)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply (Korean '님이 작성:' attribution) above the quoted request",
    why="One cafe post stated gone (deleted with its author's account); quoted URLs below are not statements",
    items={B[1]: "not_found"},
)

# ============================================================ APPLIED (YouTube)
case(
    name="yt-legal-kr-localized",
    frm="legal-support-kr@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:22:10 +0000",
    subject=enc("[참조번호 KCSC-240905-03] YouTube 법적 신고 검토 결과"),
    body=f"""안녕하세요.

YouTube 법무지원팀입니다. 보내주신 법적 신고(참조번호 KCSC-240905-03)를 검토했습니다.

검토 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국 도메인에서 이용할 수 없도록 차단했습니다.
- {C[0]}
- {C[1]}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {C[2]}

나머지 신고 콘텐츠는 추가 검토 후 별도로 안내해 드리겠습니다.

감사합니다.
YouTube 법무지원팀""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block vs. global guideline removal)",
    why="Two videos blocked in Korea (restricted), the short removed globally; the rest only promised",
    items={C[0]: "restricted", C[1]: "restricted", C[2]: "removed"},
)

case(
    name="yt-english-age-restrict-and-no-action",
    frm="legal-support-kr@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:15:33 +0000",
    subject="Re: Legal request KCSC-240905-03 [8-2271000039471]",
    reply_to_req=MID["KCSC-240905-03"],
    body=f"""Hello,

Thanks for contacting YouTube. Following our review, we have age-restricted
the following content:

{C[3]}

We did not take action on the following content, as it does not appear to
violate local law or our Community Guidelines, and it remains available:

{C[4]}

If you have additional information, you can reply to this email.

Regards,
The YouTube Legal Team""",
    outcome="applied", classification="confirmation",
    imitates="YouTube English legal-outcome email: age-restriction plus no-action decision",
    why="Age restriction is restricted; 'did not take action ... remains available' is a refusal (the 'appear' qualifies the reason, not the outcome)",
    items={C[3]: "restricted", C[4]: "rejected"},
)

case(
    name="yt-bullets-fullwidth-punct",
    frm="yt-partner-kr@youtube.com", name_from=enc("YouTube 코리아 정책팀"),
    date="Tue, 10 Sep 2024 16:48:51 +0900",
    subject=enc("RE: [KCSC-240905-03] 추가 회신"),
    reply_to_req=MID["KCSC-240905-03"],
    body=f"""안녕하세요, YouTube 코리아 정책팀 정하린입니다.

지난 회신에서 빠진 두 건 결과 공유드립니다.

• {C[4]}：업로더가 직접 삭제하여 현재 존재하지 않는 동영상입니다.
• {C[1]}，국내 접근 제한 적용 완료.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="informal YouTube Korea policy-team follow-up, bullets with full-width colon and comma after the URLs",
    why="One video deleted by its uploader (not_found), one restricted in Korea",
    items={C[4]: "not_found", C[1]: "restricted"},
)

# ============================================================ APPLIED (DC Inside)
case(
    name="dc-operator-informal",
    frm="help@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 19:02:11 +0900",
    subject=enc("Re: 갤러리 게시물 삭제 요청 건"),
    reply_to_req=MID["KCSC-240906-04"],
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

요청주신 게시물 확인했습니다.

{D[0]}
{D[1]}
위 2건은 도박 사이트 홍보글로 확인되어 삭제 처리하였고, 작성 IP는 차단했습니다.

{D[2]}
이 글은 확인 당시 이미 작성자가 삭제한 상태였습니다.

수고하세요.""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short informal reply (URLs grouped above the statement)",
    why="'위 2건' covers the two URLs right above (named individually): removed; the third already deleted by its author: not_found",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-gongmun-table",
    frm="legal@dcinside.com", name_from=enc("(주)디시인사이드 법무팀"),
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    subject=enc("시정요구(KCSC-240906-04)에 대한 조치결과 통보"),
    body=f"""수    신 : 방송통신심의위원회 위원장
(경    유)
제    목 : 시정요구(KCSC-240906-04)에 대한 조치결과 통보

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 불법정보 시정요구에 대한 당사의 조치결과를 다음과 같이 통보합니다.

  가. 조치결과
   ┌────┬──────────────────────────────────────────┬──────────┐
   │순번│ URL                                        │ 조치결과 │
   ├────┼──────────────────────────────────────────┼──────────┤
   │ 1  │ {D[0]} │ 삭제     │
   │ 2  │ {D[1]} │ 삭제     │
   │ 3  │ {D[2]} │ 조치불가 │
   └────┴──────────────────────────────────────────┴──────────┘
  나. 조치불가 사유: 순번 3은 이용자 간 일반 대화로, 도박 사이트 홍보에 해당하지 않는 것으로 판단함.  끝.

(주)디시인사이드 대표이사 (직인생략)""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside formal 공문 조치결과 통보 with a box-drawing table",
    why="Two deletions; 조치불가 with a 'not gambling promotion' reason is a refusal: rejected",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
)

# ============================================================ APPLIED (BAND)
case(
    name="band-korean-result",
    frm="cs@band.us", name_from=enc("밴드 고객센터"),
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=enc("[BAND] 신고 게시글 처리 결과 안내 (KCSC-240909-05)"),
    body=f"""안녕하세요. 밴드 고객센터입니다.

신고해 주신 게시글에 대한 처리 결과를 안내드립니다.

■ {E[0]}
  처리 결과 : 운영정책 위반(불법 투자 권유)으로 게시글 삭제

■ {E[1]}
  처리 결과 : 밴드 리더가 이미 삭제한 게시글로 확인되어 별도 조치 없음

밴드를 이용해 주셔서 감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome with ■ blocks",
    why="First post deleted (removed); second already deleted by the band leader (not_found)",
    items={E[0]: "removed", E[1]: "not_found"},
)

case(
    name="band-english-trust-safety",
    frm="trust-safety@band.us", name_from="BAND Trust & Safety",
    date="Thu, 12 Sep 2024 03:40:00 +0000",
    subject="[BAND] Outcome of your report KCSC-240909-05",
    reply_to_req=MID["KCSC-240909-05"],
    body=f"""Hello,

Thank you for your report. We reviewed the posts you listed.

- {E[0]} -- removed for violating our Community Policy (fraudulent investment solicitation).
- {E[1]} -- we found no violation of our policies or of Korean law; this post remains available.

You can read our policy at https://band.us/policy/community.

BAND Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="BAND English trust-and-safety outcome, one line per post",
    why="removed and rejected, one per named post; the policy link is no item",
    items={E[0]: "removed", E[1]: "rejected"},
)

# ============================================================ REVIEW
case(
    name="naver-promise-sequential",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Wed, 04 Sep 2024 17:30:00 +0900",
    subject=enc("Re: [KCSC-240903-01] 시정요구 진행 상황"),
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 게시물은 내부 검토를 거쳐 금주 중 순차적으로
게시중단 조치할 예정입니다.

 - {A[0]}
 - {A[1]}
 - {A[2]}

조치가 완료되면 다시 회신드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising takedown 'this week'",
    why="'조치할 예정' is a promise, not a statement: items stay pending",
    items={A[0]: "pending", A[1]: "pending", A[2]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    frm="cafe-report@daum.net", name_from=enc("다음카페 고객센터"),
    date="Thu, 05 Sep 2024 10:25:00 +0900",
    subject=enc("Re: [KCSC-240904-02] 다음카페 게시물 시정요구"),
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""안녕하세요, 다음카페 고객센터입니다.

문의하신 게시글을 확인하려 했으나, 아래 두 건은 이미 삭제된 것으로 보입니다.
{B[0]}
{B[1]}

정확한 상태는 담당 부서 확인 후 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Daum cafe staff reply hedging ('삭제된 것으로 보입니다')",
    why="'것으로 보입니다' (appears to) is a hedge and a final answer is promised: pending",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="kakao-conditional-soamyeong",
    frm="tistory-safety@kakaocorp.com", name_from=enc("티스토리 운영팀"),
    date="Sat, 07 Sep 2024 10:00:00 +0900",
    subject=enc("[티스토리] 게시자 소명 절차 안내 (KCSC-240904-02)"),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

{B[2]}
위 게시글은 게시자에게 소명 기회를 부여하였으며, 7일 이내에 소명이 없을 경우
삭제될 예정입니다. 결과는 기간 종료 후 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Tistory notice that the poster got a 7-day chance to explain before deletion",
    why="Deletion is conditional and in the future: no statement; item pending",
    items={B[2]: "pending"},
)

case(
    name="yt-under-review",
    frm="legal-support-kr@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:10:00 +0000",
    subject=enc("Re: [KCSC-240905-03] 법적 신고 검토 중"),
    reply_to_req=MID["KCSC-240905-03"],
    body=f"""안녕하세요, YouTube 법무지원팀입니다.

신고하신 아래 동영상은 현재 현지 법률 관점에서 검토 중입니다.
 {C[0]}
 {C[1]}

검토가 끝나는 대로 결과를 알려드리겠습니다. 양해 부탁드립니다.""",
    outcome="review", review="not_understood",
    imitates="YouTube 'still under review' interim reply naming the videos",
    why="Under review is not a status; names requested items so a person should see it",
    items={C[0]: "pending", C[1]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject=enc("[KCSC-240903-01] 조치 완료 보고"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회가 요청하신 시정요구 12건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="one-line 'all N items done' completion report",
    why="Statement about all 12 items without naming any, for a multi-item request: bulk",
    items={u: "pending" for u in A},
)

case(
    name="band-bulk-all-removed",
    frm="cs@band.us", name_from=enc("밴드 고객센터"),
    date="Tue, 10 Sep 2024 18:00:00 +0900",
    subject=enc("Re: [KCSC-240909-05] 밴드 게시글 삭제 요청"),
    reply_to_req=MID["KCSC-240909-05"],
    body="""안녕하세요, 밴드 고객센터입니다.
신고하신 게시글은 모두 삭제하였습니다. 감사합니다.""",
    outcome="review", review="bulk",
    imitates="BAND one-line 'all reported posts deleted' reply",
    why="Collective statement for a two-item request: bulk",
    items={u: "pending" for u in E},
)

case(
    name="naver-auth-fail",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY), auth="fail",
    date="Thu, 05 Sep 2024 21:47:00 +0900",
    subject=enc("Re: [KCSC-240903-01] 조치결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{A[0]} 삭제 완료
{A[1]} 삭제 완료

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result message failing DKIM/SPF/DMARC",
    why="Platform domain but authentication fails: nothing applied",
    items={A[0]: "pending", A[1]: "pending"},
)

case(
    name="kakao-cafe-manager-hanmail",
    frm="jusikgo_manager@hanmail.net", name_from=enc("주식GO 카페매니저"),
    date="Thu, 05 Sep 2024 23:12:09 +0900",
    subject=enc("카페 글 삭제했습니다"),
    body=f"""안녕하세요 주식GO 카페 매니저입니다.
카페로 연락 주신 건 보고 메일 드려요.
{B[0]} 이 글은 제가 방금 지웠습니다.
앞으로 관리 잘 하겠습니다.""",
    outcome="review", review="unknown_sender",
    imitates="volunteer cafe manager writing from a personal Daum mail account",
    why="hanmail.net is not a configured Kakao sender and a cafe manager is not the platform: unknown_sender",
    items={B[0]: "pending"},
)

case(
    name="yt-law-firm-unknown",
    frm="lee.jiwon@hanbit-law.example", name_from=enc("법무법인 한빛 이지원 변호사"),
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject=enc("KCSC-240905-03 관련 의견서 및 삭제 사실 통지"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 유튜브 채널 '골드시그널' 운영자의 대리인입니다.
귀 위원회의 시정요구(KCSC-240905-03) 대상인 아래 동영상은 의뢰인이 자진 삭제하였음을 알려드립니다.
 - {C[1]}

법무법인 한빛 변호사 이지원""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for a creator to announce self-deletion",
    why="Not YouTube's domain: a person must judge it",
    items={C[1]: "pending"},
)

case(
    name="naver-about-daum-post",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject=enc("문의하신 게시물 관련 회신"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

문의하신 게시물 {G[0]} 은 현재 삭제되어 접속되지 않는 상태임을 확인하였습니다.
참고로 해당 주소는 당사 서비스가 아닌 다음카페 게시물입니다.""",
    outcome="review", review="wrong_platform",
    imitates="NAVER replying about a Daum cafe URL sent to it by mistake",
    why="NAVER states a status for a Kakao item: wrong_platform, item pending",
    items={G[0]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Fri, 13 Sep 2024 15:00:00 +0900",
    subject=enc("[네이버] 시정요구 접수 담당자 변경 안내"),
    body="""방송통신심의위원회 담당자님께,

2024년 10월 1일부터 시정요구 접수 및 회신 담당자가 아래와 같이 변경됩니다.

 - 변경 전 : 정책지원팀 김민호
 - 변경 후 : 정책지원팀 윤세아 (policy-support@navercorp.com, 031-000-0000)

기존과 동일하게 본 주소로 보내주시면 됩니다. 감사합니다.""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a change of contact person",
    why="Trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-official-letter",
    frm="legal@dcinside.com", name_from=enc("(주)디시인사이드 법무팀"),
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject=enc("Re: [KCSC-240906-04] 시정요구 관련 확인 요청"),
    reply_to_req=MID["KCSC-240906-04"],
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

보내주신 시정요구와 관련하여, 내부 규정상 기관 명의의 정식 공문(직인 날인본)이
필요합니다. 아래 게시물에 대한 공문을 PDF로 첨부해 주시면 검토 후 처리하겠습니다.

{D[0]}
{D[1]}
{D[2]}

감사합니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside asking for a sealed official letter before acting",
    why="Platform asks for documents before acting: asks_more, items pending",
    items={u: "pending" for u in D},
)

# ============================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    frm="minho.kim@navercorp.com", name_from=enc("김민호"),
    date="Mon, 16 Sep 2024 09:00:02 +0900",
    subject=enc("[자동응답] 부재중입니다: Re: [KCSC-240903-01] 시정요구"),
    reply_to_req=MID["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김민호입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로 연락 부탁드립니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="Auto-reply: ignored",
    items={},
)

case(
    name="dc-ooo-vacation",
    frm="ops.jung@dcinside.com", name_from=enc("정태윤"),
    date="Tue, 10 Sep 2024 08:30:00 +0900",
    subject=enc("자동 회신: 갤러리 게시물 삭제 요청"),
    reply_to_req=MID["KCSC-240906-04"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동 회신]
9/13까지 휴가입니다. 게시물 관련 문의는 help@dcinside.com 으로 보내주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook '자동 회신' vacation message",
    why="Auto-reply: ignored",
    items={},
)

case(
    name="kakao-ticket-receipt-echo",
    frm="noreply@kakaocorp.com", name_from=enc("카카오 고객센터"),
    date="Wed, 04 Sep 2024 11:03:12 +0900",
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다 (#20240904-118273)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""문의가 정상적으로 접수되었습니다.

접수번호 : #20240904-118273
접수일시 : 2024-09-04 11:03
문의유형 : 권리침해 > 불법정보 신고

[문의 내용]
관리번호 KCSC-240904-02 시정요구
{B[0]}
{B[1]}
{B[2]}
{B[3]}

담당자가 확인 후 순차적으로 답변드리겠습니다. 영업일 기준 3~5일 소요될 수 있습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-desk ticket receipt echoing the submitted form",
    why="Pure receipt; the URLs are our own submission echoed back with no status",
    items={},
)

case(
    name="yt-legal-ack",
    frm="legal-support-kr@google.com", name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 01:31:00 +0000",
    subject="[8-2271000039471] We received your legal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting YouTube. We have received your legal request
(your reference: KCSC-240905-03) and assigned it case ID 8-2271000039471.

Please keep this ID in the subject line of any further correspondence.

The YouTube Legal Team""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-request receipt with case ID",
    why="Pure acknowledgement of receipt",
    items={},
)

case(
    name="naver-gongmun-receipt",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Tue, 10 Sep 2024 15:20:00 +0900",
    subject=enc("[접수] 시정요구(KCSC-240910-06) 접수 확인"),
    reply_to_req=MID["KCSC-240910-06"],
    body="""안녕하세요, 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240910-06)가 정상 접수되었음을 알려드립니다.
접수번호는 NV-POL-2409-1033이며, 처리 결과는 완료 후 회신드리겠습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 접수 확인 reply to a one-item request",
    why="Receipt only: the future reply is what a receipt always says; no statement about the item",
    items={},
)

case(
    name="band-dsn-bounce",
    frm="MAILER-DAEMON@mx1.band.us", name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7F1A2C0B9E.1725843641/mx1.band.us"

--7F1A2C0B9E.1725843641/mx1.band.us
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@band.us>: host mx1.band.us said: 550 5.1.1 <legal@band.us>:
    Recipient address rejected: User unknown

--7F1A2C0B9E.1725843641/mx1.band.us
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.band.us
Arrival-Date: Mon,  9 Sep 2024 10:00:40 +0900 (KST)

Final-Recipient: rfc822; legal@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@band.us>: Recipient address rejected: User unknown

--7F1A2C0B9E.1725843641/mx1.band.us
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: takedown@kcsc.example
To: legal@band.us
Subject: [KCSC-240909-05] {enc("밴드 게시글 삭제 요청")}
Message-ID: <{MID["KCSC-240909-05"]}@kcsc.example>
Date: Mon, 9 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request("KCSC-240909-05", E, prefix="")}

--7F1A2C0B9E.1725843641/mx1.band.us--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request with the original message",
    why="Bounce: ignored even though the returned request names the URLs",
    items={},
)

case(
    name="naver-mdn-read",
    frm="policy-support@navercorp.com", name_from=enc(NAVER_POLICY),
    date="Tue, 03 Sep 2024 10:42:00 +0900",
    subject=enc("읽음: [KCSC-240903-01] 시정요구 요청"),
    reply_to_req=MID["KCSC-240903-01"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-0903-nv"

--mdn-0903-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
받는 사람: policy-support@navercorp.com
제목: [KCSC-240903-01] 시정요구 요청
읽은 시간: 2024-09-03 오전 10:42

--mdn-0903-nv
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy-support@navercorp.com
Original-Message-ID: <{MID["KCSC-240903-01"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0903-nv--""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="Read receipt: ignored",
    items={},
)


HEADER = """# Blind set 953: Korean platforms (NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND) writing in Korean: 공문-style letters, 임시조치 notices,
# 시정요구 조치결과 tables, informal operator replies.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
