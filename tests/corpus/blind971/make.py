#!/usr/bin/env python3
"""Blind set 971: Korean replies (NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, receipts, DSNs and MDNs.

    python3 tests/corpus/blind971/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the email's meaning alone, before any run
of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind971"

# ---------------------------------------------------------------- requests
YT_HANDLE_RAW = "https://www.youtube.com/@한밤의주식방"
YT_HANDLE = "https://www.youtube.com/@" + quote("한밤의주식방")
TS_RAW = "https://moneytalk-kr.tistory.com/entry/무료-리딩방-입장"
TS = "https://moneytalk-kr.tistory.com/entry/" + quote("무료-리딩방-입장")

N = {
    1: "https://blog.naver.com/moonlit_pharm/223560011201",
    2: "https://blog.naver.com/moonlit_pharm/223560011388",
    3: "https://blog.naver.com/greenleaf_kr09/223561204477",
    4: "https://cafe.naver.com/pillmarket24/18820",
    5: "https://cafe.naver.com/pillmarket24/18834",
    6: "https://cafe.naver.com/pillmarket24/18851",
    7: "https://cafe.naver.com/dietshop77/4410",
    8: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70109&docId=471230556",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38110245&memberNo=51720033",
    10: "https://blog.naver.com/slimqueen_0812/223562900315",
    11: "https://m.blog.naver.com/slimqueen_0812/223562900477",
    12: "https://cafe.naver.com/dietshop77/4468",
    13: "https://blog.naver.com/bitgold_kr/223570044120",
}
K = {
    1: "https://cafe.daum.net/lucky_slot77/Abcd/1532",
    2: "https://cafe.daum.net/lucky_slot77/Abcd/1547",
    3: "https://casino-review-kr.tistory.com/118",
    4: "https://pf.kakao.com/_xkQmTz/104455312",
    5: TS,
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2E",
    2: "https://www.youtube.com/watch?v=h7RzW0aNc4s",
    3: "https://www.youtube.com/shorts/Xp9LqD2mK7w",
    4: YT_HANDLE,
    5: "https://youtu.be/b2NfK8sTq0Y",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_sig&no=220871",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_sig&no=220904",
}
B = {
    1: "https://band.us/band/88120457/post/1203",
    2: "https://band.us/band/88120457/post/1219",
}

# ref, platform, sent_at, due_at, urls, category, message_id (no <>), note
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "illegal_drugs", "req-240903-01@kcsc.example",
     "의약품 불법 판매 (블로그·카페·지식iN·포스트)"),
    ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 5)], "illegal_gambling", "req-240905-02@kcsc.example",
     "불법 도박 사이트 홍보"),
    ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 6)], "investment_fraud", "req-240906-03@kcsc.example",
     "주식 리딩방 사기 영상·채널"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "investment_fraud", "req-240909-04@kcsc.example",
     "코인 리딩방 홍보 게시물"),
    ("KCSC-240911-05", "band", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [B[1], B[2]], "illegal_gambling", "req-240911-05@kcsc.example",
     "밴드 내 도박 홍보 게시글"),
    ("KCSC-240912-06", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [N[13]], "investment_fraud", "req-240912-06@kcsc.example",
     "불법 금융투자 광고 블로그 글"),
    ("KCSC-240913-07", "kakao", "2024-09-13T09:20:00+09:00", "2024-09-20T18:00:00+09:00",
     [K[5]], "investment_fraud", "req-240913-07@kcsc.example",
     "유사투자자문 광고 티스토리 글 (한글 주소)"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    """reply_to_req value for corpuslib: the request's Message-ID without the domain."""
    return REQ[ref][6].split("@")[0]


def request_body(ref):
    r = REQ[ref]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 관련 법령을 위반한 불법정보로 심의·의결되어 시정요구(삭제 또는 접속차단)하오니,",
        f"조치 후 그 결과를 회신하여 주시기 바랍니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 드림"]
    return lines


def gmail_quote(ref, when):
    out = [f"{when} KCSC Takedown <takedown@kcsc.example>님이 작성:"]
    out += [("> " + l) if l else ">" for l in request_body(ref)]
    return "\n".join(out)


def outlook_quote(ref, sent, to):
    r = REQ[ref]
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: [{ref}] 불법정보 시정요구",
        "",
    ]
    return "\n".join(out + request_body(ref))


def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc_word(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# =========================== applied ======================================

case(
    name="naver-gongmun-text-table-all12",
    date="Fri, 06 Sep 2024 16:42:10 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 시정요구 담당
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(KCSC-240903-01, 2024. 9. 3.)와 관련하여, 당사의 조치
   결과를 아래와 같이 회신합니다.

 연번 | 대상 URL | 조치결과 | 비고
 -----+----------+----------+------
 1 | {N[1]} | 삭제 | 블로그
 2 | {N[2]} | 삭제 | 블로그
 3 | {N[3]} | 게시중단 | 블로그
 4 | {N[4]} | 삭제 | 카페
 5 | {N[5]} | 삭제 | 카페
 6 | {N[6]} | 기삭제 | 게시자 자진 삭제
 7 | {N[7]} | 임시조치(30일) | 카페
 8 | {N[8]} | 삭제 | 지식iN
 9 | {N[9]} | 조치불가 | 위반 사항 확인되지 않음
 10 | {N[10]} | 삭제 | 블로그
 11 | {N[11]} | 삭제 | 블로그(모바일 주소)
 12 | {N[12]} | 해당없음 | 존재하지 않는 게시물

3. 기타 문의사항은 정책지원팀 담당자(02-000-0000)에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a plain-text table (연번/URL/조치결과/비고)",
    why="NAVER, trusted; each of the 12 rows names its URL and a result: 삭제/게시중단 removed, 기삭제(게시자 자진 삭제) not_found, 임시조치 restricted, 조치불가(위반 없음) rejected, 존재하지 않는 게시물 not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "restricted", N[8]: "removed", N[9]: "rejected",
           N[10]: "removed", N[11]: "removed", N[12]: "not_found"},
)

html_naver = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01) 중 카페·포스트 게시물의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024-09-04 14:10</td></tr>
<tr><td>2</td><td><a href="{N[4]}">{N[4]}</a></td><td>블라인드</td><td>2024-09-04 14:12</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>2024-09-04 14:12</td></tr>
<tr><td>4</td><td><a href="{N[6]}">{N[6]}</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N[9].replace('&', '&amp;')}">{N[9].replace('&', '&amp;')}</a></td><td>유지 (운영원칙 위반 아님)</td><td>2024-09-04 15:01</td></tr>
</table>
<p>나머지 게시물은 처리되는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/inquiry/example">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="naver-html-table-qp-five",
    date="Wed, 04 Sep 2024 15:20:33 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject=enc_word("[네이버] 게시물 처리 결과 안내 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv971-alt"

--nv971-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_naver)}
--nv971-alt--
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre HTML result notice with a results table (quoted-printable)",
    why="five rows, each with its URL: 삭제 and 블라인드 removed, 게시물 없음(작성자 삭제) not_found, 유지(위반 아님) rejected; the help link is not an item",
    items={N[1]: "removed", N[4]: "removed", N[5]: "removed", N[6]: "not_found", N[9]: "rejected"},
)

csv_text = "\ufeff번호,URL,서비스,처리결과,처리일시\r\n" + "".join(
    f"{i},{u},{s},{r},{t}\r\n" for i, (u, s, r, t) in enumerate([
        (N[2], "블로그", "삭제", "2024-09-05 10:02"),
        (N[3], "블로그", "삭제", "2024-09-05 10:03"),
        (N[7], "카페", "임시조치", "2024-09-05 10:15"),
        (N[8], "지식iN", "게시물 없음", "-"),
        (N[10], "블로그", "삭제", "2024-09-05 10:21"),
        (N[12], "카페", "블라인드", "2024-09-05 10:30"),
    ], 1))
# the kin and post URLs hold no comma, so the CSV needs no quoting
case(
    name="naver-csv-attachment-six",
    date="Thu, 05 Sep 2024 11:05:47 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv971-mix"

--nv971-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

9월 3일 요청하신 건(KCSC-240903-01)의 1차 처리 결과를 첨부 파일(CSV)로
송부드립니다. 첨부에 없는 게시물은 확인 중이며 완료되는 대로 회신드리겠습니다.

감사합니다.
''')}
--nv971-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv971-mix--
""",
    outcome="applied",
    classification="confirmation",
    imitates="platform reply carrying a per-URL result sheet as a CSV attachment (base64, BOM, CRLF)",
    why="CSV rows name each URL and a result: 삭제/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found; items not in the sheet are 'being checked' and stay pending",
    items={N[2]: "removed", N[3]: "removed", N[7]: "restricted", N[8]: "not_found",
           N[10]: "removed", N[12]: "removed"},
)

case(
    name="naver-blog-single-particle",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    subject="Re: [KCSC-240912-06] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240912-06"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 {N[13]}은 미등록 투자자문 광고에 해당하여
2024년 9월 13일 오전 삭제 조치하였습니다.

해당 블로그에는 운영정책에 따라 글쓰기 제한도 함께 적용하였습니다.

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog team's short prose reply, URL followed directly by the particle 은",
    why="one named URL, '삭제 조치하였습니다' is a finished act: removed",
    items={N[13]: "removed"},
)

case(
    name="naver-sole-no-url-one-item",
    date="Thu, 12 Sep 2024 17:30:21 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240912-06] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240912-06"),
    body="""
안녕하세요.
요청하신 건 확인하였고, 해당 게시물은 게시중단 처리 완료하였습니다.

감사합니다.
정책지원팀 이도현 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal one-line operator reply in the request's thread, no URL",
    why="request KCSC-240912-06 has one item; '해당 게시물은 게시중단 처리 완료' is an unhedged statement about it: removed",
    items={N[13]: "removed"},
)

case(
    name="kakao-daum-imsi-notice",
    date="Fri, 06 Sep 2024 13:25:40 +0900",
    **{"from": "cafe_report@daum.net"},
    name_from="Daum 카페 신고센터",
    subject="[Daum 카페] 신고 게시물 임시조치 결과 안내",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요. Daum 카페 신고센터입니다.

방송통신심의위원회에서 신고하신 아래 게시물에 대하여 정보통신망법 제44조의2 및
카페 운영정책에 따라 30일간 임시조치(게시물 접근 차단)하였음을 알려드립니다.

■ 대상 게시물
 - {K[1]}
 - {K[2]}

■ 안내
 - 임시조치 기간 중 게시자가 재게시를 요청하지 않으면 게시물은 삭제됩니다.
 - 운영정책 안내: https://cs.daum.net/faq/cafe/example-policy

Daum 카페 신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 카페 임시조치 (30-day access block) result notice",
    why="both URLs named under a finished 임시조치 statement: restricted; the later deletion is only conditional, and the FAQ link is no item",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-korean-path-angle",
    date="Fri, 13 Sep 2024 15:48:09 +0900",
    **{"from": "tistory_report@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="[티스토리] 요청하신 게시글 처리 결과 (KCSC-240913-07)",
    reply_to_req=mid("KCSC-240913-07"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청번호 KCSC-240913-07 관련하여 회신드립니다.

<{TS_RAW}>의 게시글은 미등록 유사투자자문 광고로 확인되어
9월 13일 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operations reply; raw Hangul URL in angle brackets followed by the particle 의",
    why="the raw Korean path is the request's percent-encoded URL; '삭제 처리하였습니다': removed",
    items={K[5]: "removed"},
)

case(
    name="kakao-bulleted-four-mixed",
    date="Mon, 09 Sep 2024 10:11:52 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 신고센터입니다.
요청하신 4건의 처리 결과를 안내드립니다.

 • {K[1]} : 삭제 완료
 • {K[2]} : 삭제 완료
 • {K[3]} : 게시글 비공개 처리 및 블로그 이용 제한
 • {K[4]} : 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

추가 문의는 본 메일에 회신 주시기 바랍니다.
카카오 신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao report-centre reply, bulleted URL : result list",
    why="each bullet names its URL: 삭제 removed, 비공개 처리 removed, '위반 확인되지 않아 조치하지 않음' rejected",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-url-below-statement",
    date="Tue, 10 Sep 2024 16:02:18 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구 (2차 회신)",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 카카오 신고센터입니다. 남은 2건에 대해 회신드립니다.

아래 카카오톡 채널 게시물은 국내에서 접근할 수 없도록 접속 차단하였습니다.
{K[4]}

아래 티스토리 게시글은 작성자가 이미 삭제하여 현재 존재하지 않는 글입니다.
{K[3]}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao second reply, each statement followed by its URL on the next line",
    why="국내 접속 차단 = restricted in Korea; 작성자가 이미 삭제하여 존재하지 않는 글 = not_found",
    items={K[4]: "restricted", K[3]: "not_found"},
)

case(
    name="yt-legal-english-geo-and-removed",
    date="Mon, 09 Sep 2024 08:44:03 +0900",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240906-03] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Hello,

Thank you for your notice (your reference KCSC-240906-03).

After review, we have blocked the following videos from view in South Korea
under local law:

{Y[1]}
{Y[2]}

The following Short was removed globally for violating our Community
Guidelines:

{Y[3]}

For more information about how we handle government requests, see
https://support.google.com/youtube/answer/example-gov-requests

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-team reply to a government request: local block plus a global removal",
    why="two URLs under 'blocked ... in South Korea' restricted, one under 'removed globally' removed; the help link is no item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-korean-channel-handle",
    date="Tue, 10 Sep 2024 11:20:45 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 채널 {YT_HANDLE_RAW} 은 스팸, 현혹 행위 및 사기 관련 정책을
반복적으로 위반하여 해지되었습니다.

{Y[5]} 동영상은 검토 결과 커뮤니티 가이드 및 현지 법률 위반 사항이
확인되지 않아 게시 상태를 유지합니다.

감사합니다.
YouTube 법무지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korea legal reply in Korean: channel terminated, one video kept",
    why="raw Hangul handle matches the request's percent-encoded URL; 채널 해지 removed; '위반 사항이 확인되지 않아 게시 상태를 유지' rejected",
    items={Y[4]: "removed", Y[5]: "rejected"},
)

case(
    name="yt-age-restricted-rest-in-review",
    date="Mon, 09 Sep 2024 19:03:11 +0900",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240906-03] Request for removal of unlawful content",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Hi,

We reviewed {Y[1]} and applied an age restriction to it.
It can no longer be viewed by signed-out users or by users under 18.

The remaining URLs from your notice are still under review; we will reply
once we have reached a decision.

YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube age-restriction outcome notice",
    why="age restriction is restricted; the remaining URLs are only 'under review' and stay pending",
    items={Y[1]: "restricted"},
)

case(
    name="yt-top-posted-over-gmail-quote",
    date="Sat, 07 Sep 2024 02:15:37 +0900",
    **{"from": "minji.k@google.com"},
    name_from="Minji Kang",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Hi KCSC team,

Quick update on your notice: {Y[2]} has been taken down.
We're still looking at the other four links and will follow up separately.

Best,
Minji
YouTube Trust & Safety (Seoul)

{gmail_quote("KCSC-240906-03", "2024년 9월 6일 (금) 오전 11:00")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube T&S employee's top-posted Gmail reply over the quoted request",
    why="one unhedged 'has been taken down' for a named URL: removed; the four others are only in the promise and in the quoted request",
    items={Y[2]: "removed"},
)

case(
    name="dc-informal-arrows",
    date="Mon, 09 Sep 2024 15:33:20 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 건 처리 결과 알려드립니다.

{D[1]} → 삭제완료
{D[2]} → 삭제완료
{D[3]} → 작성자가 이미 삭제한 글입니다

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operator's informal reply, 'URL → result' lines",
    why="삭제완료 removed twice; '작성자가 이미 삭제한 글' not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-url-then-result-line",
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    subject="[디시인사이드] 신고 게시물 처리 결과 안내",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240909-04 요청 건에 대한 처리 결과입니다.

[1] {D[1]}
처리결과: 게시물 삭제, 작성자 IP 30일 차단

[2] {D[2]}
처리결과: 게시물 삭제 (갤러리 매니저 권한 회수)

[3] {D[3]}
처리결과: 미조치 - 단순 시황 공유 글로 불법정보에 해당하지 않는다고 판단

디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside report-result notice: bare URL, result on the line below",
    why="[1] and [2] 게시물 삭제 removed (the IP block is about the author); [3] 미조치 with its reason rejected",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

case(
    name="band-numbered-deleted-gone",
    date="Thu, 12 Sep 2024 14:40:29 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req=mid("KCSC-240911-05"),
    body=f"""
안녕하세요, BAND 고객센터입니다.
신고해 주신 게시글에 대한 처리 결과를 안내드립니다.

1) {B[1]}
   - 운영정책(불법 도박 홍보) 위반으로 게시글을 삭제하였습니다.
2) {B[2]}
   - 확인 시점에 이미 삭제되어 존재하지 않는 게시글입니다.

더 안전한 BAND를 만들기 위한 협조에 감사드립니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND customer-centre report result, numbered URL list with indented results",
    why="1) 삭제하였습니다 removed; 2) 이미 삭제되어 존재하지 않는 게시글 not_found",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-blind-one-other-pending",
    date="Wed, 11 Sep 2024 18:22:14 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject="RE: [KCSC-240911-05] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240911-05"),
    body=f"""
안녕하세요, BAND 고객센터입니다.

{B[2]} 게시글은 블라인드 처리되어 밴드 멤버를 포함한 모든 이용자에게
더 이상 노출되지 않습니다.

나머지 1건은 밴드 리더 소명 절차가 진행 중이라 결과가 나오면 다시
안내드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND operator reply: one post blinded, the other in progress",
    why="블라인드 for everyone = removed; the other item is only 'in progress' (pending)",
    items={B[2]: "removed", B[1]: "pending"},
)

case(
    name="naver-outlook-fullwidth-comma",
    date="Wed, 04 Sep 2024 09:58:02 +0900",
    **{"from": "cafe_ops@navercorp.com"},
    name_from="네이버 카페 운영지원",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당입니다.

요청하신 목록 중 {N[4]}，{N[5]} 두 건은 블라인드 처리하였습니다.
나머지 게시물은 검토가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
카페 운영지원 박지호

{outlook_quote("KCSC-240903-01", "Tuesday, September 3, 2024 10:00 AM", "policy@navercorp.com")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----', two URLs joined by a full-width comma",
    why="two named URLs 블라인드 처리하였습니다: removed; the other ten are in a promise and in the quoted request only",
    items={N[4]: "removed", N[5]: "removed"},
)

case(
    name="naver-qp-plain-three",
    date="Thu, 05 Sep 2024 18:10:44 +0900",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''네이버 블로그 고객센터입니다.

요청하신 게시물 가운데 블로그·카페 3건의 처리 내용입니다.

- {N[10]} : 게시물 삭제
- {N[11]} : 게시물 삭제
- {N[12]} : 해당 게시물을 찾을 수 없습니다 (주소 오류 또는 이미 삭제된 게시물)

감사합니다.
''')}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog customer-centre list reply, quoted-printable body (every Hangul byte encoded, soft line breaks)",
    why="two 게시물 삭제 removed, '해당 게시물을 찾을 수 없습니다' not_found",
    items={N[10]: "removed", N[11]: "removed", N[12]: "not_found"},
)

html_b64 = f"""<div style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>요청하신 게시물의 처리 결과입니다.</p>
<ul>
<li><a href="{N[7]}">{N[7]}</a> &ndash; 임시조치(30일) 완료</li>
<li><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a> &ndash; 질문글 삭제</li>
</ul>
<p>감사합니다.</p>
</div>
"""
case(
    name="naver-base64-html-list",
    date="Sat, 07 Sep 2024 10:30:19 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject=enc_word("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_b64)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre HTML-only reply, base64 body, bulleted results",
    why="임시조치 완료 restricted; 질문글 삭제 removed (the kin URL is written with &amp; in HTML)",
    items={N[7]: "restricted", N[8]: "removed"},
)

gongmun_kr = f"""카카오 정책협력팀

수신  방송통신심의위원회 통신심의국장
(경유)
제목  시정요구 조치결과 회신 (KCSC-240905-02)

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 KCSC-240905-02 (2024. 9. 5.)
3. 위 호와 관련하여 시정요구 대상 정보에 대한 당사의 조치결과를 아래와 같이
   회신합니다.

  가. {K[1]} : 삭제
  나. {K[2]} : 임시조치
  다. {K[3]} : 삭제
  라. {K[4]} : 게시물 부존재(조치 대상 없음)

붙임  없음.  끝.

주식회사 카카오 대표이사 (직인생략)
"""
case(
    name="kakao-gongmun-ksc5601",
    date="Wed, 11 Sep 2024 11:00:00 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from="Kakao Policy",
    subject="=?ks_c_5601-1987?B?" + base64.b64encode("[회신] 시정요구 조치결과 (KCSC-240905-02)".encode("cp949")).decode() + "?=",
    reply_to_req=mid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/plain; charset="ks_c_5601-1987"
Content-Transfer-Encoding: base64

{b64(gongmun_kr, "cp949")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean company 공문 (가./나./다. items) sent from Outlook in ks_c_5601-1987, base64",
    why="four named URLs: 삭제 removed twice, 임시조치 restricted, 게시물 부존재 not_found",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="yt-statement-of-reasons-short",
    date="Sun, 08 Sep 2024 06:12:57 +0900",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube",
    subject="Decision on your report - KCSC-240906-03",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
Decision on reported content

Content: {Y[3]}
Decision: Removed
Ground: Violation of YouTube's Community Guidelines (Spam, deceptive practices and scams policy)
Territorial scope: Worldwide
Detection: Notice submitted by a trusted flagger / government authority
Automated decision: No

If you disagree with this decision you can find information about your
options at https://support.google.com/youtube/answer/example-redress

- The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / territorial scope)",
    why="Content: URL, Decision: Removed, worldwide: removed; the redress link is no item",
    items={Y[3]: "removed"},
)

# the ticket system hard-wraps at 76 characters, even inside a URL
_kin_line = "요청하신 질문 " + N[8]
KIN_WRAPPED = _kin_line[:76] + "\n" + _kin_line[76:]
case(
    name="naver-hardwrapped-kin-url",
    date="Fri, 06 Sep 2024 10:44:31 +0900",
    **{"from": "kin_help@navercorp.com"},
    name_from="지식iN 운영팀",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 지식iN 운영팀입니다.
{KIN_WRAPPED} 은 의약품 불법 판매 정보에 해당하여 질문과 답변 모두 삭제하였습니다.
또한 요청하신 포스트 {N[9]}
도 같은 사유로 게시 중단하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="ticketing-system reply hard-wrapped at a fixed width, splitting a long kin URL across lines",
    why="the kin question (docId 471230556, split by the wrap) 삭제하였습니다 removed; the post 게시 중단하였습니다 removed",
    items={N[8]: "removed", N[9]: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    date="Thu, 05 Sep 2024 08:03:15 +0900",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 신고 접수 및 처리 안내",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
신고가 접수되었습니다. (접수번호 NV-20240905-118203)

접수 즉시 확인하였으며, 아래 게시물은 불법 의약품 판매 정보로 확인되어
삭제 조치하였습니다.

{N[9]}
{N[3]}

요청하신 다른 게시물은 담당 부서에서 검토 후 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre receipt that already carries a result for two posts",
    why="the receipt line is followed by unhedged 삭제 조치하였습니다 about two listed URLs: removed; so it is no mere acknowledgement",
    items={N[9]: "removed", N[3]: "removed"},
)

case(
    name="kakao-echoed-report-form",
    date="Fri, 06 Sep 2024 09:17:26 +0900",
    **{"from": "noreply@daum.net"},
    name_from="Daum 고객센터",
    subject="[Daum] 신고하신 게시물의 처리 결과를 알려드립니다",
    body=f"""
Daum 고객센터입니다. 신고하신 게시물의 처리 결과를 알려드립니다.

[신고 내용]
신고 대상: {K[1]}
신고 사유: 불법 도박 사이트 홍보
신고 일시: 2024-09-05 10:42
신고자: 방송통신심의위원회 (KCSC-240905-02)

[처리 결과]
처리 상태: 처리 완료
처리 내용: 게시글 삭제 및 해당 회원 카페 활동 정지

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum result mail echoing the submitted report form (신고 내용 / 처리 결과)",
    why="the echoed form names the reported URL and the result block says 게시글 삭제: removed",
    items={K[1]: "removed"},
)

html_dc = f"""<html><body>
<p>안녕하세요. 디시인사이드 신고센터입니다.</p>
<p>KCSC-240909-04 요청 중 마이너 갤러리 게시물 처리 결과입니다.</p>
<table border="1">
<thead><tr><td><b>URL</b></td><td><b>결과</b></td></tr></thead>
<tbody>
<tr><td>{D[2].replace('&', '&amp;')}</td><td>삭제</td></tr>
<tr><td>{D[3].replace('&', '&amp;')}</td><td>삭제</td></tr>
</tbody>
</table>
<p>디시인사이드 신고센터</p>
</body></html>
"""
case(
    name="dc-html-table-entities",
    date="Tue, 10 Sep 2024 17:45:09 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    type="html",
    body=html_dc,
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside HTML table reply, URLs as text with &amp; entities",
    why="two rows, each URL with 삭제: removed",
    items={D[2]: "removed", D[3]: "removed"},
)

# =========================== review =======================================

case(
    name="naver-promise-sequential",
    date="Wed, 04 Sep 2024 11:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 순차적으로 게시중단 조치할 예정입니다.
 - {N[1]}
 - {N[2]}

조치가 완료되면 별도로 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="operator reply promising a later 게시중단",
    why="'조치할 예정입니다' is a promise, not a statement: names two items, nothing applied",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-cleaned",
    date="Fri, 06 Sep 2024 18:05:33 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="RE: [KCSC-240905-02] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요.

확인해 보니 {K[2]} 게시글은 카페 운영자가 이미 정리한 것으로
보입니다. 정확한 처리 이력은 확인 후 다시 말씀드리겠습니다.

카카오 신고센터
""",
    outcome="review",
    review="not_understood",
    imitates="informal operator reply with a hedge ('…한 것으로 보입니다')",
    why="'정리한 것으로 보입니다' is a hedge, not a statement; the item stays pending",
    items={K[2]: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] KCSC-240903-01 시정요구 조치 완료",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회
제목: KCSC-240903-01 시정요구 조치 완료 통보

귀 위원회에서 시정요구하신 게시물 12건 전부에 대하여 삭제 조치를 완료하였음을
알려드립니다.

네이버 주식회사 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="short 공문-style completion notice without a per-URL list",
    why="'12건 전부 삭제' names no URL for a 12-item request: bulk, items stay pending",
    items={},
)

case(
    name="naver-auth-fail-table",
    date="Thu, 05 Sep 2024 13:13:13 +0900",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

 1. {N[1]} - 삭제
 2. {N[2]} - 삭제
 3. {N[3]} - 삭제

처리 완료되었습니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result list whose DKIM/SPF/DMARC fail",
    why="From navercorp.com but authentication fails: nothing applied",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Tue, 10 Sep 2024 22:41:07 +0900",
    **{"from": "coinsig.mgr@gmail.com"},
    name_from="코인시그널 갤매니저",
    subject="Re: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
안녕하세요 코인시그널 마이너 갤러리 매니저입니다.
디시 운영팀에서 전달받아서 연락드려요.

{D[2]}
{D[3]}

위 두 글은 제가 매니저 권한으로 삭제했습니다. 앞으로 비슷한 글 올라오면 바로 지울게요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a community gallery manager writing from a personal Gmail account",
    why="gmail.com is no platform's sender domain; the claims about two DC Inside posts are not applied",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-speaks-about-band-post",
    date="Wed, 11 Sep 2024 16:20:40 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240911-05] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240911-05"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 메일이 저희 쪽으로 잘못 온 것 같습니다. 밴드 게시글은 저희가
조치할 수 있는 대상이 아닙니다. 참고로 확인해 보니
{B[1]} 글은 현재 삭제된 상태입니다.

밴드 측으로 다시 문의해 주세요.
""",
    outcome="review",
    review="wrong_platform",
    imitates="a platform answering a request meant for another service",
    why="DC Inside states a status for a BAND item: wrong platform, nothing applied",
    items={B[1]: "pending"},
)

case(
    name="naver-asks-for-decision-document",
    date="Wed, 04 Sep 2024 17:55:48 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구 - 자료 요청",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[9]} 의 경우
당사 운영정책만으로는 불법성 판단이 어려워, 해당 건에 대한 위원회 심의
의결서 사본 또는 위반 법령 조항을 보내주시면 검토하겠습니다.

회신 부탁드립니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Korean portal asking the regulator for the 심의 의결서 before acting",
    why="asks for documents about one named item; nothing stated about its status",
    items={N[9]: "pending"},
)

case(
    name="yt-delay-update-ko",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무지원팀",
    subject="Re: [KCSC-240906-03] 불법정보 시정요구 - 처리 지연 안내",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""
안녕하세요, YouTube 법무지원팀입니다.

요청하신 항목 중 아래 3건은 본사 법무팀의 추가 검토가 필요하여 처리가
지연되고 있습니다. 양해 부탁드립니다.

 - {Y[1]}
 - {Y[3]}
 - {YT_HANDLE_RAW}

검토가 끝나면 결과를 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube Korea human status update: review delayed",
    why="names three items but only says their review is delayed (no status); not a receipt either, since it answers after the fact",
    items={Y[1]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="kakao-tistory-conditional",
    date="Fri, 13 Sep 2024 17:02:36 +0900",
    **{"from": "tistory_report@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="[티스토리] 요청하신 게시글 검토 안내 (KCSC-240913-07)",
    reply_to_req=mid("KCSC-240913-07"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

{TS_RAW} 글에 대해서는 게시자에게 소명 기회를
부여하였습니다. 9월 20일까지 소명이 없으면 해당 글은 삭제됩니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Tistory notice of a pending deletion conditional on the author's 소명",
    why="deletion is conditional and in the future; the one item stays pending even though the request has one item",
    items={K[5]: "pending"},
)

case(
    name="band-policy-newsletter",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    **{"from": "news@band.us"},
    name_from="BAND",
    subject="[BAND] 운영정책 개정 안내",
    body="""
안녕하세요, BAND입니다.

2024년 10월 1일부터 BAND 운영정책이 일부 개정됩니다.

 - 불법 도박·사행성 홍보 게시글에 대한 제재 기준 구체화
 - 신고 처리 결과 안내 방식 개선

자세한 내용은 BAND 공지사항(https://band.us/notice/example-policy-2024)에서
확인하실 수 있습니다.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="BAND service-wide policy-change newsletter",
    why="trusted band.us mail that names no requested item and no request: no_claims",
    items={},
)

case(
    name="naver-contradicting-template",
    date="Mon, 09 Sep 2024 16:48:02 +0900",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물 {N[3]} 은 삭제 조치하였습니다.

다만 {N[3]} 게시물은 검토 결과 운영정책 위반 사항이
확인되지 않아 게시를 유지함을 알려드립니다.

감사합니다.
""",
    outcome="review",
    review="conflicting_statements",
    imitates="template reply where two paragraphs were left in by mistake",
    why="the same URL is said to be deleted and kept: conflicting, the item stays pending",
    items={N[3]: "pending"},
)

# =========================== ignored ======================================

case(
    name="naver-ooo-chuseok",
    date="Wed, 04 Sep 2024 10:00:05 +0900",
    **{"from": "sy.kim@navercorp.com"},
    name_from="김서윤",
    subject="[자동응답] 부재중입니다: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김서윤입니다.
9월 4일부터 9월 18일까지 휴가 및 추석 연휴로 부재중입니다.
9월 19일부터 순차적으로 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴)",
    why="auto-reply, Auto-Submitted header; says nothing about items",
    items={},
)

orig_kakao = "\n".join(request_body("KCSC-240905-02"))
case(
    name="kakao-dsn-user-unknown",
    date="Thu, 05 Sep 2024 10:30:09 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn971kk"

--dsn971kk
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host inbound.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <right-old@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn971kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
X-Postfix-Queue-ID: 4WzK1x2Q7pz9
Arrival-Date: Thu,  5 Sep 2024 10:30:07 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Original-Recipient: rfc822;right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; inbound.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn971kk
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [KCSC-240905-02] {enc_word("불법정보 시정요구")}
Date: Thu, 05 Sep 2024 10:30:00 +0900
Message-ID: <req-240905-02@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(orig_kakao)}

--dsn971kk--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (user unknown) returning the request with its URL list",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

case(
    name="dc-mdn-displayed",
    date="Mon, 09 Sep 2024 11:02:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="읽음 확인: [KCSC-240909-04] 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn971dc"

--mdn971dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-04] 게시물 삭제 요청"을(를) 받는 사람이
2024-09-09 오전 11:02에 읽었습니다.

--mdn971dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn971dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="an MDN only says the request was displayed",
    items={},
)

case(
    name="yt-case-id-receipt",
    date="Fri, 06 Sep 2024 11:01:30 +0900",
    **{"from": "noreply-legal@google.com"},
    name_from="YouTube Legal Support",
    subject="[8-2291000034417] We received your request - KCSC-240906-03",
    reply_to_req=mid("KCSC-240906-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for contacting YouTube. We've received your legal request and
assigned it case ID 8-2291000034417. Please keep this ID in the subject
line of any further correspondence about this request.

Our team will review your request and get back to you.

This is an automated message; replies to this address are not monitored.

- YouTube Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal-support automatic case-ID receipt",
    why="pure receipt with a case ID; 'will review' is a promise and no item is named",
    items={},
)

case(
    name="band-receipt-number",
    date="Wed, 11 Sep 2024 14:00:41 +0900",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    subject="[BAND 고객센터] 문의 접수 완료 안내 (접수번호 B240911-0042)",
    reply_to_req=mid("KCSC-240911-05"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: B240911-0042
 - 접수일시: 2024-09-11 14:00

영업일 기준 2~3일 이내에 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean help-desk ticket receipt (접수번호, 영업일 기준 답변)",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="kakao-receipt-echoing-urls",
    date="Thu, 05 Sep 2024 10:33:58 +0900",
    **{"from": "noreply@daum.net"},
    name_from="Daum 고객센터",
    subject="[Daum] 신고가 정상적으로 접수되었습니다",
    reply_to_req=mid("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Daum 고객센터입니다.
아래 게시물에 대한 신고가 정상적으로 접수되었습니다. (접수번호 D-0905-77120)

 - {K[1]}
 - {K[2]}

처리 결과는 접수일로부터 영업일 기준 3일 이내에 메일로 안내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Daum automatic report receipt echoing the reported URLs",
    why="an automatic receipt listing what was received; no statement about any item (arguable, see NOTES.md)",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-dsn-korean",
    date="Tue, 03 Sep 2024 10:00:40 +0900",
    **{"from": "mailer-daemon@navercorp.com"},
    name_from="메일 전송 시스템",
    subject=enc_word("메일 전송 실패 안내: [KCSC-240903-01] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn971nv"

--dsn971nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 받는 사람에게 전달되지 못했습니다.

 받는 사람: cafe-legal@navercorp.com
 사유: 받는 사람의 메일 주소를 찾을 수 없습니다. (550 5.1.1)

주소를 확인하신 후 다시 보내 주세요.

--dsn971nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.navercorp.com

Final-Recipient: rfc822; cafe-legal@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn971nv
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-legal@navercorp.com
Subject: [KCSC-240903-01] {enc_word("불법정보 시정요구")}
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <req-240903-01@kcsc.example>

--dsn971nv--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Korean-language DSN (메일 전송 실패) with the request's headers",
    why="delivery failure report",
    items={},
)


# ------------------------------------------------------------------ output
HEADER = """# Blind set 971 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
# BAND). Written by make.py; expected results written from each email's
# meaning alone, before any run of the reader. See NOTES.md.
"""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid_, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid_, note])


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases written")


if __name__ == "__main__":
    main()
