#!/usr/bin/env python3
"""Blind set 261: Korean portals and community sites (DC Inside, NAVER,
Kakao/Daum, SOOP, Nate, FM Korea, Inven; Clien as a wrong platform), mixing
Korean and English, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind261/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result was written from the meaning of the email alone, before the
reader was run. All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
D = [
    DC + "/board/view/?id=stock_new2&no=9910231",
    DC + "/board/view/?id=stock_new2&no=9910388",
    DC + "/mgallery/board/view/?id=fakeidol&no=204417",
    DC + "/mgallery/board/view/?id=fakeidol&no=204452",
    DC + "/mgallery/board/view/?id=fakeidol&no=204460",
    DC + "/mgallery/board/view/?id=dreamcar_kr&no=55102",
    DC + "/mgallery/board/view/?id=dreamcar_kr&no=55119",
    DC + "/mini/board/view/?id=moonlitroom&no=3321",
    DC + "/mini/board/view/?id=moonlitroom&no=3340",
    DC + "/board/view/?id=tvdrama_x&no=771203",
    DC + "/board/view/?id=tvdrama_x&no=771290",
    DC + "/board/view/?id=tvdrama_x&no=771305",
]
N = [
    "https://blog.naver.com/haneul_fake77/223561004411",
    "https://cafe.naver.com/fakestockclub/431207",
    "https://cafe.naver.com/fakestockclub/431255",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472810391",
]
TISTORY_SLUG = "주식-리딩방-후기"
K2_RAW = "https://sanchaek-fake.tistory.com/entry/" + TISTORY_SLUG
K = [
    "https://cafe.daum.net/fakemoim2024/Ab3x/1182",
    "https://sanchaek-fake.tistory.com/entry/" + quote(TISTORY_SLUG),
    "https://brunch.co.kr/@fakewriter/37",
]
S = [
    "https://vod.sooplive.co.kr/player/134502211",
    "https://vod.sooplive.co.kr/player/134502987",
    "https://ch.sooplive.co.kr/nightowl_fake/post/91822033",
    "https://ch.sooplive.co.kr/nightowl_fake/post/91822410",
    "https://ch.sooplive.co.kr/nightowl_fake",
]
T = [
    "https://pann.nate.com/talk/372918244",
    "https://pann.nate.com/talk/372920017",
]
F = [
    "https://www.fmkorea.com/7301182245",
    "https://www.fmkorea.com/7301190032",
    "https://www.fmkorea.com/7301201178",
]
I = ["https://www.inven.co.kr/board/lostark/4811/1022937"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", D,
     "illegal_gambling_ads", "largest request"),
    ("KCSC-240903-02", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N,
     "investment_fraud", ""),
    ("KCSC-240904-03", "daum", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", K,
     "investment_fraud", "tistory path stored percent-encoded"),
    ("KCSC-240905-04", "soop", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", S,
     "obscene_content", ""),
    ("KCSC-240906-05", "nate", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", T,
     "defamation_privacy", ""),
    ("KCSC-240909-06", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", F,
     "illegal_gambling_ads", ""),
    ("KCSC-240910-07", "inven", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", I,
     "illegal_trade", "one item"),
]


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rid(ref):
    """The request's Message-ID local part, as corpuslib's reply_to_req wants it."""
    return msgid(ref).split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<" + msgid(ref) + ">", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req_body(ref, urls):
    """The regulator's own request text, as quoted back by platforms."""
    lines = [
        "안녕하십니까. 방송통신심의위원회 불법정보 대응팀입니다.",
        f"아래 게시물에 대하여 시정요구(삭제)를 요청드립니다. (참조번호 {ref})",
        "",
    ]
    for n, u in enumerate(urls, 1):
        lines.append(f"{n}. {u}")
    lines += ["", "처리 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{payload}\n"


def multipart(kind, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def html_page(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
            + inner + "\n</body></html>")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== APPLIED ==============================================================

case(
    name="dc-admin-numbered-all-twelve",
    imitates="DC Inside 운영팀 reply to a KCSC 시정요구 listing each post with its 처리 결과",
    from_="dc_report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 9월 2일 요청하신 게시물 12건에 대한 처리 결과를
아래와 같이 회신드립니다.

1. {D[0]} - 삭제
2. {D[1]} - 삭제
3. {D[2]} - 삭제
4. {D[3]} - 삭제
5. {D[4]} - 작성자 자진 삭제로 게시물 없음
6. {D[5]} - 삭제
7. {D[6]} - 삭제
8. {D[7]} - 삭제 (미니 갤러리 매니저 경고 병행)
9. {D[8]} - 삭제
10. {D[9]} - 삭제
11. {D[10]} - 성인 인증 게시물로 전환 (청소년 열람 제한)
12. {D[11]} - 삭제하지 않음: 확인 결과 게시 내용이 관련 법령 위반에 해당하지 않아 유지합니다.

추가 문의 사항은 본 메일로 회신 부탁드립니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    why="every post named with its own result: ten deletions, one author-deleted, one adult-only, one kept",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "removed", D[9]: "removed",
           D[10]: "restricted", D[11]: "rejected"},
)

case(
    name="dc-korean-prose-three",
    imitates="DC Inside 신고센터 partial-result notice in Korean prose",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Wed, 04 Sep 2024 11:20:05 +0900",
    subject="[디시인사이드] 게시물 삭제 요청 처리 안내 (KCSC-240902-01)",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

귀 위원회에서 요청하신 건 중 주식 갤러리 게시물 2건({D[0]}, {D[1]})은
금일 오전 삭제 조치하였습니다.

드라마 갤러리의 {D[9]} 게시물은 확인 시점에
이미 작성자가 삭제하여 존재하지 않는 게시물이었습니다.

나머지 게시물은 담당 부서에서 확인 중이며, 처리되는 대로 다시 안내드리겠습니다.

감사합니다.
디시인사이드 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    why="two posts deleted, one already deleted by its author; the rest explicitly still in progress",
    items={D[0]: "removed", D[1]: "removed", D[9]: "not_found"},
)

_dc_table = html_page(f"""<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>요청번호 KCSC-240902-01 중 마이너·미니 갤러리 게시물의 처리 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{D[5].replace('&', '&amp;')}">{D[5].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-05 14:02</td></tr>
<tr><td>2</td><td><a href="{D[6].replace('&', '&amp;')}">{D[6].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-05 14:03</td></tr>
<tr><td>3</td><td><a href="{D[7].replace('&', '&amp;')}">{D[7].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-05 14:05</td></tr>
<tr><td>4</td><td><a href="{D[8].replace('&', '&amp;')}">{D[8].replace('&', '&amp;')}</a></td><td>유지 (위반 사항 없음)</td><td>2024-09-05 14:07</td></tr>
</table>
<p>신고 처리 기준은 <a href="https://gall.dcinside.com/policy/report_guide">신고 처리 안내</a>를 참고해 주십시오.</p>
<p>디시인사이드 운영팀</p>""")

case(
    name="dc-html-table-base64",
    imitates="DC Inside HTML result table (base64 body) for part of a 시정요구",
    from_="dc_report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 15:10:44 +0900",
    subject="[디시인사이드] 시정요구 처리 결과 회신 - KCSC-240902-01",
    raw_mime=single("text/html", "base64", b64(_dc_table)),
    outcome="applied", classification="confirmation",
    why="HTML table: three posts 삭제, one 유지 because no violation; the policy link is not an item",
    items={D[5]: "removed", D[6]: "removed", D[7]: "removed", D[8]: "rejected"},
)

_csv = ("no,url,result,processed_at\n"
        f"10,{D[9]},deleted,2024-09-06 10:11\n"
        f"11,{D[10]},deleted,2024-09-06 10:12\n"
        f"12,{D[11]},not found (deleted by author),2024-09-06 10:12\n")
case(
    name="dc-csv-attachment",
    imitates="DC Inside result sheet sent as a CSV attachment with a short cover note",
    from_="dc_report@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="RE: [KCSC-240902-01] 처리 결과 첨부",
    reply_to_req=rid("KCSC-240902-01"),
    raw_mime=multipart("mixed", "----=_DC_240906_0001", [
        single("text/plain", "8bit",
               "안녕하세요, 디시인사이드 운영팀입니다.\n\n드라마 갤러리 게시물 3건의 처리 결과를 첨부 파일로 "
               "보내드립니다.\n\n감사합니다."),
        'Content-Type: text/csv; charset=utf-8; name="kcsc_240902_01_result.csv"\n'
        'Content-Transfer-Encoding: base64\n'
        'Content-Disposition: attachment; filename="kcsc_240902_01_result.csv"\n\n' + b64(_csv),
    ]),
    outcome="applied", classification="confirmation",
    why="CSV rows: two deleted, one not found because its author deleted it",
    items={D[9]: "removed", D[10]: "removed", D[11]: "not_found"},
)

case(
    name="dc-top-posted-outlook-original",
    imitates="Outlook top-posted reply over the regulator's request (-----Original Message-----)",
    from_="kim.jh@dcinside.com", name_from="김재현 (디시인사이드 운영팀)",
    date="Tue, 03 Sep 2024 17:55:21 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 김재현입니다.

요청하신 12건 중 아래 2건은 우선 삭제 처리하였습니다.
- {D[2]}
- {D[3]}

나머지 10건은 검토 후 다시 회신드리겠습니다.

김재현 드림

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청

{req_body("KCSC-240902-01", D)}
""",
    outcome="applied", classification="confirmation",
    why="two posts deleted above the quoted request; the quoted twelve URLs are the regulator's own text",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="dc-english-on-wrote-quote",
    imitates="English reply from a portal's global support desk, Gmail-style '>' quoting",
    from_="global@dcinside.com", name_from="DC Inside Global Support",
    date="Sat, 07 Sep 2024 09:14:02 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""Hi KCSC team,

An update on KCSC-240902-01:

- {D[4]} had already been deleted by its author when we
  checked, so there was nothing left for us to remove.
- {D[5]} and {D[6]} have now been taken down.

Best regards,
Minji Seo
DC Inside Global Support

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(req_body("KCSC-240902-01", D))}
""",
    outcome="applied", classification="confirmation",
    why="one post gone before review (author), two taken down; quoted list ignored",
    items={D[4]: "not_found", D[5]: "removed", D[6]: "removed"},
)

case(
    name="dc-wrapped-angle-url",
    imitates="plain-text mail from a support agent whose client wrapped a long bracketed URL",
    from_="global@dcinside.com", name_from="DC Inside Global Support",
    date="Fri, 06 Sep 2024 18:02:47 +0900",
    subject="KCSC-240902-01 - fakeidol minor gallery",
    body="""Hello,

The following posts in the fakeidol minor gallery were removed this
afternoon after review:

<https://gall.dcinside.com/mgallery/board/view/?id=fakeidol&no=204417>
<https://gall.dcinside.com/mgallery/board/view/
?id=fakeidol&no=204460>

Kind regards,
Minji Seo
DC Inside Global Support
""",
    outcome="applied", classification="confirmation",
    why="two posts removed; the second URL is wrapped inside angle brackets (RFC 3986 appendix C)",
    items={D[2]: "removed", D[4]: "removed"},
)

case(
    name="dc-receipt-plus-immediate-deletions",
    imitates="DC Inside ticket receipt that also reports posts deleted on receipt",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Mon, 02 Sep 2024 14:31:09 +0900",
    subject="[디시인사이드] 요청 접수 안내 (접수번호 DCR-240902-0093)",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""귀 기관의 요청이 정상적으로 접수되었습니다. (접수번호 DCR-240902-0093)

아울러 요청 목록 중 아래 게시물은 접수 즉시 삭제하였습니다.
· {D[9]}
· {D[11]}

그 외 게시물은 순차적으로 검토할 예정입니다.

※ 본 메일은 발신 전용이 아니므로 회신하실 수 있습니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    why="a receipt phrase plus two unhedged deletions is not a pure acknowledgement",
    items={D[9]: "removed", D[11]: "removed"},
)

case(
    name="naver-cafe-blind-and-temporary-measure",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (블라인드 / 임시조치)",
    from_="policy@navercorp.com", name_from="네이버 게시중단 고객센터",
    date="Thu, 05 Sep 2024 13:05:30 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-02)",
    body=f"""안녕하세요. 네이버 게시중단 고객센터입니다.

요청번호: KCSC-240903-02
요청기관: 방송통신심의위원회

[처리 내역]
■ 대상: {N[1]}
   처리: 블라인드 처리 (카페 운영원칙 위반)
■ 대상: {N[2]}
   처리: 임시조치 (정보통신망법 제44조의2에 따른 30일간 접근 차단)

이의가 있으신 경우 https://right.naver.com/report/appeal 에서 재검토를 요청하실 수 있습니다.

네이버 게시중단 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    why="one cafe post blinded, the other under a 30-day temporary access block; the appeal page is not an item",
    items={N[1]: "removed", N[2]: "restricted"},
)

case(
    name="naver-english-kin-and-blog",
    imitates="NAVER Trust & Safety English outcome mail for a regulator",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 10:48:12 +0900",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""Dear KCSC,

Thank you for your request KCSC-240903-02. Our results so far:

* {N[3]}
  The question and all of its answers have been deleted.

* {N[0]}
  We could not find this post. The author deleted it before our review.

The two cafe posts are still with the cafe operations team; we will write
again once they have decided.

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="Knowledge iN question deleted, blog post not found (author deleted it); cafe posts explicitly pending",
    items={N[3]: "removed", N[0]: "not_found"},
)

case(
    name="naver-quoted-printable-bullets",
    imitates="NAVER 고객센터 answer in a quoted-printable Korean body",
    from_="help@naver.com", name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 15:22:40 +0900",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240903-02)",
    raw_mime=single("text/plain", "quoted-printable", qp(f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

- {N[0]} : 게시물 비공개 처리
- {N[1]} : 삭제 완료
- {N[2]} : 카페 운영원칙 위반 사항이 확인되지 않아 게시가 유지됩니다

감사합니다.
""")),
    outcome="applied", classification="confirmation",
    why="blog post made private, cafe post deleted, other cafe post kept for no violation",
    items={N[0]: "removed", N[1]: "removed", N[2]: "rejected"},
)

case(
    name="naver-echoed-report-form",
    imitates="NAVER 신고센터 result mail that echoes the submitted report form",
    from_="report_noreply@navercorp.com", name_from="네이버 신고센터",
    date="Wed, 04 Sep 2024 09:31:55 +0900",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

신고하신 내용
- 접수번호: NR-2409-558120
- 신고 URL: {N[3]}
- 신고 사유: 불법정보 (방송통신심의위원회 시정요구 KCSC-240903-02)
- 신고 일시: 2024.09.03 10:05

처리 결과
- 해당 게시물을 삭제하였습니다.

본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    why="the echoed report names one URL and the result says that post was deleted",
    items={N[3]: "removed"},
)

case(
    name="daum-tistory-raw-korean-url",
    imitates="Kakao 권리침해신고센터 임시조치 notice for a Tistory post",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 11:03:18 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240904-03)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 <{K2_RAW}>은
정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)되었습니다.

게시자의 재게시 요청이 접수될 경우 별도로 안내드립니다.
관련 도움말: https://cs.kakao.com/helps?service=tistory&category=right

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    why="raw Korean path (stored percent-encoded) put under a 30-day temporary access block",
    items={K[1]: "restricted"},
)

case(
    name="daum-cafe-deleted-brunch-kept",
    imitates="Daum 카페 / 브런치 운영팀 mixed-service result",
    from_="cafe_report@daum.net", name_from="Daum 고객센터",
    date="Mon, 09 Sep 2024 16:40:02 +0900",
    subject="Re: [KCSC-240904-03] 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240904-03"),
    body=f"""안녕하세요, Daum 고객센터입니다.

Daum 카페 게시물 {K[0]} 는 카페 운영정책 위반으로 삭제되었습니다.

브런치 글 {K[2]} 은 검토 결과 서비스 운영정책에 위반되는
내용이 확인되지 않아 게시를 유지합니다. (Not removed: no policy violation found.)

티스토리 게시물은 권리침해신고센터에서 별도로 안내드릴 예정입니다.

Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    why="cafe post deleted, brunch article kept with a reason; tistory left to another team",
    items={K[0]: "removed", K[2]: "rejected"},
)

case(
    name="daum-english-three-named",
    imitates="Kakao Safety Center English outcome summary",
    from_="safety@kakaocorp.com", name_from="Kakao Safety Center",
    date="Tue, 10 Sep 2024 10:12:00 +0900",
    subject="Outcome of request KCSC-240904-03",
    body=f"""Dear Korea Communications Standards Commission,

Outcome of request KCSC-240904-03:

1) {K[0]}
   Removed.
2) {K[1]}
   Removed.
3) {K[2]}
   Not found - the article no longer exists; the writer withdrew it.

Kakao Safety Center
""",
    outcome="applied", classification="confirmation",
    why="each of the three URLs with its own result",
    items={K[0]: "removed", K[1]: "removed", K[2]: "not_found"},
)

case(
    name="soop-english-vods-and-channel",
    imitates="SOOP Trust & Safety English enforcement notice",
    from_="trustsafety@sooplive.com", name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 12:00:31 +0900",
    subject="[SOOP] Result of your request KCSC-240905-04",
    body=f"""Hello,

We reviewed the content listed in your request KCSC-240905-04.

The following VODs were deleted for violating the SOOP Community Guidelines:
{S[0]}
{S[1]}

The channel {S[4]} has been permanently suspended
and can no longer be accessed.

We are still reviewing the two channel posts and will update you separately.

SOOP Trust & Safety
https://www.sooplive.co.kr/policy/guidelines
""",
    outcome="applied", classification="confirmation",
    why="two VODs deleted and the channel permanently suspended; posts still under review",
    items={S[0]: "removed", S[1]: "removed", S[4]: "removed"},
)

case(
    name="soop-korean-url-below-statement",
    imitates="SOOP 고객센터 Korean answer with each URL on the line below its statement",
    from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 14:15:00 +0900",
    subject="[SOOP 고객센터] 신고 게시글 처리 결과 안내 (KCSC-240905-04)",
    body=f"""안녕하세요. SOOP 고객센터입니다.

아래 게시글은 삭제 처리되었습니다.
{S[2]}

아래 게시글은 확인 결과 운영정책 위반 사항이 없어 게시가 유지됩니다.
{S[3]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="each statement is followed by its URL on the next line: one deleted, one kept",
    items={S[2]: "removed", S[3]: "rejected"},
)

case(
    name="soop-vod-age-restricted",
    imitates="SOOP 운영팀 VOD 연령 제한 / 삭제 notice mixing Korean and English",
    from_="vod_ops@sooplive.co.kr", name_from="SOOP VOD 운영팀",
    date="Sun, 08 Sep 2024 19:44:10 +0900",
    subject="Re: [KCSC-240905-04] VOD 조치 결과",
    reply_to_req=rid("KCSC-240905-04"),
    body=f"""안녕하세요, SOOP VOD 운영팀입니다.

VOD {S[1]}
 -> 19세 이상 시청 가능(연령 제한) 설정으로 변경하였습니다. (age-restricted)

VOD {S[0]}
 -> 삭제하였습니다. (deleted)

SOOP VOD 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    why="one VOD age-restricted, the other deleted",
    items={S[1]: "restricted", S[0]: "removed"},
)

_soop_html = html_page(f"""<p>안녕하세요. SOOP 신고센터입니다.</p>
<p>요청번호 <b>KCSC-240905-04</b> 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>대상</th><th>조치</th></tr>
<tr><td>{S[0]}</td><td>삭제</td></tr>
<tr><td>{S[1]}</td><td>삭제</td></tr>
<tr><td>{S[2]}</td><td>삭제</td></tr>
<tr><td>{S[3]}</td><td>게시물 없음 (이미 삭제됨)</td></tr>
<tr><td>{S[4]}</td><td>방송국 영구 이용정지</td></tr>
</table>
<p>SOOP 신고센터</p>""")

case(
    name="soop-html-table-qp",
    imitates="SOOP 신고센터 HTML result table (quoted-printable)",
    from_="report@sooplive.co.kr", name_from="SOOP 신고센터",
    date="Tue, 10 Sep 2024 11:25:37 +0900",
    subject="[SOOP] 요청 처리 결과 (KCSC-240905-04)",
    raw_mime=single("text/html", "quoted-printable", qp(_soop_html)),
    outcome="applied", classification="confirmation",
    why="table of five: three deleted, one already gone, channel permanently banned",
    items={S[0]: "removed", S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed"},
)

case(
    name="nate-pann-both-deleted",
    imitates="네이트 판 운영자 삭제 notice",
    from_="pann_admin@nate.com", name_from="네이트 판 운영자",
    date="Mon, 09 Sep 2024 10:05:12 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240906-05"),
    body=f"""안녕하세요. 네이트 판 운영자입니다.

요청하신 판 게시물 2건({T[0]}, {T[1]})은
모두 운영자 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="both posts named and both deleted by the operator",
    items={T[0]: "removed", T[1]: "removed"},
)

case(
    name="nate-bare-url-result-below",
    imitates="Nate 고객센터 per-request result block (URL, then 처리결과 on the next line)",
    from_="helpdesk@nate.com", name_from="네이트 고객센터",
    date="Tue, 10 Sep 2024 09:40:00 +0900",
    subject="[네이트] 시정요구 처리결과 회신 KCSC-240906-05",
    body=f"""방송통신심의위원회 담당자님께,

[요청 1]
{T[0]}
→ 처리결과: 게시중단

[요청 2]
{T[1]}
→ 처리결과: 해당 게시물 없음 (작성자 삭제)

네이트 고객센터
""",
    outcome="applied", classification="confirmation",
    why="bare URL blocks with the result below: one taken down, one already deleted by its author",
    items={T[0]: "removed", T[1]: "not_found"},
)

case(
    name="fmkorea-korean-particles",
    imitates="FM Korea 운영진 informal Korean reply with URLs followed by particles",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 20:11:45 +0900",
    subject="Re: [KCSC-240909-06] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240909-06"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{F[0]}는 삭제했고, {F[1]} 글도 삭제 처리했습니다.
{F[2]} 은 도박 광고가 아닌 일반 축구 토론 글이라 신고 사유에 해당하지 않는 것으로 판단되어 유지합니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    why="two posts deleted (one URL with a particle glued to it), one kept with a reason",
    items={F[0]: "removed", F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-gmail-korean-quote",
    imitates="Gmail Korean-locale reply ('님이 작성:') over the quoted request",
    from_="report@fmkorea.com", name_from="에펨코리아 신고담당",
    date="Wed, 11 Sep 2024 13:30:19 +0900",
    subject="Re: [KCSC-240909-06] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240909-06"),
    body=f"""7301190032 글은 삭제 완료했습니다.
{F[1]}

나머지 두 개({F[0]}, {F[2]})는 확인해 보니
작성자가 이미 지운 글이라 존재하지 않습니다.

2024년 9월 9일 (월) 오전 10:00, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted(req_body("KCSC-240909-06", F))}
""",
    outcome="applied", classification="confirmation",
    why="one post deleted, the other two no longer exist (author deleted); the quote repeats all three",
    items={F[1]: "removed", F[0]: "not_found", F[2]: "not_found"},
)

case(
    name="inven-sole-item-no-url",
    imitates="Inven 운영팀 short thread reply to a one-item request",
    from_="gm@inven.co.kr", name_from="인벤 운영팀",
    date="Wed, 11 Sep 2024 17:02:03 +0900",
    subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240910-07"),
    body="""안녕하세요. 인벤 운영팀입니다.

요청하신 로스트아크 게시판 게시물은 확인 후 삭제 조치 완료하였습니다.

감사합니다.
인벤 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    why="thread reply to a one-item request saying the requested post was deleted",
    items={I[0]: "removed"},
)

case(
    name="inven-fullwidth-punctuation",
    imitates="Inven 신고 처리 notice with full-width punctuation around the URL",
    from_="report@inven.co.kr", name_from="인벤 신고센터",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    subject="[인벤] 신고 처리 결과 안내 KCSC-240910-07",
    body=f"""안녕하세요. 인벤 신고센터입니다.

처리 대상：{I[0]}，처리 결과：블라인드(비공개) 처리 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="the one post blinded; full-width colon and comma touch the URL",
    items={I[0]: "removed"},
)

# ===== REVIEW ===============================================================

case(
    name="dc-promise-sequential-deletion",
    imitates="DC Inside reply promising deletion after internal review",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Tue, 03 Sep 2024 10:15:40 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청",
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.

요청하신 게시물
{D[0]}
{D[1]}
{D[2]}
은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.
처리가 완료되면 별도로 안내드리겠습니다.

디시인사이드 신고센터 드림
""",
    outcome="review", review="not_understood",
    why="only a promise ('삭제될 예정'); nothing has happened to the three posts yet",
    items={D[0]: "pending", D[1]: "pending", D[2]: "pending"},
)

case(
    name="naver-hedge-may-be-hidden",
    imitates="NAVER English reply with a hedge and a promise to confirm",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Wed, 04 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""Dear KCSC,

It looks like the cafe post {N[1]} may already have been
hidden by the cafe manager. We will confirm with the cafe operations team
and get back to you with a final answer.

Regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    why="'looks like ... may already have been hidden' is a hedge, followed by a promise",
    items={N[1]: "pending"},
)

case(
    name="dc-bulk-all-twelve-deleted",
    imitates="DC Inside one-line completion notice for a whole request",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Sun, 08 Sep 2024 11:00:00 +0900",
    subject="[디시인사이드] KCSC-240902-01 처리 완료",
    body="""안녕하세요. 디시인사이드 신고센터입니다.

KCSC-240902-01 건으로 요청하신 게시물 12건은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    why="'all 12 posts deleted' for a twelve-item request without naming any",
)

case(
    name="soop-bulk-all-removed-en",
    imitates="SOOP English one-paragraph closure of a request",
    from_="trustsafety@sooplive.com", name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 15:45:00 +0900",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=rid("KCSC-240905-04"),
    body="""Hello,

All of the content listed in your request KCSC-240905-04 has been removed
from SOOP. Thank you for your cooperation.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    why="a statement about all five items of the request without naming each",
)

case(
    name="naver-dmarc-fail-claims",
    imitates="mail claiming to be NAVER's 게시중단 centre but failing DMARC",
    from_="policy@navercorp.com", name_from="네이버 게시중단 고객센터", auth="fail",
    date="Fri, 06 Sep 2024 22:48:13 +0900",
    subject="[NAVER] 게시중단 처리 완료 (KCSC-240903-02)",
    body=f"""요청하신 게시물은 모두 삭제되었습니다.

{N[0]} - 삭제
{N[1]} - 삭제
{N[2]} - 삭제

네이버 게시중단 고객센터
""",
    outcome="review", review="untrusted",
    why="item-level statements, but DKIM/SPF/DMARC fail for navercorp.com",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-minigallery-manager-gmail",
    imitates="a gallery volunteer manager writing from a personal webmail account",
    from_="moonlit.manager@gmail.com", name_from="달빛방 매니저",
    date="Wed, 04 Sep 2024 23:12:40 +0900",
    subject="달빛방 미니갤 글 관련 (KCSC-240902-01)",
    body=f"""안녕하세요 달빛방 미니갤 매니저입니다.
디시 운영팀에서 연락 받고 확인했어요.

말씀하신 글 {D[7]} 이랑
{D[8]} 둘 다 제가 지웠습니다.

앞으로 관리 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    why="deletions stated from gmail.com, not from DC Inside's domain",
    items={D[7]: "pending", D[8]: "pending"},
)

case(
    name="clien-about-fmkorea-posts",
    imitates="another community's admin answering a misdirected request about a rival site's posts",
    from_="admin@clien.net", name_from="클리앙 운영진",
    date="Tue, 10 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-240909-06] 불법 도박 광고 게시물 삭제 요청",
    body=f"""클리앙 운영진입니다.

보내주신 주소를 열어 봤는데, 아래 두 글은 현재 삭제되어 열리지 않습니다.
 {F[0]}
 {F[1]}

참고로 해당 주소는 클리앙이 아니라 에펨코리아 게시물입니다.
이후 요청은 해당 사이트 운영진에게 보내 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    why="Clien states FM Korea posts are deleted; only FM Korea's own mail can change them",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="nate-under-review-named",
    imitates="Nate 고객센터 interim 'under review' notice naming the posts",
    from_="helpdesk@nate.com", name_from="네이트 고객센터",
    date="Fri, 06 Sep 2024 16:20:00 +0900",
    subject="[네이트] 시정요구 검토 안내 KCSC-240906-05",
    body=f"""방송통신심의위원회 담당자님께,

접수하신 시정요구 건(KCSC-240906-05)의 아래 게시물 2건은 현재 내부 검토 중입니다.
- {T[0]}
- {T[1]}

검토가 끝나는 대로 결과를 알려드리겠습니다.

네이트 고객센터
""",
    outcome="review", review="not_understood",
    why="'현재 검토 중' about named posts: no status, and more than a pure receipt",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="daum-asks-for-documents",
    imitates="Kakao 권리침해신고센터 request for supporting documents before a 임시조치",
    from_="right@kakaocorp.com", name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:30:00 +0900",
    subject="[카카오] 게시중단 요청 관련 추가 자료 요청 (KCSC-240904-03)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물
{K[1]}
에 대한 조치를 진행하기 위해 시정요구 의결서 사본(기관 직인 포함)을
본 메일로 회신하여 주시기 바랍니다.

자료가 접수되면 검토를 재개하겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for the decision document before acting; nothing decided",
    items={K[1]: "pending"},
)

case(
    name="fmkorea-contact-change-notice",
    imitates="community site notice to institutions about a new takedown contact address",
    from_="admin@fmkorea.com", name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[에펨코리아] 공공기관 게시물 조치 요청 접수 창구 변경 안내",
    body="""안녕하세요, 에펨코리아 운영진입니다.

2024년 9월 23일부터 공공기관의 게시물 조치 요청은 아래 주소로만 접수합니다.

- 접수 메일: gov-request@fmkorea.com
- 접수 양식: https://www.fmkorea.com/gov_request_form

기존 주소로 보내신 요청도 9월 30일까지는 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    why="trusted FM Korea mail naming no item and no request: a person should read it",
)

case(
    name="soop-conflicting-result-and-note",
    imitates="SOOP result mail where the result line and the agent's note disagree",
    from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 17:50:00 +0900",
    subject="[SOOP 고객센터] 게시글 처리 결과 (KCSC-240905-04)",
    body=f"""안녕하세요. SOOP 고객센터입니다.

[처리 결과]
1. {S[2]} - 삭제

[담당자 의견]
{S[2]} 게시글은 신고 내용과 달리 운영정책 위반으로 보기 어려워 게시를 유지하였습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    why="the same post is said to be deleted and to be kept",
    items={S[2]: "pending"},
)

_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"3 0 obj<</Length 44>>stream\nx\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]\nendstream endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="naver-official-letter-pdf",
    imitates="NAVER 공문 (official letter) sent only as a PDF attachment",
    from_="policy@navercorp.com", name_from="네이버 게시중단 고객센터",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="[NAVER] 시정요구 처리 결과 회신 공문 (KCSC-240903-02)",
    raw_mime=multipart("mixed", "----=_NAVER_PDF_0912", [
        single("text/plain", "8bit",
               "안녕하세요. 네이버 게시중단 고객센터입니다.\n\nKCSC-240903-02 건 처리 결과는 첨부 공문(PDF)을 "
               "참고해 주시기 바랍니다.\n\n감사합니다."),
        'Content-Type: application/pdf; name="NAVER_KCSC-240903-02.pdf"\n'
        'Content-Transfer-Encoding: base64\n'
        'Content-Disposition: attachment; filename="NAVER_KCSC-240903-02.pdf"\n\n' + b64(_pdf),
    ]),
    outcome="review", review="unreadable_attachment",
    why="the results are only in a PDF letter the reader cannot read",
)

# ===== IGNORED ==============================================================

case(
    name="dc-out-of-office-chuseok",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    from_="kim.jh@dcinside.com", name_from="김재현 (디시인사이드 운영팀)",
    date="Sat, 14 Sep 2024 08:01:00 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240902-01] 불법정보 시정요구(게시물 삭제) 요청",
    reply_to_req=rid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김재현입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
게시물 신고 관련 급한 건은 report@dcinside.com 으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
)

case(
    name="naver-out-of-office-en-quoting",
    imitates="Outlook 'Automatic reply' in English that quotes the original request",
    from_="j.park@navercorp.com", name_from="Jiwon Park",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="Automatic reply: [KCSC-240903-02] Request for removal",
    reply_to_req=rid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: j.park@navercorp.com"],
    body=f"""I am out of the office until Monday 9 September with limited access to email.
For urgent matters please contact policy@navercorp.com.

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
Subject: [KCSC-240903-02] Request for removal

{req_body("KCSC-240903-02", N)}
""",
    outcome="ignored", classification="auto_reply",
    why="automatic out-of-office reply; the URLs are only in the quoted request",
)

_nate_dsn = multipart("report", "DSN.240906.nate", [
    single("text/plain", "8bit",
           "This is the mail system at host mx1.nate.com.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients.\n\n"
           "<pann_report@nate.com>: host mx1.nate.com said: 550 5.1.1 <pann_report@nate.com>:\n"
           "    Recipient address rejected: User unknown in local recipient table"),
    "Content-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx1.nate.com\n"
    "Arrival-Date: Fri, 6 Sep 2024 10:00:05 +0900 (KST)\n\n"
    "Final-Recipient: rfc822; pann_report@nate.com\n"
    "Action: failed\n"
    "Status: 5.1.1\n"
    "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
    "Content-Type: message/rfc822\n\n"
    "From: KCSC 불법정보 대응팀 <takedown@kcsc.example>\n"
    "To: pann_report@nate.com\n"
    "Subject: [KCSC-240906-05] 게시물 삭제 요청\n"
    f"Message-ID: <{msgid('KCSC-240906-05')}>\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n" + req_body("KCSC-240906-05", T),
], extra="; report-type=delivery-status")

case(
    name="nate-bounce-user-unknown",
    imitates="Postfix DSN: the request bounced from a wrong Nate address",
    from_="MAILER-DAEMON@mx1.nate.com", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 10:00:06 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=_nate_dsn,
    outcome="ignored", classification="bounce",
    why="delivery status notification carrying our own request",
)

_soop_mdn = multipart("report", "MDN_soop_0905", [
    single("text/plain", "8bit",
           "귀하가 보낸 메시지를 수신자가 열어 보았습니다.\n\n"
           "제목: [KCSC-240905-04] 음란물 게시물 삭제 요청\n"
           "읽은 시각: 2024-09-05 오후 2:33"),
    "Content-Type: message/disposition-notification\n\n"
    "Reporting-UA: mail.sooplive.co.kr; Outlook\n"
    "Final-Recipient: rfc822; jh.park@sooplive.co.kr\n"
    f"Original-Message-ID: <{msgid('KCSC-240905-04')}>\n"
    "Disposition: manual-action/MDN-sent-manually; displayed",
], extra="; report-type=disposition-notification")

case(
    name="soop-read-receipt",
    imitates="Outlook 읽음 확인 (MDN) from a SOOP staff member",
    from_="jh.park@sooplive.co.kr", name_from="박지훈",
    date="Thu, 05 Sep 2024 14:33:12 +0900",
    subject="읽음 확인: [KCSC-240905-04] 음란물 게시물 삭제 요청",
    reply_to_req=rid("KCSC-240905-04"),
    raw_mime=_soop_mdn,
    outcome="ignored", classification="read_receipt",
    why="read receipt only",
)

case(
    name="inven-ticket-receipt",
    imitates="Inven 고객센터 automatic ticket receipt",
    from_="noreply@inven.co.kr", name_from="인벤 고객센터",
    date="Tue, 10 Sep 2024 10:00:33 +0900",
    subject="[인벤 고객센터] 문의가 정상적으로 접수되었습니다",
    body="""안녕하세요. 인벤 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: IVC-20240910-1187
문의 유형: 게시물 신고 / 권리침해

담당자가 확인 후 순차적으로 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    why="pure ticket receipt, no item, no result",
)

case(
    name="daum-acknowledgement-en",
    imitates="Kakao Safety Center English case-created receipt",
    from_="safety@kakaocorp.com", name_from="Kakao Safety Center",
    date="Wed, 04 Sep 2024 10:02:10 +0900",
    subject="We received your request [KCSC-240904-03]",
    reply_to_req=rid("KCSC-240904-03"),
    body="""Hello,

We have received your request and opened case KKO-7731920.
Our team usually responds within 3 business days.

Please do not change the subject line if you reply to this message.

Kakao Safety Center
""",
    outcome="ignored", classification="acknowledgement",
    why="receipt with a case id; no statement about any item",
)


HEADER = """# Blind set 261: Korean portals and community sites (DC Inside, NAVER,
# Kakao/Daum, SOOP, Nate, FM Korea, Inven; Clien as a wrong platform).
# Written by tests/corpus/blind261/make.py from each email's meaning, before
# the reader was run. Do not edit by hand."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # Non-ASCII header text goes out as RFC 2047 encoded-words, as real
        # mail clients send it.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode(linesep="\n")
    write_set(HERE, "blind261", HEADER, CASES)


if __name__ == "__main__":
    main()
