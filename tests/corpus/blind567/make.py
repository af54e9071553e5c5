#!/usr/bin/env python3
"""Blind set 567: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Inven as a wrong platform),
mixing Korean and English, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind567/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader. All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
N = [
    "https://blog.naver.com/moonlit_ferry/223561000101",
    "https://blog.naver.com/moonlit_ferry/223561000117",
    "https://blog.naver.com/gray_pebble77/223560442810",
    "https://m.blog.naver.com/gray_pebble77/223560443002",
    "https://cafe.naver.com/quietstreamcafe/48211",
    "https://cafe.naver.com/quietstreamcafe/48230",
    "https://cafe.naver.com/quietstreamcafe/48302",
    "https://cafe.naver.com/saltwindmarket/102933",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&docId=470011223",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&docId=470011298",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38812045&memberNo=55120931",
    "https://tv.naver.com/v/61044820",
    "https://blog.naver.com/lantern_owl/223562115590",
    "https://cafe.naver.com/saltwindmarket/103011",
]
D_RAW3 = "https://mulgyeol-note.tistory.com/entry/새벽-장터-후기"
D = [
    "https://cafe.daum.net/pinehollow/Ab3x/1187",
    "https://cafe.daum.net/pinehollow/Ab3x/1192",
    "https://mulgyeol-note.tistory.com/entry/%EC%83%88%EB%B2%BD-%EC%9E%A5%ED%84%B0-%ED%9B%84%EA%B8%B0",
    "https://ripple-garden.tistory.com/58",
]
DC = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9104432",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9104511",
    "https://gall.dcinside.com/mgallery/board/view/?id=quietharbor&no=20871",
    "https://gall.dcinside.com/mgallery/board/view/?id=quietharbor&no=20904",
    "https://gall.dcinside.com/mini/board/view/?id=paperlantern&no=3312",
]
S = [
    "https://vod.sooplive.co.kr/player/130552871",
    "https://vod.sooplive.co.kr/player/130553040",
    "https://ch.sooplive.co.kr/driftwood77/post/98120044",
]
F = [
    "https://www.fmkorea.com/7345120988",
    "https://www.fmkorea.com/7345139021",
]
C = ["https://www.clien.net/service/board/park/18823410"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8840213",
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8840377",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4410982",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00", N,
     "불법정보", "req-240902-01@kcsc.example", "blog, cafe, Knowledge iN, Post and TV; the largest request"),
    ("KCSC-240903-02", "daum", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", D,
     "명예훼손", "req-240903-02@kcsc.example", "Daum cafe and Tistory (one Korean-slug entry)"),
    ("KCSC-240904-03", "dcinside", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00", DC,
     "불법정보", "req-240904-03@kcsc.example", "gallery, minor gallery and mini gallery posts"),
    ("KCSC-240905-04", "soop", "2024-09-05T15:30:00+09:00", "2024-09-12T23:59:59+09:00", S,
     "음란·선정", "req-240905-04@kcsc.example", "two VODs and one channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", F,
     "도박", "req-240909-05@kcsc.example", "\"toto\" promotion posts"),
    ("KCSC-240910-06", "clien", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", C,
     "개인정보", "req-240910-06@kcsc.example", "one post"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T10:30:00+09:00", "2024-09-18T23:59:59+09:00", P,
     "불법정보", "req-240911-07@kcsc.example", "free board, phone board"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def part(body, sub="plain", cte="8bit", extra=""):
    raw = body.strip("\n") + "\n"
    if cte == "base64":
        enc = base64.encodebytes(raw.encode("utf-8")).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw.encode("utf-8")).decode("ascii")
    else:
        enc = raw
    return f"Content-Type: text/{sub}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n{extra}\n{enc}"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def attachment(data, ctype, filename, extra=""):
    enc = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{filename}"{extra}\n\n{enc}')


def html_escape(s):
    return s.replace("&", "&amp;")


def numbered(urls, prefix="> "):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


NAVER_REQUEST_BODY = (
    "수신: 네이버 정책지원팀\n"
    "제목: 불법정보 시정요구 (KCSC-240902-01)\n"
    "\n"
    "아래 14건의 정보는 정보통신망법상 불법정보에 해당하여 시정요구(삭제)를 통보합니다.\n"
    "2024. 9. 9.까지 조치결과를 회신하여 주시기 바랍니다.\n"
    "\n"
)

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="naver-kcsc-result-table-html",
    **{"from": "safety@navercorp.com"}, name_from="NAVER 게시중단 담당",
    date=d(5, 16, 20, 11), subject="[NAVER] 시정요구(KCSC-240902-01) 조치결과 회신",
    reply_to_req="req-240902-01", type="html",
    body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 게시중단 담당자입니다.</p>
<p>방송통신심의위원회에서 통보하신 시정요구(KCSC-240902-01) 건의 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eeeeee"><th>순번</th><th>URL</th><th>서비스</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="%s">%s</a></td><td>블로그</td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="%s">%s</a></td><td>블로그</td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="%s">%s</a></td><td>블로그</td><td>임시조치</td><td>2024.09.04</td></tr>
<tr><td>4</td><td><a href="%s">%s</a></td><td>블로그</td><td>게시중단</td><td>2024.09.04</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>카페</td><td>블라인드</td><td>2024.09.05</td></tr>
<tr><td>6</td><td><a href="%s">%s</a></td><td>카페</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>7</td><td><a href="%s">%s</a></td><td>카페</td><td>국내 접근 제한</td><td>2024.09.05</td></tr>
<tr><td>8</td><td><a href="%s">%s</a></td><td>카페</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>9</td><td><a href="%s">%s</a></td><td>지식iN</td><td>비공개 처리</td><td>2024.09.05</td></tr>
<tr><td>10</td><td><a href="%s">%s</a></td><td>지식iN</td><td>조치 불가(운영정책 위반 아님)</td><td>-</td></tr>
</table>
<p>나머지 4건은 서비스 담당 부서에서 확인 중이며, 확인되는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>NAVER 게시중단 담당 드림</p>
</body></html>""" % tuple(x for u in N[:10] for x in (html_escape(u), html_escape(u))),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 HTML table (삭제/임시조치/게시중단/블라인드/게시물 없음/조치 불가)",
    why="trusted NAVER table, one status per URL; 임시조치 and 국내 접근 제한 are restrictions, 게시물 없음 not_found, 조치 불가 a refusal",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "removed",
           N[5]: "not_found", N[6]: "restricted", N[7]: "removed", N[8]: "removed", N[9]: "rejected"},
)

CSV_ATT = ("\ufeff순번,URL,조치결과,비고\n"
           f"11,{N[10]},삭제,\n"
           f"12,{N[11]},연령 제한(19세 이상),청소년 유해 표시\n"
           f"13,{N[12]},게시물 없음,작성자 삭제\n"
           f"14,{N[13]},삭제,\n")
case(
    name="naver-csv-attachment-remaining",
    **{"from": "report@navercorp.com"}, date=d(6, 11, 2, 40),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 잔여 4건 조치결과",
    reply_to_req="req-240902-01",
    raw_mime=multipart("mixed", "----=_NvMix_7f31a0", [
        part("안녕하세요.\n\n지난 회신에서 확인 중으로 안내드린 4건의 조치결과를 첨부 CSV 파일로 송부드립니다.\n"
             "확인 부탁드립니다.\n\nNAVER 정책지원팀"),
        attachment(CSV_ATT.encode("utf-8"), "text/csv; charset=utf-8", "KCSC-240902-01_result.csv"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal compliance team sending a 조치결과 spreadsheet as a CSV attachment (UTF-8 with BOM, Excel style)",
    why="CSV rows: 삭제 -> removed, 19세 이상 연령 제한 -> restricted, 게시물 없음 (author deleted) -> not_found",
    items={N[10]: "removed", N[11]: "restricted", N[12]: "not_found", N[13]: "removed"},
)

case(
    name="naver-cafe-blind-prose",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책 담당",
    date=d(5, 9, 47, 3), subject="Re: [KCSC-240902-01] 카페 게시물 조치 결과 안내",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 네이버 카페 운영정책 담당자입니다.

요청하신 카페 게시물에 대한 처리 결과를 안내드립니다.

아래 2건은 운영정책 위반(불법정보)으로 확인되어 블라인드 처리되었습니다.
- {N[4]}
- {N[5]}

아래 1건은 요청 접수 전에 작성자가 직접 삭제한 게시물로, 현재 존재하지 않습니다.
- {N[6]}

블라인드 처리된 게시물은 카페 멤버에게도, 검색 결과에도 더 이상 노출되지 않습니다.

감사합니다.
네이버 카페 운영정책 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영정책 notice: 블라인드 처리 and a post already deleted by its author",
    why="two URLs under a 블라인드 sentence (removed), one under 'deleted by its author before the request' (not_found)",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

case(
    name="naver-gmail-top-posted-partial",
    **{"from": "seoyun.lee@navercorp.com"}, name_from="이서윤",
    date=d(3, 17, 5, 52), subject="Re: 불법정보 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요.
요청 건 중 saltwindmarket 카페 2건이 먼저 처리되어 알려드립니다.

{N[7]} - 삭제 완료
{N[13]} - 삭제 완료

나머지는 서비스별 담당 부서에서 회신 예정입니다.

네이버 정책지원팀 이서윤 드림

2024년 9월 2일 (월) 오후 2:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{chr(10).join('> ' + l if l else '>' for l in NAVER_REQUEST_BODY.rstrip(chr(10)).split(chr(10)))}
>
{numbered(N)}
>
> 방송통신심의위원회 통신심의팀
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal policy staffer over the quoted 시정요구",
    why="two 삭제 완료 lines above the quote; the 14 quoted URLs are the regulator's own text and change nothing",
    items={N[7]: "removed", N[13]: "removed", N[0]: "pending", N[11]: "pending"},
)

case(
    name="naver-kin-english-restricted-and-kept",
    **{"from": "kin_policy@navercorp.com"}, name_from="NAVER Knowledge iN Policy",
    date=d(6, 15, 31, 9), subject="Re: KCSC-240902-01 - Knowledge iN entries",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC team,

Regarding the two Knowledge iN entries in your request KCSC-240902-01:

1) {N[8]}
We have restricted this question so that it is only visible to logged-in users
who have verified that they are 19 or older.

2) {N[9]}
After review, this answer does not violate the Knowledge iN operating policy or
Korean law, so it remains available. If the Commission has a deliberation
decision that covers it, please send it to us and we will look at it again.

Best regards,
Park Jiho
NAVER Knowledge iN Policy
""",
    outcome="applied", classification="confirmation",
    imitates="English reply from a portal's Q&A service policy desk: age gate on one entry, refusal with reason on the other",
    why="19+ age gate -> restricted; 'does not violate ... remains available' -> rejected (the offer to look again is not a promise about status)",
    items={N[8]: "restricted", N[9]: "rejected"},
)

case(
    name="naver-tv-and-post-arrows",
    **{"from": "tv_help@navercorp.com"}, name_from="네이버TV 고객센터",
    date=d(6, 10, 14, 27), subject="[네이버TV/포스트] KCSC-240902-01 처리 결과",
    body=f"""안녕하세요. 네이버TV·포스트 고객센터입니다.
KCSC-240902-01로 요청하신 2건의 처리 결과입니다.

■ 네이버TV 클립
{N[11]}
→ 대한민국 내 접속 차단

■ 네이버 포스트
{N[10]}
→ 비공개 처리 완료

문의 사항은 본 메일로 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal customer-centre result mail with ■ headings and → result lines",
    why="접속 차단 limited to Korea -> restricted; 비공개 처리 -> removed",
    items={N[11]: "restricted", N[10]: "removed"},
)

case(
    name="naver-blog-qp-korean",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 고객센터",
    date=d(4, 13, 8, 44), subject="Re: [KCSC-240902-01] 블로그 게시물 처리 결과",
    reply_to_req="req-240902-01",
    raw_mime=part(f"""안녕하세요, 네이버 블로그 고객센터입니다.
KCSC-240902-01 요청 중 블로그 게시물 2건의 처리 결과를 안내드립니다.

1. {N[12]}
   처리 결과: 삭제

2. {N[2]}
   처리 결과: 임시조치 (정보통신망법 제44조의2에 따라 30일간 접근 제한)

게시자에게는 조치 사실과 이의제기 방법이 안내되었습니다.

감사합니다.
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog customer-centre reply, quoted-printable Korean body, numbered URLs with 처리 결과 lines",
    why="삭제 -> removed; 임시조치 (30-day access restriction) -> restricted",
    items={N[12]: "removed", N[2]: "restricted"},
)

case(
    name="naver-english-url-below-statement",
    **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(5, 18, 2, 15), subject="KCSC-240902-01: blog posts",
    body=f"""Hello,

Following up on KCSC-240902-01.

The following blog posts have been removed for violating our policy on illegal
content:
{N[3]}
{N[0]}

We could not locate the following post. The entry number does not exist on this
blog:
{N[1]}

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply: statement line ending in ':' with the URLs on the lines below",
    why="two URLs below 'have been removed' -> removed; the one below 'could not locate ... does not exist' -> not_found",
    items={N[3]: "removed", N[0]: "removed", N[1]: "not_found"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "dohyun.kim@navercorp.com"}, name_from="김도현",
    date=d(4, 9, 12, 30), subject="RE: 불법정보 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""담당자님 안녕하세요.

요청하신 건 중 moonlit_ferry 블로그 2건의 확인 결과를 회신드립니다.
- {N[0]} : 삭제 조치 완료
- {N[1]} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 건은 확인 후 다시 연락드리겠습니다.

감사합니다.
NAVER 법무지원 김도현

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: 불법정보 시정요구 (KCSC-240902-01)

{NAVER_REQUEST_BODY}{numbered(N, prefix='')}

방송통신심의위원회 통신심의팀
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a portal legal-support staffer above '-----Original Message-----' and the unquoted request",
    why="two stated items above the original message; the request's own list below it is not a statement",
    items={N[0]: "removed", N[1]: "not_found", N[4]: "pending"},
)

case(
    name="naver-statement-of-reasons-english",
    **{"from": "notice@navercorp.com"}, name_from="NAVER Content Moderation",
    date=d(6, 20, 40, 0), subject="Notice of decision - your request KCSC-240902-01",
    body=f"""NOTICE OF DECISION

Requester: Korea Communications Standards Commission (takedown@kcsc.example)
Your reference: KCSC-240902-01

Item 1
Content: {N[7]}
Decision: Removed
Ground: Illegal information under Article 44-7 of the Information and
Communications Network Act
Automated means used: No

Item 2
Content: {N[13]}
Decision: No action taken. The post does not infringe our policies or the law
and remains accessible.
Automated means used: No

You may contest this decision by replying to this message.
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style decision notice (DSA-like fields: content, decision, ground, automated means)",
    why="Decision: Removed -> removed; 'No action taken ... remains accessible' -> rejected",
    items={N[7]: "removed", N[13]: "rejected"},
)

case(
    name="naver-temporary-measure-then-deletion",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date=d(4, 16, 55, 1), subject="[네이버 권리보호센터] 임시조치 결과 안내 (KCSC-240902-01)",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물
{N[2]}
에 대하여 임시조치(30일)를 하였습니다.

게시자가 30일 이내에 재게시를 요청하지 않으면 해당 게시물은 삭제될 예정입니다.
재게시 요청이 접수되는 경우 관련 절차에 따라 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (30 days, deletion if the author does not ask for repost)",
    why="임시조치 done now -> restricted; the later deletion is only a promise and does not make it removed",
    items={N[2]: "restricted"},
)

case(
    name="daum-tistory-korean-path",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(5, 14, 3, 20), subject="[카카오] 권리침해신고 처리 결과 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.
요청번호 KCSC-240903-02 관련 티스토리 게시물 처리 결과를 알려드립니다.

[대상 게시물]
{D_RAW3}
[처리 결과]
게시중단

[대상 게시물]
{D[3]}
[처리 결과]
게시자가 요청 접수 전에 글을 삭제하여 확인되지 않습니다.

카카오는 정보통신망법 및 운영정책에 따라 권리침해 신고를 처리하고 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result mail for Tistory entries, Korean-slug URL written raw",
    why="raw Korean path equals the percent-encoded URL; 게시중단 -> removed; deleted by its author before the request -> not_found",
    items={D[2]: "removed", D[3]: "not_found"},
)

case(
    name="daum-cafe-numbered-blind-and-kept",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date=d(4, 11, 26, 8), subject="Re: [KCSC-240903-02] 카페 게시글 처리 결과",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

1. {D[0]} — 블라인드 처리 완료
2. {D[1]} — 검토 결과 불법정보에 해당하지 않는 것으로 판단되어 게시를 유지합니다.

티스토리 게시물 2건은 권리침해신고센터에서 따로 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with a numbered list, em-dash results",
    why="블라인드 -> removed; 불법정보 아님, 게시 유지 -> rejected",
    items={D[0]: "removed", D[1]: "rejected"},
)

case(
    name="daum-base64-three-results",
    **{"from": "noreply-right@kakaocorp.com"}, name_from="Daum 권리침해신고센터",
    date=d(6, 9, 0, 5), subject="[Daum] 게시중단 요청 처리 결과 안내",
    raw_mime=part(f"""[Daum 권리침해신고센터] 처리 결과 안내

요청번호: KCSC-240903-02

• {D[0]} : 삭제
• {D[1]} : 임시조치 (30일간 접근 차단)
• {D[2]} : 삭제

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
""", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 system result mail, base64 UTF-8 body, bullet list",
    why="삭제 -> removed (twice); 임시조치 (30-day access block) -> restricted",
    items={D[0]: "removed", D[1]: "restricted", D[2]: "removed"},
)

case(
    name="dc-operator-deleted-prose",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(5, 15, 12, 0), subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req="req-240904-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
시정요구(KCSC-240904-03) 건 확인하였습니다.

주식 갤러리 게시물 {DC[0]} 와 {DC[1]} 는 운영자 삭제 처리하였으며, 작성자 IP에 대해서도 차단 조치하였습니다.

{DC[2]} 은 조회 시 '존재하지 않는 게시물입니다'로 확인되어 별도 조치가 불가합니다.

나머지 2건은 갤러리 매니저와 확인 후 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply in prose: 운영자 삭제 and a '존재하지 않는 게시물' page",
    why="two URLs in one 운영자 삭제 sentence -> removed; the third 'does not exist' -> not_found; the rest is a promise naming nothing",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 17, 45, 33), subject="Re: [KCSC-240904-03] 게시물 삭제 요청 (잔여 2건)",
    reply_to_req="req-240904-03",
    body=f"""잔여 2건 처리 결과 회신드립니다.

{DC[3]}
삭제 완료

{DC[4]}
삭제 불가 - 검토 결과 운영원칙 위반 사항이 확인되지 않아 유지됩니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse community-site moderator reply: bare URL, status on the next line",
    why="삭제 완료 -> removed; 삭제 불가, no violation, kept -> rejected",
    items={DC[3]: "removed", DC[4]: "rejected"},
)

DC_ROWS = [(DC[0], "삭제"), (DC[1], "삭제"), (DC[2], "게시물 없음"),
           (DC[3], "성인인증 게시물로 전환 (19세 미만 열람 제한)"), (DC[4], "삭제")]
case(
    name="dc-html-table-alternative",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(9, 10, 30, 0), subject="[디시인사이드] KCSC-240904-03 조치 결과",
    reply_to_req="req-240904-03",
    raw_mime=multipart("alternative", "dc-alt-20240909", [
        part("KCSC-240904-03 조치 결과\n\n" + "\n".join(f"{i}. {u}\t{r}" for i, (u, r) in enumerate(DC_ROWS, 1))
             + "\n\n디시인사이드 운영팀"),
        part("<html><body><p>KCSC-240904-03 조치 결과</p>\n<table border=\"1\">\n<tr><th>No</th><th>게시물</th><th>결과</th></tr>\n"
             + "\n".join(f"<tr><td>{i}</td><td><a href=\"{html_escape(u)}\">{html_escape(u)}</a></td><td>{r}</td></tr>"
                         for i, (u, r) in enumerate(DC_ROWS, 1))
             + "\n</table>\n<p>디시인사이드 운영팀</p></body></html>", sub="html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="DC Inside result mail, multipart/alternative with a tab-separated text part and an HTML table",
    why="삭제 -> removed; 게시물 없음 -> not_found; 성인인증 전환 (no viewing under 19) -> restricted",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found", DC[3]: "restricted", DC[4]: "removed"},
)

case(
    name="soop-english-vod-actions",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(6, 19, 10, 0), subject="Re: KCSC-240905-04 - VOD review result",
    reply_to_req="req-240905-04",
    body=f"""Hello KCSC,

Thank you for your request KCSC-240905-04. Here is what we did:

- VOD {S[0]} has been deleted, and the streamer received a 7-day broadcast suspension.
- VOD {S[1]} has been set to 19+ (adult verification is now required to watch it).

We are still looking at the channel post you listed and will write again.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (AfreecaTV) trust-and-safety reply in English: VOD deleted with a streamer suspension, VOD set to 19+",
    why="deleted -> removed; set to 19+ -> restricted; the channel post is only 'still looking', not named",
    items={S[0]: "removed", S[1]: "restricted"},
)

case(
    name="soop-korean-angle-bracket-particle",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(9, 14, 22, 10), subject="[SOOP] 방송국 게시글 처리 결과 안내 (KCSC-240905-04)",
    body=f"""안녕하세요, SOOP 고객센터입니다.

요청하신 방송국 게시글<{S[2]}>은 운영정책(음란·선정성) 위반으로 삭제 처리되었습니다.
해당 스트리머에게는 경고 1회가 부여되었습니다.

더 궁금하신 점은 고객센터 1:1 문의를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre notice; URL in angle brackets glued to a Korean particle",
    why="one named post, 삭제 처리되었습니다 -> removed",
    items={S[2]: "removed"},
)

case(
    name="soop-receipt-plus-results-table",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 신고센터",
    date=d(10, 8, 55, 41), subject="[SOOP] 신고 처리 결과 안내 (접수번호 SP-2409-55821)",
    reply_to_req="req-240905-04",
    body=f"""[SOOP] 신고 처리 결과 안내

접수번호: SP-2409-55821
요청기관 참조번호: KCSC-240905-04

신고가 정상적으로 접수되어 아래와 같이 처리되었습니다.

신고 대상                                              | 처리 결과
{S[0]}           | VOD 삭제
{S[1]}           | VOD 삭제
{S[2]}   | 위반 사항 없음 (게시 유지)

처리 결과에 이의가 있으신 경우 접수번호와 함께 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system result mail: receipt wording ('정상적으로 접수') followed by a text table of outcomes",
    why="receipt phrase plus unhedged per-item results is a confirmation, not an acknowledgement",
    items={S[0]: "removed", S[1]: "removed", S[2]: "rejected"},
)

case(
    name="fmkorea-admin-prose",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d(10, 21, 3, 12), subject="Re: [KCSC-240909-05] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

요청 주신 2건 확인했습니다.
{F[0]} 글은 삭제했고 작성자는 영구 이용정지 처리했습니다.
{F[1]} 글은 스포츠 뉴스 기사 링크를 공유한 글로, 사이트 규정이나 법령 위반으로 보기 어려워 삭제하지 않았습니다.

추가 자료가 있으시면 보내주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply in Korean prose, one deletion and one refusal with its reason",
    why="삭제했고 -> removed; 위반으로 보기 어려워 삭제하지 않았습니다 -> rejected (the doubt is about the rule, the outcome is stated)",
    items={F[0]: "removed", F[1]: "rejected"},
)

case(
    name="fmkorea-fullwidth-punctuation",
    **{"from": "support@fmkorea.com"}, name_from="FM Korea",
    date=d(11, 9, 15, 0), subject="KCSC-240909-05 처리 결과",
    reply_to_req="req-240909-05",
    body=f"""KCSC-240909-05 처리 결과 안내드립니다。

１．게시물（{F[0]}）은 삭제되었습니다。
２．게시물（{F[1]}）도 삭제되었습니다。

감사합니다。
에펨코리아 고객지원
""",
    outcome="applied", classification="confirmation",
    imitates="Korean mail typed with full-width digits, parentheses and full stops around the URLs",
    why="both URLs in full-width parentheses with 삭제되었습니다 -> removed",
    items={F[0]: "removed", F[1]: "removed"},
)

case(
    name="clien-sole-statement-no-url",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영팀",
    date=d(11, 16, 48, 0), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body="""안녕하세요. 클리앙 운영팀입니다.

보내주신 시정요구 건(KCSC-240910-06)의 해당 게시물은 확인 후 삭제 처리하였습니다.
작성자에게는 운영규칙에 따라 이용 제한이 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply naming the reference only ('해당 게시물 ... 삭제 처리')",
    why="one-item request; the sole unhedged statement about 'the post' applies to it",
    items={C[0]: "removed"},
)

case(
    name="clien-english-kept-up",
    **{"from": "help@clien.net"}, name_from="Clien Operations",
    date=d(12, 10, 2, 18), subject="Your report KCSC-240910-06",
    body=f"""Hello,

We looked at {C[0]} which you reported under KCSC-240910-06.

The post is a member's opinion about a public policy and it does not break
Clien's rules or any law we are aware of. We are leaving it up.

If the Commission adopts a formal correction decision for this post, please
send us the decision document.

Clien operations
""",
    outcome="applied", classification="confirmation",
    imitates="English moderator refusal with reason ('does not break our rules ... leaving it up')",
    why="explicit refusal with reason -> rejected; the closing request for a decision is conditional and changes nothing",
    items={C[0]: "rejected"},
)

case(
    name="ppomppu-wrapped-angle-urls",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=d(12, 14, 30, 0), subject="Re: [KCSC-240911-07] 시정요구",
    reply_to_req="req-240911-07",
    body="""안녕하세요 뽐뿌 운영팀입니다.
요청하신 게시물 처리 결과입니다.

<https://www.ppomppu.co.kr/zboard/view.php?
id=freeboard&no=8840213> 삭제

<https://www.ppomppu.co.kr/zboard/view.php?
id=freeboard&no=8840377> 삭제

<https://www.ppomppu.co.kr/zboard/view.php?
id=phone&no=4410982> 해당 번호의 게시물이 존재하지 않습니다 (작성자가 이미 삭제)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="reply from a mail client that wraps long URLs inside angle brackets (RFC 3986 appendix C)",
    why="each wrapped <URL> followed by its result: 삭제 -> removed (two), does not exist / author deleted -> not_found",
    items={P[0]: "removed", P[1]: "removed", P[2]: "not_found"},
)

case(
    name="ppomppu-echoed-report-blocks",
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 신고센터",
    date=d(13, 11, 20, 0), subject="[뽐뿌] 신고 처리 결과 안내 (KCSC-240911-07)",
    body=f"""[신고 처리 결과 안내]
KCSC-240911-07 관련 신고 3건의 처리 결과입니다.

────────────────
신고번호: 2409-77120
신고 대상: {P[0]}
신고 사유: 불법정보(정보통신망법 위반)
처리 결과: 게시물 삭제
────────────────
신고번호: 2409-77121
신고 대상: {P[1]}
신고 사유: 불법정보(정보통신망법 위반)
처리 결과: 해당 게시물 없음
────────────────
신고번호: 2409-77122
신고 대상: {P[2]}
신고 사유: 불법정보(정보통신망법 위반)
처리 결과: 게시 유지 (규정 위반 아님)
────────────────

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system mail echoing each report (target, reason) with its 처리 결과 line",
    why="echoed report blocks, each with its own result: removed, not_found, rejected",
    items={P[0]: "removed", P[1]: "not_found", P[2]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="naver-will-act-after-review",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(3, 10, 5, 0), subject="Re: 불법정보 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. NAVER 정책지원팀입니다.

요청하신 게시물 중
{N[0]}
{N[1]}
2건은 담당 부서에서 검토 중이며, 검토가 끝나는 대로 삭제 등 필요한 조치를 취할 예정입니다.

나머지 건도 순차적으로 확인하고 있습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="portal interim reply: items under review, action promised",
    why="'검토 중 ... 조치를 취할 예정' is a promise, not a statement: items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="daum-hedge-may-already-be-gone",
    **{"from": "global-support@kakaocorp.com"}, name_from="Kakao Global Support",
    date=d(4, 17, 40, 0), subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi,

About {D[0]} from your request KCSC-240903-02: when our team opened the link,
it looked like the post may already have been taken down, but we have not been
able to confirm this with the cafe's manager yet.

We have not taken any action on it ourselves so far.

Kakao Global Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="English support reply hedging about a post's state ('may already have been taken down')",
    why="a hedge is not a statement; the item stays pending and a person reads it",
    items={D[0]: "pending"},
)

case(
    name="naver-all-done-no-urls",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(9, 9, 30, 0), subject="RE: [KCSC-240902-01] 조치 완료",
    reply_to_req="req-240902-01",
    body="""안녕하세요.

KCSC-240902-01 건으로 요청하신 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
NAVER 정책지원팀
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all done' reply to a multi-item 시정요구",
    why="'모두 삭제' for a 14-item request without naming any item: bulk review, items pending",
    items={u: "pending" for u in N},
)

case(
    name="dc-forged-auth-fail",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀", auth="fail",
    date=d(5, 2, 14, 9), subject="Re: [KCSC-240904-03] 처리 완료",
    body=f"""디시인사이드 운영팀입니다.
요청하신 게시물
{DC[0]}
{DC[1]}
모두 삭제 완료했습니다.
""",
    outcome="review", review="untrusted",
    imitates="mail claiming DC Inside's address whose DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: statements are not applied",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="cafe-manager-from-gmail",
    **{"from": "quietstream.manager@gmail.com"}, name_from="조용한개울 카페 매니저",
    date=d(4, 22, 11, 0), subject="카페 게시글 삭제했습니다 (KCSC-240902-01)",
    body=f"""안녕하세요, 네이버 카페 '조용한개울' 매니저입니다.

네이버에서 연락 받고 저희 카페 게시글
{N[4]}
확인 후 제가 직접 삭제했습니다.

앞으로 비슷한 글이 올라오지 않도록 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (not the platform) writing from a webmail address",
    why="sender is not a platform domain, however plausible: unknown_sender, nothing applied",
    items={N[4]: "pending"},
)

case(
    name="inven-not-our-post",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date=d(10, 13, 5, 0), subject="Re: 게시물 삭제 요청 건",
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

요청하신 {F[0]} 게시물은 인벤에서 확인되지 않습니다.
인벤 서비스의 게시물이 아닌 것으로 보이니, 해당 사이트 운영자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="misaddressed request answered by another community site ('not found on our service')",
    why="Inven speaking about an FM Korea item: its 'not found' is about its own site, not a status for FM Korea",
    items={F[0]: "pending"},
)

case(
    name="soop-under-review-english",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(6, 9, 12, 0), subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Hello,

We have received KCSC-240905-04. The two VODs
{S[0]}
{S[1]}
are currently under review by our content policy team. We expect to complete
the review within 5 business days and will update you with the outcome.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="trust-and-safety interim reply: named items 'under review'",
    why="'under review' naming items is not a statement; items pending, a person reads it",
    items={S[0]: "pending", S[1]: "pending"},
)

case(
    name="naver-policy-announcement",
    **{"from": "notice@navercorp.com"}, name_from="NAVER",
    date=d(12, 10, 0, 0), subject="[NAVER] 불법촬영물 등 신고 창구 변경 안내",
    body="""안녕하세요, NAVER입니다.

2024년 10월 1일부터 불법촬영물 등 유통방지 관련 기관 요청 접수 창구가
별도 전용 양식으로 변경됩니다.

- 변경 전: 이메일 접수
- 변경 후: 기관 전용 신고 양식 접수 (이메일은 보조 수단으로 유지)

자세한 내용은 기관 담당자용 안내 페이지를 참고해 주시기 바랍니다.
https://help.naver.com/service/30016/contents/24091

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal announcement to institutional reporters about a new reporting channel",
    why="trusted NAVER mail naming no requested item and no request; its help-page link is not an item",
    items={},
)

case(
    name="ppomppu-reply-before-request",
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 신고센터",
    date=d(10, 17, 5, 0), subject="[뽐뿌] 신고하신 게시물 처리 안내",
    body=f"""회원님, 안녕하세요. 뽐뿌 신고센터입니다.

신고하신 게시물 {P[0]} 은 운영자 확인 후 삭제되었습니다.

건전한 커뮤니티를 위해 협조해 주셔서 감사합니다.
""",
    outcome="review", review="predates_request",
    imitates="site report-form outcome mail, dated the day before the formal request was sent",
    why="dated 10 Sep 17:05, before KCSC-240911-07 was sent (11 Sep 10:30): answers an earlier site report, a person decides",
    items={P[0]: "pending"},
)

case(
    name="fmkorea-asks-for-decision-copy",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d(9, 15, 47, 0), subject="Re: [KCSC-240909-05] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

보내주신 요청(KCSC-240909-05)의 게시물 2건
{F[0]}
{F[1]}
처리를 위해 위원회 의결서 사본과 해당 게시물이 위반하는 법 조항을 회신해 주시기 바랍니다.
자료 확인 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community-site request for the deliberation decision and legal basis before acting",
    why="platform asks for documents; nothing done yet",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="daum-may-be-deleted-if-no-reply",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(5, 10, 44, 0), subject="[카카오] 게시자 소명 요청 안내 (KCSC-240903-02)",
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {D[3]} 에 대해 게시자에게 소명 요청을 발송하였습니다.
7일 이내에 소명이 없을 경우 해당 게시물은 삭제될 수 있습니다.

결과는 추후 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Kakao notice that the author was asked for an explanation; deletion conditional",
    why="'삭제될 수 있습니다' under a condition is not a statement: item pending",
    items={D[3]: "pending"},
)

HWP = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + bytes(480) \
    + b"HWP Document File" + bytes(1024)
case(
    name="naver-hwp-official-letter",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(10, 11, 10, 0), subject="[공문] KCSC-240902-01 조치결과 회신",
    reply_to_req="req-240902-01",
    raw_mime=multipart("mixed", "nv-hwp-001", [
        part("안녕하세요.\n\nKCSC-240902-01 건의 조치결과 공문을 첨부하여 송부드립니다.\n"
             "첨부파일(한글 문서)을 확인하여 주시기 바랍니다.\n\nNAVER 정책지원팀"),
        attachment(HWP, "application/x-hwp", "NAVER_조치결과_회신.hwp"),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="Korean official letter (공문) sent as a .hwp attachment",
    why="results only in an HWP document the reader cannot open: a person reads it",
    items={},
)

# ======================= IGNORED =======================

case(
    name="naver-chuseok-out-of-office",
    **{"from": "seoyun.lee@navercorp.com"}, name_from="이서윤",
    date=d(13, 18, 2, 0), subject="[자동응답] Re: 불법정보 시정요구 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.
추석 연휴(9/14~9/18) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.

급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

이서윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply, ignored",
    items={},
)

ORIG_DC = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: report@dcinside.com
Subject: 불법정보 시정요구 (KCSC-240904-03)
Date: Wed, 04 Sep 2024 10:00:00 +0900
Message-ID: <req-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구(삭제)를 통보합니다.
{chr(10).join(DC)}
"""
case(
    name="dc-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date=d(4, 10, 0, 41), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "DSN.4Wq9.1725411641", [
        part("""This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<jh.kang@dcinside.com> (expanded from <report@dcinside.com>): user unknown"""),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mail.dcinside.com\n"
        "Arrival-Date: Wed,  4 Sep 2024 10:00:39 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; jh.kang@dcinside.com\nOriginal-Recipient: rfc822;report@dcinside.com\n"
        "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: x-unix; user unknown\n",
        "Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + ORIG_DC,
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown after alias expansion) returning our request with its URLs",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

case(
    name="daum-mdn-read",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(3, 13, 21, 0), subject="읽음: [KCSC-240903-02] 불법정보 시정요구",
    raw_mime=multipart("report", "mdn-kakao-0903", [
        part("""귀하가 2024-09-03 오전 11:00에 보낸 메시지

받는 사람: right@kakaocorp.com
제목: [KCSC-240903-02] 불법정보 시정요구

이(가) 2024-09-03 오후 1:21에 읽혔습니다."""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822; right@kakaocorp.com\n"
        "Original-Message-ID: <req-240903-02@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음: …) as multipart/report disposition-notification",
    why="read receipt, ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(5, 15, 31, 2), subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-2409-55821)",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다.
접수번호: SP-2409-55821

담당자가 확인 후 순차적으로 답변드리겠습니다. (영업일 기준 1~3일 소요)
답변은 문의 시 입력하신 이메일로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호, answer within 1-3 business days)",
    why="pure acknowledgement naming no item",
    items={},
)

case(
    name="fmkorea-noreply-autoreply",
    **{"from": "noreply@fmkorea.com"}, name_from="FM Korea",
    date=d(9, 9, 41, 0), subject="Re: [KCSC-240909-05] 도박 홍보 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일 주소는 발신 전용으로 회신 메일을 확인하지 않습니다.
문의는 사이트 내 고객센터(1:1 문의)를 이용해 주시기 바랍니다.

This address does not accept replies. Please use the help desk on the website.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'발신 전용' no-reply auto-response, Korean and English",
    why="auto-reply from a no-reply address, ignored",
    items={},
)

case(
    name="ppomppu-received-will-reply",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date=d(11, 13, 2, 0), subject="Re: [KCSC-240911-07] 시정요구",
    reply_to_req="req-240911-07",
    body="""안녕하세요. 뽐뿌 운영팀입니다.

메일 잘 받았습니다. 확인 후 처리 결과 회신드리겠습니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="human one-line acknowledgement from a site operator",
    why="receipt of the request only, no item named, nothing stated",
    items={},
)

case(
    name="clien-dsn-delayed",
    **{"from": "postmaster@clien.net"}, name_from="Mail Delivery Subsystem",
    date=d(10, 14, 0, 0), subject="Delivery Status Notification (Delay)",
    raw_mime=multipart("report", "dsn-delay-clien-0910", [
        part("""** Message delayed **

Your message to admin@clien.net has not been delivered yet. The remote server
did not respond. We will keep trying for 2 more days and tell you if it fails.

Subject: [KCSC-240910-06] 게시물 삭제 요청"""),
        "Content-Type: message/delivery-status\n\nReporting-MTA: dns; relay.clien.net\n\n"
        "Final-Recipient: rfc822; admin@clien.net\nAction: delayed\nStatus: 4.4.1\n"
        "Diagnostic-Code: smtp; 421 4.4.1 Connection timed out\n"
        "Will-Retry-Until: Thu, 12 Sep 2024 10:00:00 +0900\n",
        "Content-Type: text/rfc822-headers\n\nFrom: KCSC 통신심의 <takedown@kcsc.example>\n"
        "To: admin@clien.net\nSubject: [KCSC-240910-06] 게시물 삭제 요청\n"
        "Message-ID: <req-240910-06@kcsc.example>\nDate: Tue, 10 Sep 2024 10:00:00 +0900\n",
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, 4.4.1) with the request's headers",
    why="delivery status notification, ignored",
    items={},
)

HEADER = """# blind567: Korean portals and community sites (NAVER, Daum/Kakao, DC Inside,
# SOOP, FM Korea, Clien, Ppomppu; Inven as a wrong platform), Korean and
# English, with doubtful and ignorable mail. Written by make.py from the
# meaning of each email, before any run of the reader. See NOTES.md.
"""


def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind567", HEADER, CASES)


if __name__ == "__main__":
    main()
