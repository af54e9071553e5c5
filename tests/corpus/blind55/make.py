#!/usr/bin/env python3
"""Blind set 55 (issue 11): a general mix as the regulator meets it, mostly
Korean (NAVER, Kakao/Daum, Korean-language replies from YouTube, X, TikTok
and Meta Korean offices), plus doubtful and ignorable mail.

Expected results are written here from each email's meaning, before the
reader was run. Deterministic: re-running rewrites the same bytes.

    python3 tests/corpus/blind55/make.py
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---- items (exactly as in requests.csv) ----
N = {
    1: "https://blog.naver.com/moonlit_fox77/223561200101",
    2: "https://blog.naver.com/moonlit_fox77/223561200145",
    3: "https://blog.naver.com/daily_hana_22/223559876512",
    4: "https://blog.naver.com/daily_hana_22/223560011234",
    5: "https://blog.naver.com/greyriver_k/223562334401",
    6: "https://cafe.naver.com/fakestockclub/88121",
    7: "https://cafe.naver.com/fakestockclub/88177",
    8: "https://cafe.naver.com/fakestockclub/88203",
    9: "https://cafe.naver.com/quietlakehouse/5521",
    10: "https://cafe.naver.com/quietlakehouse/5530",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567",
    12: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567",
    13: "https://blog.naver.com/greyriver_k/223562334499",
    14: "https://cafe.naver.com/quietlakehouse/5544",
}
K = {
    1: "https://cafe.daum.net/fakefishing/Fz3k/1201",
    2: "https://cafe.daum.net/fakefishing/Fz3k/1207",
    3: "https://nightowl-memo.tistory.com/318",
    4: "https://brunch.co.kr/@greenpencil/57",
    5: "https://pf.kakao.com/_xkQxbsK/106123456",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3xT8vLp2A",
    2: "https://www.youtube.com/watch?v=Zr7kW1nB9cE",
    3: "https://www.youtube.com/shorts/Lp0vY6sHq4D",
    4: "https://www.youtube.com/@%EA%B0%80%EC%A7%9C%EC%B1%84%EB%84%90",
}
Y4_RAW = "https://www.youtube.com/@가짜채널"
X = {
    1: "https://x.com/fake_kr_acct1/status/1831234567890123456",
    2: "https://x.com/fake_kr_acct1/status/1831234567890198765",
    3: "https://x.com/pretend_seller9/status/1832000111222333444",
}
T = {
    1: "https://www.tiktok.com/@fake.dancer.kr/video/7412345678901234567",
    2: "https://www.tiktok.com/@fake.dancer.kr/video/7412345678901239999",
}
I1 = "https://www.instagram.com/p/C_fAkE123xY/"


def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def gt(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


REQ_NAVER = "\n".join(
    ["[방송통신심의위원회] 시정요구 (KCSC-240909-01)", "",
     "아래 정보에 대하여 삭제 등 시정요구를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
    + [f"{i}. {N[i]}" for i in range(1, 15)]
    + ["", "회신 기한: 2024. 9. 16.(월) 18:00"])

REQ_X = "\n".join(
    ["Dear X Legal team,", "",
     "Under our reference KCSC-240912-01 we request the removal of the following content:", ""]
    + [f"- {X[i]}" for i in range(1, 4)]
    + ["", "Please confirm the action taken.", "KCSC Takedown Desk"])

CASES = []


def enc(s):
    """RFC 2047-encode a non-ASCII display name or subject, as mail clients do."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    kw["from"] = kw.pop("frm")
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    kw["subject"] = enc(kw["subject"])
    CASES.append(kw)


# =====================================================================
# NAVER (KCSC-240909-01, 14 items: the largest request)
# =====================================================================
case(
    name="naver-temporary-measure-two-blogs",
    imitates="NAVER 게시중단요청서비스 result notice ('임시적으로 게시가 중단된 게시물', 30일 임시조치, 재게시 요청 안내)",
    date="Tue, 10 Sep 2024 15:12:40 +0900", frm="noreply-right@navercorp.com",
    name_from="NAVER 게시중단요청서비스", subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240909-01) 중 아래 2건에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

  - {N[1]}
  - {N[2]}

임시조치된 게시물은 '임시적으로 게시가 중단된 게시물입니다'라는 안내와 함께 노출되며,
게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

게시중단요청서비스 바로가기: https://right.naver.com/report/main
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "restricted", N[2]: "restricted"},
    why="임시조치 (Article 44-2 temporary measure) is restriction per issue 11; the other twelve items, announced for later, stay pending; help link is not an item",
)

case(
    name="naver-numbered-arrow-statuses",
    imitates="NAVER 고객센터 reply listing each reported post with its 처리 결과 (삭제/블라인드/게시 유지/게시물 없음)",
    date="Wed, 11 Sep 2024 10:40:02 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물에 대한 처리 결과를 아래와 같이 회신드립니다.

1) {N[3]} → 삭제 완료
2) {N[4]} → 블라인드 처리
3) {N[5]} → 운영정책 위반 사항 없음(게시 유지)
4) {N[13]} → 게시물 없음(작성자가 이미 삭제)

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    items={N[3]: "removed", N[4]: "removed", N[5]: "rejected", N[13]: "not_found"},
    why="per-line Korean statuses after an arrow: 삭제 완료 and 블라인드 = removed, 위반 사항 없음(게시 유지) = rejected, 게시물 없음(작성자 삭제) = not_found",
)

case(
    name="naver-html-table-correction-result",
    imitates="Korean portal 시정요구 조치결과 회신 with a 번호|URL|조치결과|조치일자 table (공문 style)",
    date="Thu, 12 Sep 2024 17:05:11 +0900", frm="kcsc-reply@navercorp.com",
    name_from="NAVER Corp.", subject="[네이버] 시정요구 조치결과 회신 - KCSC-240909-01",
    reply_to_req="req-240909-01", type="html",
    body=f"""<html><body>
<p>수신: 방송통신심의위원회 통신심의국<br>제목: 시정요구 조치결과 회신</p>
<p>귀 위원회의 시정요구(KCSC-240909-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{N[6]}</td><td>삭제</td><td>2024-09-12</td></tr>
<tr><td>2</td><td>{N[7]}</td><td>비공개 처리</td><td>2024-09-12</td></tr>
<tr><td>3</td><td>{N[8]}</td><td>해당 게시물 없음(기삭제)</td><td>-</td></tr>
</table>
<p>끝.</p>
<p>네이버 주식회사 정책지원팀</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={N[6]: "removed", N[7]: "removed", N[8]: "not_found"},
    why="HTML table with Korean headers: 삭제 and 비공개 처리 = removed, 해당 게시물 없음(기삭제) = not_found",
)

case(
    name="naver-status-below-bare-url",
    imitates="NAVER 카페 신고 처리 결과 mail: bare URL followed by its result on the next line",
    date="Thu, 12 Sep 2024 11:20:45 +0900", frm="cafe_help@naver.com",
    name_from="네이버 카페", subject="Re: 시정요구 KCSC-240909-01 (카페 게시물)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

{N[9]}
카페 운영원칙 위반(불법 의약품 판매)이 확인되어 게시물을 삭제했습니다.

{N[10]}
신고 내용을 검토하였으나 운영원칙에 위반되는 내용이 확인되지 않아 게시를 유지합니다.

카페 운영원칙: https://cafe.naver.com/cafeRule.nhn
감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[9]: "removed", N[10]: "rejected"},
    why="status on the line below each bare URL; 'violations not found, post kept' is a rejection; policy link is not an item",
)

case(
    name="naver-csv-attachment-results",
    imitates="NAVER bulk result file (처리결과 CSV) sent by the 정책지원팀 with a one-line cover note",
    date="Fri, 13 Sep 2024 09:02:33 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="시정요구(KCSC-240909-01) 처리결과 송부",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_csv_55"

--=_nv_csv_55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.
KCSC-240909-01 건 중 3건의 처리 결과를 첨부 파일로 송부드립니다.

--=_nv_csv_55
Content-Type: text/csv; charset=utf-8; name="result_240913.csv"
Content-Disposition: attachment; filename="result_240913.csv"
Content-Transfer-Encoding: base64

{b64(chr(0xfeff) + "번호,게시물주소,처리결과,처리일" + chr(13) + chr(10) + f"1,{N[11]},삭제,2024-09-12" + chr(13) + chr(10) + f'2,"{N[12]}",임시조치,2024-09-12' + chr(13) + chr(10) + f"3,{N[14]},삭제,2024-09-13" + chr(13) + chr(10))}
--=_nv_csv_55--
""",
    outcome="applied", classification="confirmation",
    items={N[11]: "removed", N[12]: "restricted", N[14]: "removed"},
    why="statuses only in a base64 CSV attachment (BOM, CRLF, Korean header 게시물주소,처리결과); query-string URLs (post/kin) must match whole",
)

case(
    name="naver-receipt-ack",
    imitates="NAVER 게시중단요청서비스 접수완료 안내 (접수번호, 심사 후 결과 안내)",
    date="Mon, 09 Sep 2024 10:03:10 +0900", frm="noreply-right@navercorp.com",
    name_from="NAVER 게시중단요청서비스", subject="[NAVER] 요청이 정상적으로 접수되었습니다 (접수번호 2024-0909-77312)",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버입니다.

방송통신심의위원회에서 보내주신 요청이 정상적으로 접수되었습니다.

  접수번호: 2024-0909-77312
  접수일시: 2024-09-09 10:03
  요청 건수: 14건

담당자가 내용을 확인한 후 처리 결과를 메일로 안내드리겠습니다.
처리 기간은 요청 유형에 따라 1~3 영업일 정도 소요될 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    items={},
    why="automatic receipt: ticket number and count, says nothing done to any item",
)

case(
    name="naver-internal-review-only",
    imitates="NAVER 정책지원팀 interim reply ('아래 게시물은 현재 내부 검토 중이며 결과가 나오는 대로 안내')",
    date="Wed, 11 Sep 2024 18:30:00 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""담당자님 안녕하세요.

요청하신 게시물 중 아래 2건은 법무 검토가 필요하여 현재 내부 검토 중입니다.

- {N[5]}
- {N[13]}

검토가 완료되는 대로 결과를 회신드리겠습니다. 양해 부탁드립니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    items={},
    why="trusted email naming two items that are only under review: nothing to apply, must not be ignored (issue 11: review not_understood)",
)

case(
    name="naver-one-done-one-scheduled",
    imitates="NAVER blog 운영팀 reply: one post deleted, another to be deleted after the author's notice period",
    date="Fri, 13 Sep 2024 14:55:20 +0900", frm="blog_help@naver.com",
    name_from="네이버 블로그", subject="RE: 시정요구 KCSC-240909-01 처리 안내",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 블로그팀입니다.

{N[1]} 게시물은 운영정책에 따라 삭제하였습니다.

{N[2]} 게시물은 게시자 소명 기간(7일)이 지난 후 삭제될 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[1]: "removed"},
    why="partly done: 삭제하였습니다 applies, 삭제될 예정 is a promise and stays pending",
)

case(
    name="naver-top-posted-over-original",
    imitates="Korean Outlook reply top-posted over '-----Original Message-----' quoting our request",
    date="Tue, 10 Sep 2024 16:44:09 +0900", frm="jiyoon.park@navercorp.com",
    name_from="박지윤", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 박지윤입니다.

요청하신 게시물 중 {N[8]} 은(는) 오늘 오전 삭제 조치하였습니다.
나머지는 확인 후 회신드리겠습니다.

박지윤 | 네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240909-01)

{REQ_NAVER}
""",
    outcome="applied", classification="confirmation",
    items={N[8]: "removed"},
    why="only the top-posted sentence counts; the quoted request lists all 14 URLs next to 삭제 wording",
)

case(
    name="naver-echoed-report",
    imitates="NAVER 신고 처리 결과 안내: statement about '신고하신 게시물' followed by an echoed [신고 내용] block",
    date="Sat, 14 Sep 2024 08:15:42 +0900", frm="noreply-report@navercorp.com",
    name_from="NAVER 신고센터", subject="[NAVER] 신고하신 게시물의 처리 결과를 알려드립니다",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 신고센터입니다.

신고하신 게시물을 검토한 결과, 네이버 운영정책을 위반한 것으로 확인되어 삭제 처리되었습니다.

[신고 내용]
- 신고 번호: R-20240909-55810
- 신고 게시물: {N[3]}
- 신고 사유: 불법 도박 홍보
- 신고 일시: 2024-09-09 10:00

네이버 운영정책 보기: https://policy.naver.com/rules/service.html
더 궁금한 점은 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    items={N[3]: "removed"},
    why="statement about 'the reported post' followed by the echoed report naming it; policy/help links are not items",
)

case(
    name="naver-url-below-statement",
    imitates="NAVER 카페 운영지원 mail: statement first, the post URL on the line below",
    date="Fri, 13 Sep 2024 19:01:00 +0900", frm="cafe_help@naver.com",
    name_from="네이버 카페", subject="Re: 시정요구 KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요. 네이버 카페 운영지원입니다.

아래 게시물은 불법 금융정보 게시로 블라인드 처리되었습니다.
{N[6]}

아래 게시물은 검토 결과 위법성이 확인되지 않아 별도 조치를 하지 않았습니다.
{N[7]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[6]: "removed", N[7]: "rejected"},
    why="URL on the line below its statement; 블라인드 = removed; 'no illegality found, no action' = rejected (negated action with reason)",
)

case(
    name="naver-private-and-author-deleted",
    imitates="NAVER 포스트/지식iN reply distinguishing 비공개 처리 and 작성자 삭제",
    date="Sat, 14 Sep 2024 13:27:19 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="RE: KCSC-240909-01 포스트 및 지식iN 게시물",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.

네이버 포스트 게시물({N[11]})은 개인정보 노출이 확인되어 비공개 처리하였습니다.

지식iN 게시물({N[12]})은 확인 결과 작성자에 의해 이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    items={N[11]: "removed", N[12]: "not_found"},
    why="URLs inside ASCII parentheses, one with a query string; 비공개 처리 = removed, 작성자에 의해 이미 삭제 = not_found (not a removal by the platform)",
)

case(
    name="naver-bulk-all-deleted",
    imitates="Korean portal one-line reply '요청하신 게시물 전체 삭제 조치 완료'",
    date="Mon, 16 Sep 2024 10:10:10 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body="""안녕하세요.

KCSC-240909-01로 요청하신 게시물 14건 전체에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="bulk",
    items={},
    why="a count-and-'all' claim without an item list: bulk confirmation goes to review (config bulk_confirmations = review)",
)

case(
    name="naver-dmarc-fail",
    imitates="NAVER 정책지원팀 per-line reply (as naver-numbered-arrow-statuses) but failing DMARC",
    date="Thu, 12 Sep 2024 21:40:00 +0900", frm="policy@navercorp.com", auth="fail",
    name_from="네이버 정책지원팀", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""요청하신 게시물 처리 결과입니다.

{N[9]} : 삭제 완료
{N[10]} : 삭제 완료
{N[14]} : 삭제 완료

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    items={},
    why="perfect confirmation, but the topmost Authentication-Results says dmarc=fail for navercorp.com",
)

case(
    name="naver-lookalike-sender",
    imitates="spoofed 'NAVER 권리보호센터' mail from a look-alike domain",
    date="Sun, 15 Sep 2024 02:12:00 +0900", frm="right@navercorp-help.com",
    name_from="NAVER 권리보호센터", subject="[NAVER] 시정요구 처리 완료 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""요청하신 아래 게시물은 모두 삭제 처리되었습니다.

- {N[1]}
- {N[2]}
- {N[5]}

추가 확인이 필요하시면 첨부 링크로 로그인해 주세요: https://navercorp-help.com/login
""",
    outcome="review", review="unknown_sender",
    items={},
    why="authenticated look-alike domain navercorp-help.com is no platform's sender: claims about our items must be seen, not applied",
)

# =====================================================================
# Kakao / Daum (KCSC-240910-01, 5 items)
# =====================================================================
case(
    name="daum-right-center-temporary-measure",
    imitates="Daum 권리침해신고센터 임시조치 안내 (정보통신망법 제44조의2 제4항, 30일간 접근 차단)",
    date="Wed, 11 Sep 2024 11:00:00 +0900", frm="right@kakaocorp.com",
    name_from="카카오 권리침해신고센터", subject="[Daum] 게시물 임시조치 결과 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2 제4항에 따라 임시조치(30일간 접근 차단)를 하였습니다.

  ■ 대상 게시물
   1. {K[1]}
   2. {K[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다.

※ 본 메일은 발신 전용이며, 문의는 고객센터(https://cs.daum.net)를 이용해 주세요.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "restricted", K[2]: "restricted"},
    why="임시조치 (30-day access block) = restricted; ■-headed list; the 'will be deleted' clause is conditional future, not a removal",
)

case(
    name="kakao-tistory-blind-brunch-missing",
    imitates="Daum 클린센터 mail ('신고가 접수되어 살펴본 결과 … 블라인드') and a Brunch '존재하지 않는 글' answer",
    date="Thu, 12 Sep 2024 15:31:07 +0900", frm="cleancenter@daum.net",
    name_from="Daum 클린센터", subject="Re: [KCSC-240910-01] 게시물 조치 결과",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. Daum 클린센터입니다.

신고가 접수되어 살펴본 결과, 티스토리 게시물 {K[3]} 는 운영정책 위반으로 블라인드 처리하였습니다.

브런치 글 {K[4]} 는 현재 존재하지 않는 글로 확인되어 별도 조치를 진행하지 않았습니다.

Daum 운영정책: https://policy.daum.net/
감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={K[3]: "removed", K[4]: "not_found"},
    why="블라인드 처리 = removed; '존재하지 않는 글 … 별도 조치를 진행하지 않았습니다' = not_found (no action because it does not exist, not a rejection)",
)

case(
    name="kakao-channel-post-base64-bilingual",
    imitates="Kakao Trust & Safety bilingual (Korean/English) reply on a 카카오톡 채널 post, base64 body",
    date="Fri, 13 Sep 2024 10:12:00 +0900", frm="trust-safety@kakaocorp.com",
    name_from="Kakao Trust & Safety", subject="[카카오] 채널 게시물 조치 결과 / Action taken (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, 카카오 Trust & Safety팀입니다.

요청하신 카카오톡 채널 게시물 {K[5]} 은 금융사기 관련 운영정책 위반으로 삭제되었습니다.

Hello, this is Kakao Trust & Safety.
The Kakao Channel post {K[5]} was deleted for violating our operating policy on financial fraud.

카카오 운영정책 / Kakao Operation Policy: https://www.kakao.com/policy/oppolicy
"""),
    outcome="applied", classification="confirmation",
    items={K[5]: "removed"},
    why="base64 text/plain, the same statement in Korean and English (must not double or conflict); 삭제되었습니다 = removed",
)

case(
    name="daum-asks-resolution-document",
    imitates="Daum 권리침해신고센터 request for supporting documents (심의 의결서 / 필요서류 안내)",
    date="Wed, 11 Sep 2024 09:45:30 +0900", frm="right@kakaocorp.com",
    name_from="카카오 권리침해신고센터", subject="[Daum] 추가 자료 요청 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 아래 게시물에 대한 조치를 위해 귀 위원회의 심의 의결서 사본을 추가로 제출하여 주시기 바랍니다.

  - {K[3]}
  - {K[4]}

자료가 확인되는 대로 검토를 진행하겠습니다.
제출처: right@kakaocorp.com
""",
    outcome="review", classification="request_for_info", review="asks_more",
    items={},
    why="platform asks for the committee's resolution before acting: nothing done, must go to review as asks_more",
)

case(
    name="kakao-out-of-office-korean",
    imitates="Korean Outlook/Daum mail 부재중 자동회신 ('[자동회신] 휴가 중입니다')",
    date="Tue, 10 Sep 2024 14:01:12 +0900", frm="minho.kang@kakaocorp.com",
    name_from="강민호", subject="[자동회신] Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 강민호입니다.

9월 10일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
긴급한 권리침해 관련 요청은 right@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    items={},
    why="out-of-office auto-reply (Auto-Submitted, [자동회신] subject), says nothing about items",
)

case(
    name="kakao-hedged-author-deleted",
    imitates="Kakao 고객센터 agent reply guessing that the post was removed by its author",
    date="Sat, 14 Sep 2024 16:20:00 +0900", frm="help@kakaocorp.com",
    name_from="카카오 고객센터", subject="Re: [KCSC-240910-01] 티스토리 게시물 문의",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 {K[3]} 게시물은 현재 접속이 되지 않는 것으로 보아
작성자가 직접 삭제했거나 비공개로 전환한 것으로 보입니다.
정확한 상태는 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    items={},
    why="a guess ('…것으로 보입니다', deleted or made private) with a promise to confirm: a clerk would not record not_found or removed",
)

case(
    name="kakao-receipt-and-result-same-mail",
    imitates="Kakao 권리침해신고센터 mail that opens with '접수되었습니다' and then states the results",
    date="Mon, 16 Sep 2024 11:11:11 +0900", frm="right@kakaocorp.com",
    name_from="카카오 권리침해신고센터", subject="[Daum] 접수 및 처리 결과 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 요청이 2024-09-10 14:05에 접수되었습니다. (접수번호 D-240910-0932)

검토 결과 아래 게시물은 불법 도박 홍보로 확인되어 삭제하였습니다.
 - {K[1]}
 - {K[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[2]: "removed"},
    why="an acknowledgement phrase together with unhedged statements about items is not an acknowledgement",
)

case(
    name="daum-cafe-closed",
    imitates="Daum 카페 블라인드/폐쇄 안내 (카페 전체에 대한 이용 제한)",
    date="Tue, 17 Sep 2024 09:30:00 +0900", frm="cafe_admin@daum.net",
    name_from="Daum 카페", subject="[Daum 카페] 카페 이용 제한 조치 안내 (KCSC-240910-01)",
    reply_to_req="req-240910-01",
    body="""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물이 포함된 카페 https://cafe.daum.net/fakefishing 는 불법 도박 홍보 목적으로
운영된 것이 확인되어 카페 전체를 폐쇄하였습니다. 카페 내 모든 게시물은 더 이상 열람할 수 없습니다.

Daum 카페 운영원칙: https://cafe.daum.net/_c21_/cafe_rule
""",
    outcome="applied", classification="confirmation",
    items={K[1]: "removed", K[2]: "removed"},
    why="closing the whole cafe (all posts no longer viewable) removes both requested posts in it; the cafe URL itself is not an item",
)

# =====================================================================
# YouTube Korea (KCSC-240911-01, 4 items)
# =====================================================================
case(
    name="yt-korean-country-block",
    imitates="YouTube 법적 삭제 요청 결과 (한국어): '대한민국 YouTube 국가 사이트에서 차단'",
    date="Thu, 12 Sep 2024 13:05:00 +0900", frm="legal-kr@google.com",
    name_from="YouTube 법률 지원팀", subject="Re: [KCSC-240911-01] YouTube 콘텐츠 관련 요청",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요.

YouTube 법률 지원팀입니다. 요청하신 콘텐츠를 검토한 결과, 아래 동영상은 현지 법률에 따라
대한민국에서 시청할 수 없도록 차단했습니다.

{Y[1]}
{Y[2]}

해당 동영상은 다른 국가에서는 계속 시청이 가능합니다.
YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "restricted", Y[2]: "restricted"},
    why="blocked in Korea only (still available elsewhere) = restricted, not removed",
)

case(
    name="yt-channel-terminated-raw-handle",
    imitates="YouTube Trust & Safety (Korean) notice of channel termination, channel given as raw Korean @handle",
    date="Fri, 13 Sep 2024 18:22:00 +0900", frm="no-reply@youtube.com",
    name_from="YouTube", subject="[KCSC-240911-01] 채널 조치 결과 안내",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요.

신고하신 채널 {Y4_RAW} 은 증오성 발언 정책을 반복적으로 위반하여 YouTube에서 해지되었습니다.

이 결정에 대한 자세한 내용은 고객센터를 참고해 주세요:
https://support.google.com/youtube/answer/2802168

- YouTube팀
""",
    outcome="applied", classification="confirmation",
    items={Y[4]: "removed"},
    why="raw Korean @handle IRI must match the percent-encoded item; channel terminated = removed; help link is not an item",
)

case(
    name="yt-age-restricted-and-no-violation",
    imitates="YouTube reply (English, Korean office) with age restriction for one Short and 'no violation' for a video",
    date="Fri, 13 Sep 2024 11:45:00 +0900", frm="legal-kr@google.com",
    name_from="YouTube Legal Support", subject="Re: [KCSC-240911-01] YouTube content request",
    reply_to_req="req-240911-01",
    body=f"""Hello,

Thanks for reaching out to YouTube.

After review, we applied an age restriction to the following content, so it can no longer be viewed
by signed-out users or users under 18:
{Y[3]}

We reviewed the following video and found that it does not violate our Community Guidelines.
We have not taken action on it at this time:
{Y[2]}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    items={Y[3]: "restricted", Y[2]: "rejected"},
    why="age restriction = restricted; 'does not violate … not taken action' = rejected; each status is on the lines below its URL",
)

case(
    name="yt-multipart-qp-korean",
    imitates="Google legal 답장 (multipart/alternative, quoted-printable Korean) with per-video results",
    date="Sat, 14 Sep 2024 09:09:09 +0900", frm="legal-kr@google.com",
    name_from="Google 법률팀", subject="Re: [KCSC-240911-01] 처리 결과",
    reply_to_req="req-240911-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="00000000000055alt"

--00000000000055alt
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요.

요청하신 동영상의 처리 결과를 안내드립니다.

- {Y[1]} : 커뮤니티 가이드 위반으로 YouTube에서 삭제됨
- {Y[3]} : 검토 결과 정책 위반이 확인되지 않아 삭제하지 않음

감사합니다.
''')}
--00000000000055alt
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(f'''<div dir="ltr">안녕하세요.<br><br>요청하신 동영상의 처리 결과를 안내드립니다.<br><ul>
<li><a href="{Y[1]}">{Y[1]}</a> : 커뮤니티 가이드 위반으로 YouTube에서 삭제됨</li>
<li><a href="{Y[3]}">{Y[3]}</a> : 검토 결과 정책 위반이 확인되지 않아 삭제하지 않음</li>
</ul>감사합니다.</div>''')}
--00000000000055alt--
""",
    outcome="applied", classification="confirmation",
    items={Y[1]: "removed", Y[3]: "rejected"},
    why="multipart/alternative QP; 삭제됨 = removed; '정책 위반이 확인되지 않아 삭제하지 않음' = rejected (negated removal with reason)",
)

case(
    name="yt-claims-x-items",
    imitates="YouTube legal reply that mistakenly reports on X posts from another of our requests",
    date="Mon, 16 Sep 2024 15:00:00 +0900", frm="legal-kr@google.com",
    name_from="YouTube Legal Support", subject="Re: KCSC-240912-01",
    body=f"""Hello,

The following content has been removed:
{X[1]}
{X[2]}

Regards,
YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    items={},
    why="trusted Google mail claims x.com posts; only X can confirm X items, so they stay pending and the email goes to review",
)

case(
    name="yt-legal-form-receipt",
    imitates="Google legal removal webform automatic receipt ('We have received your legal request … reference number')",
    date="Wed, 11 Sep 2024 09:31:44 +0900", frm="removals-noreply@google.com",
    name_from="Google", subject="[1-2074000012345] Your legal request has been received",
    reply_to_req="req-240911-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for your submission. We have received your legal request, and the reference number is
1-2074000012345. Please keep this number for your records.

We will review your request and get back to you. Please do not reply to this email.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="ignored",
    items={},
    why="pure ticket receipt, no item named, nothing stated",
)

case(
    name="yt-uploader-from-gmail",
    imitates="uploader writing from a personal gmail address that he deleted his own video",
    date="Sun, 15 Sep 2024 22:10:00 +0900", frm="fakeuploader.kr@gmail.com",
    name_from="김가짜", subject="Re: 영상 삭제 관련",
    body=f"""안녕하세요. 채널 운영자입니다.
말씀하신 {Y[2]} 영상은 제가 직접 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    items={},
    why="gmail.com is no platform's sender (google.com is): an unknown sender naming our item goes to review",
)

# =====================================================================
# X (KCSC-240912-01, 3 items)
# =====================================================================
case(
    name="x-withheld-top-posted-over-request",
    imitates="X legal reply 'withheld in South Korea' top-posted over our quoted request ('On … wrote:')",
    date="Fri, 13 Sep 2024 07:40:00 +0900", frm="legal@x.com",
    name_from="X Legal", subject="Re: KCSC-240912-01",
    reply_to_req="req-240912-01",
    body=f"""Hello,

Thank you for your request. The following posts have been withheld in South Korea
in accordance with local law:

{X[1]}
{X[2]}

The post {X[3]} was reviewed and we found no violation of the X Rules; it remains available.

For more information, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal

On Thu, Sep 12, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(REQ_X)}
""",
    outcome="applied", classification="confirmation",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "rejected"},
    why="withheld in South Korea = restricted; 'no violation … remains available' = rejected; the quoted request's 'removal' wording does not count",
)

case(
    name="x-korean-office-not-found",
    imitates="X Korea (한국어) reply: post does not exist / deleted by the account owner",
    date="Sat, 14 Sep 2024 10:00:00 +0900", frm="legal-kr@x.com",
    name_from="X 법무팀", subject="RE: KCSC-240912-01 게시물 관련 회신",
    reply_to_req="req-240912-01",
    body=f"""안녕하세요, X 법무팀입니다.

요청하신 게시물 중 {X[3]} 은 계정 소유자가 이미 삭제하여 현재 존재하지 않습니다.
따라서 당사에서 별도로 취할 조치가 없음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={X[3]: "not_found"},
    why="deleted by the account owner, no longer exists = not_found ('no action to take' is because it does not exist, not a rejection)",
)

case(
    name="x-spoof-lookalike",
    imitates="spoofed X legal notice from a look-alike domain",
    date="Sat, 14 Sep 2024 23:59:00 +0900", frm="legal@x-legalteam.com",
    name_from="X Legal", subject="Re: KCSC-240912-01 action completed",
    reply_to_req="req-240912-01",
    body=f"""Hello,

All of the posts below have been removed from X:
{X[1]}
{X[2]}
{X[3]}

X Legal
""",
    outcome="review", review="unknown_sender",
    items={},
    why="authenticated look-alike domain x-legalteam.com is not X: must be seen in review, nothing applied",
)

# =====================================================================
# TikTok (KCSC-240913-01, 2 items)
# =====================================================================
case(
    name="tiktok-korean-removed-and-kept",
    imitates="TikTok 한국 법무팀 reply: one video removed, one reviewed with no guideline violation",
    date="Mon, 16 Sep 2024 17:20:00 +0900", frm="legal-kr@tiktok.com",
    name_from="TikTok Korea Legal", subject="Re: [KCSC-240913-01] 틱톡 게시물 조치 요청",
    reply_to_req="req-240913-01",
    body=f"""안녕하세요, 틱톡 법무팀입니다.

요청해 주신 동영상에 대한 검토 결과를 알려드립니다.

• {T[1]}
  커뮤니티 가이드라인 위반이 확인되어 플랫폼에서 삭제되었습니다.

• {T[2]}
  커뮤니티 가이드라인 위반이 확인되지 않아 별도의 조치를 취하지 않았습니다.

커뮤니티 가이드라인: https://www.tiktok.com/community-guidelines/ko-kr/
감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={T[1]: "removed", T[2]: "rejected"},
    why="bulleted URLs with the status on the indented line below; 'no violation found, no action taken' = rejected",
)

case(
    name="tiktok-bounce-dsn",
    imitates="Postfix delivery status notification (bounce) of our request to a wrong TikTok address",
    date="Fri, 13 Sep 2024 16:00:05 +0900", frm="MAILER-DAEMON@mx.tiktok.com",
    name_from="Mail Delivery System", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn55bnd"

--dsn55bnd
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mx.tiktok.com said: 550 5.1.1 User unknown

--dsn55bnd
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.tiktok.com
Arrival-Date: Fri, 13 Sep 2024 16:00:02 +0900

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn55bnd
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240913-01] 틱톡 게시물 조치 요청
Message-ID: <req-240913-01@kcsc.example>
Date: Fri, 13 Sep 2024 16:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{T[1]}
{T[2]}

--dsn55bnd--
""",
    outcome="ignored", classification="bounce",
    items={},
    why="bounce of our own request (embedded as message/rfc822): ignored, not forwarded, nothing applied",
)

case(
    name="tiktok-will-restrict",
    imitates="TikTok Trust & Safety reply promising a restriction in Korea",
    date="Tue, 17 Sep 2024 12:00:00 +0900", frm="legal-kr@tiktok.com",
    name_from="TikTok Korea Legal", subject="Re: [KCSC-240913-01] 틱톡 게시물 조치 요청",
    reply_to_req="req-240913-01",
    body=f"""Hello,

Thank you for your report. We will restrict access to the following videos in the Republic of Korea
within the next 48 hours, once our local-law review is complete:

{T[1]}
{T[2]}

We will confirm once this has been done.
TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    items={},
    why="future tense only ('will restrict … once review is complete'): nothing done yet, items named, so review, not ignored",
)

# =====================================================================
# Meta / Instagram (KCSC-240916-01, 1 item)
# =====================================================================
case(
    name="ig-restricted-in-korea-korean",
    imitates="Meta 'content restricted based on local law' notice (Korean translation) with a Transparency Center link",
    date="Wed, 18 Sep 2024 10:30:00 +0900", frm="kr-legal@fb.com",
    name_from="Meta 법무팀", subject="Re: [KCSC-240916-01] Instagram 게시물",
    reply_to_req="req-240916-01",
    body=f"""안녕하세요.

귀하의 신고를 검토한 결과, 아래 Instagram 게시물이 대한민국 현지 법률에 위반된다고 판단하여
대한민국 내에서 해당 콘텐츠에 대한 접근을 제한했습니다.

{I1}

이 게시물은 Instagram 커뮤니티 가이드라인에는 위배되지 않으므로 다른 국가에서는 계속 볼 수 있습니다.
자세한 내용: https://transparency.meta.com/reports/content-restrictions/

Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    items={I1: "restricted"},
    why="access restricted in Korea, still visible elsewhere = restricted; 'does not breach the guidelines' here explains the geo-restriction, it is not a rejection",
)

case(
    name="ig-read-receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    date="Mon, 16 Sep 2024 10:20:00 +0900", frm="sora.lee@meta.com",
    name_from="이소라", subject="읽음: [KCSC-240916-01] Instagram 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn55"

--mdn55
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지
  받는 사람: sora.lee@meta.com
  제목: [KCSC-240916-01] Instagram 게시물 삭제 요청 ({I1})
  보낸 날짜: 2024-09-16 오전 10:00

이(가) 2024-09-16 오전 10:19에 읽혔습니다.

--mdn55
Content-Type: message/disposition-notification

Reporting-UA: outlook.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;sora.lee@meta.com
Original-Message-ID: <req-240916-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn55--
""",
    outcome="ignored", classification="read_receipt",
    items={},
    why="read receipt (MDN): ignored even though the subject line quoted in it contains the item URL",
)

case(
    name="ig-report-received",
    imitates="Meta/Instagram 'We received your report' automatic confirmation with report ID",
    date="Mon, 16 Sep 2024 10:02:00 +0900", frm="notification@facebookmail.com",
    name_from="Instagram", subject="We received your report",
    reply_to_req="req-240916-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi,

We received your report. Your report ID is 881234567012345.

We'll review it and let you know what we find. You can check the status of your report in the
Support Inbox: https://www.instagram.com/support/inbox/

Thanks,
The Instagram Team
""",
    outcome="ignored",
    items={},
    why="pure acknowledgement with a report ID; the support-inbox link is not an item",
)

# =====================================================================
# More Korean mail
# =====================================================================
case(
    name="naver-outlook-html-korean-lines",
    imitates="Korean Outlook HTML reply with '보낸 사람/보낸 날짜/받는 사람/제목' quote header (divRplyFwdMsg)",
    date="Tue, 17 Sep 2024 14:14:00 +0900", frm="seojun.choi@navercorp.com",
    name_from="최서준", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01", type="html",
    body=f"""<html><body>
<div>안녕하세요, 네이버 최서준입니다.</div>
<div><br></div>
<div>{N[4]} - 삭제 완료</div>
<div>{N[5]} - 게시 중단 조치 완료</div>
<div><br></div>
<div>감사합니다.</div>
<hr>
<div id="divRplyFwdMsg"><b>보낸 사람:</b> KCSC Takedown &lt;takedown@kcsc.example&gt;<br>
<b>보낸 날짜:</b> 2024년 9월 9일 월요일 오전 10:00<br>
<b>받는 사람:</b> policy@navercorp.com<br>
<b>제목:</b> [방송통신심의위원회] 시정요구 (KCSC-240909-01)</div>
<div>{REQ_NAVER.replace(chr(10), '<br>' + chr(10))}</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    items={N[4]: "removed", N[5]: "removed"},
    why="HTML per-line statuses; 게시 중단 조치 완료 = removed (issue 11 lists 게시중단 among removal forms); the Outlook-quoted request lists all 14",
)

case(
    name="naver-kin-english-office",
    imitates="NAVER Global Support English reply on a 지식iN answer ('has been taken down'), with ticket footer",
    date="Wed, 18 Sep 2024 09:00:00 +0900", frm="support@navercorp.com",
    name_from="NAVER Global Support", subject="[Ticket#NV-5512093] RE: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC,

We have taken down the following KnowledgeiN answer as it promoted the sale of illegal drugs:
<{N[12]}>

Ticket: NV-5512093
This email was sent by NAVER Corporation, 6 Buljeong-ro, Bundang-gu, Seongnam-si, Gyeonggi-do.
""",
    outcome="applied", classification="confirmation",
    items={N[12]: "removed"},
    why="URL on the line below its statement, in angle brackets, with '&' query parameters",
)

case(
    name="naver-status-unclear-code",
    imitates="Korean portal reply using an internal process code instead of a result (처리 단계 코드)",
    date="Wed, 18 Sep 2024 16:40:00 +0900", frm="policy@navercorp.com",
    name_from="네이버 정책지원팀", subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요.

{N[9]} - 처리단계 P3 이관
{N[14]} - 처리단계 P3 이관

문의 사항은 회신 주시기 바랍니다.
네이버 정책지원팀
""",
    outcome="review", review="not_understood",
    items={},
    why="items named next to an internal code ('처리단계 P3 이관', transferred to stage P3) that states no result: not understood, not ignored",
)

case(
    name="kakao-brunch-english-not-found",
    imitates="Kakao Brunch support English reply ('we could not find the post at the URL you provided')",
    date="Thu, 12 Sep 2024 20:00:00 +0900", frm="brunch@kakaocorp.com",
    name_from="brunch", subject="Re: [KCSC-240910-01] brunch post",
    reply_to_req="req-240910-01",
    body=f"""Hello,

We could not find the post at the URL you provided ({K[4]}). It may have been deleted by its writer or
the address may be wrong. Please check the link and let us know if you see it again.

Best regards,
brunch team, Kakao Corp.
""",
    outcome="applied", classification="confirmation",
    items={K[4]: "not_found"},
    why="'could not find the post' = not_found; the following 'it may have been deleted' explains why and does not hedge the finding",
)

case(
    name="youtube-korean-partial-review",
    imitates="YouTube 한국 법률팀 reply: one video removed, others still under review",
    date="Thu, 19 Sep 2024 11:00:00 +0900", frm="legal-kr@google.com",
    name_from="YouTube 법률 지원팀", subject="Re: [KCSC-240911-01] 추가 처리 결과",
    reply_to_req="req-240911-01",
    body=f"""안녕하세요.

{Y[2]} 동영상은 YouTube 정책에 따라 삭제 조치되었습니다.
{Y[3]} 동영상은 아직 검토 중이며, 결과가 나오면 별도로 알려드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={Y[2]: "removed"},
    why="one removal plus one 'still under review' in the same email: the reviewed item stays pending",
)

case(
    name="naver-fullwidth-punct-and-particle",
    imitates="NAVER staff prose reply with URLs followed by Korean particles and full-width punctuation",
    date="Thu, 19 Sep 2024 15:15:00 +0900", frm="hyejin.oh@navercorp.com",
    name_from="오혜진", subject="RE: KCSC-240909-01 블로그 게시물",
    reply_to_req="req-240909-01",
    body=f"""안녕하세요, 네이버 오혜진입니다.

{N[13]}에 대해서는 개인정보 노출이 확인되어 게시물을 삭제했습니다。
또한 （{N[5]}）게시물은 신고 내용과 달리 개인정보가 포함되어 있지 않아 조치하지 않았습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    items={N[13]: "removed", N[5]: "rejected"},
    why="URL followed by the particle 에 and another inside full-width parentheses （…）; 'no personal data contained, so not actioned' = rejected",
)

HEADER = """# Blind set 55 (issue 11): general mix, mostly Korean (NAVER, Kakao/Daum,
# Korean offices of YouTube, X, TikTok, Meta), plus doubtful and ignorable mail.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. See NOTES.md."""

if __name__ == "__main__":
    write_set(HERE, "blind55", HEADER, CASES)
    print(len(CASES), "cases")
