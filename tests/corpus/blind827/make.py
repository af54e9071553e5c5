#!/usr/bin/env python3
"""Blind set 827 (focus: Korean-language replies from NAVER, Kakao/Daum,
YouTube Korea, DC Inside and BAND: 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

Deterministic: `python3 tests/corpus/blind827/make.py` rewrites cases/,
expected.toml and requests.csv. Expected results were written from each
email's meaning alone, before any run of the reader.
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

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "dcinside.com": "DC Inside",
    "band.us": "BAND",
    "help.naver.com": "NAVER",
})

# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240903-01"
R_KAKAO = "KCSC-240904-02"
R_YT = "KCSC-240905-03"
R_DC = "KCSC-240906-04"
R_BAND = "KCSC-240909-05"
R_NAVER1 = "KCSC-240910-06"
R_YT1 = "KCSC-240911-07"

N = [
    "https://blog.naver.com/moonpebble77/223561100401",
    "https://blog.naver.com/moonpebble77/223561100877",
    "https://blog.naver.com/greyharbor_02/223558812230",
    "https://cafe.naver.com/quietriverstock/88231",
    "https://cafe.naver.com/quietriverstock/88254",
    "https://cafe.naver.com/quietriverstock/88302",
    "https://cafe.naver.com/lanternsquare/150447",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203318",
    "https://blog.naver.com/sora_teahouse/223560045512",
    "https://cafe.naver.com/lanternsquare/150460",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110742&memberNo=51203377",
    "https://blog.naver.com/greyharbor_02/223559000118",
]
N1 = "https://blog.naver.com/hanbit_walker/223569912034"
K3_RAW = "https://sunnyday-log.tistory.com/entry/오늘의-시세-정리"
K = [
    "https://cafe.daum.net/bluepinegarden/Ahq2/3381",
    "https://cafe.daum.net/bluepinegarden/Ahq2/3390",
    "https://sunnyday-log.tistory.com/entry/%EC%98%A4%EB%8A%98%EC%9D%98-%EC%8B%9C%EC%84%B8-%EC%A0%95%EB%A6%AC",
    "https://brunch.co.kr/@pale-ink/57",
]
Y = [
    "https://www.youtube.com/watch?v=qT3vLm9XaB2",
    "https://www.youtube.com/watch?v=Hn0pR7ceWs4",
    "https://www.youtube.com/shorts/Zk81fMaQe0t",
]
Y1 = "https://www.youtube.com/watch?v=bE5uY2wq7Lk"
D = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812044",
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812391",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlounge&no=402117",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinlounge&no=402230",
    "https://gall.dcinside.com/mini/board/view/?id=ssuljip&no=19034",
]
B = [
    "https://band.us/band/81234567/post/2211",
    "https://band.us/band/81234567/post/2236",
]

REQUESTS = [
    (R_NAVER, "naver", "2024-09-03", "2024-09-10", N, "illegal_finance", "불법 금융(유사수신) 광고 게시물"),
    (R_KAKAO, "kakao", "2024-09-04", "2024-09-11", K, "illegal_finance", "Daum 카페·티스토리·브런치"),
    (R_YT, "youtube", "2024-09-05", "2024-09-12", Y, "gambling", "불법 도박 홍보 영상"),
    (R_DC, "dcinside", "2024-09-06", "2024-09-13", D, "privacy", "개인정보 노출 게시물"),
    (R_BAND, "band", "2024-09-09", "2024-09-16", B, "drugs", "마약류 판매 게시글"),
    (R_NAVER1, "naver", "2024-09-10", "2024-09-17", [N1], "defamation", "블로그 1건"),
    (R_YT1, "youtube", "2024-09-11", "2024-09-18", [Y1], "gambling", "영상 1건"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def reqid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047-encode a header value holding non-ASCII text."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(boundary, subtype, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", extra=()):
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    lines += list(extra)
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def our_request(ref, urls, prefix=""):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니, 조치 후 그 결과를",
        "회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


D_NAVER = "Fri, 06 Sep 2024 16:40:12 +0900"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NAVER
rows = [
    (N[0], "삭제", "2024.09.05"),
    (N[1], "삭제", "2024.09.05"),
    (N[2], "임시조치", "2024.09.05"),
    (N[3], "삭제", "2024.09.05"),
    (N[4], "해당없음(작성자 삭제)", "-"),
    (N[5], "삭제", "2024.09.06"),
    (N[6], "미조치(위반 없음)", "-"),
    (N[7], "삭제", "2024.09.06"),
    (N[8], "임시조치", "2024.09.06"),
    (N[9], "삭제", "2024.09.06"),
    (N[10], "해당없음(게시물 없음)", "-"),
    (N[11], "삭제", "2024.09.06"),
]
table = "\n".join(f" {i:>2} | {u:<82} | {s} | {d}" for i, (u, s, d) in enumerate(rows, 1))
case(
    name="naver-gongmun-result-table",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=D_NAVER,
    subject=h(f"[회신] 시정요구({R_NAVER})에 대한 조치결과 통보"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버(주) 정책지원팀
제목: 시정요구({R_NAVER})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(요청번호 {R_NAVER})와 관련하여
   당사의 조치 결과를 아래와 같이 통보합니다.

- 아  래 -

 연번 | 대상 URL{' ' * 75}| 조치결과 | 조치일
{table}

※ 조치결과 구분
  - 삭제: 해당 게시물을 삭제함
  - 임시조치: 정보통신망법 제44조의2에 따라 30일간 게시물 접근을 차단함
  - 해당없음: 요청 접수 시점에 이미 존재하지 않는 게시물
  - 미조치: 검토 결과 불법정보에 해당하지 않아 게시를 유지함

3. 미조치 건에 대하여 추가 소명 자료가 있으시면 보내주시는 대로 다시 검토하겠습니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style reply to a KCSC 시정요구, 조치결과 table (삭제/임시조치/해당없음/미조치)",
    why="trusted NAVER reply stating each of the 12 URLs' result in a text table",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "removed", N[6]: "rejected", N[7]: "removed",
           N[8]: "restricted", N[9]: "removed", N[10]: "not_found", N[11]: "removed"},
)

html_rows = [
    (N[0], "블라인드 처리"),
    (N[1], "임시조치(30일)"),
    (N[2], "비공개 처리"),
    (N[3], "게시물이 존재하지 않음"),
    (N[4], "삭제"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(html_rows, 1)
)
case(
    name="naver-html-table-first-five",
    **{"from": "help@help.naver.com"},
    name_from=h("네이버 고객센터"),
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject=h(f"[네이버 고객센터] 게시중단 요청 처리 결과 안내 ({R_NAVER})"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R_NAVER}) 중 우선 처리가 완료된 5건의 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>게시물 주소</th><th>처리 결과</th></tr>
{trs}
</table>
<p>나머지 7건은 담당 부서에서 검토하고 있으며, 결과가 확인되는 대로 다시 안내드리겠습니다.</p>
<p>네이버 게시물 운영 원칙은 <a href="https://policy.naver.com/policy/service_group.html">여기</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 HTML result notice (게시중단 요청 처리 결과 안내) with a results table",
    why="five items each with an unhedged result; the other seven only 'under review' and not named",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "removed", N[3]: "not_found", N[4]: "removed"},
)

csv_text = "\ufeff연번,URL,조치결과,조치일시,비고\n" + "\n".join([
    f"6,{N[5]},삭제,2024-09-06 10:21,",
    f"7,{N[6]},접근제한(국내),2024-09-06 10:25,국내 IP 접속 차단",
    f"8,{N[7]},게시물 없음,-,작성자가 이미 삭제",
    f"9,{N[8]},삭제,2024-09-06 10:30,",
    f"10,{N[9]},미조치,-,위반 소지 없음(게시 유지)",
    f"11,{N[10]},삭제,2024-09-06 10:41,",
    f"12,{N[11]},임시조치,2024-09-06 10:44,30일",
]) + "\n"
case(
    name="naver-csv-attachment-six-to-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 18:05:31 +0900",
    subject=h(f"RE: [{R_NAVER}] 시정요구 조치결과 (6~12번)"),
    reply_to_req=reqid(R_NAVER),
    raw_mime=multipart("----=_NaverPart_827_0003", "mixed", [
        part("text/plain; charset=utf-8", f"""
안녕하세요, 네이버 정책지원팀입니다.

{R_NAVER} 건 중 6번부터 12번까지의 조치 결과를 첨부 파일로 송부드립니다.
1~5번은 9월 5일 고객센터를 통해 별도로 안내드렸습니다.

확인 부탁드립니다.
네이버 정책지원팀 드림
"""),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"', b64(csv_text), "base64",
             ['Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"']),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team reply with a 조치결과 CSV (Excel export, UTF-8 BOM) attached",
    why="the attached CSV states a result for each of items 6 to 12",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "not_found", N[8]: "removed",
           N[9]: "rejected", N[10]: "removed", N[11]: "restricted"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "noreply@navercorp.com"},
    name_from=h("네이버 게시중단 요청 서비스"),
    date="Wed, 11 Sep 2024 14:22:09 +0900",
    subject=h(f"[네이버] 게시중단 요청({R_NAVER1}) 처리 완료 안내"),
    reply_to_req=reqid(R_NAVER1),
    body=f"""
안녕하세요. 네이버 게시중단 요청 서비스 담당자입니다.

2024년 9월 10일 접수하신 {R_NAVER1} 건과 관련하여 안내드립니다.
요청하신 블로그 게시물은 관련 법령 및 블로그 운영정책 위반이 확인되어
2024.09.11 14:10에 게시중단 처리되었습니다.

게시자는 게시중단 조치에 대해 재게시를 요청할 수 있으며, 재게시 요청이 접수되면
별도로 알려드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 처리 완료 notice (no URL, refers to the one-item request)",
    why="one-item request; an unhedged 게시중단 statement about 'the requested blog post' applies to it",
    items={N1: "removed"},
)

case(
    name="naver-top-posted-over-outlook-quote",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from=h("김서윤"),
    date="Wed, 04 Sep 2024 17:48:02 +0900",
    subject=h(f"RE: [{R_NAVER}] 시정요구 요청"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
담당자님 안녕하세요.

요청주신 건 중 아래 블로그 글은 금일 블라인드 처리하였습니다.
{N[8]}

나머지 게시물은 확인 중이며 정리되는 대로 회신드리겠습니다.

김서윤 드림
네이버 정책지원팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:15 AM
To: policy@navercorp.com
Subject: [{R_NAVER}] 시정요구 요청

{our_request(R_NAVER, N)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="policy officer's top-posted Outlook reply over the quoted 시정요구 mail",
    why="one URL above the quote is stated blinded; the 12 URLs below -----Original Message----- are our own request",
    items={N[8]: "removed"},
)

case(
    name="naver-statement-then-url-lines",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 10:31:44 +0900",
    subject=h(f"{R_NAVER} 추가 조치 안내"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{R_NAVER} 관련하여 추가로 검토가 끝난 게시물의 결과를 알려드립니다.

아래 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.
{N[2]}
{N[11]}

아래 게시물은 검토 결과 신고 사유에 해당하지 않아 게시를 유지합니다.
{N[6]}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal reply grouping URLs under a heading sentence (임시조치 / 게시 유지)",
    why="two URLs under the 임시조치 sentence, one under the 'stays up, no violation' sentence",
    items={N[2]: "restricted", N[11]: "restricted", N[6]: "rejected"},
)

qp_body = f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 카페 게시글 처리 결과입니다 ({R_NAVER}).

- {N[3]} : 카페 운영원칙 위반으로 삭제 완료
- {N[4]} : 작성자가 이미 삭제한 게시글로 확인되어 별도 조치 없음
- {N[5]} : 삭제 완료, 작성자 카페 활동 정지

문의 사항은 회신 주시기 바랍니다.
네이버 카페 운영팀
"""
case(
    name="naver-cafe-qp-bullets",
    **{"from": "cafe_op@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    date="Thu, 05 Sep 2024 15:12:30 +0900",
    subject=h("카페 게시글 처리 결과 안내"),
    reply_to_req=reqid(R_NAVER),
    raw_mime=part("text/plain; charset=utf-8", qp(qp_body), "quoted-printable"),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe operations team result mail, quoted-printable bullets",
    why="three cafe posts each with a result: two deleted, one already deleted by its author",
    items={N[3]: "removed", N[4]: "not_found", N[5]: "removed"},
)

case(
    name="naver-english-global-desk",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 09:14:27 +0900",
    subject=f"Re: {R_NAVER} - outcome for KnowledgeiN and Post items",
    reply_to_req=reqid(R_NAVER),
    body=f"""
Dear KCSC team,

Following up on your request {R_NAVER}, our global desk has looked into the two
items you flagged for a second check.

The KnowledgeiN question at
{N[7]}
has been removed for violating our operating policy.

We could not locate the NAVER Post entry
{N[10]}
- the volume number does not exist on our service.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English-language trust & safety reply from a Korean portal's global desk",
    why="URL on the line below each statement: one removed, one could not be located",
    items={N[7]: "removed", N[10]: "not_found"},
)

case(
    name="naver-fullwidth-markers",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Sat, 07 Sep 2024 11:20:00 +0900",
    subject=h(f"［회신］{R_NAVER} 블로그 게시물 조치 결과"),
    body=f"""
방송통신심의위원회 담당자님께

{R_NAVER} 중 블로그 게시물 조치 결과를 알려드립니다.

① {N[0]} ： 삭제 완료
② {N[1]} ： 삭제 완료
③ {N[11]} ： 게시물 없음（작성자가 이미 삭제함）

이상입니다。
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean reply typed with full-width markers and punctuation (①, ：, （）)",
    why="each of three URLs followed by a full-width colon and its result",
    items={N[0]: "removed", N[1]: "removed", N[11]: "not_found"},
)

case(
    name="naver-angle-brackets-wrapped",
    **{"from": "jihoon.park@navercorp.com"},
    name_from=h("박지훈"),
    date="Mon, 09 Sep 2024 16:03:18 +0900",
    subject=h(f"RE: {R_NAVER} 카페 게시글 2건 문의"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
안녕하세요, 네이버 박지훈입니다.
문의하신 카페 게시글 두 건 처리 결과 안내드립니다.

1) <https://cafe.naver.com/lanternsquare/
150460> 게시글: 카페 운영원칙 위반으로 삭제 완료
2) <{N[6]}> 게시글: 국내 접속 차단(접근 제한) 적용

감사합니다.
박지훈 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="staff reply with URLs in angle brackets, one wrapped by the mail client",
    why="a wrapped URL in angle brackets (deleted) and a Korea-only block (restricted)",
    items={N[9]: "removed", N[6]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@help.naver.com"},
    name_from=h("네이버 고객센터"),
    date="Wed, 04 Sep 2024 20:44:51 +0900",
    subject=h("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 신고는 정상적으로 접수되었습니다. (접수번호 2024090418823)

검토 결과, {N[4]}은 운영정책 위반이 확인되어 블라인드 처리되었습니다.

네이버를 이용해 주셔서 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 고객센터 answer that opens with a receipt line and then gives the result",
    why="receipt phrase plus an unhedged 블라인드 statement; the URL is followed directly by the particle 은",
    items={N[4]: "removed"},
)

case(
    name="naver-one-done-one-reviewing",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 09:50:13 +0900",
    subject=h(f"[{R_NAVER}] 중간 회신"),
    body=f"""
안녕하세요.

{N[0]} 게시물은 어제 삭제 조치되었습니다.
{N[1]} 게시물은 게시자 소명 절차가 진행 중이어서 현재 검토 중이며, 결과가 나오면 바로 알려드리겠습니다.

네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="interim reply: one item done, another still in review",
    why="first URL removed; second only 'under review', stays pending",
    items={N[0]: "removed", N[1]: "pending"},
)

# NAVER review cases
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 13:05:40 +0900",
    subject=h(f"RE: [{R_NAVER}] 시정요구 요청"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 가운데 아래 두 건은 내부 확인 후 순차적으로 게시중단 조치할 예정입니다.
- {N[2]}
- {N[3]}

조치가 완료되면 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising 게시중단 '예정' (a promise, not a result)",
    why="'조치할 예정' is a promise: both items stay pending",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-all-twelve-done-bulk",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    subject=h(f"[회신] {R_NAVER} 조치 완료"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
안녕하세요.

귀 위원회의 시정요구({R_NAVER})와 관련하여, 요청하신 게시물 12건 모두
삭제 조치를 완료하였음을 알려드립니다.

네이버(주) 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="one-line 공문 reply: 'all 12 requested posts deleted'",
    why="one statement for a 12-item request without naming each item",
    items={},
)

case(
    name="naver-spoofed-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=h("네이버 정책지원팀"),
    date="Sun, 08 Sep 2024 03:12:55 +0900",
    subject=h(f"[회신] {R_NAVER} 조치결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N[0]} 게시물은 삭제 처리되었습니다.

조치결과 확인서는 아래 링크에서 내려받으실 수 있습니다.
http://naver-docs.example/download?id=88121
""",
    outcome="review",
    review="untrusted",
    imitates="mail claiming to be the NAVER policy team that fails DMARC",
    why="navercorp.com sender failing DKIM/SPF/DMARC: nothing applies",
    items={N[0]: "pending"},
)

case(
    name="naver-asks-official-letter",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 05 Sep 2024 14:40:08 +0900",
    subject=h(f"RE: [{R_NAVER}] 추가 자료 요청"),
    reply_to_req=reqid(R_NAVER),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 두 건은 게시물만으로는 불법 여부를 판단하기 어렵습니다.
{N[6]}
{N[9]}

조치를 위해 위원회 심의 의결서 사본 또는 해당 게시물이 불법정보에 해당한다고
판단하신 근거 자료를 보내주시기 바랍니다. 자료를 받는 대로 검토하겠습니다.
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="portal asking for the 심의 의결서 before acting",
    why="asks for supporting documents; no result for either item",
    items={N[6]: "pending", N[9]: "pending"},
)

case(
    name="naver-band-posts-wrong-platform",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 10:12:37 +0900",
    subject=h(f"[회신] {R_BAND} 밴드 게시글 조치 결과"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드 서비스로 요청하신 건({R_BAND})을 당사에서 함께 확인하였습니다.
아래 게시글 2건은 운영정책 위반으로 삭제되었습니다.
- {B[0]}
- {B[1]}

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="NAVER policy team answering for BAND (a NAVER-run service configured as its own platform)",
    why="NAVER sender states results for items of the band platform",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="naver-out-of-office-chuseok",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from=h("김서윤"),
    date="Mon, 16 Sep 2024 09:00:04 +0900",
    subject=h(f"[자동회신] 부재중입니다: RE: [{R_NAVER}] 시정요구 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 김서윤입니다.

추석 연휴로 9월 14일(토)부터 9월 18일(수)까지 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office (부재중) auto-reply over the Chuseok holiday",
    why="auto-reply, no statement",
    items={},
)

mdn_human = f"""
이 메시지는 2024-09-04 09:31:10 (KST)에 수신자가 읽었습니다.

제목: [{R_NAVER}] 시정요구 요청
받는 사람: policy@navercorp.com
"""
mdn_report = f"""Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{msgid(R_NAVER)}>
Disposition: manual-action/MDN-sent-manually; displayed
"""
case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    subject=h(f"읽음 확인: [{R_NAVER}] 시정요구 요청"),
    raw_mime=multipart("mdn_827_0019", "report", [
        part("text/plain; charset=utf-8", mdn_human),
        part("message/disposition-notification", mdn_report, "7bit"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored",
    classification="read_receipt",
    imitates="groupware read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt only",
    items={},
)

# ================================================================ Kakao / Daum
case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 11:45:20 +0900",
    subject=h(f"[Daum] 게시물 임시조치 결과 안내 ({R_KAKAO})"),
    reply_to_req=reqid(R_KAKAO),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한
법률 제44조의2 제4항에 따라 아래와 같이 임시조치(30일간 접근 차단)하였음을
알려드립니다.

  대상 게시물 1: {K[0]}
  대상 게시물 2: {K[1]}
  임시조치 기간: 2024.09.05 ~ 2024.10.04

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드립니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 30일 임시조치 notice",
    why="both Daum cafe posts placed under 임시조치 (access blocked 30 days)",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-path",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date="Fri, 06 Sep 2024 15:30:41 +0900",
    subject=h("문의하신 티스토리·브런치 게시물 처리 결과"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청번호 {R_KAKAO} 관련 처리 결과 안내드립니다.

티스토리 게시글 {K3_RAW} — 운영정책 위반으로 삭제되었습니다.

브런치 글(https://brunch.co.kr/@pale-ink/57)은 작가가 이미 삭제하여 현재 존재하지 않는 글입니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 고객센터 answer covering Tistory and Brunch, Tistory URL with its raw Korean slug",
    why="Tistory post deleted (raw Korean path = the percent-encoded request URL); Brunch post already deleted by its author",
    items={K[2]: "removed", K[3]: "not_found"},
)

daum_html = f"""<html><body>
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>시정요구 <b>{R_KAKAO}</b> 건의 최종 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>대상</th><th>결과</th><th>사유</th></tr>
<tr><td>{K[0]}</td><td>게시중단</td><td>불법 금융 광고</td></tr>
<tr><td>{K[1]}</td><td>조치하지 않음</td><td>검토 결과 불법정보로 보기 어려워 게시 유지</td></tr>
<tr><td>{K[2]}</td><td>삭제</td><td>운영정책 위반</td></tr>
<tr><td>{K[3]}</td><td>해당 글 없음</td><td>작성자 삭제</td></tr>
</table>
<p>운영정책: <a href="https://www.daum.net/policy/operation">https://www.daum.net/policy/operation</a></p>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="kakao-daum-html-base64",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from=h("Daum 고객센터"),
    date="Wed, 11 Sep 2024 10:05:55 +0900",
    subject=h(f"[Daum 고객센터] {R_KAKAO} 최종 처리 결과"),
    reply_to_req=reqid(R_KAKAO),
    raw_mime=multipart("daum_alt_827", "alternative", [
        part("text/html; charset=utf-8", b64(daum_html), "base64"),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="Daum 고객센터 base64 HTML result table (게시중단 / 조치하지 않음 / 삭제 / 해당 글 없음)",
    why="all four items with results: removed, rejected (stays up, not illegal), removed, not_found",
    items={K[0]: "removed", K[1]: "rejected", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakao-gmail-quoted-request",
    **{"from": "minji.lee@kakaocorp.com"},
    name_from=h("이민지"),
    date="Thu, 05 Sep 2024 18:22:10 +0900",
    subject=h(f"Re: [{R_KAKAO}] 시정요구 요청"),
    reply_to_req=reqid(R_KAKAO),
    body=f"""
안녕하세요 이민지입니다.
말씀하신 카페 글 중 {K[1]} 은 오늘 오후 삭제 완료했습니다.
나머지는 담당 부서 확인 후 따로 연락드릴게요.

2024년 9월 4일 (수) 오전 10:12, KCSC Takedown <takedown@kcsc.example>님이 작성:
{our_request(R_KAKAO, K, prefix="> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style reply from a Kakao staffer above the '>'-quoted request",
    why="one cafe post stated deleted; the quoted request lines are ours",
    items={K[1]: "removed"},
)

case(
    name="kakao-appears-deleted-hedge",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date="Fri, 06 Sep 2024 09:12:00 +0900",
    subject=h(f"RE: {R_KAKAO} 티스토리 게시글 문의"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {K3_RAW} 게시글은 확인해 보니 이미 삭제된 것으로 보입니다.
다만 블로그 운영자가 비공개로 전환했을 가능성도 있어, 정확한 상태는 담당 부서에서
다시 확인한 뒤 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="customer-centre answer hedging ('삭제된 것으로 보입니다', may be private)",
    why="'appears to be deleted' with an alternative explanation is a hedge, not a statement",
    items={K[2]: "pending"},
)

case(
    name="kakao-dmarc-fail",
    **{"from": "right@kakaocorp.com"},
    auth="fail",
    name_from=h("카카오 권리침해신고센터"),
    date="Sat, 07 Sep 2024 22:41:09 +0900",
    subject=h(f"[Daum] {R_KAKAO} 처리 완료"),
    body=f"""
안녕하세요. 카카오입니다.

{K[0]} - 삭제
{K[1]} - 삭제

처리가 완료되었습니다.
""",
    outcome="review",
    review="untrusted",
    imitates="terse result mail in the Kakao rights-centre's name, failing authentication",
    why="kakaocorp.com sender with dmarc=fail: the statements are not trusted",
    items={K[0]: "pending", K[1]: "pending"},
)

pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im0 4 0 R>>>>/Contents 5 0 R>>endobj\n"
       b"4 0 obj<</Type/XObject/Subtype/Image/Width 64/Height 64/ColorSpace/DeviceGray/BitsPerComponent 8/Filter/DCTDecode/Length 256>>stream\n"
       + bytes((i * 73 + 41) % 256 for i in range(256)) +
       b"\nendstream endobj\n5 0 obj<</Length 27>>stream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="kakao-scanned-pdf-only",
    **{"from": "right@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 16:18:27 +0900",
    subject=h(f"[공문] {R_KAKAO} 시정요구에 대한 조치결과 회신"),
    reply_to_req=reqid(R_KAKAO),
    raw_mime=multipart("kakao_mixed_827", "mixed", [
        part("text/plain; charset=utf-8", f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R_KAKAO} 시정요구에 대한 조치결과는 첨부한 공문(PDF)을 참고하여 주시기 바랍니다.

감사합니다.
"""),
        part('application/pdf; name="kakao_reply_240910.pdf"', b64(pdf), "base64",
             ['Content-Disposition: attachment; filename="kakao_reply_240910.pdf"']),
    ]),
    outcome="review",
    review="unreadable_attachment",
    imitates="공문 reply sent as a scanned PDF (image only) with a one-line cover mail",
    why="the results are only in a scanned PDF: nothing readable about the items",
    items={},
)

dsn_human = f"""
This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-report@kakaocorp.com>: host mailstore.kakaocorp.com[203.0.113.24]
    said: 550 5.1.1 <right-report@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table
"""
dsn_status = """Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Wed,  4 Sep 2024 10:12:44 +0900 (KST)

Final-Recipient: rfc822; right-report@kakaocorp.com
Original-Recipient: rfc822;right-report@kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 <right-report@kakaocorp.com>: Recipient address rejected
"""
dsn_orig = f"""Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: right-report@kakaocorp.com
Subject: [{R_KAKAO}] =?utf-8?b?7Iuc7KCV7JqU6rWsIOyalOyyrQ==?=
Date: Wed, 04 Sep 2024 10:12:40 +0900
Message-ID: <{msgid(R_KAKAO)}>
"""
case(
    name="kakao-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 10:12:46 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("8F2A41C0C3.1725412366/mx2.kakaocorp.com", "report", [
        part("text/plain; charset=us-ascii", dsn_human, "7bit",
             ["Content-Description: Notification"]),
        part("message/delivery-status", dsn_status, "7bit",
             ["Content-Description: Delivery report"]),
        part("text/rfc822-headers", dsn_orig, "7bit",
             ["Content-Description: Undelivered Message Headers"]),
    ], extra="; report-type=delivery-status"),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) for our request sent to a wrong Kakao address",
    why="delivery failure report",
    items={},
)

case(
    name="kakao-receipt-echoing-urls",
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date="Wed, 04 Sep 2024 10:20:03 +0900",
    subject=h("[카카오 고객센터] 문의가 접수되었습니다"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

■ 접수번호: 2409-0412-77310
■ 접수일시: 2024.09.04 10:19
■ 접수내용 (요약)
   [{R_KAKAO}] 시정요구 요청
   {K[0]}
   {K[1]}
   {K3_RAW}
   {K[3]}

담당자가 확인 후 순차적으로 답변드리겠습니다. 답변까지 영업일 기준 2~3일이 소요될 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 고객센터 automatic 접수 완료 receipt echoing the submitted text",
    why="pure receipt: the URLs are the echo of our own submission, no result stated",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-korea-legal-outcome",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 19:02:11 +0900",
    subject=h(f"[{R_YT}] 게시 중단 요청 검토 결과"),
    reply_to_req=reqid(R_YT),
    body=f"""
안녕하세요,

YouTube 법률 지원팀입니다. 방송통신심의위원회에서 보내주신 요청({R_YT})을 검토하였습니다.

- {Y[0]}
  현지 법률에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

- {Y[1]}
  커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

- {Y[2]}
  검토 결과 YouTube 정책이나 현지 법률 위반을 확인하지 못해 조치를 취하지 않았습니다.

콘텐츠 관련 법적 문제 신고에 대한 자세한 내용은 https://support.google.com/youtube/answer/6154232 를 참고하시기 바랍니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal removal outcome in Korean (country block / removal / no action)",
    why="status on the line below each URL; help-centre link is not an item",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-single-geo-block-english",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:41:30 +0900",
    subject=f"Re: Legal removal request {R_YT1} [8-4411000032907]",
    reply_to_req=reqid(R_YT1),
    body=f"""
Hello,

Thanks for reaching out. After review, we've restricted access to the
following content in South Korea in response to your request:

  {Y1}

This decision applies to viewers in South Korea only.

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal team English reply: content restricted in South Korea",
    why="the requested video is geo-blocked in Korea",
    items={Y1: "restricted"},
)

case(
    name="yt-age-restriction-mixed",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Trust & Safety",
    date="Tue, 10 Sep 2024 11:27:48 +0900",
    subject=f"Update on {R_YT}",
    body=f"""
안녕하세요 / Hello,

{R_YT} 관련 업데이트입니다.

1. {Y[2]}
   → 연령 제한 적용 (age-restricted: viewers must be signed in and 18+)
2. {Y[0]}
   → 전 세계에서 삭제됨 (removed globally)

Thanks,
YouTube Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual YouTube trust & safety update with arrows under each URL",
    why="one short age-restricted, one video removed globally",
    items={Y[2]: "restricted", Y[0]: "removed"},
)

yt_csv = "video_url,action,region,notes\n" + "\n".join([
    f"{Y[0]},Removed,Global,Community Guidelines - spam and deceptive practices",
    f"{Y[1]},Blocked,KR,Local legal",
    f"{Y[2]},Not found,,Video unavailable - deleted by uploader before review",
]) + "\n"
case(
    name="yt-csv-report",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:00:07 +0900",
    subject=f"{R_YT} - actions taken (CSV)",
    raw_mime=multipart("yt_mixed_827_24", "mixed", [
        part("text/plain; charset=utf-8", f"""
Hi KCSC team,

Attached is the action report for {R_YT}. One row per URL.

Best,
YouTube Legal Support
"""),
        part('text/csv; charset=utf-8; name="actions_KCSC-240905-03.csv"', yt_csv, "7bit",
             ['Content-Disposition: attachment; filename="actions_KCSC-240905-03.csv"']),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="legal-support action report as a CSV attachment (url, action, region)",
    why="CSV rows: removed globally, blocked in KR, not found (deleted by uploader)",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "not_found"},
)

case(
    name="yt-echoed-report-removed",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date="Fri, 13 Sep 2024 15:44:19 +0900",
    subject="Update on your YouTube legal complaint",
    body=f"""
Hi KCSC,

We've reviewed the content you reported.

-- Your report --
Reference: {R_YT1}
Reported content: {Y1}
Reason: Illegal gambling promotion (local law, South Korea)
Submitted: Sep 11, 2024

-- Outcome --
We removed this content from YouTube because it violates our Community Guidelines.

- The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube report-outcome email echoing the report form, then the outcome",
    why="one-item request; the outcome 'we removed this content' is about the echoed URL",
    items={Y1: "removed"},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:31:02 +0900",
    subject=f"[8-4410000032114] We received your request ({R_YT})",
    body=f"""
Hello,

Thanks for contacting YouTube Legal Support. We've received your request
({R_YT}) and a member of our team will review it. We'll reach out by email if
we need more information.

Case ID: 8-4410000032114

Please do not reply to this message to add URLs; submit a new request at
https://support.google.com/legal/answer/3110420 instead.

Regards,
YouTube Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube/Google legal support automatic case-ID receipt",
    why="pure acknowledgement with a case ID",
    items={},
)

case(
    name="yt-policy-newsletter",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 11:00:00 +0900",
    subject=h("[안내] 정부기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, YouTube 법률 지원팀입니다.

2024년 10월 1일부터 대한민국 정부기관의 콘텐츠 관련 요청은 전용 웹 양식으로만
접수됩니다. 이메일로 보내주신 요청은 9월 30일까지 처리되며, 이후에는 아래 양식을
이용해 주시기 바랍니다.

https://support.google.com/legal/contact/gov_request_kr

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice to government requesters about a new intake form",
    why="trusted YouTube mail naming no item and no request",
    items={},
)

# ================================================================ DC Inside
case(
    name="dc-informal-operator",
    **{"from": "admin@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 21:13:40 +0900",
    subject=h(f"Re: [{R_DC}] 게시물 삭제 요청"),
    reply_to_req=reqid(R_DC),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 글 확인했습니다.

{D[0]} 삭제
{D[1]} 삭제
{D[2]} 이건 이미 삭제된 글입니다 (작성자 본인 삭제)

나머지 두 개는 갤러리 매니저 쪽이랑 확인해보고 말씀드릴게요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply, URL then a one-word result",
    why="two deleted, one already deleted by its author; the other two not named",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

dc_rows = [
    (D[0], "삭제"), (D[1], "삭제"), (D[2], "게시물 없음(작성자 삭제)"),
    (D[3], "삭제 및 작성자 IP 차단"), (D[4], "삭제하지 않음(불법정보 해당 없음)"),
]
dc_table = "\n".join(f"  {i}. {u}\n     → {s}" for i, (u, s) in enumerate(dc_rows, 1))
case(
    name="dc-gongmun-all-five",
    **{"from": "help@dcinside.com"},
    name_from=h("(주)디시인사이드"),
    date="Tue, 10 Sep 2024 14:00:00 +0900",
    subject=h(f"[디시인사이드] 시정요구({R_DC}) 조치결과 회신"),
    reply_to_req=reqid(R_DC),
    body=f"""
수    신 : 방송통신심의위원회
참    조 : 통신심의국
제    목 : 시정요구({R_DC}) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구와 관련하여 당사 조치 결과를 다음과 같이 회신합니다.

{dc_table}

3. 5번 게시물은 특정 개인을 식별할 수 있는 정보가 포함되어 있지 않아 게시를 유지하였습니다.  끝.

(주)디시인사이드 대표이사
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 공문 조치결과 회신 (수신/참조/제목 header block, numbered results)",
    why="all five with results; item 5 kept up as not illegal",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "admin@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Mon, 09 Sep 2024 12:34:56 +0900",
    subject=h(f"Re: Re: [{R_DC}] 게시물 삭제 요청"),
    reply_to_req=reqid(R_DC),
    body=f"""
남은 두 건 처리했습니다.

{D[3]}
→ 삭제 처리

{D[4]}
→ 해당 미니갤러리 글은 국내 IP 접근 차단으로 조치했습니다

디시인사이드 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="operator follow-up: bare URL, result on the line below",
    why="one deleted, one blocked for Korean IPs",
    items={D[3]: "removed", D[4]: "restricted"},
)

case(
    name="dc-all-deleted-bulk",
    **{"from": "admin@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 01:02:03 +0900",
    subject=h(f"Re: [{R_DC}] 게시물 삭제 요청"),
    reply_to_req=reqid(R_DC),
    body="""
요청주신 글 전부 삭제했습니다. 수고하세요.

디시인사이드 운영팀
""",
    outcome="review",
    review="bulk",
    imitates="one-line operator reply 'deleted all of them'",
    why="a five-item request answered with one statement naming no item",
    items={},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinlounge.mgr@gmail.com"},
    name_from=h("코인라운지 매니저"),
    date="Sun, 08 Sep 2024 23:55:10 +0900",
    subject=h(f"{R_DC} 관련 (마이너갤러리 매니저입니다)"),
    body=f"""
안녕하세요. 코인라운지 마이너 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D[2]} 는 제가 보기 전에 이미 지워져 있었고
{D[3]} 는 제가 매니저 권한으로 삭제했습니다.

확인 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail account",
    why="not a platform domain: statements about DC items cannot be trusted",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-under-internal-review",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 고객센터"),
    date="Mon, 09 Sep 2024 18:20:44 +0900",
    subject=h(f"[디시인사이드] {R_DC} 5번 게시물 관련"),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

{D[4]}
위 게시물은 현재 내부 검토 중입니다. 개인정보 노출이 확인되는 경우 삭제될 수 있으며,
검토가 끝나면 결과를 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="customer-centre 'under review, may be deleted if confirmed' reply",
    why="under review + conditional 'may be deleted': no statement",
    items={D[4]: "pending"},
)

case(
    name="dc-inquiry-receipt",
    **{"from": "noreply@dcinside.com"},
    name_from=h("디시인사이드"),
    date="Fri, 06 Sep 2024 10:05:18 +0900",
    subject=h("[디시인사이드] 문의 접수 완료 안내"),
    body=f"""
안녕하세요. 디시인사이드입니다.

고객님의 문의가 접수되었습니다.
- 접수번호: DC-20240906-0193
- 문의유형: 게시물 삭제 요청 (기관)
- 제목: [{R_DC}] 게시물 삭제 요청

답변은 등록하신 이메일로 보내드립니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="DC Inside 문의 접수 완료 automatic receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ================================================================ BAND
case(
    name="band-both-posts-deleted",
    **{"from": "help@band.us"},
    name_from=h("밴드 고객센터"),
    date="Tue, 10 Sep 2024 13:13:13 +0900",
    subject=h(f"[BAND] 신고하신 게시글 처리 결과 ({R_BAND})"),
    reply_to_req=reqid(R_BAND),
    body=f"""
안녕하세요, 밴드 고객센터입니다.

신고하신 게시글을 확인하였으며, 두 게시글 모두 운영정책(불법 상품 거래) 위반으로 삭제되었습니다.
 · {B[0]}
 · {B[1]}

해당 밴드의 리더에게는 운영정책 위반 안내가 발송되었습니다.
밴드 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 고객센터 report result mail",
    why="'both deleted' with each URL listed below: each item is named",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="band-one-gone-one-deleted",
    **{"from": "help@band.us"},
    name_from=h("밴드 고객센터"),
    date="Wed, 11 Sep 2024 16:47:00 +0900",
    subject=h(f"RE: {R_BAND} 밴드 게시글 확인 결과"),
    body=f"""
안녕하세요. 밴드 고객센터입니다.

요청하신 두 건의 확인 결과 안내드립니다.

{B[0]}
게시글 삭제 및 작성자 이용 제한 조치하였습니다.

{B[1]}
요청 접수 전 밴드 리더가 게시글을 삭제하여 존재하지 않는 게시글입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND reply, one post removed, the other already gone",
    why="status on the line below each URL",
    items={B[0]: "removed", B[1]: "not_found"},
)

case(
    name="band-noreply-autoresponse",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 09 Sep 2024 11:00:31 +0900",
    subject=h(f"자동응답: [{R_BAND}] 게시글 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
본 메일 주소는 발신 전용으로, 보내주신 메일은 확인되지 않습니다.
문의는 밴드 고객센터(https://band.us/cs)를 이용해 주세요.

This address does not accept incoming mail. Please contact BAND Help Center.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="no-reply mailbox auto-response ('발신 전용 주소')",
    why="auto-reply from a send-only address",
    items={},
)


def main():
    write_requests()
    header = (
        "# Blind set 827 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).\n"
        "# Generated by make.py; expected results written from each email's meaning\n"
        "# before any run of the reader. Each case is judged alone on a fresh ledger."
    )
    corpuslib.write_set(HERE, "blind827", header, cases)


if __name__ == "__main__":
    main()
