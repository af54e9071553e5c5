#!/usr/bin/env python3
"""Blind set 797: Korean-language replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND): 공문-style answers, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies.

Written from each email's meaning, before any run of the reader.
Deterministic: `python3 tests/corpus/blind797/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded word(s) for a Korean header value."""
    return Header(s, "utf-8").encode()


def kq(path):
    return urllib.parse.quote(path)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p)
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n"


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_casino77/223561001201",
    2: "https://blog.naver.com/moonlit_casino77/223561001348",
    3: "https://blog.naver.com/bluetoto_kr/223559870012",
    4: "https://cafe.naver.com/jackpotlounge/48211",
    5: "https://cafe.naver.com/jackpotlounge/48215",
    6: "https://cafe.naver.com/jackpotlounge/48230",
    7: "https://m.blog.naver.com/sunny_slot/223570044519",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471200358",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38820117&memberNo=55102938",
    10: "https://cafe.naver.com/ArticleRead.nhn?clubid=31055821&articleid=9034",
    11: "https://blog.naver.com/gold_river_bet/223575512006",
    12: "https://tv.naver.com/v/59013377",
    13: "https://blog.naver.com/hanul_pharm/223580077145",
}
K3_RAW = "https://bamgil-shop.tistory.com/entry/대마-직거래-안내"
K5_RAW = "https://gwangjang-note.tistory.com/entry/선물옵션-리딩방"
K = {
    1: "https://cafe.daum.net/pinkmarket24/Zx1f/3307",
    2: "https://cafe.daum.net/pinkmarket24/Zx1f/3311",
    3: "https://bamgil-shop.tistory.com/entry/" + kq("대마-직거래-안내"),
    4: "https://story.kakao.com/_Qm8cvX/HzQ1a8pLm30",
    5: "https://gwangjang-note.tistory.com/entry/" + kq("선물옵션-리딩방"),
}
Y = {
    1: "https://www.youtube.com/watch?v=Hq3vTz8Lm2A",
    2: "https://www.youtube.com/watch?v=pW7nR0xK4sE",
    3: "https://www.youtube.com/shorts/bN5cJ2dQ9uF",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinfight&no=220918",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinfight&no=220925",
    4: "https://gall.dcinside.com/mini/board/view/?id=lucky7pick&no=1544",
    5: "https://m.dcinside.com/board/jusik/3390127",
}
B = {
    1: "https://band.us/band/88123406/post/1205",
    2: "https://band.us/band/88123406/post/1219",
}

# ref, platform, sent_at, due_at, urls, category, thread id, note
REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 13)], "불법 도박", "20240903103000.r01", "도박 사이트 홍보 게시물 일괄 시정요구"),
    ("KCSC-240905-02", "kakao", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [K[i] for i in range(1, 5)], "마약류 판매", "20240905140000.r02", "다음 카페·티스토리·카카오스토리"),
    ("KCSC-240909-03", "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [Y[i] for i in range(1, 4)], "불법 금융 리딩", "20240909094000.r03", "유튜브 코리아 법무팀 앞"),
    ("KCSC-240910-04", "dcinside", "2024-09-10T11:15:00+09:00", "2024-09-17T23:59:59+09:00",
     [D[i] for i in range(1, 6)], "개인정보 노출", "20240910111500.r04", "갤러리 게시물 5건"),
    ("KCSC-240911-05", "band", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00",
     [B[1], B[2]], "불법 촬영물 유포", "20240911162000.r05", "공개 밴드 게시글"),
    ("KCSC-240912-06", "kakao", "2024-09-12T10:05:00+09:00", "2024-09-19T23:59:59+09:00",
     [K[5]], "불법 금융 리딩", "20240912100500.r06", "티스토리 1건"),
    ("KCSC-240913-07", "naver", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [N[13]], "의약품 불법 판매", "20240913090000.r07", "블로그 1건"),
]
THREAD = {r[0]: r[6] for r in REQUESTS}
URLS = {r[0]: r[4] for r in REQUESTS}
SENT_KO = {"KCSC-240903-01": "2024년 9월 3일 (화) 오전 10:30", "KCSC-240909-03": "2024년 9월 9일 (월) 오전 9:40",
           "KCSC-240910-04": "2024년 9월 10일 (화) 오전 11:15", "KCSC-240905-02": "2024년 9월 5일 (목) 오후 2:00"}


def request_text(ref, urls=None):
    urls = URLS[ref] if urls is None else urls
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니, 해당 정보의 삭제 또는",
        "접속차단 조치 후 그 결과를 기한 내 회신하여 주시기 바랍니다.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 통신심의국 드림", "takedown@kcsc.example"]
    return lines


def quoted(ref, urls=None):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref, urls))


# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ---- NAVER ----------------------------------------------------------------
rows = [
    (1, "삭제", "2024.09.05"), (2, "삭제", "2024.09.05"), (3, "게시중단", "2024.09.05"),
    (4, "블라인드", "2024.09.05"), (5, "블라인드", "2024.09.05"),
    (6, "해당 게시물 없음(작성자 삭제)", "-"), (7, "삭제", "2024.09.06"), (8, "삭제", "2024.09.06"),
    (9, "비공개 처리", "2024.09.06"), (10, "접속차단(국내)", "2024.09.06"), (11, "삭제", "2024.09.06"),
    (12, "조치 없음(위반 사항 확인되지 않음)", "-"),
]
table = "\n".join(f"{i:>2} | {N[i]} | {res} | {day}" for i, res, day in rows)
case(
    name="naver-gongmun-text-table",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(6, 17, 42),
    subject=enc("[네이버] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 담당
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-01)와 관련하여,
   당사는 해당 정보를 검토하고 아래와 같이 조치하였음을 회신드립니다.

[조치 결과]
연번 | 정보 위치(URL) | 조치 내용 | 조치 일자
---+---------------------+-----------+-----------
{table}

※ 12번 동영상은 당사 운영정책 및 관련 법령 검토 결과 위반 사항이 확인되지 않아
   게시를 유지합니다. 추가 자료를 주시면 재검토하겠습니다.

네이버 주식회사 정책지원팀 드림.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치 결과 text table",
    why="one row per URL, each with an unhedged result: 삭제/게시중단/블라인드/비공개 removed, 접속차단 restricted, 작성자 삭제 not_found, 조치 없음 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "restricted",
           N[11]: "removed", N[12]: "rejected"},
)

html_rows = [
    (1, "게시물 삭제"), (2, "임시조치(30일)"), (3, "게시물 삭제"), (4, "블라인드 처리"),
    (5, "정상 게시물로 판단되어 조치하지 않음"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{N[i]}">{N[i]}</a></td><td>{res}</td></tr>' for i, res in html_rows)
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01) 중 블로그·카페 게시물에 대한 처리 결과를 아래와 같이 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th></tr>
{trs}
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 안내해 드리겠습니다.</p>
<p>임시조치에 대한 자세한 내용은 <a href="https://help.naver.com/service/5640/contents/19000">고객센터 도움말</a>을 참고해 주세요.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>"""
case(
    name="naver-html-table-qp",
    **{"from": "help@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d(5, 11, 3),
    subject=enc("[네이버 고객센터] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    raw_mime=single("text/html; charset=utf-8", qp(html), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre HTML notice of 게시중단 처리 결과 with a result table",
    why="HTML table, one row per post: 삭제/블라인드 removed, 임시조치 restricted, 조치하지 않음 rejected; the help link is no item",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "removed", N[5]: "rejected"},
)

csv_body = "번호,URL,처리결과,처리일시\n" + "\n".join([
    f"6,{N[6]},게시물 없음(작성자 삭제),2024-09-06 10:12",
    f"7,{N[7]},삭제,2024-09-06 10:15",
    f"8,{N[8]},삭제,2024-09-06 10:21",
    f"9,{N[9]},비공개 처리,2024-09-06 10:30",
    f"10,{N[10]},국내 접속차단,2024-09-06 10:41",
    f"11,{N[11]},삭제,2024-09-06 10:44",
    f"12,{N[12]},유지(위반사항 없음),2024-09-06 11:02",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "safety-report@navercorp.com"},
    name_from=enc("NAVER 신고센터"),
    date=d(6, 18, 20),
    subject=enc("RE: [방송통신심의위원회] 시정요구 KCSC-240903-01 - 조치결과 송부(2차)"),
    reply_to_req=THREAD["KCSC-240903-01"],
    raw_mime=multipart("mixed", "=_nv_8f3a21", [
        part("text/plain; charset=utf-8", """
안녕하십니까, NAVER 신고센터입니다.

시정요구 KCSC-240903-01 건의 2차 조치결과(6번~12번)를 첨부 파일로 송부드립니다.
1번~5번은 9월 5일 회신드린 내용과 같습니다.

확인 부탁드립니다.
NAVER 신고센터 드림
"""),
        part('text/csv; charset=utf-8; name="=?UTF-8?B?7KGw7LmY6rKw6rO8LmNzdg==?="',
             b64("\ufeff" + csv_body), "base64",
             ["Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv"]),
    ]),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply carrying a CSV 조치결과 sheet as attachment",
    why="the CSV states one result per URL: not_found, removed, 비공개 removed, 국내 접속차단 restricted, 유지 rejected",
    items={N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "removed", N[10]: "restricted",
           N[11]: "removed", N[12]: "rejected"},
)

case(
    name="naver-cafe-operator-arrows",
    **{"from": "cafe_op@navercorp.com"},
    name_from=enc("네이버 카페 운영팀 박지훈"),
    date=d(4, 15, 26),
    subject=enc("Re: 카페 게시물 관련 문의 드립니다 (KCSC-240903-01)"),
    body=f"""
안녕하세요, 카페 운영팀 박지훈입니다.
요청 주신 잭팟라운지 카페 글들 오늘 확인했습니다.

{N[4]} → 블라인드 처리했습니다
{N[5]} → 블라인드 처리했습니다
{N[6]} → 작성자가 이미 지운 글이라 조회가 안 됩니다

카페 자체에 대해서도 운영원칙 위반 여부를 따로 보고 있는데, 그건 결과 나오면 다시 말씀드릴게요.
수고하세요.

박지훈 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER Cafe operations staffer",
    why="three URLs, each with a done statement after an arrow; the cafe-wide review is a promise about no requested item",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(13, 16, 8),
    subject=enc("RE: 시정요구 KCSC-240913-07 회신"),
    reply_to_req=THREAD["KCSC-240913-07"],
    body="""
안녕하십니까, 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 블로그 게시물은 의약품 불법 판매 정보로 확인되어
금일 게시중단(삭제) 처리하였습니다. 게시자에게는 운영정책에 따른 제재가 함께 적용되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER policy-team reply to a one-item 시정요구",
    why="a done statement about 'the requested post' answering a request of one item: applies to that item",
    items={N[13]: "removed"},
)

case(
    name="naver-top-posted-over-quote",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀 김하늘"),
    date=d(4, 19, 55),
    subject=enc("Re: [시정요구] KCSC-240903-01 도박 사이트 홍보 게시물"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
먼저 처리된 두 건 알려드립니다.

- {N[3]} : 삭제 완료
- {N[7]} : 삭제 완료

나머지는 검토 중이며 완료되면 회신드리겠습니다.

김하늘 / 네이버 정책지원팀

{SENT_KO['KCSC-240903-01']}, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted('KCSC-240903-01')}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted partial answer over the quoted 시정요구",
    why="only the two URLs above the quote are stated as deleted; the quoted request and 'the rest under review' change nothing",
    items={N[3]: "removed", N[7]: "removed"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d(7, 10, 14),
    subject=enc("[네이버 고객센터] 문의 접수 및 처리 결과 안내 (접수번호 NV-20240907-330871)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 문의(KCSC-240903-01)가 접수되었습니다.
접수번호: NV-20240907-330871

담당자 확인 결과, 아래 블로그 게시물 2건은 운영정책 위반으로 삭제되었습니다.

  {N[1]}
  {N[11]}

이 메일은 발신 전용입니다. 추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre receipt that also carries a result",
    why="a receipt phrase plus an unhedged deletion statement about two listed URLs: not a pure acknowledgement",
    items={N[1]: "removed", N[11]: "removed"},
)

orig = "\n".join(request_text("KCSC-240903-01", [N[8], N[9], N[10], N[12]]))
case(
    name="naver-outlook-original-message",
    **{"from": "jiyoung.han@navercorp.com"},
    name_from=enc("한지영"),
    date=d(9, 9, 31),
    subject=enc("RE: [KCSC-240903-01] 미처리 건 확인 요청"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
안녕하세요, 한지영입니다.

문의하신 건 중 포스트 게시물({N[9]})은
작성자 포스트에서 비공개 처리되었고, 카페 게시글
{N[10]}
은 국내 이용자 대상으로 접속을 차단했습니다.

한지영 드림
NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 9:02 AM
To: policy-kr@navercorp.com
Subject: [KCSC-240903-01] 미처리 건 확인 요청

{orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="N9 비공개 처리 (removed) and N10 국내 접속 차단 (restricted, URL on its own line between statement parts); the request text below the separator is ours",
    items={N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-promise-sequential",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(4, 11, 20),
    subject=enc("RE: 시정요구 KCSC-240903-01 접수 확인"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

보내주신 시정요구 중 아래 블로그 게시물은 내부 검토를 거쳐 순차적으로 삭제 조치될 예정입니다.

 {N[1]}
 {N[2]}

조치가 끝나면 결과를 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER policy-team interim reply promising action",
    why="'삭제 조치될 예정' is a promise, not a statement: the two named posts stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(7, 14, 2),
    subject=enc("[회신] 시정요구 KCSC-240903-01 조치 완료"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body="""
안녕하십니까.

귀 위원회에서 요청하신 시정요구(KCSC-240903-01) 대상 게시물 12건에 대하여
모두 삭제 조치를 완료하였음을 알려드립니다.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="one-line 공문 reply stating all requested items done",
    why="'12건 모두 삭제' names no URL for a twelve-item request: bulk, items stay pending for a person",
    items={N[i]: "pending" for i in range(1, 13)},
)

case(
    name="naver-auth-fail",
    **{"from": "policy-kr@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    date=d(5, 22, 47),
    subject=enc("[네이버] KCSC-240903-01 처리 결과"),
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 중 아래 2건은 삭제 처리되었습니다.
1) {N[3]}
2) {N[4]}

처리 내역 확인은 아래 링크에서 로그인 후 가능합니다.
https://naver-policy-check.example/login

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="navercorp.com in From but DMARC fails: nothing applied",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="naver-staff-gmail",
    **{"from": "sujin.lee.nv@gmail.com"},
    name_from=enc("이수진"),
    date=d(8, 13, 5),
    subject=enc("KCSC-240903-01 관련 (개인 메일로 회신드립니다)"),
    body=f"""
안녕하세요, 네이버 정책지원팀 이수진입니다.
주말이라 회사 메일 접속이 안 돼서 개인 메일로 먼저 말씀드려요.

네이버TV 영상 {N[12]} 는 어제 날짜로 삭제됐습니다.

월요일에 회사 메일로 정식 회신 다시 드리겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="platform employee answering from a personal webmail address",
    why="gmail.com is no platform's sender domain: a person must confirm before anything changes",
    items={N[12]: "pending"},
)

case(
    name="naver-hedged-seems-deleted",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(9, 15, 40),
    subject=enc("RE: [KCSC-240903-01] 지식iN 및 블로그 게시물 확인"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
안녕하십니까.

문의하신 지식iN 게시물({N[8]})은 확인해 보니
이미 삭제된 것으로 보입니다. 다만 시스템상 삭제 이력이 조회되지 않아 담당 부서에 재확인 중입니다.

블로그 게시물 {N[2]} 역시 조치가 이루어진 것 같습니다만,
정확한 처리 일자는 확인 후 다시 알려드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="NAVER policy-team reply hedging on whether posts are gone",
    why="'삭제된 것으로 보입니다' and '이루어진 것 같습니다' are hedges, still being checked: both items stay pending",
    items={N[8]: "pending", N[2]: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(5, 10, 12),
    subject=enc("RE: 시정요구 KCSC-240903-01 관련 추가 자료 요청"),
    reply_to_req=THREAD["KCSC-240903-01"],
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

보내주신 시정요구 중 네이버TV 동영상({N[12]})은 게시자가
해당 영상의 권리자라고 소명하고 있어, 조치 여부 판단을 위해 아래 자료가 필요합니다.

  - 심의 의결서 사본
  - 불법정보 판단의 근거 법령 및 조항

자료를 회신해 주시면 검토 후 결과를 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking the regulator for 의결서 and legal basis before acting",
    why="asks for documents before deciding: no status, a person must answer",
    items={N[12]: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date=d(12, 14, 30),
    subject=enc("RE: 밴드 게시글 시정요구 KCSC-240911-05"),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

밴드 서비스 관련 요청이 당사로 접수되어 함께 회신드립니다.

{B[1]} : 삭제
{B[2]} : 삭제

향후 밴드 관련 요청은 밴드 운영팀(safety@band.us)으로 보내주시면 더 빨리 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate desk answering for BAND items",
    why="the BAND posts belong to platform band (sender band.us); a navercorp.com statement about them needs a person",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-out-of-office",
    **{"from": "policy-kr@navercorp.com"},
    name_from=enc("네이버 정책지원팀 김하늘"),
    date=d(3, 10, 31),
    subject=enc("자동 회신: [시정요구] KCSC-240903-01 도박 사이트 홍보 게시물"),
    reply_to_req=THREAD["KCSC-240903-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김하늘입니다.
9월 3일(화)부터 9월 4일(수)까지 교육 참석으로 메일 확인이 어렵습니다.
긴급한 시정요구 건은 정책지원팀 대표 메일(policy-kr@navercorp.com)로 보내주시기 바랍니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office) in Korean",
    why="an out-of-office reply says nothing about items",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "noreply@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date=d(3, 10, 36),
    subject=enc("[네이버 고객센터] 문의가 정상적으로 접수되었습니다"),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: NV-20240903-118204
  - 접수일시: 2024.09.03 10:36
  - 문의유형: 권리보호 > 게시중단 요청

문의하신 내용은 접수 순서에 따라 영업일 기준 3일 이내에 답변드릴 예정입니다.
답변이 등록되면 이메일로 알려드리겠습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt (문의 접수 안내)",
    why="a pure receipt with a ticket number and a promise to answer",
    items={},
)

# ---- Kakao / Daum / Tistory ----------------------------------------------
case(
    name="kakao-imsi-notice-list",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(9, 11, 2),
    subject=enc("[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240905-02)"),
    reply_to_req=THREAD["KCSC-240905-02"],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-02)에 대한 처리 결과를 안내드립니다.

1. {K[1]}
   - 처리 결과: 임시조치 (30일간 게시물 접근 차단)
2. {K[2]}
   - 처리 결과: 임시조치 (30일간 게시물 접근 차단)
3. {K[3]}
   - 처리 결과: 삭제
4. {K[4]}
   - 처리 결과: 처리 불가 - 게시자가 이미 삭제하여 존재하지 않는 게시물입니다.

임시조치된 게시물은 30일 이내에 게시자의 복원 요청이 없으면 삭제됩니다.
임시조치 제도 안내: https://cs.daum.net/faq/95/7580.html

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 result notice",
    why="numbered list, URL then its result on the next line: 임시조치 restricted, 삭제 removed, 게시자 삭제로 존재하지 않음 not_found; the 30-day deletion is a condition, not a statement",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed", K[4]: "not_found"},
)

case(
    name="tistory-korean-url-angle",
    **{"from": "notice@tistory.com"},
    name_from=enc("티스토리 운영팀"),
    date=d(6, 16, 44),
    subject=enc("[티스토리] 요청하신 게시글 처리 안내"),
    reply_to_req=THREAD["KCSC-240905-02"],
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청번호 KCSC-240905-02 중 티스토리 게시글
<{K3_RAW}>
은(는) 마약류 매매 정보로 확인되어 운영정책에 따라 삭제하였습니다.

다음 카페와 카카오스토리 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations notice with a raw Korean-slug URL in angle brackets",
    why="the Korean path written raw matches its percent-encoded request URL; 삭제 = removed; the other services' items are only promised an answer",
    items={K[3]: "removed"},
)

case(
    name="tistory-korean-url-particle",
    **{"from": "notice@tistory.com"},
    name_from=enc("티스토리 운영팀"),
    date=d(13, 10, 9),
    subject=enc("Re: [KCSC-240912-06] 티스토리 게시글 시정요구"),
    reply_to_req=THREAD["KCSC-240912-06"],
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 {K5_RAW} 은 유사투자자문(리딩방) 불법 영업 정보로 판단되어, 9월 13일 오전 블로그 운영정책에 따라 삭제 처리되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Tistory reply with a raw Korean URL followed by a Korean particle",
    why="the raw Korean URL (ending before the space and 은) is the one requested item, stated deleted",
    items={K[5]: "removed"},
)

case(
    name="kakao-thread-one-item-no-url",
    **{"from": "policy.kr@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(13, 17, 25),
    subject=enc("RE: 티스토리 게시글 시정요구"),
    reply_to_req=THREAD["KCSC-240912-06"],
    raw_mime=single("text/plain; charset=utf-8", b64("""안녕하십니까, 카카오 정책팀입니다.

귀 위원회의 시정요구에 따라 해당 티스토리 게시글에 대한 삭제 조치를 완료하였습니다.
게시자 계정에는 이용 제한이 함께 적용되었습니다.

카카오 정책팀 드림
"""), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao policy-team reply in a thread, base64 body, no URL and no reference",
    why="matched to the one-item request by In-Reply-To; a done deletion of 'the post' of a one-item request applies",
    items={K[5]: "removed"},
)

case(
    name="kakao-story-rejected-mixed",
    **{"from": "policy.kr@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(10, 14, 55),
    subject=enc("[카카오] 시정요구 KCSC-240905-02 검토 결과"),
    body=f"""
안녕하십니까, 카카오 정책팀입니다.

요청번호 KCSC-240905-02 관련 검토 결과를 알려드립니다.

■ 다음 카페 게시글 {K[1]}
  마약류 판매 광고로 확인되어 삭제하였습니다.

■ 카카오스토리 게시물 {K[4]}
  게시물 내용 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아
  별도 조치 없이 게시를 유지합니다.

이견이 있으시면 근거 자료와 함께 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy-team review result with one deletion and one refusal",
    why="K1 deleted (removed); K4 kept with the reason that it breaks no rule (rejected)",
    items={K[1]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-gongmun-numbered",
    **{"from": "policy.kr@kakaocorp.com"},
    name_from=enc("주식회사 카카오"),
    date=d(11, 9, 48),
    subject=enc("[공문] 시정요구(KCSC-240905-02)에 대한 조치결과 통보"),
    reply_to_req=THREAD["KCSC-240905-02"],
    raw_mime=single("text/plain; charset=utf-8", qp(f"""주식회사 카카오

문서번호: 카카오정책-2024-0911-02
수    신: 방송통신심의위원회 위원장
(경  유)
제    목: 시정요구(KCSC-240905-02)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 관련: 방송통신심의위원회 시정요구(KCSC-240905-02, 2024. 9. 5.)

3. 위 호와 관련하여 당사 서비스 내 대상 정보에 대한 조치 결과를 아래와 같이 통보합니다.

  가. 다음 카페 게시글({K[2]})
      - 조치 내용: 정보통신망법 제44조의2에 따른 임시조치(30일)
  나. 티스토리 게시글({K[3]})
      - 조치 내용: 삭제

붙임  조치 화면 캡처 1부.  끝.

주식회사 카카오 대표이사 (직인생략)
"""), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (문서번호/수신/제목, 1. 2. 3. 가. 나.) from Kakao",
    why="가. 임시조치 restricted, 나. 삭제 removed, URLs in parentheses",
    items={K[2]: "restricted", K[3]: "removed"},
)

case(
    name="kakao-transferred-will-act",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date=d(6, 9, 15),
    subject=enc("RE: [KCSC-240905-02] 시정요구"),
    reply_to_req=THREAD["KCSC-240905-02"],
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 가운데
{K[1]},
{K[2]},
{K[3]}
은 해당 서비스 담당 부서로 이관하였으며, 위반 사항이 확인되면 삭제 조치할 예정입니다.

처리 결과는 확인되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao desk reply saying the case was transferred internally",
    why="'이관', 'will delete if confirmed' are promises and conditions: the three named items stay pending",
    items={K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

case(
    name="kakao-mdn",
    **{"from": "policy.kr@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    date=d(5, 14, 31),
    subject=enc("읽음: [시정요구] KCSC-240905-02 마약류 판매 정보"),
    reply_to_req=THREAD["KCSC-240905-02"],
    raw_mime=multipart("report", "mdn_5a1c77", [
        part("text/plain; charset=utf-8", """
보낸 메일을 수신인이 읽었습니다.

제목: [시정요구] KCSC-240905-02 마약류 판매 정보
읽은 시간: 2024-09-05 14:31 (KST)
"""),
        part("message/disposition-notification", """
Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822;policy.kr@kakaocorp.com
Original-Message-ID: <20240905140000.r02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte="7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="kakao-dsn",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d(12, 10, 6),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dsn_kk_0912", [
        part("text/plain; charset=utf-8", """
This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@kakaocorp.com>: host mailstore2.kakaocorp.com said:
    550 5.1.1 User unknown (in reply to RCPT TO command)
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Thu, 12 Sep 2024 10:05:58 +0900

Final-Recipient: rfc822; policy-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", cte="7bit"),
        part("message/rfc822", "\n".join([
            "From: KCSC Takedown <takedown@kcsc.example>",
            "To: policy-old@kakaocorp.com",
            "Subject: [KCSC-240912-06] " + enc("티스토리 게시글"),
            "Message-ID: <20240912100500.r06@kcsc.example>",
            "Date: Thu, 12 Sep 2024 10:05:00 +0900",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "\n".join(request_text("KCSC-240912-06")),
        ])),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown) with the request attached",
    why="a bounce: the URL inside is our own returned request",
    items={},
)

# ---- YouTube Korea --------------------------------------------------------
case(
    name="yt-legal-outcome-ko",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(11, 8, 12),
    subject=enc("[YouTube] 법률 요청 처리 결과 안내 - KCSC-240909-03"),
    reply_to_req=THREAD["KCSC-240909-03"],
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 방송통신심의위원회에서 제출하신 요청(KCSC-240909-03)을 검토했습니다.

다음 콘텐츠는 현지 법률에 따라 대한민국에서 접근이 제한되었습니다.
{Y[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y[2]}

나머지 콘텐츠에 대해서는 검토가 끝나는 대로 별도로 연락드리겠습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome notice (local-law restriction / guidelines removal), Korean version",
    why="statement line then the URL on the line below: Y1 restricted in Korea, Y2 removed; Y3 only promised",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restriction-bilingual",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(12, 13, 37),
    subject="Re: [KCSC-240909-03] YouTube Shorts",
    reply_to_req=THREAD["KCSC-240909-03"],
    body=f"""
안녕하세요 / Hello,

검토 결과 아래 Shorts 동영상에 연령 제한을 적용했습니다. 이제 만 18세 미만 사용자 및 로그아웃 상태의 사용자는 이 동영상을 볼 수 없습니다.
After review, we have age-restricted the Short below.

  {Y[3]}

연령 제한 정책: https://support.google.com/youtube/answer/2802167

YouTube 법률 지원팀 / YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome, bilingual Korean/English",
    why="연령 제한 (age-restricted) = restricted; the support link is no item",
    items={Y[3]: "restricted"},
)

case(
    name="yt-rejected-and-not-found",
    **{"from": "yt-legal-kr@youtube.com"},
    name_from="YouTube",
    date=d(13, 18, 3),
    subject=enc("YouTube 요청 검토 결과 (KCSC-240909-03)"),
    reply_to_req=THREAD["KCSC-240909-03"],
    body=f"""
안녕하세요.

요청하신 콘텐츠를 검토한 결과를 알려드립니다.

1) {Y[1]}
   검토 결과 이 동영상은 YouTube 정책 또는 관련 현지 법률을 위반하지 않는 것으로 판단되어 조치를 취하지 않았습니다.

2) {Y[3]}
   제공하신 URL에서 콘텐츠를 찾을 수 없습니다. 업로더가 이미 삭제한 것으로 확인됩니다.

추가 정보가 있으시면 이 메일에 회신해 주세요.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' and 'content not found' outcome in Korean",
    why="Y1 no action because it breaks no rule (rejected); Y3 cannot be found, already deleted by its uploader (not_found, stated as confirmed)",
    items={Y[1]: "rejected", Y[3]: "not_found"},
)

case(
    name="yt-gmail-quote-top",
    **{"from": "minji.kwon@google.com"},
    name_from="Minji Kwon",
    date=d(10, 16, 21),
    subject=enc("Re: [시정요구] KCSC-240909-03 불법 금융 리딩 동영상"),
    reply_to_req=THREAD["KCSC-240909-03"],
    body=f"""
안녕하세요, 구글코리아 권민지입니다.

두 번째 동영상 {Y[2]} 은 오늘 오후 삭제되었습니다.
나머지 두 건은 본사 법무팀에서 검토 중입니다.

권민지 드림

{SENT_KO['KCSC-240909-03']}, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted('KCSC-240909-03')}
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea staff top-posted Gmail reply over the quoted request",
    why="only Y2 is stated deleted above the Korean Gmail quote header; 'under review' leaves the others pending",
    items={Y[2]: "removed"},
)

case(
    name="yt-policy-links-geo",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(10, 9, 3),
    subject=enc("[YouTube] 국가별 콘텐츠 차단 안내"),
    body=f"""
안녕하세요,

YouTube는 방송통신심의위원회의 요청(KCSC-240909-03)에 따라 다음 동영상을 대한민국 내에서 차단했습니다.
동영상: {Y[1]}

이 동영상은 다른 국가에서는 계속 시청할 수 있습니다.
자세한 내용은 https://support.google.com/youtube/answer/2802032 (법적 사유로 인한 콘텐츠 삭제) 및
투명성 보고서 https://transparencyreport.google.com/government-removals/overview 를 참고하세요.
업로더는 https://www.youtube.com/t/contact_us 를 통해 이의를 제기할 수 있습니다.

YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube country-withheld notice with help, transparency and contact links",
    why="blocked in Korea only = restricted; the three youtube/google links are help pages, not items",
    items={Y[1]: "restricted"},
)

yt_text = f"""안녕하세요.

YouTube 법률 지원팀입니다. 요청번호 KCSC-240909-03 에 대해 아래와 같이 조치했습니다.

- {Y[2]} : 커뮤니티 가이드 위반으로 삭제됨
- {Y[3]} : 커뮤니티 가이드 위반으로 삭제됨

감사합니다.
"""
yt_html = f"""<html><body>
<p>안녕하세요.</p>
<p>YouTube 법률 지원팀입니다. 요청번호 KCSC-240909-03 에 대해 아래와 같이 조치했습니다.</p>
<ul>
<li><a href="{Y[2]}">{Y[2]}</a> : 커뮤니티 가이드 위반으로 삭제됨</li>
<li><a href="{Y[3]}">{Y[3]}</a> : 커뮤니티 가이드 위반으로 삭제됨</li>
</ul>
<p style="color:#777">© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 |
<a href="https://www.youtube.com/t/privacy">개인정보처리방침</a></p>
</body></html>"""
case(
    name="yt-multipart-alternative",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(14, 2, 50),
    subject=enc("[YouTube] 요청하신 콘텐츠 조치 완료"),
    raw_mime=multipart("alternative", "000000000000a1b2c3d4e5f6", [
        part('text/plain; charset="UTF-8"', b64(yt_text), "base64"),
        part('text/html; charset="UTF-8"', qp(yt_html), "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Google-generated multipart/alternative notice (base64 text, quoted-printable HTML)",
    why="both bullets state a done deletion for Y2 and Y3; the privacy link is no item",
    items={Y[2]: "removed", Y[3]: "removed"},
)

case(
    name="yt-outside-counsel",
    **{"from": "jh.seo@kimlee-law.example"},
    name_from=enc("김앤리 법률사무소 서준혁 변호사"),
    date=d(12, 17, 0),
    subject=enc("[구글 LLC 대리] 시정요구 KCSC-240909-03 관련 회신"),
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 Google LLC를 대리하여 아래와 같이 회신드립니다.

YouTube 동영상 {Y[1]} 및 {Y[2]}
두 건은 Google LLC가 검토를 마치고 삭제하였습니다.

향후 연락은 당 법무법인으로 주시기 바랍니다.

김앤리 법률사무소
변호사 서준혁
""",
    outcome="review", review="unknown_sender",
    imitates="Korean outside counsel replying on behalf of Google",
    why="a law firm's domain is no platform's sender domain: nothing applied without a person",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "minji.kwon@google.com"},
    name_from="Minji Kwon",
    date=d(9, 9, 41),
    subject="Automatic reply: [KCSC-240909-03] " + enc("불법 금융 리딩 동영상"),
    reply_to_req=THREAD["KCSC-240909-03"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I am out of the office until Tuesday, 10 September, with limited access to email.
9월 10일(화)까지 부재중입니다. 급한 법률 요청은 legal-kr@google.com 으로 보내주세요.

Minji Kwon | Google Korea Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Gmail vacation responder",
    why="an out-of-office reply",
    items={},
)

# ---- DC Inside ------------------------------------------------------------
case(
    name="dc-informal-numbered",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(11, 15, 2),
    subject=enc("Re: [KCSC-240910-04] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=THREAD["KCSC-240910-04"],
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 확인해서 처리했습니다.

1) {D[1]} - 삭제
2) {D[2]} - 삭제
3) {D[3]} - 이미 작성자가 삭제한 글입니다
4) {D[4]} - 삭제 및 작성자 IP 차단
5) {D[5]} - 삭제

추가로 같은 내용 올라오면 말씀 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operations-team reply with a numbered list",
    why="one short result per URL on the same line: 삭제 removed, 작성자가 삭제 not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed", D[5]: "removed"},
)

case(
    name="dc-url-below-statement",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date=d(10, 18, 14),
    subject=enc("[디시인사이드] 게시물 처리 결과 안내 (KCSC-240910-04)"),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 개인정보 노출로 확인되어 운영자 삭제 처리되었습니다.
{D[1]}

아래 게시물은 해당 갤러리에서 찾을 수 없습니다. (존재하지 않는 글 번호)
{D[2]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-centre notice, statement line with URL below",
    why="each statement heads the URL below it: D1 운영자 삭제 removed, D2 not found",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(12, 11, 30),
    subject=enc("RE: 개인정보 노출 게시물 삭제 요청 (KCSC-240910-04) 추가 답변"),
    reply_to_req=THREAD["KCSC-240910-04"],
    body=f"""
추가 답변드립니다.

{D[3]}
→ 처리: 삭제 완료 (9/12 10:55)

{D[4]}
→ 처리: 유지. 게시물에 특정인을 식별할 수 있는 정보가 없어 삭제 기준에 해당하지 않습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up with bare URLs and '→ 처리:' lines below",
    why="D3 삭제 완료 removed; D4 kept because it meets no deletion rule, reason given (rejected)",
    items={D[3]: "removed", D[4]: "rejected"},
)

case(
    name="dc-fullwidth-punct",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀 최"),
    date=d(13, 14, 6),
    subject=enc("Re: KCSC-240910-04 미니갤·모바일 게시물"),
    body=f"""
안녕하세요。 운영팀 최입니다。

미니갤 1544번 글（{D[4]}）은 오늘 오전에 삭제했습니다。
모바일 주소로 주신 {D[5]}，이 글은 이미 없는 글입니다（작성자 자진 삭제）。

참고 바랍니다。
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply typed with full-width punctuation around URLs",
    why="URLs end at the full-width ） and ，: D4 deleted (removed), D5 already deleted by its author (not_found)",
    items={D[4]: "removed", D[5]: "not_found"},
)

case(
    name="dc-bulk-five-deleted",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(11, 10, 0),
    subject=enc("Re: [KCSC-240910-04] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=THREAD["KCSC-240910-04"],
    body="""
안녕하세요 디시인사이드입니다.
요청주신 5건 전부 삭제했습니다. 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line informal operator reply",
    why="'5건 전부 삭제' for a five-item request without naming each: bulk",
    items={D[i]: "pending" for i in range(1, 6)},
)

case(
    name="dc-promise-manager",
    **{"from": "cs@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(10, 15, 48),
    subject=enc("Re: [KCSC-240910-04] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=THREAD["KCSC-240910-04"],
    body=f"""
안녕하세요.

{D[1]}
{D[5]}
위 두 글은 갤러리 매니저에게 전달했고 조만간 삭제될 거예요.
매니저가 처리 안 하면 저희가 직접 지우겠습니다.

디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator handing posts to a gallery manager",
    why="'조만간 삭제될 거예요' and a conditional deletion are promises: the two posts stay pending",
    items={D[1]: "pending", D[5]: "pending"},
)

case(
    name="dc-auth-fail",
    **{"from": "cs@dcinside.com"},
    auth="fail",
    name_from=enc("디시인사이드 운영팀"),
    date=d(11, 23, 12),
    subject=enc("[디시인사이드] 삭제 완료 안내 KCSC-240910-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D[2]} 삭제 완료
{D[3]} 삭제 완료
""",
    outcome="review", review="untrusted",
    imitates="spoofed operator mail failing DMARC",
    why="dcinside.com in From but authentication fails: untrusted",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-report-receipt-echo",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드"),
    date=d(10, 11, 16),
    subject=enc("[디시인사이드] 신고가 접수되었습니다"),
    body=f"""
디시인사이드 신고센터에 신고가 접수되었습니다.

접수번호: DC-2409-55812
접수일시: 2024-09-10 11:16
신고 제목: [KCSC-240910-04] 개인정보 노출 게시물 삭제 요청

접수된 신고는 운영정책에 따라 검토 후 처리되며, 처리 결과는 영업일 기준 3~5일 이내에 메일로 안내됩니다.

--- 신고 내용 ---
{chr(10).join(D[i] for i in range(1, 6))}
----------------

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside report-centre auto receipt echoing the report",
    why="a pure receipt: the URLs are only our report echoed back, with no statement about them",
    items={},
)

# ---- BAND -----------------------------------------------------------------
band_text = f"""안녕하세요, BAND 고객센터입니다.

방송통신심의위원회에서 요청하신 게시글(KCSC-240911-05)에 대해 안내드립니다.

• {B[1]}
  불법 촬영물 유포 게시글로 확인되어 삭제하였으며, 작성자의 BAND 이용을 영구 제한하였습니다.

• {B[2]}
  확인 결과 해당 게시글은 이미 밴드 리더에 의해 삭제되어 존재하지 않습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림
"""
case(
    name="band-qp-deleted-and-gone",
    **{"from": "safety@band.us"},
    name_from=enc("BAND 고객센터"),
    date=d(12, 10, 40),
    subject=enc("[BAND] 게시글 신고 처리 결과 안내"),
    reply_to_req=THREAD["KCSC-240911-05"],
    raw_mime=single("text/plain; charset=utf-8", qp(band_text), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 notice, quoted-printable",
    why="B1 deleted (removed); B2 already deleted by the band leader, does not exist (not_found); policy link is no item",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="band-base64-private-restricted",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date=d(13, 9, 20),
    subject=enc("[BAND] 요청하신 게시글 조치 결과 (KCSC-240911-05)"),
    raw_mime=single("text/plain; charset=utf-8", b64(f"""BAND 운영팀입니다.

요청번호 KCSC-240911-05 조치 결과입니다.

{B[1]}
 - 조치: 게시글 비공개 처리 (작성자 및 멤버 열람 불가)

{B[2]}
 - 조치: 국내 접근 제한 (대한민국 IP에서 게시글 접근 차단)

문의: safety@band.us
"""), "base64"),
    outcome="applied", classification="confirmation",
    imitates="BAND operations result mail with a base64-encoded body",
    why="비공개 처리 removed; 국내 접근 제한 restricted",
    items={B[1]: "removed", B[2]: "restricted"},
)

case(
    name="band-dsn",
    **{"from": "mailer-daemon@band.us"},
    name_from="Mail Delivery Subsystem",
    date=d(11, 16, 21),
    subject="Delivery Status Notification (Failure)",
    raw_mime=multipart("report", "band_dsn_7e2", [
        part("text/plain; charset=us-ascii", """
** Message not delivered **

Your message to report-kr@band.us couldn't be delivered.
The mailbox is full or temporarily unavailable. Please try again later.

The response from the remote server was:
452 4.2.2 Mailbox full
""", cte="7bit"),
        part("message/delivery-status", """
Reporting-MTA: dns; mx1.band.us

Final-Recipient: rfc822; report-kr@band.us
Action: failed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
""", cte="7bit"),
        part("text/rfc822-headers", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@band.us
Subject: [KCSC-240911-05] {enc("밴드 게시글")}
Message-ID: <20240911162000.r05@kcsc.example>
Date: Wed, 11 Sep 2024 16:20:00 +0900
""", cte="7bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delivery failure (mailbox full) from the platform's MTA",
    why="a bounce",
    items={},
)


HEADER = """# Blind set 797: Korean-language replies (NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND). Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, thread, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, thread + "@kcsc.example", note])


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind797", HEADER, CASES)


if __name__ == "__main__":
    main()
