#!/usr/bin/env python3
"""Blind set 291: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Ppomppu, Inven, with Clien and Nate as bystanders), mixing
Korean and English, plus the doubtful and ignorable mail a regulator's
mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind291/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "sooplive.com": "SOOP",
    "fmkorea.com": "FM Korea",
    "ppomppu.co.kr": "Ppomppu",
    "inven.co.kr": "Inven",
    "clien.net": "Clien",
    "nate.com": "Nate",
})

# ---------------------------------------------------------------- requests
CAFE_KO = "코인정보방"
DAUM_KO = "주식리딩방"

N = {  # KCSC-240902-01, NAVER, 14 items (the largest request)
    1: "https://blog.naver.com/haneul_dalbit77/223561100201",
    2: "https://blog.naver.com/haneul_dalbit77/223561100388",
    3: "https://blog.naver.com/goldfinch_story/223559871420",
    4: "https://cafe.naver.com/bluecoinlab/88412",
    5: "https://cafe.naver.com/bluecoinlab/88419",
    6: "https://cafe.naver.com/bluecoinlab/88507",
    7: "https://cafe.naver.com/stockriver2024/1204",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471120934",
    9: "https://m.blog.naver.com/paper_moon_kr/223562200117",
    10: "https://cafe.naver.com/" + quote(CAFE_KO) + "/7731",
    11: "https://blog.naver.com/rich_dream_v/223560009912",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=51209934",
    13: "https://cafe.naver.com/stockriver2024/1231",
    14: "https://blog.naver.com/goldfinch_story/223559871555",
}
N10_RAW = "https://cafe.naver.com/" + CAFE_KO + "/7731"

D = {  # KCSC-240903-02, Daum (Kakao), 4 items
    1: "https://cafe.daum.net/" + quote(DAUM_KO) + "/Xk2p/311",
    2: "https://cafe.daum.net/" + quote(DAUM_KO) + "/Xk2p/318",
    3: "https://cafe.daum.net/moneytree88/IaSd/2057",
    4: "https://cafe.daum.net/moneytree88/IaSd/2061",
}
D1_RAW = "https://cafe.daum.net/" + DAUM_KO + "/Xk2p/311"
D2_RAW = "https://cafe.daum.net/" + DAUM_KO + "/Xk2p/318"

C = {  # KCSC-240904-03, DC Inside, 5 items
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=40211",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinleading&no=40219",
    4: "https://gall.dcinside.com/mini/board/view/?id=richroom&no=5120",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812577",
}

S = {  # KCSC-240905-04, SOOP, 3 items
    1: "https://vod.sooplive.co.kr/player/131447021",
    2: "https://ch.sooplive.co.kr/goldtrader99/post/118822310",
    3: "https://vod.sooplive.co.kr/player/131447388",
}

F = {  # KCSC-240906-05, FM Korea, 2 items
    1: "https://www.fmkorea.com/7312094455",
    2: "https://www.fmkorea.com/7312101873",
}

P = {  # KCSC-240909-06, Ppomppu, 1 item
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120443",
}

I = {  # KCSC-240910-07, Inven, 2 items
    1: "https://www.inven.co.kr/board/lostark/5355/1120334",
    2: "https://www.inven.co.kr/board/maple/2299/884120",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", N, "불법금융(유사수신·리딩방)", "req-240902-01@kcsc.example",
     "불법 리딩방·유사수신 홍보 게시물"),
    ("KCSC-240903-02", "daum", "2024-09-03", "2024-09-10", D, "불법금융(유사수신·리딩방)", "req-240903-02@kcsc.example",
     "Daum 카페 리딩방 모집글"),
    ("KCSC-240904-03", "dcinside", "2024-09-04", "2024-09-11", C, "불법금융(유사수신·리딩방)", "req-240904-03@kcsc.example",
     "갤러리 코인 리딩방 홍보"),
    ("KCSC-240905-04", "soop", "2024-09-05", "2024-09-12", S, "불법금융(유사수신·리딩방)", "req-240905-04@kcsc.example",
     "VOD 및 방송국 게시글"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06", "2024-09-13", F, "도박", "req-240906-05@kcsc.example",
     "불법 스포츠토토 홍보"),
    ("KCSC-240909-06", "ppomppu", "2024-09-09", "2024-09-16", P, "도박", "req-240909-06@kcsc.example",
     "자유게시판 토토 사이트 홍보"),
    ("KCSC-240910-07", "inven", "2024-09-10", "2024-09-17", I, "불법금융(유사수신·리딩방)", "req-240910-07@kcsc.example",
     "게임 게시판 리딩방 광고"),
]


def encode_headers(c):
    """Korean display names and subjects go out RFC 2047-encoded, as real mail does."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def numbered(urls, prefix=""):
    return "\n".join(f"{prefix}{i}. {urls[k]}" for i, k in enumerate(sorted(urls), 1))


NAVER_REQUEST_BODY = (
    "NAVER 담당자님께,\n\n"
    "정보통신망법 및 방송통신위원회의 설치 및 운영에 관한 법률에 따라 아래 게시물에 대한\n"
    "시정요구(삭제 또는 접속차단)를 요청드립니다. (요청번호 KCSC-240902-01)\n\n"
    + numbered(N) + "\n\n"
    "2024년 9월 9일까지 조치 결과를 회신하여 주시기 바랍니다.\n"
    "방송통신심의위원회 통신심의국"
)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== NAVER: applied =====
case(
    name="naver-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject="[회신] 시정요구(KCSC-240902-01) 조치결과 통보",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>30일, 권리침해 신고 건과 병합</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>블라인드</td><td>-</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>조치불가</td><td>게시물 없음 (작성자 삭제)</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>미조치</td><td>운영정책 위반 사항 확인되지 않음</td></tr>
<tr><td>7</td><td>{N[7]}</td><td>삭제</td><td>-</td></tr>
<tr><td>8</td><td>{N[8].replace('&', '&amp;')}</td><td>비공개 처리</td><td>지식iN 질문 비공개 전환</td></tr>
</table>
<p>나머지 6건은 현재 검토 중이며, 결과가 확정되는 대로 별도로 회신드리겠습니다.</p>
<p>NAVER 정책지원팀 드림<br>문의: <a href="https://help.naver.com/support/contents/contents.help?serviceNo=30001">네이버 고객센터</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/조치결과/비고)",
    why="trusted NAVER HTML table, one status per row; the other six are said to be under review and are not named",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected", N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-arrow-list-korean-path",
    **{"from": "safety@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 11:05:40 +0900",
    subject="RE: [KCSC-240902-01] 불법금융 게시물 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 권리보호센터 담당자입니다.

KCSC-240902-01 건 중 2차 처리분의 결과를 안내드립니다.

1) {N[9]} → 게시중단 완료
2) {N10_RAW} → 카페 운영원칙 위반으로 운영자 삭제
3) {N[11]} → 해당 게시물은 존재하지 않습니다 (URL 오류 또는 이미 삭제된 글)
4) {N[12]} → 국내 접속 차단
5) {N[13]} → 검토 결과 위반 사항이 없어 게시 유지
6) {N[14]} → 임시조치 (30일)

처리 결과에 이의가 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 notice, numbered list with arrows",
    why="six numbered URL → result lines; the cafe URL is written with its raw Korean path",
    items={N[9]: "removed", N[10]: "removed", N[11]: "not_found", N[12]: "restricted",
           N[13]: "rejected", N[14]: "restricted"},
)

_csv_rows = [
    ("1", N[1], "삭제", "2024-09-04"),
    ("2", N[2], "게시중단", "2024-09-04"),
    ("3", N[3], "임시조치(30일)", "2024-09-04"),
    ("4", N[4], "블라인드", "2024-09-05"),
    ("5", N[5], "게시물 없음(작성자 삭제)", "-"),
    ("6", N[6], "위반사항 없음(게시 유지)", "-"),
    ("7", N[7], "삭제", "2024-09-05"),
    ("8", N[8], "비공개 처리", "2024-09-05"),
    ("9", N[9], "게시중단", "2024-09-06"),
    ("10", N[10], "운영자 삭제", "2024-09-06"),
    ("11", N[11], "게시물 없음", "-"),
    ("12", N[12], "접속차단(국내)", "2024-09-06"),
    ("13", N[13], "위반사항 없음(게시 유지)", "-"),
    ("14", N[14], "임시조치(30일)", "2024-09-06"),
]
_csv_text = "\ufeff번호,URL,조치결과,조치일자\r\n" + "".join(
    f'{a},"{b}",{c},{d}\r\n' for a, b, c, d in _csv_rows)
case(
    name="naver-final-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 17:22:03 +0900",
    subject="[최종회신] KCSC-240902-01 시정요구 조치결과",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_291_mixed"

--=_nv_291_mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 정책지원팀입니다.

KCSC-240902-01 시정요구 14건에 대한 최종 조치 결과를 첨부 CSV 파일로
송부드립니다. 항목별 결과는 첨부 파일의 '조치결과' 열을 참고하여 주십시오.

감사합니다.

--=_nv_291_mixed
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_text)}
--=_nv_291_mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="portal compliance team sending the result sheet as a CSV attachment (Excel export with BOM)",
    why="every item of the largest request has one result row in the attached CSV",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found",
           N[6]: "rejected", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "removed",
           N[11]: "not_found", N[12]: "restricted", N[13]: "rejected", N[14]: "restricted"},
)

case(
    name="naver-english-top-posted",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 09:12:55 +0900",
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Thank you for your request. We have finished our review of two of the posts:

- {N[1]} was removed for breaching our policy on fraudulent financial promotion.
- {N[7]} has been taken down.

The other posts on your list are still being reviewed, and we will write again
once we have reached a decision.

Best regards,
Minji Seo
NAVER Trust & Safety

On Mon, Sep 2, 2024 at 6:03 PM KCSC Takedown <takedown@kcsc.example> wrote:
{gt(NAVER_REQUEST_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the quoted request (Gmail quoting)",
    why="two named posts removed above the quote; 'still being reviewed' covers the rest without naming them; quoted list ignored",
    items={N[1]: "removed", N[7]: "removed"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Sat, 07 Sep 2024 10:31:18 +0900",
    subject="[NAVER] 시정요구 처리 결과 회신 (KCSC-240902-01)",
    body=f"""담당자님 안녕하세요.
문의하신 게시물 3건의 처리 결과입니다.

{N[3]}
  처리결과: 국내 접근 제한

{N[6]}
  처리결과: 게시 유지 (운영정책 위반 사항 없음)

{N[5]}
  처리결과: 존재하지 않는 게시물

NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply, bare URL with its result on the line below",
    why="each bare URL followed by an indented result line: restricted in Korea, kept, does not exist",
    items={N[3]: "restricted", N[6]: "rejected", N[5]: "not_found"},
)

_cafe_qp = f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 카페 게시물(KCSC-240902-01)에 대해 아래와 같이 조치하였습니다.

- bluecoinlab 카페 88412번 게시물 ({N[4]}) : 카페 운영정책 위반으로 블라인드 처리
- bluecoinlab 카페 88507번 게시물 ({N[6]}) : 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

블라인드 처리된 게시물은 작성자와 카페 회원 모두 열람할 수 없으며, 작성자가 30일 이내에 이의제기를 하지 않으면 영구 삭제됩니다.

감사합니다.
네이버 카페 운영팀
"""
case(
    name="naver-cafe-qp-blind",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 14:02:44 +0900",
    subject="네이버 카페 게시물 조치 안내 [KCSC-240902-01]",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_cafe_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영정책 블라인드 notice, quoted-printable",
    why="blind = removed (permanent deletion after 30 days is only the next step); the second post kept for no violation",
    items={N[4]: "removed", N[6]: "rejected"},
)

case(
    name="naver-statement-url-below",
    **{"from": "report@navercorp.com"}, name_from="NAVER 신고센터",
    date="Mon, 09 Sep 2024 09:47:30 +0900",
    subject="RE: KCSC-240902-01",
    body=f"""안녕하세요.

아래 블로그 게시물은 동일 내용의 권리침해 신고가 함께 접수되어 임시조치(30일)되었습니다.
<{N[14]}>

다른 게시물의 결과는 확인되는 대로 안내드리겠습니다.

NAVER 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice, statement first, URL in angle brackets on the line below",
    why="임시조치 = restricted; the URL below the statement is the one it speaks of",
    items={N[14]: "restricted"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:18:02 +0900",
    subject="[네이버 고객센터] 문의하신 내용이 접수되었습니다 (접수번호 2409031188230)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409031188230
문의유형: 권리보호 > 게시물 신고 (공공기관)

참고로, 문의하신 게시물 중 {N[8]} 은 지식iN 운영정책에 따라 이미 삭제 조치가 완료된 상태입니다.
나머지 게시물은 담당 부서에서 확인 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre ticket receipt that adds a result for one post",
    why="a receipt, but it states without hedge that one named post was deleted: not a pure acknowledgement",
    items={N[8]: "removed"},
)

case(
    name="naver-outlook-original-below",
    **{"from": "jiwoo.kim@navercorp.com"}, name_from="김지우 (NAVER 정책지원)",
    date="Wed, 04 Sep 2024 15:26:09 +0900",
    subject="RE: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""담당자님,

요청하신 건 중 아래 2건 조치 완료되어 먼저 공유드립니다.
- {N[2]} : 비공개 처리
- {N[9]} : 게시중단

나머지는 확인 중입니다.
감사합니다.

김지우 드림
NAVER 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 6:03 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구

{NAVER_REQUEST_BODY}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the regulator's request unquoted below -----Original Message-----",
    why="two posts stated above the original message; the request's list below is not a statement",
    items={N[2]: "removed", N[9]: "removed"},
)

# ===== NAVER: review / ignored =====
case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 03 Sep 2024 16:50:27 +0900",
    subject="RE: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

보내주신 게시물 중 {N[1]} 및 {N[5]} 는
관련 부서에서 검토한 뒤 9월 6일까지 조치할 예정입니다.
조치가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="portal reply promising action by a date",
    why="'검토한 뒤 조치할 예정' is a promise, not a statement: items stay pending",
    items={N[1]: "pending", N[5]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 11:00:00 +0900",
    subject="RE: [KCSC-240902-01] 시정요구 조치 완료",
    reply_to_req="req-240902-01",
    body="""안녕하세요.

KCSC-240902-01 으로 요청하신 게시물 14건은 모두 게시중단 조치를 완료하였습니다.
추가로 필요하신 사항이 있으면 말씀해 주세요.

NAVER 정책지원팀 드림
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' reply to a multi-item 시정요구",
    why="a statement about all fourteen items without naming any: bulk, items stay pending",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-channel-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 11 Sep 2024 14:00:00 +0900",
    subject="[안내] 공공기관 시정요구 접수 창구 변경 안내",
    body="""안녕하세요, NAVER 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 시정요구 및 협조 요청 접수 창구가
전용 포털(https://govdesk.navercorp.example/request)로 일원화됩니다.

기존 이메일(policy@navercorp.com) 접수는 9월 30일까지 병행 운영하며,
이후에는 포털을 통해서만 접수 및 결과 확인이 가능합니다.
계정 발급은 기관 담당자 명의로 신청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal notice to public agencies about a new submission channel",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwoo.kim@navercorp.com"}, name_from="김지우 (NAVER 정책지원)",
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject="[자동회신] RE: [KCSC-240902-01] 시정요구 추가 문의",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지우입니다.

추석 연휴(9월 14일~9월 18일) 기간 동안 부재중이며 메일 확인이 어렵습니다.
시정요구 관련 긴급한 건은 policy@navercorp.com 으로 보내 주시면
당직자가 확인하겠습니다.

9월 19일부터 순차적으로 회신드리겠습니다. 감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply naming the request but no item status",
    items={},
)

# ===== Daum (Kakao) =====
case(
    name="daum-blind-notice-korean-path",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 고객센터",
    date="Thu, 05 Sep 2024 13:15:50 +0900",
    subject="[Daum] 카페 게시물 블라인드 조치 결과 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, Daum 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

■ 대상: {D1_RAW}
■ 조치: 게시물 블라인드 (2024-09-04 14:20)

■ 대상: {D2_RAW}
■ 조치: 게시물 블라인드 (2024-09-04 14:21)

블라인드된 게시물은 카페 운영진과 회원 모두 열람할 수 없습니다.
운영정책 안내: https://cs.daum.net/faq/cafe/policy

카카오 Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 블라인드 조치 notice (■ 대상 / ■ 조치 blocks)",
    why="two blind notices, URLs with raw Korean cafe path; the policy link is not an item",
    items={D[1]: "removed", D[2]: "removed"},
)

_daum_txt = f"""안녕하세요, Daum 카페 운영정책 담당자입니다.

요청번호 KCSC-240903-02 관련 결과를 회신드립니다.

{D[2]}은 카페 운영원칙 위반으로 삭제되었습니다.
{D[4]} 게시물은 검토 결과 약관 위반이 아닌 것으로 판단되어 게시 상태를 유지합니다.

감사합니다.
"""
_daum_html = f"""<html><body>
<p>안녕하세요, Daum 카페 운영정책 담당자입니다.</p>
<p>요청번호 KCSC-240903-02 관련 결과를 회신드립니다.</p>
<p><a href="{D[2]}">{D[2]}</a>은 카페 운영원칙 위반으로 삭제되었습니다.<br>
<a href="{D[4]}">{D[4]}</a> 게시물은 검토 결과 약관 위반이 아닌 것으로 판단되어 게시 상태를 유지합니다.</p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="daum-base64-particle-attached",
    **{"from": "cafe-noreply@daum.net"}, name_from="Daum 카페",
    date="Fri, 06 Sep 2024 10:44:21 +0900",
    subject="Re: [KCSC-240903-02] 시정요구 회신",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="----=_Part_291_daum"

------=_Part_291_daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_txt)}
------=_Part_291_daum
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_daum_html)}
------=_Part_291_daum--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe reply, base64 multipart/alternative, URL copied from the address bar with the particle 은 attached",
    why="percent-encoded URL immediately followed by 은 is deleted; the other kept as no breach",
    items={D[2]: "removed", D[4]: "rejected"},
)

case(
    name="daum-text-table-first-round",
    **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Wed, 04 Sep 2024 18:05:11 +0900",
    subject="RE: [KCSC-240903-02] 시정요구",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 정책팀입니다.
KCSC-240903-02 요청 4건의 1차 조치 내역입니다.

| No | URL                                                  | 조치 결과       |
|----|------------------------------------------------------|-----------------|
| 1  | {D[1]} | 임시조치(30일)  |
| 2  | {D[2]} | 삭제            |
| 3  | {D[3]} | 게시물 없음     |
| 4  | {D[4]} | 위반 아님(유지) |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team plain-text table reply",
    why="text table, one result per row: 임시조치 restricted, 삭제, 게시물 없음 not_found, 위반 아님 rejected",
    items={D[1]: "restricted", D[2]: "removed", D[3]: "not_found", D[4]: "rejected"},
)

case(
    name="daum-english-statement-of-reasons",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date="Fri, 06 Sep 2024 20:12:37 +0900",
    subject="Decision on your notice KCSC-240903-02",
    body=f"""Dear Sir or Madam,

This is our decision on one item of your notice KCSC-240903-02.

Content: {D1_RAW}
Decision: Visibility restricted - access from the Republic of Korea has been blocked.
Ground: Illegal content under the Act on Promotion of Information and Communications
  Network Utilization (unregistered investment advisory solicitation).
Automated means: No automated decision was used.
Redress: the uploader may object via https://cs.daum.net/redress within 30 days.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress)",
    why="access blocked from Korea = restricted; the redress link is a help page, not an item",
    items={D[1]: "restricted"},
)

case(
    name="daum-auth-fail",
    **{"from": "cleancenter@kakaocorp.com"}, name_from="Daum 고객센터",
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="[Daum] 게시물 처리 결과 안내 (KCSC-240903-02)",
    body=f"""안녕하세요, Daum 고객센터입니다.

요청하신 {D[3]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Daum 처리 결과 notice arriving with failed DKIM/SPF/DMARC",
    why="kakaocorp.com From but authentication failed: nothing applied",
    items={D[3]: "pending"},
)

case(
    name="daum-law-firm-for-cafe-owner",
    **{"from": "jhpark@hanbit-law.example"}, name_from="법무법인 한빛 박정훈 변호사",
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    subject="KCSC-240903-02 관련 - 카페 운영자 자진 삭제 통지",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 Daum 카페 '{DAUM_KO}'의 운영자를 대리하고 있습니다.

귀 위원회의 시정요구(KCSC-240903-02)와 관련하여, 위 카페 운영자가
{D[2]} 게시물을 2024. 9. 5. 자진 삭제하였음을 알려드립니다.

향후 연락은 본 메일로 주시기 바랍니다.

법무법인 한빛
변호사 박정훈
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a cafe owner",
    why="not the platform's domain: a third party's statement is not a status",
    items={D[2]: "pending"},
)

case(
    name="daum-read-receipt",
    **{"from": "policy-kr@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Tue, 03 Sep 2024 10:15:33 +0900",
    subject="읽음: [KCSC-240903-02] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn291daum"

--mdn291daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-03 09:58에 보낸 메일 '[KCSC-240903-02] 시정요구'를 수신자가 2024-09-03 10:15에 읽었습니다.

--mdn291daum
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; policy-kr@kakaocorp.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn291daum--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="a read receipt says nothing about any item",
    items={},
)

# ===== DC Inside =====
case(
    name="dc-admin-numbered-results",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 17:40:25 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청의 건",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과를 알려드립니다.

1. {C[1]} - 삭제 완료
2. {C[2]} - 삭제 완료
3. {C[3]} - 작성자가 이미 삭제한 게시물입니다
4. {C[4]} - 삭제 완료 (작성자 차단 병행)
5. {C[5]} - 확인 결과 문제가 되는 내용이 없어 삭제하지 않았습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator reply, numbered list 'URL - 결과'",
    why="five named URLs, each with an unhedged result",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "removed", C[5]: "rejected"},
)

case(
    name="dc-fullwidth-punctuation",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Fri, 06 Sep 2024 09:20:14 +0900",
    subject="[디시인사이드] 신고 게시물 처리 안내 (KCSC-240904-03)",
    body=f"""안녕하세요，디시인사이드 신고센터입니다。

■ {C[2]}（삭제 완료）
■ {C[4]}，미니 갤러리 매니저 요청에 따라 성인 인증을 거친 이용자만 열람할 수 있도록 연령 제한하였습니다。

나머지 게시물은 확인 후 별도 안내드리겠습니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width punctuation after the URLs",
    why="full-width ）， after the URLs are not part of them; age-gating = restricted",
    items={C[2]: "removed", C[4]: "restricted"},
)

_dc_qp = (f"안녕하세요, 디시인사이드 운영팀입니다. 위원회에서 요청하신 주식 갤러리 게시물({C[5]})은 "
          "금일 오전 갤러리 운영 원칙 및 관련 법령에 따라 삭제 조치하였음을 알려드립니다. "
          "동일 작성자의 다른 게시물은 요청 목록에 없어 별도 조치하지 않았습니다.\n\n"
          "감사합니다.\n디시인사이드 운영팀\n")
case(
    name="dc-qp-soft-broken-url",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:02:48 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청의 건",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_dc_qp)}
""",
    outcome="applied", classification="confirmation",
    imitates="one long Korean paragraph sent quoted-printable (URL split by soft line breaks)",
    why="after decoding, one named post deleted; other posts of the author are not requested items",
    items={C[5]: "removed"},
)

case(
    name="dc-html-table-entities",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 15:33:07 +0900",
    subject="[디시인사이드] KCSC-240904-03 처리 결과",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다. 요청 건(KCSC-240904-03) 처리 결과를 정리해 드립니다.</p>
<table border="1">
<tr><th>게시물</th><th>처리</th></tr>
<tr><td><a href="{C[1].replace('&', '&amp;')}">{C[1].replace('&', '&amp;')}</a></td><td>삭제</td></tr>
<tr><td><a href="{C[3].replace('&', '&amp;')}">{C[3].replace('&', '&amp;')}</a></td><td>존재하지 않는 게시물 (작성자 삭제)</td></tr>
<tr><td><a href="{C[5].replace('&', '&amp;')}">{C[5].replace('&', '&amp;')}</a></td><td>삭제</td></tr>
</table>
<p>운영 원칙: <a href="https://gall.dcinside.com/policy">https://gall.dcinside.com/policy</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table with &amp; inside the gallery URLs",
    why="HTML entities decode to the requested URLs; policy page is not an item",
    items={C[1]: "removed", C[3]: "not_found", C[5]: "removed"},
)

case(
    name="dc-hedged-author-deleted",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 16:12:40 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청의 건",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요.

말씀하신 {C[1]} 글은 확인해 보니 작성자가 스스로 지운 것 같습니다.
다만 로그상으로는 정확한 삭제 경위 확인이 어려워 추가로 확인 중입니다.

디시인사이드 운영팀
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="operator's uncertain reply ('지운 것 같습니다')",
    why="'것 같습니다' is a hedge and the check is still going on: no statement",
    items={C[1]: "pending"},
)

case(
    name="clien-cc-about-dc-post",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 05 Sep 2024 12:08:31 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청의 건",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요, 클리앙 운영진입니다.

이 메일은 저희 쪽으로 잘못 참조(CC)된 것 같습니다. 요청서에 적힌 주소는 모두
디시인사이드 게시물이라 저희가 조치할 수 있는 대상이 아닙니다.

참고로 확인해 보니 {C[3]} 는 이미 삭제되어 열리지 않습니다.

클리앙 운영진 드림
""",
    outcome="review", review="wrong_platform",
    imitates="another community site answering a request copied to it by mistake",
    why="Clien states a status for a DC Inside item: not that item's platform",
    items={C[3]: "pending"},
)

case(
    name="dc-out-of-office-english",
    **{"from": "jh.lee@dcinside.com"}, name_from="Lee Jaehoon",
    date="Wed, 04 Sep 2024 18:30:02 +0900",
    subject="Automatic reply: [KCSC-240904-03] 게시물 삭제 요청의 건",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jh.lee@dcinside.com"],
    body="""I am out of the office until Monday 9 September with limited access to email.
For removal requests, please write to master@dcinside.com.

9월 9일(월)까지 부재중입니다. 게시물 삭제 요청은 master@dcinside.com 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply'",
    why="out-of-office auto-reply",
    items={},
)

# ===== SOOP =====
case(
    name="soop-bilingual-result",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Fri, 06 Sep 2024 19:05:13 +0900",
    subject="[SOOP] 시정요구 처리 결과 안내 / Result of your request (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""[한국어]
요청하신 콘텐츠에 대해 아래와 같이 조치하였습니다.
- VOD {S[1]} : 삭제
- VOD {S[3]} : 비공개 처리
- 방송국 게시글 {S[2]} : 검토 중 (결과는 별도 안내 예정)

[English]
- VOD 131447021: deleted
- VOD 131447388: made private
- Channel post 118822310: under review; we will let you know separately

SOOP 운영정책팀 / SOOP Content Policy
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) bilingual policy notice",
    why="two VODs removed (deleted / made private); the channel post is only under review",
    items={S[1]: "removed", S[3]: "removed", S[2]: "pending"},
)

case(
    name="soop-age-restricted-post",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Tue, 10 Sep 2024 14:48:56 +0900",
    subject="[SOOP] 방송국 게시글 조치 안내 (KCSC-240905-04)",
    body=f"""안녕하세요, SOOP 운영정책팀입니다.

{S[2]}
위 게시글은 19세 이상 이용자만 볼 수 있도록 연령 제한 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP follow-up notice, URL then '위 게시글은 …' below",
    why="age restriction = restricted; '위 게시글' points at the URL above",
    items={S[2]: "restricted"},
)

case(
    name="soop-angle-bracket-particle",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 09:55:02 +0900",
    subject="Re: [KCSC-240905-04] VOD 삭제 요청",
    body=f"""안녕하세요, SOOP 고객센터입니다.

<{S[3]}>의 VOD는 운영정책 위반으로 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre reply, URL in angle brackets followed by 의",
    why="angle brackets end the URL before the particle; deleted = removed",
    items={S[3]: "removed"},
)

case(
    name="soop-bulk-english",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    subject="Re: KCSC-240905-04",
    body="""Hello,

All of the content reported under KCSC-240905-04 has been removed from SOOP.

Regards,
SOOP Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line global trust-and-safety 'all removed' reply",
    why="three-item request, no item named: bulk",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="soop-under-review",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 08:30:44 +0900",
    subject="Re: [KCSC-240905-04] VOD 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""Hello,

VOD 131447021 ({S[1]}) and VOD 131447388
({S[3]}) are under review by our content policy team.
We expect to reach a decision within five business days.

Regards,
SOOP Trust & Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="'under review' holding reply naming the items",
    why="under review is no status: named items stay pending",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Thu, 05 Sep 2024 15:01:20 +0900",
    subject="[SOOP 고객센터] 1:1 문의가 접수되었습니다",
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.
  - 접수번호: Q-20240905-004471
  - 문의제목: [KCSC-240905-04] VOD 삭제 요청
  - 접수일시: 2024-09-05 15:01

담당자가 확인한 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP 1:1 문의 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ===== FM Korea =====
case(
    name="fmkorea-two-clauses-one-sentence",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 13:27:45 +0900",
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청하신 글 중 {F[1]} 은 운영진이 삭제했고, {F[2]} 은 작성자가 먼저 삭제해서 현재 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin's one-sentence prose answer",
    why="first URL deleted by the admins, second already deleted by its author = not_found",
    items={F[1]: "removed", F[2]: "not_found"},
)

case(
    name="fmkorea-gmail-korean-quote",
    **{"from": "support@fmkorea.com"}, name_from="에펨코리아 고객지원",
    date="Sat, 07 Sep 2024 22:14:30 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""{F[1]} 글 삭제했습니다.
나머지 한 건은 확인 중입니다.

2024년 9월 6일 (금) 오후 3:10, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 에펨코리아 담당자님께,
>
> 아래 게시물의 삭제를 요청드립니다. (KCSC-240906-05)
> 1. {F[1]}
> 2. {F[2]}
>
> 2024년 9월 13일까지 회신 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Gmail reply with Korean quote header '…님이 작성:'",
    why="one URL deleted above the quote; 'the other one' is still being checked",
    items={F[1]: "removed"},
)

case(
    name="fmkorea-asks-for-official-letter",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Fri, 06 Sep 2024 18:40:00 +0900",
    subject="RE: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body="""안녕하세요.

KCSC-240906-05 요청 건 관련하여, 위원회 명의의 공문 또는 시정요구서 원본(PDF)을
첨부해 주시면 확인 후 조치하겠습니다. 현재 메일만으로는 요청 주체 확인이 어렵습니다.

에펨코리아 운영진
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="site asking for an official letter before acting",
    why="asks for documents; no status",
    items={},
)

case(
    name="fmkorea-ticket-ack-english",
    **{"from": "noreply@fmkorea.com"}, name_from="FM Korea",
    date="Fri, 06 Sep 2024 15:11:09 +0900",
    subject="[FMK-55120] Your report has been received",
    body="""Hello,

Your report "[KCSC-240906-05] 게시물 삭제 요청" has been received.
Ticket number: FMK-55120

Our moderators usually reply within three business days.
Please keep the ticket number in the subject if you write to us again.

FM Korea
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt with a ticket number",
    why="receipt only",
    items={},
)

# ===== Ppomppu =====
case(
    name="ppomppu-sole-statement",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Tue, 10 Sep 2024 10:02:55 +0900",
    subject="RE: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 확인 후 삭제 처리하였습니다.
해당 회원은 운영 규정에 따라 이용 정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply to a one-item request",
    why="one-item request answered in its thread with an unhedged deletion",
    items={P[1]: "removed"},
)

case(
    name="ppomppu-html-blind-link",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Wed, 11 Sep 2024 09:15:40 +0900",
    subject="[뽐뿌] 게시물 조치 안내 (KCSC-240909-06)",
    type="html",
    body=f"""<html><body>
<p>안녕하세요, 뽐뿌 운영팀입니다.</p>
<p>신고하신 <a href="{P[1].replace('&', '&amp;')}">자유게시판 게시물</a>은 운영자 블라인드 처리되었습니다.</p>
<p>뽐뿌 이용규칙: <a href="https://www.ppomppu.co.kr/rules">https://www.ppomppu.co.kr/rules</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML notice whose item is the href of a link text",
    why="the link target is the requested post; blind = removed (one-item request either way)",
    items={P[1]: "removed"},
)

case(
    name="ppomppu-auth-fail",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    auth="fail",
    date="Wed, 11 Sep 2024 03:41:17 +0900",
    subject="RE: [KCSC-240909-06] 게시물 삭제 요청",
    body=f"""요청하신 게시물 {P[1]} 은 검토 결과 위반 사항이 없어 유지합니다.
""",
    outcome="review", review="untrusted",
    imitates="refusal from the platform's domain failing DMARC",
    why="authentication failed: the refusal is not applied",
    items={P[1]: "pending"},
)

# ===== Inven =====
case(
    name="inven-english-deleted-and-missing",
    **{"from": "cs@inven.co.kr"}, name_from="Inven Community Team",
    date="Wed, 11 Sep 2024 16:20:31 +0900",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req="req-240910-07",
    body=f"""Hello,

Regarding your request KCSC-240910-07:

The Lost Ark board post {I[1]} has been deleted by our moderators.

We could not locate {I[2]}; there is no post with that number on the
MapleStory board.

Inven Community Team
""",
    outcome="applied", classification="confirmation",
    imitates="English moderator reply from a Korean game community",
    why="one deleted, one cannot be located",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-echoed-report-form",
    **{"from": "report@inven.co.kr"}, name_from="인벤 신고센터",
    date="Thu, 12 Sep 2024 11:45:00 +0900",
    subject="[인벤] 신고 처리 결과 안내",
    body=f"""[신고 처리 결과 안내]

신고 번호 : INV-R-2409-00812
신고 대상 : {I[1]}
신고 사유 : 불법 정보 (방송통신심의위원회 시정요구 KCSC-240910-07)
처리 상태 : 처리 완료
처리 내용 : 게시물 삭제 및 작성자 7일 이용 제한

인벤 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo with 처리 상태 / 처리 내용 fields",
    why="echoed report with an outcome field: post deleted",
    items={I[1]: "removed"},
)

case(
    name="inven-conditional-deletion",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객센터",
    date="Thu, 12 Sep 2024 17:05:22 +0900",
    subject="Re: [KCSC-240910-07] Removal request",
    body=f"""안녕하세요, 인벤 고객센터입니다.

{I[2]} 게시물은 임시 비공개 검토 대상으로 분류되었습니다.
작성자의 소명이 없을 경우 9월 20일 이후 삭제될 예정입니다.

인벤 고객센터
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="conditional future deletion notice",
    why="'검토 대상' and 'deleted later if no objection' are a condition and a promise, not a status",
    items={I[2]: "pending"},
)

case(
    name="inven-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@inven.co.kr"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 14:03:11 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn291inven"

--dsn291inven
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.

수신자 <moderator@inven.co.kr> 의 메일함 용량이 초과되어 메일을 보관할 수 없습니다.
잠시 후 다시 보내 주시기 바랍니다.

--dsn291inven
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.inven.co.kr
Arrival-Date: Tue, 10 Sep 2024 14:03:05 +0900

Final-Recipient: rfc822; moderator@inven.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn291inven
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: moderator@inven.co.kr
Subject: [KCSC-240910-07] Removal request
Message-ID: <req-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 14:02:58 +0900

--dsn291inven--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean DSN, mailbox full (5.2.2)",
    why="delivery failure report",
    items={},
)

# ===== Nate =====
case(
    name="nate-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@nate.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 16:20:44 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn291nate"

--dsn291nate
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail2.nate.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@nate.com>: host mx.nate.com said: 550 5.1.1 User unknown

--dsn291nate
Content-Type: message/delivery-status

Reporting-MTA: dns; mail2.nate.com
Arrival-Date: Mon, 09 Sep 2024 16:20:40 +0900

Final-Recipient: rfc822; abuse-desk@nate.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn291nate
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: webmaster@ppomppu.co.kr
Cc: abuse-desk@nate.com
Subject: [KCSC-240909-06] 게시물 삭제 요청
Message-ID: <req-240909-06@kcsc.example>

--dsn291nate--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix bounce (550 5.1.1 user unknown) for a copy sent to another portal",
    why="bounce of the regulator's own request",
    items={},
)


HEADER = """# Blind set 291 (Korean portals and community sites): expected results
# written from each email's meaning before any run of the reader.
# Generated by tests/corpus/blind291/make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    for c in cases:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind291", HEADER, cases)
    print(len(cases), "cases")
