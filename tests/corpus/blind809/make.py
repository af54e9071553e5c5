#!/usr/bin/env python3
"""Blind set 809 (focus: Korean platforms writing in Korean): writes
requests.csv, cases/*.eml and expected.toml.

Written without reading the reader (src/), docs/reader.md or any other corpus
set's cases. Each email imitates a kind of notice Korean platforms send
(NAVER/Kakao/Daum/DC Inside/BAND/YouTube Korea): 공문-style 시정요구
조치결과 회신, 임시조치 notices, result tables, informal operator replies,
receipts, auto-replies, DSNs and MDNs. All names, URLs and ids are fictional.
Expected results come from each email's meaning alone.

    python3 tests/corpus/blind809/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpuslib import write_set  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def h(s):
    """RFC 2047 encoded header text (deterministic)."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def enc(url):
    """The form stored in requests.csv (Korean path percent-encoded)."""
    return quote(url, safe=":/?&=@%-_.~")


# ---------------------------------------------------------------- requests
# NAVER, KCSC-240902-01 (12 items, the largest)
N1 = "https://blog.naver.com/haneul_mokpo77/223500112201"
N2 = "https://blog.naver.com/haneul_mokpo77/223500112245"
N3 = "https://blog.naver.com/sunrise_dal/223498870013"
N4 = "https://cafe.naver.com/gureumsarang/58211"
N5 = "https://cafe.naver.com/gureumsarang/58230"
N6 = "https://cafe.naver.com/dongnebangbang/11902"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8010&docId=471200331"
N8 = "https://blog.naver.com/moonlit_oak/223501234567"
N9 = "https://blog.naver.com/moonlit_oak/223501234599"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811220&memberNo=55120931"
N11 = "https://cafe.naver.com/jjangsoopmarket/330018"
N12 = "https://blog.naver.com/cheongpo_88/223502020202"
NAVER12 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
# Kakao (Daum cafe, Tistory, brunch), KCSC-240903-02 (5 items)
K1 = "https://cafe.daum.net/sonagi2024/Kx8P/1203"
K2_RAW = "https://yeoreum-note.tistory.com/entry/이웃-신상-정리"
K3_RAW = "https://yeoreum-note.tistory.com/entry/두번째-후기"
K2 = enc(K2_RAW)
K3 = enc(K3_RAW)
K4 = "https://brunch.co.kr/@mintleaf_k/57"
K5 = "https://cafe.daum.net/sonagi2024/Kx8P/1219"
KAKAO5 = [K1, K2, K3, K4, K5]
KAKAO5_RAW = [K1, K2_RAW, K3_RAW, K4, K5]
# YouTube, KCSC-240905-03 (4 items)
Y1 = "https://www.youtube.com/watch?v=Qm3vT8xLp2A"
Y2 = "https://www.youtube.com/watch?v=b7RkW0ZzE1c"
Y3 = "https://www.youtube.com/shorts/Hn4Ue9JqPz0"
Y4 = "https://www.youtube.com/channel/UCx7Kq0aZP3mN2bV8sLw4RfQ"
YT4 = [Y1, Y2, Y3, Y4]
# DC Inside, KCSC-240906-04 (3 items)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=bitcoins_new1&no=1827364"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=jusik_talk&no=55210"
DC3 = [D1, D2, D3]
# BAND, KCSC-240909-05 (2 items)
B1 = "https://band.us/band/86120345/post/1042"
B2 = "https://band.us/band/86120345/post/1057"
# Kakao open chat, KCSC-240910-06 (1 item)
K6 = "https://open.kakao.com/o/gYq2Lm8d"
# NAVER cafe, KCSC-240911-07 (1 item)
N13 = "https://cafe.naver.com/hwangtojip/7788"

REQUESTS = [
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", NAVER12, "gambling",
     "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240903-02", "kakao", "2024-09-03", "2024-09-10", KAKAO5, "privacy",
     "개인정보 노출 및 명예훼손 게시물"),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", YT4, "fraud",
     "투자 사기 홍보 영상 및 채널"),
    ("KCSC-240906-04", "dcinside", "2024-09-06", "2024-09-13", DC3, "fraud",
     "주식 리딩방 사기 홍보글"),
    ("KCSC-240909-05", "band", "2024-09-09", "2024-09-16", [B1, B2], "illegal_finance",
     "유사수신 광고 게시글"),
    ("KCSC-240910-06", "kakao", "2024-09-10", "2024-09-17", [K6], "gambling",
     "도박 홍보 오픈채팅방"),
    ("KCSC-240911-07", "naver", "2024-09-11", "2024-09-18", [N13], "illegal_goods",
     "의약품 불법 판매 게시글"),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"{ref}.req@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, sent_day):
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」에 따른",
        "불법정보로 심의·의결되었으므로 시정요구(해당 정보의 삭제 또는 접속차단)를",
        "하오니, 조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"참조번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치기한: 2024. 9. {sent_day + 7}.", "", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def gmail_quote(ref, urls, sent_day, wd, when):
    head = f"2024년 9월 {sent_day}일 ({wd}) {when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"
    body = "\n".join(("> " + l) if l else ">" for l in request_text(ref, urls, sent_day).split("\n"))
    return head + "\n" + body


KST_HDR = "Asia/Seoul"

CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== APPLIED
def naver_gongmun():
    rows = [
        (N1, "삭제", "2024-09-04"),
        (N2, "삭제", "2024-09-04"),
        (N3, "게시물 없음(작성자 삭제)", "-"),
        (N4, "게시중단", "2024-09-04"),
        (N5, "임시조치(30일)", "2024-09-04"),
        (N6, "블라인드", "2024-09-05"),
        (N7, "삭제", "2024-09-05"),
        (N8, "조치 불가(※)", "-"),
        (N9, "삭제", "2024-09-05"),
        (N10, "해당 게시물 없음", "-"),
        (N11, "접근 제한", "2024-09-05"),
        (N12, "삭제", "2024-09-05"),
    ]
    t = [" 순번 | 대상 URL | 조치결과 | 조치일자",
         "------+----------+----------+----------"]
    for i, (u, s, dt) in enumerate(rows, 1):
        t.append(f"  {i:>2}  | {u} | {s} | {dt}")
    return "\n".join([
        "네 이 버 주 식 회 사",
        "경기도 성남시 분당구 (가상주소) / 전화 1588-0000 / 담당 정책지원팀",
        "",
        "문서번호 : NV-정책-2024-0917",
        "시행일자 : 2024. 9. 6.",
        "수    신 : 방송통신심의위원회 통신심의국장",
        "참    조 : 불법정보 시정요구 담당자",
        "제    목 : 시정요구(KCSC-240902-01)에 대한 조치결과 회신",
        "",
        "1. 귀 위원회의 노고에 감사드립니다.",
        "",
        "2. 귀 위원회가 2024. 9. 2. 요청한 시정요구(참조번호 KCSC-240902-01, 총 12건)에",
        "   대하여 당사가 확인하고 조치한 결과를 아래와 같이 회신합니다.",
        "",
        "                          - 아    래 -",
        "",
        *t,
        "",
        "  ※ 8번 게시물은 관련 법령과 당사 운영정책에 비추어 검토하였으나 불법정보에",
        "     해당한다고 판단하기 어려워 게시를 유지합니다.",
        "",
        "3. 본 건 관련 문의는 정책지원팀(policy@navercorp.com)으로 하여 주시기 바랍니다.  끝.",
        "",
        "네이버 주식회사 대표이사 (직인생략)",
    ])


case(name="naver-gongmun-text-table", date=d(6, 17, 42), from_="safety-reply@navercorp.com",
     name_from=h("네이버 주식회사"),
     subject=h("[네이버] 시정요구(KCSC-240902-01) 조치결과 회신"),
     reply_to_req="KCSC-240902-01.req",
     body=naver_gongmun(), outcome="applied", classification="confirmation",
     imitates="Korean portal 공문 (수신/참조/제목, 1. 2. 3. 끝.) with a text table of 시정요구 조치결과",
     why="12-row text table, one Korean result per URL: 삭제/게시중단/블라인드 removed, 임시조치/접근 제한 restricted, 게시물 없음 not_found, 조치 불가(게시 유지) rejected",
     items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "restricted",
            N6: "removed", N7: "removed", N8: "rejected", N9: "removed", N10: "not_found",
            N11: "restricted", N12: "removed"})

HTML_CAFE = """<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 카페 운영정책팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240902-01) 중 카페 게시물 4건의 처리 결과를 아래 표로 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 주소</th><th>카페</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{n4}">{n4}</a></td><td>구름사랑</td><td>게시중단</td><td>2024.09.04</td></tr>
<tr><td>2</td><td><a href="{n5}">{n5}</a></td><td>구름사랑</td><td>임시조치 (30일간 접근 차단)</td><td>2024.09.04</td></tr>
<tr><td>3</td><td><a href="{n6}">{n6}</a></td><td>동네방방</td><td>블라인드 처리</td><td>2024.09.05</td></tr>
<tr><td>4</td><td><a href="{n11}">{n11}</a></td><td>짱숲마켓</td><td>접근 제한 (성인 인증 회원만 열람)</td><td>2024.09.05</td></tr>
</table>
<p>카페 운영원칙은 <a href="https://cafe.naver.com/cafeguide/rules">카페 운영원칙 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영정책팀 드림</p>
</body></html>""".format(n4=N4, n5=N5, n6=N6, n11=N11)

case(name="naver-cafe-html-table", date=d(5, 11, 3), from_="cafe-policy@navercorp.com",
     name_from=h("네이버 카페 운영정책팀"),
     subject=h("네이버 카페 게시물 조치 결과 안내 (KCSC-240902-01)"),
     type="html", body=HTML_CAFE, outcome="applied", classification="confirmation",
     imitates="NAVER Cafe policy team HTML notice with a result table",
     why="HTML table, one action per cafe post; the cafe-rules link is a help page, not an item",
     items={N4: "removed", N5: "restricted", N6: "removed", N11: "restricted"})


def csv_attachment_mime():
    rows = [
        ["번호", "게시물 URL", "조치내용", "조치일시", "비고"],
        ["1", N1, "삭제", "2024-09-04 15:10", ""],
        ["2", N2, "삭제", "2024-09-04 15:11", ""],
        ["3", N3, "게시물 없음", "-", "요청 접수 전 작성자가 삭제"],
        ["4", N8, "조치 불가", "-", "위반 사항 확인되지 않음, 게시 유지"],
        ["5", N9, "삭제", "2024-09-05 10:02", ""],
        ["6", N12, "삭제", "2024-09-05 10:05", ""],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    att = "\ufeff" + buf.getvalue()
    text = ("안녕하세요. 네이버 블로그 운영팀입니다.\n\n"
            "시정요구 KCSC-240902-01 중 블로그 게시물 6건의 조치 결과를 첨부 파일(CSV)로\n"
            "보내드립니다. 엑셀에서 열어 확인하실 수 있습니다.\n\n"
            "감사합니다.\n네이버 블로그 운영팀\n")
    fname = h("조치결과_KCSC-240902-01_블로그.csv")
    return (
        'Content-Type: multipart/mixed; boundary="----=_NvPart_0_4417"\n\n'
        "------=_NvPart_0_4417\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(text) +
        "\n------=_NvPart_0_4417\n"
        f'Content-Type: text/csv; charset=UTF-8; name="{fname}"\n'
        f'Content-Disposition: attachment; filename="{fname}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(att) +
        "\n------=_NvPart_0_4417--\n"
    )


case(name="naver-blog-csv-attachment", date=d(5, 14, 20), from_="blog-safety@navercorp.com",
     name_from=h("네이버 블로그 운영팀"),
     subject=h("[네이버 블로그] KCSC-240902-01 조치 결과 (첨부)"),
     raw_mime=csv_attachment_mime(), outcome="applied", classification="confirmation",
     imitates="NAVER blog team reply with a UTF-8 (BOM) CSV result sheet attached, Korean RFC 2047 filename",
     why="CSV rows: 삭제 removed, 게시물 없음 not_found, 조치 불가/게시 유지 rejected",
     items={N1: "removed", N2: "removed", N3: "not_found", N8: "rejected", N9: "removed", N12: "removed"})

case(name="naver-cafe-informal-operator", date=d(4, 11, 48), from_="cafe_ops@navercorp.com",
     name_from=h("네이버 카페 운영팀 김도윤"),
     subject=h("RE: [KCSC-240902-01] 시정요구 안내"),
     reply_to_req="KCSC-240902-01.req",
     body=f"""안녕하세요, 네이버 카페 운영팀 김도윤입니다.

보내주신 건 중 구름사랑 카페 글 두 개부터 처리해서 말씀드려요.

{N4} → 오늘 오전에 게시중단했습니다.

58230번 글({N5})은 권리침해 여부가 애매해서 일단 30일 임시조치로 걸어 두었습니다. 그 기간에 게시자 이의제기가 없으면 그대로 삭제됩니다.

나머지 블로그/지식iN 건은 각 서비스 담당자가 따로 회신드릴 거예요.

감사합니다!
김도윤 드림""",
     outcome="applied", classification="confirmation",
     imitates="informal reply from a portal cafe operator (prose, arrow, URL in parentheses)",
     why="58211 게시중단 done (removed); 58230 is under 임시조치 now (restricted) - the later deletion is only a condition",
     items={N4: "removed", N5: "restricted"})

case(name="naver-single-item-no-url", date=d(12, 16, 5), from_="cafe_ops@navercorp.com",
     name_from=h("네이버 카페 운영팀"),
     subject=h("Re: [KCSC-240911-07] 시정요구 안내"),
     reply_to_req="KCSC-240911-07.req",
     body="""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시물은 확인 결과 카페 운영원칙(의약품 불법 거래 금지) 위반에 해당하여
2024년 9월 12일 14시경 삭제 조치하였습니다.

감사합니다.

""" + gmail_quote("KCSC-240911-07", [N13], 11, "수", "오전 10:20"),
     outcome="applied", classification="confirmation",
     imitates="short Korean portal reply over a Gmail-style quoted one-item request",
     why="one-item request KCSC-240911-07: '요청하신 게시물은 ... 삭제 조치' without a URL applies to its only item; the URL appears only in the quote",
     items={N13: "removed"})

case(name="naver-top-posted-over-quote", date=d(5, 9, 31), from_="kin-post@navercorp.com",
     name_from=h("네이버 지식iN·포스트 운영"),
     subject=h("Re: [KCSC-240902-01] 시정요구 안내"),
     reply_to_req="KCSC-240902-01.req",
     body=f"""안녕하세요. 지식iN·포스트 담당자입니다.
아래 요청 중 저희 서비스 소관 2건 결과 알려드립니다.

- {N7} : 삭제 완료(9/5)
- {N10} : 존재하지 않는 게시물입니다(이미 삭제되어 확인 불가).

나머지 10건은 블로그·카페 담당 부서에서 답변드립니다.

""" + gmail_quote("KCSC-240902-01", NAVER12, 2, "월", "오후 3:10"),
     outcome="applied", classification="confirmation",
     imitates="top-posted reply over the quoted 12-URL request (Korean Gmail '님이 작성:' header)",
     why="two items stated above the quote; the ten quoted URLs are our own request and change nothing",
     items={N7: "removed", N10: "not_found"})

case(name="naver-url-then-status-line", date=d(4, 18, 2), from_="blog-safety@navercorp.com",
     name_from=h("네이버 블로그 운영팀"),
     subject=h("KCSC-240902-01 블로그 게시물 검토 결과"),
     body=f"""KCSC-240902-01 블로그 게시물 검토 결과입니다.

{N1}
→ 비공개(블라인드) 처리 완료

{N2}
→ 비공개(블라인드) 처리 완료

{N8}
→ 검토 결과 불법정보로 보기 어려워 게시 유지

{N9}
→ 삭제 완료

네이버 블로그 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="terse operator reply: bare URL, status on the next line after an arrow",
     why="status line below each URL: 블라인드/삭제 removed, 게시 유지 rejected",
     items={N1: "removed", N2: "removed", N8: "rejected", N9: "removed"})

QP_BODY = f"""안녕하세요, 네이버 블로그 운영팀입니다.

시정요구 KCSC-240902-01 관련하여 두 건 회신드립니다.

cheongpo_88 블로그의 게시물({N12})은 9월 5일 삭제하였습니다.

sunrise_dal 블로그의 {N3} 은 저희가 확인했을 때 이미 작성자가 삭제하여 존재하지 않는 상태였습니다.

감사합니다.
"""
case(name="naver-qp-prose", date=d(5, 15, 37), from_="blog-safety@navercorp.com",
     name_from=h("네이버 블로그 운영팀"),
     subject=h("[회신] 시정요구 KCSC-240902-01 블로그 2건"),
     raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(QP_BODY),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable Korean prose reply",
     why="삭제하였습니다 removed; 이미 작성자가 삭제하여 존재하지 않는 not_found",
     items={N12: "removed", N3: "not_found"})

HTML_B64 = f"""<div style="font-size:10pt">
<p>안녕하세요. 네이버 블로그 운영팀입니다.</p>
<p>시정요구(KCSC-240902-01) 중 아래 블로그 게시물에 대한 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{N1}">{N1}</a> - 운영정책 위반(불법 도박 홍보)으로 삭제</li>
<li><a href="{N2}">{N2}</a> - 운영정책 위반(불법 도박 홍보)으로 삭제</li>
<li><a href="{N8}">{N8}</a> - 일반 스포츠 경기 후기로 확인되어 별도 조치 없이 유지</li>
</ul>
<p>문의: <a href="https://help.naver.com/service/5593">네이버 고객센터</a></p>
</div>"""
case(name="naver-base64-html-list", date=d(5, 16, 12), from_="blog-safety@navercorp.com",
     name_from=h("네이버 블로그 운영팀"),
     subject=h("RE: 시정요구 KCSC-240902-01"),
     raw_mime="Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(HTML_B64),
     outcome="applied", classification="confirmation",
     imitates="base64-encoded HTML reply with a bulleted list",
     why="two posts 삭제 (removed), one '별도 조치 없이 유지' with a reason (rejected); help-centre link is not an item",
     items={N1: "removed", N2: "removed", N8: "rejected"})

case(name="naver-english-global-team", date=d(6, 10, 15), from_="global-safety@navercorp.com",
     name_from="NAVER Trust & Safety",
     subject="Re: [KCSC-240902-01] Correction request - NAVER Cafe posts",
     reply_to_req="KCSC-240902-01.req",
     body=f"""Dear KCSC team,

We reviewed the two NAVER Cafe posts below under your reference KCSC-240902-01.

1) {N6}
   The post has been blinded and is no longer visible to any user.

2) {N11}
   Access to this post has been restricted: it can now only be viewed by
   members who have completed adult verification.

Kind regards,
NAVER Trust & Safety""",
     outcome="applied", classification="confirmation",
     imitates="English reply from a Korean portal's global trust & safety desk",
     why="'blinded and no longer visible' removed; access restricted to adult-verified members restricted",
     items={N6: "removed", N11: "restricted"})

_n10_wrapped = N10[:76] + "\n" + N10[76:]
case(name="naver-wrapped-long-url", date=d(6, 13, 50), from_="kin-post@navercorp.com",
     name_from=h("네이버 포스트 운영"),
     subject=h("KCSC-240902-01 추가 회신"),
     body=f"""KCSC-240902-01 건 추가로 회신드립니다.

1. 포스트
{_n10_wrapped}
   : 해당 포스트는 존재하지 않습니다(삭제되었거나 잘못된 주소).

2. 카페
{N11}
   : 성인 인증 회원만 열람할 수 있도록 접근 제한 조치하였습니다.

네이버 포스트 운영 드림""",
     outcome="applied", classification="confirmation",
     imitates="reply sent through a ticket tool that hard-wraps long lines at 76 columns",
     why="the post URL is broken across two lines by the sender's wrapping; it is still that post, which does not exist (not_found); the cafe post is access-restricted",
     items={N10: "not_found", N11: "restricted"})

case(name="daum-imsijochi-notice", date=d(5, 14, 25), from_="noreply@daum.net",
     name_from=h("Daum 권리침해신고센터"),
     subject=h("[Daum] 게시물 임시조치 안내 (KCSC-240903-02)"),
     body=f"""안녕하세요. Daum 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시중단 요청(KCSC-240903-02)에 따라 아래 게시물에 대해
「정보통신망법」 제44조의2 제4항에 따른 임시조치(30일간 접근 차단)를 하였음을 알려드립니다.

■ 조치 대상 게시물
  · 소나기 카페 > 자유게시판 : {K1}
  · 소나기 카페 > 자유게시판 : {K5}
■ 조치 내용 : 임시조치(30일)
■ 조치 일시 : 2024.09.05 14:20

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라 처리됩니다.
임시조치에 관한 자세한 내용은 https://cs.daum.net/faq/95/7580.html 을 참고해 주세요.

※ 본 메일은 발신전용입니다.""",
     outcome="applied", classification="confirmation",
     imitates="Daum 권리침해신고센터 30일 임시조치 notice",
     why="임시조치 (30-day access block) is restricted for both cafe posts; the FAQ link is a help page",
     items={K1: "restricted", K5: "restricted"})

case(name="tistory-raw-korean-urls", date=d(6, 11, 30), from_="tistory-safety@kakaocorp.com",
     name_from=h("티스토리 운영팀"),
     subject=h("[티스토리] KCSC-240903-02 게시글 처리 결과"),
     body=f"""안녕하세요, 티스토리 운영팀입니다.

요청 주신 티스토리 게시글 2건의 처리 결과를 안내드립니다.

1) <{K2_RAW}>
   타인의 실명과 주소가 포함된 글로 확인되어 운영정책에 따라 게시글을 삭제했습니다.

2) 주소: {K3_RAW}
   확인 결과 블로그 운영자가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.
티스토리 운영팀""",
     outcome="applied", classification="confirmation",
     imitates="Kakao Tistory operator reply writing Korean-path URLs raw (one in angle brackets)",
     why="raw Korean paths match the percent-encoded request URLs; 삭제 removed, 이미 삭제/존재하지 않음 not_found",
     items={K2: "removed", K3: "not_found"})

case(name="brunch-url-with-particle", date=d(6, 15, 2), from_="brunch@kakaocorp.com",
     name_from=h("브런치팀"),
     subject=h("브런치 게시글 조치 안내 (KCSC-240903-02)"),
     body=f"""안녕하세요. 브런치팀입니다.

요청하신 글 {K4}은 작가 계정으로 발행된 글로, 운영정책(타인 명예훼손 금지) 위반이 확인되어 9월 6일 발행 취소 및 비공개 처리하였습니다.

Daum 카페와 티스토리 게시물은 해당 서비스 담당 부서에서 각각 회신드릴 예정입니다.

고맙습니다.
브런치팀 드림""",
     outcome="applied", classification="confirmation",
     imitates="Kakao brunch team notice (URL directly followed by the Korean particle 은)",
     why="발행 취소 및 비공개 처리 removed; the URL ends where the particle 은 begins; the other items are only promised elsewhere",
     items={K4: "removed"})

_k_rows = [
    (K1, "임시조치", "2024.09.05", "30일간 접근 차단"),
    (K2, "삭제", "2024.09.06", ""),
    (K3, "조치대상 없음", "-", "게시자가 이미 삭제함"),
    (K4, "비공개 처리", "2024.09.06", "발행 취소"),
    (K5, "임시조치", "2024.09.05", "30일간 접근 차단"),
]
_k_tr = "\n".join(
    f'<tr><td align="center">{i}</td><td><a href="{u}">{r}</a></td><td>{s}</td><td>{dt}</td><td>{note}</td></tr>'
    for i, ((u, s, dt, note), r) in enumerate(zip(_k_rows, KAKAO5_RAW), 1))
HTML_K = f"""<html><body>
<p><b>수신</b> 방송통신심의위원회<br><b>제목</b> 시정요구(KCSC-240903-02) 조치결과 회신</p>
<p>1. 귀 위원회의 무궁한 발전을 기원합니다.<br>
2. 귀 위원회 시정요구에 대한 당사 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>시정요구 URL</th><th>조치구분</th><th>조치일</th><th>비고</th></tr>
{_k_tr}
</table>
<p>3. 끝.</p>
<p>주식회사 카카오 정책팀</p>
</body></html>"""
case(name="kakao-siljung-result-html", date=d(6, 17, 55), from_="policy@kakaocorp.com",
     name_from=h("카카오 정책팀"),
     subject=h("시정요구(KCSC-240903-02) 조치결과 회신"),
     type="html", body=HTML_K, outcome="applied", classification="confirmation",
     imitates="Kakao 시정요구 조치결과 회신 as an HTML 공문 table (raw Korean link text, encoded href)",
     why="table row per item: 임시조치 restricted, 삭제/비공개 처리 removed, 조치대상 없음(이미 삭제) not_found",
     items={K1: "restricted", K2: "removed", K3: "not_found", K4: "removed", K5: "restricted"})

case(name="kakao-openchat-closed", date=d(11, 10, 40), from_="openchat-safety@kakaocorp.com",
     name_from=h("카카오 오픈채팅 운영팀"),
     subject=h("Re: [KCSC-240910-06] 시정요구 안내"),
     reply_to_req="KCSC-240910-06.req",
     body=f"""안녕하세요. 카카오 오픈채팅 운영팀입니다.

요청하신 오픈채팅방({K6})은 불법 도박 홍보 채팅방으로 확인되어
9월 11일 채팅방을 폐쇄(영구 이용제한)하였습니다.
현재 해당 링크로 접속하면 '운영정책 위반으로 이용이 제한된 채팅방입니다'라는 안내가 표시됩니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="KakaoTalk open-chat operations notice of a room closure",
     why="the room is closed for everyone (폐쇄), not limited to a country: removed",
     items={K6: "removed"})

case(name="kakao-receipt-plus-result", date=d(6, 18, 30), from_="cs-noreply@kakaocorp.com",
     name_from=h("카카오 고객센터"),
     subject=h("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-558134)"),
     body=f"""안녕하세요, 카카오 고객센터입니다.

문의(KCSC-240903-02)가 정상적으로 접수되었으며, 담당 부서의 검토 결과를 안내드립니다.

- {K4} : 비공개 처리 (9/6)
- {K1} : 임시조치 (9/5, 30일)

추가 문의사항은 고객센터 문의하기를 이용해 주세요.
https://cs.kakao.com/requests

카카오 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="Kakao customer-centre answer email that opens with a receipt sentence",
     why="receipt wording plus unhedged per-URL results is a confirmation, not an acknowledgement",
     items={K4: "removed", K1: "restricted"})

case(name="youtube-kr-bilingual", date=d(9, 10, 12), from_="legal-kr-noreply@google.com",
     name_from=h("YouTube 법률 지원팀"),
     subject=h("Re: [KCSC-240905-03] 유튜브 콘텐츠 시정요구"),
     reply_to_req="KCSC-240905-03.req",
     body=f"""안녕하세요.

귀 위원회의 요청(KCSC-240905-03)을 검토한 결과 다음과 같이 조치하였습니다.

{Y1}
대한민국 현지 법률에 따라 해당 동영상을 한국에서 볼 수 없도록 차단했습니다.

{Y3}
커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

--
Hello,

Following our review of your request, we have taken the following action:
- {Y1}: blocked in South Korea under local law
- {Y3}: removed for violating our Community Guidelines

YouTube 법률 지원팀 / YouTube Legal Support""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support bilingual (Korean then English) outcome email",
     why="country block in Korea is restricted; Community Guidelines removal is removed; both languages agree",
     items={Y1: "restricted", Y3: "removed"})

case(name="youtube-channel-terminated-and-kept", date=d(10, 3, 15), from_="legal-noreply@google.com",
     name_from="YouTube Legal Support",
     subject="[KCSC-240905-03] Outcome of your request",
     body=f"""Hello,

Thanks for your patience while we reviewed your request (reference KCSC-240905-03).

The channel {Y4} has been terminated for repeated violations of our spam, deceptive practices and scams policy. As a result, the channel and all videos on it are no longer available on YouTube.

We did not take action on {Y2}. After careful review, we found that the video does not violate our Community Guidelines, and we did not find sufficient grounds to restrict it under Korean law. The video remains available.

For more information, please see https://support.google.com/youtube/answer/2801973.

Regards,
The YouTube Team""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal outcome email: channel termination plus a declined video",
     why="channel terminated (removed); 'did not take action ... remains available' with a reason is rejected; support link is not an item",
     items={Y4: "removed", Y2: "rejected"})

case(name="youtube-outlook-toppost", date=d(6, 9, 5), from_="jiwon.park@google.com",
     name_from=h("박지원 (YouTube T&S Korea)"),
     subject=h("RE: [KCSC-240905-03] 유튜브 콘텐츠 시정요구"),
     reply_to_req="KCSC-240905-03.req",
     body=f"""안녕하세요, 유튜브 T&S 박지원입니다.

요청하신 4건 중 처리가 끝난 1건 먼저 공유드립니다.
{Y1} 영상은 어제(9/5)부로 국내에서의 접근이 차단되었습니다.
나머지는 확인 후 별도로 회신드리겠습니다.

박지원 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:03 PM
To: legal-kr@google.com
Subject: [KCSC-240905-03] 유튜브 콘텐츠 시정요구

""" + request_text("KCSC-240905-03", YT4, 5),
     outcome="applied", classification="confirmation",
     imitates="Outlook-style top-posted reply from a platform staffer over the unquoted original",
     why="one video blocked in Korea (restricted); the remaining three are only promised and appear only in the original below -----Original Message-----",
     items={Y1: "restricted"})

case(name="youtube-statement-of-reasons", date=d(9, 22, 41), from_="noreply-legal@youtube.com",
     name_from="YouTube",
     subject="Statement of reasons - content decision (ref. KCSC-240905-03)",
     body=f"""Statement of reasons

We are writing to let you know about a decision we made on content you notified to us.

Content: {Y3}
Decision: Removal of the content
Territorial scope: Worldwide
Ground: Violation of the YouTube Community Guidelines (Harmful or dangerous content - scams)
Facts and circumstances: Notice received from a government authority (ref. KCSC-240905-03)
Automated means: No automated means were used to take this decision.

Redress: the uploader may appeal this decision. Information about appeals is available at https://support.google.com/youtube/answer/185111.

- The YouTube Team""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (content / decision / territorial scope / ground / redress)",
     why="'Decision: Removal of the content', worldwide: removed",
     items={Y3: "removed"})

case(name="dc-informal-operator", date=d(9, 13, 22), from_="help@dcinside.com",
     name_from=h("디시인사이드 운영팀"),
     subject=h("Re: [KCSC-240906-04] 시정요구 안내"),
     reply_to_req="KCSC-240906-04.req",
     body=f"""안녕하세요 디시인사이드 운영팀입니다.

주신 링크 확인했습니다.

주식 갤러리 글({D1})이랑
비트코인 마이너 갤러리 글({D2})은
삭제했고 작성 IP도 차단해 뒀습니다.

주식톡 갤 글 {D3} 은
저희가 보기 전에 작성자가 먼저 지운 상태였습니다.

수고하세요.""",
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply in spoken Korean",
     why="two posts 삭제했고 (removed); the third already deleted by its author (not_found)",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-gongmun-numbered", date=d(10, 10, 0), from_="legal@dcinside.com",
     name_from=h("(주)디시인사이드"),
     subject=h("시정요구 조치결과 통보 (KCSC-240906-04)"),
     body=f"""(주)디시인사이드

수신 : 방송통신심의위원회
제목 : 시정요구 조치결과 통보 (KCSC-240906-04)

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 시정요구 건에 대하여 아래와 같이 조치하였음을 통보합니다.

  가. {D1}
      - 조치결과 : 삭제 (2024.09.09.)
  나. {D2}
      - 조치결과 : 삭제 (2024.09.09.)
  다. {D3}
      - 조치결과 : 기 삭제(작성자 삭제)로 조치 대상 없음

3. 끝.

(주)디시인사이드 법무팀""",
     outcome="applied", classification="confirmation",
     imitates="community site 공문 (가. 나. 다. list, 조치결과 line under each URL)",
     why="삭제 twice (removed); 기 삭제(작성자 삭제) 조치 대상 없음 (not_found)",
     items={D1: "removed", D2: "removed", D3: "not_found"})

case(name="dc-ticket-angle-brackets", date=d(9, 17, 44), from_="help@dcinside.com",
     name_from=h("디시인사이드 고객센터"),
     subject=h("[디시인사이드 고객센터] 문의 답변 - KCSC-240906-04"),
     body=f"""[문의 답변]

문의번호 : DC-20240906-0193
문의제목 : [KCSC-240906-04] 시정요구 안내

답변 내용 :
 * <{D2}> : 삭제 완료
 * <{D3}> : 게시물 없음 (작성자 삭제)

주식 갤러리 건은 갤러리 관리자 확인 후 따로 답변드리겠습니다.

디시인사이드 고객센터""",
     outcome="applied", classification="confirmation",
     imitates="help-desk ticket answer, bullets with URLs in angle brackets",
     why="two bullets with results (removed, not_found); the stock-gallery post is only promised and stays pending",
     items={D2: "removed", D3: "not_found", D1: "pending"})

case(name="band-operator-reply", date=d(11, 14, 8), from_="band_help@band.us",
     name_from=h("BAND 고객센터"),
     subject=h("Re: [KCSC-240909-05] 시정요구 안내"),
     reply_to_req="KCSC-240909-05.req",
     body=f"""안녕하세요, BAND 고객센터입니다.

KCSC-240909-05 건으로 요청하신 게시글 2건을 확인하였습니다.

첫 번째 게시글({B1})은 불법 금융(유사수신) 광고에 해당하여 삭제하였고, 작성자에게 이용 제한 조치를 적용했습니다.

두 번째 게시글({B2})은 멤버 전용 밴드에서 일반적인 투자 정보를 공유한 글로, 운영정책 위반이 확인되지 않아 별도 조치 없이 유지됩니다.

감사합니다.""",
     outcome="applied", classification="confirmation",
     imitates="BAND customer-centre reply (prose, one removed, one kept with reason)",
     why="first post deleted (removed; the user restriction is about the author, not the item); second kept as no violation (rejected)",
     items={B1: "removed", B2: "rejected"})

case(name="band-single-with-policy-link", date=d(10, 19, 12), from_="safety@band.us",
     name_from=h("BAND 운영정책팀"),
     subject=h("밴드 게시글 삭제 안내"),
     body=f"""요청하신 {B1} 게시글은 삭제 처리 완료했습니다.
밴드 운영정책은 https://band.us/policy/operation 에서 확인하실 수 있습니다.

BAND 운영정책팀""",
     outcome="applied", classification="confirmation",
     imitates="two-line operator note with a policy link",
     why="one named post 삭제 처리 완료 (removed); the policy link is not an item; the request's other post is not spoken about",
     items={B1: "removed"})

# ====================================================================== REVIEW
case(name="naver-promise-will-delete", date=d(3, 17, 30), from_="blog-safety@navercorp.com",
     name_from=h("네이버 블로그 운영팀"),
     subject=h("Re: [KCSC-240902-01] 시정요구 안내"),
     reply_to_req="KCSC-240902-01.req",
     body=f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 아래 게시물은 담당 부서에서 검토 중이며, 운영정책 위반이 확인되면
이번 주 안으로 삭제 조치할 예정입니다.

- {N1}
- {N2}

처리가 끝나면 결과를 다시 회신드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="portal 'under review, will delete if confirmed' reply",
     why="검토 중 and 삭제 조치할 예정 are a promise under a condition, no statement: items stay pending",
     items={N1: "pending", N2: "pending"})

case(name="naver-bulk-all-twelve", date=d(6, 19, 1), from_="safety-reply@navercorp.com",
     name_from=h("네이버 주식회사"),
     subject=h("[네이버] KCSC-240902-01 조치 완료"),
     body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회 시정요구(KCSC-240902-01) 대상 게시물 12건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀""",
     outcome="review", review="bulk",
     imitates="one-sentence 'all items done' portal reply",
     why="a statement about all 12 items without naming any, for a 12-item request: bulk review, nothing applied",
     items={u: "pending" for u in NAVER12})

case(name="youtube-bulk-all-removed", date=d(12, 8, 30), from_="legal-noreply@google.com",
     name_from="YouTube Legal Support",
     subject="Re: [KCSC-240905-03] Request closed",
     reply_to_req="KCSC-240905-03.req",
     body="""Hello,

We have removed all of the content identified in your notice (reference KCSC-240905-03) and are now closing this request.

Regards,
The YouTube Team""",
     outcome="review", review="bulk",
     imitates="closing note of a platform legal team covering every item at once",
     why="'all of the content' for a 4-item request, no URL named: bulk review",
     items={u: "pending" for u in YT4})

case(name="kakao-hedge-appears-deleted", date=d(4, 16, 48), from_="right@kakaocorp.com",
     name_from=h("카카오 권리침해신고센터"),
     subject=h("Re: [KCSC-240903-02] 시정요구 안내"),
     reply_to_req="KCSC-240903-02.req",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

소나기 카페 게시물 {K1} 은 카페 운영진이 이미 삭제한 것으로 보이나, 시스템상 추가 확인이 필요합니다.
{K5} 는 현재 검토 중입니다.

확인이 끝나는 대로 다시 안내드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="rights-centre interim reply with a hedge ('삭제한 것으로 보이나')",
     why="'것으로 보이나 ... 추가 확인이 필요' is a hedge and '검토 중' is no statement: both pending",
     items={K1: "pending", K5: "pending"})

case(name="naver-auth-fail", date=d(5, 20, 14), from_="safety-reply@navercorp.com", auth="fail",
     name_from=h("네이버 주식회사"),
     subject=h("[네이버] 시정요구 KCSC-240902-01 처리 결과"),
     body=f"""KCSC-240902-01 처리 결과를 알려드립니다.

{N1} : 삭제 완료
{N3} : 삭제 완료

네이버 주식회사""",
     outcome="review", review="untrusted",
     imitates="portal result mail failing DKIM/SPF/DMARC",
     why="NAVER's domain but authentication fails: nothing applied",
     items={N1: "pending", N3: "pending"})

case(name="cafe-manager-gmail", date=d(4, 22, 10), from_="gureum.manager@gmail.com",
     name_from=h("구름사랑 카페 매니저"),
     subject=h("방심위 요청 건 (구름사랑 카페)"),
     body=f"""방심위 담당자님 안녕하세요. 네이버 구름사랑 카페 매니저입니다.

네이버에서 연락 받고 {N4} 글은 제가 직접 삭제했습니다.
58230 글({N5})도 작성자한테 내리라고 얘기해 두었어요.

혹시 더 필요한 거 있으면 이 메일로 연락 주세요.""",
     outcome="review", review="unknown_sender",
     imitates="a cafe volunteer manager writing from a personal webmail address",
     why="not NAVER's domain (gmail.com): a third party's word, nothing applied",
     items={N4: "pending", N5: "pending"})

case(name="law-firm-for-blogger", date=d(5, 10, 20), from_="kim.seohyun@hanbit-law.kr",
     name_from=h("법무법인 한빛 김서현 변호사"),
     subject=h("KCSC-240903-02 관련 게시글 자진 삭제 통지"),
     body=f"""방송통신심의위원회 귀중

당 법무법인은 티스토리 블로그 'yeoreum-note' 운영자의 대리인입니다.

의뢰인은 귀 위원회 시정요구(KCSC-240903-02)와 관련하여, 2024. 9. 4. 아래 게시글을 자진 삭제하였음을 알려드립니다.

  {K2_RAW}

향후 이 사건에 관한 연락은 본 법무법인으로 하여 주시기 바랍니다.

법무법인 한빛 변호사 김서현""",
     outcome="review", review="unknown_sender",
     imitates="lawyer's letter on behalf of a blogger",
     why="the author's lawyer is not Kakao: unknown sender, item stays pending",
     items={K2: "pending"})

case(name="naver-about-band-post", date=d(10, 16, 35), from_="safety-reply@navercorp.com",
     name_from=h("네이버 주식회사"),
     subject=h("BAND 게시글 처리 안내 (KCSC-240909-05)"),
     body=f"""안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스도 당사 계열에서 운영하고 있어 확인된 내용을 함께 전달드립니다.
{B1} 게시글은 9월 10일 삭제되었습니다.

정식 회신은 BAND 고객센터에서 별도로 드릴 예정입니다.""",
     outcome="review", review="wrong_platform",
     imitates="parent-group portal relaying a status for a sister service's item",
     why="NAVER's domain states a status for a BAND item (band has its own sender domain): wrong_platform, nothing applied",
     items={B1: "pending"})

case(name="naver-asks-for-documents", date=d(4, 14, 0), from_="legal-kr@navercorp.com",
     name_from=h("네이버 법무지원"),
     subject=h("Re: [KCSC-240902-01] 추가 자료 요청"),
     reply_to_req="KCSC-240902-01.req",
     body=f"""안녕하세요. 네이버 법무지원 담당자입니다.

시정요구 KCSC-240902-01 중 {N8} 게시물의 불법성 판단을 위하여
귀 위원회의 심의 의결서 사본 또는 위반 법령 조항을 보내주시면 검토 후 조치하겠습니다.

자료를 회신해 주실 때 참조번호를 제목에 기재해 주시기 바랍니다.""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="portal legal team asking for the 의결서 before acting",
     why="a request for documents, no status: asks_more",
     items={N8: "pending"})

case(name="dc-contact-change-notice", date=d(13, 9, 0), from_="legal@dcinside.com",
     name_from=h("(주)디시인사이드"),
     subject=h("[안내] 시정요구 접수 담당자 변경"),
     body="""방송통신심의위원회 담당자님께

2024년 9월 16일부터 당사의 불법정보 시정요구 및 협조 요청 접수 창구가 변경됩니다.
앞으로는 legal@dcinside.com 으로만 보내주시기 바랍니다.
기존 담당자 개인 메일은 더 이상 확인하지 않습니다.

(주)디시인사이드 법무팀""",
     outcome="review", review="no_claims",
     imitates="platform's contact-change notice to regulators",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="band-leader-notice-pending", date=d(10, 11, 20), from_="band_help@band.us",
     name_from=h("BAND 고객센터"),
     subject=h("Re: [KCSC-240909-05] 시정요구 안내"),
     reply_to_req="KCSC-240909-05.req",
     body=f"""안녕하세요, BAND 고객센터입니다.

요청하신 게시글
{B1}
{B2}
에 대해 밴드 리더에게 소명 요청을 보낸 상태입니다.
7일 이내에 소명이 없으면 운영정책에 따라 삭제될 예정입니다.

결과가 나오면 다시 안내드리겠습니다.""",
     outcome="review", review="not_understood",
     imitates="platform interim reply: notice sent to the group leader, conditional deletion",
     why="'소명이 없으면 삭제될 예정' is a conditional promise: both pending",
     items={B1: "pending", B2: "pending"})

case(name="naver-conflicting-same-post", date=d(5, 18, 47), from_="cafe_ops@navercorp.com",
     name_from=h("네이버 카페 운영팀"),
     subject=h("RE: [KCSC-240902-01] 구름사랑 카페 건"),
     reply_to_req="KCSC-240902-01.req",
     body=f"""안녕하세요, 네이버 카페 운영팀입니다.

{N5} 게시물은 삭제 처리 완료하였습니다.

참고로 {N5} 게시물은 게시자 소명을 받기 위해 현재 임시조치 상태로 유지하고 있으며, 30일 후 최종 결정됩니다.

감사합니다.""",
     outcome="review", review="conflicting_statements",
     imitates="operator reply stitched from two staff notes that disagree",
     why="the same post is said to be deleted and, two lines later, to be under 임시조치 pending a decision: a person must decide",
     items={N5: "pending"})

# ====================================================================== IGNORED
case(name="naver-out-of-office", date=d(9, 9, 1), from_="jieun.han@navercorp.com",
     name_from=h("한지은"),
     subject=h("[자동회신] Re: [KCSC-240902-01] 시정요구 안내"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 한지은입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply (자동회신)",
     why="out-of-office auto-reply",
     items={})

case(name="kakao-cs-receipt", date=d(3, 15, 2), from_="cs-noreply@kakaocorp.com",
     name_from=h("카카오 고객센터"),
     subject=h("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240903-02)"),
     body="""안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409-558120
접수일시 : 2024-09-03 15:01

접수된 문의는 순서대로 확인하여 답변드리며, 영업일 기준 3~5일이 걸릴 수 있습니다.
답변이 등록되면 이 메일 주소로 알려드립니다.

※ 본 메일은 발신전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="Kakao customer-centre ticket receipt",
     why="pure receipt with a ticket number",
     items={})

_orig = request_text("KCSC-240905-03", YT4, 5)
DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000077c1a40621f0"

--00000000000077c1a40621f0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

** 주소를 찾을 수 없음 **

legal-kr-old@google.com 주소를 찾을 수 없거나 주소가 메일을 받을 수 없는 상태여서 메일이 전송되지 않았습니다.

The response was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000077c1a40621f0
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d(5, 14, 3)}

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: {d(5, 14, 4)}

--00000000000077c1a40621f0
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240905-03] youtube content correction request
Date: {d(5, 14, 3)}
Message-ID: <KCSC-240905-03.req.cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{_orig}

--00000000000077c1a40621f0--
"""
case(name="youtube-dsn-bounce", date=d(5, 14, 4), from_="mailer-daemon@googlemail.com",
     name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Failure)",
     raw_mime=DSN, outcome="ignored", classification="bounce",
     imitates="Gmail-style DSN (Korean human part) carrying our original request",
     why="bounce of our own request; the URLs are only in the returned original",
     items={})

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f3a9"

--mdn-7f3a9
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보낸 메일 '[KCSC-240911-07] 시정요구 안내'을(를) 수신자가 2024-09-12 09:14에 읽었습니다.

--mdn-7f3a9
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS
Original-Recipient: rfc822;policy@navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <KCSC-240911-07.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3a9--
"""
case(name="naver-read-receipt", date=d(12, 9, 14), from_="policy@navercorp.com",
     name_from=h("네이버 정책지원팀"),
     subject=h("읽음 확인: [KCSC-240911-07] 시정요구 안내"),
     raw_mime=MDN, outcome="ignored", classification="read_receipt",
     imitates="read receipt (MDN) from a corporate mail system, Korean human part",
     why="read receipt",
     items={})

case(name="youtube-legal-ack", date=d(5, 14, 40), from_="legal-noreply@google.com",
     name_from="Google Legal Support",
     subject="Re: [KCSC-240905-03] [7-4412000038721] Your request to Google",
     body="""Hello,

Thank you for contacting Google. We have received your legal request and have assigned it case number 7-4412000038721. Please keep this number in any further correspondence about this matter.

We will review your request and get back to you once our review is complete.

Regards,
Google Legal Support""",
     outcome="ignored", classification="acknowledgement",
     imitates="Google legal-removals case-number receipt",
     why="receipt with a case number, no item named",
     items={})

case(name="dc-out-of-office", date=d(6, 15, 12), from_="park.mh@dcinside.com",
     name_from=h("박민혁"),
     subject=h("부재중 자동응답: [KCSC-240906-04] 시정요구 안내"),
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""[부재중 안내 / Out of office]

안녕하세요, 박민혁입니다. 9/6~9/9 외근 및 휴가로 회신이 늦어질 수 있습니다.
시정요구 관련 급한 건은 legal@dcinside.com 으로 보내주세요.

I am out of the office until 9 September with limited access to email.""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual out-of-office auto-reply",
     why="out-of-office auto-reply",
     items={})

case(name="band-receipt", date=d(9, 16, 31), from_="noreply@band.us",
     name_from="BAND",
     subject=h("[BAND] 문의가 접수되었습니다 (KCSC-240909-05)"),
     body="""BAND 고객센터에 문의해 주셔서 감사합니다.

고객님의 문의가 접수되었습니다.
접수번호: B-240909-7731

담당자가 확인 후 등록하신 이메일로 답변드리겠습니다.
※ 이 메일은 발신 전용입니다.""",
     outcome="ignored", classification="acknowledgement",
     imitates="BAND help-centre automatic receipt",
     why="pure receipt with a ticket number",
     items={})


HEADER = """# Blind set 809 (focus: Korean platforms writing in Korean). Written by
# tests/corpus/blind809/make.py before any run of the reader; see NOTES.md.
"""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    write_set(HERE, "blind809", HEADER, CASES)


if __name__ == "__main__":
    main()
