#!/usr/bin/env python3
"""Blind set 617 (Korean portals and communities): NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside and BAND replying in Korean (and some English) to
KCSC removal requests: 공문-style replies, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies, receipts, bounces and read receipts.

Every email is fictional and written in our own words; expected results
were written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind617/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind617"
KST = timezone(timedelta(hours=9))


def d(mon, day, h, m, s=0):
    return format_datetime(datetime(2024, mon, day, h, m, s, tzinfo=KST))


def enc(s):
    """RFC 2047 encoded header value (as many Korean mailers send)."""
    return Header(s, "utf-8").encode()


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
K3_SLUG = "의약품-판매-안내"

N1 = "https://blog.naver.com/moonlit_trade7/223561000101"
N2 = "https://blog.naver.com/moonlit_trade7/223561000102"
N3 = "https://blog.naver.com/greyfox_pharm/223561004410"
N4 = "https://cafe.naver.com/fictbargain/88231"
N5 = "https://cafe.naver.com/fictbargain/88240"
N6 = "https://cafe.naver.com/fictbargain/88257"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471200315"
N8 = "https://blog.naver.com/sunny_shop_kr/223561009933"
N9 = "https://cafe.naver.com/quietmarket22/5012"
N10 = "https://blog.naver.com/greyfox_pharm/223561004477"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120077&memberNo=5510231"
N12 = "https://cafe.naver.com/quietmarket22/5019"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/fict-deals/Zx9q/412"
K2 = "https://cafe.daum.net/fict-deals/Zx9q/415"
K3 = "https://lowtide-note.tistory.com/entry/" + quote(K3_SLUG)
K3_RAW = "https://lowtide-note.tistory.com/entry/" + K3_SLUG
K4 = "https://lowtide-note.tistory.com/58"
K5 = "https://pf.kakao.com/_xfictQ/10233017"
R2_ITEMS = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm3fZt8LkQ0"
Y2 = "https://www.youtube.com/watch?v=bR7uXw2nVa4"
Y3 = "https://www.youtube.com/shorts/Hk2pLz9Wm1E"
Y4 = "https://www.youtube.com/watch?v=Tn0cVe5JpYs"
R3_ITEMS = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/mgallery/board/view/?id=fictstock&no=300412"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=fictstock&no=300455"
D3 = "https://gall.dcinside.com/board/view/?id=fictfree&no=9912004"
R4_ITEMS = [D1, D2, D3]

B1 = "https://band.us/band/80112233/post/1204"
B2 = "https://band.us/band/80112233/post/1211"
R5_ITEMS = [B1, B2]

N13 = "https://blog.naver.com/rainpath_ko/223570011208"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=fictcoin&no=51207"

R1 = "KCSC-240902-01"
R2 = "KCSC-240903-02"
R3 = "KCSC-240904-03"
R4 = "KCSC-240905-04"
R5 = "KCSC-240906-05"
R6 = "KCSC-240909-06"
R7 = "KCSC-240910-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, items
    (R1, "naver", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", "medicine",
     "불법 의약품 판매, 블로그·카페·지식iN·포스트 (12건)", R1_ITEMS),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", "medicine",
     "Daum 카페, 티스토리, 카카오톡 채널", R2_ITEMS),
    (R3, "youtube", "2024-09-04T10:12:00+09:00", "2024-09-11T23:59:59+09:00", "gambling",
     'video "도박 사이트 홍보", shorts', R3_ITEMS),
    (R4, "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", "fraud",
     "마이너 갤러리 2건, 일반 갤러리 1건", R4_ITEMS),
    (R5, "band", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", "medicine",
     "공개 밴드 게시글", R5_ITEMS),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", "medicine",
     "블로그 1건", [N13]),
    (R7, "dcinside", "2024-09-10T09:15:00+09:00", "2024-09-17T23:59:59+09:00", "fraud",
     "코인 리딩방 홍보, 1건", [D4]),
]

SUBJ = {
    R1: f"[{R1}] 불법정보 시정요구 (네이버, 12건)",
    R2: f"[{R2}] 불법정보 시정요구 (카카오, 5건)",
    R3: f"[{R3}] 불법정보 시정요구 (YouTube, 4건)",
    R4: f"[{R4}] 불법정보 시정요구 (디시인사이드, 3건)",
    R5: f"[{R5}] 불법정보 시정요구 (BAND, 2건)",
    R6: f"[{R6}] 불법정보 시정요구 (네이버 블로그, 1건)",
    R7: f"[{R7}] 불법정보 시정요구 (디시인사이드, 1건)",
}


def req_mid(ref):
    return f"{ref}.req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, items in REQUESTS:
            for u in items:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def b64_part(text, ctype="plain"):
    body = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{body}")


def qp_part(text, ctype="plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{body}")


def plain_part(text, ctype="plain"):
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text.strip(chr(10))}\n")


def multipart(kind, boundary, parts, preamble=""):
    out = [f'Content-Type: multipart/{kind}; boundary="{boundary}"', ""]
    if preamble:
        out.append(preamble)
        out.append("")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quoted_request(ref, items, style):
    """Our own request as a platform's mailer quotes it below a reply."""
    lines = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 심의 결과 불법정보로 결정되어 시정요구({ref})를 드리오니,",
        "삭제 또는 접속차단 등 필요한 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(items, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "회신 기한: 요청일로부터 7일 이내", "",
              "방송통신심의위원회 통신심의국 드림"]
    if style == ">":
        return "\n".join(("> " + l) if l else ">" for l in lines)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**c):
    # Korean display names travel RFC 2047-encoded, as Korean mailers send them.
    nf = c.get("name_from")
    if nf and not nf.isascii():
        c["name_from"] = enc(nf.strip('"'))
    CASES.append(c)


# ---------------------------------------------------------------- NAVER ----
case(
    name="naver-gongmun-jochi-table",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 6, 17, 20),
    subject=f"[회신] 시정요구에 대한 조치결과 통보 ({R1})",
    reply_to_req=req_mid(R1),
    body=f"""
문서번호 : 네이버정책-2024-0917
수    신 : 방송통신심의위원회 통신심의국장
참    조 : 불법정보 시정요구 담당자
제    목 : 시정요구에 대한 조치결과 통보 (귀 위원회 {R1} 관련)

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회에서 2024. 9. 2. 요청하신 불법정보 시정요구({R1}, 총 12건)에
   대하여 당사의 조치결과를 아래와 같이 통보합니다.

                              - 아    래 -

 연번 | 대상 URL                                                  | 조치결과    | 비고
 -----+-----------------------------------------------------------+-------------+--------------------------
   1  | {N1:<57} | 삭제        |
   2  | {N2:<57} | 삭제        |
   3  | {N3:<57} | 게시중단    |
   4  | {N4:<57} | 임시조치    | 30일간 접근 제한
   5  | {N5:<57} | 임시조치    | 30일간 접근 제한
   6  | {N6:<57} | 해당없음    | 게시물 없음(작성자 삭제)
   7  | {N7} | 삭제 |
   8  | {N8:<57} | 조치불가    | 위반사항 미확인
   9  | {N9:<57} | 블라인드    |
  10  | {N10:<57} | 비공개 처리 |
  11  | {N11} | 해당없음 | 존재하지 않는 게시물
  12  | {N12:<57} | 접속차단    | 국내 IP 접속 차단

3. 연번 8의 게시물은 정상적인 건강기능식품 판매 게시물로서 당사 운영정책 및
   관련 법령 위반 사항이 확인되지 않아 조치하지 않았습니다. 추가 근거 자료를
   보내주시면 재검토하겠습니다.

4. 기타 문의사항은 담당자에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀 (직인생략)
담당: 김하람 매니저 / 031-000-0417
""",
    outcome="applied",
    classification="confirmation",
    imitates="공문-style 시정요구 조치결과 통보 from a Korean portal with a fixed-width 연번/URL/조치결과 table",
    why="every row names its URL and a plain result: 삭제/게시중단/블라인드/비공개 -> removed, 임시조치/접속차단 -> restricted, 해당없음 -> not_found, 조치불가 with reason -> rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "not_found", N12: "restricted"},
)

NAVER_HTML_ROWS = [
    (N2, "게시중단(삭제)", "2024-09-05"),
    (N3, "게시중단(삭제)", "2024-09-05"),
    (N4, "임시조치(30일)", "2024-09-05"),
    (N6, "게시물 없음", "-"),
    (N9, "블라인드", "2024-09-05"),
]


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_rows = "\n".join(
    f'<tr><td><a href="{html_escape(u)}">{html_escape(u)}</a></td><td>{st}</td><td>{dt}</td></tr>'
    for u, st, dt in NAVER_HTML_ROWS)
case(
    name="naver-html-result-table",
    **{"from": "report-center@navercorp.com"},
    name_from="네이버 신고센터",
    date=d(9, 5, 18, 3),
    subject=enc(f"네이버 신고센터 처리 결과 안내 ({R1})"),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 신고센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>{R1}</b> 건 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>게시물 주소</th><th>처리 결과</th><th>처리 일자</th></tr>
{_rows}
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">네이버 운영정책은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>에서 확인하실 수 있습니다.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER report-centre HTML result mail with a 게시물 주소/처리 결과/처리 일자 table",
    why="five rows each name a URL and a result; the remaining items are only promised; the policy link is not an item",
    items={N2: "removed", N3: "removed", N4: "restricted", N6: "not_found", N9: "removed"},
)

case(
    name="naver-blog-sole-ref-no-url",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그팀",
    date=d(9, 11, 15, 2),
    subject=f"Re: {SUBJ[R6]}",
    reply_to_req=req_mid(R6),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

방송통신심의위원회에서 요청하신 시정요구({R6}) 건 확인하였습니다.
요청하신 게시물은 2024년 9월 11일 블라인드 처리되었으며, 현재 외부에서
열람할 수 없는 상태입니다.

감사합니다.
네이버 블로그팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="short NAVER Blog team reply to a one-item 시정요구, naming the request but not the URL",
    why="unhedged 블라인드 statement about the only item of a one-item request -> removed",
    items={N13: "removed"},
)

case(
    name="naver-cafe-grouped-below",
    **{"from": "cafe_safety@navercorp.com"},
    name_from="네이버 카페 운영정책",
    date=d(9, 4, 14, 48),
    subject=f"RE: {SUBJ[R1]}",
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.
시정요구 {R1} 관련하여 카페 게시물 처리 결과를 알려드립니다.

아래 게시물은 카페 운영원칙(불법 상품 거래 금지) 위반으로 삭제되었습니다.
{N4}
{N5}

아래 게시물은 확인 시점에 이미 작성자가 삭제하여 게시물을 찾을 수 없었습니다.
{N6}

나머지 카페(quietmarket22) 게시물은 해당 카페 운영진 확인 후 별도 회신드리겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Cafe policy desk reply grouping URLs under a statement line",
    why="two URLs under a '삭제되었습니다' heading, one under 'already deleted by author'; quietmarket22 is only promised and names no URL",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

CSV_ROWS = [
    ["연번", "URL", "처리결과", "처리일시", "비고"],
    ["1", N7, "삭제", "2024-09-06 14:02", ""],
    ["2", N8, "조치불가", "2024-09-06 14:05", "위반 사항 확인되지 않음, 정상 판매 게시물"],
    ["3", N9, "게시물 없음", "2024-09-06 14:07", "작성자 삭제"],
    ["4", N10, "임시조치", "2024-09-06 14:10", "30일"],
    ["5", N11, "게시중단", "2024-09-06 14:12", ""],
]


def csv_bytes(rows):
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return "\ufeff".encode("utf-8") + buf.getvalue().encode("utf-8")


_csv_b64 = base64.encodebytes(csv_bytes(CSV_ROWS)).decode("ascii")
_fname = quote("조치결과_" + R1 + ".csv")
case(
    name="naver-csv-attachment",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 6, 14, 31),
    subject=enc(f"[네이버] 시정요구 조치결과 송부 ({R1})"),
    reply_to_req=req_mid(R1),
    raw_mime=multipart("mixed", "----=_NaverPart_0906_7731", [
        plain_part(f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구({R1}) 중 5건의 처리 결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"result.csv\"\n"
        f"Content-Disposition: attachment; filename*=UTF-8''{_fname}\n"
        "Content-Transfer-Encoding: base64\n\n" + _csv_b64,
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="portal policy team sending the 조치결과 as an Excel-exported CSV (UTF-8 BOM) attachment",
    why="CSV rows name each URL with 삭제/조치불가(reason)/게시물 없음/임시조치/게시중단",
    items={N7: "removed", N8: "rejected", N9: "not_found", N10: "restricted", N11: "removed"},
)

case(
    name="naver-kin-post-qp",
    **{"from": "kin_post_ops@navercorp.com"},
    name_from="네이버 지식iN·포스트 운영팀",
    date=d(9, 5, 11, 25),
    subject=enc(f"지식iN/포스트 게시물 처리 결과 ({R1})"),
    raw_mime=qp_part(f"""안녕하세요, 네이버 지식iN·포스트 운영팀입니다.

요청번호 {R1} 중 지식iN과 네이버 포스트 게시물 2건의 처리 결과입니다.

- 지식iN 질문 {N7}
  -> 운영정책 위반(불법 의약품 거래)으로 질문과 답변 전체를 삭제했습니다.
- 네이버 포스트 {N11}
  -> 확인 결과 존재하지 않는 포스트입니다.

감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER service-team reply sent quoted-printable (URLs with '=' encoded as =3D)",
    why="kin question deleted -> removed; post 'does not exist' -> not_found",
    items={N7: "removed", N11: "not_found"},
)

case(
    name="naver-top-posted-original-message",
    **{"from": "seoyun.park@navercorp.com"},
    name_from="박서윤",
    date=d(9, 3, 16, 5),
    subject=f"RE: {SUBJ[R1]}",
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀 박서윤입니다.

요청 주신 건 중 먼저 처리된 2건 결과 공유드립니다.

1) {N1} – 삭제 완료
2) {N12} – 임시조치(30일, 접근 제한)

나머지 건은 확인 중이며 완료되는 대로 다시 연락드리겠습니다.

박서윤 드림
네이버 정책지원팀

-----Original Message-----
From: "KCSC 통신심의국" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:30:00
Subject: {SUBJ[R1]}

{quoted_request(R1, R1_ITEMS, "")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean Outlook-style top-posted reply over our quoted request ('-----Original Message-----')",
    why="the reply above the quote states two items; the other ten appear only in our quoted request",
    items={N1: "removed", N12: "restricted", N2: "pending", N3: "pending", N5: "pending",
           N8: "pending", N11: "pending"},
)

case(
    name="naver-en-statement-then-url",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date=d(9, 5, 9, 40),
    subject=f"Re: {SUBJ[R1]}",
    reply_to_req=req_mid(R1),
    body=f"""
Dear KCSC team,

Thank you for your request {R1}. Our Trust & Safety team has completed its
review of the items below.

The following post was taken down for violating NAVER Blog's policy on the
sale of illegal goods:
{N2}

The following post has been restricted: it can no longer be viewed from
Korean IP addresses.
{N3}

The following post no longer exists (it was deleted by its author before
our review):
{N6}

Our policies are described at https://policy.naver.com/rules/service.html

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English NAVER trust-and-safety reply with each URL on the line below its statement",
    why="taken down -> removed; not viewable from Korea -> restricted; no longer exists -> not_found; the policy link is not an item",
    items={N2: "removed", N3: "restricted", N6: "not_found"},
)

case(
    name="naver-base64-private",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그팀",
    date=d(9, 4, 19, 12),
    subject=enc(f"[네이버 블로그] 시정요구 처리 결과 안내 ({R1})"),
    raw_mime=b64_part(f"""방송통신심의위원회 담당자님께,

네이버 블로그팀입니다. 시정요구({R1}) 대상 중 greyfox_pharm 블로그의
게시물 2건은 아래와 같이 처리되었습니다.

{N3} : 비공개 처리 (2024.09.04)
{N10} : 비공개 처리 (2024.09.04)

비공개 처리된 게시물은 작성자 본인 외에는 열람할 수 없습니다.

감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER Blog notice sent as a base64 text/plain body",
    why="비공개 처리 of two named posts -> removed",
    items={N3: "removed", N10: "removed"},
)

case(
    name="naver-partial-with-promise",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 6, 10, 15),
    subject=f"[중간회신] {SUBJ[R1]}",
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 요청하신 {R1} 건 관련하여 중간 회신드립니다.

{N8} 게시물은 판매 게시물 운영정책 위반이 확인되어 9월 6일 삭제하였습니다.

{N2} 게시물은 작성자가 소명 자료를 제출하여 검토하고 있으며, 검토가 끝나는
대로 조치할 예정입니다.

네이버 정책지원팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 중간회신 (interim reply): one item done, one still being reviewed",
    why="first URL deleted -> removed; second only 'will act after review' -> stays pending",
    items={N8: "removed", N2: "pending"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "right_noreply@naver.com"},
    name_from="네이버 게시중단요청서비스",
    date=d(9, 10, 16, 45),
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내"),
    body=f"""
[네이버] 게시중단 요청 처리 결과 안내

■ 접수 정보
 - 접수번호 : RN-20240910-004417
 - 요청자 : 방송통신심의위원회 ({R6})
 - 요청 유형 : 불법정보(의약품)
 - 대상 URL : {N13}

■ 처리 결과
 - 처리 내용 : 게시중단
 - 처리 일시 : 2024.09.10 16:40

게시중단된 게시물의 게시자는 30일 이내에 재게시를 요청할 수 있으며, 재게시
요청이 접수되면 별도로 안내해 드립니다.

본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice echoing the report form (접수 정보 / 처리 결과)",
    why="the echoed form names the URL; 처리 내용: 게시중단 is the result -> removed; the help link is not an item",
    items={N13: "removed"},
)

# ---------------------------------------------------------------- Kakao ----
case(
    name="kakao-daum-imsijochi",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(9, 4, 13, 30),
    subject=f"Re: {SUBJ[R2]}",
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 건({R2})과 관련하여 다음 카페 게시물에 대한
조치 결과를 알려드립니다.

[조치 대상]
① {K1}
② {K2}

[조치 내용]
위 게시물 2건은 정보통신망법 제44조의2에 따라 임시조치(30일간 게시물 접근
차단)되었습니다. 임시조치 기간 중 게시자가 재게시를 요청하지 않으면 기간
만료 후 삭제됩니다.

카카오는 안전한 서비스 환경을 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2, 30일 접근 차단)",
    why="two numbered URLs, then '위 게시물 2건은 … 임시조치되었습니다' -> restricted; the later deletion is conditional",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-brackets-particle",
    **{"from": "tistory-ops@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date=d(9, 5, 10, 2),
    subject=f"Re: {SUBJ[R2]}",
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{R2} 요청 관련 티스토리 게시물 처리 결과 회신드립니다.

<{K3_RAW}>는 티스토리 운영정책 위반으로 삭제되었습니다.
또한 요청하신 다른 글(https://lowtide-note.tistory.com/58)은 블로그 운영자가 이미
삭제하여 존재하지 않는 글입니다.

감사합니다.
티스토리 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) operator reply with a raw Korean-slug URL in angle brackets followed by a particle, and a URL in parentheses",
    why="raw Korean path matches the percent-encoded item -> removed; the other post 'already deleted by its owner, does not exist' -> not_found",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-channel-rejected",
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 운영정책팀",
    date=d(9, 6, 15, 55),
    subject=enc(f"[카카오] 시정요구 검토 결과 회신 ({R2})"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.
요청하신 {R2} 건 중 2건의 검토 결과를 아래와 같이 회신드립니다.

1. {K5}
 - 검토 결과: 조치하지 않음
 - 사유: 해당 카카오톡 채널 게시물은 허가받은 건강기능식품의 광고로, 카카오
   운영정책 및 관련 법령 위반 사항이 확인되지 않았습니다.

2. {K3}
 - 검토 결과: 게시물 삭제

검토 결과에 이의가 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao policy-team 검토 결과 reply, numbered items with result and reason lines",
    why="channel post not actioned with a stated reason -> rejected; Tistory post deleted -> removed",
    items={K5: "rejected", K3: "removed"},
)

case(
    name="kakao-receipt-plus-results",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d(9, 5, 16, 20),
    subject=enc(f"[카카오 고객센터] 문의 접수 및 처리 안내 ({R2})"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.
보내주신 요청({R2})이 접수번호 #KC-8830145로 접수되었습니다.

아울러 요청 건 중 다음 게시물의 처리 결과를 함께 안내드립니다.
- {K2} : 임시조치 (30일간 접근 제한)
- {K3} : 게시물 삭제 완료

나머지 게시물은 검토 후 별도로 안내드리겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre receipt that also carries item results",
    why="an acknowledgement phrase plus unhedged item statements is a confirmation: 임시조치 -> restricted, 삭제 완료 -> removed",
    items={K2: "restricted", K3: "removed"},
)

case(
    name="kakao-en-wrapped-url",
    **{"from": "trustandsafety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(9, 6, 9, 18),
    subject=f"Re: {SUBJ[R2]}",
    reply_to_req=req_mid(R2),
    body=f"""
Hello,

This is Kakao Trust & Safety replying to your request {R2}.

We removed the following Tistory post for violating our Operation Policy
(sale of unapproved medicines):
<https://lowtide-note.tistory.com/entry/%EC%9D%98%EC%95%BD%ED%92%88-%ED%8C%90
%EB%A7%A4-%EC%95%88%EB%82%B4>

We could not find the following post; the address returns "page not found"
and the post no longer exists on Tistory:
<{K4}>

Best regards,
Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English Kakao trust-and-safety reply with a long percent-encoded URL wrapped inside angle brackets",
    why="wrapped bracketed URL is the Tistory item -> removed; second post could not be found -> not_found",
    items={K3: "removed", K4: "not_found"},
)

_k_rows = [
    (K1, "임시조치", "30일간 접근 차단"),
    (K2, "임시조치", "30일간 접근 차단"),
    (K3, "삭제", ""),
    (K4, "해당 게시물 없음", "게시자 삭제"),
    (K5, "조치 없음", "위반 사항 미확인"),
]
_k_html = "\n".join(
    f"<tr><td align=center>{i}</td><td>{html_escape(u)}</td><td>{st}</td><td>{note}</td></tr>"
    for i, (u, st, note) in enumerate(_k_rows, 1))
case(
    name="kakao-gongmun-html-alt",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(9, 9, 11, 10),
    subject=enc(f"시정요구 조치결과 회신 - {R2}"),
    reply_to_req=req_mid(R2),
    raw_mime=multipart("alternative", "=_kakao_alt_0909", [
        plain_part("""
시정요구 조치결과 회신

본 메일은 HTML 형식으로 작성되었습니다. 조치결과 표는 HTML 보기에서 확인해 주세요.
"""),
        qp_part(f"""<html><body>
<p><b>수신</b>: 방송통신심의위원회<br><b>제목</b>: 시정요구 조치결과 회신 ({R2})</p>
<p>귀 위원회의 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.</p>
<table border=1 cellspacing=0 cellpadding=3>
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{_k_html}
</table>
<p>주식회사 카카오 권리침해신고센터</p>
</body></html>
""", "html"),
    ]),
    outcome="applied",
    classification="confirmation",
    imitates="공문-style 조치결과 회신 from Kakao as multipart/alternative (empty plain part, QP HTML table)",
    why="the HTML table gives every item a result: 임시조치 -> restricted, 삭제 -> removed, 해당 게시물 없음 -> not_found, 조치 없음(위반 미확인) -> rejected",
    items={K1: "restricted", K2: "restricted", K3: "removed", K4: "not_found", K5: "rejected"},
)

# -------------------------------------------------------------- YouTube ----
case(
    name="yt-korea-restricted-ko",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d(9, 6, 3, 14),
    subject=enc(f"YouTube 법적 요청 처리 결과 [{R3}]"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

방송통신심의위원회에서 제출하신 요청({R3})을 검토했습니다.

다음 콘텐츠는 대한민국 현지 법률 위반으로 판단되어 대한민국에서 액세스가
제한되었습니다.
- {Y1}
- {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y3}

YouTube 커뮤니티 가이드:
https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local-law geo-restriction vs global guideline removal",
    why="two videos restricted in Korea -> restricted; Short removed under guidelines -> removed; guideline link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-en-rejected-and-age",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(9, 9, 2, 51),
    subject=f"Re: {SUBJ[R3]}",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thanks for reaching out regarding {R3}.

After review, we have decided not to take action on the following video, as
we did not find it to violate our Community Guidelines or local law. The
video compares lottery odds and does not link to or promote a gambling site.
{Y4}

We have age-restricted the following video; it is now only available to
signed-in viewers aged 18 or over:
{Y1}

If you have additional information about the content above, you can reply
to this email.

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-team English outcome: 'decided not to take action' with a reason, and an age restriction",
    why="no action with a reason -> rejected; age-restricted -> restricted",
    items={Y4: "rejected", Y1: "restricted"},
)

case(
    name="yt-gmail-quoted-request",
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo",
    date=d(9, 5, 17, 33),
    subject=f"Re: {SUBJ[R3]}",
    reply_to_req=req_mid(R3),
    body=f"""
Hi,

Quick update on your request: the Short below has been removed for
violating our Community Guidelines.
{Y3}

We're still looking at the other three and will follow up.

Best,
Minji
YouTube Legal Support (Korea)

2024년 9월 4일 (수) 오전 10:12, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quoted_request(R3, R3_ITEMS, ">")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail reply from a Google staffer over our '>'-quoted request (Korean Gmail attribution line)",
    why="only the Short is stated removed; the other three are in the quote and only promised",
    items={Y3: "removed", Y1: "pending", Y2: "pending", Y4: "pending"},
)

case(
    name="yt-fullwidth-colon-list",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube",
    date=d(9, 10, 8, 7),
    subject=enc(f"{R3} 처리 결과"),
    reply_to_req=req_mid(R3),
    body=f"""
{R3} 처리 결과를 안내드립니다.

1) {Y2}：대한민국 내 차단
2) {Y3}：삭제됨（커뮤니티 가이드 위반）

YouTube 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse Korean YouTube result list with full-width colons and parentheses right after the URLs",
    why="blocked in Korea -> restricted; 삭제됨 -> removed",
    items={Y2: "restricted", Y3: "removed"},
)

# ------------------------------------------------------------ DC Inside ----
case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(9, 6, 11, 3),
    subject=f"Re: {SUBJ[R4]}",
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 건 확인했습니다.

{D1}
{D2}
위 두 글은 오늘 오전에 삭제했고 작성자 IP도 차단해 두었습니다.

{D3} 이건 작성자가 먼저 지운 글이라 저희 쪽에 남아 있는 게 없네요.

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply (삭제했고 / 작성자가 먼저 지운 글)",
    why="two URLs then '위 두 글은 … 삭제했고' -> removed; third already deleted by its author -> not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

_dc_rows = [
    (D1, "삭제", "갤러리 이용 규칙 및 관련 법령 위반"),
    (D2, "삭제", "동일 작성자 반복 게시"),
    (D3, "유지", "사기 여부 판단 불가 – 게시자 소명 접수(정상 중고거래 후기)"),
]
_dc_html = "\n".join(
    f'<tr><td><a href="{html_escape(u)}">{html_escape(u)}</a></td><td>{st}</td><td>{why}</td></tr>'
    for u, st, why in _dc_rows)
case(
    name="dc-gongmun-html",
    **{"from": "legal@dcinside.com"},
    name_from="\"(주)디시인사이드 법무팀\"",
    date=d(9, 9, 17, 0),
    subject=enc(f"[디시인사이드] 시정요구 조치결과 회신 ({R4})"),
    reply_to_req=req_mid(R4),
    type="html",
    body=f"""
<html><body>
<p>수신: 방송통신심의위원회 통신심의국<br>
발신: 주식회사 디시인사이드 법무팀<br>
제목: 시정요구 조치결과 회신 ({R4})</p>
<p>1. 귀 위원회의 시정요구에 대하여 다음과 같이 조치하였음을 알려드립니다.</p>
<table border="1" cellspacing="0">
<tr><th>대상 URL</th><th>조치</th><th>사유</th></tr>
{_dc_html}
</table>
<p>2. &quot;유지&quot; 건은 추가 자료를 보내주시면 다시 검토하겠습니다. 끝.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside legal-team 공문 in HTML with a URL/조치/사유 table (URLs with &amp;)",
    why="two rows 삭제 -> removed; 유지 with a reason (not fraud) -> rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-single-url-particle",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date=d(9, 11, 14, 26),
    subject=f"Re: {SUBJ[R7]}",
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

요청하신 {D4}은 마이너 갤러리 운영 규정 및 관련 법령 위반으로 2024년 9월 11일
삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-line DC Inside customer-centre reply with a Korean particle glued to the URL",
    why="the URL (followed directly by the particle 은) is stated 삭제 처리 -> removed",
    items={D4: "removed"},
)

# ----------------------------------------------------------------- BAND ----
case(
    name="band-cs-arrows",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date=d(9, 9, 10, 40),
    subject=f"Re: {SUBJ[R5]}",
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

방송통신심의위원회 시정요구({R5}) 관련 처리 결과를 안내해 드립니다.

▶ {B1}
   처리 결과: 운영정책 위반(불법 상품 판매)으로 게시글 삭제 및 작성자 이용 제한

▶ {B2}
   처리 결과: 존재하지 않는 게시글입니다. (밴드 리더가 이미 삭제함)

더 안전한 BAND를 만들기 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND customer-centre result mail with ▶ bullets and a result line under each URL",
    why="first post deleted -> removed; second 'does not exist, already deleted by the band leader' -> not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-html-qp-blind",
    **{"from": "safety@band.us"},
    name_from="BAND 운영팀",
    date=d(9, 7, 20, 5),
    subject=enc("[BAND] 신고하신 게시글 처리 안내"),
    raw_mime=qp_part(f"""<div>안녕하세요, 밴드 운영팀입니다.</div>
<div><br></div>
<div>시정요구({R5})로 신고해 주신 게시글 <a href="{B1}">{B1}</a> 은 블라인드 처리되어 밴드 멤버를 포함한 모든 이용자에게 더 이상 노출되지 않습니다.</div>
<div><br></div>
<div>감사합니다.</div>
""", "html"),
    outcome="applied",
    classification="confirmation",
    imitates="BAND HTML notice in quoted-printable: 블라인드 처리",
    why="the one named post is blinded for all users -> removed; the other item is not mentioned",
    items={B1: "removed"},
)

# --------------------------------------------------------------- REVIEW ----
case(
    name="naver-promise-sequential",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 4, 9, 55),
    subject=f"RE: {SUBJ[R1]}",
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 건으로 요청하신 게시물 중 아래 3건은 내부 검토를 마쳤으며, 금주 중
순차적으로 삭제될 예정입니다.

- {N2}
- {N5}
- {N9}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean portal promise reply ('순차적으로 삭제될 예정입니다')",
    why="a promise names three items but states nothing done: they stay pending and a person should look",
    items={N2: "pending", N5: "pending", N9: "pending"},
)

case(
    name="kakao-hedge-appears",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d(9, 4, 18, 0),
    subject=f"Re: {SUBJ[R2]}",
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 {K1} 게시물은 현재 확인해 보니 이미 삭제된 것으로 보입니다. 카페
운영자가 직접 정리한 것으로 추정되며, 정확한 삭제 경위는 확인이 어렵습니다.

{K2} 역시 비공개로 전환된 것 같습니다만 추가 확인이 필요합니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Kakao customer-centre reply hedging ('삭제된 것으로 보입니다', '전환된 것 같습니다')",
    why="hedged observations, not statements of action: both items stay pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 9, 14, 0),
    subject=enc(f"[완료] 시정요구 조치 완료 안내 ({R1})"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1}로 요청하신 게시물 12건 전체에 대하여 게시중단 조치를 완료하였습니다.

협조에 감사드립니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 조치 완료 reply covering a whole multi-item request",
    why="'all 12 posts' without naming each, for a twelve-item request: bulk, items pending",
    items={u: "pending" for u in R1_ITEMS},
)

case(
    name="band-bulk-both",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date=d(9, 8, 12, 30),
    subject=f"Re: {SUBJ[R5]}",
    reply_to_req=req_mid(R5),
    body="""
안녕하세요 BAND 고객센터입니다.
신고하신 게시글은 모두 삭제 처리했습니다.
감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="short BAND reply 'all reported posts deleted' in the request thread",
    why="'모두 삭제' for a two-item request without naming either: bulk, items pending",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    date=d(9, 5, 2, 17),
    subject=f"RE: {SUBJ[R1]}",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
요청하신 {R1} 건 처리 결과입니다.

{N1} - 삭제
{N4} - 삭제
{N8} - 삭제

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result list whose DKIM/SPF/DMARC all fail",
    why="claims from navercorp.com failing authentication must not change items",
    items={N1: "pending", N4: "pending", N8: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "stockgall.mgr@gmail.com"},
    name_from="fictstock갤 매니저",
    date=d(9, 6, 22, 41),
    subject=f"Re: {SUBJ[R4]}",
    body=f"""
안녕하세요. 디시 fictstock 마이너 갤러리 매니저입니다.
운영팀 통해서 시정요구 건({R4}) 전달받았습니다.

{D1}
{D2}

두 글 모두 제가 매니저 권한으로 삭제했습니다. 확인 부탁드려요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager (not DC Inside staff) replying from a personal webmail address",
    why="a gmail.com sender is no platform; its statements about DC items need a person",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 9, 15, 20),
    subject=enc(f"BAND 게시글 관련 회신 ({R5})"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

위원회에서 보내주신 밴드 게시글 관련 요청({R5})이 당사로 전달되어 확인했습니다.

{B1} : 삭제
{B2} : 삭제

참고로 BAND 관련 요청은 앞으로 BAND 고객센터(help@band.us)로 보내주시면 더
빠르게 처리됩니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="NAVER group policy desk answering for BAND posts (a NAVER-group service configured as its own platform)",
    why="a trusted naver sender states statuses for items of the band platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="kakao-asks-documents",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(9, 4, 10, 5),
    subject=f"Re: {SUBJ[R2]}",
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 건({R2}) 검토를 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 결정서 사본 (의결 일자 및 근거 조항 기재)
2. 대상 게시물별 위반 내용 요약

자료가 접수되는 대로 검토를 진행하겠습니다.
감사합니다.
""",
    outcome="review",
    classification="request_for_info",
    review="asks_more",
    imitates="Kakao 권리침해신고센터 asking for the 결정서 and per-post summaries before acting",
    why="the platform asks for more documents; nothing stated about items",
    items={},
)

case(
    name="yt-hedges-en",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(9, 5, 6, 40),
    subject=f"Re: {SUBJ[R3]}",
    reply_to_req=req_mid(R3),
    body=f"""
Hi KCSC team,

Regarding {R3}: it looks like {Y1} may have been made private by the
uploader, and {Y4} appears to be unavailable in some regions.

We haven't completed our own review yet, so please treat this as
preliminary. We'll share the outcome once it's done.

Thanks,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="preliminary YouTube support note with hedges ('may have been', 'appears to be')",
    why="hedged, self-declared preliminary observations: both items stay pending",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="naver-no-claims-notice",
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d(9, 12, 10, 0),
    subject=enc("[안내] 공공기관 협조 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 공공기관의 게시물 관련 협조 요청은 전용 접수 페이지
(https://help.naver.com/public-agency/request)를 통해서만 받습니다.
기존 이메일 창구는 10월 31일까지 병행 운영합니다.

이용에 참고 부탁드립니다.
""",
    outcome="review",
    review="no_claims",
    imitates="NAVER notice to agencies about a new intake channel",
    why="trusted NAVER mail naming no item and no request; the help page is not an item",
    items={},
)

case(
    name="naver-predates-request",
    **{"from": "report-center@navercorp.com"},
    name_from="네이버 신고센터",
    date=d(8, 30, 16, 12),
    subject=enc("[네이버] 신고하신 게시물 처리 결과 안내"),
    body=f"""
안녕하세요, 네이버 신고센터입니다.

신고하신 게시물 {N4} 은 카페 운영원칙 위반으로 게시중단되었습니다.

감사합니다.
""",
    outcome="review",
    review="predates_request",
    imitates="NAVER report-centre outcome dated before our request was sent (an earlier web-form report)",
    why="dated 30 Aug, before KCSC-240902-01 was sent on 2 Sep: cannot answer our request; a person decides",
    items={N4: "pending"},
)

case(
    name="dc-promise-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d(9, 5, 19, 22),
    subject=f"Re: {SUBJ[R4]}",
    reply_to_req=req_mid(R4),
    body=f"""
네 확인했습니다~

{D3}
이 글은 갤 담당자 확인 후 내일 중으로 지울게요. 나머지 두 개는 아직 못 봤습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="informal DC Inside operator promise ('내일 중으로 지울게요')",
    why="promise about one named item, nothing yet about the others: all pending",
    items={D3: "pending"},
)

# -------------------------------------------------------------- IGNORED ----
case(
    name="naver-ooo-chuseok",
    **{"from": "haram.kim@navercorp.com"},
    name_from="김하람",
    date=d(9, 13, 18, 2),
    subject=enc(f"[자동회신] Re: {SUBJ[R1]}"),
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김하람입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인 후 회신드리겠습니다.
급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto reply over the Chuseok holiday",
    why="auto reply (Auto-Submitted) with no statement",
    items={},
)

_orig_hdrs = "\n".join([
    "Return-Path: <takedown@kcsc.example>",
    "From: " + enc("KCSC 통신심의국") + " <takedown@kcsc.example>",
    "To: right-kr@kakaocorp.com",
    "Subject: " + enc(SUBJ[R2]),
    "Date: " + d(9, 3, 11, 0),
    f"Message-ID: <{req_mid(R2)}@kcsc.example>",
])
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.kakaocorp.com"},
    name_from="Mail Delivery System",
    date=d(9, 3, 11, 0, 41),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report; report-type=delivery-status", "A41C.1725328841/mx1.kakaocorp.com", [
        plain_part("""
This is the mail system at host mx1.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<right-kr@kakaocorp.com>: host store3.kakaocorp.com said: 550 5.1.1
    <right-kr@kakaocorp.com>: Recipient address rejected: User unknown
"""),
        "Content-Description: Delivery report\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx1.kakaocorp.com\n"
        "X-Postfix-Queue-ID: A41C2E0193\n"
        f"Arrival-Date: {d(9, 3, 11, 0, 39)}\n\n"
        "Final-Recipient: rfc822; right-kr@kakaocorp.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <right-kr@kakaocorp.com>: Recipient address\n"
        "    rejected: User unknown\n",
        "Content-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n" + _orig_hdrs + "\n",
    ], preamble="This is a MIME-encapsulated message."),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for our request to a dead Kakao address",
    why="delivery failure report; the request reference appears only in the returned headers",
    items={},
)

case(
    name="naver-mdn-read",
    **{"from": "seoyun.park@navercorp.com"},
    name_from="박서윤",
    date=d(9, 2, 11, 4),
    subject=enc(f"읽음: {SUBJ[R1]}"),
    raw_mime=multipart("report; report-type=disposition-notification", "----=_MDN_0902_1104", [
        plain_part(f"""
보낸 메시지가 수신자에게 표시되었습니다.

받는 사람: seoyun.park@navercorp.com
제목: {SUBJ[R1]}
읽은 시간: 2024-09-02 (월) 오전 11:04

이 확인은 메시지가 수신자의 컴퓨터에 표시되었다는 것만 뜻합니다. 수신자가
메시지를 읽었거나 내용을 이해했다는 보장은 없습니다.
"""),
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: seoyun-pc; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;seoyun.park@navercorp.com\n"
        f"Original-Message-ID: <{req_mid(R1)}@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n",
    ]),
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean Outlook read receipt (message/disposition-notification)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date=d(9, 4, 10, 20),
    subject="Your YouTube legal request has been received [8-9071000023456]",
    body=f"""
Hello,

Thank you for your submission. We have received your request regarding
{R3} and assigned it reference number 8-9071000023456.

Our team will review the content you reported and contact you if we need
more information. Please keep the reference number above for any follow-up.

Please do not reply to this automated message.

The YouTube Legal Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal web-form receipt with a numeric case reference",
    why="pure receipt: reference assigned, review promised, no item statement",
    items={},
)

case(
    name="dc-receipt-ko",
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date=d(9, 5, 9, 41),
    subject=enc(f"[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-240905-7731) - {R4}"),
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : DC-240905-7731
접수일시 : 2024-09-05 09:41

담당자 확인 후 순차적으로 답변드리겠습니다. 주말·공휴일에는 답변이 지연될 수
있습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="DC Inside helpdesk ticket receipt (접수번호)",
    why="pure ticket receipt",
    items={},
)

case(
    name="band-ooo-en",
    **{"from": "jiwoo.han@band.us"},
    name_from="Jiwoo Han",
    date=d(9, 6, 14, 1),
    subject=f"Automatic reply: {SUBJ[R5]}",
    reply_to_req=req_mid(R5),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until September 19 with limited access to email.
For urgent matters please contact help@band.us.

9월 19일까지 부재중입니다. 급한 용무는 help@band.us 로 연락해 주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto reply",
    items={},
)

case(
    name="kakao-ack-echo-urls",
    **{"from": "noreply-right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(9, 3, 14, 22),
    subject=enc("[카카오] 권리침해 신고 접수 완료 안내 (접수번호 R-2409-55102)"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.
아래 내용으로 신고가 정상 접수되었습니다.

■ 접수번호: R-2409-55102
■ 요청 기관: 방송통신심의위원회 ({R2})
■ 신고 대상 URL:
 - {K1}
 - {K5}
■ 접수일시: 2024-09-03 14:22

담당자가 검토한 후 처리 결과를 이메일로 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 완료 receipt echoing the reported URLs",
    why="a receipt echoing the URLs we reported, with no result: an acknowledgement; items stay pending",
    items={K1: "pending", K5: "pending"},
)


HEADER = """# Blind set 617 (Korean portals and communities). Written by make.py from the
# case list in that file; expected results come from each email's meaning
# alone, written before any run of the reader. Each case is judged alone on a
# fresh ledger holding requests.csv. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
