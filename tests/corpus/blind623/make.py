#!/usr/bin/env python3
"""Blind set 623 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean. Writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind623/make.py

Every expected result below was written from the meaning of the email alone,
before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/gold_pine77/223561234567",
    "https://blog.naver.com/gold_pine77/223561239901",
    "https://blog.naver.com/silver_reed/223570011223",
    "https://cafe.naver.com/jjangmarket/48213",
    "https://cafe.naver.com/jjangmarket/48219",
    "https://cafe.naver.com/greenlakeclub/9021",
    "https://m.blog.naver.com/PostView.naver?blogId=dawn_walker&logNo=223580044556",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567",
    "https://blog.naver.com/PostView.naver?blogId=salt_crow&logNo=223590077788",
    "https://cafe.naver.com/greenlakeclub/9044",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=5512345",
    "https://blog.naver.com/haneul_log/223600012345",
    "https://in.naver.com/starbeam/contents/internal/712345678901234",
    "https://tv.naver.com/v/58123456",
]
K = [
    "https://cafe.daum.net/blueharbor7/Ab3K/1021",
    "https://cafe.daum.net/blueharbor7/Ab3K/1034",
    "https://moonlit-hill.tistory.com/entry/%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0-%EB%B0%A9",
    "https://brunch.co.kr/@quietriver/57",
    "https://open.kakao.com/o/gQk7Zx2b",
]
K3_RAW = "https://moonlit-hill.tistory.com/entry/정보-공유-방"
K6 = "https://cafe.daum.net/silvermoon22/Hq9d/377"
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=b7XnR2wE9sD",
    "https://www.youtube.com/shorts/Hk4pL9mN2cX",
    "https://www.youtube.com/@%ED%91%B8%EB%A5%B8%EB%B0%94%EB%8B%A4TV",
]
Y4_RAW = "https://www.youtube.com/@푸른바다TV"
Y5 = "https://www.youtube.com/watch?v=Zx1cV2bN3mQ"
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmaster&no=228811",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmaster&no=228860",
]
B = [
    "https://band.us/band/81234567/post/412",
    "https://band.us/band/81234567/post/415",
]

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     N, "gambling", "req-240903-01@kcsc.example", 'illegal gambling promotion, "토토" sites'),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     K, "fraud", "req-240905-02@kcsc.example", "investment fraud, Daum cafe + Tistory + Brunch"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     Y, "privacy", "req-240906-03@kcsc.example", "personal data exposure"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-17T23:59:59+09:00",
     DC, "illegal_trade", "req-240910-04@kcsc.example", "account trading, gallery posts"),
    ("KCSC-240911-05", "band", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     B, "obscenity", "req-240911-05@kcsc.example", "two posts in one band"),
    ("KCSC-240912-06", "kakao", "2024-09-12T15:00:00+09:00", "2024-09-19T23:59:59+09:00",
     [K6], "fraud", "req-240912-06@kcsc.example", "single cafe post"),
    ("KCSC-240913-07", "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [Y5], "gambling", "req-240913-07@kcsc.example", "one video, 'live casino' ad"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted_gmail(ref, urls, when):
    lines = [f"{when}, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:", ">",
             "> 안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
             f"> 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. ({ref})",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 회신 기한: 요청일로부터 7일 이내", "> 감사합니다."]
    return "\n".join(lines)


def request_text(ref, urls):
    lines = ["안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
             f"아래 정보에 대하여 시정요구를 하오니 조치 결과를 회신하여 주십시오. ({ref})", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    return "\n".join(lines)


CASES = []


def enc(text):
    """RFC 2047-encode a header value holding non-ASCII text, as mail clients do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    CASES.append(kw)


# ================================================================ NAVER
rows = [
    (N[0], "삭제", ""), (N[1], "삭제", ""), (N[2], "임시조치", "30일"),
    (N[3], "게시중단", ""), (N[4], "블라인드", ""), (N[5], "해당 게시물 없음", "작성자 삭제"),
    (N[6], "삭제", ""), (N[7], "비공개 처리", "지식iN 답변"), (N[8], "조치 불가", "운영원칙 위반 사항 확인되지 않음"),
    (N[9], "삭제", ""), (N[10], "19세 미만 접근 제한", "청소년유해"), (N[11], "임시조치", "30일"),
    (N[12], "URL 오류", "존재하지 않는 주소"), (N[13], "삭제", "클립 포함"),
]
table = "\n".join(f"{i:>2} | {u} | {s}" + (f" | {n}" if n else "") for i, (u, s, n) in enumerate(rows, 1))
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(5, 16, 40), subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req="req-240903-01",
    body=f"""수신: 방송통신심의위원회 (불법정보대응팀)
참조: 담당 주무관님
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3.자 시정요구(KCSC-240903-01)와 관련하여, 당사는 요청된 정보 14건을
   검토하고 아래와 같이 조치하였음을 알려드립니다.

 연번 | URL | 조치결과 | 비고
{table}

3. 연번 9 게시물은 검토 결과 당사 운영원칙상 위반 사항이 확인되지 않아 게시를 유지합니다.
   추가 소명자료가 있으시면 회신 바랍니다.

네이버 주식회사 정책지원팀  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 통보 with a text table (연번/URL/조치결과/비고)",
    why="trusted NAVER reply naming all 14 items with a result each",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "removed", N[8]: "rejected", N[9]: "removed",
           N[10]: "restricted", N[11]: "restricted", N[12]: "not_found", N[13]: "removed"},
)

html_rows = "".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{s}</td></tr>\n"
    for i, (u, s) in enumerate([(N[0], "삭제 완료"), (N[1], "블라인드 처리"), (N[2], "임시조치(30일)"),
                                (N[3], "게시물 없음(이미 삭제됨)"), (N[4], "검토 중")], 1))
case(
    name="naver-html-table-partial",
    **{"from": "noreply-report@naver.com"}, name_from="NAVER 고객센터",
    date=d(4, 18, 2), subject="[NAVER] 게시물 신고 처리 결과 안내 (KCSC-240903-01)",
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240903-01)에 대한 1차 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
{html_rows}</table>
<p>5번 게시물은 현재 검토가 진행 중이며, 완료되는 대로 다시 알려드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service_group.html">policy.naver.com</a></p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML 신고 처리 결과 안내 with a result table",
    why="HTML table: 삭제, 블라인드, 임시조치, already deleted, and one still under review",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "pending"},
)

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{N[2]},삭제,2024-09-06 10:12",
    f"2,{N[4]},게시중단,2024-09-06 10:15",
    f"3,{N[7]},비공개 처리,2024-09-06 10:20",
    f"4,{N[9]},게시물 없음,-",
    f"5,{N[11]},임시조치,2024-09-06 10:31",
    f"6,{N[12]},위반사항 없음(조치 안 함),-",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "kcsc-desk@navercorp.com"}, name_from="네이버 대외협력",
    date=d(6, 11, 5), subject="RE: 시정요구 KCSC-240903-01 조치결과 (2차)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv623csv"

--==nv623csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

주무관님 안녕하세요.
KCSC-240903-01 건 2차 조치결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

네이버 대외협력 드림

--==nv623csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result2.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result2.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--==nv623csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as an Excel-exported CSV attachment (UTF-8 with BOM)",
    why="CSV rows give six item results: 삭제, 게시중단, 비공개, 게시물 없음, 임시조치, no violation",
    items={N[2]: "removed", N[4]: "removed", N[7]: "removed", N[9]: "not_found",
           N[11]: "restricted", N[12]: "rejected"},
)

case(
    name="naver-prose-removed-and-kept",
    **{"from": "cafe-safety@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(4, 15, 30), subject="Re: [KCSC-240903-01] 카페 게시물 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시물 중 아래 게시물은 도박 광고에 해당하여 운영정책에 따라 삭제하였습니다.

{N[3]}

다만 아래 게시물은 확인 결과 단순 경기 결과를 공유한 글로, 사행성 사이트를 홍보하는
내용이 없어 운영정책 위반으로 보기 어렵습니다. 따라서 별도 조치 없이 게시를 유지합니다.

{N[4]}

문의 사항이 있으시면 이 메일로 회신 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operator reply in prose, statement above each bare URL",
    why="one cafe post deleted, the other kept as not violating (a refusal with its reason)",
    items={N[3]: "removed", N[4]: "rejected"},
)

case(
    name="naver-url-korean-particles",
    **{"from": "blog-help@navercorp.com"}, name_from="네이버 블로그팀",
    date=d(5, 10, 14), subject="KCSC-240903-01 관련 블로그·TV 게시물 확인 결과",
    body=f"""주무관님, 네이버 블로그팀 김하늘입니다.

문의주신 두 건 확인 결과 알려드립니다.
{N[2]}은 작성자가 9월 2일에 이미 삭제한 글이라 현재 존재하지 않습니다.
{N[13]}（네이버TV 클립）는 오늘 오전 운영정책 위반으로 삭제 처리했습니다.

나머지 게시물은 담당 부서에서 별도로 회신드릴 예정입니다.

김하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Korean operator reply, URLs followed by Korean particles and full-width brackets",
    why="one post already deleted by its author (not found), one clip deleted",
    items={N[2]: "not_found", N[13]: "removed"},
)

top = f"""안녕하세요 주무관님.

요청 주신 건 중 아래 두 건 먼저 처리 결과 공유드립니다.
- {N[8]} : 게시중단 처리 완료
- {N[10]} : 포스트 삭제 완료

나머지 12건은 각 서비스 담당자가 확인 중입니다.

네이버 정책지원팀 박서준 드림
"""
case(
    name="naver-qp-top-posted",
    **{"from": "sj.park@navercorp.com"}, name_from="박서준",
    date=d(4, 9, 48), subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(top + "\n" + quoted_gmail("KCSC-240903-01", N, "2024년 9월 3일 (화) 오전 10:00")),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply in quoted-printable over the regulator's quoted request",
    why="two items stated on top; the 14 URLs below are our own quoted request",
    items={N[8]: "removed", N[10]: "removed"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "blog-help@navercorp.com"}, name_from="네이버 블로그팀",
    date=d(6, 14, 22), subject="[KCSC-240903-01] 모바일 블로그 게시물 처리",
    body="""안녕하세요. 네이버 블로그팀입니다.

아래 게시물은 불법 도박 사이트 홍보 게시물로 확인되어 삭제 조치하였습니다.
<https://m.blog.naver.com/PostView.naver?blogId=dawn_walker&
logNo=223580044556>

아래 게시물은 블로거가 카테고리를 비공개로 돌려 두었으나, 운영정책에 따라 저희가 삭제까지 진행했습니다.
<https://blog.naver.com/PostView.naver?blogId=salt_crow&logNo=
223590077788>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="reply whose long URLs in angle brackets were wrapped by the mail client (RFC 3986 app. C style)",
    why="two long query URLs wrapped inside <...>, both deleted",
    items={N[6]: "removed", N[8]: "removed"},
)

case(
    name="naver-statement-above-url",
    **{"from": "kin-ops@navercorp.com"}, name_from="네이버 지식iN 운영",
    date=d(5, 17, 3), subject="지식iN/블로그 게시물 조치 안내 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이버입니다.

다음 지식iN 답변은 비공개 처리되었습니다:
    {N[7]}

다음 블로그 게시물은 청소년유해 게시물로 분류하여 19세 이상 로그인 이용자만 볼 수 있도록 연령 제한을 적용했습니다:
    {N[11]}

운영정책: https://policy.naver.com/rules/service.html
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice with the statement ending in ':' and the URL indented on the next line",
    why="one answer made private (removed), one post age-restricted (restricted); the policy link is no item",
    items={N[7]: "removed", N[11]: "restricted"},
)

b64_body = f"""안녕하세요. 네이버 카페 운영팀입니다.

KCSC-240903-01 시정요구 관련, 그린레이크 카페의 게시글 2건을 확인하였습니다.
{N[5]} 게시글과 {N[9]} 게시글은 모두 사행성 사이트 홍보 글로 판단되어 금일 삭제하였으며,
해당 카페 매니저에게도 경고 조치를 안내했습니다.

감사합니다.
"""
case(
    name="naver-base64-two-deleted",
    **{"from": "cafe-safety@navercorp.com"}, name_from="네이버 카페 운영팀",
    date=d(5, 13, 55), subject="[네이버 카페] 시정요구 처리 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(b64_body),
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe reply sent as a base64-encoded text/plain body",
    why="one sentence names both cafe posts and says both were deleted today",
    items={N[5]: "removed", N[9]: "removed"},
)

case(
    name="naver-outlook-quoted-request",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(9, 10, 7), subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""주무관님 안녕하세요.

인플루언서 콘텐츠 1건 추가 회신드립니다.
{N[12]} → 게시중단 처리하였습니다.

감사합니다.
정책지원팀 드림

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

{request_text("KCSC-240903-01", N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the original request (-----Original Message----- block)",
    why="only the in.naver.com item is stated above the quoted request",
    items={N[12]: "removed"},
)

case(
    name="naver-echoed-report-fields",
    **{"from": "noreply-report@naver.com"}, name_from="NAVER 신고센터",
    date=d(6, 19, 41), subject="[NAVER 신고센터] 신고하신 게시물의 처리 결과입니다",
    body=f"""네이버 신고센터입니다. 신고해 주신 게시물의 처리 결과를 알려드립니다.

■ 신고 번호: RPT-2409-0077812
■ 신고 URL: {N[7]}
■ 신고 사유: 불법정보(도박)
■ 처리 결과: 삭제

■ 신고 번호: RPT-2409-0077813
■ 신고 URL: {N[13]}
■ 신고 사유: 불법정보(도박)
■ 처리 결과: 조치하지 않음 (서비스 운영정책 위반 사항 없음)

처리 결과에 이의가 있는 경우 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report fields (신고 URL / 처리 결과)",
    why="two report blocks: one deleted, one left up as not violating",
    items={N[7]: "removed", N[13]: "rejected"},
)

# ================================================================ Kakao / Daum
case(
    name="kakao-imsijochi-notice",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(6, 16, 18), subject="[카카오] 권리침해/불법정보 신고 처리 결과 안내",
    body=f"""안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물(요청번호 KCSC-240905-02)에 대해
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라 아래와 같이 임시조치하였습니다.

  · {K[0]}
  · {K[1]}

임시조치된 게시물은 30일간 게시자를 포함한 이용자에게 노출되지 않으며,
게시자가 기간 내 재게시를 요청하지 않으면 삭제됩니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 임시조치 안내 (정보통신망법 제44조의2), 30-day hide then delete",
    why="two Daum cafe posts under 임시조치; 임시조치 counts as restricted in this project",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-mixed-bullets",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
    date=d(9, 14, 0), subject="Re: KCSC-240905-02 시정요구 조치결과",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 세이프티팀입니다.
요청하신 5건에 대한 조치 결과입니다.

- Daum 카페 {K[0]} : 삭제
- Daum 카페 {K[1]} : 삭제
- 티스토리 {K3_RAW} : 비공개 처리
- 브런치 {K[3]} : 위반사항 없음 - 투자 관련 개인 의견 글로 판단되어 조치하지 않았습니다
- 오픈채팅 {K[4]} : 이미 종료된 채팅방으로 확인되지 않습니다

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team bulleted reply covering Daum cafe, Tistory, Brunch and open chat",
    why="five items, five statements: two deleted, one made private, one kept, one gone",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[3]: "rejected", K[4]: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리팀",
    date=d(6, 11, 27), subject="티스토리 게시글 블라인드 처리 안내",
    body=f"""안녕하세요, 티스토리팀입니다.

요청하신 게시글 <{K3_RAW}>은 운영정책 위반으로 블라인드 처리되었습니다.
블로그 운영자에게는 처리 사실이 안내되었습니다.

티스토리 운영정책: https://www.tistory.com/policy
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 블라인드 처리 안내, Korean path written raw in angle brackets",
    why="raw Korean path matches the percent-encoded request URL; 블라인드 = removed",
    items={K[2]: "removed"},
)

case(
    name="kakao-single-item-no-url",
    **{"from": "cafe-ops@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(13, 10, 30), subject="Re: [KCSC-240912-06] Daum 카페 게시물 시정요구",
    reply_to_req="req-240912-06",
    body="""안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물은 카페 운영정책(불법 금융 광고) 위반으로 확인되어 9월 13일 오전 삭제 조치되었습니다.
해당 카페에는 경고 1회가 부여되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator's short threaded reply that names no URL",
    why="answers a one-item request (thread + reference) with an unhedged 'deleted'",
    items={K6: "removed"},
)

case(
    name="kakao-html-brunch-openchat",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(10, 9, 15), subject="[카카오] 요청하신 게시물 처리 결과 (KCSC-240905-02)",
    type="html",
    body=f"""<html><body>
<div style="max-width:600px">
<h3>처리 결과 안내</h3>
<p>안녕하세요. 카카오입니다. 요청번호 KCSC-240905-02 중 아래 두 건의 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>서비스</th><th>URL</th><th>결과</th></tr>
<tr><td>오픈채팅</td><td>{K[4]}</td><td>운영정책 위반으로 채팅방 폐쇄</td></tr>
<tr><td>브런치</td><td>{K[3]}</td><td>작가가 이미 삭제한 글로, 현재 존재하지 않음</td></tr>
</table>
<p><a href="https://cs.kakao.com/helps?service=8">카카오 고객센터 도움말</a></p>
</div></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Kakao HTML result table (서비스 / URL / 결과)",
    why="open chat room closed (removed); Brunch post already deleted by its author (not found)",
    items={K[4]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(7, 10, 2), subject="[카카오 고객센터] 문의 접수 및 처리 안내",
    body=f"""안녕하세요. 카카오 고객센터입니다.

문의하신 내용이 접수번호 2409-KC-338210으로 정상 접수되었습니다.
확인 결과 아래 카페 게시글은 불법 금융 광고로 판단되어 삭제 처리를 완료하였습니다.

 {K[1]}

추가 문의는 접수번호를 기재하여 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao ticket receipt that also carries a result",
    why="an acknowledgement phrase plus an unhedged 'deleted' for a named item is a confirmation",
    items={K[1]: "removed"},
)

# ================================================================ YouTube
case(
    name="yt-korea-legal-mixed",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률지원팀",
    date=d(10, 17, 12), subject="[YouTube] 법적 요청 처리 결과 - KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""안녕하세요.

YouTube 법률지원팀입니다. 귀 위원회의 요청(KCSC-240906-03)을 검토한 결과를 안내드립니다.

대한민국 법률에 따라 다음 동영상은 대한민국에서 볼 수 없도록 접근을 제한했습니다.
{Y[0]}
{Y[1]}

다음 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.
{Y[2]}

채널 {Y4_RAW} 자체는 검토 결과 커뮤니티 가이드 또는 현지 법률 위반이 확인되지 않아 조치하지 않았습니다.

자세한 내용은 https://support.google.com/youtube/answer/2802032 를 참고하세요.

YouTube 법률지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean: local block, global removal, no action",
    why="two videos blocked in Korea, one Short removed globally, the channel left up",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-single-blocked-kr-english",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d(16, 8, 50), subject="Re: [KCSC-240913-07] 불법 도박 광고 동영상",
    reply_to_req="req-240913-07",
    body=f"""Hello,

Thank you for contacting YouTube. After review, we have blocked the following
video from view in South Korea in response to your legal request:

{Y5}

The content remains available in other countries, as it does not violate our
Community Guidelines.

감사합니다.
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support 'blocked from view in [country]' reply to a Korean request",
    why="the single video is geo-blocked in Korea: restricted (not a rejection: it was actioned)",
    items={Y5: "restricted"},
)

case(
    name="yt-channel-terminated-korean-handle",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률지원팀",
    date=d(11, 13, 31), subject="채널 조치 안내 (KCSC-240906-03)",
    body=f"""안녕하세요, YouTube입니다.

추가 검토 결과 {Y4_RAW} 채널은 개인정보 노출 관련 정책을 반복적으로 위반하여 해지되었습니다.
해지된 채널의 모든 동영상은 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice with a Korean @handle URL written raw",
    why="the channel (requested as a percent-encoded handle URL) was terminated: removed",
    items={Y[3]: "removed"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률지원팀",
    date=d(9, 16, 4), subject="RE: KCSC-240906-03",
    body=f"""주무관님 안녕하세요.

1차 결과입니다.

{Y[0]}
→ 업로더가 직접 삭제하여 현재 존재하지 않는 동영상입니다.

{Y[1]}
→ 연령 제한 적용 (로그인한 만 19세 이상 사용자만 시청 가능)

나머지는 확인 후 다시 연락드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube staff reply: bare URL with its status on the line below",
    why="one video deleted by its uploader (not found), one age-restricted (restricted)",
    items={Y[0]: "not_found", Y[1]: "restricted"},
)

case(
    name="yt-statement-of-reasons-ko",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(8, 12, 0), subject="YouTube 콘텐츠 조치 사유 안내",
    body=f"""YouTube 콘텐츠 조치 안내

요청 번호: KCSC-240906-03
대상 콘텐츠: {Y[2]}
조치 내용: 동영상 삭제
적용 범위: 전 세계
근거: 커뮤니티 가이드 (개인정보 보호)
조치 일자: 2024-09-08

이 안내는 자동으로 발송되었습니다. 회신하지 마세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons in Korean (대상/조치 내용/적용 범위/근거)",
    why="labelled fields: content, action 'deleted', scope worldwide",
    items={Y[2]: "removed"},
)

# ================================================================ DC Inside
case(
    name="dc-operator-informal-arrows",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(11, 11, 11), subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
요청주신 글 확인했습니다~

{DC[0]} → 삭제완료
{DC[1]} → 삭제완료 (작성자 IP 7일 차단)
{DC[2]} → 이미 삭제된 글입니다

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's informal one-line-per-post reply with arrows",
    why="two posts deleted, one already gone",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
)

case(
    name="dc-gongmun-pipe-table",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d(12, 15, 20), subject="[디시인사이드] 시정요구(KCSC-240910-04) 조치결과 회신",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240910-04) 조치결과 회신

1. 귀 기관의 시정요구와 관련된 내용입니다.
2. 당사는 요청된 게시물 3건에 대하여 아래와 같이 조치하였습니다.

| 번호 | 게시물 주소 | 조치 결과 |
|---|---|---|
| 1 | {DC[0]} | 미조치 (게시물 내용상 계정 거래 정황이 없어 불법정보로 보기 어려움) |
| 2 | {DC[1]} | 게시물 삭제 및 작성자 차단 |
| 3 | {DC[2]} | 게시물 삭제 |

3. 1번 게시물에 관하여 추가 자료를 주시면 재검토하겠습니다.

(주)디시인사이드 법무팀. 끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 회신 with a pipe table (번호/게시물 주소/조치 결과)",
    why="one refusal with its reason, two deletions; offer to re-examine is no hedge on the refusal",
    items={DC[0]: "rejected", DC[1]: "removed", DC[2]: "removed"},
)

# ================================================================ BAND
case(
    name="band-numbered-results",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(12, 17, 45), subject="[BAND] 신고 게시글 처리 결과 안내 (KCSC-240911-05)",
    body=f"""안녕하세요. BAND 고객센터입니다.

요청하신 게시글 2건에 대한 처리 결과를 안내드립니다.

1. {B[0]}
   음란물 게시로 확인되어 게시글을 삭제하고 작성자의 밴드 이용을 제한했습니다.
2. {B[1]}
   밴드 리더가 먼저 삭제하여 현재 존재하지 않는 게시글입니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 numbered result list",
    why="one post deleted; the other already deleted by the band leader (not found)",
    items={B[0]: "removed", B[1]: "not_found"},
)

# ================================================================ review
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(4, 11, 20), subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 목록 중 {N[0]} 및 {N[1]} 게시물은 담당 부서에서 검토 후
금주 중 순차적으로 삭제 조치할 예정입니다.
처리가 완료되면 결과를 다시 공유드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising deletion 'within this week'",
    why="a promise (삭제 조치할 예정) is no statement; names items, so review",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "cafe-ops@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(6, 9, 40), subject="Re: KCSC-240905-02 문의",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요.

{K[0]} 게시글은 현재 접속해 보면 페이지가 열리지 않아 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 시스템 확인 후 말씀드리겠습니다.

Daum 카페 운영팀
""",
    outcome="review", review="not_understood",
    imitates="operator's hedged reply ('삭제된 것으로 보입니다')",
    why="'appears to be deleted' is a hedge, not a statement",
    items={K[0]: "pending"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(10, 18, 0), subject="[회신] KCSC-240903-01 조치 완료",
    reply_to_req="req-240903-01",
    body="""주무관님 안녕하세요.

KCSC-240903-01로 요청하신 게시물 14건 전체에 대해 삭제 조치를 완료하였습니다.
협조에 감사드립니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="portal one-line '전체 조치 완료' reply",
    why="one statement about all 14 items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="yt-bulk-all-blocked",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률지원팀",
    date=d(12, 9, 5), subject="Re: [KCSC-240906-03] 개인정보 노출 동영상",
    reply_to_req="req-240906-03",
    body="""안녕하세요.

요청하신 콘텐츠 4건 모두 대한민국 내에서 접근이 차단되었음을 알려드립니다.

YouTube 법률지원팀
""",
    outcome="review", review="bulk",
    imitates="YouTube short reply covering every URL of a request at once",
    why="'all 4' restricted without naming each, for a 4-item request: bulk",
    items={},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date=d(5, 8, 12), subject="[회신] KCSC-240903-01 조치결과",
    body=f"""안녕하세요. 네이버입니다.

요청하신 게시물 {N[0]} 은 삭제 조치되었습니다.
조치 확인서는 아래 링크에서 내려받으실 수 있습니다.
http://naver-docs.example.net/confirm?id=240903

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="NAVER's domain but authentication fails: never applied",
    items={N[0]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "jjangmarket.manager@gmail.com"}, name_from="짱마켓 카페매니저",
    date=d(4, 22, 17), subject="카페 글 삭제했습니다",
    body=f"""안녕하세요 짱마켓 카페 매니저입니다.
네이버에서 연락받고 말씀하신 글 지웠습니다.
{N[4]}
앞으로 이런 글 안 올라오게 관리하겠습니다. 죄송합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (not the platform) writing from a personal address",
    why="sender is no platform's domain; names a requested URL",
    items={N[4]: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
    date=d(5, 15, 2), subject="문의하신 URL 관련 안내",
    body=f"""안녕하세요, 카카오 세이프티팀입니다.

문의하신 {N[4]} 는 카카오(Daum)에서 운영하는 서비스가 아닌 네이버 카페 주소로,
당사 시스템에서는 해당 게시물을 찾을 수 없습니다. 해당 서비스 운영사로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="platform replying that a URL belongs to another service",
    why="Kakao states 'cannot find' about a NAVER item: wrong platform, item untouched",
    items={N[4]: "pending"},
)

case(
    name="dc-asks-official-letter",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d(10, 16, 30), subject="Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    body="""안녕하세요. 디시인사이드 법무팀입니다.

KCSC-240910-04 요청 건 관련하여, 처리를 위해 아래 자료를 추가로 보내주시기 바랍니다.
 1) 직인이 날인된 시정요구 공문 원본(PDF)
 2) 각 게시물이 해당하는 불법정보 유형 및 근거 조항

자료 확인 후 지체 없이 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for a sealed 공문 and legal basis before acting",
    why="asks for documents before any action: a request for information",
    items={},
)

case(
    name="naver-forwarded-internal",
    **{"from": "sj.park@navercorp.com"}, name_from="박서준",
    date=d(5, 19, 2), subject="Fwd: [카페운영] KCSC-240903-01 처리",
    body=f"""주무관님, 카페 운영팀 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 카페 운영팀 <cafe-safety@navercorp.com>
Date: 2024년 9월 5일 (목) 오후 6:40
Subject: [카페운영] KCSC-240903-01 처리
To: 박서준 <sj.park@navercorp.com>

서준님, 요청 건 처리했습니다.
{N[3]} 삭제 완료
{N[9]} 삭제 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal team's result",
    why="the statements are in the forwarded part, not said by the sender itself",
    items={N[3]: "pending", N[9]: "pending"},
)

case(
    name="yt-under-review-hedged",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법률지원팀",
    date=d(7, 11, 0), subject="Re: [KCSC-240906-03] 개인정보 노출 동영상",
    reply_to_req="req-240906-03",
    body=f"""안녕하세요.

요청하신 콘텐츠는 현재 검토 중입니다.
참고로 {Y[0]} 동영상은 업로더가 비공개로 전환했을 수 있어 추가 확인이 필요하며,
{Y[1]} 동영상은 관련 부서에서 검토하고 있습니다.

검토가 끝나는 대로 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'under review' reply with a hedge about one video",
    why="'under review' and 'may have been made private' are no statements",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="band-conditional-leader",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(12, 10, 0), subject="Re: [KCSC-240911-05] 밴드 게시글 신고",
    reply_to_req="req-240911-05",
    body=f"""안녕하세요. BAND 고객센터입니다.

{B[0]} 게시글에 대해 밴드 리더에게 삭제를 요청하였습니다.
48시간 이내에 삭제되지 않는 경우 당사에서 직접 게시중단 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND reply passing the request to the band leader, with a conditional next step",
    why="a condition and a promise: nothing has happened yet",
    items={B[0]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(9, 9, 0), subject="[안내] 시정요구 회신 담당자 변경",
    body="""안녕하세요. 네이버 정책지원팀입니다.

9월 9일부로 방송통신심의위원회 시정요구 회신 업무 담당자가 아래와 같이 변경되었습니다.
 - 담당: 이도윤 매니저 (policy@navercorp.com)
 - 업무시간: 평일 09:00~18:00

앞으로도 원활한 협조 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a change of contact person",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

# ================================================================ ignored
case(
    name="naver-out-of-office",
    **{"from": "doyoon.lee@navercorp.com"}, name_from="이도윤",
    date=d(3, 10, 1), subject="[자동회신] 부재중: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 이도윤입니다.
9월 3일부터 9월 6일까지 휴가로 메일 확인이 어렵습니다.
급한 건은 policy@navercorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office ([자동회신] 부재중)",
    why="auto-reply",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(5, 11, 3), subject="[카카오 고객센터] 문의가 접수되었습니다",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 · 접수번호: 2409-KC-331004
 · 접수일시: 2024.09.05 11:03

순차적으로 확인 후 답변드리겠습니다. 답변은 영업일 기준 3일 이내 발송됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

dsn_orig = request_text("KCSC-240911-05", B)
case(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.band.us"}, name_from="Mail Delivery System",
    date=d(11, 10, 1), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn623b"

--dsn623b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host mx.band.us said: 550 5.1.1 User unknown

--dsn623b
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.band.us
Arrival-Date: {d(11, 10, 0)}

Final-Recipient: rfc822; report@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn623b
Content-Type: message/rfc822

From: {enc("KCSC 불법정보대응팀")} <takedown@kcsc.example>
To: report@band.us
Subject: {enc("[KCSC-240911-05] 밴드 게시글 시정요구")}
Message-ID: <req-240911-05@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn623b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) returning our request",
    why="bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date=d(3, 13, 22), subject="읽음: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn623"

--mdn623
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: [KCSC-240903-01] 불법정보 시정요구
읽은 시간: 2024년 9월 3일 화요일 오후 1:22

--mdn623
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn623--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(6, 9, 35), subject="YouTube 법적 요청이 접수되었습니다 [7-2209000031841]",
    body="""안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는 7-2209000031841입니다.
제출하신 내용을 검토한 후 이메일로 연락드리겠습니다.

이 메일은 자동으로 발송되었으므로 회신하지 마세요.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals receipt with a reference number",
    why="pure receipt: no item, no statement",
    items={},
)

case(
    name="dc-auto-reply-with-quote",
    **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(10, 14, 0), subject="[자동응답] Re: [KCSC-240910-04] 게시물 삭제 요청",
    reply_to_req="req-240910-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""[자동응답] 디시인사이드 운영팀입니다.
메일이 접수되었습니다. 운영시간(평일 10:00~19:00) 중 순차적으로 확인하여 답변드리겠습니다.

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Subject: [KCSC-240910-04] 게시물 삭제 요청

{request_text("KCSC-240910-04", DC)}
""",
    outcome="ignored", classification="auto_reply",
    imitates="helpdesk auto-reply quoting the request below",
    why="auto-reply; the URLs are only in our quoted request",
    items={},
)

case(
    name="band-inquiry-receipt-echo",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(11, 10, 5), subject="[BAND] 문의 접수 완료 안내 (문의번호 B-240911-00527)",
    body=f"""안녕하세요. BAND 고객센터입니다.
문의가 접수되었습니다. 담당자 확인 후 답변드리겠습니다.

[접수 내용]
문의번호: B-240911-00527
유형: 게시글 신고
신고 게시글:
{B[0]}
{B[1]}
내용: 시정요구(KCSC-240911-05)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND inquiry receipt echoing the submitted form",
    why="receipt echoing our own submission; no statement about any item",
    items={},
)


HEADER = """# Blind set 623 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND.
# Written by tests/corpus/blind623/make.py from each email's meaning, before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind623", HEADER, CASES)


if __name__ == "__main__":
    main()
