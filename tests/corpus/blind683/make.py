#!/usr/bin/env python3
"""Blind set 683 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside
and BAND replying in Korean to KCSC removal requests (시정요구).

    python3 tests/corpus/blind683/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, URLs, ids and phone numbers
are fictional.
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

SET = "blind683"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

# NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/moonlit_casino77/223561200481"
N2 = "https://blog.naver.com/moonlit_casino77/223561200977"
N3 = "https://blog.naver.com/hanbit_toto/223558814012"
N4 = "https://cafe.naver.com/sportspicks24/18832"
N5 = "https://cafe.naver.com/sportspicks24/18907"
N6 = "https://cafe.naver.com/sportspicks24/19015"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471882031"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120447&memberNo=55102938"
N9 = "https://blog.naver.com/jade_river_kr/223570031155"
N10 = "https://cafe.naver.com/nightmarket88/5521"
N11 = "https://blog.naver.com/PostView.naver?blogId=gold_tiger_bet&logNo=223566718820"
N12 = "https://m.blog.naver.com/jade_river_kr/223570032290"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# Kakao (Daum cafe, Tistory, Brunch), 5 items; K3 has a Korean path
K3_RAW = "https://lucky-harbor.tistory.com/entry/무료-중계-링크"
K1 = "https://cafe.daum.net/sunnyfield22/Ab1x/3310"
K2 = "https://cafe.daum.net/sunnyfield22/Ab1x/3327"
K3 = "https://lucky-harbor.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EC%A4%91%EA%B3%84-%EB%A7%81%ED%81%AC"
K4 = "https://lucky-harbor.tistory.com/118"
K5 = "https://brunch.co.kr/@mintgrove/42"
KAKAO = [K1, K2, K3, K4, K5]

# Kakao, 1 item (Tistory, Korean path)
K6_RAW = "https://grayowl-note.tistory.com/entry/사설-토토-추천"
K6 = "https://grayowl-note.tistory.com/entry/%EC%82%AC%EC%84%A4-%ED%86%A0%ED%86%A0-%EC%B6%94%EC%B2%9C"

# YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp0a"
Y2 = "https://www.youtube.com/watch?v=Zr71KdWbN4c"
Y3 = "https://www.youtube.com/@bamsae_live7"
Y4 = "https://www.youtube.com/shorts/Hc9PpX2uEw5"
# YouTube, 1 item
Y5 = "https://www.youtube.com/watch?v=tK4sW0nRbQ8"

# DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120441"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket7&no=55821"
D3 = "https://gall.dcinside.com/mini/board/view/?id=haneul_sky&no=2291"

# BAND, 2 items
B1 = "https://band.us/band/83120554/post/1042"
B2 = "https://band.us/band/83120554/post/1057"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", NAVER,
     "illegal_gambling", "불법 도박 사이트 홍보 게시물 12건"),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", KAKAO,
     "copyright", "스포츠 중계 불법 링크 게시물 5건"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", [Y1, Y2, Y3, Y4],
     "illegal_gambling", "도박 사이트 홍보 동영상 및 채널"),
    (R4, "dcinside", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [D1, D2, D3],
     "fraud", "리딩방 사기 홍보 게시물"),
    (R5, "band", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", [B1, B2],
     "drugs", "마약류 판매 광고 게시글"),
    (R6, "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [K6],
     "illegal_gambling", "사설 토토 추천 블로그 글"),
    (R7, "youtube", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00", [Y5],
     "obscenity", "음란 동영상 1건"),
]


def mid(ref):
    return "req." + ref + "@kcsc.example"


def rq(ref):
    """Value for corpuslib's reply_to_req (it adds '@kcsc.example')."""
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def enc(s):
    """RFC 2047 encoded-word for a Korean header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def b64bytes(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(text, cte="base64", ctype="plain"):
    body = b64(text) if cte == "base64" else qp(text)
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


NAVER_POLICY = "policy-support@navercorp.com"

# ===================================================================== APPLIED
case(
    name="naver-gongmun-text-table",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 15:42:10 +0900",
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
    reply_to_req=rq(R1),
    body=f"""
문서번호: 네이버정책-2024-0917
수    신: 방송통신심의위원회 통신심의국
참    조: 불법정보 시정요구 담당
제    목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 3. 요구하신 시정요구({R1})와 관련하여,
   당사는 해당 정보를 확인하고 아래와 같이 조치하였음을 알려드립니다.

  가. 조치 내역

  연번 | URL                                                  | 조치결과
  -----+------------------------------------------------------+---------------------------
   1   | {N1} | 삭제
   2   | {N2} | 삭제
   3   | {N3}      | 게시중단
   4   | {N4}           | 블라인드
   5   | {N5}           | 국내 접속차단
   6   | {N6}           | 게시물 없음(작성자 자진 삭제)

  나. 나머지 6건은 담당 부서에서 검토하고 있으며, 결과는 별도로 회신드리겠습니다.

3. 조치 내역에 관하여 문의사항이 있으시면 아래 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당: 윤서진 매니저 (02-555-0142)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 with a plain-text table (NAVER)",
    why="six rows with 삭제/게시중단/블라인드/국내 접속차단/작성자 삭제; the other six are only 'under review' and unnamed",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted", N6: "not_found"},
)

_rows = [
    (N1, "삭제", "2024.09.06"), (N2, "삭제", "2024.09.06"), (N3, "임시조치(30일)", "2024.09.06"),
    (N4, "블라인드", "2024.09.06"), (N5, "게시 유지 (위반사항 없음)", "2024.09.09"),
    (N6, "게시물 없음", "2024.09.06"), (N7, "삭제", "2024.09.07"), (N8, "비공개 처리", "2024.09.07"),
    (N9, "국내 접근 제한", "2024.09.09"), (N10, "삭제", "2024.09.07"), (N11, "게시중단", "2024.09.09"),
    (N12, "존재하지 않는 URL", "2024.09.09"),
]
_tr = "\n".join(
    f'<tr><td align="center">{i}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{s}</td><td>{d}</td></tr>"
    for i, (u, s, d) in enumerate(_rows, 1)
)
case(
    name="naver-html-table-all-twelve",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 17:05:33 +0900",
    subject=enc(f"[NAVER] 시정요구 조치결과 안내 ({R1})"),
    reply_to_req=rq(R1),
    raw_mime=single(f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 주식회사 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구({R1}, 2024.9.3. 접수)에 대한 최종 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f0f0f0"><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>조치일</th></tr>
{_tr}
</table>
<p>※ &#39;게시 유지&#39; 건은 운영정책 및 관련 법령을 검토한 결과 위반 사항이 확인되지 않은 게시물입니다.<br>
※ 임시조치 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""", cte="base64", ctype="html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 HTML table (base64 HTML body) covering the whole request",
    why="every one of the twelve rows states a final status; the policy link is not an item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "rejected",
           N6: "not_found", N7: "removed", N8: "removed", N9: "restricted", N10: "removed",
           N11: "removed", N12: "not_found"},
)

case(
    name="naver-kin-temporary-measure-notice",
    **{"from": "right_noreply@naver.com"},
    name_from=enc("네이버 게시중단요청서비스"),
    date="Thu, 05 Sep 2024 16:24:02 +0900",
    subject=enc("[네이버 게시중단요청서비스] 임시조치 처리 결과 안내"),
    body=f"""
[네이버 게시중단요청서비스] 처리 결과 안내

안녕하세요, 네이버 게시중단요청서비스입니다.
요청번호 {R1} 건으로 접수된 게시물에 대하여 아래와 같이 처리되었음을 알려드립니다.

■ 대상 게시물 : {N7}
■ 서비스      : 지식iN
■ 처리 내용   : 임시조치 (30일간 게시물 접근 차단)
■ 처리 일시   : 2024.09.05 16:20

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 접수되면
요청인께 별도로 안내해 드립니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 result notice (system mail, 발신 전용)",
    why="임시조치 (30-day access block) on the one named 지식iN post: restricted; the 발신 전용 footer does not make it an auto-reply",
    items={N7: "restricted"},
)

case(
    name="naver-cafe-informal-two-deleted",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from=enc("김도윤"),
    date="Thu, 05 Sep 2024 11:12:45 +0900",
    subject=enc(f"RE: [시정요구] {R1} 불법정보 시정요구"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요, 카페 운영지원 김도윤입니다.

보내주신 건 중 스포츠픽 카페 글 두 개는 방금 지웠습니다.
{N5}
{N6}

카페 매니저한테도 운영원칙 위반 경고 나갔고요, 나머지는 정책팀에서 따로 회신 드릴 거예요.
수고하세요~

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations employee",
    why="'방금 지웠습니다' (just deleted) for the two URLs listed under it",
    items={N5: "removed", N6: "removed"},
)

case(
    name="naver-url-then-result-below",
    **{"from": "blog-policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책 담당"),
    date="Sat, 07 Sep 2024 10:03:19 +0900",
    subject=enc(f"Re: [시정요구] {R1} 처리 결과"),
    reply_to_req=rq(R1),
    body=f"""
KCSC 담당자님께,

요청하신 게시물 중 2건의 처리 결과를 회신드립니다.

{N8}
 → 처리결과: 삭제 완료 (불법 도박 사이트 홍보)

{N9}
 → 처리결과: 조치 불가 (운영정책 위반 사항 확인되지 않음)

조치 불가 건은 게시물 내용이 해외 축구 경기 일정 정리에 그치고, 도박 사이트 주소나
가입 코드 같은 홍보 문구가 없어 삭제 사유에 해당하지 않는다고 판단했습니다.
다른 근거 자료가 확인되면 다시 살펴보겠습니다.

감사합니다.
네이버 블로그 정책 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog policy reply: bare URL with '→ 처리결과' on the line below",
    why="N8 삭제 완료; N9 조치 불가 with its reason (no rule broken) is a refusal",
    items={N8: "removed", N9: "rejected"},
)

_csv = (
    "요청번호,URL,조치결과,조치일자,비고\n"
    f"{R1},{N10},삭제,2024-09-06,\n"
    f"{R1},{N11},연령제한(성인인증 필요),2024-09-06,청소년 유해\n"
    f"{R1},{N12},게시물 없음,2024-09-06,작성자가 이미 삭제\n"
)
_csv_b64 = b64bytes(b"\xef\xbb\xbf" + _csv.encode("utf-8"))
case(
    name="naver-csv-attachment",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 18:30:00 +0900",
    subject=enc(f"{R1} 조치결과 송부 (첨부)"),
    reply_to_req=rq(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_b683_csv_06"

This is a multi-part message in MIME format.

------=_b683_csv_06
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 네이버 정책지원팀입니다.

{R1} 건 중 3건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 건은 확인되는 대로 회신드리겠습니다.

감사합니다.
''')}
------=_b683_csv_06
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{_csv_b64}
------=_b683_csv_06--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result sent as an Excel-exported CSV attachment (UTF-8 with BOM)",
    why="CSV rows: 삭제 / 연령제한(성인인증) / 게시물 없음(작성자 삭제)",
    items={N10: "removed", N11: "restricted", N12: "not_found"},
)

_quoted_list = "\n".join(f"{i}. {u}" for i, u in enumerate(NAVER, 1))
case(
    name="naver-top-posted-over-outlook-quote",
    **{"from": "seojin.yoon@navercorp.com"},
    name_from=enc("윤서진"),
    date="Wed, 04 Sep 2024 14:51:27 +0900",
    subject=enc(f"RE: [시정요구] {R1} 불법정보 시정요구"),
    reply_to_req=rq(R1),
    body=f"""
위원회 담당자님,

아래 요청 중 1, 2번 게시물(moonlit_casino77 블로그)은 삭제 처리 완료했습니다.
{N1}
{N2}

나머지 건은 확인 후 회신드리겠습니다.

윤서진 | 네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [시정요구] {R1} 불법정보 시정요구

네이버 담당자님께,

아래 정보는 불법 도박 사이트를 홍보하는 정보로서 정보통신망법 제44조의7에 해당하므로
삭제 또는 접속차단 등 필요한 조치를 취하고 그 결과를 회신하여 주시기 바랍니다.

{_quoted_list}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request (-----Original Message-----)",
    why="only N1 and N2 are stated deleted above the quote; the quoted request's '삭제 또는 접속차단' is ours",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-refusal-with-reason",
    **{"from": "blog-policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책 담당"),
    date="Mon, 09 Sep 2024 09:40:12 +0900",
    subject=enc(f"[NAVER] {R1} 중 1건 검토 결과"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요. NAVER 블로그 정책 담당자입니다.
시정요구 {R1} 중 아래 게시물에 대한 검토 결과를 알려드립니다.

대상: {N3}
결과: 삭제 불가 (게시 유지)
사유: 해당 글은 불법 토토 사이트를 이용했다가 피해를 본 사례를 고발하는 내용으로,
      사이트 주소나 가입 코드 등 홍보성 정보가 포함되어 있지 않습니다. 블로그 운영정책
      및 관련 법령상 삭제 대상에 해당하지 않는 것으로 판단하였습니다.

위원회 심의 의결서가 있으면 그에 따라 다시 처리하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER refusal (삭제 불가, 게시 유지) with its reason",
    why="a refusal with a reason: rejected; the offer to act on a formal decision is a condition, not a status",
    items={N3: "rejected"},
)

case(
    name="naver-prose-urls-with-particles",
    **{"from": "haeun.lee@navercorp.com"},
    name_from=enc("이하은"),
    date="Fri, 06 Sep 2024 13:20:55 +0900",
    subject=enc(f"Re: {R1} 카페 게시물 처리 결과"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요, 네이버 카페 정책 담당 이하은입니다.

요청하신 {R1} 관련하여 카페 게시물 두 건 처리 결과 알려드립니다.
{N4}는 운영원칙 위반으로 블라인드 처리하였고, {N10}의 경우 확인 당시 이미 작성자가 글을 삭제하여 존재하지 않는 게시물이었습니다.

감사합니다.
이하은 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy staff prose reply, URLs followed directly by Korean particles (는/의)",
    why="N4 블라인드 처리 -> removed; N10 already deleted by its author -> not_found",
    items={N4: "removed", N10: "not_found"},
)

case(
    name="naver-fullwidth-brackets-list",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 11:47:38 +0900",
    subject=enc(f"[NAVER] {R1} 처리 내역 (3건)"),
    reply_to_req=rq(R1),
    body=f"""
{R1} 처리 내역 안내드립니다.

・「{N9}」：비공개 처리
・〈{N12}〉：삭제
・<{N7}>：임시조치

위와 같이 조치하였습니다. 감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER list with URLs in 「」, 〈〉 and <> brackets and full-width colons",
    why="비공개 처리 -> removed, 삭제 -> removed, 임시조치 -> restricted",
    items={N9: "removed", N12: "removed", N7: "restricted"},
)

case(
    name="kakao-gongmun-five-results",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 16:10:44 +0900",
    subject=enc(f"[카카오] 시정요구({R2}) 처리 결과 회신"),
    reply_to_req=rq(R2),
    body=f"""
카카오 권리침해신고센터입니다.

방송통신심의위원회 시정요구({R2})에 대한 처리 결과를 다음과 같이 회신합니다.

1) {K1}
   - 처리: 임시조치(30일)
2) {K2}
   - 처리: 게시물 삭제
3) {K3_RAW}
   - 처리: 게시물 삭제 및 블로그 이용제한
4) {K4}
   - 처리: 해당 URL의 게시물이 존재하지 않음
5) {K5}
   - 처리: 조치하지 않음 (검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않음)

※ 임시조치된 게시물은 30일 이내 게시자의 재게시 요청이 없으면 삭제됩니다.

주식회사 카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result reply, numbered list with '- 처리:' lines; Tistory URL with a raw Korean path",
    why="임시조치 -> restricted; 삭제 x2 -> removed; 존재하지 않음 -> not_found; 조치하지 않음 with reason -> rejected",
    items={K1: "restricted", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-korean-path-single",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    date="Thu, 12 Sep 2024 10:15:09 +0900",
    subject=enc(f"Re: [시정요구] {R6} 티스토리 게시물"),
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 게시물 {K6_RAW} 은 운영정책 위반(불법 도박 홍보)으로 삭제되었으며,
해당 블로그는 이용이 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations reply quoting the post URL with its raw Korean path",
    why="raw Korean path matches the percent-encoded request URL; deleted -> removed",
    items={K6: "removed"},
)

case(
    name="kakao-single-request-no-url",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Thu, 12 Sep 2024 17:44:21 +0900",
    subject=enc(f"[카카오] 시정요구({R6}) 처리 완료 안내"),
    reply_to_req=rq(R6),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회의 시정요구({R6})로 요청하신 티스토리 게시물 1건은
2024년 9월 12일 자로 삭제 조치되었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao completion notice naming the request reference but no URL",
    why="the request has one item and the email states it was deleted: applies to that item",
    items={K6: "removed"},
)

case(
    name="kakao-tistory-quoted-printable",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    date="Fri, 06 Sep 2024 14:02:50 +0900",
    subject=enc(f"Re: [시정요구] {R2} 티스토리 게시물 처리"),
    reply_to_req=rq(R2),
    raw_mime=single(f"""안녕하세요. 카카오 티스토리 운영팀입니다.
{R2} 건 중 티스토리 게시물 2건의 처리 결과입니다.

- {K3}
  : 국내 IP에서의 접근을 제한했습니다.
- {K4}
  : 운영정책 위반으로 삭제했습니다.

나머지 다음 카페·브런치 게시물은 각 서비스 담당 부서에서 회신할 예정입니다.

티스토리 운영팀 드림
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply in a quoted-printable body, status on the line below each URL",
    why="access from Korean IPs restricted -> restricted; deleted -> removed; the rest only promised, unnamed",
    items={K3: "restricted", K4: "removed"},
)

case(
    name="youtube-korea-legal-four-results",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Tue, 10 Sep 2024 20:31:07 +0900",
    subject=enc(f"[YouTube] 방송통신심의위원회 요청({R3}) 검토 결과"),
    reply_to_req=rq(R3),
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 방송통신심의위원회의 요청({R3})을 검토한 결과를 알려드립니다.

- {Y1}
  현지 법률 검토 결과, 대한민국에서 이 동영상에 대한 액세스를 제한했습니다.
- {Y2}
  커뮤니티 가이드 위반으로 YouTube에서 삭제했습니다.
- {Y3}
  반복적인 정책 위반으로 채널이 해지되었습니다.
- {Y4}
  검토 결과 YouTube 정책 또는 현지 법률 위반 사항이 확인되지 않아 별도의 조치를 취하지 않았습니다.

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean (local-law restriction, guideline removal, channel termination, no action)",
    why="KR restriction -> restricted; removed; channel terminated -> removed; no violation, no action -> rejected",
    items={Y1: "restricted", Y2: "removed", Y3: "removed", Y4: "rejected"},
)

case(
    name="youtube-bilingual-age-restriction",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Mon, 09 Sep 2024 08:12:40 +0900",
    subject=enc(f"Re: {R3} - 신고 검토 결과 / Review outcome"),
    reply_to_req=rq(R3),
    body=f"""
Hello,

Thanks for your report regarding {R3}.
After review, we have applied an age restriction to the following content:
{Y4}

안녕하세요.
{R3} 관련 신고에 감사드립니다. 검토 결과 위 콘텐츠에 연령 제한을 적용했습니다.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual (English/Korean) YouTube review outcome, URL on the line below its statement",
    why="age restriction applied to the Short -> restricted",
    items={Y4: "restricted"},
)

case(
    name="youtube-actioned-single",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 11:05:18 +0900",
    subject=f"Re: [{R7}] Legal request - YouTube",
    reply_to_req=rq(R7),
    body=f"""
Hello,

Thank you for contacting YouTube. We have reviewed your request {R7}.

The content at {Y5} has been actioned under our policies.

Kind regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'has been actioned under our policies' reply",
    why="'actioned under our policies' for the one named video -> removed",
    items={Y5: "removed"},
)

case(
    name="youtube-statement-of-reasons-style",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:44:09 +0900",
    subject=f"[{R3}] Decision notice",
    reply_to_req=rq(R3),
    body=f"""
Hello,

Below is the decision we have taken on content you reported ({R3}).

Content: {Y2}
Decision: Content removed
Territorial scope: Global
Ground: Violation of YouTube Community Guidelines (spam, deceptive practices and scams)
Automated detection: No
Automated decision: No

Content: {Y1}
Decision: Access restricted
Territorial scope: South Korea
Ground: Local law (Republic of Korea)
Automated detection: No
Automated decision: No

Information about appeals: https://support.google.com/youtube/answer/185111

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground blocks)",
    why="global removal -> removed; access restricted in South Korea -> restricted; the appeal link is not an item",
    items={Y2: "removed", Y1: "restricted"},
)

case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 15:27:03 +0900",
    subject=enc(f"Re: [시정요구] {R4}"),
    reply_to_req=rq(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 {R4} 건 확인했습니다.
주식 갤러리 글({D1})은 저희 쪽에서 삭제처리 했고요,
코인마켓 마이너 갤러리 글은 저희가 보기 전에 해당 갤러리 매니저가 이미 삭제했습니다.
{D2}

미니 갤러리 건은 아직 확인 중이라 확인되면 다시 연락드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply",
    why="D1 deleted by the operator; D2 deleted by the gallery manager (a moderator removal, not the author's); D3 only 'still checking' and not named by URL",
    items={D1: "removed", D2: "removed", D3: "pending"},
)

case(
    name="dc-numbered-result-list",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드"),
    date="Wed, 11 Sep 2024 10:00:41 +0900",
    subject=enc(f"[디시인사이드] 시정요구 처리결과 ({R4})"),
    reply_to_req=rq(R4),
    body=f"""
[디시인사이드] 시정요구 처리결과 ({R4})

1. {D1}
   게시물 삭제 및 작성자 차단
2. {D2}
   게시물 삭제
3. {D3}
   요청 시점에 이미 삭제된 게시물입니다 (작성자 삭제)

이상입니다.
(주)디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside numbered result list, status on the line below each URL",
    why="two deletions; D3 already deleted by its author -> not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-base64-refusal",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 16:38:15 +0900",
    subject=enc(f"Re: [시정요구] {R4} 미니 갤러리 게시물 검토 결과"),
    reply_to_req=rq(R4),
    raw_mime=single(f"""안녕하세요. 디시인사이드 운영팀입니다.

{D3}
위 게시물은 검토 결과 관련 법령이나 디시인사이드 이용약관 위반으로 보기 어려워 삭제하지 않기로 했습니다.

사유: 게시물 내용이 특정 투자 리딩방에서 손해를 본 이용자의 경험담과 의견으로, 리딩방 가입을
유도하는 연락처나 링크가 포함되어 있지 않습니다.

감사합니다.
""", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside refusal with reason, base64 plain-text body",
    why="decided not to delete, with a reason -> rejected",
    items={D3: "rejected"},
)

case(
    name="band-bulleted-both-deleted",
    **{"from": "report@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Wed, 11 Sep 2024 13:09:52 +0900",
    subject=enc(f"[BAND] 시정요구({R5}) 처리 결과 안내"),
    reply_to_req=rq(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다.
{R5}로 요청하신 밴드 게시글 처리 결과를 안내드립니다.

• {B1} — 삭제 완료
• {B2} — 삭제 완료

해당 밴드의 리더에게 운영정책 위반 안내를 발송하였습니다.

감사합니다.
BAND 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations result notice with a bulleted list",
    why="both posts 삭제 완료 -> removed",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-removed-and-author-deleted",
    **{"from": "report@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Thu, 12 Sep 2024 09:55:30 +0900",
    subject=enc(f"Re: [시정요구] {R5} 밴드 게시글"),
    reply_to_req=rq(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

{B1} 게시글은 운영정책 위반(마약류 거래 광고)으로 삭제하였습니다.
{B2} 게시글은 저희가 확인했을 때 작성자가 이미 삭제하여 존재하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations prose reply, one post per sentence",
    why="B1 deleted -> removed; B2 already deleted by its author -> not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="naver-wrapped-post-url",
    **{"from": "seojin.yoon@navercorp.com"},
    name_from=enc("윤서진"),
    date="Mon, 09 Sep 2024 11:31:46 +0900",
    subject=enc(f"RE: [시정요구] {R1} 추가 회신"),
    reply_to_req=rq(R1),
    body=f"""
위원회 담당자님, 추가로 처리된 2건 회신드립니다.

네이버 포스트 게시물(https://post.naver.com/viewer/postView.naver?volumeNo=38120447&
memberNo=55102938)은 게시중단 처리하였고, 블로그 게시물
{N11} 은 삭제하였습니다.

윤서진 | 네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply whose long URL was hard-wrapped at '&'",
    why="게시중단 for the post URL wrapped over two lines -> removed; N11 on the line below its statement, 삭제 -> removed",
    items={N8: "removed", N11: "removed"},
)

case(
    name="naver-gmail-quote-url-below",
    **{"from": "hyein.park@navercorp.com"},
    name_from=enc("박혜인"),
    date="Thu, 05 Sep 2024 19:02:13 +0900",
    subject=enc(f"Re: [시정요구] {R1} 불법정보 시정요구"),
    reply_to_req=rq(R1),
    body=f"""
요청하신 건 중 아래 게시물 임시조치 완료했습니다.
{N10}

박혜인 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 정보에 대하여 삭제 또는 접속차단 조치 후 결과를 회신하여 주시기 바랍니다.
>
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 10. {N10}
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with '...님이 작성:' and '>' quoting, URL on the line below its statement",
    why="임시조치 for N10 -> restricted; quoted URLs are the regulator's own",
    items={N10: "restricted"},
)

case(
    name="kakao-receipt-plus-deletions",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 10:20:33 +0900",
    subject=enc(f"[카카오 고객센터] 시정요구 {R2} 접수 및 처리 안내"),
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 시정요구 {R2}가 정상 접수되었습니다. (접수번호 #KR-5518203)

접수된 게시물 중 다음 카페 게시물 2건은 확인 즉시 삭제 조치하였습니다.
 - {K1}
 - {K2}

나머지 게시물은 담당 부서 검토 후 결과를 안내해 드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre receipt that also reports two deletions",
    why="acknowledgement phrase plus unhedged deletions of two named posts: not a pure acknowledgement",
    items={K1: "removed", K2: "removed"},
)

# ====================================================================== REVIEW
case(
    name="naver-promise-this-week",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 09:15:00 +0900",
    subject=enc(f"Re: [시정요구] {R1} 진행 상황 안내"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구 {R1} 관련, 아래 게시물은 내부 검토를 거쳐 금주 중 삭제 조치할 예정입니다.
{N1}
{N2}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER progress note promising deletion this week",
    why="'삭제 조치할 예정' is a promise, not a statement; items named",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-hedge-seems-private",
    **{"from": "blog-policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책 담당"),
    date="Fri, 06 Sep 2024 17:58:24 +0900",
    subject=enc(f"Re: {R1} 문의 게시물 확인"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요.

문의하신 게시물({N9})을 확인해 보니 블로그 주인이 이미 비공개로 돌린 것으로 보입니다.
다만 시스템상 처리 이력이 남아 있지 않아, 정확한 상태는 월요일에 다시 확인해서 알려드리겠습니다.

네이버 블로그 정책 담당 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER staff hedged answer ('...한 것으로 보입니다')",
    why="'비공개로 돌린 것으로 보입니다' is a hedge; status to be confirmed later",
    items={N9: "pending"},
)

case(
    name="kakao-bulk-all-five",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    subject=enc(f"[카카오] 시정요구({R2}) 처리 완료"),
    reply_to_req=rq(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 {R2}로 요청하신 게시물 전체(5건)에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line completion notice for a whole request",
    why="'전체(5건) 삭제' names no item of a five-item request",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending", K5: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": NAVER_POLICY},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 02:13:40 +0900",
    subject=enc(f"[NAVER] {R1} 조치 결과"),
    reply_to_req=rq(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 조치 결과입니다.
- {N1} : 삭제
- {N2} : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER result mail that failed DKIM/SPF/DMARC (e.g. relayed by a ticket tool)",
    why="navercorp.com sender but dmarc=fail: statements not trusted",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-outsourced-monitoring-partner",
    **{"from": "moderation@cleanweb-partners.co.kr"},
    name_from=enc("클린웹파트너스 모니터링팀"),
    date="Fri, 06 Sep 2024 21:40:02 +0900",
    subject=enc(f"[네이버 위탁] {R1} 카페 게시물 처리"),
    body=f"""
안녕하세요. 네이버 카페 모니터링 위탁업체 클린웹파트너스입니다.

{R1} 관련 카페 게시물 2건 블라인드 처리 완료했습니다.
{N4}
{N5}

문의는 네이버 정책지원팀으로 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a platform's outsourced moderation contractor",
    why="sender domain is not a platform's domain",
    items={N4: "pending", N5: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 14:36:50 +0900",
    subject=enc(f"Re: [시정요구] {R5} 밴드 게시글"),
    reply_to_req=rq(R5),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
밴드 서비스도 당사가 운영하고 있어 함께 회신드립니다.

{R5} 건 밴드 게시글 2건은 모두 삭제하였습니다.
{B1}
{B2}
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate team answering for its BAND service",
    why="navercorp.com states statuses for items of the 'band' platform (senders band.us)",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-under-explanation-procedure",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 18:02:29 +0900",
    subject=enc(f"Re: [시정요구] {R4} 진행 상황"),
    reply_to_req=rq(R4),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 아래 3건은 현재 작성자 소명 절차를 진행 중입니다.
{D1}
{D2}
{D3}

소명 기간(3일)이 끝나면 검토해서 결과 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside progress note: author explanation procedure under way",
    why="'소명 절차 진행 중' is 'under review'; no status",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 10:00:00 +0900",
    subject=enc("[안내] 정책지원팀 회신 창구 변경"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 9월 23일부터 공공기관 요청에 대한 회신 담당 메일 주소가 변경됩니다.
변경 후 주소: gov-response@navercorp.com

기존 주소로 보내주시는 메일도 당분간 함께 확인하오니 업무에 참고해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed contact address",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

case(
    name="youtube-asks-for-legal-basis",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Mon, 09 Sep 2024 19:20:31 +0900",
    subject=enc(f"[YouTube] {R3} 관련 추가 정보 요청"),
    reply_to_req=rq(R3),
    body=f"""
안녕하세요. YouTube 법무팀입니다.

{R3} 요청 중 채널 {Y3} 에 대해서는 채널 전체에 대한 조치 여부를
검토하기 위해 아래 정보가 추가로 필요합니다.

1. 위반이 확인된 개별 동영상의 URL
2. 위반의 근거가 되는 관련 법령 조항

위 정보를 이 메일에 회신으로 보내주시면 검토를 이어가겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for more information (video URLs and legal basis)",
    why="asks the regulator for further documents before acting on the channel",
    items={Y3: "pending"},
)

case(
    name="band-conditional-deletion",
    **{"from": "report@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Wed, 11 Sep 2024 16:45:12 +0900",
    subject=enc(f"Re: [시정요구] {R5} 진행 안내"),
    reply_to_req=rq(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다.

게시글 작성자에게 소명 기회를 부여하였으며, 7일 이내에 소명이 없으면
{B1} 게시글은 삭제됩니다.

결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice of a conditional deletion after an explanation period",
    why="deletion only if the author does not answer within 7 days: a condition",
    items={B1: "pending"},
)

case(
    name="kakao-forwards-cafe-manager",
    **{"from": "cafe-support@kakaocorp.com"},
    name_from=enc("다음카페 운영지원"),
    date="Fri, 06 Sep 2024 16:05:48 +0900",
    subject=enc("Fwd: Re: 게시물 삭제 요청"),
    body=f"""
위원회 담당자님, {R2} 관련하여 다음 카페 매니저로부터 받은 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 햇살들판 카페지기 <sunnyfield_mgr@hanmail.net>
Date: 2024년 9월 6일 (금) 오후 3:12
Subject: Re: 게시물 삭제 요청
To: <cafe-support@kakaocorp.com>

말씀하신 3310번, 3327번 글 둘 다 카페에서 지웠습니다.
{K1}
{K2}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Kakao cafe-support forwarding a cafe manager's reply (Gmail-style forward block)",
    why="the deletions are stated by a third party inside a forwarded message, not by Kakao",
    items={K1: "pending", K2: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "haneul.minigall@gmail.com"},
    name_from=enc("하늘 미니갤 매니저"),
    date="Wed, 11 Sep 2024 22:14:37 +0900",
    subject=enc("미니갤러리 게시물 삭제했습니다"),
    body=f"""
안녕하세요 하늘 미니갤러리 매니저입니다.
운영팀 통해서 위원회 요청 건 전달받았습니다.

{D3} 글 제가 삭제했습니다.

수고하세요
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="gmail.com is no platform's sender domain",
    items={D3: "pending"},
)

# ===================================================================== IGNORED
case(
    name="naver-out-of-office",
    **{"from": "seojin.yoon@navercorp.com"},
    name_from=enc("윤서진"),
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    subject=enc(f"[자동회신] RE: [시정요구] {R1} 불법정보 시정요구"),
    reply_to_req=rq(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요. 윤서진입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
시정요구 관련 급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office reply (부재중 자동회신)",
    why="auto-reply",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 04 Sep 2024 11:02:15 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
    reply_to_req=rq(R2),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409-118273
문의제목 : [시정요구] {R2} 불법정보 시정요구
접수일시 : 2024.09.04 11:02

담당자가 내용을 확인한 후 영업일 기준 3일 이내에 답변드리겠습니다.
※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="pure acknowledgement: received, ticket number, answer later",
    items={},
)

_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: cleanreport@dcinside.com
Subject: [시정요구] {R4} 불법정보 시정요구
Message-ID: <req.{R4}@kcsc.example>
Date: Mon, 09 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''디시인사이드 담당자님께,
아래 게시물을 삭제하고 결과를 회신해 주시기 바랍니다.
1. {D1}
2. {D2}
3. {D3}
방송통신심의위원회
''')}"""
case(
    name="dcinside-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b683-dsn-41"

This is a MIME-encapsulated message.

--b683-dsn-41
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cleanreport@dcinside.com>: mailbox full (quota exceeded)

--b683-dsn-41
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Mon, 09 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; cleanreport@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--b683-dsn-41
Content-Type: message/rfc822

{_orig}
--b683-dsn-41--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our request with its URLs",
    why="bounce; the URLs are in our returned request",
    items={},
)

case(
    name="band-read-receipt",
    **{"from": "sora.kim@band.us"},
    name_from=enc("김소라"),
    date="Tue, 10 Sep 2024 14:31:22 +0900",
    subject=enc(f"읽음: [시정요구] {R5} 불법정보 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b683-mdn-42"

--b683-mdn-42
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''받는 사람: 김소라 <sora.kim@band.us>
제목: [시정요구] {R5} 불법정보 시정요구
보낸 날짜: 2024-09-10 오후 2:00

읽은 날짜: 2024-09-10 오후 2:31
''')}
--b683-mdn-42
Content-Type: message/disposition-notification

Reporting-UA: sora.kim@band.us; Microsoft Outlook 16.0
Final-Recipient: rfc822;sora.kim@band.us
Original-Message-ID: <req.{R5}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b683-mdn-42--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="youtube-legal-auto-ack",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 09:31:12 +0900",
    subject=enc(f"[2-5517000031] 법률 요청 접수 확인: {R3}"),
    reply_to_req=rq(R3),
    body=f"""
안녕하세요.

Google 법률 지원팀에 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
참조 번호는 [2-5517000031]입니다.

제출하신 요청({R3})은 담당자가 검토한 후 회신드릴 예정입니다.
추가 문의 시 위 참조 번호를 제목에 포함해 주세요.

Google 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal support automatic receipt with a reference number",
    why="pure acknowledgement with a case number",
    items={},
)

case(
    name="kakao-vacation-autoreply-bilingual",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from=enc("한지우"),
    date="Fri, 13 Sep 2024 09:00:12 +0900",
    subject=enc(f"자동 회신: [시정요구] {R6} 불법정보 시정요구"),
    reply_to_req=rq(R6),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
추석 연휴(9/14~9/18) 기간에는 메일 확인이 어렵습니다. 9월 19일부터 순차적으로 회신드리겠습니다.
긴급한 권리침해 신고는 right@kakaocorp.com 으로 보내주세요.

I am out of the office for the Chuseok holidays (Sep 14-18) and will reply from Sep 19.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Chuseok-holiday auto-reply",
    why="auto-reply",
    items={},
)


HEADER = f"""# Blind set 683 (Korean focus): expected results written from each email's
# meaning alone, before the reader was run. Generated by make.py; do not edit.
# Requests: {R1} (NAVER, 12), {R2} (Kakao, 5), {R3} (YouTube, 4),
# {R4} (DC Inside, 3), {R5} (BAND, 2), {R6} (Kakao, 1), {R7} (YouTube, 1).
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
