#!/usr/bin/env python3
"""Blind set 591: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien; Inven and Ppomppu as bystanders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind591/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "nate.com": "Nate",
    "fmkorea.com": "FM Korea",
    "clien.net": "Clien",
    "inven.co.kr": "Inven",
    "ppomppu.co.kr": "Ppomppu",
})

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R_NAVER = "KCSC-240903-01"
R_DAUM = "KCSC-240904-02"
R_DC = "KCSC-240905-03"
R_SOOP = "KCSC-240906-04"
R_NATE = "KCSC-240909-05"
R_FMK = "KCSC-240910-06"
R_CLIEN = "KCSC-240911-07"

N = [
    "https://blog.naver.com/moonlit_fern22/223561040117",
    "https://blog.naver.com/moonlit_fern22/223561044982",
    "https://blog.naver.com/greyotter_lab/223559871203",
    "https://cafe.naver.com/quietriverstock/88214",
    "https://cafe.naver.com/quietriverstock/88230",
    "https://cafe.naver.com/bluepinehobby/412907",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40102&docId=471230958",
    "https://m.blog.naver.com/sandcastle_0912/223560117745",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120477&memberNo=51230984",
    "https://blog.naver.com/PostView.naver?blogId=harbor_owl&logNo=223562208841",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=30211457&articleid=5120",
    "https://tv.naver.com/v/58712309",
]
TISTORY_SLUG = "무료-증정-이벤트"
D = [
    "https://cafe.daum.net/silverbirch77/Q1aZ/1532",
    "https://cafe.daum.net/silverbirch77/Q1aZ/1547",
    "https://tiny-lantern.tistory.com/entry/%EB%AC%B4%EB%A3%8C-%EC%A6%9D%EC%A0%95-%EC%9D%B4%EB%B2%A4%ED%8A%B8",
    "https://nightmarket-07.tistory.com/214",
]
D3_RAW = "https://tiny-lantern.tistory.com/entry/" + TISTORY_SLUG
G = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9023144",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=771203",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=771288",
    "https://gall.dcinside.com/mini/board/view/?id=lowtide&no=3310",
    "https://gall.dcinside.com/board/view/?id=hit&no=218830",
]
S = [
    "https://vod.sooplive.co.kr/player/131877420",
    "https://vod.sooplive.co.kr/player/131880915",
    "https://ch.sooplive.co.kr/reedsparrow/post/98123345",
]
NT = ["https://pann.nate.com/talk/372810455"]
F = [
    "https://www.fmkorea.com/7421093381",
    "https://www.fmkorea.com/7421108842",
    "https://www.fmkorea.com/index.php?mid=stock&document_srl=7421110057",
]
C = [
    "https://www.clien.net/service/board/park/18700321",
    "https://www.clien.net/service/board/jirum/18700544",
]

REQUESTS = [
    (R_NAVER, "naver", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", N,
     "illegal_finance", 'blog, cafe, 지식iN, Post and TV items; "리딩방" 유료 회원 모집'),
    (R_DAUM, "daum", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00", D,
     "gambling", "Daum cafe posts and Tistory entries, one with a Korean path"),
    (R_DC, "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", G,
     "illegal_finance", "galleries: stock, coin (minor), lowtide (mini), hit"),
    (R_SOOP, "soop", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00", S,
     "obscenity", "two VODs and a station post"),
    (R_NATE, "nate", "2024-09-09T16:10:00+09:00", "2024-09-16T23:59:59+09:00", NT,
     "privacy", "Pann talk post, personal data"),
    (R_FMK, "fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-19T23:59:59+09:00", F,
     "illegal_finance", "deadline extended over Chuseok, 9/14-9/18"),
    (R_CLIEN, "clien", "2024-09-11T15:20:00+09:00", "2024-09-20T23:59:59+09:00", C,
     "drugs", "모두의공원 and 알뜰구매 posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"req.{ref}@kcsc.example", note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def alt(plain, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(plain)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html)}
--{boundary}--
"""


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


NAVER_REQ_BODY = ["아래 URL 12건에 대하여 정보통신망법 제44조의7에 따른 시정요구(삭제)를 요청합니다.", ""] + [
    f"{i + 1}. {u}" for i, u in enumerate(N)] + ["", "방송통신심의위원회 통신심의국"]

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


# ===================== NAVER (KCSC-240903-01, 12 items) ===================
rows = [
    (N[0], "블로그", "삭제", ""),
    (N[1], "블로그", "삭제", ""),
    (N[2], "블로그", "게시중단", "운영정책 위반"),
    (N[3], "카페", "블라인드", "카페 운영진 통보"),
    (N[4], "카페", "임시조치(30일)", "권리침해 여부 판단 불가"),
    (N[5], "카페", "삭제", ""),
    (N[6], "지식iN", "게시물 없음", "작성자 본인이 조치 전 삭제"),
    (N[7], "블로그(모바일)", "삭제", ""),
    (N[8], "포스트", "비공개 처리", "포스트 전체 비공개"),
    (N[9], "블로그", "조치하지 않음", "관련 법령 및 운영원칙 위반 사항 확인되지 않음"),
    (N[10], "카페", "접근 제한", "성인 인증 회원만 열람 가능"),
    (N[11], "네이버TV", "삭제", ""),
]
tr = "\n".join(
    f'<tr><td>{i + 1}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{svc}</td><td>{res}</td><td>{note}</td></tr>"
    for i, (u, svc, res, note) in enumerate(rows))
html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif">
<p>방송통신심의위원회 통신심의국 담당자님께</p>
<p>귀 위원회의 시정요구(문서번호 {R_NAVER}, 2024. 9. 3.)에 대한 네이버㈜의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>URL</th><th>서비스</th><th>조치 결과</th><th>비고</th></tr>
{tr}
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service.html">네이버 운영정책</a>을 참고하시기 바랍니다.</p>
<p>네이버㈜ 정책지원팀 드림<br>※ 본 메일은 발신 전용이 아닙니다. 문의는 회신으로 보내 주세요.</p>
</body></html>"""
case(name="naver-result-table-html-all12", date="Fri, 06 Sep 2024 17:42:05 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject=f"[네이버] 시정요구({R_NAVER}) 조치결과 회신", reply_to_req=f"req.{R_NAVER}",
     raw_mime=alt("본 메일은 HTML 형식으로 작성되었습니다. 조치 결과 표는 HTML 보기에서 확인해 주세요.\n\n네이버㈜ 정책지원팀", html, "nv-tbl-6a1f"),
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 회신 table (HTML, plain part only a pointer)",
     why="trusted NAVER table states a result for every item: 8 removed, 2 restricted, 1 not found, 1 rejected",
     items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
            N[5]: "removed", N[6]: "not_found", N[7]: "removed", N[8]: "removed", N[9]: "rejected",
            N[10]: "restricted", N[11]: "removed"})

case(name="naver-numbered-partial-four", date="Wed, 04 Sep 2024 15:08:33 +0900",
     **{"from": "help@help.naver.com"}, name_from="네이버 고객센터",
     subject=f"RE: [{R_NAVER}] 불법 금융정보 게시물 시정요구", reply_to_req=f"req.{R_NAVER}",
     body=f"""
안녕하세요, 네이버 고객센터입니다.

요청번호 {R_NAVER} 건과 관련하여 먼저 처리가 끝난 4건의 결과를 안내드립니다.

1. {N[0]} - 게시중단 완료
2. {N[1]} - 게시중단 완료
3. {N[5]} - 조치 전에 이미 작성자가 삭제하여 존재하지 않는 게시물입니다
4. {N[11]} - 청소년 유해 영상으로 판단되어 19세 이상 연령 제한 적용

나머지 8건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER customer-centre partial result, numbered list with dash-separated results",
     why="four items named with results (2 removed, 1 author-deleted, 1 age-restricted); the other 8 only promised",
     items={N[0]: "removed", N[1]: "removed", N[5]: "not_found", N[11]: "restricted", N[2]: "pending"})

case(name="naver-english-prose-three", date="Thu, 05 Sep 2024 09:21:47 +0900",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject=f"Re: Removal request {R_NAVER}", reply_to_req=f"req.{R_NAVER}",
     body=f"""
Dear KCSC team,

Thank you for your request {R_NAVER}. We have now reviewed three of the
listed items.

The blog post at {N[2]} was removed for breaching our operating policy on
illegal investment solicitation. The Knowledge iN question
{N[6]} could not be found: the link does not resolve to any document on our
side, and our logs show no record of it. Finally, the Post article
({N[8]}) has been taken down.

We will write again about the remaining items.

Kind regards,
Trust & Safety, NAVER Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety prose reply from a Korean portal",
     why="three named items: removed, not found, removed (URL in parentheses)",
     items={N[2]: "removed", N[6]: "not_found", N[8]: "removed"})

case(name="naver-outlook-top-posted-blind", date="Wed, 04 Sep 2024 10:55:12 +0900",
     **{"from": "minseo.park@navercorp.com"}, name_from="박민서",
     subject=f"RE: [{R_NAVER}] 시정요구", reply_to_req=f"req.{R_NAVER}",
     body=f"""
안녕하세요, 네이버 카페 운영팀 박민서입니다.

요청하신 게시물 중 아래 2건은 블라인드 처리하였습니다.

{N[3]}
{N[4]}

나머지 게시물은 각 서비스 담당자가 확인 중이며 결과가 나오면 회신드리겠습니다.

박민서 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: policy@navercorp.com
Subject: [{R_NAVER}] 시정요구

""" + "\n".join(NAVER_REQ_BODY),
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over the regulator's unprefixed original request",
     why="two cafe posts blinded above the quote; the 12 URLs below -----Original Message----- are our own request",
     items={N[3]: "removed", N[4]: "removed", N[0]: "pending", N[9]: "pending", N[11]: "pending"})

csv_text = "\ufeff번호,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{N[2]},게시중단,2024-09-05 13:10",
    f"2,{N[5]},삭제,2024-09-05 13:12",
    f"3,{N[7]},삭제,2024-09-05 13:15",
    f'4,"{N[9]}",조치 안 함(위반 사항 없음),2024-09-05 13:20',
    f"5,{N[11]},게시물 없음(존재하지 않는 영상),2024-09-05 13:22",
]) + "\n"
case(name="naver-csv-attachment-five", date="Thu, 05 Sep 2024 14:02:19 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject=f"[{R_NAVER}] 조치 결과 송부 (첨부)", reply_to_req=f"req.{R_NAVER}",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-csv-20240905"

--nv-csv-20240905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

{R_NAVER} 시정요구 건 중 5건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
파일이 열리지 않으면 회신 주시기 바랍니다.

네이버㈜ 정책지원팀
--nv-csv-20240905
Content-Type: text/csv; charset=utf-8; name="result_{R_NAVER}.csv"
Content-Disposition: attachment; filename="result_{R_NAVER}.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-csv-20240905--
""",
     outcome="applied", classification="confirmation",
     imitates="portal result sheet sent as a CSV attachment (UTF-8 with BOM, Korean headers)",
     why="CSV attachment from NAVER names five items: 3 removed, 1 rejected, 1 not found",
     items={N[2]: "removed", N[5]: "removed", N[7]: "removed", N[9]: "rejected", N[11]: "not_found"})

case(name="naver-cafe-url-then-status", date="Thu, 05 Sep 2024 18:30:00 +0900",
     **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책",
     subject=f"Re: [{R_NAVER}] 카페 게시물 처리 결과", reply_to_req=f"req.{R_NAVER}",
     body=f"""
네이버 카페 운영정책 담당입니다.
요청 건 {R_NAVER} 중 카페 게시물의 처리 결과를 알려드립니다.

{N[3]}
→ 운영원칙 위반(불법 금융정보)으로 게시중단

{N[4]}
→ 작성자가 먼저 삭제하여 확인되지 않음

{N[10]}
→ 삭제

카페 운영정책: https://section.cafe.naver.com/ca-fe/home/policy
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe policy desk reply: bare URL line, result on the next line after an arrow",
     why="each URL followed by its own result line: removed, not found (author deleted), removed; policy link is no item",
     items={N[3]: "removed", N[4]: "not_found", N[10]: "removed"})

qp_body = f"""안녕하세요. 네이버 블로그 권리보호 담당자입니다.

{R_NAVER} 요청 건에 대해 검토한 결과를 안내드립니다.

{N[0]}
위 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.

{N[2]}
위 게시물은 내용 검토 결과 관련 법령 및 운영정책 위반에 해당하지 않아 게시를 유지합니다.

감사합니다.
"""
case(name="naver-qp-imsijochi-and-kept", date="Fri, 06 Sep 2024 11:17:40 +0900",
     **{"from": "blogright@naver.com"}, name_from="네이버 블로그",
     subject=f"[네이버 블로그] {R_NAVER} 검토 결과 안내", reply_to_req=f"req.{R_NAVER}",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 임시조치 notice (정보통신망법 44조의2), quoted-printable Korean",
     why="임시조치 (30-day access block) is restricted; second post kept as not violating is rejected",
     items={N[0]: "restricted", N[2]: "rejected"})

case(name="naver-receipt-plus-kin-deleted", date="Wed, 04 Sep 2024 08:44:02 +0900",
     **{"from": "noreply_report@naver.com"}, name_from="네이버 신고센터",
     subject=f"[네이버 신고센터] 신고 처리 결과 안내 ({R_NAVER})",
     body=f"""
신고해 주셔서 감사합니다. (접수번호 NV-2409-558812)

신고하신 지식iN 게시물
{N[6]}
은 불법 금융정보로 확인되어 삭제 처리되었습니다.

깨끗한 네이버를 위해 노력하겠습니다.
네이버 신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER report centre result notice opening with a receipt number",
     why="thanks-for-reporting opening, but an unhedged deletion of a named item follows: not a mere acknowledgement",
     items={N[6]: "removed"})

case(name="naver-gmail-quoted-three-blog", date="Wed, 04 Sep 2024 13:29:51 +0900",
     **{"from": "blog_ops@naver.com"}, name_from="네이버 블로그 운영팀",
     subject=f"Re: [{R_NAVER}] 시정요구", reply_to_req=f"req.{R_NAVER}",
     body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.
말씀하신 블로그 글 중 세 건의 처리 결과를 공유드립니다.

- {N[0]} : 삭제
- {N[1]} : 삭제
- {N[7]} : 블로그 전체 비공개 처리

2024년 9월 3일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quoted(NAVER_REQ_BODY),
     outcome="applied", classification="confirmation",
     imitates="Gmail-style Korean reply (…님이 작성:) over the '>'-quoted request",
     why="three named blog items removed/made private; the quoted 12 URLs are not statements",
     items={N[0]: "removed", N[1]: "removed", N[7]: "removed", N[4]: "pending", N[10]: "pending"})

b64_body = f"""Hello,

Following the Korean legal order referenced in {R_NAVER}, the two cafe
posts below are now withheld in Korea (국내 접속 제한). They stay visible to
members connecting from outside Korea.

- {N[5]}
- {N[10]}

NAVER Cafe Global Support
"""
case(name="naver-base64-withheld-korea", date="Fri, 06 Sep 2024 20:03:15 +0900",
     **{"from": "cafe-global@navercorp.com"}, name_from="NAVER Cafe Global Support",
     subject=f"Re: {R_NAVER} cafe posts", reply_to_req=f"req.{R_NAVER}",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(b64_body)}
""",
     outcome="applied", classification="confirmation",
     imitates="English country-withheld notice, base64 body",
     why="both named cafe posts withheld in Korea only: restricted",
     items={N[5]: "restricted", N[10]: "restricted"})

case(name="naver-echoed-report-form", date="Thu, 05 Sep 2024 16:25:09 +0900",
     **{"from": "noreply_report@naver.com"}, name_from="네이버 신고센터",
     subject="[네이버 신고센터] 신고하신 게시물의 처리 결과를 알려드립니다",
     body=f"""
[네이버 신고센터] 처리 결과 안내

■ 신고 접수일 : 2024.09.03
■ 신고 유형 : 불법정보 > 불법 금융
■ 관련 요청 : {R_NAVER}
■ 신고 URL : {N[9]}
■ 처리 결과 : 게시중단
■ 처리 일시 : 2024.09.05 16:20

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/)로 문의해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER report centre result form echoing the report fields",
     why="echoed form: the reported URL with 처리 결과 게시중단 (removed); help link is no item",
     items={N[9]: "removed"})

# review ---------------------------------------------------------------
case(name="naver-promise-review-pending", date="Wed, 04 Sep 2024 17:11:26 +0900",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject=f"RE: [{R_NAVER}] 시정요구 진행 상황", reply_to_req=f"req.{R_NAVER}",
     body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 블로그 게시물 {N[0]} 과
{N[2]} 은
담당 부서 검토 후 조치될 예정입니다.

검토에는 영업일 기준 2~3일이 소요될 수 있으며, 결과는 메일로 회신드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="portal progress note: items to be actioned after review",
     why="only a promise ('조치될 예정') about named items: no status",
     items={N[0]: "pending", N[2]: "pending"})

case(name="naver-bulk-all-actioned", date="Mon, 09 Sep 2024 10:02:44 +0900",
     **{"from": "trustsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
     subject=f"Re: Removal request {R_NAVER} - closed", reply_to_req=f"req.{R_NAVER}",
     body=f"""
Dear KCSC team,

We are writing to let you know that all of the content reported in your
request {R_NAVER} has been actioned in line with our operating policies,
and the case is now closed on our side.

Kind regards,
Trust & Safety, NAVER Corp.
""",
     outcome="review", review="bulk",
     imitates="case-closure note covering a whole multi-item request",
     why="one statement for a 12-item request without naming items: bulk, all pending",
     items={u: "pending" for u in N})

case(name="naver-cafe-manager-gmail", date="Thu, 05 Sep 2024 22:47:03 +0900",
     **{"from": "quietriver.manager@gmail.com"}, name_from="조용한강 카페 매니저",
     subject=f"Re: [{R_NAVER}] 시정요구 관련 - 카페 매니저입니다",
     body=f"""
안녕하세요. 네이버 카페 '조용한강 주식방' 매니저입니다.
네이버 측에서 연락받고 메일 드립니다.

말씀하신 글 두 개
{N[3]}
{N[4]}
제가 매니저 권한으로 삭제했습니다. 앞으로 리딩방 홍보글은 바로 지우겠습니다.
""",
     outcome="review", review="unknown_sender",
     imitates="cafe volunteer moderator writing from a personal webmail account",
     why="a Gmail address is no platform domain: deletion claims are not trusted",
     items={N[3]: "pending", N[4]: "pending"})

case(name="naver-out-of-office", date="Tue, 03 Sep 2024 11:00:41 +0900",
     **{"from": "jihyun.kim@navercorp.com"}, name_from="김지현",
     subject=f"자동 회신: [{R_NAVER}] 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
안녕하세요. 김지현입니다.
9월 2일부터 9월 6일까지 휴가로 메일 확인이 어렵습니다.
시정요구 등 급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내 주시기 바랍니다.

I am out of the office until 6 September with limited access to email.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean/English out-of-office reply",
     why="auto-reply naming no item status",
     items={})

# ===================== Daum / Kakao (KCSC-240904-02, 4 items) =============
case(name="daum-kakao-imsijochi-korean-path", date="Thu, 05 Sep 2024 15:40:18 +0900",
     **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     subject=f"[권리침해신고센터] 게시물 조치 결과 안내 ({R_DAUM})", reply_to_req=f"req.{R_DAUM}",
     body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물({R_DAUM})에 대하여 아래와 같이 조치하였음을 알려드립니다.

[1]
대상 : {D3_RAW}
조치 : 임시조치 (정보통신망법 제44조의2, 30일간 접근 차단)

[2]
대상 : {D[0]}
조치 : 삭제

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 영구 삭제될 수 있습니다.
자세한 내용은 https://cs.daum.net/faq/95.html 을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao 권리침해신고센터 임시조치 notice, Tistory URL with raw Korean path",
     why="raw Korean path matches the percent-encoded item: 임시조치 is restricted; cafe post deleted; 'may be deleted later' is only a condition",
     items={D[2]: "restricted", D[0]: "removed"})

case(name="daum-cafe-blind-tistory-kept", date="Fri, 06 Sep 2024 10:12:55 +0900",
     **{"from": "cafe_ops@daum.net"}, name_from="Daum 카페 운영팀",
     subject=f"Re: [{R_DAUM}] 게시물 삭제 요청", reply_to_req=f"req.{R_DAUM}",
     body=f"""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 카페 게시물 {D[0]}, {D[1]} 은
모두 운영정책 위반(도박 홍보)으로 블라인드 처리되었습니다.

함께 요청하신 티스토리 글 {D[3]} 는 티스토리 운영팀 검토 결과
운영정책 위반 사항이 확인되지 않아 게시가 유지됩니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Daum cafe operations reply: 블라인드 + kept as not violating",
     why="two cafe posts named and blinded (removed); Tistory post kept with a reason (rejected)",
     items={D[0]: "removed", D[1]: "removed", D[3]: "rejected"})

drows = [
    (D[0], D[0], "삭제"),
    (D[1], D[1], "삭제"),
    (D[2], D3_RAW, "게시중단"),
    (D[3], D[3], "존재하지 않는 게시물 (조치 전 삭제됨)"),
]
dtr = "\n".join(f'<tr><td><a href="{h}">{t}</a></td><td>{r}</td></tr>' for h, t, r in drows)
dhtml = f"""<html><body>
<div style="font-size:13px">
<p><b>Kakao</b> 안전정책팀</p>
<p>{R_DAUM} 시정요구에 대한 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
{dtr}
</tbody></table>
<p>문의: <a href="https://cs.kakao.com/helps?service=8">카카오 고객센터</a></p>
</div></body></html>"""
case(name="daum-html-table-all-four", date="Mon, 09 Sep 2024 09:30:12 +0900",
     **{"from": "safety@kakaocorp.com"}, name_from="Kakao 안전정책팀",
     subject=f"[Kakao] {R_DAUM} 조치 결과", reply_to_req=f"req.{R_DAUM}",
     type="html", body=dhtml,
     outcome="applied", classification="confirmation",
     imitates="Kakao safety-policy HTML table; Korean path shown raw, linked percent-encoded",
     why="all four items in a table: removed, removed, removed (게시중단), not found",
     items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "not_found"})

case(name="daum-statement-of-reasons-en", date="Tue, 10 Sep 2024 02:14:37 +0900",
     **{"from": "dsa-notice@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     subject="Statement of reasons - decision on reported content",
     body=f"""
Statement of reasons

Reference: SOR-KK-2024-0910-0077 (your request {R_DAUM})
Content concerned: {D[3]}
Decision: access to the content has been disabled for all users.
Facts and circumstances: the entry promotes an unlicensed online gambling
site, which our content policy does not allow.
Ground: Kakao Operation Policy, section on illegal information.
Automated means: none; the decision was taken by a reviewer.
Redress: the uploader may appeal via https://cs.kakao.com/requests?locale=en

Kakao Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (decision, ground, redress)",
     why="access disabled for all users for the named Tistory entry: removed; appeal link is no item",
     items={D[3]: "removed"})

case(name="daum-hedge-and-promise", date="Thu, 05 Sep 2024 11:05:29 +0900",
     **{"from": "cafe_ops@daum.net"}, name_from="Daum 카페 운영팀",
     subject=f"Re: [{R_DAUM}] 게시물 삭제 요청", reply_to_req=f"req.{R_DAUM}",
     body=f"""
안녕하세요, Daum 카페 운영팀입니다.

확인해 보니 {D[1]} 은 작성자가 스스로 지운 것으로 보입니다.
티스토리 글 {D[3]} 는 담당 부서에서 확인 후 조치될 예정입니다.

추가로 확인되는 내용이 있으면 다시 연락드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="cafe operations interim reply with a hedge and a promise",
     why="'것으로 보입니다' is a hedge and '조치될 예정' a promise: no status for either named item",
     items={D[1]: "pending", D[3]: "pending"})

case(name="daum-policy-change-notice", date="Wed, 11 Sep 2024 10:00:00 +0900",
     **{"from": "notice@kakaocorp.com"}, name_from="Kakao",
     subject="[카카오] 운영정책 개정 안내",
     body="""
안녕하세요, 카카오입니다.

카카오 서비스 운영정책이 2024년 10월 1일부로 일부 개정됩니다.
주요 변경 사항은 불법 도박 및 불법 금융 정보의 범위를 구체화하고,
임시조치 이후 재게시 요청 절차를 정리한 것입니다.

개정 전문: https://www.kakao.com/policy/oppolicy
문의: https://cs.kakao.com/

본 메일은 카카오와 협력하는 기관 담당자께 발송되었습니다.
""",
     outcome="review", review="no_claims",
     imitates="platform policy-change notice sent to partner contacts",
     why="trusted Kakao mail naming no item and no request; only policy links",
     items={})

case(name="daum-ticket-receipt", date="Wed, 04 Sep 2024 10:31:02 +0900",
     **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject=f"[카카오 고객센터] 문의가 접수되었습니다 ({R_DAUM})",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
카카오 고객센터에 문의해 주셔서 감사합니다.

접수번호 : 2409-KC-0038812
접수일시 : 2024-09-04 10:31

문의하신 내용은 담당자가 순서대로 확인하고 있으며,
답변은 영업일 기준 3일 이내에 메일로 보내드립니다.

※ 본 메일은 발신 전용입니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt with a receipt number",
     why="pure receipt: nothing about any item",
     items={})

# ===================== DC Inside (KCSC-240905-03, 5 items) =================
case(name="dc-operator-list-four", date="Fri, 06 Sep 2024 12:48:20 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"Re: [{R_DC}] 게시물 삭제 요청", reply_to_req=f"req.{R_DC}",
     body=f"""
디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과입니다.

{G[0]} 삭제
{G[1]} 삭제
{G[2]} 삭제
{G[3]} 이미 작성자가 지운 글이라 남아 있지 않습니다

수고하세요.
""",
     outcome="applied", classification="confirmation",
     imitates="terse community-site operator reply, URL and result on one line",
     why="three named posts deleted, one already deleted by its author (not found); no=218830 not mentioned",
     items={G[0]: "removed", G[1]: "removed", G[2]: "removed", G[3]: "not_found", G[4]: "pending"})

case(name="dc-statement-then-url-below", date="Fri, 06 Sep 2024 19:03:58 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"RE: [{R_DC}] 처리 결과", reply_to_req=f"req.{R_DC}",
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

아래 글은 신고 접수 전에 작성자 본인이 삭제하여 존재하지 않습니다.
{G[4]}

아래 글은 금일 운영자 권한으로 삭제했습니다.
{G[3]}

디시인사이드 이용 규칙: https://www.dcinside.com/policy/rule
""",
     outcome="applied", classification="confirmation",
     imitates="operator reply with the statement first and the URL on the line below",
     why="statement lines each followed by their URL: hit post not found, mini-gallery post removed",
     items={G[4]: "not_found", G[3]: "removed"})

case(name="dc-english-delete-and-keep", date="Mon, 09 Sep 2024 11:36:44 +0900",
     **{"from": "global@dcinside.com"}, name_from="DCinside Community Team",
     subject=f"Re: [{R_DC}] removal request", reply_to_req=f"req.{R_DC}",
     body=f"""
Hello,

This is the DCinside community team, answering {R_DC}.

We deleted {G[1]} because it
breaches the minor gallery's rules on paid signal rooms.

We did not remove {G[2]}: it is a
repost of a published press article, it breaks none of our rules, so it
stays up.

Best regards,
DCinside Community Team
""",
     outcome="applied", classification="confirmation",
     imitates="English community-team reply: one deletion, one refusal with its reason",
     why="one named post deleted; the other kept because it breaks no rule (rejected)",
     items={G[1]: "removed", G[2]: "rejected"})

case(name="dc-bulk-all-deleted", date="Fri, 06 Sep 2024 09:15:07 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"Re: [{R_DC}] 게시물 삭제 요청", reply_to_req=f"req.{R_DC}",
     body=f"""
디시인사이드 운영팀입니다.

{R_DC} 요청하신 게시물 모두 삭제 처리했습니다.
감사합니다.
""",
     outcome="review", review="bulk",
     imitates="one-line operator reply covering a whole request",
     why="'all deleted' for a five-item request without naming them: bulk, items pending",
     items={u: "pending" for u in G})

case(name="dc-asks-official-letter", date="Thu, 05 Sep 2024 16:52:31 +0900",
     **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject=f"Re: [{R_DC}] 게시물 삭제 요청 - 공문 요청", reply_to_req=f"req.{R_DC}",
     body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{R_DC} 건 처리를 위해 기관 명의의 공문(직인 날인본)이 필요합니다.
공문을 PDF로 이 메일에 회신해 주시면 확인 후 처리하겠습니다.

번거로우시겠지만 협조 부탁드립니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="community site asking for an official sealed letter before acting",
     why="the platform asks for a document; nothing is stated about any item",
     items={u: "pending" for u in G})

dsn_delay = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-5C21.1725613300"

--dly-5C21.1725613300
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<report@dcinside.com>: connect to mx1.dcinside.com[203.0.113.45]:25:
    Connection timed out

--dly-5C21.1725613300
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 5C21A3F0B2
Arrival-Date: Thu,  5 Sep 2024 14:00:12 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.dcinside.com[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Tue, 10 Sep 2024 14:00:12 +0900 (KST)

--dly-5C21.1725613300
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [{R_DC}] 게시물 삭제 요청
Message-ID: <req.{R_DC}@kcsc.example>
Date: Thu, 05 Sep 2024 14:00:00 +0900

--dly-5C21.1725613300--
"""
case(name="dc-dsn-delayed", date="Thu, 05 Sep 2024 18:01:40 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     subject="Delayed Mail (still being retried)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn_delay,
     outcome="ignored", classification="bounce",
     imitates="Postfix delayed-delivery DSN (Action: delayed)",
     why="delivery warning from our own MTA",
     items={})

# ===================== SOOP (KCSC-240906-04, 3 items) ======================
case(name="soop-vod-delete-and-age-limit", date="Mon, 09 Sep 2024 14:20:33 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
     subject=f"[SOOP] 시정요구({R_SOOP}) 처리 결과 안내", reply_to_req=f"req.{R_SOOP}",
     body=f"""
안녕하세요, SOOP 운영팀입니다.
{R_SOOP} 시정요구에 대한 처리 결과를 안내드립니다.

■ {S[0]} : 다시보기(VOD) 삭제
■ {S[1]} : 19세 이상 시청 제한으로 변경 (연령 제한)

방송국 게시글은 확인 중이며 처리 후 다시 안내드리겠습니다.

SOOP 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="streaming-platform operations notice with square-bullet list",
     why="VOD deleted (removed); second VOD set to adults only (restricted); station post only under check",
     items={S[0]: "removed", S[1]: "restricted", S[2]: "pending"})

case(name="soop-angle-bracket-particle", date="Tue, 10 Sep 2024 10:44:09 +0900",
     **{"from": "station_cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
     subject=f"RE: [{R_SOOP}] 방송국 게시글", reply_to_req=f"req.{R_SOOP}",
     body=f"""
안녕하세요. SOOP 고객센터입니다.

요청하신 방송국 게시글 <{S[2]}>（reedsparrow 방송국）은 운영정책 위반으로 운영자 삭제 처리되었습니다.

이용에 불편을 드려 죄송합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="customer-centre reply, URL in angle brackets followed by full-width parentheses and a Korean particle",
     why="the named station post was deleted by the operator: removed",
     items={S[2]: "removed"})

case(name="soop-forged-dmarc-fail", date="Sat, 07 Sep 2024 03:12:50 +0900",
     **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀", auth="fail",
     subject=f"[SOOP] {R_SOOP} 처리 완료",
     body=f"""
SOOP 운영팀입니다.

아래 게시물을 모두 삭제하였습니다.
{S[0]}
{S[1]}
{S[2]}

처리 확인서가 필요하시면 https://soop-confirm.example.net/form 에서 신청해 주세요.
""",
     outcome="review", review="untrusted",
     imitates="spoofed platform notice failing DKIM/SPF/DMARC",
     why="sender domain fails authentication: claims not trusted, items stay pending",
     items={S[0]: "pending", S[1]: "pending", S[2]: "pending"})

dsn_fail = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="bnc-91E0.1725583300"

--bnc-91E0.1725583300
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@afreecatv.com>: host mx.afreecatv.com[198.51.100.77] said: 550 5.1.1
    <abuse@afreecatv.com>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--bnc-91E0.1725583300
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 91E0C4A117
Arrival-Date: Fri,  6 Sep 2024 09:40:05 +0900 (KST)

Final-Recipient: rfc822; abuse@afreecatv.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.afreecatv.com
Diagnostic-Code: smtp; 550 5.1.1 <abuse@afreecatv.com>: Recipient address
    rejected: User unknown

--bnc-91E0.1725583300
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@afreecatv.com, safety@sooplive.co.kr
Subject: [{R_SOOP}] 음란 VOD 시정요구
Message-ID: <req.{R_SOOP}@kcsc.example>
Date: Fri, 06 Sep 2024 09:40:00 +0900

--bnc-91E0.1725583300--
"""
case(name="soop-old-address-bounce", date="Fri, 06 Sep 2024 09:40:09 +0900",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=dsn_fail,
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN: old AfreecaTV address unknown after the rebrand to SOOP",
     why="permanent failure report from our MTA",
     items={})

# ===================== Nate (KCSC-240909-05, 1 item) =======================
case(name="nate-pann-sole-statement", date="Tue, 10 Sep 2024 13:58:21 +0900",
     **{"from": "pann_help@nate.com"}, name_from="네이트 판 고객센터",
     subject=f"Re: [{R_NATE}] 개인정보 노출 게시물 삭제 요청", reply_to_req=f"req.{R_NATE}",
     body="""
안녕하세요. 네이트 판 고객센터입니다.

요청하신 판 게시물은 개인정보 노출 게시물로 확인되어 삭제 조치 완료되었습니다.
추가 문의 사항이 있으시면 회신 부탁드립니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann help-desk reply naming no URL, in the request's thread",
     why="single statement answering a one-item request (ref in subject and thread): applies to that item",
     items={NT[0]: "removed"})

case(name="nate-forwarded-ops-answer", date="Wed, 11 Sep 2024 09:12:37 +0900",
     **{"from": "pann_help@nate.com"}, name_from="네이트 판 고객센터",
     subject=f"Fwd: RE: 판 게시물 삭제 건 ({R_NATE})",
     body=f"""
KCSC 담당자님, 판 운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 판 운영팀 <pann-ops@skcomms.co.kr>
Date: 2024년 9월 10일 (화) 오후 2:05
Subject: RE: 판 게시물 삭제 건
To: 네이트 판 고객센터 <pann_help@nate.com>

요청 게시물 {NT[0]} 삭제 처리 완료했습니다.
작성자 계정은 7일 이용 정지했습니다.
""",
     outcome="review", review="forwarded", classification="forwarded",
     imitates="help desk forwarding an internal operations team's answer",
     why="the status is only in a forwarded message, not stated by the sender itself",
     items={NT[0]: "pending"})

# ===================== FM Korea (KCSC-240910-06, 3 items) ==================
case(name="fmk-bullets-deleted-and-missing", date="Wed, 11 Sep 2024 11:27:45 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     subject=f"Re: [{R_FMK}] 게시물 삭제 요청", reply_to_req=f"req.{R_FMK}",
     body=f"""
에펨코리아 운영진입니다.

• {F[0]} — 삭제 완료
• {F[1]} — 존재하지 않는 게시물 (작성자가 먼저 삭제함)

나머지 한 건은 주식 게시판 담당 운영진이 따로 답변드릴 예정입니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community admin reply, bulleted with em-dash results",
     why="one named post deleted, one deleted by its author before action (not found); third only announced",
     items={F[0]: "removed", F[1]: "not_found", F[2]: "pending"})

case(name="fmk-wrapped-angle-url", date="Wed, 11 Sep 2024 16:03:12 +0900",
     **{"from": "stock_mod@fmkorea.com"}, name_from="에펨코리아 주식게시판 운영진",
     subject=f"Re: [{R_FMK}] 주식 게시판 글", reply_to_req=f"req.{R_FMK}",
     body=f"""
에펨코리아 주식 게시판 운영진입니다.
요청번호 {R_FMK} 관련 답변드립니다.

주식 게시판 글 <https://www.fmkorea.com/index.php?mid=stock&
document_srl=7421110057> 은 불법 투자 유도(리딩방 홍보) 글로 확인되어
삭제하였습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="moderator reply whose long URL in angle brackets is wrapped by the mail client (RFC 3986 App. C)",
     why="the wrapped angle-bracketed URL is the stock-board item; it was deleted",
     items={F[2]: "removed"})

case(name="fmk-conditional-after-appeal", date="Thu, 12 Sep 2024 10:40:02 +0900",
     **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     subject=f"Re: [{R_FMK}] 게시물 삭제 요청", reply_to_req=f"req.{R_FMK}",
     body=f"""
에펨코리아 운영진입니다.

{F[0]}
{F[1]}

위 두 게시물 작성자에게 소명 기회를 부여했습니다.
9월 20일까지 소명이 없을 경우 삭제할 예정이며, 소명 내용에 따라 결과가 달라질 수 있습니다.
""",
     outcome="review", review="not_understood",
     imitates="moderator note giving the author a chance to explain before deletion",
     why="deletion is conditional and in the future: no status for the two named posts",
     items={F[0]: "pending", F[1]: "pending"})

case(name="fmk-ticket-receipt-echo", date="Tue, 10 Sep 2024 10:01:15 +0900",
     **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
     subject=f"[FM Korea] 요청이 접수되었습니다 / Request received (#58120)",
     extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: 58120"],
     body=f"""
요청이 접수되었습니다. / Your request has been received.

티켓 번호 / Ticket: #58120
담당자가 확인 후 이 메일로 답변드리겠습니다.
Our team will review the reported links and reply to this email.

---- 접수 내용 / Your message ----
제목: [{R_FMK}] 게시물 삭제 요청
{F[0]}
{F[1]}
{F[2]}
----

이 메일에 회신하시면 같은 티켓에 추가됩니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="helpdesk ticket receipt echoing the submitted message",
     why="pure receipt; the echoed URLs are our own report, with no statement about them",
     items={F[0]: "pending", F[1]: "pending", F[2]: "pending"})

case(name="inven-about-fmk-items", date="Wed, 11 Sep 2024 14:18:26 +0900",
     **{"from": "help@inven.co.kr"}, name_from="인벤 고객지원팀",
     subject=f"Re: [{R_FMK}] 게시물 삭제 요청",
     body=f"""
안녕하세요, 인벤 고객지원팀입니다.

보내주신 메일({R_FMK})에 적힌 게시물은 인벤이 아니라 에펨코리아 게시물입니다.
참고로 저희가 확인해 보니 {F[0]} 은 이미 삭제되어 접속되지 않습니다.

인벤 게시물에 대한 요청은 https://www.inven.co.kr/member/cs/ 로 접수해 주세요.
""",
     outcome="review", review="wrong_platform",
     imitates="another community site replying to a misdirected request",
     why="Inven states a status for an FM Korea item: not that item's platform",
     items={F[0]: "pending"})

# ===================== Clien (KCSC-240911-07, 2 items) =====================
case(name="clien-fullwidth-colon-both", date="Thu, 12 Sep 2024 09:05:48 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject=f"Re: [{R_CLIEN}] 게시물 삭제 요청", reply_to_req=f"req.{R_CLIEN}",
     body=f"""
클리앙 운영진입니다.

{C[0]} ： 삭제 완료（게시판 규칙 위반）
{C[1]} ： 삭제 완료（판매 금지 품목）

작성자 계정은 규정에 따라 제재했습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community admin reply with full-width colon and parentheses after each URL",
     why="both named posts deleted",
     items={C[0]: "removed", C[1]: "removed"})

case(name="clien-kept-and-deleted-prose", date="Fri, 13 Sep 2024 18:22:10 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject=f"RE: [{R_CLIEN}] 처리 결과", reply_to_req=f"req.{R_CLIEN}",
     body=f"""
안녕하세요, 클리앙 운영진입니다.

알뜰구매 게시판 글({C[1]})은 마약류로 분류되는 의약품 거래 글이 맞아 삭제했습니다.
모두의공원 글 {C[0]} 은 해당 의약품의 위험성을 다룬 기사 공유 글로, 이용 규칙에 어긋나지 않아 삭제하지 않고 그대로 둡니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="community admin prose reply: one deletion, one refusal with its reason",
     why="jirum post deleted; park post kept because it breaks no rule (rejected)",
     items={C[1]: "removed", C[0]: "rejected"})

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-clien-0912"

--mdn-clien-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 admin@clien.net 님이 2024-09-11 16:02에 읽었습니다.

제목: [{R_CLIEN}] 게시물 삭제 요청

--mdn-clien-0912
Content-Type: message/disposition-notification

Reporting-UA: Thunderbird 115.14.0
Final-Recipient: rfc822;admin@clien.net
Original-Message-ID: <req.{R_CLIEN}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-clien-0912--
"""
case(name="clien-read-receipt", date="Wed, 11 Sep 2024 16:02:31 +0900",
     **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
     subject=f"읽음: [{R_CLIEN}] 게시물 삭제 요청",
     raw_mime=mdn,
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird read receipt (MDN)",
     why="read receipt says nothing about items",
     items={})

case(name="ppomppu-holiday-autoreply", date="Sat, 14 Sep 2024 00:00:12 +0900",
     **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
     subject="[뽐뿌] 추석 연휴 고객센터 휴무 안내 (자동 발송)",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
안녕하세요, 뽐뿌 고객센터입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간에는 고객센터가 휴무입니다.
보내주신 메일은 9월 19일부터 순차적으로 답변드리겠습니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="holiday auto-reply of a community site's help desk",
     why="auto-reply about office hours only",
     items={})

# --------------------------------------------------------------------------
HEADER = """# Blind set 591 (tests/corpus/blind591): Korean portals and community sites.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Each case is judged alone on a fresh ledger holding requests.csv."""

def encode_headers(cs):
    """RFC 2047-encode Korean display names and subjects, as mail clients do."""
    from email.header import Header
    for c in cs:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, "blind591", HEADER, cases)
    print(f"{len(cases)} cases")
