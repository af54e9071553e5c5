#!/usr/bin/env python3
"""Blind set 339: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, Nate, FM Korea, Ppomppu), Korean and English mixed, with the doubtful
and ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind339/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every URL, name, id and address
is fictional. Expected results were written from each email's meaning alone,
before any run of the reader.
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

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9120334",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9120871",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=55147",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_kr&no=55190",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet_minor&no=2031",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportsbet_minor&no=2044",
    "https://gall.dcinside.com/mini/board/view/?id=casinohouse&no=811",
    "https://gall.dcinside.com/mini/board/view/?id=casinohouse&no=817",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11873302",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=11874019",
    "https://m.dcinside.com/board/toto_kr/55233",
    "https://m.dcinside.com/board/sportsbet_minor/2060",
]
D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13 = D

CAFE_KO = "우리동네소식통"
N1 = "https://blog.naver.com/moonriver_82/223561904417"
N2 = "https://cafe.naver.com/daechi_moms/1288410"
N3 = "https://cafe.naver.com/" + quote(CAFE_KO) + "/20417"
N3_RAW = "https://cafe.naver.com/" + CAFE_KO + "/20417"
N4 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471882301"

K1 = "https://cafe.daum.net/sunflower_fc/9Qwe/3021"
K2 = "https://cafe.daum.net/sunflower_fc/9Qwe/3058"
K3 = "https://cafe.daum.net/toto_sharing/Jx8r/144"

S1 = "https://vod.sooplive.co.kr/player/131550892"
S2 = "https://ch.sooplive.co.kr/nightowl_bj/post/91220456"

T1 = "https://pann.nate.com/talk/372118904"

F1 = "https://www.fmkorea.com/7412208831"
F2 = "https://www.fmkorea.com/7412215506"
F3 = "https://www.fmkorea.com/best/7412290117"
F4 = "https://www.fmkorea.com/index.php?mid=free&document_srl=7413001284"
F5 = "https://m.fmkorea.com/7413055920"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9023117"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410328"

REQUESTS = [
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", "req-240902-01@kcsc.example", "sports betting and casino promotion posts", D),
    ("KCSC-240903-02", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "privacy", "req-240903-02@kcsc.example", "personal data of a private person", [N1, N2, N3, N4]),
    ("KCSC-240904-03", "daum", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", "req-240904-03@kcsc.example", "cafe posts naming a private person", [K1, K2, K3]),
    ("KCSC-240905-04", "soop", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "req-240905-04@kcsc.example", "VOD and channel post", [S1, S2]),
    ("KCSC-240906-05", "nate", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "defamation", "req-240906-05@kcsc.example", "Nate Pann post", [T1]),
    ("KCSC-240909-06", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "illegal_drugs", "req-240909-06@kcsc.example", "drug sale posts", [F1, F2, F3, F4, F5]),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "fraud", "req-240910-07@kcsc.example", "phishing site promotion", [P1, P2]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, prefix=""):
    """Our own request as it appears when quoted in a reply."""
    lines = [
        "방송통신심의위원회입니다.",
        "아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ======================= APPLIED =======================

case(
    name="dc-kcsc-result-html-table",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 15:12:40 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240902-01)에 따른 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{D1.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{D2.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{D3.replace('&', '&amp;')}</td><td>조치불가</td><td>작성자 자진 삭제 (게시물 없음)</td></tr>
<tr><td>4</td><td>{D4.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>5</td><td>{D5.replace('&', '&amp;')}</td><td>삭제</td><td>-</td></tr>
<tr><td>6</td><td>{D6.replace('&', '&amp;')}</td><td>조치불가</td><td>존재하지 않는 게시물</td></tr>
</table>
<p>나머지 7건은 갤러리 관리자와 확인 중이며, 완료되는 대로 별도로 회신드리겠습니다.</p>
<p>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied",
    imitates="a Korean portal's 시정요구 조치결과 reply laid out as an HTML table (번호/URL/조치결과/비고)",
    why="six rows, each with its own result: 삭제 is removed, 조치불가 with 게시물 없음/존재하지 않는 is not_found; the other seven are only promised",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "removed", D6: "not_found"},
)

_dc_csv = "번호,URL,조치,처리일시\n" + "\n".join(
    f"{i},{u},{st},2024-09-12 14:{10 + i:02d}"
    for i, (u, st) in enumerate([
        (D1, "삭제"), (D2, "삭제"), (D3, "작성자삭제(게시물없음)"), (D4, "삭제"), (D5, "삭제"),
        (D6, "게시물없음"), (D7, "삭제"), (D8, "삭제"), (D9, "삭제"),
        (D10, "미조치(불법성 없음 - 일반 주식 토론글)"), (D11, "삭제"), (D12, "삭제"), (D13, "삭제"),
    ], 1)
) + "\n"
case(
    name="dc-csv-attachment-all13",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 16:02:11 +0900",
    subject="RE: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-b339-csv"

--dc-b339-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 신고센터입니다.

KCSC-240902-01 시정요구 13건에 대한 조치 내역을 첨부한 CSV 파일로 보내드립니다.
미조치 건은 비고란에 사유를 적어 두었습니다.

디시인사이드 신고센터 / report@dcinside.com

--dc-b339-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_dc_csv)}
--dc-b339-csv--
""",
    outcome="applied",
    imitates="a community site's result sheet sent as a CSV attachment to a regulator's request",
    why="the CSV gives each of the 13 URLs its own result: 삭제 removed, 작성자삭제/게시물없음 not_found, 미조치(불법성 없음) rejected",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "removed", D6: "not_found",
           D7: "removed", D8: "removed", D9: "removed", D10: "rejected", D11: "removed", D12: "removed",
           D13: "removed"},
)

case(
    name="dc-numbered-arrows",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:40:05 +0900",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body=f"""요청번호: KCSC-240902-01

조치 결과 안내드립니다.

1. {D7} → 삭제 처리 완료
2. {D8} → 삭제 처리 완료
3. {D9} → 삭제 처리 완료

나머지 게시물은 각 갤러리 매니저와 확인 중입니다.

디시인사이드 운영팀""",
    outcome="applied",
    imitates="a short numbered 조치 결과 reply from a community site's operations team",
    why="three URLs each followed by '→ 삭제 처리 완료'; the rest are still being checked and not named",
    items={D7: "removed", D8: "removed", D9: "removed"},
)

case(
    name="dc-english-abuse-desk-mobile-urls",
    **{"from": "abuse@dcinside.com"}, name_from="DCInside Abuse Team",
    date="Thu, 12 Sep 2024 09:15:33 +0900",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello,

This is the DCInside abuse desk replying to your request KCSC-240902-01.

We deleted the following posts on 12 September 2024:
<{D12}>
<{D13}>

We could not locate the post below. The link shows "post does not exist" and
there is no record of it left in our system:
<{D11}>

Regards,
Abuse Team, DCInside
https://www.dcinside.com/policy/report""",
    outcome="applied",
    imitates="an English abuse-desk reply with URLs in angle brackets under each statement",
    why="two mobile URLs under 'We deleted the following posts', one under 'We could not locate' (not_found); the policy link is no item",
    items={D12: "removed", D13: "removed", D11: "not_found"},
)

case(
    name="dc-gmail-toppost-korean",
    **{"from": "manager.lee@dcinside.com"}, name_from="이정우",
    date="Wed, 04 Sep 2024 17:26:48 +0900",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body=f"""요청하신 게시물 중 주식 갤러리 2건은 오늘 삭제했습니다.
{D10}
{D11}

나머지는 확인 후 다시 연락드리겠습니다.

이정우 드림
디시인사이드 운영지원팀

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240902-01", D, prefix="> ")}""",
    outcome="applied",
    imitates="a Gmail-style top-posted Korean reply over the quoted request",
    why="only the two URLs above the quote are stated deleted; the 13 URLs in the quoted request are our own words",
    items={D10: "removed", D11: "removed"},
)

case(
    name="dc-qp-url-then-status",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Fri, 13 Sep 2024 10:03:19 +0900",
    subject="[디시인사이드] 게시물 조치 결과 안내 (KCSC-240902-01)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''[디시인사이드 게시물 조치 결과]
요청 번호 : KCSC-240902-01

{D5}
처리결과 : 게시중단

{D6}
처리결과 : 존재하지 않는 게시물 (작성자 삭제)

{D7}
처리결과 : 게시중단

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
''')}""",
    outcome="applied",
    imitates="a quoted-printable Korean result notice with each URL and its 처리결과 on the line below",
    why="게시중단 for two URLs (removed) and 존재하지 않는 게시물 (작성자 삭제) for one (not_found); 발신 전용 does not make it an auto-reply",
    items={D5: "removed", D6: "not_found", D7: "removed"},
)

case(
    name="naver-imsi-jochi-notice",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 14:30:00 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-02)의 처리 결과를 안내드립니다.

■ 대상: {N1}
■ 조치: 임시조치 (30일간 열람 제한)
  - 게시자가 30일 이내에 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

■ 대상: {N2}
■ 조치: 게시물 삭제 완료

관련 정책: https://policy.naver.com/rules/service_right.html

감사합니다.
NAVER 권리보호센터""",
    outcome="applied",
    imitates="NAVER 권리보호센터 게시중단/임시조치 처리 결과 notice",
    why="임시조치 (열람 제한) is restricted, the later deletion is only conditional; 게시물 삭제 완료 is removed",
    items={N1: "restricted", N2: "removed"},
)

case(
    name="naver-html-korean-path",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Mon, 09 Sep 2024 16:45:12 +0900",
    subject="Re: [KCSC-240903-02] 게시물 조치 요청",
    reply_to_req="req-240903-02",
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>요청하신 나머지 게시물의 검토 결과입니다.</p>
<table border="1" cellpadding="5">
<tr><th>게시물</th><th>결과</th></tr>
<tr><td><a href="{N3}">{N3_RAW}</a></td><td>블라인드 처리</td></tr>
<tr><td><a href="{N4.replace('&', '&amp;')}">{N4.replace('&', '&amp;')}</a></td><td>위반 사항 없음 (게시 유지)</td></tr>
</table>
<p>이의가 있으시면 <a href="https://help.naver.com/inquiry/right">고객센터</a>로 문의해 주세요.</p>
</body></html>""",
    outcome="applied",
    imitates="NAVER HTML result table with a Korean-path cafe URL shown raw and percent-encoded in the link",
    why="블라인드 처리 is removed; 위반 사항 없음 (게시 유지) is a refusal with its reason; the help link is no item",
    items={N3: "removed", N4: "rejected"},
)

case(
    name="naver-english-base64",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:05:41 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear KCSC team,

Re: KCSC-240903-02

Following our review, access to the blog post
{N1}
has been restricted for users in Korea.

The cafe post {N2} had already been deleted by its author before
our review, so no action was needed on our side.

Best regards,
NAVER Trust & Safety
''')}""",
    outcome="applied",
    imitates="a base64-encoded English trust-and-safety reply from a Korean portal",
    why="access restricted for users in Korea is restricted; deleted by its author before review is not_found",
    items={N1: "restricted", N2: "not_found"},
)

case(
    name="daum-cleancenter-blind",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 클린센터",
    date="Fri, 06 Sep 2024 13:22:09 +0900",
    subject="[Daum 클린센터] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""[Daum 클린센터] 신고 처리 결과 안내

신고 건: KCSC-240904-03

신고하신 게시물을 검토한 결과, 운영정책 위반이 확인되어 아래와 같이 조치하였습니다.

- {K1} : 블라인드 처리
- {K2} : 블라인드 처리
- {K3} : 게시물이 존재하지 않아 별도 조치하지 않았습니다.

Daum 운영정책: https://cs.daum.net/faq/site/cleancenter
본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="applied",
    imitates="Daum 클린센터 신고 처리 결과 notice (블라인드 처리)",
    why="two posts 블라인드 처리 (removed), one does not exist (not_found); no-reply footer is not an auto-reply",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

case(
    name="daum-url-below-statement",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="카카오 Daum 카페 운영팀",
    date="Mon, 09 Sep 2024 10:48:50 +0900",
    subject="Re: [KCSC-240904-03] 명예훼손 게시물 조치 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 카카오 Daum 카페 운영팀입니다.
요청번호 KCSC-240904-03 관련 검토 결과를 알려드립니다.

다음 게시물은 카페 운영정책(명예훼손) 위반으로 삭제하였습니다.
{K1}

다음 게시물은 특정인을 식별할 수 있는 내용이 없어 명예훼손으로 보기 어려우므로 게시를 유지합니다.
{K3}

감사합니다.""",
    outcome="applied",
    imitates="a Kakao cafe-policy reply with each statement followed by its URL on the next line",
    why="URL under '삭제하였습니다' is removed; URL under '게시를 유지합니다' with its reason is rejected",
    items={K1: "removed", K3: "rejected"},
)

case(
    name="soop-english-vod-private",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 18:11:27 +0900",
    subject="Re: [KCSC-240905-04] Request for removal",
    reply_to_req="req-240905-04",
    body=f"""Hello KCSC,

Regarding your request KCSC-240905-04:

- VOD {S1} was deleted for violating our adult content policy.
- The channel post {S2} has been set to private (비공개 처리) by our
  operators and can no longer be viewed by anyone.

SOOP Trust & Safety | https://www.sooplive.co.kr/policy/operation""",
    outcome="applied",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety reply in English about a VOD and a channel post",
    why="VOD deleted (removed); post set to private by operators, viewable by no one (비공개 처리, removed)",
    items={S1: "removed", S2: "removed"},
)

case(
    name="soop-korean-age-gate",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Tue, 10 Sep 2024 15:37:02 +0900",
    subject="[SOOP] 시정요구 처리 결과 회신 (KCSC-240905-04)",
    body=f"""방송통신심의위원회 담당자님께

SOOP 운영팀입니다. 요청(KCSC-240905-04)하신 건의 처리 결과를 회신드립니다.

1) {S1}
   → 청소년 유해 정보로 판단하여 19세 이상만 시청할 수 있도록 연령 제한 설정 완료
2) {S2}
   → 운영자 삭제

감사합니다.
SOOP 운영팀 드림""",
    outcome="applied",
    imitates="SOOP 운영팀 Korean 처리 결과 reply with an age restriction",
    why="19세 이상 연령 제한 is restricted; 운영자 삭제 is removed",
    items={S1: "restricted", S2: "removed"},
)

case(
    name="nate-sole-one-item",
    **{"from": "help@nate.com"}, name_from="네이트 고객센터",
    date="Mon, 09 Sep 2024 11:02:44 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body="""안녕하세요, 네이트 고객센터입니다.

요청하신 네이트판 게시글은 검토 결과 특정인에 대한 명예훼손 소지가 있어
관리자 삭제 처리하였습니다.

더 나은 서비스로 보답하겠습니다.
네이트 고객센터""",
    outcome="applied",
    imitates="Nate customer-centre reply stating the one reported Pann post was deleted by an administrator",
    why="no URL, but the reply answers a one-item request (thread and reference) with an unhedged deletion",
    items={T1: "removed"},
)

case(
    name="nate-angle-bracket-particle",
    **{"from": "pann-admin@nate.com"}, name_from="네이트판 운영자",
    date="Tue, 10 Sep 2024 09:30:15 +0900",
    subject="[네이트] 임시조치 결과 통지 (KCSC-240906-05)",
    body=f"""방송통신심의위원회 귀중

<{T1}>에 대하여 정보통신망법 제44조의2에 따라 임시조치를 하였음을 알려드립니다.
임시조치 기간은 30일이며, 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드리겠습니다.

네이트판 운영자""",
    outcome="applied",
    imitates="a Korean 임시조치 결과 통지 under the Network Act, URL in angle brackets followed by a particle",
    why="임시조치 was done (restricted); the URL is closed by '>' before the particle 에",
    items={T1: "restricted"},
)

case(
    name="fm-english-bullets",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea 운영팀",
    date="Wed, 11 Sep 2024 20:14:09 +0900",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req="req-240909-06",
    body=f"""Hello,

We checked the five links you sent (KCSC-240909-06).

- {F1} - deleted
- {F2} - deleted
- {F3} - not found (the user had already removed it)

The last two are still with our moderators; we will write again when they are done.

FM Korea operations""",
    outcome="applied",
    imitates="a short English bulleted reply from a Korean community site's admins",
    why="two bullets 'deleted', one 'not found (already removed by the user)'; the other two are not named and stay pending",
    items={F1: "removed", F2: "removed", F3: "not_found"},
)

case(
    name="fm-korean-fullwidth-particles",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 13:45:30 +0900",
    subject="Re: [KCSC-240909-06] 불법 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body=f"""방심위 담당자님, 에펨코리아 운영진입니다.

자유게시판 게시물（{F4}）은 확인 즉시 삭제하였고，
{F5}은 작성자가 이미 지운 글이라 존재하지 않는 게시물입니다。

이상입니다.""",
    outcome="applied",
    imitates="a terse Korean admin reply with full-width brackets and a particle attached to the URL",
    why="URL in full-width brackets stated deleted (removed); URL followed directly by 은 is already deleted by its author (not_found)",
    items={F4: "removed", F5: "not_found"},
)

case(
    name="ppomppu-angle-wrapped",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject="Re: [KCSC-240910-07] 피싱 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""KCSC-240910-07 건 처리 내용입니다.

아래 두 게시물은 피싱 사이트 홍보 글로 확인되어 둘 다 삭제했습니다.

 <https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&
 no=9023117>
 <{P2}>

뽐뿌 운영팀""",
    outcome="applied",
    imitates="a plain-text reply whose first URL was wrapped inside its angle brackets by the mailer",
    why="both posts are listed one by one under '둘 다 삭제했습니다'; the first URL is wrapped inside <...> and still names P1",
    items={P1: "removed", P2: "removed"},
)

case(
    name="ppomppu-gmail-quote-mixed",
    **{"from": "mod.choi@ppomppu.co.kr"}, name_from="최민석",
    date="Wed, 11 Sep 2024 14:05:12 +0900",
    subject="Re: [KCSC-240910-07] 피싱 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body=f"""휴대폰 게시판 글은 삭제했습니다: {P2}

자유게시판 글 {P1} 은
판매자와 구매자 사이의 거래 분쟁 글로, 피싱 사이트 홍보로 볼 근거가 없어 삭제하지 않고 유지합니다.

Choi Minseok / 뽐뿌 moderation

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240910-07", [P1, P2], prefix="> ")}""",
    outcome="applied",
    imitates="a Gmail-style reply with English attribution line over the '>'-quoted Korean request",
    why="P2 deleted (removed); P1 kept because it is a trade dispute, not phishing (rejected with reason); quoted request ignored",
    items={P2: "removed", P1: "rejected"},
)

case(
    name="dc-outlook-original-message",
    **{"from": "support.kim@dcinside.com"}, name_from="김서연",
    date="Tue, 03 Sep 2024 15:50:31 +0900",
    subject="RE: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body=f"""Done - 아래 2건 삭제 완료했습니다.
{D8}
{D9}

김서연 / 디시인사이드 운영지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 시정요구(삭제) 요청

{request_text("KCSC-240902-01", D)}""",
    outcome="applied",
    imitates="an Outlook reply ('-----Original Message-----') mixing English and Korean",
    why="two casino-gallery URLs above the quote are stated deleted; the request quoted under Original Message is ours",
    items={D8: "removed", D9: "removed"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 08:55:17 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내",
    body=f"""안녕하세요. 네이버 고객센터입니다.

접수번호: NV-20240911-55812
고객님의 문의(KCSC-240903-02)가 정상적으로 접수되었습니다.

검토 결과, {N2} 게시물은 게시중단 조치되었음을 알려드립니다.

네이버 고객센터 드림""",
    outcome="applied",
    imitates="NAVER 고객센터 receipt that also carries a result",
    why="the receipt phrase comes with an unhedged 게시중단 statement about a named URL, so it is not a pure acknowledgement",
    items={N2: "removed"},
)

case(
    name="daum-english-kakao-restricted-kept",
    **{"from": "trust@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Tue, 10 Sep 2024 17:18:44 +0900",
    subject="Re: KCSC-240904-03 defamation complaint",
    reply_to_req="req-240904-03",
    body=f"""Dear KCSC,

Thank you for your request KCSC-240904-03.

The Daum Cafe post {K2} has been blocked from
access in Korea following your request.

The post {K1} was reviewed and does not violate
our Operation Policy, as it concerns a public figure's public conduct. It
remains available.

Kakao Trust & Safety
https://www.kakao.com/policy/oppolicy""",
    outcome="applied",
    imitates="Kakao Trust & Safety English reply about Daum Cafe posts",
    why="blocked from access in Korea is restricted; 'does not violate ... remains available' with its reason is rejected",
    items={K2: "restricted", K1: "rejected"},
)

case(
    name="soop-html-list",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="[SOOP] 요청하신 게시물 처리 결과 (KCSC-240905-04)",
    type="html",
    body=f"""<html><body>
<div style="max-width:640px">
<h3>SOOP 처리 결과 안내</h3>
<p>요청번호 KCSC-240905-04 건에 대한 처리 결과입니다.</p>
<ul>
<li><a href="{S1}">{S1}</a> &mdash; BJ 본인이 이미 삭제한 VOD로 확인되어 현재 존재하지 않습니다.</li>
<li><a href="{S2}">{S2}</a> &mdash; 운영자에 의해 비공개 처리 완료</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. <a href="https://help.sooplive.co.kr/">고객센터 바로가기</a></p>
</div>
</body></html>""",
    outcome="applied",
    imitates="SOOP HTML-only notice with a bulleted result list",
    why="VOD already deleted by its BJ, no longer exists (not_found); 비공개 처리 완료 by operators is removed; help link is no item",
    items={S1: "not_found", S2: "removed"},
)

case(
    name="dc-echoed-report",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Wed, 11 Sep 2024 19:40:00 +0900",
    subject="[디시인사이드] 신고 처리 결과 (DC-RPT-2409-00871)",
    body=f"""━━━━━━━━━━━━━━━━━━━━━━
 [신고 처리 결과]
━━━━━━━━━━━━━━━━━━━━━━
신고번호 : DC-RPT-2409-00871
요청기관 : 방송통신심의위원회 (KCSC-240902-01)

신고URL  : {D3}
신고사유 : 불법 도박 사이트 홍보
처리상태 : 삭제완료

신고URL  : {D4}
신고사유 : 불법 도박 사이트 홍보
처리상태 : 게시물 없음 (이미 삭제됨)
━━━━━━━━━━━━━━━━━━━━━━
본 메일은 발신 전용입니다.""",
    outcome="applied",
    imitates="a report-system result mail that echoes the report fields with a 처리상태 per URL",
    why="처리상태 삭제완료 is removed; 게시물 없음 (이미 삭제됨) is not_found",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="fm-text-table",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    subject="[에펨코리아] KCSC-240909-06 조치 결과",
    body=f"""KCSC-240909-06 요청 5건 조치 결과입니다.

| No | URL | 조치 |
|----|-----|------|
| 1 | {F1} | 삭제 |
| 2 | {F2} | 삭제 |
| 3 | {F3} | 삭제 |
| 4 | {F4} | 유지 (언론 기사 인용글, 판매 정보 아님) |
| 5 | {F5} | 삭제 |

에펨코리아 운영진""",
    outcome="applied",
    imitates="a plain-text pipe table of results from a community site",
    why="four rows 삭제 (removed); row 4 유지 with its reason (rejected)",
    items={F1: "removed", F2: "removed", F3: "removed", F4: "rejected", F5: "removed"},
)

_pp_body = b64("안녕하세요. 뽐뿌 운영팀입니다.\n요청하신 건의 처리 결과를 첨부 파일로 보내드립니다. 확인 부탁드립니다.\n")
_pp_csv = "\ufeffURL,처리결과,처리일\n" + f"{P1},삭제,2024-09-12\n{P2},삭제,2024-09-12\n"
case(
    name="ppomppu-csv-base64",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 18:30:45 +0900",
    subject="RE: [KCSC-240910-07] 처리 결과 첨부",
    reply_to_req="req-240910-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pp-b339-att"

--pp-b339-att
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{_pp_body}

--pp-b339-att
Content-Type: text/csv; name="=?UTF-8?B?{base64.b64encode('처리결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename="=?UTF-8?B?{base64.b64encode('처리결과.csv'.encode()).decode()}?="
Content-Transfer-Encoding: base64

{b64(_pp_csv)}
--pp-b339-att--
""",
    outcome="applied",
    imitates="a base64 body with a BOM-prefixed CSV attachment (Excel export) with an encoded Korean file name",
    why="the CSV states 삭제 for each of the two URLs",
    items={P1: "removed", P2: "removed"},
)

case(
    name="naver-mixed-ko-en-bullets",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject="Re: [KCSC-240903-02] follow-up",
    reply_to_req="req-240903-02",
    body=f"""Hi, 네이버 정책지원팀입니다.

KCSC-240903-02 follow-up:

• {N3_RAW} — 국내 접근 제한 (access restricted in Korea)
• {N4} — deleted (지식iN 답변 삭제)

Thanks,
NAVER Policy Support""",
    outcome="applied",
    imitates="a bilingual NAVER policy-team follow-up with bullets and a raw Korean-path URL",
    why="국내 접근 제한 is restricted (raw Korean path matches the percent-encoded item); deleted is removed",
    items={N3: "restricted", N4: "removed"},
)

# ======================= REVIEW =======================

case(
    name="dc-promise-sequential",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 03 Sep 2024 10:31:08 +0900",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body=f"""요청하신 게시물 확인하였습니다.

{D1}
{D2}

위 게시물은 갤러리 관리자 확인 후 순차적으로 삭제 처리될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

디시인사이드 운영팀""",
    outcome="review", review="not_understood",
    imitates="a community site's promise to delete after the gallery manager checks",
    why="'삭제 처리될 예정' is a promise, not a statement; two requested URLs named, nothing readable about them",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-hedge-appears",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 16:20:00 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Regarding KCSC-240903-02: it appears that the blog post
{N1} may have been taken down by its
owner, but we have not been able to confirm this yet.

The cafe post {N2} is still under review
by our cafe policy team.

We will update you once the review is complete.

NAVER Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="an English interim reply with hedges ('appears', 'may have been') and 'under review'",
    why="hedged and under-review wording states nothing; two requested URLs named",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-bulk-all-removed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 13 Sep 2024 17:00:02 +0900",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body="""안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="a one-line 'all requested posts deleted' reply from a community site",
    why="a statement about all posts of a 13-item request without naming any",
    items={u: "pending" for u in D},
)

case(
    name="fm-bulk-english",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea 운영팀",
    date="Tue, 17 Sep 2024 09:09:09 +0900",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req="req-240909-06",
    body="""Hello,

All five posts reported under KCSC-240909-06 have been taken down by our
moderation team (운영진 삭제 완료).

FM Korea operations""",
    outcome="review", review="bulk",
    imitates="a short English 'all reported posts taken down' reply",
    why="covers the five items of the request without naming each one",
    items={F1: "pending", F2: "pending", F3: "pending", F4: "pending", F5: "pending"},
)

case(
    name="dc-auth-fail-relay",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    auth="fail",
    date="Wed, 04 Sep 2024 12:44:21 +0900",
    subject="Re: [KCSC-240902-01] 시정요구(삭제) 요청",
    reply_to_req="req-240902-01",
    body=f"""조치 결과 회신드립니다.

{D1} : 삭제
{D2} : 삭제

디시인사이드 운영팀""",
    outcome="review", review="untrusted",
    imitates="a DC Inside result mail that failed DKIM/SPF/DMARC (e.g. passed through a relay)",
    why="clear item statements, but the platform domain failed authentication",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-lawfirm-unknown-sender",
    **{"from": "kim.lawyer@hanul-law.example"}, name_from="법무법인 한울 김도윤 변호사",
    date="Fri, 06 Sep 2024 15:05:55 +0900",
    subject="KCSC-240903-02 관련 게시물 자진 삭제 통지",
    body=f"""방송통신심의위원회 담당자님께

저는 위 건 블로그 운영자의 대리인입니다.
저희 의뢰인은 {N1} 게시물을 2024. 9. 5. 자진 삭제하였음을 알려드립니다.
이에 KCSC-240903-02 절차를 종결하여 주실 것을 요청드립니다.

법무법인 한울 변호사 김도윤""",
    outcome="review", review="unknown_sender",
    imitates="a poster's lawyer writing to the regulator that the post was deleted",
    why="names our request and an item, but the sender is no platform",
    items={N1: "pending"},
)

case(
    name="naver-about-daum-url",
    **{"from": "right@navercorp.com"}, name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 11:25:37 +0900",
    subject="[NAVER] 요청하신 URL 확인 결과",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 URL {K3} 은(는) 네이버 서비스의 게시물이 아니며,
당사 시스템에서 해당 게시물을 찾을 수 없습니다.

해당 게시물은 Daum(카카오) 측에 요청하시기 바랍니다.""",
    outcome="review", review="wrong_platform",
    imitates="a portal telling the regulator a URL belongs to another portal",
    why="NAVER states 'cannot find' about a Daum item; a platform stating about another platform's item",
    items={K3: "pending"},
)

case(
    name="kakao-policy-newsletter",
    **{"from": "partner-notice@kakaocorp.com"}, name_from="카카오",
    date="Mon, 23 Sep 2024 10:00:00 +0900",
    subject="[카카오] 운영정책 개정 안내 (2024년 10월 시행)",
    body="""안녕하세요, 카카오입니다.

카카오 운영정책이 2024년 10월 14일부터 일부 개정되어 시행됩니다.

주요 변경 사항
1. 불법촬영물 등 유통 방지 조항 정비
2. 권리침해 신고 처리 절차 안내 문구 변경
3. 이용제한 단계 명확화

자세한 내용은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

본 메일은 협력 기관 담당자분들께 발송되는 안내 메일입니다.""",
    outcome="review", review="no_claims",
    imitates="a platform's policy-change notice sent to partner institutions",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="ppomppu-asks-more",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 09:40:12 +0900",
    subject="Re: [KCSC-240910-07] 피싱 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body="""안녕하세요, 뽐뿌 운영팀입니다.

KCSC-240910-07 요청 건과 관련하여, 게시물 조치를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 공문 (기관 직인 포함)
2. 해당 게시물이 피싱 사이트 홍보로 판단된 근거

자료 확인 후 처리하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="a community site asking for the official letter and grounds before acting",
    why="asks for documents before acting on the request; nothing stated about the posts",
    items={P1: "pending", P2: "pending"},
)

case(
    name="nate-conditional-explanation",
    **{"from": "help@nate.com"}, name_from="네이트 고객센터",
    date="Mon, 09 Sep 2024 16:16:16 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 네이트 고객센터입니다.

요청하신 게시글({T1})은 현재 작성자에게 소명 기회를 부여한 상태입니다.
소명 기간(7일) 내에 이의가 없을 경우 삭제될 예정입니다.

네이트 고객센터""",
    outcome="review", review="not_understood",
    imitates="a Korean reply that deletion depends on the author's explanation period",
    why="a condition and a promise, not a statement; the only item is named",
    items={T1: "pending"},
)

_hwp = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 24 + bytes((i * 37) % 256 for i in range(600))
case(
    name="dc-hwp-attachment",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 13:13:13 +0900",
    subject="[디시인사이드] 시정요구 조치결과 송부 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-b339-hwp"

--dc-b339-hwp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
KCSC-240902-01 조치 결과를 첨부 파일(한글 문서)로 송부드립니다.
확인 부탁드립니다.

디시인사이드 운영팀

--dc-b339-hwp
Content-Type: application/x-hwp; name="KCSC-240902-01_result.hwp"
Content-Disposition: attachment; filename="KCSC-240902-01_result.hwp"
Content-Transfer-Encoding: base64

{b64(_hwp)}
--dc-b339-hwp--
""",
    outcome="review", review="unreadable_attachment",
    imitates="a result sent as a Hangul word-processor (.hwp) attachment, common with Korean institutions",
    why="the results are only in an attachment the reader cannot read",
    items={},
)

# ======================= IGNORED =======================

case(
    name="naver-chuseok-ooo",
    **{"from": "haneul.kim@navercorp.com"}, name_from="김하늘",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    subject="[자동응답] 부재중입니다 / Out of Office: [KCSC-240903-02] 게시물 조치 요청",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 김하늘입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office for the Chuseok holidays until 18 September
and will reply when I am back.""",
    outcome="ignored", classification="auto_reply",
    imitates="a bilingual out-of-office reply for the Chuseok holidays",
    why="auto-reply (Auto-Submitted: auto-replied), says nothing about items",
    items={},
)

_dsn_orig = request_text("KCSC-240902-01", D[:4])
case(
    name="dc-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b339-dc"

--dsn-b339-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gallery-report@dcinside.com>: host mx1.dcinside.com[198.51.100.44] said:
    550 5.1.1 <gallery-report@dcinside.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn-b339-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon,  2 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; gallery-report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b339-dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: gallery-report@dcinside.com
Subject: [KCSC-240902-01] =?UTF-8?B?{base64.b64encode('시정요구(삭제) 요청'.encode()).decode()}?=
Date: Mon, 02 Sep 2024 10:00:00 +0900
Message-ID: <req-240902-01-copy@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dsn_orig}

--dsn-b339-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="a Postfix delivery status notification returning our request with its URLs",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="daum-mdn-read",
    **{"from": "jiho.park@kakaocorp.com"}, name_from="박지호",
    date="Wed, 04 Sep 2024 13:47:20 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("읽음 확인: [KCSC-240904-03] 명예훼손 게시물 조치 요청".encode()).decode() + "?=",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b339-daum"

--mdn-b339-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 2024-09-04 오후 1:47에 읽었습니다.
(This is a receipt for the mail you sent. It was displayed on 2024-09-04.)

--mdn-b339-daum
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; jiho.park@kakaocorp.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b339-daum--
""",
    outcome="ignored", classification="read_receipt",
    imitates="a Korean read receipt (읽음 확인, MDN) from a platform employee",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="fm-ticket-receipt",
    **{"from": "help@fmkorea.com"}, name_from="에펨코리아 고객지원",
    date="Mon, 09 Sep 2024 10:02:15 +0900",
    subject="[에펨코리아] 문의가 접수되었습니다 (#FMQ-0909-0042)",
    body="""안녕하세요, 에펨코리아 고객지원입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: #FMQ-0909-0042
문의 제목: [KCSC-240909-06] 불법 게시물 삭제 요청

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="a help-desk ticket receipt (접수번호) echoing the request's subject",
    why="pure acknowledgement: ticket created, nothing stated about any item",
    items={},
)

case(
    name="soop-receipt-echo",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 10:05:00 +0900",
    subject="[SOOP] 신고가 정상 접수되었습니다",
    body=f"""SOOP 고객센터입니다.
고객님의 신고가 정상적으로 접수되었습니다.

신고 번호 : SP-240905-77120
신고 대상 : {S1}
            {S2}
신고 사유 : 음란물 (KCSC-240905-04)
처리 상태 : 접수 완료

담당자가 확인한 뒤 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP report receipt echoing the reported URLs with 처리 상태 접수 완료",
    why="a receipt: the URLs are echoed back and the only status is '접수 완료' (received)",
    items={S1: "pending", S2: "pending"},
)

case(
    name="ppomppu-ooo-english",
    **{"from": "jane.yoon@ppomppu.co.kr"}, name_from="Jane Yoon",
    date="Tue, 10 Sep 2024 10:01:02 +0900",
    subject="Automatic reply: [KCSC-240910-07] 피싱 사이트 홍보 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am away from the office until Thursday 12 September
with limited access to email. For urgent moderation matters, please write to
admin@ppomppu.co.kr.

윤제인 드림""",
    outcome="ignored", classification="auto_reply",
    imitates="an Outlook 'Automatic reply' out-of-office message",
    why="auto-reply; nothing about items",
    items={},
)

case(
    name="nate-chuseok-auto-notice",
    **{"from": "noreply@nate.com"}, name_from="네이트 고객센터",
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject="[네이트] 추석 연휴 고객센터 휴무 안내 (자동 발송)",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 네이트 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터 상담이 쉽니다.
연휴 기간에 보내주신 메일은 9월 19일(목)부터 순서대로 답변드리겠습니다.

즐거운 한가위 보내세요.
(본 메일은 자동으로 발송되었습니다.)""",
    outcome="ignored", classification="auto_reply",
    imitates="a help desk's automatic holiday-closure reply",
    why="automatic reply about the Chuseok closure, names no item",
    items={},
)

HEADER = """# Blind set 339 (tests/corpus/blind339/): Korean portals and community sites.
# Written by tests/corpus/blind339/make.py before any run of the reader;
# each case is judged alone on a fresh ledger holding requests.csv."""


def encode_headers(cases):
    """Real mailers send non-ASCII display names and subjects RFC 2047-encoded."""
    for c in cases:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind339", HEADER, CASES)


if __name__ == "__main__":
    main()
