#!/usr/bin/env python3
"""Blind set 441: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Ppomppu, plus Inven and Clien as senders of
ignorable mail), mixing Korean and English, with the doubtful and ignorable
mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind441/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of the email alone, before any run of the reader.
All names, URLs and ids are fictional.
"""
import base64
import csv
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=hanbat_yagu&no=3318842",
    "https://gall.dcinside.com/board/view/?id=hanbat_yagu&no=3318907",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_lounge&no=55120",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_lounge&no=55134",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_lounge&no=55141",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_lounge&no=55187",
    "https://gall.dcinside.com/mini/board/view/?id=betclub7&no=812",
    "https://gall.dcinside.com/mini/board/view/?id=betclub7&no=830",
    "https://gall.dcinside.com/board/view/?id=kfootball_talk&no=1120455",
    "https://gall.dcinside.com/board/view/?id=kfootball_talk&no=1120473",
    "https://gall.dcinside.com/mgallery/board/view/?id=casino_chat&no=20917",
    "https://gall.dcinside.com/mgallery/board/view/?id=casino_chat&no=20933",
]
N = [
    "https://blog.naver.com/moonlit_daily/223571904412",
    "https://blog.naver.com/moonlit_daily/223571938807",
    "https://cafe.naver.com/stockdreamers/184402",
    "https://cafe.naver.com/stockdreamers/184517",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203356",
]
A = [
    "https://cafe.daum.net/luckyfund88/Zx4q/2210",
    "https://cafe.daum.net/%EB%B6%80%EC%97%85%EC%A0%95%EB%B3%B4%EB%B0%A9/Kp7e/515",
    "https://tv.kakao.com/v/448120557",
]
A2_RAW = "https://cafe.daum.net/부업정보방/Kp7e/515"
S = [
    "https://vod.sooplive.co.kr/player/131402277",
    "https://vod.sooplive.co.kr/player/131402911",
    "https://ch.sooplive.co.kr/nightowl_bj/post/148822017",
    "https://ch.sooplive.co.kr/nightowl_bj",
]
F = [
    "https://www.fmkorea.com/7421093385",
    "https://www.fmkorea.com/7421108842",
]
P = ["https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9183372"]
T = [
    "https://pann.nate.com/talk/372119284",
    "https://pann.nate.com/talk/372120556",
]

REQ = {
    "dc": ("KCSC-240903-01", "dcinside", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
           D, "gambling", "Posts advertising unlicensed sports betting, decided 2024-09-02, 12 posts"),
    "nv": ("KCSC-240904-02", "naver", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
           N, "obscenity", "Blog, cafe and KnowledgeiN posts; non-consensual images, per decision 2024-09-03"),
    "dm": ("KCSC-240905-03", "daum", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
           A, "fraud", "Side-job scam recruitment, Daum cafe and Kakao TV"),
    "sp": ("KCSC-240906-04", "soop", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
           S, "obscenity", "Streamer nightowl_bj: two VODs, one channel post, the channel"),
    "fm": ("KCSC-240909-05", "fmkorea", "2024-09-09T10:15:00+09:00", "2024-09-16T23:59:59+09:00",
           F, "defamation", "Two posts naming a private person, per decision 2024-09-06"),
    "pp": ("KCSC-240910-06", "ppomppu", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
           P, "drugs", "Free board post selling prescription drugs"),
    "nt": ("KCSC-240911-07", "nate", "2024-09-11T13:05:00+09:00", "2024-09-18T23:59:59+09:00",
           T, "privacy", "Pann posts exposing a minor's school, photos"),
}


def ref(k):
    return REQ[k][0]


def mid(k):
    return "b441." + REQ[k][0]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for k in ("dc", "nv", "dm", "sp", "fm", "pp", "nt"):
            r, plat, sent, due, urls, cat, note = REQ[k]
            for u in urls:
                w.writerow([r, plat, sent, due, u, cat, mid(k) + "@kcsc.example", note])


# ------------------------------------------------------------------ helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def request_quote(k, prefix="> "):
    """The regulator's own request as it is quoted below a reply."""
    r = REQ[k]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"위원회 의결에 따라 아래 정보에 대한 시정요구(삭제)를 요청드립니다. (문서번호 {r[0]})",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치 기한: {r[3][:10]}", "조치 결과를 본 메일로 회신하여 주시기 바랍니다."]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


DC = "dcinside.com"
NAME_DC = "디시인사이드 운영팀"
NAME_SOOP = "SOOP 고객센터"

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================
# APPLIED
# ====================================================================

rows = [
    (D[0], "삭제", "불법 도박 사이트 홍보"),
    (D[1], "삭제", "불법 도박 사이트 홍보"),
    (D[2], "삭제", "불법 도박 사이트 홍보"),
    (D[3], "삭제", "불법 도박 사이트 홍보"),
    (D[4], "게시물 없음", "작성자 본인이 9월 2일 삭제"),
    (D[5], "삭제", "불법 도박 사이트 홍보"),
    (D[6], "삭제", "텔레그램 추천인 코드 게시"),
    (D[7], "삭제", "텔레그램 추천인 코드 게시"),
    (D[8], "조치 불가", "경기 결과 토론 글로 도박 홍보 내용이 확인되지 않음"),
    (D[9], "삭제", "불법 도박 사이트 홍보"),
    (D[10], "게시물 없음", "존재하지 않는 게시물 번호"),
    (D[11], "삭제", "불법 도박 사이트 홍보"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{u.replace('&', '&amp;')}</td><td>{s}</td><td>{n}</td></tr>"
    for i, (u, s, n) in enumerate(rows, 1)
)
case(
    name="dc-html-table-all-twelve",
    **{"from": "report@dcinside.com"},
    name_from=NAME_DC,
    date="Fri, 06 Sep 2024 17:42:08 +0900",
    subject=f"[디시인사이드] 시정요구({ref('dc')}) 게시물 조치 결과 회신",
    reply_to_req=mid("dc"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>귀 위원회에서 요청하신 시정요구 건({ref('dc')})에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>조치 결과에 이의가 있으신 경우 본 메일로 회신 주시기 바랍니다.<br>
게시물 관리 기준: <a href="https://www.dcinside.com/policy/board_rule">https://www.dcinside.com/policy/board_rule</a></p>
<p>감사합니다.<br>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied",
    imitates="Korean community site 시정요구 조치 결과 회신 as an HTML table (번호/URL/조치 결과/비고)",
    why="Per-row results: 9 삭제, 2 게시물 없음 (one deleted by its author), 1 조치 불가 with its reason; the policy link is no item",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "rejected", D[9]: "removed",
           D[10]: "not_found", D[11]: "removed"},
)

case(
    name="dc-numbered-list-first-batch",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Wed, 04 Sep 2024 15:10:44 +0900",
    subject=f"RE: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("dc"),
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.

{ref('dc')} 건 관련하여 1차 처리 결과를 안내드립니다.

1. {D[2]} - 삭제 완료
2. {D[3]} - 삭제 완료
3. {D[4]} - 이미 작성자가 삭제한 게시물입니다
4. {D[5]} - 삭제 완료
5. {D[6]} - 미니 갤러리 매니저 확인 중

나머지 게시물은 확인되는 대로 추가로 회신드리겠습니다.
감사합니다.

디시인사이드 고객센터 / 게시물 관리 담당
""",
    outcome="applied",
    imitates="first-batch reply of a Korean community help desk, numbered list 'URL - 결과'",
    why="Three 삭제 완료, one deleted earlier by its author (not_found); '확인 중' leaves the fifth pending",
    items={D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed", D[6]: "pending"},
)

csv_text = "\ufeff번호,URL,처리결과,처리일시,비고\n" + "\n".join([
    f"1,{D[0]},삭제,2024-09-05 11:02,",
    f"2,{D[1]},삭제,2024-09-05 11:03,",
    f"3,{D[6]},삭제,2024-09-05 11:20,",
    f"4,{D[7]},삭제,2024-09-05 11:21,",
    f'5,{D[8]},유지,2024-09-05 11:40,"위반 사항 없음, 경기 토론 글"',
    f"6,{D[9]},삭제,2024-09-05 11:41,",
]) + "\n"
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"},
    name_from=NAME_DC,
    date="Thu, 05 Sep 2024 12:05:31 +0900",
    subject=f"[디시인사이드] {ref('dc')} 처리 결과 송부",
    reply_to_req=mid("dc"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_DC_b441_0905"

------=_DC_b441_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.

{ref('dc')} 시정요구 건 중 6건의 처리 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 건은 갤러리 확인 후 별도로 안내드리겠습니다.

감사합니다.

------=_DC_b441_0905
Content-Type: text/csv; charset=utf-8; name="dcinside_result_20240905.csv"
Content-Disposition: attachment; filename="dcinside_result_20240905.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_DC_b441_0905--
""",
    outcome="applied",
    imitates="Korean operator's result sheet sent as a UTF-8 (BOM) CSV attachment",
    why="CSV rows: five 삭제, one 유지 with '위반 사항 없음' (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "rejected", D[9]: "removed"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Sat, 07 Sep 2024 10:21:57 +0900",
    subject=f"Re: [{ref('dc')}] 시정요구 조치 요청",
    reply_to_req=mid("dc"),
    body=f"""KCSC 담당자님께,

요청 주신 게시물 처리 내역 전달드립니다.

{D[8]}
→ 삭제 처리

{D[9]}
→ 삭제 처리

{D[10]}
→ 해당 게시물 없음 (존재하지 않는 글 번호)

{D[11]}
→ 삭제 처리

확인 부탁드립니다.
디시인사이드 고객센터 드림
""",
    outcome="applied",
    imitates="help-desk reply listing bare URLs with the result on the line below (→ 삭제 처리)",
    why="Each URL has its result on the next line: three removed, one does not exist",
    items={D[8]: "removed", D[9]: "removed", D[10]: "not_found", D[11]: "removed"},
)

qp_body = f"""담당자님 안녕하세요.

아래 3건 삭제하였습니다.

{D[0]}
{D[1]}
{D[10]}

나머지 게시물은 갤러리별 확인 후 별도 회신드리겠습니다.

디시인사이드 운영팀 김도윤 드림

2024-09-03 (화) 10:00, KCSC Takedown <takedown@kcsc.example> 작성:
{request_quote('dc')}
"""
case(
    name="dc-qp-top-posted-over-quote",
    **{"from": "doyoon.kim@dcinside.com"},
    name_from="김도윤",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject=f"Re: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("dc"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied",
    imitates="staff reply top-posted over the quoted request ('> ' lines), quoted-printable body",
    why="Three URLs stated deleted above the quote; the twelve quoted request URLs carry no statement",
    items={D[0]: "removed", D[1]: "removed", D[10]: "removed"},
)

orig = "\n".join(f"{i}. {u}" for i, u in enumerate(D, 1))
case(
    name="dc-outlook-original-message",
    **{"from": "legal@dcinside.com"},
    name_from="DCinside Legal",
    date="Mon, 09 Sep 2024 14:48:20 +0900",
    subject=f"RE: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("dc"),
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

지난 주 회신에서 누락되었던 아래 2건도 금일 삭제 조치를 완료하였습니다.
- {D[8]}
- {D[9]}

이로써 저희 쪽 처리는 마무리된 것으로 알고 있겠습니다.

법무팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@dcinside.com
Subject: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구

안녕하십니까, 방송통신심의위원회 통신심의국입니다.
위원회 의결에 따라 아래 정보에 대한 시정요구(삭제)를 요청드립니다.

{orig}

조치 기한: 2024-09-10
""",
    outcome="applied",
    imitates="Outlook-style reply with the unprefixed original below '-----Original Message-----'",
    why="Two URLs stated deleted above the original; the original's twelve URLs are our own request",
    items={D[8]: "removed", D[9]: "removed"},
)

case(
    name="dc-wrapped-sentence-urls",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 18:03:39 +0900",
    subject=f"[{ref('dc')}] 추가 처리 안내",
    reply_to_req=mid("dc"),
    body=f"""안녕하세요. 요청하신 게시물 중 토토 라운지 마이너 갤러리의
{D[3]} 게시물과
미니 갤러리 {D[7]}
게시물은 운영 정책(불법 도박 홍보) 위반으로 금일 17시경 삭제
처리되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="hand-written reply whose sentence is hard-wrapped around two URLs, verb on a later line",
    why="One wrapped sentence states both posts deleted",
    items={D[3]: "removed", D[7]: "removed"},
)

case(
    name="dc-echoed-report-blocks",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 08:15:02 +0900",
    subject=f"[디시인사이드] 신고 처리 결과 안내 ({ref('dc')})",
    body=f"""[디시인사이드 신고센터] 신고 처리 결과를 안내드립니다.

■ 신고 접수 내역
  신고번호 : DCR-0905-11827
  신고 대상 : {D[7]}
  신고 사유 : 불법 도박 사이트 홍보
■ 처리 결과
  처리 상태 : 처리 완료
  조치 내용 : 게시물 삭제, 작성자 IP 7일 이용 제한

■ 신고 접수 내역
  신고번호 : DCR-0905-11828
  신고 대상 : {D[6]}
  신고 사유 : 불법 도박 사이트 홍보
■ 처리 결과
  처리 상태 : 처리 완료
  조치 내용 : 조치하지 않음 (신고 사유에 해당하는 내용이 확인되지 않았습니다)

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied",
    imitates="report-centre result mail echoing each report (신고 대상/신고 사유) with its 처리 결과",
    why="First report ends in 게시물 삭제 (removed); second in 조치하지 않음 with a reason (rejected)",
    items={D[7]: "removed", D[6]: "rejected"},
)

case(
    name="dc-english-bullets-mixed",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Trust & Safety",
    date="Sun, 08 Sep 2024 20:12:45 +0900",
    subject=f"Re: {ref('dc')} - correction request (illegal gambling)",
    reply_to_req=mid("dc"),
    body=f"""Dear KCSC team,

Following up on your notice {ref('dc')}, here is where things stand:

 - {D[2]}: removed for promoting an unlicensed betting site.
 - {D[5]}: removed.
 - {D[11]}: we could not locate this post; the link returns our
   "deleted or non-existent post" page.
 - {D[4]}: we will remove it once the gallery manager has confirmed.

Best regards,
DCinside Trust & Safety
""",
    outcome="applied",
    imitates="English trust-and-safety follow-up with one bullet per URL",
    why="Two removed, one could not be located (not_found); the fourth is a promise and stays pending",
    items={D[2]: "removed", D[5]: "removed", D[11]: "not_found", D[4]: "pending"},
)

# ---------------------------------------------------------------- NAVER
case(
    name="naver-imsijochi-notice",
    **{"from": "right_noreply@navercorp.com"},
    name_from="네이버 게시중단 요청 서비스",
    date="Thu, 05 Sep 2024 16:30:00 +0900",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({ref('nv')})",
    body=f"""안녕하세요, 네이버 게시중단 요청 서비스입니다.

요청하신 게시물에 대한 처리 결과를 안내해 드립니다.

- 요청 번호 : RN-2409-0041771 ({ref('nv')})
- 처리 대상 :
  {N[0]}
  {N[1]}
- 처리 결과 : 임시조치 (30일)

위 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
게시자는 임시조치 기간 중 재게시를 요청할 수 있으며, 재게시 요청이
있는 경우 결과를 다시 안내해 드립니다.

게시중단 요청 서비스 안내: https://right.naver.com/guide/process

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="NAVER 게시중단 요청 서비스 result notice (임시조치 30일, 재게시 요청 안내)",
    why="Both listed blog posts 임시조치: restricted under the project's rules; the guide link is no item",
    items={N[0]: "restricted", N[1]: "restricted"},
)

case(
    name="naver-cafe-deleted-kin-missing",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영정책 담당",
    date="Fri, 06 Sep 2024 11:05:19 +0900",
    subject=f"Re: [{ref('nv')}] 시정요구 (카페/지식iN 게시물)",
    reply_to_req=mid("nv"),
    body=f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 건 처리 결과 회신드립니다.

[카페]
{N[2]} : 운영원칙 위반으로 삭제
{N[3]} : 운영원칙 위반으로 삭제

[지식iN]
{N[4]} : 작성자가 이미 답변을 삭제하여 확인되지 않습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER cafe/지식iN operator reply grouped by service, 'URL : 결과'",
    why="Two cafe posts deleted; the 지식iN answer was already deleted by its author (not_found)",
    items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-english-removed-and-kept",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Global Policy",
    date="Mon, 09 Sep 2024 09:50:33 +0900",
    subject=f"RE: {ref('nv')} removal request",
    reply_to_req=mid("nv"),
    body=f"""Dear Sir or Madam,

Thank you for your request {ref('nv')}.

We removed the following blog post for violating the NAVER Blog
operation policy:
{N[0]}

After review, the post below was found not to violate our policies and
applicable law. It will remain available:
{N[1]}

If you have further questions, please reply to this email.

Kind regards,
NAVER Global Policy Team
""",
    outcome="applied",
    imitates="English policy-team reply: one post removed, one kept with a reason",
    why="The first URL follows 'We removed'; the second follows 'found not to violate … will remain available' (rejected)",
    items={N[0]: "removed", N[1]: "rejected"},
)

nv_rows = [
    (N[0], "블라인드"), (N[1], "블라인드"), (N[2], "삭제"), (N[3], "게시중단"),
    (N[4], "조치 대상 아님 (위반 사항 없음)"),
]
nv_html = f"""<html><body>
<p>안녕하세요. NAVER 정책지원팀입니다.</p>
<p>{ref('nv')} 시정요구에 대한 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>대상 URL</th><th>조치 결과</th></tr></thead>
<tbody>
""" + "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td><td>{s}</td></tr>"
    for i, (u, s) in enumerate(nv_rows, 1)
) + """
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 15:27:45 +0900",
    subject=f"[NAVER] {ref('nv')} 조치 결과",
    reply_to_req=mid("nv"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(nv_html)}
""",
    outcome="applied",
    imitates="Korean portal 조치 결과 table sent as a base64 HTML body",
    why="Rows: 블라인드 x2, 삭제, 게시중단 (removed), 조치 대상 아님 with 위반 사항 없음 (rejected)",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "rejected"},
)

case(
    name="naver-private-and-adult-only",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Sat, 07 Sep 2024 13:44:10 +0900",
    subject=f"Re: [{ref('nv')}] 블로그 게시물 시정요구",
    reply_to_req=mid("nv"),
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 2건에 대해 아래와 같이 조치하였습니다.

1) {N[0]}
   게시물을 비공개 처리하였습니다.

2) {N[1]}
   청소년에게 부적합한 게시물로 판단하여 19세 이상 이용자만 열람할 수
   있도록 연령 제한을 적용하였습니다.

블로그 운영정책은 https://help.naver.com/service/5594/contents/1120 에서
확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER Blog help-desk reply: 비공개 처리 and 19세 이상 연령 제한",
    why="비공개 처리 counts as removed; the 19+ age limit is restricted; the help link is no item",
    items={N[0]: "removed", N[1]: "restricted"},
)

# ---------------------------------------------------------------- Daum / Kakao
case(
    name="daum-text-table-three",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 안전정책팀",
    date="Mon, 09 Sep 2024 10:12:55 +0900",
    subject=f"[카카오] 게시물 조치 결과 안내 ({ref('dm')})",
    reply_to_req=mid("dm"),
    body=f"""안녕하세요, 카카오 안전정책팀입니다.
방송통신심의위원회 시정요구({ref('dm')})에 대한 조치 결과를 알려드립니다.

| No | 서비스   | URL | 조치 결과 |
|----|----------|-----|-----------|
| 1  | Daum카페 | {A[0]} | 게시중단 |
| 2  | Daum카페 | {A[1]} | 블라인드 |
| 3  | 카카오TV | {A[2]} | 청소년 유해 지정, 성인 인증 후 시청 가능 |

추가 문의는 본 메일로 회신 부탁드립니다.
감사합니다.
""",
    outcome="applied",
    imitates="Kakao/Daum 조치 결과 notice with a pipe text table",
    why="게시중단 and 블라인드 are removed; an adult-verification gate is an age restriction (restricted)",
    items={A[0]: "removed", A[1]: "removed", A[2]: "restricted"},
)

case(
    name="daum-receipt-plus-result",
    **{"from": "cs_noreply@daum.net"},
    name_from="Daum 고객센터",
    date="Fri, 06 Sep 2024 17:20:48 +0900",
    subject=f"[Daum] 신고하신 내용의 처리 결과입니다 ({ref('dm')})",
    body=f"""안녕하세요, Daum 고객센터입니다.

신고가 정상적으로 접수되었습니다. (접수번호 #DK240906-0041)

검토 결과 아래 카페 게시물은 카페 운영원칙(사기·부업 모집) 위반으로
삭제되었습니다.

  {A[0]}

나머지 신고 건은 검토가 끝나는 대로 안내해 드리겠습니다.

Daum 고객센터 드림
""",
    outcome="applied",
    imitates="Daum help-desk mail that opens like a receipt but carries a result",
    why="Despite the receipt sentence, one URL is stated deleted; the rest is a promise naming no URL",
    items={A[0]: "removed"},
)

case(
    name="daum-angle-brackets-particles",
    **{"from": "cafe_op@daum.net"},
    name_from="Daum 카페 운영팀",
    date="Sat, 07 Sep 2024 11:33:09 +0900",
    subject=f"RE: [{ref('dm')}] 부업 사기 모집 게시물 시정요구",
    reply_to_req=mid("dm"),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

<{A2_RAW}> 게시글은 블라인드 처리되었으며,
{A[2]}은 채널 운영자에게 통보 후 비공개로 전환하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="short Korean operator reply: raw Korean-path URL in angle brackets, another URL followed directly by a particle",
    why="The Korean-path post is 블라인드 (removed); the Kakao TV video was made private (비공개, removed)",
    items={A[1]: "removed", A[2]: "removed"},
)

# ---------------------------------------------------------------- SOOP
case(
    name="soop-vod-and-channel-ko",
    **{"from": "help@sooplive.co.kr"},
    name_from=NAME_SOOP,
    date="Mon, 09 Sep 2024 18:40:21 +0900",
    subject=f"[SOOP] 시정요구({ref('sp')}) 처리 결과 안내",
    reply_to_req=mid("sp"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

요청하신 BJ nightowl_bj 관련 정보에 대한 처리 결과를 안내드립니다.

■ VOD
  - {S[0]} : 삭제
  - {S[1]} : 삭제
■ 방송국 게시글
  - {S[2]} : 삭제
■ 방송국
  - {S[3]} : 음란물 유포로 영구 이용정지 (방송국 접속 불가)

운영정책 안내: https://www.sooplive.co.kr/policy/operation

감사합니다.
SOOP 고객센터 드림
""",
    outcome="applied",
    imitates="SOOP (AfreecaTV) 처리 결과 notice grouped by VOD / 방송국 게시글 / 방송국",
    why="Two VODs and the post deleted; the channel permanently suspended and unreachable (removed)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

case(
    name="soop-english-mixed",
    **{"from": "trustsafety@sooplive.com"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 10:05:37 +0900",
    subject=f"Re: {ref('sp')}",
    reply_to_req=mid("sp"),
    body=f"""Hello,

We have completed our review of the content in your request {ref('sp')}.

{S[0]} - This VOD has been deleted.
{S[1]} - This VOD is now set to 19+; only age-verified adult users can
view it.
{S[2]} - This post does not violate SOOP's operating policy, so no action
was taken.

Regards,
SOOP Trust & Safety
""",
    outcome="applied",
    imitates="English trust-and-safety reply, one line per URL with mixed outcomes",
    why="Deleted (removed), 19+ age gate (restricted), no violation so no action (rejected)",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "rejected"},
)

soop_html = f"""<div style="font-family:Apple SD Gothic Neo,sans-serif">
<p>안녕하세요, SOOP 고객센터입니다.</p>
<p>문의하신 VOD 2건의 처리 결과입니다.</p>
<ul>
<li><a href="{S[0]}">VOD #131402277</a> : 삭제 완료</li>
<li><a href="{S[1]}">VOD #131402911</a> : 삭제 완료</li>
</ul>
<p>방송국 관련 조치는 검토 후 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의: <a href="https://help.sooplive.co.kr/">SOOP 고객센터</a></p>
</div>"""
case(
    name="soop-html-anchor-list",
    **{"from": "help@sooplive.co.kr"},
    name_from=NAME_SOOP,
    date="Sat, 07 Sep 2024 14:18:03 +0900",
    subject=f"[SOOP] 문의하신 내용에 대한 답변입니다 ({ref('sp')})",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="soop-b441-alt"

--soop-b441-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(soop_html)}
--soop-b441-alt--
""",
    outcome="applied",
    imitates="SOOP help-desk HTML answer whose links show 'VOD #id' text and carry the URL in href",
    why="Both VODs 삭제 완료 (URLs in the anchors' href); the channel is a promise naming no URL",
    items={S[0]: "removed", S[1]: "removed"},
)

case(
    name="soop-statement-then-url-below",
    **{"from": "help@sooplive.co.kr"},
    name_from=NAME_SOOP,
    date="Sun, 08 Sep 2024 09:02:14 +0900",
    subject=f"Re: [{ref('sp')}] 음란 VOD 시정요구",
    reply_to_req=mid("sp"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

다음 VOD는 운영정책(음란물) 위반으로 삭제되었습니다.
{S[0]}

다음 방송국 게시글은 작성자(BJ)가 이미 삭제하여 존재하지 않습니다.
{S[2]}

감사합니다.
""",
    outcome="applied",
    imitates="Korean help-desk answer with each statement on one line and its URL on the line below",
    why="The VOD was deleted; the post was already deleted by its author (not_found)",
    items={S[0]: "removed", S[2]: "not_found"},
)

# ---------------------------------------------------------------- FM Korea
case(
    name="fmkorea-deleted-and-author-deleted",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 21:14:40 +0900",
    subject=f"Re: [{ref('fm')}] 명예훼손 게시물 시정요구",
    reply_to_req=mid("fm"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[0]} 는 확인 후 삭제하였고, 작성자에게 이용 제한 조치를 하였습니다.
{F[1]} 는 작성자가 자진 삭제한 글로 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied",
    imitates="community-site moderator reply, one sentence per URL with a spaced particle (는)",
    why="First post deleted by the site; the second was deleted by its author (not_found)",
    items={F[0]: "removed", F[1]: "not_found"},
)

# ---------------------------------------------------------------- Ppomppu
case(
    name="ppomppu-single-item-no-url",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Thu, 12 Sep 2024 10:40:12 +0900",
    subject=f"Re: [{ref('pp')}] 게시물 삭제 요청",
    reply_to_req=mid("pp"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
작성자 아이디는 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied",
    imitates="terse community-site reply in the request's thread, naming no URL",
    why="Reply to a one-item request ('요청하신 게시물 … 삭제'): applies to its only item",
    items={P[0]: "removed"},
)

case(
    name="ppomppu-rejected-with-reason",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 15:02:27 +0900",
    subject=f"Re: [{ref('pp')}] 게시물 삭제 요청",
    reply_to_req=mid("pp"),
    body=f"""안녕하세요.

{P[0]}

위 게시물을 검토하였으나, 개인 간 건강식품 구매 후기로 요청 사유(전문의약품
불법 판매)에 해당하는 내용을 찾지 못하여 게시를 유지합니다.
추가 자료가 있으시면 회신 부탁드립니다.

뽐뿌 운영팀
""",
    outcome="applied",
    imitates="community-site refusal with its reason, URL on its own line above the statement",
    why="Reviewed, no rule broken, kept up (rejected); the invitation to send more does not hedge the decision",
    items={P[0]: "rejected"},
)

# ---------------------------------------------------------------- Nate
case(
    name="nate-pann-fullwidth-parens",
    **{"from": "pann_admin@nate.com"},
    name_from="네이트 판 운영자",
    date="Fri, 13 Sep 2024 11:55:50 +0900",
    subject=f"[네이트] 판 게시물 조치 결과 ({ref('nt')})",
    reply_to_req=mid("nt"),
    body=f"""안녕하세요, 네이트 판 운영자입니다.

요청하신 두 게시물 중 첫 번째 글（{T[0]}）은 개인정보 노출로 삭제하였습니다.
두 번째 글（{T[1]}）은 사진을 가린 뒤 성인 인증 회원만 볼 수 있도록 열람을 제한했습니다.

감사합니다.
네이트 판 운영자 드림
""",
    outcome="applied",
    imitates="Nate Pann operator reply with URLs inside full-width parentheses",
    why="First post deleted (removed); second limited to adult-verified members (restricted)",
    items={T[0]: "removed", T[1]: "restricted"},
)

# ====================================================================
# REVIEW
# ====================================================================

case(
    name="dc-promise-after-manager",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Wed, 04 Sep 2024 11:20:05 +0900",
    subject=f"RE: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("dc"),
    body=f"""안녕하세요, 디시인사이드 고객센터입니다.

아래 게시물은 갤러리 관리자 확인 후 금일 중 삭제될 예정입니다.
{D[0]}
{D[1]}

처리가 끝나면 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="help-desk interim reply promising deletion",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-hedged-under-review",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영정책 담당",
    date="Thu, 05 Sep 2024 17:48:31 +0900",
    subject=f"Re: [{ref('nv')}] 시정요구 (카페/지식iN 게시물)",
    reply_to_req=mid("nv"),
    body=f"""안녕하세요.

{N[2]}
{N[3]}
위 두 게시물은 현재 검토 중입니다.

{N[4]}
이 답변은 이미 삭제된 것으로 보이나, 정확한 확인을 위해 추가로 살펴보고 있습니다.

결과가 나오는 대로 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply: '검토 중' and a hedged '삭제된 것으로 보이나'",
    why="Under review and a hedge: no statement, items stay pending",
    items={N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="fmkorea-bulk-all-deleted",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 13:22:18 +0900",
    subject=f"Re: [{ref('fm')}] 명예훼손 게시물 시정요구",
    reply_to_req=mid("fm"),
    body="""안녕하세요. 에펨코리아입니다.

신고하신 게시물 모두 삭제 처리 완료하였습니다.
감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line community-site reply covering the whole request",
    why="'모두 삭제' for a two-item request without naming either: bulk, items pending",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="dc-bulk-english-all-posts",
    **{"from": "global@dcinside.com"},
    name_from="DCinside Trust & Safety",
    date="Tue, 10 Sep 2024 09:14:27 +0900",
    subject=f"Re: {ref('dc')} - correction request (illegal gambling)",
    reply_to_req=mid("dc"),
    body=f"""Dear KCSC team,

We have removed all of the posts listed in your notice {ref('dc')}.
Thank you for your cooperation.

DCinside Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English closing reply stating the whole notice was handled",
    why="'all of the posts' for a twelve-item request naming none: bulk",
    items={u: "pending" for u in D},
)

case(
    name="daum-dmarc-fail",
    **{"from": "safety@kakaocorp.com"},
    name_from="카카오 안전정책팀",
    auth="fail",
    date="Tue, 10 Sep 2024 02:47:13 +0900",
    subject=f"[카카오] 게시물 조치 결과 안내 ({ref('dm')})",
    reply_to_req=mid("dm"),
    body=f"""안녕하세요, 카카오 안전정책팀입니다.

요청하신 게시물은 아래와 같이 삭제 완료되었습니다.
{A[0]} : 삭제
{A[1]} : 삭제
{A[2]} : 삭제

확인을 위해 아래 링크에서 담당자 인증을 진행해 주세요.
https://kakao-safety-check.example/verify
""",
    outcome="review",
    review="untrusted",
    imitates="result notice claiming Kakao's domain but failing DKIM/SPF/DMARC",
    why="Authentication fails for kakaocorp.com: nothing applied",
    items={A[0]: "pending", A[1]: "pending", A[2]: "pending"},
)

case(
    name="soop-law-firm-unknown-sender",
    **{"from": "jh.lee@hangyeol-law.example"},
    name_from="법무법인 한결 이지훈 변호사",
    date="Wed, 11 Sep 2024 16:30:44 +0900",
    subject=f"[{ref('sp')}] BJ nightowl_bj 관련 조치 사실 통지",
    body=f"""방송통신심의위원회 담당자님께

당 법인은 BJ nightowl_bj(이하 "의뢰인")의 대리인입니다.

귀 위원회가 SOOP에 시정요구한 정보 중 아래 VOD 2건은 의뢰인이 직접
삭제하였음을 알려드립니다.
- {S[0]}
- {S[1]}

방송국 이용정지 해제와 관련하여 별도 의견서를 제출할 예정입니다.

법무법인 한결 변호사 이지훈
""",
    outcome="review",
    review="unknown_sender",
    imitates="law firm writing for the streamer, from its own domain",
    why="A streamer's lawyer is not the platform: review, items pending",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="naver-search-excludes-daum-post",
    **{"from": "search_policy@navercorp.com"},
    name_from="네이버 검색 정책 담당",
    date="Mon, 09 Sep 2024 16:05:52 +0900",
    subject=f"Re: [{ref('nv')}] 시정요구 관련 문의",
    reply_to_req=mid("nv"),
    body=f"""안녕하세요, 네이버 검색 정책 담당자입니다.

함께 전달해 주신 아래 카페 게시물은 당사 서비스가 아니어서 게시물 자체에
대한 조치는 할 수 없습니다. 다만 네이버 검색 결과에서는 노출되지 않도록
검색 제외(차단) 처리하였습니다.

{A[0]}

원 게시물의 삭제는 해당 서비스(Daum)에 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="portal reply about another portal's post: excluded from its search results only",
    why="NAVER states a search block for a Daum item: not the item's own platform, Daum item stays pending",
    items={A[0]: "pending"},
)

case(
    name="nate-policy-notice-no-claims",
    **{"from": "youth_protect@nate.com"},
    name_from="네이트 청소년보호책임자",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="[네이트] 청소년보호책임자 및 신고 창구 변경 안내",
    body="""안녕하세요, 네이트입니다.

2024년 9월 23일부터 네이트 청소년보호책임자와 유관기관 전용 신고 창구가
아래와 같이 변경됩니다.

- 청소년보호책임자: 서비스운영실장 박서연
- 유관기관 전용 신고 메일: report-gov@nate.com
- 처리 현황 조회: https://help.nate.com/partner/status

앞으로도 건전한 서비스 환경을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice to partner institutions about a changed youth-protection contact",
    why="Trusted Nate mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-for-official-letter",
    **{"from": "legal@dcinside.com"},
    name_from="DCinside Legal",
    date="Wed, 04 Sep 2024 13:37:01 +0900",
    subject=f"RE: [{ref('dc')}] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=mid("dc"),
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

{ref('dc')} 건의 처리를 위해 시정요구 공문 원본(PDF, 직인 날인본)과
담당 주무관 연락처를 본 메일로 회신해 주시기 바랍니다.
공문 확인 후 지체 없이 처리하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="legal team asking for the signed official letter before acting",
    why="Asks for documents before acting; nothing stated about items",
    items={},
)

case(
    name="soop-conditional-suspension",
    **{"from": "help@sooplive.co.kr"},
    name_from=NAME_SOOP,
    date="Fri, 06 Sep 2024 19:11:26 +0900",
    subject=f"Re: [{ref('sp')}] 음란 VOD 시정요구",
    reply_to_req=mid("sp"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

{S[1]}
{S[3]}

위 VOD와 방송국에 대해 해당 BJ에게 소명 기회를 부여하였습니다.
24시간 이내에 소명이 없을 경우 VOD 삭제 및 방송국 이용정지 조치를
진행할 예정입니다.
""",
    outcome="review",
    review="not_understood",
    imitates="streaming platform notice giving the streamer 24 hours before action",
    why="A condition and a promise: items stay pending",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="ppomppu-seems-deleted",
    **{"from": "webmaster@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 09:12:40 +0900",
    subject=f"Re: [{ref('pp')}] 게시물 삭제 요청",
    reply_to_req=mid("pp"),
    body=f"""안녕하세요, 뽐뿌입니다.

{P[0]} 게시물은 작성자가 삭제한 것으로 보입니다.
혹시 계속 노출된다면 다시 알려 주시기 바랍니다.
""",
    outcome="review",
    review="not_understood",
    imitates="community-site reply hedging ('삭제한 것으로 보입니다')",
    why="A hedge, not a statement: the item stays pending",
    items={P[0]: "pending"},
)

# ====================================================================
# IGNORED
# ====================================================================

case(
    name="naver-out-of-office",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀 정하은",
    date="Wed, 04 Sep 2024 11:30:41 +0900",
    subject=f"[자동응답] Re: [{ref('nv')}] 시정요구 (블로그/카페/지식iN 게시물)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요, 정하은입니다.

9월 4일부터 9월 18일(추석 연휴 포함)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 대표 메일(policy-desk@navercorp.com)로 보내 주세요.

I am out of the office until September 18 and will reply after my return.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual Korean/English out-of-office auto-reply over the Chuseok holiday",
    why="An out-of-office reply, whatever subject it echoes",
    items={},
)

dsn_orig = request_quote("dc", prefix="")
DSN_SUBJ = email.header.Header("불법 도박 홍보 게시물 시정요구", "utf-8").encode()
case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B441DSN.1725325209/mx1.dcinside.com"

--B441DSN.1725325209/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-old@dcinside.com>: host mx1.dcinside.com[local] said: 550 5.1.1
    <legal-old@dcinside.com>: Recipient address rejected: User unknown

--B441DSN.1725325209/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:00:05 +0900 (KST)

Final-Recipient: rfc822; legal-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-old@dcinside.com>: Recipient address
    rejected: User unknown

--B441DSN.1725325209/mx1.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@dcinside.com
Subject: [{ref('dc')}] {DSN_SUBJ}
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <{mid('dc')}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--B441DSN.1725325209/mx1.dcinside.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning our request",
    why="A bounce; the twelve URLs are in our own returned request",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "minjun.oh@sooplive.co.kr"},
    name_from="오민준",
    date="Fri, 06 Sep 2024 10:02:55 +0900",
    subject=f"읽음: [{ref('sp')}] 음란 VOD 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-b441-soop"

--mdn-b441-soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: minjun.oh@sooplive.co.kr
제목: [{ref('sp')}] 음란 VOD 시정요구
읽은 시간: 2024-09-06 (금) 오전 10:02

--mdn-b441-soop
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;minjun.oh@sooplive.co.kr
Original-Message-ID: <{mid('sp')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b441-soop--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean, '읽음:' subject",
    why="A read receipt says nothing about items",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "cs_noreply@daum.net"},
    name_from="Daum 고객센터",
    date="Thu, 05 Sep 2024 14:02:30 +0900",
    subject="[Daum 고객센터] 문의가 접수되었습니다 (#DK240905-1187)",
    body=f"""안녕하세요, Daum 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호 : DK240905-1187
- 문의 제목 : [{ref('dm')}] 부업 사기 모집 게시물 시정요구
- 접수 일시 : 2024-09-05 14:02

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Daum help-desk ticket receipt echoing the request's subject",
    why="Pure acknowledgement: received, ticket number, will answer later",
    items={},
)

case(
    name="fmkorea-weekend-auto-reply",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    date="Sat, 14 Sep 2024 10:15:04 +0900",
    subject=f"[자동회신] Re: [{ref('fm')}] 명예훼손 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동회신] 에펨코리아 운영진 메일입니다.

운영진 메일은 평일 10시~18시에만 확인합니다. 주말 및 공휴일(추석 연휴
9/16~9/18)에 보내 주신 메일은 연휴 후 순서대로 답변드립니다.
긴급한 권리침해 신고는 사이트 내 신고 기능을 이용해 주세요.

This is an automatic reply. Mail is read on weekdays only.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="community-site weekend/holiday automatic reply",
    why="An auto-reply, whatever request it echoes",
    items={},
)

case(
    name="inven-helpdesk-receipt",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Mon, 09 Sep 2024 09:01:12 +0900",
    subject="[인벤] 문의하신 내용이 접수되었습니다 (#58213)",
    body="""안녕하세요, 인벤 고객지원입니다.

문의가 접수되었습니다. (요청 번호 #58213)
담당자가 확인 후 이 메일로 답변드리겠습니다.

접수 내역 확인: https://www.inven.co.kr/member/support/58213

---
이 메일에 회신하시면 같은 요청에 내용이 추가됩니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt ('request #58213 received') from a game community",
    why="A receipt naming no request and no item; the support link is no item",
    items={},
)

case(
    name="clien-auto-reply",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 22:40:18 +0900",
    subject="Auto: 문의 메일 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""클리앙 운영진 자동 안내 메일입니다.

메일 문의는 확인이 늦을 수 있습니다. 게시물 관련 신고는 사이트 내
'운영진에게' 게시판을 이용해 주시면 더 빠르게 처리됩니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="community-site automatic reply pointing to its report board",
    why="An auto-reply",
    items={},
)


HEADER = """# Blind set 441: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, FM Korea, Ppomppu; Inven and Clien as senders of
# ignorable mail). Written from each email's meaning before any run of the
# reader. Generated by make.py; do not edit by hand.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients and ticket systems send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8", maxlinelen=998).encode()
    return c


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind441", HEADER, cases)
