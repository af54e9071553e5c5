#!/usr/bin/env python3
"""Blind set 753: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Every email is fictional; expected results were written from each email's
meaning before the reader was ever run on this set.

    python3 tests/corpus/blind753/make.py
"""
import base64
import csv
import datetime
import email.charset
from email.header import Header
import html
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST).strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def h(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- requests
CAFE_KR = "밤하늘수다방"
CAFE_ENC = quote(CAFE_KR)

N = {  # KCSC-240902-01, NAVER, 13 items (the largest request)
    1: "https://blog.naver.com/moonlit_casino77/223561204418",
    2: "https://blog.naver.com/moonlit_casino77/223561209935",
    3: "https://blog.naver.com/toto_haneul/223548870012",
    4: "https://cafe.naver.com/bettingmate/58213",
    5: "https://cafe.naver.com/bettingmate/58240",
    6: "https://cafe.naver.com/bettingmate/58277",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40305&docId=471180236",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38112047&memberNo=51230977",
    9: "https://blog.naver.com/slotking_kr/223570001234",
    10: "https://cafe.naver.com/jackpotclub2/1175",
    11: "https://cafe.naver.com/jackpotclub2/1182",
    12: "https://m.blog.naver.com/hwangum_pick/223566789012",
    13: "https://tv.naver.com/v/58812034",
}
DC = {  # KCSC-240903-02, DC Inside, 5 items
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981234",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=idolfake&no=20411",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=idolfake&no=20417",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=idolfake&no=20452",
    5: "https://gall.dcinside.com/mini/board/view/?id=whisperroom&no=3310",
}
DA = {  # KCSC-240904-03, Daum/Kakao, 4 items (two with a Korean cafe name)
    1: f"https://cafe.daum.net/{CAFE_ENC}/Fr9k/412",
    2: f"https://cafe.daum.net/{CAFE_ENC}/Fr9k/419",
    3: "https://greenpill-shop.tistory.com/38",
    4: "https://cafe.daum.net/druglinkz/Kq2m/77",
}
DA_RAW = {1: f"https://cafe.daum.net/{CAFE_KR}/Fr9k/412", 2: f"https://cafe.daum.net/{CAFE_KR}/Fr9k/419"}
SO = {  # KCSC-240905-04, SOOP, 3 items
    1: "https://vod.sooplive.co.kr/player/131884502",
    2: "https://vod.sooplive.co.kr/player/131890117",
    3: "https://ch.sooplive.co.kr/bj_nightowl88/post/149920311",
}
FM = {  # KCSC-240906-05, FM Korea, 2 items
    1: "https://www.fmkorea.com/7421880312",
    2: "https://www.fmkorea.com/7421903377",
}
CL = {  # KCSC-240909-06, Clien, 2 items
    1: "https://www.clien.net/service/board/park/18812345",
    2: "https://www.clien.net/service/board/cm_car/18812990",
}
IV = {  # KCSC-240910-07, Inven, 1 item
    1: "https://www.inven.co.kr/board/maple/5974/4410221",
}

REQUESTS = [
    ("KCSC-240902-01", "naver", 2, "illegal_gambling", N, "NAVER blogs, cafes, KnowledgeiN, Post, TV"),
    ("KCSC-240903-02", "dcinside", 3, "deepfake_sexual_abuse", DC, "DC Inside galleries"),
    ("KCSC-240904-03", "daum", 4, "drug_trade", DA, "Daum cafes and a Tistory blog"),
    ("KCSC-240905-04", "soop", 5, "obscene", SO, "SOOP VODs and a channel post"),
    ("KCSC-240906-05", "fmkorea", 6, "illegal_filming", FM, ""),
    ("KCSC-240909-06", "clien", 9, "privacy", CL, ""),
    ("KCSC-240910-07", "inven", 10, "privacy", IV, "single item"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, items, note in REQUESTS:
            mid = "<req-" + ref[5:].lower() + "@kcsc.example>"
            for k in sorted(items):
                w.writerow([ref, plat, f"2024-09-{day:02d}T10:00:00+09:00",
                            f"2024-09-{day + 7:02d}T18:00:00+09:00", items[k], cat, mid, note])


def quoted_request_naver(prefix=""):
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의 담당입니다.",
        "",
        "아래 게시물은 불법 도박 정보로 심의·의결되어 시정요구(삭제)를 요청드립니다.",
        "조치 결과를 2024. 9. 9.(월)까지 회신하여 주시기 바랍니다.",
        "",
    ]
    for k in sorted(N):
        lines.append(f"{k}. {N[k]}")
    lines += ["", "KCSC 통신심의 takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- cases
cases = []


def add(**c):
    cases.append(c)


# ============================== APPLIED ==============================

rows = [
    (1, "블로그", "삭제"), (2, "블로그", "삭제"), (3, "블로그", "게시중단"),
    (4, "카페", "삭제"), (5, "카페", "임시조치(30일)"), (6, "카페", "삭제"),
    (7, "지식iN", "게시물 없음(작성자 삭제)"), (8, "포스트", "삭제"), (9, "블로그", "비공개 처리"),
    (10, "카페", "삭제"), (11, "카페", "존재하지 않는 게시물"), (12, "블로그", "삭제"),
    (13, "네이버TV", "유지(위반 사항 확인되지 않음)"),
]
tr = "\n".join(
    f"<tr><td>{k}</td><td><a href=\"{h(N[k])}\">{h(N[k])}</a></td><td>{svc}</td><td>{res}</td></tr>"
    for k, svc, res in rows)
add(name="naver-correction-result-table", date=d(9, 16, 40), type="html",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="[NAVER] 시정요구(KCSC-240902-01) 조치 결과 회신", reply_to_req="req-240902-01",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>2024년 9월 2일 접수된 시정요구(KCSC-240902-01)에 대한 네이버의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>서비스</th><th>조치 결과</th></tr>
{tr}
</table>
<p>13번 영상은 도박 사이트 이용 후기를 비판하는 시사 콘텐츠로 판단되어 게시를 유지하였습니다. 재검토가 필요하시면 회신 부탁드립니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치 결과 회신 table from a Korean portal (NAVER)",
    why="trusted NAVER table, one status per row: 삭제/게시중단/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 유지 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "restricted",
           N[6]: "removed", N[7]: "not_found", N[8]: "removed", N[9]: "removed", N[10]: "removed",
           N[11]: "not_found", N[12]: "removed", N[13]: "rejected"})

add(name="naver-numbered-list-partial", date=d(5, 11, 8), **{"from": "rights@naver.com"},
    name_from="네이버 고객센터",
    subject="Re: [KCSC-240902-01] 불법 도박 정보 시정요구", reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 고객센터 권리보호 담당입니다.

요청하신 KCSC-240902-01 건 가운데 아래 게시물은 조치를 마쳐 먼저 알려드립니다.

1. {N[1]} – 삭제
2. {N[2]} – 삭제
3. {N[4]} – 카페 운영원칙에 따라 블라인드 처리
4. {N[5]} – 게시중단

나머지 게시물은 담당 부서에서 확인하고 있으며, 처리되는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 partial result notice (numbered list)",
    why="four named items removed (삭제, 블라인드, 게시중단); the rest only 'being checked', unnamed",
    items={N[1]: "removed", N[2]: "removed", N[4]: "removed", N[5]: "removed"})

add(name="naver-english-trust-safety", date=d(6, 9, 31), **{"from": "trustsafety@naver.com"},
    name_from="NAVER Trust & Safety",
    subject="Your request KCSC-240902-01 - review completed (partial)", reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Thank you for contacting NAVER. We have finished reviewing part of your
request (ref. KCSC-240902-01).

The following posts have been taken down and can no longer be viewed:
{N[9]}
{N[12]}

We could not locate the question below. The link opens an error page and
no such document exists in KnowledgeiN:
{N[7]}

Our review of the remaining links continues. For information on how we
handle reports, see https://help.naver.com/service/5748/contents/19046.

Kind regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome email from a Korean portal",
    why="statement heading lines followed by bare URLs: two taken down, one cannot be located; help link is no item",
    items={N[9]: "removed", N[12]: "removed", N[7]: "not_found"})

csv_text = "\ufeff순번,URL,조치결과,비고\n" + "\n".join([
    f"1,{N[4]},삭제,",
    f"2,{N[6]},임시조치,30일 후 재검토",
    f"3,{N[10]},삭제,",
    f"4,{N[11]},게시물 없음,작성자 삭제",
    f"5,{N[13]},삭제,",
]) + "\n"
add(name="naver-csv-attachment", date=d(10, 14, 2), **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240902-01] 조치 결과 파일 송부", reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b753_csv_01"

--=_b753_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

담당자님 안녕하세요.

KCSC-240902-01 건 중 카페·TV 게시물 5건의 처리 결과를 첨부 파일(CSV)로
보내드립니다. 확인 부탁드립니다.

네이버 정책지원팀 드림

--=_b753_csv_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_b753_csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found",
    items={N[4]: "removed", N[6]: "restricted", N[10]: "removed", N[11]: "not_found", N[13]: "removed"})

add(name="naver-toppost-outlook-original", date=d(4, 17, 55), **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    subject="RE: [KCSC-240902-01] 불법 도박 정보 시정요구", reply_to_req="req-240902-01",
    body=f"""KCSC 담당자님께,

아래 요청 중 2건은 조치를 완료하였습니다.
- {N[3]} : 게시중단 완료
- {N[8]} : 삭제 완료

나머지 게시물은 검토 후 별도로 회신드리겠습니다.

박서연 드림
NAVER 정책지원

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법 도박 정보 시정요구

{quoted_request_naver()}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's full request",
    why="only the two items stated above the Original Message line change; the quoted list below is our own request",
    items={N[3]: "removed", N[8]: "removed"})

qp_html = f"""<html><body>
<p>안녕하세요. 네이버TV·지식iN 운영 담당입니다.</p>
<p>요청하신 영상 <a href="{h(N[13])}">{h(N[13])}</a> 은(는) 서비스 운영정책 위반이 확인되어 <b>삭제</b>되었습니다.</p>
<p>함께 요청하신 지식iN 질문 <a href="{h(N[7])}">{h(N[7])}</a> 은 질문자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.</p>
<p>감사합니다.</p>
</body></html>
"""
add(name="naver-qp-html-tv-kin", date=d(11, 10, 15), **{"from": "tv-ops@navercorp.com"},
    name_from="네이버TV 운영팀",
    subject="Re: [KCSC-240902-01] 영상 및 지식iN 게시물 처리 결과", reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_html),
    outcome="applied", classification="confirmation",
    imitates="NAVER service-team HTML notice, quoted-printable",
    why="video 삭제 removed; KnowledgeiN question already deleted by its author = not_found",
    items={N[13]: "removed", N[7]: "not_found"})

add(name="naver-receipt-plus-urgent-removal", date=d(3, 9, 12), **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 접수 안내 (KCSC-240902-01)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0312-77811

접수와 별개로, 긴급 처리 대상으로 분류된 아래 게시물은 확인 즉시 삭제 조치하였습니다.
{N[10]}

나머지 게시물은 순차적으로 검토한 뒤 결과를 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt mail that also reports one urgent removal",
    why="a receipt phrase plus an unhedged statement (삭제 조치하였습니다) about a named item is not a pure acknowledgement",
    items={N[10]: "removed"})

add(name="naver-gmail-quoted-reply", date=d(11, 15, 47), **{"from": "doyun.kim@navercorp.com"},
    name_from="김도윤",
    subject="Re: [KCSC-240902-01] 불법 도박 정보 시정요구", reply_to_req="req-240902-01",
    body=f"""안녕하세요.
블로그 게시물 2건 처리 결과 공유드립니다.

{N[9]} → 비공개 처리
{N[2]} → 불법 도박 홍보로 판단하여 삭제

감사합니다.
김도윤 / NAVER 블로그 운영

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted_request_naver("> ")}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply with '>' quoted request",
    why="two statements above the quote; the '>' quoted list of 13 URLs is our own request",
    items={N[9]: "removed", N[2]: "removed"})

post_a, post_b = N[8].split("&", 1)
add(name="naver-post-wrapped-angle-url", date=d(12, 13, 20), **{"from": "post-support@naver.com"},
    name_from="NAVER Post Support",
    subject="Re: KCSC-240902-01 NAVER Post article and blog post", reply_to_req="req-240902-01",
    body=f"""Hello,

Regarding your request KCSC-240902-01, the NAVER Post article
<{post_a}&
memberNo=51230977>
has been removed for breaching our policy on gambling advertisements. The
author has been notified.

The blog post <{N[3]}> was reviewed and
remains available: it is commentary in a news format and does not promote
any gambling site.

Best regards,
NAVER Post Support""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with URLs in angle brackets, one wrapped by the mail client",
    why="Post article (URL wrapped inside <>) removed; blog post stays up, no violation = rejected",
    items={N[8]: "removed", N[3]: "rejected"})

add(name="naver-bilingual-results", date=d(13, 11, 3), **{"from": "policy-support@navercorp.com"},
    name_from="NAVER Policy Support",
    subject="[NAVER] KCSC-240902-01 처리 결과 / Results", reply_to_req="req-240902-01",
    body=f"""[국문]
요청하신 게시물 3건의 처리 결과입니다.

■ {N[5]}
   게시중단 처리
■ {N[6]}
   임시조치(국내 접근 제한)
■ {N[1]}
   위반 사항이 확인되지 않아 게시 유지

[English]
Results for the three posts you reported:

■ {N[5]}
   taken down
■ {N[6]}
   temporarily restricted (access from Korea limited)
■ {N[1]}
   no violation found; remains online

NAVER Policy Support""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English portal result notice, status on the line below each URL",
    why="게시중단 removed, 임시조치/접근 제한 restricted, 게시 유지 rejected; English half repeats the same",
    items={N[5]: "removed", N[6]: "restricted", N[1]: "rejected"})

add(name="dc-prose-four-deleted-one-gone", date=d(5, 14, 30), **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 시정요구(KCSC-240903-02) 처리 결과 안내", reply_to_req="req-240903-02",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240903-02)에 대해 다음과 같이
처리하였음을 알려드립니다.

요청하신 게시물 5건 중 아래 4건은 운영자 삭제 처리하였습니다.
{DC[1]}
{DC[2]}
{DC[3]}
{DC[4]}

미니 갤러리 게시물 {DC[5]} 은
요청 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

해당 갤러리 매니저에게도 재발 방지를 안내하였습니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 correction-request result mail",
    why="four listed URLs 운영자 삭제 = removed; the mini-gallery post was deleted by its author = not_found",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "removed", DC[4]: "removed", DC[5]: "not_found"})

add(name="dc-url-then-result-below", date=d(6, 18, 12), **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청", reply_to_req="req-240903-02",
    body=f"""처리 결과 회신드립니다.

{DC[2]}
→ 삭제 완료

{DC[3]}
→ 삭제 완료 (작성자 IP 차단 병행)

{DC[1]}
→ 게시물 유지: 특정인 비방으로 보기 어렵고 종목에 대한 개인 의견 글로 판단됨

디시인사이드 신고센터""",
    outcome="applied", classification="confirmation",
    imitates="community-site abuse desk reply, bare URL with the result on the line below",
    why="two 삭제 완료 = removed (IP 차단 concerns the author); 게시물 유지 with a reason = rejected",
    items={DC[2]: "removed", DC[3]: "removed", DC[1]: "rejected"})

add(name="dc-korean-particles-brackets", date=d(9, 10, 41), **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] KCSC-240903-02 추가 회신",
    body=f"""요청 건(KCSC-240903-02) 관련 추가 회신입니다.

「{DC[4]}」는 합성 음란물로 확인되어 삭제하였고, 해당 마이너 갤러리는 운영 중단 조치하였습니다.
{DC[5]}은 이미 삭제된 글로 조회되지 않습니다.
마지막으로 {DC[2]}（이미지 게시물）도 삭제 처리하였습니다.

디시인사이드 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up with URLs in 「」 and followed by Korean particles / full-width brackets",
    why="20452 삭제 removed; 3310 already deleted, not retrievable = not_found; 20411 삭제 removed",
    items={DC[4]: "removed", DC[5]: "not_found", DC[2]: "removed"})

add(name="dc-base64-notice", date=d(7, 8, 5), **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드",
    subject="[디시인사이드] 게시물 조치 결과 안내", reply_to_req="req-240903-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""[디시인사이드] 게시물 조치 결과 안내

요청 번호: KCSC-240903-02

- {DC[3]} : 운영자 삭제
- {DC[4]} : 운영자 삭제

위 게시물은 갤러리 운영원칙 및 관련 법령에 따라 조치되었습니다.
본 메일은 발신 전용이며 회신되지 않습니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="system-generated result notice from a community site, base64 body",
    why="two named items 운영자 삭제 = removed; 'no-reply' footer does not make it an auto-reply",
    items={DC[3]: "removed", DC[4]: "removed"})

add(name="dc-pipe-text-table", date=d(10, 16, 0), **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240903-02] 게시물 삭제 요청", reply_to_req="req-240903-02",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다. 남은 2건의 결과입니다.

| 번호 | 게시물 주소 | 처리 |
|------|-------------|------|
| 1 | {DC[1]} | 삭제 |
| 2 | {DC[5]} | 게시물 없음 |

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table from a community operator",
    why="row 1 삭제 removed; row 2 게시물 없음 not_found",
    items={DC[1]: "removed", DC[5]: "not_found"})

add(name="daum-temporary-measure", date=d(6, 15, 22), **{"from": "cs-notice@kakaocorp.com"},
    name_from="Daum 고객센터",
    subject="[Daum 카페] 요청 게시물 임시조치 안내 (KCSC-240904-03)", reply_to_req="req-240904-03",
    body=f"""안녕하세요. Daum 고객센터입니다.

방송통신심의위원회에서 요청하신 아래 카페 게시물 2건에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)를 하였습니다.

- {DA[1]}
- {DA[2]}

임시조치 기간 중 게시자의 재게시 요청이 없으면 게시물은 삭제됩니다.
자세한 내용은 https://cs.daum.net/faq/43/11621.html 을 참고해 주세요.

Daum 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 임시조치 notice",
    why="임시조치(접근 제한) = restricted now; later deletion is only conditional; FAQ link is no item",
    items={DA[1]: "restricted", DA[2]: "restricted"})

add(name="kakao-tistory-english", date=d(7, 10, 48), **{"from": "safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240904-03 Tistory post", reply_to_req="req-240904-03",
    body=f"""Dear Sir or Madam,

We have reviewed the Tistory post https://greenpill-shop.tistory.com/38
that you reported. It offered prescription drugs for sale without a licence,
and we have deleted it under the Tistory operating policy. The blog itself
has also been suspended.

We will reply separately about the Daum cafe posts in the same request.

Kakao Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English trust-and-safety reply about a Tistory post",
    why="one named item deleted = removed; the other items only promised a later reply",
    items={DA[3]: "removed"})

add(name="daum-raw-korean-path", date=d(11, 9, 58), **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페 운영팀",
    subject="Re: [KCSC-240904-03] 마약류 판매 게시물 시정요구", reply_to_req="req-240904-03",
    body=f"""안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물의 처리 결과를 알려드립니다.

{DA_RAW[1]} - 삭제
{DA_RAW[2]} - 삭제
{DA[4]} - 카페가 이미 폐쇄되어 게시물이 존재하지 않음

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operator reply with raw Korean cafe paths",
    why="raw Korean paths match the percent-encoded request URLs; two 삭제 removed, closed cafe = not_found",
    items={DA[1]: "removed", DA[2]: "removed", DA[4]: "not_found"})

add(name="kakao-statement-of-reasons", date=d(12, 19, 6), **{"from": "sor@kakaocorp.com"},
    name_from="Kakao Content Moderation",
    subject="Statement of reasons - KCSC-240904-03",
    body=f"""STATEMENT OF REASONS

Reference:        KCSC-240904-03
Content:          {DA[4]}
Decision:         Restriction of visibility. Access to this content from
                  the Republic of Korea has been disabled.
Ground:           Illegal content (sale of narcotics)
Automated means:  No automated detection; human review
Redress:          The uploader may object through the Daum customer centre.

This statement is issued by Kakao Corp.""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope)",
    why="access disabled from Korea only = restricted",
    items={DA[4]: "restricted"})

add(name="soop-korean-three-results", date=d(9, 13, 14), **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240905-04)", reply_to_req="req-240905-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

신고하신 VOD 2건과 방송국 게시글 1건에 대한 처리 결과를 안내드립니다.

1) {SO[1]} — 삭제 완료
2) {SO[2]} — 삭제 완료
3) {SO[3]} — 비공개 처리

해당 스트리머에게는 운영정책에 따라 7일간 방송 이용 제한이 적용되었습니다.

SOOP 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) report-outcome notice",
    why="two VODs 삭제 removed, post 비공개 처리 removed; the streamer's 이용 제한 concerns the account, not an item",
    items={SO[1]: "removed", SO[2]: "removed", SO[3]: "removed"})

add(name="soop-age-restricted-english", date=d(10, 11, 26), **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust",
    subject="Re: KCSC-240905-04 reported VODs", reply_to_req="req-240905-04",
    body=f"""Hello,

Thank you for your report. Our decisions:

VOD {SO[1]}
Age-restricted (19+). Viewers must now verify that they are adults.

VOD {SO[2]}
No breach of our community guidelines was found. The VOD remains available.

Kind regards,
SOOP Trust team""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform English moderation decision (age restriction / no violation)",
    why="19+ age restriction = restricted; no breach, remains available = rejected",
    items={SO[1]: "restricted", SO[2]: "rejected"})

trs = "\n".join(f"<tr><td><a href=\"{h(SO[k])}\">{h(SO[k])}</a></td><td>{r}</td><td>2024-09-12</td></tr>"
                for k, r in ((1, "삭제"), (2, "삭제"), (3, "존재하지 않는 게시글")))
add(name="soop-html-table", date=d(12, 17, 33), type="html", **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] KCSC-240905-04 처리 결과", reply_to_req="req-240905-04",
    body=f"""<div>안녕하세요. SOOP 고객센터입니다. 요청하신 건의 처리 결과입니다.</div>
<table border="1">
<tr><th>신고 대상</th><th>처리 결과</th><th>처리 일자</th></tr>
{trs}
</table>
<div>운영정책 안내: <a href="https://www.sooplive.co.kr/policy/operation">SOOP 운영정책</a></div>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP HTML result table",
    why="삭제 x2 removed; 존재하지 않는 게시글 not_found; the policy link is no item",
    items={SO[1]: "removed", SO[2]: "removed", SO[3]: "not_found"})

add(name="fmkorea-url-then-decision", date=d(9, 21, 4), **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 불법촬영물 게시물 삭제 요청", reply_to_req="req-240906-05",
    body=f"""KCSC-240906-05 회신드립니다.

{FM[1]}
불법 촬영물 유포 게시물로 확인하여 삭제했고 작성자는 영구 차단했습니다.

{FM[2]}
유머 게시판의 합성 사진 게시물로, 신고 사유에 해당하지 않아 유지합니다.

에펨코리아 운영진""",
    outcome="applied", classification="confirmation",
    imitates="community-site operator reply, URL then decision on the next line",
    why="first 삭제 removed (author ban is about the account); second 유지 with reason = rejected",
    items={FM[1]: "removed", FM[2]: "rejected"})

add(name="clien-admin-prose", date=d(12, 22, 40), **{"from": "admin@clien.net"},
    name_from="클리앙 운영자",
    subject="Re: [KCSC-240909-06] 개인정보 노출 게시물", reply_to_req="req-240909-06",
    body=f"""안녕하세요, 클리앙 운영자입니다.

보내주신 게시물 두 건 확인했습니다.
모두의공원 글({CL[1]})은 삭제했고, 작성한 회원은 이용 정지했습니다.
자동차 게시판 글 {CL[2]} 는 저희가 확인하기 전에 작성자가 이미 지운 상태라 남아 있는 글이 없습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="small community admin replying in prose",
    why="URL in parentheses 삭제 = removed; author already deleted it = not_found",
    items={CL[1]: "removed", CL[2]: "not_found"})

add(name="inven-sole-item-no-url", date=d(12, 11, 11), **{"from": "support@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="RE: [KCSC-240910-07] 게시물 삭제 요청", reply_to_req="req-240910-07",
    body="""안녕하세요, 인벤 고객지원팀입니다.

요청하신 메이플스토리 게시판 게시물은 타인의 개인정보를 노출한 글로 확인되어 삭제 처리하였습니다.

감사합니다.
인벤 고객지원팀""",
    outcome="applied", classification="confirmation",
    imitates="game-community support reply to a one-item request",
    why="unhedged removal, naming no URL, in reply to a request of one item: applies to that item",
    items={IV[1]: "removed"})

# ============================== REVIEW ==============================

add(name="naver-promise-this-week", date=d(4, 10, 2), **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Re: [KCSC-240902-01] 불법 도박 정보 시정요구", reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 내부 검토를 거쳐 이번 주 중 삭제 조치될 예정입니다.

{N[1]}
{N[2]}
{N[12]}

조치가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="portal reply promising removal later (삭제 조치될 예정)",
    why="a promise is not a statement: named items stay pending",
    items={N[1]: "pending", N[2]: "pending", N[12]: "pending"})

add(name="dc-hedged-already-gone", date=d(8, 12, 19), **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청", reply_to_req="req-240903-02",
    body=f"""안녕하세요.

확인해 보니 {DC[4]} 게시물은 이미 삭제된 것으로 보이며,
{DC[5]} 역시 삭제되었을 가능성이 있습니다.

서버 기록을 확인한 뒤 정확한 결과를 다시 알려드리겠습니다.

디시인사이드 운영팀""",
    outcome="review", review="not_understood",
    imitates="operator's hedged first answer before checking logs",
    why="'삭제된 것으로 보이며' and '가능성이 있습니다' are hedges, not statements",
    items={DC[4]: "pending", DC[5]: "pending"})

add(name="fmkorea-bulk-all-deleted", date=d(8, 23, 30), **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 불법촬영물 게시물 삭제 요청", reply_to_req="req-240906-05",
    body="""안녕하세요, 에펨코리아 운영진입니다.

신고해 주신 게시물은 모두 삭제 처리했습니다.
감사합니다.""",
    outcome="review", review="bulk",
    imitates="one-line 'all deleted' reply from a community operator",
    why="a statement about all items of a two-item request without naming each: bulk",
    items={FM[1]: "pending", FM[2]: "pending"})

add(name="soop-bulk-english", date=d(7, 16, 45), **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust",
    subject="KCSC-240905-04 resolved", reply_to_req="req-240905-04",
    body="""Hello,

All of the VODs and posts listed in your request KCSC-240905-04 have been
removed from SOOP. The channel owner has received a formal warning.

Regards,
SOOP Trust team""",
    outcome="review", review="bulk",
    imitates="English 'all reported content removed' reply",
    why="three-item request, statement covers all without naming any: bulk",
    items={SO[1]: "pending", SO[2]: "pending", SO[3]: "pending"})

add(name="naver-dmarc-fail", date=d(8, 3, 17), auth="fail", **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[NAVER] KCSC-240902-01 조치 완료",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치가 완료되었습니다.
{N[1]}
{N[4]}

조치 내역 상세는 아래 링크에서 로그인 후 확인하실 수 있습니다.
http://naver-policy-result.example.net/login""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be from a portal's policy team that fails DMARC",
    why="NAVER domain but DKIM/SPF/DMARC fail: statements not trusted, items stay pending",
    items={N[1]: "pending", N[4]: "pending"})

add(name="blog-owner-gmail", date=d(6, 23, 52), **{"from": "haneul.toto.blog@gmail.com"},
    name_from="하늘 블로그",
    subject="Re: 게시물 관련",
    body=f"""안녕하세요

제 블로그 글 {N[3]} 은 제가 직접 삭제했습니다.
더 이상 연락하지 않으셨으면 합니다.""",
    outcome="review", review="unknown_sender",
    imitates="a blogger writing from a personal mailbox about their own post",
    why="not a platform domain: an unknown sender's word does not change the status",
    items={N[3]: "pending"})

add(name="soop-lookalike-domain", date=d(8, 9, 9), **{"from": "notice@sooplive-support.com"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고 처리 결과 (KCSC-240905-04)",
    body=f"""SOOP 고객센터입니다.

신고하신 VOD 2건의 삭제가 완료되었습니다.
- {SO[1]}
- {SO[2]}

상세 처리 내역은 보안을 위해 아래 페이지에서 확인해 주세요.
https://sooplive-support.com/result?case=KCSC-240905-04""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain imitating a platform's customer centre",
    why="sooplive-support.com is not a SOOP sender domain: unknown sender",
    items={SO[1]: "pending", SO[2]: "pending"})

add(name="fmkorea-about-dc-links", date=d(5, 19, 40), **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240903-02] 게시물 삭제 요청",
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

보내주신 링크는 저희 사이트가 아니라 디시인사이드 게시물입니다.
참고로 확인해 보니 아래 3건은 모두 '삭제된 게시물입니다'로 표시되며 현재 존재하지 않습니다.

{DC[2]}
{DC[3]}
{DC[4]}

요청은 디시인사이드 쪽으로 보내주셔야 할 것 같습니다.""",
    outcome="review", review="wrong_platform",
    imitates="a community operator answering a request meant for another site",
    why="FM Korea states statuses of DC Inside items: wrong platform, nothing applied",
    items={DC[2]: "pending", DC[3]: "pending", DC[4]: "pending"})

add(name="kakao-asks-for-decision", date=d(5, 10, 30), **{"from": "legal@kakaocorp.com"},
    name_from="카카오 법무지원",
    subject="Re: [KCSC-240904-03] 마약류 판매 게시물 시정요구", reply_to_req="req-240904-03",
    body=f"""안녕하세요, 카카오 법무지원 담당입니다.

요청하신 카페 게시물({DA_RAW[1]} 외 1건)에 대한 조치를 검토하기 위해
아래 자료를 회신해 주시기 바랍니다.

1. 방송통신심의위원회 의결서 사본
2. 위반 법령 및 조항

자료를 받는 대로 검토하여 조치 결과를 안내드리겠습니다.

카카오 법무지원 드림""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean platform legal team asking for the committee decision before acting",
    why="asks for documents; no status stated",
    items={DA[1]: "pending", DA[2]: "pending"})

add(name="soop-under-review", date=d(6, 14, 3), **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="Re: [KCSC-240905-04] 음란물 VOD 시정요구", reply_to_req="req-240905-04",
    body=f"""안녕하세요, SOOP 고객센터입니다.

신고하신 방송국 게시글 {SO[3]} 은
현재 담당 부서에서 검토 중이며, 검토 결과에 따라 조치될 예정입니다.

결과가 나오는 대로 다시 연락드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="customer-centre 'under review' reply naming the item",
    why="'검토 중' and '조치될 예정' are not statements: the named item stays pending",
    items={SO[3]: "pending"})

add(name="naver-contact-change", date=d(10, 9, 0), **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력",
    subject="[NAVER] 정책협력 담당자 변경 안내",
    body="""방송통신심의위원회 담당자님께,

9월 16일부터 네이버 정책협력 담당자가 변경되어 안내드립니다.
앞으로 시정요구 관련 회신은 정책협력팀 최민지 매니저가 담당하며,
기존과 같이 policy@navercorp.com 으로 보내주시면 됩니다.

그동안 협조해 주셔서 감사합니다.
네이버 정책협력팀 드림""",
    outcome="review", review="no_claims",
    imitates="portal liaison contact-change notice",
    why="trusted NAVER mail naming no item and no request",
    items={})

# ============================== IGNORED ==============================

add(name="naver-out-of-office-korean", date=d(3, 10, 1), **{"from": "junho.lee@navercorp.com"},
    name_from="이준호",
    subject="[부재중] Re: [KCSC-240902-01] 불법 도박 정보 시정요구", reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 이준호입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
메일은 복귀 후 확인하여 회신드리겠습니다.
급한 용무는 policy@navercorp.com 으로 연락해 주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply, nothing about items",
    items={})

add(name="kakao-out-of-office-with-quote", date=d(4, 10, 0, 30), **{"from": "minsu.han@kakaocorp.com"},
    name_from="Minsu Han",
    subject="Automatic reply: [KCSC-240904-03] 마약류 판매 게시물 시정요구", reply_to_req="req-240904-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""I am out of the office until 9 September with limited access to email.
For urgent matters please contact legal@kakaocorp.com.

한민수 드림 / Minsu Han

> [KCSC-240904-03] 아래 게시물의 삭제를 요청드립니다.
> {DA[1]}
> {DA[2]}
> {DA[3]}
> {DA[4]}""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' quoting the original request",
    why="out-of-office auto-reply; the URLs are only our quoted request",
    items={})

bounce_report = """Reporting-MTA: dns; mx.clien.net
Arrival-Date: Fri, 13 Sep 2024 09:00:02 +0900

Final-Recipient: rfc822; report@clien.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@clien.net>: Recipient address rejected: User unknown
"""
add(name="clien-dsn-user-unknown", date=d(13, 9, 0, 5), **{"from": "MAILER-DAEMON@mx.clien.net"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b753_dsn"

--=_b753_dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.clien.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@clien.net>: host mx.clien.net said: 550 5.1.1 User unknown

--=_b753_dsn
Content-Type: message/delivery-status

{bounce_report}
--=_b753_dsn
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: report@clien.net
Subject: [KCSC-240909-06] 개인정보 노출 게시물 삭제 요청 (재안내)
Date: Fri, 13 Sep 2024 09:00:00 +0900
Message-ID: <reminder-240909-06.1@kcsc.example>

--=_b753_dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) for a reminder",
    why="delivery failure report, says nothing about items",
    items={})

add(name="dc-read-receipt", date=d(4, 9, 40), **{"from": "jiwon.choi@dcinside.com"},
    name_from="최지원",
    subject="읽음: [KCSC-240903-02] 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b753_mdn"

--=_b753_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

제목: [KCSC-240903-02] 게시물 삭제 요청
읽은 시간: 2024-09-04 09:40

--=_b753_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; jiwon.choi@dcinside.com
Original-Message-ID: <req-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b753_mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="read receipt only",
    items={})

add(name="soop-ticket-receipt", date=d(5, 10, 7), **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 1:1 문의가 접수되었습니다", reply_to_req="req-240905-04",
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 1:1 문의가 정상적으로 접수되었습니다.

접수번호: CS-20240905-004127
문의 유형: 신고/제재 > 게시물 신고

답변은 영업일 기준 3일 이내에 등록된 메일로 보내드립니다.
문의 내역은 SOOP 고객센터 > 나의 문의에서 확인하실 수 있습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (1:1 문의 접수)",
    why="pure acknowledgement with a ticket number",
    items={})

add(name="naver-report-received", date=d(2, 15, 12), **{"from": "inoti@naver.com"},
    name_from="네이버 게시중단요청서비스",
    subject="[네이버] 게시중단 요청이 접수되었습니다 (KCSC-240902-01)",
    body="""네이버 게시중단요청서비스입니다.

요청하신 내용이 정상적으로 접수되었습니다.
접수번호: PS-2024090212-3371

접수된 게시물은 담당자의 심사를 거쳐 처리되며, 결과는 메일로 안내드립니다.
진행 상황은 게시중단요청서비스 마이페이지에서 확인하실 수 있습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 mail",
    why="receipt only; promises a later result",
    items={})

add(name="nate-inquiry-received", date=d(5, 16, 20), **{"from": "helpdesk@nate.com"},
    name_from="네이트 고객센터",
    subject="[네이트 고객센터] 문의하신 내용이 접수되었습니다",
    body="""안녕하세요, 네이트 고객센터입니다.

문의하신 내용이 접수되었습니다. (접수번호 N2409-55120)
순차적으로 확인 후 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Nate customer-centre receipt",
    why="pure acknowledgement from a platform with no request in this set",
    items={})


HEADER = """# Blind set 753 (tests/corpus/blind753): Korean portals and community sites,
# Korean and English mixed, with doubtful and ignorable mail.
# Written by tests/corpus/blind753/make.py; expected results come from each
# email's meaning alone, written before the reader was run on this set."""

# Display names and subjects as real mailers send them: RFC 2047 encoded
# words (base64 for most, Q for a few); a few subjects stay raw UTF-8
# (RFC 6532), as some Korean webmail systems send them.
RAW_SUBJECT = {"dc-url-then-result-below", "clien-admin-prose", "fmkorea-url-then-decision"}
Q_SUBJECT = {"naver-correction-result-table", "daum-temporary-measure"}


def encode_headers(c):
    if not c.get("name_from", "").isascii():
        c["name_from"] = Header(c["name_from"], "utf-8").encode()
    if not c["subject"].isascii() and c["name"] not in RAW_SUBJECT:
        enc = "q" if c["name"] in Q_SUBJECT else "b"
        cs = email.charset.Charset("utf-8")
        cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
        c["subject"] = Header(c["subject"], cs, header_name="Subject").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind753", HEADER, cases)
    print(f"blind753: {len(cases)} cases")
