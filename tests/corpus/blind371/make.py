#!/usr/bin/env python3
"""Blind set 371 (Korean portals): writes requests.csv, cases/*.eml and
expected.toml.  Deterministic: run it again and nothing changes.

    python3 tests/corpus/blind371/make.py

Every email was written in our own sentences in the manner of Korean portal
replies (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND): 공문-style
조치결과 회신, 임시조치 notices, 시정요구 조치결과 tables, informal operator
replies, receipts, auto-replies, DSNs and MDNs.  All names, ids and URLs are
fictional.  The expected results were written from each email's meaning
before any run of the reader.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind371"

# ---------------------------------------------------------------- requests
# R1  KCSC-240903-01  naver    12 items (largest)
N = [
    "https://blog.naver.com/moonlit_pine77/223511204871",
    "https://blog.naver.com/moonlit_pine77/223511298830",
    "https://cafe.naver.com/slotlounge2024/5531",
    "https://cafe.naver.com/slotlounge2024/5547",
    "https://cafe.naver.com/slotlounge2024/5602",
    "https://m.blog.naver.com/gray_harbor_kr/223498001122",
    "https://post.naver.com/viewer/postView.naver?volumeNo=36120044&memberNo=51887723",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=470331952",
    "https://blog.naver.com/lucky_ferry/223520117733",
    "https://blog.naver.com/lucky_ferry/223520117790",
    "https://cafe.naver.com/ArticleRead.nhn?clubid=31204567&articleid=118",
    "https://tv.naver.com/v/58120331",
]
# R2  KCSC-240905-02  kakao    4 items
K = [
    "https://cafe.daum.net/bluewave_trade/Zx1P/412",
    "https://cafe.daum.net/bluewave_trade/Zx1P/415",
    "https://silverkite88.tistory.com/57",
    "https://silverkite88.tistory.com/61",
]
# R3  KCSC-240906-03  youtube  3 items
Y = [
    "https://www.youtube.com/watch?v=Qm7Lr2xTa9c",
    "https://www.youtube.com/watch?v=pX0eK4vRz1M",
    "https://www.youtube.com/shorts/Hd82wNcaLq4",
]
# R4  KCSC-240910-04  dcinside 5 items
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9138842",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9138907",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinexchange&no=220145",
    "https://gall.dcinside.com/mgallery/board/view/?id=coinexchange&no=220198",
    "https://gall.dcinside.com/mini/board/view/?id=ssulzip&no=7713",
]
# R5  KCSC-240911-05  band     2 items
B = [
    "https://band.us/band/81234567/post/1204",
    "https://band.us/band/81234567/post/1219",
]
# R6  KCSC-240912-06  kakao    1 item
K6 = "https://cafe.daum.net/nightmarket77/aBc3/88"
# R7  KCSC-240913-07  naver    1 item, Korean path: raw in emails, encoded in the CSV
R7_RAW = "https://in.naver.com/지갑연구소/contents/internal/81002"
R7 = "https://in.naver.com/" + quote("지갑연구소") + "/contents/internal/81002"

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "req-240903-01@kcsc.example", "불법 도박 홍보 게시물 (블로그/카페/지식iN/포스트/TV)", N),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:20:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs", "req-240905-02@kcsc.example", "마약류 판매 광고 (다음 카페, 티스토리)", K),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "req-240906-03@kcsc.example", "음란 정보 (동영상, 쇼츠)", Y),
    ("KCSC-240910-04", "dcinside", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "req-240910-04@kcsc.example", "개인정보 노출 및 명예훼손 게시글", D),
    ("KCSC-240911-05", "band", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00",
     "fraud", "req-240911-05@kcsc.example", "투자 사기 리딩방 홍보 게시글", B),
    ("KCSC-240912-06", "kakao", "2024-09-12T14:10:00+09:00", "2024-09-19T18:00:00+09:00",
     "drugs", "req-240912-06@kcsc.example", "마약류 판매 광고 (다음 카페)", [K6]),
    ("KCSC-240913-07", "naver", "2024-09-13T09:15:00+09:00", "2024-09-20T18:00:00+09:00",
     "fraud", "req-240913-07@kcsc.example", "불법 대부 광고 (인플루언서 검색 콘텐츠)", [R7]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, ss=0):
    dt = datetime.datetime(2024, 9, day, hh, mm, ss)
    return dt.strftime("%a, %d %b %Y %H:%M:%S") + " +0900"


def enc(s):
    """RFC 2047 B-encoding of a header text (whole text, UTF-8)."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def subj(prefix, ko):
    """ASCII prefix (e.g. 'Re: [KCSC-240903-01]') followed by encoded Korean."""
    return (prefix + " " if prefix else "") + enc(ko)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mime_b64(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.strip("\n") + "\n"))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mime_qp(text, sub="plain"):
    return (f"Content-Type: text/{sub}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(text.strip("\n") + "\n"))


def alternative(boundary, text, html, text_enc="qp"):
    t = mime_qp(text) if text_enc == "qp" else mime_b64(text)
    h = mime_qp(html, "html") if text_enc == "qp" else mime_b64(html, "html")
    return (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
            f"--{boundary}\n{t}\n--{boundary}\n{h}\n--{boundary}--\n")


def gmail_quote(when, text):
    lines = [f"{when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"]
    for ln in text.strip("\n").split("\n"):
        lines.append(("> " + ln) if ln else ">")
    return "\n".join(lines)


def outlook_quote(sent, subject, text):
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {sent}\n"
            "To: cafe-safety@kakaocorp.com\n"
            f"Subject: {subject}\n\n" + text.strip("\n"))


def kcsc_request(ref, urls):
    body = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        "",
        "「방송통신위원회의 설치 및 운영에 관한 법률」 제21조 및 제25조에 따라",
        "아래 정보에 대하여 시정요구(해당 정보의 삭제 또는 접속차단)를 통보하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"문서번호: {ref}",
        "대상 정보:",
    ]
    for i, u in enumerate(urls, 1):
        body.append(f"  {i}. {u}")
    body += ["", "방송통신심의위원회 드림"]
    return "\n".join(body)


SIGN_NAVER = """
--
NAVER 정책지원팀 | 공공기관 협력 담당
경기도 성남시 분당구 정자동 (가상 주소)
본 메일은 발신 전용이 아니며 회신하실 수 있습니다."""

SIGN_KAKAO = """
--
카카오 고객보호팀 권리침해신고 담당
※ 본 메일은 카카오 서비스 운영정책에 따라 발송되었습니다."""

SIGN_DC = """
--
디시인사이드 운영팀
게시물 관련 문의: 고객센터 1:1 문의 https://www.dcinside.com/cs/inquiry"""

SIGN_BAND = """
--
BAND 고객센터 (운영정책팀)
https://band.us/cs/help"""

# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= NAVER =======================

case(
    name="naver-gongmun-text-table",
    date=date(6, 16, 42),
    **{"from": "gov-partner@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=subj("[KCSC-240903-01]", "시정요구에 대한 조치결과 회신"),
    reply_to_req="req-240903-01",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a plain-text table (번호 | URL | 조치결과)",
    why="Trusted NAVER reply stating a result for each of the twelve URLs: 게시중단/삭제/비공개/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 유지 rejected.",
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 시정요구 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 통보하신 시정요구(문서번호 KCSC-240903-01)와 관련하여,
   당사는 대상 정보 12건을 확인하고 아래와 같이 조치하였음을 회신드립니다.

- 아 래 -

번호 | URL | 조치결과
1 | {N[0]} | 게시중단
2 | {N[1]} | 삭제
3 | {N[2]} | 임시조치(30일)
4 | {N[3]} | 게시중단
5 | {N[4]} | 게시물 없음(작성자 삭제)
6 | {N[5]} | 비공개 처리
7 | {N[6]} | 조치 불가(위반 내용 확인되지 않아 게시 유지)
8 | {N[7]} | 삭제
9 | {N[8]} | 블라인드
10 | {N[9]} | 존재하지 않는 URL
11 | {N[10]} | 임시조치(30일)
12 | {N[11]} | 동영상 삭제

3. 7번 게시물은 도박 사이트 주소나 홍보 문구가 확인되지 않아 당사 운영정책상 조치 대상에
   해당하지 않는다고 판단하였습니다. 추가 자료가 있으시면 회신 부탁드립니다.  끝.
{SIGN_NAVER}
""",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed",
           N[4]: "not_found", N[5]: "removed", N[6]: "rejected", N[7]: "removed",
           N[8]: "removed", N[9]: "not_found", N[10]: "restricted", N[11]: "removed"},
)

HTML_ROWS = "".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>2024-09-05</td><td>{r}</td></tr>\n"
    for i, (u, r) in enumerate([
        (N[0], "삭제"), (N[1], "삭제"), (N[2], "블라인드"),
        (N[3], "접근 제한(국내)"), (N[4], "작성자 자진 삭제로 게시물 없음")], 1)
)
case(
    name="naver-html-kcsc-table",
    date=date(5, 18, 3),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("RE: [KCSC-240903-01]", "시정요구 조치결과 (1차분 5건)"),
    reply_to_req="req-240903-01",
    raw_mime=alternative(
        "=_nv_b371_2",
        "조치결과 1차분 5건은 HTML 본문의 표를 참고하여 주십시오.\n",
        f"""<html><body style="font-family:'Malgun Gothic'">
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>KCSC-240903-01 건 중 1차 검토를 마친 5건의 조치결과를 아래 표로 회신드립니다.
나머지 7건은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치일자</th><th>조치결과</th></tr>
{HTML_ROWS}</table>
<p>감사합니다.<br>NAVER 정책지원팀</p>
</body></html>""",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 HTML table (연번/URL/조치일자/조치결과)",
    why="HTML table row per URL: 삭제 and 블라인드 removed, 국내 접근 제한 restricted, 작성자 자진 삭제 not_found; the other seven are only promised.",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found"},
)

CSV_TEXT = "\ufeff순번,URL,조치결과,비고\n" + "".join(
    f"{i},{u},{r},{note}\n" for i, (u, r, note) in enumerate([
        (N[5], "게시중단", ""),
        (N[6], "게시중단", "재검토 결과 위반 확인"),
        (N[7], "게시물 없음", "URL 확인 불가"),
        (N[8], "임시조치", "30일 후 삭제 예정"),
        (N[9], "게시중단", ""),
        (N[10], "게시 유지", "위반 사항 확인되지 않음(일반 후기글)"),
        (N[11], "게시중단", "채널 이용 제한 병행"),
    ], 6)
)
case(
    name="naver-csv-attachment",
    date=date(9, 11, 27),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("RE: [KCSC-240903-01]", "시정요구 조치결과 2차분(첨부)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_csv_371"

--=_nv_csv_371
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 시정요구 건의 나머지 7건(6번~12번)에 대한 조치결과를
첨부 CSV 파일로 송부드립니다. 확인 부탁드립니다.

감사합니다.
{SIGN_NAVER}
--=_nv_csv_371
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--=_nv_csv_371--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (순번,URL,조치결과,비고)",
    why="CSV rows: 게시중단 removed, 게시물 없음 not_found, 임시조치 restricted, 게시 유지 with reason rejected.",
    items={N[5]: "removed", N[6]: "removed", N[7]: "not_found", N[8]: "restricted",
           N[9]: "removed", N[10]: "rejected", N[11]: "removed"},
)

case(
    name="naver-r7-korean-url",
    date=date(14, 10, 2),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("[KCSC-240913-07]", "조치 결과 안내"),
    reply_to_req="req-240913-07",
    body=f"""
안녕하세요, 네이버입니다.

9월 13일 요청하신 건의 처리 결과를 알려드립니다.

대상 URL: {R7_RAW}
조치 결과: 게시중단(삭제) 완료
조치 일시: 2024-09-14 09:40

해당 콘텐츠는 미등록 대부업 광고로 확인되어 네이버 인플루언서 운영정책에 따라
게시중단하였습니다.
{SIGN_NAVER}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER single-item 게시중단 결과 안내 (대상 URL / 조치 결과 lines)",
    why="The one requested URL, written raw with its Korean path, 게시중단(삭제) 완료: removed.",
    items={R7: "removed"},
)

case(
    name="naver-r7-sole-no-url",
    date=date(16, 15, 31),
    **{"from": "lee.jiwon@navercorp.com"},
    name_from=enc("이지원"),
    subject=subj("Re: [KCSC-240913-07]", "시정요구 통보"),
    reply_to_req="req-240913-07",
    body=f"""
안녕하세요, 네이버 정책지원팀 이지원입니다.

요청하신 게시물 1건은 9월 14일자로 삭제 조치하였습니다.
업무에 참고 부탁드립니다.

이지원 드림

{gmail_quote("2024년 9월 13일 (금) 오전 9:15", kcsc_request("KCSC-240913-07", [R7_RAW]))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="short staff reply top-posted over a Gmail-quoted request (…님이 작성:)",
    why="One-item request; an unhedged 'the one post was deleted' naming no URL applies to that item; the URL appears only in the quote.",
    items={R7: "removed"},
)

case(
    name="naver-top-posted-over-quote",
    date=date(4, 17, 55),
    **{"from": "park.minseo@navercorp.com"},
    name_from=enc("박민서"),
    subject=subj("Re: [KCSC-240903-01]", "시정요구 통보"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 카페 운영팀 박민서입니다.
카페 게시글 관련하여 먼저 처리된 부분만 회신드립니다.

{N[2]} - 게시중단
{N[3]} - 게시중단
{N[4]} - 임시조치 (작성자 이의제기 기간 30일)

블로그·지식iN 등 나머지 URL은 각 서비스 담당 부서에서 별도로 회신 예정입니다.

{gmail_quote("2024년 9월 3일 (화) 오전 10:05", kcsc_request("KCSC-240903-01", N))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="staff reply top-posted over the regulator's request quoted with '>' (Gmail style)",
    why="Three cafe URLs with a status each above the quote; the quoted list speaks about nothing.",
    items={N[2]: "removed", N[3]: "removed", N[4]: "restricted"},
)

case(
    name="naver-fullwidth-and-particle",
    date=date(10, 9, 48),
    **{"from": "blog-safety@naver.com"},
    name_from=enc("네이버 블로그 고객센터"),
    subject=subj("[KCSC-240903-01]", "블로그 게시물 처리 결과"),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물 중 lucky_ferry 블로그 2건의 처리 결과입니다.

{N[8]}（블라인드 처리 완료）
{N[9]}은 원 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

블라인드 처리된 게시물은 작성자의 소명이 없을 경우 정책에 따라 최종 삭제됩니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog customer-centre reply with full-width brackets and a Korean particle glued to the URL",
    why="223520117733 블라인드 처리 완료 removed; 223520117790(+은) deleted by its author, not_found.",
    items={N[8]: "removed", N[9]: "not_found"},
)

case(
    name="naver-url-below-statement",
    date=date(11, 14, 6),
    **{"from": "kin-ops@navercorp.com"},
    name_from=enc("네이버 지식iN 운영팀"),
    subject=subj("[KCSC-240903-01]", "지식iN / 포스트 게시물 처리 안내"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요. 네이버 지식iN·포스트 운영팀입니다.

아래 지식iN 질문은 불법 사행성 사이트 홍보로 확인되어 운영자 삭제 처리되었습니다.
{N[7]}

아래 포스트는 해당 번호의 콘텐츠가 존재하지 않습니다.
작성자 탈퇴로 함께 삭제된 것으로 확인됩니다.
{N[6]}

문의 사항은 회신 주시면 확인 후 답변드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 지식iN operator reply: statement first, URL on the line below",
    why="kin question 운영자 삭제 removed; post 'does not exist' (the 'appears' sentence only explains why) not_found.",
    items={N[7]: "removed", N[6]: "not_found"},
)

case(
    name="naver-qp-long-urls",
    date=date(12, 13, 20),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject="RE: [KCSC-240903-01] " + enc("추가 회신 (포스트, 카페)"),
    reply_to_req="req-240903-01",
    raw_mime=mime_qp(f"""
안녕하세요, 네이버 정책지원팀입니다.

지난 회신에 누락된 2건의 조치 결과를 추가로 말씀드립니다.

- {N[6]} : 게시중단 완료 (재검토 결과 도박 사이트 주소가 이미지에 포함된 것을 확인)
- {N[10]} : 조치하지 않음 - 해당 글은 도박 피해 상담 카페의 경험담으로, 홍보 목적이 확인되지 않아 게시를 유지합니다.

감사합니다.
"""),
    outcome="applied",
    classification="confirmation",
    imitates="quoted-printable portal reply with long URLs split by soft line breaks",
    why="post URL 게시중단 완료 removed; cafe article kept with a reason, rejected.",
    items={N[6]: "removed", N[10]: "rejected"},
)

case(
    name="naver-echoed-report",
    date=date(7, 11, 15),
    **{"from": "noreply-report@naver.com"},
    name_from=enc("네이버 신고센터"),
    subject=subj("[KCSC-240903-01]", "신고하신 게시물의 처리 결과를 알려드립니다"),
    body=f"""
[네이버 신고센터] 신고 처리 결과 안내

방송통신심의위원회님, 접수하신 신고에 대한 처리 결과입니다.

■ 신고 번호: RPT-20240903-58821
■ 신고 URL: {N[0]}
■ 신고 사유: 불법 사행성·도박
■ 처리 결과: 게시중단

■ 신고 번호: RPT-20240903-58822
■ 신고 URL: {N[1]}
■ 신고 사유: 불법 사행성·도박
■ 처리 결과: 미조치 (게시물 내 도박 관련 내용이 확인되지 않아 유지)

본 메일은 발신 전용입니다. 처리 결과에 이의가 있으신 경우 신고센터에서 재신고해 주세요.
https://help.naver.com/report/reconsider
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report fields (신고 URL / 신고 사유 / 처리 결과)",
    why="Echoed report blocks: first 게시중단 removed, second 미조치 with its reason rejected; the help link is no item.",
    items={N[0]: "removed", N[1]: "rejected"},
)

case(
    name="naver-angle-brackets",
    date=date(13, 10, 40),
    **{"from": "tv-ops@navercorp.com"},
    name_from="NAVER TV Ops",
    subject=subj("Re: [KCSC-240903-01]", "카페/TV 게시물 조치"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요, 네이버 TV·카페 운영 담당입니다.

요청하신 항목 중 아래 두 건 조치 완료되어 회신드립니다.

 * <{a}> : 게시중단
 * <{b}> : 임시조치(국내 노출 제한)

나머지는 앞서 정책지원팀에서 회신드린 내용을 참고 부탁드립니다.
""".format(a=N[10], b=N[11]),
    outcome="applied",
    classification="confirmation",
    imitates="operator bullet list with URLs in angle brackets",
    why="cafe article 게시중단 removed; TV clip 임시조치 restricted.",
    items={N[10]: "removed", N[11]: "restricted"},
)

# ======================= Kakao / Daum / Tistory =======================

case(
    name="kakao-imsijochi-notice",
    date=date(6, 10, 12),
    **{"from": "rights-report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=subj("[KCSC-240905-02]", "권리침해 신고 게시물 임시조치 안내"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대하여
「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라
아래와 같이 임시조치하였음을 안내드립니다.

[대상 게시물]
1) {K[0]}
2) {K[1]}

[조치 내용] 임시조치(게시물 접근 차단), 조치일 2024.09.06
[조치 기간] 30일 (기간 내 게시자의 재게시 요청이 없으면 삭제됩니다)

티스토리 게시물 2건은 티스토리 담당 부서에서 별도로 회신드릴 예정입니다.
{SIGN_KAKAO}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 권리침해 임시조치 안내 mail (정보통신망법 제44조의2)",
    why="Both Daum cafe posts under 임시조치 (접근 차단 for 30 days): restricted; the tistory posts are only promised.",
    items={K[0]: "restricted", K[1]: "restricted"},
)

case(
    name="kakao-tistory-mixed",
    date=date(9, 16, 30),
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=subj("Re: [KCSC-240905-02]", "티스토리 게시글 조치 결과"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청주신 티스토리 게시글 2건 검토 결과 알려드립니다.

{K[2]}
→ 마약류 판매 연락처가 포함되어 있어 게시중단 처리하였습니다.

{K[3]}
→ 마약 중독 치료 경험을 다룬 글로, 판매·알선 내용이 없어 운영정책 위반이 아니라고
  판단하였습니다. 게시글은 유지됩니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operator reply, URL then arrow line with the result",
    why="57 게시중단 removed; 61 kept with a stated reason, rejected.",
    items={K[2]: "removed", K[3]: "rejected"},
)

case(
    name="kakao-base64-all-four",
    date=date(10, 19, 2),
    **{"from": "rights-report@kakaocorp.com"},
    name_from="Kakao Customer Center",
    subject=subj("[KCSC-240905-02]", "시정요구 조치 결과 최종 회신"),
    reply_to_req="req-240905-02",
    raw_mime=mime_b64(f"""
방송통신심의위원회 담당자님께

카카오입니다. 시정요구 KCSC-240905-02 건에 대한 최종 조치 결과를 회신드립니다.

1. {K[0]}
   결과: 삭제 (임시조치 기간 중 운영정책 위반 확정)
2. {K[1]}
   결과: 삭제
3. {K[2]}
   결과: 해당 페이지 없음 (블로그 운영자가 게시글을 삭제함)
4. {K[3]}
   결과: 청소년 유해 게시물로 지정하여 성인 인증 후 열람 가능하도록 제한

카카오 드림
"""),
    outcome="applied",
    classification="confirmation",
    imitates="base64-encoded Kakao final result mail (numbered list, 결과: line under each URL)",
    why="Two 삭제 removed; 페이지 없음 (author deleted) not_found; adult-verification gate is an age restriction, restricted.",
    items={K[0]: "removed", K[1]: "removed", K[2]: "not_found", K[3]: "restricted"},
)

case(
    name="kakao-r6-outlook-top-posted",
    date=date(13, 11, 5),
    **{"from": "cafe-safety@kakaocorp.com"},
    name_from=enc("다음카페 운영팀"),
    subject="RE: [KCSC-240912-06] " + enc("시정요구 통보"),
    reply_to_req="req-240912-06",
    body=f"""
안녕하세요, 다음카페 운영팀입니다.

요청하신 게시글({K6})은 블라인드 처리되어 더 이상 열람할 수 없습니다.
해당 카페에는 운영정책 위반 경고도 함께 부여하였습니다.

감사합니다.

{outlook_quote("Thursday, September 12, 2024 2:10 PM", "[KCSC-240912-06] 시정요구 통보", kcsc_request("KCSC-240912-06", [K6]))}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook-style top-posted reply (-----Original Message-----) from a Daum cafe operator",
    why="The one URL, in brackets followed by the particle 은, 블라인드 처리: removed.",
    items={K6: "removed"},
)

case(
    name="kakao-cafe-blind-closure",
    date=date(11, 9, 30),
    **{"from": "cafe-safety@kakaocorp.com"},
    name_from=enc("다음카페 운영팀"),
    subject=subj("[KCSC-240905-02]", "카페 이용제한(블라인드) 조치 안내"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 다음카페 운영팀입니다.

요청하신 게시글이 속한 카페 'bluewave_trade'를 확인한 결과, 카페 전체가 마약류 거래를
목적으로 운영되고 있어 카페 전체에 블라인드 조치를 적용하였습니다.
이에 따라 아래 게시글 2건도 블라인드 처리되어 누구도 열람할 수 없습니다.

- {K[0]}
- {K[1]}

블라인드 적용 후 30일 이내 소명이 없으면 카페는 폐쇄되며 모든 게시글이 삭제됩니다.
블라인드 제도 안내: https://cs.daum.net/faq/cafe/blind
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe 블라인드 (whole-cafe restriction) notice",
    why="Whole cafe blinded, both named posts stated blinded and unreadable by anyone: removed; the help page is no item.",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kakao-r6-english",
    date=date(14, 8, 50),
    **{"from": "global-trust@kakao.com"},
    name_from="Kakao Trust & Safety",
    subject="[KCSC-240912-06] Result of your request",
    reply_to_req="req-240912-06",
    body=f"""
Dear KCSC team,

Thank you for your request of 12 September.

The post {K6} has been removed for violating the Daum Cafe Operation Policy
(sale of narcotics). The member who posted it has been permanently restricted from the cafe.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="English-language Kakao trust-and-safety reply",
    why="Named post 'has been removed': removed.",
    items={K6: "removed"},
)

# ======================= YouTube Korea =======================

case(
    name="youtube-ko-legal-block",
    date=date(9, 20, 14),
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=subj("[KCSC-240906-03]", "YouTube 법적 삭제 요청 처리 결과"),
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청하신 콘텐츠를 검토하여 다음과 같이
조치하였습니다.

- {Y[0]}
  대한민국 현지 법률에 따라 대한민국 도메인에서 액세스를 차단했습니다.
- {Y[1]}
  대한민국 현지 법률에 따라 대한민국 도메인에서 액세스를 차단했습니다.
- {Y[2]}
  커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

YouTube는 받은 법적 요청의 사본을 Lumen 프로젝트에 보낼 수 있습니다.
자세한 내용: https://support.google.com/youtube/answer/legal-removals

YouTube 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome mail in Korean (country block vs. global guideline removal)",
    why="Two videos blocked in Korea only, restricted; the short removed for guideline violation, removed.",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="youtube-en-mixed",
    date=date(10, 3, 12),
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240906-03] Legal removal request",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Thanks for reaching out to YouTube. We reviewed the content you reported.

We have blocked access to the following video in South Korea based on local law:
{Y[0]}

We were unable to locate the following content. It was removed by the uploader
before our review:
{Y[2]}

We will send a separate update about the remaining video in your request.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support outcome in English (blocked in country / unable to locate)",
    why="First video blocked in South Korea, restricted; the short unable to locate / removed by uploader, not_found; the third only promised.",
    items={Y[0]: "restricted", Y[2]: "not_found"},
)

YT_HTML = f"""<html><body>
<p>안녕하세요,</p>
<p>제출하신 요청(KCSC-240906-03)에 대한 검토 결과를 알려드립니다.</p>
<ul>
<li><a href="{Y[1]}">{Y[1]}</a><br>
연령 제한을 적용했습니다. 이제 로그인한 만 18세 이상 사용자만 이 동영상을 볼 수 있습니다.</li>
<li><a href="{Y[0]}">{Y[0]}</a><br>
YouTube 정책 및 현지 법률을 검토한 결과 이 동영상에 대해서는 조치를 취하지 않기로 결정했습니다.
동영상에 노출 수위가 높은 장면이 확인되지 않았습니다.</li>
</ul>
<p>법원 명령 등 추가 자료가 있으면 <a href="https://support.google.com/legal/contact/lr_kr">이 양식</a>으로 제출해 주세요.</p>
<p>감사합니다.<br>YouTube 팀</p>
</body></html>"""
case(
    name="youtube-html-ko",
    date=date(12, 6, 33),
    **{"from": "legal-kr@google.com"},
    name_from="YouTube",
    subject=subj("[KCSC-240906-03]", "요청 검토 결과"),
    reply_to_req="req-240906-03",
    raw_mime=alternative(
        "=_yt_b371_alt",
        "이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.\n",
        YT_HTML, text_enc="b64"),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube HTML outcome mail in Korean (age restriction / no action)",
    why="pX0eK4vRz1M age-restricted, restricted; Qm7Lr2xTa9c no action after review with a reason, rejected; the form link is no item.",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

# ======================= DC Inside =======================

case(
    name="dc-operator-informal",
    date=date(11, 22, 47),
    **{"from": "ops_kim@dcinside.com"},
    name_from=enc("디시인사이드 운영자"),
    subject=subj("Re: [KCSC-240910-04]", "게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 거 확인했습니다.

주갤 두 건({D[0]} ,
{D[1]} ) 은 개인정보 노출이라 삭제했고 작성자 IP 차단도 걸어 두었습니다.

코인거래소 마갤 {D[2]} 은 들어가 보니 작성자가 이미 지운 글이라 남아 있는 게 없네요.

나머지 두 개는 갤러리 매니저 쪽 확인 중이라 내일 중으로 다시 말씀드릴게요.

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal DC Inside operator reply (casual register, URLs inside sentences)",
    why="Two stock gallery posts deleted, removed; coin mgallery post already deleted by its writer, not_found; last two only promised.",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-qp-numbered-status-below",
    date=date(13, 15, 0),
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    subject=subj("[KCSC-240910-04]", "시정요구 처리 결과"),
    reply_to_req="req-240910-04",
    raw_mime=mime_qp(f"""
방송통신심의위원회 귀중

디시인사이드입니다. KCSC-240910-04 시정요구 5건의 처리 결과를 회신드립니다.

1. {D[0]}
   - 삭제
2. {D[1]}
   - 삭제
3. {D[2]}
   - 삭제
4. {D[3]}
   - 삭제하지 않음 (특정인을 식별할 수 있는 정보가 없고 게시판 규정 위반이 아님)
5. {D[4]}
   - 존재하지 않는 게시물

(주)디시인사이드 운영팀
"""),
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside 처리 결과 in quoted-printable, numbered URLs with the status on the next line",
    why="1-3 삭제 removed, 4 not deleted with a reason rejected, 5 존재하지 않는 게시물 not_found.",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "rejected", D[4]: "not_found"},
)

case(
    name="dc-mgallery-mixed",
    date=date(12, 18, 20),
    **{"from": "ops_kim@dcinside.com"},
    name_from=enc("디시인사이드 운영자"),
    subject=subj("Re: Re: [KCSC-240910-04]", "게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body=f"""
어제 말씀드린 나머지 두 건 결과입니다.

{D[3]}
-> 운영자 삭제했습니다. 해당 글 작성자는 갤러리 이용 차단.

{D[4]}
-> 미니갤 매니저와 같이 확인했는데 실명이나 연락처 같은 개인정보는 없고 단순 비판 글이라
   삭제 대상이 아니라고 판단했습니다. 유지합니다.

운영팀 김 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="follow-up operator reply ('->' result under each URL)",
    why="220198 운영자 삭제 removed; mini gallery post kept with a reason, rejected.",
    items={D[3]: "removed", D[4]: "rejected"},
)

# ======================= BAND =======================

case(
    name="band-both-deleted",
    date=date(12, 10, 10),
    **{"from": "policy@band.us"},
    name_from=enc("BAND 운영정책팀"),
    subject=subj("[KCSC-240911-05]", "요청하신 게시글 조치 완료"),
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

요청하신 밴드 게시글에 대해 아래와 같이 조치를 완료하였습니다.

· {B[0]} — 게시글 삭제
· {B[1]} — 게시글 삭제

해당 밴드는 투자 리딩방 홍보가 반복되어 밴드 리더에게 운영정책 위반 경고를 발송하였습니다.
{SIGN_BAND}
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 운영정책팀 result mail (bulleted URL — result)",
    why="Both named posts 게시글 삭제: removed.",
    items={B[0]: "removed", B[1]: "removed"},
)

case(
    name="band-receipt-plus-result",
    date=date(13, 16, 45),
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=subj("[KCSC-240911-05]", "신고 처리 결과 안내"),
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요. BAND 고객센터입니다.
보내주신 신고가 정상적으로 접수되어 처리되었습니다. (접수번호 BD-0911-30872)

[처리 결과]
{B[0]} : 운영정책 위반(불법 투자 권유)으로 게시글 삭제
{B[1]} : 게시글을 찾을 수 없습니다. 작성자가 이미 삭제한 게시글입니다.

BAND를 이용해 주셔서 감사합니다.
{SIGN_BAND}
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND 신고 접수·처리 mail: receipt sentence followed by item results",
    why="The receipt phrase is followed by unhedged results: post 1204 deleted removed, 1219 deleted by its author not_found.",
    items={B[0]: "removed", B[1]: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-will-act",
    date=date(4, 10, 20),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("RE: [KCSC-240903-01]", "시정요구 건 진행 상황"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 카페 게시글은 현재 카페 매니저 소명 절차가 진행 중입니다.
  - {N[3]}
  - {N[4]}
소명 기간(3영업일)이 지나면 검토 후 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal progress update: 소명 절차 진행 중, 조치 예정",
    why="Only a promise ('게시중단 조치할 예정') about two named URLs: nothing stated, items stay pending.",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="kakao-hedged-appears",
    date=date(7, 14, 0),
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=subj("Re: [KCSC-240905-02]", "티스토리 게시글 관련"),
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

말씀하신 {K[2]} 글은 지금 접속해 보면 이미 삭제된 것으로 보입니다.
{K[3]} 글도 비공개로 전환된 것 같은데, 블로그 운영자가 직접 한 것인지는 확인이 필요합니다.

정확한 내역을 확인한 뒤 다시 연락드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="tentative operator reply ('…것으로 보입니다', '…것 같은데')",
    why="Both statements are hedges (보입니다 / 것 같은데) with a promise to confirm: pending.",
    items={K[2]: "pending", K[3]: "pending"},
)

case(
    name="naver-bulk-all-removed",
    date=date(8, 11, 11),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("RE: [KCSC-240903-01]", "조치 완료 회신"),
    reply_to_req="req-240903-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

9월 3일 통보하신 시정요구(KCSC-240903-01) 대상 게시물 12건은 모두 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 공문 reply: 대상 게시물 N건 모두 조치 완료",
    why="'All 12 posts taken down' without naming each, for a 12-item request: bulk review, items pending.",
    items={},
)

case(
    name="dc-bulk-informal",
    date=date(12, 23, 40),
    **{"from": "ops_lee@dcinside.com"},
    name_from=enc("디시인사이드 운영자"),
    subject=subj("Re: [KCSC-240910-04]", "게시물 삭제 요청"),
    reply_to_req="req-240910-04",
    body="""
안녕하세요 디시 운영팀입니다.
신고해주신 글들 전부 삭제 처리했습니다.
확인 부탁드려요.
""",
    outcome="review",
    review="bulk",
    imitates="terse operator reply 'all the reported posts deleted'",
    why="Collective statement for a 5-item request, no post named: bulk review, items pending.",
    items={},
)

case(
    name="naver-auth-fail",
    auth="fail",
    date=date(5, 9, 2),
    **{"from": "gov-partner@navercorp.com"},
    name_from="NAVER Policy",
    subject=subj("RE: [KCSC-240903-01]", "조치결과 회신"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

{N[0]} 게시중단
{N[1]} 게시중단
{N[5]} 게시중단

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER result list whose DKIM/SPF/DMARC fail",
    why="Statements are clear but the mail fails authentication: untrusted, nothing applied.",
    items={N[0]: "pending", N[1]: "pending", N[5]: "pending"},
)

case(
    name="dc-manager-hanmail",
    date=date(11, 1, 15),
    **{"from": "coin_gall_mgr@hanmail.net"},
    name_from=enc("코인거래소 갤러리 매니저"),
    subject=subj("[KCSC-240910-04]", "마이너 갤러리 글 처리했습니다"),
    body=f"""
안녕하세요, 코인거래소 마이너 갤러리 매니저입니다.
운영팀에서 전달받고 연락드립니다.

{D[2]} 랑 {D[3]} 두 글 제가 매니저 권한으로 삭제했습니다.

혹시 더 필요한 거 있으면 이 메일로 연락 주세요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="Sender is a personal hanmail.net address, not DC Inside's domain: unknown sender, nothing applied.",
    items={D[2]: "pending", D[3]: "pending"},
)

case(
    name="kakao-lookalike-domain",
    date=date(13, 12, 12),
    **{"from": "notice@daum-cs-center.com"},
    name_from=enc("Daum 고객센터"),
    subject=subj("[KCSC-240912-06]", "게시물 조치 완료"),
    body=f"""
방송통신심의위원회 담당자님 안녕하세요.

요청하신 {K6} 게시물은 삭제 완료되었습니다.
처리 확인서를 받으시려면 아래 링크에서 기관 계정으로 로그인해 주세요.
http://daum-cs-center.com/kcsc/confirm?case=240912
""",
    outcome="review",
    review="unknown_sender",
    imitates="phishing-style lookalike of a Daum customer-centre notice",
    why="daum-cs-center.com is no platform domain: unknown sender, the item stays pending.",
    items={K6: "pending"},
)

case(
    name="kakao-daum-search-wrong-platform",
    date=date(6, 13, 33),
    **{"from": "search-policy@kakaocorp.com"},
    name_from=enc("카카오 검색정책팀"),
    subject=subj("[KCSC-240903-01]", "Daum 검색 노출 제외 조치"),
    reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 카카오 검색정책팀입니다.

귀 위원회에서 참조로 보내주신 시정요구 건 관련하여, Daum 검색에서 수집된 아래 문서를
삭제(검색 결과 노출 제외) 처리하였습니다.

{N[0]}

원문 게시물은 네이버 블로그에 있으므로 원문 삭제는 네이버 측에 요청하셔야 합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Daum search delisting notice about another portal's page",
    why="Kakao states an action on a NAVER blog URL (search delisting): another platform's item, wrong_platform.",
    items={N[0]: "pending"},
)

case(
    name="youtube-asks-court-order",
    date=date(8, 4, 25),
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal",
    subject=subj("[KCSC-240906-03]", "추가 정보 요청"),
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다.
{Y[1]} 동영상에 대한 요청을 처리하려면 추가 정보가 필요합니다.

해당 동영상이 위반한다고 판단하신 구체적인 법률 조항과, 위원회 의결서 또는 법원 명령
사본을 이 메일에 회신으로 보내 주시기 바랍니다. 정보를 받는 대로 검토를 계속하겠습니다.

YouTube 법무팀
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="YouTube legal request for more information (law cited, court order copy)",
    why="Platform asks for the legal basis and an order before acting: asks_more, item pending.",
    items={Y[1]: "pending"},
)

case(
    name="band-no-claims-contact-change",
    date=date(17, 10, 0),
    **{"from": "policy@band.us"},
    name_from=enc("BAND 운영정책팀"),
    subject=enc("공공기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. BAND 운영정책팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신
공공기관 전용 접수 페이지(https://band.us/cs/gov-request)로 받습니다.
기존 이메일 주소는 9월 30일까지 운영됩니다.

기관 계정 발급은 위 페이지에서 신청하실 수 있습니다.
감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice about a new public-authority request channel",
    why="Trusted BAND mail naming no item and no request: no_claims.",
    items={},
)

case(
    name="dc-conditional-deletion",
    date=date(11, 17, 5),
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    subject=subj("[KCSC-240910-04]", "처리 예정 안내"),
    reply_to_req="req-240910-04",
    body=f"""
디시인사이드입니다.

아래 게시물은 작성자에게 소명 요청을 보냈습니다.
{D[4]}
7일 이내에 작성자 소명이 없으면 삭제됩니다. 소명이 접수되면 내용을 검토하여 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="conditional deletion notice (소명 없으면 삭제)",
    why="Deletion is conditional and in the future: no statement, item pending.",
    items={D[4]: "pending"},
)

case(
    name="youtube-under-review",
    date=date(7, 2, 8),
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240906-03] Legal removal request",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Your request concerning the videos below is currently under review by our team:

  {Y[0]}
  {Y[1]}

Reviews of government requests can take longer than usual. We'll contact you
as soon as we have an update.

The YouTube Legal Team
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube 'currently under review' status update naming the videos",
    why="'Under review' is no statement; it names requested videos, so review not_understood (not a bare receipt).",
    items={Y[0]: "pending", Y[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office",
    date=date(3, 10, 6),
    **{"from": "choi.hyunwoo@navercorp.com"},
    name_from=enc("최현우"),
    subject=enc("[자동회신]") + " [KCSC-240903-01] " + enc("시정요구 통보"),
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[자동 회신] 9월 2일부터 9월 6일까지 하계 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(gov-partner@navercorp.com)로 연락 부탁드립니다.
복귀 후 확인하여 답변드리겠습니다.

최현우 드림
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동 회신)",
    why="Auto-reply, no statement.",
    items={},
)

case(
    name="kakao-dsn-user-unknown",
    date=date(5, 11, 21),
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b371_k"

--=_dsn_b371_k
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-legal@kakaocorp.com>: host mailstore.kakaocorp.com said:
    550 5.1.1 <cafe-legal@kakaocorp.com>: Recipient address rejected:
    User unknown
--=_dsn_b371_k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: {date(5, 11, 21)}

Final-Recipient: rfc822; cafe-legal@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
--=_dsn_b371_k
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-legal@kakaocorp.com
Subject: [KCSC-240905-02] {enc("시정요구 통보")}
Message-ID: <req-240905-02@kcsc.example>
Date: {date(5, 11, 20)}
--=_dsn_b371_k--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the request's headers",
    why="Delivery failure report: ignored.",
    items={},
)

case(
    name="dc-read-receipt",
    date=date(10, 15, 2),
    **{"from": "report@dcinside.com"},
    name_from="DCinside",
    subject=enc("읽음:") + " [KCSC-240910-04] " + enc("시정요구 통보"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_b371_d"

--=_mdn_b371_d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: report@dcinside.com
제목: [KCSC-240910-04] 시정요구 통보
읽은 시간: 2024-09-10 15:02

이 확인은 수신자 컴퓨터에 메시지가 표시되었음을 의미할 뿐, 내용을 읽었거나 이해했음을
보장하지는 않습니다.
--=_mdn_b371_d
Content-Type: message/disposition-notification

Reporting-UA: report.dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <req-240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--=_mdn_b371_d--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as a multipart/report MDN",
    why="Read receipt, no statement.",
    items={},
)

case(
    name="youtube-ack-ticket",
    date=date(6, 9, 41),
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    subject=subj("[KCSC-240906-03]", "YouTube에서 요청을 접수했습니다"),
    reply_to_req="req-240906-03",
    body="""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 참조 번호는
8-2145000037719입니다. 추후 이 요청과 관련하여 연락하실 때 참조 번호를 함께 알려 주세요.

YouTube 팀

이 메일은 발신 전용 주소에서 발송되었습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="YouTube legal-request receipt with a reference number",
    why="Pure receipt with a ticket number: ignored.",
    items={},
)

case(
    name="band-auto-receipt",
    date=date(11, 10, 31),
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc("문의가 접수되었습니다") + " [KCSC-240911-05]",
    reply_to_req="req-240911-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. BAND 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 BD-0911-30872)
순차적으로 확인 후 답변드리겠습니다. 문의량에 따라 답변이 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="BAND help-desk automatic receipt (접수번호)",
    why="Automatic receipt, no statement: ignored.",
    items={},
)

case(
    name="naver-dsn-delayed",
    date=date(13, 13, 15),
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_b371_n"

--=_dsn_b371_n
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy-archive@navercorp.com

Message will be retried for 2 more day(s)
--=_dsn_b371_n
Content-Type: message/delivery-status

Reporting-MTA: dns; relay3.navercorp.com

Final-Recipient: rfc822; policy-archive@navercorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: {date(15, 13, 15)}
--=_dsn_b371_n
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy-archive@navercorp.com
Subject: [KCSC-240913-07] {enc("시정요구 통보")}
Message-ID: <req-240913-07@kcsc.example>
--=_dsn_b371_n--
""",
    outcome="ignored",
    classification="bounce",
    imitates="delay DSN (Action: delayed, 4.4.7) for the request mail",
    why="Delivery-status notification (delay warning): ignored.",
    items={},
)

case(
    name="kakao-receipt-listing-urls",
    date=date(5, 11, 48),
    **{"from": "rights-report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    subject=subj("[KCSC-240905-02]", "권리침해 신고 접수 완료"),
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

권리침해 신고가 정상적으로 접수되었습니다.

- 접수번호: KR-20240905-117430
- 접수일시: 2024.09.05 11:48
- 신고 대상 URL (4건)
  {K[0]}
  {K[1]}
  {K[2]}
  {K[3]}

담당자가 검토 후 처리 결과를 메일로 안내드립니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao 권리침해 신고 접수 완료 receipt echoing the reported URLs",
    why="Automatic receipt that only echoes the reported URLs; no status for any of them: acknowledgement, ignored.",
    items={K[0]: "pending", K[1]: "pending", K[2]: "pending", K[3]: "pending"},
)

HEADER = """# Blind set 371 (Korean portals: NAVER, Kakao/Daum/Tistory, YouTube Korea,
# DC Inside, BAND). Written by tests/corpus/blind371/make.py; expected results
# written from each email's meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
