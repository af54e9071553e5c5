#!/usr/bin/env python3
"""Blind set 899: Korean replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND) in 공문 style, 임시조치 notices, 시정요구 조치결과 tables
and informal operator replies.

    python3 tests/corpus/blind899/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
boundaries, fixed dates, no randomness. The expected results were written
from each email's meaning before the reader was ever run on this set.
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

SET = "blind899"


def enc(s):
    """RFC 2047 encoding for a header value that holds Korean text."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------------------
# Requests
# ---------------------------------------------------------------------------

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240910-07",
)


def mid(ref):
    return "kcsc." + ref[5:].lower() + ".b899"


# NAVER, largest request (13 items): illegal gambling advertising
N1 = "https://blog.naver.com/lucky_river77/223561100401"
N2 = "https://blog.naver.com/lucky_river77/223561100522"
N3 = "https://blog.naver.com/goldtoto_kr/223558870013"
N4 = "https://cafe.naver.com/bettingclub24/1187"
N5 = "https://cafe.naver.com/bettingclub24/1192"
N6 = "https://cafe.naver.com/bettingclub24/1203"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60801&docId=471122903"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120441&memberNo=55120934"
N9 = "https://m.blog.naver.com/sunny_slot/223560012345"
N10 = "https://blog.naver.com/sunny_slot/223560019876"
N11 = "https://cafe.naver.com/jackpotlounge/552"
N12 = "https://cafe.naver.com/jackpotlounge/561"
N13 = "https://in.naver.com/winmaster/contents/internal/718822910123"
# Kakao / Daum (5 items): defamation, exposure of personal information
K1 = "https://cafe.daum.net/dongne-talk/Ab3K/4412"
K2 = "https://cafe.daum.net/dongne-talk/Ab3K/4419"
K3_RAW = "https://sobok-note.tistory.com/entry/이웃집-사건-정리"
K3 = ("https://sobok-note.tistory.com/entry/"
      "%EC%9D%B4%EC%9B%83%EC%A7%91-%EC%82%AC%EA%B1%B4-%EC%A0%95%EB%A6%AC")
K4 = "https://brunch.co.kr/@hwang-essay/57"
K5 = "https://maru-log.tistory.com/231"
# YouTube (4 items): fraudulent investment promotion
Y1 = "https://www.youtube.com/watch?v=kR7tQ2mZp1A"
Y2 = "https://www.youtube.com/watch?v=Hw9LcX3eN0s"
Y3 = "https://www.youtube.com/shorts/Zp4vB8qTn2E"
Y4 = "https://youtu.be/mQ1sD6fGh8J"
# DC Inside (3 items): disclosure of personal data
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981243"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=441208"
D3 = "https://gall.dcinside.com/mini/board/view/?id=dongne&no=3321"
# BAND (2 items): drug sale
B1 = "https://band.us/band/81234567/post/4410"
B2 = "https://band.us/band/81234567/post/4415"
# Kakao (1 item) and NAVER (1 item)
KK1 = "https://cafe.daum.net/moneyfree/Qx1/88"
NN1 = "https://blog.naver.com/dalbit_story/223570044112"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13], "불법 도박 광고 13건"),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", "defamation",
     [K1, K2, K3, K4, K5], "명예훼손 및 개인정보 노출"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", "fraud",
     [Y1, Y2, Y3, Y4], "불법 투자 리딩방 홍보"),
    (R4, "dcinside", "2024-09-06T14:20:00+09:00", "2024-09-13T18:00:00+09:00", "privacy",
     [D1, D2, D3], "신상정보 공개"),
    (R5, "band", "2024-09-09T10:05:00+09:00", "2024-09-16T18:00:00+09:00", "drugs",
     [B1, B2], "마약류 판매 광고"),
    (R6, "kakao", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00", "finance",
     [KK1], "미등록 대부 광고"),
    (R7, "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", "obscene",
     [NN1], "음란물 링크 게시"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------
# APPLIED
# ---------------------------------------------------------------------------

case(
    name="naver-gongmun-13-text-table",
    **{"from": "trustsafety@navercorp.com"},
    name_from=enc("네이버 Trust & Safety"),
    date="Wed, 11 Sep 2024 17:42:10 +0900",
    subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=mid(R1),
    body=f"""
수    신: 방송통신심의위원회 통신심의국장
참    조: 불법정보 시정요구 담당
발    신: 네이버 주식회사 Trust & Safety센터
문서번호: NTS-2024-0911-077
시행일자: 2024. 9. 11.
제    목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(불법 도박 광고 정보, 총 13건)에
   대하여 당사의 조치 결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL | 조치결과 | 비고
-----+-----+----------+-----
1 | {N1} | 삭제 | 9. 5. 조치
2 | {N2} | 삭제 | 9. 5. 조치
3 | {N3} | 게시중단 | 블로그 전체 게시중단
4 | {N4} | 삭제 | 카페 게시글
5 | {N5} | 임시조치 | 30일간 열람 제한
6 | {N6} | 해당 게시물 없음 | 작성자가 조치 전 삭제
7 | {N7} | 삭제 | 답변 포함 삭제
8 | {N8} | 조치 불가 | 아래 3항 참조
9 | {N9} | 블라인드 | 모바일 주소 동일 게시물
10 | {N10} | 삭제 |
11 | {N11} | 해당 게시물 없음 | 존재하지 않는 게시글 번호
12 | {N12} | 삭제 |
13 | {N13} | 국내 접근 제한 | 인플루언서 콘텐츠

3. 연번 8 게시물은 스포츠 경기 결과를 정리한 글로서 도박 사이트로의 유도
   문구나 링크가 확인되지 않아 당사 운영정책상 조치 대상에 해당하지 않는 것으로
   판단하였으며, 게시를 유지합니다.

4. 기타 문의 사항은 담당자(policy@navercorp.com)에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 Trust & Safety센터장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (시행문) reply to a KCSC 시정요구 with a 연번/URL/조치결과 text table",
    why="trusted NAVER 공문 gives an unhedged result for each of the 13 URLs",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "not_found", N12: "removed", N13: "restricted"},
)

case(
    name="naver-html-table-first-five",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Thu, 05 Sep 2024 19:03:44 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 조치 결과 (1차)"),
    reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단센터입니다.</p>
<p>요청번호 {R1} 건 중 1차 처리분의 결과를 안내드립니다. 나머지 건은 처리 완료 후 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제 완료</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제 완료</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>조치 안 함 &ndash; 위반 사항 미확인</td><td>2024-09-05</td></tr>
</table>
<p>5번 게시물은 카페 회원 간 일반 대화글로 도박 광고에 해당하는 내용이 없어 게시를 유지합니다.</p>
<p>처리 기준은 <a href="https://right.naver.com/policy/guide">네이버 게시중단 운영정책</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 게시중단센터 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail with an HTML result table (1차 처리분)",
    why="five rows, each a clear status; the policy link is not an item; the rest are promised later",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

CSV_ROWS = [
    ("번호", "게시물 URL", "처리결과", "처리일시"),
    ("6", N6, "삭제", "2024-09-09 14:10"),
    ("7", N7, "게시중단", "2024-09-09 14:12"),
    ("8", N8, "존재하지 않는 게시물", "-"),
    ("9", N9, "블라인드", "2024-09-09 14:20"),
    ("10", N10, "임시조치(30일)", "2024-09-09 14:21"),
    ("11", N11, "삭제", "2024-09-09 15:02"),
    ("12", N12, "유지(위반 아님)", "2024-09-09 15:05"),
    ("13", N13, "삭제", "2024-09-09 15:30"),
]
_csv = io.StringIO()
csv.writer(_csv, lineterminator="\r\n").writerows(CSV_ROWS)
CSV_BYTES = b"\xef\xbb\xbf" + _csv.getvalue().encode("utf-8")

case(
    name="naver-csv-attachment-rest",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Mon, 09 Sep 2024 16:48:02 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 조치 결과 (2차, 첨부)"),
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NaverPart_0909_2"

------=_NaverPart_0909_2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(("안녕하세요. 네이버 게시중단센터입니다." + chr(10) + chr(10) + f"요청번호 {R1} 건 중 2차 처리분(6번~13번)의 조치 결과를 첨부 파일로 보내드립니다." + chr(10) + "처리 결과는 첨부된 CSV 파일을 확인해 주시기 바랍니다." + chr(10) + chr(10) + "감사합니다." + chr(10)).encode("utf-8"))}

------=_NaverPart_0909_2
Content-Type: text/csv; charset=utf-8; name="result_{R1}_2.csv"
Content-Disposition: attachment; filename="result_{R1}_2.csv"
Content-Transfer-Encoding: base64

{b64(CSV_BYTES)}

------=_NaverPart_0909_2--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as an Excel-style CSV attachment (UTF-8 with BOM)",
    why="the attached CSV gives a status for each of items 6-13; the body only points to it",
    items={N6: "removed", N7: "removed", N8: "not_found", N9: "removed", N10: "restricted",
           N11: "removed", N12: "rejected", N13: "removed"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "cafe_ops@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    date="Fri, 06 Sep 2024 11:20:31 +0900",
    subject=enc("잭팟라운지 카페 게시글 건 처리했습니다"),
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도윤입니다.

통화로 말씀하신 잭팟라운지 카페 글 두 개 확인했고 둘 다 블라인드 처리해 두었습니다.

- {N11}
- {N12}

카페 매니저한테도 경고 메일 나갔습니다. 같은 카페에 비슷한 글 또 올라오면 바로 알려주세요.

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply from a portal's cafe operations team",
    why="trusted NAVER operator states plainly that both listed posts were blinded",
    items={N11: "removed", N12: "removed"},
)

case(
    name="naver-sole-item-private",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Wed, 11 Sep 2024 10:05:17 +0900",
    subject=enc(f"[{R7}] 게시중단 요청 처리 결과 안내"),
    reply_to_req=mid(R7),
    body=f"""
안녕하세요. 네이버 게시중단센터입니다.

방송통신심의위원회에서 요청하신 건({R7})에 대한 처리 결과를 안내드립니다.

요청하신 블로그 게시물은 청소년유해 및 음란 정보 게시 금지 정책 위반으로 확인되어
2024년 9월 11일 비공개 처리되었습니다. 해당 블로그 운영자에게는 이용 제한 안내가 발송되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 for a one-item request, no URL repeated",
    why="one-item request named by reference; '비공개 처리되었습니다' is a plain statement",
    items={NN1: "removed"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력팀"),
    date="Wed, 04 Sep 2024 15:31:09 +0900",
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 요청 ({R1})"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책협력팀입니다.

말씀하신 게시물 중 아래 두 건은 오늘 오후 삭제하였습니다.
{N3}
{N4}

나머지 건은 서비스별로 확인 중이며, 결과가 나오는 대로 다시 연락드리겠습니다.

감사합니다.
네이버 정책협력팀 드림

2024년 9월 3일 (화) 오전 10:12, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request(R1, [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted KCSC request (Korean attribution line)",
    why="only the two URLs above the quote are stated removed; the quoted list and 'checking' say nothing",
    items={N3: "removed", N4: "removed"},
)

_qp_body = f"""안녕하세요. 네이버 지식iN·포스트 운영 담당자입니다.

요청번호 {R1} 건 중 지식iN과 포스트 게시물에 대해 회신드립니다.

■ 지식iN 질문 게시물
{N7}
→ 운영원칙(불법 사행성 정보) 위반으로 질문과 답변 모두 삭제하였습니다.

■ 네이버 포스트 게시물
{N8}
→ 확인 결과 작성자가 이미 포스트를 삭제하여 존재하지 않는 게시물입니다.

참고로 지식iN 운영원칙은 https://kin.naver.com/help/rule 에서 확인하실 수 있습니다.

감사합니다.
"""
case(
    name="naver-qp-kin-and-post",
    **{"from": "kin_ops@naver.com"},
    name_from=enc("네이버 지식iN 운영"),
    date="Fri, 06 Sep 2024 18:12:55 +0900",
    subject=enc(f"[{R1}] 지식iN·포스트 게시물 처리 결과"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER service-team reply in a quoted-printable body, URL with its result on the line below",
    why="kin question deleted; post already deleted by its author (not_found); the help link is not an item",
    items={N7: "removed", N8: "not_found"},
)

case(
    name="kakao-daum-cafe-imsijochi",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 14:25:40 +0900",
    subject=enc(f"[Daum 카페] 권리침해 게시물 임시조치 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2 제4항에 따라 아래와 같이 임시조치하였음을 안내드립니다.

[임시조치 대상 게시물]
1) {K1}
2) {K2}

[조치 내용]
- 조치 일시: 2024년 9월 5일 13시 50분
- 조치 내용: 임시조치(30일간 게시물 접근 차단)
- 게시자에게는 임시조치 사실과 재게시 요청 절차를 안내하였습니다.

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 게시물은 기간 만료 후 삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 안내 (정보통신망법 제44조의2)",
    why="임시조치 (30-day access block) is restricted; what may happen after 30 days is only a condition",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    date="Fri, 06 Sep 2024 10:40:02 +0900",
    subject=enc("티스토리 게시물 조치 결과 회신드립니다"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.
요청하신 티스토리 게시물 2건의 처리 결과를 알려드립니다.

1) {K3_RAW} → 개인정보 노출 게시물로 확인되어 삭제 조치 완료
2) {K5}은 블로그 운영자가 이미 글을 지워서 현재 존재하지 않는 페이지입니다.

추가로 확인이 필요한 부분이 있으시면 회신 부탁드립니다.
티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply with a raw Korean-path URL and a particle glued to a URL",
    why="raw Korean path matches its percent-encoded request URL (removed); '231은' is the URL plus a particle, deleted by its author (not_found)",
    items={K3: "removed", K5: "not_found"},
)

case(
    name="kakao-brunch-keeps-essay",
    **{"from": "brunch_help@kakaocorp.com"},
    name_from=enc("브런치팀"),
    date="Mon, 09 Sep 2024 17:15:26 +0900",
    subject=enc("[브런치] 게시중단 요청 검토 결과 안내"),
    body=f"""
안녕하세요. 브런치팀입니다.

요청번호 {R2}로 접수해 주신 게시물에 대한 검토 결과를 안내드립니다.

대상 게시물: {K4}

검토 결과, 해당 글은 필자 본인의 직장 경험과 의견을 담은 에세이로 특정인을 식별할 수 있는
이름이나 연락처, 사진 등이 포함되어 있지 않아 브런치 운영정책 위반에 해당하지 않습니다.
따라서 별도의 조치 없이 게시를 유지합니다.

결정에 대해 추가 의견이 있으시면 관련 자료와 함께 다시 요청해 주시기 바랍니다.

브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) review-result mail refusing a takedown with its reason",
    why="a reasoned refusal for the one named item of a five-item request: rejected",
    items={K4: "rejected"},
)

_b64_kakao = f"""안녕하세요. Daum 카페 운영팀입니다.

요청번호 {R2} 관련하여 Daum 카페 및 블로그 게시물의 처리 결과를 회신드립니다.

- {K1}
  카페 운영원칙(타인 비방 및 개인정보 게시) 위반으로 삭제하였습니다.
- {K2}
  작성자가 먼저 삭제하여 현재 확인되지 않는 게시글입니다.
- {K5}
  블로그가 폐쇄되어 해당 게시물을 찾을 수 없습니다.

감사합니다.
Daum 카페 운영팀
"""
case(
    name="kakao-base64-daum-mixed",
    **{"from": "cafe_ops@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Tue, 10 Sep 2024 09:12:48 +0900",
    subject=enc(f"RE: [{R2}] 시정요구 처리 결과"),
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(_b64_kakao.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply sent with a base64 text body, result on the line below each URL",
    why="K1 deleted (removed); K2 deleted beforehand by its author and K5's blog closed: cannot be found (not_found)",
    items={K1: "removed", K2: "not_found", K5: "not_found"},
)

case(
    name="kakao-outlook-single-item",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 13:02:33 +0900",
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 ({R6})"),
    reply_to_req=mid(R6),
    body=f"""
안녕하십니까, 카카오 권리침해신고센터입니다.

요청번호 {R6} 관련하여 회신드립니다.
게시물 <{KK1}>은 미등록 대부업 광고로 확인되어 삭제하였으며, 작성자의 카페 활동도 정지하였습니다.

감사합니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:40 AM
To: right@kakaocorp.com
Subject: [방송통신심의위원회] 시정요구 ({R6})

안녕하십니까, 방송통신심의위원회 통신심의국입니다.
아래 정보에 대하여 시정요구를 드리오니 조치 후 결과를 회신하여 주시기 바랍니다.

1. {KK1}

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply with '-----Original Message-----' over the request, URL in angle brackets",
    why="the top part states the one requested post deleted; the quoted request below says nothing",
    items={KK1: "removed"},
)

case(
    name="yt-korean-legal-restricted",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Mon, 09 Sep 2024 20:14:05 +0900",
    subject=enc(f"[YouTube] 방송통신심의위원회 요청 처리 결과 – {R3}"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청({R3})을 검토한 결과를 알려드립니다.

다음 동영상은 대한민국 현지 법률 위반으로 확인되어 대한민국에서 시청할 수 없도록 제한했습니다.
  {Y1}
  {Y2}

다음 동영상은 YouTube 커뮤니티 가이드의 사기 및 스캠 정책 위반으로 YouTube에서 삭제되었습니다.
  {Y3}

YouTube의 법적 삭제 요청 처리 방식에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154232 를 참고하시기 바랍니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal-removals outcome in Korean: local-law restriction vs. global policy removal",
    why="statement above, URLs indented on the lines below: Y1, Y2 restricted in Korea; Y3 removed; help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-english-geo-and-decline",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:41:18 +0900",
    subject=f"Your legal request [{R3}] - Outcome",
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content identified in your
request {R3} and have taken the following action.

We have blocked access to the following video in South Korea based on local law:
{Y4}

After careful review, we have decided not to take action on the following video, as we
did not find it to violate local law or our Community Guidelines. The video remains
available:
{Y1}

If you have additional information that would help us reassess this decision, you may
reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request outcome email (country block and decline with reason)",
    why="Y4 blocked in South Korea (restricted); Y1 reviewed and left up (rejected)",
    items={Y4: "restricted", Y1: "rejected"},
)

case(
    name="yt-actioned-and-uploader-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Trust & Safety",
    date="Wed, 11 Sep 2024 11:55:42 +0900",
    subject=f"Re: {R3} follow-up",
    reply_to_req=mid(R3),
    body=f"""
Hi KCSC team,

Following up on {R3}:

* {Y2} - has been actioned under our policies.
* {Y3} - this Short was removed by the uploader before our review was completed,
  so no action was needed on our side.

Best,
Jiwoo
YouTube Trust & Safety (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube T&S follow-up using the 'actioned under our policies' phrase (configured)",
    why="configured phrase means removed for Y2; Y3 already deleted by its uploader: not_found",
    items={Y2: "removed", Y3: "not_found"},
)

case(
    name="yt-gmail-quote-one-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 22:08:19 +0900",
    subject=f"Re: [KCSC] Request for removal ({R3})",
    reply_to_req=mid(R3),
    body=f"""
Hello,

The Short at {Y3} has been removed for violating our spam, deceptive practices and
scams policy.

The other videos in your request are still under review. We will get back to you once
our review is complete.

Kind regards,
YouTube Legal Support

On Thu, Sep 5, 2024 at 9:30 AM KCSC <takedown@kcsc.example> wrote:
> Dear YouTube,
>
> Please remove or restrict the following videos promoting an illegal
> investment "leading room" (request {R3}):
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-quoted YouTube reply: one video removed, the rest under review",
    why="Y3 removed; 'still under review' is no statement; the quoted list is ours",
    items={Y3: "removed"},
)

case(
    name="dc-operator-informal",
    **{"from": "ops@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 12:30:10 +0900",
    subject=enc("디시 갤러리 신상글 삭제 건 답변"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 신상정보 게시글 확인했습니다.

주식 갤러리 글 {D1} 하고
코인 마이너 갤러리 글 {D2}
두 개는 운영자 삭제했고 작성 IP는 차단해놨습니다.

미니 갤러리 글({D3})은 저희가 보기 전에 작성자가 직접 지워서 지금은 없는 글입니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operations reply (운영자 삭제, IP 차단)",
    why="D1, D2 deleted by the operator; D3 deleted by its author beforehand (not_found), URL in parentheses",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-url-then-status",
    **{"from": "legal@dcinside.com"},
    name_from=enc("(주)디시인사이드 법무팀"),
    date="Tue, 10 Sep 2024 16:20:00 +0900",
    subject=enc(f"시정요구 조치결과 통보({R4})"),
    reply_to_req=mid(R4),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보({R4})

1. 귀 기관의 노고에 감사드립니다.
2. 2024. 9. 6.자 시정요구에 대한 당사의 조치결과를 다음과 같이 통보합니다.

가. {D1}
    - 조치결과: 삭제 완료(2024. 9. 9.)

나. {D2}
    - 조치결과: 블라인드 처리(2024. 9. 9.)

다. {D3}
    - 조치결과: 조치하지 않음
    - 사유: 지역 행사 관련 공개 게시물로 개인을 식별할 수 있는 정보가 포함되어 있지 않음

3. 끝.

주식회사 디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 시정요구 조치결과 통보, result lines below each URL",
    why="D1 deleted, D2 blinded (removed); D3 refused with a reason (rejected)",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="band-notice-two-posts",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 안전운영팀"),
    date="Wed, 11 Sep 2024 09:47:21 +0900",
    subject=enc(f"[BAND] 신고 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 안전운영팀입니다.

요청해 주신 게시글의 처리 결과를 안내드립니다.

1. {B1}
   마약류 판매 광고로 확인되어 게시글을 삭제하였고, 작성자의 BAND 이용을 영구 제한하였습니다.

2. {B2}
   밴드 리더가 해당 밴드를 이미 삭제하여 게시글을 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 안전운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER BAND safety-team report outcome notice",
    why="B1 deleted; B2 cannot be found because its leader had already deleted the band; the policy link is not an item",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin_ops@naver.com"},
    name_from=enc("네이버 지식iN 운영"),
    date="Thu, 12 Sep 2024 14:03:30 +0900",
    subject=enc(f"[{R1}] 추가 처리 결과"),
    body=f"""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

요청번호 {R1} 중 아래 두 게시물은 운영원칙 위반으로 삭제 조치하였습니다.

https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60801&
docId=471122903
{N13}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long kin URL was hard-wrapped after '&' by the sender's mail client",
    why="two deleted posts; the first URL is broken over two lines but is plainly N7",
    items={N7: "removed", N13: "removed"},
)

case(
    name="naver-echoed-report-fields",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 완료 안내"),
    body=f"""
안녕하세요. 네이버 게시중단센터입니다.
접수하신 요청의 처리 결과를 안내드립니다.

────────────────────────────
요청번호   : {R1}
신고 URL   : {N9}
신고 사유  : 불법 사행성 정보
처리 결과  : 게시중단
처리 일시  : 2024.09.10 10:52
────────────────────────────
요청번호   : {R1}
신고 URL   : {N10}
신고 사유  : 불법 사행성 정보
처리 결과  : 임시조치(30일)
처리 일시  : 2024.09.10 10:55
────────────────────────────

게시자가 재게시를 요청하는 경우 관련 절차에 따라 별도로 안내드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 완료 안내 echoing the report's fields (요청번호/신고 URL/처리 결과) per item",
    why="each block pairs one URL with its 처리 결과: N9 게시중단 (removed), N10 임시조치 (restricted)",
    items={N9: "removed", N10: "restricted"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "cafe_ops@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    date="Thu, 12 Sep 2024 16:40:00 +0900",
    subject=enc("Re: 잭팟라운지 카페 게시글 확인 요청"),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

■ {N11} ： 삭제
■ 「{N12}」 게시글은 작성자 탈퇴로 이미 삭제된 상태라 조회되지 않습니다。

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply using full-width colon, 「」 brackets and full stop",
    why="N11 deleted; N12 already deleted with its author's account (not_found)",
    items={N11: "removed", N12: "not_found"},
)

case(
    name="naver-receipt-plus-urgent-action",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Wed, 04 Sep 2024 09:15:44 +0900",
    subject=enc(f"[접수완료] 방송통신심의위원회 시정요구 {R1}"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 게시중단센터입니다.

보내주신 시정요구는 접수번호 NR-20240904-5521로 정상 접수되었습니다.

아울러 긴급 건으로 표시해 주신 아래 게시물은 접수 즉시 게시중단 조치를 완료하였습니다.
 - {N13}

나머지 12건은 담당 부서 검토 후 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports one urgent item already taken down",
    why="receipt wording plus an unhedged 게시중단 완료 for N13 is not a pure acknowledgement",
    items={N13: "removed"},
)

case(
    name="kakao-statement-and-promises",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 18:30:12 +0900",
    subject=enc(f"RE: [{R2}] 처리 현황 안내"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
요청번호 {R2} 건의 현재 처리 현황을 안내드립니다.

{K1}
 : 개인정보(실명, 연락처) 노출 게시물로 확인되어 삭제하였습니다.

{K2}
 : 게시자 소명 내용을 검토한 후 조치할 예정입니다.

{K4}
 : 브런치 서비스 담당 부서에 전달하였으며, 확인 후 별도로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 현황 mail mixing one done item with promised ones",
    why="K1 deleted; K2 '조치할 예정' and K4 'passed on, will reply' are promises, so they stay pending",
    items={K1: "removed", K2: "pending", K4: "pending"},
)

_euckr_rows = [
    ("연번", "URL", "조치결과", "비고"),
    ("1", D1, "삭제", "운영자 삭제"),
    ("2", D2, "성인인증 후 열람", "연령 제한 적용"),
    ("3", D3, "삭제", "운영자 삭제"),
]
_dcsv = io.StringIO()
csv.writer(_dcsv, lineterminator="\r\n").writerows(_euckr_rows)
DC_CSV = _dcsv.getvalue().encode("euc-kr")

case(
    name="dc-euckr-csv-attachment",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무팀"),
    date="Thu, 12 Sep 2024 10:25:00 +0900",
    subject=enc(f"[{R4}] 조치결과 파일 송부"),
    reply_to_req=mid(R4),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="DC_b899_boundary_0912"

--DC_b899_boundary_0912
Content-Type: text/plain; charset="euc-kr"
Content-Transfer-Encoding: base64

{b64(("안녕하세요. 디시인사이드 법무팀입니다." + chr(10) + f"{R4} 시정요구 건 조치결과를 첨부 파일로 송부드립니다." + chr(10) + "확인 부탁드립니다." + chr(10)).encode("euc-kr"))}

--DC_b899_boundary_0912
Content-Type: application/vnd.ms-excel; charset="euc-kr"; name="dc_result_0912.csv"
Content-Disposition: attachment; filename="dc_result_0912.csv"
Content-Transfer-Encoding: base64

{b64(DC_CSV)}

--DC_b899_boundary_0912--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean company result sheet saved by Excel as EUC-KR CSV, attached with an Excel MIME type",
    why="attachment rows: D1, D3 deleted; D2 shown only after adult verification (age-restricted: restricted)",
    items={D1: "removed", D2: "restricted", D3: "removed"},
)

# ---------------------------------------------------------------------------
# REVIEW
# ---------------------------------------------------------------------------

case(
    name="naver-promise-only",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    date="Thu, 05 Sep 2024 10:02:37 +0900",
    subject=enc(f"Re: [{R1}] 처리 일정 안내"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 게시중단센터입니다.

요청하신 게시물 중 아래 블로그 게시물 2건은 블로그 운영정책 위반 소지가 확인되어
내부 검토를 거쳐 순차적으로 게시중단 처리될 예정입니다.

{N1}
{N2}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER processing-schedule mail that only promises future action",
    why="'게시중단 처리될 예정' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-already-gone",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    date="Mon, 09 Sep 2024 15:44:19 +0900",
    subject=enc(f"[{R2}] 티스토리 게시물 관련 회신"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

말씀하신 게시물 <{K3_RAW}>은 현재 접속이 되지 않는 것으로 보아
블로그 운영자가 이미 삭제한 것으로 보입니다.

<{K5}> 역시 비공개로 전환된 것 같습니다만, 정확한 상태는 내부 확인 후 다시 말씀드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory operator reply guessing at the state of two posts",
    why="'삭제한 것으로 보입니다' and '전환된 것 같습니다' are hedges, not statements",
    items={K3: "pending", K5: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력팀"),
    date="Fri, 13 Sep 2024 17:55:03 +0900",
    subject=enc(f"[{R1}] 조치 완료 보고"),
    reply_to_req=mid(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 보고

귀 위원회에서 요청하신 불법 도박 광고 정보 13건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

향후에도 유사 게시물에 대한 모니터링을 강화하겠습니다.

네이버 주식회사 정책협력팀
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 보고 for the whole request without listing the items",
    why="a 13-item request declared done as a whole, no item named: bulk review",
    items={},
)

case(
    name="dc-bulk-three-deleted",
    **{"from": "ops@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 18:05:41 +0900",
    subject=enc(f"Re: [{R4}] 신상정보 게시글 삭제 요청"),
    reply_to_req=mid(R4),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 3건 모두 삭제했습니다. 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="terse community-site operator reply ('3건 모두 삭제했습니다')",
    why="'all three deleted' for a three-item request names no URL: bulk review, items pending",
    items={},
)

case(
    name="naver-auth-fail",
    **{"from": "right_center@navercorp.com"},
    name_from=enc("네이버 게시중단센터"),
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:51 +0900",
    subject=enc(f"[{R1}] 게시중단 처리 완료"),
    body=f"""
안녕하세요. 네이버 게시중단센터입니다.

요청하신 아래 게시물은 삭제 처리되었습니다.
- {N1}
- {N2}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="claims deletions but the navercorp.com sender fails authentication",
    items={N1: "pending", N2: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    **{"from": "sunnyslot.owner@gmail.com"},
    name_from=enc("써니"),
    date="Wed, 11 Sep 2024 23:31:07 +0900",
    subject=enc("블로그 글 지웠습니다"),
    body=f"""
안녕하세요.
네이버에서 연락받고 메일 드립니다. 문제된 제 블로그 글 {N10} 지웠습니다.
광고인 줄 모르고 올린 거라 선처 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the poster himself writing from a personal mailbox after the portal told him",
    why="gmail.com is no platform's domain: a claim about a requested URL from an unknown sender",
    items={N10: "pending"},
)

case(
    name="naver-speaks-for-band",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력팀"),
    date="Thu, 12 Sep 2024 11:30:25 +0900",
    subject=enc(f"[{R5}] BAND 게시글 처리 결과"),
    body=f"""
안녕하세요, 네이버 정책협력팀입니다.

BAND 서비스 관련 요청({R5})에 대해 대신 회신드립니다.

{B1} - 삭제
{B2} - 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy team answering for a sister service (BAND)",
    why="the BAND items are stated by a NAVER sender; BAND's configured domain is band.us",
    items={B1: "pending", B2: "pending"},
)

case(
    name="yt-counter-notice-condition",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 01:20:44 +0900",
    subject=f"Re: {R3} - pending uploader response",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Regarding {Y2}: we have notified the uploader of your request. If the uploader does not
respond with a valid justification within 10 business days, the video will be removed.

We will let you know the final outcome.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice of a pending uploader response with a conditional removal",
    why="'will be removed' if no reply is a condition and a promise: Y2 stays pending",
    items={Y2: "pending"},
)

case(
    name="kakao-asks-documents",
    **{"from": "brunch_help@kakaocorp.com"},
    name_from=enc("브런치팀"),
    date="Fri, 06 Sep 2024 14:02:11 +0900",
    subject=enc("[브런치] 게시중단 요청 관련 추가 자료 요청"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 브런치팀입니다.

요청번호 {R2} 중 브런치 게시물({K4})의 검토를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 의결서 사본 또는 심의 결정 내용
2. 피해 당사자를 특정할 수 있는 자료(게시물 내 해당 부분 표시)

자료가 확인되는 대로 검토를 진행하겠습니다.

브런치팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao/Brunch request for supporting documents before review",
    why="the platform asks for documents; nothing is stated about K4",
    items={K4: "pending"},
)

case(
    name="naver-meeting-notice",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력팀"),
    date="Tue, 10 Sep 2024 13:00:00 +0900",
    subject=enc("2024년 하반기 불법정보 대응 실무협의회 일정 안내"),
    body="""
안녕하십니까, 네이버 정책협력팀입니다.

2024년 하반기 불법정보 대응 실무협의회를 아래와 같이 개최하고자 하오니 참석 가능 여부를 회신하여 주시기 바랍니다.

- 일시: 2024년 9월 26일(목) 14:00~16:00
- 장소: 네이버 1784 (경기도 성남시 분당구) 5층 회의실
- 안건: 추석 연휴 기간 불법 도박 광고 대응 현황 공유, 시정요구 회신 양식 개선

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal policy team's meeting invitation sent to the takedown mailbox",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="band-forwarded-internal",
    **{"from": "band_cs@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Thu, 12 Sep 2024 09:10:38 +0900",
    subject=enc(f"Fwd: [{R5}] 신고 게시글 조치 내용"),
    body=f"""
안녕하세요, BAND 고객센터입니다.
담당 부서 회신 내용을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
보낸사람: BAND 안전운영팀 <safety@band.us>
Date: 2024년 9월 11일 (수) 오후 3:02
Subject: [{R5}] 신고 게시글 조치 내용
To: <band_cs@band.us>

CS팀 참고 바랍니다.
{B1} 게시글은 오늘 오후 삭제 완료했습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="BAND customer-service agent forwarding the safety team's internal note",
    why="the only statement is inside a forwarded message: review, B1 stays pending",
    items={B1: "pending"},
)

# ---------------------------------------------------------------------------
# IGNORED
# ---------------------------------------------------------------------------

case(
    name="naver-chuseok-out-of-office",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력팀"),
    date="Sat, 14 Sep 2024 08:00:03 +0900",
    subject=enc(f"[자동응답] 추석 연휴 부재 안내 (Re: {R1})"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 회신이 어렵습니다.
긴급한 게시중단 요청은 네이버 게시중단센터(https://right.naver.com)로 접수해 주시기 바랍니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the Chuseok holiday",
    why="auto-reply; the help-centre link is not an item",
    items={},
)

_dsn_text = """This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-legal@daum.net>: host mail-in.daum.net[203.0.113.25] said: 550 5.1.1
    <cafe-legal@daum.net>: Recipient address rejected: User unknown
"""
_dsn_orig = f"""From: KCSC <takedown@kcsc.example>
To: cafe-legal@daum.net
Subject: [KCSC] {R6}
Message-ID: <{mid(R6)}-copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

1. {KK1}
"""
case(
    name="kakao-daum-bounce",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 09:41:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.b899.0910"

--DSN.b899.0910
Content-Type: text/plain; charset=us-ascii

{_dsn_text}
--DSN.b899.0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Tue, 10 Sep 2024 09:41:10 +0900

Final-Recipient: rfc822; cafe-legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--DSN.b899.0910
Content-Type: message/rfc822

{_dsn_orig}
--DSN.b899.0910--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN returning our request to a wrong Daum address",
    why="delivery failure report; the URL is only in our returned request",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:15:00 +0900",
    subject=enc(f"읽음: [KCSC] Request for removal ({R3})"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN-b899-yt"

--MDN-b899-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
제목: [KCSC] Request for removal ({R3})
읽은 시간: 2024-09-05 오전 10:14

--MDN-b899-yt
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <{mid(R3)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN-b899-yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="message disposition notification (읽음 확인) for our request",
    why="read receipt: says only that the request was displayed",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    date="Fri, 06 Sep 2024 14:21:05 +0900",
    subject=enc("[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240906-1123)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: DC-240906-1123
- 문의유형: 게시물 삭제 요청
- 제목: [방송통신심의위원회] 시정요구 ({R4})

담당자 확인 후 순차적으로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (접수번호 issued, answer to follow)",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="band-receipt",
    **{"from": "noreply@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Mon, 09 Sep 2024 10:06:40 +0900",
    subject=enc("[BAND] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. BAND입니다.

보내주신 신고가 접수되었습니다. 신고 내용은 BAND 운영정책에 따라 검토되며,
처리 결과는 검토가 끝난 뒤 메일로 안내드립니다.

이 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic report receipt",
    why="receipt only, no request or item stated on",
    items={},
)

case(
    name="kakao-receipt-echoes-urls",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 04 Sep 2024 11:03:29 +0900",
    subject=enc("[카카오] 권리침해 신고 접수 완료 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

아래와 같이 신고가 접수되었습니다.

- 접수번호: KR-2024-0904-33187
- 신고자: 방송통신심의위원회
- 신고 유형: 명예훼손/개인정보 노출
- 신고 URL:
  {K1}
  {K2}

접수된 신고는 담당자 검토 후 처리되며, 처리 결과는 별도로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 완료 receipt that echoes the reported URLs",
    why="automatic receipt; echoing the URLs states nothing about them",
    items={},
)


HEADER = """# Blind set 899 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind899/make.py from each email's meaning, before
# the reader was run on it. Each case is ingested alone into a fresh ledger
# holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases written")
