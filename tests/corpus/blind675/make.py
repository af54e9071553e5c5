#!/usr/bin/env python3
"""Blind set 675: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Ppomppu, Inven) writing in Korean and English, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind675/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind675"


def hdr(s):
    """RFC 2047 encoded word for a non-ASCII header value (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pier/223561200451",
    2: "https://blog.naver.com/moonlit_pier/223561298817",
    3: "https://blog.naver.com/greycanal77/223570044129",
    4: "https://cafe.naver.com/stockdream/84412",
    5: "https://cafe.naver.com/stockdream/84590",
    6: "https://cafe.naver.com/jjangpaldeal/1203377",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120398",
    8: "https://blog.naver.com/hanbit_daily/223566781002",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38551207&memberNo=5512093",
    10: "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/3391",
    11: "https://blog.naver.com/greycanal77/223571190305",
    12: "https://tv.naver.com/v/58120447",
    13: "https://cafe.naver.com/stockdream/84733",
}
N10_RAW = "https://cafe.naver.com/주식리딩방/3391"
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981204",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_leading&no=33120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_leading&no=33187",
    4: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9983377",
    5: "https://gall.dcinside.com/mini/board/view/?id=bonus_room&no=2210",
}
A = {
    1: "https://cafe.daum.net/moneytalk7/Hc9x/1182",
    2: "https://cafe.daum.net/moneytalk7/Hc9x/1190",
    3: "https://cafe.daum.net/buupmaeul/LkP2/455",
    4: "https://cafe.daum.net/moneytalk7/Hc9x/1204",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131150877",
    2: "https://vod.sooplive.co.kr/player/131162004",
    3: "https://ch.sooplive.co.kr/nightowl99/post/98712234",
}
F = {
    1: "https://www.fmkorea.com/7351120984",
    2: "https://www.fmkorea.com/7351338810",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8812345"}
I = {
    1: "https://www.inven.co.kr/board/maple/5974/4410982",
    2: "https://www.inven.co.kr/board/lostark/4811/1120775",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "naver", "2024-09-02T16:10:00+09:00", "2024-09-09T18:00:00+09:00",
     N, "illegal_finance", "unregistered investment advice (리딩방) on blogs, cafes, kin, TV"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T15:00:00+09:00", "2024-09-10T18:00:00+09:00",
     D, "illegal_finance", "pump-and-dump posts in stock and coin galleries"),
    ("KCSC-240904-03", "daum", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00",
     A, "illegal_finance", "Daum cafe posts soliciting deposits"),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     S, "obscene", "VODs and a channel post of one streamer"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     F, "gambling", "illegal sports betting promotion"),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     P, "privacy", "personal data of a private person"),
    ("KCSC-240910-07", "inven", "2024-09-10T13:20:00+09:00", "2024-09-17T18:00:00+09:00",
     I, "gambling", "game-item cash gambling promotion"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_naver_request(prefix="> "):
    lines = [
        "네이버 담당자님께,",
        "",
        "방송통신심의위원회 결정에 따라 아래 정보에 대한 시정요구(삭제)를 요청드립니다.",
        "문서번호: KCSC-240902-01 / 조치기한: 2024. 9. 9.",
        "",
    ]
    for k in sorted(N):
        u = N10_RAW if k == 10 else N[k]
        lines.append(f"{k}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# =================================================================== APPLIED

# 1 -- NAVER 시정요구 조치결과 as an HTML table, with a plain alternative.
_rows1 = [
    (1, N[1], "삭제", ""),
    (2, N[2], "삭제", ""),
    (3, N[3], "임시조치", "작성자 소명 기간 30일"),
    (4, N[4], "조치 불가", "게시물 없음(작성자 삭제)"),
    (5, N[5], "삭제", ""),
    (6, N[6], "미조치", "운영원칙 위반 사항 확인되지 않음"),
    (7, N[7], "삭제", ""),
    (8, N[8], "임시조치", ""),
]
_plain1 = (
    "안녕하세요, 네이버 정책지원팀입니다.\n\n"
    "귀 위원회의 시정요구(문서번호 KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.\n\n"
    + "\n".join(f"{n}. {u} | {a}" + (f" | {m}" if m else "") for n, u, a, m in _rows1)
    + "\n\n나머지 5건(연번 9~13)은 서비스별 확인이 진행 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.\n\n"
    "네이버 정책지원팀 드림\n"
)
_html1 = (
    "<html><body><p>안녕하세요, 네이버 정책지원팀입니다.</p>"
    "<p>귀 위원회의 시정요구(문서번호 KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>"
    "<table border=\"1\" cellpadding=\"4\"><tr><th>연번</th><th>대상 URL</th><th>조치 내용</th><th>비고</th></tr>"
    + "".join(f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{a}</td><td>{m}</td></tr>" for n, u, a, m in _rows1)
    + "</table><p>나머지 5건(연번 9~13)은 서비스별 확인이 진행 중이며, 결과가 나오는 대로 별도로 회신드리겠습니다.</p>"
    "<p>네이버 정책지원팀 드림</p></body></html>"
)
case(
    name="naver-siljeong-result-html-table",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=hdr("[NAVER] 시정요구(KCSC-240902-01) 조치결과 회신"),
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=(
        "Content-Type: multipart/alternative; boundary=\"=_nv_alt_5812\"\n\n"
        "--=_nv_alt_5812\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64(_plain1) + "\n\n"
        "--=_nv_alt_5812\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64(_html1) + "\n\n--=_nv_alt_5812--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 reply to KCSC: table of 연번/URL/조치 내용/비고",
    why="trusted NAVER table: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 미조치(위반 없음) -> rejected; rows 9-13 only promised",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "restricted"},
)

# 2 -- CSV attachment with the remaining five rows, one raw Korean path.
_csv2 = (
    "\ufeff연번,URL,조치결과,비고\n"
    f"9,{N[9]},삭제,\n"
    f"10,{N10_RAW},삭제,카페 운영자 삭제 후 확인\n"
    f"11,{N[11]},게시물 없음,작성자 자진 삭제\n"
    f"12,{N[12]},연령제한,19세 미만 시청 제한\n"
    f"13,{N[13]},유지,운영원칙 위반 사항 없음\n"
)
_body2 = (
    "안녕하세요. 네이버 정책지원팀입니다.\n\n"
    "9월 5일 1차 회신에 이어, 시정요구 KCSC-240902-01 건 중 잔여 5건(연번 9~13)의 조치 결과를\n"
    "첨부 파일(result_KCSC-240902-01_2.csv)로 송부드립니다.\n\n"
    "확인 부탁드립니다.\n"
    "네이버 정책지원팀\n"
)
case(
    name="naver-second-reply-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 11:05:33 +0900",
    subject=hdr("RE: [NAVER] 시정요구(KCSC-240902-01) 조치결과 2차 회신"),
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=(
        "Content-Type: multipart/mixed; boundary=\"=_nv_mix_0909\"\n\n"
        "--=_nv_mix_0909\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + _body2 + "\n"
        "--=_nv_mix_0909\nContent-Type: text/csv; charset=utf-8; name=\"result_KCSC-240902-01_2.csv\"\n"
        "Content-Disposition: attachment; filename=\"result_KCSC-240902-01_2.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_csv2) + "\n\n--=_nv_mix_0909--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="portal result spreadsheet sent as a CSV attachment to a regulator",
    why="CSV rows: 삭제 -> removed (incl. the raw Korean cafe path), 게시물 없음 -> not_found, 연령제한 -> restricted, 유지 -> rejected",
    items={N[9]: "removed", N[10]: "removed", N[11]: "not_found", N[12]: "restricted", N[13]: "rejected"},
)

# 3 -- English reply, bare URL with the outcome on the line below.
case(
    name="naver-global-url-then-outcome-line",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 09:18:44 +0900",
    subject="Re: KCSC-240902-01 - removal request (English follow-up)",
    body=f"""Hello KCSC team,

Our Seoul colleagues asked us to answer the English version of your request
KCSC-240902-01. Here is where the three links you raised with us stand:

{N[1]}
Outcome: Removed. The post solicited paid membership in an unregistered
investment advisory room, which our Blog operating policy prohibits.

{N[3]}
Outcome: Access restricted for users in Korea while the author's 30-day
objection period runs.

{N[12]}
Outcome: No action. After review the clip does not breach the NAVER TV
community guidelines, so it stays available.

Kind regards,
Jiwon
NAVER Trust & Safety (Global)
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety desk reply listing each URL with an 'Outcome:' line beneath",
    why="each URL followed by its outcome: removed, restricted in Korea, no action (does not breach) -> rejected",
    items={N[1]: "removed", N[3]: "restricted", N[12]: "rejected"},
)

# 4 -- Top-posted Korean Gmail reply over the quoted full request.
case(
    name="naver-cafe-topposted-over-quoted-request",
    **{"from": "cafe_support@naver.com"},
    name_from=hdr("네이버 카페 고객지원"),
    date="Wed, 04 Sep 2024 14:27:02 +0900",
    subject=hdr("Re: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""위원회 담당자님 안녕하세요,

아래 요청 건 중 카페 게시물 2건은 해당 카페 매니저 확인을 거쳐 운영자 삭제되었습니다.

{N[4]}
{N[5]}

나머지 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

네이버 카페 고객지원 드림

2024년 9월 2일 (월) 오후 4:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_naver_request()}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply (Korean quote header '…님이 작성:') over the regulator's quoted list",
    why="the two cafe posts above the quote were 운영자 삭제 -> removed; the quoted list below changes nothing",
    items={N[4]: "removed", N[5]: "removed"},
)

# 5 -- Prose with Korean particles glued to the URLs.
case(
    name="naver-blog-prose-korean-particles",
    **{"from": "blog_help@naver.com"},
    name_from=hdr("네이버 블로그팀"),
    date="Fri, 06 Sep 2024 10:02:51 +0900",
    subject=hdr("[네이버 블로그] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    body=f"""안녕하세요, 네이버 블로그팀입니다.

요청하신 블로그 게시물 두 건의 처리 결과를 알려드립니다.
{N[3]}은 권리침해 신고 절차에 따라 임시조치(30일)되었습니다. 기간 중 작성자가 재게시를 요청하지 않으면 이후 삭제됩니다.
그리고 {N[11]}는 저희가 확인한 시점에 이미 작성자가 삭제하여 존재하지 않는 게시물이었습니다.

감사합니다.
네이버 블로그팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 요청 처리 결과 안내 in prose",
    why="임시조치(30일) -> restricted (the later deletion is conditional); 이미 작성자가 삭제하여 존재하지 않는 -> not_found",
    items={N[3]: "restricted", N[11]: "not_found"},
)

# 6 -- 지식iN and cafe: 비공개 처리 and 게시 유지.
case(
    name="naver-kin-private-and-cafe-kept",
    **{"from": "kin_policy@naver.com"},
    name_from=hdr("네이버 지식iN 운영팀"),
    date="Thu, 05 Sep 2024 15:30:19 +0900",
    subject=hdr("Re: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

문의 주신 지식iN 질문 {N[7]} 은
운영원칙(불법 금융 상품 홍보) 위반으로 비공개 처리하였습니다.

함께 전달받은 카페 게시글 {N[6]} 는
검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.
추가 근거 자료가 있으시면 회신 주시기 바랍니다.

네이버 지식iN 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply: 비공개 처리 / 게시 유지",
    why="비공개 처리 -> removed; 위반 사항 확인되지 않아 게시 유지 -> rejected (the offer to reconsider does not undo the refusal)",
    items={N[7]: "removed", N[6]: "rejected"},
)

# 7 -- Quoted-printable body: 블라인드 and 국내 접근 제한.
_body7 = f"""안녕하세요, 네이버 고객센터입니다.

시정요구 KCSC-240902-01 관련하여 아래 2건의 처리 결과를 전달드립니다.

▣ 처리 결과
- {N[8]} : 블라인드 처리 완료
- {N[9]} : 국내 접근 제한 조치

감사합니다.
"""
case(
    name="naver-qp-blind-and-domestic-restriction",
    **{"from": "help@naver.com"},
    name_from=hdr("네이버 고객센터"),
    date="Fri, 06 Sep 2024 18:11:07 +0900",
    subject=hdr("[네이버 고객센터] 시정요구 처리 결과 안내"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_body7) + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre notice sent quoted-printable (URLs' '=' encoded as =3D)",
    why="블라인드 처리 완료 -> removed; 국내 접근 제한 -> restricted",
    items={N[8]: "removed", N[9]: "restricted"},
)

# 8 -- DC Inside numbered list with arrows.
case(
    name="dc-numbered-list-five-results",
    **{"from": "report@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 11:47:30 +0900",
    subject=hdr("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과입니다.

1. {D[1]} → 삭제 완료
2. {D[2]} → 삭제 완료
3. {D[3]} → 이미 작성자가 삭제한 글이라 조치할 대상이 없습니다
4. {D[4]} → 삭제 완료
5. {D[5]} → 갤러리 이용 규칙 및 관련 법령 위반 소지가 없어 게시 유지

이용에 참고 부탁드립니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply: numbered list of gallery post URLs with → result",
    why="삭제 완료 x3 -> removed; 이미 작성자가 삭제 -> not_found; 위반 소지 없어 게시 유지 -> rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "rejected"},
)

# 9 -- DC Inside English reply with URLs in angle brackets.
case(
    name="dc-english-angle-bracket-urls",
    **{"from": "global@dcinside.com"},
    name_from="DC Inside Moderation",
    date="Fri, 06 Sep 2024 16:20:00 +0900",
    subject="Re: KCSC-240903-02 takedown request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Dear KCSC,

Thank you for your notice. Regarding the coin gallery posts:

<{D[2]}> has been deleted by our moderation team.

<{D[3]}> could not be actioned: the post no longer exists, as its author
removed it before our review.

Best regards,
DC Inside Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="community site moderation reply in English with <URL> angle brackets",
    why="deleted -> removed; post no longer exists (author removed it) -> not_found",
    items={D[2]: "removed", D[3]: "not_found"},
)

# 10 -- DC Inside reply whose first URL the mailer wrapped after '&'.
case(
    name="dc-wrapped-url-after-ampersand",
    **{"from": "report@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 10:13:22 +0900",
    subject=hdr("RE: [KCSC-240903-02] 게시물 삭제 요청의 건 - 추가 처리"),
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 디시인사이드입니다. 추가로 처리된 2건 알려드립니다.

주식 갤러리 게시물 https://gall.dcinside.com/board/view/?id=stock_new2&
no=9981204 삭제하였습니다.
미니 갤러리 게시물 {D[5]} 역시 미니갤 매니저와 협의하여 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply hard-wrapped by the mailer inside a long URL",
    why="both posts 삭제하였습니다 -> removed; the first URL is split at '&' by the wrap, a clerk reads it whole",
    items={D[1]: "removed", D[5]: "removed"},
)

# 11 -- Daum cafe result as a text (pipe) table.
case(
    name="daum-cafe-pipe-table",
    **{"from": "cafe_policy@daum.net"},
    name_from=hdr("Daum 카페 운영팀"),
    date="Fri, 06 Sep 2024 14:55:41 +0900",
    subject=hdr("[Daum 카페] 시정요구 KCSC-240904-03 처리 결과"),
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요. 카카오 Daum 카페 운영팀입니다.
요청하신 카페 게시물에 대한 처리 결과를 아래 표로 정리해 드립니다.

| 번호 | 게시물 주소 | 조치 결과 |
|------|-------------|-----------|
| 1 | {A[1]} | 삭제 |
| 2 | {A[2]} | 임시조치(30일) |
| 3 | {A[3]} | 게시물 없음 |
| 4 | {A[4]} | 삭제 |

감사합니다.
카카오 Daum 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum cafe operator reply with a plain-text table",
    why="삭제 -> removed; 임시조치 -> restricted; 게시물 없음 -> not_found",
    items={A[1]: "removed", A[2]: "restricted", A[3]: "not_found", A[4]: "removed"},
)

# 12 -- Statement first, URLs on the lines below it.
case(
    name="daum-statement-then-url-blocks",
    **{"from": "safety@kakaocorp.com"},
    name_from=hdr("카카오 권리보호센터"),
    date="Mon, 09 Sep 2024 16:40:12 +0900",
    subject=hdr("Re: [KCSC-240904-03] 불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

아래 게시물은 Daum 카페 운영정책 위반으로 영구 삭제되었습니다.

{A[1]}
{A[4]}

아래 게시물은 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

{A[2]}

문의 사항은 본 메일로 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-protection reply: statement paragraph, URLs listed below it",
    why="영구 삭제 block -> removed; 위반 사항 확인되지 않아 게시 유지 block -> rejected",
    items={A[1]: "removed", A[4]: "removed", A[2]: "rejected"},
)

# 13 -- Base64 HTML: adult-verification restriction.
_html13 = f"""<html><body>
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>시정요구 KCSC-240904-03 중 아래 게시물은 청소년 유해 게시물로 분류하여,
성인 인증을 거친 이용자만 열람할 수 있도록 <b>열람 제한</b> 조치했습니다.</p>
<p><a href="{A[3]}">{A[3]}</a></p>
<p>운영정책: <a href="https://cafe.daum.net/_policy/operation">Daum 카페 운영정책</a></p>
</body></html>
"""
case(
    name="daum-base64-html-adult-restriction",
    **{"from": "cafe_policy@daum.net"},
    name_from=hdr("Daum 카페 운영팀"),
    date="Tue, 10 Sep 2024 09:31:55 +0900",
    subject=hdr("[Daum 카페] 게시물 열람 제한 안내"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html13) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe HTML notice (base64) of 청소년 유해 열람 제한",
    why="adult-verification viewing limit -> restricted; the policy link is not an item",
    items={A[3]: "restricted"},
)

# 14 -- SOOP English: VODs deleted, channel post hidden.
case(
    name="soop-english-vods-deleted-post-hidden",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 20:05:09 +0900",
    subject="[SOOP] Result of your request KCSC-240905-04",
    body=f"""Hello,

This is SOOP Trust & Safety. We have completed our review of request KCSC-240905-04.

- VOD {S[1]} - deleted
- VOD {S[2]} - deleted
- Channel post {S[3]} - hidden from public view (blinded)

The streamer's broadcasting rights have also been suspended for 7 days under our
operating policy.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) moderation result in English with per-item lines",
    why="two VODs deleted -> removed; post hidden/blinded -> removed",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

# 15 -- SOOP Korean: statement on the line below each URL.
case(
    name="soop-korean-url-arrow-below",
    **{"from": "cs@sooplive.co.kr"},
    name_from=hdr("SOOP 고객센터"),
    date="Mon, 09 Sep 2024 13:12:44 +0900",
    subject=hdr("Re: [KCSC-240905-04] 시정요구 (VOD 및 게시글)"),
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요, SOOP 고객센터입니다. 요청하신 3건의 처리 결과입니다.

■ {S[1]}
  → 다시보기 삭제
■ {S[2]}
  → 19세 이상 시청 가능 콘텐츠로 전환(연령 제한 적용)
■ {S[3]}
  → 서비스 운영정책상 제재 사유에 해당하지 않아 유지

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre reply with ■ URL and → result on the next line",
    why="다시보기 삭제 -> removed; 19세 연령 제한 -> restricted; 제재 사유에 해당하지 않아 유지 -> rejected",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

# 16 -- FM Korea: one deleted, one document number that does not exist.
case(
    name="fmk-deleted-and-no-such-document",
    **{"from": "admin@fmkorea.com"},
    name_from=hdr("에펨코리아 운영진"),
    date="Mon, 09 Sep 2024 09:58:01 +0900",
    subject=hdr("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F[1]} 문서는 불법 도박 홍보로 확인되어 삭제했습니다.
{F[2]} 는 존재하지 않는 문서 번호로 조회됩니다. 잘못된 링크이거나 이미 없어진 글로 보입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's short Korean reply",
    why="삭제했습니다 -> removed; 존재하지 않는 문서 번호로 조회됩니다 -> not_found (the '보입니다' only guesses why)",
    items={F[1]: "removed", F[2]: "not_found"},
)

# 17 -- FM Korea with full-width colons right after the URLs.
case(
    name="fmk-fullwidth-colon-after-url",
    **{"from": "report@fmkorea.com"},
    name_from=hdr("에펨코리아 신고센터"),
    date="Tue, 10 Sep 2024 22:40:17 +0900",
    subject=hdr("[에펨코리아] 신고 처리 결과 (KCSC-240906-05)"),
    body=f"""에펨코리아 신고센터입니다.

◆ {F[1]}：삭제 처리함
◆ {F[2]}：삭제 처리함 (작성자 이용 제한 30일)

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse report-centre result lines with full-width colons",
    why="both 삭제 처리함 -> removed; the full-width colon is punctuation, not part of the URL",
    items={F[1]: "removed", F[2]: "removed"},
)

# 18 -- Ppomppu: threaded one-line answer, no URL, one-item request.
case(
    name="ppomppu-threaded-sole-statement",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=hdr("뽐뿌 운영진"),
    date="Tue, 10 Sep 2024 08:50:36 +0900",
    subject=hdr("Re: [KCSC-240909-06] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""안녕하세요 뽐뿌 운영진입니다.
요청하신 게시물은 확인 후 삭제 처리하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small community webmaster's one-line reply in the request's thread",
    why="one-item request, unhedged '삭제 처리하였습니다' about 요청하신 게시물 -> removed",
    items={P[1]: "removed"},
)

# 19 -- Ppomppu: the author had already deleted the post.
case(
    name="ppomppu-author-already-deleted",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from=hdr("뽐뿌 운영진"),
    date="Wed, 11 Sep 2024 19:04:20 +0900",
    subject=hdr("뽐뿌 - 요청 게시물 확인 결과"),
    body=f"""안녕하세요.

{P[1]} 게시글은 저희가 확인했을 때 이미 작성자 본인이 삭제한 상태였습니다.
따라서 별도의 조치는 없었음을 알려드립니다.

뽐뿌 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="webmaster reply that the post was already deleted by its author",
    why="already deleted by its author -> not_found",
    items={P[1]: "not_found"},
)

# 20 -- Inven: one deleted, one kept with reason.
case(
    name="inven-deleted-and-kept-with-reason",
    **{"from": "cs@inven.co.kr"},
    name_from=hdr("인벤 고객지원팀"),
    date="Thu, 12 Sep 2024 15:22:08 +0900",
    subject=hdr("Re: [KCSC-240910-07] 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

{I[1]}
 - 운영정책 위반(불법 사행성 홍보)으로 삭제하였습니다.

{I[2]}
 - 게임 내 아이템 거래 후기로 판단되며 불법 정보에 해당하지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game community customer-support reply, URL then dash line",
    why="삭제하였습니다 -> removed; 불법 정보에 해당하지 않아 게시를 유지 -> rejected",
    items={I[1]: "removed", I[2]: "rejected"},
)

# 21 -- Inven: acknowledgement wording plus a real statement.
case(
    name="inven-receipt-wording-plus-result",
    **{"from": "cs@inven.co.kr"},
    name_from=hdr("인벤 고객지원팀"),
    date="Wed, 11 Sep 2024 10:44:51 +0900",
    subject=hdr("[인벤] 문의 접수 및 처리 안내 (INV-0911-2287)"),
    body=f"""문의가 접수되었습니다. (접수번호 INV-0911-2287)

담당자 확인 결과 {I[1]} 게시물은 삭제되었으며,
작성자 계정은 7일간 이용이 정지되었습니다.

추가 문의는 접수번호와 함께 회신해 주세요.
인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk receipt template with the result filled in",
    why="a receipt line plus an unhedged '삭제되었으며' -> removed; not a pure acknowledgement",
    items={I[1]: "removed"},
)

# 22 -- NAVER statement-of-reasons style, raw Korean path, policy links.
case(
    name="naver-statement-of-reasons-geo-withheld",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 12:00:03 +0900",
    subject="Statement of reasons - KCSC-240902-01",
    body=f"""Statement of reasons

Reference: KCSC-240902-01
Content: {N10_RAW}
Decision: Visibility restriction. The post is withheld for users accessing
  it from the Republic of Korea.
Ground: Illegal content under Korean law (unregistered investment advisory
  services).
Facts relied on: notice from the Korea Communications Standards Commission.
Automated means used: No.
Redress: the uploader may object at https://help.naver.com/objection/form
  (policy: https://policy.naver.com/policy/service_cafe.html).

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, facts, redress)",
    why="withheld for users in Korea -> restricted; raw Korean path matches the percent-encoded URL; help/policy links are not items",
    items={N[10]: "restricted"},
)

# 23 -- DC Inside echoed report form.
case(
    name="dc-echoed-report-form",
    **{"from": "noreply@dcinside.com"},
    name_from=hdr("디시인사이드"),
    date="Thu, 05 Sep 2024 11:05:40 +0900",
    subject=hdr("[디시인사이드] 신고 처리 결과 안내"),
    body=f"""[디시인사이드] 신고 처리 결과 안내

신고 번호   : DC-R-2409-77120
신고 게시물 : {D[4]}
신고 사유   : 불법 금융 투자 권유(유사수신)
신고 일시   : 2024-09-03 15:20
처리 결과   : 삭제
처리 일시   : 2024-09-05 11:02

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system notification echoing the report fields with 처리 결과",
    why="처리 결과: 삭제 for the one post named -> removed",
    items={D[4]: "removed"},
)

# 24 -- Outlook reply above '-----Original Message-----'.
_orig24 = "\n".join(
    [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: Monday, September 2, 2024 4:10 PM",
        "To: policy@navercorp.com",
        "Subject: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청",
        "",
        quoted_naver_request(prefix=""),
    ]
)
case(
    name="naver-outlook-reply-above-original",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 16:48:29 +0900",
    subject=hdr("RE: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 작성자 소명 확인 후 남은 건 회신드립니다.

{N[11]} - 삭제
{N[13]} - 삭제

네이버 정책지원팀

{_orig24}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unquoted '-----Original Message-----' block",
    why="two '- 삭제' lines above the original -> removed; the original request below is ours",
    items={N[11]: "removed", N[13]: "removed"},
)

# 25 -- SOOP: post deleted, with policy and appeal links.
case(
    name="soop-post-deleted-with-policy-links",
    **{"from": "cs@sooplive.co.kr"},
    name_from=hdr("SOOP 고객센터"),
    date="Tue, 10 Sep 2024 17:26:14 +0900",
    subject=hdr("[SOOP] 게시글 조치 안내 (KCSC-240905-04)"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

방송국 게시글 {S[3]} 은 운영정책 위반으로 삭제되었습니다.

- 서비스 운영정책: https://www.sooplive.co.kr/policy/operation
- 이의 신청 안내: https://help.sooplive.co.kr/appeal/guide

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 조치 안내 with links to its operating policy and appeal pages",
    why="삭제되었습니다 -> removed; policy and appeal links are not items",
    items={S[3]: "removed"},
)

# 26 -- Kakao bilingual notice.
case(
    name="daum-bilingual-en-ko-removed",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="[Kakao] Action taken on your notice KCSC-240904-03",
    body=f"""[EN]
Dear KCSC,
The Daum cafe post {A[2]} has been made unavailable
following your notice. It can no longer be viewed by anyone.

[KO]
안녕하세요. 위 게시물({A[2]})은 귀 위원회의 요청에 따라 삭제 조치되었습니다.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao bilingual (English/Korean) action notice",
    why="made unavailable to anyone / 삭제 조치되었습니다 -> removed (both languages agree)",
    items={A[2]: "removed"},
)

# ==================================================================== REVIEW

# 27 -- NAVER promises.
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 10:20:45 +0900",
    subject=hdr("Re: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청 주신 건 중 아래 블로그 게시물 2건은 내부 검토를 거쳐 삭제할 예정입니다.
{N[1]}
{N[2]}
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal's interim reply promising deletion",
    why="'삭제할 예정' is a promise, not a statement: both stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

# 28 -- DC Inside hedge.
case(
    name="dc-hedge-seems-already-deleted",
    **{"from": "report@dcinside.com"},
    name_from=hdr("디시인사이드 운영팀"),
    date="Wed, 04 Sep 2024 17:33:12 +0900",
    subject=hdr("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요. 디시인사이드입니다.

확인해 보니 {D[1]} 와
{D[4]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 시스템 확인 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator's first look before checking the logs",
    why="'삭제된 것으로 보입니다' is a hedge; both stay pending",
    items={D[1]: "pending", D[4]: "pending"},
)

# 29 -- Daum asks for the official letter and legal basis.
case(
    name="daum-asks-for-official-letter",
    **{"from": "safety@kakaocorp.com"},
    name_from=hdr("카카오 권리보호센터"),
    date="Thu, 05 Sep 2024 09:15:38 +0900",
    subject=hdr("Re: [KCSC-240904-03] 불법정보 시정요구"),
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""안녕하세요, 카카오 권리보호센터입니다.

요청하신 4건의 게시물에 대해 조치를 진행하려면 다음 자료가 필요합니다.

1. 기관 직인이 날인된 시정요구 공문 (PDF)
2. 각 게시물이 위반하는 법령 조항

자료를 본 메일로 회신해 주시면 검토 후 조치 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for an official letter and legal basis before acting",
    why="asks for documents before acting; nothing said about any item",
)

# 30 -- NAVER bulk statement for a 13-item request.
case(
    name="naver-bulk-all-thirteen-removed",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    subject=hdr("[NAVER] KCSC-240902-01 조치 완료 보고"),
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01)하신 게시물 13건은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal's closing summary for a whole request",
    why="'13건 모두 삭제' names no item of a 13-item request: bulk, all pending",
    items={u: "pending" for u in N.values()},
)

# 31 -- DC Inside bulk in English, in thread.
case(
    name="dc-bulk-english-all-posts",
    **{"from": "global@dcinside.com"},
    name_from="DC Inside Moderation",
    date="Sat, 07 Sep 2024 13:02:19 +0900",
    subject="Re: KCSC-240903-02 takedown request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body="""Hello,

All of the posts listed in your request have now been removed from DC Inside.

Regards,
DC Inside Moderation
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all removed' reply",
    why="statement about all posts of a 5-item request without naming each: bulk",
    items={u: "pending" for u in D.values()},
)

# 32 -- Forged NAVER mail (authentication fails).
case(
    name="naver-forged-auth-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=hdr("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject=hdr("[NAVER] KCSC-240902-01 처리 결과"),
    body=f"""처리 결과 안내드립니다.

{N[1]} 삭제
{N[2]} 삭제
{N[3]} 삭제
""",
    outcome="review", review="untrusted",
    imitates="spoofed portal result mail (DMARC fail)",
    why="From navercorp.com but dkim/spf/dmarc fail: untrusted, nothing applied",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

# 33 -- Gallery manager writing from Gmail.
case(
    name="dc-gallery-manager-from-gmail",
    **{"from": "coinlead.manager@gmail.com"},
    name_from=hdr("코인리딩 마이너갤 매니저"),
    date="Thu, 05 Sep 2024 23:48:50 +0900",
    subject=hdr("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    body=f"""안녕하세요. 코인리딩 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 건 중 저희 갤러리 글 두 개는 제가 직접 삭제했습니다.

{D[2]}
{D[3]}

혹시 더 필요한 것 있으면 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager replying from a personal webmail account",
    why="not a DC Inside sender domain: unknown_sender, nothing applied",
    items={D[2]: "pending", D[3]: "pending"},
)

# 34 -- Streamer's agency.
case(
    name="soop-streamer-agency-unknown-sender",
    **{"from": "legal@nightowl-ent.example"},
    name_from=hdr("나이트아울엔터테인먼트 법무팀"),
    date="Sat, 07 Sep 2024 15:09:31 +0900",
    subject=hdr("KCSC-240905-04 관련 소속 스트리머 VOD 자진 삭제 안내"),
    body=f"""안녕하세요. 나이트아울엔터테인먼트 법무팀입니다.

당사 소속 스트리머가 아래 다시보기 영상 2건을 자진 삭제하였음을 알려드립니다.
- {S[1]}
- {S[2]}

추후 유사 사례가 재발하지 않도록 교육하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="streamer agency's letter about self-deleted VODs",
    why="sender is not SOOP: unknown_sender, VODs stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

# 35 -- NAVER speaks about a Daum item.
case(
    name="naver-about-daum-link-wrong-platform",
    **{"from": "help@naver.com"},
    name_from=hdr("네이버 고객센터"),
    date="Thu, 05 Sep 2024 13:37:00 +0900",
    subject=hdr("[네이버 고객센터] 문의하신 URL 확인 결과"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 주소 {A[3]} 는 네이버에서 운영하는 서비스가 아니므로
당사 시스템에서 확인되지 않는 게시물입니다. 해당 서비스 운영사에 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal customer centre answering about another portal's link",
    why="NAVER cannot state the status of a Daum cafe post: wrong_platform, A3 stays pending",
    items={A[3]: "pending"},
)

# 36 -- FM Korea: trusted, no item, no request.
case(
    name="fmk-contact-change-no-claims",
    **{"from": "admin@fmkorea.com"},
    name_from=hdr("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject=hdr("[에펨코리아] 불법정보 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 에펨코리아 운영진입니다.

9월 23일부터 불법정보 및 권리침해 관련 요청 접수 창구가 report@fmkorea.com 으로 일원화됩니다.
기관 담당자께서는 향후 요청 시 위 주소로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice changing its contact address",
    why="trusted FM Korea mail naming no item and no request: no_claims",
)

# 37 -- Inven contradicts itself about one post.
case(
    name="inven-conflicting-deleted-and-kept",
    **{"from": "cs@inven.co.kr"},
    name_from=hdr("인벤 고객지원팀"),
    date="Fri, 13 Sep 2024 10:05:47 +0900",
    subject=hdr("Re: [KCSC-240910-07] 게시물 시정요구"),
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

요청하신 게시물 {I[2]} 은 삭제 처리하였습니다.

-------- 처리 내역 --------
대상: {I[2]}
처리결과: 게시 유지 (위반 사항 없음)
처리자: 운영팀 K
---------------------------
""",
    outcome="review", review="conflicting_statements",
    imitates="helpdesk reply whose free text and filled-in template disagree",
    why="the same post is said to be deleted and kept: conflicting, stays pending",
    items={I[2]: "pending"},
)

# 38 -- SOOP English promise.
case(
    name="soop-english-will-delete-within-24h",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Thu, 05 Sep 2024 19:44:03 +0900",
    subject="Re: KCSC-240905-04",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Hello,

We have confirmed your report. The VODs below will be deleted within 24 hours
once our internal review is completed:

{S[1]}
{S[2]}

We will let you know when this is done.
SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="moderation interim reply promising removal",
    why="'will be deleted … once review is completed' is a conditional promise: pending",
    items={S[1]: "pending", S[2]: "pending"},
)

# =================================================================== IGNORED

# 39 -- Korean out-of-office (Chuseok).
case(
    name="naver-ooo-chuseok",
    **{"from": "minji.park@navercorp.com"},
    name_from=hdr("박민지"),
    date="Fri, 13 Sep 2024 18:45:00 +0900",
    subject=hdr("[자동응답] 부재중입니다: [KCSC-240902-01] 불법정보 시정요구(삭제) 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박민지입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply: ignored",
)

# 40 -- DSN bounce from DC Inside's mail system.
_dsn40 = """This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gall-report@dcinside.com>: host mailstore.dcinside.com[203.0.113.25] said:
    550 5.1.1 <gall-report@dcinside.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
case(
    name="dc-bounce-unknown-recipient",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 15:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1D2.1725343241/mx1.dcinside.com\"\n\n"
        "--B1D2.1725343241/mx1.dcinside.com\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        + _dsn40 + "\n"
        "--B1D2.1725343241/mx1.dcinside.com\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.dcinside.com\nArrival-Date: Tue,  3 Sep 2024 15:00:39 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; gall-report@dcinside.com\nOriginal-Recipient: rfc822;gall-report@dcinside.com\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mailstore.dcinside.com\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <gall-report@dcinside.com>: Recipient address\n    rejected: User unknown in virtual mailbox table\n\n"
        "--B1D2.1725343241/mx1.dcinside.com\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\nTo: gall-report@dcinside.com\n"
        "Subject: [KCSC-240903-02] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq3snZgg6rG0?=\n"
        "Message-ID: <req.KCSC-240903-02@kcsc.example>\nDate: Tue, 03 Sep 2024 15:00:00 +0900\n\n"
        "--B1D2.1725343241/mx1.dcinside.com--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status, 550 5.1.1 user unknown)",
    why="bounce: ignored",
)

# 41 -- MDN read receipt from Daum mail.
case(
    name="daum-read-receipt-mdn",
    **{"from": "cafe_policy@daum.net"},
    name_from=hdr("Daum 카페 운영팀"),
    date="Wed, 04 Sep 2024 11:02:13 +0900",
    subject=hdr("읽음 확인: [KCSC-240904-03] 불법정보 시정요구"),
    raw_mime=(
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn_3f9a\"\n\n"
        "--mdn_3f9a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "보내신 메일 '[KCSC-240904-03] 불법정보 시정요구'을(를) 수신자가 2024-09-04 11:02에 읽었습니다.\n\n"
        "--mdn_3f9a\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.daum.net; Daum Mail\nFinal-Recipient: rfc822;cafe_policy@daum.net\n"
        "Original-Message-ID: <req.KCSC-240904-03@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn_3f9a--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="read receipt: ignored",
)

# 42 -- SOOP ticket receipt.
case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=hdr("SOOP 고객센터"),
    date="Thu, 05 Sep 2024 14:00:58 +0900",
    subject=hdr("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 S2409-55812)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: S2409-55812
문의 제목: [KCSC-240905-04] 시정요구 (VOD 및 게시글)

답변은 영업일 기준 3일 이내에 메일로 보내 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (문의 접수 안내)",
    why="pure acknowledgement of receipt with a ticket number: ignored",
)

# 43 -- FM Korea English out-of-office.
case(
    name="fmk-ooo-english",
    **{"from": "sh.lee@fmkorea.com"},
    name_from="Seunghyun Lee",
    date="Fri, 06 Sep 2024 11:00:22 +0900",
    subject="Automatic reply: [KCSC-240906-05] Request to remove posts",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am away from the office until Monday,
16 September, with limited access to email. For urgent matters about posts on
FM Korea, please write to report@fmkorea.com.

Seunghyun Lee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="auto-reply: ignored",
)

# 44 -- NAVER 게시중단요청 receipt echoing the URLs.
case(
    name="naver-takedown-receipt-echoes-urls",
    **{"from": "noreply@navercorp.com"},
    name_from=hdr("네이버 게시중단요청서비스"),
    date="Mon, 02 Sep 2024 16:11:30 +0900",
    subject=hdr("[네이버] 게시중단 요청이 접수되었습니다 (RN-2024-0902-33815)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""게시중단 요청이 접수되었습니다.

접수번호 : RN-2024-0902-33815
요청인   : 방송통신심의위원회 (KCSC-240902-01)
접수 URL : {N[1]}
           {N[2]}
           {N[3]}
           외 10건

요청 내용을 심사한 후 결과를 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 notification echoing the submitted URLs",
    why="a receipt echoing the submitted URLs; no statement about them: acknowledgement, ignored",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

HEADER = """# Blind set 675 (Korean portals and community sites, mixed Korean/English).
# Written by tests/corpus/blind675/make.py from each email's meaning alone,
# before any run of the reader. Every case runs on a fresh ledger holding
# requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
