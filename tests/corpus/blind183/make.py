#!/usr/bin/env python3
"""Blind set 183: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, Clien, Ppomppu, FM Korea), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind183/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of each email, before the
reader was ever run on these emails. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
DC = "https://gall.dcinside.com"
d = {
    1: DC + "/board/view/?id=stockus&no=4471203",
    2: DC + "/board/view/?id=stockus&no=4471388",
    3: DC + "/mgallery/board/view/?id=coinbit&no=902117",
    4: DC + "/mgallery/board/view/?id=coinbit&no=902254",
    5: DC + "/mgallery/board/view/?id=coinbit&no=903010",
    6: DC + "/mgallery/board/view/?id=leadingroom&no=1187",
    7: DC + "/mgallery/board/view/?id=leadingroom&no=1192",
    8: DC + "/mini/board/view/?id=moneyclub&no=3305",
    9: DC + "/mini/board/view/?id=moneyclub&no=3311",
    10: DC + "/board/view/?id=baseball_new11&no=9902145",
    11: DC + "/board/view/?id=baseball_new11&no=9902577",
    12: DC + "/mgallery/board/view/?id=idolfan2&no=551820",
    13: DC + "/mgallery/board/view/?id=idolfan2&no=551903",
    14: DC + "/board/view/?id=etc_entertainment1&no=66104",
}
n = {
    1: "https://blog.naver.com/blue_lantern88/223571904112",
    2: "https://blog.naver.com/blue_lantern88/223572016540",
    3: "https://cafe.naver.com/jusikmaster/187402",
    4: "https://cafe.naver.com/jusikmaster/187455",
    5: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471203355",
}
SLUG = "코인-리딩방-수익-인증"
a = {
    1: "https://cafe.daum.net/coinroom7/Ab12/402",
    2: "https://cafe.daum.net/coinroom7/Ab12/415",
    3: "https://haneul-log.tistory.com/entry/" + quote(SLUG),
}
A3_RAW = "https://haneul-log.tistory.com/entry/" + SLUG
s = {
    1: "https://vod.sooplive.co.kr/player/134772019",
    2: "https://ch.sooplive.co.kr/bjnightowl77/post/98120455",
}
f = {
    1: "https://www.fmkorea.com/7418820155",
    2: "https://www.fmkorea.com/7418931207",
    3: "https://www.fmkorea.com/7419004468",
    4: "https://www.fmkorea.com/best/7419120931",
}
i1 = "https://www.inven.co.kr/board/lostark/4821/93310"
c = {
    1: "https://www.clien.net/service/board/park/18790412",
    2: "https://www.clien.net/service/board/park/18790566",
    3: "https://www.clien.net/service/board/cm_stock/18791003",
}

R_DC, R_NV, R_DA, R_SP, R_FM, R_IV, R_CL = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07")

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    (R_DC, "dcinside", "2024-09-03T10:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [d[k] for k in range(1, 15)], "illegal_finance",
     "리딩방 유사투자 홍보 게시물 일괄 시정요구"),
    (R_NV, "naver", "2024-09-04T11:05:00+09:00", "2024-09-11T18:00:00+09:00",
     [n[k] for k in range(1, 6)], "illegal_finance", "주식 리딩방 블로그/카페/지식iN"),
    (R_DA, "daum", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [a[k] for k in range(1, 4)], "illegal_finance", "Daum 카페 및 티스토리"),
    (R_SP, "soop", "2024-09-06T14:10:00+09:00", "2024-09-13T18:00:00+09:00",
     [s[1], s[2]], "obscenity", "VOD 및 방송국 게시글"),
    (R_FM, "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [f[k] for k in range(1, 5)], "defamation", "개인정보 유출 게시물"),
    (R_IV, "inven", "2024-09-10T15:30:00+09:00", "2024-09-17T18:00:00+09:00",
     [i1], "gambling", "게임 계정 불법 환전 홍보"),
    (R_CL, "clien", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00",
     [c[1], c[2], c[3]], "illegal_finance", "불법 리딩방 홍보"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def single(ctype, cte, body):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n")


def the_request_text(ref):
    """Our own request as it is quoted back by platforms."""
    for r, plat, sent, due, urls, cat, note in REQUESTS:
        if r == ref:
            lines = [f"[{ref}] 불법정보 시정요구 ({note})", "",
                     "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
                     "아래 게시물에 대하여 시정요구(삭제)하오니 조치 후 결과를 회신하여 주시기 바랍니다.", ""]
            for k, u in enumerate(urls, 1):
                lines.append(f"{k}. {u}")
            lines += ["", f"조치 기한: {due[:10]}", "KCSC 통신심의 takedown@kcsc.example"]
            return lines
    raise KeyError(ref)


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in the_request_text(ref))


DC_POLICY = "https://www.dcinside.com/policy/operation"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= DC Inside (largest request, 14 items) ==============
rows = [
    (1, "삭제", "removed"), (2, "삭제", "removed"), (3, "삭제", "removed"), (4, "삭제", "removed"),
    (5, "게시물 없음 (작성자 삭제)", "not_found"), (6, "삭제", "removed"), (7, "삭제", "removed"),
    (8, "삭제", "removed"), (9, "미조치 - 운영원칙 위반사항 확인되지 않음", "rejected"),
    (10, "삭제", "removed"), (11, "삭제", "removed"), (12, "삭제", "removed"),
    (13, "해당 게시물 없음", "not_found"), (14, "삭제", "removed"),
]
table = "\n".join(f"{k:>2} | {d[k]} | {act} | 2024-09-05 16:{10 + k:02d}" for k, act, _ in rows)
case(
    name="dc-siojeong-result-table",
    date="Thu, 05 Sep 2024 17:02:44 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"[디시인사이드] 시정요구 조치결과 회신 ({R_DC})",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

귀 위원회의 시정요구({R_DC})에 대한 조치결과를 아래와 같이 회신드립니다.

번호 | 게시물 URL | 조치내용 | 조치일시
{table}

※ 9번 게시물은 내용 확인 결과 갤러리 운영원칙상 삭제 사유에 해당하지 않아 게시를 유지하였습니다.
   판단 근거가 필요하시면 회신 주시기 바랍니다.
※ 운영원칙 전문: {DC_POLICY}

감사합니다.
디시인사이드 운영팀 드림
""",
    outcome="applied",
    imitates="Korean portal 시정요구 조치결과 회신 table (번호/URL/조치내용/조치일시)",
    why="item-level table from DC Inside: 11 deleted, two not found, one kept because no rule is broken",
    items={d[k]: st for k, _, st in rows},
)

case(
    name="dc-prose-url-below",
    date="Wed, 04 Sep 2024 11:48:03 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject=f"RE: [{R_DC}] 불법정보 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
담당자님 안녕하세요.

요청하신 건 중 코인 마이너 갤러리 게시물부터 먼저 처리하였습니다.

갤러리 운영원칙(불법 유사투자자문 홍보) 위반으로 아래 게시물을 삭제하였습니다.
{d[3]}
{d[4]}

아래 게시물은 확인 당시 이미 작성자가 스스로 삭제한 상태였습니다.
{d[7]}

나머지 게시물은 확인되는 대로 별도로 회신드리겠습니다.

디시인사이드 신고센터
""",
    outcome="applied",
    imitates="community-site abuse desk partial reply in Korean prose, URLs on the line below each statement",
    why="two posts deleted, one already deleted by its author; the rest is a promise about unnamed items",
    items={d[3]: "removed", d[4]: "removed", d[7]: "not_found"},
)

csv_rows = [
    (d[8], "deleted", "2024-09-06 10:02"), (d[9], "no_violation_kept", "2024-09-06 10:05"),
    (d[10], "deleted", "2024-09-06 10:07"), (d[11], "deleted", "2024-09-06 10:07"),
    (d[12], "deleted", "2024-09-06 10:11"), (d[13], "not_found", "2024-09-06 10:12"),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["request_ref", "post_url", "result", "processed_at_kst"])
for u, r, t in csv_rows:
    cw.writerow([R_DC, u, r, t])
case(
    name="dc-csv-attachment",
    date="Fri, 06 Sep 2024 10:31:19 +0900",
    **{"from": "trust-safety@dcinside.com"}, name_from="DCinside Trust & Safety",
    subject=f"Processing results for {R_DC}",
    reply_to_req=mid(R_DC),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_dc_csv_0906"

--=_dc_csv_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear KCSC team,

Please find attached the processing results for six of the posts listed in
your request {R_DC} (result per post in the "result" column).

안녕하세요, 요청하신 게시물 중 6건의 처리 결과를 첨부 파일로 보내드립니다.

Best regards,
DCinside Trust & Safety

--=_dc_csv_0906
Content-Type: text/csv; charset=utf-8; name="{R_DC}_result.csv"
Content-Disposition: attachment; filename="{R_DC}_result.csv"
Content-Transfer-Encoding: base64

{b64(cbuf.getvalue())}
--=_dc_csv_0906--
""",
    outcome="applied",
    imitates="trust-and-safety reply with a per-item CSV export attached",
    why="CSV gives one result per post: four deleted, one kept (no violation), one not found",
    items={d[8]: "removed", d[9]: "rejected", d[10]: "removed", d[11]: "removed",
           d[12]: "removed", d[13]: "not_found"},
)

html_rows = [(d[1], "삭제완료"), (d[2], "삭제완료"), (d[6], "삭제완료"),
             (d[14], "삭제완료"), (d[10], "삭제불가 (정상 게시물, 운영원칙 위반 없음)")]
hr = "\n".join(
    f'<tr><td>{k}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td><td>{st}</td></tr>'
    for k, (u, st) in enumerate(html_rows, 1))
html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영지원팀입니다.</p>
<p>{R_DC} 건 처리 현황을 공유드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>No.</th><th>게시물 주소</th><th>처리 상태</th></tr>
{hr}
</table>
<p>문의: <a href="https://www.dcinside.com/help/faq">고객센터 FAQ</a></p>
<p>디시인사이드 운영지원팀</p>
</body></html>"""
case(
    name="dc-html-table-qp",
    date="Mon, 09 Sep 2024 14:20:51 +0900",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영지원팀",
    subject=f"Re: [{R_DC}] 처리 현황 공유",
    reply_to_req=mid(R_DC),
    raw_mime=single("text/html", "quoted-printable", qp(html)),
    outcome="applied",
    imitates="HTML status table from a portal support desk, quoted-printable",
    why="HTML table: four posts 삭제완료, one 삭제불가 as a normal post (rejected); FAQ link is not an item",
    items={d[1]: "removed", d[2]: "removed", d[6]: "removed", d[14]: "removed", d[10]: "rejected"},
)

case(
    name="dc-topposted-over-quote",
    date="Thu, 05 Sep 2024 09:15:37 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject=f"Re: [{R_DC}] 불법정보 시정요구 (리딩방 유사투자 홍보 게시물 일괄 시정요구)",
    reply_to_req=mid(R_DC),
    body=f"""
말씀하신 게시물 중 아래 두 건은 금일 오전 삭제했습니다.

 - {d[2]}
 - {d[11]}

다른 게시물은 갤러리별 확인이 끝나는 대로 정리해서 말씀드릴게요.

--
디시인사이드 신고센터

2024년 9월 3일 (화) 오전 10:20, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(R_DC)}
""",
    outcome="applied",
    imitates="Gmail-style top-posted Korean reply over the quoted request (님이 작성:)",
    why="two posts named above the quote were deleted; the 14 quoted URLs are our own request",
    items={d[2]: "removed", d[11]: "removed"},
)

case(
    name="dc-wrapped-angle-urls",
    date="Mon, 09 Sep 2024 18:44:02 +0900",
    **{"from": "trust-safety@dcinside.com"}, name_from="DCinside Trust & Safety",
    subject=f"RE: {R_DC} - leadingroom minor gallery",
    reply_to_req=mid(R_DC),
    body=f"""
Hello,

Following up on {R_DC}. The two posts in the "leadingroom" minor gallery
were deleted by our operations team on 9 September for promoting an
unregistered investment advisory service:

<{d[6][:d[6].index("&") + 1]}
{d[6][d[6].index("&") + 1:]}>
<{d[7]}>

The gallery manager has also been warned. For our policy see
<{DC_POLICY}>.

Regards,
Jiwon Baek
DCinside Trust & Safety
""",
    outcome="applied",
    imitates="Outlook plain-text reply with URLs in angle brackets, one wrapped across lines",
    why="both leadingroom posts deleted; the first URL is wrapped inside its angle brackets",
    items={d[6]: "removed", d[7]: "removed"},
)

case(
    name="dc-gmail-quote-two",
    date="Fri, 06 Sep 2024 13:09:55 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"Re: [{R_DC}] 불법정보 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요.

{d[12]} 게시물과
{d[13]} 게시물은
아이돌 마이너 갤러리 매니저 확인 후 운영자 권한으로 삭제 처리하였습니다.

감사합니다.

On Tue, Sep 3, 2024 at 10:20 AM KCSC 통신심의 <takedown@kcsc.example> wrote:
{quoted(R_DC)}
""",
    outcome="applied",
    imitates="short Korean support reply with English Gmail 'On ... wrote:' quote",
    why="the statement spans three lines after the two URLs: both deleted by the operator",
    items={d[12]: "removed", d[13]: "removed"},
)

# ======================= NAVER ==============================================
case(
    name="naver-imsi-blog-notice",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    **{"from": "right@navercorp.com"}, name_from="네이버 게시중단요청서비스",
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 ({R_NV})",
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

요청하신 게시물에 대하여 정보통신망법 제44조의2에 따라 아래와 같이 조치하였음을 알려드립니다.

■ 대상 게시물: {n[1]}
■ 조치 내용: 임시조치 (30일간 게시물 접근 제한)
■ 조치 일시: 2024.09.05 16:31

게시자가 30일 이내에 재게시를 요청하지 않는 경우 해당 게시물은 계속 비공개 상태로 유지됩니다.
재게시 절차 안내: https://right.naver.com/guide/republish

네이버 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 임시조치 notice (정보통신망법 제44조의2, 30일)",
    why="임시조치 = access restricted for 30 days: restricted; the guide page is not an item",
    items={n[1]: "restricted"},
)

case(
    name="naver-en-mixed",
    date="Fri, 06 Sep 2024 10:03:27 +0900",
    **{"from": "legal-response@navercorp.com"}, name_from="NAVER Legal Response",
    subject=f"Re: {R_NV} request for removal",
    reply_to_req=mid(R_NV),
    body=f"""
Dear Sir or Madam,

Thank you for your request {R_NV}. Our review is complete for three of the
listed URLs:

{n[3]} - removed for violating the NAVER Cafe operating principles
(unregistered investment solicitation).

{n[5]} - we could not locate this question; it was deleted by its author
before our review.

{n[2]} - after review we have decided not to take action. The post is a
personal market commentary and does not violate our policies or Korean law
as far as we can assess.

Kind regards,
NAVER Legal Response Team
""",
    outcome="applied",
    imitates="English legal-response reply with one paragraph per URL (removed / not located / no action)",
    why="three distinct item statements: removed, not found, rejected with its reason",
    items={n[3]: "removed", n[5]: "not_found", n[2]: "rejected"},
)

case(
    name="naver-blind-and-private",
    date="Fri, 06 Sep 2024 15:55:40 +0900",
    **{"from": "cafe_policy@naver.com"}, name_from="네이버 카페 운영정책",
    subject=f"[네이버 카페] {R_NV} 처리 결과",
    reply_to_req=mid(R_NV),
    body=f"""
안녕하세요. 네이버 카페 운영정책 담당입니다.

요청하신 주식마스터 카페 게시물 2건에 대한 처리 결과입니다.

1) {n[3]}
   → 카페 운영원칙 위반으로 블라인드 처리되었습니다.
2) {n[4]}
   → 카페 매니저를 통해 비공개 처리되었습니다.

운영원칙: https://cafe.naver.com/common/policy
""",
    outcome="applied",
    imitates="NAVER Cafe 블라인드/비공개 처리 notice with numbered items and arrows",
    why="블라인드 처리 and 비공개 처리 are both removed",
    items={n[3]: "removed", n[4]: "removed"},
)

case(
    name="naver-base64-ko",
    date="Sat, 07 Sep 2024 09:12:05 +0900",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[네이버 블로그] {R_NV} 조치 결과'.encode()).decode()}?=",
    reply_to_req=mid(R_NV),
    raw_mime=single("text/plain", "base64", b64(f"""
안녕하세요. 네이버 블로그 고객센터입니다.

문의하신 블로그 게시물에 대해 다음과 같이 조치하였습니다.

- {n[1]} : 운영정책 위반으로 삭제
- {n[2]} : 국내 이용자 접근 제한

문의사항이 있으시면 본 메일에 회신해 주세요.
""")),
    outcome="applied",
    imitates="NAVER help-centre reply sent base64-encoded with an encoded-word subject",
    why="one blog post deleted, one restricted for users in Korea",
    items={n[1]: "removed", n[2]: "restricted"},
)

case(
    name="naver-status-then-url",
    date="Mon, 09 Sep 2024 11:26:48 +0900",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    subject=f"RE: [{R_NV}] 시정요구 조치 결과",
    reply_to_req=mid(R_NV),
    body=f"""
안녕하십니까, 네이버 권리보호센터입니다.

다음 게시물은 삭제되었습니다:
{n[4]}

다음 게시물은 불법정보에 해당한다고 보기 어려워 게시중단 요청이 반려되었습니다:
{n[5]}

반려 사유에 대한 자세한 설명이 필요하시면 회신 부탁드립니다.
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 reply: statement line ending in ':' with the URL on the next line",
    why="cafe post deleted; 지식iN question's request 반려 (refused with reason): rejected",
    items={n[4]: "removed", n[5]: "rejected"},
)

case(
    name="naver-age-restricted-en",
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    **{"from": "legal-response@navercorp.com"}, name_from="NAVER Legal Response",
    subject=f"Re: {R_NV}",
    reply_to_req=mid(R_NV),
    body=f"""
Hello,

An update on {R_NV}: the blog post at {n[2]} now requires adult
verification (19+) before it can be viewed. It remains available to
verified adult users.

Best,
NAVER Legal Response Team
""",
    outcome="applied",
    imitates="English platform update that an item was made age-restricted",
    why="adult-verification gate is an age restriction: restricted",
    items={n[2]: "restricted"},
)

# ======================= Daum / Kakao =======================================
case(
    name="daum-particles-and-tistory",
    date="Mon, 09 Sep 2024 13:47:31 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"[Daum] {R_DA} 시정요구 조치 결과 회신",
    reply_to_req=mid(R_DA),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{R_DA} 건에 대해 아래와 같이 조치 결과를 안내드립니다.

{a[1]}은 Daum 카페 운영정책 위반으로 삭제되었습니다.
{a[2]}（작성자 탈퇴로 이미 삭제되어 존재하지 않는 게시물입니다）
<{A3_RAW}> 글은 티스토리 운영정책에 따라 블라인드 처리하였습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied",
    imitates="Kakao 권리침해신고센터 Korean reply: URLs followed by Korean particles and full-width parentheses, raw Korean Tistory slug",
    why="cafe post deleted, second cafe post already gone (not found), Tistory post 블라인드 (removed); raw Korean slug matches its percent-encoded form",
    items={a[1]: "removed", a[2]: "not_found", a[3]: "removed"},
)

case(
    name="daum-imsi-30days",
    date="Fri, 06 Sep 2024 10:58:14 +0900",
    **{"from": "cs_noreply@daum.net"}, name_from="Daum 고객센터",
    subject=f"[Daum] 게시물 임시조치 안내 ({R_DA})",
    reply_to_req=mid(R_DA),
    body=f"""
[Daum 카페 게시물 임시조치 안내]

요청번호: {R_DA}
대상 게시물: {a[1]}
조치 내용: 임시조치 - 30일간 해당 게시물에 대한 접근이 차단됩니다.
조치 일시: 2024-09-06 10:41

임시조치 기간 중 게시자의 이의제기가 없으면 기간 만료 후 게시물은 삭제됩니다.
※ 임시조치 안내: https://cs.daum.net/faq/95/7580.html

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="Daum 30일 임시조치 notice (접근 차단 30일, 발신 전용)",
    why="임시조치: access blocked for 30 days = restricted; the later deletion is only conditional",
    items={a[1]: "restricted"},
)

# ======================= SOOP ===============================================
case(
    name="soop-vod-and-post",
    date="Mon, 09 Sep 2024 16:12:09 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    subject=f"[SOOP] {R_SP} 처리 결과 / Result of your request",
    reply_to_req=mid(R_SP),
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

요청하신 콘텐츠에 대해 다음과 같이 조치하였습니다.
- VOD {s[1]} : 음란물 게시 금지 정책 위반으로 삭제
- 방송국 게시글 {s[2]} : 비공개 처리

Hello, this is the SOOP policy team. The VOD has been deleted and the
station post has been made private, as listed above.

SOOP 운영정책: https://www.sooplive.co.kr/policy
""",
    outcome="applied",
    imitates="SOOP (ex-AfreecaTV) bilingual policy-team reply, Korean list then English summary",
    why="VOD deleted and station post made private: both removed",
    items={s[1]: "removed", s[2]: "removed"},
)

case(
    name="soop-age-restricted",
    date="Sat, 07 Sep 2024 12:01:44 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    subject=f"RE: [{R_SP}] VOD 조치",
    reply_to_req=mid(R_SP),
    body=f"""
안녕하세요.

{s[1]} 영상은 청소년 유해 요소가 있어 19세 이상만 시청할 수 있도록 연령 제한을 적용하였습니다.

SOOP 운영정책팀
""",
    outcome="applied",
    imitates="SOOP notice that a VOD was set to 19+ viewing",
    why="19세 이상 연령 제한 applied instead of deletion: restricted",
    items={s[1]: "restricted"},
)

case(
    name="soop-echoed-report",
    date="Tue, 10 Sep 2024 09:30:22 +0900",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의하신 내용에 대한 답변입니다 (SP-240906-55120)",
    body=f"""
SOOP 고객센터 답변 안내

접수번호: SP-240906-55120
문의 유형: 신고 > 게시글 신고

[문의 내용]
{R_SP} 관련, 아래 게시글에 대한 시정요구입니다.
{s[2]}

[답변 내용]
안녕하세요, SOOP 고객센터입니다.
말씀하신 방송국 게시글을 확인하였으나 운영정책에 위배되는 내용이 확인되지 않아
별도 조치 없이 게시를 유지합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied",
    imitates="helpdesk ticket answer echoing the submitted report ([문의 내용] / [답변 내용])",
    why="the echoed report names the URL; the answer keeps the post as no rule is broken: rejected",
    items={s[2]: "rejected"},
)

# ======================= FM Korea ===========================================
case(
    name="fmk-bulleted-mixed",
    date="Wed, 11 Sep 2024 14:05:00 +0900",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject=f"Re: [{R_FM}] 개인정보 유출 게시물 시정요구",
    reply_to_req=mid(R_FM),
    body=f"""
안녕하세요 에펨코리아 운영팀입니다.

• {f[1]} — 개인정보 노출로 삭제
• {f[2]} — 개인정보 노출로 삭제
• {f[3]} — 실명이나 연락처 등 특정 가능한 정보가 없어 규정 위반 아님, 유지
• {f[4]} — 존재하지 않는 글 (이미 삭제됨)

이용규칙: https://www.fmkorea.com/rules
""",
    outcome="applied",
    imitates="community admin bulleted reply with em-dash statuses",
    why="two removed, one kept with its reason (rejected), one does not exist (not found)",
    items={f[1]: "removed", f[2]: "removed", f[3]: "rejected", f[4]: "not_found"},
)

case(
    name="fmk-url-then-status",
    date="Tue, 10 Sep 2024 20:41:37 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea admin",
    subject=f"{R_FM} 처리",
    reply_to_req=mid(R_FM),
    body=f"""
{f[1]}
→ 삭제 완료

{f[2]}
→ 삭제 완료

{f[4]}
→ 작성자가 이미 지운 글입니다

나머지 한 건은 내일 확인하겠습니다.
""",
    outcome="applied",
    imitates="terse admin reply: bare URL with its status on the line below",
    why="two deleted, one already deleted by its author (not found); the fourth is an unnamed promise",
    items={f[1]: "removed", f[2]: "removed", f[4]: "not_found"},
)

fm_html = f"""<div dir="ltr">
<p>KCSC 담당자님께,</p>
<p>Results for {R_FM} / 처리 결과:</p>
<table style="border:1px solid #999">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{f[3]}</td><td>Removed (삭제)</td></tr>
<tr><td>{f[4]}</td><td>Removed (삭제)</td></tr>
</table>
<p>FM Korea Operations</p>
</div>"""
case(
    name="fmk-html-only",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea Operations",
    subject=f"Re: [{R_FM}] results",
    reply_to_req=mid(R_FM),
    type="html",
    body=fm_html,
    outcome="applied",
    imitates="HTML-only reply with a two-column URL/Action table, URLs as plain cell text",
    why="both URLs in the table marked Removed",
    items={f[3]: "removed", f[4]: "removed"},
)

# ======================= Inven ==============================================
case(
    name="inven-sole-reply",
    date="Wed, 11 Sep 2024 11:22:33 +0900",
    **{"from": "admin@inven.co.kr"}, name_from="인벤 운영팀",
    subject=f"Re: [{R_IV}] 불법정보 시정요구 (게임 계정 불법 환전 홍보)",
    reply_to_req=mid(R_IV),
    body=f"""
안녕하세요, 인벤 운영팀입니다.

요청하신 게시물은 운영정책(불법 환전 홍보 금지) 위반으로 삭제 처리되었으며,
작성자 계정에는 이용 제한 조치를 하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="short Korean admin reply in the request's thread naming no URL",
    why="a one-item request answered in its thread: the sole statement applies to it",
    items={i1: "removed"},
)

case(
    name="inven-author-deleted",
    date="Thu, 12 Sep 2024 09:47:02 +0900",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    subject=f"[인벤] {R_IV} 확인 결과",
    body=f"""
안녕하세요. 인벤 고객지원입니다.

요청 주신 {i1} 게시물을 확인하였으나,
해당 글은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Korean support reply that the post was already deleted by its author",
    why="already deleted by its author: not_found",
    items={i1: "not_found"},
)

# ======================= Clien ==============================================
case(
    name="clien-prose-mixed",
    date="Thu, 12 Sep 2024 15:36:50 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    subject=f"Re: [{R_CL}] 불법정보 시정요구",
    reply_to_req=mid(R_CL),
    body=f"""
안녕하세요, 클리앙 운영자입니다.

모두의공원 게시물 {c[1]} 와 {c[2]} 는 이용규칙 위반(영리 목적 홍보)으로 운영자 삭제했습니다.

주식한당 게시물 {c[3]} 는 언론 기사를 인용해 리딩방 피해 사례를 소개하는 글이라
홍보 목적이 아니고 이용규칙 위반으로 보기 어려워 삭제하지 않았습니다.

클리앙 운영진
""",
    outcome="applied",
    imitates="small-community admin prose reply, two deleted and one refused with reason",
    why="two posts 운영자 삭제 (removed); one kept as it breaks no rule (rejected)",
    items={c[1]: "removed", c[2]: "removed", c[3]: "rejected"},
)

case(
    name="clien-outlook-original",
    date="Fri, 13 Sep 2024 10:02:18 +0900",
    **{"from": "help@clien.net"}, name_from="Clien Help",
    subject=f"RE: [{R_CL}] 불법정보 시정요구",
    reply_to_req=mid(R_CL),
    body=f"""
안녕하세요.

{c[2]} 건은 운영자 삭제 처리했습니다.

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:15 AM
To: admin@clien.net
Subject: [{R_CL}] 불법정보 시정요구

{quoted(R_CL, prefix="")}
""",
    outcome="applied",
    imitates="Outlook reply over an unprefixed '-----Original Message-----' quote",
    why="one post deleted above the quote; the URLs below Original Message are our own request",
    items={c[2]: "removed"},
)

case(
    name="clien-ack-plus-statement",
    date="Thu, 12 Sep 2024 18:20:41 +0900",
    **{"from": "help@clien.net"}, name_from="Clien Help",
    subject="[클리앙] 문의 접수 및 처리 안내 (CL-2409-0071)",
    reply_to_req=mid(R_CL),
    body=f"""
문의가 접수되었습니다. (접수번호 CL-2409-0071)

확인 결과를 함께 안내드립니다.
- {c[1]} : 삭제
- {c[3]} : 존재하지 않는 게시물 (주소 오류 또는 삭제된 글)

감사합니다.
""",
    outcome="applied",
    imitates="ticket receipt that also carries item results",
    why="acknowledgement phrase plus unhedged item statements is not a pure acknowledgement",
    items={c[1]: "removed", c[3]: "not_found"},
)

# ======================= REVIEW =============================================
case(
    name="dc-promise-ko",
    date="Wed, 04 Sep 2024 09:05:40 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"Re: [{R_DC}] 불법정보 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요, 디시인사이드입니다.

요청해 주신 게시물을 확인하였습니다.
{d[1]}
{d[2]}
위 게시물은 해당 갤러리 관리자 확인 후 순차적으로 삭제 조치할 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean '순차적으로 삭제 조치할 예정' promise naming URLs",
    why="a promise is no statement: items stay pending, the email names items so it goes to review",
    items={d[1]: "pending", d[2]: "pending"},
)

case(
    name="naver-under-review-en",
    date="Thu, 05 Sep 2024 10:14:03 +0900",
    **{"from": "legal-response@navercorp.com"}, name_from="NAVER Legal Response",
    subject=f"Re: {R_NV} request for removal",
    reply_to_req=mid(R_NV),
    body=f"""
Dear KCSC,

The following URLs from your request are currently under review by our
policy team:

  {n[1]}
  {n[3]}

We expect to complete the review within five business days and will write
to you again with the outcome.

Kind regards,
NAVER Legal Response Team
""",
    outcome="review", review="not_understood",
    imitates="English 'currently under review' interim reply listing URLs",
    why="under review is not a status; names requested items",
    items={n[1]: "pending", n[3]: "pending"},
)

case(
    name="daum-hedge-ko",
    date="Tue, 10 Sep 2024 14:50:27 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"RE: [{R_DA}] 문의",
    reply_to_req=mid(R_DA),
    body=f"""
안녕하세요.

{a[2]} 게시물은 카페 측에서 이미 삭제한 것으로 보입니다.
다만 시스템상 삭제 이력이 정확히 조회되지 않아, 담당 부서 확인 후 다시 말씀드리겠습니다.

카카오 권리침해신고센터
""",
    outcome="review", review="not_understood",
    imitates="Korean hedge '삭제한 것으로 보입니다' pending internal check",
    why="'appears to have been deleted' is a hedge, not a statement",
    items={a[2]: "pending"},
)

case(
    name="dc-bulk-all-done",
    date="Tue, 10 Sep 2024 17:45:00 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"Re: [{R_DC}] 불법정보 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요.

{R_DC} 요청 건의 게시물은 전부 삭제 완료하였습니다.
확인 부탁드립니다.

디시인사이드 고객센터
""",
    outcome="review", review="bulk",
    imitates="one-line '전부 삭제 완료' reply to a large request",
    why="all items of a 14-item request without naming any: bulk, items stay pending",
    items={d[k]: "pending" for k in range(1, 15)},
)

case(
    name="fmk-bulk-en",
    date="Fri, 13 Sep 2024 09:00:31 +0900",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea Operations",
    subject=f"Re: [{R_FM}] results",
    reply_to_req=mid(R_FM),
    body=f"""
Hi,

All four posts you reported under {R_FM} have been removed from FM Korea.

Thanks,
FM Korea Operations
""",
    outcome="review", review="bulk",
    imitates="English 'all reported posts were removed' reply",
    why="a statement about the four items of the request without naming each: bulk",
    items={f[k]: "pending" for k in range(1, 5)},
)

case(
    name="clien-auth-fail",
    date="Fri, 13 Sep 2024 02:14:55 +0900",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    auth="fail",
    subject=f"Re: [{R_CL}] 불법정보 시정요구",
    reply_to_req=mid(R_CL),
    body=f"""
안녕하세요, 클리앙 운영자입니다.

{c[1]} 삭제했습니다.
{c[2]} 삭제했습니다.
{c[3]} 삭제했습니다.
""",
    outcome="review", review="untrusted",
    imitates="platform-domain reply failing DKIM/SPF/DMARC",
    why="clear statements but the Clien domain fails authentication",
    items={c[1]: "pending", c[2]: "pending", c[3]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date="Sun, 08 Sep 2024 23:31:06 +0900",
    **{"from": "leadingroom.manager@gmail.com"}, name_from="리딩방갤 매니저",
    subject=f"Re: [{R_DC}] 불법정보 시정요구",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요 리딩방 마이너 갤러리 매니저입니다.
디시 측에서 연락받고 아래 글 제가 지웠습니다.

{d[6]}
{d[7]}

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="minor-gallery manager (a user, not DC staff) writing from a webmail address",
    why="a user's gmail address is no platform domain; names our request and URLs",
    items={d[6]: "pending", d[7]: "pending"},
)

case(
    name="nate-about-fmkorea",
    date="Wed, 11 Sep 2024 16:08:19 +0900",
    **{"from": "pann-help@nate.com"}, name_from="네이트 판 고객센터",
    subject=f"[네이트] 문의 답변 - {R_FM}",
    body=f"""
안녕하세요, 네이트 판 고객센터입니다.

문의하신 내용 중 판에 옮겨진 게시글은 당사 서비스의 글이 아니어서 별도로 찾지 못하였습니다.
참고로 원문인 {f[1]} 게시물은 에펨코리아에서 삭제된 것을 확인하였습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="third-party portal reporting on another site's post",
    why="Nate states the status of an FM Korea item; only FM Korea may",
    items={f[1]: "pending"},
)

case(
    name="soop-asks-documents",
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    subject=f"RE: [{R_SP}] 추가 자료 요청",
    reply_to_req=mid(R_SP),
    body=f"""
안녕하세요, SOOP 운영정책팀입니다.

{s[1]}
{s[2]}

위 콘텐츠에 대한 조치를 위해 심의 의결서 사본과 시정요구 공문(기관 직인 포함)을 보내주시기 바랍니다.
자료 확인 후 조치 여부를 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean platform request for the official letter and decision before acting",
    why="asks for documents; no status yet",
    items={s[1]: "pending", s[2]: "pending"},
)

case(
    name="naver-contact-change",
    date="Mon, 02 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책협력",
    subject="[NAVER] 기관 협조 요청 접수 창구 변경 안내",
    body="""
안녕하세요, 네이버 정책협력 담당입니다.

2024년 9월 23일부터 공공기관의 게시물 조치 요청 접수 창구가 아래와 같이 변경됩니다.

- 변경 전: policy@navercorp.com
- 변경 후: 기관 전용 접수 페이지 https://right.naver.com/agency

기존 메일로 보내주신 요청도 10월 말까지는 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice of a new intake channel for agency requests",
    why="trusted NAVER mail naming no item and no request; its link is a NAVER page, not an item",
    items={},
)

case(
    name="daum-forwarded-internal",
    date="Wed, 11 Sep 2024 09:33:47 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject=f"Fwd: [{R_DA}] 카페 게시물 처리",
    body=f"""
담당자님, 내부 처리 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페 운영지원 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 10일 (화) 오후 6:02
Subject: [{R_DA}] 카페 게시물 처리
To: 권리침해신고센터 <right@kakaocorp.com>

{a[1]} 삭제 완료했습니다.
{a[2]} 는 이미 없는 글입니다.
""",
    outcome="review", review="forwarded",
    imitates="Gmail-style Korean forward of an internal operations note",
    why="the statements are inside a forwarded internal message, not the sender's own",
    classification="forwarded",
    items={a[1]: "pending", a[2]: "pending"},
)

case(
    name="dc-conflicting",
    date="Sat, 07 Sep 2024 10:40:29 +0900",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject=f"Re: [{R_DC}] 머니클럽 미니 갤러리",
    reply_to_req=mid(R_DC),
    body=f"""
안녕하세요.

머니클럽 미니 갤러리 게시물 처리 결과입니다.

{d[8]} : 삭제

다만 {d[8]} 게시물은 운영원칙 위반 사항이 없어 게시를 유지하기로 하였습니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="reply whose list and closing sentence contradict each other",
    why="the same post is said deleted and kept in one email",
    items={d[8]: "pending"},
)

# ======================= IGNORED ============================================
case(
    name="dc-ooo-ko",
    date="Tue, 03 Sep 2024 10:20:31 +0900",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject=f"[자동응답] Re: [{R_DC}] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    reply_to_req=mid(R_DC),
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

9월 3일(화)부터 9월 4일(수)까지 시스템 점검으로 메일 답변이 지연됩니다.
접수된 메일은 순서대로 확인 후 답변드리겠습니다.

※ 본 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 자동응답 (auto-replied) during maintenance",
    why="auto-reply, ignored",
    items={},
)

case(
    name="kakao-ooo-bilingual",
    date="Thu, 05 Sep 2024 09:40:55 +0900",
    **{"from": "jiho.kang@kakaocorp.com"}, name_from="강지호 (Jiho Kang)",
    subject=f"자동 회신: [{R_DA}] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jiho.kang@kakaocorp.com"],
    reply_to_req=mid(R_DA),
    body=f"""
9월 5일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
권리침해 관련 급한 건은 right@kakaocorp.com 으로 보내주세요.

I am out of the office until 18 September with limited access to email.
For urgent takedown matters please contact right@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange bilingual out-of-office (자동 회신) over Chuseok",
    why="out-of-office, ignored",
    items={},
)

dsn_orig = "\n".join(the_request_text(R_NV))
case(
    name="naver-dsn-bounce",
    date="Wed, 04 Sep 2024 11:05:09 +0900",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.0904.kcsc"

--dsn.0904.kcsc
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said:
    550 5.1.1 <policy-old@navercorp.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn.0904.kcsc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 11:05:02 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.navercorp.com
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@navercorp.com>: Recipient address
    rejected: User unknown

--dsn.0904.kcsc
Content-Type: message/rfc822

From: KCSC 통신심의 <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: [{R_NV}] 불법정보 시정요구
Message-ID: <{mid(R_NV)}@kcsc.example>
Date: Wed, 4 Sep 2024 11:05:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn.0904.kcsc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our request with its URLs",
    why="bounce; the URLs are in our own returned message",
    items={},
)

case(
    name="fmk-read-receipt",
    date="Mon, 09 Sep 2024 10:47:12 +0900",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea Operations",
    subject=f"읽음: [{R_FM}] 개인정보 유출 게시물 시정요구",
    reply_to_req=mid(R_FM),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-fmk-0909"

--mdn-fmk-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R_FM}] 개인정보 유출 게시물 시정요구"을(를) 수신인이 2024-09-09 10:47에 읽었습니다.

--mdn-fmk-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.fmkorea.com; Webmail
Final-Recipient: rfc822; report@fmkorea.com
Original-Message-ID: <{mid(R_FM)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fmk-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt, ignored",
    items={},
)

case(
    name="soop-ticket-receipt",
    date="Fri, 06 Sep 2024 14:10:48 +0900",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (SP-240906-55120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
- 접수번호: SP-240906-55120
- 제목: [{R_SP}] 불법정보 시정요구

답변은 영업일 기준 3일 이내에 등록된 이메일로 보내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket receipt (문의 접수 완료, 접수번호)",
    why="pure acknowledgement",
    items={},
)

case(
    name="inven-ticket-ack",
    date="Tue, 10 Sep 2024 15:31:20 +0900",
    **{"from": "noreply@inven.co.kr"}, name_from="인벤 고객지원",
    subject=f"[인벤] 문의 접수 안내 - {R_IV}",
    reply_to_req=mid(R_IV),
    body=f"""
인벤 고객지원 문의가 접수되었습니다.

접수번호: IV-20240910-3318
접수일시: 2024-09-10 15:31

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
We have received your inquiry and will reply as soon as possible.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="bilingual ticket-system receipt",
    why="pure acknowledgement of the inquiry, no item statement",
    items={},
)

case(
    name="clien-mailbox-full-dsn",
    date="Wed, 11 Sep 2024 10:15:40 +0900",
    **{"from": "postmaster@clien.net"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="clien-dsn-0911"

--clien-dsn-0911
Content-Type: text/plain; charset=utf-8

메일 전달 실패 / Delivery failed

받는 사람 admin2@clien.net 의 메일함 용량이 가득 차 메일을 전달하지 못했습니다.
The recipient's mailbox is full.

--clien-dsn-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.clien.net

Final-Recipient: rfc822; admin2@clien.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--clien-dsn-0911
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: admin2@clien.net
Subject: [{R_CL}] 불법정보 시정요구
Message-ID: <{mid(R_CL)}@kcsc.example>

--clien-dsn-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="bilingual DSN from the platform's own MTA: 552 mailbox full",
    why="bounce, ignored whoever sent it",
    items={},
)

HEADER = """# Blind set 183: Korean portals and community sites.
# Written by make.py from the meaning of each email, before any run of the reader.
# Each case is ingested alone into a fresh ledger holding requests.csv."""

def encode_headers(cases):
    """Korean display names and subjects as RFC 2047 encoded-words, as
    Korean webmail and helpdesk systems send them (a few subjects stay raw
    UTF-8, as some systems send them)."""
    for k, cs in enumerate(cases):
        if not cs.get("name_from", "").isascii():
            cs["name_from"] = Header(cs["name_from"], "utf-8").encode()
        if not cs["subject"].isascii() and k % 5 != 3:
            cs["subject"] = Header(cs["subject"], "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind183", HEADER, CASES)
    print(f"{len(CASES)} cases")
