#!/usr/bin/env python3
"""Blind set 863: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND): 공문-style replies, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies.

    python3 tests/corpus/blind863/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
boundaries, fixed dates, no randomness. Every expected result below was
written from the email's meaning alone, before any run of the reader.
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

SET = "blind863"


def hdr(s):
    """RFC 2047 encoding of a Korean header value (as most Korean MTAs send)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_TITLE = "토토-사이트-추천-모음"
TISTORY_RAW = "https://starlit-note.tistory.com/entry/" + TISTORY_TITLE
TISTORY = "https://starlit-note.tistory.com/entry/" + quote(TISTORY_TITLE)

N = [  # KCSC-240902-01, NAVER, 12 items (the largest request)
    "https://blog.naver.com/lucky_sun77/223551020301",
    "https://blog.naver.com/lucky_sun77/223551020455",
    "https://blog.naver.com/bluewave_k/223548871102",
    "https://cafe.naver.com/greenmarket24/118203",
    "https://cafe.naver.com/greenmarket24/118377",
    "https://cafe.naver.com/hobbyzone77/55410",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471230991",
    "https://m.blog.naver.com/moonlit_ray/223540998812",
    "https://blog.naver.com/moonlit_ray/223541003390",
    "https://cafe.naver.com/hobbyzone77/55498",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110422&memberNo=5521907",
    "https://blog.naver.com/PostView.naver?blogId=ggoma_dal&logNo=223549120014",
]
K = [  # KCSC-240903-02, Kakao/Daum, 5 items
    "https://cafe.daum.net/sunnyhill88/Ab3x/1042",
    "https://cafe.daum.net/sunnyhill88/Ab3x/1057",
    TISTORY,
    "https://brunch.co.kr/@paperkite/87",
    "https://pf.kakao.com/_xkQpLb/104220331",
]
Y = [  # KCSC-240904-03, YouTube, 4 items
    "https://www.youtube.com/watch?v=Qm7dT2vXr9A",
    "https://www.youtube.com/watch?v=Lp0sW4nEe3k",
    "https://www.youtube.com/shorts/Zx81bNq4TuM",
    "https://www.youtube.com/watch?v=Hc5yJ0aUo2w",
]
D = [  # KCSC-240905-04, DC Inside, 3 items
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330512",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330871",
]
B = [  # KCSC-240906-05, BAND, 2 items
    "https://band.us/band/80214573/post/1187",
    "https://band.us/band/80214573/post/1203",
]
N6 = "https://blog.naver.com/daon_story2/223560014470"  # KCSC-240909-06, NAVER, 1 item
K7 = "https://cafe.daum.net/minyeon_love/KxP2/331"  # KCSC-240910-07, Kakao, 1 item

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "gambling", "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:10:00+09:00", "2024-09-10T18:00:00+09:00", K,
     "gambling", "도박 사이트 홍보 (카페, 티스토리, 브런치, 채널)"),
    ("KCSC-240904-03", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drugs", "마약류 판매 광고 영상"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", D,
     "privacy", "개인정보 노출 게시물"),
    ("KCSC-240906-05", "band", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", B,
     "obscenity", "음란물 게시"),
    ("KCSC-240909-06", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [N6],
     "defamation", "명예훼손 게시물"),
    ("KCSC-240910-07", "kakao", "2024-09-10T15:20:00+09:00", "2024-09-17T18:00:00+09:00", [K7],
     "privacy", "사생활 침해 게시물"),
]


def msgid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


def request_body(ref, urls, reason):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 {reason}로서 「정보통신에 관한 심의규정」에 위반되어",
        f"시정요구(해당 정보의 삭제)를 결정하였기에 조치를 요청드립니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 후 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


NAVER_POLICY = hdr("네이버 정책지원팀")
KAKAO_RIGHTS = hdr("카카오 권리보호센터")
YT_LEGAL = hdr("YouTube 법무팀")
DC_OPS = hdr("디시인사이드 운영팀")
BAND_CS = hdr("BAND 고객센터")

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="naver-gongmun-text-table-all12",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Fri, 06 Sep 2024 16:42:11 +0900",
    subject=hdr("[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
수  신 : 방송통신심의위원회 통신심의국
참  조 : 불법정보 모니터링 담당자
제  목 : 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구(요청번호 KCSC-240902-01, 2024. 9. 2.)
3. 위 관련 건으로 요청하신 정보 12건에 대한 당사의 조치결과를 아래와 같이
   회신합니다.

 연번 | 정보 URL                                                                  | 조치결과       | 비고
 -----+---------------------------------------------------------------------------+----------------+------------------------
  1   | {N[0]}                           | 삭제           |
  2   | {N[1]}                           | 삭제           |
  3   | {N[2]}                            | 게시중단       |
  4   | {N[3]}                               | 삭제           |
  5   | {N[4]}                               | 해당 게시물 없음 | 작성자 자진 삭제(9. 1.)
  6   | {N[5]}                                 | 삭제           |
  7   | {N[6]} | 비공개 처리    | 답변 포함
  8   | {N[7]}                       | 임시조치       | 30일
  9   | {N[8]}                          | 삭제           |
 10   | {N[9]}                                 | 미조치         | 불법정보 해당 없음(일반 거래글)
 11   | {N[10]} | 삭제 |
 12   | {N[11]} | 삭제 |

※ 미조치 건은 게시물 내용이 도박 사이트 홍보가 아닌 중고 물품 거래글로
   확인되어 운영원칙상 조치 대상에 해당하지 않습니다.

끝.

네이버 주식회사 정책지원팀
(13561) 경기도 성남시 분당구 정자일로 95
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 공문 with a text table (NAVER policy team)",
    why="Item-level table from NAVER: 삭제/게시중단/비공개 -> removed, 해당 게시물 없음 -> not_found, 임시조치 -> restricted, 미조치(불법정보 해당 없음) -> rejected.",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "restricted", N[8]: "removed", N[9]: "rejected",
           N[10]: "removed", N[11]: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240902-01</b> 중 처리가 완료된 5건의 조치 결과를 아래 표와 같이 알려드립니다.
나머지 건은 처리가 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>No.</th><th>대상 URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{N[3]}">{N[3]}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{N[9]}">{N[9]}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N[10].replace('&', '&amp;')}">{N[10].replace('&', '&amp;')}</a></td><td>조치 불가 (위반 사항 확인되지 않음)</td><td>-</td></tr>
</table>
<p>운영원칙은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-qp-html-table-five",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Thu, 05 Sep 2024 18:03:47 +0900",
    subject=hdr("RE: [방송통신심의위원회] 시정요구 KCSC-240902-01 조치 결과(1차)"),
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_TABLE)}
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 HTML table from a Korean portal, quoted-printable",
    why="HTML table rows per item: 게시중단/삭제/블라인드 -> removed, 존재하지 않는 게시물 -> not_found, 조치 불가(위반 사항 없음) -> rejected; the rest promised only.",
    items={N[1]: "removed", N[3]: "removed", N[5]: "removed", N[9]: "not_found", N[10]: "rejected"},
)

CSV_ROWS = "\n".join([
    "번호,URL,처리결과,처리일시",
    f"1,{N[0]},삭제,2024-09-06 11:02",
    f"2,{N[2]},삭제,2024-09-06 11:05",
    f"3,{N[4]},게시물 없음,-",
    f"4,\"{N[6]}\",삭제,2024-09-06 11:20",
    f"5,{N[7]},블라인드,2024-09-06 11:24",
    f"6,{N[8]},삭제,2024-09-06 11:25",
    f"7,\"{N[11]}\",임시조치(30일),2024-09-06 11:31",
    f"8,{N[9]},조치하지 않음(위반 아님),-",
]) + "\n"
case(
    name="naver-csv-attachment-eight",
    from_="legal-notice@navercorp.com", name_from=NAVER_POLICY,
    date="Fri, 06 Sep 2024 11:48:00 +0900",
    subject=hdr("[네이버] KCSC-240902-01 조치결과 송부"),
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NvBoundary_863_01"

------=_NvBoundary_863_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240902-01 건의 조치결과를 첨부 파일(CSV)로 송부드립니다.
첨부 파일에 포함되지 않은 건은 현재 처리 중입니다.

감사합니다.
''')}

------=_NvBoundary_863_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ROWS)}

------=_NvBoundary_863_01--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal result sheet sent as a CSV attachment (조치결과 송부)",
    why="CSV rows per item: 삭제/블라인드 -> removed, 게시물 없음 -> not_found, 임시조치 -> restricted, 조치하지 않음(위반 아님) -> rejected.",
    items={N[0]: "removed", N[2]: "removed", N[4]: "not_found", N[6]: "removed", N[7]: "removed",
           N[8]: "removed", N[11]: "restricted", N[9]: "rejected"},
)

case(
    name="naver-single-blind-no-url",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Wed, 11 Sep 2024 10:15:30 +0900",
    subject=hdr("[네이버] 요청번호 KCSC-240909-06 처리 결과 안내"),
    reply_to_req=msgid("KCSC-240909-06"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회에서 요청하신 게시물 1건(요청번호 KCSC-240909-06)에 대하여
운영정책에 따라 블라인드 처리를 완료하였습니다.

블라인드 처리된 게시물은 작성자 본인 외에는 열람할 수 없습니다.
관련 운영정책: https://policy.naver.com/rules/service_group.html

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드 처리 안내 for a single-post request, URL not repeated",
    why="Unhedged statement about the one item of a one-item request (블라인드 = removed); the policy link is not an item.",
    items={N6: "removed"},
)

case(
    name="naver-imsi-jochi-30days",
    from_="noreply-inoti@naver.com", name_from=hdr("네이버 게시중단요청서비스"),
    date="Tue, 10 Sep 2024 14:02:09 +0900",
    subject=hdr("[네이버] 게시물 임시조치 결과 안내"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회(요청번호 KCSC-240909-06)에서 접수하신 권리침해 신고에 따라
아래 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따른 임시조치(30일)를 하였습니다.

 - 대상 게시물 : {N6}
 - 임시조치 기간 : 2024.09.10 ~ 2024.10.09

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후
삭제됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 결과 안내 (정보통신망법 제44조의2)",
    why="임시조치 taken on the named post -> restricted; the later deletion is conditional and not a statement.",
    items={N6: "restricted"},
)

case(
    name="naver-author-deleted-and-private",
    from_="cafe_support@navercorp.com", name_from=hdr("네이버 카페 운영지원"),
    date="Sat, 07 Sep 2024 09:31:55 +0900",
    subject=hdr("Re: KCSC-240902-01 관련 문의 회신"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 카페·블로그 운영지원 담당 한서윤입니다.

문의하신 건 중 두 건 먼저 확인 결과 알려드립니다.

카페 게시물 {N[4]} 은 작성자가 9월 1일에 직접 삭제한 글로,
현재 존재하지 않는 게시물입니다.

블로그 게시물 {N[2]} 는 당사에서 비공개 처리하였습니다.

나머지 건은 정책지원팀에서 공식 회신드릴 예정입니다.

감사합니다.
한서윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Informal reply by a NAVER cafe/blog operations staffer",
    why="Author already deleted -> not_found; 비공개 처리 by NAVER -> removed; the promise about the rest names no item.",
    items={N[4]: "not_found", N[2]: "removed"},
)

case(
    name="naver-cafe-staff-informal-naeryeosseoyo",
    from_="kim.dohyun@navercorp.com", name_from=hdr("김도현"),
    date="Thu, 05 Sep 2024 20:11:04 +0900",
    subject=hdr("Re: [KCSC-240902-01] 카페 게시물 건"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
주무관님 안녕하세요, 네이버 카페팀 김도현입니다.

말씀하신 카페 글 두 개 확인하고 바로 내렸어요.
{N[3]}
{N[9]}

둘 다 지금은 카페에서 안 보이고, 카페 매니저한테도 경고 조치 나갔습니다.
블로그 쪽 건은 저희 팀 담당이 아니라서 블로그팀에 넘겨 두었어요.

김도현 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Informal operator reply from a NAVER cafe team member",
    why="'내렸어요' (took them down) with both URLs listed under it -> removed; the hand-over of the blog items names none.",
    items={N[3]: "removed", N[9]: "removed"},
)

case(
    name="kakao-daum-cafe-imsi-jochi",
    from_="rights@kakaocorp.com", name_from=KAKAO_RIGHTS,
    date="Thu, 05 Sep 2024 13:20:41 +0900",
    subject=hdr("[카카오] 게시물 임시조치 결과 안내 (KCSC-240903-02)"),
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요. 카카오 권리보호센터입니다.

요청번호 KCSC-240903-02로 신고해 주신 게시물 중 아래 Daum 카페 게시물에
대하여 정보통신망법 제44조의2에 따라 30일간 임시조치를 시행하였음을
알려드립니다.

■ 게시물 주소: {K[0]}
■ 게시물 주소: {K[1]}

임시조치 기간 동안 해당 게시물은 게시자를 포함한 누구도 열람할 수 없으며,
기간 내 게시자의 복원 신청이 없는 경우 영구 삭제됩니다.

카카오 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 임시조치 결과 안내 (30-day temporary measure)",
    why="임시조치 carried out on both named cafe posts -> restricted; the permanent deletion is conditional.",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-tistory-korean-path-brunch-kept",
    from_="policy@kakaocorp.com", name_from=hdr("카카오 운영정책팀"),
    date="Fri, 06 Sep 2024 17:45:12 +0900",
    subject=hdr("[카카오] KCSC-240903-02 티스토리·브런치 게시글 처리 결과"),
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요, 카카오 운영정책팀입니다.

KCSC-240903-02 요청 건 중 티스토리와 브런치 게시글의 처리 결과를
안내드립니다.

티스토리 게시글 {TISTORY_RAW} 은(는) 도박 사이트로 이동하는 링크가
다수 포함되어 있어 운영정책 위반으로 삭제되었습니다.

브런치 글 {K[3]}은 검토 결과 특정 사이트를 홍보하는 내용이 아니라
작가 개인의 경험을 적은 글로 판단되어, 운영정책상 삭제 사유에 해당하지
않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao operations policy team result for Tistory/Brunch posts",
    why="Raw Korean Tistory path (matches its percent-encoded form) deleted -> removed; Brunch post kept, no violation -> rejected.",
    items={TISTORY: "removed", K[3]: "rejected"},
)

REQ_K = request_body("KCSC-240903-02", K, "도박 사이트를 홍보하는 정보")
case(
    name="kakao-top-posted-gmail-quote",
    from_="jiwoo.park@kakaocorp.com", name_from=hdr("박지우"),
    date="Mon, 09 Sep 2024 11:05:33 +0900",
    subject=hdr("Re: [방송통신심의위원회] 시정요구 요청 (KCSC-240903-02)"),
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요, 카카오 서비스운영팀 박지우입니다.

3번, 4번, 5번 건 결과 공유드립니다.
- {TISTORY} : 삭제 완료
- {K[4]} : 채널 게시물 삭제 완료
- {K[3]} : 작가가 이미 탈퇴하여 해당 글이 존재하지 않습니다

1번, 2번 카페 게시물은 별도 메일로 안내드렸습니다.

박지우 드림

2024년 9월 3일 (화) 오전 10:12, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_K)}
""",
    outcome="applied", classification="confirmation",
    imitates="Top-posted Gmail-style reply from a Kakao staffer over the quoted request",
    why="Top part: Tistory and channel post deleted -> removed, Brunch post does not exist -> not_found; the cafe posts appear only in the '>' quote.",
    items={TISTORY: "removed", K[4]: "removed", K[3]: "not_found", K[0]: "pending", K[1]: "pending"},
)

case(
    name="kakao-single-cafe-angle-brackets",
    from_="cafe-cs@daum.net", name_from=hdr("Daum 카페 고객센터"),
    date="Thu, 12 Sep 2024 15:38:20 +0900",
    subject=hdr("[Daum 카페] KCSC-240910-07 처리 완료"),
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
안녕하세요. Daum 카페 고객센터입니다.

KCSC-240910-07 건으로 신고하신 카페 게시글
<""" + K7 + """>
은 개인의 사생활을 침해하는 내용이 확인되어 운영자 권한으로 삭제 처리를
완료하였습니다.

해당 카페에는 운영정책 위반 경고가 함께 부과되었습니다.

Daum 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre 운영자 삭제 notice",
    why="URL in angle brackets on its own line, followed by '은 ... 삭제 처리를 완료' -> removed.",
    items={K7: "removed"},
)

case(
    name="kakao-base64-list-status-below",
    from_="rights@kakaocorp.com", name_from=KAKAO_RIGHTS,
    date="Tue, 10 Sep 2024 09:12:48 +0900",
    subject=hdr("[카카오] 시정요구 조치결과 회신 (KCSC-240903-02)"),
    reply_to_req=msgid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''방송통신심의위원회 담당자님께

카카오 권리보호센터입니다.
시정요구(KCSC-240903-02) 대상 정보 5건에 대한 조치결과를 회신드립니다.

1. {K[0]}
   → 삭제 완료 (9/9)
2. {K[1]}
   → 게시물이 존재하지 않음 (이미 삭제된 글)
3. {TISTORY}
   → 국내 접근 제한
4. {K[3]}
   → 위반 사항 없음, 게시 유지
5. {K[4]}
   → 삭제 완료 (9/9)

이의가 있으시면 회신 부탁드립니다.
카카오 권리보호센터
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치결과 회신, numbered list with the status on the line below each URL, base64 body",
    why="Each URL with its status below: 삭제 -> removed, 존재하지 않음 -> not_found, 국내 접근 제한 -> restricted, 위반 사항 없음 -> rejected.",
    items={K[0]: "removed", K[1]: "not_found", TISTORY: "restricted", K[3]: "rejected", K[4]: "removed"},
)

case(
    name="yt-korea-geo-block",
    from_="legal-kr-noreply@google.com", name_from=YT_LEGAL,
    date="Mon, 09 Sep 2024 08:30:00 +0000",
    subject=hdr("[YouTube] 법적 삭제 요청에 대한 결과 안내 - KCSC-240904-03"),
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청(KCSC-240904-03)과 관련하여 연락드립니다.

검토 결과, 아래 동영상은 현지 법률에 따라 대한민국에서 액세스가
제한되었습니다. 다른 국가에서는 계속 시청이 가능할 수 있습니다.

{Y[0]}
{Y[1]}

Google은 이러한 요청을 투명성 보고서에 반영할 수 있습니다.
자세한 내용: https://transparencyreport.google.com/government-removals/overview

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome: content blocked in the requesting country",
    why="Access restricted in Korea only -> restricted for both listed videos; the transparency link is not an item.",
    items={Y[0]: "restricted", Y[1]: "restricted"},
)

case(
    name="yt-bilingual-removed-and-kept",
    from_="legal-kr-noreply@google.com", name_from=YT_LEGAL,
    date="Tue, 10 Sep 2024 02:14:51 +0000",
    subject="Re: KCSC-240904-03 / YouTube",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
안녕하세요. 요청하신 콘텐츠의 검토 결과를 알려드립니다.
(English follows Korean.)

- {Y[0]} : 커뮤니티 가이드(규제 상품 판매) 위반으로 YouTube에서 삭제됨
- {Y[2]} : 커뮤니티 가이드를 위반하지 않는 것으로 판단되어 삭제하지 않음
- {Y[3]} : 커뮤니티 가이드 위반으로 YouTube에서 삭제됨

Hello, here is the outcome of our review:

- {Y[0]} : removed from YouTube for violating our Community Guidelines
- {Y[2]} : we did not find a violation; the video remains available
- {Y[3]} : removed from YouTube for violating our Community Guidelines

If you disagree, you may provide additional information at
https://support.google.com/youtube/answer/6154218

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube review outcome in Korean and English (removed / no violation)",
    why="Two videos removed, the Short kept with no violation found -> rejected; the two languages agree.",
    items={Y[0]: "removed", Y[2]: "rejected", Y[3]: "removed"},
)

case(
    name="yt-age-restricted-short",
    from_="youtube-trustsafety-kr@youtube.com", name_from=hdr("YouTube 신뢰 및 안전팀"),
    date="Wed, 11 Sep 2024 06:40:12 +0000",
    subject=hdr("YouTube 신고 처리 결과 (KCSC-240904-03)"),
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
안녕하세요, YouTube 신뢰 및 안전팀입니다.

신고하신 Shorts 동영상 {Y[2]} 에는 검토 결과 연령 제한이 적용되었습니다.
이제 로그인한 만 18세 이상 사용자만 이 동영상을 볼 수 있습니다.

또한 {Y[1]} 동영상은 YouTube에서 삭제되었습니다.

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice plus removal",
    why="Age restriction applied -> restricted; the other video removed -> removed.",
    items={Y[2]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-uploader-deleted-and-kr-block",
    from_="legal-kr-noreply@google.com", name_from=YT_LEGAL,
    date="Thu, 12 Sep 2024 01:05:44 +0000",
    subject=hdr("KCSC-240904-03 추가 회신"),
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
안녕하세요, YouTube 법무팀입니다. 지난 회신에 이어 남은 건을 안내드립니다.

1) {Y[3]}
업로더가 이미 동영상을 삭제하여 해당 URL에서 콘텐츠를 찾을 수 없습니다.
따라서 별도의 조치가 필요하지 않았습니다.

2) {Y[0]}
현지 법률 위반으로 판단되어 대한민국 내 시청이 차단되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up: video already deleted by uploader; country block",
    why="Uploader already deleted the video -> not_found; blocked for viewing in Korea -> restricted.",
    items={Y[3]: "not_found", Y[0]: "restricted"},
)

case(
    name="yt-statement-of-reasons-english",
    from_="legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:22:03 +0000",
    subject="[KCSC-240904-03] Notice of action taken",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your notice. Please find below the decision for the items
reviewed.

  Content:        {Y[1]}
  Decision:       Removed globally
  Ground:         Violation of YouTube Community Guidelines (sale of
                  regulated goods)
  Automated means: No

The content at {Y[3]} has been actioned under our policies.

Information on how to appeal a decision is available at
https://support.google.com/youtube/answer/185111

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground) plus YouTube 'actioned under our policies'",
    why="'Removed globally' -> removed; 'has been actioned under our policies' (configured YouTube phrase) -> removed.",
    items={Y[1]: "removed", Y[3]: "removed"},
)

case(
    name="dc-operator-informal-bullets",
    from_="helpdesk@dcinside.com", name_from=DC_OPS,
    date="Fri, 06 Sep 2024 19:52:10 +0900",
    subject=hdr("RE: [방심위] 개인정보 노출 게시물 삭제 요청 KCSC-240905-04"),
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글들 확인해서 처리했습니다.

- {D[0]} : 삭제
- {D[1]} : 삭제
- {D[2]} : 작성자가 이미 지운 글이라 남아있는 게 없습니다

작성자 IP는 갤러리 이용 차단했습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Terse DC Inside operator reply (bulleted 삭제)",
    why="Two posts 삭제 -> removed; third already deleted by its author -> not_found.",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-statement-then-url-below",
    from_="helpdesk@dcinside.com", name_from=DC_OPS,
    date="Mon, 09 Sep 2024 10:02:31 +0900",
    subject=hdr("[디시인사이드] KCSC-240905-04 처리 결과"),
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 타인의 연락처와 주소가 포함되어 있어 갤러리 이용 안내
위반으로 삭제하였습니다.
{D[1]}

아래 게시물은 검토 결과 공개된 기업 대표번호만 적혀 있어 개인정보 노출에
해당하지 않으므로 삭제하지 않았습니다.
{D[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside result: statement sentence with the URL on the line below",
    why="Statement first, URL below it: first -> removed, second kept as no personal data -> rejected.",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="dc-tab-table-mixed",
    from_="report@dcinside.com", name_from=hdr("디시인사이드 신고센터"),
    date="Tue, 10 Sep 2024 16:18:09 +0900",
    subject=hdr("[디시인사이드] 시정요구 조치결과 (KCSC-240905-04)"),
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
방송통신심의위원회 귀중

KCSC-240905-04 요청에 대한 조치결과입니다.

번호\t게시물\t처리
1\t{D[0]}\t성인 인증 후 열람 가능하도록 연령 제한
2\t{D[1]}\t삭제
3\t{D[2]}\t유지(위반 아님)

㈜디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Tab-separated 조치결과 table from a community site",
    why="Age restriction -> restricted; 삭제 -> removed; 유지(위반 아님) -> rejected.",
    items={D[0]: "restricted", D[1]: "removed", D[2]: "rejected"},
)

case(
    name="band-deleted-and-kept-prose",
    from_="cs@band.us", name_from=BAND_CS,
    date="Mon, 09 Sep 2024 13:44:27 +0900",
    subject=hdr("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240906-05)"),
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글 2건을 검토하였습니다.
{B[0]}의 게시글은 음란물 게시 금지 운영정책을 위반하여 삭제되었고,
{B[1]}의 게시글은 검토 결과 운영정책에 위배되지 않아 별도 조치하지
않았습니다.

BAND 운영정책: https://band.us/policy/operation

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome in prose",
    why="URL glued to '의' then 삭제되었고 -> removed; second post not against policy -> rejected; policy link not an item.",
    items={B[0]: "removed", B[1]: "rejected"},
)

BAND_HTML = f"""<div style="font-size:14px">
<p>안녕하세요, BAND 운영팀입니다.</p>
<p>요청번호 KCSC-240906-05 로 접수된 아래 게시글에 대해 <b>노출 중단 조치</b>를 완료했습니다.
해당 게시글은 더 이상 밴드 멤버를 포함한 누구에게도 보이지 않습니다.</p>
<ul>
<li><a href="{B[0]}">{B[0]}</a></li>
<li><a href="{B[1]}">{B[1]}</a></li>
</ul>
<p>감사합니다.</p>
</div>
"""
case(
    name="band-html-list-exposure-stopped",
    from_="ops@band.us", name_from=hdr("BAND 운영팀"),
    date="Tue, 10 Sep 2024 10:27:15 +0900",
    subject=hdr("[BAND] 게시글 노출 중단 안내"),
    reply_to_req=msgid("KCSC-240906-05"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="band-alt-863"

--band-alt-863
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BAND_HTML)}

--band-alt-863--
""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML notice of 노출 중단 (made invisible) for listed posts",
    why="노출 중단, visible to no one -> removed for both listed posts.",
    items={B[0]: "removed", B[1]: "removed"},
)

REQ_N = request_body("KCSC-240902-01", N, "불법 도박 사이트를 홍보하는 정보")
case(
    name="naver-outlook-original-message-below",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Wed, 04 Sep 2024 17:20:05 +0900",
    subject=hdr("RE: [방송통신심의위원회] 시정요구 요청 (KCSC-240902-01)"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 우선 처리된 3건 회신드립니다.

{N[0]} - 삭제 완료
{N[1]} - 삭제 완료
{N[11]} - 게시중단

나머지 9건은 확인 중입니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 요청 (KCSC-240902-01)

{REQ_N}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- and the whole request below",
    why="Three items stated above the quote (삭제 완료, 게시중단 -> removed); the other nine appear only in the quoted request.",
    items={N[0]: "removed", N[1]: "removed", N[11]: "removed", N[2]: "pending", N[5]: "pending"},
)

GONGMUN_QP = f"""수신  방송통신심의위원회 위원장
(경유)
제목  시정요구 조치결과 통보 (KCSC-240902-01 관련)

1. 관련 : 방송통신심의위원회 시정요구 KCSC-240902-01(2024. 9. 2.)
2. 위 호와 관련하여 당사의 조치결과를 다음과 같이 통보합니다.
  가. {N[5]}게시물은 운영원칙 위반으로 삭제하였음.
  나. {N[8]}는 당사에서 비공개 처리하였음.
  다. {N[6]}의 경우 질문 및 답변 내용이 불법정보에 해당하지 않아 조치하지 않았음.
  끝.

네이버 주식회사 대표이사
담당 정책지원팀 이은지 / 시행 정책지원-2024-0911
"""
case(
    name="naver-qp-gongmun-particles",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Wed, 11 Sep 2024 09:00:12 +0900",
    subject=hdr("시정요구 조치결과 통보 (KCSC-240902-01 관련)"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(GONGMUN_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Formal 공문 (수신/제목/관련/끝) 조치결과 통보, quoted-printable, URLs glued to Korean particles",
    why="가: 삭제 -> removed; 나: 비공개 처리 -> removed; 다: not illegal, no action -> rejected. Particles 게시물은/는/의 stick to the URLs.",
    items={N[5]: "removed", N[8]: "removed", N[6]: "rejected"},
)

case(
    name="naver-fullwidth-brackets",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Mon, 09 Sep 2024 15:33:48 +0900",
    subject=hdr("[네이버] 조치 결과 회신드립니다 (KCSC-240902-01)"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
요청번호 KCSC-240902-01 중 아래 건에 대한 조치 결과입니다.

● 대상：<{N[1]}>（삭제）
● 대상：<{N[10]}>（게시물 없음 — 게시자 탈퇴）
● 대상：<{N[7]}>（임시조치）

이상입니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean bullet list with full-width colon and parentheses around the status",
    why="（삭제） -> removed; （게시물 없음, 게시자 탈퇴） -> not_found; （임시조치） -> restricted.",
    items={N[1]: "removed", N[10]: "not_found", N[7]: "restricted"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-will-act",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Tue, 03 Sep 2024 18:10:22 +0900",
    subject=hdr("RE: 시정요구 요청 (KCSC-240902-01)"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 건은 내부 검토를 거쳐 순차적으로 조치할 예정입니다.

{N[2]}
{N[3]}
{N[6]}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Portal reply promising action after internal review",
    why="'조치할 예정' is a promise, not a statement: named items stay pending.",
    items={N[2]: "pending", N[3]: "pending", N[6]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    from_="jiwoo.park@kakaocorp.com", name_from=hdr("박지우"),
    date="Wed, 04 Sep 2024 16:27:39 +0900",
    subject=hdr("Re: KCSC-240903-02 카페 게시물 문의"),
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
안녕하세요 박지우입니다.

일단 제가 보기에는 {K[0]} 은 이미 삭제된 것으로 보이고,
{K[1]} 도 지금은 노출되지 않는 것 같습니다.
정확한 처리 내역은 권리보호센터 쪽에 확인해서 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="Informal staff reply with hedges ('…것으로 보이고', '…것 같습니다')",
    why="Hedged observations, not statements of an action or finding; items stay pending.",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Sun, 08 Sep 2024 11:00:00 +0900",
    subject=hdr("[네이버] KCSC-240902-01 조치 완료"),
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회 요청번호 KCSC-240902-01로 요청하신 게시물 12건에 대하여
모두 삭제 조치를 완료하였습니다.

협조에 감사드립니다.
""",
    outcome="review", review="bulk",
    imitates="Portal one-line bulk completion notice (요청하신 12건 모두 삭제)",
    why="Statement about all twelve items without naming each, for a multi-item request -> bulk; items pending.",
    items={},
)

case(
    name="dc-bulk-informal-all-three",
    from_="helpdesk@dcinside.com", name_from=DC_OPS,
    date="Sat, 07 Sep 2024 22:41:03 +0900",
    subject=hdr("RE: KCSC-240905-04"),
    reply_to_req=msgid("KCSC-240905-04"),
    body="""
네 요청하신 3건 전부 삭제했습니다.
디시 운영팀
""",
    outcome="review", review="bulk",
    imitates="One-line operator reply 'all three deleted'",
    why="Three-item request, no item named: bulk statement goes to review.",
    items={},
)

case(
    name="naver-auth-fail-untrusted",
    from_="policy@navercorp.com", name_from=NAVER_POLICY, auth="fail",
    date="Wed, 11 Sep 2024 13:13:13 +0900",
    subject=hdr("[네이버] KCSC-240909-06 처리 결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {N6} 은 명예훼손 게시물로 판단되어 삭제하였습니다.

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER result notice whose DKIM/SPF/DMARC fail",
    why="Claims a deletion but the sender domain fails authentication -> untrusted; item stays pending.",
    items={N6: "pending"},
)

case(
    name="dc-outsourced-vendor-unknown-sender",
    from_="monitor@cleanwatch-partners.co.kr", name_from=hdr("클린워치 모니터링센터"),
    date="Mon, 09 Sep 2024 09:05:55 +0900",
    subject=hdr("[디시인사이드 위탁] KCSC-240905-04 처리 보고"),
    body=f"""
안녕하세요. 디시인사이드 게시물 모니터링 위탁업체 클린워치입니다.

디시인사이드를 대신하여 처리 결과를 알려드립니다.
{D[0]} 삭제 완료
{D[1]} 삭제 완료

문의는 본 메일로 회신 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="Moderation contractor reporting on behalf of a community site",
    why="Sender domain belongs to no configured platform, though it names our request and URLs -> unknown_sender.",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="naver-states-band-items-wrong-platform",
    from_="policy@navercorp.com", name_from=NAVER_POLICY,
    date="Tue, 10 Sep 2024 17:02:44 +0900",
    subject=hdr("BAND 게시글 관련 회신 (KCSC-240906-05)"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스로 요청하신 건을 저희 쪽으로도 보내주셔서 대신 회신드립니다.
{B[0]}
{B[1]}
위 게시글 2건은 BAND 운영팀에서 삭제하였습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Parent-company (NAVER) reply about a subsidiary service's (BAND) posts",
    why="NAVER states statuses for items of the BAND request; BAND's sender domain is band.us -> wrong_platform, items pending.",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="dc-asks-for-documents",
    from_="report@dcinside.com", name_from=hdr("디시인사이드 신고센터"),
    date="Fri, 06 Sep 2024 10:48:36 +0900",
    subject=hdr("[디시인사이드] KCSC-240905-04 관련 추가 자료 요청"),
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 {D[0]} 외 2건의 처리를 위하여 아래 자료를 회신해
주시기 바랍니다.

 1) 시정요구 결정 공문 원본(PDF)
 2) 피해자의 개인정보가 노출된 부분을 특정할 수 있는 캡처 화면

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community-site request for supporting documents before acting",
    why="The platform asks for documents before acting; nothing is stated about the items.",
    items={D[0]: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    from_="public-affairs@kakaocorp.com", name_from=hdr("카카오 대외협력팀"),
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject=hdr("[카카오] 시정요구 접수 창구 변경 안내"),
    body="""
안녕하세요. 카카오 대외협력팀입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 관련 공문 접수 창구가
아래와 같이 변경됨을 알려드립니다.

 - 변경 전: rights@kakaocorp.com
 - 변경 후: kcsc-request@kakaocorp.com

기존 주소로 보내주신 메일도 9월 말까지는 정상 접수됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Platform notice of a changed contact address for regulator requests",
    why="Trusted Kakao mail naming no item and no request -> no_claims.",
    items={},
)

case(
    name="band-leader-asked-conditional",
    from_="cs@band.us", name_from=BAND_CS,
    date="Sat, 07 Sep 2024 14:19:50 +0900",
    subject=hdr("[BAND] KCSC-240906-05 진행 상황 안내"),
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글
{B[0]}
{B[1]}
에 대해 해당 밴드의 리더에게 게시글 삭제를 요청하였습니다.
7일 이내에 삭제되지 않을 경우 당사에서 직접 삭제하고 밴드 이용을 제한할
예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND progress notice: band leader asked, deletion conditional",
    why="Asked the band leader; deletion is conditional and future -> no statement, items pending.",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="yt-still-under-review",
    from_="legal-kr-noreply@google.com", name_from=YT_LEGAL,
    date="Sat, 07 Sep 2024 03:12:00 +0000",
    subject=hdr("KCSC-240904-03 진행 상황"),
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

아래 동영상에 대한 요청은 추가적인 법률 검토가 필요하여 현재 검토
중입니다.

{Y[0]}
{Y[2]}

검토가 끝나는 대로 결과를 알려드리겠습니다. 양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal status update: still under review",
    why="'현재 검토 중' (under review) names items but states no status; items pending.",
    items={Y[0]: "pending", Y[2]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-out-of-office-chuseok",
    from_="lee.eunji@navercorp.com", name_from=hdr("이은지"),
    date="Fri, 13 Sep 2024 09:00:02 +0900",
    subject=hdr("[자동응답] 부재중 안내 (9/13~9/18)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이은지입니다.

추석 연휴로 9월 13일(금)부터 9월 18일(수)까지 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 답변드리겠습니다.

급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="Recognized out-of-office reply.",
    items={},
)

DSN_ORIG = request_body("KCSC-240906-05", B, "음란한 정보")
case(
    name="band-dsn-mailbox-full",
    from_="MAILER-DAEMON@mx1.band.us", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 09:41:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN863.1725583272/mx1.band.us"

--DSN863.1725583272/mx1.band.us
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy@band.us>: host store3.band.us[203.0.113.45] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--DSN863.1725583272/mx1.band.us
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.band.us
Arrival-Date: Fri,  6 Sep 2024 09:40:58 +0900

Final-Recipient: rfc822; policy@band.us
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--DSN863.1725583272/mx1.band.us
Content-Type: message/rfc822

From: {hdr('방송통신심의위원회')} <takedown@kcsc.example>
To: policy@band.us
Subject: {hdr('[KCSC-240906-05] 시정요구 요청')}
Date: Fri, 06 Sep 2024 09:40:00 +0900
Message-ID: <{msgid('KCSC-240906-05')}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DSN_ORIG)}

--DSN863.1725583272/mx1.band.us--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) carrying our original request",
    why="Delivery status notification; the URLs are only in our returned request.",
    items={},
)

case(
    name="kakao-mdn-read-receipt",
    from_="rights@kakaocorp.com", name_from=KAKAO_RIGHTS,
    date="Tue, 03 Sep 2024 10:31:09 +0900",
    subject=hdr("읽음: [방송통신심의위원회] 시정요구 요청 (KCSC-240903-02)"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-863-kakao"

--mdn-863-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일이 수신자에게 열람되었습니다.

받는 사람: rights@kakaocorp.com
제목: [방송통신심의위원회] 시정요구 요청 (KCSC-240903-02)
열람 시간: 2024-09-03 오전 10:31

--mdn-863-kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; rights@kakaocorp.com
Original-Message-ID: <{msgid('KCSC-240903-02')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-863-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) from a corporate webmail",
    why="MDN read receipt.",
    items={},
)

case(
    name="yt-case-number-receipt",
    from_="legal-kr-noreply@google.com", name_from=YT_LEGAL,
    date="Wed, 04 Sep 2024 05:15:40 +0000",
    subject=hdr("[사례 ID 8-4127000031862] 요청이 접수되었습니다 - KCSC-240904-03"),
    reply_to_req=msgid("KCSC-240904-03"),
    body="""
안녕하세요.

Google에 문의해 주셔서 감사합니다. 제출하신 요청이 접수되었으며
사례 ID 8-4127000031862가 배정되었습니다.

이 메일에 회신하시면 같은 사례로 연결됩니다. 담당자가 검토 후 연락드리겠습니다.

Google 법무 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal support case-number receipt",
    why="Pure acknowledgement: request received, case id assigned.",
    items={},
)

case(
    name="naver-receipt-echoed-urls",
    from_="noreply-inoti@naver.com", name_from=hdr("네이버 게시중단요청서비스"),
    date="Mon, 02 Sep 2024 10:04:17 +0900",
    subject=hdr("[네이버] 게시중단 요청이 접수되었습니다 (접수번호 2024090200417)"),
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

 ■ 접수번호 : 2024090200417
 ■ 요청자 : 방송통신심의위원회 (KCSC-240902-01)
 ■ 요청 사유 : 불법 도박 홍보
 ■ 접수 게시물 :
   {N[0]}
   {N[1]}
   {N[2]}
   외 9건

처리 결과는 검토 완료 후 메일로 안내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt echoing the reported URLs",
    why="Receipt echoing the request; 게시중단 here names the kind of request, no item status stated.",
    items={},
)

case(
    name="dc-helpdesk-auto-reply",
    from_="helpdesk@dcinside.com", name_from=hdr("디시인사이드 고객센터"),
    date="Thu, 05 Sep 2024 11:30:40 +0900",
    subject=hdr("[자동응답] 디시인사이드 고객센터입니다"),
    reply_to_req=msgid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
본 메일은 자동 응답 메일입니다.

디시인사이드 고객센터에 메일을 보내주셔서 감사합니다.
접수된 문의는 순서대로 확인하여 답변드리며, 주말 및 공휴일에는 답변이
늦어질 수 있습니다.

운영 시간: 평일 10:00 ~ 18:00
""",
    outcome="ignored", classification="auto_reply",
    imitates="Helpdesk auto-responder (자동 응답) of a Korean community site",
    why="Automatic reply, nothing about any item.",
    items={},
)

case(
    name="kakao-inquiry-received",
    from_="noreply@kakao.com", name_from=hdr("카카오 고객센터"),
    date="Tue, 10 Sep 2024 15:22:05 +0900",
    subject=hdr("[카카오 고객센터] 문의 접수 완료 안내 (문의번호 #24091003318)"),
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 아래와 같이 접수되었습니다.

 문의번호 : #24091003318
 문의제목 : [KCSC-240910-07] 시정요구 요청
 접수일시 : 2024-09-10 15:22

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 카카오 고객센터 > 문의내역에서도 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (문의 접수 완료)",
    why="Ticket receipt only.",
    items={},
)


HEADER = """# Blind set 863 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is ingested alone into a fresh
# ledger holding requests.csv."""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
