#!/usr/bin/env python3
"""Blind set 455 (Korean portals): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replying in Korean to the regulator's removal requests.

    python3 tests/corpus/blind455/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on this set. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind455"


def h(s):
    """RFC 2047 encoded header text, as most Korean mail clients send it."""
    return Header(s, "utf-8").encode()


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
SLUG = quote("코인-리딩방-후기")
HANDLE = quote("@하늘방송", safe="@")

N1 = "https://blog.naver.com/haneul_moon77/223512340011"
N2 = "https://blog.naver.com/haneul_moon77/223512340987"
N3 = "https://blog.naver.com/doraji_kitchen/223498771230"
N4 = "https://blog.naver.com/silverfox_trade/223530016655"
N5 = "https://m.blog.naver.com/silverfox_trade/223530019001"
N6 = "https://cafe.naver.com/greenvalleyclub/48211"
N7 = "https://cafe.naver.com/greenvalleyclub/48306"
N8 = "https://cafe.naver.com/jjangstockroom/910274"
N9 = "https://cafe.naver.com/jjangstockroom/910388"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471209833"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=55120931"
N12 = "https://tv.naver.com/v/58123407"
NAVER_BIG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bluemoonclub/Ab3x/1520"
K2 = "https://cafe.daum.net/bluemoonclub/Ab3x/1544"
K3 = "https://moonlit-river.tistory.com/entry/" + SLUG
K3_RAW = "https://moonlit-river.tistory.com/entry/코인-리딩방-후기"
K4 = "https://moonlit-river.tistory.com/88"
K5 = "https://story.kakao.com/onyu_bada/Hq2Lm8aYx30"

Y1 = "https://www.youtube.com/watch?v=Qm7tR2xPz4A"
Y2 = "https://www.youtube.com/watch?v=bN0cE81wKfU"
Y3 = "https://www.youtube.com/shorts/Lp5vX9dHq2s"
Y4 = "https://www.youtube.com/" + HANDLE
Y4_RAW = "https://www.youtube.com/@하늘방송"

D1 = "https://gall.dcinside.com/board/view/?id=stockus&no=7712093"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=4410257"
D3 = "https://gall.dcinside.com/mini/board/view/?id=bluewhale&no=33021"

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/415"

S1 = "https://blog.naver.com/pinetree_note/223541120034"
T1 = "https://www.youtube.com/watch?v=Zk4fG7uWc1E"

REQ = {
    "naver": "KCSC-240903-01",
    "kakao": "KCSC-240905-02",
    "youtube": "KCSC-240909-03",
    "dc": "KCSC-240911-04",
    "band": "KCSC-240912-05",
    "naver1": "KCSC-240913-06",
    "yt1": "KCSC-240918-07",
}


def mid(ref):
    return ref + ".req"  # In-Reply-To <REF.req@kcsc.example>


REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (REQ["naver"], "naver", "2024-09-03", "2024-09-10", NAVER_BIG, "illegal_finance",
     'blog, cafe, kin, post and TV; "리딩방" ads'),
    (REQ["kakao"], "kakao", "2024-09-05", "2024-09-12", [K1, K2, K3, K4, K5], "gambling",
     "Daum cafe, Tistory (Korean slug), KakaoStory"),
    (REQ["youtube"], "youtube", "2024-09-09", "2024-09-16", [Y1, Y2, Y3, Y4], "fraud",
     "three videos and one channel with a Korean handle"),
    (REQ["dc"], "dcinside", "2024-09-11", "2024-09-18", [D1, D2, D3], "defamation",
     "main, minor and mini galleries"),
    (REQ["band"], "band", "2024-09-12", "2024-09-19", [B1, B2], "drugs", "one BAND, two posts"),
    (REQ["naver1"], "naver", "2024-09-13", "2024-09-20", [S1], "obscenity", "single blog post"),
    (REQ["yt1"], "youtube", "2024-09-18", "2024-09-25", [T1], "gambling", "single video"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
NAVER_POLICY = h("네이버 정책지원팀")
NAVER_NAME = h("네이버")
KAKAO_POLICY = h("카카오 정책협력팀")
YT_LEGAL = h("YouTube 법무팀")
DC_NAME = h("디시인사이드 운영팀")
BAND_NAME = h("BAND 고객센터")

GMAIL_QUOTE_NAVER = "\n".join(
    ["2024년 9월 3일 (화) 오전 10:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:",
     "> 네이버 정책지원팀 귀하",
     ">",
     f"> 요청번호: {REQ['naver']}",
     "> 아래 정보는 정보통신망법상 불법정보에 해당하므로 삭제 등 필요한 조치를",
     "> 요청합니다.",
     ">"]
    + [f"> {i}. {u}" for i, u in enumerate(NAVER_BIG, 1)]
    + [">", "> 방송통신심의위원회 통신심의국"]
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(9, 17, 40),
    subject=h(f"[회신] 시정요구({REQ['naver']})에 대한 조치결과 회신"),
    reply_to_req=mid(REQ["naver"]),
    body=f"""
수신: 방송통신심의위원회 (통신심의국)
참조: 불법정보 심의 담당자
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 {REQ['naver']})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 정보에 대하여 아래와 같이
   조치하였음을 회신합니다.

                              - 아    래 -

연번 | 게시물 URL | 조치 결과 | 비고
-----+------------+-----------+------
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 게시중단 |
4 | {N4} | 임시조치(30일) | 권리침해 신고 병합 처리
5 | {N5} | 게시물 없음 | 작성자 자진 삭제
6 | {N6} | 블라인드 |
7 | {N7} | 삭제 |
8 | {N8} | 조치 불가 | 불법성 미확인, 게시 유지
9 | {N9} | 국내 접근 제한 |
10 | {N10} | 삭제 |
11 | {N11} | 비공개 처리 |
12 | {N12} | 삭제 |

3. 조치 결과에 관한 문의는 정책지원팀(policy@navercorp.com)으로 연락 주시기
   바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 from a portal, numbered text table",
    why="trusted NAVER reply, one row per requested URL with a clear result each",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "rejected", N9: "restricted", N10: "removed",
           N11: "removed", N12: "removed"},
)

case(
    name="naver-cafe-html-table",
    **{"from": "cafe_safety@naver.com"}, name_from=h("네이버 카페 운영팀"), date=d(10, 11, 5),
    subject=h(f"[네이버 카페] 요청하신 게시글 처리 결과 안내 ({REQ['naver']})"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 카페 게시글 4건의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시글 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N6}">{N6}</a></td><td>블라인드 처리</td></tr>
<tr><td>2</td><td><a href="{N7}">{N7}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N8}">{N8}</a></td><td>이미 삭제된 게시글입니다</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>운영정책 위반 아님 (게시 유지)</td></tr>
</table>
<p>카페 운영정책은 <a href="https://help.naver.com/service/5637/category/bookmark">네이버 고객센터</a>에서
확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations team HTML result notice with a results table",
    why="HTML table, one result per cafe URL; the help-centre link is not an item",
    items={N6: "removed", N7: "removed", N8: "not_found", N9: "rejected"},
)

CSV_NAVER = (
    "\ufeff연번,URL,조치결과,처리일자\n"
    f"1,{N10},삭제,2024-09-10\n"
    f"2,{N11},비공개 처리,2024-09-10\n"
    f"3,{N12},해당 없음(존재하지 않는 영상),2024-09-10\n"
    f"4,{N1},게시중단,2024-09-11\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(11, 15, 20),
    subject=h(f"RE: [{REQ['naver']}] 불법정보 시정요구 - 추가 조치결과(첨부)"),
    reply_to_req=mid(REQ["naver"]),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_455_3"

------=_Part_455_3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 네이버 정책지원팀입니다.

요청번호 {REQ['naver']} 건 중 추가로 처리된 4건의 조치 결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

네이버 정책지원팀 드림
''')}
------=_Part_455_3
Content-Type: text/csv; charset=utf-8; name="{h('조치결과_240911.csv')}"
Content-Disposition: attachment; filename="{h('조치결과_240911.csv')}"
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
------=_Part_455_3--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team reply carrying an Excel-exported UTF-8 CSV of results",
    why="CSV attachment, one row per URL: deleted, made private, video does not exist, 게시중단",
    items={N10: "removed", N11: "removed", N12: "not_found", N1: "removed"},
)

case(
    name="naver-imsi-notice-single",
    **{"from": "inoti_noreply@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
    date=d(14, 9, 12),
    subject=h("[네이버] 요청하신 게시물의 임시조치 결과 안내"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회(요청번호 {REQ['naver1']})에서 요청하신 게시물에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래와 같이 임시조치하였음을 알려드립니다.

■ 게시물 주소 : {S1}
■ 처리 결과   : 임시조치 (2024.09.14 ~ 2024.10.13, 30일)
■ 처리 일시   : 2024.09.14 09:05

임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않으며,
게시자가 재게시를 요청하지 않는 경우 기간 만료 후 삭제될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (Art. 44-2 Network Act, 30 days)",
    why="임시조치 is stated as done for the one named post; the later deletion is only conditional",
    items={S1: "restricted"},
)

case(
    name="naver-single-sole-statement",
    **{"from": "doyun.kim@navercorp.com"}, name_from=h("김도윤"), date=d(16, 14, 31),
    subject=h(f"RE: [{REQ['naver1']}] 불법정보 삭제 요청"),
    reply_to_req=mid(REQ["naver1"]),
    body="""
안녕하세요, 네이버 정책지원팀 김도윤입니다.

요청 주신 블로그 게시물은 금일 오후 삭제 조치를 완료하였습니다.
추가로 필요하신 사항 있으시면 말씀 부탁드립니다.

감사합니다.
김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short personal reply of a portal policy officer, no URL repeated",
    why="request of one item, referenced in subject and In-Reply-To; unhedged 삭제 완료",
    items={S1: "removed"},
)

case(
    name="naver-cafe-topposted-gmail-quote",
    **{"from": "cafe_ops@naver.com"}, name_from=h("네이버 카페 운영정책 담당"), date=d(6, 16, 48),
    subject=h(f"Re: [{REQ['naver']}] 불법정보 시정요구"),
    reply_to_req=mid(REQ["naver"]),
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 건 중 greenvalleyclub 카페의 두 게시글을 확인하였습니다.

{N6} → 삭제 완료
{N7} → 블라인드 처리

나머지 블로그/지식iN 건은 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.

{GMAIL_QUOTE_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply (Korean '님이 작성:' attribution) over the regulator's request",
    why="two cafe URLs with results above the quote; the quoted list of 12 URLs says nothing",
    items={N6: "removed", N7: "removed"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(12, 10, 2),
    subject=h(f"[{REQ['naver']}] 블로그 게시물 처리 결과"),
    body=f"""
요청번호 {REQ['naver']} 관련 블로그 게시물 처리 결과입니다.

1) {N1}
   → 삭제
2) {N2}
   → 삭제
3) {N3}
   → 확인 불가 (존재하지 않는 게시물)
4) {N4}
   → 게시 유지 (검토 결과 운영원칙 위반 사항 없음)

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="numbered list, bare URL with the result on the line below",
    why="each result sits on the line under its URL",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "rejected"},
)

case(
    name="naver-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(10, 13, 44),
    subject=h(f"회신: {REQ['naver']} 블로그 게시물 관련"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 {N4}의 경우 미등록 투자자문(리딩방) 광고로 확인되어 삭제 조치하였습니다.
한편 {N5}은 작성자가 이미 삭제한 게시물로 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="prose reply where Korean particles (의, 은) are glued to the URLs",
    why="'…16655의 경우 … 삭제 조치하였습니다' and '…19001은 작성자가 이미 삭제'",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-angle-fullwidth",
    **{"from": "kin_help@naver.com"}, name_from=h("네이버 지식iN·TV 운영"), date=d(11, 18, 9),
    subject=h(f"[{REQ['naver']}] 지식iN, 네이버TV 게시물 처리 결과"),
    body=f"""
지식iN 및 네이버TV 게시물 처리 결과를 알려드립니다.

• 지식iN 질문 <{N10}>：운영자 삭제
• 네이버TV 영상（{N12}）：비공개 전환 완료

이용에 참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator notice, URLs in angle brackets and full-width parentheses/colons",
    why="운영자 삭제 and 비공개 전환 완료, one per URL",
    items={N10: "removed", N12: "removed"},
)

case(
    name="naver-statement-and-promise",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(13, 11, 26),
    subject=h(f"RE: [{REQ['naver']}] 카페 게시글 처리 현황"),
    reply_to_req=mid(REQ["naver"]),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

jjangstockroom 카페 게시글 {N8} 은 삭제하였습니다.
{N9} 은 카페 매니저의 소명을 받은 뒤 조치 여부를 결정할 예정입니다.

결과가 나오는 대로 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply mixing a done action with a pending one",
    why="910274 deleted; 910388 only a future decision, stays pending",
    items={N8: "removed", N9: "pending"},
)

case(
    name="naver-url-below-heading",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(12, 16, 15),
    subject=h(f"[{REQ['naver']}] 조치 결과 안내 (블로그/포스트/TV)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 게시중단(블라인드) 처리되었습니다.

{N3}
{N11}

아래 게시물은 검토 결과 위반 사항이 확인되지 않아 게시가 유지됩니다.

{N12}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="grouped result notice: statement first, URLs listed below it",
    why="two URLs under the 게시중단 heading, one under the 게시 유지 heading",
    items={N3: "removed", N11: "removed", N12: "rejected"},
)

case(
    name="naver-qp-kin",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(10, 9, 51),
    subject=h(f"[{REQ['naver']}] 지식iN 게시물 삭제 완료"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 정책지원팀입니다.

요청번호 {REQ['naver']} 중 지식iN 게시물 {N10} 은 청소년유해 정보로 확인되어 삭제 처리하였습니다.

나머지 게시물의 처리 결과는 별도로 회신드리겠습니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean body with soft line breaks, as Outlook/Webmail send",
    why="one kin URL stated deleted; the rest only promised",
    items={N10: "removed"},
)

# ---------------------------------------------------------------- Kakao
case(
    name="kakao-gongmun-list",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_POLICY, date=d(10, 15, 0),
    subject=h(f"[카카오] 시정요구 조치 결과 회신({REQ['kakao']})"),
    reply_to_req=mid(REQ["kakao"]),
    body=f"""
문서번호: 카카오정책-2024-0917
수    신: 방송통신심의위원회
제    목: 시정요구 조치 결과 회신({REQ['kakao']})

1. 귀 위원회의 시정요구(2024. 9. 5.)와 관련입니다.
2. 당사는 요청하신 정보에 대하여 다음과 같이 조치하였습니다.

  가. {K1} : 삭제
  나. {K2} : 삭제
  다. {K3} : 임시조치(30일)
  라. {K4} : 조치하지 않음 - 관련 법령 및 운영정책 위반 사항이 확인되지 않음
  마. {K5} : 해당 게시물 없음(URL 오류 또는 이미 삭제됨)

3. 문의: 카카오 정책협력팀 (policy@kakaocorp.com)

주식회사 카카오 대표이사 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 회신 with 가/나/다 items (Daum cafe, Tistory, KakaoStory)",
    why="one result per lettered item: deleted, 임시조치, not actioned with reason, no such post",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected", K5: "not_found"},
)

case(
    name="kakao-tistory-korean-slug",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=h("티스토리 운영팀"), date=d(9, 17, 22),
    subject=h(f"[티스토리] 신고 게시글 처리 결과 ({REQ['kakao']})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

신고하신 티스토리 글 {K3_RAW} 및
{K4} 두 건 모두 블라인드 처리하였습니다.

블라인드 처리된 글은 작성자 외에는 열람할 수 없습니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations notice quoting a post URL with its raw Korean slug",
    why="both URLs named and 블라인드 처리; the raw Korean slug matches the percent-encoded request URL",
    items={K3: "removed", K4: "removed"},
)

case(
    name="kakao-daum-cafe-html",
    **{"from": "cafe_safety@daum.net"}, name_from=h("Daum 클린카페 운영팀"), date=d(11, 10, 37),
    subject=h(f"[Daum 카페] 게시글 조치 결과 안내 - {REQ['kakao']}"),
    type="html",
    body=f"""
<div style="font-size:13px;color:#222">
<p>안녕하세요. Daum 클린카페 운영팀입니다.</p>
<p>요청하신 Daum 카페 게시글에 대한 조치 결과를 안내드립니다.</p>
<ul>
<li><a href="{K1}">{K1}</a><br>
&rarr; 게시글 삭제 및 작성자 카페 활동 정지</li>
<li><a href="{K2}">{K2}</a><br>
&rarr; 성인 인증 게시판으로 이동 (청소년 열람 제한)</li>
</ul>
<p>클린카페 운영정책: <a href="https://cs.daum.net/faq/63/15402.html">cs.daum.net</a></p>
<p style="color:#888">본 메일은 발신전용입니다.</p>
</div>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린카페 HTML notice (삭제, 청소년 열람 제한)",
    why="1520 deleted; 1544 moved behind adult verification = age-restricted",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-base64-plain",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_POLICY, date=d(12, 14, 3),
    subject=h(f"RE: [{REQ['kakao']}] 카카오스토리/Daum 카페 게시물"),
    reply_to_req=mid(REQ["kakao"]),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 카카오 정책협력팀입니다.

카카오스토리 게시물 {K5} 은 운영정책 위반으로 삭제되었습니다.

다음 카페 게시글 {K1} 은 확인 결과 작성자 본인이 삭제하여
현재 존재하지 않는 게시글입니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded plain text reply from a Korean webmail",
    why="story post deleted by Kakao; cafe post deleted by its author earlier = not_found",
    items={K5: "removed", K1: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    **{"from": "noreply@kakaocorp.com"}, name_from=h("카카오 고객센터"), date=d(8, 20, 14),
    subject=h("[카카오 고객센터] 신고 처리 결과 안내"),
    body=f"""
[카카오 고객센터] 신고 처리 결과 안내

접수번호: 2409-KR-558120

[접수 내용]
신고 대상 URL: {K2}
신고 사유: 불법 도박 광고
요청 기관: 방송통신심의위원회 ({REQ['kakao']})

[처리 결과]
신고하신 게시물은 검토 결과 운영정책 위반으로 확인되어 삭제되었습니다.

카카오 고객센터는 보다 안전한 서비스를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket result, echoing the report then giving the result",
    why="ticket number plus an unhedged result for the echoed URL: not a mere receipt",
    items={K2: "removed"},
)

# ---------------------------------------------------------------- YouTube
case(
    name="yt-korea-legal-result",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(13, 8, 55),
    subject=h(f"[YouTube] 법적 요청 처리 결과 - {REQ['youtube']}"),
    reply_to_req=mid(REQ["youtube"]),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

방송통신심의위원회의 요청({REQ['youtube']})을 검토하였으며 결과는 다음과 같습니다.

- {Y1}
  현지 법률에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

- {Y2}
  커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

- {Y3}
  검토 결과 YouTube 정책 위반이 확인되지 않았고, 제출된 자료만으로는 현지 법률
  위반 여부를 판단하기 어려워 조치를 취하지 않았습니다.

- {Y4}
  스팸, 현혹 행위 및 사기에 관한 정책 위반으로 채널이 해지되었습니다.

YouTube 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/9288567
을 참고하시기 바랍니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals outcome email, Korean localisation",
    why="KR block, removal, refusal with reason, channel termination; support link is not an item",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "removed"},
)

case(
    name="yt-age-restricted",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(12, 19, 30),
    subject=f"Re: {REQ['youtube']} / " + h("연령 제한 적용 안내"),
    body=f"""
Hello, 안녕하세요.

Following review of your request {REQ['youtube']}, we have age-restricted the
following video:

{Y3}
(연령 제한 적용 - 로그아웃 사용자 및 만 18세 미만 사용자는 시청할 수 없습니다.)

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, bilingual English/Korean",
    why="one named Short age-restricted",
    items={Y3: "restricted"},
)

case(
    name="yt-single-sole-statement",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(20, 10, 11),
    subject=h(f"Re: [{REQ['yt1']}] 동영상 조치 요청"),
    reply_to_req=mid(REQ["yt1"]),
    body="""
안녕하세요.

요청하신 동영상은 검토 결과 현지 법률에 따라 대한민국 내에서 시청할 수 없도록
제한되었습니다. 다른 국가에서는 계속 시청할 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team local-law block, one-video request, no URL repeated",
    why="one-item request referenced in subject/In-Reply-To; country block = restricted",
    items={T1: "restricted"},
)

case(
    name="yt-korean-handle-actioned",
    **{"from": "legal-noreply@youtube.com"}, name_from="YouTube", date=d(14, 2, 17),
    subject=f"Update on your report ({REQ['youtube']})",
    body=f"""
Hi,

We have reviewed the content you reported.

The channel {Y4_RAW} has been terminated for violating our
Community Guidelines.

The video {Y1} has been actioned under our policies.

Thanks,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome email in English, channel handle written in Hangul",
    why="channel terminated (raw Hangul handle = percent-encoded request URL); video actioned (configured phrase)",
    items={Y4: "removed", Y1: "removed"},
)

case(
    name="yt-bulleted-mixed",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(16, 11, 48),
    subject=h(f"[YouTube] {REQ['youtube']} 추가 처리 결과"),
    body=f"""
안녕하세요, YouTube 법무팀입니다. 추가 검토 결과를 안내드립니다.

  * {Y2} — 업로더가 이미 삭제한 동영상으로 확인되었습니다.
  * {Y3} — 커뮤니티 가이드 위반으로 삭제했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal follow-up, bulleted list with em dashes",
    why="video already deleted by its uploader = not_found; Short deleted",
    items={Y2: "not_found", Y3: "removed"},
)

# ---------------------------------------------------------------- DC Inside
case(
    name="dc-operator-informal",
    **{"from": "help@dcinside.com"}, name_from=DC_NAME, date=d(12, 22, 40),
    subject=h(f"Re: [{REQ['dc']}] 게시물 삭제 요청"),
    reply_to_req=mid(REQ["dc"]),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 확인했습니다.

{D1} 삭제했습니다.
{D2} 삭제했습니다.
{D3} 는 작성자가 먼저 지워서 이미 없는 글입니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse informal operator reply of a Korean community site",
    why="two posts deleted by the operator, one already gone by its author",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-mgallery-kept",
    **{"from": "seojun.park@dcinside.com"}, name_from=h("박서준"), date=d(13, 15, 3),
    subject=h(f"Re: [{REQ['dc']}] 게시물 삭제 요청"),
    reply_to_req=mid(REQ["dc"]),
    body=f"""
안녕하세요, 디시인사이드 운영팀 박서준입니다.

코인마켓 마이너 갤러리 글 {D2} 는
확인 결과 단순 시세 토론글이라 삭제 사유에 해당하지 않아 유지합니다.
미니 갤러리 글 {D3} 는 삭제 처리했습니다.

2024년 9월 11일 (수) 오후 3:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 요청번호: {REQ['dc']}
> 아래 게시물의 삭제를 요청합니다.
> 1. {D1}
> 2. {D2}
> 3. {D3}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted operator reply refusing one post with its reason, over the quoted request",
    why="minor-gallery post kept with reason = rejected; mini-gallery post deleted; quote ignored",
    items={D2: "rejected", D3: "removed"},
)

# ---------------------------------------------------------------- BAND
case(
    name="band-safety-reply",
    **{"from": "safety@band.us"}, name_from=BAND_NAME, date=d(13, 13, 13),
    subject=h(f"[BAND] 신고 처리 결과 안내 ({REQ['band']})"),
    body=f"""
안녕하세요. BAND 고객센터입니다.
방송통신심의위원회에서 신고하신 게시글의 처리 결과를 안내드립니다.

신고된 게시글: {B1}
처리 결과: 게시글 삭제 및 작성자 밴드 이용 제한

신고된 게시글: {B2}
처리 결과: 존재하지 않는 게시글 (이미 삭제되었거나 주소가 잘못되었습니다)

BAND 운영정책 안내: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome echoing each reported post",
    why="412 deleted; 415 does not exist",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-outlook-topposted",
    **{"from": "jiwoo.han@band.us"}, name_from=h("한지우"), date=d(14, 11, 2),
    subject=h(f"RE: [{REQ['band']}] 마약류 판매 게시물 삭제 요청"),
    reply_to_req=mid(REQ["band"]),
    body=f"""
안녕하세요, BAND 운영팀 한지우입니다.

요청하신 게시글 중 {B2} 는 삭제되었습니다.
412번 게시글은 밴드 리더 소명 절차가 진행 중이어서 결과가 나오는 대로 다시 알려드리겠습니다.

한지우 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 12, 2024 4:20 PM
To: safety@band.us
Subject: [{REQ['band']}] 마약류 판매 게시물 삭제 요청

BAND 운영팀 귀하

아래 게시글은 마약류 판매 정보로 삭제를 요청합니다.
1. {B1}
2. {B2}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="415 deleted; 412 still in process (pending); the unquoted original below says nothing",
    items={B2: "removed", B1: "pending"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-only",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(5, 10, 20),
    subject=h(f"RE: [{REQ['naver']}] 불법정보 시정요구"),
    reply_to_req=mid(REQ["naver"]),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물({N1}, {N2})은
관련 부서 검토를 거쳐 영업일 기준 3일 이내에 삭제될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising deletion within 3 business days",
    why="'삭제될 예정' is a promise, not a statement",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged",
    **{"from": "minji.lee@kakaocorp.com"}, name_from=h("이민지"), date=d(7, 11, 45),
    subject=h(f"RE: [{REQ['kakao']}] Daum 카페 게시글 문의"),
    reply_to_req=mid(REQ["kakao"]),
    body=f"""
안녕하세요, 카카오 정책협력팀 이민지입니다.

말씀하신 Daum 카페 글 {K1} 은 카페 운영진에 의해 이미
삭제된 것으로 보입니다. {K2} 도 현재 비공개 상태인 것
같은데, 정확한 확인을 위해 담당 부서에 문의해 두었습니다.

확인되는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="informal staff reply with hedges ('…인 것으로 보입니다', '…인 것 같은데')",
    why="both statements are hedged and a check is still pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(10, 18, 2),
    subject=h(f"[{REQ['naver']}] 조치 완료 안내"),
    reply_to_req=mid(REQ["naver"]),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 2024년 9월 3일 요청하신 게시물 12건에 대하여 모두 삭제 조치를
완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 notice covering a whole request",
    why="'12건 모두 삭제' without naming any URL, for a 12-item request",
    items={u: "pending" for u in NAVER_BIG},
)

case(
    name="yt-bulk-all-restricted",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(15, 9, 40),
    subject=h(f"[YouTube] {REQ['youtube']} 처리 완료"),
    reply_to_req=mid(REQ["youtube"]),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

{REQ['youtube']} 관련하여 신고하신 모든 콘텐츠에 대해 현지 법률에 따라
대한민국 내 액세스를 제한했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="YouTube legal blanket outcome for a multi-URL request",
    why="'신고하신 모든 콘텐츠' for a 4-item request, no URL named",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, auth="fail", date=d(8, 3, 12),
    subject=h(f"[회신] 시정요구({REQ['naver']}) 조치결과"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신 ({REQ['naver']})

아래와 같이 조치하였음을 회신합니다.

1. {N1} : 삭제
2. {N6} : 삭제

네이버 주식회사 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="공문-style result that fails DKIM/SPF/DMARC for navercorp.com",
    why="NAVER domain but authentication fails",
    items={N1: "pending", N6: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinmarket.gm2024@gmail.com"}, name_from=h("코인마켓갤 매니저"), date=d(12, 1, 33),
    subject=h(f"방심위 {REQ['dc']} 건 관련"),
    body=f"""
안녕하세요 저 코인마켓 마이너갤 매니저인데요,
방심위에서 요청하신 {D2} 글 제가 삭제했습니다.
혹시 더 필요한 거 있으면 이 메일로 연락 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer gallery manager writing from a personal Gmail account",
    why="gmail.com is no platform's domain; cannot change a DC Inside item",
    items={D2: "pending"},
)

case(
    name="kakao-daum-search-naver-items",
    **{"from": "search-policy@kakaocorp.com"}, name_from=h("Daum 검색 정책"), date=d(6, 14, 50),
    subject=h(f"[Daum 검색] 검색 결과 제외 처리 안내 ({REQ['naver']})"),
    body=f"""
안녕하세요. 카카오 Daum 검색 정책 담당자입니다.

참조로 받은 시정요구({REQ['naver']}) 중 아래 게시물은 Daum 검색 결과에서
삭제 처리하였습니다.

- {N1}
- {N2}

원 게시물은 네이버 서비스에 있으므로 게시물 자체에 대한 조치는 네이버에
요청하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search-engine de-indexing notice from a portal other than the host",
    why="Kakao states a result for NAVER blog posts (only removed from its search index)",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-asks-more-docs",
    **{"from": "inoti_noreply@navercorp.com"}, name_from=h("네이버 게시중단요청서비스"),
    date=d(14, 16, 6),
    subject=h("[네이버] 게시중단 요청 관련 추가 자료 요청"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물 {S1} 에 대한 게시중단 요청을 처리하기 위하여
아래 자료가 추가로 필요합니다.

1. 요청 기관의 공문 (직인 날인본)
2. 담당자 재직 확인 자료

자료를 본 메일에 회신으로 보내주시면 검토 후 조치하겠습니다.
보완 자료가 7일 이내 제출되지 않으면 요청은 자동 종료됩니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 게시중단요청서비스 request for supporting documents (보완 요청)",
    why="asks for documents before acting; nothing done to the post",
    items={S1: "pending"},
)

case(
    name="band-policy-newsletter",
    **{"from": "notice@band.us"}, name_from=h("BAND"), date=d(20, 10, 0),
    subject=h("[BAND] 운영정책 개정 안내 (2024년 10월 시행)"),
    body="""
안녕하세요. BAND입니다.

BAND 운영정책이 2024년 10월 21일부터 아래와 같이 개정됩니다.

- 불법 촬영물 등 유통 방지를 위한 신고 절차 개선
- 밴드 리더의 게시글 관리 권한 안내 보완
- 이용 제한 단계 및 이의제기 절차 정비

자세한 내용은 https://band.us/policy/operation 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform policy-change newsletter landing in the takedown mailbox",
    why="trusted BAND mail naming no requested item and no request",
    items={},
)

case(
    name="yt-under-review-list",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(10, 13, 15),
    subject=h(f"[YouTube] {REQ['youtube']} 검토 진행 상황"),
    reply_to_req=mid(REQ["youtube"]),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

다음 URL에 대한 요청을 현재 검토하고 있습니다.

{Y1}
{Y2}
{Y3}

검토가 완료되면 결과를 다시 안내해 드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal status update listing URLs still under review",
    why="names three requested URLs but only says they are under review",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "tistory-help@kakaocorp.com"}, name_from=h("티스토리 운영팀"), date=d(9, 11, 8),
    subject=h(f"[티스토리] {REQ['kakao']} 처리 안내"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{K4} 게시물은 작성자에게 소명 요청을 보냈으며,
7일 이내 소명이 없을 경우 삭제될 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory notice of a pending author-explanation period",
    why="deletion is conditional on the author not answering: no statement",
    items={K4: "pending"},
)

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
       b"4 0 obj<</Filter/FlateDecode/Length 60>>stream\n"
       + zlib.compress(b"BT /F1 11 Tf <0c1f2a3b4c5d6e7f> Tj ET " * 6)
       + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="naver-pdf-gongmun-only",
    **{"from": "policy@navercorp.com"}, name_from=NAVER_POLICY, date=d(9, 9, 30),
    subject=h(f"[회신] {REQ['naver']} 조치결과 공문 송부"),
    reply_to_req=mid(REQ["naver"]),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b455-pdf"

--b455-pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

{REQ['naver']} 건의 조치결과를 첨부 공문(PDF)으로 송부드립니다.
확인 부탁드립니다.

--b455-pdf
Content-Type: application/pdf; name="naver_reply_240909.pdf"
Content-Disposition: attachment; filename="naver_reply_240909.pdf"
Content-Transfer-Encoding: base64

{base64.encodebytes(PDF).decode('ascii').rstrip()}
--b455-pdf--
""",
    outcome="review", review="unreadable_attachment",
    imitates="공문 sent only as a scanned/PDF attachment",
    why="the results are only in a PDF the clerk must open",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "doyun.kim@navercorp.com"}, name_from=h("김도윤"), date=d(4, 8, 1),
    subject=h(f"[자동회신] 부재중입니다 (RE: [{REQ['naver']}] 불법정보 시정요구)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김도윤입니다.

9월 4일(수)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook/Works out-of-office auto-reply",
    why="auto-reply with Auto-Submitted, says nothing about items",
    items={},
)

case(
    name="dc-chuseok-auto-reply",
    **{"from": "help@dcinside.com"}, name_from=DC_NAME, date=d(15, 0, 12),
    subject=h(f"[자동응답] 추석 연휴 고객센터 휴무 안내 - Re: [{REQ['dc']}]"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 디시인사이드 고객센터입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 고객센터가 휴무합니다.
연휴 기간 중 접수된 문의는 9월 19일(목)부터 순차적으로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Chuseok holiday closure auto-reply of a Korean help desk",
    why="holiday auto-reply, no statement",
    items={},
)

KAKAO_REQ_SUBJ = f"[{REQ['kakao']}] 불법 도박 정보 시정요구"
ORIG_KAKAO = f"""From: {h("방송통신심의위원회")} <takedown@kcsc.example>
To: policy-old@kakaocorp.com
Subject: {h(KAKAO_REQ_SUBJ)}
Date: {d(5, 14, 0)}
Message-ID: <{mid(REQ['kakao'])}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

카카오 귀중

아래 정보의 삭제 등 시정을 요구합니다. ({REQ['kakao']})
1. {K1}
2. {K2}
3. {K3}
4. {K4}
5. {K5}
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(5, 14, 0, 9),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b455-7"

--dsn-b455-7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다. 수신자 주소를 확인해 주십시오.
This is the mail system at host mx2.kakaocorp.com.
Your message could not be delivered to one or more recipients.

<policy-old@kakaocorp.com>: host mx2.kakaocorp.com said:
    550 5.1.1 Recipient address rejected: User unknown

--dsn-b455-7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: {d(5, 14, 0, 3)}

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b455-7
Content-Type: message/rfc822

{ORIG_KAKAO}
--dsn-b455-7--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning the request with its URL list",
    why="delivery failure; the URLs are only in the returned request",
    items={},
)

case(
    name="kakao-read-receipt",
    **{"from": "minji.lee@kakaocorp.com"}, name_from=h("이민지"), date=d(5, 15, 27),
    subject=h(f"읽음: [{REQ['kakao']}] 불법 도박 정보 시정요구"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b455"

--mdn-b455
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지

  받는 사람: minji.lee@kakaocorp.com
  제목: [{REQ['kakao']}] 불법 도박 정보 시정요구
  보낸 날짜: 2024-09-05 오후 2:00

이(가) 2024-09-05 오후 3:27에 읽혔습니다.

--mdn-b455
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minji.lee@kakaocorp.com
Original-Message-ID: <{mid(REQ['kakao'])}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b455--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음: …)",
    why="MDN, displayed only",
    items={},
)

case(
    name="naver-ticket-receipt",
    **{"from": "help_noreply@naver.com"}, name_from=h("네이버 고객센터"), date=d(3, 10, 4),
    subject=h("[네이버 고객센터] 문의가 접수되었습니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 20240903-0012345
문의제목 : [{REQ['naver']}] 불법정보 시정요구
접수일시 : 2024.09.03 10:03

답변은 영업일 기준 1~3일 이내에 메일로 안내드리겠습니다.
문의 내역은 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-kr-noreply@google.com"}, name_from=YT_LEGAL, date=d(9, 16, 2),
    subject=h(f"[YouTube] 법적 요청이 접수되었습니다 [7-2481000012345] {REQ['youtube']}"),
    body="""
안녕하세요.

YouTube에 제출하신 법적 요청이 접수되었습니다.
참조 번호: 7-2481000012345

요청 내용을 검토한 후 이메일로 연락드리겠습니다. 이 메일에 회신하실 때에는
제목의 참조 번호를 변경하지 말아 주세요.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request automatic receipt with a reference number",
    why="receipt only; no item named",
    items={},
)

case(
    name="band-html-receipt",
    **{"from": "noreply@band.us"}, name_from=h("BAND 고객센터"), date=d(12, 16, 21),
    subject=h("[BAND] 신고가 접수되었습니다"),
    type="html",
    body=f"""
<html><body>
<h3 style="color:#2dcf6a">신고가 접수되었습니다</h3>
<p>보내주신 신고({REQ['band']})가 정상적으로 접수되었습니다.<br>
담당자가 확인 후 처리 결과를 안내해 드리겠습니다.</p>
<p style="font-size:11px;color:#999">접수번호 BND-240912-77410 · 본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND HTML report receipt",
    why="pure receipt",
    items={},
)


HEADER = f"""# Blind set 455 (Korean portals), written by make.py: do not edit by hand.
# Expected results written from each email's meaning before any run of the reader.
# Requests: {', '.join(r[0] for r in REQUESTS)} ({', '.join(str(len(r[4])) for r in REQUESTS)} items).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
