#!/usr/bin/env python3
"""Blind set 587: Korean replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind587/make.py

Deterministic: no clock, no randomness. Expected results were written from
each email's meaning before the reader was run on any of them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind587"

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/haneul_trade/223561204871",
    2: "https://blog.naver.com/haneul_trade/223561209934",
    3: "https://blog.naver.com/greenpill_kr/223548877120",
    4: "https://cafe.naver.com/cheapdealclub/884102",
    5: "https://cafe.naver.com/cheapdealclub/884377",
    6: "https://cafe.naver.com/joonggoinfo/1529904",
    7: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472118903",
    8: "https://m.blog.naver.com/sunrise_pharm/223570011245",
    9: "https://blog.naver.com/sunrise_pharm/223570013388",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38114257&memberNo=55120934",
    11: "https://cafe.naver.com/dietqueenz/2201458",
    12: "https://blog.naver.com/mintcloud77/223566640012",
    13: "https://tv.naver.com/v/58120446",
    14: "https://blog.naver.com/mintcloud77/223566641190",
}
K = {
    1: "https://cafe.daum.net/bargainhall/Fx2k/10452",
    2: "https://cafe.daum.net/bargainhall/Fx2k/10498",
    3: "https://moonlit-shop.tistory.com/entry/%EA%B3%B5%EB%8F%99%EA%B5%AC%EB%A7%A4-%ED%9B%84%EA%B8%B0",
    4: "https://moonlit-shop.tistory.com/118",
    5: "https://pf.kakao.com/_xbTqNx/105230114",
}
K3_RAW = "https://moonlit-shop.tistory.com/entry/공동구매-후기"
Y = {
    1: "https://www.youtube.com/watch?v=Qm3rT8vLx2A",
    2: "https://www.youtube.com/watch?v=hZ0pW5kNc7E",
    3: "https://www.youtube.com/shorts/bV4yLq9TzR1",
    4: "https://youtu.be/Kd7Fs2mWp0Q",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=11839402",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=11840117",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_lab&no=774210",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_lab&no=774388",
}
B = {
    1: "https://band.us/band/81530277/post/4412",
    2: "https://band.us/band/81530277/post/4419",
    3: "https://band.us/band/90011452/post/87",
}
M = {
    1: "https://blog.naver.com/dawnflower_77/223580114427",
    2: "https://cafe.naver.com/ArticleRead.nhn?clubid=30117722&articleid=5510",
}
S = {1: "https://cafe.daum.net/oldcarlovers/Bq9z/3381"}

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240918-07")

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "illegal_drug_sale",
     "blogs, cafes, KiN, post, tv; 14 items"),
    (R2, "kakao", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "fraud",
     'Daum cafe, Tistory ("공동구매 후기"), Kakao channel'),
    (R3, "youtube", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "gambling_ad", "watch, shorts, youtu.be"),
    (R4, "dcinside", "2024-09-10T11:15:00+09:00", "2024-09-17T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "defamation", "main and minor galleries"),
    (R5, "band", "2024-09-12T16:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [B[i] for i in range(1, 4)], "privacy", "two bands, three posts"),
    (R6, "naver", "2024-09-13T11:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [M[1], M[2]], "obscene", "blog + old-style cafe link"),
    (R7, "kakao", "2024-09-18T10:20:00+09:00", "2024-09-25T18:00:00+09:00",
     [S[1]], "illegal_drug_sale", "single item"),
]


def msgid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded header value, as most Korean mailers send."""
    return Header(s, "utf-8").encode()


def req_lines(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def request_body(ref):
    urls = req_lines(ref)
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        f"요청번호 {ref}: 아래 정보({len(urls)}건)는 관계 법령에 위반되는 정보로 심의",
        "의결되었으므로 삭제 또는 접속차단 등 필요한 조치를 요청합니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return lines


def gmail_quote(ref, when):
    body = request_body(ref)
    return [f"{when} KCSC Takedown <takedown@kcsc.example>님이 작성:", ""] + [
        ("> " + l) if l else ">" for l in body]


def outlook_quote(ref, sent, to, subject):
    return [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: {subject}",
        "",
    ] + request_body(ref)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def J(*lines):
    return "\n".join(lines)


CASES = []


def case(**c):
    nf = c.get("name_from")
    if nf and not nf.isascii():
        c["name_from"] = enc(nf)
    CASES.append(c)


# ================================================================ APPLIED
# 1. NAVER 공문: the whole 14-item request in a text table.
case(
    name="naver-gongmun-text-table-all14",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 16:42:10 +0900",
    subject=enc(f"[회신] 시정요구에 대한 조치결과 회신 ({R1})"),
    reply_to_req=msgid(R1),
    body=J(
        "문서번호: 정책지원-2024-0917",
        "시행일자: 2024. 9. 6.",
        "수    신: 방송통신심의위원회 (통신심의국)",
        f"참    조: 귀 위원회 요청번호 {R1}",
        "제    목: 시정요구에 대한 조치결과 회신",
        "",
        "1. 귀 위원회의 무궁한 발전을 기원합니다.",
        "2. 귀 위원회에서 2024. 9. 3. 요청하신 정보 14건에 대하여 당사 운영정책 및",
        "   관계 법령에 따라 아래와 같이 조치하였음을 회신합니다.",
        "",
        "                          - 아    래 -",
        "",
        "연번 | 대상 URL | 조치결과 | 조치일",
        f" 1 | {N[1]} | 삭제 | 2024.09.05",
        f" 2 | {N[2]} | 삭제 | 2024.09.05",
        f" 3 | {N[3]} | 게시중단 | 2024.09.05",
        f" 4 | {N[4]} | 삭제 | 2024.09.05",
        f" 5 | {N[5]} | 삭제 | 2024.09.05",
        f" 6 | {N[6]} | 게시중단 | 2024.09.05",
        f" 7 | {N[7]} | 해당 게시물 없음(작성자 삭제) | -",
        f" 8 | {N[8]} | 임시조치(30일) | 2024.09.06",
        f" 9 | {N[9]} | 삭제 | 2024.09.06",
        f"10 | {N[10]} | 미조치(판매 행위 확인되지 않아 게재 유지) | -",
        f"11 | {N[11]} | 삭제 | 2024.09.06",
        f"12 | {N[12]} | 삭제 | 2024.09.06",
        f"13 | {N[13]} | 비공개 처리 | 2024.09.06",
        f"14 | {N[14]} | 존재하지 않는 게시물 | -",
        "",
        "3. 미조치 건(연번 10)은 건강기능식품 성분에 관한 일반 정보 글로, 구매 유도나",
        "   판매 연락처가 확인되지 않아 운영정책 위반으로 보기 어렵다고 판단하였습니다.",
        "4. 기타 문의사항은 정책지원팀으로 연락 주시기 바랍니다.  끝.",
        "",
        "네이버 주식회사 정책지원팀",
    ),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 회신 (시정요구에 대한 조치결과) with a per-URL result table",
    why="Each of the 14 URLs has its own result: 삭제/게시중단/비공개 removed, 임시조치 restricted, 작성자 삭제/존재하지 않음 not_found, 미조치 with a reason rejected.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed",
           N[5]: "removed", N[6]: "removed", N[7]: "not_found", N[8]: "restricted",
           N[9]: "removed", N[10]: "rejected", N[11]: "removed", N[12]: "removed",
           N[13]: "removed", N[14]: "not_found"},
)

# 2. NAVER HTML table, part of the 14-item request.
html2 = J(
    "<html><body style=\"font-family:'Malgun Gothic',sans-serif\">",
    "<p>안녕하세요. NAVER 고객센터입니다.</p>",
    f"<p>방송통신심의위원회 요청({R1}) 중 아래 5건의 처리 결과를 먼저 안내드립니다.",
    "나머지 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>",
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">",
    "<tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr>",
    f"<tr><td>1</td><td><a href=\"{N[1]}\">{N[1]}</a></td><td>삭제 완료</td></tr>",
    f"<tr><td>2</td><td><a href=\"{N[2]}\">{N[2]}</a></td><td>삭제 완료</td></tr>",
    f"<tr><td>3</td><td><a href=\"{N[3]}\">{N[3]}</a></td><td>임시조치 (30일간 게시 중단 후 재게시 요청 없으면 삭제)</td></tr>",
    f"<tr><td>4</td><td><a href=\"{N[4]}\">{N[4]}</a></td><td>게시물 없음 (이미 삭제된 게시물)</td></tr>",
    f"<tr><td>5</td><td><a href=\"{N[5]}\">{N[5]}</a></td><td>유지 &ndash; 카페 운영정책 위반 사항이 확인되지 않았습니다</td></tr>",
    "</table>",
    "<p>게시중단 절차는 <a href=\"https://help.naver.com/service/5640/contents/18765\">고객센터 도움말</a>에서 확인하실 수 있습니다.</p>",
    "<p>감사합니다.<br>NAVER 고객센터 드림</p>",
    "</body></html>",
)
case(
    name="naver-html-table-first-five",
    **{"from": "help@naver.com"},
    name_from="NAVER 고객센터",
    date="Thu, 05 Sep 2024 11:03:55 +0900",
    subject=enc(f"RE: [{R1}] 게시물 조치 요청 - 1차 처리 결과"),
    reply_to_req=msgid(R1),
    type="html",
    body=html2,
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre HTML reply with a result table (partial first answer)",
    why="Five rows, each with its own result; the help-page link is not an item; the other nine items are not spoken about.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

# 3. NAVER CSV attachment (UTF-8 with BOM, base64).
csv3 = "\ufeff" + J(
    "번호,URL,처리결과,비고",
    f"1,{N[6]},삭제,",
    f"2,{N[7]},삭제,",
    f"3,{N[8]},게시중단,",
    f"4,{N[9]},임시조치,\"권리침해 신고 절차, 30일\"",
    f"5,\"{N[10]}\",게시물 없음,작성자 삭제",
    f"6,{N[11]},삭제,",
    f"7,{N[12]},유지,위반 사항 확인되지 않음",
) + "\r\n"
csv3 = csv3.replace("\n", "\r\n").replace("\r\r\n", "\r\n")
raw3 = J(
    'Content-Type: multipart/mixed; boundary="=_nv587_csv"',
    "",
    "--=_nv587_csv",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "안녕하세요, 네이버 정책지원팀입니다.",
    "",
    f"요청번호 {R1} 중 6~12번 게시물의 처리 결과를 첨부 파일(CSV)로 보내드립니다.",
    "확인 부탁드립니다.",
    "",
    "정책지원팀 드림",
    "",
    "--=_nv587_csv",
    'Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"',
    'Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"',
    "Content-Transfer-Encoding: base64",
    "",
    b64(csv3).rstrip("\n"),
    "--=_nv587_csv--",
)
case(
    name="naver-csv-attachment-seven",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 10:21:40 +0900",
    subject=enc(f"[NAVER] {R1} 처리결과 송부"),
    reply_to_req=msgid(R1),
    raw_mime=raw3,
    outcome="applied", classification="confirmation",
    imitates="Platform reply with a CSV result sheet attached (처리결과 파일 송부)",
    why="The CSV gives one result per URL: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found, 유지(위반 없음) rejected.",
    items={N[6]: "removed", N[7]: "removed", N[8]: "removed", N[9]: "restricted",
           N[10]: "not_found", N[11]: "removed", N[12]: "rejected"},
)

# 4. NAVER informal operator reply, two items, prose.
case(
    name="naver-informal-prose-two",
    **{"from": "jiwoo.kang@navercorp.com"},
    name_from="강지우",
    date="Fri, 13 Sep 2024 17:05:12 +0900",
    subject=enc(f"Re: [{R6}] 시정요구 (2건)"),
    reply_to_req=msgid(R6),
    body=J(
        "안녕하세요, 네이버 게시물 신고 담당 강지우입니다.",
        "",
        "오늘 보내주신 두 건 확인했습니다.",
        f"블로그 글 {M[1]} 은 오후 4시경 게시중단 처리했고요,",
        f"카페 글 {M[2]} 은 들어가 보니 작성자가 이미 지운 상태라 확인되는 게시물이 없습니다.",
        "",
        "추가로 필요하신 부분 있으면 편하게 말씀 주세요.",
        "강지우 드림",
    ),
    outcome="applied", classification="confirmation",
    imitates="Informal reply from a portal's report-handling operator",
    why="Blog post 게시중단 -> removed; cafe post already deleted by its author -> not_found.",
    items={M[1]: "removed", M[2]: "not_found"},
)

# 5. NAVER Outlook top-post, URL on the line below the statement.
case(
    name="naver-outlook-toppost-url-below",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Sat, 14 Sep 2024 09:12:03 +0900",
    subject=enc(f"RE: [{R6}] 시정요구 (2건)"),
    reply_to_req=msgid(R6),
    body=J(
        "안녕하십니까, 네이버 정책지원팀입니다.",
        "",
        "아래 게시물은 2024.09.14 게시중단(블라인드) 처리되었습니다.",
        M[1],
        "",
        "나머지 1건은 확인 후 다시 연락드리겠습니다.",
        "",
        "감사합니다.",
        "",
        *outlook_quote(R6, "Friday, September 13, 2024 11:00 AM", "policy@navercorp.com",
                       f"[{R6}] 시정요구 (2건)"),
    ),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request",
    why="Only the blog post above the quoted request is stated as 게시중단(블라인드); the cafe link appears only in our quoted request.",
    items={M[1]: "removed", M[2]: "pending"},
)

# 6. Daum 권리침해신고센터 임시조치 notice, heading lists, raw Korean path.
case(
    name="daum-imsi-notice-heading-lists",
    **{"from": "right@daum.net"},
    name_from="Daum 권리침해신고센터",
    date="Fri, 06 Sep 2024 13:30:44 +0900",
    subject=enc("[Daum 권리침해신고센터] 신고 게시물 처리 결과 안내"),
    reply_to_req=msgid(R2),
    body=J(
        "안녕하세요. 카카오 권리침해신고센터입니다.",
        f"방송통신심의위원회에서 신고하신 게시물(요청번호 {R2})의 처리 결과를 알려드립니다.",
        "",
        "■ 임시조치 (30일)",
        f"  - {K[1]}",
        f"  - {K[2]}",
        "  위 게시물은 정보통신망법 제44조의2에 따라 30일간 접근이 차단되었습니다.",
        "  게시자가 기간 내에 재게시를 요청하지 않으면 기간 경과 후 삭제됩니다.",
        "",
        "■ 게시중단",
        f"  - {K3_RAW}",
        "",
        "처리 절차 안내: https://cs.daum.net/faq/site/right/",
        "",
        "※ 본 메일은 발신 전용입니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치/게시중단 result notice",
    why="Two cafe posts under the 임시조치 heading (access blocked for 30 days) -> restricted; Tistory post (raw Korean path) under 게시중단 -> removed; later deletion is only conditional.",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed"},
)

# 7. Kakao prose with percent-encoded URL followed by a particle.
case(
    name="kakao-prose-particles",
    **{"from": "policy-response@kakaocorp.com"},
    name_from="카카오 정책대응팀",
    date="Mon, 09 Sep 2024 15:48:20 +0900",
    subject=enc(f"Re: {R2} 게시물 조치 요청 건"),
    reply_to_req=msgid(R2),
    body=J(
        "안녕하세요. 카카오 정책대응팀입니다.",
        "",
        f"요청하신 건 중 티스토리 게시물 {K[3]}의 글과",
        f"{K[4]} 글은 티스토리 운영정책(불법 정보) 위반으로 삭제 조치하였습니다.",
        "",
        f"또한 카카오톡 채널 소식 {K[5]}은 확인 결과 채널 관리자가 이미 삭제하여",
        "현재 존재하지 않는 게시물입니다.",
        "",
        "카카오 정책대응팀 드림",
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team prose reply",
    why="Both Tistory posts deleted -> removed; channel post already deleted by its own admin -> not_found. Korean particles are glued to the URLs.",
    items={K[3]: "removed", K[4]: "removed", K[5]: "not_found"},
)

# 8. Kakao one-item request, no URL in the reply.
case(
    name="daum-single-item-no-url",
    **{"from": "cafe_help@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Thu, 19 Sep 2024 10:02:37 +0900",
    subject=enc(f"Re: [{R7}] 게시물 삭제 요청"),
    reply_to_req=msgid(R7),
    body=J(
        "안녕하세요, Daum 카페 고객센터입니다.",
        "",
        "요청하신 게시글은 카페 운영정책(불법 거래 정보 게시) 위반으로 확인되어",
        "9월 19일 오전 당사에서 삭제 조치하였습니다.",
        "",
        "감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe help-desk one-line result",
    why="Reply in the thread of a one-item request, unhedged deletion of 'the requested post' -> removed.",
    items={S[1]: "removed"},
)

# 9. Kakao circled numbers and full-width colon / parentheses.
case(
    name="kakao-fullwidth-numbered",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 11:19:08 +0900",
    subject=enc(f"[카카오] 시정요구 조치 결과 회신 ({R2})"),
    body=J(
        "방송통신심의위원회 담당자님께,",
        "",
        f"{R2} 건 중 Daum 카페 게시물 2건의 처리 결과입니다.",
        "",
        f"① {K[1]} ： 게시중단 완료",
        f"② {K[2]} ： 게시 유지（운영정책 위반 사항이 확인되지 않음）",
        "",
        "②번 게시물은 중고 거래 후기로, 사기 유도 정황이 확인되지 않았습니다.",
        "",
        "카카오 권리침해신고센터",
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao result list with circled numbers and full-width punctuation",
    why="① 게시중단 -> removed; ② kept with a reason -> rejected.",
    items={K[1]: "removed", K[2]: "rejected"},
)

# 10. YouTube legal team, Korean, two headed lists.
case(
    name="yt-legal-ko-geo-and-removed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 02:14:51 +0000",
    subject=enc(f"YouTube 법적 신고 검토 결과 [{R3}]"),
    reply_to_req=msgid(R3),
    body=J(
        "안녕하세요.",
        "",
        f"귀하가 제출하신 법적 신고({R3})에 대한 검토를 완료했습니다.",
        "",
        "다음 콘텐츠는 현지 법률에 따라 대한민국에서 차단되었습니다:",
        Y[1],
        Y[2],
        "",
        "다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다:",
        Y[3],
        "",
        "YouTube 법무팀 드림",
        "",
        "© 2024 Google LLC",
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome (Korean locale): local block vs. global removal",
    why="Two videos blocked in Korea -> restricted; the Short removed for guidelines -> removed; youtu.be link not spoken about.",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

# 11. YouTube English, uploader-deleted.
case(
    name="yt-english-restricted-uploader-deleted",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:40:02 +0000",
    subject=f"Re: Legal request {R3}",
    reply_to_req=msgid(R3),
    body=J(
        "Hello,",
        "",
        "Thank you for your legal notice. Following our review, we have restricted",
        "access to the content below in South Korea:",
        "",
        f"  {Y[4]}",
        "",
        f"The content at {Y[3]} had already been deleted",
        "by the uploader before we reviewed it, so no action was needed on our side.",
        "",
        "Regards,",
        "The YouTube Legal Support Team",
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email in English",
    why="youtu.be link restricted in South Korea -> restricted; Short deleted by its uploader -> not_found.",
    items={Y[4]: "restricted", Y[3]: "not_found"},
)

# 12. YouTube bulleted: removed and rejected with reason.
case(
    name="yt-bullets-removed-rejected",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 05:02:19 +0000",
    subject=f"Your YouTube legal request - {R3}",
    body=J(
        "Hi there,",
        "",
        f"We've completed our review of your request {R3}:",
        "",
        f"- {Y[1]} -- removed globally for violating our Community Guidelines",
        f"- {Y[2]} -- no action taken. After careful review we found that this",
        "  content does not violate our policies or applicable local law, so it",
        "  remains available.",
        "",
        "You can read more about our policies at https://support.google.com/youtube/answer/2802032",
        "",
        "Sincerely,",
        "YouTube Legal Support",
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with one removal and one refusal",
    why="First bullet removed globally -> removed; second stays up, no violation -> rejected; policy link is not an item.",
    items={Y[1]: "removed", Y[2]: "rejected"},
)

# 13. YouTube age restriction, bare URL with the status on the next line.
case(
    name="yt-age-restricted-bare-url",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Sat, 14 Sep 2024 01:33:47 +0000",
    subject=enc(f"[{R3}] 처리 결과 안내"),
    reply_to_req=msgid(R3),
    body=J(
        "안녕하세요, YouTube 법무팀입니다.",
        "",
        Y[4],
        "처리 결과: 연령 제한 적용 (만 18세 이상 로그인 사용자만 시청 가능)",
        "",
        "감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea short result note: bare URL, result on the next line",
    why="Age restriction applied -> restricted.",
    items={Y[4]: "restricted"},
)

# 14. DC Inside operator, arrows under each URL.
case(
    name="dc-operator-arrows",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:26:09 +0900",
    subject=enc(f"RE: [{R4}] 게시물 삭제 요청의 건"),
    reply_to_req=msgid(R4),
    body=J(
        "안녕하세요 디시인사이드 운영팀입니다.",
        "요청 주신 게시물 처리 결과 안내드립니다.",
        "",
        D[1],
        "→ 삭제 완료",
        "",
        D[2],
        "→ 삭제 완료",
        "",
        D[3],
        "→ 작성자가 삭제하여 존재하지 않는 게시물입니다.",
        "",
        "나머지 1건은 마이너 갤러리 매니저 확인 후 회신드리겠습니다.",
        "감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply, result under each link",
    why="Two posts deleted -> removed; one deleted by its author -> not_found; the fourth is only promised (not named).",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# 15. DC Inside, quoted-printable body.
text15 = J(
    "안녕하세요. 디시인사이드 운영팀입니다.",
    "",
    f"{R4} 관련 추가 처리 결과입니다.",
    "",
    f"1) {D[4]}",
    "   : 블라인드 처리하였습니다.",
    f"2) {D[2]}",
    "   : 검토 결과 게시물 삭제 기준에 해당하지 않아 유지합니다. 특정인을 지칭하는",
    "     표현이 확인되지 않았습니다.",
    "",
    "디시인사이드 운영팀 드림",
)
case(
    name="dc-quoted-printable-blind-keep",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 13 Sep 2024 10:51:33 +0900",
    subject=enc(f"[디시인사이드] {R4} 처리 결과"),
    raw_mime=J(
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(text15),
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside follow-up result, quoted-printable Korean text",
    why="Minor-gallery post 블라인드 -> removed; the other kept because it breaks no rule, with a reason -> rejected.",
    items={D[4]: "removed", D[2]: "rejected"},
)

# 16. DC Inside, angle brackets, one wrapped.
case(
    name="dc-angle-brackets-wrapped",
    **{"from": "manager-support@dcinside.com"},
    name_from="디시인사이드 마이너갤러리 지원",
    date="Thu, 12 Sep 2024 18:07:45 +0900",
    subject=enc(f"Re: [{R4}] 게시물 삭제 요청의 건"),
    reply_to_req=msgid(R4),
    body=J(
        "안녕하세요. 마이너 갤러리 지원 담당입니다.",
        "",
        "coin_lab 갤러리의 아래 두 게시물은 운영 원칙 위반(특정인 비방)으로",
        "운영자 권한으로 삭제하였습니다.",
        "",
        f"<{D[3]}>",
        "<https://gall.dcinside.com/mgallery/board/view/",
        "?id=coin_lab&no=774388>",
        "",
        "감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside minor-gallery support reply, links in angle brackets (one wrapped by the mailer)",
    why="Both links, the second wrapped inside <...>, deleted by the operator -> removed.",
    items={D[3]: "removed", D[4]: "removed"},
)

# 17. BAND informal reply.
case(
    name="band-informal-three",
    **{"from": "bandhelp@band.us"},
    name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 15:22:18 +0900",
    subject=enc(f"[BAND] 문의하신 내용에 대한 답변입니다 ({R5})"),
    reply_to_req=msgid(R5),
    body=J(
        "안녕하세요, 밴드 고객센터입니다.",
        "",
        "요청하신 게시글 확인 결과를 안내드립니다.",
        "",
        f"- {B[1]} : 개인정보 노출로 게시글 삭제",
        f"- {B[2]} : 개인정보 노출로 게시글 삭제",
        f"- {B[3]} : 밴드 리더가 밴드를 이미 삭제하여 게시글을 확인할 수 없습니다",
        "",
        "밴드를 이용해 주셔서 감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre answer to an inquiry",
    why="Two posts deleted -> removed; third cannot be found because its band was deleted by its leader -> not_found.",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found"},
)

# 18. BAND HTML, base64.
html18 = J(
    "<!DOCTYPE html><html><body>",
    "<div style=\"font-size:14px\">",
    "<p>안녕하세요. BAND 운영정책팀입니다.</p>",
    f"<p>방송통신심의위원회 요청({R5})에 대한 처리 결과입니다.</p>",
    "<ul>",
    f"<li><a href=\"{B[2]}\">{B[2]}</a><br>게시글 삭제 및 작성자 이용 제한</li>",
    f"<li><a href=\"{B[1]}\">{B[1]}</a><br>조치하지 않음: 게시글에 포함된 연락처는 업체 대표번호로,",
    "개인정보에 해당하지 않는다고 판단했습니다.</li>",
    "</ul>",
    "<p><a href=\"https://band.us/policy/operation\">BAND 운영정책</a></p>",
    "</div></body></html>",
)
case(
    name="band-html-base64-removed-rejected",
    **{"from": "policy@band.us"},
    name_from="BAND 운영정책팀",
    date="Sat, 14 Sep 2024 11:45:00 +0900",
    subject=enc(f"[BAND] {R5} 처리 결과"),
    raw_mime=J(
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        b64(html18).rstrip("\n"),
    ),
    outcome="applied", classification="confirmation",
    imitates="BAND policy team HTML notice (base64)",
    why="Post 4419 deleted -> removed; post 4412 not actioned with a reason -> rejected; policy link not an item.",
    items={B[2]: "removed", B[1]: "rejected"},
)

# 19. NAVER echoes the report form.
case(
    name="naver-echoed-report-form",
    **{"from": "noreply-right@naver.com"},
    name_from="NAVER 권리보호센터",
    date="Sat, 07 Sep 2024 09:00:12 +0900",
    subject=enc("[NAVER 권리보호센터] 게시중단 요청 처리 결과 안내"),
    body=J(
        "안녕하세요. NAVER 권리보호센터입니다.",
        "요청하신 게시중단 건의 처리 결과를 알려드립니다.",
        "",
        "──────────────────────────",
        "접수번호 : R-20240904-0031187",
        f"요청자 참조번호 : {R1}",
        "요청 유형 : 불법정보",
        f"신고 URL : {N[13]}",
        "신고 사유 : 의약품 불법 판매 광고 동영상",
        "──────────────────────────",
        "처리 결과 : 게시중단",
        "처리 일시 : 2024-09-06 18:20",
        "──────────────────────────",
        "",
        "본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.",
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result mail echoing the submitted report form",
    why="The echoed report names one URL and the result 게시중단 -> removed.",
    items={N[13]: "removed"},
)

# 20. NAVER Gmail top-post over a '>' quoted request.
case(
    name="naver-gmail-toppost-two-of-14",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    date="Wed, 04 Sep 2024 16:10:27 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 (14건)"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요, 네이버 박서연입니다.",
        "",
        "우선 급한 두 건부터 블라인드 처리했습니다.",
        f"{N[2]}",
        f"{N[12]}",
        "",
        "나머지는 내일 중으로 정리해서 공문으로 회신드릴게요.",
        "",
        *gmail_quote(R1, "2024년 9월 3일 (화) 오전 10:00,"),
    ),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal staffer over the quoted request",
    why="Two URLs above the quote are stated blinded -> removed; the other 12 are only in the '>' quoted request.",
    items={N[2]: "removed", N[12]: "removed"},
)

# 21. NAVER acknowledgement phrase plus one unhedged statement.
case(
    name="naver-receipt-plus-one-removed",
    **{"from": "help@naver.com"},
    name_from="NAVER 고객센터",
    date="Tue, 03 Sep 2024 14:25:51 +0900",
    subject=enc(f"[NAVER 고객센터] 문의 접수 안내 ({R1})"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요. NAVER 고객센터입니다.",
        "",
        "보내주신 요청이 정상적으로 접수되었습니다. (접수번호 CS-0903-772910)",
        "",
        f"접수된 14건 중 {N[11]} 게시물은 긴급 건으로 분류되어",
        "접수 즉시 게시중단하였습니다.",
        "",
        "나머지 건은 담당 부서 검토 후 순차적으로 회신드리겠습니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="Customer-centre receipt that also reports one immediate takedown",
    why="Receipt wording, but one named URL is stated 게시중단 unhedged -> removed; the rest only promised.",
    items={N[11]: "removed"},
)

# 22. NAVER KiN age-gated + blog removed.
case(
    name="naver-kin-adult-gate",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 18:33:09 +0900",
    subject=enc(f"RE: [{R1}] 지식iN 및 블로그 게시물 처리 결과"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        "지식iN 답변 게시물",
        N[7],
        "은 청소년 유해 정보로 분류하여 성인 인증을 한 이용자만 열람할 수 있도록 제한했습니다.",
        "",
        "모바일 블로그 게시물",
        N[8],
        "은 운영정책 위반으로 삭제했습니다.",
        "",
        "감사합니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="NAVER policy reply, each URL on its own line inside the sentence",
    why="KiN post limited to adult-verified users (age restriction) -> restricted; mobile blog post deleted -> removed.",
    items={N[7]: "restricted", N[8]: "removed"},
)

# 23. Kakao 공문, numbered list for the whole request.
case(
    name="kakao-gongmun-numbered-all5",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 17:20:00 +0900",
    subject=enc(f"[회신] 시정요구 조치결과 통보 - {R2}"),
    reply_to_req=msgid(R2),
    body=J(
        "주식회사 카카오",
        "수신: 방송통신심의위원회",
        "제목: 시정요구 조치결과 통보",
        "",
        f"1. 귀 위원회 요청번호 {R2}와 관련입니다.",
        "2. 요청하신 5건에 대한 조치 결과를 다음과 같이 통보합니다.",
        "",
        f"  가. {K[1]} - 삭제",
        f"  나. {K[2]} - 삭제",
        f"  다. {K[3]} - 임시조치",
        f"  라. {K[4]} - 미조치 (해당 글은 상품 후기로서 사기 정황이 확인되지 않음)",
        f"  마. {K[5]} - 삭제",
        "",
        "3. 조치 결과에 대한 문의는 권리침해신고센터로 하여 주시기 바랍니다.  끝.",
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 통보 with 가나다 numbering",
    why="Per-item results: 삭제 removed, 임시조치 restricted, 미조치 with a reason rejected.",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "rejected", K[5]: "removed"},
)

# 24. YouTube quoted-printable Korean two-line records.
text24 = J(
    "안녕하세요.",
    "",
    f"법적 신고 {R3}에 대한 조치 내역을 알려드립니다.",
    "",
    "콘텐츠: " + Y[1],
    "조치: 삭제 (YouTube 서비스 약관 위반)",
    "",
    "콘텐츠: " + Y[2],
    "조치: 한국 내 접근 제한 (현지 법률)",
    "",
    "이의가 있는 경우 https://support.google.com/legal/answer/3110420 을 참고해 주세요.",
    "",
    "Google LLC",
)
case(
    name="yt-qp-records-removed-geo",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무팀",
    date="Tue, 10 Sep 2024 08:30:16 +0000",
    subject=enc(f"법적 신고 조치 내역 - {R3}"),
    reply_to_req=msgid(R3),
    raw_mime=J(
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp(text24),
    ),
    outcome="applied", classification="confirmation",
    imitates="Google legal removals notice, Korean, quoted-printable, content/action records",
    why="First video 삭제 -> removed; second restricted in Korea -> restricted; help link not an item.",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

# 25. DC Inside text table (pipes).
case(
    name="dc-pipe-table-all4",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 16 Sep 2024 11:00:48 +0900",
    subject=enc(f"[디시인사이드] 시정요구 조치결과 ({R4})"),
    reply_to_req=msgid(R4),
    body=J(
        "방송통신심의위원회 담당자님 안녕하세요.",
        f"{R4} 시정요구에 대한 최종 조치 결과입니다.",
        "",
        "| No | URL | 결과 |",
        "|----|-----|------|",
        f"| 1 | {D[1]} | 삭제 |",
        f"| 2 | {D[2]} | 삭제 |",
        f"| 3 | {D[3]} | 게시물 없음 |",
        f"| 4 | {D[4]} | 미삭제(위반 아님: 공인의 공개 발언 인용) |",
        "",
        "디시인사이드 운영팀",
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside final 시정요구 조치결과 as a text table",
    why="Rows: 삭제 removed x2, 게시물 없음 not_found, 미삭제 with a reason rejected.",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "rejected"},
)

# 26. NAVER prose with particles glued to URLs, removed + kept.
case(
    name="naver-prose-particle-removed-kept",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 20:14:39 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 (14건) 중 2건 우선 회신"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요, 정책지원팀입니다.",
        "",
        f"{N[3]}은 삭제되었으며, {N[11]} 게시글은",
        "카페 매니저 확인 및 내부 검토 결과 다이어트 식단 공유 글로 불법 판매 정보가",
        "아니라고 판단되어 게시를 유지합니다.",
        "",
        "나머지 건은 공문으로 회신드리겠습니다.",
    ),
    outcome="applied", classification="confirmation",
    imitates="Short NAVER staff prose reply, particle 은 glued to a URL",
    why="Blog post deleted -> removed; cafe post kept with a reason -> rejected.",
    items={N[3]: "removed", N[11]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-scheduled",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 10:08:22 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 (14건)"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        "요청하신 게시물 중 카페 게시물",
        f"{N[4]}, {N[5]}",
        "두 건은 카페 매니저에게 통보하였으며, 담당 부서 확인을 거쳐 순차적으로 삭제",
        "조치할 예정입니다. 처리 완료 후 다시 안내드리겠습니다.",
    ),
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Portal reply promising later removal (조치할 예정)",
    why="'삭제 조치할 예정' is a promise, not a statement: the two named cafe posts stay pending.",
    items={N[4]: "pending", N[5]: "pending"},
)

case(
    name="daum-hedge-appears-deleted",
    **{"from": "cafe_help@daum.net"},
    name_from="Daum 카페 고객센터",
    date="Sat, 07 Sep 2024 13:44:05 +0900",
    subject=enc(f"Re: {R2} 게시물 조치 요청 건"),
    reply_to_req=msgid(R2),
    body=J(
        "안녕하세요. Daum 카페 고객센터입니다.",
        "",
        f"{K[1]} 게시물은 확인해 보니 게시자가 이미 삭제한 것으로 보입니다.",
        f"{K[2]} 게시물은 현재 검토 중이며, 결과가 나오는 대로 알려드리겠습니다.",
        "",
        "감사합니다.",
    ),
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Help-desk reply with a hedge (…한 것으로 보입니다) and 'under review'",
    why="'이미 삭제한 것으로 보입니다' is a hedge and '검토 중' is not a result: both stay pending.",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-bulk-all-14",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject=enc(f"[회신] {R1} 조치 완료"),
    reply_to_req=msgid(R1),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        f"귀 위원회 요청번호 {R1}로 요청하신 게시물 14건에 대하여",
        "모두 게시중단 조치를 완료하였음을 알려드립니다.",
        "",
        "감사합니다.",
    ),
    outcome="review", review="bulk", classification="confirmation",
    imitates="공문-style one-line 'all done' reply without listing URLs",
    why="'14건 모두 게시중단' without naming each item, for a 14-item request: bulk, items stay pending.",
    items={},
)

case(
    name="band-bulk-all-reported",
    **{"from": "bandhelp@band.us"},
    name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 09:15:30 +0900",
    subject=enc(f"[BAND] 신고 처리 완료 안내 ({R5})"),
    reply_to_req=msgid(R5),
    body=J(
        "안녕하세요, 밴드 고객센터입니다.",
        "",
        "신고해 주신 게시글 3건은 모두 운영정책 위반으로 확인되어 삭제 처리했습니다.",
        "",
        "건강한 밴드 문화를 위해 협조해 주셔서 감사합니다.",
    ),
    outcome="review", review="bulk", classification="confirmation",
    imitates="BAND report-outcome notice covering every reported post at once",
    why="'3건 모두 삭제' for a three-item request, no post named: bulk, items pending.",
    items={},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    auth="fail",
    date="Sat, 14 Sep 2024 22:51:14 +0900",
    subject=enc(f"[회신] {R6} 조치 결과"),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        f"{M[1]} - 삭제",
        f"{M[2]} - 삭제",
        "",
        "감사합니다.",
    ),
    outcome="review", review="untrusted",
    imitates="Platform-looking result mail that fails DMARC",
    why="From navercorp.com but dkim/spf/dmarc fail: statements not trusted, items stay pending.",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    **{"from": "mintcloud77.blog@gmail.com"},
    name_from="민트구름",
    date="Sun, 08 Sep 2024 21:17:40 +0900",
    subject=enc("블로그 글 삭제했습니다"),
    body=J(
        "안녕하세요. 네이버에서 블로그 운영하는 사람입니다.",
        "글이 신고됐다는 안내를 받아서 연락드려요.",
        "",
        f"{N[12]}",
        f"{N[14]}",
        "",
        "위 두 글은 제가 오늘 직접 삭제했습니다. 혹시 블로그 이용 제한 같은 건",
        "풀어주실 수 있는지 문의드립니다.",
    ),
    outcome="review", review="unknown_sender",
    imitates="Content owner writing from a personal webmail address",
    why="The blogger is not the platform (gmail.com): his statement is not evidence, items stay pending.",
    items={N[12]: "pending", N[14]: "pending"},
)

case(
    name="navercorp-answers-for-band",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Sat, 14 Sep 2024 14:05:51 +0900",
    subject=enc(f"[회신] BAND 게시물 처리 결과 ({R5})"),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        "",
        "BAND 서비스 관련 요청을 당사 정책지원팀에서 함께 확인하였습니다.",
        "",
        f"{B[1]} - 게시글 삭제",
        f"{B[2]} - 게시글 삭제",
        "",
        "감사합니다.",
    ),
    outcome="review", review="wrong_platform",
    imitates="Parent-company policy team answering for a sister service",
    why="The items belong to BAND (band.us) but the statement comes from navercorp.com: wrong platform, pending.",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-asks-for-gongmun",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 15:40:19 +0900",
    subject=enc(f"RE: [{R4}] 게시물 삭제 요청의 건"),
    reply_to_req=msgid(R4),
    body=J(
        "안녕하세요 디시인사이드 운영팀입니다.",
        "",
        "요청 주신 4건의 게시물 처리를 위해 요청 기관 확인이 필요합니다.",
        "심의 의결서 또는 기관 직인이 날인된 공문(PDF)을 회신 메일에 첨부해 주시면",
        "확인 후 처리하겠습니다.",
        "",
        "감사합니다.",
    ),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community-site operator asking for an official letter before acting",
    why="The platform asks for a 공문 before acting: a person must answer; nothing changes.",
    items={},
)

case(
    name="yt-policy-update-newsletter",
    **{"from": "legal-notices@google.com"},
    name_from="YouTube",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    subject=enc("YouTube 법적 신고 웹양식 변경 안내"),
    body=J(
        "안녕하세요.",
        "",
        "2024년 10월 1일부터 YouTube 법적 신고 웹양식이 새롭게 바뀝니다.",
        "정부 기관 신고자는 신고 시 기관 코드를 함께 입력해야 하며, 처리 결과는",
        "신고 대시보드에서도 확인하실 수 있습니다.",
        "",
        "자세한 내용: https://support.google.com/youtube/answer/6154230",
        "",
        "© 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043",
    ),
    outcome="review", review="no_claims", classification="other",
    imitates="Platform service announcement sent to registered government reporters",
    why="Trusted google.com mail naming no item and no request: no_claims.",
    items={},
)

case(
    name="kakao-conditional-after-notice-period",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Sun, 08 Sep 2024 10:10:10 +0900",
    subject=enc(f"[카카오] {R2} 관련 안내"),
    reply_to_req=msgid(R2),
    body=J(
        "안녕하세요. 카카오 권리침해신고센터입니다.",
        "",
        f"티스토리 게시물 {K[3]} 및 {K[4]} 에 대해서는",
        "게시자에게 소명 기회를 부여하였습니다. 소명 기간(7일) 내 소명이 없을 경우",
        "기간 경과 후 삭제될 예정입니다.",
        "",
        "결과는 추후 다시 안내드리겠습니다.",
    ),
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Notice-and-explanation step: removal conditional on the poster's silence",
    why="Deletion only if the poster does not respond: conditional promise, items pending.",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="naver-unmatched-lookalike-urls",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 10:45:27 +0900",
    subject=enc(f"[회신] {R6} 조치 결과"),
    reply_to_req=msgid(R6),
    body=J(
        "안녕하세요, 네이버 정책지원팀입니다.",
        f"{R6} 관련 조치 결과 회신드립니다.",
        "",
        "https://blog.naver.com/dawnflower_77/223580119903 - 삭제",
        "https://cafe.naver.com/ArticleRead.nhn?clubid=30117722&articleid=5519 - 삭제",
        "",
        "감사합니다.",
    ),
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="Result reply whose URLs do not match the request (typo'd post numbers)",
    why="Both URLs differ from the requested ones (other post numbers): statements match no requested item.",
    items={M[1]: "pending", M[2]: "pending"},
)

case(
    name="yt-may-have-been-restricted",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 23:12:44 +0000",
    subject=f"Re: Legal request {R3}",
    reply_to_req=msgid(R3),
    body=J(
        "Hello,",
        "",
        f"Regarding {Y[2]}: this video may have already",
        "been restricted in your country following an earlier court order. We are",
        "checking with the relevant team and will follow up.",
        "",
        "Best,",
        "YouTube Legal Support",
    ),
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Legal-support interim reply with a hedge",
    why="'may have already been restricted' is a hedge, and a follow-up is promised: pending.",
    items={Y[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "jiwoo.kang@navercorp.com"},
    name_from="강지우",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=enc(f"[부재중] Re: [{R1}] 시정요구 (14건)"),
    reply_to_req=msgid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=J(
        "안녕하세요. 강지우입니다.",
        "9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.",
        "급한 건은 정책지원팀 대표 메일로 보내주시기 바랍니다.",
        "",
        "※ 이 메일은 자동 응답입니다.",
    ),
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="Auto-reply: no statement.",
    items={},
)

dsn_orig = J(
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: report-old@kakaocorp.com",
    "Subject: [KCSC-240905-02] =?utf-8?b?7Iuc7KCV7JqU6rWs?=",
    f"Message-ID: <{msgid(R2)}@kcsc.example>",
    "Date: Thu, 05 Sep 2024 14:30:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    *request_body(R2),
)
case(
    name="kakao-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 14:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=J(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.587.kk"',
        "",
        "--dsn.587.kk",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "This is the mail system at host mx.kakaocorp.com.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "<report-old@kakaocorp.com>: host mx.kakaocorp.com said: 550 5.1.1",
        "    User unknown",
        "",
        "--dsn.587.kk",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.kakaocorp.com",
        "Arrival-Date: Thu, 05 Sep 2024 14:30:05 +0900",
        "",
        "Final-Recipient: rfc822; report-old@kakaocorp.com",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
        "",
        "--dsn.587.kk",
        "Content-Type: message/rfc822",
        "",
        dsn_orig,
        "",
        "--dsn.587.kk--",
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 user unknown) returning our request with its URLs",
    why="Bounce: the URLs are only in our own returned request.",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:47:02 +0900",
    subject=enc(f"읽음 확인: [{R4}] 게시물 삭제 요청의 건"),
    raw_mime=J(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn587dc"',
        "",
        "--mdn587dc",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        "2024-09-10 11:15에 보내신 메일 \"[KCSC-240910-04] 게시물 삭제 요청의 건\"을",
        "수신자(help@dcinside.com)가 2024-09-10 11:47에 읽었습니다.",
        "",
        "--mdn587dc",
        "Content-Type: message/disposition-notification",
        "",
        "Reporting-UA: webmail.dcinside.com; DCMail",
        "Final-Recipient: rfc822; help@dcinside.com",
        f"Original-Message-ID: <{msgid(R4)}@kcsc.example>",
        "Disposition: manual-action/MDN-sent-manually; displayed",
        "",
        "--mdn587dc--",
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Webmail read receipt (읽음 확인, MDN)",
    why="Read receipt: says only that the request was opened.",
    items={},
)

case(
    name="naver-receipt-ticket-only",
    **{"from": "noreply-right@naver.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 13 Sep 2024 11:00:52 +0900",
    subject=enc("[NAVER 권리보호센터] 게시중단 요청이 접수되었습니다"),
    body=J(
        "안녕하세요. NAVER 권리보호센터입니다.",
        "",
        "요청하신 게시중단 요청이 정상적으로 접수되었습니다.",
        "",
        "접수번호 : R-20240913-0040562",
        f"요청자 참조번호 : {R6}",
        "접수 일시 : 2024-09-13 11:00",
        "",
        "처리 결과는 영업일 기준 3일 이내에 메일로 안내드립니다.",
        "본 메일은 발신 전용입니다.",
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 권리보호센터 receipt (접수 완료) with a ticket number",
    why="Pure receipt: ticket number and a promise of a later answer, no item statement.",
    items={},
)

case(
    name="yt-ticket-ack-english",
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date="Mon, 09 Sep 2024 00:41:13 +0000",
    subject="Your Google legal request has been received [8-4451009372214]",
    body=J(
        "Hello,",
        "",
        "Thanks for reaching out to us. This email confirms that we have received",
        f"your request (your reference: {R3}) and created case 8-4451009372214.",
        "",
        "Our team will review your submission and respond as appropriate. You don't",
        "need to reply to this email.",
        "",
        "Google Legal Support",
    ),
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal web-form auto-acknowledgement with a case number",
    why="Receipt only: case created, review promised, no item statement.",
    items={},
)

case(
    name="daum-staff-ooo-quoting-request",
    **{"from": "minseo.yoon@kakaocorp.com"},
    name_from="윤민서",
    date="Thu, 05 Sep 2024 14:31:20 +0900",
    subject=enc(f"자동 회신: [{R2}] 시정요구 (5건)"),
    reply_to_req=msgid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=J(
        "안녕하세요, 윤민서입니다.",
        "출장으로 9월 9일(월)까지 메일 확인이 어렵습니다.",
        "게시물 신고 관련 문의는 right@kakaocorp.com 으로 부탁드립니다.",
        "",
        *outlook_quote(R2, "Thursday, September 5, 2024 2:30 PM",
                       "minseo.yoon@kakaocorp.com", f"[{R2}] 시정요구 (5건)"),
    ),
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply that quotes the original request",
    why="Auto-reply; the URLs are only in our quoted request.",
    items={},
)

case(
    name="yt-dsn-delayed",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 05:41:00 +0000",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=J(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000058f7a1b2c3d4e5f6"',
        "",
        "--00000000000058f7a1b2c3d4e5f6",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "** Delivery incomplete **",
        "",
        "There was a temporary problem delivering your message to",
        "legal-kr-intake@google.com. Gmail will retry for 45 more hours.",
        "You'll be notified if the delivery fails permanently.",
        "",
        f"Subject: [{R3}] removal request (4 items)",
        "",
        "--00000000000058f7a1b2c3d4e5f6",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; googlemail.com",
        "",
        "Final-Recipient: rfc822; legal-kr-intake@google.com",
        "Action: delayed",
        "Status: 4.4.1",
        "Diagnostic-Code: smtp; 421 4.4.1 Connection timed out",
        "",
        "--00000000000058f7a1b2c3d4e5f6",
        "Content-Type: text/rfc822-headers",
        "",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "To: legal-kr-intake@google.com",
        f"Subject: [{R3}] removal request (4 items)",
        f"Message-ID: <{msgid(R3)}@kcsc.example>",
        "",
        "--00000000000058f7a1b2c3d4e5f6--",
    ),
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Delivery incomplete' delay DSN",
    why="Delay notification: a bounce-type report, no statement.",
    items={},
)


HEADER = f"""# Blind set 587 (Korean replies: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind587/make.py; do not edit by hand.
# Expected results were written from each email's meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
