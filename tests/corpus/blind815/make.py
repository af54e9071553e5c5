#!/usr/bin/env python3
"""Blind set 815 (focus: Korean-language replies from NAVER, Kakao/Daum,
YouTube Korea, DC Inside and BAND: 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Written from each email's meaning before any run of the reader. Deterministic:

    python3 tests/corpus/blind815/make.py

rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-04 10:12' -> RFC 5322 date in +0900."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
# Raw form (as written in emails); requests.csv stores Korean paths
# percent-encoded.
N = [
    "https://blog.naver.com/haneul_mk77/223561000101",
    "https://blog.naver.com/haneul_mk77/223561000102",
    "https://blog.naver.com/dalbit_room/223562400301",
    "https://blog.naver.com/dalbit_room/223562400377",
    "https://cafe.naver.com/jjokji88/41205",
    "https://cafe.naver.com/jjokji88/41219",
    "https://cafe.naver.com/moraebada/880312",
    "https://cafe.naver.com/moraebada/880540",
    "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=470112233",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120011&memberNo=5512301",
    "https://blog.naver.com/sori_gongbang/223575512090",
    "https://cafe.naver.com/sunbi2020/12077",
    "https://tv.naver.com/v/58120334",
    "https://blog.naver.com/sori_gongbang/223575512133",
]
K = [
    "https://cafe.daum.net/hanbit_market/ZqR1/3321",
    "https://cafe.daum.net/hanbit_market/ZqR1/3350",
    "https://yeoul-note.tistory.com/entry/오늘의-기록-2",
    "https://yeoul-note.tistory.com/entry/사진-모음",
    "https://open.kakao.com/o/gXk2Pq7h",
]
Y = [
    "https://www.youtube.com/watch?v=kR7xQ2mLp0A",
    "https://www.youtube.com/watch?v=Zt3nW8vBq1c",
    "https://www.youtube.com/shorts/pL9dM4sTe2Q",
    "https://www.youtube.com/@bamgil_tv77",
]
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120311",
    "https://gall.dcinside.com/mgallery/board/view/?id=haedal&no=45120",
    "https://gall.dcinside.com/mgallery/board/view/?id=haedal&no=45188",
]
B = [
    "https://band.us/band/81230455/post/1207",
    "https://band.us/band/81230455/post/1233",
]
S1 = "https://blog.naver.com/morning_tea_k/223590044512"
D4 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7730120"


def enc(url):
    """The form stored in requests.csv: non-ASCII path percent-encoded."""
    return quote(url, safe=":/?&=@%-._~")


# Keys of expected.toml (the stored form).
NE = N
KE = [enc(u) for u in K]

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "privacy-exposure", "req-240903-01@kcsc.example", "블로그·카페·지식iN 신상정보 유포", N),
    ("KCSC-240905-02", "kakao", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal-trade", "req-240905-02@kcsc.example", "다음카페·티스토리·오픈채팅", K),
    ("KCSC-240910-03", "youtube", "2024-09-10T11:30:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-gambling", "req-240910-03@kcsc.example", "영상 3건, 채널 1건", Y),
    ("KCSC-240911-04", "dcinside", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "defamation", "req-240911-04@kcsc.example", "갤러리 게시글", DC),
    ("KCSC-240913-05", "band", "2024-09-13T16:20:00+09:00", "2024-09-20T23:59:59+09:00",
     "fraud", "req-240913-05@kcsc.example", "밴드 게시글", B),
    ("KCSC-240916-06", "naver", "2024-09-16T09:40:00+09:00", "2024-09-23T23:59:59+09:00",
     "privacy-exposure", "req-240916-06@kcsc.example", "블로그 1건", [S1]),
    ("KCSC-240917-07", "dcinside", "2024-09-17T13:10:00+09:00", "2024-09-24T23:59:59+09:00",
     "defamation", "req-240917-07@kcsc.example", "갤러리 1건", [D4]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, enc(u), cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, due):
    lines = [
        f"방송통신심의위원회 시정요구 ({ref})",
        "",
        "귀사 서비스에 게재된 아래 정보가 관련 법령에 위반되어 삭제 또는 접속차단을 요청합니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"조치 결과를 {due}까지 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 통신심의국"]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(html_or_text, ctype="html"):
    body = quopri.encodestring(html_or_text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text, ctype="plain"):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


R1Q = request_text("KCSC-240903-01", N, "2024. 9. 10.")
R2Q = request_text("KCSC-240905-02", K, "2024. 9. 12.")
R4Q = request_text("KCSC-240911-04", DC, "2024. 9. 18.")

# ======================= APPLIED ===========================================

rows = [
    ("1", N[0], "게시중단", ""),
    ("2", N[1], "게시중단", ""),
    ("3", N[2], "임시조치", "30일, 게시자 재게시 요청 시 재검토"),
    ("4", N[3], "임시조치", "30일"),
    ("5", N[4], "삭제", ""),
    ("6", N[5], "게시물 없음", "작성자 삭제"),
    ("7", N[6], "삭제", ""),
    ("8", N[7], "조치 불가", "언론 보도 인용, 위반 소지 없음"),
    ("9", N[8], "삭제", "질문 및 답변 전체"),
    ("10", N[9], "게시물 없음", "존재하지 않는 주소"),
    ("11", N[10], "게시중단", ""),
    ("12", N[11], "비공개 처리", "카페 매니저 협조"),
    ("13", N[12], "연령 제한", "19세 이상 시청 가능"),
    ("14", N[13], "게시중단", ""),
]
table = "\n".join((f"{n:>3} | {u} | {r} | {note}" if note else f"{n:>3} | {u} | {r} |")
                  for n, u, r, note in rows)
case(
    name="naver-gongmun-text-table-14",
    **{"from": "policy_report@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-09 17:42"),
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보",
    reply_to_req="req-240903-01",
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 시정요구 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구 14건에 대하여 당사의 조치결과를
   아래와 같이 통보합니다.

연번 | URL | 조치결과 | 비고
{table}

3. '조치 불가' 건은 당사 운영정책 및 관련 법령 검토 결과 삭제 기준에 해당하지
   않는 것으로 판단하였습니다. 추가 자료를 주시면 재검토하겠습니다.
4. 임시조치 건은 정보통신망법 제44조의2에 따른 것입니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a pipe table (NAVER)",
    why="each row names one item with its result: 게시중단/삭제/비공개 removed, 임시조치 and 연령 제한 restricted, 게시물 없음 not_found, 조치 불가 with reason rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "restricted",
           N[4]: "removed", N[5]: "not_found", N[6]: "removed", N[7]: "rejected",
           N[8]: "removed", N[9]: "not_found", N[10]: "removed", N[11]: "removed",
           N[12]: "restricted", N[13]: "removed"},
)

html_rows = [
    (N[0], "게시중단"), (N[1], "삭제 완료"), (N[2], "해당 게시물 없음"),
    (N[3], "유지 (위반 사항 미확인)"), (N[4], "임시조치 (30일)"), (N[5], "블라인드"),
]
html = ("<html><body style=\"font-family:'Malgun Gothic',sans-serif\">\n"
        "<p>안녕하세요. 네이버 고객센터 권리보호 담당자입니다.</p>\n"
        "<p>시정요구 <b>KCSC-240903-01</b> 중 1차 처리분의 결과를 아래 표와 같이 안내드립니다. "
        "나머지 8건은 처리되는 대로 별도로 회신드리겠습니다.</p>\n"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
        "<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr>\n"
        + "".join(f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{r}</td></tr>\n"
                  for i, (u, r) in enumerate(html_rows, 1))
        + "</table>\n<p>운영정책은 <a href=\"https://policy.naver.example/policy/service_group.html\">"
        "네이버 운영정책</a>에서 확인하실 수 있습니다.</p>\n"
        "<p>감사합니다.<br>네이버 고객센터 드림</p>\n</body></html>\n")
case(
    name="naver-html-table-qp-first-batch",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-06 11:05"),
    subject="Re: 시정요구 KCSC-240903-01 1차 처리 결과",
    reply_to_req="req-240903-01",
    raw_mime=qp(html),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 HTML notice with a result table, quoted-printable",
    why="table rows: 게시중단/삭제/블라인드 removed, 게시물 없음 not_found, 유지 rejected, 임시조치 restricted; the other 8 items are only promised",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found", N[3]: "rejected",
           N[4]: "restricted", N[5]: "removed"},
)

csv_text = ("\ufeff번호,URL,처리결과,처리일시\n"
            f"1,{N[6]},삭제,2024-09-07 10:12\n"
            f"2,{N[7]},게시중단,2024-09-07 10:14\n"
            f"3,\"{N[8]}\",임시조치,2024-09-07 10:20\n"
            f"4,\"{N[9]}\",조치불가(운영정책 위반 아님),2024-09-07 10:31\n"
            f"5,{N[10]},게시물 없음,2024-09-07 10:33\n")
case(
    name="naver-csv-attachment-five",
    **{"from": "policy_report@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-07 14:20"),
    subject="[NAVER] KCSC-240903-01 조치결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_0907_b815"

--=_nv_0907_b815
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 가운데 5건의 처리 결과를 첨부 파일(조치결과.csv)로
보내드립니다. 처리결과 열을 참고하여 주시기 바랍니다.

네이버 정책지원팀 드림

--=_nv_0907_b815
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename="=?UTF-8?B?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_text.encode('utf-8')).decode('ascii')}
--=_nv_0907_b815--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (조치결과.csv)",
    why="CSV rows name each item: 삭제/게시중단 removed, 임시조치 restricted, 조치불가 with reason rejected, 게시물 없음 not_found",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[9]: "rejected", N[10]: "not_found"},
)

case(
    name="naver-blog-blind-single",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그",
    date=d("2024-09-18 10:31"),
    subject="[네이버 블로그] 게시중단 요청 처리 결과 안내",
    reply_to_req="req-240916-06",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 대상 게시물: {S1}
■ 처리 결과: 게시중단(블라인드) 조치 완료
■ 처리 일시: 2024년 9월 18일 10:02

게시중단 조치된 게시물은 작성자 본인을 포함해 누구도 열람할 수 없습니다.
게시중단 제도에 대한 안내는 https://help.naver.com/service/5600/contents/9912 에서
확인하실 수 있습니다.

네이버 블로그 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 요청 처리 결과 안내 (form notice with ■ fields)",
    why="the one requested post named with 게시중단(블라인드) 조치 완료: removed; the help link is not an item",
    items={S1: "removed"},
)

case(
    name="naver-temp-measure-prose",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d("2024-09-05 16:48"),
    subject="RE: KCSC-240903-01 임시조치 안내",
    reply_to_req="req-240903-01",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물 중 {N[2]} 및 {N[3]} 두 건은 정보통신망법 제44조의2 제4항에 따라
오늘부로 30일간 임시조치하였습니다. 해당 기간 동안 게시물은 외부에 노출되지
않으며, 게시자가 기간 내에 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.

{N[5]}는 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 (Article 44-2) notice",
    why="임시조치 of two named posts is restricted (the later deletion is only a condition); the cafe post deleted by its author is not_found",
    items={N[2]: "restricted", N[3]: "restricted", N[5]: "not_found"},
)

case(
    name="naver-kin-kept-post-deleted",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date=d("2024-09-06 09:15"),
    subject="지식iN 게시물 신고 처리 결과 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이버 지식iN 운영팀입니다.
위원회에서 요청하신 지식iN 및 포스트 게시물의 처리 결과입니다.

■ {N[8]}
  → 처리결과: 조치 불가. 질문 본문에 특정 개인을 식별할 수 있는 정보가
    포함되어 있지 않아 운영정책상 삭제 기준에 해당하지 않으므로 게시를 유지합니다.

■ {N[9]}
  → 처리결과: 삭제 완료

문의 사항은 회신 메일로 보내주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 신고 처리 결과 (bare URL, status on the line below)",
    why="the kin question stays up with a stated reason (rejected); the post is 삭제 완료 (removed)",
    items={N[8]: "rejected", N[9]: "removed"},
)

case(
    name="naver-top-posted-outlook-quote",
    **{"from": "kim.jiyoon@navercorp.com"}, name_from="김지윤 (NAVER)",
    date=d("2024-09-04 18:02"),
    subject="RE: 방송통신심의위원회 시정요구 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""담당자님 안녕하세요.
우선 급한 건부터 처리했습니다.

{N[10]}
{N[13]}
위 두 게시물은 오늘 오후 삭제했습니다.

나머지 건은 담당 부서에서 검토 중이며 결과 나오는 대로 별도 회신 드리겠습니다.

김지윤 드림
NAVER Trust & Safety

-----Original Message-----
From: KCSC 심의팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: policy@navercorp.com
Subject: 방송통신심의위원회 시정요구 (KCSC-240903-01)

""" + "\n".join(R1Q),
    outcome="applied", classification="confirmation",
    imitates="top-posted Outlook reply by a platform employee over the unprefixed original request",
    why="the two URLs above 'wrote' are removed; the others appear only in the quoted request below -----Original Message----- and are said to be under review",
    items={N[10]: "removed", N[13]: "removed", N[0]: "pending", N[4]: "pending", N[12]: "pending"},
)

case(
    name="naver-url-below-statement",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페",
    date=d("2024-09-08 13:27"),
    subject="[네이버 카페] 요청 게시물 처리 안내",
    reply_to_req="req-240903-01",
    body="""안녕하세요. 네이버 카페 운영팀입니다.

다음 게시물은 카페 매니저 협조를 받아 비공개 처리되었습니다.
https://cafe.naver.com/sunbi2020/12077

다음 영상은 이미 삭제되어 존재하지 않는 페이지입니다.
https://tv.naver.com/v/58120334

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operator notice with the URL on the line below its statement",
    why="비공개 처리 is removed for the cafe post; the TV clip page no longer exists: not_found",
    items={N[11]: "removed", N[12]: "not_found"},
)

case(
    name="naver-tv-age-limit-manager-deleted",
    **{"from": "tvcast@navercorp.com"}, name_from="NAVER TV 운영팀",
    date=d("2024-09-06 19:40"),
    subject="회신: KCSC-240903-01 네이버TV·카페 게시물 조치",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. NAVER TV 운영팀입니다.

1) {N[12]} 영상은 청소년유해정보로 판단하여 19세 이상 연령 제한을 적용했습니다.
   성인 인증을 하지 않은 이용자는 시청할 수 없습니다.
2) {N[7]} 게시글은 카페 매니저가 운영자 권한으로 삭제한 것을 확인했습니다.

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV 연령 제한 notice plus a cafe 운영자 삭제 confirmation",
    why="the age limit is restricted; a post deleted by the cafe manager (운영자 삭제) is removed, not an author deletion",
    items={N[12]: "restricted", N[7]: "removed"},
)

case(
    name="kakao-gongmun-five",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-11 15:30"),
    subject="[카카오] 시정요구(KCSC-240905-02) 조치결과 회신",
    reply_to_req="req-240905-02",
    body=f"""문서번호: 카카오정책-2024-0911-07
수    신: 방송통신심의위원회 위원장 (경유: 통신심의국)
제    목: 시정요구(KCSC-240905-02)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회 시정요구(2024. 9. 5.)와 관련하여 당사의 조치 결과를 아래와 같이
   회신합니다.

  가. {K[0]} : 게시물 삭제
  나. {K[1]} : 게시물 삭제
  다. {K[2]} : 비공개 처리
  라. {K[3]} : 해당 게시물 없음(작성자 삭제)
  마. {K[4]} : 오픈채팅방 폐쇄

붙임 없음.  끝.

주식회사 카카오 정책팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (문서번호/수신/제목, 가나다 list) replying to a 시정요구",
    why="each 가-마 line names one item: 삭제/비공개/폐쇄 removed, 게시물 없음(작성자 삭제) not_found; Tistory URLs are written raw in Korean",
    items={KE[0]: "removed", KE[1]: "removed", KE[2]: "removed", KE[3]: "not_found", KE[4]: "removed"},
)

case(
    name="kakao-daum-cafe-blind-fullwidth",
    **{"from": "cafe_cs@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date=d("2024-09-06 10:44"),
    subject="[Daum 카페] 불법정보 게시글 처리 안내",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 {K[0]}、{K[1]} 게시글은 운영정책 위반(불법 거래 정보)으로 블라인드 처리되었습니다。
해당 카페 전체에 대한 이용 제한 여부는 따로 검토하고 있습니다。

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 안내, with full-width punctuation after the URLs",
    why="both cafe posts are named and 블라인드 처리 (removed); the cafe-level review names no item",
    items={KE[0]: "removed", KE[1]: "removed"},
)

case(
    name="kakao-tistory-base64-private-and-kept",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date=d("2024-09-09 11:02"),
    subject="[티스토리] 게시물 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    raw_mime=b64(f"""안녕하세요. 티스토리 고객센터입니다.

위원회에서 요청하신 티스토리 게시물 2건의 검토 결과를 알려드립니다.

- {K[2]}
  개인 식별 정보가 포함되어 있어 비공개 처리하였습니다.

- {K[3]}
  명예훼손 요건을 검토한 결과 공공의 이익을 위한 사실 적시로 판단되어
  게시를 유지합니다. 별도의 조치는 하지 않았습니다.

티스토리 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) help-desk reply, base64 body, Korean-path URLs",
    why="the first post is 비공개 처리 (removed); the second stays up with a reason (rejected)",
    items={KE[2]: "removed", KE[3]: "rejected"},
)

case(
    name="kakao-openchat-fullwidth-parens",
    **{"from": "openchat_safety@kakao.com"}, name_from="카카오톡 오픈채팅",
    date=d("2024-09-07 08:55"),
    subject="오픈채팅방 신고 처리 결과",
    body=f"""안녕하세요. 카카오톡 오픈채팅 운영팀입니다.

방송통신심의위원회 요청(KCSC-240905-02)으로 신고된 오픈채팅방（{K[4]}）은
운영정책 위반으로 영구 이용 제한되어 더 이상 입장하거나 대화를 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoTalk 오픈채팅 신고 처리 결과, URL in full-width parentheses",
    why="the open chat room is permanently closed to everyone (made unavailable): removed",
    items={KE[4]: "removed"},
)

k_html = ("<html><body>\n<p>안녕하세요. 카카오 고객센터입니다.</p>\n"
          "<p>KCSC-240905-02 관련 Daum 카페·티스토리 게시물 처리 현황입니다.</p>\n"
          "<table border=1 cellpadding=3>\n<tr><td>대상</td><td>결과</td><td>사유</td></tr>\n"
          f"<tr><td>{K[0]}</td><td>삭제</td><td>불법 거래 정보</td></tr>\n"
          f"<tr><td>{K[1]}</td><td>게시물 없음</td><td>이미 삭제된 글</td></tr>\n"
          f"<tr><td>{K[2]}</td><td>처리 불가</td><td>운영정책 위반 사항 없음</td></tr>\n"
          "</table>\n<p>카카오 고객센터 드림</p>\n</body></html>\n")
case(
    name="kakao-base64-html-table",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-10 09:21"),
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다",
    reply_to_req="req-240905-02",
    raw_mime=b64(k_html, "html"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 answer mail (HTML table, base64)",
    why="row by row: 삭제 removed, 게시물 없음 not_found, 처리 불가 with reason rejected",
    items={KE[0]: "removed", KE[1]: "not_found", KE[2]: "rejected"},
)

case(
    name="kakao-korean-outlook-quote",
    **{"from": "park.sm@kakaocorp.com"}, name_from="박선미",
    date=d("2024-09-09 20:13"),
    subject="회신: 방송통신심의위원회 시정요구 (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 박선미입니다.

{K[3]} 는 작성자가 이미 지운 글이라 저희 쪽에서도 확인되지 않습니다.
오픈채팅방 {K[4]} 은 오늘 폐쇄했습니다.

-----원본 메시지-----
보낸 사람: "KCSC 심의팀" <takedown@kcsc.example>
받는 사람: <policy@kakaocorp.com>
날짜: 2024-09-05 (목) 15:00:00
제목: 방송통신심의위원회 시정요구 (KCSC-240905-02)

""" + "\n".join(R2Q),
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook reply ('-----원본 메시지-----') by a Kakao employee",
    why="two named items get statements above the Korean original-message marker; the other three appear only in the quoted request",
    items={KE[3]: "not_found", KE[4]: "removed", KE[0]: "pending", KE[1]: "pending"},
)

case(
    name="youtube-kr-removed-and-local-block",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d("2024-09-13 02:14"),
    subject="[7-2190000011437] 방송통신심의위원회 신고 처리 결과",
    reply_to_req="req-240910-03",
    body=f"""안녕하세요.

YouTube에 신고해 주셔서 감사합니다. 검토 결과를 알려드립니다.

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y[0]}
- {Y[1]}

다음 콘텐츠는 현지 법률에 따라 대한민국에서 액세스가 제한되었습니다.
- {Y[2]}

YouTube 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/9288567 을
참고하세요.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome in Korean (grouped lists under a heading)",
    why="two videos removed globally, the Short restricted in Korea; the support link is not an item",
    items={Y[0]: "removed", Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="youtube-local-block-channel-kept",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date=d("2024-09-14 05:40"),
    subject="Re: KCSC-240910-03 법적 삭제 요청",
    reply_to_req="req-240910-03",
    body=f"""안녕하세요, 방송통신심의위원회 담당자님.

검토를 마쳤습니다.

{Y[0]} 및 {Y[1]} 동영상은 대한민국 법률 위반으로 확인되어 대한민국 내에서
차단되었습니다. 다른 국가에서는 계속 시청할 수 있습니다.

{Y[3]} 채널 전체에 대해서는 YouTube 정책 또는 현지 법률상 조치가 필요한 위반
사항을 확인하지 못했습니다. 따라서 해당 채널에는 조치를 취하지 않았습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'blocked in country' outcome plus a refusal for a channel",
    why="two videos blocked only in Korea (restricted); no violation found for the channel, no action (rejected)",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[3]: "rejected"},
)

case(
    name="youtube-age-restricted-uploader-gone",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date=d("2024-09-12 22:05"),
    subject="신고 검토 결과 - KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""안녕하세요.

신고하신 콘텐츠 중 일부의 검토 결과입니다.

1. {Y[2]}
   연령 제한이 적용되었습니다. 로그인하여 만 18세 이상임이 확인된 사용자만 볼 수 있습니다.
2. {Y[1]}
   업로더가 이미 삭제하여 YouTube에서 더 이상 제공되지 않는 동영상입니다.

감사합니다.
Google 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice in Korean, numbered list with the result under each URL",
    why="age-restricted is restricted; a video deleted by its uploader is not_found",
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

case(
    name="youtube-channel-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d("2024-09-15 07:12"),
    subject="채널 조치 안내 (참조: KCSC-240910-03)",
    body=f"""안녕하세요.

신고하신 채널 {Y[3]} 을 검토했습니다. 이 채널은 YouTube 서비스 약관 및
불법 도박 관련 정책을 반복적으로 위반하여 해지되었습니다. 해지된 채널은
YouTube에서 더 이상 볼 수 없습니다.

- YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice in Korean",
    why="the channel is terminated and no longer viewable: removed",
    items={Y[3]: "removed"},
)

case(
    name="dc-operator-informal-three",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-12 23:48"),
    subject="Re: 방송통신심의위원회 시정요구 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
보내주신 3건 확인했습니다.

{DC[0]} <- 삭제했습니다
{DC[1]} 이 글은 작성자가 이미 지워서 없는 글입니다
{DC[2]} 는 저희가 삭제하고 작성자 IP 차단까지 해뒀습니다

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, one URL per line with a short note",
    why="first and third deleted by the operator (removed), the second already deleted by its author (not_found)",
    items={DC[0]: "removed", DC[1]: "not_found", DC[2]: "removed"},
)

case(
    name="dc-gongmun-angle-brackets",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드",
    date=d("2024-09-18 14:00"),
    subject="[디시인사이드] 시정요구(KCSC-240917-07) 조치 결과",
    reply_to_req="req-240917-07",
    body=f"""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240917-07) 조치 결과 회신

귀 위원회에서 요청하신 <{D4}> 게시물에 대하여
2024. 9. 18. 게시물 삭제 및 작성자 이용 차단 조치를 완료하였음을 알려드립니다.

(주)디시인사이드 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문-style 조치 결과 회신, URL in angle brackets",
    why="the one requested post is named and 삭제 완료: removed",
    items={D4: "removed"},
)

case(
    name="dc-sole-statement-no-url",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-18 09:26"),
    subject="Re: 방송통신심의위원회 시정요구 (KCSC-240917-07)",
    reply_to_req="req-240917-07",
    body="""안녕하세요.

요청하신 게시물은 삭제 처리되었습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator reply answering a one-item request",
    why="reply to a one-item request (In-Reply-To and the reference in the subject) with one unhedged statement: removed",
    items={D4: "removed"},
)

case(
    name="band-deleted-and-author-gone",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-16 11:18"),
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요. BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글(KCSC-240913-05)의 처리 결과를 알려드립니다.

· {B[0]} : 사기 의심 게시글로 확인되어 삭제 처리
· {B[1]} : 작성자가 이미 삭제한 게시글로 존재하지 않음

더 안전한 BAND를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 안내 (middle-dot bullets)",
    why="first post deleted (removed), second already deleted by its author (not_found)",
    items={B[0]: "removed", B[1]: "not_found"},
)

case(
    name="band-kept-and-deleted-url-below",
    **{"from": "safety@band.us"}, name_from="BAND 운영정책팀",
    date=d("2024-09-17 17:50"),
    subject="RE: KCSC-240913-05 밴드 게시글 검토 결과",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요, BAND 운영정책팀입니다.

1. 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
   {B[0]}

2. 게시글을 삭제하고 작성자의 BAND 이용을 제한했습니다.
   {B[1]}

검토 결과에 이견이 있으시면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team reply, numbered statements with the URL below each",
    why="no violation, no action: rejected; the second is deleted: removed",
    items={B[0]: "rejected", B[1]: "removed"},
)

case(
    name="naver-gmail-quote-three",
    **{"from": "lee.hyunwoo@navercorp.com"}, name_from="이현우",
    date=d("2024-09-04 10:37"),
    subject="Re: 방송통신심의위원회 시정요구 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 이현우입니다.

{N[0]} 와 {N[1]} 은 삭제 완료했고,
{N[2]} 은 권리침해 신고 절차에 따라 임시조치했습니다.
다른 게시물은 확인 중입니다.

2024년 9월 3일 (화) 오후 2:00, KCSC 심의팀 <takedown@kcsc.example>님이 작성:
""" + quoted(R1Q),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean ('…님이 작성:') over the '> '-quoted request",
    why="three items above the quote get statements (two removed, 임시조치 restricted); the rest only quoted or 'being checked'",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[6]: "pending", N[9]: "pending"},
)

case(
    name="naver-angle-brackets-wrapped",
    **{"from": "kin_help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-05 09:50"),
    subject="[네이버 고객센터] KCSC-240903-01 일부 처리 결과",
    reply_to_req="req-240903-01",
    body="""안녕하세요. 네이버 고객센터입니다.

지식iN 게시물 <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&
docId=470112233> 은 질문과 답변 모두 삭제하였습니다.

포스트 게시물 <https://post.naver.com/viewer/postView.naver?volumeNo=38120011&memberNo=5512301>
은 확인 결과 존재하지 않는 게시물입니다. 주소를 다시 확인해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-desk reply with URLs in angle brackets, one wrapped across two lines",
    why="the wrapped kin URL (inside <>) is deleted: removed; the post does not exist: not_found",
    items={N[8]: "removed", N[9]: "not_found"},
)

# ======================= REVIEW ============================================

case(
    name="naver-promise-forwarded-to-team",
    **{"from": "policy_report@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-05 14:10"),
    subject="RE: 시정요구 KCSC-240903-01 진행 상황",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[4]}, {N[5]} 게시물은 카페 운영 부서에 전달하였으며,
확인 후 조치될 예정입니다. 처리 결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal progress note: passed to the responsible team, action 'will be taken'",
    why="only a promise about two named items; nothing stated, so both stay pending",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "cafe_cs@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date=d("2024-09-06 17:35"),
    subject="Re: [KCSC-240905-02] 카페 게시글 문의",
    reply_to_req="req-240905-02",
    body=f"""안녕하세요.

{K[0]} 게시글은 이미 삭제된 것으로 보이며,
{K[1]} 게시글은 카페 운영진에게 삭제를 요청해 두었습니다.
운영진 응답이 오면 다시 말씀드리겠습니다.

Daum 카페 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator reply with a hedge ('삭제된 것으로 보이며') and a pending request to the cafe staff",
    why="'것으로 보이며' is a hedge and asking the cafe staff is not a result: both pending",
    items={KE[0]: "pending", KE[1]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "policy_report@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-10 18:20"),
    subject="[회신] 시정요구(KCSC-240903-01) 조치 완료",
    reply_to_req="req-240903-01",
    body="""수신: 방송통신심의위원회
제목: 시정요구(KCSC-240903-01) 조치 완료 회신

귀 위원회에서 요청하신 14건에 대하여 모두 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="one-line 공문 '요청하신 N건 모두 조치 완료' without naming each item",
    why="a statement about all 14 items of a multi-item request without naming any: bulk, items stay pending",
    items={u: "pending" for u in N},
)

case(
    name="youtube-bulk-all-content",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d("2024-09-16 03:02"),
    subject="[7-2190000011437] KCSC-240910-03 처리 완료",
    reply_to_req="req-240910-03",
    body="""안녕하세요.

신고하신 모든 콘텐츠를 검토했으며 YouTube 정책에 따라 삭제 조치했습니다.
추가로 신고할 내용이 있으면 https://support.google.com/legal/contact/lr_legalother 에서
접수해 주세요.

YouTube 법무팀
""",
    outcome="review", review="bulk",
    imitates="YouTube legal 'all the reported content was removed' closing note in Korean",
    why="'신고하신 모든 콘텐츠' covers four items without naming any: bulk",
    items={u: "pending" for u in Y},
)

case(
    name="naver-spoofed-auth-fail",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그",
    auth="fail",
    date=d("2024-09-17 08:03"),
    subject="[네이버 블로그] 게시중단 처리 결과",
    reply_to_req="req-240916-06",
    body=f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 게시물 {S1} 은 게시중단 처리되었습니다.

네이버 블로그 드림
""",
    outcome="review", review="untrusted",
    imitates="NAVER blog notice whose DKIM/SPF/DMARC fail (spoofed or broken relay)",
    why="claims a removal but fails authentication for naver.com: untrusted, item pending",
    items={S1: "pending"},
)

case(
    name="lawfirm-says-author-deleted",
    **{"from": "choi@hanbyeol-law.example"}, name_from="법무법인 한별 최은정 변호사",
    date=d("2024-09-06 16:00"),
    subject="KCSC-240903-01 관련 게시물 자진 삭제 안내",
    body=f"""방송통신심의위원회 담당자님께

저희 법무법인은 블로그 운영자 haneul_mk77 님을 대리하고 있습니다.
의뢰인은 아래 두 게시물을 2024. 9. 5. 자진 삭제하였음을 알려드립니다.

{N[0]}
{N[1]}

법무법인 한별 변호사 최은정
""",
    outcome="review", review="unknown_sender",
    imitates="lawyer for the poster writing to the regulator about a self-deletion",
    why="not a platform sender domain; names requested items: unknown_sender, items pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="navercorp-speaks-for-band",
    **{"from": "policy_report@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-16 15:25"),
    subject="밴드 게시글 조치 결과 (KCSC-240913-05)",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

BAND 서비스 관련 요청 건을 당사에서 함께 회신드립니다.

{B[0]} : 삭제
{B[1]} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company policy team answering for a sister service (BAND)",
    why="NAVER's domain states results for items of the BAND request (band.us is BAND's configured sender): wrong_platform, items pending",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="dc-asks-for-official-letter",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드",
    date=d("2024-09-12 11:40"),
    subject="Re: 방송통신심의위원회 시정요구 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 디시인사이드 법무팀입니다.

요청하신 게시물 3건({DC[0]} 외 2건)의 조치를 위해
위원회 의결서 사본과 직인이 날인된 시정요구 공문(PDF)을 보내주시기 바랍니다.
자료가 확인되는 대로 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean site legal desk asking for the 의결서 and a stamped 공문 before acting",
    why="a request for documents, no result stated: asks_more, items pending",
    items={DC[0]: "pending"},
)

case(
    name="band-conditional-deletion",
    **{"from": "safety@band.us"}, name_from="BAND 운영정책팀",
    date=d("2024-09-14 13:05"),
    subject="RE: KCSC-240913-05 처리 진행 안내",
    reply_to_req="req-240913-05",
    body=f"""안녕하세요. BAND 운영정책팀입니다.

{B[0]} 게시글은 작성자에게 소명 기회를 안내하였으며, 기한 내 소명이 없을 경우
삭제될 예정입니다.
{B[1]} 게시글은 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND notice: deletion conditional on the poster not answering",
    why="a conditional future deletion and a promise to review: no statement, both pending",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="kakao-contact-change-no-claims",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-12 10:00"),
    subject="[카카오] 공공기관 협력 창구 담당자 변경 안내",
    body="""안녕하세요, 카카오 정책팀입니다.

2024년 9월 16일부터 공공기관 협력 창구 담당자가 변경됩니다.
앞으로 시정요구 및 협조 요청은 policy@kakaocorp.com 으로 보내주시고,
긴급한 경우 대표번호(02-0000-0000)로 연락해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a change of contact person for public bodies",
    why="trusted Kakao mail naming no item and no request: no_claims",
    items={},
)

case(
    name="youtube-promise-within-days",
    **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
    date=d("2024-09-11 21:30"),
    subject="Re: KCSC-240910-03 법적 삭제 요청",
    reply_to_req="req-240910-03",
    body=f"""안녕하세요.

{Y[1]} 은 영업일 기준 3~5일 이내에 조치될 예정입니다.
{Y[2]} 은 추가 검토가 필요하여 담당팀에 전달했습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply ('will be actioned within N business days')",
    why="a promise and an 'under review' about two named items: both pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-unmatched-urls",
    **{"from": "rights@navercorp.com"}, name_from="NAVER 권리보호센터",
    date=d("2024-09-08 10:10"),
    subject="RE: KCSC-240903-01 처리 결과",
    reply_to_req="req-240903-01",
    body="""방송통신심의위원회 담당자님께,

아래 게시물에 대해 게시중단 조치를 완료하였습니다.

https://blog.naver.com/haneul_mk7/223561000101
https://cafe.naver.com/jjokji8/41205

권리보호센터 드림
""",
    outcome="review", review="unmatched_claims",
    imitates="portal result naming URLs that differ from the request (typed-over blog/cafe ids)",
    why="statements about URLs that are not in any request (haneul_mk7, jjokji8): nothing applied, a person must match them",
    items={N[0]: "pending", N[4]: "pending"},
)

# ======================= IGNORED ===========================================

case(
    name="naver-out-of-office",
    **{"from": "kim.jiyoon@navercorp.com"}, name_from="김지윤 (NAVER)",
    date=d("2024-09-03 14:01"),
    subject="[자동응답] 부재 중입니다: 방송통신심의위원회 시정요구 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지윤입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재 중입니다.
급한 용무는 NAVER Trust & Safety 팀 공용 메일로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동응답",
    why="an out-of-office auto-reply: ignored",
    items={},
)

dsn_orig = "\n".join(R4Q)
case(
    name="dc-bounce-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-11 10:02"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b815_0911"

--dsn_b815_0911
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mx1.dcinside.com[203.0.113.41] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn_b815_0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:02 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.dcinside.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn_b815_0911
Content-Type: message/rfc822

From: KCSC 심의팀 <takedown@kcsc.example>
To: report@dcinside.com
Subject: 방송통신심의위원회 시정요구 (KCSC-240911-04)
Message-ID: <req-240911-04@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn_b815_0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (552 mailbox full) returning our request with its URLs",
    why="a bounce of our own request; the URLs are in the returned message: ignored",
    items={DC[0]: "pending"},
)

case(
    name="kakao-read-receipt",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date=d("2024-09-05 15:42"),
    subject="읽음: 방송통신심의위원회 시정요구 (KCSC-240905-02)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b815_0905"

--mdn_b815_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지
  받는 사람: policy@kakaocorp.com
  제목: 방송통신심의위원회 시정요구 (KCSC-240905-02)
  보낸 날짜: 2024-09-05 (목) 오후 3:00

이(가) 2024-09-05 (목) 오후 3:42에 읽혔습니다.

--mdn_b815_0905
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b815_0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook/Kakao Mail 읽음 확인 (MDN)",
    why="a read receipt: ignored",
    items={},
)

case(
    name="youtube-legal-receipt",
    **{"from": "legal-noreply@google.com"}, name_from="Google 법무팀",
    date=d("2024-09-10 11:33"),
    subject="[7-2190000011437] 법률 관련 신고가 접수되었습니다",
    reply_to_req="req-240910-03",
    body="""안녕하세요.

Google에 법률 관련 신고를 제출해 주셔서 감사합니다. 신고가 접수되었으며
참조 번호는 7-2190000011437입니다. 이 번호는 향후 문의 시 사용하실 수 있습니다.

이 메일은 발신 전용입니다.

Google 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removal webform receipt in Korean (참조 번호)",
    why="a pure receipt with a reference number: ignored",
    items={},
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date=d("2024-09-13 16:25"),
    subject="[BAND 고객센터] 문의가 접수되었습니다 (접수번호 B-240913-0088)",
    body="""안녕하세요. BAND 고객센터입니다.

문의가 정상적으로 접수되었습니다.
  · 접수번호: B-240913-0088
  · 접수일시: 2024-09-13 16:25
  · 문의유형: 신고/권리침해

담당자가 확인 후 순차적으로 답변드리겠습니다. 문의가 많아 답변이 늦어질 수 있는 점
양해 부탁드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND/NAVER 고객센터 문의 접수 완료 receipt",
    why="a ticket receipt naming no item and stating nothing: ignored",
    items={},
)

case(
    name="dc-out-of-office",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d("2024-09-17 13:11"),
    subject="자동 회신: 방송통신심의위원회 시정요구 (KCSC-240917-07)",
    reply_to_req="req-240917-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""추석 연휴(9월 14일~9월 18일) 기간에는 메일 확인이 어렵습니다.
9월 19일부터 순차적으로 확인 후 답변드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="an auto-reply announcing the holiday break: ignored",
    items={},
)

case(
    name="kakao-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-05 19:00"),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=("""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b815_0905"

--dsn_b815_0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<policy@kakaocorp.com>: connect to mx.kakaocorp.com[203.0.113.77]:25:
    Connection timed out

--dsn_b815_0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 5 Sep 2024 15:00:00 +0900

Final-Recipient: rfc822; policy@kakaocorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.kakaocorp.com[203.0.113.77]:25:
    Connection timed out
Will-Retry-Until: Tue, 10 Sep 2024 15:00:00 +0900

--dsn_b815_0905
Content-Type: text/rfc822-headers

From: =?UTF-8?B?""" + base64.b64encode("KCSC 심의팀".encode()).decode() + """?= <takedown@kcsc.example>
To: policy@kakaocorp.com
Subject: =?UTF-8?B?""" + base64.b64encode("방송통신심의위원회 시정요구 (KCSC-240905-02)".encode()).decode() + """?=
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 15:00:00 +0900

--dsn_b815_0905--
"""),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (Action: delayed)",
    why="a delivery warning about our own request: ignored",
    items={},
)

HEADER = """# Blind set 815 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
# BAND; 공문-style replies, 임시조치 notices, 조치결과 tables, informal
# operator replies). Written by tests/corpus/blind815/make.py from each
# email's meaning, before any run of the reader. Each case alone, on a fresh
# ledger holding requests.csv.
"""


def main():
    write_requests()
    for c in CASES:
        c["items"] = {enc(u): s for u, s in c.get("items", {}).items()}
    corpuslib.write_set(HERE, "blind815", HEADER, CASES)


if __name__ == "__main__":
    main()
