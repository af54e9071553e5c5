#!/usr/bin/env python3
"""Blind set 161 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind161/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
A = [
    "https://blog.naver.com/moonlit_ferry/223561104521",
    "https://blog.naver.com/moonlit_ferry/223561187730",
    "https://blog.naver.com/greyheron_77/223558820194",
    "https://cafe.naver.com/quietlakeside/48213",
    "https://cafe.naver.com/quietlakeside/48290",
    "https://cafe.naver.com/oldmapletrade/1175",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471833205",
    "https://blog.naver.com/ddalgi_sunset/223549901276",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38814422&memberNo=5510287",
    "https://cafe.naver.com/oldmapletrade/1209",
    "https://blog.naver.com/greyheron_77/223559013388",
    "https://tv.naver.com/v/58120334",
]
B3_RAW = "https://hanbyeol-notes.tistory.com/entry/오늘의-정보"
B = [
    "https://cafe.daum.net/saebyeokmarket/Qx7R/2291",
    "https://cafe.daum.net/saebyeokmarket/Qx7R/2304",
    "https://hanbyeol-notes.tistory.com/entry/" + quote("오늘의-정보"),
    "https://hanbyeol-notes.tistory.com/318",
    "https://pf.kakao.com/_xgQxnAb/104528301",
]
C4_RAW = "https://www.youtube.com/@밤길TV"
C = [
    "https://www.youtube.com/watch?v=Kr7pQm2Lx0a",
    "https://www.youtube.com/watch?v=Hs3vNw8Yt1b",
    "https://www.youtube.com/shorts/Pq9dLe4Zs2c",
    "https://www.youtube.com/@" + quote("밤길TV"),
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921843",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552017",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552031",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7730412",
]
E = [
    "https://band.us/band/81234567/post/3310",
    "https://band.us/band/81234567/post/3327",
    "https://band.us/band/90011223/post/58",
]
F = [
    "https://blog.naver.com/pinecone_diary/223570004418",
    "https://cafe.naver.com/hanbitstudy/90217",
]
G = ["https://cafe.daum.net/dalbit-forum/Ahn3/775"]

REQS = [
    # ref, platform, sent day, urls, category, notes
    ("KCSC-240903-01", "naver", 3, A, "gambling", "blog/cafe/KiN/post/TV"),
    ("KCSC-240905-02", "kakao", 5, B, "defamation", "Daum cafe, Tistory, Kakao channel"),
    ("KCSC-240909-03", "youtube", 9, C, "drugs", "videos, short, channel"),
    ("KCSC-240910-04", "dcinside", 10, D, "fraud", "gallery posts"),
    ("KCSC-240911-05", "band", 11, E, "obscenity", "BAND posts"),
    ("KCSC-240912-06", "naver", 12, F, "privacy", "blog and cafe"),
    ("KCSC-240913-07", "kakao", 13, G, "gambling", "Daum cafe post"),
]


def req_mid(ref):
    return ref + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# --------------------------------------------------------------------------
# MIME helpers (fixed boundaries: deterministic)
# --------------------------------------------------------------------------
def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def alt(text, html, boundary):
    return f'''Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html.strip()}

--{boundary}--
'''



cases = []


def case(**kw):
    kw["from"] = kw.pop("frm")
    name = kw.get("name_from")
    if name and not name.isascii():
        # Korean display names RFC 2047-encoded, as Korean webmail sends them
        kw["name_from"] = email.header.Header(name, "utf-8").encode()
    cases.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="naver-gongmun-text-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a pipe text table (연번/URL/조치결과/비고)",
    why="every row names a requested URL with an unhedged 조치결과: 삭제/게시중단/블라인드 removed, 임시조치/국내 접속 차단/연령 제한 restricted, 미조치(위반 없음) rejected, 작성자 자진 삭제 not_found",
    date=d(6, 16, 40), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 삭제요청 담당자
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 KCSC-240903-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 요청한 정보(총 12건)에 대하여 당사가 취한
   조치 결과를 아래와 같이 회신합니다.

                          - 아    래 -

 연번 | URL | 조치결과 | 비고
 1 | {A[0]} | 삭제 | 도박 홍보
 2 | {A[1]} | 삭제 | 도박 홍보
 3 | {A[2]} | 임시조치 | 30일간 접근 제한
 4 | {A[3]} | 게시중단 |
 5 | {A[4]} | 해당 없음 | 작성자 자진 삭제(게시물 없음)
 6 | {A[5]} | 블라인드 |
 7 | {A[6]} | 삭제 | 답변글 포함
 8 | {A[7]} | 미조치 | 운영정책 위반 사항 확인되지 않음
 9 | {A[8]} | 삭제 |
 10 | {A[9]} | 블라인드 |
 11 | {A[10]} | 국내 접속 차단 |
 12 | {A[11]} | 연령 제한 | 19세 이상 시청 가능으로 변경

3. 기타 문의 사항은 본 메일로 회신하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당: 오세린 매니저
""",
    items={A[0]: "removed", A[1]: "removed", A[2]: "restricted", A[3]: "removed",
           A[4]: "not_found", A[5]: "removed", A[6]: "removed", A[7]: "rejected",
           A[8]: "removed", A[9]: "removed", A[10]: "restricted", A[11]: "restricted"},
)

_html_rows = [
    (A[1], "삭제", "2024-09-05"),
    (A[3], "URL 오류", "존재하지 않는 페이지"),
    (A[5], "임시조치", "30일"),
    (A[7], "비공개 처리", "2024-09-05"),
    (A[9], "미조치", "운영원칙상 문제없는 게시물로 판단"),
    (A[11], "삭제", "2024-09-05"),
]
_html = """<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 KCSC-240903-01 관련, 당사 서비스 내 게시물 6건에 대한 처리 결과를 아래 표와 같이 알려드립니다. 나머지 6건은 별도 회신 예정입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
""" + "".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u.replace("&", "&amp;")}</a></td><td>{s}</td><td>{n}</td></tr>\n'
    for i, (u, s, n) in enumerate(_html_rows, 1)
) + """</table>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>"""
_text = "요청번호 KCSC-240903-01 관련, 게시물 6건 처리 결과\n\n" + "".join(
    f"{i}. {u}\n   조치 결과: {s} ({n})\n" for i, (u, s, n) in enumerate(_html_rows, 1)
) + "\n나머지 6건은 별도 회신 예정입니다.\n\n네이버 주식회사 정책지원팀 드림\n"
case(
    name="naver-sijeong-html-table",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 표 sent as multipart/alternative (HTML table + plain text), NAVER",
    why="six named rows: 삭제/비공개 처리 removed, URL 오류 not_found, 임시조치 restricted, 미조치(문제없는 게시물) rejected; the 'remaining six later' sentence is a promise naming nothing; the policy link is no item",
    date=d(5, 11, 5), frm="policy@navercorp.com", name_from="NAVER 정책지원",
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 (1차)",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=alt(_text, _html, "==NV_alt_48213"),
    items={A[1]: "removed", A[3]: "not_found", A[5]: "restricted", A[7]: "removed",
           A[9]: "rejected", A[11]: "removed"},
)

_csv = "\ufeff번호,URL,조치결과,조치일시\n" + "".join(
    f'{i},"{u}",{s},2024-09-06 10:{i:02d}\n'
    for i, (u, s) in enumerate([
        (A[0], "삭제"), (A[2], "삭제"), (A[4], "게시물 없음"),
        (A[6], "미조치(위반 아님)"), (A[8], "임시조치"),
    ], 1)
)
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with the result list as an Excel-exported CSV attachment (UTF-8 with BOM, base64)",
    why="CSV rows name five requested URLs each with an unhedged result",
    date=d(6, 10, 30), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[KCSC-240903-01] 조치결과 송부",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f'''Content-Type: multipart/mixed; boundary="==NV_mix_1175"

--==NV_mix_1175
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 중 5건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--==NV_mix_1175
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--==NV_mix_1175--
''',
    items={A[0]: "removed", A[2]: "removed", A[4]: "not_found", A[6]: "rejected", A[8]: "restricted"},
)

case(
    name="naver-blog-blind-prose",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations team short prose reply (블라인드 처리 안내) with a help-centre link",
    why="one named URL, followed by a space and the particle 은, stated 블라인드 처리하였습니다 (removed); help link is no item",
    date=d(4, 9, 12), frm="blog_help@naver.com", name_from="네이버 블로그 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 블로그 게시물 {A[7]} 은
운영정책 위반(불법 도박 홍보)이 확인되어 블라인드 처리하였습니다.

요청서에 함께 기재된 나머지 게시물은 카페·지식iN 등 담당 부서에서
각각 회신드릴 예정입니다.

블로그 운영정책: https://help.naver.com/service/5593/contents/18928

감사합니다.
네이버 블로그 운영팀 드림
""",
    items={A[7]: "removed"},
)

case(
    name="naver-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 notice: bare URL line, arrow and result on the line below",
    why="each URL is followed by its own result line: 게시중단 완료 (removed), 존재하지 않는 게시물(작성자 삭제) (not_found)",
    date=d(13, 15, 2), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[처리결과] KCSC-240912-06 게시중단 요청",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
방송통신심의위원회 귀중

요청번호: KCSC-240912-06
접수일: 2024.09.12

[처리 결과]

{F[0]}
→ 게시중단 완료 (2024.09.13 14:10)

{F[1]}
→ 존재하지 않는 게시물 (작성자가 요청 접수 전 삭제)

네이버 정책지원팀
""",
    items={F[0]: "removed", F[1]: "not_found"},
)

_quoted_req_a = "\n".join(f"{i}. {u}" for i, u in enumerate(A, 1))
case(
    name="naver-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff Outlook reply top-posted over the regulator's request (-----Original Message----- block)",
    why="top part names two URLs with unhedged results (삭제 removed; 위반 사항 확인되지 않아 게시 유지 rejected); the twelve URLs of the quoted request below say nothing",
    date=d(9, 13, 48), frm="serin.oh@navercorp.com", name_from="오세린",
    subject="RE: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀 오세린입니다.

추가로 확인된 2건 회신드립니다.

- {A[1]} : 삭제 조치 완료
- {A[10]} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지합니다. (도박 사이트 주소 미포함, 일반 후기글)

감사합니다.
오세린 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 삭제 요청

귀사 서비스에 게재된 아래 정보가 불법 도박 정보에 해당하여
삭제 등 필요한 조치를 요청합니다. (조치기한: 2024. 9. 10.)

{_quoted_req_a}

방송통신심의위원회
""",
    items={A[1]: "removed", A[10]: "rejected"},
)

case(
    name="kakao-imsijochi-notice",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 안내 (정보통신망법 44조의2, 30일 접근 차단)",
    why="two Daum cafe posts put under 임시조치 (30-day access block: restricted); the Tistory entry (raw Korean path) deleted (removed)",
    date=d(6, 17, 20), frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    subject="[Daum] 게시물 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 임시조치 (정보통신망법 제44조의2 제4항, 30일간 게시물 접근 차단)
  - {B[0]}
  - {B[1]}

■ 삭제
  - {B3_RAW}

임시조치된 게시물은 게시자가 30일 이내에 복원 요청을 하지 않으면
영구 삭제됩니다. 위 조치 외 나머지 게시물은 확인 후 다시 안내드리겠습니다.

카카오 권리침해신고센터
https://cs.kakao.com/helps?service=102
""",
    items={B[0]: "restricted", B[1]: "restricted", B[2]: "removed"},
)

case(
    name="kakao-tistory-particles",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator reply in running Korean prose, URLs in angle brackets and full-width parentheses",
    why="raw Korean-path entry in <> followed by 은: 청소년 유해 정보로 성인 인증 후 열람 (restricted); the numbered entry in full-width parentheses no longer exists, deleted by the blog owner (not_found)",
    date=d(9, 10, 3), frm="tistory@kakaocorp.com", name_from="티스토리 운영팀",
    subject="Re: [KCSC-240905-02] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청 주신 블로그 게시물 두 건을 확인했습니다.

<{B3_RAW}>은 청소년 유해 정보에 해당하여
성인 인증을 거친 이용자만 열람할 수 있도록 제한하였습니다.

다른 한 건（{B[3]}）은 블로그 운영자가 이미 삭제하여
현재 존재하지 않는 페이지입니다。

추가 문의는 본 메일로 회신 부탁드립니다.
티스토리 운영팀 드림
""",
    items={B[2]: "restricted", B[3]: "not_found"},
)

case(
    name="kakao-channel-and-cafe",
    outcome="applied", classification="confirmation",
    imitates="Kakao Safety team bilingual (Korean/English) outcome mail for a Kakao channel post and a Daum cafe post",
    why="channel post 삭제/removed; the cafe post 게시 유지 because no policy breach (rejected)",
    date=d(10, 18, 44), frm="safety@kakao.com", name_from="Kakao Safety",
    subject="[Kakao] 요청 처리 결과 / Outcome of your request KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다. (English below)

1) 카카오톡 채널 게시물 {B[4]}
   운영정책(불법정보) 위반으로 삭제하였습니다.

2) Daum 카페 게시물 {B[1]}
   검토 결과 카카오 운영정책 및 관련 법령 위반이 확인되지 않아 게시를 유지합니다.
   위법 판단을 받으신 경우 결정문을 보내주시면 재검토하겠습니다.

--
Hello, this is the Kakao Safety team.
1) {B[4]} - removed for breaching our operating policy.
2) {B[1]} - no violation found; the post stays up.

Kakao Safety
""",
    items={B[4]: "removed", B[1]: "rejected"},
)

case(
    name="kakao-single-item-sole",
    outcome="applied", classification="confirmation",
    imitates="short Daum cafe operations reply to a one-item request, no URL repeated",
    why="reply to a one-item request (ref in subject, In-Reply-To) with one unhedged sentence: 삭제 처리하였습니다",
    date=d(13, 16, 25), frm="cafe_op@daum.net", name_from="Daum 카페 운영팀",
    subject="Re: [KCSC-240913-07] 불법 도박 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240913-07"),
    body="""
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물은 확인 후 운영정책에 따라 삭제 처리하였습니다.
협조에 감사드립니다.

Daum 카페 운영팀 드림
""",
    items={G[0]: "removed"},
)

case(
    name="kakao-qp-adult-verification",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 청소년 유해 지정 notice in a quoted-printable body",
    why="the named cafe post is limited to adult-verified users (age restriction: restricted); QP-encoded Korean",
    date=d(14, 9, 50), frm="cafe_op@daum.net", name_from="Daum 카페 운영팀",
    subject="[Daum 카페] 게시물 조치 안내 (KCSC-240913-07)",
    reply_to_req=req_mid("KCSC-240913-07"),
    raw_mime=f'''Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f"""안녕하세요. Daum 카페 운영팀입니다.

요청번호 KCSC-240913-07 게시물
{G[0]}
에 대해 검토한 결과, 청소년에게 유해한 정보로 판단하여
성인 인증을 완료한 회원만 볼 수 있도록 접근을 제한하였습니다.

Daum 카페 운영팀 드림
""")}''',
    items={G[0]: "restricted"},
)

case(
    name="yt-legal-english",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (English) for a government request: global removal plus local-law restriction",
    why="first video removed globally under Community Guidelines; second restricted in South Korea under local law; help-centre link no item",
    date=d(11, 3, 17), frm="legal-support@google.com", name_from="YouTube Legal Support",
    subject="Re: [KCSC-240909-03] Government removal request - Korea Communications Standards Commission",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
Hello,

Thanks for reaching out to YouTube. We have reviewed the content you
reported in request KCSC-240909-03.

{C[0]}
We have removed this video for violating YouTube's Community Guidelines.
It is no longer available on YouTube.

{C[1]}
Based on our review under local law, we have restricted this video so that
it is not available to viewers in South Korea.

You can learn more about how we handle government requests here:
https://support.google.com/youtube/answer/7651296

Regards,
The YouTube Legal Team
""",
    items={C[0]: "removed", C[1]: "restricted"},
)

case(
    name="yt-korean-notice",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team reply written in Korean (한국 내 접근 제한 / 채널 해지)",
    why="the short is restricted in Korea (restricted); the channel, written with its raw Korean handle and followed by a particle, was terminated (removed)",
    date=d(12, 11, 0), frm="legal-kr@google.com", name_from="YouTube 법무지원팀",
    subject="[YouTube] 정부기관 요청 처리 결과 안내 - KCSC-240909-03",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
안녕하세요. YouTube 법무지원팀입니다.

귀 위원회의 요청(KCSC-240909-03)에 대해 아래와 같이 조치하였음을 알려드립니다.

· Shorts 영상 {C[2]}
  관련 법령 검토 결과 대한민국 내에서 해당 콘텐츠에 대한 접근을 제한하였습니다.

· 채널 {C4_RAW} 은(는)
  YouTube 커뮤니티 가이드 반복 위반으로 채널이 해지되었습니다.

감사합니다.
YouTube 법무지원팀
""",
    items={C[2]: "restricted", C[3]: "removed"},
)

case(
    name="yt-age-restricted-and-kept",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean reply: 연령 제한 applied to one video, no action on another, with policy links",
    why="age restriction (restricted) on one video; the other 커뮤니티 가이드 위반 사항이 발견되지 않아 별도 조치하지 않았습니다 (rejected); policy links are no items",
    date=d(11, 16, 31), frm="legal-kr@google.com", name_from="YouTube 법무지원팀",
    subject="Re: [KCSC-240909-03] 유해정보 조치 요청",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
안녕하세요, YouTube입니다.

요청하신 동영상을 검토한 결과를 안내드립니다.

- {C[1]}
  폭력적·선정적 묘사가 포함되어 연령 제한을 적용하였습니다.
  (로그인한 만 18세 이상 사용자만 시청 가능)
  연령 제한 정책: https://support.google.com/youtube/answer/2802167

- {C[0]}
  검토 결과 커뮤니티 가이드 위반 사항이 발견되지 않아 별도 조치하지 않았습니다.
  커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
""",
    items={C[1]: "restricted", C[0]: "rejected"},
)

case(
    name="yt-html-only",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML-only outcome notice (English) with linked URLs",
    why="one video already removed by its uploader before review (not_found); the Short removed for violating policy (removed)",
    date=d(12, 2, 8), frm="no-reply@youtube.com", name_from="YouTube",
    subject="Update on your request KCSC-240909-03",
    reply_to_req=req_mid("KCSC-240909-03"),
    type="html",
    body=f"""
<html><body>
<p>Hi,</p>
<p>We've completed our review of request <b>KCSC-240909-03</b>.</p>
<ul>
<li><a href="{C[0]}">{C[0]}</a>: this video had already been deleted by the uploader before our review, so there was nothing for us to act on.</li>
<li><a href="{C[2]}">{C[2]}</a>: we removed this Short for violating our policy on the sale of regulated goods.</li>
</ul>
<p>See <a href="https://www.youtube.com/t/terms">our Terms</a> for more information.</p>
<p>- The YouTube Team</p>
</body></html>
""",
    items={C[0]: "not_found", C[2]: "removed"},
)

case(
    name="dc-operator-informal",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operations-team reply (운영팀 담당자) in chatty Korean",
    why="one post deleted, one deleted by its own author before we looked (not_found), one deleted; the baseball-gallery post is only promised (pending)",
    date=d(11, 14, 5), frm="help@dcinside.com", name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240910-04] 게시물 삭제 요청드립니다",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 4건 확인했습니다.

주식 갤러리 글 {D[0]} 은 방금 삭제했고요,
코인 마이너 갤러리 552017번 글
{D[1]}
은 작성자가 자진 삭제해서 지금은 없는 게시물로 나옵니다.
552031번 글 {D[2]} 은 저희 쪽에서 삭제 처리했습니다.

야구 갤러리 글({D[3]})은 담당자 확인 후 처리하겠습니다.
처리되면 다시 말씀드릴게요.

수고하세요.
""",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "removed", D[3]: "pending"},
)

case(
    name="dc-numbered-list",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고처리 결과 numbered list (URL - 결과)",
    why="four numbered rows: 삭제 및 작성자 차단 / 삭제 removed, 위반 사항 없어 유지 rejected, 없는 게시물 not_found",
    date=d(12, 10, 15), frm="report@dcinside.com", name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 결과 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
[디시인사이드 신고 처리 결과]

요청번호 : KCSC-240910-04
처리일   : 2024-09-12

1. {D[0]} - 삭제 및 작성자 IP 차단
2. {D[1]} - 삭제
3. {D[2]} - 유지 (투자 의견 글로 위반 사항 없음)
4. {D[3]} - 없는 게시물 (주소 확인 바랍니다)

※ 본 메일은 발신 전용이 아니며 회신 가능합니다.
디시인사이드 신고센터
""",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected", D[3]: "not_found"},
)

case(
    name="dc-receipt-plus-results",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 1:1 문의 답변: receipt number first, then results with each URL on the line below its statement",
    why="the 접수 phrase is followed by unhedged statements: the first URL (in <>, line below 삭제 처리 완료) removed, the second (line below 존재하지 않습니다) not_found; not a pure acknowledgement",
    date=d(11, 9, 40), frm="help@dcinside.com", name_from="디시인사이드 고객센터",
    subject="[1:1 문의 답변] 접수번호 DC-2409-55813 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.
문의가 정상적으로 접수되었습니다. (접수번호 DC-2409-55813)

확인 결과 아래 게시물은 삭제 처리 완료했습니다.
<{D[3]}>

아래 게시물은 작성자가 이미 삭제하여 존재하지 않습니다.
<{D[1]}>

나머지 요청 건은 확인되는 대로 답변드리겠습니다.
감사합니다.
""",
    items={D[3]: "removed", D[1]: "not_found"},
)

_band_rows = [(E[0], "게시글 삭제"), (E[1], "게시글 삭제"), (E[2], "밴드 이용 정지 (게시글 비공개 처리)")]
case(
    name="band-html-notice",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 처리 결과 notice, multipart/alternative with an HTML table",
    why="two posts deleted; the third band suspended and its post made private (비공개 처리: removed)",
    date=d(12, 15, 30), frm="policy@band.us", name_from="BAND 운영팀",
    subject="[BAND] 신고 게시글 처리 결과 안내 (KCSC-240911-05)",
    reply_to_req=req_mid("KCSC-240911-05"),
    raw_mime=alt(
        "안녕하세요, BAND 운영팀입니다.\n요청번호 KCSC-240911-05 처리 결과입니다.\n\n"
        + "".join(f"- {u} : {s}\n" for u, s in _band_rows)
        + "\nBAND 운영정책: https://band.us/policy/operation\n",
        "<html><body><p>안녕하세요, BAND 운영팀입니다.</p><p>요청번호 KCSC-240911-05 처리 결과입니다.</p>"
        "<table border=\"1\"><tr><th>게시글</th><th>처리 내용</th></tr>"
        + "".join(f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td></tr>' for u, s in _band_rows)
        + '</table><p><a href="https://band.us/policy/operation">BAND 운영정책</a></p></body></html>',
        "==BAND_alt_3310"),
    items={E[0]: "removed", E[1]: "removed", E[2]: "removed"},
)

case(
    name="band-bulleted-mixed",
    outcome="applied", classification="confirmation",
    imitates="BAND trust & safety reply with bullet list, Korean result plus English gloss",
    why="deleted (removed), kept because no violation (rejected), invalid link / post not found (not_found)",
    date=d(13, 11, 11), frm="safety@band.us", name_from="BAND Safety",
    subject="Re: [KCSC-240911-05] 음란정보 게시글 조치 요청",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요. BAND 세이프티팀입니다.

* {E[0]}
  → 삭제 완료 (Deleted)
* {E[1]}
  → 운영정책 위반 아님, 게시 유지 (No violation - kept)
* {E[2]}
  → 존재하지 않는 게시글입니다. 링크를 다시 확인해 주세요. (Not found)

감사합니다.
BAND Safety Team
""",
    items={E[0]: "removed", E[1]: "rejected", E[2]: "not_found"},
)

case(
    name="naver-wrapped-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/포스트 reply from a mail client that wraps a long URL inside angle brackets",
    why="the KiN URL, wrapped after '&' inside <>, was deleted (removed); the post URL deleted as well (removed)",
    date=d(5, 18, 2), frm="kin_help@navercorp.com", name_from="네이버 지식iN 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청 (지식iN/포스트)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 지식iN·포스트 운영 담당입니다.

지식iN 질문글 <https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471833205> 은 답변과 함께 삭제하였습니다.

포스트 <{A[8]}> 역시
운영원칙에 따라 삭제 조치하였습니다.

감사합니다.
""",
    items={A[6]: "removed", A[8]: "removed"},
)

case(
    name="naver-base64-body",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe/TV reply sent with a base64-encoded UTF-8 text body (webmail default)",
    why="base64 body: cafe post 삭제 (removed), NAVER TV clip 19세 이상 연령 제한 (restricted)",
    date=d(6, 8, 55), frm="cafe_help@navercorp.com", name_from="네이버 카페 운영팀",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버] 요청 게시물 조치 결과 KCSC-240903-01".encode()).decode() + "?=",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=f'''Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"""안녕하세요. 네이버 카페·TV 운영 담당입니다.

{A[9]}
: 불법 도박 사이트 홍보 게시물로 확인되어 삭제하였습니다.

{A[11]}
: 선정적인 장면이 포함되어 19세 이상 이용자만 시청할 수 있도록 연령 제한을 설정하였습니다.

감사합니다.
""")}''',
    items={A[9]: "removed", A[11]: "restricted"},
)

case(
    name="naver-one-done-one-reviewing",
    outcome="applied", classification="confirmation",
    imitates="NAVER interim reply: one item actioned, one still 검토 중",
    why="first blog post 삭제 완료 (removed); the other '검토 중이며 결과는 추후 안내' is no statement (pending)",
    date=d(4, 17, 35), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[KCSC-240903-01] 중간 회신",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청 게시물 중 우선 처리된 건을 알려드립니다.

 - {A[0]} : 삭제 완료
 - {A[2]} : 명예훼손 여부 검토 중이며, 결과는 추후 안내드리겠습니다.

감사합니다.
""",
    items={A[0]: "removed", A[2]: "pending"},
)

case(
    name="kakao-gmail-quote-below",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff Gmail-style top-posted reply over the '>'-quoted request (…님이 작성:)",
    why="top part names two URLs: cafe post 삭제 (removed), Tistory post 이미 삭제되어 찾을 수 없음 by its author (not_found); the quoted request below says nothing",
    date=d(6, 14, 12), frm="jiwoo.han@kakaocorp.com", name_from="한지우",
    subject="Re: [KCSC-240905-02] 명예훼손 정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 권리보호팀 한지우입니다.

{B[0]} 게시글은 오늘 오전 삭제했습니다.
{B[3]} 는 블로그 주인이 먼저 지워서 찾을 수 없는 글입니다.

나머지는 확인 중입니다.

2024년 9월 5일 (목) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 귀사 서비스에 게재된 아래 정보의 삭제를 요청합니다.
>
> 1. {B[0]}
> 2. {B[1]}
> 3. {B[2]}
> 4. {B[3]}
> 5. {B[4]}
>
> 방송통신심의위원회
""",
    items={B[0]: "removed", B[3]: "not_found"},
)

case(
    name="yt-echoed-report",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform outcome that echoes the submitted report fields before the decision",
    why="echoed 'Your report' block lists URLs; the decision block: channel terminated (removed), video kept as not violating (rejected)",
    date=d(13, 4, 26), frm="legal-support@google.com", name_from="YouTube Legal Support",
    subject="[KCSC-240909-03] Your legal request - decision",
    reply_to_req=req_mid("KCSC-240909-03"),
    body=f"""
Hello,

Here is a copy of what you submitted:

  Requester: Korea Communications Standards Commission
  Reference: KCSC-240909-03
  URLs reported:
    {C[1]}
    {C[3]}
  Legal basis: Act on Promotion of Information and Communications Network
  Utilization (illegal information - narcotics)

Our decision:

- The channel {C[3]} has been terminated for severe violations of
  our policies.
- We did not take action on {C[1]}. After review it does not
  violate our Community Guidelines, and we did not find it to be unlawful in
  South Korea.

Kind regards,
YouTube Legal
""",
    items={C[3]: "removed", C[1]: "rejected"},
)

case(
    name="kakao-formal-fields",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 통지서 with labelled fields (대상 URL / 조치 결과 / 조치 일시)",
    why="one labelled block: 대상 URL (percent-encoded Tistory entry) / 조치 결과: 게시중단(삭제) (removed)",
    date=d(7, 10, 0), frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    subject="[카카오] 처리 결과 통지 - KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
[처리 결과 통지서]

요청 기관   : 방송통신심의위원회
요청 번호   : KCSC-240905-02
대상 서비스 : 티스토리
대상 URL    : {B[2]}
조치 결과   : 게시중단(삭제)
조치 일시   : 2024-09-07 09:41
조치 근거   : 카카오 운영정책 - 타인의 권리 침해

본 통지서는 요청 건 중 1건에 대한 것입니다.

카카오 권리침해신고센터
""",
    items={B[2]: "removed"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="naver-promise-will-act",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER interim reply promising action after internal review",
    why="names two requested cafe posts but only promises 검토 후 순차적으로 조치할 예정: no statement",
    date=d(4, 11, 20), frm="cafe_help@navercorp.com", name_from="네이버 카페 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

요청하신 카페 게시물
{A[3]}
{A[4]}
에 대해서는 카페 운영원칙에 따라 내부 검토 후 순차적으로 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    items={A[3]: "pending", A[4]: "pending"},
)

case(
    name="kakao-hedged",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Kakao staff reply hedging about posts that 'appear' deleted",
    why="'이미 삭제된 것으로 보입니다' and '삭제되었을 수 있으나 확인 중' are hedges, not statements",
    date=d(6, 19, 2), frm="jiwoo.han@kakaocorp.com", name_from="한지우",
    subject="Re: [KCSC-240905-02] 명예훼손 정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 한지우입니다.

{B[1]} 는 제가 열어보니 이미 삭제된 것으로 보입니다.
{B[0]} 도 카페 매니저가 삭제했을 수 있으나 아직 확인 중입니다.

정확한 처리 이력은 담당 부서 확인 후 다시 말씀드리겠습니다.
""",
    items={B[1]: "pending", B[0]: "pending"},
)

case(
    name="naver-bulk-all-done",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER one-line 공문 회신: '요청하신 게시물 전체 게시중단 완료'",
    why="a statement about all items of a twelve-item request without naming any: bulk",
    date=d(10, 9, 0), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="[네이버] KCSC-240903-01 조치 완료 회신",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신

1. 귀 위원회의 요청번호 KCSC-240903-01과 관련입니다.
2. 요청하신 게시물 전체(12건)에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    items={u: "pending" for u in A},
)

case(
    name="band-bulk-three-deleted",
    outcome="review", review="bulk", classification="confirmation",
    imitates="BAND short reply: '신고하신 게시글 3건 모두 삭제'",
    why="'3건 모두 삭제' covers a three-item request without naming any URL: bulk",
    date=d(12, 9, 5), frm="policy@band.us", name_from="BAND 운영팀",
    subject="Re: [KCSC-240911-05] 음란정보 게시글 조치 요청",
    reply_to_req=req_mid("KCSC-240911-05"),
    body="""
안녕하세요, BAND 운영팀입니다.

신고하신 게시글 3건 모두 운영정책 위반으로 삭제하였습니다.
해당 밴드 리더에게는 경고 조치가 함께 안내되었습니다.

감사합니다.
BAND 운영팀
""",
    items={u: "pending" for u in E},
)

case(
    name="dc-auth-fail",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking result mail whose DKIM/SPF/DMARC fail",
    why="From dcinside.com but authentication fails: nothing applied",
    auth="fail",
    date=d(11, 22, 40), frm="report@dcinside.com", name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 처리 결과 (KCSC-240910-04)",
    reply_to_req=req_mid("KCSC-240910-04"),
    body=f"""
[디시인사이드 신고 처리 결과]

1. {D[0]} - 삭제
2. {D[2]} - 삭제

디시인사이드 신고센터
""",
    items={D[0]: "pending", D[2]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager (volunteer moderator) writing from a personal Gmail address",
    why="a gallery manager is not the platform, and gmail.com is no platform domain",
    date=d(10, 23, 15), frm="coinmarket.mgr@gmail.com", name_from="코인마켓 갤러리 매니저",
    subject="코인마켓 마이너 갤러리 게시글 관련 (KCSC-240910-04)",
    body=f"""
안녕하세요. 코인마켓 마이너 갤러리 매니저입니다.
운영팀 통해서 요청 내용 전달받았습니다.

{D[1]}
{D[2]}

두 글 모두 매니저 권한으로 삭제했습니다. 작성자는 갤러리 차단했습니다.
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="law firm acting for a blogger, telling the regulator the post was taken down",
    why="a law firm is not the platform; its claim about a NAVER blog post changes nothing",
    date=d(5, 15, 0), frm="counsel@hangyeol-law.example", name_from="법무법인 한결",
    subject="[KCSC-240903-01] 의뢰인 게시물 관련 의견서",
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 블로그 greyheron_77 운영자의 대리인입니다.
귀 위원회가 삭제를 요청한 게시물
{A[2]}
은 의뢰인이 2024. 9. 4. 스스로 삭제하였음을 알려드립니다.
해당 게시물은 불법 도박과 무관한 여행 후기였음을 함께 밝힙니다.

법무법인 한결 담당 변호사 드림
""",
    items={A[2]: "pending"},
)

case(
    name="naver-corp-about-band",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER Corp. legal team answering on behalf of its subsidiary service BAND",
    why="navercorp.com is the NAVER platform's domain; the items belong to BAND (band.us): wrong_platform",
    date=d(12, 13, 13), frm="legal@navercorp.com", name_from="네이버 법무실",
    subject="RE: [KCSC-240911-05] BAND 게시글 조치 요청",
    reply_to_req=req_mid("KCSC-240911-05"),
    body=f"""
안녕하세요, 네이버 법무실입니다.
BAND 서비스 건으로 계열사를 대신하여 회신드립니다.

{E[0]} - 삭제
{E[1]} - 삭제

나머지 1건은 BAND 운영팀(policy@band.us)에서 별도 회신 예정입니다.
""",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="kakao-asks-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 asking for the official letter (공문) and grounds before acting",
    why="asks for documents before acting; states no result",
    date=d(6, 11, 45), frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    subject="[카카오] 추가 자료 요청 (KCSC-240905-02)",
    reply_to_req=req_mid("KCSC-240905-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 5건의 게시물에 대해 검토를 진행하기 위하여 아래 자료를 추가로
보내주시기 바랍니다.

 1. 기관 명의의 시정요구 공문(PDF, 직인 포함)
 2. 게시물별 위반 법령 및 심의 의결 내용

자료가 접수되는 대로 검토 후 결과를 안내드리겠습니다.
감사합니다.
""",
    items={},
)

case(
    name="yt-channel-change-no-claims",
    outcome="review", review="no_claims",
    imitates="YouTube Korea notice about a new intake channel for government requests",
    why="trusted YouTube mail naming no requested item and no request",
    date=d(16, 10, 0), frm="legal-kr@google.com", name_from="YouTube 법무지원팀",
    subject="[안내] 정부기관 요청 접수 창구 변경",
    body="""
안녕하세요, YouTube 법무지원팀입니다.

2024년 10월 1일부터 정부기관의 콘텐츠 삭제 요청은 이메일 대신
전용 웹 양식(https://support.google.com/legal/answer/3110420)으로 접수됩니다.
기존 이메일로 보내주신 요청은 9월 30일까지 처리됩니다.

감사합니다.
""",
    items={},
)

case(
    name="naver-conditional-future",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="NAVER reply making action conditional on a 심의 결정서",
    why="both named items only get conditions/promises (결정서가 접수되면 삭제하겠습니다, 임시조치할 예정): nothing stated",
    date=d(13, 10, 20), frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    subject="Re: [KCSC-240912-06] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{F[0]}
해당 블로그 글은 당사자 확인 절차가 끝나는 대로 임시조치할 예정입니다.

{F[1]}
카페 게시물은 귀 위원회의 심의 결정서가 접수되면 즉시 삭제하겠습니다.

감사합니다.
""",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="naver-forwarded-internal",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER staff forwarding an internal cafe-operations note (---------- Forwarded message ---------)",
    why="the only statement sits inside a forwarded internal message; the forwarder states nothing herself",
    date=d(5, 9, 30), frm="serin.oh@navercorp.com", name_from="오세린",
    subject="Fwd: 카페 게시물 처리 건 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
참고하시라고 내부 회신 전달드립니다.

---------- Forwarded message ---------
From: 카페운영지원 <cafe-ops@navercorp.com>
Date: 2024년 9월 4일 (수) 오후 6:02
Subject: 카페 게시물 처리 건
To: 오세린 <serin.oh@navercorp.com>

{A[5]} 삭제 완료했습니다.
""",
    items={A[5]: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (Auto-Submitted: auto-replied) from a NAVER staff mailbox",
    why="out-of-office auto-reply",
    date=d(9, 14, 1), frm="jihoon.kim@navercorp.com", name_from="김지훈",
    subject="[부재중] Re: [KCSC-240903-01] 불법정보 삭제 요청",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김지훈입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
)

case(
    name="kakao-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 안내 (접수번호) receipt",
    why="pure acknowledgement: ticket created, nothing about items",
    date=d(5, 10, 2), frm="noreply@kakaocorp.com", name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#2409-118823)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 · 접수번호: #2409-118823
 · 문의 제목: [KCSC-240905-02] 명예훼손 정보 삭제 요청
 · 접수일시: 2024-09-05 10:01

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
)

case(
    name="band-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) from band.us returning our request",
    why="delivery status notification; the returned request's URLs are our own text",
    date=d(11, 10, 1), frm="MAILER-DAEMON@band.us", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f'''Content-Type: multipart/report; report-type=delivery-status;
\tboundary="A1B2C3.1726016460/mx2.band.us"

--A1B2C3.1726016460/mx2.band.us
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@band.us>: host mailstore.band.us[192.0.2.41] said: 550 5.1.1
    <abuse-kr@band.us>: Recipient address rejected: User unknown

--A1B2C3.1726016460/mx2.band.us
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.band.us
Arrival-Date: {d(11, 10, 0)}

Final-Recipient: rfc822; abuse-kr@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--A1B2C3.1726016460/mx2.band.us
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@band.us
Subject: [KCSC-240911-05] =?UTF-8?B?{base64.b64encode("음란정보 게시글 조치 요청".encode()).decode()}?=
Message-ID: <{req_mid("KCSC-240911-05")}@kcsc.example>
Date: {d(11, 10, 0)}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글의 삭제를 요청합니다.
{E[0]}
{E[1]}
{E[2]}

--A1B2C3.1726016460/mx2.band.us--
''',
)

case(
    name="kakao-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN (multipart/report; disposition-notification) from a Kakao mailbox",
    why="read receipt: displayed, says nothing about items",
    date=d(5, 13, 27), frm="jiwoo.han@kakaocorp.com", name_from="한지우",
    subject="읽음: [KCSC-240905-02] 명예훼손 정보 삭제 요청",
    raw_mime=f'''Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_kakao_2291"

--mdn_kakao_2291
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-05 13:27에 읽었습니다.
(이 확인은 메일이 수신자 화면에 표시되었다는 뜻이며, 내용을 읽었거나 동의했다는 뜻은 아닙니다.)

--mdn_kakao_2291
Content-Type: message/disposition-notification

Reporting-UA: kakaowork-mail; 2.4
Final-Recipient: rfc822;jiwoo.han@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240905-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_kakao_2291--
''',
)

case(
    name="yt-auto-acknowledgement",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform automatic receipt with a case ID (bilingual)",
    why="pure acknowledgement with case id; says it will be reviewed, nothing stated",
    date=d(9, 10, 4), frm="legal-noreply@google.com", name_from="YouTube Legal Support",
    subject="[8-4412000031882] We've received your request / 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting YouTube. We've received your request (reference
KCSC-240909-03) and created case ID 8-4412000031882. Our team will review
it and get back to you. Please do not reply to this automated message.

안녕하세요. 요청(KCSC-240909-03)이 접수되었으며 사례 번호는
8-4412000031882입니다. 검토 후 회신드리겠습니다.

- YouTube Legal Support
""",
)

case(
    name="dc-auto-reply-delay",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside customer-centre auto-reply about slow responses due to inquiry volume",
    why="automatic reply (Auto-Submitted) saying answers will be late; no statement",
    date=d(10, 10, 0, 30), frm="help@dcinside.com", name_from="디시인사이드 고객센터",
    subject="[자동응답] Re: [KCSC-240910-04] 게시물 삭제 요청드립니다",
    reply_to_req=req_mid("KCSC-240910-04"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]
안녕하세요, 디시인사이드 고객센터입니다.
현재 문의량 증가로 답변이 평소보다 늦어질 수 있습니다.
접수된 문의는 순서대로 확인 후 답변드리겠습니다.
양해 부탁드립니다.
""",
)

case(
    name="naver-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="NAVER mail system DSN: recipient mailbox over quota (4.2.2 then failed)",
    why="delivery failure notice for a reminder; ignored",
    date=d(17, 9, 2), frm="MAILER-DAEMON@naver.com", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f'''Content-Type: multipart/report; report-type=delivery-status;
\tboundary="nvdsn_48290"

--nvdsn_48290
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전송하지 못했습니다. 받는 사람의 메일함 용량이 가득 찼습니다.
Your message to cafe-report@naver.com could not be delivered: mailbox full.

--nvdsn_48290
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.naver.com
Final-Recipient: rfc822; cafe-report@naver.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--nvdsn_48290
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@naver.com
Subject: [reminder] KCSC-240912-06 조치 기한 경과 안내
Date: {d(17, 9, 0)}

--nvdsn_48290--
''',
)

# --------------------------------------------------------------------------
HEADER = """# blind161: Korean blind set (NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind161/make.py before any run of the reader.
# Each case is judged alone on a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind161", HEADER, cases)
