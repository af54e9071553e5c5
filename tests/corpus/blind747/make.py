#!/usr/bin/env python3
"""Blind set 747: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu; Nate and Clien as bystanders),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind747/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning alone, before any run of the reader.
All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind747"

# ---------------------------------------------------------------- requests
R_NAVER, R_DAUM, R_DC, R_SOOP, R_FM, R_INVEN, R_PPOM = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

N1 = "https://blog.naver.com/moonlit_ledger/223551204871"
N2 = "https://blog.naver.com/moonlit_ledger/223551377702"
N3 = "https://blog.naver.com/gray_orchard77/223549018835"
N4 = "https://cafe.naver.com/cheapdealzone/884213"
N5 = "https://cafe.naver.com/cheapdealzone/884590"
N6 = "https://cafe.naver.com/stockbandi/1207731"
N7 = "https://m.blog.naver.com/sunpath_studio/223560044129"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471203318"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38217745&memberNo=55120934"
N10 = "https://blog.naver.com/PostView.naver?blogId=ricefield_k&logNo=223547710016"
N11 = "https://cafe.naver.com/stockbandi/1208004"
N12 = "https://tv.naver.com/v/58830127"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/dalbit-moim/Ab3x/5521"
D2 = "https://cafe.daum.net/dalbit-moim/Ab3x/5538"
D3 = "https://hanbyeol-note.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0"
D3_RAW = "https://hanbyeol-note.tistory.com/entry/주식-리딩방-후기"
D4 = "https://cafe.daum.net/goldsky-trade/Qw7P/112"
DAUM = [D1, D2, D3, D4]

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981560"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=412077"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=412301"
C5 = "https://gall.dcinside.com/mini/board/view/?id=ddolmang&no=30218"
DC = [C1, C2, C3, C4, C5]

S1 = "https://vod.sooplive.co.kr/player/131552087"
S2 = "https://vod.sooplive.co.kr/player/131560412"
S3 = "https://ch.sooplive.co.kr/nightowl2424/post/118830941"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7412093385"
F2 = "https://www.fmkorea.com/7412210056"
FM = [F1, F2]

I1 = "https://www.inven.co.kr/board/lostark/4821/98812"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120331"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120478"
P3 = "https://www.ppomppu.co.kr/zboard/view.php?id=stock&no=771204"
PPOM = [P1, P2, P3]

# ref -> (platform, sent_at, due_at, message id local part, category, note, urls)
REQUESTS = [
    (R_NAVER, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "req.20240902.01", "illegal_finance", "리딩방 홍보 게시물 (blog/cafe/kin/post/tv)", NAVER),
    (R_DAUM, "daum", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "req.20240903.02", "illegal_finance", "Daum cafe and Tistory", DAUM),
    (R_DC, "dcinside", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "req.20240904.03", "defamation", "갤러리 게시물", DC),
    (R_SOOP, "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "req.20240905.04", "gambling", "VOD and channel post", SOOP),
    (R_FM, "fmkorea", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "req.20240906.05", "privacy", "", FM),
    (R_INVEN, "inven", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "req.20240909.06", "gambling", "one post", [I1]),
    (R_PPOM, "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "req.20240910.07", "illegal_finance", "", PPOM),
]
MID = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, mid, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def request_text(ref, urls, lead=""):
    """Our own request as it is quoted back to us."""
    lines = [f"{lead}[방송통신심의위원회] 시정요구 ({ref})", lead,
             f"{lead}안녕하십니까. 아래 정보에 대하여 삭제 또는 접속차단 조치를 요청드립니다.",
             f"{lead}조치 후 결과를 회신하여 주시기 바랍니다.", lead]
    for i, u in enumerate(urls, 1):
        lines.append(f"{lead}{i}. {u}")
    lines += [lead, f"{lead}KCSC 통신심의 담당 드림"]
    return "\n".join(lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


P = lambda urls, st: {u: st for u in urls}  # noqa: E731

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="naver-gyesijungdan-numbered-ko",
    from_="right@navercorp.com", name_from="NAVER 게시중단 요청 서비스",
    date="Wed, 04 Sep 2024 16:21:07 +0900",
    subject=f"[NAVER] 게시중단 요청 처리 결과 안내 ({R_NAVER})",
    reply_to_req=MID[R_NAVER],
    body=f"""안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건({R_NAVER})에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {N1}
   - 처리 결과: 삭제
2. {N2}
   - 처리 결과: 삭제
3. {N3}
   - 처리 결과: 임시조치 (30일)
4. {N4}
   - 처리 결과: 블라인드

나머지 요청 건은 처리되는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 게시중단 요청 서비스 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 처리 결과 안내 (numbered list, result line under each URL)",
    why="four named items each with an unhedged result: 삭제, 삭제, 임시조치, 블라인드",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed"},
)

html_rows = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>{d}</td></tr>\n"
    for i, (u, r, d) in enumerate([
        (N5, "삭제", "2024-09-05"),
        (N6, "접속차단(국내)", "2024-09-05"),
        (N7, "해당 게시물 없음", "-"),
        (N8, "삭제", "2024-09-05"),
    ], 1))
case(
    name="naver-sijeong-result-html-table",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 18:02:44 +0900",
    subject=f"RE: 시정요구 조치결과 회신 - {R_NAVER}",
    reply_to_req=MID[R_NAVER], type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>안녕하십니까, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R_NAVER})에 따른 조치 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{html_rows}</table>
<p>※ 3번 게시물은 확인 결과 존재하지 않는 게시물입니다.</p>
<p>문의: 네이버 정책지원팀 (<a href="https://help.naver.com/">고객센터</a>)</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML), as portals answer KCSC",
    why="HTML table: N5 삭제, N6 국내 접속차단, N7 게시물 없음, N8 삭제",
    items={N5: "removed", N6: "restricted", N7: "not_found", N8: "removed"},
)

csv_att = csv_text([
    ["no", "url", "result", "note"],
    ["1", N9, "삭제", ""],
    ["2", N10, "유지", "운영원칙 위반 사항 확인되지 않음"],
    ["3", N11, "게시물 없음", "작성자 본인 삭제"],
    ["4", N12, "연령제한", "19세 이상 시청 가능으로 변경"],
])
case(
    name="naver-csv-attachment-results",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Fri, 06 Sep 2024 11:40:19 +0900",
    subject=f"[{R_NAVER}] 잔여 4건 처리 결과 (첨부)",
    reply_to_req=MID[R_NAVER],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7741"

--=_nv_7741
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R_NAVER} 건 중 남은 4건의 처리 결과를 첨부 파일로 보내드립니다.
결과 구분: 삭제 / 유지(위반 아님) / 게시물 없음 / 연령제한

감사합니다.

--=_nv_7741
Content-Type: text/csv; charset=utf-8; name="result_{R_NAVER}.csv"
Content-Disposition: attachment; filename="result_{R_NAVER}.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_nv_7741--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV: N9 삭제, N10 kept as no violation, N11 deleted by its author, N12 age-restricted",
    items={N9: "removed", N10: "rejected", N11: "not_found", N12: "restricted"},
)

case(
    name="naver-english-partial-reply",
    from_="global-legal@navercorp.com", name_from="NAVER Legal",
    date="Thu, 05 Sep 2024 09:15:33 +0900",
    subject=f"Re: Removal request {R_NAVER}",
    reply_to_req=MID[R_NAVER],
    body=f"""Dear KCSC team,

Thank you for your request. Following our review we have removed these
two blog posts:

  {N1}
  {N2}

The third post, {N3}, had already been deleted by its author before we
looked at it, so there was nothing left for us to act on.

We are still working on the rest of the list.

Best regards,
Minji Kwak
Legal Operations, NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="English legal-team reply from a Korean portal",
    why="N1 and N2 removed; N3 already deleted by its author (not_found); the rest only 'still working' (not named)",
    items={N1: "removed", N2: "removed", N3: "not_found"},
)

case(
    name="naver-cafe-bare-url-status-below",
    from_="cafe_help@naver.com", name_from="네이버 카페 운영지원",
    date="Wed, 04 Sep 2024 13:48:02 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_NAVER})",
    reply_to_req=MID[R_NAVER],
    body=f"""안녕하세요. 네이버 카페 운영지원입니다.
요청 주신 카페 게시글 처리 결과 전달드립니다.

{N4}
→ 처리결과 : 게시중단

{N5}
→ 처리결과 : 게시중단

{N6}
→ 처리결과 : 국내 접근 제한 (해외 IP 접속은 별도 검토 중)

카페 운영원칙: https://cafe.naver.com/cafesupport/rules
네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 운영지원 reply, bare URL with result on the next line",
    why="N4, N5 게시중단; N6 access restricted in Korea; the policy link is not an item",
    items={N4: "removed", N5: "removed", N6: "restricted"},
)

case(
    name="naver-top-posted-over-quoted-request",
    from_="blog_help@naver.com", name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 15:03:51 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 ({R_NAVER})",
    reply_to_req=MID[R_NAVER],
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 건 중 {N10} 게시물은 오늘 삭제 조치를 완료하였습니다.
다른 게시물은 담당 부서에서 회신드릴 예정입니다.

감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text(R_NAVER, NAVER, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="only N10 is stated removed above the quote; the quoted request's URLs say nothing",
    items={N10: "removed", N1: "pending", N7: "pending", N12: "pending"},
)

case(
    name="naver-wrapped-url-list",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Mon, 09 Sep 2024 10:12:40 +0900",
    subject=f"{R_NAVER} 추가 조치 결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R_NAVER} 관련하여 아래 2건을 삭제하였습니다.

- 지식iN: https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=
471203318
- 포스트: https://post.naver.com/viewer/postView.naver?volumeNo=38217745&
memberNo=55120934

※ 메일 시스템에서 주소가 줄바꿈될 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply whose long URLs were wrapped by the sending mail client",
    why="both wrapped URLs are N8 and N9, stated deleted",
    items={N8: "removed", N9: "removed"},
)

case(
    name="naver-tv-restricted-korea-en",
    from_="tv_support@navercorp.com", name_from="NAVER TV Trust & Safety",
    date="Tue, 10 Sep 2024 17:30:05 +0900",
    subject=f"Statement on content action - {R_NAVER}",
    reply_to_req=MID[R_NAVER],
    body=f"""Hello,

This message tells you about the action we took on content you reported.

Content: {N12}
Action: access restricted for users in the Republic of Korea
Ground: violation of local law (information and communications network act),
        as notified by the Korea Communications Standards Commission
Automated detection used: no
Scope: the video stays available outside Korea

If you think this decision is wrong, you may reply to this email.

NAVER TV Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content, action, ground, scope)",
    why="N12 restricted in Korea only",
    items={N12: "restricted"},
)

case(
    name="naver-echoed-report-form",
    from_="noreply-report@naver.com", name_from="네이버 신고센터",
    date="Tue, 10 Sep 2024 09:01:14 +0900",
    subject="[네이버 신고센터] 신고하신 게시물의 처리가 완료되었습니다",
    body=f"""네이버 신고센터입니다. 접수하신 신고의 처리 결과를 알려드립니다.

■ 신고 번호 : NR-20240904-55812
■ 신고인 : 방송통신심의위원회 ({R_NAVER})
■ 신고 URL : {N11}
■ 신고 사유 : 불법 금융 투자 권유
■ 처리 결과 : 게시중단
■ 처리 일시 : 2024.09.09 22:41

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report form fields",
    why="echoed report with 처리 결과: 게시중단 for N11",
    items={N11: "removed"},
)

case(
    name="daum-imsijochi-notice-ko",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 14:22:10 +0900",
    subject=f"[Daum] 게시물 조치 결과 안내 ({R_DAUM})",
    reply_to_req=MID[R_DAUM],
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 다음과 같이 조치하였습니다.

[대상 게시물 1]
{D1}
조치 내용: 임시조치 (정보통신망법 제44조의2에 따라 30일간 게시 중단 후 재게시 요청이 없으면 삭제)

[대상 게시물 2]
{D2}
조치 내용: 삭제

다른 게시물에 대해서는 확인 후 다시 안내드리겠습니다.

카카오 권리침해신고센터
https://cs.kakao.com/requests?service=right
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice",
    why="D1 임시조치 (restricted), D2 삭제; the help link is not an item",
    items={D1: "restricted", D2: "removed"},
)

case(
    name="daum-tistory-raw-korean-path",
    from_="tistory-help@kakaocorp.com", name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 10:05:58 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_DAUM})",
    reply_to_req=MID[R_DAUM],
    body=f"""안녕하세요. 티스토리 운영팀입니다.

요청하신 글({D3_RAW})은 오늘 오전 삭제 처리하였습니다.
블로그 운영자에게는 운영정책 위반 안내가 발송되었습니다.

{D4} 게시물은 다음 카페 담당 부서에서 별도로 답변드릴 예정입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply with a raw Korean-path URL in parentheses",
    why="D3 (raw Korean path) deleted; D4 only handed to another team, a promise",
    items={D3: "removed", D4: "pending"},
)

case(
    name="daum-base64-english-mixed",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Mon, 09 Sep 2024 16:44:27 +0900",
    subject=f"Result of your request {R_DAUM}",
    reply_to_req=MID[R_DAUM],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Dear Sir or Madam,

Regarding your request {R_DAUM}:

* {D4}
  We have made this cafe post unavailable on Daum.

* {D1}
  We could not locate this post. The cafe menu it belonged to no longer
  exists.

Kind regards,
Kakao Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply, base64 body",
    why="D4 made unavailable (removed); D1 cannot be located (not_found)",
    items={D4: "removed", D1: "not_found"},
)

case(
    name="daum-gmail-quote-both-named",
    from_="cafe-cs@daum.net", name_from="Daum 카페 고객센터",
    date="Wed, 04 Sep 2024 17:10:36 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_DAUM})",
    reply_to_req=MID[R_DAUM],
    body=f"""안녕하세요 Daum 카페 고객센터입니다.

{D1}, {D2} 두 게시물 모두 삭제했습니다.

고맙습니다.

2024년 9월 3일 (화) 오전 11:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text(R_DAUM, DAUM, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe customer-centre top-posted reply, Gmail quoting",
    why="D1 and D2 named and deleted; D3 and D4 appear only in the quote",
    items={D1: "removed", D2: "removed", D3: "pending", D4: "pending"},
)

case(
    name="daum-text-table-en",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date="Wed, 11 Sep 2024 11:00:00 +0900",
    subject=f"[{R_DAUM}] outcome summary",
    body=f"""Hello KCSC,

Summary of the outcome for {R_DAUM}:

URL                                                   | Outcome
------------------------------------------------------+------------------------
{D1:<53} | Removed
{D2:<53} | Not found
{D3:<53} | Restricted (KR only)
{D4:<53} | No violation - left up

For the post left up: it is a news summary and does not invite readers
to a paid group, so we found no breach of our operating policy.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English plain-text outcome table with padded columns",
    why="text table: removed, not found, restricted in KR, no violation (rejected)",
    items={D1: "removed", D2: "not_found", D3: "restricted", D4: "rejected"},
)

case(
    name="dc-operator-deleted-ko",
    from_="abuse@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 12:31:48 +0900",
    subject=f"[디시인사이드] 삭제 요청 처리 안내 ({R_DC})",
    reply_to_req=MID[R_DC],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과입니다.

- {C1} : 운영자 삭제
- {C2} : 운영자 삭제
- {C3} : 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다

작성자 IP에 대해서는 운영정책에 따라 이용 제한 조치하였습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 삭제 요청 처리 안내",
    why="C1, C2 운영자 삭제; C3 deleted by its author (not_found)",
    items={C1: "removed", C2: "removed", C3: "not_found"},
)

case(
    name="dc-bulleted-mixed-refusal",
    from_="abuse@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 19:20:03 +0900",
    subject=f"RE: [{R_DC}] 잔여 게시물 처리 결과",
    reply_to_req=MID[R_DC],
    body=f"""안녕하세요, 디시인사이드입니다.

• {C4}
  게시물 삭제 및 작성자 차단 완료

• {C5}
  특정인을 지목한 표현이 없고 사실관계에 대한 의견으로 보여
  운영 정책상 삭제 대상이 아니라고 판단하였습니다. 게시물은 유지됩니다.

이견이 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply with bullets, one refusal with its reason",
    why="C4 deleted; C5 stays up with a reason (rejected)",
    items={C4: "removed", C5: "rejected"},
)

case(
    name="dc-quoted-printable-all-five",
    from_="help@dcinside.com", name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 10:33:12 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[디시인사이드] {R_DC} 처리 완료'.encode()).decode()}?=",
    reply_to_req=MID[R_DC],
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. 디시인사이드 고객센터입니다.

{R_DC} 요청 건 5건 모두 아래와 같이 삭제 완료되었습니다.

{C1} 삭제 완료
{C2} 삭제 완료
{C3} 삭제 완료
{C4} 삭제 완료
{C5} 삭제 완료

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply with an encoded subject",
    why="each of the five URLs is named with 삭제 완료",
    items=P(DC, "removed"),
)

case(
    name="dc-outlook-original-message",
    from_="gallery-ops@dcinside.com", name_from="Kim Doyoon (DC Inside)",
    date="Tue, 10 Sep 2024 14:58:40 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 ({R_DC})",
    reply_to_req=MID[R_DC],
    body=f"""Hello,

{C2} has been deleted by our gallery team today.

{C5} : 해당 미니 갤러리는 지난주 폐쇄되어 게시물이 더 이상 존재하지 않습니다.

Regards,
Kim Doyoon | DC Inside Gallery Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:40 AM
To: abuse@dcinside.com
Subject: [방송통신심의위원회] 시정요구 ({R_DC})

{request_text(R_DC, DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- and the unquoted request below",
    why="C2 deleted; C5's gallery closed so the post no longer exists (not_found); the rest only in the original message",
    items={C2: "removed", C5: "not_found", C1: "pending", C3: "pending", C4: "pending"},
)

case(
    name="soop-vod-removed-age-gated-en",
    from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 21:05:17 +0900",
    subject=f"[SOOP] Action taken on reported content ({R_SOOP})",
    reply_to_req=MID[R_SOOP],
    body=f"""Hello,

We reviewed the content listed in your request {R_SOOP}.

1) {S1} - VOD deleted
2) {S2} - VOD deleted
3) {S3} - post is now shown only to logged-in users aged 19 or over

The streamer has received a policy strike.

SOOP Trust & Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) Trust & Safety action notice in English",
    why="S1, S2 deleted; S3 age-restricted",
    items={S1: "removed", S2: "removed", S3: "restricted"},
)

case(
    name="soop-ko-statement-url-below",
    from_="report@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 11:26:39 +0900",
    subject=f"[SOOP] 신고 처리 결과 안내 ({R_SOOP})",
    body=f"""안녕하세요, SOOP 고객센터입니다.

아래 다시보기(VOD)는 운영정책 위반으로 비공개 처리되었습니다.
{S1}

아래 채널 게시글은 위반 사항을 찾지 못해 별도 조치 없이 유지됩니다.
{S3}

SOOP 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 신고 처리 결과, statement line above each URL",
    why="S1 비공개 처리 (removed); S3 kept, no violation found (rejected)",
    items={S1: "removed", S3: "rejected"},
)

case(
    name="fmkorea-short-admin-reply",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 02:14:55 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_FM})",
    reply_to_req=MID[R_FM],
    body=f"""{F1} 삭제했습니다.
{F2} 는 공개된 보도 내용을 옮긴 글이라 개인정보 노출로 보기 어려워 유지합니다.

- 펨코 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-admin reply (FM Korea style)",
    why="F1 deleted; F2 kept with a reason (rejected)",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-ack-then-statements",
    from_="help@fmkorea.com", name_from="에펨코리아 고객지원",
    date="Tue, 10 Sep 2024 13:37:21 +0900",
    subject="[접수번호 FM-0910-7712] 문의하신 내용에 대한 답변입니다",
    body=f"""안녕하세요. 에펨코리아 고객지원입니다.
문의가 정상 접수되었습니다 (접수번호 FM-0910-7712).

검토 결과 요청하신 두 게시물
  {F1}
  {F2}
모두 삭제 처리를 완료하였습니다.

이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply whose receipt line is followed by the result",
    why="an acknowledgement phrase plus an unhedged statement naming both items",
    items={F1: "removed", F2: "removed"},
)

case(
    name="inven-html-table-one-item",
    from_="cs@inven.co.kr", name_from="인벤 고객센터",
    date="Tue, 10 Sep 2024 16:08:09 +0900",
    subject=f"[인벤] 게시물 조치 결과 ({R_INVEN})",
    reply_to_req=MID[R_INVEN],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="inv-alt-3301"

--inv-alt-3301
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

인벤 고객센터입니다. 조치 결과를 안내드립니다.
게시물: {I1}
결과: 삭제 (불법 도박 사이트 홍보)

--inv-alt-3301
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>인벤 고객센터입니다. 조치 결과를 안내드립니다.</p>
<table border="1"><tr><th>게시물</th><th>결과</th><th>사유</th></tr>
<tr><td><a href="{I1}">{I1}</a></td><td>삭제</td><td>불법 도박 사이트 홍보</td></tr>
</table>
</body></html>

--inv-alt-3301--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative notice with a one-row HTML table",
    why="I1 deleted, in both the text and HTML parts",
    items={I1: "removed"},
)

case(
    name="inven-bulk-one-item-request",
    from_="report@inven.co.kr", name_from="인벤 운영팀",
    date="Wed, 11 Sep 2024 09:44:30 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_INVEN})",
    reply_to_req=MID[R_INVEN],
    body=f"""안녕하세요, 인벤 운영팀입니다.

{R_INVEN} 건으로 신고해주신 게시물은 확인 후 삭제하였습니다.
해당 회원은 이용 정지 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin confirmation naming only the reference",
    why="no URL, but the request has one item and the statement is unhedged",
    items={I1: "removed"},
)

case(
    name="ppomppu-angle-bracket-urls",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Wed, 11 Sep 2024 15:19:42 +0900",
    subject=f"[뽐뿌] 요청 게시물 처리 결과 ({R_PPOM})",
    reply_to_req=MID[R_PPOM],
    body=f"""안녕하세요 뽐뿌 고객센터입니다.

<{P1}>
<{P2}>
위 두 게시물은 삭제 처리했습니다.

<{P3}>
이 게시물은 존재하지 않는 게시물입니다 (게시판 번호를 확인해 주세요).

뽐뿌 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community-site reply with URLs in angle brackets, statement after the list",
    why="P1, P2 deleted; P3 does not exist (not_found)",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

case(
    name="ppomppu-fullwidth-punctuation",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영자",
    date="Thu, 12 Sep 2024 10:02:17 +0900",
    subject=f"RE: {R_PPOM} 조치 결과",
    body=f"""안녕하세요。{R_PPOM} 관련 회신드립니다。

자유게시판 글（{P2}）은 운영자 삭제했습니다。
주식게시판 글 {P3}、 이 글은 종목 토론 글로 규정 위반이 없어 그대로 둡니다。

뽐뿌 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="reply typed with full-width punctuation around the URLs",
    why="P2 운영자 삭제; P3 kept, no rule broken (rejected)",
    items={P2: "removed", P3: "rejected"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-after-review",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Tue, 03 Sep 2024 17:55:02 +0900",
    subject=f"RE: [방송통신심의위원회] 시정요구 ({R_NAVER})",
    reply_to_req=MID[R_NAVER],
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N1}
{N2}
두 건은 관련 부서 검토 후 삭제될 예정이며, 조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising action after internal review",
    why="'삭제될 예정' is a promise, not a statement",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedged-already-gone",
    from_="abuse@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 08:50:11 +0900",
    subject=f"RE: [{R_DC}] 확인",
    reply_to_req=MID[R_DC],
    body=f"""안녕하세요.

{C1} 은 이미 지워진 것으로 보입니다만 로그 확인이 더 필요합니다.
{C3} 은 갤러리 매니저가 처리했을 수도 있어 확인 중입니다.

확인되면 다시 연락드리겠습니다.
디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="admin reply that hedges ('보입니다', '수도 있어') and is still checking",
    why="hedges and 'checking' are not statements; items stay pending",
    items={C1: "pending", C3: "pending"},
)

case(
    name="fmkorea-conditional-deletion",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Sat, 07 Sep 2024 20:11:09 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_FM})",
    reply_to_req=MID[R_FM],
    body=f"""안녕하세요 운영진입니다.

{F1}
작성자에게 소명 요청을 보냈습니다. 7일 안에 소명이 없으면 삭제하겠습니다.

운영진 드림
""",
    outcome="review", review="not_understood",
    imitates="community admin replying with a condition (delete if no explanation in 7 days)",
    why="a conditional future deletion, nothing done yet",
    items={F1: "pending"},
)

case(
    name="soop-bulk-all-vods-removed",
    from_="trustsafety@sooplive.co.kr", name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 10:40:00 +0900",
    subject=f"Re: {R_SOOP}",
    reply_to_req=MID[R_SOOP],
    body=f"""Hi,

All of the content you reported under {R_SOOP} has been removed from
SOOP, and the broadcaster's channel has been suspended for 30 days.

Thanks,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="blanket 'all reported content removed' reply",
    why="statement about a three-item request without naming the items",
    items=P(SOOP, "pending"),
)

case(
    name="naver-bulk-korean-all-done",
    from_="policy@navercorp.com", name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 18:15:44 +0900",
    subject=f"[{R_NAVER}] 조치 완료 보고",
    reply_to_req=MID[R_NAVER],
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 {R_NAVER} 건의 게시물 12건에 대하여
전체 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal completion report covering a whole request by count",
    why="'전체 게시중단' for a 12-item request without naming each item",
    items=P(NAVER, "pending"),
)

case(
    name="naver-spoofed-auth-fail",
    from_="right@naver.com", name_from="NAVER 게시중단 요청 서비스", auth="fail",
    date="Fri, 06 Sep 2024 03:12:55 +0900",
    subject=f"[NAVER] 게시중단 처리 완료 ({R_NAVER})",
    body=f"""안녕하세요. 네이버입니다.

요청하신 게시물 {N3} 은 삭제되었습니다.
추가 처리 내역은 아래 링크에서 확인하세요.
http://naver-right-check.example.net/login

네이버 드림
""",
    outcome="review", review="untrusted",
    imitates="spoofed portal notice failing DMARC",
    why="naver.com sender but DKIM/SPF/DMARC fail",
    items={N3: "pending"},
)

case(
    name="lookalike-domain-unknown-sender",
    from_="notice@naver-partner-support.com", name_from="NAVER Partner Support",
    date="Sat, 07 Sep 2024 12:00:31 +0900",
    subject=f"[NAVER] {R_NAVER} 처리 결과",
    body=f"""안녕하세요. 네이버 파트너 지원센터입니다.

{N5}
{N6}
위 게시물은 삭제 처리되었습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain imitating a portal notice",
    why="domain belongs to no configured platform",
    items={N5: "pending", N6: "pending"},
)

case(
    name="tistory-author-writes-from-gmail",
    from_="hanbyeol.note@gmail.com", name_from="한별",
    date="Sat, 07 Sep 2024 22:48:19 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_DAUM})",
    body=f"""안녕하세요. 해당 블로그 운영자입니다.
티스토리에서 연락을 받고 제 글 {D3}
을 직접 삭제했습니다. 문제가 된 부분 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="content author writing to the regulator from a personal mailbox",
    why="not the platform; a personal address naming our request and URL",
    items={D3: "pending"},
)

case(
    name="clien-speaks-of-ppomppu-item",
    from_="admin@clien.net", name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 09:05:50 +0900",
    subject=f"Re: [방송통신심의위원회] 시정요구 ({R_PPOM})",
    body=f"""안녕하세요, 클리앙 운영진입니다.

보내주신 {P1} 는 클리앙이 아니라 뽐뿌 게시물이라
저희가 조치할 수 있는 대상이 아닙니다.
참고로 방금 열어 보니 이미 삭제된 글로 표시됩니다.

요청은 뽐뿌 측으로 보내 주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="misaddressed request answered by another community site",
    why="Clien states the status of a Ppomppu item",
    items={P1: "pending"},
)

case(
    name="dc-asks-for-official-letter",
    from_="legal@dcinside.com", name_from="디시인사이드 법무팀",
    date="Thu, 05 Sep 2024 15:30:27 +0900",
    subject=f"RE: [{R_DC}] 추가 자료 요청",
    reply_to_req=MID[R_DC],
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

{C1} 에 대한 조치 검토를 위해 아래 자료를 보내 주시기 바랍니다.

1. 시정요구 결정 공문 (PDF)
2. 명예훼손 피해자 본인 또는 대리인의 신청서 사본

자료를 받은 뒤 검토하여 결과를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the official decision letter before acting",
    why="asks for documents; nothing done",
    items={C1: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    from_="partner-notice@navercorp.com", name_from="NAVER 대외협력",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[NAVER] 유관기관 협력 담당자 변경 안내",
    body="""안녕하십니까. 네이버 대외협력실입니다.

9월 9일부터 유관기관 게시물 처리 요청 담당자가 변경되어 안내드립니다.
앞으로 요청은 policy@navercorp.com 으로 보내 주시기 바랍니다.
처리 현황은 파트너 센터(https://partners.naver.com/kcsc)에서도 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a change of liaison contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="soop-typo-vod-id-unmatched",
    from_="report@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 18:27:33 +0900",
    subject=f"[SOOP] {R_SOOP} 처리 결과",
    body=f"""안녕하세요, SOOP 고객센터입니다.

{R_SOOP} 건 관련,
https://vod.sooplive.co.kr/player/131552078
다시보기를 삭제하였습니다.

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="result notice whose VOD number differs from the requested one (typo)",
    why="the stated URL is not one of our items (131552078 vs 131552087)",
    items={S1: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="navercorp-out-of-office-ko",
    from_="jiwoo.han@navercorp.com", name_from="한지우",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=f"[자동회신] 부재중: [방송통신심의위원회] 시정요구 ({R_NAVER})",
    reply_to_req=MID[R_NAVER],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 한지우입니다.
9월 2일부터 9월 6일까지 휴가로 부재중입니다.
긴급한 게시물 처리 요청은 policy@navercorp.com 으로 보내 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="ppomppu-out-of-office-en",
    from_="ops@ppomppu.co.kr", name_from="Ppomppu Ops",
    date="Tue, 10 Sep 2024 10:00:09 +0900",
    subject=f"Automatic reply: [방송통신심의위원회] 시정요구 ({R_PPOM})",
    reply_to_req=MID[R_PPOM],
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: ops@ppomppu.co.kr"],
    body="""I am away for the Chuseok holidays and will be back on 19 September.
Your message has not been forwarded. For urgent matters please write to
help@ppomppu.co.kr.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

dsn_text = f"""This is the mail system at host mx1.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@fmkorea.com>: host mailstore.fmkorea.com[203.0.113.41] said:
    550 5.1.1 <report@fmkorea.com>: Recipient address rejected: User unknown
"""
case(
    name="fmkorea-dsn-bounce",
    from_="MAILER-DAEMON@fmkorea.com", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 10:20:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.fm.0906"

--dsn.fm.0906
Content-Type: text/plain; charset=us-ascii

{dsn_text}
--dsn.fm.0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.fmkorea.com
Arrival-Date: Fri,  6 Sep 2024 10:20:10 +0900 (KST)

Final-Recipient: rfc822; report@fmkorea.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.fm.0906
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@fmkorea.com
Subject: [방송통신심의위원회] 시정요구 ({R_FM})
Message-ID: <{MID[R_FM]}@kcsc.example>
Date: Fri, 06 Sep 2024 10:20:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text(R_FM, FM)}

--dsn.fm.0906--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request with its URLs",
    why="delivery failure; the URLs are in our own returned request",
    items={F1: "pending", F2: "pending"},
)

case(
    name="dcinside-mdn-read-receipt",
    from_="abuse@dcinside.com", name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 10:02:30 +0900",
    subject=f"읽음: [방송통신심의위원회] 시정요구 ({R_DC})",
    reply_to_req=MID[R_DC],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-44"

--mdn-dc-44
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [방송통신심의위원회] 시정요구 ({R_DC})
읽은 시간: 2024-09-04 10:02

--mdn-dc-44
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; abuse@dcinside.com
Original-Message-ID: <{MID[R_DC]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-44--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="daum-ticket-receipt",
    from_="noreply@kakao.com", name_from="카카오 고객센터",
    date="Tue, 03 Sep 2024 11:31:05 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 #47720913)",
    reply_to_req=MID[R_DAUM],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: #47720913
문의 제목: [방송통신심의위원회] 시정요구 ({R_DAUM})

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 3일 이내에 이 메일 주소로 발송됩니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="soop-report-received-en",
    from_="no-reply@sooplive.co.kr", name_from="SOOP Support",
    date="Thu, 05 Sep 2024 14:02:48 +0900",
    subject=f"We received your report [{R_SOOP}]",
    reply_to_req=MID[R_SOOP],
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

Thanks for contacting SOOP. Your report has been received and a ticket
(#SP-2024-0905-11873) has been created. A member of our team will look
into it and get back to you.

Please do not reply to this message.
SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP support auto-acknowledgement with ticket id",
    why="pure acknowledgement, no item named",
    items={},
)


# ---------------------------------------------------------------- write
HEADER = f"""# Blind set 747: Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail. Written from each email's meaning alone,
# before any run of the reader. Generated by make.py; do not edit by hand.
# Requests: see requests.csv (largest {R_NAVER}, 12 items)."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        nf = c.get("name_from", "")
        if nf and not nf.isascii():
            # display names travel RFC 2047-encoded, as Korean webmail sends them
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(nf.encode("utf-8")).decode("ascii") + "?="
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
