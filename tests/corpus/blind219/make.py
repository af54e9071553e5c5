#!/usr/bin/env python3
"""Blind set 219: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Inven, plus Ppomppu) answering KCSC
시정요구 emails in Korean and English, with the doubtful and ignorable mail
a regulator's mailbox receives.

    python3 tests/corpus/blind219/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic.
Every expected result was written from the email's meaning alone, before
any run of the reader.
"""
import base64
import csv
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(s):
    """RFC 2047 encoded word(s), as most Korean mailers write a subject."""
    return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
SLUG = "주말-모임-후기"
K2_RAW = "https://bluepine-notes.tistory.com/entry/" + SLUG
K2 = "https://bluepine-notes.tistory.com/entry/" + urllib.parse.quote(SLUG)

N = {
    1: "https://blog.naver.com/moonlit_ferry/223551200481",
    2: "https://blog.naver.com/moonlit_ferry/223551200577",
    3: "https://blog.naver.com/gray_orchard88/223548811902",
    4: "https://cafe.naver.com/pinkbridgemarket/58213",
    5: "https://cafe.naver.com/pinkbridgemarket/58240",
    6: "https://cafe.naver.com/pinkbridgemarket/58311",
    7: "https://cafe.naver.com/quietlanternclub/120877",
    8: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471829301",
    9: "https://blog.naver.com/PostView.naver?blogId=salt_meadow_07&logNo=223560018842",
    10: "https://tv.naver.com/v/58120733",
    11: "https://cafe.naver.com/quietlanternclub/120902",
    12: "https://blog.naver.com/gray_orchard88/223549000117",
    13: "https://post.naver.com/viewer/postView.naver?volumeNo=38201175&memberNo=51220983",
    14: "https://in.naver.com/velvetcrate/contents/internal/71820455012",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440128",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440196",
    4: "https://gall.dcinside.com/mini/board/view/?id=nightowlz&no=3021",
    5: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712094",
}
K = {
    1: "https://cafe.daum.net/velvetharbor/Q9zx/4411",
    2: K2,
    3: "https://cafe.daum.net/velvetharbor/Q9zx/4418",
    4: "https://bluepine-notes.tistory.com/218",
}
S = {
    1: "https://vod.sooplive.co.kr/player/131870245",
    2: "https://vod.sooplive.co.kr/player/131871902",
    3: "https://ch.sooplive.co.kr/nightjar77/post/128830117",
}
T = {
    1: "https://pann.nate.com/talk/372018845",
    2: "https://pann.nate.com/talk/372019310",
}
F1 = "https://www.fmkorea.com/7412298815"
I = {
    1: "https://www.inven.co.kr/board/lostark/4821/1098832",
    2: "https://www.inven.co.kr/board/maple/5974/3310277",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "gambling", [N[i] for i in range(1, 15)], "불법 도박 홍보 블로그·카페 게시물 일괄"),
    ("KCSC-240903-02", "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "fraud", [D[i] for i in range(1, 6)], "코인 리딩방 유인 게시물"),
    ("KCSC-240904-03", "daum", "2024-09-04T14:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "privacy", [K[i] for i in range(1, 5)], "개인정보 노출 (카페·티스토리)"),
    ("KCSC-240905-04", "soop", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     "obscene", [S[i] for i in range(1, 4)], "VOD 2건, 방송국 게시글 1건"),
    ("KCSC-240906-05", "nate", "2024-09-06T16:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "defamation", [T[1], T[2]], "네이트판 게시물"),
    ("KCSC-240909-06", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "drugs", [F1], "마약류 판매 광고"),
    ("KCSC-240910-07", "inven", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", [I[1], I[2]], "게임 아이템 현금 도박 홍보"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAMES = {"naver": "NAVER", "dcinside": "디시인사이드", "daum": "카카오(Daum)",
                  "soop": "SOOP", "nate": "네이트", "fmkorea": "에펨코리아", "inven": "인벤"}


def msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls_raw=None):
    """Our own request email, as platforms quote it back."""
    _, plat, sent, due, cat, urls, _ = REQ[ref]
    urls = urls_raw or urls
    lines = [
        "안녕하세요. 방송통신심의위원회 불법정보 대응팀입니다.",
        "",
        "아래 정보는 「정보통신망법」 제44조의7에 따른 불법정보로 심의·의결되어",
        "시정요구(삭제 또는 접속차단)를 요청드리오니, %s까지 조치 결과를" % due[:10],
        "회신하여 주시기 바랍니다.",
        "",
        "요청번호: %s" % ref,
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "감사합니다.", "KCSC 불법정보 대응팀 드림"]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


def req_subject(ref):
    n = len(REQ[ref][5])
    return "[%s] 불법정보 시정요구 (%s, %d건)" % (ref, PLATFORM_NAMES[REQ[ref][1]], n)


CASES = []


def case(**c):
    CASES.append(c)


# ======================================================== NAVER (14 items)

case(
    name="naver-kcsc-result-table-html",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 as an HTML table (번호/URL/조치결과/비고)",
    why="Trusted NAVER table: one result per row for eight URLs of KCSC-240902-01; 임시조치 rows are restricted, 게시물 없음 is not_found, 조치 불가 (위반 없음) is rejected.",
    date="Thu, 05 Sep 2024 17:41:09 +0900",
    **{"from": "right_noreply@navercorp.com"},
    name_from="NAVER 게시중단 담당",
    subject=enc("[NAVER] 시정요구(KCSC-240902-01) 조치 결과 회신"),
    type="html",
    body="""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 게시중단 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(요청번호 KCSC-240902-01) 건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="%s">%s</a></td><td>삭제</td><td>9/4 조치</td></tr>
<tr><td>2</td><td><a href="%s">%s</a></td><td>삭제</td><td>9/4 조치</td></tr>
<tr><td>3</td><td><a href="%s">%s</a></td><td>임시조치</td><td>30일, 게시자 소명 대기</td></tr>
<tr><td>4</td><td><a href="%s">%s</a></td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>삭제</td><td>카페 매니저 삭제 확인</td></tr>
<tr><td>6</td><td><a href="%s">%s</a></td><td>조치 불가</td><td>운영정책상 위반 사항이 확인되지 않음</td></tr>
<tr><td>7</td><td><a href="%s">%s</a></td><td>블라인드</td><td>&nbsp;</td></tr>
<tr><td>8</td><td><a href="%s">%s</a></td><td>임시조치</td><td>30일</td></tr>
</table>
<p>나머지 6건은 확인이 끝나는 대로 별도로 회신드리겠습니다.<br>
운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.<br>NAVER 게시중단 담당 드림</p>
</body></html>""" % tuple(x for i in range(1, 9) for x in (N[i].replace("&", "&amp;"), N[i].replace("&", "&amp;"))),
    reply_to_req=thread("KCSC-240902-01"),
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected", N[7]: "removed", N[8]: "restricted"},
)

_csv_rows = [
    ("URL", "처리결과", "처리일시", "비고"),
    (N[9], "삭제", "2024-09-06 10:12", ""),
    (N[10], "연령제한", "2024-09-06 10:20", "19세 이상 시청 가능으로 변경"),
    (N[11], "게시물 없음", "2024-09-06 10:31", "이미 삭제된 게시물"),
    (N[12], "삭제", "2024-09-06 10:33", ""),
    (N[13], "유지", "2024-09-06 11:02", "운영정책 위반 아님"),
    (N[14], "비공개 처리", "2024-09-06 11:15", ""),
]
_cbuf = io.StringIO()
csv.writer(_cbuf, lineterminator="\r\n").writerows(_csv_rows)
_csv_b64 = base64.b64encode(("\ufeff" + _cbuf.getvalue()).encode("utf-8")).decode("ascii")
_csv_b64 = "\n".join(_csv_b64[i:i + 76] for i in range(0, len(_csv_b64), 76))

case(
    name="naver-csv-attachment-results",
    outcome="applied", classification="confirmation",
    imitates="Portal reply carrying a CSV result sheet (Excel-style UTF-8 with BOM) as a base64 attachment",
    why="The attached CSV from NAVER gives one result per URL for the other six items: 삭제/비공개 removed, 연령제한 restricted, 게시물 없음 not_found, 유지 (위반 아님) rejected.",
    date="Fri, 06 Sep 2024 11:48:30 +0900",
    **{"from": "right_noreply@navercorp.com"},
    name_from="NAVER 게시중단 담당",
    subject=enc("RE: [KCSC-240902-01] 불법정보 시정요구 - 잔여 6건 처리 결과"),
    reply_to_req=thread("KCSC-240902-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="----=_NV_219_csv"

------=_NV_219_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
------=_NV_219_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

%s
------=_NV_219_csv--
""" % (b64("안녕하세요, 네이버 게시중단 담당입니다.\n\n"
           "KCSC-240902-01 건 중 지난번 회신에 포함되지 않은 6건의 처리 결과를\n"
           "첨부 파일(CSV)로 보내드립니다. 파일을 확인해 주시기 바랍니다.\n\n"
           "감사합니다.\n"), _csv_b64),
    items={N[9]: "removed", N[10]: "restricted", N[11]: "not_found", N[12]: "removed",
           N[13]: "rejected", N[14]: "removed"},
)

case(
    name="naver-cafe-blind-prose-ko",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 게시중단 notice in prose (블라인드 처리, author already deleted)",
    why="Two cafe posts 블라인드 처리 (removed); the third URL, written with the particle 은 glued to it, was already deleted by its author (not_found).",
    date="Wed, 04 Sep 2024 09:05:44 +0900",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 고객센터",
    subject=enc("Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)"),
    reply_to_req=thread("KCSC-240902-01"),
    body="""안녕하세요. 네이버 카페 고객센터입니다.

요청번호 KCSC-240902-01 중 카페 게시글에 대한 검토 결과를 안내드립니다.

요청하신 카페 게시글 가운데 아래 2건은 카페 운영원칙 위반(불법 도박 홍보)으로
확인되어 9월 3일 블라인드 처리하였습니다.

  - https://cafe.naver.com/pinkbridgemarket/58213
  - https://cafe.naver.com/pinkbridgemarket/58240

그리고 https://cafe.naver.com/quietlanternclub/120877은 작성자가 이미 삭제하여
현재 존재하지 않는 게시글입니다.

나머지 카페 게시글은 확인 중이며, 결과가 나오는 대로 다시 연락드리겠습니다.

네이버 카페 고객센터 드림
""",
    items={N[4]: "removed", N[5]: "removed", N[7]: "not_found"},
)

case(
    name="naver-en-top-posted-over-quote",
    outcome="applied", classification="confirmation",
    imitates="Global trust-and-safety desk reply in English, top-posted over the quoted Korean request (Gmail 'On ... wrote:')",
    why="Above the quote NAVER states N2 deleted, N3 blocked for Korean IPs (restricted), N12 kept as not violating (rejected); the other URLs appear only in the quoted request.",
    date="Thu, 05 Sep 2024 08:22:17 +0900",
    **{"from": "ts-global@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] request for removal",
    reply_to_req=thread("KCSC-240902-01"),
    body="""Dear KCSC team,

Thank you for your request. Our review of the blog posts is complete:

https://blog.naver.com/moonlit_ferry/223551200577 has been deleted for
violating the NAVER Blog Operating Policy (illegal gambling promotion).

https://blog.naver.com/gray_orchard88/223548811902 has been restricted:
access from Korean IP addresses is blocked, in line with your order.

https://blog.naver.com/gray_orchard88/223549000117 does not violate our
policies or Korean law in our assessment, so it remains available. The post
is a news summary and contains no link to a gambling site.

Kind regards,
Ji-won Seo
Trust & Safety Operations, NAVER Corp.

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(request_text("KCSC-240902-01")),
    items={N[2]: "removed", N[3]: "restricted", N[12]: "rejected", N[1]: "pending", N[14]: "pending"},
)

case(
    name="naver-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="Korean portal notice where each heading sentence is followed by the URL on the next line",
    why="Each statement sentence has its URL on the line below: N1 deleted (removed), N13 invalid address / nonexistent post (not_found).",
    date="Thu, 05 Sep 2024 14:03:51 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240902-01)"),
    body="""안녕하세요. 네이버 고객센터입니다.

문의하신 게시물에 대해 확인한 결과를 안내해 드립니다.

아래 게시물은 블로그 운영정책 위반으로 삭제되었습니다.
https://blog.naver.com/moonlit_ferry/223551200481

아래 주소는 잘못된 주소이거나 존재하지 않는 포스트입니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38201175&memberNo=51220983

추가 문의 사항은 고객센터(https://help.naver.com)로 접수해 주세요.
감사합니다.
""",
    items={N[1]: "removed", N[13]: "not_found"},
)

case(
    name="naver-kin-html-amp",
    outcome="applied", classification="confirmation",
    imitates="HTML-only 지식iN answer-deletion notice with the link written as an escaped &amp; href",
    why="A trusted NAVER HTML mail says the named 지식iN answer (URL with &amp; in the markup) was deleted; the help-centre link is not an item.",
    date="Wed, 04 Sep 2024 19:27:02 +0900",
    **{"from": "kin_admin@navercorp.com"},
    name_from="네이버 지식iN",
    subject=enc("[지식iN] 신고하신 답변 처리 결과 안내"),
    type="html",
    body="""<div style="max-width:600px;margin:0 auto;font-size:14px;color:#222">
<h3 style="color:#03c75a">지식iN 신고 처리 결과</h3>
<p>요청번호 <b>KCSC-240902-01</b> 관련하여 신고하신 아래 지식iN 답변은
운영원칙 제5조(불법 정보) 위반으로 <b>삭제</b>되었습니다.</p>
<p><a href="https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=80101&amp;docId=471829301">https://kin.naver.com/qna/detail.naver?d1id=8&amp;dirId=80101&amp;docId=471829301</a></p>
<p style="font-size:12px;color:#888">본 메일은 발신 전용입니다. 문의는
<a href="https://help.naver.com/service/5640/category/bookmark">지식iN 고객센터</a>를 이용해 주세요.</p>
</div>""",
    items={N[8]: "removed"},
)

case(
    name="naver-tv-age-restricted-en",
    outcome="applied", classification="confirmation",
    imitates="Video platform reply that an upload was made adult-only (19+ age gate) rather than removed",
    why="NAVER TV clip set to 19+ with login age verification: an age restriction, so restricted.",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "tv_ops@navercorp.com"},
    name_from="NAVER TV Operations",
    subject="Re: [KCSC-240902-01] NAVER TV clip",
    reply_to_req=thread("KCSC-240902-01"),
    body="""Hello,

Regarding the NAVER TV clip in your request KCSC-240902-01:

  https://tv.naver.com/v/58120733

We have age-restricted this clip. It is now shown only to logged-in users
who have completed adult (19+) verification, and it is excluded from search
and recommendations. The clip itself was not deleted, as the channel owner's
other uploads are unrelated.

If you believe deletion is still required, please reply to this email.

NAVER TV Operations
""",
    items={N[10]: "restricted"},
)

case(
    name="naver-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the whole request below '-----Original Message-----' (not '>'-quoted)",
    why="Statements above the Outlook separator: N11 geo-blocked for Korea (restricted), N14 taken down (removed); the request below the separator lists every URL but is our own text.",
    date="Sat, 07 Sep 2024 10:15:33 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)",
    reply_to_req=thread("KCSC-240902-01"),
    body="""Hello KCSC,

Two further results for your request:

- https://cafe.naver.com/quietlanternclub/120902 : geo-blocked, the post can
  no longer be viewed from Korea.
- https://in.naver.com/velvetcrate/contents/internal/71820455012 : taken down.

Best regards,
Min-seo Park | Policy Team | NAVER Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)

""" + "\n".join(request_text("KCSC-240902-01")),
    items={N[11]: "restricted", N[14]: "removed", N[6]: "pending"},
)

case(
    name="naver-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="Customer-centre mail that opens like a ticket receipt (접수번호) and then gives final results",
    why="Despite the 접수번호 opening, the mail states N13 deleted and N6 kept because no violation was found: item-level statements, not an acknowledgement.",
    date="Sat, 07 Sep 2024 13:55:00 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=enc("[접수번호 NV-20240907-118273] 게시중단 요청 처리 안내"),
    body="""안녕하세요. 네이버 고객센터입니다.
귀 기관의 요청이 정상 접수되었습니다. (접수번호: NV-20240907-118273)

검토 결과는 다음과 같습니다.

■ https://post.naver.com/viewer/postView.naver?volumeNo=38201175&memberNo=51220983
   → 삭제 완료

■ https://cafe.naver.com/pinkbridgemarket/58311
   → 게시 유지 (불법 도박 사이트 홍보 내용이 확인되지 않아 조치하지 않았습니다)

감사합니다.
""",
    items={N[13]: "removed", N[6]: "rejected"},
)

case(
    name="naver-echoed-report-fields",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 result mail echoing the report form fields (신고 URL / 신고 사유 / 처리 결과)",
    why="Each echoed report block pairs a URL with its 처리 결과: N6 삭제 (removed), N7 임시조치 30일 (restricted).",
    date="Mon, 09 Sep 2024 09:30:12 +0900",
    **{"from": "right_noreply@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    subject=enc("[네이버 게시중단요청서비스] 요청하신 건의 처리 결과를 알려드립니다"),
    body="""네이버 게시중단요청서비스입니다.
요청하신 건의 처리 결과를 알려드립니다.

■ 요청 정보
 - 요청인: 방송통신심의위원회 (KCSC-240902-01)
 - 요청일: 2024.09.02

■ 신고 게시물 1
 - 신고 URL: https://cafe.naver.com/pinkbridgemarket/58311
 - 신고 사유: 불법 도박 사이트 홍보
 - 처리 결과: 삭제

■ 신고 게시물 2
 - 신고 URL: https://cafe.naver.com/quietlanternclub/120877
 - 신고 사유: 불법 도박 사이트 홍보
 - 처리 결과: 임시조치 (30일)

처리 결과에 대한 문의는 마이페이지 > 요청 내역에서 하실 수 있습니다.
https://right.naver.com/mypage
""",
    items={N[6]: "removed", N[7]: "restricted"},
)

case(
    name="naver-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Plain-text reply whose long URL is wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="The PostView URL is broken after '&' inside <...> and continues on the next line; read whole it is N9, deleted; N12 is stated as not existing (not_found).",
    date="Tue, 10 Sep 2024 15:02:48 +0900",
    **{"from": "ts-global@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] follow-up",
    reply_to_req=thread("KCSC-240902-01"),
    body="""Hello,

Following up on KCSC-240902-01:

The blog post <https://blog.naver.com/PostView.naver?blogId=salt_meadow_07&
logNo=223560018842> has been removed.

<https://blog.naver.com/gray_orchard88/223549000117> no longer exists; the
blog owner deleted the post before our review.

Regards,
NAVER Trust & Safety
""",
    items={N[9]: "removed", N[12]: "not_found"},
)

# -------------------------------------------------- NAVER: review / ignored

case(
    name="naver-promise-sequential",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Korean portal holding reply: '내부 검토 후 순차적으로 삭제될 예정입니다'",
    why="Names N1 and N5 and only promises deletion after internal review: no statement, items stay pending.",
    date="Tue, 03 Sep 2024 18:12:40 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책팀",
    subject=enc("Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)"),
    reply_to_req=thread("KCSC-240902-01"),
    body="""안녕하세요, 네이버 정책팀입니다.

보내주신 시정요구 건 중 아래 게시물은 내부 검토 후 순차적으로 삭제될 예정입니다.

 - https://blog.naver.com/moonlit_ferry/223551200481
 - https://cafe.naver.com/pinkbridgemarket/58240

조치가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    items={N[1]: "pending", N[5]: "pending"},
)

case(
    name="naver-bulk-all-done",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Portal one-liner '요청하신 건 모두 조치 완료되었습니다' naming no URL",
    why="Says every item of the 14-item request was deleted without naming any: bulk, items stay pending.",
    date="Wed, 11 Sep 2024 10:01:05 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책팀",
    subject=enc("Re: [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)"),
    reply_to_req=thread("KCSC-240902-01"),
    body="""안녕하세요.

요청번호 KCSC-240902-01 건으로 요청하신 게시물 14건은 모두 삭제 조치 완료되었습니다.
개별 처리 내역이 필요하시면 말씀해 주세요.

네이버 정책팀 드림
""",
    items={N[i]: "pending" for i in range(1, 15)},
)

case(
    name="naver-portal-change-notice",
    outcome="review", review="no_claims", classification="other",
    imitates="Portal service notice to partner institutions (게시중단 요청 창구 변경 안내)",
    why="Trusted NAVER mail about a change of its request channel; names no item and no request.",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    **{"from": "partner_notice@navercorp.com"},
    name_from="NAVER",
    subject=enc("[안내] 기관 게시중단 요청 접수 창구 변경 안내"),
    body="""안녕하세요. 네이버입니다.

2024년 10월 1일부터 공공기관의 게시중단·시정요구 접수 창구가 변경됩니다.

 - 변경 전: 이메일 접수 (policy@navercorp.com)
 - 변경 후: 기관 전용 접수 페이지 https://right.naver.com/org/request

기존 이메일로 보내주시는 요청도 12월 31일까지는 함께 접수됩니다.
기관 계정 발급은 담당자 정보를 회신해 주시면 안내드리겠습니다.

감사합니다.
NAVER 드림
""",
    items={},
)

case(
    name="naver-out-of-office-ko",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto reply (부재중 자동 회신) with Auto-Submitted header",
    why="An employee's 부재중 auto reply to our request; ignored.",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    **{"from": "hyunwoo.kang@navercorp.com"},
    name_from="강현우",
    subject=enc("[자동회신] [KCSC-240902-01] 불법정보 시정요구 (NAVER, 14건)"),
    reply_to_req=thread("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 강현우입니다.

9월 2일(월)부터 9월 4일(수)까지 교육으로 부재중입니다.
급한 게시중단 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.

I am out of the office until Sep 4 with limited access to email.
""",
    items={},
)

_orig_n = "\n".join(request_text("KCSC-240902-01"))
case(
    name="naver-dsn-mailbox-full",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN (multipart/report; delivery-status) returning our request with the original attached",
    why="A delivery failure report carrying our own request (with URLs) as message/rfc822; ignored, nothing changes.",
    date="Mon, 02 Sep 2024 10:03:10 +0900",
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9A1C23F0.1725238990/mx3.navercorp.com"

--9A1C23F0.1725238990/mx3.navercorp.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<sh.lee.policy@navercorp.com>: mailbox is full: quota exceeded (552 5.2.2)

--9A1C23F0.1725238990/mx3.navercorp.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Mon,  2 Sep 2024 10:00:05 +0900 (KST)

Final-Recipient: rfc822; sh.lee.policy@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox is full

--9A1C23F0.1725238990/mx3.navercorp.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: sh.lee.policy@navercorp.com
Subject: %s
Date: Mon, 02 Sep 2024 10:00:00 +0900
Message-ID: <req-240902-01@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s

--9A1C23F0.1725238990/mx3.navercorp.com--
""" % (enc(req_subject("KCSC-240902-01")), b64(_orig_n)),
    items={N[1]: "pending", N[2]: "pending"},
)

# ======================================================== DC Inside (5 items)

case(
    name="dc-numbered-list-ko",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply with a numbered list 'URL - 결과'",
    why="Numbered list with one result per URL: D1, D2 삭제 (removed), D4 게시물 없음 (not_found), D5 kept as not against the rules (rejected).",
    date="Thu, 05 Sep 2024 13:20:11 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=enc("Re: [KCSC-240903-02] 불법정보 시정요구 (디시인사이드, 5건)"),
    reply_to_req=thread("KCSC-240903-02"),
    body="""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과입니다.

1. https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734 - 삭제 완료
2. https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440128 - 삭제 완료
3. https://gall.dcinside.com/mini/board/view/?id=nightowlz&no=3021 - 해당 게시물 없음
4. https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712094 - 유지 (리딩방 홍보 내용 없음, 야구 경기 관련 잡담)

남은 1건은 갤러리 매니저 확인 후 회신드리겠습니다.
디시인사이드 운영팀
""",
    items={D[1]: "removed", D[2]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

case(
    name="dc-quoted-printable-ko",
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply sent quoted-printable (운영자 삭제 / 성인인증 접근 제한)",
    why="QP-encoded Korean: D3 운영자 삭제 (removed), D2 viewable only after adult verification (restricted).",
    date="Fri, 06 Sep 2024 10:44:59 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=enc("Re: [KCSC-240903-02] 추가 처리 결과"),
    reply_to_req=thread("KCSC-240903-02"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""안녕하세요, 디시인사이드 운영팀입니다.

코인 마이너 갤러리 게시물 2건 처리 결과를 알려드립니다.

https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440196
: 운영자 삭제 처리하였습니다.

https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440128
: 성인 인증을 마친 이용자만 볼 수 있도록 접근 제한하였습니다.

감사합니다.
"""),
    items={D[3]: "removed", D[2]: "restricted"},
)

case(
    name="dc-url-then-status-line",
    outcome="applied", classification="confirmation",
    imitates="Community-site admin reply: bare URL line with an arrow result line under it",
    why="Bare URL then '→ result' on the next line: D1 삭제 처리 완료 (removed), D5 already deleted by its author (not_found).",
    date="Wed, 04 Sep 2024 20:31:27 +0900",
    **{"from": "gallery_admin@dcinside.com"},
    name_from="DCinside Gallery Admin",
    subject="Re: [KCSC-240903-02]",
    reply_to_req=thread("KCSC-240903-02"),
    body="""처리 결과 회신드립니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734
→ 삭제 처리 완료

https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712094
→ 작성자가 이미 삭제한 글입니다

-- 
디시인사이드 갤러리 관리팀
""",
    items={D[1]: "removed", D[5]: "not_found"},
)

case(
    name="dc-gmail-ko-quote",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply above '... 님이 작성:' with the request quoted in '>' lines",
    why="Above the Korean Gmail attribution: D4 deleted by the minor-gallery manager (removed), D3 cannot be found (not_found); the quoted request is ours.",
    date="Thu, 05 Sep 2024 22:08:14 +0900",
    **{"from": "minigall@dcinside.com"},
    name_from="디시인사이드 미니갤러리 지원",
    subject=enc("Re: [KCSC-240903-02] 불법정보 시정요구 (디시인사이드, 5건)"),
    reply_to_req=thread("KCSC-240903-02"),
    body="""안녕하세요.

https://gall.dcinside.com/mini/board/view/?id=nightowlz&no=3021 게시물은 미니갤 매니저 권한으로 삭제했습니다.
https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440196 게시물은 찾을 수 없습니다.

2024년 9월 3일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quoted(request_text("KCSC-240903-02")),
    items={D[4]: "removed", D[3]: "not_found", D[1]: "pending"},
)

case(
    name="dc-hedge-appears-deleted",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Abuse-desk interim reply with hedges ('appears to have been', 'still checking')",
    why="D1 'appears to have been removed, possibly by the gallery manager' and D2 'still checking': hedge and under review, nothing applies.",
    date="Wed, 04 Sep 2024 12:17:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Support",
    subject="Re: [KCSC-240903-02] illegal information",
    reply_to_req=thread("KCSC-240903-02"),
    body="""Hello,

We had a first look at your list.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734 appears to
have been removed already, possibly by the gallery manager, but our logs do
not show it clearly yet.

https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=440128 is
still being checked by the minor gallery team.

We will send the final results by Friday.

DCinside Support
""",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-bulk-all-removed-en",
    outcome="review", review="bulk", classification="confirmation",
    imitates="One-sentence 'all reported content has been removed' reply",
    why="States that all posts of the 5-item request were removed without naming them: bulk.",
    date="Mon, 09 Sep 2024 09:12:45 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCinside Support",
    subject="Re: [KCSC-240903-02] illegal information",
    reply_to_req=thread("KCSC-240903-02"),
    body="""Hello,

All posts listed in your request KCSC-240903-02 have been removed by our
moderation team.

Best,
DCinside Support
""",
    items={D[i]: "pending" for i in range(1, 6)},
)

# ======================================================== Daum / Kakao (4 items)

case(
    name="daum-tistory-korean-path",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory) 게시중단 notice quoting a raw Korean-slug entry URL",
    why="The Korean-slug entry (written raw, stored percent-encoded) was 비공개 처리 (removed); post 218 블라인드 처리 (removed).",
    date="Fri, 06 Sep 2024 15:26:19 +0900",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    subject=enc("[티스토리] 요청하신 게시물 처리 결과 안내 (KCSC-240904-03)"),
    body="""안녕하세요, 티스토리 고객센터입니다.

방송통신심의위원회에서 요청하신 티스토리 게시물 2건의 처리 결과를 안내드립니다.

 1) %s
    → 개인정보 노출이 확인되어 비공개 처리되었습니다.

 2) https://bluepine-notes.tistory.com/218
    → 블라인드 처리되었습니다.

블로그 운영자에게는 운영정책 위반 사실을 통보하였습니다.

감사합니다.
카카오 티스토리 고객센터
""" % K2_RAW,
    items={K[2]: "removed", K[4]: "removed"},
)

case(
    name="daum-cafe-html-table",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 multipart/alternative result table (카페 게시글 조치 결과)",
    why="HTML table with a plain-text twin: K1 삭제 (removed), K3 이미 삭제된 게시글 (not_found).",
    date="Thu, 05 Sep 2024 11:09:36 +0900",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    subject=enc("[Daum] 카페 게시글 조치 결과 안내"),
    reply_to_req=thread("KCSC-240904-03"),
    raw_mime="""Content-Type: multipart/alternative; boundary="daum_alt_219"

--daum_alt_219
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%s
--daum_alt_219
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
--daum_alt_219--
""" % (b64("""Daum 카페 게시글 조치 결과 (KCSC-240904-03)

게시글 주소 | 조치 결과
%s | 삭제
%s | 이미 삭제된 게시글

Daum 고객센터
""" % (K[1], K[3])),
           b64("""<html><body>
<p><b>Daum 카페 게시글 조치 결과</b> (KCSC-240904-03)</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>게시글 주소</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>%s</td><td>삭제</td></tr>
<tr><td>%s</td><td>이미 삭제된 게시글</td></tr>
</tbody></table>
<p>Daum 고객센터</p>
</body></html>
""" % (K[1], K[3]))),
    items={K[1]: "removed", K[3]: "not_found"},
)

case(
    name="daum-en-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons in English (Decision / Territorial scope / Ground)",
    why="Per-item decisions: the Korean-slug entry restricted in the Republic of Korea only (restricted); the cafe post K1 not actioned because it breaks no rule (rejected).",
    date="Mon, 09 Sep 2024 17:45:02 +0900",
    **{"from": "trustandsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Statement of reasons - your notice KCSC-240904-03",
    body="""Kakao Corp. - Statement of reasons

Notice reference: KCSC-240904-03
Date of decision: 2024-09-09

Item 1
  Content: %s
  Decision: access restricted
  Territorial scope: Republic of Korea only (the entry remains visible
  outside Korea)
  Ground: personal information disclosed without consent (Personal
  Information Protection Act)

Item 2
  Content: %s
  Decision: no action taken
  Ground: after review the post contains no personal information and does
  not violate the Daum Cafe Operating Policy; it remains online.

Redress: the uploader may appeal through https://cs.kakao.com/requests.
""" % (K2_RAW, K[1]),
    items={K[2]: "restricted", K[1]: "rejected"},
)

case(
    name="daum-asks-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking the agency for the 시정요구 공문 and 의결서 before acting",
    why="Kakao asks for the official letter and decision before handling K2 and K4: asks for more, items pending.",
    date="Thu, 05 Sep 2024 10:02:13 +0900",
    **{"from": "cs@daum.net"},
    name_from="Daum 고객센터",
    subject=enc("Re: [KCSC-240904-03] 불법정보 시정요구 (카카오(Daum), 4건)"),
    reply_to_req=thread("KCSC-240904-03"),
    body="""안녕하세요. Daum 고객센터입니다.

요청하신 티스토리 게시물
%s
https://bluepine-notes.tistory.com/218
에 대해서는 시정요구 공문(기관 직인 포함)과 심의 의결서 사본이 확인되어야
처리가 가능합니다.

번거로우시겠지만 해당 서류를 본 메일에 회신으로 첨부해 주시기 바랍니다.
서류 확인 후 바로 검토하겠습니다.

감사합니다.
""" % K2_RAW,
    items={K[2]: "pending", K[4]: "pending"},
)

case(
    name="daum-forwarded-vendor-report",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Platform employee forwarding a moderation vendor's result mail ('---------- Forwarded message ---------')",
    why="A Kakao employee forwards the vendor's statement that K1 and K3 were deleted; the statement is the vendor's, forwarded, so review.",
    date="Fri, 06 Sep 2024 09:14:55 +0900",
    **{"from": "jh.yoon@kakaocorp.com"},
    name_from="윤지혜",
    subject=enc("Fwd: 카페 게시글 처리 결과 보고 (KCSC-240904-03)"),
    body="""KCSC 담당자님, 협력사 처리 결과 전달드립니다.

---------- Forwarded message ---------
보낸사람: 클린모니터링 운영팀 <ops@cleanmonitor-partner.co.kr>
Date: 2024년 9월 5일 (목) 오후 6:40
Subject: 카페 게시글 처리 결과 보고 (KCSC-240904-03)
To: <jh.yoon@kakaocorp.com>

윤지혜 매니저님,

요청하신 카페 게시글 2건 처리 결과 보고드립니다.

- https://cafe.daum.net/velvetharbor/Q9zx/4411 : 삭제 완료
- https://cafe.daum.net/velvetharbor/Q9zx/4418 : 삭제 완료

클린모니터링 운영팀 드림
""",
    items={K[1]: "pending", K[3]: "pending"},
)

case(
    name="daum-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Message disposition notification (읽음 확인) for our request",
    why="A read receipt (multipart/report; disposition-notification): ignored.",
    date="Wed, 04 Sep 2024 14:22:08 +0900",
    **{"from": "sy.han@kakaocorp.com"},
    name_from="한서연",
    subject=enc("읽음: [KCSC-240904-03] 불법정보 시정요구 (카카오(Daum), 4건)"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_219_kakao"

--mdn_219_kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-04 오후 2:22에 한서연 <sy.han@kakaocorp.com> 님에게 표시되었습니다.
메시지를 읽었는지, 이해했는지, 내용에 동의했는지는 보장하지 않습니다.

--mdn_219_kakao
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Original-Recipient: rfc822;sy.han@kakaocorp.com
Final-Recipient: rfc822;sy.han@kakaocorp.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_219_kakao--
""",
    items={},
)

# ======================================================== SOOP (3 items)

case(
    name="soop-mixed-ko",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영정책팀 result mail (VOD 삭제, 연령 제한 설정, 게시글 없음)",
    why="S1 VOD deleted (removed), S2 set to 19+ viewing (restricted), S3 post does not exist (not_found).",
    date="Sat, 07 Sep 2024 14:50:31 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=enc("Re: [KCSC-240905-04] 불법정보 시정요구 (SOOP, 3건)"),
    reply_to_req=thread("KCSC-240905-04"),
    body="""안녕하세요, SOOP 운영정책팀입니다.

요청하신 3건의 조치 결과를 안내드립니다.

· VOD https://vod.sooplive.co.kr/player/131870245 : 삭제
· VOD https://vod.sooplive.co.kr/player/131871902 : 19세 이상 시청 가능(연령 제한) 설정
· 방송국 게시글 https://ch.sooplive.co.kr/nightjar77/post/128830117 : 존재하지 않는 게시글

해당 BJ에게는 운영정책 위반에 따른 경고 조치가 함께 이루어졌습니다.

SOOP 운영정책팀
""",
    items={S[1]: "removed", S[2]: "restricted", S[3]: "not_found"},
)

case(
    name="soop-afreecatv-base64",
    outcome="applied", classification="confirmation",
    imitates="Reply from the legacy afreecatv.com domain, base64 text body, bilingual",
    why="Trusted legacy SOOP domain says VOD S2 was deleted: removed.",
    date="Mon, 09 Sep 2024 11:31:40 +0900",
    **{"from": "cs@afreecatv.com"},
    name_from="SOOP(아프리카TV) 고객센터",
    subject=enc("[SOOP] VOD 삭제 완료 안내"),
    reply_to_req=thread("KCSC-240905-04"),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""안녕하세요. SOOP 고객센터입니다.

요청하신 VOD(https://vod.sooplive.co.kr/player/131871902)는
추가 검토 결과 삭제되었습니다.

The VOD above has been deleted after further review.

감사합니다.
"""),
    items={S[2]: "removed"},
)

case(
    name="soop-conditional-en",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Platform reply that makes removal conditional on the streamer's response ('if ... within 72 hours')",
    why="S1 and S2 will be deleted only if the broadcaster fails to respond: a condition, not a statement.",
    date="Fri, 06 Sep 2024 18:05:11 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP Policy Team",
    subject="Re: [KCSC-240905-04] request",
    reply_to_req=thread("KCSC-240905-04"),
    body="""Hello,

We have notified the broadcaster of the two VODs below and asked for an
explanation:

https://vod.sooplive.co.kr/player/131870245
https://vod.sooplive.co.kr/player/131871902

If the broadcaster does not respond within 72 hours, both VODs will be
deleted. We will confirm the result to you afterwards.

SOOP Policy Team
""",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="soop-untrusted-dmarc-fail",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="Result mail claiming to come from SOOP but failing DKIM/SPF/DMARC",
    why="From sooplive.co.kr with dmarc=fail: the deletions it states are not trusted.",
    auth="fail",
    date="Sun, 08 Sep 2024 02:14:57 +0900",
    **{"from": "policy@sooplive.co.kr"},
    name_from="SOOP 운영정책팀",
    subject=enc("[SOOP] 시정요구 처리 완료 (KCSC-240905-04)"),
    body="""안녕하세요, SOOP 운영정책팀입니다.

아래 게시물은 모두 삭제 처리되었습니다.

https://vod.sooplive.co.kr/player/131870245
https://ch.sooplive.co.kr/nightjar77/post/128830117

감사합니다.
""",
    items={S[1]: "pending", S[3]: "pending"},
)

case(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt ('문의가 접수되었습니다, 접수번호 …')",
    why="Automatic receipt of our request with a ticket number; no statement: ignored.",
    date="Thu, 05 Sep 2024 09:31:02 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 SP-2409-55821)"),
    reply_to_req=thread("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: SP-2409-55821
 - 문의 제목: [KCSC-240905-04] 불법정보 시정요구 (SOOP, 3건)
 - 접수일시: 2024-09-05 09:31

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    items={},
)

# ======================================================== Nate (2 items)

case(
    name="nate-pann-both-deleted",
    outcome="applied", classification="confirmation",
    imitates="Nate 고객센터 reply listing each 판 post with '2건 모두 삭제'",
    why="Both posts are named one by one under '2건 모두 삭제 조치': each removed.",
    date="Mon, 09 Sep 2024 16:12:20 +0900",
    **{"from": "helpdesk@nate.com"},
    name_from="네이트 고객센터",
    subject=enc("Re: [KCSC-240906-05] 불법정보 시정요구 (네이트, 2건)"),
    reply_to_req=thread("KCSC-240906-05"),
    body="""안녕하세요. 네이트 고객센터입니다.

요청하신 네이트판 게시물 2건 모두 삭제 조치하였습니다.

 · https://pann.nate.com/talk/372018845
 · https://pann.nate.com/talk/372019310

감사합니다.
SK커뮤니케이션즈 네이트 고객센터
""",
    items={T[1]: "removed", T[2]: "removed"},
)

case(
    name="nate-one-kept-one-deleted",
    outcome="applied", classification="confirmation",
    imitates="Portal reply splitting a request: one post deleted, one kept with its reason",
    why="T1 deleted (removed); T2 stays up because no defamatory statement was found (rejected).",
    date="Tue, 10 Sep 2024 10:40:00 +0900",
    **{"from": "safety@skcomms.co.kr"},
    name_from="SK커뮤니케이션즈 이용자보호팀",
    subject=enc("[네이트] KCSC-240906-05 처리 결과"),
    body="""안녕하세요, SK커뮤니케이션즈 이용자보호팀입니다.

KCSC-240906-05 건 검토 결과입니다.

1) https://pann.nate.com/talk/372018845
   특정인에 대한 허위 사실 적시가 확인되어 게시물을 삭제하였습니다.

2) https://pann.nate.com/talk/372019310
   실명이나 특정 가능한 정보 없이 개인 경험을 서술한 글로, 명예훼손에
   해당한다고 보기 어려워 게시를 유지합니다.

이의가 있으시면 회신 부탁드립니다.
""",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="nate-unknown-vendor",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="Outsourced customer-service vendor writing on a portal's behalf from its own domain",
    why="The sender's domain (cs-bridge.co.kr) belongs to no configured platform: its statements about T1 and T2 are not trusted.",
    date="Tue, 10 Sep 2024 14:55:47 +0900",
    **{"from": "nate.support@cs-bridge.co.kr"},
    name_from="네이트 고객지원(위탁)",
    subject=enc("Re: [KCSC-240906-05] 불법정보 시정요구 (네이트, 2건)"),
    reply_to_req=thread("KCSC-240906-05"),
    body="""안녕하세요, 네이트 고객센터 위탁 운영사 씨에스브릿지입니다.

요청하신 게시물은 아래와 같이 삭제되었음을 알려드립니다.

https://pann.nate.com/talk/372018845 - 삭제
https://pann.nate.com/talk/372019310 - 삭제

감사합니다.
""",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="nate-exchange-ndr",
    outcome="ignored", classification="bounce",
    imitates="Exchange-style non-delivery report ('Undeliverable: ...', 550 5.1.10 RecipientNotFound)",
    why="A non-delivery report for our request to a wrong Nate address; ignored.",
    date="Fri, 06 Sep 2024 16:00:20 +0900",
    **{"from": "postmaster@skcomms.co.kr"},
    name_from="Microsoft Outlook",
    subject="Undeliverable: [KCSC-240906-05]",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="ndr_219_sk"

--ndr_219_sk
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:

abuse-report@skcomms.co.kr
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: EXHUB02.skcomms.co.kr
abuse-report@skcomms.co.kr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--ndr_219_sk
Content-Type: message/delivery-status

Reporting-MTA: dns;EXHUB02.skcomms.co.kr
Received-From-MTA: dns;mx.kcsc.example
Arrival-Date: Fri, 6 Sep 2024 07:00:12 +0000

Final-Recipient: rfc822;abuse-report@skcomms.co.kr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--ndr_219_sk
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@skcomms.co.kr
Subject: [KCSC-240906-05]
Date: Fri, 06 Sep 2024 16:00:00 +0900
Message-ID: <req-240906-05@kcsc.example>

--ndr_219_sk--
""",
    items={},
)

# ======================================================== FM Korea (1 item)

case(
    name="fmkorea-sole-reply",
    outcome="applied", classification="confirmation",
    imitates="Short admin reply in the request's thread naming no URL ('요청하신 게시물은 삭제 처리했습니다')",
    why="Answers the one-item request KCSC-240909-06 in its thread with an unhedged deletion: removed.",
    date="Tue, 10 Sep 2024 13:02:26 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject=enc("Re: [KCSC-240909-06] 불법정보 시정요구 (에펨코리아, 1건)"),
    reply_to_req=thread("KCSC-240909-06"),
    body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물은 확인 후 운영진이 삭제 처리했습니다.
작성자 계정은 이용 정지되었습니다.

감사합니다.

2024년 9월 9일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
""" + quoted(request_text("KCSC-240909-06")),
    items={F1: "removed"},
)

case(
    name="fmkorea-corner-brackets",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with the URL inside 「」 followed by a particle",
    why="The URL inside 「」 is stated as already deleted by its author and not existing: not_found.",
    date="Wed, 11 Sep 2024 09:48:03 +0900",
    **{"from": "help@fmkorea.com"},
    name_from="에펨코리아",
    subject=enc("[에펨코리아] KCSC-240909-06 회신"),
    body="""안녕하세요.

신고하신 게시물 「https://www.fmkorea.com/7412298815」은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
운영진 측에서 추가로 조치할 부분은 없습니다.

에펨코리아 드림
""",
    items={F1: "not_found"},
)

case(
    name="fmkorea-chuseok-auto-reply",
    outcome="ignored", classification="auto_reply",
    imitates="Holiday auto reply (추석 연휴 휴무 안내)",
    why="Chuseok holiday auto reply quoting the subject only; ignored.",
    date="Sat, 14 Sep 2024 08:00:02 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject=enc("[자동응답] 추석 연휴 휴무 안내 - Re: [KCSC-240909-06]"),
    reply_to_req=thread("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""추석 연휴 기간(9월 14일 ~ 9월 18일)에는 메일 답변이 어렵습니다.
연휴 이후 접수 순서대로 답변드리겠습니다.

We are closed for the Chuseok holidays (Sep 14-18). Replies will resume on Sep 19.
""",
    items={},
)

case(
    name="ppomppu-wrong-platform",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Community site answering about another site's URL ('확인 결과 존재하지 않는 게시물입니다')",
    why="Ppomppu, a configured platform, says the FM Korea URL does not exist on its site: a statement about another platform's item.",
    date="Tue, 10 Sep 2024 17:20:09 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌 운영자",
    subject=enc("Re: 게시물 삭제 요청 (KCSC-240909-06)"),
    body="""안녕하세요, 뽐뿌 운영자입니다.

보내주신 https://www.fmkorea.com/7412298815 는 확인 결과 존재하지 않는 게시물입니다.
뽐뿌 게시판에서도 같은 제목의 글은 검색되지 않습니다.

감사합니다.
""",
    items={F1: "pending"},
)

# ======================================================== Inven (2 items)

case(
    name="inven-angle-brackets",
    outcome="applied", classification="confirmation",
    imitates="Community-site operations reply with URLs in angle brackets",
    why="<I1> deleted (removed); <I2> cannot be found (not_found).",
    date="Thu, 12 Sep 2024 15:33:30 +0900",
    **{"from": "webmaster@inven.co.kr"},
    name_from="인벤 운영팀",
    subject=enc("Re: [KCSC-240910-07] 불법정보 시정요구 (인벤, 2건)"),
    reply_to_req=thread("KCSC-240910-07"),
    body="""안녕하세요. 인벤 운영팀입니다.

요청하신 게시물 처리 결과입니다.

<https://www.inven.co.kr/board/lostark/4821/1098832> 게시글은 삭제되었습니다.
<https://www.inven.co.kr/board/maple/5974/3310277> 게시글은 찾을 수 없습니다(삭제되었거나 잘못된 주소).

감사합니다.
인벤 운영팀
""",
    items={I[1]: "removed", I[2]: "not_found"},
)

case(
    name="inven-under-review",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Interim reply 'the posts are under review by our legal team'",
    why="Names both items and says only that they are under legal review: no status, items pending.",
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    **{"from": "webmaster@inven.co.kr"},
    name_from="Inven Operations",
    subject="Re: [KCSC-240910-07] request",
    reply_to_req=thread("KCSC-240910-07"),
    body="""Hello,

The two posts in your request,
  https://www.inven.co.kr/board/lostark/4821/1098832
  https://www.inven.co.kr/board/maple/5974/3310277
are currently under review by our legal team. We expect to reach a decision
early next week and will write to you then.

Inven Operations
""",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="inven-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Pure acknowledgement: '정상 접수되었으며 담당자 확인 후 회신드리겠습니다'",
    why="Only acknowledges receipt of KCSC-240910-07; no item statement: ignored.",
    date="Tue, 10 Sep 2024 10:05:44 +0900",
    **{"from": "webmaster@inven.co.kr"},
    name_from="인벤 운영팀",
    subject=enc("Re: [KCSC-240910-07] 불법정보 시정요구 (인벤, 2건)"),
    reply_to_req=thread("KCSC-240910-07"),
    body="""안녕하세요. 인벤 운영팀입니다.

보내주신 요청(KCSC-240910-07)은 정상적으로 접수되었습니다.
담당자 확인 후 회신드리겠습니다.

감사합니다.
""",
    items={},
)


HEADER = """# Blind set 219 (Korean portals and community sites): expected results
# written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    for c in CASES:
        # Korean display names are RFC 2047-encoded, as the portals' mailers do.
        if not c.get("name_from", "").isascii():
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind219", HEADER, CASES)


if __name__ == "__main__":
    main()
