#!/usr/bin/env python3
"""Blind set 657: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien, plus Nate and Ppomppu mail that
matches no request), mixing Korean and English, with the doubtful and
ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind657/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning before any run of the reader.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "fmkorea.com": "FM Korea",
    "inven.co.kr": "Inven",
    "clien.net": "Clien",
    "nate.com": "Nate",
    "ppomppu.co.kr": "Ppomppu",
})

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoding for headers holding Korean text."""
    if all(ord(ch) < 128 for ch in s):
        return s
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
KO_CAFE = "중고나라방"
N = {
    1: "https://blog.naver.com/moonlit_k7/223501184420",
    2: "https://blog.naver.com/moonlit_k7/223501190031",
    3: "https://blog.naver.com/jinju_tokto/223488820417",
    4: "https://cafe.naver.com/jjangstock/771204",
    5: "https://cafe.naver.com/jjangstock/771388",
    6: "https://cafe.naver.com/ca-fe/cafes/30712456/articles/5521",
    7: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40101&docId=471902235",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38104452&memberNo=51207733",
    9: "https://m.blog.naver.com/PostView.naver?blogId=haneul_pay&logNo=223512077810",
    10: "https://blog.naver.com/haneul_pay/223512090114",
    11: "https://cafe.naver.com/" + quote(KO_CAFE) + "/30021",
    12: "https://tv.naver.com/v/58120394",
    13: "https://blog.naver.com/dalbit_loan/223520061873",
}
N11_RAW = "https://cafe.naver.com/" + KO_CAFE + "/30021"
D = {
    1: "https://cafe.daum.net/byeolbit88/ZkQp/2231",
    2: "https://cafe.daum.net/byeolbit88/ZkQp/2240",
    3: "https://gamsung-dari.tistory.com/412",
    4: "https://tv.kakao.com/channel/4410927/cliplink/447120385",
}
DC = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981201",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr7&no=551904",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr7&no=551977",
    4: "https://gall.dcinside.com/mini/board/view/?id=moonbyul88&no=10442",
    5: "https://m.dcinside.com/board/toto_free/332018",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131884025",
    2: "https://ch.sooplive.co.kr/bjdalnim77/post/118820341",
    3: "https://vod.sooplive.co.kr/player/131890772",
}
F = {
    1: "https://www.fmkorea.com/7420118833",
    2: "https://www.fmkorea.com/best/7420199015",
}
I1 = "https://www.inven.co.kr/board/lostark/4811/5520419"
C = {
    1: "https://www.clien.net/service/board/park/18811204",
    2: "https://www.clien.net/service/board/cm_stock/18812377",
}

# ref, platform, sent day, category, urls, note
REQUESTS = [
    ("KCSC-240903-01", "naver", 3, "illegal_finance", [N[i] for i in range(1, 14)],
     "unregistered lending and investment-fraud posts on blogs, cafes, KnowledgeiN, Post and NAVER TV"),
    ("KCSC-240904-02", "daum", 4, "privacy", [D[i] for i in range(1, 5)],
     "personal data of a private person in Daum cafe, Tistory and Kakao TV"),
    ("KCSC-240905-03", "dcinside", 5, "gambling", [DC[i] for i in range(1, 6)],
     "illegal betting site promotion in galleries"),
    ("KCSC-240906-04", "soop", 6, "obscenity", [S[i] for i in range(1, 4)],
     "obscene VODs and a channel post"),
    ("KCSC-240909-05", "fmkorea", 9, "defamation", [F[1], F[2]],
     "defamatory posts about a private person"),
    ("KCSC-240910-06", "inven", 10, "gambling", [I1],
     "account-trading and betting promotion post"),
    ("KCSC-240911-07", "clien", 11, "illegal_finance", [C[1], C[2]],
     "stock pump group recruitment posts"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, day, cat, urls, note in REQUESTS:
        sent = f"2024-09-{day:02d}T10:00:00+09:00"
        due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def request_text(ref, raw=False):
    _, plat, day, _, urls, _ = REQ[ref]
    lines = [
        f"[{ref}] 정보통신심의 시정요구 통보",
        "",
        "안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
        "아래 정보는 관련 법령에 위반되는 불법정보로 심의·의결되어 시정요구(삭제 또는",
        "접속차단)를 통보하오니, 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw and u == N[11]:
            u = N11_RAW
        lines.append(f"{i}. {u}")
    lines += ["", f"회신기한: 2024-09-{day + 7:02d} 18:00",
              "KCSC Takedown <takedown@kcsc.example>"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


NAVER_RIGHT = enc("네이버 권리보호센터")
KAKAO_RIGHT = enc("카카오 권리침해신고센터")
DC_OPS = enc("디시인사이드 운영팀")
SOOP_OPS = enc("SOOP 운영팀")

cases = []


def add(**c):
    cases.append(c)


# ================================================================ NAVER (applied)
add(
    name="naver-ko-numbered-first-batch",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(5, 16, 41), subject=enc("Re: [KCSC-240903-01] 정보통신심의 시정요구 조치결과 회신 (1차)"),
    reply_to_req="req.KCSC-240903-01",
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 통보하신 시정요구(KCSC-240903-01) 건 가운데 검토가 끝난
항목의 1차 조치 결과를 아래와 같이 알려드립니다.

1. {N[1]}
   - 조치결과: 게시물 삭제
2. {N[2]}
   - 조치결과: 게시물 삭제
3. {N[3]}
   - 조치결과: 임시조치(30일)
4. {N[4]}
   - 조치결과: 게시자가 이미 삭제한 게시물로 확인되어 별도 조치 없음

나머지 항목은 확인이 끝나는 대로 회신드리겠습니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리결과 안내 (numbered list, result on the line below)",
    why="four named posts: two deleted, one 임시조치 (restricted), one already deleted by its author; the promise about the rest names nothing",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

add(
    name="naver-en-html-table",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(6, 11, 5), subject="Outcome of KCSC request KCSC-240903-01 (items 5-9)",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Please find below our decisions on five of the URLs in your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>URL</th><th>Decision</th></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>Removed</td></tr>
<tr><td>6</td><td><a href="{N[6]}">{N[6].replace('&', '&amp;')}</a></td><td>Blinded &ndash; hidden from all users</td></tr>
<tr><td>7</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>No violation of NAVER policies or Korean law found &ndash; content remains available</td></tr>
<tr><td>8</td><td><a href="{N[8].replace('&', '&amp;')}">{N[8].replace('&', '&amp;')}</a></td><td>Not found &ndash; the post does not exist</td></tr>
<tr><td>9</td><td><a href="{N[9].replace('&', '&amp;')}">{N[9].replace('&', '&amp;')}</a></td><td>Age-restricted (19+ only)</td></tr>
</table>
<p>Our content policies are published at <a href="https://policy.naver.com/rules/service.html">policy.naver.com</a>.</p>
<p>Kind regards,<br>NAVER Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER trust-and-safety English reply with an HTML results table",
    why="five rows, one per URL: removed, blinded (removed), no violation (rejected), does not exist (not_found), 19+ (restricted); the policy link is no item",
    items={N[5]: "removed", N[6]: "removed", N[7]: "rejected", N[8]: "not_found", N[9]: "restricted"},
)

_csv = "번호,URL,조치결과,조치일시\n" + "\n".join([
    f"10,{N[10]},삭제,2024-09-06 14:20",
    f"11,{N[11]},삭제,2024-09-06 14:22",
    f"12,{N[12]},국내 접속차단,2024-09-06 15:01",
    f"13,{N[13]},미조치(위반사항 없음),2024-09-06 15:30",
]) + "\n"
_csv_b64 = b64(b"\xef\xbb\xbf" + _csv.encode("utf-8"))
add(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(6, 17, 12), subject=enc("[네이버] KCSC-240903-01 시정요구 조치결과 송부"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="NV_b657_mix"

--NV_b657_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.

KCSC-240903-01 건의 10~13번 항목 조치 결과를 첨부 CSV 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--NV_b657_mix
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{_csv_b64}
--NV_b657_mix--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 sent as a CSV attachment (Excel export with BOM)",
    why="CSV rows: 10 and 11 deleted, 12 blocked in Korea (restricted), 13 not actioned for no violation (rejected)",
    items={N[10]: "removed", N[11]: "removed", N[12]: "restricted", N[13]: "rejected"},
)

add(
    name="naver-cafe-top-posted-gmail-quote",
    **{"from": "seoyoon.kim@navercorp.com"}, name_from=enc("김서윤"),
    date=d(4, 15, 27), subject=enc("Re: [KCSC-240903-01] 정보통신심의 시정요구 통보"),
    reply_to_req="req.KCSC-240903-01",
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당 김서윤입니다.
짱스탁 카페 게시글 2건에 대해 먼저 답변드립니다.

{N[4]} 게시글은 운영정책 위반(불법 금융 광고)으로 블라인드 처리했습니다.
{N[5]} 게시글은 확인 시점에 이미 작성자가 삭제한 상태였습니다.

나머지 항목은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
김서윤 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240903-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply from a Gmail-style client, top-posted over the quoted KCSC request (Korean '님이 작성:' header)",
    why="two cafe posts: one 블라인드 (removed), one already deleted by its author (not_found); the 13 quoted URLs are the regulator's own text",
    items={N[4]: "removed", N[5]: "not_found"},
)

_qp_body = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240903-01 건 관련하여 아래와 같이 조치하였음을 알려드립니다.

{N11_RAW}은 불법 도박 홍보 게시물로 확인되어 운영자 삭제 처리되었습니다.
또한 {N[12]}의 경우 국내 법령 위반 정보로 확인되어, 대한민국 내에서의 접근을 제한하였습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.com)로 문의해 주세요.
"""
add(
    name="naver-qp-korean-path-particles",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date=d(7, 9, 48), subject=enc("[네이버 고객센터] 요청하신 게시물 조치 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 notice in quoted-printable, URLs followed directly by Korean particles",
    why="the raw Korean cafe path (stored percent-encoded) was deleted by the operator; the NAVER TV video was restricted in Korea; help.naver.com is no item",
    items={N[11]: "removed", N[12]: "restricted"},
)

_b64_body = f"""Dear KCSC team,

Regarding your request KCSC-240903-01, here are our decisions for two of the
listed posts:

- {N[13]} : removed for violating our policy on illegal lending advertisements.
- {N[3]} : we reviewed this post and found no violation of Korean law or of our
  operating principles, so we have decided not to take it down.

Best regards,
Policy Operations, NAVER Corp.
"""
add(
    name="naver-base64-english-two-decisions",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy Operations",
    date=d(9, 13, 3), subject="RE: KCSC-240903-01 - decisions",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_body.encode('utf-8'))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team English reply, body base64-encoded by the mail client",
    why="one post removed, one refused with its reason (no violation found): removed and rejected",
    items={N[13]: "removed", N[3]: "rejected"},
)

add(
    name="naver-url-then-status-lines",
    **{"from": "noreply-right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(10, 10, 15), subject=enc("[NAVER] 게시중단 요청 처리결과 안내"),
    body=f"""
[NAVER 게시중단 요청 처리결과 안내]

요청번호: KCSC-240903-01
요청기관: 방송통신심의위원회

{N[8]}
처리상태: 비공개 처리 완료

{N[9]}
처리상태: 해당 게시물 없음 (잘못된 URL이거나 존재하지 않는 게시물)

{N[10]}
처리상태: 게시중단

본 메일은 발신 전용입니다. 문의는 네이버 권리보호센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리결과 notice: bare URL, status on the line below",
    why="Post made private (removed), mobile blog post does not exist (not_found), blog post 게시중단 (removed)",
    items={N[8]: "removed", N[9]: "not_found", N[10]: "removed"},
)

add(
    name="naver-kin-fullwidth-brackets",
    **{"from": "kin_help@naver.com"}, name_from=enc("지식iN 운영팀"),
    date=d(5, 18, 30), subject=enc("RE: [KCSC-240903-01] 지식iN 질문 조치 결과"),
    body=f"""
안녕하세요, 지식iN 운영팀입니다.

요청하신 질문（{N[7]}）은 불법 대출 광고로 확인되어,
질문과 달린 답변 전체를 운영원칙에 따라 삭제하였습니다。

지식iN을 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 reply with a URL inside full-width parentheses",
    why="the KnowledgeiN question and its answers were deleted",
    items={N[7]: "removed"},
)

add(
    name="naver-ack-plus-statement",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(4, 9, 12), subject=enc("[네이버] 신고 접수 및 처리 결과 안내 (NV-2409-118274)"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

고객님의 신고가 정상적으로 접수되었습니다. (접수번호: NV-2409-118274)

담당자 검토 결과, 아래 게시물은 불법정보에 해당하여 삭제 조치하였습니다.
 - {N[6]}

요청서에 함께 기재된 다른 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt notice that already carries a result (접수 + 처리 결과)",
    why="acknowledgement phrase plus an unhedged deletion of a named cafe article: not a pure acknowledgement",
    items={N[6]: "removed"},
)

add(
    name="naver-echoed-report-blocks",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(8, 14, 2), subject=enc("[네이버] 게시중단 요청 처리 결과 (KCSC-240903-01)"),
    body=f"""
네이버 권리보호센터입니다. 요청하신 내용의 처리 결과를 안내드립니다.

[신고 내용]
신고 URL : {N[1]}
신고 사유 : 미등록 대부업 광고
[처리 결과]
게시중단 (블라인드)

[신고 내용]
신고 URL : {N[10]}
신고 사유 : 미등록 대부업 광고
[처리 결과]
임시조치 (30일간 게시 중단, 게시자 이의제기 가능)

처리 결과에 이의가 있는 경우 권리보호센터 > 이의신청 메뉴를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail echoing the report fields per URL",
    why="first URL 게시중단/블라인드 (removed), second 임시조치 (restricted)",
    items={N[1]: "removed", N[10]: "restricted"},
)

add(
    name="naver-tv-statement-of-action",
    **{"from": "tv-policy@navercorp.com"}, name_from="NAVER TV Policy",
    date=d(12, 20, 44), subject="Statement of action - NAVER TV video 58120394 (KCSC-240903-01)",
    body=f"""
Statement of action

Reference: KCSC-240903-01
Content: {N[12]}
Action taken: access restricted for users in the Republic of Korea (geo-block)
Scope: the video remains viewable outside Korea
Basis: notice from the Korea Communications Standards Commission
Date of action: 2024-09-12

If the uploader appeals, we will let you know the result.
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style notice (DSA-like fields) from a video service",
    why="the video is geo-blocked in Korea only: restricted",
    items={N[12]: "restricted"},
)

# ================================================================ Daum / Kakao (applied)
add(
    name="daum-ko-right-center",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date=d(6, 10, 20), subject=enc("[다음] 권리침해신고 처리결과 안내 - KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.
방송통신심의위원회에서 요청하신 게시물에 대한 처리결과를 안내드립니다.

■ 다음 카페
  - {D[1]} → 게시중단(삭제)
  - {D[2]} → 게시중단(삭제)
■ 티스토리
  - {D[3]} → 임시조치 (30일간 접근 차단)

카카오TV 클립 건은 담당 부서 확인 후 별도로 회신드리겠습니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 처리결과 안내 grouped by service",
    why="two Daum cafe posts deleted, the Tistory post 임시조치 (restricted); the clip is only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "restricted"},
)

add(
    name="daum-kakaotv-outlook-quote",
    **{"from": "ts@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(9, 8, 55), subject=enc("RE: [KCSC-240904-02] 정보통신심의 시정요구 통보"),
    reply_to_req="req.KCSC-240904-02",
    body=f"""
Hello,

The clip at {D[4]} has been made unavailable on Kakao TV.
For more on our operation policy, see https://www.kakao.com/policy/oppolicy.

Regards,
Kakao Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: right@kakaocorp.com
Subject: [KCSC-240904-02] 정보통신심의 시정요구 통보

{request_text("KCSC-240904-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English reply from Outlook above '-----Original Message-----'",
    why="the Kakao TV clip was made unavailable (removed); the four URLs below the Outlook separator are our own request",
    items={D[4]: "removed"},
)

add(
    name="daum-hard-wrapped-url",
    **{"from": "cafe_help@daum.net"}, name_from=enc("다음카페 고객센터"),
    date=d(10, 16, 8), subject=enc("Re: [KCSC-240904-02] 다음카페 게시물 재검토 결과"),
    body=f"""
안녕하세요. 다음카페 고객센터입니다.

요청서의 두 번째 게시물(https://cafe.daum.net/byeolbit88/ZkQp/
2240)을 다시 검토하였으나, 개인정보 노출이 확인되지 않아
관련 법령 및 운영정책 위반 사항이 없는 것으로 판단하여 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 고객센터 plain-text reply hard-wrapped at 64 columns (URL broken at a slash)",
    why="the second cafe post stays up for no violation: rejected (the URL is broken over two lines by the sender's wrapping)",
    items={D[2]: "rejected"},
)

add(
    name="daum-en-ko-mixed-lines",
    **{"from": "ts@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(11, 13, 37), subject="Re: KCSC-240904-02 remaining items / 잔여 항목 회신",
    body=f"""
Hello KCSC team, 안녕하세요.

Remaining items of KCSC-240904-02 / 잔여 항목 처리 결과:

{D[3]} - blocked for access from Korea (국내 접속 차단)
{D[4]} - invalid link, no such clip exists (유효하지 않은 링크)

Thank you. 감사합니다.
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual Kakao trust-and-safety reply, one URL per line with its status",
    why="Tistory post blocked in Korea (restricted), Kakao TV link invalid (not_found)",
    items={D[3]: "restricted", D[4]: "not_found"},
)

# ================================================================ DC Inside (applied)
add(
    name="dc-ko-bullets",
    **{"from": "cs@dcinside.com"}, name_from=DC_OPS,
    date=d(6, 19, 2), subject=enc("RE: [KCSC-240905-03] 게시물 삭제 요청 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물에 대한 처리 내역을 안내해 드립니다.

■ 처리 내역
- {DC[1]} : 삭제 완료
- {DC[2]} : 삭제 완료 (작성자 IP 7일 차단)
- {DC[3]} : 삭제 완료
- {DC[4]} : 작성자가 직접 삭제하여 존재하지 않는 글입니다

깨끗한 커뮤니티를 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 게시물 삭제 처리 결과 mail with a bulleted list",
    why="three gallery posts deleted; the minor-gallery post was deleted by its author (not_found)",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "removed", DC[4]: "not_found"},
)

add(
    name="dc-mobile-en",
    **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    date=d(7, 12, 10), subject="Re: KCSC-240905-03 - mobile link",
    body=f"""
Hello,

This is DC Inside customer support. The post {DC[5]}
advertised an illegal betting site and has been deleted by our operators.
The IP address it was posted from has also been blocked from posting.

Thanks,
DC Inside Support
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside support English reply about one mobile link",
    why="the mobile-link post was deleted by the operators",
    items={DC[5]: "removed"},
)

add(
    name="dc-html-kcsc-style-table",
    **{"from": "cs@dcinside.com"}, name_from=DC_OPS,
    date=d(9, 17, 45), subject=enc("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240905-03)"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240905-03)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>URL</th><th>조치내용</th><th>비고</th></tr></thead>
<tbody>
<tr><td>1</td><td>{DC[1].replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td>{DC[2].replace('&', '&amp;')}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>3</td><td>{DC[3].replace('&', '&amp;')}</td><td>미조치</td><td>위반 사항 없음으로 판단, 게시 유지</td></tr>
<tr><td>5</td><td>{DC[5]}</td><td>연령 제한</td><td>성인 인증 이용자만 열람 가능</td></tr>
</tbody></table>
<p>디시인사이드 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치내용/비고) in HTML",
    why="rows 1-2 deleted, row 3 kept for no violation (rejected), row 5 limited to adult-verified users (restricted); row 4 not in the table",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "rejected", DC[5]: "restricted"},
)

# ================================================================ SOOP (applied)
add(
    name="soop-ko-vod-and-post",
    **{"from": "cs@sooplive.co.kr"}, name_from=SOOP_OPS,
    date=d(7, 11, 30), subject=enc("[SOOP] 신고 처리 결과 안내 - KCSC-240906-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

요청하신 콘텐츠를 검토하여 아래와 같이 조치하였습니다.

1) VOD {S[1]}
   음란물 유포로 확인되어 VOD를 삭제하고, 해당 스트리머에게 방송 정지 7일을 적용하였습니다.
2) 방송국 게시글 {S[2]}
   동일 사유로 게시글을 블라인드 처리하였습니다.

세 번째 VOD는 검토 중이며 결과가 나오는 대로 안내드리겠습니다.

SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 운영팀 신고 처리 결과 안내",
    why="VOD deleted, channel post blinded: both removed; the third VOD is only under review and not named",
    items={S[1]: "removed", S[2]: "removed"},
)

add(
    name="soop-en-age-gate-gmail-quote",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP Policy Team",
    date=d(10, 9, 5), subject=enc("Re: [KCSC-240906-04] 정보통신심의 시정요구 통보"),
    reply_to_req="req.KCSC-240906-04",
    body=f"""
Hi,

We have applied an age restriction (19+) to the VOD {S[3]}. It can now
only be watched by adult-verified users.

Best,
SOOP Policy Team

On Fri, Sep 6, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240906-04"))}
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP policy team English reply in Gmail, 'On ... wrote:' over the quoted request",
    why="the third VOD is age-restricted: restricted; the quoted request is not a statement",
    items={S[3]: "restricted"},
)

add(
    name="soop-ko-arrow-list",
    **{"from": "cs@sooplive.co.kr"}, name_from=SOOP_OPS,
    date=d(12, 15, 50), subject=enc("[SOOP] 추가 검토 결과 안내 (KCSC-240906-04)"),
    body=f"""
SOOP 운영팀입니다. 추가 검토 결과를 안내드립니다.

▶ {S[1]}
   → 스트리머가 이미 삭제한 VOD로, 현재 존재하지 않습니다.
▶ {S[2]}
   → 검토 결과 운영정책 위반 사항이 없어 게시글을 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP follow-up notice with ▶/→ arrow list",
    why="VOD already deleted by the streamer (not_found); the channel post breaks no rule and stays (rejected)",
    items={S[1]: "not_found", S[2]: "rejected"},
)

# ================================================================ FM Korea, Inven, Clien (applied)
add(
    name="fmk-two-items-ko",
    **{"from": "admin@fmkorea.com"}, name_from=enc("에펨코리아 운영진"),
    date=d(10, 22, 14), subject=enc("Re: [KCSC-240909-05] 게시물 조치 요청"),
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

{F[1]} 글은 특정인 비방으로 판단하여 삭제하고 작성자를 30일 이용정지하였습니다.
{F[2]} 글은 이미 삭제되어 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin reply, one sentence per URL",
    why="first post deleted (removed), second already gone (not_found)",
    items={F[1]: "removed", F[2]: "not_found"},
)

add(
    name="inven-sole-item-no-url",
    **{"from": "cs@inven.co.kr"}, name_from=enc("인벤 고객지원"),
    date=d(11, 10, 41), subject=enc("RE: [KCSC-240910-06] 게시물 삭제 요청"),
    reply_to_req="req.KCSC-240910-06",
    body="""
안녕하세요. 인벤 고객지원팀입니다.

요청하신 게시물은 확인 후 삭제 조치가 완료되었습니다.
협조 요청에 감사드립니다.

인벤 고객지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer support short reply naming no URL",
    why="a one-item request: 'the requested post was deleted' applies to its only item",
    items={I1: "removed"},
)

add(
    name="inven-ko-particle-kept",
    **{"from": "report@inven.co.kr"}, name_from=enc("인벤 신고센터"),
    date=d(12, 18, 3), subject=enc("[인벤] KCSC-240910-06 검토 결과"),
    body=f"""
안녕하세요. 인벤 신고센터입니다.

{I1}을 검토하였으나, 게임 내 공략 정보를 공유하는 글로
계정 거래나 도박 홍보 내용이 없어 운영정책 위반이 아닌 것으로 판단하였습니다.
따라서 해당 게시물은 삭제하지 않고 유지합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven 신고센터 refusal with its reason, URL followed by a Korean particle",
    why="the post is kept because it breaks no rule: rejected",
    items={I1: "rejected"},
)

add(
    name="clien-admin-two",
    **{"from": "admin@clien.net"}, name_from=enc("클리앙 운영진"),
    date=d(12, 11, 25), subject=enc("Re: [KCSC-240911-07] 시정요구 건 회신"),
    body=f"""
클리앙 운영진입니다.

1. {C[1]}
   주식 리딩방 모집 글로 확인되어 삭제하였습니다.
2. {C[2]}
   종목 토론 글로, 운영 규칙 위반 사항이 없어 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operators' reply, numbered URLs with a sentence under each",
    why="first post deleted (removed), second kept for no violation (rejected)",
    items={C[1]: "removed", C[2]: "rejected"},
)

add(
    name="clien-url-below-statement",
    **{"from": "admin@clien.net"}, name_from=enc("클리앙 운영진"),
    date=d(13, 9, 2), subject=enc("[클리앙] 요청 게시물 처리 결과"),
    body=f"""
안녕하세요, 클리앙 운영진입니다. KCSC-240911-07 건 처리 결과입니다.

아래 게시물은 운영진 판단으로 삭제하였습니다.
{C[1]}

아래 게시물은 작성자 본인이 삭제하여 현재 없는 글입니다.
{C[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Clien reply where each statement is followed by its URL on the next line",
    why="first post deleted by the operators (removed), second deleted by its author (not_found)",
    items={C[1]: "removed", C[2]: "not_found"},
)

# ================================================================ review
add(
    name="naver-promise-will-delete",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(4, 17, 20), subject=enc("Re: [KCSC-240903-01] 시정요구 접수 및 조치 예정 안내"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

통보하신 게시물 중 아래 2건은 확인 후 순차적으로 삭제 조치할 예정입니다.
 - {N[1]}
 - {N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will be processed in order' reply (조치 예정)",
    why="a promise to delete two named posts is no statement: items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

add(
    name="dc-hedged-en",
    **{"from": "support@dcinside.com"}, name_from="DC Inside Support",
    date=d(6, 13, 15), subject="Re: KCSC-240905-03 quick update",
    body=f"""
Hi,

Quick update before our full reply. From our logs, {DC[3]}
appears to have been removed already, and {DC[2]} may
have been hidden by the gallery manager. We will confirm both once the
operations team has checked.

DC Inside Support
""",
    outcome="review", review="not_understood",
    imitates="DC Inside support 'quick update' with hedged statements",
    why="'appears to have been removed' and 'may have been hidden' are hedges: items stay pending",
    items={DC[2]: "pending", DC[3]: "pending"},
)

add(
    name="dc-conditional-ko",
    **{"from": "cs@dcinside.com"}, name_from=DC_OPS,
    date=d(6, 10, 2), subject=enc("RE: [KCSC-240905-03] 게시물 관련 안내"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

{DC[1]} 게시물의 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 해당 게시물은 삭제될 예정입니다.

처리 결과는 추후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside notice that the author was given a chance to explain (소명 기회) before deletion",
    why="deletion is conditional and in the future: the item stays pending",
    items={DC[1]: "pending"},
)

add(
    name="fmk-bulk-all-deleted",
    **{"from": "admin@fmkorea.com"}, name_from=enc("에펨코리아 운영진"),
    date=d(10, 9, 40), subject=enc("Re: [KCSC-240909-05] 게시물 조치 요청"),
    body="""
에펨코리아 운영진입니다.
요청하신 게시물 모두 삭제 처리하였습니다. 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="FM Korea one-line 'all deleted' reply",
    why="'all the requested posts were deleted' for a two-item request names no item: bulk, items pending",
    items={F[1]: "pending", F[2]: "pending"},
)

add(
    name="daum-bulk-thread-reply",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RIGHT,
    date=d(5, 15, 10), subject=enc("RE: [KCSC-240904-02] 정보통신심의 시정요구 통보"),
    reply_to_req="req.KCSC-240904-02",
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 게시물 전체에 대해 게시중단 조치를 완료하였습니다.
추가 문의 사항이 있으시면 회신 부탁드립니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao 권리침해신고센터 one-sentence reply covering the whole request",
    why="a statement about all four items without naming any: bulk, items pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

add(
    name="naver-forged-auth-fail",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT, auth="fail",
    date=d(5, 2, 17), subject=enc("[네이버] 시정요구 조치 완료 안내 KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물의 조치가 완료되었습니다.

1. {N[1]} - 삭제
2. {N[2]} - 삭제
3. {N[3]} - 삭제

처리 내역은 아래 링크에서 확인하실 수 있습니다.
http://naver-right-center.example/login
""",
    outcome="review", review="untrusted",
    imitates="phishing-like mail claiming to be NAVER, failing DKIM/SPF/DMARC",
    why="navercorp.com From with dmarc=fail: nothing applied, items pending",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

add(
    name="soop-outsourced-vendor",
    **{"from": "ops@moderato-bpo.co.kr"}, name_from="Moderato BPO (SOOP moderation partner)",
    date=d(8, 23, 5), subject="[KCSC-240906-04] moderation result",
    body=f"""
Dear KCSC,

We are the content moderation partner working for SOOP. Per your request
KCSC-240906-04 the following have been deleted:

{S[1]}
{S[2]}

Regards,
Moderato BPO
""",
    outcome="review", review="unknown_sender",
    imitates="reply from an outsourced moderation vendor writing on a platform's behalf",
    why="the sender domain is not SOOP's: unknown_sender, items pending",
    items={S[1]: "pending", S[2]: "pending"},
)

add(
    name="naver-blogger-gmail",
    **{"from": "moonlit.k7@gmail.com"}, name_from=enc("달빛"),
    date=d(4, 21, 48), subject=enc("블로그 글 삭제했습니다"),
    body=f"""
안녕하세요. 블로그 운영자입니다.
네이버에서 연락받고 제 글 {N[1]} 지웠습니다.
확인 부탁드립니다. 다른 글은 문제없다고 생각합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="the blogger himself writing from a free-mail address",
    why="a gmail.com author claiming deletion is not the platform: unknown_sender, item pending",
    items={N[1]: "pending"},
)

add(
    name="naver-about-daum-cafe-item",
    **{"from": "seoyoon.kim@navercorp.com"}, name_from=enc("김서윤"),
    date=d(6, 9, 33), subject=enc("참고: 다음 카페 원문 게시물 관련"),
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당 김서윤입니다.

저희 카페에 퍼온 글의 원문 출처를 확인하는 과정에서
{D[1]} 게시물도 이미 삭제된 것을 확인하여 참고로 알려드립니다.
이 건은 다음(카카오) 측 게시물이라 저희가 조치한 것은 아닙니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER staff remark about a post on another portal",
    why="NAVER states the status of a Daum cafe item: wrong_platform, item pending",
    items={D[1]: "pending"},
)

add(
    name="naver-asks-more-docs",
    **{"from": "right@navercorp.com"}, name_from=NAVER_RIGHT,
    date=d(5, 11, 0), subject=enc("[네이버] KCSC-240903-01 추가 자료 요청"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

아래 2건은 현재 제출된 자료만으로는 불법성을 판단하기 어렵습니다.
 - {N[7]}
 - {N[8]}

심의 의결서 사본 또는 위반 법령 조항을 보내주시면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결서 사본) before acting",
    why="asks for documents before deciding: no status, items pending",
    items={N[7]: "pending", N[8]: "pending"},
)

add(
    name="soop-policy-newsletter",
    **{"from": "notice@sooplive.co.kr"}, name_from=enc("SOOP 공지"),
    date=d(13, 14, 0), subject=enc("[SOOP] 운영정책 개정 안내 (2024.10.01 시행)"),
    body="""
안녕하세요, SOOP입니다.

2024년 10월 1일부터 개정된 운영정책이 시행됩니다.
주요 변경 사항은 청소년 보호 기준 강화와 VOD 신고 처리 절차 정비입니다.
자세한 내용은 https://www.sooplive.co.kr/policy 에서 확인해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="SOOP policy-change newsletter sent to partner addresses",
    why="trusted SOOP mail naming no item and no request",
    items={},
)

add(
    name="nate-pann-unrequested",
    **{"from": "pann_help@nate.com"}, name_from=enc("네이트 판 고객센터"),
    date=d(9, 15, 12), subject=enc("[네이트] 게시물 처리 결과 안내"),
    body="""
안녕하세요. 네이트 판 고객센터입니다.

신고하신 https://pann.nate.com/talk/372019455 게시물은 명예훼손 정보로 확인되어
삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="Nate Pann 처리 결과 안내 about a post not in any of our requests",
    why="a trusted Nate statement about a URL we never requested: unmatched_claims",
    items={},
)

# ================================================================ ignored
add(
    name="naver-ooo-ko",
    **{"from": "jiho.park@navercorp.com"}, name_from=enc("박지호"),
    date=d(3, 10, 1), subject=enc("[부재중] Re: [KCSC-240903-01] 정보통신심의 시정요구 통보"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지호입니다.
9월 3일부터 9월 13일까지 휴가로 부재중입니다.
게시중단 관련 긴급 건은 right@navercorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중) from a NAVER employee",
    why="out-of-office reply",
    items={},
)

_orig = request_text("KCSC-240905-03")
add(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System", auth="none",
    date=d(5, 10, 0, 44), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN_b657_dc"

--DSN_b657_dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@dcinside.com>: mailbox unavailable (account disabled)

--DSN_b657_dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: {d(5, 10, 0, 41)}

Final-Recipient: rfc822; abuse-report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 account disabled

--DSN_b657_dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@dcinside.com
Subject: {enc("[KCSC-240905-03] 정보통신심의 시정요구 통보")}
Date: {d(5, 10, 0, 40)}
Message-ID: <req.KCSC-240905-03@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig}

--DSN_b657_dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="a bounce, whatever URLs the returned request contains",
    items={},
)

add(
    name="soop-mdn-read-receipt",
    **{"from": "cs@sooplive.co.kr"}, name_from=SOOP_OPS,
    date=d(6, 14, 22), subject=enc("읽음: [KCSC-240906-04] 정보통신심의 시정요구 통보"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN_b657_soop"

--MDN_b657_soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240906-04] 정보통신심의 시정요구 통보
읽은 시간: 2024-09-06 14:22

--MDN_b657_soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Webmail
Final-Recipient: rfc822; cs@sooplive.co.kr
Original-Message-ID: <req.KCSC-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--MDN_b657_soop--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (읽음 확인, message/disposition-notification)",
    why="a read receipt",
    items={},
)

add(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date=d(4, 10, 3), subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (#24090577123)"),
    body="""
안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호: #24090577123
 - 접수일시: 2024-09-04 10:03
 - 문의제목: [KCSC-240904-02] 정보통신심의 시정요구 통보

접수 순서에 따라 담당자가 확인 후 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-desk ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

add(
    name="clien-ooo-en",
    **{"from": "admin@clien.net"}, name_from="Clien Admin",
    date=d(11, 10, 2), subject="Out of Office: [KCSC-240911-07] request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until Monday, September 16,
with limited access to email. Your message will be handled when I return.
""",
    outcome="ignored", classification="auto_reply",
    imitates="English out-of-office auto-reply",
    why="out-of-office reply",
    items={},
)

add(
    name="ppomppu-helpdesk-receipt",
    **{"from": "help@ppomppu.co.kr"}, name_from=enc("뽐뿌 고객센터"),
    date=d(12, 8, 30), subject=enc("[뽐뿌] 1:1 문의 접수 완료 안내"),
    body="""
안녕하세요. 뽐뿌 고객센터입니다.

고객님의 1:1 문의가 정상적으로 등록되었습니다. (문의번호 PP-0912-4471)
영업일 기준 2~3일 이내에 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Ppomppu 1:1 문의 접수 완료 receipt",
    why="pure acknowledgement",
    items={},
)

add(
    name="naver-ack-en-case-number",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(3, 11, 14), subject="We received your request KCSC-240903-01 [Case NV-2409-55102]",
    body="""
Hello,

We have received your request KCSC-240903-01 and opened case NV-2409-55102.
Our team will review the reported URLs and respond to you once the review is
complete. Please keep the case number in the subject of any follow-up.

NAVER Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER trust-and-safety English case-opened receipt",
    why="receipt with a case number; 'will review' states nothing about items",
    items={},
)

HEADER = """# Blind set 657 (tests/corpus/blind657/): Korean portals and community sites,
# mixed Korean/English, with doubtful and ignorable mail. Written by make.py
# from the meaning of each email, before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind657", HEADER, cases)
    print(len(cases), "cases")
