#!/usr/bin/env python3
"""Blind set 395 (Korean portals): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind395/make.py

Every email is fictional and written in our own sentences; the expected
results were written from each email's meaning before the reader was run.
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

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
N1 = "https://blog.naver.com/starlit_owl/223561100401"
N2 = "https://blog.naver.com/starlit_owl/223561100977"
N3 = "https://blog.naver.com/pine_needle88/223559004312"
N4 = "https://cafe.naver.com/moonlakeclub/48213"
N5 = "https://cafe.naver.com/moonlakeclub/48377"
N6 = "https://cafe.naver.com/greyharbor/10552"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=472013388"
N8 = "https://in.naver.com/copperkite/contents/internal/681120044411520"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38110027&memberNo=51220931"
N10 = "https://m.blog.naver.com/quietfern_/223560712048"
N11 = "https://blog.naver.com/PostView.naver?blogId=ash_lantern&logNo=223558830119"
N12 = "https://cafe.naver.com/greyharbor/10601"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bluegrove77/Aq1x/3391"
K2 = "https://cafe.daum.net/bluegrove77/Aq1x/3402"
K3_RAW = "https://hollowmint.tistory.com/entry/야간-메모-공유"
K3 = "https://hollowmint.tistory.com/entry/" + quote("야간-메모-공유")
K4 = "https://hollowmint.tistory.com/118"
R2 = [K1, K2, K3, K4]

Y1 = "https://www.youtube.com/watch?v=Qm3kT8vLx2A"
Y2 = "https://www.youtube.com/watch?v=zR7pW0dNc4E"
Y3 = "https://www.youtube.com/shorts/Hf2Lq9XsT1o"
Y4_RAW = "https://www.youtube.com/@밤골목이야기"
Y4 = "https://www.youtube.com/@" + quote("밤골목이야기")
Y5 = "https://youtu.be/Vb8nYp3Kd0w"
R3 = [Y1, Y2, Y3, Y4, Y5]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812044"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowlcoin&no=20931"
D3 = "https://gall.dcinside.com/mini/board/view/?id=fernroom&no=4410"
R4 = [D1, D2, D3]

B1 = "https://band.us/band/80123456/post/311"
B2 = "https://band.us/band/80123456/post/318"
R5 = [B1, B2]

NS = "https://blog.naver.com/dustymarble/223563309021"
KS_RAW = "https://quietrain.tistory.com/entry/후기-모음"
KS = "https://quietrain.tistory.com/entry/" + quote("후기-모음")

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", R1,
     "illegal-gambling", "NAVER blog/cafe/kin/post batch"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", R2,
     "defamation", "Daum cafe and Tistory"),
    ("KCSC-240906-03", "youtube", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", R3,
     "drugs", "videos, a short and a channel"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", R4,
     "privacy", "three gallery posts"),
    ("KCSC-240910-05", "band", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00", R5,
     "obscenity", "public band posts"),
    ("KCSC-240911-06", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", [NS],
     "illegal-gambling", "single blog post"),
    ("KCSC-240912-07", "kakao", "2024-09-12T16:10:00+09:00", "2024-09-19T23:59:59+09:00", [KS],
     "defamation", "single Tistory entry"),
]


def msgid(ref):
    return "b395-" + ref[5:].lower()  # b395-240903-01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        f"아래 정보에 대하여 시정요구(문서번호 {ref})를 드리오니",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


HEADER = """# Blind set 395 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind395/make.py before any run of the reader;
# each case is ingested alone into a fresh ledger holding requests.csv.
"""

cases = []


def enc_word(text):
    """RFC 2047 B-encoding, as Korean mail clients write display names."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        kw["name_from"] = enc_word(name)
    # Every other Korean subject is sent encoded, the rest as raw UTF-8.
    if not kw["subject"].isascii() and len(cases) % 2 == 1:
        kw["subject"] = enc_word(kw["subject"])
    cases.append(kw)


# ==========================================================================
# NAVER (naver.com, navercorp.com)
# ==========================================================================
table_rows = [
    (N1, "게시중단"), (N2, "게시중단"), (N3, "임시조치(30일)"), (N4, "블라인드"),
    (N5, "게시물 없음(작성자 삭제)"), (N6, "블라인드"), (N7, "삭제"),
    (N8, "미조치(위반 사항 없음)"), (N9, "비공개 처리"), (N10, "게시중단"),
    (N11, "존재하지 않는 게시물"), (N12, "19세 미만 이용자 접근 제한"),
]
case(
    name="naver-gongmun-text-table-all",
    **{"from": "safety-report@navercorp.com"},
    name_from="네이버 주식회사 정책지원",
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req=msgid("KCSC-240903-01"),
    body="수신: 방송통신심의위원회 통신심의국\n"
    "제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보\n\n"
    "1. 귀 위원회의 무궁한 발전을 기원합니다.\n"
    "2. 귀 위원회에서 2024. 9. 3.자로 요청하신 시정요구와 관련하여 당사의\n"
    "   조치결과를 아래와 같이 회신합니다.\n\n"
    "                         - 아    래 -\n\n"
    "번호 | URL | 조치결과\n"
    "-----+-----+---------\n"
    + "\n".join(f"{i} | {u} | {s}" for i, (u, s) in enumerate(table_rows, 1))
    + "\n\n3. 8번 게시물은 검토 결과 당사 운영정책 및 관련 법령에서 정한 삭제 대상에\n"
    "   해당하지 않는다고 판단하여 게시를 유지하였음을 알려드립니다.\n"
    "4. 12번 게시물은 청소년 유해 정보로 분류하여 성인 인증 이용자에게만\n"
    "   노출되도록 하였습니다.  끝.\n\n"
    "네이버 주식회사 정책지원실\n",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a pipe table of every URL",
    why="trusted NAVER reply listing each of the 12 items with its 조치결과",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "not_found", N12: "restricted"},
)

case(
    name="naver-html-result-table",
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date="Thu, 05 Sep 2024 10:05:33 +0900",
    subject="[NAVER] 시정요구 조치 결과 안내 (KCSC-240903-01)",
    reply_to_req=msgid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>네이버 게시중단요청서비스입니다.</p>
<p>시정요구 <b>KCSC-240903-01</b> 중 아래 게시물에 대한 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="{N6}">{N6}</a></td><td>블라인드</td><td>2024-09-04 18:20</td></tr>
<tr><td>2</td><td><a href="{N7}">{N7.replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-04 18:22</td></tr>
<tr><td>3</td><td><a href="{N9}">{N9.replace('&', '&amp;')}</a></td><td>임시조치</td><td>2024-09-04 19:01</td></tr>
<tr><td>4</td><td><a href="{N10}">{N10}</a></td><td>게시중단</td><td>2024-09-05 09:47</td></tr>
</table>
<p>나머지 게시물은 처리가 완료되는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/support/alias/rights">고객센터</a>를 이용해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 HTML result mail with a 조치 결과 table",
    why="four items with explicit results in an HTML table; the promise about the rest names no item",
    items={N6: "removed", N7: "removed", N9: "restricted", N10: "removed"},
)

csv_rows = [
    ("1", N1, "삭제"), ("2", N2, "삭제"), ("3", N3, "임시조치"), ("4", N4, "게시중단"),
    ("5", N5, "해당 게시물 없음"), ("11", N11, "이미 삭제됨(작성자 직접 삭제)"),
    ("12", N12, "조치 불가 - 운영정책 위반 아님"),
]
csv_text = "\ufeff연번,URL,조치결과,조치일자\n" + "".join(
    f'{n},"{u}",{s},2024-09-05\n' for n, u, s in csv_rows)
case(
    name="naver-csv-attachment",
    **{"from": "kcsc-liaison@navercorp.com"},
    name_from="NAVER 정책협력",
    date="Thu, 05 Sep 2024 16:12:48 +0900",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신 (첨부)",
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NV_395_csv"

------=_NV_395_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 정책협력 담당자입니다.

KCSC-240903-01 건 중 7건에 대한 조치결과를 첨부 파일로 회신드립니다.
확인 부탁드립니다.

감사합니다.

------=_NV_395_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_NV_395_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal liaison reply carrying an Excel-exported CSV of 조치결과",
    why="CSV attachment gives one result per URL: deleted, temporary measure, missing, refused",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N11: "not_found", N12: "rejected"},
)

case(
    name="naver-single-angle-bracket",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그 고객센터",
    date="Thu, 12 Sep 2024 09:31:02 +0900",
    subject="Re: [KCSC-240911-06] 게시물 게시중단 요청",
    reply_to_req=msgid("KCSC-240911-06"),
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물 <{NS}> 은(는)
불법 사행성 정보 게시로 확인되어 2024년 9월 12일 게시중단(블라인드) 처리하였습니다.

앞으로도 건강한 블로그 환경을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer-centre 게시중단 notice",
    why="the one requested URL, in angle brackets, was put under 게시중단(블라인드)",
    items={NS: "removed"},
)

case(
    name="naver-one-item-request-no-url",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Thu, 12 Sep 2024 14:02:55 +0900",
    subject="[조치완료] KCSC-240911-06",
    body="""방송통신심의위원회 담당자님께

문서번호 KCSC-240911-06 으로 요청하신 블로그 게시물 1건에 대하여
삭제 조치를 완료하였습니다.

NAVER 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="terse NAVER 조치완료 mail quoting only the document number",
    why="a plain deletion statement about the request's single item (one-item request)",
    items={NS: "removed"},
)

case(
    name="naver-cafe-topposted-outlook",
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 15:48:20 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 카페 운영지원팀입니다.

요청하신 건 중 저희 팀 소관인 moonlakeclub 카페 게시글 2건의 결과를 먼저 안내드립니다.

- {N4} : 카페 운영원칙 위반으로 블라인드 처리
- {N5} : 작성자가 이미 삭제한 게시글로 확인되어 별도 조치 없음

나머지 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

네이버 카페 운영지원팀

-----Original Message-----
From: "KCSC 통신심의" <takedown@kcsc.example>
To: <cafe_support@navercorp.com>
Sent: 2024-09-03 (화) 10:30:00 (GMT+09:00)
Subject: [KCSC-240903-01] 불법정보 시정요구

{quoted_request("KCSC-240903-01", R1, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a NAVER cafe team over the full request",
    why="two cafe posts get statements above the quoted request; the quoted list changes nothing",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-url-then-arrow-status",
    **{"from": "blog_report@naver.com"},
    name_from="네이버 블로그 신고센터",
    date="Wed, 04 Sep 2024 11:17:40 +0900",
    subject="[네이버 블로그] 신고 처리 결과 안내 - KCSC-240903-01",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 블로그 신고센터입니다.
신고해 주신 블로그 게시물의 처리 결과를 알려드립니다.

{N1}
→ 블라인드 처리 완료

{N2}
→ 블라인드 처리 완료

{N10}
→ 해당 글은 작성자가 이미 삭제하여 별도 조치가 불가합니다.

블로그 운영정책: https://blog.naver.com/blogpeople/policy
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog report-result mail, each URL with its result on the next line",
    why="status on the line below each bare URL; the policy link is not an item",
    items={N1: "removed", N2: "removed", N10: "not_found"},
)

case(
    name="naver-kin-particle-attached",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 13:26:09 +0900",
    subject="Re: [KCSC-240903-01] 지식iN 게시물 처리 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 {N7}은 운영원칙에 따라 삭제하였습니다.
해당 질문에 달린 답변들도 함께 노출되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator reply written as one Korean sentence",
    why="the Korean particle 은 follows the URL directly; the question was deleted",
    items={N7: "removed"},
)

case(
    name="naver-influencer-rejected",
    **{"from": "influencer_help@navercorp.com"},
    name_from="네이버 인플루언서 검색",
    date="Fri, 06 Sep 2024 10:44:51 +0900",
    subject="Re: [KCSC-240903-01] 인플루언서 콘텐츠 검토 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 인플루언서 검색 운영 담당자입니다.

요청하신 콘텐츠
{N8}
에 대해 내부 기준과 관련 법령을 함께 검토하였으나, 게시물 내용이 도박 사이트를
홍보하거나 안내하는 것이 아니라 관련 뉴스를 비판적으로 소개하는 글로 판단되어
게시를 유지하기로 하였습니다.

판단에 이의가 있으신 경우 https://help.naver.com/service/30026/contents/19873 을
참고해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal with its reason (content kept after review)",
    why="the item is kept up with a stated reason (news commentary): a refusal; the help link is not an item",
    items={N8: "rejected"},
)

qp_body = f"""안녕하세요. NAVER 포스트·카페 통합 신고 담당입니다.

KCSC-240903-01 관련 아래 2건 처리 결과입니다.

1) {N9}
   처리 결과: 비공개 처리(운영자)
2) {N12}
   처리 결과: 임시조치 30일 (정보통신망법 제44조의2)

감사합니다.
"""
case(
    name="naver-quoted-printable",
    **{"from": "report_desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Fri, 06 Sep 2024 11:58:03 +0900",
    subject=enc_word("[처리결과] KCSC-240903-01 포스트·카페 2건"),
    reply_to_req=msgid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-desk mail sent quoted-printable with an encoded subject",
    why="numbered items, results on the next line: operator 비공개 (removed) and 임시조치 (restricted)",
    items={N9: "removed", N12: "restricted"},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date="Thu, 05 Sep 2024 17:03:27 +0900",
    subject="RE: [KCSC-240903-01] greyharbor 카페 게시글 조치 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요.
greyharbor 카페 관련 요청 건 처리 결과 안내드립니다.

① 게시글（{N6}）：카페 운영원칙 위반으로 블라인드 처리
② 게시글（{N12}）：권리침해 신고에 따라 임시조치(30일)

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe reply typed with full-width brackets and colon",
    why="full-width （）and ： around each URL; blind (removed) and 임시조치 (restricted)",
    items={N6: "removed", N12: "restricted"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    date="Sat, 07 Sep 2024 09:12:44 +0900",
    subject="RE: [KCSC-240903-01] 요청 게시물 확인 결과",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요. 요청하신 게시물 확인 결과를 안내드립니다.

요청하신 지식iN 질문(https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&
docId=472013388)은 삭제되었습니다.

블로그 게시물 {N11}
은 조회되지 않는 게시물(존재하지 않는 글)로 확인됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER operator mail hard-wrapped at 80 columns by the sending client",
    why="the kin URL is broken across two lines by wrapping (a clerk rejoins it); the blog post does not exist",
    items={N7: "removed", N11: "not_found"},
)

case(
    name="naver-receipt-plus-results",
    **{"from": "helpdesk@naver.com"},
    name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 18:30:15 +0900",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호: 2409-778120)

아울러 함께 요청하신 게시물 중 아래 건의 처리 결과를 안내드립니다.
 • {N3} : 게시중단
 • {N8} : 운영자 삭제

추가 문의 사항은 고객센터로 연락해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-desk receipt that also carries item results",
    why="a receipt phrase plus unhedged item statements is not a mere acknowledgement",
    items={N3: "removed", N8: "removed"},
)

# ==========================================================================
# Kakao / Daum (kakaocorp.com, daum.net, kakao.com)
# ==========================================================================
case(
    name="kakao-daum-imsi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 14:20:00 +0900",
    subject="[Daum 카페] 권리침해 신고에 따른 임시조치 안내 (KCSC-240905-02)",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 권리침해 신고와 관련하여 아래 게시물에 대해 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2 제4항에 따라 30일간 임시조치(게시물 접근 차단)를
시행하였음을 알려드립니다.

  대상 게시물
  - {K1}
  - {K2}

임시조치 기간 동안 게시자는 재게시를 요청할 수 있으며, 기간 만료 후의 처리는
관련 절차에 따릅니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice citing 정보통신망법 제44조의2",
    why="two Daum cafe posts under a 30-day 임시조치 (access blocked): restricted",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Fri, 06 Sep 2024 16:45:12 +0900",
    subject="Re: [KCSC-240905-02] 티스토리 게시물 조치 결과",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요, 티스토리 고객센터입니다.

요청하신 티스토리 게시물의 처리 결과입니다.

<{K3_RAW}>
: 운영정책 위반(명예훼손)으로 게시물을 삭제하였습니다.

{K4} 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory help reply with a raw Hangul entry path",
    why="the raw Korean path matches the percent-encoded request URL; one deleted, one gone already",
    items={K3: "removed", K4: "not_found"},
)

html_kakao = f"""<html><body>
<p>안녕하세요. 카카오 정책 담당자입니다.</p>
<p>시정요구 KCSC-240905-02 에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No</th><th>URL</th><th>조치결과</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{K2}</td><td>미조치</td><td>신고 내용만으로는 허위 사실로 볼 근거가 없어 게시 유지</td></tr>
<tr><td>3</td><td>{K3}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>4</td><td>{K4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
</tbody></table>
<p>감사합니다.<br>카카오 정책팀</p>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    **{"from": "policy@daum.net"},
    name_from="Kakao 정책팀",
    date="Mon, 09 Sep 2024 10:03:41 +0900",
    subject="[회신] KCSC-240905-02 시정요구 조치 결과",
    reply_to_req=msgid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_kakao)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy reply: base64 HTML table with 조치결과 and 비고",
    why="four rows: deleted, kept with a reason, 임시조치, already deleted by its author",
    items={K1: "removed", K2: "rejected", K3: "restricted", K4: "not_found"},
)

case(
    name="kakao-single-kept",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Fri, 13 Sep 2024 11:20:30 +0900",
    subject="Re: [KCSC-240912-07] 게시물 검토 결과 안내",
    reply_to_req=msgid("KCSC-240912-07"),
    body=f"""안녕하세요, 티스토리 고객센터입니다.

요청하신 게시물({KS_RAW})을 검토하였습니다.
해당 글은 특정인의 실명이나 식별 가능한 정보 없이 제품 이용 후기를 적은 것으로,
운영정책 및 관련 법령에 위반되는 내용이 확인되지 않아 게시물을 그대로 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory review result refusing removal with a reason",
    why="kept after review because nothing breaks a rule: rejected (Hangul path inside parentheses)",
    items={KS: "rejected"},
)

case(
    name="kakao-echoed-report-blocks",
    **{"from": "cs_report@kakao.com"},
    name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 15:51:07 +0900",
    subject="[Daum 고객센터] 신고하신 게시물 처리 결과 안내",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요. Daum 고객센터입니다.
고객님께서 신고하신 내용과 처리 결과를 안내해 드립니다.

■ 신고 1
 - 신고 서비스 : Daum 카페
 - 신고 URL : {K1}
 - 신고 사유 : 명예훼손
 - 처리 결과 : 게시물 삭제

■ 신고 2
 - 신고 서비스 : Daum 카페
 - 신고 URL : {K2}
 - 신고 사유 : 명예훼손
 - 처리 결과 : 해당 게시물 없음 (이미 삭제된 게시물)

Daum을 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre result mail echoing the report fields per item",
    why="each echoed report block ends with its own 처리 결과",
    items={K1: "removed", K2: "not_found"},
)

# ==========================================================================
# YouTube (google.com, youtube.com)
# ==========================================================================
case(
    name="yt-legal-geo-block-kr",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:14:22 +0000",
    subject="Re: [KCSC-240906-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""Hello,

Thank you for your notice. After reviewing the content against applicable
local law, we have blocked the following videos from view in South Korea:

{Y1}
{Y2}

In addition, the following Short has been removed from YouTube for violating
our Community Guidelines:

{Y3}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: local-law geo-block plus a Community Guidelines removal",
    why="two videos blocked in Korea (restricted), one Short removed globally",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-actioned-and-unlocated",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 08:40:09 +0000",
    subject="[KCSC-240906-03] Outcome of your request",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""Hi there,

We've completed our review of part of your request.

- {Y5} has been actioned under our policies.
- We were unable to locate the content at {Y2}. The video may have been
  deleted by the uploader before our review.

If you have further concerns, you can submit a new request through our
webform: https://support.google.com/legal/answer/3110420

- YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube webform outcome mail ('has been actioned under our policies', 'unable to locate')",
    why="the configured phrase means removed; 'unable to locate' is not_found (the 'may have been' only guesses why)",
    items={Y5: "removed", Y2: "not_found"},
)

case(
    name="yt-korean-channel-handle",
    **{"from": "kr-legal@youtube.com"},
    name_from="YouTube 코리아",
    date="Tue, 10 Sep 2024 17:22:36 +0900",
    subject="Re: [KCSC-240906-03] 시정요구 조치 결과 회신",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""안녕하세요, YouTube 법무 지원팀입니다.

요청하신 건 중 아래 두 건의 검토를 마쳤습니다.

{Y4_RAW} 채널은 커뮤니티 가이드 위반으로 해지되어 더 이상 YouTube에서 볼 수 없습니다.

{Y1} 동영상에는 연령 제한을 적용하였습니다.

감사합니다.
YouTube 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal reply in Korean about a terminated channel and an age restriction",
    why="channel with a Hangul handle terminated (removed); video age-restricted (restricted)",
    items={Y4: "removed", Y1: "restricted"},
)

case(
    name="yt-gmail-quoted-korean",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Wed, 11 Sep 2024 10:05:58 +0900",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""안녕하세요.

요청하신 Shorts {Y3} 는 현지 법률 검토 결과 대한민국에서 볼 수 없도록 차단되었습니다.
나머지 항목은 검토 중입니다.

Google 법무팀 드림

2024년 9월 6일 (금) 오후 2:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240906-03", R3)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply with the Korean '님이 작성:' quote header",
    why="one Short blocked in Korea above the quote; the quoted list and 'under review' change nothing",
    items={Y3: "restricted"},
)

# ==========================================================================
# DC Inside (dcinside.com)
# ==========================================================================
case(
    name="dc-informal-operator",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 13:08:44 +0900",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글들 확인했습니다.
{D1} 이 글은 삭제했고요,
{D2} 는 이미 작성자가 지운 상태라 따로 조치할 게 없었습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="casual but unhedged: one deleted, one already deleted by its author",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="dc-numbered-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Wed, 11 Sep 2024 11:41:19 +0900",
    subject="[디시인사이드] KCSC-240909-04 처리 결과",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 3건의 처리 결과를 알려드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 미니 갤러리 매니저와 함께 확인하였으나 특정인의 개인정보가 포함되어 있지 않아 유지

감사합니다.
디시인사이드 신고처리팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-team numbered result list",
    why="two deleted, the third kept with a reason (no personal data): rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-url-below-statement",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Wed, 11 Sep 2024 16:30:02 +0900",
    subject="Re: [KCSC-240909-04] 게시물 처리 안내",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요, 디시인사이드 신고처리팀입니다.

다음 게시물은 운영자 권한으로 삭제 처리되었습니다.
{D3}

다음 게시물은 존재하지 않는 게시물로 확인됩니다.
{D1}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice where each URL stands on the line below its statement",
    why="statement then URL: one operator deletion, one non-existent post",
    items={D3: "removed", D1: "not_found"},
)

case(
    name="dc-outlook-adult-restriction",
    **{"from": "manager@dcinside.com"},
    name_from="디시인사이드 갤러리 관리",
    date="Thu, 12 Sep 2024 10:12:51 +0900",
    subject="RE: [KCSC-240909-04] 개인정보 노출 게시물",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요.

{D2}
위 마이너 갤러리 게시물은 성인 인증 이용자만 열람할 수 있도록 19세 이상 열람 제한 처리했습니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:40 AM
To: report@dcinside.com
Subject: [KCSC-240909-04] 개인정보 노출 게시물

{quoted_request("KCSC-240909-04", R4, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request below",
    why="one post age-restricted (restricted); the quoted request below changes nothing",
    items={D2: "restricted"},
)

# ==========================================================================
# BAND (band.us)
# ==========================================================================
case(
    name="band-removed-and-gone",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 09:55:30 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240910-05)",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""안녕하세요. BAND 고객센터입니다.

신고하신 게시글 {B1} 은 BAND 운영정책(음란물 게시 금지) 위반으로 삭제되었습니다.

{B2} 는 작성자가 밴드를 탈퇴하면서 게시글이 함께 삭제되어 현재 존재하지 않습니다.

BAND 운영정책 안내: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-centre report result",
    why="one post deleted for a policy breach, one already gone with its author's account",
    items={B1: "removed", B2: "not_found"},
)

# ==========================================================================
# Review
# ==========================================================================
case(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Wed, 04 Sep 2024 09:15:27 +0900",
    subject="Re: [KCSC-240903-01] 검토 진행 안내",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

요청하신 아래 게시물은 현재 담당 부서에서 검토하고 있습니다.
  - {N3}
  - {N8}

운영정책 위반이 확인될 경우 게시중단 조치될 예정이며, 검토가 끝나는 대로 결과를
회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'under review, will act if a violation is confirmed' reply",
    why="names two items but only promises a conditional future action",
    items={N3: "pending", N8: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 17:40:03 +0900",
    subject="Re: [KCSC-240905-02] 확인 결과 안내",
    reply_to_req=msgid("KCSC-240905-02"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

문의하신 카페 게시글 {K1}, {K2} 은
확인해 보니 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 카페 운영 부서에 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply hedging ('이미 삭제된 것으로 보입니다') pending a check",
    why="'것으로 보입니다' is a hedge, not a statement; both items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    date="Mon, 09 Sep 2024 18:05:11 +0900",
    subject="[조치완료] KCSC-240903-01 시정요구 건",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""방송통신심의위원회 담당자님께

KCSC-240903-01 건으로 요청하신 게시물 전체(12건)에 대하여 게시중단 조치를
완료하였습니다.

NAVER 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 전체 조치완료 reply naming no URL",
    why="a statement about all 12 items without naming one: bulk",
    items={u: "pending" for u in R1},
)

case(
    name="yt-bulk-all-removed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:33:47 +0000",
    subject="Re: [KCSC-240906-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240906-03"),
    body="""Hello,

Following our review, all of the content identified in your notice has been
removed from YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal outcome stated for the whole notice",
    why="five-item request, 'all of the content' names none of them",
    items={u: "pending" for u in R3},
)

case(
    name="naver-auth-fail",
    **{"from": "safety-report@navercorp.com"},
    name_from="네이버 주식회사 정책지원",
    auth="fail",
    date="Sat, 07 Sep 2024 02:11:38 +0900",
    subject="[회신] 시정요구(KCSC-240903-01) 조치 완료",
    reply_to_req=msgid("KCSC-240903-01"),
    body=f"""방송통신심의위원회 담당자님,

요청하신 게시물 {N1} 은 게시중단 처리되었습니다.

네이버 주식회사 정책지원실
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result whose DKIM/SPF/DMARC all fail",
    why="claims to be NAVER but fails authentication",
    items={N1: "pending"},
)

case(
    name="dc-outsourced-monitoring-vendor",
    **{"from": "ops@safeboard-moderation.example"},
    name_from="세이프보드 모니터링센터",
    date="Wed, 11 Sep 2024 14:27:05 +0900",
    subject="[디시인사이드 위탁] KCSC-240909-04 처리 결과",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요. 디시인사이드 게시물 모니터링 위탁업체 세이프보드입니다.

요청하신 게시물 중
{D1}
{D2}
두 건은 삭제 처리하였습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf",
    why="sender domain belongs to no configured platform",
    items={D1: "pending", D2: "pending"},
)

case(
    name="band-from-navercorp",
    **{"from": "band_policy@navercorp.com"},
    name_from="NAVER BAND 운영정책팀",
    date="Thu, 12 Sep 2024 11:00:19 +0900",
    subject="Re: [KCSC-240910-05] BAND 게시글 조치 결과",
    reply_to_req=msgid("KCSC-240910-05"),
    body=f"""안녕하세요, NAVER BAND 운영정책팀입니다.

요청하신 BAND 게시글 2건은 모두 운영정책 위반으로 삭제하였습니다.
 - {B1}
 - {B2}
""",
    outcome="review", review="wrong_platform",
    imitates="BAND policy team mailing from the parent company's domain",
    why="navercorp.com is NAVER's sender domain in config; BAND items need band.us",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-asks-for-documents",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Tue, 10 Sep 2024 10:02:33 +0900",
    subject="Re: [KCSC-240909-04] 자료 요청",
    reply_to_req=msgid("KCSC-240909-04"),
    body=f"""안녕하세요, 디시인사이드 신고처리팀입니다.

요청하신 게시물 {D3} 건과 관련하여,
처리를 위해 시정요구 의결서 사본과 개인정보 노출 부분을 표시한 캡처 자료를
회신해 주시기 바랍니다. 자료를 받는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside request for the decision document and screenshots",
    why="asks for documents before acting; the item stays pending",
    items={D3: "pending"},
)

case(
    name="naver-address-change-notice",
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject="[안내] 기관 요청 전용 접수 창구 변경 안내",
    body="""안녕하세요. NAVER 게시중단요청서비스입니다.

2024년 10월 1일부터 행정기관의 시정요구 및 게시중단 요청은 기관 전용 접수 창구
(https://right.naver.com/agency)로만 접수됩니다. 기존 메일 주소는 9월 30일까지
병행 운영됩니다.

이용에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER service notice about a new intake channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="yt-conditional-still-reviewing",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube",
    date="Mon, 09 Sep 2024 06:50:12 +0000",
    subject="Re: [KCSC-240906-03] Update on your request",
    reply_to_req=msgid("KCSC-240906-03"),
    body=f"""Hello,

Our team is still reviewing the following URLs:

{Y2}
{Y3}

If we determine that the content violates our policies or local law, we will
take appropriate action, which may include restricting it in South Korea.
We will contact you once the review is complete.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim update with a conditional outcome",
    why="'still reviewing' and 'if … we will' are not statements",
    items={Y2: "pending", Y3: "pending"},
)

case(
    name="naver-repost-other-url",
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date="Fri, 06 Sep 2024 12:40:55 +0900",
    subject="RE: [KCSC-240903-01] 재게시 글 조치",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 카페 운영지원팀입니다.

요청하신 건과 관련하여, 동일한 내용으로 재게시된 글
https://cafe.naver.com/moonlakeclub/48391 을 확인하여 삭제하였습니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="NAVER cafe team reporting a removed repost under another URL",
    why="a removal stated for a URL that is not in the request",
    items={},
)

# ==========================================================================
# Ignored
# ==========================================================================
case(
    name="naver-out-of-office",
    **{"from": "jiyoung.han@navercorp.com"},
    name_from="한지영",
    date="Tue, 03 Sep 2024 10:31:12 +0900",
    subject="[자동응답] 부재중입니다 (Re: [KCSC-240903-01] 불법정보 시정요구)",
    reply_to_req=msgid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한지영입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="automatic absence notice",
    items={},
)

dsn_report = """Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Mon, 9 Sep 2024 09:40:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 mailbox full
"""
case(
    name="dsn-dcinside-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 09:40:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.395.mail.kcsc.example"

--DSN.395.mail.kcsc.example
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com[203.0.113.25] said: 552 5.2.2
    mailbox full

--DSN.395.mail.kcsc.example
Content-Type: message/delivery-status

{dsn_report}
--DSN.395.mail.kcsc.example
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240909-04] 개인정보 노출 게시물
Message-ID: <{msgid("KCSC-240909-04")}@kcsc.example>

--DSN.395.mail.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full)",
    why="a bounce of our own request",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 11:47:30 +0900",
    subject="읽음: [KCSC-240905-02] 명예훼손 게시물 시정요구",
    reply_to_req=msgid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="MDN_395_kakao"

--MDN_395_kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-02] 명예훼손 게시물 시정요구"을(를)
2024-09-05 오전 11:47에 수신자가 읽었습니다.

--MDN_395_kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{msgid("KCSC-240905-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_395_kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (MDN, '읽음:')",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "helpdesk@naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:34:55 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-771045)",
    reply_to_req=msgid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호 : 2409-771045
  - 문의 유형 : 권리침해/게시중단
  - 접수 일시 : 2024-09-03 10:34

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-desk ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="yt-legal-ack",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 05:02:10 +0000",
    subject="[8-2409000017734] Re: [KCSC-240906-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240906-03"),
    body="""Hello,

Thanks for reaching out. We have received your request and a member of our
team will review it. Your case ID is 8-2409000017734; please keep it in the
subject line of any further correspondence.

Regards,
The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automatic receipt with a case ID",
    why="receipt only, no statement about any item",
    items={},
)

case(
    name="band-auto-receipt",
    **{"from": "noreply@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 15:21:03 +0900",
    subject="[BAND] 문의 접수 안내",
    reply_to_req=msgid("KCSC-240910-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""BAND 고객센터에 문의해 주셔서 감사합니다.

접수하신 문의는 영업일 기준 3일 이내에 순차적으로 답변드릴 예정입니다.
본 메일은 발신 전용 주소로 발송되어 회신되지 않습니다.
""",
    outcome="ignored",
    imitates="BAND automatic inquiry receipt",
    why="automatic receipt with no statement",
    items={},
)

case(
    name="yt-english-out-of-office",
    **{"from": "m.okafor@google.com"},
    name_from="Martin Okafor",
    date="Fri, 06 Sep 2024 05:00:41 +0000",
    subject="Automatic reply: [KCSC-240906-03] Request for removal of content",
    reply_to_req=msgid("KCSC-240906-03"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until Monday 16 September with limited access to email.
For urgent legal removal matters please use the usual webform.

Thanks,
Martin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="automatic absence notice",
    items={},
)


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind395", HEADER, cases)


if __name__ == "__main__":
    main()
