#!/usr/bin/env python3
"""Blind set 459: Korean portals and community sites (NAVER, Daum/Kakao and
Tistory, DC Inside, SOOP, FM Korea, Clien, Inven), Korean and English mixed,
plus the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind459/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
SLUG = "코인-리딩방-무료초대"

N1 = "https://blog.naver.com/moonlit_pine77/223561100401"
N2 = "https://blog.naver.com/moonlit_pine77/223561100515"
N3 = "https://blog.naver.com/glasskite_04/223559874120"
N4 = "https://cafe.naver.com/stockdawnclub/58213"
N5 = "https://cafe.naver.com/stockdawnclub/58227"
N6 = "https://cafe.naver.com/quietharbor2020/1442"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471122863"
N8 = "https://m.blog.naver.com/silverfinch_k/223560012345"
N9 = "https://blog.naver.com/PostView.naver?blogId=redcanal_91&logNo=223558899001"
N10 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30981122&articleid=9921"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112209&memberNo=55120931"
N12 = "https://blog.naver.com/glasskite_04/223559874377"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=8812345"
D2 = "https://gall.dcinside.com/board/view/?id=stockus&no=8812391"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_new&no=551203"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket_new&no=551288"
D5 = "https://gall.dcinside.com/mini/board/view/?id=nightowl88&no=20417"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/greenvalley7/Kq3a/1187"
K2 = "https://cafe.daum.net/greenvalley7/Kq3a/1203"
K3 = "https://mintcloud-notes.tistory.com/entry/" + quote(SLUG)  # stored percent-encoded
K3_RAW = "https://mintcloud-notes.tistory.com/entry/" + SLUG       # as a person writes it
K4 = "https://mintcloud-notes.tistory.com/142"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/138822417"
S2 = "https://vod.sooplive.co.kr/player/138822590"
S3 = "https://ch.sooplive.co.kr/nightrail77/post/99120345"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7411203398"
F2 = "https://www.fmkorea.com/7411209954"

C1 = "https://www.clien.net/service/board/park/18765432"

I1 = "https://www.inven.co.kr/board/lostark/4811/2210934"
I2 = "https://www.inven.co.kr/board/maple/5974/1098812"

R_NAVER = "KCSC-240902-01"
R_DC = "KCSC-240903-02"
R_DAUM = "KCSC-240904-03"
R_SOOP = "KCSC-240905-04"
R_FMK = "KCSC-240906-05"
R_CLIEN = "KCSC-240909-06"
R_INVEN = "KCSC-240910-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    (R_NAVER, "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "fraud_investment", 'blogs, cafes, 지식iN and a post; "리딩방" recruitment, largest request', NAVER),
    (R_DC, "dcinside", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_gambling", "main, minor and mini galleries", DC),
    (R_DAUM, "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "fraud_investment", "Daum cafe and Tistory, one Korean-path URL", DAUM),
    (R_SOOP, "soop", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "obscene", "two VODs, one station post", SOOP),
    (R_FMK, "fmkorea", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     "illegal_gambling", "", [F1, F2]),
    (R_CLIEN, "clien", "2024-09-09T13:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "defamation", "single item, 모두의공원", [C1]),
    (R_INVEN, "inven", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal_trade", "game boards, account trading", [I1, I2]),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def ew(text):
    """RFC 2047 encoded word (UTF-8, base64)."""
    return Header(text, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pend(urls, **changed):
    d = {u: "pending" for u in urls}
    d.update(changed)
    return d


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ======================= NAVER (KCSC-240902-01, 12 items) =======================

case(
    name="naver-kcsc-result-table-html",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 reply to a KCSC 시정요구: HTML table of 조치결과 per URL",
    why="Trusted NAVER table: two 게시중단 (removed), one 임시조치 (restricted), one author-deleted (not_found), one refused as not violating (rejected).",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 16:05:12 +0900",
    subject="[회신] 시정요구(KCSC-240902-01) 조치결과 통보",
    reply_to_req=mid(R_NAVER),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(접수번호 KCSC-240902-01)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>게시중단</td><td>09.03 처리</td></tr>
<tr><td>2</td><td>{N2}</td><td>게시중단</td><td>09.03 처리</td></tr>
<tr><td>3</td><td>{N3}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{N4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{N5}</td><td>미조치</td><td>운영정책 위반사항 확인되지 않음</td></tr>
</table>
<p>나머지 게시물에 대해서는 확인 후 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>
운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
</body></html>""",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-blog-temp-measure-prose",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2), prose with a bulleted list",
    why="Two blog posts under 임시조치 for 30 days: restricted; the inoti help link is no item.",
    **{"from": "inoti@navercorp.com"},
    name_from="네이버 게시중단요청서비스",
    date="Tue, 03 Sep 2024 11:42:08 +0900",
    subject="[네이버] 게시물 임시조치 안내 (KCSC-240902-01)",
    body=f"""안녕하세요. 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 가운데 아래 블로그 게시물 2건은
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 임시조치(30일)하였습니다.

 - {N3}
 - {N12}

임시조치 기간 동안 위 게시물은 작성자 본인 외에는 볼 수 없습니다.
작성자가 재게시를 요청하는 경우 관련 절차에 따라 다시 안내드리겠습니다.

서비스 안내: https://inoti.naver.com/inoti/main.nhn

감사합니다.
NAVER Corp.""",
    items={N3: "restricted", N12: "restricted"},
)

case(
    name="naver-cafe-blind-bullets",
    raw_utf8_headers=True,
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영지원 reply: middle-dot list, 'URL : 결과' per line",
    why="Two cafe articles 블라인드 (removed); one already deleted by its author, no action (not_found).",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 09:17:45 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req=mid(R_NAVER),
    body=f"""방송통신심의위원회 담당자님께,

요청하신 카페 게시글 처리 결과입니다.

· {N4} : 블라인드 처리 완료
· {N5} : 블라인드 처리 완료
· {N6} : 작성자가 이미 삭제한 글이라 별도 조치하지 않았습니다.

블라인드 처리된 글은 카페 회원을 포함해 누구도 열람할 수 없습니다.

네이버 카페 운영지원 드림""",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

case(
    name="naver-english-legal-numbered",
    outcome="applied", classification="confirmation",
    imitates="NAVER legal team English reply to a foreign-format request, numbered list with the action under each URL",
    why="kin question deleted (removed), post refused with its reason (rejected), blog post set adult-only 19+ (restricted).",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    date="Thu, 05 Sep 2024 18:30:51 +0900",
    subject="RE: Correction request KCSC-240902-01",
    reply_to_req=mid(R_NAVER),
    body=f"""Dear KCSC team,

Thank you for your request. Our findings for three of the URLs are below.

1. {N7}
   The question and all answers under it were deleted on 5 September for
   breaching our operating policy on financial fraud.

2. {N11}
   We decided not to take action. The post is a commentary on a news
   article and we did not find content that violates the law or our
   policies. It remains available.

3. {N9}
   The post has been marked as adult content (19+); it can now only be
   viewed by logged-in, age-verified users.

You can find our content policy at https://policy.naver.com/policy/service.html.

Best regards,
Hyunwoo Bae
Legal Affairs, NAVER Corp.""",
    items={N7: "removed", N11: "rejected", N9: "restricted"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Korean webmail top-posted reply above the '님이 작성:' quoted request",
    why="Only the first blog post is stated deleted above the quote; the other URLs appear only in '>' quoted request text and stay pending.",
    **{"from": "blogcs@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Tue, 03 Sep 2024 15:22:10 +0900",
    subject="Re: [KCSC-240902-01] 시정요구서 송부",
    reply_to_req=mid(R_NAVER),
    body=f"""{N1} 게시물은 삭제 완료했습니다.
나머지 건은 담당 부서에서 확인하고 있습니다.

네이버 블로그 고객센터

2024년 9월 2일 (월) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 게시물은 불법정보에 해당하므로 시정을 요구합니다 (KCSC-240902-01).
>
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
>
> 처리 기한: 2024. 9. 9.
> 방송통신심의위원회""",
    items={N1: "removed", N2: "pending", N3: "pending", N4: "pending"},
)

NAVER_CSV = "\ufeff" + f"""요청번호,URL,처리결과,처리일시
KCSC-240902-01,{N6},삭제,2024-09-05 10:12
KCSC-240902-01,{N8},비공개 처리,2024-09-05 10:15
KCSC-240902-01,{N10},게시물 없음,2024-09-05 10:20
KCSC-240902-01,{N9},유지(위반사항 없음),2024-09-05 10:31
"""

case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 result sheet sent as a CSV attachment (Excel-style, BOM)",
    why="CSV rows: deleted (removed), 비공개 처리 (removed), 게시물 없음 (not_found), kept as not violating (rejected).",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 10:40:02 +0900",
    subject="[NAVER] KCSC-240902-01 처리결과 송부",
    reply_to_req=mid(R_NAVER),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_5f2a91"

--=_nv_5f2a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
KCSC-240902-01 건 일부에 대한 처리 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

--=_nv_5f2a91
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--=_nv_5f2a91--
""",
    items={N6: "removed", N8: "removed", N10: "not_found", N9: "rejected"},
)

case(
    name="naver-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="NAVER system notice sent base64-encoded (게시중단 조치 완료)",
    why="Base64 body: two blog posts 게시중단 (removed).",
    **{"from": "noreply-inoti@navercorp.com"},
    name_from="NAVER",
    date="Wed, 04 Sep 2024 13:01:33 +0900",
    subject=ew("게시중단 조치 완료 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''요청번호: KCSC-240902-01

요청하신 게시물 중 다음 게시물은 게시중단 조치가 완료되었습니다.

{N8}
{N3}

본 메일은 발신 전용입니다.
''')}
""",
    items={N8: "removed", N3: "removed"},
)

case(
    name="naver-promise-will-review",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: 내부 검토 후 조치 예정",
    why="Names two cafe articles but only promises action after review: nothing stated, review not_understood.",
    **{"from": "cafe_help@naver.com"},
    name_from="네이버 카페 운영지원",
    date="Tue, 03 Sep 2024 17:55:00 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req=mid(R_NAVER),
    body=f"""안녕하세요.

보내주신 게시글 가운데
{N5}
{N6}
두 건은 카페 매니저 소명을 받은 뒤 운영정책에 따라 조치할 예정입니다.
처리 결과는 영업일 기준 3일 이내에 다시 알려드리겠습니다.

네이버 카페 운영지원""",
    items={N5: "pending", N6: "pending"},
)

case(
    name="naver-bulk-all-removed",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER short completion notice: 요청 게시물 전체 게시중단 완료",
    why="Says all 12 posts of a 12-item request were taken down without naming any: bulk, items stay pending.",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 09:03:27 +0900",
    subject="[회신] KCSC-240902-01 조치 완료",
    reply_to_req=mid(R_NAVER),
    body="""안녕하십니까.

KCSC-240902-01로 시정요구하신 게시물 12건 전부에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀""",
    items=pend(NAVER),
)

case(
    name="naver-receipt-ticket",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt with 접수번호",
    why="Pure receipt: the inquiry was registered, nothing about any item.",
    **{"from": "help_noreply@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 14:03:19 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 접수번호 : 20240902-7718235
 문의제목 : 시정요구서 송부 (KCSC-240902-01)
 접수일시 : 2024.09.02 14:03

담당자가 내용을 확인한 뒤 순차적으로 답변드리겠습니다.
답변은 등록하신 이메일과 '나의 문의내역'에서 확인하실 수 있습니다.
https://help.naver.com/myinquiry/list.help

※ 본 메일은 발신 전용입니다.""",
)

case(
    name="naver-untrusted-auth-fail",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER 조치결과 reply whose DKIM/DMARC failed (relayed through a forwarder)",
    why="Claims two removals but the navercorp.com mail fails DMARC: untrusted, nothing applied.",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 20:11:40 +0900",
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 처리되었습니다.
{N1}
{N2}

감사합니다.""",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office: [자동 회신] 부재 중",
    why="Out-of-office auto-reply of a NAVER staff member; ignored.",
    **{"from": "jiyoon.kwak@navercorp.com"},
    name_from="곽지윤",
    date="Mon, 02 Sep 2024 14:00:41 +0900",
    subject="[자동 회신] [KCSC-240902-01] 시정요구서 송부",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요, 곽지윤입니다.

9월 2일부터 9월 6일까지 휴가로 부재 중입니다.
시정요구 관련 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until 6 September with limited access to email.""",
)

case(
    name="naver-hedge-appears",
    outcome="review", review="not_understood",
    imitates="NAVER English reply with a hedged finding and a promise to confirm",
    why="'It appears ... may no longer be publicly visible' and 'we will confirm': a hedge, not a statement.",
    **{"from": "legal@navercorp.com"},
    name_from="NAVER Legal",
    date="Wed, 04 Sep 2024 11:26:09 +0900",
    subject="RE: Correction request KCSC-240902-01",
    reply_to_req=mid(R_NAVER),
    body=f"""Hello,

About the cafe article you listed:
{N10}

It appears the cafe manager moved this article to a members-only board
last week, so it may no longer be publicly visible. We will confirm with
the cafe team and come back to you with a final answer.

Regards,
NAVER Legal""",
    items={N10: "pending"},
)

QP_BODY = f"""안녕하십니까, 네이버 지식iN 운영팀입니다. 방송통신심의위원회 시정요구(KCSC-240902-01)와 관련하여 지식iN 질문 {N7} 은 운영정책(불법 금융 정보) 위반으로 질문과 답변 전체를 삭제하였습니다.

또한 포스트 {N11} 는 확인 결과 존재하지 않는 게시물입니다.

감사합니다.
"""

case(
    name="naver-qp-wrapped-kin",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 reply, quoted-printable with soft line breaks inside URLs",
    why="QP-decoded: the kin question deleted (removed), the post does not exist (not_found).",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 14:48:36 +0900",
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req=mid(R_NAVER),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""",
    items={N7: "removed", N11: "not_found"},
)

case(
    name="naver-asks-more",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the 심의 의결서 / legal basis before acting",
    why="Asks for the decision document and legal provision before deciding on two posts: asks_more, items pending.",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 10:02:55 +0900",
    subject="[문의] KCSC-240902-01 관련 추가 자료 요청",
    reply_to_req=mid(R_NAVER),
    body=f"""안녕하십니까, 네이버 정책지원팀입니다.

시정요구하신 게시물 중 아래 2건은 게시물 내용만으로는 불법 여부를 판단하기 어렵습니다.

 {N2}
 {N4}

위 게시물에 대한 심의 의결서 사본과 적용 법조항을 회신해 주시면
검토 후 조치하도록 하겠습니다.

감사합니다.""",
    items={N2: "pending", N4: "pending"},
)

case(
    name="naver-post-angle-brackets-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER 포스트/블로그 reply: URL in angle brackets and URL followed directly by a Korean particle",
    why="The post made private (비공개 처리: removed); the blog post, written with '에 대해서는' glued to its URL, deleted (removed).",
    **{"from": "post_help@naver.com"},
    name_from="네이버 포스트 고객센터",
    date="Thu, 05 Sep 2024 16:14:22 +0900",
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req=mid(R_NAVER),
    body=f"""담당자님 안녕하세요.

요청하신 포스트 <{N11}>은(는) 2024.09.05 부로 비공개 처리되었습니다.
그리고 {N9}에 대해서는 블로그팀에서 오늘 오전 삭제 조치를 마쳤습니다.

감사합니다.
네이버 포스트 고객센터""",
    items={N11: "removed", N9: "removed"},
)

case(
    name="naver-ack-plus-statements",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 접수 및 처리 결과 안내: receipt wording followed by a result list",
    why="Opens like a receipt but states both cafe articles deleted: applied, not an acknowledgement.",
    **{"from": "report_noreply@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Tue, 03 Sep 2024 19:40:18 +0900",
    subject="[네이버] 신고 접수 및 처리 결과 안내",
    body=f"""신고가 접수되었습니다. 접수번호 2024-0903-118273 (KCSC-240902-01)

접수된 내용을 검토한 결과 아래와 같이 처리되었습니다.

[처리 결과]
■ {N4}
  삭제
■ {N5}
  삭제

이용해 주셔서 감사합니다.
네이버 신고센터 https://help.naver.com/service/5626/contents/11102""",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-no-claims-contact-change",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a new contact address for correction requests",
    why="Trusted NAVER mail that names no item and no request: no_claims.",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    subject="[안내] 시정요구 접수 창구 변경",
    body="""안녕하십니까, 네이버 정책지원팀입니다.

2024년 9월 23일부터 방송통신심의위원회 시정요구 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: kcsc-desk@navercorp.com

기존 주소로 보내주신 메일도 10월 말까지는 자동으로 전달됩니다.
업무에 참고 부탁드립니다.

감사합니다.""",
)

# ======================= DC Inside (KCSC-240903-02, 5 items) =======================

case(
    name="dc-korean-list-arrows",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply, numbered URLs with '→ 결과' on the line below",
    why="Three deleted (removed, one via the mini-gallery manager), one already deleted by its author (not_found), one kept as not illegal (rejected).",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 15:33:47 +0900",
    subject="Re: [KCSC-240903-02] 불법 도박 게시물 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과 알려드립니다.

1) {D1}
   → 삭제 (작성자 IP 차단)
2) {D2}
   → 삭제
3) {D3}
   → 이미 삭제된 게시물입니다 (작성자 삭제)
4) {D4}
   → 게시 유지 - 검토 결과 도박 광고가 아닌 단순 후기 글로 판단했습니다
5) {D5}
   → 미니 갤러리 매니저를 통해 삭제

감사합니다.""",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed"},
)

case(
    name="dc-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>' quoted)",
    why="Only the second post is stated deleted above the original message; URLs in the unquoted original request stay pending.",
    **{"from": "report@dcinside.com"},
    name_from="DCInside 신고센터",
    date="Thu, 05 Sep 2024 10:05:10 +0900",
    subject="RE: [KCSC-240903-02] 불법 도박 게시물 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""{D2} 건 삭제 조치 완료했습니다.
나머지는 갤러리 관리자 확인 중입니다.

DCInside 신고센터 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: cs@dcinside.com
Subject: [KCSC-240903-02] 불법 도박 게시물 시정요구

디시인사이드 담당자님께,

아래 게시물은 불법 도박 광고로 시정을 요구합니다.

{D1}
{D2}
{D3}
{D4}
{D5}

처리 기한: 2024. 9. 10.""",
    items={D2: "removed", D1: "pending", D3: "pending", D5: "pending"},
)

case(
    name="dc-bounce-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) from a DC Inside mail server: 550 user unknown",
    why="Delivery failure report for our request; ignored.",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:30:55 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="8C1F2A0D17.1725327055/mx2.dcinside.com"

--8C1F2A0D17.1725327055/mx2.dcinside.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@dcinside.com>: host mail.dcinside.com[203.0.113.44] said:
    550 5.1.1 <abuse-report@dcinside.com>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)

--8C1F2A0D17.1725327055/mx2.dcinside.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:30:52 +0900 (KST)

Final-Recipient: rfc822; abuse-report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-report@dcinside.com>: Recipient address rejected: User unknown

--8C1F2A0D17.1725327055/mx2.dcinside.com
Content-Type: text/rfc822-headers

From: {ew("방송통신심의위원회")} <takedown@kcsc.example>
To: abuse-report@dcinside.com
Subject: [KCSC-240903-02] {ew("불법 도박 게시물 시정요구")}
Date: Tue, 03 Sep 2024 10:30:00 +0900
Message-ID: <{mid(R_DC)}@kcsc.example>

--8C1F2A0D17.1725327055/mx2.dcinside.com--
""",
)

case(
    name="dc-gallery-manager-gmail",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="A mini-gallery manager (매니저) writing from a personal Gmail account",
    why="Says the mini-gallery post was deleted, but gmail.com is no platform's domain: unknown_sender.",
    **{"from": "nightowl.manager88@gmail.com"},
    name_from="nightowl 갤러리 매니저",
    date="Wed, 04 Sep 2024 22:48:03 +0900",
    subject="미니갤 게시물 삭제했습니다 (KCSC-240903-02)",
    body=f"""안녕하세요, 나이트아울 미니 갤러리 매니저입니다.
디시 운영팀에서 연락 받고 아래 글 지웠습니다.

{D5}

앞으로 비슷한 글 올라오면 바로 삭제하겠습니다.""",
    items={D5: "pending"},
)

case(
    name="dc-hedge-boida",
    outcome="review", review="not_understood",
    imitates="DC Inside 운영팀 reply with a hedged finding (…삭제된 것으로 보입니다) and a promise to check logs",
    why="'작성자에 의해 삭제된 것으로 보입니다' is a hedge followed by a promise to confirm: no statement, not_understood.",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 17:02:26 +0900",
    subject="Re: [KCSC-240903-02] 불법 도박 게시물 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D4}
위 게시물은 확인해 보니 작성자에 의해 삭제된 것으로 보입니다.
정확한 삭제 시점은 로그 확인 후 다시 안내드리겠습니다.

감사합니다.""",
    items={D4: "pending"},
)

case(
    name="dc-html-table-mixed",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고 처리 결과 HTML table (multipart/alternative with a plain part)",
    why="Main-gallery post deleted (removed), minor-gallery post set to 성인 인증 후 열람 (restricted).",
    **{"from": "report@dcinside.com"},
    name_from="DCInside 신고센터",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내 - KCSC-240903-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dcbnd_20240906"

--dcbnd_20240906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

신고 처리 결과 안내 (KCSC-240903-02)

게시물: {D1}
처리: 삭제

게시물: {D3}
처리: 접근 제한 (성인 인증 후 열람)

--dcbnd_20240906
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<h3>신고 처리 결과 안내 (KCSC-240903-02)</h3>
<table border="1" cellpadding="3">
<tr><th>게시물</th><th>처리</th></tr>
<tr><td><a href="{D1.replace('&', '&amp;')}">{D1.replace('&', '&amp;')}</a></td><td>삭제</td></tr>
<tr><td><a href="{D3.replace('&', '&amp;')}">{D3.replace('&', '&amp;')}</a></td><td>접근 제한 (성인 인증 후 열람)</td></tr>
</table>
</body></html>

--dcbnd_20240906--
""",
    items={D1: "removed", D3: "restricted"},
)

# ======================= Daum / Kakao (KCSC-240904-03, 4 items) =======================

case(
    name="daum-tistory-raw-korean-slug",
    outcome="applied", classification="confirmation",
    imitates="Kakao 티스토리 운영팀 reply with a raw Korean entry slug in the URL",
    why="The Korean-slug entry access-restricted in Korea (restricted); entry 142 deleted (removed).",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 14:02:39 +0900",
    subject="Re: [KCSC-240904-03] 시정요구 건 회신",
    reply_to_req=mid(R_DAUM),
    body=f"""안녕하세요. 카카오 티스토리 운영팀입니다.

요청하신 티스토리 게시글에 대한 처리 결과를 안내드립니다.

{K3_RAW}
- 관련 법령에 따라 대한민국 내 접속을 차단했습니다.

{K4}
- 운영정책 위반으로 게시글을 삭제했습니다.

티스토리 운영정책: https://www.tistory.com/policy

감사합니다.""",
    items={K3: "restricted", K4: "removed"},
)

case(
    name="daum-cafe-english-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English decision notice in a DSA statement-of-reasons layout",
    why="First cafe post visibility restricted in Korea (restricted), second removed.",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date="Fri, 06 Sep 2024 08:45:00 +0900",
    subject="Decision on your notice KCSC-240904-03",
    reply_to_req=mid(R_DAUM),
    body=f"""Dear Sir or Madam,

We have reviewed the Daum Cafe content in your notice KCSC-240904-03.

Content: {K1}
Decision: visibility restricted in the Republic of Korea
Ground: unlawful content under Korean law (unregistered investment advice)
Automated means used: no

Content: {K2}
Decision: content removed
Ground: violation of the Daum Cafe operating policy
Automated means used: no

The uploader can appeal at https://cs.daum.net/faq/15/appeal.html.

Kakao Trust & Safety""",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="daum-cafe-blind-korean",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 블라인드 처리 notice, percent-encoded Tistory URL copied from the request",
    why="Cafe post 블라인드 (removed); Tistory entry, written percent-encoded, deleted (removed).",
    **{"from": "cafe-cs@daum.net"},
    name_from="Daum 고객센터",
    date="Thu, 05 Sep 2024 19:27:58 +0900",
    subject="[Daum] 게시물 처리 결과 안내 (KCSC-240904-03)",
    body=f"""안녕하세요, Daum 고객센터입니다.

방송통신심의위원회 요청(KCSC-240904-03)에 따라 아래 게시물을 처리했습니다.

- {K2} → 블라인드 처리
- {K3} → 삭제

블라인드 처리된 게시물은 카페 내에서도 더 이상 볼 수 없습니다.

감사합니다.""",
    items={K2: "removed", K3: "removed"},
)

case(
    name="daum-wrong-platform-naver-url",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply pointing out that one listed address is a NAVER blog, not a Daum service",
    why="Kakao says a NAVER blog post 'does not exist' on its service; a Kakao statement about a NAVER item: wrong_platform, nothing applied.",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Thu, 05 Sep 2024 09:50:14 +0900",
    subject="Re: 시정요구 관련 문의",
    body=f"""안녕하세요, 카카오 정책팀입니다.

보내주신 주소 중 아래 게시물은 당사 서비스에서 조회되지 않는 게시물입니다(게시물 없음).
{N2}

해당 주소는 네이버 블로그이므로 네이버 측에 요청하셔야 할 것으로 생각됩니다.

감사합니다.""",
    items={N2: "pending"},
)

case(
    name="daum-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Kakao staff mail client read receipt (message/disposition-notification)",
    why="MDN: the request was displayed; says nothing about items.",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 정책팀",
    date="Wed, 04 Sep 2024 11:35:02 +0900",
    subject="읽음: [KCSC-240904-03] 시정요구서 송부",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kk-240904"

--mdn-kk-240904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@kakaocorp.com
제목: [KCSC-240904-03] 시정요구서 송부
읽은 시간: 2024년 9월 4일 수요일 오전 11:35

--mdn-kk-240904
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <{mid(R_DAUM)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kk-240904--
""",
)

# ======================= SOOP (KCSC-240905-04, 3 items) =======================

case(
    name="soop-english-vod-actions",
    outcome="applied", classification="confirmation",
    imitates="SOOP Trust & Safety English reply, 'Action:' line under each URL",
    why="VOD deleted (removed), second VOD set 19+ (restricted), station post already deleted by the streamer (not_found).",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 13:20:44 +0900",
    subject="RE: [KCSC-240905-04] Request for correction",
    reply_to_req=mid(R_SOOP),
    body=f"""Hello,

Here is the outcome of our review.

VOD {S1}
Action: VOD deleted; the streamer received a 7-day broadcasting suspension.

VOD {S2}
Action: set to 19+ (only adult-verified viewers can play it).

Station post {S3}
Action: none - the streamer had already deleted the post before our review.

Community Guidelines: https://sooplive.helpshift.com/hc/en/3-soop/faq/12-community-guidelines

SOOP Trust & Safety""",
    items={S1: "removed", S2: "restricted", S3: "not_found"},
)

case(
    name="soop-ticket-receipt-echo",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 고객센터 1:1 문의 접수 receipt that echoes the submitted text",
    why="Receipt with a ticket number echoing our report's URLs; states nothing about them: acknowledgement, items pending.",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 15:01:12 +0900",
    subject="[SOOP] 1:1 문의가 접수되었습니다 (#S-20240905-00417)",
    body=f"""안녕하세요. SOOP 고객센터입니다.
문의가 접수되었습니다. 답변까지 영업일 기준 1~3일이 걸릴 수 있습니다.

접수번호: #S-20240905-00417
문의유형: 신고 > 불법 영상

[문의 내용]
방송통신심의위원회 시정요구 KCSC-240905-04
{S1}
{S2}

답변이 등록되면 이메일로 알려드리겠습니다.
본 메일은 발신 전용입니다.""",
    items={S1: "pending", S2: "pending"},
)

case(
    name="soop-promise-will-be-removed",
    outcome="review", review="not_understood",
    imitates="SOOP interim English reply: will be taken down once review confirms",
    why="'will be taken down once our review team confirms': a conditional promise, not a statement.",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Thu, 05 Sep 2024 18:44:30 +0900",
    subject="RE: [KCSC-240905-04] Request for correction",
    reply_to_req=mid(R_SOOP),
    body=f"""Hello,

Thank you for the report. The VOD at {S1} will be taken
down once our review team confirms the violation. We expect to finish
within 48 hours and will send you the result.

SOOP Trust & Safety""",
    items={S1: "pending"},
)

SOOP_CSV = f"""url,result,date
{S1},삭제,2024-09-06
{S2},19세 이상 시청 제한,2024-09-06
{S3},삭제,2024-09-06
"""

case(
    name="soop-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영팀 result list sent as a CSV attachment under a short Korean note",
    why="CSV: two deleted (removed), one VOD limited to 19+ (restricted).",
    **{"from": "ops@sooplive.co.kr"},
    name_from="SOOP 운영팀",
    date="Fri, 06 Sep 2024 17:58:09 +0900",
    subject="KCSC-240905-04 처리결과",
    reply_to_req=mid(R_SOOP),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-mix-0906"

--soop-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, SOOP 운영팀입니다. 처리결과 파일 첨부드립니다.

--soop-mix-0906
Content-Type: text/csv; name="KCSC-240905-04.csv"
Content-Disposition: attachment; filename="KCSC-240905-04.csv"
Content-Transfer-Encoding: base64

{b64(SOOP_CSV)}
--soop-mix-0906--
""",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

case(
    name="soop-html-list",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 HTML answer to a 1:1 inquiry, bulleted links",
    why="VOD deleted (removed); station post not found (not_found).",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject="[SOOP] 문의하신 내용에 대한 답변입니다 (#S-20240905-00417)",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, SOOP 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04) 관련 처리 결과입니다.</p>
<ul>
<li><a href="{S2}">{S2}</a> &ndash; 영상 삭제 완료</li>
<li><a href="{S3}">{S3}</a> &ndash; 해당 게시글이 존재하지 않습니다</li>
</ul>
<p>추가 문의는 <a href="https://help.sooplive.co.kr/atocs/inquiry">1:1 문의</a>를 이용해 주세요.</p>
</body></html>""",
    items={S2: "removed", S3: "not_found"},
)

# ======================= FM Korea (KCSC-240906-05, 2 items) =======================

case(
    name="fmk-bulk-both-deleted",
    outcome="review", review="bulk", classification="confirmation",
    imitates="FM Korea admin one-line reply: 두 건 모두 삭제",
    why="'2건 모두 삭제' for a two-item request without naming either: bulk, both pending.",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영자",
    date="Fri, 06 Sep 2024 12:15:37 +0900",
    subject="Re: [KCSC-240906-05] 시정요구",
    reply_to_req=mid(R_FMK),
    body="""안녕하세요.
요청하신 게시물 2건 모두 삭제 조치했습니다.
감사합니다.

에펨코리아 운영자 드림""",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmk-url-then-arrow",
    raw_utf8_headers=True,
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply, bare URL with the result on the next line",
    why="First post deleted (removed); second already deleted by its author (not_found).",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영자",
    date="Sat, 07 Sep 2024 09:02:44 +0900",
    subject="Re: [KCSC-240906-05] 시정요구",
    reply_to_req=mid(R_FMK),
    body=f"""안녕하세요, 에펨코리아입니다.

{F1}
→ 삭제 완료, 작성자 영구 이용제한

{F2}
→ 해당 글 없음 (작성자 본인이 삭제)

감사합니다.""",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmk-echo-report",
    outcome="applied", classification="confirmation",
    imitates="FM Korea 신고 처리 알림 that echoes each report with a '처리 결과' field",
    why="Echoed report blocks: first deleted (removed), second kept as not a gambling ad (rejected).",
    **{"from": "noreply@fmkorea.com"},
    name_from="FM Korea",
    date="Sat, 07 Sep 2024 21:40:03 +0900",
    subject="[에펨코리아] 신고 처리 결과 알림",
    body=f"""[신고 처리 결과 알림]

신고번호: R-88120
신고 URL: {F1}
신고 사유: 불법 도박 사이트 홍보 (KCSC-240906-05)
처리 결과: 삭제 완료

신고번호: R-88121
신고 URL: {F2}
신고 사유: 불법 도박 사이트 홍보 (KCSC-240906-05)
처리 결과: 신고 사유 미해당 - 스포츠 경기 결과 토론 글로 게시 유지

에펨코리아 운영정책: https://www.fmkorea.com/rules""",
    items={F1: "removed", F2: "rejected"},
)

# ======================= Clien (KCSC-240909-06, 1 item) =======================

case(
    name="clien-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="Clien admin short reply in the request thread, no URL",
    why="Single-item request; 'the post you asked about was deleted this morning' in the thread: removed.",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Tue, 10 Sep 2024 11:20:15 +0900",
    subject="Re: [KCSC-240909-06] 명예훼손 게시물 시정요구",
    reply_to_req=mid(R_CLIEN),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 모두의공원 게시물은 오늘 오전 삭제 처리했습니다.

감사합니다.""",
    items={C1: "removed"},
)

case(
    name="clien-ooo-no-header",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답 without Auto-Submitted header",
    why="Vacation auto-reply (subject and wording) quoting the request subject; ignored.",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Mon, 09 Sep 2024 13:00:20 +0900",
    subject="[자동응답] Re: [KCSC-240909-06] 명예훼손 게시물 시정요구",
    body="""[부재중 자동응답 메일입니다]

추석 연휴로 9월 18일까지 부재중입니다.
연휴 이후 순차적으로 확인하여 답변드리겠습니다.

클리앙 운영진""",
)

case(
    name="clien-rejected-opinion",
    outcome="applied", classification="confirmation",
    imitates="Clien admin refusal with its reason",
    why="Decided not to delete: the post is an opinion, not defamation; a refusal with reason: rejected.",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 16:05:49 +0900",
    subject="Re: [KCSC-240909-06] 명예훼손 게시물 시정요구",
    reply_to_req=mid(R_CLIEN),
    body=f"""안녕하세요.

{C1} 는 운영진 검토 결과 삭제하지 않기로 했습니다.
특정인에 대한 비판적 의견 표명 수준으로, 사실 적시나 모욕에 해당한다고 보기 어렵습니다.
법원 결정이나 추가 자료가 있으시면 다시 검토하겠습니다.

클리앙 운영진""",
    items={C1: "rejected"},
)

# ======================= Inven (KCSC-240910-07, 2 items) =======================

case(
    name="inven-mixed-english-korean",
    outcome="applied", classification="confirmation",
    imitates="Inven CS reply mixing Korean and English board notes",
    why="Lost Ark board post deleted (removed); Maple board post not found / already deleted (not_found).",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Wed, 11 Sep 2024 10:48:20 +0900",
    subject="Re: [KCSC-240910-07] 계정 거래 게시물 시정요구",
    reply_to_req=mid(R_INVEN),
    body=f"""안녕하세요, 인벤 고객센터입니다.

로스트아크 게시판: {I1}
→ 삭제 및 작성자 7일 이용정지 (deleted, user suspended 7 days)

메이플스토리 게시판: {I2}
→ Not found - already deleted by the author before our check

감사합니다.
INVEN Customer Service""",
    items={I1: "removed", I2: "not_found"},
)

case(
    name="inven-forwarded-moderator-note",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Inven CS staff forwarding a board moderator's internal note (Gmail-style forward)",
    why="The deletion is stated only inside a forwarded message: review forwarded, nothing applied.",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객센터",
    date="Wed, 11 Sep 2024 15:12:07 +0900",
    subject="Fwd: 메이플 게시판 1098812 처리",
    body=f"""참고 부탁드립니다. (KCSC-240910-07)

---------- Forwarded message ---------
보낸사람: 메이플 게시판 모더레이터 <mod-maple@inven.co.kr>
Date: 2024년 9월 11일 (수) 오후 2:58
Subject: 메이플 게시판 1098812 처리
To: 인벤 고객센터 <cs@inven.co.kr>

{I2}
계정 거래 글 확인되어 삭제했습니다.""",
    items={I2: "pending"},
)

case(
    name="inven-html-table",
    outcome="applied", classification="confirmation",
    imitates="Inven 운영팀 HTML result table",
    why="Maple post deleted (removed); Lost Ark post kept because it is a guide, not a trade (rejected).",
    **{"from": "ops@inven.co.kr"},
    name_from="인벤 운영팀",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="[인벤] KCSC-240910-07 처리 결과",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님, 인벤 운영팀입니다.</p>
<table border="1">
<thead><tr><th>URL</th><th>처리 결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{I2}</td><td>삭제</td><td>계정 거래 (운영정책 제7조)</td></tr>
<tr><td>{I1}</td><td>유지</td><td>공략 글로 거래 내용 없음</td></tr>
</tbody>
</table>
</body></html>""",
    items={I2: "removed", I1: "rejected"},
)

case(
    name="inven-bounce-mailbox-full-korean",
    outcome="ignored", classification="bounce",
    imitates="Korean MTA plain-text 메일 발송 실패 안내 (mailbox over quota), not multipart/report",
    why="Delivery failure notice for our request; ignored.",
    **{"from": "postmaster@inven.co.kr"},
    name_from="메일 발송 실패 안내",
    date="Tue, 10 Sep 2024 16:21:30 +0900",
    subject="[메일 발송 실패] [KCSC-240910-07] 계정 거래 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""보내신 메일이 아래 수신자에게 전달되지 못했습니다.

 수신자 : report@inven.co.kr
 제  목 : [KCSC-240910-07] 계정 거래 게시물 시정요구
 보낸 시간 : 2024-09-10 16:20:05
 실패 사유 : 수신자의 메일함 용량이 초과되었습니다. (552 5.2.2 Mailbox full)

이 메일은 발신 전용입니다.""",
)


HEADER = """# Blind set 459: Korean portals and community sites (NAVER, Daum/Kakao and
# Tistory, DC Inside, SOOP, FM Korea, Clien, Inven), Korean and English mixed,
# with the doubtful and ignorable mail of a regulator's mailbox.
# Written from each email's meaning before the reader was ever run on it.
# Generated by make.py; do not edit by hand.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean webmail sends them; two cases keep a raw UTF-8 subject."""
    for c in cases:
        keys = ("name_from",) if c.pop("raw_utf8_headers", False) else ("name_from", "subject")
        for key in keys:
            v = c.get(key)
            if v and not v.isascii():
                c[key] = ew(v)


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind459", HEADER, CASES)
