#!/usr/bin/env python3
"""Blind set 269: Korean portals and communities (NAVER, Kakao/Daum, YouTube
Korea, DC Inside, BAND) answering the regulator in Korean: 공문-style replies,
임시조치 notices, 시정요구 조치결과 tables and informal operator replies.

Written from the meaning of each email before the reader was run on it.
Deterministic: `python3 tests/corpus/blind269/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind269"

# ---------------------------------------------------------------- requests
REQ = {
    "N": ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10", "gambling-advertising"),
    "K": ("KCSC-240904-02", "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11", "illegal-trade"),
    "Y": ("KCSC-240905-03", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12", "drug-sale"),
    "D": ("KCSC-240906-04", "dcinside", "2024-09-06T09:40:00+09:00", "2024-09-13", "personal-data-exposure"),
    "B": ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-13", "fraud"),
    "M": ("KCSC-240910-06", "naver", "2024-09-10T14:00:00+09:00", "2024-09-19", "gambling-advertising"),
    "L": ("KCSC-240911-07", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-20", "illegal-trade"),
}

N1 = "https://blog.naver.com/hazelrook/223561047702"
N2 = "https://blog.naver.com/hazelrook/223561050118"
N3 = "https://blog.naver.com/minty_lantern/223549903311"
N4 = "https://cafe.naver.com/saltmarshdeal/88213"
N5 = "https://cafe.naver.com/saltmarshdeal/88240"
N6 = "https://cafe.naver.com/saltmarshdeal/88302"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471902335"
N8 = "https://blog.naver.com/PostView.naver?blogId=cobaltfinch&logNo=223570012846"
N9 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30551872&articleid=4417"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38812077&memberNo=55120913"
N11 = "https://cafe.naver.com/saltmarshdeal/88377"
N12 = "https://blog.naver.com/dawnheron/223580044120"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/moonlitshore/Fg3k/118"
K2 = "https://cafe.daum.net/moonlitshore/Fg3k/131"
K3 = "https://brunch.co.kr/@greypelican/27"
K4 = "https://quietwillow.tistory.com/entry/%EC%A4%91%EA%B3%A0%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0-%EC%A0%95%EB%A6%AC"
K4_RAW = "https://quietwillow.tistory.com/entry/중고거래-후기-정리"
KAKAO = [K1, K2, K3, K4]

Y1 = "https://www.youtube.com/watch?v=Qm4tR7xZp2A"
Y2 = "https://www.youtube.com/watch?v=bV9kLw3nHs0"
Y3 = "https://www.youtube.com/shorts/Tn5cXe8uJ1k"
Y4 = "https://www.youtube.com/watch?v=H2pdW6yQe4M"
Y5 = "https://www.youtube.com/@%ED%95%98%EB%8A%98%EC%86%8C%EB%A6%AC7"
Y5_RAW = "https://www.youtube.com/@하늘소리7"
YT = [Y1, Y2, Y3, Y4, Y5]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=55821"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=55907"
DC = [D1, D2, D3]

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/419"
BAND = [B1, B2]

M1 = "https://cafe.naver.com/pinegrovemarket/5521"
L1 = "https://cafe.daum.net/harborlights/Zq7p/2045"

ITEMS = {"N": NAVER, "K": KAKAO, "Y": YT, "D": DC, "B": BAND, "M": [M1], "L": [L1]}


def mid(key):
    return "req." + REQ[key][0] + ".1"


def ref(key):
    return REQ[key][0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key in ["N", "K", "Y", "D", "B", "M", "L"]:
        r, plat, sent, due, cat = REQ[key]
        for i, url in enumerate(ITEMS[key], 1):
            w.writerow([r, plat, sent, due, url, cat, mid(key) + "@kcsc.example", f"blind269 item {i}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def date(day, hh, mm, ss=0):
    # September 2024: the 2nd is a Monday.
    dow = DAYS[(day - 2) % 7]
    return f"{dow}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def enc(text):
    """RFC 2047 encoded-word, as Korean webmail and Outlook send headers."""
    return email.header.Header(text, "utf-8").encode(maxlinelen=76, linesep="\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def alt_qp(boundary, plain, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(plain)}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n"
        f"--{boundary}--\n"
    )


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(key, greeting="귀사 서비스에 게시된 아래 정보에 대하여 시정을 요구합니다."):
    lines = [f"[{ref(key)}] 불법정보 시정요구", "", greeting, ""]
    for i, u in enumerate(ITEMS[key], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 통신심의지원팀"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== NAVER, applied =====================================================

case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=date(9, 17, 40), subject=enc("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req=mid("N"),
    body=f"""수신: 방송통신심의위원회 통신심의지원팀
발신: 네이버 주식회사 정책지원실
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 3.자로 요청한 불법정보 시정요구와 관련하여, 당사가
   취한 조치의 결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | 대상 URL | 조치결과 | 비고
-----+----------+----------+------
1 | {N1} | 삭제 |
2 | {N2} | 삭제 |
3 | {N3} | 임시조치(30일) | 게시자 소명 대기
4 | {N4} | 게시중단 |
5 | {N5} | 해당 게시물 없음 | 작성자 자진 삭제(9. 2.)
6 | {N6} | 삭제 |
7 | {N7} | 조치 불가 | 불법정보에 해당하지 않는 것으로 판단
8 | {N8} | 블라인드 |
9 | {N9} | 접근제한(국내) |
10 | {N10} | 삭제 |
11 | {N11} | 삭제 |
12 | {N12} | 비공개 처리 |

3. 기타 문의사항은 정책지원실(policy@navercorp.com)로 연락하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원실장
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style reply to a KCSC 시정요구: numbered 조치결과 table (연번/URL/조치결과/비고)",
    why="Every row states the action for its own URL; 임시조치 and 국내 접근제한 are restrictions, 조치 불가 with a reason is a refusal, a post the author deleted is not found.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "removed", N9: "restricted", N10: "removed",
           N11: "removed", N12: "removed"},
)

_html_rows = [
    (N1, "블라인드 처리"),
    (N4, "게시중단"),
    (N7, "국내 접속 차단"),
    (N9, "게시물이 존재하지 않음"),
    (N10, "삭제"),
]
_html = (
    "<html><body style=\"font-family:'Nanum Gothic',sans-serif\">"
    "<p>안녕하세요. 네이버 고객센터 정책팀입니다.</p>"
    f"<p>방송통신심의위원회 요청 건({ref('N')}) 중 조치가 끝난 게시물의 처리 결과를 아래 표로 안내해 드립니다.</p>"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
    "<tr><th>No</th><th>게시물 URL</th><th>처리 결과</th></tr>"
    + "".join(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{s}</td></tr>"
              for i, (u, s) in enumerate(_html_rows, 1))
    + "</table>"
    "<p>표에 없는 나머지 게시물은 확인이 끝나는 대로 따로 회신드리겠습니다.</p>"
    "<p>감사합니다.<br>네이버 고객센터 드림</p></body></html>"
)
_plain = (
    "안녕하세요. 네이버 고객센터 정책팀입니다.\n\n"
    f"방송통신심의위원회 요청 건({ref('N')}) 중 조치가 끝난 게시물의 처리 결과를 아래 표로 안내해 드립니다.\n\n"
    + "".join(f"{i}. {u} - {s}\n" for i, (u, s) in enumerate(_html_rows, 1))
    + "\n표에 없는 나머지 게시물은 확인이 끝나는 대로 따로 회신드리겠습니다.\n\n감사합니다.\n네이버 고객센터 드림\n"
)
case(
    name="naver-html-table-partial",
    **{"from": "help-policy@naver.com"}, name_from="네이버 고객센터",
    date=date(6, 11, 5), subject="[네이버] 요청하신 게시물 처리 결과 안내",
    reply_to_req=mid("N"),
    raw_mime=alt_qp("=_nv_tbl_7731", _plain, _html),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML result mail with a No/URL/처리 결과 table, quoted-printable, multipart/alternative",
    why="Five rows each give their own URL a result (블라인드/게시중단/삭제 removed, 국내 접속 차단 restricted, 존재하지 않음 not found); the rest is a promise about unnamed posts.",
    items={N1: "removed", N4: "removed", N7: "restricted", N9: "not_found", N10: "removed"},
)

case(
    name="naver-single-item-sole-statement",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=date(12, 9, 20), subject=f"Re: [{ref('M')}] 불법정보 시정요구",
    reply_to_req=mid("M"),
    body=f"""안녕하십니까, 네이버 정책지원실입니다.

{ref('M')} 건으로 요청하신 카페 게시물에 대하여 금일 오전 게시중단 조치를
완료하였습니다. 해당 카페 매니저에게도 운영원칙 위반 사실을 안내하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 정책지원 reply answering a one-post 시정요구 by its reference",
    why="The request has a single item, so an unhedged 게시중단 완료 for the request, without the URL, applies to it.",
    items={M1: "removed"},
)

case(
    name="naver-cafe-operator-informal",
    **{"from": "cafe_ops@navercorp.com"}, name_from="네이버 카페 운영지원",
    date=date(5, 16, 2), subject=f"RE: [{ref('N')}] 카페 게시물 건",
    reply_to_req=mid("N"),
    body=f"""안녕하세요, 네이버 카페 운영지원 김도윤입니다.

말씀하신 saltmarshdeal 카페 글 확인했습니다.
{N4} 글은 운영자 권한으로 삭제했고요,
{N11}은 확인해 보니 작성자가 벌써 지운 상태라 따로 조치할 게 없었습니다.

카페 자체는 아직 제재 기준에 닿지 않아서 그대로 두었습니다.
다른 글도 확인되는 대로 말씀드릴게요.

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations employee, URL followed directly by a Korean particle",
    why="88213 was deleted by the operator (removed); 88377 was already deleted by its author (not found); the cafe as a whole is no requested item.",
    items={N4: "removed", N11: "not_found"},
)

case(
    name="naver-url-then-result-line",
    **{"from": "blog_safety@navercorp.com"}, name_from="네이버 블로그 안전팀",
    date=date(4, 15, 30), subject=f"[{ref('N')}] 블로그 게시물 처리 결과",
    body=f"""위원회 담당자님께,

블로그 게시물 3건에 대한 처리 결과입니다.

{N2}
처리결과: 삭제 완료 (9/4 15:02)

{N3}
처리결과: 임시조치 (30일, 정보통신망법 제44조의2)

{N8}
처리결과: 비공개 처리

네이버 블로그 안전팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team result list: bare URL, its 처리결과 on the line below",
    why="Each URL's result is on the line under it: 삭제 and 비공개 처리 removed, 임시조치 restricted.",
    items={N2: "removed", N3: "restricted", N8: "removed"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    date=date(4, 18, 12), subject=f"Re: [{ref('N')}] 불법정보 시정요구",
    reply_to_req=mid("N"),
    body=f"""안녕하세요, 한지우입니다.

아래 요청 건 중 {N3} 은 오늘 오후 삭제 조치했습니다.
나머지는 담당 부서별로 나눠서 보고 있습니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(request_text('N'))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted Korean reply above the quoted 시정요구 (님이 작성: quote header)",
    why="Only the unquoted sentence counts: minty_lantern's post was deleted; the twelve URLs in the quote and 'the rest are being looked at' change nothing.",
    items={N3: "removed"},
)

case(
    name="naver-wrapped-and-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=date(10, 10, 45), subject=f"[{ref('N')}] 지식iN·포스트 게시물 조치 안내",
    body=f"""안녕하세요. 네이버 정책지원실입니다.
요청하신 게시물 중 지식iN과 네이버 포스트 게시물의 조치 내용을 알려드립니다.

1) 지식iN 질문글
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&
docId=471902335>
   → 답변을 포함한 질문글 전체 삭제

2) 네이버 포스트 {N10}：게시중단

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice with a long 지식iN URL wrapped inside angle brackets and a URL followed by a full-width colon",
    why="The wrapped 지식iN question was deleted with its answers (removed); the Post was 게시중단 (removed).",
    items={N7: "removed", N10: "removed"},
)

_b64_body = f"""방송통신심의위원회 귀중

제목: 시정요구 조치결과 통보 ({ref('N')})

귀 위원회의 시정요구에 따라 아래 카페 게시물에 대한 조치를 마쳤기에 통보합니다.

가. {N6}
    - 조치내용: 삭제
    - 조치일시: 2024. 9. 6. 14:10
나. {N11}
    - 조치내용: 임시조치(30일간 접근 차단)
    - 조치일시: 2024. 9. 6. 14:12

네이버 주식회사
"""
case(
    name="naver-base64-gongmun",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=date(6, 14, 30), subject=enc(f"시정요구 조치결과 통보 ({ref('N')})"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_b64_body),
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 통보 in 가./나. 공문 layout, base64-encoded body",
    why="가. deleted (removed); 나. 임시조치 with 30-day access block (restricted).",
    items={N6: "removed", N11: "restricted"},
)

case(
    name="naver-statement-above-url",
    **{"from": "blog_safety@navercorp.com"}, name_from="네이버 블로그 안전팀",
    date=date(11, 13, 0), subject=f"Re: [{ref('N')}] 블로그 게시물 확인 결과",
    reply_to_req=mid("N"),
    body=f"""안녕하세요. 네이버 블로그 안전팀입니다.

아래 게시물은 작성자가 요청 접수 이전에 직접 삭제하여 현재 존재하지 않습니다.
{N12}

아래 게시물은 검토 후 삭제 조치하였습니다.
{N1}

확인 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply with each statement above its URL",
    why="The statement precedes each URL on the line above: dawnheron's post no longer exists (not found), hazelrook's was deleted (removed).",
    items={N12: "not_found", N1: "removed"},
)

_orig = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{ref('N')}] 불법정보 시정요구

{request_text('N')}"""
case(
    name="naver-outlook-original-message",
    **{"from": "seoyeon.park@navercorp.com"}, name_from=enc("박서연"),
    date=date(9, 11, 20), subject=enc(f"RE: [{ref('N')}] 불법정보 시정요구"),
    reply_to_req=mid("N"),
    body=f"""안녕하세요, 네이버 카페 운영지원 박서연입니다.
요청하신 건 중 아래 2건 먼저 회신드립니다.

 1) {N5} – 운영원칙 위반으로 삭제
 2) {N6} – 확인 결과 이미 삭제된 게시물(게시물 없음)

나머지 건은 확인 후 별도로 회신드리겠습니다.

{_orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an -----Original Message----- block holding the whole request",
    why="The two numbered lines above the original message: 88240 deleted (removed), 88302 already gone (not found); the quoted list below changes nothing.",
    items={N5: "removed", N6: "not_found"},
)

# ===== Kakao / Daum, applied =============================================

case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date=date(5, 16, 40), subject=enc("[Daum 권리침해신고센터] 게시물 임시조치 안내"),
    reply_to_req=mid("K"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {ref('K')})에 대하여
정보통신망법 제44조의2 제4항에 따라 아래와 같이 임시조치하였음을 알려드립니다.

- 대상 게시물 1: {K1}
- 대상 게시물 2: {K2}
- 조치 내용: 30일간 게시물 접근 차단(임시조치)
- 조치 일시: 2024.09.05 16:20

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 관련 절차에 따라 처리되며,
자세한 내용은 https://cs.daum.net/faq/95/7580.html 에서 확인하실 수 있습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 안내 (30일 접근 차단 under 정보통신망법 44조의2)",
    why="Both Daum cafe posts were placed under 임시조치 (30-day access block), a restriction; the help-page link is no item.",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-numbered-mixed",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date=date(10, 15, 15), subject=f"Re: [{ref('K')}] 불법정보 시정요구 - 조치 결과",
    reply_to_req=mid("K"),
    body=f"""방송통신심의위원회 담당자님 안녕하세요.
카카오 세이프티팀입니다. 요청하신 4건의 검토 결과를 정리해 드립니다.

1. {K1} : 카페 운영정책 위반 – 게시물 삭제
2. {K2} : 검토 결과 불법정보로 보기 어려워 조치하지 않음(게시 유지)
3. {K3} : 작가의 글 비공개 처리
4. {K4_RAW} : 작성자가 이미 삭제하여 존재하지 않는 글

추가로 필요하신 사항이 있으면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety-team numbered result list covering Daum cafe, Brunch and Tistory (raw Korean Tistory slug)",
    why="One line per URL: deleted (removed), kept as not illegal (rejected), 비공개 (removed), already deleted by its author (not found); the raw Korean slug is the percent-encoded request URL.",
    items={K1: "removed", K2: "rejected", K3: "removed", K4: "not_found"},
)

_l1_body = f"""안녕하세요. Daum 카페 운영팀입니다.

요청번호 {ref('L')} 관련 안내드립니다.

신고해 주신 카페 게시글
{L1}
은(는) Daum 카페 운영정책(불법 거래 금지) 위반으로 블라인드 처리되었습니다.
블라인드 처리된 게시글은 카페 회원 및 외부 이용자 모두 열람할 수 없습니다.

감사합니다.
Daum 카페 운영팀
"""
case(
    name="kakao-daum-blind-base64",
    **{"from": "cafe-notice@daum.net"}, name_from=enc("Daum 카페"),
    date=date(12, 17, 5), subject=enc(f"[Daum 카페] 신고 게시글 처리 안내 ({ref('L')})"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_l1_body),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 안내, URL alone on its line with 은(는) below, base64 body",
    why="The single requested cafe post was 블라인드 처리 and can be read by nobody: removed.",
    items={L1: "removed"},
)

case(
    name="kakao-tistory-refusal",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="티스토리 정책팀",
    date=date(6, 10, 10), subject=f"[티스토리] {ref('K')} 검토 결과",
    reply_to_req=mid("K"),
    body=f"""안녕하세요. 티스토리 정책팀입니다.

요청하신 <{K4_RAW}>는 개인 간 중고거래 후기를 정리한 글로,
판매 권유나 거래 알선 내용이 확인되지 않아 불법정보에 해당하지 않는다고 판단하였습니다.
이에 따라 해당 글은 별도 조치 없이 게시가 유지됨을 알려드립니다.

판단에 이견이 있으시면 심의 의결서를 첨부하여 다시 요청해 주시기 바랍니다.

티스토리 정책팀 드림
""",
    outcome="applied",
    imitates="Tistory policy-team refusal with its reason, URL in angle brackets followed by a Korean particle",
    why="The post stays up because it was judged not illegal: a refusal with its reason (rejected). The invitation to resend with a decision is no request for information about this reply.",
    items={K4: "rejected"},
)

case(
    name="kakao-receipt-with-result-echo",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date(7, 9, 30), subject="[카카오 고객센터] 신고 처리 결과 안내 (접수번호 2409-77120)",
    body=f"""안녕하세요, 카카오 고객센터입니다.
고객님의 신고가 정상적으로 접수되어 처리가 완료되었습니다.

[접수 내용]
- 접수번호: 2409-77120
- 서비스: 브런치
- 신고 유형: 불법정보
- 신고 URL: {K3}
- 신고 내용: {ref('K')} 방송통신심의위원회 시정요구

[처리 결과]
검토 결과 위 브런치 글은 운영정책 위반이 확인되어 발행 취소(비공개) 처리되었습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre result mail echoing the report form (접수 내용) above the 처리 결과",
    why="Despite the receipt wording, the 처리 결과 says the echoed Brunch post was unpublished (비공개): removed.",
    items={K3: "removed"},
)

# ===== YouTube Korea, applied ============================================

case(
    name="yt-legal-kr-restricted-and-removed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date(10, 8, 55), subject=f"Re: [{ref('Y')}] Removal request - outcome",
    reply_to_req=mid("Y"),
    body=f"""Hello,

Thank you for your legal request (reference {ref('Y')}).

After review, we have restricted access to the following videos in South Korea
based on local law:
- {Y1}
- {Y2}

The following video was removed from YouTube because it violated our Community
Guidelines:
- {Y3}

We have not yet completed our review of the remaining items in your request and
will write again separately.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome mail (local-law restriction in one country vs Community Guidelines removal)",
    why="Two videos restricted in Korea under local law (restricted), the Short removed globally (removed); the rest of the request is only promised.",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-korean-bullets-channel",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무지원팀",
    date=date(11, 14, 25), subject=f"[{ref('Y')}] 요청하신 콘텐츠 검토 결과",
    body=f"""안녕하세요, YouTube 법무지원팀입니다.
위원회에서 보내주신 요청({ref('Y')})에 대한 검토 결과를 안내드립니다.

■ {Y4}
  → 커뮤니티 가이드 위반으로 동영상이 삭제되었습니다.
■ {Y5_RAW}
  → 반복적인 정책 위반으로 채널이 해지되었습니다.

정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/9288567 을 참고해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean-language legal reply with ■ bullets, result on the arrow line below; channel URL with a raw Korean handle",
    why="The video was deleted and the channel (Korean handle, percent-encoded in the request) terminated: both removed; the help link is no item.",
    items={Y4: "removed", Y5: "removed"},
)

_yt_csv = (
    "url,decision,details\n"
    f"{Y1},Blocked in South Korea,Local legal restriction (KR)\n"
    f"{Y2},No action,Content does not violate local law or YouTube policies\n"
    f"{Y3},Removed,Community Guidelines violation\n"
    f"{Y4},Not found,Video had already been deleted by the uploader\n"
    f"{Y5_RAW},Age-restricted,Viewers must be signed in and 18 or older\n"
)
case(
    name="yt-csv-attachment",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date(13, 10, 0), subject=f"[{ref('Y')}] Outcome of your request (per URL)",
    reply_to_req=mid("Y"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="yt-csv-0913"\n\n'
        "--yt-csv-0913\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        f"Hello,\n\nPlease find attached the decision for each URL in your request {ref('Y')}.\n\n"
        "Regards,\nYouTube Legal Support\n\n"
        "--yt-csv-0913\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240905-03_outcome.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240905-03_outcome.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(_yt_csv) + "\n--yt-csv-0913--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with a per-URL CSV outcome attachment (base64)",
    why="CSV rows: blocked in KR (restricted), no action as not violating (rejected), removed, already deleted by uploader (not found), age-restricted (restricted).",
    items={Y1: "restricted", Y2: "rejected", Y3: "removed", Y4: "not_found", Y5: "restricted"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "youtube-trust@youtube.com"}, name_from="YouTube Trust & Safety",
    date=date(9, 20, 10), subject=f"Update on {ref('Y')}",
    body=f"""Hi,

We've reviewed {Y2} under our policies.

We have age-restricted this video. It can no longer be watched by viewers who
are signed out or under 18, and it is not shown in most parts of YouTube.

Best,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety age-restriction notice",
    why="Age restriction is a restriction.",
    items={Y2: "restricted"},
)

case(
    name="yt-gmail-quote-not-found",
    **{"from": "minjun.lee@google.com"}, name_from="Minjun Lee",
    date=date(12, 16, 48), subject=f"Re: [{ref('Y')}] 불법정보 시정요구",
    reply_to_req=mid("Y"),
    body=f"""Hi,

Quick update on two of the links:

{Y3} - we could not find this video; the ID does not exist on YouTube.
{Y4} - this was deleted by the uploader before our review, so there was nothing left for us to act on.

Thanks,
Minjun

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text('Y'))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-quoted reply from a Google employee, English above a Korean request",
    why="The Short's ID does not exist and the video was deleted by its uploader: both not found; the quoted request below 'wrote:' changes nothing.",
    items={Y3: "not_found", Y4: "not_found"},
)

case(
    name="yt-statement-of-reasons-kr",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=date(10, 3, 12), subject=f"Statement of reasons for your notice {ref('Y')}",
    body=f"""Statement of reasons

Notice reference: {ref('Y')}
Content: {Y1}
Decision: Restriction of visibility
Territorial scope: South Korea (KR) only
Ground: Content reported as illegal under local law
Facts relied on: Notice submitted by a Korean government authority
Automated means used: No

You can find more about how we handle government requests at
https://transparencyreport.google.com/government-removals/overview

This message was sent from a notification-only address.
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube statement-of-reasons style decision record (decision, territorial scope, ground)",
    why="Restriction of visibility limited to KR: restricted; the transparency-report link is no item.",
    items={Y1: "restricted"},
)

# ===== DC Inside, applied ================================================

case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=date(6, 18, 30), subject=f"RE: [{ref('D')}] 게시물 삭제 요청",
    reply_to_req=mid("D"),
    body=f"""안녕하세요 디시인사이드 운영팀입니다.

보내주신 3건 처리했습니다.

- {D1}
  삭제 처리, 작성자 IP 30일 차단
- {D2}
  삭제 처리
- {D3}
  요청 시점에 이미 작성자가 지운 글입니다

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team's terse reply, bullet per gallery post with the action indented below",
    why="Two posts deleted (removed), the third already deleted by its author (not found); the IP block is about the author, not an item.",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-text-table",
    **{"from": "legal@dcinside.com"}, name_from=enc("(주)디시인사이드"),
    date=date(11, 10, 30), subject=enc(f"시정요구({ref('D')})에 대한 조치결과 회신"),
    body=f"""문서번호: 디시-법무-2024-0911
수    신: 방송통신심의위원회
제    목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 시정요구({ref('D')}, 2024. 9. 6.)와 관련입니다.
2. 당사는 요구된 정보를 검토하여 아래와 같이 조치하였음을 회신합니다.

  순번  조치결과        대상 정보
  1     삭제            {D1}
  2     삭제            {D2}
  3     미조치(유지)    {D3}
        └ 사유: 특정인의 개인정보가 포함되어 있지 않음을 확인

붙임: 없음.  끝.

주식회사 디시인사이드 대표이사
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 (문서번호/수신/제목) with a fixed-width 순번/조치결과/대상 정보 table, status before the URL",
    why="Rows 1-2 deleted (removed); row 3 kept with a reason (no personal data found): rejected.",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-fullwidth-parenthesis",
    **{"from": "gallery-ops@dcinside.com"}, name_from="디시인사이드 갤러리 운영",
    date=date(9, 9, 5), subject=f"[{ref('D')}] 마이너 갤러리 게시물 처리",
    body=f"""안녕하세요. 디시인사이드 갤러리 운영 담당입니다.

요청 주신 글（{D3}）은 갤러리 운영 원칙 위반으로 삭제 처리했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside gallery-ops one-liner with the URL inside full-width parentheses",
    why="The post in the full-width parentheses was deleted: removed.",
    items={D3: "removed"},
)

# ===== BAND, applied =====================================================

case(
    name="band-korean-result-lines",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=date(10, 17, 20), subject=f"[BAND] 요청하신 게시글 처리 결과 안내 ({ref('B')})",
    reply_to_req=mid("B"),
    body=f"""안녕하세요, BAND 고객센터입니다.
요청하신 게시글에 대한 처리 결과를 안내해 드립니다.

{B1}
- 처리 결과: 운영정책 위반으로 게시글 삭제

{B2}
- 처리 결과: 게시글 숨김 처리 (밴드 멤버 및 외부 모두 열람 불가)

BAND 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 result notice, URL then '- 처리 결과:' line",
    why="One post deleted, the other hidden from everyone (숨김, readable by no one): both removed.",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-english-removed-and-kept",
    **{"from": "policy@band.us"}, name_from="BAND Policy",
    date=date(12, 11, 40), subject=f"Re: [{ref('B')}] Request regarding posts in a BAND",
    reply_to_req=mid("B"),
    body=f"""Hello,

Thank you for your report. Here is the result of our review.

{B1} has been removed for violating the BAND Community Policy.

{B2}: we reviewed this post and did not find a violation of BAND policies or of
applicable law, so it remains available.

BAND Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="BAND global policy team reply in English (removed vs no violation found)",
    why="post/412 removed; post/419 kept because no violation was found (rejected).",
    items={B1: "removed", B2: "rejected"},
)

# ===== review ============================================================

case(
    name="naver-promise-this-week",
    **{"from": "blog_safety@navercorp.com"}, name_from="네이버 블로그 안전팀",
    date=date(4, 11, 0), subject=f"Re: [{ref('N')}] 블로그 게시물 관련",
    reply_to_req=mid("N"),
    body=f"""안녕하세요. 네이버 블로그 안전팀입니다.

{N1}, {N2} 두 건은 내부 검토를 거쳐 금주 중 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER blog team interim reply promising deletion this week",
    why="'삭제 조치될 예정' is a promise, not a statement: both items stay pending and the email goes to a person.",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-already-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=date(5, 10, 5), subject=f"Re: [{ref('K')}] 불법정보 시정요구",
    reply_to_req=mid("K"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K1} 게시물은 확인해 보니 이미 삭제된 것으로 보입니다.
{K2} 게시물은 카페 운영진과 함께 확인 중입니다.

확인이 끝나면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao rights-centre interim reply (보입니다 hedge, 확인 중)",
    why="'삭제된 것으로 보입니다' is a hedge and '확인 중' is under review: nothing is stated, both stay pending.",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-likely-restricted-pending",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date(6, 19, 0), subject=f"Re: [{ref('Y')}] Removal request",
    reply_to_req=mid("Y"),
    body=f"""Hello,

An initial note on your request:

{Y1} - our team believes this likely falls under local law and it may be
restricted in South Korea once the legal review is complete.
{Y2} - still under review.

We will send the final decision as soon as it is available.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim status note (likely / may be restricted / under review)",
    why="'may be restricted once the review is complete' is a hedged conditional and 'still under review' is no decision: both pending.",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=date(13, 9, 0), subject=f"Re: [{ref('N')}] 불법정보 시정요구",
    reply_to_req=mid("N"),
    body=f"""안녕하십니까. 네이버 정책지원실입니다.

{ref('N')} 건으로 요청하신 게시물 12건 전부에 대하여 삭제 조치를 완료하였습니다.
상세 내역이 필요하시면 말씀해 주십시오.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line bulk confirmation for a whole 시정요구",
    why="'all 12 posts deleted' names no URL for a twelve-item request: bulk, items stay pending for a person to confirm.",
    items={},
)

case(
    name="dc-bulk-informal",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=date(9, 13, 15), subject=f"RE: [{ref('D')}] 게시물 삭제 요청",
    reply_to_req=mid("D"),
    body="""안녕하세요 디시인사이드 운영팀입니다.

요청하신 게시물 모두 삭제했습니다.

수고하세요.
""",
    outcome="review", review="bulk",
    imitates="DC Inside terse 'all deleted' reply",
    why="'모두 삭제했습니다' for a three-item request without naming them: bulk.",
    items={},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    auth="fail",
    date=date(7, 2, 14), subject=f"[{ref('N')}] 조치결과 안내",
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 3건은 삭제 조치가 완료되었습니다.

- {N1}
- {N2}
- {N3}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: not trustworthy, nothing applied.",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="naver-cafe-manager-personal-gmail",
    **{"from": "saltmarsh.manager@gmail.com"}, name_from="솔트마쉬카페 매니저",
    date=date(5, 22, 47), subject=f"[{ref('N')}] 카페 글 지웠습니다",
    body=f"""안녕하세요. 네이버 카페 saltmarshdeal 매니저입니다.
네이버에서 연락 받고 위원회 요청 건 알게 됐습니다.

{N4}
{N5}

두 글 다 매니저 권한으로 삭제했습니다. 앞으로 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a NAVER user, not NAVER) writing from a personal address",
    why="The sender is a user at gmail.com, no platform's domain: statements go to a person, items stay pending.",
    items={N4: "pending", N5: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=date(11, 15, 50), subject=f"Re: [{ref('B')}] 밴드 게시글 관련",
    reply_to_req=mid("B"),
    body=f"""안녕하세요. 네이버 정책지원실입니다.

밴드 서비스 운영 담당 부서에서 확인한 결과를 대신 전달드립니다.

{B1} - 게시글 삭제
{B2} - 게시글 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy office passing on BAND results (BAND is a separate platform in the configuration)",
    why="The BAND items belong to platform band (sender band.us); a navercorp.com email stating their status is another platform speaking: wrong_platform.",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원"),
    date=date(11, 9, 10), subject=enc(f"Re: [{ref('M')}] 불법정보 시정요구"),
    reply_to_req=mid("M"),
    body=f"""안녕하십니까, 네이버 정책지원실입니다.

{ref('M')} 건 관련하여 조치 검토를 위해 아래 자료를 추가로 송부하여 주시기 바랍니다.

 - 해당 정보에 대한 위원회 심의 의결서 사본
 - 위반 법령 및 조항

자료를 받는 대로 검토하여 회신드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the 심의 의결서 before acting",
    why="NAVER asks for documents before it will act: a request for information, the item stays pending.",
    items={M1: "pending"},
)

case(
    name="naver-meeting-notice-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=date(13, 16, 0), subject="하반기 불법정보 대응 실무협의회 일정 안내",
    body="""안녕하십니까, 네이버 정책지원실입니다.

하반기 불법정보 대응 실무협의회를 아래와 같이 개최하고자 하오니 참석 가능 여부를
9월 27일(금)까지 회신하여 주시기 바랍니다.

 - 일시: 2024. 10. 8.(화) 14:00
 - 장소: 네이버 그린팩토리 세미나실 (온라인 병행)
 - 안건: 분기별 시정요구 처리 현황 공유, 회신 양식 개선

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER policy office's meeting invitation sent to the takedown mailbox",
    why="Trusted NAVER mail that names no item and no request: nothing to apply, a person files it.",
    items={},
)

case(
    name="yt-forwarded-internal-note",
    **{"from": "minjun.lee@google.com"}, name_from="Minjun Lee",
    date=date(13, 18, 22), subject=f"Fwd: [{ref('Y')}] decision",
    body=f"""Hi, forwarding the note from our removals team below for your records.

Minjun

---------- Forwarded message ---------
From: Legal Removals <removals-noreply@google.com>
Date: Fri, Sep 13, 2024 at 4:05 PM
Subject: [{ref('Y')}] decision
To: Minjun Lee <minjun.lee@google.com>

The following content has been removed:
{Y2}
{Y4}
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Google employee forwarding an internal removals-team note (Gmail 'Forwarded message' block)",
    why="The statements are inside a forwarded message, not the sender's own: a person checks them; items stay pending.",
    items={Y2: "pending", Y4: "pending"},
)

case(
    name="kakao-table-and-note-disagree",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=date(12, 14, 0), subject=f"Re: [{ref('K')}] 카페 게시물 처리 결과",
    reply_to_req=mid("K"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

처리 결과
- {K1} : 삭제

※ 참고: {K1} 게시물은 검토 결과 운영정책 위반에 해당하지 않아
게시가 유지됩니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="Kakao result mail whose result line and footnote disagree about the same post",
    why="The same Daum cafe post is said to be deleted and to stay up: conflicting, nothing applied.",
    items={K1: "pending"},
)

# ===== ignored ===========================================================

case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=enc("한지우"),
    date=date(14, 8, 0), subject=enc(f"[자동응답] Re: [{ref('N')}] 불법정보 시정요구"),
    reply_to_req=mid("N"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답 메일입니다]

추석 연휴로 9월 19일(목)까지 부재중입니다.
급한 업무는 정책지원실 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

한지우 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the 추석 holiday",
    why="An auto-reply says nothing about any item.",
    items={},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=date(4, 10, 31), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0904-kk"

--dsn-0904-kk
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedown-right@kakaocorp.com>: host mailstore.kakaocorp.com said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--dsn-0904-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 10:30:12 +0900 (KST)

Final-Recipient: rfc822; takedown-right@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-0904-kk
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedown-right@kakaocorp.com
Subject: [{ref('K')}] 불법정보 시정요구
Message-ID: <{mid('K')}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text('K')}

--dsn-0904-kk--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) returning our request",
    why="A bounce of our own request: the URLs are in the returned copy; nothing changes.",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "seoyeon.park@navercorp.com"}, name_from=enc("박서연"),
    date=date(3, 10, 47), subject=enc(f"읽음: [{ref('N')}] 불법정보 시정요구"),
    reply_to_req=mid("N"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0903-nv"

--mdn-0903-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 박서연
제목: [{ref('N')}] 불법정보 시정요구
보낸 날짜: 2024-09-03 오전 10:00

2024-09-03 오전 10:47에 읽었습니다.

--mdn-0903-nv
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;seoyeon.park@navercorp.com
Original-Message-ID: <{mid('N')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0903-nv--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as a message/disposition-notification report",
    why="A read receipt says nothing about any item.",
    items={},
)

case(
    name="yt-request-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google Legal",
    date=date(5, 11, 3), subject="We have received your request [4-8812000031746]",
    body=f"""Hello,

Thank you for contacting Google. This is an automatic confirmation that we have
received your legal request (your reference: {ref('Y')}).

Your request ID is 4-8812000031746. Please keep it for future correspondence.
We will review your request and contact you if we need anything else.

The Google Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request submission receipt with a request ID",
    why="A pure receipt: no statement about any item.",
    items={},
)

case(
    name="dc-receipt-korean",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객센터",
    date=date(6, 9, 52), subject=f"[디시인사이드] 게시물 삭제 요청이 접수되었습니다 ({ref('D')})",
    reply_to_req=mid("D"),
    body="""디시인사이드 고객센터입니다.

보내주신 게시물 삭제 요청이 정상적으로 접수되었습니다.
 - 접수번호: DC-0906-3391
 - 처리 예정: 영업일 기준 1~3일 이내

처리 결과는 이 메일로 회신드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside customer-centre ticket receipt (접수번호)",
    why="A receipt promising a later answer; no item is spoken about.",
    items={},
)

case(
    name="band-helpdesk-autoreply",
    **{"from": "help@band.us"}, name_from="BAND Help",
    date=date(9, 10, 1), subject=f"[BAND Help] Re: [{ref('B')}] 게시글 신고 (#BH-552091)",
    reply_to_req=mid("B"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, BAND 고객센터입니다. (This is an automatic reply.)

문의가 접수되었습니다. 문의번호는 #BH-552091 입니다.
담당자 확인 후 순차적으로 답변드리며, 영업일 기준 3~5일이 걸릴 수 있습니다.

Your inquiry #BH-552091 has been received. We will get back to you within
3-5 business days.
""",
    outcome="ignored",
    imitates="BAND help-desk ticket autoresponder (Korean and English)",
    why="Automatic ticket receipt: no statement about any item.",
    items={},
)

case(
    name="yt-out-of-office-with-quote",
    **{"from": "haeun.choi@google.com"}, name_from="Haeun Choi",
    date=date(5, 11, 2), subject=f"Automatic reply: [{ref('Y')}] 불법정보 시정요구",
    reply_to_req=mid("Y"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I'm out of the office until Monday, September 23, with limited access to email.
For urgent legal requests please contact legal-kr@google.com.

Haeun

{quote(request_text('Y'))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply quoting the request below it",
    why="An out-of-office reply; the URLs are only in the quoted request.",
    items={},
)


def main():
    write_requests()
    header = (
        "# blind269: Korean portals and communities (NAVER, Kakao/Daum, YouTube Korea,\n"
        "# DC Inside, BAND): 공문-style replies, 임시조치 notices, 조치결과 tables,\n"
        "# informal operator replies. Written by tests/corpus/blind269/make.py from each\n"
        "# email's meaning before the reader was run."
    )
    for c in CASES:
        # Display names go out as RFC 2047 encoded-words, as Korean webmail
        # sends them; some subjects stay raw UTF-8 (RFC 6532), as some MTAs pass them.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
