#!/usr/bin/env python3
"""Blind set 185 (Korean portals and communities): NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND replies written in Korean.

    python3 tests/corpus/blind185/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def h(s):
    """RFC 2047-encode a header value that holds non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc_path(u):
    """Percent-encode the non-ASCII characters of a URL (as browsers copy them)."""
    return quote(u, safe=":/?&=@%#+,;~")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/luckyseven_tips/223561004821"
N2 = "https://blog.naver.com/luckyseven_tips/223561117390"
N3 = "https://blog.naver.com/gold_odds77/223558820145"
N4 = "https://blog.naver.com/gold_odds77/223559034012"
N5 = "https://cafe.naver.com/sportspickzone/48812"
N6 = "https://cafe.naver.com/sportspickzone/48830"
N7 = "https://cafe.naver.com/sportspickzone/48851"
N8 = "https://cafe.naver.com/betmatehub/10294"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471203318"
N10 = "https://blog.naver.com/casinonight_kr/223560200417"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=51200873"
N12 = "https://blog.naver.com/casinonight_kr/223560311960"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1_RAW = "https://moonlit-odds.tistory.com/entry/토토-분석-9월-첫째주"
K2_RAW = "https://moonlit-odds.tistory.com/entry/배당-흐름-정리"
K1 = enc_path(K1_RAW)
K2 = enc_path(K2_RAW)
K3 = "https://cafe.daum.net/freepickclub/Ab3x/2291"
K4 = "https://cafe.daum.net/freepickclub/Ab3x/2305"
K5 = "https://brunch.co.kr/@bluewager/41"
R2 = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm3xT8vLp2A"
Y2 = "https://www.youtube.com/watch?v=Zr7Kd1NwB4c"
Y3 = "https://www.youtube.com/shorts/Hf2Lq9XsE0t"
Y4 = "https://www.youtube.com/@nightbet_live"
R3 = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=sports_bet&no=1183302"
D2 = "https://gall.dcinside.com/board/view/?id=sports_bet&no=1183415"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=oddsmaker&no=55021"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=oddsmaker&no=55107"
R4 = [D1, D2, D3, D4]

B1 = "https://band.us/band/84412907/post/1033"
B2 = "https://band.us/band/84412907/post/1041"
B3 = "https://band.us/band/79023355/post/388"
R5 = [B1, B2, B3]

N13 = "https://blog.naver.com/quietriver_diary/223571458802"
N14 = "https://cafe.naver.com/momslocaltalk/902117"
R6 = [N13, N14]

K6 = "https://cafe.daum.net/hanriverlocal/Fz9k/8817"
R7 = [K6]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", R1,
     "gambling", "req-240902-01@kcsc.example", "NAVER 블로그·카페·지식iN·포스트 불법 도박 홍보"),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", R2,
     "gambling", "req-240903-02@kcsc.example", "티스토리·다음카페·브런치 도박 홍보"),
    ("KCSC-240904-03", "youtube", "2024-09-04T10:05:00+09:00", "2024-09-11T18:00:00+09:00", R3,
     "gambling", "req-240904-03@kcsc.example", "YouTube 도박 중계 영상과 채널"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:20:00+09:00", "2024-09-12T18:00:00+09:00", R4,
     "gambling", "req-240905-04@kcsc.example", "DC Inside 갤러리 토토 홍보글"),
    ("KCSC-240906-05", "band", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", R5,
     "privacy", "req-240906-05@kcsc.example", "BAND 게시글 개인정보 노출"),
    ("KCSC-240909-06", "naver", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00", R6,
     "defamation", "req-240909-06@kcsc.example", "NAVER 블로그·카페 명예훼손"),
    ("KCSC-240910-07", "kakao", "2024-09-10T10:10:00+09:00", "2024-09-17T18:00:00+09:00", R7,
     "privacy", "req-240910-07@kcsc.example", "다음카페 게시글 개인정보 노출"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def html_qp(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html))


def text_qp(text):
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text))


def html_b64(html):
    return ("Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(html))


def alternative(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n"
            f"{b64(text)}\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n"
            f"{qp(html)}\n"
            f"--{boundary}--\n")


def with_csv(text, csv_text, filename, boundary):
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{base64.encodebytes(csv_text.encode('utf-8-sig')).decode('ascii').rstrip()}\n"
            f"--{boundary}--\n")


def report(kind, human, machine, third, boundary):
    """multipart/report: kind is delivery-status or disposition-notification."""
    third_type = "text/rfc822-headers"
    return (f'Content-Type: multipart/report; report-type={kind}; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{human.strip()}\n"
            f"--{boundary}\n"
            f"Content-Type: message/{kind}\n\n"
            f"{machine.strip()}\n"
            f"--{boundary}\n"
            f"Content-Type: {third_type}\n\n"
            f"{third.strip()}\n"
            f"--{boundary}--\n")


def request_headers(ref, subject, to, date):
    n = ref[-2:]
    mid = [r[6] for r in REQUESTS if r[0] == ref][0]
    return (f"From: KCSC Takedown <takedown@kcsc.example>\n"
            f"To: {to}\n"
            f"Date: {date}\n"
            f"Subject: {h(subject)}\n"
            f"Message-ID: <{mid}>\n")


# Names (RFC 2047-encoded where Korean)
NAVER_REPORT = h("네이버 게시중단요청서비스")
NAVER_TS = h("NAVER Trust & Safety")
KAKAO_RIGHT = h("카카오 권리침해신고센터")
DAUM_CAFE = h("Daum 카페 운영팀")
YT_LEGAL = h("YouTube 법무팀")
DC_CS = h("디시인사이드 운영팀")
BAND_HELP = h("BAND 고객센터")

CASES = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = h(kw["subject"])
    CASES.append(kw)


# ================================================================ NAVER, KCSC-240902-01 (12 items)
case(
    name="naver-gongmun-text-table-12",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject="[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
네이버 주식회사

수신: 방송통신심의위원회 (통신심의국 불법정보대응팀)
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2. 귀 위원회가 요청하신 정보 12건에 대하여 당사가 조치한 결과를
   아래와 같이 회신합니다.

                       - 아    래 -

순번 | URL | 조치결과 | 조치일
1 | {N1} | 삭제 | 2024.09.03
2 | {N2} | 삭제 | 2024.09.03
3 | {N3} | 삭제 | 2024.09.03
4 | {N4} | 게시물 없음(작성자 삭제) | -
5 | {N5} | 삭제 | 2024.09.04
6 | {N6} | 블라인드 | 2024.09.04
7 | {N7} | 블라인드 | 2024.09.04
8 | {N8} | 임시조치(30일) | 2024.09.04
9 | {N9} | 삭제 | 2024.09.04
10 | {N10} | 삭제 | 2024.09.05
11 | {N11} | 미조치(게시 유지) | -
12 | {N12} | 삭제 | 2024.09.05

※ 4번: 당사 확인 이전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
※ 8번: 정보통신망법 제44조의2 제4항에 따라 30일간 접근을 차단하였습니다.
※ 11번: 경기 일정과 중계 편성표만 게시된 글로, 도박 사이트 홍보 등 운영정책
   위반 사항이 확인되지 않아 게시를 유지합니다.

끝.

네이버 주식회사 Trust & Safety 정책지원
담당 박서윤 / report@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a pipe table (NAVER)",
    why="trusted NAVER reply stating a result for each of the 12 URLs of KCSC-240902-01",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "removed",
           N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "removed",
           N11: "rejected", N12: "removed"},
)

NAVER_HTML_TABLE = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240902-01)에 대한 1차 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>운영정책 위반(불법 도박)</td></tr>
<tr><td>2</td><td><a href="{N3}">{N3}</a></td><td>임시조치</td><td>30일간 접근 차단</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>게시 유지</td><td>카페 운영원칙 위반 사항 없음</td></tr>
<tr><td>4</td><td><a href="{N10}">{N10}</a></td><td>확인 불가</td><td>존재하지 않는 게시물</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>게시중단</td><td>운영정책 위반(불법 도박)</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">게시중단 요청 절차는 <a href="https://right.naver.com/guide/process">권리보호센터 안내</a>에서 확인하실 수 있습니다.<br>
본 메일은 발신 전용입니다.</p>
</body></html>"""

case(
    name="naver-html-only-qp-table",
    **{"from": "noreply@navercorp.com"}, name_from=NAVER_REPORT,
    date="Wed, 04 Sep 2024 11:03:51 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    raw_mime=html_qp(NAVER_HTML_TABLE),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 HTML result mail, quoted-printable, HTML only",
    why="five rows with unhedged results: 게시중단 x2, 임시조치, 게시 유지 with reason, non-existent post; the help link is no item",
    items={N2: "removed", N3: "restricted", N6: "rejected", N10: "not_found", N12: "removed"},
)

CSV1 = "\n".join([
    "번호,신고 URL,처리 결과,처리 일시",
    f"1,{N1},삭제,2024-09-04 10:12",
    f"2,{N4},삭제,2024-09-04 10:15",
    f"3,{N5},게시중단,2024-09-04 10:21",
    f"4,{N7},게시물 없음,-",
    f'5,"{N9}",임시조치,2024-09-04 11:02',
    f'6,"{N11}",삭제,2024-09-04 11:08',
]) + "\n"

case(
    name="naver-csv-attachment-six",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Wed, 04 Sep 2024 17:30:02 +0900",
    subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req="req-240902-01",
    raw_mime=with_csv(
        """
안녕하세요, 네이버 Trust & Safety입니다.

요청번호 KCSC-240902-01 중 6건의 처리 결과를 첨부 파일
(result_KCSC-240902-01.csv)로 회신드립니다.
나머지 6건은 검토가 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 Trust & Safety 드림
""", CSV1, "result_KCSC-240902-01.csv", "=_nv_7f3a21"),
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a CSV result sheet attached (NAVER T&S)",
    why="the CSV gives a result for six URLs; the other six are only promised and stay pending",
    items={N1: "removed", N4: "removed", N5: "removed", N7: "not_found", N9: "restricted",
           N11: "removed"},
)

case(
    name="naver-cafe-informal-particles",
    **{"from": "cafe_support@navercorp.com"}, name_from=h("김도현 (네이버 카페)"),
    date="Thu, 05 Sep 2024 09:18:44 +0900",
    subject="Re: [KCSC-240902-01] 스포츠픽존 카페 게시글 건",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당 김도현입니다.

말씀하신 스포츠픽존 카페 글 세 건 확인했습니다.

{N5} 는 어제 오후에 블라인드 처리했고요,
{N6}은 카페 매니저가 먼저 지운 상태라 저희 쪽에서도 확인되는 글이 없습니다.
마지막으로 {N7}, 이 글은 토토 사이트 가입 코드가 그대로 적혀 있어서 삭제하고 작성자 활동정지까지 걸어 두었습니다.

카페 자체를 폐쇄할지는 아직 내부에서 이야기 중이라, 정해지면 다시 연락드릴게요.

김도현 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations staff member",
    why="three URLs, two followed by Korean particles, each with a plain result (블라인드 / no longer findable / 삭제)",
    items={N5: "removed", N6: "not_found", N7: "removed"},
)

QUOTED_R1 = "\n".join(f"{i}. {u}" for i, u in enumerate(R1, 1))
case(
    name="naver-top-posted-outlook-quote",
    **{"from": "minjae.choi@navercorp.com"}, name_from=h("최민재"),
    date="Tue, 03 Sep 2024 14:07:19 +0900",
    subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
담당자님 안녕하세요.

아래 요청 건 중 casinonight_kr 블로그 글 2건은 오늘 오전에 삭제 완료했습니다.
  {N10}
  {N12}
나머지 게시물은 아직 확인 중입니다.

최민재 드림 | NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@navercorp.com
Subject: [KCSC-240902-01] 불법 도박 정보 시정요구

네이버 담당자님께,

아래 정보는 정보통신망법상 불법정보(도박)에 해당하여 삭제를 요청합니다.

{QUOTED_R1}

처리 기한: 2024. 9. 9.
방송통신심의위원회 불법정보대응팀
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request (-----Original Message-----)",
    why="only the two URLs on the lines below the top statement are removed; the quoted request's URLs are not statements",
    items={N10: "removed", N12: "removed"},
)

case(
    name="naver-kin-single-deleted",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Tue, 03 Sep 2024 18:55:30 +0900",
    subject="[네이버] 지식iN 게시물 조치 결과 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버입니다.

요청번호 KCSC-240902-01 가운데 지식iN 게시물
{N9}
은(는) 지식iN 운영원칙의 불법 정보 게시 금지 조항에 따라 게시중단(삭제) 처리하였습니다.

같은 요청의 블로그·카페 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

네이버 게시중단요청서비스 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN takedown result notice, URL alone on its line",
    why="one URL of a 12-item request, stated 게시중단(삭제); the rest only announced for later",
    items={N9: "removed"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Fri, 06 Sep 2024 10:02:00 +0900",
    subject="[네이버] KCSC-240902-01 조치 완료 안내",
    body="""
안녕하세요. 네이버 게시중단요청서비스입니다.

귀 위원회에서 2024년 9월 2일 요청하신 KCSC-240902-01 건의 게시물 12건
전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.

추가 문의사항은 본 메일에 회신하여 주시기 바랍니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal one-line 조치 완료 notice for a whole request",
    why="a statement about all 12 items of a multi-item request without naming any: bulk, nothing applied",
    items={},
)

case(
    name="naver-promise-under-review",
    **{"from": "report@navercorp.com"}, name_from=NAVER_TS,
    date="Tue, 03 Sep 2024 16:20:11 +0900",
    subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 Trust & Safety입니다.

요청하신 게시물 중 아래 블로그 글 2건은 작성자가 이의를 제기하여 현재
내부 검토 중입니다.

- {N3}
- {N4}

검토 결과 운영정책 위반이 확인될 경우 게시중단 조치할 예정이며, 검토에는
영업일 기준 3~5일이 소요될 수 있습니다. 결과가 나오면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'under review, will act if confirmed' reply",
    why="names two requested URLs but only says they are under review and may be taken down: no status",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-relay-dmarc-fail",
    **{"from": "help@navercorp.com"}, name_from=h("NAVER 고객센터"), auth="fail",
    date="Wed, 04 Sep 2024 13:45:09 +0900",
    subject="[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240902-01)",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
안녕하세요, NAVER 고객센터입니다.

문의하신 게시물 2건은 확인 결과 삭제 처리되었습니다.

{N1} - 삭제
{N2} - 삭제

이용해 주셔서 감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="help-desk answer relayed through a ticket tool, failing DMARC for navercorp.com",
    why="NAVER's domain but DKIM/SPF/DMARC fail: statements are not applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-echoed-report-fields",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Thu, 05 Sep 2024 15:11:27 +0900",
    subject="[네이버] 신고하신 게시물의 처리 결과를 알려드립니다",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버입니다.
신고하신 게시물에 대한 처리 결과를 알려드립니다.

[신고 내역 1]
신고 일시 : 2024.09.02 10:00
신고 URL  : {N5}
신고 사유 : 불법 도박(사행성) 정보
처리 결과 : 임시조치 (30일간 게시 중단 후 이의제기 없으면 삭제)

[신고 내역 2]
신고 일시 : 2024.09.02 10:00
신고 URL  : {N7}
신고 사유 : 불법 도박(사행성) 정보
처리 결과 : 삭제

처리 결과에 대한 문의는 네이버 고객센터(https://help.naver.com/)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-outcome notice echoing the report fields (신고 URL / 처리 결과)",
    why="each echoed report block ends with an unhedged result; 임시조치 is a restriction",
    items={N5: "restricted", N7: "removed"},
)

case(
    name="naver-mobile-url-bullets",
    **{"from": "report@navercorp.com"}, name_from=NAVER_TS,
    date="Wed, 04 Sep 2024 20:02:45 +0900",
    subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요.

luckyseven_tips 블로그 글 두 건 처리 결과입니다.

 * https://m.blog.naver.com/luckyseven_tips/223561004821 : 비공개 처리(운영자 조치)
 * {N2} : 게시 유지 - 스포츠 경기 결과 요약 글로 도박 홍보 내용이 없습니다.

모바일 주소로 확인한 건이 섞여 있는 점 양해 부탁드립니다.

네이버 Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="short staff reply with a bulleted list, one mobile (m.blog) address",
    why="the m.blog address is the same post as the requested blog URL; the other stays up with a reason",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="naver-no-claims-notice",
    **{"from": "partner-notice@navercorp.com"}, name_from=h("네이버 대외협력"),
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[안내] 기관 게시중단 요청 접수 창구 변경 안내",
    body="""
관계 기관 담당자님께,

2024년 10월 1일부터 공공기관의 게시중단 요청 접수 창구가
기관 전용 웹 양식으로 일원화됩니다. 기존 메일 접수는 같은 해 12월 31일까지
병행하며, 이후에는 웹 양식으로만 접수됩니다.

전용 양식 주소와 계정 발급 절차는 별도 공문으로 안내드릴 예정입니다.

네이버 주식회사 대외협력실 드림
""",
    outcome="review", review="no_claims",
    imitates="portal notice to authorities about a change of the request channel",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

# ================================================================ NAVER, KCSC-240909-06 (2 items)
case(
    name="naver-r6-private-and-kept",
    **{"from": "report@navercorp.com"}, name_from=NAVER_REPORT,
    date="Wed, 11 Sep 2024 17:48:02 +0900",
    subject="[네이버] 권리침해 게시물 처리 결과 회신 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    body=f"""
방송통신심의위원회 담당자님께

KCSC-240909-06으로 요청하신 게시물 2건의 처리 결과를 알려드립니다.

■ {N13}
  → 명예훼손 소지가 있어 해당 게시물을 비공개 처리하였습니다.

■ {N14}
  → 게시물에 언급된 사람을 특정할 수 있는 정보가 없어 권리침해로 판단하기
    어렵습니다. 이에 따라 게시를 유지합니다.

판단에 이견이 있으시면 결정 기관의 결정문을 보내 주시기 바랍니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply: 비공개 처리 vs 게시 유지 with a reason",
    why="both items of KCSC-240909-06 with unhedged results on the line below their URL",
    items={N13: "removed", N14: "rejected"},
)

case(
    name="naver-r6-temporary-measure",
    **{"from": "noreply@navercorp.com"}, name_from=NAVER_REPORT,
    date="Tue, 10 Sep 2024 11:26:40 +0900",
    subject="[네이버] 게시중단(임시조치) 처리 안내",
    body=f"""
안녕하세요. 네이버 게시중단요청서비스입니다.

요청번호: KCSC-240909-06
대상 게시물: {N13}

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.
게시자가 임시조치 기간 내에 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (30일 접근 차단)",
    why="임시조치 is stated as done for one named item: restricted; the later deletion is only conditional",
    items={N13: "restricted"},
)

case(
    name="naver-out-of-office",
    **{"from": "seoyun.park@navercorp.com"}, name_from=h("박서윤"),
    date="Mon, 09 Sep 2024 15:00:41 +0900",
    subject="[자동회신] Re: [KCSC-240909-06] 명예훼손 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박서윤입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
메일은 9월 19일 이후 순차적으로 확인하겠습니다.
급한 게시중단 요청은 report@navercorp.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="auto-reply, no statement",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "noreply@help.naver.com"}, name_from=h("네이버 고객센터"),
    date="Mon, 09 Sep 2024 15:02:13 +0900",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다 (KCSC-240909-06)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 2409-0915-55120
  접수일시 : 2024.09.09 15:02
  문의유형 : 권리보호 > 명예훼손 게시중단

문의하신 내용은 담당자가 확인한 후 순서대로 답변드리겠습니다.
답변은 메일과 고객센터 '나의 문의내역'에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt with a ticket number",
    why="pure acknowledgement of receipt, nothing about any item",
    items={},
)

case(
    name="naver-read-receipt-mdn",
    **{"from": "minjae.choi@navercorp.com"}, name_from=h("최민재"),
    date="Mon, 02 Sep 2024 10:31:05 +0900",
    subject="읽음: [KCSC-240902-01] 불법 도박 정보 시정요구",
    reply_to_req="req-240902-01",
    raw_mime=report(
        "disposition-notification",
        """
보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: minjae.choi@navercorp.com
제목: [KCSC-240902-01] 불법 도박 정보 시정요구
읽은 시간: 2024년 9월 2일 월요일 오전 10:31

메시지를 읽었다는 것은 받는 사람의 컴퓨터에 메시지가 표시되었다는 뜻이며,
받는 사람이 내용을 읽거나 이해했음을 보증하지는 않습니다.
""",
        """
Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minjae.choi@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
        request_headers("KCSC-240902-01", "[KCSC-240902-01] 불법 도박 정보 시정요구",
                        "report@navercorp.com", "Mon, 02 Sep 2024 10:00:00 +0900"),
        "mdn_5512a"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as multipart/report MDN",
    why="read receipt, no statement",
    items={},
)

# ================================================================ Kakao, KCSC-240903-02 (5 items)
case(
    name="kakao-gongmun-numbered-raw-korean",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date="Fri, 06 Sep 2024 14:30:00 +0900",
    subject="[카카오] 시정요구 조치결과 통보 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""
주식회사 카카오

수신: 방송통신심의위원회
제목: 정보통신망 불법정보 시정요구 조치결과 통보 (KCSC-240903-02)

귀 위원회의 시정요구(2024. 9. 3.)에 따라 아래와 같이 조치하였음을 통보합니다.

1. {K1_RAW}
   - 조치결과: 삭제 (2024. 9. 4.)
2. {K2_RAW}
   - 조치결과: 임시조치(30일)
3. {K3}
   - 조치결과: 삭제 (2024. 9. 4.)
4. {K4}
   - 조치결과: 미조치 — 시정요구 접수 전 게시자가 삭제하여 존재하지 않는 게시물
5. {K5}
   - 조치결과: 삭제 및 작가 이용제한

끝.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 통보 in 공문 style with a numbered list",
    why="each of the five URLs (two Tistory ones written with raw Korean paths) has a result on the line below",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "removed"},
)

case(
    name="kakao-url-then-arrow-status",
    **{"from": "cafe_op@daum.net"}, name_from=DAUM_CAFE,
    date="Thu, 05 Sep 2024 10:44:18 +0900",
    subject="Re: [KCSC-240903-02] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.
카페와 브런치 담당 부서 확인 결과를 함께 전달드립니다.

{K3}
→ 블라인드 처리 완료

{K4}
→ 게시중단 완료

{K5}
→ 미조치 (도박 사이트 홍보가 아니라 도박 중독 회복 경험을 쓴 에세이로 판단되어
  브런치 운영정책 위반 소지가 없습니다)

티스토리 게시물 2건은 티스토리 운영팀에서 따로 답변드립니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply: bare URL with the status on the next line",
    why="three URLs each followed by an arrow line with a result; the Tistory ones are only announced",
    items={K3: "removed", K4: "removed", K5: "rejected"},
)

case(
    name="kakao-qp-text-tab-table",
    **{"from": "tistory_op@kakaocorp.com"}, name_from=h("티스토리 운영팀"),
    date="Fri, 06 Sep 2024 09:12:33 +0900",
    subject="[티스토리] 요청 게시물 처리 결과 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    raw_mime=text_qp(f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물의 처리 결과를 아래 표로 정리했습니다.

주소\t처리 결과
{K1_RAW}\t삭제
{K2_RAW}\t삭제
{K5}\t발행 취소된 글로 현재 존재하지 않음

브런치 글은 작가가 먼저 발행을 취소하여 조치 대상이 남아 있지 않았습니다.

감사합니다.
티스토리 운영팀
"""),
    outcome="applied", classification="confirmation",
    imitates="Tistory/brunch operations reply in quoted-printable with a tab-separated table",
    why="QP-encoded Korean: the two Tistory posts deleted, the brunch post withdrawn by its author before action",
    items={K1: "removed", K2: "removed", K5: "not_found"},
)

case(
    name="kakao-hedged-appears-deleted",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date="Thu, 05 Sep 2024 16:05:52 +0900",
    subject="Re: [KCSC-240903-02] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 티스토리 게시물 가운데
{K1_RAW}
는 작성자가 직접 삭제한 것으로 보입니다. 다만 삭제 시점은 시스템상 정확히
확인되지 않아, 추가 확인 후 다시 말씀드리겠습니다.

{K2_RAW}
는 담당 부서에서 확인 중입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao reply with a hedge (삭제된 것으로 보입니다) and 확인 중",
    why="'appears to have been deleted' is a hedge and 'being checked' no statement: both items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-one-done-one-promised",
    **{"from": "cafe_op@daum.net"}, name_from=DAUM_CAFE,
    date="Wed, 04 Sep 2024 18:21:07 +0900",
    subject="Re: [KCSC-240903-02] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

freepickclub 카페 게시글({K3})은 카페 운영원칙 위반으로 오늘 삭제했습니다.
같은 카페의 {K4} 글은 작성자 소명을 받고 있어, 소명 기간이 끝나는 9월 9일 이후에
조치할 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe reply: one post deleted, one pending the author's explanation",
    why="the first URL (in parentheses) is deleted; the second is only promised and stays pending",
    items={K3: "removed", K4: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date="Tue, 10 Sep 2024 13:17:29 +0900",
    subject="Re: [KCSC-240909-06] 명예훼손 게시물 삭제 요청",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 {N14} 은
당사가 운영하는 서비스의 게시물이 아니어서 당사 시스템에서 확인되지 않습니다.
해당 서비스 운영사로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao 'not our service' reply about a NAVER cafe URL",
    why="Kakao speaks about an item of a NAVER request: wrong platform, nothing applied",
    items={N14: "pending"},
)

case(
    name="kakao-receipt-auto",
    **{"from": "noreply@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date="Tue, 03 Sep 2024 11:30:48 +0900",
    subject="[카카오] 권리침해신고가 접수되었습니다 (KCSC-240903-02)",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다.
  - 접수번호: R-20240903-01182
  - 접수일시: 2024-09-03 11:30

접수된 신고는 관련 법령과 운영정책에 따라 검토하며, 처리 결과는 접수하신
메일 주소로 순차적으로 안내드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 권리침해신고 접수 완료 auto-receipt",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="kakao-forged-dmarc-fail",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT, auth="fail",
    date="Thu, 05 Sep 2024 08:02:14 +0900",
    subject="[카카오] 조치 완료 (KCSC-240903-02)",
    body=f"""
요청하신 게시물 모두 삭제 처리했습니다.

1) {K1_RAW} 삭제
2) {K2_RAW} 삭제
3) {K3} 삭제
4) {K4} 삭제
5) {K5} 삭제

카카오
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be Kakao's takedown desk that fails DMARC",
    why="kakaocorp.com From with failing authentication: statements are not applied",
    items={K1: "pending", K2: "pending", K3: "pending", K4: "pending", K5: "pending"},
)

# ================================================================ Kakao, KCSC-240910-07 (1 item)
K6_HTML = f"""<!DOCTYPE html><html><body style="margin:0;font-family:'Apple SD Gothic Neo',sans-serif">
<div style="padding:20px;border-top:4px solid #ffcd00">
<h2 style="font-size:16px">게시글 조치 결과 안내</h2>
<p>안녕하세요. Daum 카페 운영팀입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240910-07)에 따라 아래 게시글을 확인하였습니다.</p>
<p>대상 게시글: <a href="{K6}">{K6}</a></p>
<p>확인 결과 타인의 연락처와 주소가 노출된 게시글로 카페 운영원칙에 위배되어 <b>삭제</b> 처리하였습니다.</p>
<p style="font-size:12px;color:#999">운영원칙은 <a href="https://cs.daum.net/faq/65/policy.html">Daum 고객센터</a>에서 보실 수 있습니다.</p>
</div></body></html>"""

case(
    name="kakao-r7-base64-html",
    **{"from": "cafe_op@daum.net"}, name_from=DAUM_CAFE,
    date="Wed, 11 Sep 2024 10:05:39 +0900",
    subject="[Daum 카페] 게시글 조치 결과 안내",
    raw_mime=html_b64(K6_HTML),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe HTML notice, base64-encoded, with a help-centre link",
    why="the one requested post is named and stated deleted; the help link is not an item",
    items={K6: "removed"},
)

case(
    name="kakao-r7-sole-no-url",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date="Wed, 11 Sep 2024 15:40:00 +0900",
    subject="Re: [KCSC-240910-07] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240910-07",
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시글 1건은 개인정보 노출 게시물로 확인되어 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Kakao reply without the URL, answering a one-item request in its thread",
    why="the statement covers the single item of KCSC-240910-07 (thread and reference): removed",
    items={K6: "removed"},
)

case(
    name="kakao-daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 10:10:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=report(
        "delivery-status",
        """
This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-report@daum.net>: host mx2.daum.net said: 550 5.1.1
    <cafe-report@daum.net>: Recipient address rejected: 존재하지 않는 수신자입니다
""",
        """
Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Tue, 10 Sep 2024 10:10:29 +0900

Final-Recipient: rfc822; cafe-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
""",
        request_headers("KCSC-240910-07", "[KCSC-240910-07] 개인정보 노출 게시물 삭제 요청",
                        "cafe-report@daum.net", "Tue, 10 Sep 2024 10:10:00 +0900"),
        "dsn_daum_88f1"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN from a Daum MX (550 5.1.1 unknown recipient)",
    why="delivery failure report, no statement",
    items={},
)

# ================================================================ YouTube, KCSC-240904-03 (4 items)
case(
    name="yt-korean-legal-two-outcomes",
    **{"from": "legal-kr@google.com"}, name_from=YT_LEGAL,
    date="Fri, 06 Sep 2024 19:22:05 +0900",
    subject="[YouTube] 법적 요청에 대한 조치 결과 - KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

YouTube에 보내주신 법적 요청(KCSC-240904-03)을 검토하였습니다.

- {Y1}
  검토 결과 이 콘텐츠가 현지 법률에 위배된다고 판단하여 대한민국에서
  액세스를 제한했습니다.

- {Y2}
  이 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 URL은 검토가 끝나면 별도로 안내해 드리겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block vs guideline removal)",
    why="one video blocked in Korea only (restricted), one removed under guidelines",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-english-mixed-outcomes",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:14:50 +0900",
    subject="Re: [KCSC-240904-03] 불법 도박 영상 삭제 요청 [ref:_00D3g2kq._5008Wq1XyZ:ref]",
    reply_to_req="req-240904-03",
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240904-03. After review:

{Y3}
This Short has been removed for violating YouTube's Community Guidelines.

{Y4}
This channel has been terminated.

{Y1}
We have decided not to take action on this video. It shows a televised
sports broadcast and we did not find that it violates our policies or
local law.

If you have further information, you may reply to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome email (removed / terminated / no action)",
    why="URL on its own line with the statement below: Short removed, channel terminated, one video kept with a reason",
    items={Y3: "removed", Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-under-review-echo",
    **{"from": "legal-kr@google.com"}, name_from=YT_LEGAL,
    date="Thu, 05 Sep 2024 09:41:12 +0900",
    subject="Re: [KCSC-240904-03] 불법 도박 영상 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

보내주신 요청을 담당 팀에서 검토하고 있습니다. 검토 대상 URL은 다음과 같습니다.

{Y1}
{Y2}
{Y3}
{Y4}

검토에는 시간이 걸릴 수 있으며, 조치가 필요하다고 판단되면 해당 콘텐츠를
삭제하거나 제한할 수 있습니다. 결과가 나오는 대로 이 메일로 알려 드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'we are reviewing your request' reply listing the URLs",
    why="names all four items but says only that they are being reviewed and may be acted on",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)

YT_TABLE = f"""<html><body>
<p>안녕하세요, YouTube 팀입니다.</p>
<p>요청번호 KCSC-240904-03에 대한 검토 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>신고된 URL</th><th>결과</th></tr></thead>
<tbody>
<tr><td>{Y1}</td><td>대한민국 내 접근 제한</td></tr>
<tr><td>{Y2}</td><td>삭제됨</td></tr>
<tr><td>{Y3}</td><td>정책 위반 아님 - 조치하지 않음</td></tr>
<tr><td>{Y4}</td><td>해당 채널을 찾을 수 없음</td></tr>
</tbody></table>
<p>YouTube의 법적 삭제 절차에 대한 자세한 내용은
<a href="https://support.google.com/youtube/answer/6154230?hl=ko">고객센터</a>를 참고하세요.</p>
<p>© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>"""

YT_TABLE_TEXT = f"""안녕하세요, YouTube 팀입니다.

요청번호 KCSC-240904-03에 대한 검토 결과입니다.

신고된 URL / 결과
{Y1} / 대한민국 내 접근 제한
{Y2} / 삭제됨
{Y3} / 정책 위반 아님 - 조치하지 않음
{Y4} / 해당 채널을 찾을 수 없음

YouTube의 법적 삭제 절차: https://support.google.com/youtube/answer/6154230?hl=ko
"""

case(
    name="yt-alternative-html-table",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 08:30:00 +0900",
    subject="YouTube 법적 요청 검토 결과 (KCSC-240904-03)",
    raw_mime=alternative(YT_TABLE_TEXT, YT_TABLE, "yt_alt_0091c3"),
    outcome="applied", classification="confirmation",
    imitates="YouTube multipart/alternative result mail (base64 text + QP HTML table)",
    why="a result for each of the four items: restricted in Korea, removed, no action, channel not found",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected", Y4: "not_found"},
)

case(
    name="yt-mcn-unknown-sender",
    **{"from": "partner@starline-mcn.co.kr"}, name_from=h("스타라인 MCN 파트너팀"),
    date="Fri, 06 Sep 2024 11:48:20 +0900",
    subject="[KCSC-240904-03] 소속 채널 영상 삭제 완료 보고",
    body=f"""
안녕하세요, 스타라인 MCN 파트너팀입니다.

저희 소속 크리에이터 채널의 영상 {Y2} 이
YouTube에서 삭제된 것을 확인하여 알려드립니다.
나머지 영상은 저희 소속이 아니어서 확인이 어렵습니다.

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a multi-channel network reporting on a YouTube video on the platform's behalf",
    why="not a YouTube/Google domain: a statement about a requested item from an unknown sender",
    items={Y2: "pending"},
)

case(
    name="yt-gmail-top-posted-quote",
    **{"from": "jiwoo.han@google.com"}, name_from="Jiwoo Han",
    date="Thu, 05 Sep 2024 17:03:33 +0900",
    subject="Re: [KCSC-240904-03] 불법 도박 영상 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요,

Shorts 1건({Y3})은 스팸·사기 정책 위반으로 오늘 삭제 처리되었습니다.
나머지 3건은 법무 검토 중이라 결과가 나오면 따로 회신드리겠습니다.

Jiwoo Han | Trust & Safety, YouTube Korea

2024년 9월 4일 (수) 오전 10:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요.
> 아래 영상 및 채널은 불법 도박 정보로 삭제를 요청합니다.
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
> 4. {Y4}
>
> 방송통신심의위원회 불법정보대응팀
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply in Korean over the '>'-quoted request",
    why="only the Short named in parentheses is removed; the others are quoted or under review",
    items={Y3: "removed"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "legal-kr@google.com"}, name_from=YT_LEGAL,
    date="Tue, 10 Sep 2024 10:27:15 +0900",
    subject="Re: [KCSC-240904-03] 불법 도박 영상 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요.

추가 검토 결과 {Y2} 동영상에는 연령 제한을 적용했습니다.
이제 로그인하지 않은 사용자와 만 18세 미만 사용자는 이 동영상을 볼 수 없습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice (연령 제한 적용)",
    why="age restriction on one named video: restricted",
    items={Y2: "restricted"},
)

# ================================================================ DC Inside, KCSC-240905-04 (4 items)
case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"}, name_from=DC_CS,
    date="Fri, 06 Sep 2024 13:55:02 +0900",
    subject="Re: [KCSC-240905-04] 갤러리 토토 홍보글 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 글 확인해서 처리했습니다.

스포츠토토 갤러리
{D1} → 삭제
{D2} → 삭제, 작성 IP 차단

oddsmaker 마이너 갤러리
{D3} 글은 갤러리 매니저가 이미 지운 글이라 남아 있는 게 없습니다.

나머지 한 건은 내일 중으로 보고 말씀드리겠습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply with arrows and gallery headings",
    why="two posts deleted, one already gone; the fourth is only promised",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-angle-brackets-wrapped",
    **{"from": "manager@dcinside.com"}, name_from=DC_CS,
    date="Mon, 09 Sep 2024 11:10:45 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body="""
방송통신심의위원회 귀중

(주)디시인사이드는 귀 위원회의 시정요구(KCSC-240905-04)에 대하여 다음과 같이
조치하였음을 회신합니다.

가. <https://gall.dcinside.com/mgallery/board/view/?id=oddsmaker&no=55021>
    : 삭제
나. <https://gall.dcinside.com/mgallery/board/view/
    ?id=oddsmaker&no=55107>
    : 삭제 및 작성자 갤러리 이용 차단
다. <https://gall.dcinside.com/board/view/?id=sports_bet&no=1183302>
    : 미조치 (경기 결과 토론글로 도박 사이트 홍보 내용이 없어 게시 유지)

(주)디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 reply with URLs in angle brackets, one wrapped over two lines",
    why="three results: two deletions (one URL wrapped inside <>), one kept with a reason",
    items={D3: "removed", D4: "removed", D1: "rejected"},
)

case(
    name="dc-bulk-all-four",
    **{"from": "cs@dcinside.com"}, name_from=DC_CS,
    date="Sat, 07 Sep 2024 10:00:12 +0900",
    subject="Re: [KCSC-240905-04] 갤러리 토토 홍보글 삭제 요청",
    reply_to_req="req-240905-04",
    body="""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 4건 전부 삭제 완료했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line operator reply 'all N deleted'",
    why="covers all four items of the request without naming them: bulk",
    items={},
)

case(
    name="dc-conditional-deletion",
    **{"from": "cs@dcinside.com"}, name_from=DC_CS,
    date="Fri, 06 Sep 2024 17:26:38 +0900",
    subject="Re: [KCSC-240905-04] 갤러리 토토 홍보글 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요.

스포츠토토 갤러리 글 두 개
- {D1}
- {D2}
작성자에게 소명 요청을 보냈습니다. 7일 안에 소명이 없으면 삭제될 예정이고,
소명이 들어오면 내용 보고 다시 판단하겠습니다.

디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="DC Inside reply: deletion conditional on the author's explanation",
    why="a condition and a promise, no statement: both stay pending",
    items={D1: "pending", D2: "pending"},
)

case(
    name="dc-gallery-manager-naver-mail",
    **{"from": "oddsmaker_mgr@naver.com"}, name_from=h("oddsmaker갤 매니저"),
    date="Sat, 07 Sep 2024 23:41:09 +0900",
    subject="[KCSC-240905-04] oddsmaker 마이너 갤러리 글 지웠습니다",
    body=f"""
안녕하세요. 디시인사이드 oddsmaker 마이너 갤러리 매니저입니다.
운영팀에서 공유받아서 메일 드립니다.

{D3}
{D4}

위 두 글은 제가 매니저 권한으로 삭제했고 작성자도 차단했습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="volunteer gallery manager writing from a personal NAVER mailbox",
    why="authenticated naver.com mail stating statuses for DC Inside items: wrong platform, nothing applied",
    items={D3: "pending", D4: "pending"},
)

case(
    name="dc-read-receipt",
    **{"from": "cs@dcinside.com"}, name_from=DC_CS,
    date="Thu, 05 Sep 2024 14:52:00 +0900",
    subject="읽음 확인: [KCSC-240905-04] 갤러리 토토 홍보글 삭제 요청",
    reply_to_req="req-240905-04",
    raw_mime=report(
        "disposition-notification",
        """
이 메일은 2024-09-05 14:52에 cs@dcinside.com 에서 열람되었습니다.
""",
        """
Reporting-UA: webmail.dcinside.com
Final-Recipient: rfc822;cs@dcinside.com
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-automatically; displayed
""",
        request_headers("KCSC-240905-04", "[KCSC-240905-04] 갤러리 토토 홍보글 삭제 요청",
                        "cs@dcinside.com", "Thu, 05 Sep 2024 14:20:00 +0900"),
        "mdn_dc_31"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail read confirmation (읽음 확인) as an MDN",
    why="read receipt",
    items={},
)

# ================================================================ BAND, KCSC-240906-05 (3 items)
case(
    name="band-result-three",
    **{"from": "help@band.us"}, name_from=BAND_HELP,
    date="Tue, 10 Sep 2024 10:15:00 +0900",
    subject="[BAND] 게시글 신고 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요, BAND 고객센터입니다.

요청하신 게시글에 대한 처리 결과를 알려드립니다.

1) {B1}
   개인정보(연락처·주소)가 노출된 게시글로 확인되어 삭제하였습니다.
2) {B2}
   게시글을 비공개 처리하고 작성자에게 운영정책 위반 안내를 발송했습니다.
3) {B3}
   해당 밴드가 리더에 의해 이미 삭제되어 게시글을 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 report-outcome mail with a numbered list",
    why="deleted, made private, band already deleted by its leader; the policy link is no item",
    items={B1: "removed", B2: "removed", B3: "not_found"},
)

case(
    name="band-fullwidth-punctuation",
    **{"from": "help@band.us"}, name_from=BAND_HELP,
    date="Mon, 09 Sep 2024 16:33:21 +0900",
    subject="Re: [KCSC-240906-05] 개인정보 노출 게시글 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 운영팀입니다.

게시글「{B1}」은 운영정책 위반으로 삭제했습니다。
{B2}：게시 유지（게시글에 적힌 연락처는 작성자 본인이 운영하는 가게의 대표번호로 확인됨）

나머지 한 건은 확인 후 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator reply using full-width brackets and punctuation",
    why="one post deleted (URL in 「」), one kept with a reason (URL followed by a full-width colon)",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-asks-for-documents",
    **{"from": "help@band.us"}, name_from=BAND_HELP,
    date="Fri, 06 Sep 2024 15:58:47 +0900",
    subject="Re: [KCSC-240906-05] 개인정보 노출 게시글 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 3건({B1}, {B2}, {B3})은 비공개 밴드의 게시글이라, 조치를 위해
아래 자료를 추가로 보내 주셔야 합니다.

 - 기관 명의의 요청 공문(직인 날인본, PDF)
 - 노출된 개인정보의 당사자를 확인할 수 있는 자료(당사자 동의 시)

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="BAND request for an official letter before acting",
    why="asks for documents before acting; no status for any of the three items",
    items={B1: "pending", B2: "pending", B3: "pending"},
)

case(
    name="band-dsn-delayed",
    **{"from": "postmaster@band.us"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 13:40:02 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=report(
        "delivery-status",
        """
** Delivery is delayed to these recipients or groups: **

report@band.us

The server will keep trying to deliver this message for the next 44 hours.
You will be notified if the message cannot be delivered by then.
""",
        """
Reporting-MTA: dns; relay3.band.us
Arrival-Date: Fri, 06 Sep 2024 09:40:11 +0900

Final-Recipient: rfc822; report@band.us
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sun, 08 Sep 2024 09:40:11 +0900
""",
        request_headers("KCSC-240906-05", "[KCSC-240906-05] 개인정보 노출 게시글 삭제 요청",
                        "report@band.us", "Fri, 06 Sep 2024 09:40:00 +0900"),
        "dsn_band_4f"),
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, 4.4.7)",
    why="delivery status notification, no statement",
    items={},
)


HEADER = """# blind185: Korean portals and communities (NAVER, Kakao/Daum/Tistory,
# YouTube Korea, DC Inside, BAND). Written by make.py; expected results come
# from each email's meaning, written before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind185", HEADER, CASES)


if __name__ == "__main__":
    main()
