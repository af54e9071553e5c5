#!/usr/bin/env python3
"""Blind set 593 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
DC Inside and BAND replies written in Korean (and some English), in the
manner of 공문-style 조치결과 회신, 임시조치 notices, 시정요구 조치결과 tables
and informal operator replies.

    python3 tests/corpus/blind593/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/luckyspin77/223561001",
    2: "https://blog.naver.com/luckyspin77/223561044",
    3: "https://blog.naver.com/toto_haven/223559870",
    4: "https://cafe.naver.com/sportsbetclub/4412",
    5: "https://cafe.naver.com/sportsbetclub/4419",
    6: "https://cafe.naver.com/sportsbetclub/4527",
    7: "https://m.blog.naver.com/bigwin_daily/223560312",
    8: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471230558",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38812044&memberNo=5520913",
    10: "https://blog.naver.com/casino_royal_kr/223562290",
    11: "https://cafe.naver.com/freemoneytalk/88120",
    12: "https://blog.naver.com/toto_haven/223560001",
}
K3_RAW = "https://ice-crystal-shop.tistory.com/entry/빠른-배송-안내"
K3 = "https://ice-crystal-shop.tistory.com/entry/" + quote("빠른-배송-안내")
K = {
    1: "https://cafe.daum.net/greenleafmarket/Xb3k/118",
    2: "https://cafe.daum.net/greenleafmarket/Xb3k/121",
    3: K3,
    4: "https://brunch.co.kr/@nightpharm/42",
    5: "https://cafe.daum.net/greenleafmarket/Xb3k/130",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vK8sLt2A",
    2: "https://www.youtube.com/watch?v=Zp0wH5rN1eY",
    3: "https://www.youtube.com/shorts/Lk9TqB4xW7c",
    4: "https://www.youtube.com/@dokdo_deal_tv",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9018832",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_free&no=551204",
    3: "https://gall.dcinside.com/mini/board/view/?id=sideline&no=77310",
}
B = {
    1: "https://band.us/band/88120455/post/1204",
    2: "https://band.us/band/88120455/post/1217",
}
S6 = "https://blog.naver.com/fake_pharm_kr/223570455"
T7_RAW = "https://haebang-notes.tistory.com/entry/주소-목록-공유"
T7 = "https://haebang-notes.tistory.com/entry/" + quote("주소-목록-공유")

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240906-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)
MID = {r: r.lower() for r in (R1, R2, R3, R4, R5, R6, R7)}

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 13)], "gambling",
     "불법 스포츠토토·카지노 홍보 (blog, cafe, 지식iN, post)"),
    (R2, "kakao", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "drugs", "마약류 판매 광고, Daum cafe / Tistory / Brunch"),
    (R3, "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "fraud", "투자 사기 영상, \"리딩방\" 유인 (videos, shorts, channel)"),
    (R4, "dcinside", "2024-09-09T10:30:00+09:00", "2024-09-16T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "privacy", "개인정보 노출, 갤러리 3곳"),
    (R5, "band", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [B[1], B[2]], "drugs", "전문의약품 불법 판매 밴드"),
    (R6, "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [S6], "drugs", "의약품 불법 판매 블로그"),
    (R7, "kakao", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [T7], "gambling", "도박 사이트 주소 모음 (Tistory, Korean path)"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def subj(s):
    """RFC 2047-encoded subject (deterministic)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    b = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(b).decode("ascii")


def quoted(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, what="아래 게시물에 대하여 삭제 또는 접속차단 등 필요한 조치를 요청드립니다."):
    lines = ["안녕하십니까. 방송통신심의위원회 통신심의국입니다.", "",
             f"시정요구 번호: {ref}", what, ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


R1_URLS = [N[i] for i in range(1, 13)]

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
# A1: 공문 HTML table for the largest request, every item, mixed statuses.
rows = [
    (1, "삭제", ""), (2, "삭제", ""), (3, "삭제", ""),
    (4, "게시중단(블라인드)", ""), (5, "삭제", ""),
    (6, "조치불가", "작성자가 이미 삭제한 게시물로 확인됨"),
    (7, "삭제", ""), (8, "삭제", "질문 및 답변 전체"),
    (9, "임시조치", "30일간 접근 제한 (정보통신망법 제44조의2)"),
    (10, "삭제", ""),
    (11, "미조치", "합법 복권 판매점 안내 글로, 위반 사항이 확인되지 않음"),
    (12, "조치불가", "존재하지 않는 게시물 (URL 확인 불가)"),
]
tr = "\n".join(
    f"<tr><td>{i}</td><td>{N[i].replace('&', '&amp;')}</td><td>{a}</td><td>{b or '-'}</td></tr>"
    for i, a, b in rows
)
case(
    name="naver-gongmun-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=subj(f"[회신] 시정요구({R1})에 대한 조치결과 통보"),
    reply_to_req=MID[R1], type="html",
    body=f"""<html><body style="font-family:'맑은 고딕'">
<p>수신: 방송통신심의위원회 통신심의국<br>
제목: 불법정보 시정요구({R1})에 대한 조치결과 통보</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.</p>
<p>2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구에 대하여 당사의 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>연번</th><th>URL</th><th>조치 내용</th><th>비고</th></tr>
{tr}
</table>
<p>3. 문의 사항은 네이버 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.&nbsp; 끝.</p>
<p>네이버 주식회사</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 통보 with an HTML result table (연번/URL/조치 내용/비고)",
    why="each row names its URL; 삭제/블라인드 removed, 임시조치 restricted, 미조치 with a reason rejected, 작성자 삭제 and 존재하지 않는 게시물 not_found",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed",
           N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "restricted",
           N[10]: "removed", N[11]: "rejected", N[12]: "not_found"},
)

# A2: 공문 plain text, statements as headings with URLs on the lines below.
case(
    name="naver-gongmun-plain-headings",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 17:05:44 +0900",
    subject=f"불법정보 시정요구에 대한 조치결과 회신 ({R1})",
    body=f"""수신: 방송통신심의위원회 위원장
(경유)
제목: 불법정보 시정요구에 대한 조치결과 회신 ({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구({R1})와 관련하여, 당사에서 조치한 결과를 다음과 같이 알려드립니다.

  가. 삭제 조치 완료
    1) {N[1]}
    2) {N[2]}
    3) {N[3]}

  나. 게시중단(블라인드) 조치 완료
    1) {N[4]}
    2) {N[5]}

  다. 나머지 게시물은 현재 검토 중이며, 결과가 확정되는 대로 추가로 회신드리겠습니다.

끝.

네이버 주식회사 정책지원팀""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (수신/제목/1./2./가.나.다.) 조치결과 회신, partial answer",
    why="two headings state 삭제 and 게시중단(블라인드) for the URLs listed under them; the rest is 'under review' and stays pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "removed", N[5]: "removed"},
)

# A3: CSV attachment (base64) with the remaining items.
csv_text = "\ufeff번호,URL,조치결과,사유\n" + "\n".join([
    f"6,{N[6]},게시물 없음,작성자 삭제",
    f"7,{N[7]},삭제,불법 도박 광고",
    f"8,\"{N[8]}\",삭제,불법 도박 광고",
    f"9,\"{N[9]}\",임시조치,\"권리침해 여부 판단 불가, 30일 접근 제한\"",
    f"10,{N[10]},삭제,",
    f"11,{N[11]},미조치,위반 사항 없음(정상 게시물)",
    f"12,{N[12]},게시물 없음,존재하지 않는 URL",
]) + "\n"
body_a3 = f"""안녕하세요. 네이버 정책지원팀입니다.

시정요구 {R1} 건 중 나머지 게시물에 대한 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.
네이버 정책지원팀 드림
"""
case(
    name="naver-csv-attachment-remaining",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 11:20:03 +0900",
    subject=subj(f"RE: [{R1}] 조치결과 송부 (첨부)"),
    reply_to_req=MID[R1],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7731"

--=_nv_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(body_a3)}
--=_nv_7731
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename*=utf-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_{R1}.csv
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_nv_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply carrying a 조치결과 CSV (번호,URL,조치결과,사유) as a base64 attachment",
    why="the attachment states a result per URL: 삭제 removed, 임시조치 restricted, 미조치/위반 사항 없음 rejected, 게시물 없음 not_found",
    items={N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "restricted",
           N[10]: "removed", N[11]: "rejected", N[12]: "not_found"},
)

# A4: one-item request, no URL in the statement, Gmail quote below.
case(
    name="naver-single-item-private-no-url",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date="Thu, 12 Sep 2024 09:41:27 +0900",
    subject=subj(f"RE: [{R6}] 의약품 불법판매 정보 시정요구"),
    reply_to_req=MID[R6],
    body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물을 확인한 결과 약사법 위반 소지가 있는 판매 글로 판단되어,
해당 게시물을 비공개 처리하였습니다.
게시자에게는 운영정책에 따른 이용제한 안내가 함께 발송되었습니다.

감사합니다.

2024년 9월 11일 (수) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R6, [S6]))}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply (비공개 처리) top-posted over a Gmail-quoted request",
    why="the request has one item; 'the post was made private' is an unhedged statement about it (비공개 처리 = removed)",
    items={S6: "removed"},
)

# A5: informal cafe operator, URLs followed by Korean particles.
case(
    name="naver-cafe-operator-informal",
    **{"from": "jihoon.lee@navercorp.com"}, name_from="이지훈",
    date="Wed, 04 Sep 2024 13:12:50 +0900",
    subject=f"Re: [{R1}] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MID[R1],
    body=f"""네 안녕하세요~ 카페 운영지원 이지훈입니다.
말씀하신 글들 확인해봤어요.

{N[4]} 랑 {N[5]} 는 방금 삭제했습니다.
{N[6]}은 들어가 보니 작성자가 벌써 지운 글이라 남아있는 게 없네요.
freemoneytalk 카페 글은 저희 팀 담당이 아니라서 정책팀 쪽에 전달해 두었습니다.

수고하세요!
이지훈 드림

2024년 9월 3일 (화) 오전 10:02, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R1, R1_URLS))}""",
    outcome="applied", classification="confirmation",
    imitates="informal reply of a NAVER cafe operations employee, top-posted over the quoted request",
    why="4412 and 4419 deleted (URL then particle 랑/는); 4527은 (particle glued to the URL) already deleted by its author = not_found; the quoted request states nothing",
    items={N[4]: "removed", N[5]: "removed", N[6]: "not_found"},
)

# A6: Kakao 임시조치 notice.
case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 14:31:09 +0900",
    subject=subj(f"[카카오] 게시물 임시조치 결과 안내 ({R2})"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 아래와 같이 임시조치를 완료하였음을 안내드립니다.

■ 대상 게시물
 - 다음카페 「그린리프마켓」 {K[1]}
 - 다음카페 「그린리프마켓」 {K[2]}

■ 조치 내용: 임시조치 (30일간 게시물 접근 차단)
■ 조치 일시: 2024.09.06 14:20

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은 삭제될 수 있습니다.
자세한 내용은 고객센터 도움말(https://cs.kakao.com/helps?service=52&category=166)을 참고해 주세요.

카카오 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 (30일 접근 차단) notice",
    why="임시조치 done for both named posts = restricted; 'may be deleted after 30 days' is a future hedge; the help link is no item",
    items={K[1]: "restricted", K[2]: "restricted"},
)

# A7: Tistory, raw Korean path.
case(
    name="kakao-tistory-korean-path-deleted",
    **{"from": "tistory-help@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 13 Sep 2024 10:15:32 +0900",
    subject=subj(f"[티스토리] 시정요구({R7}) 처리 안내"),
    body=f"""안녕하세요. 티스토리 운영팀입니다.

시정요구({R7})와 관련하여 처리 결과를 안내드립니다.

{T7_RAW} 게시물은 불법 도박 사이트 주소를 모아 안내하는 글로 확인되어,
운영정책에 따라 삭제하였습니다.

티스토리 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operations notice of a deleted entry",
    why="the raw Korean path matches the percent-encoded item; 삭제하였습니다 = removed",
    items={T7: "removed"},
)

# A8: bulleted list, full-width colons glued to URLs.
case(
    name="kakao-bullets-fullwidth-colon",
    **{"from": "cafe_cs@daum.net"}, name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 15:02:18 +0900",
    subject=f"[Daum] 요청하신 게시물 처리 결과 ({R2})",
    body=f"""안녕하세요, Daum 고객센터입니다.
요청하신 게시물 중 아래 건의 처리 결과를 알려드립니다.

· {K3_RAW}：삭제 완료 (블로그 이용제한 병행)
· {K[4]}：작가 글 비공개 처리 완료
· {K[5]}：해당 게시글이 존재하지 않습니다

나머지 게시물은 별도로 안내드린 바 있습니다.
감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre bulleted result list",
    why="each bullet names a URL (full-width colon glued to it): 삭제 removed, 비공개 처리 removed, 존재하지 않습니다 not_found",
    items={K[3]: "removed", K[4]: "removed", K[5]: "not_found"},
)

# A9: multipart/alternative quoted-printable, HTML with a blockquoted request.
plain_a9 = f"""다음 카페 운영팀입니다.
요청 주신 건({R2}) 처리 결과입니다.

- {K[1]} : 삭제
- {K[2]} : 삭제
- {K[5]} : 위법성이 확인되지 않아 게시물을 유지합니다 (일반 중고거래 글)

감사합니다.

2024년 9월 5일 (목) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R2, [K[i] for i in range(1, 6)]))}
"""
html_req = request_text(R2, [K3_RAW if i == 3 else K[i] for i in range(1, 6)]).replace("\n", "<br>\n")
html_a9 = f"""<div dir="ltr">다음 카페 운영팀입니다.<br>요청 주신 건({R2}) 처리 결과입니다.<br><br>
<ul>
<li><a href="{K[1]}">{K[1]}</a> : 삭제</li>
<li><a href="{K[2]}">{K[2]}</a> : 삭제</li>
<li><a href="{K[5]}">{K[5]}</a> : 위법성이 확인되지 않아 게시물을 유지합니다 (일반 중고거래 글)</li>
</ul>감사합니다.</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">2024년 9월 5일 (목) 오전 10:00, KCSC 통신심의 &lt;takedown@kcsc.example&gt;님이 작성:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
{html_req}
</blockquote></div>
"""
case(
    name="kakao-qp-html-gmail-quote",
    **{"from": "cafe_ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Tue, 10 Sep 2024 18:22:40 +0900",
    subject=subj(f"Re: [{R2}] 마약류 판매 광고 게시물 조치 요청"),
    reply_to_req=MID[R2],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5"

--000000000000a1b2c3d4e5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(plain_a9)}
--000000000000a1b2c3d4e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(html_a9)}
--000000000000a1b2c3d4e5--
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style multipart reply (quoted-printable) from a Daum cafe operations team, request in a blockquote",
    why="two posts 삭제 = removed; the third kept because no illegality found = rejected; the quoted request states nothing",
    items={K[1]: "removed", K[2]: "removed", K[5]: "rejected"},
)

# A10: YouTube Korea legal outcome in Korean, URL below its statement.
case(
    name="youtube-legal-ko-blocked-in-kr",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="Google 법무팀",
    date="Mon, 09 Sep 2024 08:03:55 +0900",
    subject=subj(f"[{R3}] 법적 삭제 요청에 대한 처리 결과"),
    body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다.

귀하께서 신고하신 콘텐츠를 검토한 결과, 아래 동영상은 대한민국 현지 법률에 따라
한국에서 액세스가 차단되었습니다.
{Y[1]}
{Y[2]}

또한 아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
{Y[3]}

채널 {Y[4]} 에 대한 검토는 아직 진행 중이며, 결과가 나오는 대로 별도로 알려 드리겠습니다.

Google은 접수된 법적 요청의 사본을 Lumen 프로젝트(https://lumendatabase.org)에 보낼 수 있습니다.

감사합니다.
Google 법무팀""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome (Korean), local-law block in KR and a Community Guidelines removal",
    why="blocked in Korea = restricted (two videos below the sentence); Shorts removed; the channel is still under review = pending",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed", Y[4]: "pending"},
)

# A11: channel terminated (English).
case(
    name="youtube-channel-terminated-en",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:44:10 +0900",
    subject=f"Re: [{R3}] Korea Communications Standards Commission request",
    reply_to_req=MID[R3],
    body=f"""Hello,

Thank you for your patience while we reviewed your request (ref. {R3}).

Following our review, the channel {Y[4]} has been terminated for repeated
violations of YouTube's Community Guidelines on scams and deceptive practices.

You can learn more about channel terminations here:
https://support.google.com/youtube/answer/2802168

Regards,
The YouTube Legal Support Team""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support channel-termination outcome",
    why="the channel is terminated = removed; the help-centre link is no item",
    items={Y[4]: "removed"},
)

# A12: bare URL with the outcome on the line below (English).
case(
    name="youtube-outcome-line-below-url",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Tue, 10 Sep 2024 21:17:33 +0900",
    subject=f"Your legal request {R3} - outcome",
    body=f"""Hello,

Thanks for your report (your ref. {R3}). We reviewed the items below.

{Y[2]}
Outcome: No action taken. After careful review, we did not find that this
content violates our Community Guidelines or the local law cited in your notice.

{Y[3]}
Outcome: Age-restricted. The video remains available only to signed-in viewers
aged 18 and over.

If you have additional information about these items, you can reply to this email.

Regards,
Google Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-support outcome mail listing each URL with an 'Outcome:' line below it",
    why="no action after review with a reason = rejected; age-restricted = restricted",
    items={Y[2]: "rejected", Y[3]: "restricted"},
)

# A13: base64 HTML table.
html_a13 = f"""<html><body>
<p>안녕하세요, YouTube 신뢰 및 안전팀입니다.</p>
<p>요청번호 {R3}에 대한 검토 결과를 아래 표로 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>동영상 URL</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{Y[1]}">{Y[1]}</a></td><td>삭제됨 (스팸, 현혹 행위 및 사기 정책 위반)</td></tr>
<tr><td><a href="{Y[2]}">{Y[2]}</a></td><td>조치 불가: 동영상을 찾을 수 없음 (업로더가 이미 삭제함)</td></tr>
<tr><td><a href="{Y[3]}">{Y[3]}</a></td><td>연령 제한 적용</td></tr>
</tbody></table>
<p>정책에 대한 자세한 내용은 <a href="https://support.google.com/youtube/answer/2801973">YouTube 고객센터</a>를 참고하세요.</p>
<p>YouTube 팀 드림</p>
</body></html>
"""
case(
    name="youtube-base64-html-table-ko",
    **{"from": "noreply-trustsafety@youtube.com"}, name_from="YouTube",
    date="Wed, 11 Sep 2024 10:09:21 +0900",
    subject=subj(f"YouTube 신고 검토 결과 안내 ({R3})"),
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html_a13)}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube trust-and-safety result mail with an HTML table, base64-encoded",
    why="삭제됨 removed; 동영상을 찾을 수 없음 (deleted by uploader) not_found; 연령 제한 restricted",
    items={Y[1]: "removed", Y[2]: "not_found", Y[3]: "restricted"},
)

# A14: DC Inside informal operator, URLs wrapped in prose with particles.
case(
    name="dc-operator-informal-prose",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 14:50:07 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 건 확인했습니다.
주식 갤러리 {D[1]} 글과
코인 마이너 갤러리 {D[2]} 글은 삭제 처리했고, 작성자 IP는 차단했습니다.
미니 갤러리 글({D[3]})은 확인해 보니 작성자가 먼저 지운 상태였습니다.

감사합니다.

2024년 9월 9일 (월) 오전 10:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R4, [D[1], D[2], D[3]]))}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team's short informal reply over a Gmail quote",
    why="'A 글과 / B 글은 삭제 처리했고' covers both gallery posts (removed); the mini-gallery post was already deleted by its author = not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

# A15: DC Inside formatted notice, URL line then result line.
case(
    name="dc-url-then-result-lines",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Wed, 11 Sep 2024 11:33:00 +0900",
    subject=subj(f"[디시인사이드] 시정요구 처리결과 안내 ({R4})"),
    body=f"""[디시인사이드] 시정요구 처리결과 안내 ({R4})

■ 처리 대상 1
URL : {D[1]}
처리결과 : 삭제

■ 처리 대상 2
URL : {D[2]}
처리결과 : 해당 게시물 없음 (존재하지 않는 글 번호)

■ 처리 대상 3
URL : {D[3]}
처리결과 : 게시 유지
사유 : 운영원칙 및 관련 법령 위반 사항이 확인되지 않음

문의: report@dcinside.com
(주)디시인사이드""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 처리결과 안내 with URL / 처리결과 / 사유 blocks",
    why="삭제 removed; 해당 게시물 없음 not_found; 게시 유지 with a reason = rejected",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "rejected"},
)

# A16: BAND numbered list, both removed.
case(
    name="band-two-posts-deleted",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 16:05:47 +0900",
    subject=subj(f"[BAND] 게시글 신고 처리 결과 안내 ({R5})"),
    body=f"""안녕하세요, BAND 고객센터입니다.

요청하신 게시글 2건을 확인하였으며, 운영정책 위반(의약품 불법 판매)으로
아래 게시글을 삭제하였습니다.

1. {B[1]}
2. {B[2]}

아울러 해당 밴드의 리더에게는 운영정책에 따른 경고 조치가 이루어졌습니다.
BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report outcome (게시글 삭제)",
    why="'the posts below were deleted' followed by both URLs in a numbered list; the policy link is no item",
    items={B[1]: "removed", B[2]: "removed"},
)

# A17: BAND, URLs in angle brackets, arrow result lines.
case(
    name="band-angle-brackets-mixed",
    **{"from": "safety@band.us"}, name_from="BAND 안전센터",
    date="Thu, 12 Sep 2024 10:40:29 +0900",
    subject=f"RE: [{R5}] 전문의약품 불법 판매 밴드 게시글",
    reply_to_req=MID[R5],
    body=f"""안녕하세요. BAND 안전센터입니다.
신고하신 게시글에 대한 검토 결과입니다.

<{B[1]}>
→ 게시글 삭제 완료

<{B[2]}>
→ 약국 영업시간 안내 글로, 운영정책 위반 사항이 없어 게시글을 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
BAND 안전센터""",
    outcome="applied", classification="confirmation",
    imitates="BAND safety-centre reply with URLs in angle brackets and arrow result lines",
    why="first post deleted = removed; second kept because it breaks no rule = rejected ('send more if you have it' is not a request for info)",
    items={B[1]: "removed", B[2]: "rejected"},
)

# A18: NAVER, angle-bracket URLs wrapped across lines.
case(
    name="naver-kin-post-wrapped-angle-urls",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 19:27:14 +0900",
    subject=f"[네이버] 요청하신 게시물 처리 결과 ({R1})",
    body=f"""안녕하세요. 네이버 지식iN·포스트 운영팀입니다.

요청하신 지식iN 질문 <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201
&docId=471230558> 은 불법 도박 홍보로 확인되어 블라인드 처리되었습니다.

네이버 포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38812044
&memberNo=5520913> 역시 같은 사유로 게시중단되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN/포스트 blind notice, long URLs wrapped inside angle brackets",
    why="both wrapped URLs are whole once unwrapped (RFC 3986 App. C); 블라인드 and 게시중단 = removed",
    items={N[8]: "removed", N[9]: "removed"},
)

# A19: acknowledgement phrase plus statements.
case(
    name="naver-receipt-plus-first-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 09:12:31 +0900",
    subject=subj(f"[접수] 시정요구 {R1} 접수 및 1차 처리 결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

시정요구 공문은 정상적으로 접수되었습니다 (접수번호 NV-2024-0904-118).
접수된 건 중 일부는 즉시 처리되어 먼저 안내드립니다.

- {N[10]} : 삭제
- {N[3]} : 해당 게시물 없음

나머지 게시물은 검토 후 회신드리겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt that also carries first results",
    why="the receipt phrase comes with unhedged item-level statements: 삭제 removed, 해당 게시물 없음 not_found",
    items={N[10]: "removed", N[3]: "not_found"},
)

# A20: Outlook top-posted over "-----Original Message-----".
case(
    name="naver-outlook-top-posted",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Thu, 05 Sep 2024 11:48:02 +0900",
    subject=f"RE: [{R1}] 불법 도박 홍보 게시물 삭제 요청",
    reply_to_req=MID[R1],
    body=f"""안녕하십니까, 네이버 블로그 정책 담당 박서연입니다.

아래 요청 건 중 {N[1]}, {N[2]} 두 건은 불법 도박 홍보 게시물로 확인되어 삭제 조치하였습니다.
나머지 건은 현재 검토 중이며, 완료되는 대로 회신드리겠습니다.

박서연 드림
NAVER Corp. | Blog Policy

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법 도박 홍보 게시물 삭제 요청

{request_text(R1, R1_URLS)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply top-posted over '-----Original Message-----' with the full request",
    why="two URLs named in one sentence, deleted = removed; the rest 'under review' stays pending; URLs in the original message state nothing",
    items={N[1]: "removed", N[2]: "removed"},
)

# A21: Kakao 공문 with a pipe text table.
k3pad = K3_RAW
case(
    name="kakao-gongmun-pipe-table",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Fri, 13 Sep 2024 15:30:00 +0900",
    subject=subj(f"시정요구({R2}) 조치결과 회신"),
    body=f"""문서번호 : 카카오정책-2024-0913
수    신 : 방송통신심의위원회
제    목 : 시정요구({R2}) 조치결과 회신

1. 관련: 방송통신심의위원회 시정요구 {R2} (2024.09.05.)
2. 위 호와 관련하여 당사의 조치결과를 아래와 같이 회신합니다.

| 번호 | URL                                              | 조치결과        |
|------|--------------------------------------------------|-----------------|
|  1   | {K[1]}   | 삭제            |
|  2   | {K[2]}   | 삭제            |
|  3   | {k3pad} | 임시조치(30일)  |
|  4   | {K[4]}            | 삭제            |
|  5   | {K[5]}   | 해당 게시물 없음 |

끝.

주식회사 카카오 정책팀""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 조치결과 회신 with a plain-text pipe table",
    why="one row per URL: 삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "removed", K[5]: "not_found"},
)

# A22: Google legal, English, geo-block plus uploader-removed, policy links.
case(
    name="youtube-geoblock-en-with-links",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sat, 07 Sep 2024 03:12:45 +0900",
    subject=f"[{R3}] Legal removal request - South Korea",
    body=f"""Hello,

We have reviewed your request under local law and have restricted access to
the following URLs in South Korea (country: KR):

  {Y[1]}
  {Y[2]}

The following URL could not be actioned because the video is no longer
available; it was removed by the uploader before our review:

  {Y[3]}

For more information about how we handle legal requests, please see
https://support.google.com/legal/answer/3110420 and our Transparency Report at
https://transparencyreport.google.com/government-removals/overview

Regards,
Google Legal Support""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removals reply: restricted in KR, one video already gone, links to help and transparency pages",
    why="restricted in South Korea = restricted for the two listed; removed by the uploader before review = not_found; support/transparency links are no items",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "not_found"},
)

# A23: one-item request, URL in corner brackets.
case(
    name="naver-single-corner-brackets",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 14:05:51 +0900",
    subject=subj(f"[회신] {R6} 조치결과"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

「{S6}」 게시물은 약사법 위반 정보로 확인되어 삭제 조치하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 조치결과 회신 with the URL in corner brackets 「」",
    why="the URL ends at 」; 삭제 조치 = removed",
    items={S6: "removed"},
)

# A24: DC Inside quoted-printable plain text.
plain_a24 = f"""안녕하세요, 디시인사이드 고객지원입니다.

문의하신 {R4} 건 안내드립니다.

{D[2]}
- 개인정보 노출 게시물로 확인되어 삭제 완료하였습니다.

{D[1]}
- 작성자가 자진 삭제하여 현재 존재하지 않는 게시물입니다.

이용해 주셔서 감사합니다.
"""
case(
    name="dc-qp-plain-two-items",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 고객지원",
    date="Thu, 12 Sep 2024 17:21:06 +0900",
    subject=subj(f"[디시인사이드] 문의 답변 ({R4})"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(plain_a24)}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-support answer, quoted-printable, URL then '-' result line",
    why="deleted = removed; deleted by its author, no longer exists = not_found",
    items={D[2]: "removed", D[1]: "not_found"},
)

# A25: one-item request, "all reported content deleted".
case(
    name="kakao-one-item-all-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 09:02:44 +0900",
    subject=subj(f"RE: [{R7}] 도박 사이트 주소 모음 게시물 조치 요청"),
    reply_to_req=MID[R7],
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

신고하신 게시물은 모두 삭제 처리되었습니다.
추가 문의 사항은 본 메일로 회신 주시기 바랍니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao short reply 'all reported posts deleted' to a one-item request",
    why="a general statement answering a request of one item applies to that item (removed)",
    items={T7: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 10:30:00 +0900",
    subject=subj(f"RE: [{R1}] 처리 예정 안내"),
    reply_to_req=MID[R1],
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 게시물들은 내부 검토를 거쳐 순차적으로 삭제할 예정입니다.

{N[1]}
{N[2]}
{N[3]}

처리가 완료되면 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 예정 안내 (promise)",
    why="'will delete after internal review' is a promise, not a statement; items stay pending",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedge-seems-cleaned",
    **{"from": "cafe_ops@daum.net"}, name_from="다음 카페 운영팀",
    date="Fri, 06 Sep 2024 17:44:12 +0900",
    subject=f"Re: [{R2}] 게시물 확인",
    reply_to_req=MID[R2],
    body=f"""안녕하세요, 다음 카페 운영팀입니다.

확인해 보니 {K[1]} , {K[2]} 게시물은
카페 운영진이 이미 정리한 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 말씀드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="informal Daum cafe reply with a hedge (~한 것으로 보입니다)",
    why="'appears to have been cleaned up' plus 'will confirm later' is a hedge; nothing is stated",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="youtube-conditional-restriction",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Sun, 08 Sep 2024 06:25:18 +0900",
    subject=f"[{R3}] Update on your request",
    body=f"""Hello,

We have notified the uploader of {Y[1]} about your request.
If the video is not edited or removed by the uploader within 7 days, we will
restrict it in South Korea.

We will follow up once a final decision has been made.

Regards,
Google Legal Support""",
    outcome="review", review="not_understood",
    imitates="Google legal interim update: uploader notified, conditional restriction",
    why="a condition and a promise ('if not edited within 7 days, we will restrict'); no statement",
    items={Y[1]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 16:00:03 +0900",
    subject=subj(f"[회신] {R1} 조치 완료"),
    reply_to_req=MID[R1],
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{R1} 건으로 요청하신 게시물 전체에 대하여 삭제 조치를 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 reply covering the whole request",
    why="'all posts of the request deleted' for a 12-item request names no item: bulk, items pending",
)

case(
    name="dc-bulk-all-three-deleted",
    **{"from": "oper@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 09:55:40 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MID[R4],
    body="""넵 신고하신 글 3건 모두 삭제했습니다.
수고하세요.

디시인사이드 운영팀""",
    outcome="review", review="bulk",
    imitates="terse DC Inside operator reply 'all three deleted'",
    why="a statement about all three items without naming any, for a three-item request: bulk",
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    date="Thu, 05 Sep 2024 22:10:09 +0900",
    subject=f"[{R1}] 조치결과 안내",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[4]} 게시물은 삭제 조치되었습니다.

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="claims to come from navercorp.com but fails authentication: untrusted, nothing applied",
    items={N[4]: "pending"},
)

case(
    name="blogger-gmail-says-deleted",
    **{"from": "luckyspin77.owner@gmail.com"}, name_from="럭키스핀",
    date="Thu, 05 Sep 2024 20:03:37 +0900",
    subject=f"Re: [{R1}] 삭제했습니다",
    body=f"""안녕하세요 블로그 주인입니다.
네이버에서 연락 받고 {N[1]} 글은 제가 내렸습니다.
다른 글은 광고 대행사가 올린 거라 저는 잘 모릅니다.""",
    outcome="review", review="unknown_sender",
    imitates="blog owner answering from a personal Gmail address",
    why="a sender outside every platform's domain names a requested URL: unknown_sender, nothing applied",
    items={N[1]: "pending"},
)

case(
    name="naver-states-band-post",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 13:14:15 +0900",
    subject=subj(f"[회신] BAND 게시글 관련 ({R5})"),
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND는 당사 계열 서비스로, 요청하신 건 중
{B[1]} 게시글은 삭제 처리되었음을 대신 안내드립니다.

감사합니다.""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering for a BAND post",
    why="the item belongs to platform band (band.us); a navercorp.com email stating its status is wrong_platform",
    items={B[1]: "pending"},
)

case(
    name="youtube-asks-court-order",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 04:40:00 +0900",
    subject=f"[{R3}] Additional information needed",
    body=f"""Hello,

Thank you for your request concerning {Y[1]}.

To proceed, we need more information. Please reply with the specific
timestamps in the video that you believe are unlawful, and a copy of the
decision or legal basis under Korean law that applies to this content.

We will not be able to take further action until we receive this information.

Regards,
Google Legal Support""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for timestamps and a legal basis",
    why="asks us for more information about a named item; nothing stated",
    items={Y[1]: "pending"},
)

case(
    name="naver-transparency-newsletter",
    **{"from": "partners@navercorp.com"}, name_from="NAVER 파트너 센터",
    date="Tue, 10 Sep 2024 10:00:00 +0900",
    subject=subj("[NAVER] 2024년 상반기 투명성 보고서 발간 안내"),
    body="""안녕하세요. NAVER 파트너 센터입니다.

2024년 상반기 게시물 삭제·임시조치 현황을 담은 투명성 보고서가 발간되었습니다.
기관별 요청 건수와 처리 현황은 아래 페이지에서 확인하실 수 있습니다.
https://privacy.naver.com/transparency/report_2024h1

앞으로도 안전한 인터넷 환경을 위해 노력하겠습니다.
NAVER 파트너 센터 드림""",
    outcome="review", review="no_claims",
    imitates="NAVER partner-centre announcement of a transparency report",
    why="trusted NAVER mail naming no requested item and no request: no_claims",
)

case(
    name="kakao-no-auth-results",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터", auth="none",
    date="Sat, 07 Sep 2024 12:00:31 +0900",
    subject=subj(f"[카카오] 조치 결과 ({R2})"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{K[1]} 게시물은 삭제 처리되었습니다.""",
    outcome="review", review="untrusted",
    imitates="Kakao result mail that arrived without any Authentication-Results",
    why="sender domain is Kakao's but nothing authenticates it: untrusted",
    items={K[1]: "pending"},
)

case(
    name="band-leader-asked-will-hide",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 09:10:10 +0900",
    subject=subj(f"[BAND] 신고 처리 진행 안내 ({R5})"),
    body=f"""안녕하세요, BAND 고객센터입니다.

신고하신 아래 게시글에 대해 밴드 리더에게 삭제를 요청하였습니다.
 - {B[1]}
 - {B[2]}
48시간 이내에 조치되지 않을 경우, 운영정책에 따라 해당 게시글을 숨김 처리할 예정입니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="BAND 처리 진행 안내: leader asked to delete, hide planned",
    why="asked the band leader; a future hide under a condition is a promise: items pending",
    items={B[1]: "pending", B[2]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    **{"from": "seoyeon.park@navercorp.com"}, name_from="박서연",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    subject=subj(f"[자동회신] 부재중입니다: RE: [{R1}] 불법 도박 홍보 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박서연입니다.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 보내 주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office (추석 연휴 부재중)",
    why="automatic out-of-office reply",
)

dsn_orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: right-old@kakaocorp.com
Subject: [{R2}] 마약류 판매 광고 게시물 조치 요청
Message-ID: <{MID[R2]}@kcsc.example>
Date: Thu, 05 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{request_text(R2, [K[1], K[2], K[4]])}
"""
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B4A1C2D3.1725498041/mx2.kakaocorp.com"

--B4A1C2D3.1725498041/mx2.kakaocorp.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@kakaocorp.com>: host mail.kakaocorp.com[203.0.113.25] said: 550 5.1.1
    <right-old@kakaocorp.com>: Recipient address rejected: User unknown

--B4A1C2D3.1725498041/mx2.kakaocorp.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 10:00:40 +0900 (KST)

Final-Recipient: rfc822; right-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-old@kakaocorp.com>: Recipient address
    rejected: User unknown

--B4A1C2D3.1725498041/mx2.kakaocorp.com
Content-Type: message/rfc822

{dsn_orig}
--B4A1C2D3.1725498041/mx2.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="a bounce; the URLs are in our own returned request",
)

case(
    name="youtube-mdn-read",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 11:32:10 +0900",
    subject=f"Read: [{R3}] 투자 사기 영상 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_5521"

--mdn_5521
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: [{R3}] 투자 사기 영상 조치 요청
  Sent: Friday, September 6, 2024 11:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 11:32 AM (UTC+09:00) Seoul.

--mdn_5521
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <{MID[R3]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our request",
    why="a read receipt says nothing about items",
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 10:31:05 +0900",
    subject=subj(f"[디시인사이드] 문의 접수 완료 안내 - {R4}"),
    body="""안녕하세요, 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: DC-20240909-5521
 - 접수일시: 2024-09-09 10:31

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside ticket-system receipt (접수 완료)",
    why="pure acknowledgement with a ticket number",
)

case(
    name="band-ticket-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date="Tue, 10 Sep 2024 10:02:19 +0900",
    subject=subj("[BAND] 문의가 접수되었습니다 (#2409101187)"),
    type="html",
    body=f"""<html><body>
<p>안녕하세요, BAND 고객센터입니다.</p>
<p>문의하신 내용이 접수되었습니다. 접수번호는 <b>#2409101187</b> 입니다.</p>
<p>문의 제목: [{R5}] 전문의약품 불법 판매 밴드 게시글</p>
<p>답변은 영업일 기준 1~3일 이내에 이 메일 주소로 보내드립니다.</p>
<p><a href="https://band.us/cs/help">BAND 고객센터 도움말</a></p>
</body></html>""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk HTML receipt",
    why="pure acknowledgement (ticket created), quoting our subject only",
)

case(
    name="naver-inoti-receipt-lists-url",
    **{"from": "inoti@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    date="Wed, 11 Sep 2024 10:05:33 +0900",
    subject=subj("[네이버] 게시중단 요청이 접수되었습니다"),
    body=f"""네이버 게시중단요청서비스입니다.

요청하신 게시중단 건이 접수완료 되었습니다.

 - 접수번호: 2024091100457
 - 요청 기관: 방송통신심의위원회 ({R6})
 - 접수 URL: {S6}

검토 후 처리 결과를 메일로 안내드리겠습니다.
접수 내역은 게시중단요청서비스(https://inoti.naver.com) 마이페이지에서 확인하실 수 있습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수완료 notice echoing the reported URL",
    why="a receipt that echoes the reported URL but states nothing about it",
)

case(
    name="youtube-ooo-english",
    **{"from": "m.cho@google.com"}, name_from="Minji Cho",
    date="Tue, 10 Sep 2024 12:00:00 +0900",
    subject=f"Automatic reply: [{R3}] Legal removal request",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email. I am out of the office until September 19
with limited access to email. For urgent legal requests please use
https://support.google.com/legal/contact/lr_legalother.

Best,
Minji""",
    outcome="ignored", classification="auto_reply",
    imitates="Google employee out-of-office reply",
    why="automatic out-of-office reply",
)


HEADER = """# Blind set 593 (Korean): expected results written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""


def main():
    write_requests()
    for c in CASES:
        # Non-ASCII display names are RFC 2047-encoded, as real mailers do.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = Header(c["name_from"], "utf-8").encode()
    corpuslib.write_set(HERE, "blind593", HEADER, CASES)


if __name__ == "__main__":
    main()
