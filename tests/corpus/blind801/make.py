#!/usr/bin/env python3
"""Blind set 801: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind801/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before any run of
the reader; see NOTES.md for the arguable ones.
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

# ---------------------------------------------------------------- requests

TISTORY_PATH = "이벤트-당첨-안내"
TISTORY_RAW = "https://pinewind-note.tistory.com/entry/" + TISTORY_PATH
TISTORY = "https://pinewind-note.tistory.com/entry/" + quote(TISTORY_PATH)

N1 = "https://blog.naver.com/moonlit_ledger/223551840117"
N2 = "https://blog.naver.com/moonlit_ledger/223551902264"
N3 = "https://blog.naver.com/gray_orchard77/223560013398"
N4 = "https://blog.naver.com/hanul_tide/223571245610"
N5 = "https://cafe.naver.com/dalbitmarket/48211"
N6 = "https://cafe.naver.com/dalbitmarket/48236"
N7 = "https://cafe.naver.com/sobokcafe/1190734"
N8 = "https://cafe.naver.com/ca-fe/cafes/10293847/articles/5521"
N9 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60214&docId=470998812"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=55120931"
N12 = "https://blog.naver.com/pale_lantern/223580067102"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/hanbit-trade/Ln2q/3318"
D2 = "https://cafe.daum.net/hanbit-trade/Ln2q/3342"
D3 = TISTORY
D4 = "https://cafe.daum.net/sunnyvalley77/9Kx1/112"

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120334"
G2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120571"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk2&no=4410218"
G4 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk2&no=4410355"
G5 = "https://gall.dcinside.com/mini/board/view/?id=dalnim&no=20871"
DC = [G1, G2, G3, G4, G5]

S1 = "https://vod.sooplive.co.kr/player/131245678"
S2 = "https://vod.sooplive.co.kr/player/131251190"
S3 = "https://ch.sooplive.co.kr/nightowl9/post/118820455"

F1 = "https://www.fmkorea.com/7301842256"
F2 = "https://www.fmkorea.com/7301859914"

C1 = "https://www.clien.net/service/board/park/18745520"

I1 = "https://www.inven.co.kr/board/lostark/4811/2230145"
I2 = "https://www.inven.co.kr/board/maple/5974/913302"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", "blogs, cafes, KnowledgeiN and Post advertising gambling sites", NAVER),
    ("KCSC-240903-02", "daum", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "fraud", "cafe posts and a Tistory entry running a fake prize event", [D1, D2, D3, D4]),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "market_manipulation", "gallery posts pushing a pump-and-dump scheme", DC),
    ("KCSC-240906-04", "soop", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "two VODs and a station post", [S1, S2, S3]),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "privacy", "posts exposing a private person's details", [F1, F2]),
    ("KCSC-240910-06", "clien", "2024-09-10T13:50:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "one post selling drugs", [C1]),
    ("KCSC-240911-07", "inven", "2024-09-11T15:20:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_trade", "account and item trading for cash", [I1, I2]),
]


def mid(ref):
    return "request.%s.1@kcsc.example" % ref


def rt(ref):
    """In-Reply-To value for corpuslib (it adds @kcsc.example)."""
    return "request.%s.1" % ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


# ---------------------------------------------------------------- helpers

def enc(s):
    """RFC 2047 B-encoding for non-ASCII header text, as real clients send."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode() + "?="


def qp_part(text, ctype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/%s; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s" % (ctype, body))


def b64_part(text, ctype="plain"):
    body = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/%s; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, body))


def multipart(subtype, boundary, parts, extra=""):
    out = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra), ""]
    out.append("This is a multi-part message in MIME format.")
    out.append("")
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, lang="ko"):
    """Our own request as the platform's client quotes it back."""
    lines = ["귀사 담당자님께,", "",
             "방송통신심의위원회는 아래 정보에 대하여 삭제 또는 접속차단 조치를 요청합니다.",
             "요청번호: %s" % ref, ""]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "",
              "방송통신심의위원회 불법정보 대응팀", "takedown@kcsc.example"]
    return "\n".join(lines)


def d(day, hm, sec="00"):
    wd = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon",
          10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon",
          17: "Tue", 18: "Wed", 19: "Thu"}[day]
    return "%s, %02d Sep 2024 %s:%s +0900" % (wd, day, hm, sec)


CASES = []


def case(**kw):
    CASES.append(kw)


R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ================================================================= NAVER

case(
    name="naver-kcsc-result-table-html",
    date=d(5, "16:42", "18"),
    **{"from": "kcsc-reply@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc("[네이버] 시정요구(%s) 조치결과 회신" % R1),
    reply_to_req=rt(R1),
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(요청번호 %s)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="%s">%s</a></td><td>삭제</td><td>2024.09.04 10:12</td></tr>
<tr><td>2</td><td><a href="%s">%s</a></td><td>삭제</td><td>2024.09.04 10:12</td></tr>
<tr><td>3</td><td><a href="%s">%s</a></td><td>블라인드</td><td>2024.09.04 10:15</td></tr>
<tr><td>4</td><td><a href="%s">%s</a></td><td>접속차단(국내)</td><td>2024.09.04 11:03</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>게시중단</td><td>2024.09.04 11:20</td></tr>
<tr><td>6</td><td><a href="%s">%s</a></td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>나머지 요청 건은 확인이 끝나는 대로 별도 회신드리겠습니다.</p>
<p>네이버 운영정책은 <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a> 에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>""" % (R1, N1, N1, N2, N2, N3, N3, N4, N4, N5, N5, N6, N6),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table from a portal (NAVER), HTML only",
    why="Six rows, each with its own action: 삭제/블라인드/게시중단 are removals, 접속차단(국내) a restriction, 게시물 없음(작성자 삭제) not found; the rest are only promised.",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed", N6: "not_found"},
)

case(
    name="naver-blog-temporary-measure",
    date=d(4, "09:05", "41"),
    **{"from": "right@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    subject=enc("[네이버 권리보호센터] 요청 게시물 임시조치 안내 (%s)" % R1),
    body="""안녕하세요, 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 아래 블로그 게시물에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)를 하였습니다.

대상 게시물: %s

임시조치 기간 중 게시자의 재게시 요청이 접수되는 경우 관련 절차에 따라
별도로 안내드리겠습니다.

네이버 권리보호센터 드림
※ 본 메일은 발신 전용이 아니며, 회신하시면 담당자에게 전달됩니다.
""" % N3,
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (30-day temporary measure under 정보통신망법 44-2)",
    why="임시조치 (access limited for 30 days) on the one named blog post is a restriction, stated as done.",
    items={N3: "restricted"},
)

CSV_ATT = "\ufeff요청번호,URL,처리결과,비고\n" + "\n".join([
    "%s,%s,삭제,카페 게시글 삭제 완료" % (R1, N5),
    "%s,%s,삭제,작성자 활동정지 병행" % (R1, N6),
    "%s,%s,조치 불가,운영원칙 위반 사항 확인되지 않음" % (R1, N7),
    "%s,%s,해당 없음,작성자가 이미 삭제한 게시물" % (R1, N8),
]) + "\n"

case(
    name="naver-cafe-csv-attachment",
    date=d(6, "15:31", "07"),
    **{"from": "cafe-ops@navercorp.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc("RE: [%s] 불법정보 시정요구 - 카페 게시글 처리 결과" % R1),
    reply_to_req=rt(R1),
    raw_mime=multipart("mixed", "----=_NaverPart_20240906_8812", [
        b64_part("""담당자님 안녕하세요.

요청하신 카페 게시글 4건의 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

네이버 카페 운영팀 드림
"""),
        'Content-Type: text/csv; charset=utf-8; name="kcsc_240902_01_cafe.csv"\n'
        "Content-Transfer-Encoding: base64\n"
        'Content-Disposition: attachment; filename="kcsc_240902_01_cafe.csv"\n\n'
        + base64.encodebytes(CSV_ATT.encode("utf-8")).decode("ascii"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal operations team replying with an Excel-exported CSV of results (UTF-8 with BOM)",
    why="The CSV gives each cafe post its result: two deleted, one refused for no violation found, one already deleted by its author.",
    items={N5: "removed", N6: "removed", N7: "rejected", N8: "not_found"},
)

case(
    name="naver-kin-english",
    date=d(5, "11:18", "52"),
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [%s] Request for removal of illegal information" % R1,
    reply_to_req=rt(R1),
    body="""Dear KCSC team,

Thank you for your request. Regarding the two KnowledgeiN questions:

%s
This question has been removed for violating the KnowledgeiN operating
policy (promotion of illegal gambling).

%s
We could not locate this question. It was deleted by its author before
our review, so no further action was possible.

Best regards,
Trust & Safety, NAVER Corp.
""" % (N9, N10),
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal, URL followed by its result paragraph",
    why="Each URL is followed by its own sentence: removed, then could not locate / deleted by its author.",
    items={N9: "removed", N10: "not_found"},
)

case(
    name="naver-post-rejected-with-reason",
    date=d(9, "17:02", "33"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책팀"),
    subject=enc("Re: [%s] 네이버 포스트 게시물 검토 결과" % R1),
    reply_to_req=rt(R1),
    body="""안녕하세요. 네이버 정책팀입니다.

요청하신 네이버 포스트 게시물을 검토하였습니다.

%s

해당 포스트는 언론 보도 내용을 인용해 도박 사이트의 피해 사례를 알리는 글로,
네이버 운영정책 및 관련 법령을 위반하는 내용이 확인되지 않아 게시를 유지하기로
결정하였습니다. 추가 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""" % N11,
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team refusal with its reason (news quotation, no violation)",
    why="A decision to keep the post up because it breaks no rule, with the reason: rejected. The closing offer to look at more material is not a request for information.",
    items={N11: "rejected"},
)

case(
    name="naver-top-posted-over-quote",
    date=d(10, "10:44", "09"),
    **{"from": "kim.seoyeon@navercorp.com"},
    name_from=enc("김서연"),
    subject=enc("RE: [%s] 불법정보 삭제 요청" % R1),
    reply_to_req=rt(R1),
    body="""안녕하세요, 네이버 김서연입니다.

아래 요청 중 %s 게시물은 어제 비공개 처리되었습니다.
나머지 건은 확인 후 별도로 회신드리겠습니다.

김서연 드림
NAVER 정책지원

-----Original Message-----
From: "KCSC 불법정보 대응팀"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:30:00 (GMT+09:00)
Subject: [%s] 불법정보 삭제 요청

%s
""" % (N12, R1, request_text(R1, NAVER)),
    outcome="applied", classification="confirmation",
    imitates="NAVER staff top-posted reply over a Korean Outlook-style original message",
    why="Only the pale_lantern post is said to be made private (비공개 처리 = removed); the twelve URLs below -----Original Message----- are our own request, and the rest is a promise.",
    items={N12: "removed"},
)

case(
    name="naver-qp-status-below-url",
    date=d(4, "18:20", "14"),
    **{"from": "blog-ops@navercorp.com"},
    name_from=enc("네이버 블로그 운영팀"),
    subject=enc("[%s] 블로그 게시물 처리 결과" % R1),
    raw_mime=qp_part("""KCSC 담당자님께,

요청번호 %s 관련 블로그 게시물 처리 결과입니다.

%s
→ 삭제 완료 (2024.09.04)

%s
→ 삭제 완료 (2024.09.04)

%s
→ 위반 사항 없음, 게시 유지 (피해 예방 목적의 후기 글)

네이버 블로그 운영팀
""" % (R1, N1, N2, N4)),
    outcome="applied", classification="confirmation",
    imitates="portal operations reply, quoted-printable Korean, bare URL with its status on the line below",
    why="Two posts deleted, one kept because no violation was found (rejected); each status sits on the line below its URL.",
    items={N1: "removed", N2: "removed", N4: "rejected"},
)

case(
    name="naver-base64-numbered-list",
    date=d(6, "09:58", "30"),
    **{"from": "safety@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버] 시정요구 조치 결과 안내 - %s" % R1),
    raw_mime=b64_part("""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물의 조치 결과를 안내드립니다.

1. %s - 카페 운영자 삭제
2. %s - 블라인드 처리
3. %s - 삭제
4. %s - 존재하지 않는 게시물 (작성자 삭제)

문의 사항은 본 메일로 회신해 주세요.
""" % (N7, N8, N9, N10)),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre result notice, base64 UTF-8 body with a numbered list",
    why="Numbered list, one result per URL: cafe manager deleted (운영자 삭제), blinded, deleted, does not exist (author deleted).",
    items={N7: "removed", N8: "removed", N9: "removed", N10: "not_found"},
)

case(
    name="naver-statement-of-reasons-restricted",
    date=d(11, "08:15", "02"),
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Content Moderation",
    subject="Statement of reasons: decision on reported content (%s)" % R1,
    body="""Statement of reasons

Reference: %s
Content: %s
Service: NAVER Cafe

Decision: access to the content has been restricted in the Republic of Korea.
Territorial scope: Republic of Korea only.
Ground: information found illegal under Korean law (Act on Promotion of
Information and Communications Network Utilization, Article 44-7).
Automated means used in the decision: no.

Redress: the uploader may object through
https://help.naver.com/support/appeal/contentDecision.help

NAVER Corp.
""" % (R1, N8),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress) from a portal",
    why="Access restricted in Korea only: restricted. The appeal link is the platform's own help page, not an item.",
    items={N8: "restricted"},
)

case(
    name="naver-wrapped-angle-url",
    date=d(12, "14:03", "47"),
    **{"from": "kin-ops@navercorp.com"},
    name_from="NAVER KnowledgeiN Operations",
    subject="Re: [%s] KnowledgeiN question" % R1,
    reply_to_req=rt(R1),
    body="""Hello,

The question at <https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60214&
docId=470998812> has been deleted by our operations team today, together
with its answers.

Regards,
KnowledgeiN Operations, NAVER
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL in angle brackets is wrapped by the sender's client",
    why="The URL inside <...> is wrapped across two lines; joined, it is the second KnowledgeiN question, deleted.",
    items={N10: "removed"},
)

# ================================================================= Daum / Kakao

case(
    name="daum-cafe-report-result",
    date=d(5, "13:26", "55"),
    **{"from": "right@kakaocorp.com"},
    name_from=enc("Daum 권리침해신고센터"),
    subject=enc("[Daum] 신고 처리 결과 안내 (%s)" % R2),
    body="""안녕하세요. Daum 권리침해신고센터입니다.

신고하신 게시물에 대한 처리 결과를 안내드립니다.

[처리 대상] %s
[처리 결과] 게시중단

[처리 대상] %s
[처리 결과] 블라인드

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
https://cs.daum.net/faq/95.html

카카오 드림
""" % (D1, D2),
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 처리 결과 notice with [처리 대상]/[처리 결과] blocks",
    why="게시중단 and 블라인드 are both removals; the cs.daum.net FAQ link is the platform's help page.",
    items={D1: "removed", D2: "removed"},
)

case(
    name="daum-tistory-korean-path",
    date=d(6, "10:37", "21"),
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc("Re: [%s] 티스토리 게시글 조치 안내" % R2),
    reply_to_req=rt(R2),
    body="""안녕하세요, 티스토리 운영팀입니다.

아래 티스토리 게시글은 카카오 운영정책(사기·피싱 금지) 위반으로 삭제되었습니다.

%s

블로그 운영자에게도 조치 사실을 안내하였습니다.

티스토리 운영팀 드림
""" % TISTORY_RAW,
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory operations notice quoting the entry URL with its raw Korean path",
    why="The raw Korean path is the percent-encoded Tistory entry of the request; deleted.",
    items={D3: "removed"},
)

case(
    name="daum-english-mixed",
    date=d(9, "16:50", "38"),
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Re: [%s] Removal request - Daum Cafe / Tistory" % R2,
    reply_to_req=rt(R2),
    body="""Dear KCSC,

Please find our findings below.

- %s : the page no longer exists. The blog owner deleted the entry
  before our review.
- %s : we have applied a temporary measure (임시조치) for 30 days.
  Access to the post is blocked during this period.

Kind regards,
Kakao Trust & Safety
""" % (TISTORY_RAW, D4),
    outcome="applied", classification="confirmation",
    imitates="Kakao trust-and-safety English reply with a Korean term (임시조치) in a bulleted list",
    why="The Tistory entry was deleted by its owner (not found); the Daum cafe post is under a 30-day temporary measure, access blocked (restricted).",
    items={D3: "not_found", D4: "restricted"},
)

case(
    name="daum-status-line-below",
    date=d(10, "11:09", "16"),
    **{"from": "cafe_help@daum.net"},
    name_from=enc("다음 카페 고객센터"),
    subject=enc("[다음카페] 요청 게시글 처리 결과 - %s" % R2),
    body="""요청번호 %s 에 대한 다음카페 처리 결과입니다.

%s
→ 처리결과: 삭제

%s
→ 처리결과: 해당 게시물 없음

다음카페 고객센터
""" % (R2, D1, D2),
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe help-desk reply with arrow lines under each URL",
    why="First post deleted; the second does not exist (해당 게시물 없음): not found.",
    items={D1: "removed", D2: "not_found"},
)

# ================================================================= DC Inside

case(
    name="dc-bulleted-mixed",
    date=d(6, "19:12", "44"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [%s] 게시물 삭제 요청" % R3),
    reply_to_req=rt(R3),
    body="""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 5건에 대한 처리 결과를 알려드립니다.

- %s : 삭제
- %s : 삭제
- %s : 삭제 및 작성자 IP 차단
- %s : 이미 삭제된 게시물 (작성자 삭제)
- %s : 미니 갤러리 운영원칙 및 관련 법령 위반 사항이 없어 삭제하지 않았습니다

감사합니다.
디시인사이드 운영팀
""" % (G1, G2, G3, G4, G5),
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply, bulleted URL : result list",
    why="Three deleted, one already deleted by its author (not found), one not deleted because it breaks no rule (rejected).",
    items={G1: "removed", G2: "removed", G3: "removed", G4: "not_found", G5: "rejected"},
)

case(
    name="dc-url-below-statement",
    date=d(6, "09:31", "03"),
    **{"from": "gallery-admin@dcinside.com"},
    name_from=enc("디시인사이드 갤러리 관리자"),
    subject=enc("[디시인사이드] 게시물 조치 알림"),
    body="""다음 게시물은 운영자 권한으로 삭제 처리되었음을 알려드립니다.
%s

본 메일은 %s 요청에 따른 안내입니다.
""" % (G3, R3),
    outcome="applied", classification="confirmation",
    imitates="DC Inside gallery admin notice with the URL on the line below its statement",
    why="The statement (deleted by the operator) precedes the URL on the next line.",
    items={G3: "removed"},
)

case(
    name="dc-fullwidth-punctuation",
    date=d(9, "13:44", "27"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    subject=enc("RE: [%s] 추가 처리 결과" % R3),
    reply_to_req=rt(R3),
    body="""요청번호：%s

① %s （삭제 완료）
② %s （해당 글 없음）

이상입니다。
디시인사이드 신고센터
""" % (R3, G5, G2),
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width punctuation and circled numbers",
    why="The mini-gallery post is deleted; the stock gallery post is reported as not existing (해당 글 없음).",
    items={G5: "removed", G2: "not_found"},
)

case(
    name="dc-echoed-report-form",
    date=d(7, "02:10", "58"),
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드"),
    subject=enc("[디시인사이드] 신고 처리 결과 안내"),
    body="""[디시인사이드] 신고 처리 결과 안내

신고자: 방송통신심의위원회 (takedown@kcsc.example)
요청번호: %s

신고 번호: DC-R-2409-55812
신고 대상 URL: %s
신고 사유: 불법정보(시세조종)
처리 결과: 게시물 삭제

신고 번호: DC-R-2409-55813
신고 대상 URL: %s
신고 사유: 불법정보(시세조종)
처리 결과: 조치 안 함 (운영원칙 위반 아님)

본 메일은 발신 전용입니다.
""" % (R3, G1, G2),
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome mail echoing the submitted report form fields",
    why="Each echoed report block carries its own outcome: deleted, and no action because it breaks no rule (rejected).",
    items={G1: "removed", G2: "rejected"},
)

# ================================================================= SOOP

case(
    name="soop-vod-english",
    date=d(9, "10:22", "36"),
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: [%s] VOD removal request" % R4,
    reply_to_req=rt(R4),
    body="""Hello KCSC team,

We reviewed the two VODs in your request.

VOD %s has been removed from SOOP for violating our
obscenity policy.

VOD %s has been set to 19+ viewing; it can now only be
watched after adult age verification.

Best,
SOOP Trust & Safety
""" % (S1, S2),
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety reply in English",
    why="One VOD removed, the other age-restricted (19+ with verification): restricted.",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-station-post-blind",
    date=d(10, "15:05", "12"),
    **{"from": "cs@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    subject=enc("[SOOP] 방송국 게시글 조치 안내 (%s)" % R4),
    body="""안녕하세요, SOOP 고객센터입니다.

방송국 게시글 %s 은 운영정책 위반(음란물 게시)이 확인되어
블라인드 처리하였습니다.

해당 BJ에게는 경고 조치가 함께 이루어졌습니다.

SOOP 고객센터 드림
""" % S3,
    outcome="applied", classification="confirmation",
    imitates="SOOP customer-centre Korean notice about a station post",
    why="블라인드 처리 of the station post is a removal; the warning to the streamer is not an item.",
    items={S3: "removed"},
)

case(
    name="soop-outlook-quoted",
    date=d(11, "17:38", "05"),
    **{"from": "jh.park@sooplive.co.kr"},
    name_from="Park Jihoon",
    subject="RE: [%s] VOD removal request" % R4,
    reply_to_req=rt(R4),
    body="""Hi,

%s : deleted on 10 Sep.
%s : reviewed by our policy team; it does not violate our community
guidelines and remains available.

Regards,
Jihoon Park | SOOP Content Policy

-----Original Message-----
From: KCSC <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:10 PM
To: safety@sooplive.co.kr
Subject: [%s] VOD removal request

%s
""" % (S1, S2, R4, request_text(R4, [S1, S2, S3])),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform employee over the original message",
    why="The two VODs above the quote get deleted / remains available (rejected); the station post appears only in our quoted request.",
    items={S1: "removed", S2: "rejected"},
)

# ================================================================= FM Korea

case(
    name="fmkorea-particle-after-url",
    date=d(10, "20:14", "49"),
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영진"),
    subject=enc("Re: [%s] 개인정보 노출 게시물 삭제 요청" % R5),
    reply_to_req=rt(R5),
    body="""안녕하세요, 에펨코리아 운영진입니다.

%s의 게시글은 개인정보 노출로 확인되어 삭제 처리하였습니다.
%s 는 공개된 보도 내용만 포함되어 있어 사이트 규정 위반이 아니므로 유지합니다.

감사합니다.
""" % (F1, F2),
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply in Korean with a particle written straight after the URL",
    why="The first URL is followed by the particle 의 with no space; its post is deleted. The second is kept because it breaks no site rule (rejected).",
    items={F1: "removed", F2: "rejected"},
)

case(
    name="fmkorea-angle-brackets",
    date=d(12, "09:47", "20"),
    **{"from": "report@fmkorea.com"},
    name_from=enc("에펨코리아 신고처리"),
    subject=enc("[에펨코리아] %s 처리 결과" % R5),
    body="""처리 결과 안내드립니다.

<%s> - 삭제됨
<%s> - 이미 삭제된 게시물입니다 (작성자 본인 삭제)

에펨코리아
""" % (F1, F2),
    outcome="applied", classification="confirmation",
    imitates="short admin reply with URLs in angle brackets",
    why="Deleted; and already deleted by its author (not found).",
    items={F1: "removed", F2: "not_found"},
)

# ================================================================= Clien

case(
    name="clien-gmail-quoted",
    date=d(11, "09:12", "33"),
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영자"),
    subject=enc("Re: [%s] 게시물 삭제 요청" % R6),
    reply_to_req=rt(R6),
    body="""%s 삭제했습니다.
해당 회원은 이용 정지 처리했습니다.

클리앙 운영자 드림

2024년 9월 10일 (화) 오후 1:50, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
%s
""" % (C1, quote_lines(request_text(R6, [C1]))),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply (Korean attribution line) from a community admin over the quoted request",
    why="Top line names the post and says it was deleted; the quoted request below is ours.",
    items={C1: "removed"},
)

case(
    name="clien-sole-statement",
    date=d(12, "16:25", "40"),
    **{"from": "help@clien.net"},
    name_from=enc("클리앙"),
    subject=enc("RE: [%s] 게시물 삭제 요청" % R6),
    reply_to_req=rt(R6),
    body="""안녕하세요.

요청하신 게시물은 운영 규정에 따라 삭제 처리하였습니다.

감사합니다.
클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="one-line admin confirmation answering a one-item request without repeating the URL",
    why="The request has one item; the reply in its thread and with its reference says the requested post was deleted.",
    items={C1: "removed"},
)

# ================================================================= Inven

case(
    name="inven-html-table",
    date=d(13, "11:55", "08"),
    **{"from": "report@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    subject=enc("[인벤] 시정요구 조치 결과 (%s)" % R7),
    raw_mime=multipart("alternative", "inven_alt_0913", [
        qp_part("""인벤 운영팀입니다. 조치 결과는 HTML 본문을 확인해 주세요."""),
        qp_part("""<html><body>
<p>인벤 운영팀입니다. 요청번호 %s 조치 결과입니다.</p>
<table border="1">
<tr><th>게시물</th><th>조치</th></tr>
<tr><td>%s</td><td>삭제</td></tr>
<tr><td>%s</td><td>성인 인증 게시판으로 이동 (19세 미만 열람 제한)</td></tr>
</table>
<p>인벤 운영팀</p>
</body></html>""" % (R7, I1, I2), "html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="game-community operations reply, multipart/alternative with the results only in an HTML table",
    why="The text part says nothing; the HTML table gives one deletion and one post moved behind adult verification (restricted).",
    items={I1: "removed", I2: "restricted"},
)

case(
    name="inven-ack-plus-statement",
    date=d(12, "10:02", "11"),
    **{"from": "cs@inven.co.kr"},
    name_from=enc("인벤 고객센터"),
    subject=enc("[인벤] 신고 접수 및 처리 안내"),
    body="""신고가 정상적으로 접수되었습니다. (접수번호 INV-240912-0412)

확인 결과 %s 게시물은
현금 거래 유도로 삭제 처리되었습니다.

인벤 고객센터
""" % I1,
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries a result",
    why="A receipt line, then an unhedged statement that the Lost Ark post was deleted: not a pure acknowledgement.",
    items={I1: "removed"},
)

# ================================================================= review

case(
    name="naver-promise-will-act",
    date=d(3, "14:40", "29"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책팀"),
    subject=enc("Re: [%s] 불법정보 삭제 요청" % R1),
    reply_to_req=rt(R1),
    body="""안녕하세요. 네이버 정책팀입니다.

요청하신 게시물 중 아래 2건은 내부 검토 후 조치할 예정입니다.

%s
%s

결과는 영업일 기준 3일 이내에 회신드리겠습니다.
""" % (N1, N2),
    outcome="review", review="not_understood",
    imitates="portal reply promising action after internal review",
    why="Names two items but only promises action (조치할 예정): no statement, items stay pending.",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    date=d(6, "12:18", "50"),
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc("Re: [%s] 게시물 삭제 요청" % R3),
    reply_to_req=rt(R3),
    body="""안녕하세요.

확인해 보니 %s 게시물은
이미 삭제된 것으로 보입니다. 나머지 게시물은 현재 확인 중입니다.

디시인사이드 운영팀
""" % G2,
    outcome="review", review="not_understood",
    imitates="community operator's tentative first answer",
    why="'삭제된 것으로 보입니다' (appears to have been deleted) is a hedge, and the rest is under review.",
    items={G2: "pending"},
)

case(
    name="naver-bulk-all-removed",
    date=d(13, "15:10", "00"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책팀"),
    subject=enc("Re: [%s] 불법정보 삭제 요청 - 조치 완료" % R1),
    reply_to_req=rt(R1),
    body="""안녕하세요. 네이버 정책팀입니다.

%s 건으로 요청하신 게시물 12건에 대하여 모두 삭제 조치를 완료하였습니다.

협조해 주셔서 감사합니다.
""" % R1,
    outcome="review", review="bulk",
    imitates="portal's one-sentence completion notice for a whole request",
    why="'모두 삭제' for a twelve-item request without naming any item: bulk, nothing applied.",
    items={u: "pending" for u in NAVER},
)

case(
    name="dc-bulk-english",
    date=d(13, "18:31", "19"),
    **{"from": "global@dcinside.com"},
    name_from="DC Inside Global Support",
    subject="Re: [%s] Removal request" % R3,
    reply_to_req=rt(R3),
    body="""Dear KCSC,

All of the posts listed in your request %s have been removed
from DC Inside.

Regards,
DC Inside Global Support
""" % R3,
    outcome="review", review="bulk",
    imitates="English blanket confirmation from a community site's support desk",
    why="A statement about all five posts without naming any: bulk.",
    items={u: "pending" for u in DC},
)

case(
    name="naver-dkim-fail",
    date=d(7, "22:48", "35"),
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책팀"),
    subject=enc("[%s] 처리 결과" % R1),
    auth="fail",
    body="""안녕하세요.

%s 게시물은 삭제되었습니다.

네이버 정책팀
""" % N5,
    outcome="review", review="untrusted",
    imitates="plausible portal reply whose DKIM/SPF/DMARC all fail",
    why="Claims a NAVER deletion but fails authentication for navercorp.com: untrusted, nothing applied.",
    items={N5: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    date=d(4, "23:05", "42"),
    **{"from": "dalbit.manager@gmail.com"},
    name_from=enc("달빛마켓 카페지기"),
    subject=enc("Re: [%s] 카페 게시글 관련" % R1),
    body="""안녕하세요, 네이버 카페 '달빛마켓' 매니저입니다.
네이버에서 연락 받고 말씀하신 글 두 개 제가 직접 삭제했습니다.

%s
%s

앞으로 관리 잘 하겠습니다.
""" % (N5, N6),
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing personally from a webmail address",
    why="Statements about NAVER items from a gmail.com address, not NAVER: unknown sender, nothing applied.",
    items={N5: "pending", N6: "pending"},
)

case(
    name="daum-about-naver-url",
    date=d(4, "10:11", "27"),
    **{"from": "right@kakaocorp.com"},
    name_from=enc("Daum 권리침해신고센터"),
    subject=enc("Re: [%s] 불법정보 삭제 요청" % R1),
    body="""안녕하세요. Daum 권리침해신고센터입니다.

참조로 받은 요청 메일 중 %s 는
당사 서비스에서 확인되지 않는 게시물입니다.
네이버 측에 직접 요청해 주시기 바랍니다.

카카오 드림
""" % N7,
    outcome="review", review="wrong_platform",
    imitates="Kakao rights centre answering a request it received in copy for another portal",
    why="Daum states the NAVER cafe post is not found on its service: a status about another platform's item.",
    items={N7: "pending"},
)

case(
    name="soop-under-review",
    date=d(7, "11:34", "13"),
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: [%s] VOD removal request" % R4,
    reply_to_req=rt(R4),
    body="""Hello,

The following VODs are currently under review by our policy team:

%s
%s

We will notify you once a decision has been made.

SOOP Trust & Safety
""" % (S1, S2),
    outcome="review", review="not_understood",
    imitates="'under review, we will notify you' interim reply",
    why="Under review and a promise to notify: no statement, items pending.",
    items={S1: "pending", S2: "pending"},
)

case(
    name="fmkorea-contact-change",
    date=d(16, "10:00", "00"),
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아"),
    subject=enc("[에펨코리아] 공공기관 요청 접수 창구 변경 안내"),
    body="""안녕하세요, 에펨코리아입니다.

2024년 10월 1일부터 공공기관의 게시물 관련 요청은
legal@fmkorea.com 으로 보내 주시기 바랍니다.
기존 주소로 보내신 메일도 당분간은 전달됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a new contact address for public-authority requests",
    why="Trusted FM Korea mail that names no item and no request: nothing to apply, a person should note the new address.",
    items={},
)

case(
    name="inven-asks-more",
    date=d(12, "14:27", "52"),
    **{"from": "report@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    subject=enc("Re: [%s] 게시물 조치 요청" % R7),
    reply_to_req=rt(R7),
    body="""안녕하세요, 인벤 운영팀입니다.

요청하신 아래 게시물을 확인하기 위해 시정요구 공문 사본을 첨부하여
회신해 주시기 바랍니다. 공문 확인 후 처리하겠습니다.

- %s
- %s

인벤 운영팀 드림
""" % (I1, I2),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the official request letter before acting",
    why="Asks for a copy of the official letter before acting: a request for information, items pending.",
    items={I1: "pending", I2: "pending"},
)

case(
    name="dc-lookalike-domain",
    date=d(8, "03:16", "07"),
    **{"from": "support@dcinside-help.com"},
    name_from=enc("디시인사이드 고객지원"),
    subject=enc("[%s] 처리 완료 안내" % R3),
    body="""안녕하세요. 디시인사이드 고객지원입니다.

요청하신 게시물은 아래와 같이 처리되었습니다.

%s : 삭제
%s : 삭제

처리 확인서가 필요하시면 회신 주세요.
""" % (G3, G4),
    outcome="review", review="unknown_sender",
    imitates="mail from a look-alike domain using a platform's name",
    why="dcinside-help.com is not DC Inside's domain: unknown sender, nothing applied.",
    items={G3: "pending", G4: "pending"},
)

case(
    name="soop-spf-fail",
    date=d(8, "21:40", "31"),
    **{"from": "cs@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    subject=enc("[SOOP] 조치 완료 안내 (%s)" % R4),
    auth="fail",
    body="""안녕하세요, SOOP 고객센터입니다.

방송국 게시글 %s 은 삭제되었습니다.

SOOP 고객센터 드림
""" % S3,
    outcome="review", review="untrusted",
    imitates="SOOP-looking notice from the right domain that fails authentication",
    why="From sooplive.co.kr but DKIM/SPF/DMARC fail: untrusted.",
    items={S3: "pending"},
)

# ================================================================= ignored

case(
    name="naver-out-of-office",
    date=d(9, "10:31", "02"),
    **{"from": "lee.minjun@navercorp.com"},
    name_from=enc("이민준"),
    subject=enc("[자동응답] Re: [%s] 불법정보 삭제 요청" % R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답]
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

I am out of the office until 13 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="Out-of-office notice: ignored.",
    items={},
)

case(
    name="fmkorea-out-of-office-english",
    date=d(9, "10:00", "09"),
    **{"from": "legal@fmkorea.com"},
    name_from="FM Korea Legal",
    subject="Automatic reply: [%s] Request to remove posts" % R5,
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am currently out of the office and will
return on Wednesday, 11 September. Your message regarding %s will be
handled after my return.
""" % R5,
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Automatic reply naming our reference and promising later handling: ignored.",
    items={},
)

DSN = multipart("report", "dsn.dcinside.1725530512", [
    """Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mbox.dcinside.com[198.51.100.77] said: 550
    5.1.1 <report-old@dcinside.com>: Recipient address rejected: User unknown
    in local recipient table""",
    """Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 09:41:50 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Original-Recipient: rfc822;report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown in local recipient table""",
    """Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [%s] %s
Message-ID: <%s>
Date: Thu, 05 Sep 2024 09:40:00 +0900""" % (R3, enc("게시물 삭제 요청"), mid(R3)),
], '; report-type=delivery-status')

case(
    name="dc-bounce-dsn",
    date=d(5, "09:41", "52"),
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (multipart/report; delivery-status)",
    why="Our request bounced at an old address: a DSN, ignored.",
    items={},
)

MDN = multipart("report", "mdn_soop_0909", [
    b64_part("""귀하가 보낸 메시지를 수신자가 읽었습니다.

받는 사람: safety@sooplive.co.kr
제목: [%s] VOD removal request
읽은 시간: 2024-09-09 (월) 09:15
""" % R4),
    """Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Hiworks Mail
Final-Recipient: rfc822; safety@sooplive.co.kr
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed""" % mid(R4),
], '; report-type=disposition-notification')

case(
    name="soop-read-receipt",
    date=d(9, "09:15", "44"),
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Safety",
    subject=enc("읽음: [%s] VOD removal request" % R4),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (message/disposition-notification)",
    why="Read receipt: ignored.",
    items={},
)

case(
    name="daum-ticket-receipt",
    date=d(3, "11:02", "13"),
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: #KAKAO-2409-778812
문의 제목: [%s] 불법정보 삭제 요청

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 접수하신 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""" % R2,
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="Pure receipt with a ticket number: ignored.",
    items={},
)

case(
    name="naver-help-receipt",
    date=d(2, "10:31", "50"),
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의 접수 안내 / Your inquiry has been received"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""네이버 고객센터에 문의해 주셔서 감사합니다.
문의 번호 2409020031187 으로 접수되었습니다.
순차적으로 확인 후 답변드리겠습니다.

Thank you for contacting NAVER Customer Center.
Your inquiry (No. 2409020031187) has been received and will be answered in turn.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre bilingual receipt",
    why="Automatic receipt with an inquiry number, no statement: ignored.",
    items={},
)

HEADER = """# Blind set 801 (Korean portals and community sites), written by make.py.
# Expected results written from each email's meaning before any run of the
# reader. Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind801", HEADER, CASES)


if __name__ == "__main__":
    main()
