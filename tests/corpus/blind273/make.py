#!/usr/bin/env python3
"""Blind set 273: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Nate), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind273/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
SLUG = "공지-모음-12"
D3_RAW = "https://haru-notes.tistory.com/entry/" + SLUG
D3 = "https://haru-notes.tistory.com/entry/" + quote(SLUG)

N = {
    1: "https://blog.naver.com/moonlit_ledger/223561100401",
    2: "https://blog.naver.com/moonlit_ledger/223561100877",
    3: "https://blog.naver.com/haneul_tradepost/223549870112",
    4: "https://cafe.naver.com/quietmarket7/48211",
    5: "https://cafe.naver.com/quietmarket7/48236",
    6: "https://cafe.naver.com/quietmarket7/48302",
    7: "https://cafe.naver.com/bluefernclub/10934",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471209931",
    9: "https://blog.naver.com/saebyeok_store/223570040918",
    10: "https://blog.naver.com/saebyeok_store/223570041266",
    11: "https://cafe.naver.com/bluefernclub/10977",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38812044&memberNo=51230977",
    13: "https://blog.naver.com/pinecone_deals/223575512030",
    14: "https://cafe.naver.com/quietmarket7/48419",
}
D = {
    1: "https://cafe.daum.net/greenlantern88/Bq7x/3312",
    2: "https://cafe.daum.net/greenlantern88/Bq7x/3340",
    3: D3,
    4: "https://brunch.co.kr/@sunroomwriter/57",
}
DC = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120441",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=551203",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinlab&no=551267",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightowls&no=20415",
    5: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120970",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131820554",
    2: "https://vod.sooplive.co.kr/player/131822019",
    3: "https://ch.sooplive.co.kr/dawnrider77/post/99812034",
}
F = {
    1: "https://www.fmkorea.com/7411052318",
    2: "https://www.fmkorea.com/7411099264",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8871203"}
NT = {
    1: "https://pann.nate.com/talk/372918455",
    2: "https://pann.nate.com/talk/372920117",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, msgid, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_trade", "req-240903-01", "blog/cafe sales of unapproved medicines", list(N.values())),
    ("KCSC-240905-02", "daum", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "defamation", "req-240905-02", "cafe, Tistory and Brunch posts naming a private person", list(D.values())),
    ("KCSC-240906-03", "dcinside", "2024-09-06T09:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "investment_fraud", "req-240906-03", "illegal stock-tip room promotion in galleries", list(DC.values())),
    ("KCSC-240909-04", "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", "req-240909-04", "two VODs and a station post", list(S.values())),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:10:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling_ad", "req-240910-05", "illegal sports betting site adverts", list(F.values())),
    ("KCSC-240911-06", "ppomppu", "2024-09-11T15:45:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "req-240911-06", "phone number and address of a private person", list(P.values())),
    ("KCSC-240912-07", "nate", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", "req-240912-07", "Pann talk posts", list(NT.values())),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"<{mid}@kcsc.example>", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc_subject(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(boundary, text, csv_name, csv_text):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{csv_name}"
Content-Disposition: attachment; filename="{csv_name}"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--{boundary}--
"""


def alternative(boundary, text, html):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html.strip()}

--{boundary}--
"""


def quoted_request_naver():
    lines = [
        "On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:",
        "> Dear NAVER policy team,",
        ">",
        "> Under the Commission's correction request KCSC-240903-01, please remove",
        "> or block the following 14 posts, which advertise the sale of unapproved",
        "> medicines, and tell us the action taken for each by 10 September.",
        ">",
    ]
    for i, u in N.items():
        lines.append(f"> {i}. {u}")
    lines += [">", "> Korea Communications Standards Commission, takedown desk"]
    return "\n".join(lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================= APPLIED
case(
    name="naver-kcsc-result-table-html",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply as an HTML table (번호/URL/조치 결과/비고)",
    why="Trusted NAVER table, one row per URL: 삭제/블라인드/비공개 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 조치 불가(위반 없음) -> rejected",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", date="Mon, 9 Sep 2024 16:12:40 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치 결과 회신 (1차)", reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240903-01</b>에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>블로그 게시물 삭제</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>임시조치</td><td>30일간 접근 제한</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>블라인드</td><td>카페 운영원칙 위반</td></tr>
<tr><td>5</td><td>{N[5]}</td><td>게시물 없음</td><td>작성자가 요청 전 삭제</td></tr>
<tr><td>6</td><td>{N[6]}</td><td>조치 불가</td><td>위반 사항 확인되지 않음</td></tr>
<tr><td>7</td><td>{N[7]}</td><td>비공개 처리</td><td>-</td></tr>
<tr><td>8</td><td>{N[8]}</td><td>삭제</td><td>지식iN 질문 삭제</td></tr>
</table>
<p>나머지 6건은 담당 부서에서 검토 중이며, 결과는 2차 회신으로 안내드리겠습니다.</p>
<p>네이버 정책지원팀 드림<br>
<a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a></p>
</body></html>""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected", N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-cafe-blind-korean-particles",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 운영정책 담당 블라인드/임시조치 notice, URLs followed directly by Korean particles",
    why="Each cafe URL has its own sentence: two 블라인드 (removed), one 30일 임시조치 (restricted); the policy link is not an item",
    frm="cafe_policy@naver.com", name_from="네이버 카페", date="Fri, 6 Sep 2024 11:05:02 +0900",
    subject="Re: [KCSC-240903-01] 불법 의약품 판매 게시물 조치 요청", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 카페 운영정책 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)과 관련하여 카페 게시물 조치 결과를 안내드립니다.

{N[4]} 게시물은 카페 운영원칙 위반으로 블라인드 처리되었습니다.
{N[5]}도 같은 사유로 블라인드 처리하였습니다.
{N[6]}은(는) 정보통신망법에 따른 절차로 30일간 임시조치되었습니다.

블로그 및 지식iN 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.
카페 운영원칙: https://cafe.naver.com/common/rules.html

감사합니다.
네이버 카페 드림""",
    items={N[4]: "removed", N[5]: "removed", N[6]: "restricted"},
)

CSV_N = "no,url,result,detail\n" + "\n".join(
    f"{i},{N[i]},{r},{d}" for i, (r, d) in enumerate([
        ("삭제", "블로그 게시물 삭제"), ("삭제", ""), ("임시조치", "30일"), ("블라인드", "카페"),
        ("게시물 없음", "작성자 자진 삭제"), ("유지", "위반 사항 없음"), ("비공개", "카페 매니저 비공개 처리"),
        ("삭제", "지식iN"), ("삭제", ""), ("삭제", ""), ("임시조치", "30일"),
        ("유지", "보도자료 인용(위반 없음)"), ("접속 차단", "국내 접속 차단"), ("삭제", "")], start=1)
) + "\n"
# URLs with '&' and '=' are quoted, as spreadsheet exports often do.
CSV_N = CSV_N.replace(N[8], '"' + N[8] + '"').replace(N[12], '"' + N[12] + '"')
case(
    name="naver-csv-attachment-all-14",
    outcome="applied", classification="confirmation",
    imitates="Portal compliance desk sending its result sheet as a CSV attachment (no,url,result,detail)",
    why="CSV from a trusted NAVER sender, one row per requested URL with a clear result; 유지(위반 없음) is a refusal with its reason",
    frm="compliance@navercorp.com", name_from="NAVER Compliance", date="Thu, 12 Sep 2024 17:40:11 +0900",
    subject="RE: [KCSC-240903-01] 조치 결과 회신 (최종)", reply_to_req="req-240903-01",
    raw_mime=mixed_with_csv(
        "=_nv_5f2a9c", """안녕하세요.

요청하신 KCSC-240903-01 건 14개 게시물에 대한 최종 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

NAVER Compliance""", "KCSC-240903-01_result.csv", CSV_N),
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "rejected", N[7]: "removed", N[8]: "removed",
           N[9]: "removed", N[10]: "removed", N[11]: "restricted", N[12]: "rejected",
           N[13]: "restricted", N[14]: "removed"},
)

case(
    name="naver-english-top-posted-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Trust & safety staff reply in English, top-posted over the Gmail-quoted request",
    why="Only the unquoted top says something: two saebyeok_store posts removed, the pinecone_deals post blocked in Korea (restricted); the quoted 14-URL list says nothing",
    frm="doyoon.kim@navercorp.com", name_from="Kim Do-yoon (NAVER Trust & Safety)",
    date="Fri, 6 Sep 2024 18:22:51 +0900",
    subject="Re: [KCSC-240903-01] Request to remove 14 posts", reply_to_req="req-240903-01",
    body=f"""Hello,

Following up on KCSC-240903-01: we removed the two posts on the saebyeok_store
blog ({N[9]} and
{N[10]}) this afternoon.

{N[13]} is now blocked for viewers in Korea
following the Commission's decision; it remains reachable from outside Korea.

We are still going through the rest of the list and will write again.

Best regards,
Do-yoon Kim
Trust & Safety, NAVER

{quoted_request_naver()}""",
    items={N[9]: "removed", N[10]: "removed", N[13]: "restricted"},
)

case(
    name="naver-kin-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN help desk: question already deleted by its author, no action needed",
    why="A question its author already deleted is not_found; the URL sits in parentheses followed by Korean",
    frm="kin_help@naver.com", name_from="네이버 지식iN 고객센터", date="Thu, 5 Sep 2024 09:48:30 +0900",
    subject="[지식iN] 게시물 조치 요청에 대한 답변입니다", reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 지식iN 고객센터입니다.

요청하신 지식iN 질문({N[8]})은 확인 결과
작성자가 직접 삭제한 상태로, 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행되지 않았습니다.

기타 문의사항은 고객센터(https://help.naver.com/service/5635/)를 이용해 주세요.
감사합니다.""",
    items={N[8]: "not_found"},
)

case(
    name="naver-post-rejected-with-reason",
    outcome="applied", classification="confirmation",
    imitates="Korean portal refusal: 게시 유지 with its reason, plus one 삭제 완료 line",
    why="The Post entry is kept because no rule is broken (rejected with a reason); the bluefernclub post is 삭제 완료 (removed)",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", date="Wed, 11 Sep 2024 14:02:19 +0900",
    subject="Re: [KCSC-240903-01] 조치 결과 및 일부 게시물 유지 사유 안내", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

1) {N[7]} : 삭제 완료

2) {N[12]}
검토 결과, 해당 포스트는 식약처 보도자료를 인용하여 위험성을 알리는 내용으로,
판매 권유나 구매 링크가 포함되어 있지 않습니다. 운영정책 및 관련 법령 위반 사항이
확인되지 않아 게시를 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.
감사합니다.""",
    items={N[7]: "removed", N[12]: "rejected"},
)

case(
    name="naver-qp-bullet-list",
    outcome="applied", classification="confirmation",
    imitates="Korean blog/cafe result list sent quoted-printable from a corporate mail client",
    why="Quoted-printable bullets, each URL with its result: 게시중단(삭제) and 운영자 삭제 -> removed, 임시조치 -> restricted",
    frm="blog_policy@navercorp.com", name_from="네이버 블로그 운영팀", date="Sat, 7 Sep 2024 10:31:07 +0900",
    subject="[네이버 블로그/카페] KCSC-240903-01 처리 결과", reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 블로그 운영팀입니다.
KCSC-240903-01 건 중 아래 게시물의 처리 결과를 알려드립니다.

- {N[2]} : 게시중단(삭제) 완료
- {N[3]} : 임시조치 (30일간 접근 제한)
- {N[11]} : 카페 운영자 삭제

그 외 게시물은 확인 중입니다.
감사합니다.
''')}
""",
    items={N[2]: "removed", N[3]: "restricted", N[11]: "removed"},
)

case(
    name="naver-ack-plus-deleted",
    outcome="applied", classification="confirmation",
    imitates="Portal receipt (접수번호) that also reports an urgent post already deleted",
    why="An acknowledgement phrase plus an unhedged 삭제 조치하였음 for one named URL is not a pure acknowledgement; the rest is only promised",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", date="Tue, 3 Sep 2024 15:20:44 +0900",
    subject="[접수 완료] KCSC-240903-01 게시물 조치 요청", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 요청이 정상적으로 접수되었습니다. (접수번호: NV-2409-55812)

아울러 긴급 건으로 분류된 아래 카페 게시물은 접수 즉시 삭제 조치하였음을 알려드립니다.
  {N[6]}

나머지 게시물은 검토 후 순차적으로 회신드리겠습니다.
감사합니다.""",
    items={N[6]: "removed"},
)

case(
    name="naver-html-anchor-href",
    outcome="applied", classification="confirmation",
    imitates="Ticket-system HTML mail where each post title links to the post, plain part with <URL> after the title",
    why="Both parts tie each post to 삭제: the plain part gives the URL in angle brackets after the title, the HTML part links the title",
    frm="noreply-report@navercorp.com", name_from="NAVER 신고센터", date="Sun, 8 Sep 2024 20:14:09 +0900",
    subject="[NAVER 신고센터] 요청 KCSC-240903-01 처리 결과 알림", reply_to_req="req-240903-01",
    raw_mime=alternative("=_alt_73be1", f"""[NAVER 신고센터] 처리 결과 알림

요청번호: KCSC-240903-01

[카페] 정품 보장 다이어트약 직구 대행 <{N[14]}>
 - 처리 결과: 삭제

[블로그] 해외 직배송 처방약 후기 모음 <{N[1]}>
 - 처리 결과: 삭제

본 메일은 발신 전용입니다. 문의: https://help.naver.com/inquiry/""", f"""<html><body>
<h3>[NAVER 신고센터] 처리 결과 알림</h3>
<p>요청번호: KCSC-240903-01</p>
<ul>
<li>[카페] <a href="{N[14]}">정품 보장 다이어트약 직구 대행</a><br>처리 결과: <b>삭제</b></li>
<li>[블로그] <a href="{N[1]}">해외 직배송 처방약 후기 모음</a><br>처리 결과: <b>삭제</b></li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. 문의: <a href="https://help.naver.com/inquiry/">고객센터</a></p>
</body></html>"""),
    items={N[14]: "removed", N[1]: "removed"},
)

case(
    name="naver-dsa-style-sor",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, content, ground, territorial scope, redress) in English",
    why="Decision: access disabled for users in the Republic of Korea only -> restricted; the help link is not an item",
    frm="sor-notice@navercorp.com", name_from="NAVER", date="Tue, 10 Sep 2024 08:55:00 +0900",
    subject="Statement of reasons - KCSC-240903-01 / blog content", reply_to_req="req-240903-01",
    body=f"""STATEMENT OF REASONS

Reference:          KCSC-240903-01
Content:            {N[13]}
Decision:           Restriction of visibility. Access to the content has been
                    disabled for users in the Republic of Korea.
Territorial scope:  Republic of Korea
Ground:             Illegal under Korean law (Pharmaceutical Affairs Act), as
                    found by the Korea Communications Standards Commission.
Automated means:    No. The decision was taken by a reviewer.
Redress:            The uploader may appeal through
                    https://help.naver.com/service/appeal

NAVER Corporation""",
    items={N[13]: "restricted"},
)

case(
    name="daum-tistory-raw-korean-slug",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 notice: 게시중단 and 정보통신망법 제44조의2 30일 임시조치",
    why="The Tistory URL is written with its raw Korean slug (matches the percent-encoded request URL): 게시중단 -> removed; the cafe post 임시조치 -> restricted",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터", date="Mon, 9 Sep 2024 13:37:25 +0900",
    subject="[카카오] 게시중단 요청(KCSC-240905-02) 처리 결과 안내", reply_to_req="req-240905-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

티스토리 게시물 {D3_RAW} 은 게시중단 처리되었으며,
다음 카페 게시물 {D[1]} 에 대해서는 정보통신망법 제44조의2에
따라 30일간 임시조치하였습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

카카오 권리침해신고센터 드림""",
    items={D[3]: "removed", D[1]: "restricted"},
)

case(
    name="daum-numbered-list-mixed",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe / Brunch customer-centre result list with the result on the line under each URL",
    why="Numbered list, result on the next line: 삭제 완료 -> removed, 찾을 수 없습니다 -> not_found, 발행 취소 및 비공개 -> removed",
    frm="cafe_cs@daum.net", name_from="Daum 카페 고객센터", date="Tue, 10 Sep 2024 11:02:58 +0900",
    subject="Re: [KCSC-240905-02] 명예훼손 게시물 삭제 요청", reply_to_req="req-240905-02",
    body=f"""안녕하세요, Daum 고객센터입니다.
문의하신 게시물의 처리 결과는 아래와 같습니다.

1. {D[1]}
   → 삭제 완료
2. {D[2]}
   → 해당 게시물을 찾을 수 없습니다 (이미 삭제되었거나 주소가 잘못되었습니다)
3. {D[4]}
   → 발행 취소 및 비공개 처리

감사합니다.""",
    items={D[1]: "removed", D[2]: "not_found", D[4]: "removed"},
)

case(
    name="daum-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff reply over an Outlook '-----Original Message-----' block holding the request",
    why="The reply above the Outlook block removes the 3340 post; the quoted request below lists all four URLs and says nothing",
    frm="seoyeon.lee@kakaocorp.com", name_from="이서연", date="Mon, 9 Sep 2024 17:50:03 +0900",
    subject="RE: [KCSC-240905-02] 명예훼손 게시물 삭제 요청", reply_to_req="req-240905-02",
    body=f"""안녕하세요, 카카오 이서연입니다.

문의하신 건 중 greenlantern88 카페의 3340번 게시물({D[2]})은
9월 9일 오후 삭제 처리되었습니다. 나머지는 담당 부서에서 확인 중입니다.

이서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: right@kakaocorp.com
Subject: [KCSC-240905-02] 명예훼손 게시물 삭제 요청

카카오 권리침해신고센터 담당자님께,

아래 게시물 4건에 대하여 삭제를 요청드립니다 (요청번호 KCSC-240905-02).

{D[1]}
{D[2]}
{D3_RAW}
{D[4]}

방송통신심의위원회""",
    items={D[2]: "removed"},
)

case(
    name="daum-english-disabled-globally",
    outcome="applied", classification="confirmation",
    imitates="Kakao global trust & safety reply in English (disabled for all users / could not locate)",
    why="Percent-encoded Tistory URL disabled for all users -> removed; Brunch link not located -> not_found",
    frm="trust-safety@kakao.com", name_from="Kakao Trust & Safety", date="Wed, 11 Sep 2024 09:12:36 +0900",
    subject="Re: [KCSC-240905-02] Removal request", reply_to_req="req-240905-02",
    body=f"""Dear KCSC team,

Thank you for your request KCSC-240905-02.

- {D3}
  This Tistory post has been disabled for all users.

- {D[4]}
  We could not locate this article. The link returns no page and there is
  no record of it in our system.

Kind regards,
Kakao Trust & Safety""",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="dc-url-then-status-below",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply: bare URL, result on the line below",
    why="Each URL followed by its own result line: 삭제 완료 -> removed, 작성자가 이미 삭제 -> not_found; the mini-gallery post is only promised",
    frm="help@dcinside.com", name_from="디시인사이드 운영팀", date="Mon, 9 Sep 2024 15:08:12 +0900",
    subject="Re: [KCSC-240906-03] 불법 리딩방 홍보 게시물 삭제 요청", reply_to_req="req-240906-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

{DC[1]}
삭제 완료

{DC[2]}
삭제 완료 (작성자 IP 차단 병행)

{DC[3]}
작성자가 이미 삭제한 글입니다

{DC[5]}
삭제 완료

미니 갤러리 게시물은 갤러리 매니저 확인 후 별도로 안내드리겠습니다.
감사합니다.""",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found", DC[5]: "removed"},
)

case(
    name="dc-english-short",
    outcome="applied", classification="confirmation",
    imitates="Short English reply from a community-site support desk",
    why="'was deleted this morning' is an unhedged statement about the named mini-gallery post -> removed",
    frm="support@dcinside.com", name_from="DC Inside Support", date="Wed, 11 Sep 2024 10:44:50 +0900",
    subject="Re: [KCSC-240906-03] Request for removal", reply_to_req="req-240906-03",
    body=f"""Hi,

The post at {DC[4]} was deleted this
morning and the poster has been banned from that mini gallery.

Regards,
DC Inside Support""",
    items={DC[4]: "removed"},
)

case(
    name="dc-html-table-mixed",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's HTML result table (게시물 주소/처리/사유) with a 게시 유지 row",
    why="HTML table rows: two 삭제 (removed) and one 유지 with the reason that it is an opinion breaking no rule (rejected)",
    frm="help@dcinside.com", name_from="디시인사이드 운영팀", date="Thu, 12 Sep 2024 16:27:31 +0900",
    subject="[디시인사이드] KCSC-240906-03 처리 결과", reply_to_req="req-240906-03",
    type="html",
    body=f"""<div style="font-size:12px">
<p>안녕하세요. 디시인사이드 운영팀입니다.<br>요청번호 KCSC-240906-03 처리 결과를 안내드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리</th><th>사유</th></tr></thead>
<tbody>
<tr><td><a href="{DC[2]}">{DC[2]}</a></td><td>삭제</td><td>불법 투자자문 홍보</td></tr>
<tr><td><a href="{DC[4]}">{DC[4]}</a></td><td>유지</td><td>특정 종목에 대한 개인 의견으로 운영원칙 위반 아님</td></tr>
<tr><td><a href="{DC[5]}">{DC[5]}</a></td><td>삭제</td><td>불법 투자자문 홍보</td></tr>
</tbody></table>
<p>감사합니다.</p>
</div>""",
    items={DC[2]: "removed", DC[4]: "rejected", DC[5]: "removed"},
)

case(
    name="dc-echoed-report-fields",
    outcome="applied", classification="confirmation",
    imitates="Helpdesk answer that echoes the submitted report form, then gives results by the form's labels",
    why="The results refer to '신고 URL 1/2' of the echoed form: URL 1 삭제 -> removed, URL 2 게시물 없음(자진 삭제) -> not_found",
    frm="report@dcinside.com", name_from="디시인사이드 신고센터", date="Tue, 10 Sep 2024 12:03:40 +0900",
    subject="[신고센터] 신고 처리 결과 안내 (KCSC-240906-03)", reply_to_req="req-240906-03",
    body=f"""[신고 접수 내용]
신고 기관 : 방송통신심의위원회
요청 번호 : KCSC-240906-03
신고 URL 1 : {DC[1]}
신고 URL 2 : {DC[3]}
신고 사유 : 미등록 투자자문(리딩방) 홍보

[처리 결과]
신고 URL 1 : 삭제
신고 URL 2 : 게시물 없음 (작성자 자진 삭제)

디시인사이드 신고센터""",
    items={DC[1]: "removed", DC[3]: "not_found"},
)

case(
    name="soop-bilingual-vod-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 운영팀 bilingual result notice with ■ bullets",
    why="Two VODs deleted (removed); the station post gets a 19+ viewing restriction (age-restricted -> restricted)",
    frm="cs@sooplive.co.kr", name_from="SOOP 운영팀", date="Wed, 11 Sep 2024 19:30:14 +0900",
    subject="[SOOP] 신고 처리 결과 안내 / Result of your report (KCSC-240909-04)", reply_to_req="req-240909-04",
    body=f"""안녕하세요, SOOP 운영팀입니다. / Hello, this is the SOOP operations team.

[처리 결과 안내 / Result]
■ {S[1]} — VOD 삭제 / VOD deleted
■ {S[2]} — VOD 삭제 / VOD deleted
■ {S[3]} — 19세 이상 시청 제한 적용 / age-restricted (19+)

운영정책 / Policy: https://www.sooplive.co.kr/policy/operation
감사합니다. / Thank you.""",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="Streaming-platform sanction notice sent as a base64 UTF-8 body",
    why="Base64 Korean prose: the named VOD 삭제되었으며 -> removed (the BJ's 7-day suspension is extra)",
    frm="cs@sooplive.co.kr", name_from="SOOP 고객센터", date="Tue, 10 Sep 2024 11:18:27 +0900",
    subject=enc_subject("[SOOP] 신고 처리 결과") + " (KCSC-240909-04)", reply_to_req="req-240909-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. SOOP 고객센터입니다.

신고하신 VOD({S[1]})는 운영정책 위반으로 확인되어 삭제되었으며,
해당 BJ에게는 방송 정지 7일 조치가 함께 적용되었습니다.

감사합니다.
''')}
""",
    items={S[1]: "removed"},
)

CSV_S = (
    "url,action,reason\n"
    f"{S[1]},deleted,sexual content\n"
    f"{S[2]},deleted,sexual content\n"
    f"{S[3]},no action,no violation found - text post about a broadcast schedule\n"
)
case(
    name="soop-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Moderation export attached as CSV (url,action,reason) with an English cover note",
    why="CSV rows: two deleted (removed), one 'no action, no violation found' (rejected)",
    frm="safety@sooplive.co.kr", name_from="SOOP Safety", date="Fri, 13 Sep 2024 14:55:09 +0900",
    subject="RE: [KCSC-240909-04] review result", reply_to_req="req-240909-04",
    raw_mime=mixed_with_csv("----soop_b7d1", """Hello,

Please find attached the review result for KCSC-240909-04.

SOOP Safety Team""", "kcsc_240909_04.csv", CSV_S),
    items={S[1]: "removed", S[2]: "removed", S[3]: "rejected"},
)

case(
    name="fmkorea-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Community admin reply with URLs in angle brackets, one deleted and one refused with reason",
    why="First URL 삭제했습니다 -> removed; second '삭제하지 않았습니다' because it breaks no rule -> rejected",
    frm="admin@fmkorea.com", name_from="에펨코리아 운영진", date="Thu, 12 Sep 2024 22:10:45 +0900",
    subject="Re: [KCSC-240910-05] 불법 도박 사이트 홍보 게시물", reply_to_req="req-240910-05",
    body=f"""요청 주신 두 건 확인했습니다.

<{F[1]}> 게시글은 삭제했습니다.
<{F[2]}> 게시글은 검토 결과 규정 위반이 아니라고 판단하여
삭제하지 않았습니다. 해당 글은 도박 중독 관련 기사 링크와 개인 의견만
담고 있으며 사이트 홍보 문구는 없습니다.

에펨코리아 운영진 드림""",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="ppomppu-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="Short Korean operator reply answering a one-item request without repeating the URL",
    why="Reply to the one-item request KCSC-240911-06: '요청하신 ... 게시물은 삭제 조치하였습니다' applies to its only item",
    frm="help@ppomppu.co.kr", name_from="뽐뿌 운영팀", date="Fri, 13 Sep 2024 10:05:22 +0900",
    subject="RE: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청", reply_to_req="req-240911-06",
    body="""안녕하세요. 뽐뿌 운영팀입니다.

요청하신 자유게시판 게시물은 확인 후 삭제 조치하였습니다.
작성자에게는 개인정보 노출로 인한 이용 제한(7일)이 적용되었습니다.

감사합니다.""",
    items={P[1]: "removed"},
)

case(
    name="nate-fullwidth-punct",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 운영팀 notice with full-width brackets and colon around the URLs",
    why="URL in full-width parentheses 삭제 처리 -> removed; URL followed by a full-width colon 임시조치(30일간 접근 제한) -> restricted",
    frm="pann_help@nate.com", name_from="네이트 판 운영팀", date="Mon, 16 Sep 2024 09:40:18 +0900",
    subject="[네이트 판] 게시물 조치 결과 안내 (KCSC-240912-07)", reply_to_req="req-240912-07",
    body=f"""안녕하세요. 네이트 판 운영팀입니다.

요청하신 톡 게시물（{NT[1]}）은 명예훼손 사유로 삭제 처리되었습니다.

{NT[2]}：임시조치（30일간 접근 제한）

감사합니다.""",
    items={NT[1]: "removed", NT[2]: "restricted"},
)

case(
    name="nate-age-verification",
    outcome="applied", classification="confirmation",
    imitates="Portal notice that a post was marked 청소년 유해 and put behind adult verification",
    why="Shown only to verified adults (청소년 유해 표시 및 성인 인증) is an age restriction -> restricted",
    frm="pann_help@nate.com", name_from="Nate Pann", date="Fri, 13 Sep 2024 18:01:55 +0900",
    subject="Re: [KCSC-240912-07] Pann posts", reply_to_req="req-240912-07",
    body=f"""Hello,

{NT[2]} has been marked as harmful to minors. It is now shown
only to logged-in adults after age verification (청소년 유해 표시 및 성인 인증 적용).

Regards,
Nate Pann Operations (SK Communications)""",
    items={NT[2]: "restricted"},
)

# ======================================================= REVIEW
case(
    name="naver-promise-will-delete",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply: 금주 중 삭제될 예정",
    why="'삭제될 예정입니다' is a promise, not a statement; the two named posts stay pending",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", date="Wed, 4 Sep 2024 16:44:03 +0900",
    subject="Re: [KCSC-240903-01] 불법 의약품 판매 게시물 조치 요청", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N[1]},
{N[2]} 두 게시물은 내부 검토를 거쳐
금주 중 삭제될 예정입니다. 처리가 완료되면 다시 안내드리겠습니다.

감사합니다.""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="daum-hedge-appears",
    outcome="review", review="not_understood",
    imitates="Kakao English interim reply: 'it appears the author may have removed the post'",
    why="'appears ... may have removed' is a hedge and the check is still going on: not a statement, item stays pending",
    frm="trust-safety@kakao.com", name_from="Kakao Trust & Safety", date="Fri, 6 Sep 2024 15:25:41 +0900",
    subject="Re: [KCSC-240905-02] Removal request", reply_to_req="req-240905-02",
    body=f"""Dear KCSC team,

We checked {D[2]}. It appears the author may have
removed the post himself; we are confirming this with the cafe manager and
will let you know.

Kind regards,
Kakao Trust & Safety""",
    items={D[2]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="Korean operator one-liner: 요청하신 게시물 5건 모두 삭제 처리 완료",
    why="One statement for the whole five-item request without naming each post: bulk, items stay pending",
    frm="help@dcinside.com", name_from="디시인사이드 운영팀", date="Fri, 13 Sep 2024 11:30:00 +0900",
    subject="Re: [KCSC-240906-03] 불법 리딩방 홍보 게시물 삭제 요청", reply_to_req="req-240906-03",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

KCSC-240906-03 건으로 요청하신 게시물 5건 모두 삭제 처리 완료했습니다.

감사합니다.""",
    items={DC[1]: "pending", DC[2]: "pending", DC[3]: "pending", DC[4]: "pending", DC[5]: "pending"},
)

case(
    name="daum-bulk-english",
    outcome="review", review="bulk",
    imitates="English bulk reply: 'all four links ... have been temporarily blocked (임시조치)'",
    why="A statement about all four links of the request without naming each: bulk, items stay pending",
    frm="right@kakaocorp.com", name_from="Kakao Rights Protection Center", date="Thu, 12 Sep 2024 10:20:33 +0900",
    subject="Re: [KCSC-240905-02] Removal request", reply_to_req="req-240905-02",
    body="""Dear KCSC,

All four links listed in your request KCSC-240905-02 have been temporarily
blocked (임시조치) for 30 days under Article 44-2 of the Network Act.

Kakao Rights Protection Center""",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="naver-untrusted-dkim-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="NAVER-looking result mail whose DKIM/DMARC fail (relayed through a forwarding service)",
    why="From a NAVER domain but authentication fails: its 삭제 statements cannot change the ledger",
    frm="policy@navercorp.com", name_from="NAVER 정책지원팀", date="Thu, 5 Sep 2024 13:13:13 +0900",
    subject="Re: [KCSC-240903-01] 조치 결과", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N[1]} - 삭제
{N[2]} - 삭제
{N[9]} - 삭제

감사합니다.""",
    items={N[1]: "pending", N[2]: "pending", N[9]: "pending"},
)

case(
    name="gmail-author-claims-deleted",
    outcome="review", review="unknown_sender",
    imitates="Angry poster writing from a personal mailbox that he deleted the post himself",
    why="Not from any platform's domain; a poster's own word is not the platform's statement",
    frm="stockman.lee82@gmail.com", name_from="ㅇㅇ", date="Sat, 14 Sep 2024 01:12:48 +0900",
    subject="방심위 삭제요청 관련",
    body=f"""방심위에서 제 글 삭제요청 했다고 디시에서 연락 왔는데요
{DC[5]} 이거 제가 직접 지웠습니다.
리딩방 홍보 아니고 그냥 수익 인증한 거였어요. 더 이상 연락 안 주셨으면 합니다.""",
    items={DC[5]: "pending"},
)

case(
    name="soop-lookalike-domain",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor writing on SOOP's behalf from its own domain",
    why="soop-safety.net is not a SOOP sender domain, even with its own DKIM passing",
    frm="noreply@soop-safety.net", name_from="SOOP Trust & Safety", date="Thu, 12 Sep 2024 07:45:00 +0900",
    subject="Your request KCSC-240909-04", reply_to_req="req-240909-04",
    body=f"""Hello,

Regarding your request KCSC-240909-04: the VOD {S[2]}
has been removed from the platform.

This message was sent by the moderation partner of SOOP Co., Ltd.""",
    items={S[2]: "pending"},
)

case(
    name="kakao-about-naver-url",
    outcome="review", review="wrong_platform",
    imitates="Portal reply that a listed URL is not on its service and should go to the other portal",
    why="Kakao speaks about a NAVER blog post (not found on its service); Kakao cannot state NAVER items' status",
    frm="right@kakaocorp.com", name_from="카카오 권리침해신고센터", date="Fri, 6 Sep 2024 10:02:10 +0900",
    subject="Re: [KCSC-240905-02] 게시물 삭제 요청 관련 문의", reply_to_req="req-240905-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청서에 포함된 {N[3]} 는 카카오(다음) 서비스의
게시물이 아니어서 당사 시스템에서 확인되지 않습니다.
해당 게시물은 네이버로 요청해 주시기 바랍니다.

카카오 권리침해신고센터 드림""",
    items={N[3]: "pending"},
)

case(
    name="naver-under-review-conditional",
    outcome="review", review="not_understood",
    imitates="English legal-team interim reply: under review, will restrict if confirmed",
    why="'under review' plus a condition ('If ... confirmed, access ... will be restricted') is no statement; item stays pending",
    frm="legal-kr@navercorp.com", name_from="NAVER Legal", date="Mon, 9 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240903-01] Request to remove 14 posts", reply_to_req="req-240903-01",
    body=f"""Dear Sir or Madam,

Regarding {N[13]}: the case is under review by our
legal team. If the Commission's decision is confirmed, access from Korea will be
restricted.

NAVER Legal""",
    items={N[13]: "pending"},
)

case(
    name="ppomppu-asks-for-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community site asking for the 심의 의결서 or an official letter before acting",
    why="The operator asks for documents before processing; nothing has been done to the item",
    frm="help@ppomppu.co.kr", name_from="뽐뿌 운영팀", date="Thu, 12 Sep 2024 14:21:37 +0900",
    subject="RE: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청", reply_to_req="req-240911-06",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

요청하신 게시물({P[1]}) 관련하여,
조치를 위해 심의 의결서 사본 또는 기관 공문을 회신해 주시기 바랍니다.
서류 확인 후 신속히 처리하겠습니다.

감사합니다.""",
    items={P[1]: "pending"},
)

case(
    name="naver-transparency-newsletter",
    outcome="review", review="no_claims",
    imitates="Portal newsletter announcing its half-year transparency report",
    why="Trusted NAVER mail naming no requested item and no request; its links are NAVER's own report pages",
    frm="noreply@navercorp.com", name_from="NAVER", date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 2024년 상반기 투명성 보고서 발간 안내",
    body="""안녕하세요, 네이버입니다.

2024년 상반기 네이버 투명성 보고서가 발간되었습니다.
게시중단 요청 처리 건수, 임시조치 현황, 수사기관 요청 처리 현황 등을 확인하실 수 있습니다.

보고서 보기: https://www.navercorp.com/company/transparency/2024h1
이전 보고서: https://www.navercorp.com/company/transparency

본 메일은 발신 전용입니다.""",
    items={},
)

case(
    name="soop-may-have-been",
    outcome="review", review="not_understood",
    imitates="Korean operator interim reply: BJ가 이미 삭제했을 수도 있습니다",
    why="'삭제했을 수도 있습니다' is a hedge, not a statement; the VOD stays pending",
    frm="cs@sooplive.co.kr", name_from="SOOP 고객센터", date="Tue, 10 Sep 2024 17:06:44 +0900",
    subject="Re: [KCSC-240909-04] VOD 삭제 요청", reply_to_req="req-240909-04",
    body=f"""안녕하세요. SOOP 고객센터입니다.

{S[2]} VOD는 BJ가 이미 삭제했을 수도 있습니다.
시스템상 확인되는 대로 다시 안내드리겠습니다.

감사합니다.""",
    items={S[2]: "pending"},
)

# ======================================================= IGNORED
case(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="Auto-reply (Auto-Submitted: auto-replied), says nothing about items",
    frm="jihoon.park@navercorp.com", name_from="박지훈", date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동응답] 부재중 안내: RE: [KCSC-240903-01] 조치 결과 확인 요청",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 박지훈입니다.
9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.
감사합니다.""",
    items={},
)

case(
    name="dcinside-dsn-bounce",
    outcome="ignored", classification="bounce",
    auth="none",
    imitates="Postfix delivery status notification (5.1.1 user unknown) with the original headers",
    why="A DSN about our own request mail: bounce, ignored",
    frm="MAILER-DAEMON@mx1.dcinside.com", name_from="Mail Delivery System", date="Fri, 6 Sep 2024 09:20:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="9B1C2A0F31.1725582041/mx1.dcinside.com"
Auto-Submitted: auto-replied

This is a MIME-encapsulated message.

--9B1C2A0F31.1725582041/mx1.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: unknown user: "report"

--9B1C2A0F31.1725582041/mx1.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 09:20:40 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "report"

--9B1C2A0F31.1725582041/mx1.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240906-03] """ + enc_subject("불법 리딩방 홍보 게시물 삭제 요청") + """
Date: Fri, 6 Sep 2024 09:20:00 +0900
Message-ID: <req-240906-03@kcsc.example>

--9B1C2A0F31.1725582041/mx1.dcinside.com--
""",
    items={},
)

case(
    name="soop-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) from a desk mailbox",
    why="MDN (disposition-notification): read receipt, ignored",
    frm="cs@sooplive.co.kr", name_from="SOOP 고객센터", date="Mon, 9 Sep 2024 14:31:02 +0900",
    subject="읽음: [KCSC-240909-04] VOD 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4c8e1f"

--mdn_4c8e1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [KCSC-240909-04] VOD 삭제 요청
읽은 시각: 2024-09-09 14:31 (KST)

--mdn_4c8e1f
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; WebMail 7.2
Final-Recipient: rfc822; cs@sooplive.co.kr
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4c8e1f--
""",
    items={},
)

case(
    name="daum-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre 문의 접수 receipt with a ticket number",
    why="Pure acknowledgement: inquiry received, ticket number, answer in 3-5 working days; no statement",
    frm="noreply@kakaocorp.com", name_from="카카오 고객센터", date="Thu, 5 Sep 2024 11:31:09 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240905-02)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409051131009
접수일시: 2024-09-05 11:31

영업일 기준 3~5일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    items={},
)

case(
    name="nate-ack-english",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk auto-acknowledgement with ticket number (English)",
    why="'Your report has been received (Ticket #...)' with nothing about any item: acknowledgement",
    frm="support@skcomms.co.kr", name_from="Nate Support", date="Thu, 12 Sep 2024 09:01:15 +0900",
    subject="[Ticket #PANN-240912-0072] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting Nate Pann Support.

Your report has been received and a ticket has been created:
Ticket #PANN-240912-0072

A member of our team will get back to you. Please keep the ticket number in
the subject line if you reply.

Nate Support""",
    items={},
)

case(
    name="ppomppu-ooo-english",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, bilingual",
    why="Out-of-office auto-reply; says nothing about the item",
    frm="mod.kim@ppomppu.co.kr", name_from="김민수", date="Wed, 11 Sep 2024 15:46:10 +0900",
    subject="Automatic reply: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청",
    reply_to_req="req-240911-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 19 September with limited access to email.
For urgent matters please write to help@ppomppu.co.kr.

9월 19일까지 부재중입니다. 급한 건은 help@ppomppu.co.kr 로 보내주세요.""",
    items={},
)


HEADER = """# Blind set 273 (Korean portals and community sites, mixed Korean/English,
# with doubtful and ignorable mail). Written from each email's meaning alone,
# before the reader was run. Generated by make.py; do not edit by hand.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = enc_subject(name)
    corpuslib.write_set(HERE, "blind273", HEADER, CASES)


if __name__ == "__main__":
    main()
