#!/usr/bin/env python3
"""Blind set 93: Korean portals and community sites (NAVER, Kakao/Daum/Tistory,
DC Inside, SOOP, Nate Pann, Instiz, theqoo), replies mixing Korean and
English, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind93/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import datetime
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tistory.com": "Tistory",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "nate.com": "Nate",
    "skcomms.co.kr": "SK Communications",
    "instiz.net": "Instiz",
    "theqoo.net": "theqoo",
})

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "주식-리딩방-후기"
TISTORY_RAW = "https://haneul-notes.tistory.com/entry/" + TISTORY_SLUG
TISTORY = "https://haneul-notes.tistory.com/entry/" + quote(TISTORY_SLUG)

N = {
    1: "https://blog.naver.com/moonlit_cart/223551870011",
    2: "https://blog.naver.com/moonlit_cart/223551870245",
    3: "https://blog.naver.com/grey_tulip88/223548112907",
    4: "https://cafe.naver.com/joonggomart77/1184420",
    5: "https://cafe.naver.com/joonggomart77/1184561",
    6: "https://cafe.naver.com/lazyfoxclub/90213",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471882301",
    8: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471889120",
    9: "https://m.blog.naver.com/sodam_ink/223560004412",
    10: "https://in.naver.com/sparrowtalk/contents/internal/712340981122",
    11: "https://cafe.naver.com/lazyfoxclub/90377",
    12: "https://blog.naver.com/grey_tulip88/223549003318",
    13: "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=51203377",
}
K = {
    1: "https://cafe.daum.net/bluemoth77/Ak3f/2291",
    2: "https://cafe.daum.net/bluemoth77/Ak3f/2304",
    3: TISTORY,
    4: "https://cafe.daum.net/ssaltong21/R9xq/15077",
    5: "https://sunnyday-log.tistory.com/412",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=884120",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=55213",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=55290",
    4: "https://gall.dcinside.com/mini/board/view/?id=fanfic_zone&no=3318",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131204455",
    2: "https://vod.sooplive.co.kr/player/131207720",
    3: "https://ch.sooplive.co.kr/nightowl_bj/post/118823409",
}
P = {
    1: "https://pann.nate.com/talk/372218845",
    2: "https://pann.nate.com/talk/372219907",
}
I = {1: "https://www.instiz.net/pt/7712094"}
T = {
    1: "https://theqoo.net/square/3398120477",
    2: "https://theqoo.net/hot/3398124410",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 14)], "illegal_finance", "req-240903-01@kcsc.example",
     "불법 리딩방 홍보 (blog, cafe, kin, post)"),
    ("KCSC-240904-02", "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [K[i] for i in range(1, 6)], "defamation", "req-240904-02@kcsc.example",
     "Daum cafe and Tistory posts"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00",
     [D[i] for i in range(1, 5)], "privacy", "req-240905-03@kcsc.example",
     "신상 공개 게시물"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req-240906-04@kcsc.example",
     "VOD and station post"),
    ("KCSC-240909-05", "nate", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [P[i] for i in range(1, 3)], "defamation", "req-240909-05@kcsc.example",
     "Nate Pann talk posts"),
    ("KCSC-240910-06", "instiz", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [I[1]], "privacy", "req-240910-06@kcsc.example", "one post"),
    ("KCSC-240911-07", "theqoo", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [T[i] for i in range(1, 3)], "defamation", "req-240911-07@kcsc.example",
     "square and hot boards"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def b64(text):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return head + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p)
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def kcsc_request(ref, urls, due):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보에 대하여 시정요구(해당 정보의 삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다. (관리번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"회신 기한: {due}", "", "방송통신심의위원회 / KCSC takedown desk"]
    return "\n".join(lines)


REQ_N = kcsc_request("KCSC-240903-01", [N[i] for i in range(1, 14)], "2024. 9. 10.")
REQ_K = kcsc_request("KCSC-240904-02", [K[i] for i in range(1, 6)], "2024. 9. 11.")
REQ_D = kcsc_request("KCSC-240905-03", [D[i] for i in range(1, 5)], "2024. 9. 12.")
REQ_S = kcsc_request("KCSC-240906-04", [S[i] for i in range(1, 4)], "2024. 9. 13.")
REQ_I = kcsc_request("KCSC-240910-06", [I[1]], "2024. 9. 17.")

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED

# 1 NAVER: 시정요구 조치결과 as an HTML table
case(
    name="naver-jochi-result-html-table",
    **{"from": "safety-report@navercorp.com"}, name_from="NAVER 신고센터",
    date=d(5, 16, 21), subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)",
    reply_to_req="req-240903-01", type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(관리번호 KCSC-240903-01) 중 처리가 끝난 건의 조치 결과를 아래와 같이 회신드립니다.
나머지 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef6ee"><th>No</th><th>서비스</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>블로그</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024-09-05 11:02</td></tr>
<tr><td>2</td><td>블로그</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td><td>2024-09-05 11:02</td></tr>
<tr><td>3</td><td>블로그</td><td><a href="{N[3]}">{N[3]}</a></td><td>게시중단</td><td>2024-09-05 11:40</td></tr>
<tr><td>4</td><td>카페</td><td><a href="{N[4]}">{N[4]}</a></td><td>임시조치(30일 접근 차단)</td><td>2024-09-05 13:15</td></tr>
<tr><td>5</td><td>카페</td><td><a href="{N[5]}">{N[5]}</a></td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>6</td><td>카페</td><td><a href="{N[6]}">{N[6]}</a></td><td>삭제</td><td>2024-09-05 13:20</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>감사합니다.<br>네이버 신고센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table from a Korean portal (NAVER 신고센터 style)",
    why="trusted NAVER table: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found; policy link is no item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "not_found", N[6]: "removed"},
)

# 2 NAVER: Korean prose, 블라인드 + author-deleted
case(
    name="naver-kin-blind-and-author-deleted",
    **{"from": "kin-help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date=d(6, 10, 4), subject="RE: [KCSC-240903-01] 지식iN 게시물 처리 결과 안내",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 게시물을 확인하였습니다.

아래 2건은 지식iN 운영원칙(불법 금융 홍보)에 해당하여 블라인드 처리하였습니다.
- {N[7]}
- {N[8]}

아래 1건은 확인 시점에 이미 작성자가 직접 삭제한 게시물로, 존재하지 않는 페이지입니다.
- {N[9]}

다른 문의가 있으시면 언제든 회신 주시기 바랍니다.
감사합니다.

네이버 지식iN 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 reply: 블라인드 처리 notice plus author-deleted post",
    why="two posts 블라인드 (removed) under a heading sentence, one already deleted by its author (not_found)",
    items={N[7]: "removed", N[8]: "removed", N[9]: "not_found"},
)

# 3 NAVER English: bare URL, status below
case(
    name="naver-english-url-then-status-line",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(6, 18, 47), subject="Re: Removal request KCSC-240903-01 - partial result",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

Thank you for your request. Our review of three of the reported links is
complete. Results per link:

{N[10]}
Status: Removed (violates NAVER Creator policy on unregistered investment advice)

{N[11]}
Status: Access restricted in Korea (임시조치, 30 days)

{N[12]}
Status: No action. We found no violation of our policies or of Korean law
in this post, so it remains available.

The remaining links are still being handled by the Blog and Cafe teams.

Best regards,
Jiwon Seo
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English per-link result mail (URL line, 'Status:' line below)",
    why="each URL followed by its status: removed, restricted (임시조치), rejected with reason; 'remaining links' names nothing",
    items={N[10]: "removed", N[11]: "restricted", N[12]: "rejected"},
)

# 4 NAVER: CSV attachment, base64, Korean headers
_csv4 = "\n".join([
    "번호,URL,조치결과,비고",
    f"1,{N[1]},삭제,운영정책 위반",
    f"2,{N[13]},비공개 처리,포스트 운영자 비공개",
    f"3,{N[4]},게시중단,카페 운영원칙 위반",
    f"4,{N[5]},게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="naver-csv-attachment-base64",
    **{"from": "safety-report@navercorp.com"}, name_from="NAVER 신고센터",
    date=d(9, 9, 12), subject="[NAVER] KCSC-240903-01 조치결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=multipart("mixed", "=_nv_4f21a9", [
        part("text/plain; charset=utf-8",
             "안녕하세요, 네이버 신고센터입니다.\n\n"
             "KCSC-240903-01 건 중 4건의 조치결과를 첨부 파일로 보내드립니다.\n\n"
             "감사합니다."),
        part("text/csv; charset=utf-8; name=\"KCSC-240903-01_result.csv\"", b64(_csv4), "base64",
             "Content-Disposition: attachment; filename=\"KCSC-240903-01_result.csv\"\n"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (조치결과 spreadsheet)",
    why="CSV rows: 삭제/비공개 처리/게시중단 removed, 게시물 없음 (작성자 삭제) not_found",
    items={N[1]: "removed", N[13]: "removed", N[4]: "removed", N[5]: "not_found"},
)

# 5 NAVER: Gmail-style top post over the quoted request
case(
    name="naver-top-posted-over-quoted-request",
    **{"from": "blog-cs@naver.com"}, name_from="네이버 블로그 고객센터",
    date=d(4, 15, 30), subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 블로그팀입니다.

요청 목록 중 블로그 게시물 {N[2]} 은(는) 오늘 오후 2시에 삭제 조치하였습니다.
나머지 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 블로그팀 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(REQ_N)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the regulator's quoted 시정요구 mail",
    why="only the blog post named above the quote is removed; the quoted list of 13 URLs is the regulator's own text",
    items={N[2]: "removed"},
)

# 6 NAVER 지식iN: quoted-printable Korean, one removed, one rejected
_body6 = f"""안녕하세요. 네이버 지식iN 운영팀입니다.

문의하신 지식iN 질문 2건에 대한 검토 결과를 알려드립니다.

1) {N[7]}
   → 운영원칙 위반(불법 금융 정보)으로 삭제하였습니다.

2) {N[8]}
   → 질문 내용에 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.
     위법성에 대한 추가 자료를 주시면 다시 검토하겠습니다.

감사합니다.
"""
case(
    name="naver-kin-qp-removed-and-kept",
    **{"from": "kin-help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date=d(5, 11, 8), subject="[지식iN] 신고 검토 결과 안내 KCSC-240903-01",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_body6),
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 신고 검토 결과 mail, quoted-printable body",
    why="arrow lines under each URL: 삭제 removed; 게시를 유지 (no violation found) rejected, the offer to re-review is no promise about status",
    items={N[7]: "removed", N[8]: "rejected"},
)

# 7 NAVER: heading groups, Korean and English
case(
    name="naver-heading-groups-bilingual",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(10, 17, 55), subject="KCSC-240903-01 조치 결과 / Result of review",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. NAVER Trust & Safety 입니다. (English below)

[삭제 완료]
{N[3]}
{N[12]}

[게시 유지 - 위반 사항 없음]
{N[6]}
{N[11]}

----
Hello, this is NAVER Trust & Safety.
The two blog posts listed under [삭제 완료] were deleted on 10 Sep 2024.
The two cafe posts listed under [게시 유지] stay online: we did not find a
breach of our Cafe operating principles, and the request did not include a
court or commission decision on the defamation claim.

Regards,
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="bilingual NAVER result mail grouped under bracketed Korean headings",
    why="URLs under [삭제 완료] removed, under [게시 유지 - 위반 사항 없음] rejected (reason given)",
    items={N[3]: "removed", N[12]: "removed", N[6]: "rejected", N[11]: "rejected"},
)

# 8 NAVER: acknowledgement phrase plus unhedged statements
case(
    name="naver-receipt-plus-two-done",
    **{"from": "cafe-cs@naver.com"}, name_from="네이버 카페 고객센터",
    date=d(4, 9, 41), subject="[네이버 카페] 접수 확인 및 일부 처리 결과 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.

보내주신 시정요구가 정상적으로 접수되었습니다. (접수번호 CAFE-0904-22817)

이 중 카페 게시글 2건은 확인 즉시 조치를 완료하였습니다.
  · {N[5]} : 운영자 삭제
  · {N[6]} : 운영자 삭제

그 밖의 게시물은 검토 후 순차적으로 안내드리겠습니다.

네이버 카페 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 고객센터 receipt that also reports two posts already handled",
    why="receipt wording plus two unhedged 운영자 삭제 statements: not a pure acknowledgement",
    items={N[5]: "removed", N[6]: "removed"},
)

# 9 Kakao: 임시조치 notice (Daum cafe) + Tistory raw Korean path
case(
    name="kakao-imsi-jochi-and-tistory-korean-path",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(6, 14, 2), subject="[Kakao] 게시물 처리 결과 안내 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ Daum 카페
 - {K[1]}
 - {K[2]}
 처리 결과: 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.

■ 티스토리
 - {TISTORY_RAW}
 처리 결과: 서비스 운영정책 위반으로 삭제하였습니다.

임시조치에 대한 자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

감사합니다.
카카오 권리침해신고센터""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (Daum cafe 30-day block) and Tistory deletion",
    why="'처리 결과' line below each group: 임시조치 restricted for both cafe posts; the Tistory entry (raw Korean path) removed; FAQ link is no item",
    items={K[1]: "restricted", K[2]: "restricted", K[3]: "removed"},
)

# 10 Kakao: numbered list, full-width brackets directly after URLs
case(
    name="kakao-numbered-fullwidth-brackets",
    **{"from": "cafe-op@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(9, 11, 27), subject="Re: KCSC-240904-02 Daum 카페 게시글 조치",
    reply_to_req="req-240904-02",
    body=f"""방송통신심의위원회 담당자님께

Daum 카페 운영팀입니다. 요청 건 처리 내역입니다.

1. {K[1]}（삭제 완료）
2. {K[2]}（삭제 완료）
3. {K[5]}（존재하지 않는 주소입니다）

1, 2번은 카페 블라인드 규정에 따라 게시글을 삭제했고, 3번은 해당 블로그에
그런 번호의 글이 없어 조치할 대상이 없었습니다.

Daum 카페 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, numbered list with full-width parentheses after each URL",
    why="full-width brackets end the URLs: two 삭제 완료 removed, 존재하지 않는 주소 not_found",
    items={K[1]: "removed", K[2]: "removed", K[5]: "not_found"},
)

# 11 Kakao: ticket-system answer, English
case(
    name="kakao-helpdesk-ticket-answered",
    **{"from": "noreply-cs@kakaocorp.com"}, name_from="Kakao Customer Service",
    date=d(11, 10, 15), subject="[Kakao CS] Your inquiry #KK-88123 has been answered",
    body=f"""Your inquiry #KK-88123 (KCSC-240904-02) has been answered.

------------------------------------------------------------
Answer from: Kakao Rights Protection Team
------------------------------------------------------------
Hello,

We checked the remaining items of your request.

- {K[3]} : the Tistory entry has been deleted for breaching the
  Tistory operation policy.
- {K[4]} : the cafe post has been placed under a temporary measure
  (임시조치); access to it is blocked for 30 days.
- {K[5]} : this address does not exist on Tistory; no such post was found.

Kind regards,
Kakao Rights Protection Team
------------------------------------------------------------
To reply, use https://cs.kakao.com/requests?id=KK-88123 (do not reply to this mail).""",
    outcome="applied", classification="confirmation",
    imitates="Kakao helpdesk 'your inquiry has been answered' ticket mail carrying the agent's answer",
    why="ticket wrapper, but the answer states per URL: deleted (removed), 임시조치 restricted, no such post (not_found); the cs.kakao.com link is no item",
    items={K[3]: "removed", K[4]: "restricted", K[5]: "not_found"},
)

# 12 DC Inside: Korean, 운영자 삭제 and refusal
case(
    name="dc-operator-delete-and-refusal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 16, 40), subject="[디시인사이드] 시정요구 처리 결과 회신 - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과를 안내드립니다.

{D[1]}
→ 운영자 삭제 처리되었습니다.

{D[2]}
→ 운영자 삭제 처리되었습니다.

{D[3]}
→ 개인정보 노출이 확인되지 않아 삭제하지 않았습니다. 특정인을 식별할 수 있는
  정보가 없고, 갤러리 운영원칙에도 위반되지 않는 것으로 판단하였습니다.

디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 시정요구 회신 (운영자 삭제 / 미조치 사유)",
    why="arrow line below each URL: two 운영자 삭제 removed; one refused with its reason (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "rejected"},
)

# 13 DC Inside: English, URLs in angle brackets, one wrapped
case(
    name="dc-english-angle-brackets-wrapped",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Support",
    date=d(9, 13, 3), subject="Re: Removal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

Following your request, the gallery manager deleted the mini-gallery post
<https://gall.dcinside.com/mini/board/view/?id=fanfic_zone&no=3318> on
9 September.

The post <https://gall.dcinside.com/mgallery/board/view/?id=coinrumor
&no=55290> has also been deleted by our operators.

Regards,
DC Inside Support Team""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside English support reply with angle-bracketed URLs, one wrapped by the mail client",
    why="both posts deleted; the second URL is wrapped inside angle brackets (RFC 3986 App. C) and a clerk rejoins it",
    items={D[4]: "removed", D[3]: "removed"},
)

# 14 DC Inside: plain-text table
case(
    name="dc-text-table-four-rows",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(11, 9, 58), subject="[디시인사이드] KCSC-240905-03 최종 처리 현황",
    reply_to_req="req-240905-03",
    body=f"""KCSC-240905-03 건 최종 처리 현황입니다.

+----+----------------------------------------------------------------+------------------+
| No | 게시물 주소                                                    | 처리 결과        |
+----+----------------------------------------------------------------+------------------+
| 1  | {D[1]:<62} | 삭제             |
| 2  | {D[2]:<62} | 삭제             |
| 3  | {D[3]:<62} | 해당 게시물 없음 |
| 4  | {D[4]:<62} | 삭제             |
+----+----------------------------------------------------------------+------------------+

※ 3번은 작성자가 먼저 삭제한 글입니다.

디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 처리 현황 mail with a fixed-width text table",
    why="table rows: 삭제 removed x3, 해당 게시물 없음 (deleted first by its author) not_found",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

# 15 SOOP: VOD deleted, station post hidden
case(
    name="soop-vod-deleted-post-private",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 클린센터",
    date=d(9, 15, 16), subject="[SOOP] 시정요구 조치 완료 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, SOOP 클린센터입니다.

방송통신심의위원회에서 요청하신 건에 대해 다음과 같이 조치하였습니다.

 * VOD {S[1]} - 삭제
 * VOD {S[2]} - 삭제
 * 방송국 게시글 {S[3]} - 비공개 처리

해당 스트리머에게는 운영정책에 따라 이용 정지 7일이 적용되었습니다.

SOOP 클린센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 클린센터 조치 완료 notice",
    why="bulleted 'URL - 삭제/비공개 처리' lines: all three removed; the streamer suspension is no item status",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed"},
)

# 16 SOOP: age restriction + kept
case(
    name="soop-age-restricted-and-kept",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Clean Center",
    date=d(10, 11, 50), subject="Re: KCSC-240906-04 review result",
    reply_to_req="req-240906-04",
    body=f"""Hello,

This is the SOOP Clean Center. We reviewed the two VODs you reported.

{S[1]} is now set to 19+ (연령 제한): only adult-verified users can watch it.

{S[2]} did not breach our operation policy (no exposure, no sexual act),
so we did not take any action on it and it stays public.

Thank you.
SOOP Clean Center""",
    outcome="applied", classification="confirmation",
    imitates="SOOP English reply: VOD set to 19+ and another left up",
    why="19+ setting is an age restriction (restricted); second VOD left public for no breach (rejected)",
    items={S[1]: "restricted", S[2]: "rejected"},
)

# 17 Nate Pann: HTML notice
case(
    name="nate-pann-html-mixed",
    **{"from": "pann-cs@skcomms.co.kr"}, name_from="네이트 판 고객센터",
    date=d(11, 14, 9), subject="[네이트] 판 게시물 신고 처리 결과 (KCSC-240909-05)",
    reply_to_req="req-240909-05", type="html",
    body=f"""<div style="font-size:12px">
<h3 style="color:#e8322d">네이트 판 게시물 처리 결과</h3>
<p>관리번호: KCSC-240909-05</p>
<ul>
<li><a href="{P[1]}">{P[1]}</a><br>처리: <b>게시중단</b> (명예훼손 소지가 있어 게시를 중단함)</li>
<li><a href="{P[2]}">{P[2]}</a><br>처리: <b>유지</b> (특정인을 지칭하는 내용이 없어 삭제 대상에 해당하지 않음)</li>
</ul>
<p>문의: <a href="https://helpdesk.nate.com/">네이트 고객센터</a></p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 신고 처리 결과 HTML notice",
    why="게시중단 removed; 유지 with its reason rejected; helpdesk link no item",
    items={P[1]: "removed", P[2]: "rejected"},
)

# 18 Instiz: one-item request, no URL
case(
    name="instiz-single-item-no-url",
    **{"from": "admin@instiz.net"}, name_from="인스티즈 운영자",
    date=d(11, 20, 12), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body="""안녕하세요, 인스티즈 운영진입니다.

요청 주신 게시물은 오늘 삭제 처리 완료되었습니다.
작성자에게는 이용 제한 조치가 함께 적용되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin reply without repeating the URL",
    why="one-item request answered by reference and thread: its only post is removed",
    items={I[1]: "removed"},
)

# 19 Instiz: Outlook reply, author deleted
case(
    name="instiz-outlook-author-deleted",
    **{"from": "report@instiz.net"}, name_from="Instiz Report Team",
    date=d(12, 9, 33), subject="RE: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req="req-240910-06",
    body=f"""Hello,

When we checked {I[1]}, the writer had already deleted it; the page now only
shows 「존재하지 않는 게시물입니다」. There was nothing left for us to remove.

Instiz Report Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 9:30 AM
To: report@instiz.net
Subject: [KCSC-240910-06] 게시물 삭제 요청

{REQ_I}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with -----Original Message----- block",
    why="post deleted by its writer before review: not_found; the original message below is our request",
    items={I[1]: "not_found"},
)

# 20 theqoo: Korean particles glued to URLs
case(
    name="theqoo-korean-particles",
    **{"from": "help@theqoo.net"}, name_from="더쿠 운영진",
    date=d(12, 18, 1), subject="Re: KCSC-240911-07 게시물 조치 요청",
    reply_to_req="req-240911-07",
    body=f"""안녕하세요 더쿠 운영진입니다.

{T[1]}은 확인 후 삭제했고, {T[2]}는 블라인드 처리했습니다.
해당 회원들은 커뮤니티 규칙에 따라 활동 정지되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="theqoo-like forum moderator reply in casual Korean",
    why="particles 은/는 glued to the URLs; 삭제 and 블라인드 are both removed",
    items={T[1]: "removed", T[2]: "removed"},
)

# 21 theqoo: English, one removed, one refused
case(
    name="theqoo-english-one-refused",
    **{"from": "admin@theqoo.net"}, name_from="theqoo admin",
    date=d(13, 10, 22), subject="KCSC-240911-07",
    body=f"""Hi,

About your request KCSC-240911-07:

We removed {T[2]} from the hot board.

We are keeping {T[1]} up. It is a news article summary with public
sources and does not name a private person, so it does not breach our rules.

theqoo admin team""",
    outcome="applied", classification="confirmation",
    imitates="theqoo-like forum admin reply in English without thread headers",
    why="matched by reference: one removed, one kept with reason (rejected)",
    items={T[2]: "removed", T[1]: "rejected"},
)

# 22 NAVER: Post removed, single sentence, mixed English/Korean
case(
    name="naver-post-private-mixed-language",
    **{"from": "post-help@navercorp.com"}, name_from="NAVER Post",
    date=d(12, 11, 11), subject="[NAVER Post] KCSC-240903-01 처리 결과",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 포스트 운영팀입니다.

The post {N[13]} was set to 비공개 (hidden by operator) today and is no
longer visible to anyone but its author. 작성자는 재게시를 요청할 수 없습니다.

Regards,
네이버 포스트 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Post operator notice mixing Korean and English",
    why="operator-hidden (비공개) post no one but its author can see: removed",
    items={N[13]: "removed"},
)

# 23 Kakao: Tistory English with raw Korean URL in angle brackets + blocked
case(
    name="kakao-tistory-english-raw-korean-angle",
    **{"from": "tistory-cs@kakaocorp.com"}, name_from="Tistory Support",
    date=d(10, 16, 44), subject="Re: KCSC-240904-02 Tistory entries",
    reply_to_req="req-240904-02",
    body=f"""Hello,

<{TISTORY_RAW}> has been taken down.

<{K[5]}> was deleted by the blog owner on 5 September, before we could
review it.

Tistory Support""",
    outcome="applied", classification="confirmation",
    imitates="Tistory support reply with URLs in angle brackets, one with a raw Korean path",
    why="raw Korean path matches the percent-encoded request URL: taken down (removed); owner-deleted before review (not_found)",
    items={K[3]: "removed", K[5]: "not_found"},
)

# 24 NAVER: URL on the line below its statement
case(
    name="naver-statement-then-url-below",
    **{"from": "safety-report@navercorp.com"}, name_from="NAVER 신고센터",
    date=d(11, 15, 5), subject="[NAVER] 추가 조치결과 회신 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 신고센터입니다.

남은 건 중 아래 인플루언서 콘텐츠는 임시조치(30일간 접근 제한)하였습니다.
{N[10]}

아래 블로그 게시물은 이미 삭제되어 확인할 수 없습니다.
{N[9]}

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up result with the statement on the line above each URL",
    why="statement sentence ending with '아래 … 하였습니다' then URL below: 임시조치 restricted; already deleted not_found",
    items={N[10]: "restricted", N[9]: "not_found"},
)

# 25 Nate: short 'URL : 결과' list
case(
    name="nate-pann-both-deleted-list",
    **{"from": "pann-cs@nate.com"}, name_from="Nate Pann",
    date=d(10, 13, 37), subject="RE: [KCSC-240909-05] 판 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body=f"""안녕하세요. 네이트 판 운영자입니다.

 - {P[1]} : 삭제
 - {P[2]} : 작성자 탈퇴로 이미 삭제된 게시물 (조회 불가)

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann short operator reply, 'URL : 결과' list",
    why="삭제 removed; already gone because the writer left (조회 불가) not_found",
    items={P[1]: "removed", P[2]: "not_found"},
)

# 26 DC Inside: two URLs in one sentence
case(
    name="dc-two-urls-one-sentence",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(10, 10, 10), subject="[디시인사이드] KCSC-240905-03 처리 안내",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요, 디시인사이드입니다.

1. {D[1]}, {D[4]} 두 게시물은 삭제 처리하였고 작성자 IP를 차단했습니다.
2. {D[2]}는 작성자가 스스로 삭제하여 이미 존재하지 않는 글입니다.

디시인사이드 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply naming two URLs in one sentence",
    why="two URLs joined by a comma share 삭제 (removed); a post its writer deleted himself no longer exists (not_found)",
    items={D[1]: "removed", D[4]: "removed", D[2]: "not_found"},
)

# ================================================================ REVIEW

# 27 NAVER: promise only
case(
    name="naver-promise-sequential-action",
    **{"from": "blog-cs@naver.com"}, name_from="네이버 블로그 고객센터",
    date=d(4, 11, 5), subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 블로그팀입니다.

요청하신 게시물 중 블로그 게시물
{N[1]}
{N[2]}
두 건은 담당 부서에서 검토 중이며, 검토가 끝나는 대로 삭제 조치할 예정입니다.
처리 결과는 완료 후 다시 안내드리겠습니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action after review",
    why="검토 중 / 삭제 조치할 예정 is a promise: named items stay pending, the email needs a person",
    items={N[1]: "pending", N[2]: "pending"},
)

# 28 Kakao: hedge in English
case(
    name="kakao-hedge-appears-removed",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Rights Protection",
    date=d(5, 17, 26), subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We had a first look at the two Daum cafe posts:
{K[1]}
{K[2]}

Both appear to have been removed already, possibly by the cafe manager, but
our system still lists them and we have not been able to confirm it yet. We
will come back to you once the cafe team has checked.

Kakao Rights Protection Team""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedged observation",
    why="'appear to have been removed … not able to confirm' is a hedge: items stay pending",
    items={K[1]: "pending", K[2]: "pending"},
)

# 29 NAVER: bulk statement for 13 items
case(
    name="naver-bulk-all-thirteen-deleted",
    **{"from": "safety-report@navercorp.com"}, name_from="NAVER 신고센터",
    date=d(12, 10, 0), subject="[NAVER] KCSC-240903-01 조치 완료",
    reply_to_req="req-240903-01",
    body="""안녕하세요, 네이버 신고센터입니다.

KCSC-240903-01 건으로 요청하신 게시물 13건은 모두 삭제 조치가 완료되었습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="portal one-line 'all items done' completion notice",
    why="'13건 모두 삭제' names no URL for a 13-item request: bulk, items stay pending",
    items={u: "pending" for u in N.values()},
)

# 30 Nate: bulk for 2 items
case(
    name="nate-bulk-all-reported-deleted",
    **{"from": "pann-cs@skcomms.co.kr"}, name_from="네이트 판 고객센터",
    date=d(12, 16, 48), subject="RE: [KCSC-240909-05] 판 게시물 삭제 요청",
    reply_to_req="req-240909-05",
    body="""안녕하세요. 네이트 판 고객센터입니다.

신고해 주신 게시물은 모두 삭제 처리하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="Nate short 'all reported posts deleted' reply",
    why="statement about all posts of a two-item request without naming them: bulk",
    items={P[1]: "pending", P[2]: "pending"},
)

# 31 NAVER domain failing DMARC
case(
    name="naver-dmarc-fail-lookalike-result",
    **{"from": "safety-report@navercorp.com"}, name_from="NAVER 신고센터", auth="fail",
    date=d(7, 2, 14), subject="[NAVER] 시정요구 조치결과 (KCSC-240903-01)",
    body=f"""안녕하세요, 네이버 신고센터입니다.

{N[4]} 삭제
{N[5]} 삭제

자세한 내용은 첨부 링크에서 로그인 후 확인하시기 바랍니다.
http://naver-safety-check.example/login

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="spoofed portal result mail (DMARC fail) steering to a login page",
    why="navercorp.com sender failing DKIM/SPF/DMARC: claims kept for a person, nothing applied",
    items={N[4]: "pending", N[5]: "pending"},
)

# 32 hanmail.net cafe manager
case(
    name="kakao-cafe-manager-from-hanmail",
    **{"from": "bluemoth_mgr@hanmail.net"}, name_from="파란나방 카페지기",
    date=d(5, 22, 31), subject="Re: KCSC-240904-02 카페 글 관련",
    body=f"""안녕하세요. Daum 카페 '파란나방' 카페지기입니다.

다음에서 연락을 받고 말씀하신 글을 확인했습니다.
{K[1]} 글과 {K[2]} 글은 제가 카페 관리 메뉴에서 삭제했습니다.
앞으로 이런 글이 올라오지 않도록 관리하겠습니다.""",
    outcome="review", review="unknown_sender",
    imitates="volunteer cafe manager writing from a personal portal mailbox",
    why="hanmail.net is no platform sender domain in config: a cafe manager is not Kakao; claims go to review",
    items={K[1]: "pending", K[2]: "pending"},
)

# 33 theqoo about a Nate Pann link
case(
    name="theqoo-says-pann-link-not-ours",
    **{"from": "help@theqoo.net"}, name_from="더쿠 운영진",
    date=d(12, 19, 20), subject="Re: KCSC-240911-07 게시물 조치 요청",
    reply_to_req="req-240911-07",
    body=f"""안녕하세요 더쿠 운영진입니다.

메일에 함께 적어주신 {P[1]} 은 네이트 판 게시물이라 저희 사이트에는 존재하지 않습니다.
해당 글은 네이트 측에 요청해 주셔야 합니다.

더쿠 게시물 2건은 따로 확인해서 회신드리겠습니다.""",
    outcome="review", review="wrong_platform",
    imitates="forum moderator pointing out a link that belongs to another site",
    why="theqoo states 'does not exist on our site' about a Nate item: wrong platform; its own posts only promised",
    items={P[1]: "pending", T[1]: "pending", T[2]: "pending"},
)

# 34 DC Inside asks for documents
case(
    name="dc-asks-for-official-document",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 9, 12), subject="[디시인사이드] KCSC-240905-03 관련 서류 요청",
    reply_to_req="req-240905-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 아래 게시물 4건의 처리를 위해 다음 자료를 회신해 주시기 바랍니다.
 - {D[1]}
 - {D[2]}
 - {D[3]}
 - {D[4]}

1. 시정요구 공문(문서번호 기재)
2. 심의 의결서 사본 또는 의결 일자

자료를 받은 뒤 조치하겠습니다.

디시인사이드 운영팀""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean platform asking for the official 공문 and decision before acting",
    why="asks for documents before acting on four named posts: request_for_info, nothing changes",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

# 35 NAVER employee forwards vendor's result
case(
    name="naver-forwards-vendor-report",
    **{"from": "hyunwoo.kang@navercorp.com"}, name_from="강현우",
    date=d(9, 18, 2), subject="Fwd: [클린모니터] 카페 게시물 처리 보고 (KCSC-240903-01)",
    body=f"""담당자님, 아래 외부 모니터링 업체 처리 보고 공유드립니다.

강현우 드림

---------- Forwarded message ---------
보낸사람: 클린모니터 운영팀 <ops@cleanmonitor.example>
Date: 2024년 9월 9일 (월) 오후 5:40
Subject: [클린모니터] 카페 게시물 처리 보고 (KCSC-240903-01)
To: 강현우 <hyunwoo.kang@navercorp.com>

NAVER 카페 담당자님,

요청 받은 게시물 처리 결과 보고드립니다.
{N[6]} - 삭제 완료
{N[11]} - 삭제 완료

클린모니터 운영팀""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Forwarded message' from a NAVER employee relaying a moderation vendor's report",
    why="the statements are the vendor's, inside a forwarded block; the NAVER employee states nothing himself",
    items={N[6]: "pending", N[11]: "pending"},
)

# 36 NAVER notice with no item and no request
case(
    name="naver-new-report-channel-notice",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책팀",
    date=d(13, 14, 0), subject="[안내] 기관 신고 접수 창구 변경 안내",
    body="""안녕하세요. 네이버 정책팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 기관 전용 접수 페이지
(https://help.naver.com/agency)로 일원화됩니다. 기존 메일 접수는 10월 31일까지
병행 운영합니다.

기관 계정 발급은 회신 메일로 담당자 성명과 연락처를 알려주시면 됩니다.

감사합니다.""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal notice about a changed reporting channel for public bodies",
    why="trusted NAVER mail naming no item and no request: nothing to apply, a person reads it",
    items={},
)

# 37 SOOP: result only in a PDF
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="soop-result-pdf-only",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 클린센터",
    date=d(11, 17, 30), subject="[SOOP] KCSC-240906-04 조치 결과 회신 공문",
    reply_to_req="req-240906-04",
    raw_mime=multipart("mixed", "----soop_7731", [
        part("text/plain; charset=utf-8",
             "안녕하세요, SOOP 클린센터입니다.\n\n"
             "KCSC-240906-04 건의 조치 결과를 첨부 공문(PDF)으로 송부드립니다.\n\n"
             "감사합니다."),
        part("application/pdf; name=\"SOOP_2024-0911_KCSC-240906-04.pdf\"", b64(_pdf), "base64",
             "Content-Disposition: attachment; filename=\"SOOP_2024-0911_KCSC-240906-04.pdf\"\n"),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="Korean platform sending its 조치 결과 as a PDF 공문 attachment",
    why="the result is only in a PDF the reader cannot read: a person must open it",
    items={},
)

# 38 theqoo: under review
case(
    name="theqoo-under-review",
    **{"from": "help@theqoo.net"}, name_from="더쿠 운영진",
    date=d(11, 21, 3), subject="Re: KCSC-240911-07 게시물 조치 요청",
    reply_to_req="req-240911-07",
    body=f"""안녕하세요 더쿠 운영진입니다.

{T[1]}
{T[2]}

위 두 글은 현재 운영진 검토 중입니다. 명예훼손 여부 판단이 필요해서
결과는 2~3일 정도 걸릴 수 있습니다.""",
    outcome="review", review="not_understood",
    imitates="forum moderator 'under review' interim reply",
    why="검토 중 (under review) is no status: both named posts stay pending",
    items={T[1]: "pending", T[2]: "pending"},
)

# ================================================================ IGNORED

# 39 NAVER out-of-office (Korean)
case(
    name="naver-out-of-office-korean",
    **{"from": "jiwon.seo@navercorp.com"}, name_from="서지원",
    date=d(9, 8, 1), subject="자동 회신: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[자동 회신]

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 NAVER Trust & Safety 공용 메일(trust-safety@navercorp.com)로 보내 주세요.

I am out of the office until 13 September with no access to email.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean 자동 회신 (out of office)",
    why="out-of-office auto-reply: ignored",
    items={},
)

# 40 Kakao DSN for a reminder
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date=d(12, 9, 0), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "C11A02B3F.1726099200/mx3.kakaocorp.com", [
        part("text/plain; charset=us-ascii",
             "This is the mail system at host mx3.kakaocorp.com.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "<right-old@kakaocorp.com>: host mbox.kakaocorp.com said: 550 5.1.1\n"
             "    <right-old@kakaocorp.com>: Recipient address rejected: User unknown", "7bit",
             "Content-Description: Notification\n"),
        part("message/delivery-status",
             "Reporting-MTA: dns; mx3.kakaocorp.com\n"
             "Arrival-Date: Thu, 12 Sep 2024 08:59:58 +0900 (KST)\n\n"
             "Final-Recipient: rfc822; right-old@kakaocorp.com\n"
             "Action: failed\n"
             "Status: 5.1.1\n"
             "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown", "7bit",
             "Content-Description: Delivery report\n"),
        part("text/rfc822-headers",
             "From: KCSC Takedown <takedown@kcsc.example>\n"
             "To: right-old@kakaocorp.com\n"
             "Subject: [Reminder] KCSC-240904-02 조치 결과 회신 요청\n"
             "Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>\n"
             "In-Reply-To: <req-240904-02@kcsc.example>", "8bit",
             "Content-Description: Undelivered Message Headers\n"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, delivery-status) for a reminder to a dead address",
    why="delivery failure report: ignored even though it names our request",
    items={},
)

# 41 DC Inside read receipt
case(
    name="dc-read-receipt-mdn",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(5, 11, 2), subject="읽음: [KCSC-240905-03] 시정요구 (게시물 삭제)",
    raw_mime=multipart("report", "mdn_dc_55213", [
        part("text/plain; charset=utf-8",
             "보낸 메일이 다음과 같이 열람되었습니다.\n\n"
             "받는 사람: report@dcinside.com\n"
             "제목: [KCSC-240905-03] 시정요구 (게시물 삭제)\n"
             "읽은 시간: 2024-09-05 오전 11:02\n\n"
             "받는 사람이 메일을 열었다는 뜻이며, 내용을 읽었거나 동의했다는 의미는 아닙니다."),
        part("message/disposition-notification",
             "Reporting-UA: mail.dcinside.com; Webmail\n"
             "Final-Recipient: rfc822; report@dcinside.com\n"
             "Original-Message-ID: <req-240905-03@kcsc.example>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed", "7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail 읽음 확인 (MDN, disposition-notification)",
    why="read receipt: the request was displayed, nothing about items",
    items={},
)

# 42 SOOP ticket receipt
case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d(6, 14, 3), subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2024090600447)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2024090600447
 - 문의 제목: [KCSC-240906-04] 시정요구
 - 접수 일시: 2024-09-06 14:03

담당자가 확인 후 순서대로 답변드리겠습니다. 답변은 영업일 기준 1~3일 정도 걸릴 수 있습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP helpdesk automatic 문의 접수 receipt",
    why="pure receipt with ticket number: ignored",
    items={},
)

# 43 Nate out-of-office, English, quoting the subject
case(
    name="nate-out-of-office-english",
    **{"from": "minji.park@skcomms.co.kr"}, name_from="Minji Park",
    date=d(9, 10, 1), subject="Automatic reply: [KCSC-240909-05] 판 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email.

I am out of the office until Monday 16 September and will have limited access
to email. For takedown requests about Nate Pann please write to
pann-cs@skcomms.co.kr, which is monitored daily.

박민지 / Minji Park
SK Communications, Service Policy""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply: ignored",
    items={},
)

# 44 theqoo helpdesk acknowledgement
case(
    name="theqoo-helpdesk-acknowledgement",
    **{"from": "help@theqoo.net"}, name_from="theqoo help",
    date=d(11, 16, 5), subject="[theqoo] Request received (#TQ-5531)",
    reply_to_req="req-240911-07",
    body="""Hello,

We have received your request about KCSC-240911-07 and created ticket #TQ-5531.
A moderator will look at it; you do not need to send it again.

theqoo help""",
    outcome="ignored", classification="acknowledgement",
    imitates="forum helpdesk 'request received, ticket created' mail",
    why="pure acknowledgement naming no item: ignored",
    items={},
)

# 45 qmail bounce from Instiz
case(
    name="instiz-qmail-bounce",
    **{"from": "MAILER-DAEMON@mail.instiz.net"}, name_from="MAILER-DAEMON",
    date=d(10, 9, 31), subject="failure notice",
    body=f"""Hi. This is the qmail-send program at mail.instiz.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<abuse@instiz.net>:
Mailbox is full / Quota exceeded (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <takedown@kcsc.example>
From: KCSC Takedown <takedown@kcsc.example>
To: abuse@instiz.net
Subject: [KCSC-240910-06] 게시물 삭제 요청
Message-ID: <req-240910-06b@kcsc.example>

{REQ_I}""",
    outcome="ignored", classification="bounce",
    imitates="qmail 'failure notice' bounce with a copy of our request",
    why="bounce, even though the copy of our request names the item: ignored",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 93 (tests/corpus/blind93/): Korean portals and community sites.
# Written by make.py; expected results from each email's meaning alone,
# before any run of the reader. See NOTES.md."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean webmail and ticket systems send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76)


if __name__ == "__main__":
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind93", HEADER, CASES)
