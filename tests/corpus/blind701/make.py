#!/usr/bin/env python3
"""Blind set 701 (Korean platforms): NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND replying in Korean -- 공문-style replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind701/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind701"


def pct(u):
    """Percent-encode the non-ASCII part of a URL (as stored in requests.csv)."""
    return quote(u, safe=":/?&=@%#~+-._")


# ---------------------------------------------------------------- requests
R01, R02, R03, R04, R05, R06, R07 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

N = [None,
     "https://blog.naver.com/moonlit_tide88/223551204871",
     "https://blog.naver.com/moonlit_tide88/223551209933",
     "https://blog.naver.com/greyheron_kr/223548870012",
     "https://cafe.naver.com/sunnyvalleytrade/48213",
     "https://cafe.naver.com/sunnyvalleytrade/48277",
     "https://cafe.naver.com/bluepinecircle/9921",
     "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472210398",
     "https://blog.naver.com/PostView.naver?blogId=papercrane_77&logNo=223540011122",
     "https://post.naver.com/viewer/postView.naver?volumeNo=38814420&memberNo=5520187",
     "https://cafe.naver.com/sunnyvalleytrade/48302",
     "https://blog.naver.com/greyheron_kr/223549001456",
     "https://m.blog.naver.com/lanternfox/223552300871",
     pct("https://in.naver.com/밤하늘상점/contents/internal/701122908"),
     ]
N14 = "https://blog.naver.com/silverkettle/223560044812"
K = [None,
     "https://cafe.daum.net/riverstonemarket/Jk3P/1142",
     "https://cafe.daum.net/riverstonemarket/Jk3P/1150",
     "https://emberlight.tistory.com/318",
     "https://brunch.co.kr/@quietorchard/57",
     "https://cafe.daum.net/riverstonemarket/Jk3P/1163",
     ]
K6 = pct("https://pinkmist-review.tistory.com/entry/후기-모음-2024")
Y = [None,
     "https://www.youtube.com/watch?v=Qm7rTz2LkP0",
     "https://www.youtube.com/watch?v=b8XnW3cVd1E",
     "https://youtu.be/Hs4KpQ9aZ2w",
     "https://www.youtube.com/shorts/Ty6uLm0PqR3",
     pct("https://www.youtube.com/@백곰상회TV"),
     ]
D = [None,
     "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
     "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=448120",
     "https://m.dcinside.com/board/coinmarket/448133",
     ]
B = [None,
     "https://band.us/band/81230477/post/1184",
     "https://band.us/band/81230477/post/1190",
     ]


def raw(u):
    """The URL as a person would paste it into a Korean email (raw Hangul)."""
    return unquote(u)


REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    (R01, "naver", "2024-09-02T10:12:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", N[1:], "불법 도박 홍보 블로그·카페·지식iN 게시물"),
    (R02, "kakao", "2024-09-03T11:05:00+09:00", "2024-09-10T18:00:00+09:00",
     "drugs", K[1:], "마약류 판매 광고 (다음 카페, 티스토리, 브런치)"),
    (R03, "youtube", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "fraud", Y[1:], "투자 사기 리딩방 홍보 영상과 채널"),
    (R04, "dcinside", "2024-09-05T15:20:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", D[1:], "개인정보 노출 게시물"),
    (R05, "band", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", B[1:], "불법 도박 모집 밴드 게시글"),
    (R06, "naver", "2024-09-09T14:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", [N14], "음란물 링크 게시 블로그 글"),
    (R07, "kakao", "2024-09-10T16:45:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", [K6], "의약품 불법 판매 후기 글"),
]
REQ_URLS = {r[0]: r[5] for r in REQUESTS}
REQ_SENT = {r[0]: r[2] for r in REQUESTS}


def mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    # (Through the csv module: a note may hold commas.)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{mid(ref)}@kcsc.example", note])


# ------------------------------------------------------- quoted request text
def request_lines(ref):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 정보는 「정보통신에 관한 심의규정」에 위반되는 것으로 의결되어",
        "시정요구(해당 정보의 삭제 또는 접속차단)를 하오니, 조치 후 결과를",
        "회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(REQ_URLS[ref], 1):
        lines.append(f"{i}. {raw(u)}")
    lines += ["", "방송통신심의위원회 불법정보 대응팀 드림"]
    return lines


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref))


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


SUBJ = {
    R01: "[방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    R02: "[방송통신심의위원회] 시정요구 (KCSC-240903-02)",
    R03: "[방송통신심의위원회] 시정요구 (KCSC-240904-03)",
    R04: "[방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    R05: "[방송통신심의위원회] 시정요구 (KCSC-240906-05)",
    R06: "[방송통신심의위원회] 시정요구 (KCSC-240909-06)",
    R07: "[방송통신심의위원회] 시정요구 (KCSC-240910-07)",
}


def enc_subject(s):
    """RFC 2047 B-encoding for a Korean Subject line, as most MUAs send it."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="naver-gongmun-numbered-result",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 16:40:12 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보"),
    reply_to_req=mid(R01),
    body=f"""
네이버 주식회사
수신: 방송통신심의위원회 (불법정보 대응팀)
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구와 관련하여 당사의
   조치 결과를 아래와 같이 통보합니다.

  가. {N[1]}
      - 조치결과: 게시중단 (2024. 9. 3. 완료)
  나. {N[2]}
      - 조치결과: 게시중단 (2024. 9. 3. 완료)
  다. {N[3]}
      - 조치결과: 임시조치 (30일)
  라. {N[4]}
      - 조치결과: 작성자가 자진 삭제하여 게시물이 존재하지 않음
  마. {N[5]}
      - 조치결과: 조치 불가 (게시물 확인 결과 도박 홍보 내용이 아닌
        일반 중고거래 글로 확인되어 원 상태를 유지합니다)

3. 나머지 요청 건은 처리가 완료되는 대로 별도 회신 드리겠습니다.  끝.

네이버 주식회사 정책지원팀장 (직인생략)
담당: 김서윤 / 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 조치결과 통보 (가/나/다 numbered items)",
    why="trusted NAVER 공문 states one result per named URL; the last paragraph is a promise about unnamed items",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

rows = [
    (1, "게시중단", "2024.09.03"), (2, "게시중단", "2024.09.03"), (3, "임시조치(30일)", "2024.09.03"),
    (4, "게시물 없음(작성자 삭제)", "-"), (5, "삭제", "2024.09.04"), (6, "삭제", "2024.09.04"),
    (7, "조치 불가(불법정보 미해당)", "-"), (8, "게시중단", "2024.09.04"), (9, "블라인드", "2024.09.04"),
    (10, "비공개 처리", "2024.09.05"), (11, "게시중단", "2024.09.05"), (12, "존재하지 않는 URL", "-"),
    (13, "국내 접속 제한", "2024.09.05"),
]
trs = "\n".join(
    f"<tr><td>{i}</td><td>{raw(N[i])}</td><td>{res}</td><td>{d}</td></tr>" for i, res, d in rows)
html_table = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하십니까. 네이버 정책지원팀입니다.</p>
<p>KCSC-240902-01 시정요구 건에 대한 조치결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5ee"><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
{trs}
</table>
<p>※ 조치 불가 건은 재검토를 요청하시면 추가 검토하겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-result-table-html-b64",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 18:02:44 +0900",
    subject=enc_subject("RE: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    raw_mime=f"""
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(html_table)}
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table (연번/URL/조치결과/조치일자) in a base64 HTML mail",
    why="every one of the 13 items has its own row with a result: 게시중단/삭제/블라인드/비공개 removed, 임시조치 and 국내 접속 제한 restricted, 게시물 없음 not_found, 조치 불가 rejected",
    items={N[i]: {"게시중단": "removed", "삭제": "removed", "블라인드": "removed", "비공개 처리": "removed",
                  "임시조치(30일)": "restricted", "국내 접속 제한": "restricted",
                  "게시물 없음(작성자 삭제)": "not_found", "존재하지 않는 URL": "not_found",
                  "조치 불가(불법정보 미해당)": "rejected"}[res] for i, res, _ in rows},
)

csv_rows = [
    (6, "삭제"), (7, "삭제"), (8, "임시조치"), (9, "해당 게시물 없음"),
    (10, "삭제"), (11, "조치하지 않음(신고 사유 미해당)"), (12, "삭제"), (13, "게시중단"),
]
csv_text = "\ufeff번호,URL,처리결과,처리일\r\n" + "".join(
    f"{i},{raw(N[i])},{res},2024-09-06\r\n" for i, res in csv_rows)
case(
    name="naver-csv-attachment-bom",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Fri, 06 Sep 2024 11:15:30 +0900",
    subject=enc_subject("[NAVER] KCSC-240902-01 처리결과 송부"),
    reply_to_req=mid(R01),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_240906_1115"

--=_nv_240906_1115
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 신고센터입니다.

KCSC-240902-01 건 중 6번~13번 URL의 처리결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

NAVER 신고센터 드림

--=_nv_240906_1115
Content-Type: text/csv; charset="utf-8"; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_text.encode("utf-8")).decode("ascii").strip()}
--=_nv_240906_1115--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported from Excel (UTF-8 CSV with BOM) attached to a short cover note",
    why="the CSV gives one result per URL for items 6-13; the body names no item",
    items={N[i]: {"삭제": "removed", "게시중단": "removed", "임시조치": "restricted",
                  "해당 게시물 없음": "not_found",
                  "조치하지 않음(신고 사유 미해당)": "rejected"}[res] for i, res in csv_rows},
)

case(
    name="naver-url-then-status-below",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Wed, 04 Sep 2024 10:31:05 +0900",
    subject=enc_subject("Re: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
요청번호: KCSC-240902-01
지식iN·블로그·포스트 담당 처리 결과를 안내드립니다.

{N[7]}
- 처리결과: 블라인드 (질문 및 답변 전체 비노출)

{N[8]}
- 처리결과: 게시중단

{N[9]}
- 처리결과: 조치 없음 (게시물 내용이 신고 사유에 해당하지 않음)

감사합니다.
NAVER 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre reply, bare URL with '- 처리결과:' on the line below",
    why="each URL is followed by its own result line",
    items={N[7]: "removed", N[8]: "removed", N[9]: "rejected"},
)

case(
    name="naver-single-sole-removed",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Tue, 10 Sep 2024 15:20:41 +0900",
    subject=enc_subject("Re: " + SUBJ[R06]),
    reply_to_req=mid(R06),
    body="""
안녕하세요. NAVER 신고센터입니다.

요청하신 블로그 게시물은 운영원칙 위반(음란물 링크 게시)이 확인되어
2024년 9월 10일 게시중단 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 게시중단 confirmation answering a one-URL request in its thread",
    why="one-item request, thread reply, unhedged 게시중단 of '요청하신 게시물' without the URL: applies to the sole item",
    items={N14: "removed"},
)

case(
    name="naver-gmail-toppost-over-quoted",
    **{"from": "jh.jeong@navercorp.com"},
    name_from="정지훈",
    date="Thu, 05 Sep 2024 09:12:55 +0900",
    subject=enc_subject("Re: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요, 네이버 카페·블로그 운영지원 정지훈입니다.

아래 두 건은 오늘 오전 비공개 처리했습니다.
{N[10]}
{N[11]}

나머지 건은 아직 확인 중이라 정리되는 대로 말씀드리겠습니다.

2024년 9월 2일 (월) 오전 10:12, KCSC 불법정보 대응 <takedown@kcsc.example>님이 작성:
{quoted(R01)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the quoted 시정요구 (Korean '님이 작성:' attribution)",
    why="two URLs listed under '비공개 처리했습니다'; the other 11 appear only in the quoted request",
    items={N[10]: "removed", N[11]: "removed"},
)

case(
    name="naver-cafe-team-informal",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 19:47:02 +0900",
    subject=enc_subject("Re: " + SUBJ[R01] + " - 카페 건"),
    reply_to_req=mid(R01),
    body=f"""
담당자님 안녕하세요~ 네이버 카페 운영팀입니다.
보내주신 건 중에 카페 쪽 3건 먼저 회신드려요.

{N[4]} → 삭제했습니다.
{N[5]} → 이 글은 작성자가 어제 직접 지워서 지금은 없는 글이에요.
{N[6]} → 카페 자체를 운영원칙 위반으로 폐쇄했고, 해당 글도 같이 내려갔습니다.

블로그 건은 블로그팀에서 따로 연락드릴 거예요.
수고하세요!
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operations reply, one arrow line per URL",
    why="three named URLs: deleted, already deleted by the author, taken down with the closed cafe",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "removed"},
)

case(
    name="naver-korean-path-fullwidth",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Fri, 06 Sep 2024 17:03:19 +0900",
    subject=enc_subject("Re: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요. NAVER 신고센터입니다.

인플루언서 콘텐츠（{raw(N[13])}）는
해외 서버 원본 링크만 포함하고 있어 대한민국 내 접속을 제한하였습니다。
블로그 게시물（{N[11]}）은 게시중단되었습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width parentheses and full stops around the URLs; raw Hangul path",
    why="raw Hangul path matches its percent-encoded form; 국내 접속 제한 is restricted, 게시중단 removed",
    items={N[13]: "restricted", N[11]: "removed"},
)

qp_body = f"""안녕하세요, 네이버 블로그 운영팀입니다.

시정요구(KCSC-240902-01) 관련하여 아래 게시물을 처리하였음을 알려드립니다.

  * {N[1]} : 블라인드 처리
  * {N[2]} : 비공개 처리 (작성자 외 열람 불가)

블로그 운영팀 드림
"""
case(
    name="naver-qp-blind-private",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date="Tue, 03 Sep 2024 14:55:27 +0900",
    subject=enc_subject("[네이버 블로그] 시정요구 처리 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team notice sent quoted-printable, 'URL : 결과' bullets",
    why="reference in the body, two URLs each with 블라인드/비공개 처리 (both removed)",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 13:20:00 +0900",
    subject=enc_subject("[카카오] 게시물 임시조치 결과 안내 (KCSC-240903-02)"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청(KCSC-240903-02)에 따라, 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2에 의거하여 아래 게시물에 대해
30일간 임시조치(게시물 접근 차단)를 진행하였습니다.

■ 임시조치 대상 게시물
 - {K[1]}
 - {K[2]}

■ 임시조치 기간: 2024.09.04 ~ 2024.10.03
■ 게시자가 기간 내 복원(재게시)을 요청하지 않는 경우 해당 게시물은
   임시조치 기간 종료 후 삭제됩니다.

본 메일은 발신 전용입니다. 문의는 카카오 고객센터를 이용해 주세요.
https://cs.kakao.com/helps?service=8
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 30일 임시조치 안내",
    why="two named posts under an 임시조치 heading (restricted); later deletion is only conditional; the help link is no item",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-bulleted-mixed",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:44:38 +0900",
    subject=enc_subject("Re: " + SUBJ[R02]),
    reply_to_req=mid(R02),
    body=f"""
안녕하세요, 카카오 권리침해신고센터 박도현입니다.
요청하신 건 중 티스토리·브런치·카페 건의 처리 결과를 알려드립니다.

• 티스토리 {K[3]}
  → 운영정책 위반으로 게시글 삭제
• 브런치 {K[4]}
  → 작가가 글을 삭제하여 현재 존재하지 않는 페이지입니다
• 다음 카페 {K[5]}
  → 검토 결과 판매 광고가 아닌 경험 공유 글로 확인되어 조치하지 않았습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao operator reply, bullets with the result on an arrow line below each URL",
    why="three named URLs: deleted, deleted by the author, left up with a reason",
    items={K[3]: "removed", K[4]: "not_found", K[5]: "rejected"},
)

case(
    name="kakao-tistory-korean-slug",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Wed, 11 Sep 2024 11:09:53 +0900",
    subject=enc_subject("Re: " + SUBJ[R07]),
    reply_to_req=mid(R07),
    body=f"""
안녕하세요. 티스토리 고객센터입니다.

요청하신 게시글 {raw(K6)} 은
블로그 운영정책(의약품 불법 판매) 위반으로 비공개(블라인드) 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) blind notice with a Hangul entry slug followed by a Korean particle",
    why="the one requested URL, raw Hangul slug, is stated 비공개(블라인드) 처리: removed",
    items={K6: "removed"},
)

case(
    name="youtube-kr-blocked-and-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 08:51:16 +0900",
    subject=enc_subject("Re: " + SUBJ[R03] + " [4-2217000034510]"),
    reply_to_req=mid(R03),
    body=f"""
안녕하세요.

YouTube 법무팀에 연락해 주셔서 감사합니다.

검토 결과, 다음 콘텐츠는 대한민국 현지 법률에 따라 한국 내에서 액세스를
차단했습니다.
- {Y[1]}
- {Y[2]}

다음 콘텐츠는 YouTube 커뮤니티 가이드(사기 및 스팸)를 위반하여
YouTube에서 삭제했습니다.
- {Y[3]}

자세한 내용은 https://support.google.com/youtube/answer/6154230 을 참고하세요.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team Korean outcome: local-law block plus guideline removal",
    why="two URLs under a Korea block heading (restricted), one under a removal heading; the help page is no item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="youtube-english-handle-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:14:07 +0000",
    subject="Re: [KCSC-240904-03] Request for removal - YouTube",
    reply_to_req=mid(R03),
    body=f"""
Hello,

Thank you for your notice regarding case KCSC-240904-03.

After review, we have restricted access to the following content in
South Korea based on local law:
{Y[4]}

In addition, the channel {raw(Y[5])} has been terminated for
violating YouTube's policy on scams, and its videos are no longer available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube English legal reply: geo-restriction plus channel termination",
    why="the Short is restricted in Korea, the channel (raw Hangul handle) terminated: removed",
    items={Y[4]: "restricted", Y[5]: "removed"},
)

case(
    name="youtube-age-restricted-and-no-violation",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 10:26:40 +0900",
    subject=enc_subject("Re: " + SUBJ[R03]),
    reply_to_req=mid(R03),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

추가로 요청하신 2건의 검토 결과를 알려드립니다.

1. {Y[4]}
   해당 Shorts 동영상에 연령 제한을 적용했습니다. 만 19세 미만 사용자 및
   로그인하지 않은 사용자는 이 동영상을 시청할 수 없습니다.

2. {Y[1]}
   검토 결과 이 동영상은 YouTube 정책이나 현지 법률을 위반하지 않는 것으로
   판단되어 별도의 조치를 취하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean reply: age restriction and a no-action decision",
    why="age restriction is restricted; 'no violation, no action' is a rejection",
    items={Y[4]: "restricted", Y[1]: "rejected"},
)

case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 14:02:33 +0900",
    subject=enc_subject("Re: " + SUBJ[R04]),
    reply_to_req=mid(R04),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 확인했습니다.

{D[1]} 삭제
{D[2]} 삭제
{D[3]} 이 글은 작성자가 먼저 지운 글이라 이미 없습니다

추가로 같은 내용 글 올라오면 알려주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operator reply, status on the same line after each URL",
    why="two posts deleted, the mobile URL already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-url-below-statement",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 11:40:09 +0900",
    subject=enc_subject("[디시인사이드] KCSC-240905-04 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

다음 게시글은 개인정보 노출로 확인되어 삭제 처리되었습니다.
{D[1]}

다음 게시글은 검토 결과 삭제 기준에 해당하지 않아 유지됩니다.
(게시글에 기재된 정보는 공개된 업체 대표번호로 확인됨)
{D[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre reply, statement first and the URL on the line below",
    why="each statement ends in a line whose only content is the URL it is about",
    items={D[1]: "removed", D[2]: "rejected"},
)

case(
    name="band-removed-and-kept",
    **{"from": "report@band.us"},
    name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 16:18:25 +0900",
    subject=enc_subject("[BAND] 신고하신 게시글 처리 결과 안내"),
    reply_to_req=mid(R05),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글에 대한 처리 결과를 안내해 드립니다.

신고하신 게시글 {B[1]} 은(는) BAND 운영정책
(불법 도박 홍보) 위반으로 삭제되었습니다.

신고하신 게시글 {B[2]} 은(는) 운영정책 위반 사항이
확인되지 않아 별도 조치하지 않았습니다.

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND report outcome notice (은(는) template)",
    why="one post deleted, the other left up because no policy breach was found",
    items={B[1]: "removed", B[2]: "rejected"},
)

case(
    name="band-angle-brackets",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    date="Tue, 10 Sep 2024 09:05:50 +0900",
    subject=enc_subject("Re: " + SUBJ[R05]),
    reply_to_req=mid(R05),
    body=f"""
안녕하세요, BAND 운영팀 윤채원입니다.

<{B[2]}>
위 게시글은 재검토 결과 도박 사이트 가입 유도가 확인되어 삭제했습니다.

<{B[1]}>
위 게시글은 밴드 리더가 이미 삭제하여 현재 확인되지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator reply with URLs in angle brackets, '위 게시글은' statement below",
    why="each bracketed URL has its own statement on the line below: deleted; no longer found",
    items={B[2]: "removed", B[1]: "not_found"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "yj.han@navercorp.com"},
    name_from="한예진",
    date="Wed, 04 Sep 2024 12:08:44 +0900",
    subject=enc_subject("RE: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요, 네이버 정책지원 한예진입니다.

요청 주신 건 중 아래 2건은 삭제 조치 완료되었습니다.
1) {N[3]}
2) {N[12]}

-----Original Message-----
From: "KCSC 불법정보 대응" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:12:00
Subject: {SUBJ[R01]}

{chr(10).join(request_lines(R01))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/Naver Works reply over '-----Original Message-----' with the request unprefixed",
    why="two numbered URLs under '삭제 조치 완료'; the 13 URLs below the Original Message line are our own request",
    items={N[3]: "removed", N[12]: "removed"},
)

k_rows = [(1, "다음 카페", "게시글 삭제"), (2, "다음 카페", "게시글 삭제"), (5, "다음 카페", "임시조치(30일)")]
k_trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{K[i]}">{K[i]}</a></td><td>{svc}</td><td>{res}</td></tr>'
    for i, svc, res in k_rows)
k_html = f"""<!DOCTYPE html><html><body>
<div style="font-size:14px">
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>접수번호 KCSC-240903-02 시정요구 건의 조치 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th></tr></thead>
<tbody>
{k_trs}
</tbody></table>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</div></body></html>
"""
case(
    name="kakao-html-b64-table",
    **{"from": "noreply-right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 15:31:02 +0900",
    subject=enc_subject("[카카오] 시정요구 조치 결과 안내"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kakao-alt-7f3e21"

--kakao-alt-7f3e21
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--kakao-alt-7f3e21
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(k_html)}
--kakao-alt-7f3e21--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result table (base64) with a placeholder plain-text part",
    why="three rows, each URL with its own result: two deletions, one 임시조치 (restricted)",
    items={K[1]: "removed", K[2]: "removed", K[5]: "restricted"},
)

case(
    name="youtube-echoed-report-fields",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 09:33:18 +0900",
    subject=enc_subject("Re: " + SUBJ[R03]),
    reply_to_req=mid(R03),
    body=f"""
안녕하세요, YouTube 법무팀입니다. 요청하신 항목별 결과입니다.

----------------------------------------
신고된 URL: {Y[2]}
신고 사유: 투자 사기 (리딩방 홍보)
조치: 커뮤니티 가이드 위반으로 동영상 삭제
----------------------------------------
신고된 URL: {Y[3]}
신고 사유: 투자 사기 (리딩방 홍보)
조치: 해당 URL의 동영상을 찾을 수 없습니다. 업로더가 이미 삭제한
      것으로 확인되었습니다.
----------------------------------------

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply echoing each report's fields (신고된 URL / 신고 사유 / 조치)",
    why="each block gives its URL and an action: removed; cannot find, deleted by the uploader (not_found)",
    items={Y[2]: "removed", Y[3]: "not_found"},
)

case(
    name="naver-receipt-plus-already-blinded",
    **{"from": "help@help.naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 09:58:12 +0900",
    subject=enc_subject("[네이버 고객센터] 문의 접수 안내 (NV-2409-55120)"),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호 NV-2409-55120)

참고로 요청하신 URL 중 {N[9]}
게시물은 확인 결과 이미 운영원칙 위반으로 블라인드 처리된 상태입니다.
나머지 URL은 담당 부서 검토 후 순차적으로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre ticket receipt that also reports one item already blinded",
    why="receipt wording plus an unhedged statement about one named URL (블라인드 처리된 상태): not a pure acknowledgement",
    items={N[9]: "removed"},
)

d_html = f"""<html><body>
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>요청하신 게시물 중 아래 게시물을 삭제 처리하였습니다.</p>
<ul>
<li><a href="{D[3]}">{D[3]}</a></li>
<li><a href="{D[1]}">{D[1]}</a></li>
</ul>
<p>남은 1건은 갤러리 매니저 확인 후 안내드리겠습니다.</p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="dc-html-list-links",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 18:22:47 +0900",
    subject=enc_subject("RE: " + SUBJ[R04]),
    reply_to_req=mid(R04),
    raw_mime=f"""
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(d_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML-only reply with a linked bullet list (quoted-printable)",
    why="two linked URLs listed under '삭제 처리하였습니다'; the remaining one is only promised and not named",
    items={D[3]: "removed", D[1]: "removed"},
)

case(
    name="naver-one-done-one-promised",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Thu, 05 Sep 2024 14:14:14 +0900",
    subject=enc_subject("Re: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요. NAVER 신고센터입니다.

{N[7]} 게시글은 삭제 완료하였으며,
{N[8]} 은 법무 검토 중으로 검토가 끝나는 대로
조치 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre reply: one item done, one under legal review",
    why="first URL deleted; the second is only under review and stays pending",
    items={N[7]: "removed", N[8]: "pending"},
)

case(
    name="kakao-single-author-deleted-sole",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Thu, 12 Sep 2024 10:02:31 +0900",
    subject=enc_subject("Re: " + SUBJ[R07]),
    reply_to_req=mid(R07),
    body="""
안녕하세요. 티스토리 고객센터입니다.

신고하신 게시글은 작성자가 이미 삭제하여 현재 존재하지 않는 것으로
확인되었습니다. 별도 조치는 필요하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory reply, post already deleted by its author, answering a one-URL request",
    why="one-item request, thread reply, unhedged 'deleted by the author, does not exist' about '신고하신 게시글': not_found",
    items={K6: "not_found"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-sequential",
    **{"from": "kcsc-desk@navercorp.com"},
    name_from="NAVER 신고센터",
    date="Tue, 03 Sep 2024 17:45:00 +0900",
    subject=enc_subject("Re: " + SUBJ[R01]),
    reply_to_req=mid(R01),
    body=f"""
안녕하세요. NAVER 신고센터입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 금주 내 순차적으로
게시중단 조치될 예정입니다.
{N[1]}
{N[2]}
{N[3]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will be taken down this week' interim reply",
    why="only a promise (조치될 예정): names requested items, states nothing",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 11:27:36 +0900",
    subject=enc_subject("Re: " + SUBJ[R02]),
    reply_to_req=mid(R02),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

확인해 보니 {K[1]} 게시글은 이미 삭제된 것으로 보이며,
{K[2]} 는 카페 운영자가 비공개로 돌린 것 같습니다.
정확한 처리 이력은 카페 담당 부서에 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao operator first look, hedged ('~것으로 보이며', '~것 같습니다')",
    why="both statements are hedges; the sender says it will confirm later",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-13",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 17:30:21 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240902-01) 조치 완료"),
    reply_to_req=mid(R01),
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240902-01)와 관련하여, 요청하신 게시물 13건
전부에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line '전부 조치 완료' reply to a multi-URL 시정요구",
    why="one statement about all 13 items of the request without naming any",
    items={u: "pending" for u in N[1:]},
)

case(
    name="band-bulk-all",
    **{"from": "report@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 13:13:40 +0900",
    subject=enc_subject("Re: " + SUBJ[R05]),
    reply_to_req=mid(R05),
    body="""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글은 모두 운영정책 위반으로 삭제 처리되었습니다.

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND 'all reported posts deleted' notice",
    why="'모두 삭제' for a two-item request, neither post named",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 20:11:09 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240902-01) 조치결과"),
    reply_to_req=mid(R01),
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 건 중 아래 게시물은 삭제 조치하였습니다.
- {N[4]}
- {N[10]}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-style result notice whose DKIM/SPF/DMARC all fail",
    why="navercorp.com From but DMARC fails: nothing may change",
    items={N[4]: "pending", N[10]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "sunnyvalley.manager@gmail.com"},
    name_from="선밸리 카페 매니저",
    date="Wed, 04 Sep 2024 22:36:18 +0900",
    subject=enc_subject("카페 게시글 삭제했습니다 (KCSC-240902-01 관련)"),
    body=f"""
안녕하세요. 네이버 카페 '선밸리 중고장터' 매니저입니다.
네이버 쪽에서 위원회 요청이 있었다고 연락을 받아서요.

말씀하신 글 제가 직접 삭제했습니다.
{N[4]}
{N[10]}

앞으로 도박 홍보 글은 바로바로 지우겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a user, not NAVER) writing from a webmail address",
    why="statement about two requested URLs from a sender outside every platform's domains",
    items={N[4]: "pending", N[10]: "pending"},
)

case(
    name="lawfirm-youtube-channel",
    **{"from": "contact@hanbit-law.example"},
    name_from="법무법인 한빛",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject=enc_subject("[법무법인 한빛] KCSC-240904-03 관련 의견서 및 자진 삭제 통지"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240904-03) 관련 자진 삭제 통지

당 법무법인은 유튜브 채널 운영자의 대리인으로서, 의뢰인이 문제된
아래 동영상을 2024. 9. 6. 자진하여 삭제하였음을 알려드립니다.

 1. {Y[1]}
 2. {Y[2]}

아울러 채널 자체에 대한 조치는 과도하다는 의견을 별첨과 같이 제출합니다.

법무법인 한빛 담당변호사 오세린
""",
    outcome="review", review="unknown_sender",
    imitates="Korean law-firm letter for an uploader reporting a voluntary deletion",
    why="the uploader's lawyer is not the platform: unknown sender naming our request and URLs",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="navercorp-about-band-items",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 16:50:30 +0900",
    subject=enc_subject("[회신] 시정요구(KCSC-240906-05) BAND 게시글 조치결과"),
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

BAND 서비스 관련 시정요구(KCSC-240906-05)에 대하여 당사에서 일괄 회신드립니다.

 - {B[1]} : 게시글 삭제
 - {B[2]} : 게시글 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER group-level policy desk answering for BAND (a NAVER service)",
    why="navercorp.com is the naver platform's domain, the items are band's (senders band.us): a clerk checks before applying",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="youtube-conditional-under-review",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Thu, 05 Sep 2024 07:48:51 +0900",
    subject=enc_subject("Re: " + SUBJ[R03]),
    reply_to_req=mid(R03),
    body=f"""
안녕하세요, YouTube 법무팀입니다.

요청하신 아래 콘텐츠는 현재 검토 중입니다.
{Y[1]}
{Y[2]}

검토 결과 현지 법률 위반이 확인되는 경우, 해당 콘텐츠는 한국에서
액세스가 제한될 수 있습니다. 검토가 완료되면 결과를 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim 'under review, may be restricted' reply",
    why="under review plus a conditional: no statement about the named URLs",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="dc-asks-official-document",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Fri, 06 Sep 2024 10:20:12 +0900",
    subject=enc_subject("Re: " + SUBJ[R04]),
    reply_to_req=mid(R04),
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청하신 아래 게시물의 삭제를 진행하려면 귀 위원회의 심의 의결서 사본 또는
직인이 날인된 공문을 첨부해 주셔야 합니다.

{D[1]}
{D[2]}
{D[3]}

서류를 회신해 주시면 확인 후 바로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside asking for the 의결서/공문 before acting",
    why="the platform asks for documents; nothing is stated about the three URLs",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="kakao-policy-newsletter",
    **{"from": "noreply-right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc_subject("[카카오] 기관 신고 접수 채널 변경 안내"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

2024년 10월 1일부터 행정기관·공공기관의 게시물 삭제 및 임시조치 요청은
기관 전용 신고 페이지로만 접수됩니다. 기존 이메일 접수는 9월 30일까지
운영되며, 이후 메일로 보내주신 요청은 처리되지 않을 수 있습니다.

기관 전용 신고 페이지: https://cs.kakao.com/requests?service=180&category=914

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice to institutions about a new reporting channel",
    why="trusted Kakao mail that names no item and no request; the link is Kakao's own form",
    items={},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-chuseok-ooo",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from="김서윤",
    date="Fri, 13 Sep 2024 18:05:00 +0900",
    subject=enc_subject("자동 회신: " + SUBJ[R06]),
    reply_to_req=mid(R06),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 추석 out-of-office auto-reply (자동 회신)",
    why="out-of-office auto-reply",
    items={},
)

orig_k = "\n".join(request_lines(R02))
case(
    name="kakao-dsn-bounce",
    **{"from": "mailer-daemon@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 11:05:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B3A1C2D9F0.1725329141/mx2.kakaocorp.com"

--B3A1C2D9F0.1725329141/mx2.kakaocorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kcsc-desk@kakaocorp.com>: host mbox3.kakaocorp.com said: 550 5.1.1
    <kcsc-desk@kakaocorp.com>: Recipient address rejected: User unknown

--B3A1C2D9F0.1725329141/mx2.kakaocorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:05:40 +0900 (KST)

Final-Recipient: rfc822; kcsc-desk@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <kcsc-desk@kakaocorp.com>: Recipient
    address rejected: User unknown

--B3A1C2D9F0.1725329141/mx2.kakaocorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: kcsc-desk@kakaocorp.com
Subject: {enc_subject(SUBJ[R02])}
Message-ID: <{mid(R02)}@kcsc.example>
Date: Tue, 03 Sep 2024 11:05:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{orig_k}

--B3A1C2D9F0.1725329141/mx2.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) carrying the original 시정요구",
    why="delivery failure report; the URLs are only in our returned request",
    items={u: "pending" for u in K[1:]},
)

case(
    name="naver-mdn-read",
    **{"from": "yj.han@navercorp.com"},
    name_from="한예진",
    date="Mon, 02 Sep 2024 13:40:27 +0900",
    subject=enc_subject("읽음: " + SUBJ[R01]),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_240902134027"

------=_MDN_240902134027
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: 한예진 <yj.han@navercorp.com>
제목: {SUBJ[R01]}
보낸 날짜: 2024-09-02 (월) 오전 10:12
읽은 날짜: 2024-09-02 (월) 오후 1:40

------=_MDN_240902134027
Content-Type: message/disposition-notification

Reporting-UA: works.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; yj.han@navercorp.com
Original-Message-ID: <{mid(R01)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_240902134027--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean MDN read receipt (읽음: …) from a groupware mail client",
    why="read receipt only",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 15:21:04 +0900",
    subject=enc_subject("[디시인사이드] 문의가 접수되었습니다 (접수번호 DC240905-00318)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: DC240905-00318
 - 문의 제목: [방송통신심의위원회] 시정요구 (KCSC-240905-04)
 - 접수일시: 2024-09-05 15:21

답변은 영업일 기준 1~3일 이내에 등록하신 이메일로 보내드립니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk ticket receipt",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="band-report-received",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Fri, 06 Sep 2024 10:00:58 +0900",
    subject=enc_subject("[BAND] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. BAND입니다.

고객님의 신고가 정상적으로 접수되었습니다.
접수된 신고는 담당자 확인 후 운영정책에 따라 처리되며, 처리 결과는 신고 내용에
따라 별도로 안내되지 않을 수 있습니다.

신고 접수번호: BR-90412287

BAND 고객센터 https://band.us/cs
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic report receipt",
    why="automatic receipt; the general promise about processing names no item",
    items={},
)

case(
    name="youtube-legal-auto-ack",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 00:41:12 +0000",
    subject="[4-2217000034510] Your legal request has been received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting Google. This is an automated message to confirm
that we have received your request (KCSC-240904-03). Your case number is
4-2217000034510.

Please reply to this message if you need to add information. We review every
request and will get back to you as soon as possible.

Regards,
The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request automated receipt",
    why="automated receipt with a case number; 'we review every request' is general",
    items={},
)

case(
    name="youtube-ooo-english",
    **{"from": "jiwoo.han@google.com"},
    name_from="Jiwoo Han",
    date="Fri, 13 Sep 2024 09:00:03 +0900",
    subject="Automatic reply: " + "Re: [KCSC-240904-03] follow-up",
    reply_to_req=mid(R03),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi,

I am out of the office for the Chuseok holidays and will be back on
Thursday, September 19. I will have limited access to email.
For urgent legal matters in Korea please contact legal-kr@google.com.

Thanks,
Jiwoo
""",
    outcome="ignored", classification="auto_reply",
    imitates="English Outlook 'Automatic reply' out-of-office from a Google employee",
    why="out-of-office auto-reply",
    items={},
)


HEADER = f"""# Blind set 701 (Korean platforms). Written by tests/corpus/blind701/make.py
# from each email's meaning before any run of the reader. Do not edit by hand.
"""


def main():
    for c in CASES:
        nf = c.get("name_from", "")
        if any(ord(ch) > 127 for ch in nf):
            c["name_from"] = enc_subject(nf)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
