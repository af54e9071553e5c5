#!/usr/bin/env python3
"""Blind set 405: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, CLIEN, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind405/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import email.charset
from email.header import Header
import csv
import datetime
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
STORE_RAW = "https://smartstore.naver.com/행복약국/products/8812345678"
STORE_ENC = "https://smartstore.naver.com/" + quote("행복약국") + "/products/8812345678"

N = {
    1: "https://blog.naver.com/sunny_toto77/223561100412",
    2: "https://blog.naver.com/sunny_toto77/223561100588",
    3: "https://blog.naver.com/luckyspin_kr/223549087721",
    4: "https://cafe.naver.com/jjangbetclub/10231",
    5: "https://cafe.naver.com/jjangbetclub/10244",
    6: "https://cafe.naver.com/jjangbetclub/10298",
    7: "https://m.cafe.naver.com/ca-fe/web/cafes/31234567/articles/5512",
    8: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=471234567",
    9: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=471239012",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=37712345&memberNo=51234567",
    11: "https://tv.naver.com/v/58812345",
    12: STORE_ENC,
    13: "https://blog.naver.com/nightowl_slot/223570004411",
    14: "https://cafe.naver.com/jjangbetclub/10302",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=88123",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=88140",
    4: "https://m.dcinside.com/board/nightlife/88177",
}
K = {
    1: "https://cafe.daum.net/icepharm/Qx1b/88",
    2: "https://cafe.daum.net/icepharm/Qx1b/91",
    3: "https://cafe.daum.net/icepharm/AbC9/12",
}
S = {
    1: "https://ch.sooplive.co.kr/bj_moonrabbit/post/140012345",
    2: "https://vod.sooplive.co.kr/player/131234567",
}
F = {
    1: "https://www.fmkorea.com/7412345678",
    2: "https://www.fmkorea.com/7412349001",
    3: "https://www.fmkorea.com/7412350222",
    4: "https://m.fmkorea.com/7412351876",
    5: "https://www.fmkorea.com/index.php?mid=football_world&document_srl=7412360011",
}
C1 = "https://www.clien.net/service/board/park/18812345"
I = {
    1: "https://www.inven.co.kr/board/lostark/4811/1234567",
    2: "https://www.inven.co.kr/board/lostark/4811/1234602",
    3: "https://m.inven.co.kr/board/maple/5974/998877",
}

REQ = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", [N[i] for i in range(1, 15)], "불법 도박 홍보 (블로그·카페·지식iN·포스트·TV·스마트스토어)"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscenity", [D[i] for i in range(1, 5)], "갤러리 게시물"),
    ("KCSC-240904-03", "daum", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "drugs", [K[i] for i in range(1, 4)], "마약류 판매 카페 게시물"),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", [S[1], S[2]], "방송국 게시글과 VOD"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", [F[i] for i in range(1, 6)], "개인정보 노출·명예훼손"),
    ("KCSC-240909-06", "clien", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", [C1], "개인정보 노출 게시물"),
    ("KCSC-240910-07", "inven", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", [I[1], I[2], I[3]], "게임머니 환전·도박 홍보"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQ:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def P(*pairs):
    return dict(pairs)


cases = []


def add(**c):
    cases.append(c)


# ================================================================ NAVER
rows = [
    (1, "블로그", "삭제"),
    (2, "블로그", "삭제"),
    (3, "블로그", "게시중단"),
    (4, "카페", "임시조치 (30일)"),
    (5, "카페", "게시물 없음 (작성자 삭제)"),
    (6, "카페", "삭제"),
    (8, "지식iN", "삭제"),
    (9, "지식iN", "조치 불가 (운영정책 위반 사항 확인되지 않음)"),
    (10, "포스트", "비공개 처리"),
    (11, "네이버TV", "연령 제한 (19세 이상)"),
]
trs = "\n".join(
    f"<tr><td>{k}</td><td>{N[i].replace('&', '&amp;')}</td><td>{svc}</td><td>{res}</td><td>2024-09-04</td></tr>"
    for k, (i, svc, res) in enumerate(rows, 1)
)
add(
    name="naver-kcsc-result-table-html",
    date=d(4, 17, 12), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240902-01) 조치 결과 회신",
    reply_to_req=mid("KCSC-240902-01"), type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회에서 2024년 9월 2일 요청하신 시정요구(KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>서비스</th><th>조치결과</th><th>조치일</th></tr>
{trs}
</table>
<p>나머지 4건은 현재 확인 중이며, 결과가 나오는 대로 추가로 회신드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply to a KCSC 시정요구 with a 조치 결과 HTML table",
    why="Table row per item from NAVER: 삭제/게시중단/비공개 -> removed, 임시조치/연령 제한 -> restricted, 게시물 없음 -> not_found, 조치 불가 -> rejected; the 4 others are only 'being checked' and unnamed.",
    items=P((N[1], "removed"), (N[2], "removed"), (N[3], "removed"), (N[4], "restricted"),
            (N[5], "not_found"), (N[6], "removed"), (N[8], "removed"), (N[9], "rejected"),
            (N[10], "removed"), (N[11], "restricted")),
)

add(
    name="naver-numbered-status-below",
    date=d(5, 10, 41), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 정책지원팀 박서연입니다.

지난 회신에서 확인 중이던 게시물 중 3건의 결과를 알려드립니다.

1. {N[7]}
   → 게시중단 완료 (9/5 09:20)

2. {N[13]}
   → 블라인드 처리 완료

3. {N[14]}
   → 작성자에 의해 이미 삭제된 게시물입니다.

스마트스토어 상품 1건은 담당 부서에서 확인 후 별도로 안내드리겠습니다.

감사합니다.
박서연 드림
NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up reply, numbered list, status on the line below each URL",
    why="Three named items with clear statements: 게시중단/블라인드 -> removed, already deleted by its author -> not_found; the store item is only promised.",
    items=P((N[7], "removed"), (N[13], "removed"), (N[14], "not_found"), (N[12], "pending")),
)

add(
    name="naver-english-store-raw-korean-path",
    date=d(6, 15, 3), **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240902-01 - illegal gambling promotion",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Thank you for your patience. Regarding request KCSC-240902-01:

The product page {STORE_RAW} has been taken down and the seller's store
has been suspended for selling gambling top-up vouchers.

The video https://tv.naver.com/v/58812345 has been age-restricted. It is now
shown only to logged-in users whose age has been verified as 19 or older.

If you have any questions, please reply to this email.

Best regards,
Daniel Ryu
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal, store URL with a raw Hangul path",
    why="Raw Korean path matches the percent-encoded store item: taken down -> removed; the TV clip is age-restricted -> restricted.",
    items=P((N[12], "removed"), (N[11], "restricted")),
)

csv_text = "\ufeff순번,신고URL,처리결과,비고\n" + "\n".join([
    f"1,{N[7]},삭제,",
    f'2,"{N[8]}",삭제,',
    f'3,"{N[9]}",유지,위반 사항 없음',
    f'4,"{N[10]}",해당 게시물 없음,URL 확인 불가',
    f"5,{N[13]},임시조치,30일",
    f"6,{N[14]},삭제,",
]) + "\n"
add(
    name="naver-csv-attachment",
    date=d(5, 18, 30), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[NAVER] KCSC-240902-01 처리 결과 (첨부)",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv405csv"

--=_nv405csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 6건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

NAVER 정책지원팀

--=_nv405csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv405csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (Excel 'CSV UTF-8' with BOM)",
    why="One row per item: 삭제 -> removed, 유지/위반 사항 없음 -> rejected, 해당 게시물 없음 -> not_found, 임시조치 -> restricted.",
    items=P((N[7], "removed"), (N[8], "removed"), (N[9], "rejected"), (N[10], "not_found"),
            (N[13], "restricted"), (N[14], "removed")),
)

quoted = "\n".join("> " + N[i] for i in range(1, 15))
top = f"""안녕하세요, 네이버 카페 신고센터입니다.
아래 두 건의 처리 결과를 먼저 알려드립니다.

{N[4]} : 삭제 완료
{N[5]} : 삭제 완료

나머지 게시물은 검토 후 회신드리겠습니다.

네이버 카페 신고센터 드림

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.
> 요청번호: KCSC-240902-01
>
{quoted}
>
> 감사합니다.
"""
add(
    name="naver-qp-top-posted-gmail",
    date=d(3, 9, 55), **{"from": "cafe-report@naver.com"}, name_from="네이버 카페 신고센터",
    subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(top)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply in quoted-printable over the quoted KCSC request",
    why="Only the two cafe posts above the quote are stated removed; the other items appear only in the quoted request.",
    items={**{N[i]: "pending" for i in range(1, 15)}, N[4]: "removed", N[5]: "removed"},
)

add(
    name="naver-echoed-report-blocks",
    date=d(4, 11, 20), **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 신고 처리 결과 안내 (KCSC-240902-01)",
    body=f"""네이버 고객센터입니다.
접수하신 신고에 대한 처리 결과를 안내해 드립니다.

■ 신고 접수 내용
 - 신고 번호 : 2409-114-55821
 - 신고 URL : {N[6]}
 - 신고 사유 : 불법 도박 광고
■ 처리 결과
 - 게시중단

■ 신고 접수 내용
 - 신고 번호 : 2409-114-55822
 - 신고 URL : {N[14]}
 - 신고 사유 : 불법 도박 광고
■ 처리 결과
 - 임시조치 (30일간 게시물 접근 제한)

처리 결과에 이의가 있는 경우 고객센터(https://help.naver.com/inquiry/)로 문의해 주세요.
본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 신고 처리 결과 notice echoing the report form",
    why="Each echoed report block names one URL and its result: 게시중단 -> removed, 임시조치 -> restricted; the help link is no item.",
    items=P((N[6], "removed"), (N[14], "restricted")),
)

add(
    name="naver-ack-plus-statements",
    date=d(2, 16, 5), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 접수 및 1차 처리 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구가 접수번호 NV-240902-0071 로 접수되었습니다.
접수 즉시 확인하여 아래 게시물은 삭제하였습니다.

  • {N[1]}
  • {N[2]}

그 외 게시물은 순차적으로 확인하여 처리할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="receipt notice that already carries first results (접수 + 1차 처리)",
    why="An acknowledgement phrase plus an unhedged 'we deleted' about two named posts is a confirmation, not a pure receipt.",
    items=P((N[1], "removed"), (N[2], "removed")),
)

add(
    name="naver-adult-only-english",
    date=d(9, 13, 47), **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01: update on two blog posts",
    body=f"""Hello,

An update on request KCSC-240902-01.

- https://blog.naver.com/luckyspin_kr/223549087721 was deleted by NAVER for
  breaching our policy on gambling promotion.
- https://blog.naver.com/nightowl_slot/223570004411 has been set to adults-only
  (19+) and excluded from search results; it remains on the blog for
  verified adult users.

Our blog operating policy is at https://blog.naver.com/blogpeople/policy.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English portal update, bullet per URL, one deletion and one age restriction",
    why="Deleted -> removed; adults-only and excluded from search -> restricted; the policy link is no item.",
    items=P((N[3], "removed"), (N[13], "restricted")),
)

add(
    name="naver-promise-korean",
    date=d(6, 9, 12), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 처리 지연 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 2건은 관련 부서 검토 후 삭제 조치될 예정입니다.
처리가 지연되어 죄송합니다.

- {N[7]}
- {STORE_ENC}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 처리 지연 안내 (delay notice) promising future removal",
    why="'삭제 조치될 예정' is a promise, not a statement: items stay pending and the named items need a person.",
    items=P((N[7], "pending"), (N[12], "pending")),
)

add(
    name="naver-untrusted-dmarc-fail",
    date=d(3, 22, 48), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    subject="[NAVER] KCSC-240902-01 조치 완료",
    body=f"""KCSC-240902-01 요청 게시물 중 아래 게시물을 삭제하였습니다.

{N[1]}
{N[2]}
{N[3]}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="spoofed (or relay-broken) portal mail failing DMARC",
    why="From a NAVER domain but DKIM/SPF/DMARC fail: statements are not trusted.",
    items=P((N[1], "pending"), (N[2], "pending"), (N[3], "pending")),
)

add(
    name="naver-asks-for-resolution-copy",
    date=d(3, 10, 30), **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 자료 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 스마트스토어 상품({STORE_ENC})은
판매자 제재를 위해 법적 근거 확인이 필요합니다.

원활한 처리를 위해 아래 자료를 회신해 주시기 바랍니다.
 1) 시정요구 의결서 사본
 2) 담당자 성명 및 연락처

자료 확인 후 처리하겠습니다. 감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal request for supporting documents (의결서 사본) before acting",
    why="The platform asks for documents before acting; nothing is stated about the item.",
    items=P((N[12], "pending")),
)

add(
    name="naver-ooo-chuseok",
    date=d(13, 18, 2), **{"from": "jihoon.kim@navercorp.com"}, name_from="김지훈",
    subject="[자동 회신] RE: [KCSC-240902-01] 불법 도박 홍보 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지훈입니다.

추석 연휴로 9월 19일(목)까지 부재중입니다.
급한 용건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office until Thursday 19 September (Chuseok holidays).
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply (Korean/English) during Chuseok",
    why="Recognized auto-reply, says nothing about any item.",
)

# ================================================================ DC Inside
add(
    name="dc-list-status-below",
    date=d(4, 14, 10), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] KCSC-240903-02 처리 결과",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 4건의 처리 결과입니다.

{D[1]}
→ 삭제 처리

{D[2]}
→ 삭제 처리 및 작성자 IP 차단

{D[3]}
→ 삭제 처리

{D[4]}
→ 이미 삭제된 게시물 (작성자 삭제)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply: bare URL with status on the next line",
    why="Each URL has its own status line: 삭제 처리 -> removed; deleted by its author before -> not_found.",
    items=P((D[1], "removed"), (D[2], "removed"), (D[3], "removed"), (D[4], "not_found")),
)

add(
    name="dc-angle-brackets-english",
    date=d(4, 19, 33), **{"from": "global@dcinside.com"}, name_from="DCInside Support",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""Hello,

Re KCSC-240903-02.

Deleted: <{D[1]}>
Not found (no post with this number exists): <{D[4]}>

The two minor-gallery posts are still being checked with the gallery manager.

DCInside Support
""",
    outcome="applied", classification="confirmation",
    imitates="short English support reply with URLs in angle brackets",
    why="Deleted -> removed, no such post -> not_found; the two others are unnamed and still being checked.",
    items=P((D[1], "removed"), (D[4], "not_found")),
)

add(
    name="dc-wrapped-url",
    date=d(5, 11, 2), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-02] 마이너 갤러리 게시물",
    reply_to_req=mid("KCSC-240903-02"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

마이너 갤러리 게시물 2건 확인 결과 알려드립니다.

88123번 글 (https://gall.dcinside.com/mgallery/board/view/?id=nightlife&no=88123)
은 삭제 처리되었습니다.

88140번 글
<https://gall.dcinside.com/mgallery/board/view/
?id=nightlife&no=88140>
도 동일하게 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with a long URL wrapped inside angle brackets",
    why="Both minor-gallery posts are stated deleted; the second URL is wrapped inside <...> (RFC 3986 appendix C style).",
    items=P((D[2], "removed"), (D[3], "removed")),
)

add(
    name="dc-refusal-and-removal",
    date=d(6, 16, 44), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-02] 처리 결과 (주식 갤러리)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""KCSC 담당자님께,

요청 건 중 2건 처리 결과입니다.

- {D[1]}
  주식 갤러리 시세 관련 의견 글로, 음란물에 해당하지 않아 삭제하지 않았습니다.
- {D[4]}
  모바일 주소로 재확인한 결과 게시물이 존재하여 삭제하였습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site reply refusing one post with a reason and removing another",
    why="A reasoned refusal ('not obscene, not deleted') -> rejected; 삭제하였습니다 -> removed.",
    items=P((D[1], "rejected"), (D[4], "removed")),
)

add(
    name="dc-hedge-appears",
    date=d(4, 10, 5), **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-02] 확인 중",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

문의하신 아래 게시물은 작성자가 자진 삭제한 것으로 보입니다.
{D[2]}
{D[3]}

서버 기록을 확인한 뒤 정확한 내용을 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply hedging ('…한 것으로 보입니다') pending a log check",
    why="'것으로 보입니다' is a hedge and the platform says it will confirm later: no status, the named items need a person.",
    items=P((D[2], "pending"), (D[3], "pending")),
)

add(
    name="dc-gallery-manager-gmail",
    date=d(3, 23, 10), **{"from": "nightlife.mgr77@gmail.com"}, name_from="나이트라이프 갤러리 매니저",
    subject="KCSC-240903-02 관련 (갤러리 매니저입니다)",
    body=f"""안녕하세요. 디시인사이드 나이트라이프 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 연락드립니다.

제가 매니저 권한으로 아래 두 글을 삭제했습니다.
{D[2]}
{D[3]}

추가로 필요한 것 있으면 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="Not from a platform domain: a person must check before anything changes.",
    items=P((D[2], "pending"), (D[3], "pending")),
)

add(
    name="dc-ticket-receipt",
    date=d(3, 11, 1), **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 문의가 접수되었습니다 - [KCSC-240903-02] 게시물 삭제 요청",
    body="""고객님의 문의가 정상적으로 접수되었습니다.

 접수번호 : DC-240903-5521
 접수일시 : 2024-09-03 11:01

담당자가 확인한 후 순차적으로 답변드리겠습니다.
답변은 접수하신 이메일 주소로 발송됩니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수 완료 안내)",
    why="Pure acknowledgement with a ticket number; no statement about any item.",
)

# ================================================================ Daum / Kakao
add(
    name="daum-kakao-temporary-measure",
    date=d(5, 15, 20), **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240904-03)",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대한 조치 결과를 안내드립니다.

[임시조치]
아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.
 - {K[1]}
 - {K[2]}

[삭제]
아래 게시물은 운영정책 위반(마약류 판매 알선)으로 삭제하였습니다.
 - {K[3]}

조치 내용에 대한 문의는 고객센터(https://cs.kakao.com/helps?service=5)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 notice with 임시조치 and 삭제 sections",
    why="Section headings carry the status: 임시조치 (접근 제한) -> restricted for the first two, 삭제 -> removed for the third.",
    items=P((K[1], "restricted"), (K[2], "restricted"), (K[3], "removed")),
)

daum_html = f"""<html><body>
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>KCSC-240904-03 요청 건 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td><a href="{K[1]}">{K[1]}</a></td><td>삭제</td><td>마약류 판매 광고</td></tr>
<tr><td><a href="{K[2]}">{K[2]}</a></td><td>삭제</td><td>마약류 판매 광고</td></tr>
<tr><td><a href="{K[3]}">{K[3]}</a></td><td>유지</td><td>신고 사유(마약류 판매)에 해당하는 내용이 확인되지 않음</td></tr>
</tbody></table>
<p>감사합니다.<br>Daum 카페 운영팀</p>
</body></html>
"""
add(
    name="daum-html-base64-table",
    date=d(6, 11, 0), **{"from": "cafe-admin@daum.net"}, name_from="Daum 카페 운영팀",
    subject="[Daum 카페] KCSC-240904-03 처리 결과",
    reply_to_req=mid("KCSC-240904-03"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded HTML result table from a cafe operations team",
    why="Row per item: 삭제 -> removed; 유지 with the reason that the content is not what was reported -> rejected.",
    items=P((K[1], "removed"), (K[2], "removed"), (K[3], "rejected")),
)

add(
    name="daum-english-not-found",
    date=d(5, 9, 45), **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240904-03 (Daum Cafe)",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Dear KCSC,

Regarding KCSC-240904-03:

We could not locate {K[3]} - no post exists at that address
(the board AbC9 was closed by the cafe operator in August).

{K[1]} was removed on 5 September for violating our policy on the sale
of narcotics.

We are still looking into the remaining post.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply: one URL not found, one removed",
    why="'could not locate … no post exists' -> not_found; 'was removed' -> removed; the third post is unnamed and still looked into.",
    items=P((K[3], "not_found"), (K[1], "removed")),
)

add(
    name="daum-bulk-english",
    date=d(6, 17, 25), **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240904-03 (Daum Cafe) - completed",
    reply_to_req=mid("KCSC-240904-03"),
    body="""Dear KCSC,

All of the posts listed in your request KCSC-240904-03 have been removed
from Daum Cafe.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-line 'all reported content removed' closing reply",
    why="One statement about all items of a three-item request without naming each: bulk review, items stay pending.",
    items=P((K[1], "pending"), (K[2], "pending"), (K[3], "pending")),
)

orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@daum.net
Subject: [KCSC-240904-03] 마약류 판매 게시물 시정요구
Date: {d(4, 9, 30)}
Message-ID: <{mid('KCSC-240904-03')}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{K[1]}
{K[2]}
{K[3]}
"""
add(
    name="daum-dsn-bounce",
    date=d(4, 9, 31), **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.405.K3"

--dsn.405.K3
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@daum.net>: host mbox.daum.net[203.0.113.25] said: 550 5.1.1
    <abuse-report@daum.net>: Recipient address rejected: User unknown

--dsn.405.K3
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: {d(4, 9, 30, 12)}

Final-Recipient: rfc822; abuse-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.405.K3
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{orig}
--dsn.405.K3--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the KCSC request",
    why="A DSN; the URLs are only in the returned original request.",
    items=P((K[1], "pending"), (K[2], "pending"), (K[3], "pending")),
)

add(
    name="nate-wrong-platform",
    date=d(5, 13, 15), **{"from": "help@nate.com"}, name_from="네이트 고객센터",
    subject="RE: [KCSC-240904-03] 게시물 삭제 요청",
    body=f"""안녕하세요. 네이트 고객센터입니다.

보내주신 게시물 {K[2]} 은
삭제 처리되었습니다.

이용해 주셔서 감사합니다.
SK커뮤니케이션즈 네이트 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="portal help-desk reply to a misdirected request, about another portal's post",
    why="Nate states a status for a Daum cafe post it does not host: a person must check, nothing changes.",
    items=P((K[2], "pending")),
)

# ================================================================ SOOP
add(
    name="soop-english-two-actions",
    date=d(6, 10, 18), **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240905-04 - outcome",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello,

We have completed our review of request KCSC-240905-04.

* VOD {S[2]}
  Deleted. The uploader's VOD upload privileges have been suspended for 30 days.

* Channel post {S[1]}
  Restricted to viewers aged 19 and over (adult verification required).

Thank you for helping keep SOOP safe.
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform trust-and-safety outcome with one line per item",
    why="Deleted -> removed; restricted to 19+ viewers -> restricted.",
    items=P((S[2], "removed"), (S[1], "restricted")),
)

add(
    name="soop-korean-one-of-two",
    date=d(5, 20, 40), **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] KCSC-240905-04 VOD 조치 안내",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""안녕하세요. SOOP 운영팀입니다.

신고하신 VOD({S[2]})는 운영정책 위반으로 비공개 처리되었습니다.
방송국 게시글은 확인 후 별도로 안내드리겠습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean streaming-platform notice, URL inside parentheses followed by a particle",
    why="비공개 처리 by the platform -> removed for the VOD; the channel post is only promised a later answer.",
    items=P((S[2], "removed"), (S[1], "pending")),
)

soop_plain = f"""안녕하세요. SOOP 운영팀입니다.

KCSC-240905-04 요청 게시물 처리 결과입니다.

- {S[1]} : 삭제 완료
- {S[2]} : 삭제 완료

감사합니다.
"""
soop_html = f"""<html><body><p>안녕하세요. SOOP 운영팀입니다.</p>
<p>KCSC-240905-04 요청 게시물 처리 결과입니다.</p>
<ul><li><a href="{S[1]}">{S[1]}</a> : <b>삭제 완료</b></li>
<li><a href="{S[2]}">{S[2]}</a> : <b>삭제 완료</b></li></ul>
<p>감사합니다.</p></body></html>
"""
add(
    name="soop-multipart-alternative",
    date=d(9, 14, 22), **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] KCSC-240905-04 처리 결과",
    reply_to_req=mid("KCSC-240905-04"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt405soop"

--alt405soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(soop_plain)}
--alt405soop
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
--alt405soop--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative notice (quoted-printable text + base64 HTML)",
    why="Both items named with 삭제 완료 -> removed.",
    items=P((S[1], "removed"), (S[2], "removed")),
)

add(
    name="soop-ticket-receipt-english",
    date=d(5, 14, 2), **{"from": "support@sooplive.co.kr"}, name_from="SOOP Support",
    subject="[SOOP Support] Re: KCSC-240905-04 (#48213)",
    body="""##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

SOOP Support
This email is a service from SOOP Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt",
    why="Pure receipt of a ticket ('received and is being reviewed'); no statement about any item.",
)

add(
    name="soop-untrusted-afreecatv",
    date=d(6, 8, 55), **{"from": "report@afreecatv.com"}, name_from="아프리카TV 운영팀",
    auth="fail",
    subject="RE: KCSC-240905-04 조치 완료",
    body=f"""KCSC-240905-04 요청하신 아래 게시물 모두 삭제 조치 완료했습니다.

{S[1]}
{S[2]}

아프리카TV 운영팀
""",
    outcome="review", review="untrusted",
    imitates="mail from the platform's legacy domain failing authentication",
    why="afreecatv.com is a SOOP sender domain, but DMARC fails: not trusted.",
    items=P((S[1], "pending"), (S[2], "pending")),
)

# ================================================================ FM Korea
add(
    name="fmkorea-admin-list",
    date=d(9, 11, 30), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="[에펨코리아] KCSC-240906-05 처리 결과 회신",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.
KCSC-240906-05 요청 건 처리 결과를 회신드립니다.

- {F[1]} : 삭제
- {F[2]} : 삭제
- {F[3]} : 유지 (공인의 공적 활동에 대한 의견 표명으로 판단)
- {F[4]} : 존재하지 않는 게시물
- {F[5]} : 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply, 'URL : result' list",
    why="삭제 -> removed; 유지 with a reason -> rejected; 존재하지 않는 게시물 -> not_found.",
    items=P((F[1], "removed"), (F[2], "removed"), (F[3], "rejected"), (F[4], "not_found"),
            (F[5], "removed")),
)

add(
    name="fmkorea-particles-fullwidth",
    date=d(7, 15, 5), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240906-05] 개인정보 노출 게시물",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""KCSC 담당자님 안녕하세요.

{F[1]}은 개인정보 노출로 확인되어 삭제하였고, {F[2]}의 경우 요청 전에 이미 작성자가 지운 글입니다．
모바일 주소로 보내주신 글（{F[4]}）도 삭제했습니다．

나머지 2건은 검토 중입니다.

에펨코리아 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean prose reply with URLs glued to particles (은/의) and full-width punctuation",
    why="Deleted -> removed (twice); deleted by its author before the request -> not_found; the two others are only 'under review'.",
    items=P((F[1], "removed"), (F[2], "not_found"), (F[4], "removed")),
)

add(
    name="fmkorea-refusal-reasoned",
    date=d(10, 17, 50), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240906-05] 검토 결과",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

검토 중이던 2건에 대한 결과입니다.

{F[3]}
{F[5]}

위 두 게시물은 정치인의 공적 발언을 비판하는 글로, 명예훼손이나 개인정보 노출에
해당한다고 보기 어려워 게시를 유지하기로 하였습니다.
이의가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site refusal with its reason, covering two listed URLs",
    why="A reasoned decision to keep both listed posts up -> rejected for each.",
    items=P((F[3], "rejected"), (F[5], "rejected")),
)

add(
    name="fmkorea-bulk-korean",
    date=d(8, 12, 12), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240906-05] 처리 완료",
    reply_to_req=mid("KCSC-240906-05"),
    body="""안녕하세요. 에펨코리아 운영팀입니다.

KCSC-240906-05 건으로 요청하신 게시물 5건 모두 삭제 처리 완료했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="'all N posts deleted' closing reply with no URLs",
    why="One statement covering a five-item request without naming each item: bulk review.",
    items={F[i]: "pending" for i in range(1, 6)},
)

add(
    name="fmkorea-mdn",
    date=d(6, 10, 20), **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="읽음 확인: [KCSC-240906-05] 개인정보 노출 게시물 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn405fm"

--mdn405fm
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{d(6, 10, 0)}에 takedown@kcsc.example(으)로 보낸 메시지
"[KCSC-240906-05] 개인정보 노출 게시물 시정요구"의 수신 확인입니다.
메시지가 수신자의 컴퓨터에 표시되었습니다.

--mdn405fm
Content-Type: message/disposition-notification

Reporting-UA: mail.fmkorea.com; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@fmkorea.com
Original-Message-ID: <{mid('KCSC-240906-05')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn405fm--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN) in Korean",
    why="A read receipt says nothing about items.",
)

add(
    name="fmkorea-law-firm-unknown",
    date=d(11, 16, 0), **{"from": "jw.han@saebomlaw.example"}, name_from="법무법인 새봄 한지원 변호사",
    subject="KCSC-240906-05 관련 의견 (게시자 대리인)",
    body=f"""방송통신심의위원회 담당자님께

저희는 아래 게시물 작성자의 대리인입니다.

{F[3]}

의뢰인은 위 게시물을 2024년 9월 10일 자진 삭제하였으므로, 시정요구 절차를
종결하여 주실 것을 요청드립니다. 위임장은 요청하시면 송부하겠습니다.

법무법인 새봄 변호사 한지원
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for the poster, claiming the post was self-deleted",
    why="Not the platform: a third party's word about the item changes nothing.",
    items=P((F[3], "pending")),
)

# ================================================================ CLIEN
add(
    name="clien-sole-korean",
    date=d(10, 9, 40), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="RE: [KCSC-240909-06] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-06"),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물(KCSC-240909-06)은 개인정보 노출로 확인되어 삭제 조치하였습니다.
해당 회원에게는 이용 제한 7일이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply naming only the request reference",
    why="A one-item request: the single unhedged statement '삭제 조치하였습니다' applies to its item.",
    items=P((C1, "removed")),
)

add(
    name="clien-english-url-next-line",
    date=d(10, 13, 5), **{"from": "admin@clien.net"}, name_from="CLIEN Admin",
    subject="Re: KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""Hello,

The following post could not be found. It was deleted by its author on
8 September, before your request reached us:
{C1}

Regards,
CLIEN Admin
""",
    outcome="applied", classification="confirmation",
    imitates="English admin reply with the URL on the line below its statement",
    why="'could not be found … deleted by its author' -> not_found.",
    items=P((C1, "not_found")),
)

add(
    name="clien-contact-change-notice",
    date=d(12, 10, 0), **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    subject="[클리앙] 게시물 신고 접수 창구 변경 안내",
    body="""안녕하세요, 클리앙 운영진입니다.

2024년 10월 1일부터 관계기관의 게시물 삭제 요청은 아래 전용 주소로만 접수합니다.

 - 접수 주소: legal@clien.net
 - 처리 기한: 접수 후 영업일 기준 3일 이내

기존 주소(admin@clien.net)로 보내신 요청은 9월 30일까지 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="community site's notice to authorities about a new takedown contact address",
    why="Trusted platform mail that names no item and no request: a person should read it (the contact address changes).",
)

# ================================================================ Inven
add(
    name="inven-text-table",
    date=d(11, 14, 30), **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] KCSC-240910-07 게시물 조치 결과",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""안녕하세요. 인벤 운영팀입니다.
KCSC-240910-07 요청 건 조치 결과입니다.

| No | 게시물 URL                                            | 결과 | 비고                      |
|----|-------------------------------------------------------|------|---------------------------|
| 1  | {I[1]}   | 삭제 | 작성자 영구 이용정지      |
| 2  | {I[2]}   | 삭제 |                           |
| 3  | {I[3]}        | 유지 | 게임 공략 글, 도박 홍보 아님 |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table from a game community's operations team",
    why="삭제 -> removed twice; 유지 with the reason 'a game guide, not gambling promotion' -> rejected.",
    items=P((I[1], "removed"), (I[2], "removed"), (I[3], "rejected")),
)

add(
    name="inven-outlook-original-message",
    date=d(11, 10, 8), **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀 정다은",
    subject="RE: [KCSC-240910-07] 게임머니 환전·도박 홍보 게시물 시정요구",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""담당자님 안녕하세요.

아래 두 건 처리했습니다.
{I[1]} - 게시물 삭제 및 작성자 30일 이용정지
{I[3]} - 운영자 삭제

남은 1건은 내일 중으로 회신드리겠습니다.

정다은 / 인벤 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 3:00 PM
To: cs@inven.co.kr
Subject: [KCSC-240910-07] 게임머니 환전·도박 홍보 게시물 시정요구

안녕하십니까. 방송통신심의위원회입니다.
아래 게시물 3건에 대하여 삭제를 요청합니다.

{I[1]}
{I[2]}
{I[3]}

처리 결과를 9월 17일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="Two items stated deleted above the quote; the third appears only in the quoted request.",
    items=P((I[1], "removed"), (I[3], "removed"), (I[2], "pending")),
)

add(
    name="inven-under-review-english",
    date=d(10, 19, 12), **{"from": "global@inven.co.kr"}, name_from="Inven Global Support",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""Hello,

The posts <{I[1]}> and
<{I[2]}> are currently under review by our
moderation team. We will get back to you once a decision has been made.

Inven Global Support
""",
    outcome="review", review="not_understood",
    imitates="English 'under review' holding reply naming the URLs",
    why="'Under review' is no statement: items stay pending and the named items need a person.",
    items=P((I[1], "pending"), (I[2], "pending")),
)

# ================================================================ Ppomppu
add(
    name="ppomppu-holiday-autoreply",
    date=d(14, 9, 0), **{"from": "support@ppomppu.co.kr"}, name_from="뽐뿌 고객지원",
    subject="[자동응답] 뽐뿌 고객지원 추석 연휴 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일은 자동응답 메일입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일)에는 문의 답변이 지연됩니다.
접수된 문의는 9월 19일부터 순서대로 답변드리겠습니다.

뽐뿌 고객지원
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-responder of a community site's support desk",
    why="Recognized auto-reply, no request and no item.",
)


HEADER = """# blind405: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, Nate, Inven, CLIEN, Ppomppu, FM Korea), Korean and English mixed.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, the
    way Korean mail clients send them (base64; one case in Q encoding)."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            if c["name"] == "dc-ticket-receipt":
                cs = email.charset.Charset("utf-8")
                cs.header_encoding = email.charset.QP
                c[key] = cs.header_encode(v)
            else:
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    for c in cases:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind405", HEADER, cases)
    from collections import Counter
    print(len(cases), dict(Counter(c["outcome"] for c in cases)))
