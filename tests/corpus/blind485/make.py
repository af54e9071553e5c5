#!/usr/bin/env python3
"""Blind set 485: Korean replies from NAVER, Kakao/Daum (Tistory), YouTube
Korea, DC Inside and BAND (공문 style 조치결과 replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies), plus the receipts,
bounces, read receipts and out-of-office replies a regulator's mailbox gets.

    python3 tests/corpus/blind485/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email before the reader
was ever run on it.
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

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def enc(raw, safe=":/-?&=@"):
    """Percent-encode the non-ASCII part of a URL (as requests.csv stores it)."""
    return quote(raw, safe=safe)


def subj(s):
    """RFC 2047-encode a subject, as the big portals' mailers do."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
# R1 NAVER, 12 items (the largest request)
N = [
    "https://blog.naver.com/moonlit_deal88/223561200417",
    "https://blog.naver.com/moonlit_deal88/223561200988",
    "https://blog.naver.com/greenpx_shop/223559004112",
    "https://cafe.naver.com/jejubargain/884213",
    "https://cafe.naver.com/jejubargain/884390",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=31007755&articleid=12093",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122517",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38110422&memberNo=55120931",
    "https://blog.naver.com/haneul_pick/223562771045",
    "https://in.naver.com/sodam_rx/contents/internal/702215533109312",
    "https://blog.naver.com/haneul_pick/223562771790",
]
# R2 Kakao (Daum cafe + Tistory), 5 items; K[3] has a Korean path
K4_RAW = "https://pillbox-kr.tistory.com/entry/직구-대행-안내"
K = [
    "https://cafe.daum.net/nightmarket24/Zx9k/1187",
    "https://cafe.daum.net/nightmarket24/Zx9k/1204",
    "https://pillbox-kr.tistory.com/45",
    enc(K4_RAW),
    "https://cafe.daum.net/nightmarket24/Zx9k/1231",
]
# R3 YouTube, 4 items; Y[3] is a channel with a Korean handle
Y4_RAW = "https://www.youtube.com/@밤부엉이TV"
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8kLr2A",
    "https://www.youtube.com/watch?v=Hd71pZx0NwE",
    "https://www.youtube.com/shorts/bT5nY0cE9sQ",
    enc(Y4_RAW),
]
# R4 DC Inside, 3 items
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9081123",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552310",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=552377",
]
# R5 BAND, 2 items
B = [
    "https://band.us/band/81234567/post/1042",
    "https://band.us/band/81234567/post/1057",
]
# R6 Kakao (Tistory), 1 item with a Korean path
T6_RAW = "https://sunmoon-diary.tistory.com/entry/익명-제보-정리"
T6 = enc(T6_RAW)
# R7 NAVER cafe, 1 item
C7 = "https://cafe.naver.com/momsdaegu/3310872"

REQUESTS = [
    ("KCSC-240903-01", "naver", 3, N, "illegal_drug_sale",
     'blogs, cafes, 지식iN and Post; "직거래" ads for prescription drugs, 12 items'),
    ("KCSC-240904-02", "kakao", 4, K, "illegal_drug_sale",
     "Daum cafe nightmarket24 and a Tistory blog, 5 items"),
    ("KCSC-240905-03", "youtube", 5, Y, "gambling",
     "illegal sports betting promotion, videos, one short, one channel"),
    ("KCSC-240906-04", "dcinside", 6, D, "market_manipulation",
     "stock/coin pump posts, gall and mgallery"),
    ("KCSC-240909-05", "band", 9, B, "illegal_goods_sale", "one BAND, two posts"),
    ("KCSC-240910-06", "kakao", 10, [T6], "defamation",
     "single Tistory post, Korean path (percent-encoded)"),
    ("KCSC-240911-07", "naver", 11, [C7], "illegal_drug_sale", "single cafe post"),
]


def mid(ref):
    return "kcsc-req-" + ref[5:].lower()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def request_text(ref, urls, day, prefix=""):
    """Our own request, as quoted back by platforms."""
    lines = [
        f"[방송통신심의위원회] 시정요구 ({ref})",
        "",
        "귀사 서비스에 유통되고 있는 아래 정보가 정보통신에 관한 심의규정에",
        f"위반되어 시정요구(해당 정보의 삭제)를 하오니 2024. 9. {day + 7}.까지",
        "조치하고 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def mp_alt_b64_html(text, html, boundary):
    tb = base64.encodebytes(text.encode("utf-8")).decode("ascii")
    hb = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{tb}\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{hb}\n"
        f"--{boundary}--\n"
    )


CASES = []


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        kw["name_from"] = subj(name)
    CASES.append(kw)


NAVER_GOV = "gov-response@navercorp.com"
NAVER_GOV_NAME = "네이버 정책지원팀"
KAKAO_RIGHT = "right@kakaocorp.com"
KAKAO_NAME = "카카오 권리침해신고센터"

# =================================================================== APPLIED

# 1. 공문 with a text table of all 12 items
rows = [
    (1, N[0], "삭제", "2024.09.05"),
    (2, N[1], "삭제", "2024.09.05"),
    (3, N[2], "게시중단", "2024.09.05"),
    (4, N[3], "삭제", "2024.09.05"),
    (5, N[4], "임시조치(30일)", "2024.09.05"),
    (6, N[5], "해당 게시물 없음(작성자 삭제)", "-"),
    (7, N[6], "삭제", "2024.09.04"),
    (8, N[7], "삭제", "2024.09.04"),
    (9, N[8], "조치불가(위반사항 미확인)", "-"),
    (10, N[9], "블라인드", "2024.09.06"),
    (11, N[10], "존재하지 않는 URL", "-"),
    (12, N[11], "임시조치(30일)", "2024.09.06"),
]
table = "\n".join(f"  {n:>2}  {u}\n      {r} / {dt}" for n, u, r, dt in rows)
case(
    name="naver-gongmun-result-table-12",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(6, 16, 40),
    subject=subj("[네이버] 시정요구에 대한 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
수신  방송통신심의위원회 통신심의국
참조  불법정보 시정요구 담당자
제목  시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 3. 요청하신 시정요구(12건)에 대하여 당사는
아래와 같이 조치하였음을 회신합니다.

                              - 아    래 -

  연번  대상 URL
        조치결과 / 조치일
{table}

3. 연번 9는 해당 포스트 본문과 첨부 이미지를 검토하였으나 의약품 판매·
알선 내용이 확인되지 않아 게시를 유지하였습니다.

4. 연번 6은 요청 접수 전 작성자가 직접 삭제한 게시물이며, 연번 11은
주소에 해당하는 콘텐츠가 존재하지 않습니다.  끝.

네이버 주식회사 정책지원팀
(13561) 경기도 성남시 분당구 정자일로 95
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 조치결과 table (연번/URL/조치결과/조치일)",
    why="table of all 12 items: deleted/게시중단/블라인드, two 임시조치, author-deleted and non-existent, one kept",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "removed",
           N[4]: "restricted", N[5]: "not_found", N[6]: "removed", N[7]: "removed",
           N[8]: "rejected", N[9]: "removed", N[10]: "not_found", N[11]: "restricted"},
)

# 2. HTML table, five items
html_rows = [
    (N[0], "게시중단(삭제)", "의약품 불법 판매 정보"),
    (N[1], "게시중단(삭제)", "의약품 불법 판매 정보"),
    (N[2], "게시 유지", "운영정책 위반 사항이 확인되지 않음"),
    (N[9], "게시중단(삭제)", "의약품 불법 판매 정보"),
    (N[11], "게시물 없음", "작성자에 의해 이미 삭제됨"),
]
trs = "\n".join(
    f'<tr><td style="padding:4px">{i}</td><td style="padding:4px"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px"><b>{r}</b></td><td style="padding:4px">{why}</td></tr>'
    for i, (u, r, why) in enumerate(html_rows, 1)
)
case(
    name="naver-html-table-partial",
    **{"from": "noreply-right@naver.com"}, name_from="NAVER 게시중단 요청 서비스", date=d(5, 18, 2),
    subject=subj("[NAVER] 게시중단 요청 처리결과 안내 (KCSC-240903-01)"),
    type="html",
    body=f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단 요청 서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(KCSC-240903-01) 중 블로그 게시물의 처리결과를 안내드립니다.</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>번호</th><th>게시물 주소</th><th>처리결과</th><th>사유</th></tr>
{trs}
</table>
<p>나머지 게시물의 처리결과는 확인이 끝나는 대로 별도로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신전용입니다. 게시중단 정책은
<a href="https://right.naver.com/policy/guide">네이버 권리보호센터</a>에서 확인하실 수 있습니다.<br>
Copyright &copy; NAVER Corp. All Rights Reserved.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 서비스 처리결과 메일 (HTML table with 처리결과 and 사유)",
    why="HTML table: three blog posts 게시중단(삭제), one kept for no violation, one already deleted by its author",
    items={N[0]: "removed", N[1]: "removed", N[2]: "rejected", N[9]: "removed", N[11]: "not_found"},
)

# 3. CSV attachment
csv_rows = [
    ["연번", "URL", "조치결과", "비고"],
    ["1", N[3], "삭제", ""],
    ["2", N[4], "임시조치", "30일간 게시물 접근 차단"],
    ["3", N[5], "삭제", ""],
    ["4", N[6], "삭제", "답변 포함 삭제"],
    ["5", N[7], "게시물 없음", "질문자 본인 삭제"],
    ["6", N[8], "조치불가", "위반 내용 없음, 게시 유지"],
]
import io  # noqa: E402

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = base64.encodebytes(("\ufeff" + buf.getvalue()).encode("utf-8")).decode("ascii")
fname = "KCSC-240903-01_" + "조치결과" + ".csv"
case(
    name="naver-csv-attachment",
    **{"from": "yujin.han@navercorp.com"}, name_from="한유진", date=d(6, 11, 25),
    subject=subj("RE: [방송통신심의위원회] 시정요구 (KCSC-240903-01) - 카페/지식iN/포스트 조치결과"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_4f1c0a"

--=_nv_4f1c0a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀 한유진입니다.

시정요구 KCSC-240903-01 건 중 카페, 지식iN, 포스트 게시물 6건의
조치결과를 첨부 파일로 보내드립니다.
블로그 게시물은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
한유진 드림
NAVER | 정책지원팀

--=_nv_4f1c0a
Content-Type: text/csv; charset=utf-8; name*=utf-8''{quote(fname)}
Content-Disposition: attachment; filename*=utf-8''{quote(fname)}
Content-Transfer-Encoding: base64

{csv_b64}
--=_nv_4f1c0a--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy-team reply with the 조치결과 spreadsheet attached (CSV exported from Excel, BOM)",
    why="CSV rows: three deleted, one 임시조치, one deleted by the asker, one kept for no violation",
    items={N[3]: "removed", N[4]: "restricted", N[5]: "removed", N[6]: "removed",
           N[7]: "not_found", N[8]: "rejected"},
)

# 4. NAVER cafe customer centre, single item, 블라인드
case(
    name="naver-cafe-blind-single",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터", date=d(12, 9, 48),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240911-07)",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

문의하신 게시글 {C7} 은(는)
확인 결과 카페 운영원칙(불법 정보 게시 금지)에 위배되어 블라인드
처리되었습니다. 현재 해당 카페의 회원과 비회원 모두 게시글을 볼 수
없습니다.

게시자에게는 운영원칙 위반에 따른 카페 활동 제한도 함께 적용되었습니다.

더 궁금하신 사항은 네이버 고객센터(https://help.naver.com/service/5637/)를
이용해 주세요.

네이버 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 고객센터 reply: 게시글 블라인드 처리 안내",
    why="single cafe post stated 블라인드 처리 (no longer visible to anyone); help-centre link is not an item",
    items={C7: "removed"},
)

# 5. 지식iN bullets
case(
    name="naver-kin-bullets",
    **{"from": "kin_admin@navercorp.com"}, name_from="네이버 지식iN 운영팀", date=d(4, 17, 15),
    subject="[지식iN] 시정요구 게시물 처리 결과 안내 (KCSC-240903-01)",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회에서 요청하신 지식iN 게시물 2건의 처리 결과를
아래와 같이 알려드립니다.

• {N[6]}
   - 처리 결과: 질문 및 답변 전체 삭제
   - 처리 일시: 2024.09.04 16:52

• {N[7]}
   - 처리 결과: 질문자가 이미 삭제한 질문으로, 현재 존재하지 않아
     별도로 조치할 대상이 없습니다.

지식iN 운영정책: https://kin.naver.com/help/policy.naver

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 처리 결과 안내 (bulleted, 처리 결과 lines under each URL)",
    why="one Q&A deleted, the other already deleted by the asker",
    items={N[6]: "removed", N[7]: "not_found"},
)

# 6. base64 HTML, three items
html6 = f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240903-01) 대상 중 아래 3건의 처리 결과를 회신드립니다.</p>
<p><a href="{N[9]}">{N[9]}</a><br>
&rarr; 처리: 삭제 완료 (2024.09.06)</p>
<p><a href="{N[10]}">{N[10]}</a><br>
&rarr; 처리: 게시 유지 &ndash; 건강기능식품 후기로서 의약품 판매·알선 정보에 해당하지 않음</p>
<p><a href="{N[11]}">{N[11]}</a><br>
&rarr; 처리: 임시조치 (30일간 접근 차단, 2024.09.06)</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
text6 = (f"방송통신심의위원회 담당자님께,\n\n시정요구(KCSC-240903-01) 대상 중 아래 3건의 처리 결과를 회신드립니다.\n\n"
         f"{N[9]}\n-> 처리: 삭제 완료 (2024.09.06)\n\n"
         f"{N[10]}\n-> 처리: 게시 유지 - 건강기능식품 후기로서 의약품 판매·알선 정보에 해당하지 않음\n\n"
         f"{N[11]}\n-> 처리: 임시조치 (30일간 접근 차단, 2024.09.06)\n\n네이버 정책지원팀 드림\n")
case(
    name="naver-base64-html-mixed",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(6, 19, 3),
    subject=subj("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=mp_alt_b64_html(text6, html6, "nv-alt-77e2"),
    outcome="applied", classification="confirmation",
    imitates="portal reply sent as base64 multipart/alternative (webmail), status line under each URL",
    why="one deleted, one kept with its reason, one 임시조치 (30-day access block)",
    items={N[9]: "removed", N[10]: "rejected", N[11]: "restricted"},
)

# 7. Daum cafe numbered list
case(
    name="kakao-daum-cafe-numbered",
    **{"from": KAKAO_RIGHT}, name_from=KAKAO_NAME, date=d(5, 14, 30),
    subject=subj("Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물 3건에 대한 처리 결과입니다.

1) {K[0]} — 게시물 삭제
2) {K[1]} — 임시조치 (30일간 게시물 접근 차단)
3) {K[4]} — 이미 삭제되어 존재하지 않는 게시물

티스토리 게시물 2건은 담당 부서 확인 후 별도로 회신드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply on Daum cafe posts (numbered, status after a dash)",
    why="Daum cafe: one deleted, one 임시조치, one already gone; Tistory items only promised",
    items={K[0]: "removed", K[1]: "restricted", K[4]: "not_found"},
)

# 8. Tistory single item, raw Korean URL on its own line, status below
case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="티스토리 운영정책팀", date=d(11, 15, 5),
    subject="[티스토리] 시정요구 게시물 처리 완료 안내",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
안녕하세요, 티스토리 운영정책팀입니다.

요청하신 게시물
{T6_RAW}
→ 게시중단 처리 완료 (블로그 운영자 외 비공개 전환, 2024-09-11 14:20)

게시자는 30일 이내에 이의를 제기할 수 있으며, 이의 제기 시 결과를
다시 안내드리겠습니다.

티스토리 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/Kakao 게시중단 처리 완료 안내 with the raw Korean post URL",
    why="the one Tistory post is 게시중단 (made private to everyone but the blogger); raw Korean path = encoded URL",
    items={T6: "removed"},
)

# 9. quoted-printable, Tistory items
qp9 = f"""안녕하세요. 카카오 권리침해신고센터입니다.
시정요구(KCSC-240904-02) 중 티스토리 게시물 처리 결과입니다.

■ 대상: {K[2]}
■ 조치: 게시물 삭제 (2024.09.06)

■ 대상: {K4_RAW}
■ 조치: 임시조치 - 30일간 접근 제한

감사합니다.
"""
case(
    name="kakao-tistory-qp",
    **{"from": KAKAO_RIGHT}, name_from=KAKAO_NAME, date=d(6, 10, 12),
    subject=subj("Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(qp9.encode("utf-8")).decode("ascii"),
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 reply in quoted-printable (■ 대상 / ■ 조치 pairs)",
    why="one Tistory post deleted, the Korean-path post under 임시조치 (30-day access restriction)",
    items={K[2]: "removed", K[3]: "restricted"},
)

# 10. top-posted over the quoted request
case(
    name="kakao-top-posted-over-quote",
    **{"from": "minho.kang@kakaocorp.com"}, name_from="강민호", date=d(4, 16, 41),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터 강민호입니다.

긴급 건으로 먼저 처리된 1건 공유드립니다.
{K[0]} 게시물은 오늘 오후 삭제 조치했습니다.
나머지 링크는 확인 후 정리해서 회신드리겠습니다.

강민호 드림

2024년 9월 4일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240904-02", [K[0], K[1], K[2], K4_RAW, K[4]], 4, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted staff reply over the Gmail-quoted request (Korean '님이 작성:' header)",
    why="only the Daum cafe post named above the quote is stated deleted; the rest is promised; quoted URLs say nothing",
    items={K[0]: "removed"},
)

# 11. YouTube Korean legal, geo restriction
case(
    name="youtube-ko-geo-restriction",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube 법무팀", date=d(9, 3, 14),
    subject=subj("YouTube 법률 신고 관련 업데이트 [7-3912000034215]"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 참조 번호: KCSC-240905-03

귀하가 신고한 콘텐츠를 검토했습니다. 대한민국 현지 법률에 따라 아래
콘텐츠에 대한 액세스를 대한민국에서 차단했습니다.

- {Y[0]}
- {Y[1]}

이 조치는 대한민국에만 적용되며, 해당 콘텐츠는 다른 국가에서는 계속
시청 가능할 수 있습니다.

YouTube는 투명성을 위해 법률 신고 사본을 Lumen 프로젝트
(https://lumendatabase.org)에 보낼 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal update (Korean): content blocked in the reporting country only",
    why="two videos blocked in Korea only (geo restriction); Lumen link is not an item",
    items={Y[0]: "restricted", Y[1]: "restricted"},
)

# 12. YouTube English outcomes, status line below URL
case(
    name="youtube-en-outcomes",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube Legal Support", date=d(10, 8, 55),
    subject="Re: KCSC-240905-03 - outcome of your legal request",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thank you for your patience. We have completed our review of the
following items from your request KCSC-240905-03.

URL: https://www.youtube.com/shorts/bT5nY0cE9sQ
Outcome: Removed globally for violating our Community Guidelines
(regulated goods and services).

URL: {Y[3]}
Outcome: Channel terminated.

URL: {Y[0]}
Outcome: No action taken. After careful review we did not find that the
content violates our policies or local law, so it remains available.

If you have further information about these items, you can submit a new
request at https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (English, URL:/Outcome: pairs)",
    why="short removed globally, channel terminated, one video left up with a reason",
    items={Y[2]: "removed", Y[3]: "removed", Y[0]: "rejected"},
)

# 13. YouTube age restriction + gone by uploader
case(
    name="youtube-age-restrict-notfound",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법률 지원팀", date=d(11, 12, 20),
    subject=subj("Re: [방송통신심의위원회] 시정요구 (KCSC-240905-03)"),
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

신고하신 동영상 2건에 대해 다음과 같이 알려드립니다.

{Y[1]} 동영상에는 연령 제한을 적용했습니다. 로그인하여 만 18세 이상으로
확인된 사용자만 시청할 수 있습니다.

{Y[0]} 동영상은 저희가 검토하기 전에 업로더가 직접 삭제하여 YouTube에
더 이상 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in Korean: age restriction applied / video deleted by uploader",
    why="one video age-restricted, the other deleted by its uploader before review",
    items={Y[1]: "restricted", Y[0]: "not_found"},
)

# 14. YouTube statement first, URL on the line below
case(
    name="youtube-url-after-statement",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법률 지원팀", date=d(12, 14, 2),
    subject="[7-3912000034215] 신고 처리 결과",
    body=f"""
안녕하세요.

참조 번호 KCSC-240905-03 관련 검토가 완료되어 결과를 알려드립니다.

다음 Shorts 동영상은 커뮤니티 가이드 위반으로 삭제되었습니다.
https://www.youtube.com/shorts/bT5nY0cE9sQ

다음 채널은 대한민국 법률에 따라 한국 내에서 차단되었습니다.
{Y4_RAW}

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal result in Korean, each statement followed by the URL on the next line",
    why="short deleted; channel (raw Korean handle) blocked in Korea",
    items={Y[2]: "removed", Y[3]: "restricted"},
)

# 15. DC Inside informal operator
case(
    name="dcinside-informal-operator",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀", date=d(6, 22, 17),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인했습니다.

{D[0]}
-> 삭제했습니다.

{D[1]}
-> 삭제했습니다.

{D[2]}
-> 이 글은 작성자가 먼저 지운 상태라 따로 조치할 게 없었습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short informal reply (status line under each URL)",
    why="two posts deleted, one already deleted by its author",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

# 16. DC Inside 공문
case(
    name="dcinside-gongmun",
    **{"from": "admin@dcinside.com"}, name_from="(주)디시인사이드", date=d(9, 11, 0),
    subject=subj("[디시인사이드] 시정요구 조치결과 통보 (KCSC-240906-04)"),
    body=f"""
주식회사 디시인사이드

수신자  방송통신심의위원회 위원장
(경유)
제  목  시정요구에 대한 조치결과 통보

1. 귀 위원회의 시정요구(KCSC-240906-04, 2024. 9. 6.)와 관련입니다.

2. 당사는 위 시정요구 대상 정보에 대하여 다음과 같이 조치하였음을
통보합니다.

  가. {D[0]}
      조치내용: 게시물 삭제 (2024. 9. 7.)
  나. {D[1]}
      조치내용: 미조치 – 개인 투자 의견 게시물로서 시세조종 목적의
      허위 정보로 보기 어려움
  다. {D[2]}
      조치내용: 게시물 삭제 및 작성자 IP 차단 (2024. 9. 7.)

3. 미조치 건에 대한 당사 판단 근거 자료가 필요하시면 알려 주시기
바랍니다.  끝.

주식회사 디시인사이드 대표이사
담당: 운영지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site 공문 '시정요구에 대한 조치결과 통보' (가/나/다 items, 조치내용 lines)",
    why="two posts deleted, one not actioned with its reason (refusal)",
    items={D[0]: "removed", D[1]: "rejected", D[2]: "removed"},
)

# 17. BAND prose mixed
case(
    name="band-prose-mixed",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀", date=d(10, 17, 48),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-05)",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

요청하신 두 건 중 {B[0]} 게시글은 밴드 운영정책
위반(불법 상품 판매)으로 삭제했습니다. {B[1]} 게시글은
검토 결과 판매 글이 아닌 단순 후기로 확인되어 위반 사항이 없으므로 별도
조치 없이 유지됩니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영정책팀 prose reply (one post deleted, one kept with reason)",
    why="post 1042 deleted; post 1057 kept because no violation (rejected)",
    items={B[0]: "removed", B[1]: "rejected"},
)

# 18. BAND angle brackets + Korean particle
case(
    name="band-angle-brackets",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀", date=d(12, 10, 30),
    subject="Re: Re: [방송통신심의위원회] 시정요구 (KCSC-240909-05)",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

지난 회신 이후 추가 자료를 검토하였고,
<{B[1]}>에 대해서는 게시글을 비공개 처리하였습니다.
현재 밴드 멤버를 포함하여 누구도 해당 게시글을 열람할 수 없습니다.

감사합니다.
BAND 운영정책팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="BAND follow-up reply, URL in angle brackets followed by a Korean particle",
    why="post 1057 made private to everyone (비공개 처리 = removed)",
    items={B[1]: "removed"},
)

# 19. Outlook quoting
case(
    name="naver-outlook-quoted-request",
    **{"from": "sojin.kim@navercorp.com"}, name_from="김소진", date=d(5, 9, 12),
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀 김소진입니다.

요청 건 중 카페 게시물 3건 처리 결과 먼저 공유드립니다.

- {N[3]} : 삭제
- {N[4]} : 삭제
- {N[5]} : 게시물 없음 (작성자가 카페 탈퇴하면서 삭제됨)

나머지 건은 처리되는 대로 회신드리겠습니다.

김소진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: gov-response@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240903-01)

{request_text("KCSC-240903-01", N, 3)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the request quoted unprefixed",
    why="three cafe items above the quote: two deleted, one deleted by its author; quoted request is not a statement",
    items={N[3]: "removed", N[4]: "removed", N[5]: "not_found"},
)

# 20. Gmail quoting, statement then URLs below
case(
    name="naver-gmail-korean-quote",
    **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 운영정책", date=d(4, 13, 37),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 블로그 운영정책 담당자입니다.

KCSC-240903-01 건 관련하여 아래 블로그 게시물 2건은 정보통신망법
제44조의2에 따라 임시조치(30일)했습니다.
{N[0]}
{N[1]}

임시조치 기간 중에는 작성자 외에는 게시물을 볼 수 없습니다.

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240903-01", N, 3, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 임시조치 notice as a Gmail reply over the '>'-quoted request",
    why="two blog posts under 임시조치 (listed on the lines below the statement); quote ignored",
    items={N[0]: "restricted", N[1]: "restricted"},
)

# 21. full-width punctuation
case(
    name="naver-fullwidth-punct",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(9, 15, 20),
    subject=subj("[네이버] 시정요구 조치결과 (KCSC-240903-01) 추가 회신"),
    body=f"""
방송통신심의위원회 귀중

시정요구 KCSC-240903-01 중 아래 3건의 조치결과를 추가로 회신드립니다。

①　블로그 게시물（{N[2]}）：삭제
②　포스트（{N[8]}）：삭제
③　블로그 게시물（{N[9]}）：해당 게시물이 존재하지 않음

이상입니다。
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style reply typed with full-width brackets and colons (한글 word processor habit)",
    why="two deleted, one does not exist; URLs end at the full-width bracket",
    items={N[2]: "removed", N[8]: "removed", N[9]: "not_found"},
)

# 22. one-item request, statement without URL
case(
    name="kakao-single-item-sole-statement",
    **{"from": KAKAO_RIGHT}, name_from=KAKAO_NAME, date=d(12, 16, 10),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-06)",
    reply_to_req=mid("KCSC-240910-06"),
    body="""
방송통신심의위원회 담당자님께,

시정요구하신 티스토리 게시물 1건은 2024년 9월 12일자로 삭제 조치되었음을
알려드립니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 one-line 삭제 조치 confirmation in the request's thread",
    why="request of one item; the reply states that one post deleted without repeating its URL",
    items={T6: "removed"},
)

# 23. URL wrapped inside angle brackets
case(
    name="naver-wrapped-angle-url",
    **{"from": "post_policy@navercorp.com"}, name_from="네이버 포스트 운영팀", date=d(5, 20, 44),
    subject="[네이버 포스트] 게시중단 처리 안내 (KCSC-240903-01)",
    body="""
안녕하세요, 네이버 포스트 운영팀입니다.

방송통신심의위원회의 시정요구에 따라 아래 포스트는 게시중단(삭제)
처리되었습니다.

<https://post.naver.com/viewer/postView.naver?volumeNo=38110422&
 memberNo=55120931>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Post 게시중단 처리 안내 with a long URL wrapped inside <> (RFC 3986 appendix C style)",
    why="the Post item is 게시중단(삭제); the two halves inside <> are one URL",
    items={N[8]: "removed"},
)

# 24. BAND echoed report
case(
    name="band-echoed-report",
    **{"from": "noreply@band.us"}, name_from="BAND", date=d(10, 17, 31),
    subject=subj("[BAND] 신고 처리 결과 안내"),
    body=f"""
[신고 처리 결과 안내]

안녕하세요. BAND입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

신고 대상 : 게시글
신고 URL  : {B[0]}
신고 사유 : 불법 상품 판매 (시정요구 KCSC-240909-05)
접수 일시 : 2024.09.09 10:02
처리 결과 : 게시글 삭제 및 작성자 밴드 이용 제한
처리 일시 : 2024.09.10 17:31

신고해 주셔서 감사합니다.
이 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 (echoed report form with 처리 결과 field)",
    why="echoed report: post 1042 deleted and its author restricted",
    items={B[0]: "removed"},
)

# 25. acknowledgement phrase plus statements
case(
    name="naver-ack-plus-statements",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(3, 15, 58),
    subject=subj("[접수] 시정요구 KCSC-240903-01 접수 및 긴급 처리 안내"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 공문(KCSC-240903-01)이 정상 접수되었습니다.
(접수번호 NPR-2024-0903-118)

이 중 긴급 처리 대상으로 분류된 지식iN 게시물 2건은 접수 즉시
삭제하였습니다.
- {N[6]}
- {N[7]}

나머지 10건은 검토 후 별도로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="portal receipt that also reports two urgent items already deleted",
    why="receipt wording plus an unhedged statement: two 지식iN items deleted; the other ten only promised",
    items={N[6]: "removed", N[7]: "removed"},
)

# 26. one done, one promised
case(
    name="kakao-partial-promise",
    **{"from": KAKAO_RIGHT}, name_from=KAKAO_NAME, date=d(5, 11, 2),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

1. {K[0]}
   삭제 완료했습니다.

2. {K[1]}
   카페 운영자가 소명 자료를 제출하여, 내부 검토를 마친 뒤 조치할
   예정입니다.

검토가 끝나면 다시 연락드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply: one post deleted, the other awaiting the cafe operator's explanation",
    why="first post deleted; second is only a promise after review (stays pending)",
    items={K[0]: "removed", K[1]: "pending"},
)

# ==================================================================== REVIEW

# R1 promise
case(
    name="naver-promise-sequential",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(4, 18, 20),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 담당 부서에서 검토 중이며, 확인되는 대로
순차적으로 게시중단 조치할 예정입니다.

- {N[9]}
- {N[10]}
- {N[11]}

처리 결과는 조치 완료 후 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: 검토 중, 순차적으로 조치 예정",
    why="names three items but only promises future 게시중단; nothing has happened yet",
    items={N[9]: "pending", N[10]: "pending", N[11]: "pending"},
)

# R2 hedge
case(
    name="kakao-hedge-appears",
    **{"from": "daumcafe_cs@kakaocorp.com"}, name_from="Daum 카페 고객센터", date=d(5, 16, 25),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
안녕하세요, Daum 카페 고객센터입니다.

말씀하신 다음 카페 게시물은 이미 삭제된 것으로 보입니다만, 정확한 처리
주체와 시점은 시스템 기록을 확인 중입니다.

{K[0]}
{K[1]}

확인이 끝나면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe customer-centre reply hedging ('삭제된 것으로 보입니다', still checking)",
    why="'appears to be deleted' while still checking logs is a hedge, not a statement",
    items={K[0]: "pending", K[1]: "pending"},
)

# R3 bulk NAVER
case(
    name="naver-bulk-12",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(10, 10, 5),
    subject=subj("[네이버] 시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
수신  방송통신심의위원회
제목  시정요구(KCSC-240903-01) 조치 완료 회신

1. 귀 위원회의 시정요구와 관련입니다.
2. 요청하신 게시물 12건 전체에 대하여 삭제 조치를 완료하였음을
회신합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="short 공문 '조치 완료' reply covering the whole request without listing URLs",
    why="one statement about all 12 items of a multi-item request, none named",
    items={u: "pending" for u in N},
)

# R4 bulk DC
case(
    name="dcinside-bulk-all",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀", date=d(7, 1, 12),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    body="""
네 안녕하세요
요청하신 글들 전부 삭제 처리했습니다~
늦은 시간이라 확인이 좀 늦었네요.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="DC Inside night-shift operator's one-line informal reply",
    why="'all the posts deleted' for a three-item request, no post named",
    items={u: "pending" for u in D},
)

# R5 untrusted NAVER
case(
    name="naver-auth-fail",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(5, 23, 41), auth="fail",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구하신 블로그 게시물 3건은 아래와 같이 삭제되었습니다.

1. {N[0]} : 삭제
2. {N[1]} : 삭제
3. {N[2]} : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-style 삭제 reply that fails DKIM/SPF/DMARC (spoofed navercorp.com)",
    why="claims come from navercorp.com but authentication failed",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

# R6 unknown sender (gallery manager on gmail)
case(
    name="gallery-manager-gmail",
    **{"from": "coinmkt.manager@gmail.com"}, name_from="코인마켓갤 매니저", date=d(7, 13, 9), auth="none",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240906-04)",
    reply_to_req=mid("KCSC-240906-04"),
    body=f"""
안녕하세요 코인마켓 마이너 갤러리 매니저입니다.
디시 운영팀에서 메일 내용을 전달받았는데요, 말씀하신 글 두 개는 제가
매니저 권한으로 삭제했습니다.

{D[1]}
{D[2]}

앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a DC minor-gallery manager (volunteer moderator) answering from a personal Gmail",
    why="deletion stated by a gmail.com sender, not DC Inside's domain",
    items={D[1]: "pending", D[2]: "pending"},
)

# R7 NAVER about BAND items
case(
    name="naver-about-band-items",
    **{"from": NAVER_GOV}, name_from=NAVER_GOV_NAME, date=d(11, 14, 15),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240909-05)",
    reply_to_req=mid("KCSC-240909-05"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련 시정요구 건을 BAND 담당 조직에서 전달받아 대신
회신드립니다.

- {B[0]} : 삭제
- {B[1]} : 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group company replying for a sister service (NAVER answering for BAND)",
    why="navercorp.com states statuses for items of the BAND request (sender domain band.us)",
    items={B[0]: "pending", B[1]: "pending"},
)

# R8 asks more
case(
    name="youtube-asks-legal-basis",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법률 지원팀", date=d(6, 9, 30),
    subject="[7-3912000034215] 추가 정보 요청",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

신고하신 동영상 {Y[0]} 에 대한 검토를 진행하려면
다음 정보가 추가로 필요합니다.

1. 해당 콘텐츠가 위반한 대한민국 법령의 조항
2. 문제가 되는 부분의 타임스탬프(예: 01:35-02:10)

이 이메일에 회신하여 위 정보를 보내 주시면 검토를 계속하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for more information (legal basis, timestamps)",
    why="asks for the legal provision and timestamps before reviewing; no status",
    items={Y[0]: "pending"},
)

# R9 no claims
case(
    name="band-no-claims-notice",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀", date=d(13, 10, 0),
    subject=subj("[BAND] 공공기관 요청 접수 채널 변경 안내"),
    body="""
안녕하세요, BAND 운영정책팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신 기관 전용
포털(https://partners.band.us/gov)로만 접수합니다.

기존 이메일 주소로 보내주신 요청은 9월 30일까지 처리되며, 이후에는
포털 계정 등록이 필요합니다. 계정 발급은 포털의 '기관 등록' 메뉴를
이용해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new request portal",
    why="trusted BAND mail naming no item and no request; the portal link is not an item",
    items={},
)

# R10 under review
case(
    name="kakao-under-review",
    **{"from": KAKAO_RIGHT}, name_from=KAKAO_NAME, date=d(11, 11, 11),
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240910-06)",
    reply_to_req=mid("KCSC-240910-06"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물
{T6_RAW}
은 명예훼손 해당 여부에 대한 판단이 필요하여 현재 내부 법무 검토
중입니다.

검토가 끝나는 대로 결과를 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply: 법무 검토 중",
    why="the one item is only under legal review; nothing is stated as done",
    items={T6: "pending"},
)

# R11 conflicting
case(
    name="youtube-conflicting",
    **{"from": "legal-support-kr@google.com"}, name_from="YouTube 법률 지원팀", date=d(13, 8, 40),
    subject="[7-3912000034215] 신고 처리 결과",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요.

신고하신 동영상을 삭제했습니다: {Y[1]}

검토 결과 해당 동영상은 커뮤니티 가이드나 현지 법률에 위배되지 않아
게시가 유지됩니다: {Y[1]}

문의 사항이 있으면 이 이메일에 회신해 주세요.
""",
    outcome="review", review="conflicting_statements",
    imitates="template-merge slip: one result mail carrying both the removal and the 'no action' paragraph",
    why="the same video is stated deleted and kept up in one email",
    items={Y[1]: "pending"},
)

# =================================================================== IGNORED

case(
    name="naver-ooo-korean",
    **{"from": "jihoon.park@navercorp.com"}, name_from="박지훈", date=d(13, 18, 2),
    subject=subj("[자동회신] Re: [방송통신심의위원회] 시정요구 (KCSC-240911-07)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 네이버 정책지원팀 박지훈입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 건은 정책지원팀 대표 메일(gov-response@navercorp.com)로
연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신 (추석 연휴)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-ooo-bilingual",
    **{"from": "sumin.lee@kakaocorp.com"}, name_from="이수민", date=d(4, 10, 1),
    subject="Automatic reply: [방송통신심의위원회] 시정요구 (KCSC-240904-02)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
I am out of the office until Monday, September 9, with limited access
to email. For takedown requests please write to right@kakaocorp.com.

9월 9일(월)까지 외근으로 메일 확인이 어렵습니다. 게시중단 요청은
right@kakaocorp.com 으로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook bilingual automatic reply",
    why="out-of-office auto-reply",
    items={},
)

dsn_text = "\n".join([
    "This is the mail system at host mx2.kakaocorp.com.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    "<right-gov@kakaocorp.com>: host mailstore.kakaocorp.com said:",
    "    550 5.1.1 <right-gov@kakaocorp.com>: Recipient address rejected:",
    "    User unknown in virtual mailbox table",
])
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System", date=d(4, 10, 0, 9),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="6A1F27E0B3.1725411609/mx2.kakaocorp.com"

--6A1F27E0B3.1725411609/mx2.kakaocorp.com
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

{dsn_text}

--6A1F27E0B3.1725411609/mx2.kakaocorp.com
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx2.kakaocorp.com
X-Postfix-Queue-ID: 6A1F27E0B3
Arrival-Date: Wed,  4 Sep 2024 10:00:07 +0900 (KST)

Final-Recipient: rfc822; right-gov@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <right-gov@kakaocorp.com>: Recipient address rejected: User unknown

--6A1F27E0B3.1725411609/mx2.kakaocorp.com
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: right-gov@kakaocorp.com
Subject: {subj("[방송통신심의위원회] 시정요구 (KCSC-240904-02)")}
Message-ID: <{mid("KCSC-240904-02")}@kcsc.example>
Date: Wed, 04 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240904-02", [K[0], K[1], K[2], K4_RAW, K[4]], 4)}

--6A1F27E0B3.1725411609/mx2.kakaocorp.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our request with its URLs",
    why="delivery failure report; the URLs are in our own returned request",
    items={},
)

case(
    name="local-dsn-spam-reject",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", date=d(6, 10, 0, 41),
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B77C0A1E2.1725584441/mx.kcsc.example"

--B77C0A1E2.1725584441/mx.kcsc.example
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

Your message could not be delivered to the recipient below.

<report@dcinside.com>: host mx.dcinside.com[203.0.113.45] said: 550 5.7.1
    Message rejected as spam by content filter (in reply to end of DATA
    command)

--B77C0A1E2.1725584441/mx.kcsc.example
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: B77C0A1E2
Arrival-Date: Fri,  6 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.dcinside.com
Diagnostic-Code: smtp; 550 5.7.1 Message rejected as spam by content filter

--B77C0A1E2.1725584441/mx.kcsc.example
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: {subj("[방송통신심의위원회] 시정요구 (KCSC-240906-04)")}
Message-ID: <{mid("KCSC-240906-04")}-b@kcsc.example>
Date: Fri, 06 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240906-04", D, 6)}

--B77C0A1E2.1725584441/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's DSN: the copy to DC Inside rejected as spam",
    why="bounce from our own mail system, carrying the request URLs",
    items={},
)

case(
    name="dcinside-mdn",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 관리자", date=d(6, 11, 47),
    subject=subj("읽음 확인: [방송통신심의위원회] 시정요구 (KCSC-240906-04)"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dc-5521"

--mdn-dc-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

KCSC Takedown님이 2024-09-06 오전 10:00에 보낸 메일을
admin@dcinside.com 님이 2024-09-06 오전 11:47에 읽었습니다.

--mdn-dc-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; DC Webmail
Final-Recipient: rfc822; admin@dcinside.com
Original-Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dc-5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt only",
    items={},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube 법무팀", date=d(5, 10, 3),
    subject=subj("YouTube 법률 신고가 접수되었습니다 [7-3912000034215]"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 신고가 접수되었으며
참조 번호는 7-3912000034215 입니다. (귀하의 참조 번호: KCSC-240905-03)

신고 내용을 검토한 뒤 결과를 이메일로 알려 드리겠습니다. 이 메일에
회신하지 마세요.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt (참조 번호)",
    why="pure receipt with a ticket number; nothing about any item",
    items={},
)

case(
    name="band-receipt-echo",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터", date=d(9, 10, 4),
    subject=subj("[BAND] 문의가 접수되었습니다 (접수번호 BD2409090031)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
BAND 고객센터에 문의해 주셔서 감사합니다.
아래 내용으로 문의가 접수되었습니다.

접수번호 : BD2409090031
문의유형 : 공공기관 요청
제목     : [방송통신심의위원회] 시정요구 (KCSC-240909-05)
첨부 URL : {B[0]}
           {B[1]}

담당자가 확인 후 순차적으로 답변드릴 예정입니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND 고객센터 문의 접수 receipt echoing the submitted URLs",
    why="pure receipt echoing what we submitted; no statement about the posts",
    items={},
)


HEADER = """# Blind set 485 (tests/corpus/blind485/): Korean replies from NAVER,
# Kakao/Daum/Tistory, YouTube Korea, DC Inside and BAND. Written from each
# email's meaning before the reader was run. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind485", HEADER, CASES)


if __name__ == "__main__":
    main()
