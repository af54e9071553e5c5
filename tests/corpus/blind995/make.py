#!/usr/bin/env python3
"""Blind set 995: Korean-language replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND): 공문-style answers, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies, receipts, bounces and auto-replies.

Written from each email's meaning alone, before the reader was run on it.
Deterministic: running it twice gives the same files.

    python3 tests/corpus/blind995/make.py
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
N = [
    "https://blog.naver.com/moonlit_k22/223561001",
    "https://blog.naver.com/moonlit_k22/223561047",
    "https://blog.naver.com/greyhaze_o9/223559810",
    "https://cafe.naver.com/dalbit2030/48812",
    "https://cafe.naver.com/dalbit2030/48830",
    "https://cafe.naver.com/dalbit2030/49017",
    "https://cafe.naver.com/ssulbang77/1204",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112358",
    "https://blog.naver.com/PostView.naver?blogId=sori_mul&logNo=223560422",
    "https://m.blog.naver.com/haneul_f3/223562200",
    "https://cafe.naver.com/ssulbang77/1217",
    "https://blog.naver.com/greyhaze_o9/223559866",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110245&memberNo=5521907",
]
N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13 = N
K3_RAW = "https://nightowl-k.tistory.com/entry/후기-모음"
K = [
    "https://cafe.daum.net/bamgil99/Xk2P/311",
    "https://cafe.daum.net/bamgil99/Xk2P/318",
    "https://nightowl-k.tistory.com/entry/" + quote("후기-모음"),
    "https://cafe.daum.net/goldmoon77/Fm1a/2045",
]
K1, K2, K3, K4 = K
Y = [
    "https://www.youtube.com/watch?v=Qm7tR2kLx0A",
    "https://www.youtube.com/watch?v=b9Hs_4eWnYc",
    "https://www.youtube.com/shorts/Zp3Kd8uVw1E",
]
Y1, Y2, Y3 = Y
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    "https://gall.dcinside.com/mgallery/board/view/?id=hallyu_rumor&no=23371",
    "https://gall.dcinside.com/mgallery/board/view/?id=hallyu_rumor&no=23402",
    "https://gall.dcinside.com/mini/board/view/?id=ssamjang&no=812",
    "https://gall.dcinside.com/board/view/?id=tree&no=441287",
]
D1, D2, D3, D4, D5 = D
B = [
    "https://band.us/band/81234567/post/402",
    "https://band.us/band/81234567/post/417",
]
B1, B2 = B
NS = "https://cafe.naver.com/hwasan_market/77215"
KS = "https://pf.kakao.com/_xkQzlb/105538201"

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N, "illegal_filming"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", K, "defamation"),
    ("KCSC-240910-03", "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", Y, "gambling"),
    ("KCSC-240911-04", "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", D, "privacy"),
    ("KCSC-240912-05", "band", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", B, "drugs"),
    ("KCSC-240917-06", "naver", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", [NS], "obscene"),
    ("KCSC-240919-07", "kakao", "2024-09-19T15:00:00+09:00", "2024-09-26T18:00:00+09:00", [KS], "gambling"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat in REQUESTS:
            mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, ""])


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047 encoded subject, as most Korean mail systems send it."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def pending(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-gongmun-result-table-13",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=subj("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보"),
    reply_to_req="req-240903-01",
    body=f"""
수  신: 방송통신심의위원회 (통신심의국)
참  조: 디지털성범죄 대응 담당
제  목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.

2. 귀 위원회가 2024. 9. 3. 송부한 시정요구(KCSC-240903-01)와 관련하여,
   당사는 요청 대상 정보 13건을 확인하고 아래와 같이 조치하였음을 회신합니다.

 연번 | URL                                                                     | 서비스 | 조치결과
 -----+-------------------------------------------------------------------------+--------+------------------------------
  1   | {N1} | 블로그 | 삭제
  2   | {N2} | 블로그 | 삭제
  3   | {N3} | 블로그 | 임시조치(30일)
  4   | {N4} | 카페   | 게시중단
  5   | {N5} | 카페   | 게시중단
  6   | {N6} | 카페   | 게시물 없음(작성자 삭제)
  7   | {N7} | 카페   | 국내 접근 제한
  8   | {N8} | 지식iN | 삭제
  9   | {N9} | 블로그 | 미조치(위반 사항 없음)
 10   | {N10} | 블로그 | 비공개 처리
 11   | {N11} | 카페   | 블라인드
 12   | {N12} | 블로그 | 존재하지 않는 URL
 13   | {N13} | 포스트 | 삭제

3. 연번 9의 게시물은 내부 검토 결과 불법촬영물에 해당하는 내용이 확인되지 않아
   게시를 유지하였습니다. 추가 자료가 있으시면 회신 부탁드립니다.

4. 본 건 관련 문의: 정책지원팀 (policy-support@navercorp.com)

붙임  없음.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a numbered text table",
    why="item-level table, every row has its own 조치결과: 삭제/게시중단/비공개/블라인드 removed, 임시조치/접근 제한 restricted, 미조치 rejected, 없음 not_found",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "not_found", N7: "restricted", N8: "removed", N9: "rejected", N10: "removed",
           N11: "removed", N12: "not_found", N13: "removed"},
)

case(
    name="naver-html-table-partial",
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 게시중단 요청 서비스",
    date="Wed, 04 Sep 2024 20:05:33 +0900",
    subject=subj("[NAVER] KCSC-240903-01 처리 결과 안내 (1차)"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="nv-alt-2f71"

--nv-alt-2f71
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--nv-alt-2f71
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 요청 서비스입니다.</p>
<p>방송통신심의위원회 요청 건(<b>KCSC-240903-01</b>) 중 1차로 처리가 끝난 게시물의 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-04 18:11</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>임시조치</td><td>2024-09-04 18:20</td></tr>
<tr><td>3</td><td><a href="{N7}">{N7}</a></td><td>삭제</td><td>2024-09-04 18:24</td></tr>
<tr><td>4</td><td><a href="{N11}">{N11}</a></td><td>조치 불가 (운영원칙 위반 아님)</td><td>2024-09-04 18:31</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 2차 안내 드리겠습니다.</p>
<p style="color:#888">게시중단 요청 서비스 안내: <a href="https://right.naver.com/guide/notice">https://right.naver.com/guide/notice</a><br>
본 메일은 발신 전용입니다.</p>
</body></html>

--nv-alt-2f71--
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER right-holder/게시중단 요청 서비스 result mail with an HTML table (text part is only a 'view in HTML' stub)",
    why="HTML table names four items with their own results; the help link is not an item; the promise covers unnamed items only",
    items={N1: "removed", N4: "restricted", N7: "removed", N11: "rejected"},
)

CSV_ATT = (
    "\ufeff연번,게시물 URL,서비스,처리결과,비고\n"
    f"1,{N2},블로그,삭제,\n"
    f"2,{N5},카페,게시중단,\n"
    f"3,{N6},카페,해당 게시물 없음,작성자가 9/3 이전 삭제\n"
    f"4,{N12},블로그,접근 제한,국내 IP 대상\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 10:15:00 +0900",
    subject=subj("RE: [KCSC-240903-01] 불법촬영물 등 시정요구 - 조치결과 파일 송부"),
    reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_88213_1024.1725585300"

------=_Part_88213_1024.1725585300
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 추가로 처리된 4건의 조치결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림

------=_Part_88213_1024.1725585300
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}

------=_Part_88213_1024.1725585300--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team sending a 조치결과 spreadsheet exported as UTF-8 CSV with BOM",
    why="CSV attachment lists four items each with a 처리결과 column: 삭제/게시중단 removed, 없음 not_found, 접근 제한 restricted",
    items={N2: "removed", N5: "removed", N6: "not_found", N12: "restricted"},
)

case(
    name="naver-cafe-blind-prose",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 15:30:47 +0900",
    subject="[네이버 카페] 신고 게시글 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

방송통신심의위원회에서 KCSC-240903-01로 전달해 주신 카페 게시글을 확인하였습니다.

확인 결과, 아래 2건의 게시글은 카페 운영원칙 중 '불법촬영물 및 비동의 촬영물 유포 금지'
항목을 위반하여 블라인드 처리하였습니다.

  - {N4}
  - {N5}

같은 요청에 포함된 다른 서비스(블로그, 지식iN 등) 게시물은 각 서비스 담당 부서에서
별도로 회신드릴 예정입니다.

깨끗한 카페 환경을 위해 협조해 주셔서 감사합니다.
네이버 카페 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe operations notice that reported posts were blinded (블라인드 처리)",
    why="two named cafe posts 블라인드 처리 = removed; the promise concerns other, unnamed items",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-single-temp-measure",
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER",
    date="Wed, 18 Sep 2024 09:02:51 +0900",
    subject=subj("[네이버] 게시물 임시조치(게시중단) 처리 안내 - KCSC-240917-06"),
    body=f"""
[네이버] 게시물 임시조치 처리 안내

안녕하세요. 네이버 게시중단 요청 서비스입니다.
요청하신 게시물에 대하여 다음과 같이 처리되었음을 알려드립니다.

  ■ 요청 번호 : KCSC-240917-06
  ■ 대상 게시물 : {NS}
  ■ 처리 내용 : 임시조치 (30일간 접근 차단)
  ■ 처리 일시 : 2024.09.18 08:57

정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 해당 게시물은
30일간 다른 이용자가 볼 수 없도록 조치되었습니다. 게시자가 기간 내 재게시를 요청하는 경우
관련 절차에 따라 처리됩니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="single named item under 임시조치 (30-day access block) = restricted; help centre link is not an item",
    items={NS: "restricted"},
)

case(
    name="naver-single-sole-reply",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Thu, 19 Sep 2024 11:20:05 +0900",
    subject="RE: [KCSC-240917-06] 음란정보 시정요구 (네이버 카페)",
    reply_to_req="req-240917-06",
    body="""
안녕하세요, 네이버 카페 정책 담당 한지우입니다.

요청 주신 카페 게시글은 금일 오전 운영원칙 위반으로 삭제 처리 완료하였습니다.
해당 게시자에 대해서는 카페 활동 정지 조치도 함께 진행하였습니다.

감사합니다.
한지우 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal one-line reply from a portal staff member in the request thread",
    why="reply to a one-item request, unhedged 삭제 처리 완료 of 'the requested post' with no URL: applies to the sole item",
    items={NS: "removed"},
)

case(
    name="kakao-right-center-four",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 14:48:22 +0900",
    subject=subj("[카카오] 시정요구(KCSC-240905-02) 처리 결과 회신"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 시정요구(KCSC-240905-02)에 대한 처리 결과를 아래와 같이 회신드립니다.

1) {K1}
   - 처리 결과: 임시조치 (30일간 게시물 접근 제한)
2) {K2}
   - 처리 결과: 임시조치 (30일간 게시물 접근 제한)
3) {K3_RAW}
   - 처리 결과: 게시물 삭제 (티스토리 운영정책 위반)
4) {K4}
   - 처리 결과: 이미 삭제된 게시물로 확인되어 별도 조치 없음

임시조치 기간 동안 게시자로부터 이의신청이 접수되는 경우 관련 규정에 따라 처리하며,
결과는 별도로 안내드리겠습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 result mail (Daum cafe 임시조치 30일, Tistory deletion)",
    why="numbered list, each item with its result line below; Tistory URL written raw in Korean matches its percent-encoded form",
    items={K1: "restricted", K2: "restricted", K3: "removed", K4: "not_found"},
)

case(
    name="kakao-tistory-qp",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 18:03:40 +0900",
    subject=subj("RE: [KCSC-240905-02] 명예훼손 정보 시정요구"),
    reply_to_req="req-240905-02",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물 중 티스토리 블로그 글과 Daum 카페 글 1건을 먼저 처리하였습니다.

{K3_RAW} 글은 운영정책 위반으로 비공개 처리하였고,
{K2} 글은 카페 운영 담당과 협의하여 삭제하였습니다.

나머지 게시물은 담당 부서에서 확인 후 회신드릴 예정입니다.

티스토리 운영팀 드림
"""),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao Tistory operations reply, quoted-printable Korean body",
    why="QP body, two named items: 비공개 처리 = removed, 삭제 = removed; the rest is a promise about unnamed items",
    items={K3: "removed", K2: "removed"},
)

case(
    name="kakao-channel-base64-single",
    **{"from": "channel-safety@kakaocorp.com"},
    name_from="카카오톡 채널 운영팀",
    date="Fri, 20 Sep 2024 16:44:09 +0900",
    subject=subj("[카카오톡 채널] KCSC-240919-07 조치 완료 안내"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요. 카카오톡 채널 운영팀입니다.

방송통신심의위원회에서 요청하신 불법 도박 홍보 게시물(요청번호 KCSC-240919-07)을 확인하였습니다.

대상: {KS}
조치: 게시물 삭제 및 해당 채널 영구 이용 제한

동일 운영자의 다른 채널이 확인되는 경우 추가로 조치하겠습니다.

감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="KakaoTalk Channel safety team notice, base64-encoded body",
    why="single named item, 게시물 삭제 (plus channel ban) = removed",
    items={KS: "removed"},
)

case(
    name="youtube-kr-legal-korean",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    date="Thu, 12 Sep 2024 21:10:55 +0900",
    subject=subj("[8-4129000035517] KCSC-240910-03 관련 YouTube 검토 결과"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청(KCSC-240910-03)과 관련하여 연락드립니다.

YouTube는 제출된 콘텐츠를 검토하였으며 그 결과는 다음과 같습니다.

현지 법률 위반이 확인되어 대한민국에서 해당 콘텐츠에 대한 액세스를 제한했습니다:
- {Y1}
- {Y2}

YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다:
- {Y3}

YouTube의 콘텐츠 삭제 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/2801964 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google/YouTube legal removals team outcome mail, Korean localisation (local-law geo-restriction vs global policy removal)",
    why="grouped headings: two videos restricted in Korea, one removed globally; support link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-en-actioned-and-rejected",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 03:22:17 +0000",
    subject="Re: KCSC-240910-03 [8-4129000035517]",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed the content you reported.

{Y3}
This content has been actioned under our policies.

{Y2}
After review, we have determined that this content does not violate our
Community Guidelines and we will not be taking action on it at this time.

If you have additional information regarding the content, you may reply to this email.

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome mail with per-URL blocks ('actioned under our policies' / 'does not violate')",
    why="URL then its statement on the next line: actioned = removed, does not violate + no action = rejected",
    items={Y3: "removed", Y2: "rejected"},
)

case(
    name="youtube-age-restricted-ko",
    **{"from": "youtube-trust-kr@google.com"},
    name_from="YouTube 신뢰 및 안전팀",
    date="Sat, 14 Sep 2024 10:05:00 +0900",
    subject=subj("KCSC-240910-03: 신고하신 동영상에 대한 조치 안내"),
    body=f"""
안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고해 주신 동영상 {Y1} 을(를) 검토한 결과,
해당 동영상에 연령 제한을 적용하였습니다. 이제 로그인하지 않았거나 만 18세 미만인 사용자는
이 동영상을 볼 수 없습니다.

연령 제한 기준: https://support.google.com/youtube/answer/2802167

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction notice (Korean)",
    why="one named video age-restricted = restricted; the URL is followed by 을(를) after a space",
    items={Y1: "restricted"},
)

case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 13:37:02 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 목록 확인했습니다.

주식 갤러리 글 {D1} 삭제했고요,
한류루머 마이너 갤러리 두 건
{D2}
{D3}
도 삭제했습니다.

미니갤 ssamjang 812번 글({D4})은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

나머지 한 건은 내일 중으로 다시 말씀드릴게요.

디시인사이드 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply in the request thread",
    why="three posts 삭제했습니다 (two on their own lines before '도 삭제했습니다') = removed; one already deleted by its author = not_found; the fifth is only promised",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
)

case(
    name="dc-url-then-status-line",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date="Fri, 13 Sep 2024 17:55:48 +0900",
    subject=subj("[디시인사이드] 시정요구 KCSC-240911-04 처리 결과"),
    body=f"""
[디시인사이드] 시정요구 처리 결과 안내

요청번호: KCSC-240911-04
처리일: 2024-09-13

{D1}
→ 삭제 완료

{D2}
→ 삭제 완료

{D3}
→ 해당 게시물 없음 (존재하지 않는 글 번호)

{D4}
→ 게시물 유지 (개인정보 노출 사실이 확인되지 않아 삭제 사유에 해당하지 않음)

{D5}
→ 삭제 완료 및 작성 IP 7일 차단

디시인사이드 신고센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside report-centre result notice, bare URL with an arrow status line below",
    why="each URL has its own status line: 삭제 removed, 없음 not_found, 유지 with reason rejected; the IP ban is about the author, the post is deleted",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed"},
)

case(
    name="dc-top-posted-gmail-quote",
    **{"from": "gallery.admin@dcinside.com"},
    name_from="디시인사이드 갤러리 관리팀",
    date="Wed, 11 Sep 2024 19:12:30 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    body=f"""
아래 두 게시물은 삭제했습니다.

<{D2}>
<{D3}>

나머지는 확인 중입니다.

2024년 9월 11일 (수) 오후 2:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
>
> 아래 게시물은 특정인의 연락처와 주소를 게시하여 개인정보를 침해하므로
> 삭제를 요청드립니다. (요청번호 KCSC-240911-04)
>
> 1. {D1}
> 2. {D2}
> 3. {D3}
> 4. {D4}
> 5. {D5}
>
> 처리 결과를 9월 18일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two URLs in angle brackets deleted in the reply's own text; the other three appear only in the quoted request",
    items={D2: "removed", D3: "removed", D1: "pending", D4: "pending", D5: "pending"},
)

case(
    name="dc-outlook-gallery-closed",
    **{"from": "minsu.oh@dcinside.com"},
    name_from="오민수",
    date="Mon, 16 Sep 2024 10:48:19 +0900",
    subject="RE: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 디시인사이드 오민수입니다.

ssamjang 미니 갤러리는 운영 원칙 위반이 반복되어 갤러리 자체를 폐쇄 조치하였습니다.
이에 따라 {D4} 게시물도 더 이상 열람할 수 없습니다.

또한 {D5} 은 금일 삭제 처리하였습니다.

감사합니다.
오민수 드림

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: cs@dcinside.com
Subject: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청

아래 게시물의 삭제를 요청드립니다.

1. {D1}
2. {D2}
3. {D3}
4. {D4}
5. {D5}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with -----Original Message----- quoting the request",
    why="gallery closed so the named post can no longer be viewed = removed; second post 삭제 = removed; others only in the Outlook quote",
    items={D4: "removed", D5: "removed", D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="band-deleted-and-leader-deleted",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 11:06:42 +0900",
    subject=subj("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240912-05)"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글(KCSC-240912-05)에 대한 처리 결과를 안내드립니다.

• {B1}
  마약류 매매 알선 게시글로 확인되어 운영정책에 따라 삭제하였으며, 작성자의 BAND 이용을 제한하였습니다.

• {B2}
  해당 게시글은 밴드 리더가 이미 삭제하여 존재하지 않는 게시글입니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND customer centre report outcome mail",
    why="bulleted items each with its result: deleted = removed; already deleted by the band leader / does not exist = not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-html-br-lines",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 16 Sep 2024 09:30:00 +0900",
    subject=subj("[BAND] 게시글 신고 처리 결과"),
    reply_to_req="req-240912-05",
    type="html",
    body=f"""
<html><body>
<div style="max-width:600px;font-size:14px;line-height:1.6">
<img src="https://band.us/static/mail/logo.png" alt="BAND"><br><br>
안녕하세요. BAND입니다.<br>
신고하신 게시글에 대한 검토가 완료되었습니다.<br><br>
<b>신고 게시글</b> : <a href="{B1}">{B1}</a><br>
<b>처리 결과</b> : 게시글 비공개(블라인드) 처리<br><br>
<b>신고 게시글</b> : <a href="{B2}">{B2}</a><br>
<b>처리 결과</b> : 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.<br><br>
<span style="color:#999">본 메일은 발신 전용으로 회신되지 않습니다.</span>
</div>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND HTML-only report result mail with label : value lines",
    why="each URL followed by its 처리 결과: 블라인드 = removed, no violation/no action = rejected; the logo is not an item",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-particles-after-url",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    date="Thu, 05 Sep 2024 09:41:12 +0900",
    subject="RE: [KCSC-240903-01] 불법촬영물 등 시정요구",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 블로그 운영 담당 김서연입니다.

요청하신 블로그 게시물 중 {N1}은 어제 저녁 삭제되었으며,
{N2}도 동일한 사유로 삭제되었습니다.
한편 {N3}의 경우 확인 시점에 작성자가 이미 삭제한 게시물이었습니다.

그 외 게시물은 카페 및 지식iN 담당자가 따로 연락드릴 겁니다.

감사합니다.
김서연 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean staff prose reply with URLs glued to particles (은/도/의)",
    why="three named blog posts: two 삭제 = removed, one already deleted by its author = not_found",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Mon, 09 Sep 2024 16:18:00 +0900",
    subject=subj("[네이버 카페] KCSC-240903-01 추가 처리 결과"),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청번호 KCSC-240903-01 중 카페 게시글 추가 처리 결과를 안내드립니다.

「{N7}」 게시글은 국내 접속 차단 조치되었습니다.
（{N11}） 게시글은 검토 결과 운영원칙 위반이 아니어서 삭제 요청을 반려하였습니다.
「{N6}」 게시글은 존재하지 않는 게시글입니다。

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe notice using full-width brackets and punctuation around URLs",
    why="URLs inside 「」 and full-width parentheses: 접속 차단 = restricted, 반려 with reason = rejected, 존재하지 않는 = not_found",
    items={N7: "restricted", N11: "rejected", N6: "not_found"},
)

case(
    name="naver-url-below-and-wrapped",
    **{"from": "kin_help@navercorp.com"},
    name_from="네이버 지식iN·포스트 운영팀",
    date="Tue, 10 Sep 2024 14:02:36 +0900",
    subject="[KCSC-240903-01] 지식iN / 포스트 처리 결과",
    body=f"""
안녕하세요. 네이버 지식iN·포스트 운영팀입니다.

다음 지식iN 질문은 운영정책 위반으로 삭제되었습니다.
{N8}

다음 포스트는 게시중단 처리되었습니다.
<https://post.naver.com/viewer/postView.naver?
 volumeNo=38110245&memberNo=5521907>

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal operations reply with the URL on the line below its statement; long URL wrapped inside angle brackets",
    why="statement line then its URL below: 삭제 = removed, 게시중단 = removed (the second URL wrapped within <>)",
    items={N8: "removed", N13: "removed"},
)

case(
    name="naver-echoed-report",
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER",
    date="Sat, 07 Sep 2024 08:15:27 +0900",
    subject=subj("[네이버] 신고 처리 결과 안내"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

────────────────────────────
[신고 내역 1]
 신고 번호 : NV-R-20240903-88412
 신고 URL  : {N10}
 신고 사유 : 불법촬영물 유포 (KCSC-240903-01)
 처리 결과 : 게시중단 완료
────────────────────────────
[신고 내역 2]
 신고 번호 : NV-R-20240903-88413
 신고 URL  : {N9}
 신고 사유 : 불법촬영물 유포 (KCSC-240903-01)
 처리 결과 : 반려 - 게시물이 운영정책에 위반되지 않음
────────────────────────────

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER help-centre report result echoing the submitted report fields",
    why="each echoed report block has its own 처리 결과: 게시중단 완료 = removed, 반려 (no violation) = rejected",
    items={N10: "removed", N9: "rejected"},
)

case(
    name="naver-grouped-bullets",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 18:40:00 +0900",
    subject=subj("[회신] KCSC-240903-01 블로그 게시물 조치 현황"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
KCSC-240903-01 중 블로그 게시물 조치 현황을 정리하여 보내드립니다.

■ 삭제 완료 (3건)
  - {N1}
  - {N2}
  - {N10}

■ 조치 불가 (1건) - 사유: 불법촬영물 해당 여부가 확인되지 않음
  - {N9}

■ URL 오류 (1건) - 존재하지 않는 게시물
  - {N12}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="policy team status summary grouped under ■ headings",
    why="items grouped under result headings: 삭제 완료 = removed, 조치 불가 with reason = rejected, URL 오류/존재하지 않는 = not_found",
    items={N1: "removed", N2: "removed", N10: "removed", N9: "rejected", N12: "not_found"},
)

case(
    name="youtube-en-geo-block-and-uploader",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Mon, 16 Sep 2024 06:51:40 +0000",
    subject="[8-4129000035517] Your request KCSC-240910-03",
    body=f"""
Hello,

Thanks for reaching out to us.

Based on our review, we have blocked the following content from view in South Korea:
{Y2}
The content remains available in other locations.

The following video is no longer available on YouTube because it was removed by the uploader:
{Y1}

Regards,
Google Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google legal support local-law geo-block outcome (English), with an uploader-removed video",
    why="blocked in South Korea = restricted; removed by the uploader before our action = not_found",
    items={Y2: "restricted", Y1: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:02:11 +0900",
    subject=subj("[카카오] 신고 접수 및 처리 결과 안내 (접수번호 RC-20240905-0415)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 요청(KCSC-240905-02)이 정상적으로 접수되었습니다.
접수번호: RC-20240905-0415

우선 검토 결과, {K4} 게시물은 명예훼손 정보로 확인되어
삭제 조치하였습니다.

요청에 포함된 나머지 게시물은 검토 후 안내드리겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao receipt mail that also carries a first result",
    why="acknowledgement wording plus an unhedged item-level 삭제 조치 for one named item: not a pure acknowledgement",
    items={K4: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-suspend",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 11:25:00 +0900",
    subject="RE: [KCSC-240903-01] 불법촬영물 등 시정요구",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 가운데 아래 4건은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 순차적으로 게시중단 조치할 예정입니다.

 - {N3}
 - {N6}
 - {N8}
 - {N13}

조치가 완료되면 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply promising future 게시중단",
    why="'검토 중' and '조치할 예정' are promises, not statements; items stay pending",
    items=pending(N3, N6, N8, N13),
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "jungho.park@kakaocorp.com"},
    name_from="박정호",
    date="Mon, 09 Sep 2024 09:12:44 +0900",
    subject="RE: [KCSC-240905-02] 명예훼손 정보 시정요구",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 카카오 박정호입니다.

확인해 보니 {K1} 게시물은 작성자가 스스로 삭제한 것으로 보입니다.
다만 카페 관리 화면에서는 아직 조회되는 부분이 있어 정확한 상태는 추가로 확인 중입니다.

확인되는 대로 다시 말씀드리겠습니다.
박정호 드림
""",
    outcome="review",
    review="not_understood",
    imitates="staff hedge ('…한 것으로 보입니다') while still checking",
    why="'삭제한 것으로 보입니다' is a hedge and the writer says the state is still being checked; item stays pending",
    items=pending(K1),
)

case(
    name="naver-bulk-all-suspended",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 19:00:00 +0900",
    subject=subj("[회신] KCSC-240903-01 조치 완료"),
    reply_to_req="req-240903-01",
    body="""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240903-01) 조치 완료 회신

1. 귀 위원회의 업무에 협조하게 되어 감사드립니다.
2. 귀 위원회가 요청한 정보 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사
""",
    outcome="review",
    review="bulk",
    imitates="one-paragraph 공문 stating the whole request was handled",
    why="'요청한 정보 전체' for a 13-item request without naming items: bulk, items stay pending",
    items=pending(*N),
)

case(
    name="dc-bulk-five-deleted",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 22:03:18 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    body="""
안녕하세요, 디시인사이드입니다.
요청 주신 5건 모두 삭제 처리했습니다. 감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="terse operator reply covering the whole list",
    why="'5건 모두 삭제' names no item for a 5-item request: bulk, items stay pending",
    items=pending(*D),
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 02:14:51 +0900",
    subject="[회신] KCSC-240903-01 조치결과",
    body=f"""
안녕하세요 네이버 정책지원팀입니다.

아래 게시물은 삭제 완료되었습니다.
{N7}
{N11}

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="claims from navercorp.com with dmarc=fail are not trusted; items stay pending",
    items=pending(N7, N11),
)

case(
    name="agency-unknown-sender",
    **{"from": "report@cleanrep-agency.kr"},
    name_from="클린평판 대응센터",
    date="Tue, 10 Sep 2024 13:30:00 +0900",
    subject="KCSC-240905-02 관련 게시물 삭제 완료 보고",
    body=f"""
안녕하세요. 온라인 평판관리 전문 클린평판입니다.

의뢰인 요청에 따라 카카오 측에 신고를 진행하였고, 아래 게시물이 삭제 완료된 것을 확인하였습니다.

1. {K1}
2. {K2}

참고하시어 위원회 처리 현황에 반영해 주시기 바랍니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="reputation-management agency reporting removals on the platform's behalf",
    why="third-party domain, not the platform: its claims cannot change statuses",
    items=pending(K1, K2),
)

case(
    name="kakao-daum-search-naver-item",
    **{"from": "search-policy@kakaocorp.com"},
    name_from="Daum 검색 정책팀",
    date="Fri, 06 Sep 2024 15:55:10 +0900",
    subject=subj("[Daum 검색] KCSC-240903-01 검색 노출 제한 안내"),
    body=f"""
안녕하세요. Daum 검색 정책팀입니다.

참조로 전달받은 KCSC-240903-01 건과 관련하여, 아래 게시물이 Daum 검색 결과에
노출되지 않도록 검색 제외(노출 제한) 조치하였습니다.

 - {N1}
 - {N4}

원 게시물의 삭제는 해당 서비스 제공자(네이버)의 소관임을 알려드립니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum search de-indexing notice about another portal's posts",
    why="Kakao states a status for NAVER items (search de-listing only): wrong platform, items stay pending",
    items=pending(N1, N4),
)

case(
    name="youtube-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:00:12 +0000",
    subject="Re: KCSC-240910-03 [8-4129000035517]",
    reply_to_req="req-240910-03",
    body=f"""
Hello,

The following content is currently under review by our team:

{Y1}
{Y2}
{Y3}

We will get back to you once our review is complete. We appreciate your patience.

Regards,
The YouTube Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal support 'under review' update naming the URLs",
    why="under review / will get back is no statement; items named, nothing to apply",
    items=pending(Y1, Y2, Y3),
)

case(
    name="band-asks-more",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 16:40:00 +0900",
    subject=subj("[BAND] KCSC-240912-05 관련 추가 자료 요청"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글({B1}, {B2})은 비공개 밴드에 게시된 글로,
밴드 멤버가 아닌 운영자가 내용을 확인하기 위해서는 아래 자료가 필요합니다.

 1. 게시글 화면 캡처 (작성자, 작성일시 포함)
 2. 해당 게시글이 마약류 매매에 해당한다고 판단하신 근거

자료를 이 메일로 회신해 주시면 확인 후 처리 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="BAND request for screenshots and grounds before acting on a private band",
    why="the platform asks for more material; no statement about either post",
    items=pending(B1, B2),
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:00:00 +0900",
    subject="[안내] 네이버 시정요구 회신 담당 창구 변경",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

2024년 9월 23일부터 방송통신심의위원회 시정요구 관련 회신 업무는
정책지원팀에서 이용자보호팀으로 이관됩니다.

이관 이후에는 policy-response@navercorp.com 으로 요청을 보내 주시기 바랍니다.
기존 주소로 보내신 메일도 당분간은 자동으로 전달됩니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    classification="other",
    imitates="portal notice of a change of contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "tistory-policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Sat, 07 Sep 2024 12:10:00 +0900",
    subject=subj("RE: [KCSC-240905-02] 명예훼손 정보 시정요구"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{K3_RAW} 게시물에 대해서는 게시자에게 소명 기회를 부여하였습니다.
게시자가 9월 14일까지 소명 자료를 제출하지 않을 경우 해당 게시물은 삭제될 예정입니다.

결과는 기한 이후 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Tistory notice of a conditional deletion after the author's right of reply",
    why="deletion is conditional and in the future; item stays pending",
    items=pending(K3),
)

case(
    name="dc-hedge-probably-gone",
    **{"from": "gallery.admin@dcinside.com"},
    name_from="디시인사이드 갤러리 관리팀",
    date="Fri, 13 Sep 2024 09:05:33 +0900",
    subject="Re: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요.

말씀하신 {D5} 글은 갤러리 매니저가 지운 것 같은데요,
로그상으로 정확히 확인되지는 않아서 확인되면 다시 알려드리겠습니다.

{D1} 글도 아마 이미 삭제됐을 겁니다.
""",
    outcome="review",
    review="not_understood",
    imitates="informal gallery admin reply full of hedges",
    why="'지운 것 같은데요', '아마 … 삭제됐을 겁니다' are hedges; items stay pending",
    items=pending(D5, D1),
)

# ================================================================ IGNORED

case(
    name="naver-ooo-chuseok",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Tue, 17 Sep 2024 10:00:31 +0900",
    subject=subj("[자동회신] 부재중입니다: [KCSC-240917-06] 음란정보 시정요구 (네이버 카페)"),
    reply_to_req="req-240917-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 한지우입니다.

추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
9월 19일(목)부터 순차적으로 회신드리겠습니다.

급한 건은 카페 정책 공용 메일(cafe_policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted), no statement",
    items={NS: "pending"},
)

case(
    name="dc-ooo-bilingual",
    **{"from": "minsu.oh@dcinside.com"},
    name_from="오민수",
    date="Wed, 11 Sep 2024 14:00:40 +0900",
    subject="자동 응답: [KCSC-240911-04] 개인정보 침해 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: minsu.oh@dcinside.com"],
    body="""
출장 중으로 9/13(금)까지 메일 확인이 어렵습니다.
게시물 삭제 관련 요청은 cs@dcinside.com 으로 보내 주세요.

I am out of the office until Friday 13 September with limited access to email.
For takedown requests please write to cs@dcinside.com.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Exchange bilingual out-of-office reply",
    why="auto-reply, no statement",
    items={},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    auth="none",
    name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 15:00:44 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="9A1C23F0.1726725644/mx2.kakaocorp.com"

--9A1C23F0.1726725644/mx2.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<channel-report@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.25]
    said: 550 5.1.1 <channel-report@kakaocorp.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--9A1C23F0.1726725644/mx2.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu, 19 Sep 2024 15:00:41 +0900

Final-Recipient: rfc822; channel-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--9A1C23F0.1726725644/mx2.kakaocorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: channel-report@kakaocorp.com
Subject: [KCSC-240919-07] 불법 도박 홍보 채널 게시물 삭제 요청
Date: Thu, 19 Sep 2024 15:00:00 +0900
Message-ID: <req-240919-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

아래 카카오톡 채널 게시물의 삭제를 요청드립니다.
{KS}

--9A1C23F0.1726725644/mx2.kakaocorp.com--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request",
    why="bounce; the URL is only in the returned request",
    items={KS: "pending"},
)

case(
    name="google-dsn-delay",
    **{"from": "mailer-daemon@google.com"},
    auth="none",
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 13:31:02 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000dsn7c1"

--000000000000dsn7c1
Content-Type: text/plain; charset=UTF-8

** Delivery incomplete **

There was a temporary problem delivering your message to legal-kr-intake@google.com.
Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

--000000000000dsn7c1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; legal-kr-intake@google.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 12 Sep 2024 09:30:00 +0900

--000000000000dsn7c1
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: legal-kr-intake@google.com
Subject: [KCSC-240910-03] 불법 도박 홍보 동영상 시정요구
Message-ID: <req-240910-03@kcsc.example>

--000000000000dsn7c1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail 'Delivery Status Notification (Delay)'",
    why="delay DSN, no statement",
    items={},
)

case(
    name="band-mdn-read",
    **{"from": "yuna.choi@band.us"},
    name_from="최유나",
    date="Thu, 12 Sep 2024 10:24:09 +0900",
    subject=subj("읽음: [KCSC-240912-05] 마약류 매매 게시글 삭제 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b5e0"

--mdn-b5e0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신인이 읽었습니다.

  받는 사람: 최유나 <yuna.choi@band.us>
  제목: [KCSC-240912-05] 마약류 매매 게시글 삭제 요청
  읽은 시간: 2024-09-12 (목) 오전 10:24

--mdn-b5e0
Content-Type: message/disposition-notification

Reporting-UA: band.us; Mail Client
Final-Recipient: rfc822; yuna.choi@band.us
Original-Message-ID: <req-240912-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b5e0--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean mail-client read receipt (읽음 확인, MDN)",
    why="read receipt, no statement",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help-noreply@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:01:15 +0900",
    subject=subj("[네이버 고객센터] 문의가 정상적으로 접수되었습니다."),
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

  접수번호 : 2024090310001523
  문의제목 : [KCSC-240903-01] 불법촬영물 등 시정요구
  접수일시 : 2024.09.03 10:01

담당자 확인 후 순차적으로 답변드리겠습니다. 문의량에 따라 답변이 지연될 수 있는 점 양해 부탁드립니다.
답변은 고객센터 > 나의 문의내역(https://help.naver.com/myinquiry)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt (접수번호)",
    why="pure acknowledgement with a ticket number; the help link is not an item",
    items={},
)

case(
    name="youtube-legal-ack-en",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 00:32:10 +0000",
    subject="[8-4129000035517] We've received your request KCSC-240910-03",
    body="""
Hello,

Thank you for your submission. This message confirms that we have received your
legal request and created case 8-4129000035517. Please keep this number for
future correspondence.

We'll review your request and get back to you as soon as possible.

Regards,
Google Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal support automatic case-number receipt",
    why="pure receipt with a case number; 'we'll review' names no item",
    items={},
)


HEADER = """# Blind set 995 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written from each email's meaning before any run of the reader; generated by make.py.
# Each case is judged alone on a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind995", HEADER, CASES)
    print(len(CASES), "cases")
