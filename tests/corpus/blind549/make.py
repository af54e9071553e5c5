#!/usr/bin/env python3
"""Blind set 549: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Nate only as a mail provider),
Korean and English mixed, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind549/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind549"

# ---------------------------------------------------------------- requests
BYEOLBIT = "%EB%B3%84%EB%B9%9B%EC%83%81%ED%9A%8C"  # 별빛상회
HANEUL = "%ED%95%98%EB%8A%98%EC%83%81%EC%A0%90"  # 하늘상점

N1 = "https://blog.naver.com/moa_jipsa/223500118822"
N2 = "https://blog.naver.com/moa_jipsa/223500120417"
N3 = "https://blog.naver.com/gold_rabbit_99/223498765432"
N4 = "https://cafe.naver.com/dalbitstocks/48812"
N5 = "https://cafe.naver.com/dalbitstocks/48830"
N6 = "https://cafe.naver.com/dalbitstocks/49007"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471234567"
N8 = f"https://smartstore.naver.com/{BYEOLBIT}/products/9912345678"
N9 = f"https://smartstore.naver.com/{BYEOLBIT}/products/9912345701"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567"
N11 = "https://tv.naver.com/v/58812345"
N12 = "https://blog.naver.com/lucky7_slot/223512345678"
N13 = "https://cafe.naver.com/dalbitstocks/49120"
N14 = f"https://in.naver.com/{HANEUL}/contents/internal/712345678901234"
# the same two with their Korean path written raw, as mail often shows them
N8_RAW = "https://smartstore.naver.com/별빛상회/products/9912345678"
N9_RAW = "https://smartstore.naver.com/별빛상회/products/9912345701"
N14_RAW = "https://in.naver.com/하늘상점/contents/internal/712345678901234"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=1223344"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=1223391"
D4 = "https://gall.dcinside.com/mini/board/view/?id=luckyday&no=20551"
DC = [D1, D2, D3, D4]

DA1 = "https://cafe.daum.net/bitgoldclub/Zx3k/1182"
DA2 = "https://cafe.daum.net/bitgoldclub/Zx3k/1190"
DA3 = "https://cafe.daum.net/minwonsarang/Qk7P/55"
DAUM = [DA1, DA2, DA3]

S1 = "https://vod.sooplive.co.kr/player/131234567"
S2 = "https://ch.sooplive.co.kr/nightcasino77/posts/88123456"
S3 = "https://vod.sooplive.co.kr/player/131239980"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7412345678"
F2 = "https://www.fmkorea.com/7412349901"
F3 = "https://www.fmkorea.com/7412388810"
F4 = "https://www.fmkorea.com/best/7412401234"
F5 = "https://www.fmkorea.com/index.php?mid=stock&document_srl=7412455500"
FM = [F1, F2, F3, F4, F5]

C1 = "https://www.clien.net/service/board/park/18712345"
CLIEN = [C1]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123456"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9123502"
P3 = "https://www.ppomppu.co.kr/zboard/view.php?id=money&no=412233"
PPOM = [P1, P2, P3]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NAVER,
     "illegal_gambling", "kcsc.240902-01@kcsc.example",
     'blog, cafe, 지식iN and "smartstore" items; one 네이버 인플루언서 page'),
    ("KCSC-240903-02", "dcinside", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", DC,
     "market_manipulation", "kcsc.240903-02@kcsc.example", "주식·코인 갤러리 pump posts"),
    ("KCSC-240904-03", "daum", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", DAUM,
     "illegal_gambling", "kcsc.240904-03@kcsc.example", "Daum cafe posts, two cafes"),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", SOOP,
     "illegal_gambling", "kcsc.240905-04@kcsc.example", "VODs and a channel post of one streamer"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", FM,
     "defamation", "kcsc.240906-05@kcsc.example", "posts naming a private person, incl. one in 포텐"),
    ("KCSC-240909-06", "clien", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", CLIEN,
     "defamation", "kcsc.240909-06@kcsc.example", "single post, 모두의공원"),
    ("KCSC-240910-07", "ppomppu", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", PPOM,
     "illegal_finance", "kcsc.240910-07@kcsc.example", "unlicensed loan ads, 자유게시판 and 재테크포럼"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def enc_header(s):
    return Header(s, "utf-8").encode()


def part(text, subtype="plain", cte="8bit", extra=""):
    head = f"Content-Type: text/{subtype}; charset=utf-8{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    data = text.strip("\n") + "\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(data.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    else:
        body = data
    return head + body


def attachment(name, ctype, data):
    return (
        f'Content-Type: {ctype}; name="{name}"\n'
        f'Content-Disposition: attachment; filename="{name}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(data.encode("utf-8")).decode("ascii")
    )


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(text, subtype="plain", cte="8bit"):
    return part(text, subtype, cte)


def quoted_request_lines(urls, prefix="> "):
    lines = [f"{prefix}안녕하세요. 방송통신심의위원회 통신심의 담당입니다.",
             f"{prefix}아래 게시물에 대하여 정보통신망법에 따른 시정요구(삭제)를 요청드립니다.",
             prefix.rstrip()]
    for i, u in enumerate(urls, 1):
        lines.append(f"{prefix}{i}. {u}")
    lines += [prefix.rstrip(), f"{prefix}조치 결과를 기한 내 회신하여 주시기 바랍니다."]
    return "\n".join(lines)


AR_OK = "Auto-Submitted: auto-replied"

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============ APPLIED ============

naver_table_rows = [
    (N1, "삭제", "2024-09-04"),
    (N2, "삭제", "2024-09-04"),
    (N3, "게시중단", "2024-09-04"),
    (N4, "임시조치(30일)", "2024-09-05"),
    (N5, "게시물 없음 (작성자 삭제)", "-"),
    (N6, "조치 불가 - 운영정책 위반 사항 확인되지 않음", "-"),
]
_txt = "\n".join(f"{i} | {u} | {r} | {d}" for i, (u, r, d) in enumerate(naver_table_rows, 1))
_html_rows = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{r}</td><td>{d}</td></tr>"
    for i, (u, r, d) in enumerate(naver_table_rows, 1))
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from=enc_header("네이버 정책지원") ,
    date="Thu, 05 Sep 2024 16:42:10 +0900",
    subject=enc_header("[NAVER] 시정요구 조치결과 회신 (KCSC-240902-01)"),
    reply_to_req="kcsc.240902-01",
    raw_mime=multipart("alternative", "=_nv_7f3a21", [
        part(f"""방송통신심의위원회 담당자님께,

귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.
나머지 게시물은 담당 부서 확인 후 별도 메일로 안내드리겠습니다.

번호 | URL | 조치결과 | 조치일
{_txt}

※ 임시조치 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.

네이버 정책지원팀 드림"""),
        part(f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240902-01)에 대한 조치 결과를 아래와 같이 회신드립니다.<br>
나머지 게시물은 담당 부서 확인 후 별도 메일로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
{_html_rows}
</table>
<p>※ 임시조치 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>""", "html"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply to a KCSC 시정요구 with a 조치결과 table (plain + HTML alternative)",
    why="table rows: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가 (no violation) rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N6: "rejected"},
)

case(
    name="naver-numbered-list-raw-korean-path",
    **{"from": "right@naver.com"}, name_from=enc_header("네이버 권리보호센터"),
    date="Fri, 06 Sep 2024 11:05:33 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc.240902-01",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중 지식iN, 스마트스토어, 포스트 게시물의 처리 결과를 안내드립니다.

1. {N7}
   → 지식iN 답변 삭제 완료
2. {N8_RAW}
   → 상품 판매중지 및 상품 페이지 삭제
3. {N9_RAW}
   → 판매자가 이미 삭제한 상품으로, 현재 존재하지 않는 페이지입니다.
4. {N10}
   → 블라인드 처리 완료

추가 문의는 본 메일로 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result mail, numbered list with the outcome on the line below each URL",
    why="four items each with an unhedged outcome; raw Korean smartstore path matches its percent-encoded form",
    items={N7: "removed", N8: "removed", N9: "not_found", N10: "removed"},
)

case(
    name="naver-english-status-line-below",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Mon, 09 Sep 2024 09:14:02 +0900",
    subject="Re: Request KCSC-240902-01 - outcome for NAVER TV / blog / cafe items",
    reply_to_req="kcsc.240902-01",
    body=f"""Dear KCSC team,

Please find below the outcome for three of the URLs in your request.

{N11}
Status: Restricted - the clip is blocked for viewers in Korea; it stays reachable from other countries.

{N12}
Status: Removed

{N13}
Status: Not found - the post no longer exists (its author deleted it before our review).

The other URLs are still with the cafe and blog teams and will be answered separately.

Kind regards,
Jiwon Park
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply giving a bare URL and a 'Status:' line under it",
    why="restricted in Korea, removed, not found: one status per URL on the line below it; the closing promise names no item",
    items={N11: "restricted", N12: "removed", N13: "not_found"},
)

_csv = f"""번호,URL,조치결과,비고
1,{N3},삭제,
2,{N6},유지,"위반사항 없음 (정당한 이용 후기, 광고 아님)"
3,{N14},접속차단,국내 IP 접근 제한
"""
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from=enc_header("네이버 정책지원"),
    date="Tue, 10 Sep 2024 14:30:00 +0900",
    subject=enc_header("[NAVER] KCSC-240902-01 처리 결과 (첨부)"),
    reply_to_req="kcsc.240902-01",
    raw_mime=multipart("mixed", "=_nv_csv_0910", [
        part("""담당자님 안녕하세요.

KCSC-240902-01 건 중 3건의 처리 결과를 첨부 파일(result_KCSC-240902-01.csv)로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀"""),
        attachment("result_KCSC-240902-01.csv", "text/csv; charset=utf-8", _csv),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal sending its result sheet as a CSV attachment",
    why="CSV rows: 삭제 removed, 유지 (no violation) rejected, 접속차단 (Korean IPs) restricted",
    items={N3: "removed", N6: "rejected", N14: "restricted"},
)

case(
    name="naver-gmail-top-posted-over-request",
    **{"from": "cafe-op@navercorp.com"}, name_from=enc_header("네이버 카페 운영팀"),
    date="Wed, 04 Sep 2024 17:20:45 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="kcsc.240902-01",
    body=f"""담당자님 안녕하세요.

요청하신 포스트 게시물 {N10} 은 운영원칙 위반으로 블라인드 처리하였습니다.
나머지 게시물은 각 서비스 담당 부서에서 확인 후 회신드리겠습니다.

네이버 카페·포스트 운영팀 드림

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request_lines(NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted KCSC request",
    why="only the top statement counts (블라인드 = removed); the 14 quoted URLs below '님이 작성:' stay pending",
    items={N10: "removed", N1: "pending", N4: "pending", N13: "pending"},
)

case(
    name="naver-quoted-printable-korean",
    **{"from": "right@navercorp.com"}, name_from=enc_header("네이버 게시중단 담당"),
    date="Wed, 11 Sep 2024 10:02:17 +0900",
    subject=enc_header("시정요구 KCSC-240902-01 추가 조치 결과"),
    reply_to_req="kcsc.240902-01",
    raw_mime=single(f"""안녕하세요. 네이버 게시중단 처리 담당자입니다.
시정요구 KCSC-240902-01 관련하여 아래 2건의 조치 결과를 알려드립니다.

- {N14_RAW} : 국내 접속 차단 조치 (해외 접속은 유지)
- {N8_RAW} : 상품 삭제 완료

감사합니다.
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER Korean notice sent quoted-printable, raw Korean paths",
    why="국내 접속 차단 = restricted; 상품 삭제 완료 = removed",
    items={N14: "restricted", N8: "removed"},
)

case(
    name="dc-admin-prose-korean",
    **{"from": "admin@dcinside.com"}, name_from=enc_header("디시인사이드 운영팀"),
    date="Thu, 05 Sep 2024 13:48:09 +0900",
    subject=enc_header("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    reply_to_req="kcsc.240903-02",
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.
보내주신 시정요구 건에 대해 다음과 같이 처리하였음을 알려드립니다.

주식 갤러리 게시물({D1})은 운영자 권한으로 삭제하였고, 코인마켓 마이너 갤러리의 {D2} 게시물도 삭제 후 작성자 IP를 30일간 차단하였습니다.
같은 갤러리의 1223391번 게시물({D3})은 확인 시점에 이미 작성자가 직접 삭제한 상태였습니다.

미니 갤러리 건은 갤러리 매니저와 협의 중이며 결과가 나오는 대로 회신드리겠습니다.
감사합니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply in prose, URLs in parentheses followed by particles",
    why="two deletions and one post already deleted by its author; the mini-gallery post is only 'in discussion' (named without URL)",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending"},
)

case(
    name="dc-english-bullet",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Operations",
    date="Wed, 11 Sep 2024 18:03:51 +0900",
    subject="Follow-up: KCSC-240903-02 (mini gallery post)",
    reply_to_req="kcsc.240903-02",
    body=f"""Hello,

This is the DC Inside operations team following up on request KCSC-240903-02.

 * {D4} - deleted by the site administrators on 11 September. The
   mini-gallery manager has been warned and the gallery is now under watch.

Best regards,
DC Inside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="short English follow-up from a Korean community's operations desk",
    why="one named URL, deleted by the administrators",
    items={D4: "removed"},
)

case(
    name="daum-imsijochi-notice",
    **{"from": "right@kakaocorp.com"}, name_from=enc_header("Daum 권리침해신고센터"),
    date="Fri, 06 Sep 2024 15:11:40 +0900",
    subject=enc_header("[다음] 게시중단 요청 처리 결과 안내 (KCSC-240904-03)"),
    reply_to_req="kcsc.240904-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.
요청하신 게시물에 대한 검토 결과를 다음과 같이 안내드립니다.

■ 대상 게시물: {DA1}
■ 처리 결과: 임시조치 (30일간 게시물 접근 차단)
■ 근거: 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

■ 대상 게시물: {DA2}
■ 처리 결과: 게시중단(삭제)

임시조치된 게시물은 게시자가 30일 이내에 재게시를 요청하지 않으면 삭제됩니다.
자세한 절차는 고객센터 도움말(https://cs.daum.net/faq/95/7580.html)을 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 임시조치 / 게시중단 result notice with ■ fields",
    why="임시조치 (access blocked 30 days) = restricted; 게시중단(삭제) = removed; the help-centre link is not an item",
    items={DA1: "restricted", DA2: "removed"},
)

case(
    name="daum-base64-html",
    **{"from": "safety-noreply@kakaocorp.com"}, name_from="Kakao Safety",
    date="Mon, 09 Sep 2024 10:27:55 +0900",
    subject="Re: KCSC-240904-03",
    reply_to_req="kcsc.240904-03",
    raw_mime=single(f"""<html><body>
<p>안녕하세요, 카카오 세이프티팀입니다.</p>
<p>문의하신 다음 카페 게시물의 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{DA3}">{DA3}</a> &mdash; 운영정책 위반(불법 도박 홍보)으로 삭제되었습니다.</li>
</ul>
<p>관련 기준은 <a href="https://cs.daum.net/faq/63/policy.html">다음 카페 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>Kakao Safety</p>
</body></html>""", "html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="Kakao safety team HTML mail, base64-encoded",
    why="one named cafe post deleted for a policy breach; the policy link is not an item",
    items={DA3: "removed"},
)

case(
    name="daum-gmail-quote-below",
    **{"from": "right@kakaocorp.com"}, name_from=enc_header("카카오 권리침해신고센터"),
    date="Tue, 10 Sep 2024 11:40:03 +0900",
    subject=enc_header("Re: [KCSC-240904-03] 불법정보 시정요구"),
    reply_to_req="kcsc.240904-03",
    body=f"""안녕하세요.

{DA2} 게시물은 오늘 오전 카페 운영자와 확인 후 게시중단 조치를 완료했습니다.

카카오 권리침해신고센터

On Wed, Sep 4, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_lines(DAUM)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply above an English-client 'On ... wrote:' quote",
    why="one statement on top (게시중단 조치 완료 = removed); quoted URLs stay pending",
    items={DA2: "removed", DA1: "pending", DA3: "pending"},
)

case(
    name="soop-vod-private-bilingual",
    **{"from": "safety@sooplive.co.kr"}, name_from=enc_header("SOOP 서비스 운영팀"),
    date="Fri, 06 Sep 2024 19:22:31 +0900",
    subject=enc_header("[SOOP] 시정요구 처리 결과 안내 / Result of request KCSC-240905-04"),
    reply_to_req="kcsc.240905-04",
    body=f"""안녕하세요, SOOP 서비스 운영팀입니다.

1) VOD {S1}
   → 운영정책 위반(불법 도박 홍보)으로 VOD 비공개 처리
2) 방송국 게시글 {S2}
   → 게시글 삭제, 해당 스트리머 방송 7일 정지

[English]
1) VOD {S1} - made private (no longer viewable) for promoting illegal gambling.
2) Channel post {S2} - deleted; the streamer is suspended from broadcasting for 7 days.

감사합니다.
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) bilingual result notice",
    why="VOD 비공개 처리 (made private, no longer viewable) = removed; post deleted = removed; third VOD not mentioned",
    items={S1: "removed", S2: "removed"},
)

case(
    name="soop-age-restricted",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 12:10:09 +0900",
    subject="Re: KCSC-240905-04 - VOD 131239980",
    reply_to_req="kcsc.240905-04",
    body=f"""Hello,

Regarding {S3} : after review the VOD has been set to 19+ (연령 제한, 19세 미만 시청 불가). It is no longer shown to logged-out viewers or to users under 19.

The channel post {S2} is still being reviewed by our policy team.

Regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP age-restriction (19세 미만 시청 불가) outcome",
    why="age restriction = restricted; the other URL is 'still being reviewed' and stays pending",
    items={S3: "restricted", S2: "pending"},
)

case(
    name="fmkorea-list-mixed",
    **{"from": "help@fmkorea.com"}, name_from=enc_header("에펨코리아 운영진"),
    date="Mon, 09 Sep 2024 16:55:12 +0900",
    subject=enc_header("RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-05)"),
    reply_to_req="kcsc.240906-05",
    body=f"""안녕하세요, 에펨코리아 운영진입니다. 요청하신 건의 처리 결과입니다.

- {F1} : 삭제
- {F2} : 삭제 (작성자 이용정지 30일)
- {F3} : 유지 — 내부 검토 결과 운영규정 및 관련 법령 위반으로 보기 어렵습니다.
- {F4} : 이미 삭제된 글입니다 (작성자 본인 삭제).

주식 게시판 건은 게시판 담당자 확인 후 따로 회신드리겠습니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community site moderators' bulleted result list",
    why="삭제 x2 removed, 유지 with a reason rejected, deleted by its author not_found; the stock-board post only promised",
    items={F1: "removed", F2: "removed", F3: "rejected", F4: "not_found", F5: "pending"},
)

case(
    name="fmkorea-url-below-statement",
    **{"from": "help@fmkorea.com"}, name_from=enc_header("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 09:31:44 +0900",
    subject=enc_header("RE: RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-05)"),
    reply_to_req="kcsc.240906-05",
    body=f"""안녕하세요.

아래 게시물은 운영규정 위반(특정인 비방)으로 운영자 삭제 처리했습니다.
{F5}

아래 게시물은 포텐 게시판에서 해당 번호의 글을 찾을 수 없습니다. 작성자가 지운 것으로 확인됩니다.
{F4}

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with each statement on one line and the URL on the line below",
    why="운영자 삭제 = removed; cannot find / deleted by author = not_found",
    items={F5: "removed", F4: "not_found"},
)

case(
    name="fmkorea-echoed-report",
    **{"from": "report@fmkorea.com"}, name_from=enc_header("에펨코리아 신고센터"),
    date="Tue, 10 Sep 2024 08:15:27 +0900",
    subject=enc_header("[에펨코리아] 신고 처리 결과 안내"),
    body=f"""[에펨코리아] 신고 처리 결과 안내

신고번호: FM-RPT-2024090600412
신고자: 방송통신심의위원회 (KCSC-240906-05)
신고 사유: 명예훼손 / 특정인 비방
신고 대상: {F2}
신고 일시: 2024-09-06 10:02

처리 결과: 삭제
처리 일시: 2024-09-07 14:20
처리 내용: 게시물 삭제, 작성자 30일 이용정지

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system result mail echoing the report form (신고 대상 / 처리 결과)",
    why="the echoed report names one URL and the result field says 삭제",
    items={F2: "removed"},
)

case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"}, name_from=enc_header("클리앙 관리자"),
    date="Tue, 10 Sep 2024 13:00:58 +0900",
    subject=enc_header("Re: [KCSC-240909-06] 게시물 삭제 요청"),
    reply_to_req="kcsc.240909-06",
    body="""안녕하세요, 클리앙입니다.

요청하신 게시물은 확인 후 삭제 처리했습니다. 작성 회원에게는 이용규칙 위반 안내를 보냈습니다.

감사합니다.
클리앙 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="short site-admin reply in the thread of a one-item request",
    why="one-item request, unhedged 삭제 처리했습니다 without URL: applies to that item",
    items={C1: "removed"},
)

case(
    name="clien-url-with-particle",
    **{"from": "admin@clien.net"}, name_from=enc_header("클리앙 관리자"),
    date="Wed, 11 Sep 2024 10:44:20 +0900",
    subject=enc_header("[클리앙] 시정요구 처리 결과 (KCSC-240909-06)"),
    body=f"""KCSC 담당자님께,

{C1}에 대해서 운영진 검토를 마쳤고, 해당 글은 이용규칙 위반(허위사실 적시)으로 삭제했습니다.
작성자의 이의 제기는 받지 않기로 했습니다.

클리앙 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with the URL glued to a particle (…18712345에 대해서)",
    why="the URL ends before the Korean particle; 삭제했습니다 = removed",
    items={C1: "removed"},
)

_pp_rows = [
    ("자유게시판", P1, "삭제"),
    ("자유게시판", P2, "게시물 없음 (작성자 삭제)"),
    ("재테크포럼", P3, "블라인드"),
]
case(
    name="ppomppu-html-table",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from=enc_header("뽐뿌 운영팀"),
    date="Thu, 12 Sep 2024 11:18:36 +0900",
    subject=enc_header("[뽐뿌] KCSC-240910-07 조치 결과 회신"),
    reply_to_req="kcsc.240910-07",
    type="html",
    body="""<html><body>
<p>안녕하세요. 뽐뿌 운영팀입니다.<br>요청하신 게시물의 조치 결과를 회신드립니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>게시판</th><th>게시물 주소</th><th>처리결과</th><th>처리일시</th></tr></thead>
<tbody>
""" + "\n".join(
        f"<tr><td>{b}</td><td>{u.replace('&', '&amp;')}</td><td>{r}</td><td>2024-09-11 17:40</td></tr>"
        for b, u, r in _pp_rows) + """
</tbody></table>
<p>뽐뿌 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Ppomppu-style HTML table of 처리결과 (HTML only, &amp; in URLs)",
    why="삭제 removed, 게시물 없음 (작성자 삭제) not_found, 블라인드 removed",
    items={P1: "removed", P2: "not_found", P3: "removed"},
)

case(
    name="ppomppu-top-posted-over-quote",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from=enc_header("뽐뿌 운영팀"),
    date="Wed, 11 Sep 2024 09:05:14 +0900",
    subject=enc_header("Re: [KCSC-240910-07] 미등록 대부업 광고 게시물 삭제 요청"),
    reply_to_req="kcsc.240910-07",
    body=f"""안녕하세요.
{P2} 게시물은 작성자가 이미 삭제하여 확인이 불가합니다.
나머지 두 건은 확인 중입니다.

뽐뿌 운영팀

2024-09-10 (화) 15:00, KCSC Takedown <takedown@kcsc.example> 작성:
{quoted_request_lines(PPOM)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted reply with the quoted request underneath",
    why="P2 already deleted by its author = not_found; 'the other two are being checked' and the quoted list stay pending",
    items={P2: "not_found", P1: "pending", P3: "pending"},
)

case(
    name="ppomppu-fullwidth-parens",
    **{"from": "webmaster@ppomppu.co.kr"}, name_from=enc_header("뽐뿌 운영팀"),
    date="Thu, 12 Sep 2024 16:20:00 +0900",
    subject=enc_header("[뽐뿌] 재테크포럼 게시물 처리 안내 (KCSC-240910-07)"),
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

재테크포럼 게시물（{P3}）은 운영자 삭제 처리하였으며, 작성자 아이디는 영구 이용정지하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice with the URL inside full-width parentheses",
    why="운영자 삭제 = removed; the URL ends before the full-width ')'",
    items={P3: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Thu, 05 Sep 2024 20:12:44 +0900",
    subject="RE: [KCSC-240902-01] Correction request",
    reply_to_req="kcsc.240902-01",
    body=f"""Hello,

Update on two of the items:

- {N2} has been taken down for violating our blog operating policy.
- {N11} is now geo-blocked in Korea.

Kind regards,
Minseo Lee | NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] Correction request

{quoted_request_lines(NAVER, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the unprefixed original request",
    why="two statements on top (taken down = removed, geo-blocked in Korea = restricted); the original request below is not a statement",
    items={N2: "removed", N11: "restricted", N1: "pending", N5: "pending"},
)

case(
    name="dc-angle-brackets-wrapped",
    **{"from": "admin@dcinside.com"}, name_from=enc_header("디시인사이드 운영팀"),
    date="Fri, 06 Sep 2024 10:50:37 +0900",
    subject=enc_header("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    reply_to_req="kcsc.240903-02",
    body="""안녕하세요, 디시인사이드입니다.

코인마켓 갤러리 게시물 두 건의 처리 결과입니다.

<https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=1223344>
: 삭제 완료

<https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&
 no=1223391>
: 작성자가 이미 삭제한 게시물입니다 (존재하지 않음)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="reply with URLs in angle brackets, one wrapped inside the brackets by the mail client",
    why="삭제 완료 = removed; the wrapped URL in <> is one URL, already deleted by its author = not_found",
    items={D2: "removed", D3: "not_found"},
)

case(
    name="soop-statement-of-reasons",
    **{"from": "dsa-notice@sooplive.com"}, name_from="SOOP Global Trust & Safety",
    date="Tue, 10 Sep 2024 07:45:00 +0900",
    subject="Statement of reasons - decision on reported content (ref. KCSC-240905-04)",
    body=f"""Statement of reasons

Reporter: Korea Communications Standards Commission (KCSC-240905-04)
Decision date: 9 September 2024

Content: {S2}
Decision: removal of the content
Ground: illegal content (promotion of unlicensed gambling)
Automated means used: no

Content: {S3}
Decision: visibility restricted in the Republic of Korea
Ground: incompatible with our Terms of Service (age-inappropriate material)
Automated means used: partially (detection)

You may contest this decision through our internal complaint system at
https://www.sooplive.com/help/appeal .

SOOP Global Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground)",
    why="removal = removed; visibility restricted in Korea = restricted; the appeal link is not an item",
    items={S2: "removed", S3: "restricted"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "right@naver.com"}, name_from=enc_header("네이버 권리보호센터"),
    date="Tue, 03 Sep 2024 09:41:12 +0900",
    subject=enc_header("[네이버] 접수 완료 및 1차 처리 안내 (KCSC-240902-01)"),
    reply_to_req="kcsc.240902-01",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

보내주신 시정요구가 정상적으로 접수되었습니다. (접수번호 NV-2409-118273)

이 중 아래 게시물은 접수 즉시 검토를 마쳐 삭제 조치를 완료했습니다.
- {N2}

나머지 게시물은 순차적으로 검토 후 결과를 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt that also reports a first completed removal",
    why="receipt phrase plus an unhedged 삭제 조치를 완료 for one named URL: not a pure acknowledgement",
    items={N2: "removed"},
)

case(
    name="naver-mixed-done-and-under-review",
    **{"from": "cafe-op@navercorp.com"}, name_from=enc_header("네이버 카페 운영팀"),
    date="Thu, 05 Sep 2024 11:26:48 +0900",
    subject=enc_header("Re: [KCSC-240902-01] 카페 게시물 처리 현황"),
    reply_to_req="kcsc.240902-01",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

카페 게시물 처리 현황을 공유드립니다.

{N4}
- 임시조치 완료 (30일간 열람 제한)

{N6}
- 현재 검토 중입니다. 카페 매니저 소명 자료를 받는 대로 판단하겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="status update mixing one completed 임시조치 and one item still under review",
    why="임시조치 완료 = restricted; '검토 중' is no statement, that item stays pending",
    items={N4: "restricted", N6: "pending"},
)

# ============ REVIEW ============

case(
    name="naver-promise-korean",
    **{"from": "policy@navercorp.com"}, name_from=enc_header("네이버 정책지원"),
    date="Tue, 03 Sep 2024 18:02:55 +0900",
    subject=enc_header("Re: [KCSC-240902-01] 불법정보 시정요구"),
    reply_to_req="kcsc.240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 블로그 게시물 2건({N1}, {N2})은 내부 검토를 거쳐 금일 중 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal promising a removal (조치될 예정입니다) before doing it",
    why="a promise is not a statement: named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-english",
    **{"from": "global@dcinside.com"}, name_from="DC Inside Operations",
    date="Wed, 04 Sep 2024 16:37:21 +0900",
    subject="Re: KCSC-240903-02",
    reply_to_req="kcsc.240903-02",
    body=f"""Hi,

Quick note before our full reply: {D1} appears to have been removed already, and the mini-gallery post {D4} may have been deleted by the gallery manager. We have not confirmed either in our logs yet and will get back to you once we have.

Thanks,
DC Inside Operations
""",
    outcome="review", review="not_understood",
    imitates="operations desk giving a hedged preliminary answer",
    why="'appears to' / 'may have been' and 'not confirmed yet' are hedges, not statements",
    items={D1: "pending", D4: "pending"},
)

case(
    name="soop-conditional",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Fri, 06 Sep 2024 09:12:40 +0900",
    subject="Re: KCSC-240905-04",
    reply_to_req="kcsc.240905-04",
    body=f"""Hello,

Thank you for the report. If our review confirms that {S1} promotes an illegal gambling site, the VOD will be made private and the streamer sanctioned under our operating policy.

The channel post {S2} is currently with our policy team.

SOOP Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="conditional outcome ('if our review confirms ... will be')",
    why="a condition and a promise, and 'currently with our team': nothing stated; named items stay pending",
    items={S1: "pending", S2: "pending"},
)

case(
    name="fmkorea-bulk-all-removed",
    **{"from": "help@fmkorea.com"}, name_from=enc_header("에펨코리아 운영진"),
    date="Sun, 08 Sep 2024 21:14:02 +0900",
    subject=enc_header("RE: [방송통신심의위원회] 불법정보 시정요구 (KCSC-240906-05)"),
    reply_to_req="kcsc.240906-05",
    body="""안녕하세요. 에펨코리아 운영진입니다.

KCSC-240906-05 건으로 요청하신 게시물 5건은 모두 삭제 처리 완료했습니다.
향후 유사 게시물은 모니터링 강화하겠습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="'all reported posts deleted' reply naming no URL",
    why="a statement about all five items of a five-item request without naming each: bulk review, items pending",
    items={F1: "pending", F2: "pending", F3: "pending", F4: "pending", F5: "pending"},
)

case(
    name="dc-bulk-korean",
    **{"from": "admin@dcinside.com"}, name_from=enc_header("디시인사이드 운영팀"),
    date="Sat, 07 Sep 2024 14:05:10 +0900",
    subject=enc_header("Re: [KCSC-240903-02] 게시물 삭제 요청의 건"),
    reply_to_req="kcsc.240903-02",
    body="""안녕하세요. 디시인사이드 운영팀입니다.

신고하신 게시물 전부 삭제 처리하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all deleted' reply in the thread of a four-item request",
    why="'전부 삭제' for a request with four items, none named: bulk review",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-untrusted-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from=enc_header("네이버 정책지원"),
    auth="fail",
    date="Sat, 07 Sep 2024 02:14:39 +0900",
    subject=enc_header("[NAVER] 시정요구 조치결과 회신 (KCSC-240902-01)"),
    body=f"""방송통신심의위원회 담당자님께,

KCSC-240902-01 건 조치 결과입니다.

{N1} : 삭제
{N3} : 삭제
{N7} : 삭제

네이버 정책지원팀 드림
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applies",
    items={N1: "pending", N3: "pending", N7: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "dalbit.manager88@gmail.com"}, name_from=enc_header("달빛주식카페 매니저"),
    date="Thu, 05 Sep 2024 22:31:08 +0900",
    subject=enc_header("카페 게시물 삭제했습니다 (KCSC-240902-01)"),
    body=f"""안녕하세요. 네이버 카페 '달빛주식' 매니저입니다.
네이버 측에서 연락을 받고 아래 글 두 개를 매니저 권한으로 삭제했습니다.

{N4}
{N5}

앞으로 리딩방 홍보 글은 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer cafe manager writing from a personal Gmail address",
    why="statements about NAVER items from a sender that is no platform: review, nothing applies",
    items={N4: "pending", N5: "pending"},
)

case(
    name="daum-states-naver-item",
    **{"from": "right@kakaocorp.com"}, name_from=enc_header("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 10:08:31 +0900",
    subject=enc_header("Re: [KCSC-240904-03] 불법정보 시정요구"),
    reply_to_req="kcsc.240904-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 목록 확인 중 별도 문의하신 {N5} 주소를 함께 확인했습니다.
해당 주소는 다음 카페가 아닌 네이버 카페 게시물이며, 확인 결과 이미 삭제되어 존재하지 않는 게시물입니다.

다음 카페 게시물은 검토 후 따로 안내드리겠습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao answering about a NAVER cafe URL",
    why="Daum's sender states a status for a NAVER item: wrong platform, nothing applies",
    items={N5: "pending"},
)

case(
    name="nate-mail-user-wrong-platform",
    **{"from": "sunny_blog77@nate.com"}, name_from=enc_header("김하늘"),
    date="Fri, 06 Sep 2024 23:50:12 +0900",
    subject=enc_header("블로그 글 내렸습니다"),
    body=f"""안녕하세요.
방심위에서 요청하셨다는 제 블로그 글 {N3} 비공개로 돌리고 삭제했습니다.
광고인 줄 모르고 올린 글이었습니다. 죄송합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a blogger writing from a personal nate.com mailbox about their own NAVER post",
    why="nate.com is the Nate platform's domain in this config, and it states a status for a NAVER item: wrong_platform (in substance a private person, so also no platform statement; see NOTES)",
    items={N3: "pending"},
)

case(
    name="daum-asks-for-documents",
    **{"from": "right@kakaocorp.com"}, name_from=enc_header("카카오 권리침해신고센터"),
    date="Thu, 05 Sep 2024 14:33:50 +0900",
    subject=enc_header("[다음] 추가 자료 요청 (KCSC-240904-03)"),
    reply_to_req="kcsc.240904-03",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물 {DA2} 에 대한 조치를 진행하기 위해서는
위원회의 심의 의결서 사본 또는 시정요구 공문(PDF)이 필요합니다.
해당 자료를 본 메일에 첨부하여 회신해 주시면 확인 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao asking for the 의결서 / 공문 before acting",
    why="the platform asks for documents; no status stated",
    items={DA2: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from=enc_header("네이버 정책지원"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc_header("[안내] 공공기관 시정요구 접수 창구 변경"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

9월 23일부터 공공기관의 시정요구 및 게시중단 요청 접수 창구가 전용 접수 페이지로 바뀝니다.
기존 메일 주소로 보내신 요청도 10월 31일까지는 정상 접수됩니다.

변경 이후 절차는 https://help.naver.com/policy/public-request 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="portal's notice of a changed intake channel for public-body requests",
    why="trusted NAVER mail that names no requested item and no request; the help link is not an item",
    items={},
)

case(
    name="fmkorea-forwarded-moderator-note",
    **{"from": "help@fmkorea.com"}, name_from=enc_header("에펨코리아 운영진"),
    date="Wed, 11 Sep 2024 15:40:26 +0900",
    subject=enc_header("Fwd: 신고 게시물 처리 내역"),
    body=f"""KCSC 담당자님, 주식 게시판 매니저가 보내온 처리 내역을 전달드립니다.

---------- Forwarded message ---------
From: 주식게시판 매니저 <stockmgr.fm@gmail.com>
Date: 2024년 9월 11일 (수) 오후 3:12
Subject: 신고 게시물 처리 내역
To: <help@fmkorea.com>

{F5} 삭제했습니다.
{F1} 도 삭제 완료입니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform forwarding a volunteer moderator's note without its own statement",
    why="the statements are a forwarded third party's (a Gmail moderator), not the platform's own",
    items={F5: "pending", F1: "pending"},
)

# ============ IGNORED ============

case(
    name="naver-chuseok-out-of-office",
    **{"from": "kim.sora@navercorp.com"}, name_from=enc_header("김소라"),
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject=enc_header("[자동응답] 부재중입니다: Re: [KCSC-240902-01] 불법정보 시정요구"),
    extra_headers=[AR_OK, "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요. 김소라입니다.
9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office for the Chuseok holidays until 18 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply over the Chuseok holidays",
    why="auto-reply (Auto-Submitted), no statement",
    items={},
)

_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: help@fmkorea.com",
    "Subject: [KCSC-240906-05] Reminder",
    "Message-ID: <kcsc.240906-05.r1@kcsc.example>",
    "Date: Fri, 13 Sep 2024 09:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "아래 게시물의 조치 결과를 아직 받지 못했습니다.",
    F3,
    F5,
])
case(
    name="fmkorea-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx1.fmkorea.com"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=[AR_OK],
    raw_mime=multipart("report", "=_dsn_fm_0913", [
        part("""This is the mail system at host mx1.fmkorea.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<help@fmkorea.com>: mailbox is full (quota exceeded)"""),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.fmkorea.com
Arrival-Date: Fri, 13 Sep 2024 09:00:39 +0900

Final-Recipient: rfc822; help@fmkorea.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full
""",
        "Content-Type: message/rfc822\n\n" + _orig + "\n",
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning our reminder",
    why="a bounce; the URLs are in our own returned message",
    items={F3: "pending", F5: "pending"},
)

case(
    name="daum-read-receipt",
    **{"from": "park.jh@kakaocorp.com"}, name_from=enc_header("박지훈"),
    date="Wed, 04 Sep 2024 10:12:07 +0900",
    subject=enc_header("읽음: [KCSC-240904-03] 불법정보 시정요구"),
    raw_mime=multipart("report", "=_mdn_kk_0904", [
        part("""귀하의 메시지

  받는 사람: right@kakaocorp.com
  제목: [KCSC-240904-03] 불법정보 시정요구
  보낸 날짜: 2024-09-04 (수) 오전 9:30

이(가) 2024-09-04 (수) 오전 10:12에 읽었습니다."""),
        """Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <kcsc.240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    ], params='; report-type=disposition-notification'),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook (Korean) read receipt, multipart/report disposition-notification",
    why="an MDN says only that the request was read",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from=enc_header("디시인사이드 고객센터"),
    date="Tue, 03 Sep 2024 11:00:52 +0900",
    subject=enc_header("[디시인사이드] 문의 접수 완료 안내 (접수번호 DC240903-00871)"),
    extra_headers=[AR_OK],
    body="""안녕하세요. 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: DC240903-00871
  - 문의 유형: 게시물 삭제 요청
  - 제목: [KCSC-240903-02] 게시물 삭제 요청의 건

담당자가 확인한 후 순차적으로 답변드리겠습니다. 답변까지 영업일 기준 1~3일이 걸릴 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수 완료 안내)",
    why="pure acknowledgement with a ticket number; no statement about any item",
    items={},
)

case(
    name="soop-zendesk-receipt",
    **{"from": "support@sooplive.co.kr"}, name_from="SOOP Support",
    date="Thu, 05 Sep 2024 14:01:30 +0900",
    subject="[SOOP] Request received: [KCSC-240905-04] Removal request (#48213)",
    extra_headers=[AR_OK],
    body=f"""##- Please type your reply above this line -##

Your request (#48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 5, 2024, 14:00 KST

Please remove the following content under the Information and Communications Network Act:
1. {S1}
2. {S2}
3. {S3}

This email is a service from SOOP Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' receipt echoing the submitted text",
    why="acknowledgement only; the URLs are our own echoed request, 'being reviewed' is no statement",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="kcsc-delay-dsn",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 14:00:12 +0900",
    subject="Delayed Mail (still being retried)",
    extra_headers=[AR_OK],
    raw_mime=multipart("report", "=_dsn_delay_0902", [
        part("""This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<policy@navercorp.com>: connect to mx.navercorp.com[203.0.113.25]:25:
    Connection timed out"""),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Mon, 02 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 07 Sep 2024 10:00:01 +0900
""",
        "Content-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: policy@navercorp.com\n"
        "Subject: " + enc_header("[KCSC-240902-01] 불법정보 시정요구") + "\n"
        "Message-ID: <kcsc.240902-01@kcsc.example>\n",
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning (Action: delayed) for our request to NAVER",
    why="a delay DSN from our own MTA, ignored whoever sent it",
    items={},
)


HEADER = """# Blind set 549: Korean portals and community sites, Korean and English
# mixed, with doubtful and ignorable mail. Written by make.py; expected
# results written from each email's meaning before any run of the reader.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
