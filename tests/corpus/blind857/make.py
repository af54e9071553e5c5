#!/usr/bin/env python3
"""Blind set 857: Korean replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND) to KCSC removal requests: 공문-style answers, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, plus the
usual receipts, auto-replies, bounces and read receipts.

    python3 tests/corpus/blind857/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind857"


def enc(s):
    """RFC 2047 encoded-words (UTF-8, base64) for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode()) > 36:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode()).decode() + "?=" for w in words)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mid(req):
    return "b857." + req


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240911-05", "KCSC-240913-06", "KCSC-240917-07")

N1 = "https://blog.naver.com/moonlit_kite/223560011201"
N2 = "https://blog.naver.com/moonlit_kite/223560011388"
N3 = "https://cafe.naver.com/greenvalleyfans/44117"
N4 = "https://cafe.naver.com/greenvalleyfans/44152"
N5 = "https://m.blog.naver.com/haneul_road/223561120045"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=472210931"
N7 = "https://tv.naver.com/v/58812345"
N8 = "https://in.naver.com/sori_garden/contents/%EC%97%AC%EB%A6%84%EC%97%AC%ED%96%89"
N8_RAW = "https://in.naver.com/sori_garden/contents/여름여행"
N9 = "https://cafe.naver.com/dawnmarket/9021"
N10 = "https://blog.naver.com/pale_orchid77/223563300912"
N11 = "https://cafe.naver.com/greenvalleyfans/44190"
N12 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60208&docId=472215507"
N13 = "https://blog.naver.com/pale_orchid77/223563301170"
N14 = "https://post.naver.com/viewer/postView.naver?volumeNo=38117702&memberNo=5512093"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/silverstream/Ax3p/221"
K2 = "https://cafe.daum.net/silverstream/Ax3p/240"
K3 = "https://mint-oasis.tistory.com/118"
K4 = "https://brunch.co.kr/@paperboat/47"
K5 = "https://open.kakao.com/o/gX9kLm2a"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp0A"
Y2 = "https://www.youtube.com/watch?v=b8NnW4cKz1s"
Y3 = "https://www.youtube.com/shorts/Zx81pLqwe3M"
Y4 = "https://youtu.be/Hh4oP9mVtR2"

D1 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_stock&no=104421"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_stock&no=104530"
D3 = "https://gall.dcinside.com/board/view/?id=rainydays&no=2281907"
D4 = "https://gall.dcinside.com/mini/board/view/?id=paperlantern&no=5512"

B1 = "https://band.us/band/81234567/post/311"
B2 = "https://band.us/band/81234567/post/318"

S1 = "https://blog.naver.com/quietbrook_22/223571100456"

T1 = "https://cafe.daum.net/oldharbor/Qk2L/77"
T2 = "https://story.kakao.com/_aB3cD9/ZxY12mN0pQ"
T3 = "https://lucky-pebble.tistory.com/52"

REQUESTS = [
    (R1, "naver", "2024-09-02", "2024-09-09", R1_URLS, "gambling", "불법 도박 홍보 14건"),
    (R2, "kakao", "2024-09-03", "2024-09-10", [K1, K2, K3, K4, K5], "drugs", "마약류 판매 광고"),
    (R3, "youtube", "2024-09-05", "2024-09-12", [Y1, Y2, Y3, Y4], "defamation", "명예훼손 영상"),
    (R4, "dcinside", "2024-09-09", "2024-09-16", [D1, D2, D3, D4], "privacy", "개인정보 노출"),
    (R5, "band", "2024-09-11", "2024-09-18", [B1, B2], "fraud", "투자 사기 모집"),
    (R6, "naver", "2024-09-13", "2024-09-20", [S1], "obscenity", "음란 게시물"),
    (R7, "kakao", "2024-09-17", "2024-09-24", [T1, T2, T3], "gambling", "도박 사이트 광고"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref[5:]) + "@kcsc.example", note])


NAVER_POLICY = enc("네이버 정책지원")
KAKAO_POLICY = enc("카카오 정책지원팀")

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---- NAVER, request 1 (14 items) ----------------------------------------

rows = [
    (N1, "삭제", "2024-09-04"), (N2, "삭제", "2024-09-04"), (N3, "임시조치", "2024-09-04"),
    (N4, "블라인드", "2024-09-04"), (N5, "게시물 없음", "-"), (N6, "삭제", "2024-09-05"),
    (N7, "비공개", "2024-09-05"), (N8, "접속차단(국내)", "2024-09-05"), (N9, "삭제", "2024-09-05"),
    (N10, "조치 불가", "-"), (N11, "삭제", "2024-09-06"), (N12, "게시물 없음", "-"),
    (N13, "삭제", "2024-09-06"), (N14, "삭제", "2024-09-06"),
]
table = "\n".join(f" {i:>2} | {u} | {s} | {d}" for i, (u, s, d) in enumerate(rows, 1))
case(
    name="naver-gongmun-text-table",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Fri, 06 Sep 2024 17:40:12 +0900",
    subject=enc(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=mid(R1[5:]),
    body=f"""
수신: 방송통신심의위원회 (통신심의국 불법정보 담당)
발신: 네이버 주식회사 정책지원실
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 2. 시정요구한 정보 14건에 대한 당사의
   조치결과를 아래와 같이 회신합니다.

                         - 아    래 -

 순번 | 대상 URL | 조치결과 | 조치일
{table}

3. '게시물 없음'은 요청 접수 시점에 이미 게시자가 삭제하였거나 존재하지
   않는 게시물이며, '조치 불가'는 당사 운영정책 및 관계 법령 위반 사항이
   확인되지 않아 게시를 유지한 건입니다.  끝.

네이버 주식회사 정책지원실 | 담당 한서윤 | 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="포털의 방심위 시정요구 조치결과 회신 공문 (본문 텍스트 표)",
    why="공문 style answer naming all 14 URLs with 삭제/임시조치/블라인드/게시물 없음/비공개/접속차단(국내)/조치 불가",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "rejected",
           N11: "removed", N12: "not_found", N13: "removed", N14: "removed"},
)

html_rows = [(N1, "삭제 완료"), (N2, "임시조치(30일)"), (N3, "삭제 완료"),
             (N4, "게시물 없음(작성자 삭제)"), (N5, "삭제 완료"), (N6, "게시 유지(위반 사항 없음)")]
plain_part = "\n".join(f"{i}. {u}  {s}" for i, (u, s) in enumerate(html_rows, 1))
html_part = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td></tr>'
    for i, (u, s) in enumerate(html_rows, 1))
case(
    name="naver-html-table-first-six",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Wed, 04 Sep 2024 11:02:45 +0900",
    subject=enc(f"RE: [{R1}] 불법정보 시정요구 - 1차 조치결과"),
    reply_to_req=mid(R1[5:]),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-b857-html6"

--alt-b857-html6
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원실입니다.
{R1} 건 중 우선 처리된 6건의 결과를 회신드립니다.

{plain_part}

나머지 8건은 처리 완료 후 별도로 회신드리겠습니다.

--alt-b857-html6
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하십니까, 네이버 정책지원실입니다.<br>{R1} 건 중 우선 처리된 6건의 결과를 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eef3ff"><th>순번</th><th>URL</th><th>처리 결과</th></tr>
{html_part}
</table>
<p>나머지 8건은 처리 완료 후 별도로 회신드리겠습니다.</p>
</body></html>

--alt-b857-html6--
""",
    outcome="applied", classification="confirmation",
    imitates="포털 정책팀의 1차 조치결과 HTML 표 회신 (multipart/alternative)",
    why="six named rows: 삭제 완료 x3, 임시조치, 작성자 삭제로 게시물 없음, 게시 유지; the rest promised later",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "removed",
           N6: "rejected"},
)

csv_rows = [("7", N7, "비공개 처리", ""), ("8", N8_RAW, "국내 접속 차단", "해외 IP 열람 가능"),
            ("9", N9, "게시중단", ""), ("10", N10, "삭제", ""),
            ("11", N11, "임시조치", "30일"), ("12", N12, "존재하지 않는 게시물", "작성자 삭제"),
            ("13", N13, "삭제", ""), ("14", N14, "게시 유지", "위반 사항 확인되지 않음")]
csv_text = "번호,URL,처리결과,비고\r\n" + "".join(
    f'{a},"{u}",{s},{n}\r\n' for a, u, s, n in csv_rows)
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    subject=enc(f"RE: [{R1}] 불법정보 시정요구 - 2차 조치결과(첨부)"),
    reply_to_req=mid(R1[5:]),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="mix-b857-csv"

--mix-b857-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원실입니다.

{R1} 건의 나머지 8건(순번 7~14)에 대한 조치결과를 첨부 파일로
송부드리오니 확인 부탁드립니다.

감사합니다.

--mix-b857-csv
Content-Type: text/csv; charset=utf-8; name="{R1}_result_2.csv"
Content-Disposition: attachment; filename="{R1}_result_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--mix-b857-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과를 CSV 첨부로 보내는 포털 회신",
    why="CSV rows 7-14 (Korean path written raw): 비공개/국내 접속 차단/게시중단/삭제/임시조치/존재하지 않음/삭제/게시 유지",
    items={N7: "removed", N8: "restricted", N9: "removed", N10: "removed", N11: "restricted",
           N12: "not_found", N13: "removed", N14: "rejected"},
)

case(
    name="naver-cafe-qp-prose",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Thu, 05 Sep 2024 14:27:31 +0900",
    subject=enc(f"[네이버 카페] {R1} 관련 카페 게시글 처리 결과 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 카페 고객센터입니다.

{R1} 건으로 요청해 주신 카페 게시글 가운데 저희 팀에서 담당한 두 건의 처리 결과를 안내드립니다.

dawnmarket 카페의 게시글 {N9} 은 카페 운영원칙 위반이 확인되어 블라인드 처리하였습니다.

greenvalleyfans 카페의 게시글 {N11} 은 검토 결과 운영원칙상 제재 사유에 해당하지 않아 게시를 유지하기로 하였습니다. 위원회 심의 결과 등 추가 판단 근거가 있으시면 회신 부탁드립니다.

네이버 카페 고객센터 드림
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 카페 고객센터 처리 결과 안내 (quoted-printable 본문)",
    why="블라인드 처리 for dawnmarket/9021; 제재 사유 아님, 게시 유지 for greenvalleyfans/44190",
    items={N9: "removed", N11: "rejected"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "kin_report@navercorp.com"}, name_from=enc("네이버 신고센터"),
    date="Sat, 07 Sep 2024 09:51:08 +0900",
    subject=enc(f"Re: [{R1}] 불법정보 시정요구 (14건)"),
    reply_to_req=mid(R1[5:]),
    body=f"""
안녕하세요. 네이버 신고센터 담당자입니다.
블로그/지식iN 담당분 처리 결과 공유드립니다.

{N10}
→ 게시중단 완료 (9/6)

{N12}
→ 질문 작성자가 요청 전에 직접 삭제한 글이라 존재하지 않습니다

{N13}
→ 임시조치 (30일)

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="포털 신고센터 담당자의 짧은 처리 결과 회신 (URL 아래 줄에 결과)",
    why="bare URL with its result on the next line: 게시중단 완료, 작성자 삭제로 없음, 임시조치",
    items={N10: "removed", N12: "not_found", N13: "restricted"},
)

case(
    name="naver-top-posted-korean-gmail-quote",
    **{"from": "blogcare@navercorp.com"}, name_from=enc("네이버 블로그팀"),
    date="Tue, 03 Sep 2024 16:20:44 +0900",
    subject=enc(f"Re: [{R1}] 불법정보 시정요구 (14건)"),
    reply_to_req=mid(R1[5:]),
    body=f"""
안녕하세요. 네이버 블로그/카페 신고 담당입니다.

아래 두 건은 오늘 삭제 완료했습니다.
- {N2}
- {N3}

나머지 게시물은 확인 중이며 처리되는 대로 다시 회신드리겠습니다.

2024년 9월 2일 (월) 오후 3:12, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 정보는 불법 도박 홍보에 해당하여 시정요구(삭제)를 요청드립니다.
> 참조번호: {R1}
>
> 1. {N1}
> 2. {N2}
> 3. {N3}
> 4. {N4}
> 5. {N5}
> 6. {N6}
> 7. {N7}
> 8. {N8}
> 9. {N9}
> 10. {N10}
> 11. {N11}
> 12. {N12}
> 13. {N13}
> 14. {N14}
>
> 조치 결과를 2024. 9. 9.까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail 한국어 인용 머리글 위에 쓴 담당자 답장 (top-posted)",
    why="two URLs named above the quote as 삭제 완료; the 14 quoted URLs and '확인 중' change nothing",
    items={N2: "removed", N3: "removed"},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "cafe_help@naver.com"}, name_from=enc("네이버 카페 고객센터"),
    date="Wed, 04 Sep 2024 18:03:19 +0900",
    subject=enc(f"[네이버 카페] 요청하신 게시글 조치 안내 ({R1})"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 건 중 {N3}에 대해서는 명예훼손 여부를 판단하기 어려워 정보통신망법에 따라 임시조치(30일)를 하였으며, 같은 카페의 게시글（{N4}）은 카페 운영원칙 위반으로 삭제하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 카페 고객센터 문장형 조치 안내 (URL 뒤 조사·전각 괄호)",
    why="URL glued to 에 gets 임시조치 (restricted); URL in full-width parentheses gets 삭제",
    items={N3: "restricted", N4: "removed"},
)

case(
    name="naver-base64-numbered",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Thu, 05 Sep 2024 20:11:57 +0900",
    subject=enc(f"RE: [{R1}] 조치결과 일부 회신"),
    reply_to_req=mid(R1[5:]),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하십니까. 네이버 정책지원실입니다.
요청하신 건 중 아래 3건의 조치 결과를 먼저 알려드립니다.

1) {N5}
   : 게시자가 자진 삭제하여 현재 존재하지 않는 게시물입니다.
2) {N6}
   : 질문 게시물 삭제 조치
3) {N8_RAW}
   : 국내 접속 차단 (해외에서는 열람 가능)

나머지 건은 처리 중입니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="포털 정책팀 번호 목록 회신 (base64 본문, 한글 경로 URL)",
    why="numbered list, result on the line below: 자진 삭제로 없음, 질문 삭제, 국내 접속 차단 (raw Korean path)",
    items={N5: "not_found", N6: "removed", N8: "restricted"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "seo.jihoon@navercorp.com"}, name_from=enc("서지훈 (네이버 정책지원)"),
    date="Fri, 06 Sep 2024 09:30:02 +0900",
    subject=enc(f"RE: [{R1}] 불법정보 시정요구 (14건)"),
    reply_to_req=mid(R1[5:]),
    body=f"""
담당자님 안녕하세요.

네이버 포스트 {N14} 와
블로그 {N1}
두 건 모두 게시 중단 처리하였습니다.

서지훈 드림
네이버 정책지원실

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 15:12:08 (GMT+09:00)
Subject: [{R1}] 불법정보 시정요구 (14건)

네이버 담당자님께,
아래 정보에 대하여 시정요구(삭제)를 요청드립니다.
{chr(10).join(R1_URLS)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/네이버웍스 '-----Original Message-----' 인용 위 담당자 회신",
    why="two URLs above the original-message block 게시 중단; the quoted request list is not a statement",
    items={N14: "removed", N1: "removed"},
)

case(
    name="naver-tv-gmail-quote",
    **{"from": "tv_op@navercorp.com"}, name_from=enc("네이버TV 운영팀"),
    date="Thu, 05 Sep 2024 13:44:10 +0900",
    subject=enc(f"Re: [{R1}] 불법정보 시정요구 (14건)"),
    reply_to_req=mid(R1[5:]),
    body=f"""
안녕하세요, 네이버TV 운영팀입니다.

네이버TV 영상 {N7} 은 채널 운영자에게 통보한 뒤 비공개로 전환하였습니다. 해당 채널에는 경고 1회가 부여되었습니다.

감사합니다.

On Mon, Sep 2, 2024 at 3:12 PM KCSC 통신심의 <takedown@kcsc.example> wrote:
> 7. {N7}
> 8. {N8}
""",
    outcome="applied", classification="confirmation",
    imitates="네이버TV 운영팀 회신 (Gmail 영문 인용 머리글)",
    why="비공개로 전환 = made unavailable -> removed; the quoted N8 line is the regulator's own text",
    items={N7: "removed"},
)

case(
    name="naver-receipt-plus-one-done",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Tue, 03 Sep 2024 10:05:33 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 접수 확인"),
    reply_to_req=mid(R1[5:]),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

보내주신 시정요구 공문({R1}, 14건)은 정상적으로 접수되었습니다.
접수된 건 중 {N10} 는 긴급 건으로 분류되어 즉시 삭제하였고,
나머지 13건은 검토 후 순차적으로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="접수 확인 + 긴급 1건 즉시 삭제를 함께 알리는 회신",
    why="acknowledgement phrase plus an unhedged 즉시 삭제하였고 for one named URL; the other 13 only promised",
    items={N10: "removed"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "blogcare@navercorp.com"}, name_from=enc("네이버 블로그팀"),
    date="Mon, 16 Sep 2024 11:20:00 +0900",
    subject=enc(f"Re: [{R6}] 게시물 삭제 요청 (1건)"),
    reply_to_req=mid(R6[5:]),
    body="""
안녕하세요, 네이버 블로그팀입니다.

요청하신 블로그 게시물은 이용약관 및 운영정책 위반이 확인되어 금일 비공개 처리되었음을 알려드립니다.
게시자에게는 조치 사실과 이의제기 방법이 안내되었습니다.

이의제기 안내: https://help.naver.com/service/5614/contents/19388

감사합니다.
네이버 블로그팀
""",
    outcome="applied", classification="confirmation",
    imitates="네이버 블로그팀의 1건 요청 회신 (URL 없이 '요청하신 게시물')",
    why="reply to a one-item request, single unhedged 비공개 처리되었음; the help link is not an item",
    items={S1: "removed"},
)

# ---- Kakao, request 2 (5 items) and request 7 (3 items) -----------------

case(
    name="kakao-gongmun-ganada-list",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_POLICY,
    date="Fri, 06 Sep 2024 15:00:41 +0900",
    subject=enc(f"[카카오] 시정요구({R2}) 조치결과 알림"),
    reply_to_req=mid(R2[5:]),
    body=f"""
문서번호: 카카오정책-2024-0906-112
수    신: 방송통신심의위원회
제    목: 시정요구({R2}) 조치결과 알림

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관이 2024. 9. 3. 요청한 5건에 대한 조치결과를 아래와 같이 알려드립니다.

  가. {K1} — 삭제
  나. {K2} — 삭제
  다. {K3} — 국내 접근 제한
  라. {K4} — 조치 불가 (운영정책 및 관계 법령 위반 소지가 확인되지 않음)
  마. {K5} — 요청 접수 전 이미 종료된 오픈채팅방으로 존재하지 않음

3. 조치결과에 이견이 있으시면 회신하여 주시기 바랍니다.  끝.

주식회사 카카오 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 정책팀 공문식 조치결과 알림 (가나다 목록)",
    why="five named lines: 삭제, 삭제, 국내 접근 제한, 조치 불가 with reason, 이미 종료되어 존재하지 않음",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected", K5: "not_found"},
)

case(
    name="kakao-daum-temp-measure-notice",
    **{"from": "noreply-right@daum.net"}, name_from=enc("Daum 권리침해신고센터"),
    date="Thu, 05 Sep 2024 09:12:26 +0900",
    subject=enc("[Daum] 게시물 임시조치 안내"),
    body=f"""
안녕하세요, Daum 권리침해신고센터입니다.

신고하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치하였음을 안내드립니다.

■ 신고 기관: 방송통신심의위원회 ({R2})
■ 게시물 주소: {K2}
■ 조치 내용: 임시조치 (2024.09.05 ~ 2024.10.04, 30일간 접근 차단)
■ 접수번호: RC-2409-05-33817

임시조치 기간 중 게시자가 재게시를 요청하는 경우 관련 절차에 따라
처리되며, 그 결과는 별도로 안내드립니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://cs.daum.net/)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 안내 메일",
    why="임시조치 (30일간 접근 차단) of one named cafe post -> restricted; the cs.daum.net link is not an item",
    items={K2: "restricted"},
)

case(
    name="kakao-tistory-informal",
    **{"from": "tistory-ops@kakaocorp.com"}, name_from=enc("티스토리 운영팀"),
    date="Wed, 04 Sep 2024 11:48:05 +0900",
    subject=enc(f"Re: [{R2}] 불법정보 시정요구"),
    reply_to_req=mid(R2[5:]),
    body=f"""
안녕하세요 티스토리 운영팀 박도윤입니다.

말씀하신 {K3} 글은 오늘 오전에 비공개 처리했습니다.
블로그 자체는 다른 글에 문제가 없어 운영 중인 상태입니다.
나머지 카페/브런치 건은 각 서비스 담당에게 전달해 두었습니다.

박도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="티스토리 운영 담당자의 짧은 비공식 회신",
    why="named post 비공개 처리했습니다 -> removed; the blog staying up is not the item",
    items={K3: "removed"},
)

case(
    name="kakao-brunch-openchat",
    **{"from": "safety@kakaocorp.com"}, name_from=enc("카카오 세이프티팀"),
    date="Mon, 09 Sep 2024 16:36:50 +0900",
    subject=enc(f"Re: [{R2}] 불법정보 시정요구"),
    reply_to_req=mid(R2[5:]),
    body=f"""
안녕하세요, 카카오 세이프티팀입니다.

브런치 글 <{K4}> 은 작가에게 사전 안내 후 삭제하였습니다.
오픈채팅방 <{K5}> 은 마약류 거래 정황이 확인되어 방을 폐쇄하고 방장 계정의 오픈채팅 이용을 영구 제한하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 세이프티팀 회신 (꺾쇠 괄호 URL)",
    why="brunch post 삭제하였습니다; open chat room 폐쇄 (made unavailable) -> removed",
    items={K4: "removed", K5: "removed"},
)

t_rows = [(T1, "게시글 삭제"), (T2, "게시물 없음 (작성자 삭제)"), (T3, "청소년 열람 제한")]
case(
    name="kakao-html-only-table",
    **{"from": "policy@kakaocorp.com"}, name_from=KAKAO_POLICY,
    date="Thu, 19 Sep 2024 14:05:12 +0900",
    subject=enc(f"[카카오] 시정요구({R7}) 처리 결과"),
    reply_to_req=mid(R7[5:]),
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body>
<div style="font-size:13px">
<p>안녕하세요, 카카오 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구(<b>{R7}</b>)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table style="border:1px solid #ccc;border-collapse:collapse">
<thead><tr><th>서비스</th><th>대상</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>Daum 카페</td><td>{T1}</td><td>{t_rows[0][1]}</td></tr>
<tr><td>카카오스토리</td><td>{T2}</td><td>{t_rows[1][1]}</td></tr>
<tr><td>티스토리</td><td>{T3}</td><td>{t_rows[2][1]}</td></tr>
</tbody></table>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</div></body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="카카오 정책팀 HTML 전용 처리 결과 표",
    why="HTML table: 게시글 삭제, 작성자 삭제로 게시물 없음, 청소년 열람 제한 (age restriction)",
    items={T1: "removed", T2: "not_found", T3: "restricted"},
)

case(
    name="kakao-daum-cafe-angle-bracket",
    **{"from": "cafe_op@daum.net"}, name_from=enc("Daum 카페 운영팀"),
    date="Wed, 18 Sep 2024 19:22:37 +0900",
    subject=enc(f"Re: [{R7}] 불법정보 시정요구 (3건)"),
    reply_to_req=mid(R7[5:]),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

대상: <{T1}>
결과: 카페 운영정책(불법 도박 홍보) 위반으로 게시글 삭제, 작성자 카페 활동 정지

카카오스토리·티스토리 건은 담당 부서에서 따로 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀의 대상/결과 두 줄 회신",
    why="대상 line with URL in angle brackets, 결과 line 게시글 삭제; other services only promised",
    items={T1: "removed"},
)

# ---- YouTube Korea, request 3 (4 items) ---------------------------------

case(
    name="yt-korean-legal-url-then-result",
    **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법률 지원팀"),
    date="Tue, 10 Sep 2024 02:14:09 +0900",
    subject=enc(f"YouTube 법적 요청 검토 결과 안내 [{R3}]"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청({R3})을 검토한 결과 다음과 같이 조치했습니다.

{Y1}
- 현지 법률에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

{Y2}
- 괴롭힘 및 사이버 폭력 정책 위반으로 YouTube에서 삭제했습니다.

나머지 URL에 대해서는 검토가 끝나는 대로 별도로 연락드리겠습니다.

YouTube 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801939 를 참고하시기 바랍니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법적 요청 결과 안내 (한국어판, URL 아래 결과 줄)",
    why="Y1 access blocked in Korea -> restricted; Y2 deleted from YouTube -> removed; support link not an item",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restricted-and-declined",
    **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법률 지원팀"),
    date="Wed, 11 Sep 2024 03:40:55 +0900",
    subject=enc(f"Re: YouTube 법적 요청 검토 결과 안내 [{R3}]"),
    body=f"""
안녕하세요.

{R3} 요청의 나머지 콘텐츠에 대한 검토 결과입니다.

• {Y3}: 이 Shorts 동영상에 연령 제한을 적용했습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.
• {Y4}: 검토 결과 YouTube 커뮤니티 가이드라인 또는 현지 법률 위반이 확인되지 않아 조치를 취하지 않았습니다. 관할 법원의 판결이 있는 경우 다시 제출해 주시기 바랍니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법적 요청 결과 안내 (연령 제한 / 조치 없음)",
    why="bulleted: age restriction -> restricted; no violation found, no action taken -> rejected",
    items={Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-bilingual-uploader-removed",
    **{"from": "trust-safety-apac@youtube.com"}, name_from="YouTube Trust & Safety",
    date="Mon, 09 Sep 2024 18:07:21 +0900",
    subject=f"Re: [{R3}] Removal request / 삭제 요청",
    reply_to_req=mid(R3[5:]),
    body=f"""
Hello KCSC team,

Update on your request {R3}:

- {Y3} has been removed from YouTube for violating our harassment and cyberbullying policy.
- The video at {Y4} was deleted by the uploader before our review was completed, so there was nothing left for us to act on.

(한국어) {R3} 요청 진행 상황입니다. 위 Shorts 영상은 괴롭힘 정책 위반으로 삭제되었고, youtu.be 링크의 영상은 검토 완료 전에 업로더가 직접 삭제하였습니다.

Regards,
YouTube Trust & Safety (APAC)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety 영/한 병기 회신",
    why="Y3 removed for policy violation; Y4 deleted by its uploader before review -> not_found",
    items={Y3: "removed", Y4: "not_found"},
)

# ---- DC Inside, request 4 (4 items) -------------------------------------

case(
    name="dc-informal-dash-list",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Wed, 11 Sep 2024 13:58:02 +0900",
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid(R4[5:]),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과 알려드립니다.

{D1} - 삭제 완료
{D2} - 삭제 완료
{D3} - 이미 작성자가 삭제한 글입니다
{D4} - 삭제 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 운영팀의 한 줄씩 처리 결과 회신",
    why="each URL named with its result: 삭제 완료 x3, already deleted by its author -> not_found",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed"},
)

case(
    name="dc-gallery-manager-prose",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
    date="Thu, 12 Sep 2024 10:31:44 +0900",
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid(R4[5:]),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

rainydays 갤러리 게시물({D3})은 확인 결과 작성자가 스스로 삭제하여 현재 존재하지 않는 글입니다.
미니 갤러리 게시물 {D4} 은 운영팀에서 개인정보 노출을 확인하고 삭제 처리하였으며, 작성자 IP는 30일간 글쓰기가 차단되었습니다.

갤러리 운영 원칙은 https://gall.dcinside.com/policy 에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="디시인사이드 신고센터 문장형 회신 (괄호 안 URL)",
    why="D3 deleted by its author -> not_found; D4 삭제 처리 -> removed; policy page not an item",
    items={D3: "not_found", D4: "removed"},
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 17:05:09 +0900",
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid(R4[5:]),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

지난번 회신에서 누락된 주식 마이너 갤러리 게시물
<{D2.split("&")[0]}
&{D2.split("&")[1]}> 건은 오늘 삭제 처리하였습니다.

불편을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="메일 클라이언트가 꺾쇠 괄호 URL을 두 줄로 접은 운영팀 회신",
    why="angle-bracketed URL wrapped before '&no=104530' (RFC 3986 allows the join); 삭제 처리 -> removed",
    items={D2: "removed"},
)

# ---- BAND, request 5 (2 items) ------------------------------------------

case(
    name="band-two-posts-mixed",
    **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject=enc(f"Re: [{R5}] 투자 사기 모집 게시글 조치 요청"),
    reply_to_req=mid(R5[5:]),
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

요청하신 밴드 게시글 2건의 처리 결과를 안내드립니다.

1. {B1}
   투자 사기 모집 글로 확인되어 게시글을 삭제하고 작성자의 밴드 이용을 제한하였습니다.
2. {B2}
   요청 접수 시점에 이미 삭제되어 확인할 수 없는 게시글입니다.

BAND 운영정책: https://band.us/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영정책팀 처리 결과 안내",
    why="B1 게시글을 삭제 -> removed; B2 already gone when received -> not_found; policy link not an item",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-echoed-report",
    **{"from": "noreply@band.us"}, name_from=enc("BAND 고객센터"),
    date="Sat, 14 Sep 2024 08:45:30 +0900",
    subject=enc("[BAND] 신고하신 게시글의 처리 결과를 알려드립니다"),
    body=f"""
[BAND] 신고 처리 결과 안내

안녕하세요, BAND 고객센터입니다.
고객님께서 접수하신 신고의 처리 결과를 알려드립니다.

[신고 내용]
- 접수일: 2024.09.11
- 신고 대상: {B2}
- 신고 사유: 불법정보 (투자 사기)
- 참고: {R5}

[처리 결과]
- 운영정책 위반이 확인되어 해당 게시글을 삭제하였습니다.

건강한 BAND를 위해 신고해 주셔서 감사합니다.
※ 이 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 (신고 내용 되풀이 + 처리 결과)",
    why="the echoed report names one post, the 처리 결과 says it was deleted -> removed",
    items={B2: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-this-week",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Wed, 04 Sep 2024 09:02:11 +0900",
    subject=enc(f"RE: [{R1}] 불법정보 시정요구 (14건)"),
    reply_to_req=mid(R1[5:]),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

요청하신 건 중 아래 블로그 게시물 2건은 내부 검토를 거쳐 이번 주 중으로
삭제 조치할 예정입니다.

 - {N1}
 - {N2}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="포털 정책팀의 '조치 예정' 중간 회신",
    why="삭제 조치할 예정 is a promise; both named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-already-gone",
    **{"from": "cafe_op@daum.net"}, name_from=enc("Daum 카페 운영팀"),
    date="Thu, 05 Sep 2024 15:49:03 +0900",
    subject=enc(f"Re: [{R2}] 불법정보 시정요구"),
    reply_to_req=mid(R2[5:]),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K1} 게시글은 현재 열람되지 않는 것으로 보아 카페 운영진이 이미 삭제한 것으로 보입니다.
정확한 경위는 카페 측에 확인 중이며, 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum 카페 운영팀의 추정형 회신",
    why="'것으로 보입니다' is a hedge, and the team is still checking; K1 stays pending",
    items={K1: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Tue, 10 Sep 2024 16:00:00 +0900",
    subject=enc(f"[네이버] 시정요구({R1}) 조치 완료 알림"),
    reply_to_req=mid(R1[5:]),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구({R1}) 조치 완료 알림

1. 귀 위원회의 시정요구({R1}) 관련입니다.
2. 당사는 시정요구 대상 게시물 14건 전체에 대하여 2024. 9. 10.자로
   게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원실
""",
    outcome="review", review="bulk",
    imitates="포털의 '대상 전체 조치 완료' 공문",
    why="one statement for all 14 items of a 14-item request, no URL named: bulk, items pending",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="dc-bulk-informal",
    **{"from": "admin@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 22:17:45 +0900",
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid(R4[5:]),
    body=f"""
안녕하세요~ 디시 운영팀입니다.
{R4} 건으로 요청 주신 게시물들 전부 삭제했습니다.
추가로 발견되는 글 있으면 언제든 말씀 주세요.
""",
    outcome="review", review="bulk",
    imitates="커뮤니티 운영자의 '전부 삭제했습니다' 한 줄 회신",
    why="'전부 삭제' for a four-item request without naming any post: bulk",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="naver-spoofed-dmarc-fail",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY, auth="fail",
    date="Sat, 07 Sep 2024 03:12:40 +0900",
    subject=enc(f"RE: [{R1}] 조치결과 회신"),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

{R1} 건 중 아래 게시물은 삭제 완료되었습니다.
{N1}

자세한 조치 내역은 아래 링크에서 확인해 주십시오.
http://naver-policy-result.example/view?id=88213
""",
    outcome="review", review="untrusted",
    imitates="네이버 정책팀을 사칭한 메일 (DMARC 실패)",
    why="From navercorp.com but dkim/spf/dmarc fail: nothing applied",
    items={N1: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "greenvalley.manager@gmail.com"}, name_from=enc("그린밸리 카페 매니저"),
    date="Thu, 05 Sep 2024 23:40:18 +0900",
    subject=enc("카페 게시글 삭제했습니다"),
    body=f"""
안녕하세요 greenvalleyfans 카페 매니저입니다.
네이버에서 위원회 요청이 있었다고 연락받았습니다.
{N4} 글 제가 매니저 권한으로 삭제했습니다.
앞으로 도박 홍보 글은 바로바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="카페 매니저(개인 Gmail)가 직접 보낸 삭제 알림",
    why="a cafe manager writing from gmail.com is not the platform; claim kept for a person",
    items={N4: "pending"},
)

case(
    name="kakao-about-naver-url",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 16 Sep 2024 10:02:33 +0900",
    subject=enc("Re: 게시물 삭제 요청 (1건)"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 {S1} 은 당사(카카오/Daum) 서비스의 게시물이 아니며,
당사 서비스에서는 확인되지 않는 주소입니다. 해당 서비스 운영사에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="다른 포털 주소를 받은 카카오 권리침해신고센터 회신",
    why="Kakao says a NAVER blog URL is not found on its own services: a statement about another platform's item",
    items={S1: "pending"},
)

case(
    name="dc-asks-for-resolution",
    **{"from": "report@dcinside.com"}, name_from=enc("디시인사이드 신고센터"),
    date="Tue, 10 Sep 2024 14:20:07 +0900",
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청 - 자료 요청"),
    reply_to_req=mid(R4[5:]),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 중 {D1} 은
게시자가 공인의 공개 일정을 옮긴 글이라고 소명하고 있어, 조치 여부 판단을 위해
심의 의결서 또는 시정요구 공문 원본(PDF)을 회신 메일에 첨부하여 주시기 바랍니다.

자료가 접수되면 검토 후 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="커뮤니티 신고센터의 증빙 자료 요청",
    why="asks for the 의결서/공문 before deciding on D1; nothing decided",
    items={D1: "pending"},
)

case(
    name="naver-channel-change-notice",
    **{"from": "policy-desk@navercorp.com"}, name_from=NAVER_POLICY,
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject=enc("[네이버] 공공기관 시정요구 접수 창구 변경 안내"),
    body="""
안녕하십니까, 네이버 정책지원실입니다.

2024년 10월 1일부터 공공기관의 시정요구 및 삭제 요청 접수 창구가
전용 접수 시스템으로 일원화됩니다. 기존 이메일 접수는 10월 31일까지
병행 운영한 뒤 종료할 예정입니다.

접수 시스템 안내: https://policy.naver.com/public-request/guide

기관 담당자 계정 발급은 위 페이지에서 신청하실 수 있습니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="포털의 기관 대상 접수 창구 변경 공지",
    why="trusted NAVER mail naming no item and no request; the guide link is not an item",
    items={},
)

case(
    name="yt-under-review",
    **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법률 지원팀"),
    date="Fri, 06 Sep 2024 08:30:19 +0900",
    subject=enc(f"Re: [{R3}] 명예훼손 영상 삭제 요청"),
    reply_to_req=mid(R3[5:]),
    body=f"""
안녕하세요.

요청하신 아래 동영상 2건은 현재 담당 팀에서 검토 중입니다.

{Y1}
{Y2}

검토는 현지 법률과 YouTube 정책을 함께 고려하여 진행되며, 완료되면 결과를 안내해 드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube 법률 지원팀의 '검토 중' 진행 안내",
    why="names two videos as still under review: no status, not a pure receipt either",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="kakao-conditional-deletion",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Fri, 06 Sep 2024 17:55:42 +0900",
    subject=enc(f"Re: [{R2}] 불법정보 시정요구"),
    reply_to_req=mid(R2[5:]),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

{K2} 게시물에 대해서는 게시자에게 소명 기회를 부여하였습니다.
게시자가 7일 이내에 소명하지 않을 경우 해당 게시물은 삭제될 예정이며,
소명이 접수되면 내용을 검토하여 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="게시자 소명 절차를 알리는 조건부 회신",
    why="deletion depends on a condition (no reply within 7 days): K2 stays pending",
    items={K2: "pending"},
)

# ================================================================ IGNORED

case(
    name="naver-out-of-office",
    **{"from": "han.seoyun@navercorp.com"}, name_from=enc("한서윤"),
    date="Mon, 02 Sep 2024 15:13:02 +0900",
    subject=enc(f"[자동응답] 부재중입니다 (Re: [{R1}] 불법정보 시정요구 (14건))"),
    reply_to_req=mid(R1[5:]),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한서윤입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중이며 메일 확인이 어렵습니다.
급한 시정요구 건은 policy-desk@navercorp.com 으로 보내주시면
담당자가 처리하겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="네이버웍스 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 15:20:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b857-dc"

--dsn-b857-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kcsc@dcinside.com>: host mx2.dcinside.com said: 550 5.1.1
    <report-kcsc@dcinside.com>: Recipient address rejected: User unknown

--dsn-b857-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 15:20:40 +0900 (KST)

Final-Recipient: rfc822; report-kcsc@dcinside.com
Original-Recipient: rfc822;report-kcsc@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-kcsc@dcinside.com>: Recipient
    address rejected: User unknown

--dsn-b857-dc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: report-kcsc@dcinside.com
Subject: [{R4}] Removal request
Date: Mon, 9 Sep 2024 15:20:30 +0900
Message-ID: <{mid(R4[5:])}@kcsc.example>

--dsn-b857-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown)",
    why="delivery failure report",
    items={},
)

case(
    name="kakao-mdn-read",
    **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 04 Sep 2024 09:12:55 +0900",
    subject=enc(f"읽음: [{R2}] 불법정보 시정요구"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b857-kk"

--mdn-b857-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R2}] 불법정보 시정요구"을(를) 수신자가 2024-09-04 오전 9:12에 읽었습니다.

--mdn-b857-kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <{mid(R2[5:])}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b857-kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="메일 클라이언트 읽음 확인 (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-kr-noreply@google.com"}, name_from=enc("YouTube 법률 지원팀"),
    date="Thu, 05 Sep 2024 16:02:17 +0900",
    subject=enc(f"요청이 접수되었습니다 [{R3}] [6-1422000031234]"),
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청({R3})이 정상적으로 접수되었으며 참조 번호는 6-1422000031234입니다.

요청 내용을 검토하는 데 시간이 걸릴 수 있습니다. 이 이메일에 답장하여 추가 정보를 보내실 경우 제목의 참조 번호를 그대로 유지해 주세요.

YouTube 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google 법적 요청 접수 확인 메일",
    why="pure receipt with a reference number; no item named",
    items={},
)

case(
    name="kakao-cs-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Tue, 17 Sep 2024 18:31:04 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

■ 접수번호: #2409-17-55821
■ 문의 제목: [{R7}] 불법정보 시정요구 (3건)
■ 접수일시: 2024-09-17 18:31

순차적으로 확인 후 답변드리겠습니다. 답변은 영업일 기준 3~5일 정도 소요될 수 있습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 문의 접수 자동 메일",
    why="ticket receipt echoing our subject; no item, no status",
    items={},
)

case(
    name="band-noreply-autoreply",
    **{"from": "noreply@band.us"}, name_from=enc("BAND"),
    date="Wed, 11 Sep 2024 15:40:00 +0900",
    subject=enc(f"Re: [{R5}] 투자 사기 모집 게시글 조치 요청"),
    reply_to_req=mid(R5[5:]),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
본 메일 주소는 발신 전용으로 회신 메일을 확인하지 않습니다.
게시글 신고 및 문의는 BAND 고객센터(https://band.us/cs)를 이용해 주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="발신 전용 주소의 자동 회신",
    why="no-reply auto-answer",
    items={},
)

case(
    name="naver-bounce-with-original",
    **{"from": "MAILER-DAEMON@mail.navercorp.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 15:02:10 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b857-nv"

--dsn-b857-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전달되지 않았습니다.
수신자 주소 blog-policy@navercorp.com 의 메일함 용량이 초과되었습니다.
(552 5.2.2 Mailbox full)

--dsn-b857-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.navercorp.com

Final-Recipient: rfc822; blog-policy@navercorp.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-b857-nv
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: blog-policy@navercorp.com
Subject: [{R6}] Removal request (1 item)
Date: Fri, 13 Sep 2024 15:01:55 +0900
Message-ID: <{mid(R6[5:])}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following post, which was found to be illegal:
{S1}
Reference: {R6}

--dsn-b857-nv--
""",
    outcome="ignored", classification="bounce",
    imitates="메일함 용량 초과 DSN (원본 메일 첨부)",
    why="bounce carrying our own request; the URL inside is ours, not a statement",
    items={},
)


HEADER = f"""# Blind set 857 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind857/make.py before the reader was run on it.
# Requests: requests.csv ({len(REQUESTS)} requests, largest {R1}); config: config.toml.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
