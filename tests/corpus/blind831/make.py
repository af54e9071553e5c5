#!/usr/bin/env python3
"""Blind set 831: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind831/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email, name, URL and id is fictional; expected results were written from
each email's meaning before the reader was ever run on them.
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

SET = "blind831"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_harbor77/223561204718"
N2 = "https://blog.naver.com/moonlit_harbor77/223561388450"
N3 = "https://cafe.naver.com/greenvalleyfan/118204"
N4 = "https://cafe.naver.com/greenvalleyfan/118377"
N5 = "https://cafe.naver.com/jjamtong2020/5521"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472390118"
N7 = "https://blog.naver.com/pinecone_diary/223570011234"
N8 = "https://m.blog.naver.com/pinecone_diary/223570019876"
N9 = "https://cafe.naver.com/seoulstocktalk/90412"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38412077&memberNo=51230984"
N11 = "https://cafe.naver.com/seoulstocktalk/90533"
N12 = "https://blog.naver.com/grayowl_note/223580442210"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/bluewhale_club/Rf3K/2841"
D2_RAW = "https://snowpeak-diary.tistory.com/entry/오늘의-제보-모음"
D2 = "https://snowpeak-diary.tistory.com/entry/" + quote("오늘의-제보-모음")
D3 = "https://cafe.daum.net/bluewhale_club/Rf3K/2907"
D4 = "https://quietroom-memo.tistory.com/412"
DAUM = [D1, D2, D3, D4]

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120345"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120788"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcafe&no=55102"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcafe&no=55230"
C5 = "https://gall.dcinside.com/mini/board/view/?id=greenpark&no=3318"
DC = [C1, C2, C3, C4, C5]

S1 = "https://vod.sooplive.co.kr/player/134552871"
S2 = "https://vod.sooplive.co.kr/player/134560092"
S3 = "https://ch.sooplive.co.kr/nightrider07/post/148820331"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7304518822"
F2 = "https://www.fmkorea.com/7304602217"
FMK = [F1, F2]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8912345"

I1 = "https://www.inven.co.kr/board/lostark/4811/5512340"
I2 = "https://www.inven.co.kr/board/maple/5974/3321187"
INVEN = [I1, I2]

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     NAVER, "defamation", "req-240902-01@kcsc.example", "NAVER blog/cafe/kin/post batch"),
    ("KCSC-240903-02", "daum", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     DAUM, "privacy", "req-240903-02@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00",
     DC, "illegal_finance", "req-240904-03@kcsc.example", "DC Inside galleries"),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     SOOP, "obscenity", "req-240905-04@kcsc.example", "SOOP VODs and station post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:40:00+09:00", "2024-09-13T18:00:00+09:00",
     FMK, "gambling", "req-240906-05@kcsc.example", "FM Korea posts"),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T09:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [P1], "fraud", "req-240909-06@kcsc.example", "Ppomppu free board"),
    ("KCSC-240910-07", "inven", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00",
     INVEN, "gambling", "req-240910-07@kcsc.example", "Inven game boards"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc_subject(s):
    return Header(s, "utf-8").encode()


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, greeting="방송통신심의위원회 통신심의국입니다."):
    lines = [greeting, "", f"요청번호 {ref} 관련, 아래 게시물 {len(urls)}건에 대해 삭제 또는 접속차단 조치를 요청합니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "", "KCSC 삭제요청 담당"]
    return "\n".join(lines)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


C = []


def case(**kw):
    C.append(kw)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-table-html",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[KCSC-240902-01] 시정요구 조치결과 회신",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01)에 대한 1차 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>{N3}</td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>4</td><td>{N4}</td><td>임시조치(30일)</td><td>2024-09-05</td></tr>
<tr><td>5</td><td>{N5}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>6</td><td>{N6.replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-05</td></tr>
</table>
<p>나머지 6건은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 회신 table (번호/URL/조치결과/조치일)",
    why="trusted NAVER table: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found; the six promised items stay pending",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "removed"},
)

case(
    name="naver-english-trust-safety-prose",
    date="Fri, 06 Sep 2024 09:41:37 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] Request for removal",
    reply_to_req="req-240902-01",
    body=f"""Hello,

This is the NAVER Trust & Safety team writing about your request KCSC-240902-01.

We have deleted the blog post {N7} because it disclosed a private individual's personal information.

We could not find the post at {N8}. Our records show that its author deleted it before our review started.

The cafe post {N9} was reviewed against our community guidelines. It is an opinion about a listed company and does not violate them, so it remains available.

More about how we review reports: https://help.naver.com/service/5632/contents/19010

Kind regards,
Jiwoo Han
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome letter from a Korean portal",
    why="three plain statements: deleted, could not find (author deleted), remains available with reason; help link is no item",
    items={N7: "removed", N8: "not_found", N9: "rejected"},
)

naver_csv = csv_text([
    ["번호", "URL", "처리결과", "비고"],
    ["1", N1, "삭제", ""],
    ["2", N2, "삭제", ""],
    ["3", N3, "게시중단", "권리침해"],
    ["4", N4, "임시조치", "30일"],
    ["5", N5, "게시물 없음", ""],
    ["6", N6, "삭제", ""],
    ["7", N7, "블라인드", ""],
    ["8", N8, "게시물 없음", "작성자 삭제"],
    ["9", N9, "미조치", "운영정책 위반 아님"],
    ["10", N10, "삭제", ""],
    ["11", N11, "임시조치", "30일"],
    ["12", N12, "비공개 처리", ""],
])
case(
    name="naver-csv-attachment-all-items",
    date="Mon, 09 Sep 2024 17:05:48 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject=enc_subject("[KCSC-240902-01] 조치결과 송부 (첨부)"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-0909"

--nv-csv-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 12건에 대한 최종 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

네이버 정책지원팀
--nv-csv-0909
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(naver_csv)}
--nv-csv-0909--
""",
    outcome="applied", classification="confirmation",
    imitates="portal's result spreadsheet sent as a CSV attachment (번호,URL,처리결과,비고)",
    why="CSV lists each of the 12 items with a clear result: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치(위반 아님) rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "not_found", N9: "rejected", N10: "removed",
           N11: "restricted", N12: "removed"},
)

case(
    name="naver-cafe-top-posted-over-quote",
    date="Wed, 04 Sep 2024 11:02:19 +0900",
    **{"from": "cafe-support@navercorp.com"}, name_from="네이버 카페 운영지원",
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 카페 운영지원 담당입니다.

요청하신 게시물 중 아래 카페 게시물 2건은 블라인드 처리하였습니다.

- {N3}
- {N11}

그 외 게시물은 담당 부서에서 확인 중이며, 결과가 나오면 따로 알려드리겠습니다.

감사합니다.

2024. 9. 2. 오전 10:00, KCSC 삭제요청 <takedown@kcsc.example> 작성:
{quote_lines(request_text("KCSC-240902-01", NAVER))}""",
    outcome="applied", classification="confirmation",
    imitates="Korean top-posted reply over the quoted request (NAVER mail quoting style)",
    why="only the two cafe posts above the quote were blinded; the quoted request's other ten URLs are not statements",
    items={N3: "removed", N11: "removed"},
)

case(
    name="naver-bare-url-status-below",
    date="Fri, 06 Sep 2024 14:33:02 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 처리 현황",
    reply_to_req="req-240902-01",
    body=f"""KCSC-240902-01 관련 처리 현황 공유드립니다.

{N12}
→ 비공개 처리 완료

{N4}
→ 국내 접근 제한 (임시조치)

{N5}
→ 검토 중

정책지원팀 이도윤 드림""",
    outcome="applied", classification="confirmation",
    imitates="staff status update with the URL on one line and its result on the line below",
    why="비공개 처리 완료 is removed, 국내 접근 제한 restricted; 검토 중 is no statement so that item stays pending",
    items={N12: "removed", N4: "restricted", N5: "pending"},
)

case(
    name="naver-quoted-printable-korean",
    date="Thu, 05 Sep 2024 10:12:55 +0900",
    **{"from": "kin-ops@navercorp.com"}, name_from="네이버 지식iN 운영",
    subject=enc_subject("Re: [KCSC-240902-01] 게시물 조치 결과"),
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""안녕하세요, 네이버 지식iN 운영 담당자입니다.

위원회 요청번호 KCSC-240902-01 관련하여 지식iN 답변 게시물 {N6} 은 삭제 처리되었습니다.

블로그 게시물 {N2} 은 확인 결과 존재하지 않는 게시물입니다(작성자 삭제).

감사합니다.
""") + "\n",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply from a portal's service team",
    why="QP-decoded Korean: one item 삭제 (removed), one 존재하지 않는 게시물 (not_found)",
    items={N6: "removed", N2: "not_found"},
)

case(
    name="naver-rejected-with-reason-korean",
    date="Sat, 07 Sep 2024 13:48:30 +0900",
    **{"from": "cafe-support@navercorp.com"}, name_from="네이버 카페 운영지원",
    subject="[KCSC-240902-01] 주식 카페 게시물 검토 결과",
    reply_to_req="req-240902-01",
    body=f"""요청하신 게시물에 대해 아래와 같이 검토하였습니다.

1. {N9}
   - 결과: 조치 불가
   - 사유: 특정 종목에 대한 이용자 개인 의견으로, 카페 운영정책상 삭제 대상에 해당하지 않아 게시를 유지합니다.

2. {N11}
   - 결과: 삭제
   - 사유: 허위 투자정보 유포 (카페 운영정책 위반)

검토 결과에 이의가 있으시면 https://help.naver.com/inquiry/cafe-report 로 문의해 주세요.

네이버 카페 운영지원""",
    outcome="applied", classification="confirmation",
    imitates="Korean 검토 결과 notice with 결과/사유 lines per post",
    why="조치 불가 with reason and 게시를 유지 is a refusal (rejected); the second post 삭제 (removed); help link is no item",
    items={N9: "rejected", N11: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    date="Fri, 06 Sep 2024 15:27:14 +0900",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[KCSC-240903-02] 게시물 조치 결과 안내",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 조치 결과를 안내드립니다.

티스토리 게시물({D2_RAW})은 서비스 운영정책 위반으로 삭제 조치되었습니다.

다음 카페 게시글 {D1} 은 권리침해 신고 절차에 따라 30일간 임시조치되었습니다.

감사합니다.
카카오 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 조치 결과 안내 mail with a raw Korean Tistory path in parentheses",
    why="raw Korean path matches the percent-encoded request URL: 삭제 removed; 임시조치 restricted",
    items={D2: "removed", D1: "restricted"},
)

daum_html = f"""<html><body>
<p>안녕하세요. Daum 카페/티스토리 신고센터입니다.</p>
<p>요청번호 KCSC-240903-02 처리 결과입니다.</p>
<table border="1">
<tr><th>게시물 주소</th><th>처리 결과</th></tr>
<tr><td><a href="{D3}">{D3}</a></td><td>블라인드 처리</td></tr>
<tr><td><a href="{D4}">{D4}</a></td><td>작성자 삭제로 게시물이 존재하지 않음</td></tr>
</table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="daum-base64-html-table",
    date="Mon, 09 Sep 2024 10:05:40 +0900",
    **{"from": "noreply-report@daum.net"}, name_from="Daum 신고센터",
    subject=enc_subject("[Daum] 신고 처리 결과 안내 (KCSC-240903-02)"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(daum_html) + "\n",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded HTML result notice from Daum's report centre",
    why="table rows: 블라인드 처리 removed; 작성자 삭제로 존재하지 않음 not_found",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="dc-numbered-korean",
    date="Thu, 05 Sep 2024 18:10:03 +0900",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청 번호: KCSC-240904-03

1) {C1} : 삭제
2) {C2} : 삭제
3) {C3} : 이미 삭제된 글로 확인 불가

나머지 2건은 갤러리 매니저 확인 후 추가 회신 예정입니다.

디시인사이드 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="community site operator's numbered result list (URL : 결과)",
    why="two 삭제 (removed), one already deleted and not found (not_found); the promise about the other two is no statement",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dc-fullwidth-punctuation",
    date="Fri, 06 Sep 2024 11:45:26 +0900",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[KCSC-240904-03] 추가 회신",
    reply_to_req="req-240904-03",
    body=f"""KCSC-240904-03 추가 회신드립니다。

마이너 갤러리 게시물 {C4} 는 삭제하였습니다。
미니 갤러리 게시물（{C5}）은 19세 미만 이용자가 열람할 수 없도록 성인 인증 열람 제한 처리했습니다。

이상입니다。""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator follow-up typed with full-width punctuation (。（）)",
    why="삭제하였습니다 removed; 19세 미만 열람 제한 is an age restriction, restricted; full-width brackets are not part of the URL",
    items={C4: "removed", C5: "restricted"},
)

case(
    name="dc-english-legal-reply",
    date="Mon, 09 Sep 2024 09:30:00 +0900",
    **{"from": "legal@dcinside.com"}, name_from="DCinside Legal",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Dear KCSC team,

Regarding KCSC-240904-03, the following two posts were deleted by our operations team on 6 September:

  * <{C1}>
  * <{C2}>

The mini-gallery post <{C5}> was reviewed. It is a review of a local park event and breaches neither our terms nor Korean law, so we have decided to leave it up.

Best regards,
Legal team, DCinside""",
    outcome="applied", classification="confirmation",
    imitates="English legal-team reply with angle-bracketed URLs in a bulleted list",
    why="two listed posts deleted (removed); the third kept up with a reason (rejected)",
    items={C1: "removed", C2: "removed", C5: "rejected"},
)

case(
    name="soop-bilingual-vod-results",
    date="Fri, 06 Sep 2024 19:02:44 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 콘텐츠정책팀",
    subject="[SOOP] KCSC-240905-04 처리 결과 / Result",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, SOOP 콘텐츠정책팀입니다. / Hello from the SOOP content policy team.

[처리 결과 / Result]

■ {S1}
  VOD 삭제 완료 / VOD deleted

■ {S2}
  다시보기 비공개 전환 / Replay made private

■ {S3}
  19세 이상 시청 제한 적용 / Age restriction (19+) applied

감사합니다. / Thank you.""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English streaming-platform result notice with per-item status below each URL",
    why="deleted and made private are removed; 19+ age restriction is restricted",
    items={S1: "removed", S2: "removed", S3: "restricted"},
)

case(
    name="soop-outlook-original-message",
    date="Mon, 09 Sep 2024 13:15:09 +0900",
    **{"from": "park.mj@sooplive.co.kr"}, name_from="박민재",
    subject="RE: [KCSC-240905-04] 시정요구",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요.

요청 건 중 {S1} VOD는 삭제했습니다.
방송국 게시글 {S3} 은 내부 검토 결과 운영정책 위반 사항이 없어 유지됩니다.

감사합니다.
박민재 | SOOP 운영정책팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:00 PM
To: policy@sooplive.co.kr
Subject: [KCSC-240905-04] 시정요구

{request_text("KCSC-240905-04", SOOP)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request unquoted below",
    why="top part: VOD deleted (removed), station post kept for no violation (rejected); S2 only appears in the original message",
    items={S1: "removed", S3: "rejected"},
)

case(
    name="fmkorea-short-korean",
    date="Sat, 07 Sep 2024 22:18:51 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""KCSC-240906-05 처리했습니다.

{F1} 삭제했고요,
{F2} 는 없는 글입니다(존재하지 않는 문서 번호).

에펨코리아 운영진""",
    outcome="applied", classification="confirmation",
    imitates="terse community-admin reply, one line per post",
    why="삭제했고요 removed; 없는 글/존재하지 않는 문서 not_found",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="naver-wrapped-post-url",
    date="Tue, 10 Sep 2024 10:20:37 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="RE: [KCSC-240902-01] 포스트/지식iN 조치 완료",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물 2건을 삭제 조치하였습니다.

- 네이버 포스트: https://post.naver.com/viewer/postView.naver?volumeNo=38412077&
memberNo=51230984
- 지식iN: {N6}

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL was hard-wrapped by the mail client after '&'",
    why="both listed posts deleted; the post URL wrapped after '&' is still one URL to a careful reader",
    items={N10: "removed", N6: "removed"},
)

case(
    name="ppomppu-one-item-no-url",
    date="Tue, 10 Sep 2024 16:44:12 +0900",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청하신 게시물은 자유게시판 운영원칙에 따라 삭제 처리되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short Korean operator reply naming no URL, answering a one-item request",
    why="the request has one item; 요청하신 게시물은 삭제 처리되었습니다 is an unhedged statement about it",
    items={P1: "removed"},
)

case(
    name="inven-english-html-list",
    date="Thu, 12 Sep 2024 14:03:27 +0900",
    **{"from": "policy@inven.co.kr"}, name_from="Inven Community Policy",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req="req-240910-07",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please see the outcome of request KCSC-240910-07 below.</p>
<ul>
<li><a href="{I1}">{I1}</a> &mdash; removed by the board moderator (promotion of illegal gambling)</li>
<li><a href="{I2}">{I2}</a> &mdash; no action taken: the post is a game guide and does not breach our rules</li>
</ul>
<p>Regards,<br>Inven Community Policy</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="English HTML outcome list from a game community site",
    why="one removed; one refused with reason (rejected)",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-angle-brackets-korean",
    date="Wed, 11 Sep 2024 17:36:58 +0900",
    **{"from": "gm-lostark@inven.co.kr"}, name_from="인벤 게시판 운영자",
    subject="Re: [KCSC-240910-07] 시정요구",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요, 인벤 게시판 운영자입니다.

<{I1}> 게시글은 게시판 운영자가 삭제했습니다.
<{I2}> 게시글은 작성자가 이미 삭제한 상태였습니다.

수고하세요.""",
    outcome="applied", classification="confirmation",
    imitates="board moderator's Korean reply with URLs in angle brackets followed by particles",
    why="운영자 삭제 removed; already deleted by its author not_found",
    items={I1: "removed", I2: "not_found"},
)

case(
    name="naver-statement-of-reasons",
    date="Sun, 08 Sep 2024 08:55:10 +0900",
    **{"from": "sor-noreply@navercorp.com"}, name_from="NAVER Content Moderation",
    subject="Statement of reasons - KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Statement of reasons

Notice reference: KCSC-240902-01
Notifier: Korea Communications Standards Commission

Item 1
Content: {N4}
Decision: Access to the content restricted for users in the Republic of Korea
Ground: illegal content under Korean law (Information and Communications Network Act)
Automated means used: No

Item 2
Content: {N7}
Decision: Content removed
Ground: incompatible with NAVER terms of service (privacy)
Automated means used: No

Redress: the uploader may appeal at https://help.naver.com/appeal/content. This notice does not affect other remedies.""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, automated means, redress)",
    why="decision lines per item: restricted in Korea (restricted), content removed (removed); the appeal link is no item",
    items={N4: "restricted", N7: "removed"},
)

case(
    name="naver-receipt-plus-result",
    date="Tue, 03 Sep 2024 15:09:33 +0900",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    body=f"""안녕하세요, 네이버 고객센터입니다.

귀하의 요청이 접수되었습니다 (접수번호 NV-240903-55817, 위원회 요청번호 KCSC-240902-01).

검토 결과, 아래 게시물은 게시중단 처리가 완료되었습니다.
{N1}

처리 결과는 고객센터 > 문의내역에서도 확인하실 수 있습니다.

네이버 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="help-desk answer that opens with a receipt line and then gives the result",
    why="acknowledgement phrase plus an unhedged 게시중단 처리 완료 about a named item: not a pure acknowledgement",
    items={N1: "removed"},
)

case(
    name="daum-stated-and-promised",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    **{"from": "cafe-op@daum.net"}, name_from="다음 카페 운영팀",
    subject="Re: [KCSC-240903-02] 카페 게시글 관련",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 다음 카페 운영팀입니다.

{D1} 게시글은 블라인드 처리되었습니다.

{D3} 게시글은 카페 운영진 소명 절차를 거쳐 9월 13일까지 조치할 예정입니다.

다음 카페 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team reply mixing one done action with one promise",
    why="블라인드 처리되었습니다 removed; 조치할 예정 is a promise, that item stays pending",
    items={D1: "removed", D3: "pending"},
)

soop_csv = csv_text([
    ["url", "action", "note"],
    [S1, "deleted", "sexual content"],
    [S2, "deleted", "sexual content"],
    [S3, "not found", "post no longer exists"],
])
case(
    name="soop-csv-attachment",
    date="Tue, 10 Sep 2024 09:58:00 +0900",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    subject="KCSC-240905-04 outcome",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-out-0910"

--soop-out-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of KCSC-240905-04 in the attached file.

SOOP Trust & Safety
--soop-out-0910
Content-Type: text/csv; name="KCSC-240905-04_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_outcome.csv"
Content-Transfer-Encoding: base64

{b64(soop_csv)}
--soop-out-0910--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome sent as an English CSV attachment",
    why="CSV rows: deleted, deleted, not found",
    items={S1: "removed", S2: "removed", S3: "not_found"},
)

case(
    name="dc-gmail-quoted-korean",
    date="Thu, 05 Sep 2024 16:41:20 +0900",
    **{"from": "manager.nightcafe@dcinside.com"}, name_from="야간카페 갤러리 관리",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""요청 주신 건 처리 결과입니다.

{C3} - 삭제
{C4} - 삭제

나머지 게시물은 본사 운영팀에서 확인 중입니다.

2024년 9월 4일 (수) 오전 9:15, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{quote_lines(request_text("KCSC-240904-03", DC))}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="two posts 삭제 above the quote (removed); the quoted request and 확인 중 change nothing else",
    items={C3: "removed", C4: "removed"},
)

case(
    name="fmkorea-html-geoblock",
    date="Tue, 10 Sep 2024 20:07:45 +0900",
    **{"from": "legal@fmkorea.com"}, name_from="FMKorea Legal",
    subject="RE: [KCSC-240906-05] 조치 결과 / Outcome",
    reply_to_req="req-240906-05",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 에펨코리아 법무 담당입니다.</p>
<p><a href="{F1}">{F1}</a><br>
국내 IP 접속 차단 조치 완료 (blocked for visitors from Korea)</p>
<p><a href="{F2}">{F2}</a><br>
위반 사항 없음 &ndash; 게시 유지 (no violation found, the post stays up)</p>
<p>감사합니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="bilingual HTML result from a community site's legal contact",
    why="blocked for Korean IPs only is restricted; no violation, stays up is rejected",
    items={F1: "restricted", F2: "rejected"},
)

case(
    name="naver-english-bullets-status-below",
    date="Wed, 11 Sep 2024 10:31:16 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] Outcome for blog posts",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Outcome for the blog posts in KCSC-240902-01:

- {N2}
  Status: Removed (privacy violation)
- {N8}
  Status: Not found - the post no longer exists
- {N12}
  Status: No action - the post does not violate our policies

Best,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English bulleted outcome list with a 'Status:' line under each URL",
    why="Removed, Not found, No action with reason (rejected)",
    items={N2: "removed", N8: "not_found", N12: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-korean",
    date="Tue, 03 Sep 2024 17:20:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="Re: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 순차적으로 게시중단 처리될 예정입니다.
- {N1}
- {N2}

처리가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Korean portal reply promising 게시중단 later (처리될 예정)",
    why="처리될 예정 is a promise, not a statement: names requested items, nothing applicable",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-appears-removed",
    date="Fri, 06 Sep 2024 10:02:33 +0900",
    **{"from": "legal@dcinside.com"}, name_from="DCinside Legal",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Dear KCSC team,

Regarding KCSC-240904-03, our moderators report that the posts <{C1}> and <{C2}> appear to have been removed already, but we are still confirming this with the gallery manager.

We will write again once we have confirmation.

Legal team, DCinside""",
    outcome="review", review="not_understood",
    imitates="English legal-team holding reply with a hedge ('appear to have been removed')",
    why="'appear to have been removed' and 'still confirming' are a hedge: no status can be applied",
    items={C1: "pending", C2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Thu, 12 Sep 2024 09:14:07 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[KCSC-240902-01] 조치 완료",
    reply_to_req="req-240902-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건으로 요청하신 게시물 12건 모두 삭제 조치 완료되었습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="Korean one-line bulk completion notice",
    why="one statement for all 12 items without naming any: bulk for a request of 12 items",
    items={},
)

case(
    name="daum-bulk-english",
    date="Wed, 11 Sep 2024 16:00:21 +0900",
    **{"from": "report@kakaocorp.com"}, name_from="Kakao Report Center",
    subject="Re: [KCSC-240903-02] Request",
    reply_to_req="req-240903-02",
    body="""Hello,

All the reported posts under KCSC-240903-02 have been blinded and are no longer visible to users.

Kakao Report Center""",
    outcome="review", review="bulk",
    imitates="English bulk outcome from a portal report centre",
    why="statement about all items of a four-item request, none named: bulk",
    items={},
)

case(
    name="naver-dmarc-fail",
    date="Fri, 06 Sep 2024 21:47:52 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    subject="[KCSC-240902-01] 조치결과",
    body=f"""위원회 요청 KCSC-240902-01 관련 조치결과입니다.

{N5} : 삭제
{N9} : 삭제

네이버 정책지원팀""",
    outcome="review", review="untrusted",
    imitates="result notice whose sender claims navercorp.com but fails DKIM/SPF/DMARC",
    why="platform domain failing authentication: statements are kept for review, not applied",
    items={N5: "pending", N9: "pending"},
)

case(
    name="gmail-lookalike-naver-helpdesk",
    date="Sat, 07 Sep 2024 02:13:40 +0900",
    **{"from": "naver.helpdesk.kr@gmail.com"}, name_from="NAVER 고객센터",
    subject="Re: [KCSC-240902-01] 게시중단 처리 완료",
    body=f"""안녕하세요 네이버 고객센터입니다.

요청하신 카페 게시물 {N3} 게시중단 처리 완료되었습니다.

감사합니다.""",
    outcome="review", review="unknown_sender",
    imitates="free-mail account presenting itself as a portal help desk",
    why="gmail.com is no platform's sender domain; names our request and a URL",
    items={N3: "pending"},
)

case(
    name="dc-law-firm-agent",
    date="Mon, 09 Sep 2024 15:22:18 +0900",
    **{"from": "kim.js@hangyeol-law.kr"}, name_from="법무법인 한결 김정수 변호사",
    subject="[KCSC-240904-03] 디시인사이드 게시물 관련 회신",
    body=f"""방송통신심의위원회 귀중

당 법무법인은 주식회사 디시인사이드의 위임을 받아 아래와 같이 회신드립니다.

귀 위원회가 요청하신 게시물 중
{C1}
{C2}
위 2건은 2024. 9. 6. 삭제되었음을 알려드립니다.

법무법인 한결 변호사 김정수""",
    outcome="review", review="unknown_sender",
    imitates="law firm answering on a platform's behalf (대리인 회신)",
    why="sender domain belongs to no platform; a clerk must check the mandate before recording anything",
    items={C1: "pending", C2: "pending"},
)

case(
    name="daum-about-naver-cafe-url",
    date="Thu, 05 Sep 2024 13:30:45 +0900",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="Re: [KCSC-240903-02] 게시물 조치 결과 안내",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오입니다.

보내주신 목록 중 {N3} 는 다음(Daum) 카페가 아닌 네이버 카페 주소입니다. 참고로 확인해 보니 해당 게시물은 이미 삭제된 상태였습니다.

다음 서비스 게시물에 대한 결과는 별도로 안내드리겠습니다.

카카오 고객센터""",
    outcome="review", review="wrong_platform",
    imitates="portal pointing out a competitor's URL and remarking on its state",
    why="Kakao states a status for a NAVER item: not its own platform's item",
    items={N3: "pending"},
)

case(
    name="naver-asks-more-documents",
    date="Wed, 04 Sep 2024 14:56:02 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    subject="[KCSC-240902-01] 추가 자료 요청",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물 {N9} 에 대해 판단하기 위해, 귀 위원회의 심의 의결서 사본과 해당 게시물이 불법정보에 해당한다고 보신 법령상 근거를 보내주시기 바랍니다.

자료를 받는 대로 검토를 진행하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the decision document and legal basis before acting (추가 자료 요청)",
    why="asks the regulator for documents; no status stated",
    items={N9: "pending"},
)

case(
    name="soop-conditional-deletion",
    date="Sat, 07 Sep 2024 12:40:30 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 콘텐츠정책팀",
    subject="Re: [KCSC-240905-04] 시정요구 / Removal request",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, SOOP 콘텐츠정책팀입니다.

{S2} VOD는 업로더에게 소명 요청을 보냈으며, 7일 이내에 이의 제기가 없으면 삭제될 예정입니다.
If the uploader files no objection within 7 days, the VOD will be deleted.

{S1} 는 해당 BJ의 생방송이 끝난 뒤 검토하겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="streaming platform's conditional notice (deleted unless the uploader objects)",
    why="a condition and a promise to review: names requested items, states no status",
    items={S2: "pending", S1: "pending"},
)

case(
    name="inven-contact-change-no-claims",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "policy@inven.co.kr"}, name_from="인벤 커뮤니티정책팀",
    subject="[인벤] 공공기관 요청 접수 창구 변경 안내",
    body="""방송통신심의위원회 담당자님께,

인벤 커뮤니티정책팀입니다.

2024년 9월 23일부터 공공기관의 게시물 조치 요청은 policy@inven.co.kr 로만 접수됩니다. 기존 gm 계정으로 보내주신 메일은 자동으로 전달되지 않으니 참고 부탁드립니다.

감사합니다.""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address for authorities",
    why="trusted Inven mail naming no item and no request",
    items={},
)

case(
    name="fmkorea-conflicting-replies",
    date="Mon, 09 Sep 2024 18:25:39 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""KCSC-240906-05 관련 회신입니다.

[운영자 A]
{F1} 게시물은 삭제되었습니다.

[운영자 B]
{F1} 게시물은 검토 결과 운영규정 위반이 아니어서 유지합니다.

에펨코리아 운영진""",
    outcome="review", review="conflicting_statements",
    imitates="community admins pasting two moderators' contradictory answers into one reply",
    why="the same post is said to be deleted and to stay up: a person must ask which holds",
    items={F1: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    date="Wed, 04 Sep 2024 09:00:12 +0900",
    **{"from": "kim.sy@navercorp.com"}, name_from="김서연",
    subject="자동 회신: [KCSC-240902-01] 시정요구",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김서연입니다.

9월 4일(수)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (자동 회신 / 부재중)",
    why="auto-reply; says nothing about any item",
    items={},
)

dsn_orig = "\n".join([
    "Date: Wed, 04 Sep 2024 09:15:00 +0900",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: report@dcinside.com",
    "Subject: [KCSC-240904-03] =?UTF-8?B?" + base64.b64encode("게시물 삭제 요청".encode()).decode() + "?=",
    "Message-ID: <req-240904-03@kcsc.example>",
])
case(
    name="dc-dsn-user-unknown",
    date="Wed, 04 Sep 2024 09:15:07 +0900",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-0904"

--dsn-dc-0904
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[local] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn-dc-0904
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Wed, 04 Sep 2024 09:15:05 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@dcinside.com>: Recipient address
    rejected: User unknown

--dsn-dc-0904
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{dsn_orig}

--dsn-dc-0904--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown)",
    why="bounce of our request to a wrong address",
    items={},
)

case(
    name="soop-mdn-read",
    date="Thu, 05 Sep 2024 14:31:02 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 콘텐츠정책팀",
    subject="Read: [KCSC-240905-04] 시정요구",
    reply_to_req="req-240905-04",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-soop-0905"

--mdn-soop-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: policy@sooplive.co.kr
  Subject: [KCSC-240905-04] 시정요구
  Sent: Thursday, September 5, 2024 2:00:00 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 2:31:00 PM (UTC+09:00) Seoul.
--mdn-soop-0905
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@sooplive.co.kr
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-soop-0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (message/disposition-notification)",
    why="MDN: the request was displayed, nothing about items",
    items={},
)

case(
    name="daum-ticket-receipt",
    date="Tue, 03 Sep 2024 11:31:40 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: KK-2409-113820
접수일시: 2024-09-03 11:31

답변은 영업일 기준 3~5일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk ticket receipt (문의 접수 완료, 접수번호)",
    why="pure receipt with a ticket number, nothing about items",
    items={},
)

case(
    name="fmkorea-ooo-english-quoted",
    date="Fri, 06 Sep 2024 10:40:22 +0900",
    **{"from": "j.lee@fmkorea.com"}, name_from="Jaehyun Lee",
    subject="Automatic reply: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I am out of the office until Monday 16 September with limited access to email.
For urgent removal requests please write to admin@fmkorea.com.

{quote_lines(request_text("KCSC-240906-05", FMK))}""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office reply that quotes the incoming request",
    why="auto-reply; the URLs appear only in the quoted request",
    items={},
)

case(
    name="inven-mdn-korean",
    date="Tue, 10 Sep 2024 16:02:10 +0900",
    **{"from": "policy@inven.co.kr"}, name_from="인벤 커뮤니티정책팀",
    subject="읽음: [KCSC-240910-07] 시정요구",
    reply_to_req="req-240910-07",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-inven-0910"

--mdn-inven-0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일이 수신자에게 표시되었습니다.

  받는 사람: policy@inven.co.kr
  제목: [KCSC-240910-07] 시정요구
  읽은 시간: 2024-09-10 16:02
--mdn-inven-0910
Content-Type: message/disposition-notification

Reporting-UA: mw.inven.co.kr; Thunderbird 115.14
Final-Recipient: rfc822;policy@inven.co.kr
Original-Message-ID: <req-240910-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-inven-0910--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean-localised read receipt (읽음 확인, MDN)",
    why="read receipt only",
    items={},
)

case(
    name="ppomppu-ticket-english",
    date="Mon, 09 Sep 2024 09:01:15 +0900",
    **{"from": "support@ppomppu.co.kr"}, name_from="Ppomppu Support",
    subject="[Request #58213] Received: [KCSC-240909-06] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your request (#58213) has been received and is being reviewed by our support staff.

To add more information, reply to this email.

This is an automated message. Ppomppu Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt ('Your request has been received')",
    why="pure acknowledgement with a ticket number; states nothing about the item",
    items={},
)


HEADER = """# blind831: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, FM Korea, Ppomppu, Inven), Korean and English mixed, with doubtful and
# ignorable mail. Written by tests/corpus/blind831/make.py from each email's
# meaning, before the reader was run on any of them. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)
    print(f"{len(C)} cases")
