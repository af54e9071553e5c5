#!/usr/bin/env python3
"""Blind set 515 (Korean portals and communities): writes requests.csv,
cases/*.eml and expected.toml.

    python3 tests/corpus/blind515/make.py

Every email is fictional and written for this set; expected results come
from each email's meaning alone, written before the reader was run.
Deterministic: running it twice changes nothing.
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

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_trade/223561200101"
N2 = "https://blog.naver.com/moonlit_trade/223561200158"
N3 = "https://blog.naver.com/greenpill_kr/223548877120"
N4 = "https://cafe.naver.com/pillmarket2024/15522"
N5 = "https://cafe.naver.com/pillmarket2024/15530"
N6_RAW = "https://cafe.naver.com/중고장터/88213"
N6 = "https://cafe.naver.com/" + quote("중고장터") + "/88213"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471102233"
N8 = ("https://post.naver.com/viewer/postView.naver?volumeNo=38110442"
      "&memberNo=5521907&navigationType=push&searchRank=12")
N9 = "https://blog.naver.com/PostView.naver?blogId=nightowl_shop&logNo=223570044512"
N10 = "https://in.naver.com/healthdeal/contents/internal/712340098811"
N11 = "https://cafe.naver.com/pillmarket2024/15541"
N12 = "https://blog.naver.com/greenpill_kr/223548877199"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2: Kakao (Daum cafe, Tistory, Brunch), 5 items
K1 = "https://cafe.daum.net/lucky7slot/AbCd/4412"
K2 = "https://cafe.daum.net/lucky7slot/AbCd/4419"
K3 = "https://sunnybet777.tistory.com/58"
K4 = "https://sunnybet777.tistory.com/61"
K5 = "https://brunch.co.kr/@slotking/17"
R2_URLS = [K1, K2, K3, K4, K5]

# R3: YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qm3xT7kLp0a"
Y2 = "https://www.youtube.com/watch?v=Hf8Rz2WvN1c"
Y3 = "https://www.youtube.com/shorts/Lk9aPz3Xy7E"
Y4_RAW = "https://www.youtube.com/@행운상점TV"
Y4 = "https://www.youtube.com/@" + quote("행운상점") + "TV"
R3_URLS = [Y1, Y2, Y3, Y4]

# R4: DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812201"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=551023"
D3 = "https://m.dcinside.com/board/coinmarket/551087"
R4_URLS = [D1, D2, D3]

# R5: BAND, 2 items
B1 = "https://band.us/band/88120455/post/1207"
B2 = "https://band.us/band/88120455/post/1213"

# R6: NAVER, 1 item; R7: YouTube, 1 item
S1 = "https://blog.naver.com/quietharbor_99/223590012345"
T1 = "https://www.youtube.com/watch?v=Zx4Tn8Qw2Re"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00", R1_URLS, "drugs",
     'Blog, cafe and KiN posts selling "diet pills", one seller'),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", R2_URLS, "gambling",
     "Daum cafe, Tistory and Brunch promotion of one betting site"),
    (R3, "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", R3_URLS, "gambling",
     "videos, a short and the channel itself"),
    (R4, "dcinside", "2024-09-09T15:10:00+09:00", "2024-09-16T18:00:00+09:00", R4_URLS, "privacy",
     "posts exposing a person's phone number, gallery and mobile addresses"),
    (R5, "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [B1, B2], "defamation",
     "two posts in one public band"),
    (R6, "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", [S1], "privacy", ""),
    (R7, "youtube", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", [T1], "obscenity", ""),
]


def mid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def rid(ref):
    """reply_to_req value: corpuslib adds '@kcsc.example'."""
    return "req-" + ref[5:]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- helpers

def b64(text, charset="utf-8"):
    data = base64.encodebytes(text.encode(charset)).decode("ascii")
    return data.rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, date_kr):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 게시물은 정보통신망법 위반 정보로 의결되어 시정요구(요청번호 {ref})를 드리오니",
        "삭제 또는 접속차단 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치 기한: {date_kr}", "", "방송통신심의위원회 불법정보대응팀 드림"]
    return "\n".join(lines)


NAVER_SIG = "네이버 주식회사 정책지원실 게시물대응팀"

cases = []


def enc(text):
    """RFC 2047 encoding for non-ASCII header text, as real mailers send it."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    kw["subject"] = enc(kw["subject"])
    cases.append(kw)


ALL_PENDING_R1 = {u: "pending" for u in R1_URLS}

# ================================================================ APPLIED

case(
    name="naver-gongmun-numbered-r1",
    date="Thu, 05 Sep 2024 16:20:11 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"[네이버] 시정요구({R1})에 대한 조치결과 회신",
    reply_to_req=rid(R1),
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 불법정보대응팀
제목: 시정요구 조치결과 회신({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 2. 요청한 시정요구({R1})와 관련하여 당사의
조치 결과를 아래와 같이 회신합니다.

  가. 삭제(4건)
    1) {N1}
    2) {N2}
    3) {N4}
    4) {N9}

  나. 게시중단(블라인드)(2건)
    1) {N3}
    2) {N12}

  다. 임시조치(30일)(2건)
    1) {N5}
    2) {N11}

  라. 게시물 없음(작성자 자진 삭제)(2건)
    1) {N6_RAW}
    2) {N10}

  마. 미조치(2건): 해당 게시물에서 위법 정보가 확인되지 않아 게시를 유지함
    1) {N7}
    2) {N8}

3. 조치 결과에 관한 문의는 담당자(정책지원실 한도윤, policy@navercorp.com)에게
연락하여 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean official-letter (공문) reply to a KCSC correction request, results grouped under 가/나/다 headings",
    why="every URL sits under a heading that states its result: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치 with reason rejected",
    items={N1: "removed", N2: "removed", N4: "removed", N9: "removed", N3: "removed", N12: "removed",
           N5: "restricted", N11: "restricted", N6: "not_found", N10: "not_found",
           N7: "rejected", N8: "rejected"},
)

case(
    name="naver-html-table-partial",
    date="Wed, 04 Sep 2024 11:02:45 +0900",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 게시물대응",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=rid(R1),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 게시물대응팀입니다.</p>
<p>요청번호 {R1} 건 중 현재까지 처리된 내역을 아래 표로 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 상태</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-03</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>2024-09-03</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>검토중</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>검토중</td><td>-</td></tr>
</table>
<p>나머지 7건은 카페 운영진 확인이 필요하여 검토가 끝나는 대로 다시 회신드리겠습니다.</p>
<p>감사합니다.<br>{NAVER_SIG}</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER interim result table (HTML) with some rows still 검토중",
    why="rows 1-3 state 삭제/게시중단 (removed); rows 4-5 are 검토중, under review, so stay pending",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "pending", N5: "pending"},
)

CSV1 = f"""번호,URL,조치결과,비고
1,{N7},삭제,
2,{N8},삭제,
3,{N9},게시물 없음,작성자 삭제
4,{N10},임시조치,30일
5,{N11},유지,"위반 사항이 확인되지 않아, 게시 유지"
"""
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 09:47:30 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"[{R1}] 조치결과 송부 (첨부)",
    reply_to_req=rid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_8d1f"

--=_nv_8d1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
요청하신 건({R1}) 중 지식iN, 포스트, 인플루언서 및 카페 게시물 5건의
조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

{NAVER_SIG}

--=_nv_8d1f
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(CSV1)}
--=_nv_8d1f--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV rows: 삭제 removed, 게시물 없음 not_found, 임시조치 restricted, 유지 with reason rejected",
    items={N7: "removed", N8: "removed", N9: "not_found", N10: "restricted", N11: "rejected"},
)

case(
    name="naver-r6-blind-prose",
    date="Thu, 12 Sep 2024 17:31:02 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    reply_to_req=rid(R6),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물({S1})은 개인정보 노출이 확인되어
2024년 9월 12일 블라인드 처리되었음을 알려드립니다.

블라인드 처리된 게시물은 작성자 본인을 포함하여 누구도 볼 수 없습니다.
게시자가 재게시를 요청하는 경우 관련 절차에 따라 별도로 안내드립니다.

네이버 게시중단요청서비스 https://inoti.naver.com/
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail (블라인드 처리 안내)",
    why="the one requested post is named and stated 블라인드 처리되었음 (removed); the service home page is not an item",
    items={S1: "removed"},
)

case(
    name="naver-r6-sole-no-url",
    date="Fri, 13 Sep 2024 10:05:40 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"RE: [{R6}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid(R6),
    body=f"""안녕하세요, 네이버 정책지원실 한도윤입니다.

{R6}로 요청하신 게시물 1건에 대해 9월 12일자로 게시중단 조치를 완료하였습니다.
추가로 필요하신 사항이 있으면 회신 부탁드립니다.

감사합니다.
{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply confirming a one-post request without repeating the URL",
    why="request of one item, unhedged 게시중단 조치를 완료 for 'the one post': applies to it (removed)",
    items={S1: "removed"},
)

case(
    name="kakao-daum-numbered-mixed",
    date="Fri, 06 Sep 2024 15:12:09 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject=f"[카카오] 시정요구({R2}) 처리 결과 회신",
    reply_to_req=rid(R2),
    body=f"""방송통신심의위원회 담당자님께

카카오 권리보호센터입니다. 요청번호 {R2}에 대한 검토 결과를 회신드립니다.

1. {K1} : 블라인드 처리
2. {K2} : 블라인드 처리
3. {K3} : 게시물 삭제
4. {K4} : 이미 삭제된 게시물로 확인 불가
5. {K5} : 운영정책 위반 사항 없음(게시 유지)

※ 5번 게시물은 특정 사이트 홍보로 볼 만한 내용이 확인되지 않아 조치하지 않았습니다.

카카오 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 유해게시물 result list, one line per URL",
    why="블라인드/삭제 removed; 이미 삭제된 게시물로 확인 불가 not_found; 위반 사항 없음 게시 유지 with reason rejected",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

QP_TISTORY = f"""안녕하세요. 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 {R2} 건 가운데 티스토리 게시물 처리 결과를 알려드립니다.

- {K3} → 게시물 삭제 완료
- {K4} → 국내 접근 제한 조치(해외 접속은 유지)

나머지 다음 카페 및 브런치 게시물은 각 서비스 담당 부서에서 별도로 회신드립니다.

티스토리 운영팀 / 주식회사 카카오
"""
case(
    name="kakao-tistory-qp",
    date="Thu, 05 Sep 2024 18:40:00 +0900",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리 운영팀",
    subject=f"[티스토리] {R2} 처리 결과",
    reply_to_req=rid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TISTORY)}
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations-team reply, quoted-printable",
    why="K3 삭제 완료 removed; K4 국내 접근 제한 restricted; the other three are only said to be answered later",
    items={K3: "removed", K4: "restricted"},
)

case(
    name="kakao-statement-above-urls",
    date="Sat, 07 Sep 2024 10:15:22 +0900",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    subject=f"[Daum] 게시물 임시조치 결과 안내 ({R2})",
    reply_to_req=rid(R2),
    body=f"""안녕하세요, Daum 고객센터입니다.

아래 게시물은 임시조치(30일) 되었습니다.
{K1}
{K2}

아래 게시물은 확인 결과 존재하지 않는 페이지입니다.
{K5}

임시조치 기간 중 게시자가 이의를 제기하지 않으면 게시물은 삭제됩니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/site/daum.html)을 참고해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 notice with the statement line above its URLs",
    why="statement above, URLs below: K1, K2 임시조치 restricted; K5 존재하지 않는 페이지 not_found; deletion after 30 days is a condition, not a statement; help link not an item",
    items={K1: "restricted", K2: "restricted", K5: "not_found"},
)

case(
    name="yt-korea-legal-korean-list",
    date="Mon, 09 Sep 2024 13:58:17 +0900",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무지원팀",
    subject=f"Re: [{R3}] YouTube 콘텐츠 시정요구",
    reply_to_req=rid(R3),
    body=f"""안녕하세요, YouTube 법무지원팀입니다.

귀 위원회의 요청({R3})을 검토한 결과 다음과 같이 조치하였음을 알려드립니다.

■ {Y1}
   커뮤니티 가이드 위반으로 삭제되었습니다.
■ {Y2}
   현지 법률에 근거하여 대한민국 내에서 접근이 차단되었습니다.
■ {Y3}
   삭제되었습니다.
■ {Y4_RAW}
   채널이 해지되었습니다.

YouTube 팀 드림
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal-support reply in Korean, URL bullet with result on the line below",
    why="삭제 removed; 대한민국 내 접근 차단 restricted; channel 해지 (terminated) removed; raw Korean handle matches its encoded form",
    items={Y1: "removed", Y2: "restricted", Y3: "removed", Y4: "removed"},
)

case(
    name="yt-english-url-then-outcome",
    date="Tue, 10 Sep 2024 02:14:51 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject=f"[{R3}] Outcome of your legal request",
    reply_to_req=rid(R3),
    body=f"""Hello,

Thank you for your patience. We have completed our review of the content you
reported under reference {R3}.

{Y1}
Outcome: Blocked in South Korea

{Y2}
Outcome: No action. After review, we did not find that this content violates
our Community Guidelines or the local law you cited, so it remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, bare URL with 'Outcome:' on the line below",
    why="Y1 blocked in South Korea = restricted; Y2 no action with reason = rejected",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-r7-age-restricted",
    date="Fri, 13 Sep 2024 08:30:10 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R7}] Request regarding a video",
    reply_to_req=rid(R7),
    body=f"""Hi there,

Following our review, the video {T1} has been age-restricted.
It can no longer be watched by signed-out viewers or by viewers under 18,
and it is not shown in search results for those viewers.

You can read about age restrictions here:
https://support.google.com/youtube/answer/2802167

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome email",
    why="age-restricted is restricted; the help-centre link is not an item",
    items={T1: "restricted"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We reviewed the remaining items in your request <b>{R3}</b>. Our decisions are below.</p>
<table border="1" cellpadding="5">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{Y3}</td><td>Removed for violating our Community Guidelines</td></tr>
<tr><td>{Y4_RAW}</td><td>Channel terminated</td></tr>
</table>
<p>&mdash; The YouTube Team</p>
</body></html>
"""
case(
    name="yt-base64-html-table",
    date="Wed, 11 Sep 2024 06:02:33 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject=f"Decision on your request {R3}",
    reply_to_req=rid(R3),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube decision notice as a base64 HTML table",
    why="Y3 removed; channel terminated (Y4) removed",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="dc-informal-operator",
    date="Tue, 10 Sep 2024 21:48:05 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="Re: 게시물 삭제 요청드립니다",
    reply_to_req=rid(R4),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

보내주신 글 확인했습니다.
주식 갤러리 글({D1})이랑
코인마켓 마이너 갤러리 글 {D2} 둘 다 삭제했습니다.

모바일 주소로 주신 건 {D3}
작성자가 이미 지운 글이라 조회가 안 됩니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="'둘 다 삭제했습니다' covers the two URLs just named (removed); D3 already deleted by its author (not_found)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-particles-fullwidth",
    date="Wed, 11 Sep 2024 14:03:50 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드",
    subject=f"[디시인사이드] {R4} 처리 결과",
    body=f"""방송통신심의위원회 담당자님 안녕하세요.
요청 건({R4}) 처리 결과입니다.

<{D1}>은 삭제 처리되었습니다。
{D2}의 경우 갤러리 운영원칙상 삭제 사유에 해당하지 않아 게시를 유지합니다．
모바일 주소（{D3}）는 삭제 처리되었습니다.

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply with URLs glued to Korean particles and full-width punctuation",
    why="D1 삭제 removed; D2 kept because no rule broken (rejected); D3 in full-width parentheses 삭제 removed",
    items={D1: "removed", D2: "rejected", D3: "removed"},
)

case(
    name="band-both-removed",
    date="Wed, 11 Sep 2024 11:20:00 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject=f"[BAND] 신고 게시글 처리 결과 안내 ({R5})",
    reply_to_req=rid(R5),
    body=f"""안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글에 대한 처리 결과를 안내드립니다.

1) {B1}
   - 운영정책 위반(명예훼손)으로 게시글 삭제
2) {B2}
   - 게시글 비공개 처리

BAND 운영정책은 https://band.us/policy/operation 에서 확인하실 수 있습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operation-policy team result notice",
    why="삭제 and 비공개 처리 are both removed; the policy page is not an item",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-rejected-and-temporary",
    date="Thu, 12 Sep 2024 16:44:12 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject=f"Re: [{R5}] 명예훼손 게시글 조치 요청",
    reply_to_req=rid(R5),
    body=f"""안녕하세요, BAND 운영정책팀입니다.

{B1} 게시글은 작성 내용의 사실 여부를 당사가 판단할 수 없어 게시를 유지합니다.
법원 판결문 등 명예훼손을 확인할 수 있는 자료를 보내주시면 다시 검토하겠습니다.

{B2} 게시글은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND reply refusing one defamation request and applying 임시조치 to the other",
    why="B1 kept with a reason (rejected; the offer to re-examine with a court ruling does not undo the refusal); B2 임시조치 restricted",
    items={B1: "rejected", B2: "restricted"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Tue, 03 Sep 2024 19:12:40 +0900",
    **{"from": "doyun.han@navercorp.com"}, name_from="한도윤",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=rid(R1),
    body=f"""KCSC 담당자님, 아래 요청 중 지식iN, 포스트 건 먼저 회신드립니다.

- {N7} : 삭제
- {N8} : 삭제
- {N9} : 해당 게시물 없음

나머지는 확인 중입니다.

한도윤 드림

2024년 9월 2일 (월) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text(R1, R1_URLS, "2024. 9. 9. 18:00"))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff top-posted reply over a Gmail-style quoted request",
    why="only the three lines above the quote are statements (two removed, one not_found); the quoted request asks, it states nothing",
    items={N7: "removed", N8: "removed", N9: "not_found"},
)

case(
    name="naver-outlook-original-below",
    date="Wed, 04 Sep 2024 14:25:00 +0900",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    subject=f"RE: [{R1}] 불법정보 시정요구",
    reply_to_req=rid(R1),
    body=f"""안녕하세요, 네이버 김서윤입니다.

{N10} 은 비공개 처리 완료했습니다.
{N11} 은 국내 접근 제한 조치했습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

{request_text(R1, R1_URLS, "2024. 9. 9. 18:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below '-----Original Message-----' (not '>'-quoted)",
    why="N10 비공개 처리 removed, N11 국내 접근 제한 restricted; the unquoted original below the separator is our own request",
    items={N10: "removed", N11: "restricted"},
)

TABLE = f"""연번 | 시정요구 URL | 시정요구 | 조치결과 | 조치일
-----+--------------+----------+----------+-----------
1 | {N1} | 삭제 | 삭제완료 | 2024-09-05
2 | {N2} | 삭제 | 삭제완료 | 2024-09-05
3 | {N3} | 삭제 | 접속차단 | 2024-09-05
4 | {N4} | 삭제 | 해당 게시물 없음 | -
5 | {N5} | 삭제 | 미조치(위법성 판단 불가) | -
6 | {N6_RAW} | 삭제 | 삭제완료 | 2024-09-06"""
case(
    name="naver-sijeong-result-table",
    date="Fri, 06 Sep 2024 17:55:19 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"시정요구 조치결과 보고({R1}) - 1차",
    reply_to_req=rid(R1),
    body=f"""방송통신심의위원회 귀중

{R1} 시정요구에 대한 1차 조치결과를 아래와 같이 보고합니다.

{TABLE}

※ 5번은 게시물 내용만으로는 위법 여부를 판단하기 어려워 조치하지 않았습니다.
※ 7번 이후 항목은 2차 보고 시 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 text table, with the requested action (시정요구) in its own column",
    why="the 조치결과 column decides, not the 시정요구 column: 삭제완료 removed, 접속차단 restricted, 게시물 없음 not_found, 미조치 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected", N6: "removed"},
)

case(
    name="kakao-echoed-report",
    date="Thu, 05 Sep 2024 09:03:27 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오] 신고 처리 결과 안내",
    body=f"""카카오 고객센터입니다.
접수하신 신고에 대한 처리 결과를 안내드립니다.

──────── 신고 내용 ────────
접수번호: 2024090412345
신고 대상: {K2}
신고 사유: 불법 도박 사이트 홍보
신고 내용: {R2} 시정요구 대상 게시물로 삭제를 요청함
─────────────────────────

처리 결과: 해당 게시물 삭제 및 작성자 서비스 이용 제한
처리 일시: 2024-09-05 08:58

카카오는 안전한 서비스 환경을 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 report-outcome mail echoing the report fields",
    why="the echoed report names K2 (our words asking removal); the 처리 결과 line states it deleted (removed)",
    items={K2: "removed"},
)

case(
    name="yt-statement-of-reasons",
    date="Tue, 10 Sep 2024 11:36:00 +0000",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    subject=f"Statement of reasons - your request {R3}",
    reply_to_req=rid(R3),
    body=f"""Statement of reasons

Reference: {R3}
Content: {Y2}
Decision: Visibility restricted. The content is no longer available
  to viewers in the Republic of Korea.
Territorial scope: KR
Ground: Local law (illegal gambling promotion)
Automated detection: No
Automated decision: No

Other viewers are not affected. The uploader has been informed and may appeal:
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (geo-restriction in one country)",
    why="restricted in Korea only (territorial scope KR); the appeal help page is not an item",
    items={Y2: "restricted"},
)

case(
    name="naver-wrapped-url",
    date="Mon, 09 Sep 2024 10:22:08 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"[{R1}] 포스트 및 블로그 게시물 조치 완료",
    reply_to_req=rid(R1),
    body=f"""안녕하세요. 네이버 정책지원실입니다.

다음 게시물은 삭제되었습니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38110442&memberNo=5521907
&navigationType=push&searchRank=12

{N12} 역시 삭제 처리되었습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="portal mail whose sending system hard-wrapped a long URL at 80 columns",
    why="the wrapped post URL, joined, is N8 (removed); N12 removed",
    items={N8: "removed", N12: "removed"},
)

CSV_DC = f"""URL,처리결과,비고
{D1},삭제,
{D2},삭제,
{D3},게시물 없음,작성자 삭제
"""
case(
    name="dc-csv-euckr-attachment",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid(R4),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc_0912_b"

--dc_0912_b
Content-Type: text/plain; charset=euc-kr
Content-Transfer-Encoding: base64

{b64("처리 결과 첨부합니다. 확인 부탁드립니다." + chr(10) + "디시인사이드 고객센터" + chr(10), "euc-kr")}
--dc_0912_b
Content-Type: text/csv; charset=euc-kr; name="dc_result.csv"
Content-Disposition: attachment; filename="dc_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_DC, "euc-kr")}
--dc_0912_b--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean company result sheet: EUC-KR CSV attachment with a one-line body",
    why="CSV rows: D1, D2 삭제 removed; D3 게시물 없음 (author deleted) not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="naver-english-global-team",
    date="Sat, 07 Sep 2024 03:40:55 +0000",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject=f"Re: [{R1}] Request for removal",
    reply_to_req=rid(R1),
    body=f"""Dear KCSC team,

Please find below the status of some of the posts in your request {R1}.

Removed:
  {N2}
  {N3}

Not found (the page does not exist):
  {N6_RAW}

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER global trust-and-safety reply in English, grouped under headings",
    why="N2, N3 under 'Removed:'; N6 (raw Korean path) under 'Not found'",
    items={N2: "removed", N3: "removed", N6: "not_found"},
)

case(
    name="kakao-thanks-then-statement",
    date="Mon, 09 Sep 2024 13:13:13 +0900",
    **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
    subject=f"Re: [{R2}] 게시물 조치 요청",
    reply_to_req=rid(R2),
    body=f"""안녕하세요. 브런치팀입니다.
신고 접수해 주셔서 감사합니다.

재검토 결과 {K5} 글은 운영정책 위반으로 삭제되었습니다.

고맙습니다.
브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch team reply: thanks for the report, then a result",
    why="the thank-you opening is not a mere acknowledgement: it is followed by an unhedged 삭제되었습니다 for K5",
    items={K5: "removed"},
)

case(
    name="yt-removed-with-policy-links",
    date="Fri, 06 Sep 2024 07:21:44 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject=f"Update on your report ({R3})",
    reply_to_req=rid(R3),
    body=f"""Hi,

We have removed the following video from YouTube for violating our policy on
regulated goods and services:

{Y1}

Learn more about this policy: https://support.google.com/youtube/answer/9229611
You can see the status of your reports in your Report history:
https://www.youtube.com/reporthistory

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome notification with policy and report-history links",
    why="Y1 removed; the policy and report-history links are not items",
    items={Y1: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-sequential",
    date="Tue, 03 Sep 2024 09:15:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    reply_to_req=rid(R1),
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 가운데
{N1}
{N2}
두 건은 판매 게시물 여부를 확인한 뒤 순차적으로 조치할 예정입니다.
조치가 완료되면 다시 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="review", review="not_understood",
    imitates="NAVER reply promising later action (조치할 예정)",
    why="조치할 예정 is a promise, not a statement: items stay pending and the email, naming them, goes to review",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    date="Thu, 05 Sep 2024 11:40:21 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject=f"Re: [{R2}] 시정요구",
    reply_to_req=rid(R2),
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

확인해 보니 {K1} 게시물은 이미 삭제된 것으로 보입니다.
카페 관리자 측 조치인지 시스템 조치인지 확인 중이며, 확인되는 대로 정확한 결과를 안내드리겠습니다.

카카오 권리보호센터 드림
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedge (삭제된 것으로 보입니다)",
    why="'seems already deleted' is a hedge and the sender says it is still checking: K1 stays pending",
    items={K1: "pending"},
)

case(
    name="naver-bulk-all-r1",
    date="Mon, 09 Sep 2024 18:02:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    subject=f"[네이버] {R1} 조치 완료 보고",
    reply_to_req=rid(R1),
    body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구({R1})와 관련하여, 요청하신 게시물 12건 전부에 대해
게시중단 조치를 완료하였음을 알려드립니다.

{NAVER_SIG}
""",
    outcome="review", review="bulk",
    imitates="one-sentence 조치 완료 report covering a whole multi-item request",
    why="a statement about all 12 items without naming any, for a 12-item request: bulk review, items pending",
    items=dict(ALL_PENDING_R1),
)

case(
    name="band-bulk-two-posts",
    date="Thu, 12 Sep 2024 09:31:00 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject=f"[BAND] {R5} 처리 완료",
    reply_to_req=rid(R5),
    body="""안녕하세요. BAND 운영정책팀입니다.
신고하신 게시글 2건 모두 삭제 처리했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short BAND operator reply covering both posts at once",
    why="'both posts deleted' without naming them, for a two-item request: bulk review",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-forged-auth-fail",
    date="Wed, 04 Sep 2024 22:10:37 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원실",
    auth="fail",
    subject=f"[네이버] 시정요구({R1}) 조치결과",
    body=f"""방송통신심의위원회 귀중

요청하신 게시물의 조치 결과입니다.

1. {N1} - 삭제
2. {N2} - 삭제
3. {N3} - 삭제
4. {N4} - 삭제

{NAVER_SIG}
""",
    outcome="review", review="untrusted",
    imitates="result list from a NAVER address whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied, review untrusted",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Tue, 10 Sep 2024 23:55:02 +0900",
    **{"from": "coinmkt.gallmanager@gmail.com"}, name_from="코인마켓갤 매니저",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=rid(R4),
    body=f"""안녕하세요 코인마켓 마이너 갤러리 매니저입니다.
운영팀에서 전달받았습니다.

{D2}
{D3}
위 글 두 개 지웠고 작성자 아이피 차단했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer minor-gallery manager answering from a personal Gmail address",
    why="sender is not DC Inside's domain: naming our request and URLs from an unknown sender goes to review",
    items={D2: "pending", D3: "pending"},
)

case(
    name="kakao-about-naver-url",
    date="Thu, 12 Sep 2024 15:00:45 +0900",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject="Re: 개인정보 노출 게시물 삭제 요청",
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

요청하신 {S1} 는 다음(Daum) 서비스에서 확인되지 않는 게시물입니다.
해당 주소는 당사 서비스가 아니므로 게시 서비스 운영사에 직접 요청해 주시기 바랍니다.

카카오 권리보호센터 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request that named another portal's post",
    why="Kakao states 'not found' about a NAVER item: a platform cannot speak for another platform's item",
    items={S1: "pending"},
)

case(
    name="yt-inbox-moving-notice",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    **{"from": "legal-notices@google.com"}, name_from="Google Legal",
    subject="Changes to how government requests are submitted",
    body="""Hello,

From 1 October 2024 this mailbox will no longer accept content removal requests
from government agencies. Please submit future requests through the dedicated
web form: https://support.google.com/legal/contact/lr_gov

Requests already submitted will be handled as usual.

Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Google legal notice announcing a change of intake channel",
    why="trusted YouTube-platform mail naming no item and no request: review no_claims (the form link is not an item)",
    items={},
)

case(
    name="dc-asks-for-official-letter",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=rid(R4),
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

{R4} 건을 처리하기 위해 기관 명의의 공문(PDF)과 담당자 연락처가 필요합니다.
해당 자료를 이 메일로 회신해 주시면 확인 후 처리하겠습니다.

디시인사이드 고객센터
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="DC Inside asking for an official letter before acting",
    why="asks for documents before acting; no statement about any item",
    items={},
)

case(
    name="band-conditional-leader",
    date="Wed, 11 Sep 2024 09:05:55 +0900",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    subject=f"Re: [{R5}] 명예훼손 게시글 조치 요청",
    reply_to_req=rid(R5),
    body=f"""안녕하세요, BAND 운영정책팀입니다.

{B1} 게시글에 대해서는 밴드 리더에게 삭제 요청을 전달했습니다.
7일 안에 리더가 조치하지 않으면 운영팀이 직접 게시글을 삭제할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND reply passing the request to the band leader with a conditional deletion",
    why="a forwarded request plus a conditional future deletion: no statement, B1 pending",
    items={B1: "pending"},
)

case(
    name="yt-under-review-listed",
    date="Fri, 06 Sep 2024 04:12:09 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] YouTube 콘텐츠 시정요구",
    reply_to_req=rid(R3),
    body=f"""Hello,

The following items from your request are currently under review by our
legal team:

{Y3}
{Y4_RAW}

We will update you once the review is complete. No further action is needed
from you at this time.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim 'under review' update listing specific URLs",
    why="'under review' is not a statement; the email names items, so a person should look (not a bare receipt)",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="naver-unmatched-url",
    date="Fri, 13 Sep 2024 16:16:16 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject=f"[네이버] {R6} 게시중단 처리 결과",
    reply_to_req=rid(R6),
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물(https://blog.naver.com/quietharbor_99/223590099999)은
게시중단 처리되었습니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="NAVER result notice naming a post id that differs from the requested one",
    why="the stated URL is not the requested one (…099999 vs …012345): nothing applies to S1, review unmatched_claims",
    items={S1: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-ooo-chuseok",
    date="Fri, 13 Sep 2024 18:00:03 +0900",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    subject=f"[자동회신] 부재중: RE: [{R1}] 불법정보 시정요구",
    reply_to_req=rid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김서윤입니다.
추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내주시면 담당자가 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

DSN_TEXT = """This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-report@daum.net>: host mail-in.daum.net[203.0.113.41] said:
    550 5.1.1 <cafe-report@daum.net>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)
"""
case(
    name="kakao-dsn-user-unknown",
    date="Wed, 04 Sep 2024 11:00:42 +0900",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4412.daum"

--dsn.4412.daum
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_TEXT}
--dsn.4412.daum
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Wed,  4 Sep 2024 11:00:40 +0900 (KST)

Final-Recipient: rfc822; cafe-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn.4412.daum
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@daum.net
Subject: [{R2}] 불법 도박 홍보 게시물 시정요구
Date: Wed, 4 Sep 2024 11:00:00 +0900
Message-ID: <{mid(R2)}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text(R2, R2_URLS, "2024. 9. 11. 18:00")}

--dsn.4412.daum--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="dc-mdn-displayed",
    date="Mon, 09 Sep 2024 16:02:11 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"읽음 확인: [{R4}] 개인정보 노출 게시물 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_dc_0909"

--mdn_dc_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.
제목: [{R4}] 개인정보 노출 게시물 삭제 요청
읽은 시간: 2024-09-09 오후 4:02

--mdn_dc_0909
Content-Type: message/disposition-notification

Reporting-UA: help.dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <{mid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="yt-legal-case-receipt",
    date="Thu, 05 Sep 2024 01:05:12 +0000",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject=f"[7-3318840021734] Re: [{R3}] YouTube 콘텐츠 시정요구",
    reply_to_req=rid(R3),
    body="""Hello,

Thanks for reaching out. We've received your legal request and created
case number 7-3318840021734. Please keep this number in the subject line
of any further messages about this request.

We'll be in touch.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal case-number receipt",
    why="pure acknowledgement: request received, case created, nothing about items",
    items={},
)

case(
    name="naver-inoti-receipt",
    date="Wed, 11 Sep 2024 14:00:31 +0900",
    **{"from": "inoti@naver.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    reply_to_req=rid(R6),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청({R6})이 정상적으로 접수되었습니다.
접수번호: INOTI-20240911-00731

처리 결과는 검토 후 메일로 안내드리겠습니다.
접수 내역은 https://inoti.naver.com/mypage 에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="receipt only; the result is promised later; the mypage link is not an item",
    items={},
)

case(
    name="band-ooo-english",
    date="Tue, 10 Sep 2024 10:00:09 +0900",
    **{"from": "jiho.park@band.us"}, name_from="Jiho Park",
    subject=f"Automatic reply: [{R5}] 명예훼손 게시글 조치 요청",
    reply_to_req=rid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until Monday 23 September with limited access to email.
For urgent operation-policy matters please write to policy@band.us.

Jiho Park | BAND Operation Policy
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply from a BAND staff member",
    why="auto-reply, no statement",
    items={},
)

case(
    name="kakao-ticket-receipt-echo",
    date="Wed, 04 Sep 2024 11:03:00 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    body=f"""카카오 고객센터입니다.
고객님의 문의가 접수되었습니다.

접수번호: 2024090411037
접수일시: 2024-09-04 11:03
문의 유형: 유해게시물 신고
문의 내용(일부):
  {R2} 시정요구 - {K3} 외 4건

답변은 영업일 기준 3일 이내에 이 메일 주소로 보내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt echoing the start of our message",
    why="ticket receipt; the URL is in the echo of our own message and nothing is said about it",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# blind515: Korean portals and communities (NAVER, Kakao/Daum/Tistory/Brunch,
# YouTube Korea, DC Inside, BAND). Written from each email's meaning before any
# run of the reader. Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind515", HEADER, cases)
