#!/usr/bin/env python3
"""Blind set 375: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), mixing Korean and English, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning, before any run of the reader. Every URL,
name, id and ticket number is fictional.

    python3 tests/corpus/blind375/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.update({
    "daum.net": "Daum",
    "kakaocorp.com": "Kakao",
    "dcinside.com": "DCInside",
    "sooplive.co.kr": "SOOP",
    "sooplive.com": "SOOP",
    "nate.com": "Nate",
    "inven.co.kr": "Inven",
    "clien.net": "CLIEN",
    "ppomppu.co.kr": "Ppomppu",
    "fmkorea.com": "FM Korea",
})

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)
MID = {r: "req-" + r[5:] for r in (R1, R2, R3, R4, R5, R6, R7)}

# NAVER (largest request, 13 items)
N1 = "https://blog.naver.com/moonlit_tide88/223551020341"
N2 = "https://blog.naver.com/moonlit_tide88/223551020977"
N3 = "https://blog.naver.com/gray_orchard/223549876012"
N4 = "https://cafe.naver.com/bluecrane77/58213"
N5 = "https://cafe.naver.com/bluecrane77/58240"
N6 = "https://cafe.naver.com/nightmarket2030/9921"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=471230551"
N8 = "https://blog.naver.com/dawnfield_03/223553300418"
N9 = "https://cafe.naver.com/bluecrane77/58302"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=37712045&memberNo=51203377"
N11 = "https://blog.naver.com/gray_orchard/223550011236"
N12 = "https://tv.naver.com/v/58812034"
N13 = "https://cafe.naver.com/nightmarket2030/10037"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

# DC Inside (5)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=330451"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=330517"
D4 = "https://gall.dcinside.com/mini/board/view/?id=quietlake&no=2291"
D5 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399"
DC = [D1, D2, D3, D4, D5]

# Daum (4); two are stored percent-encoded (cafe name 주식사랑방)
A1 = "https://cafe.daum.net/%EC%A3%BC%EC%8B%9D%EC%82%AC%EB%9E%91%EB%B0%A9/Hq3k/1207"
A1_RAW = "https://cafe.daum.net/주식사랑방/Hq3k/1207"
A2 = "https://cafe.daum.net/sunnyharbor/Zp9x/4410"
A3 = "https://cafe.daum.net/sunnyharbor/Zp9x/4415"
A4 = "https://cafe.daum.net/%EC%A3%BC%EC%8B%9D%EC%82%AC%EB%9E%91%EB%B0%A9/Hq3k/1233"
A4_RAW = "https://cafe.daum.net/주식사랑방/Hq3k/1233"
DAUM = [A1, A2, A3, A4]

# SOOP (3)
S1 = "https://vod.sooplive.co.kr/player/132045587"
S2 = "https://ch.sooplive.co.kr/nightowl2024/post/118830021"
S3 = "https://vod.sooplive.co.kr/player/132047761"
SOOP = [S1, S2, S3]

# FM Korea (2), Clien (1), Ppomppu (2)
F1 = "https://www.fmkorea.com/7281034456"
F2 = "https://www.fmkorea.com/7281112093"
C1 = "https://www.clien.net/service/board/park/18733021"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120334"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120871"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    (R1, "naver", "2024-09-02T14:05:00+09:00", "2024-09-09T18:00:00+09:00",
     "gambling", "blog/cafe/kin/post/tv, illegal gambling promotion", NAVER),
    (R2, "dcinside", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", "stock and coin gallery pump posts", DC),
    (R3, "daum", "2024-09-04T15:10:00+09:00", "2024-09-11T18:00:00+09:00",
     "fraud", "Daum cafe investment scam posts", DAUM),
    (R4, "soop", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscene", "VODs and a channel post", SOOP),
    (R5, "fmkorea", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "personal data of a private person", [F1, F2]),
    (R6, "clien", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "one park board post", [C1]),
    (R7, "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "free board posts", [P1, P2]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(html)}\n"
        f"--{boundary}--\n"
    )


def pending(*urls):
    return {u: "pending" for u in urls}


REQ_QUOTE_KO = "\n".join(
    ["> 안녕하십니까. 방송통신심의위원회 통신심의 담당자입니다.",
     "> 아래 정보에 대하여 「방송통신위원회의 설치 및 운영에 관한 법률」",
     "> 제21조에 따른 시정요구(삭제)를 통보하오니 조치 후 결과를 회신하여",
     "> 주시기 바랍니다. (요청번호 KCSC-240902-01)",
     ">"]
    + [f"> {i}. {u}" for i, u in enumerate(NAVER, 1)]
)

CASES = []
ENC_SUBJ = "=?UTF-8?B?" + base64.b64encode("시정요구 통보".encode()).decode() + "?="


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-table-html",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[회신] KCSC-240902-01 시정요구 조치결과 통보",
    reply_to_req=MID[R1],
    raw_mime=alt(
        "HTML 형식의 메일입니다. 내용을 보시려면 HTML을 지원하는 메일 프로그램을 이용해 주세요.\n",
        "<html><body style=\"font-family:'Malgun Gothic'\">\n"
        "<p>방송통신심의위원회 담당자님께,</p>\n"
        "<p>귀 위원회의 시정요구(요청번호 KCSC-240902-01)에 대한 1차 조치결과를 아래와 같이 회신드립니다.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
        "<tr style=\"background:#eee\"><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>\n"
        f"<tr><td>1</td><td>{N1}</td><td>삭제</td><td>09.04 처리</td></tr>\n"
        f"<tr><td>2</td><td>{N2}</td><td>삭제</td><td>09.04 처리</td></tr>\n"
        f"<tr><td>3</td><td>{N3}</td><td>임시조치</td><td>30일간 접근 제한</td></tr>\n"
        f"<tr><td>4</td><td>{N4}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>\n"
        f"<tr><td>5</td><td>{N5}</td><td>게시물 없음</td><td>작성자가 요청 전 삭제</td></tr>\n"
        f"<tr><td>6</td><td>{N6}</td><td>미조치</td><td>위반 사항 확인되지 않아 게시 유지</td></tr>\n"
        "</table>\n"
        "<p>나머지 항목은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>\n"
        "<p>네이버 정책지원팀 드림<br>"
        "<a href=\"https://policy.naver.com/rules/service.html\">네이버 서비스 운영정책</a></p>\n"
        "</body></html>\n",
        "----=_NaverAlt_5E1A",
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/비고) in an HTML-only reply",
    why="item rows with 삭제/임시조치/블라인드/게시물 없음/미조치(게시 유지), from NAVER's authenticated domain",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed",
           N5: "not_found", N6: "rejected"},
)

case(
    name="naver-blog-temporary-measure",
    date="Wed, 04 Sep 2024 10:15:33 +0900",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject="[네이버] 블로그 게시물 임시조치 결과 안내 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240902-01)과 관련하여, 아래 블로그
게시물 2건에 대해 정보통신망법 제44조의2에 따른 임시조치(게시물 접근 제한)를
하였음을 알려드립니다.

 - {N8}
 - {N11}

임시조치 기간은 30일이며, 이 기간 동안 게시자의 재게시 요청이 없으면 해당
게시물은 삭제될 수 있습니다. 재게시 요청이 접수되는 경우 다시 안내드리겠습니다.

감사합니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (30-day temporary measure)",
    why="임시조치(접근 제한) stated for two named blog posts; the possible later deletion is only a possibility",
    items={N8: "restricted", N11: "restricted"},
)

case(
    name="naver-cafe-bullets-en",
    date="Fri, 06 Sep 2024 09:02:47 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240902-01 - Cafe posts",
    reply_to_req=MID[R1],
    body=f"""
Dear KCSC team,

Regarding your request KCSC-240902-01, our Cafe operations team reviewed the
posts and took the following actions:

 • {N4} — removed for violating the Cafe operation policy (illegal gambling promotion)
 • {N5} — removed
 • {N9} — not found; the post had been deleted by its author before our review
 • {N13} — access from Korea restricted in line with the Commission's decision

The remaining items of this request are handled by the Blog and Knowledge iN
teams and will be answered separately.

For our policy, see https://help.naver.com/policy/cafe_operation.html

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply with a bulleted action list",
    why="four named cafe posts with removed/removed/not found/restricted in Korea; the help link is no item",
    items={N4: "removed", N5: "removed", N9: "not_found", N13: "restricted"},
)

_csv_rows = [
    ("번호", "URL", "서비스", "조치결과", "조치일시"),
    ("1", N1, "블로그", "삭제", "2024-09-05 10:12"),
    ("2", N2, "블로그", "삭제", "2024-09-05 10:12"),
    ("3", N3, "블로그", "임시조치", "2024-09-04 16:40"),
    ("4", N4, "카페", "삭제", "2024-09-05 11:03"),
    ("5", N5, "카페", "해당 게시물 없음", ""),
    ("6", N6, "카페", "위반사항 없음(게시 유지)", ""),
    ("7", N7, "지식iN", "삭제", "2024-09-05 13:27"),
    ("8", N8, "블로그", "임시조치", "2024-09-04 10:05"),
    ("9", N9, "카페", "해당 게시물 없음", ""),
    ("10", N10, "포스트", "삭제", "2024-09-06 09:50"),
    ("11", N11, "블로그", "삭제", "2024-09-06 09:52"),
    ("12", N12, "네이버TV", "비공개 처리", "2024-09-06 10:20"),
    ("13", N13, "카페", "국내 접속 차단", "2024-09-06 10:31"),
]
_csvbuf = io.StringIO()
csv.writer(_csvbuf, lineterminator="\r\n").writerows(_csv_rows)
_csv_text = "\ufeff" + _csvbuf.getvalue()

case(
    name="naver-csv-attachment-all",
    date="Fri, 06 Sep 2024 14:20:05 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] KCSC-240902-01 조치결과 최종 회신 (첨부)",
    reply_to_req=MID[R1],
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="----=_NaverMix_77C0"\n\n'
        "------=_NaverMix_77C0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64("안녕하세요, 네이버 정책지원팀입니다.\n\n"
              "요청번호 KCSC-240902-01 전체 13건에 대한 최종 조치결과를 첨부 파일(CSV)로\n"
              "송부드립니다. 확인 부탁드립니다.\n\n"
              "네이버 정책지원팀 드림\n") + "\n"
        "------=_NaverMix_77C0\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_csv_text) + "\n"
        "------=_NaverMix_77C0--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (UTF-8 with BOM) under a one-line cover note",
    why="one CSV row per item with its 조치결과, all 13 items named",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "restricted", N9: "not_found", N10: "removed",
           N11: "removed", N12: "removed", N13: "restricted"},
)

case(
    name="naver-top-posted-gmail-quote",
    date="Tue, 03 Sep 2024 18:31:12 +0900",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="김서연",
    subject="Re: [KCSC-240902-01] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.

먼저 처리된 2건 회신드립니다.

네이버TV 영상 {N12} 은 비공개 처리되었습니다.
지식iN 답변 {N7} 은 삭제되었습니다.

나머지 건은 담당 부서 확인 후 별도로 회신드리겠습니다.

김서연 드림

2024년 9월 2일 (월) 오후 2:05, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{REQ_QUOTE_KO}
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted 시정요구 email",
    why="two named items stated above the quote; the 13 quoted URLs are our own request",
    items={N12: "removed", N7: "removed", N1: "pending", N2: "pending", N13: "pending"},
)

case(
    name="naver-angle-brackets-rejected-en",
    date="Mon, 09 Sep 2024 11:48:20 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01: Knowledge iN answer and Post",
    body=f"""
Hello,

Thank you for your request (KCSC-240902-01). Here are the results for the two
items your office followed up on by phone:

<{N7}>
Removed. The answer contained contact details for an illegal online casino.

<{N10}>
Not removed. This post is news commentary and does not violate the NAVER Post
operation policy or Korean law, so it remains available. If the Commission has
further legal grounds we would be glad to look at them.

Regards,
Trust & Safety, NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk result with URLs in angle brackets and the decision on the line below",
    why="one removal and one refusal with its reason; the offer to look at more grounds is no request",
    items={N7: "removed", N10: "rejected"},
)

case(
    name="naver-qp-korean-particles",
    date="Tue, 10 Sep 2024 15:05:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="KCSC-240902-01 추가 회신",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp("안녕하세요. KCSC-240902-01 관련 추가 회신입니다.\n\n"
             f"{N3}은 운영정책 위반으로 삭제 처리하였고，"
             f"{N11}는 확인 결과 존재하지 않는 게시물입니다（작성자가 이미 삭제함）。\n\n"
             "감사합니다.\n네이버 정책지원팀\n") + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply where particles and full-width punctuation touch the URLs",
    why="삭제 for one blog post, 존재하지 않는 게시물 (author deleted) for the other",
    items={N3: "removed", N11: "not_found"},
)

case(
    name="dc-operator-result-ko",
    date="Thu, 05 Sep 2024 16:10:02 +0900",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 시정요구 처리 결과 회신 (KCSC-240903-02)",
    reply_to_req=MID[R2],
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건의 처리 결과를 안내드립니다.

1. {D1}
   → 운영자 삭제
2. {D2}
   → 운영자 삭제
3. {D3}
   → 운영자 삭제 및 작성자 IP 차단
4. {D4}
   → 작성자 본인이 이미 삭제한 게시물입니다.
5. {D5}
   → 개인 투자 의견으로 판단되어 삭제하지 않았습니다(게시물 유지).

추가 문의는 본 메일로 회신 주시기 바랍니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site 운영자 삭제 result list with the decision on the line below each URL",
    why="five numbered items: three 운영자 삭제, one already deleted by its author, one kept with a reason",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "rejected"},
)

case(
    name="dc-url-then-status-below",
    date="Fri, 06 Sep 2024 13:22:51 +0900",
    **{"from": "support@dcinside.com"},
    name_from="DCinside Support",
    subject="RE: KCSC-240903-02 minor gallery posts",
    body=f"""
Hello KCSC,

Below is the result for the minor gallery posts in your request.

{D2}
Status: Deleted (삭제 완료)

{D3}
Status: Deleted (삭제 완료)

The gallery manager of this minor gallery has also been warned.

Regards,
DCinside Support
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual support reply, bare URL with 'Status:' on the line below",
    why="two named posts, each Deleted",
    items={D2: "removed", D3: "removed"},
)

case(
    name="daum-temporary-measure-raw-korean",
    date="Fri, 06 Sep 2024 10:40:18 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="[Daum 카페] 게시물 임시조치 결과 안내 (KCSC-240904-03)",
    body=f"""
[Daum 카페] 게시물 임시조치 결과 안내

요청번호: KCSC-240904-03
처리일시: 2024.09.06 10:31

아래 게시물은 30일간 임시조치(접근 제한)되었습니다.

대상 게시물: {A1_RAW}
대상 게시물: {A4_RAW}

임시조치된 게시물에는 해당 사실이 게시물 위치에 표시되며, 게시자는 30일 이내에
이의를 제기할 수 있습니다.

Daum 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 notice",
    why="임시조치(접근 제한) for two named cafe posts written with a raw Korean path",
    items={A1: "restricted", A4: "restricted"},
)

case(
    name="daum-html-table-en",
    date="Mon, 09 Sep 2024 09:55:40 +0900",
    **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Safety",
    subject="[Kakao] Result of your request KCSC-240904-03",
    type="html",
    body=f"""
<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>Please find below the result for the Daum Cafe posts in your request KCSC-240904-03.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>URL</th><th>Action</th><th>Reason</th></tr></thead>
<tbody>
<tr><td><a href="{A2}">{A2}</a></td><td>Deleted</td><td>Illegal gambling advertisement</td></tr>
<tr><td><a href="{A3}">{A3}</a></td><td>No action</td><td>Post does not exist (deleted by the author)</td></tr>
</tbody>
</table>
<p>Kakao Safety Team<br><a href="https://cs.kakao.com/helps?service=daumcafe">Kakao Help Center</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English HTML result table (URL / Action / Reason)",
    why="Deleted for one post; the other does not exist because its author deleted it",
    items={A2: "removed", A3: "not_found"},
)

case(
    name="soop-vod-mixed-ko",
    date="Mon, 09 Sep 2024 17:03:29 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject="[SOOP] 요청하신 콘텐츠 처리 결과 (KCSC-240905-04)",
    reply_to_req=MID[R4],
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

요청하신 콘텐츠 3건에 대한 처리 결과입니다.

- VOD {S1} : 비공개 처리(서비스 내 재생 불가)
- 방송국 게시글 {S2} : 청소년 유해 콘텐츠로 19세 이상 연령 제한 설정
- VOD {S3} : 삭제

해당 BJ에게는 운영정책에 따른 이용 제한 조치도 함께 진행하였습니다.

SOOP 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 운영정책 result with VOD 비공개/연령 제한/삭제",
    why="three named items: 비공개 처리, 19세 연령 제한, 삭제",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

case(
    name="soop-base64-en",
    date="Tue, 10 Sep 2024 12:44:03 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240905-04 channel post",
    reply_to_req=MID[R4],
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64("Hi,\n\n"
              "Following up on KCSC-240905-04: the channel post\n"
              f"{S2}\n"
              "was taken down today by our operations team, after the earlier age gate.\n"
              "The broadcaster's channel has also received a 7-day posting restriction.\n\n"
              "Best,\nSOOP Trust & Safety\n") + "\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded English trust-and-safety follow-up",
    why="the named channel post was taken down; the restriction is on the channel, not the item",
    items={S2: "removed"},
)

case(
    name="fmk-list-then-sentence",
    date="Mon, 09 Sep 2024 20:11:45 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="KCSC-240906-05 건 회신",
    body=f"""
안녕하세요 에펨코리아 운영진입니다.

{F1}
{F2}

위 두 게시물은 확인 후 삭제 처리하였고 작성자는 30일 이용 정지되었습니다.
개인정보가 포함된 댓글도 함께 정리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply listing the URLs and then one sentence about them",
    why="'위 두 게시물' names the two URLs just listed, so each is stated removed",
    items={F1: "removed", F2: "removed"},
)

case(
    name="clien-single-no-url",
    date="Tue, 10 Sep 2024 09:12:37 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영팀",
    subject="RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240909-06)",
    reply_to_req=MID[R6],
    body=f"""
안녕하세요. 클리앙 운영팀입니다.

요청하신 게시물은 운영 규정에 따라 삭제 처리하였습니다.

감사합니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 4:20 PM
To: admin@clien.net
Subject: [방송통신심의위원회] 시정요구 통보 (KCSC-240909-06)

아래 정보에 대하여 시정요구(삭제)를 통보합니다.
1. {C1}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to a one-item 시정요구, URL only in the quoted original",
    why="a statement naming no URL answers a request of exactly one item, so it applies",
    items={C1: "removed"},
)

case(
    name="ppomppu-mixed-ko",
    date="Thu, 12 Sep 2024 14:27:50 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="[뽐뿌] KCSC-240910-07 처리 결과",
    reply_to_req=MID[R7],
    body=f"""
안녕하세요. 뽐뿌 운영팀입니다.

{P1} — 불법 도박 사이트 홍보로 확인되어 삭제하였습니다.
{P2} — 제품 사용 후기로 판단되며 운영 규정 위반 사항이 없어 게시를 유지합니다.

문의사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site result with one removal and one refusal with reason",
    why="삭제 for one, 게시 유지 with its reason for the other",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="naver-outlook-quote-en",
    date="Wed, 04 Sep 2024 16:58:09 +0900",
    **{"from": "safety@navercorp.com"},
    name_from="NAVER Safety",
    subject="RE: [KCSC-240902-01] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
Dear KCSC,

Cafe post {N6} has been made unavailable to all users.

Cafe post {N13} stays up: it is a price comparison thread and we found no
violation of our policies.

Kind regards,
Minjun Lee | NAVER Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:05 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 시정요구 통보

Please remove the following:
{N6}
{N13}
{N8}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted English reply over '-----Original Message-----'",
    why="one made unavailable, one kept with a reason; the quoted request names n8 but says nothing of it",
    items={N6: "removed", N13: "rejected", N8: "pending"},
)

case(
    name="naver-wrapped-angle-url",
    date="Thu, 12 Sep 2024 10:06:31 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01 - Post and NAVER TV",
    body="""
Hello,

The NAVER Post article
<https://post.naver.com/viewer/postView.naver?volumeNo=37712045&
 memberNo=51203377>
has been removed.

The NAVER TV clip <https://tv.naver.com/v/58812034> is now age-restricted
(19+); logged-out users and minors can no longer view it.

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped Post URL is removed; the TV clip is age-restricted",
    items={N10: "removed", N12: "restricted"},
)

case(
    name="dc-echoed-report",
    date="Thu, 05 Sep 2024 17:45:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""
디시인사이드 신고센터입니다. 접수하신 신고의 처리 결과를 안내드립니다.

[신고 접수 내용]
신고 번호: DC-R-20240905-0173
게시물 주소: {D1}
신고 사유: 불법 정보 (방송통신심의위원회 요청 KCSC-240903-02)
[처리 결과] 삭제 완료 (2024-09-05 17:40)

[신고 접수 내용]
신고 번호: DC-R-20240905-0174
게시물 주소: {D5}
신고 사유: 불법 정보 (방송통신심의위원회 요청 KCSC-240903-02)
[처리 결과] 삭제 완료 (2024-09-05 17:41)

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre system mail echoing each report with its 처리 결과",
    why="each echoed report ends with 삭제 완료 for its named post",
    items={D1: "removed", D5: "removed"},
)

case(
    name="daum-top-posted-gmail",
    date="Thu, 05 Sep 2024 11:19:04 +0900",
    **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페 운영",
    subject="Re: [KCSC-240904-03] 시정요구 통보",
    reply_to_req=MID[R3],
    body=f"""
안녕하세요. Daum 카페 운영 담당입니다.

{A2} 게시물은 삭제하였습니다.
{A3} 게시물은 게시자 본인이 이미 삭제하여 존재하지 않습니다.

주식사랑방 카페 게시물 2건은 권리침해신고센터에서 따로 회신드릴 예정입니다.

2024년 9월 4일 (수) 오후 3:10, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 아래 정보에 대하여 시정요구를 통보합니다. (KCSC-240904-03)
> 1. {A1}
> 2. {A2}
> 3. {A3}
> 4. {A4}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Korean reply above a Gmail '님이 작성:' quote",
    why="two named posts above the quote; the two 주식사랑방 posts are only promised a later answer",
    items={A2: "removed", A3: "not_found", A1: "pending", A4: "pending"},
)

case(
    name="soop-ack-plus-statement",
    date="Fri, 06 Sep 2024 15:36:27 +0900",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 신고 접수 및 처리 결과 안내 (접수번호 SP-2409-55120)",
    body=f"""
안녕하세요, SOOP 고객센터입니다.

고객님의 신고가 정상적으로 접수되었습니다. (접수번호 SP-2409-55120)

확인 결과 신고하신 VOD({S1})는 운영정책 위반으로 삭제되었습니다.

SOOP을 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt that also carries the outcome",
    why="an acknowledgement phrase plus an unhedged 삭제되었습니다 for a named VOD is a confirmation",
    items={S1: "removed"},
)

case(
    name="naver-statement-of-reasons-en",
    date="Wed, 11 Sep 2024 19:20:00 +0900",
    **{"from": "noreply-sor@navercorp.com"},
    name_from="NAVER Content Moderation",
    subject="Statement of reasons - KCSC-240902-01",
    body=f"""
STATEMENT OF REASONS

Decision 1
  Type of restriction : Visibility restricted - content withheld in the Republic of Korea
  Content             : {N2}
  Territorial scope   : KR
  Ground              : Illegal content under Korean law (notice from the KCSC)
  Automated means     : No

Decision 2
  Type of restriction : Removal of content
  Content             : {N1}
  Territorial scope   : Global
  Ground              : Incompatible with NAVER Blog operation policy (gambling promotion)
  Automated means     : No

Redress: the uploader may appeal at https://help.naver.com/appeal/blog
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (type of restriction, territorial scope, ground)",
    why="one item withheld in Korea only, one removed globally; the appeal link is no item",
    items={N2: "restricted", N1: "removed"},
)

case(
    name="ppomppu-html-anchors",
    date="Fri, 13 Sep 2024 11:02:14 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="[뽐뿌] 게시물 처리 결과 안내 (KCSC-240910-07)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 뽐뿌 운영팀입니다.</p>
<p>요청하신 게시물의 처리 결과입니다.</p>
<ul>
<li><a href="{P1}">자유게시판 9120334번 글</a> : 요청 이전에 작성자가 스스로 삭제한 게시물로 확인되어 별도 조치 대상이 없습니다.</li>
<li><a href="{P2}">자유게시판 9120871번 글</a> : 불법 도박 홍보로 확인되어 삭제하였습니다.</li>
</ul>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only reply whose items are links with descriptive anchor text",
    why="the first link was deleted by its author before the request (not found), the second is deleted",
    items={P1: "not_found", P2: "removed"},
)

case(
    name="fmk-english-adult-only",
    date="Thu, 12 Sep 2024 22:40:51 +0900",
    **{"from": "support@fmkorea.com"},
    name_from="FM Korea Support",
    subject="Re: KCSC-240906-05",
    reply_to_req=MID[R5],
    body=f"""
Hello,

Update on your request:

{F1} - deleted.
{F2} - moved to the members-only adult board; it can no longer be viewed by
minors or by visitors who are not logged in.

FM Korea Support
""",
    outcome="applied", classification="confirmation",
    imitates="short English update from a community-site support desk",
    why="one deleted, one behind an adult-members gate (age-restricted)",
    items={F1: "removed", F2: "restricted"},
)

case(
    name="naver-numbered-ten-ko",
    date="Thu, 05 Sep 2024 19:02:33 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] 시정요구 조치결과 (KCSC-240902-01, 1차)",
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.
요청번호 KCSC-240902-01 건의 1차 조치결과를 아래와 같이 알려드립니다.

1. {N1} - 삭제
2. {N2} - 삭제
3. {N3} - 블라인드
4. {N4} - 삭제
5. {N5} - 임시조치
6. {N6} - 게시물 없음(작성자 삭제)
7. {N7} - 삭제
8. {N8} - 비공개 처리
9. {N9} - 위반사항 없음(게시 유지)
10. {N10} - 삭제

아래 3건은 현재 검토 중이며, 완료되는 대로 회신드리겠습니다.
- {N11}
- {N12}
- {N13}

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text numbered 조치결과 list with the three open items under '검토 중'",
    why="ten items with Korean statuses; the three under review stay pending",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
           N11: "pending", N12: "pending", N13: "pending"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-ko",
    date="Tue, 03 Sep 2024 09:40:16 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="Re: [KCSC-240902-01] 시정요구 통보",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 블로그 게시물
{N1}
{N2}
은 내부 검토 후 운영정책에 따라 조치될 예정입니다.
처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply that only promises action ('조치될 예정')",
    why="a promise about named items is no statement; names items, so not a pure acknowledgement",
    items=pending(N1, N2),
)

case(
    name="dc-hedge-en",
    date="Wed, 04 Sep 2024 14:03:58 +0900",
    **{"from": "support@dcinside.com"},
    name_from="DCinside Support",
    subject="RE: KCSC-240903-02",
    body=f"""
Hi,

We looked into the link {D4}.
It appears the post may have already been removed by the mini gallery
manager, but we are still confirming this with the team. We will get back to
you once we know more.

DCinside Support
""",
    outcome="review", review="not_understood",
    imitates="support reply hedging about a post's state ('it appears … may have')",
    why="hedged, unconfirmed; the item stays pending",
    items=pending(D4),
)

case(
    name="naver-bulk-all-done",
    date="Mon, 09 Sep 2024 16:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] KCSC-240902-01 조치 완료",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line '전체 조치 완료' reply to a many-item request",
    why="one statement covers 13 items without naming any",
    items=pending(*NAVER),
)

case(
    name="soop-bulk-en",
    date="Wed, 11 Sep 2024 10:25:40 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="KCSC-240905-04 closed",
    reply_to_req=MID[R4],
    body="""
Hello,

All content listed in your request KCSC-240905-04 has been actioned and is no
longer available on SOOP. We consider this request closed.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="English 'all reported content actioned' closure",
    why="a statement about three items without naming each",
    items=pending(*SOOP),
)

case(
    name="naver-forged-auth-fail",
    date="Wed, 04 Sep 2024 02:13:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""
방송통신심의위원회 귀중

요청하신 게시물은 아래와 같이 처리되었습니다.

1. {N1} - 삭제
2. {N2} - 삭제
3. {N3} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="result list claiming to be from NAVER but failing DKIM/SPF/DMARC",
    why="NAVER's domain fails authentication: nothing applied",
    items=pending(N1, N2, N3),
)

case(
    name="gmail-cafe-manager",
    date="Wed, 04 Sep 2024 21:47:22 +0900",
    **{"from": "bluecrane.mgr@gmail.com"},
    name_from="블루크레인 카페 매니저",
    subject="카페 게시글 삭제했습니다",
    body=f"""
안녕하세요 블루크레인 카페 매니저입니다.
네이버에서 연락받고 위원회에서 요청하신 저희 카페 글

{N4}
{N5}

두 개 삭제했습니다. 앞으로 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a private webmail address",
    why="not NAVER's domain: a user's word is no platform statement",
    items=pending(N4, N5),
)

case(
    name="daum-wrong-platform",
    date="Thu, 05 Sep 2024 13:14:45 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="Re: 게시물 확인 요청 (KCSC-240902-01)",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

보내주신 게시물 주소를 Daum 서비스에서 조회하였으나, 아래 게시물은
존재하지 않는 게시물로 확인됩니다.

- {N9}
- {N6}

다른 서비스의 게시물인 경우 해당 서비스 사업자에게 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao/Daum answering about another portal's URLs sent to it by mistake",
    why="Daum states 'does not exist' for NAVER items: it cannot speak for them",
    items=pending(N9, N6),
)

case(
    name="naver-asks-more",
    date="Fri, 06 Sep 2024 11:11:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="[NAVER] KCSC-240902-01 관련 자료 요청",
    reply_to_req=MID[R1],
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 지식iN 게시물
{N7}
의 조치를 위하여, 시정요구 의결서 사본과 해당 게시물의 위법 근거 조항을
회신해 주시기 바랍니다. 자료 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the decision document and legal basis before acting",
    why="a request for documents about a named item; nothing done yet",
    items=pending(N7),
)

case(
    name="clien-conditional",
    date="Wed, 11 Sep 2024 10:02:26 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영팀",
    subject="RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240909-06)",
    reply_to_req=MID[R6],
    body=f"""
안녕하세요. 클리앙 운영팀입니다.

{C1} 게시물의 작성자에게 소명 기회를 부여하였습니다.
9월 16일까지 소명이 없거나 소명이 받아들여지지 않으면 해당 게시물을 삭제할 예정입니다.
결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community admin describing a conditional, future deletion",
    why="a condition and a plan, not a statement; the item stays pending",
    items=pending(C1),
)

case(
    name="fmk-under-review-ko",
    date="Tue, 10 Sep 2024 18:33:19 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: KCSC-240906-05",
    reply_to_req=MID[R5],
    body=f"""
안녕하세요.

{F1}, {F2}
두 게시물은 현재 운영진 검토 중입니다. 검토 기간 동안 게시물을 목록에서 숨길지
논의하고 있으며, 결정되는 대로 알려드리겠습니다.

에펨코리아 운영진
""",
    outcome="review", review="not_understood",
    imitates="'검토 중' interim reply naming both items",
    why="under review and a discussion of hiding: no statement about either item",
    items=pending(F1, F2),
)

case(
    name="nate-no-claims",
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    **{"from": "partner@nate.com"},
    name_from="네이트 고객센터",
    subject="[네이트] 기관 협조 담당 연락처 변경 안내",
    body="""
안녕하세요. 네이트 고객센터입니다.

2024년 9월 23일부터 수사기관 및 심의기관 협조 요청 접수 창구가 아래와 같이
변경됩니다.

 - 변경 전: cs-legal@nate.com
 - 변경 후: partner@nate.com (평일 09:00~18:00)

기존 주소로 보내주신 요청도 10월 말까지는 자동으로 전달됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address for authorities",
    why="trusted Nate mail that names no item and no request",
    items={},
)

case(
    name="ppomppu-forwarded",
    date="Thu, 12 Sep 2024 09:15:42 +0900",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="Fwd: 자유게시판 신고 게시물 처리 (KCSC-240910-07)",
    body=f"""
참고로 담당 모더레이터 메일 전달드립니다.

---------- Forwarded message ---------
보낸사람: 자유게시판 모더레이터 <mod.free@ppomppu.co.kr>
Date: 2024년 9월 11일 (수) 오후 6:02
Subject: 자유게시판 신고 게시물 처리
To: 뽐뿌 운영팀 <help@ppomppu.co.kr>

{P1} 삭제했습니다.
{P2} 는 이미 없는 글입니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="operations team forwarding a moderator's internal note",
    why="the statements are in a forwarded message, not the sender's own",
    items=pending(P1, P2),
)

# ================================================================ IGNORED
case(
    name="naver-ooo-ko",
    date="Mon, 09 Sep 2024 08:00:12 +0900",
    **{"from": "jihoon.park@navercorp.com"},
    name_from="박지훈",
    subject="[자동회신] Re: [KCSC-240902-01] 시정요구 통보",
    reply_to_req=MID[R1],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박지훈입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="an out-of-office reply, whoever sends it",
    items={},
)

case(
    name="dc-dsn-bounce",
    date="Tue, 03 Sep 2024 10:31:05 +0900",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.7F1C2A.1725327065"

--DSN.7F1C2A.1725327065
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1
    <legal-kr@dcinside.com>: Recipient address rejected: User unknown

--DSN.7F1C2A.1725327065
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 10:31:03 +0900 (KST)

Final-Recipient: rfc822; legal-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@dcinside.com>: Recipient address rejected: User unknown

--DSN.7F1C2A.1725327065
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@dcinside.com
Subject: [KCSC-240903-02] {ENC_SUBJ}
Message-ID: <{MID[R2]}@kcsc.example>
Date: Tue, 03 Sep 2024 10:30:00 +0900

--DSN.7F1C2A.1725327065--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for our request",
    why="a delivery failure report",
    items={},
)

case(
    name="daum-mdn",
    date="Wed, 04 Sep 2024 15:42:30 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="읽음 확인: [KCSC-240904-03] 시정요구 통보",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4410-kakao"

--mdn-4410-kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240904-03] 시정요구 통보"을(를) 2024-09-04 15:42에 수신자가 읽었습니다.

--mdn-4410-kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4410-kakao--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="soop-ticket-receipt",
    date="Thu, 05 Sep 2024 11:02:44 +0900",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-2409-55873)",
    body="""
안녕하세요, SOOP 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: SP-2409-55873
문의 제목: [KCSC-240905-04] 시정요구 통보

담당자가 확인한 후 순차적으로 답변드리겠습니다. (영업일 기준 1~3일 소요)
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료)",
    why="a pure acknowledgement with a ticket number",
    items={},
)

case(
    name="inven-ooo-en",
    date="Fri, 13 Sep 2024 18:30:05 +0900",
    **{"from": "ops.lead@inven.co.kr"},
    name_from="Inven Operations",
    subject="Automatic reply: KCSC contact list update",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I am out of the office until 23 September (Chuseok holidays) with limited
access to email. For urgent moderation matters please write to
cs@inven.co.kr.

추석 연휴로 9월 23일까지 부재중입니다. 급한 건은 cs@inven.co.kr 로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply' over the Chuseok holidays",
    why="an out-of-office reply",
    items={},
)

case(
    name="naver-ticket-receipt-en",
    date="Mon, 02 Sep 2024 14:06:10 +0900",
    **{"from": "noreply@help.naver.com"},
    name_from="NAVER Help",
    subject="[NAVER Help] We have received your report (Ticket #20240902-883014)",
    body=f"""
Hello,

We have received your report. Your ticket number is #20240902-883014.

Reported URL: {N12}

Our team will review it and reply by email. You can check the progress of
your ticket at https://help.naver.com/mytickets

This is an automated message. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-centre automatic ticket receipt echoing the reported URL",
    why="a pure receipt: it echoes the reported URL but states nothing about it",
    items={N12: "pending"},
)

case(
    name="clien-dsn-mailbox-full",
    date="Wed, 11 Sep 2024 16:22:09 +0900",
    **{"from": "postmaster@mail.clien.net"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="clien-dsn-18733"

--clien-dsn-18733
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송 실패 / Delivery failed

After retrying for 48 hours, the message could not be delivered to
report@clien.net: the recipient's mailbox is full.
수신자의 메일함 용량이 초과되어 메일을 전달하지 못했습니다.

--clien-dsn-18733
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.clien.net

Final-Recipient: rfc822; report@clien.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--clien-dsn-18733
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@clien.net
Subject: [KCSC-240909-06] reminder
Message-ID: <{MID[R6]}.r1@kcsc.example>

--clien-dsn-18733--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual DSN after retries (552 5.2.2 mailbox full)",
    why="a delivery failure report",
    items={},
)


HEADER = """# Blind set 375 (Korean portals and community sites), written from each
# email's meaning before any run of the reader. Generated by make.py."""


def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as
    Korean mail clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)
    name = c.get("name_from")
    if name and not name.startswith("=?") and any(ch in name for ch in ",&"):
        c["name_from"] = '"' + name + '"'


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind375", HEADER, CASES)


if __name__ == "__main__":
    main()
