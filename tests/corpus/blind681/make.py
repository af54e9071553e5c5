#!/usr/bin/env python3
"""Blind set 681: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven; Nate and Ppomppu only as senders),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind681/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Every
expected result below was written from the email's meaning alone, before the
reader was run on it. All names, ids and URLs are fictional.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=5120331",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=5120498",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981204",
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981377",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=412556",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=412601",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_free&no=77102",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_free&no=77145",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_free&no=77190",
    "https://gall.dcinside.com/mini/board/view/?id=bettip&no=3321",
    "https://gall.dcinside.com/mini/board/view/?id=bettip&no=3340",
    "https://gall.dcinside.com/board/view/?id=football_new8&no=7734120",
    "https://gall.dcinside.com/board/view/?id=football_new8&no=7734255",
    "https://gall.dcinside.com/board/view/?id=hit&no=221908",
]
D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14 = D
N1 = "https://blog.naver.com/moonlit_k/223555010"
N2 = "https://cafe.naver.com/jusikbang/88123"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233"
N4 = "https://blog.naver.com/greenpill_shop/223561234"
N5 = "https://cafe.naver.com/silverlinecafe/5012"
K1 = "https://cafe.daum.net/moneytalk22/Ftjk/3312"
K2 = "https://cafe.daum.net/dreamcar77/K1nP/88"
K3 = "https://gamblenote.tistory.com/entry/%EC%82%AC%EC%84%A4%ED%86%A0%ED%86%A0-%EA%B0%80%EC%9E%85%EC%BD%94%EB%93%9C"
K3_RAW = "https://gamblenote.tistory.com/entry/사설토토-가입코드"
K4 = "https://cafe.daum.net/ssulbang/aB3x/1207"
S1 = "https://vod.sooplive.co.kr/player/134556677"
S2 = "https://ch.sooplive.co.kr/night_owl77/post/98120044"
S3 = "https://vod.sooplive.co.kr/player/134601102"
F1 = "https://www.fmkorea.com/7412889012"
F2 = "https://www.fmkorea.com/7413001456"
C1 = "https://www.clien.net/service/board/park/18655432"
I1 = "https://www.inven.co.kr/board/lostark/4811/998877"
I2 = "https://www.inven.co.kr/board/maple/5974/3345120"
I3 = "https://www.inven.co.kr/board/webzine/2097/1877001"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", D, "사설 토토 홍보 게시물 (갤러리 14건)"),
    ("KCSC-240904-02", "naver", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "illegal_drugs", [N1, N2, N3, N4, N5], "의약품 불법 판매 광고"),
    ("KCSC-240905-03", "daum", "2024-09-05T11:05:00+09:00", "2024-09-12T18:00:00+09:00",
     "illegal_gambling", [K1, K2, K3, K4], "카페·티스토리 도박 홍보"),
    ("KCSC-240906-04", "soop", "2024-09-06T14:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", [S1, S2, S3], "VOD 및 방송국 게시글"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "defamation", [F1, F2], "신상 공개 게시물"),
    ("KCSC-240910-06", "clien", "2024-09-10T16:30:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", [C1], "도박 사이트 가입 권유"),
    ("KCSC-240911-07", "inven", "2024-09-11T09:15:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [I1, I2, I3], "게임 게시판 내 불법 환전 홍보"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, req_mid(ref), note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def b64(text, width=76):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + width] for i in range(0, len(raw), width))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


DC_REQUEST = (
    "안녕하십니까. 방송통신심의위원회 불법정보 대응팀입니다.\n"
    "아래 게시물은 「정보통신망법」 제44조의7에 따른 불법정보(도박)로 확인되어\n"
    "삭제 등 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.\n\n"
    "요청번호: KCSC-240903-01\n\n"
    + "\n".join(f"{i + 1}. {u}" for i, u in enumerate(D))
    + "\n\n방송통신심의위원회 드림"
)

NAVER_REQUEST = (
    "안녕하십니까. 방송통신심의위원회입니다.\n"
    "아래 게시물에 대하여 의약품 불법 판매 광고로 시정요구하오니 조치 결과를 알려 주십시오.\n"
    "요청번호: KCSC-240904-02\n\n"
    + "\n".join(f"- {u}" for u in [N1, N2, N3, N4, N5])
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
# 1. DC Inside: HTML result table for all 14 posts
rows = [
    (D1, "삭제", "불법 도박 홍보"), (D2, "삭제", "불법 도박 홍보"),
    (D3, "게시물 없음", "해당 번호의 게시물이 존재하지 않음"), (D4, "삭제", "불법 도박 홍보"),
    (D5, "삭제", "가입 코드 홍보"), (D6, "삭제", "가입 코드 홍보"), (D7, "삭제", "텔레그램 유도"),
    (D8, "삭제", "텔레그램 유도"), (D9, "삭제", "텔레그램 유도"),
    (D10, "게시물 없음", "작성자가 이미 삭제"), (D11, "삭제", "도박 사이트 링크"),
    (D12, "유지", "경기 분석글, 도박 홍보 내용 확인되지 않음"), (D13, "삭제", "도박 사이트 링크"),
    (D14, "성인인증 게시물로 전환", "선정적 이미지 포함, 미성년자 열람 제한"),
]
trs = "\n".join(
    f'<tr><td>{i + 1}</td><td><a href="{u.replace("&", "&amp;")}">{u.replace("&", "&amp;")}</a></td>'
    f"<td>{s}</td><td>{m}</td></tr>"
    for i, (u, s, m) in enumerate(rows)
)
case(
    name="dc-html-table-all14",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 15:42:10 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 조치 결과 회신",
    reply_to_req=thread("KCSC-240903-01"), type="html",
    body=f"""<html><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영팀입니다.</p>
<p>2024년 9월 3일 요청하신 건(KCSC-240903-01)에 대한 처리 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{trs}
</table>
<p>추가 문의 사항은 본 메일로 회신 주시기 바랍니다.<br>감사합니다.</p>
<p>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치 결과/비고) sent as HTML by a community operator",
    why="item-level table from DC Inside: 10 deleted, 2 not found, 1 kept (no violation), 1 made adult-only",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D5: "removed",
           D6: "removed", D7: "removed", D8: "removed", D9: "removed", D10: "not_found",
           D11: "removed", D12: "rejected", D13: "removed", D14: "restricted"},
)

# 2. DC Inside: numbered list, English + Korean
case(
    name="dc-numbered-list-mixed-lang",
    **{"from": "jiwon.park@dcinside.com"}, name_from="Park Jiwon (DC Inside)",
    date="Thu, 05 Sep 2024 11:03:55 +0900",
    subject="RE: [KCSC-240903-01] Request for removal of illegal gambling posts",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Please find below the result for the first five posts of your request
KCSC-240903-01. The rest are still being handled by the gallery team.

1. {D1}
   - Deleted (삭제 완료)
2. {D2}
   - Deleted (삭제 완료)
3. {D3}
   - Not found: no post with this number exists in the gallery (존재하지 않는 게시물)
4. {D4}
   - Deleted (삭제 완료)
5. {D8}
   - Kept. The post is a match prediction without any site link or
     sign-up code, so we found no violation (위반 사항 없음, 유지)

Best regards,
Park Jiwon
Community Operations, DC Inside
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply from a Korean community listing each URL with its result in English and Korean",
    why="five named posts with unhedged results; the promise about 'the rest' names no item",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "removed", D8: "rejected"},
)

# 3. DC Inside: CSV attachment, base64
csv_text = "\ufeff번호,URL,처리결과,비고\n" + "\n".join(
    f"{i},{u},{s},{m}" for i, (u, s, m) in enumerate([
        (D1, "삭제", "도박 홍보"), (D2, "삭제", "도박 홍보"), (D3, "게시물 없음", "존재하지 않음"),
        (D5, "삭제", "가입코드"), (D6, "삭제", "가입코드"), (D13, "성인인증 전환", "선정성"),
    ], 1)) + "\n"
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 10:20:31 +0900",
    subject="[디시인사이드] KCSC-240903-01 처리결과 (첨부)",
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_7f3a21"

--=_dc_7f3a21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 운영팀입니다.

요청번호 KCSC-240903-01 중 처리가 끝난 게시물의 결과를 첨부 파일로 보내드립니다.
첨부된 CSV 파일을 확인해 주시기 바랍니다.

감사합니다.

--=_dc_7f3a21
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--=_dc_7f3a21--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply with a spreadsheet export of per-URL results attached (CSV, UTF-8 with BOM)",
    why="the attachment states a result for six posts; the body itself states nothing",
    items={D1: "removed", D2: "removed", D3: "not_found", D5: "removed", D6: "removed",
           D13: "restricted"},
)

# 4. DC Inside: bare URL, status on the line below
case(
    name="dc-url-then-result-line",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 17:05:12 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드입니다.

마이너 갤러리·미니 갤러리 게시물 처리 결과 안내드립니다.

{D9}
→ 처리결과: 삭제 완료

{D10}
→ 처리결과: 삭제 완료

{D11}
→ 처리결과: 해당 게시물 없음 (번호 확인 불가)

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each URL on its own line and '→ 처리결과' on the next",
    why="status follows each URL on the line below",
    items={D9: "removed", D10: "removed", D11: "not_found"},
)

# 5. DC Inside: top-posted over a Gmail-style quoted request
case(
    name="dc-top-posted-gmail-quote",
    **{"from": "minsu.lee@dcinside.com"}, name_from="이민수",
    date="Tue, 10 Sep 2024 09:48:02 +0900",
    subject="Re: [KCSC-240903-01] 불법정보(도박) 시정요구",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""안녕하세요. 디시인사이드 이민수입니다.

해외축구 갤러리 두 건({D12} ,
{D13})은 오늘 오전 삭제했습니다.
힛갤 게시물 {D14} 은 원글 작성자가 이미 지운 상태라 확인되지 않습니다.

수고하세요.

2024년 9월 3일 (화) 오전 10:12, KCSC 불법정보 대응팀 <takedown@kcsc.example>님이 작성:
{quote(DC_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply (Korean locale '님이 작성:') over the regulator's quoted request",
    why="the reply names three posts; the quoted list of 14 below is our own request and states nothing",
    items={D12: "removed", D13: "removed", D14: "not_found"},
)

# 6. DC Inside: statement first, URLs below in angle brackets, one wrapped
case(
    name="dc-statement-then-bracketed-urls",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:31:44 +0900",
    subject="Re: [KCSC-240903-01] 조치 결과",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 갤러리 운영 원칙(불법 도박 홍보 금지)에 따라 삭제되었습니다.
<{D7}>
<https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_free&
no=77145>

아래 게시물은 검토 결과 삭제 사유에 해당하지 않아 게시를 유지합니다.
경기 결과를 정리한 글로, 도박 사이트 링크나 홍보 문구가 없습니다.
<{D12}>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="operator reply grouping URLs under a heading statement, URLs in angle brackets (one wrapped, RFC 3986 appendix C style)",
    why="two posts deleted under the first statement (the second URL wrapped inside its brackets), one kept with a reason",
    items={D7: "removed", D8: "removed", D12: "rejected"},
)

# 7. DC Inside: multipart/alternative
alt_text = f"""디시인사이드 운영팀입니다.

코인 갤러리 게시물 처리 결과입니다.
- {D5} : 삭제
- {D6} : 삭제
- {D7} : 게시물 없음 (작성자 삭제)
"""
alt_html = f"""<html><body><p>디시인사이드 운영팀입니다.</p>
<p>코인 갤러리 게시물 처리 결과입니다.</p>
<ul>
<li><a href="{D5.replace('&', '&amp;')}">{D5.replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{D6.replace('&', '&amp;')}">{D6.replace('&', '&amp;')}</a> : 삭제</li>
<li><a href="{D7.replace('&', '&amp;')}">{D7.replace('&', '&amp;')}</a> : 게시물 없음 (작성자 삭제)</li>
</ul></body></html>"""
case(
    name="dc-multipart-alternative",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 19:12:09 +0900",
    subject="Re: [KCSC-240903-01] 처리 결과 안내",
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-20240905-dc"

--alt-20240905-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(alt_text)}
--alt-20240905-dc
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(alt_html)}
--alt-20240905-dc--
""",
    outcome="applied", classification="confirmation",
    imitates="webmail reply sent as multipart/alternative (quoted-printable plain text and HTML list)",
    why="two posts deleted, one already deleted by its author",
    items={D5: "removed", D6: "removed", D7: "not_found"},
)

# 8. DC Inside: one restricted, promise for the rest
case(
    name="dc-adult-gate-and-promise",
    **{"from": "jiwon.park@dcinside.com"}, name_from="Park Jiwon (DC Inside)",
    date="Wed, 04 Sep 2024 16:40:00 +0900",
    subject="RE: [KCSC-240903-01] 1차 처리 결과",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 박지원입니다.

1차로 처리된 내용 먼저 공유드립니다.

힛갤 게시물 {D14}
은 선정적인 이미지가 포함되어 있어 성인 인증 후에만 열람할 수 있도록
연령 제한 게시물로 전환했습니다.

나머지 게시물은 갤러리별로 확인 후 순차적으로 조치할 예정이며,
완료되면 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="first partial answer from a community operator: one post age-gated, a promise for the rest",
    why="age restriction is stated for one named post; the promise names no other item",
    items={D14: "restricted"},
)

# 9. NAVER: 임시조치 notice
case(
    name="naver-imsi-jochi-notice",
    **{"from": "noreply_right@navercorp.com"}, name_from="네이버 게시중단센터",
    date="Thu, 05 Sep 2024 13:10:27 +0900",
    subject="[네이버] 게시물 임시조치 결과 안내 (KCSC-240904-02)",
    body=f"""[네이버 게시중단 요청 처리 결과 안내]

안녕하세요. 네이버 권리보호센터입니다.
방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 조치하였음을 알려드립니다.

■ 요청번호 : KCSC-240904-02
■ 조치 내용 : 임시조치(30일)

 대상 게시물 1 : {N2}
 대상 게시물 2 : {N5}

임시조치된 게시물은 30일간 다른 이용자에게 보이지 않으며, 게시자가
재게시를 요청하지 않으면 기간 만료 후 삭제됩니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (임시조치 30일) notice",
    why="임시조치 is a temporary restriction, recorded as restricted for both named posts",
    items={N2: "restricted", N5: "restricted"},
)

# 10. NAVER: English, mixed statuses
case(
    name="naver-english-mixed",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 10:55:13 +0900",
    subject="Re: [KCSC-240904-02] Correction request - result",
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""Hello,

Thank you for your request KCSC-240904-02. Our review is complete for three
of the five URLs:

* {N2}
  The cafe post advertised prescription medicine for sale and has been
  deleted.

* {N3}
  This Knowledge iN question no longer exists. It was deleted by the person
  who asked it before our review started.

* {N1}
  We have decided not to take action. The post is a personal diary entry that
  mentions a medicine by name but offers nothing for sale, so it does not
  violate the NAVER Blog operating policy. It remains available.

For our content policy, see https://policy.naver.com/policy/service_group.html.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply from a Korean portal with one paragraph per URL",
    why="deleted / gone before review / no action with reason; the policy link is not an item",
    items={N2: "removed", N3: "not_found", N1: "rejected"},
)

# 11. NAVER: quoted-printable Korean, 블라인드 and 비공개
naver_qp = f"""안녕하세요. 네이버 고객센터입니다.

요청번호 KCSC-240904-02 관련하여 블로그 게시물 조치 결과를 안내드립니다.

{N1}
해당 게시물은 블라인드 처리되었습니다.

{N4}
해당 게시물은 운영정책 위반으로 비공개 처리되었습니다.

나머지 카페 게시물은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

네이버 고객센터 드림
"""
case(
    name="naver-qp-blind-private",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Sat, 07 Sep 2024 09:02:45 +0900",
    subject="Re: [KCSC-240904-02] 게시물 조치 요청",
    reply_to_req=thread("KCSC-240904-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre reply in quoted-printable Korean (블라인드 / 비공개 처리)",
    why="블라인드 and 비공개 처리 both take the post out of view: removed",
    items={N1: "removed", N4: "removed"},
)

# 12. NAVER: statement of reasons style, restricted in Korea
case(
    name="naver-statement-of-reasons",
    **{"from": "sor-noreply@navercorp.com"}, name_from="NAVER",
    date="Mon, 09 Sep 2024 08:30:00 +0900",
    subject="Statement of reasons - decision on reported content (ref. KCSC-240904-02)",
    body=f"""STATEMENT OF REASONS

Notice reference:     KCSC-240904-02
Notifier:             Korea Communications Standards Commission
Date of decision:     2024-09-08

Content concerned:    {N4}
Type of decision:     Visibility restriction - access disabled
Territorial scope:    Republic of Korea only
Ground:               Illegal content under Korean law (Pharmaceutical
                      Affairs Act, online sale of medicines)
Automated detection:  No
Automated decision:   No

Redress: the uploader may object through https://help.naver.com/appeal .

This message was generated automatically; please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / territorial scope / ground) sent by a portal",
    why="access disabled in Korea only: restricted; the appeal page is not an item",
    items={N4: "restricted"},
)

# 13. NAVER: Outlook reply above the original request
case(
    name="naver-outlook-original-message",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페 운영정책팀",
    date="Tue, 10 Sep 2024 15:18:36 +0900",
    subject="RE: [KCSC-240904-02] 의약품 불법 판매 광고 시정요구",
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""안녕하세요, 네이버 카페 운영정책팀입니다.

요청하신 게시물 중 {N5} 은(는) 카페 운영원칙 위반(불법 의약품 거래)으로 삭제 조치되었습니다.
나머지 게시물은 블로그·지식iN 담당 부서에서 확인 중입니다.

감사합니다.

-----Original Message-----
From: KCSC 불법정보 대응팀 <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:40 AM
To: policy@navercorp.com
Subject: [KCSC-240904-02] 의약품 불법 판매 광고 시정요구

{NAVER_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unquoted original request below",
    why="one named post deleted; the request text under Original Message states nothing",
    items={N5: "removed"},
)

# 14. Daum: tistory Korean path raw, cafe restricted
case(
    name="daum-tistory-korean-path",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 14:02:51 +0900",
    subject="Re: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

요청하신 게시물에 대해 다음과 같이 조치하였습니다.

티스토리 게시글 {K3_RAW} 은 운영정책 위반으로 삭제되었습니다.

다음 카페 게시글 {K2} 은 카페 전체에 대해 접근 제한 조치가 적용되어
현재 열람할 수 없습니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre reply covering a Tistory entry (raw Hangul path) and a Daum cafe post",
    why="the raw Korean path matches the percent-encoded request URL; 접근 제한 is restricted",
    items={K3: "removed", K2: "restricted"},
)

# 15. Daum: HTML table, base64
daum_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>시정요구(KCSC-240905-03)에 대한 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>대상 URL</th><th>조치</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{K2}</td><td>조치 불가 (운영정책 위반 사항 없음)</td></tr>
<tr><td>3</td><td>{K3}</td><td>삭제</td></tr>
<tr><td>4</td><td>{K4}</td><td>존재하지 않는 게시물</td></tr>
</tbody></table>
<p>조치 불가 게시물은 중고차 정보 공유 글로, 도박 관련 내용이 확인되지 않았습니다.</p>
<p>카카오 드림</p>
</body></html>"""
case(
    name="daum-html-table-base64",
    **{"from": "report-center@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 11:47:30 +0900",
    subject="[카카오] 시정요구 조치 결과 (KCSC-240905-03)",
    reply_to_req=thread("KCSC-240905-03"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result table sent as base64 HTML",
    why="one row per URL: 게시중단, refused with reason, deleted, does not exist",
    items={K1: "removed", K2: "rejected", K3: "removed", K4: "not_found"},
)

# 16. Daum: English, geo-block plus under review
case(
    name="daum-english-geo-block",
    **{"from": "global-safety@kakaocorp.com"}, name_from="Kakao Safety",
    date="Tue, 10 Sep 2024 18:21:04 +0900",
    subject="Re: [KCSC-240905-03] Illegal gambling promotion",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""Dear Sir or Madam,

Regarding your request KCSC-240905-03:

Access to {K4} from Korea has been blocked. The cafe is operated from
abroad and the post remains visible outside Korea.

{K1} is still under review by the Daum Cafe team; we will let you know the
outcome.

Regards,
Kakao Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="English portal reply: country-level block for one URL, 'under review' for another",
    why="blocked from Korea only is restricted; 'still under review' leaves the other post pending",
    items={K4: "restricted", K1: "pending"},
)

# 17. SOOP: English, VOD deleted, post age-restricted
case(
    name="soop-vod-deleted-post-19plus",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety Center",
    date="Mon, 09 Sep 2024 10:14:22 +0900",
    subject="[SOOP] Result of your report KCSC-240906-04",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""Hello,

This is the SOOP Safety Center. Here is the result of our review.

- VOD {S1}: deleted. The streamer's channel has also received a 7-day
  suspension under the SOOP operating policy.
- Channel post {S2}: changed to 19+ (age-restricted); only verified adult
  users can open it.

The third link in your request is being checked by our VOD team.

SOOP Safety Center
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) safety-centre result mail in English",
    why="VOD deleted, post age-restricted; the third link is not named and stays pending",
    items={S1: "removed", S2: "restricted"},
)

# 18. SOOP: acknowledgement phrase plus an unhedged outcome
case(
    name="soop-receipt-plus-outcome",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Sat, 07 Sep 2024 22:05:41 +0900",
    subject="[SOOP] 신고 접수 및 처리 결과 안내 (접수번호 SP-2409-55821)",
    body=f"""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회의 신고(KCSC-240906-04)가 정상적으로 접수되었습니다.
(접수번호: SP-2409-55821)

신고하신 다시보기 {S3} 는 확인 결과 음란성 내용이 포함되어
즉시 삭제되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt that also carries the outcome for one VOD",
    why="a receipt phrase plus an unhedged deletion of a named VOD is not a pure acknowledgement",
    items={S3: "removed"},
)

# 19. SOOP: plain-text table
case(
    name="soop-text-table",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 세이프티센터",
    date="Wed, 11 Sep 2024 16:33:10 +0900",
    subject="Re: [KCSC-240906-04] 음란 정보 시정요구 조치 결과",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""안녕하세요, SOOP 세이프티센터입니다.
요청번호 KCSC-240906-04 조치 결과를 아래 표로 안내드립니다.

| 번호 | URL                                                  | 조치 결과       |
|------|------------------------------------------------------|-----------------|
| 1    | {S1}          | 삭제            |
| 2    | {S2}  | 해당 게시글 없음 |
| 3    | {S3}          | 삭제            |

SOOP 세이프티센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table (번호, URL, 조치 결과) from a streaming platform",
    why="two VODs deleted, the channel post not found",
    items={S1: "removed", S2: "not_found", S3: "removed"},
)

# 20. FM Korea: Korean particles attached to the URLs
case(
    name="fmkorea-particles-on-urls",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Tue, 10 Sep 2024 12:08:19 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청의 건",
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""안녕하세요. 에펨코리아 운영진입니다.

{F1}은 개인 신상 정보 노출로 운영자 삭제 처리되었으며,
{F2}는 저희가 확인하기 전에 작성자 본인이 삭제한 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply with Korean particles written straight after the URLs",
    why="은/는 are particles, not part of the URL: one removed by the operator, one deleted by its author",
    items={F1: "removed", F2: "not_found"},
)

# 21. FM Korea: full-width brackets and punctuation
case(
    name="fmkorea-fullwidth-brackets",
    **{"from": "report@fmkorea.com"}, name_from="에펨코리아 신고센터",
    date="Wed, 11 Sep 2024 18:44:02 +0900",
    subject="[에펨코리아] KCSC-240909-05 처리 결과",
    reply_to_req=thread("KCSC-240909-05"),
    body=f"""안녕하세요．에펨코리아 신고센터입니다．

１．「{F1}」
　　→ 삭제 완료．

２．（{F2}）
　　→ 유지．실명이나 연락처 등 개인을 특정할 수 있는 정보가 없어
　　　 신상 공개에 해당하지 않는다고 판단했습니다．

감사합니다．
""",
    outcome="applied", classification="confirmation",
    imitates="reply typed with a Korean IME in full-width mode (full-width brackets, digits and stops)",
    why="first post deleted; second kept with a reason (rejected)",
    items={F1: "removed", F2: "rejected"},
)

# 22. Clien: sole statement for a one-item request
case(
    name="clien-sole-statement",
    **{"from": "help@clien.net"}, name_from="클리앙 운영팀",
    date="Wed, 11 Sep 2024 10:01:37 +0900",
    subject="Re: [KCSC-240910-06] 도박 사이트 가입 권유 게시물 시정요구",
    reply_to_req=thread("KCSC-240910-06"),
    body="""안녕하세요. 클리앙 운영팀입니다.

요청하신 게시물은 확인 후 운영자 삭제 처리했습니다.
작성자 계정은 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator answer to a one-post request, naming no URL",
    why="the request has a single item, so the sole unhedged statement applies to it",
    items={C1: "removed"},
)

# 23. Clien: rejection in English
case(
    name="clien-rejected-english",
    **{"from": "help@clien.net"}, name_from="CLIEN Support",
    date="Thu, 12 Sep 2024 14:27:50 +0900",
    subject="Re: [KCSC-240910-06] Removal request",
    reply_to_req=thread("KCSC-240910-06"),
    body=f"""Hello,

We looked at {C1} again after your request.
The post quotes a newspaper article about a gambling site being shut down
and contains no sign-up link or invitation. It does not break the CLIEN
community rules, so we will not delete it.

If you have new information, please reply to this email.

CLIEN Support
""",
    outcome="applied", classification="confirmation",
    imitates="community support refusal with a reason",
    why="a clear refusal with its reason for the named post",
    items={C1: "rejected"},
)

# 24. Inven: full-width bullets and colons
case(
    name="inven-fullwidth-bullets",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Thu, 12 Sep 2024 17:55:06 +0900",
    subject="Re: [KCSC-240911-07] 게임 게시판 불법 환전 홍보글",
    reply_to_req=thread("KCSC-240911-07"),
    body=f"""안녕하세요. 인벤 고객지원팀입니다.
요청번호 KCSC-240911-07 처리 결과입니다.

・{I1} ： 삭제
・{I2} ： 삭제
・{I3} ： 유지 (환전 관련 보도 기사로 홍보 목적이 확인되지 않음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="game-community support list with full-width bullets and colons",
    why="two deleted, one kept with a reason",
    items={I1: "removed", I2: "removed", I3: "rejected"},
)

# 25. Inven: base64 plain body
inven_plain = f"""안녕하세요, 인벤입니다.

{I2}
위 게시물은 작성자가 스스로 삭제하여 현재 존재하지 않습니다.

{I3}
위 게시물은 불법 환전 홍보로 확인되어 삭제하였습니다.

인벤 운영팀 드림
"""
case(
    name="inven-base64-plain",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
    date="Fri, 13 Sep 2024 11:11:11 +0900",
    subject="=?UTF-8?B?" + base64.b64encode("Re: [KCSC-240911-07] 처리 결과".encode()).decode() + "?=",
    reply_to_req=thread("KCSC-240911-07"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(inven_plain)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean webmail reply encoded entirely in base64 (body and RFC 2047 subject)",
    why="'위 게시물' points to the URL line above each statement",
    items={I2: "not_found", I3: "removed"},
)

# ================================================================= REVIEW
# R1. NAVER promise
case(
    name="naver-promise-review-later",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Thu, 05 Sep 2024 09:20:44 +0900",
    subject="Re: [KCSC-240904-02] 게시물 조치 요청",
    reply_to_req=thread("KCSC-240904-02"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 게시물
{N1}
{N4}
에 대해서는 관련 부서에서 검토한 뒤 삭제 여부를 결정할 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal reply promising a later decision ('검토 후 ... 예정')",
    why="names two posts but only promises a decision: nothing to record",
    items={N1: "pending", N4: "pending"},
)

# R2. DC hedge
case(
    name="dc-hedged-appears-deleted",
    **{"from": "jiwon.park@dcinside.com"}, name_from="Park Jiwon (DC Inside)",
    date="Fri, 06 Sep 2024 09:12:33 +0900",
    subject="RE: [KCSC-240903-01] quick update",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""Hi,

Quick update before the weekend. {D3} appears to have been removed
already, possibly by the writer, and {D4} may have been cleaned up by the
gallery manager, but I could not confirm either in our admin tool yet.
I will get back to you with the confirmed results on Monday.

Jiwon
""",
    outcome="review", review="not_understood",
    imitates="informal staff update full of hedges ('appears to', 'may have been')",
    why="hedged statements are not statements; two named posts stay pending",
    items={D3: "pending", D4: "pending"},
)

# R3. FM Korea bulk
case(
    name="fmkorea-bulk-both",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Mon, 09 Sep 2024 20:40:15 +0900",
    subject="Re: [KCSC-240909-05] 게시물 삭제 요청의 건",
    reply_to_req=thread("KCSC-240909-05"),
    body="""안녕하세요. 에펨코리아 운영진입니다.

요청하신 게시물 2건 모두 삭제 처리하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short admin reply confirming 'all N posts' without naming them",
    why="a statement about both posts of a two-item request without naming each",
    items={F1: "pending", F2: "pending"},
)

# R4. DC bulk in English
case(
    name="dc-bulk-all-fourteen",
    **{"from": "report@dcinside.com"}, name_from="DC Inside Operations",
    date="Thu, 12 Sep 2024 13:00:00 +0900",
    subject="RE: [KCSC-240903-01] Final result",
    reply_to_req=thread("KCSC-240903-01"),
    body="""Dear KCSC,

This is to confirm that all 14 posts listed in your request KCSC-240903-01
have now been removed from the galleries concerned, and the writers' IP
ranges have been blocked from posting.

Best regards,
DC Inside Operations
""",
    outcome="review", review="bulk",
    imitates="final 'all reported content was removed' confirmation",
    why="14-item request, no post named: bulk, nothing applied",
    items={u: "pending" for u in D},
)

# R5. Daum forged (DMARC fail)
case(
    name="daum-dmarc-fail",
    **{"from": "cs-report@kakaocorp.com"}, name_from="카카오 고객센터",
    auth="fail",
    date="Sun, 08 Sep 2024 03:14:09 +0900",
    subject="Re: [KCSC-240905-03] 조치 완료",
    reply_to_req=thread("KCSC-240905-03"),
    body=f"""안녕하세요. 카카오 고객센터입니다.

아래 게시물은 삭제 완료되었습니다.
{K1}
{K4}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Kakao-looking result mail whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={K1: "pending", K4: "pending"},
)

# R6. Unknown sender: law firm for the FM Korea author
case(
    name="fmkorea-law-firm-unknown",
    **{"from": "jhkim@haneul-law.example"}, name_from="법무법인 하늘 김정훈 변호사",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject="KCSC-240909-05 관련 의견 전달",
    body=f"""방송통신심의위원회 담당자님께,

저희 법무법인은 에펨코리아 게시물 작성자를 대리하고 있습니다.
의뢰인은 {F1} 게시물을 9월 10일 자진 삭제하였음을 알려드리며,
본 건 심의 시 참작하여 주시기 바랍니다.

법무법인 하늘
변호사 김정훈
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an author's lawyer claiming the post was deleted",
    why="not the platform: its statement cannot change the item",
    items={F1: "pending"},
)

# R7. Unknown sender: streamer from a free-mail address
case(
    name="soop-streamer-gmail",
    **{"from": "nightowl77.bj@gmail.com"}, name_from="나이트아울",
    date="Tue, 10 Sep 2024 02:41:58 +0900",
    subject="Re: [KCSC-240906-04] 제 방송국 게시물 관련",
    reply_to_req=thread("KCSC-240906-04"),
    body=f"""안녕하세요 BJ 나이트아울입니다.
제 방송국 글 {S2} 는 제가 직접 삭제했어요.
다시보기도 다 내렸습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="streamer writing from a personal free-mail account after learning of the request",
    why="the uploader, not SOOP, says the post is gone: unknown sender",
    items={S2: "pending"},
)

# R8. Nate speaks about a Daum cafe post
case(
    name="nate-speaks-for-daum",
    **{"from": "search-report@nate.com"}, name_from="네이트 검색 운영팀",
    date="Mon, 09 Sep 2024 16:12:40 +0900",
    subject="RE: [KCSC-240905-03] 검색 노출 관련 회신 (참조)",
    body=f"""안녕하세요. 네이트 검색 운영팀입니다.

참조로 받은 시정요구 건 회신드립니다.
{K1} 게시물은 원 게시물이 다음 카페에서 삭제되어
네이트 검색 결과에도 더 이상 노출되지 않습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="search portal answering a request it was copied on, about another portal's cafe post",
    why="Nate (trusted for its own items) states the status of a Daum item",
    items={K1: "pending"},
)

# R9. NAVER asks for the official letter
case(
    name="naver-asks-official-letter",
    **{"from": "right_center@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Thu, 05 Sep 2024 17:48:22 +0900",
    subject="Re: [KCSC-240904-02] 추가 자료 요청",
    reply_to_req=thread("KCSC-240904-02"),
    body="""안녕하세요. 네이버 권리보호센터입니다.

요청하신 건(KCSC-240904-02)의 처리를 위해 시정요구 공문(기관 직인 포함) 사본과
해당 게시물이 위반한 법령 조항을 회신으로 보내주시기 바랍니다.
자료를 받은 뒤 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the official letter (공문) before acting",
    why="a request for documents: someone must answer it; nothing to record",
    items={},
)

# R10. SOOP: trusted, no item, no request
case(
    name="soop-notice-no-items",
    **{"from": "partner@sooplive.co.kr"}, name_from="SOOP 대외협력팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[SOOP] 기관 신고 전용 창구 변경 안내",
    body="""안녕하세요. SOOP 대외협력팀입니다.

2024년 10월 1일부터 기관 신고 접수 창구가 아래와 같이 변경됩니다.

- 기존: safety@sooplive.co.kr
- 변경: gov-report@sooplive.co.kr (기관 전용)

변경 이후에도 기존 주소로 보내주신 메일은 한 달간 자동으로 전달됩니다.
앞으로도 협조 부탁드립니다.

SOOP 대외협력팀 드림
""",
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a changed reporting address",
    why="trusted SOOP mail naming no item and no request",
    items={},
)

# R11. Inven: conditional
case(
    name="inven-conditional",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 15:02:19 +0900",
    subject="Re: [KCSC-240911-07] 게임 게시판 불법 환전 홍보글",
    reply_to_req=thread("KCSC-240911-07"),
    body=f"""안녕하세요. 인벤 고객지원팀입니다.

{I1} 게시물은 게시판 담당자가 확인 중이며, 불법 환전 홍보로 확인될 경우
24시간 이내에 삭제될 예정입니다.
If it turns out to be a news post, it will stay up.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="support reply with a conditional outcome ('확인될 경우 ... 삭제될 예정')",
    why="a condition and a promise: the named post stays pending",
    items={I1: "pending"},
)

# R12. DC forwards the gallery manager's mail
case(
    name="dc-forwarded-gallery-manager",
    **{"from": "minsu.lee@dcinside.com"}, name_from="이민수",
    date="Sun, 08 Sep 2024 21:15:03 +0900",
    subject="Fwd: 코인 갤러리 게시물 삭제 건",
    body=f"""갤러리 매니저에게 받은 답변 전달드립니다.

---------- Forwarded message ---------
보낸사람: 코인톡 매니저 <cointalk.mgr77@gmail.com>
Date: 2024년 9월 8일 (일) 오후 8:50
Subject: 코인 갤러리 게시물 삭제 건
To: 이민수 <minsu.lee@dcinside.com>

말씀하신 두 글 지웠습니다.
{D5}
{D6}
KCSC-240903-01 건 맞죠?
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="staff member forwarding a volunteer gallery manager's message without own statement",
    why="the statement is the manager's, relayed by forward; DC itself states nothing",
    items={D5: "pending", D6: "pending"},
)

# R13. Clien under review
case(
    name="clien-under-review",
    **{"from": "help@clien.net"}, name_from="클리앙 운영팀",
    date="Tue, 10 Sep 2024 18:02:44 +0900",
    subject="Re: [KCSC-240910-06] 도박 사이트 가입 권유 게시물 시정요구",
    reply_to_req=thread("KCSC-240910-06"),
    body="""안녕하세요, 클리앙 운영팀입니다.

요청하신 게시물은 현재 운영진이 검토 중입니다.
결과가 나오는 대로 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="'under review' holding reply for a one-post request",
    why="refers to the request but says only that it is under review",
    items={C1: "pending"},
)

# ================================================================= IGNORED
# I1. DC out of office (Korean)
case(
    name="dc-out-of-office-chuseok",
    **{"from": "minsu.lee@dcinside.com"}, name_from="이민수",
    date="Fri, 13 Sep 2024 18:00:02 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240903-01] 불법정보(도박) 시정요구",
    reply_to_req=thread("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""안녕하세요. 이민수입니다.

9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
급한 건은 report@dcinside.com 으로 보내주세요.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 부재중 자동응답 (Chuseok holiday)",
    why="out-of-office auto-reply",
    items={},
)

# I2. NAVER bounce (DSN)
case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@navercorp.com"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 09:41:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4F1A2B3C"

--dsn-4F1A2B3C
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mailstore3.navercorp.com said: 550 5.1.1
    <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--dsn-4F1A2B3C
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Wed,  4 Sep 2024 09:41:10 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <policy-kr@navercorp.com>: Recipient address rejected: User unknown

--dsn-4F1A2B3C
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [KCSC-240904-02] =?UTF-8?B?{base64.b64encode("의약품 불법 판매 광고 시정요구".encode()).decode()}?=
Date: Wed, 4 Sep 2024 09:40:00 +0900
Message-ID: <{req_mid("KCSC-240904-02")}>

--dsn-4F1A2B3C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report; delivery-status) for a wrong recipient address",
    why="a bounce of our own request",
    items={},
)

# I3. Daum read receipt (MDN)
case(
    name="daum-read-receipt",
    **{"from": "hyejin.choi@kakaocorp.com"}, name_from="최혜진",
    date="Thu, 05 Sep 2024 13:02:18 +0900",
    subject="읽음 확인: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=thread("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b7e1"

--mdn-b7e1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: 최혜진 <hyejin.choi@kakaocorp.com>
제목: [KCSC-240905-03] 불법 도박 홍보 게시물 시정요구
읽은 시간: 2024-09-05 13:02

--mdn-b7e1
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; hyejin.choi@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240905-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b7e1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN, message/disposition-notification) from a corporate webmail",
    why="a read receipt says nothing about the posts",
    items={},
)

# I4. SOOP pure receipt
case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 14:21:30 +0900",
    subject="[SOOP] 신고가 접수되었습니다 (접수번호 SP-2409-55790)",
    body="""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회의 신고(KCSC-240906-04)가 정상적으로 접수되었습니다.
접수번호: SP-2409-55790

담당자가 순서대로 확인하고 있으며, 처리 결과는 등록하신 이메일로 안내드립니다.
※ 본 메일은 발신전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt (접수번호) from a streaming platform's help desk",
    why="a pure acknowledgement with a ticket number",
    items={},
)

# I5. FM Korea out of office in English
case(
    name="fmkorea-out-of-office-english",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea Admin",
    date="Mon, 09 Sep 2024 10:00:31 +0900",
    subject="Automatic reply: [KCSC-240909-05] 게시물 삭제 요청의 건",
    reply_to_req=thread("KCSC-240909-05"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email.

I am out of the office until Tuesday, 10 September, with limited access to
email. Reports about posts are still handled by the moderators; for urgent
matters please use the report form on the site.

운영진 부재중입니다. 9월 10일(화)에 복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message, bilingual",
    why="out-of-office auto-reply",
    items={},
)

# I6. Inven Zendesk-style receipt
case(
    name="inven-helpdesk-receipt",
    **{"from": "support@inven.co.kr"}, name_from="Inven Support",
    date="Wed, 11 Sep 2024 09:16:05 +0900",
    subject="[Inven] Request received: [KCSC-240911-07] 게임 게시판 불법 환전 홍보글",
    reply_to_req=thread("KCSC-240911-07"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#48211) has been received and will be reviewed by our support
staff. 문의가 접수되었습니다 (#48211). 담당자 확인 후 답변드리겠습니다.

To add more information, reply to this email.

Inven Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style helpdesk 'request received' receipt",
    why="a pure acknowledgement with a ticket number",
    items={},
)

HEADER = """# Blind set 681 (Korean portals and community sites, mixed Korean/English).
# Written from each email's meaning alone before the reader was run; see NOTES.md.
# Generated by make.py: edit the case list there, not this file."""


def encode_names():
    # Display names in From are RFC 2047 encoded, as Korean webmail sends them.
    for c in CASES:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(n.encode("utf-8")).decode("ascii") + "?="


def main():
    write_requests()
    encode_names()
    corpuslib.write_set(HERE, "blind681", HEADER, CASES)


if __name__ == "__main__":
    main()
