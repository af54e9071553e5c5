#!/usr/bin/env python3
"""Blind set 411: Korean portals and community sites.

NAVER, Daum, DC Inside, SOOP, Inven, Ppomppu, Clien (and Nate, FM Korea,
which have no request here) answering the regulator's removal requests in
Korean, English or both, with the doubtful and ignorable mail such a mailbox
receives. Every email, name, id and URL is invented. Expected results were
written from each email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind411/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind411"


def enc(s):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_dove77/223561200101"
N2 = "https://blog.naver.com/moonlit_dove77/223561200245"
N3 = "https://cafe.naver.com/greenvalleymoms/88214"
N4 = "https://cafe.naver.com/greenvalleymoms/88260"
N5 = "https://cafe.naver.com/stockrumorhouse/410233"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334"
N7 = "https://blog.naver.com/PostView.naver?blogId=hanbit_river&logNo=223570098812"
N8 = "https://m.blog.naver.com/silver_kite_03/223575551230"
N9 = "https://cafe.naver.com/ca-fe/cafes/30118822/articles/5521"
N10 = "https://blog.naver.com/old_teahouse/223580017744"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51230987"
N12_RAW = "https://cafe.naver.com/주식정보방/1207"
N12 = "https://cafe.naver.com/" + quote("주식정보방") + "/1207"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bluemarket22/Ab3x/1045"
K2 = "https://cafe.daum.net/bluemarket22/Ab3x/1051"
K3 = "https://cafe.daum.net/pinecone_talk/Kq7p/802"
K4 = "https://cafe.daum.net/pinecone_talk/Kq7p/815"
DAUM = [K1, K2, K3, K4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9021455"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9021502"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=331207"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=331288"
D5 = "https://gall.dcinside.com/mini/board/view/?id=nightowlz&no=4410"
DC = [D1, D2, D3, D4, D5]

S1 = "https://vod.sooplive.co.kr/player/131200456"
S2 = "https://vod.sooplive.co.kr/player/131200987"
S3 = "https://ch.sooplive.co.kr/nightbus_kr/post/104455210"
SOOP = [S1, S2, S3]

I1 = "https://www.inven.co.kr/board/lostark/4811/2203344"
I2 = "https://www.inven.co.kr/board/maple/5974/1180023"
INVEN = [I1, I2]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=8820145"
C1 = "https://www.clien.net/service/board/park/18830412"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", NAVER, "illegal_finance",
     "불법 금융투자 정보 (리딩방 홍보) 12건"),
    ("KCSC-240904-02", "daum", "2024-09-04", "2024-09-11", DAUM, "defamation",
     "명예훼손 게시물 4건"),
    ("KCSC-240905-03", "dcinside", "2024-09-05", "2024-09-12", DC, "illegal_finance",
     "코인 허위 시세 정보 5건"),
    ("KCSC-240906-04", "soop", "2024-09-06", "2024-09-13", SOOP, "obscene",
     "음란 다시보기 및 방송국 게시글"),
    ("KCSC-240909-05", "inven", "2024-09-09", "2024-09-16", INVEN, "gambling",
     "불법 도박 홍보 게시물"),
    ("KCSC-240910-06", "ppomppu", "2024-09-10", "2024-09-17", [P1], "privacy",
     "개인정보 노출 게시물"),
    ("KCSC-240911-07", "clien", "2024-09-11", "2024-09-18", [C1], "defamation",
     "명예훼손 게시물"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def qp_body(text, subtype="plain"):
    body = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64_body(text, subtype="plain"):
    body = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{subtype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + body)


def with_csv(text, filename, csv_text, boundary, bom=False):
    data = csv_text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    if bom:
        data = b"\xef\xbb\xbf" + data
    att = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            "This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n"
            f"{att}\n"
            f"--{boundary}--\n")


def html_alt(text, html, boundary):
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{text.strip()}\n\n"
            f"--{boundary}\n"
            "Content-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{html.strip()}\n\n"
            f"--{boundary}--\n")


def quoted_request(ref, urls, due, lead="> "):
    lines = ["안녕하십니까, 방송통신심의위원회 불법정보 대응팀입니다.",
             "아래 정보에 대하여 시정요구를 의결하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.",
             ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"요청번호: {ref}", f"회신 기한: {due}"]
    return "\n".join(lead + l if l else lead.rstrip() for l in lines)


def table_rows(rows):
    return "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)


C = []


def case(**kw):
    C.append(kw)


# ================================================================ APPLIED
case(
    name="naver-kcsc-result-html-table",
    from_="kcsc-report@navercorp.com", name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject="[NAVER] 시정요구 조치 결과 회신 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif">
<p>방송통신심의위원회 불법정보 대응팀 담당자님께,</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240903-01, 12건)에 대한 당사의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{table_rows([
    (1, N1, "삭제", "2024.09.04 조치"),
    (2, N2, "삭제", "2024.09.04 조치"),
    (3, N3, "게시중단(블라인드)", "카페 운영원칙 위반"),
    (4, N4, "게시물 없음", "작성자가 요청 전에 자진 삭제"),
    (5, N5, "임시조치(30일)", "정보통신망법 제44조의2"),
    (6, N6, "삭제", "질문 및 답변 전체"),
    (7, N7, "비공개 처리", ""),
    (8, N8, "삭제", ""),
    (9, N9, "국내 접근 제한", "해외 서버 동영상 링크 포함"),
    (10, N10, "조치 불가", "개인 투자 후기로 위반 사항 확인되지 않아 게시 유지"),
    (11, N11, "삭제", ""),
    (12, N12, "임시조치(30일)", "정보통신망법 제44조의2"),
])}
</table>
<p>조치 결과에 관한 문의는 본 메일로 회신하여 주시기 바랍니다.
운영정책은 <a href="https://policy.naver.com/rules/service_kr">https://policy.naver.com/rules/service_kr</a> 에서 확인하실 수 있습니다.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply as an HTML table (one row per URL, 조치 결과 column)",
    why="trusted NAVER table, one result per requested URL: 삭제/블라인드/비공개 removed, 임시조치/국내 접근 제한 restricted, 게시물 없음 not_found, 조치 불가 with a reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "restricted",
           N6: "removed", N7: "removed", N8: "removed", N9: "restricted", N10: "rejected",
           N11: "removed", N12: "restricted"},
)

case(
    name="naver-blog-blind-korean-prose",
    from_="blog_cs@navercorp.com", name_from="네이버 블로그 고객센터",
    date="Wed, 04 Sep 2024 11:05:40 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

요청하신 게시물 가운데 아래 두 건은 블라인드 처리를 마쳤습니다.

- {N1}
- {N2}

두 게시물 모두 현재 다른 이용자가 열람할 수 없는 상태이며, 작성자에게는 운영정책 위반 사실과 재게시 요청 절차를 안내하였습니다.
나머지 게시물은 담당 서비스에서 확인이 끝나는 대로 따로 회신드리겠습니다.

감사합니다.
네이버 블로그 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단(블라인드) notice, prose with a short URL list",
    why="two named posts 블라인드 처리 (removed); the rest is a promise naming no item",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-cafe-english-three-outcomes",
    from_="trust-safety@navercorp.com", name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 09:12:03 +0900",
    subject="Re: Removal request KCSC-240903-01 - NAVER Cafe posts",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Thank you for your request. Our Cafe operations team has now reviewed the three Cafe posts in it, with the following outcome.

{N3} - we removed this post for breaching the Cafe operating policy on illegal financial information.

{N4} - there was nothing for us to act on: the post had been deleted by its author before our review, and it no longer exists on our service.

{N5} - after review we found no breach of our policies or of Korean law. The post is a member's personal opinion about a listed company and does not contain the trading solicitation described in your notice, so it remains available. Should the Commission adopt a formal decision on this post, you are welcome to send it to us.

Kind regards,
Jiwoo Han
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome email with one paragraph per URL (removed / already deleted / no violation)",
    why="three trusted item-level statements: removed, deleted by author (not_found), kept up with a reason (rejected)",
    items={N3: "removed", N4: "not_found", N5: "rejected"},
)

case(
    name="naver-bare-url-result-below",
    from_="policy@navercorp.com", name_from="NAVER 게시물 처리 담당",
    date="Fri, 06 Sep 2024 14:30:55 +0900",
    subject="[NAVER] 게시물 처리 결과 안내",
    body=f"""안녕하세요. 네이버 게시물 처리 담당자입니다.
KCSC-240903-01 건으로 요청 주신 게시물 중 일부의 처리 결과를 알려드립니다.

{N6}
→ 삭제 완료 (질문 및 달린 답변 전체)

{N7}
→ 비공개 처리 완료

{N8}
→ 확인 결과 존재하지 않는 게시물입니다 (작성자가 이미 삭제함)

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result notice with a bare URL and an arrow result line under it",
    why="each URL's result is on the line below it: 삭제 removed, 비공개 removed, 존재하지 않는 게시물 not_found",
    items={N6: "removed", N7: "removed", N8: "not_found"},
)

case(
    name="naver-csv-attachment-results",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 17:02:18 +0900",
    subject="[KCSC-240903-01] 조치 결과 (첨부 파일 참조)",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=with_csv(
        """안녕하세요, NAVER 정책지원팀입니다.

시정요구 KCSC-240903-01 중 남은 4건의 조치 결과를 첨부한 CSV 파일에 정리했습니다.
확인 부탁드립니다.

NAVER 정책지원팀 드림""",
        "KCSC-240903-01_result.csv",
        f"""URL,조치결과,조치일시
{N9},삭제,2024-09-06 11:02
{N10},국내 접속 제한,2024-09-06 11:05
{N11},삭제,2024-09-06 11:07
{N12_RAW},임시조치(30일),2024-09-06 11:10""",
        "----=_NvPart_0906_5521", bom=True),
    outcome="applied", classification="confirmation",
    imitates="portal reply that puts per-URL results in an Excel-exported CSV attachment (UTF-8 with BOM, Korean header)",
    why="CSV rows from NAVER: 삭제 removed, 국내 접속 제한 restricted, 임시조치 restricted; the Korean-path URL is written raw",
    items={N9: "removed", N10: "restricted", N11: "removed", N12: "restricted"},
)

case(
    name="naver-gmail-top-post-one-item",
    from_="seoyeon.park@navercorp.com", name_from="박서연",
    date="Wed, 04 Sep 2024 10:21:37 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요.

요청 목록 중 {N7} 게시물은 오늘 오전에 삭제했습니다.
나머지 항목은 담당 서비스별로 확인하고 있으며 결과가 나오는 대로 따로 알려드리겠습니다.

네이버 정책지원팀 박서연 드림

2024년 9월 3일 (화) 오후 3:12, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240903-01", NAVER, "2024-09-10")}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply in Korean over the quoted 12-item request",
    why="only the one URL in the new text is deleted; the quoted request below '님이 작성:' states nothing",
    items={N7: "removed"},
)

case(
    name="naver-receipt-plus-results",
    from_="help@navercorp.com", name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 18:44:09 +0900",
    subject="[접수완료] KCSC-240903-01 시정요구 건",
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 요청이 접수번호 NV-2409-117734로 접수되었습니다.
접수 내용 중 아래 게시물은 이미 처리가 끝나 함께 안내드립니다.

 · {N10} — 게시중단 처리 완료
 · {N11} — 삭제 완료

그 밖의 게시물은 순서대로 검토한 뒤 결과를 회신드리겠습니다.

※ 본 메일은 발신 전용이 아니며, 회신 시 접수번호를 유지해 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket receipt that also reports results for two URLs",
    why="receipt wording plus two unhedged item statements is not a pure acknowledgement: 게시중단 and 삭제 are removed",
    items={N10: "removed", N11: "removed"},
)

case(
    name="naver-wrapped-post-url",
    from_="post_help@navercorp.com", name_from="네이버 포스트 운영담당",
    date="Mon, 09 Sep 2024 13:15:00 +0900",
    subject="Re: [KCSC-240903-01] 포스트 및 카페 게시글 처리 결과",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""안녕하세요, 네이버 포스트 운영담당입니다. 요청하신 포스트
https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=51230987
는 운영정책 위반으로 삭제되었습니다.

함께 요청하신 카페 게시글 https://cafe.naver.com/stockrumorhouse/410233 은
정보통신망법에 따라 임시조치(30일)되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose client wrapped a long URL across two lines",
    why="the wrapped post URL is n11 (only volumeNo 38120455) deleted; the cafe post 임시조치 restricted",
    items={N11: "removed", N5: "restricted"},
)

case(
    name="naver-echoed-report-blocks",
    from_="report_noreply@navercorp.com", name_from="네이버 신고센터",
    date="Thu, 05 Sep 2024 20:10:44 +0900",
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과 안내",
    body=f"""KCSC 님, 안녕하세요. 네이버 신고센터입니다.
신고해 주신 게시물에 대한 처리 결과를 알려 드립니다.

■ 신고 내용
- 신고 번호: R-20240904-55812
- 신고 대상: {N3}
- 신고 사유: 불법 정보 (방송통신심의위원회 시정요구 KCSC-240903-01)
- 신고 일시: 2024.09.03 15:20
■ 처리 결과
- 게시중단(삭제) 처리되었습니다.

■ 신고 내용
- 신고 번호: R-20240904-55813
- 신고 대상: {N4}
- 신고 사유: 불법 정보 (방송통신심의위원회 시정요구 KCSC-240903-01)
- 신고 일시: 2024.09.03 15:20
■ 처리 결과
- 비공개 처리되었습니다.

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com/support/report)로 문의해 주세요.
본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result notice that echoes each report (번호, 대상, 사유) then gives 처리 결과",
    why="each echoed report block names one URL and its result: 게시중단(삭제) and 비공개 are removed",
    items={N3: "removed", N4: "removed"},
)

case(
    name="dc-numbered-list-five",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 15:47:29 +0900",
    subject="Re: [KCSC-240905-03] 시정요구 조치결과",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.
요청하신 5건에 대한 처리 결과입니다.

1. {D1} : 삭제
2. {D2} : 삭제 및 작성자 IP 차단
3. {D3} : 작성자 자진 삭제로 게시물 없음
4. {D4} : 삭제 (마이너 갤러리 매니저 조치)
5. {D5} : 유지 - 기사 링크만 있는 글로 요청 사유에 해당하는 내용이 없음

추가 문의는 본 메일로 회신 바랍니다.
디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="community-site admin reply: numbered list 'URL : 결과'",
    why="five results: 삭제 x3 removed (the IP block is of the author, not a restriction), 게시물 없음 not_found, 유지 with reason rejected",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "rejected"},
)

case(
    name="dc-statement-then-url-below",
    from_="report@dcinside.com", name_from="디시인사이드 신고센터",
    date="Mon, 09 Sep 2024 10:03:12 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""안녕하세요, 디시인사이드 신고센터입니다.
KCSC-240905-03 요청에 대한 추가 처리 결과를 안내드립니다.

다음 게시물은 갤러리 운영 원칙 위반으로 운영자 삭제되었습니다.
{D2}

다음 게시물은 확인 결과 존재하지 않는 게시물입니다(이미 삭제된 게시물).
{D5}

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice where each statement line is followed by its URL on the next line",
    why="statement then URL below it: 운영자 삭제 removed, 존재하지 않는 게시물 not_found",
    items={D2: "removed", D5: "not_found"},
)

case(
    name="dc-qp-english-two-deleted",
    from_="operations@dcinside.com", name_from="DCinside Operations",
    date="Fri, 06 Sep 2024 19:31:50 +0900",
    subject="Re: KCSC-240905-03",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime=qp_body(f"""Hello KCSC,

This is DCinside Operations. Regarding your request KCSC-240905-03, our moderators deleted the following two posts on 6 September 2024:

  * {D1}
  * {D3}

The other three posts are still being looked at by the gallery managers; we will write again once they have finished.

Best regards / 감사합니다
DCinside 운영팀"""),
    outcome="applied", classification="confirmation",
    imitates="English moderator reply sent quoted-printable (URLs with '=' encoded as =3D, soft line breaks)",
    why="two bulleted URLs deleted by moderators; the other three are only 'being looked at', named by no URL",
    items={D1: "removed", D3: "removed"},
)

case(
    name="dc-csv-attachment-english",
    from_="operations@dcinside.com", name_from="DCinside Operations",
    date="Tue, 10 Sep 2024 11:48:02 +0900",
    subject="KCSC-240905-03 remaining items - result file",
    raw_mime=with_csv(
        """Hello,

Attached is the processing result for the two remaining items of KCSC-240905-03.

DCinside Operations""",
        "kcsc_240905_03_remaining.csv",
        f"""no,url,action,note
4,{D4},deleted,manager deleted
5,{D5},not found,post no longer exists""",
        "b411dcCSV0910"),
    outcome="applied", classification="confirmation",
    imitates="English CSV result attachment (no,url,action,note)",
    why="CSV rows: deleted removed; 'not found / no longer exists' not_found",
    items={D4: "removed", D5: "not_found"},
)

case(
    name="daum-imsijochi-korean",
    from_="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date="Thu, 05 Sep 2024 13:26:31 +0900",
    subject="[Daum] 게시물 임시조치 결과 안내 (KCSC-240904-02)",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""안녕하세요. 카카오 Daum 권리침해신고센터입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래와 같이 임시조치(30일간 접근 차단)하였음을 알려드립니다.

[대상 게시물]
 - {K1}
 - {K2}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간이 끝난 뒤 삭제됩니다.
관련 안내: https://cs.daum.net/faq/95/7580.html

카카오 Daum 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 (30-day block under 정보통신망법 제44조의2) notice",
    why="임시조치 of two named posts is restricted; the later deletion is conditional; the help link is not an item",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="daum-cafe-html-table-mixed",
    from_="cafe_cs@daum.net", name_from="Daum 카페 운영팀",
    date="Fri, 06 Sep 2024 16:05:19 +0900",
    subject="[Daum 카페] KCSC-240904-02 처리 결과",
    raw_mime=html_alt(
        f"""Daum 카페 운영팀입니다. KCSC-240904-02 처리 결과입니다.
{K1} 삭제
{K2} 삭제
{K3} 게시물 없음
{K4} 유지(위반 내용 확인 불가)""",
        f"""<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다.<br>요청번호 KCSC-240904-02의 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td><a href="{K1}">{K1}</a></td><td>삭제</td></tr>
<tr><td><a href="{K2}">{K2}</a></td><td>삭제</td></tr>
<tr><td><a href="{K3}">{K3}</a></td><td>게시물 없음</td></tr>
<tr><td><a href="{K4}">{K4}</a></td><td>유지 (명예훼손에 해당하는 내용 확인 불가)</td></tr>
</tbody></table>
<p>카페 운영원칙: <a href="https://cs.daum.net/cafe/policy">cs.daum.net/cafe/policy</a></p>
</body></html>""",
        "b411daumALT0906"),
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative result table (text and HTML) from a Korean cafe service",
    why="four rows: 삭제 removed x2, 게시물 없음 not_found, 유지 with reason rejected",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "rejected"},
)

case(
    name="daum-base64-blind",
    from_="cafe_cs@daum.net", name_from="Daum 카페 운영팀",
    date="Mon, 09 Sep 2024 09:40:00 +0900",
    subject=enc("[Daum 카페] 게시글 블라인드 처리 안내"),
    raw_mime=b64_body(f"""안녕하세요, Daum 카페 운영팀입니다.

{K3} 게시글은 카페 운영원칙 위반(특정인 비방)으로 블라인드 처리하였습니다.

요청번호: KCSC-240904-02
고객센터: https://cs.daum.net/
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean cafe 블라인드 notice sent base64-encoded",
    why="one named post 블라인드 처리 is removed",
    items={K3: "removed"},
)

case(
    name="daum-one-sentence-three-statuses",
    from_="right@kakaocorp.com", name_from="Daum 권리침해신고센터",
    date="Tue, 10 Sep 2024 15:18:27 +0900",
    subject="RE: [KCSC-240904-02] 명예훼손 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""담당자님께,

확인해 보니 {K1} 은 삭제하였고, {K2} 는 작성자가 이미 지워서 확인되지 않았으며, {K4} 는 30일 임시조치하였습니다.

나머지 한 건은 카페 운영자 소명을 받는 중이라 결과가 나오면 다시 알려드리겠습니다.

Daum 권리침해신고센터""",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply stating three results in one sentence, URLs followed by particles",
    why="one sentence, three clauses: 삭제 removed, 작성자가 이미 지워서 not_found, 임시조치 restricted; the fourth post is unnamed and pending",
    items={K1: "removed", K2: "not_found", K4: "restricted"},
)

case(
    name="soop-english-deleted-age-restricted",
    from_="operation@sooplive.co.kr", name_from="SOOP Operation Team",
    date="Mon, 09 Sep 2024 17:55:41 +0900",
    subject="[SOOP] Result of your request KCSC-240906-04",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""Hello,

We have finished reviewing two of the items in your request.

VOD: {S1}
Result: Deleted. The streamer's channel has also received a 7-day broadcast suspension.

VOD: {S2}
Result: Restricted to viewers aged 19 and over (adult verification required). The replay does not break our obscenity rules, but it is not suitable for minors.

For the channel post in your request we will reply separately.

SOOP Operation Team
https://www.sooplive.co.kr/policy/operation""",
    outcome="applied", classification="confirmation",
    imitates="streaming-platform moderation result (VOD deleted, age-restricted replay)",
    why="S1 deleted removed; S2 age-restricted (19+) restricted; the channel post is only promised",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-korean-bullets",
    from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 10:12:09 +0900",
    subject="RE: [KCSC-240906-04] 음란 정보 시정요구",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""안녕하세요, SOOP 고객센터입니다.
요청하신 건의 처리 결과를 안내드립니다.

• 방송국 게시글 {S3} : 삭제 조치 완료
• 다시보기 {S1} : 확인 시점에 이미 스트리머가 삭제한 다시보기로, 남아 있는 영상이 없습니다

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean streaming-service CS reply with bullet results",
    why="channel post 삭제 removed; VOD already deleted by the streamer is not_found",
    items={S3: "removed", S1: "not_found"},
)

case(
    name="soop-html-table-three",
    from_="report@sooplive.co.kr", name_from="SOOP 신고센터",
    date="Wed, 11 Sep 2024 14:00:33 +0900",
    subject=enc("[SOOP 신고센터] 신고 처리 결과 - KCSC-240906-04"),
    type="html",
    body=f"""<html><body>
<div><img src="https://res.sooplive.co.kr/images/mail/logo.png" alt="SOOP"></div>
<p>안녕하세요. SOOP 신고센터입니다. 요청하신 콘텐츠의 처리 결과입니다.</p>
<table style="border-collapse:collapse" border="1">
<tr><th>구분</th><th>대상</th><th>결과</th></tr>
<tr><td>VOD</td><td>{S1}</td><td>삭제</td></tr>
<tr><td>VOD</td><td>{S2}</td><td>삭제</td></tr>
<tr><td>게시글</td><td>{S3}</td><td>게시글 없음</td></tr>
</table>
<p>운영정책 보기: <a href="https://www.sooplive.co.kr/policy/operation">운영정책</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="SOOP-style HTML report-result table with a logo image",
    why="three rows: 삭제 removed x2, 게시글 없음 not_found",
    items={S1: "removed", S2: "removed", S3: "not_found"},
)

case(
    name="inven-angle-bracket-urls",
    from_="webmaster@inven.co.kr", name_from="인벤 운영팀",
    date="Tue, 10 Sep 2024 16:22:10 +0900",
    subject="Re: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""안녕하세요. 인벤 운영팀입니다.
보내주신 시정요구(KCSC-240909-05) 관련 처리 결과를 안내드립니다.

<{I1}>
 - 게시판 운영정책(불법 사이트 홍보) 위반으로 삭제하였습니다.

<{I2}>
 - 검토 결과 게임 공략 글로, 게시판 규정이나 관련 법령상 문제가 되는 내용이 확인되지 않아 게시물을 유지합니다.

감사합니다.
인벤 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="game community admin reply with URLs in angle brackets and a dash result line below",
    why="I1 deleted (removed); I2 kept because nothing unlawful was found (rejected)",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-url-korean-particles",
    from_="cs@inven.co.kr", name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 09:58:46 +0900",
    subject="KCSC-240909-05 처리 결과 회신",
    body=f"""KCSC 담당자님, 인벤 고객지원팀입니다.

{I1}의 게시물은 9월 10일 자로 블라인드 처리했습니다.
그리고 {I2}는 작성자가 이미 삭제한 글이라 따로 조치할 게시물이 없었습니다.

고맙습니다.""",
    outcome="applied", classification="confirmation",
    imitates="informal Korean reply where the URLs run straight into Korean particles (의, 는)",
    why="URL+의 블라인드 removed; URL+는 already deleted by its author not_found",
    items={I1: "removed", I2: "not_found"},
)

case(
    name="ppomppu-sole-statement-one-item",
    from_="admin@ppomppu.co.kr", name_from="뽐뿌 운영진",
    date="Wed, 11 Sep 2024 12:07:55 +0900",
    subject="Re: [KCSC-240910-06] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240910-06"),
    body="""안녕하세요, 뽐뿌 운영진입니다.

요청하신 게시물은 확인 후 삭제 처리하였습니다.
협조 요청에 감사드립니다.

뽐뿌 운영진 드림""",
    outcome="applied", classification="confirmation",
    imitates="one-line community admin reply in the request's thread",
    why="the request has one item; 'the requested post was deleted' is a statement about it",
    items={P1: "removed"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    from_="help@ppomppu.co.kr", name_from="뽐뿌 고객센터",
    date="Thu, 12 Sep 2024 15:33:20 +0900",
    subject="[뽐뿌] 게시물 확인 결과 (KCSC-240910-06)",
    body=f"""방송통신심의위원회 귀중

자유게시판 게시물（{P1}）은 확인 결과 이미 게시자가 삭제하여 존재하지 않습니다.
별도 조치는 필요하지 않은 것으로 보입니다.

뽐뿌 고객센터""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply with the URL inside full-width parentheses followed by a particle",
    why="URL inside （）은: already deleted by its poster, does not exist (not_found); the hedge is about needing action, not the status",
    items={P1: "not_found"},
)

case(
    name="clien-english-kept-up",
    from_="admin@clien.net", name_from="CLIEN Admin",
    date="Thu, 12 Sep 2024 18:20:02 +0900",
    subject="Re: KCSC-240911-07",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""Hello,

We looked at {C1} again together with our moderators. The post quotes a published news article and adds the member's own comment on it; we could not find the defamatory statements described in your notice. Under our community rules we are keeping the post up.

Our community rules are at https://www.clien.net/service/board/rule/10707 .

CLIEN Admin""",
    outcome="applied", classification="confirmation",
    imitates="community admin refusal with its reason (post stays up)",
    why="a trusted refusal with reason for the one requested URL: rejected; the rules link is not an item",
    items={C1: "rejected"},
)

case(
    name="clien-outlook-original-message",
    from_="support@clien.net", name_from="클리앙 운영자",
    date="Thu, 12 Sep 2024 09:41:18 +0900",
    subject="RE: [KCSC-240911-07] 시정요구 통지",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""안녕하세요. 클리앙 운영자입니다.
말씀하신 모두의공원 게시물은 삭제했습니다. 작성자 계정은 30일 이용 정지하였습니다.

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 10:05 AM
To: support@clien.net
Subject: [KCSC-240911-07] 시정요구 통지

아래 정보에 대해 삭제 조치를 요구합니다.
{C1}
회신 기한: 2024-09-18""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over '-----Original Message-----' with the request quoted",
    why="the new text says the requested post was deleted; the request has one item, so the statement applies to it (the URL itself is only in the quote)",
    items={C1: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-under-review",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 16:10:00 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

요청하신 게시물 중 {N5} 과
{N6} 는 담당 부서에서 검토하고 있으며,
위반이 확인되면 삭제 조치할 예정입니다.

처리 결과는 9월 13일까지 회신드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: under review, will delete if a violation is confirmed",
    why="names two requested URLs but only promises a conditional deletion",
    items={N5: "pending", N6: "pending"},
)

case(
    name="naver-auth-fail-claims",
    from_="policy@navercorp.com", name_from="NAVER 정책지원팀", auth="fail",
    date="Thu, 05 Sep 2024 08:02:11 +0900",
    subject="[NAVER] 조치 완료 안내 KCSC-240903-01",
    body=f"""안녕하세요, NAVER 정책지원팀입니다.

{N1} 삭제 완료
{N2} 삭제 완료

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="NAVER domain but authentication fails: statements are not applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-blogger-gmail-self-deleted",
    from_="silverkite03@gmail.com", name_from="은빛연", auth="none",
    date="Sat, 07 Sep 2024 22:47:30 +0900",
    subject=enc("블로그 글 삭제했습니다"),
    body=f"""안녕하세요.
제 블로그 글({N8}) 삭제했습니다.
네이버에서 안내 받고 지웠습니다. 확인 부탁드립니다.""",
    outcome="review", review="unknown_sender",
    imitates="a blogger writing to the regulator from a personal webmail account",
    why="a person outside any platform says the post is deleted: not the platform's statement",
    items={N8: "pending"},
)

case(
    name="dc-bulk-all-five",
    from_="cs@dcinside.com", name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject="Re: [KCSC-240905-03] 시정요구 조치결과",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 5건 모두 삭제 처리 완료하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="one-line 'all N posts deleted' community reply",
    why="a statement about all five items of a five-item request without naming them",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="dc-lookalike-domain",
    from_="notice@dcinside-cs.com", name_from="디시인사이드 운영팀", auth="none",
    date="Tue, 10 Sep 2024 07:15:42 +0900",
    subject=enc("[디시인사이드] 시정요구 처리 완료 KCSC-240905-03"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D1} - 삭제 완료
{D2} - 삭제 완료

위원회 시스템에 반영 부탁드립니다.""",
    outcome="review", review="unknown_sender",
    imitates="result notice from a look-alike domain that is not the platform's",
    why="dcinside-cs.com is no platform's sender domain",
    items={D1: "pending", D2: "pending"},
)

case(
    name="daum-hedged-english",
    from_="abuse@kakaocorp.com", name_from="Kakao Abuse Desk",
    date="Fri, 06 Sep 2024 11:30:15 +0900",
    subject="Re: KCSC-240904-02 Daum Cafe",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""Hello,

It appears that {K4} may have been deleted already; our tools show no activity on it in the last week. We are checking with the Cafe team and will confirm.

Kakao Abuse Desk""",
    outcome="review", review="not_understood",
    imitates="English abuse-desk reply with a hedged status ('appears', 'may have been')",
    why="a hedge and a promise about one named URL: no statement",
    items={K4: "pending"},
)

case(
    name="soop-bulk-english",
    from_="operation@sooplive.co.kr", name_from="SOOP Operation Team",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240906-04] Completed",
    reply_to_req=req_mid("KCSC-240906-04"),
    body="""Hello,

All of the replays and posts listed in your request KCSC-240906-04 have been taken down.

Thank you for your cooperation.
SOOP Operation Team""",
    outcome="review", review="bulk",
    imitates="English 'all reported content has been taken down' reply",
    why="covers all three items of a three-item request without naming each",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="soop-scheduled-and-reviewing",
    from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Tue, 10 Sep 2024 19:05:05 +0900",
    subject="[SOOP] KCSC-240906-04 진행 상황",
    body=f"""안녕하세요, SOOP 고객센터입니다. 진행 상황을 공유드립니다.

- {S3} : 검토 중 (under review)
- {S2} : 삭제 예정 (9/12 스트리머 소명 기한 종료 후)

결과가 확정되면 다시 연락드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Korean progress update listing 'under review' and 'scheduled for deletion'",
    why="names two requested URLs; 검토 중 and 삭제 예정 are not statements",
    items={S3: "pending", S2: "pending"},
)

case(
    name="inven-conditional-deletion",
    from_="webmaster@inven.co.kr", name_from="인벤 운영팀",
    date="Wed, 11 Sep 2024 17:40:12 +0900",
    subject="Re: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""안녕하세요. 인벤 운영팀입니다.

{I1}
{I2}

위 두 게시물은 작성자에게 소명 기회를 주고 있으며, 9월 17일까지 소명이 없으면 삭제될 예정입니다.
처리 후 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="community reply giving the author a period to respond before deletion",
    why="conditional future deletion of two named URLs is no statement",
    items={I1: "pending", I2: "pending"},
)

case(
    name="clien-asks-for-decision",
    from_="admin@clien.net", name_from="CLIEN Admin",
    date="Wed, 11 Sep 2024 15:25:40 +0900",
    subject="Re: [KCSC-240911-07] 시정요구 통지",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{C1} 관련하여, 조치 전에 위원회 심의 의결서 사본과 게시물 가운데 어느 부분이 문제인지 구체적으로 알려주시면 검토하겠습니다.
보내주실 곳: admin@clien.net

감사합니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="platform asking for the decision document before acting",
    why="asks the regulator for documents about the named item; no status",
    items={C1: "pending"},
)

case(
    name="nate-url-not-on-service",
    from_="pann_help@nate.com", name_from="네이트 판 고객센터",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=enc("[네이트 판] 게시물 처리 결과 안내"),
    body=f"""안녕하세요. 네이트 판 고객센터입니다.
요청하신 주소의 처리 결과입니다.

요청 URL : {C1}
처리 결과 : 게시물 없음 (네이트 판에서 확인되지 않는 주소입니다)

다른 사이트의 게시물은 해당 사이트 운영자에게 요청해 주시기 바랍니다.""",
    outcome="review", review="wrong_platform",
    imitates="form-style result from a portal about a URL sent to it by mistake (another site's post)",
    why="Nate states a result (게시물 없음) for a Clien item: not its platform",
    items={C1: "pending"},
)

case(
    name="fmkorea-contact-change",
    from_="legal@fmkorea.com", name_from="FM Korea 법무팀",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject=enc("[에펨코리아] 시정요구 수신 담당 변경 안내"),
    body="""방송통신심의위원회 담당자님께,

9월 23일부터 에펨코리아의 시정요구 및 게시물 관련 공문 수신 주소가 legal-team@fmkorea.com 으로 바뀝니다.
기존 주소로 보내신 메일도 10월 말까지는 전달됩니다.

감사합니다.
에펨코리아 법무팀""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact address",
    why="trusted FM Korea mail naming no item and no request",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    from_="seoyeon.park@navercorp.com", name_from="박서연",
    date="Mon, 09 Sep 2024 09:00:03 +0900",
    subject=enc("[자동회신] Re: [KCSC-240903-01] 불법정보 시정요구 (12건)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 건은 policy@navercorp.com 으로 보내 주시면 담당자가 확인합니다.

박서연 드림""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동회신)",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="inven-ooo-bilingual",
    from_="jh.lee@inven.co.kr", name_from="Lee Jihoon",
    date="Tue, 10 Sep 2024 08:31:00 +0900",
    subject="Automatic reply: [KCSC-240909-05] 불법 도박 홍보 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 13 September with limited access to email.
For urgent matters please contact webmaster@inven.co.kr.

9월 13일까지 외근 중이라 메일 확인이 늦어질 수 있습니다.
급한 용무는 webmaster@inven.co.kr 로 연락 주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, English and Korean",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="daum-ticket-receipt",
    from_="noreply@kakaocorp.com", name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 14:02:51 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (접수번호 #2409-55120)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다.

 - 접수번호: #2409-55120
 - 문의 제목: [KCSC-240904-02] 명예훼손 게시물 시정요구
 - 접수 일시: 2024-09-04 14:02

담당자가 확인한 뒤 순서대로 답변드리며, 영업일 기준 3일 안팎이 걸릴 수 있습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao-style help-desk ticket receipt (접수번호)",
    why="a pure receipt: ticket number and a generic promise, no item statement",
    items={},
)

case(
    name="naver-english-ticket-ack",
    from_="noreply@navercorp.com", name_from="NAVER Help",
    date="Tue, 03 Sep 2024 15:30:12 +0900",
    subject="[NAVER Help] We received your report (Ticket 7781203)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting NAVER.

Your report has been received and assigned ticket number 7781203. Our team will review the URLs you submitted and reply to this address.
Please keep the ticket number in the subject line if you write to us again.

This is an automated message. Help centre: https://help.naver.com/""",
    outcome="ignored", classification="acknowledgement",
    imitates="English ticket-system receipt",
    why="a pure acknowledgement naming no item",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Thu, 05 Sep 2024 10:06:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.0905.b411"

This is a MIME-encapsulated message.

--DSN.0905.b411
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.co.kr>: host mail.dcinside.co.kr[203.0.113.45] said:
    550 5.1.1 <legal@dcinside.co.kr>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--DSN.0905.b411
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 10:06:38 +0900

Final-Recipient: rfc822; legal@dcinside.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.dcinside.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.co.kr>: Recipient address
    rejected: User unknown

--DSN.0905.b411
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dcinside.co.kr
Subject: {enc("[KCSC-240905-03] 불법정보 시정요구")}
Date: Thu, 05 Sep 2024 10:06:30 +0900
Message-ID: <{req_mid("KCSC-240905-03")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 정보에 대하여 시정요구를 의결하였으므로 조치 후 결과를 회신하여 주시기 바랍니다.
1. {D1}
2. {D2}
요청번호: KCSC-240905-03

--DSN.0905.b411--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) with the original request attached",
    why="a delivery failure report; the URLs are only in our own returned request",
    items={D1: "pending", D2: "pending"},
)

case(
    name="ppomppu-dsn-mailbox-full",
    from_="MAILER-DAEMON@mail.ppomppu.co.kr", name_from="Mail Delivery Subsystem", auth="none",
    date="Tue, 10 Sep 2024 13:45:09 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000ppdsn0910"

--00000000ppdsn0910
Content-Type: text/plain; charset=utf-8

메일을 전달하지 못했습니다. / Your message could not be delivered.

받는 사람 admin@ppomppu.co.kr 의 메일함 용량이 가득 차서 메일을 받을 수 없습니다.
The recipient's mailbox is full and can't accept messages now.

--00000000ppdsn0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ppomppu.co.kr

Final-Recipient: rfc822; admin@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--00000000ppdsn0910
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@ppomppu.co.kr
Subject: {enc("[KCSC-240910-06] 개인정보 노출 게시물 시정요구")}
Date: Tue, 10 Sep 2024 13:44:51 +0900
Message-ID: <{req_mid("KCSC-240910-06")}@kcsc.example>

--00000000ppdsn0910--""",
    outcome="ignored", classification="bounce",
    imitates="DSN 552 mailbox full, Korean and English text, headers of the original only",
    why="a delivery failure report",
    items={},
)

case(
    name="soop-read-receipt",
    from_="cs@sooplive.co.kr", name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 10:15:22 +0900",
    subject=enc("읽음: [KCSC-240906-04] 음란 정보 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b411_0906"

--mdn_b411_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

다음 메일을 읽었습니다.

받는 사람: cs@sooplive.co.kr
제목: [KCSC-240906-04] 음란 정보 시정요구
읽은 시간: 2024-09-06 오전 10:15

참고: 이 확인은 받는 사람의 컴퓨터에 메일이 표시되었다는 것만 알려 줍니다. 받는 사람이 내용을 읽거나 이해했다는 보장은 없습니다.

--mdn_b411_0906
Content-Type: message/disposition-notification

Reporting-UA: PC-CS12.sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;cs@sooplive.co.kr
Original-Message-ID: <{req_mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b411_0906--""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (읽음:) as an MDN",
    why="a read receipt",
    items={},
)


HEADER = """# Blind set 411: Korean portals and community sites (NAVER, Daum, DC Inside,
# SOOP, Inven, Ppomppu, Clien; Nate and FM Korea without requests), with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind411/make.py from each email's meaning, before
# any run of the reader. Each case is judged alone on a fresh ledger."""


def main():
    write_requests()
    cases = []
    for c in C:
        c = dict(c)
        c["from"] = c.pop("from_")
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
        c["subject"] = enc(c["subject"])
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
