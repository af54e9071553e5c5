#!/usr/bin/env python3
"""Blind set 561: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind561/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
any run of the reader.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind561"


def h(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------- requests
TISTORY_SLUG = "리딩방-수익-인증"
TISTORY_RAW = "https://riverlamp.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://riverlamp.tistory.com/entry/" + quote(TISTORY_SLUG)

N = {
    1: "https://blog.naver.com/moonlit_ferry22/223512000101",
    2: "https://blog.naver.com/moonlit_ferry22/223512000188",
    3: "https://blog.naver.com/greyotter_kim/223498765432",
    4: "https://cafe.naver.com/lowtidemarket/88412",
    5: "https://cafe.naver.com/lowtidemarket/88419",
    6: "https://cafe.naver.com/sunbeamtrade/120077",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233",
    8: "https://m.blog.naver.com/PostView.naver?blogId=paperkite_s&logNo=223530011122",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38001234&memberNo=55102233",
    10: "https://blog.naver.com/hanbit_rumor/223540000777",
    11: "https://cafe.naver.com/sunbeamtrade/120091",
    12: "https://tv.naver.com/v/58012345",
    13: "https://cafe.naver.com/lowtidemarket/88501",
    14: "https://blog.naver.com/greyotter_kim/223498765499",
}
D = {
    1: "https://cafe.daum.net/goldstair/Xk2p/1532",
    2: "https://cafe.daum.net/goldstair/Xk2p/1540",
    3: TISTORY,
    4: "https://cafe.daum.net/weekendhike/ABc9/277",
}
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120388",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_free&no=451207",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_free&no=451266",
    5: "https://gall.dcinside.com/mini/board/view/?id=quietlake&no=3310",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131204455",
    2: "https://vod.sooplive.co.kr/player/131209870",
    3: "https://ch.sooplive.co.kr/nightowl77/post/118830021",
}
F = {
    1: "https://www.fmkorea.com/7412203391",
    2: "https://www.fmkorea.com/7412219054",
}
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123456"
I = {
    1: "https://www.inven.co.kr/board/lostark/4811/1288001",
    2: "https://www.inven.co.kr/board/maple/5974/3399120",
}

REQUESTS = [
    # ref, platform, sent day, category, urls, note
    ("KCSC-240902-01", "naver", 2, "불법금융(리딩방)", [N[i] for i in range(1, 15)],
     'blog posts, cafe articles, a "KnowledgeiN" answer, a Post and a TV clip'),
    ("KCSC-240903-02", "daum", 3, "불법금융(리딩방)", [D[i] for i in range(1, 5)],
     "Daum cafe articles and one Tistory entry with a Korean slug"),
    ("KCSC-240904-03", "dcinside", 4, "명예훼손/개인정보 노출", [C[i] for i in range(1, 6)],
     "main, minor and mini gallery posts"),
    ("KCSC-240905-04", "soop", 5, "음란", [S[i] for i in range(1, 4)], "two VODs, one channel post"),
    ("KCSC-240906-05", "fmkorea", 6, "도박", [F[1], F[2]], ""),
    ("KCSC-240909-06", "ppomppu", 9, "불법금융", [P1], "one post, free board"),
    ("KCSC-240910-07", "inven", 10, "음란", [I[1], I[2]], ""),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req-" + ref.lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, urls, note in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T23:59:59+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


def req_body(ref, raw_korean=False):
    """Our request email's body, as it is quoted or attached in replies."""
    _, _, day, cat, urls, _ = REQ[ref]
    lines = [
        "안녕하십니까. 방송통신심의위원회 디지털성범죄·불법정보 대응팀입니다.",
        f"아래 정보는 위원회 심의 결과 {cat} 정보로 의결되어 정보통신망법 제44조의7에 따라",
        "시정요구(해당 정보의 삭제 또는 접속차단)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"조치 기한: 2024. 9. {day + 7}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == TISTORY:
            u = TISTORY_RAW
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def quoted(ref):
    return "\n".join("> " + l if l else ">" for l in req_body(ref))


def ko_weekday(day):
    return "월화수목금토일"[datetime.date(2024, 9, day).weekday()]


def gmail_attr_ko(ref):
    day = REQ[ref][2]
    return (f"2024년 9월 {day}일 ({ko_weekday(day)}) 오전 10:00, 방송통신심의위원회 "
            f"<takedown@kcsc.example>님이 작성:")


def subj_req(ref):
    return f"[{ref}] 시정요구(삭제/접속차단) 요청"


# ------------------------------------------------------------------ cases
CASES = []


def case(**c):
    if "subject" in c:
        c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    CASES.append(c)


# ============================ APPLIED ====================================

case(
    name="naver-result-table-html",
    date=d(10, 16, 40),
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 게시중단요청",
    subject="[NAVER] 시정요구 조치결과 안내 (KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회의 시정요구(요청번호 KCSC-240902-01)에 대한 게시물별 조치 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>게시물 URL</th><th>서비스</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>블로그</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>블로그</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>블로그</td><td>임시조치(30일)</td><td>게시자 재게시 요청 가능</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>카페</td><td>게시물 없음</td><td>요청 접수 전 작성자가 삭제</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>카페</td><td>조치 없음(유지)</td><td>운영원칙 위반 사항 확인되지 않음</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6]}</a></td><td>카페</td><td>블라인드</td><td>-</td></tr>
</table>
<p>나머지 게시물은 처리가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>게시중단 절차 안내: <a href="https://right.naver.com/guide/process">https://right.naver.com/guide/process</a></p>
<p>NAVER 권리보호센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 table (per-URL 조치결과 with 비고)",
    why="trusted NAVER HTML table, one status per row: 삭제/게시중단/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 유지 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed"},
)

case(
    name="naver-korean-numbered-list",
    date=d(9, 11, 5),
    **{"from": "rights_cs@navercorp.com"},
    name_from="네이버 고객센터",
    subject="RE: [KCSC-240902-01] 시정요구(삭제/접속차단) 요청 - 1차 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 고객센터 권리보호팀입니다.

방송통신심의위원회에서 보내주신 시정요구(요청번호 KCSC-240902-01) 가운데
지식iN, 모바일 블로그, 포스트 게시물의 처리 결과를 먼저 알려드립니다.

1. {N[7]}
   - 질문 및 답변 게시물 삭제 완료
2. {N[8]}
   - 게시물 비공개 처리 완료 (작성자 외 열람 불가, 작성자 수정 불가)
3. {N[9]}
   - 국내 접속 차단 조치 완료

그 밖의 게시물은 서비스별 담당 부서에서 확인하고 있으며, 결과가 나오는 대로
다시 안내해 드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 1차 처리 결과 reply, numbered URL list with a dash line under each",
    why="each numbered URL has its own completed action below it: 삭제 removed, 비공개 처리 removed, 국내 접속 차단 restricted; 'still checking' names no URL",
    items={N[7]: "removed", N[8]: "removed", N[9]: "restricted"},
)

case(
    name="naver-gmail-topposted-over-request",
    date=d(11, 18, 22),
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="Jiyoon Park",
    subject="Re: [KCSC-240902-01] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Hello,

A short update from the NAVER Trust & Safety desk on three of the links
you sent.

- {N[10]} : deleted on 11 Sep.
- {N[12]} : the clip was taken down the same day.
- {N[11]} : we could not locate this article; the cafe has no article
  with that number.

The remaining links are still with the blog and cafe teams.

Best regards,
Jiyoon Park
Trust & Safety, NAVER Corp.

{gmail_attr_ko("KCSC-240902-01")}

{quoted("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply top-posted in Gmail over the quoted KCSC request (Korean Gmail attribution line)",
    why="three URLs above the quote carry removed/removed/not_found; the quoted request below '...님이 작성:' states nothing",
    items={N[10]: "removed", N[12]: "removed", N[11]: "not_found", N[1]: "pending", N[13]: "pending"},
)

csv_text = "\ufeff" + "\r\n".join([
    "요청번호,URL,서비스,처리결과,처리일",
    f"KCSC-240902-01,{N[13]},카페,삭제,2024-09-12",
    f"KCSC-240902-01,{N[14]},블로그,임시조치,2024-09-12",
    f"KCSC-240902-01,{N[1]},블로그,삭제,2024-09-12",
]) + "\r\n"
case(
    name="naver-csv-attachment",
    date=d(12, 17, 3),
    **{"from": "right_report@navercorp.com"},
    name_from="NAVER 권리보호센터",
    subject="[NAVER] KCSC-240902-01 처리 결과 송부",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_561_csv"

--=_nv_561_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.
요청번호 KCSC-240902-01 중 추가로 처리된 게시물의 결과를 첨부 파일(CSV)로 보내드립니다.
문의 사항은 본 메일에 회신해 주십시오.

--=_nv_561_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_561_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as a CSV attachment (UTF-8 with BOM, CRLF, as Excel saves it)",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 삭제 removed, from NAVER's authenticated domain",
    items={N[13]: "removed", N[14]: "restricted", N[1]: "removed"},
)

case(
    name="naver-url-then-status-line",
    date=d(10, 9, 48),
    **{"from": "cafe_policy@navercorp.com"},
    name_from="네이버 카페 운영정책팀",
    subject="Re: [KCSC-240902-01] 카페 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 네이버 카페 운영정책팀입니다.
요청하신 카페 게시물 2건의 처리 결과입니다.

[처리 결과]
{N[6]}
처리 결과 : 게시중단 (카페 운영원칙 위반 - 불법 투자자문 홍보)

{N[5]}
처리 결과 : 조치 불가 - 검토 결과 카페 운영원칙 및 관련 법령 위반 사항이 확인되지 않아
게시물을 유지합니다. 해당 글은 언론 보도를 인용한 후기 글입니다.

카페 운영원칙: https://cafe.naver.com/common/policy.naver
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe policy team reply: bare URL line, 처리 결과 on the line below",
    why="status on the line under each bare URL: 게시중단 removed; 조치 불가 ... 유지 with its reason rejected; policy link is no item",
    items={N[6]: "removed", N[5]: "rejected"},
)

case(
    name="naver-dsa-style-statement-english",
    date=d(13, 10, 15),
    **{"from": "legal-notice@navercorp.com"},
    name_from="NAVER Legal",
    subject="Statement of action - KCSC-240902-01",
    body=f"""NAVER Corporation - Statement of action

Requesting authority: Korea Communications Standards Commission (KCSC)
Your reference: KCSC-240902-01

Item 1
  Content: {N[3]}
  Action taken: access restricted for users in the Republic of Korea
  Legal ground: Information and Communications Network Act, Art. 44-7
  Decision date: 2024-09-13

Item 2
  Content: {N[14]}
  Action taken: removed; the post is no longer available on any NAVER service
  Legal ground: NAVER Blog operating policy (illegal financial solicitation)
  Decision date: 2024-09-13

The uploader has been notified and may contest the decision through
https://help.naver.com/support/contents/appeal.help

NAVER Corporation, Legal Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons / action notice, one block per item",
    why="two item blocks: 'access restricted for users in the Republic of Korea' restricted, 'removed ... no longer available' removed; appeal link is not an item",
    items={N[3]: "restricted", N[14]: "removed"},
)

case(
    name="naver-outlook-quoted-rejection",
    date=d(12, 14, 30),
    **{"from": "minsu.lee@navercorp.com"},
    name_from="이민수",
    subject="RE: [KCSC-240902-01] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하십니까, 네이버 정책지원팀 이민수입니다.

요청하신 건 중 아래 카페 게시물은 내부 검토 결과 삭제 사유에 해당하지 않아
게시를 유지하기로 결정하였음을 알려드립니다.
  {N[5]}
판단 근거: 해당 글은 금융감독원 보도자료를 인용하며 피해 주의를 당부하는
내용으로, 불법 투자 권유로 보기 어렵습니다.

나머지 게시물은 담당 부서 회신을 받는 대로 별도로 안내드리겠습니다.

이민수 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: {subj_req("KCSC-240902-01")}

""" + "\n".join(req_body("KCSC-240902-01")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="one URL is kept up with a reason (rejected); the request under 'Original Message' is our own text and states nothing",
    items={N[5]: "rejected", N[1]: "pending", N[4]: "pending"},
)

case(
    name="naver-wrapped-kin-url",
    date=d(10, 13, 12),
    **{"from": "kin_ops@navercorp.com"},
    name_from="네이버 지식iN 운영팀",
    subject="Re: [KCSC-240902-01] 지식iN 게시물 처리",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하세요. 지식iN 운영팀입니다.

요청하신 지식iN 게시물
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=470112233
은(는) 금일 운영자 삭제 처리되었습니다. 해당 질문에 달린 답변도 함께 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long query-string URL the sender's client hard-wrapped after '&'",
    why="the KnowledgeiN URL is wrapped over two lines; joined it is the requested item, 운영자 삭제 = removed",
    items={N[7]: "removed"},
)

case(
    name="naver-base64-tv-and-post",
    date=d(11, 9, 20),
    **{"from": "tv_ops@navercorp.com"},
    name_from="NAVER TV 운영",
    subject="[KCSC-240902-01] 네이버TV/포스트 조치 완료",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요. 네이버TV 운영 담당자입니다.

방송통신심의위원회 요청번호 KCSC-240902-01 관련하여 알려드립니다.
네이버TV 클립 {N[12]} 은 삭제 완료했습니다.
포스트 {N[9]} 역시 게시 중단되어 현재 열람할 수 없습니다.

네이버TV 운영 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER TV operations note sent with a base64 text/plain body",
    why="base64 body decodes to two unhedged statements: 삭제 완료 removed, 게시 중단 removed",
    items={N[12]: "removed", N[9]: "removed"},
)

case(
    name="naver-text-table-mixed",
    date=d(13, 15, 55),
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240902-01 blog items / 블로그 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""Dear KCSC team,

Below are the results for three blog items in your request KCSC-240902-01.
아래 블로그 게시물 3건의 처리 결과입니다.

No  URL                                                                            결과 / Result
--  -----------------------------------------------------------------------------  -------------------------------
1   {N[8]}  삭제 / removed
2   {N[10]}                                      유지 / kept (no violation found)
3   {N[2]}                                    게시중단 / taken down

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual plain-text result table (fixed-width columns) from a portal's trust & safety desk",
    why="text table rows: 삭제/removed, 유지/kept with no violation = rejected, 게시중단/taken down = removed",
    items={N[8]: "removed", N[10]: "rejected", N[2]: "removed"},
)

case(
    name="daum-tistory-korean-slug-particle",
    date=d(6, 15, 10),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구 처리 결과 안내 (KCSC-240903-02)",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {TISTORY_RAW}에 대해서는 정보통신망법 제44조의2에 따라
30일간 임시조치(접근 차단)하였습니다.

또한 Daum 카페 게시물({D[1]})은 카페 운영정책 위반으로 삭제되었습니다.

남은 게시물은 확인 후 다시 알려드리겠습니다.
카카오 고객센터: https://cs.kakao.com/helps?service=52

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice; Tistory URL with a raw Korean slug followed directly by the particle '에'",
    why="임시조치(접근 차단) restricted for the Tistory entry (raw Korean slug = percent-encoded item); 삭제 removed for the Daum cafe article",
    items={D[3]: "restricted", D[1]: "removed"},
)

case(
    name="daum-cafe-blind-qp",
    date=d(5, 11, 41),
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페 고객센터",
    subject="Re: [KCSC-240903-02] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, Daum 카페 고객센터입니다.

시정요구 주신 카페 게시물 중 두 건의 처리 내용을 알려드립니다.

▶ {D[4]} : 블라인드 처리 완료 (카페 이용자 및 검색 노출 차단)
▶ {D[2]} : 확인 결과 이미 삭제된 게시글이어서 별도 조치는 하지 않았습니다.

Daum 카페 고객센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 notice, quoted-printable UTF-8 body",
    why="블라인드 처리 완료 removed; 이미 삭제된 게시글 not_found",
    items={D[4]: "removed", D[2]: "not_found"},
)

case(
    name="daum-url-next-line-english",
    date=d(9, 10, 2),
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="KCSC-240903-02: outcome for two items",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Hello,

The following Daum cafe post was taken down under our operating policy:
    {D[1]}

The following address no longer exists; the blog was closed by its owner
before we received your request:
    {D[3]}

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English outcome mail with the statement above and the URL indented on the next line",
    why="statement line ends in ':' with the URL on the next line: taken down removed; no longer exists / closed by its owner not_found",
    items={D[1]: "removed", D[3]: "not_found"},
)

case(
    name="daum-restricted-in-korea-english",
    date=d(10, 17, 45),
    **{"from": "legal@kakaocorp.com"},
    name_from="Kakao Legal",
    subject="Re: [KCSC-240903-02] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""Dear Sir or Madam,

Following the Commission's correction request KCSC-240903-02, access to
<{D[2]}> has been blocked for users in Korea
as of 10 September 2024. The article stays visible to the cafe's operator
for evidence purposes.

Sincerely,
Kakao Corp. Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao legal team reply: access blocked for users in Korea (접속차단)",
    why="'access ... has been blocked for users in Korea' = restricted; a single item named in angle brackets",
    items={D[2]: "restricted"},
)

case(
    name="dc-korean-five-items",
    date=d(6, 14, 0),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240904-03] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청번호 KCSC-240904-03 관련 처리 결과입니다.

- {C[1]} → 삭제
- {C[2]} → 삭제 및 작성자 IP 차단
- {C[3]} → 삭제
- {C[4]} → 작성자가 이미 삭제한 글입니다
- {C[5]} → 확인 결과 삭제 사유에 해당하지 않아 유지합니다 (기사 링크만 있는 글)

추가 문의는 help@dcinside.com 으로 부탁드립니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply: bulleted URLs with '→ result'",
    why="five bullets each with its own result: 삭제 x3 removed, 작성자가 이미 삭제 not_found, 유지 with reason rejected",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found", C[5]: "rejected"},
)

case(
    name="dc-english-partial-with-promise",
    date=d(5, 19, 10),
    **{"from": "global@dcinside.com"},
    name_from="DCinside Global Support",
    subject="Re: KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""Hi,

Two posts in the stock gallery have been deleted:
<{C[1]}>
<{C[2]}>

The two posts in the coin_free minor gallery
(<{C[3]}> and
<{C[4]}>)
are moderated by that gallery's manager. We have passed your request on,
and they will be removed once the manager confirms.

Thanks,
DCinside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside English support reply: part done, part promised (minor galleries run by gallery managers)",
    why="two URLs stated deleted (removed); the two minor-gallery posts only 'will be removed' = promise, pending",
    items={C[1]: "removed", C[2]: "removed", C[3]: "pending", C[4]: "pending"},
)

case(
    name="dc-bare-url-result-below",
    date=d(9, 8, 55),
    **{"from": "gall_ops@dcinside.com"},
    name_from="디시 갤러리 운영",
    subject="RE: [KCSC-240904-03] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""{C[5]}
삭제했습니다.

{C[3]}
없는 글입니다 (이미 지워져 있음).

-- 
디시인사이드 갤러리 운영 담당
""",
    outcome="applied", classification="confirmation",
    imitates="terse moderator reply: bare URL, one-line result under it, signature only",
    why="삭제했습니다 removed; 없는 글 (이미 지워져 있음) not_found",
    items={C[5]: "removed", C[3]: "not_found"},
)

case(
    name="soop-html-result",
    date=d(9, 16, 20),
    **{"from": "cs_noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 시정요구 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    type="html",
    body=f"""<html><body>
<div style="max-width:640px;font-family:sans-serif">
<h3 style="color:#0545b1">SOOP 시정요구 처리 결과</h3>
<p>안녕하세요. SOOP 고객센터입니다.<br>요청번호 <b>KCSC-240905-04</b>의 처리 결과를 안내드립니다.</p>
<ul>
<li><a href="{S[1]}">{S[1]}</a><br>처리 내용: VOD 영구 삭제</li>
<li><a href="{S[2]}">{S[2]}</a><br>처리 내용: 19세 이상 시청 가능으로 연령 제한 설정</li>
<li><a href="{S[3]}">{S[3]}</a><br>처리 내용: 게시글 블라인드 처리</li>
</ul>
<p style="font-size:11px;color:#888">본 메일은 발신 전용입니다. 문의: <a href="https://www.sooplive.co.kr/cs">SOOP 고객센터</a></p>
</div></body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) customer-centre HTML result notice",
    why="VOD 영구 삭제 removed; 19세 연령 제한 restricted; 블라인드 removed",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "removed"},
)

case(
    name="soop-angle-bracket-bullets",
    date=d(10, 12, 34),
    **{"from": "trust-safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="RE: [KCSC-240905-04] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Hello KCSC,

Update on your request:

• <{S[2]}> — VOD switched to private by SOOP
  (비공개 전환). Nobody, including the streamer, can view it.
• <{S[3]}> — reviewed; the post breaks
  neither our community guidelines nor Korean law, so it stays up.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP trust & safety bilingual bullets with URLs in angle brackets",
    why="비공개 전환 by the platform, nobody can view = removed; 'breaks neither ... stays up' = rejected",
    items={S[2]: "removed", S[3]: "rejected"},
)

case(
    name="fmkorea-fullwidth-brackets",
    date=d(9, 13, 13),
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요、에펨코리아 운영진입니다。

요청하신 게시물（{F[1]}）은 삭제 처리하였습니다。
다른 한 건（{F[2]}）은 게시판 규정 및 법령 위반이 확인되지 않아 그대로 둡니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply typed with full-width punctuation (（）、。) around the URLs",
    why="full-width brackets end each URL: 삭제 removed; 위반이 확인되지 않아 그대로 둡니다 rejected",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-echoed-report",
    date=d(8, 21, 5),
    **{"from": "noreply@fmkorea.com"},
    name_from="FM Korea 신고센터",
    subject="[에펨코리아] 신고 처리 결과 안내",
    body=f"""에펨코리아 신고센터에서 알려드립니다.

[신고 내용]
신고자: 방송통신심의위원회 (KCSC-240906-05)
신고 대상: {F[2]}
신고 사유: 불법정보 - 도박 사이트 홍보
신고 일시: 2024-09-06 11:02

[처리 결과]
처리 상태: 처리 완료
조치 내용: 게시물 삭제 및 작성자 이용 제한 7일
처리 일시: 2024-09-08 20:51

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system result mail echoing the report form (신고 내용) above the result (처리 결과)",
    why="the echoed report names the URL; the result block states 게시물 삭제, 처리 완료 = removed",
    items={F[2]: "removed"},
)

case(
    name="ppomppu-sole-statement",
    date=d(10, 11, 30),
    **{"from": "report@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="Re: [KCSC-240909-06] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""안녕하세요, 뽐뿌 운영팀입니다.

요청번호 KCSC-240909-06으로 요청하신 게시물은 9월 10일 오전에 삭제 처리되었습니다.

감사합니다.
뽐뿌 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short community-site reply naming the request but not the URL",
    why="the request has one item; 'the post you requested was deleted' for a one-item request applies",
    items={P1: "removed"},
)

case(
    name="ppomppu-author-deleted",
    date=d(11, 10, 4),
    **{"from": "cs@ppomppu.co.kr"},
    name_from="Ppomppu CS",
    subject="RE: [KCSC-240909-06] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""Hello,

{P1}
This post had already been deleted by the member who wrote it before our
staff looked at it (작성자 본인 삭제), so there was nothing left for us to remove.

Ppomppu customer service
""",
    outcome="applied", classification="confirmation",
    imitates="community-site CS reply: post already deleted by its author",
    why="already deleted by its author = not_found",
    items={P1: "not_found"},
)

case(
    name="inven-receipt-plus-statement",
    date=d(11, 15, 12),
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원팀",
    subject="[인벤] 문의 접수 및 처리 안내 (KCSC-240910-07)",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

보내주신 요청이 접수되었습니다. (접수번호 INV-0911-2207)

확인 결과 {I[1]} 게시물은
삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk receipt whose body also carries an unhedged result",
    why="receipt phrase plus a completed 삭제 for a named URL: not a pure acknowledgement, removed",
    items={I[1]: "removed"},
)

case(
    name="inven-bilingual-bullets",
    date=d(12, 10, 50),
    **{"from": "community@inven.co.kr"},
    name_from="Inven Community Team",
    subject="RE: [KCSC-240910-07] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요 / Hello,

* {I[1]}
  성인 인증 후에만 열람 가능하도록 변경 / now viewable only after adult verification
* {I[2]}
  존재하지 않는 게시물입니다 / this post does not exist

인벤 커뮤니티팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English bullet list from a game community site",
    why="adult verification gate = age-restricted (restricted); 존재하지 않는 게시물 not_found",
    items={I[1]: "restricted", I[2]: "not_found"},
)

# ============================= REVIEW ====================================

case(
    name="naver-promise-will-act",
    date=d(3, 14, 10),
    **{"from": "rights_cs@navercorp.com"},
    name_from="네이버 고객센터",
    subject="RE: [KCSC-240902-01] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 아래 블로그 게시물은 담당 부서에서 검토 후 순차적으로
조치할 예정입니다.

- {N[1]}
- {N[2]}
- {N[3]}

조치가 완료되면 별도로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising action after review (검토 후 조치할 예정)",
    why="names three items but only promises action: no statement, items stay pending",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="dc-hedge-seems-deleted",
    date=d(5, 9, 40),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240904-03] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

확인해 보니 {C[2]} 글은
이미 삭제된 것으로 보입니다. 정확한 처리 이력은 서버 기록을 다시 확인해서
알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator's hedged first answer (삭제된 것으로 보입니다)",
    why="'seems already deleted' is a hedge and they promise to check again: not a statement",
    items={C[2]: "pending"},
)

case(
    name="naver-bulk-all-done",
    date=d(14, 11, 0),
    **{"from": "noreply_right@navercorp.com"},
    name_from="NAVER 게시중단요청",
    subject="[NAVER] 시정요구 조치 완료 안내 (KCSC-240902-01)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240902-01로 요청하신 게시물 14건 모두에 대해 게시중단 조치를 완료하였습니다.

게시중단 절차 안내: https://right.naver.com/guide/process
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="portal 'all reported items done' summary notice without a per-URL list",
    why="a statement about all 14 items without naming any: bulk, nothing applied",
    items={N[1]: "pending", N[12]: "pending"},
)

case(
    name="daum-bulk-all-removed-english",
    date=d(11, 16, 5),
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: [KCSC-240903-02] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240903-02"),
    body="""Hello,

All of the Daum cafe and Tistory posts listed in your request KCSC-240903-02
have now been removed from our services.

Kind regards,
Kakao Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="trust & safety one-line 'all reported content removed' reply",
    why="four-item request, one statement covering all without naming each: bulk",
    items={D[1]: "pending", D[4]: "pending"},
)

case(
    name="ppomppu-auth-fail",
    date=d(10, 2, 14),
    auth="fail",
    **{"from": "report@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="Re: [KCSC-240909-06] 처리 완료",
    body=f"""방송통신심의위원회 담당자님께

요청하신 게시물 {P1} 은 삭제 완료되었습니다.
처리 확인서는 아래 링크에서 받으실 수 있습니다.
http://ppomppu-docs.example.net/confirm?id=9123456
""",
    outcome="review", review="untrusted",
    imitates="mail in the platform's name that fails DKIM/SPF/DMARC (likely spoofed)",
    why="From ppomppu.co.kr but dmarc=fail: statement not trusted, item stays pending",
    items={P1: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    date=d(4, 22, 17),
    **{"from": "lowtide.manager@gmail.com"},
    name_from="로우타이드마켓 매니저",
    subject="방심위 요청(KCSC-240902-01) 관련 카페 글 삭제했습니다",
    body=f"""안녕하세요.
저는 네이버 카페 '로우타이드 마켓' 매니저입니다.
회원분께서 방심위에서 카페 글 삭제 요청이 있었다고 알려주셔서 연락드립니다.
{N[4]} 글은 제가 오늘 매니저 권한으로 삭제했습니다.
앞으로 카페 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal Gmail account",
    why="gmail.com is no platform's domain; a cafe manager is not NAVER: unknown_sender, nothing applied",
    items={N[4]: "pending"},
)

case(
    name="nate-about-daum-item",
    date=d(6, 10, 25),
    **{"from": "pann_cs@nate.com"},
    name_from="네이트 고객센터",
    subject="Re: 게시물 삭제 요청 (KCSC-240903-02)",
    body=f"""안녕하세요. 네이트 고객센터입니다.

보내주신 주소 {D[1]} 를 확인하였으나
해당 게시물은 존재하지 않습니다.

네이트 판 게시물의 신고는 https://pann.nate.com/help 에서 하실 수 있습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a portal answering a request misaddressed to it, about another portal's URL",
    why="Nate (trusted for nate.com) states not_found for a Daum item: wrong platform",
    items={D[1]: "pending"},
)

case(
    name="soop-asks-documents",
    date=d(6, 17, 2),
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 정책팀",
    subject="RE: [KCSC-240905-04] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요. SOOP 정책팀입니다.

요청하신 VOD {S[1]} 의 처리를 위해
위원회 의결서 사본과 시정요구 공문(직인 날인본)을 추가로 보내주시기 바랍니다.
서류가 확인되는 대로 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the decision document and official letter before acting",
    why="a request for documents before acting: nothing stated, a person must answer",
    items={S[1]: "pending"},
)

case(
    name="naver-forwarded-internal",
    date=d(12, 9, 5),
    **{"from": "hyejin.choi@navercorp.com"},
    name_from="최혜진",
    subject="FW: sunbeamtrade 카페 게시물 처리",
    body=f"""방심위 담당자님, 참고로 카페팀 회신 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페 운영팀 <cafe_ops@navercorp.com>
Date: 2024년 9월 11일 (수) 오후 6:40
Subject: sunbeamtrade 카페 게시물 처리
To: 정책지원팀 <policy@navercorp.com>

{N[11]} 게시물은 카페 운영원칙 위반으로 삭제 처리함.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff forwarding an internal team's note (Gmail '---------- Forwarded message ---------')",
    why="the only statement sits in a forwarded internal message: review forwarded, not applied",
    items={N[11]: "pending"},
)

case(
    name="dc-contact-change-notice",
    date=d(13, 9, 0),
    **{"from": "notice@dcinside.com"},
    name_from="디시인사이드",
    subject="[디시인사이드] 기관 협조 요청 접수 창구 변경 안내",
    body="""안녕하세요, 디시인사이드입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 관련 협조 요청은
기관 전용 접수 페이지(https://www.dcinside.com/agency)로만 받습니다.
기존 이메일 창구는 9월 30일까지 운영합니다.

이용에 참고 부탁드립니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new intake channel",
    why="trusted DC Inside mail naming no item and no request: no_claims",
    items={},
)

case(
    name="inven-will-be-taken-down",
    date=d(11, 9, 15),
    **{"from": "cs@inven.co.kr"},
    name_from="Inven Support",
    subject="RE: [KCSC-240910-07] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""Hello,

Thanks for your request KCSC-240910-07. The MapleStory board post
{I[2]} will be taken down by the
board moderator within 24 hours.

Inven Support
""",
    outcome="review", review="not_understood",
    imitates="support reply announcing a takedown to come",
    why="'will be taken down within 24 hours' is a promise: no statement",
    items={I[2]: "pending"},
)

case(
    name="daum-lookalike-domain",
    date=d(7, 8, 44),
    **{"from": "notice@kakaocorp-rights.com"},
    name_from="Kakao 권리침해신고센터",
    subject="[카카오] KCSC-240903-02 처리 결과 확인 요청",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 {D[2]} 게시물은 삭제되었습니다.
처리 결과 확인서를 받으시려면 아래 주소에서 기관 계정으로 로그인해 주세요.
https://kakaocorp-rights.com/agency/login
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain imitating Kakao (credential-phishing pattern)",
    why="kakaocorp-rights.com is not Kakao's domain: unknown_sender, nothing applied",
    items={D[2]: "pending"},
)

# ============================= IGNORED ===================================

case(
    name="naver-out-of-office-korean",
    date=d(13, 18, 1),
    **{"from": "sangwoo.han@navercorp.com"},
    name_from="한상우",
    subject="[자동응답] RE: [KCSC-240902-01] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한상우입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 업무는 policy@navercorp.com 으로 연락 주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok (부재중 자동응답)",
    why="auto-reply with Auto-Submitted: auto-replied, no statement",
    items={},
)

dsn_orig = "\n".join(req_body("KCSC-240904-03"))
case(
    name="dc-dsn-bounce",
    date=d(4, 10, 0, 41),
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="9C1E21A0B3.1725411641/mx2.dcinside.com"

This is a MIME-encapsulated message.

--9C1E21A0B3.1725411641/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<takedown-desk@dcinside.com>: user unknown; mailbox has been disabled

--9C1E21A0B3.1725411641/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
X-Postfix-Queue-ID: 9C1E21A0B3
Arrival-Date: Wed,  4 Sep 2024 10:00:40 +0900 (KST)

Final-Recipient: rfc822; takedown-desk@dcinside.com
Original-Recipient: rfc822;takedown-desk@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; mailbox has been disabled

--9C1E21A0B3.1725411641/mx2.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: {h('방송통신심의위원회')} <takedown@kcsc.example>
To: takedown-desk@dcinside.com
Subject: [KCSC-240904-03] request
Date: Wed, 04 Sep 2024 10:00:00 +0900
Message-ID: <{req_mid("KCSC-240904-03")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--9C1E21A0B3.1725411641/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request with its URL list",
    why="delivery failure report; the URLs are in our own returned request",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="fmkorea-read-receipt",
    date=d(6, 10, 31),
    **{"from": "jh.kwon@fmkorea.com"},
    name_from="권준혁",
    subject="읽음: [KCSC-240906-05] 시정요구(삭제/접속차단) 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_561_fm"

------=_MDN_561_fm
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 권준혁 <jh.kwon@fmkorea.com>
제목: [KCSC-240906-05] 시정요구(삭제/접속차단) 요청
보낸 날짜: 2024-09-06 오전 10:00

2024-09-06 오전 10:31에 읽었습니다.

------=_MDN_561_fm
Content-Type: message/disposition-notification

Reporting-UA: jh.kwon-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;jh.kwon@fmkorea.com
Original-Message-ID: <{req_mid("KCSC-240906-05")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_561_fm--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="read receipt: says only that our request was displayed",
    items={},
)

case(
    name="soop-ticket-receipt",
    date=d(5, 10, 2),
    **{"from": "cs_noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 정상적으로 접수되었습니다 (Re: KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  접수번호: SP-2409-551207
  접수일시: 2024-09-05 10:02

답변은 영업일 기준 3일 이내에 이메일로 드립니다.
접수 내역은 https://www.sooplive.co.kr/cs/myqna 에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (접수번호, 영업일 3일 이내 답변)",
    why="pure acknowledgement: a ticket number and a reply time, no statement",
    items={},
)

case(
    name="daum-receipt-echoing-urls",
    date=d(3, 10, 6),
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해 신고 접수 안내",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""카카오 권리침해신고센터입니다.
아래와 같이 신고가 접수되었습니다.

접수번호: RC-20240903-00812
신고 기관: 방송통신심의위원회 (KCSC-240903-02)
접수된 게시물:
  {D[1]}
  {D[2]}
  {TISTORY}
  {D[4]}

검토가 끝나면 처리 결과를 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao report-intake receipt echoing the reported URLs (접수 안내)",
    why="receipt that only echoes the URLs received and promises a result later: pure acknowledgement",
    items={D[1]: "pending", D[3]: "pending"},
)

case(
    name="inven-out-of-office-english",
    date=d(10, 10, 1),
    **{"from": "yuna.seo@inven.co.kr"},
    name_from="Yuna Seo",
    subject="Automatic reply: [KCSC-240910-07] 시정요구(삭제/접속차단) 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 23 September
with limited access to mail. For takedown requests please write to
cs@inven.co.kr; the support team will handle them.

Yuna Seo | Inven Community Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kcsc-mta-bounce-ppomppu",
    date=d(9, 10, 0, 52),
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F7A0C21D9.1725843652/mx.kcsc.example"

This is a MIME-encapsulated message.

--4F7A0C21D9.1725843652/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@ppomppu.co.kr>: host mx.ppomppu.co.kr[203.0.113.45] said: 552 5.2.2
    Mailbox full, try again later (in reply to RCPT TO command)

--4F7A0C21D9.1725843652/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4F7A0C21D9
Arrival-Date: Mon,  9 Sep 2024 10:00:01 +0900 (KST)

Final-Recipient: rfc822; report@ppomppu.co.kr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.ppomppu.co.kr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, try again later

--4F7A0C21D9.1725843652/mx.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: report@ppomppu.co.kr
Subject: [KCSC-240909-06] request
Date: Mon, 09 Sep 2024 10:00:00 +0900
Message-ID: <{req_mid("KCSC-240909-06")}@kcsc.example>

--4F7A0C21D9.1725843652/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="our own Postfix DSN (mailbox full at the platform), headers-only return",
    why="a bounce from our own MTA: ignored whoever sent it",
    items={},
)


HEADER = """# Blind set 561: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Ppomppu, Inven, Nate), Korean and English mixed.
# Written by tests/corpus/blind561/make.py from each email's meaning alone,
# before any run of the reader. Do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
