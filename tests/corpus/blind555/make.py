#!/usr/bin/env python3
"""Blind set 555: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Ppomppu), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind555/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email, name, id and URL is fictional; the expected results were written from
each email's meaning before any run of the reader.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, KST."""
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def enc(url):
    """The percent-encoded form stored in requests.csv."""
    return urllib.parse.quote(url, safe=":/?&=%")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_ferry/223561200101"
N2 = "https://blog.naver.com/moonlit_ferry/223561200188"
N3 = "https://blog.naver.com/hangang_odd/223559871142"
N4 = "https://cafe.naver.com/sunnyvalleybet/1187"
N5 = "https://cafe.naver.com/sunnyvalleybet/1204"
N6 = "https://cafe.naver.com/sunnyvalleybet/1219"
N7 = "https://cafe.naver.com/pebbletown/90321"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471238801"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=55120931"
N10 = "https://blog.naver.com/copper_kettle_77/223562004410"
N11 = "https://blog.naver.com/copper_kettle_77/223562004497"
N12 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30188712&articleid=5521"
N13 = "https://in.naver.com/gildedfox/contents/internal/708812345678901"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

D1_RAW = "https://sorrel-notes.tistory.com/entry/우리동네-소식-정리"
D2_RAW = "https://sorrel-notes.tistory.com/entry/솔직-후기-모음"
D1 = enc(D1_RAW)
D2 = enc(D2_RAW)
D3 = "https://cafe.daum.net/bluepeakfans/Fq2x/3381"
D4 = "https://cafe.daum.net/bluepeakfans/Fq2x/3390"
DAUM = [D1, D2, D3, D4]

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10938812"
G2 = "https://gall.dcinside.com/mgallery/board/view/?id=quietlake&no=552011"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=quietlake&no=552047"
G4 = "https://gall.dcinside.com/mini/board/view/?id=foxden&no=3321"
G5 = "https://gall.dcinside.com/board/view/?id=etc_entertainment&no=771204"
DC = [G1, G2, G3, G4, G5]

S1 = "https://vod.sooplive.co.kr/player/131882044"
S2 = "https://vod.sooplive.co.kr/player/131882390"
S3 = "https://ch.sooplive.co.kr/nightowl0717/post/98120455"
SOOP = [S1, S2, S3]

P1 = "https://pann.nate.com/talk/372918450"

F1 = "https://www.fmkorea.com/7290114822"
F2 = "https://www.fmkorea.com/7290187503"

Q1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120331"
Q2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120377"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, msgid, urls, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "불법 도박 홍보", "req-240903-01@kcsc.example", NAVER,
     'blogs, cafes, 지식iN, post, "in" content; 13 URLs'),
    ("KCSC-240904-02", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "명예훼손·개인정보 노출", "req-240904-02@kcsc.example", DAUM,
     "Tistory entries with Korean paths, Daum cafe posts"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "불법 도박 홍보", "req-240905-03@kcsc.example", DC,
     "main, minor and mini galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "청소년 유해", "req-240906-04@kcsc.example", SOOP,
     "two VODs, one station post"),
    ("KCSC-240909-05", "nate", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "명예훼손", "req-240909-05@kcsc.example", [P1],
     'Pann "talk" post, single item'),
    ("KCSC-240910-06", "fmkorea", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "불법 도박 홍보", "req-240910-06@kcsc.example", [F1, F2],
     "two posts, same author"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "불법 대출 광고", "req-240911-07@kcsc.example", [Q1, Q2],
     "freeboard, posts 9120331 and 9120377"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def display(u):
    return urllib.parse.unquote(u)


def request_text(ref, prefix=""):
    """Our own request email, as quoted in replies."""
    for r in REQUESTS:
        if r[0] == ref:
            break
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        f"아래 게시물은 {r[4]} 정보에 해당하여 삭제 또는 접속 차단을 요청합니다.",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(r[6], 1):
        lines.append(f"{i}. {display(u)}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(prefix + ln if ln or not prefix.strip() else prefix.rstrip() for ln in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def mime_qp(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def mime_b64(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


def html_table(intro, head, rows, outro=""):
    h = ["<html><body style=\"font-family:sans-serif\">", intro,
         "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
         "<tr>" + "".join(f"<th>{x}</th>" for x in head) + "</tr>"]
    for r in rows:
        h.append("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>")
    h += ["</table>", outro, "</body></html>"]
    return "\n".join(h)


def a(u):
    return f'<a href="{u}">{display(u)}</a>'


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-rights-center-html-table",
    **{"from": "noreply_rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(5, 14, 10), subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    type="html",
    body=html_table(
        "<p>안녕하세요. 네이버 권리보호센터입니다.</p>\n"
        "<p>방송통신심의위원회에서 요청하신 건(요청번호 KCSC-240903-01)의 처리 결과를 아래와 같이 안내드립니다.</p>",
        ["No", "게시물 URL", "처리 결과", "비고"],
        [["1", a(N1), "게시중단(삭제)", "불법 도박 홍보"],
         ["2", a(N2), "게시중단(삭제)", "불법 도박 홍보"],
         ["3", a(N3), "접근 제한(국내)", "국내 법령 위반"],
         ["4", a(N4), "블라인드 처리", "카페 운영원칙 위반"],
         ["5", a(N5), "게시물 없음", "작성자가 이미 삭제"],
         ["6", a(N6), "조치 불가", "운영원칙 위반 사항 없음"]],
        "<p>나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.</p>\n"
        "<p>처리 결과에 대한 문의는 <a href=\"https://right.naver.com/help/faq\">권리보호센터 도움말</a>을 "
        "참고해 주세요.</p>\n<p>NAVER 권리보호센터 드림</p>"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice (HTML table)",
    why="trusted NAVER table: 게시중단(삭제) x2, 국내 접근 제한, 블라인드, 게시물 없음 (author deleted), 조치 불가 (no violation)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found", N6: "rejected"},
)

case(
    name="naver-policy-numbered-korean",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(6, 11, 42), subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀 김서연입니다.

요청하신 게시물 중 카페, 지식iN, 포스트, 블로그 게시물 일부의 처리 결과를
먼저 회신드립니다.

1) {N7}
   - 카페 운영원칙 위반으로 삭제 조치 완료
2) {N8}
   - 해당 질문과 답변 모두 비공개 처리 완료
3) {N9}
   - 확인 결과 이미 삭제되어 존재하지 않는 게시물입니다.
4) {N10}
   - 국내 IP에서의 접속 제한 조치 완료

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
김서연 드림
NAVER 정책지원팀 | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply to a KCSC request, numbered list with dash results",
    why="four numbered URLs each with a result line below: 삭제, 비공개 처리, no longer exists, 국내 접속 제한",
    items={N7: "removed", N8: "removed", N9: "not_found", N10: "restricted"},
)

CSV_ROWS = [
    ["no", "url", "result", "reason", "action_date"],
    ["1", N1, "Removed", "Illegal gambling promotion", "2024-09-05"],
    ["2", N2, "Removed", "Illegal gambling promotion", "2024-09-05"],
    ["3", N3, "Restricted (KR)", "Unlawful under local law", "2024-09-05"],
    ["4", N4, "Removed", "Cafe policy violation", "2024-09-05"],
    ["5", N5, "Not found", "Deleted by author before review", ""],
    ["6", N6, "No action", "No policy violation found", ""],
    ["7", N7, "Removed", "Cafe policy violation", "2024-09-06"],
    ["8", N8, "Removed", "Illegal gambling promotion", "2024-09-06"],
    ["9", N9, "Not found", "Content does not exist", ""],
    ["10", N10, "Restricted (KR)", "Unlawful under local law", "2024-09-06"],
    ["11", N11, "Removed", "Illegal gambling promotion", "2024-09-06"],
    ["12", N12, "Removed", "Illegal gambling promotion", "2024-09-06"],
    ["13", N13, "No action", "No policy violation found", ""],
]


def csv_bytes(rows):
    import io
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode("utf-8")


case(
    name="naver-ts-csv-attachment-all",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(9, 16, 5), subject="Outcome of removal request KCSC-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_ts_0909_a1"

--=_nv_ts_0909_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC team,

We have completed our review of the 13 URLs in your request
KCSC-240903-01. The outcome for each URL is listed in the attached file
(one row per URL).

In the file, "Restricted (KR)" means the content can no longer be viewed
from Korea, and "No action" means we found no breach of our policies and
the content stays up.

Kind regards,
NAVER Trust & Safety

--=_nv_ts_0909_a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_bytes(CSV_ROWS))}
--=_nv_ts_0909_a1--
""",
    outcome="applied", classification="confirmation",
    imitates="platform outcome spreadsheet sent as a CSV attachment (one row per URL)",
    why="CSV attachment states every item of the 13-item request: removed, Restricted (KR), Not found, No action (= stays up, no violation)",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "not_found", N10: "restricted",
           N11: "removed", N12: "removed", N13: "rejected"},
)

case(
    name="naver-top-posted-korean-gmail-quote",
    **{"from": "minji.park@navercorp.com"}, name_from="박민지",
    date=d(6, 17, 20), subject="Re: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요.

아래 요청 건 중 게시물 2건은 삭제 조치 완료되었습니다.
- {N11}
- {N12}

나머지 건은 확인 중이며 결과 나오는 대로 회신드리겠습니다.

박민지 드림
NAVER 정책지원팀

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240903-01", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the quoted request (님이 작성:)",
    why="two URLs deleted above the quote; the 13 URLs in the '>' quoted request say nothing",
    items={N11: "removed", N12: "removed"},
)

case(
    name="naver-qp-angle-bracket-particle",
    **{"from": "cs_reply@naver.com"}, name_from="네이버 고객센터",
    date=d(6, 18, 3), subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다",
    raw_mime=mime_qp("""안녕하세요, 네이버 고객센터입니다.

문의 주신 인플루언서 콘텐츠 <https://in.naver.com/gildedfox/contents/internal/708812345678901>의 게시물은
운영정책 위반이 확인되어 2024년 9월 6일 자로 삭제되었습니다.

관련 요청 번호: KCSC-240903-01

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry answer, quoted-printable Korean body",
    why="one URL in angle brackets followed by the particle 의, stated 삭제되었습니다; help-centre link is not an item",
    items={N13: "removed"},
)

case(
    name="daum-tistory-raw-korean-paths",
    **{"from": "tistory-report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(5, 15, 31), subject="[카카오] 권리침해 신고 처리 결과 안내 - KCSC-240904-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
신고하신 티스토리 게시물에 대해 아래와 같이 조치하였음을 알려드립니다.

■ 대상 게시물
{D1_RAW}
■ 조치 내용
게시물 삭제

■ 대상 게시물
{D2_RAW}
■ 조치 내용
임시조치 (정보통신망법 제44조의2, 30일)

게시자는 임시조치 기간 중 재게시를 요청할 수 있으며, 요청이 있는 경우 별도로 안내드립니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory) 권리침해 신고 처리 결과 notice with ■ blocks",
    why="raw Korean-path Tistory URLs (stored percent-encoded) each with 조치 내용 below: 삭제, 임시조치",
    items={D1: "removed", D2: "restricted"},
)

case(
    name="daum-cafe-blind-and-author-deleted",
    **{"from": "cafe_cs@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(6, 10, 12), subject="Re: [KCSC-240904-02] 게시물 조치 요청",
    reply_to_req="req-240904-02",
    body=f"""
Daum 카페 운영팀입니다.
요청하신 카페 게시글 처리 결과입니다.

- {D3} : 블라인드 처리
- {D4} : 작성자가 이미 삭제한 게시글로 확인됩니다.

티스토리 게시물은 카카오 권리침해신고센터에서 따로 회신드릴 예정입니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations team short reply, 'URL : result' lines",
    why="블라인드 = removed; already deleted by its author = not_found; the Tistory remark names no item",
    items={D3: "removed", D4: "not_found"},
)

case(
    name="dc-admin-prose",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 13, 55), subject="Re: [KCSC-240905-03] 불법 도박 홍보 게시물 삭제 요청의 건",
    reply_to_req="req-240905-03",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

보내주신 요청 건 확인하였습니다.
주식 갤러리 {G1} 게시물은 삭제하였고, 작성자는 글쓰기 차단 처리하였습니다.
조용한호수 마이너 갤러리의 552011번 글({G2})도 삭제하였습니다.
{G3} 글은 저희가 확인하기 전에 작성자가 직접 삭제하여 현재 존재하지 않습니다.

나머지 두 건은 갤러리 매니저와 확인 후 회신드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team prose reply",
    why="prose: two posts deleted (one URL in parentheses), one deleted by its author before review",
    items={G1: "removed", G2: "removed", G3: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date=d(9, 9, 40), subject="[디시인사이드] 신고 처리 결과 (KCSC-240905-03)",
    body=f"""
[처리 결과]

{G4}
삭제 완료 (미니 갤러리 매니저 확인)

{G5}
삭제 불가 - 확인 결과 게시판 이용 규칙 위반 사항이 없어 게시물을 유지합니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-desk result list, bare URL with result on the line below",
    why="bare URL lines, each followed by its result: 삭제 완료; 삭제 불가 with no-violation reason = rejected",
    items={G4: "removed", G5: "rejected"},
)

case(
    name="soop-ts-english-bullets",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(9, 15, 2), subject="Re: KCSC-240906-04 request to remove VODs",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

Thank you for your request. Our review of the two VODs is complete:

\u2022 {S1} \u2014 the VOD was deleted and the streamer received a 7-day broadcast suspension.
\u2022 {S2} \u2014 this VOD is now age-restricted (19+); viewers have to verify their age to watch it.

Regarding the station post, we will get back to you separately.

Best regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) trust-and-safety English reply with bullets",
    why="VOD deleted = removed; 19+ age restriction = restricted; the station post is only promised",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-base64-station-post-blind",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(10, 10, 15), subject="[SOOP] 요청하신 게시글 처리 결과 안내",
    raw_mime=mime_b64(f"""안녕하세요. SOOP 고객센터입니다.

요청하신 방송국 게시글
{S3} 은
운영정책(청소년 유해) 위반으로 블라인드 처리되었습니다.

요청번호: KCSC-240906-04
SOOP 고객센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre answer, base64-encoded Korean text",
    why="base64 body: the station post was 블라인드 처리 = removed",
    items={S3: "removed"},
)

case(
    name="nate-sole-statement-one-item",
    **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영팀",
    date=d(10, 16, 48), subject="[네이트] 요청하신 게시물 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body="""
안녕하세요. 네이트 판 운영팀입니다.

신고해 주신 게시물은 검토 결과 서비스 운영정책 위반으로 삭제 처리되었습니다.
이용에 불편을 드려 죄송합니다.

네이트 판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operations notice without the URL",
    why="no URL, but a reply to a one-item request stating the reported post was deleted",
    items={P1: "removed"},
)

case(
    name="nate-url-particle-rejected",
    **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영팀",
    date=d(11, 11, 20), subject="Re: [KCSC-240909-05] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요. 네이트 판 운영팀입니다.

{P1}에 대해서는 검토 결과 특정인을 알아볼 수 있는 내용이 없어
명예훼손으로 보기 어렵다고 판단하였습니다.
따라서 해당 게시물은 삭제하지 않고 유지됩니다.

추가 자료가 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann refusal with reason, URL followed directly by a Korean particle",
    why="URL glued to 에 대해서는; refusal with its reason (no identifiable person) = rejected",
    items={P1: "rejected"},
)

case(
    name="fmkorea-prose-mixed",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d(12, 9, 5), subject="KCSC-240910-06 처리 결과",
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청번호 KCSC-240910-06 건 처리 결과입니다.
{F1} 게시물은 삭제하였고 작성자는 이용 정지하였습니다.
{F2} 은 존재하지 않는 게시물입니다(이미 삭제됨).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin short prose reply",
    why="one post deleted, the other does not exist",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmkorea-english-gmail-quote",
    **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
    date=d(11, 15, 33), subject="Re: [KCSC-240910-06] removal request",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

The first post you listed was taken down this morning:
{F1}
We are still looking into the second one.

Regards,
FM Korea support

On Tue, Sep 10, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240910-06", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style English reply over the quoted request",
    why="F1 taken down (URL on the line below); the second post is under review and only quoted",
    items={F1: "removed"},
)

case(
    name="ppomppu-fullwidth-colon-list",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=d(12, 14, 0), subject="[뽐뿌] KCSC-240911-07 처리 결과 안내",
    body=f"""
KCSC-240911-07 처리 결과 안내드립니다.

1. {Q1} ： 삭제 처리
2. {Q2} ： 광고성 게시물로 보기 어려워 삭제하지 않음(게시 유지)

뽐뿌 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operations result list with full-width colons",
    why="URL then full-width colon and result: 삭제 처리; not deleted with reason, stays up = rejected",
    items={Q1: "removed", Q2: "rejected"},
)

case(
    name="naver-statement-of-reasons-english",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER",
    date=d(7, 10, 0), subject="Statement of reasons - KCSC-240903-01",
    body=f"""
Statement of reasons

Reference: KCSC-240903-01

Content: {N4}
Decision: access to the content has been restricted for users in the
Republic of Korea.
Ground: illegal content under Korean law (unlicensed gambling).

Content: {N5}
Decision: the content has been removed from the service.
Ground: breach of the NAVER Cafe operating policy.

Redress: you may ask for this decision to be reviewed at
https://help.naver.com/appeal/start

NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress)",
    why="two Content/Decision blocks: restricted in Korea, removed; the appeal link is not an item",
    items={N4: "restricted", N5: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "jh.lee@navercorp.com"}, name_from="이정훈",
    date=d(9, 11, 5), subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 이정훈입니다.

문의하신 카페 게시물 두 건의 처리 결과 회신드립니다.

 {N6} -> 검토 결과 불법 도박 홍보로 보기 어려워 게시 유지
 {N7} -> 삭제

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청

{request_text("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' (request not '>' quoted)",
    why="two arrows: kept up because it is not gambling promotion = rejected; 삭제 = removed; the unquoted original request below says nothing",
    items={N6: "rejected", N7: "removed"},
)

case(
    name="dc-wrapped-url-angle-brackets",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, 16, 30), subject="Re: [KCSC-240905-03] 마이너 갤러리 게시물",
    body="""
요청 주신 마이너 갤러리 글 처리 결과 알려드립니다.

<https://gall.dcinside.com/mgallery/board/view/?id=quietlake&
no=552011>
위 글은 삭제 완료했습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="mail client wrapping a long URL inside angle brackets",
    why="URL in angle brackets wrapped after '&' (join the two lines); 위 글은 삭제 완료",
    items={G2: "removed"},
)

case(
    name="daum-kakao-ts-english-all-four",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(10, 13, 25), subject="Re: KCSC-240904-02 - outcome",
    reply_to_req="req-240904-02",
    body=f"""
Dear KCSC,

Re: KCSC-240904-02

We reviewed the four URLs in your request:

1. {D1}
   Removed.
2. {D2}
   Temporarily restricted (임시조치) for 30 days under Article 44-2 of the
   Network Act.
3. {D3}
   Hidden from all users (blinded) by Daum Cafe.
4. {D4}
   Not found: the author deleted the post before our review.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English outcome list, percent-encoded Tistory URLs",
    why="all four named: removed, 임시조치 = restricted, blinded = removed, author-deleted = not_found",
    items={D1: "removed", D2: "restricted", D3: "removed", D4: "not_found"},
)

case(
    name="naver-url-below-statement-english",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date=d(5, 18, 44), subject="Re: [KCSC-240903-01] gambling promotion posts",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Following our review, the post below has been made unavailable to users
in Korea:
{N3}

The following post has been deleted for violating our gambling
advertising policy:
{N1}

Best regards,
NAVER Policy
""",
    outcome="applied", classification="confirmation",
    imitates="English reply with each URL on the line below its statement",
    why="statement first, URL on the next line: unavailable in Korea = restricted; deleted = removed",
    items={N3: "restricted", N1: "removed"},
)

case(
    name="soop-receipt-plus-statement",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(11, 9, 12), subject="[SOOP] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0617-88213)",
    body=f"""
고객님의 문의가 정상 접수되었습니다. (접수번호 2409-0617-88213)

요청하신 VOD {S1} 는
확인 결과 운영정책 위반으로 삭제되었습니다.

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system answer that opens with a receipt line",
    why="receipt phrase plus an unhedged statement that the VOD was deleted: not a pure acknowledgement",
    items={S1: "removed"},
)

case(
    name="naver-kcsc-style-base64-html",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(10, 17, 0), subject="시정요구 조치결과 회신 (KCSC-240903-01)",
    raw_mime=mime_b64(html_table(
        "<p>방송통신심의위원회 귀중</p><p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신합니다.</p>",
        ["연번", "URL", "조치결과", "조치일"],
        [["1", a(N8), "삭제", "2024-09-06"],
         ["2", a(N10), "접속차단", "2024-09-06"],
         ["3", a(N11), "삭제", "2024-09-06"],
         ["4", a(N12), "삭제", "2024-09-06"]],
        "<p>네이버 주식회사 권리보호센터</p>"), "html"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, base64 HTML",
    why="table rows: 삭제 x3 = removed, 접속차단 = restricted",
    items={N8: "removed", N10: "restricted", N11: "removed", N12: "removed"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date=d(6, 9, 20), subject="[디시인사이드] 신고하신 게시물 처리 완료 안내",
    body=f"""
[신고 접수 내용]
신고자: 방송통신심의위원회
신고 사유: 불법 정보 (도박)
신고 URL: {G1}
신고 내용: 불법 도박사이트 홍보 게시물 삭제 요청 (KCSC-240905-03)

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시물 삭제 및 작성자 글쓰기 차단

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-form echo followed by 처리 결과 fields",
    why="echoed report names one URL; 처리 결과 says the post was deleted",
    items={G1: "removed"},
)

case(
    name="naver-reply-with-help-links",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(6, 15, 30), subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N2} 게시물은 블로그 운영정책 위반으로 삭제하였습니다.

참고로 네이버의 불법 도박 게시물 기준은
https://help.naver.com/service/5626/contents/18961 에서 확인하실 수 있으며,
신고 처리 현황은 https://right.naver.com/report/status?id=7712 에서 조회하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy reply pointing to help-centre and dashboard pages",
    why="one requested URL deleted; the help and status-dashboard links are not items",
    items={N2: "removed"},
)

case(
    name="soop-html-table-alternative",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(12, 10, 40), subject="[SOOP] 신고 처리 결과 안내 - KCSC-240906-04",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="soop-alt-0912"

--soop-alt-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. 내용이 보이지 않으면 HTML 보기를 선택해 주세요.

--soop-alt-0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_table(
        "<p>안녕하세요. SOOP 운영팀입니다.</p><p>요청번호 KCSC-240906-04의 처리 결과입니다.</p>",
        ["대상", "조치", "비고"],
        [[a(S1), "VOD 삭제", "BJ 방송 정지 7일"],
         [a(S2), "연령 제한(19세 이상)", "성인 인증 후 시청 가능"],
         [a(S3), "블라인드", "청소년 유해"]],
        "<p>SOOP 운영팀 드림</p>"))}
--soop-alt-0912--
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML result table inside multipart/alternative with an empty-ish text part",
    why="HTML table: VOD 삭제 = removed, 19+ age limit = restricted, 블라인드 = removed",
    items={S1: "removed", S2: "restricted", S3: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-under-review",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(4, 10, 30), subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N1}
{N2}
두 건은 현재 담당 부서에서 검토 중이며, 검토가 완료되는 대로 삭제 등 필요한 조치를
취할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, will act",
    why="'검토 중' and '조치를 취할 예정' are promises, not statements: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="daum-hedged-english",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(5, 17, 10), subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

It appears that {D4} may already have been deleted by its author, and the
cafe manager may have hidden {D3}.
We are confirming both with the Daum Cafe team and will update you once
we have a definite answer.

Kakao Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Kakao trust-and-safety hedged interim reply",
    why="'appears', 'may have been' and 'will update you' hedge both: nothing is stated",
    items={D3: "pending", D4: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(10, 11, 11), subject="Re: [KCSC-240905-03] 불법 도박 홍보 게시물 삭제 요청의 건",
    reply_to_req="req-240905-03",
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 5건 모두 삭제 조치 완료하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line bulk confirmation from a community site",
    why="'5건 모두 삭제' for a five-item request without naming each: bulk",
    items={G1: "pending", G2: "pending", G3: "pending", G4: "pending", G5: "pending"},
)

case(
    name="soop-bulk-english-actioned",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(11, 14, 22), subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body="""
Hello,

All items in your request KCSC-240906-04 have been actioned in line with
our community guidelines.

Best regards,
SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="English bulk 'all items actioned' reply",
    why="all three items 'actioned' without naming them: bulk, items pending",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="naver-spoofed-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀", auth="fail",
    date=d(7, 2, 14), subject="RE: [KCSC-240903-01] 처리 완료",
    body=f"""
안녕하세요. 요청하신 게시물 처리 결과입니다.

{N5} - 삭제 완료
{N6} - 삭제 완료

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="navercorp.com From with dkim=fail, dmarc=fail: statements not applied",
    items={N5: "pending", N6: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "office@hanbit-law.example"}, name_from="법무법인 한빛",
    date=d(9, 13, 0), subject="KCSC-240903-01 관련 게시물 자진 삭제 통지",
    body=f"""
방송통신심의위원회 담당자님께

저희 법무법인은 블로그 운영자 copper_kettle_77의 대리인입니다.
의뢰인은 {N10} 게시물을
2024년 9월 6일 자진 삭제하였음을 알려드립니다.

법무법인 한빛 변호사 오현우
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing on behalf of a blogger",
    why="not a platform domain, names a requested URL and our reference: unknown_sender",
    items={N10: "pending"},
)

case(
    name="daum-about-naver-url",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(6, 14, 5), subject="[카카오 고객센터] 문의 답변",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {N3} 는
네이버 블로그 주소로, 카카오(다음)에서 운영하는 서비스가 아니어서 당사에서는 확인되지
않는 게시물입니다. 번거로우시겠지만 해당 서비스 운영사에 문의해 주시기 바랍니다.

카카오 고객센터
""",
    outcome="review", review="wrong_platform",
    imitates="portal customer centre answering about another portal's URL",
    why="Kakao states 'not found here' about a NAVER item: wrong platform, not applied",
    items={N3: "pending"},
)

case(
    name="naver-channel-notice-no-claims",
    **{"from": "noreply_rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d(12, 9, 0), subject="[NAVER] 권리보호센터 신고 채널 변경 안내",
    body="""
안녕하세요. 네이버 권리보호센터입니다.

2024년 10월 1일부터 기관 신고 접수 창구가 아래와 같이 변경됩니다.

- 기관 전용 접수 페이지: https://right.naver.com/agency/report
- 처리 현황 조회: https://right.naver.com/agency/status
- 운영 정책: https://policy.naver.com/policy/service.html

기존 이메일 접수는 9월 30일까지 병행 운영됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER service notice about a new reporting channel",
    why="trusted NAVER mail naming no requested item and no request; links are NAVER's own pages",
    items={},
)

case(
    name="soop-asks-for-documents",
    **{"from": "legal@sooplive.co.kr"}, name_from="SOOP 법무팀",
    date=d(9, 10, 20), subject="Re: [KCSC-240906-04] 자료 요청",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. SOOP 법무팀입니다.

KCSC-240906-04 요청과 관련하여, 조치를 위해 아래 자료를 보내주시기 바랍니다.

1. 시정요구 공문 (기관 직인 날인본)
2. 아래 VOD의 문제 구간(재생 시각)
   - {S1}
   - {S2}

자료를 받는 대로 검토 후 조치하겠습니다.

SOOP 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform legal team asking for an official letter and timestamps",
    why="asks for documents before acting; nothing stated about the VODs",
    items={S1: "pending", S2: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=d(12, 11, 30), subject="Re: [KCSC-240911-07] 불법 대출 광고 게시물",
    reply_to_req="req-240911-07",
    body=f"""
안녕하세요, 뽐뿌 운영팀입니다.

{Q1} 게시물은 작성자에게 소명 요청을 보냈으며,
7일 이내에 소명이 없으면 삭제될 예정입니다.

결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community site conditional answer (author given time to respond)",
    why="deletion only on a condition and in the future: not a statement",
    items={Q1: "pending"},
)

case(
    name="dc-unmatched-typo-url",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(11, 10, 2), subject="Re: [KCSC-240905-03] 마이너 갤러리 게시물",
    reply_to_req="req-240905-03",
    body="""
요청하신 글
https://gall.dcinside.com/mgallery/board/view/?id=quietlake&no=552099
삭제 처리했습니다.

디시인사이드 운영팀
""",
    outcome="review", review="unmatched_claims",
    imitates="reply stating a deletion for a mistyped post number",
    why="552099 is not a requested URL (552011/552047 are): the claim matches no item",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    **{"from": "sy.kim@navercorp.com"}, name_from="김서연",
    date=d(9, 10, 1), subject="[자동응답] 부재중입니다 (RE: [KCSC-240903-01] 불법 도박 홍보 게시물 삭제 요청)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김서연입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="out-of-office auto-reply (Auto-Submitted: auto-replied)",
    items={},
)

SUBJ_ENC = email.header.Header("불법 도박 홍보 게시물 삭제 요청", "utf-8").encode()
case(
    name="dc-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx.dcinside.com"}, name_from="Mail Delivery System", auth="none",
    date=d(5, 9, 31), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="bnc.0905.7Q2"

--bnc.0905.7Q2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx.dcinside.com[203.0.113.25] said: 550 5.1.1
    <report-old@dcinside.com>: Recipient address rejected: User unknown

--bnc.0905.7Q2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 09:30:58 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown

--bnc.0905.7Q2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240905-03] {SUBJ_ENC}
Date: Thu, 05 Sep 2024 09:30:00 +0900
Message-ID: <req-240905-03@kcsc.example>

--bnc.0905.7Q2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN, 550 user unknown, with the request's headers",
    why="delivery status notification: ignored",
    items={},
)

case(
    name="daum-read-receipt",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(4, 13, 2), subject="읽음: [KCSC-240904-02] 명예훼손·개인정보 노출 게시물 조치 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-kakao-0904"

--mdn-kakao-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240904-02] 명예훼손·개인정보 노출 게시물 조치 요청"을(를)
받는 사람 cs@kakaocorp.com 이(가) 2024-09-04 13:02 에 읽었습니다.

--mdn-kakao-0904
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; cs@kakaocorp.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-kakao-0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="message disposition notification: ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(6, 14, 3), subject="[SOOP] 문의 접수 완료 안내 (접수번호 2409-0617-88213)",
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: 2409-0617-88213
- 문의 제목: [KCSC-240906-04] 청소년 유해 VOD 및 게시글 조치 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
문의 내역은 https://help.sooplive.co.kr/myqna 에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP helpdesk ticket receipt",
    why="pure receipt with ticket number; says nothing about any item",
    items={},
)

case(
    name="fmkorea-out-of-office-english",
    **{"from": "jiwoo@fmkorea.com"}, name_from="Jiwoo Han",
    date=d(10, 11, 1), subject="Automatic reply: [KCSC-240910-06] removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday, 16 September,
with limited access to email. For urgent moderation matters please write to
support@fmkorea.com.

Jiwoo Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-ack-case-created",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(3, 10, 20), subject="[Case NV-2409-55120] We received your report",
    body="""
Thank you for contacting NAVER.

We have received your report KCSC-240903-01 and created case
NV-2409-55120. Our team will review the reported URLs and contact you
once a decision has been made.

Please keep the case number in the subject line of any follow-up.

NAVER Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="trust-and-safety case-created receipt",
    why="pure acknowledgement: case created, review promised, no item named",
    items={},
)

BOUNCED = request_text("KCSC-240911-07")
case(
    name="ppomppu-bounce-mailbox-full",
    **{"from": "postmaster@mail.ppomppu.co.kr"}, name_from="Mail Delivery Subsystem", auth="none",
    date=d(11, 10, 33), subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pp-0911"

--dsn-pp-0911
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     admin@ppomppu.co.kr

Reason: 552 5.2.2 Mailbox full - the recipient's mailbox is over quota.

--dsn-pp-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; admin@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-pp-0911
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: admin@ppomppu.co.kr
Subject: [KCSC-240911-07] request
Date: Wed, 11 Sep 2024 10:30:00 +0900
Message-ID: <req-240911-07@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{BOUNCED}

--dsn-pp-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN (mailbox full) returning the full request with its URLs",
    why="bounce: the returned request's URLs are our own words",
    items={},
)


HEADER = """# Blind set 555 (tests/corpus/blind555): Korean portals and community
# sites. Generated by make.py; expected results written from each email's
# meaning before any run of the reader. Each case is ingested alone into a
# fresh ledger holding requests.csv.
"""


def encode_header_text(text):
    """RFC 2047: runs of non-ASCII words as UTF-8 B encoded words, ASCII
    words left readable, as Korean webmail clients send them."""
    out, run = [], []
    for w in text.split(" "):
        if w.isascii():
            if run:
                out.append(email.header.Header(" ".join(run), "utf-8").encode())
                run = []
            out.append(w)
        else:
            run.append(w)
    if run:
        out.append(email.header.Header(" ".join(run), "utf-8").encode())
    return " ".join(out)


def main():
    write_requests()
    for c in CASES:
        for key in ("subject", "name_from"):
            if key in c and not c[key].isascii():
                c[key] = encode_header_text(c[key])
    corpuslib.write_set(HERE, "blind555", HEADER, CASES)


if __name__ == "__main__":
    main()
