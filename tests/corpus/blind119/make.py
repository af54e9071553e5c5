#!/usr/bin/env python3
"""Blind set 119 (Korean portals): writes requests.csv, cases/*.eml and
expected.toml. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind119/make.py

Every email is fictional and written in our own words; each case says in
`imitates` which kind of public notice it imitates. Expected results were
written from each email's meaning alone, before any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind119"


def h(s):
    """RFC 2047 encoded word for a non-ASCII header value (as Korean MUAs send)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
REQ = {
    "KCSC-240902-01": dict(platform="naver", sent="2024-09-02T10:30:00+09:00", due="2024-09-09",
                           category="illegal_gambling", mid="kcsc-req-240902-01",
                           note="NAVER blog/cafe/kin/post, 12 items", urls=[
        "https://blog.naver.com/moonlit_fox88/223561200145",
        "https://blog.naver.com/moonlit_fox88/223561200392",
        "https://blog.naver.com/greyharbor_k/223559874410",
        "https://cafe.naver.com/sunsetmarket77/48213",
        "https://cafe.naver.com/sunsetmarket77/48230",
        "https://cafe.naver.com/dawnriders/11902",
        "https://blog.naver.com/PostView.naver?blogId=paperkite_21&logNo=223560031877",
        "https://m.blog.naver.com/oakbridge_lab/223558712006",
        "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471220938",
        "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5518203",
        "https://cafe.naver.com/dawnriders/11957",
        "https://blog.naver.com/greyharbor_k/223560544781",
    ]),
    "KCSC-240903-02": dict(platform="kakao", sent="2024-09-03T11:00:00+09:00", due="2024-09-10",
                           category="privacy", mid="kcsc-req-240903-02",
                           note="Daum cafe and Tistory, 5 items", urls=[
        "https://cafe.daum.net/bluecrane22/Xk9a/1583",
        "https://cafe.daum.net/bluecrane22/Xk9a/1590",
        "https://cafe.daum.net/mistvalley/R7Qz/204",
        "https://riverstone77.tistory.com/entry/%EC%A0%95%EB%B3%B4-%EA%B3%B5%EC%9C%A0-%EB%A7%81%ED%81%AC-%EB%AA%A8%EC%9D%8C",
        "https://nightowl-memo.tistory.com/412",
    ]),
    "KCSC-240904-03": dict(platform="youtube", sent="2024-09-04T09:40:00+09:00", due="2024-09-11",
                           category="defamation", mid="kcsc-req-240904-03",
                           note="YouTube videos, a Short and a channel", urls=[
        "https://www.youtube.com/watch?v=Qm3xT7pLw2A",
        "https://www.youtube.com/watch?v=bR8kZ1nVe0s",
        "https://www.youtube.com/shorts/Hf5Yc2uJd9M",
        "https://www.youtube.com/@%ED%95%98%EB%8A%98%EC%9D%BC%EC%83%81",
    ]),
    "KCSC-240905-04": dict(platform="dcinside", sent="2024-09-05T14:00:00+09:00", due="2024-09-12",
                           category="illegal_finance", mid="kcsc-req-240905-04",
                           note="DC Inside gallery posts, 4 items", urls=[
        "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812044",
        "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812377",
        "https://gall.dcinside.com/mgallery/board/view/?id=cointalk_m&no=552190",
        "https://gall.dcinside.com/mini/board/view/?id=shadowlog&no=3381",
    ]),
    "KCSC-240906-05": dict(platform="band", sent="2024-09-06T10:10:00+09:00", due="2024-09-13",
                           category="illegal_drugs", mid="kcsc-req-240906-05",
                           note="BAND posts, 2 items", urls=[
        "https://band.us/band/83201577/post/2914",
        "https://band.us/band/83201577/post/2960",
    ]),
    "KCSC-240909-06": dict(platform="naver", sent="2024-09-09T16:00:00+09:00", due="2024-09-16",
                           category="illegal_gambling", mid="kcsc-req-240909-06",
                           note="one NAVER cafe post", urls=[
        "https://cafe.naver.com/quietpine/3307",
    ]),
    "KCSC-240910-07": dict(platform="dcinside", sent="2024-09-10T09:20:00+09:00", due="2024-09-17",
                           category="illegal_drugs", mid="kcsc-req-240910-07",
                           note="one DC Inside minor-gallery post", urls=[
        "https://gall.dcinside.com/mgallery/board/view/?id=pillmarket&no=10442",
    ]),
}

N = REQ["KCSC-240902-01"]["urls"]
K = REQ["KCSC-240903-02"]["urls"]
Y = REQ["KCSC-240904-03"]["urls"]
D = REQ["KCSC-240905-04"]["urls"]
B = REQ["KCSC-240906-05"]["urls"]
M1 = REQ["KCSC-240909-06"]["urls"][0]
E1 = REQ["KCSC-240910-07"]["urls"][0]

K4_RAW = "https://riverstone77.tistory.com/entry/정보-공유-링크-모음"
Y4_RAW = "https://www.youtube.com/@하늘일상"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, r in REQ.items():
        for u in r["urls"]:
            w.writerow([ref, r["platform"], r["sent"], r["due"], u, r["category"],
                        r["mid"] + "@kcsc.example", r["note"]])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls_shown=None):
    """Our own request email, as platforms quote it back."""
    r = REQ[ref]
    urls = urls_shown or [u for u in r["urls"]]
    lines = [
        "방송통신심의위원회 통신심의 시정요구",
        "",
        f"요청번호: {ref}",
        f"요청일: {r['sent'][:10]}",
        f"조치기한: {r['due']}",
        "",
        "아래 게시물은 정보통신망법 제44조의7에 따른 불법정보로 심의·의결되었으므로",
        "삭제 또는 접속차단 등 필요한 조치를 요청합니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 본 메일로 회신해 주시기 바랍니다.", "방송통신심의위원회 통신심의국"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
cases = []


def add(**c):
    c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    cases.append(c)


# ============================== APPLIED ==============================

add(name="naver-gongmun-full-table", outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원팀 공문-style 시정요구 조치결과 회신 with a pipe table of every item",
    why="official reply lists all 12 items with a status each: 삭제/게시중단/비공개/블라인드 removed, 임시조치 and 19세 제한 restricted, 게시물 없음 not_found, 조치 불가(위반 아님) rejected",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 17:12:40 +0900",
    subject="[네이버] 시정요구(KCSC-240902-01) 조치결과 회신",
    reply_to_req="kcsc-req-240902-01",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "rejected", N[6]: "removed", N[7]: "removed",
           N[8]: "removed", N[9]: "restricted", N[10]: "removed", N[11]: "not_found"},
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책지원팀
제목: 시정요구 조치결과 회신 (KCSC-240902-01)

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 귀 위원회 시정요구(요청번호 KCSC-240902-01)와 관련하여
   당사의 조치결과를 아래와 같이 회신합니다.

- 아  래 -

연번 | 게시물 URL | 조치결과 | 비고
1 | {N[0]} | 삭제 |
2 | {N[1]} | 삭제 |
3 | {N[2]} | 임시조치(30일) | 권리침해 주장 게시물
4 | {N[3]} | 게시중단 |
5 | {N[4]} | 게시물 없음 | 요청 전 작성자 자진 삭제
6 | {N[5]} | 조치 불가 | 카페 운영원칙 위반 사항 확인되지 않음
7 | {N[6]} | 비공개 처리 |
8 | {N[7]} | 삭제 |
9 | {N[8]} | 삭제 | 질문글 및 답변 포함
10 | {N[9]} | 19세 이상 이용 제한 | 청소년 유해 게시물
11 | {N[10]} | 블라인드 |
12 | {N[11]} | 존재하지 않는 게시물 |

3. 기타 문의사항은 정책지원팀으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀 드림
""")

add(name="naver-html-table-five", outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 HTML result notice with a table (HTML-only body)",
    why="HTML table: 5 of the 12 items with 삭제 / 임시조치 / 유지(위반 아님) / 블라인드 / 게시물 없음; the right.naver.com help link is no item",
    **{"from": "right-noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Wed, 04 Sep 2024 18:03:11 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내",
    type="html",
    items={N[0]: "removed", N[2]: "restricted", N[5]: "rejected", N[10]: "removed", N[11]: "not_found"},
    body=f"""
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01) 가운데
블로그&middot;카페 게시물 5건의 처리 결과를 아래와 같이 안내해 드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N[0]}">{N[0]}</a></td><td>삭제</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>임시조치(30일)</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>유지 (운영원칙 위반 아님)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N[10]}">{N[10]}</a></td><td>블라인드</td><td>2024.09.04</td></tr>
<tr><td>5</td><td><a href="{N[11]}">{N[11]}</a></td><td>게시물 없음</td><td>-</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내해 드리겠습니다.</p>
<p>처리 기준은 <a href="https://right.naver.com/guide/process">게시중단요청서비스 이용안내</a>를 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""")

csv_att = "\ufeff" + "\n".join([
    "순번,게시물 URL,조치결과,조치일시",
    f"1,{N[1]},삭제,2024-09-05 11:02",
    f"2,{N[3]},게시중단,2024-09-05 11:05",
    f"3,{N[4]},게시물 없음(작성자 삭제),-",
    f"4,\"{N[6]}\",비공개 처리,2024-09-05 11:10",
    f"5,{N[7]},삭제,2024-09-05 11:12",
    f"6,\"{N[9]}\",19세 미만 열람 제한,2024-09-05 11:20",
]) + "\n"
add(name="naver-csv-attachment", outcome="applied", classification="confirmation",
    imitates="portal reply sending its 조치결과 as an Excel-exported CSV (UTF-8 with BOM) attachment",
    why="body points to the attachment; the CSV gives six items: 삭제/게시중단/비공개 removed, 게시물 없음 not_found, 19세 미만 열람 제한 restricted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 14:40:02 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    items={N[1]: "removed", N[3]: "removed", N[4]: "not_found", N[6]: "removed",
           N[7]: "removed", N[9]: "restricted"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_b119_csv_01"

--=_b119_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 6건에 대한 조치결과를 첨부 파일로 보내드립니다.
나머지 건은 서비스별 확인이 끝나면 회신드리겠습니다.

감사합니다.
정책지원팀 드림
''')}

--=_b119_csv_01
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}

--=_b119_csv_01--
""")

add(name="naver-cafe-blind-prose", outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영정책 담당자's plain-prose reply (블라인드 처리, 작성자 삭제)",
    why="two cafe posts listed under '블라인드 처리했습니다' are removed; the third, deleted by its author before review, is not_found; '나머지 건은 별도 회신' names nothing",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 10:25:48 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    items={N[3]: "removed", N[10]: "removed", N[4]: "not_found"},
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.

요청하신 건 중 카페 게시글 2건은 확인 후 블라인드 처리했습니다.

{N[3]}
{N[10]}

그리고 {N[4]} 게시글은 저희가 확인하기 전에
작성자가 직접 삭제해서 현재 조회되지 않는 상태입니다.

블로그·지식iN 등 나머지 건은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 카페 운영팀 드림
""")

add(name="naver-imsi-quoted-printable", outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 제44조의2, 30일) sent quoted-printable",
    why="QP-encoded body: two named blog posts put under 30-day 임시조치 (access blocked), i.e. restricted",
    **{"from": "right-noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Tue, 03 Sep 2024 16:51:30 +0900",
    subject="[네이버] 게시물 임시조치 안내",
    items={N[0]: "restricted", N[2]: "restricted"},
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 게시중단요청서비스입니다.

방송통신심의위원회(요청번호 KCSC-240902-01)의 요청에 따라 아래 게시물 2건에 대하여
정보통신망법 제44조의2에 따른 임시조치(30일간 접근 차단)를 하였습니다.

- 대상 게시물 1: {N[0]}
- 대상 게시물 2: {N[2]}

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간 만료 후 게시물은 삭제됩니다.
임시조치 제도에 대한 안내: https://right.naver.com/guide/temporary

본 메일은 발신 전용입니다.
''')}
""")

add(name="naver-sole-one-item", outcome="applied", classification="confirmation",
    imitates="short NAVER reply in the request's thread, no URL, for a one-item request",
    why="a one-item request (KCSC-240909-06) answered in its thread: '요청하신 카페 게시글은 게시중단 조치' applies to its only item",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 11:08:55 +0900",
    subject="RE: [KCSC-240909-06] 불법정보 시정요구",
    reply_to_req="kcsc-req-240909-06",
    items={M1: "removed"},
    body="""
안녕하세요.

요청하신 카페 게시글은 확인 후 금일 오전 게시중단 조치하였습니다.

감사합니다.
네이버 정책지원팀 드림
""")

add(name="naver-kin-top-posted", outcome="applied", classification="confirmation",
    imitates="informal top-posted reply from a NAVER 지식iN operator over the '>'-quoted request",
    why="only the kin question named in the reply is deleted; the other eleven URLs appear only in the quoted request",
    **{"from": "kin_ops@navercorp.com"}, name_from="네이버 지식iN 운영",
    date="Thu, 05 Sep 2024 09:14:20 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    items={N[8]: "removed"},
    body=f"""
지식iN 건만 먼저 회신드립니다.

{N[8]}
질문글은 운영원칙(불법 도박 홍보) 위반으로 답변과 함께 삭제했습니다.

나머지는 블로그/카페 쪽에서 따로 답변 드릴 거예요.

지식iN 운영 담당 드림

2024년 9월 2일 (월) 오전 10:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240902-01"))}
""")

add(name="naver-outlook-original-message", outcome="applied", classification="confirmation",
    imitates="Outlook reply from a NAVER staffer with the request below '-----Original Message-----' (no '>' quoting)",
    why="above the original message: NAVER post age-restricted (19세 이상) -> restricted, cafe post kept as no violation -> rejected; URLs below are the quoted request",
    **{"from": "lee.sohyun@navercorp.com"}, name_from="이소현",
    date="Fri, 06 Sep 2024 10:47:03 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    items={N[9]: "restricted", N[5]: "rejected"},
    body=f"""
안녕하세요, 네이버 이소현입니다.

문의하신 2건 처리 결과 공유드립니다.

1) 네이버 포스트
{N[9]}
→ 청소년 유해 게시물로 판단하여 19세 이상만 열람 가능하도록 연령 제한을 설정했습니다.

2) 카페 게시글
{N[5]}
→ 검토 결과 카페 운영원칙 및 관련 법령 위반 사항이 없어 게시를 유지합니다.

감사합니다.
이소현 드림 | 네이버 Trust&Safety

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:30:00 (GMT+09:00)
Subject: [KCSC-240902-01] 불법정보 시정요구

{request_text("KCSC-240902-01")}
""")

add(name="naver-echoed-report-form", outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail echoing the report form fields (■ 신고 게시물 / ■ 처리 결과)",
    why="the echoed form names one URL and its 처리 결과 게시중단 -> removed",
    **{"from": "right-noreply@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Fri, 06 Sep 2024 15:22:41 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (RT-2024-0906-77812)",
    items={N[11]: "removed"},
    body=f"""
[네이버 게시중단 요청 처리 결과 안내]

요청하신 게시중단 건의 처리가 완료되어 알려드립니다.

■ 접수번호 : RT-2024-0906-77812
■ 요청 기관 : 방송통신심의위원회 (KCSC-240902-01)
■ 신고 게시물 : {N[11]}
■ 신고 사유 : 불법정보(개인정보 노출)
■ 처리 결과 : 게시중단
■ 처리 일시 : 2024.09.06 15:20

처리 내역은 게시중단요청서비스 > 마이페이지(https://right.naver.com/mypage)에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용이므로 회신되지 않습니다.
""")

add(name="naver-gmail-two-deleted", outcome="applied", classification="confirmation",
    imitates="Gmail-style Korean reply ('…님이 작성:') from a NAVER blog team member, list under a heading",
    why="'아래 두 건은 삭제 처리되었습니다' followed by two listed URLs: both removed; the quoted request changes nothing",
    **{"from": "blog_safety@navercorp.com"}, name_from="네이버 블로그 운영",
    date="Thu, 05 Sep 2024 13:02:17 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    items={N[1]: "removed", N[7]: "removed"},
    body=f"""
안녕하세요, 네이버 블로그 운영 담당입니다.

블로그 게시물 중 아래 두 건은 삭제 처리되었습니다.

- {N[1]}
- {N[7]}

다른 블로그 게시물은 아직 검토하고 있습니다.

2024년 9월 2일 (월) 오전 10:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240902-01", N[:3] + N[6:8]))}
""")

add(name="naver-fullwidth-closed-cafe", outcome="applied", classification="confirmation",
    imitates="NAVER reply in formal Korean with full-width brackets and full stop around the URL",
    why="the one requested cafe post no longer exists because the cafe was closed by its manager -> not_found",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:31:12 +0900",
    subject="RE: [KCSC-240909-06] 불법정보 시정요구 — 확인 결과",
    reply_to_req="kcsc-req-240909-06",
    items={M1: "not_found"},
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

요청하신 게시물（{M1}）은
확인 결과 카페 매니저가 카페를 폐쇄하여 더 이상 존재하지 않는 게시물입니다。
따라서 당사가 별도로 조치할 대상이 없음을 알려드립니다.

네이버 정책지원팀 드림
""")

add(name="kakao-right-center-imsi", outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리결과 안내 (임시조치 30일, 게시물 삭제) with 대상/처리 pairs",
    why="each 대상 URL is followed by its 처리 line: two Daum cafe posts under 임시조치 (restricted), one deleted (removed)",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 16:18:09 +0900",
    subject="[카카오] 시정요구(KCSC-240903-02) 처리결과 안내",
    reply_to_req="kcsc-req-240903-02",
    items={K[0]: "restricted", K[1]: "restricted", K[2]: "removed"},
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회 시정요구(KCSC-240903-02) 중 Daum 카페 게시물의 처리결과를 안내드립니다.

[처리내역]
- 대상: {K[0]}
  처리: 임시조치 (30일간 게시물 접근 차단)
- 대상: {K[1]}
  처리: 임시조치 (30일간 게시물 접근 차단)
- 대상: {K[2]}
  처리: 게시물 삭제

티스토리 게시물 2건은 티스토리 운영팀에서 따로 회신할 예정입니다.

카카오 권리침해신고센터 드림
고객센터: https://cs.kakao.com/helps?service=52
""")

add(name="kakao-tistory-raw-korean-path", outcome="applied", classification="confirmation",
    imitates="Tistory 운영팀 reply writing the entry URL with its raw Korean slug in angle brackets",
    why="the raw-Korean entry URL (stored percent-encoded) is deleted; the other blog was closed and the address no longer exists -> not_found",
    **{"from": "tistory_ops@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 11:40:26 +0900",
    subject="RE: [KCSC-240903-02] 불법정보 시정요구 (티스토리)",
    reply_to_req="kcsc-req-240903-02",
    items={K[3]: "removed", K[4]: "not_found"},
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

<{K4_RAW}>
위 게시글은 개인정보 불법 유통 게시물로 확인되어 삭제 조치하였습니다.

{K[4]} 는 해당 블로그가 이미 폐쇄되어
존재하지 않는 주소입니다.

감사합니다.
티스토리 운영팀 드림
""")

kakao_html = f"""<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다.</p>
<p>요청번호 KCSC-240903-02 관련 카페 게시글 검토 결과입니다.</p>
<ul>
<li><a href="{K[1]}">{K[1]}</a> &ndash; 카페 운영정책 위반(개인정보 노출)으로 게시글 삭제</li>
<li><a href="{K[2]}">{K[2]}</a> &ndash; 검토 결과 위반 사항이 확인되지 않아 게시글을 유지합니다</li>
</ul>
<p>운영정책 전문은 <a href="https://policy.daum.net/cafe/operation">카페 운영정책</a>에서 보실 수 있습니다.</p>
<p>Daum 카페 운영팀 드림</p>
</body></html>
"""
add(name="kakao-daum-base64-html", outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 HTML reply, base64-encoded, bulleted list with en dashes",
    why="base64 HTML list: one cafe post deleted (removed), one kept after review as no violation (rejected); the policy link is no item",
    **{"from": "cafe_ops@daum.net"}, name_from="Daum 카페 운영팀",
    date="Wed, 04 Sep 2024 17:55:00 +0900",
    subject="[Daum 카페] 요청하신 게시글 검토 결과",
    items={K[1]: "removed", K[2]: "rejected"},
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kakao_html)}
""")

add(name="kakao-receipt-plus-not-found", outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 문의 접수 reply that also carries the agent's finding",
    why="starts like a receipt (접수번호) but states without hedging that the named cafe post was already deleted and does not exist -> not_found",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 09:05:37 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0412345)",
    items={K[2]: "not_found"},
    body=f"""
안녕하세요. 카카오 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다. (접수번호 2409-0412345)

담당자 확인 결과, 문의하신 아래 게시글은 이미 삭제되어 존재하지 않는 게시글입니다.
{K[2]}

추가로 궁금한 점은 고객센터(https://cs.kakao.com)로 문의해 주세요.
감사합니다.
""")

add(name="youtube-legal-kr-korean", outcome="applied", classification="confirmation",
    imitates="YouTube 법무팀 Korean legal-request outcome (대한민국에서 액세스 차단 / 커뮤니티 가이드 위반 삭제)",
    why="headings followed by URLs: two videos blocked in Korea (restricted), one Short removed worldwide (removed); support.google.com link is no item",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Fri, 06 Sep 2024 08:12:44 +0900",
    subject="KCSC-240904-03: YouTube 법적 요청 검토 결과",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
    body=f"""
안녕하세요.

방송통신심의위원회의 요청(KCSC-240904-03)을 검토했으며, 그 결과를 다음과 같이 알려드립니다.

대한민국에서 액세스를 차단한 콘텐츠:
{Y[0]}
{Y[1]}

YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제한 콘텐츠:
{Y[2]}

YouTube가 법적 요청을 처리하는 방식은 https://support.google.com/youtube/answer/6154230 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""")

add(name="youtube-channel-terminated-en", outcome="applied", classification="confirmation",
    imitates="YouTube legal team English outcome: channel terminated, one video left up with reasons",
    why="channel written with its raw Korean handle is terminated (removed); the video does not violate policy or local law and stays up (rejected)",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 03:41:19 +0900",
    subject="Re: KCSC-240904-03 [ref:_00D1b119._5003x9KQ2:ref]",
    reply_to_req="kcsc-req-240904-03",
    items={Y[3]: "removed", Y[1]: "rejected"},
    body=f"""
Hello,

Thank you for your notice KCSC-240904-03. Our team has completed its review.

The channel {Y4_RAW} has been terminated for repeated violations of our
Community Guidelines. Its content is no longer available on YouTube.

The video {Y[1]} does not violate our Community Guidelines, and we did not
find it unlawful under the laws of South Korea based on the information
provided. We have therefore declined to take action on it.

If you have additional information you would like us to consider, please reply
to this email.

Regards,
The YouTube Legal Support Team
""")

add(name="youtube-age-restricted-short", outcome="applied", classification="confirmation",
    imitates="YouTube trust & safety note that an age restriction was applied",
    why="one Short of the four-item request named: age restriction applied -> restricted",
    **{"from": "youtube-noreply@google.com"}, name_from="YouTube",
    date="Thu, 05 Sep 2024 22:10:05 +0900",
    subject="Update on your report KCSC-240904-03",
    items={Y[2]: "restricted"},
    body=f"""
Hi,

We reviewed {Y[2]} that you reported.

We've applied an age restriction to this Short. Viewers now need to be signed in
and at least 18 years old to watch it, and it is not shown in the Shorts feed to
younger viewers. Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

We're still reviewing the other content in your report.

- The YouTube Team
""")

add(name="youtube-url-below-statement", outcome="applied", classification="confirmation",
    imitates="YouTube Korean reply with each statement sentence followed by its URL on the next line",
    why="'한국에서 차단되었습니다' then URL -> restricted; '업로더가 이미 삭제하여 확인할 수 없습니다' then URL -> not_found",
    **{"from": "legal-kr@google.com"}, name_from="Google 법무팀",
    date="Fri, 06 Sep 2024 19:30:50 +0900",
    subject="RE: [KCSC-240904-03] 불법정보 시정요구",
    reply_to_req="kcsc-req-240904-03",
    items={Y[0]: "restricted", Y[1]: "not_found"},
    body=f"""
안녕하세요.

다음 동영상은 현지 법률에 따라 한국에서 차단되었습니다.
{Y[0]}

다음 동영상은 업로더가 이미 삭제하여 확인할 수 없습니다.
{Y[1]}

감사합니다.
Google 법무팀 드림
""")

add(name="dc-operator-informal", outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply (구어체) in the request thread",
    why="two stock-gallery posts '삭제했고요' -> removed; the coin minor-gallery post was deleted by its author first and cannot be looked up -> not_found; the mini-gallery item is only promised and not named",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 13:27:38 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req="kcsc-req-240905-04",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 게시물 확인했습니다.

{D[0]}
{D[1]}
위 두 글은 삭제했고요,

코인 마이너갤 글({D[2]})은
작성자가 먼저 지워서 저희 쪽에서도 조회가 안 되네요.

미니갤 건은 매니저 확인 중이라 내일 다시 말씀드리겠습니다.
수고하세요.
""")

add(name="dc-status-arrow-below-url", outcome="applied", classification="confirmation",
    imitates="DC Inside numbered result list with '→ 처리:' on the line below each URL",
    why="numbered list: mini-gallery post deleted and author blocked -> removed; minor-gallery post deleted -> removed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Sat, 07 Sep 2024 10:02:14 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 (KCSC-240905-04)",
    items={D[3]: "removed", D[2]: "removed"},
    body=f"""
[디시인사이드] 시정요구 처리 결과 안내

요청번호: KCSC-240905-04

1. {D[3]}
   → 처리: 게시물 삭제 및 작성자 이용 차단
2. {D[2]}
   → 처리: 게시물 삭제

디시인사이드 신고센터
""")

add(name="dc-url-with-particle", outcome="applied", classification="confirmation",
    imitates="DC Inside reply where the URL runs straight into the Korean particle '의'",
    why="the one-item request's URL is written with '의' attached; the post was deleted and the IP blocked -> removed",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Tue, 10 Sep 2024 15:45:09 +0900",
    subject="RE: [KCSC-240910-07] 불법정보 시정요구",
    reply_to_req="kcsc-req-240910-07",
    items={E1: "removed"},
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 {E1}의 게시물은
의약품 불법 판매 게시물로 확인되어 삭제 조치하였으며, 작성자 IP는 이용 차단하였습니다.

감사합니다.
""")

add(name="dc-tab-table-pasted", outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table pasted from a spreadsheet (tab-separated) into a DC Inside reply",
    why="tab table: two posts 삭제 -> removed; one 해당 게시물 없음(작성자 삭제) -> not_found; one 조치 안 함(위반 아님) -> rejected",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject="[디시인사이드] 시정요구 조치결과 회신 KCSC-240905-04",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "rejected"},
    body=f"""
안녕하세요. 디시인사이드입니다.
KCSC-240905-04 시정요구 조치결과를 아래와 같이 회신드립니다.

번호\t게시물 주소\t조치결과\t조치일
1\t{D[0]}\t삭제\t2024-09-06
2\t{D[1]}\t삭제\t2024-09-06
3\t{D[2]}\t해당 게시물 없음(작성자 삭제)\t-
4\t{D[3]}\t조치 안 함(위반 사항 없음)\t-

문의: 디시인사이드 신고센터
""")

add(name="band-result-notice", outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 처리 결과 안내 with '· URL : result' lines",
    why="one post deleted for illegal information -> removed; the other shows no policy violation and nothing was done -> rejected",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Mon, 09 Sep 2024 14:33:21 +0900",
    subject="[BAND] 요청하신 게시글 처리 결과 안내 (KCSC-240906-05)",
    items={B[0]: "removed", B[1]: "rejected"},
    body=f"""
안녕하세요. BAND입니다.
요청하신 게시글에 대한 처리 결과를 알려드립니다.

· {B[0]} : 운영정책 위반(불법 정보)으로 게시글 삭제
· {B[1]} : 검토 결과 운영정책 위반이 확인되지 않아 별도 조치하지 않음

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""")

add(name="band-both-listed-angle", outcome="applied", classification="confirmation",
    imitates="BAND operator reply: one statement over an angle-bracketed list naming both posts",
    why="'아래 게시글 2건 모두 삭제' with both URLs listed: each is named, so both removed (not a bulk statement)",
    **{"from": "safety@band.us"}, name_from="BAND 세이프티팀",
    date="Tue, 10 Sep 2024 10:05:44 +0900",
    subject="RE: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req="kcsc-req-240906-05",
    items={B[0]: "removed", B[1]: "removed"},
    body=f"""
안녕하세요, BAND 세이프티팀입니다.

아래 게시글 2건 모두 삭제 조치 완료했습니다.

- <{B[0]}>
- <{B[1]}>

해당 밴드 리더에게는 운영정책 위반 경고를 발송했습니다.

BAND 세이프티팀 드림
""")

# ============================== REVIEW ==============================

add(name="naver-promise-will-remove", outcome="review", review="not_understood",
    imitates="NAVER 공문-style interim reply promising 게시중단 '예정'",
    why="'게시중단 조치될 예정입니다' is a promise, not a statement: the three named items stay pending",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 15:30:00 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 (중간 회신)",
    reply_to_req="kcsc-req-240902-01",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회의 시정요구(KCSC-240902-01)와 관련하여 중간 회신드립니다.
요청하신 게시물 중 아래 3건은 내부 검토를 거쳐 금주 중 게시중단 조치될 예정입니다.

{N[0]}
{N[1]}
{N[2]}

나머지 게시물은 검토가 끝나는 대로 최종 조치결과와 함께 회신드리겠습니다.

네이버 정책지원팀 드림
""")

add(name="kakao-hedge-seems-deleted", outcome="review", review="not_understood",
    imitates="Kakao 고객센터 agent reply with a hedge ('삭제된 것으로 보입니다')",
    why="'이미 삭제된 것으로 보입니다' hedges and the agent defers to another team: the named item stays pending",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 10:20:15 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다",
    reply_to_req="kcsc-req-240903-02",
    items={K[0]: "pending"},
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {K[0]} 게시글은
확인해 보니 이미 삭제된 것으로 보입니다.
다만 정확한 처리 여부는 카페 운영 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""")

add(name="naver-bulk-all-twelve", outcome="review", review="bulk",
    imitates="NAVER 공문 one-line 조치완료 회신 for the whole request",
    why="'대상 게시물 12건 전체 게시중단' names no URL for a 12-item request: bulk, items pending",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 10:00:12 +0900",
    subject="[네이버] 시정요구(KCSC-240902-01) 조치완료 통보",
    body="""
수신: 방송통신심의위원회
제목: 시정요구 조치완료 통보

1. 귀 위원회의 시정요구(KCSC-240902-01)와 관련입니다.
2. 당사는 위 시정요구 대상 게시물 12건 전체에 대하여 2024. 9. 6.자로 게시중단 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원팀
""")

add(name="dc-bulk-all-deleted", outcome="review", review="bulk",
    imitates="informal DC Inside reply 'all reported posts deleted' in the thread",
    why="'신고하신 게시물 4건 모두 삭제' without naming them, for a four-item request: bulk",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 17:48:30 +0900",
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req="kcsc-req-240905-04",
    body="""
안녕하세요 디시 운영팀입니다.
신고하신 게시물 4건 모두 삭제 처리했습니다.
수고하세요.
""")

add(name="naver-dmarc-fail", outcome="review", review="untrusted",
    imitates="NAVER-looking 조치결과 mail whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: the statements about two cafe posts cannot be trusted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    date="Thu, 05 Sep 2024 20:14:05 +0900",
    subject="[네이버] 시정요구 조치결과 (KCSC-240902-01)",
    items={N[3]: "pending", N[4]: "pending"},
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 관련 아래 카페 게시물은 게시중단 처리되었습니다.
{N[3]}
{N[4]}

네이버 정책지원팀
""")

add(name="agency-unknown-sender", outcome="review", review="unknown_sender",
    imitates="monitoring contractor's status report about NAVER posts (not a platform)",
    why="a monitoring firm, not NAVER, says two blog posts were deleted: unknown sender, nothing applied",
    **{"from": "report@cleanweb-monitor.co.kr"}, name_from="클린웹모니터링",
    date="Fri, 06 Sep 2024 09:00:41 +0900",
    subject="[모니터링 보고] KCSC-240902-01 삭제 여부 확인",
    items={N[0]: "pending", N[1]: "pending"},
    body=f"""
통신심의국 담당자님께,

KCSC-240902-01 대상 게시물 중 아래 2건은 9월 5일 오후 기준 네이버에서 삭제된 것을 확인했습니다.

1) {N[0]}
2) {N[1]}

나머지 게시물은 계속 모니터링하여 보고드리겠습니다.
클린웹모니터링 드림
""")

add(name="google-search-delisting-naver", outcome="review", review="wrong_platform",
    imitates="Google Search legal removal outcome about third-party (NAVER) URLs",
    why="a google.com sender (YouTube's domain) states that NAVER blog URLs were removed from Google Search in Korea: statuses about another platform's items",
    **{"from": "removals-noreply@google.com"}, name_from="Google Search",
    date="Sat, 07 Sep 2024 06:15:30 +0900",
    subject="[#8-2197000031555] Your legal removal request - Google Search",
    items={N[0]: "pending", N[2]: "pending"},
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your request, we have blocked the following URLs from appearing
in Google Search results for users in South Korea:

{N[0]}
{N[2]}

Please note that this only affects Google Search. The pages themselves are
hosted by a third party and may still be reachable; to have them removed at
the source, please contact the site's owner.

Regards,
The Google Team
""")

add(name="youtube-conditional-review", outcome="review", review="not_understood",
    imitates="YouTube legal 'we are reviewing / may restrict' holding reply",
    why="under review and conditional ('if we determine … we may restrict'): the two named videos stay pending",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 02:20:10 +0900",
    subject="Re: KCSC-240904-03 [ref:_00D1b119._5003x9KQ2:ref]",
    reply_to_req="kcsc-req-240904-03",
    items={Y[0]: "pending", Y[1]: "pending"},
    body=f"""
Hello,

We are currently reviewing the following videos under the laws of South Korea:

{Y[0]}
{Y[1]}

If we determine that the content is unlawful in Korea, we may restrict access
to it there. We will follow up once our review is complete.

Regards,
The YouTube Legal Support Team
""")

add(name="band-asks-official-letter", outcome="review", review="asks_more", classification="request_for_info",
    imitates="BAND asking for a sealed official letter (공문, 직인) and legal basis before acting",
    why="BAND asks for documents before it can act on the two posts: asks_more, items pending",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 17:02:55 +0900",
    subject="RE: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req="kcsc-req-240906-05",
    items={B[0]: "pending", B[1]: "pending"},
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 아래 게시글의 처리를 위해 추가 자료가 필요합니다.
{B[0]}
{B[1]}

귀 기관의 직인이 날인된 공문(PDF)과 심의·의결 근거 조항을 본 메일로 회신해 주시면
확인 후 처리해 드리겠습니다.

감사합니다.
""")

add(name="naver-contact-change-no-claims", outcome="review", review="no_claims",
    imitates="NAVER notice to the regulator about a changed reception address (no request, no item)",
    why="trusted NAVER mail naming no item and no request: no_claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 11:00:00 +0900",
    subject="[네이버] 시정요구 접수 창구 변경 안내",
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

2024년 9월 16일부터 시정요구 및 협조요청 공문의 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: kcsc-desk@navercorp.com

변경 이후에도 기존 주소로 보내주신 메일은 한 달간 자동으로 전달됩니다.
업무에 참고 부탁드립니다.

네이버 정책지원팀 드림
""")

add(name="dc-conditional-seven-days", outcome="review", review="not_understood",
    imitates="DC Inside notice that posts will be deleted after the author's 소명 period",
    why="deletion depends on the author not objecting within 7 days: a condition, both named posts stay pending",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Fri, 06 Sep 2024 09:40:00 +0900",
    subject="[디시인사이드] 시정요구 접수 및 처리 예정 안내 (KCSC-240905-04)",
    items={D[0]: "pending", D[1]: "pending"},
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 작성자에게 소명 기회를 부여하였으며,
7일 이내에 작성자의 이의 제기가 없을 경우 삭제될 예정입니다.

- {D[0]}
- {D[1]}

처리가 완료되면 다시 안내드리겠습니다.
""")

add(name="youtube-lookalike-domain", outcome="review", review="unknown_sender",
    imitates="a YouTube-branded notice sent from a look-alike domain, not youtube.com/google.com",
    why="sender domain youtube-legalcenter.net is no platform's: statements about three videos are not applied",
    **{"from": "no-reply@youtube-legalcenter.net"}, name_from="YouTube Legal",
    date="Sat, 07 Sep 2024 12:00:00 +0900",
    subject="KCSC-240904-03 - Content removed",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
    body=f"""
Dear KCSC,

The following content reported under KCSC-240904-03 has been removed from YouTube:

{Y[0]}
{Y[1]}
{Y[2]}

YouTube Legal
""")

# ============================== IGNORED ==============================

add(name="naver-out-of-office", outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a NAVER staff mailbox",
    why="out-of-office auto-reply (Auto-Submitted) that says nothing about items",
    **{"from": "kim.jiwon@navercorp.com"}, name_from="김지원",
    date="Mon, 02 Sep 2024 10:30:41 +0900",
    subject="[부재중] Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc-req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 김지원입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
메일은 복귀 후 순차적으로 확인하겠습니다.

급한 시정요구 건은 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""")

add(name="kakao-ticket-receipt", outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 '문의가 접수되었습니다' ticket receipt",
    why="pure receipt with a ticket number; no item, no status",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 03 Sep 2024 11:00:52 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409-0398121)",
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: 2409-0398121
- 접수일시: 2024.09.03 11:00

답변은 순차적으로 진행되며, 문의량에 따라 다소 지연될 수 있습니다.
답변이 등록되면 이 메일 주소로 알려드리겠습니다.

※ 본 메일은 발신 전용입니다.
""")

dsn_orig = request_text("KCSC-240906-05")
add(name="band-dsn-user-unknown", outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) returning the request to BAND",
    why="our own MTA's bounce; the returned request carries the URLs but is no platform statement",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 10:10:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B119DSN.1725585019/mx.kcsc.example"

This is a MIME-encapsulated message.

--B119DSN.1725585019/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report@band.us>: host mx1.band.us[203.0.113.25] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--B119DSN.1725585019/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzB119Q7z
Arrival-Date: Fri,  6 Sep 2024 10:10:00 +0900 (KST)

Final-Recipient: rfc822; report@band.us
Original-Recipient: rfc822;report@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected:
    User unknown

--B119DSN.1725585019/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: report@band.us
Subject: {h("[KCSC-240906-05] 불법정보 시정요구")}
Date: Fri, 06 Sep 2024 10:10:00 +0900
Message-ID: <kcsc-req-240906-05@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dsn_orig)}

--B119DSN.1725585019/mx.kcsc.example--
""")

add(name="naver-mdn-read", outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook 읽음 확인 (MDN, disposition-notification)",
    why="read receipt for our request; says nothing about the items",
    **{"from": "lee.sohyun@navercorp.com"}, name_from="이소현",
    date="Mon, 02 Sep 2024 11:02:09 +0900",
    subject="읽음: [KCSC-240902-01] 불법정보 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_b119_mdn_7"

------=_b119_mdn_7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''메시지

   받는 사람: 이소현
   제목: [KCSC-240902-01] 불법정보 시정요구
   보낸 날짜: 2024-09-02 (월) 오전 10:30

을(를) 2024-09-02 (월) 오전 11:02에 읽었습니다.
''')}

------=_b119_mdn_7
Content-Type: message/disposition-notification

Reporting-UA: navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lee.sohyun@navercorp.com
Original-Message-ID: <kcsc-req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_b119_mdn_7--
""")

add(name="youtube-legal-ack", outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform automatic confirmation in Korean ('요청을 제출해 주셔서 감사합니다')",
    why="automatic acknowledgement with a case reference; no status about any item",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 04 Sep 2024 09:41:30 +0900",
    subject="KCSC-240904-03: 요청이 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

YouTube 법무팀에 요청을 제출해 주셔서 감사합니다.
요청이 접수되었으며 참조 번호는 8-2197000031101 입니다.

담당 팀에서 요청을 검토한 후 필요한 경우 이메일로 연락드리겠습니다.
이 메일에 회신하지 마세요.

YouTube 법무팀
""")

add(name="dc-auto-reply-with-quote", outcome="ignored", classification="auto_reply",
    imitates="DC Inside 신고센터 자동응답 that quotes the original request under it",
    why="auto-reply (Auto-Submitted, '자동 발송') quoting our request: the URLs in the quote are ours, nothing applies",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 09:20:33 +0900",
    subject="[자동응답] RE: [KCSC-240910-07] 불법정보 시정요구",
    reply_to_req="kcsc-req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body=f"""
본 메일은 자동 발송 메일입니다.

디시인사이드 신고센터에 메일을 보내주셔서 감사합니다.
접수된 메일은 영업일 기준 1~3일 이내에 담당자가 확인합니다.
(주말 및 공휴일에는 처리가 지연될 수 있습니다.)

----- 원본 메일 -----
{quoted(request_text("KCSC-240910-07"))}
""")

add(name="naver-dsn-mailbox-full", outcome="ignored", classification="bounce",
    imitates="NAVER mail server DSN in Korean (수신자 메일함 용량 초과, 5.2.2)",
    why="delivery failure report from NAVER's mail system; no statement about items",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 16:00:40 +0900",
    subject="메일 발송 실패: [KCSC-240909-06] Returned mail",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b119-nv-dsn"

--b119-nv-dsn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''메일이 전송되지 않았습니다.

받는 사람 kcsc-desk@navercorp.com 의 메일함 용량이 초과되어 메일을 전달하지 못했습니다.
잠시 후 다시 보내시거나 다른 주소로 보내주세요.

Your message to kcsc-desk@navercorp.com could not be delivered: mailbox full.
''')}

--b119-nv-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com

Final-Recipient: rfc822; kcsc-desk@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--b119-nv-dsn
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: kcsc-desk@navercorp.com
Subject: [KCSC-240909-06] Illegal content correction request
Date: Mon, 09 Sep 2024 16:00:00 +0900
Message-ID: <kcsc-req-240909-06@kcsc.example>

--b119-nv-dsn--
""")

HEADER = """# Blind set 119 (Korean portals: NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND). Written by tests/corpus/blind119/make.py; do not edit by
# hand. Expected results come from each email's meaning alone, written
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
