#!/usr/bin/env python3
"""Blind set 347 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND). Writes requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind347/make.py

Deterministic: no clock, no randomness. Every expected result below was
written from the meaning of the email alone, before the reader was run.
"""
import base64
import csv
import hashlib
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind347"

# ---------------------------------------------------------------- requests
# NAVER, KCSC-240903-01 (largest, 12 items)
N1 = "https://blog.naver.com/fict_byeol01/223560000101"
N2 = "https://blog.naver.com/fict_byeol01/223560000145"
N3 = "https://blog.naver.com/gureum_fict/223561234567"
N4 = "https://cafe.naver.com/fictjunggo/118822"
N5 = "https://cafe.naver.com/fictjunggo/118830"
N6 = "https://cafe.naver.com/fictmoms2/55001"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470000111"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38000111&memberNo=5550001"
N9 = "https://blog.naver.com/haru_fict/223570000009"
N10 = "https://cafe.naver.com/fictjunggo/119001"
N11 = "https://m.blog.naver.com/saebyeok_fict/223575550000"
N12 = "https://tv.naver.com/v/58000123"
NAVER12 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# Kakao, KCSC-240904-02 (5 items); K3 is stored percent-encoded
K1 = "https://cafe.daum.net/fictlounge/Ab1c/1021"
K2 = "https://cafe.daum.net/fictlounge/Ab1c/1044"
K3_RAW = "https://fict-memo88.tistory.com/entry/정보-공유-모음"
K3 = "https://fict-memo88.tistory.com/entry/" + quote("정보-공유-모음")
K4 = "https://fict-memo88.tistory.com/152"
K5 = "https://story.kakao.com/fict_sora/Kd93mQ1xZa0"

# YouTube, KCSC-240905-03 (4 items)
Y1 = "https://www.youtube.com/watch?v=Qm7fKx2LpA0"
Y2 = "https://www.youtube.com/watch?v=Tz91bWc4RdE"
Y3 = "https://youtu.be/Hn5sVq8JkP3"
Y4 = "https://www.youtube.com/shorts/Lw2yXe6NcU9"

# DC Inside, KCSC-240906-04 (3 items)
D1 = "https://gall.dcinside.com/board/view/?id=fictgall&no=880123"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=fict_minor&no=45210"
D3 = "https://gall.dcinside.com/board/view/?id=fictgall&no=880456"

# BAND, KCSC-240909-05 (2 items)
B1 = "https://band.us/band/88001234/post/301"
B2 = "https://band.us/band/88001234/post/305"

# NAVER, KCSC-240910-06 (1 item)
N13 = "https://blog.naver.com/fict_dalbit/223511112222"

# Kakao, KCSC-240911-07 (1 item)
K6 = "https://cafe.daum.net/fictstock/Gh7j/77"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", NAVER12, "illegal_info",
     "kcsc-req-240903-01@kcsc.example", "NAVER blog/cafe/KiN/post/TV, 12 items"),
    ("KCSC-240904-02", "kakao", "2024-09-04", "2024-09-11", [K1, K2, K3, K4, K5], "defamation",
     "kcsc-req-240904-02@kcsc.example", "Daum cafe, Tistory, KakaoStory"),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", [Y1, Y2, Y3, Y4], "illegal_info",
     "kcsc-req-240905-03@kcsc.example", "YouTube videos and a Short"),
    ("KCSC-240906-04", "dcinside", "2024-09-06", "2024-09-13", [D1, D2, D3], "privacy",
     "kcsc-req-240906-04@kcsc.example", "DC Inside gallery posts"),
    ("KCSC-240909-05", "band", "2024-09-09", "2024-09-16", [B1, B2], "illegal_info",
     "kcsc-req-240909-05@kcsc.example", "BAND posts in one public band"),
    ("KCSC-240910-06", "naver", "2024-09-10", "2024-09-17", [N13], "defamation",
     "kcsc-req-240910-06@kcsc.example", "one NAVER blog post"),
    ("KCSC-240911-07", "kakao", "2024-09-11", "2024-09-18", [K6], "defamation",
     "kcsc-req-240911-07@kcsc.example", "one Daum cafe post"),
]

R1, R2, R3, R4, R5, R6, R7 = [r[6].split("@")[0] for r in REQUESTS]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    """parts: list of (header_lines_str, body_str)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    out.append("This is a multi-part message in MIME format.")
    out.append("")
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.append(hdrs.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def plain_part(text, enc="8bit"):
    if enc == "base64":
        return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64", b64(text))
    if enc == "quoted-printable":
        return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable", qp(text))
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit", text)


def html_part(html, enc="base64"):
    if enc == "base64":
        return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64", b64(html))
    return ("Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable", qp(html))


def h(s):
    return s.replace("&", "&amp;")


QUOTED_REQUEST_LINES = [
    "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
    "",
    "아래 정보는 위원회 심의 결과 정보통신망법 제44조의7에 해당하는 불법정보로",
    "의결되었으므로, 시정요구(KCSC-240903-01)에 따라 조치 후 결과를 회신하여",
    "주시기 바랍니다. 회신 기한: 2024. 9. 10.",
    "",
] + [f"{i}. {u}" for i, u in enumerate(NAVER12, 1)] + [
    "",
    "방송통신심의위원회 통신심의국 드림",
]


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# 1 ------------------------------------------------------------------ NAVER
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    date="Thu, 05 Sep 2024 14:20:11 +0900",
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신",
    reply_to_req=R1,
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 통신심의국 담당자
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 3. 요청한 시정요구(KCSC-240903-01)와 관련하여, 당사
   서비스에 게재된 정보 중 아래 6건에 대한 조치 결과를 다음과 같이 회신합니다.
   나머지 6건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

                              - 아    래 -

 번호 | 대상 URL                                         | 조치 결과
 -----+--------------------------------------------------+------------------------------------
  1   | {N1} | 삭제
  2   | {N2} | 삭제
  3   | {N3}  | 게시중단
  4   | {N4}         | 기삭제 (게시자 본인 삭제, 게시물 없음)
  5   | {N5}         | 삭제
  6   | {N6}           | 미조치 (운영정책 위반 사항 없음, 게시 유지)

3. 추가 문의는 정책협력팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책협력팀
경기도 성남시 분당구 (가상 주소) | Tel. 1588-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 회신 with a plain-text table (portal policy team)",
    why="six rows with unhedged results: 삭제/게시중단 removed, 기삭제 not_found, 미조치 (no violation) rejected; the other six only promised",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "removed", N6: "rejected"},
)

# 2 HTML table, all 12, base64
_rows2 = [
    (N1, "삭제", "2024.09.06"), (N2, "삭제", "2024.09.06"), (N3, "게시중단", "2024.09.06"),
    (N4, "임시조치 (30일)", "2024.09.06"), (N5, "기삭제 (게시자 삭제)", "-"),
    (N6, "미조치 (위반 소지 없음, 단순 의견 게시물)", "-"), (N7, "삭제", "2024.09.06"),
    (N8, "블라인드", "2024.09.06"), (N9, "게시물 없음 (존재하지 않는 URL)", "-"),
    (N10, "삭제", "2024.09.06"), (N11, "비공개 처리", "2024.09.06"),
    (N12, "청소년 이용불가(연령 제한) 설정", "2024.09.06"),
]
_html2 = (
    "<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">"
    "<p>안녕하세요, 네이버 정책협력팀입니다.</p>"
    "<p>방송통신심의위원회 시정요구 <b>KCSC-240903-01</b>에 대한 조치 결과를 아래 표와 같이 회신드립니다.</p>"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
    "<tr style=\"background:#03c75a;color:#fff\"><th>No.</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>"
    + "".join(
        f"<tr><td>{i}</td><td><a href=\"{h(u)}\">{h(u)}</a></td><td>{r}</td><td>{d}</td></tr>"
        for i, (u, r, d) in enumerate(_rows2, 1)
    )
    + "</table>"
    "<p>조치 기준은 <a href=\"https://policy.naver.com/policy/service_group.html\">네이버 서비스 운영정책</a>을 참고해 주십시오.</p>"
    "<p>네이버 주식회사 정책협력팀 드림</p></body></html>"
)
case(
    name="naver-html-table-all12-base64",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책협력팀",
    date="Fri, 06 Sep 2024 17:45:02 +0900",
    subject="RE: 시정요구 KCSC-240903-01 조치결과",
    reply_to_req=R1,
    raw_mime=multipart("alternative", "==nv_2409_alt_01", [
        plain_part("본 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주십시오."),
        html_part(_html2),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER-style 시정요구 조치결과 HTML table (base64 HTML, plain part only a notice)",
    why="every one of the twelve rows carries an unhedged result",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "rejected", N7: "removed", N8: "removed", N9: "not_found", N10: "removed",
           N11: "removed", N12: "restricted"},
)

# 3 임시조치 notice
case(
    name="naver-imsijochi-notice-kin-post",
    **{"from": "right_noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 09:12:40 +0900",
    subject="[네이버 권리보호센터] 게시중단 요청 처리 결과 안내 (임시조치)",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회(요청번호 KCSC-240903-01)에서 접수하신 게시중단 요청 중
아래 게시물에 대해 정보통신망법 제44조의2에 따라 임시조치를 완료하였습니다.

  · 지식iN 답변: {N7}
  · 네이버 포스트: <{N8}>

임시조치된 게시물은 30일간 다른 이용자가 볼 수 없으며, 게시자가 그 기간 안에
재게시를 요청하지 않으면 삭제됩니다. 게시자의 재게시 요청이 있을 경우 관련
절차에 따라 별도로 안내해 드립니다.

게시중단 절차 안내: https://help.naver.com/service/5607/contents/18911
재게시 요청(게시자용): https://right.naver.com/repost/form

※ 본 메일은 발신 전용입니다. 문의는 권리보호센터 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 완료 notice (30-day temporary measure, repost procedure)",
    why="임시조치 completed for both named items: restricted; the help and repost-form links are not items",
    items={N7: "restricted", N8: "restricted"},
)

# 4 CSV attachment
_csv4 = "\ufeff" + "\r\n".join([
    "번호,URL,조치결과,조치일시,비고",
    f"9,{N9},삭제,2024-09-09 11:02,",
    f"10,{N10},게시중단,2024-09-09 11:05,카페 매니저 통보",
    f"11,{N11},비공개 처리,2024-09-09 11:07,",
    f"12,{N12},해당 없음,-,존재하지 않는 영상(재생 불가 URL)",
]) + "\r\n"
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    date="Mon, 09 Sep 2024 15:30:00 +0900",
    subject="[회신] KCSC-240903-01 잔여 6건 중 4건 조치결과 (첨부)",
    reply_to_req=R1,
    raw_mime=multipart("mixed", "==nv_2409_mix_04", [
        plain_part("""안녕하세요, 네이버 정책협력팀입니다.

시정요구 KCSC-240903-01 관련하여 지난 회신에서 남은 건 가운데 4건의 조치결과를
첨부 CSV 파일로 송부드립니다. 나머지 2건은 확인 후 다시 연락드리겠습니다.

감사합니다.
네이버 정책협력팀 드림"""),
        ("Content-Type: text/csv; charset=utf-8; name=\"KCSC-240903-01_result_2.csv\"\n"
         "Content-Disposition: attachment; filename=\"KCSC-240903-01_result_2.csv\"\n"
         "Content-Transfer-Encoding: base64", b64(_csv4)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (UTF-8 with BOM, CRLF)",
    why="CSV rows: 삭제/게시중단/비공개 처리 removed, 해당 없음 with 존재하지 않는 영상 not_found",
    items={N9: "removed", N10: "removed", N11: "removed", N12: "not_found"},
)

# 5 promise
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀 김하늘",
    date="Wed, 04 Sep 2024 18:03:27 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 통지",
    reply_to_req=R1,
    body=f"""
안녕하세요, 네이버 정책협력팀 김하늘입니다.

보내주신 시정요구 잘 받았습니다. 이 중 블로그 게시물 2건

{N1}
{N2}

은 내부 검토를 거쳐 이번 주 안에 순차적으로 삭제 조치될 예정입니다.
조치가 완료되면 결과를 정리해서 다시 회신드리겠습니다.

김하늘 드림
""",
    outcome="review", review="not_understood",
    imitates="informal portal staff reply promising deletion (조치될 예정입니다)",
    why="a promise of future deletion is no statement; both items stay pending",
    items={N1: "pending", N2: "pending"},
)

# 6 top-posted over Gmail-quoted request
case(
    name="naver-top-posted-one-over-quote",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    date="Wed, 04 Sep 2024 10:41:55 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=R1,
    body=f"""
안녕하세요, 네이버 정책지원 박지윤입니다.

요청 목록 중 아래 게시물은 오늘 오전 삭제 처리했습니다.
{N9}

나머지 게시물은 서비스별 담당 부서에서 확인 중입니다.

2024년 9월 3일 (화) 오후 4:02, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quoted(QUOTED_REQUEST_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply by a portal employee over the quoted request",
    why="only N9 is stated deleted above the quote; the twelve quoted URLs are our own request",
    items={N9: "removed"},
)

# 7 one-item request, no URL
case(
    name="naver-one-item-request-sole",
    **{"from": "right_noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Thu, 12 Sep 2024 10:05:13 +0900",
    subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
    reply_to_req=R6,
    body="""
안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240910-06으로 요청하신 게시물에 대하여 검토를 마쳤으며,
서비스 운영정책에 따라 해당 게시물을 삭제 조치하였음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 processing notice naming the request but not the URL",
    why="the request has one item, so the single unhedged 삭제 statement applies to it",
    items={N13: "removed"},
)

# 8 bulk on 12-item request
case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    date="Sat, 07 Sep 2024 11:20:00 +0900",
    subject="[회신] KCSC-240903-01 조치 완료",
    reply_to_req=R1,
    body="""
방송통신심의위원회 담당자님께,

KCSC-240903-01로 요청하신 게시물 12건은 모두 게시중단 조치를 완료하였습니다.
건별 상세 내역이 필요하시면 말씀해 주세요.

네이버 정책협력팀 드림
""",
    outcome="review", review="bulk",
    imitates="short 조치 완료 reply covering a whole request without listing URLs",
    why="one statement for twelve items, none named: bulk review, all pending",
    items={u: "pending" for u in NAVER12},
)

# 9 auth fail
case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    auth="fail",
    date="Thu, 05 Sep 2024 08:02:44 +0900",
    subject="[회신] KCSC-240903-01 조치결과",
    body=f"""
안녕하세요. 네이버 정책협력팀입니다.

KCSC-240903-01 건 중 {N3} 게시물은 삭제를 완료했습니다.

처리 확인서가 필요하시면 아래 링크에서 내려받으세요.
https://naver-policy-docs.example/download?id=240903
""",
    outcome="review", review="untrusted",
    imitates="NAVER policy-team reply whose DKIM/SPF/DMARC all fail (spoofed)",
    why="claims to be navercorp.com but fails authentication: nothing applied",
    items={N3: "pending"},
)

# 10 acknowledgement
case(
    name="naver-helpdesk-receipt",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 16:10:09 +0900",
    subject="[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0312-7781)",
    reply_to_req=R1,
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-0312-7781
 - 접수일시: 2024.09.03 16:10

담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
문의가 많을 경우 답변이 다소 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용 메일입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 receipt with a ticket number",
    why="pure receipt: nothing about any item",
    items={},
)

# 11 hedge
case(
    name="naver-hedge-seems-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀 이도현",
    date="Tue, 10 Sep 2024 13:31:08 +0900",
    subject="Re: [KCSC-240903-01] 잔여 건 문의",
    reply_to_req=R1,
    body=f"""
안녕하세요, 이도현입니다.

문의주신 카페 게시물 {N10} 은 확인해 보니
이미 삭제된 것으로 보입니다. 다만 카페 운영진이 지운 것인지, 작성자가 직접
지운 것인지는 아직 확인이 되지 않아서 확인되는 대로 다시 알려드리겠습니다.

이도현 드림
""",
    outcome="review", review="not_understood",
    imitates="informal portal staff reply with a hedge (삭제된 것으로 보입니다)",
    why="'seems already deleted' with the cause still being checked is a hedge, not a statement",
    items={N10: "pending"},
)

# 12 블라인드 + help links
case(
    name="naver-cafe-blind-with-help-links",
    **{"from": "cafe_noreply@navercorp.com"},
    name_from="네이버 카페",
    date="Thu, 05 Sep 2024 19:48:21 +0900",
    subject="[네이버 카페] 신고하신 게시글 처리 결과 안내",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

KCSC-240903-01 요청으로 신고해 주신 아래 게시글은 카페 운영정책 위반이 확인되어
블라인드 처리되었습니다.

게시글 주소: {N5}

블라인드 처리된 게시글은 카페 회원을 포함한 누구에게도 노출되지 않습니다.

카페 운영정책: https://cafe.naver.com/cafeinfo/policy
이의 신청 안내: https://help.naver.com/service/5626/contents/9088
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 신고 처리 결과 notice (블라인드) with policy and appeal links",
    why="블라인드 of the named post is removal; policy and help links are not items",
    items={N5: "removed"},
)

# 13 wrong platform (BAND item from NAVER)
case(
    name="naver-states-band-item",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    date="Wed, 11 Sep 2024 16:22:37 +0900",
    subject="BAND 게시글 관련 회신",
    body=f"""
안녕하세요, 네이버 정책협력팀입니다.

위원회에서 KCSC-240909-05로 요청하신 BAND 게시글 관련하여, BAND가 당사
계열 서비스여서 저희 쪽에서도 함께 확인하였습니다.

{B1}
→ 해당 게시글은 삭제되었습니다.

BAND 관련 정식 회신은 BAND 운영팀에서 별도로 드릴 예정입니다.

네이버 정책협력팀 드림
""",
    outcome="review", review="wrong_platform",
    imitates="group-company staff reply stating the result for a sister service's item",
    why="navercorp.com is not a sender of the band platform: statement about a BAND item goes to review",
    items={B1: "pending"},
)

# 14 MDN
case(
    name="naver-read-receipt",
    **{"from": "jiyoon.park@navercorp.com"},
    name_from="박지윤",
    date="Wed, 04 Sep 2024 09:03:12 +0900",
    subject="읽음: [KCSC-240903-01] 불법정보 시정요구",
    raw_mime=multipart("report", "==mdn_nv_14", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "2024-09-03 16:02에 보낸 메일을 수신인이 2024-09-04 09:03에 읽었습니다.\n"
         "이 확인은 메일이 화면에 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 뜻은 아닙니다."),
        ("Content-Type: message/disposition-notification",
         "Reporting-UA: mail.navercorp.com; Outlook\n"
         "Final-Recipient: rfc822;jiyoon.park@navercorp.com\n"
         f"Original-Message-ID: <{R1}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (MDN, 읽음)",
    why="a read receipt says nothing about items",
    items={},
)

# 15 out of office
case(
    name="naver-ooo-chuseok",
    **{"from": "dohyun.lee@navercorp.com"},
    name_from="이도현",
    date="Mon, 16 Sep 2024 00:00:41 +0900",
    subject="[자동회신] Re: [KCSC-240903-01] 잔여 6건 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이도현입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하여 답변드리겠습니다.
급한 건은 정책협력팀 대표 메일(policy@navercorp.com)로 보내 주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply: ignored",
    items={},
)

# 16 Kakao prose 공문
case(
    name="kakao-right-center-prose",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 11:14:52 +0900",
    subject="[카카오] 시정요구(KCSC-240904-02) 조치 결과 회신",
    reply_to_req=R2,
    body=f"""
방송통신심의위원회 귀중

안녕하세요. 카카오 권리침해신고센터입니다.
귀 위원회의 시정요구(KCSC-240904-02)에 따른 조치 결과를 다음과 같이 알려드립니다.

다음카페 게시글 {K1} 은 게시중단(삭제) 조치하였으며, 같은 카페의
{K2} 은 권리침해 여부를 당사가 판단하기 어려워 정보통신망법
제44조의2 제4항에 따라 30일간 임시조치하였습니다.

티스토리 게시글 {K3_RAW} 는 블로그 운영자에게
통보한 뒤 삭제하였습니다.

나머지 2건은 확인이 끝나는 대로 추가로 회신드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 공문-style prose reply (게시중단, 임시조치)",
    why="K1 게시중단(삭제) removed, K2 임시조치 restricted, K3 (raw Korean path + particle) removed",
    items={K1: "removed", K2: "restricted", K3: "removed"},
)

# 17 Tistory list with angle brackets / parentheses
case(
    name="kakao-tistory-bracketed-list",
    **{"from": "tistory_cs@kakaocorp.com"},
    name_from="티스토리 고객센터",
    date="Mon, 09 Sep 2024 14:06:33 +0900",
    subject="[티스토리] 게시물 신고 처리 결과 (KCSC-240904-02)",
    reply_to_req=R2,
    body=f"""
안녕하세요, 티스토리입니다.

신고해 주신 티스토리 게시물의 처리 결과를 안내드립니다.

■ 처리 결과
 ① <{K3_RAW}>
    → 블라인드 처리 완료
 ② ({K4})
    → 게시자가 이미 삭제하여 해당 글이 존재하지 않습니다.

티스토리 운영정책: https://www.tistory.com/policy/operation

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 신고 처리 결과 notice, circled numbers, URL then result on the next line",
    why="K3 블라인드 removed; K4 already deleted by its author: not_found",
    items={K3: "removed", K4: "not_found"},
)

# 18 Kakao one-item refusal
case(
    name="kakao-one-item-refusal",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 17:55:10 +0900",
    subject="Re: [KCSC-240911-07] 다음카페 게시물 시정요구",
    reply_to_req=R7,
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

요청번호 KCSC-240911-07 관련하여 요청하신 다음카페 게시물을 검토하였습니다.
검토 결과 해당 게시물은 특정인을 지칭하지 않는 일반적인 의견 표명으로,
카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시중단하지 않고
게시를 유지하기로 하였습니다.

위원회의 심의 의결서 등 추가 근거가 있으시면 다시 요청해 주시기 바랍니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal of a single-item request with its reason (게시 유지)",
    why="one-item request, refusal with reason and no URL: rejected (sole statement)",
    items={K6: "rejected"},
)

# 19 asks for documents
case(
    name="kakao-asks-official-letter",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 10:30:44 +0900",
    subject="[카카오] KCSC-240904-02 처리를 위한 서류 요청",
    reply_to_req=R2,
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240904-02로 요청하신 카카오스토리 게시물
{K5}
의 처리를 위해 아래 서류를 회신해 주시기 바랍니다.

 1. 기관 명의의 시정요구 공문 (직인 날인본)
 2. 해당 정보에 대한 심의 의결서 사본

서류 확인 전까지는 해당 건의 처리가 보류되는 점 양해 부탁드립니다.

카카오 권리침해신고센터 드림
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Kakao request for an official letter with seal and the deliberation decision",
    why="asks for documents before acting; K5 stays pending",
    items={K5: "pending"},
)

# 20 DSN
case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 15:02:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "==dsn_daum_20", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "This is the mail system at host mx3.daum.net.\n\n"
         "메일을 전달하지 못했습니다. 수신자 주소가 존재하지 않습니다.\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n"
         "<right-old@daum.net>: host mx3.daum.net[203.0.113.25] said: 550 5.1.1\n"
         "    <right-old@daum.net>: Recipient address rejected: User unknown"),
        ("Content-Type: message/delivery-status",
         "Reporting-MTA: dns; mx3.daum.net\n"
         "Arrival-Date: Wed, 4 Sep 2024 15:02:17 +0900\n\n"
         "Final-Recipient: rfc822; right-old@daum.net\n"
         "Action: failed\n"
         "Status: 5.1.1\n"
         "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown"),
        ("Content-Type: text/rfc822-headers",
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: right-old@daum.net\n"
         "Subject: [KCSC-240904-02] 시정요구 통지\n"
         f"Message-ID: <{R2}@kcsc.example>\n"
         "Date: Wed, 4 Sep 2024 15:02:10 +0900"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN from a Daum MX, 550 5.1.1 user unknown",
    why="bounce: ignored",
    items={},
)

# 21 cafe manager from gmail
case(
    name="kakao-cafe-manager-gmail",
    **{"from": "fictlounge.manager@gmail.com"},
    name_from="라운지매니저",
    date="Fri, 06 Sep 2024 22:47:03 +0900",
    subject="다음카페 fictlounge 게시글 관련 (KCSC-240904-02)",
    body=f"""
안녕하세요~ 다음카페 fictlounge 매니저입니다.

카카오 쪽에서 연락받고 말씀하신 글 두 개 제가 지웠어요.
{K1}
{K2}

혹시 더 지워야 할 글 있으면 이 메일로 알려주세요!
""",
    outcome="review", review="unknown_sender",
    imitates="informal reply from a Daum cafe manager writing from a personal Gmail account",
    why="a cafe operator, not Kakao, from a non-platform domain: unknown_sender, nothing applied",
    items={K1: "pending", K2: "pending"},
)

# 22 partial with pending
case(
    name="kakao-one-done-one-reviewing",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 16:40:05 +0900",
    subject="[카카오] KCSC-240904-02 잔여 건 회신",
    reply_to_req=R2,
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

지난 회신에서 남았던 2건에 대해 알려드립니다.

- 티스토리 {K4} : 삭제 완료
- 카카오스토리 {K5} : 관련 부서에서 검토
  중이며, 결과가 나오면 추가로 회신드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao follow-up: one item done, one still being reviewed",
    why="K4 삭제 완료 removed; K5 under review stays pending",
    items={K4: "removed", K5: "pending"},
)

# 23 Kakao ack
case(
    name="kakao-cs-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오고객센터",
    date="Wed, 04 Sep 2024 15:20:31 +0900",
    subject="[카카오고객센터] 문의 접수 완료 안내 (문의번호 #5520937)",
    reply_to_req=R2,
    body="""
카카오고객센터입니다.

보내주신 문의가 접수되었습니다.
문의번호: #5520937
문의유형: 권리침해 > 게시중단 요청

접수된 순서대로 담당자가 확인 후 답변드릴 예정입니다.
답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 이 메일은 발신 전용입니다. 회신하셔도 답변드릴 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt: ignored",
    items={},
)

# 24 YouTube Korea legal, Korean
case(
    name="yt-legal-kr-local-block-and-removal",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 12:01:17 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 시정요구 - 검토 결과",
    reply_to_req=R3,
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 방송통신심의위원회의 요청(KCSC-240905-03)을
검토한 결과를 알려드립니다.

아래 동영상 2개는 현지 법률 위반을 근거로 대한민국 내에서 액세스를 제한했습니다.
- {Y1}
- {Y2}

또한 아래 동영상은 YouTube 커뮤니티 가이드 위반으로 확인되어 YouTube에서
삭제되었습니다.
- {Y3}

YouTube의 정부 요청 처리 방식은 https://transparencyreport.google.com/government-removals
에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block in Korea + global removal)",
    why="Y1, Y2 restricted in Korea; Y3 removed for a guidelines violation",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

# 25 YouTube English decline
case(
    name="yt-legal-decline-short",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 04:15:09 +0000",
    subject="Re: [KCSC-240905-03] Request for removal",
    reply_to_req=R3,
    body=f"""
Hello,

Thank you for your patience. We have completed our review of the following
Short you reported under reference KCSC-240905-03:

{Y4}

After careful review, we have decided not to take action on this content. It
does not violate YouTube's Community Guidelines, and we did not find a
sufficient legal basis to restrict it in South Korea. The content remains
available.

If you obtain a court order concerning this content, you may submit it at
https://support.google.com/legal/answer/3110420.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal refusal ('decided not to take action')",
    why="explicit refusal with reasons: Y4 rejected; the support link is not an item",
    items={Y4: "rejected"},
)

# 26 no claims
case(
    name="yt-contact-change-notice",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무 지원",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="[안내] 정부 기관 요청 접수 창구 변경",
    body="""
안녕하세요. YouTube 법무 지원팀입니다.

2024년 9월 23일부터 대한민국 정부 기관의 콘텐츠 관련 요청 접수 창구가
전용 웹 양식으로 일원화됩니다. 이후 이메일로 보내 주시는 요청은 웹 양식으로
다시 제출해 주셔야 할 수 있습니다.

자세한 내용: https://support.google.com/legal/answer/0000001?hl=ko

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform notice to government requesters about a change of intake channel",
    why="trusted YouTube mail that names no item and references no request",
    items={},
)

# 27 YouTube QP Korean
case(
    name="yt-qp-age-restricted-and-gone",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 20:33:48 +0900",
    subject="YouTube 법적 요청 처리 결과 안내 [KCSC-240905-03]",
    reply_to_req=R3,
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요. YouTube입니다.

KCSC-240905-03 요청에 포함된 동영상 중 2개에 대한 처리 결과입니다.

동영상: {Y2}
결과: 연령 제한 적용 (만 18세 이상 로그인 사용자만 시청 가능)

동영상: {Y3}
결과: 업로더가 이미 삭제하여 더 이상 YouTube에 존재하지 않습니다. 별도 조치 없음.

감사합니다.
- YouTube 팀
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome notice in quoted-printable Korean (age restriction; video already deleted)",
    why="Y2 age-restricted: restricted; Y3 already deleted by uploader: not_found",
    items={Y2: "restricted", Y3: "not_found"},
)

# 28 YouTube OOO
case(
    name="yt-staff-out-of-office",
    **{"from": "minseo.kang@google.com"},
    name_from="Minseo Kang",
    date="Thu, 05 Sep 2024 17:12:00 +0900",
    subject="Automatic reply: [KCSC-240905-03] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday, 23 September, with limited access to email.
For urgent legal requests from Korean authorities, please contact legal-kr@google.com.

9월 23일(월)까지 휴가로 부재중입니다. 급한 요청은 legal-kr@google.com 으로 보내 주세요.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook/Gmail automatic reply of a platform employee",
    why="auto-reply: ignored",
    items={},
)

# 29 YouTube under review
case(
    name="yt-under-review-english",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:40:22 +0000",
    subject="Re: [KCSC-240905-03] Request for removal",
    reply_to_req=R3,
    body=f"""
Hello,

Thanks for reaching out. The following videos from your request are currently
under review by our legal team:

  {Y1}
  {Y2}

We may reach out to you if we need additional information. We will update you
once our review is complete.

Best regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'currently under review' interim reply",
    why="under review is no status; Y1 and Y2 stay pending",
    items={Y1: "pending", Y2: "pending"},
)

# 30 DC Inside informal operator
case(
    name="dc-informal-operator-numbered",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 11:48:29 +0900",
    subject="RE: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=R4,
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

말씀하신 글 확인해서 처리했습니다.

1) {D1}
   운영자 삭제했습니다.
2) {D2}
   마이너 갤러리 글인데 저희 쪽에서 직접 삭제했습니다.
3) {D3}
   이 글은 저희가 확인했을 때 이미 작성자가 지운 상태였습니다.

작성자 IP는 내부 기준에 따라 차단 처리해 두었습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, numbered URLs with the result on the next line",
    why="D1, D2 deleted by the operator: removed; D3 already deleted by its author: not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

# 31 HWP attachment
_hwp = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"".join(
    hashlib.sha256(b"blind347-hwp-%d" % i).digest() for i in range(40)
)
_fn = quote("조치결과_회신_KCSC-240906-04.hwp")
case(
    name="dc-hwp-gongmun-attachment",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드 법무팀",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject="[공문] KCSC-240906-04 시정요구 조치결과 회신",
    reply_to_req=R4,
    raw_mime=multipart("mixed", "==dc_hwp_31", [
        plain_part("""방송통신심의위원회 담당자님께

안녕하세요. (주)디시인사이드 법무팀입니다.
시정요구(KCSC-240906-04)에 대한 조치결과를 첨부 공문으로 회신드립니다.
확인 부탁드립니다.

(주)디시인사이드 법무팀 드림"""),
        ("Content-Type: application/x-hwp; name*=UTF-8''" + _fn + "\n"
         "Content-Disposition: attachment; filename*=UTF-8''" + _fn + "\n"
         "Content-Transfer-Encoding: base64", b64(_hwp)),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="Korean company answering with an HWP 공문 attachment and a one-line cover note",
    why="the results are only in an HWP file that cannot be read; nothing applied",
    items={},
)

# 32 DC bare URL then arrow line
case(
    name="dc-arrow-lines-delete-and-keep",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Tue, 10 Sep 2024 15:27:51 +0900",
    subject="RE: RE: [KCSC-240906-04] 게시물 삭제 요청",
    reply_to_req=R4,
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

요청 건 처리 결과 전달드립니다.

{D1}
→ 삭제 및 작성자 차단

{D3}
→ 미삭제 (내부 검토 결과 특정 개인 식별 정보가 없는 단순 비판 글로 판단)

다른 문의 사항은 고객센터로 연락 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside helpdesk reply: bare URL, arrow and result on the line below",
    why="D1 deleted: removed; D3 kept with a reason: rejected",
    items={D1: "removed", D3: "rejected"},
)

# 33 forwarded gallery manager message
case(
    name="dc-forwarded-gallery-manager",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Wed, 11 Sep 2024 09:58:02 +0900",
    subject="Fwd: 마이너 갤러리 게시글 삭제 건",
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.
KCSC-240906-04 건 관련해서 마이너 갤러리 매니저 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: fict_minor 갤러리 매니저 <fictminor.mgr@gmail.com>
Date: 2024년 9월 10일 (화) 오후 11:12
Subject: 마이너 갤러리 게시글 삭제 건
To: <cs@dcinside.com>

운영팀 연락 받고 {D2} 글 삭제했고
글쓴이 차단했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="helpdesk forwarding a volunteer gallery manager's note",
    why="the deletion is stated only inside a forwarded message from a gallery manager",
    items={D2: "pending"},
)

# 34 BAND notice
case(
    name="band-policy-notice-two-items",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 13:05:44 +0900",
    subject="[BAND] 신고 게시글 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req=R5,
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글(KCSC-240909-05)에 대한 조치 결과를
안내드립니다.

[게시글 1]
{B1}
운영정책 위반이 확인되어 게시글을 삭제하였습니다.

[게시글 2]
{B2}
밴드 리더가 이미 삭제한 게시글로, 현재 존재하지 않아 별도 조치가 필요하지
않습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 신고 처리 결과 notice with one block per post",
    why="B1 deleted: removed; B2 already deleted by the band leader, does not exist: not_found",
    items={B1: "removed", B2: "not_found"},
)

# 35 BAND bulk
case(
    name="band-bulk-all-deleted",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    date="Tue, 10 Sep 2024 18:22:10 +0900",
    subject="Re: [KCSC-240909-05] 게시글 삭제 요청",
    reply_to_req=R5,
    body="""
안녕하세요, BAND 운영팀입니다.

요청하신 밴드 게시글은 모두 확인 후 삭제 조치하였습니다.
협조 요청에 감사드립니다.

BAND 운영팀 드림
""",
    outcome="review", review="bulk",
    imitates="short 'all deleted' reply for a two-post request",
    why="one statement covering two unnamed items: bulk review, both pending",
    items={B1: "pending", B2: "pending"},
)

# 36 BAND receipt
case(
    name="band-report-receipt",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Mon, 09 Sep 2024 17:31:56 +0900",
    subject="[BAND] 신고가 접수되었습니다",
    reply_to_req=R5,
    body="""
안녕하세요, BAND입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 BR-20240909-00418)
운영정책에 따라 검토한 뒤 결과를 메일로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND automatic report receipt",
    why="pure receipt: ignored",
    items={},
)

# 37 Gmail quote, two items
case(
    name="naver-gmail-reply-two-over-quote",
    **{"from": "seojun.choi@navercorp.com"},
    name_from="최서준",
    date="Sat, 07 Sep 2024 10:18:36 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 최서준입니다.

요청하신 건 중 두 건 먼저 회신드립니다.

- 카페 게시물 {N6} 은 권리침해 여부
  판단이 어려워 30일 임시조치했습니다.
- 네이버TV 영상 {N12} 은 운영정책
  위반으로 삭제했습니다.

2024년 9월 3일 (화) 오후 4:02, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
{quoted(QUOTED_REQUEST_LINES)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a portal employee, bulleted, over the '>'-quoted request",
    why="N6 임시조치 restricted, N12 삭제 removed; the quoted list changes nothing",
    items={N6: "restricted", N12: "removed"},
)

# 38 Outlook original message
_outlook_quote = "\n".join(QUOTED_REQUEST_LINES)
case(
    name="naver-outlook-original-message",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀 한유진",
    date="Mon, 09 Sep 2024 09:44:18 +0900",
    subject="RE: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 정책협력팀 한유진입니다.

블로그 게시물 2건 확인 결과 회신드립니다.

{N2} - 존재하지 않는 게시물입니다 (URL 오류 또는 삭제된 글).
{N3} - 검토 결과 이용약관 및 운영정책
위반 사항이 없어 조치하지 않았습니다.

감사합니다.
한유진 드림

-----Original Message-----
From: "KCSC 통신심의국"<takedown@kcsc.example>
To: "policy@navercorp.com"<policy@navercorp.com>;
Sent: 2024-09-03 (화) 16:02:11 (GMT+09:00)
Subject: [KCSC-240903-01] 불법정보 시정요구

{_outlook_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/NAVER Works reply over an unprefixed '-----Original Message-----' quote",
    why="N2 does not exist: not_found; N3 no violation, no action: rejected; the quoted request below is ours",
    items={N2: "not_found", N3: "rejected"},
)

# 39 numbered full-width punctuation
case(
    name="naver-fullwidth-numbered",
    **{"from": "cafe_noreply@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Sun, 08 Sep 2024 21:09:57 +0900",
    subject="[네이버 카페] KCSC-240903-01 중고거래 카페 게시글 처리 결과",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

중고거래 카페(fictjunggo) 게시글 2건의 처리 결과를 안내드립니다.

１．{N4}：삭제 완료
２．{N10}：성인 인증을 거친 이용자만 열람할 수 있도록 연령 제한 설정

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe notice with full-width numbers and a full-width colon right after the URL",
    why="N4 삭제 removed; N10 age-gated: restricted",
    items={N4: "removed", N10: "restricted"},
)

# 40 YouTube angle brackets English
case(
    name="yt-angle-brackets-removed-blocked",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:08:31 +0000",
    subject="Re: [KCSC-240905-03] Request for removal - update",
    reply_to_req=R3,
    body=f"""
Hello,

Following up on your request KCSC-240905-03. Our decisions:

 * <{Y3}> - removed from YouTube for violating our harassment and
   cyberbullying policy.
 * <{Y4}> - blocked for viewers in South Korea on the basis of
   local law. It remains available in other countries.

You can find more about how we handle government requests in our Help Center.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal update in English with URLs in angle brackets",
    why="Y3 removed globally; Y4 blocked in South Korea: restricted",
    items={Y3: "removed", Y4: "restricted"},
)

# 41 Kakao HTML table QP
_rows41 = [
    (K1, "게시중단"), (K2, "임시조치(30일)"), (K3_RAW, "삭제"),
    (K4, "게시물 없음(작성자 삭제)"), (K5, "조치 불가 - 운영정책 위반 사항 없음"),
]
_html41 = (
    "<html><body>\n<p>안녕하세요. 카카오 권리침해신고센터입니다.<br>\n"
    "시정요구(KCSC-240904-02) 5건의 조치 결과를 회신드립니다.</p>\n"
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
    "<thead><tr><th>순번</th><th>서비스</th><th>대상 URL</th><th>조치결과</th></tr></thead>\n<tbody>\n"
    + "".join(
        f"<tr><td>{i}</td><td>{'다음카페' if 'daum' in u else ('티스토리' if 'tistory' in u else '카카오스토리')}</td>"
        f"<td>{h(u)}</td><td>{r}</td></tr>\n"
        for i, (u, r) in enumerate(_rows41, 1)
    )
    + "</tbody></table>\n<p>카카오 권리침해신고센터 드림</p>\n</body></html>"
)
case(
    name="kakao-html-table-qp-five",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 14:14:14 +0900",
    subject="[카카오] 시정요구(KCSC-240904-02) 조치결과 일괄 회신",
    reply_to_req=R2,
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_html41),
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 HTML table, quoted-printable, raw Korean Tistory path",
    why="five rows: 게시중단 removed, 임시조치 restricted, 삭제 removed, 게시물 없음 not_found, 조치 불가 (no violation) rejected",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "rejected"},
)

# 42 DC base64 plain
case(
    name="dc-base64-delete-and-adult-gate",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 13:36:40 +0900",
    subject="[디시인사이드] KCSC-240906-04 처리 결과",
    reply_to_req=R4,
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""안녕하세요, 디시인사이드 운영팀입니다.

KCSC-240906-04 요청 건 중 2건 처리 결과입니다.

- {D1}
  해당 글은 운영 원칙 위반으로 삭제 처리했습니다.

- {D2}
  해당 글은 성인 인증을 한 회원만 볼 수 있는 게시물로 전환했습니다.

나머지 1건은 확인 중입니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply with a base64-encoded plain-text body",
    why="D1 deleted: removed; D2 switched to adults-only: restricted",
    items={D1: "removed", D2: "restricted"},
)

# 43 BAND mixed with refusal
case(
    name="band-private-and-refused",
    **{"from": "report@band.us"},
    name_from="BAND 운영팀",
    date="Thu, 12 Sep 2024 11:11:03 +0900",
    subject="Re: [KCSC-240909-05] 게시글 삭제 요청 - 처리 결과",
    reply_to_req=R5,
    body=f"""
안녕하세요. BAND 운영팀입니다.

{B1} 게시글은 공개 밴드에서 더 이상 보이지 않도록 비공개 처리하였습니다.

{B2} 게시글은 확인 결과 운영정책 위반 사항이 없어 삭제하지 않았습니다.
해당 게시글은 밴드 멤버 간의 일반적인 모임 공지로 판단됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND reply: one post made private, the other kept with a reason",
    why="B1 비공개 처리 removed; B2 not deleted for lack of violation: rejected",
    items={B1: "removed", B2: "rejected"},
)

# 44 echoed report then results
case(
    name="naver-echoed-report-then-results",
    **{"from": "right_noreply@navercorp.com"},
    name_from="네이버 권리보호센터",
    date="Tue, 10 Sep 2024 19:02:26 +0900",
    subject="[네이버 권리보호센터] 게시중단 요청 처리 현황 (KCSC-240903-01)",
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.
접수하신 게시중단 요청의 처리 현황을 안내드립니다.

[접수 내용]
요청자: 방송통신심의위원회
요청번호: KCSC-240903-01
요청 게시물:
  {N7}
  {N8}
  {N9}
  {N11}

[처리 결과]
  {N7}
    - 게시중단(삭제)
  {N8}
    - 임시조치 (30일)
  그 외 2건은 현재 검토 중이며, 처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 status notice echoing the report, then a results section",
    why="N7 게시중단 removed, N8 임시조치 restricted; N9 and N11 only echoed and 'under review': pending",
    items={N7: "removed", N8: "restricted", N9: "pending", N11: "pending"},
)


HEADER = """# Blind set 347 (Korean: NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind347/make.py before the reader was run; expected
# results come from each email's meaning alone. See NOTES.md.
"""


def encode_headers(cases):
    """Real Korean mail carries RFC 2047 encoded display names; about half of
    the subjects are encoded too (as webmail and ticket systems do)."""
    for n, c in enumerate(cases):
        nf = c.get("name_from")
        if nf and not nf.isascii():
            c["name_from"] = Header(nf, "utf-8").encode()
        if n % 2 == 0 and not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()


def main():
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
