#!/usr/bin/env python3
"""Blind set 461 (Korean portals): NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside and BAND replying in Korean.

    python3 tests/corpus/blind461/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Every email was written in our own
sentences; every URL, name and id is fictional. Expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)


def mid(ref):
    return "req." + ref


JI = urllib.parse.quote("지성이네")
HU = urllib.parse.quote("후기-모음")

N = [
    "https://blog.naver.com/moonlit_harbor77/223561100201",
    "https://blog.naver.com/moonlit_harbor77/223561100388",
    "https://cafe.naver.com/greenvalleytrade/58213",
    "https://cafe.naver.com/greenvalleytrade/58247",
    "https://cafe.naver.com/greenvalleytrade/58302",
    "https://blog.naver.com/PostView.naver?blogId=saebyeok_k&logNo=223570044512",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471122093",
    "https://blog.naver.com/jade_tiger_08/223575512090",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38291177&memberNo=51200931",
    "https://cafe.naver.com/hanbitstockclub/1190452",
    "https://blog.naver.com/jade_tiger_08/223575519876",
    "https://m.blog.naver.com/haneul_sketch/223580003311",
    "https://tv.naver.com/v/58812073",
    f"https://in.naver.com/{JI}/contents/internal/790211556",
]
N1S = "https://cafe.naver.com/sunrisemoms/77120"
K = [
    "https://cafe.daum.net/baduk-lovers/Gf3k/1842",
    "https://cafe.daum.net/baduk-lovers/Gf3k/1907",
    "https://bluecrane-notes.tistory.com/412",
    f"https://bluecrane-notes.tistory.com/entry/{HU}",
]
K1S = "https://brunch.co.kr/@quietpine/57"
Y = [
    "https://www.youtube.com/watch?v=Qm7rT2xKpL0",
    "https://www.youtube.com/watch?v=b8ZnW41cVhs",
    "https://www.youtube.com/shorts/Xy3pLm90aBc",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912033",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912871",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=482210",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=482377",
    "https://m.dcinside.com/board/dramagall/6630917",
]
B = [
    "https://band.us/band/88120344/post/1507",
    "https://band.us/band/88120344/post/1533",
]


def raw(url):
    """The URL as a person would paste it: Korean path undecoded."""
    return urllib.parse.unquote(url)


REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "illegal_finance", "NAVER blog, cafe, KiN, Post, TV, influencer: 14 items"),
    (R2, "kakao", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", K,
     "gambling", "Daum cafe + Tistory; sent to the \"권리침해\" desk"),
    (R3, "youtube", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "defamation", "YouTube Korea legal form"),
    (R4, "dcinside", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", D,
     "market_manipulation", "DC Inside galleries (stock, coin, drama)"),
    (R5, "band", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", B,
     "fraud", "BAND group posts, 2 items"),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", [N1S],
     "privacy", "single NAVER cafe post"),
    (R7, "kakao", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", [K1S],
     "defamation", "single Brunch article"),
]

# ---------------------------------------------------------------- MIME helpers


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n" + body.strip("\n") + "\n"


def req_quote_lines(ref, urls, n):
    lines = [f"[{ref}] 시정요구 ({n}건)", "",
             "방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제)를 요청합니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의국 테이크다운 담당"]
    return lines


AUTO = ["Auto-Submitted: auto-replied", "X-Autoreply: yes"]

cases = []


def case(**kw):
    cases.append(kw)


# ====================================================================== NAVER
rows_a1 = [
    ("삭제", ""), ("삭제", ""), ("임시조치", "30일, 정보통신망법 제44조의2"),
    ("블라인드", "카페 운영원칙 위반"), ("미조치", "위반 소지 없음(개인 의견)"),
    ("게시물 없음", "작성자 자진 삭제"), ("삭제", ""), ("비공개 처리", "작성자 제재 병행"),
    ("삭제", ""), ("19세 이상 열람 제한", "성인인증 적용"), ("게시물 없음", "존재하지 않는 URL"),
    ("삭제", ""), ("삭제", "영상 게시중단"), ("게시중단", "인플루언서 콘텐츠"),
]
tbl = []
for i, (u, (st, note)) in enumerate(zip(N, rows_a1), 1):
    tbl.append(f" {i:>2} | {raw(u)} | {st} | {note}")
case(
    name="naver-gongmun-result-table",
    date="Thu, 05 Sep 2024 17:20:41 +0900",
    **{"from": "cr_team@navercorp.com"}, name_from="네이버 Trust&Safety",
    subject=f"[NAVER] 시정요구({R1})에 대한 조치결과 통보",
    reply_to_req=mid(R1),
    body="""네이버 주식회사

문서번호: 정책지원-2024-0917
시행일자: 2024. 9. 5.
수    신: 방송통신심의위원회 (통신심의국)
참    조: 테이크다운 담당자
제    목: 시정요구(%s)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(요청번호 %s, 총 14건)와
관련하여 당사의 조치 결과를 아래와 같이 통보합니다.

                          - 아    래 -

 연번 | 대상 URL | 조치결과 | 비고
%s

3. 조치결과에 대한 문의는 회신 메일로 주시기 바랍니다.  끝.

네이버 주식회사 Trust&Safety 정책지원 담당
""" % (R1, R1, "\n".join(tbl)),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 (조치결과 통보) with a 연번/URL/조치결과 table answering a KCSC 시정요구",
    why="one statement per URL in a text table: 삭제/블라인드/비공개/게시중단 removed, 임시조치 and 19세 열람 제한 restricted, 미조치 rejected, 게시물 없음 not_found",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "rejected", N[5]: "not_found", N[6]: "removed", N[7]: "removed",
           N[8]: "removed", N[9]: "restricted", N[10]: "not_found", N[11]: "removed",
           N[12]: "removed", N[13]: "removed"},
)

a2_rows = [(N[0], "삭제", "불법 금융정보 게시"), (N[1], "임시조치(30일)", "권리침해 판단 보류"),
           (N[2], "블라인드", "카페 운영원칙 위반"), (N[5], "게시물 없음", "작성자 삭제로 확인 불가")]
a2_text = ("안녕하세요. 네이버 고객센터입니다.\n\n"
           f"요청번호 {R1} 중 아래 4건의 처리 결과를 안내드립니다.\n\n"
           + "\n".join(f"{i}. {u}\n   처리 결과: {s} ({r})" for i, (u, s, r) in enumerate(a2_rows, 1))
           + "\n\n나머지 항목은 확인이 끝나는 대로 별도로 안내드리겠습니다.\n\n네이버 고객센터 드림\n")
a2_html = ("<html><body style=\"font-family:'Nanum Gothic',sans-serif;font-size:13px\">\n"
           "<p>안녕하세요. 네이버 고객센터입니다.</p>\n"
           f"<p>요청번호 {R1} 중 아래 4건의 처리 결과를 안내드립니다.</p>\n"
           "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
           "<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>\n"
           + "\n".join(f"<tr><td>{i}</td><td><a href=\"{u.replace('&', '&amp;')}\">{u.replace('&', '&amp;')}</a></td>"
                       f"<td>{s}</td><td>{r}</td></tr>" for i, (u, s, r) in enumerate(a2_rows, 1))
           + "\n</table>\n<p>나머지 항목은 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>\n"
           "<p>네이버 고객센터 드림<br><a href=\"https://help.naver.com/service/5625/contents/19013\">게시중단 도움말</a></p>\n"
           "</body></html>\n")
case(
    name="naver-html-table-four-items",
    date="Wed, 04 Sep 2024 11:03:12 +0900",
    **{"from": "helpcenter@naver.com"}, name_from="네이버 고객센터",
    subject=f"[네이버 고객센터] {R1} 처리 결과 안내 (4건)",
    raw_mime=multipart("alternative", "==nv_alt_0904_a2", [
        part("text/plain; charset=utf-8", qp(a2_text), "quoted-printable"),
        part("text/html; charset=utf-8", qp(a2_html), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML result mail with a 번호/게시물 주소/처리 결과/사유 table (multipart/alternative, quoted-printable)",
    why="four rows, four statuses; the help link is not an item; the other ten items are not spoken about",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[5]: "not_found"},
)

csv_lines = ["연번,URL,조치결과,조치일시,비고"]
a3 = [(7, N[6], "삭제", ""), (8, N[7], "삭제", ""), (9, N[8], "임시조치", "30일"),
      (10, N[9], "삭제", ""), (11, N[10], "해당 게시물 없음", "URL 확인 불가"),
      (12, N[11], "블라인드", ""), (13, N[12], "삭제", ""),
      (14, N[13], "유지", "위반사항 없음(저작권자 본인 게시 확인)")]
for no, u, st, note in a3:
    when = "" if st.startswith("해당") or st == "유지" else "2024-09-05 15:00"
    f = [str(no), u, st, when, note]
    csv_lines.append(",".join('"%s"' % x if ("," in x or '"' in x) else x for x in f))
csv_bytes = ("\ufeff" + "\r\n".join(csv_lines) + "\r\n").encode("utf-8")
case(
    name="naver-csv-attachment-7-14",
    date="Fri, 06 Sep 2024 09:41:55 +0900",
    **{"from": "cr_team@navercorp.com"}, name_from="네이버 Trust&Safety",
    subject=f"RE: [{R1}] 시정요구 (14건) - 7~14번 조치결과",
    reply_to_req=mid(R1),
    raw_mime=multipart("mixed", "----=_NaverMailPart_7a3c", [
        part("text/plain; charset=utf-8",
             f"""안녕하세요. 네이버 Trust&Safety 정책지원 담당입니다.

{R1} 건 중 7~14번 항목의 조치결과를 첨부 파일(CSV)로 송부드립니다.
1~6번 항목은 어제 별도 메일로 회신드렸습니다.

확인 부탁드립니다.
감사합니다.
""", "8bit"),
        part('text/csv; charset=utf-8; name="KCSC-240902-01_result_7-14.csv"', b64(csv_bytes), "base64",
             ['Content-Disposition: attachment; filename="KCSC-240902-01_result_7-14.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (UTF-8 with BOM, CRLF) under a two-line cover note",
    why="every row states one status for one URL (the Korean path percent-encoded as exported); 유지 with reason is rejected",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "removed",
           N[10]: "not_found", N[11]: "removed", N[12]: "removed", N[13]: "rejected"},
)

case(
    name="naver-cafe-operator-informal",
    date="Tue, 03 Sep 2024 16:12:09 +0900",
    **{"from": "harin.kim@navercorp.com"}, name_from="김하린",
    subject=f"Re: [{R1}] 시정요구 (14건)",
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 카페 운영팀 김하린입니다.

보내주신 요청 건({R1}) 중 greenvalleytrade 카페 게시물 3건 확인했습니다.

{N[2]}
→ 블라인드 처리했습니다.

{N[3]}
→ 이것도 블라인드 처리 완료입니다.

{N[4]}
→ 확인해보니 작성자가 이미 지운 글이라 따로 조치할 게 없었어요.

나머지 블로그·지식iN 건은 각 서비스 담당자가 따로 회신드릴 거예요.
카페 쪽에서 더 보실 게 있으면 편하게 말씀 주세요~

김하린 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal's cafe operations staffer, status on the line under each URL",
    why="블라인드 twice (removed) and 'already deleted by its author' (not_found); the rest is handed to other teams",
    items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
)

quoted = "\n".join(req_quote_lines(R1, N, 14))
case(
    name="naver-toppost-over-original-message",
    date="Tue, 03 Sep 2024 11:47:30 +0900",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그 운영팀",
    subject=f"RE: [{R1}] 시정요구 (14건)",
    reply_to_req=mid(R1),
    body=f"""안녕하세요. 네이버 블로그 운영 담당입니다.

아래 요청 중 moonlit_harbor77 블로그의 게시물 2건은 오늘 오전 삭제 조치를 완료했습니다.
 - {N[0]}
 - {N[1]}

나머지 항목은 담당 부서별로 확인 중입니다.

감사합니다.
네이버 블로그 운영팀 드림

-----Original Message-----
From: "KCSC 테이크다운"<takedown@kcsc.example>
To: <blog_ops@navercorp.com>;
Cc:
Sent: 2024-09-02 (월) 10:00:12 (GMT+09:00)
Subject: {quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works style top-posted reply over '-----Original Message-----' holding the regulator's whole request",
    why="two URLs above the quote are removed; the other twelve appear only in the quoted request",
    items={N[0]: "removed", N[1]: "removed"},
)

case(
    name="naver-kin-kept-with-reason",
    date="Wed, 04 Sep 2024 14:30:00 +0900",
    **{"from": "kin_help@navercorp.com"}, name_from="네이버 지식iN",
    subject=f"[지식iN] 게시물 검토 결과 안내 ({R1})",
    body=f"""안녕하세요, 네이버 지식iN입니다.

방송통신심의위원회에서 요청하신 지식iN 답변 게시물에 대한 검토 결과를 알려드립니다.

■ 대상: {N[6]}
■ 검토 결과: 게시 유지
■ 사유: 해당 답변은 특정 금융상품에 대한 작성자의 개인적인 경험과 의견을 적은 글로,
  지식iN 운영원칙 및 관련 법령상 삭제 대상에 해당하지 않는다고 판단하였습니다.

위원회 심의를 거쳐 불법정보로 의결된 경우 의결서를 보내주시면 다시 검토하겠습니다.

지식iN 운영원칙: https://kin.naver.com/policy/operationPolicy.naver
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KiN review outcome: 게시 유지 with its reason, offer to re-examine on a formal decision",
    why="a refusal with its reason is rejected; the conditional offer to re-examine is no statement; the policy link is not an item",
    items={N[6]: "rejected"},
)

case(
    name="naver-blog-url-then-result-line",
    date="Wed, 04 Sep 2024 10:15:44 +0900",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그팀",
    subject=f"[네이버 블로그] {R1} 처리 결과",
    body=f"""안녕하세요. 네이버 블로그팀입니다.
요청번호 {R1} 중 jade_tiger_08 블로그 건 처리 결과입니다.

{N[7]}
  └ 처리 결과: 비공개 처리 (운영정책 위반, 블로그 이용 제한 3일 병행)

{N[10]}
  └ 처리 결과: 존재하지 않는 게시물 (확인 시점에 이미 없는 글)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal team reply, bare URL with '└ 처리 결과:' on the line below",
    why="비공개 처리 is removed; 존재하지 않는 게시물 is not_found",
    items={N[7]: "removed", N[10]: "not_found"},
)

case(
    name="naver-tv-influencer-korean-path",
    date="Fri, 06 Sep 2024 18:02:27 +0900",
    **{"from": "seojun.park@navercorp.com"}, name_from="박서준",
    subject=f"RE: [{R1}] 시정요구 (14건) - 네이버TV/인플루언서 건",
    reply_to_req=mid(R1),
    body=f"""담당자님 안녕하세요.
네이버TV·인플루언서 검색 운영 담당 박서준입니다.

{R1} 건 중 저희 서비스 소관 2건에 대해 말씀드립니다.

1) 네이버TV 영상({N[12]})은 채널 운영자에게 소명 기회를 드린 뒤 9월 6일 자로 삭제했습니다.
2) 「{raw(N[13])}」 콘텐츠는 저작권 분쟁이 진행 중이라 삭제 대신 30일 임시조치로 접근을 막아 두었습니다.

추가로 확인하실 내용이 있으면 회신 주세요.
박서준 드림
""",
    outcome="applied", classification="confirmation",
    imitates="staffer's numbered reply, URL inside parentheses and inside full-width 「」 brackets, raw Korean path",
    why="TV video deleted (removed); influencer content under 임시조치 (restricted), its raw Korean path matching the percent-encoded request URL",
    items={N[12]: "removed", N[13]: "restricted"},
)

case(
    name="naver-imsijochi-notice-single",
    date="Tue, 10 Sep 2024 16:45:03 +0900",
    **{"from": "noreply_right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject=f"[네이버 게시중단요청서비스] 임시조치 처리 결과 안내 ({R6})",
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 아래와 같이 임시조치하였음을 알려드립니다.

- 요청 번호: {R6}
- 게시물 주소: {N1S}
- 조치 내용: 임시조치 (30일간 게시물 접근 차단)
- 조치 일시: 2024.09.10 16:40

임시조치 기간 중 게시자는 재게시를 요청할 수 있으며, 재게시 요청이 있으면 그 결과를 다시
안내해 드립니다. 30일 이내에 재게시 요청이 없으면 게시물은 삭제됩니다.

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2, 30 days, 재게시 요청)",
    why="임시조치 is restricted; the deletion after 30 days is conditional and future, so not removed",
    items={N1S: "restricted"},
)

case(
    name="naver-cafe-single-no-url",
    date="Mon, 09 Sep 2024 15:28:40 +0900",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영팀",
    subject=f"RE: [{R6}] 시정요구 (1건)",
    reply_to_req=mid(R6),
    body="""안녕하세요, 네이버 카페 운영팀입니다.

요청하신 게시물은 카페 운영원칙(타인의 개인정보 게시) 위반으로 확인되어 오늘 삭제 조치하였습니다.
같은 작성자가 올린 다른 게시물도 계속 살펴보겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply to a one-item request, no URL repeated",
    why="one-item request, threaded reply, unhedged 삭제 조치하였습니다: removed",
    items={N1S: "removed"},
)

case(
    name="naver-outlook-english-two-items",
    date="Thu, 05 Sep 2024 19:10:11 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject=f"RE: [{R1}] 시정요구 (14건)",
    reply_to_req=mid(R1),
    body=f"""Dear KCSC team,

Please find below our update on two of the items in your request {R1}.

- {N[8]} : removed from NAVER Post on 5 September for breaching our operating principles on illegal financial solicitation.
- {N[9]} : access is now limited to logged-in adult members (age-restricted); the post stays visible to them.

Kind regards,
Minji Seo
NAVER Trust & Safety

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: trust-safety@navercorp.com
Subject: {quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="English Outlook reply from a portal's T&S desk, quoted request below a From/Sent/To header block",
    why="Post item removed, cafe item age-restricted (restricted); the request below the Outlook block is quoted",
    items={N[8]: "removed", N[9]: "restricted"},
)

case(
    name="naver-angle-bracket-wrapped",
    date="Wed, 04 Sep 2024 16:55:20 +0900",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그 고객센터",
    subject=f"[네이버 블로그] 요청번호 {R1} 회신",
    body=f"""안녕하세요, 네이버 블로그 고객센터입니다.

요청번호 {R1} 관련하여 블로그 게시물 2건의 처리 결과를 회신드립니다.

<{N[1]}>
: 운영정책(불법정보 유통 금지) 위반으로 블라인드 처리 완료

<https://blog.naver.com/PostView.naver?blogId=saebyeok_k&
logNo=223570044512>
: 작성자가 요청 접수 전에 스스로 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply with URLs in angle brackets, one wrapped inside the brackets (RFC 3986 appendix C style)",
    why="블라인드 is removed; deleted by its author before the request, no longer exists: not_found",
    items={N[1]: "removed", N[5]: "not_found"},
)

case(
    name="naver-promise-this-week",
    date="Tue, 03 Sep 2024 09:30:15 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    subject=f"RE: [{R1}] 시정요구 (14건)",
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{R1} 시정요구 14건 잘 받았습니다. 현재 서비스별 담당 부서에서 검토하고 있으며,
검토가 끝나는 대로 조치 결과를 회신드리겠습니다.

참고로 아래 2건은 내부 기준상 위반 소지가 커 보여 우선 처리 대상으로 분류했고,
이번 주 중 삭제될 예정입니다.
{N[9]}
{N[11]}

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal policy team's holding reply: under review, two URLs 'to be deleted this week'",
    why="promise (삭제될 예정) and 'under review' are not statements; it names requested items, so a person reads it",
    items={N[9]: "pending", N[11]: "pending"},
)

case(
    name="naver-all-fourteen-deleted",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    **{"from": "cr_team@navercorp.com"}, name_from="네이버 Trust&Safety",
    subject=f"[NAVER] {R1} 조치 완료",
    body=f"""안녕하세요. 네이버 Trust&Safety입니다.

요청번호 {R1}로 요청하신 게시물 14건 전부 삭제 조치를 완료하였습니다.
조치 내역은 당사 투명성 보고서에 반영될 예정입니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all reported content removed' completion notice",
    why="one statement for fourteen items without naming any: bulk, items stay pending",
    items={u: "pending" for u in N},
)

case(
    name="naver-dmarc-fail",
    date="Wed, 04 Sep 2024 02:14:51 +0900",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    subject=f"[{R1}] 조치 결과 안내",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건의 삭제를 완료했습니다.

1. {N[0]}
2. {N[1]}
3. {N[2]}

나머지는 순차 처리 중입니다.
""",
    outcome="review", review="untrusted",
    imitates="result notice whose DKIM/SPF/DMARC all fail for navercorp.com",
    why="From a NAVER domain but authentication fails: untrusted, nothing applied",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-seems-already-gone",
    date="Thu, 05 Sep 2024 13:22:37 +0900",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그 고객센터",
    subject=f"RE: [{R1}] 시정요구 (14건) - haneul_sketch 건",
    reply_to_req=mid(R1),
    body=f"""안녕하세요.

문의하신 {N[11]} 건은 현재 접속하면 "존재하지 않는 게시물" 화면이 나오는 것으로 보아
이미 삭제된 것으로 보입니다. 다만 작성자가 지운 것인지 다른 사유인지는 확인이 더 필요하여,
확인되는 대로 다시 안내드리겠습니다.

네이버 블로그 고객센터 드림
""",
    outcome="review", review="not_understood",
    imitates="help-desk hedge: 'seems already deleted, will confirm'",
    why="삭제된 것으로 보입니다 is a hedge and the confirmation is promised: item stays pending",
    items={N[11]: "pending"},
)

case(
    name="naver-typo-post-id",
    date="Thu, 05 Sep 2024 10:40:02 +0900",
    **{"from": "blog_ops@navercorp.com"}, name_from="네이버 블로그팀",
    subject=f"[네이버 블로그] {R1} 관련 처리 안내",
    body=f"""안녕하세요, 네이버 블로그팀입니다.

{R1} 건과 관련하여 아래 게시물을 삭제했습니다.

https://blog.naver.com/moonlit_harbor77/223561100209

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="platform reply stating a status for a URL one digit off the requested one",
    why="the deleted post id (…209) is not one we requested (…201); a person must decide whether it is a typo",
    items={},
)

case(
    name="naver-channel-change-newsletter",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "noreply_right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청 접수 채널 변경 안내",
    body="""안녕하세요. 네이버 게시중단요청서비스입니다.

2024년 10월 1일부터 기관 명의의 게시중단 요청은 이메일 대신 기관 전용 접수 페이지에서만
받게 되었습니다. 기존 메일 주소로 보내신 요청은 9월 30일까지 정상 처리됩니다.

기관 전용 접수 페이지: https://right.naver.com/agency/request
자세한 안내: https://help.naver.com/service/5625/contents/20881

앞으로도 안전한 서비스 환경을 위해 노력하겠습니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal service notice about a new intake channel for agencies",
    why="trusted NAVER mail naming no item and no request; its links are NAVER's own pages",
    items={},
)

case(
    name="naver-chuseok-out-of-office",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    subject=f"[부재중] RE: [{R1}] 시정요구 (14건)",
    extra_headers=AUTO,
    body=f"""안녕하세요. 한지윤입니다.
추석 연휴(9월 16일~18일) 기간 동안 부재중이며, 9월 19일부터 메일 확인이 가능합니다.
급한 건은 policy@navercorp.com 으로 보내 주세요.

> [{R1}] 시정요구 (14건)
> 1. {N[0]}
> 2. {N[1]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중) quoting the start of the request",
    why="auto-reply; the URLs are quoted",
    items={},
)

# ====================================================================== Kakao
case(
    name="kakao-right-center-two-cafe-posts",
    date="Wed, 04 Sep 2024 17:33:48 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 게시물 신고 처리 결과 안내 ({R2})",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 접수하신 신고(요청번호 {R2})의 처리 결과를 안내해 드립니다.

[처리 결과]
1. {K[0]}
   - 조치: 임시조치(30일)
   - 내용: 정보통신망법 제44조의2 제4항에 따라 위법 여부 판단이 어려워 30일간 게시물 접근을 차단하였습니다.
2. {K[1]}
   - 조치: 삭제
   - 내용: 다음카페 운영정책(불법정보) 위반이 확인되어 게시물을 삭제하였습니다.

티스토리 게시물 2건은 티스토리 담당 부서에서 별도로 안내드릴 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice (임시조치 30일 under 정보통신망법 44조의2, 삭제)",
    why="임시조치 is restricted, 삭제 removed; Tistory items handed to another team, not named",
    items={K[0]: "restricted", K[1]: "removed"},
)

case(
    name="kakao-tistory-particle-after-url",
    date="Thu, 05 Sep 2024 11:18:26 +0900",
    **{"from": "tistory@kakaocorp.com"}, name_from="티스토리팀",
    subject=f"[티스토리] 게시글 검토 결과 안내 ({R2})",
    body=f"""안녕하세요, 티스토리팀입니다.

요청하신 티스토리 게시글 2건에 대한 검토를 마쳤습니다.

{raw(K[3])} 게시글은 운영정책상 금지된 불법 도박 홍보에 해당하여 블라인드 처리했습니다.

{K[2]}은 내용을 확인하였으나 운영정책 위반 사항이 발견되지 않아 별도 조치하지 않았습니다.
해당 글은 개인 후기 형식의 글로, 특정 사이트 이용을 유도하는 내용은 없었습니다.

감사합니다.
티스토리팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory team review reply in prose; raw Korean slug, and a particle (은) glued to an ASCII URL",
    why="블라인드 removed; 'no violation found, no action' with reason is rejected; '412은' is the URL …/412 plus a particle",
    items={K[3]: "removed", K[2]: "rejected"},
)

case(
    name="kakao-brunch-single-deleted",
    date="Wed, 11 Sep 2024 10:20:31 +0900",
    **{"from": "brunch@kakaocorp.com"}, name_from="브런치팀",
    subject=f"Re: [{R7}] 시정요구 (1건)",
    reply_to_req=mid(R7),
    body=f"""안녕하세요. 브런치팀입니다.

요청 주신 글({K1S})은 브런치 운영정책 위반으로 발행 취소 후 삭제 처리했습니다.
작가에게는 조치 사실과 이의제기 방법을 안내했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Brunch team one-line outcome, URL in parentheses followed by a particle",
    why="발행 취소 후 삭제 처리했습니다: removed",
    items={K1S: "removed"},
)

k_rows = [(K[0], "삭제", "불법 도박 홍보"), (K[1], "삭제", "불법 도박 홍보"),
          (K[2], "게시물 없음", "작성자 삭제"), (K[3], "청소년 접근 제한", "성인 인증 후 열람")]
k_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n"
          "<div style=\"max-width:640px;font-family:'Apple SD Gothic Neo',sans-serif\">\n"
          "<img src=\"https://t1.daumcdn.net/cs/logo_daum.png\" alt=\"Daum\">\n"
          "<h3>신고 게시물 처리 결과</h3>\n"
          f"<p>요청번호: {R2}<br>처리 완료일: 2024.09.06</p>\n"
          "<table style=\"border:1px solid #ddd\" cellspacing=\"0\" cellpadding=\"6\">\n"
          "<thead><tr><th>게시물</th><th>결과</th><th>사유</th></tr></thead><tbody>\n"
          + "\n".join(f"<tr><td><a href=\"{u}\">{raw(u)}</a></td><td>{s}</td><td>{r}</td></tr>"
                      for u, s, r in k_rows)
          + "\n</tbody></table>\n"
          "<p style=\"color:#888;font-size:11px\">본 메일은 발신 전용입니다. 문의: "
          "<a href=\"https://cs.daum.net/faq/95.html\">Daum 고객센터</a></p>\n</div></body></html>\n")
case(
    name="daum-html-only-qp-table",
    date="Fri, 06 Sep 2024 14:02:10 +0900",
    **{"from": "noreply@daum.net"}, name_from="Daum 고객센터",
    subject="[Daum] 신고하신 게시물의 처리 결과를 알려드립니다",
    raw_mime=single("text/html; charset=utf-8", qp(k_html), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre HTML-only result mail (quoted-printable), logo, table, footer link",
    why="four rows: two 삭제, author-deleted not_found, 청소년 접근 제한 (age) restricted; the help link and logo are not items",
    items={K[0]: "removed", K[1]: "removed", K[2]: "not_found", K[3]: "restricted"},
)

case(
    name="kakao-echoed-report-form",
    date="Wed, 04 Sep 2024 11:53:02 +0900",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 신고센터",
    subject="[카카오 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""[카카오 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다.

─────────────────────────
신고 번호 : RPT-20240904-118273
신고 서비스 : 다음카페
신고 유형 : 불법정보 (방송통신심의위원회 요청)
신고 URL : {K[1]}
신고 내용 : {R2} 시정요구 대상 게시물
─────────────────────────
처리 결과 : 게시물 삭제
처리 일시 : 2024-09-04 11:52
─────────────────────────

이 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report-centre outcome mail echoing the submitted report form",
    why="the echoed report names one URL and the outcome line says 게시물 삭제: removed",
    items={K[1]: "removed"},
)

case(
    name="kakao-cafe-manager-gmail",
    date="Thu, 05 Sep 2024 22:41:19 +0900",
    **{"from": "baduk.lovers.mgr@gmail.com"}, name_from="바둑사랑 카페지기",
    subject=f"{R2} 관련 카페 글 삭제했습니다",
    body=f"""안녕하세요 방심위 담당자님.
다음카페 '바둑사랑' 카페지기입니다.

카카오 쪽에서 연락 받고 말씀하신 글 두 개 제가 직접 삭제했습니다.
{K[0]}
{K[1]}

앞으로 이런 글 안 올라오게 잘 관리하겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (user moderator) writing from a personal webmail address",
    why="not a platform domain: unknown_sender, nothing applied",
    items={K[0]: "pending", K[1]: "pending"},
)

case(
    name="daum-search-delisted-naver-posts",
    date="Fri, 06 Sep 2024 15:14:58 +0900",
    **{"from": "search_policy@kakaocorp.com"}, name_from="Daum 검색 정책팀",
    subject=f"[Daum 검색] {R1} 관련 검색 노출 제외 안내",
    body=f"""안녕하세요, Daum 검색 정책팀입니다.

위원회에서 공유해 주신 시정요구 목록({R1})을 참고하여, Daum 검색 결과에서
아래 게시물을 노출 제외(삭제) 처리하였습니다.

- {N[7]}
- {N[9]}

원 게시물은 네이버 서비스에 게시된 것으로, 원문 삭제는 네이버 측 조치가 필요합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search engine delisting notice about another portal's posts",
    why="Kakao states a status for NAVER items (and only for its search results): wrong_platform",
    items={N[7]: "pending", N[9]: "pending"},
)

case(
    name="kakao-asks-for-documents",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[카카오] 추가 자료 요청 ({R2})",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 건으로 접수하신 티스토리 게시물 {K[2]} 에 대해 검토를 진행하고자 하나,
보내주신 요청서만으로는 불법정보 해당 여부를 판단하기 어렵습니다.

아래 자료를 이 메일에 회신해 주시면 검토를 이어가겠습니다.
 1. 심의 의결서 사본 또는 시정요구 공문
 2. 해당 게시물 중 문제가 되는 부분의 캡처와 설명

자료가 접수되지 않으면 처리가 늦어질 수 있는 점 양해 부탁드립니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao rights desk asking for the decision document and screenshots before acting",
    why="a request for more information about a named item; no status",
    items={K[2]: "pending"},
)

dsn_orig = "\n".join(req_quote_lines(R2, K, 4)).replace(HU, "후기-모음")
case(
    name="daum-mailer-daemon-bounce",
    date="Tue, 03 Sep 2024 10:01:07 +0900",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    subject="메일 전송 실패 안내 (Undelivered Mail Returned to Sender)",
    raw_mime=multipart("report", "dsn.0903.a1", [
        part("text/plain; charset=utf-8", """보내신 메일이 수신자에게 전달되지 못했습니다.

수신자: right-center@daum.net
사유: 존재하지 않는 메일 주소입니다. (550 5.1.1 user unknown)

This is the mail system at host mx3.daum.net. Your message could not be delivered.
"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx3.daum.net
Arrival-Date: Tue, 03 Sep 2024 10:01:05 +0900

Final-Recipient: rfc822; right-center@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-center@daum.net>: Recipient address rejected: User unknown
""", "7bit"),
        part("message/rfc822", f"""From: KCSC Takedown <takedown@kcsc.example>
To: right-center@daum.net
Subject: [{R2}] 시정요구 (4건)
Message-ID: <{mid(R2)}.alt@kcsc.example>
Date: Tue, 03 Sep 2024 10:00:58 +0900
Content-Type: text/plain; charset=utf-8

{dsn_orig}
"""),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Daum MTA delivery-status notification returning the request (message/rfc822 attached)",
    why="a DSN; the URLs are only in the returned original",
    items={},
)

case(
    name="kakao-read-receipt",
    date="Tue, 03 Sep 2024 13:37:21 +0900",
    **{"from": "seoyeon.lim@kakaocorp.com"}, name_from="임서연",
    subject=f"읽음 확인: [{R2}] 시정요구 (4건)",
    raw_mime=multipart("report", "mdn.0903.k1", [
        part("text/plain; charset=utf-8", f"""다음 메일을 수신자가 읽었습니다.

제목: [{R2}] 시정요구 (4건)
읽은 시간: 2024-09-03 13:37 (KST)

이 확인은 메일이 수신자의 화면에 표시되었음을 뜻할 뿐, 내용을 읽었거나 이해했음을 보장하지 않습니다.
"""),
        part("message/disposition-notification", f"""Reporting-UA: kakaowork-mail; Kakao Work Mail
Final-Recipient: rfc822; seoyeon.lim@kakaocorp.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean read receipt (읽음 확인) MDN from a corporate webmail",
    why="an MDN says nothing about items",
    items={},
)

# ====================================================================== YouTube
case(
    name="yt-korean-legal-blocked-and-removed",
    date="Fri, 06 Sep 2024 04:12:55 +0000",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법무지원팀",
    subject=f"[8-1927340098211] 법적 요청 검토 결과 ({R3})",
    body=f"""안녕하세요.

YouTube에 제출하신 법적 요청(요청번호 {R3})과 관련하여 연락드립니다.

검토 결과, 다음 콘텐츠는 대한민국 현지 법률 위반으로 판단되어 대한민국 내에서
콘텐츠 액세스를 차단했습니다.
- {Y[0]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반이 확인되어 YouTube에서 삭제되었습니다.
- {Y[1]}

나머지 1개 URL은 아직 검토 중이며, 결과가 나오는 대로 알려드리겠습니다.

YouTube 법무팀 드림

케이스 번호: [8-1927340098211]
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome in Korean: local-law block in Korea vs guideline removal",
    why="blocked in Korea is restricted, removed for guidelines is removed; the third URL is not named",
    items={Y[0]: "restricted", Y[1]: "removed"},
)

case(
    name="yt-actioned-phrase-english",
    date="Thu, 05 Sep 2024 08:44:10 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject=f"Re: Legal notice {R3}",
    body=f"""Hello,

Thank you for your notice (ref. {R3}).

Following our review, the content below has been actioned under our policies:

{Y[1]}

We are continuing to review the other URLs in your notice and will write again.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email using the 'actioned under our policies' wording",
    why="the configured YouTube phrase means removed; the URL is on the line after the statement",
    items={Y[1]: "removed"},
)

yt_qp = f"""안녕하세요, YouTube 팀입니다.

{R3} 요청과 관련해 아래와 같이 조치 결과를 알려드립니다.

• {Y[0]} : 괴롭힘 및 사이버 폭력 정책 위반으로 동영상을 삭제했습니다.
• {Y[2]} : 해당 Shorts 동영상을 찾을 수 없습니다. 업로더가 이미 삭제했거나 주소가 잘못되었을 수 있습니다.

YouTube를 안전하게 지키는 데 협조해 주셔서 감사합니다.

© 2024 Google LLC (가상 발신 안내문)
"""
case(
    name="yt-qp-removed-and-not-found",
    date="Sat, 07 Sep 2024 02:30:18 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject=f"YouTube 조치 결과 안내 - {R3}",
    raw_mime=single("text/plain; charset=utf-8", qp(yt_qp), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean outcome mail, quoted-printable, bullet 'URL : result' lines",
    why="deleted for harassment policy (removed); 'cannot find' is a plain not_found, the 'may' only guesses why",
    items={Y[0]: "removed", Y[2]: "not_found"},
)

case(
    name="yt-age-restriction-statement",
    date="Mon, 09 Sep 2024 06:05:00 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject="YouTube 콘텐츠 조치 안내",
    body=f"""YouTube 콘텐츠 조치 안내

위원회에서 신고하신 콘텐츠에 대해 아래와 같이 조치했습니다.

대상 콘텐츠: {Y[2]}
조치 유형: 연령 제한 (만 18세 미만 및 로그아웃 사용자 시청 불가)
조치 근거: YouTube 커뮤니티 가이드 - 폭력적이거나 노골적인 콘텐츠
탐지 경로: 외부 신고 ({R3})
자동화 수단 사용 여부: 아니요 (검토자 판단)
이의 제기: 업로더는 YouTube 스튜디오에서 이의를 제기할 수 있습니다.

커뮤니티 가이드 보기: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style notice (대상/조치 유형/근거/탐지 경로/자동화 여부/이의 제기)",
    why="age restriction is restricted; the guidelines link is not an item",
    items={Y[2]: "restricted"},
)

case(
    name="yt-case-receipt",
    date="Wed, 04 Sep 2024 01:02:11 +0000",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법무지원팀",
    subject=f"[8-1927340098211] {R3} 요청 접수 확인",
    body="""안녕하세요.

YouTube 법률 지원팀에 문의해 주셔서 감사합니다. 보내주신 요청이 접수되었으며
케이스 번호는 [8-1927340098211]입니다.

팀에서 검토한 뒤 필요한 경우 연락드리겠습니다. 추가로 보낼 정보가 있으시면 이 메일에
회신해 주시고, 회신 시 제목의 케이스 번호를 그대로 유지해 주세요.

YouTube 법무팀 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal support case-number receipt",
    why="pure acknowledgement: case created, nothing about any item",
    items={},
)

# ====================================================================== DC Inside
case(
    name="dc-operator-url-then-word",
    date="Fri, 06 Sep 2024 11:09:33 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject=f"RE: [{R4}] 시정요구 (5건)",
    reply_to_req=mid(R4),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 확인하고 처리했습니다.

{D[0]} 삭제
{D[1]} 삭제
{D[2]} 작성자가 먼저 지운 글입니다
{D[3]} 삭제 + 작성자 IP 차단
{D[4]} 삭제

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site operator reply, one 'URL status' per line",
    why="four 삭제 (removed) and one already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "removed"},
)

dc_b64 = f"""주식회사 디시인사이드

수    신: 방송통신심의위원회 위원장
제    목: 시정요구({R4}) 이행 결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(2024. 9. 5.)에 따라 당사가 조치한 결과를 아래와 같이 회신합니다.

  가. 삭제: 3건
     - {D[0]}
     - {D[1]}
     - {D[3]}
  나. 해당 게시물 없음(작성자 삭제): 1건
     - {D[2]}
  다. 미조치: 1건
     - {D[4]}
       (사유: 드라마 줄거리에 대한 의견 게시물로, 당사 게시물 운영 기준상 삭제 사유에 해당하지 않음)

3. 기타 문의사항은 당사 법무팀으로 연락 주시기 바랍니다.  끝.

주식회사 디시인사이드 법무팀
"""
case(
    name="dc-gongmun-base64-grouped",
    date="Mon, 09 Sep 2024 14:48:00 +0900",
    **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무팀",
    subject=f"시정요구({R4}) 이행 결과 회신",
    raw_mime=single("text/plain; charset=utf-8", b64(dc_b64), "base64"),
    outcome="applied", classification="confirmation",
    imitates="공문 style 이행 결과 회신, statuses as 가/나/다 headings over URL lists, base64 body",
    why="heading 삭제 covers three URLs, 게시물 없음 one, 미조치 with reason one (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[3]: "removed", D[2]: "not_found", D[4]: "rejected"},
)

case(
    name="dc-statement-then-url-below",
    date="Sat, 07 Sep 2024 10:30:05 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"[디시인사이드] {R4} 회신",
    body=f"""안녕하세요. 디시인사이드 고객센터입니다.

{R4} 건 회신드립니다.

다음 게시물은 삭제 처리하였습니다.
{D[1]}

다음 게시물은 해당 갤러리에 존재하지 않는 게시물로 확인됩니다.
{D[4]}

그 외 3건은 갤러리 관리자 확인 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply with each statement on one line and its URL on the next",
    why="removed and not_found; the other three are promised later and not named",
    items={D[1]: "removed", D[4]: "not_found"},
)

case(
    name="dc-manager-seems-cleaned",
    date="Fri, 06 Sep 2024 19:55:41 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드",
    subject=f"RE: [{R4}] 시정요구 (5건)",
    reply_to_req=mid(R4),
    body=f"""안녕하세요, 디시인사이드입니다.
말씀하신 코인 갤러리 글 두 개({D[2]}, {D[3]})는 매니저가 정리한 것 같은데,
로그를 아직 못 봐서 정확한 처리 여부는 확인하고 다시 말씀드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="informal operator hedge about moderator action, two URLs inside parentheses separated by a comma",
    why="'정리한 것 같은데' is a hedge and a check is promised: both stay pending",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-forwarded-gallery-manager",
    date="Fri, 06 Sep 2024 15:02:26 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject="Fwd: Re: 게시물 처리 요청",
    body=f"""위원회 담당자님, 마이너 갤러리 매니저에게서 받은 회신을 전달드립니다.

---------- Forwarded message ---------
보낸사람: 코인마켓 매니저 <coinmarket.mgr@naver.com>
Date: 2024년 9월 6일 (금) 오후 2:10
Subject: Re: 게시물 처리 요청
To: <report@dcinside.com>

요청하신 482210, 482377번 글 모두 지웠습니다.
{D[2]}
{D[3]}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform staff forwarding a volunteer moderator's Gmail-style reply",
    why="the statements are the forwarded moderator's, not DC Inside's own",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-report-receipt",
    date="Thu, 05 Sep 2024 10:07:40 +0900",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    subject="[디시인사이드] 신고가 정상적으로 접수되었습니다",
    body=f"""[디시인사이드] 신고가 정상적으로 접수되었습니다.

접수번호: DC-240905-3391
접수일시: 2024-09-05 10:07
접수 내용: 시정요구 {R4} (게시물 5건)

담당자 확인 후 순차적으로 처리되며, 처리 결과는 회신 메일로 안내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (접수번호) from a community site",
    why="pure acknowledgement of the request",
    items={},
)

case(
    name="kcsc-mx-delay-notice",
    date="Thu, 05 Sep 2024 14:00:12 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Delayed Mail (still being retried)",
    raw_mime=multipart("report", "dly.0905.x", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal@dcinside.com>: connect to mx1.dcinside.com[203.0.113.40]:25: Connection timed out
""", "7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 05 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; legal@dcinside.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.dcinside.com[203.0.113.40]:25: Connection timed out
Will-Retry-Until: Tue, 10 Sep 2024 10:00:03 +0900
""", "7bit"),
        part("text/rfc822-headers", f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [{R4}] 시정요구 (5건)
Message-ID: <{mid(R4)}@kcsc.example>
Date: Thu, 05 Sep 2024 10:00:00 +0900
""", "7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix 'delayed mail' warning DSN from our own MTA",
    why="a delay DSN; it names no item and no platform wrote it",
    items={},
)

# ====================================================================== BAND
case(
    name="band-result-two-posts",
    date="Mon, 09 Sep 2024 11:21:14 +0900",
    **{"from": "noreply@band.us"}, name_from="BAND",
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    body=f"""안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글({R5})의 처리 결과를 안내드립니다.

▶ {B[0]}
   BAND 운영정책 위반(불법 정보)으로 확인되어 게시글을 삭제했습니다.

▶ {B[1]}
   작성자가 이미 삭제하여 확인할 수 없는 게시글입니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre outcome mail, ▶ URL with the result indented below",
    why="삭제했습니다 removed; deleted by its author not_found; the policy link is not an item",
    items={B[0]: "removed", B[1]: "not_found"},
)

case(
    name="band-both-deleted-unnamed",
    date="Tue, 10 Sep 2024 09:50:00 +0900",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    subject=f"RE: [{R5}] 게시글 삭제 요청 (2건)",
    reply_to_req=mid(R5),
    body="""안녕하세요, BAND 고객센터입니다.

신고하신 게시글 2건 모두 운영정책에 따라 삭제 조치되었습니다.
해당 밴드의 리더에게도 운영정책 안내를 전달했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="'both reported posts removed' reply without naming them",
    why="one statement for a two-item request, naming neither: bulk",
    items={B[0]: "pending", B[1]: "pending"},
)

band_quote = "\n".join("> " + ln if ln else ">" for ln in req_quote_lines(R5, B, 2))
case(
    name="band-gmail-quote-one-post",
    date="Mon, 09 Sep 2024 17:05:39 +0900",
    **{"from": "help@band.us"}, name_from="BAND 운영팀",
    subject=f"Re: [{R5}] 게시글 삭제 요청 (2건)",
    reply_to_req=mid(R5),
    body=f"""안녕하세요. 밴드 운영팀입니다.

1533번 게시글({B[1]})은 운영정책 위반이 확인되어 비공개 처리했습니다.
나머지 1건은 확인 중이며, 결과가 나오면 다시 알려드리겠습니다.

밴드 운영팀 드림

2024년 9월 6일 (금) 오전 10:00, KCSC 테이크다운 <takedown@kcsc.example>님이 작성:
{band_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') over the '>'-quoted request",
    why="비공개 처리 of the named post is removed; the other post is only in the quote and stays untouched",
    items={B[1]: "removed"},
)

case(
    name="band-noreply-autoreply",
    date="Fri, 06 Sep 2024 10:00:31 +0900",
    **{"from": "noreply@band.us"}, name_from="BAND",
    subject=f"자동 회신: [{R5}] 게시글 삭제 요청 (2건)",
    extra_headers=AUTO,
    body="""본 메일 주소는 발신 전용으로, 보내주신 메일은 확인되지 않습니다.

게시글·댓글 신고는 BAND 앱의 신고 기능 또는 고객센터 문의하기를 이용해 주세요.
고객센터: https://band.us/cs

BAND 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="send-only mailbox auto-reply ('발신 전용') from a social service",
    why="auto-reply, nothing about any item",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 461 (Korean portals). Written from each email's meaning before
# any run of the reader. See NOTES.md. Regenerate: python3 tests/corpus/blind461/make.py
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def write_notes_table():
    lines = ["| case | outcome | items changed | imitates |", "|---|---|---|---|"]
    for c in cases:
        ch = [f"{s}" for u, s in c.get("items", {}).items() if s != "pending"]
        summ = ", ".join(f"{ch.count(s)} {s}" for s in ("removed", "restricted", "rejected", "not_found") if s in ch) or "-"
        out = c["outcome"] + (f" ({c['review']})" if c.get("review") else "")
        if c["outcome"] == "ignored":
            out += f" ({c['classification']})"
        lines.append(f"| {c['name']} | {out} | {summ} | {c['imitates']} |")
    return "\n".join(lines) + "\n"


def encode_headers():
    """Korean display names and subjects as RFC 2047 encoded-words, as real
    Korean mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, "blind461", HEADER, cases)
    notes = os.path.join(HERE, "NOTES.md")
    with open(notes, encoding="utf-8") as f:
        text = f.read()
    start = text.index("<!-- cases -->") + len("<!-- cases -->\n")
    end = text.index("<!-- /cases -->")
    with open(notes, "w", encoding="utf-8", newline="\n") as f:
        f.write(text[:start] + write_notes_table() + text[end:])
