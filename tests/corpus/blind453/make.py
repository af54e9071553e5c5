#!/usr/bin/env python3
"""Blind set blind453: Korean portals and community sites (NAVER, Kakao/Daum,
DC Inside, SOOP, FM Korea, Clien, Ppomppu, Inven), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning before any run of the reader. Deterministic:

    python3 tests/corpus/blind453/make.py

writes requests.csv, cases/*.eml and expected.toml beside this file.
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


def d(s):
    """'2024-09-04 14:12:09' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


def h(s):
    """RFC 2047 encoding for a header value holding Korean."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode(linesep="\n")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TILDE = "%EB%AC%B4%EB%A3%8C-%EC%A4%91%EA%B3%84-%EB%A7%81%ED%81%AC-%EB%AA%A8%EC%9D%8C"  # 무료-중계-링크-모음
U = {
    # NAVER, KCSC-240903-01 (largest, 12 items)
    "N1": "https://blog.naver.com/haneul_trade77/223540118820",
    "N2": "https://blog.naver.com/haneul_trade77/223541907731",
    "N3": "https://blog.naver.com/mintpot_0412/223538866105",
    "N4": "https://m.blog.naver.com/silverkoi_22/223529930417",
    "N5": "https://cafe.naver.com/pinkbunnyclub/48211",
    "N6": "https://cafe.naver.com/pinkbunnyclub/48215",
    "N7": "https://cafe.naver.com/nightmarket2024/9931",
    "N8": "https://cafe.naver.com/ArticleRead.nhn?clubid=31188472&articleid=1207",
    "N9": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471128830",
    "N10": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471130092",
    "N11": "https://tv.naver.com/v/58120344",
    "N12": "https://in.naver.com/gold_rabbit_tip/contents/internal/718204556310528",
    # Kakao / Daum, KCSC-240904-02
    "D1": "https://cafe.daum.net/moonbeamsale/Rq7T/2291",
    "D2": "https://cafe.daum.net/moonbeamsale/Rq7T/2304",
    "D3": "https://hwanggeum-memo.tistory.com/entry/" + TILDE,
    "D4": "https://brunch.co.kr/@dawnpaper77/41",
    # DC Inside, KCSC-240905-03
    "C1": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918342",
    "C2": "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918377",
    "C3": "https://gall.dcinside.com/mgallery/board/view/?id=lotto_talk&no=55102",
    "C4": "https://gall.dcinside.com/mgallery/board/view/?id=lotto_talk&no=55140",
    "C5": "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=3307",
    # SOOP, KCSC-240906-04
    "S1": "https://vod.sooplive.co.kr/player/131840552",
    "S2": "https://vod.sooplive.co.kr/player/131842907",
    "S3": "https://ch.sooplive.co.kr/byeolbit0707/post/118830915",
    # FM Korea, KCSC-240909-05
    "F1": "https://www.fmkorea.com/7318802214",
    "F2": "https://www.fmkorea.com/7318845520",
    # Clien, KCSC-240910-06
    "L1": "https://www.clien.net/service/board/park/18790315",
    # Ppomppu, KCSC-240911-07
    "P1": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830917",
    "P2": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8830955",
    "P3": "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471208",
}
D3_RAW = "https://hwanggeum-memo.tistory.com/entry/무료-중계-링크-모음"

REQUESTS = [
    # ref, platform, sent_at, due_at, keys, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     ["N%d" % i for i in range(1, 13)], "gambling",
     'Illegal sports-betting promotion, blogs, cafes, "KnowledgeiN" and TV'),
    ("KCSC-240904-02", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     ["D1", "D2", "D3", "D4"], "gambling", "Daum cafe, Tistory (Korean slug), brunch"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     ["C1", "C2", "C3", "C4", "C5"], "privacy", "gallery, minor gallery, mini gallery posts"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     ["S1", "S2", "S3"], "obscenity", "two VODs, one station post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     ["F1", "F2"], "defamation", ""),
    ("KCSC-240910-06", "clien", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     ["L1"], "privacy", "one post, 'park' board"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     ["P1", "P2", "P3"], "fraud", "freeboard x2, phone forum x1"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, keys, cat, note in REQUESTS:
            mid = "req-%s@kcsc.example" % ref[5:].lower()
            for k in keys:
                w.writerow([ref, plat, sent, due, U[k], cat, mid, note])


def req(ref):
    return "req-%s" % ref[5:].lower()


def quoted_request(ref, keys, prefix="> "):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 정보에 대하여 「정보통신망법」 제44조의7에 따른 시정요구(삭제)를 통지하오니",
        "조치 후 결과를 회신하여 주시기 바랍니다. (요청번호 %s)" % ref,
        "",
    ]
    for i, k in enumerate(keys, 1):
        lines.append("%d. %s" % (i, U[k]))
    lines += ["", "방송통신심의위원회 디지털성범죄·불법정보 대응팀", "takedown@kcsc.example"]
    return "\n".join((prefix + l).rstrip() for l in lines)


NAVER_KEYS = ["N%d" % i for i in range(1, 13)]
NAVER_FOOT = """--
NAVER 권리보호센터 | 게시중단 처리 담당
정책 안내: https://policy.naver.com/policy/service_group.html
본 메일은 발신 전용이 아닙니다. 회신 시 접수번호를 유지해 주세요."""

cases = []


def add(**c):
    c.setdefault("auth", "pass")
    cases.append(c)


# ================================================================ NAVER
add(
    name="naver-kcsc-result-table-html",
    **{"from": "right@navercorp.com"}, name_from=h("NAVER 권리보호센터"),
    date=d("2024-09-05 16:20:11"),
    subject=h("[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime="""Content-Type: multipart/alternative; boundary="nvb-71a2"

--nvb-71a2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

방송통신심의위원회 담당자님께,

KCSC-240903-01 시정요구 건의 1차 조치결과를 아래와 같이 회신드립니다.

{n1}	삭제
{n2}	삭제
{n3}	임시조치(30일)
{n5}	게시중단
{n6}	게시물 없음(작성자 삭제)
{n7}	조치 불가 - 운영정책 및 법령 위반 사항이 확인되지 않음

나머지 요청 건은 처리 후 별도 회신드리겠습니다.

NAVER 권리보호센터

--nvb-71a2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240903-01 시정요구 건의 1차 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>URL</th><th>조치결과</th></tr>
<tr><td>1</td><td><a href="{n1}">{n1}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{n2}">{n2}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{n3}">{n3}</a></td><td>임시조치(30일)</td></tr>
<tr><td>4</td><td><a href="{n5}">{n5}</a></td><td>게시중단</td></tr>
<tr><td>5</td><td><a href="{n6}">{n6}</a></td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>6</td><td><a href="{n7}">{n7}</a></td><td>조치 불가 - 운영정책 및 법령 위반 사항이 확인되지 않음</td></tr>
</table>
<p>나머지 요청 건은 처리 후 별도 회신드리겠습니다.</p>
<p>NAVER 권리보호센터</p>
</body></html>

--nvb-71a2--
""".format(n1=U["N1"], n2=U["N2"], n3=U["N3"], n5=U["N5"], n6=U["N6"], n7=U["N7"]),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 table (HTML with a plain-text alternative)",
    why="six rows, each a URL with its result: 삭제/게시중단 removed, 임시조치 restricted, author-deleted not_found, no violation rejected",
    items={U["N1"]: "removed", U["N2"]: "removed", U["N3"]: "restricted", U["N5"]: "removed",
           U["N6"]: "not_found", U["N7"]: "rejected"},
)

add(
    name="naver-blog-blind-prose-ko",
    **{"from": "blog_help@naver.com"}, name_from=h("네이버 블로그 고객센터"),
    date=d("2024-09-04 10:42:37"),
    subject=h("Re: 시정요구(삭제) 통지 - KCSC-240903-01"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요, 네이버 블로그 고객센터입니다.

보내주신 시정요구 통지(KCSC-240903-01)와 관련하여 안내드립니다.
요청하신 게시물 중 아래 블로그 게시물 2건은 불법 도박 홍보 게시물로 확인되어
오늘 오전 블라인드 처리하였습니다.

- """ + U["N1"] + """
- """ + U["N2"] + """

카페, 지식iN, 네이버TV 게시물은 각 서비스 담당 부서에서 검토한 뒤 따로 회신드릴 예정입니다.

감사합니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer-centre reply announcing 블라인드 처리",
    why="two listed blog posts 블라인드 처리 (removed); the other services only promised a later reply",
    items={U["N1"]: "removed", U["N2"]: "removed"},
)

add(
    name="naver-cafe-temporary-measure",
    **{"from": "cafe_right@naver.com"}, name_from=h("네이버 카페 권리보호"),
    date=d("2024-09-04 18:05:52"),
    subject=h("[네이버 카페] 임시조치 결과 안내 (요청번호 KCSC-240903-01)"),
    reply_to_req=req("KCSC-240903-01"),
    body="""방송통신심의위원회 귀중

네이버 카페 권리보호 담당입니다.

정보통신망법 제44조의2에 따라 아래 카페 게시글 2건에 대하여 30일간 임시조치
(일반 이용자 접근 차단)를 하였습니다. 임시조치 기간 중 게시자가 재게시를 요청하지
않으면 기간 만료 후 삭제됩니다.

  · 카페 게시글: """ + U["N5"] + """
  · 카페 게시글: """ + U["N6"] + """

문의사항은 본 메일로 회신 주시기 바랍니다.
""" + NAVER_FOOT,
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 notice (정보통신망법 제44조의2, 30 days)",
    why="임시조치 with access blocked maps to restricted; later deletion is only conditional",
    items={U["N5"]: "restricted", U["N6"]: "restricted"},
)

add(
    name="naver-kin-status-below-url",
    **{"from": "kin_admin@naver.com"}, name_from=h("네이버 지식iN"),
    date=d("2024-09-05 11:13:08"),
    subject=h("RE: [KCSC-240903-01] 지식iN 게시물 처리 결과"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요. 네이버 지식iN 운영자입니다.

요청하신 지식iN 질문 2건의 처리 결과입니다.

• """ + U["N9"] + """
  → 처리결과: 질문 및 답변 전체 삭제

• """ + U["N10"] + """
  → 처리결과: 질문자가 이미 삭제한 글로, 현재 존재하지 않습니다.

지식iN 운영정책: https://kin.naver.com/notice/policy.naver
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER KnowledgeiN operator reply, bullet URL with the result on the next line",
    why="first question deleted (removed); second already deleted by its author (not_found); policy link is no item",
    items={U["N9"]: "removed", U["N10"]: "not_found"},
)

CSV_ROWS = [
    ("1", U["N1"], "삭제", ""),
    ("2", U["N2"], "삭제", ""),
    ("3", U["N3"], "비공개 처리", "게시자 블로그 전체 비공개"),
    ("4", U["N4"], "연령 제한", "19세 미만 열람 불가"),
    ("5", U["N5"], "임시조치", "30일"),
    ("6", U["N6"], "게시물 없음", "작성자가 먼저 삭제"),
    ("7", U["N7"], "삭제", ""),
    ("8", U["N8"], "게시물 없음", "유효하지 않은 URL"),
    ("9", U["N9"], "삭제", ""),
    ("10", U["N10"], "게시물 없음", "작성자 삭제"),
    ("11", U["N11"], "삭제", "영상 및 채널 클립"),
    ("12", U["N12"], "게시 유지", "운영정책 위반 아님, 일반 스포츠 분석 글"),
]


def csv_text(header, rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


add(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"}, name_from=h("NAVER 권리보호센터"),
    date=d("2024-09-09 17:31:40"),
    subject=h("[NAVER] KCSC-240903-01 최종 조치결과 (첨부)"),
    reply_to_req=req("KCSC-240903-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="nv-csv-5531"

--nv-csv-5531
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, NAVER 권리보호센터입니다.

KCSC-240903-01 시정요구 12건에 대한 최종 조치결과를 첨부 파일(CSV)로 송부드립니다.
각 URL별 처리 내용은 첨부 파일의 '처리결과' 열을 확인해 주시기 바랍니다.

감사합니다.

--nv-csv-5531
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_text(["번호", "URL", "처리결과", "비고"], CSV_ROWS)) + """

--nv-csv-5531--
""",
    outcome="applied", classification="confirmation",
    imitates="portal's final result sheet sent as a CSV attachment (번호, URL, 처리결과, 비고)",
    why="one row per item: 삭제/비공개 removed, 연령 제한/임시조치 restricted, 게시물 없음 not_found, 게시 유지 (no violation) rejected",
    items={U["N1"]: "removed", U["N2"]: "removed", U["N3"]: "removed", U["N4"]: "restricted",
           U["N5"]: "restricted", U["N6"]: "not_found", U["N7"]: "removed", U["N8"]: "not_found",
           U["N9"]: "removed", U["N10"]: "not_found", U["N11"]: "removed", U["N12"]: "rejected"},
)

add(
    name="naver-tv-top-posted-gmail-quote",
    **{"from": "tv_operation@navercorp.com"}, name_from=h("네이버TV 운영팀"),
    date=d("2024-09-04 14:58:03"),
    subject=h("Re: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240903-01"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요, 네이버TV 운영팀입니다.

요청하신 영상 https://tv.naver.com/v/58120344 는 금일 오후 삭제되었습니다.
블로그·카페·지식iN 게시물은 해당 서비스 담당 부서에서 회신드릴 예정입니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
""" + quoted_request("KCSC-240903-01", NAVER_KEYS),
    outcome="applied", classification="confirmation",
    imitates="top-posted reply over the Gmail-quoted (Korean '님이 작성:') request",
    why="only the TV video is stated deleted above the quote; the quoted request lists all twelve and changes nothing",
    items={U["N11"]: "removed"},
)

add(
    name="naver-url-then-status-line",
    **{"from": "blog_help@naver.com"}, name_from=h("네이버 블로그 고객센터"),
    date=d("2024-09-06 09:27:44"),
    subject=h("Re: 시정요구(삭제) 통지 - KCSC-240903-01 (추가 회신)"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요, 네이버 블로그 고객센터입니다.
지난 회신에 이어 나머지 블로그 게시물의 검토 결과를 알려드립니다.

""" + U["N3"] + """
처리결과: 게시물 비공개 처리 완료

""" + U["N4"] + """
처리결과: 청소년 유해 정보로 판단되어 19세 미만 이용자 열람 제한(연령 제한) 설정

""" + U["N12"] + """
처리결과: 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
(경기 결과 분석 글이며 도박 사이트 홍보나 링크는 포함되어 있지 않습니다.)

추가 자료가 있으시면 회신 부탁드립니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog follow-up reply, bare URL with '처리결과:' on the line below",
    why="비공개 처리 removed; 19세 미만 열람 제한 restricted; kept up for no violation with its reason rejected",
    items={U["N3"]: "removed", U["N4"]: "restricted", U["N12"]: "rejected"},
)

QP_TEXT = """Dear KCSC team,

This is NAVER Trust & Safety (Global Policy Operations) regarding your request
KCSC-240903-01.

1) Access to the following cafe post has been restricted for users in the
   Republic of Korea under local law:
   """ + U["N7"] + """

2) The link below is invalid; no post with that article ID exists in the club:
   """ + U["N8"] + """

Please note that requests concerning other NAVER services are answered
separately by the responsible teams.

Kind regards,
NAVER Trust & Safety
https://policy.naver.com/rules/service.html
"""
add(
    name="naver-qp-english-restricted-invalid",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-05 21:07:15"),
    subject="RE: Corrective request KCSC-240903-01",
    reply_to_req=req("KCSC-240903-01"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(QP_TEXT),
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply, quoted-printable (the '=' in the query string becomes =3D)",
    why="cafe post restricted in Korea (restricted); invalid link, no such post (not_found)",
    items={U["N7"]: "restricted", U["N8"]: "not_found"},
)

N12_A, N12_B = U["N12"].split("internal/")[0], "internal/" + U["N12"].split("internal/")[1]
add(
    name="naver-ticket-hard-wrapped-url",
    **{"from": "noreply-ticket@navercorp.com"}, name_from=h("NAVER 고객센터"),
    date=d("2024-09-10 13:44:29"),
    subject=h("[NAVER 고객센터] 문의하신 내용에 대한 답변입니다 [#NV-0910-22817]"),
    reply_to_req=req("KCSC-240903-01"),
    body="""[NAVER 고객센터 답변] 접수번호 #NV-0910-22817
요청번호: KCSC-240903-01

안녕하세요. NAVER 고객센터입니다.
재검토를 요청하신 인플루언서 콘텐츠
""" + N12_A + """
""" + N12_B + """
는 재검토 결과 불법 도박 사이트로 연결되는 링크가 확인되어
삭제되었습니다. 또한 영상 """ + U["N11"] + """ 도
삭제 상태임을 다시 확인드립니다.

이 답변이 도움이 되었는지 평가해 주세요: https://help.naver.com/survey?t=NV-0910-22817
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket answer, plain text hard-wrapped at about 70 columns (breaking a long URL)",
    why="influencer content re-examined and deleted (removed, URL split over two lines by the wrap); video confirmed deleted (removed); survey link is no item",
    items={U["N12"]: "removed", U["N11"]: "removed"},
)

add(
    name="naver-receipt-plus-statement",
    **{"from": "right@navercorp.com"}, name_from=h("NAVER 권리보호센터"),
    date=d("2024-09-03 15:12:50"),
    subject=h("[NAVER] 시정요구 접수 완료 안내 (KCSC-240903-01)"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요, NAVER 권리보호센터입니다.

보내주신 시정요구(KCSC-240903-01, 12건)가 정상적으로 접수되었습니다.
접수번호: NVR-2024-0903-1187

이 중 지식iN 게시물 """ + U["N9"] + """ 은
접수 즉시 확인하여 삭제하였습니다. 나머지 11건은 서비스별 검토 후 결과를 안내드리겠습니다.

""" + NAVER_FOOT,
    outcome="applied", classification="confirmation",
    imitates="portal receipt (접수 완료) that also reports one item already handled",
    why="receipt phrase plus an unhedged deletion of one named item: not a pure acknowledgement",
    items={U["N9"]: "removed"},
)

add(
    name="naver-outlook-original-message",
    **{"from": "youth_protect@navercorp.com"}, name_from=h("네이버 청소년보호 담당"),
    date=d("2024-09-06 16:40:02"),
    subject=h("RE: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240903-01"),
    reply_to_req=req("KCSC-240903-01"),
    body="""담당자님 안녕하세요.

요청하신 모바일 블로그 게시물 """ + U["N4"] + """ 은
청소년유해 정보에 해당하여 성인 인증을 거친 이용자만 열람할 수 있도록 접근을 제한하였습니다.

네이버 청소년보호 담당 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240903-01

""" + quoted_request("KCSC-240903-01", NAVER_KEYS, prefix=""),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (no '>' marks)",
    why="one item stated age-restricted (restricted); the unquoted original request below changes nothing",
    items={U["N4"]: "restricted"},
)

add(
    name="naver-promise-english",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-04 09:15:33"),
    subject="RE: Corrective request KCSC-240903-01",
    reply_to_req=req("KCSC-240903-01"),
    body="""Hello,

Thank you for your notice. The two blog posts you flagged,

  """ + U["N1"] + """
  """ + U["N2"] + """

are being reviewed by our policy team and will be removed if they are found
to violate our Operating Policy or Korean law. We expect to complete the
review within 3 business days.

Best regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="trust-and-safety holding reply: under review, conditional removal",
    why="'being reviewed' and 'will be removed if' are promises and conditions, not statements",
    items={U["N1"]: "pending", U["N2"]: "pending"},
)

add(
    name="naver-asks-for-documents",
    **{"from": "right@navercorp.com"}, name_from=h("NAVER 권리보호센터"),
    date=d("2024-09-04 13:02:19"),
    subject=h("[NAVER] 시정요구 관련 보완 요청 (KCSC-240903-01)"),
    reply_to_req=req("KCSC-240903-01"),
    body="""안녕하세요, NAVER 권리보호센터입니다.

KCSC-240903-01 시정요구와 관련하여 처리를 진행하기 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 시정요구 공문 원본(PDF, 직인 날인본)
 2. 심의 의결서 사본 또는 의결 번호
 3. 위반 법령 조항

자료가 확인되는 대로 검토를 시작하겠습니다. 본 메일에 회신으로 첨부해 주시면 됩니다.

""" + NAVER_FOOT,
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean portal 보완 요청 asking for the official letter and the decision before acting",
    why="the platform asks for documents; no statement about any item",
    items={},
)

add(
    name="naver-channel-notice-no-claims",
    **{"from": "right@navercorp.com"}, name_from=h("NAVER 권리보호센터"),
    date=d("2024-09-12 10:00:00"),
    subject=h("[NAVER] 기관 게시중단 요청 접수 창구 변경 안내"),
    body="""유관기관 담당자님께,

NAVER 권리보호센터입니다.

2024년 10월 1일부터 기관의 게시중단·시정요구 접수 창구가 전용 웹 양식으로 변경됩니다.
변경 이후에도 이메일 접수는 12월 31일까지 병행하며, 그 이후에는 아래 양식으로만 접수가 가능합니다.

  · 기관 전용 접수 양식: https://right.naver.com/agency/form
  · 이용 안내: https://help.naver.com/service/5632/contents/19421

양식 사용 계정은 기관별로 1개씩 발급되며, 별도 안내 메일로 전달드리겠습니다.

감사합니다.
NAVER 권리보호센터
""",
    outcome="review", review="no_claims",
    imitates="portal circular to agencies announcing a new intake form",
    why="trusted NAVER mail naming no requested item and no request; its links are the portal's own help/form pages",
    items={},
)

add(
    name="naver-internal-forward",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=h("한지우"),
    date=d("2024-09-05 10:21:47"),
    subject=h("Fwd: [카페운영] KCSC-240903-01 카페 게시글 조치 완료"),
    body="""방심위 담당자님, 카페 운영팀에서 받은 내용 참고로 전달드립니다.
공식 회신은 권리보호센터에서 따로 드릴 예정입니다.

한지우 드림

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe_ops@navercorp.com>
Date: 2024년 9월 5일 (목) 오전 9:58
Subject: [카페운영] KCSC-240903-01 카페 게시글 조치 완료
To: 권리보호센터 <right@navercorp.com>

권리보호센터 담당자님,
방심위 요청 건 중 카페 게시글 2건 삭제 완료했습니다.

""" + U["N5"] + """ - 삭제
""" + U["N6"] + """ - 삭제

카페운영팀
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="staff member forwarding an internal team's completion note ('---------- Forwarded message ---------')",
    why="the statements are inside a forwarded internal message, and the sender says the official reply will follow",
    items={U["N5"]: "pending", U["N6"]: "pending"},
)

add(
    name="naver-cafe-manager-gmail",
    **{"from": "pinkbunny.manager@gmail.com"}, name_from=h("핑크버니 카페지기"),
    date=d("2024-09-04 22:48:10"),
    subject=h("방심위 요청 KCSC-240903-01 관련 카페 게시글 삭제했습니다"),
    body="""안녕하세요. 네이버 카페 '핑크버니클럽' 매니저입니다.
네이버에서 안내를 받고 연락드립니다.

요청하신 카페 게시글
""" + U["N5"] + """
""" + U["N6"] + """
두 개 모두 제가 직접 삭제했습니다. 카페에 불이익이 없도록 부탁드립니다.

카페지기 드림
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal webmail account",
    why="statement about two requested items from a gmail.com address, not a platform domain",
    items={U["N5"]: "pending", U["N6"]: "pending"},
)

# ================================================================ Kakao / Daum
add(
    name="daum-tistory-raw-korean-url",
    **{"from": "rights@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-05 15:36:21"),
    subject=h("[카카오] 시정요구 처리 결과 회신 - KCSC-240904-02"),
    reply_to_req=req("KCSC-240904-02"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240904-02 관련 티스토리·브런치 게시물의 처리 결과를 안내드립니다.

■ 티스토리
<""" + D3_RAW + """>
→ 불법 스포츠 중계 링크 게시물로 확인되어 게시물을 삭제하였습니다.

■ 브런치스토리
<""" + U["D4"] + """>
→ 작가가 이미 삭제한 글로, 현재 해당 주소에는 게시물이 존재하지 않습니다.

다음 카페 게시물 2건은 카페 운영 담당에서 별도로 회신드릴 예정입니다.

카카오 권리침해신고센터
https://cs.kakao.com/helps?service=52
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-centre reply, URLs in angle brackets, Tistory URL written with its raw Korean slug",
    why="Tistory post deleted (removed; raw Korean path = the percent-encoded request URL); brunch post already deleted by its author (not_found)",
    items={U["D3"]: "removed", U["D4"]: "not_found"},
)

add(
    name="daum-cafe-numbered",
    **{"from": "cafe_ops@daum.net"}, name_from=h("Daum 카페 운영팀"),
    date=d("2024-09-06 11:08:55"),
    subject=h("Re: [KCSC-240904-02] 다음 카페 게시물 시정요구"),
    reply_to_req=req("KCSC-240904-02"),
    body="""안녕하세요. Daum 카페 운영팀입니다.

요청하신 카페 게시물 2건의 검토 결과입니다.

1. """ + U["D1"] + """
   블라인드 처리 완료

2. """ + U["D2"] + """
   게시 유지 — 중고 거래 안내 글로, 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, numbered list with the decision under each URL",
    why="블라인드 removed; kept up with a no-violation reason rejected",
    items={U["D1"]: "removed", U["D2"]: "rejected"},
)

add(
    name="daum-english-statement-of-reasons",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d("2024-09-06 19:52:04"),
    subject="Statement of reasons - your notice KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body="""Statement of reasons

Notice reference: KCSC-240904-02
Decision date: 2024-09-06

Item 1
  Content: """ + U["D1"] + """
  Decision: content removed
  Ground: illegal information (promotion of unlicensed gambling)
  Territorial scope: worldwide

Item 2
  Content: """ + U["D3"] + """
  Decision: access disabled in the Republic of Korea (접속 차단)
  Ground: illegal under Korean law
  Territorial scope: Republic of Korea

Automated means used in detection: no. Automated means used in decision: no.
Redress: the uploader may appeal at https://cs.kakao.com/requests?service=178

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope) from a Korean portal",
    why="item 1 removed worldwide; item 2 blocked in Korea only (restricted); appeal link is no item",
    items={U["D1"]: "removed", U["D3"]: "restricted"},
)

add(
    name="daum-bulk-all-done",
    **{"from": "rights@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-09 10:30:12"),
    subject=h("Re: [카카오] 시정요구 처리 결과 회신 - KCSC-240904-02"),
    reply_to_req=req("KCSC-240904-02"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240904-02 관련하여 요청하신 게시물 4건 모두 조치 완료되었음을 알려드립니다.

추가 문의는 본 메일로 회신해 주세요.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short wrap-up reply: all N items handled",
    why="one statement for all four items of a four-item request, none named",
    items={U["D1"]: "pending", U["D2"]: "pending", U["D3"]: "pending", U["D4"]: "pending"},
)

add(
    name="daum-about-naver-item",
    **{"from": "rights@kakaocorp.com"}, name_from=h("카카오 권리침해신고센터"),
    date=d("2024-09-04 16:17:39"),
    subject=h("Re: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240903-01"),
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 시정요구(KCSC-240903-01)를 확인하였으나, 기재된 게시물
""" + U["N1"] + """
은 네이버 블로그 게시물로 당사(카카오) 서비스에서는 해당 게시물을 찾을 수 없습니다.

수신처를 확인하신 뒤 해당 사업자에게 다시 요청해 주시기 바랍니다.

카카오 권리침해신고센터
""",
    outcome="review", review="wrong_platform",
    imitates="a portal answering a request meant for another portal ('not found on our service')",
    why="Kakao speaks about a NAVER item of a NAVER request; not Kakao's item to state",
    items={U["N1"]: "pending"},
)

add(
    name="daum-out-of-office",
    **{"from": "minji.seo@kakaocorp.com"}, name_from=h("서민지"),
    date=d("2024-09-04 11:00:41"),
    subject=h("자동 회신: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240904-02"),
    reply_to_req=req("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 서민지입니다.
9월 4일(수)부터 9월 9일(월)까지 휴가로 메일 확인이 어렵습니다.
급한 권리침해 신고 건은 rights@kakaocorp.com 으로 보내주시면 담당자가 처리합니다.

I am out of the office until 9 September with limited access to email.
For urgent matters please write to rights@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office (자동 회신:) in Korean and English",
    why="out-of-office auto-reply; says nothing about any item",
    items={},
)

add(
    name="daum-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d("2024-09-04 11:00:09"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kk-0904"

--dsn-kk-0904
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-report@kakaocorp.com>: host mbox.kakaocorp.com[203.0.113.44] said:
    550 5.1.1 <cafe-report@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-kk-0904
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed, 4 Sep 2024 11:00:06 +0900 (KST)

Final-Recipient: rfc822; cafe-report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-kk-0904
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-report@kakaocorp.com
Subject: [KCSC-240904-02] Corrective request (deletion)
Date: Wed, 4 Sep 2024 11:00:00 +0900
Message-ID: <req-240904-02@kcsc.example>

--dsn-kk-0904--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) with the request's headers",
    why="bounce of our own request to a wrong address",
    items={},
)

# ================================================================ DC Inside
add(
    name="dc-fullwidth-circled-list",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=d("2024-09-06 14:22:37"),
    subject=h("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240905-03)"),
    reply_to_req=req("KCSC-240905-03"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과를 아래와 같이 알려드립니다.

① """ + U["C1"] + """ ： 삭제 완료
② """ + U["C2"] + """ ： 삭제 완료
③ """ + U["C3"] + """ ： 이미 삭제된 게시물（작성자 삭제）

나머지 2건은 갤러리 매니저 확인 후 회신드리겠습니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply, circled numbers and full-width colon/parentheses after each URL",
    why="two deleted (removed); one already deleted by its author (not_found); the rest only promised",
    items={U["C1"]: "removed", U["C2"]: "removed", U["C3"]: "not_found"},
)

DC_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-03)에 대한 조치 결과를 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>구분</th><th>게시물 주소</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{c1}</td><td>삭제</td></tr>
<tr><td>2</td><td>{c2}</td><td>삭제</td></tr>
<tr><td>3</td><td>{c3}</td><td>삭제</td></tr>
<tr><td>4</td><td>{c4}</td><td>유지 (개인정보 노출 없음, 규정 위반 아님)</td></tr>
<tr><td>5</td><td>{c5}</td><td>해당 게시물 없음</td></tr>
</tbody></table>
<p>문의: report@dcinside.com</p>
</body></html>
""".format(c1=U["C1"].replace("&", "&amp;"), c2=U["C2"].replace("&", "&amp;"),
           c3=U["C3"].replace("&", "&amp;"), c4=U["C4"].replace("&", "&amp;"),
           c5=U["C5"].replace("&", "&amp;"))
add(
    name="dc-html-table-base64",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=d("2024-09-09 10:03:12"),
    subject=h("[디시인사이드] 시정요구 조치 결과 회신 (KCSC-240905-03)"),
    reply_to_req=req("KCSC-240905-03"),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(DC_HTML),
    outcome="applied", classification="confirmation",
    imitates="HTML-only result table, base64-encoded, '&' written as &amp; in the cells",
    why="three deleted (removed); one kept with no violation (rejected); one does not exist (not_found)",
    items={U["C1"]: "removed", U["C2"]: "removed", U["C3"]: "removed", U["C4"]: "rejected",
           U["C5"]: "not_found"},
)

add(
    name="dc-url-korean-particle",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=d("2024-09-06 17:48:20"),
    subject=h("Re: [디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240905-03)"),
    reply_to_req=req("KCSC-240905-03"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

미니 갤러리 게시물 """ + U["C5"] + """의 경우 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
참고 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short follow-up with a Korean particle (의) glued to the end of the URL",
    why="the mini-gallery post was already deleted by its author (not_found)",
    items={U["C5"]: "not_found"},
)

add(
    name="dc-adult-gate-mixed",
    **{"from": "mgallery@dcinside.com"}, name_from="DCInside Minor Gallery Team",
    date=d("2024-09-07 12:11:45"),
    subject=h("RE: KCSC-240905-03 마이너 갤러리 게시물 건"),
    reply_to_req=req("KCSC-240905-03"),
    body="""Hello KCSC,

마이너 갤러리 담당입니다. Results for the two minor-gallery posts:

- """ + U["C3"] + """
  운영자 삭제 (deleted by the operator)

- """ + U["C4"] + """
  성인 인증 게시물로 전환하여 미인증 이용자의 접근을 제한했습니다
  (age-restricted: adult verification now required)

Regards,
DCInside Minor Gallery Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English community-site reply with a status under each bullet",
    why="운영자 삭제 removed; adult-verification gate restricted",
    items={U["C3"]: "removed", U["C4"]: "restricted"},
)

add(
    name="dc-promise-sequential",
    **{"from": "report@dcinside.com"}, name_from=h("디시인사이드 운영팀"),
    date=d("2024-09-05 16:30:58"),
    subject=h("Re: [KCSC-240905-03] 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240905-03"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

주식 갤러리 게시물
""" + U["C1"] + """
""" + U["C2"] + """
는 확인 후 순차적으로 삭제할 예정입니다. 처리가 끝나면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community-site reply promising deletion later (삭제할 예정)",
    why="a promise names two requested items; nothing is stated done",
    items={U["C1"]: "pending", U["C2"]: "pending"},
)

add(
    name="dc-report-receipt-echo",
    **{"from": "noreply@dcinside.com"}, name_from=h("디시인사이드"),
    date=d("2024-09-05 09:31:14"),
    subject=h("[디시인사이드] 신고가 접수되었습니다 (접수번호 DC-20240905-5531)"),
    body="""[디시인사이드 신고 접수 안내]

신고가 정상적으로 접수되었습니다.
접수번호: DC-20240905-5531
접수일시: 2024-09-05 09:31

■ 접수 내용
신고자: 방송통신심의위원회 (takedown@kcsc.example)
신고 사유: 개인정보 노출
제목: KCSC-240905-03 시정요구
신고 URL:
""" + "\n".join(U["C%d" % i] for i in range(1, 6)) + """

담당자 확인 후 처리 결과를 메일로 안내드립니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the submitted report (접수번호, 신고 URL list)",
    why="pure receipt; the URLs are only our report echoed back, no result",
    items={U["C%d" % i]: "pending" for i in range(1, 6)},
)

# ================================================================ SOOP
add(
    name="soop-bilingual-vod",
    **{"from": "policy@sooplive.co.kr"}, name_from=h("SOOP 운영정책팀"),
    date=d("2024-09-09 15:05:27"),
    subject=h("[SOOP] 시정요구 조치 결과 / Action taken - KCSC-240906-04"),
    reply_to_req=req("KCSC-240906-04"),
    body="""안녕하세요, SOOP 운영정책팀입니다. (English below)

요청하신 VOD에 대해 아래와 같이 조치하였습니다.
  - """ + U["S1"] + """ : VOD 삭제
  - """ + U["S2"] + """ : 19세 이상 시청 가능 콘텐츠로 변경(연령 제한)

---
Dear KCSC,

We have taken the following actions on the VODs in your request:
  - """ + U["S1"] + """ : VOD deleted
  - """ + U["S2"] + """ : set to 19+ viewers only (age-restricted)

SOOP Operation Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English streaming-platform result notice",
    why="first VOD deleted (removed); second set to 19+ only (restricted); both languages agree",
    items={U["S1"]: "removed", U["S2"]: "restricted"},
)

add(
    name="soop-station-post-rejected",
    **{"from": "policy@sooplive.co.kr"}, name_from=h("SOOP 운영정책팀"),
    date=d("2024-09-10 11:40:33"),
    subject=h("Re: [SOOP] 시정요구 조치 결과 - KCSC-240906-04 (방송국 게시글)"),
    reply_to_req=req("KCSC-240906-04"),
    body="""안녕하세요, SOOP 운영정책팀입니다.

방송국 게시글 """ + U["S3"] + """ 에 대해 검토한 결과,
게시글에 포함된 이미지는 공식 화보 홍보 이미지로 음란물에 해당하지 않으며
SOOP 커뮤니티 가이드라인 위반도 확인되지 않아 별도 조치 없이 게시를 유지합니다.

이의가 있으실 경우 관련 근거와 함께 회신해 주시면 재검토하겠습니다.
커뮤니티 가이드라인: https://www.sooplive.co.kr/policy/guideline
""",
    outcome="applied", classification="confirmation",
    imitates="platform refusal with its reason (no guideline violation, kept up)",
    why="kept up because it breaks no rule, reason given: rejected",
    items={U["S3"]: "rejected"},
)

SOOP_HTML = """<div style="font-family:Malgun Gothic,sans-serif">
<h3 style="color:#0545b1">SOOP 시정요구 처리 안내</h3>
<p>요청번호 <b>KCSC-240906-04</b>에 대한 처리 내역입니다.</p>
<ul>
<li><a href="{s2}">{s2}</a><br>VOD 삭제 완료</li>
<li><a href="{s3}">{s3}</a><br>게시글 비공개 처리 완료</li>
</ul>
<p style="font-size:11px;color:#888">본 메일은 SOOP 운영정책팀에서 발송되었습니다.
<a href="https://www.sooplive.co.kr/customer">고객센터</a></p>
</div>
""".format(s2=U["S2"], s3=U["S3"])
add(
    name="soop-html-notice",
    **{"from": "noreply@sooplive.com"}, name_from="SOOP",
    date=d("2024-09-11 09:12:00"),
    subject=h("[SOOP] 시정요구 처리 안내 (KCSC-240906-04)"),
    reply_to_req=req("KCSC-240906-04"),
    type="html",
    body=SOOP_HTML,
    outcome="applied", classification="confirmation",
    imitates="HTML notice from the platform's second sender domain, list items with the result under each link",
    why="VOD deleted and station post made private: both removed; the customer-centre link is no item",
    items={U["S2"]: "removed", U["S3"]: "removed"},
)

add(
    name="soop-out-of-office-ko",
    **{"from": "daeho.kim@sooplive.co.kr"}, name_from=h("김대호"),
    date=d("2024-09-06 14:01:30"),
    subject=h("[부재중 자동응답] Re: [KCSC-240906-04] 시정요구(삭제) 통지"),
    reply_to_req=req("KCSC-240906-04"),
    body="""[부재중 자동응답]

안녕하세요, 김대호입니다.
9월 6일부터 9월 18일까지 추석 연휴 및 개인 휴가로 부재중입니다.
부재 기간 중 보내주신 메일은 복귀 후 확인하겠습니다.
급한 운영정책 관련 문의는 policy@sooplive.co.kr 로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답 (holiday absence)",
    why="out-of-office auto-reply; no statement",
    items={},
)

add(
    name="soop-cs-ticket-receipt",
    **{"from": "cs@sooplive.co.kr"}, name_from=h("SOOP 고객센터"),
    date=d("2024-09-06 14:03:08"),
    subject=h("[SOOP 고객센터] 문의 접수 완료 안내 (접수번호 2409061403-88712)"),
    reply_to_req=req("KCSC-240906-04"),
    body="""고객님의 문의가 접수되었습니다.

접수번호: 2409061403-88712
문의 유형: 신고 > 불법·유해 콘텐츠
문의 제목: [KCSC-240906-04] 시정요구(삭제) 통지

담당 부서에서 확인 후 순차적으로 답변드리겠습니다.
답변은 영업일 기준 1~3일 이내 메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="customer-centre ticket receipt (접수 완료, ticket number, reply within 1-3 business days)",
    why="pure receipt of the request; no item named, no statement",
    items={},
)

add(
    name="soop-law-firm-says-deleted",
    **{"from": "yoon.s@hanbit-law.example"}, name_from=h("법무법인 한빛 윤서연 변호사"),
    date=d("2024-09-09 18:20:44"),
    subject=h("KCSC-240906-04 관련 의뢰인 게시글 자진 삭제 안내"),
    body="""방송통신심의위원회 담당자님께,

저는 SOOP 스트리머 '별빛0707'의 법률대리인 윤서연 변호사입니다.
귀 위원회의 시정요구(KCSC-240906-04)와 관련하여, 의뢰인은 방송국 게시글
""" + U["S3"] + """
을 9월 9일 자진 삭제하였음을 알려드립니다.

추가 절차가 필요하면 연락 주시기 바랍니다.

법무법인 한빛 | 윤서연 변호사
""",
    outcome="review", review="unknown_sender",
    imitates="lawyer for the uploader reporting a self-deletion",
    why="statement about a requested item from a law firm, not the platform",
    items={U["S3"]: "pending"},
)

# ================================================================ FM Korea
add(
    name="fmkorea-both-named",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date=d("2024-09-10 13:25:16"),
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청의 건"),
    reply_to_req=req("KCSC-240909-05"),
    body="""안녕하세요. 에펨코리아 운영진입니다.

요청하신 아래 게시물 2건 모두 명예훼손 소지가 있어 삭제 처리했습니다.

- """ + U["F1"] + """
- """ + U["F2"] + """

작성자 계정에는 커뮤니티 규정에 따라 7일 이용 정지 조치도 함께 적용했습니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply: 'both posts deleted' with each URL listed",
    why="the statement covers both, but each URL is named: both removed",
    items={U["F1"]: "removed", U["F2"]: "removed"},
)

add(
    name="fmkorea-bulk-unnamed",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date=d("2024-09-10 09:02:48"),
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청의 건"),
    reply_to_req=req("KCSC-240909-05"),
    body="""안녕하세요, 에펨코리아입니다.
신고하신 게시물은 모두 삭제했습니다. 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line admin reply: everything reported deleted",
    why="'all reported posts deleted' for a two-item request, no item named",
    items={U["F1"]: "pending", U["F2"]: "pending"},
)

add(
    name="fmkorea-read-receipt",
    **{"from": "admin@fmkorea.com"}, name_from=h("에펨코리아 운영진"),
    date=d("2024-09-09 11:47:02"),
    subject=h("읽음 확인: [KCSC-240909-05] 게시물 삭제 요청의 건"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-fm-0909"

--mdn-fm-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: admin@fmkorea.com
제목: [KCSC-240909-05] 게시물 삭제 요청의 건
읽은 시간: 2024년 9월 9일 월요일 오전 11:47

--mdn-fm-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.fmkorea.com; Roundcube Webmail
Final-Recipient: rfc822; admin@fmkorea.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fm-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (읽음 확인, message/disposition-notification)",
    why="read receipt of our request; no statement",
    items={},
)

add(
    name="inven-not-our-post",
    **{"from": "cs@inven.co.kr"}, name_from=h("인벤 고객지원"),
    date=d("2024-09-09 16:33:51"),
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청의 건"),
    reply_to_req=req("KCSC-240909-05"),
    body="""안녕하세요. 인벤 고객지원팀입니다.

보내주신 요청서의 게시물
""" + U["F1"] + """
""" + U["F2"] + """
은 인벤에 게시된 글이 아니어서 당사에서는 확인되지 않습니다.
해당 사이트 운영자에게 요청해 주시기 바랍니다.

인벤 고객지원팀
""",
    outcome="review", review="wrong_platform",
    imitates="a community site replying to a request sent to it by mistake ('not posted on our site')",
    why="Inven (configured, no request of its own) speaks about FM Korea items: not its items",
    items={U["F1"]: "pending", U["F2"]: "pending"},
)

# ================================================================ Clien
add(
    name="clien-sole-statement",
    **{"from": "webmaster@clien.net"}, name_from=h("클리앙 운영팀"),
    date=d("2024-09-11 10:15:39"),
    subject=h("Re: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req=req("KCSC-240910-06"),
    body="""안녕하세요, 클리앙 운영팀입니다.

요청하신 건(KCSC-240910-06) 확인했습니다.
해당 게시물은 개인정보가 포함되어 있어 운영진이 삭제 처리했습니다.

좋은 하루 보내세요.
클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="short admin reply naming no URL, answering a one-item request",
    why="one unhedged deletion statement answering a one-item request: removed",
    items={U["L1"]: "removed"},
)

# ================================================================ Ppomppu
add(
    name="ppomppu-mixed-bullets",
    **{"from": "help@ppomppu.co.kr"}, name_from=h("뽐뿌 운영팀"),
    date=d("2024-09-12 14:06:22"),
    subject=h("[뽐뿌] 시정요구 처리 결과 안내 - KCSC-240911-07"),
    reply_to_req=req("KCSC-240911-07"),
    body="""안녕하세요. 뽐뿌 운영팀입니다.
KCSC-240911-07 요청 건의 처리 결과를 안내해 드립니다.

* 자유게시판 """ + U["P1"] + """
  - 블라인드 처리되었습니다.
* 자유게시판 """ + U["P2"] + """
  - 존재하지 않는 게시물입니다(작성자 자진 삭제).
* 휴대폰포럼 """ + U["P3"] + """
  - 판매 후기 글로 사기 정황이 확인되지 않아 삭제하지 않았습니다.

운영 원칙: https://www.ppomppu.co.kr/notice/rule.php
""",
    outcome="applied", classification="confirmation",
    imitates="community-site result notice, bullets with the result on the line below",
    why="블라인드 removed; self-deleted not_found; not deleted for lack of fraud (reason given) rejected",
    items={U["P1"]: "removed", U["P2"]: "not_found", U["P3"]: "rejected"},
)

add(
    name="ppomppu-gmail-korean-quote",
    **{"from": "phone_mod@ppomppu.co.kr"}, name_from=h("뽐뿌 휴대폰포럼 관리자"),
    date=d("2024-09-11 17:55:03"),
    subject=h("Re: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240911-07"),
    reply_to_req=req("KCSC-240911-07"),
    body="""휴대폰포럼 글 """ + U["P3"] + """ 는 방금 삭제했습니다.
자유게시판 2건은 자유게시판 관리자가 따로 답변드릴 거예요.

2024년 9월 11일 (수) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
""" + quoted_request("KCSC-240911-07", ["P1", "P2", "P3"]),
    outcome="applied", classification="confirmation",
    imitates="moderator's quick top-posted reply over the Gmail-quoted request",
    why="phone-forum post deleted (removed); the other two only promised; quote changes nothing",
    items={U["P3"]: "removed"},
)

add(
    name="ppomppu-dmarc-fail",
    **{"from": "help@ppomppu.co.kr"}, name_from=h("뽐뿌 운영팀"),
    date=d("2024-09-12 03:14:09"),
    subject=h("[뽐뿌] 시정요구 처리 결과 안내 - KCSC-240911-07"),
    auth="fail",
    body="""안녕하세요. 뽐뿌 운영팀입니다.

요청하신 게시물 처리 결과입니다.
""" + U["P1"] + """ 삭제 완료
""" + U["P2"] + """ 삭제 완료

처리 확인서가 필요하시면 아래 링크에서 내려받으세요.
http://ppomppu-notice.example/download?id=KCSC-240911-07
""",
    outcome="review", review="untrusted",
    imitates="forged platform notice (DMARC fail, odd hour, off-site download link)",
    why="claims from a ppomppu.co.kr address failing authentication",
    items={U["P1"]: "pending", U["P2"]: "pending"},
)

add(
    name="ppomppu-hedged",
    **{"from": "help@ppomppu.co.kr"}, name_from=h("뽐뿌 운영팀"),
    date=d("2024-09-11 16:20:45"),
    subject=h("Re: [KCSC-240911-07] 시정요구(삭제) 통지"),
    reply_to_req=req("KCSC-240911-07"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

""" + U["P2"] + """
는 확인해 보니 이미 삭제된 것으로 보입니다.
""" + U["P1"] + """
는 현재 검토 중이며, 결과가 나오면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator's hedged interim reply ('것으로 보입니다', '검토 중')",
    why="a hedge and an 'under review' about two named items: no statement",
    items={U["P1"]: "pending", U["P2"]: "pending"},
)

add(
    name="ppomppu-bounce-mailbox-full",
    **{"from": "mailer-daemon@ppomppu.co.kr"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-11 10:02:31"),
    subject=h("Delivery Status Notification (Failure) / 메일 전송 실패"),
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pp-0911"

--dsn-pp-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송에 실패하였습니다. 수신자의 메일함 용량이 초과되었습니다.
Your message could not be delivered: the recipient's mailbox is full.

  받는 사람: board_admin@ppomppu.co.kr
  제목: [방송통신심의위원회] 시정요구(삭제) 통지 - KCSC-240911-07
  URL: """ + U["P1"] + """

--dsn-pp-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; board_admin@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-pp-0911
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: board_admin@ppomppu.co.kr
Subject: [KCSC-240911-07] Corrective request (deletion)
Date: Wed, 11 Sep 2024 10:00:00 +0900
Message-ID: <req-240911-07@kcsc.example>

--dsn-pp-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual Korean/English DSN (552 mailbox full) echoing the request's first URL",
    why="bounce; the echoed URL is our own request, not a statement",
    items={U["P1"]: "pending"},
)

HEADER = """# blind453: Korean portals and community sites (NAVER, Kakao/Daum, DC Inside,
# SOOP, FM Korea, Clien, Ppomppu, Inven), Korean and English mixed.
# Written by tests/corpus/blind453/make.py from each email's meaning, before
# any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind453", HEADER, cases)


if __name__ == "__main__":
    main()
