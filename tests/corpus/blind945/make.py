#!/usr/bin/env python3
"""Blind set 945: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven), Korean mixed with English, plus the
doubtful and ignorable mail a regulator's mailbox receives.

Written without reading the reader (src/) or any other corpus set; the
expected result of each case comes from the meaning of its email alone.

    python3 tests/corpus/blind945/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind945"


def ew(s):
    """RFC 2047 encoded word for a header holding Korean text."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "코인-리딩방-무료초대"
TISTORY_RAW = "https://orchard-lamp.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://orchard-lamp.tistory.com/entry/" + quote(TISTORY_SLUG)

N = [
    None,
    "https://blog.naver.com/moonlit_ferry22/223561400101",
    "https://blog.naver.com/moonlit_ferry22/223561400188",
    "https://blog.naver.com/gold_sparrow_kr/223558712034",
    "https://cafe.naver.com/quietlanternclub/88231",
    "https://cafe.naver.com/quietlanternclub/88247",
    "https://cafe.naver.com/bluedeckmarket/412090",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471122093",
    "https://m.blog.naver.com/haneul_pier/223570011457",
    "https://blog.naver.com/haneul_pier/223570011902",
    "https://cafe.naver.com/bluedeckmarket/412311",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38112047&memberNo=55120931",
    "https://tv.naver.com/v/61234087",
    "https://cafe.naver.com/ca-fe/cafes/31104577/articles/5521",
    "https://blog.naver.com/gold_sparrow_kr/223559020417",
]
D = [
    None,
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812590",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlab_x&no=220418",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlab_x&no=220533",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl7&no=10452",
]
K = [
    None,
    "https://cafe.daum.net/saltwind_market/Ktq3/18820",
    "https://cafe.daum.net/saltwind_market/Ktq3/18857",
    TISTORY,
    "https://cafe.daum.net/pinegroveclub/ZaB1/5530",
]
S = [
    None,
    "https://vod.sooplive.co.kr/player/131845220",
    "https://vod.sooplive.co.kr/player/131851007",
    "https://ch.sooplive.co.kr/redfox_tv99/post/118402233",
]
F = [None, "https://www.fmkorea.com/7391120488", "https://www.fmkorea.com/7391125570"]
C = [None, "https://www.clien.net/service/board/park/18734120"]
I = [
    None,
    "https://www.inven.co.kr/board/lostark/4821/1190344",
    "https://www.inven.co.kr/board/maple/5974/3308812",
    "https://www.inven.co.kr/board/diablo4/6012/402117",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     N[1:], "illegal_investment_ads", "리딩방·유사투자자문 불법 광고 (블로그/카페/지식iN/포스트/TV)"),
    ("KCSC-240904-02", "dcinside", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     D[1:], "defamation", "갤러리 게시물 명예훼손·개인정보 노출"),
    ("KCSC-240905-03", "daum", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     K[1:], "illegal_investment_ads", "Daum 카페·티스토리 불법 광고"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     S[1:], "obscenity", "VOD 및 방송국 게시글 음란·선정"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     F[1:], "defamation", "특정인 비방 게시물"),
    ("KCSC-240910-06", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     C[1:], "personal_data", "개인정보 노출 게시물"),
    ("KCSC-240911-07", "inven", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00",
     I[1:], "illegal_gambling", "게임 게시판 불법 도박 홍보"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # KCSC-240903-01 -> req-240903-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, prefix=""):
    """Our own request as quoted below a reply."""
    lines = [
        "방송통신심의위원회입니다.",
        "",
        f"정보통신망법 제44조의7에 따라 아래 정보에 대한 시정요구({ref})를 전달드립니다.",
        "삭제 또는 접속차단 후 조치 결과를 회신해 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


NAVER_RIGHT = "right_noreply@navercorp.com"
NAVER_POLICY = "policy@navercorp.com"
KAKAO_CS = "noreply_cs@kakaocorp.com"
DC = "report@dcinside.com"
SOOP = "safety@sooplive.co.kr"
FM = "admin@fmkorea.com"
CLIEN = "admin@clien.net"
INVEN = "cs@inven.co.kr"

cases = []


def add(**c):
    cases.append(c)


# ================================================================ APPLIED

add(
    name="naver-gesijungdan-result-list",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 요청 처리 결과 안내 (numbered list, result on the line below each URL)",
    why="NAVER states per URL: 블라인드, 삭제, 임시조치, and a post the author deleted before the request",
    **{"from": NAVER_RIGHT}, name_from=ew("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject=ew("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 2024년 9월 3일 요청하신 게시물(요청번호 KCSC-240903-01)에
대한 처리 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   처리 결과: 블라인드 처리 완료
2. {N[2]}
   처리 결과: 삭제 완료
3. {N[3]}
   처리 결과: 임시조치 (30일)
4. {N[4]}
   처리 결과: 게시물 없음 (요청 접수 전 작성자가 직접 삭제)

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.
게시중단 제도 안내: https://right.naver.com/guide

감사합니다.
네이버 권리보호센터 드림
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

add(
    name="naver-html-table-five",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (No / URL / 조치 결과 / 비고)",
    why="HTML table: two deletions, one 임시조치, one refusal with its reason, one post that does not exist",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 11:05:33 +0900",
    subject=ew("RE: [KCSC-240903-01] 시정요구 조치 결과 회신"),
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:Malgun Gothic,sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240903-01) 대상 중 아래 5건의 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e8f5e9"><th>No</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>삭제</td><td>카페 운영원칙 위반</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>임시조치</td><td>30일간 접근 제한</td></tr>
<tr><td>7</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>조치 불가</td><td>검토 결과 불법정보에 해당하지 않아 게시 유지</td></tr>
<tr><td>8</td><td><a href="{N[8]}">{N[8]}</a></td><td>해당 없음</td><td>존재하지 않는 게시물 (URL 오류 또는 기삭제)</td></tr>
<tr><td>9</td><td><a href="{N[9]}">{N[9]}</a></td><td>삭제</td><td>-</td></tr>
</table>
<p>문의: 네이버 정책지원팀 <a href="mailto:policy@navercorp.com">policy@navercorp.com</a></p>
</body></html>
""",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N[8]: "not_found", N[9]: "removed"},
)

_naver_csv_rows = [
    ("1", N[1], "삭제", "2024-09-06 14:10", ""),
    ("2", N[2], "삭제", "2024-09-06 14:10", ""),
    ("3", N[3], "임시조치", "2024-09-05 16:30", "30일 접근 제한"),
    ("4", N[4], "게시물 없음", "", "작성자 자진 삭제"),
    ("5", N[5], "삭제", "2024-09-06 09:55", ""),
    ("6", N[6], "임시조치", "2024-09-06 09:55", "30일 접근 제한"),
    ("7", N[7], "조치 불가", "", "위반사항 확인되지 않음"),
    ("8", N[8], "게시물 없음", "", "존재하지 않는 URL"),
    ("9", N[9], "삭제", "2024-09-06 10:02", ""),
    ("10", N[10], "국내 접속 차단", "2024-09-06 10:20", ""),
    ("11", N[11], "삭제", "2024-09-06 10:31", ""),
    ("12", N[12], "연령 제한(19세)", "2024-09-06 10:40", "성인 인증 후 시청"),
    ("13", N[13], "비공개 처리", "2024-09-06 11:02", "카페 매니저 조치"),
    ("14", N[14], "삭제", "2024-09-06 11:15", ""),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "조치일시", "비고"])
for _r in _naver_csv_rows:
    _w.writerow(_r)
_NAVER_CSV = "\ufeff" + _buf.getvalue()

add(
    name="naver-csv-attachment-all14",
    outcome="applied", classification="confirmation",
    imitates="portal's 조치결과 spreadsheet sent back to the regulator as a CSV attachment",
    why="CSV lists all 14 URLs, each with its own 조치결과 (삭제, 임시조치, 국내 접속 차단, 연령 제한, 비공개, 조치 불가, 게시물 없음)",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    subject=ew("[NAVER] KCSC-240903-01 조치결과 회신 (첨부)"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="nv-0906-b1"

--nv-0906-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요. NAVER 정책지원팀입니다.

KCSC-240903-01 건 14개 URL 전체에 대한 조치 결과를 첨부 CSV 파일로 보내드립니다.
파일의 '조치결과' 열을 확인해 주시기 바랍니다.

감사합니다.
''')}
--nv-0906-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_NAVER_CSV)}
--nv-0906-b1--
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N[8]: "not_found",
           N[9]: "removed", N[10]: "restricted", N[11]: "removed", N[12]: "restricted",
           N[13]: "removed", N[14]: "removed"},
)

add(
    name="naver-english-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English reply top-posted over a Gmail-quoted request",
    why="two items disabled/removed in the reply; the other URLs appear only in the '>' quoted request",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Sat, 07 Sep 2024 09:14:51 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal information",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Following up on KCSC-240903-01: our team has disabled the NAVER Post article
{N[11]}
and removed the NAVER TV clip {N[12]} for violating our
community guidelines.

We are still looking at the other links in your list and will write again.

Best regards,
Jiwon Seo
NAVER Trust & Safety

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-01", N[1:], "> ")}
""",
    items={N[11]: "removed", N[12]: "removed", N[1]: "pending", N[5]: "pending"},
)

add(
    name="naver-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/blog operations reply: bare URL, then '- 처리결과:' on the next line",
    why="each bare URL is followed by its result line: 비공개 처리 and 삭제",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 카페 운영팀"),
    date="Mon, 09 Sep 2024 13:01:44 +0900",
    subject=ew("KCSC-240903-01 추가 처리 결과"),
    body=f"""
KCSC-240903-01 중 나머지 두 건 결과입니다.

{N[13]}
- 처리결과: 비공개 처리 (카페 매니저 활동 정지 포함)

{N[14]}
- 처리결과: 삭제

네이버 카페 운영팀
""",
    items={N[13]: "removed", N[14]: "removed"},
)

add(
    name="naver-qp-kin-operator-delete",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 notice of 운영자 삭제, quoted-printable Korean body",
    why="the 지식iN question is stated deleted by the operator; URL alone on its line, 은(는) on the next",
    **{"from": "kin_help@navercorp.com"}, name_from=ew("네이버 지식iN"),
    date="Fri, 06 Sep 2024 10:22:05 +0900",
    subject=ew("[지식iN] 요청하신 게시물 처리 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 지식iN 운영팀입니다.

요청번호 KCSC-240903-01 중 지식iN 질문 게시물
{N[7]}
은(는) 지식iN 운영원칙(불법 광고) 위반으로 운영자 삭제되었습니다.
질문에 달린 답변 3건도 함께 삭제되었습니다.

감사합니다.
''')}
""",
    items={N[7]: "removed"},
)

add(
    name="naver-base64-html-imsijochi",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 제44조의2) as a base64 HTML mail",
    why="two posts put under 임시조치 (30일 접근 제한): restricted",
    **{"from": NAVER_RIGHT}, name_from=ew("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 18:03:27 +0900",
    subject=ew("[네이버] 임시조치 결과 안내"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''<html><body>
<div style="max-width:640px;font-family:sans-serif">
<h3 style="color:#03c75a">NAVER 권리보호센터</h3>
<p>요청번호 <b>KCSC-240903-01</b> 관련하여 아래 게시물에 대해 정보통신망법 제44조의2에 따른
임시조치(30일간 접근 제한)를 하였음을 알려드립니다.</p>
<ul>
<li><a href="{N[3]}">{N[3]}</a></li>
<li><a href="{N[6]}">{N[6]}</a></li>
</ul>
<p>임시조치 기간 중 게시자는 재게시를 요청할 수 있습니다.
자세한 내용은 <a href="https://right.naver.com/faq">권리보호센터 FAQ</a>를 참고해 주세요.</p>
</div>
</body></html>
''')}
""",
    items={N[3]: "restricted", N[6]: "restricted"},
)

add(
    name="naver-post-url-wrapped",
    outcome="applied", classification="confirmation",
    imitates="NAVER Post operations bilingual reply where the long URL is wrapped at '&' by the mail client",
    why="the NAVER Post article is stated 게시중단 / taken down; its URL is split over two lines",
    **{"from": "post_help@navercorp.com"}, name_from=ew("네이버 포스트 운영팀"),
    date="Sun, 08 Sep 2024 20:40:12 +0900",
    subject=ew("Re: [KCSC-240903-01] 포스트 게시중단 요청"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 포스트 운영팀입니다.

KCSC-240903-01 요청 건 중 아래 포스트는 게시중단 처리되었습니다.

https://post.naver.com/viewer/postView.naver?volumeNo=38112047&
memberNo=55120931

The post above has been taken down and is no longer available to any user.

네이버 포스트 운영팀
""",
    items={N[11]: "removed"},
)

add(
    name="naver-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply opening with a 접수번호 and then giving the results",
    why="starts like a receipt but states unhedged results: one deleted, one access-restricted in Korea",
    **{"from": "help@naver.com"}, name_from=ew("네이버 고객센터"),
    date="Mon, 09 Sep 2024 09:31:00 +0900",
    subject=ew("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

보내주신 요청은 접수번호 NVR-240909-0077 로 접수되었습니다.
확인 결과 아래와 같이 조치되었음을 알려드립니다.

- {N[9]} : 이미 삭제 조치됨
- {N[10]} : 국내 접근 제한 조치 완료

추가 문의는 고객센터(https://help.naver.com)로 해 주세요.
""",
    items={N[9]: "removed", N[10]: "restricted"},
)

add(
    name="naver-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply from Outlook over '-----Original Message-----' (request unquoted below)",
    why="two cafe posts stated in the reply (cafe manager deleted one, 임시조치 on the other); the request below the separator changes nothing",
    **{"from": "daeho.kim@navercorp.com"}, name_from=ew("김대호"),
    date="Tue, 10 Sep 2024 15:47:09 +0900",
    subject=ew("RE: [KCSC-240903-01] 시정요구 (불법정보 삭제 요청)"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 김대호입니다.

문의하신 카페 게시물 두 건 결과 공유드립니다.
- {N[4]} : 카페 매니저가 운영원칙 위반으로 삭제했습니다.
- {N[5]} : 임시조치(30일) 완료했습니다.

감사합니다.
김대호 드림 | NAVER 정책협력

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구 (불법정보 삭제 요청)

{request_text("KCSC-240903-01", N[1:])}
""",
    items={N[4]: "removed", N[5]: "restricted", N[6]: "pending"},
)

add(
    name="dc-delete-notice",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 고객센터 게시물 삭제 요청 처리 결과 안내 (■ URL / → result)",
    why="two posts deleted, one already deleted when the request arrived; two left for later",
    **{"from": DC}, name_from=ew("디시인사이드 고객센터"),
    date="Thu, 05 Sep 2024 14:20:41 +0900",
    subject=ew("[디시인사이드] 게시물 삭제 요청 처리 결과 안내 - KCSC-240904-02"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

■ {D[1]}
  → 삭제 처리되었습니다.
■ {D[2]}
  → 삭제 처리되었으며, 작성자 IP는 7일간 글쓰기가 차단되었습니다.
■ {D[3]}
  → 요청 접수 시점에 이미 삭제된 게시물입니다.

나머지 2건은 해당 마이너 갤러리 매니저 확인 후 다시 안내해 드리겠습니다.

디시인사이드 고객센터
※ 본 메일은 발신전용입니다.
""",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

add(
    name="dc-mixed-rejected-bilingual",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply, Korean with English gloss, one refusal and one deletion",
    why="numbered: one post kept after review (does not break the terms), the mini-gallery post deleted",
    **{"from": "ops@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 11:12:30 +0900",
    subject="Re: KCSC-240904-02",
    body=f"""
KCSC 담당자님,

KCSC-240904-02 나머지 두 건 회신드립니다.

1) {D[4]}
   갤러리 매니저 및 본사 검토 결과 개인 투자 의견 글로 판단되어 삭제하지 않습니다.
   (We reviewed it; it does not violate our terms, so it stays up.)
2) {D[5]}
   미니 갤러리 게시물은 삭제했고, 해당 미니 갤러리는 운영 중단 처리했습니다.

디시인사이드 운영팀
""",
    items={D[4]: "rejected", D[5]: "removed"},
)

add(
    name="dc-fullwidth-parens-angle",
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up in running Korean prose, URL in full-width parentheses and in angle brackets",
    why="both posts stated deleted (one by the site, one by the gallery manager)",
    **{"from": "ops@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 17:58:02 +0900",
    subject=ew("KCSC-240904-02 관련 추가 안내"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240904-02 관련하여 추가로 확인된 결과입니다.
주식 갤러리 게시물（{D[2]}）은 삭제 완료되었고,
코인 마이너 갤러리 게시물 <{D[3]}>는 갤러리 매니저가 삭제했습니다.

감사합니다.
""",
    items={D[2]: "removed", D[3]: "removed"},
)

add(
    name="dc-echoed-report-form",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고 처리 결과 mail echoing the submitted report form",
    why="the echoed form lists both URLs and its result field says both reported posts were deleted (each URL named)",
    **{"from": "noreply@dcinside.com"}, name_from=ew("디시인사이드"),
    date="Sat, 07 Sep 2024 08:05:19 +0900",
    subject=ew("[디시인사이드] 신고 처리 결과"),
    body=f"""
[신고 처리 결과]

신고번호 : DC-R-2409-55821
신고자   : 방송통신심의위원회 (takedown@kcsc.example)
신고사유 : 불법정보 (시정요구 KCSC-240904-02)
신고 게시물 :
  {D[1]}
  {D[5]}

처리상태 : 처리 완료
처리내용 : 신고된 게시물 2건 모두 삭제

디시인사이드를 이용해 주셔서 감사합니다.
""",
    items={D[1]: "removed", D[5]: "removed"},
)

add(
    name="daum-imsijochi-notice",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 권리침해 신고 임시조치(30일) 안내 for Daum cafe posts",
    why="both cafe posts under 임시조치 for 30 days (hidden except to the author): restricted",
    **{"from": KAKAO_CS}, name_from=ew("카카오 고객센터"),
    date="Fri, 06 Sep 2024 10:40:55 +0900",
    subject=ew("[Daum] 권리침해 신고 처리 결과 안내 (KCSC-240905-03)"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 신고하신 Daum 카페 게시물 2건에 대하여
정보통신망법 제44조의2 및 Daum 서비스 운영정책에 따라 임시조치(30일)를
하였음을 알려드립니다.

- {K[1]}
- {K[2]}

임시조치 기간 동안 게시물은 작성자 본인 외에는 볼 수 없으며,
작성자의 재게시 요청이 없으면 기간 종료 후 삭제됩니다.

운영정책 안내: https://cs.daum.net/policy
""",
    items={K[1]: "restricted", K[2]: "restricted"},
)

add(
    name="daum-tistory-raw-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations reply quoting the post URL with its raw Korean slug",
    why="raw Korean path matches the percent-encoded request URL; the post is stated deleted",
    **{"from": "tistory_help@kakaocorp.com"}, name_from=ew("티스토리 운영팀"),
    date="Sat, 07 Sep 2024 12:16:40 +0900",
    subject=ew("[티스토리] KCSC-240905-03 처리 결과"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

KCSC-240905-03 요청 중 티스토리 블로그 글
{TISTORY_RAW} 에 대해 확인하였습니다.
해당 글은 유사투자자문 불법 광고로 판단되어 삭제 조치하였고,
블로그에는 이용 제한이 적용되었습니다.

티스토리 운영팀 드림
""",
    items={K[3]: "removed"},
)

add(
    name="daum-english-blind-and-geo",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English decision notice (Post / Decision pairs)",
    why="one cafe post blinded for all users (removed), one blocked from Korea (restricted)",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 16:03:11 +0900",
    subject="Your request KCSC-240905-03: decisions",
    body=f"""
Dear KCSC team,

Regarding your request KCSC-240905-03, please find our decisions below.

Post: {K[4]}
Decision: blinded. The post is hidden from all users and the board it was
on has been closed.

Post: {K[1]}
Decision: access from the Republic of Korea has been blocked (country-level
restriction).

Kakao Trust & Safety
https://www.kakao.com/policy/oppolicy
""",
    items={K[4]: "removed", K[1]: "restricted"},
)

add(
    name="soop-vod-mixed-bilingual",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 운영정책팀 bilingual result with bullet lines 'URL — result'",
    why="VOD deleted, VOD made private by the operator, channel post does not exist",
    **{"from": SOOP}, name_from=ew("SOOP 운영정책팀"),
    date="Mon, 09 Sep 2024 10:15:27 +0900",
    subject=ew("[SOOP] KCSC-240906-04 처리 결과 / Result of your request"),
    body=f"""
안녕하세요, SOOP(숲) 운영정책팀입니다.
Hello, this is the SOOP Trust & Safety team.

KCSC-240906-04 요청 건 처리 결과입니다.

• VOD {S[1]} — 삭제 완료 (deleted)
• VOD {S[2]} — 운영자 비공개 처리 (made private by an operator)
• 방송국 게시글 {S[3]} — 존재하지 않는 게시물입니다 (not found)

해당 스트리머에게는 운영정책 위반에 따른 방송 정지 3일이 적용되었습니다.

SOOP 운영정책팀
""",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

add(
    name="soop-age-restricted-not-deleted",
    outcome="applied", classification="confirmation",
    imitates="SOOP English reply: not deleted but set to 19+ with adult verification",
    why="'we did not delete it, but it is now age-restricted (19+)': restricted, not removed",
    **{"from": SOOP}, name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 09:02:48 +0900",
    subject="RE: KCSC-240906-04",
    body=f"""
Hi,

About VOD {S[2]} in KCSC-240906-04:
we did not delete it, but it is now age-restricted (19+ only). Viewers must
complete adult verification before it plays.

Thanks,
SOOP Trust & Safety
""",
    items={S[2]: "restricted"},
)

add(
    name="fmkorea-both-deleted",
    outcome="applied", classification="confirmation",
    imitates="FM Korea 운영진 short reply, 'URL : 삭제' list",
    why="each of the two posts is named with 삭제",
    **{"from": FM}, name_from=ew("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 11:30:00 +0900",
    subject=ew("Re: [KCSC-240909-05] 시정요구"),
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

보내주신 시정요구(KCSC-240909-05) 관련 처리 결과입니다.

- {F[1]} : 삭제
- {F[2]} : 삭제 (작성자 영구 이용정지)

감사합니다.
""",
    items={F[1]: "removed", F[2]: "removed"},
)

add(
    name="fmkorea-removed-and-kept",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin prose reply: one post deleted, one kept with a reason",
    why="first post deleted by the admins; second kept as general criticism naming no one (rejected)",
    **{"from": FM}, name_from=ew("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 13:44:21 +0900",
    subject=ew("KCSC-240909-05 처리 결과"),
    body=f"""
담당자님 안녕하세요.

{F[1]} 글은 오늘 오전 운영진이 삭제했습니다.

{F[2]} 글은 검토해 봤는데 특정인을 지칭하지 않는
일반적인 비판글이라 커뮤니티 규정 위반으로 보기 어려워, 삭제하지 않고 유지하기로 했습니다.

에펨코리아 운영진 드림
""",
    items={F[1]: "removed", F[2]: "rejected"},
)

add(
    name="clien-sole-no-url",
    outcome="applied", classification="confirmation",
    imitates="Clien 운영자 one-line reply in the request's thread, no URL",
    why="reply to the one-item request KCSC-240910-06 saying the post was deleted",
    **{"from": CLIEN}, name_from=ew("클리앙 운영자"),
    date="Wed, 11 Sep 2024 10:05:00 +0900",
    subject=ew("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""
안녕하세요, 클리앙 운영자입니다.

말씀하신 모두의공원 게시물은 확인 후 삭제했습니다.
작성자에게는 30일 이용정지를 적용했습니다.

클리앙 운영팀 드림
""",
    items={C[1]: "removed"},
)

add(
    name="clien-kept-korean-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Clien admin English refusal top-posted over a Korean-locale Gmail quote ('…님이 작성:')",
    why="the post is kept: it breaks none of Clien's rules (rejected)",
    **{"from": CLIEN}, name_from="Clien Admin",
    date="Thu, 12 Sep 2024 16:27:43 +0900",
    subject=ew("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

We looked at {C[1]} again after your
request. It is a news link with user commentary and breaks none of our rules,
so we are keeping it up.

Regards,
Clien operations

2024년 9월 10일 (화) 오후 3:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240910-06", C[1:], "> ")}
""",
    items={C[1]: "rejected"},
)

add(
    name="inven-bulleted-mixed",
    outcome="applied", classification="confirmation",
    imitates="Inven 고객지원팀 result with '* board URL' then ': result' on the next line",
    why="one post deleted, one moved to the adult-verified board (restricted), one deleted by its author (not found)",
    **{"from": INVEN}, name_from=ew("인벤 고객지원팀"),
    date="Thu, 12 Sep 2024 14:09:36 +0900",
    subject=ew("[인벤] KCSC-240911-07 처리 결과 안내"),
    body=f"""
안녕하세요. 인벤 고객지원팀입니다.
KCSC-240911-07 건 처리 결과를 알려드립니다.

* 로스트아크 게시판 {I[1]}
  : 삭제 처리
* 메이플 게시판 {I[2]}
  : 성인 인증 게시판으로 이동 (미인증 이용자 접근 제한)
* 디아블로4 게시판 {I[3]}
  : 존재하지 않는 게시물 (작성자 자진 삭제)

감사합니다.
""",
    items={I[1]: "removed", I[2]: "restricted", I[3]: "not_found"},
)

add(
    name="inven-url-below-statement",
    outcome="applied", classification="confirmation",
    imitates="Inven 운영팀 reply with the statement line first and the URL on the line below",
    why="'아래 게시물은 … 삭제되었습니다' over one URL, '… 게시를 유지합니다' over another",
    **{"from": "webmaster@inven.co.kr"}, name_from=ew("인벤 운영팀"),
    date="Fri, 13 Sep 2024 10:48:02 +0900",
    subject=ew("Re: [KCSC-240911-07] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 인벤 운영팀입니다.

검토 결과 아래 게시물은 운영정책 위반으로 삭제되었습니다.
{I[1]}

아래 게시물은 위반 사항이 확인되지 않아 게시를 유지합니다.
{I[3]}

운영정책 전문: https://www.inven.co.kr/webzine/rule
""",
    items={I[1]: "removed", I[3]: "rejected"},
)

# ================================================================ REVIEW

add(
    name="naver-promise-under-review",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER 정책지원팀 interim reply: 검토 중, 조치될 예정",
    why="only a promise ('검토가 끝나는 대로 게시중단 조치될 예정'): items stay pending",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 15:11:02 +0900",
    subject=ew("RE: [KCSC-240903-01] 시정요구 조치 진행 상황"),
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 관련, 아래 게시물은 현재 담당 부서에서 검토 중이며
검토가 끝나는 대로 게시중단 조치될 예정입니다.

{N[1]}
{N[2]}

처리 완료 후 다시 안내드리겠습니다.
""",
    items={N[1]: "pending", N[2]: "pending"},
)

add(
    name="dc-hedged-seems-deleted",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="DC Inside staff reply guessing the posts were deleted by their authors",
    why="'지운 것 같습니다' / 'may have been deleted … not confirmed': hedges, not statements",
    **{"from": "ops@dcinside.com"}, name_from=ew("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 09:40:18 +0900",
    subject="Re: KCSC-240904-02",
    body=f"""
KCSC 담당자님,

요청하신 {D[1]} 게시물은 현재 열리지 않는 것으로 보아
작성자가 지운 것 같습니다.
{D[2]} 도 비슷한 상황으로 보이는데,
서버 로그를 확인해 봐야 정확히 말씀드릴 수 있습니다.

It looks like both posts may have been deleted by their authors, but we have
not confirmed this yet.

디시인사이드 운영팀
""",
    items={D[1]: "pending", D[2]: "pending"},
)

add(
    name="naver-bulk-all-fourteen",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line completion notice for a whole 시정요구 batch",
    why="'14건 전부 게시중단' without naming each item, for a 14-item request: bulk",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 18:30:00 +0900",
    subject=ew("[NAVER] KCSC-240903-01 조치 완료"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01로 요청하신 게시물 14건 전부 게시중단(삭제) 조치를
완료하였습니다.

협조해 주셔서 감사합니다.
""",
    items={u: "pending" for u in N[1:]},
)

add(
    name="daum-bulk-all-blinded-english",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Kakao English batch completion notice",
    why="'All four posts listed … have been blinded' names no post: bulk, items pending",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="KCSC-240905-03 completed",
    body="""
Dear KCSC team,

All four posts listed in your request KCSC-240905-03 have been blinded and are
no longer visible on Daum or Tistory.

Kakao Trust & Safety
""",
    items={u: "pending" for u in K[1:]},
)

add(
    name="dc-dmarc-fail",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="DC Inside-style result notice whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="claims two deletions but fails authentication for dcinside.com",
    auth="fail",
    **{"from": DC}, name_from=ew("디시인사이드 고객센터"),
    date="Sun, 08 Sep 2024 03:12:40 +0900",
    subject=ew("[디시인사이드] 게시물 삭제 완료 안내 KCSC-240904-02"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

KCSC-240904-02 요청 게시물 처리 결과입니다.

{D[3]} - 삭제 완료
{D[4]} - 삭제 완료

감사합니다.
""",
    items={D[3]: "pending", D[4]: "pending"},
)

add(
    name="naver-cafe-manager-gmail",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="a NAVER cafe manager writing from a personal Gmail address",
    why="the sender is not NAVER (gmail.com), though it names two requested posts as deleted",
    **{"from": "byeol.cafe.mgr@gmail.com"}, name_from=ew("조은별"),
    date="Wed, 04 Sep 2024 22:48:13 +0900",
    subject=ew("카페 게시글 삭제했습니다"),
    body=f"""
안녕하세요 방심위 담당자님,
퀘이엇랜턴 클럽 카페 매니저 조은별입니다.
네이버에서 연락받고 확인해 보니 저희 카페에 문제 글이 있어서 바로 지웠습니다.

{N[4]}
{N[5]}

두 글 모두 삭제했고 작성자는 강퇴 처리했습니다. 앞으로 더 신경 쓰겠습니다.
""",
    items={N[4]: "pending", N[5]: "pending"},
)

add(
    name="soop-outsourced-vendor",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="an outsourced moderation vendor answering 'on behalf of' the platform",
    why="trustline-bpo.co.kr is no platform's domain, even though it writes for SOOP",
    **{"from": "ops@trustline-bpo.co.kr"}, name_from="TrustLine Moderation Desk",
    date="Sun, 08 Sep 2024 21:05:55 +0900",
    subject="[SOOP] KCSC-240906-04 action report",
    body=f"""
Hello KCSC,

On behalf of SOOP, our moderation desk has processed your request
KCSC-240906-04:

- {S[1]} : removed
- {S[3]} : removed

Ticket TL-88120. This mailbox is monitored on weekdays only.

TrustLine Moderation Desk (contractor for SOOP Co., Ltd.)
""",
    items={S[1]: "pending", S[3]: "pending"},
)

add(
    name="naver-about-tistory-url",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="NAVER reply to a request misaddressed to it: the link is on another company's service",
    why="NAVER says the Tistory (Kakao) post cannot be found on its service; NAVER cannot speak for a Daum item",
    **{"from": NAVER_POLICY}, name_from=ew("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 14:33:21 +0900",
    subject=ew("RE: [KCSC-240905-03] 시정요구 - 수신처 확인 요청"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-03 요청서가 네이버로 전달되었습니다.
요청서의 {K[3]}
는 네이버 서비스 게시물이 아니며, 당사 시스템에서 해당 게시물은 확인되지 않습니다.
카카오(티스토리) 측에 요청해 주시기 바랍니다.

감사합니다.
""",
    items={K[3]: "pending"},
)

add(
    name="inven-asks-official-letter",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Inven 법무지원팀 asking for the 시정요구 의결서 (official letter) before acting",
    why="asks for documents before any action; names two requested posts, states nothing",
    **{"from": "legal@inven.co.kr"}, name_from=ew("인벤 법무지원팀"),
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject=ew("Re: [KCSC-240911-07] 공문 요청"),
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 인벤 법무지원팀입니다.

KCSC-240911-07 요청과 관련하여, 아래 두 게시물에 대한 조치를 진행하려면
위원회의 시정요구 의결서 사본(공문)이 필요합니다.

{I[1]}
{I[2]}

공문을 회신해 주시면 확인 후 바로 처리하겠습니다.
""",
    items={I[1]: "pending", I[2]: "pending"},
)

add(
    name="kakao-transparency-newsletter",
    outcome="review", classification="other", review="no_claims",
    imitates="Kakao 투명성 리포트 발간 안내 sent to partner institutions",
    why="trusted Kakao mail with no item and no request reference",
    **{"from": "policy-news@kakaocorp.com"}, name_from=ew("카카오 정책팀"),
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject=ew("[Kakao] 2024년 상반기 투명성 리포트 발간 안내"),
    body="""
안녕하세요, 카카오 정책팀입니다.

카카오는 2024년 상반기 투명성 리포트를 발간했습니다.
이번 리포트에는 기관 요청에 따른 게시물 조치 현황, 임시조치 건수,
불법촬영물 신고 처리 현황 등이 담겨 있습니다.

리포트 보기: https://privacy.kakao.com/transparency/2024h1

앞으로도 안전한 서비스 환경을 위해 노력하겠습니다.
카카오 정책팀 드림
""",
    items={},
)

add(
    name="kcsc-staff-forward-fmkorea",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="a colleague forwarding a platform reply from their own mailbox (Gmail-style forward)",
    why="the FM Korea statements arrive forwarded by our own staff, not from fmkorea.com",
    **{"from": "jh.park@kcsc.example"}, name_from=ew("박지현"),
    date="Wed, 11 Sep 2024 14:40:02 +0900",
    subject=ew("Fwd: Re: [KCSC-240909-05] 시정요구 처리 결과"),
    body=f"""
팀장님, 에펨코리아에서 제 개인 메일로 회신이 와서 전달드립니다.

---------- Forwarded message ---------
From: 에펨코리아 운영진 <admin@fmkorea.com>
Date: 2024년 9월 11일 (수) 오후 2:15
Subject: Re: [KCSC-240909-05] 시정요구 처리 결과
To: <jh.park@kcsc.example>

{F[1]} 삭제했습니다.
{F[2]} 삭제했습니다.
""",
    items={F[1]: "pending", F[2]: "pending"},
)

add(
    name="fmkorea-conditional-deletion",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="FM Korea admin reply: author asked for 소명, deletion only if none arrives",
    why="deletion is conditional and in the future: the post stays pending",
    **{"from": FM}, name_from=ew("에펨코리아 운영진"),
    date="Tue, 10 Sep 2024 09:12:44 +0900",
    subject=ew("KCSC-240909-05 관련"),
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F[1]} 글에 대해 작성자에게 소명 요청을 보냈습니다.
7일 안에 소명이 없으면 삭제될 예정이고, 소명이 들어오면 다시 검토하겠습니다.

결과 나오면 다시 연락드리겠습니다.
""",
    items={F[1]: "pending"},
)

# ================================================================ IGNORED

add(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a NAVER employee's mailbox",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
    **{"from": "sumin.lee@navercorp.com"}, name_from=ew("이수민"),
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    subject=ew("[자동회신] RE: [KCSC-240903-01] 시정요구 (불법정보 삭제 요청)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 이수민입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
긴급한 게시중단 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

복귀 후 확인하겠습니다. 감사합니다.
""",
    items={},
)

_dc_orig = request_text("KCSC-240904-02", D[1:])
add(
    name="dc-bounce-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="delivery failure report; the URLs are those of our own returned request",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C1A2B0044.1725415209/mx1.dcinside.com"

--7C1A2B0044.1725415209/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-report@dcinside.com>: host mx1.dcinside.com[local] said: 550 5.1.1
    <legal-report@dcinside.com>: Recipient address rejected: User unknown

--7C1A2B0044.1725415209/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 11:00:08 +0900 (KST)

Final-Recipient: rfc822; legal-report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-report@dcinside.com>: Recipient
    address rejected: User unknown

--7C1A2B0044.1725415209/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-report@dcinside.com
Subject: [KCSC-240904-02] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Date: Wed, 04 Sep 2024 11:00:00 +0900
Message-ID: <req-240904-02@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_dc_orig)}

--7C1A2B0044.1725415209/mx1.dcinside.com--
""",
    items={D[1]: "pending"},
)

add(
    name="soop-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (RFC 8098) read receipt from an Outlook-style client at SOOP",
    why="read receipt: 'displayed', no statement",
    **{"from": SOOP}, name_from=ew("SOOP 운영정책팀"),
    date="Fri, 06 Sep 2024 14:32:10 +0900",
    subject=ew("읽음: [KCSC-240906-04] 시정요구 (음란·선정 정보)"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-soop-0906"

--mdn-soop-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: safety@sooplive.co.kr
제목: [KCSC-240906-04] 시정요구 (음란·선정 정보)
읽은 날짜: 2024-09-06 (금) 오후 2:32

--mdn-soop-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822; safety@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0906--
""",
    items={},
)

add(
    name="daum-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 완료 mail with 접수번호",
    why="pure receipt: the inquiry was registered, answer to follow",
    **{"from": KAKAO_CS}, name_from=ew("카카오 고객센터"),
    date="Thu, 05 Sep 2024 09:31:02 +0900",
    subject=ew("[카카오 고객센터] 문의가 접수되었습니다"),
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409050931284
문의 제목 : [KCSC-240905-03] 시정요구 게시물 조치 요청
접수 일시 : 2024-09-05 09:31

답변은 접수 순서대로 영업일 기준 3~5일 이내에 메일로 안내드립니다.
문의 내역은 https://cs.kakao.com/requests 에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    items={},
)

add(
    name="inven-ooo-english",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English",
    why="out-of-office auto-reply",
    **{"from": "minho.choi@inven.co.kr"}, name_from="Minho Choi",
    date="Wed, 11 Sep 2024 10:30:15 +0900",
    subject="Automatic reply: [KCSC-240911-07] Correction request (illegal gambling ads)",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minho.choi@inven.co.kr"],
    body="""
Hello,

I'm out of the office until 18 September (Chuseok holidays) with limited
access to email. For takedown matters please write to cs@inven.co.kr.

Minho Choi | Inven Community Operations
""",
    items={},
)

add(
    name="fmkorea-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="FM Korea 신고 접수 완료 automatic mail",
    why="receipt only; says results may not be sent",
    **{"from": "noreply@fmkorea.com"}, name_from=ew("에펨코리아"),
    date="Mon, 09 Sep 2024 10:01:30 +0900",
    subject=ew("[에펨코리아] 신고가 접수되었습니다 (KCSC-240909-05)"),
    body="""
신고가 정상적으로 접수되었습니다.

접수번호: FM-240909-3391

운영진이 순차적으로 확인한 뒤 처리합니다.
처리 결과는 별도로 회신되지 않을 수 있는 점 양해 부탁드립니다.

에펨코리아
""",
    items={},
)

add(
    name="kcsc-mta-delay-clien",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's 'Delivery Status Notification (Delay)' for the request to Clien",
    why="delay DSN (Action: delayed): nothing about the item",
    auth="none",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 19:00:12 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="dly-kcsc-0910"

--dly-kcsc-0910
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed for 4 hours:

    admin@clien.net

The server will keep trying for 4 more days.

--dly-kcsc-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:00:02 +0900

Final-Recipient: rfc822; admin@clien.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sat, 14 Sep 2024 15:00:02 +0900

--dly-kcsc-0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@clien.net
Subject: [KCSC-240910-06] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 15:00:00 +0900

--dly-kcsc-0910--
""",
    items={},
)

HEADER = """# Blind set 945 (focus: Korean portals and community sites). Written from
# each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
