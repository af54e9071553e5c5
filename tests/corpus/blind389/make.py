#!/usr/bin/env python3
"""Blind set 389 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
DC Inside and BAND replies written in Korean.

    python3 tests/corpus/blind389/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
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


def enc(u):
    """The URL as stored in requests.csv (a raw Korean path percent-encoded)."""
    return quote(u, safe=":/?&=@%-_.~")


def hdr(s):
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07")

N = [  # R1, naver, 14 items (the largest request)
    "https://blog.naver.com/dalbit_haru/223561004417",
    "https://blog.naver.com/dalbit_haru/223561009982",
    "https://blog.naver.com/sora_memo88/223558871230",
    "https://blog.naver.com/sora_memo88/223559012405",
    "https://blog.naver.com/greenpine_diary/223560337781",
    "https://blog.naver.com/greenpine_diary/223560340019",
    "https://blog.naver.com/mokpo_wave/223557719924",
    "https://m.blog.naver.com/hanul_lab/223562200913",
    "https://cafe.naver.com/joonggo_plaza/1183402",
    "https://cafe.naver.com/joonggo_plaza/1183977",
    "https://cafe.naver.com/bluemoon2030/55812",
    "https://cafe.naver.com/bluemoon2030/55830",
    "https://cafe.naver.com/sajin_gallery/90211",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203388",
]
K = [  # R2, kakao, 5 items (two Tistory entries with Korean slugs)
    "https://lunarnote.tistory.com/entry/사진-모음-2탄",
    "https://lunarnote.tistory.com/entry/후기-정리",
    "https://cafe.daum.net/moonlightclub/Fk3a/2291",
    "https://cafe.daum.net/moonlightclub/Fk3a/2307",
    "https://brunch.co.kr/@seaglass/41",
]
Y = [  # R3, youtube, 4 items
    "https://www.youtube.com/watch?v=Qm3xT7vLp2A",
    "https://www.youtube.com/watch?v=Zk8dR1wNh5E",
    "https://www.youtube.com/watch?v=bT4yH9sPq0U",
    "https://www.youtube.com/shorts/Lw2cV6gJx7M",
]
D = [  # R4, dcinside, 4 items
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812045",
    "https://gall.dcinside.com/board/view/?id=stockus&no=8812113",
    "https://gall.dcinside.com/mgallery/board/view/?id=idolfan_k&no=301772",
    "https://gall.dcinside.com/mgallery/board/view/?id=idolfan_k&no=301790",
]
B = [  # R5, band, 3 items
    "https://band.us/band/81234567/post/4411",
    "https://band.us/band/81234567/post/4415",
    "https://band.us/band/90077123/post/128",
]
N6 = [  # R6, naver, 2 items
    "https://blog.naver.com/yeonhwa_log/223566610045",
    "https://cafe.naver.com/campingdream/337101",
]
K7 = ["https://cafe.daum.net/hobbyzone77/Ab9x/15520"]  # R7, kakao, 1 item

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", N,
     "illegal-gambling", "blog and cafe posts advertising gambling sites"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", K,
     "privacy", "posts exposing a private person's photos"),
    (R3, "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", Y,
     "drug-trade", "videos advertising drug sales"),
    (R4, "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", D,
     "defamation", "gallery posts"),
    (R5, "band", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", B,
     "illegal-gambling", "band posts"),
    (R6, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", N6,
     "obscene", "blog and cafe posts"),
    (R7, "kakao", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", K7,
     "privacy", "cafe post"),
]


def mid(ref):
    return "req-" + ref[5:].lower()  # req-240902-01 (+ @kcsc.example)


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, enc(u), cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, quote_prefix=""):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 위원회 심의 결과 불법정보로 의결되어 시정요구(관리번호 {ref})를 드리니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(quote_prefix + l if l else quote_prefix.rstrip() for l in lines)


def st(urls, status):
    return {enc(u): status for u in urls}


# ---------------------------------------------------------------- cases
C = []

# 1 ------------------------------------------------------------ NAVER 공문 table, all 14
rows = [
    (N[0], "삭제", "2024.09.04 처리"),
    (N[1], "삭제", "2024.09.04 처리"),
    (N[2], "게시중단", "블로그 게시중단"),
    (N[3], "해당 없음", "작성자가 이미 삭제한 게시물"),
    (N[4], "임시조치", "30일간 (정보통신망법 제44조의2)"),
    (N[5], "임시조치", "30일간 (정보통신망법 제44조의2)"),
    (N[6], "미조치", "운영정책 위반 사항이 확인되지 않아 게시 유지"),
    (N[7], "비공개 처리", "운영자 권한"),
    (N[8], "삭제", "카페 게시글"),
    (N[9], "해당 없음", "존재하지 않는 게시물(잘못된 URL)"),
    (N[10], "삭제", "카페 게시글"),
    (N[11], "삭제", "카페 게시글"),
    (N[12], "접속 제한", "국내 IP 접근 제한"),
    (N[13], "미조치", "불법정보로 보기 어려워 게시 유지"),
]
table = "\n".join(f"{i:>2} | {u} | {r} | {n}" for i, (u, r, n) in enumerate(rows, 1))
C.append(dict(
    name="naver-gongmun-result-table-all-14",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject=hdr(f"[회신] 시정요구에 대한 조치결과 통보 ({R1})"),
    reply_to_req=mid(R1),
    body=f"""수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책지원팀
제목: 시정요구에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(관리번호 {R1}, 2024. 9. 2.)와 관련하여 당사는 대상 정보
   14건을 확인하였으며, 그 조치결과를 아래와 같이 알려 드립니다.

- 아    래 -

연번 | 대상 URL | 조치결과 | 비고
{table}

3. 조치 내용에 관하여 문의 사항이 있으시면 정책지원팀 김서윤 매니저
   (policy@navercorp.com)에게 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style 시정요구 조치결과 통보 from a portal's policy team (수신/발신/제목, numbered paragraphs, '- 아래 -' result table)",
    why="every requested item named in a row with its own result: 삭제/게시중단/비공개 -> removed, 임시조치/접속 제한 -> restricted, 해당 없음 -> not_found, 미조치(게시 유지) -> rejected",
    items={enc(N[0]): "removed", enc(N[1]): "removed", enc(N[2]): "removed",
           enc(N[3]): "not_found", enc(N[4]): "restricted", enc(N[5]): "restricted",
           enc(N[6]): "rejected", enc(N[7]): "removed", enc(N[8]): "removed",
           enc(N[9]): "not_found", enc(N[10]): "removed", enc(N[11]): "removed",
           enc(N[12]): "restricted", enc(N[13]): "rejected"},
))

# 2 ------------------------------------------------------------ NAVER HTML table (base64)
html_rows = [
    (N[0], "블로그", "블라인드 처리"),
    (N[2], "블로그", "게시중단"),
    (N[4], "블로그", "임시조치(30일)"),
    (N[8], "카페", "처리 불가 - 이미 삭제된 게시물"),
    (N[12], "카페", "처리 불가 - 운영원칙 위반 아님(게시 유지)"),
]
trs = "\n".join(
    f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td><td style="color:#03c75a">{r}</td></tr>'
    for u, s, r in html_rows)
html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 건({R1}) 중 아래 게시물의 처리 결과를 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물 주소</th><th>서비스</th><th>처리 결과</th></tr>
{trs}
</table>
<p>나머지 게시물은 처리가 끝나는 대로 별도로 안내해 드리겠습니다.</p>
<p>처리 결과에 대한 문의는 <a href="https://help.naver.com/service/30001/contents/postStop">게시중단요청서비스 고객센터</a>를 이용해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>"""
C.append(dict(
    name="naver-poststop-html-table-base64",
    **{"from": "noreply_poststop@navercorp.com"},
    name_from=hdr("네이버 게시중단요청서비스"),
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject=hdr("[네이버] 게시중단 요청 처리 결과 안내"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-0905"

--nv-alt-0905
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("이 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.")}
--nv-alt-0905
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(html)}
--nv-alt-0905--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice (HTML table of 게시물 주소 / 처리 결과, send-only footer)",
    why="five rows, one status each: 블라인드/게시중단 -> removed, 임시조치 -> restricted, already deleted -> not_found, 운영원칙 위반 아님 -> rejected; the promise for the rest names nothing",
    items={enc(N[0]): "removed", enc(N[2]): "removed", enc(N[4]): "restricted",
           enc(N[8]): "not_found", enc(N[12]): "rejected"},
))

# 3 ------------------------------------------------------------ NAVER 임시조치 notice, R6
C.append(dict(
    name="naver-imsijochi-notice-two-items",
    **{"from": "noreply@navercorp.com"},
    name_from=hdr("네이버"),
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    subject=hdr(f"[네이버] 게시물 임시조치 안내 ({R6})"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요. 네이버입니다.

방송통신심의위원회(요청번호 {R6})에서 요청하신 게시물에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래와 같이 임시조치하였음을 알려드립니다.

1) 블로그 게시물 {N6[0]}
   - 조치 내용: 임시조치(30일, 2024.09.11 ~ 2024.10.10)
2) 카페 게시물 {N6[1]}에 대해서도 같은 날 임시조치를 완료했습니다.

임시조치 기간 중 게시자가 재게시를 요청하면 검토 후 결과를 다시 안내해 드립니다.
기간 안에 재게시 요청이 없으면 해당 게시물은 삭제될 수 있습니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 안내 (정보통신망법 제44조의2, 30-day temporary measure, 재게시 요청 notice)",
    why="both URLs 임시조치 done -> restricted; the later deletion is only conditional; the second URL is followed directly by the particle 에",
    items=st(N6, "restricted"),
))

# 4 ------------------------------------------------------------ informal cafe reply over Gmail quote
C.append(dict(
    name="naver-cafe-ops-informal-gmail-quote",
    **{"from": "jihoon.park@navercorp.com"},
    name_from=hdr("박지훈"),
    date="Wed, 04 Sep 2024 14:27:51 +0900",
    subject=hdr(f"Re: [{R1}] 불법정보 시정요구"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 카페 운영팀 박지훈입니다.

말씀하신 카페 글 중 중고거래 카페(joonggo_plaza) 두 건은 확인해 보니
작성자가 이미 지운 글이라 저희 쪽에서는 더 할 조치가 없었습니다.
 - {N[8]}
 - {N[9]}

사진 카페 글({N[12]})은 오늘 오전에 운영자 권한으로 삭제했습니다.
나머지 블로그, 지식iN 건은 각 담당 팀에서 따로 회신드릴 거예요.

감사합니다.
박지훈 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{request_text(R1, N, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal's cafe operations staff, top-posted over a Gmail-quoted (Korean '님이 작성:') request",
    why="two cafe posts already deleted by their author -> not_found, one deleted by the operator -> removed; the quoted request below lists all 14 URLs and states nothing",
    items={enc(N[8]): "not_found", enc(N[9]): "not_found", enc(N[12]): "removed"},
))

# 5 ------------------------------------------------------------ kin refusal, URL wrapped in <>
C.append(dict(
    name="naver-kin-refusal-wrapped-url",
    **{"from": "kin_help@navercorp.com"},
    name_from=hdr("네이버 지식iN 고객센터"),
    date="Fri, 06 Sep 2024 10:48:30 +0900",
    subject=hdr(f"Re: 지식iN 답변 게시중단 요청 검토 결과 ({R1})"),
    reply_to_req=mid(R1),
    body="""안녕하세요. 네이버 지식iN 고객센터입니다.

요청하신 지식iN 답변
<https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&
docId=471203388>
을 지식iN 운영정책에 따라 검토하였습니다.

해당 답변은 도박 사이트 주소나 홍보 문구를 포함하고 있지 않고, 질문에 대한
일반적인 의견을 적은 글로 확인되어 운영정책 위반으로 보기 어렵습니다.
이에 따라 게시중단 처리를 하지 않고 현재 상태로 유지하게 되었음을 알려드립니다.

추가로 확인이 필요한 자료가 있으시면 이 메일로 회신해 주세요.

네이버 지식iN 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN customer-centre review result (refusal with its reason); long URL wrapped inside angle brackets as mail clients do",
    why="the single named answer stays up because it breaks no rule -> rejected; the closing offer is no request for information",
    items={enc(N[13]): "rejected"},
))

# 6 ------------------------------------------------------------ promise only
C.append(dict(
    name="naver-promise-will-act-by-friday",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 17:05:00 +0900",
    subject=hdr(f"RE: [{R6}] 불법정보 시정요구"),
    reply_to_req=mid(R6),
    body=f"""방송통신심의위원회 담당자님께,

요청하신 아래 두 건은 담당 부서에 전달하였으며, 내부 검토를 거쳐
9월 13일(금)까지 조치할 예정입니다.

· {N6[0]}
· {N6[1]}

조치가 완료되는 대로 결과를 다시 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="not_understood",
    imitates="portal policy team's interim reply promising action by a date",
    why="'조치할 예정' is a promise, not a statement: both named items stay pending",
    items=st(N6, "pending"),
))

# 7 ------------------------------------------------------------ bulk statement for 14 items
C.append(dict(
    name="naver-bulk-all-fourteen-done",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 10:12:09 +0900",
    subject=hdr(f"[조치완료] {R1} 시정요구 건"),
    reply_to_req=mid(R1),
    body=f"""방송통신심의위원회 담당자님, 안녕하십니까.

2024년 9월 2일 보내주신 시정요구({R1})의 대상 게시물 14건에 대하여
모두 게시중단 조치를 완료하였습니다.

건별 세부 처리 내역이 필요하시면 말씀해 주십시오.

네이버 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="one-line 조치완료 reply from a portal covering a whole multi-item request",
    why="one statement for 14 items without naming any: bulk, items stay pending",
    items=st(N, "pending"),
))

# 8 ------------------------------------------------------------ DMARC fail
C.append(dict(
    name="naver-dmarc-fail-removed",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    auth="fail",
    date="Thu, 12 Sep 2024 08:31:44 +0900",
    subject=hdr(f"RE: [{R6}] 조치 결과"),
    reply_to_req=mid(R6),
    body=f"""안녕하세요.

요청하신 게시물 두 건은 모두 삭제되었습니다.
{N6[0]} - 삭제
{N6[1]} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="short portal result reply, arriving with DKIM/SPF/DMARC failing",
    why="clear statements, but the navercorp.com sender fails authentication: nothing applied",
    items=st(N6, "pending"),
))

# 9 ------------------------------------------------------------ asks for documents
C.append(dict(
    name="naver-asks-for-resolution-copy",
    **{"from": "poststop@navercorp.com"},
    name_from=hdr("네이버 게시중단요청서비스"),
    date="Wed, 04 Sep 2024 15:55:10 +0900",
    subject=hdr(f"[네이버] 추가 자료 요청 ({R1})"),
    reply_to_req=mid(R1),
    body=f"""안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

요청하신 게시물 중 아래 2건은 개인 블로그 게시물로, 게시중단 처리를 위해
위원회의 심의 의결서 사본(또는 시정요구서 원본 PDF)이 필요합니다.

- {N[6]}
- {N[7]}

회신 메일에 첨부해 주시면 확인 후 바로 처리해 드리겠습니다.
감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 게시중단 desk asking for supporting documents (의결서 사본) before acting",
    why="names two items and asks for documents; no status stated, both pending",
    items={enc(N[6]): "pending", enc(N[7]): "pending"},
))

# 10 ----------------------------------------------------------- typo URL
C.append(dict(
    name="naver-typo-logno-unmatched",
    **{"from": "blog_help@navercorp.com"},
    name_from=hdr("네이버 블로그팀"),
    date="Thu, 05 Sep 2024 13:20:00 +0900",
    subject=hdr(f"Re: [{R1}] 블로그 게시물 조치 결과"),
    reply_to_req=mid(R1),
    body="""안녕하세요, 네이버 블로그팀입니다.

요청하신 게시물 https://blog.naver.com/dalbit_haru/223561004471 은
블로그 운영정책 위반으로 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="portal blog team's one-line result where the staff member mistyped the post number",
    why="the stated URL (…004471) is not a requested item (…004417 is); a clerk would not guess, so nothing applied",
    items={},
))

# 11 ----------------------------------------------------------- no claims
C.append(dict(
    name="naver-contact-change-no-claims",
    **{"from": "partner-notice@navercorp.com"},
    name_from=hdr("네이버 대외협력실"),
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=hdr("[네이버] 대외기관 협력 담당자 변경 안내"),
    body="""안녕하십니까, 네이버 대외협력실입니다.

10월 1일부터 방송통신심의위원회 관련 업무 담당자가 변경됩니다.
앞으로 시정요구 공문과 조치결과 문의는 정책지원팀 대표 메일
(policy@navercorp.com)로 보내 주시기 바랍니다.

그동안 협조해 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal's notice of a change of liaison contact",
    why="trusted NAVER mail that names no item and no request",
    items={},
))

# 12 ----------------------------------------------------------- out of office
C.append(dict(
    name="naver-chuseok-out-of-office",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from=hdr("김서윤"),
    date="Sat, 14 Sep 2024 00:02:13 +0900",
    subject=hdr(f"자동 회신: [{R6}] 불법정보 시정요구"),
    reply_to_req=mid(R6),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""추석 연휴(9월 14일 ~ 9월 18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.

급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

김서윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook '자동 회신' out-of-office reply over the Chuseok holiday",
    why="auto-reply (Auto-Submitted: auto-replied), says nothing about items",
    items={},
))

# 13 ----------------------------------------------------------- ticket receipt
C.append(dict(
    name="naver-helpdesk-ticket-receipt",
    **{"from": "help@naver.com"},
    name_from=hdr("네이버 고객센터"),
    date="Mon, 02 Sep 2024 10:03:21 +0900",
    subject=hdr("[네이버 고객센터] 문의가 접수되었습니다"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 20240902-118273
 - 문의 제목: [{R1}] 불법정보 시정요구
 - 접수 일시: 2024.09.02 10:03

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 등록하신 이메일로 안내됩니다.
문의가 많아 답변이 다소 늦어질 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (ticket receipt with 접수번호)",
    why="pure receipt: ticket number, no statement about any item",
    items={},
))

# 14 ----------------------------------------------------------- MDN
C.append(dict(
    name="naver-read-receipt-mdn",
    **{"from": "seoyun.kim@navercorp.com"},
    name_from=hdr("김서윤"),
    date="Mon, 02 Sep 2024 10:41:06 +0900",
    subject=hdr(f"읽음: [{R1}] 불법정보 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-b389-0902"

--mdn-b389-0902
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f"보낸 메일: [{R1}] 불법정보 시정요구" + chr(10) + "받는 사람: seoyun.kim@navercorp.com" + chr(10) + "2024-09-02 오전 10:41에 읽었습니다.")}
--mdn-b389-0902
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;seoyun.kim@navercorp.com
Original-Message-ID: <{mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b389-0902--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as multipart/report disposition-notification",
    why="read receipt: the request was displayed, nothing about items",
    items={},
))

# 15 ----------------------------------------------------------- CSV attachment
csv_text = "\ufeff번호,게시물 URL,조치결과,조치일자\n" + "\n".join([
    f"1,{N[1]},삭제,2024-09-05",
    f"2,{N[3]},삭제,2024-09-05",
    f"3,{N[5]},게시중단,2024-09-05",
    f"4,{N[9]},게시물 없음,-",
    f"5,{N[10]},임시조치(30일),2024-09-06",
    f"6,{N[11]},삭제,2024-09-06",
]) + "\n"
fname = "조치결과_" + R1 + ".csv"
C.append(dict(
    name="naver-result-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=hdr("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 18:10:33 +0900",
    subject=hdr(f"RE: [{R1}] 조치결과 송부"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-mixed-0906"

--nv-mixed-0906
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64("안녕하세요, 네이버 정책지원팀입니다." + chr(10) + chr(10) + "요청하신 건 중 6건의 조치 결과를 첨부 파일로 송부드립니다." + chr(10) + "확인 부탁드립니다." + chr(10))}
--nv-mixed-0906
Content-Type: text/csv; charset=UTF-8; name*=UTF-8''{quote(fname)}
Content-Disposition: attachment; filename*=UTF-8''{quote(fname)}
Content-Transfer-Encoding: base64

{b64(csv_text)}
--nv-mixed-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team sending a 조치결과 spreadsheet exported as UTF-8 CSV with BOM, Korean file name (RFC 2231)",
    why="six rows, one result each: 삭제/게시중단 -> removed, 게시물 없음 -> not_found, 임시조치 -> restricted",
    items={enc(N[1]): "removed", enc(N[3]): "removed", enc(N[5]): "removed",
           enc(N[9]): "not_found", enc(N[10]): "restricted", enc(N[11]): "removed"},
))

# 16 ----------------------------------------------------------- quoted-printable blog team
C.append(dict(
    name="naver-blog-team-quoted-printable",
    **{"from": "blog_help@navercorp.com"},
    name_from=hdr("네이버 블로그팀"),
    date="Thu, 05 Sep 2024 17:44:02 +0900",
    subject=hdr(f"Re: [{R1}] 블로그 게시물 처리 결과"),
    reply_to_req=mid(R1),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 네이버 블로그팀입니다.

시정요구({R1}) 대상 블로그 게시물 중 저희 팀 담당 건의 처리 결과입니다.

{N[3]}
=> 게시중단 완료

{N[4]}
=> 게시중단 완료

{N[6]}
=> 존재하지 않는 게시물입니다(주소 오류이거나 이미 삭제됨).

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="portal blog team result list, quoted-printable UTF-8, URL on one line and result on the next",
    why="two 게시중단 -> removed, one '존재하지 않는 게시물' -> not_found",
    items={enc(N[3]): "removed", enc(N[4]): "removed", enc(N[6]): "not_found"},
))

# 17 ----------------------------------------------------------- receipt phrase + statements
C.append(dict(
    name="naver-cafe-receipt-plus-deletion",
    **{"from": "cafe_help@navercorp.com"},
    name_from=hdr("네이버 카페 고객센터"),
    date="Tue, 03 Sep 2024 16:30:00 +0900",
    subject=hdr("[네이버 카페] 신고 처리 결과 안내"),
    body=f"""안녕하세요, 네이버 카페 고객센터입니다.

방송통신심의위원회의 요청({R1})이 접수번호 CF-0903-55127로 접수되었습니다.
카페 운영원칙에 따라 검토한 결과, 아래 두 게시물은 불법 도박 홍보글로 확인되어
삭제 조치하였습니다.

  {N[10]}
  {N[11]}

이용에 참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre notice that opens with a receipt number and then gives the result",
    why="an acknowledgement phrase plus unhedged deletion statements for two named items -> removed, not an acknowledgement",
    items={enc(N[10]): "removed", enc(N[11]): "removed"},
))

# 18 ----------------------------------------------------------- Outlook Original Message
C.append(dict(
    name="naver-outlook-original-message-single",
    **{"from": "minji.lee@navercorp.com"},
    name_from=hdr("이민지"),
    date="Wed, 04 Sep 2024 19:02:40 +0900",
    subject=hdr(f"RE: [{R1}] 불법정보 시정요구"),
    reply_to_req=mid(R1),
    body=f"""담당자님, 안녕하세요.

요청 건 중 모바일 블로그 주소로 주신 게시물은 별도로 확인했습니다.
해당 게시물은 블로그 운영정책 위반으로 오늘 비공개 처리했습니다.
{N[7]}

이민지 드림
네이버 블로그 운영

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

{request_text(R1, N)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted request below",
    why="one item, URL on the line below its statement, 비공개 처리 -> removed; the request below the separator states nothing",
    items={enc(N[7]): "removed"},
))

# 19 ----------------------------------------------------------- Kakao 공문 list, raw Korean paths
C.append(dict(
    name="kakao-gongmun-result-korean-paths",
    **{"from": "policy@kakaocorp.com"},
    name_from=hdr("카카오 정책팀"),
    date="Mon, 09 Sep 2024 14:00:00 +0900",
    subject=hdr(f"[카카오] 시정요구 조치결과 회신({R2})"),
    reply_to_req=mid(R2),
    body=f"""수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 시정요구({R2})에 대하여 아래와 같이 조치하였음을 회신합니다.

 가. {K[0]}
   ○ 조치결과: 삭제
 나. {K[1]}
   ○ 조치결과: 임시조치
 다. {K[2]}
   ○ 조치결과: 게시물 없음 (시정요구 이전에 작성자가 삭제)
 라. {K[3]}
   ○ 조치결과: 삭제
 마. {K[4]}
   ○ 조치결과: 미조치 - 서비스 운영정책 위반 사항 확인되지 않음

3. 문의: 카카오 정책팀 (policy@kakaocorp.com).  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team 공문-style 조치결과 회신 with 가/나/다 list; Tistory URLs written with raw Korean slugs",
    why="five items, each with a result: 삭제 -> removed, 임시조치 -> restricted, 게시물 없음 -> not_found, 미조치(no violation) -> rejected; raw Korean paths match the percent-encoded requests",
    items={enc(K[0]): "removed", enc(K[1]): "restricted", enc(K[2]): "not_found",
           enc(K[3]): "removed", enc(K[4]): "rejected"},
))

# 20 ----------------------------------------------------------- Daum cafe blind, angle brackets
C.append(dict(
    name="daum-cafe-blind-angle-brackets",
    **{"from": "cafe_notice@daum.net"},
    name_from=hdr("Daum 카페"),
    date="Thu, 05 Sep 2024 09:40:00 +0900",
    subject=hdr("[Daum 카페] 신고 게시글 처리 안내"),
    body=f"""안녕하세요. Daum 카페입니다.

방송통신심의위원회({R2})에서 신고하신 게시글을 확인하였습니다.

<{K[2]}>
<{K[3]}>

위 게시글은 개인의 사진을 동의 없이 게시한 것으로 확인되어
Daum 카페 운영정책에 따라 블라인드 처리되었습니다.

카페 운영정책: https://cafe.daum.net/_policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe report-result notice (블라인드 처리) with URLs in angle brackets and a policy link",
    why="both named posts blinded -> removed; the policy link is not an item",
    items={enc(K[2]): "removed", enc(K[3]): "removed"},
))

# 21 ----------------------------------------------------------- one-item request, no URL
C.append(dict(
    name="kakao-one-item-request-no-url",
    **{"from": "policy@kakaocorp.com"},
    name_from=hdr("카카오 정책팀"),
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject=hdr(f"Re: [{R7}] 불법정보 시정요구"),
    reply_to_req=mid(R7),
    body="""안녕하세요, 카카오 정책팀입니다.

요청하신 게시물에 대하여 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Kakao reply in the request's thread confirming deletion without repeating the URL",
    why="the request has one item, so a statement about 'the requested post' is item-level -> removed",
    items={enc(K7[0]): "removed"},
))

# 22 ----------------------------------------------------------- wrong platform
C.append(dict(
    name="kakao-speaks-about-naver-blog",
    **{"from": "policy@kakaocorp.com"},
    name_from=hdr("카카오 정책팀"),
    date="Fri, 06 Sep 2024 15:15:00 +0900",
    subject=hdr("문의하신 게시물 관련 회신"),
    body=f"""안녕하세요, 카카오 정책팀입니다.

보내주신 주소 {N[0]} 은(는) Daum 또는 카카오 서비스의
게시물이 아니라 네이버 블로그 게시물입니다.
참고로 저희가 확인해 보니 해당 게시물은 현재 삭제되어 열람되지 않습니다.

네이버 측에 직접 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="a portal pointing out that a URL belongs to another portal",
    why="Kakao states the status of a NAVER item: not Kakao's to state, nothing applied",
    items={enc(N[0]): "pending"},
))

# 23 ----------------------------------------------------------- DSN
C.append(dict(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.kakaocorp.com"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 03 Sep 2024 11:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="dsn-b389-0903"

--dsn-b389-0903
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-old@kakaocorp.com>: host mx2.kakaocorp.com[203.0.113.25] said:
    550 5.1.1 <safety-old@kakaocorp.com>: Recipient address rejected:
    User unknown

--dsn-b389-0903
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Tue,  3 Sep 2024 11:00:05 +0900

Final-Recipient: rfc822; safety-old@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b389-0903
Content-Type: message/rfc822

From: takedown@kcsc.example
To: safety-old@kakaocorp.com
Subject: [{R2}] {hdr("불법정보 시정요구")}
Message-ID: <{mid(R2)}@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{request_text(R2, K)}

--dsn-b389-0903--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) with the original request attached",
    why="bounce; the URLs are only in the returned request",
    items={},
))

# 24 ----------------------------------------------------------- Tistory informal
C.append(dict(
    name="tistory-informal-private-and-gone",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from=hdr("티스토리 고객센터"),
    date="Fri, 06 Sep 2024 11:31:10 +0900",
    subject=hdr(f"Re: [{R2}] 티스토리 게시물 관련"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요, 티스토리 운영팀입니다.

말씀하신 lunarnote 블로그 글 두 개 확인했어요.

'후기 정리' 글은 개인 사진이 그대로 노출되어 있어 운영팀에서 비공개 처리했습니다.
{K[1]}

'사진 모음 2탄' 글은 블로그 주인이 이미 지워서 지금은 없는 페이지입니다.
{K[0]}

혹시 같은 내용이 다른 주소로 다시 올라오면 알려주세요.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal Tistory operations reply, each statement followed by its URL on the next line (raw Korean slug)",
    why="비공개 처리 -> removed; deleted by the blog owner, page gone -> not_found",
    items={enc(K[1]): "removed", enc(K[0]): "not_found"},
))

# 25 ----------------------------------------------------------- 임시조치 with later deletion promised
C.append(dict(
    name="kakao-imsijochi-then-deletion-promised",
    **{"from": "noreply@daum.net"},
    name_from=hdr("Daum 고객센터"),
    date="Thu, 12 Sep 2024 13:45:00 +0900",
    subject=hdr("[Daum] 게시물 임시조치 안내"),
    body=f"""안녕하세요, Daum 고객센터입니다.

방송통신심의위원회의 요청(접수번호 {R7})에 따라 아래 게시물을
2024년 9월 12일자로 임시조치하였습니다.

- 대상: {K7[0]}
- 임시조치 기간: 30일

임시조치 기간 동안 게시자의 재게시 요청이 없으면 기간이 끝난 뒤 게시물이 삭제될 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 임시조치 안내 (30-day temporary measure, deletion after the period unless the author objects)",
    why="임시조치 done -> restricted; the deletion is only a conditional future step",
    items={enc(K7[0]): "restricted"},
))

# 26 ----------------------------------------------------------- cafe manager from hanmail.net
C.append(dict(
    name="daum-cafe-manager-from-hanmail",
    **{"from": "moonlight_jiki@hanmail.net"},
    name_from=hdr("달빛클럽 카페지기"),
    date="Wed, 04 Sep 2024 22:14:51 +0900",
    subject=hdr(f"Re: [{R2}] 게시글 관련"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요 달빛클럽 카페지기입니다.
카페 쪽으로 연락이 와서 메일 드려요.

{K[2]} 이 글은 제가 방금 삭제했고요,
{K[3]} 글은 작성자한테 연락해서 본인이 지우도록 했습니다.

문제 생기지 않게 앞으로 더 신경 쓰겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe's volunteer manager (카페지기) answering from a personal hanmail.net address",
    why="statements about two requested items from a sender outside every platform's domains: review, nothing applied",
    items={enc(K[2]): "pending", enc(K[3]): "pending"},
))

# 27 ----------------------------------------------------------- Brunch refusal
C.append(dict(
    name="brunch-refusal-with-reason",
    **{"from": "brunch_help@kakaocorp.com"},
    name_from=hdr("브런치팀"),
    date="Tue, 10 Sep 2024 16:05:00 +0900",
    subject=hdr(f"[브런치] 신고 게시물 검토 결과 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""안녕하세요. 브런치팀입니다.

신고해 주신 글({K[4]})을 브런치 운영원칙에 따라 검토하였습니다.

검토 결과 해당 글에는 특정인을 알아볼 수 있는 사진이나 개인정보가 포함되어 있지 않아
운영원칙 위반으로 판단하기 어렵습니다. 따라서 별도의 조치 없이 게시를 유지합니다.

브런치팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch (Kakao) report review result refusing with its reason",
    why="the named post stays up, no violation -> rejected; URL closed by a parenthesis",
    items={enc(K[4]): "rejected"},
))

# 28 ----------------------------------------------------------- Kakao HTML table QP
k_rows = [
    (enc(K[1]), K[1], "게시중단"),
    (enc(K[3]), K[3], "임시조치(30일)"),
    (enc(K[4]), K[4], "조치 불가 - 위반 사항 없음"),
]
k_trs = "\n".join(f'<tr><td><a href="{h}">{t}</a></td><td>{r}</td></tr>' for h, t, r in k_rows)
k_html = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>요청번호 {R2} 관련 추가 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>대상 URL</th><th>처리 결과</th></tr></thead>
<tbody>
{k_trs}
</tbody></table>
<p>감사합니다.<br>카카오 권리침해신고센터</p>
</body></html>
"""
C.append(dict(
    name="kakao-rights-center-html-qp",
    **{"from": "rights@kakaocorp.com"},
    name_from=hdr("카카오 권리침해신고센터"),
    date="Wed, 11 Sep 2024 18:22:17 +0900",
    subject=hdr(f"[카카오] 처리 결과 안내 - {R2}"),
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(k_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao rights-infringement centre result notice, HTML table in quoted-printable; hrefs percent-encoded, link text raw Korean",
    why="three rows: 게시중단 -> removed, 임시조치 -> restricted, 조치 불가(no violation) -> rejected",
    items={enc(K[1]): "removed", enc(K[3]): "restricted", enc(K[4]): "rejected"},
))

# 29 ----------------------------------------------------------- YouTube legal, mixed
C.append(dict(
    name="youtube-legal-ko-mixed-outcomes",
    **{"from": "youtube-legal-support@google.com"},
    name_from=hdr("YouTube 법무팀"),
    date="Mon, 09 Sep 2024 08:12:33 +0900",
    subject=hdr(f"[{R3}] YouTube 법적 요청 처리 결과"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

방송통신심의위원회에서 제출하신 법적 요청을 검토하였습니다. 결과는 다음과 같습니다.

* {Y[0]}
  현지 법률 위반이 확인되어 대한민국에서 이 동영상에 대한 액세스를 차단했습니다.
* {Y[1]}
  YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
* {Y[2]}
  검토 결과 현지 법률이나 YouTube 정책 위반을 확인하지 못하여 조치하지 않았습니다.

YouTube의 법적 절차에 관한 자세한 내용은 https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removals outcome mail in Korean (blocked in country / removed for Community Guidelines / no action)",
    why="blocked in Korea -> restricted, removed -> removed, no violation found and no action -> rejected; the help link is not an item",
    items={enc(Y[0]): "restricted", enc(Y[1]): "removed", enc(Y[2]): "rejected"},
))

# 30 ----------------------------------------------------------- age restriction
C.append(dict(
    name="youtube-age-restriction-applied",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Tue, 10 Sep 2024 07:50:00 +0900",
    subject=hdr(f"YouTube 검토 결과 안내 ({R3})"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

신고하신 동영상을 검토한 결과, 삭제 기준에는 해당하지 않지만 일부 시청자에게
적합하지 않은 콘텐츠로 판단되어 연령 제한을 적용했습니다.

동영상: {Y[2]}

이제 로그인하지 않았거나 만 18세 미만인 사용자는 이 동영상을 볼 수 없습니다.

- YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube review result: age restriction applied instead of removal",
    why="age-restricted -> restricted ('삭제 기준에는 해당하지 않지만' is the reason, not a refusal of all action)",
    items={enc(Y[2]): "restricted"},
))

# 31 ----------------------------------------------------------- bilingual geo-block
C.append(dict(
    name="youtube-bilingual-withheld-kr",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 21:05:44 +0900",
    subject=f"Re: [{R3}] Legal request / " + hdr("법적 요청"),
    reply_to_req=mid(R3),
    body=f"""Hello,

Following our review, we have restricted access to the following content in South Korea
in response to your request:
검토 결과, 요청에 따라 아래 콘텐츠의 대한민국 내 액세스를 제한했습니다.

- {Y[0]}
- {Y[1]}

The content remains available outside South Korea.
해당 콘텐츠는 대한민국 외 지역에서는 계속 이용 가능합니다.

Regards,
The Google Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube bilingual (English/Korean) local-law withholding notice",
    why="both listed videos restricted in South Korea -> restricted",
    items={enc(Y[0]): "restricted", enc(Y[1]): "restricted"},
))

# 32 ----------------------------------------------------------- Shorts removed, URL below
C.append(dict(
    name="youtube-shorts-removed-url-below",
    **{"from": "youtube-legal-support@google.com"},
    name_from=hdr("YouTube 법무팀"),
    date="Thu, 05 Sep 2024 13:33:00 +0900",
    subject=hdr(f"Re: [{R3}] Shorts 동영상 신고"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

신고해 주셔서 감사합니다. 다음 Shorts 동영상은 규제 상품 판매에 관한 정책을
위반하여 YouTube에서 삭제했습니다.
{Y[3]}

나머지 동영상은 검토가 끝나면 별도로 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube policy-removal notice with the URL on the line below the statement",
    why="the Shorts URL below the deletion sentence -> removed; the rest is a promise naming no item",
    items={enc(Y[3]): "removed"},
))

# 33 ----------------------------------------------------------- hedge + under review
C.append(dict(
    name="youtube-hedge-uploader-maybe-deleted",
    **{"from": "youtube-legal-support@google.com"},
    name_from=hdr("YouTube 법무팀"),
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    subject=hdr(f"Re: [{R3}] 진행 상황 안내"),
    reply_to_req=mid(R3),
    body=f"""안녕하세요.

문의하신 건의 진행 상황을 알려드립니다.

{Y[3]} 은 업로더가 직접 삭제한 것으로 보이나, 아직 시스템에서 최종 확인되지 않았습니다.
{Y[0]} 과 {Y[1]} 은 현재 담당 팀에서 검토 중입니다.

검토가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal progress update with a hedge and 'under review'",
    why="'삭제한 것으로 보이나 ... 확인되지 않았습니다' is a hedge and '검토 중' no statement: named items stay pending",
    items={enc(Y[3]): "pending", enc(Y[0]): "pending", enc(Y[1]): "pending"},
))

# 34 ----------------------------------------------------------- receipt echoing the report
C.append(dict(
    name="youtube-receipt-echoes-urls",
    **{"from": "noreply-legal@google.com"},
    name_from="Google",
    date="Wed, 04 Sep 2024 09:31:02 +0900",
    subject=hdr("법적 삭제 요청이 접수되었습니다 [5-2409000031552]"),
    body=f"""안녕하세요.

Google에 법적 삭제 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며,
참조 번호는 5-2409000031552입니다.

제출하신 내용:
  - 대상 제품: YouTube
  - 신고한 URL:
    {Y[0]}
    {Y[1]}
    {Y[2]}
    {Y[3]}
  - 참조: {R3}

요청을 검토한 후 이메일로 연락드리겠습니다. 이 메일에는 회신하지 마세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removal request receipt echoing the submitted form (reference number, reported URLs)",
    why="pure receipt: the URLs are an echo of what we submitted, no statement about any of them",
    items={},
))

# 35 ----------------------------------------------------------- DC Inside EUC-KR base64
dc_text = f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물({R4})의 처리 결과를 안내드립니다.

{D[0]}
 → 삭제 완료

{D[1]}
 → 이미 삭제된 게시물입니다 (작성자 삭제)

{D[2]}
 → 삭제 완료

{D[3]}
 → 갤러리 규정 및 이용약관 위반 사항이 없어 게시를 유지합니다

감사합니다.
디시인사이드 운영팀
"""
C.append(dict(
    name="dcinside-euckr-list-status-below",
    **{"from": "help@dcinside.com"},
    name_from=Header("디시인사이드", "euc-kr").encode(),
    date="Mon, 09 Sep 2024 15:20:00 +0900",
    subject=Header(f"[디시인사이드] 게시물 처리 결과 안내 ({R4})", "euc-kr").encode(),
    reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: text/plain; charset="euc-kr"
Content-Transfer-Encoding: base64

{b64(dc_text.encode("euc-kr"))}""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team result list in EUC-KR (base64), bare URL with its result on the next line",
    why="삭제 완료 -> removed (x2), already deleted by its author -> not_found, no violation, stays up -> rejected",
    items={enc(D[0]): "removed", enc(D[1]): "not_found", enc(D[2]): "removed",
           enc(D[3]): "rejected"},
))

# 36 ----------------------------------------------------------- DC Inside CSV
dc_csv = "URL,처리상태,비고\n" + "\n".join([
    f"{D[0]},삭제,관리자 삭제",
    f"{D[2]},해당 게시물 없음,작성자 삭제 확인",
]) + "\n"
C.append(dict(
    name="dcinside-csv-attachment-two-rows",
    **{"from": "help@dcinside.com"},
    name_from="DCinside",
    date="Fri, 06 Sep 2024 17:00:00 +0900",
    subject=hdr(f"RE: [{R4}] 처리내역 송부"),
    reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-mix-0906"

--dc-mix-0906
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드입니다.
오늘까지 처리된 내역을 첨부드립니다. 나머지 건은 확인 중입니다.

--dc-mix-0906
Content-Type: text/csv; charset=UTF-8; name="dc_result_0906.csv"
Content-Disposition: attachment; filename="dc_result_0906.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--dc-mix-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="community site sending a small processing log as a CSV attachment",
    why="two CSV rows: 삭제 -> removed, 해당 게시물 없음 -> not_found; '나머지 건은 확인 중' names nothing",
    items={enc(D[0]): "removed", enc(D[2]): "not_found"},
))

# 37 ----------------------------------------------------------- DC adult-only conversion
C.append(dict(
    name="dcinside-adult-only-conversion",
    **{"from": "manager@dcinside.com"},
    name_from=hdr("디시인사이드 관리자"),
    date="Tue, 10 Sep 2024 11:11:00 +0900",
    subject=hdr(f"Re: [{R4}] 마이너 갤러리 게시물"),
    reply_to_req=mid(R4),
    body=f"""안녕하세요, 디시인사이드 관리자입니다.

{D[3]}

위 게시물은 삭제 대상에는 해당하지 않으나 선정적인 이미지가 포함되어 있어
성인 인증 게시물로 전환했습니다. 현재 19세 미만 이용자와 비로그인 이용자는 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin converting a post to adult-only (age gate) instead of deleting it",
    why="age-gated, not deleted -> restricted",
    items={enc(D[3]): "restricted"},
))

# 38 ----------------------------------------------------------- law firm on behalf of DC
C.append(dict(
    name="dcinside-law-firm-on-behalf",
    **{"from": "jhkang@hangyeol-law.example"},
    name_from=hdr("법무법인 한결 강지훈 변호사"),
    date="Wed, 11 Sep 2024 16:40:00 +0900",
    subject=hdr(f"[법무법인 한결] 시정요구({R4}) 관련 조치결과 회신"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 주식회사 디시인사이드의 대리인으로서, 귀 위원회의 시정요구({R4})에 관하여
의뢰인의 조치결과를 아래와 같이 회신합니다.

1. {D[0]} : 삭제
2. {D[1]} : 삭제

법무법인 한결 담당변호사 강지훈
""",
    outcome="review", review="unknown_sender",
    imitates="law firm replying on a platform's behalf (대리인 회신)",
    why="statements about requested DC Inside items from a domain that is no platform's: a clerk checks the mandate first",
    items={enc(D[0]): "pending", enc(D[1]): "pending"},
))

# 39 ----------------------------------------------------------- conflicting template
C.append(dict(
    name="dcinside-template-conflicts-with-prose",
    **{"from": "help@dcinside.com"},
    name_from="DCinside",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject=hdr(f"[디시인사이드] 신고 처리 결과 ({R4})"),
    reply_to_req=mid(R4),
    body=f"""[신고 처리 결과]
- 게시물: {D[1]}
- 처리 결과: 삭제
- 처리 일시: 2024-09-12 09:58

담당자 의견:
해당 게시물은 검토 결과 특정인에 대한 명예훼손으로 보기 어려워 게시를 유지합니다.
추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket-system result template whose status field contradicts the handler's free-text comment",
    why="the same item is stated 삭제 in the field and kept up in the comment: a clerk asks, item stays pending",
    items={enc(D[1]): "pending"},
))

# 40 ----------------------------------------------------------- DC out of office
C.append(dict(
    name="dcinside-out-of-office-bilingual",
    **{"from": "legal@dcinside.com"},
    name_from="DCinside Legal",
    date="Thu, 05 Sep 2024 14:00:12 +0900",
    subject=f"[Out of Office] Re: [{R4}] " + hdr("불법정보 시정요구"),
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""현재 휴가 중으로 9월 9일(월)에 복귀합니다. 복귀 후 확인하여 회신드리겠습니다.
I am out of the office until Monday, 9 September, and will reply on my return.

게시물 신고는 help@dcinside.com 으로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Korean/English out-of-office auto-reply",
    why="auto-reply, nothing about items",
    items={},
))

# 41 ----------------------------------------------------------- BAND full-width punctuation
C.append(dict(
    name="band-result-fullwidth-punctuation",
    **{"from": "report@band.us"},
    name_from=hdr("BAND 고객센터"),
    date="Tue, 10 Sep 2024 10:30:00 +0900",
    subject=hdr(f"[BAND] 신고하신 게시글 처리 결과 안내（{R5}）"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요, BAND 고객센터입니다.
신고하신 게시글의 처리 결과를 안내해 드립니다.

■ 게시글（{B[0]}）：삭제
■ 게시글（{B[1]}）：삭제
■ 게시글（{B[2]}）：운영정책 위반 사항이 확인되지 않아 유지됩니다.

BAND 운영정책은 고객센터 도움말에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result with ■ bullets and full-width brackets/colons",
    why="two deleted -> removed, one kept for no violation -> rejected; URLs closed by full-width ）",
    items={enc(B[0]): "removed", enc(B[1]): "removed", enc(B[2]): "rejected"},
))

# 42 ----------------------------------------------------------- BAND informal, author deleted
C.append(dict(
    name="band-informal-author-deleted",
    **{"from": "minseo.han@band.us"},
    name_from=hdr("한민서"),
    date="Mon, 09 Sep 2024 18:20:00 +0900",
    subject=hdr(f"Re: [{R5}] 밴드 게시글 건"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요 BAND 운영팀 한민서입니다.

말씀하신 90077123 밴드 게시글({B[2]})은 작성자가 이미 지워서
저희 쪽에서도 조회가 안 됩니다. 따로 조치할 게시글이 없는 상태예요.

다른 밴드 건은 정리되는 대로 말씀드릴게요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal BAND operations staff reply",
    why="deleted by its author, cannot be found -> not_found; the other posts only get a promise",
    items={enc(B[2]): "not_found"},
))

# 43 ----------------------------------------------------------- BAND bulk
C.append(dict(
    name="band-bulk-three-deleted",
    **{"from": "report@band.us"},
    name_from=hdr("BAND 고객센터"),
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject=hdr(f"[BAND] 처리 완료 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""안녕하세요, BAND 고객센터입니다.

{R5} 요청으로 신고해 주신 게시글 3건은 모두 삭제 처리되었습니다.
건강한 BAND 환경을 위해 도움 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND one-sentence completion notice for a whole report",
    why="'3건 모두 삭제' for a three-item request without naming them: bulk, items pending",
    items=st(B, "pending"),
))

# 44 ----------------------------------------------------------- BAND auth fail
C.append(dict(
    name="band-dkim-fail-deleted",
    **{"from": "report@band.us"},
    name_from=hdr("BAND 고객센터"),
    auth="fail",
    date="Thu, 12 Sep 2024 12:12:12 +0900",
    subject=hdr(f"[BAND] 게시글 삭제 안내 ({R5})"),
    body=f"""안녕하세요, BAND 고객센터입니다.

아래 게시글은 운영정책 위반으로 삭제되었습니다.
- {B[0]}
- {B[1]}
""",
    outcome="review", review="untrusted",
    imitates="BAND deletion notice arriving with DKIM/SPF/DMARC failing",
    why="band.us sender fails authentication: statements not applied",
    items={enc(B[0]): "pending", enc(B[1]): "pending"},
))

# 45 ----------------------------------------------------------- BAND receipt
C.append(dict(
    name="band-inquiry-receipt",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    date="Fri, 06 Sep 2024 10:00:40 +0900",
    subject=hdr("[BAND] 문의가 접수되었습니다."),
    body=f"""안녕하세요. BAND입니다.

남겨주신 문의가 접수되었습니다. (문의번호 #BD-77120934)
담당자가 확인 후 순서대로 답변드리겠습니다. 주말 및 공휴일에는 답변이 늦어질 수 있습니다.

문의 제목: {R5} 불법 도박 홍보 게시글 신고

※ 이 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND inquiry receipt (문의번호, send-only footer)",
    why="pure receipt, no statement about any item",
    items={},
))


HEADER = """# Blind set 389 (Korean): NAVER, Kakao/Daum/Tistory/Brunch, YouTube Korea,
# DC Inside and BAND replies written in Korean. Generated by make.py; expected
# results written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind389", HEADER, C)
