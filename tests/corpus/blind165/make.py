#!/usr/bin/env python3
"""Blind set 165: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Clien, Ppomppu, FM Korea), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind165/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set. All names, ids and URLs are fictional.
"""
import base64
import datetime
import email.header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind165"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, KST."""
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/lucky_dal7/223541100871",
    2: "https://blog.naver.com/lucky_dal7/223541100902",
    3: "https://blog.naver.com/sunbet_kr/223538870015",
    4: "https://cafe.naver.com/jjangbetclub/41120",
    5: "https://cafe.naver.com/jjangbetclub/41187",
    6: "https://cafe.naver.com/jjangbetclub/41203",
    7: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=471203388",
    8: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1117&docId=471209954",
    9: "https://blog.naver.com/moonpay_shop/223544019273",
    10: "https://cafe.naver.com/ArticleRead.nhn?clubid=30128845&articleid=8812",
    11: "https://in.naver.com/%EB%8B%AC%EB%B9%9B%EB%B2%A0%ED%8C%85/contents/internal/701122334455",
    12: "https://post.naver.com/viewer/postView.naver?volumeNo=38812003&memberNo=5521874",
    13: "https://blog.naver.com/toto_major9/223546633001",
    14: "https://cafe.naver.com/jjangbetclub/41255",
}
N11_RAW = "https://in.naver.com/달빛베팅/contents/internal/701122334455"
D = {
    1: "https://cafe.daum.net/%EC%95%BC%EA%B0%84%EC%83%81%EC%98%81/Kx2p/1187",
    2: "https://cafe.daum.net/nightreel/Kx2p/1203",
    3: "https://hanbit-notes.tistory.com/412",
    4: "https://cafe.daum.net/nightreel/Qm7w/88",
}
D1_RAW = "https://cafe.daum.net/야간상영/Kx2p/1187"
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=558120",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinfree&no=558131",
    4: "https://gall.dcinside.com/mini/board/view/?id=greenleaf&no=2044",
    5: "https://m.dcinside.com/board/hit/22871",
}
S = {
    1: "https://vod.sooplive.co.kr/player/128834571",
    2: "https://ch.sooplive.co.kr/nightowl77/post/99812345",
    3: "https://vod.sooplive.co.kr/player/128840022",
}
L = {
    1: "https://www.clien.net/service/board/park/18733021",
    2: "https://www.clien.net/service/board/cm_car/18730544",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120448"}
F = {
    1: "https://www.fmkorea.com/7281934402",
    2: "https://www.fmkorea.com/7281990117",
}

# ref, platform, sent_at, due_at, urls, category, message_id (no <>), note
REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     N, "gambling", "req-240902-01@kcsc.example", "illegal sports betting promotion, blogs/cafes/KnowledgeiN"),
    ("KCSC-240903-01", "daum", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     D, "obscenity", "req-240903-01@kcsc.example", "obscene video links in Daum cafes and a Tistory blog"),
    ("KCSC-240905-01", "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     C, "drugs", "req-240905-01@kcsc.example", "drug trade posts in galleries"),
    ("KCSC-240909-01", "soop", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00",
     S, "obscenity", "req-240909-01@kcsc.example", "obscene VODs and channel post"),
    ("KCSC-240910-01", "clien", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     L, "privacy", "req-240910-01@kcsc.example", "personal data exposure"),
    ("KCSC-240911-01", "ppomppu", "2024-09-11T10:10:00+09:00", "2024-09-18T18:00:00+09:00",
     P, "illegal_trade", "req-240911-01@kcsc.example", "sale of prescription medicine"),
    ("KCSC-240912-01", "fmkorea", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     F, "gambling", "req-240912-01@kcsc.example", "gambling site promotion"),
]


def write_requests():
    rows = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for k in sorted(urls):
            rows.append(",".join([ref, plat, sent, due, urls[k], cat, mid, '"' + note + '"']))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text, charset_bytes=None):
    raw = charset_bytes if charset_bytes is not None else text.encode("utf-8")
    s = base64.b64encode(raw).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, cte, body, extra=""):
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def single(ctype, cte, body):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n"


def request_text(ref, urls, quote_prefix=""):
    lines = [
        "안녕하세요, 방송통신심의위원회 통신심의 담당입니다.",
        f"요청번호 {ref} 관련, 아래 게시물에 대하여 삭제 등 필요한 조치를 요청드립니다.",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {urls[k]}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(quote_prefix + ln if ln else quote_prefix.rstrip() for ln in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# --- NAVER -------------------------------------------------------------
html_rows = [
    (1, N[1], "게시중단 (삭제)", "불법 도박 홍보"),
    (2, N[2], "게시중단 (삭제)", "불법 도박 홍보"),
    (3, N[3], "임시조치 (30일)", "정보통신망법 제44조의2"),
    (4, N[4], "조치 불가", "작성자가 이미 삭제한 게시물"),
    (5, N[5], "미조치", "운영정책 위반 사항 확인되지 않음 (경기 결과 토론 글)"),
    (6, N[6], "게시중단 (삭제)", "카페 운영원칙 위반"),
]
rows_html = "\n".join(
    f'<tr><td>{n}</td><td>{u.replace("&", "&amp;")}</td><td>{r}</td><td>{note}</td></tr>'
    for n, u, r, note in html_rows)
case(
    name="naver-result-table-html",
    **{"from": "report@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date=d(4, 15, 12), subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""<html><body style="font-family:sans-serif">
<p>안녕하세요. 네이버 게시중단 요청 담당자입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(KCSC-240902-01) 중 아래 6건의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
{rows_html}
</table>
<p>나머지 게시물은 서비스별 확인이 끝나는 대로 안내드리겠습니다.</p>
<p>네이버 운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>NAVER Corp. | 게시중단 요청 담당</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (HTML table of per-URL results)",
    why="trusted NAVER table: three 게시중단 (removed), one 임시조치 (restricted), one author-deleted (not_found), one 미조치 for no violation (rejected)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed"},
)

case(
    name="naver-kin-url-then-status",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN 운영팀",
    date=d(3, 11, 40), subject="Re: [KCSC-240902-01] 지식iN 게시물 조치 결과",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.
요청번호 KCSC-240902-01 관련하여 지식iN 질문/답변 2건의 처리 결과를 회신드립니다.

{N[7]}
→ 질문 및 달린 답변 전체 삭제 완료 (불법 도박 사이트 홍보)

{N[8]}
→ 홍보성 답변 삭제 완료, 질문 작성자 ID 이용 제한

블로그·카페 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
네이버 지식iN 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operations reply, URL on one line and 처리 결과 on the next",
    why="each KnowledgeiN URL is followed by an unhedged 삭제 완료 line; the closing promise names no item",
    items={N[7]: "removed", N[8]: "removed"},
)

case(
    name="naver-english-bullets-policy-link",
    **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(5, 9, 5), subject="KCSC-240902-01: outcome for two items",
    body=f"""
Dear KCSC team,

Thank you for your request KCSC-240902-01. We reviewed the following items and took the action shown:

- {N[9]} - removed (promotion of an unlicensed betting site)
- {N[10]} - age-restricted: the post is now shown only to members who have completed adult verification

The remaining items in your request are handled by the Blog and Cafe teams, who will write separately.
Our policy on illegal gambling content is published at https://policy.naver.com/policy/gambling.html.

Kind regards,
Jiwoo Han
Trust & Safety, NAVER Corporation
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English reply to a regulator (bulleted per-item actions, policy link)",
    why="one removal and one age restriction (restricted); the policy link is not an item",
    items={N[9]: "removed", N[10]: "restricted"},
)

case(
    name="naver-raw-korean-path-blind",
    **{"from": "influencer_help@naver.com"}, name_from="네이버 인플루언서 검색",
    date=d(6, 17, 30), subject="[네이버] 요청하신 콘텐츠 조치 안내 - KCSC-240902-01",
    body=f"""
안녕하세요. 네이버 인플루언서 검색 / 네이버 포스트 운영 담당입니다.

방송통신심의위원회 요청(KCSC-240902-01)에 따라 아래 콘텐츠를 조치하였습니다.

1) {N11_RAW}
   - 조치: 블라인드 처리 (검색 및 채널 화면에서 노출 중단)
2) {N[12]}
   - 조치: 운영자 비공개 처리

조치된 콘텐츠의 게시자에게는 운영정책에 따라 별도 안내가 발송되었습니다.

NAVER Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드 / 비공개 처리 notice for influencer and Post content",
    why="블라인드 and 운영자 비공개 are removals; the first URL's Korean path is written raw and matches its percent-encoded form",
    items={N[11]: "removed", N[12]: "removed"},
)

csv_text = "\ufeffURL,처리결과,사유\n" + "\n".join([
    f"{N[13]},삭제,불법 도박 사이트 홍보",
    f"\"{N[8]}\",삭제,불법 도박 사이트 홍보",
    f"{N[4]},게시물 없음,작성자 삭제",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "report@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date=d(9, 10, 2), subject="[NAVER] KCSC-240902-01 추가 처리 결과 (첨부)",
    raw_mime=multipart("mixed", "==NAVER_b165_csv_01==", [
        part("text/plain; charset=utf-8", "8bit", """
안녕하세요. 네이버 게시중단 요청 담당자입니다.

KCSC-240902-01 건의 추가 처리 결과를 첨부 파일(CSV)로 보내드립니다.
확인 부탁드립니다.

감사합니다.
"""),
        part('text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"', "base64", b64(csv_text),
             'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER result list sent as a CSV attachment (Excel-style UTF-8 with BOM)",
    why="CSV rows: two 삭제 (removed), one 게시물 없음/작성자 삭제 (not_found)",
    items={N[13]: "removed", N[8]: "removed", N[4]: "not_found"},
)

case(
    name="naver-top-posted-over-quoted-request",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터",
    date=d(3, 16, 48), subject="Re: [KCSC-240902-01] 불법 도박 홍보 게시물 조치 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물 중 lucky_dal7 블로그의 2건은 오늘 오후 삭제 처리하였습니다.
- {N[1]}
- {N[2]}

감사합니다.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240902-01", N, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted NAVER Blog reply over the regulator's quoted request",
    why="only the two URLs above the quote are stated deleted; the 14 quoted URLs are our own request",
    items={N[1]: "removed", N[2]: "removed"},
)

outlook_quote = "\n".join([
    "-----Original Message-----",
    "From: KCSC Takedown <takedown@kcsc.example>",
    "Sent: Monday, September 2, 2024 10:00 AM",
    "To: policy@navercorp.com",
    "Subject: [KCSC-240902-01] 불법 도박 홍보 게시물 조치 요청",
    "",
    request_text("KCSC-240902-01", N),
])
case(
    name="naver-outlook-original-message",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date=d(10, 14, 20), subject="RE: [KCSC-240902-01] 불법 도박 홍보 게시물 조치 요청",
    reply_to_req="req-240902-01",
    body=f"""
담당자님 안녕하세요,

아래 두 건 처리 결과 공유드립니다.

{N[12]} : 삭제 완료
{N[13]} : 임시조치 (30일간 게시 중단, 게시자 이의제기 가능)

Best regards,
Seoyeon Park | Policy Team, NAVER Corp.

{outlook_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from NAVER policy team above '-----Original Message-----'",
    why="two statements above the Outlook original; 임시조치 is restricted; the unquoted original below the separator is our request",
    items={N[12]: "removed", N[13]: "restricted"},
)

case(
    name="naver-receipt-plus-result",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(11, 9, 31), subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (접수번호: 2024091100187)

접수 후 확인한 결과, 아래 카페 게시글은 카페 운영원칙 위반으로 게시중단 처리되었음을 함께 알려드립니다.
{N[6]}

추가 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also carries a result",
    why="an acknowledgement phrase plus an unhedged 게시중단 for a named URL is not a pure acknowledgement",
    items={N[6]: "removed"},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 운영팀",
    date=d(12, 13, 3), subject="카페 게시글 조치 결과 회신 (KCSC-240902-01)",
    body=f"""
방송통신심의위원회 담당자님께

신고하신 카페 게시글（{N[14]}）은 카페 운영원칙 위반(불법 도박 홍보)으로 삭제되었습니다。
해당 카페 매니저에게도 경고 조치를 안내하였습니다。

네이버 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe operations reply typed with full-width brackets and punctuation",
    why="URL inside full-width parentheses followed by 은 and 삭제되었습니다 (removed)",
    items={N[14]: "removed"},
)

large_items = [
    (N[1], "Removed"), (N[2], "Removed"), (N[3], "Restricted (temporary measure, 30 days)"),
    (N[4], "No action - post not found (deleted by its author)"), (N[6], "Removed"),
    (N[7], "Removed"), (N[8], "Removed"), (N[10], "Restricted - adult verification required"),
    (N[11], "Removed (blinded)"), (N[12], "Removed"),
]
large_body = "\n".join(f"Item {i}: {u}\nAction: {a}\n" for i, (u, a) in enumerate(large_items, 1))
case(
    name="naver-english-summary-ten-items",
    **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(13, 18, 44), subject="Summary of actions - KCSC-240902-01 (10 of 14 items)",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(f"""Dear Korea Communications Standards Commission,

Please find below a summary of the actions taken on your request KCSC-240902-01. This message covers 10 of the 14 items; the other four are still with the Cafe team and are not listed here.

{large_body}
If you have any questions, reply to this email quoting the request number.

NAVER Trust & Safety
""")),
    outcome="applied", classification="confirmation",
    imitates="NAVER English summary of actions, 'Item n: URL / Action: ...' blocks, quoted-printable",
    why="ten per-item actions: removed, restricted (temporary measure, adult verification) and one not found; the four unlisted items stay pending",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[6]: "removed",
           N[7]: "removed", N[8]: "removed", N[10]: "restricted", N[11]: "removed", N[12]: "removed"},
)

# --- Daum / Kakao ------------------------------------------------------
case(
    name="daum-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(4, 10, 15), subject="[카카오] 게시물 조치 결과 안내 (요청번호 KCSC-240903-01)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 다음 카페 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 대상: {D1_RAW}
■ 조치: 임시조치 (30일간 게시물 접근 차단, 정보통신망법 제44조의2)

■ 대상: {D[2]}
■ 조치: 게시물 삭제

문의: 카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 notice (■ 대상 / ■ 조치 blocks)",
    why="임시조치 (30-day access block) is restricted; 게시물 삭제 is removed; the raw Korean cafe path matches its encoded form",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-tistory-english-qp",
    **{"from": "tistory_ops@kakaocorp.com"}, name_from="Kakao Tistory Operations",
    date=d(5, 16, 22), subject="Re: KCSC-240903-01 Tistory and Daum Cafe items",
    raw_mime=single("text/plain; charset=utf-8", "quoted-printable", qp(f"""Hello,

This is the Tistory operations team at Kakao, writing about your request KCSC-240903-01.

The post {D[3]} has been deleted for violating the Kakao Operation Policy (sexually explicit material). The blog owner has been notified.

We also looked up {D[4]}. No post exists at that address and there is no record of it in the cafe's board; the link is invalid.

Best regards,
Tistory Operations, Kakao Corp.
""")),
    outcome="applied", classification="confirmation",
    imitates="Kakao Tistory operations English reply in quoted-printable",
    why="Tistory post deleted (removed); the cafe link does not exist (not_found)",
    items={D[3]: "removed", D[4]: "not_found"},
)

case(
    name="daum-angle-bracket-urls",
    **{"from": "safety@daum.net"}, name_from="Daum Safety",
    date=d(6, 11, 8), subject="Outcome - KCSC-240903-01",
    body=f"""
Hi,

Outcome for KCSC-240903-01, Daum Cafe:

<{D[1]}>: access to the post is restricted (접근 제한) under a temporary measure
<{D[2]}>: deleted

Regards,
Daum Safety team
""",
    outcome="applied", classification="confirmation",
    imitates="Daum safety team terse English outcome with URLs in angle brackets",
    why="URL in <> then ': access ... restricted' (restricted) and ': deleted' (removed)",
    items={D[1]: "restricted", D[2]: "removed"},
)

case(
    name="daum-cafe-blind-korean",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date=d(9, 15, 55), subject="[Daum 카페] 신고 게시글 블라인드 처리 안내",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.
방심위 요청번호 KCSC-240903-01 관련 안내드립니다.

신고하신 다음 두 게시물은 음란물 게시 금지 규정 위반으로 블라인드 처리되었습니다.
  · {D[2]}
  · {D[3]}

블라인드 처리된 게시물은 작성자 외에는 열람할 수 없습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 블라인드 처리 안내",
    why="블라인드 is removal; both URLs listed under the unhedged statement",
    items={D[2]: "removed", D[3]: "removed"},
)

# --- DC Inside ---------------------------------------------------------
case(
    name="dcinside-numbered-results",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 18, 12), subject="[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240905-01)",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과입니다.

1. {C[1]} - 삭제 완료
2. {C[2]} - 삭제 완료
3. {C[3]} - 작성자 본인이 이미 삭제한 게시물로 조치 대상이 없습니다.
4. {C[4]} - 미니 갤러리 내 게시물, 운영자 삭제 처리
5. {C[5]} - 검토 결과 마약류 거래 정황이 확인되지 않아 게시물을 유지합니다. (언론 보도 인용 글)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations numbered result list",
    why="three deletions, one already deleted by its author (not_found), one kept with a reason (rejected)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "not_found", C[4]: "removed", C[5]: "rejected"},
)

case(
    name="dcinside-statement-then-url",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date=d(7, 10, 40), subject="RE: KCSC-240905-01 조치 안내",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요, 디시인사이드 신고센터입니다.

아래 게시물은 삭제하였습니다.

{C[1]}

아래 게시물은 성인인증을 마친 이용자만 열람할 수 있도록 접근을 제한하였습니다.

{C[2]}

나머지 3건은 확인 중이며 결과가 나오는 대로 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 reply with the statement above each URL",
    why="statement line, blank line, URL: first removed, second age-restricted (restricted); the rest are unnamed",
    items={C[1]: "removed", C[2]: "restricted"},
)

dc_rows = [
    (1, C[2], "삭제", "2024-09-09"),
    (2, C[3], "기타 (게시물 없음 - 작성자 삭제)", "-"),
    (3, C[4], "삭제", "2024-09-09"),
]
dc_html = "\n".join(
    f"<tr><td>{n}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>{dt}</td></tr>"
    for n, u, r, dt in dc_rows)
case(
    name="dcinside-correction-form-html",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d(9, 17, 25), subject="시정요구 조치결과 회신 - KCSC-240905-01",
    raw_mime=multipart("alternative", "b165-dc-form-02", [
        part("text/plain; charset=utf-8", "8bit", "HTML 메일입니다. 표가 보이지 않으면 HTML 보기로 확인해 주십시오."),
        part("text/html; charset=utf-8", "base64", b64(f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240905-01)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과 (삭제/접속차단/미조치/기타)</th><th>조치일자</th></tr>
{dc_html}
</table>
<p>(주)디시인사이드 법무팀</p>
</body></html>""")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 form as an HTML table (base64 HTML part, plain part that says nothing)",
    why="table rows: 삭제 (removed) twice, 기타 게시물 없음 - 작성자 삭제 (not_found)",
    items={C[2]: "removed", C[3]: "not_found", C[4]: "removed"},
)

# --- SOOP --------------------------------------------------------------
case(
    name="soop-html-list-english",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(10, 19, 2), subject="[SOOP] Result of your request KCSC-240909-01",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>SOOP Trust &amp; Safety has completed its review of request KCSC-240909-01:</p>
<ul>
<li>{S[1]} &ndash; VOD deleted; the broadcaster's upload rights are suspended for 30 days</li>
<li>{S[2]} &ndash; channel post set to private by our operators and no longer publicly visible</li>
<li>{S[3]} &ndash; 19+ age restriction applied; viewable only by adult-verified users</li>
</ul>
<p>SOOP Community Guidelines: <a href="https://www.sooplive.co.kr/policy/guideline">https://www.sooplive.co.kr/policy/guideline</a></p>
<p>SOOP Co., Ltd.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) trust-and-safety HTML result list",
    why="VOD deleted (removed), post made private by operators (removed), 19+ restriction (restricted)",
    items={S[1]: "removed", S[2]: "removed", S[3]: "restricted"},
)

case(
    name="soop-base64-korean",
    **{"from": "cs@afreecatv.com"}, name_from="SOOP 고객센터",
    date=d(11, 14, 9), subject="[SOOP] 다시보기 조치 결과 안내",
    raw_mime=single("text/plain; charset=utf-8", "base64", b64(f"""안녕하세요. SOOP 고객센터입니다.

요청번호 KCSC-240909-01 관련하여 다시보기(VOD) 조치 결과를 안내드립니다.

- {S[1]} : 다시보기 삭제 처리 완료
- {S[3]} : 다시보기 비공개 처리 완료

방송국 게시글 건은 별도로 회신드리겠습니다.

SOOP 고객센터 드림
""")),
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 Korean notice sent base64-encoded from the old afreecatv.com domain",
    why="삭제 and 비공개 처리 are removals; the channel post is not named",
    items={S[1]: "removed", S[3]: "removed"},
)

case(
    name="soop-statement-of-reasons",
    **{"from": "noreply-dsa@sooplive.co.kr"}, name_from="SOOP Content Moderation",
    date=d(12, 8, 30), subject="Statement of reasons - channel post (ref KCSC-240909-01)",
    body=f"""
STATEMENT OF REASONS

Reported content: {S[2]}
Reference: KCSC-240909-01
Decision: The content has been removed from SOOP.
Territorial scope: all regions
Ground: Community Guidelines, section 4 (sexually explicit content)
Automated detection used: no
Automated decision: no

Redress: the uploader may appeal at https://www.sooplive.co.kr/help/appeal within 30 days.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, scope, ground, redress)",
    why="decision 'removed' about the one reported content URL; the appeal link is not an item",
    items={S[2]: "removed"},
)

# --- Clien -------------------------------------------------------------
case(
    name="clien-admin-plain",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=d(10, 17, 51), subject="Re: [KCSC-240910-01] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240910-01",
    body=f"""
안녕하세요 클리앙 운영진입니다.
보내주신 2건 확인했습니다.

{L[1]} — 연락처·주소 노출 확인되어 삭제했습니다.
{L[2]} — 저희가 확인했을 때는 이미 회원 본인이 글을 지운 상태였습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="small community admin's casual Korean reply (Clien)",
    why="one deletion (removed); one already deleted by its author (not_found)",
    items={L[1]: "removed", L[2]: "not_found"},
)

case(
    name="clien-gmail-quote-top-post",
    **{"from": "help@clien.net"}, name_from="Clien Help",
    date=d(11, 9, 12), subject="Re: [KCSC-240910-01] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240910-01",
    body=f"""
처리 결과 다시 정리해서 보내드립니다.

- 모두의공원 글 {L[1]} : 삭제 완료
- 자동차 게시판 글 {L[2]} : 작성자 삭제로 존재하지 않는 글

클리앙 고객지원

2024년 9월 10일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240910-01", L, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Clien help desk top-posted Gmail reply over the quoted request",
    why="statements above the quote: removed and not_found; the quoted request adds nothing",
    items={L[1]: "removed", L[2]: "not_found"},
)

# --- Ppomppu -----------------------------------------------------------
case(
    name="ppomppu-one-item-all-deleted",
    **{"from": "master@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date=d(12, 11, 47), subject="Re: [KCSC-240911-01] 전문의약품 판매 게시물",
    reply_to_req="req-240911-01",
    body="""
안녕하세요, 뽐뿌 운영자입니다.

요청번호 KCSC-240911-01로 요청하신 게시물은 모두 삭제 처리하였고, 작성자 계정은 영구 이용정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu operator's short reply naming only the request number",
    why="'all deleted' names no URL, but the request has one item, so the statement reaches it",
    items={P[1]: "removed"},
)

# --- FM Korea ----------------------------------------------------------
case(
    name="fmkorea-mixed-language",
    **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
    date=d(13, 15, 36), subject="[FMKorea] KCSC-240912-01 result / 처리 결과",
    body=f"""
Hello KCSC,
에펨코리아 운영팀입니다. Results for KCSC-240912-01:

* {F[1]}
  불법 도박 사이트 홍보 확인 → 삭제 (removed)
* {F[2]}
  해외축구 경기 토론 글로, 도박 사이트 링크나 홍보 문구가 없어 운영 규정 위반이 아닙니다. 게시물은 유지됩니다. (not removed)

Thanks,
FM Korea operations
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operations reply mixing Korean and English",
    why="first item deleted (removed); second kept because it breaks no rule (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

case(
    name="fmkorea-url-korean-particle",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 관리자",
    date=d(16, 10, 4), subject="방심위 요청 건 처리 (KCSC-240912-01)",
    body=f"""
안녕하세요. 에펨코리아 관리자입니다.

{F[1]}의 경우 운영 규정 위반(도박 홍보)으로 삭제 조치 완료하였고,
{F[2]}는 검토 결과 규정 위반이 아니어서 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin Korean prose with particles glued to the URLs",
    why="'URL의 경우 ... 삭제 조치 완료' (removed); 'URL는 ... 위반이 아니어서 유지' (rejected)",
    items={F[1]: "removed", F[2]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(3, 15, 0), subject="[네이버 고객센터] 요청하신 게시물 검토 안내",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 아래 게시물은 담당 부서에서 검토 후 조치할 예정입니다.
{N[9]}
{N[13]}

처리 결과는 영업일 기준 3일 이내에 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 'will review and act' reply",
    why="a promise (조치할 예정) names two items but states nothing: both stay pending",
    items={N[9]: "pending", N[13]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "report@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    date=d(14, 10, 30), subject="[NAVER] KCSC-240902-01 처리 완료",
    body="""
안녕하세요. 네이버 게시중단 요청 담당자입니다.

방송통신심의위원회 요청번호 KCSC-240902-01로 요청하신 게시물 14건 전체에 대해 게시중단 처리를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="NAVER one-line 'all items done' closing notice",
    why="a statement about all 14 items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="soop-bulk-all-three",
    **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d(13, 11, 11), subject="Re: KCSC-240909-01",
    reply_to_req="req-240909-01",
    body="""
Hello,

All three VODs and posts reported under KCSC-240909-01 have been taken down.

SOOP Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="SOOP short English 'all reported content taken down' reply",
    why="'all three' for a three-item request names no item: bulk",
    items={},
)

case(
    name="naver-auth-fail",
    **{"from": "report@navercorp.com"}, name_from="NAVER 게시중단 요청 담당",
    auth="fail",
    date=d(8, 22, 14), subject="[NAVER] 게시중단 처리 결과 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 게시중단 요청 담당자입니다.

아래 게시물은 삭제 처리되었습니다.
- {N[3]}
- {N[5]}
- {N[9]}
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="claims from a NAVER domain that fails authentication: untrusted, nothing applied",
    items={N[3]: "pending", N[5]: "pending", N[9]: "pending"},
)

case(
    name="dcinside-gallery-manager-gmail",
    **{"from": "coinfree.manager@gmail.com"}, name_from="코인프리 갤러리 매니저",
    date=d(7, 23, 2), subject="Re: KCSC-240905-01 코인프리 갤러리 게시물",
    body=f"""
안녕하세요 코인프리 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 연락드립니다.

{C[2]}
{C[3]}

위 두 글은 제가 매니저 권한으로 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal Gmail address",
    why="a Gmail sender is not DC Inside's domain, however plausible: unknown_sender",
    items={C[2]: "pending", C[3]: "pending"},
)

case(
    name="nate-about-daum-items",
    **{"from": "helpdesk@nate.com"}, name_from="네이트 고객센터",
    date=d(5, 13, 50), subject="[네이트] 문의하신 게시물 관련 회신",
    body=f"""
안녕하세요. 네이트 고객센터입니다.

문의하신 아래 게시물은 네이트(판, 커뮤니티)에 존재하지 않는 게시물입니다.
{D[2]}
{D[4]}

다음(카카오) 카페 주소이므로 카카오 고객센터로 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Nate 고객센터 reply to a misdirected request",
    why="Nate states 'does not exist' for Daum items: a platform speaking for another platform's items",
    items={D[2]: "pending", D[4]: "pending"},
)

case(
    name="daum-conditional-deletion",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date=d(6, 9, 20), subject="[카카오] 요청 게시물 처리 진행 안내 (KCSC-240903-01)",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{D[3]} 에 대해서는 게시자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없을 경우 게시물을 삭제할 예정이며, 소명이 접수되면 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice of a pending objection period before deletion",
    why="a conditional future deletion is not a statement: item pending",
    items={D[3]: "pending"},
)

case(
    name="dcinside-hedged-already-gone",
    **{"from": "help@dcinside.com"}, name_from="DCInside Support",
    date=d(6, 12, 5), subject="RE: KCSC-240905-01",
    body=f"""
Hello,

{C[1]} appears to have been deleted already. We could not confirm from our logs whether the author or a gallery manager removed it, so we will check again with the gallery team.

DCInside Support
""",
    outcome="review", review="not_understood",
    imitates="DC Inside support English reply hedging on an item's state",
    why="'appears to have been deleted' and unconfirmed logs: a hedge, item pending",
    items={C[1]: "pending"},
)

case(
    name="naver-no-claims-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date=d(10, 9, 0), subject="[NAVER] 게시중단 요청 접수 창구 변경 안내",
    body="""
안녕하세요. 네이버 정책팀입니다.

2024년 10월 1일부터 공공기관의 게시중단 요청 접수 창구가 전용 웹 양식으로 변경됩니다.
기존 이메일 주소로 보내주신 요청도 당분간 접수되지만, 가능한 한 새 양식을 이용해 주시기 바랍니다.

새 접수 양식: https://right.naver.com/public-agency
문의: policy@navercorp.com
""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER policy team notice changing the intake channel",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="fmkorea-asks-for-official-letter",
    **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
    date=d(13, 10, 12), subject="Re: [KCSC-240912-01] 도박 홍보 게시물 조치 요청",
    reply_to_req="req-240912-01",
    body=f"""
안녕하세요, 에펨코리아 고객지원팀입니다.

요청하신 게시물({F[1]}, {F[2]})을 조치하기 위해서는 위원회 명의의 시정요구 공문(직인 날인본)이 필요합니다.
공문 PDF를 회신으로 보내주시면 확인 후 바로 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community site asking for the signed 시정요구 공문 before acting",
    why="asks for the official letter; nothing done yet, both items pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="clien-under-review",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=d(10, 16, 3), subject="Re: [KCSC-240910-01] 개인정보 노출 게시물 조치 요청",
    reply_to_req="req-240910-01",
    body=f"""
안녕하세요, 클리앙 운영진입니다.

{L[1]} 건은 현재 내부 검토 중입니다 (under review).
노출된 정보가 본인이 공개한 것인지 확인이 필요해서요. 결과 나오면 바로 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Clien admin 'under internal review' reply",
    why="under review is not a statement: item pending",
    items={L[1]: "pending"},
)

case(
    name="naver-hedge-may-be-private",
    **{"from": "blog_help@naver.com"}, name_from="NAVER Blog Help",
    date=d(4, 17, 40), subject="Re: KCSC-240902-01 blog post",
    body=f"""
Hello,

Regarding {N[3]}: the post may have been made private by the blogger. We see no record of any action on our side, and we will confirm after checking with the Blog team.

NAVER Blog Help
""",
    outcome="review", review="not_understood",
    imitates="NAVER Blog help English reply guessing at a post's state",
    why="'may have been made private' is a hedge: item pending",
    items={N[3]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-pure-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(2, 10, 1), subject="[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2024-0902-55120

답변은 접수 순서에 따라 순차적으로 안내드리며, 답변이 완료되면 이메일로 알려드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 automatic 문의 접수 receipt",
    why="a pure receipt with a ticket number: acknowledgement",
    items={},
)

case(
    name="daum-out-of-office",
    **{"from": "minji.seo@kakaocorp.com"}, name_from="Minji Seo",
    date=d(3, 10, 31), subject="Automatic reply: [KCSC-240903-01] 음란물 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday, 16 September, with limited access to email.
For urgent takedown requests please write to right@kakaocorp.com.

9월 16일(월)까지 부재중입니다. 긴급한 요청은 right@kakaocorp.com 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Kakao employee (English and Korean)",
    why="out-of-office auto-reply",
    items={},
)

dsn_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@dcinsde.com",
    "Subject: [KCSC-240905-01] 마약류 거래 게시물 조치 요청",
    "Date: Thu, 05 Sep 2024 11:00:00 +0900",
    "Message-ID: <req-240905-01-retry@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    request_text("KCSC-240905-01", C),
])
case(
    name="dcinside-bounce-typo-domain",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date=d(5, 11, 0, 9), subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "B165DSN.1725501609/mx.kcsc.example", [
        part("text/plain; charset=us-ascii", "7bit", """
This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinsde.com>: Host or domain name not found. Name service error for
    name=dcinsde.com type=MX: Host not found, try again
"""),
        part("message/delivery-status", "7bit", """
Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 11:00:01 +0900 (KST)

Final-Recipient: rfc822; legal@dcinsde.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found.
"""),
        part("message/rfc822", "8bit", dsn_orig),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a request sent to a misspelt domain, original attached",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="soop-read-receipt",
    **{"from": "jh.kwon@sooplive.co.kr"}, name_from="Kwon Jaehyun",
    date=d(9, 13, 22), subject="읽음: [KCSC-240909-01] 음란 방송 다시보기 조치 요청",
    raw_mime=multipart("report", "b165-mdn-soop", [
        part("text/plain; charset=utf-8", "8bit", """
보낸 메시지를 2024-09-09 오후 1:22에 수신자가 읽었습니다.
"""),
        part("message/disposition-notification", "7bit", """
Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;jh.kwon@sooplive.co.kr
Original-Message-ID: <req-240909-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (MDN) from a SOOP employee",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="clien-korean-out-of-office",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date=d(10, 14, 1), subject="[자동응답] Re: [KCSC-240910-01] 개인정보 노출 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]
운영진이 9월 10일 오후 ~ 9월 11일 오전 서버 점검으로 자리를 비웁니다.
보내주신 메일은 복귀 후 순서대로 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 from a community site's admin mailbox",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fmkorea-ticket-receipt-echo",
    **{"from": "support@fmkorea.com"}, name_from="FM Korea Support",
    date=d(12, 16, 21), subject="[에펨코리아 고객지원] 요청 #48211 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
요청 #48211 이(가) 접수되었습니다.

담당자가 확인 후 이 메일 스레드로 답변드리겠습니다. 이 메일에 회신하시면 요청에 내용이 추가됩니다.

----- 접수된 요청 내용 -----
제목: [KCSC-240912-01] 도박 홍보 게시물 조치 요청
{request_text("KCSC-240912-01", F)}
----------------------------

에펨코리아 고객지원 (Powered by Zendesk)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request",
    why="pure receipt; the URLs are only in the echo of our own request",
    items={},
)

case(
    name="ppomppu-delay-dsn",
    **{"from": "postmaster@ppomppu.co.kr"}, name_from="Mail Delivery Subsystem",
    date=d(11, 14, 12), subject="Delivery Status Notification (Delay)",
    raw_mime=multipart("report", "b165-dsn-delay-ppomppu", [
        part("text/plain; charset=us-ascii", "7bit", """
** Delivery incomplete **

There was a temporary problem delivering your message to master@ppomppu.co.kr.
The server will retry for 44 more hours. You will be notified if delivery
fails permanently.
"""),
        part("message/delivery-status", "7bit", """
Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; master@ppomppu.co.kr
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
"""),
        part("text/rfc822-headers", "7bit", """
From: KCSC Takedown <takedown@kcsc.example>
To: master@ppomppu.co.kr
Subject: [KCSC-240911-01] 전문의약품 판매 게시물 조치 요청
Message-ID: <req-240911-01@kcsc.example>
Date: Wed, 11 Sep 2024 10:10:00 +0900
"""),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="delivery-delayed DSN (mailbox full) from the platform's own mail server",
    why="a delay notification is a DSN: ignored",
    items={},
)


HEADER = """# Blind set 165: Korean portals and community sites (tests/corpus/blind165/).
# Written by make.py; expected results written from each email's meaning
# before the reader was run on this set."""


def encode_headers(c):
    """Non-ASCII display names and subjects are RFC 2047-encoded, as mail clients send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


def main():
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
