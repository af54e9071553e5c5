#!/usr/bin/env python3
"""Blind set 297: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, FM Korea, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind297/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

SET = "blind297"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/sodam_diary/223561234501"
N2 = "https://blog.naver.com/sodam_diary/223561234502"
N3 = "https://blog.naver.com/greyfinch88/223559870011"
N4 = "https://cafe.naver.com/bluepinehouse/48211"
N5 = "https://cafe.naver.com/bluepinehouse/48230"
N6 = "https://cafe.naver.com/nightmarketkr/9912"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471234567"
N8 = "https://m.blog.naver.com/hwaseong_rumor/223570001122"
N9 = "https://cafe.naver.com/nightmarketkr/9950"
N10 = "https://blog.naver.com/greyfinch88/223560112200"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567"
N12 = "https://tv.naver.com/v/59123456"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/silverbirch/Ab12/3301"
D2 = "https://cafe.daum.net/silverbirch/Ab12/3315"
D3_RAW = "https://moonriver-notes.tistory.com/entry/유출-자료-모음"
D3 = "https://moonriver-notes.tistory.com/entry/%EC%9C%A0%EC%B6%9C-%EC%9E%90%EB%A3%8C-%EB%AA%A8%EC%9D%8C"
D4 = "https://cafe.daum.net/hanbit-market/Zx9f/771"
DAUM = [D1, D2, D3, D4]

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345"
G2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812390"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=lowlight&no=55012"
G4 = "https://gall.dcinside.com/mgallery/board/view/?id=lowlight&no=55077"
G5 = "https://gall.dcinside.com/mini/board/view/?id=quietroom&no=1204"
DC = [G1, G2, G3, G4, G5]

S1 = "https://vod.sooplive.co.kr/player/134567890"
S2 = "https://ch.sooplive.co.kr/nightowl77/post/120034567"
S3 = "https://ch.sooplive.co.kr/redlantern9"
SOOP = [S1, S2, S3]

P1 = "https://pann.nate.com/talk/372345678"

F1 = "https://www.fmkorea.com/7412345678"
F2 = "https://www.fmkorea.com/7412399001"

C1 = "https://www.clien.net/service/board/park/18500123"
C2 = "https://www.clien.net/service/board/park/18500456"

REQUESTS = [
    # ref, platform, sent, due, category, message-id local part, note, urls
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", "defamation",
     "req.240903.01", "NAVER blog/cafe/kin/post/tv, largest request", NAVER),
    ("KCSC-240905-02", "daum", "2024-09-05", "2024-09-12", "privacy",
     "req.240905.02", "Daum cafe and Tistory", DAUM),
    ("KCSC-240909-03", "dcinside", "2024-09-09", "2024-09-16", "market_manipulation",
     "req.240909.03", "DC Inside galleries", DC),
    ("KCSC-240911-04", "soop", "2024-09-11", "2024-09-18", "obscenity",
     "req.240911.04", "SOOP VOD, channel post, channel", SOOP),
    ("KCSC-240912-05", "nate", "2024-09-12", "2024-09-19", "defamation",
     "req.240912.05", "Nate Pann, one post", [P1]),
    ("KCSC-240913-06", "fmkorea", "2024-09-13", "2024-09-20", "gambling",
     "req.240913.06", "FM Korea", [F1, F2]),
    ("KCSC-240919-07", "clien", "2024-09-19", "2024-09-26", "privacy",
     "req.240919.07", "Clien park board", [C1, C2]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 for a header value with non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def request_text(ref, urls=None):
    """The regulator's own request, as it is quoted back in replies."""
    r = REQ[ref]
    urls = urls if urls is not None else [u.replace(D3, D3_RAW) for u in r[7]]
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.",
        f"아래 정보에 대하여 시정요구({ref})를 통보하오니 삭제 또는 접속차단 조치 후",
        f"{r[3]}까지 조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 디지털성범죄·권익보호 심의팀 드림"]
    return "\n".join(lines)


def quoted(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


CASES = []


def case(**kw):
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    if "ref" in kw:
        kw["reply_to_req"] = REQ[kw.pop("ref")][5]
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

html_rows = [
    (N1, "삭제 완료", "-"),
    (N2, "게시중단", "-"),
    (N3, "임시조치(30일)", "권리침해 신고 건과 병합 처리"),
    (N4, "블라인드", "카페 운영원칙 위반"),
    (N5, "게시물 없음", "작성자가 9. 2. 자진 삭제"),
    (N6, "조치 불가", "관련 법령 위반 사항이 확인되지 않음"),
]
rows = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td><td>{n}</td></tr>'
    for i, (u, s, n) in enumerate(html_rows, 1)
)
case(
    name="naver-kcsc-result-table-html",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 11:20:05 +0900",
    subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240903-01)",
    ref="KCSC-240903-01", type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 2024. 9. 3.자 시정요구(KCSC-240903-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{rows}
</table>
<p>나머지 게시물은 처리 완료 후 별도 회신드리겠습니다.<br>
게시물 운영정책: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 회신 table (삭제/게시중단/임시조치/블라인드/게시물 없음/조치 불가)",
    why="Trusted NAVER table, one result per requested URL; 임시조치 is a temporary restriction, 작성자 삭제 is not_found, 조치 불가 with a reason is a refusal",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found", N6: "rejected"},
)

case(
    name="naver-numbered-korean-particles",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 05 Sep 2024 16:41:30 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)",
    ref="KCSC-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀 김서윤입니다.

KCSC-240903-01 건 중 지식iN, 블로그, 카페 게시물 3건의 처리 결과를 먼저 안내드립니다.

1. {N7} — 질문 및 답변 전체 삭제 완료
2. {N8}은 운영정책 위반으로 비공개 처리되었습니다.
3. {N9} ： 국내 접근 제한 (해외 IP에서는 열람 가능)

나머지 게시물은 확인 중이며 결과가 나오는 대로 별도로 회신드리겠습니다.

감사합니다.
김서윤 드림 | NAVER Corp. 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team reply, numbered list, Korean particle glued to a URL, full-width colon",
    why="Three unhedged item statements: deleted, made private (removed), access limited in Korea (restricted); the rest is only 'being checked'",
    items={N7: "removed", N8: "removed", N9: "restricted"},
)

csv_att = (
    "no,url,result,result_en,memo\n"
    f"1,{N10},삭제,removed,\n"
    f"2,{N11},국내 접속 차단,restricted (KR),해외 노출 유지\n"
    f"3,{N12},조치 불가,rejected,영상 내 위법 요소 미확인\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 09 Sep 2024 10:02:44 +0900",
    subject="[NAVER] KCSC-240903-01 처리 결과 송부",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-0909-b1"

--nv-0909-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

시정요구 KCSC-240903-01 중 블로그·포스트·TV 게시물 3건의 처리 결과를
첨부 파일(CSV)로 송부드립니다. 확인 부탁드립니다.

--nv-0909-b1
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--nv-0909-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result sheet sent as a CSV attachment (Korean and English result columns)",
    why="CSV rows from the trusted platform: deleted, blocked in Korea, refused with a reason",
    items={N10: "removed", N11: "restricted", N12: "rejected"},
)

case(
    name="naver-top-posted-one-removed",
    **{"from": "seoyun.kim@navercorp.com"}, name_from="김서윤",
    date="Wed, 04 Sep 2024 09:15:12 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)",
    ref="KCSC-240903-01",
    body=f"""담당자님, 요청 주신 12건 중 아래 1건은 오늘 오전 삭제 완료했습니다.
{N1}

나머지 11건은 현재 법무 검토 중입니다. 검토가 끝나는 대로 회신드리겠습니다.

김서윤 / NAVER 정책지원

2024년 9월 3일 (화) 오후 4:02, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240903-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a NAVER employee over the quoted request",
    why="Only the first post is stated deleted above the quote; the other eleven are under legal review, and the quoted request is not a statement",
    items={u: ("removed" if u == N1 else "pending") for u in NAVER},
)

case(
    name="naver-english-cafe-blinded",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Sat, 07 Sep 2024 02:31:09 +0900",
    subject="Re: Correction request KCSC-240903-01 - NAVER Cafe posts",
    ref="KCSC-240903-01",
    body=f"""Dear KCSC team,

Regarding your correction request KCSC-240903-01, we have completed our review
of the three NAVER Cafe posts below.

- {N4} : blinded (hidden from all users) under the Cafe operating principles
- {N5} : blinded
- {N6} : not actioned. Our review did not find that this post violates Korean
  law or our policies, so it remains visible. The cafe manager has been told
  of your concern.

Our content policy is available at https://policy.naver.com/rules/service.html

Best regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Trust & Safety English reply (blind / not actioned with reason)",
    why="Two posts blinded for everyone (removed), one kept with a reason (rejected); the policy link is not an item",
    items={N4: "removed", N5: "removed", N6: "rejected"},
)

case(
    name="naver-statement-then-url-below",
    **{"from": "noreply-right@naver.com"}, name_from="네이버 게시중단요청서비스",
    date="Tue, 10 Sep 2024 14:05:00 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    body=f"""[네이버 게시중단요청서비스]

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내해 드립니다.

아래 게시물은 운영정책에 따라 게시중단 처리되었습니다.
<{N5}>

아래 게시물은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
<{N9}>

※ 본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 system notice (statement line, URL in angle brackets on the line below)",
    why="Each statement is followed by its URL on the next line: one 게시중단 (removed), one deleted by its author (not_found)",
    items={N5: "removed", N9: "not_found"},
)

case(
    name="daum-tistory-raw-korean-url",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 13:12:40 +0900",
    subject="[카카오] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    ref="KCSC-240905-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

[처리 결과]
- 티스토리: {D3_RAW} → 게시중단(삭제)
- 다음카페: {D1} → 임시조치 (30일간 게시물 접근 차단)

임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 처리 결과 안내 (Tistory 게시중단, Daum Cafe 임시조치)",
    why="Raw Korean Tistory path matches the percent-encoded request URL; 게시중단 = removed, 30-day 임시조치 = restricted",
    items={D3: "removed", D1: "restricted"},
)

daum_qp = f"""[다음카페] 게시물 조치 결과 안내
접수번호: KR-R-2409-118822
요청 건: KCSC-240905-02

1) {D2}
   조치 결과: 삭제 (카페 운영원칙 위반 - 타인의 개인정보 게시)
2) {D4}
   조치 결과: 해당 게시물을 찾을 수 없습니다. 잘못된 주소이거나 이미 폐쇄된 카페입니다.

카카오 고객센터 https://cs.kakao.com
"""
case(
    name="daum-quoted-printable",
    **{"from": "cafe-notice@daum.net"}, name_from="다음카페",
    date="Tue, 10 Sep 2024 08:50:17 +0900",
    subject="[다음카페] 게시물 조치 결과 안내 - KCSC-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(daum_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe system notice, quoted-printable Korean body, result on the line under each URL",
    why="Deleted for a rule breach (removed); the other cannot be found, wrong address or closed cafe (not_found)",
    items={D2: "removed", D4: "not_found"},
)

daum_html = f"""<html><body>
<p>안녕하세요, 카카오 권리침해신고센터입니다.</p>
<p>시정요구 <b>KCSC-240905-02</b> 중 다음카페 게시물 2건의 검토 결과입니다.</p>
<table border="1">
<tr><th>게시물</th><th>처리</th><th>사유</th></tr>
<tr><td>{D1}</td><td>블라인드 처리</td><td>개인정보 노출</td></tr>
<tr><td>{D2}</td><td>게시 유지</td><td>검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않았습니다.</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Right",
    date="Wed, 11 Sep 2024 17:03:55 +0900",
    subject="Re: KCSC-240905-02 게시물 검토 결과",
    ref="KCSC-240905-02",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(daum_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao reply with a base64-encoded HTML result table",
    why="블라인드 처리 is removal; 게시 유지 with 'no breach found' is a refusal",
    items={D1: "removed", D2: "rejected"},
)

case(
    name="dc-english-bullets",
    **{"from": "admin@dcinside.com"}, name_from="DCinside Operations",
    date="Tue, 10 Sep 2024 18:22:03 +0900",
    subject="Re: KCSC-240909-03",
    ref="KCSC-240909-03",
    body=f"""Hello,

Re: KCSC-240909-03

The following posts in the stock gallery were deleted by our operations team today:

* {G1}
* {G2}

The posting IP range has also been barred from writing in that gallery for 30 days.

Regards,
DC Inside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations reply in English, bulleted URLs under one statement",
    why="One unhedged 'were deleted' statement over a list naming both posts",
    items={G1: "removed", G2: "removed"},
)

case(
    name="dc-bare-url-status-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 11:47:26 +0900",
    subject="RE: 시정요구 통보 KCSC-240909-03",
    ref="KCSC-240909-03",
    body=f"""KCSC-240909-03 처리 결과입니다.

{G3}
→ 삭제 완료

{G4}
→ 작성자가 먼저 삭제한 글이라 조회되지 않습니다

{G5}
→ 미니 갤러리 성인인증 게시물로 전환 (성인인증을 하지 않은 이용자는 열람 불가)

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside terse operator reply: bare URL, result on the line below with an arrow",
    why="Deleted (removed), already deleted by its author (not_found), switched to adults-only (restricted)",
    items={G3: "removed", G4: "not_found", G5: "restricted"},
)

case(
    name="dc-text-table-keep",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 15:30:00 +0900",
    subject="[디시인사이드] 시정요구 조치 결과 (KCSC-240909-03)",
    body=f"""방송통신심의위원회 귀중

KCSC-240909-03 시정요구 건에 대한 조치 결과를 회신드립니다.

| 번호 | 게시물 주소 | 처리 |
|------|-------------|------|
| 1 | {G1} | 유지 (특정 종목에 대한 의견글, 관련 법령 위반 미확인) |
| 2 | {G2} | 삭제 |
| 3 | {G4} | 삭제 |

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 조치 결과 as a plain-text pipe table",
    why="Row by row: kept with a reason (rejected), deleted, deleted",
    items={G1: "rejected", G2: "removed", G4: "removed"},
)

case(
    name="soop-korean-vod-post-channel",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="[SOOP] 시정요구 조치 결과 회신 (KCSC-240911-04)",
    ref="KCSC-240911-04",
    body=f"""안녕하세요, SOOP 운영팀입니다.

요청하신 KCSC-240911-04 건에 대하여 아래와 같이 조치하였습니다.

- VOD {S1} : 삭제
- 방송국 게시글 {S2} : 삭제
- 방송국 {S3} : 영구 이용정지 (방송국 비공개 및 방송 송출 불가)

앞으로도 건전한 방송 환경을 위해 노력하겠습니다.
SOOP 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) 운영팀 조치 결과: VOD 삭제, 게시글 삭제, 방송국 영구 이용정지",
    why="Two deletions; the channel is permanently suspended and made private for everyone, which is removal",
    items={S1: "removed", S2: "removed", S3: "removed"},
)

case(
    name="soop-english-age-gate-gone",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Thu, 12 Sep 2024 21:44:18 +0900",
    subject="Re: [KCSC-240911-04] correction request",
    ref="KCSC-240911-04",
    body=f"""Hello,

We reviewed the items in KCSC-240911-04.

VOD 134567890 ({S1}) has been set to 19+ only. Viewers now have to verify
their age before playback.

The channel post {S2} no longer exists; the streamer deleted it before our
review.

We are still looking at the channel itself and will write again.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP English trust & safety reply (19+ age gate, post already deleted by the streamer)",
    why="Age-restricted (restricted); deleted by its author before review (not_found); the channel is still being looked at (pending)",
    items={S1: "restricted", S2: "not_found", S3: "pending"},
)

case(
    name="nate-sole-no-url",
    **{"from": "pann_help@nate.com"}, name_from="네이트 판 운영팀",
    date="Fri, 13 Sep 2024 09:05:41 +0900",
    subject="RE: [KCSC-240912-05] 시정요구 통보",
    ref="KCSC-240912-05",
    body="""안녕하세요, 네이트 판 운영팀입니다.

요청하신 판 게시물은 금일 오전 삭제 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann operator one-line reply in the request's thread, no URL",
    why="One-item request; an unhedged 'deleted' in its thread applies to that item",
    items={P1: "removed"},
)

case(
    name="nate-kept-angle-url",
    **{"from": "pann_help@nate.com"}, name_from="네이트 판 운영팀",
    date="Mon, 23 Sep 2024 14:20:09 +0900",
    subject="[네이트] 게시물 검토 결과 안내 (KCSC-240912-05)",
    body=f"""안녕하세요. 네이트 판 운영팀입니다.

<{P1}> 게시물을 검토하였으나, 개인 경험담 형식의 글로 특정인을 알아볼 수 있는
정보가 없어 명예훼손에 해당하지 않는다고 판단하였습니다. 따라서 해당 게시물은
게시를 유지합니다.

이의가 있으시면 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate 게시물 검토 결과 안내, refusal with its reason, URL in angle brackets",
    why="A decision to keep the post with the reason why: rejected",
    items={P1: "rejected"},
)

case(
    name="fmkorea-two-dash",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Fri, 13 Sep 2024 19:58:00 +0900",
    subject="Re: [KCSC-240913-06] 불법 도박 홍보 게시물 시정요구",
    ref="KCSC-240913-06",
    body=f"""{F1} - 삭제 및 작성자 영구 차단했습니다.
{F2} - 해당 문서번호는 존재하지 않습니다. 주소를 다시 확인해 주세요.

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin two-line reply",
    why="Deleted (removed); the document number does not exist (not_found, invalid link)",
    items={F1: "removed", F2: "not_found"},
)

case(
    name="fmkorea-gmail-quote",
    **{"from": "fm.ops@fmkorea.com"}, name_from="FM Korea Ops",
    date="Wed, 25 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240913-06] 불법 도박 홍보 게시물 시정요구",
    ref="KCSC-240913-06",
    body=f"""요청하신 두 건 처리 결과입니다.

- {F2} : 삭제함
- {F1} : 유지. 스포츠 경기 관련 비판글이며 도박 홍보나 불법정보에 해당하지 않는다고 판단했습니다.

2024년 9월 13일 (금) 오후 3:10, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240913-06"))}
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea reply in Gmail, statements above a '>'-quoted request",
    why="Above the quote: one deleted, one kept with its reason; the quoted request's 삭제 또는 접속차단 is ours",
    items={F2: "removed", F1: "rejected"},
)

case(
    name="clien-outlook-original",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date="Fri, 20 Sep 2024 10:34:27 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240919-07)",
    ref="KCSC-240919-07",
    body=f"""안녕하세요, 클리앙 운영자입니다.

{C1} 는 삭제하고 작성자 계정을 이용정지했습니다.
{C2} 는 작성자가 이미 지운 글이라 남아 있지 않습니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 5:12 PM
To: admin@clien.net
Subject: [방송통신심의위원회] 시정요구 통보 (KCSC-240919-07)

{request_text("KCSC-240919-07")}
""",
    outcome="applied", classification="confirmation",
    imitates="Clien operator reply from Outlook over an unprefixed '-----Original Message-----' block",
    why="Deleted (removed); already deleted by its author (not_found); the request below Original Message is quoted",
    items={C1: "removed", C2: "not_found"},
)

kin_qp = f"""안녕하세요, 네이버 지식iN 운영팀입니다.

방송통신심의위원회 시정요구(KCSC-240903-01) 관련하여 아래와 같이 처리하였음을 알려드립니다.

지식iN 질문 {N7} 은(는) 답변과 함께 삭제 처리되었습니다.
블로그 게시물 {N3} 은(는) 권리침해 신고에 따라 30일간 임시조치되었습니다.

감사합니다.
"""
case(
    name="naver-kin-qp-softbreak",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 20:12:48 +0900",
    subject="[네이버 지식iN] 시정요구 처리 안내",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(kin_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operator notice, quoted-printable with soft line breaks inside the long URL",
    why="Once decoded, the kin URL is whole: deleted (removed); the blog post is under a 30-day 임시조치 (restricted)",
    items={N7: "removed", N3: "restricted"},
)

case(
    name="naver-sor-style-english",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER Content Moderation",
    date="Wed, 11 Sep 2024 07:00:12 +0900",
    subject="Statement of reasons - your notice KCSC-240903-01",
    body=f"""This message informs you of decisions taken on content you notified.

Notice reference: KCSC-240903-01
Notifier: Korea Communications Standards Commission

Content: {N12}
Decision: video disabled globally
Ground: illegal content (Information and Communications Network Act, Art. 44-7)
Automated means used in detection: no

Content: <{N11.split("&")[0]}&
  {N11.split("&")[1]}>
Decision: access restricted in the Republic of Korea
Ground: illegal content under Korean law; not contrary to our global terms
Automated means used in detection: no

Redress: you may ask for this decision to be reviewed at
https://help.naver.com/service/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground / redress) sent by a Korean portal",
    why="Disabled globally (removed); restricted in Korea (restricted), the URL wrapped inside angle brackets as RFC 3986 allows; the appeal link is not an item",
    items={N12: "removed", N11: "restricted"},
)

case(
    name="daum-ack-plus-statement",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 12 Sep 2024 09:40:31 +0900",
    subject="[카카오] 권리침해 신고 접수 및 처리 안내",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회의 요청(KCSC-240905-02)이 정상적으로 접수되었습니다.
접수번호: KR-R-2409-120045

아울러 검토 결과 아래 게시물은 삭제 처리되었음을 함께 안내드립니다.
{D4}

나머지 게시물에 대해서는 검토가 끝나는 대로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 접수 안내 that also reports one deletion",
    why="An acknowledgement phrase plus an unhedged deletion of a named post is a confirmation, not a receipt",
    items={D4: "removed"},
)

case(
    name="naver-circled-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 13 Sep 2024 13:13:13 +0900",
    subject="RE: RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01) - 블로그 추가 회신",
    ref="KCSC-240903-01",
    body=f"""블로그 게시물 3건 추가 회신드립니다.

① {N2} ： 삭제
② {N3} ： 임시조치(30일)
③ {N10} ： 해당 게시물 없음（잘못된 주소）

정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up reply with circled numbers and full-width colons/brackets",
    why="Deleted (removed), 임시조치 (restricted), no such post at that address (not_found)",
    items={N2: "removed", N3: "restricted", N10: "not_found"},
)

soop_html = f"""<html><body>
<p>Hello KCSC,</p>
<p>Below are our decisions for request KCSC-240911-04.</p>
<table border="1" cellpadding="3">
<tr><th>Content</th><th>Decision</th><th>Note</th></tr>
<tr><td>{S3}</td><td>Channel permanently suspended</td><td>The channel page is closed to all users.</td></tr>
<tr><td>{S1}</td><td>No violation found</td><td>The VOD remains available; it does not break our rules or Korean law.</td></tr>
</table>
<p>See our <a href="https://www.sooplive.co.kr/policy/operation">operation policy</a>.</p>
<p>SOOP Trust &amp; Safety</p>
</body></html>"""
case(
    name="soop-html-table-english",
    **{"from": "trust@sooplive.com"}, name_from="SOOP Trust & Safety",
    date="Tue, 17 Sep 2024 16:02:37 +0900",
    subject="KCSC-240911-04 decisions",
    type="html",
    body=soop_html,
    outcome="applied", classification="confirmation",
    imitates="SOOP English HTML decision table",
    why="Channel permanently suspended and closed to all (removed); VOD kept because it breaks no rule (rejected); the policy link is not an item",
    items={S3: "removed", S1: "rejected"},
)

case(
    name="dc-echoed-report",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Tue, 10 Sep 2024 17:45:02 +0900",
    subject="[디시인사이드] 신고 처리 결과 안내",
    body=f"""[디시인사이드] 신고 처리 결과 안내

신고번호 : DC-R-20240910-00731
신고 대상 : {G5}
신고 사유 : 불법정보 (방송통신심의위원회 시정요구 KCSC-240909-03)
처리 결과 : 삭제
처리 일시 : 2024-09-10 17:42

* 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-outcome notice that echoes the report fields",
    why="The echoed report names one requested post and its result field says 삭제",
    items={G5: "removed"},
)

case(
    name="naver-large-grouped",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Mon, 16 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 시정요구 최종 조치결과 (KCSC-240903-01, 12건)",
    ref="KCSC-240903-01",
    body=f"""방송통신심의위원회 담당자님께

KCSC-240903-01 시정요구 12건의 최종 조치 결과를 아래와 같이 정리하여 회신드립니다.

■ 삭제 (5건)
{N1}
{N2}
{N4}
{N7}
{N12}

■ 임시조치 (3건)
{N3}
{N8}
{N11}

■ 조치 불가 – 위반 사항 미확인 (2건)
{N6}
{N10}

■ 게시물 없음 – 작성자 자진 삭제 (2건)
{N5}
{N9}

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER final result grouped under ■ headings with counts",
    why="Each heading states a status for the URLs under it: removed, restricted (임시조치), rejected with a reason, not_found (author deleted)",
    items={N1: "removed", N2: "removed", N4: "removed", N7: "removed", N12: "removed",
           N3: "restricted", N8: "restricted", N11: "restricted",
           N6: "rejected", N10: "rejected", N5: "not_found", N9: "not_found"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 18:30:00 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 통보 (KCSC-240903-01)",
    ref="KCSC-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 KCSC-240903-01 건의 게시물 중
{N1},
{N2} 는
관련 부서에 전달하였으며, 검토 후 순차적으로 삭제될 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="NAVER 'will be deleted in turn after review' promise",
    why="예정입니다 is a promise, not a statement: the named posts stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-appears",
    **{"from": "admin@dcinside.com"}, name_from="DCinside Operations",
    date="Tue, 10 Sep 2024 09:12:44 +0900",
    subject="Re: KCSC-240909-03",
    ref="KCSC-240909-03",
    body=f"""Hi,

Thanks for the notice. Looking at our logs, {G1}
appears to have been removed already, possibly by the gallery manager, but we
cannot confirm that yet. We will check with the team and let you know.

DC Inside Operations
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="DC Inside operator hedged first answer",
    why="'appears to have been removed ... cannot confirm' is a hedge: pending",
    items={G1: "pending"},
)

case(
    name="daum-bulk-all-removed",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 15:22:09 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240905-02)",
    ref="KCSC-240905-02",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240905-02 건으로 요청하신 게시물은 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Kakao short 'all requested posts deleted' reply",
    why="A four-item request answered 'all deleted' without naming each post: bulk, items pending",
    items={u: "pending" for u in DAUM},
)

case(
    name="fmkorea-bulk-english",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date="Sat, 14 Sep 2024 08:03:51 +0900",
    subject="Re: [KCSC-240913-06]",
    ref="KCSC-240913-06",
    body="""Hello,

All links listed in your request KCSC-240913-06 have been taken down.

FM Korea admin team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Community admin 'all reported links taken down' reply",
    why="Two-item request, one statement naming neither item: bulk",
    items={F1: "pending", F2: "pending"},
)

case(
    name="naver-authfail",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    auth="fail",
    date="Sun, 08 Sep 2024 03:14:15 +0900",
    subject="RE: 시정요구 조치 완료 (KCSC-240903-01)",
    body=f"""조치 완료 안내

KCSC-240903-01 건 중 아래 게시물을 삭제하였습니다.
- {N4}
- {N6}

확인 후 첨부된 확인서에 서명하여 회신해 주십시오.
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Mail claiming to be NAVER whose DKIM/SPF/DMARC all fail",
    why="NAVER's domain but failed authentication: statements are not trusted",
    items={N4: "pending", N6: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    **{"from": "jh.park@hanul-law.co.kr"}, name_from="법무법인 한울 박지훈 변호사",
    date="Mon, 09 Sep 2024 11:30:00 +0900",
    subject="KCSC-240903-01 관련 게시자 측 의견 및 자진 삭제 안내",
    body=f"""방송통신심의위원회 귀중

저희 법무법인은 아래 블로그 게시물 게시자의 대리인입니다.

{N3}

게시자는 2024. 9. 8. 위 게시물을 자진 삭제하였음을 알려드리며, 위원회의
심의 절차를 종결하여 주실 것을 요청드립니다.

법무법인 한울 변호사 박지훈
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="Law firm writing for the uploader, claiming self-deletion",
    why="Not a platform domain; it names a requested item and our reference",
    items={N3: "pending"},
)

case(
    name="daum-about-naver-item",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 10:05:00 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240905-02)",
    ref="KCSC-240905-02",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 메일 본문 하단에 참고로 적어주신 {N4} 는
다음카페가 아닌 네이버 카페 게시물로, 당사 서비스가 아니므로 당사에서 삭제할 수
없습니다. 해당 게시물은 네이버 측에 요청하시기 바랍니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Kakao reply pointing out that a URL belongs to NAVER",
    why="Kakao speaks about a NAVER item: it cannot change that item; review",
    items={N4: "pending"},
)

case(
    name="soop-asks-more",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date="Thu, 12 Sep 2024 14:00:00 +0900",
    subject="RE: [KCSC-240911-04] 시정요구 - 추가 자료 요청",
    ref="KCSC-240911-04",
    body=f"""안녕하세요, SOOP 운영팀입니다.

요청하신 VOD {S1} 는 재생 시간이 6시간이 넘어
문제 구간 확인이 어렵습니다. 조치를 위해 아래 자료를 회신해 주시기 바랍니다.

1. 시정요구 공문 사본 (기관 직인 포함)
2. 문제가 되는 구간의 재생 시각 (예: 02:13:40 ~ 02:20:05)

자료 확인 후 신속히 처리하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="SOOP request for the official letter and timestamps",
    why="The platform asks for documents before acting: the VOD stays pending",
    items={S1: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 시정요구 접수 창구 변경 안내",
    body="""방송통신심의위원회 담당자님께

2024년 10월 1일부터 네이버의 시정요구 접수 창구가 변경됩니다.
이후 발송되는 시정요구는 policy-kr@navercorp.com 으로 보내 주시기 바랍니다.
기존 주소로 보내신 메일도 10월 31일까지는 자동으로 전달됩니다.

네이버 정책지원팀 드림
""",
    outcome="review", classification="other", review="no_claims",
    imitates="NAVER notice of a changed intake address",
    why="Trusted platform mail naming no item and no request",
    items={},
)

case(
    name="nate-condition-seven-days",
    **{"from": "pann_help@nate.com"}, name_from="네이트 판 운영팀",
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="RE: [KCSC-240912-05] 시정요구 통보",
    ref="KCSC-240912-05",
    body=f"""안녕하세요, 네이트 판 운영팀입니다.

<{P1}> 게시물은 게시자에게 소명 요청을 보냈으며,
7일 안에 소명이 없으면 삭제할 예정입니다. 소명이 접수되면 내용을 검토해
다시 안내드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Nate notice-and-counter-notice step (deletion on condition)",
    why="Deletion depends on a condition and lies in the future: pending",
    items={P1: "pending"},
)

case(
    name="daum-forwarded-internal",
    **{"from": "minji.lee@kakaocorp.com"}, name_from="이민지",
    date="Thu, 12 Sep 2024 16:16:16 +0900",
    subject="Fwd: [카페운영] KCSC-240905-02 처리 완료 보고",
    body=f"""담당자님, 카페운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 12일 (목) 오후 3:58
Subject: [카페운영] KCSC-240905-02 처리 완료 보고
To: 권리침해신고센터 <right@kakaocorp.com>

{D2} 게시물 삭제 처리 완료했습니다.
작성자에게는 이용제한 7일 적용했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Kakao employee forwarding an internal team's completion report",
    why="The statement is in a forwarded internal message, not the sender's own: review",
    items={D2: "pending"},
)

case(
    name="soop-uploader-gmail",
    **{"from": "nightowl77.stream@gmail.com"}, name_from="밤부엉이",
    date="Fri, 13 Sep 2024 01:22:10 +0900",
    subject="제 게시물 관련 민원 취하 요청",
    body=f"""안녕하세요. SOOP에서 방송하는 스트리머 밤부엉이입니다.

제 방송국 게시글 {S2} 은 어제 제가 직접 지웠습니다.
문제가 된 부분은 사과드리며, 민원을 종결해 주시면 감사하겠습니다.
""",
    outcome="review", classification="other", review="unknown_sender",
    imitates="Uploader writing from a webmail address",
    why="A gmail.com sender is no platform; it names a requested item",
    items={S2: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="naver-ack-receipt",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 17:05:22 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내 (KCSC-240903-01)",
    body="""안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: 2409-0391-8821

담당자가 내용을 확인한 뒤 순서대로 답변드리겠습니다.
답변은 영업일 기준 3~5일 정도 걸릴 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt",
    why="Pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="daum-out-of-office",
    **{"from": "minji.lee@kakaocorp.com"}, name_from="이민지",
    date="Thu, 05 Sep 2024 17:20:03 +0900",
    subject="[부재중] Re: [방송통신심의위원회] 시정요구 통보 (KCSC-240905-02)",
    ref="KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 이민지입니다.

9월 6일(금)부터 9월 10일(화)까지 휴가로 부재중입니다.
급한 건은 right@kakaocorp.com 으로 보내 주시기 바랍니다.

I am out of the office from 6 to 10 September. For urgent matters please
write to right@kakaocorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao employee bilingual out-of-office reply",
    why="Auto-reply: ignored whoever sent it",
    items={},
)

dc_orig = request_text("KCSC-240909-03")
case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 17:13:40 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0909-dc"

--dsn-0909-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: host mail.dcinside.com[203.0.113.45] said: 550 5.1.1
    <report@dcinside.com>: Recipient address rejected: User unknown

--dsn-0909-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Mon,  9 Sep 2024 17:13:38 +0900

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-0909-dc
Content-Type: message/rfc822

From: {enc("방송통신심의위원회")} <takedown@kcsc.example>
To: report@dcinside.com
Subject: KCSC-240909-03
Date: Mon, 09 Sep 2024 17:13:30 +0900
Message-ID: <req.240909.03@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dc_orig}

--dsn-0909-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="Delivery failure notice; the URLs are in our own returned request",
    items={u: "pending" for u in DC},
)

case(
    name="clien-read-receipt",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date="Thu, 19 Sep 2024 18:02:11 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 통보 (KCSC-240919-07)",
    ref="KCSC-240919-07",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-clien-0919"

--mdn-clien-0919
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: admin@clien.net
제목: [방송통신심의위원회] 시정요구 통보 (KCSC-240919-07)
보낸 날짜: 2024-09-19 오후 5:12

2024-09-19 오후 6:02에 메시지를 읽었습니다.

--mdn-clien-0919
Content-Type: message/disposition-notification

Reporting-UA: clien.net; Microsoft Outlook 16.0
Final-Recipient: rfc822;admin@clien.net
Original-Message-ID: <req.240919.07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-clien-0919--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (MDN, '읽음:')",
    why="Read receipt: it says only that the request was displayed",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "support@sooplive.com"}, name_from="SOOP Support",
    date="Wed, 11 Sep 2024 15:01:09 +0900",
    subject="[SOOP Support] Request received: #482211",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#482211) has been received and is being reviewed by our support staff.
We usually reply within 3 business days.

To add comments, reply to this email.

----------------------------------------------
Korea Communications Standards Commission, Sep 11, 2024, 14:58 KST

{request_text("KCSC-240911-04")}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt echoing the submitted request",
    why="Automatic ticket receipt; the URLs are only in our echoed request",
    items={u: "pending" for u in SOOP},
)

case(
    name="fmkorea-chuseok-auto-reply",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Sat, 14 Sep 2024 00:00:31 +0900",
    subject="[자동응답] 추석 연휴 운영 안내",
    ref="KCSC-240913-06",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일은 자동응답 메일입니다.

추석 연휴 기간(9월 14일 ~ 9월 18일) 동안 운영진 메일 응답이 늦어질 수 있습니다.
보내주신 메일은 연휴가 끝난 뒤 순서대로 확인하겠습니다.

에펨코리아 운영진
""",
    outcome="ignored", classification="auto_reply",
    imitates="Community-site Chuseok holiday auto-reply",
    why="Holiday auto-reply, nothing about any item",
    items={},
)

case(
    name="nate-dsn-delayed",
    **{"from": "postmaster@nate.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 22:15:00 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-delay-nate"

--dsn-delay-nate
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     pann_help@nate.com

Message will be retried for 4 more day(s).

--dsn-delay-nate
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.nate.com
Arrival-Date: Thu, 12 Sep 2024 18:12:00 +0900

Final-Recipient: rfc822; pann_help@nate.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Mon, 16 Sep 2024 18:12:00 +0900

--dsn-delay-nate
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: pann_help@nate.com
Subject: {enc("[KCSC-240912-05] 시정요구 통보")}
Message-ID: <req.240912.05@kcsc.example>

--dsn-delay-nate--
""",
    outcome="ignored", classification="bounce",
    imitates="Delivery delay DSN (Action: delayed, 4.2.2 mailbox full)",
    why="Delay warning from the mail system, not the platform's answer",
    items={},
)


HEADER = """# Blind set 297: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, FM Korea, Clien), Korean and English mixed.
# Written by tests/corpus/blind297/make.py from each email's meaning,
# before any run of the reader. Each case runs alone on a fresh ledger.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
